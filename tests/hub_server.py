"""A small in-memory Hugging Face Hub on 127.0.0.1, so push and load tests run without the internet.

It answers only the requests that huggingface_hub 2.x (`create_repo`, `create_commit` with the
basic LFS transfer, `create_tag`, `list_repo_refs`) and `datasets.load_dataset(repo, revision=...)`
make for our flow, with the headers those clients read (X-Repo-Commit, ETag, X-Linked-Etag,
X-Linked-Size, X-Error-Code). LFS bytes live on a second port standing for the Hub's storage/CDN (a
different origin, as on the Hub): upload actions and `resolve` redirects point there, and a request
that carries the Authorization header to it is recorded in `server.token_leaks`. Anything else is answered 404 and recorded in `server.unknown`, so a test
fails loudly when a client starts calling an endpoint this server does not know.

State lives in memory: repos -> commits (id, parent, message, files {path: Blob}) and refs.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

REGULAR_MAX_BYTES = 10 * 1024 * 1024
LFS_SUFFIXES = (".parquet", ".arrow", ".bin", ".zip", ".gz", ".zst")
INITIAL_GITATTRIBUTES = b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"


def git_blob_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass(frozen=True)
class Blob:
    data: bytes
    lfs: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def pointer(self) -> bytes:
        return (f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\n"
                f"size {len(self.data)}\n").encode()

    @property
    def oid(self) -> str:
        """The git oid: of the pointer file for LFS files, as git itself stores them."""
        return git_blob_oid(self.pointer if self.lfs else self.data)


@dataclass(frozen=True)
class Commit:
    id: str
    parent: str | None
    message: str
    files: dict[str, Blob]


@dataclass
class Repo:
    id: str
    private: bool
    commits: dict[str, Commit] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def resolve(self, rev: str) -> Commit | None:
        """A branch, a tag, a full commit id or an unambiguous prefix of at least 7 characters."""
        for refs in (self.branches, self.tags):
            if rev in refs:
                return self.commits[refs[rev]]
        for prefix in ("refs/heads/", "refs/tags/"):
            if rev.startswith(prefix):
                return self.resolve(rev[len(prefix):])
        if len(rev) >= 7:
            hits = [c for cid, c in self.commits.items() if cid.startswith(rev)]
            if len(hits) == 1:
                return hits[0]
        return None

    def add_commit(self, parent: str | None, message: str, files: dict[str, Blob],
                   branch: str = "main") -> Commit:
        seed = json.dumps([parent, message, len(self.commits),
                           sorted((p, b.oid) for p, b in files.items())]).encode()
        commit = Commit(hashlib.sha1(seed).hexdigest(), parent, message, dict(files))
        self.commits[commit.id] = commit
        self.branches[branch] = commit.id
        return commit

    def history(self, rev: str = "main") -> list[Commit]:
        """Commits reachable from `rev`, newest first."""
        out, commit = [], self.resolve(rev)
        while commit is not None:
            out.append(commit)
            commit = self.commits.get(commit.parent) if commit.parent else None
        return out


class HubError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


REPO = r"(?P<repo>[\w.-]+/[\w.-]+)"
REV = r"(?P<rev>[^/]+)"
ROUTES: list[tuple[str, re.Pattern, str]] = [
    (m, re.compile(p + r"$"), name) for m, p, name in [
        ("GET", r"/api/whoami-v2", "whoami"),
        ("POST", r"/api/repos/create", "create_repo"),
        ("POST", r"/api/validate-yaml", "validate_yaml"),
        ("GET", rf"/api/datasets/{REPO}", "repo_info"),
        ("GET", rf"/api/datasets/{REPO}/revision/{REV}", "repo_info"),
        ("GET", rf"/api/datasets/{REPO}/refs", "refs"),
        ("POST", rf"/api/datasets/{REPO}/preupload/{REV}", "preupload"),
        ("POST", rf"/datasets/{REPO}\.git/info/lfs/objects/batch", "lfs_batch"),
        ("PUT", r"/__lfs/(?P<oid>[0-9a-f]{64})", "storage_put"),
        ("POST", r"/__lfs/(?P<oid>[0-9a-f]{64})/verify", "verify_lfs"),
        ("GET", r"/__lfs/(?P<oid>[0-9a-f]{64})", "storage_get"),
        ("HEAD", r"/__lfs/(?P<oid>[0-9a-f]{64})", "storage_get"),
        ("POST", rf"/api/datasets/{REPO}/commit/{REV}", "commit"),
        ("POST", rf"/api/datasets/{REPO}/tag/{REV}", "tag"),
        ("POST", rf"/api/datasets/{REPO}/branch/{REV}", "create_branch"),
        ("DELETE", rf"/api/datasets/{REPO}/branch/{REV}", "delete_branch"),
        ("GET", rf"/api/datasets/{REPO}/tree/{REV}(?:/(?P<path>.+))?", "tree"),
        ("POST", rf"/api/datasets/{REPO}/paths-info/{REV}", "paths_info"),
        ("GET", rf"/datasets/{REPO}/resolve/{REV}/(?P<path>.+)", "resolve"),
        ("HEAD", rf"/datasets/{REPO}/resolve/{REV}/(?P<path>.+)", "resolve"),
    ]
]


class HubServer:
    """The server and its state. `start()` returns the base URL; `stop()` shuts it down."""

    def __init__(self, token: str):
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.lfs: dict[str, bytes] = {}  # sha256 -> bytes, the "storage bucket"
        self.expected: dict[str, int] = {}  # sha256 -> size announced in an LFS batch
        self.requests: list[tuple[str, str]] = []
        self.unknown: list[tuple[str, str]] = []
        self.token_leaks: list[tuple[str, str]] = []
        self.lock = threading.RLock()
        self.servers: list[ThreadingHTTPServer] = []
        self.url = self.storage_url = ""

    def start(self) -> str:
        """Serve the API and the storage on two random loopback ports; returns the API URL."""
        self.url = self._serve(storage=False)
        self.storage_url = self._serve(storage=True)
        return self.url

    def _serve(self, storage: bool) -> str:
        handler = type("Handler", (_Handler,), {"hub": self, "storage": storage})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        self.servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}"

    def stop(self) -> None:
        for httpd in self.servers:
            httpd.shutdown()
            httpd.server_close()

    # --- helpers ---------------------------------------------------------------------------

    def repo(self, repo_id: str, authorized: bool) -> Repo:
        repo = self.repos.get(repo_id)
        if repo is None or (repo.private and not authorized):
            raise HubError(404, f"Repository {repo_id} not found", "RepoNotFound")
        return repo

    def commit_at(self, repo: Repo, rev: str) -> Commit:
        commit = repo.resolve(unquote(rev))
        if commit is None:
            raise HubError(404, f"Invalid rev id: {unquote(rev)}", "RevisionNotFound")
        return commit

    def entry(self, path: str, blob: Blob) -> dict:
        entry = {"type": "file", "oid": blob.oid, "size": len(blob.data), "path": path}
        if blob.lfs:
            entry["lfs"] = {"oid": blob.sha256, "size": len(blob.data), "pointerSize": len(blob.pointer)}
        return entry

    def listing(self, commit: Commit, base: str, recursive: bool) -> list[dict]:
        """Tree entries under `base` (files and folders), as the Hub's tree endpoint lists them."""
        prefix = f"{base}/" if base else ""
        files, folders = [], set()
        for path, blob in sorted(commit.files.items()):
            if not path.startswith(prefix):
                continue
            rest = path[len(prefix):]
            parts = rest.split("/")
            for depth in range(1, len(parts)):
                if recursive or depth == 1:
                    folders.add(prefix + "/".join(parts[:depth]))
            if recursive or len(parts) == 1:
                files.append(self.entry(path, blob))
        dirs = [{"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(), "size": 0, "path": d}
                for d in sorted(folders)]
        return dirs + files


class _Handler(BaseHTTPRequestHandler):
    hub: HubServer
    storage: bool  # True on the storage port: only /__lfs/ objects, as on a CDN
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet: requests are recorded in hub.requests
        pass

    def _dispatch(self) -> None:
        split = urlsplit(self.path)
        self.query = parse_qs(split.query)
        self.body = self._read_body()
        with self.hub.lock:
            self.hub.requests.append((self.command, self.path))
            if self.storage and "Authorization" in self.headers:
                self.hub.token_leaks.append((self.command, self.path))
        for method, pattern, name in ROUTES:
            match = pattern.match(split.path)
            if method == self.command and match and (name.startswith("storage_") == self.storage):
                try:
                    with self.hub.lock:
                        getattr(self, "do_" + name)(**match.groupdict())
                except HubError as error:
                    self._json({"error": error.message}, error.status, error_code=error.code)
                return
        with self.hub.lock:
            self.hub.unknown.append((self.command, self.path))
        print(f"hub_server: unknown request {self.command} {self.path}", flush=True)
        self._json({"error": "not implemented by the test hub"}, 404)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _dispatch

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            return self.rfile.read(length)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip(), 16)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
                if size == 0:
                    return b"".join(chunks)
        return b""

    # --- responses ---------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, payload, status: int = 200, error_code: str | None = None, headers=None) -> None:
        extra = dict(headers or {})
        if error_code:
            extra["X-Error-Code"] = error_code
            extra["X-Error-Message"] = payload.get("error", "")
        self._send(status, json.dumps(payload).encode(), {"Content-Type": "application/json", **extra})

    @property
    def authorized(self) -> bool:
        return self.headers.get("Authorization") == f"Bearer {self.hub.token}"

    def _require_auth(self) -> None:
        if not self.authorized:
            raise HubError(401, "Invalid credentials in Authorization header")

    def _json_body(self) -> dict:
        return json.loads(self.body or b"{}")

    # --- write side --------------------------------------------------------------------------

    def do_whoami(self) -> None:
        self._require_auth()
        self._json({"type": "user", "name": "tester", "orgs": [],
                    "auth": {"type": "access_token", "accessToken": {"role": "write"}}})

    def do_create_repo(self) -> None:
        self._require_auth()
        body = self._json_body()
        if body.get("type") != "dataset":
            raise HubError(400, "the test hub only hosts datasets")
        repo_id = f"{body.get('organization') or 'tester'}/{body['name']}"
        url = f"{self.hub.url}/datasets/{repo_id}"
        if repo_id in self.hub.repos:
            self._json({"error": "You already created this dataset repo", "url": url}, 409)
            return
        repo = Repo(repo_id, private=body.get("visibility") == "private" or bool(body.get("private")))
        repo.add_commit(None, "initial commit", {".gitattributes": Blob(INITIAL_GITATTRIBUTES, lfs=False)})
        self.hub.repos[repo_id] = repo
        self._json({"url": url, "name": repo_id, "id": repo_id})

    def do_validate_yaml(self) -> None:
        content = self._json_body().get("content", "")
        match = re.match(r"^---\n(.*?)\n---\n", content, re.S)
        try:
            meta = yaml.safe_load(match.group(1)) if match else {}
        except yaml.YAMLError as error:
            self._json({"errors": [{"message": str(error)}], "warnings": []}, 400)
            return
        if not isinstance(meta, dict):
            self._json({"errors": [{"message": "metadata must be a mapping"}], "warnings": []}, 400)
            return
        self._json({"errors": [], "warnings": []})

    def do_preupload(self, repo: str, rev: str) -> None:
        self._require_auth()
        commit = self.hub.commit_at(self.hub.repo(repo, True), rev)
        files = []
        for item in self._json_body()["files"]:
            lfs = item["path"].endswith(LFS_SUFFIXES) or item["size"] > REGULAR_MAX_BYTES
            existing = commit.files.get(item["path"])
            oid = None if existing is None else (existing.sha256 if existing.lfs else git_blob_oid(existing.data))
            files.append({"path": item["path"], "uploadMode": "lfs" if lfs else "regular",
                          "shouldIgnore": False, "oid": oid})
        self._json({"files": files})

    def do_lfs_batch(self, repo: str) -> None:
        self._require_auth()
        self.hub.repo(repo, True)
        body = self._json_body()
        if body.get("operation") != "upload" or "basic" not in body.get("transfers", ["basic"]):
            raise HubError(400, "the test hub only takes basic LFS uploads")
        objects = []
        for obj in body["objects"]:
            entry = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
            if obj["oid"] not in self.hub.lfs:
                self.hub.expected[obj["oid"]] = obj["size"]
                href = f"/__lfs/{obj['oid']}"
                entry["actions"] = {"upload": {"href": self.hub.storage_url + href, "header": {}},
                                    "verify": {"href": f"{self.hub.url}{href}/verify", "header": {}}}
            objects.append(entry)
        self._json({"transfer": "basic", "objects": objects, "hash_algo": "sha256"},
                   headers={"Content-Type": "application/vnd.git-lfs+json"})

    def do_storage_put(self, oid: str) -> None:
        if oid not in self.hub.expected:
            raise HubError(403, "no upload was announced for this object")
        if hashlib.sha256(self.body).hexdigest() != oid or len(self.body) != self.hub.expected[oid]:
            raise HubError(400, "uploaded bytes do not match the announced sha256/size")
        self.hub.lfs[oid] = self.body
        self._send(200, b"", {"ETag": f'"{oid}"'})

    def do_verify_lfs(self, oid: str) -> None:
        self._require_auth()
        body = self._json_body()
        data = self.hub.lfs.get(oid)
        if data is None or body.get("oid") != oid or body.get("size") != len(data):
            raise HubError(422, "object not stored")
        self._json({"success": True})

    def do_commit(self, repo: str, rev: str) -> None:
        self._require_auth()
        target = self.hub.repo(repo, True)
        branch = unquote(rev)
        if branch not in target.branches:
            raise HubError(404, f"Invalid rev id: {branch}", "RevisionNotFound")
        head = target.commits[target.branches[branch]]
        lines = [json.loads(line) for line in self.body.splitlines() if line.strip()]
        header = lines[0]["value"] if lines and lines[0]["key"] == "header" else None
        if header is None or not header.get("summary"):
            raise HubError(400, "commit header with a summary is required")
        if header.get("parentCommit") and not head.id.startswith(header["parentCommit"]):
            raise HubError(412, "parent commit is not the head of the branch")
        files = dict(head.files)
        for line in lines[1:]:
            self._apply(files, line["key"], line["value"])
        commit = target.add_commit(head.id, header["summary"], files, branch=branch)
        self._json({"success": True, "commitOid": commit.id, "pullRequestUrl": None,
                    "commitUrl": f"{self.hub.url}/datasets/{repo}/commit/{commit.id}"})

    def _apply(self, files: dict[str, Blob], key: str, value: dict) -> None:
        path = value["path"]
        if key == "file":
            files[path] = Blob(base64.b64decode(value["content"]), lfs=False)
        elif key == "lfsFile":
            data = self.hub.lfs.get(value["oid"])
            if data is None or ("size" in value and value["size"] != len(data)):
                raise HubError(422, f"LFS object for {path} was not uploaded")
            files[path] = Blob(data, lfs=True)
        elif key == "deletedFile":
            if files.pop(path, None) is None:
                raise HubError(404, f"A file with this name doesn't exist: {path}", "EntryNotFound")
        elif key == "deletedFolder":
            for name in [p for p in files if p.startswith(path.rstrip("/") + "/")]:
                del files[name]
        else:
            raise HubError(400, f"unsupported commit operation {key}")

    def do_tag(self, repo: str, rev: str) -> None:
        self._require_auth()
        target = self.hub.repo(repo, True)
        commit = self.hub.commit_at(target, rev)
        tag = self._json_body()["tag"]
        if tag in target.tags or tag in target.branches:
            raise HubError(409, f"Tag {tag} already exists")
        target.tags[tag] = commit.id
        self._json({"name": tag, "ref": f"refs/tags/{tag}", "targetCommit": commit.id})

    def do_create_branch(self, repo: str, rev: str) -> None:
        self._require_auth()
        target = self.hub.repo(repo, True)
        branch = unquote(rev)
        if branch in target.branches or branch in target.tags:
            raise HubError(409, f"Reference {branch} already exists")
        start = self._json_body().get("startingPoint") or "main"
        target.branches[branch] = self.hub.commit_at(target, start).id
        self._json({"name": branch})

    def do_delete_branch(self, repo: str, rev: str) -> None:
        self._require_auth()
        target = self.hub.repo(repo, True)
        branch = unquote(rev)
        if branch == "main" or target.branches.pop(branch, None) is None:
            raise HubError(404 if branch != "main" else 403, f"cannot delete branch {branch}")
        self._json({"success": True})

    # --- read side ---------------------------------------------------------------------------

    def do_refs(self, repo: str) -> None:
        target = self.hub.repo(repo, self.authorized)

        def refs(kind: str, names: dict[str, str]) -> list[dict]:
            return [{"name": n, "ref": f"refs/{kind}/{n}", "targetCommit": c} for n, c in sorted(names.items())]

        self._json({"branches": refs("heads", target.branches), "tags": refs("tags", target.tags),
                    "converts": [], "pullRequests": []})

    def do_repo_info(self, repo: str, rev: str = "main") -> None:
        target = self.hub.repo(repo, self.authorized)
        commit = self.hub.commit_at(target, rev)
        self._json({
            "_id": hashlib.sha1(repo.encode()).hexdigest()[:24], "id": repo, "author": repo.split("/")[0],
            "sha": commit.id, "private": target.private, "gated": False, "disabled": False,
            "lastModified": "2024-01-01T00:00:00.000Z", "createdAt": "2024-01-01T00:00:00.000Z",
            "tags": [], "downloads": 0, "likes": 0,
            "siblings": [{"rfilename": p} for p in sorted(commit.files)],
        })

    def do_tree(self, repo: str, rev: str, path: str | None = None) -> None:
        commit = self.hub.commit_at(self.hub.repo(repo, self.authorized), rev)
        base = unquote(path or "").strip("/")
        if base and not any(p.startswith(base + "/") for p in commit.files):
            raise HubError(404, f"{base} does not exist on {rev}", "EntryNotFound")
        recursive = self.query.get("recursive", ["false"])[0].lower() in ("1", "true")
        self._json(self.hub.listing(commit, base, recursive))

    def do_paths_info(self, repo: str, rev: str) -> None:
        commit = self.hub.commit_at(self.hub.repo(repo, self.authorized), rev)
        form = parse_qs(self.body.decode())
        out = []
        for path in form.get("paths", []):
            path = path.strip("/")
            if path in commit.files:
                out.append(self.hub.entry(path, commit.files[path]))
            elif any(p.startswith(path + "/") for p in commit.files):
                out.append({"type": "directory", "oid": hashlib.sha1(path.encode()).hexdigest(),
                            "size": 0, "path": path})
        self._json(out)

    def do_resolve(self, repo: str, rev: str, path: str) -> None:
        commit = self.hub.commit_at(self.hub.repo(repo, self.authorized), rev)
        path = unquote(path)
        blob = commit.files.get(path)
        if blob is None:
            raise HubError(404, f"Entry not found: {path}", "EntryNotFound")
        common = {"X-Repo-Commit": commit.id, "Accept-Ranges": "bytes"}
        if blob.lfs:  # the Hub redirects LFS files to its storage, with the real size and hash
            self._send(302, b"", {**common, "Location": f"{self.hub.storage_url}/__lfs/{blob.sha256}",
                                  "X-Linked-Etag": f'"{blob.sha256}"', "X-Linked-Size": str(len(blob.data)),
                                  "ETag": f'"{blob.oid}"'})
            return
        self._serve_bytes(blob.data, {**common, "ETag": f'"{blob.oid}"'})

    def do_storage_get(self, oid: str) -> None:
        data = self.hub.lfs.get(oid)
        if data is None:
            raise HubError(404, "no such object")
        self._serve_bytes(data, {"ETag": f'"{oid}"', "Accept-Ranges": "bytes"})

    def _serve_bytes(self, data: bytes, headers: dict[str, str]) -> None:
        """The whole body, or one `Range: bytes=a-b` slice of it (206)."""
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
        headers = {"Content-Type": "application/octet-stream", **headers}
        if not match:
            self._send(200, data, headers)
            return
        start, end = match.groups()
        if start == "":
            start, end = max(0, len(data) - int(end)), len(data) - 1
        else:
            start, end = int(start), min(int(end) if end else len(data) - 1, len(data) - 1)
        if start >= len(data) and data:
            self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
            return
        self._send(206, data[start:end + 1], {**headers, "Content-Range": f"bytes {start}-{end}/{len(data)}"})
