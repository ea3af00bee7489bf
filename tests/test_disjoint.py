"""The evaluation corpora must not share their vocabulary with the rules they score.

A corpus whose phrases are in the cleaners' lexicons measures recall of a list, not
generalization (issue 12). Fails when a line or phrase (>= 8 characters) that an evaluation
generator can print (string literals of evaluation/corpus.py, texts.py, blind.py,
evaluation/real/layout.py, own_phrasings.py and fresh_phrasings.py, and the test split's phrasings sealed in
evaluation/real/sealed.py) is a row of cleaning/data/* (agency tables excepted: agency names are
truth labels) or appears in a string literal of cleaning/*.py. The offending (file, row) pairs are
written to /tmp/disjoint_overlaps.txt. Exempt, because they are language and not a site's
vocabulary: month and weekday names (Arabic, Levantine, Maghrebi, Hijri, French, English, Persian),
the platform strings of evaluation/real/layout.py, and agency names as cleaning/data/agencies.tsv
prints them (truth labels, wherever a lexicon repeats them). Also: no evaluation body comes from
the seeds, in the real corpus and in the two generated ones.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from evaluation.real.layout import CALENDAR_WORDS, PLATFORM_STRINGS

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = ["evaluation/corpus.py", "evaluation/texts.py", "evaluation/blind.py", "evaluation/real/layout.py",
              "evaluation/real/own_phrasings.py", "evaluation/real/fresh_phrasings.py"]
MIN_CHARS = 8
REPORT = Path("/tmp/disjoint_overlaps.txt")

# Month and weekday names are language: every dated page prints them, whatever the site.
CALENDAR = {
    # Arabic weekdays (with and without hamza)
    "السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
    # Gregorian months, Egyptian/Gulf names and spellings
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
    # Levantine/Iraqi months
    "كانون الثاني", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "أيلول", "ايلول",
    "تشرين الأول", "تشرين الاول", "تشرين الثاني", "كانون الأول", "كانون الاول",
    # Maghrebi months (Algeria/Tunisia, Morocco)
    "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
    # Hijri months
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الآخرة", "جمادى الثانية",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    # French, English
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
    # Persian weekdays and months
    "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه",
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
}


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip()


def literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def phrases_of(text: str) -> set[str]:
    """Lines of a literal, cut at format placeholders, of at least MIN_CHARS characters."""
    out = set()
    for line in text.split("\n"):
        for piece in re.split(r"\{[^{}]*\}", line):
            piece = norm(piece)
            # printed text: a space or a non-ASCII letter (not an identifier such as a dict key)
            if len(piece) >= MIN_CHARS and re.search(r"[^\W\d_]", piece) and (" " in piece or not piece.isascii()):
                out.add(piece)
    return out


def generated_phrases() -> dict[str, str]:
    """phrase -> the generator files that print it (comma-separated, all of them)."""
    out: dict[str, list[str]] = {}
    for rel in GENERATORS:
        for lit in literals(ROOT / rel):
            for phrase in phrases_of(lit):
                if rel not in out.setdefault(phrase, []):
                    out[phrase].append(rel)
    for text in sealed_strings():
        for phrase in phrases_of(text):
            if SEALED not in out.setdefault(phrase, []):
                out[phrase].append(SEALED)
    return {phrase: ", ".join(files) for phrase, files in out.items()}


SEALED = "evaluation/real/sealed.py"


def sealed_strings() -> list[str]:
    """Every string of the test split's sealed layout phrasings (decoded here, never printed)."""
    from evaluation.real.sealed import sealed_phrasings
    return _strings(sealed_phrasings())


def test_sealed_phrasings_are_checked_and_not_readable():
    """The test split's phrasings are scored against the lexicons like the others, and no readable
    literal of the real-page generator prints one that is not also a dev, own or platform phrasing."""
    sealed = {p for text in sealed_strings() for p in phrases_of(text)}
    assert len(sealed) > 30 and sealed <= set(generated_phrases())
    readable = {p for lit in literals(ROOT / "evaluation/real/layout.py") for p in phrases_of(lit)}
    from evaluation.real.layout import DEV_PHRASINGS
    from evaluation.real.own_phrasings import OWN
    elsewhere = {p for v in (DEV_PHRASINGS, OWN, PLATFORM_STRINGS) for text in _strings(v) for p in phrases_of(text)}
    unsealed = sorted((sealed & readable) - elsewhere)
    assert not unsealed, f"{len(unsealed)} test-split phrasings are readable in evaluation/real/layout.py"


def _strings(x) -> list[str]:
    if isinstance(x, str):
        return [x]
    items = x.values() if isinstance(x, dict) else x
    return [s for v in items for s in _strings(v)]


def lexicon_rows() -> list[tuple[str, str, str]]:
    """(file, row as written, field) for every field of every row of cleaning/data/*."""
    rows = []
    for path in sorted((ROOT / "cleaning" / "data").iterdir()):
        if path.name.startswith("agencies") or path.name.startswith("agency_") or not path.is_file():
            continue
        for row in path.read_text(encoding="utf-8").split("\n"):
            if not row.strip() or row.lstrip().startswith("#"):
                continue
            for field in row.split("\t"):
                if norm(field):
                    rows.append((f"cleaning/data/{path.name}", row, norm(field)))
    return rows


def cleaner_literals() -> list[tuple[str, str]]:
    return [(f"cleaning/{p.name}", norm(lit)) for p in sorted((ROOT / "cleaning").glob("*.py"))
            for lit in literals(p) if len(norm(lit)) >= MIN_CHARS]


def agency_names() -> set[str]:
    """Agency names as printed (first column of cleaning/data/agencies.tsv): truth labels."""
    path = ROOT / "cleaning" / "data" / "agencies.tsv"
    return {norm(row.split("\t")[0]) for row in path.read_text(encoding="utf-8").split("\n")
            if row.strip() and not row.lstrip().startswith("#")}


def exempt_phrase(phrase: str) -> bool:
    return (any(e in phrase for e in {norm(s) for s in PLATFORM_STRINGS})
            or phrase in CALENDAR_WORDS or phrase in CALENDAR or phrase in agency_names())


def overlaps() -> list[tuple[str, str, str, str]]:
    """(lexicon file, row, generator file, phrase) where a generated phrase is in the rules."""
    phrases = {p: f for p, f in generated_phrases().items() if not exempt_phrase(p)}
    found = []
    for file, row, field in lexicon_rows():
        for phrase, gen in phrases.items():
            if phrase == field or (len(field) >= MIN_CHARS and phrase in field):
                found.append((file, row, gen, phrase))
    for file, lit in cleaner_literals():
        for phrase, gen in phrases.items():
            if phrase in lit:
                found.append((file, lit, gen, phrase))
    return found


def test_phrase_extraction_finds_lines():
    assert phrases_of("جميع الحقوق محفوظة لـ{site} © {year}") == {"جميع الحقوق محفوظة لـ"}
    assert phrases_of("قصير\nسطر أطول من ثمانية") == {"سطر أطول من ثمانية"}


def test_only_language_is_exempt():
    assert exempt_phrase("كانون الثاني") and exempt_phrase("الثلاثاء") and exempt_phrase("dimanche")
    assert exempt_phrase("أسوشيتد برس")  # an agency name: a truth label
    assert not exempt_phrase("الأكثر قراءة") and not exempt_phrase("أمس الثلاثاء")


def test_no_evaluation_phrase_in_the_rules():
    found = overlaps()
    REPORT.write_text("".join(f"{file}\t{row}\t<- {gen}: {phrase}\n" for file, row, gen, phrase in found),
                      encoding="utf-8")
    shown = "\n".join(f"  {file}: {row!r} (from {gen}: {phrase!r})" for file, row, gen, phrase in found[:40])
    assert not found, f"{len(found)} evaluation phrases are in the rules (all in {REPORT}):\n{shown}"


def seed_body_lines() -> set[str]:
    out = set()
    for golden_path in sorted((ROOT / "tests" / "golden").glob("*.json")):
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        raw = (ROOT / "seeds" / f"{golden_path.stem}.txt").read_text(encoding="utf-8").split("\n")
        out |= {norm(raw[n - 1]) for n in golden["body_lines"] if len(norm(raw[n - 1])) >= 20}
    return out


def test_real_generator_never_reads_the_seeds():
    for rel in ("evaluation/real/layout.py", "evaluation/real/sources.py", "evaluation/corpus.py",
                "evaluation/texts.py", "evaluation/blind.py"):
        source = (ROOT / rel).read_text(encoding="utf-8")
        assert "seeds" not in source.replace("seeded", "") and "golden" not in source, rel


@pytest.mark.parametrize("which", ["corpus", "blind"])
def test_generated_pages_hold_no_seed_line(tmp_path, which):
    seeds = seed_body_lines()
    assert seeds
    if which == "corpus":
        from evaluation.corpus import generate
        truth = generate(tmp_path, pages=120, seed=5)
    else:
        from evaluation.blind import make_corpus
        truth = make_corpus(tmp_path, n_pages=120, seed=5)
    leaked = [(p["id"], text[:60]) for p in truth["pages"] for _, label, text in p["lines"]
              if label == "body" and norm(text) in seeds]
    assert not leaked, leaked[:5]


def test_real_pages_hold_no_seed_line(tmp_path):
    from evaluation.real.layout import generate
    from evaluation.real.sources import HOW_TO_BUILD, locate_sample, read_sample
    path = locate_sample(ROOT)
    if path is None:
        pytest.skip(HOW_TO_BUILD)
    sample = read_sample(path)
    seeds = seed_body_lines()
    assert seeds
    for split in ("dev", "test"):
        truth = generate(sample, tmp_path / split, split=split, pages=150)
        leaked = [(p["id"], text[:60]) for p in truth["pages"] for _, _, text in p["lines"] if norm(text) in seeds]
        assert not leaked, leaked[:5]


@pytest.mark.parametrize("which", ["own", "fresh"])
def test_no_lexicon_row_inside_the_own_phrasings(which):
    """The other direction for the phrasings written for the structure check (OWN and FRESH): no
    lexicon row of MIN_CHARS or more may stand inside one of them ('ترتيب حسب' inside 'ترتيب حسب
    الأحدث' would let a listed phrase, not structure, find the widget)."""
    from evaluation.real.fresh_phrasings import FRESH
    from evaluation.real.own_phrasings import OWN

    printed = {norm(piece) for value in {"own": OWN, "fresh": FRESH}[which].values() for text in (value if isinstance(value, list) else [value])
               for line in (text if isinstance(text, list) else [text]) for piece in re.split(r"\{[^{}]*\}", line)}
    inside = sorted((file, field, phrase) for file, _, field in lexicon_rows() if len(field) >= MIN_CHARS
                    for phrase in printed if field in phrase)
    assert not inside, inside


def test_no_lexicon_row_inside_the_extra_layouts():
    """The same for the comment layouts written for the structure probe (`--layouts extra`): a
    lexicon row inside one of their strings would let a listed phrase find the comment, so the
    probe would measure the list. Platform strings printed word for word are allowed."""
    allowed = {norm(s) for s in PLATFORM_STRINGS} | CALENDAR | {"comments"}  # (language: a month, the word itself)
    printed = {norm(piece) for text in literals(ROOT / "evaluation" / "real" / "extra_layouts.py")
               for piece in re.split(r"\{[^{}]*\}", text)}
    inside = sorted((file, field, phrase) for file, _, field in lexicon_rows() if len(field) >= MIN_CHARS
                    for phrase in printed if field in phrase and field not in allowed)
    assert not inside, inside


# keys of a phrasing table whose strings each stand alone on a page line (the others are joined
# into a menu, a share bar or a sentence): a short one equal to a lexicon row would be found by the list
_ALONE_KEYS = ("controls", "form", "empty", "wp_reply", "disqus_act", "fb_plugin", "related", "header_word")
# what every site prints in its own language, not a phrasing: a time unit's letter, a hashtag's sign,
# a byline's label
_LANGUAGE = {"h", "ص", "م", "#", "بقلم:", "comments"}


@pytest.mark.parametrize("which", ["own", "fresh", "extra"])
def test_no_probe_line_printed_alone_is_a_lexicon_row(which):
    """The probes' short lines (a button, a form's field, a control) are printed alone on a line:
    one equal to a lexicon row of any length ('طباعة', 'الرد') is found by the list, not by its
    place in the widget, so the probe would measure the list there."""
    from evaluation.real.fresh_phrasings import FRESH
    from evaluation.real.own_phrasings import OWN

    def flat(value):
        return [value] if isinstance(value, str) else [s for v in value for s in flat(v)]
    if which == "extra":
        printed = {norm(s) for s in literals(ROOT / "evaluation" / "real" / "extra_layouts.py")}
    else:
        table = {"own": OWN, "fresh": FRESH}[which]
        printed = {norm(s) for key in _ALONE_KEYS if key in table for s in flat(table[key])}
    rows = {norm(field) for _, _, field in lexicon_rows()}
    equal = sorted(s for s in printed & rows if s not in CALENDAR and s not in _LANGUAGE
                   and s not in {norm(p) for p in PLATFORM_STRINGS})
    assert not equal, equal
