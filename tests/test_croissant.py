"""croissant.json: valid for mlcroissant, true to the files and the schema, and readable back."""

from __future__ import annotations

import hashlib
import json
import shutil

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

mlc = pytest.importorskip("mlcroissant")

from conftest import SEED_IDS  # noqa: E402
from cleaning.schema import SCHEMAS  # noqa: E402
from dataset_card.croissant import data_type, write_croissant  # noqa: E402

CONFIG_DIRS = {"default": "data", "comments": "comments"}


@pytest.fixture
def release(seed_release, tmp_path, monkeypatch):
    """A private copy of the seed release (the shared one is not modified), with croissant.json."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    copy = tmp_path / "v1.0.0"
    shutil.copytree(seed_release, copy)
    (copy / "croissant.json").unlink(missing_ok=True)
    write_croissant(copy)
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


def test_metadata_comes_from_the_card(release):
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(release / "README.md")
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert doc["name"] == card.data.pretty_name
    assert doc["version"] == "1.0.0"
    assert doc["description"] and doc["description"] in " ".join(card.text.split())
    assert doc["license"] in {card.data.get("license_link"), card.data.get("license_name"), card.data.license}


def test_output_is_byte_identical_and_dated_only_by_source_date_epoch(release, monkeypatch):
    first = (release / "croissant.json").read_bytes()
    assert write_croissant(release).read_bytes() == first
    assert "datePublished" not in json.loads(first)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert json.loads(write_croissant(release).read_bytes())["datePublished"].startswith("2023-11-14")


def test_an_unmapped_arrow_type_is_refused_not_mislabelled():
    with pytest.raises(ValueError, match="timestamp"):
        data_type(pa.timestamp("s"), "default/when")
