"""The record: the one place where a published field is named, typed and described.

The writer, the dataset card and the tests all read ARTICLE_SCHEMA / COMMENT_SCHEMA and the
field descriptions below; nothing else spells out the published columns.

`Document` is the in-flight record every cleaning step receives and returns. Steps never
mutate it: `Document.take` returns a new document with the chosen lines moved to `removed`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Iterable

import pyarrow as pa


@dataclass(frozen=True)
class Line:
    """A line still in the body: its 1-based number in the decoded page, and its text."""

    number: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A line taken out of the body, the rule that took it, and where it was."""

    line: int
    rule: str
    text: str


@dataclass(frozen=True)
class Comment:
    """One reader comment. `author` is a per-article pseudonym, never the username."""

    position: int
    author: str | None
    time_text: str | None
    text: str
    line: int
    likes: int | None = None
    is_reply: bool = False


@dataclass(frozen=True)
class Document:
    id: str
    raw_sha256: str
    encoding: str
    fixes: tuple[str, ...] = ()
    lines: tuple[Line, ...] = ()
    title: str | None = None
    site: str | None = None
    site_key: str | None = None
    site_key_source: str | None = None
    sources: tuple[str, ...] = ()
    source_line: str | None = None
    language: str | None = None
    language_score: float | None = None
    author: str | None = None
    dateline: str | None = None
    published: str | None = None
    removed: tuple[Removed, ...] = ()
    comments: tuple[Comment, ...] = ()
    # Layout the steps leave for later steps (not published): the headline's line number, and the
    # line numbers of the parts that end a run of lines (headline, comment section, attribution):
    # a link list or a deck never runs across them.
    title_line: int | None = None
    breaks: tuple[int, ...] = ()

    def take(self, picks: dict[int, str], texts: dict[int, str] | None = None, breaks: bool = False,
             **changes) -> Document:
        """Move the lines at the given indices (into `lines`) to `removed`, each with its rule.

        `texts` optionally replaces what is recorded for a line (used to pseudonymise usernames);
        `breaks` records the taken lines' numbers in `breaks` (they end runs of lines).
        """
        if breaks:
            changes["breaks"] = tuple(sorted(set(self.breaks) | {self.lines[i].number for i in picks}))
        texts = texts or {}
        lines = self.lines
        kept = tuple([line for i, line in enumerate(lines) if i not in picks])
        taken = tuple([Removed(lines[i].number, rule, texts.get(i, lines[i].text))
                       for i, rule in sorted(picks.items())])
        removed = tuple(sorted(self.removed + taken, key=_BY_LINE))  # two sorted runs: one merge
        return self.with_(lines=kept, removed=removed, **changes)

    def with_(self, **changes) -> Document:
        """A copy with these fields changed: `dataclasses.replace` without its per-call walk over
        the fields and 21 frozen `__setattr__`s (a page passes through ~16 steps; this is ~7x
        faster). The copy shares the unchanged field values, as `replace` does."""
        if not _DOCUMENT_FIELDS.issuperset(changes):
            raise TypeError(f"Document has no field(s) {sorted(set(changes) - _DOCUMENT_FIELDS)}")
        copy = object.__new__(Document)
        state = copy.__dict__  # a frozen dataclass's fields live in its __dict__ (no __slots__)
        state.update(self.__dict__)
        state.update(changes)
        return copy

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


_DOCUMENT_FIELDS = frozenset(field.name for field in fields(Document))
_BY_LINE = attrgetter("line")


ARTICLE_FIELDS: list[tuple[pa.Field, str]] = [
    (pa.field("id", pa.string(), nullable=False),
     "Path of the page relative to the input folder, without `.txt`."),
    (pa.field("title", pa.string()),
     "The headline when the page has one as its first line; null rather than a guess."),
    (pa.field("text", pa.string(), nullable=False),
     "The clean article body: paragraphs (and the article's own subheads) in page order, one per line."),
    (pa.field("sources", pa.list_(pa.string()), nullable=False),
     'Agencies credited by the attribution line, a wire dateline or a sign-off, canonical English names ("SPA", "Sputnik", '
     '"agencies" for وكالات); an agency not in the table is kept as written.'),
    (pa.field("source_line", pa.string()),
     "The attribution line (or a wire dateline alone on its line) exactly as printed, or null when the page has none."),
    (pa.field("author", pa.string()),
     "The article's writer as its byline names them (\"كتب - سليم حداد\" -> سليم حداد), or null. "
     "Never a commenter: commenters are pseudonymous."),
    (pa.field("dateline", pa.string()),
     "The place the story was filed from, as its wire dateline names it (\"القدس (رويترز) -\" -> القدس), or null."),
    (pa.field("published", pa.string()),
     "The publication date printed at the top of the page (stamp, byline or dateline), as YYYY-MM-DD; "
     "null when the page prints none. A Hijri date is read from the Gregorian date beside it."),
    (pa.field("site", pa.string()),
     "The site's name when the page names it in a header line, else null."),
    (pa.field("site_key", pa.string()),
     "The key under which lines were counted across pages to find the site's repeated boilerplate: "
     "the first folder of `id` when pages are stored as `INPUT/<site>/<page>.txt`, else the site "
     "named in the page's header line, else null (no repetition signal for this page)."),
    (pa.field("site_key_source", pa.string()),
     'Where `site_key` came from: "folder", "header", or null when the page has no site key.'),
    (pa.field("language", pa.string()),
     "ISO 639-1 code: for text whose first 400 characters are at least 90% Arabic-script letters, "
     "the script decides (ar, or fa/ur by the letters Arabic does not use); otherwise detected by "
     "langdetect (fixed seed) with the same Persian/Urdu guard; null when the text is too short to tell."),
    (pa.field("language_score", pa.float64()),
     "For a language the script decided: the share of the first 400 characters' letters that are "
     "Arabic-script (1.0 with no Latin word); otherwise langdetect's probability for `language`."),
    (pa.field("num_words", pa.int64(), nullable=False),
     "Whitespace-separated words in `text`."),
    (pa.field("num_comments", pa.int64(), nullable=False),
     "Reader comments taken out of the page (they are in the `comments` config)."),
    (pa.field("removed", pa.list_(pa.struct([
        pa.field("line", pa.int32(), nullable=False),
        pa.field("rule", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ])), nullable=False),
     "Every non-blank line not in `text`: its line number in the decoded page, the rule that took it, "
     "and its text (commenters' names are replaced by their pseudonym)."),
    (pa.field("text_lines", pa.list_(pa.int32()), nullable=False),
     "The line number in the decoded page of each line of `text`; with `removed` it places every "
     "line back where it was."),
    (pa.field("encoding", pa.string(), nullable=False),
     "The byte encoding the page was decoded from."),
    (pa.field("fixes", pa.list_(pa.string()), nullable=False),
     "Repairs applied before cleaning (e.g. `ftfy`, `invisible_controls`, `nbsp_to_space`)."),
    (pa.field("raw_sha256", pa.string(), nullable=False),
     "SHA-256 of the raw input bytes, to match a row with its source file."),
    (pa.field("text_sha256", pa.string(), nullable=False),
     "SHA-256 of `text` (UTF-8), for exact-duplicate checks across releases."),
    (pa.field("duplicate_of", pa.string()),
     "`id` of the earlier page (in input order) this one duplicates, or null. Duplicates are marked, "
     "never dropped."),
    (pa.field("duplicate_type", pa.string()),
     '"exact" (same text once punctuation, spacing and hamza/alef forms are ignored), "near" '
     "(MinHash LSH above the release's Jaccard threshold), or null."),
]

COMMENT_FIELDS: list[tuple[pa.Field, str]] = [
    (pa.field("article_id", pa.string(), nullable=False),
     "`id` of the article the comment was posted under."),
    (pa.field("position", pa.int32(), nullable=False),
     "1-based order of the comment on the page."),
    (pa.field("author", pa.string()),
     'Per-article pseudonym ("commenter 1", "commenter 2", ...) in order of first appearance; '
     "the username itself is never published. Null when the comment shows no name."),
    (pa.field("time_text", pa.string()),
     'The posting time as printed (e.g. "قبل 20 دقيقة"), without the leading bullet.'),
    (pa.field("text", pa.string(), nullable=False),
     "The comment's text, lines joined by newlines."),
    (pa.field("line", pa.int32(), nullable=False),
     "Line number of the comment's first text line in the decoded page."),
    (pa.field("likes", pa.int32()),
     'Likes or up-votes shown with the comment ("إعجاب 12", "👍 12"); null when the page '
     "shows none."),
    (pa.field("is_reply", pa.bool_(), nullable=False),
     'True when the comment is marked as a reply to another ("رداً على ...", "↳", "الرد على").'),
]

ARTICLE_SCHEMA = pa.schema([f for f, _ in ARTICLE_FIELDS])
COMMENT_SCHEMA = pa.schema([f for f, _ in COMMENT_FIELDS])
FIELD_DOCS = {
    "default": {f.name: doc for f, doc in ARTICLE_FIELDS},
    "comments": {f.name: doc for f, doc in COMMENT_FIELDS},
}
SCHEMAS = {"default": ARTICLE_SCHEMA, "comments": COMMENT_SCHEMA}


def nothing_taken_between(taken: list[int], above: Line, below: Line) -> bool:
    """No line was taken out of the page between two body lines (`taken`: the sorted numbers of
    `doc.removed`'s lines): on the page they stand next to each other, blank lines aside."""
    return bisect_right(taken, above.number) == bisect_left(taken, below.number)


def article_row(doc: Document) -> dict:
    text = doc.text
    return {
        "id": doc.id,
        "title": doc.title,
        "text": text,
        "sources": list(doc.sources),
        "source_line": doc.source_line,
        "author": doc.author,
        "dateline": doc.dateline,
        "published": doc.published,
        "site": doc.site,
        "site_key": doc.site_key,
        "site_key_source": doc.site_key_source,
        "language": doc.language,
        "language_score": doc.language_score,
        "num_words": len(text.split()),
        "num_comments": len(doc.comments),
        "removed": [{"line": r.line, "rule": r.rule, "text": r.text} for r in doc.removed],
        "text_lines": [line.number for line in doc.lines],
        "encoding": doc.encoding,
        "fixes": list(doc.fixes),
        "raw_sha256": doc.raw_sha256,
        "text_sha256": _sha256(text),
        "duplicate_of": None,  # set by the release writer, which sees the whole corpus in order
        "duplicate_type": None,
    }


def comment_rows(doc: Document) -> Iterable[dict]:
    for c in doc.comments:
        yield {
            "article_id": doc.id,
            "position": c.position,
            "author": c.author,
            "time_text": c.time_text,
            "text": c.text,
            "line": c.line,
            "likes": c.likes,
            "is_reply": c.is_reply,
        }


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
