"""The reader: which files under the input folder are pages, and the bytes of each one.

The walk is sorted and never follows a linked folder; what cannot be a page is listed with its
reason (an unreadable folder, a file name that is not UTF-8, a link to a file outside the input).
`read_page` opens a file without blocking and checks it with fstat before reading: a FIFO, a device
or a socket is never read, and no more than SETTINGS.reader.max_file_bytes is. Junk (empty, binary, a dump) is
refused with its reason before any cleaning.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Callable, Iterator

from .decode import UndecodableError, decode_bytes
from .settings import SETTINGS

                    # cleaning it would take memory in proportion: ~200 bytes per line and rule)
RELEASE_CONFIG = "dataset.toml"  # the release configuration a folder may carry (dataset_card/config.py)
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable", b"RIFF": "a RIFF media file",
}


class NotAPage(Exception):
    """The file cannot be published; the message is the reason shown to the user."""


def iter_pages(input_dir: Path, on_ignored: Callable[[str], None] | None = None,
               follow_external_links: bool = False) -> Iterator[tuple[str, str]]:
    """(id, path) for every *.txt under the folder, streamed in a stable order.

    Folders and files are visited in sorted order, so the order never depends on the file
    system; symlinked folders are not followed, so a link loop cannot trap the walk. What cannot
    be a page is listed in place with its reason (see `listed_skip`): an unreadable folder, a
    name that is not UTF-8 (its id escaped), a link to a file outside the input folder.
    """
    input_dir = Path(input_dir)
    real_input = os.path.realpath(input_dir)
    prefix = len(os.path.join(str(input_dir), ""))  # what os.path.relpath(path, input_dir) strips

    def walk(folder: str) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            rel = escaped_id(os.path.relpath(folder, input_dir))
            yield rel + "/", listed_skip(f"unreadable folder: {error.strerror or error}")
            return
        dirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # a link to a folder counts as a folder, never followed
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink() and not entry.name.startswith("."):
                    dirs.append(entry.path)
                continue
            rel = entry.path[prefix:]  # the walk's paths all start with the input folder and a separator
            if not entry.name.endswith(".txt"):
                if entry.name == RELEASE_CONFIG and folder == str(input_dir):
                    continue  # the release configuration, not a page
                if on_ignored and not entry.name.startswith("."):
                    on_ignored(escaped_id(rel.replace(os.sep, "/")))
                continue
            doc_id = escaped_id(rel[: -len(".txt")].replace(os.sep, "/"))
            if not _is_utf8(rel):
                yield doc_id, listed_skip("file name is not valid UTF-8 (the id shown is escaped)")
            elif (not follow_external_links and entry.is_symlink()
                  and not _inside(os.path.realpath(entry.path), real_input)):
                yield doc_id, listed_skip("a link to a file outside the input folder "
                                          "(--follow-external-links reads it)")
            else:
                yield doc_id, entry.path
        for folder in dirs:
            yield from walk(folder)

    yield from walk(str(input_dir))


_LISTED = "\0"  # no path holds a NUL byte: a task whose path starts with one is a skip reason


def listed_skip(reason: str) -> str:
    """A task path that carries the reason a listed file is not read (see `read_page`)."""
    return _LISTED + reason


def is_listed_skip(path: str) -> bool:
    return str(path).startswith(_LISTED)


def escaped_id(name: str) -> str:
    """A name as text: bytes that are not UTF-8 (kept by Python as surrogates) shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def newest_mtime(input_dir: Path) -> float:
    """When the newest page file was last modified (0 for none): the release date's last resort."""
    newest = 0.0
    for _, path in iter_pages(input_dir):
        if not is_listed_skip(path):
            try:
                newest = max(newest, os.stat(path, follow_symlinks=False).st_mtime)
            except OSError:
                continue
    return newest


def read_page(path: Path | str) -> bytes:
    """The bytes of one regular file, at most SETTINGS.reader.max_file_bytes of them, checked to be a page.

    Opened without blocking and checked with fstat before any read: a FIFO, a device or a
    socket is skipped (never read, never waited on), and no more than the cap is ever read.
    Raises NotAPage with the reason.
    """
    path = str(path)
    if is_listed_skip(path):
        raise NotAPage(path[len(_LISTED):])
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise NotAPage(f"unreadable: {error.strerror or error}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotAPage(f"not a regular file ({_file_kind(st.st_mode)}): not read")
        if st.st_size > SETTINGS.reader.max_file_bytes:
            raise NotAPage(f"file too large ({st.st_size:,} bytes; limit {SETTINGS.reader.max_file_bytes:,})")
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(SETTINGS.reader.max_file_bytes + 1)
    except OSError as error:
        raise NotAPage(f"unreadable: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if len(raw) > SETTINGS.reader.max_file_bytes:
        raise NotAPage(f"file too large (over {SETTINGS.reader.max_file_bytes:,} bytes; it grew while read)")
    if not raw:
        raise NotAPage("empty file")
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise NotAPage(f"not text: looks like {kind}")
    if not raw.strip():
        raise NotAPage("whitespace only")
    longest = _longest_line_chars(raw)
    if longest > SETTINGS.reader.max_line_chars:
        raise NotAPage(f"a single line of {longest:,} characters (limit {SETTINGS.reader.max_line_chars:,}): "
                       "not an article page")
    lines = raw.count(b"\n") + 1
    if lines > SETTINGS.reader.max_lines:
        raise NotAPage(f"{lines:,} lines (limit {SETTINGS.reader.max_lines:,}): not an article page")
    return raw


def _longest_line_chars(raw: bytes) -> int:
    """The longest line in characters, as the page decodes. No encoding has fewer bytes than
    characters, so a file of at most SETTINGS.reader.max_line_chars bytes is never decoded here."""
    if len(raw) <= SETTINGS.reader.max_line_chars:
        return 0
    try:
        text = decode_bytes(raw)[0]
    except UndecodableError:
        return 0  # not text: the cleaning reports it
    return max(len(line) for line in text.split("\n"))


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"
