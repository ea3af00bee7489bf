"""How articles end where their source ends them (`scripts/evaluate.py --real dev --endings end`
showed these shapes lost as page furniture or taken as readers): a poem in couplets, a verse quoting
in guillemets, a vocalized half-verse cut with dots among verses, a table cell in brackets, a
fixture list under the writer's colon headings, dated parts of an article over its wire's sign-off.
Each kept shape has furniture or readers of the same structure beside it that must still go.
Lines written for these tests."""

from __future__ import annotations

from cleaning.comment_lines import author_and_time
from cleaning.comment_lists import article_run
from cleaning.comments import extract_comments
from cleaning.edges import remove_footer
from cleaning.footer_runs import announced_table
from cleaning.repetition import shuffled_fingerprint
from test_body_closing import FIRST, SECOND, footer
from test_cleaners import LEAD, PARAGRAPH, doc_of, texts

SHARE = "شارك على فيسبوك"
TAGS = "وسوم: رياضة، كرة القدم"
ANNOUNCING = ("وقد نظم الشيخ هذه القواعد في أرجوزة يحفظها طلابه حتى اليوم، ومما جاء فيها قوله، "
              "وهو يشرح الفرق بين أنواع الرواية:")

# --- verses -------------------------------------------------------------------------------------

COUPLETS = ["العِلْمُ نُورٌ لِلْفَتَى يَهْدِيهِ", "وَالجَهْلُ لَيْلٌ مُظْلِمٌ يُعْمِيهِ",
            "مَنْ جَدَّ فِي دَرْبِ العُلا وَجَدْ", "وَمَنْ تَوَانَى عَنْ طِلابِهِ قَعَدْ",
            "فَاصْبِرْ عَلَى مُرِّ الدُّرُوسِ تَفُزْ", "بِالمَجْدِ يَوْمًا وَالثَّنَاءِ تَحُزْ"]


def test_a_poem_in_couplets_each_with_its_own_rhyme_stays_over_the_share_bar():
    assert footer(FIRST, SECOND, *COUPLETS, SHARE) == [FIRST, SECOND, *COUPLETS]


def test_vocalized_headlines_whose_ends_pair_only_here_and_there_still_go():
    headlines = ["اِفْتِتاحُ مَعْرِضِ الكِتابِ في المَدينَةِ", "نَدْوَةٌ عَنْ أَدَبِ الرِّحْلاتِ وَالكِتابِ",
                 "مِهْرَجانُ المَسْرَحِ يَعودُ في الرَّبيعِ", "جائِزَةٌ لِلرِّوايَةِ الأولى هذا العامَ"]
    assert footer(FIRST, SECOND, *headlines, SHARE) == [FIRST, SECOND]


QUOTING = ["«دَرْبُ الوَفاءِ» بِالصّابِرينَ طَويلُ", "وَالصَّبْرُ في لَيْلِ الخُطوبِ دَليلُ",
           "وَلِكُلِّ ضيقٍ في الحَياةِ سَبيلُ"]


def test_a_verse_quoting_a_phrase_in_guillemets_is_still_verse():
    assert footer(FIRST, SECOND, *QUOTING, SHARE) == [FIRST, SECOND, *QUOTING]


def test_a_breadcrumbs_lone_arrow_under_the_verses_still_goes():
    assert footer(FIRST, SECOND, *QUOTING, "الرئيسية » ثقافة", SHARE) == [FIRST, SECOND, *QUOTING]


def test_a_vocalized_half_verse_among_announced_verses_keeps_the_rest():
    verses = [*COUPLETS[:2], "(وَالحِلْمُ) ......", *COUPLETS[2:]]
    assert footer(FIRST, ANNOUNCING, *verses, SHARE) == [FIRST, ANNOUNCING, *verses]


def test_a_vocalized_readers_name_and_comment_under_announced_verses_still_go():
    reader = ["أَبو مُحَمَّد", "أَبْياتٌ جَميلَةٌ بارَكَ اللهُ فيكَ يا شاعِرَنا"]
    assert footer(FIRST, ANNOUNCING, *COUPLETS, *reader, SHARE) == [FIRST, ANNOUNCING, *COUPLETS]


def test_a_plain_name_among_announced_verses_still_ends_them():
    got = footer(FIRST, ANNOUNCING, *COUPLETS[:2], "سامر الخطيب", *COUPLETS[2:], SHARE)
    assert got == [FIRST, ANNOUNCING, *COUPLETS[:2]]


# --- tables, records, chronologies ---------------------------------------------------------------

TABLE = ["النادي الأهلي ........ نادي الشباب", "نادي الرمثا ........ (الفائز من لقاء نادي الكرمل-نادي السلط)",
         "نادي الوحدة ........ الاتحاد الرياضي"]


def test_a_table_cell_in_brackets_is_still_a_cell():
    assert footer(FIRST, SECOND, *TABLE, SHARE) == [FIRST, SECOND, *TABLE]
    assert footer(FIRST, SECOND, *TABLE[::-1], SHARE) == [FIRST, SECOND, *TABLE[::-1]]


def test_a_table_whose_cells_are_all_in_brackets_stays_under_its_lead_in():
    lead = "وتقام مباريات الدور المقبل على النحو الآتي:"
    table = ["نادي الرمثا ........ (الفائز من لقاء الكرمل والسلط)", "النادي الأهلي ........ (نادي الشباب)",
             "نادي الوحدة ........ (صاحب المركز الثالث)"]
    assert footer(FIRST, SECOND, lead, *table, SHARE) == [FIRST, SECOND, lead, *table]


FIXTURE_PAGE = ["ويفتتح الفريقان الموسم الجديد بمواجهات قوية، إذ أسفرت القرعة التي جرت أمس في مقر الاتحاد "
                "عن لقاءات متكافئة في الجولة الأولى التي تنطلق نهاية الأسبوع المقبل.",
                "مباريات يوم الجمعة:", "نادي الرمثا - نادي السلط س 16", "النادي الأهلي - نادي الشباب س 18",
                "مباريات يوم السبت:", "نادي الوحدة - نادي الجزيرة س 17", "نادي الفيصلي - نادي الحسين س 19"]
FIXTURE_READERS = ["التعليقات", "أبو سالم", "منذ ساعتين", "مباريات نارية من أول جولة", "رد",
                   "ريم", "منذ 4 ساعات", "الرمثا سيفوز بإذن الله", "رد"]


def test_fixtures_under_the_writers_colon_headings_are_no_readers_dash_lines():
    doc = extract_comments(doc_of(LEAD, *FIXTURE_PAGE, SHARE, *FIXTURE_READERS))
    assert texts(doc)[:1 + len(FIXTURE_PAGE)] == [LEAD, *FIXTURE_PAGE]
    assert [c.text for c in doc.comments] == [FIXTURE_READERS[3], FIXTURE_READERS[7]]


def test_the_fixture_run_is_the_articles_whatever_hour_its_items_print():
    doc = doc_of(LEAD, *FIXTURE_PAGE, SHARE, *FIXTURE_READERS)
    first = texts(doc).index(FIXTURE_PAGE[2])
    assert article_run(doc, first, first + 1) and article_run(doc, first + 3, first + 4)
    # (readers' sentences after the dash, under a colon line: no table's two names)
    said = ["سامي الخطيب - مباراة قوية والحكم كان ممتازا اليوم في الشوط الثاني",
            "ليلى حسن - أتمنى التوفيق للفريقين في هذا الموسم الطويل"]
    readers = doc_of(LEAD, FIXTURE_PAGE[0], "آراء المشجعين:", *said, *FIXTURE_PAGE[4:], SHARE, *FIXTURE_READERS)
    assert not announced_table(readers.lines, 3, 4)


def test_readers_dash_lines_with_no_colon_heading_are_still_readers():
    readers = ["سامي الخطيب - مباراة قوية والحكم كان ممتازا اليوم", "ليلى حسن - أتمنى التوفيق للفريقين في هذا الموسم",
               "أبو سالم - الرمثا سيفوز بإذن الله على كل الفرق"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, SHARE, *readers))
    assert len(doc.comments) == 3 and "سامي الخطيب" not in repr((doc.lines, doc.comments, doc.removed))


# --- dated parts of the article over its wire's sign-off ------------------------------------------

GOLD = ("وتحرك سعر الذهب في نطاق ضيق خلال تعاملات الأمس بين مستوى الدعم ومستوى المقاومة، في انتظار "
        "بيانات التضخم الأمريكية المقرر صدورها نهاية الأسبوع.")
SILVER = ("وتراجعت الفضة بشكل طفيف مع ارتفاع الدولار، بينما يرى المحللون أن الاتجاه العام ما زال "
          "صاعدا على المدى المتوسط ما دام السعر فوق متوسطه المتحرك.")
PARTS = ["قراءة في أداء الذهب", "الذهب يحافظ على مكاسبه 14/03/2019", GOLD,
         "قراءة في أداء الفضة", "الفضة تتراجع قليلا 14/03/2019", SILVER]
READERS = ["سامي الأحمد", "منذ 3 ساعات", "تحليل مفيد وواضح شكرا لكم",
           "ليلى", "منذ 5 ساعات", "أتمنى نشر توقعات الأسبوع القادم أيضا"]


def test_dated_parts_over_the_wires_sign_off_stay_the_articles_and_readers_under_it_are_taken():
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *PARTS, "- واس", SHARE, "التعليقات (2)", *READERS))
    assert texts(doc)[:2 + len(PARTS)] == [LEAD, PARAGRAPH, *PARTS]
    assert [c.text for c in doc.comments] == [READERS[2], READERS[5]]


def test_the_same_blocks_with_no_sign_off_under_them_are_still_read_as_readers():
    blocks = ["سامي الأحمد 14/03/2019", "تحليل مفيد وواضح شكرا لكم على هذا الجهد الكبير",
              "ليلى حسن 14/03/2019", "أتمنى نشر توقعات الأسبوع القادم أيضا في الموقع"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *blocks, SHARE))
    # (the last text takes the share bar under it along: the known leak of a section with no heading)
    assert [c.text.split("\n")[0] for c in doc.comments] == [blocks[1], blocks[3]]
    assert "سامي الأحمد" not in repr((doc.lines, doc.comments, doc.removed))


def test_readers_over_a_labelled_source_line_are_still_readers():
    blocks = ["سامي الأحمد 14/03/2019", "تحليل مفيد وواضح شكرا لكم على هذا الجهد الكبير",
              "ليلى حسن 15/03/2019", "أتمنى نشر توقعات الأسبوع القادم أيضا في الموقع"]
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, SHARE, *blocks, "المصدر: وكالات"))
    assert [c.text.split("\n")[0] for c in doc.comments] == [blocks[1], blocks[3]]



# --- a bracketed name over the site's own bar: no editor's note --------------------------------------

BAR = "انشر الخبر عبر واتساب وتلغرام"  # (no lexicon's row: the site's bar, known by its repetition)


def _over_bar(*lines: str) -> list[str]:
    return texts(remove_footer(doc_of(*lines), boilerplate=frozenset({shuffled_fingerprint(BAR)})))


def test_a_bracketed_name_right_over_the_sites_bar_still_goes():
    # (a reader's pseudonym signing a comment no step found: '(يتبع)' there reads the same, and goes too)
    assert _over_bar(FIRST, SECOND, "(زائر)", BAR) == [FIRST, SECOND]
    assert _over_bar(FIRST, SECOND, "(زائر)", "أحسنتم", BAR) == [FIRST, SECOND]

# --- a digest's date over its paragraph is no reader's signature ----------------------------------

def test_a_date_alone_names_no_one_and_a_name_with_a_date_still_signs():
    assert author_and_time("10 - يناير - 2011") is None
    assert author_and_time("سامي الخطيب - 10 يناير 2011") == ("سامي الخطيب", "10 يناير 2011")


def test_a_digest_closing_on_its_date_keeps_its_paragraphs_and_takes_no_share_bar_as_a_comment():
    digest = ["04 - مارس - 2019", GOLD, "06 - مارس - 2019", SILVER, "09 - مارس - 2019"]
    share = "غرد عبر تويتر وشارك عبر واتساب وفيسبوك"
    doc = extract_comments(doc_of(LEAD, PARAGRAPH, *digest, share, "التعليقات", *READERS))
    assert GOLD in texts(doc) and SILVER in texts(doc) and share in texts(doc)
    assert [c.text for c in doc.comments] == [READERS[2], READERS[5]]


def test_an_interviews_question_and_answer_under_the_text_stay_and_break_nothing():
    qa = ["س: هل ستترشح للانتخابات المقبلة؟", "ج: لم أقرر بعد"]  # (labels of one letter: no link's label)
    assert footer(FIRST, SECOND, *qa, SHARE) == [FIRST, SECOND, *qa]
