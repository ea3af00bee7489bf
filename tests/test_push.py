"""Publishing a release: push it to a Hub on loopback (tests/hub_server.py), then load it back.

The push command and `load_dataset` run in subprocesses with HF_ENDPOINT pointing at the test
server, as a user would run them: huggingface_hub and datasets read HF_ENDPOINT when imported,
so a fresh interpreter is the faithful way to point them somewhere else.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS, SEED_IDS
from hub_server import HubServer

TOKEN = "hf_testTOKENthatMustNeverBePrinted0123"
REPO = "tester/arabic-news"
PUSH = [sys.executable, str(ROOT / "scripts" / "push.py")]
EXTRA = "notes/only-in-1.0.0.txt"  # a file the next release does not have
DERIVED = {"README.md", "croissant.json", "release.json"}  # uploaded with the repo id filled in


@pytest.fixture(scope="module")
def hub():
    server = HubServer(token=TOKEN)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def hub_env(hub, monkeypatch, tmp_path):
    """Point every client started from here at the loopback hub, with a fake token and empty caches."""
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "datasets-cache"))
    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "HF_TOKEN_PATH"):
        monkeypatch.delenv(name, raising=False)
    return hub


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> dict[str, Path]:
    """v1.0.0 of all seeds (plus one extra file), v1.1.0 of all but the last seed."""
    from cleaning.release import build_release
    from cleaning.manifest import manifest_document, write_manifest

    base = tmp_path_factory.mktemp("releases")
    fewer = base / "seeds-1.1.0"
    fewer.mkdir()
    for seed_id in SEED_IDS[:-1]:
        shutil.copy(SEEDS / f"{seed_id}.txt", fewer)
    build_release(SEEDS, base / "v1.0.0", "1.0.0")
    build_release(fewer, base / "v1.1.0", "1.1.0")
    (base / "v1.0.0" / EXTRA).parent.mkdir()
    (base / "v1.0.0" / EXTRA).write_text("kept for one version only\n")
    write_manifest(base / "v1.0.0", manifest_document(base / "v1.0.0"))  # listed: part of that release
    return {"1.0.0": base / "v1.0.0", "1.1.0": base / "v1.1.0"}


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)


def push(release: Path, *extra: str, repo: str = REPO) -> subprocess.CompletedProcess:
    return run(PUSH + [str(release), "--repo-id", repo, *extra])


def release_bytes(release: Path) -> dict[str, bytes]:
    return {p.relative_to(release).as_posix(): p.read_bytes() for p in release.rglob("*") if p.is_file()}


def error_lines(result: subprocess.CompletedProcess) -> list[str]:
    """stderr without huggingface_hub's progress bars."""
    return [line for line in result.stderr.splitlines() if line.strip() and "it/s]" not in line
            and "%|" not in line]


def test_push_publishes_each_version_as_one_tagged_commit(hub_env, releases):
    hub = hub_env
    for version in ("1.0.0", "1.1.0"):
        result = push(releases[version])
        assert result.returncode == 0, result.stderr
        assert TOKEN not in result.stdout + result.stderr
        assert f'revision="v{version}"' in result.stdout

    repo = hub.repos[REPO]
    history = repo.history("main")
    assert [c.message for c in history] == ["Release v1.1.0", "Release v1.0.0", "initial commit"]
    assert repo.tags == {"v1.1.0": history[0].id, "v1.0.0": history[1].id}
    for version in ("1.0.0", "1.1.0"):
        tagged = {p: b.data for p, b in repo.resolve(f"v{version}").files.items() if p != ".gitattributes"}
        local = release_bytes(releases[version])
        assert tagged.keys() == local.keys()
        assert {p: d for p, d in tagged.items() if p not in DERIVED} == {p: d for p, d in local.items() if p not in DERIVED}
        assert all(blob.lfs for path, blob in repo.resolve(f"v{version}").files.items() if path.endswith(".parquet"))
    assert EXTRA not in repo.resolve("v1.1.0").files  # the tagged tree is exactly the release
    assert not hub.unknown, f"client calls the test hub does not implement: {hub.unknown}"
    assert not hub.token_leaks, f"token sent to storage: {hub.token_leaks}"


def test_push_refuses_a_version_already_on_the_hub(hub_env, releases):
    hub = hub_env
    if REPO not in hub.repos:
        assert push(releases["1.0.0"]).returncode == 0
    commits_before = dict(hub.repos[REPO].commits)
    seen = len(hub.requests)

    result = push(releases["1.0.0"])

    assert result.returncode == 1
    [line] = error_lines(result)
    assert "already has tag v1.0.0" in line and TOKEN not in result.stdout + result.stderr
    assert result.stdout == ""  # the refusal comes first and alone, not after the file list
    assert hub.repos[REPO].commits == commits_before
    writes = [p for m, p in hub.requests[seen:] if "/preupload/" in p or "/commit/" in p or "/__lfs/" in p]
    assert writes == []


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_load_dataset_by_tag_gives_back_the_release(hub_env, releases, version):
    hub = hub_env
    if f"v{version}" not in getattr(hub.repos.get(REPO), "tags", {}):
        for v in ("1.0.0", "1.1.0"):
            push(releases[v])
    script = (
        "import json, sys\n"
        "from datasets import load_dataset\n"
        "out = {c: load_dataset(sys.argv[1], c, revision=sys.argv[2], split='train').to_list()"
        " for c in ('default', 'comments')}\n"
        "print(json.dumps(out, ensure_ascii=False))\n"
    )
    result = run([sys.executable, "-c", script, REPO, f"v{version}"])
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])

    release = releases[version]
    expected = {c: json.loads(json.dumps(pq.read_table(release / d).to_pylist(), ensure_ascii=False))
                for c, d in (("default", "data"), ("comments", "comments"))}
    assert loaded == expected
    assert [row["id"] for row in loaded["default"]] == (SEED_IDS if version == "1.0.0" else SEED_IDS[:-1])
    assert not hub.unknown, f"client calls the test hub does not implement: {hub.unknown}"


def _closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize("endpoint", ["live", "closed"])
def test_dry_run_lists_the_upload_and_makes_no_request(hub_env, releases, monkeypatch, endpoint):
    hub = hub_env
    monkeypatch.delenv("HF_HUB_DISABLE_TELEMETRY")  # telemetry on: still no request
    if endpoint == "closed":
        monkeypatch.setenv("HF_ENDPOINT", _closed_port())
    seen = len(hub.requests)

    result = push(releases["1.1.0"], "--dry-run", repo="tester/never-created")

    assert result.returncode == 0, result.stderr
    assert hub.requests[seen:] == [] and "tester/never-created" not in hub.repos
    assert "'Release v1.1.0'" in result.stdout and "tagged v1.1.0" in result.stdout
    for path, data in release_bytes(releases["1.1.0"]).items():
        listed = [line for line in result.stdout.splitlines() if line.split()[0] == path]
        assert len(listed) == 1, path
        if path not in DERIVED:  # the card, Croissant and manifest are listed at their uploaded size
            assert f"{len(data):,} bytes" in listed[0]


@pytest.mark.parametrize("case", ["missing folder", "no card", "bad repo id"])
def test_user_errors_are_one_line_and_exit_2(hub_env, releases, tmp_path, case):
    hub = hub_env
    folder, repo = {
        "missing folder": (tmp_path / "nope", REPO),
        "no card": (tmp_path, REPO),
        "bad repo id": (releases["1.0.0"], "not a/repo/id"),
    }[case]
    seen = len(hub.requests)

    result = push(folder, repo=repo)

    assert result.returncode == 2
    assert len(error_lines(result)) == 1 and "Traceback" not in result.stderr
    assert hub.requests[seen:] == []


def test_a_rejected_token_is_reported_in_one_line_without_the_token(hub_env, releases, monkeypatch):
    wrong = "hf_wrongTOKENwhichIsAlsoSecret987654"
    monkeypatch.setenv("HF_TOKEN", wrong)

    result = push(releases["1.0.0"], repo="tester/other")

    assert result.returncode == 1
    [line] = error_lines(result)
    assert "401" in line and wrong not in result.stdout + result.stderr
    assert "tester/other" not in hub_env.repos


def test_private_flag_creates_a_private_repo(hub_env, releases):
    result = push(releases["1.1.0"], "--private", repo="tester/private-news")
    assert result.returncode == 0, result.stderr
    assert hub_env.repos["tester/private-news"].private


def test_version_comes_from_card_yaml_then_body(tmp_path):
    from cleaning.hub import UserError, read_version

    card = tmp_path / "README.md"
    card.write_text("---\nversion: 2.3.4\n---\n**Version 1.0.0** · body\n")
    assert read_version(tmp_path) == "2.3.4"
    card.write_text("---\nlicense: other\n---\n**Version 1.0.0** · body\n")
    assert read_version(tmp_path) == "1.0.0"
    card.write_text("---\nlicense: other\n---\nno version here\n")
    with pytest.raises(UserError):
        read_version(tmp_path)


def test_the_uploaded_card_names_the_repo_and_the_manifest_checks_out(hub_env, releases):
    hub = hub_env
    repo_id = "tester/card-filled"
    result = push(releases["1.1.0"], repo=repo_id)
    assert result.returncode == 0, result.stderr
    tagged = {p: b.data for p, b in hub.repos[repo_id].resolve("v1.1.0").files.items()}
    card = tagged["README.md"].decode("utf-8")
    assert f'load_dataset("{repo_id}", split="train", revision="v1.1.0")' in card
    assert "OWNER/NAME" not in card and f"{hub.url}/datasets/{repo_id}" in card
    assert "OWNER/NAME" not in tagged["croissant.json"].decode("utf-8")
    manifest = json.loads(tagged["release.json"])
    assert manifest["uploaded_to"] == repo_id
    for name, entry in manifest["files"].items():  # every uploaded file matches the uploaded manifest
        assert entry == {"bytes": len(tagged[name]), "sha256": hashlib.sha256(tagged[name]).hexdigest()}, name
    local = releases["1.1.0"] / "README.md"
    assert "OWNER/NAME" in local.read_text(encoding="utf-8")  # the local release is not changed
    assert "README.md (" not in result.stderr


def test_an_older_version_is_refused_first_then_pushed_as_a_tag_only(hub_env, releases):
    hub = hub_env
    repo_id = "tester/versions-order"
    assert push(releases["1.1.0"], repo=repo_id).returncode == 0
    repo = hub.repos[repo_id]
    main_before, seen = repo.branches["main"], len(hub.requests)

    result = push(releases["1.0.0"], repo=repo_id)

    assert result.returncode == 1 and result.stdout == ""
    [line] = error_lines(result)
    assert "already has v1.1.0, newer than v1.0.0" in line and "--tag-only" in line
    assert repo.branches["main"] == main_before and "v1.0.0" not in repo.tags
    writes = [p for m, p in hub.requests[seen:] if "/preupload/" in p or "/commit/" in p or "/__lfs/" in p]
    assert writes == []

    result = push(releases["1.0.0"], "--tag-only", repo=repo_id)

    assert result.returncode == 0, result.stderr
    assert repo.branches == {"main": main_before}  # main untouched, the working branch gone
    tagged = repo.resolve("v1.0.0").files
    assert EXTRA in tagged and tagged["data/train-00000-of-00001.parquet"].data == \
        (releases["1.0.0"] / "data/train-00000-of-00001.parquet").read_bytes()
    assert set(tagged) - {".gitattributes"} == set(release_bytes(releases["1.0.0"]))
    assert not hub.unknown
