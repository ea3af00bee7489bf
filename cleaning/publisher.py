"""The publisher: where a release may go, and putting it there whole.

It checks the input and output folders, holds the output's lock for the run, applies the version
policy (a published version is never rewritten silently; `--overwrite` replaces only a release of
ours), gives the run a temporary folder beside the output, and swaps the finished release into
place in one step (`atomic.py`), so an interrupted run leaves the previous release untouched.
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import ExitStack, contextmanager
from pathlib import Path

from .atomic import LockedError, commit_point, locked, remove_stale_temporaries, swap_into_place, temporary_for
from .errors import UserError
from .manifest import CHANGELOG, MANIFEST, read_manifest
from .versions import release_version

# Releases written before the manifest existed: these names only, with a card and a changelog.
_LEGACY_FILES = re.compile(r"^(README\.md|LICENSE\.md|changelog\.json|croissant\.json|review\.html|skipped\.jsonl"
                           r"|(data|comments)/train-\d{5}-of-\d{5}\.parquet)$")


def check_paths(input_dir: Path, output_dir: Path) -> None:
    if not input_dir.exists():
        raise UserError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise UserError(f"input is not a folder: {input_dir}")
    try:
        with os.scandir(input_dir):
            pass
    except OSError as error:
        raise UserError(f"cannot read the input folder {input_dir}: {error.strerror or error}") from None
    if output_dir == input_dir or input_dir in output_dir.parents:
        raise UserError(f"output folder {output_dir} is inside the input folder {input_dir}")
    if output_dir in input_dir.parents:
        raise UserError(f"the input folder {input_dir} is inside the output folder {output_dir}")
    if output_dir.exists() and not output_dir.is_dir():
        raise UserError(f"output exists and is not a folder: {output_dir}")
    if output_dir.is_dir() and os.path.ismount(output_dir):
        raise UserError(f"output {output_dir} is a mount point, which cannot be swapped whole: "
                        "choose a folder inside it")


@contextmanager
def output_locked(output_dir: Path):
    """Hold the output's lock for the run (and clear what killed runs left beside it)."""
    with ExitStack() as stack:
        try:
            output_dir.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(locked(output_dir))
        except LockedError as error:
            raise UserError(str(error)) from None
        except OSError as error:
            raise UserError(f"cannot write the output {output_dir}: {error.strerror or error}") from None
        remove_stale_temporaries(output_dir)
        yield


def existing_version(output_dir: Path, version: str, overwrite: bool) -> str | None:
    """What the output folder holds now; refuse to replace something that is not ours to replace."""
    if not output_dir.exists() or not any(output_dir.iterdir()):
        return None
    existing = release_version(output_dir)
    if overwrite:
        reason = not_ours(output_dir)
        if reason:
            raise UserError(f"--overwrite replaces only a release folder written by this tool, and "
                            f"{output_dir} is not one ({reason}): nothing was changed")
        return existing
    if existing is None:
        raise UserError(f"{output_dir} exists and is not a release: choose another --output")
    if existing != version:
        raise UserError(f"{output_dir} holds release {existing}, not {version}: "
                        "choose another --output, or pass --overwrite")
    return existing


@contextmanager
def working_folder(output_dir: Path):
    """The run's temporary folder beside the output, removed at the end whatever happens. Made
    before any work, so an output where we cannot write fails at once, in one line."""
    temp = temporary_for(output_dir)
    try:
        try:
            temp.mkdir()
        except OSError as error:
            raise UserError(f"cannot write beside the output, in {temp.parent}: "
                            f"{error.strerror or error}") from None
        yield temp
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def publish(temp: Path, output_dir: Path, version: str, existing: str | None, overwrite: bool) -> bool:
    """Swap the finished release into place; False when the output already holds these bytes.
    Rebuilding a published version must give the same bytes unless `overwrite`."""
    if existing == version and not overwrite:
        if not same_tree(temp, output_dir):
            raise UserError(
                f"{output_dir} already holds a different release {existing}; a published "
                "version is never rewritten: bump --version, or pass --overwrite")
        return False
    with commit_point():
        swap_into_place(temp, output_dir)
    return True


def not_ours(folder: Path) -> str | None:
    """Why `folder` is not a release of ours that may be replaced (None: it is one).

    A release of ours holds exactly the files its manifest lists (or, written before manifests,
    only the files a release writes, with a card that has a version and a changelog): nothing
    else, no links, no other release, no input pages.
    """
    folder = Path(folder)
    listed = read_manifest(folder)
    if listed is None and not (release_version(folder) and (folder / CHANGELOG).is_file()):
        return f"no {MANIFEST} (or card and {CHANGELOG}) of a release"
    allowed_dirs = {p for name in (listed or {}) for p in Path(name).parents if p != Path(".")}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs) + sorted(files):
            path = Path(root, name)
            rel = path.relative_to(folder)
            if path.is_symlink():
                return f"it holds a link, {rel.as_posix()}"
            if path.is_dir():
                if listed is None and rel.as_posix() in ("data", "comments") or rel in allowed_dirs:
                    continue
                return f"it holds a folder that is not part of the release, {rel.as_posix()}"
            ok = (rel.as_posix() in listed or rel.as_posix() == MANIFEST) if listed is not None \
                else bool(_LEGACY_FILES.match(rel.as_posix()))
            if not ok or not path.is_file():
                return f"it holds a file that is not part of the release, {rel.as_posix()}"
    return None


def same_tree(a: Path, b: Path) -> bool:
    """True when two folders hold the same files with the same bytes."""
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}

    fa, fb = files(a), files(b)
    return fa.keys() == fb.keys() and all(fa[k].read_bytes() == fb[k].read_bytes() for k in fa)
