"""Readers' blocks with no heading (name, time, text) under the story: the form's short question
under them ('ما رأيك؟'), over the form's fields, is no paragraph of the article; an article's own
closing question, over its foot or its quotes, still is. Lines written for these tests."""

from __future__ import annotations

from cleaning.pipeline import clean_page
from cleaning.repetition import LineCounter
from test_body_closing import FIRST, SECOND

HEADLINE = "سوق المزارعين يفتح أبوابه"
BLOCKS = [
    "رامي88", "14/02/2021 09:15", "فكرة رائعة ونتمنى أن تستمر طوال السنة وليس في الصيف فقط",
    "أم سليم", "15/02/2021 18:40", "الأسعار في السوق أرخص من المحلات بكثير، وقد اشتريت منه الأسبوع الماضي خضارا طازجة وعسلا "
    "بلديا بنصف السعر الذي أدفعه عادة في المدينة، وأتمنى أن تفتح البلدية أسواقا مثله في الأحياء الأخرى",
    "fadi_k", "16/02/2021 07:05", "أين مواقف السيارات؟ المكان مزدحم جدا يوم الجمعة",
]
FORM = ["هل زرت السوق هذا الأسبوع؟", "اسمك (إلزامي)", "البريد الإلكتروني (لا يظهر للزوار)", "أرسل"]
FOOT = ["جميع الحقوق محفوظة © 2024 صحيفة الواحة"]


def _counter() -> LineCounter:
    # the site's other pages: each with its readers, their times in the same shape, other figures
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.",
                             f"قارئ{n}", f"{n + 1:02d}/03/2021 1{n % 10}:2{n % 6}", f"تعليق القارئ رقم {n} على الخبر",
                             *FORM, *FOOT])
    return counter


def test_readers_blocks_over_the_form_s_question_are_taken_and_the_question_with_them():
    for counter in (None, _counter()):
        doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *BLOCKS, *FORM, *FOOT]).encode(), boilerplate=counter)
        assert doc.text.split("\n") == [FIRST, SECOND]
        # (the last comment's text takes the form's lines under it along: known, left)
        assert [c.text.split("\n")[0] for c in doc.comments] == BLOCKS[2::3]
        assert not any(name in "\n".join(r.text for r in doc.removed) for name in ("رامي88", "أم سليم", "fadi_k"))


def test_a_short_question_closing_the_story_with_no_readers_above_it_stays():
    closing = "فهل ينجح السوق هذه المرة؟"
    doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, closing, *FOOT]).encode())
    assert doc.text.split("\n") == [FIRST, SECOND, closing] and not doc.comments


def test_quotes_closing_with_a_question_over_the_foot_are_no_readers():
    # (the question stands over the story's foot, no form's field: the article's own; the footer
    # still takes these quotes with it, as it did before: a known loss, left)
    quotes = ["المزارع سليم: الأسعار هذا العام أفضل من العام الماضي", "البائعة هدى: نحتاج إلى مظلات تحمينا من الشمس",
              "الزائر كريم: المكان نظيف لكن المواقف قليلة", "هل ينجح السوق في الصيف كما نجح في الربيع؟"]
    doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *quotes, *FOOT]).encode())
    assert not doc.comments and not any(r.rule.startswith("comments.") for r in doc.removed)

