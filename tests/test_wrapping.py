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
