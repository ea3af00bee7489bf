"""Site chrome: the page furniture around an article (headers, captions, teasers, menus, footers).

Evidence of three kinds, each its own step and rule name:
- the lexicon in `data/chrome_phrases.tsv` ("الأكثر قراءة", "اقرأ أيضاً:", "الوسوم:" ...), with the
  list of links that follows a list heading ("أخبار ذات صلة" and its headlines);
- the page's layout: a "Site | section" header, a teaser that repeats a later paragraph, emoji- or
  bullet-led menu items, separator-heavy menus ("أخبار | رياضة | اقتصاد"), date-only stamps, photo
  captions ("صورة أرشيفية", "... (رويترز)"); short unpunctuated lines before the first paragraph
  or after the last are `edges.py`'s;
- repetition across the pages of a site (`cleaning/repetition.py`, rule `chrome.repeated`).
A line that reads as a sentence is never taken by a layout rule: precision over recall.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .lexicon import (agencies, caption_affixes, chrome_phrases, contained_category, counter_words, date_words,
                      has_social_name, prefix_category, prefix_key, time_units)
from .head import remove_site_header, site_from_header  # noqa: F401 (older imports: tests/test_cleaners.py)
from .lists import COLON_END, announced_list, is_dotted
from .schema import Document, nothing_taken_between
from .text import (ends_sentence, ends_with_ellipsis, is_headline_like, is_prose, is_sentence, is_symbol_led,
                   match_key, words)
from .settings import SETTINGS
from .wrapping import filled_lines

LIST_CATEGORIES = frozenset({"most_read", "related", "latest"})
HEADING_CATEGORIES = frozenset({"most_read", "related"})  # "<heading>.. <headline>" is a link
CONTAINS_MAX_WORDS = SETTINGS.text.prose_min_words - 1
_BREADCRUMB_MARKS = re.compile(r"\s[»›‹>←→]\s")
# Bullets and arrows that lead menu items and link lists (emoji and pictographs are caught by
# category; '«' and '"' are not here: a line may open with a quotation).
_BULLETS = set("•●▪■□◆◇►◄▶◀▸◂★☆✓✔→←⇐⇒»›‹⟵⟶⬅➡✦✧")
_MENU_SEPARATORS = re.compile(r"\s[|｜•·»›/\\\-–—]\s|\s*[|｜•·]\s*")
# Breadcrumb separators (spaced): "الرئيسية ‹ رياضة ‹ الأردن", "Home › World", "الرئيسية ← اقتصاد".
_TRAIL_SEPARATORS = re.compile(r"\s(?:[‹«←→⟵⟶<>◄►⇐⇒⟩⟨❯❮]|>>|<<)\s")
_CREDIT_TAIL = re.compile(r"^(?P<head>.+?)\s*(?:[(\[](?P<paren>[^()\[\]]{2,40})[)\]]|\s[-–—/|]\s*(?P<dash>[^-–—/|]{2,40}))\s*$")
_NUMBERS = re.compile(r"\d+")
# A list heading, then a link on the same line: "قد يهمك أيضاً.. <headline>", "Read more - <headline>".
_HEADING_SEPARATOR = re.compile(r"\s*(?:\.\.+|…|[:：]|\s[-–—»|]|[-–—»|]\s)\s*")
_NUMERIC_DATE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}|\d{1,2}:\d{2}")


def remove_teasers(doc: Document) -> Document:
    """A line cut off with '...' whose words begin a later paragraph is that paragraph's teaser."""
    keys = [match_key(line.text) for line in doc.lines]
    picks = {}
    for i, line in enumerate(doc.lines):
        if not ends_with_ellipsis(line.text):
            continue
        stem = match_key(re.sub(r"(\.\.\.|…)\s*$", "", line.text))
        if len(stem.split()) < SETTINGS.chrome.teaser_min_words:
            continue
        if any(j != i and keys[j].startswith(stem) and len(keys[j]) > len(stem) for j in range(len(keys))):
            picks[i] = "chrome.teaser"
    return doc.take(picks) if picks else doc


@lru_cache(maxsize=1 << 16)  # pure in its text (the lexicons load once); several steps ask it of each line
def lexicon_category(text: str) -> str | None:
    """The chrome category of a line that is, or begins with, a known chrome phrase; that begins
    with a list heading and a separator ("قد يهمك أيضاً.. <headline>"); that holds a copyright
    mark ("©", "All rights reserved"), or that is only social network names. One pass per line:
    the lexicon's matchers are built once per process (`lexicon.contained_category`,
    `prefix_category`, `has_social_name`)."""
    whole, _ = chrome_phrases()
    key = match_key(text)
    category = whole.get(key)
    n = len(words(text))
    if category is None and n <= CONTAINS_MAX_WORDS:
        category = contained_category(prefix_key(text))
    if category is None and n <= SETTINGS.chrome.prefix_max_words:
        head = _HEADING_SEPARATOR.split(text, maxsplit=1)
        if len(head) == 2 and head[1].strip() and whole.get(match_key(head[0])) in HEADING_CATEGORIES:
            return whole[match_key(head[0])]
        if has_social_name(key) and _only_social(key):
            return "social"
        return prefix_category(prefix_key(text), text)
    return category


@lru_cache(maxsize=None)
def _social_names() -> tuple[re.Pattern, ...]:
    whole, _ = chrome_phrases()
    names = sorted((k for k, cat in whole.items() if cat == "social"), key=len, reverse=True)
    return tuple(re.compile(rf"(?<!\S){re.escape(name)}(?!\S)") for name in names)


def _only_social(key: str) -> bool:
    """'فيسبوك تويتر واتساب تلغرام': two or more social network names and nothing else."""
    if len(key.split()) < 2:
        return False
    found = 0
    for pattern in _social_names():
        key, n = pattern.subn(" ", key)
        found += n
    return found >= 2 and not re.sub(r"[\W_]+", "", key)


def is_counter(text: str) -> bool:
    """A view counter or reading time: a number and only counter words ('4926 قراءة',
    '٥٨٥١ مشاهدة', '3 min read', 'Lecture : 5 min', 'کد خبر: ۱۱۶۱۳۶')."""
    if not _NUMBERS.search(text) or len(words(text)) > 6:
        return False
    tokens = [t for t in re.split(r"[\s,،:：/.\-–—|()]+", _NUMBERS.sub(" ", text)) if t]
    known = counter_words()
    if bool(tokens) and all(match_key(t) in known for t in tokens):
        return True
    # a reading time: one number and a unit of time in a short line ('مدة القراءة ٧ دقائق')
    units = {match_key(u) for u in time_units()}
    return (len(words(text)) <= SETTINGS.chrome.reading_time_max_words and len(_NUMBERS.findall(text)) == 1
            and bool(tokens) and match_key(tokens[-1]) in units and not ends_with_full_stop_or_question(text))


def remove_counters(doc: Document) -> Document:
    picks = {i: "chrome.counter" for i, line in enumerate(doc.lines) if is_counter(line.text)}
    return doc.take(picks) if picks else doc


def remove_lexicon_chrome(doc: Document) -> Document:
    """Lines that are, or begin with, a known chrome phrase; the rule names its category.

    A list heading ("الأكثر قراءة", "أخبار ذات صلة", "آخر الأخبار") also takes the headlines listed
    under it: the headline-like lines (questions included) that follow it up to the next sentence
    or paragraph, even when an earlier rule already took the heading (a site's repeated heading).
    """
    picks = {}
    lines = doc.lines
    whole = chrome_phrases()[0]
    headings = _removed_headings(doc)
    i = 0
    while i < len(lines):
        category = lexicon_category(lines[i].text)
        first_item = None
        if category is not None:
            picks[i] = f"chrome.{category}"
            if category in LIST_CATEGORIES and match_key(lines[i].text) in whole:
                first_item = i + 1
        elif lines[i].number in headings:
            category, first_item = headings[lines[i].number], i
        if first_item is not None:
            j = first_item
            while (j < len(lines) and j - first_item < SETTINGS.chrome.list_max_items and _list_item(lines[j].text)
                   and (j == first_item or not _section_between(doc, lines[j - 1].number, lines[j].number))):
                picks[j] = f"chrome.{category}"
                j += 1
            i = max(j, i + 1)
            continue
        i += 1
    return doc.take(picks) if picks else doc


def _removed_headings(doc: Document) -> dict[int, str]:
    """Line number of the first kept line after a list heading that an earlier rule took
    -> the heading's category."""
    whole = chrome_phrases()[0]
    kept = sorted(line.number for line in doc.lines)
    out = {}
    for r in doc.removed:
        category = whole.get(match_key(r.text))
        if category not in LIST_CATEGORIES:
            continue
        k = bisect.bisect_right(kept, r.line)
        if k < len(kept) and not _section_between(doc, r.line, kept[k]):
            out.setdefault(kept[k], category)
    return out


def _section_between(doc: Document, start: int, end: int) -> bool:
    """A headline, a comment section or an attribution line was taken between two lines: a list
    ends there."""
    return any(start < n < end for n in doc.breaks)


def _list_item(text: str) -> bool:
    return (len(words(text)) <= SETTINGS.chrome.list_item_max_words and is_headline_like(text)
            and len(words(text)) < SETTINGS.text.prose_min_words and lexicon_category(text) is None)


def is_bullet_led(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0] in _BULLETS or is_symbol_led(stripped))


def remove_symbol_led(doc: Document) -> Document:
    """Short lines led by an emoji, pictograph or bullet ('💡 أهم المواضيع', '» الأخبار'): menu
    items and link lists, not prose; the article's own bulleted list stays (`_announced_lists`)."""
    picks = {
        i: "chrome.symbol_led"
        for i, line in enumerate(doc.lines)
        if is_bullet_led(line.text) and len(words(line.text)) <= SETTINGS.chrome.symbol_led_max_words
        and not is_prose(line.text) and not is_sentence(line.text)
    }
    for i in _announced_lists(doc, picks) | _closing_list(doc, picks):
        del picks[i]
    return doc.take(picks) if picks else doc


def _announced_lists(doc: Document, picks: dict[int, str]) -> set[int]:
    """Runs of bulleted lines ('• رش المبيدات') between two lines of the article's text: under a
    line of its own that announces them with a colon ('وتشمل الحملة:') or, dotted, under a
    paragraph; over a paragraph that goes on. Why it generalizes: a menu or a link list stands at
    the page's head or foot, under a heading the lexicon knows (taken before this step), or points
    its links with arrows ('» ...'); the article's points are dotted between its own sentences."""
    kept = set()
    for i, j in _inner_runs(doc, picks, lambda a, b: True):
        above, below = doc.lines[i - 1].text, doc.lines[j + 1].text
        dotted = all(is_dotted(doc.lines[k].text) for k in range(i, j + 1))
        if (j - i + 1 >= SETTINGS.chrome.announced_list_min_items and lexicon_category(above) is None
                and ((COLON_END.search(above) and len(words(above)) >= 2) or (is_prose(above) and dotted))
                and not is_bullet_led(above) and is_prose(below) and not is_bullet_led(below)):
            kept.update(range(i, j + 1))
    return kept


def _closing_list(doc: Document, picks: dict[int, str]) -> set[int]:
    """Dotted lines right under a sentence of the article's that announces them with a colon,
    itself right under the last paragraph: the article's closing list (`lists.announced_list`).
    Arrowed lines there are a page's links ('» ...'), and go."""
    last = max((i for i, line in enumerate(doc.lines) if is_prose(line.text)), default=len(doc.lines))
    return {i for i in announced_list(doc, last, lambda i: i in picks and is_dotted(doc.lines[i].text)) if i in picks}


def _inner_runs(doc: Document, picks: dict[int, str], same) -> list[tuple[int, int]]:
    """(first, last) of each run of picked lines next to each other on the page (nothing taken out
    between, `same(first, next)` for each), with a line of the page right above and right below."""
    taken = sorted(r.line for r in doc.removed)
    lines = doc.lines

    def adjacent(a: int, b: int) -> bool:
        return nothing_taken_between(taken, lines[a], lines[b])

    runs, i = [], 0
    while i < len(lines):
        if i not in picks:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and j + 1 in picks and same(i, j + 1) and adjacent(j, j + 1):
            j += 1
        if i and j + 1 < len(lines) and adjacent(i - 1, i) and adjacent(j, j + 1):
            runs.append((i, j))
        i = j + 1
    return runs


def is_menu(text: str) -> bool:
    """'الرئيسية | أخبار | رياضة | اقتصاد', 'الرئيسية ‹ رياضة ‹ الأردن', 'Home › World › Middle East':
    three or more short items between separators (a menu, or a breadcrumb joined by one repeated
    separator from | › ‹ » « ← → > < / -)."""
    if is_sentence(text):
        return False
    # a long menu has many words but no sentence: only its items' shortness counts
    for pattern in (_MENU_SEPARATORS, _TRAIL_SEPARATORS):
        items = [item for item in pattern.split(text) if item and item.strip()]
        if len(items) >= SETTINGS.chrome.menu_min_items and all(len(words(item)) <= SETTINGS.chrome.menu_item_max_words for item in items):
            return True
    # a breadcrumb: two items or more joined by a breadcrumb mark ('البداية » صحة')
    items = [item for item in _BREADCRUMB_MARKS.split(text) if item.strip()]
    return len(items) >= 2 and all(len(words(item)) <= SETTINGS.chrome.breadcrumb_item_max_words for item in items)


def remove_menus(doc: Document) -> Document:
    picks = {i: "chrome.menu" for i, line in enumerate(doc.lines) if is_menu(line.text)}
    for i in _tables(doc, picks):
        del picks[i]
    return doc.take(picks) if picks else doc


_CELL_BAR = re.compile(r"[|｜]")


def _tables(doc: Document, picks: dict[int, str]) -> set[int]:
    """Runs of two or more barred rows with the same number of cells ('المنطقة | عدد النخيل |
    المصاب' over 'الجنوب | 20000 | 500') right between two paragraphs: the article's table. Why it
    generalizes: a menu is one line at the page's head or foot, and two menus one over the other
    list different sections; a table's rows share its columns and stand inside the text, which
    goes on under them."""
    def cells(i: int) -> int:
        return len(_CELL_BAR.findall(doc.lines[i].text))
    bars = {i: rule for i, rule in picks.items() if cells(i)}
    return {k for i, j in _inner_runs(doc, bars, lambda a, b: cells(a) == cells(b))
            if j > i and is_prose(doc.lines[i - 1].text) and is_prose(doc.lines[j + 1].text) for k in range(i, j + 1)}


def is_date_stamp(text: str, labelled: bool = True) -> bool:
    """A line made only of date and time words and numbers ('الأحد 16 يوليو 2017 - 10:45 ص'), or
    (`labelled`) a full date under a short label ('صدر في ...', 'Mis en ligne le ...')."""
    if not _NUMBERS.search(text):
        return False
    tokens = [t for t in re.split(r"[\s,،:/.\-–—|()]+", _NUMBERS.sub(" ", text)) if t]
    if not tokens and not _NUMERIC_DATE.search(text):  # "2" alone is a count, "12/03/2020" a date
        return False
    known = date_words()
    return all(match_key(t) in known for t in tokens) or (labelled and _labelled_date(text, known))


def _labelled_date(text: str, known: frozenset[str]) -> bool:
    """A full date under a short label in any language ('صدر في الأربعاء ٧ شباط ٢٠٢٢ - ٨:٣٠ ص',
    'محدَّث الخميس ٢ فبراير ٢٠٢٢', 'Mis en ligne le dimanche 3 mars 2023 à 16h36'): three date
    tokens or more (numbers, month and day names), a month or day name or a numeric date among
    them, and fewer label words than date tokens (short function words aside). A headline that
    mentions a date ('انتخابات 12 مايو 2024 تحسم المصير') has more words of its own."""
    if len(words(text)) > SETTINGS.chrome.dated_line_max_words or ends_with_full_stop_or_question(text):
        return False
    tokens = [t for t in re.split(r"[\s,،:/.\-–—|()]+", text) if t]
    dated = [t for t in tokens if _NUMBERS.search(t) or match_key(t) in known]
    named = any(match_key(t) in known and not _NUMBERS.search(t) for t in tokens) or bool(_NUMERIC_DATE.search(text))
    label = [t for t in tokens if t not in dated and len(t) > 3]
    return len(dated) >= 3 and named and len(label) < len(dated) and len(label) <= SETTINGS.chrome.dated_line_label_words


LEADS_ON = re.compile(r"(?:\.\.+|…)\s*$")  # (trailing dots: a kicker leading on, a teaser cut short)


def is_dated_kicker(text: str) -> bool:
    """'يوم 6 أبريل ..': a date that leads on, with the editor's trailing dots, to the headline or
    sentence under it (a kicker), not a stamp. Why it generalizes: a page prints its date stamp as
    a field, complete in itself; trailing dots mark a clause the next line goes on with."""
    return bool(LEADS_ON.search(text)) and is_date_stamp(text)


def remove_date_stamps(doc: Document) -> Document:
    # a dated kicker stands over the headline or the text it leads on to: above the first paragraph
    first = next((i for i, line in enumerate(doc.lines) if is_prose(line.text) and not is_dated_kicker(line.text)),
                 len(doc.lines))
    picks = {i: "chrome.stamp" for i, line in enumerate(doc.lines)
             if is_date_stamp(line.text) and not (i < first and is_dated_kicker(line.text))}
    if picks:
        # a line inside a hard-wrapped paragraph, filled to the page's width as the line above it
        # is (the paragraph runs into it and goes on under it), is the paragraph's words, whatever
        # date they give; a stamp is short, a paragraph's end or a block of its own
        filled = filled_lines(doc.lines)
        picks = {i: rule for i, rule in picks.items() if not (i in filled and i - 1 in filled
                                                               and not ends_sentence(doc.lines[i - 1].text))}
    return doc.take(picks) if picks else doc


@lru_cache(maxsize=None)
def _credit_names() -> frozenset[str]:
    _, suffixes = caption_affixes()
    return frozenset(agencies()) | suffixes


@lru_cache(maxsize=1 << 16)  # pure in its text; asked of every line by the caption rule and the title's furniture test
def is_credit_caption(text: str) -> bool:
    """A photo caption: begins with a caption word ('صورة أرشيفية', 'الصورة:') or ends with a
    photo credit ('... (رويترز)', '... - أرشيفية'); never a sentence."""
    if len(words(text)) > SETTINGS.chrome.caption_max_words or ends_with_full_stop_or_question(text):
        return False
    prefixes, _ = caption_affixes()
    key = prefix_key(text.lstrip("([ "))
    if any(key.startswith(p) for p in prefixes):
        return True
    match = _CREDIT_TAIL.match(text)
    if not match or len(words(match.group("head"))) < 2:
        return False
    credit = match.group("paren") or match.group("dash")
    credit = re.sub(r"^(?:تصوير|المصدر|صورة|الصورة)\s*[:：]?\s*", "", credit.strip())
    return match_key(credit) in _credit_names()


def ends_with_full_stop_or_question(text: str) -> bool:
    return bool(re.search(r"[.!?؟][\"'”’»\s]*$", text)) and not ends_with_ellipsis(text)


def remove_credit_captions(doc: Document) -> Document:
    picks = {i: "chrome.caption" for i, line in enumerate(doc.lines) if is_credit_caption(line.text)}
    if picks:  # (the article's closing sentence signed off by its wire is no caption)
        prose = [i for i, line in enumerate(doc.lines) if is_prose(line.text) or is_sentence(line.text)]
        for i in [i for i in picks if _closing_signoff(doc.lines[i].text, i, prose)]:
            del picks[i]
    return doc.take(picks) if picks else doc


def _closing_signoff(text: str, i: int, prose: list[int]) -> bool:
    """'... قبل موسم الحصاد. (رويترز)' as the last line of text under the article's paragraphs:
    the story's closing paragraph signed off by its wire, not a photo caption. Why it generalizes:
    a wire signs off the end of its copy, after the last sentence's full stop; a caption stands by
    a photo (at the head, between paragraphs), not under the last line of text with nothing but
    furniture below it."""
    return bool(prose) and prose[0] < i and prose[-1] <= i and is_signed_sentence(text)


def is_signed_sentence(text: str) -> bool:
    """A sentence complete with its full stop, then a credit ('وتنتج الواحات ثلث تمور البلاد.
    (رويترز)'): a paragraph signed off, which reads as text; a caption names who is pictured in a
    phrase with no full stop before its credit ('مزارعون في إحدى الواحات (رويترز)')."""
    match = _CREDIT_TAIL.match(text)
    return bool(match) and ends_with_full_stop_or_question(match.group("head")) and is_prose(match.group("head"))


def is_furniture(text: str) -> bool:
    """Chrome by its own look, wherever it stands (used to skip to the headline)."""
    return (lexicon_category(text) is not None or is_bullet_led(text) and not is_sentence(text)
            or is_menu(text) or is_date_stamp(text) or is_counter(text) or is_credit_caption(text))
