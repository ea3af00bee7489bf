"""Comment sections under an article with no line long enough to read as a paragraph: a feed cut its
last (or only) paragraph after a few words, mid-sentence, or a tool hard-wrapped its paragraphs into
short lines. The article's foot (its share bar, its tags, its wire's credit) still closes the story,
so the readers under it are found by their section's shape and their names leave under pseudonyms
(`comment_lists.foot_closes_text`). Pages written here in new words."""

from __future__ import annotations

from cleaning.comment_lists import foot_closes_text
from cleaning.comments import extract_comments
from cleaning.pipeline import clean_page
from test_cleaners import doc_of, texts

HEADLINE = "افتتاح سوق شعبي جديد في حي الزيتون"
CUT = "افتتحت بلدية المدينة صباح أمس سوقا شعبيا يضم"  # (a feed's length limit cut the sentence here)
TAGS = "الكلمات المفتاحية: أسواق، بلديات"
SHARE = "شارك على فيسبوك غرّد على تويتر واتساب"


def _published(doc) -> str:
    return repr((doc.lines, doc.comments, doc.removed))


def _page(*lines: str) -> bytes:
    return "\n".join(lines).encode()


NUMBERED = ["3 تعليقات",
            "1. سالم الفارس", "خطوة ممتازة ونتمنى أن تكون الأسعار في متناول الجميع", "👍 12 👎 1",
            "2. nour_bk", "أين يقع السوق بالتحديد؟ لم أجد العنوان في الخبر", "👍 3 👎 0",
            "3. أم خالد", "الأهم أن تبقى نظيفة ومنظمة كما وعدوا", "👍 8 👎 2"]


def test_numbered_readers_under_an_article_cut_mid_sentence():
    doc = clean_page("x/1", _page(HEADLINE, CUT, TAGS, SHARE, *NUMBERED, "أضف تعليقك", "الاسم", "إرسال"))
    assert CUT in doc.text  # the cut paragraph is the article's, kept
    assert len(doc.comments) == 3
    assert doc.comments[1].text.startswith("أين يقع السوق")
    for name in ("سالم الفارس", "nour_bk", "أم خالد"):
        assert name not in _published(doc)  # not in the text, nor recorded as printed in `removed`


def test_named_and_timed_readers_under_a_cut_article_with_no_heading():
    readers = ["مراد التونسي", "12/05/2019 18:40", "ننتظر افتتاح أسواق مثلها في بقية الأحياء",
               "hala_m", "13/05/2019 09:15", "هل ستفتح أيام الجمعة أيضا أم في أيام العمل فقط؟",
               "أبو سامي", "14/05/2019 21:02", "الفكرة جيدة لكن المواقف قليلة حول المكان"]
    doc = clean_page("x/2", _page(HEADLINE, "الزيتون - " + CUT, SHARE, *readers))
    assert "الزيتون - " + CUT in doc.text
    assert len(doc.comments) == 3
    for name in ("مراد التونسي", "hala_m", "أبو سامي"):
        assert name not in _published(doc)


def test_readers_under_an_article_hard_wrapped_into_short_lines():
    # one paragraph wrapped at about fifty columns: no line a paragraph long, the last one too short
    # to read as a sentence
    wrapped = ["افتتحت بلدية المدينة صباح أمس سوقا شعبيا جديدا يضم مئة محل",
               "في حي الزيتون."]
    doc = extract_comments(doc_of(HEADLINE, *wrapped, SHARE, *NUMBERED))
    assert texts(doc) == [HEADLINE, *wrapped, SHARE]
    assert len(doc.comments) == 3
    for name in ("سالم الفارس", "nour_bk", "أم خالد"):
        assert name not in _published(doc)


def test_a_count_link_under_a_share_bar_over_the_story_leaves_the_story():
    # a share bar right under the headline and the writer's name, a link counting the comments, then
    # the story: the bar over the story closes nothing, whether it is printed again under it or not
    story = ["افتتحت بلدية المدينة صباح أمس سوقا شعبيا جديدا في حي الزيتون يضم أكثر من مئة محل للخضار.",
             "وقال رئيس البلدية إن السوق سيفتح أبوابه يوميا من السابعة صباحا حتى العاشرة ليلا.",
             "وأضاف أن إيجارات المحلات ستبقى رمزية خلال السنة الأولى لتشجيع صغار التجار."]
    for under in ([SHARE], []):
        doc = extract_comments(doc_of(HEADLINE, "ليلى النجار من الزيتون", SHARE, "3 تعليقات", *story, *under))
        assert all(paragraph in texts(doc) for paragraph in story) and not doc.comments


def _headed(*lines: str):
    """The page with its headline taken out as the title step takes it, and the comment heading's index."""
    doc = doc_of(HEADLINE, *lines)
    doc = doc.with_(lines=doc.lines[1:], title=HEADLINE, title_line=doc.lines[0].number)
    return doc, texts(doc).index(NUMBERED[0])


def test_the_foot_closes_the_text_above_it_not_a_credit_over_the_text():
    assert foot_closes_text(*_headed(CUT, SHARE, *NUMBERED))
    # a wire's credit over the story, no foot under its text: nothing closes the story there
    assert not foot_closes_text(*_headed("المصدر: وكالة الأنباء المحلية", CUT, *NUMBERED))
    # a line of the page's furniture is no text of the article (a form's button)
    assert not foot_closes_text(*_headed("أرسل التعليق الآن", SHARE, *NUMBERED))
    # the foot printed again under the heading: the bar over it was the one under the headline
    assert not foot_closes_text(*_headed(CUT, SHARE, *NUMBERED, SHARE))
