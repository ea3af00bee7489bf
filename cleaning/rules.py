"""What each rule name in `removed` means, from `data/rules.tsv` (read by the card and the tests)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import data_rows


@lru_cache(maxsize=None)
def rule_descriptions() -> dict[str, tuple[str, str]]:
    """rule -> (step, description), in file order."""
    table = {}
    for rule, step, description in data_rows("rules.tsv", 3):
        table[rule] = (step, description)
    return table
