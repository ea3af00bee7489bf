"""The review page's HTML, read back as a tree: what an editor would see, without a browser."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleaning.rules import rule_descriptions
from cleaning.schema import ARTICLE_SCHEMA, COMMENT_SCHEMA
from conftest import ROOT, SEED_IDS, seed_lines
from dataset_card import review
from dataset_card.review import write_review

MOST_READ_SEED = "002_e36c8a0eafea318a"
VOID_TAGS = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}


class Node:
    """An element: enough of a DOM to query the page by tag, class and attribute."""

    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if ((tag is None or child.tag == tag) and (cls is None or cls in child.classes)
                        and all(child.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())):
                    found.append(child)
                found += child.find_all(tag, cls, **attrs)
        return found

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag} class={cls} {attrs}>"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID_TAGS:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def documents(page: Node) -> dict[str, Node]:
    return {a.attrs["data-id"]: a for a in page.find_all("article", "doc")}


def line_item(article: Node, number: int) -> Node:
    return article.find("li", value=str(number))


# --- the seed release -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_rows(seed_release) -> dict[str, dict]:
    return {r["id"]: r for r in pq.read_table(seed_release / "data").to_pylist()}


@pytest.fixture(scope="module")
def seed_page(seed_release, tmp_path_factory) -> tuple[str, Node]:
    out = write_review(seed_release, tmp_path_factory.mktemp("review") / "review.html")
    html = out.read_text(encoding="utf-8")
    return html, parse_html(html)


def test_page_is_arabic_right_to_left_and_self_contained(seed_page):
    html, page = seed_page
    root = page.find("html")
    assert (root.attrs["lang"], root.attrs["dir"]) == ("ar", "rtl")
    assert '"Noto Naskh Arabic"' in page.find("style").text
    assert "default-src 'none'" in page.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert [set(s.attrs) for s in page.find_all("script")] == [set()]  # one script, inline
    assert not [n for n in page.find_all("link") if n.attrs.get("rel") == "stylesheet"]
    assert "http://" not in html and "https://" not in html


def test_every_seed_is_a_document_with_its_metadata(seed_page, seed_rows):
    docs = documents(seed_page[1])
    assert sorted(docs) == SEED_IDS
    for doc_id, article in docs.items():
        row = seed_rows[doc_id]
        assert article.find("code").text == doc_id
        assert article.find("h3").text == (row["title"] or "بلا عنوان no title")
        assert article.find("dd", "site").text == (row["site"] or "—")
        assert article.find("dd", "sources").text.startswith(", ".join(row["sources"]) or "—")
        assert article.find("dd", "language").text.startswith(row["language"])


def test_kept_and_removed_lines_interleave_in_page_order(seed_page, seed_rows):
    for doc_id, article in documents(seed_page[1]).items():
        row = seed_rows[doc_id]
        items = article.find("ol", "lines").find_all("li")
        assert [int(li.attrs["value"]) for li in items] == sorted(row["text_lines"] + [r["line"] for r in row["removed"]])
        assert [li.text for li in items if "kept" in li.classes] == row["text"].split("\n")
        removed = [(int(li.attrs["value"]), li.attrs["data-rule"], li.find("del").text)
                   for li in items if "removed" in li.classes]
        assert removed == [(r["line"], r["rule"], r["text"]) for r in row["removed"]]


def test_removed_line_is_struck_with_its_rule_and_body_line_is_kept(seed_page):
    article = documents(seed_page[1])[MOST_READ_SEED]
    most_read = line_item(article, 51)
    assert "removed" in most_read.classes
    assert most_read.find("del").text == "الأكثر قراءة"
    assert most_read.find("code", "rule-tag").text == "chrome.most_read"
    assert most_read.attrs["title"] == "chrome.most_read: " + rule_descriptions()["chrome.most_read"][1]
    body = line_item(article, 4)
    assert "kept" in body.classes and not body.find_all("del")
    assert body.text.startswith("كشف وزير الخارجية الأميركي")
    assert "chrome.most_read" in article.attrs["data-rules"].split()


def test_comments_are_shown_apart_under_pseudonyms_only(seed_page, seed_rows):
    html, page = seed_page
    section = documents(page)[MOST_READ_SEED].find("section", "comments")
    shown = [li.find("p", "who").find("bdi").text for li in section.find("ol").find_all("li")]
    assert shown == ["commenter 1", "commenter 2"]
    assert "مش كافي كذب" in section.find("p", "ctext").text
    usernames = [seed_lines(MOST_READ_SEED)[r["line"] - 1].strip()
                 for r in seed_rows[MOST_READ_SEED]["removed"] if r["rule"] == "comments.author"]
    assert len(usernames) == 2 and all(name and name not in html for name in usernames)


def test_overview_counts_the_whole_release(seed_page, seed_rows):
    page = seed_page[1]
    rules = Counter(r["rule"] for row in seed_rows.values() for r in row["removed"])
    bars = {a.attrs["data-label"]: int(a.find("span", "n").text) for a in page.find("figure", id="chart-rules").find_all("a")}
    assert bars == dict(rules)
    assert page.find("a", data_label="chrome.most_read").attrs["href"] == "#rule=chrome.most_read"
    tiles = {t.attrs["id"]: t.find("b").text for t in page.find_all("div", "tile")}
    assert tiles == {"docs-in": "5", "published": "5", "skipped-count": "0",
                     "removed-count": str(sum(rules.values())), "comment-count": "2"}
    sites = {a.attrs["data-label"]: a.find("span", "n").text for a in page.find("figure", id="chart-sites").find_all("a")}
    assert sites == {"(not named)": "4", "المشهد اليمني الأول": "1"}
    assert page.find("bdi", id="version").text == "1.0.0"


def test_filters_offer_every_site_and_rule(seed_page, seed_rows):
    page = seed_page[1]
    form = page.find("form", id="filters")
    sites = [o.attrs["value"] for o in form.find("select", name="site").find_all("option")]
    rules = [o.attrs["value"] for o in form.find("select", name="rule").find_all("option")]
    assert sites == ["", "(not named)", "المشهد اليمني الأول"]
    assert set(rules) == {""} | {r["rule"] for row in seed_rows.values() for r in row["removed"]}
    assert form.find("input", name="q").attrs["type"] == "search"


# --- synthetic releases: escaping, size limit, skipped files, changelog -----------------------

def article(doc_id: str, lines: list[tuple[int, str]], removed=(), **fields) -> dict:
    return {"id": doc_id, "text": "\n".join(t for _, t in lines), "text_lines": [n for n, _ in lines],
            "removed": [{"line": n, "rule": rule, "text": t} for n, rule, t in removed],
            "language": "ar", "encoding": "utf-8", **fields}


def _conform(row: dict, schema: pa.Schema) -> dict:
    """Empty values for the fields a test does not set, so a new schema field does not break it."""
    def empty(field: pa.Field):
        if field.nullable:
            return None
        kind = field.type
        return [] if pa.types.is_list(kind) else False if pa.types.is_boolean(kind) else "" if pa.types.is_string(kind) else 0
    return {field.name: row.get(field.name, empty(field)) for field in schema}


def make_release(folder: Path, rows: list[dict], comments=(), skipped=(), changelog=None) -> Path:
    for name, schema, items in (("data", ARTICLE_SCHEMA, rows), ("comments", COMMENT_SCHEMA, comments)):
        (folder / name).mkdir(parents=True)
        table = pa.Table.from_pylist([_conform(item, schema) for item in items], schema=schema)
        pq.write_table(table, folder / name / "train-00000-of-00001.parquet")
    (folder / "skipped.jsonl").write_text("".join(json.dumps(s) + "\n" for s in skipped), encoding="utf-8")
    if changelog is not None:
        (folder / "changelog.json").write_text(json.dumps(changelog), encoding="utf-8")
    return folder


def test_all_text_is_escaped(tmp_path):
    attack = '<script>alert("x")</script>'
    row = article("a/<b>", [(2, attack)], removed=[(1, "title", "<img src=x onerror=alert(1)>")],
                  title="<i>t</i>", site='"><svg onload=alert(1)>')
    comment = {"article_id": "a/<b>", "position": 1, "author": "<u>commenter 1</u>", "time_text": None,
               "text": "</section><script>alert(2)</script>", "line": 3}
    html = write_review(make_release(tmp_path / "v1.0.0", [row], [comment])).read_text(encoding="utf-8")
    for raw in (attack, "<img src=x", "<i>t</i>", "<svg", "<u>", "alert(2)</script>"):
        assert raw not in html
    doc = documents(parse_html(html))["a/<b>"]
    assert (doc.find("h3").text, doc.find("li", "kept").text) == ("<i>t</i>", attack)
    assert doc.attrs["data-site"] == '"><svg onload=alert(1)>'
    assert doc.find("section", "comments").find("p", "who").find("bdi").text == "<u>commenter 1</u>"


def test_large_release_is_capped_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(review, "MAX_DOCS", 3)
    rows = [article(f"doc{i}", [(2, "نص")], removed=[(1, "chrome.footer", "أخبار")]) for i in range(7)]
    page = parse_html(write_review(make_release(tmp_path / "rel", rows)).read_text(encoding="utf-8"))
    assert sorted(documents(page)) == ["doc0", "doc1", "doc2"]
    assert page.find("div", id="published").find("b").text == "7"
    assert page.find("a", data_label="chrome.footer").find("span", "n").text == "7"
    assert "Included: 3 of 7" in page.find("p", id="limit").text
    assert "at most 3 articles" in page.find("p", id="limit").text


def test_skipped_files_and_version_history_are_listed(tmp_path):
    skipped = [{"id": "bad/one", "reason": "empty file"}, {"id": "bad/two", "reason": "not text: binary"}]
    changelog = [{"version": "1.1.0", "previous": "1.0.0", "documents": 1, "added": 1, "removed": 2,
                  "changed": 0, "unchanged": 0, "schema_changes": []}]
    release = make_release(tmp_path / "out", [article("ok", [(1, "نص")])], skipped=skipped, changelog=changelog)
    page = parse_html(write_review(release).read_text(encoding="utf-8"))
    cells = [[td.text for td in tr.find_all("td")] for tr in page.find("section", id="skipped").find_all("tr")[1:]]
    assert cells == [["bad/one", "empty file"], ["bad/two", "not text: binary"]]
    assert page.find("div", id="docs-in").find("b").text == "3"
    assert page.find("bdi", id="version").text == "1.1.0"
    history = [td.text for td in page.find("section", id="changes").find_all("tr")[1].find_all("td")]
    assert history == ["1.1.0", "1.0.0", "1", "1", "2", "0", "0", "—"]


def test_version_falls_back_to_the_folder_name(tmp_path):
    page = parse_html(write_review(make_release(tmp_path / "v2.3.4", [article("x", [(1, "نص")])])).read_text("utf-8"))
    assert page.find("bdi", id="version").text == "2.3.4"


def test_command_writes_the_page_or_explains_in_one_line(tmp_path, capsys):
    release = make_release(tmp_path / "rel", [article("x", [(1, "نص")])])
    out = tmp_path / "elsewhere" / "page.html"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "review.py"), str(release), "--output", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert documents(parse_html(out.read_text(encoding="utf-8"))).keys() == {"x"}
    assert not (release / "review.html").exists()
    assert review.main([str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.strip().startswith("arabic-news-review: error: not a release folder")


def test_replies_and_likes_are_shown_when_the_release_has_them(tmp_path):
    if "likes" not in COMMENT_SCHEMA.names:
        pytest.skip("this schema has no likes/is_reply")
    comments = [{"article_id": "x", "position": 1, "author": "commenter 1", "text": "أولاً", "line": 3, "likes": 12},
                {"article_id": "x", "position": 2, "author": "commenter 2", "text": "ردّ", "line": 5, "is_reply": True}]
    release = make_release(tmp_path / "rel", [article("x", [(1, "نص")], num_comments=2)], comments)
    items = parse_html(write_review(release).read_text(encoding="utf-8")).find("section", "comments").find("ol").find_all("li")
    assert items[0].find("bdi", "likes").text == "12" and "reply" not in items[0].classes
    assert "reply" in items[1].classes and not items[1].find_all("bdi", "likes")


# --- issue 15: a sample over sites, duplicates side by side, filters, the questionable view ----

def test_the_sample_is_spread_over_sites_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(review, "MAX_DOCS", 6)
    rows = [article(f"a/{i:02d}", [(2, "نص")], site_key="a", title="ع") for i in range(10)]
    rows += [article(f"b/{i}", [(2, "نص")], site_key="b", title="ع") for i in range(3)]
    rows += [article(f"c/{i}", [(2, "نص")], site_key="c", title="ع") for i in range(2)]
    page = parse_html(write_review(make_release(tmp_path / "rel", rows)).read_text(encoding="utf-8"))
    assert sorted(documents(page)) == ["a/00", "a/01", "b/0", "b/1", "c/0", "c/1"]
    note = page.find("p", id="limit").text
    assert "a sample spread over the sites" in note and "from 3 site(s)" in note


def test_a_duplicate_is_shown_beside_the_kept_copy(tmp_path):
    rows = [article("kept", [(1, "النص الأصلي للمقالة")], title="عنوان"),
            article("copy", [(1, "النص الأصلي للمقالة")], title="عنوان", duplicate_of="kept", duplicate_type="exact")]
    page = parse_html(write_review(make_release(tmp_path / "rel", rows)).read_text(encoding="utf-8"))
    doc = documents(page)["copy"]
    assert doc.attrs["data-duplicate"] == "kept"
    kept = doc.find("section", "dup").find("div", "kept")
    assert kept.find("code").text == "kept" and kept.find("p", "ptext").text == "النص الأصلي للمقالة"
    assert doc.find("section", "dup").find("div", "this").find("p", "ptext").text == "النص الأصلي للمقالة"
    assert documents(page)["kept"].find_all("section", "dup") == []
    assert "(1)" in page.find("nav", id="views").find("a", data_view="duplicates").text


def test_filters_for_language_encoding_repairs_title_and_comments(seed_page, seed_rows):
    page = seed_page[1]
    form = page.find("form", id="filters")
    values = lambda name: [o.attrs["value"] for o in form.find("select", name=name).find_all("option")]  # noqa: E731
    assert values("language") == ["", "ar"]
    assert values("encoding") == ["", "utf-8"]
    assert values("fix") == ["", "*", "nbsp_to_space"]
    assert form.find("input", name="noTitle").attrs["type"] == "checkbox"
    assert form.find("input", name="hasComments").attrs["type"] == "checkbox"
    for doc_id, doc in documents(page).items():
        row = seed_rows[doc_id]
        assert doc.attrs["data-comments"] == str(row["num_comments"])
        assert doc.attrs["data-title"] == ("1" if row["title"] else "0")
        assert doc.attrs["data-fixes"] == " ".join(row["fixes"])


ARABIC = "قال وزير الخارجية إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة بعد توقف دام شهرين."
PERSIAN = "این یک متن فارسی است که برای آزمایش نوشته شده است و زبان آن به روشنی فارسی است."


def test_questionable_pages_carry_their_reasons(tmp_path):
    rows = [
        article("fine", [(2, ARABIC), (3, ARABIC)], removed=[(1, "title", "عنوان")], title="عنوان"),
        article("untitled", [(1, ARABIC)]),
        article("stripped", [(4, ARABIC)], removed=[(1, "title", "ع"), (2, "chrome.footer", "أ"), (3, "chrome.footer", "ب")],
                title="ع"),
        article("headerless", [(2, ARABIC), (3, ARABIC), (4, ARABIC)],
                removed=[(1, "title", "ع"), (5, "comments.author", "commenter 1"), (6, "comments.text", "تعليق")],
                title="ع", num_comments=1),
        article("guarded", [(2, PERSIAN)], removed=[(1, "title", "ع")], title="ع", language="ar"),
    ]
    page = parse_html(write_review(make_release(tmp_path / "rel", rows)).read_text(encoding="utf-8"))
    reasons = {doc_id: doc.attrs["data-questions"] for doc_id, doc in documents(page).items()}
    assert reasons == {"fine": "", "untitled": "no-title", "stripped": "most-removed",
                       "headerless": "comments-no-header", "guarded": "language-guard"}
    tags = documents(page)["headerless"].find("p", "questions").text
    assert tags == "comment section found without a header"
    assert "(4)" in page.find("nav", id="views").find("a", data_view="questionable").text


def test_language_question_asks_langdetect_only_of_pages_it_decided(monkeypatch):
    # A page the script settles (nearly all letters Arabic-script) is checked against its own
    # letters; langdetect is asked again only for the pages it decided in the run (mixed scripts).
    import langdetect

    asked = []
    real = langdetect.detect_langs
    monkeypatch.setattr(langdetect, "detect_langs", lambda text: asked.append(text) or real(text))
    base = {"removed": [], "text_lines": [1], "title": "ع"}
    assert review.questions({**base, "text": ARABIC, "language": "ar"}) == []
    assert review.questions({**base, "text": PERSIAN, "language": "fa"}) == []
    assert review.questions({**base, "text": PERSIAN, "language": "ar"}) == ["language-guard"]
    assert not asked
    mixed = "Le ministre a dit قال الوزير إن المحادثات ستستأنف and the talks will resume next week in the capital."
    review.questions({**base, "text": mixed, "language": "ar"})
    assert asked == [mixed[:400]]
