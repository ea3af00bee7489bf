"""The Ray engine (`--engine ray`): the `runner.Engine` interface, run on Ray Data for clusters.

Same steps, same bytes. The driver lists the pages with `iter_pages` (so ids and order are the
local engine's). Ray Data counts each site's repeated lines (the first pass, a chunk per task,
merged on the driver in chunk order) and cleans the pages with `process_page` in `map_batches`
tasks, keeping the results in its object store. The driver makes one pass, in input order, over
the small columns (id, duplicate keys, what the card counts) with the runner's `Accounting`
(duplicates, counts, the crash policy) and `RunStats`; then Ray Data attaches the duplicate marks and writes both
configs with `write_parquet`. Text, removed lines and comments never travel through the driver.

Shards are cut where the local writer cuts them (`SHARD_ROWS`, row groups of `ROW_GROUP_ROWS`)
with the same Parquet options, so a release is byte-identical whichever engine built it.
pyarrow's threaded dataset writer (behind `write_parquet`) may reorder rows when a write task
gets several tables, so each task gets exactly one single-chunk shard, and the written keys are
checked against the input order before the shards get their final names.

`RAY_ADDRESS` selects a cluster; otherwise a local Ray with `opts.workers` CPUs is started and
stopped. See docs/ray.md.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import tempfile
from contextlib import contextmanager
from copy import copy
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import ray
import ray.data
from ray.data.datasource import FilenameProvider

from .atomic import reinstall_signal_handlers, signals_blocked
from .dedup import signature
from .reader import iter_pages
from .runner import Accounting, PageResult, boilerplate_from, check_crashes, count_lines, process_page
from .schema import ARTICLE_SCHEMA, COMMENT_SCHEMA
from .shards import CONFIG_DIRS, PARQUET_OPTIONS, record_files
from .stats import RunStats
from .settings import SETTINGS

DUPLICATE_FIELDS = ("duplicate_of", "duplicate_type")
LARGE_FIELDS = ("text", "removed", "text_lines")  # stay in the cluster; the card counts only rules
_SIGNATURE_DTYPE = signature("").dtype  # LSH band keys hash the raw bytes: keep the exact dtype
_PAGE_FIELDS = [f.with_nullable(True) for f in ARTICLE_SCHEMA if f.name not in DUPLICATE_FIELDS]
CLEANED_SCHEMA = pa.schema(
    [pa.field("_seq", pa.int64()), pa.field("_reason", pa.string()), pa.field("_crashed", pa.bool_())]
    + _PAGE_FIELDS
    + [
        pa.field("_exact_key", pa.uint64()),
        pa.field("_signature", pa.list_(pa.from_numpy_dtype(_SIGNATURE_DTYPE))),
        pa.field("_rules", pa.list_(pa.string())),
        pa.field("_comments", pa.list_(pa.struct(list(COMMENT_SCHEMA)))),
    ]
)
MARKS_SCHEMA = pa.schema([("_seq", pa.int64()), ("duplicate_of", pa.string()), ("duplicate_type", pa.string())])
KEYS_SCHEMA = pa.schema([("id", pa.string()), ("num_comments", pa.int64())])
SCHEMAS = {"default": ARTICLE_SCHEMA, "comments": COMMENT_SCHEMA}
_BATCHES = dict(batch_format="pyarrow", batch_size=None, zero_copy_batch=True)


class RayEngine:
    """`runner.Engine` on Ray Data: the same passes as `runner.LocalEngine`, the same bytes."""

    def write_configs(self, input_dir: Path, temp: Path, opts, stats: RunStats) -> None:
        write_configs_ray(input_dir, temp, opts, stats)


def write_configs_ray(input_dir: Path, temp: Path, opts, stats: RunStats) -> None:
    """Both passes with Ray Data doing the heavy work (see the module's docstring)."""
    with _ray_session(opts.workers), _data_context(opts.progress), tempfile.TemporaryDirectory() as scratch:
        keys = Path(scratch, "keys.arrow")  # published ids in order, for the order check: on disk
        listing = _listing(input_dir, stats, opts)
        boilerplate = _site_boilerplate(listing, opts.skip_crashes)
        pages = listing.map_batches(_clean_block, fn_args=(boilerplate,), **_BATCHES).materialize()
        marks = _account(pages, opts, stats, keys)
        tables = {"default": pages.map_batches(_published_articles, fn_args=(marks,), **_BATCHES),
                  "comments": pages.map_batches(_published_comments, **_BATCHES)}
        rows = {"default": stats.published, "comments": stats.comments}
        written = {config: _write_shards(tables[config], temp / CONFIG_DIRS[config], SCHEMAS[config],
                                         rows[config]) for config in SCHEMAS}
        _check_order(written, keys)
        sizes = _arrow_sizes(written)
        for config, paths in written.items():
            record_files(stats, temp, config, paths, rows[config], sizes[config])


@contextmanager
def _ray_session(workers: int):
    """Join the running Ray (or RAY_ADDRESS's cluster); start a local one only when neither exists."""
    if ray.is_initialized():
        yield
        return
    quiet = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    try:
        # ray.init makes SIGTERM a bare sys.exit. Signals wait until it returns and the run's own
        # handlers are back; then they stop the run cleanly, and the `finally` below stops the
        # Ray processes this run started.
        with signals_blocked():
            if os.environ.get("RAY_ADDRESS"):
                ray.init(**quiet)  # Ray reads the address itself; the cluster's CPUs are its own
            else:  # "local": a new instance, even if `ray start` left one running on this machine
                ray.init(address="local", num_cpus=workers, **quiet)
            reinstall_signal_handlers()
        yield
    finally:
        ray.shutdown()


@contextmanager
def _data_context(progress: bool):
    """Keep input order end to end; Ray's own progress bars on a terminal only; no chatter."""
    ctx = ray.data.DataContext.get_current()
    names = ("execution_options", "enable_progress_bars", "print_on_execution_start",
             "enable_auto_log_stats", "target_max_block_size")
    saved = {name: copy(getattr(ctx, name)) for name in names}
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = progress and sys.stderr.isatty()
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False
    ctx.target_max_block_size = None  # a shard is one block: never sliced behind our back
    data_logger = logging.getLogger("ray.data")
    level = data_logger.level
    data_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(ctx, name, value)
        data_logger.setLevel(level)


def _listing(input_dir: Path, stats: RunStats, opts) -> ray.data.Dataset:
    """Read: the driver's sorted walk, as blocks of (sequence, id, path), one per task.

    The tasks read the files themselves, so the input folder must be on storage every node
    sees at the same path. A block is one first-pass chunk, so the line counts merge as locally.
    """
    refs, chunk = [], []
    pages = iter_pages(input_dir, stats.ignored.append, opts.follow_external_links)
    for seq, (doc_id, path) in enumerate(pages):
        chunk.append((seq, doc_id, str(path)))
        if len(chunk) == _block_pages():
            refs.append(ray.put(_listing_block(chunk)))
            chunk = []
    if chunk or not refs:
        refs.append(ray.put(_listing_block(chunk)))
    return ray.data.from_arrow_refs(refs)


def _block_pages() -> int:
    """Pages per task: the local engine's first-pass chunk, so both engines merge counts alike."""
    return SETTINGS.run.first_pass_chunk


def _listing_block(chunk: list[tuple[int, str, str]]) -> pa.Table:
    seqs, ids, paths = zip(*chunk) if chunk else ((), (), ())
    return pa.table({"_seq": pa.array(seqs, pa.int64()), "id": pa.array(ids, pa.string()),
                     "_path": pa.array(paths, pa.string())})


def _site_boilerplate(listing: ray.data.Dataset, skip_crashes: bool) -> dict:
    """The first pass (per-site repeated lines): counted in the cluster a chunk per task, merged
    on the driver in chunk order as `runner.LocalEngine.first_pass` does (same crash policy)."""
    from .repetition import LineCounter

    total = LineCounter()
    counts = listing.map_batches(_count_block, fn_args=(_block_pages(),), **_BATCHES)
    for batch in counts.iter_batches(batch_format="pyarrow", batch_size=None):
        for chunk in batch["_counter"].to_pylist():
            counter, crashes = pickle.loads(chunk)
            check_crashes(crashes, skip_crashes)
            total.merge(counter)
    return boilerplate_from(total)


def _count_block(listing: pa.Table, chunk_pages: int) -> pa.Table:
    seqs = listing["_seq"].to_pylist()
    if seqs and (seqs[0] % chunk_pages or len(seqs) > chunk_pages):
        raise RuntimeError("Ray merged listing blocks: the first pass would not count as locally")
    counter, _, crashes, _ = count_lines(list(zip(listing["id"].to_pylist(), listing["_path"].to_pylist())))
    return pa.table({"_counter": pa.array([pickle.dumps((counter, crashes))], pa.binary())})


def _clean_block(listing: pa.Table, boilerplate: dict) -> pa.Table:
    """Clean a block of pages with the local engine's `process_page` (it never raises)."""
    columns = (listing[name].to_pylist() for name in ("_seq", "id", "_path"))
    rows = [_cleaned_row(seq, process_page((doc_id, path), boilerplate)) for seq, doc_id, path in zip(*columns)]
    return pa.Table.from_pylist(rows, schema=CLEANED_SCHEMA)


def _cleaned_row(seq: int, result: PageResult) -> dict:
    if result.row is None:
        return {"_seq": seq, "id": result.doc_id, "_reason": result.reason, "_crashed": result.crashed}
    hashes = None if result.signature is None else np.asarray(result.signature).tolist()
    return {**result.row, "_seq": seq, "_reason": None, "_crashed": False, "_exact_key": result.exact_key,
            "_signature": hashes, "_rules": [r["rule"] for r in result.row["removed"]],
            "_comments": list(result.comments)}


def _account(pages: ray.data.Dataset, opts, stats: RunStats, keys: Path) -> pa.Table:
    """The driver's pass in input order (`runner.Accounting`): pages, skips, crashes, duplicates,
    and `stats.add` per row.

    Only the small columns come to the driver; `stats.add` sees each row without its text and
    with `removed` reduced to the rules. Returns the duplicate marks (sequence, kept id, kind)
    and writes the published keys to `keys` for `_check_order`.
    """
    small = [name for name in CLEANED_SCHEMA.names if name not in (*LARGE_FIELDS, "_comments")]
    accounting = Accounting(stats, opts.near_threshold, opts.skip_crashes)
    marks: dict[str, list] = {name: [] for name in MARKS_SCHEMA.names}
    first = None
    with pa.OSFile(str(keys), "wb") as sink, pa.ipc.new_file(sink, KEYS_SCHEMA) as key_writer:
        for batch in pages.select_columns(small).iter_batches(batch_format="pyarrow", batch_size=4096):
            for row in batch.to_pylist():
                if row["_seq"] != stats.docs_in:
                    raise RuntimeError(f"Ray returned page {row['_seq']} where {stats.docs_in} was due")
                if accounting.skipped(row["id"], row["_reason"] or "", row["_crashed"]):
                    continue
                hashes = None if row["_signature"] is None else np.asarray(row["_signature"], _SIGNATURE_DTYPE)
                kept, kind = accounting.duplicate(row["id"], row["_exact_key"], hashes)
                if kind:
                    for name, value in zip(MARKS_SCHEMA.names, (row["_seq"], kept, kind)):
                        marks[name].append(value)
                stats.add(_stats_row(row, kept, kind))
                first = first or (row["_seq"], kept, kind)
            published = batch.filter(pc.is_null(batch["_reason"]))
            key_writer.write_table(published.select(KEYS_SCHEMA.names).cast(KEYS_SCHEMA))
    if first:
        stats.example = _example(pages, *first)
    return pa.table(marks, schema=MARKS_SCHEMA)


def _stats_row(row: dict, kept: str | None, kind: str | None) -> dict:
    article = {name: value for name, value in row.items() if not name.startswith("_")}
    return {**article, "removed": [{"rule": rule} for rule in row["_rules"]],
            "duplicate_of": kept, "duplicate_type": kind}


def _example(pages: ray.data.Dataset, seq: int, kept: str | None, kind: str | None) -> dict:
    """The first published row in full, as the local engine keeps it for the card."""
    head = pa.concat_tables(ray.get(pages.limit(seq + 1).to_arrow_refs()))
    row = head.filter(pc.equal(head["_seq"], seq)).select([f.name for f in _PAGE_FIELDS]).to_pylist()[0]
    return {**row, "duplicate_of": kept, "duplicate_type": kind}


def _published_articles(block: pa.Table, marks: pa.Table) -> pa.Table:
    """Published pages only, duplicate marks attached (when the schema has them), as the schema."""
    block = block.filter(pc.is_null(block["_reason"]))
    at = pc.index_in(block["_seq"], value_set=marks["_seq"])
    columns = dict(zip(block.column_names, block.columns))
    columns.update({name: pc.take(marks[name], at) for name in DUPLICATE_FIELDS})
    return _conform(columns, ARTICLE_SCHEMA)


def _published_comments(block: pa.Table) -> pa.Table:
    """The comments of published pages, in page order then comment order, as the schema."""
    comments = pc.list_flatten(block.filter(pc.is_null(block["_reason"]))["_comments"])
    return _conform({f.name: pc.struct_field(comments, f.name) for f in COMMENT_SCHEMA}, COMMENT_SCHEMA)


def _conform(columns: dict, schema: pa.Schema) -> pa.Table:
    """Exactly the schema's columns and types, in its order, with no metadata."""
    return pa.Table.from_arrays([pc.cast(columns[f.name], f.type) for f in schema], schema=schema)


class _TaskFiles(FilenameProvider):
    """`part-<task>-<uuid>-<i>.parquet`: with order preserved, task order is shard order."""

    def get_filename_for_task(self, write_uuid: str, task_index: int) -> str:
        return f"part-{task_index:08d}-{write_uuid}-{{i}}.parquet"


def _write_shards(ds: ray.data.Dataset, directory: Path, schema: pa.Schema, rows: int) -> list[Path]:
    """Write shards cut like the local writer's, one single-chunk table per task; final names."""
    directory.mkdir(parents=True, exist_ok=True)
    if rows:
        shard_rows = _local_shard_rows()
        (ds.repartition(target_num_rows_per_block=shard_rows, strict=True)
           .map_batches(_one_chunk, **_BATCHES)
           .write_parquet(str(directory), filename_provider=_TaskFiles(), schema=schema,
                          row_group_size=SETTINGS.run.row_group_rows, max_rows_per_file=shard_rows,
                          **PARQUET_OPTIONS))
    written = sorted(directory.glob("part-*.parquet"), key=_task_and_part)
    if not written:  # like the local writer: an empty config is one empty shard
        written = [directory / "part-empty.parquet"]
        with pq.ParquetWriter(written[0], schema, **PARQUET_OPTIONS) as writer:
            writer.write_table(schema.empty_table(), row_group_size=SETTINGS.run.row_group_rows)
    final = [path.with_name(f"train-{n:05d}-of-{len(written):05d}.parquet") for n, path in enumerate(written)]
    for path, target in zip(written, final):
        path.rename(target)
    return final


def _local_shard_rows() -> int:
    """The local writer closes a shard at the first row-group flush at or past SHARD_ROWS."""
    groups = -(-SETTINGS.run.shard_rows // SETTINGS.run.row_group_rows)
    return groups * SETTINGS.run.row_group_rows


def _one_chunk(block: pa.Table) -> pa.Table:
    return block.combine_chunks()


def _task_and_part(path: Path) -> tuple[int, int]:
    parts = path.stem.split("-")
    return int(parts[1]), int(parts[-1])


def _check_order(written: dict[str, list[Path]], keys: Path) -> None:
    """Refuse to publish shards whose rows are not in input order.

    Article ids must be the driver's published ids in order; comments must come article by
    article in that order, each article's in rising position. Reads only the key columns.
    """
    expected = pa.ipc.open_file(str(keys)).read_all().combine_chunks()
    expected_ids = expected["id"].combine_chunks()
    if not _read_column(written["default"], "id").equals(expected_ids):
        raise RuntimeError("Ray Data wrote articles out of input order; nothing was published")
    owners = np.repeat(expected_ids.to_numpy(zero_copy_only=False), expected["num_comments"].to_numpy())
    article_ids = _read_column(written["comments"], "article_id").to_numpy(zero_copy_only=False)
    positions = _read_column(written["comments"], "position").to_numpy()
    same_article = article_ids[1:] == article_ids[:-1]
    if not (np.array_equal(article_ids, owners) and (np.diff(positions)[same_article] > 0).all()):
        raise RuntimeError("Ray Data wrote comments out of input order; nothing was published")


def _read_column(paths: list[Path], name: str) -> pa.Array:
    return pa.concat_arrays([pq.read_table(p, columns=[name])[name].combine_chunks() for p in paths])


def _arrow_sizes(written: dict[str, list[Path]]) -> dict[str, int]:
    """`dataset_size` as the local writer counts it: the Arrow size of each row group built from
    Python rows. Measured in the cluster, one task per shard, from the written files."""
    items = [{"config": config, "path": str(p)} for config, paths in written.items() for p in paths]
    sized = ray.data.from_items(items).map(_file_size).take_all()
    return {config: sum(s["nbytes"] for s in sized if s["config"] == config) for config in written}


def _file_size(item: dict) -> dict:
    schema = SCHEMAS[item["config"]]
    parquet = pq.ParquetFile(item["path"])
    nbytes = sum(pa.Table.from_pylist(parquet.read_row_group(i).to_pylist(), schema=schema).nbytes
                 for i in range(parquet.num_row_groups))
    return {**item, "nbytes": nbytes}
