#!/usr/bin/env python3
"""Benchmark: this pipeline against a hand-written script and the I/O floor, in one run.

    python scripts/bench.py --docs 5000 [--rss-docs 5000 20000] [--workers N]

Generates a corpus from the seeds (paragraphs reordered per page, so pages differ), then times
(a) the hand-written baseline: decode, ftfy.fix_text, first line as title, langdetect, one
    Parquet written with `datasets`;
(b) the I/O floor: read the files and write the same bytes to Parquet with pyarrow;
(c) this pipeline (cleaning, comments, attribution, dedup, card) with 1 worker and all cores;
and prints docs/s and the ratios to (a) and (b). Machines are noisy: compare the ratios, which
come from one run, not absolute numbers across runs. Peak RSS is measured in fresh processes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


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


def pipeline(folder: Path, out: Path, workers: int) -> None:
    from cleaning.release import build_release

    build_release(folder, out, "1.0.0", workers=workers, overwrite=True)


def timed(label: str, fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    seconds = time.perf_counter() - started
    print(f"  {label:<34} {seconds:8.1f} s", flush=True)
    return seconds


def peak_rss_mb(folder: Path, out: Path, workers: int) -> tuple[float, float]:
    """Peak RSS (MB) of a fresh clean run: the main process, and the largest worker."""
    code = (
        "import resource, sys; from cleaning.cli import main; "
        f"rc = main(['--input', {str(folder)!r}, '--output', {str(out)!r}, '--workers', '{workers}', "
        "'--quiet', '--overwrite']); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    main_kb, child_kb = map(int, done.stdout.split()[-2:])
    return main_kb / 1024, child_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000, help="pages in the timed corpus")
    parser.add_argument("--rss-docs", type=int, nargs="*", default=[5000, 20000],
                        help="corpus sizes for the peak-memory runs (empty to skip)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-baseline", action="store_true", help="skip (a), the slowest part")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        corpus = make_corpus(work / "pages", args.docs)
        print(f"corpus: {args.docs} pages, {sum(p.stat().st_size for p in corpus.rglob('*.txt')) / 1e6:.1f} MB; "
              f"{os.cpu_count()} cores; workers {args.workers}")
        times = {}
        if not args.skip_baseline:
            times["baseline"] = timed("(a) hand-written baseline", baseline, corpus, work / "baseline.parquet")
        times["floor"] = timed("(b) I/O floor", io_floor, corpus, work / "floor.parquet")
        times["one"] = timed("(c) pipeline, 1 worker", pipeline, corpus, work / "one", 1)
        times["all"] = timed(f"(c) pipeline, {args.workers} workers", pipeline, corpus, work / "all", args.workers)
        print()
        print("| run | docs/s | vs baseline (a) | vs I/O floor (b) |")
        print("|---|---|---|---|")
        labels = {"baseline": "(a) hand-written baseline", "floor": "(b) I/O floor",
                  "one": "(c) pipeline, 1 worker", "all": f"(c) pipeline, {args.workers} workers"}
        for key, seconds in times.items():
            rate = args.docs / seconds
            vs_a = f"{times['baseline'] / seconds:.2f}×" if "baseline" in times else "—"
            print(f"| {labels[key]} | {rate:,.0f} | {vs_a} | {times['floor'] / seconds:.3f}× |")
        if args.rss_docs:
            print()
            print("| pages | peak RSS, main process | peak RSS, largest worker |")
            print("|---|---|---|")
            first = None
            for n in args.rss_docs:
                folder = make_corpus(work / f"rss-{n}", n)
                main_mb, child_mb = peak_rss_mb(folder, work / f"rss-out-{n}", args.workers)
                first = first or main_mb
                print(f"| {n:,} | {main_mb:,.0f} MB ({main_mb / first:.2f}× the first) | {child_mb:,.0f} MB |")
                shutil.rmtree(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
