"""Sections of one-line comments ('name: text') and articles of short lines: shapes met on the
real corpus's dev split, written here in new words."""

from __future__ import annotations

from cleaning.attribution import extract_attribution
from cleaning.comment_said import one_line_comment
from cleaning.comments import extract_comments
from cleaning.title import extract_title
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

LONG_NAME = "ابن البلد الذي لا ينسى فضل المعلمين عليه مهما طال الزمن وبعدت المسافات"
RUN = [
    "Hana_88: الخدمة أصبحت أسرع بكثير من العام الماضي",
    "ناصر: خطوة متأخرة لكنها في الاتجاه الصحيح",
    "أبو سيف- الطائف: أتمنى أن يشمل القرار القرى البعيدة أيضا",
]


def test_a_long_display_name_or_a_dash_in_a_name_inside_a_section_of_one_line_comments():
    assert one_line_comment(f"{LONG_NAME}: قرار حكيم") is None  # alone, that many words are a sentence
    assert one_line_comment(f"{LONG_NAME}: قرار حكيم", in_section=True) == (LONG_NAME, "قرار حكيم")
    assert one_line_comment(RUN[2]) is None
    assert one_line_comment(RUN[2], in_section=True) == ("أبو سيف- الطائف", "أتمنى أن يشمل القرار القرى البعيدة أيضا")
    # a count is still a heading, never a reader
    assert one_line_comment("5 تعليقات: شارك برأيك الآن", in_section=True) is None


def test_under_a_heading_every_line_of_a_one_line_run_opens_a_comment():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليقات الزوار", f"{LONG_NAME}: قرار حكيم جدا", *RUN))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == ["قرار حكيم جدا"] + [line.split(": ", 1)[1] for line in RUN]
    assert len({c.author for c in doc.comments}) == 4
    published = repr((doc.lines, doc.comments, doc.removed))
    for name in ("ينسى فضل المعلمين", "Hana_88", "أبو سيف", "ناصر"):
        assert name not in published


def test_a_headerless_run_goes_on_over_a_reader_with_a_long_name():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *RUN[:2], f"{LONG_NAME}: قرار حكيم جدا", RUN[2]))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert "ينسى فضل المعلمين" not in repr((doc.lines, doc.comments, doc.removed))


PRAISE = "كلمات جميلة ومعبرة عن حب الوطن الذي يسكن قلوبنا جميعا منذ أيام الطفولة الأولى."
POEM = ["يا موطني يا نبع عزي", "فيك الأمان وفيك مجدي", "أنت الحبيب وأنت قصدي", "أنت الرجاء لكل عبد"]


def test_comments_under_a_poem_are_found_though_the_article_has_no_paragraph():
    doc = extract_title(doc_of("قصيدة في حب الوطن الغالي", *POEM, "3 تعليقات",
                               "1. ريما", PRAISE, "موافق (2) غير موافق (0)",
                               "2. Fadi.S", "أحسنت يا شاعر", "موافق (4) غير موافق (1)",
                               "3. عابر", "رائعة", "موافق (1) غير موافق (0)"))
    doc = extract_comments(doc)
    assert texts(doc) == POEM and len(doc.comments) == 3
    assert "Fadi.S" not in repr((doc.lines, doc.comments, doc.removed))
    # a heading-like line with no article above it is not a comment section
    assert texts(extract_comments(doc_of("3 تعليقات", "1. ريما", "كلمات جميلة ومعبرة"))) != []


def test_a_poems_wire_dateline_credits_the_agency():
    doc = extract_attribution(doc_of("عمان 3 شوال 1440 هـ الموافق 6 حزيران 2019 م بترا", *POEM))
    assert doc.sources == ("Petra",) and texts(doc) == POEM


def test_a_long_comment_under_a_name_in_a_headerless_facebook_section_stays_in_the_section():
    long_text = ("بصراحة الخدمة في الفرع الجديد أسوأ بكثير من الفرع القديم، انتظرنا ساعة كاملة "
                 "ولم يعتذر أحد من الموظفين عن التأخير الذي حصل معنا.")
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "شارك على فيسبوك",
        "Mona_R", "معلومة مفيدة", "أعجبني · رد · 3 ي",
        "طلال", long_text, "أعجبني · رد · 5 س",
        "Zaid.K", "شكرا", "أعجبني · رد · 1 ي",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك على فيسبوك"]
    assert [c.text for c in doc.comments] == ["معلومة مفيدة", long_text, "شكرا"]
    assert not {"Mona_R", "طلال", "Zaid.K"} & set(repr((doc.lines, doc.comments, doc.removed)).replace("'", " ").split())


def test_a_schedule_of_names_and_dates_is_article_text_the_comments_under_it_are_not():
    schedule = ["المرحلة الأولى ذهابا: 04 مارس.", "المرحلة الثانية ذهابا: 11 مارس.", "المرحلة الثالثة ذهابا: 18 مارس."]
    doc = extract_comments(doc_of(LEAD, *schedule, "انشر الخبر على حساباتك",
                                  "Samir_T", "12/03/2019 10:15", "جدول مزدحم جدا",
                                  "هالة", "14/03/2019 22:40", "بالتوفيق للجميع"))
    assert texts(doc) == [LEAD, *schedule, "انشر الخبر على حساباتك"]
    assert [c.text for c in doc.comments] == ["جدول مزدحم جدا", "بالتوفيق للجميع"]


def test_an_ordinal_with_tanween_opens_a_list_item_not_a_readers_line():
    assert one_line_comment("ثانياً : تعيين الموظفين الجدد في المديرية", loose=True) is None


def test_a_lone_comment_over_the_comment_form_is_a_comment():
    # the line above is no furniture the lexicon knows: the form below says what the line is
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك",
                                  "Khalid77 - أتمنى أن تتحسن الخدمة قريبا", "أضف تعليقك", "الاسم"))
    assert texts(doc) == [LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك"]
    assert [c.text for c in doc.comments] == ["أتمنى أن تتحسن الخدمة قريبا"]


def test_name_lines_of_any_shape_over_a_time_are_names_and_never_published():
    long_name = "خالد ابن الجنوب المحب لبلده وأهله الطيبين"  # 8 words, the first block's and a later one's
    names = [long_name, "؟؟؟؟؟؟", "بلا تعليق", "Rana.M", long_name]
    blocks = []
    for n, name in enumerate(names):
        blocks += [name, f"منذ {n + 2} ساعات", f"رأيي أن الخطة تحتاج إلى وقت أطول رقم {n + 1}", "رد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "التعليقات", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 5
    published = repr((doc.lines, doc.comments, doc.removed))
    for name in ("ابن الجنوب", "؟؟؟؟؟؟", "بلا تعليق", "Rana.M"):
        assert name not in published


def test_a_single_one_line_comment_under_the_widgets_furniture_has_its_name_taken():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "التعليقات", "الاسم", "إرسال",
                                  "بسام الحلبي - كلام في الصميم يا أستاذ"))
    assert [(c.text, c.author) for c in doc.comments] == [("كلام في الصميم يا أستاذ", "commenter 1")]
    assert "بسام" not in repr((doc.lines, doc.comments, doc.removed))


LONG_SAY = "أتفق مع ما جاء في التقرير لكن المشكلة الحقيقية في التنفيذ على أرض الواقع وليس في القرارات نفسها."


def test_a_longer_display_name_in_a_facebook_box_under_no_heading():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك",
        "Mona_R", "معلومة مفيدة", "أعجبني · رد · 3 ي",
        "Zaid.K", "شكرا على التقرير الذي وضع النقاط على الحروف في هذه القضية المهمة لنا جميعا.", "أعجبني · رد · 1 ي",
        "مهندس / سامي عبد الكريم حسن", LONG_SAY, "أعجبني · رد · 5 س",
        "إضافة تعليقات فيسبوك",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك"] and len(doc.comments) == 3
    assert "سامي عبد الكريم" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_handle_ending_in_digits_over_a_text_opening_with_a_number_is_a_reader():
    assert one_line_comment("yasser_1991: 7 أسباب تجعلني أؤيد القرار") == ("yasser_1991", "7 أسباب تجعلني أؤيد القرار")
    assert one_line_comment("فاز الفريق بنتيجة 84: 74 في المباراة") is None  # a score


def test_a_numbered_block_left_without_a_name_keeps_the_count_going():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "3 تعليقات",
        "1. Omar_K", "أخيرا قرار صائب", "موافق (3) غير موافق (1)",
        "2.", "لا جديد في هذا الخبر", "موافق (0) غير موافق (2)",
        "3. سهى", "ننتظر التنفيذ", "موافق (5) غير موافق (0)",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert [c.author for c in doc.comments] == ["commenter 1", None, "commenter 2"]


def test_a_display_name_holding_a_colon_inside_a_run():
    line = "ام سارة :معلمة لغة عربية في مدرسة حكومية: أحسنتم النشر"
    assert one_line_comment(line, in_section=True) == ("ام سارة :معلمة لغة عربية في مدرسة حكومية", "أحسنتم النشر")


def test_under_a_heading_an_odd_line_does_not_fold_the_next_readers_into_one_comment():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "تعليقات القراء",
        "سالم: الخبر يستحق المتابعة", "x: وجهة نظر أخرى تماما", "ريم: أتفق مع سالم في رأيه", "Fadi_Q: شكرا للكاتب على المقال"))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments][-2:] == ["أتفق مع commenter 1 في رأيه", "شكرا للكاتب على المقال"]
    assert not {"ريم", "Fadi_Q"} & set(repr((doc.comments, doc.removed)).replace("'", " ").replace(":", " ").split())


def test_a_label_over_a_name_and_a_date_is_a_signed_block_not_a_one_line_comment():
    assert one_line_comment("أرسله: سامي | 03/03/2018") is None
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "التعليقات",
                                  "أرسله: سامي | 03/03/2018", "تغطية ممتازة",
                                  "أرسله: Noura_K | 05/03/2018", "ننتظر المزيد"))
    assert [c.text for c in doc.comments] == ["تغطية ممتازة", "ننتظر المزيد"]
    assert not {"سامي", "Noura_K"} & set(repr((doc.comments, doc.removed)).replace("'", " ").split())


def test_a_readers_name_that_reads_as_a_heading_inside_a_facebook_section():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "التعليقات",
        "Mona_R", "معلومة مفيدة", "أعجبني · رد · 3 ي",
        "بلا تعليق", "الصورة تغني عن الكلام", "أعجبني · رد · 5 س",
        "Zaid.K", "شكرا", "أعجبني · رد · 1 ي",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert "بلا تعليق" not in repr((doc.comments, doc.removed))


def test_a_lone_signed_comment_with_a_label_needs_no_furniture_above_it():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "أرسله: Hadi_S | 03/03/2018", "تقرير متوازن يستحق القراءة"))
    assert texts(doc) == [LEAD, PARAGRAPH] and [c.text for c in doc.comments] == ["تقرير متوازن يستحق القراءة"]
    assert "Hadi_S" not in repr((doc.comments, doc.removed))


def test_a_numbered_block_whose_name_line_reads_as_name_dash_text_keeps_the_count():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ماذا يقول القراء",
        "1. Omar_K", LONG_SAY, "+3 / -1",
        "2. نصر احمد - مصري بيحب بلده", "كلام سليم ومنطقي تماما ويستحق أن يقرأه كل مسؤول في الوزارة.", "+5 / -0",
        "3. سهى", "ننتظر التنفيذ على أرض الواقع بفارغ الصبر منذ سنوات طويلة جدا.", "+1 / -2",
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "ماذا يقول القراء"] or texts(doc) == [LEAD, PARAGRAPH]
    assert len(doc.comments) == 3 and "نصر احمد" not in repr((doc.comments, doc.removed))


def test_a_five_word_name_over_a_time_opens_a_block_under_no_heading():
    blocks = []
    for n, name in enumerate(["Samir_T", "جزائري يحب مصر وأهلها الطيبين", "هالة"]):
        blocks += [name, f"1{n}/03/2019 10:15", f"رأيي أن المشروع يحتاج إلى دراسة أعمق قبل التنفيذ في المرحلة {n + 1}."]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك"] and len(doc.comments) == 3
    assert "يحب مصر وأهلها" not in repr((doc.comments, doc.removed))


def test_a_comment_of_two_lines_of_text_does_not_read_as_the_article_resuming():
    blocks = []
    for n, name in enumerate(["Samir_T", "هالة", "Rami.K", "منى"]):
        blocks += [name, f"1{n}/03/2019 10:15", f"رأيي أن المشروع يحتاج إلى دراسة أعمق قبل التنفيذ في المرحلة {n + 1}."]
        if n == 2:
            blocks.append("وأتمنى أن تستمع الوزارة إلى آراء المواطنين قبل أن تتخذ قرارها النهائي في هذا الشأن.")
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH, "ابعت الموضوع لأصحابك"] and len(doc.comments) == 4


def test_the_first_numbered_block_may_have_a_long_name_when_the_second_follows_its_votes():
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ماذا يقول القراء",
        f"1. {LONG_NAME}", "قرار صائب", "+3 / -1",
        "2. Omar_K", "ننتظر التنفيذ", "+5 / -0",
    ))
    assert len(doc.comments) == 2 and "ينسى فضل المعلمين" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_one_letter_name_goes_on_a_headerless_run_of_one_line_comments():
    # 'م: ...' at the run's end had read as article text below the run and hidden the section
    last = "م: كلام جميل لكن التطبيق على أرض الواقع هو ما ننتظره منذ سنوات طويلة جدا"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *RUN, last, "أضف تعليقك"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Hana_88", "ناصر", "أبو سيف"))
    # alone, a letter before a colon is an interview's question or answer, not a reader
    assert one_line_comment("س: ما رأيك في القرار الأخير الذي أصدرته الوزارة؟") is None
    assert one_line_comment(last, in_section=True) == ("م", last[3:])


def test_a_long_display_name_before_a_dash_goes_on_a_headerless_run():
    # a fifteen-word name before ' - ' had ended the run and read as article text under it
    dashed = ["سلمى - الخدمة ممتازة والأسعار معقولة", "Tarek_77 - تأخر التسليم أسبوعين كاملين",
              f"{LONG_NAME} - المكان جميل لكنه مزدحم في العطل"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *dashed, "أبو ليلى - أنصح به للعائلات"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert "ينسى فضل المعلمين" not in repr((doc.lines, doc.comments, doc.removed))
    assert one_line_comment(dashed[2]) is None  # alone, that many words are a sentence
    # the name ends at the line's first separator, colon or dash
    assert one_line_comment("سامي - الرياض: كلام جميل", in_section=True) == ("سامي", "الرياض: كلام جميل")


def test_a_headerless_run_of_one_line_comments_under_a_poem():
    # no paragraph above: the poem's short lines under the headline are the article
    doc = extract_title(doc_of("قصيدة في حب الوطن الغالي", *POEM, f"ريم: {PRAISE}", *RUN, "أضف تعليقك"))
    doc = extract_comments(doc)
    assert texts(doc) == POEM and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Hana_88", "ناصر", "أبو سيف"))


def test_a_later_numbered_block_may_have_a_long_name_right_under_the_last_votes():
    long_name = f"{LONG_NAME} مهما طالت الأيام"  # fifteen words: a sentence's length, but the count goes on
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ماذا يقول القراء",
        "1. Omar_K", "قرار صائب", "+3 / -1",
        "2. سهى", "ننتظر التنفيذ", "+5 / -0",
        f"3. {long_name}", "خطوة تأخرت كثيرا", "+1 / -2",
        "4. Rami.K", "أتفق مع ما سبق", "+0 / -0",
    ))
    assert len(doc.comments) == 4 and "ينسى فضل المعلمين" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_heading_like_subject_under_a_numbered_name_is_no_new_section():
    # the reader's subject line 'تعليق رقم 2' under '2 - Diaa' had opened a section of its own,
    # whose blocks, counting from 3, were then read as text with their writers' names
    blocks = []
    for n, (name, subject) in enumerate([("سامر الحلبي", "ملاحظة مهمة"), ("Diaa", "تعليق رقم 2"), ("منى علي", "شكرا"),
                                         ("Rami.K", "سؤال")], start=1):
        blocks += [f"{n} - {name}", subject, f"أتمنى أن تتابعوا هذا الموضوع في الأيام القادمة رقم {n}.",
                   f"الإسكندرية | 0{n}/04/2010"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "آراء حول الموضوع", *blocks))
    published = repr((doc.lines, doc.comments, doc.removed))
    assert not any(name in published for name in ("سامر الحلبي", "Diaa", "منى علي", "Rami.K"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert doc.comments[1].text.startswith("تعليق رقم 2\n")  # the subject is the first line of its text


def test_a_date_over_the_articles_only_paragraph_does_not_make_it_a_comment():
    # the date line over the first paragraph reads as a comment's time: the paragraph had counted
    # as a comment's text, leaving no article above the readers' blocks, and the section unfound
    blocks = []
    for n, name in enumerate(["Samir_T", "هالة", "Rami.K"]):
        blocks += [name, f"1{n}/03/2019 10:15", f"رأيي أن المشروع يحتاج إلى دراسة أعمق قبل التنفيذ {n + 1}"]
    doc = extract_comments(doc_of("نسخة للطباعة", "07/04/2012", LEAD, "انشر الخبر", *blocks))
    assert texts(doc)[:3] == ["نسخة للطباعة", "07/04/2012", LEAD] and len(doc.comments) == 3
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "هالة", "Rami.K"))


def test_a_reader_quoting_at_the_start_of_a_comment_goes_on_the_run():
    quoted = "وليد: “الموازنة الجديدة” عنوان جميل لكن أين التفاصيل التي وعدتم بها القراء في كل مرة"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *RUN[:2], quoted, RUN[2]))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert "وليد" not in repr((doc.lines, doc.comments, doc.removed))
    # alone, a name and a quotation are reported speech
    assert one_line_comment("وقالت إحدى الزائرات: «المكان رائع ونظيف جدا»") is None


def test_the_line_over_a_comments_time_is_recorded_masked_whatever_it_reads_as():
    # a reader named '4521' over '3 days ago': read as a count, it was recorded as printed
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "2 تعليقات", "4521", "3 days ago", "كلام في الصميم",
                                  "Reply", "Samir_T", "2 days ago", "أتفق معك تماما", "Reply"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "4521" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_name_ending_as_a_sentence_right_under_the_last_action_line_opens_the_next_block():
    name = "Omar from Amman the city of seven hills .."
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "3 تعليقات",
                                  "Samir_T", "2 days ago", "كلام في الصميم", "Reply • Share ›",
                                  name, "4 days ago", "أتفق معك تماما في كل ما قلت", "Reply • Share ›",
                                  "هالة", "5 days ago", "شكرا على المقال", "Reply • Share ›"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert "seven hills" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_heading_like_name_in_a_writers_slot_is_recorded_masked():
    # a reader who signs 'الى كاتب التعليق رقم 2' reads as a heading; over a time, after a number or
    # beside a date, it is in a writer's slot and may not be recorded as printed
    odd = "الى كاتب التعليق رقم 2"
    for lines in (["2 Comments", "Samir_T", "2 days ago", "كلام في الصميم", "Reply • Share ›",
                   odd, "4 days ago", "أتفق معك تماما في كل ما قلت", "Reply • Share ›"],
                  ["التعليقات", "بواسطة: Samir_T - 02/06/2016", "كلام في الصميم",
                   f"بواسطة: {odd} - 03/06/2016", "أتفق معك تماما في كل ما قلت"]):
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
        assert texts(doc) == [LEAD, PARAGRAPH]
        assert "كاتب التعليق" not in repr((doc.lines, doc.comments, doc.removed)), lines[0]


def test_a_name_reading_as_a_sentence_between_an_action_line_and_a_time_is_no_article_text():
    # with no heading, 'رسالة مواطن بسيط للجميع.' over a time had read as the article resuming,
    # and only the blocks under it were taken
    blocks = []
    for n, name in enumerate(["Samir_T", "هالة", "رسالة مواطن بسيط للجميع.", "Rami.K"]):
        blocks += [name, f"{n + 2} ساعات مضت",
                   f"رأيي أن المشروع يحتاج إلى دراسة أعمق قبل التنفيذ وإلى مشاركة أوسع من أهل المنطقة {n + 1}", "الرد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "انشر الخبر", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH, "انشر الخبر"] and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "هالة", "مواطن بسيط"))


def test_a_name_that_reads_as_furniture_under_the_last_action_line_is_a_writer():
    # a reader named 'Instagram' (a social network's name, furniture anywhere else) between two boxes
    boxes = []
    for n, name in enumerate(["Samir_T", "Instagram", "هالة محمود", "Rami.K"]):
        boxes += [name, f"تعليق القارئ رقم {n + 1} على هذا الموضوع المهم", f"Like · Reply · {n + 2}h"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "4 تعليقات", *boxes))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Instagram", "هالة محمود", "Rami.K"))


def test_a_reply_marker_with_a_name_reading_as_a_sentence_is_no_article_text():
    # 'ردا على <name>' whose name ends with a question mark read as a paragraph of the article
    # resuming: the blocks above it were left on the page
    blocks = []
    for n, name in enumerate(["Samir_T", "طيب وبعدين؟", "Rami.K"]):
        blocks += [name, f"{n + 2} ساعات مضت",
                   f"رأيي أن المشروع يحتاج إلى دراسة أعمق قبل التنفيذ وإلى مشاركة أوسع من أهل المنطقة {n + 1}", "الرد"]
        blocks.append(f"ردا على {name}")
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "انشر الخبر", *blocks[:-1]))
    assert texts(doc) == [LEAD, PARAGRAPH, "انشر الخبر"] and len(doc.comments) == 3
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "وبعدين", "Rami.K"))


def test_a_name_ending_in_digits_over_a_text_opening_with_a_list_number_is_a_reader():
    assert one_line_comment("ابو سالم 77: 1-الخدمة بطيئة جدا في الفروع الجديدة") == (
        "ابو سالم 77", "1-الخدمة بطيئة جدا في الفروع الجديدة")
    assert one_line_comment("بنتيجة 84 – 74 انتهت المباراة بين الفريقين") is None  # a score stays no reader


def test_facebook_boxes_with_a_numbered_list_in_a_text_and_a_name_ending_with_a_full_stop():
    boxes = ["Samir_T", "كلام في الصميم ويستحق النشر", "أعجبني · رد · 2 ي",
             "ahmed el sayed", "عندي ملاحظتان على الخبر:", "1- العنوان لا يطابق المحتوى.", "2- الأرقام قديمة.",
             "أعجبني · رد · 5 س",
             "OMAR FROM CAIRO.", "أتفق مع ما سبق تماما", "أعجبني · رد · 1 س",
             "هالة", "شكرا على المقال المفيد", "أعجبني · رد · 3 ي"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "4 تعليقات", *boxes))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    published = repr((doc.lines, doc.comments, doc.removed))
    assert "el sayed" not in published and "FROM CAIRO" not in published


def test_a_readers_name_made_of_digits_between_two_boxes_is_recorded_masked():
    boxes = ["Samir_T", "كلام في الصميم ويستحق النشر", "أعجبني · رد · 2 ي",
             "4521", "أتفق مع ما سبق تماما", "أعجبني · رد · 1 س"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليقان", *boxes))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert "4521" not in repr((doc.lines, doc.comments, doc.removed))


SENTENCE_NAME = "صوت من الجنوب يحب هذا البلد كثيرا ويتمنى له الخير."


def test_a_name_reading_as_a_sentence_under_the_last_text_of_name_time_text_blocks_is_a_writer():
    # every block so far opened with its writer over its time: the line over the next time is the
    # next writer's, though it ends with a full stop (it had been read as the last text's second line)
    blocks = []
    for n, name in enumerate(["Samir_T", "هالة", SENTENCE_NAME, "Rami.K"]):
        blocks += [name, f"0{n + 1}/03/2016 10:1{n}", f"رأيي أن المشروع يحتاج إلى مراجعة قبل التنفيذ {n + 1}"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "4 تعليقات", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert [c.text for c in doc.comments][1] == "رأيي أن المشروع يحتاج إلى مراجعة قبل التنفيذ 2"
    assert "يحب هذا البلد" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_long_name_over_the_first_time_under_the_widgets_furniture_is_recorded_masked():
    # the widget's sort menu and login line, then a writer's slot over the first time: whatever is
    # recorded for it, the name is not
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "2 Comments", "Sort by Newest", "Login",
                                  SENTENCE_NAME, "3 hours ago", "كلام جميل ومفيد", "Reply • Share ›",
                                  "Rami.K", "5 hours ago", "أتفق معك في كل ما قلت", "Reply • Share ›"))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert "يحب هذا البلد" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_sentence_long_name_in_a_box_right_under_the_heading_or_the_last_action_line_is_a_writer():
    for at in (0, 1):
        names = ["Samir_T", "هالة محمود"]
        names.insert(at, SENTENCE_NAME)
        boxes = []
        for n, name in enumerate(names):
            boxes += [name, f"تعليق القارئ رقم {n + 1} على هذا الموضوع المهم", f"أعجبني · رد · {n + 2} س"]
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, "3 تعليقات", *boxes))
        assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3, at
        assert "يحب هذا البلد" not in repr((doc.lines, doc.comments, doc.removed)), at


def test_a_reply_marker_naming_a_reader_above_is_the_widgets_however_long_the_name():
    # 'رد على <name>' with a name of eleven words read as the article resuming: the section ended there
    long_name = "واحد من الناس يتابع ما يجري في هذا البلد كل يوم"
    blocks = []
    for n, name in enumerate(["Samir_T", long_name, "Rami.K"]):
        blocks += [name, f"منذ {n + 2} ساعات", f"رأيي أن المشروع يحتاج إلى مراجعة قبل التنفيذ {n + 1}", "رد"]
    blocks[8:8] = [f"رد على {long_name}"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "3 تعليقات", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert "يتابع ما يجري" not in repr((doc.lines, doc.comments, doc.removed))


TITLED_NAME = "الأستاذ المتقاعد من وزارة التربية والتعليم أبو فراس الحمداني"


def test_with_no_heading_a_long_name_over_the_runs_first_time_is_its_first_writer():
    # the other blocks open with a name over their time: the line over the first time is a name too,
    # however long, and not the article's last line (it had been left on the page)
    blocks = []
    for n, name in enumerate([TITLED_NAME, "هالة", "Rami.K"]):
        blocks += [name, f"0{n + 1}/03/2016 10:1{n}", f"رأيي أن المشروع يحتاج إلى مراجعة قبل التنفيذ وإلى مشاركة أوسع {n + 1}"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "انشر الخبر", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH, "انشر الخبر"] and len(doc.comments) == 3
    assert "أبو فراس" not in repr((doc.lines, doc.comments, doc.removed))


def test_with_no_heading_a_name_ending_as_a_sentence_between_a_text_and_a_time_splits_no_run():
    # 'name.' between the first block's text and the next time had read as the article resuming:
    # the run above it was left on the page
    blocks = []
    for n, name in enumerate(["Samir_T", SENTENCE_NAME, "هالة", "Rami.K"]):
        blocks += [name, f"0{n + 1}/03/2016 10:1{n}",
                   f"رأيي أن المشروع يحتاج إلى مراجعة دقيقة قبل التنفيذ وإلى مشاركة أوسع من سكان الأحياء القريبة منه {n + 1}"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "انشر الخبر", *blocks))
    assert texts(doc) == [LEAD, PARAGRAPH, "انشر الخبر"] and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "يحب هذا البلد"))


def test_a_lone_one_line_comment_under_an_empty_comment_areas_form_is_a_comment():
    # the area's heading and form were taken out over it and held no comment: the one reader
    # under them is that area's comment, not the article's last line
    # (a heading the rules do not know, 'ماذا يقول الناس', stands between the form and the comment)
    said = "نتمنى أن تصل هذه الخدمات إلى كل المحافظات والقرى البعيدة قريبا وأن تكون الأسعار في متناول الجميع"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال",
                                  "ماذا يقول الناس", f"أبو سليم: {said}"))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == [said]
    assert "أبو سليم" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_run_of_one_line_comments_under_the_share_line_opens_with_a_long_named_reader():
    # read alone, the first line passes for a sentence (a ten-word name): under the page's share
    # line, over a run of readers, it is the run's first comment; it had been left on the page
    for sep in (": ", " - "):
        run = [f"{TITLED_NAME}{sep}أحسنتم النشر", *(line.replace(": ", sep) for line in RUN[:2])]
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *run))
        assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) == 3, sep
        assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("أبو فراس", "Hana_88")), sep
    # under a paragraph the same line is the article's: no run is opened over it
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, f"{TITLED_NAME}: أحسنتم النشر", PARAGRAPH))
    assert len(doc.comments) == 0


def test_a_list_inside_a_comment_under_its_name_and_time_does_not_hide_the_section_above_it():
    # '1- للانتظار.' under the second block's text had been taken for a lone numbered comment block,
    # and the search stopped there: the two blocks above stayed on the page
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "ماذا يقول الناس (2)",
        "Samir_T", "قبل 5 دقائق", "رأيي أن المشروع يحتاج إلى مراجعة دقيقة قبل التنفيذ وإلى مشاركة أوسع", "الرد",
        "هالة", "قبل 7 دقائق", "زرت المكان مرتين ولاحظت أمرين يستحقان الذكر", "1- للانتظار.",
        "2- جلسنا طويلا قبل أن يأتي أحد ليأخذ الطلب رغم أن المكان لم يكن مزدحما", "الرد"))
    assert texts(doc) == [LEAD, PARAGRAPH, "ماذا يقول الناس (2)"] and len(doc.comments) == 2
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "هالة"))


def test_a_lone_comment_box_closed_by_its_action_line_with_a_time_is_a_comment():
    # one reader, a heading the rules do not know: the box's action line with its age says it all
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "هنا صوتكم", "Samir_T", "كلام في الصميم ويستحق النشر",
                                  "أعجبني · رد · 3 ي"))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and [c.text for c in doc.comments] == ["كلام في الصميم ويستحق النشر"]
    assert "Samir_T" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_lone_one_line_comment_under_a_heading_counting_one_is_a_comment():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ماذا يقول الناس (1)", "أبو سليم - نتمنى أن تصل هذه الخدمات إلى القرى"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 1
    assert "أبو سليم" not in repr((doc.lines, doc.comments, doc.removed))
    # a heading counting more, or a sentence, says nothing of one line under it
    for heading in ("ماذا يقول الناس (3)", "وهذا ما قاله الناس (1)."):
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, heading, "أبو سليم - نتمنى أن تصل هذه الخدمات إلى القرى"))
        assert len(doc.comments) == 0, heading


def test_under_a_heading_two_one_line_comments_the_first_with_a_long_name_are_a_run():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليقان", f"{TITLED_NAME} - أحسنتم النشر يا جماعة",
                                  "Hana_88 - الخدمة أصبحت أسرع بكثير من العام الماضي"))
    assert texts(doc) == [LEAD, PARAGRAPH]
    assert [c.text for c in doc.comments] == ["أحسنتم النشر يا جماعة", "الخدمة أصبحت أسرع بكثير من العام الماضي"]
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("أبو فراس", "Hana_88"))


def test_in_a_section_of_signed_lines_a_long_name_before_the_date_is_a_writer():
    # every comment opened with 'name - date': the same shape with a ten-word name is the next
    # writer's signature, not the last comment's second line
    lines = ["Samir_T - 02/06/2016", "كلام في الصميم ويستحق النشر", "هالة - 03/06/2016", "أتفق معك تماما",
             f"{TITLED_NAME} - 04/06/2016", "شكرا على المقال المفيد", "Rami.K - 05/06/2016", "مقال رائع"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "التعليقات", *lines))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 4
    assert [c.time_text for c in doc.comments][2] == "04/06/2016"
    assert "أبو فراس" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_lone_box_under_an_article_whose_one_paragraph_opens_with_a_place_and_a_dash():
    # 'بيروت - ...' reads as a one-line comment by itself, so the page seemed to have no article above
    # the box: the box's action line with its age is a comment's alone, whatever stands above it
    story = ("بيروت - أعلنت وزارة الطاقة اليوم عن خطة جديدة لتحسين التغذية الكهربائية في المناطق "
             "الريفية خلال فصل الصيف المقبل.")
    doc = extract_comments(doc_of(story, "هنا صوتكم", "Samir_T", "كلام في الصميم ويستحق النشر", "أعجبني · رد · 3 ي"))
    assert texts(doc)[0] == story and [c.text for c in doc.comments] == ["كلام في الصميم ويستحق النشر"]
    assert "Samir_T" not in repr((doc.lines, doc.comments, doc.removed))


def test_the_one_comment_right_under_its_heading_may_carry_a_long_name():
    said = "نتمنى أن تصل هذه الخدمات إلى القرى البعيدة"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليق واحد", f"{TITLED_NAME} - {said}", "أضف تعليقك", "الاسم", "إرسال"))
    assert texts(doc) == [LEAD, PARAGRAPH] and [c.text for c in doc.comments] == [said]
    assert "أبو فراس" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_long_named_head_over_a_run_of_readers_under_an_unknown_share_line():
    # the line above is no paragraph (a share line in words the rules do not know), and two readers
    # or more follow: the long-named line opens the run
    run = [f"{TITLED_NAME}: أحسنتم النشر", *RUN[:2]]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ضعه في مفضلتك الآن", *run))
    assert texts(doc) == [LEAD, PARAGRAPH, "ضعه في مفضلتك الآن"] and len(doc.comments) == 3
    assert "أبو فراس" not in repr((doc.lines, doc.comments, doc.removed))
    # over one reader only, it stays as it was (a 'label: text' pair at an article's end is no run)
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ضعه في مفضلتك الآن", *run[:2]))
    assert f"{TITLED_NAME}: أحسنتم النشر" in texts(doc)


def test_a_colon_with_no_space_after_it_is_part_of_a_long_name_before_a_spaced_dash():
    line = "أم سليم :معلمة متقاعدة من مدينة الزرقاء - كلام جميل جدا"
    assert one_line_comment(line, in_section=True) == ("أم سليم :معلمة متقاعدة من مدينة الزرقاء", "كلام جميل جدا")
    # inside a run it no longer breaks the run: every reader is taken
    run = ["Hana_88 - الخدمة أصبحت أسرع بكثير", "ناصر - خطوة متأخرة لكنها صحيحة", line, "Rami.K - مقال رائع ومفيد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *run))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) == 4
    assert "معلمة متقاعدة" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_one_letter_name_before_a_spaced_dash_inside_a_run_of_readers():
    # 'm - text' had ended the run: read alone it was a paragraph under the readers above it, and
    # the whole run stayed on the page as article text
    assert one_line_comment("m - المطعم جميل جدا والخدمة سريعة", in_section=True) == ("m", "المطعم جميل جدا والخدمة سريعة")
    run = ["Hana_88 - الخدمة أصبحت أسرع بكثير", "ناصر - خطوة متأخرة لكنها صحيحة",
           "m - زرت المكان مع العائلة وكانت التجربة رائعة بكل المقاييس ولا يوجد ما يعيبه سوى الزحام الشديد في المساء"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *run))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) == 3


def test_a_story_tag_line_makes_no_run_of_readers_with_the_articles_last_line():
    # 'label: text' as the article's last line, then the story's tags 'label: a، b': two "readers" by
    # shape, no comment section (both had been taken, the article's line with them)
    last = "ملاحظة المحرر: يعكس هذا التقرير آراء كاتبه ولا يعبر بالضرورة عن رأي الصحيفة"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, last, "مفاتيح الخبر: اقتصاد، طاقة متجددة"))
    assert last in texts(doc) and not doc.comments


def test_with_no_heading_a_long_signed_line_under_signed_blocks_is_no_article_resuming():
    # 'name — date' over each text; a ten-word name made its block read as the article resuming below
    # the others, and the whole section stayed on the page
    long_text = "رأيي أن المشروع يحتاج إلى مراجعة دقيقة قبل التنفيذ وإلى مشاركة أوسع من سكان الأحياء القريبة منه"
    lines = ["Samir_T — 02/06/2016", long_text, "هالة — 03/06/2016", long_text + " أيضا",
             f"{TITLED_NAME} — 04/06/2016", "شكرا على هذا المقال المفيد الذي يستحق القراءة."]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ضعه في مفضلتك الآن", *lines))
    assert texts(doc) == [LEAD, PARAGRAPH, "ضعه في مفضلتك الآن"] and len(doc.comments) == 3
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Samir_T", "أبو فراس"))


def test_a_name_built_on_the_word_for_comment_between_two_readers_of_a_run_is_a_reader():
    # 'إلى كاتب التعليق الثالث' reads as a heading by itself; between readers no heading stands (it had
    # ended the run, and the readers above it stayed on the page)
    run = ["Hana_88: الخدمة أصبحت أسرع بكثير", "ناصر: خطوة متأخرة لكنها صحيحة",
           "إلى كاتب التعليق رقم 2: أوافقك الرأي تماما وأضيف أن الأسعار ما زالت مرتفعة جدا في كل الفروع",
           "Rami.K: مقال رائع ومفيد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "شارك الخبر", *run))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) == 4
    assert not any(name in repr((doc.lines, doc.comments, doc.removed)) for name in ("Hana_88", "كاتب التعليق"))
    # a count heading over a run is still a heading
    assert one_line_comment("5 تعليقات: شارك برأيك الآن", in_section=True) is None


def test_numbered_blocks_count_on_in_the_style_they_began_with():
    # '2-' of a list inside the first reader's text had been read as the second block's number: the
    # list's items became writers and the first comment lost them (on real pages the real '2.' block
    # and its name were then left on the page)
    blocks = ["1. ريما", "لي ملاحظتان على الخبر", "1- العنوان لا يطابق المحتوى", "2- الأرقام قديمة وتحتاج إلى تحديث",
              "موافق (2) غير موافق (0)", "2. Fadi.S", "أحسنت يا كاتب المقال", "موافق (4) غير موافق (1)"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "ماذا يقول الناس", *blocks))
    assert [c.text for c in doc.comments] == ["\n".join(blocks[1:4]), "أحسنت يا كاتب المقال"]
    assert "Fadi.S" not in repr((doc.lines, doc.comments, doc.removed))


SENTENCE_NAME = "مواطن بسيط يحب بلده ويتمنى لها الخير دائما."


def test_under_a_heading_the_line_over_the_first_time_is_its_writer_however_long():
    """The blocks' shape puts the writer over the time, also for the first block under a heading,
    and also when the name reads as a sentence (display names do)."""
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, "تعليقان",
                                  SENTENCE_NAME, "منذ 3 ساعات", "نتمنى أن تصل هذه الخدمة إلى كل المحافظات", "رد",
                                  "سالم", "منذ ساعتين", "كلام في محله", "رد"))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 2
    assert "يحب بلده" not in repr((doc.lines, doc.comments, doc.removed))


def test_a_lone_comment_signed_with_a_latin_login_under_unknown_furniture():
    """Under a heading and over a form in words no rule knows, one 'login - text' line is a
    reader's: the login is a Latin token; an agency's name or an acronym of capitals is not one."""
    widget = ["آراء الزوار الكرام", "{} - الفكرة ممتازة والتنفيذ يحتاج وقتا", "قل رأيك بصراحة", "اسم المشارك",
              "نص المشاركة", "نشر المشاركة"]
    for login in ("sami_77", "nourhan.k", "Abufahad"):
        lines = [line.format(login) for line in widget]
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
        # (the form's unknown first line joins the text: what the rules cannot tell from a reader's)
        assert len(doc.comments) == 1 and doc.comments[0].text.startswith("الفكرة ممتازة والتنفيذ يحتاج وقتا")
        assert texts(doc) == [LEAD, PARAGRAPH, "آراء الزوار الكرام"]  # (an unknown heading stays)
        assert login not in repr((doc.lines, doc.comments, doc.removed))
    for label in ("CNN", "Reuters"):
        doc = extract_comments(doc_of(LEAD, PARAGRAPH, *[line.format(label) for line in widget]))
        assert not doc.comments and f"{label} - الفكرة" in texts(doc)[3], label


def test_a_lone_signed_block_of_a_latin_login_under_unknown_furniture():
    """'login — date' over a text, under a heading and over a form in words no rule knows: the
    login says a reader signed it; a name in Arabic letters there is left to the other signals."""
    lines = ["آراء الزوار الكرام", "sami_77 — 14/03/2021", "الفكرة ممتازة والتنفيذ يحتاج وقتا طويلا", "قل رأيك بصراحة",
             "اسم المشارك", "نص المشاركة", "نشر المشاركة"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *lines))
    assert len(doc.comments) == 1 and doc.comments[0].text.startswith("الفكرة ممتازة")
    assert "sami_77" not in repr((doc.lines, doc.comments, doc.removed))


_PROPOSALS = [
    "1- مراجعة أسعار الوقود المرتفعة جدا في كل المحافظات منذ بداية السنة الحالية دون تأخير",
    "2- دعم النقل العام في المدن الكبرى وتوسيع شبكة الحافلات لتشمل الأحياء البعيدة عن المركز",
]
_AGREES = "أتفق معك تماما في كل ما ذكرته من مقترحات لأن الأسعار أصبحت فوق طاقة المواطن البسيط اليوم."


def test_a_numbered_list_right_under_a_one_line_comment_goes_on_with_its_text():
    # (paragraph-long items right under 'name: text', readers' paragraphs below: the reader's list,
    # as `comment_run` counts it, not the article resuming)
    doc = extract_comments(doc_of(
        LEAD, PARAGRAPH, "شارك الخبر", "سمير: أقترح على الوزارة ما يلي", *_PROPOSALS,
        "هند: " + _AGREES, "كريم: " + _AGREES.replace("اليوم", "منذ شهور"),
    ))
    assert texts(doc) == [LEAD, PARAGRAPH, "شارك الخبر"] and len(doc.comments) >= 3
