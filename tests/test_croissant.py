"""croissant.json: valid for mlcroissant, true to the files and the schema, and readable back."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

mlc = pytest.importorskip("mlcroissant")

from conftest import SEED_IDS, SEEDS  # noqa: E402
from cleaning.schema import SCHEMAS  # noqa: E402
from dataset_card.croissant import data_type  # noqa: E402

CONFIG_DIRS = {"default": "data", "comments": "comments"}


@pytest.fixture
def release(seed_release, tmp_path):
    """A private copy of the seed release (the shared one is not modified), with croissant.json."""
    copy = tmp_path / "v1.0.0"
    shutil.copytree(seed_release, copy)
    return copy


def plain(value):
    """mlcroissant's record values (bytes, numpy scalars, "<config>/<field>" keys) as plain Python."""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, np.ndarray)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {key.rsplit("/", 1)[-1]: plain(v) for key, v in value.items()}
    return value


def test_mlcroissant_validates_it_and_reads_every_row_back(release):
    dataset = mlc.Dataset(jsonld=release / "croissant.json")
    assert not dataset.metadata.issues.errors

    for config, directory in CONFIG_DIRS.items():
        expected = pq.read_table(release / directory).to_pylist()
        records = [plain(r) for r in dataset.records(config)]
        assert records == expected, config
    ids = [plain(r)["id"] for r in dataset.records("default")]
    assert ids == SEED_IDS
    assert len(list(dataset.records("comments"))) == 2


def test_distribution_names_every_parquet_file_with_its_sha256(release):
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    files = {d["contentUrl"]: d for d in doc["distribution"] if d["@type"] == "cr:FileObject"}
    on_disk = sorted(p.relative_to(release).as_posix() for p in release.rglob("*.parquet"))
    assert sorted(files) == on_disk
    for path, entry in files.items():
        data = (release / path).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["contentSize"] == f"{len(data)} B"
        assert entry["encodingFormat"] == "application/x-parquet"


def test_record_sets_follow_the_schema(release):
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    record_sets = {rs["@id"]: rs for rs in doc["recordSet"]}
    assert list(record_sets) == list(SCHEMAS)
    for config, schema in SCHEMAS.items():
        fields = {f["name"]: f for f in record_sets[config]["field"]}
        assert list(fields) == schema.names
        for arrow_field in schema:
            entry = fields[arrow_field.name]
            assert entry.get("cr:isArray", False) == pa.types.is_list(arrow_field.type)  # a cr: term in 1.1
            item = arrow_field.type.value_type if pa.types.is_list(arrow_field.type) else arrow_field.type
            if pa.types.is_struct(item):
                assert [s["name"] for s in entry["subField"]] == [child.name for child in item]
            else:
                assert entry["description"] and entry["dataType"].startswith(("sc:", "cr:"))
    assert fields_of(record_sets, "default", "num_words")["dataType"] == "cr:Int64"
    assert fields_of(record_sets, "comments", "position")["dataType"] == "cr:Int32"


def fields_of(record_sets: dict, config: str, name: str) -> dict:
    return next(f for f in record_sets[config]["field"] if f["name"] == name)


def test_metadata_says_what_the_card_says(release):
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(release / "README.md")
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert doc["name"] == card.data.pretty_name
    assert doc["version"] == "1.0.0"
    assert doc["license"] == card.data.get("license_link") == "LICENSE.md"
    assert doc["inLanguage"] == "ar" and card.data.language == ["ar"]
    bibtex = card.text.split("```bibtex\n", 1)[1].split("\n```", 1)[0]
    assert doc["citeAs"] == bibtex
    assert doc["datePublished"] in card.text  # "released YYYY-MM-DD"


def test_croissant_is_written_without_reading_the_card(tmp_path, monkeypatch):
    """Built from the run: a card that cannot be parsed does not matter to it."""
    import dataset_card.croissant as croissant
    from cleaning.release import build_release

    monkeypatch.setattr(croissant, "DatasetCard", None, raising=False)
    build_release(SEEDS, tmp_path / "v1.0.0", "1.0.0")
    doc = json.loads((tmp_path / "v1.0.0" / "croissant.json").read_text(encoding="utf-8"))
    assert doc["recordSet"] and doc["description"].startswith("News articles")


def test_responsible_ai_fields_and_date_published(release):
    dataset = mlc.Dataset(jsonld=release / "croissant.json")
    assert not dataset.metadata.issues.errors and not dataset.metadata.issues.warnings
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert "5 pages were read, 5 published and 0 skipped" in doc["rai:dataCollection"]
    assert any("pseudonym" in s for s in doc["rai:personalSensitiveInformation"])
    assert any("chrome.most_read: 1" in s for s in doc["rai:dataPreprocessingProtocol"])
    assert doc["rai:dataLimitations"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["datePublished"])


def test_output_is_byte_identical_and_dated_never_by_the_clock(tmp_path, monkeypatch):
    """SOURCE_DATE_EPOCH, else the configured date, else the newest page's day: two builds of the
    same pages a day apart (faked clock) give the same bytes."""
    import time as time_module

    from cleaning.release import build_release

    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    for page in pages.iterdir():
        os.utime(page, (1_600_000_000, 1_600_000_000))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build_release(pages, tmp_path / "a" / "v1.0.0", "1.0.0")
    real = time_module.time
    monkeypatch.setattr(time_module, "time", lambda: real() + 86_400 * 400)
    build_release(pages, tmp_path / "b" / "v1.0.0", "1.0.0")
    first = (tmp_path / "a" / "v1.0.0" / "croissant.json").read_bytes()
    assert (tmp_path / "b" / "v1.0.0" / "croissant.json").read_bytes() == first
    assert json.loads(first)["datePublished"] == "2020-09-13"

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_release(pages, tmp_path / "c" / "v1.0.0", "1.0.0")
    doc = json.loads((tmp_path / "c" / "v1.0.0" / "croissant.json").read_bytes())
    assert doc["datePublished"] == "2023-11-14"


def test_an_unmapped_arrow_type_is_refused_not_mislabelled():
    with pytest.raises(ValueError, match="timestamp"):
        data_type(pa.timestamp("s"), "default/when")


def test_written_without_mlcroissant_in_the_form_mlcroissant_writes(release, tmp_path):
    """croissant.json is written directly (mlcroissant is a test extra): read by mlcroissant and
    written back by it, it is the same document, for the seeds and for a release whose
    configuration names curators, a homepage and a licence."""
    from cleaning.release import build_release
    from dataset_card.config import ReleaseConfig

    configured = tmp_path / "configured"
    config = ReleaseConfig(name="Named", description="Described.", license="cc-by-4.0",
                           curators=("A. Writer", "B. Reader"), homepage="https://example.org/data")
    build_release(SEEDS, configured, "2.0.0", config=config)
    for folder in (release, configured):
        doc = json.loads((folder / "croissant.json").read_text(encoding="utf-8"))
        ctx = mlc.Context()
        again = mlc.Metadata.from_json(ctx, doc).to_json()
        assert not ctx.issues.errors, ctx.issues.errors
        assert json.loads(json.dumps(again, sort_keys=True, default=str)) == doc
