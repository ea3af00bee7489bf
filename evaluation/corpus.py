"""A noisy corpus with ground truth: articles written for it wrapped in invented site furniture.

`generate(out_dir, pages=300, seed=0)` writes

    out_dir/input/<site>/<page>.txt    most sites: the folder is the site key
    out_dir/input/<site>-<n>.txt       flat sites: one names itself in a header, one does not
    out_dir/truth.json                 per page: line labels, title, sources, language, encoding

Bodies are Arabic articles written for the corpus (`texts.ARTICLES`; never a seed page's text, issue 12)
and English, French, Persian and Urdu pages. Around them: per-site
slogans and signatures (only the repetition signal can know them), menus, breadcrumbs, stamps,
captions, share/ad/tag lines, related-link lists, comment sections in several styles, attribution
variants, headline repeats; then one byte-level noise per page: UTF-8, UTF-8 with BOM, UTF-16 LE/BE
with BOM, windows-1256, ISO-8859-6, UTF-8 shown as windows-1252 or as windows-1256 (mojibake),
HTML entities, presentation forms, bidi and invisible marks. Deterministic for a given seed.

Labels: body, chrome, comment, attribution, title (the headline and its repeats).

Its chrome, comment and form phrasings share no phrase of 8 characters or more with
`cleaning/data/` or the cleaners' literals (tests/test_disjoint.py).
"""

from __future__ import annotations

import codecs
import json
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252": how browsers show bytes)

from . import texts as T

NOISES = ["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1256", "iso-8859-6", "mojibake-cp1252",
          "mojibake-cp1256", "html-entities", "presentation-forms", "bidi-marks"]
EXPECTED_ENCODING = {"utf-8-bom": "utf-8-sig", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
                     "cp1256": "cp1256", "iso-8859-6": "iso8859-6"}
LABELS = ("body", "chrome", "comment", "attribution", "title")

# The generator's own agency oracle: (as printed, canonical). Independent of cleaning/data.
AGENCIES = [
    ("رويترز", "Reuters"), ("وكالة رويترز", "Reuters"), ("فرانس برس", "AFP"), ("أ ف ب", "AFP"),
    ("أسوشيتد برس", "AP"), ("أ ب", "AP"), ("الأناضول", "Anadolu"), ("وكالة الأناضول", "Anadolu"),
    ("سانا", "SANA"), ("روسيا اليوم", "RT"), ("سبوتنيك", "Sputnik"), ("د ب أ", "DPA"),
    ("شينخوا", "Xinhua"), ("وام", "WAM"), ("واس", "SPA"), ("قنا", "QNA"), ("كونا", "KUNA"),
    ("أ ش أ", "MENA"), ("الجزيرة", "Al Jazeera"), ("وكالات", "agencies"),
]
UNKNOWN_SOURCES = ["صحيفة الوطن", "موقع عرب نيوز", "إذاعة صوت الجبل"]


@dataclass
class Page:
    lines: list[tuple[str, str]] = field(default_factory=list)  # (label, text); "" label = blank

    def add(self, label: str, text: str, blank_after: bool = False) -> None:
        self.lines.append((label, text))
        if blank_after:
            self.lines.append(("", ""))


# --- material -------------------------------------------------------------------------------

def own_articles() -> list[tuple[str | None, list[str], str]]:
    """(title, body lines, article id): the Arabic articles written for the corpus."""
    return [(title, list(body), f"article{k}") for k, (title, body) in enumerate(T.ARTICLES)]


def _is_subhead(line: str) -> bool:
    """A short heading inside the article; a question can be one ('هل كانت الكارثة متوقعة؟')."""
    return len(line.split()) < 10 and not line.rstrip().endswith((".", "!", "”.", "\".", "»."))


def body_excerpt(rng: random.Random, body: list[str]) -> list[str]:
    """A contiguous run of paragraphs that neither starts nor ends with a subhead."""
    if len(body) <= 4 or rng.random() < 0.4:
        return list(body)
    n = rng.randint(3, len(body))
    start = rng.randint(0, len(body) - n)
    part = body[start:start + n]
    while part and _is_subhead(part[0]):
        part = part[1:]
    while part and (_is_subhead(part[-1]) or part[-1].rstrip().endswith(":")):
        part = part[:-1]  # nor with a quote's intro whose quote was cut off
    return part if len(part) >= 2 else list(body)


# --- page building --------------------------------------------------------------------------

def near_repeat(rng: random.Random, title: str, site_name: str | None) -> str:
    kind = rng.choice(["exact", "site", "diacritic", "punct", "label"])
    if kind == "site" and site_name:
        return f"{title} | {site_name}"
    if kind == "diacritic":
        return title.replace("ي", "يّ", 1) if "ي" in title else title + "!"
    if kind == "punct":
        return title + ":" if rng.random() < 0.5 else f"«{title}»"
    if kind == "label":
        return f"عاجل: {title}"
    return title


def attribution(rng: random.Random) -> tuple[str | None, list[str]]:
    """(line, expected sources): the variants of the issue."""
    style = rng.choice(["colon", "spaced", "plural", "paren", "dash", "bare", "pair", "unknown", "none",
                        "trio", "suffix"])
    a, b, c = rng.sample(AGENCIES, 3)
    if style == "colon":
        return f"المصدر: {a[0]}", [a[1]]
    if style == "spaced":
        return f"المصدر : {a[0]} + وكالات", list(dict.fromkeys([a[1], "agencies"]))
    if style == "plural":
        return f"المصادر: {a[0]}، {b[0]}", list(dict.fromkeys([a[1], b[1]]))
    if style == "paren":
        return "(وكالات)", ["agencies"]
    if style == "dash":
        return f"- {a[0]}", [a[1]]
    if style == "bare":
        return "وكالة الأناضول", ["Anadolu"]
    if style == "pair":
        return f"مصدر الخبر: {a[0]} و{b[0]}", list(dict.fromkeys([a[1], b[1]]))
    if style == "trio":
        return f"المصدر: {a[0]} / {b[0]} / {c[0]}", list(dict.fromkeys([a[1], b[1], c[1]]))
    if style == "suffix":
        return f"المصدر: وكالة {a[0]} للأنباء".replace("وكالة وكالة", "وكالة"), [a[1]]
    if style == "unknown":
        name = rng.choice(UNKNOWN_SOURCES)
        return f"المصدر: {name}", [name]
    return None, []


def comment_block(rng: random.Random, page: Page) -> None:
    style = rng.choice(["seed", "likes", "inline", "form", "numbered", "headerless", "replies"])
    n = rng.randint(2, 4)
    users = rng.sample(T.USERNAMES, n)
    texts_ = rng.sample(T.COMMENT_TEXTS, n)
    times = [rng.choice(T.RELATIVE_TIMES + T.ABSOLUTE_TIMES) for _ in range(n)]
    header_kind = rng.choice(list(T.COMMENT_HEADERS))
    header = rng.choice(T.COMMENT_HEADERS[header_kind]).format(n=n)
    if style != "headerless":
        page.add("comment", header, blank_after=True)
    if style == "form":
        for f in T.FORM_LINES:
            page.add("comment", f)
    for k in range(n):
        if style == "seed":
            page.add("comment", f"    {users[k]}", blank_after=True)
            page.add("comment", f"    ·{times[k]}")
            page.add("comment", f"    {texts_[k]}", blank_after=True)
        elif style == "likes":
            page.add("comment", users[k])
            page.add("comment", times[k])
            page.add("comment", texts_[k])
            page.add("comment", f"إعجاب {rng.randint(0, 40)} | رد", blank_after=True)
        elif style == "inline":
            page.add("comment", f"{users[k]} · {times[k]}")
            page.add("comment", texts_[k])
            page.add("comment", f"👍 {rng.randint(0, 40)}  👎 {rng.randint(0, 9)}", blank_after=True)
        elif style == "numbered":
            page.add("comment", f"{k + 1} - {users[k]}")
            page.add("comment", times[k])
            page.add("comment", texts_[k], blank_after=True)
        elif style == "replies" and k > 0:
            page.add("comment", f"↳ رداً على {users[k - 1]}")
            page.add("comment", f"{users[k]} - {times[k]}")
            page.add("comment", texts_[k], blank_after=True)
        else:  # headerless, form, first of replies: name / time / text
            page.add("comment", users[k])
            page.add("comment", times[k])
            page.add("comment", texts_[k], blank_after=True)


def arabic_page(rng: random.Random, site: dict, article: tuple, flat_header: bool) -> tuple[Page, dict]:
    title, body, _ = article
    body = body_excerpt(rng, body)
    page = Page()
    name = site["name"]
    if flat_header or (site["header"] and rng.random() < 0.7):
        page.add("chrome", f"{name} | {rng.choice(T.SECTIONS)}")
    slogans = site["slogans"]
    if slogans and rng.random() < 0.85:
        page.add("chrome", slogans[0], blank_after=True)
    if rng.random() < 0.5:
        page.add("chrome", site["menu"])
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.BREADCRUMBS))
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.DATE_STAMPS))
    has_title = title is not None and rng.random() < 0.9
    if has_title:
        page.add("title", title, blank_after=True)
        if rng.random() < 0.35:
            page.add("title", near_repeat(rng, title, name), blank_after=rng.random() < 0.5)
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.STAMP_LABELS))
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.CAPTIONS), blank_after=True)
    if rng.random() < 0.25 and len(body[0].split()) > 12:
        page.add("chrome", " ".join(body[0].split()[:rng.randint(8, 12)]) + "...")
    for k, line in enumerate(body):
        page.add("body", line, blank_after=site["blank_lines"])
        last = k == len(body) - 1
        if not last and not _is_subhead(line) and not _is_subhead(body[k + 1]) and rng.random() < 0.12:
            page.add("chrome", rng.choice(T.INLINE_LINKS + T.AD_LINES + T.CAPTIONS[:2]), blank_after=True)
    source_line, sources = attribution(rng)
    if source_line:
        page.add("attribution", source_line, blank_after=True)
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.TAG_LINES))
    if rng.random() < 0.4:
        for share in rng.sample(T.SHARE_LINES, rng.randint(1, 3)):
            page.add("chrome", share)
    if len(slogans) > 1 and rng.random() < 0.7:
        page.add("chrome", slogans[1], blank_after=True)
    if rng.random() < 0.35:
        page.add("chrome", rng.choice(T.RELATED_HEADINGS))
        for item in rng.sample(T.RELATED_ITEMS, rng.randint(2, 4)):
            page.add("chrome", item)
        page.lines.append(("", ""))
    if rng.random() < 0.45:
        comment_block(rng, page)
    if site["signature"] and rng.random() < 0.8:
        page.add("chrome", site["signature"])
    if rng.random() < 0.4:
        page.add("chrome", rng.choice(T.NEWSLETTER))
    if rng.random() < 0.4:
        for item in rng.sample(T.FOOTER_LINES, rng.randint(2, 4)):
            page.add("chrome", item)
    if rng.random() < 0.5:
        page.add("chrome", rng.choice(T.COPYRIGHTS).format(name=name or "الموقع"))
    truth = {"title": title if has_title else None, "sources": sources, "language": "ar"}
    return page, truth


def foreign_page(rng: random.Random, site: dict, lang: str) -> tuple[Page, dict]:
    title, body = rng.choice(T.FOREIGN_ARTICLES[lang])
    page = Page()
    page.add("chrome", site["slogans"][0], blank_after=True)
    if rng.random() < 0.6:
        page.add("chrome", T.FOREIGN_MENUS[lang])
    page.add("title", title, blank_after=True)
    for line in body:
        page.add("body", line, blank_after=True)
    page.add("chrome", site["signature"])
    page.add("chrome", f"© 2017 {site['name']}")
    return page, {"title": title, "sources": [], "language": lang}


# --- byte-level noise -----------------------------------------------------------------------

_RIGHT_JOINING = set("اأإآدذرزوؤةىٱ")
_LAM_ALEF = {"ا": ("\ufefb", "\ufefc"), "أ": ("\ufef7", "\ufef8"), "إ": ("\ufef9", "\ufefa"), "آ": ("\ufef5", "\ufef6")}


def _form(ch: str, form: str) -> str:
    try:
        return unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM")
    except (KeyError, ValueError):
        return ch


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def shape(text: str) -> str:
    """Arabic letters to contextual presentation forms (as PDF extractions and old sites show)."""
    out, chars, i = [], list(text), 0
    while i < len(chars):
        ch = chars[i]
        if not _is_letter(ch):
            out.append(ch)
            i += 1
            continue
        prev = out[-1] if out else ""
        prev_letter = chars[i - 1] if i > 0 else ""
        joins_prev = _is_letter(prev_letter) and prev_letter not in _RIGHT_JOINING and prev_letter != "ء"
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch == "ل" and nxt in _LAM_ALEF:
            out.append(_LAM_ALEF[nxt][1 if joins_prev else 0])
            i += 2
            continue
        joins_next = _is_letter(nxt) and ch not in _RIGHT_JOINING and ch != "ء"
        form = {(False, False): "ISOLATED", (True, False): "FINAL", (False, True): "INITIAL",
                (True, True): "MEDIAL"}[(joins_prev, joins_next)]
        out.append(_form(ch, form))
        del prev
        i += 1
    return "".join(out)


def _entities(rng: random.Random, text: str) -> str:
    out = []
    for ch in text:
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif "\u0600" <= ch <= "\u06ff" and rng.random() < 0.3:
            out.append(f"&#{ord(ch)};")
        elif ch == " " and rng.random() < 0.05:
            out.append("&nbsp;")
        else:
            out.append(ch)
    return "".join(out)


def _bidi(rng: random.Random, line: str) -> str:
    if not line:
        return line
    choice = rng.random()
    words = line.split(" ")
    if choice < 0.25:
        line = "\u200f" + line
    elif choice < 0.45:
        line = "\u202b" + line + "\u202c"
    elif choice < 0.6:
        line = "\u2067" + line + "\u2069"
    words = line.split(" ")
    for k in range(1, len(words)):
        r = rng.random()
        if r < 0.08:
            words[k] = "\u200b" + words[k]
        elif r < 0.14:
            words[k] = "\u200e" + words[k] + "\u200e" if words[k][:1].isdigit() else words[k]
    line = " ".join(words)
    if rng.random() < 0.3:
        line = line.replace(" ", "\u00a0", 2)
    return line


def _legacy_safe(text: str, encoding: str, label: str = "body") -> str:
    """What of a line survives a legacy encoding: typographic marks simplified, the rest dropped."""
    if encoding == "iso8859_6" and label == "chrome":
        text = text.replace("»", ">").replace("·", "-")
    if encoding == "iso8859_6":
        for a, b in (("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("–", "-"), ("—", "-"), ("…", "..."),
                     ("©", "(c)"), ("•", "-"), ("›", ">")):
            text = text.replace(a, b)
    safe = text.encode(encoding, errors="ignore").decode(encoding)
    return " ".join(safe.split())


def render(rng: random.Random, page: Page, noise: str, crlf: bool) -> tuple[bytes, list[tuple[str, str]]]:
    """(file bytes, the page's (label, text) lines as a faithful decoder should read them)."""
    lines = list(page.lines)
    legacy = {"cp1256": "cp1256", "iso-8859-6": "iso8859_6"}.get(noise)
    if legacy:
        lines = [(label, _legacy_safe(text, legacy, label)) for label, text in lines]
        lines = [(label, text) if text.strip() or not label else ("", "") for label, text in lines]
    truth = [(label, " ".join(text.replace("\u00a0", " ").split())) for label, text in lines]
    if noise == "presentation-forms":
        shown = [shape(text) for _, text in lines]
    elif noise == "bidi-marks":
        shown = [_bidi(rng, text) for _, text in lines]
    elif noise == "html-entities":
        shown = [_entities(rng, text) for _, text in lines]
    else:
        shown = [text for _, text in lines]
    text = ("\r\n" if crlf else "\n").join(shown)
    if noise == "mojibake-cp1252":
        text = text.encode("utf-8").decode("sloppy-windows-1252")
    elif noise == "mojibake-cp1256":
        text = text.encode("utf-8").decode("cp1256")
    if noise == "utf-8-bom":
        raw = codecs.BOM_UTF8 + text.encode("utf-8")
    elif noise == "utf-16-le":
        raw = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif noise == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    elif legacy:
        raw = text.encode(legacy)
    else:
        raw = text.encode("utf-8")
    return raw, truth


# --- the corpus -----------------------------------------------------------------------------

def _sites(rng: random.Random) -> list[dict]:
    sites = []
    for key, name, slogans, signature in T.SITES:
        sites.append({"key": key, "name": name, "slogans": slogans, "signature": signature, "flat": False,
                      "header": rng.random() < 0.4, "menu": rng.choice(T.MENUS),
                      "blank_lines": rng.random() < 0.6, "lang": "ar"})
    for key, name, slogans, signature in T.FLAT_SITES:
        sites.append({"key": key, "name": name, "slogans": slogans, "signature": signature, "flat": True,
                      "header": name is not None, "menu": rng.choice(T.MENUS), "blank_lines": True,
                      "lang": "ar"})
    for (key, name, slogans, signature), lang in zip(T.NON_ARABIC_SITES, ["en", "fr", "fa", "ur"]):
        sites.append({"key": key, "name": name, "slogans": slogans, "signature": signature, "flat": False,
                      "header": False, "menu": "", "blank_lines": True, "lang": lang})
    return sites


def generate(out_dir: Path, pages: int = 300, seed: int = 0) -> dict:
    """Write the corpus and its truth; return the truth."""
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    input_dir = out_dir / "input"
    input_dir.mkdir(parents=True, exist_ok=True)
    articles = own_articles()
    sites = _sites(rng)
    arabic_sites = [s for s in sites if s["lang"] == "ar"]
    foreign_sites = [s for s in sites if s["lang"] != "ar"]
    n_foreign = max(4, pages // 12)
    plan = [rng.choice(arabic_sites) for _ in range(pages - n_foreign)]
    plan += [foreign_sites[k % len(foreign_sites)] for k in range(n_foreign)]
    rng.shuffle(plan)
    noises = [NOISES[k % len(NOISES)] for k in range(len(plan))]
    rng.shuffle(noises)
    truth_pages = []
    counters: dict[str, int] = {}
    for n, site in enumerate(plan):
        counters[site["key"]] = counters.get(site["key"], 0) + 1
        number = counters[site["key"]]
        if site["lang"] == "ar":
            page, truth = arabic_page(rng, site, rng.choice(articles), flat_header=site["flat"] and site["header"])
            noise = noises[n]
        else:
            page, truth = foreign_page(rng, site, site["lang"])
            noise = "utf-8"
        crlf = rng.random() < 0.15
        raw, lines = render(rng, page, noise, crlf)
        if site["flat"]:
            doc_id = f"{site['key']}-{number:04d}"
            site_key, key_source = (site["name"], "header") if site["header"] else (None, None)
        else:
            doc_id = f"{site['key']}/{number:04d}"
            site_key, key_source = site["key"], "folder"
        path = input_dir / f"{doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        labels = [[k + 1, label, text] for k, (label, text) in enumerate(lines) if label and text]
        truth_pages.append({
            "id": doc_id, "site_key": site_key, "site_key_source": key_source, "noise": noise,
            "encoding": EXPECTED_ENCODING.get(noise, "utf-8"), "crlf": crlf, **truth, "lines": labels,
        })
    truth = {"seed": seed, "pages": truth_pages, "labels": list(LABELS), "noises": NOISES}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
