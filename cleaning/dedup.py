"""Duplicates across a corpus: exact (same normalized text) and near (MinHash LSH).

Nothing is dropped: the first page in input order is kept as it is, and each later copy is
published with `duplicate_of` pointing at it, so users choose what to filter. The signature is
computed in the worker that cleaned the page; the index lives in the writing process, which
sees pages in input order, so the result does not depend on the number of workers.

The MinHash is datasketch's "affine32" scheme (SHA-1 of each word 3-gram, the MurmurHash3
finalizer, 128 affine permutations drawn from seed 1) and the LSH banding is datasketch's
MinHashLSH with its optimal (bands, rows) for the threshold, computed here with numpy so that a
run does not import datasketch (nor, through it, scipy: a second of startup);
tests/test_dedup.py checks both against datasketch.

Memory: the index keeps, per distinct page, only fixed-width numbers in sorted numpy runs: an
8-byte key and a 4-byte page number for the exact key and for each LSH band (9 bands at 0.8),
about 0.11 KB a page (plus at most SETTINGS.dedup.index_buffer new entries in a dict). The signatures (to check each LSH candidate against the threshold) and the
ids of the kept pages go to an unnamed temporary file and are read back only for a candidate or
a duplicate. Use `near_threshold=None` to keep only the exact index.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from array import array
from functools import lru_cache

import numpy as np

from .settings import SETTINGS
from .text import fold_arabic

SCHEME = "affine32"  # datasketch 2 permutation scheme; signatures of different schemes never mix
_WORD = re.compile(r"\w+")
_MAX32 = np.iinfo(np.uint32).max


def normalized_words(text: str) -> list[str]:
    """Words with punctuation, diacritics and hamza/alef variants folded away (for matching only)."""
    return _WORD.findall(fold_arabic(text).casefold())  # the runs of word characters


def exact_key(text: str, words: list[str] | None = None) -> int:
    """8-byte hash of the normalized text: copies that differ only in punctuation or spacing match."""
    words = normalized_words(text) if words is None else words
    return _exact(" ".join(words).encode("utf-8"))


def _exact(joined: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(joined, digest_size=8).digest(), "big")


def signature(text: str, num_perm: int = SETTINGS.dedup.num_perm, words: list[str] | None = None) -> np.ndarray:
    """MinHash of the page's word 3-grams (a fixed seed, so signatures are reproducible): the
    hash values datasketch's `MinHash(num_perm, seed=1, scheme="affine32")` gives, as uint32."""
    words = normalized_words(text) if words is None else words
    return _minhash(" ".join(words).encode("utf-8"), num_perm)


def _minhash(joined: bytes, num_perm: int) -> np.ndarray:
    """The signature of the words joined by single spaces and encoded once (a word holds no space,
    so its shingles are the joins of consecutive byte words)."""
    n = SETTINGS.dedup.shingle_words
    words = joined.split(b" ")
    if len(words) > n:
        shingles = set(map(b" ".join, zip(*(words[k:] for k in range(n)))))
    else:
        shingles = {joined}
    a, b = _permutations(num_perm)
    sha1 = hashlib.sha1
    # the first 4 bytes of each SHA-1, read as little-endian uint32 (as datasketch's sha1_hash32)
    hv = np.frombuffer(b"".join([sha1(s).digest()[:4] for s in shingles]), dtype="<u4").astype(np.uint32)
    hv = _fmix32(hv).reshape(-1, 1)
    return np.minimum(np.full(num_perm, _MAX32, dtype=np.uint32), (hv * a + b).min(axis=0))


def keys(text: str) -> tuple[int, np.ndarray]:
    """(exact_key, signature), normalizing and encoding the text once."""
    joined = " ".join(normalized_words(text)).encode("utf-8")
    return _exact(joined), _minhash(joined, SETTINGS.dedup.num_perm)


@lru_cache(maxsize=None)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations (h -> a*h + b mod 2^32, `a` odd), drawn once per process."""
    gen = np.random.RandomState(SETTINGS.dedup.minhash_seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (wrapping uint32 arithmetic), as datasketch pre-mixes."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


@lru_cache(maxsize=None)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimizing the false positive plus false negative probability, with equal
    weights, as datasketch's MinHashLSH chooses them. The integrands are polynomials of degree at
    most num_perm, which Gauss-Legendre quadrature with that many nodes integrates exactly."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 2)
    below = (nodes + 1) * threshold / 2          # [0, threshold]
    above = threshold + (nodes + 1) * (1 - threshold) / 2  # [threshold, 1]
    best, choice = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = threshold / 2 * float(np.dot(weights, 1 - (1 - below ** r) ** b))
            fn = (1 - threshold) / 2 * float(np.dot(weights, (1 - above ** r) ** b))
            error = fp * 0.5 + fn * 0.5
            if error < best:
                best, choice = error, (b, r)
    return choice


class _SortedRuns:
    """A multimap from 64-bit keys to page numbers in compact memory (12 bytes an entry): a small
    dict takes new entries; when full it becomes a sorted numpy run, and runs of similar size
    merge (so there are about log2(entries / buffer) runs to search)."""

    def __init__(self):
        self.buffer: dict[int, list[int]] = {}
        self.buffered = 0
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []

    def add(self, key: int, value: int) -> None:
        self.buffer.setdefault(key, []).append(value)
        self.buffered += 1
        if self.buffered >= SETTINGS.dedup.index_buffer:
            self._flush()

    def _flush(self) -> None:
        pairs = sorted((k, v) for k, values in self.buffer.items() for v in values)
        keys = np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs))
        values = np.fromiter((v for _, v in pairs), dtype=np.uint32, count=len(pairs))
        self.runs.append((keys, values))
        self.buffer, self.buffered = {}, 0
        while len(self.runs) >= 2 and len(self.runs[-2][0]) <= 2 * len(self.runs[-1][0]):
            (k1, v1), (k2, v2) = self.runs.pop(), self.runs.pop()
            k, v = np.concatenate([k2, k1]), np.concatenate([v2, v1])
            order = np.argsort(k, kind="stable")
            self.runs.append((k[order], v[order]))

    def get(self, keys: list[int]) -> set[int]:
        """Every page number stored under any of the keys."""
        found: set[int] = set()
        for key in keys:
            found.update(self.buffer.get(key, ()))
        if self.runs:
            query = np.array(keys, dtype=np.uint64)
            for run_keys, run_values in self.runs:
                lo = np.searchsorted(run_keys, query, "left")
                hi = np.searchsorted(run_keys, query, "right")
                for start, stop in zip(lo[lo < hi].tolist(), hi[lo < hi].tolist()):
                    found.update(run_values[start:stop].tolist())
        return found

    def __len__(self) -> int:
        return self.buffered + sum(len(k) for k, _ in self.runs)

    @property
    def nbytes(self) -> int:
        return sum(k.nbytes + v.nbytes for k, v in self.runs)


class _Store:
    """Append-only records (signatures, ids) in an unnamed temporary file, read back by number."""

    def __init__(self, folder: str | os.PathLike | None):
        self.file = tempfile.TemporaryFile(dir=folder)
        self.offsets = array("Q", [0])
        self.dirty = False

    def append(self, data: bytes) -> int:
        self.file.write(data)
        self.dirty = True
        self.offsets.append(self.offsets[-1] + len(data))
        return len(self.offsets) - 2

    def read(self, number: int) -> bytes:
        if self.dirty:
            self.file.flush()
            self.dirty = False
        start = self.offsets[number]
        return os.pread(self.file.fileno(), self.offsets[number + 1] - start, start)

    def close(self) -> None:
        self.file.close()


class DuplicateIndex:
    """First seen wins: `check` returns (kept page id, "exact" | "near") for a copy, else None.

    `folder` is where the temporary file of signatures and ids goes (default: the system's)."""

    def __init__(self, near_threshold: float | None = SETTINGS.dedup.near_threshold,
                 num_perm: int = SETTINGS.dedup.num_perm, folder: str | os.PathLike | None = None):
        self.num_perm = num_perm
        self.threshold = near_threshold
        self.exact = _SortedRuns()
        self.kept = 0
        self.ids = _Store(folder)
        self.bands = _SortedRuns() if near_threshold else None
        self.signatures = _Store(folder) if near_threshold else None
        if near_threshold:
            b, r = lsh_bands(near_threshold, num_perm)
            if b < 2:  # as datasketch's MinHashLSH: one band is no index (the CLI says "at most 0.98")
                raise ValueError(f"near_threshold {near_threshold} leaves fewer than 2 LSH bands")
            self.ranges = [(i * r, (i + 1) * r) for i in range(b)]

    def check(self, doc_id: str, key: int, hashvalues: np.ndarray | None) -> tuple[str, str] | None:
        found = self.exact.get([key])
        if found:
            return self._id(min(found)), "exact"
        band_keys = None
        if self.bands is not None and hashvalues is not None:
            values = np.asarray(hashvalues, dtype=np.uint32)
            band_keys = self._band_keys(values)
            for candidate in sorted(self.bands.get(band_keys)):
                if self.similarity(candidate, values) >= self.threshold:
                    return self._id(candidate), "near"
        index = self.kept
        self.kept += 1
        self.ids.append(doc_id.encode("utf-8", "surrogatepass"))
        self.exact.add(key, index)
        if band_keys is not None:
            for band_key in band_keys:
                self.bands.add(band_key, index)
            self._signature_at(index, values)
        return None

    def _signature_at(self, index: int, values: np.ndarray) -> None:
        while len(self.signatures.offsets) - 1 < index:  # pages kept without a signature
            self.signatures.append(b"")
        self.signatures.append(values.tobytes())

    def _band_keys(self, values: np.ndarray) -> list[int]:
        """One 64-bit key per LSH band: the band's number and hash values, hashed."""
        return [int.from_bytes(hashlib.blake2b(values[start:end].tobytes(), digest_size=8,
                                               person=band.to_bytes(2, "big")).digest(), "big")
                for band, (start, end) in enumerate(self.ranges)]

    def _id(self, index: int) -> str:
        return self.ids.read(index).decode("utf-8", "surrogatepass")

    def similarity(self, index: int, hashvalues: np.ndarray) -> float:
        """Estimated Jaccard similarity of a kept page and a new one: the share of equal minima."""
        kept = np.frombuffer(self.signatures.read(index), dtype=np.uint32)
        if kept.size != self.num_perm:
            return 0.0
        return float(np.mean(kept == np.asarray(hashvalues, dtype=np.uint32)))

    def close(self) -> None:
        self.ids.close()
        if self.signatures is not None:
            self.signatures.close()

    @property
    def nbytes(self) -> int:
        """Memory held by the index's sorted runs and offsets (the temporary file aside)."""
        runs = self.exact.nbytes + (self.bands.nbytes if self.bands is not None else 0)
        offsets = self.ids.offsets.itemsize * len(self.ids.offsets)
        if self.signatures is not None:
            offsets += self.signatures.offsets.itemsize * len(self.signatures.offsets)
        return runs + offsets
