"""The article's own metadata, read from the top of the page: who wrote it, where it was filed,
when it was published. Nothing leaves the text here: the byline and the stamp are taken out later
by their own rules (`chrome.byline`, `chrome.stamp`, `attribution.dateline`); this step only reads
them, so the record keeps what trafilatura-style extractors keep (author, date), apart from
commenters, who stay pseudonymous.

- `author`: the name of the byline ("كتب - سليم حداد", "بقلم: سامر", "By Karim Benali") with its
  mark taken off; a wire or place after a dash ("كتب - محمد علي - عمان") is not part of the name.
- `dateline`: the place a story was filed from, before the agency or paper of its dateline
  ("القدس (رويترز) -", "عمان - الغد -", "جدة 25 شوال ... واس").
- `published`: the first full Gregorian date (day, month, year) in a stamp, a byline or a dateline
  at the top of the page, as YYYY-MM-DD; a Hijri date is skipped for the Gregorian one beside it
  ("... 1436 هـ الموافق 10 اغسطس 2015 م").
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from .attribution import dateline_agencies
from .chrome import is_date_stamp, is_furniture
from .comment_lines import is_byline
from .lexicon import DataFileError, data_rows
from .schema import Document
from .text import is_prose, match_key, words
from .settings import SETTINGS

_MARK = re.compile(r"^\s*(?:كتب|كتبت|بقلم|تحرير|إعداد|اعداد|الكاتب|الكاتبة|المحرر|تقرير|متابعة|By|Par|Written by|Reported by)"
                   r"\s*[:：\-–—]?\s*", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})(?!\d)")
_HIJRI = re.compile(r"\d{3,4}\s*(?:هـ|ه)(?:\s|$)")
_AGENCY_START = re.compile(r"\s*(?:[(\[/«]|[-–—]\s|\sـ\s?)")


@lru_cache(maxsize=None)
def _months() -> dict[str, int]:
    table = {}
    for name, number in data_rows("months.tsv", 2):
        if not number.isdigit() or not 1 <= int(number) <= 12:
            raise DataFileError(f"cleaning/data/months.tsv: {name!r} has month {number!r}, not 1 to 12")
        table[match_key(name)] = int(number)
    return table


def _date(year: int, month: int, day: int) -> str | None:
    if not SETTINGS.metadata.year_range[0] <= year <= SETTINGS.metadata.year_range[1]:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full Gregorian date in a line, as YYYY-MM-DD ('الأحد 16 يوليو 2017',
    '10 تموز/يوليو 2017', '12/03/2020', '2017-07-11', '14 ديسمبر 2020 م'), or None."""
    text = _HIJRI.split(text, maxsplit=1)[-1] if "الموافق" in text else text
    tokens = re.findall(r"[^\W\d_]+(?:\s+(?:الثاني|الأول|الاول))?|\d+", text)
    months = _months()
    for i, token in enumerate(tokens):
        month = months.get(match_key(token))
        if month is None:
            continue
        before = [t for t in tokens[max(0, i - 2):i] if t.isdigit() and len(t) <= 2]
        # "10 تموز/يوليو 2017": a second month name for the same month may stand between
        after = [t for t in tokens[i + 1:i + 4] if months.get(match_key(t)) != month]
        day = int(before[-1]) if before else None
        if day is None and len(after) >= 2 and after[0].isdigit() and len(after[0]) <= 2:
            day, after = int(after[0]), after[1:]  # "March 26, 2023"
        year = next((int(t) for t in after[:1] if t.isdigit() and len(t) == 4), None)
        if day is not None and year is not None and (found := _date(year, month, day)):
            return found
    for match in _NUMERIC.finditer(text):
        a, b, c = (int(g) for g in match.groups())
        for year, month, day in ((c, b, a), (c, a, b), (a, b, c)):  # d/m/y, m/d/y, y-m-d
            if len(str(year)) == 4 and (found := _date(year, month, day)):
                return found
    return None


@lru_cache(maxsize=1 << 16)  # pure in its text; the title and metadata steps ask it of the same head lines
def cached_furniture(text: str) -> bool:
    return is_furniture(text)


@lru_cache(maxsize=1 << 16)  # pure in its text; asked twice of each head line below
def _dateline(text: str) -> tuple[tuple[str, ...], bool]:
    agencies, whole = dateline_agencies(text)
    return tuple(agencies), whole


def author_of(text: str) -> str | None:
    """The writer's name in a byline, its mark and any trailing place or wire cut off."""
    if not is_byline(text):
        return None
    name = _MARK.sub("", text, count=1).strip()
    name = re.split(r"\s+[-–—|/]\s+|\s*[(\[]", name)[0].strip(" :-–—")
    return name if name and len(words(name)) <= SETTINGS.metadata.author_max_words else None


def dateline_place(text: str) -> str | None:
    """The place a dateline names before its date and agency ('القدس (رويترز) - ...' -> 'القدس',
    'جدة 25 شوال 1436 هـ ... واس' -> 'جدة', 'دبي، الإمارات العربية المتحدة (CNN)--' -> 'دبي')."""
    agencies, _ = _dateline(text)
    if not agencies:
        return None
    head = _AGENCY_START.split(text, maxsplit=1)[0]
    head = re.split(r"\d|،|,", head, maxsplit=1)[0]
    place = " ".join(t for t in re.findall(r"[^\W\d_]+", head) if t not in ("في", "فى", "le", "on"))
    return place if 0 < len(words(place)) <= 3 else None


def extract_metadata(doc: Document) -> Document:
    author = place = published = None
    for line in doc.lines[:SETTINGS.metadata.head_lines]:
        text = line.text
        if author is None:
            author = author_of(text)
        if place is None:
            place = dateline_place(text)
        if published is None and (is_date_stamp(text) or is_byline(text) or _dateline(text)[0]
                                  or (cached_furniture(text) and not is_prose(text))):
            published = find_date(text)
        if is_prose(text) and not _dateline(text)[0]:
            break
    if author is None and place is None and published is None:
        return doc
    return doc.with_(author=author, dateline=place, published=published)
