"""Score the cleaning pipeline on a corpus with ground truth.

    python scripts/evaluate.py --corpus DIR             a corpus from scripts/make_noisy_corpus.py or evaluation.blind
    python scripts/evaluate.py --real dev [--show N]    the real corpus, development split (examples allowed)
    python scripts/evaluate.py --real dev --phrasings own   the dev pages in phrasings of our own (a structure check)
    python scripts/evaluate.py --real dev --phrasings fresh a fourth set, written blind to the rules (the same check)
    python scripts/evaluate.py --real dev --endings wrapped the dev articles ended or wrapped otherwise (subhead, list, truncated, end, wrapped)
    python scripts/evaluate.py --real dev --layouts extra   the dev comments in comment-section layouts the generator lacks
    python scripts/evaluate.py --real dev --layouts over-foot   the dev comments printed above the story's tags and share bar
    python scripts/evaluate.py --real dev --wide --pages 4000   pages from the wide dev sample (build_real_corpus.py --wide)
    python scripts/evaluate.py --real test              the real corpus, sealed test split: figures only
    python scripts/evaluate.py --real test --losses     also the failures counted by kind (no text)
    python scripts/evaluate.py --real test --update-readme   also rewrite README's figures block

The real pages are generated from the real sample (evaluation/real/, docs/real-corpus.md) into a
temporary folder (--pages per split, default 400). --update-readme scores both splits and
rewrites only the block between <!-- figures:real:begin --> and <!-- figures:real:end -->.
Prints the figures table (Markdown); exits 1 when a target is missed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evaluation.score import (REAL_TARGETS, evaluate, evaluate_real, failures, losses_table,  # noqa: E402
                              real_failures, real_table, table)

BEGIN, END = "<!-- figures:real:begin -->", "<!-- figures:real:end -->"


def score_real(split: str, pages: int, seed: int, use_repetition: bool, own_phrasings: bool | str = False,
               endings: str | None = None, extra_layouts: bool | str = False, wide: bool = False) -> dict:
    """own_phrasings: True or 'own' lays the pages out with OWN, 'fresh' with FRESH; extra_layouts: True
    for EXTRA_STYLES, 'over-foot' for each comment section above the story's tags and share bar."""
    from contextlib import nullcontext

    from evaluation.real.layout import generate
    from evaluation.real.extra_layouts import extra_layouts as extra, section_over_foot
    layouts = section_over_foot if extra_layouts == "over-foot" else extra
    from evaluation.real.fresh_phrasings import fresh_phrasings as fresh
    from evaluation.real.own_phrasings import own_phrasings as own
    from evaluation.real.sources import HOW_TO_BUILD, locate_sample, read_sample
    phrasings = fresh if own_phrasings == "fresh" else own
    path = locate_sample(ROOT, "dev-wide.jsonl.gz" if wide else "sample.jsonl.gz")
    if path is None:
        raise SystemExit("error: the wide dev sample is absent: run `python scripts/build_real_corpus.py --wide`"
                         if wide else f"error: {HOW_TO_BUILD}")
    with tempfile.TemporaryDirectory(prefix=f"real-{split}-") as tmp, (phrasings() if own_phrasings else nullcontext()), \
            (layouts() if extra_layouts else nullcontext()):
        sample = read_sample(path)
        if endings:
            from evaluation.real.endings import vary
            sample = vary(sample, endings, seed)
        generate(sample, Path(tmp), split=split, pages=pages, seed=seed)
        return evaluate_real(Path(tmp), use_repetition=use_repetition)


GENERATED = (("own corpus", "evaluation.corpus", "generate", {"pages": 300, "seed": 0}),
             ("blind corpus", "evaluation.blind", "make_corpus", {"n_pages": 420, "seed": 7}))


def score_generated() -> dict[str, dict]:
    """The generated corpora (every encoding and noise) at the sizes the README states."""
    import importlib
    out = {}
    for name, module, function, kwargs in GENERATED:
        with tempfile.TemporaryDirectory(prefix="generated-") as tmp:
            getattr(importlib.import_module(module), function)(Path(tmp), **kwargs)
            out[f"{name} ({', '.join(f'{k} {v}' for k, v in kwargs.items())})"] = evaluate(Path(tmp))
    return out


def generated_block(results: dict[str, dict]) -> str:
    from evaluation.score import TARGETS
    names = list(results)
    rows = ["", "Generated corpora (written by the same command):", "",
            "| measure | " + " | ".join(names) + " | target |", "|---|" + "---|" * len(names) + "---|"]
    for measure in ("body kept", "chrome removed", "comments removed", "sources exact", "titles exact",
                    "language right"):
        target = TARGETS.get(measure)
        rows.append(f"| {measure} | " + " | ".join(f"{results[n]['figures'][measure]:.4f}" for n in names)
                    + f" | {'≥ ' + str(target) if target else ''} |")
    worst = " | ".join(f"{min(results[n]['encoding_intact'].values()):.4f}" for n in names)
    rows.append(f"| body intact, worst encoding/noise | {worst} | ≥ {TARGETS['encoding intact (each)']} each |")
    return "\n".join(rows)


PROBES = (("own phrasings", {"own_phrasings": True}), ("fresh phrasings", {"own_phrasings": "fresh"}),
          ("extra layouts", {"extra_layouts": True}), ("comments over the foot", {"extra_layouts": "over-foot"}),
          ("real endings", {"endings": "end"}))
PROBE_MEASURES = ("body kept", "chrome removed", "comment text removed", "comment metadata removed",
                  "usernames absent", "comments captured", "recorded comments that are readers'", "titles exact")


def score_probes(pages: int, seed: int, use_repetition: bool) -> dict[str, dict]:
    """The dev pages laid out with phrasings and comment layouts written apart from the rules, and
    with their articles' real endings."""
    return {name: score_real("dev", pages, seed, use_repetition, **kwargs) for name, kwargs in PROBES}


def probe_block(results: dict[str, dict]) -> str:
    names = list(results)
    rows = ["", "Structure probes on the dev pages (same command; `--phrasings own`, `--phrasings fresh`, "
            "`--layouts extra`: widget phrasings and comment layouts written apart from the rules; `--layouts over-foot`: "
            "the comments printed above the story's tags and share bar; `--endings end`: each article ending where its "
            "source ends it, not after the 14 paragraphs kept):", "",
            "| measure | " + " | ".join(names) + " | target |", "|---|" + "---|" * len(names) + "---|"]
    for measure in PROBE_MEASURES:
        target = REAL_TARGETS.get(measure)
        rows.append(f"| {measure} | " + " | ".join(f"{results[n]['figures'][measure]:.4f}" for n in names)
                    + f" | {'≥ ' + str(target) if target else ''} |")
    return "\n".join(rows)


def readme_block(results: dict[str, dict], pages: int, seed: int) -> str:
    names = list(results)
    head = "| measure | " + " | ".join(f"real {s} ({results[s]['pages']} pages, {results[s]['sites']} sites)"
                                        for s in names) + " | target |"
    rows = [f"Written by `python scripts/evaluate.py --real test --update-readme` (pages per split {pages}, "
            f"layout seed {seed}); corpus in docs/real-corpus.md.", "", head,
            "|---|" + "---|" * len(names) + "---|"]
    for measure in results[names[0]]["figures"]:
        target = REAL_TARGETS.get(measure)
        rows.append(f"| {measure} | " + " | ".join(f"{results[s]['figures'][measure]:.4f}" for s in names)
                    + f" | {'≥ ' + str(target) if target else ''} |")
    rows.append("")
    for s in names:
        r = results[s]
        lines = ", ".join(f"{k} {v}" for k, v in sorted(r["lines"].items()))
        rows.append(f"- {s}: {r['pages']} pages, {r['sites']} sites, {r['comments']} comments, "
                    f"{r['usernames']} (page, username) pairs, {r['credited pages']} pages crediting an agency, "
                    f"{sum(r['skipped'].values())} skipped as not text; lines: {lines}.")
    return "\n".join(rows)


def update_readme(block: str, readme: Path) -> bool:
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text or text.index(BEGIN) > text.index(END):
        print(f"error: README has no {BEGIN} ... {END} block; add the markers where the figures go",
              file=sys.stderr)
        return False
    before, rest = text.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    readme.write_text(f"{before}{BEGIN}\n{block}\n{END}{after}", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--corpus", type=Path)
    which.add_argument("--real", choices=["dev", "test"])
    parser.add_argument("--pages", type=int, default=400, help="real pages per split (default 400)")
    parser.add_argument("--seed", type=int, default=0, help="layout seed for the real pages (default 0)")
    parser.add_argument("--no-repetition", action="store_true", help="one pass: no cross-page signal")
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of each kind of error "
                        "(not for --real test: the test split is sealed)")
    parser.add_argument("--update-readme", action="store_true", help="with --real: rewrite README's real figures block")
    parser.add_argument("--losses", action="store_true", help="with --real: also count the lost body lines by the "
                        "rule that took them and the published usernames by field (counts only, so allowed on test)")
    parser.add_argument("--phrasings", choices=["split", "own", "fresh"], default="split",
                        help="with --real dev: 'own' lays the dev pages out with phrasings written apart from both "
                        "splits' (evaluation/real/own_phrasings.py): a check that the rules follow structure; 'fresh' a fourth set "
                        "written blind to the rules (evaluation/real/fresh_phrasings.py)")
    parser.add_argument("--endings", choices=["subhead", "list", "truncated", "end", "wrapped"],
                        help="with --real dev: the dev articles stop on one of their own subheads or lists, or mid-sentence, "
                        "or are hard-wrapped (evaluation/real/endings.py): a check on the rules for an article's edges")
    parser.add_argument("--layouts", choices=["split", "extra", "over-foot"], default="split",
                        help="with --real dev: 'extra' lays every dev page's comments out in comment-section styles "
                        "the generator lacks (evaluation/real/extra_layouts.py): a probe of the comment rules; 'over-foot' prints "
                        "each page's comments above the story's tags and share bar")
    parser.add_argument("--wide", action="store_true",
                        help="with --real dev: lay out pages from the wide dev sample (more of the dev sites' articles; "
                        "`build_real_corpus.py --wide` writes it)")
    args = parser.parse_args(argv)
    if args.corpus:
        if args.update_readme:
            parser.error("--update-readme goes with --real")
        result = evaluate(args.corpus, use_repetition=not args.no_repetition)
        print(table(result))
        for kind, items in sorted(result["examples"].items()):
            for item in items[: args.show]:
                print(f"  [{kind}] {item}")
        missed = failures(result)
    else:
        if args.real == "test" and args.show:
            parser.error("--show is for the dev split only: the test split is sealed (figures only)")
        if args.endings and (args.real != "dev" or args.update_readme):
            parser.error("--endings is a check on the dev split; README's figures use the articles as they are")
        if args.phrasings in ("own", "fresh") and (args.real != "dev" or args.update_readme):
            parser.error(f"--phrasings {args.phrasings} is a check on the dev split; README's figures use each split's phrasings")
        if args.layouts != "split" and (args.real != "dev" or args.update_readme):
            parser.error(f"--layouts {args.layouts} is a check on the dev split; README's figures use the generator's layouts")
        if args.wide and (args.real != "dev" or args.update_readme):
            parser.error("--wide is a view of the dev split; README's figures use the sample")
        result = score_real(args.real, args.pages, args.seed, not args.no_repetition,
                            {"split": False, "own": True, "fresh": "fresh"}[args.phrasings],
                            args.endings, {"split": False, "extra": True, "over-foot": "over-foot"}[args.layouts], args.wide)
        print(real_table(result))
        if args.losses:
            print(losses_table(result))
        if args.real == "dev":
            for kind, items in sorted(result["examples"].items()):
                if args.show:
                    print(f"\n[{kind}] {len(items)}")
                for item in items[: args.show]:
                    print(f"    {item}")
        missed = real_failures(result)
        if args.update_readme:
            other = "dev" if args.real == "test" else "test"
            results = {args.real: result, other: score_real(other, args.pages, args.seed, not args.no_repetition)}
            results = {s: results[s] for s in ("dev", "test")}
            probes = score_probes(args.pages, args.seed, not args.no_repetition)
            block = readme_block(results, args.pages, args.seed) + "\n" + probe_block(probes) + "\n" \
                + generated_block(score_generated())
            if not update_readme(block, ROOT / "README.md"):
                return 2
            print("README.md: real figures block rewritten")
    for line in missed:
        print(f"TARGET MISSED {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
