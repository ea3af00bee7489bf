"""Where a comment section starts on a page, found by the structure of its lines.

A section opens with a heading built on a word for "comment" followed by comment lines, or, with
no heading, with a run of repeated blocks after the article's last paragraph: name and time lines,
"name: text" lines, numbered blocks, a lone comment under the page's share line; never a run that
the article's foot closes with readers' comments under that foot (`comment_lists.py`: the article's
own list). What each line is: `comment_lines.py`; taking the section out: `comments.py`.
"""

from __future__ import annotations

import bisect
import re

from .chrome import lexicon_category
from .comment_said import is_handle, one_line_comment, reader_below, reader_between
from .comment_shapes import (
    form_prompt,
    announces_paragraphs, boxes_above, closes_box, is_foot, name_over_time, over_foot, page_between, under_area_heading, writers_slot,
    area_taken_over, comment_area_below)
from .closing import is_tag_line
from .comment_forms import is_hashtag_line
from .comment_lists import article_run, block_end, foot_closes_text, past_article, signed_by_a_login
from .comment_lines import (
    NUMBERED, REPLY, SECTION_WORDS, author_and_time, counts_one, is_labelled, is_anchor, is_byline, is_counted,
    is_header, is_listed_header, is_meta, is_time, meta_time, name_like, opens_comment, past_list,
    unnumbered)
from .repetition import fingerprint
from .schema import Document
from .settings import SETTINGS
from .text import ends_sentence, ends_with_full_stop, is_prose, match_key, words

_NUMBER_ONE = re.compile(r"^\D{0,2}1\D")  # a line numbered 1: a first numbered comment?


def comment_run(lines, start: int, head: bool = False, paged: bool = False, undated: bool = False) -> int:
    """How many lines from `start` are one-line comments by different people (an interview's
    two speakers taking turns is not a comment section). `head`: the first line may carry a long name,
    as a section's lines may (`_run_head`). `paged`: the page's furniture over it; `undated`: a paragraph."""
    names, length = [], 0
    for line in lines[start:]:
        if is_hashtag_line(line.text):
            break  # the story's hashtags ('label: #a #b'): the article's foot, no reader's line
        # once two readers have spoken, the run is a section of such lines: a long name goes too
        said = one_line_comment(line.text, loose=bool(names), in_section=len(names) >= 2 or (head and not length),
                                undated=undated, over_reader=not names and reader_below(lines, start))
        if not said and len(names) >= 2:
            said = reader_between(lines, start + length)  # (between readers, or under them: no heading)
        elif not said and names and start + length + 1 < len(lines) and NUMBERED.match(lines[start + length + 1].text):
            said = reader_between(lines, start + length)  # (a one-word text going on as a list, a reader under it)
        elif not said and names and start + length + 1 < len(lines) and one_line_comment(lines[start + length + 1].text):
            # between the first two readers, a reader's slot: a text opening with a quotation, a long name
            said = one_line_comment(line.text, in_section=True, between=True)
        if not said:
            if names and NUMBERED.match(line.text):  # a numbered list inside the last comment
                length += 1
                continue
            break
        names.append(match_key(said[0]))
        length += 1
    # two lines, one of them a tag line ('label: a، b'), are the article's foot (its last line and the
    # story's tags), not two readers; inside a longer run such a line is a reader's short list, and so
    # is a reader's line of that shape ('name: thanks، well done') under the page's share bar (`paged`)
    if length == 2 and not paged and any(is_tag_line(line.text) for line in lines[start:start + 2]):
        return 0
    return length if len(names) >= 2 and len(set(names)) >= max(2, 0.6 * len(names)) else 0


def find_section(doc: Document, repeated: frozenset[int] = frozenset()) -> tuple[int, bool | None] | None:
    """(index where the section starts, whether that line is a header), or None.
    (i, None): a header with nothing recognisable as a comment after it. `repeated`: fingerprints
    of the lines the site prints on many pages (its slogan is no one's comment)."""
    lines = doc.lines
    for i, line in enumerate(lines):
        if not is_header(line.text) or not _article_above(doc, i, repeated) or _under_numbered_name(lines, i) \
                or announces_paragraphs(lines, i):
            continue
        window = range(i + 1, min(len(lines), i + 1 + SETTINGS.comments.signal_window))
        # (over a paragraph-less story only the foot closes, a count is no comment: the link by the headline
        # counts comments printed elsewhere; its own comments' lines stand under a section's heading)
        counted = is_counted(line.text) and _article_above(doc, i, repeated, cut=False)
        if counted or any(opens_comment(lines, j) or is_meta(lines[j].text) or NUMBERED.match(lines[j].text)
                          or meta_time(lines[j].text) or one_line_comment(lines[j].text) for j in window):
            return i, True
        if is_listed_header(line.text) or not any(is_prose(l.text) for l in lines[i + 1:]):
            return i, None  # a header with no comment after it ("أضف تعليقك" and a form): the header alone
        continue  # a subheading that happens to use the word ("تعليق الوزارة") over article text
    # No header: two or more comments recognised by their shape after the last paragraph.
    prose = [i for i, line in enumerate(lines) if is_prose(line.text)]
    if not prose:
        return None
    article_prose = [i for i in prose if not one_line_comment(lines[i].text)]
    for i in range(1, len(lines)):
        head = _run_head(doc, i, repeated)
        undated = bool(article_prose) and article_prose[0] < i  # (a dateline heads a story: 'name - RT ...')
        run = comment_run(lines, i, head, page_between(doc, i, repeated), undated) if head or (
            one_line_comment(lines[i].text, undated=undated, over_reader=reader_below(lines, i))
            and not one_line_comment(lines[i - 1].text, undated=undated)) else 0
        # article text above the run: a paragraph, or a poem's or a list's short lines under the headline
        if run:
            last = i + run - 1
            prose_under = any(p > last and not form_prompt(lines, p) for p in article_prose)
            # (over the story's foot a run goes on from the article, unless a reader's Latin login signs it)
            article_foot = over_foot(doc, i, last, repeated) and not signed_by_a_login(lines, i, last)
            if not prose_under and not article_foot \
                    and (any(p < i for p in article_prose) or _article_above(doc, i, repeated)) \
                    and not article_run(doc, i, last, repeated):
                return i, False
        blocks = numbered_blocks(lines, i, least=1) if _NUMBER_ONE.match(lines[i].text) else []
        if blocks and blocks[0] == i and _article_above(doc, i, repeated):
            if len(blocks) >= 2:
                end = blocks[-1] + max(b - a for a, b in zip(blocks, blocks[1:])) if _blocks_have_anchors(lines, blocks) else None
            # a lone numbered block is a comment when a line only a comment has closes it, and no comment
            # block opens right above it ('name', 'time', 'text', '1- ...': a list inside that comment's
            # text, and the section starts at that block, found below)
            elif not any(opens_comment(lines, j) for j in range(max(1, i - SETTINGS.comments.form_lookahead), i)):
                end = next((j for j in range(i + 2, min(len(lines), i + SETTINGS.comments.last_block_max_lines))
                            if is_anchor(lines[j].text) or is_meta(lines[j].text)), None)
            else:
                end = None
            refused = end is None or any(p > end + 1 for p in prose) \
                or article_run(doc, i, block_end(doc, i, repeated, end), repeated)
            if not refused:
                above = lines[i - 1].text
                short = len(words(above)) <= SETTINGS.comments.header_max_words
                heading = short and not is_prose(above) and not ends_sentence(above)
                return (i - 1, True) if heading else (i, False)
    openers = [i for i in range(1, len(lines)) if opens_comment(lines, i) and not is_time(lines[i - 1].text)]
    if sum(bool(author_and_time(lines[i].text)) for i in openers) >= 2:
        # signed lines ('name - date') open two comments or more: a line of that shape with a name as long
        # as readers make them opens one too (`author_and_time`'s signed_section)
        openers = sorted(set(openers) | {i for i in range(1, len(lines))
                                         if author_and_time(lines[i].text, True) and not is_time(lines[i - 1].text)})
    # Only after the article's last paragraph: a paragraph not right under a name/time line (a
    # comment's text) belongs to the article. Openers are grouped in runs that no such paragraph
    # interrupts; a run opens the section when article text stands above it and none below it, or
    # one closing note (a site's disclaimer) below a run of short comments.
    # name-and-time lines one under another are a list ('الجولة الأولى: 03 مارس'), not comments:
    # each comment's text stands under its name and time
    paired = {i for i in openers if author_and_time(lines[i].text)}
    openers = [i for i in openers if not (i in paired and (i - 1 in paired or i + 1 in paired))]
    starts = set(openers)
    block_starts = [i for i in openers if i - 1 not in starts]  # a name over its time is one block
    # a comment's text stands right under its name line, or under the time under it, and a
    # numbered list, or a second line of text before the next block, goes on right under it
    in_comment: set[int] = set()
    for p in range(len(lines)):
        if (p - 1 in starts or (p - 2 in starts and is_time(lines[p - 1].text))
                or (p - 1 in in_comment and (NUMBERED.match(lines[p].text) or (
                    p + 1 in starts and bisect.bisect_left(block_starts, p) > 1)))):  # (past the first block)
            in_comment.add(p)
    # the page's first paragraph is the article's, whatever stands over it (a dateline's date reads as
    # a comment's time): a comment section follows an article
    # (a reply marker with a long name, 'ردا على <name>?', is the comment widget's, not the article)
    # (unless a poem's short lines stand above it: then the article is over, `_article_above`)
    article = [p for p in prose if (p not in in_comment or (p == prose[0] and not _article_above(doc, p, repeated)))
               and not name_over_time(lines, p, in_comment)
               and not (REPLY.match(lines[p].text) and len(words(lines[p].text)) <= SETTINGS.comments.section_name_max_words)]
    runs: list[list[int]] = []
    for i in openers:  # (the story's tag line between two openers ends a run: the article's foot; not a
        # reader's line of that shape, nor under the page's share bar, where the article is over)
        foot = runs and not page_between(doc, runs[-1][0], repeated) and any(
            is_tag_line(lines[q].text) and not one_line_comment(lines[q].text) for q in range(runs[-1][-1] + 1, i))
        if runs and not any(runs[-1][-1] < p < i for p in article) and not foot:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        run = past_article(doc, run, repeated)  # (its openers over the article's foot are the article's)
        if not run:
            continue
        below = sum(p > run[-1] and not form_prompt(lines, p) for p in article)
        long_text = any(len(words(lines[i + 1].text)) >= SETTINGS.text.prose_min_words
                        for i in run if i + 1 < len(lines) and i + 1 not in starts)
        if len(run) >= 2 and (any(p < run[0] for p in article) or _article_above(doc, run[0], repeated)) \
                and (below == 0 or (below == 1 and not long_text)) \
                and not article_run(doc, run[0], block_end(doc, run[-1], repeated), repeated):
            start = run[0]
            break
    else:
        lone = _lone_comment(doc, article_prose, repeated)
        if lone is None:
            return None
        # (a lone text under a time: its block begins at the time, its writer's name over it)
        if lone >= 2 and is_time(lines[lone - 1].text):
            lone -= 2 if _first_name_slot(lines, lone - 2, repeated) else 1
        lone = boxes_above(lines, lone)
        return (lone - 1, True) if counts_one(lines[lone - 1].text) else (lone, False)
    if is_time(lines[start].text) and start >= 2 and any(j + 1 < len(lines) and is_time(lines[j + 1].text) for j in run) \
            and _first_name_slot(lines, start - 1, repeated):
        start -= 1
    start = boxes_above(lines, start)
    before = lines[start - 1].text
    if (len(words(before)) <= 5 and not is_prose(before) and SECTION_WORDS.search(before)):
        return start - 1, True
    return start, False


def _run_head(doc: Document, i: int, repeated: frozenset[int]) -> bool:
    """Line `i` opens a run of one-line comments with a reader's long name ('<name of ten words>: text'),
    over an ordinary one: under the page's furniture (a chrome phrase, a line the site repeats, a
    comment heading, an empty comment area taken out), never under the article's text. Why it
    generalizes: a run of readers' lines under the article's end is a comment section, and its first
    line is in the writer's slot whatever the name's length; read alone, it would pass for a sentence.
    The comment area's heading or form under the next reader says so too: it stands under comments."""
    lines = doc.lines
    if not 0 < i < len(lines) - 1 or one_line_comment(lines[i].text) or not one_line_comment(lines[i].text, in_section=True) \
            or not one_line_comment(lines[i + 1].text):
        return False
    above = lines[i - 1].text
    return bool(lexicon_category(above) or fingerprint(above) in repeated or is_header(above) or area_taken_over(doc, i)
                # (or under a line that is no paragraph, a share line the furniture rules do not know, over two
                # readers or more, or over one with the comment area's heading or form right under it)
                or (not is_prose(above) and not one_line_comment(above)
                    and (comment_run(lines, i + 1) >= 2 or comment_area_below(doc, i + 1))))


def _first_name_slot(lines, k: int, repeated: frozenset[int]) -> bool:
    """Line `k`, over the first time of a run whose other blocks open with a name over their time,
    is the first writer's name, however long ('الاستاذ الدكتور ... القزاز'): a short line that is no
    paragraph, furniture or heading, under a line that is no paragraph either (the page's share
    line, tags). Why it generalizes: the run's own blocks say where a name stands."""
    text = lines[k].text
    # (a name may end as a sentence, 'ziad ..', shorter than a paragraph: the slot says it is a name)
    short = 0 < len(words(text)) <= SETTINGS.comments.section_name_max_words and len(words(text)) < SETTINGS.text.prose_min_words
    furniture = (is_meta(text) or is_header(text) or is_time(text) or is_byline(text) or bool(lexicon_category(text))
                 or fingerprint(text) in repeated)
    return short and not is_prose(lines[k - 1].text) and not furniture


def _under_numbered_name(lines, i: int) -> bool:
    """Line `i` stands right under a numbered block's name line ('3 - Diaa'): a heading-like line
    there ('التعليق رقم 3') is that reader's subject line, not the heading of a new section."""
    match = NUMBERED.match(lines[i - 1].text) if i else None
    return bool(match and match.group("rest") and name_like(match.group("rest").strip(), SETTINGS.comments.name_max_words))


def _article_above(doc: Document, i: int, repeated: frozenset[int], cut: bool = True) -> bool:
    """Article text stands above line `i`: a paragraph, or, in an article of short lines (a poem,
    a list of results), several lines of words under the headline (none found: from the page's top,
    its menus being furniture the lexicon or the site's repetition knows) that are not the page's
    furniture; or a line of words the article's foot closes (`comment_lists.foot_closes_text`: a
    paragraph a feed cut short, a wrapped one; `cut`). A comment section follows an article; a
    heading-like line above any is the page's."""
    lines = doc.lines
    if any(is_prose(line.text) for line in lines[:i]):
        return True
    top = doc.title_line if doc.title_line is not None else -1
    body = [line for line in lines[:i] if line.number > top and len(words(line.text)) >= 3
            and not lexicon_category(line.text) and fingerprint(line.text) not in repeated]
    return len(body) >= SETTINGS.comments.short_article_min_lines or (cut and foot_closes_text(doc, i, repeated))


def _lone_comment(doc: Document, article_prose: list[int], repeated: frozenset[int]) -> int | None:
    """A single comment below the article's end, 'name - text' on one line or a 'name - date' line
    over its text: after the article's last paragraph and after a line of the page's furniture
    there (share buttons, tags: a chrome phrase or a line the site repeats on its pages), with no
    article text below it.
    Why it generalizes: the article does not resume after its share line, and what a reader posts
    under it has the shape of a comment. Or with the comment area's heading or form right under it
    (still on the page, or taken out already), or taken out right over it with no comment in it: a
    comment area's heading and form announce the comments under them, whatever the widget calls
    them (an area that held its comments is over; a line under it is the page's). Or under a heading
    that counts one item ('<words> (1)'), whatever its words: it counts that comment. Or a box of a
    name, a text and the action line with a time that closes a comment ('Like · Reply · 2h'): that
    line is a comment's alone. Or under the story's tag line ('label: a، b') or its wire's credit
    line: the article's foot is over, and what stands under it is no closing line of the article.
    Or a writer's Latin login ('name_12 - ...', 'name_12 — date' over a text: `comment_said.is_handle`)."""
    lines = doc.lines
    for i in range(1, len(lines)):
        text = lines[i].text
        if fingerprint(text) in repeated:
            continue
        pair = one_line_comment(text, undated=bool(article_prose) and article_prose[0] < i)  # (no dateline there)
        said = bool(pair) and not (i + 1 < len(lines) and one_line_comment(lines[i + 1].text)) \
            and not one_line_comment(lines[i - 1].text)
        signature = None if said or i + 1 >= len(lines) else author_and_time(text)
        # (a signature is no sentence: a line of place and date ending with a full stop is a dateline;
        # signatures or a time one under another are a list of dates, a chrome phrase under it the page's)
        listed = signature and (author_and_time(lines[i - 1].text) or is_time(lines[i + 1].text)
                                or author_and_time(lines[i + 1].text))
        signed = bool(signature) and not ends_with_full_stop(text) and not listed and not lexicon_category(lines[i + 1].text)
        boxed = (not said and not signed and i + 2 < len(lines) and name_like(text, SETTINGS.comments.name_max_words)
                 and bool(meta_time(lines[i + 2].text)) and not is_anchor(lines[i + 1].text) and not is_meta(lines[i + 1].text))
        # (the story's tags, or its wire's credit, right under the line: the article's foot, over its last line)
        last = past_list(lines, i + 1 + bool(signed)) - 1
        if not (said or signed or boxed) or (over_foot(doc, i, last, repeated) and not signed_by_a_login(lines, i, i)):
            continue
        # the comment's last line (a numbered list right under its text goes on with it)
        own = i + 2 if boxed else past_list(lines, i + 2) - 1 if signed else past_list(lines, i + 1) - 1
        # (a box's action line is a comment's alone: any paragraph above will do, one that opens with a
        # place and a dash, 'نيويورك - ...', too)
        above = [p for p in article_prose if p < i] or [p for p in range(i) if boxed and is_prose(lines[p].text)]
        # 'أرسله: name | date' over a text: a label, a name and a date sign a reader's comment
        labelled = signed and is_labelled(text) and not is_byline(text) and fingerprint(lines[own].text) not in repeated
        if not above or any(p > own for p in article_prose):
            continue
        under_furniture = any(lexicon_category(lines[j].text) or fingerprint(lines[j].text) in repeated or is_foot(lines[j].text)
                              for j in range(above[-1] + 1, i))
        area = comment_area_below(doc, own, under_area_heading(lines, above[-1], i)) or area_taken_over(doc, i)
        if (labelled or boxed or under_furniture or area or counts_one(lines[i - 1].text)
                or is_handle(pair[0] if said else signature[0] if signed else "")) \
                and not article_run(doc, i, own, repeated):
            return i
    return None


def first_block(lines, first: int) -> int:
    """Where the first comment begins in a section whose heading is at `first - 1`: the lines
    between (a sort menu, 'Login', 'أضف تعليقًا...', a form) are the widget's furniture. The first
    comment is found by its anchor, a time or a closing action line, and the name line above it (a
    numbered list that action line closes ends a box's text, no writer's line: controls close one comment)."""
    for a in range(first, min(len(lines), first + 2 * SETTINGS.comments.signal_window)):
        text = lines[a].text
        if is_time(text):  # the line over the first time is its writer's name, however long, a sentence too
            above = lines[a - 1].text.rstrip(":： ")
            named = name_like(above, SETTINGS.comments.name_max_words) or (
                len(words(above)) <= SETTINGS.comments.section_name_max_words
                and not is_meta(above) and not is_header(above) and not lexicon_category(above))
            return a - 1 if a > first and named else a
        following = lines[a + 1].text if a + 1 < len(lines) else ""
        after = lines[a + 2].text if a + 2 < len(lines) else ""  # (one odd line between two readers)
        past = past_list(lines, a + 1)
        listed = lines[past].text if past < len(lines) else ""  # (its list, then a reader)
        if (author_and_time(text) or (one_line_comment(text) and (one_line_comment(following) or one_line_comment(after)
                                                                  or (a + 1 < len(lines) and reader_between(lines, a + 1))
                                                                  or (NUMBERED.match(following) and one_line_comment(listed))))
                or (NUMBERED.match(text) and not closes_box(lines, past)) or REPLY.match(text)):
            return a
        if closes_box(lines, a):
            for b in range(a - 2, max(first - 1, a - 7), -1):  # a name, then at least one line of text
                if past_list(lines, b) != a and name_like(unnumbered(lines[b].text), SETTINGS.comments.name_max_words):
                    return b
            return first if a - 2 == first and writers_slot(lines[first].text) else max(first, a - 1)
        if is_prose(text):
            return first
    return first


def numbered_blocks(lines, first: int, least: int = 2) -> list[int]:
    """Indices of the lines that open numbered comment blocks ('1 - محمد', '2. NancyAjram', ...):
    a number counting up from one or from the last, then a name. Why it generalizes: a site that
    numbers its comments prints the number and the writer on the block's first line, whatever
    comes under it (a title, the text, a place and date, votes). The count goes on in the style it
    began with ('1.' then '2.'): a '2-' in another style is an item of a list inside a comment."""
    found, expected, style = [], None, None
    for j in range(first, min(len(lines), first + 400)):
        match = NUMBERED.match(lines[j].text)
        number = re.match(r"\D*(\d+)", lines[j].text)
        if not match or not number:
            continue
        n = int(number.group(1))
        mark = re.match(r"\D*\d+\s*(\S?)", lines[j].text).group(1)
        if expected is not None and mark != style:
            continue
        if not match.group("rest"):  # the count going on over a block with no name: a reader left it empty
            # (the count may begin there: '1.' alone, with '2. name' under its text and votes)
            if expected is None and n == 1 and _second_block_follows(lines, j):
                found.append(j)
                expected, style = 2, re.match(r"\D*\d+\s*(\S?)", lines[j].text).group(1)
            elif expected is not None and n == expected and j > first and is_meta(lines[j - 1].text):
                found.append(j)
                expected = n + 1
            continue
        name = match.group("rest").strip()
        # the count going on is structure enough for a long display name ('مواطن يحب بلده ويتمنى له الخير دائما')
        limit = SETTINGS.comments.name_max_words if expected is None else SETTINGS.text.prose_min_words - 1
        # right under the last block's action line a name may even read as a sentence ('مواطن يحب بلده.');
        # so may the first block's, when the second block follows under the first one's action line
        after_anchor = (expected is not None and j > first and (is_anchor(lines[j - 1].text) or is_meta(lines[j - 1].text))) \
            or (expected is None and n == 1 and _second_block_follows(lines, j))
        if after_anchor:  # the count going on right under an action line: a reader's long pseudonym too
            limit = SETTINGS.comments.section_name_max_words
        if (expected is None and n == 1 or n == expected) and 0 < len(words(name)) <= limit \
                and (not is_prose(name) or after_anchor) and not is_time(name) and not is_byline(name) \
                and not author_and_time(name) and (not one_line_comment(lines[j].text) or after_anchor):
            found.append(j)
            expected, style = n + 1, style if style is not None else mark
    return found if len(found) >= least else []


def _second_block_follows(lines, j: int) -> bool:
    """'2. ...' within a block's length under line `j`, right under an action line (votes, a time)."""
    for k in range(j + 2, min(len(lines), j + SETTINGS.comments.last_block_max_lines + 1)):
        match = NUMBERED.match(lines[k].text)
        if match and re.match(r"\D*2\D", lines[k].text) and (is_anchor(lines[k - 1].text) or is_meta(lines[k - 1].text)):
            return True
    return False


def _blocks_have_anchors(lines, starts: list[int]) -> bool:
    """Numbered comment blocks, not a numbered list: something stands between the numbers, and in
    most blocks it includes a line only a comment has (a time, votes, an action line)."""
    gaps = [range(a + 1, b) for a, b in zip(starts, starts[1:])]
    if any(len(gap) == 0 for gap in gaps):
        return False
    anchored = sum(any(is_anchor(lines[j].text) or is_meta(lines[j].text) for j in gap) for gap in gaps)
    return anchored * 2 >= len(gaps)
