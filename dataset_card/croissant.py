"""Croissant (JSON-LD) metadata for a release, written beside the card as `croissant.json`.

Rendered from the release manifest alone (`cleaning.manifest.release_manifest`), like the card
and from the same dict (never parsed back out of the card, never reading the release folder):
name, licence, curators, homepage and citation from its `dataset`; counts from its `counts`; the
Parquet files with their sizes and sha256 from its `configs`; the configs' globs from
`render.card_data`; field names, types and meanings from `cleaning.schema` (SCHEMAS, FIELD_DOCS);
the Responsible-AI fields (dataCollection, dataPreprocessingProtocol,
personalSensitiveInformation, dataLimitations) from its counts and rules. Nothing is typed twice.

Layout (Croissant 1.1, written directly as JSON-LD in the form mlcroissant writes it; the tests
validate it with mlcroissant, which is a test extra, not a dependency):
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

import json
from pathlib import Path

import pyarrow as pa

from cleaning.schema import FIELD_DOCS, SCHEMAS

CROISSANT_VERSION = "http://mlcommons.org/croissant/1.1"
PARQUET = "application/x-parquet"
FILENAME = "croissant.json"
SCALAR_TYPES = {
    pa.string(): "sc:Text", pa.large_string(): "sc:Text", pa.bool_(): "sc:Boolean",
    pa.int8(): "cr:Int8", pa.int16(): "cr:Int16", pa.int32(): "cr:Int32", pa.int64(): "cr:Int64",
    pa.uint8(): "cr:UInt8", pa.uint16(): "cr:UInt16", pa.uint32(): "cr:UInt32", pa.uint64(): "cr:UInt64",
    pa.float16(): "cr:Float16", pa.float32(): "cr:Float32", pa.float64(): "cr:Float64",
}
# The standard @context, as mlcroissant writes it.
CONTEXT = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
    "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/", "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"}, "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty", "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract", "field": "cr:field", "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject", "fileSet": "cr:fileSet", "format": "cr:format",
    "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset", "jsonPath": "cr:jsonPath",
    "key": "cr:key", "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path",
    "recordSet": "cr:recordSet", "references": "cr:references", "regex": "cr:regex",
    "repeated": "cr:repeated", "replace": "cr:replace", "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/", "separator": "cr:separator", "source": "cr:source",
    "subField": "cr:subField", "transform": "cr:transform",
}


def _node(**properties) -> dict:
    """A JSON-LD node as mlcroissant writes one: empty values left out, a list of one written
    as its item (except the lists `distribution`, `field` and `recordSet`), keys sorted."""
    out = {}
    for key, value in properties.items():
        if isinstance(value, list) and len(value) == 1 and key not in ("distribution", "field", "recordSet"):
            value = value[0]
        if value or isinstance(value, bool):
            out[key] = value
    return dict(sorted(out.items()))


def write_croissant(release_dir: Path, manifest: dict) -> Path:
    """Write `croissant.json` into `release_dir`, rendered from the release manifest."""
    path = Path(release_dir) / FILENAME
    document = croissant_jsonld(manifest)
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def croissant_jsonld(manifest: dict) -> dict:
    """The Croissant document as JSON-LD, from the release manifest (the dict the card is
    rendered from, never the card itself)."""
    from .render import card_data, citation, hub_languages

    dataset = manifest["dataset"]
    globs = config_globs(card_data(manifest))
    listed = {path: entry for name in globs for path, entry in manifest["configs"][name]["files"].items()}
    files = [file_object(path, listed[path]) for path in sorted(listed)]
    file_sets = [
        _node(**{"@id": _file_set_id(name), "@type": "cr:FileSet", "name": _file_set_id(name),
                 "description": f"Parquet files of the `{name}` configuration.",
                 "encodingFormat": [PARQUET], "includes": patterns})
        for name, patterns in globs.items()
    ]
    rai = responsible_ai(manifest)
    license_ = (dataset["license_link"] or dataset["license_name"] or dataset["license"]
                if dataset["license"] == "other" else dataset["license"])
    document = _node(**{
        "@type": "sc:Dataset",
        "name": dataset["name"],
        "description": description(manifest),
        "license": [license_],
        "version": manifest["version"],
        "citeAs": citation(manifest),
        "datePublished": manifest["date"],  # never the clock: see cleaning.release.release_date
        "url": dataset["homepage"],
        "inLanguage": hub_languages(manifest),
        "creator": [{"@type": "sc:Person", "name": name} for name in dataset["curators"]],
        "distribution": files + file_sets,
        "recordSet": [record_set(name) for name in globs],
        "conformsTo": CROISSANT_VERSION,
        **{f"rai:{key}": value for key, value in rai.items()},
    })
    return {"@context": CONTEXT, **document}


def description(manifest: dict) -> str:
    counts = manifest["counts"]
    text = (f"News articles scraped from the web and cleaned: {counts['published']} articles "
            f"(config `default`) and {counts['comments']} reader comments under pseudonyms "
            "(config `comments`); page furniture, comments and attribution lines taken out and "
            "kept per article in `removed` with the rule that took them.")
    summary = manifest["dataset"]["description"]
    return f"{summary} {text}" if summary else text


def responsible_ai(manifest: dict) -> dict:
    """The Responsible-AI fields the run knows, with its own counts."""
    from cleaning.manifest import UNDOCUMENTED_STEP

    counts = manifest["counts"]
    steps = [r["rule"] for r in manifest["rules"] if r["step"] != UNDOCUMENTED_STEP]
    removed = "; ".join(f"{rule}: {n}" for rule, n in sorted((r["rule"], r["lines"]) for r in manifest["rules"] if r["lines"]))
    return {
        "dataCollection": (
            f"Raw article pages saved by a scraper, one .txt file per page. {counts['pages_read']} "
            f"pages were read, {counts['published']} published and {counts['skipped']} skipped "
            f"(skipped.jsonl gives each reason); {counts['ignored']} other files were ignored."),
        "dataPreprocessingProtocol": [
            "Decode (byte-order marks, UTF-8, Arabic legacy encodings) and repair (ftfy without "
            "restyling, invisible and bidi controls removed); the encoding and repairs are recorded per row.",
            "Cleaning rules, in order: " + ", ".join(steps) + ". Lines removed per rule: "
            + (removed or "none") + ". Every removed line is kept in `removed`.",
            f"Duplicates marked, never dropped: {counts['exact_duplicates']} exact and "
            f"{counts['near_duplicates']} near (MinHash LSH) duplicates carry `duplicate_of`.",
        ],
        "personalSensitiveInformation": [
            "Commenters' usernames are never published: each is replaced by a pseudonym consistent "
            "only within one article (commenter 1, commenter 2, ...).",
            "Comment texts were not moderated and may mention people; article texts name public "
            "figures as news does.",
        ],
        "dataLimitations": [
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


def file_object(path: str, entry: dict) -> dict:
    """One Parquet file as the manifest lists it ({"bytes", "sha256"})."""
    return _node(**{"@id": path, "@type": "cr:FileObject", "name": path, "contentUrl": path,
                    "encodingFormat": [PARQUET], "sha256": entry["sha256"],
                    "contentSize": f"{entry['bytes']} B"})


def record_set(config: str) -> dict:
    docs = FIELD_DOCS[config]
    fields = [field(config, f"{config}/{f.name}", f.name, f.type, docs[f.name], column=f.name)
              for f in SCHEMAS[config]]
    return _node(**{"@id": config, "@type": "cr:RecordSet", "name": config,
                    "description": f"The `{config}` configuration.", "field": fields})


def field(config: str, field_id: str, name: str, arrow_type: pa.DataType, description: str | None,
          column: str, json_path: str | None = None) -> dict:
    """One Croissant field for an Arrow type; lists become arrays, structs become subFields."""
    is_array = pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type)
    item = arrow_type.value_type if is_array else arrow_type
    common = {"@id": field_id, "@type": "cr:Field", "name": name, "description": description}
    if is_array:
        common.update({"cr:isArray": True, "cr:arrayShape": "-1"})
    if pa.types.is_struct(item):
        if json_path is not None:
            raise ValueError(f"{field_id}: nested structs are not mapped to Croissant")
        subs = [field(config, f"{field_id}/{child.name}", child.name, child.type, None,
                      column=column, json_path=child.name) for child in item]
        return _node(**common, subField=subs)
    source = _node(fileSet={"@id": _file_set_id(config)}, extract={"column": column},
                   transform={"jsonPath": json_path} if json_path else None)
    return _node(**common, dataType=[data_type(item, field_id)], source=source)


def data_type(arrow_type: pa.DataType, field_id: str) -> str:
    try:
        return SCALAR_TYPES[arrow_type]
    except KeyError:
        raise ValueError(f"{field_id}: Arrow type {arrow_type} has no Croissant mapping here") from None


def _file_set_id(config: str) -> str:
    return f"{config}-parquet"
