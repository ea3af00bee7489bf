"""The article's own closing runs under its lowest line of text, judged by their shape as a run:
a poem's vocalized or stretched verses, sharing a rhyme or set under a heading or over the poet's
role; a table whose items share one separator under the line or heading announcing it; a
bracketed note to the reader ('(يتبع)') closing the copy over the page's furniture.
`edges.remove_footer` stops at these; each rule says why it generalizes. They read marks,
separators, rhyme and position; the lexicon only to stop at furniture (a widget's label, a
section's name), never to take a line as the article's.
"""

from __future__ import annotations

import re
from collections import Counter

from .chrome import HEADING_CATEGORIES, lexicon_category
from .closing import PLAIN_LINE, is_tag_line
from .lists import COLON_END
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .text import ends_sentence, words

_HARAKAT = re.compile(r"[\u064b-\u0652]")                       # fatha .. sukun: a vocalized line
_STRETCHED = re.compile(r"[^\W\d_]\u0640+[^\W\d_]")               # tatweel between two letters
_MARKS = re.compile(r"[\u064b-\u0652\u0640]")                    # harakat and tatweel, stripped to read the letters


def _vocalized(text: str) -> bool:
    return len(_HARAKAT.findall(text)) >= SETTINGS.chrome.verse_marks_min


def _marked(text: str) -> bool:
    """A line set by hand as verse is set: vocalized (`verse_marks_min` harakat or more) or
    stretched with tatweel between letters."""
    return _vocalized(text) or bool(_STRETCHED.search(text))


def _cut_verse(text: str) -> bool:
    """'(وَالحَسَنُ) ......': a half-verse set with harakat (`verse_marks_min` or more) and cut short
    with the typesetter's dots; a name, vocalized or not, ends with no dots."""
    return _vocalized(text) and bool(re.search(r"(?:\.{2,}|…)\s*$", text))


# a quotation in guillemets inside a verse ('«دربُ الوفا» بالصابرين يطولُ'): a pair, opened then
# closed, unlike a breadcrumb's or a link's lone arrow
_QUOTED = re.compile(r"«([^«»]*)»")


def _bare(text: str) -> str:
    return _MARKS.sub("", text).strip()


def _furniture(doc: Document, i: int, bars: set[int]) -> bool:
    """A line the page prints as furniture: one of the site's bars, a lexicon's row, a tag line, or
    a line opening with a list's heading word ('المَزيدُ مِنْ أَخْبار ...': a list's label followed by
    its section). `lexicon_category` folds harakat and tatweel, so a vocalized or stretched label
    is the same label."""
    text = doc.lines[i].text
    head = words(text)[:1]
    return i in bars or bool(lexicon_category(text)) or is_tag_line(text) \
        or bool(head) and lexicon_category(head[0]) in HEADING_CATEGORIES


# the letters a verse may end with after its rhyme letter (the long vowel of the rhyme's release,
# 'تكلمي', 'سلاما'): stripped to read the rhyme letter itself
_RELEASE = "اىيو"


def _rhyme(text: str) -> str:
    letters = re.sub(r"[^\w]", "", _bare(text))
    letters = letters.rstrip(_RELEASE) or letters
    return letters[-1:] if letters else ""


def _rhymes(verses: list[str]) -> bool:
    """The verses share one end rhyme: more than half of them end with one letter (once marks and
    the long vowel of the release are stripped), or every second line does, as a poem set a
    hemistich to a line ends each verse's second half with the rhyme; or they rhyme two by two,
    as a poem in couplets does (two pairs at least, each its own rhyme)."""
    ends = [_rhyme(text) for text in verses]
    common = Counter(ends).most_common(1)
    if common and common[0][1] >= 2 and 2 * common[0][1] > len(ends):
        return True
    second = ends[1::2]
    if len(second) >= 2 and len(set(second)) == 1 and second[0] != "":
        return True
    # (a poem in couplets, the urjuza of a teaching poem: each verse's two halves rhyme together,
    # each verse with a rhyme of its own; read from its first line or its second)
    return any(len(pairs) >= 2 and all(a == b != "" for a, b in pairs)
               for pairs in ([(ends[k], ends[k + 1]) for k in range(start, len(ends) - 1, 2)] for start in (0, 1)))


def _role(doc: Document, i: int) -> bool:
    """'* شاعر من مدينة الساحل': the poet's role after an asterisk, no widget's prompt ('* اشترك
    في نشرتنا', a lexicon's row once the asterisk is stripped; `lexicon_category` folds harakat and
    tatweel itself)."""
    text = doc.lines[i].text
    return bool(_ROLE.match(text)) and not lexicon_category(text.lstrip(" *")) and not is_tag_line(text)


def marked_verses(doc: Document, end: int, taken: list[int], bars: set[int]) -> set[int]:
    """A run of lines right under the article's lowest line of text, nothing taken between them,
    none a digit's, a Latin word's, a label's or furniture (`_furniture`),
    holding a span of verses: `verse_marked_min_lines` or more lines of `verse_line_min_words`
    words or more, vocalized or stretched with tatweel (`verse_marked_share` of the span or more),
    AND further evidence of verse: they share an end rhyme, or a line of the text ending with a colon
    announces them (the text's lowest line, or a lead-in of `lead_in_min_words` words on its own
    right over them), or the poet's role ('* خطيب ...') stands under them. Kept: the span and the
    role. (A short line over them is no evidence: a reader's name over a comment is one.)
    Why it generalizes: harakat and tatweel alone are no proof (a site may vocalize its related
    headlines, its slogan, a prayer; readers vocalize their comments); a poem is marked by its
    form, a rhyme closing its verses, every second line or each couplet, or by the writer's
    setting, a line announcing it or a role line under it, which no widget prints. Names and
    keywords (a word or two) are no verses, and the span stops at the first short line, taken line
    or furniture; a short line set with harakat and cut with dots is a half-verse, which no name is.
    A quotation in guillemets inside a verse is no menu's arrow."""
    lines = doc.lines
    run: list[int] = []
    j = end + 1
    # (the line announcing the verses may stand on its own under the text: 'ويختم الشاعر قصيدته بقوله:')
    lead = j < len(lines) and nothing_taken_between(taken, lines[end], lines[j]) and _lead_in(lines[j].text) \
        and len(words(lines[j].text)) >= SETTINGS.chrome.lead_in_min_words
    j += lead
    while j < len(lines) and nothing_taken_between(taken, lines[j - 1], lines[j]) and not _furniture(doc, j, bars):
        text = lines[j].text.strip()
        if not PLAIN_LINE.fullmatch(_QUOTED.sub(r"\1", text)) or len(words(text)) > SETTINGS.chrome.marked_verse_max_words:
            break
        run.append(j)
        j += 1
    long_enough = [len(words(lines[i].text)) >= SETTINGS.chrome.verse_line_min_words for i in run]
    first = next((k for k, i in enumerate(run) if long_enough[k] and _marked(lines[i].text)), None)
    if first is None:
        return set()
    # the span: from the first verse down to the last marked line before a line too short for one
    # (a half-verse set with harakat and cut with dots, '(وَالحَسَنُ) ......', is no name)
    stop = next((k for k in range(first, len(run)) if not long_enough[k] and not _cut_verse(lines[run[k]].text)), len(run))
    span = run[first:stop]
    marked = [i for i in span if _marked(lines[i].text)]
    span = span[:span.index(marked[-1]) + 1]
    if len(marked) < SETTINGS.chrome.verse_marked_min_lines or len(marked) < SETTINGS.chrome.verse_marked_share * len(span):
        return set()
    # (announced: the text's lowest line, or a lead-in of its own right over the verses, ends with a
    # colon; a short line without one over them may be a reader's name over a comment)
    headed = span[0] == run[0] and (COLON_END.search(lines[end].text) or lead)
    role = span[-1] + 1
    signed = role in run and _role(doc, role)
    if not (_rhymes([lines[i].text for i in span]) or headed or signed):
        return set()
    return set(span) | ({role} if signed else set())


_ROLE = re.compile(r"^\s*\*\s*[^\W\d_]")  # '* خطيب مسجد ...', '*شاعر من ...'


# 'الرجاء البيضاوي ....... حسنية أكادير', 'أولمبيك خريبكة - المغرب الفاسي س 17': two sides and one
# separator between them: a leader of dots (`leader_min_dots` or more) or an ellipsis, the
# typesetter's; or a dash, '×' or 'ضد' set apart by spaces, or a score ('الأهلي 2 - 1 الزمالك'),
# which a widget prints as well and which count only under the line or heading announcing them
_LEADER = re.compile(r"^(?P<a>[^\d:：|/»«.…]+?)\s*(?:\.{%d,}|…+)\s*(?P<b>[^:：|/»«.…()-]+?(?:\s*\([^()]*\))?|\([^()]*\))$"
                     % SETTINGS.chrome.leader_min_dots)
_REMARK = re.compile(r"\s*\([^()]*\)")  # ('النادي الأهلي ..... (الفائز من لقاء الذهاب)': a cell's remark in brackets)
_DASHED = re.compile(r"^(?P<a>[^\d:：|/»«.…×]+?)\s(?:[-–—×]|ضد)\s(?P<b>[^:：|/»«.…×-]+?)$")
_SCORED = re.compile(r"^(?P<a>[^\d:：|/»«.…×]+?)\s+\d{1,2}\s*[-–—]\s*\d{1,2}\s+(?P<b>[^\d:：|/»«.…×-]+?)$")


def _sides(text: str, announced: bool) -> tuple[str, str] | None:
    """The item's two sides, each a name of `separated_side_max_words` words or fewer and no
    widget's or section's name (a row of the site's links: 'من نحن - اتصل بنا'); separated by a
    leader anywhere, by a dash, '×', 'ضد' or a score only where the list is `announced`."""
    text = text.strip()
    match = _LEADER.match(text) or (announced and (_SCORED.match(text) or _DASHED.match(text)) or None)
    if not match:
        return None
    # (a cell all in brackets stands for a name, '(الفائز من لقاء الذهاب)', the winner of a match:
    # read as it is, its words not counted as a name's)
    a, b = match.group("a").strip(), _REMARK.sub("", match.group("b")).strip() or match.group("b").strip()
    limit = SETTINGS.chrome.separated_side_max_words
    ok = all((side.startswith("(") or 1 <= len(words(side)) <= limit) and not lexicon_category(side) for side in (a, b))
    return (a, b) if ok else None


def _heading(text: str) -> bool:
    """'يومه السبت:', '- مباريات الذهاب:': a short line ending with a colon that no widget's label
    is. Why: the writer announces the parts of a table with a colon, as the text announces what
    follows; a widget's title stands without one ('الطقس', 'مواقيت الصلاة'), or is a lexicon's row."""
    return bool(COLON_END.search(text)) and len(words(text)) <= SETTINGS.chrome.separated_heading_max_words \
        and not lexicon_category(text) and not is_tag_line(text)


def _title(text: str) -> bool:
    """'البرنامج', 'المواعيد': a short free line over a table, no sentence, label or tag line;
    counted only where a colon heading follows it in the run."""
    return len(words(text)) <= SETTINGS.chrome.separated_heading_max_words and not ends_sentence(text) \
        and not lexicon_category(text) and not is_tag_line(text)


def separated_list(doc: Document, end: int, taken: list[int], bars: set[int]) -> set[int]:
    """Right under the article's lowest line of text, nothing taken between, a run of items of two
    sides around one separator, with short colon headings among them ('يوم السبت:') and a short
    title over them: a fixture list, a table of results. Kept when `separated_min_items` items or
    more stand there, their sides differing from item to item, and the table is the writer's by
    its setting: a leader of dots between the sides, or a colon announcing it (the text's lowest
    line ending with one, 'وفي ما يلي برنامج الجولة:', or a colon heading in the run). A free title
    counts only over such a heading.
    Why it generalizes: a writer's table set in text repeats one separator between two different
    names on each line, and the writer announces it or its parts with a colon, as the text
    announces what follows; a page's widgets (weather, prayer times, standings, tickers, today's
    matches, commenters and their towns) stand under a title of their own with no colon, their
    items paired around a dash; a link list has no separator in its headlines, a menu or a
    breadcrumb puts several on one line, and headlines tagged with one label ('... - فيديو')
    repeat one side, which no fixture does. (Items the comment step took are not read.)"""
    lines = doc.lines
    run = _run(doc, end, taken, bars)
    # (the lead-in may stand as a line of its own under the text: 'وفي ما يلي برنامج الجولة:')
    lead = bool(run) and _lead_in(lines[run[0]].text)
    announced = bool(COLON_END.search(lines[end].text)) or lead or any(_heading(lines[k].text) for k in run)
    own: list[int] = []
    items: list[tuple[str, str]] = []
    for j in run:
        text = lines[j].text
        sides = _sides(text, announced)
        if sides is None and not _heading(text) and not (not own and (_title(text) or lead)):
            break
        if sides is not None:
            items.append(sides)
        own.append(j)
    titled = bool(own) and not lead and _sides(lines[own[0]].text, announced) is None and not _heading(lines[own[0]].text)
    headed = any(_heading(lines[k].text) for k in own)
    return set(own) if _distinct_items(items) and not (titled and not headed) else set()


def _distinct_items(items: list[tuple[str, str]]) -> bool:
    """`separated_min_items` items or more, each side differing from item to item (a widget's rows
    repeat one side: '... - فيديو')."""
    return len(items) >= SETTINGS.chrome.separated_min_items \
        and len({a for a, _ in items}) == len(items) and len({b for _, b in items}) == len(items)


def _lead_in(text: str) -> bool:
    """A line ending with a colon, no widget's label or tag line: what announces the table."""
    return bool(COLON_END.search(text)) and not lexicon_category(text) and not is_tag_line(text)


def _run(doc: Document, end: int, taken: list[int], bars: set[int]) -> list[int]:
    """The lines under the text's lowest line down to the first bar or taken line."""
    lines = doc.lines
    run: list[int] = []
    j = end + 1
    while j < len(lines) and j not in bars and nothing_taken_between(taken, lines[j - 1], lines[j]):
        run.append(j)
        j += 1
    return run


_NOTE = re.compile(r"^[(\[]\s*[^\W\d_]+(?:\s[^\W\d_]+)*\s*[)\]]$")


def bracketed_note(doc: Document, end: int, taken: list[int]) -> set[int]:
    """'(يتبع)' right under the article's lowest line of text, nothing taken between, standing once
    on the page (`note_max_on_page`), and closing the copy: the page ends under it or the line
    under it is taken as furniture. Why it generalizes: an editor's note ends the copy, so what
    follows it is the page's; a name in brackets over a reader's comment ('(محمد أحمد)', '(زائر)')
    or a placeholder ('(بدون عنوان)') heads more text that the footer did not take, and what a
    widget prints in brackets it prints for each of its items, more than once on the page. A
    sign-off in brackets ('(رويترز)') is the attribution step's, taken before."""
    i = end + 1
    if i >= len(doc.lines) or not nothing_taken_between(taken, doc.lines[end], doc.lines[i]):
        return set()
    text = doc.lines[i].text.strip()
    ok = _NOTE.match(text) and len(words(text)) <= SETTINGS.chrome.note_max_words and not lexicon_category(text)
    once = sum(line.text.strip() == text for line in doc.lines) + sum(r.text.strip() == text for r in doc.removed) \
        <= SETTINGS.chrome.note_max_on_page
    closes = i + 1 >= len(doc.lines) or not nothing_taken_between(taken, doc.lines[i], doc.lines[i + 1])
    return {i} if ok and once and closes else set()


def announced_table(lines, first: int, last: int) -> bool:
    """Lines `first` to `last` (a run read as readers' 'name - text' lines) lie in a table the writer
    announces: with the table's lines right over them (items, colon headings), every line down to
    `last` is an item of two short sides around one separator ('A - B', 'A × B', a leader of dots),
    a line ending with a colon that no widget prints ('- مباريات الذهاب:') or a short title among
    them; one colon line at least, `separated_min_items` items or more, their sides differing from
    item to item. Why it generalizes: a reader's text after the dash is a sentence of their own, and
    a comment area sets no colon line over a group of its readers; a fixture list or a draw is two
    names a line under the writer's colon headings."""
    def heading(text: str) -> bool:
        return _heading(text) or _lead_in(text)

    top = first
    while top > 0 and (_sides(lines[top - 1].text.strip(), True) is not None or heading(lines[top - 1].text)):
        top -= 1
    items: list[tuple[str, str]] = []
    headed = False
    for j in range(top, last + 1):
        text = lines[j].text.strip()
        sides = _sides(text, True)
        if sides is not None:
            items.append(sides)
        elif heading(text):
            headed = True
        elif not _title(text) or j in (top, last):
            return False
    return headed and _distinct_items(items)
