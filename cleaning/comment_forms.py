"""A comment widget's action lines, read by their place in the page's structure, never by their
words.

(A form heading rule, 'a short question under the comments over two short lines is the form's
heading', was withdrawn: an article's own timeline, poll or list under a question has that shape,
and a reader's question over the next reader's block too.) `action_row`: a row of
controls and a time count ('<button> · <button> · <button> · 3w'), the candidate action line whose
recurrence under each comment `comment_shapes.closing_lines` checks. What the comment step does
with the section: `comments.py`; where a section starts: `comment_sections.py`.
"""

from __future__ import annotations

import re

from .chrome import lexicon_category
from .settings import SETTINGS
from .comment_lines import REPLY, author_and_time, is_anchor, is_header, is_meta, is_time, meta_time, skeleton
from .text import ends_sentence, ends_with_full_stop, is_prose, words

AGO = "منذ"  # the word an age opens with ('منذ ساعتين'), as `comment_lines.is_time` reads it


def _block_line(text: str) -> bool:
    """A line of a comment's own block (its time, action line, reply marker): a form has none."""
    return bool(is_time(text) or meta_time(text) or is_anchor(text) or REPLY.match(text))


def _comment_furniture(text: str) -> bool:
    """A comment block's line, a button or a heading: no comment's text."""
    return _block_line(text) or is_meta(text) or is_header(text)


_ROW_SEPARATORS = re.compile(r"\s*[·•|]\s*")
# a count and a unit glued, the unit a letter or two ('3w', '4mo'); a count with a unit word is read
# as an age by `comment_lines.is_time` ('6 أسبوع' as 'منذ 6 أسبوع'), so a price ('20 دولارا') is none
_COMPACT_AGE = re.compile(r"^[\d٠-٩]+[A-Za-z]+$")
_COUNT_WORD = re.compile(r"^[\d٠-٩]+\s[^\W\d_]+\.?$")


def _time_count(item: str) -> bool:
    """An item of an action row giving the comment's age: a time, a count with a unit that reads as
    a time, or a short count glued to a letter or two."""
    limits = SETTINGS.comments
    if _COMPACT_AGE.match(item):
        digits = len(re.match(r"[\d٠-٩]+", item).group())
        return digits <= limits.age_count_max_digits and len(item) - digits <= limits.age_unit_max_letters
    return bool(is_time(item) or _COUNT_WORD.match(item) and len(item.split()[0]) <= limits.age_count_max_digits
                and is_time(f"{AGO} {item}"))


def action_row(text: str) -> str | None:
    """The time on a row of three items or more between separators, every item but one short and
    with no figure (buttons: whatever their words, however many) and one a count with its unit or a
    time ('8w', '6 أسبوع', 'منذ يومين'), or None.
    Why it generalizes: a comment plugin closes each comment with its controls and the comment's age
    on one row, the controls' words and number changing from widget to widget and language to
    language; the row's shape (short items, separators, one time count) does not. Alone the shape
    proves nothing (a menu may carry a count): the caller asks that the row recur under comments'
    texts (`comment_shapes.closing_lines`)."""
    bare = text.strip()
    if len(bare) > SETTINGS.comments.action_row_max_chars:
        return None
    items = [p.strip() for p in _ROW_SEPARATORS.split(bare) if p.strip()]
    if len(items) < SETTINGS.comments.action_row_min_items:
        return None
    times = [p for p in items if _time_count(p)]
    buttons = [p for p in items if p not in times]
    if len(times) != 1 or not all(0 < len(words(p)) <= SETTINGS.comments.form_field_max_words
                                  and not re.search(r"[\d٠-٩]", p) for p in buttons):
        return None
    return times[0]


_HASHTAG_LINE = re.compile(r"^(?:(?P<label>[^\W\d_][^:：#]*)[:：]\s*)?#\S")  # an optional short label, then a hashtag


def is_hashtag_line(text: str) -> bool:
    """The story's tags printed as hashtags ('#a #b c', or '<label>: #a #b' under a label the
    lexicon knows as a tag line's): two hashtags or more and a few words between them, no
    sentence. Why it generalizes: a page files its story under its keywords at the article's foot,
    and a hashtag marks a keyword in any language; the 'label: text' lines right above it are the
    article's, not readers' (`comment_shapes.is_foot`). A label of other words may be a reader's
    name ('<name>: #a #b', the last line of a run of 'name: text' comments): no foot."""
    bare = text.strip()
    match = _HASHTAG_LINE.match(bare)
    if not match or ends_sentence(bare) and not bare.endswith(":"):
        return False
    label = match.group("label")
    if label and (len(label) > SETTINGS.comments.hashtag_label_max_chars or not lexicon_category(label.strip() + ":")):
        return False
    tags = [t for t in re.split(r"(?=#)", bare.split(":", 1)[-1] if label else bare) if t.strip()]
    return len(tags) >= SETTINGS.comments.hashtag_min_tags and all(
        t.startswith("#") and len(words(t)) <= SETTINGS.chrome.tag_item_max_words for t in tags)


def action_rows_under_texts(lines, start: int = 0) -> frozenset[str]:
    """Skeletons of the action rows (`action_row`) standing right under a text, when two or more
    such rows do on the page, whatever their words: a widget mixing two languages or two sets of
    buttons ('<en> · <en> · 2w', '<ar> · <ar> · <ar> · 4 <unit>') closes each box with a row of the
    same shape. Why it generalizes: the recurrence is of the shape (short buttons, separators, one
    time count) under comments' texts, which no article line has, not of the words."""
    found = []
    for i in range(max(start, 1), len(lines)):
        text, above = lines[i].text, lines[i - 1].text
        if action_row(text) and len(re.findall(r"[^\W\d_]{2,}", above)) >= SETTINGS.comments.said_min_words and not _comment_furniture(above) \
                and not action_row(above):
            found.append(skeleton(text))
    return frozenset(found) if len(found) >= SETTINGS.comments.action_rows_min else frozenset()


def _signature_parts(text: str, longest: int) -> tuple[list[str], str] | None:
    """'<name words> <connector> <time>:' split as (the words before the time, the time), the name
    up to `longest` words, or None: a line ending with a colon whose tail reads as a time."""
    bare = text.strip()
    if not bare.endswith((":", "：")):
        return None
    parts = bare.rstrip(":： ").split()
    for k in range(1, min(longest, len(parts) - 1) + 1):
        when = " ".join(parts[k:])
        if is_time(when):
            return parts[:k], when
    return None


def _connector(name: list[str], when: str) -> tuple[str, str]:
    """The words joining a signature's name to its time: the name's last word, and the time's first
    when it is a word, not a figure ('<name> كتب يوم <date>' -> ('كتب', 'يوم'))."""
    lead = when.split()[0]
    return name[-1], "" if re.search(r"[\d٠-٩]", lead) else lead


def long_signature(lines, i: int, first: int) -> tuple[str, str] | None:
    """Line `i` of a section whose comments all opened with a signature line ('<name> <connector>
    <time>:'), read as one more such signature though its name is longer than a bare line's may be,
    as (name, time) the way `comment_lines.author_and_time` gives them, or None. Only when it ends
    with the colon, its connector (the word before the time and the time's first word) is that of a
    signature above in the section, and a text stands between it and the signature above.
    Why it generalizes: a widget prints every signature in one skeleton, whatever the names; a
    reader's own dated line (a quote, a day recalled) has another skeleton, or stands right under
    the signature that opens the reader's text."""
    longest = SETTINGS.comments.section_name_max_words
    found = _signature_parts(lines[i].text, longest)
    if not found or ends_with_full_stop(" ".join(found[0])) or is_prose(" ".join(found[0])):
        return None
    name, when = found
    connector = _connector(name, when)
    above = [j for j in range(first, i) if lines[j].text.strip().endswith((":", "："))
             and author_and_time(lines[j].text.strip().rstrip(":： "))]
    previous = lines[i - 1].text
    if not above or above[-1] >= i - 1 or author_and_time(previous.strip().rstrip(":： ")) or _signature_parts(previous, longest):
        return None  # (no signature above, or no text between it and this line)
    skeletons = set()
    for j in above:
        parts = _signature_parts(lines[j].text, SETTINGS.comments.author_max_words)
        if parts:
            skeletons.add(_connector(*parts))
    if connector not in skeletons or len(name) < 2:
        return None
    return " ".join(name), when
