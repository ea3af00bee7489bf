"""Readers' lines that the site's pages repeat are still readers' lines: a common short reply
('زائر: الله يرحمه.') or a prolific reader's same words posted under many stories land in the
site's repeated set as its slogan and its copyright do. A rule that read every repeated line under
readers as the site's furniture (so that the slogan '<site>: <slogan>' and the copyright under a
form's button stop being recorded as comments) was taken back: a reviewer's 181 pages showed it
publishing readers' lines and recording their names raw. These tests hold the readers going and
captured. Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaning.pipeline import clean_page
from cleaning.repetition import LineCounter
from test_body_closing import FIRST, SECOND

HEADLINE = "سوق المزارعين يفتح أبوابه"
READERS = ["هدى الخطيب: الأسعار أرخص من المحلات بكثير", "fadi_k: أين مواقف السيارات يوم الجمعة؟",
           "سامر: فكرة جيدة ونتمنى الاستمرار"]
FOOT = ["جميع الحقوق محفوظة © 2024 صحيفة الواحة"]
NAMES = ("هدى الخطيب", "fadi_k", "سامر", "زائر", "أبو سليم")


def _site(repeated_line: str, header: list[str]) -> LineCounter:
    """The site's other pages, each with the repeated reader's line among its own readers."""
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n}", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.", *header,
                             f"قارئ{n}: تعليق رقم {n} على الخبر", repeated_line, *FOOT])
    return counter


@pytest.mark.parametrize("header", [[], ["التعليقات (4)"]])
@pytest.mark.parametrize("position", [0, 1, 3])
@pytest.mark.parametrize("repeated", ["أبو سليم: زوروا موقعنا للعروض اليومية", "زائر: الله يرحمه."])
def test_a_readers_line_the_sites_pages_repeat_is_still_a_comment(header, position, repeated):
    readers = READERS[:position] + [repeated] + READERS[position:]
    doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *header, *readers, *FOOT]).encode(),
                     boilerplate=_site(repeated, header))
    assert doc.text.split("\n") == [FIRST, SECOND]
    assert len(doc.comments) == len(readers)
    assert not any(name in r.text for r in doc.removed for name in NAMES)


@pytest.mark.parametrize("header", [[], ["التعليقات (4)"]])
@pytest.mark.parametrize("position", [0, 1, 3])
@pytest.mark.parametrize("reply", ["أبو علي: شكرا.", "سامي: مبروك!", "أم أحمد - الله يرحمه!"])
def test_a_readers_reply_of_a_word_or_two_that_the_pages_repeat_is_never_recorded_with_its_name(header, position, reply):
    # (too short for the one-line reader to call a comment, it goes as the site's furniture or the
    # comment area's: recorded masked, as `privacy.mask_taken_readers` records a reader's line)
    readers = READERS[:position] + [reply] + READERS[position:]
    doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *header, *readers, *FOOT]).encode(),
                     boilerplate=_site(reply, header))
    assert doc.text.split("\n") == [FIRST, SECOND]
    assert not any(name in r.text for r in doc.removed for name in (*NAMES, "أبو علي", "سامي", "أم أحمد"))
