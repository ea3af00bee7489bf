"""Comment boxes (a name, its text, the action line every box closes with) and numbered blocks:
shapes met on the real corpus's dev views (issue 12), written here in new words."""

from __future__ import annotations

import pytest

from cleaning.comments import extract_comments
from cleaning.title import extract_title
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


def test_a_reader_answering_another_by_the_comments_number_closes_a_run_of_one_line_comments():
    # the name is built on the word for comment, so alone it reads as a heading; right under the
    # run, with a sentence after it, it is the last reader
    last = "إلى صاحب التعليق رقم 2: كلامك غير دقيق لأن القرار صدر قبل شهرين ونشرته الصحف كلها في حينه."
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ابعث الخبر لمن تحب",
        "Sami_90: خبر يستحق المتابعة", "أم ريم: لا أصدق أن هذا يحدث عندنا", "wael.h: ننتظر رد الوزارة",
        last, "اكتب رأيك", "الاسم",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert "صاحب التعليق" not in _published(doc)
    for name in ("Sami_90", "أم ريم", "wael.h"):
        assert name not in _published(doc)


def test_a_long_name_under_a_reply_marker_and_over_a_time_is_the_replys_writer():
    long_name = "مواطن بسيط من أهل الصعيد يحب بلده ويتمنى لها كل الخير والتقدم في كل المجالات"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ابعث الخبر لمن تحب",
        "رامي", "قبل 3 دقائق", "الخبر منقول بدقة وشكرا للمحرر على الجهد الكبير الذي بذله في إعداد هذا التقرير المفصل والمفيد", "الرد",
        "سلوى", "قبل 8 دقائق", "متى يبدأ تطبيق القرار فعلا على أرض الواقع؟", "الرد",
        "ردا على سلوى", long_name, "قبل ساعتين",
        "من الشهر القادم كما قال الوزير في المؤتمر الصحفي أمس أمام الصحفيين والمراسلين", "الرد",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert doc.comments[2].is_reply
    assert "أهل الصعيد" not in _published(doc) and "رامي" not in _published(doc)


def test_a_label_over_a_long_name_and_a_date_signs_the_first_block_under_the_heading():
    long_name = "عاشق تراب الوطن الغالي ابن مدينة الزرقاء الصامدة أبو محمد"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "4 تعليقات",
        f"بواسطة: {long_name} - 14/03/2015", "نتمنى أن يستمر هذا النهج",
        "بواسطة: Rana_M - 15/03/2015", "الحمد لله على السلامة",
        "بواسطة: خليل - 15/03/2015", "متى تفتح المدارس؟",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert doc.comments[0].text == "نتمنى أن يستمر هذا النهج" and doc.comments[0].time_text == "14/03/2015"
    assert "مدينة الزرقاء" not in _published(doc)


@pytest.mark.parametrize("lines, name", [
    (("شارك على فيسبوك",  # a lone one-line comment
      "ماجد الحربي - أشكر الكاتب على المقال وعندي ملاحظتان على ما جاء فيه.",
      "1- الأرقام المذكورة قديمة وتحتاج إلى تحديث من مصادر رسمية موثوقة.",
      "2- لم يذكر المقال رأي الطرف الآخر في هذه المسألة المهمة للجميع.",
      "أضف تعليقك", "الاسم"), "ماجد الحربي"),
    (("شارك على فيسبوك", "ماذا كتبتم لنا",  # a lone signed block
      "كتبه: سليمان الرشيد | 02/05/2017",
      "زرت المعرض مع أسرتي يوم الجمعة وكانت التجربة جميلة في أغلبها رغم الزحام الشديد عند المدخل الرئيسي.",
      "1- التنظيم عند البوابات يحتاج إلى مراجعة.",
      "2- الأسعار داخل المعرض مرتفعة بعض الشيء."), "سليمان الرشيد"),
])
def test_a_lone_comment_whose_text_goes_on_as_a_numbered_list(lines, name):
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 1
    assert doc.comments[0].text.count("\n") == 2
    assert name not in _published(doc)


def test_a_reader_opening_with_a_quotation_between_the_first_two_readers_of_a_run():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "شارك على فيسبوك",
        "tarek_h: زرت المكان الأسبوع الماضي والخدمة ممتازة.",
        "سعاد الكبيسي: «المدينة الذكية» مشروع كبير سيغير حياة الناس",
        "abu_omar: أتمنى أن ينفذ في موعده",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك على فيسبوك"] and len(doc.comments) == 3
    assert "سعاد الكبيسي" not in _published(doc)


def test_a_counted_heading_under_an_empty_form_opens_the_comments_under_it():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "اترك تعليقاً", "الاسم *", "الهاتف *", "أرسل التعليق", "4 تعليقات",
        "نبيل - قرار ممتاز انتظرناه طويلا",
        "فراس - RT خبر عاجل من العاصمة عن القرار الجديد الذي أعلنته الحكومة اليوم بعد اجتماع طويل استمر حتى المساء",
        "ريم - RT القرار يدخل حيز التنفيذ مطلع الشهر القادم في كل المحافظات بلا استثناء كما قال المتحدث باسم الوزارة",
        "hala_99 - الله يوفق الجميع",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    for name in ("نبيل", "فراس", "ريم", "hala_99"):
        assert name not in _published(doc)


def test_under_a_heading_a_reader_right_under_another_may_open_with_a_quotation():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "تعليقان",
        "نادية: أخيرا خبر مفرح بعد شهور من الانتظار الطويل لأهالي الحي كله",
        "Omar.T: «الحي الجديد» سيكون جاهزا قبل الصيف كما وعدوا",
        "أضف رأيك", "اسمك",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "Omar.T" not in _published(doc)


def test_a_reader_whose_name_shows_nothing_or_whose_text_is_one_word_between_two_readers():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "شارك على فيسبوك",
        "fahad_q: الملعب الجديد تحفة معمارية بكل المقاييس",
        "منيرة: متى تبدأ المباريات فيه؟",
        ": المواقف قليلة جدا حول الملعب والزحام لا يطاق",
        "ali.z: بالتوفيق للجميع",
        "أبو سعد: رااااااائع",
        "Huda99: الله يعطيكم العافية على الجهد",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك على فيسبوك"] and len(doc.comments) == 6
    for name in ("fahad_q", "منيرة", "ali.z", "أبو سعد", "Huda99"):
        assert name not in _published(doc)


def test_a_lone_one_line_comment_under_the_storys_tag_line_and_an_unknown_share_bar():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ملفات الخبر: البلدية، الطرق", "أرسلها إلى صديقك عبر البريد",
        "خالد العتيبي - الطريق مغلق منذ أسبوعين ولا أحد يهتم بمعاناة السكان هنا",
    ))
    assert texts(doc)[:3] == [LEAD, PARAGRAPH, "ملفات الخبر: البلدية، الطرق"] and len(doc.comments) == 1
    assert "خالد العتيبي" not in _published(doc)


def test_a_signed_block_whose_name_reads_as_a_heading_does_not_open_another_section():
    long_name = "ابن النيل الذي لا ينام من أجل بلده العظيم"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "3 تعليقات",
        "أرسله: Nabil_S | 02/02/2016", "تقرير ممتاز ومفصل",
        "أرسله: بلا تعليق | 03/02/2016", "سامر - ناشط: الحل في الحوار بين الجميع",
        f"{long_name} — 04/02/2016", "ننتظر النتائج على أرض الواقع",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert [c.time_text for c in doc.comments] == ["02/02/2016", "03/02/2016", "04/02/2016"]
    assert "لا ينام" not in _published(doc)


def test_the_first_writers_name_may_end_as_a_sentence_over_the_first_time():
    name = "ana mesh fahem haga khales .."
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ابعث الخبر لمن تحب", "قالوا عن الخبر", name, "قبل 4 دقائق", "كلام منطقي جدا", "رد",
        "رزان", "قبل 9 دقائق", "أتفق معك تماما", "رد",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "fahem" not in _published(doc)


def test_a_lone_comment_with_the_areas_heading_under_the_forms_unknown_fields():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "أرسلها إلى صديقك عبر البريد", "ماذا يقول القراء",
        "ابو زياد: الخبر ناقص وفيه معلومات غير صحيحة عن المشروع",
        "دون كلمتك", "اسمك الثلاثي", "هاتفك", "تعليقك يظهر بعد المراجعة",
    ))
    assert texts(doc)[:3] == [LEAD, PARAGRAPH, "أرسلها إلى صديقك عبر البريد"] and len(doc.comments) == 1
    assert "ابو زياد" not in _published(doc)


def test_a_box_whose_writers_name_is_paragraph_long_above_a_lone_box_of_the_same_shape():
    long_name = "مواطن بسيط يحب بلده ويتمنى لها الخير والأمان والتقدم في كل المجالات دائما وأبدا"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "أرسلها إلى صديقك عبر البريد", "ماذا يقول القراء (2)",
        long_name, "الحديقة الجديدة جميلة لكنها تحتاج إلى مقاعد أكثر للعائلات", "أعجبني · رد · 3 س",
        "Reem_A", "أتفق معك تماما", "أعجبني · رد · 5 س",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "يحب بلده" not in _published(doc)


def test_a_lone_block_under_a_heading_counting_one_keeps_its_long_name_and_time():
    name = "مواطن تعب من الوعود الكثيرة التي لم يتحقق منها شيء"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "أرسلها إلى صديقك عبر البريد", "ماذا يقول القراء (1)",
        name, "19/07/2014 18:20", "مشروع الإسكان: وعود جديدة بلا تنفيذ كالعادة منذ عشر سنوات",
        "اكتب رأيك هنا", "اسمك",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 1
    assert doc.comments[0].time_text == "19/07/2014 18:20" and "الوعود الكثيرة" not in _published(doc)


def test_a_writers_name_that_reads_as_a_heading_over_the_first_text_is_never_published():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "3 تعليقات",
        "بلا تعليق", "هل هذا معقول؟ الأسعار تضاعفت خلال شهر واحد فقط", "أعجبني · رد · 1 س",
        "نجلاء", "حسبنا الله", "أعجبني · رد · 9 د",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and "بلا تعليق" not in _published(doc)


def test_the_first_box_with_a_paragraph_long_name_in_a_run_of_boxes():
    long_name = "مواطن بسيط يحب بلده ويتمنى لها الخير والأمان والتقدم في كل المجالات دائما وأبدا"
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "أرسلها إلى صديقك عبر البريد", "ماذا يقول القراء (3)",
        long_name, "الحديقة الجديدة جميلة لكنها تحتاج إلى مقاعد أكثر للعائلات", "Like · Reply · 3h",
        "Reem_A", "أتفق معك تماما", "Like · Reply · 5h",
        "سالم الشمري", "وأين المواقف؟", "Like · Reply · 1h",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert "يحب بلده" not in _published(doc)


def test_a_bracket_standing_alone_is_no_word_of_a_readers_name():
    from cleaning.comment_said import one_line_comment
    assert one_line_comment("سعيد عبد الله من (المنيا الجديدة ): المكان نظيف والخدمة سريعة") == (
        "سعيد عبد الله من (المنيا الجديدة )", "المكان نظيف والخدمة سريعة")


def test_a_lone_comment_under_the_wires_credit_and_an_unknown_share_bar():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "(أ ف ب)", "ضعها على حسابك",
        "نبيل الحسيني: خبر مهم لكن التفاصيل قليلة جدا",
    ))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 1
    assert "نبيل الحسيني" not in _published(doc)


def test_blocks_of_name_time_and_text_under_a_poem_begin_with_the_first_block():
    poem = ["يا دار عبلة بالجواء تكلمي", "وعمي صباحا دار عبلة واسلمي", "فوقفت فيها ناقتي وكأنها",
            "فدن لأقضي حاجة المتلوم", "وتحل عبلة بالجواء وأهلنا"]
    doc = extract_comments(extract_title(doc_of(
        "معلقة عنترة بن شداد", *poem, "شارك على فيسبوك",
        "منيرة الحربي", "12/03/2016 10:20", "أبيات جميلة جدا تذكرني بأيام الدراسة الأولى في المدرسة الثانوية مع معلم اللغة العربية رحمه الله.",
        "Fahd_90", "13/03/2016 11:45", "شكرا للنشر",
        "أبو سالم", "14/03/2016 09:10", "من أجمل المعلقات",
    )))
    assert texts(doc)[:5] == poem and len(doc.comments) == 3
    assert "منيرة الحربي" not in _published(doc)


def test_under_a_heading_the_first_readers_line_goes_on_as_a_list_before_the_next_reader():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "أضف رأيك", "الاسم *", "التعليقات",
        "Rami_J: عندي ملاحظتان.", "1- الطريق ضيق.", "2- لا توجد إشارات ضوئية كافية عند التقاطع الرئيسي.",
        "سلمى: كلام سليم يا رامي", "abu_zaid: أوافقكما الرأي",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert doc.comments[0].text.count("\n") == 2
    for name in ("Rami_J", "سلمى", "abu_zaid"):
        assert name not in _published(doc).replace("يا رامي", "")


def test_a_numbered_list_the_boxs_action_line_closes_is_the_comments_text():
    # (paragraph-long items under a box's text, its action line under them, a reader's paragraph
    # below: the box's list, not the article resuming)
    items = [
        "1- مراجعة أسعار الوقود المرتفعة جدا في كل المحافظات منذ بداية السنة الحالية دون تأخير",
        "2- دعم النقل العام في المدن الكبرى وتوسيع شبكة الحافلات لتشمل الأحياء البعيدة عن المركز",
    ]
    agrees = "أتفق معك تماما في كل ما ذكرته من مقترحات لأن الأسعار أصبحت فوق طاقة المواطن البسيط اليوم."
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "شارك الخبر", "سمير", "أقترح على الوزارة عدة أمور:", *items, "أعجبني · رد · 5 س",
        "هند", agrees, "أعجبني · رد · 3 س",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) == 2
