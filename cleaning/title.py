"""The headline: the headline-like line at the top of the page, and its repeats taken out.

The top of the page is the run of lines before the first paragraph. Furniture there (a breadcrumb,
a date stamp, a menu line, a byline) is skipped; it is taken out later by its own rule. Among the
remaining headline-like lines the title is, in this order of preference: one that the page repeats
further down ("title | Site", "title."), the first of three words or more, or a two-word first
line. The site's masthead is never the title: one of the site's repeated lines (`boilerplate`) that
opens the page or begins with the site's name. (A headline may
itself recur across a site with only its numbers changed: "أسعار الذهب اليوم ...".) A trailing " - Site" or
" | Site" naming the site (its header, its masthead or another line of the page) is cut from the
title; the whole line stays recorded under the rule `title`. No title beats a wrong one: a page
with no paragraph after the candidate has none.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from .attribution import dateline_agencies
from .chrome import (is_bullet_led, is_counter, is_credit_caption, is_date_stamp, is_dated_kicker, is_menu,
                     lexicon_category)
from .comment_lines import CLOSERS, is_byline
from .metadata import cached_furniture
from .repetition import fingerprint
from .context import needs
from .schema import Document
from .text import ends_sentence, fold_arabic, is_headline_like, is_prose, match_key, words
from .settings import SETTINGS

META_ROW_CATEGORIES = frozenset({"share", "stamp", "byline"})
_PUNCT = re.compile(r"[^\w\s]")
_SITE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[-–—|｜]\s+(?P<site>[^-–—|｜]+?)\s*$")


def looks_like_headline(text: str) -> bool:
    """Short, and not ending as a sentence, clause or teaser does ('?' and '!' are allowed)."""
    return is_headline_like(text)


@lru_cache(maxsize=1 << 16)  # pure in its text; a page's lines are keyed against each candidate
def _repeat_key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", match_key(text)).split())


def _near(a: str, b: str) -> bool:
    """difflib's ratio of the two keys reaches SETTINGS.title.near_repeat_ratio. Its upper bounds
    are tried first, as difflib computes them (`real_quick_ratio`: the lengths; `quick_ratio`: the
    letters the keys share, counted with multiplicity, here from each key's cached counts): most
    pairs of lines fail there, and the answer is the same as ratio()'s alone."""
    threshold, length = SETTINGS.title.near_repeat_ratio, len(a) + len(b)
    if not length or 2.0 * min(len(a), len(b)) / length < threshold:
        return not length  # two empty keys: ratio 1.0
    if 2.0 * _shared_letters(a, b) / length < threshold:
        return False
    return SequenceMatcher(None, a, b).ratio() >= threshold


@lru_cache(maxsize=1 << 14)
def _letters(key: str) -> Counter:
    return Counter(key)


def _shared_letters(a: str, b: str) -> int:
    """The letters two keys share, counted with multiplicity: `(Counter(a) & Counter(b)).total()`
    without building the intersection (asked ~10 times a page)."""
    few, many = sorted((_letters(a), _letters(b)), key=len)
    get = many.get
    return sum(min(n, get(letter, 0)) for letter, n in few.items())


def is_repeat(title_key: str, text: str) -> bool:
    """An exact or near repeat of the title: same words up to diacritics, hamza forms and
    punctuation, a few letters changed, or the title framed by a site name or label."""
    other = _repeat_key(text)
    if not other:
        return False
    if other == title_key:
        return True
    if title_key in other and 0 < len(other.split()) - len(title_key.split()) <= SETTINGS.title.repeat_extra_words \
            and not is_prose(text):
        return True
    if abs(len(other) - len(title_key)) > max(10, len(title_key) // 5):
        return False
    return _near(title_key, other)


def repeats_title(title: str | None, text: str) -> bool:
    """`text` repeats the headline `title` (exactly, nearly, or framed by a site name or label)."""
    key = _repeat_key(title) if title else ""
    return bool(key) and is_repeat(key, text)


def _close_repeat(a: str, b: str) -> bool:
    """Two match keys that are the same headline: equal, a few letters apart, or one of them the
    other with a short site name before or after it ("title | Site", "title - Site")."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if (long_.startswith(short + " ") or long_.endswith(" " + short)) and len(short.split()) >= 3:
        return len(long_.split()) - len(short.split()) <= SETTINGS.title.site_suffix_max_words
    if abs(len(a) - len(b)) > max(10, len(a) // 5):
        return False
    return _near(a, b)


def _is_paragraph(text: str) -> bool:
    """A body paragraph that ends the top of the page (a question headline does not)."""
    return is_prose(text) and not looks_like_headline(text)


def _opening_question(lines, i: int) -> bool:
    """A question or exclamation right above a paragraph, that the page does not repeat, opens the
    body ("هل ما زال الناس يقرؤون؟" then its answer); a question headline has a byline, a stamp
    or a repeat of itself between it and the text."""
    text = lines[i].text.rstrip("\"'”’»)] ")
    if not text.endswith(("?", "؟", "!")) or i + 1 >= len(lines) or not _is_paragraph(lines[i + 1].text):
        return False
    key = _repeat_key(lines[i].text)
    return not any(_close_repeat(key, _repeat_key(line.text)) for line in lines[i + 1:])


def _choose(doc: Document, boilerplate: frozenset[int]) -> int | None:
    lines = doc.lines
    candidates: list[int] = []
    first_paragraph = None
    for i, line in enumerate(lines[:SETTINGS.title.head_scan]):
        if _is_paragraph(line.text):
            first_paragraph = i
            break
        # a question right above its paragraph opens the body only under a headline already seen
        if looks_like_headline(line.text) and not _not_headline(line.text, boilerplate) and not (
                candidates and _opening_question(lines, i)):
            candidates.append(i)
    if first_paragraph is None:
        first_paragraph = next((i for i in range(SETTINGS.title.head_scan, len(lines)) if _is_paragraph(lines[i].text)), None)
    if first_paragraph is None:
        return None
    if not candidates:
        one_word = _one_word_headline(lines, first_paragraph, boilerplate)
        return one_word if one_word is not None else _set_apart(lines, first_paragraph, boilerplate, opens=_opens_text)
    def repeated(i: int) -> bool:
        return bool(boilerplate) and fingerprint(lines[i].text) in boilerplate

    def has_repeat(i: int) -> bool:
        key = _repeat_key(lines[i].text)
        return len(key.split()) >= 3 and any(_close_repeat(key, _repeat_key(lines[j].text)) for j in range(i + 1, len(lines)))

    long = [i for i in candidates if len(words(lines[i].text)) >= 3]
    site = _repeat_key(doc.site) if doc.site else None

    def is_masthead(i: int) -> bool:
        """A site's repeated line that opens the page or begins with the site's name."""
        if not repeated(i):
            return False
        key = _repeat_key(lines[i].text)
        return lines[i].number == 1 or bool(site) and (key == site or key.startswith(site + " "))

    masthead = {i for i in candidates if is_masthead(i)}
    # the line set apart over the meta row is the headline: when the site's own controls stand
    # under it (a longer line under the row is the article's head), or when it is no headline-like
    # line and reads as one by its length (a deck's, or longer than the headline-like line under
    # the row: a site's name over a stamp or a byline is shorter than the headline under them)
    over = _set_apart(lines, candidates[0], boilerplate, opens=looks_like_headline)
    if over is not None and not is_masthead(over) and (_controls_under(lines, over, boilerplate) or (
            over not in candidates and _longer_than_under(lines, over, candidates))):
        return over
    for i in candidates:
        if i not in masthead and has_repeat(i):
            return i
    for i in long:
        if i not in masthead:
            return i
    first = candidates[0]
    if first == next(i for i, line in enumerate(lines) if not _not_headline(line.text, boilerplate)) and first not in masthead:
        return first
    return None


_TRAIL = re.compile(r"\s[»›‹«>←→]\s|\s*[|｜]\s*")       # breadcrumb marks: two items make a trail
_LIST = re.compile(r"\s[/\-–—]\s")                        # list marks: a short headline may hold one


def _is_trail(text: str) -> bool:
    """A breadcrumb or a short menu ('البداية » صحة', 'محليات / فنون / صحة'): items of a few words
    between separators, two for a breadcrumb mark, three for a dash or slash ('غزة - القصف مستمر'
    is a headline). A headline's parts are longer ('Title | Site' keeps its title)."""
    if is_menu(text):
        return True
    for pattern, least in ((_TRAIL, 2), (_LIST, 3)):
        items = [item for item in pattern.split(text) if item.strip()]
        if len(items) >= least and all(len(words(item)) <= SETTINGS.title.trail_item_max_words for item in items):
            return True
    return False


def _not_headline(text: str, boilerplate: frozenset[int]) -> bool:
    """Furniture, a breadcrumb or menu, a list item ('* ...'), a byline, a wire dateline or a
    paragraph that opens with one ('القاهرة (قنا) - ...'), or a line the site prints on every page."""
    return _furniture_like(CLOSERS.get(), text) or bool(boilerplate) and _site_constant(text, boilerplate)


@lru_cache(maxsize=1 << 16)  # pure in its text (and the closing lines `is_byline` may read): asked of each head line per candidate
def _furniture_like(closers: frozenset[str], text: str) -> bool:
    return bool(cached_furniture(text) or is_bullet_led(text) or _is_trail(text) or is_byline(text)
                or dateline_agencies(text)[0])


def _site_constant(text: str, boilerplate: frozenset[int]) -> bool:
    """A line the site prints, word for word, on its other pages (slogan, masthead, control):
    never a headline. A headline that recurs with its figures changed ('أسعار الذهب اليوم 5
    مايو') has digits, and stays a candidate."""
    return fingerprint(text) in boilerplate and (not re.search(r"\d", text) or bool(_CLOCK.search(text)))


_CLOCK = re.compile(r"\d{1,2}:\d{2}")  # a player's clock or a time of day: never in a recurring headline
_ONE_WORD = re.compile(r"^[^\W\d_]{2,}[!?؟]?$")


def _one_word_headline(lines, first_paragraph: int, boilerplate: frozenset[int]) -> int | None:
    """A one-word headline ('مذكرة', 'عاجل!'): the page's first line when the body starts right
    under it (nothing but furniture between), it is a word and nothing else, no page control or
    label a lexicon knows, and not a line the site prints on its other pages."""
    first = next((i for i, line in enumerate(lines) if not _not_headline(line.text, boilerplate)), None)
    if first is None or first >= first_paragraph:
        return None
    text = lines[first].text.strip()
    if not _ONE_WORD.match(fold_arabic(text)) or (boilerplate and fingerprint(text) in boilerplate):
        return None
    if any(not _not_headline(lines[j].text, boilerplate) for j in range(first + 1, first_paragraph)):
        return None
    return first


def _controls_under(lines, i: int, boilerplate: frozenset[int]) -> bool:
    """The page's own controls (lines the site prints on every page, no date, no menu: print,
    text size, share) right under line `i`, itself a line the site does not repeat, before the next
    line of text. A headline however short ('موسم التمور') stands right over them; a stamp alone
    under a line is no such row (a breadcrumb or a section's name stands over the stamp, the
    headline under it), and the masthead stands over the site's menu."""
    if not boilerplate or fingerprint(lines[i].text) in boilerplate:
        return False
    j = i + 1
    while j < len(lines) and _not_headline(lines[j].text, boilerplate):
        text = lines[j].text
        if _site_constant(text, boilerplate) and not is_date_stamp(text) and not _is_trail(text):
            return True
        j += 1
    return False


def _longer_than_under(lines, over: int, candidates: list[int]) -> bool:
    """The set-apart line is a deck's length, or longer than the headline-like line under its row."""
    size = len(words(lines[over].text))
    under = next((i for i in candidates if i > over), None)
    return size >= SETTINGS.chrome.deck_min_words or under is not None and size > len(words(lines[under].text))


def _opens_text(text: str) -> bool:
    """The first line of an article's text: a paragraph, its own headline-like head line, or a
    word alone (the dateline's place or the writer's name over the text: never a row's control,
    which is furniture, nor a headline)."""
    return _is_paragraph(text) or looks_like_headline(text) or len(words(text)) == 1


def _set_apart(lines, latest: int, boilerplate: frozenset[int], opens=None) -> int | None:
    """A headline no other rule sees (a whole sentence, as some papers title their pages, or one
    carrying its photo's credit, "... (ارشيف)"): the page's first line when the page's meta row
    (controls, a stamp, a byline: furniture) stands between it and the next paragraph. The body's
    own paragraphs follow each other without such a row.

    `latest`: the last line the headline may stand at (the first paragraph, or the first
    headline-like line). `opens` (asked with `looks_like_headline`): the line under the row may be
    a headline-like line instead of a paragraph. A kicker or deck ending with a colon or a full stop that the page sets
    above its meta row ('مدير مكتب الزراعة في الواحات الجنوبية يتحدث للصحيفة عن موسم التمور :' over
    the player and the text size) is the page's headline, and the headline-like line under the row
    is the article's first line of text. Why it
    generalizes: a page prints its title and then its row of controls, stamp and byline; what comes
    under that row is the article, whatever its first line looks like."""
    first = next((i for i, line in enumerate(lines)
                  if not _not_headline(line.text, boilerplate) or is_credit_caption(line.text)), None)
    if first is None or first > latest or len(words(lines[first].text)) > SETTINGS.title.set_apart_max_words:
        return None
    if any(is_byline(lines[j].text) or is_counter(lines[j].text) for j in range(first)):
        return None  # the byline and reading time stand under the headline: what follows them is the body
    after = first + 1
    while after < len(lines) and _not_headline(lines[after].text, boilerplate):
        after += 1
    row = [lines[j].text for j in range(first + 1, after)]
    # the row under a headline holds the page's controls, stamp or byline; an advertisement or a
    # related link between two paragraphs is no such row
    meta_row = any((boilerplate and _site_constant(t, boilerplate)) or is_byline(t) or is_date_stamp(t)
                   or lexicon_category(t) in META_ROW_CATEGORIES for t in row)
    opened = (opens or _is_paragraph)(lines[after].text) if after < len(lines) else False
    return first if meta_row and 0 < len(row) <= SETTINGS.title.meta_row_max_lines and opened else None


def _site_names(doc: Document, index: int, boilerplate: frozenset[int]) -> set[str]:
    """Lines that may name the site: its header, the lines above the headline (masthead), and the
    site's repeated lines."""
    names = {doc.site} if doc.site else set()
    names |= {line.text for line in doc.lines[:index]}
    names |= {line.text for line in doc.lines[index + 1:] if boilerplate and fingerprint(line.text) in boilerplate}
    return {_repeat_key(n) for n in names if n}


def strip_site_suffix(title: str, site_names: set[str]) -> str:
    """'Title - Le Matin Arabe' -> 'Title' when the suffix names the site (it begins or ends a
    line that names it: a header 'Site | section', a masthead 'Site – slogan')."""
    match = _SITE_SUFFIX.match(title)
    if not match or len(words(match.group("site"))) > SETTINGS.title.site_suffix_max_words or len(words(match.group("title"))) < 2:
        return title
    site = _repeat_key(match.group("site"))
    if not site:
        return title
    for name in site_names:
        if name == site or name.startswith(site + " ") or name.endswith(" " + site):
            if name != _repeat_key(title):
                return match.group("title").strip()
    return title


def _under_kicker(lines, start: int, i: int, boilerplate: frozenset[int]) -> bool:
    """A repeat of the headline printed right under a kicker ('نفى بيعها لمستثمرين..' over the
    headline) belongs to the article's own head: the text's first lines are the kicker and the
    headline it introduces, as the paper set them, and the body goes on under them. Why it
    generalizes: a page's duplicated heading (the HTML title over the article's h1, a 'title |
    site' line) stands under the page's furniture, never under a line of the article's text; the
    kicker is a short line of the article's head (no furniture, no byline, no paragraph), right
    above the repeat, that ends leading on to it ('..', ':', a full stop: the editor's mark; a page
    control or a label has none), and no paragraph stands between the headline and it."""
    above = i - 1
    if above <= start or not ends_sentence(lines[above].text) \
            or _not_headline(lines[above].text, boilerplate) and not is_dated_kicker(lines[above].text) \
            and not _wire_opening(lines[above].text) \
            or len(words(lines[above].text)) >= SETTINGS.text.prose_min_words:
        return False
    if any(len(words(lines[j].text)) >= SETTINGS.text.prose_min_words for j in range(start + 1, i)):
        return False
    # a teaser (a later paragraph's opening words, cut off) is the page's link to the text, no kicker
    stem = _repeat_key(lines[above].text)
    return not any(_repeat_key(line.text).startswith(stem) for line in lines[i + 1:])


def _wire_opening(text: str) -> bool:
    """'الكويت (قنا) - منتصف أبريل الجاري..': a wire's dateline opening a line that goes on is the
    copy's first line of text (here its kicker), not furniture; a dateline alone on its line is the
    credit's own line."""
    names, whole = dateline_agencies(text)
    return bool(names) and not whole


@needs("boilerplate")
def extract_title(doc: Document, boilerplate: frozenset[int] = frozenset()) -> Document:
    """Take the headline at the top of the page as `title`; drop its repeats.
    Furniture: lines chrome by their look, and the site's repeated lines (`boilerplate`)."""
    start = _choose(doc, boilerplate)
    if start is None:
        return doc
    line = doc.lines[start].text
    title = strip_site_suffix(line, _site_names(doc, start, boilerplate))
    key = _repeat_key(title)
    if not key:
        return doc
    picks = {start: "title"}
    for i, other in enumerate(doc.lines[start + 1:], start=start + 1):
        if is_repeat(key, other.text) and not dateline_agencies(other.text)[0] \
                and not _under_kicker(doc.lines, start, i, boilerplate):  # a wire's first paragraph stays
            picks[i] = "title.repeat"
    return doc.take(picks, breaks=True, title=title, title_line=doc.lines[start].number)
