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
from functools import lru_cache

from .chrome import is_date_stamp
from .lexicon import chrome_phrases, comment_headers, data_lines, time_units
from .schema import Comment, Document
from .text import is_prose, is_symbol_led, match_key, words

_BULLETS = "·•●▪‧-–—|:"
_LIKE_WORD = r"(?:إعجاب|اعجاب|إعجابات|اعجابات|أعجبني|اعجبني|أعجبنى|لايك|likes?|👍|❤️|❤|♥|\+)"
_LIKES = re.compile(rf"^(?:{_LIKE_WORD}\s*[:(]?\s*(?P<a>\d+)\s*\)?|(?P<b>\d+)\s*{_LIKE_WORD})$", re.IGNORECASE)
_META = re.compile(
    r"^(?:\d+|#\d+|رد|الرد|ردود|رد\s*\(\d+\)|ردود\s*\(\d+\)|\d+\s*(?:رد|ردود)|إعجاب|اعجاب|أعجبني|اعجبني"
    r"|لا يعجبني|لا يعجبنى|👎|👍|إبلاغ|ابلاغ|تبليغ|إبلاغ عن إساءة|مشاركة|تعديل|حذف|reply|report|like)"
    r"(?:\s*[:(]?\s*\d+\s*\)?)?$",
    re.IGNORECASE,
)
_PART_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s{2,}")
_ABSOLUTE_STAMP = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s*[-–،,]?\s*(?:الساعة\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?)?$"
)
_ENGLISH_AGO = re.compile(r"^\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:#\s*\d+|\d+\s*[-.)–—:]|\(\d+\)|تعليق\s*(?:رقم\s*)?\d+\s*[:\-–]?)\s*(?P<rest>.*)$")
_REPLY = re.compile(r"^(?:↳|↪|⤷|رداً على|ردا على|ردًا على|رد على|الرد على|في الرد على|reply to)\s*(?P<rest>.*)$", re.IGNORECASE)
_NAME_TIME = re.compile(r"^(?P<a>.+?)\s*(?:[·•|،,]|\s[-–—]\s|\s(?=منذ|قبل))\s*(?P<b>.+)$")
_SECTION_WORDS = re.compile(r"تعليق|تعليقات|رأي|آراء|اراء|ردود|نقاش|القراء|الزوار|comment", re.IGNORECASE)
AUTHOR_MAX_WORDS = 4
SIGNAL_WINDOW = 8


@lru_cache(maxsize=None)
def _relative_time() -> re.Pattern:
    unit = "|".join(sorted(map(re.escape, time_units()), key=len, reverse=True))
    amount = rf"(?:\d+\s*)?(?:{unit})(?:\s+(?:واحدة|واحد))?"
    return re.compile(
        rf"^(?:منذ|قبل)\s+(?:حوالي\s+|نحو\s+)?{amount}(?:\s*(?:و\s*)?{amount})*$"
        r"|^(?:الآن|الان|أمس|امس|اليوم|البارحة|يوم أمس|للتو|الآن للتو)(?:\s+(?:الساعة\s*)?\d{1,2}:\d{2}\s*(?:ص|م)?)?$"
    )


@lru_cache(maxsize=None)
def _form_lines() -> frozenset[str]:
    return frozenset(match_key(line) for line in data_lines("comment_form.txt"))


def strip_bullets(text: str) -> str:
    return text.strip().strip(_BULLETS).strip()


def is_time(text: str) -> bool:
    bare = strip_bullets(text)
    return bool(_relative_time().match(bare) or _ABSOLUTE_STAMP.match(bare) or _ENGLISH_AGO.match(bare)
                or (len(words(bare)) <= 9 and is_date_stamp(bare)))


def is_header(text: str) -> bool:
    key = match_key(re.sub(r"[\d()\[\]:：#]+", " ", text))
    return key in comment_headers()


def author_and_time(text: str) -> tuple[str, str] | None:
    """'أبو أحمد · منذ ساعتين' or 'منذ ساعتين | أبو أحمد' -> (name, time)."""
    match = _NAME_TIME.match(text.strip())
    if not match:  # no separator: 'ليلى 2017-07-11 09:30', 'أبو أحمد منذ ساعتين'
        parts = text.split()
        for k in range(1, min(AUTHOR_MAX_WORDS, len(parts) - 1) + 1):
            if is_time(" ".join(parts[k:])) and not is_time(" ".join(parts[:k])):
                return " ".join(parts[:k]), strip_bullets(" ".join(parts[k:]))
        return None
    a, b = match.group("a").strip(), match.group("b").strip()
    if is_time(b) and 0 < len(words(a)) <= AUTHOR_MAX_WORDS and not is_time(a):
        return a, strip_bullets(b)
    if is_time(a) and 0 < len(words(b)) <= AUTHOR_MAX_WORDS and not is_time(b):
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


def _is_meta(text: str) -> bool:
    bare = strip_bullets(text)
    if match_key(bare) in _form_lines():
        return True
    parts = [p for p in _PART_SEPARATORS.split(bare) if p.strip()]
    pieces = [q for p in parts for q in re.split(r"\s+(?=[👍👎])", p.strip()) if q.strip()]
    return bool(pieces) and all(_META.match(q.strip()) or _LIKES.match(q.strip()) for q in pieces)


def _ends_section(text: str) -> bool:
    whole, _ = chrome_phrases()
    return match_key(text) in whole or (is_symbol_led(text) and not _is_meta(text))


def _opens_comment(lines, i: int) -> bool:
    text = lines[i].text
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    return bool(is_time(text) or author_and_time(text)
                or (len(words(text)) <= AUTHOR_MAX_WORDS and not is_prose(text) and is_time(following)))


def _find_section(doc: Document) -> tuple[int, bool | None] | None:
    """(index where the section starts, whether that line is a header), or None.
    (i, None): a header with nothing recognisable as a comment after it."""
    lines = doc.lines
    for i, line in enumerate(lines):
        if not is_header(line.text) or not any(is_prose(l.text) for l in lines[:i]):
            continue
        window = range(i + 1, min(len(lines), i + 1 + SIGNAL_WINDOW))
        counted = bool(re.search(r"\d", line.text))
        if counted or any(_opens_comment(lines, j) or _is_meta(lines[j].text) or _NUMBERED.match(lines[j].text)
                          for j in window):
            return i, True
        return i, None  # a header with no comment after it ("أضف تعليقك" and a form): the header alone
    # No header: two or more comments recognised by their shape after the last paragraph.
    prose = [i for i, line in enumerate(lines) if is_prose(line.text)]
    if not prose:
        return None
    openers = [i for i in range(1, len(lines)) if _opens_comment(lines, i) and not is_time(lines[i - 1].text)]
    openers = [i for i in openers if any(p < i for p in prose)]
    if len(openers) < 2:
        return None
    start = openers[0]
    if not any(p < start for p in prose):
        return None
    before = lines[start - 1].text
    if (len(words(before)) <= 5 and not is_prose(before) and _SECTION_WORDS.search(before)):
        return start - 1, True
    return start, False


def extract_comments(doc: Document) -> Document:
    """Take out every comment section: after one is taken, the rest of the page is searched again,
    so a second header further down (or a lone header before the real one) is found too."""
    while True:
        taken = _extract_section(doc)
        if len(taken.removed) == len(doc.removed):
            return taken
        doc = taken


def _extract_section(doc: Document) -> Document:
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
    pseudonyms: dict[str, str] = {}
    comments: list[dict] = []
    pending_author: str | None = None
    pending_reply = False
    new_comment = False
    last_body = None  # line number of the previous comment text line

    known = len({c.author for c in doc.comments if c.author})  # names from an earlier section

    def pseudonym(name: str) -> str:
        return pseudonyms.setdefault(name, f"commenter {known + len(pseudonyms) + 1}")

    def open_comment(author, time, reply):
        comments.append({"author": author, "time": time, "body": [], "likes": None, "reply": reply})

    for i in range(first, len(lines)):
        text = lines[i].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        reply = _REPLY.match(text)
        numbered = _NUMBERED.match(text)
        pair = author_and_time(text)
        if reply and len(words(text)) <= AUTHOR_MAX_WORDS + 3 and not is_prose(text):
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
        elif is_time(following) and len(words(text)) <= AUTHOR_MAX_WORDS and not is_prose(text):
            pending_author = pseudonym(text.strip())
            picks[i], texts[i] = "comments.author", pending_author
        elif _ends_section(text):
            break
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
        elif (new_comment or not comments) and (is_prose(text) or comments or pending_reply):
            # a comment shown with neither name nor time
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        else:
            break
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
