"""The headline: the page's first line when it reads as one, and its repeats taken out.

Furniture above the headline (a breadcrumb, a date stamp, a menu line) is skipped when looking
for it; it is taken out later by its own rule. No title beats a wrong one.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .chrome import is_furniture
from .repetition import fingerprint
from .schema import Document
from .text import ends_sentence, is_prose, match_key, words

TITLE_MAX_WORDS = 18
NEAR_REPEAT_RATIO = 0.85
HEAD_SKIP_MAX = 6         # furniture lines skipped above the headline
REPEAT_EXTRA_WORDS = 8    # a repeat may carry a site name or a label ("عاجل:") around the title
_PUNCT = re.compile(r"[^\w\s]")


def looks_like_headline(text: str) -> bool:
    """Short, and not ending as a sentence, clause or teaser does."""
    return 2 <= len(words(text)) <= TITLE_MAX_WORDS and not ends_sentence(text)


def _repeat_key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", match_key(text)).split())


def is_repeat(title_key: str, text: str) -> bool:
    """An exact or near repeat of the title: same words up to diacritics, hamza forms and
    punctuation, a few letters changed, or the title framed by a site name or label."""
    other = _repeat_key(text)
    if not other:
        return False
    if other == title_key:
        return True
    extra = len(other.split()) - len(title_key.split())
    if title_key in other and 0 < extra <= REPEAT_EXTRA_WORDS and not is_prose(text):
        return True
    if abs(len(other) - len(title_key)) > max(10, len(title_key) // 5):
        return False
    return SequenceMatcher(None, title_key, other).ratio() >= NEAR_REPEAT_RATIO


def extract_title(doc: Document, boilerplate: frozenset[int] = frozenset()) -> Document:
    """Take the first non-furniture line as `title` if it is a headline; drop its repeats.
    Furniture: lines chrome by their look, and the site's repeated lines (`boilerplate`)."""
    start = 0
    while start < min(len(doc.lines), HEAD_SKIP_MAX) and (
        is_furniture(doc.lines[start].text) or (boilerplate and fingerprint(doc.lines[start].text) in boilerplate)
    ):
        start += 1
    if len(doc.lines) < start + 2 or not looks_like_headline(doc.lines[start].text):
        return doc
    title = doc.lines[start].text
    key = _repeat_key(title)
    if len(key.split()) < 2:
        return doc
    picks = {start: "title"}
    for i, line in enumerate(doc.lines[start + 1:], start=start + 1):
        if is_repeat(key, line.text):
            picks[i] = "title.repeat"
    return doc.take(picks, title=title)
