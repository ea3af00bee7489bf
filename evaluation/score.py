"""Score the real pipeline on a noisy corpus with ground truth (see `evaluation/corpus.py`).

Both passes run here as the release writer runs them: pass 1 counts every page's lines per site
key (`first_pass_lines` + `LineCounter.add`), pass 2 cleans each page with its site's boilerplate.
"""

from __future__ import annotations

import json
import re
import unicodedata
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


def _first_pass(corpus_dir: Path, use_repetition: bool) -> tuple[dict, Path, LineCounter]:
    """(truth, input folder, the first pass's line counts) of a corpus, as a release counts them;
    a page that cannot be decoded is counted by neither pass."""
    corpus_dir = Path(corpus_dir)
    truth = json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8"))
    input_dir = corpus_dir / "input"
    counter = LineCounter()
    if use_repetition:
        for page in truth["pages"]:
            try:
                counter.add(*first_pass_lines(page["id"], _read(input_dir, page["id"])))
            except UndecodableError:
                pass
    return truth, input_dir, counter


def evaluate(corpus_dir: Path, use_repetition: bool = True) -> dict:
    started = time.monotonic()
    truth, input_dir, counter = _first_pass(corpus_dir, use_repetition)
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


# --- the real corpus (evaluation/real/layout.py) -------------------------------------------------

REAL_TARGETS = {
    "body kept": 0.995,
    "chrome removed": 0.95,
    "comment text removed": 0.97,
    "comment metadata removed": 0.95,
    "usernames absent": 0.995,
    "comments captured": 0.95,
    "titles exact": 0.98,
    "credited agencies": 0.95,
}


_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\ufeff"))


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def _norm(text: str | None) -> str:
    """The text a reader sees: direction marks and zero-width spaces (which the page does not
    show, and the cleaner removes by design) dropped, Arabic presentation forms ('ﻷ') as the
    letters they draw ('لأ', which the cleaner writes by design), spaces collapsed."""
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), (text or "").translate(_INVISIBLE))
    return " ".join(text.split())


def score_page(page: dict, doc) -> dict:
    """Per-page tallies for one real page and the pipeline's Document (None: skipped as not text)."""
    out = {"kept": Counter(), "total": Counter(), "examples": defaultdict(list), "checks": Counter(),
           "leaks": Counter()}
    text_lines = {line.number: line.text for line in doc.lines} if doc else {}
    removed = {r.line: r.rule for r in doc.removed} if doc else {}
    for number, label, text in page["lines"]:
        out["total"][label] += 1
        if number in text_lines:
            out["kept"][label] += 1
            if label in ("chrome", "comment_text", "comment_meta", "attribution", "title"):
                out["examples"][f"{label} kept"].append((page["id"], text_lines[number][:100]))
            if label == "body" and _norm(text_lines[number]) == _norm(text):
                out["kept"]["body intact"] += 1
        elif label == "body":
            out["examples"]["body lost"].append((page["id"], removed.get(number, "?"), text[:100]))
            out["leaks"][f"body lost: {removed.get(number, '?')}"] += 1
    # (field, text) of everything published: the field says where a leaked name was (--losses)
    published = ([("title", doc.title or "")] + [("text", line.text) for line in doc.lines]
                 + [(f"removed as {r.rule}", r.text) for r in doc.removed]
                 + [("comments", f"{c.author or ''} {c.time_text or ''} {c.text}") for c in doc.comments]) if doc else []
    published = [(field, _norm(t)) for field, t in published]
    # a name that a line of the page's own prints ('كريم' in the form's 'اسمك الكريم', 'حقيقة' in
    # the slogan 'صوت الحقيقة', a name the article quotes) is in that line whoever commented: only
    # a published line that is no line of the page's own, as printed, can leak a reader's name
    own = {_norm(text) for _, label, text in page["lines"] if label not in ("comment_text", "comment_meta")}
    for name in page["usernames"]:
        out["checks"]["usernames"] += 1
        where = [(field, t) for field, t in published if _norm(name) in t and t not in own]
        if where:
            out["examples"]["username published"].append((page["id"], name, where[0][1][:100]))
            out["leaks"][where[0][0]] += 1
        else:
            out["checks"]["usernames absent"] += 1
    extracted = Counter(_norm(c.text) for c in doc.comments) if doc else Counter()
    for c in page["comments"]:
        out["checks"]["comments"] += 1
        key = _norm(c["text"])
        if extracted[key] > 0:
            extracted[key] -= 1
            out["checks"]["comments captured"] += 1
        else:
            out["examples"]["comment not captured"].append((page["id"], page["style"], c["text"][:100]))
    # the comments config's own precision: a recorded comment whose text opens on a line of the page's
    # own (its slogan, tags, share bar read as 'name: text') is no reader's
    labels = {number: label for number, label, _ in page["lines"]}
    for c in (doc.comments if doc else ()):
        out["checks"]["comments recorded"] += 1
        if labels.get(c.line) in ("comment_text", "comment_meta"):
            out["checks"]["comments recorded from readers"] += 1
        else:
            out["examples"]["comment from no reader"].append((page["id"], labels.get(c.line), c.text[:100]))
    got_title = doc.title if doc else None
    # Nasreddine's files have no title field: the builder takes a file's first line, which is the
    # headline on most pages but a kicker, a column's name, a byline or the first paragraph on
    # others. Those pages are scored apart, so that "titles exact" measures real title fields.
    kind = "first-line titles" if page.get("source") == "nasreddine" else "titles"
    out["checks"][f"{kind} pages"] += 1
    if _norm(got_title) == _norm(page["title"]):
        out["checks"][f"{kind} exact"] += 1
    else:
        out["examples"]["title wrong"].append((page["id"], got_title, page["title"]))
    if page["agencies"]:
        out["checks"]["credited pages"] += 1
        got = set(doc.sources) if doc else set()
        if set(page["agencies"]) <= got:
            out["checks"]["credited agencies"] += 1
        else:
            out["examples"]["agency not credited"].append((page["id"], sorted(got), page["agencies"]))
    out["checks"]["language right"] += bool(doc) and doc.language == page["language"]
    out["checks"]["encoding named right"] += bool(doc) and doc.encoding == page["encoding"]
    return out


def evaluate_real(corpus_dir: Path, use_repetition: bool = True) -> dict:
    """Score the pipeline (both passes) on a corpus written by `evaluation.real.layout.generate`."""
    started = time.monotonic()
    truth, input_dir, counter = _first_pass(corpus_dir, use_repetition)
    kept, total, checks, leaks = Counter(), Counter(), Counter(), Counter()
    pages_losing: Counter = Counter()  # pages where a rule took body lines (are the losses spread?)
    most_on_a_page: Counter = Counter()
    examples: dict[str, list] = defaultdict(list)
    skipped = Counter()
    for page in truth["pages"]:
        try:
            doc = clean_page(page["id"], _read(input_dir, page["id"]), boilerplate=counter if use_repetition else None)
        except UndecodableError:
            doc = None
            skipped[page["noise"]] += 1
        one = score_page(page, doc)
        kept.update(one["kept"])
        total.update(one["total"])
        checks.update(one["checks"])
        leaks.update(one["leaks"])
        for kind, n in one["leaks"].items():
            if kind.startswith("body lost: "):
                pages_losing[kind] += 1
                most_on_a_page[kind] = max(most_on_a_page[kind], n)
        for kind, items in one["examples"].items():
            examples[kind].extend(items)

    def share(a, b):
        return a / b if b else 1.0

    n_pages = len(truth["pages"])
    figures = {
        "body kept": share(kept["body"], total["body"]),
        "chrome removed": share(total["chrome"] - kept["chrome"], total["chrome"]),
        "comment text removed": share(total["comment_text"] - kept["comment_text"], total["comment_text"]),
        "comment metadata removed": share(total["comment_meta"] - kept["comment_meta"], total["comment_meta"]),
        "usernames absent": share(checks["usernames absent"], checks["usernames"]),
        "comments captured": share(checks["comments captured"], checks["comments"]),
        "recorded comments that are readers'": share(checks["comments recorded from readers"], checks["comments recorded"]),
        "titles exact": share(checks["titles exact"], checks["titles pages"]),
        "credited agencies": share(checks["credited agencies"], checks["credited pages"]),
        "language right": share(checks["language right"], n_pages),
        "first line as title (Nasreddine pages, no title field)": share(checks["first-line titles exact"],
                                                                       checks["first-line titles pages"]),
        "body intact (text unchanged)": share(kept["body intact"], total["body"]),
        "attribution lines removed": share(total["attribution"] - kept["attribution"], total["attribution"]),
        "byline lines kept (either is fine)": share(kept["byline"], total["byline"]),
        "encoding named right": share(checks["encoding named right"], n_pages),
    }
    return {
        "kind": "real", "split": truth.get("split"), "pages": n_pages,
        "sites": len({p["site"] for p in truth["pages"]}), "lines": dict(total),
        "comments": checks["comments"], "usernames": checks["usernames"],
        "distinct usernames": len({u for p in truth["pages"] for u in p["usernames"]}),
        "credited pages": checks["credited pages"], "skipped": dict(skipped),
        "figures": figures, "examples": dict(examples), "seconds": time.monotonic() - started,
        # counts only (no text, so the sealed split may print them): the rule that took each lost
        # body line, and the field where each published username was found
        "losses": {k: v for k, v in leaks.items() if k.startswith("body lost: ")},
        "username leaks": {k: v for k, v in leaks.items() if not k.startswith("body lost: ")},
        "losses by page": {k: (pages_losing[k], most_on_a_page[k]) for k in pages_losing},
    }


def real_failures(result: dict) -> list[str]:
    return [f"{name}: {result['figures'][name]:.4f} < {target}"
            for name, target in REAL_TARGETS.items() if result["figures"][name] < target]


def losses_table(result: dict) -> str:
    """Counts of what failed, by the cleaner's rule or the field, with no text: a split's failures
    by kind (allowed on the sealed split, which never prints its pages)."""
    rows = ["", "| failure | count | pages (most on one page) |", "|---|---|---|"]
    by_page = result.get("losses by page", {})
    for key in ("losses", "username leaks"):
        for kind, n in sorted(result[key].items(), key=lambda kv: (-kv[1], kv[0])):
            pages = f"{by_page[kind][0]} ({by_page[kind][1]})" if kind in by_page else ""
            rows.append(f"| {kind if key == 'losses' else 'username in ' + kind} | {n} | {pages} |")
    return "\n".join(rows)


def real_table(result: dict) -> str:
    lines = ", ".join(f"{k} {v}" for k, v in sorted(result["lines"].items()))
    skipped = sum(result["skipped"].values())
    rows = [f"Real corpus, {result['split']} split: {result['pages']} pages from {result['sites']} sites; "
            f"{result['comments']} comments, {result['usernames']} (page, username) pairs "
            f"({result['distinct usernames']} distinct names), {result['credited pages']} pages crediting an agency; "
            f"{skipped} pages skipped as not text; labelled lines: {lines}.",
            "", "| measure | value | target |", "|---|---|---|"]
    for name, value in result["figures"].items():
        target = REAL_TARGETS.get(name)
        rows.append(f"| {name} | {value:.4f} | {'≥ ' + str(target) if target else ''} |")
    return "\n".join(rows)
