"""The errors a command reports as one line: the user's mistake, or a cleaner's crash."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in how the run was asked for: reported as one line (exit status 2), never a traceback."""


class CleanerCrash(Exception):
    """A cleaning step raised on a page: a bug. The run fails naming the page (exit status 1) and
    nothing is published, unless the user asked to skip such pages (`--skip-crashes`)."""

    def __init__(self, doc_id: str, reason: str):
        super().__init__(doc_id, reason)
        self.doc_id, self.reason = doc_id, reason

    def __str__(self) -> str:
        return (f"cleaning crashed on page {self.doc_id}: {self.reason} (a bug in a cleaner; nothing "
                "was published; --skip-crashes skips such pages and lists them in skipped.jsonl)")
