"""One pass per line (issue 14): the lexicon's matchers give the answers of the phrase-by-phrase loops.

chrome.lexicon_category uses cleaning/lexicon.py's matchers (contained_category, prefix_category,
has_social_name); `slow_lexicon_category` below is the phrase-by-phrase loop it replaced, and they must agree
on every line of the seeds, of a generated noisy corpus, and on every phrase of the data files,
alone, glued to letters, under a label and inside longer lines.
"""

from __future__ import annotations

import sys

import pytest

from cleaning import chrome
from cleaning.lexicon import (chrome_phrases, contained_category, contained_phrases, has_social_name,
                              prefix_key, prefixes_of)
from cleaning.settings import SETTINGS
from cleaning.text import is_sentence, match_key, words

from conftest import SEEDS


def _contains_word(text: str, phrase: str) -> bool:
    """The phrase in the text, not glued to a letter (the phrase-by-phrase loop's test)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(phrase, start + 1)
    return False


def slow_lexicon_category(text: str) -> str | None:
    """chrome.lexicon_category as it was, a loop of phrases per line: the reference the one-pass
    version (now chrome's own) must agree with."""
    whole, prefixes = chrome_phrases()
    key = match_key(text)
    category = whole.get(key)
    if category is None and len(words(text)) <= chrome.CONTAINS_MAX_WORDS:
        folded = prefix_key(text)
        category = next((cat for phrase, cat in contained_phrases() if _contains_word(folded, phrase)), None)
    if category is None and len(words(text)) <= SETTINGS.chrome.prefix_max_words:
        head = chrome._HEADING_SEPARATOR.split(text, maxsplit=1)
        if len(head) == 2 and head[1].strip() and whole.get(match_key(head[0])) in chrome.HEADING_CATEGORIES:
            return whole[match_key(head[0])]
        if chrome._only_social(key):
            return "social"
    if category is None and len(words(text)) <= SETTINGS.chrome.prefix_max_words:
        key = prefix_key(text)
        sentence = is_sentence(text)
        for prefix, cat in prefixes:
            if not key.startswith(prefix):
                continue
            rest = key[len(prefix):]
            closed = not prefix[-1].isalnum()
            if (closed or not rest or not rest[0].isalnum()) and (closed or not sentence):
                return cat
    return category


def _phrase_lines() -> list[str]:
    whole, prefixes = chrome_phrases()
    phrases = list(whole) + [p for p, _ in prefixes] + [p for p, _ in contained_phrases()]
    lines = []
    for p in phrases:
        lines += [p, p + " عاجل", "الخبر " + p, p + ": وزير الخارجية يصل", "أ" + p, p + "x",
                  p + " " + p, "قال الوزير إن " + p + " في الاجتماع.", p.upper(), p + " 2024"]
    social = [k for k, c in whole.items() if c == "social"]
    for a, b in zip(social, social[1:] + social[:1]):
        lines += [f"{a} {b}", f"{a} | {b}", f"{a} {b} اشترك", f"تابعونا على {a} و{b}"]
    return lines


def _corpus_lines(tmp_path) -> list[str]:
    sys.path.insert(0, str(SEEDS.parent))
    from evaluation.corpus import generate

    generate(tmp_path / "noisy", 80, 11)
    from cleaning.pipeline import start_document

    lines = []
    for path in sorted(SEEDS.glob("*.txt")) + sorted((tmp_path / "noisy" / "input").rglob("*.txt")):
        lines += [line.text for line in start_document(path.stem, path.read_bytes()).lines]
    return lines


def test_the_one_pass_matchers_answer_as_the_phrase_loops(tmp_path):
    lines = _phrase_lines() + _corpus_lines(tmp_path)
    assert len(lines) > 3000
    found = 0
    for line in lines:
        expected = slow_lexicon_category(line)
        assert chrome.lexicon_category(line) == expected, line
        found += expected is not None
        folded = prefix_key(line)
        assert contained_category(folded) == next(
            (cat for phrase, cat in contained_phrases() if _contains_word(folded, phrase)), None), line
        assert prefixes_of(folded) == [(p, c) for p, c in chrome_phrases()[1] if folded.startswith(p)], line
        if not has_social_name(match_key(line)):
            assert not chrome._only_social(match_key(line)), line
    assert found > 1000  # the lines exercise the rules, not only their misses


def test_the_alternations_boundary_is_str_isalnum():
    import re

    boundary = re.compile(r"[^\W_]")
    mismatched = [c for c in map(chr, range(0x110000))
                  if not 0xD800 <= ord(c) <= 0xDFFF and bool(boundary.match(c)) != c.isalnum()]
    assert not mismatched


@pytest.mark.parametrize("line", ["© 2024 جميع الحقوق محفوظة", "الوسوم: سياسة اقتصاد", "فيسبوك تويتر"])
def test_known_chrome_lines_are_found(line):
    assert slow_lexicon_category(line) == chrome.lexicon_category(line) is not None
