"""Source attribution: 'المصدر : الجزيرة + وكالات' leaves the text, and its agencies are named.

Names map to canonical English through `data/agencies.tsv`; an agency not in the table is kept
as printed, never dropped.
"""

from __future__ import annotations

import re

from .lexicon import agencies
from .schema import Document
from .text import match_key, words

_SOURCE_LINE = re.compile(
    r"^[(\[]?\s*(?:المصدر|المصادر|مصدر|source)\s*[:：\-–]\s*(?P<names>[^:]+?)\s*[)\]]?\s*[.]?$",
    re.IGNORECASE,
)
_BARE_AGENCY = re.compile(r"^(?:[(\[]\s*(?P<paren>[^()\[\]]+?)\s*[)\]]|[-–—]\s*(?P<dash>.+?))\s*[.]?$")
_SEPARATORS = re.compile(r"\s*(?:\+|/|،|,|&|؛|;|\s-\s)\s*")
_AND = re.compile(r"\s+و(?=\S)")
ATTRIBUTION_MAX_WORDS = 10


def split_agencies(names: str) -> list[str]:
    """'الجزيرة + وكالات' -> ['Al Jazeera', 'agencies']; unknown names kept as printed."""
    table = agencies()
    found: list[str] = []
    for part in filter(None, (p.strip() for p in _SEPARATORS.split(names))):
        canonical = table.get(match_key(part))
        if canonical is None:
            pieces = [p for p in _AND.split(part) if p.strip()]
            mapped = [table.get(match_key(p)) for p in pieces]
            found.extend(mapped if len(pieces) > 1 and all(mapped) else [part])
        else:
            found.append(canonical)
    return list(dict.fromkeys(found))


def _credited(text: str) -> list[str] | None:
    if len(words(text)) > ATTRIBUTION_MAX_WORDS:
        return None
    match = _SOURCE_LINE.match(text)
    if match:
        return split_agencies(match.group("names"))
    bare = _BARE_AGENCY.match(text)
    if bare:  # '(وكالات)' or '- رويترز' alone on a line: only when every name is a known agency
        names = split_agencies(bare.group("paren") or bare.group("dash"))
        table_names = set(agencies().values())
        if names and all(name in table_names for name in names):
            return names
    return None


def extract_attribution(doc: Document) -> Document:
    picks, sources, source_line = {}, list(doc.sources), doc.source_line
    for i, line in enumerate(doc.lines):
        credited = _credited(line.text)
        if credited is None:
            continue
        picks[i] = "attribution"
        sources.extend(credited)
        source_line = source_line or line.text
    if not picks:
        return doc
    return doc.take(picks, sources=tuple(dict.fromkeys(sources)), source_line=source_line)
