"""Croissant (JSON-LD) metadata for a release, written beside the card as `croissant.json`.

Written directly from the run, like the card and from the same facts (never parsed back out of
the card): name, licence, curators, homepage and citation from the release configuration; counts
from `RunStats.counts`; the configs and their globs from `render.card_data`; field names, types
and meanings from `cleaning.schema` (SCHEMAS, FIELD_DOCS); the Responsible-AI fields
(dataCollection, dataPreprocessingProtocol, personalSensitiveInformation, dataLimitations) from
the run's counts and rules. Nothing is typed twice.

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
The output is deterministic: sorted keys, files in path order, and datePublished is the release
date (SOURCE_DATE_EPOCH, else the configured date, else the newest page's modification day: never
the clock), the same date as the card's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import mlcroissant as mlc
import pyarrow as pa

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


def write_croissant(release_dir: Path, stats) -> Path:
    """Write `croissant.json` for the release in `release_dir` from the run's statistics."""
    release_dir = Path(release_dir)
    path = release_dir / FILENAME
    document = croissant_jsonld(release_dir, stats)
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def croissant_jsonld(release_dir: Path, stats) -> dict:
    """The Croissant document as JSON-LD, built from the run (the same facts the card is built
    from, never parsed back out of it); mlcroissant raises ValidationError if it is not valid."""
    from .render import _config, card_data, citation, hub_languages

    config = _config(stats)
    ctx = mlc.Context(conforms_to=CROISSANT_VERSION)
    globs = config_globs(card_data(stats))
    files = [file_object(ctx, release_dir, path) for path in parquet_files(release_dir, globs)]
    file_sets = [
        mlc.FileSet(ctx=ctx, id=_file_set_id(name), name=_file_set_id(name),
                    description=f"Parquet files of the `{name}` configuration.",
                    encoding_formats=[PARQUET], includes=patterns)
        for name, patterns in globs.items()
    ]
    record_sets = [record_set(ctx, name) for name in globs]
    rai = responsible_ai(stats)
    metadata = mlc.Metadata(
        ctx=ctx,
        name=config.name,
        description=description(stats),
        license=[config.link or config.license_name or config.license
                 if config.license == "other" else config.license],
        version=stats.version,
        cite_as=citation(stats, config),
        date_published=stats.date,  # never the clock: see cleaning.release.release_date
        url=config.homepage,
        in_language=hub_languages(stats),
        creators=[mlc.Person(ctx=ctx, name=name) for name in config.curators] or None,
        distribution=files + file_sets,
        record_sets=record_sets,
        **rai,
    )
    return metadata.to_json()


def description(stats) -> str:
    from .render import _config

    config = _config(stats)
    counts = stats.counts()
    text = (f"News articles scraped from the web and cleaned: {counts['published']} articles "
            f"(config `default`) and {counts['comments']} reader comments under pseudonyms "
            "(config `comments`); page furniture, comments and attribution lines taken out and "
            "kept per article in `removed` with the rule that took them.")
    return f"{config.description} {text}" if config.description else text


def responsible_ai(stats) -> dict:
    """The Responsible-AI fields the run knows, with its own counts."""
    from cleaning.rules import rule_descriptions

    counts = stats.counts()
    steps = rule_descriptions()
    removed = "; ".join(f"{rule}: {n}" for rule, n in sorted(stats.rule_lines.items()))
    return {
        "data_collection": (
            f"Raw article pages saved by a scraper, one .txt file per page. {counts['pages_read']} "
            f"pages were read, {counts['published']} published and {counts['skipped']} skipped "
            f"(skipped.jsonl gives each reason); {counts['ignored']} other files were ignored."),
        "data_preprocessing_protocol": [
            "Decode (byte-order marks, UTF-8, Arabic legacy encodings) and repair (ftfy without "
            "restyling, invisible and bidi controls removed); the encoding and repairs are recorded per row.",
            "Cleaning rules, in order: " + ", ".join(steps) + ". Lines removed per rule: "
            + (removed or "none") + ". Every removed line is kept in `removed`.",
            f"Duplicates marked, never dropped: {counts['exact_duplicates']} exact and "
            f"{counts['near_duplicates']} near (MinHash LSH) duplicates carry `duplicate_of`.",
        ],
        "personal_sensitive_information": [
            "Commenters' usernames are never published: each is replaced by a pseudonym consistent "
            "only within one article (commenter 1, commenter 2, ...).",
            "Comment texts were not moderated and may mention people; article texts name public "
            "figures as news does.",
        ],
        "data_limitations": [
            "The cleaning rules are heuristics: a short line before the first or after the last "
            "paragraph can be taken as page furniture (it stays in `removed`).",
            "`title` is null when no line reads as a headline; languages come from langdetect and "
            "are less reliable for short texts.",
            "The texts remain the copyright of their publishers and credited agencies; no licence to "
            "republish them is given.",
        ],
    }


def config_globs(data) -> dict[str, list[str]]:
    """Config name -> its data_files paths (globs), in the order of SCHEMAS."""
    declared = {c["config_name"]: [f["path"] for f in c["data_files"]] for c in data.get("configs") or []}
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


def _file_set_id(config: str) -> str:
    return f"{config}-parquet"
