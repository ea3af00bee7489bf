"""The article's own head matter (kickers, decks, subheads) under the headline stays with the
article; the page's furniture around it still goes. Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaning.edges import remove_footer, remove_head_captions
from cleaning.pipeline import clean_page
from cleaning.title import extract_title
from test_cleaners import doc_of, texts

HEADLINE = "وزارة الزراعة تطلق حملة لمكافحة آفة النخيل في الواحات"
FIRST = ("أطلقت وزارة الزراعة صباح اليوم حملة واسعة لمكافحة سوسة النخيل الحمراء في مزارع الواحات "
         "الجنوبية، بمشاركة فرق ميدانية من المهندسين الزراعيين والمتطوعين من أبناء المنطقة.")
SECOND = ("وقال مدير الحملة إن الفرق ستعمل على مدى ثلاثة أسابيع لمسح أكثر من أربعين ألف نخلة، "
          "وإن المزارعين سيحصلون على المبيدات مجانا طوال مدة الحملة.")


def test_headline_repeated_under_its_kicker_stays_with_the_article():
    kicker = "بعد شكاوى المزارعين من تراجع المحصول.."
    doc = extract_title(doc_of("اطبع الصفحة", HEADLINE, "حجم الخط", kicker, HEADLINE, FIRST, SECOND))
    assert doc.title == HEADLINE
    assert texts(doc)[-4:] == [kicker, HEADLINE, FIRST, SECOND]


def test_headline_repeated_under_the_page_furniture_still_goes():
    doc = extract_title(doc_of(HEADLINE, "اطبع الصفحة", HEADLINE, FIRST, SECOND))
    assert doc.title == HEADLINE
    assert HEADLINE not in texts(doc)


def test_headline_repeated_after_the_paragraphs_still_goes():
    doc = extract_title(doc_of(HEADLINE, FIRST, "خلاصة القول", HEADLINE, SECOND))
    assert texts(doc).count(HEADLINE) == 0


def test_whole_page_keeps_kicker_and_repeat():
    kicker = "بعد شكاوى المزارعين من تراجع المحصول.."
    page = "\n".join(["اطبع الصفحة", HEADLINE, "أرسل الخبر لصديق", kicker, HEADLINE, FIRST, SECOND]).encode()
    doc = clean_page("t", page)
    assert doc.title == HEADLINE
    assert [kicker, HEADLINE, FIRST, SECOND] == texts(doc)[-4:]


def test_headline_repeated_under_a_teaser_still_goes():
    # a teaser is the first words of a paragraph further down, cut off: a link, no kicker
    teaser = "أطلقت وزارة الزراعة صباح اليوم حملة واسعة..."
    doc = extract_title(doc_of(HEADLINE, teaser, HEADLINE + " - صحيفة الواحة", FIRST, SECOND))
    assert doc.title == HEADLINE
    assert HEADLINE + " - صحيفة الواحة" not in texts(doc)


DECK = "المزارعون يأملون أن تنقذ الحملة موسم التمور بعد خسائر كبيرة في العامين الماضيين"


def test_long_deck_between_headline_and_first_paragraph_stays():
    assert len(DECK.split()) >= 12
    doc = remove_head_captions(extract_title(doc_of(HEADLINE, DECK, FIRST, SECOND)))
    assert texts(doc) == [DECK, FIRST, SECOND]


def test_short_caption_between_headline_and_first_paragraph_still_goes():
    doc = remove_head_captions(extract_title(doc_of(HEADLINE, "نخيل الواحات الجنوبية", FIRST, SECOND)))
    assert texts(doc) == [FIRST, SECOND]


def test_long_head_line_with_no_headline_found_still_goes():
    # with no headline the page's head is not known: a long line there may be a banner
    doc = remove_head_captions(doc_of(DECK, FIRST, SECOND))
    assert texts(doc) == [FIRST, SECOND]


def test_long_caption_under_a_teaser_still_goes():
    # headline, the lead cut off as a teaser, then the photo's caption: the page's preview
    teaser = "أطلقت وزارة الزراعة صباح اليوم حملة واسعة لمكافحة سوسة النخيل الحمراء في مزارع الواحات..."
    caption = "وزير الزراعة خلال جولته في مزارع النخيل بالواحات الجنوبية برفقة عدد من المهندسين والمزارعين"
    doc = clean_page("t", "\n".join([HEADLINE, teaser, caption, FIRST, SECOND]).encode())
    assert doc.title == HEADLINE
    assert texts(doc) == [FIRST, SECOND]


@pytest.mark.parametrize("kicker", ["قبل موسم الحصاد..", "الثلاثاء 12 مارس .."])
def test_headline_repeated_under_a_short_or_dated_kicker_is_no_caption_nor_stamp(kicker):
    page = "\n".join([HEADLINE, "أرسل الخبر لصديق", kicker, HEADLINE, FIRST, SECOND]).encode()
    doc = clean_page("t", page)
    assert doc.title == HEADLINE
    assert texts(doc) == [kicker, HEADLINE, FIRST, SECOND]


def test_closing_sentence_announcing_a_list_stays_over_the_share_bar():
    closing = "ولمزيد من الدقة، نعرض فيما يلي أهم توصيات الحملة للمزارعين:"
    doc = remove_footer(doc_of(FIRST, SECOND, closing, "شارك المقال"))
    assert texts(doc) == [FIRST, SECOND, closing]


def test_short_label_with_a_colon_at_the_foot_still_goes():
    doc = remove_footer(doc_of(FIRST, SECOND, "تابعوا أخبارنا عبر حساباتنا:"))
    assert texts(doc) == [FIRST, SECOND]


def _site_with_a_shuffled_bar():
    """Pages of one site whose share bar prints its three buttons in a different order each time."""
    from itertools import permutations

    from cleaning.repetition import LineCounter
    buttons = ("انقله إلى منصة أ", "انقله إلى منصة ب", "احتفظ به")
    counter = LineCounter()
    bars = [" ".join(order) for order in permutations(buttons)]
    for n in range(12):
        paragraph = f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع عن الزراعة والمياه في الواحات."
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", paragraph, bars[n % len(bars)]])
    return counter.boilerplate("site"), bars


def test_a_shuffled_bar_is_the_site_furniture_under_a_closing_line():
    boilerplate, bars = _site_with_a_shuffled_bar()
    closing = "نخيل الواحات في خطر"
    doc = remove_footer(doc_of(FIRST, SECOND, closing, bars[0]), boilerplate=boilerplate)
    assert texts(doc) == [FIRST, SECOND, closing]


def test_a_shuffled_bar_right_under_the_last_paragraph_is_no_closing_line():
    boilerplate, bars = _site_with_a_shuffled_bar()
    doc = doc_of(FIRST, SECOND, bars[1], "تعليقات القراء")
    doc = doc.take({3: "comments.header"})
    assert texts(remove_footer(doc, boilerplate=boilerplate)) == [FIRST, SECOND]
    assert texts(remove_footer(doc)) == [FIRST, SECOND, bars[1]]  # (without the site's counts: a closing line)


def test_writer_role_under_a_footnote_asterisk_stays_with_the_article():
    doc = doc_of(FIRST, SECOND, "*مهندس زراعي", "تعليقات القراء").take({3: "comments.header"})
    assert texts(remove_footer(doc)) == [FIRST, SECOND, "*مهندس زراعي"]


def test_a_date_stamp_under_the_headline_still_goes():
    page = "\n".join([HEADLINE, "الثلاثاء 12 مارس 2024", FIRST, SECOND]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND]


def test_a_stamp_with_trailing_dots_under_the_article_still_goes():
    page = "\n".join([HEADLINE, FIRST, SECOND, "الثلاثاء 12 مارس 2024 .."]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND]


SIGNED_CLOSE = "ويأمل المزارعون أن يعود إنتاج التمور إلى سابق عهده. (رويترز)"


def test_closing_sentence_signed_off_by_its_wire_is_no_caption():
    # the story's last paragraph, short, its full stop then the wire's credit: text, and credited
    page = "\n".join([HEADLINE, FIRST, SECOND, SIGNED_CLOSE, "شارك المقال"]).encode()
    doc = clean_page("t", page)
    assert texts(doc) == [FIRST, SECOND, SIGNED_CLOSE]
    assert doc.sources == ("Reuters",)


def test_closing_sentence_signed_off_stays_over_an_unknown_slogan():
    page = "\n".join([HEADLINE, FIRST, SECOND, SIGNED_CLOSE, "جريدة الواحة صوت الجنوب", "أخبار الواحة"]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND, SIGNED_CLOSE]


def test_credited_photo_captions_still_go():
    # a phrase with no full stop before its credit, under the paragraphs; a sentence-shaped caption
    # between paragraphs (a photo there) or above the first one
    phrase = "مزارعون يقطفون التمور في إحدى الواحات الجنوبية (رويترز)"
    between = "عمال يرشون المبيدات على النخيل في الواحات. (رويترز)"
    page = "\n".join([HEADLINE, between, FIRST, between, SECOND, phrase, "شارك المقال"]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND]


def test_a_statement_given_to_its_speaker_under_the_headline_is_the_deck():
    deck = "مدير الحملة: لن نسمح بانتشار الآفة في مزارع الواحات"
    doc = remove_head_captions(extract_title(doc_of(HEADLINE, deck, FIRST, SECOND)))
    assert texts(doc) == [deck, FIRST, SECOND]


def test_a_label_over_a_name_under_the_headline_still_goes():
    # a place or a role over a writer's name: a name of a few words after the colon, no statement
    for line in ("الواحات: سالم بن علي الهاملي", "إعداد: سالم الهاملي"):
        doc = remove_head_captions(extract_title(doc_of(HEADLINE, line, FIRST, SECOND)))
        assert texts(doc) == [FIRST, SECOND], line


def test_a_photo_label_with_a_preposition_under_the_headline_still_goes():
    caption = "في اللقطة: وزير الزراعة يتفقد مزارع النخيل المصابة"
    doc = remove_head_captions(extract_title(doc_of(HEADLINE, caption, FIRST, SECOND)))
    assert texts(doc) == [FIRST, SECOND]


POINTS = ["• مسح المزارع المصابة بالسوسة", "• رش المبيدات على النخيل", "• تعويض المزارعين المتضررين"]


def test_a_bulleted_list_the_article_announces_between_its_paragraphs_stays():
    announce = "وتشمل الحملة ثلاث مراحل:"
    page = "\n".join([HEADLINE, FIRST, announce, *POINTS, SECOND, "شارك المقال"]).encode()
    assert texts(clean_page("t", page)) == [FIRST, announce, *POINTS, SECOND]


def test_bulleted_links_with_no_announcing_line_or_at_the_foot_still_go():
    links = ["» مزارعو الواحات يطالبون بدعم إضافي", "» الأمطار تعود إلى الجنوب"]
    between = "\n".join([HEADLINE, FIRST, *links, SECOND]).encode()
    assert texts(clean_page("t", between)) == [FIRST, SECOND]
    foot = "\n".join([HEADLINE, FIRST, SECOND, "تابعوا أيضا على موقعنا:", *links]).encode()
    assert all(link not in texts(clean_page("t", foot)) for link in links)


def test_headline_repeated_under_a_kicker_opening_with_a_wire_dateline_stays():
    kicker = "الرباط (رويترز) - مع اقتراب موسم الحصاد.."
    page = "\n".join([HEADLINE, "أرسل الخبر لصديق", kicker, HEADLINE, FIRST, SECOND]).encode()
    doc = clean_page("t", page)
    assert doc.title == HEADLINE
    assert texts(doc) == [kicker, HEADLINE, FIRST, SECOND]


def test_a_table_of_barred_rows_between_paragraphs_stays():
    rows = ["الواحة | النخيل | المصاب", "الجنوبية | 20000 | 480", "الشرقية | 14500 | 95"]
    page = "\n".join([HEADLINE, FIRST, *rows, SECOND]).encode()
    assert texts(clean_page("t", page)) == [FIRST, *rows, SECOND]


def test_menus_between_paragraphs_with_other_columns_still_go():
    menus = ["أخبار | رياضة | اقتصاد | ثقافة", "من نحن | اتصل بنا | الخصوصية"]
    page = "\n".join([HEADLINE, FIRST, *menus, SECOND]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND]
    page = "\n".join([HEADLINE, FIRST, menus[0], SECOND]).encode()
    assert texts(clean_page("t", page)) == [FIRST, SECOND]
