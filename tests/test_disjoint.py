"""The evaluation corpora must not share their vocabulary with the rules they score.

A corpus whose phrases are in the cleaners' lexicons measures recall of a list, not
generalization (issue 12). Fails when a line or phrase (>= 8 characters) that an evaluation
generator can print (string literals of evaluation/corpus.py, texts.py, blind.py and
evaluation/real/layout.py) is a row of cleaning/data/* (agency tables excepted: agency names are
truth labels) or appears in a string literal of cleaning/*.py. The offending (file, row) pairs are
written to /tmp/disjoint_overlaps.txt. Also: real-corpus bodies never come from the seeds.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from evaluation.real.layout import CALENDAR_WORDS, PLATFORM_STRINGS

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = ["evaluation/corpus.py", "evaluation/texts.py", "evaluation/blind.py", "evaluation/real/layout.py"]
MIN_CHARS = 8
REPORT = Path("/tmp/disjoint_overlaps.txt")


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
    """phrase -> generator file."""
    out = {}
    for rel in GENERATORS:
        for lit in literals(ROOT / rel):
            for phrase in phrases_of(lit):
                out.setdefault(phrase, rel)
    return out


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


def overlaps() -> list[tuple[str, str, str, str]]:
    """(lexicon file, row, generator file, phrase) where a generated phrase is in the rules."""
    exempt = {norm(s) for s in PLATFORM_STRINGS}
    phrases = {p: f for p, f in generated_phrases().items()
               if not any(e in p for e in exempt) and p not in CALENDAR_WORDS}
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
    for rel in ("evaluation/real/layout.py", "evaluation/real/sources.py"):
        source = (ROOT / rel).read_text(encoding="utf-8")
        assert "seeds" not in source.replace("seeded", "") and "golden" not in source, rel


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
