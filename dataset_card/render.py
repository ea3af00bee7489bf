"""Fill the card template from the release manifest (`cleaning.manifest.release_manifest`) and
the one record schema: a plain dict, so the card of a release folder can be rendered again from
its `release.json` alone, to the same bytes. Nothing here reads a run's objects, the release
folder or another rendered file (Croissant and the review page take the same dict).

The YAML header is built with huggingface_hub's DatasetCardData; its `dataset_info` (features,
splits, sizes) is written in the form `datasets` reads back (tests check that `load_dataset`
reads exactly the configs and features written here), without importing `datasets` (and pandas)
into a run.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pyarrow as pa
from huggingface_hub import DatasetCard, DatasetCardData

from cleaning.schema import FIELD_DOCS, SCHEMAS

TEMPLATE = Path(__file__).with_name("template.md")
EXAMPLE_TEXT_CHARS = 300


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def hub_languages(manifest: dict) -> list[str]:
    """The languages of the published rows as Hub codes (ISO 639-1; langdetect's zh-cn -> zh),
    most frequent first; rows too short to tell are not a language."""
    codes: dict[str, int] = {}
    for lang, n in manifest["languages"]:
        if lang and not lang.startswith("("):
            code = lang.split("-")[0]
            codes[code] = codes.get(code, 0) + n
    return [code for code, _ in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))]


def card_data(manifest: dict) -> DatasetCardData:
    dataset, configs = manifest["dataset"], manifest["configs"]
    languages = hub_languages(manifest)
    license_fields = {"license": dataset["license"]}
    if dataset["license"] == "other":
        license_fields.update(license_name=dataset["license_name"], license_link=dataset["license_link"])
    data = DatasetCardData(
        pretty_name=dataset["name"],
        **license_fields,
        language=languages,
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        task_categories=["text-generation", "fill-mask"],
        task_ids=["language-modeling", "masked-language-modeling"],
        size_categories=[size_category(manifest["counts"]["published"])],
        source_datasets=["original"],
        tags=["news"] + (["arabic"] if "ar" in languages else []) + ["web-scraped", "cleaned"],
        version=manifest["version"],
        configs=[
            {
                "config_name": config,
                "data_files": [{"split": "train", "path": f"{configs[config]['dir']}/train-*.parquet"}],
                **({"default": True} if config == "default" else {}),
            }
            for config in SCHEMAS
        ],
    )
    data["dataset_info"] = [
        {
            "config_name": config,
            "features": features_yaml(SCHEMAS[config]),
            "splits": [{"name": "train", "num_bytes": configs[config]["nbytes"],
                        "num_examples": configs[config]["rows"]}],
            "download_size": configs[config]["download_size"],
            "dataset_size": configs[config]["nbytes"],
        }
        for config in sorted(SCHEMAS)
    ]
    return data


# Arrow types as `datasets` names them in a card's `features` (its Value dtypes).
_DTYPES = {pa.string(): "string", pa.large_string(): "large_string", pa.bool_(): "bool",
           pa.int8(): "int8", pa.int16(): "int16", pa.int32(): "int32", pa.int64(): "int64",
           pa.uint8(): "uint8", pa.uint16(): "uint16", pa.uint32(): "uint32", pa.uint64(): "uint64",
           pa.float16(): "float16", pa.float32(): "float32", pa.float64(): "float64"}


def features_yaml(fields) -> list[dict]:
    """A schema's (or struct's) fields as the card's `features` list, the form `datasets` writes."""
    return [{"name": f.name, **_feature(f.type, f.name)} for f in fields]


def _feature(arrow_type: pa.DataType, name: str) -> dict:
    if pa.types.is_list(arrow_type):
        inner = _feature(arrow_type.value_type, name)
        return {"list": inner.get("dtype", inner.get("struct"))} if len(inner) == 1 else {"list": inner}
    if pa.types.is_struct(arrow_type):
        return {"struct": features_yaml(arrow_type)}
    try:
        return {"dtype": _DTYPES[arrow_type]}
    except KeyError:
        raise ValueError(f"{name}: Arrow type {arrow_type} has no card feature mapping here") from None


def _fields(config: str) -> list[dict]:
    docs = FIELD_DOCS[config]
    return [{"name": f.name, "type": str(f.type).replace("<item: ", "<").replace(" not null", ""), "doc": docs[f.name]}
            for f in SCHEMAS[config]]


def card_example(row: dict | None) -> dict | None:
    """The first published row as the card shows it (text, `removed` and `text_lines` shortened),
    for the manifest: the card's own limits, applied once when the manifest is built."""
    if row is None:
        return None
    row = dict(row)
    if len(row["text"]) > EXAMPLE_TEXT_CHARS:
        row["text"] = row["text"][:EXAMPLE_TEXT_CHARS] + " …"
    row["removed"] = row["removed"][:3] + ([{"…": f"{len(row['removed']) - 3} more"}] if len(row["removed"]) > 3 else [])
    row["text_lines"] = row["text_lines"][:5] + (["…"] if len(row["text_lines"]) > 5 else [])
    return row


def _in_schema_order(row: dict) -> dict:
    """The example's fields in the schema's order (and a struct's in its own), whatever order a
    JSON round trip left them in; keys the schema does not name follow, sorted."""
    schema = SCHEMAS["default"]

    def ordered(value: dict, names: list[str]) -> dict:
        return {**{n: value[n] for n in names if n in value}, **{k: value[k] for k in sorted(value) if k not in names}}

    out = ordered(row, schema.names)
    for f in schema:
        if pa.types.is_list(f.type) and pa.types.is_struct(f.type.value_type) and isinstance(out.get(f.name), list):
            names = [child.name for child in f.type.value_type]
            out[f.name] = [ordered(item, names) if isinstance(item, dict) else item for item in out[f.name]]
    return out


def _example(manifest: dict) -> str | None:
    row = manifest.get("example")
    return None if row is None else json.dumps(_in_schema_order(row), ensure_ascii=False, indent=2)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def md_text(value) -> str:
    """A value from the data as inert Markdown text: no HTML, no links, no emphasis, one line.
    `&`, `<` and `>` become entities (never a tag); Markdown's punctuation is backslash-escaped."""
    text = html.escape(" ".join(str(value).split()), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def md_code(value) -> str:
    """A value from the data inside a `code span`: one line, without backticks."""
    return " ".join(str(value).replace("`", "'").split())


def fence_for(text: str) -> str:
    """A code fence longer than any run of backticks in the text, so the text cannot close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as an int; unset, empty or 0 means none. Anything else is an error."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValueError(f"SOURCE_DATE_EPOCH must be a number of seconds, got {value!r}")
    return int(value) or None


REPO_PLACEHOLDER = "OWNER/NAME"  # filled in by `arabic-news-push` in the card it uploads
CHANGED_IDS_SHOWN = 5


def fill_repo_id(card_text: str, repo_id: str, endpoint: str = "https://huggingface.co") -> str:
    """The card as uploaded to `repo_id`: the placeholder in the code sample and the dataset URL
    (citation, links) replaced; nothing else changes."""
    url = f"{endpoint.rstrip('/')}/datasets/{repo_id}"
    text = card_text.replace(f"{HUB_URL}/datasets/{REPO_PLACEHOLDER}", url)
    return text.replace(f'"{REPO_PLACEHOLDER}"', f'"{repo_id}"')


HUB_URL = "https://huggingface.co"


def citation(manifest: dict) -> str:
    """The BibTeX entry: the configured one, else built from the name, curators, URL and date."""
    dataset, version, date = manifest["dataset"], manifest["version"], manifest["date"]
    if dataset["citation"]:
        return dataset["citation"]
    key = "arabic_news_clean_" + version.replace(".", "_")
    url = dataset["homepage"] or f"{HUB_URL}/datasets/{REPO_PLACEHOLDER}"
    fields = [("title", "{" + _bibtex(dataset["name"]) + "}")]
    if dataset["curators"]:
        fields.append(("author", "{" + " and ".join(_bibtex(c) for c in dataset["curators"]) + "}"))
    fields += [("howpublished", "{\\url{" + url + "}}"), ("note", "{Version " + version + "}")]
    if date:
        fields.append(("year", "{" + date[:4] + "}"))
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name:<{width}} = {value}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


def _bibtex(text: str) -> str:
    return re.sub(r"([{}\\&%$#_])", r"\\\1", " ".join(text.split()))


CHANGE_KINDS = ("added", "removed", "changed")


def first_ids(entry: dict) -> dict[str, list[str]]:
    """A `changelog.json` entry's first few ids of each kind, as the manifest keeps them for the
    card (`changelog.json` keeps them all)."""
    return {kind: list((entry.get(f"{kind}_ids") or [])[:CHANGED_IDS_SHOWN]) for kind in CHANGE_KINDS}


def _changes(entry: dict | None) -> list[dict]:
    """The newest changelog entry's first ids of each kind and how many more, for the card."""
    if not entry or not entry.get("previous"):
        return []
    out = []
    for kind in CHANGE_KINDS:
        ids = (entry.get("first_ids") or {}).get(kind) or []
        if ids:
            out.append({"kind": kind, "ids": [md_code(i) for i in ids], "more": entry[kind] - len(ids)})
    return out


def render_card(manifest: dict, repo_hint: str = REPO_PLACEHOLDER) -> DatasetCard:
    """The card, from the release manifest alone (`cleaning.manifest.release_manifest`)."""
    data = card_data(manifest)
    dataset, counts = manifest["dataset"], manifest["counts"]
    example = _example(manifest)
    cite = citation(manifest)
    named = lambda pairs: [(value, n) for value, n in pairs if not value.startswith("(")]  # noqa: E731
    changelog = manifest["changelog"]
    return DatasetCard.from_template(
        data,
        template_path=str(TEMPLATE),
        version=manifest["version"],
        published=counts["published"],
        docs_in=counts["pages_read"],
        ignored=counts["ignored"],
        skipped=counts["skipped"],
        description=md_text(dataset["description"]) if dataset["description"] else None,
        curators=[md_text(c) for c in dataset["curators"]],
        homepage=dataset["homepage"],
        license_link=dataset["license_link"],
        license_id=dataset["license"],
        named_sites=sum(n for _, n in named(manifest["sites"])),
        detected=sum(n for _, n in named(manifest["languages"])),
        hub_languages=list(data.language or []),
        changes=_changes(changelog[0] if changelog else None),
        citation=cite,
        citation_fence=fence_for(cite),
        release_date=manifest["date"],
        dated=counts["dated_pages"],
        first_date=manifest["period"]["first"],
        last_date=manifest["period"]["last"],
        num_comments=counts["comments"],
        words=counts["words"],
        languages=[(md_code(k), n) for k, n in manifest["languages"]],
        sites=[(md_text(k), n) for k, n in named(manifest["sites"])],
        sources=[(md_text(k), n) for k, n in manifest["sources"]],
        encodings=[(md_code(k), n) for k, n in manifest["encodings"]],
        fixes=[(md_code(k), n) for k, n in manifest["fixes"]],
        configs=[{"name": c, "dir": manifest["configs"][c]["dir"], "rows": manifest["configs"][c]["rows"],
                  "paths": sorted(manifest["configs"][c]["files"])} for c in SCHEMAS],
        article_fields=_fields("default"),
        comment_fields=_fields("comments"),
        rules=manifest["rules"],
        changelog=changelog,
        duplicates={"exact": counts["exact_duplicates"], "near": counts["near_duplicates"]},
        near_threshold=manifest["near_threshold"] or "— (near-duplicate marking off)",
        example=example,
        example_fence=fence_for(example or ""),
        repo_hint=repo_hint,
        pin=True,
    )


def write_card(release_dir: Path, manifest: dict) -> Path:
    path = Path(release_dir) / "README.md"
    path.write_text(str(render_card(manifest)), encoding="utf-8")
    return path
