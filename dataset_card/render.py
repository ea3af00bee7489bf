"""Fill the card template from a run's statistics and the one record schema.

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

from cleaning.rules import rule_descriptions
from cleaning.schema import FIELD_DOCS, SCHEMAS

TEMPLATE = Path(__file__).with_name("template.md")
EXAMPLE_TEXT_CHARS = 300


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def _config(stats):
    from .config import ReleaseConfig

    return stats.config if stats.config is not None else ReleaseConfig()


def hub_languages(stats) -> list[str]:
    """The languages of the published rows as Hub codes (ISO 639-1; langdetect's zh-cn -> zh),
    most frequent first; rows too short to tell are not a language."""
    codes: dict[str, int] = {}
    for lang, n in stats.languages.most_common():
        if lang and not lang.startswith("("):
            code = lang.split("-")[0]
            codes[code] = codes.get(code, 0) + n
    return [code for code, _ in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))]


def card_data(stats) -> DatasetCardData:
    config = _config(stats)
    languages = hub_languages(stats)
    license_fields = {"license": config.license}
    if config.license == "other":
        license_fields.update(license_name=config.license_name, license_link=config.link)
    data = DatasetCardData(
        pretty_name=config.name,
        **license_fields,
        language=languages,
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        task_categories=["text-generation", "fill-mask"],
        task_ids=["language-modeling", "masked-language-modeling"],
        size_categories=[size_category(stats.published)],
        source_datasets=["original"],
        tags=["news"] + (["arabic"] if "ar" in languages else []) + ["web-scraped", "cleaned"],
        version=stats.version,
        configs=[
            {
                "config_name": config,
                "data_files": [{"split": "train", "path": f"{_config_dir(stats, config)}/train-*.parquet"}],
                **({"default": True} if config == "default" else {}),
            }
            for config in SCHEMAS
        ],
    )
    data["dataset_info"] = [
        {
            "config_name": config,
            "features": features_yaml(SCHEMAS[config]),
            "splits": [{"name": "train", "num_bytes": stats.files[config]["nbytes"],
                        "num_examples": stats.files[config]["rows"]}],
            "download_size": stats.files[config]["download_size"],
            "dataset_size": stats.files[config]["nbytes"],
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


def _config_dir(stats, config: str) -> str:
    return stats.files[config]["paths"][0].split("/")[0]


def _fields(config: str) -> list[dict]:
    docs = FIELD_DOCS[config]
    return [{"name": f.name, "type": str(f.type).replace("<item: ", "<").replace(" not null", ""), "doc": docs[f.name]}
            for f in SCHEMAS[config]]


def _rules(stats) -> list[dict]:
    described = rule_descriptions()
    rows = [{"rule": rule, "step": step, "lines": stats.rule_lines.get(rule, 0), "description": desc}
            for rule, (step, desc) in described.items()]
    rows += [{"rule": rule, "step": "?", "lines": n, "description": "(undocumented rule)"}
             for rule, n in sorted(stats.rule_lines.items()) if rule not in described]
    return rows


def _example(stats) -> str | None:
    if stats.example is None:
        return None
    row = dict(stats.example)
    if len(row["text"]) > EXAMPLE_TEXT_CHARS:
        row["text"] = row["text"][:EXAMPLE_TEXT_CHARS] + " …"
    row["removed"] = row["removed"][:3] + ([{"…": f"{len(row['removed']) - 3} more"}] if len(row["removed"]) > 3 else [])
    row["text_lines"] = row["text_lines"][:5] + (["…"] if len(row["text_lines"]) > 5 else [])
    return json.dumps(row, ensure_ascii=False, indent=2)


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


def citation(stats, config) -> str:
    """The BibTeX entry: the configured one, else built from the name, curators, URL and date."""
    if config.citation:
        return config.citation
    key = "arabic_news_clean_" + stats.version.replace(".", "_")
    url = config.homepage or f"{HUB_URL}/datasets/{REPO_PLACEHOLDER}"
    fields = [("title", "{" + _bibtex(config.name) + "}")]
    if config.curators:
        fields.append(("author", "{" + " and ".join(_bibtex(c) for c in config.curators) + "}"))
    fields += [("howpublished", "{\\url{" + url + "}}"), ("note", "{Version " + stats.version + "}")]
    if stats.date:
        fields.append(("year", "{" + stats.date[:4] + "}"))
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name:<{width}} = {value}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


def _bibtex(text: str) -> str:
    return re.sub(r"([{}\\&%$#_])", r"\\\1", " ".join(text.split()))


def _changes(entry: dict | None) -> list[dict]:
    """The newest changelog entry's ids, the first few of each kind, for the card."""
    if not entry or not entry.get("previous"):
        return []
    out = []
    for kind in ("added", "removed", "changed"):
        ids = entry.get(f"{kind}_ids") or []
        if ids:
            out.append({"kind": kind, "ids": [md_code(i) for i in ids[:CHANGED_IDS_SHOWN]],
                        "more": len(ids) - min(len(ids), CHANGED_IDS_SHOWN)})
    return out


def render_card(stats, repo_hint: str = REPO_PLACEHOLDER) -> DatasetCard:
    data = card_data(stats)
    config = _config(stats)
    example = _example(stats)
    cite = citation(stats, config)
    counts = stats.counts()
    named_sites = sum(n for site, n in stats.sites.items() if not site.startswith("("))
    detected = sum(n for lang, n in stats.languages.items() if not lang.startswith("("))
    return DatasetCard.from_template(
        data,
        template_path=str(TEMPLATE),
        version=stats.version,
        published=counts["published"],
        docs_in=counts["pages_read"],
        ignored=counts["ignored"],
        skipped=stats.skipped,
        description=md_text(config.description) if config.description else None,
        curators=[md_text(c) for c in config.curators],
        homepage=config.homepage,
        license_link=config.link,
        license_id=config.license,
        named_sites=named_sites,
        detected=detected,
        hub_languages=list(data.language or []),
        changes=_changes(stats.changelog[0] if stats.changelog else None),
        citation=cite,
        citation_fence=fence_for(cite),
        release_date=stats.date,
        dated=stats.dated,
        first_date=stats.first_date,
        last_date=stats.last_date,
        num_comments=stats.comments,
        words=stats.words,
        languages=[(md_code(k), n) for k, n in stats.languages.most_common()],
        sites=[(md_text(k), n) for k, n in stats.sites.most_common() if not k.startswith("(")],
        sources=[(md_text(k), n) for k, n in stats.sources.most_common()],
        encodings=[(md_code(k), n) for k, n in stats.encodings.most_common()],
        fixes=[(md_code(k), n) for k, n in stats.fixes.most_common()],
        configs=[{"name": c, "dir": _config_dir(stats, c), **stats.files[c]} for c in SCHEMAS],
        article_fields=_fields("default"),
        comment_fields=_fields("comments"),
        rules=_rules(stats),
        changelog=stats.changelog,
        duplicates=stats.duplicates,
        near_threshold=stats.near_threshold if stats.near_threshold else "— (near-duplicate marking off)",
        example=example,
        example_fence=fence_for(example or ""),
        repo_hint=repo_hint,
        pin=True,
    )


def write_card(release_dir: Path, stats) -> Path:
    path = Path(release_dir) / "README.md"
    path.write_text(str(render_card(stats)), encoding="utf-8")
    return path
