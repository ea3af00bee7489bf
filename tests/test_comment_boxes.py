"""Comment boxes (a name, its text, the action line every box closes with) and numbered blocks:
shapes met on the real corpus's dev views (issue 12), written here in new words."""

from __future__ import annotations

from cleaning.comments import extract_comments
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts


def _published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def test_a_numbered_list_inside_a_box_does_not_read_as_the_article_resuming():
    # the list stands between the box's text and its action line: the box still closes there
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ابعث الخبر لمن تحب",
        "Lina_k", "تقرير واضح ومفيد للجميع", "أعجبني · رد · 3 ي",
        "سالم", "أقترح على البلدية ما يلي وأرجو أن تأخذ به قبل بداية الموسم القادم.",
        "1- توسيع الشارع الرئيسي.", "2- إنارة الحديقة…", "أعجبني · رد · 2 ي",
        "أم يوسف", "كلام في الصميم", "أعجبني · رد · 1 ي",
        "Karim.B", "شكرا على المتابعة", "أعجبني · رد · 5 س",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "ابعث الخبر لمن تحب"] and len(doc.comments) == 4
    assert doc.comments[1].text.endswith("2- إنارة الحديقة…")
    for name in ("Lina_k", "سالم", "أم يوسف", "Karim.B"):
        assert name not in _published(doc)


def test_a_name_that_reads_as_furniture_right_under_the_heading_is_the_first_writer():
    # 'Instagram' alone is a share button; over a text and the box's action line, right under the
    # heading, it is the first reader's display name
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "تعليقات (3)",
        "Instagram", "صور رائعة للمدينة القديمة", "أعجبني · رد · 2 ي",
        "هالة", "متى يفتح المتحف أبوابه؟", "أعجبني · رد · 6 س",
        "Adel_22", "زرته العام الماضي وكان جميلا", "أعجبني · رد · 1 ي",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert not {"Instagram", "هالة", "Adel_22"} & set(_published(doc).replace("'", " ").split())


def test_numbered_blocks_whose_first_reader_left_no_name():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "الآراء",
        "1.", "خبر سار لأهل المدينة", "👍 4 👎 1",
        "2. Tamer_S", "ننتظر التنفيذ على الأرض", "👍 7 👎 0",
        "3. نوال", "أخيرا تحرك المسؤولون", "👍 2 👎 3",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert [c.author for c in doc.comments] == [None, "commenter 1", "commenter 2"]
    assert "Tamer_S" not in _published(doc) and "نوال" not in _published(doc)
