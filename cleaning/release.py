"""A folder of raw pages in, a whole release folder out (or none at all): the parts composed.

  reader.py     which files are pages, and their bytes (junk refused with its reason)
  runner.py     the two passes (local processes; engine_ray.py runs them on Ray Data)
  shards.py     rows to Parquet shards
  this module   the release's other files: skipped.jsonl, changelog, licence; then the release
                manifest (manifest.py), built once from the run; the card (dataset_card/render.py),
                Croissant (croissant.py) and review page (review.py) rendered from it alone;
                and last release.json, the manifest with every file's size and sha256
  publisher.py  lock, version policy, temporary folder, atomic swap
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError
from .publisher import check_paths, existing_version, output_locked, publish, working_folder
from .reader import newest_mtime
from .runner import Engine, LocalEngine
from .shards import CONFIG_DIRS
from .stats import RunStats
from .manifest import SKIPPED_REPORT, release_manifest, write_manifest
from .versions import changelog_entry, find_previous, first_entry, read_changelog, release_version, write_changelog
from .settings import SETTINGS

__all__ = ["RunOptions", "RunStats", "UserError", "build_release", "release_date"]


@dataclass
class RunOptions:
    version: str = "1.0.0"
    workers: int = 1
    strict: bool = False
    previous: Path | None = None
    overwrite: bool = False
    progress: bool = False
    near_threshold: float | None = SETTINGS.dedup.near_threshold  # None: exact duplicates only
    engine: str | Engine = "local"  # "local", "ray" (Ray Data, for clusters), or an Engine
    follow_external_links: bool = False  # read *.txt links whose file is outside the input folder
    skip_crashes: bool = False  # a page a cleaner crashes on is skipped instead of failing the run
    config: object = None  # a ReleaseConfig; None: `dataset.toml` in the input folder, else defaults


def engine_for(choice: str | Engine) -> Engine:
    """The engine a run asked for: the local pool, or Ray Data (an optional extra)."""
    if not isinstance(choice, str):
        return choice
    if choice == "ray":
        from .engine_ray import RayEngine  # pip install '.[ray]'

        return RayEngine()
    if choice == "local":
        return LocalEngine()
    raise ValueError(f"unknown engine {choice!r}")


def build_release(input_dir: Path, output_dir: Path, version: str = "1.0.0", **options) -> RunStats:
    """Clean every page under `input_dir` into a release at `output_dir`, atomically.

    A published version is never rewritten silently: if `output_dir` already holds this version,
    the new build must be byte-identical (then nothing changes) unless `overwrite` is set.
    """
    opts = RunOptions(version=version, **options)
    input_dir, output_dir = Path(input_dir).resolve(), Path(output_dir).resolve()
    check_paths(input_dir, output_dir)
    with output_locked(output_dir):
        existing = existing_version(output_dir, opts.version, opts.overwrite)
        previous = Path(opts.previous).resolve() if opts.previous else find_previous(output_dir, opts.version)
        if previous is not None and release_version(previous) is None:
            raise UserError(f"--previous {previous} is not a release folder (no card with a version)")
        with working_folder(output_dir) as temp:
            stats = write_release(input_dir, temp, opts, previous)
            if opts.strict and stats.skipped:
                raise UserError(f"--strict: {len(stats.skipped)} file(s) could not be published; "
                                f"first: {stats.skipped[0]['id']}: {stats.skipped[0]['reason']}")
            if stats.published == 0:
                raise UserError("no page could be published; the previous release (if any) is unchanged")
            stats.unchanged = not publish(temp, output_dir, opts.version, existing, opts.overwrite)
    return stats


def write_release(input_dir: Path, temp: Path, opts: RunOptions, previous: Path | None) -> RunStats:
    """Everything a release holds, in `temp`: both configs, the reports, changelog, licence; then
    the manifest, built once from the run; card, Croissant and review page rendered from it; and
    release.json, the manifest with the files list (every file's size and sha256) added last."""
    from dataset_card.config import LICENSE_FILE, load_config
    from dataset_card.croissant import write_croissant
    from dataset_card.render import write_card
    from dataset_card.review import write_review

    config = opts.config if opts.config is not None else load_config(None, input_dir)
    stats = RunStats(version=opts.version, near_threshold=opts.near_threshold, config=config)
    engine_for(opts.engine).write_configs(input_dir, temp, opts, stats)
    stats.date = release_date(config, input_dir)
    if stats.docs_in == 0:
        raise UserError(f"no *.txt files under {input_dir}")
    report = stats.skipped + [{"id": name, "reason": "ignored: not a *.txt page"} for name in stats.ignored]
    (temp / SKIPPED_REPORT).write_text(
        "".join(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n" for s in report), encoding="utf-8"
    )
    if previous is None:
        stats.changelog = [first_entry(temp, opts.version)]
    else:
        entry = changelog_entry(previous, temp, opts.version, CONFIG_DIRS)
        stats.changelog = [entry] + [e for e in read_changelog(previous) if e["version"] != opts.version]
    write_changelog(temp, stats.changelog)
    if config.writes_license_file:
        write_license(temp / LICENSE_FILE, config)
    manifest = release_manifest(stats, temp)
    write_card(temp, manifest)
    write_croissant(temp, manifest)
    write_review(temp, manifest=manifest)
    write_manifest(temp, manifest)  # last: lists every file above with its sha256
    return stats


def release_date(config, input_dir: Path) -> str:
    """The release date, never the clock, so a rebuild gives the same bytes: SOURCE_DATE_EPOCH
    when set, else the configuration's `date`, else the day the newest page file was last
    modified (the same input files give the same date)."""
    from dataset_card.render import source_date_epoch

    epoch = source_date_epoch()
    if epoch:
        return time.strftime("%Y-%m-%d", time.gmtime(epoch))
    if config.date:
        return config.date
    return time.strftime("%Y-%m-%d", time.gmtime(int(newest_mtime(input_dir))))


def write_license(path: Path, config) -> None:
    """The release's LICENSE.md for `license: other` without a link (the Hub asks for a link)."""
    path.write_text(
        f"# Licence: {config.license_name}\n\n"
        "The cleaning code is open source (Apache-2.0). The texts are not: each article remains the\n"
        "copyright of its publisher and, where credited, of the news agencies named in `sources` and\n"
        "`source_line`. This dataset is shared for research on language technology (text and data\n"
        "mining); it carries no licence to republish the articles. Cite the publisher and agency when\n"
        "quoting an article, and ask for removal of any page on the dataset's discussion page.\n",
        encoding="utf-8")
