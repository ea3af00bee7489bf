"""Every threshold, limit and cap of a run, with its default and why, in one place.

Steps and the parts around them read `SETTINGS` (one frozen object); nothing else in the package
defines a tunable number. The values are the defaults the evaluation figures in README were
measured with: change one, then rerun `python scripts/evaluate.py` and the benchmark.
Word counts are whitespace-separated words (`text.words`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class ReaderSettings:
    max_file_bytes: int = 10 * 1024 * 1024  # no article page is this big; larger files are reported, not read
    max_line_chars: int = 100_000           # a "line" this long is a dump, not a paragraph
    # news pages have hundreds of lines; past this a file is a dump or a log (and cleaning it would
    # take memory in proportion: ~200 bytes per line and rule)
    max_lines: int = 10_000


@dataclass(frozen=True)
class DecodeSettings:
    # UTF-16/32 without a byte-order mark: the most common 3 values of the high bytes cover this
    # share of them (0x00 for Latin, 0x06 for Arabic)...
    high_byte_share: float = 0.9
    low_byte_share: float = 0.7             # ...and the low bytes are more varied than that
    latin_mojibake_min_pairs: int = 2       # cp1252-read UTF-8 pairs that make a line mojibake, not French


@dataclass(frozen=True)
class LanguageSettings:
    # langdetect's cost grows with the text; 400 characters of clean text are plenty to tell the languages of a news corpus apart (language
    # right: 1.000 on every evaluation corpus, which hold English, French, Persian and Urdu pages).
    detect_prefix_chars: int = 400
    # Where this share of the prefix's letters (or more) is Arabic-script, the script and the guard's
    # letters settle ar/fa/ur and langdetect is not called (cleaning/language.py); measured: the
    # same language as langdetect-then-guard on every page of every evaluation corpus.
    script_settles_share: float = 0.9
    script_guard_ratio: float = 0.02        # share of Persian/Urdu-only letters that settles those languages


@dataclass(frozen=True)
class TextSettings:
    prose_min_words: int = 15               # a line this long is a paragraph whatever its punctuation
    headline_max_words: int = 18            # longer than this, a line is a sentence, not a headline


@dataclass(frozen=True)
class WrappingSettings:
    min_width: int = 40                     # no tool wraps text narrower than this: shorter lines are furniture
    max_width: int = 100                    # nor wider than this (html2text 78, lynx 76, mail 72)
    max_long_share: float = 0.25            # lines longer than the width, over the wrapped ones: no wrapping tool left them
    slack_chars: int = 2                    # a filled line may fall this short of the width (a trailing mark dropped)
    min_full_lines: int = 2                 # a page is wrapped when this many lines are filled to one width...
    min_sentence_ends: int = 1              # ...and a sentence ends in those lines (a headline list ends none);
    min_run_full: int = 1                   # a paragraph is wrapped from one filled line over its last line


@dataclass(frozen=True)
class ChromeSettings:
    prefix_max_words: int = 12              # a chrome phrase opening a line longer than this is prose
    symbol_led_max_words: int = 8           # a line led by a bullet or pictograph, short: a link
    footer_max_words: int = 10
    teaser_min_words: int = 5               # a "... more" teaser is a clause, not a label
    list_item_max_words: int = 16           # a "most read" list item is a headline
    list_max_items: int = 10
    caption_max_words: int = 25
    list_min_lines: int = 3                 # a run of this many unpunctuated lines is a list, a poem: text
    dated_line_max_words: int = 12          # "label: date" stamps
    dated_line_label_words: int = 3
    reading_time_max_words: int = 5
    menu_min_items: int = 3
    menu_item_max_words: int = 4
    breadcrumb_item_max_words: int = 3
    link_label_max_words: int = 4           # "label: https://..." lines at the foot
    tag_item_max_words: int = 3             # "label: a، b" tag lines: each tag a short phrase
    marker_max_chars: int = 3               # 'س', 'ج': an article's own question/answer markers
    deck_min_words: int = 12                # under the headline, a line this long is the story's deck, no caption
    announce_min_words: int = 5             # 'clause، main clause:' at the foot: a sentence announcing a list
    lead_in_min_words: int = 5              # a colon-ended line this long right under the text: its lead-in, no widget's label
    announced_min_words: int = 3            # under a colon ending the text, a line this long is what it announces, no widget
    speaker_max_words: int = 4              # 'speaker: statement' deck under the headline: the speaker's name or title...
    statement_min_words: int = 5            # ...and the statement, longer than a name after a label ('القاهرة: name')
    announced_list_min_items: int = 2       # marked lines of the article's list (announced, or right under its last paragraph)
    verse_min_words: int = 2                # a poem's verse at the foot: a hemistich or two, never a word alone...
    verse_max_words: int = 10               # ...nor a headline's or a sentence's length
    tail_max_lines: int = 8                 # the article's own short lines over the page's furniture: a subhead and its points, a dialogue
    tail_max_links: int = 2                 # ...of which this many may read as links (a subhead and a cut paragraph)
    tail_min_words: int = 2                 # ...each more than a word (a word alone there is a widget: 'اطبع')
    tail_names_max: int = 3                 # ...over a line the site repeats, fewer name-shaped lines than this (readers, keywords)
    record_min_fields: int = 2              # 'label: value' lines under the text, each label another: a record of fields, no links
    record_value_max_words: int = 4         # ...half its values this short at least (a name, a figure): headlines are longer
    verse_marks_min: int = 2                # a line with this many harakat is vocalized, as verse is set
    verse_marked_min_lines: int = 2         # a run under the text with this many vocalized or stretched lines: verse
    separated_side_max_words: int = 5       # 'team ..... team': each side a name of a few words (a heading this long)
    separated_min_items: int = 2            # ...and this many items under the text make the article's table
    verse_fragment_max_words: int = 2       # a free verse's line cut to a word or two, among lines read as links
    own_subheads_min: int = 3               # 'speaker: headline' subheads between the paragraphs: the article's shape
    note_max_words: int = 3                 # '(يتبع)': a bracketed note this short closing the copy
    verse_line_min_words: int = 3           # a marked verse at the foot: three words or more (a name, a keyword, 'أحسنتم' is no verse)
    marked_verse_max_words: int = 10        # ...and no longer than a hemistich pair (longer: a headline's or a sentence's length)
    verse_marked_share: float = 0.5         # ...of a verse span, this share or more of its lines vocalized or stretched
    verse_fragments_min: int = 2            # above the wire's sign-off, this many word-or-two fragments among links: a free verse
    leader_min_dots: int = 3                # 'team ..... team': a leader of this many dots or more between the sides
    separated_heading_max_words: int = 5    # a fixture table's title or colon heading ('يوم السبت:'): this short
    note_max_on_page: int = 1               # '(يتبع)' stands this many times on the page (a widget's placeholder recurs)
    site_header_max_words: int = 8          # 'Site name | section' first line: a name and a section, no headline


@dataclass(frozen=True)
class CommentSettings:
    author_max_words: int = 4               # a bare line read as an author without other structure
    # A reader's display name can be a phrase ("مصرى قرفان من نظام حسنى مبارك"): that long only where
    # the structure around the line says it is a name (a time beside it, a number before it, its
    # text and the comment's action line under it).
    name_max_words: int = 7
    labelled_name_max_words: int = 12       # 'بواسطة: name' lines
    loose_name_max_words: int = 10          # names with a place or a bracketed nickname after them
    section_name_max_words: int = 16        # inside a section of 'name: text' lines: readers' long pseudonyms
    list_in_comment_max_items: int = 9      # a numbered list inside one comment's text, under its name
    last_block_max_lines: int = 6           # a lone numbered block, or the last one, when no other gives its length
    form_max_words: int = 14
    short_article_min_lines: int = 4        # an article of short lines (a poem) above a comment section
    form_lookahead: int = 3                 # lines under a lone comment looked at for its area's heading or form
    signal_window: int = 8                  # lines after a candidate start looked at for comment signals
    header_max_words: int = 5
    closer_max_words: int = 6
    said_min_words: int = 2                 # a one-line comment's text after its writer's name
    said_between_min_words: int = 1         # the same between two readers of a run ('name: شكرا')
    # the block shapes of `comment_blocks.py`
    block_max_lines: int = 12               # an avatar box from its letter to the next letter
    signed_gap_max_lines: int = 6           # a signed comment's text between two signatures
    titled_gap_max_lines: int = 4           # a titled box's text between two name lines
    place_max_words: int = 3                # the place after a signature's name ('name، town')
    heading_lookback: int = 10              # lines over a section looked at for its heading or furniture
    avatar_block_lines: int = 4             # an avatar box's length when no two letters give it
    placeholder_min_boxes: int = 3          # boxes whose title slot holds one line: the widget's placeholder
    # the only words standing between a date and its hour in a time ('3 مايو 2024 الساعة 14:20'):
    # 'at' and 'hour', no event's name
    date_hour_links: tuple[str, ...] = ("الساعة", "الساعه", "س", "في", "على", "تمام", "عند", "at", "à", "um")
    form_field_max_words: int = 4           # a button on an action row ('Respond', 'إبلاغ')
    hashtag_label_max_chars: int = 30       # the tag label over a story's hashtags ('<label>: #a #b')
    hashtag_min_tags: int = 2               # hashtags on the story's tag line
    action_row_max_chars: int = 120         # a row of a comment's controls and its age ('Like · Reply · 3w')
    action_row_min_items: int = 3           # items on that row
    action_rows_min: int = 2                # rows of one shape under texts that close the boxes
    age_count_max_digits: int = 3           # the count of a compact age ('3w')
    age_unit_max_letters: int = 2           # the unit glued to it ('w', 'mo')
    # `comment_lists.article_run`: lines under the article's foot (share bar, tags, credit) looked at
    # for the comment area (its heading, form or comments) under a header-less run the foot closes
    foot_area_reach: int = 8
    run_tail_max_lines: int = 6             # lines of a run's last item (no paragraph) looked past for the foot under it
    share_bar_max_words: int = 12           # a share bar read by the networks it names ('<verb> <network> ...')
    share_bar_min_networks: int = 2
    # `comment_lists.foot_closes_text`: a line of the article's words between the headline and the foot
    # (a paragraph a feed cut after a few words, a wrapped paragraph's line); a chrome label has fewer
    article_line_min_words: int = 3
    empty_notice_max_words: int = 8         # 'كن أول من يعلق على الخبر': the empty comment area's notice is a short line


@dataclass(frozen=True)
class AttributionSettings:
    attribution_max_words: int = 10         # "المصدر: ..." lines
    bare_max_words: int = 8                 # agency names alone on a line ('فرانس 24 / رويترز / أ ف ب')
    credit_list_max_names: int = 3          # a short credit line of names, a wire among them
    dateline_scan: int = 14                 # lines from the top (down to the first paragraph) looked at for a dateline
    dateline_head_words: int = 14           # a dateline's agency stands within the first words of its line
    dateline_line_max_words: int = 18
    dateline_place_words: int = 6           # words of place and date before a bracketed agency
    dated_head_max_words: int = 12          # words of place and long date before an agency ('الرياض 14 رمضان 1440 هـ ...')
    signoff_scan: int = 3                   # paragraphs (five words or more) from the end looked at for a sign-off


@dataclass(frozen=True)
class MetadataSettings:
    head_lines: int = 12                    # lines from the top read for author, dateline and date
    author_max_words: int = 6
    year_range: tuple[int, int] = (1900, 2100)


@dataclass(frozen=True)
class TitleSettings:
    near_repeat_ratio: float = 0.85         # a line this close to the headline repeats it
    set_apart_max_words: int = 60           # a headline written as a whole sentence, never a page's worth
    meta_row_max_lines: int = 6             # controls, stamp, byline and dateline under a set-apart headline
    head_scan: int = 12                     # lines looked at for the headline, furniture included
    repeat_extra_words: int = 8             # a repeat may carry a site name or a label ("عاجل:") around the title
    site_suffix_max_words: int = 5          # "headline | site" suffixes
    trail_item_max_words: int = 3


@dataclass(frozen=True)
class RepetitionSettings:
    """Pass 1: a line a site repeats on its pages is the site's furniture (repetition.LineCounter)."""
    max_per_site: int = 20_000              # fingerprints kept per site (memory bound)
    max_entries: int = 1_000_000            # fingerprints kept in all
    min_pages: int = 3                      # a line must recur on at least this many pages of the site
    ratio: float = 0.2                      # ... and on at least this share of them
    prose_ratio: float = 0.5                # a prose line (a sentence or paragraph) needs this share
    anchor_share: float = 0.5               # neighbour votes >= this share of pages -> neighbour on >= 75%


@dataclass(frozen=True)
class DedupSettings:
    num_perm: int = 128                     # MinHash permutations
    minhash_seed: int = 1                   # the permutations' seed: part of the signature scheme (never mix seeds)
    shingle_words: int = 3
    near_threshold: float = 0.8             # Jaccard similarity at or above which pages are near duplicates
    # entries the duplicate index takes in a dict before sorting them into a compact numpy run
    # (12 bytes an entry there, ~200 in the dict): bounds each of its two dicts to ~3 MB
    index_buffer: int = 16_384


@dataclass(frozen=True)
class RunSettings:
    first_pass_chunk: int = 256             # pages counted per task: fixed, so the merge order never depends on workers
    clean_batch: int = 16                   # pages cleaned per pass-2 task (and per batch of pass 1's decoded-page file)
    row_group_rows: int = 1_000             # ~5-10 MB of Arabic text per row group: small enough for the Hub viewer
    shard_rows: int = 50_000                # ~250-500 MB of Parquet per shard
    # time each step of each page (scripts/bench.py's per-step table, RunStats.step_seconds):
    # two clock reads per step and page, off by default
    time_steps: bool = False


@dataclass(frozen=True)
class Settings:
    reader: ReaderSettings = field(default_factory=ReaderSettings)
    decode: DecodeSettings = field(default_factory=DecodeSettings)
    language: LanguageSettings = field(default_factory=LanguageSettings)
    text: TextSettings = field(default_factory=TextSettings)
    wrapping: WrappingSettings = field(default_factory=WrappingSettings)
    chrome: ChromeSettings = field(default_factory=ChromeSettings)
    comments: CommentSettings = field(default_factory=CommentSettings)
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    metadata: MetadataSettings = field(default_factory=MetadataSettings)
    title: TitleSettings = field(default_factory=TitleSettings)
    repetition: RepetitionSettings = field(default_factory=RepetitionSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    run: RunSettings = field(default_factory=RunSettings)


SETTINGS = Settings()


def override(group: str, **values) -> object:
    """Replace some values of one group in this process (tests, experiments); returns the group it
    replaced. Worker processes started afterwards by fork see the change; others do not."""
    previous = getattr(SETTINGS, group)
    object.__setattr__(SETTINGS, group, replace(previous, **values))
    return previous
