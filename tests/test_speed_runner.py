"""Issue 14: a run decodes and repairs each page once, keeps nothing of it in the release, and
gives the same bytes for any number of workers."""

from __future__ import annotations

import shutil

from cleaning.release import build_release

from conftest import SEEDS


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
