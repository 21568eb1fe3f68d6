"""A raw article's id is hashed once, and anew when a field it is hashed from changes."""
from sitrep.ids import content_id
from sitrep.model import RawArticle


def _expected(raw: RawArticle) -> str:
    return content_id(raw.text, raw.url, raw.title, raw.published, raw.outlet, "|".join(raw.authors))


def test_id_follows_every_hashed_field():
    raw = RawArticle("a.txt", "Invented text about Zarvonia.\n", "txt")
    first = raw.id
    assert first == _expected(raw) == raw.id
    for change in (lambda r: setattr(r, "url", "https://example.test/x"), lambda r: setattr(r, "title", "T"),
                   lambda r: setattr(r, "published", "2024-01-02"), lambda r: setattr(r, "outlet", "Example"),
                   lambda r: r.authors.append("Jane Doe"), lambda r: setattr(r, "text", r.text + "More.\n")):
        before = raw.id
        change(raw)
        assert raw.id == _expected(raw) != before


def test_memo_is_no_field():
    a = RawArticle("a.txt", "Same text.\n", "txt")
    b = RawArticle("a.txt", "Same text.\n", "txt")
    a.id
    assert a == b and "_id_memo" not in repr(a)
