"""A third set of layout phrasings, written apart from both splits' (neither the dev nor the test
phrasings of `layout.V` were used to write them): the dev pages laid out with these check that the
rules follow the structure of a comment section, a share bar or a stamp, not the dev split's words.
`python scripts/evaluate.py --real dev --phrasings own`. Same keys as `layout.V`; the generator's
structure (what goes where) is unchanged, only what the lines say. tests/test_disjoint.py checks
these against the lexicons too."""

from __future__ import annotations

from contextlib import contextmanager

from . import layout

OWN = {
    "sections": ["سياسة", "اقتصاد", "رياضة", "ثقافة", "دولي", "علوم", "مجتمع"],
    "home": ["الواجهة", "البوابة"],
    "controls": [["تكبير النص", "تصغير النص"], ["نسخة للطباعة"], ["ابعثه إلى صديق"], ["استمع للمقال", "00:00 / 04:20"]],
    "share": ["انشر في فيسبوك", "غرد في X", "لينكدإن"],
    "related": ["ربما فاتك أن تقرأ", "تابع المزيد"],
    "footer": ["© {year} {site} - يمنع النقل دون إذن", "الشروط | للإعلان | أسرة التحرير"],
    "slogan": ["{site} | صوت الحقيقة", "{site}: من قلب الحدث"],
    "stamp": ["نُشر بتاريخ {d} {t}", "{d} | {t}"],
    "tags": ["بحث ذو صلة: {a}، {b}", "مواضيع: {a} / {b}"],
    "form": [["اترك بصمتك", "الاسم الكامل", "بريدك الإلكتروني", "تخضع التعليقات للمراجعة قبل ظهورها", "انشر رأيك"],
             ["قل كلمتك", "اسمك الكريم", "نص رأيك", "أرسل رأيك"]],
    "empty": ["لا توجد مشاركات بعد"],
    "header_word": ["أصداء القراء", "ماذا قال الزوار"],
    "fb_actions": ["إعجاب · رد · {n} د", "Like · Reply · {n}h"],
    "fb_plugin": ["إضافة المحادثات من فيسبوك"],
    "disqus_top": ["{n} تعليقات", "الفرز: الأجدد أولا", "الدخول بالحساب"],
    "disqus_time": ["قبل {n} ساعات", "قبل {n} أيام"],
    "disqus_act": ["رد • مشاركة ›"],
    "by": ["أرسله: {name} | {date}", "{name} — {date}"],
    "wp_time": ["{n} ساعات مضت", "قبل {n} دقائق"],
    "wp_reply": ["أجب"],
    "votes": ["أوافق ({a}) لا أوافق ({b})", "+{a} / -{b}"],
    "reply_to": ["ردا على {name}"],
    "date_place": ["{place}، {date} {time}", "{date} | {place}"],
}


@contextmanager
def swapped_phrasings(table: dict):
    """The dev phrasings of `layout.V` replaced by `table`'s while the block runs."""
    saved = dict(layout.V)
    try:
        for key, value in table.items():
            layout.V[key] = (value,) + tuple(layout.V[key][1:])
        yield
    finally:
        layout.V.clear()
        layout.V.update(saved)


def own_phrasings():
    """The dev phrasings of `layout.V` replaced by OWN while the block runs."""
    return swapped_phrasings(OWN)
