"""One page's way through: bytes -> decoded, repaired text -> cleaning steps -> record.

Each step is a pure function Document -> Document; their order is the only thing this module
decides. Reading folders and writing releases happen at the edges, in `release.py`.
"""

from __future__ import annotations

import hashlib
from typing import Callable

from .attribution import extract_attribution
from .chrome import (
    remove_footer,
    remove_head_captions,
    remove_lexicon_chrome,
    remove_site_header,
    remove_symbol_led,
    remove_teasers,
)
from .comments import extract_comments
from .decode import decode_bytes
from .language import add_language
from .schema import Document, Line
from .title import extract_title
from .unicode import repair

Step = Callable[[Document], Document]

# Order matters: the header goes before the title is looked for; comments and attribution leave
# before the layout rules judge what is "after the last paragraph".
STEPS: tuple[Step, ...] = (
    remove_site_header,
    extract_title,
    remove_teasers,
    extract_comments,
    extract_attribution,
    remove_lexicon_chrome,
    remove_symbol_led,
    remove_head_captions,
    remove_footer,
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
    text, encoding, decode_fixes = decode_bytes(raw)
    text, repair_fixes = repair(text)
    return Document(
        id=doc_id,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
        fixes=decode_fixes + repair_fixes,
        lines=split_lines(text),
    )


def clean_page(doc_id: str, raw: bytes, steps: tuple[Step, ...] = STEPS) -> Document:
    doc = start_document(doc_id, raw)
    for step in steps:
        doc = step(doc)
    return doc
