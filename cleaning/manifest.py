"""What a release folder is made of, and its one manifest, `release.json`.

`release.json`, written last, lists every other file with its size and sha256, with the version
and the run's counts (`RunStats.counts`). It is how a folder is recognised as a release of ours
(`--overwrite` replaces nothing else), where a release's version is read (`versions.release_version`)
and its counts (the review page), and what `arabic-news-push` uploads (nothing else, and only
with matching hashes).
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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(release: Path, version: str, counts: dict | None = None) -> Path:
    """List every file of the release (path, bytes, sha256) in `release.json`, with the run's
    counts (`RunStats.counts`: the one source the summary, the card and the review page share)."""
    release = Path(release)
    files = {}
    for path in sorted(release.rglob("*")):
        rel = path.relative_to(release).as_posix()
        if rel != MANIFEST and path.is_file() and not path.is_symlink():
            files[rel] = {"bytes": path.stat().st_size, "sha256": file_sha256(path)}
    document = {"format": MANIFEST_FORMAT, "version": version, "files": files}
    if counts is not None:
        document["counts"] = counts
    path = release / MANIFEST
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def update_manifest(release: Path, name: str) -> None:
    """Record the new bytes of one listed file (a review page rebuilt in place)."""
    path = Path(release) / MANIFEST
    document = json.loads(path.read_text(encoding="utf-8"))
    target = Path(release) / name
    document["files"][name] = {"bytes": target.stat().st_size, "sha256": file_sha256(target)}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_counts(release: Path) -> dict | None:
    """The run's counts recorded in `release.json`, or None (a release older than them)."""
    try:
        document = json.loads((Path(release) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    counts = document.get("counts") if isinstance(document, dict) else None
    return counts if isinstance(counts, dict) else None


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
