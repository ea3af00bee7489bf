"""An article's closing list that a short sentence hands over to, or that it counts in words
(`lists.hands_over`, `lists.counted_items`, `lists.ordinal_number`): a helper's pages of endings
from papers of ten countries lost these as page furniture ('وتتلخص مطالب النقابة في:' over
'١- ...', 'أولا: ...' / 'ثانيا: ...'). The count or the mark is where the list stops; furniture of
the same shape under a widget's label (a reviewer's 246 pages: 'اقرأ المزيد عن:', 'مواقيت الصلاة في:',
'ردود الزوار على:' over numbered readers), and whatever follows the list, still go.
Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaning.lists import hands_over, item_number, ordinal_number
from test_body_closing import FIRST, SECOND, footer

SHARE = "شارك على فيسبوك"
RELATED = ["افتتاح مهرجان الربيع للفنون الشعبية في الساحة الكبرى",
           "تراجع أسعار الخضار في أسواق الجملة بعد موسم وفير",
           "المنتخب يستعد لمباراته الودية أمام ضيفه الأسبوع المقبل"]
POINTS = ["صيانة شبكة المياه في الأحياء الشرقية", "توظيف خريجي المعاهد الفنية",
          "إنشاء مركز صحي في كل قرية"]


@pytest.mark.parametrize("text, number", [
    ("أولا: صيانة شبكة المياه", 1), ("ثانياً - توظيف الخريجين", 2), ("ثالثا، إنشاء مركز صحي", 3),
    ("رابعا. تعبيد الطرق", 4), ("خامسا ـ إنارة الشوارع", 5),
    ("٢- توظيف الخريجين", 2),
    ("أولاد الحي: لعبنا هنا", None), ("15 - 08 - 2012", None), ("ثانيا", None)])
def test_an_item_is_counted_in_figures_or_in_words(text, number):
    assert item_number(text) == number


def test_only_a_rank_in_words_is_an_ordinal():
    assert ordinal_number("رابعا: تحسين الطرق") == 4 and ordinal_number("4- تحسين الطرق") is None


@pytest.mark.parametrize("text, hands", [
    ("وتتلخص مطالب الأهالي في:", True), ("وشدد المجلس على:", True), ("وأكد على:", False),
    ("ونصح المهندسون بما يلي:", True), ("وطالب الموقعون بـ:", True), ("وجاءت النتائج كالتالي:", True),
    ("الأكثر تداولا:", False), ("ولمزيد من الأخبار:", False), ("المصادر:", False),
    ("اقرأ المزيد عن:", False), ("مواقيت الصلاة في:", False), ("ردود الزوار على:", False),
    ("وتتلخص مطالب الأهالي في", False)])
def test_a_sentence_hands_over_when_it_stops_on_a_hanging_word(text, hands):
    assert hands_over(text) is hands


def test_points_counted_in_words_under_a_sentence_stay_over_the_share_bar():
    points = [f"{rank}: {point}" for rank, point in zip(("أولا", "ثانيا", "ثالثا"), POINTS)]
    assert footer(FIRST, SECOND, *points, SHARE) == [FIRST, SECOND, *points]


def test_a_first_point_long_enough_to_read_as_text_keeps_the_points_under_it():
    first = "أولا: الإسراع في صيانة شبكة المياه في الأحياء الشرقية التي تنقطع عنها المياه منذ أسابيع طويلة"
    rest = ["ثانيا: توظيف خريجي المعاهد الفنية", "ثالثا: إنشاء مركز صحي في كل قرية"]
    assert footer(FIRST, SECOND, first, *rest, SHARE) == [FIRST, SECOND, first, *rest]


def test_headlines_counted_in_figures_under_a_finished_sentence_still_go():
    counted = [f"{n}- {headline}" for n, headline in enumerate(RELATED, start=1)]
    assert footer(FIRST, SECOND, *counted, SHARE) == [FIRST, SECOND]


def test_a_short_sentence_handing_over_keeps_its_counted_points_and_the_headlines_under_them_go():
    lead_in = "وتتلخص مطالب الأهالي في:"
    counted = [f"{n}- {point}" for n, point in zip("١٢٣", POINTS)]
    assert footer(FIRST, SECOND, lead_in, *counted, *RELATED, SHARE) == [FIRST, SECOND, lead_in, *counted]


def test_dashed_points_under_a_short_sentence_still_go_with_no_count_to_end_them():
    # (a reviewer's pages set the site's dashed services and readers' dashed names right under such
    # a list: with no count, nothing says where the writer's points stop)
    lead_in = "وشدد المجلس البلدي على:"
    dashed = [f"- {point}" for point in POINTS]
    assert footer(FIRST, SECOND, lead_in, *dashed, "- ناديا الخطيب: مقال ممتاز ويستحق القراءة", SHARE) == [FIRST, SECOND]


def test_a_widgets_label_ending_on_a_preposition_over_numbered_readers_still_goes():
    readers = ["1- أم ريان: قرار صائب ونتمنى الاستمرار", "2- سامر من طرابلس: شكرا على الخبر المفيد"]
    assert footer(FIRST, SECOND, "ردود الزوار على:", *readers, SHARE) == [FIRST, SECOND]


RULES = ["أولا: يرجى الالتزام بآداب الحوار وعدم الإساءة لأي شخص أو جهة أو دين أو مذهب أو منطقة جغرافية",
         "ثانيا: يمنع نشر الروابط الإعلانية", "ثالثا: التعليقات تعبر عن رأي أصحابها فقط"]


@pytest.mark.parametrize("heading", [["شروط نشر التعليقات:"], []])
def test_a_comment_areas_rules_counted_in_words_still_go_under_a_heading_or_none(heading):
    # (the first rule is long enough to read as a paragraph: the rules under it are no points of the
    # story's, for the heading over them, or for their words naming the comments they govern)
    kept = footer(FIRST, SECOND, *heading, *RULES, SHARE)
    assert RULES[1] not in kept and RULES[2] not in kept


def test_a_widgets_label_over_counted_headlines_still_goes():
    counted = [f"{n}- {headline}" for n, headline in enumerate(RELATED, start=1)]
    assert footer(FIRST, SECOND, "الأكثر تداولا:", *counted, SHARE) == [FIRST, SECOND]


def test_follow_us_over_the_networks_still_goes_though_it_ends_on_a_preposition():
    networks = ["- فيسبوك", "- تويتر", "- يوتيوب"]
    assert footer(FIRST, SECOND, "تابعونا على:", *networks) == [FIRST, SECOND]


def test_a_count_that_restarts_is_a_second_list_not_the_first_going_on():
    lead_in = "وتتلخص مطالب الأهالي في:"
    counted = [f"{n}- {point}" for n, point in zip("123", POINTS)]
    again = [f"{n}- {headline}" for n, headline in zip("12", RELATED)]
    assert footer(FIRST, SECOND, lead_in, *counted, "الأكثر تداولا", *again, SHARE) \
        == [FIRST, SECOND, lead_in, *counted]
