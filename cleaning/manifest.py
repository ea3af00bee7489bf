"""What a release folder is made of, and its one manifest, `release.json`.

The manifest is built once from the run (`release_manifest`): version, release date, the dataset's
configuration (name, licence, curators, ...), the run's counts (`RunStats.counts`), the rules
with the lines each took, languages, sites, agencies, encodings and repairs, duplicates, the
period the pages' dates cover, each config's Parquet files with their sizes and sha256, the
example row the card shows, and the version history (`changelog.json` without its id lists; the
newest entry keeps the first ids of each kind). The card, Croissant and the review page are
rendered from it alone (`dataset_card`), and never from each other.

`write_manifest` then adds `files`, every other file of the folder with its size and sha256, and
writes `release.json` last. It is how a folder is recognised as a release of ours (`--overwrite`
replaces nothing else), where a release's version is read (`versions.release_version`), what the
review page is rebuilt from (`arabic-news-review`), and what `arabic-news-push` uploads (nothing
else, and only with matching hashes).

Keys: `format`, `version`, `files`, `counts` mean what they meant before the rest was added:
  date        the release date, YYYY-MM-DD (never the clock: `release.release_date`)
  dataset     name, description, license, license_name, license_link, curators, homepage, citation
  counts      pages_read, published, skipped, ignored, comments, words, lines_removed,
              exact_duplicates, near_duplicates, dated_pages
  rules       [{rule, step, description, lines}] in pipeline order (`data/rules.tsv`), then any
              undocumented rule (step "?")
  languages, sites, sources, encodings, fixes
              [[value, pages], ...] most frequent first (ties in the order first published)
  near_threshold  the Jaccard threshold near duplicates were marked at (null: exact duplicates only)
  period      {first, last}: the publication dates the dated pages (counts.dated_pages) cover
  configs     {config: {dir, rows, nbytes, download_size, files: {path: {bytes, sha256}}}}
  example     the first published row as the card shows it (shortened), or null
  changelog   [{version, previous, documents, added, removed, changed, unchanged, schema_changes}]
              newest first; the newest also has first_ids: {added, removed, changed}
  files       {path: {bytes, sha256}} for every file but release.json
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

# The files of a release that other modules name: each name is defined here only.
CHANGELOG = "changelog.json"
SKIPPED_REPORT = "skipped.jsonl"
MANIFEST = "release.json"
MANIFEST_FORMAT = "arabic-news-clean release"
UNDOCUMENTED_STEP = "?"  # the step of a rule that `data/rules.tsv` does not describe
_ID_LISTS = ("added_ids", "removed_ids", "changed_ids")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _entry(path: Path) -> dict:
    return {"bytes": path.stat().st_size, "sha256": file_sha256(path)}


def _dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def release_manifest(stats, release: Path) -> dict:
    """The release's facts, built once from the run (`RunStats`, its public attributes) and the
    Parquet files it wrote in `release`: everything the card, Croissant and the review page say.
    Returned in its JSON form (as `release.json` will hold it), so a page rendered from this dict
    and one rendered from the folder's `release.json` later are the same bytes."""
    from cleaning.rules import rule_descriptions
    from dataset_card.render import card_example, first_ids

    config = stats.config
    if config is None:
        from dataset_card.config import ReleaseConfig

        config = ReleaseConfig()
    described = rule_descriptions()
    rules = [{"rule": rule, "step": step, "description": text, "lines": stats.rule_lines.get(rule, 0)}
             for rule, (step, text) in described.items()]
    rules += [{"rule": rule, "step": UNDOCUMENTED_STEP, "description": "(undocumented rule)", "lines": n}
              for rule, n in sorted(stats.rule_lines.items()) if rule not in described]
    changelog = [{k: v for k, v in entry.items() if k not in _ID_LISTS} for entry in stats.changelog]
    if changelog:
        changelog[0]["first_ids"] = first_ids(stats.changelog[0])
    document = {
        "format": MANIFEST_FORMAT,
        "version": stats.version,
        "date": stats.date,
        "dataset": {"name": config.name, "description": config.description, "license": config.license,
                    "license_name": config.license_name, "license_link": config.link,
                    "curators": list(config.curators), "homepage": config.homepage, "citation": config.citation},
        "counts": stats.counts(),
        "rules": rules,
        **{name: [[value, n] for value, n in getattr(stats, name).most_common()]
           for name in ("languages", "sites", "sources", "encodings", "fixes")},
        "near_threshold": stats.near_threshold or None,
        "period": {"first": stats.first_date, "last": stats.last_date},
        "configs": {config_name: {"dir": info["paths"][0].split("/")[0], "rows": info["rows"],
                                  "nbytes": info["nbytes"], "download_size": info["download_size"],
                                  "files": {p: _entry(Path(release) / p) for p in info["paths"]}}
                    for config_name, info in stats.files.items()},
        "example": card_example(stats.example),
        "changelog": changelog,
    }
    return json.loads(_dumps(document))


def write_manifest(release: Path, manifest: dict) -> Path:
    """Write `release.json`: the manifest (`release_manifest`) with `files`, every file of the
    release (path, bytes, sha256) but itself, added last, after the card, Croissant and review
    page were rendered from it. A `files` the manifest already has is listed again."""
    release = Path(release)
    document = dict(manifest)
    files = {}
    for path in sorted(release.rglob("*")):
        rel = path.relative_to(release).as_posix()
        if rel != MANIFEST and path.is_file() and not path.is_symlink():
            files[rel] = _entry(path)
    document["files"] = files
    path = release / MANIFEST
    path.write_text(_dumps(document), encoding="utf-8")
    return path


def update_manifest(release: Path, name: str) -> None:
    """Record the new bytes of one listed file (a review page rebuilt in place)."""
    path = Path(release) / MANIFEST
    document = json.loads(path.read_text(encoding="utf-8"))
    document["files"][name] = _entry(Path(release) / name)
    path.write_text(_dumps(document), encoding="utf-8")


def manifest_document(release: Path) -> dict | None:
    """`release.json` as written by this tool (format checked), or None."""
    path = Path(release) / MANIFEST
    try:
        if path.is_symlink() or not path.is_file():
            return None
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
        return None
    return document


def read_manifest(release: Path) -> dict | None:
    """The manifest's {path: {"bytes", "sha256"}}, or None when the folder has no valid one."""
    document = manifest_document(release)
    files = document.get("files") if document is not None else None
    return files if isinstance(files, dict) else None
