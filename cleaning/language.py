"""Language of the clean text: the script where it settles the language, else langdetect.

Both look at the first SETTINGS.language.detect_prefix_chars characters of the clean text.

- Arabic script: langdetect knows three languages written in it (ar, fa, ur), and between those
  its answer was never the one published: letters that Arabic does not use (پ چ ژ گ ک ی for
  Persian; ٹ ڈ ڑ ں ہ ے for Urdu) decide, because langdetect labels Persian and Urdu pages "ar" (and
  Arabic ones "fa") often enough to matter (the Arabic-script guard). So when nearly all the
  letters (SETTINGS.language.script_settles_share) are Arabic-script, those letters give the
  language and langdetect, which would only be overruled, is not called: `language_score` is
  then the share of the letters that are Arabic-script (1.0 for a page with no Latin word).
- Any other text (Latin, Cyrillic, a mix): langdetect with a fixed seed, the Arabic-script guard
  applied to an ar/fa/ur answer; `language_score` is langdetect's probability for `language`.

Measured on the evaluation corpora (scripts/evaluate.py): the same `language` on every page as
langdetect-then-guard gave, at a fraction of the cost (langdetect was a third of a page's time).
"""

from __future__ import annotations

import gc
import re
import signal

from langdetect import DetectorFactory, LangDetectException, detect_langs
from langdetect import detector_factory

from .schema import Document
from .settings import SETTINGS

DetectorFactory.seed = 0  # langdetect is random by default; a fixed seed makes runs reproducible
# langdetect's cost grows with the text (it was most of a page's cleaning time at 3,000
# characters): it sees SETTINGS.language.detect_prefix_chars of it.
_PERSIAN = set("پچژگکی")
_URDU = set("ٹڈڑںہےھ")
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")  # what the guard counts (letters, digits, marks)
_PERSIAN_OR_URDU = re.compile("[" + "".join(sorted(_PERSIAN | _URDU)) + "]")
# letters (not digits, marks or punctuation), of the Arabic script or of any other; the Arabic ones
# listed one by one (what `[^\W\d_]` takes in the three blocks), so counting them needs no look-ahead,
# and found in runs (a word at a time: the letters are the runs' total length, in a fifth of the list)
_ARABIC_LETTERS = re.compile("[" + "".join(
    re.escape(ch) for block in ((0x600, 0x6ff), (0x750, 0x77f), (0x8a0, 0x8ff))
    for ch in map(chr, range(block[0], block[1] + 1)) if re.match(r"[^\W\d_]", ch)) + "]+")
_OTHER_LETTER = re.compile("[^\\W\\d_\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def load_profiles() -> None:
    """Load langdetect's language profiles once, whole, in this process (before any fork).

    langdetect loads them lazily under a bare `except:` that turns Ctrl-C into a format error and
    leaves a half-loaded factory behind, which then labels pages wrongly for the rest of the run.
    Here the profiles load with SIGINT/SIGTERM held back (delivered right after), into a fresh
    factory that becomes langdetect's only once complete; an interrupt that still got in is
    raised again as itself.
    """
    if getattr(detector_factory._factory, "_complete", False):
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, (signal.SIGINT, signal.SIGTERM))
    collecting = gc.isenabled()
    gc.disable()  # every object the load makes survives: collections meanwhile find nothing (a third of its time)
    try:
        factory = DetectorFactory()
        try:
            factory.load_profile(detector_factory.PROFILES_DIRECTORY)
        except LangDetectException as error:
            cause = error.__context__
            if isinstance(cause, BaseException) and not isinstance(cause, Exception):
                raise cause from None  # KeyboardInterrupt, SystemExit: never a "format error"
            raise
        factory._complete = True
        detector_factory._factory = factory
        _exempt_from_cycle_collection()
    finally:
        if collecting:
            gc.enable()
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _exempt_from_cycle_collection() -> None:
    """The profiles (a list of probabilities per n-gram; ~112,000 objects are frozen with them) live
    as long as the process: left to Python's cycle collector, every full collection walks them all
    again (callgrind put the collector's walks at about a tenth of a run's instructions), and in a
    forked worker each walk also writes to their shared pages, copying them. `gc.freeze` moves every
    object alive now out of the collector's reach (reference counting still frees them); garbage is
    collected first so none is kept, and workers forked later inherit the exemption. Python's
    documentation recommends it before a fork."""
    gc.collect()
    gc.freeze()


def detect_language(text: str) -> tuple[str | None, float | None]:
    sample = text[:SETTINGS.language.detect_prefix_chars]
    settled = script_language(sample)
    if settled is not None:
        return settled
    load_profiles()  # a no-op once loaded (a run with workers loads them before forking them)
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, None
    lang, score = best.lang, round(best.prob, 6)
    if lang in ("ar", "fa", "ur"):
        lang = _arabic_script_guard(sample, lang)
    return lang, score


def script_language(sample: str) -> tuple[str, float] | None:
    """(language, share of the letters that are Arabic-script) when the script settles it:
    nearly all letters Arabic-script, so langdetect could only answer ar, fa or ur, which the
    guard's letters overrule. None when langdetect must decide (no Arabic letter, or too many
    letters of another script)."""
    arabic = sum(map(len, _ARABIC_LETTERS.findall(sample)))
    if not arabic:
        return None
    share = arabic / (arabic + len(_OTHER_LETTER.findall(sample)))
    if share < SETTINGS.language.script_settles_share:
        return None
    return _arabic_script_guard(sample, "ar"), round(share, 6)


def _arabic_script_guard(text: str, lang: str) -> str:
    if not _PERSIAN_OR_URDU.search(text):  # (these letters are in the block: none of it, none of them)
        return "ar" if lang in ("fa", "ur") and _ARABIC_BLOCK.search(text) else lang
    letters = len(_ARABIC_BLOCK.findall(text))
    urdu = sum(1 for c in text if c in _URDU) / letters
    persian = sum(1 for c in text if c in _PERSIAN) / letters
    if urdu >= SETTINGS.language.script_guard_ratio:
        return "ur"
    if persian >= SETTINGS.language.script_guard_ratio:
        return "fa"
    return "ar" if lang in ("fa", "ur") else lang


def add_language(doc: Document) -> Document:
    language, score = detect_language(doc.text)
    return doc.with_(language=language, language_score=score)
