"""Comment sections read by their structure (`cleaning/comment_forms.py`): a comment form whose
heading is a question under the comments, and action rows of any words and number of items.
Every name and text here is written for these tests."""

from __future__ import annotations

from cleaning.comment_forms import action_row
from cleaning.comments import extract_comments
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

READERS = [
    ("Yousef_42", "الفكرة جيدة لكن التنفيذ يحتاج إلى وقت أطول"),
    ("منى الشريف", "أتمنى أن تصل الخدمة إلى الأحياء القديمة أيضا"),
    ("kareem.dev", "لا أظن أن الأسعار ستنخفض قريبا مع هذه القرارات"),
    ("أم ريان", "شكرا على التقرير المفصل والصور الواضحة"),
]


def published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def test_an_article_ending_with_a_question_and_a_short_list_of_its_own_stays_whole():
    article = [LEAD, PARAGRAPH, "فهل ينجح المجلس هذه المرة في ما فشل فيه من سبقه؟", "الكلفة", "المدة", "الجودة"]
    doc = extract_comments(doc_of(*article))
    assert texts(doc) == article and not doc.comments


def test_action_rows_of_any_words_and_items_recurring_under_each_comment_close_the_boxes():
    rows = ["Upvote · Respond · Flag · Pin · 4mo", "تأييد · إجابة · إبلاغ · 3 أسبوع"]
    lines = [LEAD, PARAGRAPH, "تعليقات (4)"]
    for k, (name, text) in enumerate(READERS):
        lines += [name, text, rows[k % 2]]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [t for _, t in READERS]
    assert all(c.author and c.author.startswith("commenter ") for c in doc.comments)
    for name, _ in READERS:
        assert name not in published(doc)


def test_an_action_row_is_short_items_between_separators_with_one_time_count():
    assert action_row("Upvote · Respond · Flag · Pin · 4mo") == "4mo"
    assert action_row("تأييد · إجابة · إبلاغ · 3 أسبوع") == "3 أسبوع"
    assert action_row("الرئيسية · أخبار · رياضة") is None  # a menu: no time count
    assert action_row("نتائج 2024 · 12 مباراة · 3 أهداف") is None  # counts, no buttons
    assert action_row("قال الوزير إن الخطة ستنفذ على مراحل · 3 أيام · رد") is None  # a sentence is no button


def test_label_text_lines_over_the_storys_hashtags_are_the_articles_not_readers():
    article = [LEAD, PARAGRAPH, "قلت للمدرب بعد المباراة: هل كان التبديل متأخرا في رأيك؟",
               "أجاب مبتسما: كان في وقته تماما، واللاعبون نفذوا ما طلبناه منهم."]
    doc = extract_comments(doc_of(*article, "#الدوري #كرة القدم #المنتخب"))  # (unlabelled: a label must be a known one)
    assert texts(doc)[:4] == article and not doc.comments


def test_two_action_rows_of_one_shape_in_two_languages_close_the_boxes_though_neither_recurs():
    lines = [LEAD, PARAGRAPH, "تعليقات (2)",
             READERS[0][0], READERS[0][1], "Upvote · Respond · Flag · 2w",
             READERS[1][0], READERS[1][1], "تأييد · إجابة · إبلاغ · تثبيت · 3 أسبوع"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [READERS[0][1], READERS[1][1]]
    for name, _ in READERS[:2]:
        assert name not in published(doc)


# negative cases: shapes the withdrawn rules misread (a form's heading, a reply marker, a signature, a hashtag foot)

STEPS = ["قالت مديرة المستشفى إن الجناح الجديد سيستقبل المرضى مطلع الشهر بعد اكتمال تجهيز غرف العمليات كلها",
         "وأكد ممثل النقابة أن الأطباء طالبوا بزيادة عدد الممرضين قبل الافتتاح حتى لا يتكرر الضغط في المناوبات",
         "وأعلن المحافظ أن الطريق المؤدي إلى المستشفى سيعاد تعبيده في الأسابيع المقبلة لتسهيل وصول سيارات الإسعاف"]


def test_a_dated_timeline_then_the_articles_question_and_its_own_options_stay_the_article():
    article = [LEAD, "مديرة المستشفى - 03/02/2021", STEPS[0], "ممثل النقابة - 04/02/2021", STEPS[1],
               "المحافظ - 05/02/2021", STEPS[2]]
    for tail in (["هل يكفي ذلك لتخفيف الضغط؟", "نعم", "لا", "لا أدري"],
                 ["هل لديكم ملاحظات على الخدمة؟", "الهاتف: 0611223344", "البريد: care@clinic.example"],
                 ["ماذا يحمل المريض معه؟", "بطاقة الهوية", "ملف الفحوص", "قائمة الأدوية"]):
        doc = extract_comments(doc_of(*article, *tail))
        assert texts(doc) == article + tail and not doc.comments


def test_a_readers_question_over_the_next_readers_block_is_that_readers_text_not_a_form():
    blocks = [("رامي", "منذ 4 ساعات", "المشروع جيد لكن موعد الافتتاح تأخر كثيرا عن الوعود السابقة."),
              ("سلوى المصري", "منذ ساعتين", "في مدينتنا افتتحوا جناحا مماثلا ونجح بعد سنة من العمل."),
              ("Tarek_09", "منذ ساعة", "المهم أن يتوفر الدواء وأن تنقص مدة الانتظار.")]
    lines = [LEAD, PARAGRAPH, "آراء القراء"]
    for k, block in enumerate(blocks):
        lines += list(block)
        if k == 0:
            lines.append("لماذا كل هذا التأخير؟")
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [blocks[0][2] + "\nلماذا كل هذا التأخير؟", blocks[1][2], blocks[2][2]]
    for name in ("رامي", "سلوى المصري", "Tarek_09"):
        assert name not in published(doc)


def test_a_readers_own_line_ending_with_another_readers_name_stays_in_that_readers_text():
    lines = [LEAD, PARAGRAPH, "تعليقات (3)",
             "أمل", "منذ 5 ساعات", "الخدمة تحسنت في الأشهر الأخيرة", "رد",
             "Nabil.k", "منذ 3 ساعات", "لم أر أي تحسن في حينا", "شكرا أمل", "رد",
             "هدى", "منذ ساعة", "ما زلنا ننتظر ونعيش على الأمل", "رد"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    # (the thanks stay the reader's own line, the name in it masked as the privacy step masks a reader's name)
    assert [c.text for c in doc.comments] == ["الخدمة تحسنت في الأشهر الأخيرة", "لم أر أي تحسن في حينا\nشكرا commenter 1",
                                              "ما زلنا ننتظر ونعيش على الأمل"]
    assert not any(c.is_reply for c in doc.comments)
    for name in ("Nabil.k", "هدى"):
        assert name not in published(doc)


def test_a_readers_dated_quote_ending_with_a_colon_stays_verbatim_and_no_foot_line_is_masked():
    from cleaning.privacy import mask_taken_readers
    quote = "تذكروا جيدا ما قاله مدير المستشفى يوم 07/02/2021:"
    lines = [LEAD, PARAGRAPH, "آراء القراء",
             "رامي", "منذ ساعتين", quote, "لن يبقى مريض بلا سرير، ونحن ما زلنا ننتظر.",
             "هدى", "منذ ساعة", "أتمنى أن تتحسن مواعيد الزيارة."]
    doc = mask_taken_readers(extract_comments(doc_of(*lines)))
    assert doc.comments[0].text == quote + "\nلن يبقى مريض بلا سرير، ونحن ما زلنا ننتظر."
    # the page's own dated lines under the article, taken as its furniture, stay on record as printed
    foot = ["قسم الأخبار المحلية يوم 07/02/2021:", "آخر تعديل على الخبر يوم 08/02/2021:"]
    taken = mask_taken_readers(doc_of(LEAD, PARAGRAPH, *foot).take({2: "chrome.stamp", 3: "chrome.stamp"}))
    assert [r.text for r in taken.removed] == foot


def test_a_readers_hashtag_line_closing_a_run_of_one_line_comments_belongs_to_the_run():
    run = ["Jamal_21: الجناح الجديد خطوة طيبة", "ريم: أتمنى أن يفتح في موعده", "بسمة: #صحتنا_أولا #لا_للتأخير"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *run))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == ["الجناح الجديد خطوة طيبة", "أتمنى أن يفتح في موعده",
                                              "#صحتنا_أولا #لا_للتأخير"]
    for name in ("Jamal_21", "ريم", "بسمة"):
        assert name not in published(doc)


def test_a_dated_line_of_a_readers_text_in_a_section_of_signed_lines_is_no_signature():
    lines = [LEAD, PARAGRAPH, "تعليقات",
             "Hany.m كتب يوم 02/05/2020:", "الحديقة صارت أجمل بعد التشجير",
             "أم يوسف كتبت يوم 03/05/2020:", "أخذت أطفالي إليها في عطلة العيد يوم 01/05/2020", "وكانت نظيفة وهادئة",
             "رائد كتب يوم 04/05/2020:", "قال مدير الحدائق في لقائه يوم 28/04/2020:", "سنضيف ألعابا جديدة قريبا",
             "سهام كتبت يوم 05/05/2020:", "نريد مقاعد أكثر للظل"]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [
        "الحديقة صارت أجمل بعد التشجير", "أخذت أطفالي إليها في عطلة العيد يوم 01/05/2020\nوكانت نظيفة وهادئة",
        "قال مدير الحدائق في لقائه يوم 28/04/2020:\nسنضيف ألعابا جديدة قريبا", "نريد مقاعد أكثر للظل"]
    for name in ("Hany.m", "أم يوسف", "رائد", "سهام"):
        assert name not in published(doc)


def test_long_names_in_a_section_of_signatures_of_one_skeleton_open_their_comments():
    # '<name> <connector> <date>:' over each text: a name as long as a reader makes it, in the section's skeleton
    signed = [("Samir_77", "الطريق الجديد خفف الزحام كثيرا"),
              ("زائر من مدينة بعيدة جدا", "نتمنى صيانة الطرق الداخلية كذلك"),
              ("ليلى", "متى يفتتح الجسر الثاني؟"),
              ("ابن الحي القديم الذي يحبه", "الأرصفة ما زالت ضيقة")]
    lines = [LEAD, PARAGRAPH]
    for k, (name, text) in enumerate(signed):
        lines += [f"{name} كتب يوم {10 + k}/03/2019:", text]
    doc = extract_comments(doc_of(*lines))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [t for _, t in signed]
    for name, _ in signed:
        assert name not in published(doc)


def test_a_row_with_a_price_is_no_action_row():
    assert action_row("قميص · أزرق · كبير · 20 دولارا") is None  # a count with a unit that is no age
    assert action_row("Like · Reply · Share · 12kgs") is None  # a glued unit longer than an age's
