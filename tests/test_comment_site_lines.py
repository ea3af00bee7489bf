"""A line the site prints on its pages is no reader's comment, even shaped as one: its slogan
'<site name>: <slogan>' under a section of one-line 'name: text' comments was recorded as one more
comment (the dev views: 'سي ان ان عربي: الخبر كما هو' in the comments config). It goes with the
section's furniture (`comments.meta`), and the readers' comments stay as they were. Lines written
for these tests."""

from __future__ import annotations

from cleaning.pipeline import clean_page
from cleaning.repetition import LineCounter
from test_body_closing import FIRST, SECOND

HEADLINE = "سوق المزارعين يفتح أبوابه"
HEADER = "التعليقات (3)"
READERS = ["أبو سليم: فكرة رائعة ونتمنى أن تستمر طوال السنة", "هدى الخطيب: الأسعار أرخص من المحلات بكثير",
           "fadi_k: أين مواقف السيارات يوم الجمعة؟"]
SLOGAN = "صحيفة الواحة: صوت الناس كما هو"
FOOT = ["جميع الحقوق محفوظة © 2024 صحيفة الواحة", SLOGAN]


def _counter() -> LineCounter:
    """The site's other pages, each with its own readers, under the same foot."""
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.",
                             HEADER, f"قارئ{n}: تعليق القارئ رقم {n} على الخبر", *FOOT])
    return counter


def page(counter):
    return clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, HEADER, *READERS, *FOOT]).encode(),
                      boilerplate=counter)


def test_the_sites_slogan_under_one_line_comments_is_no_comment():
    doc = page(_counter())
    assert [c.text for c in doc.comments] == [r.split(": ", 1)[1] for r in READERS]
    assert doc.text.split("\n") == [FIRST, SECOND]
    assert {r.rule for r in doc.removed if r.line == 9} == {"comments.meta"}
    assert not any(name in r.text for r in doc.removed for name in ("أبو سليم", "هدى الخطيب", "fadi_k"))



def test_a_line_posted_on_every_page_opening_headerless_comments_still_opens_them():
    # (only under readers is a repeated line the site's: one opening the run may be a reader's
    # post repeated under every story, and the section must still be found from it)
    spam = "أبو سليم: زوروا موقعنا للعروض اليومية"
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n}", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.", spam,
                             f"قارئ{n}: تعليق رقم {n} على الخبر", *FOOT[:1]])
    doc = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, spam, *READERS, *FOOT[:1]]).encode(), boilerplate=counter)
    assert len(doc.comments) == len(READERS) + 1 and doc.text.split("\n") == [FIRST, SECOND]
    assert not any(name in r.text for r in doc.removed for name in ("أبو سليم", "هدى الخطيب", "fadi_k"))



def test_the_sites_foot_under_a_form_button_read_as_a_name_is_no_comment():
    # (a form in words no lexicon holds: its button over the site's copyright was read as a reader's
    # name over their text; the copyright, printed on every page of the site, is no one's text)
    form = ["Réagir à cet article", "Nom", "Votre commentaire", "Envoyer"]
    block = ["حسن الشريف", "منذ 5 أيام", "فكرة رائعة ونتمنى أن تستمر طوال السنة", "Reply ↓"]
    foot = ["© 2024 صحيفة الواحة — يحظر الاقتباس دون ذكر المصدر", "صحيفة الواحة — أخبار على مدار الساعة"]
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n}", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.", "تفاعل القراء",
                             f"قارئ{n}", "منذ 3 أيام", f"تعليق رقم {n} على الخبر", "Reply ↓", *form, *foot])
    page = [HEADLINE, FIRST, SECOND, "تفاعل القراء", *block, *form, "", *foot]
    doc = clean_page("site/1", "\n".join(page).encode(), boilerplate=counter)
    assert [c.text for c in doc.comments] == [block[2]] and doc.text.split("\n") == [FIRST, SECOND]
