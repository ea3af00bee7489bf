"""Bytes to text: pick the encoding the page was actually written in, and say which.

Order: a byte-order mark decides; then strict UTF-8 (most of the web); then charset-normalizer,
restricted to the encodings Arabic pages really use, so cp1256 bytes are never read as latin-1.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

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
            return text, name, ("bom_removed",) + (("invalid_bytes_replaced",) if "\ufffd" in text else ())
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw, cp_isolation=ARABIC_LEGACY).best()
    if best is not None and best.encoding != "utf_8":
        return str(best), best.encoding.replace("_", "-"), ()
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8", ("invalid_bytes_replaced",)
    raise UndecodableError("not text in UTF-8, UTF-16 or an Arabic legacy encoding")


def _mostly_utf8(raw: bytes) -> bool:
    text = raw.decode("utf-8", errors="replace")
    return text.count("\ufffd") <= max(1, len(text) // 100)
