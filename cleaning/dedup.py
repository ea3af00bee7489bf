"""Duplicates across a corpus: exact (same normalized text) and near (MinHash LSH).

Nothing is dropped: the first page in input order is kept as it is, and each later copy is
published with `duplicate_of` pointing at it, so users choose what to filter. The signature is
computed in the worker that cleaned the page; the index lives in the writing process, which
sees pages in input order, so the result does not depend on the number of workers.

Memory: the index holds one entry per distinct page (an 8-byte hash, the LSH band keys and the
signature as 32-bit values to check each LSH candidate against the threshold, about 0.8 KB per
page at 128 permutations): it is the one piece of state that grows with the corpus. Use
`near_threshold=None` to keep only the exact index.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from .text import fold_arabic
from .settings import SETTINGS

SCHEME = "affine32"  # datasketch 2 permutation scheme; signatures of different schemes never mix
_NON_WORD = re.compile(r"[^\w]+")


def normalized_words(text: str) -> list[str]:
    """Words with punctuation, diacritics and hamza/alef variants folded away (for matching only)."""
    return _NON_WORD.sub(" ", fold_arabic(text).casefold()).split()


def exact_key(text: str, words: list[str] | None = None) -> int:
    """8-byte hash of the normalized text: copies that differ only in punctuation or spacing match."""
    words = normalized_words(text) if words is None else words
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def signature(text: str, num_perm: int = SETTINGS.dedup.num_perm, words: list[str] | None = None) -> np.ndarray:
    """MinHash of the page's word 3-grams (a fixed seed, so signatures are reproducible)."""
    words = normalized_words(text) if words is None else words
    shingles = {" ".join(words[i:i + SETTINGS.dedup.shingle_words]).encode("utf-8")
                for i in range(max(1, len(words) - SETTINGS.dedup.shingle_words + 1))}
    minhash = _new_minhash(num_perm)
    minhash.update_batch(list(shingles))
    return minhash.hashvalues


def keys(text: str) -> tuple[int, np.ndarray]:
    """(exact_key, signature), normalizing the text once."""
    words = normalized_words(text)
    return exact_key(text, words), signature(text, words=words)


@lru_cache(maxsize=None)
def _permutations(num_perm: int):
    """Drawing the permutations costs more than hashing a page: draw them once per process."""
    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME).permutations


def _new_minhash(num_perm: int, hashvalues: np.ndarray | None = None) -> MinHash:
    return MinHash(num_perm=num_perm, seed=1, scheme=SCHEME, hashvalues=hashvalues,
                   permutations=_permutations(num_perm))


class DuplicateIndex:
    """First seen wins: `check` returns (kept page id, "exact" | "near") for a copy, else None."""

    def __init__(self, near_threshold: float | None = SETTINGS.dedup.near_threshold, num_perm: int = SETTINGS.dedup.num_perm):
        self.num_perm = num_perm
        self.exact: dict[int, int] = {}
        self.ids: list[str] = []
        self.threshold = near_threshold
        self.lsh = MinHashLSH(threshold=near_threshold, num_perm=num_perm) if near_threshold else None
        # LSH only proposes candidates (its bands let pairs well below the threshold through):
        # each is checked against the threshold with the signatures, kept as 32-bit values
        # (the affine32 scheme's hash values fit), 4 bytes a permutation.
        self.signatures: dict[int, np.ndarray] = {}

    def check(self, doc_id: str, key: int, hashvalues: np.ndarray | None) -> tuple[str, str] | None:
        if key in self.exact:
            return self.ids[self.exact[key]], "exact"
        minhash = None
        if self.lsh is not None and hashvalues is not None:
            minhash = _new_minhash(self.num_perm, hashvalues)
            for candidate in sorted(self.lsh.query(minhash)):
                if self.similarity(candidate, hashvalues) >= self.threshold:
                    return self.ids[candidate], "near"
        index = len(self.ids)
        self.ids.append(doc_id)
        self.exact[key] = index
        if minhash is not None:
            self.lsh.insert(index, minhash)
            self.signatures[index] = np.asarray(hashvalues, dtype=np.uint32)
        return None

    def similarity(self, index: int, hashvalues: np.ndarray) -> float:
        """Estimated Jaccard similarity of a kept page and a new one: the share of equal minima."""
        return float(np.mean(self.signatures[index] == np.asarray(hashvalues, dtype=np.uint32)))
