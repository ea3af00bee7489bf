"""The article's own lists at its foot stay; the page's furniture under them still goes.
Lines written for these tests (issue 12)."""

from __future__ import annotations

from cleaning import chrome, head
from cleaning.chrome import remove_symbol_led
from cleaning.edges import remove_footer
from cleaning.lists import is_dotted, is_list_item, item_number, strip_mark
from test_cleaners import doc_of, texts

FIRST = ("أطلقت وزارة الزراعة صباح اليوم حملة واسعة لمكافحة سوسة النخيل الحمراء في مزارع الواحات "
         "الجنوبية، بمشاركة فرق ميدانية من المهندسين الزراعيين والمتطوعين من أبناء المنطقة.")
LAST = ("وطالب المزارعون في ختام اللقاء بجملة من الإجراءات العاجلة قبل بدء موسم الحصاد في الخريف المقبل، "
        "وهي كما وردت في بيانهم")
ITEMS = ["1- صرف التعويضات للمتضررين", "2- توفير المبيدات بأسعار مدعومة", "3- فتح طرق زراعية جديدة"]


def test_numbered_list_under_the_last_paragraph_stays():
    doc = remove_footer(doc_of(FIRST, LAST, *ITEMS, "الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, LAST, *ITEMS]


def test_numbered_list_in_arabic_digits_stays():
    items = ["١. صرف التعويضات للمتضررين", "٢. توفير المبيدات بأسعار مدعومة"]
    doc = remove_footer(doc_of(FIRST, LAST, *items))
    assert texts(doc) == [FIRST, LAST, *items]


def test_lines_not_counted_from_one_still_go():
    items = ["3- صرف التعويضات للمتضررين", "7- توفير المبيدات بأسعار مدعومة"]
    doc = remove_footer(doc_of(FIRST, LAST, *items))
    assert texts(doc) == [FIRST, LAST]


SECOND = ("وقال مدير الحملة إن الفرق ستعمل على مدى ثلاثة أسابيع لمسح أكثر من أربعين ألف نخلة، "
          "وإن المزارعين سيحصلون على المبيدات مجانا طوال مدة الحملة.")
BULLETS = ["• مسح المزارع المصابة", "• رش المبيدات في الصباح الباكر"]


def test_bulleted_points_between_two_paragraphs_stay():
    doc = remove_symbol_led(doc_of(FIRST, *BULLETS, SECOND))
    assert texts(doc) == [FIRST, *BULLETS, SECOND]


def test_bulleted_links_under_the_last_paragraph_still_go():
    doc = remove_symbol_led(doc_of(FIRST, SECOND, *BULLETS))
    assert texts(doc) == [FIRST, SECOND]


ANNOUNCE = "وجاءت توصيات اللجنة في ختام اجتماعها على النحو التالي:"


def test_list_announced_under_the_last_paragraph_stays_with_its_sentence():
    items = ["- صرف التعويضات للمتضررين", "- توفير المبيدات بأسعار مدعومة", "- فتح طرق زراعية جديدة"]
    doc = remove_footer(doc_of(FIRST, SECOND, ANNOUNCE, *items, "الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, SECOND, ANNOUNCE, *items]


def test_short_label_over_arrowed_links_at_the_foot_still_goes():
    links = ["» مزارعو الواحات يطالبون بدعم إضافي", "» الأمطار تعود إلى الجنوب"]
    doc = remove_footer(doc_of(FIRST, SECOND, "تابعوا أيضا:", *links))
    assert texts(doc) == [FIRST, SECOND]


def test_dotted_list_announced_at_the_end_stays():
    doc = remove_footer(remove_symbol_led(doc_of(FIRST, SECOND, ANNOUNCE, *BULLETS)))
    assert texts(doc) == [FIRST, SECOND, ANNOUNCE, *BULLETS]


def test_dotted_links_under_a_short_label_at_the_end_still_go():
    doc = remove_footer(remove_symbol_led(doc_of(FIRST, SECOND, "تابعوا أيضا:", *BULLETS)))
    assert texts(doc) == [FIRST, SECOND]


def test_site_header_helpers_still_answer_from_chrome():
    assert chrome.site_from_header is head.site_from_header
    assert chrome.site_from_header("الواحة نت | محليات") == "الواحة نت"


def test_dashed_points_right_under_the_last_paragraph_stay():
    # (the paragraph leads into them: it ends with no mark)
    items = ["- صرف التعويضات للمتضررين", "- توفير المبيدات بأسعار مدعومة"]
    doc = remove_footer(doc_of(FIRST, LAST, *items, "الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, LAST, *items]


def test_dashed_clauses_under_a_paragraph_ending_its_sentence_stay():
    items = ["- صرف التعويضات للمتضررين قبل نهاية الشهر؛", "- توفير المبيدات بأسعار مدعومة."]
    doc = remove_footer(doc_of(FIRST, SECOND, *items, "الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, SECOND, *items]


HEADLINES = ["افتتاح مهرجان النخيل في المدينة", "الأمطار تعود إلى المنطقة الجنوبية", "وزير الزراعة يزور الواحات الشرقية"]


def test_dashed_headlines_under_a_paragraph_ending_its_sentence_still_go():
    doc = remove_footer(doc_of(FIRST, SECOND, *("- " + h for h in HEADLINES)))
    assert texts(doc) == [FIRST, SECOND]


def test_numbered_headlines_under_a_paragraph_ending_its_sentence_still_go():
    doc = remove_footer(doc_of(FIRST, SECOND, *(f"{n}- {h}" for n, h in enumerate(HEADLINES, 1))))
    assert texts(doc) == [FIRST, SECOND]


def test_one_dashed_line_under_the_last_paragraph_still_goes():
    doc = remove_footer(doc_of(FIRST, SECOND, "- الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, SECOND]


def test_rhymed_verses_under_the_last_paragraph_stay():
    # (printed with their marks: unmarked short lines in a run read as links to other articles, and go)
    verses = ["يا نخلة الواحات يا ظل الديار،", "صبرا على الأيام في طول انتظار،", "فالغيث آت بعد ليل ونهار."]
    doc = remove_footer(doc_of(FIRST, SECOND, *verses, "الأقسام", "من نحن"))
    assert texts(doc) == [FIRST, SECOND, *verses]


def test_short_lines_ending_as_they_happen_still_go():
    links = ["أسعار التمور في الأسواق", "مهرجان النخيل يفتتح أبوابه", "الأمطار تعود إلى الجنوب"]
    doc = remove_footer(doc_of(FIRST, SECOND, *links))
    assert texts(doc) == [FIRST, SECOND]


def test_headlines_ending_with_ta_marbuta_under_the_last_paragraph_still_go():
    # (a guard: links to other articles end as their nouns do, ة most often, and are no verses)
    doc = remove_footer(doc_of(FIRST, SECOND, *HEADLINES))
    assert texts(doc) == [FIRST, SECOND]


def test_lines_sharing_only_the_last_letter_still_go():
    links = ["أسعار التمور ترتفع في الأسواق", "مزارعو الجنوب يستقبلون الأمطار", "الحملة تدخل أسبوعها الأخير"]
    doc = remove_footer(doc_of(FIRST, SECOND, *links))
    assert texts(doc) == [FIRST, SECOND]


def test_arrowed_links_under_an_announcing_sentence_at_the_end_go():
    # (a guard: only dotted lines make the closing list the symbol-led step keeps; arrows point links)
    links = ["» مزارعو الواحات يطالبون بدعم إضافي", "» الأمطار تعود إلى الجنوب"]
    doc = remove_footer(remove_symbol_led(doc_of(FIRST, SECOND, ANNOUNCE, *links)))
    assert not set(links) & set(texts(doc))
    assert texts(doc)[:2] == [FIRST, SECOND]


def test_list_marks_read_no_date_and_no_empty_line():
    assert not is_dotted("") and is_dotted("• رش المبيدات")
    assert item_number("15 - 08 - 2012") is None and item_number("١. صرف التعويضات") == 1
    assert not is_list_item("15/08/2012 - 10:30") and is_list_item("- صرف التعويضات")
    assert strip_mark("2) توفير المبيدات") == "توفير المبيدات"
