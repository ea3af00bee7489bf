"""The dev-article variants of `evaluation/real/endings.py`: every line stays the article's own,
only where it stops or how its lines are broken changes, and test records are never touched.
Records written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evaluation.real.endings import vary

ROOT = Path(__file__).resolve().parents[1]
LONG = ("افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة أكثر "
        "من ستين مزارعا من القرى المجاورة.")
PARAGRAPHS = [LONG, LONG.replace("أمس", "اليوم"), "ساعات العمل", LONG.replace("ستين", "سبعين"),
              "وجاء في بيان البلدية:", "مواقف مجانية للزوار", LONG.replace("القديمة", "الجديدة")]


def sample(split: str = "dev") -> list[dict]:
    return [{"kind": "article", "split": split, "id": "a1", "paragraphs": list(PARAGRAPHS)},
            {"kind": "comment", "split": split, "id": "c1", "text": "مبروك"}]


def test_subhead_variant_stops_on_one_of_the_articles_own_short_lines():
    ps = vary(sample(), "subhead")[0]["paragraphs"]
    assert ps[-1] == "ساعات العمل" and ps == PARAGRAPHS[:len(ps)]


def test_list_variant_stops_after_a_run_of_short_lines():
    ps = vary(sample(), "list")[0]["paragraphs"]
    assert ps[-2:] == ["وجاء في بيان البلدية:", "مواقف مجانية للزوار"] and ps == PARAGRAPHS[:len(ps)]


def test_wrapped_variant_breaks_lines_and_keeps_every_word():
    ps = vary(sample(), "wrapped")[0]["paragraphs"]
    assert len(PARAGRAPHS) < len(ps) <= 14 and max(map(len, ps)) <= 100
    words = " ".join(ps).split()
    assert words == " ".join(PARAGRAPHS).split()[:len(words)]  # whole paragraphs, in order


def test_test_records_and_comments_are_left_alone():
    records = sample("test") + sample("dev")[1:]
    assert vary(records, "wrapped") == records
    with pytest.raises(ValueError):
        vary(sample(), "shuffled")


def test_the_evaluation_refuses_endings_on_the_test_split():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py"), "--real", "test", "--endings", "wrapped"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "--endings is a check on the dev split" in run.stderr


def test_truncated_variant_cuts_the_last_paragraph_mid_sentence():
    ps = vary(sample(), "truncated")[0]["paragraphs"]
    assert ps[:-1] == PARAGRAPHS[:-1] and 4 <= len(ps[-1].split()) <= 10
    assert PARAGRAPHS[-1].startswith(ps[-1]) and ps[-1] != PARAGRAPHS[-1]


def test_end_variant_keeps_a_long_articles_first_paragraph_and_its_real_end():
    long = [f"{LONG} ({n})" for n in range(20)]
    ps = vary([{"kind": "article", "split": "dev", "id": "a2", "paragraphs": long}], "end")[0]["paragraphs"]
    assert ps == [long[0], *long[-13:]]
    assert vary(sample(), "end")[0]["paragraphs"] == PARAGRAPHS  # (short enough: left as it is)
