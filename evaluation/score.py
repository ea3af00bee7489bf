"""Score the real pipeline on a noisy corpus with ground truth (see `evaluation/corpus.py`).

Both passes run here as the release writer runs them: pass 1 counts every page's lines per site
key (`first_pass_lines` + `LineCounter.add`), pass 2 cleans each page with its site's boilerplate.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from cleaning.decode import UndecodableError
from cleaning.pipeline import clean_page, first_pass_lines
from cleaning.repetition import LineCounter

TARGETS = {
    "body kept": 0.99,
    "chrome removed": 0.95,
    "comments removed": 0.95,
    "sources exact": 0.95,
    "titles exact": 0.90,
    "language right": 0.97,
    "encoding intact (each)": 0.95,
}


def _read(input_dir: Path, doc_id: str) -> bytes:
    return (input_dir / f"{doc_id}.txt").read_bytes()


def evaluate(corpus_dir: Path, use_repetition: bool = True) -> dict:
    corpus_dir = Path(corpus_dir)
    truth = json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8"))
    input_dir = corpus_dir / "input"
    started = time.monotonic()
    counter = LineCounter()
    if use_repetition:
        for page in truth["pages"]:
            counter.add(*first_pass_lines(page["id"], _read(input_dir, page["id"])))
    first_pass = time.monotonic() - started
    kept = Counter()      # label -> lines still in text
    total = Counter()     # label -> lines
    lost_body: Counter = Counter()  # rule that removed a body line
    missed: Counter = Counter()     # label of non-body lines left in the text
    examples: dict[str, list] = defaultdict(list)
    per_noise = defaultdict(lambda: [0, 0])  # noise -> [pages intact, pages]
    encoding_right = Counter()
    checks = Counter()
    n_pages = 0
    for page in truth["pages"]:
        n_pages += 1
        try:
            doc = clean_page(page["id"], _read(input_dir, page["id"]), boilerplate=counter if use_repetition else None)
        except UndecodableError:
            doc = None
        text_lines = {line.number: line.text for line in doc.lines} if doc else {}
        removed = {r.line: r.rule for r in doc.removed} if doc else {}
        intact = True
        for number, label, text in page["lines"]:
            total[label] += 1
            if number in text_lines:
                kept[label] += 1
                if label != "body":
                    missed[label] += 1
                    examples[f"{label} kept"].append((page["id"], text_lines[number]))
                elif text_lines[number] != text:
                    intact = False
            elif label == "body":
                intact = False
                lost_body[removed.get(number, "?")] += 1
                examples["body lost"].append((page["id"], removed.get(number), text[:80]))
        per_noise[page["noise"]][0] += intact
        per_noise[page["noise"]][1] += 1
        encoding_right[doc is not None and doc.encoding == page["encoding"]] += 1
        got_title = doc.title if doc else None
        got_sources = list(doc.sources) if doc else []
        got_lang = doc.language if doc else None
        checks["titles exact"] += got_title == page["title"]
        checks["sources exact"] += got_sources == page["sources"]
        checks["language right"] += got_lang == page["language"]
        checks["site key right"] += (doc is not None and doc.site_key == page["site_key"]
                                     and doc.site_key_source == page["site_key_source"])
        for name, ok, got, want in (("title", got_title == page["title"], got_title, page["title"]),
                                    ("sources", got_sources == page["sources"], got_sources, page["sources"]),
                                    ("language", got_lang == page["language"], got_lang, page["language"])):
            if not ok:
                examples[f"{name} wrong"].append((page["id"], got, want))
    seconds = time.monotonic() - started

    def share(a, b):
        return a / b if b else 1.0

    figures = {
        "body kept": share(kept["body"], total["body"]),
        "chrome removed": share(total["chrome"] - kept["chrome"], total["chrome"]),
        "comments removed": share(total["comment"] - kept["comment"], total["comment"]),
        "attribution removed": share(total["attribution"] - kept["attribution"], total["attribution"]),
        "title lines removed": share(total["title"] - kept["title"], total["title"]),
        "sources exact": share(checks["sources exact"], n_pages),
        "titles exact": share(checks["titles exact"], n_pages),
        "language right": share(checks["language right"], n_pages),
        "site key right": share(checks["site key right"], n_pages),
        "encoding named right": share(encoding_right[True], n_pages),
    }
    noise = {name: share(ok, n) for name, (ok, n) in sorted(per_noise.items())}
    return {
        "pages": n_pages, "lines": dict(total), "figures": figures, "encoding_intact": noise,
        "encoding_pages": {name: n for name, (_, n) in per_noise.items()},
        "lost_body_by_rule": dict(lost_body), "examples": dict(examples),
        "seconds": seconds, "first_pass_seconds": first_pass, "boilerplate_entries": len(counter),
    }


def failures(result: dict) -> list[str]:
    """Targets not met, as readable lines (empty when all are met)."""
    out = [f"{name}: {result['figures'][name]:.4f} < {target}"
           for name, target in TARGETS.items() if name in result["figures"] and result["figures"][name] < target]
    out += [f"encoding intact {name}: {v:.4f} < {TARGETS['encoding intact (each)']}"
            for name, v in result["encoding_intact"].items() if v < TARGETS["encoding intact (each)"]]
    return out


def table(result: dict) -> str:
    rows = [f"pages {result['pages']}; labelled lines: "
            + ", ".join(f"{k} {v}" for k, v in sorted(result["lines"].items()))
            + f"; {result['seconds']:.1f}s ({result['pages'] / max(result['seconds'], 1e-9):.0f} pages/s, both passes)",
            "", "| measure | value | target |", "|---|---|---|"]
    for name, value in result["figures"].items():
        target = TARGETS.get(name)
        rows.append(f"| {name} | {value:.4f} | {'≥ ' + str(target) if target else ''} |")
    rows += ["", "| body intact, by encoding / noise | pages | value | target |", "|---|---|---|---|"]
    for name, value in result["encoding_intact"].items():
        rows.append(f"| {name} | {result['encoding_pages'][name]} | {value:.4f} | ≥ {TARGETS['encoding intact (each)']} |")
    if result["lost_body_by_rule"]:
        rows += ["", "body lines lost, by rule: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(result["lost_body_by_rule"].items()))]
    return "\n".join(rows)
