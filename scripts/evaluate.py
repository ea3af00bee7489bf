"""Score the cleaning pipeline on a noisy corpus: `python scripts/evaluate.py --corpus DIR`.

DIR holds input/ and truth.json as written by scripts/make_noisy_corpus.py. Prints the figures
table (Markdown); exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluation.score import evaluate, failures, table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--no-repetition", action="store_true", help="one pass: no cross-page signal")
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of each kind of error")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, use_repetition=not args.no_repetition)
    print(table(result))
    for kind, items in sorted(result["examples"].items()):
        for item in items[: args.show]:
            print(f"  [{kind}] {item}")
    missed = failures(result)
    for line in missed:
        print(f"TARGET MISSED {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
