"""The shard writer: rows to `DIR/train-NNNNN-of-MMMMM.parquet` in row groups, with the fixed
Parquet settings every engine uses (so a release is byte-identical whichever engine wrote it)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from .settings import SETTINGS

PARQUET_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    write_page_index=True,
    write_statistics=True,
    use_content_defined_chunking=True,
)
CONFIG_DIRS = {"default": "data", "comments": "comments"}  # config name -> folder in the release


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
        if len(self.buffer) >= SETTINGS.run.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer and self.paths:
            return
        if self.writer is None or self.shard_rows >= SETTINGS.run.shard_rows:
            self._close_shard()
            path = self.directory / f"train-{len(self.paths):05d}.parquet"
            self.paths.append(path)
            self.writer = pq.ParquetWriter(path, self.schema, **PARQUET_OPTIONS)
            self.shard_rows = 0
        # Column by column: pyarrow's from_pylist is ~20x slower here, and this runs in the one
        # process that every page passes through.
        columns = {name: [row[name] for row in self.buffer] for name in self.schema.names}
        table = pa.Table.from_pydict(columns, schema=self.schema)
        self.writer.write_table(table, row_group_size=SETTINGS.run.row_group_rows)
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


def record_files(stats, temp: Path, config: str, paths: list[Path], rows: int, nbytes: int) -> None:
    """What the card and Croissant say about a config's files (`stats.files[config]`)."""
    stats.files[config] = {
        "rows": rows,
        "nbytes": nbytes,
        "download_size": sum(p.stat().st_size for p in paths),
        "paths": [p.relative_to(temp).as_posix() for p in paths],
    }
