"""The review page: one self-contained `review.html` showing, per document, what was cut and why.

An editor deciding whether to trust a run would rather look than read Parquet. The overview
(version, counts, rules, languages, sites, agencies, version history) is rendered from the release
manifest (`cleaning.manifest.release_manifest`: the dict a run hands over, or the folder's
`release.json`), the same facts as the card's; the documents shown come from the Parquet and the
skipped files from `skipped.jsonl`, so the page shows exactly what was published and never
re-runs cleaning. For a release whose `release.json` predates the manifest, the overview is
counted from the files instead (`facts_from_files`). Charts count every document; the documents
themselves are capped at MAX_DOCS so the page stays fast on large releases.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from cleaning.rules import rule_descriptions
from cleaning.shards import CONFIG_DIRS
from cleaning.manifest import CHANGELOG, SKIPPED_REPORT, manifest_document, read_manifest, update_manifest
from cleaning.versions import shown_version
from cleaning.settings import SETTINGS

PROG = "arabic-news-review"
TEMPLATE = Path(__file__).with_name("review_template.html")
REVIEW_FILE = "review.html"
MAX_DOCS = 500  # documents written into the page (a sample spread over sites); charts count all of them
PAGE_SIZE = 20  # documents shown at once; the browser pages through the rest
# Bounds on the page's size whatever the release holds: lines and characters shown per document (the
# rest is counted, not shown), comments per document, characters over all documents, skipped files listed.
MAX_DOC_LINES = 1_000
MAX_DOC_CHARS = 100_000
MAX_DOC_COMMENTS = 200
MAX_TOTAL_CHARS = 10_000_000
MAX_SKIPPED_SHOWN = 1_000
NO_SITE = "(not named)"
IGNORED_REASON = "ignored:"  # skipped.jsonl also lists the files that are not pages
NO_LANGUAGE = "(undetected)"
CHART_HUE = 205  # bars that are not rules share one colour
# The comment fields the page shows (likes and is_reply when the release has them); `author` is
# already a pseudonym, and nothing else about a commenter is ever read.
_COMMENT_COLUMNS = ["article_id", "position", "author", "time_text", "text", "likes", "is_reply"]


class ReviewError(Exception):
    """The folder is not a finished release: reported as one line by the command."""


def write_review(release_dir: Path, output: Path | None = None, manifest: dict | None = None) -> Path:
    """Write the review page for a release (default `RELEASE/review.html`) and return its path:
    from `manifest` (a run's, before `release.json` is written), else the folder's `release.json`."""
    release_dir = Path(release_dir)
    output = Path(output) if output else release_dir / REVIEW_FILE
    html = render_review(release_dir, manifest)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    listed = read_manifest(release_dir)
    if listed is not None and output.resolve() == (release_dir / REVIEW_FILE).resolve():
        update_manifest(release_dir, REVIEW_FILE)  # written in place: the release still checks out
    return output


def render_review(release_dir: Path, manifest: dict | None = None) -> str:
    """The page's HTML: the overview from the manifest (counted over the whole release), the
    documents from a sample of its rows."""
    files = _parquet_files(release_dir, "default")
    if manifest is None:
        manifest = manifest_document(release_dir)
    if manifest is None or "rules" not in manifest:  # no release.json, or one older than the manifest
        manifest = facts_from_files(release_dir, files, manifest)
    overview = _overview(release_dir, manifest)
    rows = rows_at(files, spread_sample(files, MAX_DOCS))
    comments = _comments_for(release_dir, {row["id"] for row in rows})
    originals = _originals(files, {row["duplicate_of"] for row in rows if row.get("duplicate_of")})
    docs, total = [], 0
    for row in rows:
        doc = _document(row, comments.get(row["id"], []), overview["hues"], overview["descriptions"])
        doc["original"] = originals.get(row.get("duplicate_of"))
        doc["questions"] = questions(row)
        total += sum(len(line["text"]) for line in doc["lines"]) + sum(len(c["text"] or "") for c in doc["comments"])
        if docs and total > MAX_TOTAL_CHARS:
            break
        docs.append(doc)
    return _template().render(
        **overview,
        docs=docs,
        doc_sites=sorted(Counter(d["site"] or NO_SITE for d in docs).items()),
        sample_sites=len({_site_of(d) for d in docs}),
        doc_languages=sorted(Counter(d["language"] or NO_LANGUAGE for d in docs).items()),
        doc_encodings=sorted(Counter(d["encoding"] for d in docs).items()),
        doc_fixes=sorted(Counter(f for d in docs for f in d["fixes"]).items()),
        questionable=sum(bool(d["questions"]) for d in docs),
        duplicates_shown=sum(bool(d.get("duplicate_of")) for d in docs),
        questions_text=QUESTIONS,
        max_docs=MAX_DOCS,
        max_skipped_shown=MAX_SKIPPED_SHOWN,
        page_size=PAGE_SIZE,
        no_site=NO_SITE,
    )


def _overview(release_dir: Path, manifest: dict) -> dict:
    """Counts, charts and history from the manifest: the numbers the summary and the card show."""
    counts = manifest["counts"]
    rules = [r for r in manifest["rules"] if r["lines"]]
    hues = rule_hues([r["rule"] for r in rules])
    report = _skipped(release_dir)
    skipped = [s for s in report if not s.get("reason", "").startswith(IGNORED_REASON)]
    return {
        "version": manifest["version"],
        "changelog": manifest["changelog"],
        "published": counts["published"],
        "docs_in": counts["pages_read"],
        "ignored": counts["ignored"],
        "skipped": skipped,
        "num_comments": counts["comments"],
        "hues": hues,
        "descriptions": {r["rule"]: r["description"] for r in manifest["rules"]},
        "rules": [_bar(r["rule"], r["lines"], hue=hues[r["rule"]], hint=r["description"], filter_key="rule",
                       code=True) for r in sorted(rules, key=lambda r: (-r["lines"], r["rule"]))],
        "languages": [_bar(lang, n, code=True) for lang, n in _most_first(manifest["languages"])],
        "sites": [_bar(site, n, filter_key="site") for site, n in _most_first(manifest["sites"])],
        "sources": [_bar(source, n) for source, n in _most_first(manifest["sources"])],
    }


def _most_first(pairs) -> list[tuple[str, int]]:
    """(value, count), most frequent first; ties by value so the page is reproducible."""
    return sorted(((value, n) for value, n in pairs), key=lambda pair: (-pair[1], pair[0]))


def facts_from_files(release_dir: Path, files: list[Path], document: dict | None = None) -> dict:
    """The manifest's keys this page needs, for a folder without them (no `release.json`, or one
    older than the manifest): counted from the Parquet's small columns, `skipped.jsonl` and
    `changelog.json`; the counts are `release.json`'s own when it has them."""
    table = _read_columns(files, ["site", "language", "sources", "removed"])
    rule_counts = dict(_counts(pc.struct_field(pc.list_flatten(table["removed"]), "rule")))
    known = [rule for rule in rule_descriptions() if rule in rule_counts]
    rules = [{"rule": rule, "lines": rule_counts[rule], "description": _describe(rule)}
             for rule in known + sorted(set(rule_counts) - set(known))]
    report = _skipped(release_dir)
    skipped = [s for s in report if not s.get("reason", "").startswith(IGNORED_REASON)]
    changelog = _changelog(release_dir)
    counts = (document or {}).get("counts")
    if not isinstance(counts, dict):
        counts = {"pages_read": table.num_rows + len(skipped), "published": table.num_rows,
                  "skipped": len(skipped), "ignored": len(report) - len(skipped),
                  "comments": sum(pq.ParquetFile(f).metadata.num_rows for f in _parquet_files(release_dir, "comments"))}
    return {"version": shown_version(release_dir, changelog), "changelog": changelog, "counts": counts,
            "rules": rules, "languages": _counts(table["language"], NO_LANGUAGE),
            "sites": _counts(table["site"], NO_SITE), "sources": _counts(pc.list_flatten(table["sources"]))}


@lru_cache(maxsize=1)  # compiled once per process (0.1 s)
def _template():
    env = Environment(loader=FileSystemLoader(TEMPLATE.parent), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["thousands"] = "{:,}".format
    return env.get_template(TEMPLATE.name)


def _parquet_files(release_dir: Path, config: str) -> list[Path]:
    files = sorted((release_dir / CONFIG_DIRS[config]).glob("*.parquet"))
    if not files and config == "default":
        raise ReviewError(f"not a release folder (no {CONFIG_DIRS[config]}/*.parquet): {release_dir}")
    return files


def _read_columns(files: list[Path], columns: list[str]) -> pa.Table:
    """Only the named columns, so the overview of a large release never loads its texts."""
    return pa.concat_tables(pq.read_table(f, columns=columns, use_threads=False) for f in files)


def _site_of(row: dict) -> str:
    return row.get("site_key") or row.get("site") or NO_SITE


def spread_sample(files: list[Path], limit: int) -> list[int]:
    """Row numbers of at most `limit` documents spread over the sites: each site (its `site_key`,
    else its name) gives its next document in turn, in release order, until the page is full; so
    a large corpus is not shown as its first site. Deterministic: it depends only on the rows."""
    names = pq.read_schema(files[0]).names
    columns = [c for c in ("site_key", "site") if c in names]
    table = _read_columns(files, columns) if columns else None
    total = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    if total <= limit or table is None:
        return list(range(min(total, limit)))
    groups: dict[str, list[int]] = defaultdict(list)
    keys = table[columns[0]].to_pylist()
    fallback = table["site"].to_pylist() if "site" in columns else [None] * total
    for n, (key, site) in enumerate(zip(keys, fallback)):
        groups[key or site or NO_SITE].append(n)
    queues = [groups[site] for site in sorted(groups, key=lambda s: (groups[s][0], s))]
    chosen: list[int] = []
    depth = 0
    while len(chosen) < limit:
        for queue in queues:
            if depth < len(queue) and len(chosen) < limit:
                chosen.append(queue[depth])
        depth += 1
    return sorted(chosen)


def rows_at(files: list[Path], numbers: list[int]) -> list[dict]:
    """The rows at these positions in release order, reading batch by batch."""
    wanted, rows, offset = set(numbers), [], 0
    last = max(numbers, default=-1)
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1_000, use_threads=False):  # one at a time
            hits = [n - offset for n in range(offset, offset + batch.num_rows) if n in wanted]
            if hits:
                rows += batch.take(pa.array(hits)).to_pylist()
            offset += batch.num_rows
            if offset > last:
                return rows
    return rows


def _originals(files: list[Path], ids: set[str]) -> dict[str, dict]:
    """The kept copies the shown duplicates point to (id, title, text), to show side by side."""
    if not ids:
        return {}
    found, wanted = {}, pa.array(sorted(ids))
    for path in files:  # the texts of the row groups that hold them, not of the whole release
        table = pq.read_table(path, columns=["id", "title", "text"], filters=pc.is_in(pc.field("id"), value_set=wanted),
                              use_threads=False)
        for row in table.to_pylist():
            found[row["id"]] = {**row, "text": row["text"][:MAX_DOC_CHARS]}
    return found


QUESTIONS = {
    "no-title": "no title found",
    "most-removed": "most lines removed",
    "comments-no-header": "comment section found without a header",
    "language-guard": "language changed by the Arabic-script guard",
}


def questions(row: dict) -> list[str]:
    """Why the cleaning may be wrong on this page (keys of QUESTIONS), where mistakes are likely."""
    found = []
    if not row.get("title"):
        found.append("no-title")
    kept = len(row["text_lines"])
    if len(row["removed"]) > kept:
        found.append("most-removed")
    rules = {r["rule"] for r in row["removed"]}
    if any(rule.startswith("comments.") for rule in rules) and "comments.header" not in rules:
        found.append("comments-no-header")
    if _guard_changed(row):
        found.append("language-guard")
    return found


def _guard_changed(row: dict) -> bool:
    """The Arabic-script guard decided this page's language against another reading of it.

    Where the script settles the language (cleaning.language.script_language: nearly all letters
    Arabic-script), the run never asked langdetect, whose answer the guard's letters would only
    overrule: such a page is flagged when its published language is not the one its letters give
    (a release built by other rules). Any other page went to langdetect, and is flagged when
    langdetect's own answer differs from the published one (the guard changed it); langdetect is
    asked again for those pages only, so the page costs no detector run per Arabic page."""
    if row.get("language") not in ("ar", "fa", "ur") or not row["text"].strip():
        return False
    from cleaning.language import load_profiles, script_language

    sample = row["text"][:SETTINGS.language.detect_prefix_chars]
    settled = script_language(sample)
    if settled is not None:
        return settled[0] != row["language"]
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    load_profiles()
    try:
        return detect_langs(sample)[0].lang != row["language"]
    except LangDetectException:
        return False


def _counts(values: pa.Array, null_label: str | None = None) -> list[tuple[str, int]]:
    """(value, count), most frequent first; ties by value so the page is reproducible."""
    pairs = [(item["values"], item["counts"]) for item in pc.value_counts(values).to_pylist()]
    pairs = [(null_label if value is None else value, n) for value, n in pairs
             if value is not None or null_label is not None]
    return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))


def rule_hues(order: list[str]) -> dict[str, int]:
    """Hues spread evenly over the rules present, in pipeline order (the manifest's), so a step's
    rules get neighbouring colours (all comments.* alike) while each rule stays distinguishable."""
    return {rule: round(i * 330 / max(len(order), 1)) for i, rule in enumerate(order)}


def _describe(rule: str) -> str:
    return rule_descriptions().get(rule, ("?", "(undocumented rule)"))[1]


def _bar(label: str, n: int, hue: int = CHART_HUE, hint: str = "", filter_key: str | None = None,
         code: bool = False) -> dict:
    """One chart row; `filter_key` makes it a link that filters the documents below."""
    href = f"#{filter_key}={quote(label)}" if filter_key else None
    return {"label": label, "n": n, "hue": hue, "hint": hint, "href": href, "code": code}


def document_lines(row: dict) -> list[dict]:
    """Kept and removed lines back in page order, so each cut shows where it was made."""
    kept = [{"number": n, "text": text, "rule": None}
            for n, text in zip(row["text_lines"], row["text"].split("\n"))]
    removed = [{"number": r["line"], "text": r["text"], "rule": r["rule"]} for r in row["removed"]]
    return sorted(kept + removed, key=lambda line: line["number"])


def _document(row: dict, comments: list[dict], hues: dict[str, int], descriptions: dict | None = None) -> dict:
    lines, hidden, chars = [], 0, 0
    for line in document_lines(row):
        chars += len(line["text"])
        if len(lines) >= MAX_DOC_LINES or chars > MAX_DOC_CHARS:
            hidden += 1
            continue
        if line["rule"]:
            line.update(hue=hues[line["rule"]],
                        description=(descriptions or {}).get(line["rule"]) or _describe(line["rule"]))
        lines.append(line)
    return {**row, "lines": lines, "lines_html": _lines_html(lines), "hidden_lines": hidden,
            "comments": comments[:MAX_DOC_COMMENTS], "hidden_comments": max(0, len(comments) - MAX_DOC_COMMENTS),
            "rules": sorted({r["rule"] for r in row["removed"]})}


def _lines_html(lines: list[dict]) -> Markup:
    """A document's lines as the page shows them, one `<li>` a line (indented as in the template),
    struck through with its rule's tag when removed: built here as one string, escaped as the
    template escapes, rather than value by value in the template (most of the page's time)."""
    return Markup("".join(f"      {_line_html(line)}\n" for line in lines))


def _line_html(line: dict) -> str:
    text, number = escape(line["text"]), line["number"]
    if not line["rule"]:
        return f'<li class="kept" value="{number}"><span dir="auto">{text}</span></li>'
    rule = escape(line["rule"])
    return (f'<li class="removed" value="{number}" data-rule="{rule}" style="--hue: {line["hue"]}" '
            f'title="{rule}: {escape(line["description"])}"><del dir="auto">{text}</del>'
            f'<code class="rule-tag" dir="ltr">{rule}</code></li>')


def _comments_for(release_dir: Path, ids: set[str]) -> dict[str, list[dict]]:
    """Comments of the shown documents, by article; only pseudonymous fields are read."""
    files = _parquet_files(release_dir, "comments")
    if not files or not ids:
        return {}
    present = pq.read_schema(files[0]).names
    table = _read_columns(files, [name for name in _COMMENT_COLUMNS if name in present])
    table = table.filter(pc.is_in(table["article_id"], value_set=pa.array(sorted(ids))))
    grouped: dict[str, list[dict]] = defaultdict(list)
    for comment in sorted(table.to_pylist(), key=lambda c: (c["article_id"], c["position"])):
        grouped[comment["article_id"]].append(comment)
    return grouped


def _skipped(release_dir: Path) -> list[dict]:
    path = release_dir / SKIPPED_REPORT
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _changelog(release_dir: Path) -> list[dict]:
    path = release_dir / CHANGELOG
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def main(argv: list[str] | None = None) -> int:
    from cleaning.command import OneLineParser

    parser = OneLineParser(
        prog=PROG,
        description="Write the self-contained review page (review.html) of a finished release.")
    parser.add_argument("release", type=Path, help="release folder (as written by arabic-news-clean)")
    parser.add_argument("--output", type=Path, help="HTML file to write (default: RELEASE/review.html)")
    args = parser.parse_args(argv)
    try:
        path = write_review(args.release, args.output)
    except (ReviewError, OSError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    print(f"review page written to {path}")
    return 0
