"""Duplicates are marked, never dropped: exact copies and near copies point at the first page."""

from __future__ import annotations

import shutil

import numpy as np
from datasets import load_dataset

from cleaning.dedup import DuplicateIndex, exact_key, signature
from cleaning.release import build_release

from conftest import SEEDS, seed_lines
from cleaning.settings import SETTINGS

BODY = [line for line in seed_lines("004_54a637c8796560dc")[4:16]]


def check(index: DuplicateIndex, doc_id: str, text: str):
    return index.check(doc_id, exact_key(text), signature(text))


def test_exact_copy_ignores_punctuation_spacing_and_hamza_forms():
    index = DuplicateIndex()
    text = "\n".join(BODY)
    assert check(index, "a", text) is None
    copy = text.replace("،", ",").replace("  ", " ").replace("أ", "ا")
    assert check(index, "b", copy) == ("a", "exact")


def test_near_copy_with_a_paragraph_added_is_near():
    index = DuplicateIndex(0.8)
    assert check(index, "a", "\n".join(BODY)) is None
    edited = BODY + ["وختم الوزير مؤتمره الصحفي بالتأكيد على استمرار المشاورات مع جميع الأطراف."]
    assert check(index, "b", "\n".join(edited)) == ("a", "near")


def test_different_articles_are_not_duplicates_and_near_off_means_exact_only():
    index = DuplicateIndex(None)
    assert check(index, "a", "\n".join(BODY)) is None
    assert check(index, "b", "\n".join(BODY[:-1])) is None  # near, but near marking is off
    other = "\n".join(seed_lines("001_b89710dcd8ba2f88")[:8])
    assert DuplicateIndex().check("x", exact_key(other), signature(other)) is None


def test_release_marks_copies_in_input_order_whatever_the_workers(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, pages / seed.name)
    original = (SEEDS / "004_54a637c8796560dc.txt").read_text(encoding="utf-8")
    (pages / "100_copy.txt").write_text(original.replace("،", ","), encoding="utf-8")
    lines = original.split("\n")
    lines.insert(16, "وختم الوزير مؤتمره الصحفي بالتأكيد على استمرار المشاورات مع جميع الأطراف المعنية.")
    (pages / "101_near.txt").write_text("\n".join(lines), encoding="utf-8")
    rows = {}
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        stats = build_release(pages, out, "1.0.0", workers=workers)
        assert stats.duplicates == {"exact": 1, "near": 1}
        rows[workers] = {r["id"]: (r["duplicate_of"], r["duplicate_type"])
                         for r in load_dataset(str(out), split="train")}
        assert "1 exact and 1 near duplicates" in (out / "README.md").read_text(encoding="utf-8")
    assert rows[1] == rows[2]
    assert rows[1]["100_copy"] == ("004_54a637c8796560dc", "exact")
    assert rows[1]["101_near"] == ("004_54a637c8796560dc", "near")
    assert rows[1]["004_54a637c8796560dc"] == (None, None)
    assert len(rows[1]) == 7  # nothing dropped


def test_an_lsh_candidate_below_the_threshold_is_not_marked_near():
    # LSH bands let pairs under the threshold through as candidates; each must be checked. This
    # copy (about one word in seventeen changed, seeded) is such a candidate at 0.8, with an
    # estimated Jaccard similarity of 0.73.
    import random
    rng = random.Random(4)
    k = rng.randint(10, 25)  # 17
    words = " ".join(BODY).split()
    a = " ".join(words)
    b = " ".join(w if rng.random() > 1 / k else "تغيير" for w in words)
    index = DuplicateIndex(0.8)
    assert check(index, "a", a) is None
    assert index.bands.get(index._band_keys(signature(b)))  # proposed by the bands...
    assert index.similarity(0, signature(b)) < 0.8
    assert check(index, "b", b) is None             # ...and refused by the threshold
    index = DuplicateIndex(0.7)
    assert check(index, "a", a) is None and check(index, "b", b) == ("a", "near")


# --- the index without datasketch (issue 14): same signatures, same bands, same marks -----------

TEXTS = ["", "كلمة", "a b c d e f g", "\n".join(BODY), (SEEDS / "000_73b48ff90eb3aec7.txt").read_text(encoding="utf-8")]


def test_signature_is_datasketchs_affine32_minhash():
    from datasketch import MinHash

    from cleaning.dedup import normalized_words

    for text in TEXTS:
        words = normalized_words(text)
        shingles = {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(1, len(words) - 2))}
        reference = MinHash(num_perm=SETTINGS.dedup.num_perm, seed=1, scheme="affine32")
        reference.update_batch(list(shingles))
        assert signature(text).dtype == reference.hashvalues.dtype == np.uint32
        assert np.array_equal(signature(text), reference.hashvalues)


def test_lsh_bands_are_datasketchs_optimal_parameters():
    from datasketch.lsh import _optimal_param

    from cleaning.dedup import lsh_bands

    for threshold in (0.3, 0.55, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98):
        assert lsh_bands(threshold, 128) == _optimal_param(threshold, 128, 0.5, 0.5), threshold
    assert lsh_bands(0.8, 128) == (9, 13)


def _reference_marks(pages: list[tuple[str, str]], threshold: float) -> list:
    """The index as it was, on datasketch's MinHashLSH (first seen wins, candidates checked)."""
    from datasketch import MinHash, MinHashLSH

    exact, ids, sigs, marks = {}, [], {}, []
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    for doc_id, text in pages:
        key, sig = exact_key(text), signature(text)
        if key in exact:
            marks.append((ids[exact[key]], "exact"))
            continue
        minhash = MinHash(num_perm=128, seed=1, scheme="affine32", hashvalues=sig)
        found = next((c for c in sorted(lsh.query(minhash)) if np.mean(sigs[c] == sig) >= threshold), None)
        if found is not None:
            marks.append((ids[found], "near"))
            continue
        index = len(ids)
        ids.append(doc_id)
        exact[key] = index
        lsh.insert(index, minhash)
        sigs[index] = sig
        marks.append(None)
    return marks


def _corpus(n: int = 300) -> list[tuple[str, str]]:
    import random

    rng = random.Random(7)
    words = " ".join(seed_lines("004_54a637c8796560dc") + seed_lines("001_b89710dcd8ba2f88")).split()
    pages = []
    for i in range(n):
        if pages and rng.random() < 0.3:  # a copy of an earlier page, some words changed
            _, text = rng.choice(pages)
            rate = rng.choice((0.0, 0.02, 0.05, 0.1, 0.3))
            text = " ".join(w if rng.random() > rate else "تغيير" for w in text.split())
        else:
            start = rng.randrange(len(words) - 120)
            text = " ".join(words[start:start + rng.randint(40, 120)])
        pages.append((f"p{i:04d}", text))
    return pages


def test_the_compact_index_marks_what_datasketchs_lsh_marked():
    from cleaning.settings import override

    pages = _corpus()
    previous = override("dedup", index_buffer=7)  # many sorted runs, merged: the compact path
    try:
        for threshold in (0.8, 0.5):
            index = DuplicateIndex(threshold)
            marks = [index.check(doc_id, exact_key(text), signature(text)) for doc_id, text in pages]
            expected = _reference_marks(pages, threshold)
            assert marks == expected
            assert sum(m is not None and m[1] == "near" for m in marks) >= 20  # the test has near copies
            assert len(index.bands.runs) >= 2 and not index.exact.buffered > 7
            index.close()
    finally:
        override("dedup", index_buffer=previous.index_buffer)


def test_the_index_keeps_a_few_numbers_a_page_in_memory_and_the_rest_on_disk():
    from cleaning.settings import override

    previous = override("dedup", index_buffer=64)
    try:
        index = DuplicateIndex(0.8)
        for i in range(2000):
            sig = np.random.RandomState(i).randint(0, 1 << 32, 128, dtype=np.uint32)
            assert index.check(f"page-{i}", i, sig) is None
        bands = lsh_bands_for(0.8)
        assert index.nbytes <= 2000 * (12 * (1 + bands) + 16) + 4096  # sorted runs and offsets only
        assert index.exact.buffered < 64 and index.bands.buffered < 64  # the dicts stay small
        assert index.check("again", 1999, None) == ("page-1999", "exact")  # ids read back from disk
        index.close()
    finally:
        override("dedup", index_buffer=previous.index_buffer)


def lsh_bands_for(threshold: float) -> int:
    from cleaning.dedup import lsh_bands

    return lsh_bands(threshold, SETTINGS.dedup.num_perm)[0]
