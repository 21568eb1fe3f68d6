"""Folding one sentence's drafts: reports of the same category with compatible roles are one act
("an Israeli drone strike on a car near Yater killed three Hezbollah fighters" is one strike)."""
from __future__ import annotations

from sitrep.events import roles
from sitrep.events.draft import Draft
from sitrep.model import Mention

_VICTIMS_REACH = 25      # from a counted object to the noun of the act it names: "22 people| in an attack on"


def allowed(d: Draft, hit) -> bool:
    kinds = {sp.actor_types for sp in hit[3] if sp.actor_types}
    return not kinds or (d.actor is not None and any(d.actor.type in k for k in kinds))


def same(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None:
        return False
    return a is b or (a.local >= 0 and a.local == b.local) or (a.local < 0 and a.key == b.key)


def _compatible(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or same(a, b)


_SUBJECT_REACH = 120     # from an attack noun to the killing verb it is the subject of


def _subject_strike(o: Draft, d: Draft) -> bool:
    """Whether the nominal attack ``o`` aimed at a place is the subject of the verb ``d`` that
    names an actor as its target."""
    return o.action == d.action == "ASSAULT" and not o.verbal and d.verbal and o.target is not None \
        and o.target.type in roles.PLACE_TYPES and d.target is not None and d.target.type not in roles.PLACE_TYPES \
        and same(o.actor, d.actor) and 0 <= d.start - o.end <= _SUBJECT_REACH and d.form in ("past", "pastpart", "3sg")


_PLEDGE_GAP = 8                   # " to " and an adverb at most: "pledged to quickly send"


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        if same(d.actor, d.target):
            d.target = None
        if d.actor is None and d.target is None and not d.bare and d.actor_name is None and d.target_name is None \
                and not (d.action == "PROTEST" and d.place is not None):
            continue                      # (a march by an unnamed crowd through a named place stands)
        for o in out:
            if _bare_claim(o) or _bare_claim(d):
                continue                  # "X claimed responsibility, saying ... the killing of its men": two acts
            if _subject_strike(o, d):
                # "an Israeli drone strike on a car near Yater killed three Hezbollah fighters": one
                # strike, its victims the target and the place where
                o.place, o.target = o.place or o.target, d.target
                o.actor = o.actor or d.actor
                break
            if 0 <= d.start - o.victims <= _VICTIMS_REACH and not d.verbal and d.target is not None \
                    and d.target.type in roles.PLACE_TYPES and o.action == d.action and _compatible(o.actor, d.actor):
                d.target = None           # "killed 46 civilians in an attack on a village in X": X is where
            if o.action == d.action and _compatible(o.actor, d.actor) and _compatible(o.target, d.target):
                # a group is never both sides of one act: "MSF said an attack on its clinic killed ..."
                o.actor = o.actor or (d.actor if not same(d.actor, o.target) else None)
                o.target = o.target or (d.target if not same(d.target, o.actor) else None)
                o.actor_name = o.actor_name or d.actor_name
                break
        else:
            out.append(d)
    if any(d.action == "AGREE" for d in out) and any(d.action in _PLEDGED for d in out):
        out = [d for d in out if not _pledge_of_aid(d, out)]
    return out


def _bare_claim(d: Draft) -> bool:
    """A bare claim of responsibility (``sitrep.events.claimed`` folds it into the attack it claims)."""
    return d.trigger[-14:].lower() == "responsibility"


# what a pledge may promise that drafting codes itself: aid, or force (a promise of force is a threat)
_PLEDGED = frozenset({"AID", "THREATEN"})


def _pledge_of_aid(d: Draft, drafts: list[Draft]) -> bool:
    """An AGREE trigger right before the aid or the force it pledges ("promised to| send medicines",
    "pledged to| crush the rebels"): drafting codes that act itself, so the pledge is the same act,
    not another agreement."""
    return d.action == "AGREE" and d.verbal and any(
        o.action in _PLEDGED and 0 < o.start - d.end <= _PLEDGE_GAP and _compatible(o.actor, d.actor) for o in drafts)
