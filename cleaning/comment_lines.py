"""What one line of a comment area is: a heading, a time, a name, a button row, a form field (a
comment written on one line, "name: text": `comment_said.py`). `comments.py` cuts sections into
comments with these; nothing here looks at more than a line and its neighbours.

Times, headings and names are recognised by their shape and by the language's own words (units
of time, the forms of "comment", months), not by a list of what some site prints; the action row
under every comment is found by recurrence on the page (`comment_shapes.closing_lines`).
"""


from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache, wraps

from .chrome import is_date_stamp, lexicon_category
from .lexicon import chrome_phrases, comment_headers, data_lines, data_rows, time_units
from .text import ends_sentence, ends_with_full_stop, is_prose, is_symbol_led, match_key, words
from .settings import SETTINGS

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
NUMBERED = re.compile(r"^(?:#\s*\d+|\d+\s*[-.)–—:]|\(\d+\)|تعليق\s*(?:رقم\s*)?\d+\s*[:\-–]?)\s*(?P<rest>.*)$")
REPLY = re.compile(r"^(?:↳|↪|⤷|رداً على|ردا على|ردًا على|رد على|الرد على|في الرد على|reply to)\s*(?P<rest>.*)$", re.IGNORECASE)
_LAST_PART = re.compile(r"^(?P<a>.+)(?:\s*[·•|،,]\s*|\s[-–—]\s)(?P<b>.+?)$")
_NAME_TIME = re.compile(r"^(?P<a>.+?)\s*(?:[·•|،,]|\s[-–—]\s|\s(?=منذ|قبل))\s*(?P<b>.+)$")
SECTION_WORDS = re.compile(r"تعليق|تعليقات|رأي|[آأا]راء|ردود|نقاش|القراء|الزوار|comment", re.IGNORECASE)
_LABEL = re.compile(r"^[^\W\d_]+\s*[:：]\s*(?=\S)")  # 'بواسطة: ', 'الاسم: ', 'By: '
# The closing lines of the page being cleaned (`comment_shapes.closing_lines`), seen by `is_meta`.
CLOSERS: ContextVar[frozenset[str]] = ContextVar("closers", default=frozenset())


def _memo(fn):
    """Remember a line predicate's answers: the section search asks them of the same lines many
    times a page. The page's closing lines (`CLOSERS`) are part of the key, since what a line is
    may depend on them; the rest depends on the line's text alone."""
    cached = lru_cache(maxsize=1 << 16)(lambda closers, *args: fn(*args))
    closers = CLOSERS.get

    if fn.__code__.co_argcount == 1:  # most are asked of one line: no argument tuple to build
        @wraps(fn)
        def answer(text):
            return cached(closers(), text)
    else:
        @wraps(fn)
        def answer(*args):
            return cached(closers(), *args)

    answer.cache_clear = cached.cache_clear
    return answer


@lru_cache(maxsize=None)
def _time_markers() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {"before": [], "after": [], "alone": []}
    for kind, phrase in data_rows("time_markers.tsv", 2, frozenset({"before", "after", "alone"})):
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
    for kind, word in data_rows("bylines.tsv", 2, frozenset({"mark", "name"})):
        (marks if kind == "mark" else names).append(word)
    return re.compile(
        rf"^(?:(?:{_alternation(marks)})\s*[:：\-–—]\s*\S"
        rf"|(?:{_alternation(names)})\s+[A-ZÀ-Ý])"
    )


@_memo
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


# A comment widget's short age: a number and a unit's first letter ('2 ي' two days, '5 س' five
# hours, '3 د', '1 أ' a week; '2d', '5h', '3w'), as the Facebook plugin prints it.
_SHORT_AGE = re.compile(r"^[\d٠-٩]{1,3}\s?(?:[يسدثأ]|[smhdwy])$", re.IGNORECASE)

# a media player's position and length ('00:00 / 03:12'): a control, not the time of a comment
_DATE_IN_NAME = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_PLAYER_TIMES = re.compile(r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}")
# a date, a connecting word or two from `date_hour_links`, its hour: a time, not an event named on a date
_DATE_HOUR = re.compile(r"^(.{4,40}?\d{4})\s+(?P<link>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+\d{1,2}:\d{2}$")

@lru_cache(maxsize=1 << 16)  # pure in its text; asked of the same lines many times a page
def is_time(text: str) -> bool:
    bare = strip_bullets(text)
    if _PLAYER_TIMES.search(bare):
        return False
    return bool(_relative_time().match(bare) or _ABSOLUTE_STAMP.match(bare) or _ENGLISH_AGO.match(bare)
                or _SHORT_AGE.match(bare)
                or (len(words(bare)) <= 9 and is_date_stamp(bare, labelled=False))
                or bool((m := _DATE_HOUR.match(bare)) and is_date_stamp(m.group(1), labelled=False)
                        and set(m.group("link").split()) <= set(SETTINGS.comments.date_hour_links)))


# The forms of the words for "comment" a section heading is built from, as the grammar makes them
# (singular, dual, plural, accusative, "your", a verb "to comment"): "تعليق واحد", "تعليقان",
# "3 تعليقات", "11 تعليقا", "عدد التعليقات: 3", "كن أول من يعلق". Morphology, not a list of headings.
COMMENT_WORD = re.compile(
    r"^(?:و?(?:ال|بال|لل)?(?:تعليق|تعليقات|تعليقا|تعليقاً|تعليقان|تعليقين|تعليقك|تعليقكم|تعقيب|تعقيبات|تعقيبا)"
    r"|[يتن]?علق|علّق|يعلّق|comments?|commentaires?|réactions?)$", re.IGNORECASE)


_COUNT_WORD = re.compile(r"(?:^|\s)(?:واحد|واحدة|اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|تعليقان|تعليقين|one|two|three|un|une|deux|trois)(?:\s|$)",
                         re.IGNORECASE)


def is_counted(text: str) -> bool:
    """A heading with a count, in figures or in words ('5 تعليقات', 'تعليق واحد', 'تعليقان')."""
    return bool(re.search(r"[\d٠-٩]", text) or _COUNT_WORD.search(text))


_COUNTED_HEADING = re.compile(r"^(?P<words>[^\d()\[\]]+?)\s*[(\[]\s*1\s*[)\]]$")


def counts_one(text: str) -> bool:
    """A short heading counting one item in brackets ('<two or three words> (1)'), no sentence."""
    match = _COUNTED_HEADING.match(text.strip())
    return bool(match) and 0 < len(words(match.group("words"))) <= SETTINGS.comments.header_max_words \
        and not ends_sentence(match.group("words"))


@_memo
def is_header(text: str) -> bool:
    """A comment-section heading: a listed one, or a short line built on a word for "comment"
    ('3 تعليقات', 'تعليقان', 'عدد التعليقات: 3', 'كن أول من يعلق'); never a sentence."""
    key = match_key(re.sub(r"[\d٠-٩()\[\]:：#]+", " ", text))
    if key in comment_headers():
        return True
    tokens = key.split()
    return (0 < len(tokens) <= SETTINGS.comments.header_max_words and not ends_with_full_stop(text)
            and any(COMMENT_WORD.match(t) for t in tokens))


def is_listed_header(text: str) -> bool:
    return match_key(re.sub(r"[\d٠-٩()\[\]:：#]+", " ", text)) in comment_headers()


@_memo
def author_and_time(text: str, signed_section: bool = False) -> tuple[str, str] | None:
    """'أبو أحمد · منذ ساعتين' or 'منذ ساعتين | أبو أحمد' -> (name, time). `signed_section`: in a
    section whose every comment opened with such a line, a name as long as readers make them, a
    sentence too: the section's repeated signature shape says where the name stands."""
    if _PLAYER_TIMES.search(text) or is_time(text) or (CLOSERS.get() and skeleton(text) in CLOSERS.get()):
        return None  # (a time alone, '10 - يناير - 2011'; nor the action row under every comment: `action_row`)
    match = _NAME_TIME.match(text.strip())
    if match and _DATE_IN_NAME.search(match.group("a")) and not is_time(match.group("a")) and not _LABEL.match(text.strip()):
        return None  # 'آخر تحديث: 03/04/2014 - 01:56': a date and its hour, no name
    if not match:  # no separator: 'ليلى 2017-07-11 09:30', 'أبو أحمد منذ ساعتين'
        parts = text.split()
        for k in range(1, min(SETTINGS.comments.author_max_words, len(parts) - 1) + 1):
            # with no separator the time must read as one ('منذ ساعتين', a date): a headline may
            # end with a bare 'اليوم'
            when = " ".join(parts[k:])
            if is_time(when) and not is_time(" ".join(parts[:k])) and (len(parts) - k >= 2 or re.search(r"[\d٠-٩]", when)):
                return " ".join(parts[:k]), strip_bullets(" ".join(parts[k:]))
        return None
    labelled = bool(_LABEL.match(match.group("a").strip()))
    a, b = _LABEL.sub("", match.group("a").strip()), match.group("b").strip()
    # 'بواسطة: <name> - <date>': the label says a name follows, however long the reader made it
    limit = SETTINGS.comments.labelled_name_max_words if labelled else SETTINGS.comments.name_max_words
    limit, labelled = (SETTINGS.comments.section_name_max_words, True) if signed_section else (limit, labelled)
    if is_time(b) and 0 < len(words(a)) <= limit and not is_time(a) and (labelled or not is_prose(a)):
        return a, strip_bullets(b)
    if is_time(a) and 0 < len(words(b)) <= SETTINGS.comments.name_max_words and not is_time(b) and not is_prose(b):
        return b, strip_bullets(a)
    # 'name - place - date': the time after the last separator, the name with its place before it
    last = _LAST_PART.match(text.strip())
    if last and last.group("a") != match.group("a") and not is_meta(text) and not meta_time(text):
        a, b = _LABEL.sub("", last.group("a").strip()), last.group("b").strip()
        if is_time(b) and 0 < len(words(a)) <= limit and not is_time(a) and (labelled or not is_prose(a)):
            return a, strip_bullets(b)
    return None


def is_labelled(text: str) -> bool:
    """'بواسطة: ...', 'أرسله: ...': a word and a colon before a name."""
    return bool(_LABEL.match(text.strip()))


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


def is_form_line(text: str) -> bool:
    return match_key(strip_bullets(text)) in _form_lines()


@_memo
def is_meta(text: str) -> bool:
    bare = strip_bullets(text)
    if match_key(bare) in _form_lines():
        return True
    if bare and not re.search(r"[^\W\d_]", bare) and len(bare) <= 24 and not is_time(bare):
        return True  # votes and counts with no word: '12', '△ ▽', '+3 / -1'
    # (a line of votes is short and holds digits: the pattern backtracks on every word of a paragraph)
    if len(bare) <= 120 and any(c.isdigit() for c in bare) and len(_VOTE.findall(bare)) >= 2 \
            and not _VOTE.sub("", bare).strip(" |·•-–—/"):
        return True  # buttons with their counts: 'موافق (4) غير موافق (9)', 'Up 3 · Down 1'
    if CLOSERS.get() and skeleton(bare) in CLOSERS.get():
        return True
    parts = [p for p in _PART_SEPARATORS.split(bare) if p.strip()]
    pieces = [q for p in parts for q in re.split(r"\s+(?=[👍👎])", p.strip()) if q.strip()]
    return bool(pieces) and all(_is_action(q) for q in pieces)


_META_PARTS = re.compile(r"\s*[|·•]\s*|\s[-–—]\s")


@_memo
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


@lru_cache(maxsize=1 << 16)  # pure in its text
def skeleton(text: str) -> str:
    """A line's words of two letters or more, numbers and symbols dropped: 'أعجبني · رد · 2 ي' and
    'أعجبني · رد · 5 س' share one."""
    return " ".join(re.findall(r"[^\W\d_]{2,}", match_key(text)))


_USERNAME = re.compile(r"^(?=[^\s]*[A-Za-z])[A-Za-z0-9]*[A-Za-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?:\s*[^\w\s]{1,3})?$")


@_memo
def is_username(text: str) -> bool:
    """A Latin handle: 'Hamza.B', 'sara_k', 'Mohammed99', 'ahmad.2010 🔥', 'Karim Dz'."""
    bare = text.strip()
    return bool(_USERNAME.match(bare)) and len(words(bare)) <= 3 and not is_time(bare) and not is_meta(bare)


_INITIAL_END = re.compile(r"\s\w\.$")  # a family name cut to its initial: 'سلمى ع.', 'Omar K.'


@_memo
def name_like(text: str, max_words: int = SETTINGS.comments.author_max_words) -> bool:
    return (0 < len(words(text)) <= max_words and not is_prose(text) and not is_byline(text)
            and not is_time(text) and not is_meta(text) and (not ends_sentence(text) or bool(_INITIAL_END.search(text))))


@_memo
def ends_section(text: str) -> bool:
    whole, _ = chrome_phrases()
    return match_key(text) in whole or (is_symbol_led(text) and not is_meta(text))


def opens_comment(lines, i: int) -> bool:
    """Line `i` opens a comment block: a time, a name with a time, a name over a time, or a name over
    a text and the action line that closes every comment box."""
    # (a numbered list inside the text goes on before the box's action line: '1- ...', '2- ...'; the
    # action line under the list closes the box as it closes one with no list)
    k = past_list(lines, i + 2)
    return _opens(lines[i - 1].text if i > 0 else "", lines[i].text,
                  lines[i + 1].text if i + 1 < len(lines) else "", lines[k].text if k < len(lines) else "")


def past_list(lines, k: int) -> int:
    """The index of the first line from `k` that is no item of a numbered list ('1- ...', '2- ...')
    of at most `list_in_comment_max_items` items."""
    end = k + SETTINGS.comments.list_in_comment_max_items
    while k < len(lines) and k < end and NUMBERED.match(lines[k].text):
        k += 1
    return k


@_memo  # the section search asks it of every line each time it looks again
def _opens(above: str, text: str, following: str, after: str) -> bool:
    if (is_byline(text) and not author_and_time(text)) or (above and is_byline(above)):
        return False  # a byline and its date on the next line credit the writer; 'بواسطة: <name> - <date>' opens a comment
    return bool(is_time(text) or author_and_time(text)
                or (len(words(text)) <= SETTINGS.comments.name_max_words and not is_prose(text) and is_time(following))
                # a name over a text and the action line that closes every comment box: the box says
                # it is a name, up to a display name's length ('دكتور / ممتاز عبد الرحمن حسن')
                or (name_like(text, SETTINGS.comments.name_max_words) and following and not is_meta(following) and not is_time(following)
                    and is_action_line(after)))


def names_next_comment(lines, i: int) -> bool:
    """A name line with no time beside it: the comment's text follows, then its meta line
    ('أعجبني · رد · <time>'), or the name is a Latin handle ('Hamza.B', 'sara_k') over a text."""
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    k = past_list(lines, i + 2)  # (a numbered list inside the text goes on before the action line: '1- ...')
    after = lines[k].text if k < len(lines) else ""
    if not following or is_time(following) or is_meta(following) or meta_time(following) or is_header(following):
        return False
    if meta_time(after) or (is_meta(after) and not is_form_line(after) and not re.fullmatch(r"#?\d+", strip_bullets(after))):
        return True
    return is_username(lines[i].text) and not is_username(following) and not _name_like_short(following)


def unnumbered(text: str) -> str:
    """'3. سعودي يعشق أرض الاردن' -> the name without the comment's number."""
    numbered = NUMBERED.match(text)
    return (numbered.group("rest") if numbered and numbered.group("rest") else text).strip()


def _name_like_short(text: str) -> bool:
    return len(words(text)) <= 1


@_memo
def is_anchor(text: str) -> bool:
    """A line only a comment has: a time, a name with a time, an action line with a time or one
    that closes every comment box."""
    return bool(is_time(text) or author_and_time(text) or is_action_line(text))


def is_action_line(text: str) -> bool:
    """The action line a comment box closes with: a time in it, or the line that recurs under every
    box's text (`comment_shapes.closing_lines`)."""
    return bool(meta_time(text)) or skeleton(text) in CLOSERS.get()


@_memo
def maybe_name(text: str) -> bool:
    return (0 < len(words(text)) <= SETTINGS.comments.section_name_max_words and bool(re.search(r"[^\W\d_]", text)) and not is_meta(text)
            and not is_time(text) and not meta_time(text) and not is_header(text) and not ends_with_full_stop(text)
            and not lexicon_category(text))
