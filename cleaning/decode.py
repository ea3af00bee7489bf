"""Bytes to text: pick the encoding the page was actually written in, and say which.

Order: a byte-order mark decides; then strict UTF-8 (most of the web); then charset-normalizer,
restricted to the encodings Arabic pages really use, so cp1256 bytes are never read as latin-1.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes
from .settings import SETTINGS

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Legacy encodings seen on Arabic sites, most likely first.
ARABIC_LEGACY = ["cp1256", "iso8859_6", "cp720", "cp864", "utf_16_le", "utf_16_be", "cp1252"]


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept (binary, image, ...)."""


def decode_bytes(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, fixes)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(name.replace("-sig", ""), errors="replace")
            if not looks_like_text(text):  # a mark followed by an image or other binary data
                raise UndecodableError(f"a {name.replace('-sig', '')} byte-order mark followed by binary data")
            return text, name, ("bom_removed",) + (("invalid_bytes_replaced",) if "\ufffd" in text else ())
    wide = _wide_unicode(raw) if b"\x00" in raw else None  # UTF-16/32 without a mark: before UTF-8,
    if wide:                                              # which NUL bytes do not disprove
        return wide
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # Arabic UTF-16 with no ASCII has no NUL byte, and may even be valid UTF-8 full of controls.
    if text is None or not looks_like_text(text[:4096]):
        wide = _wide_unicode(raw)
        if wide:
            return wide
    if text is not None:
        return text, "utf-8", ()
    best = from_bytes(raw, cp_isolation=ARABIC_LEGACY).best()
    if best is not None and best.encoding != "utf_8":
        return str(best), best.encoding.replace("_", "-"), ()
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8", ("invalid_bytes_replaced",)
    raise UndecodableError("not text in UTF-8, UTF-16 or an Arabic legacy encoding")


# UTF-16/UTF-32 without a byte-order mark show themselves in their high bytes: in UTF-16 every
# other byte is the high byte of a code unit, which for text is a handful of values (0x00 for ASCII,
# 0x06 for Arabic, ...), while the low bytes vary; in UTF-32 two of every four bytes are zero. A
# candidate must then decode strictly and read as text (`looks_like_text`).


def _wide_unicode(raw: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    candidates = []
    if len(raw) % 4 == 0 and len(raw) >= 8:
        if not raw[2::4].strip(b"\x00") and not raw[3::4].strip(b"\x00"):
            candidates.append("utf-32-le")
        if not raw[0::4].strip(b"\x00") and not raw[1::4].strip(b"\x00"):
            candidates.append("utf-32-be")
    if len(raw) % 2 == 0 and len(raw) >= 4:
        even, odd = _top3_share(raw[0::2]), _top3_share(raw[1::2])
        if odd >= SETTINGS.decode.high_byte_share and even < SETTINGS.decode.low_byte_share:
            candidates.append("utf-16-le")
        if even >= SETTINGS.decode.high_byte_share and odd < SETTINGS.decode.low_byte_share:
            candidates.append("utf-16-be")
    for name in candidates:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text):
            return text, name, ()
    return None


def _top3_share(data: bytes) -> float:
    counts = sorted((data.count(bytes([b])) for b in set(data)), reverse=True)
    return sum(counts[:3]) / max(1, len(data))


_TEXT_CONTROLS = set("\t\n\r\f\v")
_NOT_TEXT = {"Cc", "Cn", "Co", "Cs"}


def _is_bad(ch: str) -> bool:
    return ch == "\ufffd" or (unicodedata.category(ch) in _NOT_TEXT and ch not in _TEXT_CONTROLS)


def _good_class(end: int) -> re.Pattern:
    """The characters below `end` that are never bad (ASCII, Latin, Arabic, punctuation...), as
    one character class, built from unicodedata itself: stripping them leaves the few characters
    the exact test must still look at."""
    ranges, start = [], None
    for cp in range(end + 1):
        good = cp < end and not _is_bad(chr(cp))
        if good and start is None:
            start = cp
        elif not good and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile("[" + "".join(ranges) + "]+")


_GOOD = _good_class(0x3000)  # the alphabets and punctuation a news page is written in (3 ms to build)


def looks_like_text(text: str, max_bad: float = 0.02) -> bool:
    """True when at most `max_bad` of the characters are controls (other than white space),
    unassigned, private-use, surrogates or U+FFFD: random bytes decoded as text fail this."""
    if not text:
        return True
    bad = sum(map(_is_bad, _GOOD.sub("", text)))  # only what is not known good is looked at
    return bad <= max_bad * len(text)


def _mostly_utf8(raw: bytes) -> bool:
    text = raw.decode("utf-8", errors="replace")
    return text.count("\ufffd") <= max(1, len(text) // 100)
