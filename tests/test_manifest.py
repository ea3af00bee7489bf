"""One release manifest, built once from the run: `release.json` holds it, and the card, Croissant
and the review page are rendered from it alone (never from a run's objects, never from each other)."""

from __future__ import annotations

import ast
import copy
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS, SEED_IDS

NEW_KEYS = {"date", "dataset", "rules", "languages", "sites", "sources", "encodings", "fixes",
            "near_threshold", "period", "configs", "example", "changelog"}


def manifest_of(release: Path) -> dict:
    return json.loads((release / "release.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory) -> Path:
    """v1.0.0 of the seeds, then v1.1.0 with one page removed, one added and one changed."""
    from cleaning.release import build_release

    base = tmp_path_factory.mktemp("versions")
    pages = base / "pages"
    shutil.copytree(SEEDS, pages)
    build_release(pages, base / "v1.0.0", "1.0.0")
    (pages / f"{SEED_IDS[0]}.txt").unlink()
    shutil.copy(SEEDS / f"{SEED_IDS[2]}.txt", pages / "copy.txt")
    changed = pages / f"{SEED_IDS[1]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nسطر أخير يضاف إلى نص المقالة هنا.\n", encoding="utf-8")
    build_release(pages, base / "v1.1.0", "1.1.0")
    return base / "v1.1.0"


def test_release_json_keeps_its_old_keys_and_adds_the_manifest(seed_release):
    document = manifest_of(seed_release)
    assert document["format"] == "arabic-news-clean release" and document["version"] == "1.0.0"
    assert set(document["counts"]) >= {"pages_read", "published", "skipped", "ignored", "comments"}
    assert "README.md" in document["files"] and "review.html" in document["files"]
    assert NEW_KEYS <= set(document)


def test_the_card_is_rendered_from_the_manifest_alone(seed_release, tmp_path):
    """No run, no folder: the card from release.json's dict is the release's card, byte for byte,
    and twice the same."""
    from dataset_card.render import render_card

    manifest = manifest_of(seed_release)
    card = (seed_release / "README.md").read_text(encoding="utf-8")
    moved = tmp_path / "elsewhere"
    shutil.copytree(seed_release, moved)
    shutil.rmtree(moved)  # nothing of a folder to read, had it wanted to
    first, second = str(render_card(copy.deepcopy(manifest))), str(render_card(manifest))
    assert first == second == card


def test_croissant_is_rendered_from_the_manifest_alone(seed_release):
    """The Parquet files' sizes and hashes come from the manifest, not from reading the folder."""
    from dataset_card.croissant import croissant_jsonld

    manifest = manifest_of(seed_release)
    written = json.loads((seed_release / "croissant.json").read_text(encoding="utf-8"))
    assert croissant_jsonld(manifest) == written
    for obj in (d for d in written["distribution"] if d["@type"] == "cr:FileObject"):
        config = next(c for c in manifest["configs"].values() if obj["name"] in c["files"])
        assert obj["sha256"] == config["files"][obj["name"]]["sha256"] == manifest["files"][obj["name"]]["sha256"]


def test_the_review_page_is_rendered_from_the_manifest_not_the_card_or_changelog(two_versions, tmp_path):
    """With the card, Croissant and changelog.json gone, the page rebuilt from the folder is the
    same: its version, counts and history are the manifest's."""
    from dataset_card.review import render_review

    folder = tmp_path / "v1.1.0"
    shutil.copytree(two_versions, folder)
    for name in ("README.md", "croissant.json", "changelog.json"):
        (folder / name).unlink()
    assert render_review(folder) == (two_versions / "review.html").read_text(encoding="utf-8")


def test_a_release_json_older_than_the_manifest_gives_the_same_review_page(two_versions, tmp_path):
    from dataset_card.review import render_review

    folder = tmp_path / "v1.1.0"
    shutil.copytree(two_versions, folder)
    old = {k: v for k, v in manifest_of(folder).items() if k in ("format", "version", "files", "counts")}
    (folder / "release.json").write_text(json.dumps(old), encoding="utf-8")
    assert render_review(folder) == (two_versions / "review.html").read_text(encoding="utf-8")


def test_the_manifest_matches_the_parquet(two_versions):
    manifest = manifest_of(two_versions)
    rows = pq.read_table(two_versions / "data").to_pylist()
    rules = Counter(r["rule"] for row in rows for r in row["removed"])
    assert {r["rule"]: r["lines"] for r in manifest["rules"] if r["lines"]} == dict(rules)
    assert all(r["description"] and r["step"] for r in manifest["rules"])
    assert dict(manifest["languages"]) == Counter(row["language"] or "(undetected)" for row in rows)
    assert dict(manifest["sites"]) == Counter(row["site"] or "(not named)" for row in rows)
    assert dict(manifest["sources"]) == Counter(s for row in rows for s in row["sources"])
    assert dict(manifest["encodings"]) == Counter(row["encoding"] for row in rows)
    counts = manifest["counts"]
    assert counts["published"] == len(rows) == manifest["configs"]["default"]["rows"]
    assert counts["comments"] == pq.read_table(two_versions / "comments").num_rows
    assert counts["lines_removed"] == sum(rules.values())
    assert counts["exact_duplicates"] == sum(row["duplicate_type"] == "exact" for row in rows) == 1
    assert manifest["example"]["id"] == rows[0]["id"]
    for config in manifest["configs"].values():
        for path, entry in config["files"].items():
            assert entry == manifest["files"][path]
            assert pq.ParquetFile(two_versions / path).metadata.num_rows <= config["rows"]


def test_the_manifest_changelog_is_changelog_json_without_its_id_lists(two_versions):
    manifest = manifest_of(two_versions)
    full = json.loads((two_versions / "changelog.json").read_text(encoding="utf-8"))
    assert [e["version"] for e in manifest["changelog"]] == ["1.1.0", "1.0.0"]
    for short, entry in zip(manifest["changelog"], full):
        assert {k: v for k, v in short.items() if k != "first_ids"} == \
               {k: v for k, v in entry.items() if not k.endswith("_ids")}
    newest = manifest["changelog"][0]
    assert newest["first_ids"] == {"added": ["copy"], "removed": [SEED_IDS[0]], "changed": [SEED_IDS[1]]}
    assert "first_ids" not in manifest["changelog"][1]
    card = (two_versions / "README.md").read_text(encoding="utf-8")
    assert "- added: `copy`" in card and f"- removed: `{SEED_IDS[0]}`" in card


def test_the_manifest_is_built_once_in_its_json_form(seed_release):
    """`release_manifest` returns what release.json holds, so rendering from the run's dict and
    from the file later cannot differ."""
    from cleaning.manifest import release_manifest
    from cleaning.stats import RunStats

    stats = RunStats(version="9.9.9", near_threshold=0.8)
    stats.files = {"default": {"rows": 5, "nbytes": 1, "download_size": 1,
                               "paths": ["data/train-00000-of-00001.parquet"]}}
    stats.languages.update({"ar": 2, "en": 2})
    built = release_manifest(stats, seed_release)
    assert json.loads(json.dumps(built, sort_keys=True)) == built
    assert built["version"] == "9.9.9" and built["dataset"]["curators"] == []
    assert built["languages"] == [["ar", 2], ["en", 2]] and built["near_threshold"] == 0.8
    assert built["configs"]["default"]["files"] == {
        "data/train-00000-of-00001.parquet": manifest_of(seed_release)["files"]["data/train-00000-of-00001.parquet"]}


def test_card_croissant_and_review_never_read_each_other():
    """The renderers name neither the run's statistics nor each other's files."""
    sources = {name: (ROOT / "dataset_card" / name).read_text(encoding="utf-8")
               for name in ("render.py", "croissant.py", "review.py")}
    for name, text in sources.items():
        assert "RunStats" not in text and "stats." not in text, name
        assert "DatasetCard.load" not in text and "README.md\").read" not in text, name
    assert "croissant.json" not in sources["review.py"] and "review.html" not in sources["croissant.py"]


def test_the_version_is_read_in_one_place():
    """Only cleaning/versions.py turns text into a version (release.json, the card, a folder
    name); the card, Croissant, review page and push take it from there or from the manifest."""
    version_pattern = re.compile(r"\\d\+?\\\.|\[0-9\.\]|\\d\+\\\.\\d")
    found = []
    for package in ("cleaning", "dataset_card"):
        for path in sorted((ROOT / package).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and version_pattern.search(node.value) and "X.Y.Z" not in node.value:
                    found.append(f"{package}/{path.name}")
    assert set(found) <= {"cleaning/versions.py"}, found


def test_a_pushed_release_json_keeps_the_manifest(seed_release):
    from cleaning.hub import derived_files

    uploaded = json.loads(derived_files(seed_release, "someone/news")["release.json"])
    local = manifest_of(seed_release)
    assert uploaded["uploaded_to"] == "someone/news"
    assert {k: v for k, v in uploaded.items() if k not in ("files", "uploaded_to")} == \
           {k: v for k, v in local.items() if k != "files"}


def test_every_rule_count_in_the_card_is_the_manifests(seed_release):
    manifest = manifest_of(seed_release)
    card = (seed_release / "README.md").read_text(encoding="utf-8")
    for rule in manifest["rules"]:
        assert f"| `{rule['rule']}` | {rule['step']} | {rule['lines']} |" in card
    table = pq.read_table(seed_release / "data", columns=["removed"])
    flat = pc.struct_field(pc.list_flatten(table["removed"]), "rule")
    assert sum(r["lines"] for r in manifest["rules"]) == len(flat)
