"""The card a Hub visitor reads: every statement computed from the run, the curator's own name,
licence, people and citation, the changes named by id, and one count everywhere."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from huggingface_hub import DatasetCard

from conftest import ROOT, SEEDS, SEED_IDS

CLEAN = [sys.executable, "-m", "cleaning.cli"]
ENGLISH = (
    "Ministers meet in Geneva to discuss the water agreement\n\n"
    "Foreign ministers from five countries met in Geneva on Tuesday to discuss a draft agreement on "
    "sharing the water of the river basin, officials said after the first session of the talks.\n\n"
    "The draft, prepared by experts over two years, sets quotas for each country and a commission "
    "to settle disputes. Delegates said the sessions would continue through the end of the week, "
    "and that a final text could be signed next month if the remaining questions are settled.\n"
)


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*CLEAN, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """The seeds, an English page, a page that is empty (skipped) and notes.md (ignored)."""
    pages = tmp_path_factory.mktemp("mixed") / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (pages / "empty.txt").write_text("", encoding="utf-8")
    (pages / "notes.md").write_text("not a page\n", encoding="utf-8")
    return pages


@pytest.fixture(scope="module")
def mixed_run(mixed, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "v1.0.0"
    done = run("--input", str(mixed), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    return out, done.stdout


def card(release: Path) -> DatasetCard:
    return DatasetCard.load(release / "README.md")


def test_languages_in_the_metadata_are_those_published(mixed_run):
    release, _ = mixed_run
    data = card(release).data
    assert data.language == ["ar", "en"] and data.multilinguality == "multilingual"
    text = card(release).text
    assert "`ar`: 5, `en`: 1" in text
    assert "Modern Standard Arabic" not in text


def test_seeds_alone_are_monolingual_arabic(seed_release):
    data = card(seed_release).data
    assert data.language == ["ar"] and data.multilinguality == "monolingual"


def test_site_statement_is_counted(seed_release, mixed_run):
    assert "1 of 5 published pages name their site in a header line:" in card(seed_release).text
    assert "most pages do not name their site" not in card(seed_release).text
    assert "(not named)" not in card(seed_release).text


def test_every_page_naming_its_site_is_said_so(tmp_path):
    from cleaning.release import build_release

    pages = tmp_path / "pages"
    pages.mkdir()
    named = next(p for p in SEEDS.glob("*.txt") if "|" in p.read_text(encoding="utf-8").split("\n")[0])
    shutil.copy(named, pages)
    build_release(pages, tmp_path / "out", "1.0.0")
    assert "Every published page names its site in a header line:" in card(tmp_path / "out").text


def test_other_licence_has_a_link_and_the_release_holds_it(seed_release):
    data = card(seed_release).data
    assert data.license == "other" and data.license_name == "publishers-copyright"
    assert data.license_link == "LICENSE.md"
    assert "publishers-copyright" in (seed_release / "LICENSE.md").read_text(encoding="utf-8")
    assert "LICENSE.md" in json.loads((seed_release / "release.json").read_text())["files"]


def test_default_citation_has_a_year_and_a_url_never_nd(seed_release):
    text = card(seed_release).text
    bibtex = text.split("```bibtex\n", 1)[1].split("\n```", 1)[0]
    assert "n.d." not in bibtex
    assert "howpublished = {\\url{https://huggingface.co/datasets/OWNER/NAME}}" in bibtex
    assert "year" in bibtex


CONFIG = '''
name = "Levant News, cleaned"
description = "Pages of five sites saved in 2017 for a study of wire copy."
license = "other"
license_name = "research-only"
license_link = "https://example.org/terms"
curators = ["Jane Doe", "Omar Example"]
homepage = "https://example.org/levant"
date = 2024-05-01
'''


def test_release_configuration_file_names_the_dataset(tmp_path):
    (tmp_path / "release.toml").write_text(CONFIG, encoding="utf-8")
    out = tmp_path / "v1.0.0"
    done = run("--input", str(SEEDS), "--output", str(out), "--config", str(tmp_path / "release.toml"),
               "--quiet")
    assert done.returncode == 0, done.stderr
    c = card(out)
    assert c.data.pretty_name == "Levant News, cleaned"
    assert (c.data.license_name, c.data.license_link) == ("research-only", "https://example.org/terms")
    assert not (out / "LICENSE.md").exists()
    assert "Pages of five sites saved in 2017 for a study of wire copy." in c.text
    assert "Curated by Jane Doe, Omar Example." in c.text and "<https://example.org/levant>" in c.text
    bibtex = c.text.split("```bibtex\n", 1)[1].split("\n```", 1)[0]
    assert "author       = {Jane Doe and Omar Example}" in bibtex
    assert "\\url{https://example.org/levant}" in bibtex and "year         = {2024}" in bibtex
    croissant = json.loads((out / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["name"] == "Levant News, cleaned" and croissant["datePublished"] == "2024-05-01"
    assert [p["name"] for p in croissant["creator"]] == ["Jane Doe", "Omar Example"]
    assert croissant["url"] == "https://example.org/levant"


def test_flags_win_over_the_file_found_in_the_input(tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "dataset.toml").write_text(CONFIG, encoding="utf-8")
    out = tmp_path / "v1.0.0"
    done = run("--input", str(pages), "--output", str(out), "--license", "cc-by-4.0",
               "--name", "Flag Name", "--citation", "@misc{mine, title={Mine}}")
    assert done.returncode == 0, done.stderr
    c = card(out)
    assert c.data.pretty_name == "Flag Name" and c.data.license == "cc-by-4.0"
    assert c.data.get("license_name") is None and c.data.get("license_link") is None
    assert "@misc{mine, title={Mine}}" in c.text
    assert "Curated by Jane Doe" in c.text  # the rest still from the file
    assert "ignored" not in done.stdout  # the configuration is not a page left over
    assert (out / "skipped.jsonl").read_text() == ""


@pytest.mark.parametrize("args, message", [
    (["--homepage", "example.org"], "`homepage` must be an http(s) URL"),
    (["--license", "CC BY"], "`license` must be a Hub licence id"),
    (["--date", "2024-13-01"], "`date` must be a date YYYY-MM-DD"),
    (["--name", ""], "`name` must be a non-empty string"),
    (["--config", "/nonexistent/release.toml"], "cannot read the release configuration"),
])
def test_bad_configuration_values_are_one_line_exit_2(tmp_path, args, message):
    done = run("--input", str(SEEDS), "--output", str(tmp_path / "out"), *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_bad_configuration_file_is_one_line(tmp_path):
    (tmp_path / "a.toml").write_text('name = "x"\ncurator = ["typo"]\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('name = "unclosed\n', encoding="utf-8")
    for name, message in (("a.toml", "unknown key 'curator'"), ("b.toml", "is not valid TOML")):
        done = run("--input", str(SEEDS), "--output", str(tmp_path / "out"), "--config", str(tmp_path / name))
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and message in done.stderr, done.stderr


def test_changelog_and_card_name_the_ids_added_removed_and_changed(tmp_path):
    from cleaning.release import build_release

    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(SEEDS, old)
    shutil.copytree(SEEDS, new)
    (new / f"{SEED_IDS[0]}.txt").unlink()
    (new / "english.txt").write_text(ENGLISH, encoding="utf-8")
    changed = new / f"{SEED_IDS[1]}.txt"
    lines = changed.read_text(encoding="utf-8").split("\n")
    body = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[body] = lines[body] + " وأضاف أن المحادثات ستستأنف الأسبوع المقبل."
    changed.write_text("\n".join(lines), encoding="utf-8")
    build_release(old, tmp_path / "rel" / "v1.0.0", "1.0.0")
    build_release(new, tmp_path / "rel" / "v1.1.0", "1.1.0")

    log = json.loads((tmp_path / "rel" / "v1.1.0" / "changelog.json").read_text(encoding="utf-8"))
    assert log[0]["added_ids"] == ["english"] and log[0]["removed_ids"] == [SEED_IDS[0]]
    assert log[0]["changed_ids"] == [SEED_IDS[1]]
    assert (log[0]["added"], log[0]["removed"], log[0]["changed"]) == (1, 1, 1)
    assert log[1]["added_ids"] == SEED_IDS  # the first release added every document
    text = card(tmp_path / "rel" / "v1.1.0").text
    assert "- added: `english`" in text and f"- removed: `{SEED_IDS[0]}`" in text
    assert f"- changed: `{SEED_IDS[1]}`" in text and "[`changelog.json`](changelog.json)" in text


def test_the_card_shows_the_first_few_ids_and_counts_the_rest():
    from dataset_card.render import _changes, first_ids

    full = {"previous": "1.0.0", "added": 12, "removed": 0, "changed": 0,
            "added_ids": [f"p{i}" for i in range(12)], "removed_ids": [], "changed_ids": []}
    entry = {**{k: v for k, v in full.items() if not k.endswith("_ids")}, "first_ids": first_ids(full)}
    [added] = _changes(entry)  # the newest entry as the manifest keeps it
    assert added["ids"] == ["p0", "p1", "p2", "p3", "p4"] and added["more"] == 7


def test_summary_card_and_review_page_agree_on_every_count(mixed_run):
    from test_review import parse_html

    release, summary = mixed_run
    assert "pages read 7, published 6, skipped 1; 1 other file(s) ignored" in summary
    text = card(release).text
    assert "7 pages were read,\n6 published and 1 skipped" in text
    assert "1 other file(s) that are not `.txt` pages were ignored" in text
    page = parse_html((release / "review.html").read_text(encoding="utf-8"))
    tile = lambda key: page.find("div", id=key).find("b").text  # noqa: E731
    assert (tile("docs-in"), tile("published"), tile("skipped-count"), tile("ignored-count")) == ("7", "6", "1", "1")
    counts = json.loads((release / "release.json").read_text(encoding="utf-8"))["counts"]
    assert (counts["pages_read"], counts["published"], counts["skipped"], counts["ignored"]) == (7, 6, 1, 1)


def test_the_period_covered_is_stated_from_the_pages_dates(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    body = ENGLISH.split("\n\n", 1)[1]
    (pages / "a.txt").write_text("Ministers meet in Geneva\n\nPosted Sunday, March 26, 2023\n\n" + body, encoding="utf-8")
    (pages / "b.txt").write_text("Talks resume in Geneva\n\nPosted Monday, July 3, 2023\n\n" + body.replace("Tuesday", "Monday"),
                                 encoding="utf-8")
    (pages / "c.txt").write_text(ENGLISH.replace("Geneva", "Vienna"), encoding="utf-8")
    done = run("--input", str(pages), "--output", str(tmp_path / "v1.0.0"), "--workers", "1")
    assert done.returncode == 0, done.stderr
    text = card(tmp_path / "v1.0.0").text
    assert "2 of 3 published pages print a publication date; they cover 2023-03-26 to 2023-07-03" in text


def test_no_period_is_stated_when_no_page_prints_a_date(mixed_run):
    release, _ = mixed_run
    assert "the period the corpus covers is not stated" in card(release).text
