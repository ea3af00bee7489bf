"""Language of the clean text: langdetect with a fixed seed, plus an Arabic-script guard.

langdetect labels Persian and Urdu pages "ar" often enough to matter for an Arabic corpus;
letters that Arabic does not use (پ چ ژ گ ک ی for Persian; ٹ ڈ ڑ ں ہ ے for Urdu) decide.
"""

from __future__ import annotations

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
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def detect_language(text: str) -> tuple[str | None, float | None]:
    load_profiles()
    sample = text[:SETTINGS.language.detect_prefix_chars]
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, None
    lang, score = best.lang, round(best.prob, 6)
    if lang in ("ar", "fa", "ur"):
        lang = _arabic_script_guard(sample, lang)
    return lang, score


def _arabic_script_guard(text: str, lang: str) -> str:
    letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff" or c in _PERSIAN or c in _URDU)
    if not letters:
        return lang
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
