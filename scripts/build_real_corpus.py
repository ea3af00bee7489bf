"""Build the real sample from the pinned public sources: `python scripts/build_real_corpus.py`.

Reads the repositories listed in evaluation/real/sources.py (SOURCES, each pinned to a commit)
from bare git mirrors under --mirror (default /work/.mirror, as the look-up tools' `fetch`
leaves them) and writes a compressed sample of real articles and real comments to --output
(default data/real/sample.jsonl.gz, which is not committed: see docs/real-corpus.md).
With --pages N it also writes the dev and test page corpora (evaluation/real/layout.py).
With --wide it writes instead data/real/dev-wide.jsonl.gz: the dev split alone, with more of the
dev sites' articles (evaluation/real/sources.build_wide_dev), for `evaluate.py --real dev --wide`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.real.layout import generate  # noqa: E402
from evaluation.real.sources import build_sample, build_wide_dev, write_sample  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--output", type=Path, default=None,
                        help="default data/real/sample.jsonl.gz (data/real/dev-wide.jsonl.gz with --wide)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--pages", type=int, default=0, help="also write N dev and N test pages beside the sample")
    parser.add_argument("--wide", action="store_true", help="write the wide dev sample instead (dev split only)")
    args = parser.parse_args(argv)
    if args.wide and args.pages:
        parser.error("--pages goes with the main sample, not --wide")
    args.output = args.output or ROOT / "data" / "real" / ("dev-wide.jsonl.gz" if args.wide else "sample.jsonl.gz")
    try:
        records = build_wide_dev(args.mirror) if args.wide else build_sample(args.mirror, seed=args.seed)
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_sample(records, args.output)
    counts = Counter((r["split"], r["kind"]) for r in records)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes): "
          + ", ".join(f"{split} {kind}s {n}" for (split, kind), n in sorted(counts.items())))
    if args.pages:
        for split in ("dev", "test"):
            out = args.output.parent / split
            generate(records, out, split=split, pages=args.pages)
            print(f"wrote {out}: {args.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
