"""Pages with ground truth from the real sample: real headlines, paragraphs and reader comments,
laid out as news sites lay them out.

`generate(sample, out_dir, split="dev", pages=400, seed=0)` writes

    out_dir/input/<site>/<page>.txt     one folder per site (the site key)
    out_dir/truth.json                  per page: line labels, title, agencies, comments, usernames

Everything written comes from the sample (articles, bylines, comments, display names) except the
layout: site furniture, comment-section furniture and agency credit formats. Those phrasings have
two variant sets, one used on dev pages and one on test pages, so the test split measures rules
that generalize rather than rules that list what dev shows. The dev set is readable here
(DEV_PHRASINGS, CREDITS[0], CITIES[0]); the test set is sealed in sealed.py, encoded, so that
reading this file while writing rules does not show it. Deterministic for a given seed.

Labels: title, body, byline (the article's byline or the site's dateline), attribution (an agency
credit line), chrome, comment_text, comment_meta (author, time, action, vote, header, count and
form lines of a comment section).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from .sealed import sealed_phrasings

LABELS = ("title", "body", "byline", "attribution", "chrome", "comment_text", "comment_meta")
# Strings every site of a platform prints word for word (the issue names them): the only layout
# strings allowed to coincide with the cleaners' lexicons (tests/test_disjoint.py exempts them).
PLATFORM_STRINGS = ("أعجبني · رد", "لن يتم نشر عنوان بريدك الإلكتروني", "كن أول من يعلق")

SITE_NAMES = {
    "alghad": "الغد", "youm7": "اليوم السابع", "alriyadh": "جريدة الرياض", "alarabiya": "العربية نت",
    "cnn": "سي ان ان عربي", "skynews": "سكاي نيوز عربية", "bbc": "بي بي سي نيوز عربي", "france24": "فرانس 24 عربي",
    "jawharafm": "الجوهرة اف ام",
}
COUNTRY_AR = {"AE": "الإمارات", "EG": "مصر", "IQ": "العراق", "JO": "الأردن", "KW": "الكويت", "LB": "لبنان",
              "MA": "المغرب", "SA": "السعودية", "YE": "اليمن", "BH": "البحرين", "DZ": "الجزائر", "LY": "ليبيا",
              "MR": "موريتانيا", "OM": "عمان", "PS": "فلسطين", "QA": "قطر", "SD": "السودان", "SY": "سوريا",
              "TM": "تونس"}

# --- layout phrasings ---------------------------------------------------------------------------
# The dev split's variants, readable; the test split's are sealed (sealed.py). V[key] is (dev, test).
DEV_PHRASINGS = {
    "sections": ["محليات", "اقتصاد وأعمال", "رياضة محلية", "منوعات", "العالم اليوم", "فنون", "صحة"],
    "home": ["الصفحة الأولى", "البداية"],
    "menu_seps": [" | ", " - ", " / "],
    "controls": [["حجم الخط", "A+", "A-"], ["اطبع الصفحة"], ["أرسل الخبر لصديق"],
                 ["شغّل التسجيل الصوتي", "00:00 / 03:12"]],
    "share": ["شارك على فيسبوك", "غرّد على تويتر", "واتساب"],
    "related": ["مواضيع قد تهمك", "مقالات مرتبطة"],
    "footer": ["جميع الحقوق محفوظة لـ{site} © {year}", "من نحن | اتصل بنا | سياسة الخصوصية"],
    "slogan": ["{site}: الخبر كما هو", "{site} ... صوتك اليومي"],
    "stamp": ["آخر تحديث: {d} - {t}", "نشر في {d} الساعة {t}"],
    "tags": ["كلمات دالة: {a}، {b}", "وسوم: {a} - {b}"],
    # comment sections
    "form": [["أضف تعليقاً", "الاسم *", "بريدك *", "لن يتم نشر عنوان بريدك الإلكتروني", "أرسل التعليق"],
             ["أدلِ بصوتك", "اسمك", "نص التعليق", "إرسال"]],
    "empty": ["كن أول من يعلق على الخبر"],
    "header_word": ["التعليقات", "قالوا عن الخبر"],
    "fb_actions": ["أعجبني · رد · {n} ي", "أعجبني · رد · {n} س"],
    "fb_plugin": ["فيسبوك Comments Plugin"],
    "disqus_top": ["{n} Comments", "Sort by Best", "Login"],
    "disqus_time": ["{n} hours ago", "{n} days ago"],
    "disqus_act": ["Reply • Share ›"],
    "by": ["بواسطة: {name} - {date}"],
    "wp_time": ["منذ {n} ساعات", "منذ {n} دقيقة"],
    "wp_reply": ["رد"],
    "votes": ["👍 {a}  👎 {b}", "موافق ({a}) غير موافق ({b})"],
    "reply_to": ["رد على {name}"],
    "date_place": ["{date} {time} - {place}", "{place} | {date}"],
}
_SEALED = sealed_phrasings()
V = {key: (dev, _SEALED["V"][key]) for key, dev in DEV_PHRASINGS.items()}

# Agency credits: (printed form, canonical name as the pipeline names agencies). Our own table.
AGENCY_CANON = {"رويترز": "Reuters", "أ ف ب": "AFP", "فرانس برس": "AFP", "واس": "SPA", "قنا": "QNA",
                "بترا": "Petra", "وام": "WAM", "كونا": "KUNA", "سانا": "SANA", "وكالة تسنيم": "Tasnim",
                "سكاي نيوز عربية": "Sky News Arabia", "وات": "TAP", "CNN": "CNN", "أ ش أ": "MENA",
                "وأس": "SPA", "أ. ف. ب.": "AFP", "أ.ف.ب": "AFP", "ا.ف.ب": "AFP"}
# credit formats: {a} agency as printed; {c} a city; where: line (own line after the body),
# top (own line before the body), lead (prefix of the first paragraph, which stays body)
CREDITS = (
    [("line", "({a})"), ("line", "- {a}"), ("top", "{c} {hd} هـ الموافق {gd} م {a}"), ("lead", "{c} ({a}) - "),
     ("line", "المصدر: {a}")],
    [tuple(credit) for credit in _SEALED["credits"]],
)
AGENCIES = ["رويترز", "أ ف ب", "واس", "قنا", "بترا", "وام", "كونا", "سانا", "وكالة تسنيم", "سكاي نيوز عربية", "وات"]
CITIES = (["جدة", "الرياض", "عمان", "القاهرة", "بيروت", "دبي", "الكويت"], _SEALED["cities"])
HIJRI = ["محرم", "صفر", "ربيع الأول", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة"]
GREG = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

# calendar words every dated page uses (exempt from tests/test_disjoint.py like PLATFORM_STRINGS)
CALENDAR_WORDS = tuple(HIJRI + GREG)

SECTION_OVER_FOOT = False  # True: the comment section above the tags and share bar (extra_layouts.section_over_foot)
COMMENT_STYLES = ["facebook", "colon", "dash", "disqus", "by", "headerless", "wordpress", "numbered", "threaded",
                  "aoc", "empty"]
ENCODINGS = [("utf-8", 70), ("utf-8-sig", 8), ("cp1256", 8), ("utf-16-le-nobom", 5), ("utf-16-be-nobom", 3),
             ("utf-16", 6)]
EXPECTED = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1256": "cp1256", "utf-16-le-nobom": "utf-16-le",
            "utf-16-be-nobom": "utf-16-be", "utf-16": "utf-16-le"}


def count_header(rng: random.Random, n: int, word: str) -> str:
    """A comment count in the grammatical number Arabic uses for n."""
    if rng.random() < 0.25:
        return f"عدد التعليقات: {n}" if rng.random() < 0.5 else f"{word} ({n})"
    if n == 1:
        return "تعليق واحد"
    if n == 2:
        return "تعليقان"
    if 3 <= n <= 10:
        return f"{n} تعليقات"
    return f"{n} تعليقا"


class Page:
    def __init__(self):
        self.lines: list[tuple[str, str]] = []

    def add(self, label: str, text: str) -> None:
        self.lines.append((label, " ".join(text.split())))

    def blank(self) -> None:
        self.lines.append(("", ""))


def _pick(rng: random.Random, key: str, k: int) -> str:
    return rng.choice(V[key][k])


def _site_theme(rng: random.Random, site: str, country: str, k: int) -> dict:
    name = SITE_NAMES.get(site) or f"صحيفة {COUNTRY_AR.get(country, '')} اليوم"
    sections = rng.sample(V["sections"][k], 5)
    return {
        "name": name, "sep": rng.choice(V["menu_seps"][k]), "sections": sections,
        "slogan": rng.choice(V["slogan"][k]).format(site=name),
        "footer": [f.format(site=name, year=rng.choice([2015, 2017, 2018, 2021])) for f in V["footer"][k]],
        "controls": rng.sample(V["controls"][k], rng.randint(1, 3)),
        "styles": rng.sample(COMMENT_STYLES, 4),
        "form_first": rng.random() < 0.3,
        "has_stamp": rng.random() < 0.6,
        "slogan_top": rng.random() < 0.5,
    }


def _date(rng: random.Random) -> tuple[str, str]:
    return (f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2010, 2014, 2016, 2018])}",
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")


def _credit(rng: random.Random, k: int, country_agency: str | None) -> tuple[str, str, str]:
    """(where, text, canonical agency)."""
    agency = country_agency if country_agency and rng.random() < 0.5 else rng.choice(AGENCIES)
    where, fmt = rng.choice(CREDITS[k])
    text = fmt.format(a=agency, c=rng.choice(CITIES[k]),
                      hd=f"{rng.randint(1, 29)} {rng.choice(HIJRI)} {rng.randint(1430, 1445)}",
                      gd=f"{rng.randint(1, 28)} {rng.choice(GREG)} {rng.randint(2009, 2023)}")
    return where, text, AGENCY_CANON[agency]


COUNTRY_AGENCY = {"SA": "واس", "QA": "قنا", "JO": "بترا", "AE": "وام", "KW": "كونا", "SY": "سانا", "TN": "وات",
                  "TM": "وات"}


def _byline_agencies(byline: str | None) -> list[str]:
    if not byline:
        return []
    words = byline.replace("-", " ").replace("–", " ").replace(":", " ").split()
    found = []
    for printed, canon in AGENCY_CANON.items():
        parts = printed.split()
        if any(words[i:i + len(parts)] == parts for i in range(len(words))) and canon not in found:
            found.append(canon)
    return found


# --- comment sections -------------------------------------------------------------------------------

def _comment_lines(c: dict, rng: random.Random, numbered_list: bool) -> list[str]:
    """The text of one comment as lines: one line, or a numbered list inside the comment."""
    text = c["text"]
    parts = [p.strip() for p in text.replace("؟", "؟|").replace("!", "!|").replace(".", ".|").split("|")
             if sum(ch.isalpha() for ch in p) >= 4]
    if numbered_list and len(parts) >= 3:
        return [parts[0]] + [f"{i}- {p}" for i, p in enumerate(parts[1:4], 1)]
    return [text]


def comment_section(rng: random.Random, page: Page, comments: list[dict], style: str, k: int,
                    theme: dict) -> list[dict]:
    """Lay the comments out; return the truth comments [{"author", "text"}]."""
    truth = []
    n = len(comments)
    meta = lambda t: page.add("comment_meta", t)  # noqa: E731
    form = rng.choice(V["form"][k])

    def add_form():
        for line in form:
            meta(line)

    if style == "empty" or n == 0:
        meta(_pick(rng, "empty", k))
        add_form()
        return truth
    if theme["form_first"] and style not in ("disqus", "facebook"):
        add_form()
    if style == "facebook":
        meta(count_header(rng, n, _pick(rng, "header_word", k)))
    elif style == "disqus":
        for t in V["disqus_top"][k]:
            meta(t.format(n=n))
    elif style not in ("headerless", "colon", "dash") or rng.random() < 0.5:
        meta(rng.choice([count_header(rng, n, _pick(rng, "header_word", k)), _pick(rng, "header_word", k)]))
    listed = rng.randrange(n) if rng.random() < 0.3 else -1
    for i, c in enumerate(comments):
        name, date_time = c["author"], _date(rng)
        lines = _comment_lines(c, rng, i == listed)
        if style == "aoc" and c.get("subject"):
            # the subject line is the reader's own words: part of the comment, not its metadata
            lines = [c["subject"]] + lines
        truth.append({"author": name, "text": "\n".join(lines)})
        if style == "facebook":
            meta(name)
            for line in lines:
                page.add("comment_text", line)
            meta(_pick(rng, "fb_actions", k).format(n=rng.randint(1, 9)))
        elif style in ("colon", "dash"):
            sep = ": " if style == "colon" else " - "
            page.add("comment_text", name + sep + lines[0])
            for line in lines[1:]:
                page.add("comment_text", line)
        elif style == "disqus":
            meta(name)
            meta(_pick(rng, "disqus_time", k).format(n=rng.randint(2, 11)))
            for line in lines:
                page.add("comment_text", line)
            meta(_pick(rng, "disqus_act", k))
        elif style == "by":
            meta(_pick(rng, "by", k).format(name=name, date=date_time[0]))
            for line in lines:
                page.add("comment_text", line)
        elif style == "headerless":
            meta(name)
            meta(f"{date_time[0]} {date_time[1]}")
            for line in lines:
                page.add("comment_text", line)
        elif style in ("wordpress", "threaded"):
            if style == "threaded" and i > 0 and rng.random() < 0.5:
                meta(_pick(rng, "reply_to", k).format(name=comments[i - 1]["author"]))
            meta(name)
            meta(_pick(rng, "wp_time", k).format(n=rng.randint(3, 9)))
            for line in lines:
                page.add("comment_text", line)
            meta(_pick(rng, "wp_reply", k))
        elif style == "numbered":
            meta(f"{i + 1}. {name}" if k == 0 else f"{i + 1} - {name}")
            for line in lines:
                page.add("comment_text", line)
            meta(_pick(rng, "votes", k).format(a=rng.randint(0, 40), b=rng.randint(0, 15)))
        elif style == "aoc":   # the comment's own date, place and subject as the site printed them
            meta(f"{i + 1} - {name}")
            for line in lines:
                page.add("comment_text", line)
            meta(_pick(rng, "date_place", k).format(date=c.get("date") or date_time[0],
                                                   time=c.get("time") or date_time[1],
                                                   place=c.get("place") or theme["name"]))
    if not theme["form_first"] or style in ("disqus", "facebook"):
        if style == "facebook":
            meta(_pick(rng, "fb_plugin", k))
        elif rng.random() < 0.7:
            add_form()
    return truth


# --- one page --------------------------------------------------------------------------------------

def article_page(rng: random.Random, art: dict, theme: dict, comments: list[dict], style: str,
                 k: int) -> tuple[Page, dict]:
    page = Page()
    sep, name = theme["sep"], theme["name"]
    # masthead, menu, breadcrumb
    page.add("chrome", name)
    page.add("chrome", sep.join([_pick(rng, "home", k)] + theme["sections"]))
    if theme["slogan_top"]:
        page.add("chrome", theme["slogan"])
    page.blank()
    if rng.random() < 0.5:
        page.add("chrome", " » ".join([_pick(rng, "home", k), rng.choice(theme["sections"])]))
    if theme["has_stamp"]:
        d, t = _date(rng)
        page.add("chrome", _pick(rng, "stamp", k).format(d=d, t=t))
    page.add("title", art["title"])
    for control in theme["controls"]:
        page.add("chrome", "  ".join(control) if rng.random() < 0.5 else control[0])
    agencies = _byline_agencies(art.get("byline"))
    if art.get("byline"):
        byline = art["byline"]
        if art["source"] == "ant-multi" and rng.random() < 0.3 and not agencies:
            byline = ("بقلم: " if k == 0 else "بقلم ") + byline
        page.add("byline", byline)
    if art.get("dateline"):
        page.add("byline", art["dateline"])
    paragraphs = list(art["paragraphs"][:14])
    if "CNN" in paragraphs[0][:80]:
        agencies.append("CNN")
    credit = None
    if rng.random() < 0.45:
        credit = _credit(rng, k, COUNTRY_AGENCY.get(art["country"]))
        if credit[2] not in agencies:
            agencies.append(credit[2])
        if credit[0] == "top":
            page.add("attribution", credit[1])
        elif credit[0] == "lead":
            paragraphs[_first_paragraph(paragraphs)] = credit[1] + paragraphs[_first_paragraph(paragraphs)]
    page.blank()
    first = _first_paragraph(paragraphs)
    for n, p in enumerate(paragraphs):
        # control characters in the source text (a NUL line) are no text a reader sees
        p = " ".join("".join(ch for ch in p if ch.isprintable() or ch.isspace()).split())
        if p:
            # the source's own head matter above its first paragraph (a kicker, a deck, the
            # writer's name, a paper's credit, a stray share button): either kept or removed is fine
            page.add("byline" if n < first else "body", p)
    if credit and credit[0] == "line":
        page.add("attribution", credit[1])
    page.blank()
    if SECTION_OVER_FOOT:   # some sites print the readers right under the text, the story's foot under them
        truth_comments = comment_section(rng, page, comments, style, k, theme)
        page.blank()
    if rng.random() < 0.6:
        words = [w for w in art["title"].split() if len(w) > 3] or ["أخبار", "محلية"]
        page.add("chrome", _pick(rng, "tags", k).format(a=rng.choice(words), b=rng.choice(theme["sections"])))
    page.add("chrome", "  ".join(rng.sample(V["share"][k], 3)))
    page.blank()
    if not SECTION_OVER_FOOT:
        truth_comments = comment_section(rng, page, comments, style, k, theme)
    page.blank()
    if rng.random() < 0.5:
        page.add("chrome", _pick(rng, "related", k))
    for line in theme["footer"]:
        page.add("chrome", line)
    page.add("chrome", theme["slogan"])
    truth = {"title": art["title"], "agencies": agencies, "comments": truth_comments, "style": style,
             "article": art["id"], "source": art["source"]}
    return page, truth


def _first_paragraph(paragraphs: list[str]) -> int:
    """Index of the source text's first paragraph: a sentence, or a long line; what stands above
    it is the scraped page's head matter."""
    for n, p in enumerate(paragraphs):
        if len(p.split()) >= 12 or p.rstrip(" \"'»”)").endswith((".", "؟", "?", "!", "…")):
            return n
    return 0


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-nobom":
        return text.encode("utf-16-le")
    if encoding == "utf-16-be-nobom":
        return text.encode("utf-16-be")
    if encoding == "cp1256":
        return text.encode("cp1256", errors="replace")
    return text.encode(encoding)


def _cp1256_safe(page: Page) -> bool:
    try:
        "\n".join(t for _, t in page.lines).encode("cp1256")
        return True
    except UnicodeEncodeError:
        return False


# --- the corpus --------------------------------------------------------------------------------------

def generate(sample: list[dict], out_dir: Path, split: str = "dev", pages: int = 400, seed: int = 0) -> dict:
    """Write the pages of one split and their truth; return the truth."""
    if split not in ("dev", "test"):
        raise ValueError("split is dev or test")
    k = 0 if split == "dev" else 1
    rng = random.Random(f"{seed}-{split}")
    out_dir = Path(out_dir)
    articles = [r for r in sample if r["kind"] == "article" and r["split"] == split]
    comments = [r for r in sample if r["kind"] == "comment" and r["split"] == split]
    if not articles or not comments:
        raise ValueError(f"the sample has no {split} articles or comments")
    by_site = defaultdict(list)
    for a in articles:
        by_site[a["site"]].append(a)
    names = sorted({c["author"] for c in comments if c.get("author")}
                   | {h for c in comments for h in c.get("handles") or []})
    by_article_site = defaultdict(list)  # AOC comments stay with their own site's pages
    other = []
    for c in comments:
        (by_article_site[c["site"]] if c["source"] == "aoc" else other).append(c)
    sites = sorted(by_site)
    themes = {s: _site_theme(random.Random(f"{seed}-{split}-{s}"), s, by_site[s][0]["country"], k) for s in sites}
    truth_pages = []
    used = defaultdict(int)
    weights = [w for _, w in ENCODINGS]
    for n in range(pages):
        site = sites[n % len(sites)]
        pool = by_site[site]
        art = pool[used[site] % len(pool)] if used[site] < len(pool) else rng.choice(pool)
        if used[site] == 0:
            rng.shuffle(pool)
            art = pool[0]
        used[site] += 1
        theme = themes[site]
        style = rng.choice(theme["styles"])
        n_comments = 0 if style == "empty" else rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 11, 12])
        source = by_article_site.get(site) if by_article_site.get(site) and rng.random() < 0.7 else other
        chosen = [dict(c) for c in rng.sample(source, min(n_comments, len(source)))]
        if style == "aoc" and source is other:
            style = "headerless"
        for c in chosen:
            if not c.get("author"):
                c["author"] = rng.choice(names)
        page, truth = article_page(rng, art, theme, chosen, style, k)
        encoding = rng.choices([e for e, _ in ENCODINGS], weights)[0]
        if encoding == "cp1256" and not _cp1256_safe(page):
            encoding = "utf-8"
        crlf = rng.random() < 0.2
        text = ("\r\n" if crlf else "\n").join(t for _, t in page.lines) + "\n"
        page_id = f"{site}/{split}-{n:04d}"
        path = out_dir / "input" / f"{page_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_encode(text, encoding))
        labelled = [(i, label, t) for i, (label, t) in enumerate(page.lines, 1) if label]
        comment_texts = " ".join(c["text"] for c in truth["comments"])
        prose = " ".join(t for _, label, t in labelled if label in ("title", "body", "byline"))
        usernames = sorted({c["author"] for c in truth["comments"]
                            if len(c["author"].strip()) >= 3 and c["author"] not in prose
                            and c["author"] not in comment_texts})
        truth_pages.append({"id": page_id, "site": site, "split": split, "noise": encoding,
                            "encoding": EXPECTED[encoding], "crlf": crlf, "language": "ar",
                            "site_key": site, **truth, "usernames": usernames, "lines": labelled})
    truth_all = {"kind": "real", "split": split, "seed": seed, "pages": truth_pages, "labels": list(LABELS)}
    (out_dir / "truth.json").write_text(json.dumps(truth_all, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth_all

