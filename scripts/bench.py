#!/usr/bin/env python3
"""Benchmark: this pipeline against a hand-written script and the I/O floor, in one run, on two corpora.

    python scripts/bench.py --docs 4000 [--rss-docs 4000 16000] [--workers N] [--update-readme]

Two corpora: "seeds" (pages built from the seeds, paragraphs reordered per page, so pages differ)
and "noisy" (evaluation/corpus.py's generator: every encoding and byte-level noise, comment
sections, chrome, English, French, Persian and Urdu pages). On each, side by side:
(a) the hand-written baseline: decode, ftfy.fix_text, first line as title, langdetect on the whole
    text, one Parquet written with `datasets` (pip install -e '.[dev]');
(b) the I/O floor: read the files and write the same bytes to Parquet with pyarrow;
(c) this pipeline (the whole release: cleaning, comments, attribution, dedup, card, review page)
    with 1 worker, then with all workers.
Prints pages/s, MB/s per core, the ratios to (a) and (b) and the CPU seconds each run used (its
process and its workers: on a shared machine the wall times move with others' load, the CPU
seconds much less); a per-step table from the 1-worker
run (timed with SETTINGS.run.time_steps: two clock reads per step and page); and the peak RSS of
fresh runs of the command on the noisy corpus at two sizes. Each timed run is a fork of this
process taken after importing what the runs import (the startup line reports that time), so no
run inherits what an earlier one cached (line predicates' answers, langdetect's profiles) and
the worker runs do not start warm from the 1-worker run. Machines are noisy: compare the
ratios, which come from one run, not absolute numbers across runs. `--update-readme` rewrites
README's block between <!-- bench:begin --> and <!-- bench:end --> with what this run printed.
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT))
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
NOISY_SEED = 5  # the noisy corpus's generator seed (not an evaluation corpus's)


def make_corpus(folder: Path, docs: int, seed: int = 0) -> Path:
    """`docs` pages under five site folders, each a seed with its body paragraphs reshuffled."""
    pages = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").split("\n") for p in pages]
    rng = random.Random(seed)
    for n in range(docs):
        k = n % len(pages)
        lines = list(texts[k])
        long_lines = [i for i, line in enumerate(lines) if len(line.split()) >= 15]
        moved = [lines[i] for i in long_lines]
        rng.shuffle(moved)
        for i, line in zip(long_lines, moved):
            lines[i] = line
        lines.insert(long_lines[0] if long_lines else 0, f"وذكر التقرير رقم {n} أن الاجتماع المقبل سيعقد في موعده المحدد.")
        site = folder / f"site-{k}"
        site.mkdir(parents=True, exist_ok=True)
        (site / f"page-{n:07d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


def make_noisy_corpus(folder: Path, docs: int, seed: int = NOISY_SEED) -> Path:
    """`docs` pages of the generalization corpus's generator (scripts/make_noisy_corpus.py)."""
    from evaluation.corpus import generate

    generate(folder, docs, seed)
    (folder / "truth.json").unlink()
    return folder / "input"


def baseline(folder: Path, out: Path) -> None:
    """What a user writes by hand with ftfy + langdetect + datasets."""
    import ftfy
    from datasets import Dataset
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    columns: dict[str, list] = {"id": [], "title": [], "text": [], "language": []}
    for path in sorted(folder.rglob("*.txt")):
        text = ftfy.fix_text(path.read_bytes().decode("utf-8", errors="replace"))
        try:
            language = detect_langs(text)[0].lang
        except LangDetectException:
            language = None
        columns["id"].append(path.stem)
        columns["title"].append(text.split("\n", 1)[0])
        columns["text"].append(text)
        columns["language"].append(language)
    Dataset.from_dict(columns).to_parquet(str(out))


def io_floor(folder: Path, out: Path) -> None:
    """Read every file and write the same bytes to Parquet: no pipeline can beat this."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = sorted(folder.rglob("*.txt"))
    with pq.ParquetWriter(out, pa.schema([("id", pa.string()), ("raw", pa.binary())]), compression="zstd") as w:
        for start in range(0, len(paths), 1000):
            batch = paths[start:start + 1000]
            w.write_table(pa.table({"id": [p.stem for p in batch], "raw": [p.read_bytes() for p in batch]}))


def pipeline(folder: Path, out: Path, workers: int, time_steps: bool = False) -> dict[str, float]:
    """The whole release; returns its per-step seconds (empty unless `time_steps`)."""
    from cleaning.release import build_release
    from cleaning.settings import override

    previous = override("run", time_steps=time_steps)
    try:
        return dict(build_release(folder, out, "1.0.0", workers=workers, overwrite=True).step_seconds)
    finally:
        override("run", time_steps=previous.time_steps)


def import_all() -> None:
    """What the runs import, imported once here before any is timed (the startup line reports the
    import time): each run then starts from the same state."""
    import datasets  # noqa: F401  (the baseline)
    import ftfy  # noqa: F401
    import langdetect  # noqa: F401

    import cleaning.release  # noqa: F401
    import dataset_card.croissant  # noqa: F401
    import dataset_card.render  # noqa: F401
    import dataset_card.review  # noqa: F401


def forked(fn, *args):
    """fn(*args) in a forked child, its result sent back pickled. Each run starts from this
    process's state: the imports are shared, and nothing a run caches (line predicates' answers,
    langdetect's profiles) carries over from one run into the next, as it would within one process."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as sink:
                pickle.dump(fn(*args), sink)
            code = 0
        except BaseException:  # noqa: BLE001 -- reported, then the child ends
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{fn.__name__} failed (above)")
    return pickle.loads(data)


CPU_SECONDS: dict[str, float] = {}  # label -> CPU seconds of this process and its finished children


def cpu_seconds() -> float:
    """User + system time of this process and of its children that have ended (the pool's workers
    once a pool closes): on a shared machine, the work a run did, whoever else used the cores."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, fn, *args):
    started, cpu = time.perf_counter(), cpu_seconds()
    result = forked(fn, *args)
    seconds = time.perf_counter() - started
    CPU_SECONDS[label] = cpu_seconds() - cpu
    print(f"  {label:<34} {seconds:8.1f} s   (CPU {CPU_SECONDS[label]:.1f} s)", flush=True)
    return seconds, result


def peak_rss_mb(folder: Path, out: Path, workers: int) -> tuple[float, float]:
    """Peak RSS (MB) of a fresh clean run: the main process, and the largest worker.

    The main process's peak is its own memory's high-water mark (VmHWM), not getrusage's
    ru_maxrss: Linux carries ru_maxrss across exec, so a run started by a large process (this
    one, after generating a corpus) would report its parent's size."""
    code = (
        "import resource, sys; from cleaning.cli import main; "
        f"rc = main(['--input', {str(folder)!r}, '--output', {str(out)!r}, '--workers', '{workers}', "
        "'--quiet', '--overwrite']); "
        "status = open('/proc/self/status').read() if sys.platform == 'linux' else ''; "
        "own = int(status.split('VmHWM:')[1].split()[0]) if 'VmHWM:' in status "
        "else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
        "print(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=str(ROOT), env={**os.environ, "PYTHONPATH": str(ROOT)})
    main_kb, child_kb = map(int, done.stdout.split()[-2:])
    return main_kb / 1024, child_kb / 1024


def startup_seconds() -> float:
    """Wall time of a fresh interpreter importing what every run imports (`cleaning.release`)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import cleaning.release"],
                   capture_output=True, check=False, cwd=str(ROOT), env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def corpus_size(folder: Path) -> tuple[int, float]:
    paths = list(folder.rglob("*.txt"))
    return len(paths), sum(p.stat().st_size for p in paths) / 1e6


def run_labels(workers: int) -> dict[str, str]:
    return {"baseline": "(a) hand-written baseline", "floor": "(b) I/O floor",
            "one": "(c) pipeline, 1 worker", "all": f"(c) pipeline, {workers} workers"}


def run_corpus(name: str, folder: Path, work: Path, workers: int, skip_baseline: bool) -> dict:
    docs, mb = corpus_size(folder)
    print(f"{name}: {docs} pages, {mb:.1f} MB", flush=True)
    times = {}
    if not skip_baseline:
        times["baseline"], _ = timed(run_labels(workers)["baseline"], baseline, folder, work / f"{name}-baseline.parquet")
    times["floor"], _ = timed(run_labels(workers)["floor"], io_floor, folder, work / f"{name}-floor.parquet")
    times["one"], steps = timed(run_labels(workers)["one"], pipeline, folder, work / f"{name}-one", 1, True)
    times["all"], _ = timed(run_labels(workers)["all"], pipeline, folder, work / f"{name}-all", workers)
    cpu = {key: CPU_SECONDS[run_labels(workers)[key]] for key in times}
    return {"name": name, "docs": docs, "mb": mb, "times": times, "cpu": cpu, "steps": steps, "one_seconds": times["one"]}


def speed_table(results: list[dict], workers: int) -> list[str]:
    cores = {"baseline": 1, "floor": 1, "one": 1, "all": min(workers, os.cpu_count() or 1)}
    labels = run_labels(workers)
    rows = ["| corpus | run | pages/s | MB/s per core | vs hand-written (a) | vs I/O floor (b) | CPU s (all processes) |",
            "|---|---|---|---|---|---|---|"]
    for r in results:
        times = r["times"]
        for key, seconds in times.items():
            vs_a = f"{times['baseline'] / seconds:.2f}×" if "baseline" in times else "—"
            rows.append(f"| {r['name']} ({r['docs']:,} pages, {r['mb']:.1f} MB) | {labels[key]} | "
                        f"{r['docs'] / seconds:,.0f} | {r['mb'] / seconds / cores[key]:.2f} | {vs_a} | "
                        f"{times['floor'] / seconds:.3f}× | {r['cpu'][key]:.1f} |")
    return rows


# Where the 1-worker run's time went. Worker steps are per page; "driver" steps are the one
# process every page passes through; "release files" is what remains of the wall time (the card,
# Croissant, review page, manifest, the swap).
def step_table(results: list[dict]) -> list[str]:
    order: list[str] = []
    for r in results:
        for name in sorted(r["steps"], key=lambda n: -r["steps"][n]):
            if name not in order and not name.startswith("wall:"):
                order.append(name)
    head = "| step (1 worker) | " + " | ".join(f"{r['name']}: ms/page | share" for r in results) + " |"
    rows = [head, "|---|" + "---|---|" * len(results)]
    for name in order + ["release files (card, review, ...)", "total"]:
        cells = []
        for r in results:
            wall = r["one_seconds"]
            if name == "total":
                seconds = wall
            elif name.startswith("release files"):
                seconds = wall - r["steps"].get("wall: both passes", 0.0)
            else:
                seconds = r["steps"].get(name, 0.0)
            cells.append(f"{1000 * seconds / r['docs']:.2f} | {seconds / wall:.1%}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return rows


def update_readme(block: list[str]) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    readme.write_text(text[:start] + "\n" + "\n".join(block) + "\n" + text[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=4000, help="pages in each timed corpus (issue 14 measured at 4,000)")
    parser.add_argument("--rss-docs", type=int, nargs="*", default=None,
                        help="noisy corpus sizes for the peak-memory runs (default: --docs and 4x; empty to skip)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-baseline", action="store_true", help="skip (a), the slowest part")
    parser.add_argument("--corpus", choices=("seeds", "noisy"), nargs="*", default=["seeds", "noisy"])
    parser.add_argument("--update-readme", action="store_true", help="rewrite README's bench block")
    args = parser.parse_args()
    rss_docs = [args.docs, 4 * args.docs] if args.rss_docs is None else args.rss_docs

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        import_all()
        start_load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"{os.cpu_count()} cores; workers {args.workers}; load average {start_load}", flush=True)
        makers = {"seeds": make_corpus, "noisy": make_noisy_corpus}
        results = []
        for name in args.corpus:
            folder = makers[name](work / f"{name}-pages", args.docs)
            results.append(run_corpus(name, folder, work, args.workers, args.skip_baseline))
            shutil.rmtree(work / f"{name}-pages")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        block = [f"`python scripts/bench.py --docs {args.docs}` on this machine ({os.cpu_count()} cores, load average "
                 f"{start_load} at the start and {load} at the end of the timed runs: other work shares the cores; "
                 f"one run, so the ratios compare like with like):", ""]
        block += speed_table(results, args.workers)
        block += ["", "Where the time goes (the 1-worker run, per page):", ""] + step_table(results)
        if rss_docs:
            block += ["", f"Peak RSS of a fresh `arabic-news-clean --workers {args.workers}` run on the noisy corpus:", "",
                      "| pages | peak RSS, main process | peak RSS, largest worker |", "|---|---|---|"]
            first = None
            for n in rss_docs:
                folder = make_noisy_corpus(work / f"rss-{n}", n)
                main_mb, child_mb = peak_rss_mb(folder, work / f"rss-out-{n}", args.workers)
                first = first or main_mb
                block.append(f"| {n:,} | {main_mb:,.0f} MB ({main_mb / first:.2f}× the first) | {child_mb:,.0f} MB |")
                shutil.rmtree(work / f"rss-{n}")
                shutil.rmtree(work / f"rss-out-{n}", ignore_errors=True)
        block += ["", f"Startup (importing what a run imports, `cleaning.release`, in a fresh interpreter): {startup_seconds():.2f} s."]
        print()
        print("\n".join(block))
        if args.update_readme:
            update_readme(block)
            print("\nREADME.md: bench block rewritten")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
