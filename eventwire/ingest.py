"""Inputs -> `Article`s: files, folders, stdin; .txt .html .htm .jsonl .csv.

`iter_inputs` never raises for a bad item: it yields a `BadInput` instance in its place so the
caller can report or quarantine it and go on with the batch.

The body is cleaned once, here (newlines normalised, lines stripped, repeated lines dropped,
paragraphs separated by one blank line), because every character offset downstream refers to it.
"""
from __future__ import annotations

import codecs
import csv
import email.utils
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from .errors import BadInput
from .model import Article

MAX_ARTICLE_CHARS = 1_000_000
# A UTF-8 character is at most 4 bytes, so a file larger than this is surely over the limit.
_MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS
# HTML carries markup and boilerplate around the article, so the page itself may be larger.
_MAX_HTML_BYTES = 10 * MAX_ARTICLE_CHARS
_MAX_RECORD_BYTES = _MAX_TEXT_BYTES + 65_536
EXTENSIONS = (".txt", ".html", ".htm", ".jsonl", ".csv")
RECORD_FIELDS = ("id", "title", "text", "published", "url", "outlet")
STDIN_ORIGIN = "<stdin>"

_BOM = codecs.BOM_UTF8
_HEADER = re.compile(r"(published|source|outlet|url)[ \t]*:[ \t]*(.*)", re.IGNORECASE)
_HEADER_FIELD = {"published": "published", "source": "outlet", "outlet": "outlet", "url": "url"}
# Every character str.splitlines() treats as a line break, so "\n" is the only one left.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
    "%A, %d %B %Y", "%A %d %B %Y", "%A, %B %d, %Y", "%Y/%m/%d", "%d %B, %Y", "%b. %d, %Y",
)
_YEARS = range(1800, 2201)


# --- the walk over inputs ---------------------------------------------------------------

def iter_inputs(inputs: Sequence[str | os.PathLike], stdin: TextIO | None = None
                ) -> Iterator[Article | BadInput]:
    """Every article in `inputs` (files, folders, "-" for stdin), or a BadInput for each bad item."""
    for item in inputs:
        if os.fspath(item) == "-":
            yield from _iter_stdin(stdin if stdin is not None else sys.stdin)
        else:
            yield from iter_path(Path(item), explicit=True)


def iter_path(path: Path, explicit: bool) -> Iterator[Article | BadInput]:
    origin = str(path)
    if path.is_dir():
        yield from _iter_folder(path)
        return
    if not path.exists():
        reason = "broken link" if path.is_symlink() else "no such file or folder"
        yield BadInput(origin, f"{reason}; check the path")
        return
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        if explicit:
            kind = suffix or "(no extension)"
            yield BadInput(origin, f"unsupported file type {kind} (use {', '.join(EXTENSIONS)})")
        return
    try:
        if suffix in (".jsonl", ".csv"):
            with path.open("rb") as fh:
                reader = _iter_jsonl if suffix == ".jsonl" else _iter_csv
                yield from reader(fh, origin)
        else:
            yield _read_article_file(path, origin, suffix)
    except BadInput as bad:
        yield bad
    except OSError as exc:
        yield BadInput(origin, f"cannot read it ({exc.strerror or exc}); check its permissions")


def list_folder(folder: Path) -> tuple[list[Path], list[BadInput]]:
    """The readable files under `folder` in reading order (hidden entries skipped, supported
    extensions only), and a BadInput for each sub-folder that cannot be read, or for a folder
    with nothing to read."""
    errors: list[OSError] = []
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root, f) for f in files
                     if not f.startswith(".") and Path(f).suffix.lower() in EXTENSIONS)
    bad = [BadInput(str(exc.filename or folder),
                    f"cannot read folder ({exc.strerror or exc}); check its permissions")
           for exc in errors]
    if not found and not errors:
        bad.append(BadInput(str(folder), f"no {', '.join(EXTENSIONS)} files in this folder"))
    return sorted(found, key=lambda p: p.relative_to(folder).parts), bad


def _iter_folder(folder: Path) -> Iterator[Article | BadInput]:
    files, bad = list_folder(folder)
    yield from bad
    for path in files:
        yield from iter_path(path, explicit=False)


def _read_article_file(path: Path, origin: str, suffix: str) -> Article:
    limit = _MAX_HTML_BYTES if suffix in (".html", ".htm") else _MAX_TEXT_BYTES
    size = path.stat().st_size
    if size == 0:
        raise BadInput(origin, "empty file")
    if size > limit:
        raise BadInput(origin, _too_big(size, limit if suffix != ".txt" else None))
    raw = _decode(path.read_bytes(), origin)
    if suffix == ".txt":
        return parse_txt(raw, origin)
    return parse_html(raw, origin)


def _iter_stdin(stream: TextIO) -> Iterator[Article | BadInput]:
    origin = STDIN_ORIGIN
    binary = getattr(stream, "buffer", None)
    try:
        lines = iter(binary) if binary is not None else (s.encode("utf-8", "surrogatepass")
                                                           for s in stream)
        head: list[bytes] = []
        for line in lines:
            head.append(line)
            if line.strip(b" \t\r\n\f\v" + _BOM):
                break
        if not head or not b"".join(head).strip(b" \t\r\n\f\v" + _BOM):
            yield BadInput(origin, "empty input; pipe an article or JSONL records")
            return
        chained = _chain(head, lines)
        if head[-1].lstrip(b" \t\f\v" + _BOM).startswith(b"{"):
            yield from _iter_jsonl(chained, origin)
        else:
            yield _stdin_article(chained, origin)
    except BadInput as bad:
        yield bad
    except UnicodeDecodeError as exc:  # a text stream without .buffer decodes by itself
        yield BadInput(origin, _not_utf8(exc.object[exc.start], exc.start))
    except OSError as exc:
        yield BadInput(origin, f"cannot read it ({exc.strerror or exc})")


def _chain(head: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _stdin_article(lines: Iterable[bytes], origin: str) -> Article:
    chunks: list[bytes] = []
    size = 0
    for line in lines:
        chunks.append(line)
        size += len(line)
        if size > _MAX_TEXT_BYTES:
            size += sum(len(more) for more in lines)  # measure it for the message, keep nothing
            raise BadInput(origin, _too_big(size))
    return parse_txt(_decode(b"".join(chunks), origin), origin)


# --- bytes to text ----------------------------------------------------------------------

def _decode(data: bytes, origin: str, base_offset: int = 0) -> str:
    """UTF-8 text (a leading BOM dropped), or BadInput naming the first bad byte."""
    skip = len(_BOM) if base_offset == 0 and data.startswith(_BOM) else 0
    nul = data.find(b"\x00", skip)
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        if 0 <= nul < at:
            at = nul
        raise BadInput(origin, _not_utf8(data[at], base_offset + at)) from None
    if nul >= 0:  # valid UTF-8 with NUL bytes: binary, or UTF-16/32 text
        raise BadInput(origin, _not_utf8(0, base_offset + nul))
    return text


def _not_utf8(byte: int, offset: int) -> str:
    return f"not UTF-8 text (byte 0x{byte:02x} at offset {offset}); convert it to UTF-8"


def _too_big(size: int, limit: int | None = None) -> str:
    limit = limit or MAX_ARTICLE_CHARS
    return (f"article is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit; split it")


# --- .txt and .html ---------------------------------------------------------------------

def parse_txt(raw: str, origin: str) -> Article:
    """Title line, `Key: value` header lines (Published, Source/Outlet, URL), then the body."""
    lines = _LINE_BREAKS.sub("\n", raw).split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        raise BadInput(origin, "empty file")
    meta: dict[str, str] = {}
    title = ""
    if not _HEADER.fullmatch(lines[index].strip()):  # no title line: headers come first
        title = _SPACES.sub(" ", lines[index].strip())
        index += 1
    while index < len(lines):
        line = lines[index].strip()
        match = _HEADER.fullmatch(line)
        if line and not match:
            break
        if match and match[2].strip():
            meta.setdefault(_HEADER_FIELD[match[1].lower()], match[2].strip())
        index += 1
    body = "\n".join(lines[index:])
    if not body.strip() and not meta and _PROSE_END.search(title):
        # A lone sentence or paragraph (`echo "..." | eventwire extract -`) is a body, not a title.
        title, body = "", title
    return _article(origin, body, title=title or None, **meta)


def parse_html(raw: str, origin: str) -> Article:
    """Main text, title and date of a web page (trafilatura, no network)."""
    import trafilatura  # slow to import; only HTML input needs it

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except (ValueError, TypeError) as exc:  # lxml rejects some documents outright
        raise BadInput(origin, f"cannot parse the HTML ({exc})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise BadInput(origin, "no article text found in the HTML page")
    title = _SPACES.sub(" ", doc.title).strip() if doc.title else None
    paragraphs = [p for p in (line.strip() for line in text.split("\n")) if p]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's <h1>, already the title
    return _article(origin, "\n\n".join(paragraphs), title=title, published=doc.date,
                    outlet=doc.sitename, url=doc.url)


# --- .jsonl and .csv records -------------------------------------------------------------

def _numbered_lines(lines: Iterable[bytes], origin: str) -> Iterator[tuple[int, str | BadInput]]:
    """(line number, decoded line) per line; an undecodable line comes as a BadInput."""
    offset = 0
    for number, data in enumerate(lines, 1):
        where = f"{origin}:{number}"
        if len(data) > _MAX_RECORD_BYTES:
            item: str | BadInput = BadInput(where, _too_big(len(data)))
        else:
            try:
                item = _decode(data, where, base_offset=offset)
            except BadInput as bad:
                item = bad
        offset += len(data)
        yield number, item


def _iter_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[Article | BadInput]:
    seen = False
    for number, line in _numbered_lines(lines, origin):
        where = f"{origin}:{number}"
        if isinstance(line, BadInput):
            yield line
            if not seen:  # the very first line is not text: a binary file, say it once
                return
            continue
        if not line.strip():
            continue
        seen = True
        try:
            yield article_from_record(_load_json(line, where), where)
        except BadInput as bad:
            yield bad
    if not seen:
        yield BadInput(origin, "empty file")


def _load_json(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # e.g. a 5,000-digit number, deep nesting
        raise BadInput(where, f"not valid JSON ({exc})") from None


def _iter_csv(lines: Iterable[bytes], origin: str) -> Iterator[Article | BadInput]:
    decoded = _csv_lines(lines, origin)
    reader = csv.reader(decoded)
    if csv.field_size_limit() <= MAX_ARTICLE_CHARS:
        csv.field_size_limit(MAX_ARTICLE_CHARS + 1)
    try:
        header = next(reader, None)
        if header is None:
            raise BadInput(origin, "empty file")
        columns = [name.strip().lower() for name in header]
        if "text" not in columns:
            found = ", ".join(name for name in columns if name) or "nothing"
            raise BadInput(origin, f"CSV has no 'text' column (found: {found})")
        start = reader.line_num + 1
        for row in reader:
            where = f"{origin}:{start}"
            start = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield article_from_record(dict(zip(columns, row)), where)
            except BadInput as bad:
                yield bad
    except csv.Error as exc:
        yield BadInput(f"{origin}:{reader.line_num}", f"not valid CSV ({exc})")
    except BadInput as bad:
        yield bad


def _csv_lines(lines: Iterable[bytes], origin: str) -> Iterator[str]:
    for _number, line in _numbered_lines(lines, origin):
        if isinstance(line, BadInput):
            raise line  # a CSV cannot resync after a bad line; the rest of the file is lost
        yield line


def article_from_record(record: Any, origin: str) -> Article:
    """An Article from one JSONL/CSV record (fields id, title, text, published, url, outlet)."""
    if not isinstance(record, Mapping):
        raise BadInput(origin, f"expected a JSON object with a 'text' field, got "
                               f"{type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise BadInput(origin, "record has no 'text' field")
    if not isinstance(text, str):
        raise BadInput(origin, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise BadInput(origin, "'text' is empty")
    notes: list[str] = []
    fields = {name: _optional_str(record.get(name), name, notes)
              for name in ("id", "title", "published", "url", "outlet")}
    return _article(origin, text, notes=notes, **fields)


def _optional_str(value: Any, name: str, notes: list[str]) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and name == "id":
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    notes.append(f"{name}: ignored a {type(value).__name__}; give a string")
    return None


# --- the shared end: clean, date, id ------------------------------------------------------

def _article(origin: str, body: str, *, title: str | None = None, published: str | None = None,
             outlet: str | None = None, url: str | None = None, id: str | None = None,
             notes: Sequence[str] = ()) -> Article:
    if len(body) > MAX_ARTICLE_CHARS:
        raise BadInput(origin, _too_big(len(body.encode("utf-8", "surrogatepass"))))
    text = clean_body(body)
    if not text:
        raise BadInput(origin, "no body text after the title/header lines")
    iso, note = normalise_published(published)
    all_notes = tuple(notes) + ((note,) if note else ())
    return Article(id=id or content_id(title, text), text=text, title=title, published=iso,
                   outlet=outlet, url=url, origin=origin, notes=all_notes)


def clean_body(text: str) -> str:
    """Lines stripped, repeated non-empty lines dropped (first kept), one blank line between
    paragraphs, no leading or trailing blank lines."""
    seen: set[str] = set()
    out: list[str] = []
    for line in _LINE_BREAKS.sub("\n", text).split("\n"):
        line = line.strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        if line in seen:
            continue
        seen.add(line)
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def content_id(title: str | None, body: str) -> str:
    """The stable id of an article that has none: a hash of its title and cleaned body."""
    digest = hashlib.sha1(f"{title or ''}\n{body}".encode("utf-8", "surrogatepass"))
    return "sha1:" + digest.hexdigest()[:16]


def normalise_published(value: str | None) -> tuple[str | None, str | None]:
    """(ISO date or datetime, None), or (None, a note saying why the value is not a date)."""
    if value is None or not value.strip():
        return None, None
    value = _SPACES.sub(" ", value.strip())
    parsed = _parse_date(value)
    if parsed is None or parsed.year not in _YEARS:
        shown = value if len(value) <= 60 else value[:57] + "..."
        return None, f"Published: {shown!r} is not a date; use YYYY-MM-DD"
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None and parsed.time() == datetime.min.time():
            return parsed.date().isoformat(), None
        return parsed.isoformat(), None
    return parsed.isoformat(), None


def _parse_date(value: str) -> date | datetime | None:
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(value)
        except ValueError:
            pass
    if "," in value or value[:1].isalpha():
        try:  # RFC 2822, as in RSS feeds: "Tue, 06 Dec 2016 14:30:00 +0000"
            return email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    return _dateparser(value)


def _dateparser(value: str) -> date | datetime | None:
    """Other languages and layouts; absolute dates only (never 'yesterday' relative to today)."""
    if len(value) > 64 or not any(c.isdigit() for c in value):
        return None
    try:
        parsed = _dateparser_parse()(value, settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, TypeError, OverflowError, AttributeError, IndexError, KeyError):
        return None
    return parsed


@lru_cache(maxsize=1)
def _dateparser_parse():
    import dateparser

    return dateparser.parse
