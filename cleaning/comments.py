"""Reader comments: the section leaves the article text and each comment becomes a record.

A section opens with a header from `data/comment_headers.txt` ("التعليقات (2)", "أضف تعليقك",
"5 تعليقات"). Inside it, a comment is an optional name line, a time line ("·منذ 7 سنوات",
"قبل يومين", "12/03/2020 14:05") and its text; counts and reply/like buttons are noise.
Usernames are personal data: each is replaced by a per-article pseudonym ("commenter 1").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import chrome_phrases, comment_headers, time_units
from .schema import Comment, Document
from .text import is_prose, is_symbol_led, match_key, words

_BULLETS = "·•●▪‧-–—|:"
_META = re.compile(
    r"^(?:\d+|رد|الرد|ردود|إعجاب|اعجاب|أعجبني|اعجبني|لا يعجبني|إبلاغ|ابلاغ|تبليغ|مشاركة)"
    r"(?:\s*[:(]?\s*\d+\s*\)?)?$"
)
_ABSOLUTE_STAMP = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s*[-–،,]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?)?$"
)
AUTHOR_MAX_WORDS = 4


@lru_cache(maxsize=None)
def _relative_time() -> re.Pattern:
    unit = "|".join(sorted(map(re.escape, time_units()), key=len, reverse=True))
    amount = rf"(?:\d+\s*)?(?:{unit})"
    return re.compile(rf"^(?:منذ|قبل)\s+{amount}(?:\s*(?:و\s*)?{amount})*$|^(?:الآن|أمس|امس|اليوم)$")


def strip_bullets(text: str) -> str:
    return text.strip().strip(_BULLETS).strip()


def is_time(text: str) -> bool:
    bare = strip_bullets(text)
    return bool(_relative_time().match(bare) or _ABSOLUTE_STAMP.match(bare))


def is_header(text: str) -> bool:
    key = match_key(re.sub(r"[\d()\[\]]+", " ", text))
    return key in comment_headers()


def _is_meta(text: str) -> bool:
    return bool(_META.match(strip_bullets(text)))


def _ends_section(text: str) -> bool:
    whole, _ = chrome_phrases()
    return match_key(text) in whole or is_symbol_led(text)


def extract_comments(doc: Document) -> Document:
    start = next((i for i, line in enumerate(doc.lines) if is_header(line.text)), None)
    if start is None or not any(is_prose(line.text) for line in doc.lines[:start]):
        return doc
    picks = {start: "comments.header"}
    texts: dict[int, str] = {}
    pseudonyms: dict[str, str] = {}
    comments: list[dict] = []
    pending_author: str | None = None
    last_body = None  # line number of the previous comment text line
    lines = doc.lines
    for i in range(start + 1, len(lines)):
        text = lines[i].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        if is_time(text):
            comments.append({"author": pending_author, "time": strip_bullets(text), "body": []})
            pending_author, last_body = None, None
            picks[i] = "comments.time"
        elif _is_meta(text) or (not comments and is_header(text)):
            picks[i] = "comments.meta" if _is_meta(text) else "comments.header"
        elif is_time(following) and len(words(text)) <= AUTHOR_MAX_WORDS and not is_prose(text):
            name = text.strip()
            pending_author = pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")
            picks[i], texts[i] = "comments.author", pending_author
        elif _ends_section(text):
            break
        elif comments and (not comments[-1]["body"] or lines[i].number == last_body + 1 or is_prose(text)):
            comments[-1]["body"].append(lines[i])
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif not comments and is_prose(text):  # a comment shown with neither name nor time
            comments.append({"author": None, "time": None, "body": [lines[i]]})
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
        )
        for n, c in enumerate((c for c in comments if c["body"]), start=1)
    )
    return doc.take(picks, texts, comments=doc.comments + records)
