"""``find_mentions``: every naming of an actor in one document, grouped into doc-local actors.

Candidates come from the knowledge base and outlets (``match``), the gazetteer, name shapes and
cues (``shapes``) and weapon patterns (``weapons``). Overlaps are settled longest first (then by
source: KB over shapes over gazetteer), so "Kataib Hezbollah" beats "Hezbollah" and "Matthew
Washington" beats "Washington". Then mentions of one actor are grouped (``local``): same key, an
acronym defined in brackets and its later uses, a bare surname after (or before) the full name
(``short_forms``).
"""
from __future__ import annotations

import bisect
from operator import attrgetter

from sitrep.model import Mention

from .bracket_alias import bracket_aliases
from .cues import Cues, cues as load_cues
from .acronyms import defined_acronyms, link_acronyms
from .affiliates import affiliate_candidates
from .compass_places import compass_districts
from .compound import compound_surnames
from .country import by_country, drop_unlinked_modifiers, foreign_acronyms
from .bodies import generic_bodies, nested_places
from .national import national_bodies
from .media_credits import media_credits
from .platforms import platform_candidates
from .platform_lists import platform_list_candidates
from .context import context_candidates
from .fold import Folded, fold_text, name_key
from .kb import KnowledgeBase
from .known_as import known_as_links
from .namesakes import unlink_namesakes
from .folded_persons import drop_folded_surnames
from .foreign_heads import foreign_heads
from .acronym_heads import trim_acronym_heads
from .owner_heads import trim_owner_heads
from .country_missions import country_missions
from .cand_repairs import repair_candidates
from .routes import named_routes
from .state_bodies import qualify_state_bodies
from .match import Cand, known_candidates
from .settle import person_over_place, settle_types
from .short_forms import _ARTICLE, short_forms
from .runs import runs, sentence_starts
from .shapes import shape_candidates
from .site_heads import known_place_sites
from .admin_heads import admin_body_candidates
from .feature_heads import feature_candidates
from .named_affairs import affair_candidates, affair_parts
from .urban_areas import retype, urban_areas
from .op_short import operation_short_links
from .place_shapes import appositive_places
from .place_lists import place_list_candidates
from .weapon_places import weapon_names_as_places
from .of_known import split_of_known
from .org_lists import org_lists
from .op_names import operation_names
from .trims import group_modifiers, official_ministries
from .units import modified_unit_links, unit_candidates
from .title_offices import title_offices
from .hyphen_surnames import link_hyphen_surnames
from .vessels import vessel_prefix_len, vessel_repeats
from .weapons import weapon_spans

_HEADLINE_MIN_WORDS = 4


def headline_tokens(text: str, f: Folded, title: str | None) -> set[int]:
    """Tokens on headline lines: the title repeated in the text, or a line in Headline Case."""
    out: set[int] = set()
    t = (title or "").strip()
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s or len(s) > 220:
            continue
        hit = bool(t) and s == t
        # a bracketed line is a credit or an aside ("(Reporting by A; Editing by B)"), not a
        # headline: its names are names, not Headline-Case words
        if not hit and s[0] != "(" and not s.endswith((".", "”", '"', ":")):
            words = [w for w in s.split() if len(w) > 3 and w[0].isalpha()]
            if len(words) >= _HEADLINE_MIN_WORDS:
                hit = sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        if hit:
            a = bisect.bisect_left(f.starts, start)
            b = bisect.bisect_left(f.starts, end)
            out.update(range(a, b))
    return out


def _select(cands: list[Cand], n: int) -> list[Cand]:
    """Non-overlapping candidates: longest first, then by source priority, then earliest."""
    taken = bytearray(n)
    chosen = []
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), -c.prio, c.i)):
        if any(taken[c.i:c.j]):
            continue
        taken[c.i:c.j] = b"\x01" * (c.j - c.i)
        chosen.append(c)
    chosen.sort(key=lambda c: c.i)
    return chosen


def _known_with_head(f: Folded, cands: list[Cand], chosen: list[Cand], cues: Cues) -> None:
    """A known organisation plus a head word is still that organisation: "Shafaq News Agency"."""
    known = {(c.i, c.j): c for c in cands if c.source == "kb" and c.type in ("ORG", "MEDIA")}
    if not known:
        return
    for c in chosen:
        if c.source not in ("org-head", "media-head") or c.kb_id:
            continue
        for j in range(c.j - 1, c.i, -1):
            k = known.get((c.i, j))
            if k is None:
                continue
            rest = f.lights[j:c.j]
            heads = cues.org_heads.match_at(rest, 0) or cues.media_heads.match_at(rest, 0)
            if heads == len(rest):
                c.kb_id, c.type, c.source = k.kb_id, k.type, "kb-head"
            break


def _weapon_cands(text: str, f: Folded, heads: list[int]) -> list[Cand]:
    out: list[Cand] = []
    if not heads:
        return out
    for s, e in weapon_spans(text, [f.ends[k] for k in heads]):
        i = bisect.bisect_left(f.starts, s)
        j = bisect.bisect_left(f.starts, e)
        if i < j and f.starts[i] == s and f.ends[j - 1] == e:
            out.append(Cand(i, j, "WEAPON", "weapon-pattern", 45))
    return out


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def find_mentions(text: str, sentences: list[tuple[int, int]], kb: KnowledgeBase,
                  title: str | None = None) -> list[Mention]:
    """Every actor mention in ``text``, with exact spans, merge keys and doc-local actor numbers."""
    if not text:
        return []
    c = load_cues()
    f = fold_text(text)
    n = len(f.words)
    headline = headline_tokens(text, f, title)
    starts = sentence_starts(f, sentences)
    cands, heads = known_candidates(f, kb, c)
    cands = drop_folded_surnames(f, kb, cands)
    run_list = runs(f, text, c)
    known = {(x.i, x.j) for x in cands}
    listed = list(cands)
    cands += shape_candidates(text, f, c, starts, headline, run_list, known)
    cands += context_candidates(text, f, c, run_list, listed)
    cands += appositive_places(text, f, c, run_list, known)
    cands += place_list_candidates(text, f, c, cands)
    ships = [(x.i, x.j) for x in cands if x.source == "vessel"]
    if ships:
        cands += [Cand(i, j, "ORG", "vessel", 36) for i, j in vessel_repeats(text, f, c, ships)]
    cands += _weapon_cands(text, f, heads)
    cands += defined_acronyms(text, f, run_list)
    units, unit_keys = unit_candidates(text, f)
    cands += units
    cands += title_offices(text, f, c)
    cands += platform_candidates(text, f)
    cands += platform_list_candidates(text, f)
    cands += operation_names(text, f)
    cands += known_place_sites(f, cands, c, kb)
    cands += compass_districts(f, cands, kb)
    cands += admin_body_candidates(f, cands, kb)
    cands += feature_candidates(f, cands)
    cands += affair_candidates(f, cands)
    cands = repair_candidates(text, f, c, kb, cands, unit_keys)
    trim_acronym_heads(f, cands)
    trim_owner_heads(f, cands)
    cands += country_missions(f, cands, kb)
    cands += affiliate_candidates(text, f, kb, cands)
    chosen = _select(cands, n)
    chosen = person_over_place(f, chosen, c)
    chosen = compound_surnames(f, chosen, kb, c)
    unlink_namesakes(text, f, chosen, kb)
    official_ministries(text, f, chosen, kb)
    chosen = group_modifiers(f, chosen, kb, starts)
    foreign_acronyms(text, f, kb, chosen)
    by_country(kb, chosen)
    chosen = foreign_heads(f, chosen, kb)
    weapon_names_as_places(f, c, chosen)
    chosen = drop_unlinked_modifiers(f, chosen, c)
    _known_with_head(f, cands, chosen, c)
    chosen = national_bodies(text, f, chosen, kb, c)
    chosen = split_of_known(f, c, cands, chosen)
    links: list[tuple[int, int]] = []
    chosen = generic_bodies(f, chosen, links, kb, c, text)
    chosen = nested_places(cands, chosen, f, c)
    chosen = affair_parts(cands, chosen)
    named_routes(f, chosen)
    chosen = link_acronyms(text, f, chosen, links, kb)
    chosen = short_forms(f, chosen, links, c, starts, kb)
    link_hyphen_surnames(f, chosen, links)
    chosen = settle_types(f, cands, chosen, c)
    urban = urban_areas(text, f, chosen)
    chosen = org_lists(text, f, chosen, c, links)
    media_credits(text, f, chosen)
    links += known_as_links(text, f, chosen)
    links += operation_short_links(f, chosen)
    links += bracket_aliases(text, f, chosen, kb)
    # a generic body the text gives a state ("Kyrgyzstan's State Committee ...") is that state's
    mentions = retype(_group(text, f, chosen, links, kb, unit_keys), urban)
    return qualify_state_bodies(text, mentions, kb, c)


def _ncore(f: Folded, c: Cand) -> int:
    """How many words of ``c`` are not Arabic articles."""
    if c.j - c.i == 1:
        return f.lights[c.i] not in _ARTICLE
    return sum(1 for k in range(c.i, c.j) if f.lights[k] not in _ARTICLE)


def _span_key(text: str, f: Folded, i: int, j: int) -> str:
    """``name_key`` of the text of tokens i..j-1, from the tokens' deep keys (no folding again).

    Folding the span alone gives the same keys, except for a hyphen article that the next word,
    outside the span, made "al" ("... as-Sadr"): that rare case folds the span's text."""
    if j < len(f.joined) and f.joined[j] == 2:
        return name_key(text[f.starts[i]:f.ends[j - 1]])
    deeps = f.deeps[i:j]
    if "al" in deeps:
        deeps = [d for d in deeps if d != "al"] or deeps
    return " ".join(deeps)


def _modified_links(text: str, f: Folded, chosen: list[Cand], keyed: dict[str, int]) -> list[tuple[int, int]]:
    """'Tripoli Emergency Medicine Centre' and 'Emergency Medicine Centre' in one document are one
    body: a name of at least three words whose words after the first are another name of the
    same type. Two different first words ('Tripoli ...', 'Misrata Military Council') leave the
    bare name alone: it could be either."""
    tails: dict[str, list[int]] = {}
    for idx, c in enumerate(chosen):
        if c.j - c.i >= 3 and c.type in _MODIFIABLE and f.words[c.i][:1].isupper():
            tails.setdefault("name:" + c.type + ":" + _span_key(text, f, c.i + 1, c.j), []).append(idx)
    if not tails:
        return []
    # the bare name as written, also when the knowledge base knows it (keyed by its id then)
    names = {"name:" + c.type + ":" + _span_key(text, f, c.i, c.j): idx for idx, c in enumerate(chosen)
             if c.kb_id and c.j - c.i >= 2 and c.type in _MODIFIABLE}
    out = []
    for k, idxs in tails.items():
        bare = keyed.get(k, names.get(k))
        if bare is None or len({f.deeps[chosen[i].i] for i in idxs}) != 1:
            continue
        kb_ids = {chosen[i].kb_id for i in (bare, *idxs)} - {None}
        if len(kb_ids) <= 1:
            out.extend((bare, i) for i in idxs)
    return out


_MODIFIABLE = frozenset(("ORG", "FAC", "MEDIA"))


def _group(text: str, f: Folded, chosen: list[Cand], links: list[tuple[int, int]],
           kb: KnowledgeBase, unit_keys: dict[tuple[int, int], str]) -> list[Mention]:
    g = _Groups(len(chosen))
    for a, b in links:
        g.union(a, b)
    starts, ends = f.starts, f.ends
    keyed: dict[str, int] = {}
    linked = {b for _, b in links}
    for idx, c in enumerate(chosen):
        if c.partial and idx in linked and not c.kb_id:
            # a bare surname belongs to the full name it was linked to: two "Ford"s may be two
            # people ("John Milo Ford" ... "Mike Ford"), so equal spelling must not join them
            continue
        i0 = c.i + vessel_prefix_len(f, load_cues(), c.i, c.j) if c.source == "vessel" else c.i
        k = "kb:" + c.kb_id if c.kb_id else unit_keys.get((c.i, c.j)) or \
            "name:" + c.type + ":" + _span_key(text, f, i0, c.j)
        other = keyed.get(k)
        if other is None:
            keyed[k] = idx
        else:
            g.union(other, idx)
    for a, b in _modified_links(text, f, chosen, keyed):
        g.union(a, b)
    for a, b in modified_unit_links(keyed):
        g.union(a, b)
    groups: dict[int, list[int]] = {}
    for idx in range(len(chosen)):
        root = g.find(idx)
        members = groups.get(root)
        if members is None:
            groups[root] = [idx]
        else:
            members.append(idx)
    # members are listed in order, so a group's first member is its earliest mention
    first = [c.i for c in chosen]
    order = sorted(groups.values(), key=lambda members: first[members[0]] if len(members) == 1
                   else min(map(first.__getitem__, members)))
    out: list[Mention] = []
    for local, members in enumerate(order):
        cs = [chosen[m] for m in members]
        if len(cs) == 1:
            full = cs[0]
            kb_ids = [full.kb_id] if full.kb_id else []
        else:
            kb_ids = [c.kb_id for c in cs if c.kb_id and c.source != "gazetteer"] or \
                     [c.kb_id for c in cs if c.kb_id]
            full = max(cs, key=lambda c: (not c.partial, _ncore(f, c), c.j - c.i, -c.i))
        if kb_ids:
            # a tie goes to the earliest mention's id (a set's order would vary between runs)
            kb_id = kb_ids[0] if len(kb_ids) == 1 else max(dict.fromkeys(kb_ids), key=kb_ids.count)
            e = kb.entry(kb_id) or {}
            canonical = e.get("name") or text[starts[full.i]:ends[full.j - 1]]
            typ = e.get("type") or full.type
            key = "kb:" + kb_id
        else:
            kb_id = None
            canonical = text[starts[full.i]:ends[full.j - 1]]
            if len(cs) == 1:
                typ = full.type
            else:
                types = [c.type for c in cs]
                typ = full.type if types.count(full.type) * 2 >= len(types) else \
                    max(dict.fromkeys(types), key=types.count)
            i0 = full.i + vessel_prefix_len(f, load_cues(), full.i, full.j) if full.source == "vessel" else full.i
            key = unit_keys.get((full.i, full.j)) or "name:" + _span_key(text, f, i0, full.j)
            if key.count(":") > 2:
                # "444 Combat Brigade" beside "444 Brigade": the bare number is what other
                # documents name it by
                key = min((unit_keys.get((c.i, c.j)) or key for c in cs), key=len)
        for c in cs:
            s, e = starts[c.i], ends[c.j - 1]
            span = text[s:e]
            if "(" in span:
                e, span = _close_bracket(text, s, e, span)
            out.append(Mention(s, e, span, typ, key, c.source, local, kb_id, canonical))
    out.sort(key=_START)
    return out


_START = attrgetter("start")


def _close_bracket(text: str, s: int, e: int, span: str) -> tuple[int, str]:
    """A name with an open bracket ends at its closing one: "Pakistan Muslim League (N)", "CPI
    (Maoist)". Tokens are words, so a match over a name ending in ")" stops at the last word."""
    if text[e:e + 1] == ")" and span.count("(") > span.count(")"):
        return e + 1, text[s:e + 1]
    return e, span
