"""`--engine ray` builds the release the local engine builds: same rows, skips, card, bytes.

Both engines run in one subprocess (Ray's processes and global state stay out of pytest) on a
local 2-CPU Ray, with shards, row groups and cleaning blocks shrunk so that a small corpus
spans several of each: the order across blocks and shards is what could go wrong.
`make test` installs the `ray` extra (pip install -e '.[dev,ray]'): Ray is required here, not skipped.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleaning.engine_ray import KEYS_SCHEMA, _check_order
from cleaning.reader import iter_pages
from cleaning.schema import ARTICLE_SCHEMA, COMMENT_SCHEMA
from cleaning.publisher import same_tree
from conftest import SEEDS

# Runs in the subprocess: both engines through the command line, stats captured as JSON.
BUILD = textwrap.dedent("""
    import pickle, sys
    import ray
    import cleaning.cli as cli, cleaning.engine_ray as engine_ray, cleaning.runner as runner, cleaning.shards as shards

    from cleaning.settings import override
    override("run", shard_rows=4, row_group_rows=2, first_pass_chunk=3)  # first_pass_chunk: pages per task, either engine
    corpus, out, report = sys.argv[1:]
    stats, inits, real_build, real_init = {}, [], cli.build_release, ray.init
    cli.build_release = lambda *a, **k: stats.setdefault(k["engine"], real_build(*a, **k))
    ray.init = lambda *a, **k: inits.append(k) or real_init(*a, **k)
    for engine in ("local", "ray"):
        code = cli.main(["--input", corpus, "--output", f"{out}/{engine}", "--engine", engine,
                         "--workers", "2", "--quiet"])
        assert code == 0, (engine, code)
    with open(report, "wb") as f:
        pickle.dump({"stats": {e: vars(s) for e, s in stats.items()},  # asdict garbles Counters
                     "ray_init": [{k: v for k, v in i.items() if k == "num_cpus"} for i in inits],
                     "ray_left_running": ray.is_initialized()}, f)
""")


def make_corpus(root: Path) -> Path:
    """Seeds under site folders (exact copies), a near copy, a legacy encoding, junk, a non-page."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, root / seed.name)
    for site in ("site-a", "site-b/2017"):
        (root / site).mkdir(parents=True)
        for n, seed in enumerate(seeds):
            shutil.copy(seed, root / site / f"page{n}.txt")
    text = seeds[2].read_text(encoding="utf-8")
    (root / "site-a/near.txt").write_text(text.replace("\n", "\nجملة إضافية قصيرة هنا.\n", 1), encoding="utf-8")
    legacy = seeds[3].read_text(encoding="utf-8").encode("cp1256", errors="replace")
    (root / "site-a/legacy.txt").write_bytes(legacy)
    # At the top level, so the walk (top files first) and sorted ids disagree on its place.
    (root / "zz_last.txt").write_text(seeds[4].read_text(encoding="utf-8") + "\nفقرة أخيرة لا تشبه غيرها.\n",
                                     encoding="utf-8")
    (root / "site-b/empty.txt").write_bytes(b"")
    (root / "site-b/image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "site-b/notes.md").write_text("not a page", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("ray")
    (tmp / "corpus").mkdir()
    corpus = make_corpus(tmp / "corpus")
    out, report = tmp / "out", tmp / "report.pickle"
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}  # a local Ray, never a cluster
    done = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(out), str(report)],
                          capture_output=True, text=True, timeout=110, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return {"corpus": corpus, "local": out / "local", "ray": out / "ray", "stderr": done.stderr,
            **pickle.loads(report.read_bytes())}


def read_config(release: Path, folder: str) -> tuple[pa.Table, list[Path]]:
    files = sorted((release / folder).glob("*.parquet"))
    return pa.concat_tables(pq.read_table(f) for f in files), files


@pytest.mark.parametrize("folder, schema", [("data", ARTICLE_SCHEMA), ("comments", COMMENT_SCHEMA)])
def test_same_rows_in_input_order_with_the_schema(built, folder, schema):
    local, _ = read_config(built["local"], folder)
    ray_rows, files = read_config(built["ray"], folder)
    assert ray_rows.num_rows > 1
    assert ray_rows.equals(local)
    assert len(files) > 1 and [f.name for f in files] == [
        f"train-{n:05d}-of-{len(files):05d}.parquet" for n in range(len(files))]
    for f in files:
        assert pq.read_schema(f).remove_metadata().equals(schema)
        assert pq.ParquetFile(f).metadata.row_group(0).column(0).compression == "ZSTD"
    if folder == "data":  # ids in the order of the walk, which is not the order of sorted ids
        skipped = {"site-b/empty", "site-b/image"}
        walk = [doc_id for doc_id, _ in iter_pages(built["corpus"]) if doc_id not in skipped]
        assert ray_rows["id"].to_pylist() == walk != sorted(walk)


def test_same_skipped_report(built):
    report = (built["ray"] / "skipped.jsonl").read_text(encoding="utf-8")
    assert report == (built["local"] / "skipped.jsonl").read_text(encoding="utf-8")
    assert {json.loads(line)["id"] for line in report.splitlines()} == {"site-b/empty", "site-b/image",
                                                                       "site-b/notes.md"}


def test_same_card_statistics(built):
    local, ray = built["stats"]["local"], built["stats"]["ray"]
    assert ray == local  # every count, the example row, the shard files with sizes and bytes
    assert local["docs_in"] == 20 and local["published"] == 18
    assert local["duplicates"]["exact"] >= 10 and local["duplicates"]["near"] >= 1  # both kinds marked
    card = (built["ray"] / "README.md").read_text(encoding="utf-8")
    assert card == (built["local"] / "README.md").read_text(encoding="utf-8")


def test_whole_release_is_byte_identical(built):
    assert same_tree(built["ray"], built["local"])


def test_ran_on_a_local_two_cpu_ray_and_stopped_it(built):
    assert built["ray_init"] == [{"num_cpus": 2}]
    assert built["ray_left_running"] is False
    assert "INFO" not in built["stderr"]  # Ray's logging kept quiet


def write_shard(path: Path, table: pa.Table) -> Path:
    pq.write_table(table, path)
    return path


def test_check_order_refuses_rows_out_of_input_order(tmp_path):
    keys = tmp_path / "keys.arrow"
    with pa.ipc.new_file(str(keys), KEYS_SCHEMA) as writer:
        writer.write_table(pa.table({"id": ["a", "b", "c"], "num_comments": [2, 0, 1]}, schema=KEYS_SCHEMA))
    articles = [write_shard(tmp_path / "a0.parquet", pa.table({"id": ["a", "b"]})),
                write_shard(tmp_path / "a1.parquet", pa.table({"id": ["c"]}))]
    comments = pa.table({"article_id": ["a", "a", "c"], "position": pa.array([1, 2, 1], pa.int32())})
    good = [write_shard(tmp_path / "c0.parquet", comments)]
    _check_order({"default": articles, "comments": good}, keys)  # in order: accepted

    swapped = [write_shard(tmp_path / "s0.parquet", pa.table({"id": ["b", "a"]})), articles[1]]
    with pytest.raises(RuntimeError, match="articles out of input order"):
        _check_order({"default": swapped, "comments": good}, keys)
    for bad in (comments.take([0, 2, 1]), comments.take([1, 0, 2])):  # across and within articles
        shard = [write_shard(tmp_path / "bad.parquet", bad)]
        with pytest.raises(RuntimeError, match="comments out of input order"):
            _check_order({"default": articles, "comments": shard}, keys)


# A cleaner that crashes on one page, in every Ray worker: installed by Ray's worker setup hook.
CRASH_HOOK = textwrap.dedent("""
    import cleaning.runner as runner

    PASSES = {passes!r}  # the functions that crash: pass 2 (clean_page), pass 1 (first_pass_lines)

    def install():
        for name in PASSES:
            real = getattr(runner, name)

            def crashing(page_id, raw, *args, real=real, **kwargs):
                if page_id == "site-a/page1":
                    raise ZeroDivisionError("a bug in a cleaner")
                return real(page_id, raw, *args, **kwargs)

            setattr(runner, name, crashing)
""")
CRASH_RUN = textwrap.dedent("""
    import sys
    import ray
    import cleaning.cli as cli

    real_init = ray.init
    ray.init = lambda *a, **k: real_init(*a, runtime_env={"worker_process_setup_hook": "crash_hook.install"}, **k)
    sys.exit(cli.main(sys.argv[1:]))
""")


@pytest.mark.parametrize("passes", [("clean_page",), ("first_pass_lines", "clean_page")])
def test_a_cleaner_crash_on_ray_fails_the_run_unless_skipped(tmp_path, passes):
    """The crash policy is the runner's, whichever engine runs the passes, in either pass."""
    (tmp_path / "hook").mkdir()
    (tmp_path / "hook" / "crash_hook.py").write_text(CRASH_HOOK.format(passes=passes), encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    corpus = make_corpus(tmp_path / "corpus")
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "hook"), str(Path(__file__).resolve().parent.parent)])
    out = tmp_path / "out"
    args = ["--input", str(corpus), "--output", str(out), "--engine", "ray", "--workers", "2", "--quiet"]
    done = subprocess.run([sys.executable, "-c", CRASH_RUN, *args], capture_output=True, text=True,
                          timeout=110, env=env)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "cleaning crashed on page site-a/page1: cleaning failed: ZeroDivisionError" in done.stderr
    assert not out.exists()
    done = subprocess.run([sys.executable, "-c", CRASH_RUN, *args, "--skip-crashes"], capture_output=True,
                          text=True, timeout=110, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    skipped = [json.loads(line) for line in (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"id": "site-a/page1", "reason": "cleaning failed: ZeroDivisionError: a bug in a cleaner"} in skipped
