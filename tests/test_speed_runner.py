"""Issue 14: a run decodes and repairs each page once, keeps nothing of it in the release, and
gives the same bytes for any number of workers."""

from __future__ import annotations

import random
import shutil

from cleaning.release import build_release

from conftest import SEED_IDS, SEEDS, seed_lines


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_each_page_is_decoded_and_repaired_once_and_nothing_decoded_is_left(tmp_path, monkeypatch):
    import cleaning.pipeline as pipeline

    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "empty.txt").write_bytes(b"")
    calls = []
    real = pipeline.decode_bytes
    monkeypatch.setattr(pipeline, "decode_bytes", lambda raw: calls.append(raw) or real(raw))
    stats = build_release(pages, tmp_path / "out", "1.0.0", workers=1)
    assert stats.published == len(list(SEEDS.glob("*.txt")))
    assert len(calls) == stats.published  # once a page (the empty file is refused before decoding)
    assert stats.skipped == [{"id": "empty", "reason": "empty file"}]
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.startswith(".")]  # no decoded pages left


def test_same_release_for_one_and_two_workers_with_several_spill_files(tmp_path):
    from cleaning.settings import override

    previous = override("run", first_pass_chunk=2, clean_batch=1)  # three files, one page a task
    try:
        one = build_release(SEEDS, tmp_path / "one", "1.0.0", workers=1)
        two = build_release(SEEDS, tmp_path / "two", "1.0.0", workers=2)
    finally:
        override("run", first_pass_chunk=previous.first_pass_chunk, clean_batch=previous.clean_batch)
    assert one.published == two.published == len(list(SEEDS.glob("*.txt")))
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_decoded_pages_come_back_from_their_file_as_they_went_in(tmp_path):
    from cleaning.runner import _read_spill, _spill_record, _write_spill
    from cleaning.schema import Document, Line
    from cleaning.settings import override

    docs = [Document(id="a/1", raw_sha256="x", encoding="cp1256", fixes=("ftfy", "bom_removed"),
                     lines=(Line(1, "سطر أول"), Line(3, "and «two»")), site_key="a", site_key_source="folder"),
            Document(id="b", raw_sha256="y", encoding="utf-8", fixes=(), lines=(), site_key=None,
                     site_key_source=None)]
    records = [_spill_record(d.id, d) for d in docs]
    records += [_spill_record("c", reason="empty file"), _spill_record("d", reason="cleaning failed: X", crashed=True)]
    previous = override("run", clean_batch=3)  # two batches in the file
    try:
        _write_spill(tmp_path / "0.spill", records)
        back = [page for index in (0, 1) for page in _read_spill(str(tmp_path / "0.spill"), index)]
    finally:
        override("run", clean_batch=previous.clean_batch)
    assert back == [("a/1", docs[0], None, False), ("b", docs[1], None, False),
                    ("c", None, "empty file", False), ("d", None, "cleaning failed: X", True)]


def test_pass_one_never_imports_pandas(tmp_path):
    # building Arrow arrays from Python lists makes pyarrow import pandas (0.4-0.6 s in each
    # worker); the decoded pages are kept without that
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from pathlib import Path; from cleaning.runner import decode_and_count; "
            "from cleaning.reader import iter_pages; "
            f"tasks = list(iter_pages(Path({str(SEEDS)!r}), lambda x: None, False)); "
            f"decode_and_count((0, tasks), Path({str(tmp_path)!r})); print('pandas' in sys.modules)")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert done.stdout.split()[-1] == "False"


def _reference_add(counter, site_key, lines):
    """LineCounter.add as it was written before its vote was inlined: one `_vote` call a slot."""
    from cleaning.repetition import _ARTICLE_SLOTS, _NEIGHBOUR_SLOTS, _vote, article_signatures, fingerprint
    from cleaning.text import is_prose

    counter.pages[site_key] = counter.pages.get(site_key, 0) + 1
    table = counter.sites.setdefault(site_key, {})
    fps = [fingerprint(text) for text in lines]
    prose = [is_prose(text) for text in lines]
    signatures = article_signatures(fps, prose)
    seen = set()
    for i, fp in enumerate(fps):
        if fp == 0 or fp in seen:
            continue
        seen.add(fp)
        entry = table.setdefault(fp, [0, int(prose[i])] + [0] * 12)
        entry[0] += 1
        for slot, j in zip(_NEIGHBOUR_SLOTS, (i - 1, i + 1, i - 2, i + 2)):
            _vote(entry, slot, fps[j] if 0 <= j < len(fps) else 0)
        for slot, signature in zip(_ARTICLE_SLOTS, signatures):
            _vote(entry, slot, signature)


def test_line_counter_votes_as_one_vote_call_a_slot():
    # Issue 14: the first pass's inner loop inlines `_vote`; on pages of the seeds with their lines
    # shuffled and repeated (so votes rise, fall and change hands), every entry is the same.
    from cleaning.repetition import LineCounter

    rng = random.Random(3)
    pages = [[line for line in seed_lines(name) if line.strip()] for name in SEED_IDS]
    fast, slow = LineCounter(max_per_site=10**9, max_entries=10**9), LineCounter()
    for n in range(60):
        lines = list(rng.choice(pages))
        head = lines[:6]
        rng.shuffle(head)
        lines = head + lines[6:] + rng.sample(lines, 3)
        site = f"site-{n % 3}"
        fast.add(site, lines)
        _reference_add(slow, site, lines)
    assert fast.sites == slow.sites and fast.pages == slow.pages
    assert any(entry[3] > 1 for table in fast.sites.values() for entry in table.values())  # votes did rise
