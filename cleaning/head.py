"""The page's head line: a 'Site name | section' header, chrome that names the site."""

from __future__ import annotations

import re

from .schema import Document
from .settings import SETTINGS
from .text import is_prose, words

_SITE_HEADER = re.compile(r"^(?P<site>[^|｜]{2,60}?)\s*[|｜]\s*(?P<section>[^|｜]{0,40})$")


def site_from_header(first_line: str) -> str | None:
    """The site named by a 'Site name | section' first line, or None."""
    match = _SITE_HEADER.match(first_line)
    if not match or len(words(first_line)) > SETTINGS.chrome.site_header_max_words or is_prose(first_line):
        return None
    return match.group("site").strip()


def remove_site_header(doc: Document) -> Document:
    """'صوت الواحات| متابعات' as the first line: chrome, and it names the site."""
    if not doc.lines:
        return doc
    site = site_from_header(doc.lines[0].text)
    if site is None:
        return doc
    return doc.take({0: "chrome.site_header"}, site=doc.site or site)
