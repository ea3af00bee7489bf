"""Hard-wrapped pages (`cleaning/wrapping.py`): an article whose paragraphs a tool broke into lines
of a fixed width keeps every line of them, head and foot, while the page's furniture around it
still goes; a page that was not wrapped is not read as wrapped. Lines written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from cleaning.pipeline import clean_page, split_lines
from cleaning.wrapping import wrap_width, wrapped_lines

HEADLINE = "افتتاح سوق المزارعين الأسبوعي في ساحة المحطة"
PARAGRAPHS = [
    "افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة أكثر من "
    "ستين مزارعا من القرى المجاورة يعرضون الخضار والفواكه والعسل والأجبان البلدية.",
    "وقال رئيس البلدية فادي الخطيب إن السوق سيفتح أبوابه كل يوم جمعة حتى نهاية الخريف، وإن البلدية "
    "ستتكفل بتنظيف الساحة وتأمين مواقف السيارات للزوار طوال ساعات العمل.",
    "وأضاف أن الرسوم التي يدفعها المزارعون رمزية، وأن البلدية تدرس فتح سوق ثان في الحي الشرقي إذا "
    "لقي الأول إقبالا من السكان خلال الأشهر المقبلة",
]
HEAD = ["صحيفة المدينة", "الرئيسية | محليات | رياضة | ثقافة", HEADLINE]
FOOT = ["شارك على فيسبوك", "جميع الحقوق محفوظة © 2024"]


def wrapped_page(width: int) -> tuple[str, list[str]]:
    body = [line for p in PARAGRAPHS for line in textwrap.wrap(p, width)]
    return "\n".join(HEAD + body + FOOT), body


@pytest.mark.parametrize("width", [60, 72, 80])
def test_every_line_of_a_wrapped_article_is_kept_and_the_furniture_goes(width):
    page, body = wrapped_page(width)
    doc = clean_page("site/1", page.encode())
    kept = [line.text for line in doc.lines]
    assert kept == body
    assert "صحيفة المدينة" not in kept and "شارك على فيسبوك" not in kept


def test_the_width_is_read_from_the_page():
    page, _ = wrapped_page(72)
    assert 60 <= wrap_width(split_lines(page)) <= 72


def test_a_page_of_whole_paragraphs_is_not_wrapped():
    page = "\n".join(HEAD + PARAGRAPHS + FOOT)
    assert wrap_width(split_lines(page)) is None
    assert wrapped_lines(split_lines(page)) == frozenset()


def test_a_blank_line_ends_a_wrapped_paragraph():
    page, body = wrapped_page(72)
    lines = split_lines(page.replace(body[0] + "\n", body[0] + "\n\n"))
    first = next(i for i, line in enumerate(lines) if line.text == body[0])
    assert first not in wrapped_lines(lines)  # (a line with a blank line under it is a paragraph of its own)
    assert first + 1 in wrapped_lines(lines)  # the lines under it are still read as wrapped


def test_short_furniture_of_even_length_is_no_wrapping():
    menu = ["الرئيسية | محليات", "رياضة | ثقافة | فنون", "اتصل بنا | من نحن", "سياسة الخصوصية"] * 3
    assert wrap_width(split_lines("\n".join(menu))) is None


def test_a_list_of_headlines_of_like_length_is_no_wrapping():
    most_read = ["البلدية تعيد تأهيل حديقة الحي الشرقي قبل حلول الصيف المقبل",
                 "افتتاح مكتبة عامة في مبنى البريد القديم وسط المدينة القديمة",
                 "مهرجان الزيتون يعود إلى القرى الجبلية بعد غياب ثلاثة أعوام",
                 "طلاب الجامعة يزرعون ألف شجرة على طريق المطار الجديد اليوم",
                 "ارتفاع أسعار الخضار في الأسواق الشعبية مع بداية الشتاء الحالي",
                 "فرقة المسرح المدرسي تفوز بالجائزة الأولى في مسابقة الإقليم"]
    page = "\n".join(HEAD + PARAGRAPHS + ["الأكثر قراءة"] + most_read + FOOT)
    assert wrapped_lines(split_lines(page)) == frozenset()
    kept = [line.text for line in clean_page("site/2", page.encode()).lines]
    assert not set(most_read) & set(kept)


ARTICLE = [  # one paragraph a line, as most scraped pages print it
    "افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة أكثر من ستين "
    "مزارعا من القرى المجاورة يعرضون الخضار والفواكه والعسل والأجبان البلدية بأسعار تقل عن أسعار المحلات.",
    "وأوضح رئيس البلدية أن كلفة المشروع تقدر بنحو مليون دينار.",
    "وقال إن السوق سيفتح أبوابه كل يوم جمعة حتى نهاية الخريف، وإن البلدية ستتكفل بتنظيف الساحة وتأمين "
    "مواقف السيارات للزوار طوال ساعات العمل، على أن تدرس فتح سوق ثان في الحي الشرقي العام المقبل.",
]


@pytest.mark.parametrize("furniture", [
    ["د. سامر الخطيب: الاقتصاد المحلي يتعافى ببطء رغم التحديات",
     "د. ليلى المصري تفوز بجائزة الدولة التقديرية في الآداب",
     "البلدية تعيد تأهيل حديقة الحي الشرقي قبل حلول الصيف",
     "افتتاح مكتبة عامة في مبنى البريد القديم وسط المدينة",
     "مهرجان الزيتون يعود إلى القرى الجبلية بعد غياب طويل",
     "طلاب الجامعة يزرعون ألف شجرة على طريق المطار الجديد"],
    ["أبو خالد: خطوة ممتازة. نتمنى أن تنفذ فعلا وليس مجرد وعود",
     "سلمى: الأسعار مرتفعة. المزارع يستحق أكثر من هذا بكثير",
     "ابن البلد: أخيرا سوق في مدينتنا. شكرا للبلدية على الجهد",
     "مراقب: أين مواقف السيارات؟ المكان مزدحم دائما يوم الجمعة",
     "أم أحمد: زرت السوق اليوم. الخضار طازجة والأسعار معقولة"],
])
def test_furniture_of_like_length_on_an_unwrapped_page_is_no_wrapping(furniture):
    page = "\n".join(HEAD + ARTICLE + furniture + FOOT)
    assert wrapped_lines(split_lines(page)) == frozenset()


def test_paragraphs_of_like_length_over_a_hundred_characters_are_no_wrapping():
    paragraph = ("وقال رئيس البلدية إن السوق سيفتح أبوابه كل جمعة حتى نهاية الخريف، وإن البلدية ستنظف الساحة كل "
                 "مساء بعد إغلاقه.")
    assert len(paragraph) > 100
    page = "\n".join(HEAD + [paragraph] * 5 + ["د. سامر الخطيب: الاقتصاد المحلي يتعافى ببطء رغم التحديات"] + FOOT)
    assert wrapped_lines(split_lines(page)) == frozenset()


def test_a_short_wrapped_article_of_two_paragraphs_is_kept_whole():
    body = [line for p in PARAGRAPHS[:2] for line in textwrap.wrap(p, 70)]
    doc = clean_page("site/3", "\n".join(HEAD + body + FOOT).encode())
    assert [line.text for line in doc.lines] == body


DATED = ("وأعلنت البلدية أن موسم السوق الأول بدأ رسميا يوم الجمعة 14 آذار/مارس 2025 بعد تأجيله مرتين بسبب "
         "الأمطار، وأنها ستنشر مواعيد الموسم الثاني في الأسبوع الأول من أيلول/سبتمبر المقبل على موقعها.")


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_wrapped_line_that_gives_a_date_mid_sentence_is_no_stamp(width):
    # (cut out, the sentence would break in two, and the paragraph's short last line under it with it)
    body = [line for p in [*PARAGRAPHS[:2], DATED] for line in textwrap.wrap(p, width)]
    doc = clean_page("site/1", "\n".join(HEAD + body + FOOT).encode())
    assert [line.text for line in doc.lines] == body
    # a stamp of its own under the wrapped text still goes
    doc = clean_page("site/1", "\n".join(HEAD + body + ["نشر بتاريخ 15/03/2025 الساعة 10:30"] + FOOT).encode())
    assert [line.text for line in doc.lines] == body


def test_a_stamp_between_wrapped_paragraphs_under_a_nearly_full_line_still_goes():
    # (the paragraph's last line, with no full stop, ends within a few characters of the width: the
    # stamp under it reads as that paragraph's next line, but is no line filled to the width)
    width = next(w for w in range(55, 95) if len(textwrap.wrap(PARAGRAPHS[2], w)[-1]) >= w - 3)
    stamp = "الثلاثاء 12 مارس 2019 - 10:15 ص"
    lines = [*textwrap.wrap(PARAGRAPHS[0], width), *textwrap.wrap(PARAGRAPHS[2], width), stamp,
             *textwrap.wrap(PARAGRAPHS[1], width)]
    doc = clean_page("site/1", "\n".join(HEAD + lines + FOOT).encode())
    kept = [line.text for line in doc.lines]
    assert stamp not in kept and kept == [line for line in lines if line != stamp]
