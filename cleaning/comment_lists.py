"""An article's own run of 'label: text' lines (a book's card, a list of winners, numbered tips,
quotations, a fixture list, a dated digest) told from a run of readers' comments by where the run
stands on the page, not by what its labels say.

`comment_sections.find_section` asks `article_run` of every header-less run it is about to open a
section with (a run of one-line comments, of name-and-time blocks, a lone comment): a run that the
article's own foot closes, with readers' comments under that foot, is the article's (what this
assumes of a page, and where it fails: `article_run`). The same foot read from above says where an
article with no paragraph ends (a story a feed cut short, hard-wrapped lines): `foot_closes_text`,
asked by `comment_sections._article_above`.
"""

from __future__ import annotations

import re

from .chrome import is_date_stamp, lexicon_category
from .attribution import is_attribution
from .comment_lines import (NUMBERED, SECTION_WORDS, is_action_line, is_anchor, is_header, is_meta, is_time, meta_time,
                            opens_comment)
from .lexicon import has_social_name
from .comment_said import is_handle, one_line_comment
from .comment_shapes import is_foot
from .footer_runs import announced_table
from .repetition import fingerprint
from .schema import Document
from .settings import SETTINGS
from .text import is_prose, match_key, words

# the page's furniture that closes an article: its share bar, its tags, its wire's credit (a rule of
# the chrome or attribution steps that took such a line, or the lexicon's category of a line left)
_FOOT_CATEGORIES = frozenset({"share", "social", "tags"})


def _items(doc: Document) -> list[tuple[int, str, str | None]]:
    """(line number, text, rule that took it or None) of every line of the page still known, in order."""
    items = [(line.number, line.text, None) for line in doc.lines]
    items += [(r.line, r.text, r.rule) for r in doc.removed]
    return sorted(items, key=lambda item: item[0])


def _comment_furniture(text: str) -> bool:
    """A line only a comment area prints: its heading, a form's field or button, a time, an action line."""
    return is_header(text) or is_meta(text) or is_time(text) or bool(meta_time(text)) or is_anchor(text)


def _names_networks(text: str) -> bool:
    """A short line, no sentence, naming two social networks or more: a share bar, whatever its verbs."""
    if is_prose(text) or len(words(text)) > SETTINGS.comments.share_bar_max_words:
        return False
    return sum(has_social_name(match_key(w)) for w in words(text)) >= SETTINGS.comments.share_bar_min_networks


_FOOT_RULES = ("chrome.share", "chrome.tags", "attribution")


def _is_foot(text: str, rule: str | None, repeated: frozenset[int] = frozenset()) -> bool:
    """A line of the article's foot, by what it is whatever step took it: the story's tags, its
    hashtags or its wire's credit line (`comment_shapes.is_foot`, the foot `over_foot` reads), or
    the share bar; never a line of the comment area (its heading, form or buttons). `over_foot`
    leaves the share bar out: a run it reads stands over the tags or the wire, and over the share
    bar a run is read here."""
    if _comment_furniture(text) or SECTION_WORDS.search(text):
        return False
    if is_foot(text) or (rule or "").startswith(_FOOT_RULES):
        return True
    return _is_share_bar(text, repeated) or lexicon_category(text) in _FOOT_CATEGORIES


def _is_share_bar(text: str, repeated: frozenset[int]) -> bool:
    """The share bar: a short line naming social networks, or a line the site repeats naming one."""
    return _names_networks(text) or (fingerprint(text) in repeated and has_social_name(match_key(text)))


def _is_area(text: str, rule: str | None) -> bool:
    """A line of the page's comment area: taken out as one already, its heading, its form's fields
    or a comment block's own line (a time, an action line)."""
    if rule is not None:
        return rule.startswith("comments.")
    return _comment_furniture(text)


def article_run(doc: Document, first: int, last: int, repeated: frozenset[int] = frozenset()) -> bool:
    """Lines `first` to `last` (a run read as readers' comments with no heading over it) are the
    article's: the article's foot (its share bar, its tags, its wire's credit) stands right under
    the run (past the rest of its last item), readers' comments stand under that foot (`_readers_under`),
    and nothing of the page's furniture or comment area stands between the article's text above and
    the run (or, when the run opens the article's text, only the article's head stands between its
    headline and the run: a dateline).
    What it assumes: that a page prints its readers' comments in one place, and that when some stand
    under the foot, a run over the foot that goes on from the paragraphs is the article's last part
    (a book's card, a list of winners, quotations, a dated digest). The web does not promise that: a
    site may print some comments over its share bar and more under it. So the rule asks for comments
    themselves under the foot (a form or an 'add a comment' heading is printed under readers placed
    right under the article too), refuses no run holding a comment block's own lines (a time with an
    hour or a relative one, an action line, votes: `_comment_furniture_inside`), none whose count
    heading under the foot announces more comments than stand under it (`_counted_above`), and none
    with a reader's Latin login among its names (`signed_by_a_login`). A run under the share bar or
    the tags, or under a comment heading, is never refused; nor one with no foot under it. Where a
    page breaks the assumption with no such mark (readers over the share bar, one comment under it,
    no count), the run is kept as the article's: that is the rule's known leak."""
    lines = doc.lines
    if not 0 <= first <= last < len(lines) or signed_by_a_login(lines, first, last):
        return False
    if announced_table(lines, first, last):  # (a fixture list under the writer's colon headings)
        return True
    top, bottom = lines[first].number, lines[last].number
    items = _items(doc)
    above = [item for item in items if item[0] < top]
    below = _past_last_item([item for item in items if item[0] > bottom], repeated)
    # (dated parts of the article over its paragraphs, with the wire's credit right under them)
    signed_off = bool(below) and below[0][2] is None and is_attribution(below[0][1], labelled=False) and _dated_parts(lines, first, last)
    if _comment_furniture_inside(lines, first, last) and not signed_off:
        return False
    # above the run, up to the article's text: nothing of the page's furniture, no comment area (a run
    # under them is the readers'); or up to the headline, the article's head furniture (its dateline, a
    # print button) only: the run opens the article's text
    furniture = False
    for number, text, rule in reversed(above):
        if rule is None and is_prose(text) and not one_line_comment(text):
            if furniture:
                return False
            break
        if doc.title_line is not None and number <= doc.title_line:
            break
        if _is_area(text, rule):
            return False
        furniture = furniture or _is_foot(text, rule, repeated) or (rule is None and fingerprint(text) in repeated)
    else:
        return False  # no article text or headline above: nothing for the run to go on from
    # under it (past the rest of its last item: a list's last lines), the article's foot; then, past the
    # foot and the page's short lines, readers' comments themselves. The wire's credit ('- واس') is the
    # copy's own last line, which no reader writes under: a run right over it is the article's
    if signed_off:
        return True
    if not below or not _is_foot(below[0][1], below[0][2], repeated):
        return False
    return _readers_under(doc, below[1:], repeated)


def _past_last_item(below: list, repeated: frozenset[int]) -> list:
    """`below` past the rest of the run's last item: up to `run_tail_max_lines` lines no step took, none
    of the foot or the comment area, and no paragraph (a run's item is not a paragraph long; a
    paragraph under the run is the article's text going on, with no foot right under the run)."""
    for skipped, (_, text, rule) in enumerate(below[:SETTINGS.comments.run_tail_max_lines]):
        if rule is not None or _is_foot(text, None, repeated) or _comment_furniture(text) or is_prose(text):
            return below[skipped:]
    return below[SETTINGS.comments.run_tail_max_lines:]


def _readers_under(doc: Document, under: list, repeated: frozenset[int]) -> bool:
    """Readers' comments themselves stand under the foot, within `foot_area_reach` lines and before any
    paragraph: lines a comment step took as a comment's text or author, a line reading as a one-line
    comment or opening a comment's block, or the comment area's notice that it is empty
    (`declares_none`: no readers stand over the foot either). A form, an 'add a comment' heading or
    a bare count heading is no evidence: a page prints those under an article with no comment yet,
    and under readers printed right under its article (then the run is theirs). A count heading announcing more comments than
    stand under it says the same: the comments it counts stand above it. A line the site repeats on
    its pages is the site's, whatever its shape (a slogan 'name: words' reads as a one-line comment)."""
    lines = doc.lines
    index = {line.number: j for j, line in enumerate(lines)}
    found = False
    for number, text, rule in under[:SETTINGS.comments.foot_area_reach]:
        if (rule or "").startswith(("comments.text", "comments.author")) or declares_none(text):
            found = True
            break
        if rule is None and fingerprint(text) in repeated:
            continue
        if rule is None and (one_line_comment(text) or opens_comment(lines, index[number])):
            found = True
            break
        if rule is None and is_prose(text):
            return False
    return found and not _counted_above(doc, under, index)


# the closed class a comment area says it is empty with: "first" (be the first to comment) and the
# negations (no comments yet), in the languages the headings are read in
_NONE_YET = re.compile(r"(?:^|\s)(?:أول|أولى|اول|لا|لم|first|no|premier|première|aucun|aucune)(?:\s|$)", re.IGNORECASE)


_COMMENT_STEM = re.compile(r"تعليق|تعقيب|(?:^|\s)[يتن]?علق|comment", re.IGNORECASE)  # (the word's stem, as a verb too)


def declares_none(text: str) -> bool:
    """'كن أول من يعلق', 'لا توجد تعليقات بعد', 'Be the first to comment': a comment heading saying the
    page has no comment yet. Why it counts under the foot: a page that says so under its article
    prints no readers over its foot either, so a run there is the article's own; a heading built on
    the word for comment (its stem, as a noun or a verb) with "first" or a negation is that notice
    in any wording; a short line, no sentence."""
    key = match_key(text)
    return 0 < len(key.split()) <= SETTINGS.comments.empty_notice_max_words and not is_prose(text) \
        and bool(_NONE_YET.search(key)) and (is_header(text) or bool(_COMMENT_STEM.search(key)))


def _counted_above(doc: Document, under: list, index: dict[int, int]) -> bool:
    """A count heading under the foot announces more comments than stand under it (comments a step took,
    lines left that open a comment or read as one): the comments it counts include a run above it.
    `index` maps a line's number to its place in `doc.lines`, as `_readers_under` built it."""
    lines = doc.lines
    for k, (number, text, _) in enumerate(under):
        announced = _announced(text) if is_header(text) else None
        if announced is None:
            continue
        taken = sum(comment.line > number for comment in doc.comments)
        left = sum(rule is None and bool(one_line_comment(t) or opens_comment(lines, index[n]))
                   for n, t, rule in under[k + 1:])
        return announced > taken + left
    return False


_COUNT_WORDS = {"واحد": 1, "واحدة": 1, "تعليقان": 2, "تعليقين": 2, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثة": 3,
                "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5}


def _announced(text: str) -> int | None:
    """The number of comments a count heading announces ('3 تعليقات', 'تعليقان'), or None."""
    digits = re.search(r"[\d٠-٩]+", text)
    if digits:
        return int(digits.group().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
    counted = [_COUNT_WORDS[w] for w in words(text) if w in _COUNT_WORDS]
    return counted[0] if counted else None


def _stamp_or_action(text: str) -> bool:
    """A time or a name with one, an action line or a line of votes: what a comment block prints,
    or an article's dated line of the same shape."""
    return is_time(text) or bool(meta_time(text)) or is_anchor(text) or is_meta(text)


def _comment_furniture_inside(lines, first: int, last: int) -> bool:
    """A line of the run only a comment block prints: a relative time, an hour, a name with a time, an
    action line ('رد', 'أعجبني · رد'), a line of votes. A calendar date alone is not one (an article's
    dated digest sets its dates over its paragraphs), and a date with its hour counts from its second
    line on: the article's dateline ('نشر في <date> الساعة <hour>') stands once over the text a run
    may open, where a comment block prints one stamp per comment."""
    stamps = 0
    for j in range(first, last + 1):
        text = lines[j].text
        if _is_date_only(text) or not _stamp_or_action(text):
            continue
        if not _YEAR.search(_CLOCK.sub(" ", text)):
            return True
        stamps += 1
        if stamps >= 2:
            return True
    return False


def _dated_parts(lines, first: int, last: int) -> bool:
    """The run's stamps are all calendar dates with a year, no hour, nothing relative and no action
    line, and most of its other lines are paragraphs: an article's dated parts ('<headline> 03/07/2012'
    over its paragraph), as a wire's report sets them; readers' stamps carry an hour or a relative
    time and their texts are a line or two."""
    stamps, others = 0, []
    for j in range(first, last + 1):
        text = lines[j].text
        if _stamp_or_action(text):
            if not _YEAR.search(text) or _CLOCK.search(text) or is_action_line(text) or is_meta(text):
                return False
            stamps += 1
        else:
            others.append(text)
    return stamps >= 1 and bool(others) and 2 * sum(is_prose(t) for t in others) >= len(others)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _is_date_only(text: str) -> bool:
    """A calendar date with no hour and nothing relative ('12 - مارس - 2016'): a digest's, or a comment's."""
    return is_date_stamp(text, labelled=False) and not _CLOCK.search(text)


def signed_by_a_login(lines, first: int, last: int) -> bool:
    """A line of the run is signed with a Latin login ('name_12: ...', '3. name_12'): an article labels its own
    lines in the words of its language, so the run is the readers' wherever it stands (privacy first)."""
    for j in range(first, last + 1):
        said = one_line_comment(lines[j].text, loose=True)
        numbered = NUMBERED.match(lines[j].text)  # (or a numbered block's name line: '2. name_12')
        if (said and is_handle(said[0])) or (numbered and is_handle(numbered.group("rest"))):
            return True
    return False


def block_end(doc: Document, i: int, repeated: frozenset[int] = frozenset(), end: int | None = None) -> int:
    """The last line of the block opened at line `i` (a name or time line, its text under it): the line
    right over the article's foot, when the foot stands within a block's length (or by line `end`,
    the last line the block may reach); else `i` (or `end`)."""
    lines = doc.lines
    stop = i + SETTINGS.comments.last_block_max_lines if end is None else end + 1
    for j in range(i, min(len(lines) - 1, stop)):
        if _is_foot(lines[j + 1].text, None, repeated):
            return j
    return i if end is None else min(end, len(lines) - 1)


def past_article(doc: Document, run: list[int], repeated: frozenset[int] = frozenset()) -> list[int]:
    """The openers of `run` (name or time lines, one block each) under the article's foot: those over
    it, when the foot closes them as the article's (`article_run`), are dropped. Why it generalizes:
    the foot closes the article, so one run of blocks does not cross it; a dated line of the article
    (a digest's date over its paragraph) and a reader's name over a time stand on either side of it."""
    lines = doc.lines
    feet = [j for j in range(run[0] + 1, run[-1]) if _is_foot(lines[j].text, None, repeated)]
    if not feet:
        return run
    head = [i for i in run if i < feet[0]]
    if head and article_run(doc, head[0], feet[0] - 1, repeated):
        return [i for i in run if i > feet[0]]
    return run


def foot_closes_text(doc: Document, i: int, repeated: frozenset[int] = frozenset()) -> bool:
    """Above line `i`, under the headline (or from the page's top when none was found), a line of the
    article's words stands with the article's foot under it (its share bar, its tags, its wire's
    credit: `_is_foot`), and no foot line is printed again under `i`: the article is over above `i`,
    however short its text. Why it generalizes: a feed cuts its story at a length limit, mid-sentence
    ('وأوضح المتحدث باسم البلدية أن'), and a wrapping tool breaks paragraphs into short lines, so an
    article may hold no line long enough to read as a paragraph; but the page still closes the story
    with its foot, and what stands between the headline and that foot is the story, whatever its
    length. A line of the page's furniture (a chrome phrase, a line the site repeats, a comment area's
    line) is not the article's; a foot line over the text (a wire's credit over the story) closes
    nothing, and a bar printed again under `i` was the one under the headline: the story runs on."""
    lines = doc.lines
    top = doc.title_line if doc.title_line is not None else -1
    text_seen = False
    for j in range(i):
        if lines[j].number <= top:
            continue
        text = lines[j].text
        if _is_foot(text, None, repeated):
            if text_seen:
                return not any(_is_foot(line.text, None, repeated) for line in lines[i:])
        elif len(words(text)) >= SETTINGS.comments.article_line_min_words and not lexicon_category(text) \
                and fingerprint(text) not in repeated and not _comment_furniture(text):
            text_seen = True
    return False
