"""`arabic-news-clean`: a folder of raw pages in, a versioned release folder out."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from .release import SKIPPED_REPORT, RunStats, UserError, build_release

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="arabic-news-clean",
        description="Clean raw scraped Arabic news pages (*.txt, recursively) into a Parquet "
        "release with a Hugging Face dataset card.",
    )
    parser.add_argument("--input", required=True, type=Path, help="folder of raw pages (*.txt)")
    parser.add_argument("--output", required=True, type=Path, help="release folder to write")
    parser.add_argument("--version", default="1.0.0", help="release version, X.Y.Z (default 1.0.0)")
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    args = parser.parse_args(argv)
    if not SEMVER.match(args.version):
        parser.error(f"--version must be X.Y.Z (semantic versioning), got {args.version!r}")
    return args


def summary(stats: RunStats, output: Path, seconds: float) -> str:
    lines = [
        f"release {stats.version} written to {output}",
        f"  pages read {stats.docs_in}, published {stats.published}, skipped {len(stats.skipped)}",
        f"  comments {stats.comments}, words {stats.words}, {seconds:.1f}s "
        f"({stats.docs_in / seconds if seconds else 0:.0f} pages/s)",
    ]
    if stats.rule_lines:
        lines.append("  lines removed per rule:")
        lines += [f"    {rule:<22} {n}" for rule, n in sorted(stats.rule_lines.items())]
    for skip in stats.skipped:
        lines.append(f"  skipped {skip['id']}: {skip['reason']}")
    if stats.skipped:
        lines.append(f"  (skipped files are listed in {output / SKIPPED_REPORT})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    try:
        stats = build_release(args.input, args.output, args.version)
    except UserError as error:
        print(f"arabic-news-clean: error: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(summary(stats, args.output, time.monotonic() - started))
    if stats.published == 0:
        print("arabic-news-clean: error: no page could be published", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
