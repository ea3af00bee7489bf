"""`arabic-news-push`: publish one release folder to the Hugging Face Hub as one tagged commit.

A version is published exactly once: the release becomes a single commit "Release vX.Y.Z" on the
dataset repo's main branch (files the release no longer has are deleted in that same commit, so
the tagged tree is exactly the release), and the tag `vX.Y.Z` points at it, which is what
`load_dataset(repo, revision="vX.Y.Z")` pins. A version whose tag already exists is refused before
anything is uploaded. The token comes from HF_TOKEN or the saved login and is never printed;
HF_ENDPOINT is honoured by huggingface_hub itself. `--dry-run` makes no network call at all.

Exit status: 0 pushed (or dry run), 1 the Hub refused or failed, 2 a mistake in the command.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import UserError  # a mistake in the command: one line, exit status 2
from .manifest import MANIFEST, read_manifest
from .versions import SEMVER, parse_version, release_version

PROG = "arabic-news-push"
CARD = "README.md"
KEEP_ON_HUB = {".gitattributes"}  # created by the Hub with the repo; not part of a release
# Files uploaded with the repo id filled in (the card's `load_dataset("OWNER/NAME")` and dataset URL,
# the same URL in Croissant's citation); the uploaded release.json lists their uploaded bytes.
DERIVED = ("README.md", "croissant.json")


class Refused(Exception):
    """The Hub already has this version, or rejected the push: one line, exit status 1."""


@dataclass(frozen=True)
class Plan:
    """What a push will do, computed from the release folder alone (no network)."""

    release_dir: Path
    repo_id: str
    version: str
    files: list[tuple[str, int]]  # (path in repo, size in bytes as uploaded), sorted
    private: bool
    tag_only: bool = False
    derived: dict | None = None  # path -> the bytes uploaded instead of the local file's

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    @property
    def message(self) -> str:
        return f"Release {self.tag}"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from .command import OneLineParser

    parser = OneLineParser(
        prog=PROG,
        description="Upload a release folder to a Hugging Face dataset repo as one commit "
        "'Release vX.Y.Z' tagged vX.Y.Z. Token: HF_TOKEN or `hf auth login`; HF_ENDPOINT is honoured.",
    )
    parser.add_argument("release_dir", type=Path, help="release folder written by arabic-news-clean")
    parser.add_argument("--repo-id", required=True, help="dataset repo, OWNER/NAME")
    parser.add_argument("--private", action="store_true", help="create the repo as private if it is new")
    parser.add_argument("--dry-run", action="store_true",
                        help="list what would be uploaded, without any network call")
    parser.add_argument("--tag-only", action="store_true",
                        help="publish the version as a tag only, leaving main as it is (to add an "
                        "older version than the newest on the Hub)")
    return parser.parse_args(argv)


def check_repo_id(repo_id: str) -> str:
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError:
        raise UserError(f"--repo-id must be OWNER/NAME (letters, digits, '-', '_', '.'), got {repo_id!r}") from None
    if repo_id.count("/") != 1:
        raise UserError(f"--repo-id must be OWNER/NAME, got {repo_id!r}")
    return repo_id


def read_version(release_dir: Path) -> str:
    """The release's version, as `versions.release_version` reads it (release.json, else the card)."""
    version = release_version(release_dir)
    if version is None:
        if not (release_dir / CARD).is_file() and not (release_dir / MANIFEST).is_file():
            raise UserError(f"no dataset card ({CARD}) in {release_dir}: is it a release folder?")
        raise UserError(f"{release_dir} declares no X.Y.Z version ({MANIFEST}, or the card's YAML "
                        "`version` or **Version X.Y.Z**)")
    return version


def release_files(release_dir: Path) -> list[tuple[str, int]]:
    """The files the release's manifest (`release.json`) lists, with their sizes, after checking
    each one: a regular file (no link anywhere on its path) whose bytes match the listed sha256.
    The manifest goes up too; nothing else in the folder is ever uploaded."""
    listed = read_manifest(release_dir)
    if listed is None:
        raise UserError(f"no valid {MANIFEST} in {release_dir}: it lists what a release holds "
                        "(rebuild the release with arabic-news-clean)")
    files = []
    for name in sorted(listed) + [MANIFEST]:
        entry = listed.get(name, {})
        digest, size = hashlib.sha256(), 0
        with _open_regular(release_dir, name) as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
        if name != MANIFEST and (size != entry.get("bytes") or digest.hexdigest() != entry.get("sha256")):
            raise UserError(f"{name} in {release_dir} does not match its sha256 in {MANIFEST}: "
                            "the release was changed after it was built")
        files.append((name, size))
    return sorted(files)


def _open_regular(release_dir: Path, name: str):
    """A file of the release, read through no link: every folder on the way and the file itself
    are opened with O_NOFOLLOW, so a link inside the release cannot expose another file."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or any(p in ("..", ".", "") for p in parts):
        raise UserError(f"{MANIFEST} lists a path outside the release: {name!r}")
    fd = os.open(release_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for folder in parts[:-1]:
            try:
                inner = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=fd)
            except OSError as error:
                raise UserError(f"{name} in {release_dir}: {folder} is not a folder of the release "
                                f"({error.strerror})") from None
            os.close(fd)
            fd = inner
        try:
            file_fd = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=fd)
        except OSError as error:
            raise UserError(f"{name} in {release_dir} cannot be read as a file of the release "
                            f"({error.strerror})") from None
        f = os.fdopen(file_fd, "rb")
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            f.close()
            raise UserError(f"{name} in {release_dir} is not a regular file")
        return f
    finally:
        os.close(fd)


def make_plan(args: argparse.Namespace) -> Plan:
    release_dir = args.release_dir
    if not release_dir.is_dir():
        raise UserError(f"release folder not found: {release_dir}")
    repo_id = check_repo_id(args.repo_id)
    version = read_version(release_dir)
    files = release_files(release_dir)
    derived = derived_files(release_dir, repo_id)
    files = [(path, len(derived[path]) if path in derived else size) for path, size in files]
    return Plan(release_dir, repo_id, version, files, args.private, getattr(args, "tag_only", False), derived)


def derived_files(release_dir: Path, repo_id: str) -> dict[str, bytes]:
    """The bytes uploaded for the card and Croissant (repo id filled in) and for release.json
    (their entries updated to those bytes, so the tagged tree checks out against its manifest).
    The local release is not changed; everything else is uploaded as it is."""
    from huggingface_hub import constants

    from dataset_card.render import fill_repo_id

    document = json.loads(_read_checked(release_dir, MANIFEST, None))
    out = {}
    for name in DERIVED:
        if name not in document["files"]:
            continue
        data = fill_repo_id(_read_checked(release_dir, name, document["files"][name]).decode("utf-8"),
                            repo_id, constants.ENDPOINT).encode("utf-8")
        out[name] = data
        document["files"][name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    document["uploaded_to"] = repo_id  # says why README.md and croissant.json differ from the local ones
    out[MANIFEST] = (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return out


def _read_checked(release_dir: Path, name: str, entry: dict | None) -> bytes:
    with _open_regular(release_dir, name) as f:
        data = f.read()
    if entry is not None and hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise UserError(f"{name} in {release_dir} does not match its sha256 in {MANIFEST}: "
                        "the release was changed after it was built")
    return data


def describe(plan: Plan, dry_run: bool) -> str:
    head = "would push" if dry_run else "pushing"
    where = "a commit off main (main is left as it is)" if plan.tag_only else "one commit"
    lines = [f"{head} {plan.release_dir} to dataset {plan.repo_id} as {where} "
             f"{plan.message!r}, tagged {plan.tag}"]
    width = max(len(path) for path, _ in plan.files)
    lines += [f"  {path:<{width}}  {size:>12,} bytes" for path, size in plan.files]
    lines.append(f"  {len(plan.files)} files, {sum(size for _, size in plan.files):,} bytes"
                 + (f" ({', '.join(sorted(plan.derived))} with the repo id filled in)" if plan.derived else ""))
    return "\n".join(lines)


def check_refs(api, plan: Plan):
    """Refuse before anything is uploaded: a version whose tag exists, or (unless --tag-only) a
    version older than the newest version tag, which would move main back to older data."""
    refs = api.list_repo_refs(plan.repo_id, repo_type="dataset")
    existing = {ref.name: ref.target_commit for ref in refs.tags}
    if plan.tag in existing:
        raise Refused(f"{plan.repo_id} already has tag {plan.tag} (commit {existing[plan.tag][:12]}); "
                      "a published version is never rewritten: build and push a new version")
    versions = sorted(parse_version(name[1:]) for name in existing
                      if name.startswith("v") and SEMVER.match(name[1:]))
    if versions and parse_version(plan.version) < versions[-1] and not plan.tag_only:
        newest = "v" + ".".join(map(str, versions[-1]))
        raise Refused(f"{plan.repo_id} already has {newest}, newer than {plan.tag}: pushing would move main "
                      f"back to older data; pass --tag-only to publish {plan.tag} as a tag only")
    return refs


def push(plan: Plan) -> str:
    """Create the repo if needed, refuse an existing tag, commit the release once, tag it.

    Returns the commit id. `parent_commit` makes the Hub reject the commit if main moved since we
    listed it, so a concurrent push cannot be silently mixed into this release.
    """
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete

    api = _api()
    refs = check_refs(api, plan)
    main = next((ref.target_commit for ref in refs.branches if ref.name == "main"), None)
    ours = {path for path, _ in plan.files}
    stale = [] if main is None else sorted(
        set(api.list_repo_files(plan.repo_id, repo_type="dataset", revision=main)) - ours - KEEP_ON_HUB
    )
    # Uploaded from files opened the same safe way as when they were checked against the manifest;
    # the hash the client computes for the upload must still be the manifest's.
    listed = read_manifest(plan.release_dir) or {}
    derived = plan.derived or {}
    handles = [_open_regular(plan.release_dir, path) for path, _ in plan.files if path not in derived]
    try:
        operations = [CommitOperationAdd(path, f) for path, f in
                      zip([p for p, _ in plan.files if p not in derived], handles)]
        for op in operations:
            if op.path_in_repo != MANIFEST and op.upload_info.sha256.hex() != listed.get(op.path_in_repo, {}).get("sha256"):
                raise Refused(f"{op.path_in_repo} changed while it was being pushed; nothing was committed")
        operations += [CommitOperationAdd(path, data) for path, data in sorted(derived.items())]
        operations += [CommitOperationDelete(path) for path in stale]
        branch = None
        if plan.tag_only:  # committed on a short-lived branch off main, tagged, the branch deleted
            branch = f"release-{plan.tag}"
            api.create_branch(plan.repo_id, branch=branch, revision=main, repo_type="dataset")
        try:
            commit = api.create_commit(plan.repo_id, operations, commit_message=plan.message,
                                       repo_type="dataset", parent_commit=main, revision=branch)
            api.create_tag(plan.repo_id, tag=plan.tag, revision=commit.oid, repo_type="dataset")
        finally:
            if branch:
                api.delete_branch(plan.repo_id, branch=branch, repo_type="dataset")
    finally:
        for f in handles:
            f.close()
    return commit.oid


def _api():
    from huggingface_hub import HfApi

    return HfApi()  # token: HF_TOKEN or the saved login; endpoint: HF_ENDPOINT


def prepare(plan: Plan) -> None:
    """Create the repo if needed and refuse what must be refused, before anything is printed."""
    api = _api()
    api.create_repo(plan.repo_id, repo_type="dataset", exist_ok=True, private=True if plan.private else None)
    check_refs(api, plan)


def _network_errors() -> tuple[type[Exception], ...]:
    """HTTP status errors are OSErrors; transport errors come from huggingface_hub's HTTP client."""
    errors: list[type[Exception]] = [OSError, ValueError]
    for module in ("httpx2", "httpx"):
        try:
            errors.append(__import__(module).HTTPError)
        except (ImportError, AttributeError):
            continue
    return tuple(errors)


def _one_line(error: BaseException) -> str:
    """The first non-empty line of an error, with the token (if any) masked, never shown."""
    from huggingface_hub import get_token

    text = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
    detail = getattr(error, "server_message", None)  # the Hub's own explanation, for HTTP errors
    if detail:
        text += f" ({' '.join(detail.split())})"
    token = get_token()
    return text.replace(token, "***") if token else text


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        plan = make_plan(args)
    except UserError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    if args.dry_run:
        print(describe(plan, args.dry_run))
        return 0
    try:
        prepare(plan)  # a refusal is the first and only line printed
        print(describe(plan, args.dry_run), flush=True)
        oid = push(plan)
    except Refused as error:
        print(f"{PROG}: error: {_one_line(error)}", file=sys.stderr)
        return 1
    except _network_errors() as error:
        print(f"{PROG}: error: push failed: {type(error).__name__}: {_one_line(error)}", file=sys.stderr)
        return 1
    print(f"pushed {plan.tag} to {plan.repo_id}: commit {oid}\n"
          f'load it with load_dataset("{plan.repo_id}", revision="{plan.tag}")')
    return 0


if __name__ == "__main__":
    sys.exit(main())
