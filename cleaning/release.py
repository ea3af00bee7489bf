"""The edges: a folder of raw pages in, a whole release folder out (or none at all).

A run writes into a temporary folder beside the output and swaps it into place only when every
file is written, so an interrupted run leaves the previous release untouched. A lock file stops
two runs from writing the same output; temporaries left by killed runs are removed by the next.
One bad input file is recorded in `skipped.jsonl` and the summary, and the run goes on.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import shutil
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .decode import UndecodableError
from .pipeline import clean_page
from .schema import ARTICLE_SCHEMA, COMMENT_SCHEMA, Document, article_row, comment_rows

ROW_GROUP_ROWS = 1_000  # ~5-10 MB of Arabic text per row group: small enough for the Hub viewer
SHARD_ROWS = 100_000
MAX_FILE_BYTES = 64 * 1024 * 1024
PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    write_page_index=True,
    write_statistics=True,
    use_content_defined_chunking=True,
)
CONFIG_DIRS = {"default": "data", "comments": "comments"}
SKIPPED_REPORT = "skipped.jsonl"


class UserError(Exception):
    """A mistake in how the run was asked for: reported as one line, never a traceback."""


@dataclass
class RunStats:
    version: str
    docs_in: int = 0
    published: int = 0
    comments: int = 0
    words: int = 0
    skipped: list[dict] = field(default_factory=list)
    rule_lines: Counter = field(default_factory=Counter)
    sites: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    encodings: Counter = field(default_factory=Counter)
    fixes: Counter = field(default_factory=Counter)
    titles: int = 0
    example: dict | None = None  # the first published row, shown in the card
    files: dict[str, dict] = field(default_factory=dict)  # per config: rows, bytes, paths

    def add(self, doc: Document, row: dict) -> None:
        if self.example is None:
            self.example = row
        self.published += 1
        self.comments += len(doc.comments)
        self.words += row["num_words"]
        self.titles += doc.title is not None
        self.rule_lines.update(r.rule for r in doc.removed)
        self.sites[doc.site or "(not named)"] += 1
        self.sources.update(doc.sources)
        self.languages[doc.language or "(undetected)"] += 1
        self.encodings[doc.encoding] += 1
        self.fixes.update(doc.fixes)

    def skip(self, doc_id: str, reason: str) -> None:
        self.skipped.append({"id": doc_id, "reason": reason})


def iter_pages(input_dir: Path) -> Iterator[tuple[str, Path]]:
    """(id, path) for every *.txt under the folder, in a stable order; symlinked folders are not
    followed, so a link loop cannot trap the walk."""
    found = []
    for root, dirs, files in os.walk(input_dir, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(".txt"):
                path = Path(root, name)
                found.append((path.relative_to(input_dir).with_suffix("").as_posix(), path))
    return iter(sorted(found))


class ShardedParquetWriter:
    """Writes rows to `DIR/train-NNNNN-of-MMMMM.parquet` in row groups, never holding a corpus."""

    def __init__(self, directory: Path, schema: pa.Schema):
        self.directory, self.schema = directory, schema
        self.buffer: list[dict] = []
        self.writer: pq.ParquetWriter | None = None
        self.shard_rows = 0
        self.paths: list[Path] = []
        self.rows = 0
        self.nbytes = 0
        directory.mkdir(parents=True)

    def add(self, row: dict) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer and self.paths:
            return
        if self.writer is None or self.shard_rows >= SHARD_ROWS:
            self._close_shard()
            path = self.directory / f"train-{len(self.paths):05d}.parquet"
            self.paths.append(path)
            self.writer = pq.ParquetWriter(path, self.schema, **PARQUET_OPTIONS)
            self.shard_rows = 0
        table = pa.Table.from_pylist(self.buffer, schema=self.schema)
        self.writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
        self.shard_rows += table.num_rows
        self.rows += table.num_rows
        self.nbytes += table.nbytes
        self.buffer = []

    def _close_shard(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def close(self) -> list[Path]:
        """Flush, close, and give the shards their final `-of-` names."""
        self._flush()
        self._close_shard()
        total = len(self.paths)
        final = []
        for n, path in enumerate(self.paths):
            target = path.with_name(f"train-{n:05d}-of-{total:05d}.parquet")
            path.rename(target)
            final.append(target)
        self.paths = final
        return final


def build_release(
    input_dir: Path,
    output_dir: Path,
    version: str,
    on_page: Callable[[str], None] | None = None,
) -> RunStats:
    """Clean every page under `input_dir` into a release at `output_dir`, atomically."""
    input_dir, output_dir = Path(input_dir).resolve(), Path(output_dir).resolve()
    check_paths(input_dir, output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    with _locked(output_dir):
        _remove_stale_temporaries(output_dir)
        temp = output_dir.parent / f".{output_dir.name}.tmp-{os.getpid()}"
        try:
            stats = _write_release(input_dir, temp, version, on_page)
            _swap_into_place(temp, output_dir)
        finally:
            shutil.rmtree(temp, ignore_errors=True)
    return stats


def check_paths(input_dir: Path, output_dir: Path) -> None:
    if not input_dir.is_dir():
        raise UserError(f"input folder not found: {input_dir}")
    if output_dir == input_dir or input_dir in output_dir.parents:
        raise UserError(f"output folder {output_dir} is inside the input folder {input_dir}")
    if output_dir.exists() and not output_dir.is_dir():
        raise UserError(f"output exists and is not a folder: {output_dir}")


def _write_release(input_dir: Path, temp: Path, version: str, on_page) -> RunStats:
    from dataset_card.render import write_card  # the card is an edge too

    stats = RunStats(version=version)
    temp.mkdir()
    articles = ShardedParquetWriter(temp / CONFIG_DIRS["default"], ARTICLE_SCHEMA)
    comments = ShardedParquetWriter(temp / CONFIG_DIRS["comments"], COMMENT_SCHEMA)
    pages = list(iter_pages(input_dir))
    if not pages:
        raise UserError(f"no *.txt files under {input_dir}")
    for doc_id, path in pages:
        stats.docs_in += 1
        if on_page:
            on_page(doc_id)
        doc, reason = _clean_file(doc_id, path)
        if doc is None:
            stats.skip(doc_id, reason)
            continue
        row = article_row(doc)
        articles.add(row)
        for comment in comment_rows(doc):
            comments.add(comment)
        stats.add(doc, row)
    for config, writer in (("default", articles), ("comments", comments)):
        paths = writer.close()
        stats.files[config] = {
            "rows": writer.rows,
            "nbytes": writer.nbytes,
            "download_size": sum(p.stat().st_size for p in paths),
            "paths": [p.relative_to(temp).as_posix() for p in paths],
        }
    (temp / SKIPPED_REPORT).write_text(
        "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stats.skipped), encoding="utf-8"
    )
    write_card(temp, stats)
    return stats


def _clean_file(doc_id: str, path: Path) -> tuple[Document | None, str]:
    """Clean one file, or say in a few words why it cannot be published."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, f"file too large ({size} bytes > {MAX_FILE_BYTES})"
        raw = path.read_bytes()
    except OSError as error:
        return None, f"unreadable: {error.strerror or error}"
    if not raw.strip():
        return None, "empty file"
    try:
        doc = clean_page(doc_id, raw)
    except UndecodableError as error:
        return None, f"not text: {error}"
    if not doc.lines:
        return None, "no article text left after cleaning"
    return doc, ""


@contextmanager
def _locked(output_dir: Path):
    lock_path = output_dir.parent / f".{output_dir.name}.lock"
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"another run is writing {output_dir} (lock: {lock_path})") from None
        yield


def _remove_stale_temporaries(output_dir: Path) -> None:
    """Called under the lock, so every temporary for this output belongs to a dead run."""
    for stale in output_dir.parent.glob(f".{output_dir.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    backup = output_dir.parent / f".{output_dir.name}.old"
    if backup.exists():
        if output_dir.exists():
            shutil.rmtree(backup, ignore_errors=True)
        else:  # killed between the two renames of the fallback swap: the old release comes back
            backup.rename(output_dir)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _swap_into_place(temp: Path, output_dir: Path) -> None:
    """Put the finished release at `output_dir` in one step; the previous one ends up in `temp`."""
    if not output_dir.exists():
        os.rename(temp, output_dir)
        return
    if _exchange(temp, output_dir):
        return
    backup = output_dir.parent / f".{output_dir.name}.old"
    os.rename(output_dir, backup)
    os.rename(temp, output_dir)
    shutil.rmtree(backup)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))
