"""The article's own lists under its last paragraph: the marks a list's items carry, and the walk
down from the last paragraph that both the symbol-led step (`chrome.py`) and the footer
(`edges.py`) read them by."""

from __future__ import annotations

import re
from typing import Callable

from .lexicon import has_social_name, lead_in_ends, ordinals
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .text import match_key, words

# the dots an article sets its points with; a page points its links with arrows ('» ...')
DOT_MARKS = "•●▪■◆"
COLON_END = re.compile(r"[:：]\s*$")  # a line announcing what follows
ITEM_NUMBER = re.compile(r"^\s*\(?(?P<n>[0-9\u0660-\u0669]{1,2})\s*[-–.)/]\s*\S")  # '1- ', '٢. ', '(3) '
ORDINAL = re.compile(r"^\s*(?P<word>[^\W\d_][^\s\d:：\-–،,).ـ]*)\s*[:：\-–،,).ـ]\s*\S")          # 'أولا: ', 'ثانياً - ', 'ثالثا. '
DASH_MARK = re.compile(r"^\s*(?P<mark>[-–*])\s*\S")                                   # '- ', '* '
# a date stamp opens with a number too ('15 - 08 - 2012', '15/08/2012'): no list's item
_DATE = re.compile(r"^\s*[0-9\u0660-\u0669]{1,4}\s*[-–./]\s*[0-9\u0660-\u0669]{1,2}\s*[-–./]\s*[0-9\u0660-\u0669]{2,4}(?!\d)")


def is_dotted(text: str) -> bool:
    """A line led by a dot ('• رش المبيدات'); an empty line is not."""
    text = text.lstrip()
    return bool(text) and text[0] in DOT_MARKS


def item_number(text: str) -> int | None:
    """The number a counted item opens with ('1- ...', '٢. ...', 'ثانيا: ...'), or None (a date
    stamp has none)."""
    match = ITEM_NUMBER.match(text)
    if match and not _DATE.match(text):
        return int(match.group("n"))  # (int reads Arabic-Indic digits)
    return ordinal_number(text)


def ordinal_number(text: str) -> int | None:
    """The rank a point opens with in words ('أولا: ...', 'ثانياً - ...'), or None."""
    match = ORDINAL.match(text)
    return ordinals().get(match_key(match.group("word"))) if match else None


_MARK = re.compile(r"^\s*(?:[-–*" + DOT_MARKS + r"]|\(?[0-9\u0660-\u0669]{1,2}\s*[-–.)/])\s*")


def strip_mark(text: str) -> str:
    """The item without its list mark ('- ', '1) ', '• ')."""
    return text if _DATE.match(text) else _MARK.sub("", text, count=1)


def is_list_item(text: str) -> bool:
    """A line marked as a list's item: dotted, dashed, starred or numbered."""
    return is_dotted(text) or bool(DASH_MARK.match(text)) or item_number(text) is not None


def walk_down(doc: Document, last_paragraph: int, accept: Callable[[int, list[int]], bool]) -> list[int]:
    """The lines right under the last paragraph, nothing taken out between any two of them nor
    under the paragraph, for as long as `accept(line, run so far)` holds."""
    lines, taken = doc.lines, sorted(r.line for r in doc.removed)
    run: list[int] = []
    for i in range(last_paragraph + 1, len(lines)):
        if not nothing_taken_between(taken, lines[i - 1], lines[i]) or not accept(i, run):
            break
        run.append(i)
    return run


def announced_list(doc: Document, last_paragraph: int, is_item: Callable[[int], bool]) -> set[int]:
    """'وجاءت توصيات اللجنة على النحو التالي:' right under the last paragraph, then items
    (`is_item`), nothing taken between: the article's closing list with the sentence announcing
    it, or an empty set. Why it generalizes: a page's label over its link list is a short phrase
    the lexicon knows; a writer announces points in a sentence of five words or more, ending with
    a colon, and sets them out right under it. A shorter sentence of the writer's that hands over
    to what follows (`hands_over`) announces them too when they are counted (`counted_items`)."""
    lines = doc.lines
    head = walk_down(doc, last_paragraph, lambda i, run: not run and bool(COLON_END.search(lines[i].text)))
    if not head:
        return set()
    text = lines[head[0]].text
    if len(words(text)) >= SETTINGS.chrome.announce_min_words:
        run = walk_down(doc, head[0], lambda i, run: is_item(i))
    elif hands_over(text):
        run = counted_items(doc, head[0])
    else:
        return set()
    return {head[0], *run} if len(run) >= SETTINGS.chrome.announced_list_min_items else set()


def hands_over(text: str) -> bool:
    """'وتتلخص مطالب النقابة في:', 'ونصح الأطباء بما يلي:', 'وأكد البيان على:': a sentence that
    goes on from the text (it opens with the conjunction 'و' on a word) and stops at its colon on a
    preposition left hanging or a word for 'what follows', handing over to the list under it.
    Why it generalizes: a widget's label may end on a preposition too ('اقرأ المزيد عن:', 'مواقيت
    الصلاة في:', 'ردود الزوار على:') but is a phrase of its own, an order or a noun, that no 'و'
    joins to the story; and one that opens with 'و' names what it heads ('ولمزيد من الأخبار:'),
    with nothing left hanging."""
    if not COLON_END.search(text):
        return False
    tokens = match_key(COLON_END.sub("", text)).split()
    if len(tokens) < 3 or not tokens[0].startswith("و") or len(tokens[0]) < 3:
        return False
    last = tokens[-1]
    return last in lead_in_ends() or last == "ب" or (last.startswith("ب") and last[1:] in lead_in_ends())


def counted_items(doc: Document, head: int) -> list[int]:
    """The lines right under `head`, nothing taken between, counted one by one from one, in
    figures or in words, each of two words or more after its number and naming no social network:
    a list that ends where the count stops. Why it generalizes: a writer counts points line after
    line; the page's furniture under them starts no count that goes on from theirs (a widget's own
    list, readers numbered by the site, count again from one), and its share buttons name networks."""
    lines = doc.lines

    def item(i: int, run: list[int]) -> bool:
        text = lines[i].text
        return len(words(text)) >= 3 and not has_social_name(match_key(text)) and item_number(text) == len(run) + 1

    return walk_down(doc, head, item)
