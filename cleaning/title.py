"""The headline: the page's first line when it reads as one, and its repeats taken out."""

from __future__ import annotations

from difflib import SequenceMatcher

from .schema import Document
from .text import ends_sentence, match_key, words

TITLE_MAX_WORDS = 18
NEAR_REPEAT_RATIO = 0.9


def looks_like_headline(text: str) -> bool:
    """Short, and not ending as a sentence, clause or teaser does. No title beats a wrong one."""
    return 2 <= len(words(text)) <= TITLE_MAX_WORDS and not ends_sentence(text)


def extract_title(doc: Document) -> Document:
    """Take the first line as `title` if it is a headline; drop exact and near repeats of it."""
    if len(doc.lines) < 2 or not looks_like_headline(doc.lines[0].text):
        return doc
    title = doc.lines[0].text
    key = match_key(title)
    picks = {0: "title"}
    for i, line in enumerate(doc.lines[1:], start=1):
        other = match_key(line.text)
        if abs(len(other) - len(key)) > max(10, len(key) // 5):
            continue
        if other == key or SequenceMatcher(None, key, other).ratio() >= NEAR_REPEAT_RATIO:
            picks[i] = "title.repeat"
    return doc.take(picks, title=title)
