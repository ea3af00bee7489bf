"""Phrase lists and tables kept as data files in `cleaning/data/`, loaded once and cached."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .text import fold_arabic, match_key


def data_lines(name: str) -> list[str]:
    text = resources.files("cleaning").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def chrome_phrases() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole-line phrases -> category, [(prefix, category)]), all as match keys."""
    whole: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for row in data_lines("chrome_phrases.tsv"):
        kind, category, phrase = row.split("\t")
        if kind in CAPTION_KINDS or kind == "contains":
            continue
        if kind == "line":
            whole[match_key(phrase)] = category
        elif kind == "prefix":
            # Prefixes keep their punctuation (":", "»"), so fold without stripping edges.
            prefixes.append((prefix_key(phrase), category))
        else:
            raise ValueError(f"chrome_phrases.tsv: unknown match kind {kind!r} in {row!r}")
    return whole, tuple(prefixes)


CAPTION_KINDS = ("caption_prefix", "credit")


@lru_cache(maxsize=None)
def contained_phrases() -> tuple[tuple[str, str], ...]:
    """[(phrase, category)] that make a short line chrome wherever they stand in it ("©",
    "All rights reserved"), as prefix keys (punctuation kept)."""
    return tuple((prefix_key(phrase), category) for kind, category, phrase in
                 (row.split("\t") for row in data_lines("chrome_phrases.tsv")) if kind == "contains")


@lru_cache(maxsize=None)
def counter_words() -> frozenset[str]:
    """Words of view counters and reading times ("1234 مشاهدة", "5 min read", "کد خبر: 123")."""
    return frozenset(match_key(line) for line in data_lines("counter_words.txt"))


@lru_cache(maxsize=None)
def caption_affixes() -> tuple[tuple[str, ...], frozenset[str]]:
    """(caption prefixes such as "صورة أرشيفية", photo credits such as "أرشيفية" / "Getty Images")."""
    prefixes, credits = [], set()
    for row in data_lines("chrome_phrases.tsv"):
        kind, _, phrase = row.split("\t")
        if kind == "caption_prefix":
            prefixes.append(prefix_key(phrase))
        elif kind == "credit":
            credits.add(match_key(phrase))
    return tuple(prefixes), frozenset(credits)


@lru_cache(maxsize=None)
def date_words() -> frozenset[str]:
    """Month and weekday names and other words of date stamps, as match keys."""
    return frozenset(match_key(line) for line in data_lines("date_words.txt"))


def prefix_key(text: str) -> str:
    """Like match_key but keeps punctuation, which is part of a prefix such as "الوسوم:"."""
    return " ".join(fold_arabic(text).casefold().split())


@lru_cache(maxsize=None)
def agencies() -> dict[str, str]:
    table = {}
    for row in data_lines("agencies.tsv"):
        variant, canonical = row.split("\t")
        table[match_key(variant)] = canonical
    return table


@lru_cache(maxsize=None)
def time_units() -> tuple[str, ...]:
    return tuple(data_lines("time_units.txt"))


@lru_cache(maxsize=None)
def comment_headers() -> frozenset[str]:
    return frozenset(match_key(line) for line in data_lines("comment_headers.txt"))
