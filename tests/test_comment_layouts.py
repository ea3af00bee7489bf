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


def test_signatures_under_each_text_make_a_section_under_the_readers_heading():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "آراء القراء", *[line for pair in SIGNED for line in pair]))
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


# The article's own lists in the shapes of a comment widget, with none of its furniture: they stay.
def _stays(*tail):
    lines = [LEAD, PARAGRAPH, *tail]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == lines and not doc.comments


def test_three_signed_quotations_ending_an_article_stay_in_it():
    _stays("المهرجان أعاد الحياة إلى وسط البلد بعد سنوات من الركود.", "— وفاء النمري، صاحبة مقهى",
           "لم نر هذا العدد من الزوار منذ عشر سنوات.", "— عادل الشريف، بائع كتب",
           "نأمل أن يصبح موعدا ثابتا في كل صيف.", "— هالة عيسى، طالبة جامعية")


def test_bracketed_credits_after_the_articles_lead_in_stay():
    _stays("وقال مشاركون من عدة دول:", "الدورة هذه السنة أكثر تنظيما من سابقاتها", "جمال فرحات (الجزائر)",
           "القاعات واسعة والمواعيد دقيقة", "سهى ناصر (فلسطين)", "أتمنى أن تطول أيام المعرض", "رياض عمر (ليبيا)")


def test_a_poets_stanzas_each_credited_stay():
    _stays("يمشي المساء على أصابع نخلة", "ويعود محملا بضوء الميناء", "— سليمان العتيبي",
           "قلبي حقيبة مسافر لا يصل", "وطريقه مرسوم على الماء", "— ريم الفارس",
           "يا شمس هذه المدينة قومي", "فالصباح تأخر عن النداء", "— مازن دياب")


def test_two_credited_quotations_under_a_subhead_stay():
    _stays("ماذا قالوا", "الجائزة تكريم لجيل كامل من الكتاب.", "— نبيل الصافي، ناقد",
           "سعيدة بأن تصل الرواية إلى قراء جدد.", "— لمياء الحسن، روائية")


def test_an_articles_panel_of_titled_profiles_stays():
    _stays("الطب والمجتمع", "غادة الخوري، بيروت", "طبيبة أطفال تكتب عن صحة الأسرة منذ عشرين عاما",
           "المدن الذكية", "كمال يونس، الدار البيضاء", "مهندس يدرس تخطيط الأحياء الجديدة",
           "أدب الرحلة", "نسرين بكري، دمشق", "كاتبة نشرت أربعة كتب عن مدن المتوسط")


def test_a_glossary_with_a_sentence_under_each_word_stays():
    _stays("أ", "أطلس المدن", "خرائط مرسومة باليد لأحياء المدينة القديمة.",
           "ب", "بيت الحكمة", "مكتبة عامة تفتح أبوابها في المساء.",
           "ت", "تراث شفهي", "حكايات جمعها طلاب من كبار السن.")


def test_an_interviews_letter_turns_stay():
    _stays("س", "سؤالنا الأول عن البداية", "بدأت الكتابة في سن مبكرة وأنا في المدرسة.",
           "ج", "جوابي أن القراءة سبقت الكتابة", "كانت مكتبة أبي مفتوحة لنا طوال الوقت.",
           "س", "سؤال عن المشاريع القادمة", "أعمل على رواية عن البحر والهجرة.")


def test_an_event_named_between_a_date_and_its_hour_is_no_time():
    from cleaning.comment_lines import is_time
    assert not is_time("12 مايو 2022 أمسية 19:30") and is_time("12 مايو 2022 الساعة 19:30")
    lines = [LEAD, PARAGRAPH, "وهذه مواعيد الأمسيات كما أعلنتها اللجنة:", "12 مايو 2022 الساعة 19:30",
             "قراءات شعرية في الحديقة العامة"]
    assert texts(extract_comments(doc_of(*lines)))[:3] == lines[:3]  # (a lead-in over a time is no name)


def test_a_reader_with_no_avatar_letter_is_a_writer_of_their_own():
    lines = ["التعليقات (3)", "ع", "عماد", "منذ ساعة", "المشروع تأخر كثيرا.", "رد",
             "رشا", "منذ ساعتين", "الأهم أن ينتهي قبل الشتاء.", "رد",
             "ب", "باسل", "منذ 3 ساعات", "خبر جيد للحي.", "رد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert not any(name in published(doc) for name in ("عماد", "رشا", "باسل"))


def test_reply_to_a_reader_names_the_one_replied_to_not_the_writer():
    lines = ["التعليقات", "طارق", "منذ 3 ساعات", "هل يشمل القرار المتقاعدين؟",
             "رد على طارق", "منى الخطيب", "نعم بحسب بيان الوزارة."]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert [c.text for c in doc.comments] == [lines[3], lines[6]] and doc.comments[1].is_reply
    assert doc.comments[1].author != doc.comments[0].author
    assert "منى الخطيب" not in published(doc) and "طارق" not in published(doc)


def test_prize_winners_each_with_a_town_stay():
    _stays("ونال المرتبة الأولى بحث عن مياه الأمطار.", "سامر حداد، مأدبا",
           "ونال المرتبة الثانية بحث عن الطاقة الشمسية.", "رنا خليل، الكرك",
           "ونال المرتبة الثالثة بحث عن إعادة التدوير.", "وسيم طه، معان")


def test_photo_captions_with_their_agencies_stay():
    _stays("متطوعون يوزعون المياه على العائلات في المخيم.", "عمر زيدان (رويترز)",
           "طفلة تحمل لعبتها أمام خيمة العائلة.", "سلوى رحال (أ ف ب)",
           "شاحنات المساعدات عند المعبر صباح أمس.", "فادي نصر - غزة")


def test_a_references_list_under_its_heading_stays():
    _stays("المصادر", "التقرير الإحصائي الفصلي للسياحة.", "دائرة الإحصاءات العامة (الأردن)",
           "مسح إنفاق الزوار في المواقع الأثرية.", "هيئة تنشيط السياحة (عمّان)",
           "خطة تطوير البتراء حتى عام 2030.", "سلطة إقليم البتراء (وادي موسى)")


def test_two_credited_quotations_after_a_lead_in_stay():
    _stays("وقال اثنان من المزارعين في القرية:", "خسرنا نصف المحصول بسبب الصقيع هذا الشتاء.",
           "— عماد الزين، مزارع", "ننتظر دعما من الوزارة قبل موسم الزراعة.", "— هيفاء سالم، مزارعة")
