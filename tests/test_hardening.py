"""Bad input never stops a run; a release is whole or absent; the same input gives the same bytes."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from datasets import load_dataset

from cleaning.errors import UserError
from cleaning.release import build_release

from conftest import SEEDS, seed_bytes
from cleaning.settings import SETTINGS

GOOD = "001_b89710dcd8ba2f88"
CLI = [sys.executable, "-m", "cleaning.cli"]


def tree_digest(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def junk_folder(tmp_path_factory) -> Path:
    """The seeds mixed with every kind of junk a scrape produces."""
    root = tmp_path_factory.mktemp("junk") / "pages"
    root.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, root / seed.name)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \n\t\r\n   \n")
    (root / "random.txt").write_bytes(random.Random(0).randbytes(4096))
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(2048))
    damaged = seed_bytes(GOOD)
    (root / "damaged.txt").write_bytes(damaged[:300] + b"\xff\xfe\xc3" + damaged[300:])
    (root / "huge.txt").write_bytes(("سطر عربي طويل في ملف ضخم جدا.\n" * 1_000_000).encode())  # ~30 MB
    (root / "oneline.txt").write_bytes(("كلمة " * 400_000).encode())  # one 4 MB line
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)  # a folder loop
    (root / "page.html").write_text("<html>not a page</html>")
    return root


@pytest.fixture(scope="module")
def junk_run(junk_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("junk-out") / "release"
    done = subprocess.run([*CLI, "--input", str(junk_folder), "--output", str(out), "--workers", "2"],
                          capture_output=True, text=True, timeout=300)
    return done, out


def test_every_good_file_lands_and_the_run_succeeds(junk_run):
    done, out = junk_run
    assert done.returncode == 0, done.stderr
    ids = set(load_dataset(str(out), split="train")["id"])
    assert ids == {p.stem for p in SEEDS.glob("*.txt")} | {"damaged"}


def test_each_junk_file_is_named_with_its_reason(junk_run):
    done, out = junk_run
    report = {e["id"]: e["reason"] for e in map(json.loads, (out / "skipped.jsonl").read_text().splitlines())}
    expected = {
        "empty": "empty file",
        "blank": "whitespace only",
        "random": "not text",
        "photo": "PNG image",
        "huge": "file too large",
        "oneline": "single line",
        "loop-a": "unreadable",
        "loop-b": "unreadable",
        "page.html": "not a *.txt page",
    }
    assert set(report) == set(expected)
    for name, fragment in expected.items():
        assert fragment in report[name], (name, report[name])
        if name != "page.html":  # ignored files are counted in the summary, named in the report
            assert f"skipped {name}: " in done.stdout
    assert "skipped 8" in done.stdout and "1 other file(s) ignored" in done.stdout
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "14 pages were read,\n6 published and 8 skipped" in card


def test_a_mostly_good_file_is_cleaned_and_the_damage_recorded(junk_run):
    _, out = junk_run
    rows = {r["id"]: r for r in load_dataset(str(out), split="train")}
    assert "invalid_bytes_replaced" in rows["damaged"]["fixes"]
    assert rows["damaged"]["sources"] == ["Sputnik"]
    assert len(rows["damaged"]["text"].split("\n")) == 8


def test_strict_makes_a_skip_fatal_and_publishes_nothing(junk_folder, tmp_path):
    out = tmp_path / "release"
    done = subprocess.run([*CLI, "--input", str(junk_folder), "--output", str(out), "--strict"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "--strict" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".release.tmp-*"))


@pytest.mark.parametrize("make_args, message", [
    (lambda t: ["--input", str(t / "missing"), "--output", str(t / "o")], "input folder not found"),
    (lambda t: ["--input", str(t / "empty"), "--output", str(t / "o")], "no *.txt files"),
    (lambda t: ["--input", str(t / "empty"), "--output", str(t / "empty" / "o")], "inside the input"),
    (lambda t: ["--input", str(SEEDS), "--output", str(t / "o"), "--version", "v1"], "X.Y.Z"),
    (lambda t: ["--input", str(SEEDS), "--output", str(t / "file.txt")], "not a folder"),
    (lambda t: ["--input", str(SEEDS), "--output", str(t / "o"), "--workers", "0"], "--workers"),
])
def test_user_errors_give_one_line_and_nonzero_exit(tmp_path, make_args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "file.txt").write_text("x")
    done = subprocess.run([*CLI, *make_args(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len([l for l in done.stderr.splitlines() if "error" in l]) == 1


def test_same_input_and_version_give_byte_identical_releases(tmp_path):
    one = build_release(SEEDS, tmp_path / "a" / "release", "1.2.3", workers=1)
    two = build_release(SEEDS, tmp_path / "b" / "release", "1.2.3", workers=2)
    assert one.published == two.published == 5
    assert tree_digest(tmp_path / "a" / "release") == tree_digest(tmp_path / "b" / "release")


def test_a_published_version_is_not_silently_rewritten(tmp_path):
    out = tmp_path / "v1.0.0"
    build_release(SEEDS, out, "1.0.0")
    before = tree_digest(out)
    assert build_release(SEEDS, out, "1.0.0").unchanged  # same bytes: nothing to do
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEEDS / f"{GOOD}.txt", other)
    with pytest.raises(UserError, match="never rewritten"):
        build_release(other, out, "1.0.0")
    assert tree_digest(out) == before
    build_release(other, out, "1.0.0", overwrite=True)
    assert load_dataset(str(out), split="train").num_rows == 1


def test_a_second_run_on_the_same_output_is_locked_out(tmp_path):
    import fcntl

    out = tmp_path / "release"
    with open(tmp_path / ".release.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(UserError, match="another run"):
            build_release(SEEDS, out, "1.0.0")
    assert not out.exists()


def test_stale_temporaries_are_removed_by_the_next_run(tmp_path):
    stale = tmp_path / ".release.tmp-999999"
    (stale / "data").mkdir(parents=True)
    (stale / "data" / "half.parquet").write_bytes(b"PAR1 half written")
    build_release(SEEDS, tmp_path / "release", "1.0.0")
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["release"]  # no lock file left behind


def _corpus(root: Path, copies: int, edit: str = "") -> Path:
    root.mkdir(parents=True)
    for n in range(copies):
        for seed in SEEDS.glob("*.txt"):
            text = seed.read_text(encoding="utf-8")
            (root / f"{seed.stem}-{n:04d}.txt").write_text(text.replace("لافروف", edit) if edit else text,
                                                            encoding="utf-8")
    return root


def test_sigkill_at_any_point_leaves_the_old_release_or_the_whole_new_one(tmp_path):
    old_pages = _corpus(tmp_path / "old-pages", 8)
    new_pages = _corpus(tmp_path / "new-pages", 12, edit="لافروف الوزير")
    previous = tmp_path / "kept" / "v1.0.0"
    build_release(old_pages, previous, "1.0.0", workers=2)
    out = tmp_path / "site" / "release"
    shutil.copytree(previous, out)
    old = tree_digest(out)

    def run_args(output: Path) -> list[str]:
        return [*CLI, "--input", str(new_pages), "--output", str(output), "--version", "1.1.0",
                "--overwrite", "--previous", str(previous), "--workers", "2", "--quiet"]

    reference = tmp_path / "reference" / "release"
    subprocess.run(run_args(reference), check=True, timeout=300)
    new = tree_digest(reference)
    assert new != old

    # Kill points by phase, not by clock (this machine is noisy): at start, once the temporary
    # exists, once Parquet is being written, once the changelog and the card are written (the
    # swap is next), and shortly after that.
    def temp(pid: int) -> Path:
        return out.parent / f".release.tmp-{pid}"

    phases = {
        "start": lambda pid: True,
        "temporary": lambda pid: temp(pid).exists(),
        "parquet": lambda pid: any(temp(pid).glob("data/*.parquet")),
        "changelog": lambda pid: (temp(pid) / "changelog.json").exists(),
        "card": lambda pid: (temp(pid) / "README.md").exists(),
    }
    outcomes = {}
    for phase, reached in [*phases.items(), ("card+5ms", phases["card"])]:
        proc = subprocess.Popen(run_args(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        deadline = time.monotonic() + 120
        while not reached(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if phase.endswith("+5ms"):
            time.sleep(0.005)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        now = tree_digest(out)
        assert now in (old, new), f"torn release after a kill at phase {phase}"
        outcomes[phase] = "new" if now == new else "old"
        if now == new:  # put the old release back to try the next point
            shutil.rmtree(out)
            shutil.copytree(previous, out)
    assert outcomes["start"] == outcomes["temporary"] == outcomes["parquet"] == "old", outcomes
    done = subprocess.run(run_args(out), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert tree_digest(out) == new
    assert not [p for p in out.parent.iterdir() if ".tmp-" in p.name or p.name.endswith(".old")]


# --- the single-line cap counts characters (issue 13) ---------------------------------------------

def test_a_line_of_160000_characters_is_skipped_with_its_reason(tmp_path):
    """The README promises 100,000 characters; 160,000 Arabic characters are ~290,000 bytes of
    UTF-8, under the old cap of 400,000 bytes, so such a page used to be published."""
    pages = tmp_path / "in"
    pages.mkdir()
    shutil.copy(SEEDS / f"{GOOD}.txt", pages)
    line = ("كلمة عربية " * 20_000)[:160_000]
    assert len(line) == 160_000 and len(line.encode()) < 400_000
    (pages / "dump.txt").write_text("عنوان الصفحة\n" + line + "\n", encoding="utf-8")
    stats = build_release(pages, tmp_path / "out", "1.0.0")
    assert stats.skipped == [{"id": "dump", "reason": "a single line of 160,000 characters "
                                                      "(limit 100,000): not an article page"}]
    assert stats.published == 1


def test_a_line_of_100000_characters_is_read(tmp_path):
    from cleaning.reader import NotAPage, read_page

    path = tmp_path / "long.txt"
    path.write_text("سطر\n" + "ب" * SETTINGS.reader.max_line_chars + "\n", encoding="utf-8")  # 200,000 bytes
    assert read_page(path)
    path.write_text("سطر\n" + "ب" * (SETTINGS.reader.max_line_chars + 1) + "\n", encoding="utf-8")
    with pytest.raises(NotAPage, match="100,001 characters"):
        read_page(path)


# --- a cleaner's crash: one policy in both passes (issue 13) --------------------------------------

CRASHING = "003_9e8fbeb191e56705"


def _crash_on(monkeypatch, doc_id: str, which: str) -> None:
    """Make a cleaner raise on one page, in pass 1 (`first_pass_lines`) or pass 2 (`clean_page`)."""
    import cleaning.runner as runner

    real = getattr(runner, which)

    def crashing(page_id, raw, *args, **kwargs):
        if page_id == doc_id:
            raise ZeroDivisionError("a bug in a cleaner")
        return real(page_id, raw, *args, **kwargs)

    monkeypatch.setattr(runner, which, crashing)


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("which", ["first_pass_lines", "clean_page"])
def test_a_cleaner_crash_fails_the_run_naming_the_page(tmp_path, monkeypatch, which, workers):
    from cleaning.errors import CleanerCrash

    assert (SEEDS / f"{CRASHING}.txt").is_file()
    out = tmp_path / "out"
    build_release(SEEDS, out, "1.0.0", workers=workers)
    before = tree_digest(out)
    _crash_on(monkeypatch, CRASHING, which)
    with pytest.raises(CleanerCrash, match=f"{CRASHING}: cleaning failed: ZeroDivisionError: a bug in a cleaner"):
        build_release(SEEDS, out, "1.0.0", workers=workers, overwrite=True)
    assert tree_digest(out) == before  # nothing published, the previous release as it was
    assert not list(tmp_path.glob(".out.tmp-*"))


@pytest.mark.parametrize("which", ["first_pass_lines", "clean_page"])
def test_skip_crashes_skips_the_page_with_its_reason(tmp_path, monkeypatch, which):
    _crash_on(monkeypatch, CRASHING, which)
    if which == "first_pass_lines":  # pass 2 meets the same page (its decoding crashed)
        _crash_on(monkeypatch, CRASHING, "clean_page")
    stats = build_release(SEEDS, tmp_path / "out", "1.0.0", workers=2, skip_crashes=True)
    assert stats.skipped == [{"id": CRASHING,
                              "reason": "cleaning failed: ZeroDivisionError: a bug in a cleaner"}]
    assert stats.published == len(list(SEEDS.glob("*.txt"))) - 1


def test_the_command_exits_1_on_a_crash_and_0_with_skip_crashes(tmp_path, monkeypatch, capsys):
    from cleaning import cli

    _crash_on(monkeypatch, CRASHING, "clean_page")
    args = ["--input", str(SEEDS), "--output", str(tmp_path / "out"), "--workers", "1", "--quiet"]
    assert cli.main(args) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and CRASHING in err and "--skip-crashes" in err
    assert not (tmp_path / "out").exists()
    assert cli.main(args + ["--skip-crashes"]) == 0
    skipped = (tmp_path / "out" / "skipped.jsonl").read_text(encoding="utf-8")
    assert CRASHING in skipped and "cleaning failed: ZeroDivisionError" in skipped
