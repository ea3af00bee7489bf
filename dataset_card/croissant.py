"""Croissant (JSON-LD) metadata for a release, written beside the card as `croissant.json`.

Everything comes from what the release already states: name, licence, version, summary and
citation from the card (README.md); the configs and their file globs from the card's `configs`;
field names, types and meanings from `cleaning.schema` (SCHEMAS, FIELD_DOCS). Nothing is typed twice.

Layout (Croissant 1.1, built and validated with mlcroissant):
  distribution  one FileObject per Parquet file (contentUrl relative to this file, sha256, size),
                plus one FileSet per config whose `includes` is the config's data_files glob, so
                a release with several shards per config reads the same way as one with a single shard
  recordSet     one per config, same name as the config ("default", "comments"); field ids are
                "<config>/<column>"
  types         string -> sc:Text, intN -> cr:IntN, floatN -> cr:FloatN, bool -> sc:Boolean;
                list<T> -> isArray (arrayShape "-1"); struct -> subFields read with a jsonPath;
                list<struct> -> an array field with subFields. Other Arrow types are refused
                (ValueError) rather than mislabelled.
Relative contentUrls resolve against the document, so the same file works in the release folder
and at https://huggingface.co/datasets/OWNER/NAME/resolve/vX.Y.Z/croissant.json.
The output is deterministic: sorted keys, files in path order, no timestamps (datePublished only
from SOURCE_DATE_EPOCH, as for the card).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path

import mlcroissant as mlc
import pyarrow as pa
from huggingface_hub import DatasetCard

from cleaning.schema import FIELD_DOCS, SCHEMAS

CROISSANT_VERSION = "http://mlcommons.org/croissant/1.1"
PARQUET = "application/x-parquet"
FILENAME = "croissant.json"
SCALAR_TYPES = {
    pa.string(): mlc.DataType.TEXT, pa.large_string(): mlc.DataType.TEXT, pa.bool_(): mlc.DataType.BOOL,
    pa.int8(): mlc.DataType.INT8, pa.int16(): mlc.DataType.INT16, pa.int32(): mlc.DataType.INT32,
    pa.int64(): mlc.DataType.INT64, pa.uint8(): mlc.DataType.UINT8, pa.uint16(): mlc.DataType.UINT16,
    pa.uint32(): mlc.DataType.UINT32, pa.uint64(): mlc.DataType.UINT64, pa.float16(): mlc.DataType.FLOAT16,
    pa.float32(): mlc.DataType.FLOAT32, pa.float64(): mlc.DataType.FLOAT64,
}


def write_croissant(release_dir: Path) -> Path:
    """Write `croissant.json` for the release in `release_dir` (which must hold its README.md card)."""
    release_dir = Path(release_dir)
    path = release_dir / FILENAME
    document = croissant_jsonld(release_dir)
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def croissant_jsonld(release_dir: Path) -> dict:
    """The Croissant document as JSON-LD; mlcroissant raises ValidationError if it is not valid."""
    card = DatasetCard.load(Path(release_dir) / "README.md")
    ctx = mlc.Context(conforms_to=CROISSANT_VERSION)
    globs = config_globs(card)
    files = [file_object(ctx, release_dir, path) for path in parquet_files(release_dir, globs)]
    file_sets = [
        mlc.FileSet(ctx=ctx, id=_file_set_id(config), name=_file_set_id(config),
                    description=f"Parquet files of the `{config}` configuration.",
                    encoding_formats=[PARQUET], includes=patterns)
        for config, patterns in globs.items()
    ]
    record_sets = [record_set(ctx, config) for config in globs]
    metadata = mlc.Metadata(
        ctx=ctx,
        name=card.data.get("pretty_name") or release_dir.name,
        description=summary(card),
        license=[license_text(card)],
        version=str(card.data.get("version") or _body_version(card.text)),
        cite_as=citation(card),
        date_published=_date_published(),
        distribution=files + file_sets,
        record_sets=record_sets,
    )
    return metadata.to_json()


def config_globs(card: DatasetCard) -> dict[str, list[str]]:
    """Config name -> its data_files paths (globs), in the order of SCHEMAS."""
    declared = {c["config_name"]: [f["path"] for f in c["data_files"]] for c in card.data.get("configs") or []}
    unknown = set(declared) - set(SCHEMAS)
    if unknown or not declared:
        raise ValueError(f"card configs {sorted(declared)} do not match the schemas {sorted(SCHEMAS)}")
    return {config: declared[config] for config in SCHEMAS if config in declared}


def parquet_files(release_dir: Path, globs: dict[str, list[str]]) -> list[str]:
    found = {p.relative_to(release_dir).as_posix()
             for patterns in globs.values() for pattern in patterns for p in release_dir.glob(pattern)}
    return sorted(found)


def file_object(ctx, release_dir: Path, path: str):
    data = (release_dir / path).read_bytes()
    return mlc.FileObject(ctx=ctx, id=path, name=path, content_url=path, encoding_formats=[PARQUET],
                          sha256=hashlib.sha256(data).hexdigest(), content_size=f"{len(data)} B")


def record_set(ctx, config: str):
    docs = FIELD_DOCS[config]
    fields = [field(ctx, config, f"{config}/{f.name}", f.name, f.type, docs[f.name], column=f.name)
              for f in SCHEMAS[config]]
    return mlc.RecordSet(ctx=ctx, id=config, name=config, description=f"The `{config}` configuration.",
                         fields=fields)


def field(ctx, config: str, field_id: str, name: str, arrow_type: pa.DataType, description: str | None,
          column: str, json_path: str | None = None):
    """One Croissant field for an Arrow type; lists become arrays, structs become subFields."""
    is_array = pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type)
    item = arrow_type.value_type if is_array else arrow_type
    common = dict(ctx=ctx, id=field_id, name=name, description=description)
    if is_array:
        common.update(is_array=True, array_shape="-1")
    if pa.types.is_struct(item):
        if json_path is not None:
            raise ValueError(f"{field_id}: nested structs are not mapped to Croissant")
        subs = [field(ctx, config, f"{field_id}/{child.name}", child.name, child.type, None,
                      column=column, json_path=child.name) for child in item]
        return mlc.Field(**common, sub_fields=subs)
    source = mlc.Source(ctx=ctx, file_set=_file_set_id(config), extract=mlc.Extract(ctx=ctx, column=column),
                        transforms=[mlc.Transform(ctx=ctx, json_path=json_path)] if json_path else [])
    return mlc.Field(**common, data_types=[data_type(item, field_id)], source=source)


def data_type(arrow_type: pa.DataType, field_id: str):
    try:
        return SCALAR_TYPES[arrow_type]
    except KeyError:
        raise ValueError(f"{field_id}: Arrow type {arrow_type} has no Croissant mapping here") from None


def summary(card: DatasetCard) -> str:
    """The first paragraph under "## Dataset summary", unwrapped; else the pretty name."""
    match = re.search(r"^## Dataset summary\s*\n+(.+?)(?:\n\s*\n|\Z)", card.text, re.M | re.S)
    return " ".join(match.group(1).split()) if match else str(card.data.get("pretty_name") or "")


def license_text(card: DatasetCard) -> str:
    """A link or a name for the licence: "other" alone says nothing, so prefer link, then name."""
    data = card.data
    return str(data.get("license_link") or data.get("license_name") or data.get("license") or "unknown")


def citation(card: DatasetCard) -> str | None:
    match = re.search(r"```bibtex\n(.+?)\n```", card.text, re.S)
    return match.group(1) if match else None


def _body_version(text: str) -> str | None:
    match = re.search(r"\*\*Version (\d+\.\d+\.\d+)\*\*", text)
    return match.group(1) if match else None


def _date_published() -> str | None:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
    return time.strftime("%Y-%m-%d", time.gmtime(epoch)) if epoch else None


def _file_set_id(config: str) -> str:
    return f"{config}-parquet"
