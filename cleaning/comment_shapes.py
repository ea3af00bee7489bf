"""The shapes around a page's comments that `comment_sections` and `comments` read, none of them a
comment itself: the action line every comment box closes with (`closing_lines`, `closes_box`), a
section of boxes read upward from one of them (`boxes_above`), the article's foot under its last
line (`over_foot`, `page_between`), a sentence announcing the article's paragraphs
(`announces_paragraphs`), a heading of the readers' area (`under_area_heading`), the next
writer's name slot between boxes (`name_over_time`) or under the heading (`writers_slot`), and the
comment area's heading or form under a line, or taken out over it (`comment_area_below`,
`area_taken_over`). A comment printed on one line: `comment_said`.
"""

from __future__ import annotations

import re
from collections import Counter

from .attribution import is_attribution
from .chrome import lexicon_category
from .comment_lines import (
    REPLY, SECTION_WORDS, author_and_time, is_action_line, is_form_line, is_header, is_listed_header, is_meta, is_time, meta_time,
    skeleton)
from .comment_forms import action_row, action_rows_under_texts, is_hashtag_line
from .comment_said import one_line_comment
from .closing import is_tag_line
from .repetition import fingerprint
from .schema import Document
from .settings import SETTINGS
from .text import ends_with_full_stop, is_prose, words


def over_foot(doc, first: int, last: int, repeated: frozenset[int] = frozenset()) -> bool:
    """The article's foot stands right under line `last`: the story's tag line ('label: a، b'), or
    its wire's credit line (over the tags or not), and lines `first` to `last` stand right under the
    article's last paragraph, nothing of the page between (`page_between`). Why it generalizes: a
    page files its story under its tags at the article's foot, a wire signs its story under its
    last line, and the comments come under that foot; 'label: text' lines over it (a question and
    its answer, a list) are the article's when they go on from its paragraphs. Under the page's
    share bar or a heading the article is over, and a tag-shaped reader's line ('name: thanks، well
    done') is a comment, not the foot."""
    lines = doc.lines
    foot = last + 1 < len(lines) and is_foot(lines[last + 1].text) and (
        is_hashtag_line(lines[last + 1].text) or not one_line_comment(lines[last + 1].text))
    return foot and not page_between(doc, first, repeated)


def page_between(doc, first: int, repeated: frozenset[int] = frozenset()) -> bool:
    """Something of the page stands between the article's last paragraph above line `first` and
    that line: a chrome phrase (a share bar), a line the site repeats, a heading, or a line an
    earlier step took out (the page's furniture)."""
    lines = doc.lines
    above = [p for p in range(first) if is_prose(lines[p].text) and not one_line_comment(lines[p].text)]
    if not above:
        return False
    if any(lexicon_category(lines[j].text) or fingerprint(lines[j].text) in repeated or is_header(lines[j].text)
           for j in range(above[-1] + 1, first)):
        return True
    return any(lines[above[-1]].number < r.line < lines[first].number for r in doc.removed)


def is_foot(text: str) -> bool:
    """A line of the article's foot: the story's tag line (or its hashtags) or its wire's credit line."""
    return is_tag_line(text) or is_attribution(text) or is_hashtag_line(text)


def announces_paragraphs(lines, i: int) -> bool:
    """Line `i`, a heading-like sentence ending with a colon, announces the two paragraphs right under
    it ('and the readers' comments on the news read as follows:'): the article's sentence, not a
    section's heading. Why it generalizes: a comment widget prints its writers, times or form under
    its heading, never two paragraphs straight away; an article announces its quotes with a colon,
    in a sentence (as many words as `edges._announced_list` asks), where a heading is a short label
    ('تعليقات القراء:') over nameless comments."""
    text = lines[i].text.rstrip()
    sentence = len(words(text)) >= SETTINGS.chrome.announce_min_words and not is_listed_header(text)
    return sentence and text.endswith((":", "：")) and i + 2 < len(lines) and all(
        is_prose(lines[j].text) and not one_line_comment(lines[j].text) for j in (i + 1, i + 2))


def closing_lines(lines, start: int = 0) -> frozenset[str]:
    """Skeletons of the short lines that recur right under comments' texts: the action line each
    comment box closes with ('أعجبني · رد · 5 س', 'Reply • Share ›', 'رد'), whatever its words.
    Why it generalizes: a comment widget prints the same controls under every comment, and only
    there; a name line recurs too, but above a text, after a time, never right under a text."""
    # only a skeleton two short lines share can recur: the other tests run for those lines alone
    candidates: dict[str, list[int]] = {}
    for i in range(max(start, 1), len(lines)):
        text = lines[i].text
        if (len(words(text)) <= SETTINGS.comments.closer_max_words or action_row(text)) and (key := skeleton(text)):
            candidates.setdefault(key, []).append(i)
    counts: Counter = Counter()
    for key, indices in candidates.items():
        if len(indices) < 2:
            continue
        for i in indices:
            text = lines[i].text
            if is_prose(text) or ends_with_full_stop(text):
                continue
            following = lines[i + 1].text if i + 1 < len(lines) else ""
            above = lines[i - 1].text
            if is_time(following) or (author_and_time(text) and not action_row(text)) or is_time(text) or is_header(text):
                continue
            if (len(re.findall(r"[^\W\d_]{2,}", above)) >= 2 and not is_time(above) and not is_header(above)
                    and not is_meta(above) and not meta_time(above)):
                counts[key] += 1
    return frozenset(key for key, n in counts.items() if n >= 2) | action_rows_under_texts(lines, start)


def closes_box(lines, k: int) -> bool:
    """Line `k` is the action line a comment box closes with: a time in it, or the line that recurs
    under every box's text (`closing_lines`)."""
    return k < len(lines) and is_action_line(lines[k].text)


def writers_slot(text: str) -> bool:
    """The line right under a comment heading, over one line of text and the action line that closes
    the box: the first writer's name, even one ending with a full stop ('سامي.') that alone reads
    as a sentence's end. Why it generalizes: every box of the section has that shape (name, text,
    controls), so the slot says what the line is; the widget's own lines there (a heading, a sort
    menu or a form line, a time, a chrome phrase) and a paragraph are not read as one."""
    return (0 < len(words(text)) <= SETTINGS.comments.section_name_max_words and not is_prose(text) and not is_meta(text)
            and not is_header(text) and not is_time(text) and not lexicon_category(text))


def boxes_above(lines, i: int) -> int:
    """Where a section of comment boxes (name, text, the action line they close with) begins, found
    from its box at `i`: a box of the same shape right above, under no paragraph, is the first one,
    its writer's name however long ('<a name of sixteen words>'). Why it generalizes: every box of
    a widget has its writer in the same slot; the article's paragraph never closes with its action line."""
    while i >= 4 and closes_box(lines, i - 1) and not closes_box(lines, i - 2) and not is_meta(lines[i - 2].text) \
            and 0 < len(words(lines[i - 3].text)) <= SETTINGS.comments.section_name_max_words \
            and not is_meta(lines[i - 3].text) and not is_time(lines[i - 3].text) \
            and (closes_box(lines, i - 4) or not is_prose(lines[i - 4].text)):
        i -= 3
    return i


def under_area_heading(lines, last_paragraph: int, i: int) -> bool:
    """A short line built on a word for the readers' area ('ما كتبه الزوار') stands between the
    article's last paragraph and line `i`: a heading of the comment area, whatever it says."""
    return any(len(words(lines[j].text)) <= SETTINGS.comments.header_max_words and not is_prose(lines[j].text)
               and SECTION_WORDS.search(lines[j].text) for j in range(last_paragraph + 1, i))


def name_over_time(lines, p: int, in_comment: frozenset[int] | set[int] = frozenset()) -> bool:
    """Line `p` stands between a comment box's closing action line, or a comment's text (under its
    name and time), and a time: the next writer's name slot, even when the name reads as a sentence
    ('كلمة من مواطن بسيط.'), not the article resuming; so between a reply marker and a time.
    Why it generalizes: every box of a widget closes with the same action line and opens with its
    writer and time, and a block of name, time and text is followed by the next one (a reply's under
    its marker); an article's paragraph has neither around it."""
    if not 0 < p < len(lines) - 1 or not is_time(lines[p + 1].text) \
            or len(words(lines[p].text)) > SETTINGS.comments.section_name_max_words:
        return False
    above = lines[p - 1].text
    # (or a reply marker, 'ردا على <name>': the reply's writer and time stand under it)
    return p - 1 in in_comment or is_meta(above) or closes_box(lines, p - 1) or bool(REPLY.match(above))


def comment_area_below(doc: Document, i: int, far: bool = False) -> bool:
    """A comment section's heading or its form's first lines right under line `i` ('أضف تعليقك',
    'الاسم'), or a comment area taken out right under it: the area the line belongs to. `far`: the
    form's short fields, whatever the widget calls them, may stand between (for a line under the
    area's heading, `comment_shapes.under_area_heading`: an article's closing line stands under its
    paragraph)."""
    lines = doc.lines
    reach = SETTINGS.comments.signal_window if far else SETTINGS.comments.form_lookahead
    for j in range(i + 1, min(len(lines) + 1, i + 1 + reach)):  # (len(lines): an area taken out at the page's end)
        after = lines[j].number if j < len(lines) else float("inf")
        if (far or j == i + 1) and any(lines[j - 1].number < r.line < after and r.rule.startswith("comments.")
                                       for r in doc.removed):
            return True
        if j >= len(lines) or is_header(lines[j].text) or is_meta(lines[j].text):
            return j < len(lines)
        text_like = is_prose(lines[j].text) or len(words(lines[j].text)) > SETTINGS.comments.header_max_words
        if j - i >= SETTINGS.comments.form_lookahead and text_like:
            return False
    return False


def area_taken_over(doc: Document, i: int) -> bool:
    """A comment area's heading or form, and no comment, was taken out right over line `i`."""
    below, above = doc.lines[i].number, doc.lines[i - 1].number if i else -1
    taken = {r.rule for r in doc.removed if above < r.line < below}
    return bool(taken) and taken <= {"comments.header", "comments.meta"}


_NOTE = re.compile(r"\s*(?:\*|\((?:[^()]{1,30})\))\s*$")  # a field's mark: 'الاسم *', 'الاسم (مطلوب)'


def form_prompt(lines, i: int) -> bool:
    """Line `i` is a comment form's question: a question shorter than a paragraph ('ما رأيك في
    الخبر؟') with two of the form's fields right under it, each a field the form lexicon names
    ('الاسم', 'البريد الإلكتروني'), bare, marked required or noted in brackets ('الاسم (مطلوب)').
    Why it generalizes: a site asks for comments over its form, in whatever words; an article's
    closing question stands over its foot, its readers, a caption or a paragraph, never over a
    name's and an address's fields to fill in."""
    text = lines[i].text
    if len(words(text)) >= SETTINGS.text.prose_min_words or not text.rstrip(" \"'”’»)").endswith(("؟", "?")):
        return False
    fields = [lines[j].text for j in (i + 1, i + 2) if j < len(lines)]
    return len(fields) == 2 and all(is_form_line(_NOTE.sub("", f)) for f in fields)
