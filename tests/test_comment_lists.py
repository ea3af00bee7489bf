"""An article's own run of 'label: text' lines, closed by the article's foot with the readers' area
under that foot, is the article's (`comment_lists.article_run`); readers' runs that look the same
stay comments. Pages written here in new words."""

from __future__ import annotations

from cleaning.comment_lists import article_run
from cleaning.comments import extract_comments
from cleaning.pipeline import clean_page
from cleaning.repetition import fingerprint
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

SHARE = "انشر عبر فيسبوك | تويتر | تلغرام"
TAGS = "الكلمات المفتاحية: كتب، ثقافة، نشر"
OWN_TAGS = "مواضيع ذات صلة: كتب، ثقافة"  # a tag line the lexicon does not know: it reads as 'name: text' too
READERS = [
    "Samir_77: مراجعة ممتعة وتشجع على القراءة",
    "أم يوسف: أين يباع هذا الكتاب في عمان؟",
    "رائد الخطيب: شكرا للكاتب على هذا العرض الجميل",
]
READER_NAMES = ("Samir_77", "أم يوسف", "رائد الخطيب")
FORM = ["أضف تعليقك", "الاسم *", "أرسل"]


def _published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def _article_kept_readers_taken(article: list[str], readers=READERS, names=READER_NAMES, head=(LEAD, PARAGRAPH),
                                area=("تعليقات القراء (3)",), foot=(SHARE,)):
    doc = extract_comments(doc_of(*head, *article, *foot, *area, *readers, *FORM))
    kept = texts(doc)
    assert kept[:len(head) + len(article)] == [*head, *article]
    assert len(doc.comments) == len(readers)
    published = _published(doc)
    for name in names:
        assert name not in published
    return doc


def test_a_book_card_closed_by_the_foot_is_the_article():
    card = ["المؤلف: سليم الراشد", "دار النشر: منشورات الضفة 2019", "عدد الصفحات: 312 صفحة", "الحجم: كبير"]
    _article_kept_readers_taken(card, foot=(OWN_TAGS, SHARE))


def test_ranked_results_closed_by_the_foot_are_the_article():
    ranks = ["المرتبة الأولى : القاصة نوال حمدان من الأردن عن مجموعة - نوافذ الريح",
             "المرتبة الثانية : الكاتب عادل منصور من تونس عن مجموعة حكايات الميناء",
             "المرتبة الثالثة : الكاتبة سعاد البنا من مصر عن مجموعة ظل الياسمين"]
    _article_kept_readers_taken(ranks, area=())  # (the readers' run right under the share bar)


def test_numbered_tips_closed_by_the_foot_are_the_article():
    tips = ["1. النوم المبكر: يساعد النوم قبل منتصف الليل على تجديد نشاط الجسم طوال اليوم التالي.",
            "2. شرب الماء: يحتاج الجسم إلى كمية كافية من الماء لتنظيم حرارته وهضم الطعام.",
            "3. المشي اليومي: نصف ساعة من المشي السريع تكفي لتحسين الدورة الدموية."]
    _article_kept_readers_taken(tips)


def test_quotations_introduced_by_a_verb_and_a_colon_are_the_article():
    quotes = ["وفي رسالة أخرى كتب الشاعر لصديقه: لا تحزن فإن الغربة تعلم المرء الصبر والانتظار",
              "وسأله الصحفي مرة: هل تفكر في العودة إلى قريتك بعد كل هذه السنين الطويلة؟",
              "أجاب مبتسما: القرية تسكنني أينما ذهبت ولا أحتاج إلى العودة إليها"]
    _article_kept_readers_taken(quotes)


def test_a_fixture_list_closed_by_the_foot_is_the_article():
    fixtures = ["مباريات الجولة المقبلة:", "النجم الساحلي - الملعب التونسي س 15", "الصفاقسي - الأولمبي الباجي س 17",
                "شبيبة القيروان - مستقبل سليمان س 19"]
    _article_kept_readers_taken(fixtures)


def test_a_dated_digest_closed_by_the_wire_credit_is_the_article():
    digest = ["12 - مارس - 2016",
              "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة أكثر من ثلاثمائة دار نشر عربية وأجنبية هذا العام.",
              "19 - مارس - 2016",
              "أعلنت لجنة الجائزة قائمتها القصيرة التي ضمت ست روايات من خمس دول عربية مختلفة بعد أشهر من القراءة.",
              "26 - مارس - 2016"]
    readers = ["هشام", "منذ 3 ساعات", "متابعة رائعة لأحداث الشهر", "Lina.B", "منذ يومين", "شكرا على التلخيص المفيد"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *digest, "(بترا)", TAGS, SHARE, "تعليقان", *readers, *FORM))
    assert texts(doc)[:2 + len(digest)] == [LEAD, PARAGRAPH, *digest]
    assert len(doc.comments) == 2 and "Lina.B" not in _published(doc) and "هشام" not in _published(doc)


# look-alikes that ARE the readers': the rule must leave them to the comment rules


def test_readers_under_the_share_bar_with_their_form_under_them_are_comments():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, TAGS, SHARE, *READERS, *FORM))
    assert texts(doc) == [LEAD, PARAGRAPH, TAGS, SHARE]
    assert len(doc.comments) == 3
    for name in READER_NAMES:
        assert name not in _published(doc)


def test_readers_over_the_foot_under_a_count_heading_counting_them_are_comments():
    # (the readers right under the article, the share bar and a count heading counting them too under
    # them, with one comment under it: article_run is asked, and refuses nothing)
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *READERS[1:], SHARE, "3 تعليقات", READERS[0], *FORM))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    for name in READER_NAMES:
        assert name not in _published(doc)


def test_readers_quoting_a_verse_after_a_colon_under_the_share_bar_are_comments():
    readers = ["أبو حمزة: قال تعالى: وقل ربي زدني علما",
               "نور الهدى: بارك الله فيكم على هذا الموضوع",
               "Khaled.J: وفي الحديث: خيركم من تعلم القرآن وعلمه"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, TAGS, SHARE, *readers, *FORM))
    assert texts(doc) == [LEAD, PARAGRAPH, TAGS, SHARE] and len(doc.comments) == 3
    for name in ("أبو حمزة", "نور الهدى", "Khaled.J"):
        assert name not in _published(doc)


def test_readers_right_under_the_article_with_no_foot_under_them_are_comments():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *READERS))
    assert texts(doc) == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    for name in READER_NAMES:
        assert name not in _published(doc)


def test_readers_right_under_the_article_with_their_form_under_them_are_comments():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *READERS, *FORM, SHARE))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    for name in READER_NAMES:
        assert name not in _published(doc)


def test_numbered_readers_with_votes_over_the_foot_are_comments():
    # (right under the article, over the foot with a reader under it: article_run is asked; their
    # vote lines are a comment block's, never an article's list)
    readers = ["1. وداد", "كتاب يستحق القراءة فعلا", "موافق (5) غير موافق (0)",
               "2. أبو كمال", "العرض مختصر جدا", "موافق (1) غير موافق (2)"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *readers, TAGS, SHARE, READERS[2], *FORM))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    assert not any(name in _published(doc) for name in ("وداد", "أبو كمال", "رائد الخطيب"))


def test_the_rule_asks_for_the_foot_and_the_area_under_it():
    card = ["المؤلف: سليم الراشد", "دار النشر: منشورات الضفة 2019"]
    doc = doc_of(LEAD, PARAGRAPH, *card, SHARE, "3 تعليقات", *READERS)
    assert article_run(doc, 2, 3)
    # no foot under the run, or no area under the foot: no evidence that the readers stand elsewhere
    assert not article_run(doc_of(LEAD, PARAGRAPH, *card, "3 تعليقات", *READERS), 2, 3)
    assert not article_run(doc_of(LEAD, PARAGRAPH, *card, SHARE), 2, 3)
    # the foot over the run: the run is under the article's end
    assert not article_run(doc_of(LEAD, PARAGRAPH, SHARE, *card, TAGS, "3 تعليقات", *READERS), 3, 4)


def test_readers_with_a_login_right_under_the_article_over_the_share_bar_are_comments():
    # (the one layout the rule would refuse, readers over the foot with the form under it: a Latin
    # login among the names says they are readers)
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *READERS, SHARE, *FORM))
    assert texts(doc)[:2] == [LEAD, PARAGRAPH] and len(doc.comments) == 3
    for name in READER_NAMES:
        assert name not in _published(doc)


def test_an_emoji_led_text_right_under_a_numbered_readers_name_is_that_readers_comment():
    readers = ["1. سلمى", "مقال مفيد جدا شكرا", "👍 12 👎 1",
               "2. أبو رامي", "🌟🌟 أجمل ما قرأت هذا الأسبوع عن الصحة", "👍 3 👎 0"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, SHARE, "تعليقان", *readers))
    assert texts(doc) == [LEAD, PARAGRAPH, SHARE]
    assert [c.text for c in doc.comments] == ["مقال مفيد جدا شكرا", "🌟🌟 أجمل ما قرأت هذا الأسبوع عن الصحة"]
    assert "سلمى" not in _published(doc) and "أبو رامي" not in _published(doc)


def test_a_numbered_list_that_is_the_whole_article_under_its_dateline_is_the_article():
    tips = ["1. الإفطار الصحي : يمد الجسم بالطاقة اللازمة لبدء يوم العمل بنشاط وتركيز.",
            "2. قلة الملح : الإكثار من الملح يرفع ضغط الدم ويرهق الكليتين مع الوقت.",
            "3. الحركة بعد الأكل : المشي الخفيف بعد الوجبات يساعد على الهضم.",
            "4. الخضار الورقية : غنية بالألياف والفيتامينات التي يحتاجها الجسم يوميا.",
            "5. شرب الشاي الأخضر : يحتوي على مواد تحمي الخلايا من التلف.",
            "6. الابتعاد عن السهر : قلة النوم تضعف المناعة وتزيد الوزن.",
            "7. تمارين التنفس : خمس دقائق من التنفس العميق تخفف التوتر."]
    readers = ["Rami_9: نصائح بسيطة ومفيدة", "أم سارة: جزاكم الله خيرا"]
    menu = "الرئيسية / أخبار محلية / اقتصاد / رياضة / ثقافة وفنون / صحة وجمال / منوعات"
    listen = "استمع إلى الخبر الآن"  # (a button the site prints under every headline)
    doc = doc_of(menu, "نصائح يومية لصحة أفضل", listen, "الدوحة 5 صفر 1440 هـ الموافق 15 أكتوبر 2018 م قنا", *tips,
                 SHARE, "تعليقان", *readers)
    doc = extract_comments(doc.with_(title_line=doc.lines[1].number), boilerplate=frozenset({fingerprint(listen)}))
    assert texts(doc)[4:4 + len(tips)] == tips
    assert len(doc.comments) == 2 and "Rami_9" not in _published(doc) and "أم سارة" not in _published(doc)


def test_a_numbered_report_section_closed_by_the_foot_is_the_article():
    sections = ["1-4 الأسواق الخارجية",
                "1-4-1 الأسواق العربية: استحوذت الدول العربية على نصف الصادرات الصناعية خلال الشهر الماضي."]
    readers = ["منى", "منذ ساعتين", "تقرير مفصل ومفيد", "Tarek_H", "منذ 5 ساعات", "أين أرقام الواردات؟"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *sections, OWN_TAGS, SHARE, "الاسم *", "البريد *", "إرسال",
                                  "تعليقان", *readers))
    assert texts(doc)[:4] == [LEAD, PARAGRAPH, *sections]
    assert len(doc.comments) == 2 and "Tarek_H" not in _published(doc) and "منى" not in _published(doc)


def test_match_reports_signed_by_their_reporters_closed_by_the_foot_are_the_article():
    reports = ["النصر × الشباب", "الرياض - خالد العتيبي",
               "حسم النصر لقاء الديربي بهدفين نظيفين في مباراة سيطر عليها أصحاب الأرض منذ البداية.",
               "وجاء الهدف الأول من ركلة جزاء في الدقيقة العشرين بعد عرقلة المهاجم داخل المنطقة.",
               "وأضاف البديل الهدف الثاني قبل نهاية اللقاء بدقائق من تسديدة قوية.",
               "الوحدة x التعاون", "مكة - فهد السالم",
               "تعادل الوحدة مع ضيفه التعاون بهدف لمثله في لقاء متوسط المستوى شهد طرد لاعبين.",
               "الشوط الثاني"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *reports, SHARE, "تعليق واحد", "بواسطة: Nawaf_22 - 03/02/2019",
                                  "مباراة ممتعة والحكم كان ممتازا", *FORM))
    assert texts(doc)[:2 + len(reports)] == [LEAD, PARAGRAPH, *reports]
    assert len(doc.comments) == 1 and "Nawaf_22" not in _published(doc)


# whole pages through `clean_page`: readers printed right under the article, over its share bar, with
# no readers' comment under that bar (only their form or an 'add a comment' link), or with fewer than
# the count heading announces: the run is the readers' and no name of theirs may reach the text

_MASTHEAD = "جريدة الضفتين اليومية"
_MENU = "الرئيسية | محليات | اقتصاد | رياضة | منوعات | اتصل بنا"
_HEADLINE = "انقطاع المياه عن أحياء المدينة القديمة لثلاثة أيام متتالية"
_BODY = ["أعلنت مصلحة المياه في المدينة أن التزويد سينقطع عن الأحياء القديمة ابتداء من صباح الغد بسبب أشغال صيانة "
         "على القناة الرئيسية التي تنقل المياه من السد إلى محطة المعالجة.",
         "وأوضح مدير المصلحة في تصريح للصحفيين أن الأشغال ستستمر ثلاثة أيام على الأقل، وأن صهاريج ستوزع على "
         "السكان في الساحات العامة طوال فترة الانقطاع لتفادي أي نقص في مياه الشرب.",
         "من جهتهم، عبر عدد من سكان الأحياء المعنية عن استيائهم من تكرار الانقطاعات خلال السنوات الأخيرة، "
         "مطالبين بتجديد شبكة الأنابيب القديمة التي تعود إلى عقود طويلة.",
         "ودعت المصلحة المواطنين إلى ترشيد الاستهلاك وتخزين ما يكفي من المياه قبل بداية الأشغال، مؤكدة أن "
         "فرقها ستعمل ليلا ونهارا من أجل إعادة التزويد في أقرب الآجال الممكنة."]
_SHARE = "شارك على فيسبوك | تويتر | واتساب"
_FORM = ["أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال"]
_COPYRIGHT = "جميع الحقوق محفوظة © 2024 جريدة الضفتين اليومية"
_NAMES = ("أبو سليم", "نادية القسنطينية", "ابن الحي", "وليد")


def _page(*lines: str) -> bytes:
    return "\n".join([_MASTHEAD, _MENU, _HEADLINE, *_BODY, *lines, _COPYRIGHT]).encode("utf-8")


def _readers_captured(page: bytes, count: int):
    doc = clean_page("t", page)
    published = "\n".join(texts(doc))
    for name in _NAMES:
        assert name not in published
    assert texts(doc)[:len(_BODY)] == _BODY
    assert len(doc.comments) == count and all(c.author is None or c.author not in _NAMES for c in doc.comments)
    return doc


def test_arabic_readers_over_the_share_bar_with_only_their_form_under_it_are_comments():
    readers = ["أبو سليم: كل صيف نفس القصة، الماء ينقطع والمسؤولون يعدون بالإصلاح ولا شيء يتغير في الحي",
               "نادية القسنطينية: عندنا في الحي المجاور انقطع الماء أسبوعا كاملا دون أي صهريج",
               "ابن الحي: الأنابيب عمرها أكثر من خمسين سنة ولا بد من تجديدها بالكامل"]
    _readers_captured(_page(*readers, _SHARE, *_FORM), 3)


def test_dash_readers_over_the_share_bar_with_only_an_add_a_comment_line_under_it_are_comments():
    readers = ["أبو سليم - كل صيف نفس القصة والمسؤولون يعدون ولا شيء يتغير",
               "نادية القسنطينية - انقطع الماء عندنا أسبوعا كاملا",
               "ابن الحي - لا بد من تجديد الأنابيب بالكامل"]
    _readers_captured(_page(*readers, _SHARE, "اترك تعليقا"), 3)


def test_readers_over_the_share_bar_fewer_than_the_count_heading_under_it_are_comments():
    readers = ["أبو سليم - كل صيف نفس القصة والمسؤولون يعدون ولا شيء يتغير",
               "نادية القسنطينية - انقطع الماء عندنا أسبوعا كاملا",
               "ابن الحي - لا بد من تجديد الأنابيب بالكامل"]
    _readers_captured(_page(*readers, _SHARE, "4 تعليقات", "وليد - مقال مفيد", "منذ ساعة", *_FORM), 4)


def test_readers_blocks_with_times_and_replies_over_the_share_bar_are_comments():
    # (a comment under the bar too: the readers' own lines, times and reply buttons, tell them apart)
    readers = ["أبو سليم", "منذ ساعتين", "كل صيف نفس القصة والمسؤولون يعدون بالإصلاح ولا شيء يتغير في الحي", "رد",
               "نادية القسنطينية", "منذ 3 ساعات", "عندنا في الحي المجاور انقطع الماء أسبوعا كاملا دون أي صهريج", "رد"]
    _readers_captured(_page(*readers, _SHARE, "وليد", "منذ 5 ساعات", "شكرا على الخبر", "رد", *_FORM), 3)


def test_an_intro_line_over_quotes_over_the_share_bar_stays_in_the_text():
    # (the quotes, named and over the share bar with a form under it, go as comments: privacy first)
    intro = "وقال سكان من الحي للجريدة ما يلي:"
    quotes = ["أبو سليم: سمعنا عن الأشغال من الجيران لا من المصلحة",
              "نادية القسنطينية: اشترينا خزانات ماء على حسابنا",
              "ابن الحي: الصهاريج لا تكفي كل السكان"]
    doc = clean_page("t", _page(intro, *quotes, _SHARE, *_FORM))
    assert texts(doc)[:len(_BODY) + 1] == [*_BODY, intro]
    assert not any(name in "\n".join(texts(doc)) for name in _NAMES)


def test_a_poem_under_a_dateline_with_its_hour_over_the_share_bar_is_the_article():
    # (the dateline's hour is no comment's time: a comment block prints one stamp each, the article one)
    poem = ["يا بحر قل لي", "وين راحوا الصيادين", "سافروا مع الموج", "وما رجعوا من سنين", "والشط مستني",
            "والقلب حزين", "يا بحر رد علي", "قبل الغروب", "ولا تخلي", "الحكاية تذوب"]
    readers = ["سامي الجندي", "منذ 4 دقيقة", "كلمات جميلة تلمس القلب فعلا", "رد",
               "Hala_M", "منذ 9 ساعات", "أين أجد باقي القصيدة يا أستاذة؟", "رد"]
    doc = doc_of("أغنية البحر", "نشر في 28/02/2014 الساعة 13:53", *poem, SHARE, "قالوا عن الخبر", *readers, *FORM)
    doc = extract_comments(doc.with_(title_line=doc.lines[0].number))
    assert texts(doc)[2:2 + len(poem)] == poem
    assert len(doc.comments) == 2 and "سامي الجندي" not in _published(doc) and "Hala_M" not in _published(doc)


def test_a_lone_reader_over_the_share_bar_with_the_sites_slogan_under_it_is_a_comment():
    # (the site's slogan 'name: words' repeats on its pages: no reader under the foot; the lone
    # reader over the bar is still a comment)
    slogan = "جريدة الضفتين: صوت الناس كل صباح"
    page = _page("وليد", "02/09/2018 13:41", "الماء لم يصل إلى حينا منذ يومين ولا أحد يجيب على الهاتف",
                 _SHARE, slogan)
    doc = clean_page("t", page, boilerplate=frozenset({fingerprint(slogan), fingerprint(_COPYRIGHT)}))
    assert "وليد" not in "\n".join(texts(doc)) and texts(doc)[:len(_BODY)] == _BODY
    assert len(doc.comments) == 1


def test_readers_right_under_the_article_over_its_tags_signed_by_a_login_are_comments():
    # (over the story's tag line a run goes on from the article, `over_foot`; a reader's Latin login
    # among its names says the run is the readers', as `article_run` reads it)
    readers = ["أبو سليم - كل صيف نفس القصة والمسؤولون يعدون بالإصلاح ولا شيء يتغير في الحي",
               "nadia_dz - عندنا في الحي المجاور انقطع الماء أسبوعا كاملا دون أي صهريج",
               "ابن الحي - الأنابيب عمرها أكثر من خمسين سنة ولا بد من تجديدها بالكامل"]
    doc = clean_page("t", _page(*readers, TAGS, _SHARE))
    published = "\n".join(texts(doc))
    assert not any(name in published for name in ("أبو سليم", "nadia_dz", "ابن الحي"))
    assert texts(doc)[:len(_BODY)] == _BODY and len(doc.comments) == 3


def test_an_arabic_labelled_list_right_under_the_article_over_its_tags_stays():
    # (the same place with labels in the article's own words: its list, not readers)
    listed = ["الحي القديم - ينقطع الماء من السادسة صباحا حتى منتصف الليل طوال أيام الأشغال",
              "حي المحطة - ينقطع الماء صباحا فقط ويعود في المساء بعد ضخ الخزانات",
              "حي السوق - لا ينقطع الماء لأنه موصول بالقناة الجديدة منذ العام الماضي"]
    doc = clean_page("t", _page(*listed, TAGS, _SHARE))
    assert texts(doc)[:len(_BODY) + 3] == [*_BODY, *listed] and not doc.comments


def test_a_book_card_over_the_foot_of_a_page_whose_comment_area_says_it_is_empty_is_the_article():
    # (no reader under the foot, but the area says none has commented: none stands over the foot either)
    card = ["المؤلف: سليم الراشد", "دار النشر: منشورات الضفة 2019", "عدد الصفحات: 312 صفحة", "الحجم: كبير"]
    for notice in ("كن أول من يعلق على هذا الكتاب", "لا توجد تعليقات حتى الآن", "Be the first to comment"):
        for foot in (["الوسوم: كتب، ثقافة", "انشر على فيسبوك  تويتر  واتساب"], ["انشر على فيسبوك  تويتر  واتساب"]):
            page = ["جريدة الضفة", "عرض كتاب: سيرة النهر", LEAD, PARAGRAPH, *card, *foot, "", notice, "الاسم",
                    "نص التعليق", "إرسال"]
            doc = clean_page("x/1", "\n".join(page).encode())
            assert texts(doc) == [LEAD, PARAGRAPH, *card] and not doc.comments
    # a form alone under the foot says nothing of where readers stand: the run is theirs
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *READERS, SHARE, *FORM))
    assert len(doc.comments) == 3 and not any(name in _published(doc) for name in READER_NAMES)


def test_only_a_comment_heading_with_first_or_a_negation_declares_the_area_empty():
    from cleaning.comment_lists import declares_none
    assert declares_none("كن أول من يعلق") and declares_none("لم يعلق أحد بعد") and declares_none("No comments yet")
    assert not any(declares_none(t) for t in ("3 تعليقات", "أضف تعليقك", "التعليقات", "أول الغيث قطرة",
                                               "لا يمكن للمزارعين الانتظار أكثر من ذلك"))
