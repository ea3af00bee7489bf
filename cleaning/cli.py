"""`arabic-news-clean`: a folder of raw pages in, a versioned release folder out."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .atomic import Interrupted, stop_on_signals  # light: the handlers go in before the heavy imports
from .command import OneLineParser


def check_source_date_epoch() -> str | None:
    """An empty SOURCE_DATE_EPOCH counts as unset (removed before any library reads it: numpy
    fails on import otherwise); one that is not a number of seconds is an error of the command."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and not epoch.strip():
        del os.environ["SOURCE_DATE_EPOCH"]
    elif epoch is not None and not epoch.strip().isdigit():
        return f"SOURCE_DATE_EPOCH must be a number of seconds (or empty), got {epoch!r}"
    return None


def print_quietly_on_broken_pipe(text: str) -> None:
    """Print to stdout; a reader that went away (`| head`) ends the output, not in a traceback."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail either
        os.close(devnull)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from .versions import SEMVER

    parser = OneLineParser(
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
    parser.add_argument("--skip-crashes", action="store_true",
                        help="skip a page a cleaner crashes on (listed in skipped.jsonl) instead of "
                        "failing the run; a crash is a bug, so by default it fails the run, naming the page")
    parser.add_argument("--follow-external-links", action="store_true",
                        help="read *.txt links to files outside --input (skipped by default)")
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    card = parser.add_argument_group(
        "release configuration", "what the card says about the dataset; from --config FILE (TOML), "
        "else INPUT/dataset.toml when present; these flags win over the file")
    card.add_argument("--config", type=Path, metavar="FILE", help="release configuration (TOML)")
    card.add_argument("--name", help="the dataset's name (card title, Croissant name)")
    card.add_argument("--description", help="a paragraph opening the card's summary")
    card.add_argument("--license", help="Hub licence id (cc-by-4.0, apache-2.0, ...) or other (default)")
    card.add_argument("--license-name", help="name of an `other` licence (default publishers-copyright)")
    card.add_argument("--license-link", help="URL of an `other` licence (default: LICENSE.md in the release)")
    card.add_argument("--curator", dest="curators", action="append", metavar="NAME",
                      help="a curator (author in the citation); repeat for several")
    card.add_argument("--homepage", help="the dataset's homepage, an http(s) URL")
    card.add_argument("--citation", help="a BibTeX entry replacing the generated one")
    card.add_argument("--date", help="release date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else the "
                      "newest page's modification day)")
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
    from .manifest import SKIPPED_REPORT

    verb = "already up to date at" if stats.unchanged else "written to"
    counts = stats.counts()  # the same numbers the card and the review page show
    rate = counts["pages_read"] / seconds if seconds else 0
    lines = [
        f"release {stats.version} {verb} {printable(output)}",
        f"  pages read {counts['pages_read']}, published {counts['published']}, skipped {counts['skipped']}"
        + (f"; {counts['ignored']} other file(s) ignored" if counts["ignored"] else ""),
        f"  comments {counts['comments']}, words {counts['words']:,}; {seconds:.1f}s, {rate:.0f} pages/s",
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
            from .errors import CleanerCrash, UserError

            build_release = globals().get("build_release", release.build_release)  # tests may replace it
            from dataset_card.config import ConfigError, flag_overrides, load_config

            try:
                config = load_config(args.config, args.input, flag_overrides(args))
            except ConfigError as error:
                print(f"arabic-news-clean: error: {printable(error)}", file=sys.stderr)
                return 2
            try:
                stats = build_release(
                    args.input, args.output, args.version, config=config,
                    workers=args.workers, strict=args.strict, previous=args.previous,
                    overwrite=args.overwrite, progress=not args.quiet, engine=args.engine,
                    near_threshold=args.near_duplicates or None,
                    follow_external_links=args.follow_external_links, skip_crashes=args.skip_crashes,
                )
            except UserError as error:
                print(f"arabic-news-clean: error: {printable(error)}", file=sys.stderr)
                return 2
            except CleanerCrash as error:
                print(f"arabic-news-clean: error: {printable(error)}", file=sys.stderr)
                return 1
            if not args.quiet:  # still under the handlers: a signal now is ignored (all is done)
                print_quietly_on_broken_pipe(summary(stats, args.output, time.monotonic() - started))
            return 0
    except KeyboardInterrupt as error:
        status = error.exit_status if isinstance(error, Interrupted) else 130
        name = error.name if isinstance(error, Interrupted) else "SIGINT"
        print(f"arabic-news-clean: stopped by {name}; the previous release (if any) is unchanged",
              file=sys.stderr)
        return status


def __getattr__(name: str):
    """`cli.build_release` and friends, imported only when asked for (the module stays light)."""
    if name in ("build_release", "RunStats"):
        from . import release

        return getattr(release, name)
    raise AttributeError(name)


if __name__ == "__main__":
    sys.exit(main())
