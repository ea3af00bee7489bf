"""Comment sections whose writers' names leaked into the published text (issue 12, 'usernames
absent'): shapes met on the real corpus's dev views, written here in new words. Each comment must
be recognised by the shape of its section, so its writer's name leaves under a pseudonym."""

from __future__ import annotations

from cleaning.comment_said import one_line_comment
from cleaning.comments import extract_comments
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts


def _published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def test_a_readers_text_opening_with_a_wires_name_under_the_article_is_no_dateline():
    # 'RT' opens the reader's text (a retweet); under the article's paragraphs no dateline stands
    first = "سمير الحلبي - RT الطقس غدا ماطر على السواحل الشمالية للبلاد"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, first, "نادية: خبر مهم وشكرا على المتابعة الدائمة"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert doc.comments[0].text.startswith("RT الطقس")
    assert "سمير الحلبي" not in _published(doc) and "نادية" not in _published(doc)
    # read alone, with no paragraph above, the same shape is still a dateline's
    assert one_line_comment(first) is None and one_line_comment(first, undated=True) is not None


def test_a_lone_readers_line_opening_with_a_wires_name_under_the_storys_tags():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "وسوم: الطقس، الزراعة",
                                  "أبو مازن - RT موسم الأمطار تأخر هذا العام كثيرا عن موعده"))
    assert texts(doc) == [LEAD, PARAGRAPH, "وسوم: الطقس، الزراعة"] and len(doc.comments) == 1
    assert "أبو مازن" not in _published(doc)


def test_a_second_storys_dateline_under_the_article_stays_the_article():
    # a place and a bracketed agency before the dash: a dateline's shape, under a paragraph too
    page = [LEAD, PARAGRAPH, "حمدان: سنعود أقوى في المباراة المقبلة",
            "مدريد (أ ف ب) - قال المدرب حمدان إن فريقه سيعود أقوى في المباراة المقبلة أمام منافسه العنيد."]
    assert texts(extract_comments(doc_of(*page))) == page


def test_a_readers_one_word_text_going_on_as_a_numbered_list_inside_a_run():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "4 تعليقات",
        "هبة - فكرة جيدة جدا وننتظر المزيد",
        "Rami_88 - اقتراحات", "1- تشجير الحي", "2- إنارة الطريق الجانبي",
        "خالد العلي - نتمنى التنفيذ قريبا",
        "سلمى - أين الرصيف للمشاة؟",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert doc.comments[1].text.endswith("2- إنارة الطريق الجانبي")
    for name in ("هبة", "Rami_88", "خالد العلي", "سلمى"):
        assert name not in _published(doc)


def test_a_reader_whose_name_is_only_an_invisible_mark_closes_a_headerless_run():
    # the name left empty still holds a direction mark; the run over it says where a name stood
    last = "زرت المدينة الصيف الماضي فوجدت الأسواق القديمة مزدحمة بالزوار من كل مكان."
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH,
        "Sami_k: مقال رائع ومفيد", "ليلى: أتفق مع الكاتب في كل ما قال", f"\u200f: {last}",
        "أضف تعليقك", "الاسم", "إرسال",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert doc.comments[2].text == last
    assert "Sami_k" not in _published(doc) and "ليلى" not in _published(doc)


POEM = ["يا بحر قل لي ما الخبر", "والموج يحكي ما استتر", "والليل يسهر وحده", "حتى يطل لنا القمر",
        "والشط ينتظر السفن"]


def test_comments_under_a_poem_with_no_headline_found():
    # no headline was found and no line is a paragraph: the poem's lines are still the article
    doc = extract_comments(doc_of(
        *POEM, "التعليقات",
        "Nour_z", "منذ 5 دقيقة", "قصيدة تلامس القلب", "رد",
        "ماجد الشامي", "منذ ساعة", "أحسنت يا شاعرنا", "رد",
    ))
    assert texts(doc) == POEM and len(doc.comments) == 2
    assert "Nour_z" not in _published(doc) and "ماجد الشامي" not in _published(doc)


def test_a_numbered_list_closing_the_first_boxs_text_is_no_numbered_section():
    # '1-' and '2-' under the first reader's text, closed by the box's action line: that reader's
    # list, not comments numbered one and two
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "عدد التعليقات: 3",
        "Lina_k", "ملاحظات سريعة .", "1- الصور جميلة", "2- العنوان طويل", "أعجبني · رد · 3 ي",
        "سالم", "تقرير واضح ومفيد للجميع", "أعجبني · رد · 2 ي",
        "Karim.B", "شكرا على المتابعة", "أعجبني · رد · 5 س",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert doc.comments[0].text.endswith("2- العنوان طويل")
    for name in ("Lina_k", "سالم", "Karim.B"):
        assert name not in _published(doc)


def test_a_long_name_between_the_first_two_readers_of_a_headerless_run():
    # read alone, 'Zain77 (:' with a colon in the name is no reader's line; between two readers it
    # stands in a reader's slot, so the run starts at the first one
    run = ["وليد: مباراة ممتعة حتى الدقيقة الأخيرة",
           "Zain77 (:: أتوقع فوز الفريق في المباراة المقبلة بسهولة",
           "أم كريم: الحكم كان عادلا في قراراته"]
    assert one_line_comment(run[1]) is None
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *run))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    for name in ("وليد", "Zain77", "أم كريم"):
        assert name not in _published(doc)


def test_a_readers_signature_over_a_quotation_right_over_a_reader_opens_the_run():
    # 'name - “quote' over a reader: the run's first line (before, only the second reader was taken
    # and the first line, name and all, was left for the page's footer rules)
    first = "سامر الأحمد - “الفن رسالة قبل أن يكون مهنة"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, first, "رنا - حفل جميل وتنظيم رائع", "أضف تعليقك", "الاسم", "إرسال"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "سامر الأحمد" not in _published(doc) and "رنا" not in _published(doc)
    # reported speech after a colon stays the article's, a reader under it or not
    assert one_line_comment("وصرح المدير: “الفن رسالة قبل أن يكون مهنة", over_reader=True) is None


def test_a_first_writer_whose_name_ends_with_a_full_stop_right_under_the_heading():
    # alone 'أبو سليم.' ends as a sentence does; right under the heading, over one line of text and
    # the box's action line, it is in the first writer's slot
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "5 تعليقات",
        "أبو سليم.", "تغطية ممتازة", "أعجبني · رد · 2 ي",
        "Lina_k", "أين نجد التقرير كاملا؟", "أعجبني · رد · 1 ي",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert doc.comments[0].author is not None and doc.comments[0].text == "تغطية ممتازة"
    assert "أبو سليم" not in _published(doc) and "Lina_k" not in _published(doc)


def test_a_long_named_reader_over_one_reader_and_the_comment_form():
    # a name of many words with a bracket, under a short line that is no paragraph: alone it would
    # pass for a sentence; over a reader with the comment form right under, it opens the run
    long_name = "ابن الجبل الأخضر الذي لا ينسى أهله (مقيم في الخارج منذ سنوات طويلة)"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "من صفحتنا",
        f"{long_name}: الله يحفظ البلد وأهلها", "هادي: معلومات قيمة شكرا لكم",
        "أضف تعليقك", "الاسم", "إرسال",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "من صفحتنا"] and len(doc.comments) == 2
    assert "الجبل الأخضر" not in _published(doc) and "هادي" not in _published(doc)


def test_a_second_storys_dash_dateline_over_the_comment_area_stays_in_the_article():
    from cleaning.pipeline import clean_page
    paragraph = ("افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة أكثر "
                 "من ستين مزارعا من القرى المجاورة.")
    dateline = ("الرياض - رويترز - أعلنت شركة النقل الوطنية رفع أسعار تذاكر القطارات بين المدن للمرة الثانية "
                "هذا العام.")
    page = "\n".join([paragraph, dateline, "", "أضف تعليقاً", "الاسم", "نص التعليق", "إرسال",
                      "أبو سليم: فكرة ممتازة ونتمنى أن تعمم على باقي الأحياء"])
    doc = clean_page("site/1", page.encode())
    assert dateline in doc.text
