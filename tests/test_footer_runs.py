"""The article's own closing runs under its last paragraph (`cleaning/footer_runs.py`): a poem set
with harakat or tatweel and the poet's role under it, a table whose items share one separator, a
bracketed note closing the copy. Each kept shape has furniture of the same structure beside it
that must still go. Lines written for these tests."""

from __future__ import annotations

from test_body_closing import FIRST, SECOND, footer

SHARE = "شارك على فيسبوك"
TAGS = "وسوم: أسواق، زراعة"
COPYRIGHT = "جميع الحقوق محفوظة © 2024"

# --- a poem the article closes with ------------------------------------------------------------

VERSES = ["يا دارَ عَبْلَةَ بالجِواءِ تَكَلَّمي", "وَعِمي صَباحاً دارَ عَبْلَةَ واسْلَمي",
          "هَلْ غادَرَ الشُّعَراءُ مِنْ مُتَرَدَّمِ", "أَمْ هَلْ عَرَفْتَ الدّارَ بَعْدَ تَوَهُّمِ"]


def test_a_vocalized_poem_closing_the_article_stays_over_the_share_bar():
    assert footer(FIRST, SECOND, *VERSES, SHARE) == [FIRST, SECOND, *VERSES]


def test_stretched_verses_their_heading_and_the_poets_role_stay_over_the_tags():
    block = ["ـــ من ديوان الشاعر", "سـنـبـقـى هـنـا رغـم الـريـاح", "ونـزرع فـي الـحـقـول الأمـل",
             "* شاعر من مدينة الساحل"]
    assert footer(FIRST, SECOND, *block, TAGS) == [FIRST, SECOND, *block]


def test_plain_short_links_under_the_text_still_go():
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
             "مهرجان الزيتون يعود إلى القرى الجبلية"]
    assert footer(FIRST, SECOND, *links, SHARE) == [FIRST, SECOND]


def test_a_menu_column_and_footer_links_with_one_vocalized_word_still_go():
    column = ["الرئيسيّة", "من نَحْنُ", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة 2024"]
    assert footer(FIRST, SECOND, *column) == [FIRST, SECOND]


def test_headlines_with_digits_are_no_verse_even_vocalized():
    links = ["3 أَسْبابٍ لارتفاع أسعار الخُضَر", "10 نَصائحَ لحماية المحاصيل من الصَّقيع",
             "5 أَطْباقٍ من مطبخ الجَدّات"]
    assert footer(FIRST, SECOND, *links, SHARE) == [FIRST, SECOND]
    # (rhymed, as a site may set its headlines: a digit still says headline)
    rhymed = ["10 نَصائِحَ لِحِمايَةِ المَحْصول", "5 أَطْباقٍ مِنْ مَطْبَخِ الحُقول", "3 أَسْبابٍ لِغَلاءِ الفُول"]
    assert footer(FIRST, SECOND, *rhymed, SHARE) == [FIRST, SECOND]


# --- a table the article closes with -------------------------------------------------------------

FIXTURES = ["النادي الأهلي ........ نادي الشباب", "نادي الوحدة ........ الاتحاد الرياضي",
            "نادي الفجر ........ نادي النصر"]


def test_a_fixture_list_with_dot_leaders_stays_over_the_share_bar():
    assert footer(FIRST, SECOND, *FIXTURES, SHARE) == [FIRST, SECOND, *FIXTURES]


def test_a_fixture_list_with_its_title_and_day_heading_stays():
    table = ["المواعيد", "يوم الجمعة:", "نادي الوحدة - الاتحاد الرياضي س 18", "نادي الفجر - نادي النصر س 20"]
    assert footer(FIRST, SECOND, *table, TAGS) == [FIRST, SECOND, *table]


def test_headlines_tagged_with_the_same_label_still_go():
    # (under a colon heading, so that only the sides' repeating tells them from a table; the
    # label, 'بالصور', is no lexicon's row)
    links = ["من الذاكرة:", "مهرجان الزيتون يعود إلى القرى - بالصور", "افتتاح مكتبة عامة في البلدة - بالصور",
             "حديقة الحي الشرقي بعد ترميمها - بالصور"]
    assert footer(FIRST, SECOND, *links, SHARE) == [FIRST, SECOND]


def test_a_breadcrumb_and_a_menu_row_with_separators_still_go():
    rows = ["الرئيسية - أخبار - اقتصاد - رياضة", "من نحن - اتصل بنا - أعلن معنا"]
    assert footer(FIRST, SECOND, *rows) == [FIRST, SECOND]


def test_a_heading_with_no_items_under_it_still_goes():
    assert footer(FIRST, SECOND, "تابعونا:", SHARE) == [FIRST, SECOND]


# --- a bracketed note closing the copy ------------------------------------------------------------

def test_a_bracketed_note_closing_the_copy_stays():
    assert footer(FIRST, SECOND, "(يتبع)", SHARE) == [FIRST, SECOND, "(يتبع)"]


def test_a_bracketed_count_or_a_widgets_label_in_brackets_still_goes():
    assert footer(FIRST, SECOND, "(12)", SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "(إعلان)", SHARE) == [FIRST, SECOND]


def test_a_name_in_brackets_over_a_readers_comment_still_goes():
    # (the line under it is no furniture taken: the note closes nothing)
    for name in ("(محمد أحمد)", "(زائر)", "(بدون عنوان)"):
        assert footer(FIRST, SECOND, name, "أحسنتم", SHARE) == [FIRST, SECOND]


def test_a_bracketed_line_printed_twice_on_the_page_still_goes():
    assert footer(FIRST, SECOND, "(بلا عنوان)", "الأكثر قراءة", "(بلا عنوان)") == [FIRST, SECOND]


# --- a line the title step took as the headline's repeat parts nothing ---------------------------

HEADLINE = "طائر الذاكرة يحلق فوق البحر"


def test_closing_lines_under_the_headlines_repeat_stay_over_the_tags():
    from cleaning.pipeline import clean_page
    closing = ["يحاول أن يبلغ الشمس.. وقد يصل", "لكن ظله يبقى على الرمل طويلا"]
    page = "\n".join([HEADLINE, FIRST, SECOND, HEADLINE, *closing, "وسوم: ذاكرة، بحر"])
    text = clean_page("x/9", page.encode()).text
    assert all(line in text for line in closing) and "وسوم" not in text


def test_related_headlines_under_the_headlines_repeat_still_go():
    from cleaning.pipeline import clean_page
    related = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
               "مهرجان الزيتون يعود إلى القرى الجبلية"]
    page = "\n".join([HEADLINE, FIRST, SECOND, HEADLINE, *related, "وسوم: ذاكرة، بحر"])
    text = clean_page("x/9", page.encode()).text
    assert not any(line in text for line in related)


# --- a free verse above the wire's sign-off --------------------------------------------------------

def test_a_free_verse_with_lines_cut_to_a_word_stays_above_the_sign_off():
    poem = ["لو لم أكن بحارا لصرت غيمة", "تمر فوق المدينة كل صباح", "ولم يبق لي غير البحر", "شراعا",
            "ومرفأ", "وموجة تعرف اسمي كل مساء", "تحملني إلى بيت قديم", "ويغني الصيادون عند الفجر"]
    assert footer(FIRST, SECOND, *poem, "(أ ف ب)", SHARE) == [FIRST, SECOND, *poem]


def test_links_with_a_short_line_among_them_above_the_sign_off_still_go_when_one_carries_digits():
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
             "مهرجان الزيتون يعود إلى القرى الجبلية", "صفحة ثانية", "سوق الكتب المستعملة يفتح في 2025",
             "ورشة لتعليم الأطفال زراعة الحدائق"]
    # (the links over the short line stay, as they did before the verse rule: it is no link and
    # the footer keeps what stands above the article's own lines; those under it go)
    assert footer(FIRST, SECOND, *links, "(أ ف ب)", SHARE) == [FIRST, SECOND, *links[:4]]


def test_links_with_one_short_line_among_them_above_the_sign_off_still_go():
    links = ["الحكومة تقرر رفع الأجور في القطاع العام", "مطر غزير يغرق شوارع العاصمة", "فيديو مؤثر",
             "الفريق الوطني يتأهل إلى نهائي البطولة", "سعر الذهب يقفز إلى مستوى قياسي"]
    assert footer(FIRST, SECOND, *links, "(أ ف ب)", SHARE) == [FIRST, SECOND, *links[:3]]


# --- the article's own 'label: headline' subheads --------------------------------------------------

SUBHEAD = "الخطيب: السوق فرصة للمزارعين الصغار"
SUBHEAD2 = "تاجر: الأسعار أقل من أسعار المدينة"
SUBHEAD3 = "زائر: جئت من المدينة لأشتري العسل"
THIRD = ("وقال زائر قدم من المدينة إن السوق صار موعدا أسبوعيا لعائلته، وإن الأسعار فيه أقل بكثير من "
         "أسعار المتاجر الكبرى.")
LAST = ("وأضاف أن البلدية تدرس توسيع الساحة في الربيع المقبل لاستقبال عدد أكبر من العارضين، "
        "بعد أن تقدم عشرات المزارعين بطلبات للمشاركة.")


def test_a_subhead_shaped_as_the_articles_own_stays_under_its_last_paragraph():
    closing = "مزارعة: ننتظر هذا اليوم طوال الأسبوع"
    page = [FIRST, SUBHEAD, SECOND, SUBHEAD2, THIRD, SUBHEAD3, LAST]
    assert footer(*page, closing, TAGS) == [*page, closing]


def test_a_labelled_link_goes_where_the_article_has_no_such_subhead_or_its_label_is_the_pages():
    assert footer(FIRST, SECOND, LAST, "مزارعة: ننتظر هذا اليوم طوال الأسبوع", TAGS) == [FIRST, SECOND, LAST]
    page = [FIRST, SUBHEAD, SECOND, SUBHEAD2, LAST]
    assert footer(*page, "اقرأ أيضا: مهرجان الزيتون يعود إلى القرى", TAGS) == page
    # (one such line in the article is not yet its shape: a question's label, a quoted title)
    assert footer(FIRST, SUBHEAD, SECOND, LAST, "لا تفوّت: مهرجان الزيتون يعود إلى القرى", TAGS) \
        == [FIRST, SUBHEAD, SECOND, LAST]


# --- an address a paragraph announces -------------------------------------------------------------

ANNOUNCING = ("ويمكن للمزارعين الراغبين في المشاركة تسجيل أسمائهم وأنواع منتجاتهم عبر استمارة "
              "البلدية على العنوان التالي:")
ADDRESS = "https://example.org/souq/register"


def test_the_address_a_paragraph_announces_stays_over_the_tags():
    assert footer(FIRST, SECOND, ANNOUNCING, ADDRESS, TAGS) == [FIRST, SECOND, ANNOUNCING, ADDRESS]


def test_a_bare_address_under_a_paragraph_that_announces_nothing_still_goes():
    assert footer(FIRST, SECOND, ADDRESS, TAGS) == [FIRST, SECOND]


def test_footer_links_under_a_poem_still_go():
    links = ["مقالات الكاتب", "صفحة الثقافة", "أرشيف الملاحق"]
    assert footer(FIRST, SECOND, *VERSES, *links) == [FIRST, SECOND, *VERSES]


def test_a_bracketed_placeholder_printed_for_each_item_still_goes():
    # (a comment section the comment step left in the text: a placeholder for each reader's name)
    reply = "فكرة ممتازة ننتظرها من زمان، ونتمنى أن تتكرر في الأحياء الأخرى أيضا."
    # (a reply that is a sentence is the text's lowest line for the footer, which cannot tell it
    # from a paragraph: the first placeholder stands above it; the one under it goes)
    assert footer(FIRST, SECOND, "(مجهول)", reply, "(مجهول)", SHARE) == [FIRST, SECOND, "(مجهول)", reply]
    assert footer(FIRST, SECOND, "(مجهول)", "أحسنتم", "(مجهول)", "شكرا", SHARE) == [FIRST, SECOND]


def test_a_most_read_list_and_a_tag_line_under_a_poem_still_go():
    most_read = ["الأكثر قراءة", "البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
                 "مهرجان الزيتون يعود إلى القرى الجبلية"]
    assert footer(FIRST, SECOND, *VERSES, TAGS, *most_read) == [FIRST, SECOND, *VERSES]


def test_rows_of_the_sites_links_paired_around_a_dash_still_go():
    rows = ["خدمات الموقع", "من نحن - اتصل بنا", "الأرشيف - سياسة الخصوصية"]
    assert footer(FIRST, SECOND, *rows) == [FIRST, SECOND]


def test_a_labelled_link_under_two_subheads_or_filed_under_a_section_still_goes():
    # (two labelled lines between paragraphs are not yet the article's shape)
    page = [FIRST, SUBHEAD, SECOND, SUBHEAD2, LAST]
    assert footer(*page, "ترامب: لن نتراجع عن الرسوم الجمركية", TAGS) == page
    # (a section's label, a lexicon's row or an item of the page's menu, files a link)
    page = [FIRST, SUBHEAD, SECOND, SUBHEAD2, THIRD, SUBHEAD3, LAST]
    assert footer(*page, "رياضة: الأهلي يفوز على الزمالك في القمة", TAGS) == page
    menu = "الرئيسية | سياسة | مجتمع | حوادث"
    assert footer(menu, *page, "مجتمع: ارتفاع الإقبال على الأسواق الشعبية", TAGS) == page


# --- the reviewer's pages: furniture shaped as verse under the text ---------------------------------

def test_vocalized_or_stretched_headlines_with_no_rhyme_or_heading_still_go():
    vocalized = ["الحُكومةُ تُقَرِّرُ رَفْعَ الأُجُور", "مَطَرٌ غَزيرٌ يُغْرِقُ الشَّوارِع", "الفَريقُ الوَطَنِيُّ يَتَأَهَّل",
                 "سِعْرُ الذَّهَبِ يَقْفِز"]
    assert footer(FIRST, SECOND, *vocalized, SHARE) == [FIRST, SECOND]
    # (two short lines over the share bar are the tail rule's, kept as the story's last lines)
    assert footer(FIRST, SECOND, *vocalized[1:3], COPYRIGHT) == [FIRST, SECOND]
    stretched = ["الـحـكـومـة تـقـرر رفـع الأجـور", "مـطـر غـزيـر يـغـرق الـشـوارع", "الـفـريـق الـوطـنـي يـتـأهـل"]
    assert footer(FIRST, SECOND, *stretched, SHARE) == [FIRST, SECOND]
    mixed = [vocalized[0], "مطر غزير يغرق الشوارع", vocalized[2], "سعر الذهب يقفز"]
    assert footer(FIRST, SECOND, *mixed, SHARE) == [FIRST, SECOND]


def test_vocalized_names_keywords_comments_and_a_prayer_slogan_still_go():
    poets = ["شُعَراءُ المَوْقِع", "المُتَنَبِّي", "أَبُو تَمّام", "البُحْتُرِيّ", "نِزار قَبّانِي"]
    assert footer(FIRST, SECOND, *poets, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "الزِّراعَة", "المُزارِعون", "الجَنوب", SHARE) == [FIRST, SECOND]
    comments = ["بارَكَ اللهُ فيكُم وَجَزاكُم خَيْراً", "اللّهُمَّ وَفِّقْ مُزارِعينا", "أَحْسَنْتُم"]
    assert footer(FIRST, SECOND, *comments, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "اللّهُمَّ صَلِّ عَلى مُحَمَّد", "سُبْحانَ اللهِ وَبِحَمْدِه", COPYRIGHT) == [FIRST, SECOND]


HEMISTICHS = ["إِذا الشَّعْبُ يَوْماً أَرادَ الحَياةَ", "فَلا بُدَّ أَنْ يَسْتَجيبَ القَدَرْ", "وَلا بُدَّ لِلَّيْلِ أَنْ يَنْجَلي",
              "وَلا بُدَّ لِلْقَيْدِ أَنْ يَنْكَسِرْ"]


def test_a_poem_a_hemistich_to_a_line_stays_and_a_vocalized_more_list_under_it_goes():
    # (every second line closes a verse with the rhyme; the list's label opens with 'المزيد')
    more = ["المَزيدُ مِنْ أَخْبار", "الحُكومةُ تُقَرِّرُ رَفْعَ الأُجُور", "مَطَرٌ غَزيرٌ يُغْرِقُ الشَّوارِع"]
    assert footer(FIRST, SECOND, *HEMISTICHS, *more, SHARE) == [FIRST, SECOND, *HEMISTICHS]


def test_readers_prayers_under_two_hemistichs_or_a_prompt_after_an_asterisk_prove_no_poem():
    prayers = ["رَحِمَهُ اللهُ رَحْمَةً واسِعَة", "اللّهُمَّ اغْفِرْ لَهُ وَارْحَمْه"]
    assert footer(FIRST, SECOND, *HEMISTICHS[:2], *prayers, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, *HEMISTICHS[:2], "* اشترك في نشرتنا", SHARE) == [FIRST, SECOND]


def test_two_vocalized_lines_far_apart_among_plain_headlines_are_no_poem_even_rhymed():
    lines = ["الحُكومةُ تُقَرِّرُ رَفْعَ الأُجُور", "البلدية تفتتح سوق الزهور", "ارتفاع أسعار الخبز والتمور",
             "مهرجان للأطفال في القصور", "البَلَدِيَّةُ تُرَمِّمُ السُّور"]
    assert footer(FIRST, SECOND, *lines, SHARE) == [FIRST, SECOND]


# --- the reviewer's pages: widgets shaped as a table under the text ---------------------------------

def test_titled_widgets_with_dot_leaders_still_go():
    for widget in (["الطقس", "القاهرة ..... مشمس", "الإسكندرية ..... غائم", "أسوان ..... حار"],
                   ["مواقيت الصلاة", "الفجر ..... الرابعة والنصف", "الظهر ..... الثانية عشرة", "العصر ..... الثالثة"],
                   ["ترتيب الدوري", "الأهلي ..... الأول", "الزمالك ..... الثاني", "بيراميدز ..... الثالث"]):
        assert footer(FIRST, SECOND, *widget, SHARE) == [FIRST, SECOND]


MATCHES = ["الأهلي - الزمالك", "الإسماعيلي - المصري", "الاتحاد - سموحة"]


def test_pairs_around_a_dash_announced_by_nothing_still_go():
    assert footer(FIRST, SECOND, *MATCHES, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "مباريات اليوم", *MATCHES, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "أرامكو - ارتفاع", "سابك - انخفاض", "الراجحي - ثبات", SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "أبو علي - القاهرة", "أم سارة - الرياض", "سامي - عمان", SHARE) == [FIRST, SECOND]


def test_fixtures_announced_by_a_colon_stay_with_any_separator_or_score():
    lead = "وفي ما يلي برنامج مباريات الجولة المقبلة:"
    assert footer(FIRST, SECOND, lead, *MATCHES, SHARE) == [FIRST, SECOND, lead, *MATCHES]
    for table in (["يوم السبت:", "الأهلي × الزمالك", "الإسماعيلي × المصري"],
                  ["يوم السبت:", "الأهلي ضد الزمالك", "الإسماعيلي ضد المصري"],
                  ["نتائج الجولة:", "الأهلي 2 - 1 الزمالك", "الإسماعيلي 0 - 0 المصري"]):
        assert footer(FIRST, SECOND, *table, SHARE) == [FIRST, SECOND, *table]


def test_scores_or_crosses_announced_by_nothing_still_go():
    assert footer(FIRST, SECOND, "الأهلي 2 - 1 الزمالك", "الإسماعيلي 0 - 0 المصري", COPYRIGHT) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "الأهلي × الزمالك", "الإسماعيلي × المصري", COPYRIGHT) == [FIRST, SECOND]


# --- each guard of the runs, on a page where it alone decides ---------------------------------------

def test_vocalized_names_under_a_short_heading_still_go():
    # (the heading would be a poem's evidence: the names are no verses, a word or two each; the
    # heading itself, a short line under the text, is the signature rule's to judge)
    names = ["المُتَنَبِّي", "أَبُو تَمّام", "البُحْتُرِيّ"]
    assert footer(FIRST, SECOND, "شعراء الموقع:", *names, COPYRIGHT) == [FIRST, SECOND]
    kept = footer(FIRST, SECOND, "من شعراء الموقع", *names, COPYRIGHT)
    assert kept[:2] == [FIRST, SECOND] and not any(name in kept for name in names)
    # (short thanks rhyme as readers write them: a word or two each, no verses)
    assert footer(FIRST, SECOND, "أَحْسَنْتُم", "شُكْراً لَكُم", "بُورِكْتُم", COPYRIGHT) == [FIRST, SECOND]


def test_verses_announced_by_a_lead_in_stay_without_a_rhyme():
    block = ["ويختم الشاعر قصيدته الأخيرة بقوله:", "سـنـبـقـى هـنـا رغـم الـريـاح", "ونـزرع فـي الـحـقـول الأمـل"]
    assert footer(FIRST, SECOND, *block, COPYRIGHT) == [FIRST, SECOND, *block]


def test_vocalized_comments_under_a_readers_name_still_go():
    comment = ["بارَكَ اللهُ فيكُم وَجَزاكُم خَيْراً", "اللّهُمَّ وَفِّقْ مُزارِعينا وَأَهْلَهُم"]
    assert footer(FIRST, SECOND, "أبو علي", *comment, COPYRIGHT) == [FIRST, SECOND]


def test_a_vocalized_list_label_stops_the_poem_and_its_list_goes():
    more = ["الأَكْثَرُ قِراءَةً اليَوْم", "مَطَرٌ غَزيرٌ يُغْرِقُ الشَّوارِع", "الفَريقُ الوَطَنِيُّ يَتَأَهَّل",
            "البَلَدِيَّةُ تُرَمِّمُ السُّور"]
    assert footer(FIRST, SECOND, *VERSES, *more, SHARE) == [FIRST, SECOND, *VERSES]


def test_fixtures_under_a_paragraph_ending_with_a_colon_stay():
    lead = "وتقام مباريات الجولة المقبلة يوم الجمعة على الملاعب التالية وفق البرنامج الآتي:"
    assert footer(FIRST, SECOND, lead, *MATCHES, COPYRIGHT) == [FIRST, SECOND, lead, *MATCHES]


def test_the_sites_links_paired_by_dot_leaders_still_go():
    assert footer(FIRST, SECOND, "من نحن ..... اتصل بنا", "الأرشيف ..... سياسة الخصوصية", COPYRIGHT) == [FIRST, SECOND]


def test_pairs_under_a_widgets_label_ending_with_a_colon_still_go():
    pairs = ["اخترنا لكم:", "أزمة المياه - الجزيرة", "سوق الذهب - العربية", "موسم الزيتون - الشرق"]
    assert footer(FIRST, SECOND, *pairs, COPYRIGHT) == [FIRST, SECOND]


def test_a_labelled_link_under_subheads_of_one_label_still_goes():
    # (one label over each paragraph is the article's own list, read by its labels: no speakers)
    page = [FIRST, "الخطيب: السوق فرصة للمزارعين", SECOND, "الخطيب: الأسعار أقل من المدينة", THIRD,
            "الخطيب: سنوسع الساحة قريبا", LAST]
    assert footer(*page, "مزارعة: ننتظر هذا اليوم طوال الأسبوع", TAGS) == page


def test_links_with_two_short_lines_among_them_above_the_sign_off_go_when_one_carries_digits():
    # (no free verse carries a year: the lines over the lowest short line stay, as above)
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم", "صفحة ثانية",
             "مهرجان الزيتون يعود إلى القرى الجبلية", "ملف خاص", "سوق الكتب المستعملة يفتح في 2025",
             "ورشة لتعليم الأطفال زراعة الحدائق"]
    assert footer(FIRST, SECOND, *links, "(أ ف ب)", SHARE) == [FIRST, SECOND, *links[:5]]
