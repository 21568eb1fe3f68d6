"""The doc-local actors of a corpus as compact columns, and the (doc, local) -> entity map.

A corpus has about one doc-local actor per mention but few distinct names, so actors are columns
of integers (document, local number, name record, mention count) pointing at one record per
distinct (key, type, KB id, canonical form): no object per actor, no list of mentions unless a
user decision needs them (``keep_mentions``).
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter

from .fold import name_key

# a stored mention row, in Mention's field order: (start, end, text, type, key, source, local,
# kb id, canonical)
MentionRow = tuple
_ROW = attrgetter("start", "end", "text", "type", "key", "source", "local", "kb_id", "canonical")


class _Names:
    """One record per distinct (key, type, KB id, canonical form) of an actor, in first-seen order."""

    def __init__(self) -> None:
        self.index: dict[tuple, int] = {}
        self.key: list[str] = []
        self.type: list[str] = []
        self.kb_id: list[str | None] = []
        self.canonical: list[str] = []
        self.tokens: list[tuple[str, ...]] = []       # the folded words of the canonical name
        self.first = array("i")                       # the first actor with this record
        self._tokens: dict[str, tuple[str, ...]] = {}

    def add(self, key: str, type_: str, kb_id: str | None, canonical: str, actor: int) -> int:
        ident = (key, type_, kb_id, canonical)
        n = self.index.get(ident)
        if n is None:
            n = self.index[ident] = len(self.key)
            self.first.append(actor)
            self.key.append(key)
            self.type.append(type_)
            self.kb_id.append(kb_id)
            self.canonical.append(canonical)
            # a name key is "name:" + name_key(canonical) already: no folding again
            src = key if key.startswith("name:") else canonical
            toks = self._tokens.get(src)
            if toks is None:
                toks = self._tokens[src] = tuple((src[5:] if src is key else name_key(canonical)).split())
            self.tokens.append(toks)
        return n


    def drop_kb_id(self, kb_id: str | None) -> None:
        """Unlink every record of ``kb_id`` (a loose KB link the corpus shows to be someone else)."""
        ids = self.kb_id
        for n, k in enumerate(ids):
            if k == kb_id:
                ids[n] = None


class _Actors:
    """Every doc-local actor as columns: document, local number, name record, mention count, and
    the first span of its first surface form (``more``: the other forms of the few actors named
    in several ways). ``mentions``: every (doc, start, end, text), only when kept."""

    def __init__(self, keep_mentions: bool) -> None:
        self.names = _Names()
        self.docs: list[str] = []
        self.starts = array("i")               # each document's first actor (a document's are in a row)
        self.doc = array("i")
        self.local = array("i")
        self.name = array("i")
        self.count = array("i")
        self.form_start = array("i")
        self.form_end = array("i")
        self.form_text = array("i")            # an index into ``texts``
        self.texts: list[str] = []             # one string per surface form, shared by documents
        self._text_ids: dict[str, int] = {}
        self.more: dict[int, dict[str, tuple[int, int]]] = {}
        self.mentions: list[list[tuple[str, int, int, str]]] | None = [] if keep_mentions else None

    def __len__(self) -> int:
        return len(self.name)

    def loaded(self) -> None:
        """Every document is in: drop the look-up tables that only adding needed."""
        self.names.index.clear()
        self.names._tokens.clear()
        self._text_ids.clear()

    def _text_id(self, text: str) -> int:
        t = self._text_ids.get(text)
        if t is None:
            t = self._text_ids[text] = len(self.texts)
            self.texts.append(text)
        return t

    def add_document(self, doc: str, rows: Iterable[MentionRow]) -> None:
        d = len(self.docs)
        self.docs.append(doc)
        self.starts.append(len(self.name))
        by_local: dict[int, int] = {}
        count, f_start, f_end, f_text, texts, full = (self.count, self.form_start, self.form_end,
                                                      self.form_text, self.texts, self.mentions)
        # most mentions are an actor's first: its columns are appended with bound methods, and
        # a name record or surface form seen before is one dict look-up, no call
        names, name_col, text_ids = self.names, self.name, self._text_ids
        known_name, known_text = names.index.get, text_ids.get
        doc_append, local_append, name_append = self.doc.append, self.local.append, name_col.append
        for start, end, text, type_, key, _source, local, kb_id, canonical in rows:
            a = by_local.get(local)
            if a is None:
                a = by_local[local] = len(name_col)
                doc_append(d)
                local_append(local)
                canon = canonical or text
                n = known_name((key, type_, kb_id, canon))
                name_append(names.add(key, type_, kb_id, canon, a) if n is None else n)
                count.append(1)
                f_start.append(start)
                f_end.append(end)
                t = known_text(text)
                f_text.append(self._text_id(text) if t is None else t)
                if full is not None:
                    full.append([(doc, start, end, text)])
                continue
            count[a] += 1
            if full is not None:
                full[a].append((doc, start, end, text))
            if text == texts[f_text[a]]:
                if (start, end) < (f_start[a], f_end[a]):
                    f_start[a], f_end[a] = start, end
            else:
                other = self.more.setdefault(a, {})
                seen = other.get(text)
                if seen is None or (start, end) < seen:
                    other[texts[self._text_id(text)]] = (start, end)

class EntityOf(Mapping):
    """(doc id, local actor number) -> entity id, stored per document as a list indexed by local
    number (a dict for a document whose numbers are not 0..n-1)."""

    def __init__(self) -> None:
        self._docs: dict[str, list | dict] = {}
        self._len = 0

    def set_document(self, doc: str, locals_: Sequence[int], eids: list[str]) -> None:
        """The entity ids of a document's actors, numbered ``locals_``."""
        row: list | dict = eids if list(locals_) == list(range(len(eids))) else dict(zip(locals_, eids))
        got = self._docs.get(doc)
        if got is not None:                     # the document came twice: both parts count
            self._len -= len(got)
            row = {**(got if type(got) is dict else dict(enumerate(got))),
                   **(row if type(row) is dict else dict(enumerate(row)))}
        self._len += len(row)
        self._docs[doc] = row

    def document(self, doc: str) -> Callable[[int | None], str | None]:
        """local -> entity id (None for none) in one document: a dict's ``get``."""
        row = self._docs.get(doc)
        if row is None:
            return {}.get
        return (row if type(row) is dict else dict(enumerate(row))).get

    def get(self, key: tuple[str, int], default: str | None = None) -> str | None:  # type: ignore[override]
        row = self._docs.get(key[0])
        if row is None:
            return default
        local = key[1]
        if type(row) is dict:
            return row.get(local, default)
        return row[local] if type(local) is int and 0 <= local < len(row) else default

    def __getitem__(self, key: tuple[str, int]) -> str:
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for doc, row in self._docs.items():
            yield from ((doc, local) for local in (row if isinstance(row, dict) else range(len(row))))

    def __len__(self) -> int:
        return self._len
