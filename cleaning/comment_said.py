"""A comment printed on one line: 'أبو خالد: مهرجان رائع', 'منى - الأسعار غالية'. The writer's
name before a colon or a spaced dash, then the text; told from an article's own 'label: text'
lines (a list's ordinal, a quote's verb of saying, a dateline, a page label) by what the name is;
a reader's line between readers of a run (`reader_between`), a reader's Latin login (`is_handle`).
The shapes around comments (a box's action line, the article's foot): `comment_shapes`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .attribution import canonical_agency, dateline_agencies, is_attribution
from .chrome import lexicon_category
from .comment_lines import (
    author_and_time, is_byline, is_labelled, is_counted, is_header, is_listed_header, is_time, past_list)
from .settings import SETTINGS
from .text import ends_sentence, is_prose, words

_DASHED = re.compile(r"^[^:：\-–—]{1,60}?\s[-–—]\s")


# a name, then a colon or a spaced dash, then the text; a dash inside a name ('عادل -ايطاليا') and
# brackets ('حمدى سليمان(نوبى)') are part of it
_SAYS = re.compile(r"^(?P<name>[^\s:：\-–—«»\"](?:[^:：\-–—«»\"]|[-–—](?=\S)){1,59}?)\s*(?:[:：]|\s[-–—])\s+(?P<text>\S.*)$")
# inside a section of such lines: a long name before the first colon, dashes and all
# ('لورنس العرب- القاهره: ...', 'امى القديسة ... (والدة ...): ...')
# (a colon with no space after it is part of the name: 'ام رفيف :اعلامية مهتمة ...: text'); and a
# name may be one letter ('ت: ...'): the run of readers around it says what the line is, as a
# lone letter before a colon says nothing by itself (an interview's 'س:' is not read this way)
_SAYS_LONG = re.compile(r"^(?P<name>[^\s:：«»\"](?:[^:：«»\"]|[:：](?=\S)){0,119}?)\s*[:：]\s+(?P<text>\S.*)$")
# or before the first spaced dash ('قبطي يعشق البرادعي ككل ... من قطر - text'): a section of
# 'name - text' lines has long names as a section of 'name: text' lines has
# (a colon with no space after it is part of the name here too: 'ام رفيف :اعلامية ... - text'; and
# the name may be one letter, as before a colon: 'm - text' inside a run of readers)
_SAYS_LONG_DASH = re.compile(r"^(?P<name>[^\s:：\-–—«»\"](?:[^:：«»\"\s]|[:：](?=\S)|\s(?![-–—]\s)){0,119}?)\s[-–—]\s+(?P<text>\S.*)$")


# Words that open an article's own "X: ..." lines, never a reader's name: ordinals of a list
# ("الثاني: ..."), and verbs of saying that introduce a quote ("وقال كاريوس: إنه ...").
_LIST_OR_SPEECH = re.compile(
    r"^(?:[*•\-–—·]|(?:و?(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[ةه]?|أولا|اولا|ثانيا|ثالثا|رابعا|خامسا)ً?(?:\s|$)"
    r"|و?(?:قال|قالت|أضاف|أضافت|اضاف|أكد|أكدت|اكد|أوضح|أوضحت|تابع|تابعت|يقول|تقول|أشار|أشارت|ختم|ختمت)(?:\s|$))")


def _not_a_name(name: str, said: str) -> bool:
    """'الثاني : ...', '* إصابات الجهاز التنفسي: ...', 'وقال كاريوس: إنه ...', 'بنتيجة 84 – 74 ...':
    a list item, a quote's intro or a score, not a reader's name."""
    # a score is a number standing alone before the colon or dash ('بنتيجة 84 – 74'); a handle's
    # digits are part of the name ('yasserali_1991: 7 أقرب ...')
    # ('زومبه 66: 1-الاهرامات ...': a number with a list's dash after it opens a reader's list, no score)
    return bool(_LIST_OR_SPEECH.match(name.strip())) or (
        bool(re.search(r"(?:^|\s)\d+$", name)) and said[:1].isdigit() and not re.match(r"\d+\s*[-–—)]\s*\D", said))


def _long_says(text: str):
    """In a section: the name before the line's first separator, a colon or a spaced dash."""
    found = [m for m in (_SAYS_LONG.match(text), _SAYS_LONG_DASH.match(text)) if m]
    return min(found, key=lambda m: len(m.group("name")), default=None)


@lru_cache(maxsize=1 << 16)  # pure in its text (no page context): asked of each line many times
def one_line_comment(text: str, loose: bool = False, in_section: bool = False,
                     between: bool = False, quoted: bool = False, undated: bool = False,
                     over_reader: bool = False) -> tuple[str, str] | None:
    """'أبو خالد: مهرجان رائع' or 'منى - الأسعار غالية': (name, text) of a comment printed on one
    line, its writer's name before a colon or a dash. `loose`: inside a run of such lines, where
    the run itself says these are comments, a name may be longer and end as a sentence does.
    `in_section`: inside a comment section made of such lines (found by its heading or its run),
    where every line is one: a display name may be as long as some readers make them
    ('قبطي يعشق البرادعي ككل الاقباط ...: text') and read like a heading ('بدون تعليق').
    `undated`: the line stands below the article's paragraphs, where no dateline stands (a dateline
    heads a story), so a wire's name opening the text ('name - RT <text>') does not make it one; a
    bracketed agency after a place ('<place> (<agency>) - ...') is a dateline's shape wherever it stands
    (a second story on the page). `over_reader`: right over a reader's line (`reader_below`), where
    'name - “quote”' is a reader's signature before a quotation, as inside a run: an article reports
    speech after a colon, and its own lines do not sign a quotation with a dash over a reader."""
    match = _SAYS.match(text.strip()) or (_long_says(text.strip()) if in_section else None)
    if not match:
        return None
    loose = loose or in_section
    name, said = match.group("name").strip(), match.group("text").strip()
    # a display name may be any short thing a reader typed ('113', '؟؟؟؟؟؟'), but not a list's
    # number ('1: ...'), a time, a sentence or a page's label ('الوسوم: ...'), nor a dateline
    lettered = bool(re.search(r"[^\W\d_]", name))
    limit = (SETTINGS.comments.section_name_max_words if in_section
             else SETTINGS.comments.loose_name_max_words if loose else SETTINGS.comments.name_max_words - 1)
    # inside a run a name is counted without its bracketed aside ('سامي (أبو علي)'), and may
    # read as a sentence ('مواطن يحب بلده.')
    # (a bracket or a dash standing alone is no word: 'سعيد من (البلدة )')
    counted = [w for w in (words(re.sub(r"\([^()]*\)", " ", name)) if loose else words(name)) if re.search(r"\w", w)]
    # (`between`: the line stands between readers of a run, where no heading stands: a name built
    # on the word for comment, 'الى صاحب التعليق رقم 2', is a reader's)
    heading = is_header(name) and not between and (not in_section or is_counted(name) or is_listed_header(name))
    # (between two readers a text may be one word: 'شكرا', a long cry of thanks)
    short = len(words(said)) < (SETTINGS.comments.said_between_min_words if between else SETTINGS.comments.said_min_words)
    long_name = len(counted) > limit or (is_prose(name) and not (loose and len(counted) <= limit))
    quote_allowed = in_section or between or quoted or ((loose or over_reader) and bool(_DASHED.match(text.strip())))
    if (long_name or short
            or (lettered and ends_sentence(name) and not loose)
            or is_time(name) or heading or is_byline(text) or is_byline(name) or is_time(said) or author_and_time(said)
            or (is_labelled(text) and author_and_time(text))
            or lexicon_category(text) or (not lettered and len(name.replace(" ", "")) < 3)
            or (((not loose and not (undated and not _WIRE_SEPARATED.match(said))) or "(" in name) and dateline_agencies(text)[0])
            or is_attribution(text) or _not_a_name(name, said)
            or (said.startswith(("«", '"', "“")) and not quote_allowed)):
        # reported speech: 'وقالت إحدى الزائرات: «...»'; inside a run, 'name - “quote”...' is a comment,
        # and in a section of such lines, or between two readers of a run, or right under a reader of a
        # headed section (`quoted`), 'name: “quote”...' is one too;
        # a label over a name and a date ('أرسله: وليد | 12/05/2019') is a signed block's first line,
        # however long the name the label announces
        return None
    return name, said


def reader_below(lines, i: int) -> bool:
    """Line `i + 1` is a reader's one-line comment."""
    return i + 1 < len(lines) and one_line_comment(lines[i + 1].text) is not None


def reader_between(lines, i: int) -> tuple[str, str] | None:
    """Line `i`, right under readers of a run of one-line comments, read as one of them though its
    name is built on the word for comment ('إلى كاتب التعليق 7: ...'): between two readers, or as
    the run's last line when what follows the name is a sentence a reader wrote (a paragraph's
    length or a full stop), never a widget's short prompt. Why it generalizes: a heading stands
    over a section, not inside or right under its run, and it does not go on with a sentence;
    readers answer each other by the comment's number. A line opening with the colon, its name
    empty (or only invisible marks), between two readers or as the run's last line with a sentence,
    is one too: an article's line does not open with a colon. Its text may go on as a numbered list ('name - word',
    '1- ...', '2- ...') with the next reader under the list: a list's items are no reader's line, so
    the reader under them is the next one, as right under the line."""
    text = lines[i].text
    after = past_list(lines, i + 1)  # (the numbered list the line's text goes on with, if any)
    following = after < len(lines) and one_line_comment(lines[after].text)
    said = one_line_comment(text, in_section=True, between=True)
    if said and (following or is_prose(said[1])):
        return said
    # a reader whose name shows nothing (left empty, or an invisible mark) before the colon and a
    # text, between two readers, or as the run's last line with a sentence: the run's shape says
    # where the name stood (an article's line does not open with a colon)
    empty = _EMPTY_NAME.match(text.strip())
    said = empty and (following or is_prose(empty.group(1))) and len(words(empty.group(1))) >= SETTINGS.comments.said_min_words
    return ("", empty.group(1)) if said else None


# (the marks a name left empty may still hold: direction marks, zero-width characters)
_EMPTY_NAME = re.compile(r"^[\u200b-\u200f\u2060\u061c\ufeff\s]*[:：]\s*(\S.*)$")


# a login typed in Latin letters: one token, at least one small letter, digit or underscore
# ('ad_alobid', 'halool18', 'KR_3D', 'Yaqoobzz'); an acronym of capitals ('CNN') is no handle
_HANDLE = re.compile(r"^(?=[A-Za-z0-9_.]*[a-z0-9_])[A-Za-z][A-Za-z0-9_.]{2,29}$")


def is_handle(name: str) -> bool:
    """A reader's handle before an Arabic text ('kasimf - ...'): an article labels its own lines
    in the words of its language, a wire names itself by an agency the table knows.
    Why it generalizes: sites show the login a reader signed in with, and logins are Latin tokens."""
    return bool(_HANDLE.match(name.strip())) and canonical_agency(name.strip()) is None


# a dashed dateline's wire closed by its own separator ('place - رويترز - ...', 'place - (د ب أ) -',
# 'place – رويترز: ...'): a second story's dateline below the article, never a reader's text
_WIRE_SEPARATED = re.compile(r"^\(?[^-–—:ـ()]{1,25}\)?\s*[-–—:ـ]")
