"""`arabic-news-clean`: a folder of raw pages in, a versioned release folder out."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .atomic import Interrupted, stop_on_signals  # light: the handlers go in before the heavy imports


def check_source_date_epoch() -> str | None:
    """An empty SOURCE_DATE_EPOCH counts as unset (removed before any library reads it: numpy
    fails on import otherwise); one that is not a number of seconds is an error of the command."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and not epoch.strip():
        del os.environ["SOURCE_DATE_EPOCH"]
    elif epoch is not None and not epoch.strip().isdigit():
        return f"SOURCE_DATE_EPOCH must be a number of seconds (or empty), got {epoch!r}"
    return None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from .versions import SEMVER

    parser = argparse.ArgumentParser(
        prog="arabic-news-clean",
        description="Clean raw scraped Arabic news pages (*.txt, recursively) into a Parquet "
        "release with a Hugging Face dataset card.",
    )
    parser.add_argument("--input", required=True, type=Path, help="folder of raw pages (*.txt)")
    parser.add_argument("--output", required=True, type=Path, help="release folder to write")
    parser.add_argument("--version", default="1.0.0", help="release version, X.Y.Z (default 1.0.0)")
    parser.add_argument("--previous", type=Path,
                        help="release to compare with for the changelog (default: the newest older "
                        "release beside --output)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes cleaning pages (default: all cores); output is the same for any N")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local processes (default) or Ray Data (pip install '.[ray]'; "
                        "set RAY_ADDRESS to use a cluster)")
    parser.add_argument("--near-duplicates", type=float, default=0.8, metavar="THRESHOLD",
                        help="Jaccard threshold for marking near duplicates with MinHash LSH "
                        "(default 0.8; 0 marks exact duplicates only)")
    parser.add_argument("--strict", action="store_true", help="fail (and publish nothing) if any file is skipped")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace an existing release at --output even if it differs")
    parser.add_argument("--follow-external-links", action="store_true",
                        help="read *.txt links to files outside --input (skipped by default)")
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    args = parser.parse_args(argv)
    if not SEMVER.match(args.version):
        parser.error(f"--version must be X.Y.Z (semantic versioning), got {args.version!r}")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if not 0 <= args.near_duplicates <= 1:
        parser.error("--near-duplicates must be between 0 and 1")
    if args.near_duplicates:
        from .dedup import DuplicateIndex

        try:
            DuplicateIndex(args.near_duplicates)
        except ValueError:
            parser.error(f"--near-duplicates {args.near_duplicates:g} is too close to 1 for MinHash LSH "
                         "(at most 0.98; 0 marks exact duplicates only)")
    return args


def printable(text: str) -> str:
    """A name as it may be printed on a terminal: control characters (ANSI escapes, new lines,
    carriage returns, bidi overrides) are shown as escapes, so a file name cannot fake output."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                   for ch in str(text))


def summary(stats, output: Path, seconds: float) -> str:
    from .release import SKIPPED_REPORT

    verb = "already up to date at" if stats.unchanged else "written to"
    rate = stats.docs_in / seconds if seconds else 0
    lines = [
        f"release {stats.version} {verb} {printable(output)}",
        f"  pages read {stats.docs_in}, published {stats.published}, skipped {len(stats.skipped)}"
        + (f"; {len(stats.ignored)} other file(s) ignored" if stats.ignored else ""),
        f"  comments {stats.comments}, words {stats.words:,}; {seconds:.1f}s, {rate:.0f} pages/s",
    ]
    if stats.changelog and stats.changelog[0]["previous"]:
        e = stats.changelog[0]
        lines.append(f"  since {e['previous']}: {e['added']} added, {e['removed']} removed, "
                     f"{e['changed']} changed" + (f"; schema: {'; '.join(e['schema_changes'])}" if e["schema_changes"] else ""))
    if stats.rule_lines:
        lines.append("  lines removed per rule:")
        lines += [f"    {rule:<22} {n:>8,}" for rule, n in sorted(stats.rule_lines.items())]
    shown = stats.skipped[:20]
    lines += [f"  skipped {printable(skip['id'])}: {printable(skip['reason'])}" for skip in shown]
    if len(stats.skipped) > len(shown):
        lines.append(f"  ... and {len(stats.skipped) - len(shown)} more")
    if stats.skipped or stats.ignored:
        lines.append(f"  (all skipped and ignored files are listed in {printable(output / SKIPPED_REPORT)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    started = time.monotonic()
    try:
        with stop_on_signals():  # from the start: Ctrl-C while the libraries load stops cleanly too
            problem = check_source_date_epoch()
            if problem:
                print(f"arabic-news-clean: error: {problem}", file=sys.stderr)
                return 2
            args = parse_args(argv)
            from . import release
            from .release import UserError

            build_release = globals().get("build_release", release.build_release)  # tests may replace it
            try:
                stats = build_release(
                    args.input, args.output, args.version,
                    workers=args.workers, strict=args.strict, previous=args.previous,
                    overwrite=args.overwrite, progress=not args.quiet, engine=args.engine,
                    near_threshold=args.near_duplicates or None,
                    follow_external_links=args.follow_external_links,
                )
            except UserError as error:
                print(f"arabic-news-clean: error: {printable(error)}", file=sys.stderr)
                return 2
            if not args.quiet:  # still under the handlers: a signal now is ignored (all is done)
                print(summary(stats, args.output, time.monotonic() - started))
            return 0
    except KeyboardInterrupt as error:
        status = error.exit_status if isinstance(error, Interrupted) else 130
        name = error.name if isinstance(error, Interrupted) else "SIGINT"
        print(f"arabic-news-clean: stopped by {name}; the previous release (if any) is unchanged",
              file=sys.stderr)
        return status


def __getattr__(name: str):
    """`cli.build_release` and friends, imported only when asked for (the module stays light)."""
    if name in ("build_release", "UserError", "RunStats"):
        from . import release

        return getattr(release, name)
    raise AttributeError(name)


if __name__ == "__main__":
    sys.exit(main())
