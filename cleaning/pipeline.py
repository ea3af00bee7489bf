"""One page's way through: bytes -> decoded, repaired text -> cleaning steps -> record.

Each step is a pure function Document -> Document; their order is the only thing this module
decides. Reading folders and writing releases happen at the edges, in `release.py`.

Two passes over a corpus (the repetition signal, `cleaning/repetition.py`):

    counter = LineCounter()
    for doc_id, raw in pages:                      # pass 1 (parallel: one counter per worker,
        counter.add(*first_pass_lines(doc_id, raw))  #  then counter.merge(other))
    for doc_id, raw in pages:                      # pass 2
        doc = clean_page(doc_id, raw, boilerplate=counter)

`boilerplate` may be the counter itself, a frozenset of fingerprints already looked up for the
page's site (`counter.boilerplate(site_key)`), a callable site_key -> frozenset, or None (one pass:
no repetition signal).
"""

from __future__ import annotations

import hashlib
from time import perf_counter
from typing import Callable, Union

from .attribution import extract_attribution
from .chrome import (
    remove_credit_captions,
    remove_counters,
    remove_date_stamps,
    remove_lexicon_chrome,
    remove_menus,
    remove_symbol_led,
    remove_teasers,
)
from .comments import extract_comments
from .decode import decode_bytes
from .context import apply
from .edges import remove_footer, remove_head_captions
from .head import remove_site_header, site_from_header
from .language import add_language
from .metadata import extract_metadata
from .privacy import mask_taken_readers
from .repetition import LineCounter, remove_repeated, site_key_for
from .schema import Document, Line
from .stats import STEP_SECONDS, timed, timing
from .title import extract_title
from .unicode import repair

Step = Callable[[Document], Document]
Boilerplate = Union[frozenset, LineCounter, Callable[[str | None], frozenset], None]

# Order matters: the header goes before the title is looked for (the title step skips furniture
# and the site's repeated lines above the headline); comments and attribution leave before the
# repetition, lexicon and layout rules judge what is "after the last paragraph".
STEPS: tuple[Step, ...] = (
    remove_site_header,
    extract_title,    # @needs("boilerplate"): skips the site's repeated lines above the headline
    extract_metadata,  # reads the byline, dateline and date before their lines are taken out
    remove_teasers,
    extract_comments,
    extract_attribution,
    remove_repeated,  # @needs("boilerplate"): the page site's repeated lines
    remove_lexicon_chrome,
    remove_symbol_led,
    remove_menus,
    remove_date_stamps,
    remove_counters,
    remove_credit_captions,
    remove_head_captions,
    remove_footer,
    mask_taken_readers,  # a reader's line a furniture rule took is recorded masked, as the comment step's
    add_language,
)


def split_lines(text: str) -> tuple[Line, ...]:
    """Non-blank lines, stripped, with their 1-based numbers in the decoded page."""
    return tuple(
        Line(number, stripped)
        for number, line in enumerate(text.split("\n"), start=1)
        if (stripped := line.strip())
    )


def start_document(doc_id: str, raw: bytes) -> Document:
    """Decode and repair the bytes into a document whose every line is still in the body."""
    with timed("decode"):
        text, encoding, decode_fixes = decode_bytes(raw)
    with timed("repair"):
        text, repair_fixes = repair(text)
    lines = split_lines(text)
    site_key, source = site_key_for(doc_id, site_from_header(lines[0].text) if lines else None)
    return Document(
        id=doc_id,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        fixes=decode_fixes + repair_fixes,
        lines=lines,
        site_key=site_key,
        site_key_source=source,
    )


def first_pass_lines(doc_id: str, page: bytes | Document) -> tuple[str | None, tuple[str, ...]]:
    """(site key, lines) of a page, decoded and repaired but not cleaned: what the first pass
    counts with `LineCounter.add`. `page` is the page's bytes, or the document `start_document`
    already made of them. Raises UndecodableError like `clean_page`."""
    doc = page if isinstance(page, Document) else start_document(doc_id, page)
    return doc.site_key, tuple(line.text for line in doc.lines)


def boilerplate_for(site_key: str | None, boilerplate: Boilerplate) -> frozenset:
    if boilerplate is None:
        return frozenset()
    if isinstance(boilerplate, LineCounter):
        return boilerplate.boilerplate(site_key)
    if callable(boilerplate):
        return boilerplate(site_key) or frozenset()  # dict.get: None for a site pass 1 did not see
    return frozenset(boilerplate)


def clean_page(
    doc_id: str,
    page: bytes | Document,
    boilerplate: Boilerplate = None,
    steps: tuple[Step, ...] = STEPS,
) -> Document:
    """Clean one page: its bytes, or the document `start_document` made of them (a run decodes
    and repairs each page once, in its first pass, and cleans that document in the second)."""
    doc = page if isinstance(page, Document) else start_document(doc_id, page)
    context = {"boilerplate": boilerplate_for(doc.site_key, boilerplate)}
    if timing():
        for step in steps:
            started = perf_counter()
            doc = apply(step, doc, context)
            STEP_SECONDS[step.__name__] += perf_counter() - started
        return doc
    for step in steps:
        doc = apply(step, doc, context)
    return doc
