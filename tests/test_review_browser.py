"""The review page in a real browser: headless Chromium runs its script, then we read the DOM.

Each check is one Chromium command (`--dump-dom` after the page's script ran, `--screenshot`),
so no driver or extra package is needed. Console messages reach stderr as `:CONSOLE` lines; the
page writes none, so any is an error (a CSP violation from a fetch included). Screenshots go to
test-artifacts/ for a person to look at: Arabic must be joined, right-to-left, punctuation intact.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from contextlib import suppress
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import ROOT, SEED_IDS
from dataset_card.review import write_review
from test_review import MOST_READ_SEED, Node, documents, line_item, parse_html

ARTIFACTS = ROOT / "test-artifacts"
ENSURE_CHROMIUM = ROOT / "scripts" / "ensure_chromium.sh"
RUN_TIMEOUT = 45
INSTALL_TIMEOUT = 600
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]


def _find_chromium() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    """Chromium's path; installed from the system packages when missing, skipped if impossible."""
    if found := _find_chromium():
        return found
    try:
        done = subprocess.run([str(ENSURE_CHROMIUM)], capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
        reason = done.stderr.strip() or f"exit status {done.returncode}"
    except subprocess.TimeoutExpired:
        reason = f"installation took over {INSTALL_TIMEOUT}s"
    if found := _find_chromium():
        return found
    pytest.skip(f"no chromium and it could not be installed: {reason}")


@pytest.fixture(scope="module")
def page_url(seed_release, tmp_path_factory) -> str:
    return write_review(seed_release, tmp_path_factory.mktemp("review") / "review.html").as_uri()


def browse(chromium: str, profile: Path, url: str, screenshot: Path | None = None,
           height: int = 2400) -> tuple[Node, list[str]]:
    """Load `url` headless: (the DOM after the page's script ran, console messages)."""
    args = [chromium, *FLAGS, f"--window-size=1280,{height}", f"--user-data-dir={profile}", "--dump-dom"]
    if screenshot:
        args.append(f"--screenshot={screenshot}")
    proc = subprocess.Popen([*args, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"chromium did not finish within {RUN_TIMEOUT}s on {url}")
    finally:
        with suppress(ProcessLookupError):  # its helpers, should any outlive the browser
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0 and out, f"chromium failed ({proc.returncode}): {err[-2000:]}"
    return parse_html(out), [line for line in err.splitlines() if ":CONSOLE" in line]


def visible_ids(dom: Node) -> list[str]:
    return [doc_id for doc_id, article in documents(dom).items() if "hidden" not in article.attrs]


def test_console_messages_are_caught(chromium, tmp_path):
    """Guards the check below: a page that logs an error must be seen doing so."""
    page = tmp_path / "broken.html"
    page.write_text('<!doctype html><link rel="icon" href="data:,"><script>console.error("boom")</script>')
    _, console = browse(chromium, tmp_path / "profile", page.as_uri())
    assert any('"boom"' in line for line in console)


def test_page_runs_cleanly_and_shows_each_cut_in_place(chromium, page_url, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "review.png"
    shot.unlink(missing_ok=True)
    dom, console = browse(chromium, tmp_path / "profile", page_url, screenshot=shot)
    assert console == []
    assert visible_ids(dom) == SEED_IDS
    assert dom.find("p", id="status").text == f"المقالات المطابقة: {len(SEED_IDS)} من {len(SEED_IDS)}"
    article = documents(dom)[MOST_READ_SEED]
    removed, kept = line_item(article, 51), line_item(article, 4)
    assert "removed" in removed.classes and removed.attrs["data-rule"] == "chrome.most_read"
    assert (removed.find("del").text, removed.find("code", "rule-tag").text) == ("الأكثر قراءة", "chrome.most_read")
    assert "kept" in kept.classes and kept.text.startswith("كشف وزير الخارجية الأميركي")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def test_rule_filter_shows_only_documents_with_that_rule(chromium, page_url, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    dom, console = browse(chromium, tmp_path / "profile", page_url + "#rule=chrome.most_read",
                          screenshot=ARTIFACTS / "review-rule-filter.png", height=3400)
    assert console == []
    assert visible_ids(dom) == [MOST_READ_SEED]
    article = documents(dom)[MOST_READ_SEED]
    matched = [int(li.attrs["value"]) for li in article.find_all("li", "match")]
    assert matched == [51]
    assert "rule-picked" in dom.find("body").classes
    assert dom.find("p", id="status").text == f"المقالات المطابقة: 1 من {len(SEED_IDS)}"


@pytest.mark.parametrize("hash_, expected", [
    ("site=" + quote("المشهد اليمني الأول"), ["003_9e8fbeb191e56705"]),
    ("q=" + quote("سبوتنيك"), ["001_b89710dcd8ba2f88"]),
    ("rule=chrome.caption&q=" + quote("لافروف"), ["000_73b48ff90eb3aec7", "004_54a637c8796560dc"]),
])
def test_site_filter_and_search_from_the_url(chromium, page_url, tmp_path, hash_, expected):
    dom, console = browse(chromium, tmp_path / "profile", f"{page_url}#{hash_}")
    assert console == []
    assert visible_ids(dom) == expected


# --- issue 15: the new views, on a release with a duplicate, an English page and questionable pages

@pytest.fixture(scope="module")
def mixed_url(tmp_path_factory) -> str:
    from cleaning.release import build_release
    from test_card import ENGLISH

    pages = tmp_path_factory.mktemp("mixed") / "pages"
    shutil.copytree(ROOT / "seeds", pages)
    shutil.copy(pages / f"{SEED_IDS[1]}.txt", pages / "zz-copy.txt")  # an exact duplicate of a seed
    (pages / "english.txt").write_text(ENGLISH, encoding="utf-8")
    release = tmp_path_factory.mktemp("out") / "v1.0.0"
    build_release(pages, release, "1.0.0", workers=1)
    return (release / "review.html").as_uri()


def test_duplicates_view_shows_each_copy_beside_the_kept_one(chromium, mixed_url, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    dom, console = browse(chromium, tmp_path / "profile", mixed_url + "#view=duplicates",
                          screenshot=ARTIFACTS / "review-duplicates.png", height=1800)
    assert console == []
    assert visible_ids(dom) == ["zz-copy"]
    pair = documents(dom)["zz-copy"].find("div", "pair")
    assert [c.find("code").text for c in pair.find_all("div", "copy")] == ["zz-copy", SEED_IDS[1]]
    assert "on" in dom.find("nav", id="views").find("a", data_view="duplicates").classes


def test_questionable_view_lists_only_pages_with_a_reason(chromium, mixed_url, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    dom, console = browse(chromium, tmp_path / "profile", mixed_url + "#view=questionable",
                          screenshot=ARTIFACTS / "review-questionable.png", height=2400)
    assert console == []
    flagged = [doc_id for doc_id, a in documents(dom).items() if a.attrs["data-questions"]]
    assert flagged and visible_ids(dom) == flagged
    for doc_id in flagged:
        assert documents(dom)[doc_id].find("p", "questions").text


@pytest.mark.parametrize("fragment, expected", [
    ("#language=en", ["english"]),
    ("#hasComments=1", ["002_e36c8a0eafea318a"]),
    ("#fix=nbsp_to_space", None),
])
def test_language_comment_and_repair_filters(chromium, mixed_url, tmp_path, fragment, expected):
    dom, console = browse(chromium, tmp_path / "profile", mixed_url + fragment)
    assert console == []
    if expected is None:  # every page with that repair, and only those
        expected = [d for d, a in documents(dom).items() if "nbsp_to_space" in a.attrs["data-fixes"].split()]
        assert expected
    assert visible_ids(dom) == expected
