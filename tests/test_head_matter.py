"""The article's own head matter (kickers, decks, subheads) under the headline stays with the
article; the page's furniture around it still goes. Lines written for these tests."""

from __future__ import annotations

from cleaning.pipeline import clean_page, split_lines
from cleaning.schema import Document
from cleaning.title import extract_title

HEADLINE = "وزارة الزراعة تطلق حملة لمكافحة آفة النخيل في الواحات"
FIRST = ("أطلقت وزارة الزراعة صباح اليوم حملة واسعة لمكافحة سوسة النخيل الحمراء في مزارع الواحات "
         "الجنوبية، بمشاركة فرق ميدانية من المهندسين الزراعيين والمتطوعين من أبناء المنطقة.")
SECOND = ("وقال مدير الحملة إن الفرق ستعمل على مدى ثلاثة أسابيع لمسح أكثر من أربعين ألف نخلة، "
          "وإن المزارعين سيحصلون على المبيدات مجانا طوال مدة الحملة.")


def doc_of(*lines: str) -> Document:
    return Document(id="t", raw_sha256="", encoding="utf-8", lines=split_lines("\n".join(lines)))


def texts(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


def test_headline_repeated_under_its_kicker_stays_with_the_article():
    kicker = "بعد شكاوى المزارعين من تراجع المحصول.."
    doc = extract_title(doc_of("اطبع الصفحة", HEADLINE, "حجم الخط", kicker, HEADLINE, FIRST, SECOND))
    assert doc.title == HEADLINE
    assert texts(doc)[-4:] == [kicker, HEADLINE, FIRST, SECOND]


def test_headline_repeated_under_the_page_furniture_still_goes():
    doc = extract_title(doc_of(HEADLINE, "اطبع الصفحة", HEADLINE, FIRST, SECOND))
    assert doc.title == HEADLINE
    assert HEADLINE not in texts(doc)


def test_headline_repeated_after_the_paragraphs_still_goes():
    doc = extract_title(doc_of(HEADLINE, FIRST, "خلاصة القول", HEADLINE, SECOND))
    assert texts(doc).count(HEADLINE) == 0


def test_whole_page_keeps_kicker_and_repeat():
    kicker = "بعد شكاوى المزارعين من تراجع المحصول.."
    page = "\n".join(["اطبع الصفحة", HEADLINE, "أرسل الخبر لصديق", kicker, HEADLINE, FIRST, SECOND]).encode()
    doc = clean_page("t", page)
    assert doc.title == HEADLINE
    assert [kicker, HEADLINE, FIRST, SECOND] == texts(doc)[-4:]


def test_headline_repeated_under_a_teaser_still_goes():
    # a teaser is the first words of a paragraph further down, cut off: a link, no kicker
    teaser = "أطلقت وزارة الزراعة صباح اليوم حملة واسعة..."
    doc = extract_title(doc_of(HEADLINE, teaser, HEADLINE + " - صحيفة الواحة", FIRST, SECOND))
    assert doc.title == HEADLINE
    assert HEADLINE + " - صحيفة الواحة" not in texts(doc)
