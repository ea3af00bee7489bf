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
import signal
import stat
from contextlib import contextmanager
from pathlib import Path


class LockedError(Exception):
    """Another run holds the output's lock."""


class UnsafeLockError(LockedError):
    """The lock's path is a link or some other file: it is not touched."""


def temporary_for(output_dir: Path) -> Path:
    return output_dir.parent / f".{output_dir.name}.tmp-{os.getpid()}"


@contextmanager
def locked(output_dir: Path):
    """Hold `.NAME.lock` beside the output for the run, and remove it when done.

    The lock file is opened without following links and never truncated, so a planted link or
    hard link cannot make a run write to another file. After taking the lock the path must still
    name the locked file (another run may have removed it meanwhile); otherwise try again.
    """
    lock_path = output_dir.parent / f".{output_dir.name}.lock"
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise UnsafeLockError(f"the lock {lock_path} is a symbolic link: remove it") from None
            raise
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
                raise UnsafeLockError(f"the lock {lock_path} is not a lock file of ours "
                                      "(not a regular file, or a hard link): remove it")
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise LockedError(f"another run is writing {output_dir} (lock: {lock_path})") from None
            if _same_file(lock_path, st):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the previous holder removed the file while we opened it: take a new one
    try:
        yield
    finally:
        try:
            if _same_file(lock_path, st):
                os.unlink(lock_path)
        finally:
            os.close(fd)


def _same_file(path: Path, st: os.stat_result) -> bool:
    try:
        now = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino)


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


# Interrupts. The command installs `stop_on_signals`: SIGINT and SIGTERM then raise `Interrupted`
# in the main process, whose cleanup leaves the previous release as it was. A signal is also
# remembered, so one swallowed by a library still stops the run before its release is published
# (`check_interrupted` at the commit point). The commit itself runs with both signals blocked;
# a signal that arrives after it no longer stops anything: the release is already in place.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """The run was asked to stop (Ctrl-C or SIGTERM): exit status 128 + signal number."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


_signals = {"received": None, "committed": False, "installed": False}


def _on_signal(signum: int, frame) -> None:
    if _signals["received"] is None:
        _signals["received"] = signum
    if not _signals["committed"]:
        raise Interrupted(signum)


@contextmanager
def stop_on_signals():
    """For the command's whole run: SIGINT/SIGTERM raise `Interrupted` until the commit point."""
    _signals.update(received=None, committed=False, installed=True)
    previous = {signum: signal.signal(signum, _on_signal) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        _signals["installed"] = False
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def reinstall_signal_handlers() -> None:
    """Take SIGINT/SIGTERM back after a library (Ray) replaced our handlers during a run."""
    if _signals["installed"]:
        for signum in STOP_SIGNALS:
            signal.signal(signum, _on_signal)


def check_interrupted() -> None:
    """Raise `Interrupted` if a stop signal arrived earlier and was swallowed on its way."""
    if _signals["received"] is not None and not _signals["committed"]:
        raise Interrupted(_signals["received"])


@contextmanager
def signals_blocked():
    """Hold SIGINT/SIGTERM back (delivered when the block ends): for a commit, or a fork."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def commit_point():
    """Publishing: refuse if a stop was asked for, then run the swap with signals held back."""
    with signals_blocked():
        check_interrupted()
        yield
        _signals["committed"] = _signals["installed"]


def worker_signals() -> None:
    """In a forked worker: Ctrl-C is the main process's to handle; SIGTERM just ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
