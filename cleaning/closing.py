"""What stands under the article's last paragraph and is still the article's: the lines above its
wire's sign-off, a lead-in and what it announces, the writer's signature, a closing subhead; and
the page's tag line, which ends them. `edges.remove_footer` stops at these; each rule says why it
generalizes.
"""

from __future__ import annotations

import re

from .chrome import LEADS_ON, lexicon_category
from .lexicon import has_social_name
from .lists import COLON_END
from .schema import Document, nothing_taken_between
from .settings import SETTINGS
from .text import ends_sentence, is_headline_like, is_prose, is_sentence, match_key, words


_TAG_LINE = re.compile(r"^(?P<label>[^:：]{2,40}?)\s*[:：]\s*(?P<tags>\S.*)$")
_ADDRESS = re.compile(r"[^\W_]\.[^\W\d_]{2,}(?:/|$)")
_TAG_SEPARATOR = re.compile(r"\s*(?:[،,|/]|\s[-–—]\s)\s*")


def is_tag_line(text: str) -> bool:
    """'label: a، b', 'label: a / b', 'label: a - b': a short label, then a list of short tags, no
    sentence. Why it generalizes: a page files its story under keywords, printed as a labelled
    list under the story whatever the label says; a headline or a sentence is not a list of
    two-word items. Used as furniture below the article's last line, never to take a line."""
    match = _TAG_LINE.match(text.strip())
    if not match or len(words(match.group("label"))) > SETTINGS.chrome.link_label_max_words or ends_sentence(text) \
            or _ADDRESS.search(match.group("tags")):  # ('الرابط القصير: fjr.ly/a7x9': an address, no tags)
        return False
    tags = [t for t in _TAG_SEPARATOR.split(match.group("tags")) if t.strip()]
    return len(tags) >= 2 and all(1 <= len(words(t)) <= SETTINGS.chrome.tag_item_max_words for t in tags)


_TWO_PARTS = re.compile(r"^[^:：]+[:：][^،,|/]+\s[-–—]\s[^،,|/-]+$")


def _point_of(text: str) -> bool:
    """'الأول: اجتماع القادة – احتمالية 40 بالمائة' right under a paragraph ending in a colon: the
    first point it announces, though shaped as a tag line with two tags. Why it generalizes: the
    text's own colon announces the line under it; a page's tags take several items or commas,
    and a label the lexicon knows ('وسوم:')."""
    return bool(_TWO_PARTS.match(text.strip())) and not lexicon_category(text.split(":")[0].split("：")[0].strip() + ":")


def above_signoff(doc: Document, last_paragraph: int, links: set[int]) -> set[int]:
    """The lines between the article's last paragraph and its wire's sign-off ('(رويترز)', '- أ ف
    ب', the line the attribution step took), nothing else taken between: a subhead, a short
    closing line, a lead-in whose list the page left out. Why it generalizes: an agency signs
    off where its copy ends, so what stands above the sign-off, under the text, is the copy's own;
    a site's furniture (tags, share bars, link lists) comes under the story and its credit. A list
    of `list_min_lines` links or more there is still the page's (a sign-off closing the page)."""
    start = doc.lines[last_paragraph].number
    below = sorted((r.line, r.rule) for r in doc.removed if r.line > start)
    if not below or below[0][1] != "attribution":
        return set()
    above = {i for i in range(last_paragraph + 1, len(doc.lines)) if doc.lines[i].number < below[0][0]}
    linked = above & links
    return above - linked if len(linked) >= SETTINGS.chrome.list_min_lines and not _broken_verse(doc, above, links) else above


# a line of letters and light punctuation: no digit (dates, scores, counts), no Latin letter
# (platform names, addresses), no colon (a label), no mark of a menu, a breadcrumb or a footer
PLAIN_LINE = re.compile(r"[^\dA-Za-z:：|/»«<>@#©]+")


def _broken_verse(doc: Document, block: set[int], links: set[int]) -> bool:
    """A block of plain lines (no digit, Latin word, label's colon or menu mark) where a fragment
    of a word or two, no link, stands between lines read as links: a poem broken into lines of
    any length ('طريقا', 'وطريقة', 'وجسرا رواغا' among longer ones). Why it generalizes: a page's
    link list is headline after headline, each of a headline's length and none cut to a word; a
    free verse breaks its lines where the poet pauses, so short fragments stand among its longer
    lines, all in plain letters: `verse_fragments_min` of them (one short line among headlines is
    a widget's label, 'فيديو مؤثر', as likely as a verse)."""
    if not all(PLAIN_LINE.fullmatch(doc.lines[i].text.strip()) for i in block):
        return False
    fragments = [i for i in block if i not in links and len(words(doc.lines[i].text)) <= SETTINGS.chrome.verse_fragment_max_words
                 and any(j in links for j in block if j < i) and any(j in links for j in block if j > i)]
    return len(fragments) >= SETTINGS.chrome.verse_fragments_min


def _lead_in(text: str) -> bool:
    """'وجاء في فتوى أخرى للجنة الدائمة:': a clause ending in a colon, `lead_in_min_words` words or
    more (a four-word line is as often a widget's label: 'تابعوا أخبارنا عبر حساباتنا:')."""
    return bool(COLON_END.search(text)) and len(words(text)) >= SETTINGS.chrome.lead_in_min_words


# a web address alone on its line: what a paragraph ending 'at the following address:' announces
# (a page prints its addresses after a label, 'الرابط المختصر: ...', or in its share bar). Kept
# whatever its host, the site's own article too: the paragraph says an address follows, and an
# address standing alone under that sentence is the one it gives; a share bar's link is not set
# under a sentence of the text
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def led_into(doc: Document, last_paragraph: int, taken: list[int], bars: set[int], links: set[int]) -> set[int]:
    """A lead-in right under the last paragraph ('وجاء في فتوى أخرى للجنة الدائمة:'), and what a
    colon announces under the text ('وفيما يلي نصها:' over the statement's opening lines, 'أرى
    ثلاثة احتمالات:' over 'الأول: ...'), down to the page's furniture, nothing taken between: the
    writer's lead-in and what it leads into, the article's own even where the page leaves out the
    rest. Why it generalizes: the labels a page prints over its widgets end with a colon too, but
    are most often a short name ('اقرأ أيضا:', 'كلمات دالة:', 'تابعونا على:') and stand over
    furniture; a clause ending in a colon, set right against the text, is the text going on, and
    so are the lines a sentence of the text announces, until the page's tags, bars or widgets.
    A line of one or two words there ('شارك المقال') is a widget's, not the announced text; and a
    long label over links to other articles ('مواضيع أخرى قد تهمك في الموقع:') is the list's
    heading: a lead-in is the text's only when no link stands under it. A paragraph of the text
    that ends with a colon, though, announces what stands under it, links or not."""
    own: set[int] = set()
    lines = doc.lines
    j = last_paragraph
    announced = bool(COLON_END.search(lines[j].text))
    while j + 1 < len(lines) and j + 1 not in bars and nothing_taken_between(taken, lines[j], lines[j + 1]):
        below = lines[j + 1].text
        # (the page's tags, a widget or its label under a lead-in whose list the page left out: no text)
        # (a line too short to be what the text announces, unless the address it announces)
        if (is_tag_line(below) and not (j == last_paragraph and announced and _point_of(below))) \
                or lexicon_category(below) \
                or (len(words(below)) < SETTINGS.chrome.announced_min_words
                    and not (j == last_paragraph and announced and _BARE_ADDRESS.fullmatch(below.strip()))):
            break
        if not (announced or j == last_paragraph and _lead_in(below)):
            break
        if not announced and j + 2 < len(lines) and j + 2 in links:  # (a list's heading, not a lead-in)
            break
        if j > last_paragraph and j + 1 in links and not COLON_END.search(lines[last_paragraph].text):
            break  # (a lead-in's announced line is never a link: the label's list)
        own.add(j + 1)
        announced = announced or bool(COLON_END.search(below))
        j += 1
    return own


# the writer's signature under a column: a name of one to five words, letters only ('خلود بدار',
# 'د. هيثم مزاحم', 'فيصل بن سعد الحربي'), and under it, as a footnote to the text, the writer's role
# after an asterisk ('* كاتب صحفي'); a menu is a run of such names ('أقسام', 'أخبار')
# (a name of four or five words holds a particle of kinship: 'بن', 'بنت', 'ابن', 'آل', 'أبو',
# 'ابو', 'أبي', 'عبد', the closed class that strings a name's parts)
_NAME = re.compile(r"(?:[^\W\d_]{1,2}\.\s*)?[^\W\d_]+(?:\s[^\W\d_]+){0,2}\.{0,3}|(?=.*(?<!\S)(?:بن|بنت|ابن|آل|أبو|ابو|أبي|عبد)\s)"
                   r"[^\W\d_]+(?:\s[^\W\d_]+){3,4}")
_ROLE = re.compile(r"\*\s*[^\W\d_]+(?:\s[^\W\d_]+)*\.{0,3}")


def signature(doc: Document, last_paragraph: int, taken: list[int], bars: set[int], links: set[int]) -> set[int]:
    """The writer's signature right under the last paragraph, nothing taken between: a name, or
    the writer's role under an asterisk, or both, with furniture (a taken line, the site's bar, its
    tags) or the end of the page under it, or any line that is no name (unless another name and
    its line of words follow: readers). Why it generalizes: a column closes with its writer's
    name, set apart from the page's furniture under it; a menu or a list of names goes on in more
    lines of the same shape, and readers' comments in name, words, name, words."""
    lines = doc.lines
    block = []
    if COLON_END.search(lines[last_paragraph].text):  # (text announcing more is not signed off)
        return set()
    for j in (last_paragraph + 1, last_paragraph + 2):
        shape = _NAME if not block else _ROLE
        if j >= len(lines) or j in bars or not nothing_taken_between(taken, lines[j - 1], lines[j]):
            break
        if not (shape.fullmatch(lines[j].text) or not block and _ROLE.fullmatch(lines[j].text)) \
                or len(words(lines[j].text)) > SETTINGS.chrome.footer_max_words:
            break
        block.append(j)
    if not block:
        return set()
    end = block[-1]
    if end + 1 in links and not is_tag_line(lines[end + 1].text):  # (the heading of a link list under the text)
        return set()
    if end + 1 == len(lines) or end + 1 in bars or not nothing_taken_between(taken, lines[end], lines[end + 1]):
        return set(block)
    below = lines[end + 1].text
    alone = is_tag_line(below) or not (_NAME.fullmatch(below) or _ROLE.fullmatch(below) or is_prose(below) or is_sentence(below))
    # (a name over a line of words, then another name over its own: readers, each over their words)
    again = end + 3 < len(lines) and nothing_taken_between(taken, lines[end], lines[end + 3]) \
        and bool(_NAME.fullmatch(lines[end + 2].text)) and not is_tag_line(below) \
        and not (_NAME.fullmatch(lines[end + 3].text) or is_tag_line(lines[end + 3].text) or end + 3 in bars)
    return set(block) if alone and not again else set()


def closes_article(doc: Document, last_paragraph: int, i: int, taken: list[int], bars: set[int] = frozenset()) -> bool:
    """The line right after the last paragraph, headline-like (a subhead, a closing line), with
    nothing taken between them and a taken line (attribution, a chrome block) or the end of the
    page right after it. A run of headline-like lines there is a link list instead."""
    if i != last_paragraph + 1 or i in bars:
        return False
    text = doc.lines[i].text
    below = doc.lines[i + 1].text if i + 1 < len(doc.lines) else ""
    # (a short closing question as the last paragraph has no second closing line under it)
    if len(words(text)) < 3 or not is_headline_like(text) or is_tag_line(text) \
            or is_headline_like(doc.lines[last_paragraph].text):
        return False
    if not nothing_taken_between(taken, doc.lines[last_paragraph], doc.lines[i]):
        return False
    if i + 1 == len(doc.lines) or is_tag_line(below) or i + 1 in bars:  # its tags or the site's bar under it
        return True
    return not nothing_taken_between(taken, doc.lines[i], doc.lines[i + 1])


def _inside_another(text: str, texts: list[str]) -> bool:
    """`text`'s words stand inside a longer line among `texts`."""
    key = " ".join(words(text))
    return bool(key) and any(key in " ".join(words(other)) and " ".join(words(other)) != key for other in texts)


def tail_over_furniture(doc: Document, end: int, taken: list[int], bars: set[int], links: set[int],
                        labelled: set[int] = frozenset()) -> set[int]:
    """A few short lines right under the article's lowest line of text, nothing taken between,
    with the page's furniture right under them (a taken line that is no comment, the site's bar,
    its tags): the article's own last lines, a subhead
    and its first point, a lead-in and a greeting, a dialogue's short turns, where the text
    stops. Why it generalizes: a page sets its furniture under the story as blocks it recognises
    (tags, bars, widgets, a credit), and what stands between the story's text and the first of
    them, against the text, is the story going on; a site's own lines there come as a list of
    links (`links`, more than `tail_max_links` of them; a link under the site's prompt, 'لا تفوت:
    ...', `labelled`, however alone), as a heading over such a list, or over the readers' comments
    (a section's header), none of which is kept here. Under the story's credit, tags or bar, or
    under comments found there, no line is the story's any more."""
    lines = doc.lines
    # the story closes once: under its credit, tags or share bar (under its first paragraph and over
    # `end`), a line the site repeats, or readers' comments found there, the page goes on with its own blocks, readers'
    # comments the pipeline did not read as such among them, whose last lines are no story's
    # (a foot stands under most of the story's text: a credit, a bar or a line the site repeats over
    # most of it is the story's head, a dateline or a byline, which closes nothing)
    paragraphs = [lines[k].number for k in range(end + 1) if is_prose(lines[k].text)]

    def closes_above(number: int) -> bool:
        above = sum(n < number for n in paragraphs)
        return above > 0 and above > len(paragraphs) - above

    if any(closes_above(lines[k].number) for k in bars if k < end) \
            or any((r.rule in _CLOSES_STORY or r.rule == "chrome.repeated" or r.rule.startswith("comments."))
                   and r.line < lines[end].number and closes_above(r.line) for r in doc.removed):
        return set()
    # a line the title step took as the headline's repeat is the story's own words (a poem's first
    # line, a closing line echoing the headline), no block of the page's: it parts nothing; unless
    # its words stand inside another line of the page (the site's name in its copyright line, its
    # slogan: a masthead the title step took for the headline, furniture that parts the foot)
    texts = [line.text for line in lines] + [r.text for r in doc.removed]
    repeats = {r.line for r in doc.removed if r.rule == "title.repeat" and not _inside_another(r.text, texts)}
    taken = [n for n in taken if n not in repeats] if repeats else taken
    # (under a headline-like line, a question or exclamation, the run is more headlines, links,
    # unless that line is a subhead set right under a paragraph of the text)
    if is_headline_like(lines[end].text) and not (end > 0 and is_prose(lines[end - 1].text)
                                                  and not is_headline_like(lines[end - 1].text)
                                                  and nothing_taken_between(taken, lines[end - 1], lines[end])):
        return set()
    run: list[int] = []
    j = end + 1
    # (two headline-like lines there, a subhead over the first words of its paragraph, read as a
    # pair of links; a list of links to other articles is longer, or has its heading over it)
    while j < len(lines) and len(run) < SETTINGS.chrome.tail_max_lines:
        text = lines[j].text
        if j in bars or j in labelled or j in links and len(links & set(run)) >= SETTINGS.chrome.tail_max_links \
                or not nothing_taken_between(taken, lines[j - 1], lines[j]) \
                or is_tag_line(text) or lexicon_category(text) or len(words(text)) < SETTINGS.chrome.tail_min_words \
                or _page_control(text):
            break
        run.append(j)
        j += 1
    if not run:
        return set()
    if j < len(lines) and (j in bars or is_tag_line(lines[j].text)):
        return set(run)
    # a line taken right under the run that closes a story: its credit, its tags, its share bar
    # (the site's other lines, a menu, a slogan, stand anywhere; a section's header over the
    # readers' comments is no story's line); under the page's last lines with nothing taken,
    # nothing says where the story stopped
    under = [r for r in sorted(doc.removed, key=lambda r: r.line) if r.line > lines[run[-1]].number and r.line not in repeats]
    taken_next = bool(under) and (j == len(lines) or under[0].line < lines[j].number)
    if not taken_next:
        return set()
    # the first line the site repeats under the story closes it too: a site prints its share bar,
    # its follow prompt, its widget's heading word for word on every page, most often in words no
    # lexicon holds, so the repetition step takes it before the lexicon could (the page's tags,
    # whichever step took them, close the story as they do where they are left)
    if under[0].rule in _CLOSES_STORY or is_tag_line(under[0].text):
        return set(run)
    return set(run) if under[0].rule == "chrome.repeated" and not _page_run(lines, run) else set()


def _page_control(text: str) -> bool:
    """A line naming a social network ('أرسله عبر فيسبوك') or holding a web address ('الرابط القصير:
    fjr.ly/a7x9'): the page's share bar or link widget, however worded, never the story's closing
    line (a story that cites an address announces it, `led_into`)."""
    return has_social_name(match_key(text)) or bool(_ADDRESS.search(text) or _BARE_ADDRESS.search(text))


def _page_run(lines, run: list[int]) -> bool:
    """Over a line the site repeats (which may head its comment area or its widgets, not only close
    the story), a run that reads as the page's: `tail_names_max` lines or more of a name's shape
    (readers' names over their words, keywords one a line), or only teasers cut with an ellipsis
    (other stories' openings). Why: a subhead and its points, a signature, a dialogue's turns hold
    one name-shaped line or two among lines of the story's words, and a story's closing line does
    not trail off as a teaser does; a block of readers or keywords is names. (Two headlines there
    with no heading stay: a subhead over its cut paragraph is the same shape.)"""
    texts = [lines[j].text for j in run]
    if sum(bool(_NAME.fullmatch(text)) for text in texts) >= SETTINGS.chrome.tail_names_max:
        return True
    return all(len(words(text)) >= 3 and LEADS_ON.search(text) for text in texts)




_CLOSES_STORY = ("attribution", "chrome.tags", "chrome.share")
