"""Repair decoded text without restyling it.

ftfy undoes mojibake and HTML entities, but with its restyling switched off: a published corpus
keeps the site's curly quotes and character widths. Then: UTF-8 read as windows-1256 (which ftfy
does not handle), Arabic presentation forms, invisible and bidi controls, and odd spaces.
Letters, hamza forms, diacritics and punctuation are never folded here.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy import badness
from .settings import SETTINGS

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization="NFC",
    explain=False,
)

# Removed outright: zero-width space, LRM/RLM, Arabic letter mark, bidi embeddings/isolates,
# word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2060\ufeff\u00ad]")
# ZWNJ/ZWJ are kept only where they do work: ZWNJ between two letters (Persian, Urdu),
# ZWJ between two symbols (emoji sequences).
_ZWNJ_UNNEEDED = re.compile(r"(?<![^\W\d_])\u200c|\u200c(?![^\W\d_])")
_ZWJ_BETWEEN_LETTERS = re.compile(r"(?<=\w)\u200d|\u200d(?=\w)")
_ODD_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000]")
_PRESENTATION = re.compile("[\ufb50-\ufdef\ufe70-\ufefe]+")  # runs: each rewritten by one translate
# Mojibake of UTF-8 Arabic shown as windows-1256: every letter becomes ط or ظ plus one more char.
_CP1256_MOJIBAKE = re.compile("[طظ][\u0080-\u00ff\u0600-\u06ff\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u0192\u02c6\u02dc]")


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Return the repaired text and the names of the repairs that changed something."""
    fixes: list[str] = []

    def step(name: str, new: str) -> str:
        if new != current:
            fixes.append(name)
        return new

    current = text
    current = step("cp1256_mojibake", undo_cp1256_mojibake(current))
    current = step("ftfy", ftfy.fix_text(current, FTFY_CONFIG) if _needs_ftfy(current) else current)
    current = step("line_breaks", current.replace("\r\n", "\n").replace("\r", "\n"))
    current = step("presentation_forms", _PRESENTATION.sub(_base_run, current))
    current = step("invisible_controls", _strip_invisible(current))
    current = step("nbsp_to_space", _ODD_SPACES.sub(" ", current))
    return current, tuple(fixes)


_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_ARABIC_RUN = re.compile("[\u0600-\u06ff]+")


def _needs_ftfy(text: str) -> bool:
    """Skip ftfy on text with no sign of mojibake, entities or controls (most pages): an NBSP,
    a «», a © or a French é alone is not a sign. Arabic letters are never part of the Latin
    mojibake ftfy repairs, so only what lies between them is checked (far less text to scan)."""
    rest = _ARABIC_RUN.sub(" ", text)
    # every pattern of ftfy's badness needs a character outside ASCII (tests/test_speed_repair.py)
    return bool(_ENTITY.search(rest) or _CONTROL.search(rest) or (not rest.isascii() and _is_bad(rest)))


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# the longest text ftfy's badness pattern can match (7 characters in ftfy 6), read off the pattern
_BADNESS_REACH = re._parser.parse(badness.BADNESS_RE.pattern, badness.BADNESS_RE.flags).getwidth()[1]


def _is_bad(text: str) -> bool:
    """ftfy's `badness.is_bad(text)`, searched only near the characters outside ASCII. Every match
    holds one of them and is at most _BADNESS_REACH characters long, so it lies within that reach
    of a run of them; `search(text, pos, endpos)` keeps `^` at the real start of the text, and the
    pattern has no look-around that text beyond `endpos` could change."""
    reach, windows = _BADNESS_REACH, []
    for run in _NON_ASCII.finditer(text):
        start, end = max(run.start() - reach, 0), run.end() + reach
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return any(badness.BADNESS_RE.search(text, start, end) for start, end in windows)


def undo_cp1256_mojibake(text: str) -> str:
    """Reverse UTF-8 bytes that were decoded as windows-1256 ("ط§ظ„ظ…طµط¯ط±" -> "المصدر").

    Each run is reversed only if it round-trips exactly; real Arabic text never does, because
    in it ط/ظ are not followed by a continuation character on nearly every letter.
    """
    arabic = _arabic_count(text)
    # Cheap bound first: each mojibake pair starts with ط or ظ, and real Arabic has few of them.
    most_pairs = text.count("ط") + text.count("ظ")
    if arabic < 4 or most_pairs * 2 < arabic * 0.6 or len(_CP1256_MOJIBAKE.findall(text)) * 2 < arabic * 0.6:
        return _undo_latin_cp1256(text)
    try:
        return text.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _undo_by_runs(text)


# UTF-8 of Latin text (French, English punctuation) shown as windows-1256: a lead byte (C2-F4 ->
# "آ", "أ", "â", ...) then a continuation byte (80-BF -> "©", "«", "€", "؛", ...): "relevأ©", "آ«".
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1256")
_LEADS = bytes(range(0xC2, 0xF5)).decode("cp1256")
_LATIN_MOJIBAKE = re.compile(f"[{re.escape(_LEADS)}][{re.escape(_CONTINUATION)}]")
# the same pairs found from their second character (far rarer in Arabic text than the leads, most
# of which are Arabic letters): the two sets share no character, so the pairs never overlap and
# there are as many of these as of those
_LATIN_MOJIBAKE_END = re.compile(f"[{re.escape(_CONTINUATION)}](?<=[{re.escape(_LEADS)}].)")


def _arabic_count(text: str) -> int:
    """Characters of the Arabic block (U+0600-06FF): in UTF-8 exactly the lead bytes D8-DB, which
    bytes.count finds at C speed (a continuation byte is never D8-DB)."""
    raw = text.encode("utf-8", "surrogatepass")
    return raw.count(b"\xd8") + raw.count(b"\xd9") + raw.count(b"\xda") + raw.count(b"\xdb")


def _undo_latin_cp1256(text: str) -> str:
    """Latin-script text whose UTF-8 was read as windows-1256 ("Publiأ© le", "آ« Nous »"):
    reversed only when the whole text round-trips exactly, which real Arabic text never does."""
    if len(_LATIN_MOJIBAKE_END.findall(text)) < SETTINGS.decode.latin_mojibake_min_pairs:
        return text
    try:
        fixed = text.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return fixed if not _LATIN_MOJIBAKE.search(fixed) or len(fixed) < len(text) else text


def _undo_by_runs(text: str) -> str:
    def fix(match: re.Match) -> str:
        try:
            return match.group(0).encode("cp1256").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)

    return re.sub(r"(?:[طظ].)+", fix, text)


def _base_letters(ch: str) -> str:
    """A presentation form to its base letters. Word ligatures (U+FDF0–FDFF, e.g. ﷺ) are kept."""
    if "\ufdf0" <= ch <= "\ufdff":
        return ch
    decomposed = unicodedata.normalize("NFKC", ch)
    return decomposed.lstrip(" ") if decomposed.strip() else ch


# every presentation form's base letters, computed once (1 ms): a run of forms is one translate
_BASE_LETTERS = {cp: _base_letters(chr(cp)) for cp in (*range(0xFB50, 0xFDF0), *range(0xFE70, 0xFEFF))}


def _base_run(match: re.Match) -> str:
    return match.group(0).translate(_BASE_LETTERS)


def _strip_invisible(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    if "\u200c" in text:  # the look-around patterns cost a scan with a check at every character
        text = _ZWNJ_UNNEEDED.sub("", text)
    if "\u200d" in text:
        text = _ZWJ_BETWEEN_LETTERS.sub("", text)
    return text
