"""The privacy backstop (`cleaning/privacy.py`): a reader's one-line comment that a furniture rule
took instead of the comment step is recorded with its name masked; the page's own lines and the
lines above the article's end are recorded as printed. Lines written for these tests."""

from __future__ import annotations

from cleaning.comments import UNKNOWN
from cleaning.privacy import mask_taken_readers
from test_cleaners import doc_of

PARAGRAPH = ("افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة أكثر "
             "من ستين مزارعا من القرى المجاورة.")
READER = "أبو سليم الحوراني: فكرة ممتازة ونتمنى أن تعمم على باقي الأحياء"


def taken(*rules_and_lines):
    doc = doc_of(PARAGRAPH, *(line for _, line in rules_and_lines))
    return doc.take({i + 1: rule for i, (rule, _) in enumerate(rules_and_lines)})


def test_a_readers_line_taken_by_the_footer_is_recorded_masked():
    doc = mask_taken_readers(taken(("chrome.footer", READER)))
    assert [r.text for r in doc.removed] == [f"{UNKNOWN}: فكرة ممتازة ونتمنى أن تعمم على باقي الأحياء"]
    assert doc.removed[0].rule == "chrome.footer"
    assert "الحوراني" not in repr(doc.removed)


def test_the_pages_own_furniture_is_recorded_as_printed():
    lines = (("chrome.footer", "اقرأ أيضا: البلدية تعيد تأهيل حديقة الحي الشرقي"),
             ("chrome.repeated", "جميع الحقوق محفوظة © 2024"))
    doc = mask_taken_readers(taken(*lines))
    assert [r.text for r in doc.removed] == [line for _, line in lines]


def test_a_line_above_the_articles_end_is_left_alone():
    doc = doc_of(READER, PARAGRAPH)
    doc = mask_taken_readers(doc.take({0: "chrome.caption"}))
    assert doc.removed[0].text == READER


def test_a_line_taken_right_over_a_time_is_a_writers_slot_and_recorded_masked():
    name = "مواطن غيور على بلده"
    doc = mask_taken_readers(taken(("chrome.footer", name), ("chrome.stamp", "منذ 3 ساعات"),
                                   ("chrome.footer", "السوق فكرة جيدة")))
    assert [r.text for r in doc.removed] == [UNKNOWN, "منذ 3 ساعات", "السوق فكرة جيدة"]


def test_a_credit_an_interview_turn_and_a_caption_are_recorded_as_printed():
    lines = (("chrome.footer", "تصوير: أحمد حسن"), ("chrome.footer", "س: متى يفتح السوق الثاني في الحي الشرقي؟"),
             ("chrome.caption", READER))
    doc = mask_taken_readers(taken(*lines))
    assert [r.text for r in doc.removed] == [line for _, line in lines]


def test_a_comment_widgets_said_on_line_taken_as_a_stamp_is_recorded_masked():
    # ('name قال في date:' heads a reader's comment where the comment step found no section; the stamp
    # rule takes it for its date, and recorded it with the name)
    doc = mask_taken_readers(taken(("chrome.stamp", "سليم الحوراني قال في 21/10/2014:"),
                                   ("chrome.stamp", "hadi_88 says:"), ("chrome.footer", "وقال الوزير في بيان:")))
    assert [r.text for r in doc.removed] == [f"{UNKNOWN} قال في 21/10/2014:", f"{UNKNOWN} says:", "وقال الوزير في بيان:"]
