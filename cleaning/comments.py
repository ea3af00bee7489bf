"""Reader comments: the section leaves the article text and each comment becomes a record.

A section opens with a heading built on a word for "comment" ("3 تعليقات", "تعليق واحد", "كن أول
من يعلق"), or, with no heading, with a run of repeated blocks after the article's last paragraph:
name and time lines, "name: text" lines, numbered blocks, or a name, a text and the action row
that recurs under every comment. Inside it, a comment is an optional name line, a time, its text
and its action line; counts, buttons and form fields are noise, but a like count is kept in
`likes` and a reply marker sets `is_reply`. What each line is: `comment_lines.py`.
Usernames are personal data: each is replaced by a per-article pseudonym ("commenter 1"), and a
short line of a comment area that nothing recognised is recorded masked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .chrome import lexicon_category
from .comment_lines import (
    CLOSERS, NUMBERED,
    REPLY, SECTION_WORDS, author_and_time, closing_lines, comment_run, ends_section, is_anchor,
    is_byline, is_counted, is_header, is_listed_header, is_meta, is_time, likes_of, maybe_name,
    meta_time, name_like, names_next_comment, one_line_comment, opens_comment, skeleton, strip_bullets, unnumbered)
from .schema import Comment, Document, Line
from .text import ends_sentence, is_prose, is_symbol_led, words
from .settings import SETTINGS


def _find_section(doc: Document) -> tuple[int, bool | None] | None:
    """(index where the section starts, whether that line is a header), or None.
    (i, None): a header with nothing recognisable as a comment after it."""
    lines = doc.lines
    for i, line in enumerate(lines):
        if not is_header(line.text) or not any(is_prose(l.text) for l in lines[:i]):
            continue
        window = range(i + 1, min(len(lines), i + 1 + SETTINGS.comments.signal_window))
        counted = is_counted(line.text)
        if counted or any(opens_comment(lines, j) or is_meta(lines[j].text) or NUMBERED.match(lines[j].text)
                          or meta_time(lines[j].text) or one_line_comment(lines[j].text) for j in window):
            return i, True
        if is_listed_header(line.text) or not any(is_prose(l.text) for l in lines[i + 1:]):
            return i, None  # a header with no comment after it ("أضف تعليقك" and a form): the header alone
        continue  # a subheading that happens to use the word ("تعليق الوزارة") over article text
    # No header: two or more comments recognised by their shape after the last paragraph.
    prose = [i for i, line in enumerate(lines) if is_prose(line.text)]
    if not prose:
        return None
    article_prose = [i for i in prose if not one_line_comment(lines[i].text)]
    for i in range(1, len(lines)):
        run = comment_run(lines, i) if one_line_comment(lines[i].text) and not one_line_comment(lines[i - 1].text) else 0
        if run and any(p < i for p in article_prose) and not any(p >= i + run for p in article_prose):
            return i, False
        blocks = _numbered_blocks(lines, i, least=1) if re.match(r"^\D{0,2}1\D", lines[i].text) else []
        if blocks and blocks[0] == i and any(p < i for p in prose):
            if len(blocks) >= 2:
                end = blocks[-1] + max(b - a for a, b in zip(blocks, blocks[1:])) if _blocks_have_anchors(lines, blocks) else None
            else:  # a lone numbered block is a comment when a line only a comment has closes it
                end = next((j for j in range(i + 2, min(len(lines), i + SETTINGS.comments.last_block_max_lines))
                            if is_anchor(lines[j].text) or is_meta(lines[j].text)), None)
            if end is not None and not any(p > end + 1 for p in prose):
                above = lines[i - 1].text
                heading = len(words(above)) <= SETTINGS.comments.header_max_words and not is_prose(above) and not ends_sentence(above)
                return (i - 1, True) if heading else (i, False)
    openers = [i for i in range(1, len(lines)) if opens_comment(lines, i) and not is_time(lines[i - 1].text)]
    # Only after the article's last paragraph: a paragraph not right under a name/time line (a
    # comment's text) belongs to the article. Openers are grouped in runs that no such paragraph
    # interrupts; a run opens the section when article text stands above it and none below it, or
    # one closing note (a site's disclaimer) below a run of short comments.
    starts = set(openers)
    # a comment's text stands right under its name line, or under the time under it, and a
    # numbered list goes on right under that text
    in_comment: set[int] = set()
    for p in range(len(lines)):
        if (p - 1 in starts or (p - 2 in starts and is_time(lines[p - 1].text))
                or (p - 1 in in_comment and NUMBERED.match(lines[p].text))):
            in_comment.add(p)
    article = [p for p in prose if p not in in_comment]
    runs: list[list[int]] = []
    for i in openers:
        if runs and not any(runs[-1][-1] < p < i for p in article):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        below = sum(p > run[-1] for p in article)
        long_text = any(len(words(lines[i + 1].text)) >= SETTINGS.text.prose_min_words
                        for i in run if i + 1 < len(lines) and i + 1 not in starts)
        if len(run) >= 2 and any(p < run[0] for p in article) and (below == 0 or (below == 1 and not long_text)):
            start = run[0]
            break
    else:
        return None
    before = lines[start - 1].text
    if (len(words(before)) <= 5 and not is_prose(before) and SECTION_WORDS.search(before)):
        return start - 1, True
    return start, False


def extract_comments(doc: Document) -> Document:
    """Take out every comment section: after one is taken, the rest of the page is searched again,
    so a second header further down (or a lone header before the real one) is found too."""
    pseudonyms: dict[str, str] = {}  # one person keeps one pseudonym across the page's sections
    first_prose = next((i for i, line in enumerate(doc.lines) if is_prose(line.text)), len(doc.lines))
    before = {r.line for r in doc.removed}
    token = CLOSERS.set(closing_lines(doc.lines, first_prose + 1))
    try:
        while True:
            taken = _extract_section(doc, pseudonyms)
            if len(taken.removed) == len(doc.removed):
                return _mask_unknown(_mask_names(taken, pseudonyms), before)
            doc = taken
    finally:
        CLOSERS.reset(token)


UNKNOWN = "‹…›"  # what is recorded for a line of a comment area that may be someone's name


def _mask_unknown(doc: Document, before: set[int]) -> Document:
    """Privacy first in the comment area: a short line taken with it that nothing recognised
    (not a heading, time, button, count or form field) may be a reader's name, and a 'name: text'
    line left unparsed carries one; they are recorded masked, never as printed."""
    def safe(record):
        if record.line in before or not record.rule.startswith("comments."):
            return record
        text = record.text
        if record.rule == "comments.meta" and maybe_name(text):
            return replace(record, text=UNKNOWN)
        said = one_line_comment(text, loose=True) if record.rule in ("comments.text", "comments.meta") else None
        if said and not text.startswith("commenter "):
            return replace(record, text=f"{UNKNOWN}: {said[1]}")
        return record

    removed = tuple(safe(r) for r in doc.removed)
    return doc.with_(removed=removed) if removed != doc.removed else doc


def _mask_names(doc: Document, pseudonyms: dict[str, str]) -> Document:
    """Commenters' names quoted inside comments ('@Karim Haddad شكرا', 'كلامك صح يا أبو خالد')
    become their pseudonyms too."""
    names = sorted((n for n in pseudonyms if len(n) >= 3), key=len, reverse=True)
    if not names or not doc.comments:
        return doc
    pattern = re.compile(r"(?<!\w)@?(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    def mask(text: str) -> str:
        return pattern.sub(lambda m: pseudonyms[m.group(0).lstrip("@")], text)

    comments = tuple(replace(c, text=mask(c.text)) for c in doc.comments)
    removed = tuple(replace(r, text=mask(r.text)) if r.rule.startswith("comments.") else r for r in doc.removed)
    return doc.with_(comments=comments, removed=removed)


def _first_block(lines, first: int) -> int:
    """Where the first comment begins in a section whose heading is at `first - 1`: the lines
    between (a sort menu, 'Login', 'أضف تعليقًا...', a form) are the widget's furniture. The first
    comment is found by its anchor, a time or a closing action line, and the name line above it."""
    for a in range(first, min(len(lines), first + 2 * SETTINGS.comments.signal_window)):
        text = lines[a].text
        if is_time(text):
            return a - 1 if a > first and name_like(lines[a - 1].text.rstrip(":： "), SETTINGS.comments.name_max_words) else a
        following = lines[a + 1].text if a + 1 < len(lines) else ""
        if (author_and_time(text) or (one_line_comment(text) and one_line_comment(following))
                or NUMBERED.match(text) or REPLY.match(text)):
            return a
        if meta_time(text) or (CLOSERS.get() and skeleton(text) in CLOSERS.get()):
            for b in range(a - 2, max(first - 1, a - 7), -1):  # a name, then at least one line of text
                if name_like(unnumbered(lines[b].text), SETTINGS.comments.name_max_words):
                    return b
            return max(first, a - 1)
        if is_prose(text):
            return first
    return first


def _numbered_blocks(lines, first: int, least: int = 2) -> list[int]:
    """Indices of the lines that open numbered comment blocks ('1 - محمد', '2. NancyAjram', ...):
    a number counting up from one or from the last, then a name. Why it generalizes: a site that
    numbers its comments prints the number and the writer on the block's first line, whatever
    comes under it (a title, the text, a place and date, votes)."""
    found, expected = [], None
    for j in range(first, min(len(lines), first + 400)):
        match = NUMBERED.match(lines[j].text)
        number = re.match(r"\D*(\d+)", lines[j].text)
        if not match or not number or not match.group("rest"):
            continue
        n = int(number.group(1))
        name = match.group("rest").strip()
        # the count going on is structure enough for a long display name ('قبطي يعشق البرادعي ...')
        limit = SETTINGS.comments.name_max_words if expected is None else SETTINGS.text.prose_min_words - 1
        if (expected is None and n == 1 or n == expected) and 0 < len(words(name)) <= limit \
                and not is_prose(name) and not is_time(name) and not is_byline(name) \
                and not author_and_time(name) and not one_line_comment(lines[j].text):
            found.append(j)
            expected = n + 1
    return found if len(found) >= least else []


def _blocks_have_anchors(lines, starts: list[int]) -> bool:
    """Numbered comment blocks, not a numbered list: something stands between the numbers, and in
    most blocks it includes a line only a comment has (a time, votes, an action line)."""
    gaps = [range(a + 1, b) for a, b in zip(starts, starts[1:])]
    if any(len(gap) == 0 for gap in gaps):
        return False
    anchored = sum(any(is_anchor(lines[j].text) or is_meta(lines[j].text) for j in gap) for gap in gaps)
    return anchored * 2 >= len(gaps)


def _take_numbered_blocks(doc: Document, picks: dict, starts: list[int], pseudonyms: dict[str, str],
                          new_comment_position: int) -> Document:
    """Each numbered block is one comment: its first line the writer, then its text, its time or
    place-and-time line and its action lines. The last block is as long as the one before, at most,
    and ends at a heading or a line of the page's furniture."""
    lines = doc.lines
    texts: dict[int, str] = {}
    records = []
    longest = max((b - a for a, b in zip(starts, starts[1:])), default=SETTINGS.comments.last_block_max_lines)
    last_end = min(len(lines), starts[-1] + longest)
    for j in range(starts[-1] + 2, last_end):  # the last block ends with its time or action line
        if is_anchor(lines[j].text) or is_meta(lines[j].text):
            last_end = j + 1
            break
    ends = starts[1:] + [last_end]
    for a, end in zip(starts, ends):
        name = unnumbered(lines[a].text)
        alias = pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")
        picks[a], texts[a] = "comments.author", alias
        body, time_text, likes = [], None, None
        for j in range(a + 1, end):
            text = lines[j].text
            if is_header(text) or ends_section(text) or lexicon_category(text):
                break
            pair = author_and_time(text)
            if is_time(text) or (pair and body):
                time_text = strip_bullets(text) if is_time(text) else pair[1]
                picks[j], texts[j] = "comments.time", time_text
            elif is_meta(text) or meta_time(text) or skeleton(text) in CLOSERS.get():
                likes = likes if likes is not None else likes_of(text)
                picks[j] = "comments.meta"
            else:
                body.append(lines[j])
                picks[j] = "comments.text"
        if body:
            records.append(Comment(position=new_comment_position + len(records), author=alias, time_text=time_text,
                                   text="\n".join(line.text for line in body), line=body[0].number, likes=likes))
    return doc.take(picks, texts, breaks=True, comments=doc.comments + tuple(records))


def _extract_section(doc: Document, pseudonyms: dict[str, str]) -> Document:
    found = _find_section(doc)
    if found is None:
        return doc
    start, has_header = found
    if has_header is None:  # a lone header leaves; a later header may still open the real section
        return doc.take({start: "comments.header"}, breaks=True)
    lines = doc.lines
    picks: dict[int, str] = {}
    if has_header:
        picks[start] = "comments.header"
        first = start + 1
    else:
        first = start
    texts: dict[int, str] = {}
    if has_header:
        block = _first_block(lines, first)
        if all(len(words(lines[j].text)) <= 12 and not is_prose(lines[j].text) for j in range(first, block)):
            picks.update({j: "comments.meta" for j in range(first, block)})
            first = block
    numbered = _numbered_blocks(lines, first, least=1 if has_header else 2)
    if numbered and numbered[0] == first:
        return _take_numbered_blocks(doc, picks, numbered, pseudonyms, len(doc.comments) + 1)
    comments: list[dict] = []
    pending_author: str | None = None
    pending_reply = False
    new_comment = False
    trailing_meta = False  # the section's comments end with a meta line holding their time
    last_body = None  # line number of the previous comment text line
    last_said = None  # index of the previous one-line comment ('name: text')

    def pseudonym(name: str) -> str:
        return pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")

    def open_comment(author, time, reply):
        comments.append({"author": author, "time": time, "body": [], "likes": None, "reply": reply})

    for i in range(first, len(lines)):
        text = lines[i].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        reply = REPLY.match(text)
        numbered = NUMBERED.match(text)
        pair = author_and_time(text)
        awaiting_text = pending_author is not None or bool(comments and not comments[-1]["body"] and not new_comment)
        says = one_line_comment(text, loose=last_said == i - 1) if not awaiting_text else None
        if comments and not awaiting_text and is_header(text) and not is_meta(text):
            break  # another section's heading ('اترك تعليقاً' above a form): searched again
        opening = start + 1 if has_header else start  # right under the heading, or the run's first line
        if says and ((not comments and (i == opening or one_line_comment(following, loose=True))) or last_said == i - 1):
            open_comment(pseudonym(says[0]), None, pending_reply)
            comments[-1]["body"].append(Line(lines[i].number, says[1]))
            pending_author, pending_reply, new_comment = None, False, False
            last_body, last_said = lines[i].number, i
            picks[i], texts[i] = "comments.text", f"{pseudonym(says[0])}: {says[1]}"
        elif reply and len(words(text)) <= SETTINGS.comments.name_max_words + 3 and not is_prose(text):
            rest = reply.group("rest").strip()
            pair = author_and_time(rest) if rest else None
            if pair:
                open_comment(pseudonym(pair[0]), pair[1], True)
                picks[i], texts[i] = "comments.author", f"↳ {pseudonym(pair[0])}"
                pending_author, pending_reply, last_body = None, False, None
            elif rest and is_time(following) and len(words(rest)) <= SETTINGS.comments.name_max_words:
                pending_author, pending_reply = pseudonym(rest), True
                picks[i], texts[i] = "comments.author", f"↳ {pending_author}"
            else:
                pending_reply = True
                picks[i], texts[i] = "comments.meta", "↳"
        elif is_time(text):
            open_comment(pending_author, strip_bullets(text), pending_reply)
            pending_author, pending_reply, last_body, new_comment = None, False, None, False
            picks[i] = "comments.time"
        elif pair:
            open_comment(pseudonym(pair[0]), pair[1], pending_reply)
            pending_author, pending_reply, last_body, new_comment = None, False, None, False
            picks[i], texts[i] = "comments.author", f"{pseudonym(pair[0])} · {pair[1]}"
        elif stamp := meta_time(text):  # 'أعجبني · رد · <time>' under a comment's text
            if comments and comments[-1]["time"] is None:
                comments[-1]["time"] = stamp
            likes = likes_of(text)
            if likes is not None and comments and comments[-1]["likes"] is None:
                comments[-1]["likes"] = likes
            new_comment = trailing_meta = True
            picks[i] = "comments.meta"
        elif is_meta(text) or (not comments and is_header(text)):
            likes = likes_of(text)
            if likes is not None and comments and comments[-1]["likes"] is None:
                comments[-1]["likes"] = likes
            elif re.fullmatch(r"#?\d+", strip_bullets(text)):
                new_comment = True  # a bare number: the next comment's number, or a stray count
            picks[i] = "comments.meta" if is_meta(text) else "comments.header"
        elif numbered and numbered.group("rest") and (is_time(following) or author_and_time(numbered.group("rest"))):
            rest = numbered.group("rest")
            pair = author_and_time(rest)
            if pair:
                open_comment(pseudonym(pair[0]), pair[1], pending_reply)
                picks[i], texts[i] = "comments.author", f"{pseudonym(pair[0])} · {pair[1]}"
            else:
                pending_author = pseudonym(rest.strip())
                picks[i], texts[i] = "comments.author", pending_author
        elif is_time(following) and len(words(text)) <= SETTINGS.comments.name_max_words and not is_prose(text):
            pending_author = pseudonym(text.strip().rstrip(":： "))
            picks[i], texts[i] = "comments.author", pending_author
        elif name_like(unnumbered(text), SETTINGS.comments.name_max_words) and not ends_section(text) and names_next_comment(lines, i):
            pending_author, new_comment = pseudonym(unnumbered(text)), True
            picks[i], texts[i] = "comments.author", pending_author
        elif ends_section(text) and not (is_symbol_led(text) and awaiting_text):
            break  # an emoji-led line under a name or time is that comment's text ('😂😂 ...')
        elif comments and is_header(text):
            break  # another section's header ('أضف تعليقك' above a form): searched again
        elif not has_header and is_prose(text) and (not comments or comments[-1]["body"]):
            break  # an article paragraph is never a comment of a header-less section
        elif (numbered and comments and comments[-1]["body"] and lines[i].number == last_body + 1
              and (ends_sentence(comments[-1]["body"][-1].text) or NUMBERED.match(comments[-1]["body"][-1].text))):
            comments[-1]["body"].append(lines[i])  # a numbered list inside one comment ('1- ...', '2- ...')
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif numbered and numbered.group("rest") and len(words(numbered.group("rest"))) >= 2:
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif comments and not new_comment and (
            not comments[-1]["body"] or lines[i].number == last_body + 1 or is_prose(text)
        ):
            comments[-1]["body"].append(lines[i])
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif (new_comment or not comments) and (pending_author or pending_reply or (
                (is_prose(text) or comments) and (not trailing_meta or meta_time(following) or is_meta(following)))):
            # a comment shown with neither name nor time
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        else:
            break
    if has_header and not any(c["body"] for c in comments):
        # a heading over no comment: what follows, up to a paragraph, is the widget's form
        # ('كن أول من يعلق', 'الاسم', 'البريد الإلكتروني', a privacy note): never a comment
        comments = []
        picks = {j: rule for j, rule in picks.items() if rule in ("comments.header", "comments.meta")}
        texts = {}
        for j in range(first, len(lines)):
            line_text = lines[j].text
            if len(words(line_text)) > SETTINGS.comments.form_max_words or lexicon_category(line_text) or (
                    is_prose(line_text) and j + 1 < len(lines) and is_prose(lines[j + 1].text)) or is_anchor(line_text):
                break
            picks[j] = "comments.meta"
    records = tuple(
        Comment(
            position=n,
            author=c["author"],
            time_text=c["time"],
            text="\n".join(line.text for line in c["body"]),
            line=c["body"][0].number,
            likes=c["likes"],
            is_reply=c["reply"],
        )
        for n, c in enumerate((c for c in comments if c["body"]), start=len(doc.comments) + 1)
    )
    return doc.take(picks, texts, breaks=True, comments=doc.comments + records)
