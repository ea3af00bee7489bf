"""The edges: a folder of raw pages in, a whole release folder out (or none at all).

A run writes into a temporary folder and publishes it whole (see `atomic.py`), so an interrupted
run leaves the previous release untouched. One bad input file is recorded in `skipped.jsonl` and the summary, and the run goes on.
Pages are streamed: read lazily, cleaned in worker processes in input order, written in row
groups, so memory does not grow with the number of pages.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .atomic import (
    LockedError,
    commit_point,
    locked,
    remove_stale_temporaries,
    signals_blocked,
    swap_into_place,
    temporary_for,
    worker_signals,
)
from .decode import UndecodableError
from .dedup import DEFAULT_NEAR_THRESHOLD, DuplicateIndex, keys
from .pipeline import clean_page, first_pass_lines
from .repetition import LineCounter
from .schema import ARTICLE_SCHEMA, COMMENT_SCHEMA, article_row, comment_rows
from .versions import (
    changelog_entry,
    find_previous,
    first_entry,
    not_ours,
    read_changelog,
    release_version,
    same_tree,
    write_changelog,
    write_manifest,
)

ROW_GROUP_ROWS = 1_000  # ~5-10 MB of Arabic text per row group: small enough for the Hub viewer
SHARD_ROWS = 50_000  # ~250-500 MB of Parquet per shard
MAX_FILE_BYTES = 10 * 1024 * 1024  # no article page is this big; larger files are reported, not read
MAX_LINE_CHARS = 100_000  # a "line" this long is a dump, not a paragraph
MAX_LINES = 10_000  # news pages have hundreds of lines; past this a file is a dump or a log (and
                    # cleaning it would take memory in proportion: ~200 bytes per line and rule)
PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    write_page_index=True,
    write_statistics=True,
    use_content_defined_chunking=True,
)
CONFIG_DIRS = {"default": "data", "comments": "comments"}
RELEASE_CONFIG = "dataset.toml"  # the release configuration a folder may carry (dataset_card/config.py)
SKIPPED_REPORT = "skipped.jsonl"
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable", b"RIFF": "a RIFF media file",
}


class UserError(Exception):
    """A mistake in how the run was asked for: reported as one line, never a traceback."""


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
    date: str | None = None  # the release date, YYYY-MM-DD (see `release_date`)
    dated: int = 0  # published pages that print a publication date (`published`)
    first_date: str | None = None  # the period those dates cover, YYYY-MM-DD
    last_date: str | None = None

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


@dataclass(frozen=True)
class PageResult:
    """What a worker sends back for one page: its rows, or why it was skipped."""

    doc_id: str
    row: dict | None = None
    comments: tuple[dict, ...] = ()
    reason: str = ""
    exact_key: int = 0
    signature: object = None  # MinHash hash values (numpy array), computed in the worker


def iter_pages(input_dir: Path, on_ignored: Callable[[str], None] | None = None,
               follow_external_links: bool = False) -> Iterator[tuple[str, str]]:
    """(id, path) for every *.txt under the folder, streamed in a stable order.

    Folders and files are visited in sorted order, so the order never depends on the file
    system; symlinked folders are not followed, so a link loop cannot trap the walk. What cannot
    be a page is listed in place with its reason (see `listed_skip`): an unreadable folder, a
    name that is not UTF-8 (its id escaped), a link to a file outside the input folder.
    """
    input_dir = Path(input_dir)
    real_input = os.path.realpath(input_dir)

    def walk(folder: str) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            rel = escaped_id(os.path.relpath(folder, input_dir))
            yield rel + "/", listed_skip(f"unreadable folder: {error.strerror or error}")
            return
        dirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # a link to a folder counts as a folder, never followed
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink() and not entry.name.startswith("."):
                    dirs.append(entry.path)
                continue
            rel = os.path.relpath(entry.path, input_dir)
            if not entry.name.endswith(".txt"):
                if entry.name == RELEASE_CONFIG and folder == str(input_dir):
                    continue  # the release configuration, not a page
                if on_ignored and not entry.name.startswith("."):
                    on_ignored(escaped_id(rel.replace(os.sep, "/")))
                continue
            doc_id = escaped_id(rel[: -len(".txt")].replace(os.sep, "/"))
            if not _is_utf8(rel):
                yield doc_id, listed_skip("file name is not valid UTF-8 (the id shown is escaped)")
            elif (not follow_external_links and entry.is_symlink()
                  and not _inside(os.path.realpath(entry.path), real_input)):
                yield doc_id, listed_skip("a link to a file outside the input folder "
                                          "(--follow-external-links reads it)")
            else:
                yield doc_id, entry.path
        for folder in dirs:
            yield from walk(folder)

    yield from walk(str(input_dir))


_LISTED = "\0"  # no path holds a NUL byte: a task whose path starts with one is a skip reason


def listed_skip(reason: str) -> str:
    """A task path that carries the reason a listed file is not read (see `_read_page`)."""
    return _LISTED + reason


def escaped_id(name: str) -> str:
    """A name as text: bytes that are not UTF-8 (kept by Python as surrogates) shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


# Per-site boilerplate fingerprints from the first pass. Set in the parent before the cleaning
# workers are forked, so they share it without pickling; None before a first pass has run.
_SITE_BOILERPLATE: dict[str, frozenset[int]] | None = None
FIRST_PASS_CHUNK = 256  # pages counted per task: fixed, so the merge order never depends on workers


def count_lines(tasks: list[tuple[str, str]]) -> tuple[LineCounter, int]:
    """First pass over a chunk of pages: count each site's line fingerprints (no cleaning).
    Files that cannot be read or decoded are left to the second pass to report."""
    counter = LineCounter()
    for doc_id, path in tasks:
        try:
            counter.add(*first_pass_lines(doc_id, _read_page(Path(path))))
        except (_Junk, UndecodableError):
            continue
    return counter, len(tasks)


def site_boilerplate(tasks: Iterable[tuple[str, str]], workers: int, progress: bool
                     ) -> tuple[dict[str, frozenset[int]], int]:
    """Lines that recur across a site's pages (slogans, signatures), found before cleaning;
    and how many pages there are (for the second pass's progress bar)."""
    total, pages = LineCounter(), 0
    bar = _progress_bar(progress, "pass 1/2: counting repeated lines", None)
    for counter, n in _map(count_lines, _batched(tasks, FIRST_PASS_CHUNK), workers, chunksize=1):
        total.merge(counter)
        pages += n
        bar.update(n)
    bar.close()
    return boilerplate_from(total), pages


def boilerplate_from(counter: LineCounter) -> dict[str, frozenset[int]]:
    """Each site's boilerplate fingerprints, computed once (the cleaning workers only look up)."""
    return {site: counter.boilerplate(site) for site in sorted(counter.sites)}


def _batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_page(task: tuple[str, str], boilerplate: dict[str, frozenset[int]] | None = None) -> PageResult:
    """Read and clean one file in a worker; never raises for a bad file."""
    doc_id, path = task
    boilerplate = _SITE_BOILERPLATE if boilerplate is None else boilerplate
    try:
        raw = _read_page(Path(path))
        doc = clean_page(doc_id, raw, boilerplate=(boilerplate or {}).get)
    except _Junk as junk:
        return PageResult(doc_id, reason=str(junk))
    except UndecodableError as error:
        return PageResult(doc_id, reason=f"not text: {error}")
    except Exception as error:  # a cleaner bug must not take the run down; it is reported
        return PageResult(doc_id, reason=f"cleaning failed: {type(error).__name__}: {error}")
    if not doc.lines:
        return PageResult(doc_id, reason="no article text left after cleaning")
    row = article_row(doc)
    exact, minhash = keys(row["text"])
    return PageResult(doc_id, row, tuple(comment_rows(doc)), exact_key=exact, signature=minhash)


class _Junk(Exception):
    pass


def _read_page(path: Path) -> bytes:
    """The bytes of one regular file, at most MAX_FILE_BYTES of them, checked to be a page.

    Opened without blocking and checked with fstat before any read: a FIFO, a device or a
    socket is skipped (never read, never waited on), and no more than the cap is ever read.
    """
    path = str(path)
    if path.startswith(_LISTED):
        raise _Junk(path[len(_LISTED):])
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise _Junk(f"unreadable: {error.strerror or error}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _Junk(f"not a regular file ({_file_kind(st.st_mode)}): not read")
        if st.st_size > MAX_FILE_BYTES:
            raise _Junk(f"file too large ({st.st_size:,} bytes; limit {MAX_FILE_BYTES:,})")
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _Junk(f"unreadable: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise _Junk(f"file too large (over {MAX_FILE_BYTES:,} bytes; it grew while read)")
    if not raw:
        raise _Junk("empty file")
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise _Junk(f"not text: looks like {kind}")
    if not raw.strip():
        raise _Junk("whitespace only")
    longest = max(len(line) for line in raw.split(b"\n"))
    if longest > MAX_LINE_CHARS * 4:  # bytes: up to 4 per character
        raise _Junk(f"a single line of {longest:,} bytes: not an article page")
    lines = raw.count(b"\n") + 1
    if lines > MAX_LINES:
        raise _Junk(f"{lines:,} lines (limit {MAX_LINES:,}): not an article page")
    return raw


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"


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
        # Column by column: pyarrow's from_pylist is ~20x slower here, and this runs in the one
        # process that every page passes through.
        columns = {name: [row[name] for row in self.buffer] for name in self.schema.names}
        table = pa.Table.from_pydict(columns, schema=self.schema)
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


@dataclass
class RunOptions:
    version: str = "1.0.0"
    workers: int = 1
    strict: bool = False
    previous: Path | None = None
    overwrite: bool = False
    progress: bool = False
    near_threshold: float | None = DEFAULT_NEAR_THRESHOLD  # None: exact duplicates only
    engine: str = "local"  # or "ray" (Ray Data, for clusters)
    follow_external_links: bool = False  # read *.txt links whose file is outside the input folder
    config: object = None  # a ReleaseConfig; None: `dataset.toml` in the input folder, else defaults


def build_release(input_dir: Path, output_dir: Path, version: str = "1.0.0", **options) -> RunStats:
    """Clean every page under `input_dir` into a release at `output_dir`, atomically.

    A published version is never rewritten silently: if `output_dir` already holds this version,
    the new build must be byte-identical (then nothing changes) unless `overwrite` is set.
    """
    opts = RunOptions(version=version, **options)
    input_dir, output_dir = Path(input_dir).resolve(), Path(output_dir).resolve()
    check_paths(input_dir, output_dir)
    _load_language_profiles()  # whole, in this process, before any worker is forked
    with _user_error_on_lock(output_dir):
        remove_stale_temporaries(output_dir)
        existing = _existing_version(output_dir, opts)
        previous = Path(opts.previous).resolve() if opts.previous else find_previous(output_dir, opts.version)
        if previous is not None and release_version(previous) is None:
            raise UserError(f"--previous {previous} is not a release folder (no card with a version)")
        temp = temporary_for(output_dir)
        try:
            _make_temporary(temp)
            stats = _write_release(input_dir, temp, opts, previous)
            if opts.strict and stats.skipped:
                raise UserError(f"--strict: {len(stats.skipped)} file(s) could not be published; "
                                f"first: {stats.skipped[0]['id']}: {stats.skipped[0]['reason']}")
            if stats.published == 0:
                raise UserError("no page could be published; the previous release (if any) is unchanged")
            if existing == opts.version and not opts.overwrite:
                if not same_tree(temp, output_dir):
                    raise UserError(
                        f"{output_dir} already holds a different release {existing}; a published "
                        "version is never rewritten: bump --version, or pass --overwrite")
                stats.unchanged = True
            else:
                with commit_point():
                    swap_into_place(temp, output_dir)
        finally:
            shutil.rmtree(temp, ignore_errors=True)
    return stats


def _make_temporary(temp: Path) -> None:
    """The run's working folder beside the output: made before any work, so an output where we
    cannot write fails at once, in one line."""
    try:
        temp.mkdir()
    except OSError as error:
        raise UserError(f"cannot write beside the output, in {temp.parent}: {error.strerror or error}") from None


@contextmanager
def _user_error_on_lock(output_dir: Path):
    with ExitStack() as stack:
        try:
            output_dir.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(locked(output_dir))
        except LockedError as error:
            raise UserError(str(error)) from None
        except OSError as error:
            raise UserError(f"cannot write the output {output_dir}: {error.strerror or error}") from None
        yield


def _existing_version(output_dir: Path, opts: RunOptions) -> str | None:
    """What the output folder holds now; refuse to replace something that is not ours to replace."""
    if not output_dir.exists() or not any(output_dir.iterdir()):
        return None
    existing = release_version(output_dir)
    if opts.overwrite:
        reason = not_ours(output_dir)
        if reason:
            raise UserError(f"--overwrite replaces only a release folder written by this tool, and "
                            f"{output_dir} is not one ({reason}): nothing was changed")
        return existing
    if existing is None:
        raise UserError(f"{output_dir} exists and is not a release: choose another --output")
    if existing != opts.version:
        raise UserError(f"{output_dir} holds release {existing}, not {opts.version}: "
                        "choose another --output, or pass --overwrite")
    return existing


def check_paths(input_dir: Path, output_dir: Path) -> None:
    if not input_dir.exists():
        raise UserError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise UserError(f"input is not a folder: {input_dir}")
    try:
        with os.scandir(input_dir):
            pass
    except OSError as error:
        raise UserError(f"cannot read the input folder {input_dir}: {error.strerror or error}") from None
    if output_dir == input_dir or input_dir in output_dir.parents:
        raise UserError(f"output folder {output_dir} is inside the input folder {input_dir}")
    if output_dir in input_dir.parents:
        raise UserError(f"the input folder {input_dir} is inside the output folder {output_dir}")
    if output_dir.exists() and not output_dir.is_dir():
        raise UserError(f"output exists and is not a folder: {output_dir}")
    if output_dir.is_dir() and os.path.ismount(output_dir):
        raise UserError(f"output {output_dir} is a mount point, which cannot be swapped whole: "
                        "choose a folder inside it")


def clean_pages(tasks: Iterable[tuple[str, str]], workers: int) -> Iterator[PageResult]:
    """Clean pages in input order, on `workers` processes (1 = in this process)."""
    _load_language_profiles()  # once, before forking, so workers share them instead of each loading
    return _map(process_page, tasks, workers, chunksize=8)


def _map(fn: Callable, items: Iterable, workers: int, chunksize: int) -> Iterator:
    """`map` in input order, on a pool of forked processes when workers > 1."""
    if workers <= 1:
        yield from map(fn, items)
        return
    with signals_blocked():  # workers start with SIGINT/SIGTERM held until they set their own
        pool = get_context("fork").Pool(workers, initializer=worker_signals)
    with pool:
        yield from pool.imap(fn, items, chunksize=chunksize)


def _load_language_profiles() -> None:
    from .language import load_profiles

    load_profiles()


def _write_release(input_dir: Path, temp: Path, opts: RunOptions, previous: Path | None) -> RunStats:
    """Everything a release holds, in `temp`: both configs, the reports, changelog, card, Croissant."""
    from dataset_card.croissant import write_croissant  # the card and its metadata are edges too
    from dataset_card.render import write_card
    from dataset_card.review import write_review

    from dataset_card.config import LICENSE_FILE, load_config

    config = opts.config if opts.config is not None else load_config(None, input_dir)
    stats = RunStats(version=opts.version, near_threshold=opts.near_threshold, config=config)
    ENGINES[opts.engine](input_dir, temp, opts, stats)
    stats.date = release_date(config, input_dir)
    if stats.docs_in == 0:
        raise UserError(f"no *.txt files under {input_dir}")
    report = stats.skipped + [{"id": name, "reason": "ignored: not a *.txt page"} for name in stats.ignored]
    (temp / SKIPPED_REPORT).write_text(
        "".join(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n" for s in report), encoding="utf-8"
    )
    if previous is None:
        stats.changelog = [first_entry(temp, opts.version)]
    else:
        entry = changelog_entry(previous, temp, opts.version, CONFIG_DIRS)
        stats.changelog = [entry] + [e for e in read_changelog(previous) if e["version"] != opts.version]
    write_changelog(temp, stats.changelog)
    if config.writes_license_file:
        write_license(temp / LICENSE_FILE, config)
    write_card(temp, stats)
    write_croissant(temp, stats)
    write_manifest(temp, opts.version, stats.counts())  # lists every file with its sha256 ...
    write_review(temp)  # ... reads the counts from it, and updates its own entry in it
    return stats


def release_date(config, input_dir: Path) -> str:
    """The release date, never the clock, so a rebuild gives the same bytes: SOURCE_DATE_EPOCH
    when set, else the configuration's `date`, else the day the newest page file was last
    modified (the same input files give the same date)."""
    import time

    from dataset_card.render import source_date_epoch

    epoch = source_date_epoch()
    if epoch:
        return time.strftime("%Y-%m-%d", time.gmtime(epoch))
    if config.date:
        return config.date
    newest = 0.0
    for _, path in iter_pages(input_dir):
        if not path.startswith(_LISTED):
            try:
                newest = max(newest, os.stat(path, follow_symlinks=False).st_mtime)
            except OSError:
                continue
    return time.strftime("%Y-%m-%d", time.gmtime(int(newest)))


def write_license(path: Path, config) -> None:
    """The release's LICENSE.md for `license: other` without a link (the Hub asks for a link)."""
    path.write_text(
        f"# Licence: {config.license_name}\n\n"
        "The cleaning code is open source (Apache-2.0). The texts are not: each article remains the\n"
        "copyright of its publisher and, where credited, of the news agencies named in `sources` and\n"
        "`source_line`. This dataset is shared for research on language technology (text and data\n"
        "mining); it carries no licence to republish the articles. Cite the publisher and agency when\n"
        "quoting an article, and ask for removal of any page on the dataset's discussion page.\n",
        encoding="utf-8")


def write_configs_local(input_dir: Path, temp: Path, opts: RunOptions, stats: RunStats) -> None:
    """The local engine: stream pages through `opts.workers` processes into both configs.

    An engine's contract: write `temp/data/train-*-of-*.parquet` and `temp/comments/...` with the
    schema's columns, rows in input order, and fill `stats` (pages, skips, ignored files, each
    published row via `stats.add`, and `stats.files` via `record_files`).
    """
    articles = ShardedParquetWriter(temp / CONFIG_DIRS["default"], ARTICLE_SCHEMA)
    comments = ShardedParquetWriter(temp / CONFIG_DIRS["comments"], COMMENT_SCHEMA)
    duplicates = DuplicateIndex(opts.near_threshold)
    global _SITE_BOILERPLATE
    tasks = iter_pages(input_dir, follow_external_links=opts.follow_external_links)
    _SITE_BOILERPLATE, pages = site_boilerplate(tasks, opts.workers, opts.progress)
    bar = _progress_bar(opts.progress, "pass 2/2: cleaning", pages)
    try:
        tasks = iter_pages(input_dir, stats.ignored.append, opts.follow_external_links)
        for result in clean_pages(tasks, opts.workers):
            bar.update(1)
            stats.docs_in += 1
            if result.row is None:
                stats.skip(result.doc_id, result.reason)
                continue
            found = duplicates.check(result.doc_id, result.exact_key, result.signature)
            result.row["duplicate_of"], result.row["duplicate_type"] = found or (None, None)
            articles.add(result.row)
            for comment in result.comments:
                comments.add(comment)
            stats.add(result.row)
    finally:
        _SITE_BOILERPLATE = None
        bar.close()
    for config, writer in (("default", articles), ("comments", comments)):
        record_files(stats, temp, config, writer.close(), writer.rows, writer.nbytes)


def record_files(stats: RunStats, temp: Path, config: str, paths: list[Path], rows: int, nbytes: int) -> None:
    stats.files[config] = {
        "rows": rows,
        "nbytes": nbytes,
        "download_size": sum(p.stat().st_size for p in paths),
        "paths": [p.relative_to(temp).as_posix() for p in paths],
    }


def _write_configs_ray(input_dir: Path, temp: Path, opts: RunOptions, stats: RunStats) -> None:
    from .engine_ray import write_configs_ray  # optional extra: pip install .[ray]

    write_configs_ray(input_dir, temp, opts, stats)


ENGINES = {"local": write_configs_local, "ray": _write_configs_ray}


def progress_options(desc: str, total: int | None) -> dict:
    """The bar's look: "pass 1/2: counting repeated lines: 256 pages [00:01, 210 pages/s]" while
    the number of pages is not known yet, a percentage and "256/1000 pages" once it is."""
    return dict(total=total, unit=" pages", desc=desc, dynamic_ncols=True, leave=False)


def _progress_bar(enabled: bool, desc: str, total: int | None):
    """A progress bar on stderr, shown only when asked for and stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(**progress_options(desc, total), disable=None if enabled else True)
