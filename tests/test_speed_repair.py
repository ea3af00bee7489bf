"""Issue 14: the repair's fast paths skip work only where it cannot change the text."""

from __future__ import annotations

import itertools
import random
import string

from ftfy import badness

from cleaning import unicode as U

from conftest import SEEDS


def test_no_ascii_text_is_mojibake_to_ftfy():
    # _needs_ftfy skips ftfy's badness test on text (Arabic runs removed) that is all ASCII: each of
    # its patterns needs a character outside ASCII. Every ASCII string of up to two characters, and
    # many random longer ones, must read as clean.
    for n in (1, 2):
        for chars in itertools.product(string.printable, repeat=n):
            assert not badness.is_bad("".join(chars))
    rng = random.Random(0)
    for _ in range(20000):
        assert not badness.is_bad("".join(rng.choice(string.printable) for _ in range(rng.randint(3, 40))))
    assert badness.is_bad("Ã©tÃ©")  # and the test does see mojibake


def test_arabic_count_is_the_arabic_block():
    rng = random.Random(1)
    alphabet = "abc ،؛؟ابتثجحخ٠١٢ۀۓ۰ۿ\u05ff\u0700ﻻ€\U0001f600\ud800\n\t" + "".join(map(chr, range(0x5f0, 0x710)))
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert U._arabic_count(text) == len(text) - len(U._ARABIC_RUN.sub("", text))


def _strip_all(text: str) -> str:
    text = U._INVISIBLE.sub("", text)
    text = U._ZWNJ_UNNEEDED.sub("", text)
    return U._ZWJ_BETWEEN_LETTERS.sub("", text)


def test_invisible_controls_are_stripped_as_without_the_guards():
    rng = random.Random(2)
    pieces = ["می\u200cخواهم", "\u200c", "\u200d", "👨\u200d👩", "a\u200db", "\u200e", "كلمة", " ", "1", "\ufeff"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(500)]
    texts += [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    for text in texts:
        assert U._strip_invisible(text) == _strip_all(text)


def test_badness_searched_near_non_ascii_is_ftfys_answer():
    # _is_bad searches ftfy's badness pattern only within its reach of the characters outside
    # ASCII: the same answer as badness.is_bad on the whole text, mojibake or not.
    rng = random.Random(3)
    suspects = "ÃÂØÙ§„…±ˆ†©¹¨Š¯œŒ°×²€ВЂГўβΒΓ‚Äà√≈«»“”’\xa0·–—¢£¥\x85\x9f" + "".join(map(chr, range(0xc0, 0x100)))
    alphabet = suspects + "ab Z.,?!\n\t 0129-" + "اب"
    texts = []
    for _ in range(20000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))
        texts.append("".join(rng.choice(alphabet if rng.random() < 0.1 else string.ascii_letters + " \n")
                             for _ in range(rng.randint(0, 80))))
    texts += [U._ARABIC_RUN.sub(" ", p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")]
    texts += ["Ã©tÃ©", "Â ok", "x Â ok", "\nÂ ok", "ok œ\n", "ГўВЂВ a"]
    assert sum(badness.is_bad(t) for t in texts) > 1000  # both answers are well represented
    for text in texts:
        assert U._is_bad(text) == badness.is_bad(text), text


def test_presentation_forms_by_runs_as_one_by_one():
    # _base_run rewrites a run of presentation forms with one translate: the same text as taking
    # them one character at a time (NFKC, word ligatures kept), for every form.
    import re
    import unicodedata

    def one(match):
        ch = match.group(0)
        if "\ufdf0" <= ch <= "\ufdff":
            return ch
        decomposed = unicodedata.normalize("NFKC", ch)
        return decomposed.lstrip(" ") if decomposed.strip() else ch

    single = re.compile("[\ufb50-\ufdef\ufe70-\ufefe]")
    rng = random.Random(4)
    chars = [chr(c) for c in range(0xFB40, 0xFF00)] + list("abc اب \n")
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert U._PRESENTATION.sub(U._base_run, text) == single.sub(one, text)


def test_latin_mojibake_pairs_counted_from_their_second_character():
    # _undo_latin_cp1256 counts the lead+continuation pairs from the continuation character: the
    # two sets share no character, so the count is the same as the pairs' own.
    assert not set(U._LEADS) & set(U._CONTINUATION)
    rng = random.Random(5)
    alphabet = U._LEADS + U._CONTINUATION + "abc اب\n"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert len(U._LATIN_MOJIBAKE_END.findall(text)) == len(U._LATIN_MOJIBAKE.findall(text))
