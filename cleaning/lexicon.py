"""Phrase lists and tables kept as data files in `cleaning/data/`, loaded once and cached."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .text import fold_arabic, match_key


class DataFileError(ValueError):
    """A malformed row of a data file, named with its file and line."""


def read_data(name: str) -> str:
    return resources.files("cleaning").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def parse_rows(text: str, name: str, columns: int = 1,
               first_column: frozenset[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """The rows of a data file (blank lines and '#' comments skipped), each split on tabs into
    exactly `columns` non-empty cells, the first one of `first_column` when given (a kind); any
    other row is an error naming the file and the line, never skipped silently."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != columns or not all(cells):
            raise DataFileError(f"cleaning/data/{name}:{number}: expected {columns} non-empty tab-separated "
                                f"column(s), found {line!r}")
        if first_column is not None and cells[0] not in first_column:
            raise DataFileError(f"cleaning/data/{name}:{number}: unknown kind {cells[0]!r} "
                                f"(one of {', '.join(sorted(first_column))})")
        rows.append(cells)
    return tuple(rows)


@lru_cache(maxsize=None)
def data_rows(name: str, columns: int = 1, first_column: frozenset[str] | None = None) -> tuple[tuple[str, ...], ...]:
    """A data file's rows, read and checked once per process (`parse_rows`)."""
    return parse_rows(read_data(name), name, columns, first_column)


def data_lines(name: str) -> list[str]:
    """The entries of a one-column data file."""
    return [row[0] for row in data_rows(name)]


CHROME_KINDS = frozenset({"line", "prefix", "contains", "caption_prefix", "credit"})
CAPTION_KINDS = ("caption_prefix", "credit")


def _chrome_rows() -> tuple[tuple[str, ...], ...]:
    return data_rows("chrome_phrases.tsv", 3, CHROME_KINDS)


@lru_cache(maxsize=None)
def chrome_phrases() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole-line phrases -> category, [(prefix, category)]), all as match keys."""
    whole: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for kind, category, phrase in _chrome_rows():
        if kind == "line":
            whole[match_key(phrase)] = category
        elif kind == "prefix":
            # Prefixes keep their punctuation (":", "»"), so fold without stripping edges.
            prefixes.append((prefix_key(phrase), category))
    return whole, tuple(prefixes)


@lru_cache(maxsize=None)
def contained_phrases() -> tuple[tuple[str, str], ...]:
    """[(phrase, category)] that make a short line chrome wherever they stand in it ("©",
    "All rights reserved"), as prefix keys (punctuation kept)."""
    return tuple((prefix_key(phrase), category) for kind, category, phrase in _chrome_rows() if kind == "contains")


@lru_cache(maxsize=None)
def counter_words() -> frozenset[str]:
    """Words of view counters and reading times ("1234 مشاهدة", "5 min read", "کد خبر: 123")."""
    return frozenset(match_key(line) for line in data_lines("counter_words.txt"))


@lru_cache(maxsize=None)
def caption_affixes() -> tuple[tuple[str, ...], frozenset[str]]:
    """(caption prefixes such as "صورة أرشيفية", photo credits such as "أرشيفية" / "Getty Images")."""
    prefixes, credits = [], set()
    for kind, _, phrase in _chrome_rows():
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
    for variant, canonical in data_rows("agencies.tsv", 2):
        table[match_key(variant)] = canonical
    return table


@lru_cache(maxsize=None)
def time_units() -> tuple[str, ...]:
    return tuple(data_lines("time_units.txt"))


@lru_cache(maxsize=None)
def comment_headers() -> frozenset[str]:
    return frozenset(match_key(line) for line in data_lines("comment_headers.txt"))
