"""Release versions: which version a release folder holds, which one came before, what changed.

The one place a version is read from a folder (`release_version`; `shown_version` for the review
page of a folder that is not a whole release): the card, Croissant and review page take it from
the release manifest, and `arabic-news-push` from here.

Each release carries `changelog.json`: its own entry (documents added, removed and changed by
content hash, and schema changes, against the previous release) followed by the previous
release's entries, so the card can show the whole version history.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .manifest import CHANGELOG, manifest_document

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
_CARD_VERSION = re.compile(r"^version:\s*['\"]?([0-9.]+)['\"]?\s*$", re.MULTILINE)
_BODY_VERSION = re.compile(r"\*\*Version (\d+\.\d+\.\d+)\*\*")
_FOLDER_VERSION = re.compile(r"v?(\d+\.\d+\.\d+)")


def parse_version(text: str) -> tuple[int, int, int]:
    match = SEMVER.match(text)
    if not match:
        raise ValueError(f"not a semantic version X.Y.Z: {text!r}")
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def release_version(folder: Path) -> str | None:
    """The version of a release folder, or None if it is not one: the one place a version is read.

    From `release.json` (the manifest, written from the run); for a release older than the
    manifest, from its card: the YAML `version`, else the body's "**Version X.Y.Z**" line.
    """
    folder = Path(folder)
    document = manifest_document(folder)
    if document is not None and SEMVER.match(str(document.get("version", ""))):
        return document["version"]
    card = folder / "README.md"
    if not card.is_file():
        return None
    try:
        text = card.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    header = text.split("\n---", 1)[0] if text.startswith("---") else ""
    match = _CARD_VERSION.search(header) or _BODY_VERSION.search(text)
    return match.group(1) if match and SEMVER.match(match.group(1)) else None


def shown_version(folder: Path, changelog: list[dict] | None = None) -> str | None:
    """The version to show for a folder that may not be a whole release (the review page of a
    folder of Parquet files): `release_version`, else the newest changelog entry's, else a folder
    name such as `v1.0.0`. Never used to decide anything: `release_version` says what a release is."""
    version = release_version(folder)
    if version is None and changelog:
        version = changelog[0]["version"]
    found = None if version else _FOLDER_VERSION.fullmatch(Path(folder).name)
    return found.group(1) if found else version


def find_previous(output_dir: Path, version: str) -> Path | None:
    """The newest release older than `version` among the output's sibling folders."""
    target = parse_version(version)
    candidates = []
    for folder in Path(output_dir).parent.iterdir():
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        found = release_version(folder)
        if found and parse_version(found) < target:
            candidates.append((parse_version(found), folder))
    return max(candidates)[1] if candidates else None


def _id_hashes(release: Path) -> pa.Table:
    files = sorted((release / "data").glob("*.parquet"))
    if not files:
        return pa.table({"id": pa.array([], pa.string()), "text_sha256": pa.array([], pa.string())})
    return pa.concat_tables(pq.read_table(f, columns=["id", "text_sha256"]) for f in files)


def _schema_fields(release: Path, config_dir: str) -> dict[str, str]:
    files = sorted((release / config_dir).glob("*.parquet"))
    if not files:
        return {}
    return {f.name: str(f.type) for f in pq.read_schema(files[0])}


def changelog_entry(previous: Path, current: Path, version: str, config_dirs: dict[str, str]) -> dict:
    """Compare two releases by document id and content hash, and by schema."""
    old, new = _id_hashes(previous), _id_hashes(current)
    joined = new.join(old, keys="id", join_type="full outer", left_suffix="_new", right_suffix="_old")
    new_hash, old_hash = joined["text_sha256_new"], joined["text_sha256_old"]
    both = pc.and_(pc.is_valid(new_hash), pc.is_valid(old_hash))

    def ids(mask) -> list[str]:
        return sorted(joined.filter(mask)["id"].to_pylist())

    added_ids = ids(pc.and_(pc.is_valid(new_hash), pc.is_null(old_hash)))
    removed_ids = ids(pc.and_(pc.is_null(new_hash), pc.is_valid(old_hash)))
    changed_ids = ids(pc.and_(both, pc.not_equal(new_hash, old_hash)))
    added, removed, changed = len(added_ids), len(removed_ids), len(changed_ids)
    schema_changes = []
    for config, folder in sorted(config_dirs.items()):
        before, after = _schema_fields(previous, folder), _schema_fields(current, folder)
        schema_changes += [f"{config}: added field `{n}` ({after[n]})" for n in after if n not in before]
        schema_changes += [f"{config}: removed field `{n}`" for n in before if n not in after]
        schema_changes += [f"{config}: field `{n}` changed from {before[n]} to {after[n]}"
                           for n in after if n in before and before[n] != after[n]]
    return {
        "version": version,
        "previous": release_version(previous),
        "documents": new.num_rows,
        "added": added,
        "removed": removed,
        "changed": changed,
        "unchanged": new.num_rows - added - changed,
        "schema_changes": schema_changes,
        "added_ids": added_ids,
        "removed_ids": removed_ids,
        "changed_ids": changed_ids,
    }


def first_entry(current: Path, version: str) -> dict:
    ids = sorted(_id_hashes(current)["id"].to_pylist())
    return {"version": version, "previous": None, "documents": len(ids),
            "added": len(ids), "removed": 0, "changed": 0, "unchanged": 0,
            "schema_changes": [], "added_ids": ids, "removed_ids": [], "changed_ids": []}


def read_changelog(release: Path) -> list[dict]:
    path = Path(release) / CHANGELOG
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def write_changelog(release: Path, entries: list[dict]) -> None:
    text = json.dumps(entries, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (Path(release) / CHANGELOG).write_text(text, encoding="utf-8")
