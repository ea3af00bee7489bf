"""A whole release of the seeds: files, card YAML, and `load_dataset` reading both configs."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from datasets import load_dataset
from huggingface_hub import DatasetCard

from cleaning.schema import ARTICLE_SCHEMA, COMMENT_SCHEMA

from conftest import ROOT, SEEDS


def test_release_layout(seed_release):
    names = sorted(p.relative_to(seed_release).as_posix() for p in seed_release.rglob("*") if p.is_file())
    assert names == [
        "LICENSE.md",
        "README.md",
        "changelog.json",
        "comments/train-00000-of-00001.parquet",
        "croissant.json",
        "data/train-00000-of-00001.parquet",
        "release.json",
        "review.html",
        "skipped.jsonl",
    ]
    manifest = json.loads((seed_release / "release.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "arabic-news-clean release" and manifest["version"] == "1.0.0"
    assert sorted(manifest["files"]) == [n for n in names if n != "release.json"]
    for name, entry in manifest["files"].items():
        data = (seed_release / name).read_bytes()
        assert entry == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    meta = pq.ParquetFile(seed_release / "data/train-00000-of-00001.parquet").metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert pq.read_schema(seed_release / "data/train-00000-of-00001.parquet").remove_metadata() == ARTICLE_SCHEMA


def test_load_dataset_reads_both_configs(seed_release):
    articles = load_dataset(str(seed_release), split="train")
    comments = load_dataset(str(seed_release), "comments", split="train")
    assert articles.num_rows == 5 and comments.num_rows == 2
    assert articles.column_names == ARTICLE_SCHEMA.names
    assert comments.column_names == COMMENT_SCHEMA.names
    assert articles.features["sources"].feature.dtype == "string"
    assert articles.features["removed"].feature["rule"].dtype == "string"
    assert articles.features["language_score"].dtype == "float64"
    assert sorted(articles["id"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert set(comments["article_id"]) == {"002_e36c8a0eafea318a"}


def test_card_yaml_round_trips_and_matches_the_data(seed_release):
    card = DatasetCard.load(seed_release / "README.md")
    data = card.data.to_dict()
    assert data["language"] == ["ar"] and data["pretty_name"]
    assert {c["config_name"] for c in data["configs"]} == {"default", "comments"}
    infos = {i["config_name"]: i for i in data["dataset_info"]}
    assert infos["default"]["splits"][0]["num_examples"] == 5
    assert infos["comments"]["splits"][0]["num_examples"] == 2
    assert [f["name"] for f in infos["default"]["features"]] == ARTICLE_SCHEMA.names
    body = card.text
    assert "1.0.0" in body and "المشهد اليمني الأول" in body and "Sputnik" in body
    assert "| `comments.author` | comments | 2 |" in body
    assert "| `attribution` | attribution | 3 |" in body
    assert "Samer" not in body


def test_clean_script_end_to_end(tmp_path):
    out = tmp_path / "rel"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts/clean.py"), "--input", str(SEEDS), "--output", str(out),
         "--version", "2.1.0"],
        capture_output=True, text=True, check=True,
    )
    assert "published 5, skipped 0" in done.stdout
    assert "**Version 2.1.0**" in (out / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--version", "1.0"], "--version must be X.Y.Z"),
    (["--input", "/nonexistent/pages"], "input folder not found"),
])
def test_user_errors_are_one_line_without_traceback(tmp_path, args, message):
    base = {"--input": str(SEEDS), "--output": str(tmp_path / "out"), "--version": "1.0.0"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    argv = [x for pair in base.items() for x in pair]
    done = subprocess.run([sys.executable, "-m", "cleaning.cli", *argv], capture_output=True, text=True)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_ids_are_paths_relative_to_input(tmp_path):
    from cleaning.release import build_release

    (tmp_path / "in/site-a").mkdir(parents=True)
    (tmp_path / "in/site-a/page1.txt").write_bytes((SEEDS / "001_b89710dcd8ba2f88.txt").read_bytes())
    (tmp_path / "in/notes.md").write_text("not a page")
    stats = build_release(tmp_path / "in", tmp_path / "out", "1.0.0")
    assert stats.docs_in == 1
    assert load_dataset(str(tmp_path / "out"), split="train")["id"] == ["site-a/page1"]
