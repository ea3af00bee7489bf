"""Phrase lists and tables kept as data files in `cleaning/data/`, loaded once and cached."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .text import fold_arabic, is_sentence, match_key


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


@lru_cache(maxsize=1 << 16)  # pure in its text; asked twice a line by the lexicon rule
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


@lru_cache(maxsize=None)
def ordinals() -> dict[str, int]:
    """The ordinal adverbs a writer counts points with, as match keys, each with its rank."""
    return {match_key(line): rank for rank, line in enumerate(data_lines("ordinals.txt"), start=1)}


@lru_cache(maxsize=None)
def lead_in_ends() -> frozenset[str]:
    """The words a sentence handing over to a list ends on before its colon, as match keys."""
    return frozenset(match_key(line) for line in data_lines("lead_in_ends.txt"))


# --- one pass per line: each kind of phrase matched at once (issue 14) ----------------------------
# The chrome rules used to try their phrases one by one on every line (a `find` per contained
# phrase, a `startswith` per prefix, a regular expression per social network name). These
# matchers are built once per process from the same data and give the same answers: one
# compiled alternation says whether any phrase of a kind can be on the line at all (most lines
# hold none, and then nothing else runs), and a table by length gives the prefixes a line starts
# with in one look-up per distinct prefix length. tests/test_speed_lexicon.py checks every answer
# against the phrase-by-phrase loops.

_ALNUM_BEFORE = r"(?<![^\W_])"  # not glued to a letter or digit (str.isalnum), as the word test below
_ALNUM_AFTER = r"(?![^\W_])"


def _alternation(phrases) -> str:
    """Longest first, so a phrase is never shadowed by a shorter one it starts with."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=None)
def _contained_pattern() -> re.Pattern | None:
    phrases = [phrase for phrase, _ in contained_phrases() if phrase]
    return re.compile(f"{_ALNUM_BEFORE}(?:{_alternation(phrases)}){_ALNUM_AFTER}") if phrases else None


def contained_category(folded: str) -> str | None:
    """The category of the first "contains" phrase (in file order) standing in `folded` (a line's
    `prefix_key`) as a word of its own: the answer of trying each phrase in turn (the loop
    tests/test_speed_lexicon.py keeps as its reference), found with one search over the line."""
    pattern = _contained_pattern()
    if pattern is None or pattern.search(folded) is None:
        return None
    for phrase, category in contained_phrases():  # a phrase is on the line: which comes first in the file
        start = folded.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if (start == 0 or not folded[start - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                return category
            start = folded.find(phrase, start + 1)
    return None


@lru_cache(maxsize=None)
def _prefix_table() -> tuple[tuple[int, ...], dict[str, tuple[tuple[int, str, str], ...]]]:
    """(distinct prefix lengths, prefix -> ((file order, prefix, category), ...))."""
    _, prefixes = chrome_phrases()
    table: dict[str, list[tuple[int, str, str]]] = {}
    for order, (prefix, category) in enumerate(prefixes):
        table.setdefault(prefix, []).append((order, prefix, category))
    lengths = tuple(sorted({len(p) for p in table}))
    return lengths, {p: tuple(entries) for p, entries in table.items()}


def prefixes_of(key: str) -> list[tuple[str, str]]:
    """The chrome prefixes `key` (a line's `prefix_key`) starts with, as (prefix, category) in
    file order: what the loop `for prefix, cat in prefixes: if key.startswith(prefix)` visits."""
    lengths, table = _prefix_table()
    found = []
    for length in lengths:
        if length > len(key):
            break
        found.extend(table.get(key[:length], ()))
    return [(prefix, category) for _, prefix, category in sorted(found)]


def prefix_category(key: str, text: str) -> str | None:
    """chrome.lexicon_category's prefix rule in one look-up per prefix length: the first prefix
    (file order) that opens `key` (the line's `prefix_key`) and is closed by punctuation, or ends
    at a word boundary on a line (`text`) that is not a sentence (asked only when one opens it)."""
    candidates = prefixes_of(key)
    if not candidates:
        return None
    sentence = is_sentence(text)
    for prefix, category in candidates:
        rest = key[len(prefix):]
        closed = not prefix[-1].isalnum()  # "الوسوم:", "الرئيسية »", "©"
        if (closed or not rest or not rest[0].isalnum()) and (closed or not sentence):
            return category
    return None


@lru_cache(maxsize=None)
def _social_pattern() -> re.Pattern | None:
    whole, _ = chrome_phrases()
    names = [k for k, category in whole.items() if category == "social"]
    return re.compile(rf"(?<!\S)(?:{_alternation(names)})(?!\S)") if names else None


def has_social_name(key: str) -> bool:
    """Whether any social network name stands in `key` (a line's `match_key`) between spaces: when
    none does, a line cannot be "only social network names" and the per-name loop need not run."""
    pattern = _social_pattern()
    return pattern is not None and pattern.search(key) is not None
