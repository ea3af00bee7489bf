"""Comment sections found by a block shape that recurs, not by their words: each comment's name line
standing in the same slot of every block, whichever side of the text that slot is on.

    signed   the text, then a signature under it ('— name، town', 'name (country)', 'name - town')
    titled   a short line over each name line (the reader's title, or the widget's placeholder for
             none), the name line, then the text
    avatar   the name's first letter alone on a line (an avatar's fallback) over the name, then the text

Why it generalizes: a comment widget prints every comment with the same template, so the name
line recurs in the same position of each block. A recurring shape alone is no widget: an article
ends with credited quotations, a poem's stanzas, captions, winners, profiles, a glossary in the same
shapes. What sets a widget apart is that it prints its own furniture: a heading naming the readers'
area, a line the site repeats on its pages, a form, or a time or action line in most of its boxes
(`_widget_marks`); an article's quotations stand in its text, announced by its own lead-in (a line
ending with ':'), under a subhead, with no time and no button. A section is taken only below the
article's last paragraph (no paragraph stands under it), and its name lines are recorded as
pseudonyms, never as printed.
Found before the line-by-line reading of `comments.py`, which handles the other layouts.
"""

from __future__ import annotations

import re

from .chrome import lexicon_category
from .comment_lists import article_run, block_end
from .comment_said import one_line_comment
from .closing import is_tag_line
from .comment_lines import (
    CLOSERS, NUMBERED, SECTION_WORDS, author_and_time, is_action_line, is_byline, is_counted, is_header, is_labelled,
    is_listed_header, is_meta, is_time,
    likes_of, meta_time, skeleton, strip_bullets)
from .repetition import fingerprint
from .schema import Comment, Document
from .settings import SETTINGS
from .text import ends_with_full_stop, is_prose, words

# a signature: a dash before the name, or the name with its place after a comma, in brackets or after a spaced dash
_DASHED = re.compile(r"^[-–—]\s*(?P<name>[^،,()]+?)(?:\s*[،,]\s*(?P<place>[^،,()]+))?$")
_BRACKETED = re.compile(r"^(?P<name>[^()،,\-–—]+?)\s*\((?P<place>[^()]+)\)$")
_COMMA = re.compile(r"^(?P<name>[^()،,]+?)\s*[،,]\s*(?P<place>[^()،,]+)$")
_SPACED_DASH = re.compile(r"^(?P<name>[^()،,]+?)\s+[-–—]\s+(?P<place>[^()،,\-–—]+)$")


def plain_name(text: str) -> bool:
    """No sentence, time, button, heading, furniture: what a reader's name or place may be."""
    return (0 < len(words(text)) <= SETTINGS.comments.name_max_words and not ends_with_full_stop(text)
            and not is_time(text) and not is_meta(text) and not is_header(text) and not lexicon_category(text)
            and bool(re.search(r"[^\W\d_]", text)))


def signature(text: str) -> str | None:
    """The name of a signature line ('— name، town', 'name (country)', 'name - town', '- name'), or
    None. Why it generalizes: a reader's name with a place after a comma, in brackets or a spaced
    dash, or after a dash alone, is how sites sign comments; the name and the place are short
    and no sentence, the line no time nor button."""
    text = text.strip()
    if len(words(text)) > SETTINGS.comments.loose_name_max_words or ":" in text or is_tag_line(text) or is_time(text) \
            or author_and_time(text) \
            or is_meta(text) or meta_time(text) or is_header(text) or lexicon_category(text):
        return None
    for pattern in (_DASHED, _BRACKETED, _COMMA, _SPACED_DASH):
        match = pattern.match(text)
        # (a dash before it marks a signature by itself: a name as long as readers make them)
        longest = SETTINGS.comments.name_max_words if pattern is _DASHED else SETTINGS.comments.author_max_words + 1
        if match and plain_name(match.group("name")) and len(words(match.group("name"))) <= longest \
                and not re.search(r"[\"«»“”…]|\.\.", text) and (
                match.group("place") is None or (plain_name(match.group("place"))
                                                 and len(words(match.group("place"))) <= SETTINGS.comments.place_max_words)):
            return match.group("name").strip()
    return None


def name_line(text: str) -> str | None:
    """The name of a line that opens a block over its text: a signature's shape, a labelled name
    ('label: name'), a numbered one ('2. name'), or a name with its time."""
    if is_time(text):
        return None
    pair = author_and_time(text)
    if pair:
        return pair[0]
    numbered = NUMBERED.match(text)
    if numbered and numbered.group("rest") and plain_name(numbered.group("rest")) and not is_prose(text):
        return numbered.group("rest").strip()
    if is_byline(text):  # (a writer's label the lexicon knows: 'word: ...' alone is any speaker's line)
        rest = re.sub(r"^[^\W\d_]+\s*[:：]\s*|^\S+\s+", "", text.strip(), count=1)
        return rest if plain_name(rest) and len(words(rest)) <= SETTINGS.comments.name_max_words else None
    # (not a dash and a name alone: that signs a text above it, or credits a wire: '- سانا')
    return signature(text) if not _DASHED.match(text.strip()) else None


_HAMZAS = str.maketrans("أإآ", "ااا")


def _initial_over(lines, i: int) -> bool:
    """Line `i` is one letter alone and the line under it a short name starting with that letter."""
    text = lines[i].text.strip()
    if len(text) != 1 or not text.isalpha() or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text.strip()
    first = next((c for c in below if c.isalpha()), "")
    return first.casefold().translate(_HAMZAS) == text.casefold().translate(_HAMZAS) and len(re.findall(r"[^\W\d_]", below)) >= 2 and plain_name(below) and len(words(below)) <= SETTINGS.comments.author_max_words


def _stop(text: str, repeated: frozenset[int]) -> bool:
    """A line no comment's text is: the section's or page's furniture."""
    return bool(is_header(text) or lexicon_category(text) or fingerprint(text) in repeated
                or (is_meta(text) and not likes_of(text)))


def _article_after(lines, end: int, repeated: frozenset[int]) -> bool:
    return any(is_prose(lines[j].text) and not lexicon_category(lines[j].text) and fingerprint(lines[j].text) not in repeated
               for j in range(end, len(lines)))


def _closer(lines, j: int, closers: set[str]) -> bool:
    text = lines[j].text
    return bool(is_meta(text) or is_action_line(text) or meta_time(text) or skeleton(text) in closers)


def _avatar_blocks(lines, repeated):
    """[(name index, first index of the block, end index)] of blocks opened by a letter over a name."""
    starts = [i for i in range(len(lines)) if _initial_over(lines, i)]
    if len(starts) < 2:
        return None
    blocks = []
    for a, b in zip(starts, starts[1:] + [None]):
        if b is None:  # the last block: its time, then text up to the section's furniture
            b = a + 2
            while b < len(lines) and is_time(lines[b].text):
                b += 1
            longest = max((y - x for x, y in zip(starts, starts[1:])), default=SETTINGS.comments.avatar_block_lines) - 2
            limit = b + max(1, longest)
            while b < min(len(lines), limit) and not _stop(lines[b].text, repeated) and not _initial_over(lines, b):
                b += 1
        elif b - a > SETTINGS.comments.block_max_lines:
            return None
        blocks.append((a + 1, a, b))
    return _split_unlettered(lines, blocks)


def _split_unlettered(lines, blocks):
    """A reader with no avatar letter (a photo, a digit) still has the box's name slot: a line right
    over a time, or right after a box's action line, opens a block of its own, never another's text.
    A long line there is no name slot: the section is left to the line-by-line reader."""
    out = []
    for name, a, b in blocks:
        cuts = []
        for j in range(name + 2, b):
            text = lines[j].text
            over_time = j + 1 < b and is_time(lines[j + 1].text) and not is_time(text)
            after_action = is_action_line(lines[j - 1].text) and not is_action_line(text) and plain_name(text) \
                and not is_prose(text)
            if over_time or after_action:
                if len(words(text)) > SETTINGS.comments.name_max_words:
                    return None
                cuts.append(j)
        bounds = [a] + cuts + [b]
        out += [(name if k == 0 else bounds[k], bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    return out


def _signed_blocks(lines, repeated):
    """Blocks of text lines with a signature under them: [(signature index, first, end)]."""
    sigs = [i for i in range(len(lines)) if signature(lines[i].text) and not _stop(lines[i].text, repeated)]

    def text_line(j):
        return not (_stop(lines[j].text, repeated) or _heading(lines[j].text) or signature(lines[j].text))
    chain = []
    for last in reversed(sigs[-3:]):  # (a form's field of that shape may stand under the section)
        chain = [last]
        for s in reversed([x for x in sigs if x < last]):
            gap = [j for j in range(s + 1, chain[0]) if not is_time(lines[j].text)]
            if not 1 <= len(gap) <= SETTINGS.comments.signed_gap_max_lines or not all(text_line(j) for j in gap):
                break
            chain.insert(0, s)
        if len(chain) >= 2:
            break
    if not chain:
        return None
    if len(chain) == 1:  # one signed comment right under the section's heading: the heading says so
        s = chain[0]
        k = 1 if s >= 2 and _heading(lines[s - 2].text) else None  # (its one text line between them)
        # (a reader's 'name - text' line over it: a run of one-line comments, the last one's text short)
        if k is None or not text_line(s - 1) or one_line_comment(lines[s - 1].text) \
                or len(words(lines[s].text)) > SETTINGS.comments.author_max_words + 2:
            return None
        chain, lone = [s], k
    else:
        lone = None
    end = chain[-1] + 1
    while end < len(lines) and is_time(lines[end].text):
        end += 1
    gaps = [len([j for j in range(a + 1, b) if not is_time(lines[j].text)]) for a, b in zip(chain, chain[1:])] or [lone]
    first = chain[0]
    for _ in range(min(gaps)):  # the first block's text: as long as the shortest other's, under no heading
        above = first - 1
        if above < 0 or _stop(lines[above].text, repeated) or _heading(lines[above].text) \
                or signature(lines[above].text) or is_time(lines[above].text):
            break
        first = above
    if first == chain[0]:
        return None
    # two blocks need a mark right over them or a time under a signature (besides `_widget_marks`): a
    # heading naming the readers' area or the site's furniture, never a subhead nor any short line
    top = lines[first - 1].text if first else ""
    if len(chain) < 3 and not (_heading(top) or _stop(top, repeated)
                               or any(is_time(lines[s + 1].text) for s in chain if s + 1 < len(lines))):
        return None
    def tail(s):  # past the signature and the time under it
        k = s + 1
        while k < len(lines) and is_time(lines[k].text):
            k += 1
        return k
    bounds = [first] + [tail(s) for s in chain]
    return [(s, bounds[k], bounds[k + 1]) for k, s in enumerate(chain)]


def _titled_blocks(lines, repeated):
    """Blocks of a short line (a title or the placeholder for none), a name line, the text:
    [(name index, first, end)]. Every block has its short line over its name."""
    names = [i for i in range(1, len(lines)) if name_line(lines[i].text) and _short(lines[i - 1].text)
             and not name_line(lines[i - 1].text)]
    if not names:
        return None
    chain = [names[-1]]
    for s in reversed(names[:-1]):
        gap = range(s + 1, chain[0] - 1)
        if not 1 <= len(gap) <= SETTINGS.comments.titled_gap_max_lines or any(_stop(lines[j].text, repeated) or name_line(lines[j].text) for j in gap):
            break
        chain.insert(0, s)
    # every block of the section has that shape: a name line of another shape over it says it is no title's
    # slot (one box alone: its title and the section's heading cannot be told apart)
    if len(chain) < 2:
        return None
    for j in range(chain[0] - 2, max(-1, chain[0] - SETTINGS.comments.heading_lookback), -1):  # (up to the section's heading)
        text = lines[j].text
        if _heading(text) or _stop(text, repeated):
            break
        if name_line(text):
            return None
    end = chain[-1] + 1
    while end < len(lines) and is_time(lines[end].text):
        end += 1
    longest = max((b - a for a, b in zip(chain, chain[1:])), default=SETTINGS.comments.last_block_max_lines)
    start_text = end
    while end < min(len(lines), start_text + longest - 1) and not _stop(lines[end].text, repeated) \
            and not name_line(lines[end].text):
        end += 1
    # the short line over each name recurring under the last text closes every box (an action line): no title
    if end == start_text or (end < len(lines) and skeleton(lines[end].text) in {skeleton(lines[s - 1].text) for s in chain}):
        return None
    # the section's other name lines are in the chain too (every block has the shape), and a heading
    # over the first name is the section's, not a reader's title
    top = lines[chain[0] - 1].text
    if is_header(top) or (_heading(top) and not (chain[0] >= 2 and _heading(lines[chain[0] - 2].text))):
        return None
    for j in range(end, min(len(lines), end + SETTINGS.comments.last_block_max_lines)):
        text = lines[j].text
        if _heading(text) or lexicon_category(text):
            break
        if author_and_time(text) or (name_line(text) and not _stop(text, repeated) and not signature(text)):
            return None  # (past the last box's action line, another writer's line: the boxes have no title slot)
    bounds = [s - 1 for s in chain] + [end]
    return [(s, bounds[k], bounds[k + 1]) for k, s in enumerate(chain)]


def _short(text: str) -> bool:
    """A title's slot: a few words, no time, button, count or heading (the box's title or its placeholder)."""
    # (a title may ask or exclaim: 'إلى متى؟', not end a sentence with a full stop)
    return 0 < len(words(text)) <= SETTINGS.comments.name_max_words and not text.rstrip().endswith((".", "،", ":")) \
        and not is_time(text) and not (is_header(text) and (is_counted(text) or is_listed_header(text))) and not re.match(r"^[^:：]{1,25}[:：]\s*\S", text) \
        and not meta_time(text) and likes_of(text) is None and not _meta_by_words(text) and not re.search(r"[\d٠-٩]", text)


def _meta_by_words(text: str) -> bool:
    """A button, vote or form line by its own words, whatever recurs on the page (`CLOSERS` aside)."""
    token = CLOSERS.set(frozenset())
    try:
        return is_meta(text)
    finally:
        CLOSERS.reset(token)


def take_blocks(doc: Document, pseudonyms: dict[str, str], repeated: frozenset[int] = frozenset()) -> Document:
    """Take the comment section whose blocks recur in one of the shapes above (the first found),
    when no paragraph of the article stands under it."""
    lines = doc.lines
    for kind, find in (("avatar", _avatar_blocks), ("titled", _titled_blocks), ("signed", _signed_blocks)):
        blocks = find(lines, repeated)
        # (each block holds a text: a line that is none of its name, time or letter)
        if blocks and all(any(j != name and not is_time(lines[j].text) and not (kind == "avatar" and j == name - 1)
                              for j in range(first, end)) for name, first, end in blocks) and not _article_after(lines, blocks[-1][2], repeated) and any(
                is_prose(lines[j].text) for j in range(blocks[0][1])) and _widget_marks(lines, blocks, kind, repeated) \
                and not article_run(doc, blocks[0][1], block_end(doc, blocks[0][1], repeated, blocks[-1][2] - 1), repeated):
            return _take(doc, blocks, kind, pseudonyms, repeated)  # (not a run the article's foot closes: `comment_lists`)
    return doc


def _take(doc: Document, blocks, kind: str, pseudonyms: dict[str, str], repeated) -> Document:
    lines = doc.lines
    picks: dict[int, str] = {}
    texts: dict[int, str] = {}
    records = []
    # a short line that recurs at the end of blocks is their action line, whatever its words
    ends = [skeleton(lines[end - 1].text) for _, _, end in blocks if end - 1 >= 0]
    closers = {key for key in ends if key and ends.count(key) >= 2}
    tops = [lines[first].text for name, first, _ in blocks if first < name]
    for name_at, first, end in blocks:
        raw = (name_line if kind == "titled" else signature)(lines[name_at].text) if kind != "avatar" \
            else lines[name_at].text.strip()
        alias = pseudonyms.setdefault(raw, f"commenter {len(pseudonyms) + 1}")
        picks[name_at], texts[name_at] = "comments.author", alias
        body, time_text, likes = [], None, None
        for j in range(first, end):
            if j == name_at:
                continue
            text = lines[j].text
            if kind == "avatar" and j == name_at - 1:
                picks[j] = "comments.meta"  # (one letter: no one's name)
            elif is_time(text):
                time_text = time_text or strip_bullets(text)
                picks[j] = "comments.time"
            elif kind == "titled" and j == first and (tops.count(text) >= SETTINGS.comments.placeholder_min_boxes or fingerprint(text) in repeated or re.fullmatch(r"\(.*\)", text.strip())):
                picks[j] = "comments.meta"  # the placeholder every untitled box shows
            # (the box's last line, recurring under boxes or printed by the site on many pages: its action line)
            elif j > name_at and j == end - 1 and j > first and body and (
                    _closer(lines, j, closers) or fingerprint(text) in repeated):
                likes = likes_of(text)
                picks[j] = "comments.meta"
            else:
                body.append(lines[j])
                picks[j] = "comments.text"
        if body:
            records.append(Comment(position=len(doc.comments) + len(records) + 1, author=alias, time_text=time_text,
                                   text="\n".join(line.text for line in body), line=body[0].number, likes=likes))
    first = blocks[0][1]
    if first and _heading(lines[first - 1].text):
        picks[first - 1] = "comments.header"
    return doc.take(picks, texts, breaks=True, comments=doc.comments + tuple(records))


def _heading(text: str) -> bool:
    """A short line over the section that names the readers' area ('ما كتبه الزوار (3)')."""
    return is_header(text) or (len(words(text)) <= SETTINGS.comments.header_max_words and not is_prose(text)
                               and bool(SECTION_WORDS.search(text)))


def _widget_marks(lines, blocks, kind: str, repeated: frozenset[int]) -> bool:
    """The section prints a widget's furniture, not only a recurring shape: a time or an action line
    in most boxes (a button, a box's last line the site repeats, or the same short line closing
    boxes), or, for signed and titled boxes, a heading naming the readers' area, a line the site
    repeats or a form line over it, or a form under it. An avatar's letter over a name is also a
    glossary's shape: its boxes need their times or action lines, in most boxes or, under a heading
    naming the readers' area, in one. A lead-in ending with ':' right over the first box announces
    the article's own list, whatever follows. Why it generalizes: the widget's template prints its
    furniture with every box (a time, a reply button) or around the section (its heading, its form);
    an article's quotations, captions, winners or profiles stand in the text, credited once each,
    with none of it."""
    first = blocks[0][1]
    if first and lines[first - 1].text.rstrip().endswith((":", "：")):
        return False
    ends = [skeleton(lines[end - 1].text) for _, _, end in blocks]

    def marked(k, a, b):  # a time, a button, or a closing line the site or the section repeats
        return any(is_time(lines[j].text) or is_action_line(lines[j].text) for j in range(a, b)) \
            or fingerprint(lines[b - 1].text) in repeated or (ends.count(ends[k]) >= 2 and not is_prose(lines[b - 1].text))
    count = sum(marked(k, a, b) for k, (_, a, b) in enumerate(blocks))
    tops = [skeleton(lines[a].text) for name, a, _ in blocks if a < name]
    # (a titled box's slot holding the same line in several boxes: the widget's placeholder for no title)
    if count > len(blocks) / 2 or (kind == "titled" and any(tops.count(top) >= 2 for top in tops if top)):
        return True
    over = []  # the lines over the section, up to the article's last paragraph
    for j in range(first - 1, max(-1, first - 1 - SETTINGS.comments.heading_lookback), -1):
        if is_prose(lines[j].text):
            break
        over.append(lines[j].text)
    if kind == "avatar":
        return count >= 1 and any(_heading(text) for text in over)
    end = blocks[-1][2]
    return any(_heading(text) or fingerprint(text) in repeated or is_meta(text) or is_action_line(text) for text in over) \
        or any(is_meta(lines[j].text) or fingerprint(lines[j].text) in repeated or is_header(lines[j].text)
               for j in range(end, min(len(lines), end + SETTINGS.comments.form_lookahead)))
