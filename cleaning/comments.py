"""Reader comments: the section leaves the article text and each comment becomes a record.

A section opens with a header from `data/comment_headers.txt` ("التعليقات (2)", "أضف تعليقك",
"5 تعليقات", "آراء الزوار") or, with no header, with a run of comments recognised by their shape
(two or more name/time lines after the last paragraph). Inside it, a comment is an optional name
line, a time ("·منذ 7 سنوات", "قبل يومين", "12/03/2020 14:05", or on the name's line:
"أبو أحمد · منذ ساعتين"), and its text; a number ("1 -", "#2") may open it; counts, like/reply
buttons and comment-form fields (`data/comment_form.txt`) are noise, but a like count is kept in
`likes` and a reply marker ("رداً على ...", "↳") sets `is_reply`.
Usernames are personal data: each is replaced by a per-article pseudonym ("commenter 1").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from contextvars import ContextVar
from functools import lru_cache

from .attribution import dateline_agencies, is_attribution
from .chrome import is_date_stamp, lexicon_category
from .lexicon import chrome_phrases, comment_headers, data_lines, time_units
from .schema import Comment, Document, Line
from .text import PROSE_MIN_WORDS, ends_sentence, ends_with_full_stop, is_prose, is_symbol_led, match_key, words

_BULLETS = "·•●▪‧-–—|:"
_LIKE_WORD = r"(?:إعجاب|اعجاب|إعجابات|اعجابات|أعجبني|اعجبني|أعجبنى|لايك|likes?|👍|❤️|❤|♥|\+)"
_LIKES = re.compile(rf"^(?:{_LIKE_WORD}\s*[:(]?\s*(?P<a>\d+)\s*\)?|(?P<b>\d+)\s*{_LIKE_WORD})$", re.IGNORECASE)
_META = re.compile(
    r"^(?:\d+|#\d+|رد|الرد|ردود|رد\s*\(\d+\)|ردود\s*\(\d+\)|\d+\s*(?:رد|ردود)|إعجاب|اعجاب|أعجبني|اعجبني"
    r"|لا يعجبني|لا يعجبنى|👎|👍|إبلاغ|ابلاغ|تبليغ|إبلاغ عن إساءة|مشاركة|تعديل|حذف|reply|report|like)"
    r"(?:\s*[:(]?\s*\d+\s*\)?)?$",
    re.IGNORECASE,
)
_VOTE = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*[(\[]\s*\d+\s*[)\]]|[^\W\d_]+(?:\s[^\W\d_]+)?\s+\d+(?=\s|$)")
_PART_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s{2,}")
_ABSOLUTE_STAMP = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s*[-–،,]?\s*(?:الساعة\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?)?$"
)
_ENGLISH_AGO = re.compile(r"^(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:#\s*\d+|\d+\s*[-.)–—:]|\(\d+\)|تعليق\s*(?:رقم\s*)?\d+\s*[:\-–]?)\s*(?P<rest>.*)$")
_REPLY = re.compile(r"^(?:↳|↪|⤷|رداً على|ردا على|ردًا على|رد على|الرد على|في الرد على|reply to)\s*(?P<rest>.*)$", re.IGNORECASE)
_NAME_TIME = re.compile(r"^(?P<a>.+?)\s*(?:[·•|،,]|\s[-–—]\s|\s(?=منذ|قبل))\s*(?P<b>.+)$")
_SECTION_WORDS = re.compile(r"تعليق|تعليقات|رأي|آراء|اراء|ردود|نقاش|القراء|الزوار|comment", re.IGNORECASE)
AUTHOR_MAX_WORDS = 4
# A reader's display name can be a phrase ("مصرى قرفان من نظام حسنى مبارك"): that long only where
# the structure around the line says it is a name (a time beside it, a number before it, its text
# and the comment's action line under it).
NAME_MAX_WORDS = 7
LABELLED_NAME_MAX_WORDS = 12
LAST_BLOCK_MAX_LINES = 6   # a lone numbered block, or the last one, when no other gives its length
_LABEL = re.compile(r"^[^\W\d_]+\s*[:：]\s*(?=\S)")  # 'بواسطة: ', 'الاسم: ', 'By: '
FORM_MAX_WORDS = 14
SIGNAL_WINDOW = 8
# The closing lines of the page being cleaned (`closing_lines`), seen by `_is_meta`.
_closers: ContextVar[frozenset[str]] = ContextVar("closers", default=frozenset())


@lru_cache(maxsize=None)
def _time_markers() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {"before": [], "after": [], "alone": []}
    for row in data_lines("time_markers.tsv"):
        kind, phrase = row.split("\t")
        kinds[kind].append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def _alternation(phrases) -> str:
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


@lru_cache(maxsize=None)
def _relative_time() -> re.Pattern:
    """'منذ 3 ساعات', 'قبل يومين', 'il y a 3 heures', '3 hours ago', '۳ ساعت پیش', '3 گھنٹے پہلے',
    'أمس 10:30'; units and marker words come from `data/time_units.txt` and `data/time_markers.tsv`."""
    markers = _time_markers()
    unit = _alternation(time_units())
    amount = rf"(?:\d+\s*)?(?:{unit})(?:\s+(?:واحدة|واحد))?"
    amounts = rf"{amount}(?:\s*(?:و|and|et)?\s*{amount})*"
    return re.compile(
        rf"^(?:{_alternation(markers['before'])})\s+(?:حوالي\s+|نحو\s+|about\s+|environ\s+)?{amounts}$"
        rf"|^{amounts}\s+(?:{_alternation(markers['after'])})$"
        rf"|^(?:{_alternation(markers['alone'])})(?:\s+(?:الساعة\s*|at\s+|à\s+)?\d{{1,2}}[:h]\d{{2}}\s*(?:ص|م|AM|PM|am|pm)?)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def _actions() -> frozenset[str]:
    return frozenset(match_key(line) for line in data_lines("comment_actions.txt"))


@lru_cache(maxsize=None)
def _bylines() -> re.Pattern:
    marks, names = [], []
    for row in data_lines("bylines.tsv"):
        kind, word = row.split("\t")
        (marks if kind == "mark" else names).append(word)
    return re.compile(
        rf"^(?:(?:{_alternation(marks)})\s*[:：\-–—]\s*\S"
        rf"|(?:{_alternation(names)})\s+[A-ZÀ-Ý])"
    )


def is_byline(text: str) -> bool:
    """'كتب - فراس نعمة', 'بقلم: سامر', 'كتب حازم صلاح الدين', 'By Karim Benali': a writer's
    credit, never a commenter (nor a headline)."""
    bare = text.strip()
    if len(words(bare)) > 8 or is_prose(bare):
        return False
    return bool(_bylines().match(bare)) or bool(_BARE_BYLINE.match(bare))


# the writer's credit with no colon: "كتب" / "كتبت" / "بقلم" then two to four words of a name
_BARE_BYLINE = re.compile(r"^(?:كتب|كتبت|بقلم)\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,3}$")


@lru_cache(maxsize=None)
def _form_lines() -> frozenset[str]:
    return frozenset(match_key(line) for line in data_lines("comment_form.txt"))


def strip_bullets(text: str) -> str:
    return text.strip().strip(_BULLETS).strip()


def is_time(text: str) -> bool:
    bare = strip_bullets(text)
    return bool(_relative_time().match(bare) or _ABSOLUTE_STAMP.match(bare) or _ENGLISH_AGO.match(bare)
                or (len(words(bare)) <= 9 and is_date_stamp(bare, labelled=False)))


# The forms of the words for "comment" a section heading is built from, as the grammar makes them
# (singular, dual, plural, accusative, "your", a verb "to comment"): "تعليق واحد", "تعليقان",
# "3 تعليقات", "11 تعليقا", "عدد التعليقات: 3", "كن أول من يعلق". Morphology, not a list of headings.
_COMMENT_WORD = re.compile(
    r"^(?:و?(?:ال|بال|لل)?(?:تعليق|تعليقات|تعليقا|تعليقاً|تعليقان|تعليقين|تعليقك|تعليقكم|تعقيب|تعقيبات|تعقيبا)"
    r"|[يتن]?علق|علّق|يعلّق|comments?|commentaires?|réactions?)$", re.IGNORECASE)
HEADER_MAX_WORDS = 5


_COUNT_WORD = re.compile(r"(?:^|\s)(?:واحد|واحدة|اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|تعليقان|تعليقين|one|two|three|un|une|deux|trois)(?:\s|$)",
                         re.IGNORECASE)


def _counted(text: str) -> bool:
    """A heading with a count, in figures or in words ('5 تعليقات', 'تعليق واحد', 'تعليقان')."""
    return bool(re.search(r"[\d٠-٩]", text) or _COUNT_WORD.search(text))


def is_header(text: str) -> bool:
    """A comment-section heading: a listed one, or a short line built on a word for "comment"
    ('3 تعليقات', 'تعليقان', 'عدد التعليقات: 3', 'كن أول من يعلق'); never a sentence."""
    key = match_key(re.sub(r"[\d٠-٩()\[\]:：#]+", " ", text))
    if key in comment_headers():
        return True
    tokens = key.split()
    return (0 < len(tokens) <= HEADER_MAX_WORDS and not ends_with_full_stop(text)
            and any(_COMMENT_WORD.match(t) for t in tokens))


def is_listed_header(text: str) -> bool:
    return match_key(re.sub(r"[\d٠-٩()\[\]:：#]+", " ", text)) in comment_headers()


def author_and_time(text: str) -> tuple[str, str] | None:
    """'أبو أحمد · منذ ساعتين' or 'منذ ساعتين | أبو أحمد' -> (name, time)."""
    match = _NAME_TIME.match(text.strip())
    if not match:  # no separator: 'ليلى 2017-07-11 09:30', 'أبو أحمد منذ ساعتين'
        parts = text.split()
        for k in range(1, min(AUTHOR_MAX_WORDS, len(parts) - 1) + 1):
            if is_time(" ".join(parts[k:])) and not is_time(" ".join(parts[:k])):
                return " ".join(parts[:k]), strip_bullets(" ".join(parts[k:]))
        return None
    labelled = bool(_LABEL.match(match.group("a").strip()))
    a, b = _LABEL.sub("", match.group("a").strip()), match.group("b").strip()
    # 'بواسطة: <name> - <date>': the label says a name follows, however long the reader made it
    limit = LABELLED_NAME_MAX_WORDS if labelled else NAME_MAX_WORDS
    if is_time(b) and 0 < len(words(a)) <= limit and not is_time(a) and (labelled or not is_prose(a)):
        return a, strip_bullets(b)
    if is_time(a) and 0 < len(words(b)) <= NAME_MAX_WORDS and not is_time(b) and not is_prose(b):
        return b, strip_bullets(a)
    return None


def likes_of(text: str) -> int | None:
    """The like count on a meta line ('إعجاب 12', '👍 5 👎 1', 'أعجبني (3) | رد'), if any."""
    for part in _PART_SEPARATORS.split(strip_bullets(text)):
        for piece in re.split(r"\s+(?=[👍👎]|لا يعجب)", part.strip()):
            match = _LIKES.match(piece.strip())
            if match:
                return int(match.group("a") or match.group("b"))
    return None


def _is_action(piece: str) -> bool:
    """A like/reply button, with or without its count ('Répondre', "J'aime (3)", 'رد')."""
    piece = piece.strip()
    return bool(_META.match(piece) or _LIKES.match(piece)
                or match_key(re.sub(r"[\d()\[\]]+", " ", piece)) in _actions())


def _is_form(text: str) -> bool:
    return match_key(strip_bullets(text)) in _form_lines()


def _is_meta(text: str) -> bool:
    bare = strip_bullets(text)
    if match_key(bare) in _form_lines():
        return True
    if bare and not re.search(r"[^\W\d_]", bare) and len(bare) <= 24 and not is_time(bare):
        return True  # votes and counts with no word: '12', '△ ▽', '+3 / -1'
    if len(_VOTE.findall(bare)) >= 2 and not _VOTE.sub("", bare).strip(" |·•-–—/"):
        return True  # buttons with their counts: 'موافق (4) غير موافق (9)', 'Up 3 · Down 1'
    if _closers.get() and _skeleton(bare) in _closers.get():
        return True
    parts = [p for p in _PART_SEPARATORS.split(bare) if p.strip()]
    pieces = [q for p in parts for q in re.split(r"\s+(?=[👍👎])", p.strip()) if q.strip()]
    return bool(pieces) and all(_is_action(q) for q in pieces)


_META_PARTS = re.compile(r"\s*[|·•]\s*|\s[-–—]\s")


def meta_time(text: str) -> str | None:
    """The time on a meta line of buttons and a time ('أعجبني · رد · الجمعة، 3 أبريل 2023 4:55 ص',
    'Like · Reply · 3 hours ago'), or None. Every other part must be a button or a count."""
    parts = [p.strip() for p in _META_PARTS.split(strip_bullets(text)) if p.strip()]
    if len(parts) < 2:
        return None
    rest = [p for p in parts if not _is_action(p) or re.match(r"^\d{1,2}:\d{2}", p)]
    if not rest or len(rest) == len(parts):
        return None
    stamp = " - ".join(rest)
    return strip_bullets(stamp) if is_time(stamp) else None


def _skeleton(text: str) -> str:
    """A line's words of two letters or more, numbers and symbols dropped: 'أعجبني · رد · 2 ي' and
    'أعجبني · رد · 5 س' share one."""
    return " ".join(re.findall(r"[^\W\d_]{2,}", match_key(text)))


CLOSER_MAX_WORDS = 6


def closing_lines(lines, start: int = 0) -> frozenset[str]:
    """Skeletons of the short lines that recur right under comments' texts: the action line each
    comment box closes with ('أعجبني · رد · 2 ي', 'Reply • Share ›', 'رد'), whatever its words.
    Why it generalizes: a comment widget prints the same controls under every comment, and only
    there; a name line recurs too, but above a text, after a time, never right under a text."""
    counts: Counter = Counter()
    for i in range(max(start, 1), len(lines)):
        text = lines[i].text
        if len(words(text)) > CLOSER_MAX_WORDS or is_prose(text) or ends_with_full_stop(text):
            continue
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        above = lines[i - 1].text
        if is_time(following) or author_and_time(text) or is_time(text) or is_header(text):
            continue
        if (len(re.findall(r"[^\W\d_]{2,}", above)) >= 2 and not is_time(above) and not is_header(above)
                and not _is_meta(above) and not meta_time(above)):
            if (key := _skeleton(text)):
                counts[key] += 1
    return frozenset(key for key, n in counts.items() if n >= 2)


_USERNAME = re.compile(r"^(?=[^\s]*[A-Za-z])[A-Za-z0-9]*[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?:\s*[^\w\s]{1,3})?$")


def is_username(text: str) -> bool:
    """A Latin handle: 'Hamza.B', 'sara_k', 'Mohammed99', 'ahmad.2010 🔥', 'Karim Dz'."""
    bare = text.strip()
    return bool(_USERNAME.match(bare)) and len(words(bare)) <= 3 and not is_time(bare) and not _is_meta(bare)


def _name_like(text: str, max_words: int = AUTHOR_MAX_WORDS) -> bool:
    return (0 < len(words(text)) <= max_words and not is_prose(text) and not is_byline(text)
            and not is_time(text) and not _is_meta(text) and not ends_sentence(text))


def _ends_section(text: str) -> bool:
    whole, _ = chrome_phrases()
    return match_key(text) in whole or (is_symbol_led(text) and not _is_meta(text))


def _opens_comment(lines, i: int) -> bool:
    text = lines[i].text
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    if is_byline(text) or (i > 0 and is_byline(lines[i - 1].text)):  # a byline and its date
        return False
    after = lines[i + 2].text if i + 2 < len(lines) else ""
    return bool(is_time(text) or author_and_time(text)
                or (len(words(text)) <= AUTHOR_MAX_WORDS and not is_prose(text) and is_time(following))
                or (_name_like(text) and following and not _is_meta(following) and not is_time(following)
                    and bool(_closers.get()) and _skeleton(after) in _closers.get()))


def _names_next_comment(lines, i: int) -> bool:
    """A name line with no time beside it: the comment's text follows, then its meta line
    ('أعجبني · رد · <time>'), or the name is a Latin handle ('Hamza.B', 'sara_k') over a text."""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    after = lines[i + 2].text if i + 2 < len(lines) else ""
    if not following or is_time(following) or _is_meta(following) or meta_time(following) or is_header(following):
        return False
    if meta_time(after) or (_is_meta(after) and not _is_form(after) and not re.fullmatch(r"#?\d+", strip_bullets(after))):
        return True
    return is_username(lines[i].text) and not is_username(following) and not _name_like_short(following)


# a name, then a colon or a spaced dash, then the text; a dash inside a name ('عادل -ايطاليا') and
# brackets ('حمدى سليمان(نوبى)') are part of it
_SAYS = re.compile(r"^(?P<name>[^\s:：\-–—«»\"](?:[^:：\-–—«»\"]|[-–—](?=\S)){1,59}?)\s*(?:[:：]|\s[-–—])\s+(?P<text>\S.*)$")
LOOSE_NAME_MAX_WORDS = 10


# Words that open an article's own "X: ..." lines, never a reader's name: ordinals of a list
# ("الثاني: ..."), and verbs of saying that introduce a quote ("وقال كاريوس: إنه ...").
_LIST_OR_SPEECH = re.compile(
    r"^(?:[*•\-–—·]|(?:و?(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[ةه]?|أولا|اولا|ثانيا|ثالثا|رابعا|خامسا)(?:\s|$)"
    r"|و?(?:قال|قالت|أضاف|أضافت|اضاف|أكد|أكدت|اكد|أوضح|أوضحت|تابع|تابعت|يقول|تقول|أشار|أشارت|ختم|ختمت)(?:\s|$))")


def _not_a_name(name: str, said: str) -> bool:
    """'الثاني : ...', '* إصابات الجهاز التنفسي: ...', 'وقال كاريوس: إنه ...', 'بنتيجة 84 – 74 ...':
    a list item, a quote's intro or a score, not a reader's name."""
    return bool(_LIST_OR_SPEECH.match(name.strip())) or (name[-1:].isdigit() and said[:1].isdigit())


def one_line_comment(text: str, loose: bool = False) -> tuple[str, str] | None:
    """'أبو خالد: مهرجان رائع' or 'منى - الأسعار غالية': (name, text) of a comment printed on one
    line, its writer's name before a colon or a dash. `loose`: inside a run of such lines, where
    the run itself says these are comments, a name may be longer and end as a sentence does."""
    match = _SAYS.match(text.strip())
    if not match:
        return None
    name, said = match.group("name").strip(), match.group("text").strip()
    # a display name may be any short thing a reader typed ('113', '؟؟؟؟؟؟'), but not a list's
    # number ('1: ...'), a time, a sentence or a page's label ('الوسوم: ...'), nor a dateline
    lettered = bool(re.search(r"[^\W\d_]", name))
    limit = LOOSE_NAME_MAX_WORDS if loose else NAME_MAX_WORDS - 1
    if (len(words(name)) > limit or len(words(said)) < 2 or is_prose(name)
            or (lettered and ends_sentence(name) and not loose)
            or is_time(name) or is_header(name) or is_byline(text) or is_byline(name) or is_time(said)
            or lexicon_category(text) or (not lettered and len(name.replace(" ", "")) < 3)
            or (not loose and dateline_agencies(text)[0]) or is_attribution(text) or _not_a_name(name, said)
            or said.startswith(("«", '"', "“"))):  # reported speech: 'وقالت إحدى الزائرات: «...»'
        return None
    return name, said


def _comment_run(lines, start: int) -> int:
    """How many lines from `start` are one-line comments by different people (an interview's
    two speakers taking turns is not a comment section)."""
    names, length = [], 0
    for line in lines[start:]:
        said = one_line_comment(line.text, loose=bool(names))
        if not said:
            if names and _NUMBERED.match(line.text):  # a numbered list inside the last comment
                length += 1
                continue
            break
        names.append(match_key(said[0]))
        length += 1
    return length if len(names) >= 2 and len(set(names)) >= max(2, 0.6 * len(names)) else 0


def _unnumbered(text: str) -> str:
    """'3. سعودي يعشق أرض الاردن' -> the name without the comment's number."""
    numbered = _NUMBERED.match(text)
    return (numbered.group("rest") if numbered and numbered.group("rest") else text).strip()


def _name_like_short(text: str) -> bool:
    return len(words(text)) <= 1


def _find_section(doc: Document) -> tuple[int, bool | None] | None:
    """(index where the section starts, whether that line is a header), or None.
    (i, None): a header with nothing recognisable as a comment after it."""
    lines = doc.lines
    for i, line in enumerate(lines):
        if not is_header(line.text) or not any(is_prose(l.text) for l in lines[:i]):
            continue
        window = range(i + 1, min(len(lines), i + 1 + SIGNAL_WINDOW))
        counted = _counted(line.text)
        if counted or any(_opens_comment(lines, j) or _is_meta(lines[j].text) or _NUMBERED.match(lines[j].text)
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
        run = _comment_run(lines, i) if one_line_comment(lines[i].text) and not one_line_comment(lines[i - 1].text) else 0
        if run and any(p < i for p in article_prose) and not any(p >= i + run for p in article_prose):
            return i, False
        blocks = _numbered_blocks(lines, i) if re.match(r"^\D{0,2}1\D", lines[i].text) else []
        if blocks and blocks[0] == i and _blocks_have_anchors(lines, blocks) and any(p < i for p in prose):
            end = blocks[-1] + max(b - a for a, b in zip(blocks, blocks[1:]))
            if not any(p > end + 1 for p in prose):
                above = lines[i - 1].text
                heading = len(words(above)) <= HEADER_MAX_WORDS and not is_prose(above) and not ends_sentence(above)
                return (i - 1, True) if heading else (i, False)
    openers = [i for i in range(1, len(lines)) if _opens_comment(lines, i) and not is_time(lines[i - 1].text)]
    # Only after the article's last paragraph: a paragraph not right under a name/time line (a
    # comment's text) belongs to the article. Openers are grouped in runs that no such paragraph
    # interrupts; a run opens the section when article text stands above it and none below it, or
    # one closing note (a site's disclaimer) below a run of short comments.
    starts = set(openers)
    article = [p for p in prose if p - 1 not in starts]
    runs: list[list[int]] = []
    for i in openers:
        if runs and not any(runs[-1][-1] < p < i for p in article):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        below = sum(p > run[-1] for p in article)
        long_text = any(len(words(lines[i + 1].text)) >= PROSE_MIN_WORDS
                        for i in run if i + 1 < len(lines) and i + 1 not in starts)
        if len(run) >= 2 and any(p < run[0] for p in article) and (below == 0 or (below == 1 and not long_text)):
            start = run[0]
            break
    else:
        return None
    before = lines[start - 1].text
    if (len(words(before)) <= 5 and not is_prose(before) and _SECTION_WORDS.search(before)):
        return start - 1, True
    return start, False


def extract_comments(doc: Document) -> Document:
    """Take out every comment section: after one is taken, the rest of the page is searched again,
    so a second header further down (or a lone header before the real one) is found too."""
    pseudonyms: dict[str, str] = {}  # one person keeps one pseudonym across the page's sections
    first_prose = next((i for i, line in enumerate(doc.lines) if is_prose(line.text)), len(doc.lines))
    before = {r.line for r in doc.removed}
    token = _closers.set(closing_lines(doc.lines, first_prose + 1))
    try:
        while True:
            taken = _extract_section(doc, pseudonyms)
            if len(taken.removed) == len(doc.removed):
                return _mask_unknown(_mask_names(taken, pseudonyms), before)
            doc = taken
    finally:
        _closers.reset(token)


UNKNOWN = "‹…›"  # what is recorded for a line of a comment area that may be someone's name


def _mask_unknown(doc: Document, before: set[int]) -> Document:
    """Privacy first in the comment area: a short line taken with it that nothing recognised
    (not a heading, time, button, count or form field) may be a reader's name, and a 'name: text'
    line left unparsed carries one; they are recorded masked, never as printed."""
    def safe(record):
        if record.line in before or not record.rule.startswith("comments."):
            return record
        text = record.text
        if record.rule == "comments.meta" and _maybe_name(text):
            return replace(record, text=UNKNOWN)
        said = one_line_comment(text, loose=True) if record.rule in ("comments.text", "comments.meta") else None
        if said and not text.startswith("commenter "):
            return replace(record, text=f"{UNKNOWN}: {said[1]}")
        return record

    removed = tuple(safe(r) for r in doc.removed)
    return doc.with_(removed=removed) if removed != doc.removed else doc


def _maybe_name(text: str) -> bool:
    return (0 < len(words(text)) <= NAME_MAX_WORDS and bool(re.search(r"[^\W\d_]", text)) and not _is_meta(text)
            and not is_time(text) and not meta_time(text) and not is_header(text) and not ends_with_full_stop(text)
            and not lexicon_category(text))


def _mask_names(doc: Document, pseudonyms: dict[str, str]) -> Document:
    """Commenters' names quoted inside comments ('@Karim Haddad شكرا', 'كلامك صح يا أبو خالد')
    become their pseudonyms too."""
    names = sorted((n for n in pseudonyms if len(n) >= 3), key=len, reverse=True)
    if not names or not doc.comments:
        return doc
    pattern = re.compile(r"(?<!\w)@?(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    def mask(text: str) -> str:
        return pattern.sub(lambda m: pseudonyms[m.group(0).lstrip("@")], text)

    comments = tuple(replace(c, text=mask(c.text)) for c in doc.comments)
    removed = tuple(replace(r, text=mask(r.text)) if r.rule.startswith("comments.") else r for r in doc.removed)
    return doc.with_(comments=comments, removed=removed)


def _anchors(text: str) -> bool:
    """A line only a comment has: a time, a name with a time, an action line with a time or one
    that closes every comment box."""
    return bool(is_time(text) or author_and_time(text) or meta_time(text)
                or (_closers.get() and _skeleton(text) in _closers.get()))


def _first_block(lines, first: int) -> int:
    """Where the first comment begins in a section whose heading is at `first - 1`: the lines
    between (a sort menu, 'Login', 'أضف تعليقًا...', a form) are the widget's furniture. The first
    comment is found by its anchor, a time or a closing action line, and the name line above it."""
    for a in range(first, min(len(lines), first + 2 * SIGNAL_WINDOW)):
        text = lines[a].text
        if is_time(text):
            return a - 1 if a > first and _name_like(lines[a - 1].text.rstrip(":： "), NAME_MAX_WORDS) else a
        following = lines[a + 1].text if a + 1 < len(lines) else ""
        if (author_and_time(text) or (one_line_comment(text) and one_line_comment(following))
                or _NUMBERED.match(text) or _REPLY.match(text)):
            return a
        if meta_time(text) or (_closers.get() and _skeleton(text) in _closers.get()):
            for b in range(a - 2, max(first - 1, a - 7), -1):  # a name, then at least one line of text
                if _name_like(_unnumbered(lines[b].text), NAME_MAX_WORDS):
                    return b
            return max(first, a - 1)
        if is_prose(text):
            return first
    return first


def _numbered_blocks(lines, first: int, least: int = 2) -> list[int]:
    """Indices of the lines that open numbered comment blocks ('1 - محمد', '2. NancyAjram', ...):
    a number counting up from one or from the last, then a name. Why it generalizes: a site that
    numbers its comments prints the number and the writer on the block's first line, whatever
    comes under it (a title, the text, a place and date, votes)."""
    found, expected = [], None
    for j in range(first, min(len(lines), first + 400)):
        match = _NUMBERED.match(lines[j].text)
        number = re.match(r"\D*(\d+)", lines[j].text)
        if not match or not number or not match.group("rest"):
            continue
        n = int(number.group(1))
        name = match.group("rest").strip()
        if (expected is None and n == 1 or n == expected) and 0 < len(words(name)) <= NAME_MAX_WORDS \
                and not is_prose(name) and not is_time(name) and not is_byline(name) \
                and not author_and_time(name) and not one_line_comment(lines[j].text):
            found.append(j)
            expected = n + 1
    return found if len(found) >= least else []


def _blocks_have_anchors(lines, starts: list[int]) -> bool:
    """Numbered comment blocks, not a numbered list: something stands between the numbers, and in
    most blocks it includes a line only a comment has (a time, votes, an action line)."""
    gaps = [range(a + 1, b) for a, b in zip(starts, starts[1:])]
    if any(len(gap) == 0 for gap in gaps):
        return False
    anchored = sum(any(_anchors(lines[j].text) or _is_meta(lines[j].text) for j in gap) for gap in gaps)
    return anchored * 2 >= len(gaps)


def _take_numbered_blocks(doc: Document, picks: dict, starts: list[int], pseudonyms: dict[str, str],
                          new_comment_position: int) -> Document:
    """Each numbered block is one comment: its first line the writer, then its text, its time or
    place-and-time line and its action lines. The last block is as long as the one before, at most,
    and ends at a heading or a line of the page's furniture."""
    lines = doc.lines
    texts: dict[int, str] = {}
    records = []
    longest = max((b - a for a, b in zip(starts, starts[1:])), default=LAST_BLOCK_MAX_LINES)
    last_end = min(len(lines), starts[-1] + longest)
    for j in range(starts[-1] + 2, last_end):  # the last block ends with its time or action line
        if _anchors(lines[j].text) or _is_meta(lines[j].text):
            last_end = j + 1
            break
    ends = starts[1:] + [last_end]
    for a, end in zip(starts, ends):
        name = _unnumbered(lines[a].text)
        alias = pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")
        picks[a], texts[a] = "comments.author", alias
        body, time_text, likes = [], None, None
        for j in range(a + 1, end):
            text = lines[j].text
            if is_header(text) or _ends_section(text) or lexicon_category(text):
                break
            pair = author_and_time(text)
            if is_time(text) or (pair and body):
                time_text = strip_bullets(text) if is_time(text) else pair[1]
                picks[j], texts[j] = "comments.time", time_text
            elif _is_meta(text) or meta_time(text) or _skeleton(text) in _closers.get():
                likes = likes if likes is not None else likes_of(text)
                picks[j] = "comments.meta"
            else:
                body.append(lines[j])
                picks[j] = "comments.text"
        if body:
            records.append(Comment(position=new_comment_position + len(records), author=alias, time_text=time_text,
                                   text="\n".join(line.text for line in body), line=body[0].number, likes=likes))
    return doc.take(picks, texts, comments=doc.comments + tuple(records))


def _extract_section(doc: Document, pseudonyms: dict[str, str]) -> Document:
    found = _find_section(doc)
    if found is None:
        return doc
    start, has_header = found
    if has_header is None:  # a lone header leaves; a later header may still open the real section
        return doc.take({start: "comments.header"})
    lines = doc.lines
    picks: dict[int, str] = {}
    if has_header:
        picks[start] = "comments.header"
        first = start + 1
    else:
        first = start
    texts: dict[int, str] = {}
    if has_header:
        block = _first_block(lines, first)
        if all(len(words(lines[j].text)) <= 12 and not is_prose(lines[j].text) for j in range(first, block)):
            picks.update({j: "comments.meta" for j in range(first, block)})
            first = block
    numbered = _numbered_blocks(lines, first, least=1 if has_header else 2)
    if numbered and numbered[0] == first:
        return _take_numbered_blocks(doc, picks, numbered, pseudonyms, len(doc.comments) + 1)
    comments: list[dict] = []
    pending_author: str | None = None
    pending_reply = False
    new_comment = False
    trailing_meta = False  # the section's comments end with a meta line holding their time
    last_body = None  # line number of the previous comment text line
    last_said = None  # index of the previous one-line comment ('name: text')

    def pseudonym(name: str) -> str:
        return pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")

    def open_comment(author, time, reply):
        comments.append({"author": author, "time": time, "body": [], "likes": None, "reply": reply})

    for i in range(first, len(lines)):
        text = lines[i].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        reply = _REPLY.match(text)
        numbered = _NUMBERED.match(text)
        pair = author_and_time(text)
        awaiting_text = pending_author is not None or bool(comments and not comments[-1]["body"] and not new_comment)
        says = one_line_comment(text, loose=last_said == i - 1) if not awaiting_text else None
        if comments and not awaiting_text and is_header(text) and not _is_meta(text):
            break  # another section's heading ('اترك تعليقاً' above a form): searched again
        if says and ((not comments and (i == start + 1 or one_line_comment(following))) or last_said == i - 1):
            open_comment(pseudonym(says[0]), None, pending_reply)
            comments[-1]["body"].append(Line(lines[i].number, says[1]))
            pending_author, pending_reply, new_comment = None, False, False
            last_body, last_said = lines[i].number, i
            picks[i], texts[i] = "comments.text", f"{pseudonym(says[0])}: {says[1]}"
        elif reply and len(words(text)) <= AUTHOR_MAX_WORDS + 3 and not is_prose(text):
            rest = reply.group("rest").strip()
            pair = author_and_time(rest) if rest else None
            if pair:
                open_comment(pseudonym(pair[0]), pair[1], True)
                picks[i], texts[i] = "comments.author", f"↳ {pseudonym(pair[0])}"
                pending_author, pending_reply, last_body = None, False, None
            elif rest and is_time(following) and len(words(rest)) <= AUTHOR_MAX_WORDS:
                pending_author, pending_reply = pseudonym(rest), True
                picks[i], texts[i] = "comments.author", f"↳ {pending_author}"
            else:
                pending_reply = True
                picks[i], texts[i] = "comments.meta", "↳"
        elif is_time(text):
            open_comment(pending_author, strip_bullets(text), pending_reply)
            pending_author, pending_reply, last_body, new_comment = None, False, None, False
            picks[i] = "comments.time"
        elif pair:
            open_comment(pseudonym(pair[0]), pair[1], pending_reply)
            pending_author, pending_reply, last_body, new_comment = None, False, None, False
            picks[i], texts[i] = "comments.author", f"{pseudonym(pair[0])} · {pair[1]}"
        elif stamp := meta_time(text):  # 'أعجبني · رد · <time>' under a comment's text
            if comments and comments[-1]["time"] is None:
                comments[-1]["time"] = stamp
            likes = likes_of(text)
            if likes is not None and comments and comments[-1]["likes"] is None:
                comments[-1]["likes"] = likes
            new_comment = trailing_meta = True
            picks[i] = "comments.meta"
        elif _is_meta(text) or (not comments and is_header(text)):
            likes = likes_of(text)
            if likes is not None and comments and comments[-1]["likes"] is None:
                comments[-1]["likes"] = likes
            elif re.fullmatch(r"#?\d+", strip_bullets(text)):
                new_comment = True  # a bare number: the next comment's number, or a stray count
            picks[i] = "comments.meta" if _is_meta(text) else "comments.header"
        elif numbered and numbered.group("rest") and (is_time(following) or author_and_time(numbered.group("rest"))):
            rest = numbered.group("rest")
            pair = author_and_time(rest)
            if pair:
                open_comment(pseudonym(pair[0]), pair[1], pending_reply)
                picks[i], texts[i] = "comments.author", f"{pseudonym(pair[0])} · {pair[1]}"
            else:
                pending_author = pseudonym(rest.strip())
                picks[i], texts[i] = "comments.author", pending_author
        elif is_time(following) and len(words(text)) <= NAME_MAX_WORDS and not is_prose(text):
            pending_author = pseudonym(text.strip().rstrip(":： "))
            picks[i], texts[i] = "comments.author", pending_author
        elif _name_like(_unnumbered(text), NAME_MAX_WORDS) and not _ends_section(text) and _names_next_comment(lines, i):
            pending_author, new_comment = pseudonym(_unnumbered(text)), True
            picks[i], texts[i] = "comments.author", pending_author
        elif _ends_section(text) and not (is_symbol_led(text) and awaiting_text):
            break  # an emoji-led line under a name or time is that comment's text ('😂😂 ...')
        elif comments and is_header(text):
            break  # another section's header ('أضف تعليقك' above a form): searched again
        elif not has_header and is_prose(text) and (not comments or comments[-1]["body"]):
            break  # an article paragraph is never a comment of a header-less section
        elif (numbered and comments and comments[-1]["body"] and lines[i].number == last_body + 1
              and (ends_sentence(comments[-1]["body"][-1].text) or _NUMBERED.match(comments[-1]["body"][-1].text))):
            comments[-1]["body"].append(lines[i])  # a numbered list inside one comment ('1- ...', '2- ...')
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif numbered and numbered.group("rest") and len(words(numbered.group("rest"))) >= 2:
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif comments and not new_comment and (
            not comments[-1]["body"] or lines[i].number == last_body + 1 or is_prose(text)
        ):
            comments[-1]["body"].append(lines[i])
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif (new_comment or not comments) and (pending_author or pending_reply or (
                (is_prose(text) or comments) and (not trailing_meta or meta_time(following) or _is_meta(following)))):
            # a comment shown with neither name nor time
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        else:
            break
    if has_header and not any(c["body"] for c in comments):
        # a heading over no comment: what follows, up to a paragraph, is the widget's form
        # ('كن أول من يعلق', 'الاسم', 'البريد الإلكتروني', a privacy note): never a comment
        comments = []
        picks = {j: rule for j, rule in picks.items() if rule in ("comments.header", "comments.meta")}
        texts = {}
        for j in range(first, len(lines)):
            line_text = lines[j].text
            if len(words(line_text)) > FORM_MAX_WORDS or lexicon_category(line_text) or (
                    is_prose(line_text) and j + 1 < len(lines) and is_prose(lines[j + 1].text)) or _anchors(line_text):
                break
            picks[j] = "comments.meta"
    records = tuple(
        Comment(
            position=n,
            author=c["author"],
            time_text=c["time"],
            text="\n".join(line.text for line in c["body"]),
            line=c["body"][0].number,
            likes=c["likes"],
            is_reply=c["reply"],
        )
        for n, c in enumerate((c for c in comments if c["body"]), start=len(doc.comments) + 1)
    )
    return doc.take(picks, texts, comments=doc.comments + records)
