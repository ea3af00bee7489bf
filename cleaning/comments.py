"""Reader comments: the section leaves the article text and each comment becomes a record.

Where a section starts: `comment_sections.py` (a heading built on a word for "comment" such as
"3 تعليقات", "تعليق واحد", "كن أول من يعلق", or a run of repeated blocks after the article's last
paragraph). Inside it, a comment is an optional name line, a time, its text
and its action line; counts, buttons and form fields are noise, but a like count is kept in
`likes` and a reply marker sets `is_reply`. What each line is: `comment_lines.py`.
Usernames are personal data: each is replaced by a per-article pseudonym ("commenter 1"), and a
short line of a comment area that nothing recognised is recorded masked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .chrome import lexicon_category
from .comment_sections import comment_run, find_section, first_block, numbered_blocks
from .attribution import is_attribution
from .context import needs
from .repetition import fingerprint
from .comment_said import one_line_comment, reader_between
from .comment_blocks import take_blocks
from .comment_names import in_page_order, mask_names, replied_to, writer_under
from .comment_forms import long_signature
from .comment_shapes import closes_box, closing_lines, form_prompt
from .comment_lines import (
    CLOSERS, NUMBERED, REPLY, author_and_time, ends_section, is_anchor, is_counted, is_header,
    is_meta, is_time, likes_of, maybe_name, meta_time, name_like, names_next_comment, opens_comment,
    past_list, strip_bullets, unnumbered)
from .schema import Comment, Document, Line
from .text import ends_sentence, is_prose, is_symbol_led, words
from .settings import SETTINGS


@needs("boilerplate")
def extract_comments(doc: Document, boilerplate: frozenset[int] = frozenset()) -> Document:
    """Take out every comment section: after one is taken, the rest of the page is searched again,
    so a second header further down (or a lone header before the real one) is found too.
    `boilerplate`: the site's repeated lines (`comment_sections.find_section`)."""
    pseudonyms: dict[str, str] = {}  # one person keeps one pseudonym across the page's sections
    first_prose = next((i for i, line in enumerate(doc.lines) if is_prose(line.text)), len(doc.lines))
    before = {r.line for r in doc.removed}
    token = CLOSERS.set(closing_lines(doc.lines, first_prose + 1))
    try:
        doc = take_blocks(doc, pseudonyms, boilerplate)
        while True:
            taken = _extract_section(doc, pseudonyms, boilerplate)
            if len(taken.removed) == len(doc.removed):
                return _mask_unknown(in_page_order(mask_names(taken, pseudonyms)), before)
            doc = taken
    finally:
        CLOSERS.reset(token)


UNKNOWN = "‹…›"  # what is recorded for a line of a comment area that may be someone's name


def _mask_unknown(doc: Document, before: set[int]) -> Document:
    """Privacy first in the comment area: a short line taken with it that nothing recognised
    (not a heading, time, button, count or form field) may be a reader's name, and a 'name: text'
    line left unparsed carries one; they are recorded masked, never as printed."""
    # the line right over a comment's time is its writer's slot, whatever it reads as ('113')
    over_time = {r.line - 1 for r in doc.removed if r.rule == "comments.time" and r.line not in before}
    over_text = {r.line - 1 for r in doc.removed if r.rule == "comments.text" and r.line not in before}
    after_meta = {r.line for r in doc.removed if r.rule == "comments.meta" and r.line not in before}

    def safe(record):
        if record.line in before or not record.rule.startswith("comments."):
            return record
        text = record.text
        # (between the last box's action line and a text, a bare number is a writer's name slot: '113')
        if record.rule == "comments.meta" and (maybe_name(text) or not re.search(r"[^\W_]", text) or (
                record.line in over_time and len(words(text)) <= SETTINGS.comments.section_name_max_words)
                or (record.line in over_text and record.line - 1 in after_meta and re.fullmatch(r"\d+", text.strip()))):
            return replace(record, text=UNKNOWN)  # a line of symbols alone may be a name too ('؟؟؟؟')
        # a heading-like line in a writer's slot is a reader's name ('الى صاحب التعليق رقم 1'): over a
        # time, after a comment's number, or with a date beside it
        if record.rule == "comments.header" and (record.line in over_time or author_and_time(text) or (
                (numbered := NUMBERED.match(text)) and numbered.group("rest"))):
            return replace(record, text=UNKNOWN)
        said = one_line_comment(text, loose=True) if record.rule in ("comments.text", "comments.meta") else None
        if said and not text.startswith("commenter "):
            return replace(record, text=f"{UNKNOWN}: {said[1]}")
        return record

    removed = tuple(safe(r) for r in doc.removed)
    return doc.with_(removed=removed) if removed != doc.removed else doc


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
        named = name != lines[a].text.strip()  # '5.' alone: a block whose reader left no name
        alias = pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}") if named else None
        picks[a], texts[a] = "comments.author", alias or lines[a].text
        body, time_text, likes = [], None, None
        for j in range(a + 1, end):
            text = lines[j].text
            # (right under the name, a heading-like line is the reader's subject: 'التعليق رقم 3')
            # (an emoji-led line with no text above it in the block is the reader's text: '💥 ...')
            if (is_header(text) and j > a + 1) or (ends_section(text) and not (body == [] and is_symbol_led(text))) \
                    or lexicon_category(text):
                break
            pair = author_and_time(text)
            if is_time(text) or (pair and body):
                time_text = strip_bullets(text) if is_time(text) else pair[1]
                picks[j], texts[j] = "comments.time", time_text
            elif is_meta(text) or closes_box(lines, j):
                likes = likes if likes is not None else likes_of(text)
                picks[j] = "comments.meta"
            else:
                body.append(lines[j])
                picks[j] = "comments.text"
        if body:
            records.append(Comment(position=new_comment_position + len(records), author=alias, time_text=time_text,
                                   text="\n".join(line.text for line in body), line=body[0].number, likes=likes))
    return doc.take(picks, texts, breaks=True, comments=doc.comments + tuple(records))


def _extract_section(doc: Document, pseudonyms: dict[str, str], repeated: frozenset[int]) -> Document:
    found = find_section(doc, repeated)
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
        block = first_block(lines, first)
        if all(len(words(lines[j].text)) <= 12 and not is_prose(lines[j].text) for j in range(first, block)):
            picks.update({j: "comments.meta" for j in range(first, block)})
            first = block
    numbered = numbered_blocks(lines, first, least=1 if has_header else 2)
    if len(numbered) == 1 and numbered[0] - 1 > start and name_like(lines[numbered[0] - 1].text):
        # a lone "1-" under a name line is the first line of that writer's text ('1- الخدمة بطيئة'),
        # not a numbered section of one, when other comments' anchors follow it
        anchors = [j for j in range(numbered[0] + 1, len(lines))
                   if is_meta(lines[j].text) or meta_time(lines[j].text) or is_time(lines[j].text)]
        if len(anchors) >= 2:
            numbered = []
    if numbered and numbered[0] == first:
        return _take_numbered_blocks(doc, picks, numbered, pseudonyms, len(doc.comments) + 1)
    comments: list[dict] = []
    pending_author: str | None = None
    pending_reply = False
    new_comment = False
    trailing_meta = False  # the section's comments end with a meta line holding their time
    last_body = None  # line number of the previous comment text line
    last_said = None  # index of the previous one-line comment ('name: text')
    slotted = 0  # comments whose writer's line stands right over their time (blocks of name, time, text)
    signed = 0  # comments opened by a line of their writer's name and time
    # a section made of one-line comments: every such line opens one, whatever came above it.
    # Under a heading, a run of them by different readers opens it or follows its first line;
    # with no heading, it is the run that found the section, and goes no further.
    if has_header:  # (past a second heading or the form's lines: 'نشر', '11 تعليقا')
        top = next((j for j in range(first, len(lines)) if not (is_meta(lines[j].text) or is_header(lines[j].text))), first)
        run_end = len(lines) if any(comment_run(lines, j, head=True) for j in range(top, min(len(lines), top + 3))) else first
    else:
        run_end = first + comment_run(lines, first, head=True)

    def pseudonym(name: str) -> str:
        return pseudonyms.setdefault(name, f"commenter {len(pseudonyms) + 1}")

    def open_comment(author, time, reply):
        comments.append({"author": author, "time": time, "body": [], "likes": None, "reply": reply})

    skip = None  # a reply's writer's line read with the marker over it
    for i in range(first, len(lines)):
        if i == skip:
            continue
        text = lines[i].text
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        reply = REPLY.match(text)
        numbered = NUMBERED.match(text)
        # (in a section of signed lines, 'name - date' over every text, the name may be a sentence)
        pair = author_and_time(text) or (author_and_time(text, True) or long_signature(lines, i, first)
                                         if comments and signed == len(comments) else None)
        awaiting_text = pending_author is not None or bool(comments and not comments[-1]["body"] and not new_comment)
        in_run = last_said == i - 1  # a run of one-line comments, one odd line allowed
        says = None if awaiting_text else (
            one_line_comment(text, in_section=True) if i < run_end and not pair and fingerprint(text) not in repeated
            else one_line_comment(text, loose=in_run, undated=True))  # (under the article: no dateline)
        if says is None and not awaiting_text and i < run_end and last_said == i - 1 and not pair:
            says = reader_between(lines, i)  # between two readers of the run, or under them, no heading stands
        if says is None and not awaiting_text and has_header and in_run and not pair:
            # under a comment heading, right under a reader's line, a reader may open with a quotation:
            # an article's reported speech does not stand there
            says = one_line_comment(text, loose=True, quoted=True)
        if says is None and has_header and i == first and not comments and not awaiting_text and not pair:
            # right under the heading (and its furniture) stands the first comment: read as a section's
            # line, its writer's name may be long ('<ten words> - text')
            says = one_line_comment(text, in_section=True)
        if is_attribution(text):
            break  # the article's source line ('المصدر: ...') closes it: no comment section runs across it
        if (comments and not awaiting_text and is_header(text) and not is_meta(text) and not is_time(following)
                and not names_next_comment(lines, i) and not pair):  # a heading-like name over a text and its action
            # line, or signed with a date ('label: بدون تعليق | date'), is a writer
            break  # another section's heading ('اترك تعليقاً' above a form): searched again
        opening = start + 1 if has_header else start  # right under the heading, or the run's first line
        # the section's first comment: right under its heading and the widget's furniture, or over another
        # (asked only of a line that reads as a one-line comment)
        def first_comment() -> bool:
            return not comments and (all(picks.get(j) in ("comments.header", "comments.meta") for j in range(opening, i))
                                     or bool(one_line_comment(following, loose=True)))
        # under a heading, after one-line comments, a line that reads as one by itself opens the next
        # comment, an odd line between (with no heading, an article's list of "label: text" lines may
        # have an odd line too: its run ends there)
        if says and (i < run_end or in_run or first_comment() or (has_header and last_said is not None and not pair and one_line_comment(text))):
            open_comment(pseudonym(says[0]), None, pending_reply)
            comments[-1]["body"].append(Line(lines[i].number, says[1]))
            pending_author, pending_reply, new_comment = None, False, False
            last_body, last_said = lines[i].number, i
            picks[i], texts[i] = "comments.text", f"{pseudonym(says[0])}: {says[1]}"
        elif reply and (reply.group("rest").strip() in pseudonyms or (  # (naming a reader above, however long)
                len(words(text)) <= SETTINGS.comments.name_max_words + 3 and (
                # a marker whose name reads as a sentence ('ردا على طيب وبعدين؟') over the reply's block
                not is_prose(text) or (i + 1 < len(lines) and opens_comment(lines, i + 1))))):
            # ('رد على X' names the reader replied to, never the writer: the writer's own line is read under it)
            rest = "" if replied_to(text) else reply.group("rest").strip()
            pair = author_and_time(rest) if rest else None
            if pair:
                open_comment(pseudonym(pair[0]), pair[1], True)
                picks[i], texts[i] = "comments.author", f"↳ {pseudonym(pair[0])}"
                pending_author, pending_reply, last_body = None, False, None
            elif rest and (is_time(following) or not (is_prose(rest) or REPLY.match(rest) or author_and_time(following) or opens_comment(lines, i + 1))) and len(words(rest)) <= SETTINGS.comments.name_max_words:
                pending_author, pending_reply, new_comment = pseudonym(rest), True, True  # (its text under it)
                picks[i], texts[i] = "comments.author", f"↳ {pending_author}"
            elif replied_to(text) and writer_under(lines, i):  # the writer's own name line under 'رد على X'
                pending_author, pending_reply, new_comment, skip = pseudonym(following.strip()), True, True, i + 1
                picks[i], texts[i] = "comments.meta", "↳"
                picks[i + 1], texts[i + 1] = "comments.author", f"↳ {pending_author}"
            else:
                pending_reply = True
                picks[i], texts[i] = "comments.meta", "↳"
        elif is_time(text):
            slotted += pending_author is not None and picks.get(i - 1) == "comments.author"
            open_comment(pending_author, strip_bullets(text), pending_reply)
            pending_author, pending_reply, last_body, new_comment = None, False, None, False
            picks[i] = "comments.time"
        elif pair:
            signed += 1
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
        elif is_meta(text) or (not comments and is_header(text) and not names_next_comment(lines, i)):  # (a name: below)
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
        # (a lead-in ending with ':' over a time is no name; 'X قال:' is)
        elif is_time(following) and not (text.rstrip().endswith((":", "："))
                                          and len(words(text)) > SETTINGS.comments.author_max_words) and (
                len(words(text)) <= SETTINGS.comments.name_max_words and not is_prose(text) or (
                # in a section of blocks already found (or on the line the section search put its first
                # block at, under a heading or not: `comment_sections.first_block`, `_first_name_slot`), the
                # line over a time is its name, however long,
                # and right under the last comment's action line even when it ends as a sentence ('ziad ..')
                (comments or i == first) and len(words(text)) <= SETTINGS.comments.section_name_max_words
                # (or under the last text, when every block so far opened with its writer over its time:
                # the blocks' repeated shape says where a name stands, 'تحية من قارئ قديم.' included)
                and (not ends_sentence(text) or picks.get(i - 1) == "comments.meta" or slotted == len(comments)))):
            pending_author = pseudonym(text.strip().rstrip(":： "))
            picks[i], texts[i] = "comments.author", pending_author
        elif ((name_like(unnumbered(text), SETTINGS.comments.name_max_words) or (  # (right under the last box's
                picks.get(i - 1) == "comments.meta" and len(words(text)) <= SETTINGS.comments.name_max_words  # action
                and not is_prose(text)) or (  # line a name may end with a full stop; and as long as readers make
                # them, a sentence too, right under the heading or that line: the box's text and its action
                # line under it say it is the writer's slot)
                (picks.get(i - 1) in ("comments.meta", "comments.header") or i == first)  # (or where the search put
                and len(words(text)) <= SETTINGS.comments.section_name_max_words)) and names_next_comment(lines, i)  # it)
              # a name that reads as furniture ('YouTube') right under the last box's action line, over
              # a text and the next action line: the box's structure says it is the writer; so right under
              # the heading, when the action line every box closes with (a time in it) stands under its text
              and (not ends_section(text) or picks.get(i - 1) == "comments.meta"
                   or (picks.get(i - 1) == "comments.header" and closes_box(lines, i + 2)))
              # (right under a named comment's time its text stands, a list under it or not)
              and not (picks.get(i - 1) == "comments.time" and comments and comments[-1]["author"])
              # (nor an item of a list the box's action line closes: the end of that box's text)
              and not (numbered and closes_box(lines, past_list(lines, i)))):
            pending_author, new_comment = pseudonym(unnumbered(text)), True
            picks[i], texts[i] = "comments.author", pending_author
        elif ends_section(text) and not (is_symbol_led(text) and awaiting_text):
            break  # an emoji-led line under a name or time is that comment's text ('😂😂 ...')
        elif comments and is_header(text):
            break  # another section's header ('أضف تعليقك' above a form): searched again
        elif (not has_header and is_prose(text) and pending_author is None and (not comments or comments[-1]["body"])
              and not (len(comments) >= 2 and lines[i].number == last_body + 1 and i + 1 < len(lines)
                       and opens_comment(lines, i + 1))
              and not (numbered and comments and lines[i].number == last_body + 1
                       and (NUMBERED.match(comments[-1]["body"][-1].text) or last_said == i - 1
                            or closes_box(lines, past_list(lines, i))
                            or not any(is_prose(line.text) for line in lines[past_list(lines, i):])))):
            # an article paragraph is never a comment of a header-less section (under a name, it is one;
            # a comment's second paragraph, with the next comment's block under it, is one too, and so
            # is the next item of a numbered list its text has begun, or a list the box's action line closes,
            # or a list right under a one-line comment: its text goes on, as `comment_run` counts it; or a
            # list with no paragraph after it: the article does not resume under its comments)
            break
        elif (numbered and comments and comments[-1]["body"] and lines[i].number == last_body + 1
              and (ends_sentence(comments[-1]["body"][-1].text) or NUMBERED.match(comments[-1]["body"][-1].text)
                   or last_said == i - 1)):  # (or right under a one-line comment: 'name - word', '1- ...')
            comments[-1]["body"].append(lines[i])  # a numbered list inside one comment ('1- ...', '2- ...')
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif numbered and numbered.group("rest") and len(words(numbered.group("rest"))) >= 2:
            open_comment(pending_author, None, pending_reply)
            comments[-1]["body"].append(lines[i])
            pending_author, pending_reply, new_comment = None, False, False
            last_body = lines[i].number
            picks[i] = "comments.text"
        elif comments and comments[-1]["body"] and fingerprint(text) in repeated:
            picks[i] = "comments.meta"  # a line the site prints on many pages (its form's heading) adds to no comment
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
    if not has_header and not any(c["body"] for c in comments):
        return doc  # a name over a time and no text under them: a byline and its stamp, no comment
    if (k := max(picks, default=len(lines)) + 1) < len(lines) and form_prompt(lines, k):
        picks[k] = "comments.meta"  # (the form's question under the last comment: 'ما رأيك؟')
    if has_header and not any(c["body"] for c in comments):
        # a heading over no comment: what follows, up to a paragraph, is the widget's form
        # ('كن أول من يعلق', 'الاسم', 'البريد الإلكتروني', a privacy note): never a comment
        comments = []
        picks = {j: rule for j, rule in picks.items() if rule in ("comments.header", "comments.meta")}
        texts = {}
        for j in range(first, len(lines)):
            line_text = lines[j].text
            # (a heading counting the comments under the form opens the list: searched again from it)
            if len(words(line_text)) > SETTINGS.comments.form_max_words or lexicon_category(line_text) or (
                    is_prose(line_text) and j + 1 < len(lines) and is_prose(lines[j + 1].text)) or is_anchor(line_text) \
                    or (j > first and is_header(line_text) and is_counted(line_text)):
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
