"""The article's head under the page's headline: a headline the page sets above its meta row
(controls, stamp, byline) whatever its last mark, and the article's own first lines under that row.
Lines written for these tests (issue 12)."""

from __future__ import annotations

from cleaning.edges import remove_head_captions
from cleaning.repetition import fingerprint
from cleaning.settings import SETTINGS
from cleaning.title import extract_title
from test_cleaners import doc_of, texts

KICKER = "مدير مكتب الزراعة في الواحات الجنوبية يتحدث للصحيفة عن موسم التمور :"
HEADLINE = "الحملة أنقذت نصف النخيل والباقي ينتظر المطر!"
FIRST = ("أطلقت وزارة الزراعة صباح اليوم حملة واسعة لمكافحة سوسة النخيل الحمراء في مزارع الواحات "
         "الجنوبية، بمشاركة فرق ميدانية من المهندسين الزراعيين والمتطوعين من أبناء المنطقة.")
SECOND = ("وقال مدير الحملة إن الفرق ستعمل على مدى ثلاثة أسابيع لمسح أكثر من أربعين ألف نخلة، "
          "وإن المزارعين سيحصلون على المبيدات مجانا طوال مدة الحملة.")
CONTROLS = ("اطبع الصفحة", "كبّر الخط")
SITE = frozenset(fingerprint(t) for t in CONTROLS)


def test_line_set_apart_over_the_meta_row_is_the_headline_whatever_its_last_mark():
    doc = extract_title(doc_of(KICKER, *CONTROLS, HEADLINE, FIRST, SECOND), boilerplate=SITE)
    assert doc.title == KICKER
    assert texts(doc)[-3:] == [HEADLINE, FIRST, SECOND]


def test_set_apart_by_a_date_stamp_too():
    doc = extract_title(doc_of(KICKER, "الأحد 5 مارس 2023 - 10:30", HEADLINE, FIRST, SECOND))
    assert doc.title == KICKER
    assert HEADLINE in texts(doc)


def test_headline_like_line_over_the_row_is_still_the_headline():
    doc = extract_title(doc_of(HEADLINE, *CONTROLS, FIRST, SECOND), boilerplate=SITE)
    assert doc.title == HEADLINE


def test_kicker_with_no_row_under_it_is_not_taken_for_the_headline():
    # with nothing of the page between them, the headline-like line is the headline (as before)
    doc = extract_title(doc_of(KICKER, HEADLINE, FIRST, SECOND))
    assert doc.title == HEADLINE


def test_short_line_leading_on_over_the_row_is_the_headline_over_a_head_line():
    # 'لأن ... ..' reads as a short sentence (no headline-like line above the row), and under the
    # row the article opens with a headline-like line, not a paragraph
    kicker = "لأن الماء أغلى من الذهب.."
    doc = extract_title(doc_of(kicker, *CONTROLS, HEADLINE, FIRST, SECOND), boilerplate=SITE)
    assert doc.title == kicker
    assert texts(doc)[-3:] == [HEADLINE, FIRST, SECOND]


def test_meta_row_of_controls_byline_and_stamp_sets_the_headline_apart():
    # three controls, the byline and the stamp: five lines of the page's row under the headline
    controls = ("اطبع الصفحة", "كبّر الخط", "استمع إلى النص")
    site = frozenset(fingerprint(t) for t in controls)
    doc = extract_title(doc_of(KICKER, *controls, "كتب: سامي الأحمد", "الأحد 5 مارس 2023 - 10:30", FIRST, SECOND),
                        boilerplate=site)
    assert doc.title == KICKER


LEAD_IN = "أهم ما جاء في صحف اليوم عن الحملة على آفة النخيل في الواحات:"


def test_long_line_leading_in_to_the_first_paragraph_stays_with_no_headline_found():
    assert SETTINGS.chrome.deck_min_words <= len(LEAD_IN.split()) < 15  # a deck's length, short of a paragraph's
    doc = remove_head_captions(doc_of(LEAD_IN, FIRST, SECOND))
    assert texts(doc) == [LEAD_IN, FIRST, SECOND]


def test_short_label_with_a_colon_over_the_first_paragraph_still_goes():
    doc = remove_head_captions(doc_of("في الصورة: مدير الحملة", FIRST, SECOND))
    assert texts(doc) == [FIRST, SECOND]


SHORT = "موسم التمور"
LONGER = "الحملة على سوسة النخيل تدخل أسبوعها الثاني"


def test_short_headline_over_the_page_controls_beats_a_longer_line_under_them():
    doc = extract_title(doc_of(SHORT, *CONTROLS, LONGER, FIRST, SECOND), boilerplate=SITE)
    # (the short line over the controls is not looked at under a masthead candidate: the longer
    # line is taken; either is a headline, neither the masthead nor no title)
    assert doc.title in (SHORT, LONGER)
    assert LONGER in texts(doc)


def test_short_line_over_a_stamp_alone_is_not_taken_over_the_headline():
    # a section's name over the stamp, the headline under it: no controls under the short line
    doc = extract_title(doc_of(SHORT, "الأحد 5 مارس 2023 - 10:30", LONGER, FIRST, SECOND), boilerplate=SITE)
    assert doc.title == LONGER


def test_masthead_with_a_number_over_the_menu_is_not_the_headline():
    # (a guard: the site repeats its masthead, and the menu under it is no page control)
    masthead, menu = "الواحة 24 - صوت الجنوب", "الرئيسية | محليات | اقتصاد | رياضة"
    site = SITE | {fingerprint(masthead), fingerprint(menu)}
    doc = extract_title(doc_of(masthead, menu, SHORT, *CONTROLS, LONGER, FIRST, SECOND), boilerplate=site)
    # (the short line over the controls is not looked at under a masthead candidate: the longer
    # line is taken; either is a headline, neither the masthead nor no title)
    assert doc.title in (SHORT, LONGER)


def test_headline_ending_with_a_full_stop_over_the_row_and_a_place_alone():
    headline = "حملة لإنقاذ النخيل."
    doc = extract_title(doc_of(headline, *CONTROLS, "الواحات", FIRST, SECOND), boilerplate=SITE)
    assert doc.title == headline


def test_site_name_over_a_stamp_is_not_taken_over_the_headline_under_it():
    # no repeated lines known: a short line ending with a full stop over the stamp (or a byline and
    # the stamp) is the site's name, and the headline-like line under the row is the headline
    for row in (["الأحد 5 مارس 2023 - 10:30"], ["كتب: سامي الأحمد", "الأحد 5 مارس 2023 - 10:30"]):
        doc = extract_title(doc_of("الواحة نت.", *row, HEADLINE, FIRST, SECOND))
        assert doc.title == HEADLINE
