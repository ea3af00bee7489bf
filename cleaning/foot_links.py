"""Links to other articles under the story: its headlines listed one a line, and 'label: headline'
lines under the site's prompt; and what only looks like them there, the story's own labelled lines
(a speaker it names, a dialogue's turns, a record's fields, its own subheads). `edges.remove_footer`
takes the links and `closing.tail_over_furniture` reads the prompted ones; each rule says why it
generalizes.
"""

from __future__ import annotations

import re
from collections import Counter

from .chrome import is_menu, is_signed_sentence, lexicon_category
from .closing import is_tag_line
from .lists import COLON_END
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .text import ends_sentence, fold_arabic, is_headline_like, is_prose, is_quotation, words


_LABELLED_LINK = re.compile(r"^(?P<label>[^:：.…]{2,40}?)\s*(?:[:：]|\.\.+|…)\s*(?P<rest>\S.*)$")


def is_labelled_link(text: str) -> bool:
    """'لا تفوّت: <headline>', 'Sur le même thème : <headline>', 'ربما يثير اهتمامك.. <headline>':
    a short label, then another article's headline (no sentence, no quotation)."""
    match = _LABELLED_LINK.match(text.strip())
    if not match or len(words(match.group("label"))) > SETTINGS.chrome.link_label_max_words:
        return False
    rest = match.group("rest")
    return len(words(rest)) >= 3 and is_headline_like(rest) and not is_quotation(rest) and not rest.startswith(("«", '"', "“"))


def prompted_links(doc: Document, links: set[int], turns: set[int] | None = None) -> set[int]:
    """The labelled links whose label is the page's prompt: a phrase the lexicon or the page's menu
    knows ('شاهد:', a section's name), one label over two links or more, or a label standing alone
    that the story never names ('لا تفوّت: ...'). Why it generalizes: a site labels its links to
    other articles with its own prompt, which it prints over every such link and on its other
    pages; the story's own labelled lines name someone it is about (a speaker it quotes), or are a
    dialogue's turns (`dialogue_turns`, or `turns` when the caller read them), which no site's link
    list is."""
    lines = doc.lines
    labelled = {i: _LABELLED_LINK.match(lines[i].text.strip()).group("label").strip()
                for i in links if is_labelled_link(lines[i].text)}
    if not labelled:
        return set()
    counts = Counter(" ".join(words(label)) for label in labelled.values())
    last = _last_paragraph(lines)
    turns = dialogue_turns(doc, links) if turns is None else turns
    return {i for i, label in labelled.items() if counts[" ".join(words(label))] > 1 or not _own_label(doc, i)
            or i not in turns and not _named_in(lines, last, label)}


def _last_paragraph(lines, wrapped: frozenset[int] = frozenset(), default: int | None = 0) -> int | None:
    """The article's last paragraph as the links are read under it: a line of text that is no
    headline (a closing question may be a link's headline), or a wrapped paragraph's line."""
    return max((k for k, line in enumerate(lines)
                if k in wrapped or is_prose(line.text) and not is_headline_like(line.text)), default=default)


def dialogue_turns(doc: Document, links: set[int]) -> set[int]:
    """Labelled links under the last paragraph that are turns of a dialogue: a block of two or more
    'label: words' lines (no paragraph among them), next ones under other labels, where a speaker
    comes back (A, B, A) or a turn ends as a sentence or a question ('سأله: متى ...؟'). Why it
    generalizes: related links filed under places, speakers or sections ('مصر: ...', 'الأردن: ...')
    change label at every line too, but each is a headline, never a sentence, and no label returns;
    two people talking take turns and speak in sentences."""
    lines = doc.lines
    last = _last_paragraph(lines)
    block: list[tuple[int, str]] = []
    for k in range(last + 1, len(lines)):
        match = _LABELLED_LINK.match(lines[k].text.strip()) or _COLON_TURN.match(lines[k].text.strip())
        if not match or is_prose(lines[k].text) and not is_headline_like(lines[k].text):
            if len(block) >= 2:
                break
            block = []
            continue
        block.append((k, " ".join(words(match.group("label")))))
    labels = [label for _, label in block]
    if len(block) < 2 or any(a == b for a, b in zip(labels, labels[1:])):
        return set()
    if len(set(labels)) == len(labels) and not any(ends_sentence(lines[k].text) or _ASKS.search(lines[k].text) for k, _ in block):
        return set()
    return {k for k, _ in block} & set(links)


_COLON_TURN = re.compile(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*\S")


_ASKS = re.compile(r"[?؟!][\"'”’»)\]\s]*$")


def link_lines(doc: Document, bars: set[int] = frozenset(), wrapped: frozenset[int] = frozenset()) -> set[int]:
    """Links to other articles after the article's last paragraph: labelled links, and runs of two
    or more headlines (a question or exclamation among them, which alone would read as the
    article's closing line). Why it generalizes: a page lists its other articles by their
    headlines, one a line, below the story; the story's own paragraphs are sentences, or the
    lines of a hard-wrapped paragraph (`wrapped`), which are no links however they end."""
    lines = doc.lines
    last = _last_paragraph(lines, wrapped, default=None)
    if last is None:
        return set()
    # a label the article's own lines open with ('السؤال :', 'الجواب :' in a questions-and-answers
    # article) makes its own list's item, not a link to another article
    taken = sorted(r.line for r in doc.removed)
    record = _field_record(doc, last, taken)
    found = {i for i in range(last + 1, len(lines)) if is_labelled_link(lines[i].text) and i not in record}
    if found:  # (the article's labels are read only when a labelled link is there to judge)
        own_labels = {m.group("label").strip() for line in lines[:last + 1] if (m := _LABELLED_LINK.match(line.text.strip()))}
        found = {i for i in found if _LABELLED_LINK.match(lines[i].text.strip()).group("label").strip() not in own_labels
                 and not (i == last + 1 and (COLON_END.search(lines[last].text) or _quotes_named(lines, last, i)
                                             or _own_subheads(lines, last) and _own_label(doc, i)))}
        # (right under a paragraph announcing it with a colon, a labelled line is what it announces)
    run: list[int] = []
    for i in range(last + 1, len(lines) + 1):
        text = lines[i].text if i < len(lines) else ""
        headline = 3 <= len(words(text)) <= SETTINGS.chrome.footer_max_words and is_headline_like(text) \
            and not is_quotation(text) and not is_tag_line(text) and i not in bars \
            and not is_signed_sentence(text) and i not in record  # (tags, a bar, a sentence signed off by its wire, a field: no link)
        # a run is lines next to each other on the page: nothing taken out between two of them
        adjacent = bool(run) and nothing_taken_between(taken, lines[run[-1]], lines[i]) if i < len(lines) else False
        if headline and (not run or adjacent):
            run.append(i)
            continue
        # a question or exclamation right under the last paragraph, over one other short line, is the
        # story's closing line over a line of furniture; a link list has more headlines than that
        closing = len(run) == 2 and run[0] == last + 1 and bool(_ASKS.search(lines[run[0]].text))
        if len(run) >= 2 and not closing:
            found.update(run)
        run = [i] if headline else []
    return found


_FIELD = re.compile(r"^(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*[:：]\s*(?P<value>\S.*)$")


def _field_record(doc: Document, last: int, taken: list[int]) -> set[int]:
    """'تأليف: ...', 'الناشر: ... 2017', 'الصفحات: 184 صفحة' right under the last paragraph: the
    article's record of fields (a book's or a match's card, a product's sheet), not links to other
    articles. Why it generalizes: a field is named by a noun or two, each line by another one, and
    holds a name, a figure or a few words, some a figure or a word or two; a page's labelled links repeat a prompt
    ('label: headline' after 'label: headline') or file each under a section the lexicon or the
    menu knows, and give a headline each."""
    lines, run = doc.lines, []
    for i in range(last + 1, len(lines)):
        match = _FIELD.match(lines[i].text.strip())
        if not match or (run and not nothing_taken_between(taken, lines[i - 1], lines[i])):
            break
        run.append((i, match.group("label"), match.group("value")))
    labels = [label for _, label, _ in run]
    if len(run) < SETTINGS.chrome.record_min_fields or len(set(labels)) < len(labels) \
            or not all(_own_label(doc, i, label) for i, label, _ in run):
        return set()
    figures = any(re.search(r"\d", value) or len(words(value)) <= 2 for _, _, value in run)
    # (a field's value is a name, a figure or a few words, one at least of words alone: a run of
    # headlines labelled by places, or a widget's figures, 'التقييم: 4.5 من 5', is no record)
    short = sum(len(words(value)) <= SETTINGS.chrome.record_value_max_words for _, _, value in run) * 2 >= len(run)
    worded = any(not re.search(r"\d", value) for _, _, value in run)
    return {i for i, _, _ in run} if figures and short and worded else set()


def _own_subheads(lines, last: int) -> bool:
    """The article sets its own subheads as 'label: headline' ('النجار: دور المثقف ...') between
    its paragraphs, a paragraph under each, `own_subheads_min` of them or more with as many
    labels: a line of that shape right under its last paragraph is one more of them, not a link
    to another article. Why it generalizes: a page's labelled link stands in its furniture, under
    the story; a shape the writer uses inside the text, a paragraph under each, is the writer's
    wherever the page cuts the text after it. Speakers' subheads each name another speaker; a
    label the article repeats ('السؤال:') is its own list's, read by `own_labels`. Two labelled
    lines between paragraphs are no shape yet (a quoted title, a question), hence three; and the
    line under the text must carry a speaker's label, no section's (`_own_label`)."""
    labels = [m.group("label").strip() for k in range(1, last) if is_labelled_link(lines[k].text)
              and is_prose(lines[k + 1].text) and is_prose(lines[k - 1].text)
              and (m := _LABELLED_LINK.match(lines[k].text.strip())) and not lexicon_category(m.group("label").strip())]
    return len(labels) >= SETTINGS.chrome.own_subheads_min and len(set(labels)) == len(labels)


def _own_label(doc: Document, i: int, label: str | None = None) -> bool:
    """The label of the labelled line `i` may be a speaker's: no lexicon's row ('رياضة:', 'فيديو:')
    and no item of the page's menu (a section's name the site files its links under). Why: a
    related link is labelled with its section, which the page's menu lists; a speaker is named
    by the article, not by the site's navigation."""
    label = (label or _LABELLED_LINK.match(doc.lines[i].text.strip()).group("label")).strip()  # (a field's: 'س')
    if lexicon_category(label):
        return False
    key = " ".join(words(label))
    texts = [line.text for line in doc.lines] + [r.text for r in doc.removed]
    return not any(key in {" ".join(words(item)) for item in _MENU_ITEMS.split(text)} for text in texts if is_menu(text))


_MENU_ITEMS = re.compile(r"\s*[|｜•·»›‹/\\\-–—]\s*")


def _named_in(lines, last: int, label: str) -> bool:
    """`label` (folded) stands as words in a paragraph of the text down to line `last`."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold_arabic(label))}(?!\w)")
    return any(pattern.search(fold_arabic(line.text)) for line in lines[:last + 1] if is_prose(line.text))


def _quotes_named(lines, last: int, i: int) -> bool:
    """'شيروكوف: لم نتوقع الفوز الكبير' right under the last paragraph, its label a name the article
    itself gives ('... سجل شيروكوف الهدف الرابع'): the writer's subhead quoting someone of the
    story, not a link to another article. Why it generalizes: a link's label is the page's own
    phrase ('اقرأ أيضا', 'لا تفوّت') that no story's text has in it; a subhead's speaker is someone
    the story is about, named in its paragraphs."""
    label = _LABELLED_LINK.match(lines[i].text.strip()).group("label").strip()
    if lexicon_category(label):  # (a widget's label the page prints: 'صور', 'فيديو')
        return False
    return _named_in(lines, last, label)
