"""Cross-document repetition: a line that recurs on many pages of one site is that site's furniture.

No list knows a site's slogan, its signature or its newsletter blurb, but they recur on page after
page of the same site while articles do not. Two passes:

1. `LineCounter.add(site_key, lines)` for every page (a FIRST pass over the corpus, before any
   cleaning: see `cleaning.pipeline.first_pass_lines`). Each distinct normalised line counts once
   per page. Counters built by parallel workers combine with `merge`.
2. `LineCounter.boilerplate(site_key)` gives the fingerprints that are boilerplate for that site;
   `remove_repeated(doc, boilerplate)` is the pure cleaning step that takes those lines out under
   the rule `chrome.repeated`.

Precision first: the same article (or the same seed paragraphs) can be published on several pages
of a site, so frequency alone would also remove real text. A repeated line is therefore boilerplate
only when it is *not tied to an article*: (a) if one of its two nearest neighbours on either side
is, on at least ~75% of its pages, the same prose paragraph, the line travels with that article
(a subhead, a quoted sentence) and stays; (b) if the pages it is on mostly carry the same article
(two min-hash signatures of each page's prose lines, the same on ~75% of its pages), it is that
article's headline or part, and stays. Slogans and signatures sit next to varying text and come
with every article of the site. Prose lines also need a higher frequency.

A short line is also counted by its words in any order (`shuffled_fingerprint`, its own hash
space, one more entry for such a line): a site's bar of buttons printed in another order on each
page is one piece of furniture. Only the footer reads those counts (`edges.remove_footer`); every
other step looks lines up as written.

Memory bound: every site keeps at most `max_per_site` fingerprints and the whole counter at most
`max_entries` (defaults in `SETTINGS.repetition`: 20,000 and 1,000,000). When a site's table passes its cap, fingerprints
seen on the fewest pages are dropped (first those seen once, then twice, ...) until it is at half
the cap; when the whole counter passes its cap, every site drops its fingerprints seen once. A
line that recurs on more than about 1% of a site's pages survives pruning, because it comes back
faster than the table refills. An entry is a small list of 14 ints (about 250 bytes with its dict
slot), so the default bound is about 250 MB whatever the corpus size (10^6 pages or more), plus
one counter per site.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from .context import needs
from .schema import Document
from .text import ends_with_full_stop, is_prose, match_key
from .settings import SETTINGS

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W_]+")  # a word: letters and digits (not "_")
_SPLITS_WORDS = re.compile(r"[^\w ]|_")

# Entry layout: [pages, is_prose, prev1, votes, next1, votes, prev2, votes, next2, votes,
#                article signature 1, votes, article signature 2, votes]
_PAGES, _PROSE = 0, 1
_NEIGHBOUR_SLOTS = (2, 4, 6, 8)
_ARTICLE_SLOTS = (10, 12)
_SALTS = (b"a", b"b")
_SHUFFLED = b"any order"


@lru_cache(maxsize=1 << 16)  # pure in its text; pass 2 asks it again of lines pass 1 counted, furniture recurs
def fingerprint(text: str) -> int:
    """64-bit fingerprint of a line's words: folded, punctuation ignored ("—" or "-", "»" or ">"),
    numbers blanked (dates and counters change from page to page) except in prose: two paragraphs
    that differ only by their figures ("rates up 50 points", "rates up 150 points") are two
    pieces of news, not one piece of furniture."""
    key = match_key(text) if is_prose(text) else _DIGITS.sub("0", match_key(text))
    if _SPLITS_WORDS.search(key):  # else its words already stand one space apart (match_key)
        key = " ".join(_WORD.findall(key))
    if not key:
        return 0
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


@lru_cache(maxsize=1 << 16)  # pure in its text; asked of a page's short lines in both passes
def shuffled_fingerprint(text: str) -> int:
    """Fingerprint of a short line's words in any order (0 for a paragraph or a one-word line): a
    site's bar of buttons may print its items in another order on each page ('tweet it, share it
    on Facebook, WhatsApp' shuffled), and it is the same furniture in every order. Its own hash
    space (a keyed hash), never equal to a `fingerprint`: the steps that look lines up by
    `fingerprint` (title, comments, `remove_repeated`) see the site's lines as before; the footer
    reads a bar by this one (`edges.remove_footer`)."""
    if is_prose(text):
        return 0
    tokens = sorted(_WORD.findall(_DIGITS.sub("0", match_key(text))))
    if len(tokens) < 2:
        return 0
    return int.from_bytes(hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8, key=_SHUFFLED).digest(), "big")


def article_signatures(fps: Sequence[int], prose: Sequence[bool]) -> tuple[int, ...]:
    """Two min-hashes of the page's prose lines: pages carrying the same article (even an excerpt
    of it) share them often, pages of different articles almost never."""
    lines = [fp for fp, p in zip(fps, prose) if p and fp]
    if not lines:
        return (0,) * len(_SALTS)
    return tuple(min(_rehash(fp, salt) for fp in lines) for salt in _SALTS)


def _rehash(fp: int, salt: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(fp.to_bytes(8, "big"), digest_size=8, key=salt).digest(), "big")


def _vote(entry: list, slot: int, candidate: int, weight: int = 1) -> None:
    """Misra-Gries with one counter: keeps the neighbour that occurs on most of the line's pages."""
    if entry[slot] == candidate:
        entry[slot + 1] += weight
    elif entry[slot + 1] >= weight:
        entry[slot + 1] -= weight
    else:
        entry[slot], entry[slot + 1] = candidate, weight - entry[slot + 1]


@dataclass
class LineCounter:
    """Pages per line fingerprint, per site key, in bounded memory. Mergeable across workers."""

    max_per_site: int = SETTINGS.repetition.max_per_site
    max_entries: int = SETTINGS.repetition.max_entries
    min_pages: int = SETTINGS.repetition.min_pages
    ratio: float = SETTINGS.repetition.ratio
    prose_ratio: float = SETTINGS.repetition.prose_ratio
    anchor_share: float = SETTINGS.repetition.anchor_share
    sites: dict[str, dict[int, list]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    shuffled: dict[str, dict[int, list]] = field(default_factory=dict)  # short lines by their words in any order
    _entries: int = 0
    _cache: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)

    def add(self, site_key: str | None, lines: Sequence[str]) -> None:
        """Count one page's lines (in page order, blank lines already dropped) for its site."""
        if site_key is None:
            return
        self._cache.pop(site_key, None)
        self.pages[site_key] = self.pages.get(site_key, 0) + 1
        table = self.sites.setdefault(site_key, {})
        fps = [fingerprint(text) for text in lines]
        prose = [is_prose(text) for text in lines]
        first, second = article_signatures(fps, prose)
        padded = [0, 0, *fps, 0, 0]  # line i's neighbours i-2 .. i+2 are padded[i] .. padded[i + 4]
        self._count(table, enumerate(fps), prose, padded, first, second)
        # a short line counts again by its words in any order (a bar shuffled page by page), apart
        shuffled = self.shuffled.setdefault(site_key, {})
        self._count(shuffled, ((i, shuffled_fingerprint(text)) for i, text in enumerate(lines) if not prose[i]),
                    prose, padded, first, second)
        for tables in (self.sites, self.shuffled):
            if len(tables[site_key]) > self.max_per_site:
                self._prune_site(site_key, self.max_per_site // 2, tables=tables)
        if self._entries > self.max_entries:
            for tables in (self.sites, self.shuffled):
                for key in list(tables):
                    self._prune_site(key, 0, floor=1, tables=tables)

    def _count(self, table: dict[int, list], keyed: Iterable[tuple[int, int]], prose: Sequence[bool],
               padded: Sequence[int], first: int, second: int) -> None:
        """One page's lines (index, fingerprint) into one of a site's tables: pages and votes."""
        seen: set[int] = set()
        for i, fp in keyed:
            if fp == 0 or fp in seen:
                continue
            seen.add(fp)
            entry = table.get(fp)
            if entry is None:
                entry = table[fp] = [0, int(prose[i])] + [0] * 12
                self._entries += 1
            entry[_PAGES] += 1
            # _vote(entry, slot, candidate) with weight 1, inlined (the first pass's inner loop):
            # the slots are _NEIGHBOUR_SLOTS (i-1, i+1, i-2, i+2), then _ARTICLE_SLOTS
            for slot, candidate in ((2, padded[i + 1]), (4, padded[i + 3]), (6, padded[i]), (8, padded[i + 4]),
                                    (10, first), (12, second)):
                if entry[slot] == candidate:
                    entry[slot + 1] += 1
                elif entry[slot + 1]:
                    entry[slot + 1] -= 1
                else:
                    entry[slot], entry[slot + 1] = candidate, 1

    def _prune_site(self, site_key: str, target: int, floor: int | None = None, tables: dict | None = None) -> None:
        table = (self.sites if tables is None else tables)[site_key]
        before = len(table)
        level = 1
        while len(table) > target:
            for fp in [fp for fp, e in table.items() if e[_PAGES] <= level]:
                del table[fp]
            if floor is not None and level >= floor:
                break
            level += 1
        self._entries -= before - len(table)
        self._cache.pop(site_key, None)

    def merge(self, other: LineCounter) -> LineCounter:
        """Add another counter's counts into this one (workers count in parallel); returns self."""
        for site_key in other.sites:
            self.pages[site_key] = self.pages.get(site_key, 0) + other.pages.get(site_key, 0)
        for tables, theirs in ((self.sites, other.sites), (self.shuffled, other.shuffled)):
            self._merge_tables(tables, theirs)
        return self

    def _merge_tables(self, tables: dict[str, dict[int, list]], theirs: dict[str, dict[int, list]]) -> None:
        for site_key, table in theirs.items():
            mine = tables.setdefault(site_key, {})
            for fp, entry in table.items():
                own = mine.get(fp)
                if own is None:
                    mine[fp] = list(entry)
                    self._entries += 1
                    continue
                own[_PAGES] += entry[_PAGES]
                own[_PROSE] = own[_PROSE] or entry[_PROSE]
                for slot in _NEIGHBOUR_SLOTS + _ARTICLE_SLOTS:
                    if entry[slot + 1]:
                        _vote(own, slot, entry[slot], entry[slot + 1])
            if len(mine) > self.max_per_site:
                self._prune_site(site_key, self.max_per_site // 2, tables=tables)
            self._cache.pop(site_key, None)

    def boilerplate(self, site_key: str | None) -> frozenset[int]:
        """Fingerprints of lines that are furniture of this site (empty for an unknown site)."""
        if site_key is None or site_key not in self.sites:
            return frozenset()
        if site_key not in self._cache:
            self._cache[site_key] = frozenset(self._boilerplate(site_key))
        return self._cache[site_key]

    def _boilerplate(self, site_key: str) -> Iterable[int]:
        table, total = self.sites[site_key], self.pages[site_key]
        entries = [*table.items(), *self.shuffled.get(site_key, {}).items()]  # (a shuffled key's neighbours are lines as written)
        for fp, entry in entries:
            n = entry[_PAGES]
            share = self.prose_ratio if entry[_PROSE] else self.ratio
            if n < self.min_pages or n < share * total:
                continue
            if not self._anchored(table, entry) and not self._one_article(entry):
                yield fp

    def _anchored(self, table: dict[int, list], entry: list) -> bool:
        """True when a prose neighbour (within two lines) is beside the line on ~75% of its pages."""
        for slot in _NEIGHBOUR_SLOTS:
            neighbour, votes = entry[slot], entry[slot + 1]
            if neighbour and votes >= self.anchor_share * entry[_PAGES]:
                other = table.get(neighbour)
                if other is not None and other[_PROSE]:
                    return True
        return False

    def _one_article(self, entry: list) -> bool:
        """True when the line mostly comes with one article (its headline, a subhead): the same
        article signature on ~75% of its pages. Furniture comes with every article of the site."""
        return any(entry[slot] and entry[slot + 1] >= self.anchor_share * entry[_PAGES]
                   for slot in _ARTICLE_SLOTS)

    def __len__(self) -> int:
        return self._entries


def site_key_for(doc_id: str, header_site: str | None) -> tuple[str | None, str | None]:
    """(site key, where it came from): the page's first folder, else the header's site name."""
    if "/" in doc_id:
        return doc_id.split("/", 1)[0], "folder"
    if header_site:
        return header_site, "header"
    return None, None


@needs("boilerplate")
def remove_repeated(doc: Document, boilerplate: frozenset[int] = frozenset()) -> Document:
    """Lines whose fingerprint is boilerplate for the page's site. Never the page's only prose:
    if every prose line of the page is 'repeated', the page is a repeat of an article, and its
    prose stays; nor a paragraph standing between two of the page's own paragraphs."""
    if not boilerplate:
        return doc
    hits = [i for i, line in enumerate(doc.lines) if fingerprint(line.text) in boilerplate]
    if not hits:
        return doc
    prose = [i for i, line in enumerate(doc.lines) if is_prose(line.text)]
    if prose and all(i in hits for i in prose):
        hits = [i for i in hits if i not in prose]
    # A repeated paragraph with the page's own paragraphs before and after it is inside the
    # article (wire copy reused across a site), not around it like a disclaimer or a blurb.
    own = [i for i in prose if i not in set(hits)]
    if own:
        hits = [i for i in hits if not (i in prose and own[0] < i < own[-1])]
        # A long sentence the site repeats right at the article's edge (a closing background
        # paragraph, a standard opening) reads as the article's own: kept, with any run of such
        # sentences next to it. A disclaimer or blurb stands apart, after other furniture.
        kept = set()
        for edge, step in ((own[-1] + 1, 1), (own[0] - 1, -1)):
            while edge in hits and _reads_as_paragraph(doc.lines[edge].text):
                kept.add(edge)
                edge += step
        hits = [i for i in hits if i not in kept]
    return doc.take({i: "chrome.repeated" for i in hits}) if hits else doc


def _reads_as_paragraph(text: str) -> bool:
    return len(text.split()) >= SETTINGS.text.prose_min_words and ends_with_full_stop(text)
