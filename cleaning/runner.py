"""The runner: a run's two passes over the pages, and the engines that execute them.

Pass 1 reads, decodes and repairs each page once and counts, per site, the lines that recur across
pages (`decode_and_count`, merged in chunk order into `boilerplate_from`), keeping the decoded
pages on disk; pass 2 cleans each of them with that knowledge (`clean_batch`) and the driver
accounts for the results in input order (`Accounting`: duplicates, counts, crash policy).
An `Engine` runs both passes and writes both configs; `LocalEngine` (below) does it on a pool of
forked processes, `engine_ray.RayEngine` on Ray Data. Both share these functions, so they give
the same release, byte for byte.

A crash inside a cleaner is a bug, handled the same way in both passes: the run fails naming
the page (`CleanerCrash`), unless the user asked to skip such pages (`skip_crashes`), in which
case the page is skipped with its reason like any other file that cannot be published.
"""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import struct
from array import array
from dataclasses import dataclass
from functools import partial
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

import pyarrow as pa

from .atomic import signals_blocked, worker_signals
from .decode import UndecodableError
from .dedup import DuplicateIndex, keys
from .errors import CleanerCrash
from .language import load_profiles as load_language_profiles
from .pipeline import clean_page, first_pass_lines, start_document
from .reader import NotAPage, iter_pages, read_page
from .repetition import LineCounter
from .schema import ARTICLE_SCHEMA, COMMENT_SCHEMA, Document, Line, article_row, comment_rows
from .shards import CONFIG_DIRS, ShardedParquetWriter, record_files
from .stats import STEP_SECONDS, RunStats, take_step_seconds, timed
from .settings import SETTINGS

Boilerplate = dict  # site key -> frozenset of line fingerprints (from pass 1)


class Engine(Protocol):
    """Runs both passes over the pages under `input_dir`: writes `temp/data/train-*-of-*.parquet`
    and `temp/comments/...` with the schema's columns, rows in input order, and fills `stats`
    (pages, skips, ignored files, each published row via `stats.add`, `stats.files` via
    `shards.record_files`). Raises CleanerCrash unless `opts.skip_crashes`."""
    def write_configs(self, input_dir: Path, temp: Path, opts, stats: RunStats) -> None: ...


@dataclass(frozen=True)
class PageResult:
    """What a worker sends back for one page: its rows, or why it was skipped."""

    doc_id: str
    row: dict | None = None
    comments: tuple[dict, ...] = ()
    reason: str = ""
    exact_key: int = 0
    signature: object = None  # MinHash hash values (numpy array), computed in the worker
    crashed: bool = False  # a cleaner raised: a bug, not a bad file (see `Accounting`)
    seconds: dict | None = None  # the worker's step times since its last result (when timing)


def crash_reason(error: Exception) -> str:
    return f"cleaning failed: {type(error).__name__}: {error}"


# --- pass 1 ---------------------------------------------------------------------------------------

def count_lines(tasks: list[tuple[str, str]]) -> tuple[LineCounter, int, list[tuple[str, str]], dict | None]:
    """Pass 1 over a chunk of pages: count each site's line fingerprints (no cleaning).
    Files that cannot be read or decoded are left to pass 2 to report; a cleaner's crash is
    returned as (id, reason) for the driver's crash policy."""
    counter, crashes = LineCounter(), []
    for doc_id, path in tasks:
        try:
            with timed("read"):
                raw = read_page(path)
            site_lines = first_pass_lines(doc_id, raw)
            with timed("pass 1: count lines"):
                counter.add(*site_lines)
        except (NotAPage, UndecodableError):
            continue
        except Exception as error:  # noqa: BLE001 -- a bug: the driver decides (see CleanerCrash)
            crashes.append((doc_id, crash_reason(error)))
    return counter, len(tasks), crashes, take_step_seconds()


def boilerplate_from(counter: LineCounter) -> Boilerplate:
    """Each site's boilerplate fingerprints, computed once (the cleaning workers only look up)."""
    return {site: counter.boilerplate(site) for site in sorted(counter.sites)}


def check_crashes(crashes: list[tuple[str, str]], skip_crashes: bool) -> None:
    """Pass 1's crash policy: the first crashed page fails the run unless crashes are skipped
    (pass 2 then meets the same page and skips it with its reason)."""
    if crashes and not skip_crashes:
        raise CleanerCrash(*crashes[0])


# --- pass 2 ---------------------------------------------------------------------------------------

def process_page(task: tuple[str, str], boilerplate: Boilerplate) -> PageResult:
    """Read and clean one file in a worker; never raises (a crash comes back as `crashed`)."""
    doc_id, path = task
    try:
        with timed("read"):
            raw = read_page(path)
        doc = clean_page(doc_id, raw, boilerplate=boilerplate.get)
    except NotAPage as junk:
        return PageResult(doc_id, reason=str(junk))
    except UndecodableError as error:
        return PageResult(doc_id, reason=f"not text: {error}")
    except Exception as error:  # noqa: BLE001 -- a bug: the driver decides (see Accounting)
        return PageResult(doc_id, reason=crash_reason(error), crashed=True)
    return page_result(doc)


def page_result(doc: Document) -> PageResult:
    """What the driver gets for a cleaned page: its rows and duplicate keys (or why it is skipped)."""
    doc_id = doc.id
    if not doc.lines:
        return PageResult(doc_id, reason="no article text left after cleaning", seconds=take_step_seconds())
    with timed("rows"):
        row = article_row(doc)
        comments = tuple(comment_rows(doc))
    with timed("dedup: signature"):
        exact, minhash = keys(row["text"])
    return PageResult(doc_id, row, comments, exact_key=exact, signature=minhash, seconds=take_step_seconds())


class Accounting:
    """The driver's pass 2 in input order, for every engine: a page is skipped (with its reason),
    a crash fails the run (unless skipped), a published row gets its duplicate mark and is counted."""

    def __init__(self, stats: RunStats, near_threshold: float | None, skip_crashes: bool, folder: Path | None = None):
        self.stats, self.skip_crashes = stats, skip_crashes
        self.duplicates = DuplicateIndex(near_threshold, folder=folder)  # folder: its temporary file

    def skipped(self, doc_id: str, reason: str, crashed: bool, seconds: dict | None = None) -> bool:
        """Count a page read; True (and recorded) when it is not published."""
        if seconds:
            self.stats.step_seconds.update(seconds)
        self.stats.docs_in += 1
        if reason and crashed and not self.skip_crashes:
            raise CleanerCrash(doc_id, reason)
        if reason:
            self.stats.skip(doc_id, reason)
        return bool(reason)

    def duplicate(self, doc_id: str, exact_key: int, signature) -> tuple[str | None, str | None]:
        with timed("driver: duplicate index"):
            return self.duplicates.check(doc_id, exact_key, signature) or (None, None)


# --- decoded once: pass 1 keeps what pass 2 needs -------------------------------------------------
# The local engine decodes and repairs each page once, in pass 1, and keeps the result (the document,
# or why the page cannot be published) in one file per chunk of pages in the temporary release folder:
# batches of SETTINGS.run.clean_batch pages, each a pickled list of plain tuples compressed with zstd
# (pyarrow's codec) behind its two sizes; pass 2 cleans one batch a task, and the driver deletes each
# file once read whole. Memory stays bounded (a chunk at a time). Not Arrow record batches: building
# them from Python lists makes pyarrow import pandas (0.6 s a worker). Ray decodes in both passes.

SPILL_DIR = ".decoded"  # inside the temporary release folder; removed before the release is written
_SPILL_CODEC = "zstd"  # lz4 wrote 3x slower here (with Arrow files), 1.5x larger
_SIZES = struct.Struct("<QQ")  # a batch's compressed and pickled sizes, before its bytes


def _spill_record(doc_id: str, doc: Document | None = None, reason: str | None = None, crashed: bool = False) -> tuple:
    if doc is None:
        return (doc_id, reason, crashed)
    return (doc_id, None, False, doc.raw_sha256, doc.encoding, doc.fixes,
            array("i", [line.number for line in doc.lines]).tobytes(),
            "\n".join(line.text for line in doc.lines),  # a line never holds "\n"
            doc.site_key, doc.site_key_source)


def _write_spill(path: Path, records: list[tuple]) -> None:
    batch = SETTINGS.run.clean_batch
    with open(path, "wb") as sink:
        for start in range(0, len(records), batch):
            data = pickle.dumps(records[start:start + batch], protocol=pickle.HIGHEST_PROTOCOL)
            packed = pa.compress(data, codec=_SPILL_CODEC, asbytes=True)
            sink.write(_SIZES.pack(len(packed), len(data)))
            sink.write(packed)


def _read_spill(path: str, index: int) -> Iterator[tuple[str, Document | None, str | None, bool]]:
    """(id, document, reason, crashed) of each page of one batch of a chunk's file."""
    with open(path, "rb") as source:
        for k in range(index + 1):
            packed_size, size = _SIZES.unpack(source.read(_SIZES.size))
            if k < index:
                source.seek(packed_size, os.SEEK_CUR)
        records = pickle.loads(pa.decompress(source.read(packed_size), decompressed_size=size,
                                             codec=_SPILL_CODEC, asbytes=True))
    for record in records:
        doc_id, reason, crashed = record[:3]
        if reason is not None:
            yield doc_id, None, reason, crashed
            continue
        raw_sha256, encoding, fixes, packed_numbers, text, site_key, source = record[3:]
        numbers = array("i", packed_numbers)  # bytes: read as frombytes() does
        texts = text.split("\n") if numbers else []
        doc = Document(id=doc_id, raw_sha256=raw_sha256, encoding=encoding, fixes=fixes,
                       lines=tuple(map(Line, numbers, texts)), site_key=site_key, site_key_source=source)
        yield doc_id, doc, None, False


def decode_and_count(task: tuple[int, list[tuple[str, str]]], spill_dir: Path) -> tuple[LineCounter, int, list, dict | None]:
    """Pass 1 over a chunk of pages (local engine): read, decode and repair each page once, count
    its site's lines, and keep the documents (or the reasons) in the chunk's spill file for pass 2.
    A cleaner's crash is also returned as (id, reason) for the driver's crash policy."""
    index, tasks = task
    counter, crashes, records = LineCounter(), [], []
    for doc_id, path in tasks:
        try:
            with timed("read"):
                raw = read_page(path)
            doc = start_document(doc_id, raw)
            site_lines = first_pass_lines(doc_id, doc)
            with timed("pass 1: count lines"):
                counter.add(*site_lines)
        except NotAPage as junk:
            records.append(_spill_record(doc_id, reason=str(junk)))
        except UndecodableError as error:
            records.append(_spill_record(doc_id, reason=f"not text: {error}"))
        except Exception as error:  # noqa: BLE001 -- a bug: the driver decides (see CleanerCrash)
            crashes.append((doc_id, crash_reason(error)))
            records.append(_spill_record(doc_id, reason=crash_reason(error), crashed=True))
        else:
            records.append(_spill_record(doc_id, doc))
    with timed("pass 1: keep decoded pages"):
        _write_spill(spill_dir / f"{index:08d}.spill", records)
    return counter, len(tasks), crashes, take_step_seconds()


def clean_batch(task: tuple[str, int], boilerplate: Boilerplate) -> list[PageResult]:
    """Pass 2 over one batch of a chunk's spill file (local engine); never raises."""
    path, index = task
    results = []
    with timed("pass 2: read decoded pages"):
        pages = list(_read_spill(path, index))
    for doc_id, doc, reason, crashed in pages:
        if doc is None:
            results.append(PageResult(doc_id, reason=reason, crashed=crashed))
            continue
        try:
            doc = clean_page(doc_id, doc, boilerplate=boilerplate.get)
        except Exception as error:  # noqa: BLE001 -- a bug: the driver decides (see Accounting)
            results.append(PageResult(doc_id, reason=crash_reason(error), crashed=True))
            continue
        results.append(page_result(doc))
    return results


# --- the local engine -----------------------------------------------------------------------------

class LocalEngine:
    """Both passes on `opts.workers` forked processes (1 = in this process); rows stream through
    this process, in input order, into the shard writers."""

    def write_configs(self, input_dir: Path, temp: Path, opts, stats: RunStats) -> None:
        with timed("wall: both passes"):
            self._write_configs(input_dir, temp, opts, stats)
        stats.step_seconds.update(take_step_seconds() or {})

    def _write_configs(self, input_dir: Path, temp: Path, opts, stats: RunStats) -> None:
        articles = ShardedParquetWriter(temp / CONFIG_DIRS["default"], ARTICLE_SCHEMA)
        comments = ShardedParquetWriter(temp / CONFIG_DIRS["comments"], COMMENT_SCHEMA)
        spill_dir = temp / SPILL_DIR
        spill_dir.mkdir()
        accounting = Accounting(stats, opts.near_threshold, opts.skip_crashes, spill_dir)
        try:
            tasks = iter_pages(input_dir, stats.ignored.append, opts.follow_external_links)
            boilerplate, chunks = self.first_pass(tasks, opts, stats, spill_dir)
            bar = progress_bar(opts.progress, "pass 2/2: cleaning", sum(chunks))
            try:
                clean = partial(clean_batch, boilerplate=boilerplate)
                tasks = (task for task, _ in _batch_ends(spill_dir, chunks))
                for results, ((path, _), last) in zip(ordered_map(clean, tasks, opts.workers, chunksize=1),
                                                      _batch_ends(spill_dir, chunks)):
                    for result in results:
                        bar.update(1)
                        self._publish(result, accounting, articles, comments, stats)
                    if last:
                        os.unlink(path)  # read whole: the chunk's decoded pages are no longer needed
            finally:
                bar.close()
        finally:
            accounting.duplicates.close()
            shutil.rmtree(spill_dir, ignore_errors=True)
        for config, writer in (("default", articles), ("comments", comments)):
            record_files(stats, temp, config, writer.close(), writer.rows, writer.nbytes)

    @staticmethod
    def _publish(result: PageResult, accounting: Accounting, articles, comments, stats: RunStats) -> None:
        if accounting.skipped(result.doc_id, result.reason, result.crashed, result.seconds):
            return
        row = result.row
        row["duplicate_of"], row["duplicate_type"] = accounting.duplicate(
            result.doc_id, result.exact_key, result.signature)
        with timed("driver: write rows"):
            articles.add(row)
            for comment in result.comments:
                comments.add(comment)
            stats.add(row)

    @staticmethod
    def first_pass(tasks: Iterable[tuple[str, str]], opts, stats: RunStats,
                   spill_dir: Path) -> tuple[Boilerplate, list[int]]:
        """Lines that recur across a site's pages (slogans, signatures), found before cleaning,
        with every page decoded once and kept in `spill_dir`; and the pages of each chunk."""
        total, chunks = LineCounter(), []
        bar = progress_bar(opts.progress, "pass 1/2: counting repeated lines", None)
        count = partial(decode_and_count, spill_dir=spill_dir)
        # langdetect's profiles load here while the pass-1 workers run: the pass-2 workers share them
        try:
            for counter, n, crashes, seconds in ordered_map(
                    count, enumerate(batched(tasks, SETTINGS.run.first_pass_chunk)), opts.workers, chunksize=1,
                    started=load_language_profiles):
                stats.step_seconds.update(seconds or {})
                check_crashes(crashes, opts.skip_crashes)
                with timed("driver: merge line counts"):
                    total.merge(counter)
                chunks.append(n)
                bar.update(n)
        finally:
            bar.close()
        return boilerplate_from(total), chunks


def _batch_ends(spill_dir: Path, chunks: list[int]) -> Iterator[tuple[tuple[str, int], bool]]:
    """Pass 2's tasks, (chunk file, batch index) in input order, each with "last of its file"."""
    per = SETTINGS.run.clean_batch
    for k, n in enumerate(chunks):
        path = str(spill_dir / f"{k:08d}.spill")
        batches = -(-n // per)
        for i in range(batches):
            yield (path, i), i == batches - 1


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ordered_map(fn: Callable, items: Iterable, workers: int, chunksize: int,
                started: Callable[[], None] | None = None) -> Iterator:
    """`map` in input order, on a pool of forked processes when workers > 1.

    The function travels to each worker once, by the fork itself (never pickled per task), so a
    pass-2 function carrying the site boilerplate costs nothing per page. `started` is called in
    this process once the workers are at work.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    with signals_blocked():  # workers start with SIGINT/SIGTERM held until they set their own
        pool = get_context("fork").Pool(workers, initializer=_start_worker, initargs=(fn,))
    with pool:
        results = pool.imap(_in_worker, items, chunksize=chunksize)
        if started is not None:
            started()  # in this process, while the workers run
        yield from results


def _start_worker(fn: Callable) -> None:
    """In a forked worker, once: its signal handling, and the one function it runs."""
    gc.freeze()  # all it inherits lives as long as it: never walked again (nor its shared pages written)
    worker_signals()
    STEP_SECONDS.clear()  # the parent's times stay the parent's
    _in_worker.fn = fn  # this worker process's own job; the parent never sets it


def _in_worker(item):
    return _in_worker.fn(item)


def progress_options(desc: str, total: int | None) -> dict:
    """The bar's look: "pass 1/2: counting repeated lines: 256 pages [00:01, 210 pages/s]" while
    the number of pages is not known yet, a percentage and "256/1000 pages" once it is."""
    return dict(total=total, unit=" pages", desc=desc, dynamic_ncols=True, leave=False)


def progress_bar(enabled: bool, desc: str, total: int | None):
    """A progress bar on stderr, shown only when asked for and stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(**progress_options(desc, total), disable=None if enabled else True)
