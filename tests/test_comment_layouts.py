"""Comment sections whose blocks recur in a shape of their own (cleaning/comment_blocks.py): a
signature under each text, a short title over each name line, a letter over each name. The
sections, names and texts here are written for these tests."""

from __future__ import annotations

from cleaning.comments import extract_comments
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

SIGNED = [("الخدمة في المستشفى الجديد تحسنت كثيرا هذا العام", "— سليم الكردي، حماة"),
          ("أتمنى أن تشمل الخطة القرى المجاورة أيضا", "نادية الشامي (الكويت)"),
          ("كلام جميل لكن التنفيذ هو المهم في النهاية", "فراس - بنغازي")]
NAMES = ["سليم الكردي", "نادية الشامي", "فراس", "مروان", "هشام العلوي", "لينا", "عماد", "رشا", "باسل"]


def published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def test_signatures_under_each_text_make_a_section_with_no_heading():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *[line for pair in SIGNED for line in pair]))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [text for text, _ in SIGNED]
    assert len({c.author for c in doc.comments}) == 3
    assert not any(name in published(doc) for name in NAMES[:3])


def test_signatures_with_their_times_under_a_heading():
    lines = ["التعليقات", SIGNED[0][0], SIGNED[0][1], "12/04/2021 - 9:15 م", SIGNED[1][0], SIGNED[1][1],
             "13/04/2021 - 8:02 ص"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [SIGNED[0][0], SIGNED[1][0]]
    assert not any(name in published(doc) for name in NAMES[:2])


def test_titled_boxes_keep_the_readers_title_and_drop_the_placeholder():
    lines = ["التعليقات", "استفسار للبلدية", "مروان، الرباط", "متى تبدأ أعمال الصيانة في الحي الشرقي؟",
             "(دون عنوان)", "7. هشام العلوي", "الطريق ما زال مغلقا أمام السيارات",
             "شكر واجب", "لينا - طرطوس", "شكرا للفريق الذي تابع الموضوع حتى النهاية"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [
        "استفسار للبلدية\nمتى تبدأ أعمال الصيانة في الحي الشرقي؟", "الطريق ما زال مغلقا أمام السيارات",
        "شكر واجب\nشكرا للفريق الذي تابع الموضوع حتى النهاية"]
    assert not any(name in published(doc) for name in NAMES[3:6])


def test_a_letter_over_each_name_opens_each_block():
    lines = ["ع", "عماد", "منذ 4 ساعات", "المشروع مهم لكن الميزانية غير كافية",
             "ر", "رشا", "أين كانت الرقابة طوال هذه السنوات",
             "ب", "باسل", "منذ 6 ساعات", "خبر مفرح لأهالي المنطقة"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "التعليقات", *lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [lines[3], lines[6], lines[10]]
    assert not any(name in published(doc) for name in NAMES[6:])


def test_a_quotation_credited_to_a_person_and_a_place_stays_in_the_article():
    quote = "«سنعيد فتح المعبر أمام المسافرين خلال الأسبوع المقبل بعد انتهاء أعمال الترميم»"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, quote, "— خالد المنصوري، رئيس البلدية"))
    assert texts(doc)[:3] == [LEAD, PARAGRAPH, quote] and not doc.comments


def test_two_signed_quotations_ending_an_article_stay_in_it():
    # an article closing on two statements, each credited under it: two blocks, no heading, no time
    lines = [LEAD, PARAGRAPH, "نعمل على توسيع الشبكة لتصل إلى كل المدن الساحلية قبل الصيف",
             "سمير الحداد، مدير الشركة", "الأولوية الآن لإصلاح المحطات المتضررة في الشمال",
             "ليلى عبد الله، وزيرة الطاقة"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == lines and not doc.comments


def test_signed_blocks_above_a_paragraph_are_the_articles():
    # a paragraph of the article under the signed lines: no comment section stands above the article's end
    lines = [LEAD, SIGNED[0][0], SIGNED[0][1], SIGNED[1][0], SIGNED[1][1], SIGNED[2][0], SIGNED[2][1], PARAGRAPH]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == lines and not doc.comments


def test_a_glossary_of_letters_is_no_avatar_section():
    # letters over words starting with them, under the article's end, with no text under the words
    lines = [LEAD, PARAGRAPH, "أ", "أرشيف", "ب", "بحوث", "ت", "تقارير"]
    doc = extract_comments(doc_of(*lines))
    assert not doc.comments


def test_a_date_with_its_hour_after_a_connecting_word_is_a_time():
    # numbered blocks: the number, the name, 'date <a word or two> hour', the text, the votes
    lines = ["التعليقات", "1", "يوسف الزين", "3 مارس 2020 في تمام 14:20", "الأسعار ارتفعت ولم يتغير شيء",
             "موافق 4 | غير موافق 1", "2", "سعاد", "5 مارس 2020 في تمام 09:05", "نريد حلولا لا وعودا",
             "موافق 9 | غير موافق 0"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [lines[4], lines[9]]
    assert "يوسف الزين" not in published(doc) and "سعاد" not in published(doc)


def test_a_reply_marker_with_a_name_and_no_time_opens_the_reply():
    lines = ["التعليقات", "طارق", "منذ 3 ساعات", "هل سيشمل القرار المتقاعدين؟", "رد",
             "↳ منى الخطيب", "نعم بحسب ما أعلنته الوزارة أمس", "رد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert [c.text for c in doc.comments] == [lines[3], lines[6]] and doc.comments[1].is_reply
    assert "منى الخطيب" not in published(doc) and "طارق" not in published(doc)


def test_a_signature_taken_as_furniture_under_the_readers_heading_is_recorded_masked():
    from cleaning.comments import UNKNOWN
    from cleaning.privacy import mask_taken_readers
    doc = doc_of(LEAD, PARAGRAPH, "آراء الزوار", "بقلم: وليد الحسيني", "التقرير دقيق ويستحق الانتباه")
    doc = mask_taken_readers(doc.take({3: "chrome.byline"}))
    assert [r.text for r in doc.removed] == [f"بقلم: {UNKNOWN}"] and "وليد" not in published(doc)
    # above the readers' area (no heading, no comment taken) a writer's byline stays as printed
    doc = mask_taken_readers(doc_of("بقلم: وليد الحسيني", LEAD, PARAGRAPH).take({0: "chrome.byline"}))
    assert [r.text for r in doc.removed] == ["بقلم: وليد الحسيني"]


def test_one_signed_comment_under_the_readers_heading():
    lines = [LEAD, PARAGRAPH, "آراء الزوار (1)", "الصور لا تعكس حجم الدمار في السوق القديم", "— جود المصري، حلب"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH] and [c.text for c in doc.comments] == [lines[3]]
    assert "جود" not in published(doc)


def test_a_wire_credit_under_a_subhead_is_no_titled_box():
    # the article's subhead over its wire's '- name' credit, then a share line and readers' boxes:
    # the subhead is no reader's title, the credit no reader's name
    lines = [LEAD, PARAGRAPH, "ما الذي تغير", "- الوكالة الوطنية", "انشر الخبر",
             "التعليقات", "بواسطة: حسام - 20/03/2019", "متى يبدأ التنفيذ فعلا؟"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc)[:4] == lines[:4]
    assert [c.text for c in doc.comments] == ["متى يبدأ التنفيذ فعلا؟"] and "حسام" not in published(doc)
