"""Hard-wrapped text: paragraphs a tool broke into lines of a fixed width (html2text and lynx
dumps, mail and fixed-width feeds), so that no line of them is a whole sentence.

The position rules (`edges.py`) find the article by its paragraphs: a long line, or a sentence.
A wrapped paragraph has neither, line by line; read by line it looks like a run of captions over
the text and a run of short lines under it. These lines are found by the width they were wrapped
at, which the page itself gives: a wrapping tool fills each line until the next word would pass
the width, so a line of a wrapped paragraph plus the first word of the line under it is longer
than the width, and no line is longer than it. Lines of a page that was not wrapped do not meet
that bound line after line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .schema import Line
from .settings import SETTINGS


# a sentence's full stop, at the line's end or before the next sentence, after a word (no ellipsis,
# no number, no one-letter abbreviation: 'د.', 'أ.')
_FULL_STOP = re.compile(r"(?<=[^\W\d_]{2})\.(?=[\s\"'”’»)]|$)")


def _fill_ranges(lines: Sequence[Line]) -> list[tuple[int, int] | None]:
    """For each line, the widths it was filled up to, [its length, its length with the next word):
    the range of widths at which a wrapping tool would have broken the line where it is broken.
    None for the last line and a line with a blank line under it (its paragraph ends there)."""
    slack = SETTINGS.wrapping.slack_chars
    ranges: list[tuple[int, int] | None] = []
    for i, line in enumerate(lines):
        if i + 1 == len(lines) or lines[i + 1].number != line.number + 1:
            ranges.append(None)
            continue
        size = len(line.text)
        ranges.append((size, size + 1 + len(lines[i + 1].text.split(maxsplit=1)[0]) + slack))
    return ranges


def wrap_width(lines: Sequence[Line], ranges: list | None = None) -> int | None:
    """The width the page's text was wrapped at, or None when it was not wrapped: the width that
    the most lines were filled up to, when enough of them were (a sweep over the ranges)."""
    settings = SETTINGS.wrapping
    ranges = _fill_ranges(lines) if ranges is None else ranges
    events = sorted((edge, step) for r in ranges if r and settings.min_width <= r[0] <= settings.max_width
                    for edge, step in ((r[0], 1), (r[1], -1)))
    best, best_count, count = None, 0, 0
    for edge, step in events:  # (at equal edges a range's end, -1, sorts before another's start)
        count += step
        if count > best_count:
            best, best_count = edge, count
    return best if best_count >= settings.min_full_lines else None


def wrapped_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Indices of the lines that belong to wrapped paragraphs: runs of lines filled to the page's
    width, one under the other, each with the line that ends its paragraph (never longer than the
    width). A page is read as wrapped only when, as a wrapping tool leaves it, few of its lines
    that could have been broken are longer than the width (`max_long_share` of the wrapped lines),
    and a sentence ends in the wrapped lines: a list of headlines of like length (a 'most read'
    box) may look filled to a width, but stands among paragraphs longer than it and ends no
    sentence."""
    return _wrapped(lines)[0]


def filled_lines(lines: Sequence[Line]) -> frozenset[int]:
    """The wrapped lines filled up to the page's width (`wrapped_lines`): lines a tool broke where
    the next word would not fit, with their paragraph going on under them; never a paragraph's
    short last line, nor a short line that only stands between two wrapped paragraphs."""
    return _wrapped(lines)[1]


def _wrapped(lines: Sequence[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """(the wrapped lines, those of them filled to the width), read in one pass over the page."""
    ranges = _fill_ranges(lines)
    width = wrap_width(lines, ranges)
    if width is None:
        return frozenset(), frozenset()
    settings = SETTINGS.wrapping
    limit = width + settings.slack_chars
    runs: list[list[int]] = []
    run: list[int] = []
    for i, filled in enumerate(ranges):
        if filled and filled[0] <= width < filled[1]:
            run.append(i)
            continue
        if run and len(lines[i].text) <= limit:
            run.append(i)  # (the paragraph's last line, however short, never longer than the width)
        if len(run) > settings.min_run_full:
            runs.append(run)
        run = []
    wrapped = sum(map(len, runs))
    # (a line longer than the width with a space before it could have been broken: no tool left it)
    long = sum(1 for line in lines if len(line.text) > limit and " " in line.text[:width])
    if not runs or long > max(1, int(wrapped * settings.max_long_share)) \
            or sum(len(_FULL_STOP.findall(lines[i].text)) for r in runs for i in r) < settings.min_sentence_ends:
        return frozenset(), frozenset()
    wrapped = frozenset(i for r in runs for i in r)
    return wrapped, frozenset(i for i in wrapped if ranges[i] and ranges[i][0] <= width < ranges[i][1])
