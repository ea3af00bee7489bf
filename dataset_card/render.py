"""Fill the card template from a run's statistics and the one record schema.

The YAML header is built with huggingface_hub's DatasetCardData and `datasets`' own
DatasetInfosDict, so `load_dataset` reads back exactly the configs and features written here.
"""

from __future__ import annotations

import html
import json
import os
import re
import time
from pathlib import Path

from datasets import DatasetInfo, Features, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard, DatasetCardData

from cleaning.rules import rule_descriptions
from cleaning.schema import FIELD_DOCS, SCHEMAS

TEMPLATE = Path(__file__).with_name("template.md")
PRETTY_NAME = "Arabic News Articles (cleaned)"
LICENSE_NAME = "publishers-copyright"
EXAMPLE_TEXT_CHARS = 300


def size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                         (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def card_data(stats) -> DatasetCardData:
    data = DatasetCardData(
        pretty_name=PRETTY_NAME,
        license="other",
        license_name=LICENSE_NAME,
        language=["ar"],
        multilinguality="monolingual",
        task_categories=["text-generation", "fill-mask"],
        task_ids=["language-modeling", "masked-language-modeling"],
        size_categories=[size_category(stats.published)],
        source_datasets=["original"],
        tags=["news", "arabic", "web-scraped", "cleaned"],
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
    infos = DatasetInfosDict({
        config: DatasetInfo(
            features=Features.from_arrow_schema(schema),
            splits=SplitDict({"train": SplitInfo(
                name="train",
                num_bytes=stats.files[config]["nbytes"],
                num_examples=stats.files[config]["rows"],
            )}),
            download_size=stats.files[config]["download_size"],
            dataset_size=stats.files[config]["nbytes"],
        )
        for config, schema in SCHEMAS.items()
    })
    infos.to_dataset_card_data(data)
    return data


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


def render_card(stats, repo_hint: str = "OWNER/NAME") -> DatasetCard:
    data = card_data(stats)
    epoch = source_date_epoch()
    example = _example(stats)
    return DatasetCard.from_template(
        data,
        template_path=str(TEMPLATE),
        version=stats.version,
        published=stats.published,
        docs_in=stats.docs_in,
        skipped=stats.skipped,
        num_comments=stats.comments,
        words=stats.words,
        languages=[(md_code(k), n) for k, n in stats.languages.most_common()],
        sites=[(md_text(k), n) for k, n in stats.sites.most_common()],
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
        year=time.gmtime(epoch).tm_year if epoch else "n.d.",
    )


def write_card(release_dir: Path, stats) -> Path:
    path = Path(release_dir) / "README.md"
    path.write_text(str(render_card(stats)), encoding="utf-8")
    return path
