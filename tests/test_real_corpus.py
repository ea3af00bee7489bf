"""The real evaluation corpus (evaluation/real/, docs/real-corpus.md).

Without the sample: the layout generator is deterministic and labels what it writes, and the
scorer's measures fail when they should (a tiny synthetic sample written here). With the sample
(built by scripts/build_real_corpus.py, never committed): each figure meets the issue-12 target or,
where README says it does not yet, never drops below the figure README states.
"""

from __future__ import annotations

import re

import json
from pathlib import Path

import pytest

from evaluation.real.layout import LABELS, count_header, generate
from evaluation.real.sources import HOW_TO_BUILD, locate_sample, read_sample
from evaluation.score import REAL_TARGETS, evaluate_real, losses_table, score_page
from cleaning.schema import Comment, Document, Line, Removed

ROOT = Path(__file__).resolve().parents[1]


def tiny_sample() -> list[dict]:
    """Hand-written for this test: two sites per split, a few comments, nothing from cleaning/data."""
    out = []
    for split, sites in (("dev", ("site-a", "site-b")), ("test", ("site-c", "site-d"))):
        for s in sites:
            for n in range(3):
                out.append({"kind": "article", "source": "hand", "site": s, "country": "JO", "split": split,
                            "id": f"{s}-{n}", "title": f"المزارعون في الأغوار يبدأون موسم القطاف رقم {n}",
                            "paragraphs": [f"بدأ المزارعون في وادي الأردن صباح اليوم قطف محصول البندورة للموسم {n}.",
                                           "وقال أحد المزارعين إن الأسعار هذا العام أفضل من العام الماضي بقليل.",
                                           "ويتوقع أن يستمر الموسم حتى نهاية الشهر المقبل إذا بقي الطقس معتدلا."],
                            "byline": "الشونة الجنوبية - مراسلنا" if n else None, "dateline": None, "date": None})
        for n in range(12):
            out.append({"kind": "comment", "source": "hand", "site": f"forum-{split}", "split": split,
                        "id": f"c{split}{n}", "author": f"ابو سليم {n}" if n % 2 else None,
                        "handles": ["farmer_jo"] if n == 4 else [], "date": None, "place": None, "subject": None,
                        "text": f"الله يعطيكم العافية على هالتقرير، البندورة عنا رخيصة كثير هالسنة {n}. والسوق ماشي."})
    return out


def test_generator_is_deterministic_and_labels_every_line(tmp_path):
    sample = tiny_sample()
    a = generate(sample, tmp_path / "a", split="dev", pages=30, seed=5)
    b = generate(sample, tmp_path / "b", split="dev", pages=30, seed=5)
    assert a == b
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    assert files and all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert generate(sample, tmp_path / "c", split="dev", pages=30, seed=6) != a
    for page in a["pages"]:
        assert {label for _, label, _ in page["lines"]} <= set(LABELS)
        assert [label for _, label, _ in page["lines"]].count("title") == 1
        assert page["site"] in ("site-a", "site-b")   # dev pages use dev sites only
    test = generate(sample, tmp_path / "t", split="test", pages=10, seed=5)
    assert {p["site"] for p in test["pages"]} <= {"site-c", "site-d"}


def test_own_phrasings_replace_the_dev_words_and_are_put_back(tmp_path):
    from evaluation.real import layout
    from evaluation.real.own_phrasings import OWN, own_phrasings

    before = dict(layout.V)
    with own_phrasings():
        truth = generate(tiny_sample(), tmp_path / "own", split="dev", pages=30, seed=5)
    assert layout.V == before
    printed = {text for page in truth["pages"] for _, _, text in page["lines"]}
    dev_words = {w for key in ("header_word", "share", "form") for w in layout.V[key][0] if isinstance(w, str)}
    assert not printed & dev_words
    assert printed & {w for key in ("sections", "home") for w in OWN[key]} or any(
        any(w in t for w in OWN["sections"]) for t in printed)


def test_fresh_phrasings_replace_the_dev_words_and_are_put_back(tmp_path):
    from evaluation.real import layout
    from evaluation.real.fresh_phrasings import FRESH, fresh_phrasings

    before = dict(layout.V)
    assert set(FRESH) == set(layout.DEV_PHRASINGS)
    with fresh_phrasings():
        assert all(layout.V[key][0] == FRESH[key] and layout.V[key][1] == before[key][1] for key in FRESH)
        truth = generate(tiny_sample(), tmp_path / "fresh", split="dev", pages=30, seed=5)
    assert layout.V == before
    printed = {text for page in truth["pages"] for _, _, text in page["lines"]}
    dev_words = {w for key in ("header_word", "share", "form") for w in layout.V[key][0] if isinstance(w, str)}
    assert not printed & dev_words
    assert any(any(w in t for w in FRESH["sections"]) for t in printed)


def test_count_headers_in_every_number():
    import random
    rng = random.Random(0)
    seen = {count_header(rng, n, "التعليقات") for n in (1, 2, 3, 11) for _ in range(30)}
    assert {"تعليق واحد", "تعليقان", "3 تعليقات", "11 تعليقا", "عدد التعليقات: 3"} <= seen


def _page(**over):
    page = {"id": "s/1", "site": "s", "style": "colon", "language": "ar", "encoding": "utf-8", "title": "عنوان الخبر",
            "agencies": ["Reuters"], "usernames": ["ابو سليم"],
            "comments": [{"author": "ابو سليم", "text": "تعليق أول\nبسطرين"}],
            "lines": [(1, "title", "عنوان الخبر"), (2, "body", "فقرة من الخبر."), (3, "chrome", "قائمة | أخرى"),
                      (4, "comment_meta", "ابو سليم"), (5, "comment_text", "تعليق أول"), (6, "comment_text", "بسطرين")]}
    page.update(over)
    return page


def _doc(**over):
    fields = dict(id="s/1", raw_sha256="0", encoding="utf-8", title="عنوان الخبر", language="ar",
                  lines=(Line(2, "فقرة من الخبر."),), sources=("Reuters",),
                  removed=(Removed(1, "title", "عنوان الخبر"), Removed(3, "chrome", "قائمة | أخرى"),
                           Removed(4, "comments.author", "commenter 1")),
                  comments=(Comment(1, "commenter 1", None, "تعليق أول  بسطرين", 5),))
    fields.update(over)
    return Document(**fields)


def test_scorer_on_a_perfect_page():
    one = score_page(_page(), _doc())
    assert one["checks"]["usernames absent"] == 1 and one["checks"]["comments captured"] == 1
    assert one["checks"]["titles exact"] == 1 and one["checks"]["credited agencies"] == 1
    assert one["kept"]["body"] == 1 and one["kept"]["chrome"] == 0 and one["kept"]["comment_text"] == 0


def test_scorer_measures_fail_when_they_should():
    leaked = _doc(removed=(Removed(4, "comments.author", "ابو سليم"),))     # raw name kept in `removed`
    assert score_page(_page(), leaked)["checks"]["usernames absent"] == 0
    split = _doc(comments=(Comment(1, "commenter 1", None, "تعليق أول", 5), Comment(2, None, None, "بسطرين", 6)))
    assert score_page(_page(), split)["checks"]["comments captured"] == 0    # a two-line comment cut in two
    kept = _doc(lines=(Line(2, "فقرة من الخبر."), Line(5, "تعليق أول")), title="قائمة | أخرى", sources=())
    one = score_page(_page(), kept)
    assert one["kept"]["comment_text"] == 1 and one["checks"]["titles exact"] == 0
    assert one["checks"]["credited agencies"] == 0
    assert score_page(_page(), None)["kept"]["body"] == 0                    # skipped page: body lost


def test_a_name_printed_in_the_pages_own_line_is_no_leak_but_in_a_readers_line_is():
    page = _page(usernames=["كريم"], lines=_page()["lines"] + [(7, "chrome", "اسمك الكريم")],
                 comments=[{"author": "كريم", "text": "تعليق أول\nبسطرين"}])
    own_line = _doc(lines=(Line(2, "فقرة من الخبر."), Line(7, "اسمك الكريم")))
    assert score_page(page, own_line)["checks"]["usernames absent"] == 1
    readers_line = _doc(lines=(Line(2, "فقرة من الخبر."), Line(4, "كريم")))
    assert score_page(page, readers_line)["checks"]["usernames absent"] == 0


def test_losses_count_the_rule_and_the_field_without_text():
    leaked = _doc(removed=(Removed(4, "comments.author", "ابو سليم"),), lines=())   # name kept raw; body line taken
    one = score_page(_page(), leaked)
    assert one["leaks"] == {"removed as comments.author": 1, "body lost: ?": 1}
    taken = _doc(lines=(), removed=(Removed(2, "chrome.caption", "فقرة من الخبر."),))
    assert score_page(_page(), taken)["leaks"] == {"body lost: chrome.caption": 1}
    assert score_page(_page(), _doc())["leaks"] == {}
    table = losses_table({"losses": {"body lost: chrome.caption": 2}, "username leaks": {"title": 1},
                          "losses by page": {"body lost: chrome.caption": (1, 2)}})
    assert "| body lost: chrome.caption | 2 | 1 (2) |" in table and "| username in title | 1 |  |" in table
    assert "فقرة" not in table


def test_tiny_corpus_scores_end_to_end(tmp_path):
    generate(tiny_sample(), tmp_path, split="dev", pages=12, seed=1)
    result = evaluate_real(tmp_path)
    assert result["pages"] == 12 and set(REAL_TARGETS) <= set(result["figures"])
    assert all(0.0 <= v <= 1.0 for v in result["figures"].values())
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["kind"] == "real" and truth["split"] == "dev"


@pytest.fixture(scope="module")
def sample():
    path = locate_sample(ROOT)
    if path is None:
        pytest.skip(HOW_TO_BUILD)
    return read_sample(path)


def test_sample_split_is_sealed(sample):
    for kind in ("article", "comment"):
        dev = {r["site"] for r in sample if r["kind"] == kind and r["split"] == "dev"}
        test = {r["site"] for r in sample if r["kind"] == kind and r["split"] == "test"}
        assert dev and test and not dev & test
    assert not any("authorEmail" in r or "@" in (r.get("author") or "") for r in sample)


@pytest.fixture(scope="module", params=["dev", "test"])
def real_result(request, sample, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"real-{request.param}")
    generate(sample, out, split=request.param, pages=400, seed=0)
    return evaluate_real(out)


def readme_figures() -> dict[tuple[str, str], float]:
    """(split, measure) -> the figure README.md states (written by `scripts/evaluate.py --real test
    --update-readme`, never by hand)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- figures:real:begin -->", 1)[1].split("<!-- figures:real:end -->", 1)[0]
    block = block.split("Generated corpora", 1)[0]  # the real splits' table only
    figures = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and re.fullmatch(r"[01]\.\d{4}", cells[1] or "") and re.fullmatch(r"[01]\.\d{4}", cells[2] or ""):
            figures[("dev", cells[0])] = float(cells[1])
            figures[("test", cells[0])] = float(cells[2])
    return figures


REGRESSION_TOLERANCE = 0.002  # a page or two of 400: the layout is seeded, so figures move only with the rules


@pytest.mark.parametrize("measure", list(REAL_TARGETS))
def test_real_target(real_result, measure):
    """A figure that meets the issue's target keeps meeting it; one that does not yet (README says
    which, and `scripts/evaluate.py` prints TARGET MISSED) never drops below what README states.
    The test split is sealed: only the figure is shown, never examples."""
    split, got, target = real_result["split"], real_result["figures"][measure], REAL_TARGETS[measure]
    stated = readme_figures().get((split, measure))
    assert stated is not None, f"README's generated block has no {split} figure for {measure}"
    floor = target if stated >= target else stated - REGRESSION_TOLERANCE
    assert got >= floor, f"{split}: {measure} {got:.4f} < {floor:.4f} (target {target}, README {stated:.4f})"


def test_extra_layouts_lay_out_the_new_styles_and_are_put_back(tmp_path):
    from evaluation.real import layout
    from evaluation.real.extra_layouts import EXTRA_STYLES, extra_layouts

    styles, section = layout.COMMENT_STYLES, layout.comment_section
    with extra_layouts():
        assert layout.comment_section is not section
        truth = generate(tiny_sample(), tmp_path / "extra", split="dev", pages=40, seed=3)
    assert layout.COMMENT_STYLES is styles and layout.comment_section is section
    assert layout.COMMENT_STYLES == ["facebook", "colon", "dash", "disqus", "by", "headerless", "wordpress",
                                     "numbered", "threaded", "aoc", "empty"]
    used = {page["style"] for page in truth["pages"]}
    assert used <= set(EXTRA_STYLES) and len(used) >= 3
    for page in truth["pages"]:
        assert page["comments"]
        labelled = [(label, text) for _, label, text in page["lines"]]
        texts = {text for label, text in labelled if label == "comment_text"}
        metas = " ".join(text for label, text in labelled if label == "comment_meta")
        for c in page["comments"]:
            assert set(c["text"].split("\n")) <= texts          # every line of the comment labelled as text
            assert c["author"] in metas                          # its author printed on a metadata line
            assert not any(c["author"] in t for t in texts)
        assert set(page["usernames"]) <= {c["author"] for c in page["comments"]}
    # the generator's own styles are untouched outside the block
    plain = generate(tiny_sample(), tmp_path / "plain", split="dev", pages=40, seed=3)
    assert not {page["style"] for page in plain["pages"]} & set(EXTRA_STYLES)


def test_wide_view_is_refused_off_the_dev_split():
    import subprocess
    import sys
    for extra in (["--real", "test", "--wide"], ["--real", "dev", "--wide", "--update-readme"]):
        run = subprocess.run([sys.executable, str(ROOT / "scripts" / "evaluate.py"), *extra],
                             capture_output=True, text=True)
        assert run.returncode == 2 and "--wide is a view of the dev split" in run.stderr


def test_wide_sample_holds_the_dev_split_only():
    path = locate_sample(ROOT, "dev-wide.jsonl.gz")
    if path is None:
        pytest.skip("the wide dev sample is absent: python scripts/build_real_corpus.py --wide")
    wide = read_sample(path)
    from evaluation.real.sources import SPLIT
    assert wide and {r["split"] for r in wide} == {"dev"}
    assert all(SPLIT[r["site"]] == "dev" for r in wide)
    assert not any("authorEmail" in r for r in wide)


def test_section_over_foot_prints_the_comments_above_the_share_bar_and_is_put_back(tmp_path):
    from evaluation.real import layout
    from evaluation.real.extra_layouts import section_over_foot

    def readers_right_under_text(truth) -> list[bool]:
        """For each page with comments: does nothing of the site's (chrome) stand between the
        article's last body line and its first comment line?"""
        out = []
        for page in truth["pages"]:
            labels = [label for _, label, _ in page["lines"]]
            if "comment_text" in labels:
                last_body = max(i for i, label in enumerate(labels) if label == "body")
                out.append("chrome" not in labels[last_body + 1:labels.index("comment_text")])
        return out

    with section_over_foot():
        assert layout.SECTION_OVER_FOOT
        over = generate(tiny_sample(), tmp_path / "over", split="dev", pages=30, seed=3)
    assert layout.SECTION_OVER_FOOT is False
    plain = generate(tiny_sample(), tmp_path / "plain", split="dev", pages=30, seed=3)
    assert readers_right_under_text(over) and all(readers_right_under_text(over))          # nothing of the site's between the text and the readers
    assert readers_right_under_text(plain) and not any(readers_right_under_text(plain))    # the share bar always stands between them otherwise
