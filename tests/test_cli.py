"""The command line as a new user meets it: one-line usage errors, the right program names, a
summary that can be piped into `head`, a progress bar with a unit, and a lean `make dataset`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS

COMMANDS = {
    "arabic-news-clean": [sys.executable, "-m", "cleaning.cli"],
    "arabic-news-push": [sys.executable, str(ROOT / "scripts" / "push.py")],
    "arabic-news-review": [sys.executable, str(ROOT / "scripts" / "review.py")],
}


@pytest.mark.parametrize("prog", sorted(COMMANDS))
@pytest.mark.parametrize("args", [[], ["--no-such-flag"]])
def test_usage_errors_are_one_line_exit_2(prog, args):
    done = subprocess.run([*COMMANDS[prog], *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(f"{prog}: error: "), done.stderr
    assert "usage:" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("prog", sorted(COMMANDS))
def test_help_names_the_installed_command(prog):
    done = subprocess.run([*COMMANDS[prog], "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith(f"usage: {prog} ")


def test_summary_piped_into_a_closed_reader_ends_without_traceback(tmp_path):
    """`arabic-news-clean ... | head -0`: the reader is gone before the summary is written."""
    proc = subprocess.Popen([*COMMANDS["arabic-news-clean"], "--input", str(SEEDS), "--output",
                             str(tmp_path / "out"), "--workers", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert (tmp_path / "out" / "release.json").is_file()


def test_first_progress_bar_has_a_unit_without_a_total():
    from tqdm import tqdm

    from cleaning.runner import progress_options

    options = progress_options("pass 1/2: counting repeated lines", None)
    line = tqdm.format_meter(256, options["total"], 2.0, unit=options["unit"], prefix=options["desc"])
    assert "256 pages" in line and "pages/s" in line and "256page" not in line
    line = tqdm.format_meter(256, 1000, 2.0, unit=options["unit"], prefix="pass 2/2: cleaning")
    assert "256/1000" in line and "%|" in line


def make_dry(target: str) -> str:
    done = subprocess.run(["make", "-n", "-B", target], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_dataset_installs_neither_ray_nor_test_tools():
    installs = [line for line in make_dry("dataset").splitlines() if "pip install" in line and " -e " in line]
    assert installs and all("ray" not in line and "dev" not in line and "test" not in line for line in installs)


def test_make_test_installs_what_the_tests_need():
    installs = " ".join(line for line in make_dry("test").splitlines() if "pip install" in line)
    assert "-e '.[test]'" in installs or "-e .[test]" in installs
    extras = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[project.optional-dependencies]")[1]
    test_extra = next(line for line in extras.splitlines() if line.startswith("test"))
    for needed in ("pytest", "hypothesis", "ray"):
        assert needed in test_extra


def test_readme_first_screen_says_what_a_new_user_needs():
    first = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:25])
    assert "chromium" in first and "root" in first
    for command in ("arabic-news-clean", "arabic-news-push", "arabic-news-review"):
        assert command in first
    assert "dataset.toml" in first or "--config" in first
