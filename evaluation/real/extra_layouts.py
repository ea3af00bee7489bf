"""Comment sections laid out as real Arabic news sites lay them out but the generator does not:
a probe of the comment rules on structures they were not written against.

    python scripts/evaluate.py --real dev --layouts extra

While `extra_layouts()` is active every dev page with comments uses one of EXTRA_STYLES (the
site themes draw their styles from them), laid out here; the generator's own styles, should one
be asked for, are still laid out by `layout.comment_section`. Written without reading the rules
(cleaning/) or their lexicons: the phrasings below are this probe's own, not those of `layout.V`.
Lines are labelled as the generator labels them (names, times, votes, actions, headers, counts,
avatars, form lines: comment_meta; the readers' words, a reader's own title among them:
comment_text); each truth comment is {"author", "text"} with the text as the lines it is printed
on, joined by newlines, and the author is the name printed, so that the page's usernames are
computed by `layout.generate` as for every other style.

Styles:
    numbered_block   a comment number alone, the name, a full weekday date, the text, a vote line
    inline_card      the name and the time on one line ('name · منذ 3 ساعات'), then the text
    signed           the text first, the signature under it ('— name، مدينة', 'name (المغرب)')
    avatar           the name's first letter alone (an avatar's fallback) over the name, then the text
    reply_thread     replies marked '↳' or 'رد:' naming the comment replied to, with their own time
    english_widget   an English interface ('name · 2 hours ago', 'Reply · Report')
    titled_box       a readers' opinions box: each comment's short title over the name and its text
"""

from __future__ import annotations

import random
from contextlib import contextmanager

from . import layout

EXTRA_STYLES = ["numbered_block", "inline_card", "signed", "avatar", "reply_thread", "english_widget",
                "titled_box"]

WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
MONTHS = {  # the month names the sites of each region print
    "east": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"],
    "levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
               "تشرين الثاني", "كانون الأول"],
    "maghreb": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
                "دجنبر"],
}
TOWNS = ["فاس", "طنجة", "أكادير", "وجدة", "الإسكندرية", "المنصورة", "أسيوط", "إربد", "الزرقاء", "صفاقس",
         "سوسة", "وهران", "قسنطينة", "الموصل", "البصرة", "حمص", "صيدا", "طرابلس", "المدينة المنورة", "الدمام",
         "مسقط", "الخرطوم", "نواكشوط", "غزة", "نابلس", "ميونخ", "باريس", "مونتريال"]
COUNTRIES = ["المغرب", "مصر", "الأردن", "تونس", "الجزائر", "العراق", "سوريا", "لبنان", "السعودية", "ليبيا",
             "السودان", "فلسطين", "كندا", "فرنسا", "ألمانيا", "هولندا", "مغربي مقيم بالخارج"]
# titles readers give their comments when the subject field is theirs to fill
READER_TITLES = ["رأيي", "سؤال بسيط", "شكرا للكاتب", "إلى المسؤولين", "كلام في الصميم", "حسبنا الله",
                 "للأسف", "ملاحظة", "الحقيقة المرة", "عين العقل", "تعقيب", "مجرد رأي", "هل من مجيب؟",
                 "بلا مجاملة"]

HEADERS = ["ما قاله المتابعون", "آراء ومشاركات", "ما كتبه القراء", "نقاش القراء", "مشاركات الزوار"]
FORMS = [["شارك برأيك", "اسم المعلق", "عنوان بريدك (لن يظهر للعموم)", "نص مشاركتك", "أرسل المشاركة"],
         ["دوّن مشاركتك هنا...", "اسمك أو لقبك", "إرسال المشاركة", "التعليقات تعبر عن آراء أصحابها فقط"],
         ["شاركنا وجهة نظرك في الموضوع", "الاسم المستعار", "المدينة", "حروف التحقق", "موافق على شروط النشر", "انشر الآن"]]
VOTES = ["إعجاب {a} | عدم إعجاب {b}", "({a}) مؤيد - ({b}) معارض", "{a} 👍 | {b} 👎", "▲ {a}   ▼ {b}",
         "نعم {a} لا {b}"]
AGO = ["منذ {n} ساعات", "منذ {n} دقائق", "قبل {n} أيام", "منذ يومين", "منذ ساعة", "قبل {n} ساعات"]
CARD_ACTIONS = ["رد | إبلاغ", "جاوب على هذه المشاركة", "إعجاب ({n}) · رد", "تبليغ عن إساءة"]


def _full_date(rng: random.Random) -> str:
    months = MONTHS[rng.choice(list(MONTHS))]
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.choice([2012, 2016, 2019, 2021, 2023])
    hm = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return rng.choice([f"{rng.choice(WEEKDAYS)} {day} {months[month]} {year} - {hm}",
                       f"{rng.choice(WEEKDAYS)} {day} {months[month]} {year} | {hm}",
                       f"{day} {months[month]} {year} على الساعة {hm}"])


def _numeric_date(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice([2015, 2019, 2022, 2023])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                       f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                       f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([2013, 2020])} - "
                       f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['ص', 'م'])}"])


def _ago(rng: random.Random) -> str:
    return rng.choice(AGO).format(n=rng.randint(3, 10))


def _english_ago(rng: random.Random) -> str:
    n = rng.randint(2, 11)
    return rng.choice([f"{n} hours ago", f"{n} minutes ago", f"{n} days ago", "a day ago", "an hour ago",
                       f"{n}h", f"{n}d"])


def _initial(name: str) -> str:
    for ch in name:
        if ch.isalpha():
            return ch.upper()
    return name[:1]


def _count_line(rng: random.Random, n: int) -> str:
    return rng.choice([f"{rng.choice(HEADERS)} ({n})", layout.count_header(rng, n, rng.choice(HEADERS)),
                       rng.choice(HEADERS), f"{rng.choice(HEADERS)}: {n}"])


def comment_section(rng: random.Random, page: layout.Page, comments: list[dict], style: str, k: int,
                    theme: dict) -> list[dict]:
    """Lay the comments out in one of EXTRA_STYLES; return the truth comments [{"author", "text"}]."""
    n = len(comments)
    meta = lambda t: page.add("comment_meta", t)  # noqa: E731
    text = lambda t: page.add("comment_text", t)  # noqa: E731
    english = style == "english_widget"
    form = (["Add a comment...", "Name", "Email", "Post comment"] if english and rng.random() < 0.7
            else rng.choice(FORMS))
    truth = []

    def add_form():
        for line in form:
            meta(line)

    if theme["form_first"] and rng.random() < 0.5:
        add_form()
        form_done = True
    else:
        form_done = False
    # the section's header
    if english:
        meta(rng.choice([f"Comments ({n})", f"{n} responses", f"View all {n} comments", "Start the conversation"]))
        if rng.random() < 0.6:
            meta(rng.choice(["Sort by: Newest", "Most liked  |  Latest", "Oldest first"]))
    elif style == "titled_box":
        meta(rng.choice(["أراء المتابعين", "آراء المتابعين", "آراء القرّاء", f"آراء المتابعين ({n})"]))
    elif style != "signed" or rng.random() < 0.7:
        meta(_count_line(rng, n))
    listed = rng.randrange(n) if rng.random() < 0.3 else -1
    for i, c in enumerate(comments):
        name = c["author"]
        lines = layout._comment_lines(c, rng, i == listed)
        if style == "numbered_block":
            meta(rng.choice([f"{i + 1}", f"#{i + 1}", f"{i + 1}"]))
            meta(name)
            meta(_full_date(rng))
            for line in lines:
                text(line)
            meta(rng.choice(VOTES).format(a=rng.randint(0, 60), b=rng.randint(0, 20)))
        elif style == "inline_card":
            shape = rng.randrange(3)
            if shape == 0:
                meta(f"{name} · {_ago(rng)}")
            elif shape == 1:
                meta(f"{name} | {_numeric_date(rng)}")
            else:
                meta(f"{name} - {_ago(rng)}")
            for line in lines:
                text(line)
            if rng.random() < 0.5:
                meta(rng.choice(CARD_ACTIONS).format(n=rng.randint(1, 30)))
        elif style == "signed":
            for line in lines:
                text(line)
            shape = rng.randrange(4)
            where = c.get("place") or (rng.choice(TOWNS) if shape != 1 else rng.choice(COUNTRIES))
            meta([f"— {name}، {where}", f"{name} ({where})", f"{name} - {where}",
                  f"- {name}"][shape])
            if rng.random() < 0.4:
                meta(_numeric_date(rng))
        elif style == "avatar":
            meta(_initial(name))
            meta(name)
            if rng.random() < 0.6:
                meta(_ago(rng))
            for line in lines:
                text(line)
            if rng.random() < 0.4:
                meta(rng.choice(CARD_ACTIONS).format(n=rng.randint(1, 30)))
        elif style == "reply_thread":
            reply = i > 0 and rng.random() < 0.55
            if reply:
                to = comments[i - 1]["author"]
                meta(rng.choice([f"↳ {name} ردًا على {to}", f"رد: {name}", f"↳ {name}", f"{name} ← {to}",
                                 f"{name} رداً على «{to}»"]))
                if rng.random() < 0.5:
                    meta(_ago(rng))
            else:
                meta(name)
                meta(rng.choice([_ago(rng), _numeric_date(rng)]))
            for line in lines:
                text(line)
            meta(rng.choice(["جاوب", "رد · إعجاب", f"إعجاب ({rng.randint(1, 20)}) · رد", "↩ رد"]))
        elif style == "english_widget":
            meta(rng.choice([f"{name} · {_english_ago(rng)}", f"{name} • {_english_ago(rng)}",
                             f"{name} {_english_ago(rng)}"]))
            for line in lines:
                text(line)
            meta(rng.choice(["Reply · Report", f"Like ({rng.randint(1, 40)}) · Reply", "Reply  Share  Report",
                             f"▲ {rng.randint(0, 30)} ▼ · Reply"]))
        elif style == "titled_box":
            title = c.get("subject") or (rng.choice(READER_TITLES) if rng.random() < 0.6 else None)
            if title:
                lines = [title] + lines
                text(title)
            else:
                meta(rng.choice(["بدون عنوان", "(بلا عنوان)"]))
            meta(rng.choice([f"{name} - {_numeric_date(rng)}", f"بقلم: {name}", f"{name}، {rng.choice(TOWNS)}",
                             f"{i + 1}. {name}"]))
            for line in lines[1:] if title else lines:
                text(line)
        else:
            raise ValueError(f"not one of EXTRA_STYLES: {style}")
        truth.append({"author": name, "text": "\n".join(lines)})
    if english and rng.random() < 0.5:
        meta(rng.choice(["Show more", "Show 5 more replies"]))
    if not form_done and rng.random() < 0.6:
        add_form()
    return truth


@contextmanager
def extra_layouts():
    """Every page with comments laid out in one of EXTRA_STYLES while the block runs; the generator's
    styles list and `layout.comment_section` put back on exit."""
    saved_styles, saved_section = layout.COMMENT_STYLES, layout.comment_section

    def section(rng, page, comments, style, k, theme):
        if style in EXTRA_STYLES and comments:
            return comment_section(rng, page, comments, style, k, theme)
        return saved_section(rng, page, comments, style, k, theme)

    try:
        layout.COMMENT_STYLES = list(EXTRA_STYLES)
        layout.comment_section = section
        yield
    finally:
        layout.COMMENT_STYLES = saved_styles
        layout.comment_section = saved_section


@contextmanager
def section_over_foot():
    """Every dev page prints its comment section right under the article's last paragraph, the
    story's tags and share bar under the comments (a layout some sites use and the generator
    otherwise never does): a probe of rules that read the foot as the end of the article."""
    saved = layout.SECTION_OVER_FOOT
    try:
        layout.SECTION_OVER_FOOT = True
        yield
    finally:
        layout.SECTION_OVER_FOOT = saved
