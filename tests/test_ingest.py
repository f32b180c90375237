"""ingest: every input kind to an Article, every bad input to one BadInput naming the item."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import BadInput
from eventwire.ingest import (MAX_ARTICLE_CHARS, article_from_record, clean_body, content_id,
                              iter_inputs, normalise_published, parse_html, parse_txt)
from eventwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SIRTE = Path(__file__).resolve().parents[2] / "shared" / "examples" / "sirte.txt"
CAPTION = "The victory in Sirte follows a seven-month campaign against IS in the city"


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def bad(items):
    return [i for i in items if isinstance(i, BadInput)]


def only_bad(*inputs, stdin=None) -> BadInput:
    items = list(iter_inputs(list(inputs), stdin=stdin))
    assert len(items) == 1 and isinstance(items[0], BadInput), items
    return items[0]


def stdin_bytes(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def assert_no_repeated_lines(text: str) -> None:
    lines = [line for line in text.splitlines() if line]
    assert len(lines) == len(set(lines))


# --- good inputs ----------------------------------------------------------------------------

@pytest.mark.skipif(not SIRTE.exists(), reason="shared example missing")
def test_sirte_txt():
    [article] = list(iter_inputs([SIRTE]))
    assert article.title == "Islamic State ousted out of Libyan city of Sirte"
    assert article.published == "2016-12-06"
    assert article.text.count(CAPTION) == 1
    assert article.text.startswith("“Daesh has totally collapsed")
    assert "Published:" not in article.text
    assert article.id.startswith("sha1:") and len(article.id) == 5 + 16
    assert article.origin == str(SIRTE)
    assert_no_repeated_lines(article.text)
    assert "\n\n\n" not in article.text and not article.text.endswith((" ", "\n"))


def test_txt_headers_and_cleaning():
    [a] = list(iter_inputs([FIXTURES / "article.txt"]))
    assert a.title == "Rebels seize border town after two days of fighting"
    assert (a.published, a.outlet, a.url) == ("2016-12-06", "Example Wire",
                                              "https://example.org/rebels-seize-town")
    assert a.text == ("Rebels seized the border town on Monday after two days of fighting with "
                      "army units, a local official said.\n\n"
                      "Photo: smoke rises over the town\n\n"
                      "At least 12 people were killed, according to the district hospital.")


def test_parse_txt_header_rules():
    raw = "Title\r\noutlet: AFP\r\nURL:  https://x.org \r\n\r\nBody line one.\r\nDate: not a header"
    a = parse_txt(raw, "x.txt")
    assert (a.title, a.outlet, a.url, a.published) == ("Title", "AFP", "https://x.org", None)
    assert a.text == "Body line one.\nDate: not a header"
    # headers stop at the first other line: a later "Source:" is body text
    b = parse_txt("T\n\nFirst line.\nSource: the ministry", "y.txt")
    assert b.outlet is None and b.text == "First line.\nSource: the ministry"


def test_bad_published_is_a_note_not_dropped():
    a = parse_txt("T\nPublished: xyz\n\nBody.", "f.txt")
    assert a.published is None
    assert a.notes == ("Published: 'xyz' is not a date; use YYYY-MM-DD",)


@pytest.mark.parametrize("value, expected", [
    ("2016-12-06", "2016-12-06"),
    ("6 December 2016", "2016-12-06"),
    ("Dec 6, 2016", "2016-12-06"),
    ("December 6, 2016", "2016-12-06"),
    ("Tue, 06 Dec 2016 14:30:00 +0000", "2016-12-06T14:30:00+00:00"),
    ("2016-12-06T14:30:00", "2016-12-06T14:30:00"),
    ("6 décembre 2016", "2016-12-06"),
])
def test_published_formats(value, expected):
    assert normalise_published(value) == (expected, None)


@pytest.mark.parametrize("value", ["xyz", "yesterday", "December 2016", "0001-01-01", "99"])
def test_published_rejects(value):
    iso, note = normalise_published(value)
    assert iso is None and repr(value) in note


def test_lone_sentence_is_a_body():
    a = parse_txt("Rebels attacked the town on Monday, killing five people.\n", "<stdin>")
    assert a.title is None and a.text.startswith("Rebels attacked")


def test_html():
    [a] = list(iter_inputs([FIXTURES / "page.html"]))
    assert a.title == "Protesters march on parliament"
    assert a.published == "2019-03-15"
    assert a.outlet == "Example Daily"
    assert a.text.startswith("Thousands of protesters marched")
    assert "\n\nPolice fired tear gas" in a.text
    assert "Copyright" not in a.text and "Home" not in a.text


def test_html_without_text():
    with pytest.raises(BadInput, match="no article text"):
        parse_html("<html><head><title>x</title></head><body><script>var a;</script></body></html>",
                   "p.html")


def test_jsonl_records():
    items = list(iter_inputs([FIXTURES / "records.jsonl"]))
    a, b, c = articles(items)
    assert not bad(items)
    assert (a.id, a.title, a.published, a.url, a.outlet) == (
        "r1", "Ceasefire agreed", "2020-01-07", "https://example.org/r1", "Example Wire")
    assert a.origin.endswith("records.jsonl:1")
    assert b.id == content_id(None, b.text) and b.origin.endswith(":2")
    assert c.id == "7" and c.published == "2020-01-07T18:00:00+00:00"


def test_csv_records_with_line_numbers():
    items = list(iter_inputs([FIXTURES / "records.csv"]))
    a, b = articles(items)
    assert (a.id, a.title, a.published) == ("c1", "Talks collapse", "2021-05-02")
    assert a.text == "Talks between the government and the rebels collapsed on Sunday.\n\n" \
                     "Both sides blamed each other."
    assert a.origin.endswith("records.csv:2")
    assert b.origin.endswith("records.csv:5")  # the quoted field of c1 spans lines 2-4
    assert b.published is None and "not a date" in b.notes[0]


def test_folder_recursive_sorted_skips_other_files():
    items = list(iter_inputs([FIXTURES / "folder"]))
    assert not bad(items)  # README.md and notes.md are skipped silently
    assert [Path(a.origin.split(":")[0]).name for a in items] == ["a.txt", "b.jsonl", "c.txt"]


def test_folder_skips_hidden_and_reports_empty(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("T\nbody\n")
    assert "no .txt" in str(only_bad(tmp_path))


def test_stdin_jsonl_and_txt():
    jsonl = '\n  {"text": "One."}\n{"text": "Two.", "id": "b"}\n'
    items = list(iter_inputs(["-"], stdin=io.StringIO(jsonl)))
    assert [a.text for a in items] == ["One.", "Two."]
    assert items[0].origin == "<stdin>:2"
    [a] = list(iter_inputs(["-"], stdin=stdin_bytes(b"\xef\xbb\xbfTitle\nPublished: 2016-12-06"
                                                    b"\n\nBody text.\n")))
    assert (a.title, a.published, a.text, a.origin) == ("Title", "2016-12-06", "Body text.",
                                                        "<stdin>")


def test_mixed_inputs_keep_order():
    items = list(iter_inputs([FIXTURES / "article.txt", "-", FIXTURES / "nope.txt"],
                             stdin=io.StringIO("T\n\nB.")))
    assert [type(i) for i in items] == [Article, Article, BadInput]


# --- bad inputs -----------------------------------------------------------------------------

def test_empty_file(tmp_path):
    for name in ("e.txt", "e.jsonl", "e.csv", "e.html"):
        (tmp_path / name).write_bytes(b"")
        err = only_bad(tmp_path / name)
        assert err.reason == "empty file" and err.origin.endswith(name)
    (tmp_path / "blank.txt").write_text("  \n\n")
    assert only_bad(tmp_path / "blank.txt").reason == "empty file"


def test_binary_file(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = only_bad(png)
    assert str(err) == f"{png}: not UTF-8 text (byte 0x89 at offset 0); convert it to UTF-8"
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Title\n\nbody\x00more")
    assert "byte 0x00 at offset 11" in str(only_bad(nul))
    binary_jsonl = tmp_path / "b.jsonl"
    binary_jsonl.write_bytes(b"\xff\xfe\x00\n" * 50)  # reported once, not once per line
    assert "byte 0xff at offset 0" in str(only_bad(binary_jsonl))


def test_non_utf8_text(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Title\n\nCaf\u00e9 bombing".encode("latin-1"))
    err = only_bad(latin)
    assert err.origin == str(latin)
    assert err.reason == "not UTF-8 text (byte 0xe9 at offset 10); convert it to UTF-8"


def test_utf8_bom_is_fine(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfTitle\n\nBody.")
    [a] = list(iter_inputs([f]))
    assert a.title == "Title"


def test_malformed_jsonl_line_rest_goes_on(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"text": "good one"}\n{"text": oops}\n\n[1, 2]\n{"title": "no text"}\n'
                  b'{"text": ""}\n{"text": 5}\n{"text": "caf\xe9"}\n{"text": "good two"}\n')
    items = list(iter_inputs([f]))
    assert [a.text for a in articles(items)] == ["good one", "good two"]
    msgs = [str(b) for b in bad(items)]
    assert msgs[0].startswith(f"{f}:2: not valid JSON (Expecting value at column 10")
    assert msgs[1] == f"{f}:4: expected a JSON object with a 'text' field, got list"
    assert msgs[2] == f"{f}:5: record has no 'text' field"
    assert msgs[3] == f"{f}:6: 'text' is empty"
    assert msgs[4] == f"{f}:7: 'text' must be a string, got int"
    assert msgs[5].startswith(f"{f}:8: not UTF-8 text (byte 0xe9 at offset ")
    assert len(msgs) == 6


def test_stdin_encoding_errors_and_empty():
    err = only_bad("-", stdin=stdin_bytes(b"Title\n\nCaf\xe9\n"))
    assert err.origin == "<stdin>" and "byte 0xe9 at offset 10" in err.reason
    items = list(iter_inputs(["-"], stdin=stdin_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')))
    assert isinstance(items[0], Article) and str(items[1]).startswith("<stdin>:2: not UTF-8")
    assert "empty input" in only_bad("-", stdin=io.StringIO("\n \n")).reason


def test_csv_without_text_column(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("a,b\n1,2\n3,4\n")
    assert str(only_bad(f)) == f"{f}: CSV has no 'text' column (found: a, b)"


def test_csv_bad_row_reports_line(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text("id,text\n1,first\n2,\n3,third\n")
    items = list(iter_inputs([f]))
    assert [a.text for a in articles(items)] == ["first", "third"]
    assert [str(b) for b in bad(items)] == [f"{f}:3: 'text' is empty"]


def test_unsupported_extension(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.4")
    assert str(only_bad(f)) == (f"{f}: unsupported file type .pdf "
                                "(use .txt, .html, .htm, .jsonl, .csv)")


def test_missing_path(tmp_path):
    err = only_bad(tmp_path / "missing.txt")
    assert err.origin == str(tmp_path / "missing.txt") and "no such file" in err.reason
    (tmp_path / "file.txt").write_text("T\n\nB.")
    assert "no such file" in only_bad(tmp_path / "file.txt" / "inside.txt").reason


def test_directory_named_like_a_file_is_a_folder(tmp_path):
    d = tmp_path / "looks.txt"
    d.mkdir()
    (d / "real.txt").write_text("T\n\nBody.")
    [a] = list(iter_inputs([d]))
    assert a.origin == str(d / "real.txt")


def test_unreadable_file_os_error(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text("T\n\nB.")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", deny)
    assert str(only_bad(f)) == f"{f}: cannot read it (Permission denied); check its permissions"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their mode; the OSError path is covered "
                           "by test_unreadable_file_os_error")
def test_unreadable_file_chmod(tmp_path):
    f = tmp_path / "locked.txt"
    f.write_text("T\n\nB.")
    f.chmod(0)
    assert "Permission denied" in str(only_bad(f))


def test_body_empty_after_headers(tmp_path):
    f = tmp_path / "h.txt"
    f.write_text("Just a title\nPublished: 2016-12-06\n\n\n")
    assert str(only_bad(f)) == f"{f}: no body text after the title/header lines"


def test_20_mb_text_is_refused_without_reading_it(tmp_path, monkeypatch):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.write(b"Title\n\n")
        fh.truncate(20_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read the whole file"))
    assert str(only_bad(f)) == f"{f}: article is 20.0 MB, over the 1 MB limit; split it"


def test_body_over_char_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("T\n\n" + ("word " * 250_000 + "\n") * 1)  # 1.25 M characters
    assert "over the 1 MB limit" in str(only_bad(f))


def test_large_jsonl_streams_records_under_the_limit(tmp_path):
    f = tmp_path / "many.jsonl"
    body = "x" * 50_000
    with f.open("w") as fh:
        for i in range(60):  # 3 MB file, each record fine
            fh.write(json.dumps({"id": str(i), "text": f"{i} {body}"}) + "\n")
        fh.write(json.dumps({"text": "y" * (MAX_ARTICLE_CHARS + 1)}) + "\n")
    items = list(iter_inputs([f]))
    assert len(articles(items)) == 60
    [err] = bad(items)
    assert err.origin == f"{f}:61" and "over the 1 MB limit" in err.reason


def test_stdin_too_big():
    data = b"Title\n\n" + b"word " * 1_000_000
    assert "article is 5.0 MB" in str(only_bad("-", stdin=stdin_bytes(data)))


# --- properties -----------------------------------------------------------------------------

def test_clean_body_rules():
    raw = "a  \r\nb\r\r\n\n\n\n a\nc\u2028c\n\n\nd\n\n"
    assert clean_body(raw) == "a\nb\n\nc\n\nd"


line_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(line_text, st.sampled_from(["Published: 2016-12-06", "URL: x",
                                                     "Source: AFP", "", "same line"])),
                max_size=12))
def test_parse_txt_only_raises_bad_input(lines):
    raw = "\n".join(lines)
    try:
        a = parse_txt(raw, "p.txt")
    except BadInput as err:
        assert err.origin == "p.txt"
        return
    assert a.text and a.text == clean_body(a.text)
    assert_no_repeated_lines(a.text)
    assert a.id == parse_txt(raw, "other.txt").id


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_jsonl_bytes_only_yield_articles_or_bad_input(tmp_path_factory, data):
    f = tmp_path_factory.mktemp("j") / "x.jsonl"
    f.write_bytes(data)
    for item in iter_inputs([f]):
        assert isinstance(item, (Article, BadInput))
    for item in iter_inputs(["-"], stdin=stdin_bytes(data)):
        assert isinstance(item, (Article, BadInput))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "title", "text", "published", "url", "outlet", "x"]),
                       st.one_of(st.none(), st.text(max_size=30), st.integers(), st.booleans(),
                                 st.lists(st.integers(), max_size=2))))
def test_records_only_raise_bad_input(record):
    try:
        a = article_from_record(record, "r.jsonl:1")
    except BadInput:
        return
    assert_no_repeated_lines(a.text)


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
def test_ids_stable_and_distinct(body1, body2):
    assert content_id("T", body1) == content_id("T", body1)
    if body1 != body2:
        assert content_id("T", body1) != content_id("T", body2)


def test_ids_of_articles_differ_by_body():
    a = parse_txt("T\n\nOne body.", "a.txt")
    b = parse_txt("T\n\nAnother body.", "b.txt")
    assert a.id != b.id and a.id == parse_txt("T\n\nOne body.", "c.txt").id


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40),
                 st.from_regex(r"\A[0-9]{1,4}[ ./-][A-Za-z0-9]{1,9}[ ./,-]{1,2}[0-9]{1,5}\Z")))
def test_published_never_raises(value):
    iso, note = normalise_published(value)
    assert (iso is None) or (note is None)
    if iso is not None:
        assert Article(id="x", text="t", published=iso).published_date is not None
    elif value.strip():
        assert note and note.endswith("use YYYY-MM-DD")
