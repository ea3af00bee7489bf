"""Readers' names around comments: the names quoted inside comments masked with their pseudonyms,
and a reply marker told apart by whom it names ('↳ name' its writer, 'رد على X' the one replied to)."""

from __future__ import annotations

import re
from dataclasses import replace

from .comment_blocks import plain_name
from .comment_lines import REPLY
from .schema import Document
from .text import is_prose


def mask_names(doc: Document, pseudonyms: dict[str, str]) -> Document:
    """Commenters' names quoted inside comments ('@Karim Haddad شكرا', 'كلامك صح يا أبو خالد')
    become their pseudonyms too."""
    if not doc.comments:
        return doc
    texts = [c.text for c in doc.comments] + [r.text for r in doc.removed if r.rule.startswith("comments.")]
    # only names that occur in some text can match (most pages quote none): no pattern to build
    names = sorted((n for n in pseudonyms if len(n) >= 3 and any(n in text for text in texts)), key=len, reverse=True)
    if not names:
        return doc
    pattern = re.compile(r"(?<!\w)@?(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    def mask(text: str) -> str:
        return pattern.sub(lambda m: pseudonyms[m.group(0).lstrip("@")], text)

    comments = tuple(replace(c, text=mask(c.text)) for c in doc.comments)
    removed = tuple(replace(r, text=mask(r.text)) if r.rule.startswith("comments.") else r for r in doc.removed)
    return doc.with_(comments=comments, removed=removed)


def replied_to(text: str) -> bool:
    """A reply marker naming the reader replied to ('رد على X', 'reply to X'), not an arrow before
    the writer's own name ('↳ name'). Why it generalizes: 'a reply to' takes its object, the one
    answered; the writer signs the reply in the widget's name slot under it."""
    return not re.match(r"^\s*[↳↪⤷]", text)


def writer_under(lines, i: int) -> bool:
    """The line under a 'reply to X' marker is its writer's name: a name's length, no sentence,
    time, button, heading nor another marker, and a line of the reply under it."""
    if i + 2 >= len(lines):
        return False
    below = lines[i + 1].text.strip()
    return plain_name(below) and not is_prose(below) and not below.endswith((":", "：")) and not REPLY.match(below)


def in_page_order(doc: Document) -> Document:
    """The comments in the order the page prints them, numbered so: the block sections are taken
    before the line-by-line reading, which may find a section above them."""
    ordered = sorted(doc.comments, key=lambda c: c.line)
    if ordered == list(doc.comments):
        return doc
    return doc.with_(comments=tuple(replace(c, position=n) for n, c in enumerate(ordered, start=1)))
