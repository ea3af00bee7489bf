"""Publishing a folder atomically: a release is whole or absent, never half-written.

A run writes into a temporary folder beside the output, flushes it to disk, and swaps it into
place with one rename (renameat2 RENAME_EXCHANGE where the file system has it). A lock file keeps
two runs off the same output; temporaries of killed runs are removed by the next run.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path


class LockedError(Exception):
    """Another run holds the output's lock."""


def temporary_for(output_dir: Path) -> Path:
    return output_dir.parent / f".{output_dir.name}.tmp-{os.getpid()}"


@contextmanager
def locked(output_dir: Path):
    lock_path = output_dir.parent / f".{output_dir.name}.lock"
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(f"another run is writing {output_dir} (lock: {lock_path})") from None
        yield


def remove_stale_temporaries(output_dir: Path) -> None:
    """Called under the lock, so every temporary for this output belongs to a dead run."""
    for stale in output_dir.parent.glob(f".{output_dir.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    backup = output_dir.parent / f".{output_dir.name}.old"
    if backup.exists():
        if output_dir.exists():
            shutil.rmtree(backup, ignore_errors=True)
        else:  # killed between the two renames of the fallback swap: the old release comes back
            backup.rename(output_dir)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def swap_into_place(temp: Path, output_dir: Path) -> None:
    """Put the finished release at `output_dir` in one step; the previous one ends up in `temp`."""
    _fsync_tree(temp)
    if not output_dir.exists():
        os.rename(temp, output_dir)
    elif not _exchange(temp, output_dir):
        backup = output_dir.parent / f".{output_dir.name}.old"
        os.rename(output_dir, backup)
        os.rename(temp, output_dir)
        shutil.rmtree(backup)
    _fsync_dir(output_dir.parent)


def _fsync_tree(root: Path) -> None:
    """Flush every file to disk before the swap, so a crash cannot expose a torn release."""
    for path in sorted(root.rglob("*")):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))
