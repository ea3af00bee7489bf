"""The dev articles ended or laid out as other sources end and lay out theirs: structure checks for
the rules that find an article's first and last lines (`cleaning/edges.py`, `closing.py`,
`wrapping.py`), run with `python scripts/evaluate.py --real dev --endings VARIANT`.

The real pages end where the source's text ends, and the sample keeps an article's first 14
paragraphs, so a page may end on a subhead, a lead-in or the list it announces. The dev articles
rarely do; these variants make them do it with their own lines, so a rule that only keeps the
endings the dev pages happen to have shows itself. Every line stays the article's own (no word is
written here); only where the article stops, or how its lines are broken, changes.

    subhead   each article stops right after one of its own short lines between two paragraphs
              (a subhead, a lead-in ending with a colon), up to 13 lines above it
    list      each article stops after one of its own runs of two short lines or more (a list, a
              lead-in and its first item)
    truncated each article's last paragraph (of the 14 kept) cut after 4 to 10 words, mid-sentence,
              as a feed cut at a length limit leaves it (the last word kept is followed by its
              comma when the source has one there)
    end       each article longer than the 14 paragraphs kept ends where its source ends it: its
              first paragraph, then its last 13 (the sample cuts half the Nasreddine articles
              above their real end, whose closing lines the other variants never show)
    wrapped   the article's paragraphs hard-wrapped at one width between 50 and 100 characters, as
              html2text or lynx print a page (whole paragraphs, as many as the sample's 14 lines hold)
"""

from __future__ import annotations

import random
import textwrap

from cleaning.text import is_prose

VARIANTS = ("subhead", "list", "truncated", "end", "wrapped")
_KEEP_ABOVE = 13      # (the sample keeps 14 paragraphs: the cut line and 13 above it)
_WRAP_WIDTHS = (50, 100)


def _paragraphs(article: dict) -> list[str]:
    texts = (" ".join(p.split()) for p in article["paragraphs"])
    return [p for p in texts if p and p.isprintable()]


def _short_lines(ps: list[str]) -> list[int]:
    """A short line between two paragraphs: a subhead or a lead-in inside the article."""
    return [j for j in range(2, len(ps) - 1) if not is_prose(ps[j]) and is_prose(ps[j - 1]) and is_prose(ps[j + 1])]


def _short_runs(ps: list[str]) -> list[int]:
    """The last line of each run of two short lines or more under a paragraph."""
    ends, j = [], 1
    while j < len(ps):
        if is_prose(ps[j]) or not is_prose(ps[j - 1]):
            j += 1
            continue
        k = j
        while k < len(ps) and not is_prose(ps[k]):
            k += 1
        if k - j >= 2:
            ends.append(k - 1)
        j = k
    return ends


def vary(sample: list[dict], variant: str, seed: int = 0) -> list[dict]:
    """The sample with its dev articles changed as `variant` says; test records are left alone."""
    if variant not in VARIANTS:
        raise ValueError(f"variant is one of {', '.join(VARIANTS)}")
    rng = random.Random(f"endings-{variant}-{seed}")
    out = []
    for record in sample:
        if record.get("kind") != "article" or record.get("split") != "dev":
            out.append(record)
            continue
        ps = _paragraphs(record) or record["paragraphs"]
        if variant == "wrapped":
            width, lines = rng.randint(*_WRAP_WIDTHS), []
            for p in ps:  # (whole paragraphs only: the layout keeps an article's first 14 lines)
                wrapped = textwrap.wrap(p, width) or [p]
                if lines and len(lines) + len(wrapped) > _KEEP_ABOVE + 1:
                    break
                lines += wrapped
            ps = lines
        elif variant == "end":
            ps = ps[:1] + ps[-_KEEP_ABOVE:] if len(ps) > _KEEP_ABOVE + 1 else ps
        elif variant == "truncated":
            ps = ps[:_KEEP_ABOVE + 1]
            cut = ps[-1].split()[:rng.randint(4, 10)]
            ps = ps[:-1] + [" ".join(cut)] if len(cut) < len(ps[-1].split()) else ps
        else:
            cuts = _short_lines(ps) if variant == "subhead" else _short_runs(ps)
            if cuts:
                end = rng.choice(cuts)
                ps = ps[max(0, end - _KEEP_ABOVE):end + 1]
        out.append(dict(record, paragraphs=ps))
    return out
