"""What a run counts: pages read, published and skipped, and what the card, Croissant, the review
page and the summary say about the published rows (`RunStats.counts`, the one source of counts)."""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from time import perf_counter

from .settings import SETTINGS


@dataclass
class RunStats:
    version: str
    docs_in: int = 0
    published: int = 0
    comments: int = 0
    words: int = 0
    titles: int = 0
    duplicates: Counter = field(default_factory=Counter)  # "exact" / "near" -> pages
    near_threshold: float | None = None
    skipped: list[dict] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files under the input that are not *.txt
    rule_lines: Counter = field(default_factory=Counter)
    sites: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    encodings: Counter = field(default_factory=Counter)
    fixes: Counter = field(default_factory=Counter)
    files: dict[str, dict] = field(default_factory=dict)  # per config: rows, bytes, paths
    example: dict | None = None  # the first published row, shown in the card
    changelog: list[dict] = field(default_factory=list)  # newest first
    unchanged: bool = False  # the output already held exactly this release
    config: object = None  # dataset_card.config.ReleaseConfig: name, licence, curators, ...
    date: str | None = None  # the release date, YYYY-MM-DD (see `release.release_date`)
    dated: int = 0  # published pages that print a publication date (`published`)
    first_date: str | None = None  # the period those dates cover, YYYY-MM-DD
    last_date: str | None = None
    # seconds per step, summed over the processes (only when SETTINGS.run.time_steps: bench.py)
    step_seconds: Counter = field(default_factory=Counter)

    def counts(self) -> dict:
        """Every count a reader sees, from one place: the summary, the card, `release.json`
        (which the review page reads) all print these."""
        return {
            "pages_read": self.docs_in,
            "published": self.published,
            "skipped": len(self.skipped),
            "ignored": len(self.ignored),
            "comments": self.comments,
            "words": self.words,
            "lines_removed": sum(self.rule_lines.values()),
            "exact_duplicates": self.duplicates.get("exact", 0),
            "near_duplicates": self.duplicates.get("near", 0),
            "dated_pages": self.dated,
        }

    def add(self, row: dict) -> None:
        if self.example is None:
            self.example = row
        self.published += 1
        self.comments += row["num_comments"]
        self.words += row["num_words"]
        self.titles += row["title"] is not None
        self.rule_lines.update(r["rule"] for r in row["removed"])
        self.sites[row["site"] or "(not named)"] += 1
        self.sources.update(row["sources"])
        self.languages[row["language"] or "(undetected)"] += 1
        self.encodings[row["encoding"]] += 1
        self.fixes.update(row["fixes"])
        if row.get("duplicate_type"):
            self.duplicates[row["duplicate_type"]] += 1
        if date := row.get("published"):
            self.dated += 1
            self.first_date = min(self.first_date or date, date)
            self.last_date = max(self.last_date or date, date)

    def skip(self, doc_id: str, reason: str) -> None:
        self.skipped.append({"id": doc_id, "reason": reason})


# --- step times: bench.py's per-step table -------------------------------------------------------
# Only when SETTINGS.run.time_steps is set (two clock reads per step and page); otherwise nothing
# is measured. Each process adds to its own STEP_SECONDS; a worker hands its times over with the
# results it sends back (`take_step_seconds`), and the driver sums them into `RunStats.step_seconds`.

STEP_SECONDS: Counter = Counter()
_OFF = nullcontext()


def timing() -> bool:
    return SETTINGS.run.time_steps


@contextmanager
def _timed(name: str):
    started = perf_counter()
    try:
        yield
    finally:
        STEP_SECONDS[name] += perf_counter() - started


def timed(name: str):
    """`with timed("decode"): ...` adds the block's seconds to this process's STEP_SECONDS."""
    return _timed(name) if SETTINGS.run.time_steps else _OFF


def take_step_seconds() -> dict[str, float] | None:
    """This process's step times since the last call (and reset), or None when not timing."""
    if not SETTINGS.run.time_steps:
        return None
    taken = dict(STEP_SECONDS)
    STEP_SECONDS.clear()
    return taken
