"""Small predicates on one line of Arabic news text, shared by the cleaning steps.

Folding here is for *matching* only (so a lexicon phrase written with plain alef matches a page
that writes hamza); published text is never folded unless the user asks for it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from .settings import SETTINGS

# Sentence-final punctuation, Arabic and Latin; closing quotes/brackets may follow it.
# "۔" (U+06D4) is the Urdu full stop, "।" (U+0964) the Devanagari one.
_SENTENCE_END = re.compile(r"[.!?؟…:;؛۔।][\"'”’»)\]\s]*$")
_FINAL_STOP = re.compile(r"[.!?؟۔।][\"'”’»)\]\s]*$")
_ELLIPSIS_END = re.compile(r"(\.\.\.|…)\s*$")
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# one letter for another, none of them a source: a chain of str.replace (each a fast scan) gives
# what str.translate would, about ten times faster on a page
_ALEF = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"))
_WORD_CHAR = re.compile(r"\w")



words = str.split  # a line's words, split at white space: `words(text)` (a C call, asked ~100 times a page)


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (a full stop, question, colon or ellipsis)."""
    return bool(_SENTENCE_END.search(text))


def ends_with_full_stop(text: str) -> bool:
    return bool(_FINAL_STOP.search(text)) and not bool(_ELLIPSIS_END.search(text))


def ends_with_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


@lru_cache(maxsize=1 << 16)  # pure in its text; the chrome rules ask it of the same lines
def is_sentence(text: str) -> bool:
    """A complete sentence, however short ("قال: «لن نتراجع».", «لن نتراجع»): never taken by a
    layout rule."""
    n = len(words(text))
    if n >= 2 and ends_with_full_stop(text):
        return True
    return is_quotation(text)


_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "»": "«"}


def is_quotation(text: str) -> bool:
    """A line that is a quotation, however short: «لن نتراجع», "No surrender", « Nous ne reculerons
    pas » (an optional full stop or comma after the closing quote)."""
    stripped = text.strip().rstrip(".،,!?؟۔")
    if len(stripped) < 3 or stripped[0] not in _QUOTE_PAIRS or stripped[-1] != _QUOTE_PAIRS[stripped[0]]:
        return False
    inner = stripped[1:-1]
    return bool(inner.strip()) and any(ch.isalpha() for ch in inner) and not any(q in inner for q in "«»“”\"")


@lru_cache(maxsize=1 << 16)  # pure in its text; nearly every step asks it of every line
def is_prose(text: str) -> bool:
    """A body paragraph: long, or a complete sentence of a few words."""
    n = len(words(text))
    return n >= SETTINGS.text.prose_min_words or (n >= 4 and ends_with_full_stop(text))


# A headline may end with a question or exclamation mark; a full stop, colon, semicolon, comma or
# ellipsis ends a sentence, clause or teaser instead.
_NOT_HEADLINE_END = re.compile(r"(?:[.:;؛,،…۔।])[\"'”’»)\]\s]*$")


def is_headline_like(text: str) -> bool:
    """Short, and not ending as a sentence, clause or teaser does ('?' and '!' are allowed):
    a headline, a subhead or a link to another article."""
    return 2 <= len(words(text)) <= SETTINGS.text.headline_max_words and not _NOT_HEADLINE_END.search(text)


def fold_arabic(text: str) -> str:
    """Fold hamza/alef variants, alef maqsura, ta marbuta, diacritics and tatweel.

    Used for matching and offered to downstream users; never applied to published text by default.
    """
    text = _DIACRITICS.sub("", text)
    for letter, plain in _ALEF:
        if letter in text:
            text = text.replace(letter, plain)
    return text


@lru_cache(maxsize=1 << 16)  # several steps key the same lines; site furniture recurs across pages
def match_key(text: str) -> str:
    """A line reduced for comparison: folded, edge symbols stripped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", fold_arabic(text)).casefold()
    first = _WORD_CHAR.search(text)
    if first is None:
        return ""
    last = _WORD_CHAR.search(text[::-1])  # from the first to the last word character, spaces collapsed
    return " ".join(text[first.start():len(text) - last.start()].split())


def is_symbol_led(text: str) -> bool:
    """Starts with an emoji or pictographic symbol (menu items, section markers)."""
    stripped = text.lstrip()
    if not stripped:
        return False
    cat = unicodedata.category(stripped[0])
    return cat == "So" or 0x1F000 <= ord(stripped[0]) <= 0x1FAFF
