"""Small predicates on one line of Arabic news text, shared by the cleaning steps.

Folding here is for *matching* only (so a lexicon phrase written with plain alef matches a page
that writes hamza); published text is never folded unless the user asks for it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Sentence-final punctuation, Arabic and Latin; closing quotes/brackets may follow it.
_SENTENCE_END = re.compile(r"[.!?؟…:;؛][\"'”’»)\]\s]*$")
_FINAL_STOP = re.compile(r"[.!?؟][\"'”’»)\]\s]*$")
_ELLIPSIS_END = re.compile(r"(\.\.\.|…)\s*$")
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NON_WORD_EDGES = re.compile(r"^[^\w]+|[^\w]+$")
_SPACES = re.compile(r"\s+")

PROSE_MIN_WORDS = 15


def words(text: str) -> list[str]:
    return text.split()


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (a full stop, question, colon or ellipsis)."""
    return bool(_SENTENCE_END.search(text))


def ends_with_full_stop(text: str) -> bool:
    return bool(_FINAL_STOP.search(text)) and not bool(_ELLIPSIS_END.search(text))


def ends_with_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


def is_sentence(text: str) -> bool:
    """A complete sentence, however short ("قال: «لن نتراجع»."): never taken by a layout rule."""
    n = len(words(text))
    if n >= 2 and ends_with_full_stop(text):
        return True
    stripped = text.strip()
    return n >= 3 and len(stripped) > 2 and stripped[0] in "«“\"" and stripped[-1] in "»”\""


def is_prose(text: str) -> bool:
    """A body paragraph: long, or a complete sentence of a few words."""
    n = len(words(text))
    return n >= PROSE_MIN_WORDS or (n >= 4 and ends_with_full_stop(text))


def fold_arabic(text: str) -> str:
    """Fold hamza/alef variants, alef maqsura, ta marbuta, diacritics and tatweel.

    Used for matching and offered to downstream users; never applied to published text by default.
    """
    return _DIACRITICS.sub("", text).translate(_ALEF)


@lru_cache(maxsize=1 << 16)  # several steps key the same lines; site furniture recurs across pages
def match_key(text: str) -> str:
    """A line reduced for comparison: folded, edge symbols stripped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", fold_arabic(text)).casefold()
    return _SPACES.sub(" ", _NON_WORD_EDGES.sub("", text)).strip()


def is_symbol_led(text: str) -> bool:
    """Starts with an emoji or pictographic symbol (menu items, section markers)."""
    stripped = text.lstrip()
    if not stripped:
        return False
    cat = unicodedata.category(stripped[0])
    return cat == "So" or 0x1F000 <= ord(stripped[0]) <= 0x1FAFF
