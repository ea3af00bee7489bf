"""Each cleaning step alone, on real lines (from the seeds and from pages like them)."""

from __future__ import annotations

import codecs

import pytest

from cleaning.attribution import extract_attribution, split_agencies
from cleaning.chrome import (
    remove_footer,
    remove_head_captions,
    remove_lexicon_chrome,
    remove_site_header,
    remove_symbol_led,
    remove_teasers,
)
from cleaning.comments import extract_comments, is_header, is_time
from cleaning.decode import UndecodableError, decode_bytes
from cleaning.language import detect_language
from cleaning.pipeline import split_lines
from cleaning.schema import Document
from cleaning.title import extract_title
from cleaning.unicode import repair, undo_cp1256_mojibake

from conftest import seed_lines

LEAD = ("أعلن وزير الخارجية الروسي سيرغي لافروف اليوم الإثنين أن روسيا تدعو الولايات المتحدة "
        "لتنسيق أعمالها في سوريا مع الشركاء، وتفادي أعمال أحادية الجانب.")
PARAGRAPH = ("وأكد لافروف، أن جولة جديدة من المفاوضات حول سوريا في أستانا، ستجري في 10 تموز/يوليو "
             "المقبل، وسيشارك فيها المبعوث الأممي إلى سوريا، ستافان دي ميستورا.")


def doc_of(*lines: str) -> Document:
    return Document(id="t", raw_sha256="", encoding="utf-8", lines=split_lines("\n".join(lines)))


def texts(doc: Document) -> list[str]:
    return [line.text for line in doc.lines]


def rules(doc: Document) -> dict[str, str]:
    return {r.text: r.rule for r in doc.removed}


# --- decode -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, detected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"),
    ("cp1256", "cp1256"), ("iso8859_6", "iso8859-6"),
])
def test_decode_recovers_arabic_from_each_encoding(encoding, detected):
    text = "\n".join(seed_lines("000_73b48ff90eb3aec7")[:9]).replace("\u00a0", " ")
    decoded, name, _ = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert name == detected


def test_decode_names_bom_and_utf16():
    text, name, fixes = decode_bytes(codecs.BOM_UTF8 + "المصدر: وكالات".encode())
    assert (text, name, fixes) == ("المصدر: وكالات", "utf-8-sig", ("bom_removed",))
    assert decode_bytes("خبر".encode("utf-16"))[1] == "utf-16-le"


def test_decode_cp1256_is_not_read_as_latin1():
    text, name, _ = decode_bytes("المصدر: الجزيرة + وكالات ووزير الخارجية الروسي".encode("cp1256"))
    assert name == "cp1256" and text.startswith("المصدر")


def test_decode_refuses_binary():
    with pytest.raises(UndecodableError):
        decode_bytes(bytes(range(256)) * 8 + b"\x89PNG\x00\x00\xff\xfe\x00")


def test_decode_mostly_good_utf8_keeps_the_text_and_says_so():
    raw = ("كشف وزير الخارجية الأميركي " * 20).encode() + b"\xff\xfe" + " عن اتفاق".encode()
    text, name, fixes = decode_bytes(raw)
    assert "invalid_bytes_replaced" in fixes and "عن اتفاق" in text


# --- unicode repair -----------------------------------------------------------------------

def test_repair_removes_bidi_marks_and_zero_width_but_keeps_quotes():
    text, fixes = repair("\u200fقال لافروف: \u201cسنحاول\u201d\u200b\u202b هنا\u202c\u00a0الآن")
    assert text == "قال لافروف: \u201cسنحاول\u201d هنا الآن"
    assert set(fixes) == {"invisible_controls", "nbsp_to_space"}


def test_repair_presentation_forms_but_not_word_ligatures():
    text, fixes = repair("\ufedf\ufe8e\ufed3\ufeae\ufeed\ufed2 \ufefb \ufdfa")
    assert text == "لافروف لا ﷺ"
    assert fixes == ("presentation_forms",)


def test_repair_keeps_diacritics_hamza_and_ta_marbuta():
    line = "وأضاف قاسمي أن الاتفاق سيكون أكثر فاعلية إذا ما عُمم على كل الأراضي السورية"
    assert repair(line) == (line, ())


def test_repair_utf8_seen_as_cp1252_and_html_entities():
    assert repair("قال &quot;لافروف&quot; &#1604;")[0] == 'قال "لافروف" ل'
    assert repair("Ø§Ù„Ù…ØµØ¯Ø±")[0] == "المصدر"


def test_undo_cp1256_mojibake():
    assert undo_cp1256_mojibake("ط§ظ„ظ…طµط¯ط±: ط³ط¨ظˆطھظ†ظٹظƒ") == "المصدر: سبوتنيك"
    assert undo_cp1256_mojibake(LEAD) == LEAD


# --- chrome -------------------------------------------------------------------------------

def test_site_header_names_the_site():
    doc = remove_site_header(doc_of("المشهد اليمني الأول| متابعات", LEAD))
    assert doc.site == "المشهد اليمني الأول" and texts(doc) == [LEAD]
    assert rules(doc) == {"المشهد اليمني الأول| متابعات": "chrome.site_header"}


def test_site_header_leaves_an_ordinary_first_line_alone():
    doc = doc_of(LEAD, PARAGRAPH)
    assert remove_site_header(doc) == doc


def test_teaser_that_repeats_the_first_paragraph():
    lines = seed_lines("004_54a637c8796560dc")
    doc = remove_teasers(doc_of(lines[2], lines[3], lines[4]))
    assert texts(doc) == [lines[3], lines[4]]
    assert rules(doc) == {lines[2]: "chrome.teaser"}


def test_ellipsis_line_without_a_matching_paragraph_stays():
    doc = doc_of("وقال إن المفاوضات مستمرة وإن الأطراف تبحث في التفاصيل...", PARAGRAPH)
    assert remove_teasers(doc) == doc


def test_lexicon_catches_variants_and_keeps_sentences():
    doc = remove_lexicon_chrome(doc_of(
        "الأكثر قراءةً", "اقرأ أيضاً: لافروف يلتقي كيري في جنيف", "الوسوم: سوريا، روسيا",
        "© جميع الحقوق محفوظة 2017", "شارك الآلاف في تظاهرة حاشدة وسط العاصمة احتجاجا على الغلاء.",
    ))
    assert texts(doc) == ["شارك الآلاف في تظاهرة حاشدة وسط العاصمة احتجاجا على الغلاء."]
    assert set(rules(doc).values()) == {"chrome.most_read", "chrome.related", "chrome.tags", "chrome.copyright"}


def test_symbol_led_lines():
    doc = remove_symbol_led(doc_of("💡 أهم المواضيع", "✨ أهم التصنيفات", PARAGRAPH))
    assert texts(doc) == [PARAGRAPH]


def test_head_caption_before_first_paragraph_only():
    caption = "المناطق المشمولة بالاتفاق جنوبي سوريا في محافظتي القنيطرة ودرعا:"
    subhead = "الملف الفلسطيني الإسرائيلي"
    doc = remove_head_captions(doc_of(caption, LEAD, subhead, PARAGRAPH))
    assert texts(doc) == [LEAD, subhead, PARAGRAPH]
    assert rules(doc) == {caption: "chrome.caption"}


def test_short_sentence_at_the_head_is_kept():
    doc = doc_of("قال لافروف: لن نتراجع.", PARAGRAPH)
    assert remove_head_captions(doc) == doc


def test_footer_after_last_paragraph():
    doc = remove_footer(doc_of(LEAD, "الملف الفلسطيني الإسرائيلي", PARAGRAPH, "أقسام", "أخبار"))
    assert texts(doc) == [LEAD, "الملف الفلسطيني الإسرائيلي", PARAGRAPH]


# --- title --------------------------------------------------------------------------------

def test_title_and_its_repeat():
    title = "كيري يتحدث عن اتفاق وشيك مع لافروف لإبرام هدنة في سوريا"
    doc = extract_title(doc_of(title, "", title, PARAGRAPH))
    assert doc.title == title and texts(doc) == [PARAGRAPH]
    assert [r.rule for r in doc.removed] == ["title", "title.repeat"]


def test_near_repeat_of_title():
    doc = extract_title(doc_of("لافروف يشيد بدور مصر في سوريا", "لافروف يُشيد بدور مصر في سوريا", PARAGRAPH))
    assert texts(doc) == [PARAGRAPH]


def test_no_title_when_first_line_is_a_sentence():
    doc = doc_of(LEAD, PARAGRAPH)
    assert extract_title(doc) == doc


# --- comments -----------------------------------------------------------------------------

def test_comment_headers_and_times():
    assert is_header("التعليقات (2)") and is_header("تعليقات القراء") and is_header("5 تعليقات")
    assert not is_header("وقال إن التعليقات الأخيرة للوزير أثارت جدلا واسعا.")
    for stamp in ("·منذ 7 سنوات 8 أشهر", "منذ 3 ساعات", "قبل يومين", "منذ ساعة", "12/03/2020 14:05"):
        assert is_time(stamp), stamp
    assert not is_time("منذ سنوات طويلة والشعب ينتظر الحل")


def test_comment_section_with_usernames_times_and_count():
    lines = seed_lines("002_e36c8a0eafea318a")
    doc = extract_comments(doc_of(*lines))
    assert [c.author for c in doc.comments] == ["commenter 1", "commenter 2"]
    assert [c.time_text for c in doc.comments] == ["منذ 7 سنوات 8 أشهر"] * 2
    assert "Samer" not in repr(doc)
    assert texts(doc)[-3:] == ["الأكثر قراءة", "💡 أهم المواضيع", "✨ أهم التصنيفات"]


def test_same_commenter_keeps_one_pseudonym_within_an_article():
    doc = extract_comments(doc_of(
        PARAGRAPH, "تعليقات القراء", "أبو أحمد", "منذ ساعتين", "كلام صحيح",
        "ليلى", "منذ ساعة", "لا أوافق", "أبو أحمد", "منذ 5 دقائق", "بل هو صحيح",
    ))
    assert [c.author for c in doc.comments] == ["commenter 1", "commenter 2", "commenter 1"]
    assert [c.text for c in doc.comments] == ["كلام صحيح", "لا أوافق", "بل هو صحيح"]
    assert texts(doc) == [PARAGRAPH]


# --- attribution --------------------------------------------------------------------------

@pytest.mark.parametrize("names, expected", [
    ("الجزيرة + وكالات", ["Al Jazeera", "agencies"]),
    ("سبوتنيك", ["Sputnik"]),
    ("رويترز، أ ف ب", ["Reuters", "AFP"]),
    ("الجزيرة ووكالات", ["Al Jazeera", "agencies"]),
    ("وكالة الأناضول", ["Anadolu"]),
    ("صحيفة الوطن", ["صحيفة الوطن"]),
])
def test_agency_names(names, expected):
    assert split_agencies(names) == expected


def test_attribution_line_leaves_the_text():
    doc = extract_attribution(doc_of(PARAGRAPH, "المصدر : الجزيرة + وكالات"))
    assert texts(doc) == [PARAGRAPH]
    assert doc.sources == ("Al Jazeera", "agencies") and doc.source_line == "المصدر : الجزيرة + وكالات"


def test_sentence_mentioning_a_source_is_not_attribution():
    doc = doc_of("وقال المصدر إن الاجتماع سيعقد في جنيف الأسبوع المقبل بحضور جميع الأطراف.")
    assert extract_attribution(doc) == doc


# --- language -----------------------------------------------------------------------------

def test_language_arabic_english_persian():
    assert detect_language(PARAGRAPH)[0] == "ar"
    assert detect_language("Russia and the United States agreed on a ceasefire in southern Syria.")[0] == "en"
    persian = "وزیر امور خارجه روسیه گفت که مسکو برای همکاری بیشتر با آمریکا در سوریه آماده است و گفتگوها ادامه خواهد یافت"
    assert detect_language(persian)[0] == "fa"
