"""Site chrome: the page furniture around an article (headers, captions, teasers, menus, footers).

Three kinds of evidence, each its own step and rule name:
- the page's own layout: a "Site | section" header, a teaser that repeats the first paragraph,
  short unpunctuated lines before the first paragraph (captions) or after the last (footers);
- the lexicon in `data/chrome_phrases.tsv` ("الأكثر قراءة", "اقرأ أيضاً:", "الوسوم:" ...);
- emoji- or symbol-led menu lines.
A line that reads as a sentence is never taken by a layout rule: precision over recall.
"""

from __future__ import annotations

import re

from .lexicon import chrome_phrases, prefix_key
from .schema import Document
from .text import ends_with_ellipsis, is_prose, is_symbol_led, match_key, words

_SITE_HEADER = re.compile(r"^(?P<site>[^|｜]{2,60}?)\s*[|｜]\s*(?P<section>[^|｜]{0,40})$")
PREFIX_MAX_WORDS = 12
SYMBOL_LED_MAX_WORDS = 8
FOOTER_MAX_WORDS = 6
TEASER_MIN_WORDS = 5


def remove_site_header(doc: Document) -> Document:
    """'المشهد اليمني الأول| متابعات' as the first line: chrome, and it names the site."""
    if not doc.lines:
        return doc
    first = doc.lines[0].text
    match = _SITE_HEADER.match(first)
    if not match or len(words(first)) > 8 or is_prose(first):
        return doc
    return doc.take({0: "chrome.site_header"}, site=doc.site or match.group("site").strip())


def remove_teasers(doc: Document) -> Document:
    """A line cut off with '...' whose words begin a later paragraph is that paragraph's teaser."""
    keys = [match_key(line.text) for line in doc.lines]
    picks = {}
    for i, line in enumerate(doc.lines):
        if not ends_with_ellipsis(line.text):
            continue
        stem = match_key(re.sub(r"(\.\.\.|…)\s*$", "", line.text))
        if len(stem.split()) < TEASER_MIN_WORDS:
            continue
        if any(j != i and keys[j].startswith(stem) and len(keys[j]) > len(stem) for j in range(len(keys))):
            picks[i] = "chrome.teaser"
    return doc.take(picks) if picks else doc


def remove_lexicon_chrome(doc: Document) -> Document:
    """Lines that are, or begin with, a known chrome phrase; the rule names its category."""
    whole, prefixes = chrome_phrases()
    picks = {}
    for i, line in enumerate(doc.lines):
        category = whole.get(match_key(line.text))
        if category is None and len(words(line.text)) <= PREFIX_MAX_WORDS:
            key = prefix_key(line.text)
            category = next((cat for prefix, cat in prefixes if key.startswith(prefix)), None)
        if category is not None:
            picks[i] = f"chrome.{category}"
    return doc.take(picks) if picks else doc


def remove_symbol_led(doc: Document) -> Document:
    """Short lines led by an emoji or pictograph ('💡 أهم المواضيع'): menu items, not prose."""
    picks = {
        i: "chrome.symbol_led"
        for i, line in enumerate(doc.lines)
        if is_symbol_led(line.text) and len(words(line.text)) <= SYMBOL_LED_MAX_WORDS and not is_prose(line.text)
    }
    return doc.take(picks) if picks else doc


def remove_head_captions(doc: Document) -> Document:
    """Unpunctuated short lines before the first paragraph: photo and map captions, labels."""
    picks = {}
    for i, line in enumerate(doc.lines):
        if is_prose(line.text):
            break
        picks[i] = "chrome.caption"
    if len(picks) == len(doc.lines):  # no paragraph at all: nothing to anchor on, keep it
        return doc
    return doc.take(picks) if picks else doc


def remove_footer(doc: Document) -> Document:
    """Short unpunctuated lines after the last paragraph: section links and menus."""
    picks = {}
    for i in range(len(doc.lines) - 1, -1, -1):
        text = doc.lines[i].text
        if is_prose(text) or len(words(text)) > FOOTER_MAX_WORDS:
            break
        picks[i] = "chrome.footer"
    if len(picks) == len(doc.lines):
        return doc
    return doc.take(picks) if picks else doc
