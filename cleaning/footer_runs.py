"""The article's own closing runs under its lowest line of text, judged by their shape as a run:
a poem's vocalized or stretched verses and the poet's role under them, a list whose items share
one separator ('team ..... team', 'team - team') with the headings that announce its parts, a
bracketed note to the reader ('(يتبع)'). `edges.remove_footer` stops at these; each rule says
why it generalizes. None of them reads a word list: they read marks, separators and position.
"""

from __future__ import annotations

import re

from .chrome import lexicon_category
from .closing import PLAIN_LINE, is_tag_line
from .lists import COLON_END
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .text import ends_sentence, words

_HARAKAT = re.compile(r"[\u064b-\u0652]")                       # fatha .. sukun: a vocalized line
_STRETCHED = re.compile(r"[^\W\d_]\u0640+[^\W\d_]")               # tatweel between two letters


def _marked(text: str) -> bool:
    """A line set by hand as verse is set: vocalized (`verse_marks_min` harakat or more) or
    stretched with tatweel between letters."""
    return len(_HARAKAT.findall(text)) >= SETTINGS.chrome.verse_marks_min or bool(_STRETCHED.search(text))


def _furniture(doc: Document, i: int, bars: set[int]) -> bool:
    text = doc.lines[i].text
    return i in bars or bool(lexicon_category(text)) or is_tag_line(text)


def marked_verses(doc: Document, end: int, taken: list[int], bars: set[int]) -> set[int]:
    """A run of short lines right under the article's lowest line of text, nothing taken between
    them, none a digit's, a Latin word's, a label's or a menu's line, of which
    `verse_marked_min_lines` or more (and half or more of the run) are vocalized or stretched with
    tatweel: a poem or a prayer the article closes with, its heading over it and the poet's role
    ('* خطيب ...') under it. Why it generalizes: a page's furniture (links to other stories, menus,
    tags, share bars, copyright lines, a list of the most read) is set in plain letters, with the
    digits and names of its headlines; harakat and tatweel on line after line are a writer's
    setting of verse, which no widget has. The run stops at the first taken line or furniture, and
    what follows its last verse is kept only as the poet's role after an asterisk."""
    lines = doc.lines
    run: list[int] = []
    j = end + 1
    while j < len(lines) and nothing_taken_between(taken, lines[j - 1], lines[j]) and not _furniture(doc, j, bars):
        text = lines[j].text.strip()
        if not PLAIN_LINE.fullmatch(text) or len(words(text)) > SETTINGS.chrome.verse_max_words:
            break
        run.append(j)
        j += 1
    marked = [i for i in run if _marked(lines[i].text)]
    if len(marked) < SETTINGS.chrome.verse_marked_min_lines:
        return set()
    # from the first verse to the last (a heading over them stays as what stands above the
    # article's own lines), and under the last the poet's role, the footnote to the verses
    span = list(range(marked[0], marked[-1] + 1))
    if 2 * len(marked) < len(span):
        return set()
    role = marked[-1] + 1
    return set(span) | ({role} if role in run and _ROLE.match(lines[role].text) else set())


_ROLE = re.compile(r"^\s*\*\s*[^\W\d_]")  # '* خطيب مسجد ...', '*شاعر من ...'


# 'الرجاء البيضاوي ....... حسنية أكادير', 'أولمبيك خريبكة - المغرب الفاسي س 17': two sides and one
# separator between them (a leader of dots or an ellipsis, or a dash set apart by spaces)
_SEPARATED = re.compile(r"^(?P<a>[^\d:：|/»«.…]+?)\s*(?:\.{3,}|…+|\s[-–—]\s)\s*(?P<b>[^:：|/»«.…-]+?)$")


def _sides(text: str) -> tuple[str, str] | None:
    match = _SEPARATED.match(text.strip())
    if not match:
        return None
    a, b = match.group("a").strip(), match.group("b").strip()
    limit = SETTINGS.chrome.separated_side_max_words
    # (a side that is a widget's or a section's name makes a row of the page's links: 'من نحن - اتصل بنا')
    ok = all(1 <= len(words(side)) <= limit and not lexicon_category(side) for side in (a, b))
    return (a, b) if ok else None


def _heading(text: str) -> bool:
    """'يومه السبت:', '- مباريات الذهاب:': a short line ending with a colon that no widget's label is."""
    return bool(COLON_END.search(text)) and len(words(text)) <= SETTINGS.chrome.separated_side_max_words \
        and not lexicon_category(text) and not is_tag_line(text)


def _title(text: str) -> bool:
    return len(words(text)) <= SETTINGS.chrome.separated_side_max_words and not ends_sentence(text) \
        and not lexicon_category(text) and not is_tag_line(text)


def separated_list(doc: Document, end: int, taken: list[int], bars: set[int]) -> set[int]:
    """Right under the article's lowest line of text, nothing taken between, a run of items of two
    sides around one separator, with short headings ending with a colon among them and a short
    title over them: a fixture list, a table of results, its days as headings. Kept when
    `separated_min_items` items or more stand there, their sides differing from item to item.
    Why it generalizes: a writer's table set in text repeats one separator between two different
    names on each line, under headings that announce its parts; a page's link list has no
    separator in its headlines, a menu or a breadcrumb puts several on one line, and a list of
    headlines each tagged with the same label ('... - فيديو') repeats one side, which no fixture
    does. (Items the comment step took are not read: it records them masked.)"""
    lines = doc.lines
    own: list[int] = []
    items: list[tuple[str, str]] = []
    j = end + 1
    while j < len(lines) and j not in bars and nothing_taken_between(taken, lines[j - 1], lines[j]):
        text = lines[j].text
        sides = _sides(text)
        # (its title may stand first, a short line of its own: 'البرنامج', 'النتائج')
        if sides is None and not _heading(text) and not (not own and _title(text)):
            break
        if sides is not None:
            items.append(sides)
        own.append(j)
        j += 1
    if len(items) < SETTINGS.chrome.separated_min_items or len({a for a, _ in items}) < len(items) \
            or len({b for _, b in items}) < len(items):
        return set()
    return set(own)


_NOTE = re.compile(r"^[(\[]\s*[^\W\d_]+(?:\s[^\W\d_]+)*\s*[)\]]$")


def bracketed_note(doc: Document, end: int, taken: list[int]) -> set[int]:
    """'(يتبع)' right under the article's lowest line of text, nothing taken between: the editor's
    note closing the copy (to be continued, ended). Why it generalizes: a page's widgets are
    labels and counts ('(3) تعليقات', 'تعليقات (3)'), never a word or two of letters wholly in
    brackets standing alone against the text, and what a widget prints in brackets it prints for
    each of its items, so more than once on the page; a sign-off in brackets ('(رويترز)') is the
    attribution step's, taken before."""
    i = end + 1
    if i >= len(doc.lines) or not nothing_taken_between(taken, doc.lines[end], doc.lines[i]):
        return set()
    text = doc.lines[i].text.strip()
    ok = _NOTE.match(text) and len(words(text)) <= SETTINGS.chrome.note_max_words and not lexicon_category(text)
    # (once on the page: a placeholder a widget prints for each of its items, '(بلا عنوان)', recurs)
    once = sum(line.text.strip() == text for line in doc.lines) + sum(r.text.strip() == text for r in doc.removed) == 1
    return {i} if ok and once else set()
