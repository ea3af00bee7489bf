"""Privacy's backstop: a reader's one-line comment that a furniture rule took instead of the
comment step is recorded with its name masked, as the comment step records its own lines.

The comment step finds sections by their structure and pseudonymises every name it takes; a
section it misses may still go, line by line, under the footer or the site-repetition rule, and
those record what they take as printed. A line under the article of the shape 'name: text' or
'name - text' is then recorded as '‹…›: text': the audit trail keeps what was said and why it was
taken, never who said it (issue 12: no username in raw form in `removed`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .comment_blocks import name_line
from .comment_lines import SECTION_WORDS, is_time
from .comment_said import one_line_comment
from .comments import UNKNOWN
from .schema import Document
from .settings import SETTINGS
from .text import is_prose, words


# the rules that take a missed comment section line by line: the footer and the site's repetition
_FURNITURE_RULES = frozenset({"chrome.footer", "chrome.repeated"})
_FOOT_RULES = _FURNITURE_RULES | {"chrome.byline", "chrome.stamp", "chrome.menu"}
# a name after a label: a few words of letters, no sentence ('أحمد حسن', 'د. منى الحلبي')
_NAME_ONLY = re.compile(r"(?:[^\W\d_]{1,2}\.\s*)?[^\W\d_]+(?:\s[^\W\d_]+){0,3}")
# '<name> قال في 21/10/2014:', '<name> كتب:', '<name> says:': a name, a verb of saying in the past or
# present, maybe its date, and the colon that hands over to the comment (the verb after the name: a
# byline names its writer after 'كتب', never before it)
_SAID_ON = re.compile(r"(?P<name>\S.{0,60}?)\s+(?:قال|قالت|يقول|تقول|كتب|كتبت|says|said|wrote)"
                      r"(?:\s+(?:في|on|بتاريخ))?\s*[\d٠-٩/.\-: ]*[:：]\s*")
# a name of up to four words, a colon or a spaced dash, and a word or two closed by a full stop, an
# exclamation or a question ('أبو علي: شكرا.'): a reply, where a credit names someone with no mark
# ('تصوير: أحمد حسن')
_SHORT_SAID = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s*(?:[:：]|\s[-–]\s)\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[.!؟?]+")


def mask_taken_readers(doc: Document) -> Document:
    """Lines taken below the article's last line by the footer or the site-repetition rule that
    read as a one-line comment, or stand right over a time, are recorded masked (not a credit,
    'تصوير: name', nor an interview's one-letter turn, 'س: ...'). Why it generalizes: below
    the article, a line that opens with a name and a colon or a spaced dash over a sentence is how
    readers sign one-line comments on any site, however long the name they typed, and a line over
    a comment's time is its writer's slot, whatever the writer typed there; what masking a page's
    own such line loses is a label or a name, while the rule and the rest stay on record."""
    if not doc.removed:
        return doc
    last = doc.lines[-1].number if doc.lines else 0
    # the page's lines by number, kept or taken: what stands right under a taken line
    printed = {r.line: r.text for r in doc.removed if r.line > last} | {line.number: line.text for line in doc.lines}

    # where the readers' area begins: its first line taken as a comment's, or a short heading naming it
    # ('آراء الزوار') under the article's first paragraph
    first_prose = next((line.number for line in doc.lines if is_prose(line.text)), None)
    area = min([r.line for r in doc.removed if r.rule.startswith("comments.")]
               + [line.number for line in doc.lines if first_prose is not None and line.number > first_prose
                  and len(words(line.text)) <= SETTINGS.comments.header_max_words and SECTION_WORDS.search(line.text)
                  and not is_prose(line.text)], default=None)

    def masked(record):
        if record.text.startswith(UNKNOWN):
            return record
        # below the readers' area's start, a name line the furniture rules took
        # ('label: name', 'name، place', 'name (place)', '3. name', 'name - date') is recorded masked:
        # there such a line signs a comment as often as not, and masking a credit there loses only its
        # name (`comment_blocks.name_line`)
        if area is not None and record.line > area and record.rule in _FOOT_RULES and (name := name_line(record.text)) \
                and len(re.findall(r"[^\W\d_]", name)) >= 2 and name in record.text:
            return replace(record, text=record.text.replace(name, UNKNOWN))
        # 'احمد حلمي قال في 21/10/2014:': a comment widget's header line, the writer's name and 'said'
        # with its date, which the stamp rule takes for its date wherever the comment step found no section
        if first_prose is not None and record.line > first_prose and record.rule in _FOOT_RULES \
                and (said := _SAID_ON.fullmatch(record.text.strip())):
            return replace(record, text=UNKNOWN + record.text.strip()[said.end("name"):])
        if record.line <= last:
            return record
        # 'أبو علي: شكرا.', 'سامي: مبروك!': a name over a reply of a word or two, too short for the
        # one-line reader to call a comment, which a furniture rule or the comment area's furniture took
        # (a reader's common reply repeats across the site's pages as its furniture does): masked whole
        if record.rule in _FURNITURE_RULES | {"comments.meta"} and _SHORT_SAID.fullmatch(record.text.strip()):
            return replace(record, text=UNKNOWN)
        if record.rule not in _FURNITURE_RULES:
            return record
        # a line right over a time ('04/03/2016 15:11', 'منذ 3 ساعات') is a comment block's writer's slot
        if is_time(printed.get(record.line + 1, "")) and not is_time(record.text):
            return replace(record, text=UNKNOWN)
        # (read as inside a section of such lines: a taken line loses nothing by a long name masked)
        said = one_line_comment(record.text, in_section=True, undated=True)
        # (a credit, 'تصوير: أحمد حسن', names someone after its label; an interview's 'س:' marks a turn)
        if not said or _NAME_ONLY.fullmatch(said[1]) or len(re.findall(r"[^\W\d_]", said[0])) < 2:
            return record
        return replace(record, text=f"{UNKNOWN}: {said[1]}")

    removed = tuple(masked(r) for r in doc.removed)
    return doc.with_(removed=removed) if removed != doc.removed else doc
