"""The comment form under a section of comments, and the widget's action lines, read by their
place in the page's structure, never by their words.

`form_heading`: a short line right under a run of comments, over the form's fields, is the form's
heading ('<a question to the reader>?'), not the article's last paragraph. `action_row`: a row of
controls and a time count ('<button> · <button> · <button> · 3w'), the candidate action line whose
recurrence under each comment `comment_shapes.closing_lines` checks. What the comment step does
with the section: `comments.py`; where a section starts: `comment_sections.py`.
"""

from __future__ import annotations

import re

from .chrome import lexicon_category
from .repetition import fingerprint
from .schema import Document
from .settings import SETTINGS
from .comment_lines import REPLY, author_and_time, is_anchor, is_header, is_meta, is_time, meta_time, skeleton
from .comment_said import one_line_comment
from .text import ends_sentence, ends_with_ellipsis, is_prose, words

_STATEMENT_END = re.compile(r"[.۔][\"'”’»)\]\s]*$")  # a full stop: a statement (not '?', '!', '…')


def _fields_under(doc: Document, i: int, repeated: frozenset[int]) -> int:
    """How many form fields stand right under line `i`: short label lines ('<field> (<note>)', a
    button), no sentence, no comment; or lines the site prints on its pages or the lexicon knows
    as furniture, as short. Lines an earlier step took out between are the page's furniture too."""
    lines = doc.lines
    count = 0
    for line in lines[i + 1:i + 1 + SETTINGS.comments.form_lookahead]:
        text = line.text.strip()
        short = 0 < len(words(text)) <= SETTINGS.comments.form_field_max_words
        label = not ends_sentence(text) and not is_prose(text) and not one_line_comment(text, loose=True)
        if not short or not (label or fingerprint(text) in repeated or lexicon_category(text)) or _block_line(text):
            break
        count += 1
    return count


def form_heading(doc: Document, i: int, repeated: frozenset[int] = frozenset()) -> bool:
    """Line `i`, right under a section of comments, is the heading of the comment form under it:
    short, no statement ending with a full stop (a question to the reader, a label), with two short
    label lines or more right under it that are the site's furniture (taken out already as chrome,
    or repeated on the site's pages: the form's name and e-mail fields, its button).
    Why it generalizes: a widget prints its form under (or over) its comments on every page, its
    heading worded however the site likes, a question included; an article's last paragraph stands
    above the comments, not under them, and an article's own short list is printed on that page
    alone, never as the site's furniture. The caller asks it only of a line under comments."""
    lines = doc.lines
    if not 0 <= i < len(lines):
        return False
    text = lines[i].text.strip()
    n = len(words(text))
    if not 0 < n <= SETTINGS.comments.form_heading_max_words or (_STATEMENT_END.search(text) and not ends_with_ellipsis(text)):
        return False
    # (only a line that reads as a sentence, a question: a label is found as furniture or a heading anyway)
    sentence = is_prose(text) or text.endswith(("?", "؟", "!"))
    # (a reader's own line, 'name: text!', is the last comment over the form, not its heading)
    return sentence and not lexicon_category(text) and not _comment_furniture(text) \
        and not one_line_comment(text, loose=True) and _fields_under(doc, i, repeated) >= 2


def _block_line(text: str) -> bool:
    """A line of a comment's own block (its time, action line, reply marker): a form has none."""
    return bool(is_time(text) or meta_time(text) or is_anchor(text) or REPLY.match(text))


def _comment_furniture(text: str) -> bool:
    """A comment block's line, a button or a heading: never the form's heading-sentence."""
    return _block_line(text) or is_meta(text) or is_header(text)


_ROW_SEPARATORS = re.compile(r"\s*[·•|]\s*")
# a count and a unit, glued or not, the unit a short word of any language ('3w', '6 أسبوع', '2 hrs')
_TIME_COUNT = re.compile(r"^[\d٠-٩]{1,3}\s?[^\W\d_]{1,8}\.?$")


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
    if len(bare) > 120:
        return None
    items = [p.strip() for p in _ROW_SEPARATORS.split(bare) if p.strip()]
    if len(items) < 3:
        return None
    times = [p for p in items if _TIME_COUNT.match(p) or is_time(p)]
    buttons = [p for p in items if p not in times]
    if len(times) != 1 or not all(0 < len(words(p)) <= SETTINGS.comments.form_field_max_words
                                  and not re.search(r"[\d٠-٩]", p) for p in buttons):
        return None
    return times[0]


def replies_to(text: str, readers) -> re.Match | None:
    """A reply marker naming a reader already met in the section: a short line of a word or two
    and then, to its end, a name a comment above was signed with ('<marker words> <name>'), read
    as `comment_lines.REPLY` reads its markers (the name in group 'rest'), or None.
    Why it generalizes: a threaded widget prints over a reply the name of the reader it answers,
    whatever its words for "in reply to"; the name recurring from the block above is the proof,
    and no article sentence ends with a commenter's signature under the comments."""
    bare = text.strip()
    for name in sorted((n for n in readers if n and bare.endswith(n)), key=len, reverse=True):
        lead = bare[: len(bare) - len(name)].strip()
        if 0 < len(words(lead)) <= SETTINGS.comments.reply_marker_max_words and not re.search(r"[\d٠-٩]", lead):
            return re.match(r"^(?P<lead>.*?)\s*(?P<rest>" + re.escape(name) + r")$", bare)
    return None


_HASHTAG_LINE = re.compile(r"^(?:[^\W\d_][^:：#]{0,30}[:：]\s*)?#\S")  # an optional short label, then a hashtag


def is_hashtag_line(text: str) -> bool:
    """The story's tags printed as hashtags ('<label>: #a #b c'): an optional short label, then
    two hashtags or more and a few words between them, no sentence. Why it generalizes: a page
    files its story under its keywords at the article's foot, and a hashtag marks a keyword in any
    language; the 'label: text' lines right above it are the article's, not readers'
    (`comment_shapes.is_foot`)."""
    bare = text.strip()
    if not _HASHTAG_LINE.match(bare) or ends_sentence(bare) and not bare.endswith(":"):
        return False
    tags = [t for t in re.split(r"(?=#)", bare.split(":", 1)[-1] if not bare.startswith("#") else bare) if t.strip()]
    return len(tags) >= 2 and all(t.startswith("#") and len(words(t)) <= SETTINGS.chrome.tag_item_max_words for t in tags)


def action_rows_under_texts(lines, start: int = 0) -> frozenset[str]:
    """Skeletons of the action rows (`action_row`) standing right under a text, when two or more
    such rows do on the page, whatever their words: a widget mixing two languages or two sets of
    buttons ('<en> · <en> · 2w', '<ar> · <ar> · <ar> · 4 <unit>') closes each box with a row of the
    same shape. Why it generalizes: the recurrence is of the shape (short buttons, separators, one
    time count) under comments' texts, which no article line has, not of the words."""
    found = []
    for i in range(max(start, 1), len(lines)):
        text, above = lines[i].text, lines[i - 1].text
        if action_row(text) and len(re.findall(r"[^\W\d_]{2,}", above)) >= 2 and not _comment_furniture(above) \
                and not action_row(above):
            found.append(skeleton(text))
    return frozenset(found) if len(found) >= 2 else frozenset()


def unsigned(text: str, unknown: str) -> str:
    """`text` with each of its lines that is a reader's signature over a comment ('<name> <words>
    <date>:') recorded as '<unknown> <date>:', or `text` itself. Why it generalizes: a line of a name
    and a date ending with a colon announces the text under it, on any site; under the article, in
    a comment or a record of the comment area, the name in it is a reader's, however long and in
    whatever words the widget joins it to the date."""
    out = []
    for line in text.split("\n"):
        bare = line.strip()
        pair = author_and_time(bare.rstrip(":： "), True) if bare.endswith((":", "：")) else None
        signed = pair and len(words(bare)) <= SETTINGS.comments.section_name_max_words and not is_prose(pair[0])
        out.append(f"{unknown} {pair[1]}:" if signed else line)
    return "\n".join(out)
