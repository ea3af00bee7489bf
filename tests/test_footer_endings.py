"""How articles end where their source ends them (`scripts/evaluate.py --real dev --endings end`
showed these shapes lost as page furniture): a poem in couplets, a verse quoting in guillemets, a
vocalized half-verse among verses, a table cell in brackets, a record's last fields, a chronology,
dated parts of an article over its wire's sign-off. Each kept shape has furniture of the same
structure beside it that must still go. Lines written for these tests."""

from __future__ import annotations

from cleaning.comments import extract_comments
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


def test_a_plain_name_among_announced_verses_still_ends_them():
    got = footer(FIRST, ANNOUNCING, *COUPLETS[:2], "سامر الخطيب", *COUPLETS[2:], SHARE)
    assert got == [FIRST, ANNOUNCING, *COUPLETS[:2]]


# --- tables, records, chronologies ---------------------------------------------------------------

TABLE = ["النادي الأهلي ........ نادي الشباب", "نادي الرمثا ........ (الفائز من لقاء نادي الكرمل-نادي السلط)",
         "نادي الوحدة ........ الاتحاد الرياضي"]


def test_a_table_cell_in_brackets_is_still_a_cell():
    assert footer(FIRST, SECOND, *TABLE, SHARE) == [FIRST, SECOND, *TABLE]
    assert footer(FIRST, SECOND, *TABLE[::-1], SHARE) == [FIRST, SECOND, *TABLE[::-1]]


CARD = ["التشكيلة: سامر حداد، وليد ناصر، ماهر سعيد، كريم علي، عادل يوسف، رامي زيدان، فؤاد حسن وأنس بكر "
        "في الخط الأمامي مع المدرب.", "البدلاء: نبيل عمر وفراس خليل ومازن جابر."]


def test_a_records_last_fields_stay_under_its_fields_the_text_closes_with():
    last = "الحكام: فادي منصور، سمير داود، جميل حنا، والحكم الرابع وائل سليم"  # (a labelled headline's shape)
    assert footer(FIRST, *CARD, last, SHARE) == [FIRST, *CARD, last]
    assert footer(FIRST, *CARD, last, "الملعب: ستاد البلدية", SHARE) == [FIRST, *CARD, last, "الملعب: ستاد البلدية"]


def test_a_tag_line_or_a_known_label_under_the_record_still_goes():
    assert footer(FIRST, *CARD, TAGS, SHARE) == [FIRST, *CARD]
    assert footer(FIRST, *CARD, "اقرأ أيضا: فوز عريض للفريق في مباراة الذهاب", SHARE) == [FIRST, *CARD]
    assert footer(FIRST, *CARD, "مواضيع ذات صلة: كتب، ثقافة", SHARE) == [FIRST, *CARD]


CHRONOLOGY = ["مسيرته", "1975 نال إجازة الحقوق من جامعة دمشق", "81 / 1984 عمل أستاذا في كلية الآداب",
              "2003 انتخب رئيسا لاتحاد الكتاب"]


def test_a_chronology_with_its_title_stays_over_the_share_bar():
    assert footer(FIRST, SECOND, *CHRONOLOGY, SHARE) == [FIRST, SECOND, *CHRONOLOGY]


def test_an_archive_listing_years_most_recent_first_or_bare_still_goes():
    archive = ["2019 حصاد العام الثقافي", "2018 حصاد العام الثقافي", "2017 حصاد العام الثقافي"]
    assert footer(FIRST, SECOND, *archive, SHARE) == [FIRST, SECOND]
    assert footer(FIRST, SECOND, "2019", "2018", "2017", SHARE) == [FIRST, SECOND]


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
