"""Article lines that have a comment's shape stay with the article (issue 12, 'body kept'):
shapes met on the real corpus's dev views, written here in new words."""

from __future__ import annotations

from cleaning.comments import extract_comments
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

QUESTION = "سألت الوزير في نهاية اللقاء: هل تنوي الترشح للانتخابات المقبلة بعد كل ما جرى في الأشهر الأخيرة؟"
ANSWER = "أجاب مبتسما: لم أحسم أمري بعد، لكن الناس هم من سيقرر في النهاية وليس أنا."
TAGS = "الكلمات المفتاحية: الانتخابات، البرلمان"
BOXES = ["سمير", "منذ ساعتين", "حوار ممتع", "هند", "منذ 3 ساعات", "أسئلة في محلها"]


def test_a_question_and_its_answer_over_the_storys_tags_are_the_articles():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, QUESTION, ANSWER, TAGS, "شارك الخبر", *BOXES))
    assert texts(doc)[:4] == [LEAD, PARAGRAPH, QUESTION, ANSWER]
    assert len(doc.comments) == 2


def test_a_heading_like_sentence_announcing_paragraphs_is_no_comment_heading():
    announce = "وكانت تعليقات المتابعين على القرار كالتالي:"
    quotes = [
        "قال أحد المتابعين إن اللاعب يستحق الفرصة كاملة بعد موسم رائع قدم فيه كل ما يملك من موهبة.",
        "وكتب آخر أن الإدارة تأخرت كثيرا في حسم هذا الملف الذي شغل الجماهير طوال الصيف الماضي كله.",
    ]
    doc = extract_comments(doc_of(LEAD, announce, *quotes, "شارك الخبر", *BOXES))
    assert texts(doc)[:4] == [LEAD, announce, *quotes]
    assert len(doc.comments) == 2


def test_a_closing_line_of_place_and_date_ending_with_a_full_stop_is_no_signature():
    dated = "بمدينة صفاقس ـ الخميس 3 شوال 1436هـ الموافق 16 يوليو 2015م."
    after = "تتواصل الاستعدادات لانطلاق الموسم الثقافي الجديد بالمدينة"
    # (the comment area's form right under them: a lone signed comment would stand there)
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "صادر عن الهيئة المحلية", dated, after, "الاسم *", "البريد الإلكتروني *"))
    assert dated in texts(doc) and after in texts(doc) and not doc.comments


def test_an_articles_closing_label_line_right_under_its_paragraph_stays_over_a_far_comment_form():
    closing = "ملاحظة المحرر: الأرقام الواردة تقريبية وقابلة للتعديل"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, closing, "أرسلها إلى صديقك عبر البريد",
        "دون كلمتك", "اسمك الثلاثي", "هاتفك", "تعليقك يظهر بعد المراجعة",
    ))
    assert texts(doc)[:3] == [LEAD, PARAGRAPH, closing] and not doc.comments


def test_a_last_paragraph_of_a_comments_shape_over_the_wires_credit_stays():
    last = ("فيما لفت المهندس سامر الحلبي - مدير المشروع - إلى أن الأعمال ستنتهي قبل نهاية العام الحالي "
            "وأن الطريق سيفتح أمام حركة السير فور انتهاء الفحوصات الفنية اللازمة.")
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "موعد الافتتاح", last, "- أ ف ب", "أرسلها إلى صديقك عبر البريد",
        "دون كلمتك", "اسمك *", "تعليقك يظهر بعد المراجعة",
    ))
    assert last in texts(doc) and not doc.comments


def test_a_list_of_label_lines_over_the_wires_credit_and_the_tags_is_the_articles():
    results = [
        "سباق الدراجات: المركز الأول لفريق المدينة بفارق دقيقتين عن أقرب منافسيه",
        "كرة السلة للناشئين: فوز صعب على فريق الساحل في الوقت الإضافي",
        "السباحة الحرة: ذهبيتان وفضية لسباحي النادي في البطولة المحلية",
    ]
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, *results, "المصدر: وكالة الأنباء", TAGS, "شارك الخبر", "تعليق واحد",
        "سمير — 03/03/2016", "مبروك للأبطال",
    ))
    assert texts(doc)[:5] == [LEAD, PARAGRAPH, *results] and len(doc.comments) == 1


def test_a_dated_closing_line_over_the_storys_tags_does_not_open_the_comments_below():
    dated = "بمدينة صفاقس ـ الخميس 3 شوال 1436هـ الموافق 16 يوليو 2015م."
    after = "تتواصل الاستعدادات لانطلاق الموسم الثقافي الجديد بالمدينة"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, dated, after, TAGS, "شارك الخبر", "ماذا قال القراء", *BOXES))
    assert texts(doc)[:4] == [LEAD, PARAGRAPH, dated, after] and len(doc.comments) == 2


READERS = ["سمير: مقال رائع جدا وشكرا للكاتب", "هند: أتفق معك في كل ما قلت", "كريم: موضوع مهم ويستحق المتابعة"]


def _names_out(doc, readers):
    return not any(reader in texts(doc) for reader in readers) and not any(
        name in line for line in texts(doc) for name in ("سمير", "هند", "كريم", "ناصر"))


def test_readers_under_the_share_bar_over_the_storys_tags_are_comments():
    # (the article is over under its share bar: 'name: text' lines there are not its own over its foot)
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *READERS[:2], TAGS))
    assert _names_out(doc, READERS[:2]) and len(doc.comments) == 2


def test_three_readers_under_the_share_bar_over_the_tags_and_related_links_are_comments():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *READERS, TAGS, "أخبار ذات صلة"))
    assert _names_out(doc, READERS) and len(doc.comments) == 3


def test_a_lone_reader_under_the_share_bar_over_the_tags_and_the_form_is_a_comment():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", READERS[0], TAGS, "أضف تعليقا"))
    assert _names_out(doc, READERS[:1]) and len(doc.comments) == 1


def test_a_readers_short_comment_shaped_as_a_tag_line_is_no_foot():
    thanks = "ناصر: شكرا، أحسنت"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", READERS[0], thanks, TAGS))
    assert _names_out(doc, [READERS[0], thanks]) and len(doc.comments) == 2


def test_a_short_comment_heading_with_a_colon_over_nameless_comments_opens_the_section():
    # (a label, no sentence announcing the article's quotes: the comments under it are readers')
    said = [
        "أعتقد أن الحكومة تأخرت كثيرا في معالجة هذا الملف الذي يمس حياة المواطنين اليومية بشكل مباشر.",
        "المقال يطرح نقاطا مهمة لكن الكاتب أغفل دور البلديات في تنظيم الأسواق ومراقبة الأسعار طوال العام.",
    ]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليقات القراء:", *said, "منذ ساعتين"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) >= 1
