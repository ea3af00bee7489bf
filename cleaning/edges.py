"""Chrome by position: short unpunctuated lines above the article's first paragraph (captions,
labels) and below its last (section links, slogans, link lists), the article's own edges kept.

These rules run last among the chrome steps: what is left above the first paragraph or below the
last is judged by where it stands and its shape, after the lexicon, menus, stamps and captions
that `chrome.py` recognises wherever they stand.
"""

from __future__ import annotations

import re

from .chrome import is_signed_sentence
from .comment_lines import COMMENT_WORD
from .closing import above_signoff, closes_article, is_tag_line, led_into, signature, tail_over_furniture
from .context import needs
from .footer_runs import bracketed_note, marked_verses, separated_list
from .foot_links import dialogue_turns, link_lines, prompted_links
from .lists import (COLON_END, DASH_MARK, announced_list, is_list_item, item_number, ordinal_number, strip_mark,
                    walk_down)
from .repetition import shuffled_fingerprint
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .title import repeats_title
from .text import ends_sentence, fold_arabic, is_headline_like, is_prose, is_sentence, match_key, words
from .wrapping import wrapped_lines


def _runs(doc: Document, indices: list[int]) -> list[list[int]]:
    """The indices grouped into runs of lines next to each other on the page (blank lines aside,
    nothing taken out between them)."""
    taken = sorted(r.line for r in doc.removed)
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1 and nothing_taken_between(taken, doc.lines[i - 1], doc.lines[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def remove_head_captions(doc: Document) -> Document:
    """Unpunctuated short lines before the first paragraph: photo and map captions, labels.
    A complete sentence there, however short, stays; so does a run of three such lines or more
    under the headline (a poem's lines, quoted statements, bullet points: a caption is one line,
    a label two). With no headline found, the page's head is not known well enough to keep one."""
    candidates = []
    wrapped = wrapped_lines(doc.lines)  # (a hard-wrapped paragraph's lines are text, line by line)
    for i, line in enumerate(doc.lines):
        if is_prose(line.text) or i in wrapped:
            break
        if not is_sentence(line.text):
            candidates.append(i)
    else:  # no paragraph at all: nothing to anchor on, keep it
        return doc
    lead = _lead_taken(doc)
    # a repeat of the headline left in the text is the article's own head under its kicker (the
    # title step takes every other repeat): a headline, never a photo's caption
    picks = {i: "chrome.caption" for run in _runs(doc, candidates) if len(run) < SETTINGS.chrome.list_min_lines
             or doc.title_line is None or doc.lines[run[0]].number < doc.title_line for i in run
             if not _is_deck(doc, doc.lines[i], lead) and not _kept_repeat(doc, doc.lines[i])
             and not _quoted_deck(doc, doc.lines[i]) and not _leads_in(doc, i)}
    return doc.take(picks) if picks else doc


def _leads_in(doc: Document, i: int) -> bool:
    """'أهم ما جاء في صحف اليوم عن الحملة على آفة النخيل في الواحات:' right above the first
    paragraph, with no headline found: the article's sentence leading in to its text.
    Why it generalizes: a caption or a label may end with a colon too ('في الصورة:', 'تصوير:'),
    but names who is pictured or credits someone in a few words; a line of a deck's length that
    ends by announcing what follows, with the paragraph it announces right under it (nothing of
    the page between), is the writer's own sentence."""
    text = doc.lines[i].text
    if len(words(text)) < SETTINGS.chrome.deck_min_words or not COLON_END.search(text) or i + 1 >= len(doc.lines):
        return False
    return is_prose(doc.lines[i + 1].text) and len(_runs(doc, [i, i + 1])) == 1


def _kept_repeat(doc: Document, line) -> bool:
    return doc.title_line is not None and line.number > doc.title_line and repeats_title(doc.title, line.text)


def _lead_taken(doc: Document) -> int | None:
    """The number of the first line under the headline that reads as text (a teaser, a lead) and
    that an earlier rule took out, or None."""
    if doc.title_line is None:
        return None
    return min((r.line for r in doc.removed if r.line > doc.title_line
                and (is_prose(r.text) or r.rule == "chrome.teaser")), default=None)


def _is_deck(doc: Document, line, lead: int | None) -> bool:
    """A long line between the headline and the first paragraph, before any text: the story's
    deck (its summary in one clause, 'X: no talks before Y gives up Z'), not a photo's caption.
    Why it generalizes: a caption names who is pictured and where in a few words, and a credited
    one is taken by its credit wherever it stands (`remove_credit_captions`); a line of a dozen
    words or more with no credit, right under the headline, is the sentence-length summary a
    paper sets over its lead. Under a teaser or a lead (the page's preview: headline, lead, photo)
    a long line is the photo's caption instead."""
    return doc.title_line is not None and line.number > doc.title_line \
        and len(words(line.text)) >= SETTINGS.chrome.deck_min_words and (lead is None or line.number < lead)


_SPEAKER = re.compile(r"^(?P<speaker>[^:：\d]{2,40}?)\s*[:：]\s*(?P<said>[^:：]+)$")
# a phrase opening with a preposition places or labels what follows ('في اللقطة:', 'على الهامش:',
# 'من جهة أخرى:'); a speaker is a noun, a name or a title (the closed class of Arabic prepositions)
_PREPOSITION = re.compile(r"^(?:في|من|على|عن|إلى|الى|مع|عند|حول|خلال|بعد|قبل|منذ|حتى|لدى)(?:\s|$)")


def _quoted_deck(doc: Document, line) -> bool:
    """'مدير الحملة: لن نسمح بانتشار الآفة في مزارعنا' under the headline: a statement given to its
    speaker, the press's deck quoting the story's main figure. Why it generalizes: a photo caption
    names who is pictured and where, with no colon giving anyone's words; a label over a name
    ('تصوير: ...', 'كتب: ...', 'القاهرة: name') has a name of a few words after its colon, and a
    widget's label is a known phrase taken before this step. The speaker is a few words, no digits
    (a stamp's 'آخر تحديث: 12/05' is no speaker) and no preposition (a photo's label 'في اللقطة:');
    the statement runs past a name's length."""
    if doc.title_line is None or line.number <= doc.title_line or not (match := _SPEAKER.match(line.text)):
        return False
    return len(words(match.group("speaker"))) <= SETTINGS.chrome.speaker_max_words \
        and not _PREPOSITION.match(match.group("speaker").strip()) \
        and len(words(match.group("said"))) >= SETTINGS.chrome.statement_min_words


@needs("boilerplate")
def remove_footer(doc: Document, boilerplate: frozenset[int] = frozenset()) -> Document:
    """Short unpunctuated lines after the last paragraph: section links, menus, slogans.

    What is still the article's under its last paragraph stays, and so does everything above it
    (`closing.py`): a subhead or closing line over a taken line (the attribution, a chrome block)
    or the end of the page; the lines above the wire's sign-off; a lead-in and what it announces;
    the writer's signature; the article's own list; and by the shape of the run under the text
    (`footer_runs.py`) a poem set with harakat or tatweel that rhymes, is announced by a colon or
    signed with the poet's role, a table set with leaders or announced by a colon, a bracketed
    note over the page's furniture."""
    picks = {}
    # the site's bars (its share buttons, printed in any order): furniture, never the article's
    # closing line, and furniture under one
    bars = {i for i, line in enumerate(doc.lines) if shuffled_fingerprint(line.text) in boilerplate} if boilerplate else set()
    wrapped = wrapped_lines(doc.lines)  # (a hard-wrapped paragraph's lines are text, line by line)
    links = link_lines(doc, bars, wrapped)
    prose = [i for i, line in enumerate(doc.lines) if (is_prose(line.text) or i in wrapped) and i not in links]
    taken = sorted(r.line for r in doc.removed)
    # a short line the article prints between its paragraphs too ('س' and 'ج' of a questions-and-
    # answers article) is the article's marker where it stands after the last one as well
    markers = None  # (read once a short line is left to judge)
    # the article's own list under its last paragraph: announced, or led into by the paragraph (its
    # items are no links then); verses only where no link is read
    own_list = _unannounced_list(doc, _list_anchor(doc, prose[-1])) | _announced_list(doc, prose[-1]) if prose else set()
    # under the lowest line that reads as text (a sentence, a line too long for furniture): what it
    # leads into with a colon, what stands above its wire's sign-off, the writer's signature
    end = next((i for i in range(len(doc.lines) - 1, -1, -1)
                if i not in links and i not in bars and (i in wrapped or _reads_as_text(doc.lines[i].text))), None)
    own_list |= led_into(doc, end, taken, bars, links) | above_signoff(doc, end, links) \
        | signature(doc, end, taken, bars, links) | _tail(doc, end, taken, bars, links) \
        if end is not None else set()
    own_list |= marked_verses(doc, end, taken, bars) | separated_list(doc, end, taken, bars) | bracketed_note(doc, end, taken) \
        if end is not None else set()
    links -= own_list
    own_list |= _rhymed_lines(doc, prose[-1], links) if prose else set()
    for i in range(len(doc.lines) - 1, -1, -1):
        text = doc.lines[i].text
        if i in links:  # (a link to another article, whatever list it would make)
            picks[i] = "chrome.footer"
            continue
        if i in own_list:
            break  # the article's own list under its last paragraph, and all above it
        if len(text) <= SETTINGS.chrome.marker_max_chars:  # (a marker is a letter or two: 'س', 'ج')
            if markers is None:
                markers = {doc.lines[j].text for j in range(prose[0] + 1, prose[-1])} if prose else set()
            if text in markers:
                break
        if i in wrapped or _reads_as_text(text):
            break
        if prose and i > prose[-1] and closes_article(doc, prose[-1], i, taken, bars):
            break
        picks[i] = "chrome.footer"
    if len(picks) == len(doc.lines):
        # no line reads as text (a story a feed cut to a few words): where it ends is not known, so
        # only what is furniture by its shape goes, the site's bar, its tags, links to other articles
        picks = {i: rule for i, rule in picks.items() if i in bars or i in links or is_tag_line(doc.lines[i].text)}
        if len(picks) == len(doc.lines):
            return doc
    return doc.take(picks) if picks else doc


def _tail(doc: Document, end: int, taken: list[int], bars: set[int], links: set[int]) -> set[int]:
    """`tail_over_furniture` with the page's prompted links, and its links less a dialogue's turns
    (the story's, which the count of links under its text leaves out; a speaker's line the story
    names still counts as one)."""
    if not links:  # (most pages: no link under the story, nothing labelled to read)
        return tail_over_furniture(doc, end, taken, bars, links, frozenset())
    turns = dialogue_turns(doc, links)
    prompted = prompted_links(doc, links, turns)
    return tail_over_furniture(doc, end, taken, bars, links - (turns - prompted), prompted)


def _reads_as_text(text: str) -> bool:
    """A paragraph, a sentence, a line longer than furniture's, a clause going on (a line ending in
    a semicolon is a list's item: text goes on, no furniture does), a sentence announcing what
    follows, or one signed off by its wire ('... البلاد. (رويترز)'): the footer stops there."""
    return is_prose(text) or is_sentence(text) or len(words(text)) > SETTINGS.chrome.footer_max_words \
        or (len(words(text)) >= 3 and bool(_CLAUSE_GOES_ON.search(text))) or _announces(text) or is_signed_sentence(text)


def _unannounced_list(doc: Document, last_paragraph: int) -> set[int]:
    """A numbered or dashed list right under the last paragraph with no sentence announcing it:
    the article's own when the paragraph leads into it (it ends with a colon or with no mark), when
    its items are not all headline-like, or when they are counted in words ('أولا: ...', 'ثانيا:
    ...'). Why it generalizes: a writer's paragraph that ends its sentence and then a run of
    headlines, however marked, is the page's related links; points the text goes on into, points
    written as clauses, and points counted as a writer counts them (no page counts its links in
    words) are the writer's."""
    run = _numbered_list(doc, last_paragraph) | _marked_list(doc, last_paragraph)
    text = doc.lines[last_paragraph].text
    if run and all(ordinal_number(doc.lines[i].text) is not None for i in run):
        # (the rules a comment area sets out over the readers are counted so too, and name them)
        return set() if any(_speaks_of_comments(doc.lines[i].text) for i in run) else run
    if not run or COLON_END.search(text) or not ends_sentence(text):
        return run
    return set() if all(is_headline_like(strip_mark(doc.lines[i].text)) for i in run) else run


def _list_anchor(doc: Document, last_paragraph: int) -> int:
    """The line a list right under the text hangs from: the last paragraph, or the paragraph above
    it when that 'paragraph' is the list's first point, counted in words and long enough to read as
    text ('أولا: الإفراج الفوري عن المعتقلين' over 'ثانيا: ...'). (A widget's rules counted so
    stand under its own heading, no paragraph of the story's.)"""
    above = last_paragraph - 1
    return above if above >= 0 and ordinal_number(doc.lines[last_paragraph].text) == 1 and is_prose(doc.lines[above].text) \
        else last_paragraph


def _speaks_of_comments(text: str) -> bool:
    """A line with a word for "comment" in it ('التعليقات لا تعبر عن رأي الصحيفة')."""
    return any(COMMENT_WORD.match(t) for t in match_key(text).split())


def _numbered_list(doc: Document, last_paragraph: int) -> set[int]:
    """'1- ...', '2- ...', '3- ...' right under the article's last paragraph (nothing taken
    between, nor between the items): the article's own numbered list, counted from one. Why it
    generalizes: a page's furniture (its menus, share bars, link lists) does not number its items
    one by one; a writer's points, steps or demands are counted so, line after line, right where
    the text stops. Two items at least: one numbered line alone could be anything."""
    run = walk_down(doc, last_paragraph, lambda i, run: item_number(doc.lines[i].text) == len(run) + 1)
    return set(run) if len(run) >= SETTINGS.chrome.announced_list_min_items else set()


def _marked_list(doc: Document, last_paragraph: int) -> set[int]:
    """'- ...', '- ...' (or '* ...') right under the article's last paragraph, nothing taken
    between: the article's own list of points, each marked with the same dash or star. Why it
    generalizes: a page points its links with arrows or dots ('» ...', '• ...'), under a heading;
    a writer sets out points with a dash or a star right where the text stops."""
    def mark(i: int) -> str | None:
        match = DASH_MARK.match(doc.lines[i].text)
        return match.group("mark") if match else None

    run = walk_down(doc, last_paragraph, lambda i, run: mark(i) is not None and (not run or mark(i) == mark(run[0])))
    return set(run) if len(run) >= SETTINGS.chrome.announced_list_min_items else set()


_RHYME = re.compile(r"([^\W\d_]{2})[^\w]*$")


def _rhyme(text: str) -> str | None:
    """The verse's rhyme: its last two letters folded (diacritics, hamza forms aside), or None when
    it ends with ta marbuta or ha, the ending of so many nouns that a headline's happens to share it."""
    match = _RHYME.search(fold_arabic(text))
    return match.group(1) if match and match.group(1)[-1] != "ه" else None


def _rhymed_lines(doc: Document, last_paragraph: int, links: set[int] = frozenset()) -> set[int]:
    """Three short lines or more right under the last paragraph, nothing taken between, all
    ending with the same two letters (diacritics and hamza forms aside): verses of a poem the
    article quotes or closes with. Why it generalizes: Arabic verse keeps its rhyme (the qafiya's
    letter and the one before it) from line to line; a page's link list or menu lines end as their
    headlines happen to end, most often with a noun's ta marbuta, which no rhyme is taken from
    here. Lines read as links to other articles are never verses."""
    def verse(i: int, run: list[int]) -> bool:
        text = doc.lines[i].text
        return i not in links and _rhyme(text) is not None and (not run or _rhyme(text) == _rhyme(doc.lines[run[0]].text)) \
            and SETTINGS.chrome.verse_min_words <= len(words(text)) <= SETTINGS.chrome.verse_max_words

    run = walk_down(doc, last_paragraph, verse)
    return set(run) if len(run) >= SETTINGS.chrome.list_min_lines else set()


def _announced_list(doc: Document, last_paragraph: int) -> set[int]:
    """'وجاءت توصيات اللجنة على النحو التالي:' right under the last paragraph over items marked
    as a list's ('- ...', '* ...', '• ...', '1) ...'): the article's closing list with its sentence
    (`lists.announced_list`)."""
    return announced_list(doc, last_paragraph, lambda i: is_list_item(doc.lines[i].text))


_CLAUSE_GOES_ON = re.compile(r"[;؛]\s*$")
_ANNOUNCES = re.compile(r"^[^:：]*\S[،,]\s[^:：]*\S\s*[:：]\s*$")  # (one colon, at the end: no 'label: a، b' list)


def _announces(text: str) -> bool:
    """'ولضيق الوقت، سأعرض النقاط التالية:': a sentence of a clause and a main clause, announcing
    with its colon what follows. Why it generalizes: a label the page prints over its widgets ends
    with a colon too ('تابعونا:', 'اقرأ أيضا:') but is a short phrase with no clause in it; a comma
    inside the line marks a sentence's clauses, which no label has."""
    return len(words(text)) >= SETTINGS.chrome.announce_min_words and bool(_ANNOUNCES.search(text))
