"""Safety (issue 16): never touch what is not ours, publish only what was asked, stop cleanly when told.

Permission tests run the command without the power to ignore file permissions: as an unprivileged
user when the interpreter is reachable by one, else as root without CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH (root then obeys permission bits like any user); they skip, saying why, only
when neither is possible.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from cleaning.errors import UserError
from cleaning.release import build_release
from cleaning.runner import process_page

from conftest import SEEDS, seed_bytes

CLI = [sys.executable, "-m", "cleaning.cli"]
GOOD = "001_b89710dcd8ba2f88"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def pages(root: Path, copies: int = 1, edit: str = "") -> Path:
    root.mkdir(parents=True)
    for n in range(copies):
        for seed in SEEDS.glob("*.txt"):
            text = seed.read_text(encoding="utf-8")
            (root / f"{seed.stem}-{n:03d}.txt").write_text(text.replace("لافروف", edit) if edit else text,
                                                           encoding="utf-8")
    return root


def cli(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, **kwargs)


def one_error_line(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if "error" in line]  # argparse adds its usage
    assert len(lines) == 1, done.stderr
    return lines[0]


# --- --overwrite replaces only a release of ours --------------------------------------------

@pytest.fixture(scope="module")
def a_release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ours") / "v1.0.0"
    build_release(SEEDS, out, "1.0.0")
    return out


def test_overwrite_refuses_a_folder_that_is_not_a_release(tmp_path):
    mydocs = tmp_path / "mydocs"
    mydocs.mkdir()
    (mydocs / "thesis.odt").write_bytes(b"years of work")
    done = cli("--input", str(SEEDS), "--output", str(mydocs), "--overwrite")
    assert done.returncode == 2 and "--overwrite" in one_error_line(done)
    assert tree(mydocs) == {"thesis.odt": b"years of work"}


def test_overwrite_refuses_a_folder_holding_other_releases(tmp_path, a_release):
    dist = tmp_path / "dist"
    shutil.copytree(a_release, dist / "v1.0.0")
    shutil.copytree(a_release, dist / "v1.1.0")
    before = tree(dist)
    with pytest.raises(UserError, match="overwrite"):
        build_release(SEEDS, dist, "1.2.0", overwrite=True)
    assert tree(dist) == before


def test_overwrite_refuses_the_folder_holding_the_input(tmp_path):
    work = tmp_path / "work"
    pages(work / "pages")
    before = tree(work)
    with pytest.raises(UserError, match="inside the output"):
        build_release(work / "pages", work, "1.0.0", overwrite=True)
    assert tree(work) == before


def test_overwrite_refuses_a_release_with_a_file_added(tmp_path, a_release):
    out = tmp_path / "v1.0.0"
    shutil.copytree(a_release, out)
    (out / "my-notes.txt").write_text("mine")
    with pytest.raises(UserError, match="my-notes.txt"):
        build_release(SEEDS, out, "1.0.0", overwrite=True)
    assert (out / "my-notes.txt").read_text() == "mine"


def test_overwrite_replaces_a_release_of_ours_with_or_without_its_manifest(tmp_path, a_release):
    for with_manifest in (True, False):
        out = tmp_path / f"v1.0.0-{with_manifest}"
        shutil.copytree(a_release, out)
        if not with_manifest:  # a release written before release.json existed
            (out / "release.json").unlink()
        one = tmp_path / f"one-{with_manifest}"
        one.mkdir()
        shutil.copy(SEEDS / f"{GOOD}.txt", one)
        assert build_release(one, out, "1.0.0", overwrite=True).published == 1


# --- the lock --------------------------------------------------------------------------------

def test_the_lock_never_follows_a_link_and_is_removed_when_done(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    site = tmp_path / "site"
    site.mkdir()
    (site / ".release.lock").symlink_to(victim)
    with pytest.raises(UserError, match="lock"):
        build_release(SEEDS, site / "release", "1.0.0")
    assert victim.read_text() == "precious"
    assert not (site / "release").exists()
    (site / ".release.lock").unlink()
    build_release(SEEDS, site / "release", "1.0.0")
    assert sorted(p.name for p in site.iterdir()) == ["release"]  # no empty lock file left


# --- arabic-news-push uploads only what the release lists ------------------------------------

def _plan(release: Path):
    from argparse import Namespace

    from cleaning.hub import make_plan

    return make_plan(Namespace(release_dir=release, repo_id="tester/news", private=False))


def test_push_plans_only_the_listed_regular_files(tmp_path, a_release):
    from cleaning.hub import UserError as PushError

    out = tmp_path / "v1.0.0"
    shutil.copytree(a_release, out)
    secret = tmp_path / "secret.txt"
    secret.write_text("system file")
    (out / "notes").mkdir()
    (out / "notes" / "passwd").symlink_to(secret)  # a link inside the release: never uploaded
    (out / "unlisted.txt").write_text("not part of the release")
    names = [name for name, _ in _plan(out).files]
    assert names == sorted(tree(a_release))
    assert "notes/passwd" not in names and "unlisted.txt" not in names

    (out / "review.html").unlink()
    (out / "review.html").symlink_to(secret)  # a listed file replaced by a link
    with pytest.raises(PushError, match="review.html"):
        _plan(out)
    (out / "review.html").unlink()
    (out / "review.html").write_bytes((a_release / "review.html").read_bytes() + b"<!-- changed -->")
    with pytest.raises(PushError, match="sha256"):
        _plan(out)


def test_a_review_page_rebuilt_in_place_keeps_the_release_pushable(tmp_path, a_release):
    from dataset_card.review import write_review

    out = tmp_path / "v1.0.0"
    shutil.copytree(a_release, out)
    (out / "review.html").write_text("stale")
    write_review(out)
    assert [name for name, _ in _plan(out).files] == sorted(tree(a_release))


def test_push_refuses_a_release_without_its_manifest(tmp_path, a_release):
    out = tmp_path / "v1.0.0"
    shutil.copytree(a_release, out)
    (out / "release.json").unlink()
    done = subprocess.run([sys.executable, "-m", "cleaning.hub", str(out), "--repo-id", "tester/news",
                           "--dry-run"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "release.json" in one_error_line(done)


# --- inputs: every file published or named, nothing from outside -----------------------------

@pytest.fixture(scope="module")
def odd_inputs(tmp_path_factory):
    base = tmp_path_factory.mktemp("odd")
    root = pages(base / "pages")
    outside = base / "outside.txt"
    outside.write_bytes(seed_bytes(GOOD).replace("لافروف".encode(), "خارج المجلد".encode()))
    (root / "leak.txt").symlink_to(outside)
    (root / "inside-link.txt").symlink_to(root / f"{GOOD}-000.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    with open(os.path.join(os.fsencode(root), b"bad-\xff-name.txt"), "wb") as f:
        f.write(seed_bytes(GOOD))
    with open(os.path.join(os.fsencode(root), b"notes-\xfe.md"), "wb") as f:
        f.write(b"an ignored file with a bad name")
    (root / "a\x1b[31mred\nskipped fake: line.txt").write_bytes(b"")
    out = base / "out" / "release"
    done = cli("--input", str(root), "--output", str(out), "--workers", "2", timeout=120)
    return root, out, done


def _report(out: Path) -> dict[str, str]:
    return {e["id"]: e["reason"] for e in map(json.loads, (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines())}


def test_odd_inputs_are_skipped_and_named_and_the_run_goes_on(odd_inputs):
    from datasets import load_dataset

    root, out, done = odd_inputs
    assert done.returncode == 0, done.stderr
    report = _report(out)
    assert "outside the input" in report["leak"]
    assert "FIFO" in report["fifo"]
    assert "outside the input" in report["zero"]
    assert "not valid UTF-8" in report["bad-\\xff-name"]
    assert report["notes-\\xfe.md"].startswith("ignored")
    ids = set(load_dataset(str(out), split="train")["id"])
    assert "inside-link" in ids and "leak" not in ids
    texts = "".join(load_dataset(str(out), split="train")["text"])
    assert "خارج المجلد" not in texts


def test_file_names_cannot_fake_lines_in_the_summary(odd_inputs):
    _, _, done = odd_inputs
    assert "\x1b" not in done.stdout
    assert not any(line.startswith("skipped fake") for line in done.stdout.splitlines())
    assert "a\\x1b[31mred\\nskipped fake: line" in done.stdout


def test_links_outside_the_input_are_read_when_asked(odd_inputs, tmp_path):
    root, _, _ = odd_inputs
    out = tmp_path / "release"
    build_release(root, out, "1.0.0", follow_external_links=True)
    report = _report(out)
    assert "leak" not in report and "character device" in report["zero"]  # read only as a regular file


def test_utf16_and_utf32_without_a_byte_order_mark_are_decoded():
    from cleaning.decode import decode_bytes

    text = seed_bytes(GOOD).decode("utf-8")
    arabic_only = "".join(ch for ch in text if "\u0600" <= ch <= "\u06ff")[:400]  # no NUL byte at all
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        assert decode_bytes(text.encode(encoding))[:2] == (text, encoding)
    for encoding in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(arabic_only.encode(encoding))[:2] == (arabic_only, encoding)
    assert decode_bytes(text.encode("utf-8"))[:2] == (text, "utf-8")


def test_a_utf16_page_without_a_mark_is_published_as_its_text():
    from cleaning.pipeline import clean_page

    raw = seed_bytes(GOOD).decode("utf-8").encode("utf-16-le")
    expected = clean_page(GOOD, seed_bytes(GOOD))
    got = clean_page(GOOD, raw)
    assert got.encoding == "utf-16-le" and got.language == expected.language and got.text == expected.text


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
def test_a_byte_order_mark_followed_by_an_image_is_not_text(tmp_path, bom):
    import random

    path = tmp_path / "photo.txt"
    path.write_bytes(bom + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(2048))
    result = process_page(("photo", str(path)), {})
    assert result.row is None and "not text" in result.reason


def test_a_page_of_very_many_short_lines_is_skipped_before_cleaning(tmp_path):
    path = tmp_path / "log.txt"
    path.write_bytes("سطر قصير\n".encode() * 200_000)  # 3.4 MB, 200,000 lines
    started = time.monotonic()
    result = process_page(("log", str(path)), {})
    assert result.row is None and "lines" in result.reason
    assert time.monotonic() - started < 5


def test_the_review_page_shows_a_bounded_part_of_a_long_page():
    from dataset_card import review

    lines = [f"سطر رقم {n} من صفحة طويلة جدا" for n in range(5_000)]
    row = {"id": "long", "text": "\n".join(lines), "text_lines": list(range(1, 5_001)), "removed": []}
    doc = review._document(row, [], {})
    assert len(doc["lines"]) <= review.MAX_DOC_LINES and doc["hidden_lines"] == 5_000 - len(doc["lines"])


# --- permissions, as a user that permissions apply to -------------------------------------------

def _unprivileged_prefix() -> list[str] | None:
    """A command prefix under which file permissions apply, or None when there is none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    probe = [sys.executable, "-c", "import cleaning.release"]
    for prefix in ([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"],
                   [setpriv, "--bounding-set=-dac_override,-dac_read_search",
                    "--inh-caps=-dac_override,-dac_read_search"]):
        try:
            ok = subprocess.run(prefix + probe, capture_output=True, timeout=60,
                                env={**os.environ, "HOME": tempfile.gettempdir()}).returncode == 0
        except (OSError, subprocess.SubprocessError):
            ok = False
        if ok:
            return prefix
    return None


@pytest.fixture(scope="module")
def unprivileged():
    prefix = _unprivileged_prefix()
    if prefix is None:
        pytest.skip("cannot run the command without the power to ignore permissions here "
                    "(no setpriv, and no unprivileged user can run this interpreter)")
    base = Path(tempfile.mkdtemp(prefix="safety-"))
    base.chmod(0o777)  # reachable by an unprivileged user; pytest's own tmp folder is not

    def run(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "HOME": str(base)}
        return subprocess.run(prefix + CLI + list(args), capture_output=True, text=True, timeout=120,
                              env=env, cwd=base)

    yield base, run
    for path in base.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)


def _world(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o644)


def test_unreadable_folders_and_files_are_named_and_fail_strict(unprivileged):
    base, run = unprivileged
    root = pages(base / "in-a")
    (root / "closed").mkdir()
    shutil.copy(SEEDS / f"{GOOD}.txt", root / "closed" / "hidden.txt")
    shutil.copy(SEEDS / f"{GOOD}.txt", root / "locked.txt")
    _world(base)
    (root / "closed").chmod(0o000)
    (root / "locked.txt").chmod(0o000)
    out = base / "out-a" / "release"
    done = run("--input", str(root), "--output", str(out))
    assert done.returncode == 0, done.stderr
    report = _report(out)
    assert "unreadable folder" in report["closed/"] and "unreadable" in report["locked"]
    assert "skipped closed/: unreadable folder" in done.stdout and "skipped locked: unreadable" in done.stdout
    strict = run("--input", str(root), "--output", str(base / "out-b" / "release"), "--strict")
    assert strict.returncode == 2 and "--strict" in one_error_line(strict)


def test_an_unreadable_input_folder_says_so(unprivileged):
    base, run = unprivileged
    root = pages(base / "in-c")
    _world(base)
    root.chmod(0o000)
    done = run("--input", str(root), "--output", str(base / "out-c" / "release"))
    line = one_error_line(done)
    assert done.returncode == 2 and "cannot read the input folder" in line and "no *.txt" not in line


def test_a_read_only_output_fails_at_once_in_one_line(unprivileged):
    base, run = unprivileged
    root = pages(base / "in-d")
    (base / "ro").mkdir()
    _world(base)
    (base / "ro").chmod(0o555)
    started = time.monotonic()
    done = run("--input", str(root), "--output", str(base / "ro" / "release"))
    assert done.returncode == 2 and "cannot write" in one_error_line(done)
    assert not (base / "ro" / "release").exists() and time.monotonic() - started < 60


# --- the card and the command line -------------------------------------------------------------

def test_html_from_the_data_never_reaches_the_card_unescaped(tmp_path):
    from datasets import load_dataset

    root = tmp_path / "pages"
    root.mkdir()
    payload = "<img src=x onerror=alert(1)>"
    text = seed_bytes(GOOD).decode("utf-8").rstrip("\n") + f"\nالمصدر: {payload}\n"
    (root / "page.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "release"
    build_release(root, out, "1.0.0")
    assert payload in load_dataset(str(out), split="train")[0]["sources"]  # the data keeps it as it is
    card = (out / "README.md").read_text(encoding="utf-8")
    body = re.sub(r"(?ms)^(`{3,})json$.*?^\1$", "", card)  # the example's code block shows it as code
    assert "<img" not in body and "&lt;img src=x onerror=alert(1)&gt;" in body


def test_near_duplicates_1_is_refused_in_one_line(tmp_path):
    done = cli("--input", str(SEEDS), "--output", str(tmp_path / "o"), "--near-duplicates", "1")
    assert done.returncode == 2 and "--near-duplicates" in one_error_line(done)
    assert not (tmp_path / "o").exists()


def test_an_empty_source_date_epoch_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    done = cli("--input", str(SEEDS), "--output", str(tmp_path / "release"), "--quiet")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    done = cli("--input", str(SEEDS), "--output", str(tmp_path / "other"))
    assert done.returncode == 2 and "SOURCE_DATE_EPOCH" in one_error_line(done)


# --- interrupts ---------------------------------------------------------------------------------

def test_an_interrupt_while_langdetect_loads_is_raised_not_swallowed(monkeypatch):
    import gc

    import langdetect.detector_factory as factory_module

    from cleaning.language import detect_language

    saved = factory_module._factory
    # a page langdetect decides (the script settles an Arabic page without loading the profiles)
    sample = "The minister said on Monday that the talks between the two sides would resume next week."
    expected = detect_language(sample)
    calls = {"n": 0}
    real_load = factory_module.json.load

    def interrupted_load(f):
        calls["n"] += 1
        if calls["n"] == 10:
            raise KeyboardInterrupt
        return real_load(f)

    monkeypatch.setattr(factory_module._factory, "_complete", False, raising=False)
    monkeypatch.setattr(factory_module, "_factory", None)
    monkeypatch.setattr(factory_module.json, "load", interrupted_load)
    try:
        with pytest.raises(KeyboardInterrupt):
            detect_language(sample)
        assert gc.isenabled()  # the collector, held off while the profiles load, is back on
        monkeypatch.setattr(factory_module.json, "load", real_load)
        assert detect_language(sample) == expected  # never labelled with a half-loaded factory
    finally:
        factory_module._factory = saved


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.fixture(scope="module")
def interrupt_setup(tmp_path_factory):
    base = tmp_path_factory.mktemp("signals")
    old_pages = pages(base / "old", 2)
    new_pages = pages(base / "new", 30, edit="لافروف الوزير")
    kept = base / "kept" / "release"
    build_release(old_pages, kept, "1.0.0")
    out = base / "site" / "release"
    shutil.copytree(kept, out)
    reference = base / "reference" / "release"
    args = ["--input", str(new_pages), "--version", "1.1.0", "--overwrite", "--workers", "2", "--quiet",
            "--previous", str(kept)]
    done = cli(*args, "--output", str(reference), timeout=300)
    assert done.returncode == 0, done.stderr
    yield kept, out, reference, args


@pytest.mark.parametrize("signum, moment", [
    (signal.SIGINT, "imports"), (signal.SIGTERM, "imports"),
    (signal.SIGINT, "temporary"), (signal.SIGTERM, "parquet"), (signal.SIGINT, "card"),
])
def test_sigint_and_sigterm_stop_the_run_cleanly(interrupt_setup, signum, moment):
    kept, out, reference, args = interrupt_setup
    old, new = tree(kept), tree(reference)
    if tree(out) != old:  # an earlier case finished its run: put the old release back
        shutil.rmtree(out)
        shutil.copytree(kept, out)

    def temp(pid: int) -> Path:
        return out.parent / f".release.tmp-{pid}"

    reached = {
        "imports": lambda pid: time.monotonic() - started > 0.3,
        "temporary": lambda pid: temp(pid).exists(),
        "parquet": lambda pid: any(temp(pid).glob("data/*.parquet")),
        "card": lambda pid: (temp(pid) / "README.md").exists(),
    }[moment]
    started = time.monotonic()
    proc = subprocess.Popen([*CLI, *args, "--output", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    while proc.poll() is None and not reached(proc.pid) and time.monotonic() - started < 120:
        time.sleep(0.002)
    workers = _descendants(proc.pid)
    if signum == signal.SIGINT:
        os.killpg(proc.pid, signum)  # Ctrl-C reaches the whole process group
    else:
        os.kill(proc.pid, signum)
    _, stderr = proc.communicate(timeout=60)
    assert "Traceback" not in stderr, stderr
    if proc.returncode == 0:  # the signal came after the release was committed: it is whole
        assert tree(out) == new
        return
    assert proc.returncode == 128 + signum, (proc.returncode, stderr)
    [line] = [l for l in stderr.splitlines() if l.strip()]
    assert signal.Signals(signum).name in line and "unchanged" in line
    assert tree(out) == old
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".release")]
    deadline = time.monotonic() + 10
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(workers)


def test_a_run_that_completes_after_interrupted_runs_is_byte_identical(interrupt_setup):
    _, out, reference, args = interrupt_setup
    done = cli(*args, "--output", str(out), timeout=300)
    assert done.returncode == 0, done.stderr
    assert tree(out) == tree(reference)


def test_sigterm_stops_the_ray_processes_the_run_started(tmp_path):
    pytest.importorskip("ray")
    root = pages(tmp_path / "pages", 4)
    out = tmp_path / "release"
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}  # a local Ray, never a cluster
    proc = subprocess.Popen([*CLI, "--input", str(root), "--output", str(out), "--engine", "ray",
                             "--workers", "2", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, env=env)
    started, ray_procs = time.monotonic(), set()
    while proc.poll() is None and time.monotonic() - started < 90:
        ray_procs |= _descendants(proc.pid)
        if len(ray_procs) >= 3 and any(out.parent.glob(".release.tmp-*")):  # Ray is up, the run under way
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail(f"the run ended before Ray started: {proc.returncode} {proc.stderr.read()[-2000:]}")
    time.sleep(1.0)
    ray_procs |= _descendants(proc.pid)
    os.kill(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run finished before SIGTERM arrived")
    assert proc.returncode == 143, stderr[-3000:]
    assert "SIGTERM" in stderr and "Traceback" not in stderr
    assert not out.exists()
    deadline = time.monotonic() + 20
    while _alive(ray_procs) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _alive(ray_procs)
    for pid in left:  # do not leave them to the next tests
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, "Ray processes left running: " + ", ".join(
        Path(f"/proc/{pid}/cmdline").read_text(errors="replace").replace("\0", " ")[:80] for pid in left
        if Path(f"/proc/{pid}/cmdline").exists())
