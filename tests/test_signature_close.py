"""How an opinion column signs off under its last paragraph (`closing.signature`): the formula it
closes with over the writer's name ('والله من وراء القصد'), the writer's address or handle under the
name, with the role between them, and names strung with the Mauritanian 'ولد'. A helper's pages of
endings from papers of ten countries lost these as page furniture. Readers' God-invoking words over
their names still go. Lines written for these tests."""

from __future__ import annotations

import pytest

from test_body_closing import FIRST, SECOND, footer, site_counter

SHARE = "شارك على فيسبوك"
RELATED = ["افتتاح مهرجان الربيع للفنون الشعبية في الساحة الكبرى",
           "تراجع أسعار الخضار في أسواق الجملة بعد موسم وفير"]


@pytest.mark.parametrize("formula", ["والله من وراء القصد", "وما توفيقي إلا بالله", "والله الموفق"])
def test_the_closing_formula_and_the_name_under_it_stay_over_the_share_bar(formula):
    name = "حسان العمري"
    assert footer(FIRST, SECOND, formula, name, SHARE) == [FIRST, SECOND, formula, name]


def test_a_name_strung_with_walad_is_a_name():
    name = "محمد الأمين ولد الفاضل"
    assert footer(FIRST, SECOND, name, SHARE) == [FIRST, SECOND, name]


def test_name_role_and_handle_stay_and_the_unheaded_headlines_under_them_go():
    signed = ["وما توفيقي إلا بالله", "سلمان بن ناصر الهاشمي", "كاتب وباحث", "@salman_hashmi"]
    assert footer(FIRST, SECOND, *signed, *RELATED, SHARE) == [FIRST, SECOND, *signed]


def test_the_writers_email_under_the_name_stays():
    signed = ["رنا الخطيب", "rana.khatib@example.org"]
    assert footer(FIRST, SECOND, *signed, "وسوم: بيئة، مياه") == [FIRST, SECOND, *signed]


def test_readers_invoking_god_over_their_names_are_no_formula_and_signature():
    from cleaning.pipeline import clean_page
    # readers over the site's share bar as the repetition took it, the first one's words naming God
    # as a column's formula does, then a name: the names and their words still go
    bar = "شارك الخبر على فيسبوك"
    counter = site_counter(bar)
    readers = ["الله يحفظ البلد", "أبو علي", "وين الضمير عند التجار", "أم يوسف", "حملة متأخرة كالعادة"]
    text = clean_page("site/1", "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, *readers, bar]).encode(),
                      boilerplate=counter).text
    assert SECOND in text and not any(line in text for line in readers)
