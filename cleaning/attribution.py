"""Source attribution: 'المصدر : الجزيرة + وكالات' leaves the text, and its agencies are named.

Variants: "المصدر:", "المصدر :", "المصادر:", "مصدر الخبر:", "نقلاً عن:", "Source:", a bracketed
"(وكالات)", a dash-led "- رويترز", or a known agency's name alone on a line ("وكالة الأناضول").
Several agencies may be joined by + و ، / & or "-". Names map to canonical English through
`data/agencies.tsv` (words such as "وكالة" and "للأنباء" around a name are ignored for the
look-up, `data/agency_affixes.tsv`); an agency not in the table is kept as printed, never dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chrome import is_menu
from .lexicon import agencies, data_rows
from .schema import Document
from .text import is_prose, is_sentence, match_key, words
from .settings import SETTINGS

_SOURCE_LINE = re.compile(
    r"^[(\[]?\s*(?:المصدر|المصادر|مصدر الخبر|مصادر|مصدر|(?:نقلا|نقلاً|نقلًا|ترجمة|بتصرف|منقول)?\s*عن|(?:نقلا|نقلاً|نقلًا|منقول)\s*من"
    r"|بحسب|حسب|sources?|source|avec|with|منبع|ماخذ)"
    r"\s*(?P<sep>[:：\-–—]|\s)\s*(?P<names>[^:：]+?)\s*[)\]]?\s*[.]?$",
    re.IGNORECASE,
)
# (a tatweel set off by a space is a dash too, as Arabic typesetting prints one: 'ـ أ ف ب'; a dash
# or tatweel may be doubled, 'ــ أ ف ب', '-- رويترز': the length of a rule is typesetting, not text)
_BARE_AGENCY = re.compile(r"^(?:[(\[«/]\s*(?P<paren>[^()\[\]«»/]+?)\s*[)\]»/]|(?:[-–—_]+|ـ+(?=\s))\s*(?P<dash>.+?)|(?P<bare>[^()\[\]:]+?))\s*[.]?$")
_SEPARATORS = re.compile(r"\s*(?:\+|/|\||،|,|&|؛|;|\s[-–—]\s|\sو\s|\sمع\s|\sand\s|\set\s)\s*", re.IGNORECASE)
_AGENCY_WORD = re.compile(r"^(?:وكالة|وكالات|الوكالات|الوكالة)(?:\s|$)")
_AND = re.compile(r"\s+و(?=\S)")
_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670]")  # short vowels and shadda ('عمّان')
# A dateline names a place (and maybe a date) before the agency: "القدس (رويترز) -", "أبوظبي في 3
# مايو / وام /", "دمشق-سانا", "واشنطن - أ ف ب:". Bracketed or slashed names anywhere in the head; a
# name after a dash or slash right after one to three words of place, or a list of places
# ('بيروت، باريس - «الحياة»، أ ف ب، رويترز -').
_DATELINE_BRACKETED = re.compile(r"[(\[/«{]\s*(?P<name>[^()\[\]/:«»{}]{2,40}?)\s*[)\]/»}]")
# the agency first, then the place: "وفا - رام الله -", "واس ـ الرياض"
_AGENCY_FIRST = re.compile(r"^(?P<name>[^\W\d_](?:[^\W\d_]|[ .]){0,30}?)\s*(?:[-–—:]|\sـ\s?)\s*\S")
_DATELINE_DASHED = re.compile(r"^(?P<place>[^\W\d_](?:[^\W\d_]|\s|[،,](?=\s)){0,30}?)\s*(?:[-–—/]|\sـ\s?)\s*\S")
# place, comma or colon, agency, then a dash, the end or (after a comma) a colon: "لندن، رويترز -", "عمان، بترا:"
_PLACE_COMMA_AGENCY = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*(?P<sep>[،,:])\s*(?P<name>[^\W\d_][^-–—ـ:،,]{1,30}?)\s*(?P<end>[-–—:]|\sـ\s?|$)")
# a paragraph's last sentence, then the agency set off by brackets, slashes, guillemets or a dash or
# tatweel (both may come), the full stop before or after it: '... المقبل. (رويترز)', '... (رويترز).',
# '. - رويترز', '. ـ (د ب أ)', '. «رويترز»': past a full stop nothing but a credit is set off so; a
# slashed name needs no full stop ('... المقبل /العمانية/'): prose never slashes a word.
_SIGNOFF = re.compile(r"(?:[.!?؟\"”»]\s*(?:(?:[-–—ـ]+\s*)?[(\[/«]\s*(?P<name>[^()\[\]/«»]{2,40}?)\s*[)\]/»]|[-–—ـ]+\s*(?P<dashed>[^\W\d_][^-–—ـ.]{1,30}?))"
                      r"|\s[(\[/]\s*(?P<closing>[^()\[\]/]{2,40}?)\s*[)\]/]\s*\.|\s/\s*(?P<slashed>[^()\[\]/]{2,40}?)\s*/|\s[(\[]\s*(?P<tail>[^()\[\]/]{2,40}?)\s*[)\]])\s*$")
# A wire's closing line: its name in brackets then editors' initials ('--(بترا) ن ح/ع ق 13:45'), or glued to its
# slug's time code ('كونا121530 جمت ...'): the wire's desk marks; no sentence is a name then initials or a code.
_SLUG = re.compile(r"^[-–—ـ\s]*(?:[(\[/]\s*(?P<bracketed>[^()\[\]/]{2,30}?)\s*[)\]/](?:[\s/]+[^\W\d_]{1,2}(?![^\W\d_]))+"
                   r"(?:\s+[\d:/.]+)*|(?P<glued>[^\W\d_]{2,12})\s?\d{4,}(?:\s+\S+){0,4})\s*$")
_BULLET = re.compile(r"^[•*·▪◾►▶■●◦]+\s*")
_YEAR_OR_DATE = re.compile(r"^(?:1[3-4]\d\d|19\d\d|20\d\d|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})[-–—ـ:]*$")
_ERA = re.compile(r"^(?:1[3-4]\d\d|19\d\d|20\d\d)?مـ?$")  # the Gregorian era letter, alone or on its year
_NISBA = re.compile(r"\sال\w+يه$")  # a country's adjective after a name (folded: 'ة' reads 'ه')


@lru_cache(maxsize=None)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    prefixes, suffixes = [], []
    for where, word in data_rows("agency_affixes.tsv", 2, frozenset({"prefix", "suffix"})):
        (prefixes if where == "prefix" else suffixes).append(match_key(word))
    return tuple(sorted(prefixes, key=len, reverse=True)), tuple(sorted(suffixes, key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # pure in the name (the table is loaded once); asked of every part of every line
def canonical_agency(name: str) -> str | None:
    """The table's canonical name for a printed agency name, ignoring words such as "وكالة" and
    the dots or spaces of an acronym ("أ.ف.ب", "أ. ف. ب", "أ ف ب"; "و م ع" for "ومع")."""
    table = agencies()
    # Persian keheh and yeh ('وکالة تسنیم'): Tehran's Arabic services print them; the same letters
    key = match_key(name).replace("ک", "ك").replace("ی", "ي")
    if key in table:
        return table[key]
    spaced = " ".join(key.replace(".", " ").split())
    if spaced in table:
        return table[spaced]
    letters = spaced.split()
    if len(letters) > 1 and all(len(letter) == 1 for letter in letters) and "".join(letters) in table:
        return table["".join(letters)]  # 'و م ع', 'و.م.ع': the acronym the table writes 'ومع'
    prefixes, suffixes = _affixes()
    first = key
    for _ in range(4):
        before = key
        mid = key = next((key[: -len(s) - 1] for s in suffixes if key.endswith(" " + s)), key)
        key = next((key[len(p) + 1:] for p in prefixes if key.startswith(p + " ")), key)
        if key == before and _NISBA.search(key):
            key = key.rsplit(" ", 1)[0]  # 'رويترز البريطانية', 'يونهاب الكورية الجنوبية': the agency's country
        # its dots once the word before is gone ('وكالة أ. ف. ب'); a name the table writes with the word
        # only, printed with words around it ('وكالة فارس للأنباء'; a lone 'فارس' is a man's name)
        for variant in (mid, key, " ".join(key.replace(".", " ").split()), "وكاله " + key if key != first else ""):
            if variant in table:
                return table[variant]
        if key == before:
            break
    # a conjunction or an article before a name ('ووكالات', 'الأسوشيتد برس'): the sentence's, not the name's
    for word in (first, key):
        if (word.startswith("و") and len(word) > 4 or word.startswith("ال") and " " in word) and (
                found := canonical_agency(word[1 if word.startswith("و") else 2:])):
            return found
    return None


def _split_outside_brackets(names: str) -> list[str]:
    """Split on the credit separators, never inside brackets: 'وكالة الأنباء الكويتية (كونا)' is one."""
    parts, depth, start, masked = [], 0, 0, []
    for ch in names:
        depth += ch in "([" and 1 or 0
        depth -= ch in ")]" and depth > 0 and 1 or 0
        masked.append(ch if depth == 0 and ch not in ")]" else "\x00")
    masked = "".join(masked)
    for match in _SEPARATORS.finditer(masked):
        parts.append(names[start:match.start()])
        start = match.end()
    parts.append(names[start:])
    return parts


def _bracketed_agency(part: str) -> str | None:
    """'وكالة الأنباء الكويتية (كونا)': the outer name or the bracketed acronym, whichever is known."""
    match = re.fullmatch(r"\s*(?P<outer>[^()\[\]]+?)\s*[(\[](?P<inner>[^()\[\]]+)[)\]]\s*", part)
    if not match:
        return None
    return canonical_agency(match.group("outer")) or canonical_agency(match.group("inner"))


def split_agencies(names: str) -> list[str]:
    """'الجزيرة + وكالات' -> ['Al Jazeera', 'agencies']; unknown names kept as printed."""
    found: list[str] = []
    for part in filter(None, (p.strip(" .") for p in _split_outside_brackets(names))):
        canonical = canonical_agency(part) or _bracketed_agency(part)
        if canonical is None:
            pieces = [p for p in _AND.split(part) if p.strip()]
            mapped = [canonical_agency(p) for p in pieces]
            found.extend(mapped if len(pieces) > 1 and all(mapped) else [part])
        else:
            found.append(canonical)
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1 << 16)  # pure in its text: every line is asked, by this step and the comment search
def _credited(text: str) -> tuple[str, ...] | None:
    """The agencies an attribution line credits (`_find_credit`), remembered; None for no such line."""
    credited = _find_credit(_BULLET.sub("", text))  # a bullet or star before a credit is list furniture
    return None if credited is None else tuple(credited)


def _find_credit(text: str) -> list[str] | None:
    if len(words(text)) > SETTINGS.attribution.attribution_max_words:
        return None
    table_names = set(agencies().values())
    match = _SOURCE_LINE.match(text)
    if match and not (is_prose(text) and len(words(text)) > 5):
        names = match.group("names")
        names += ")" * (names.count("(") > names.count(")"))  # the closing bracket of "(كونا)" ended the line
        names = split_agencies(names)
        # "المصدر: ..." credits anyone; "المصدر رويترز" (no colon) only known agencies
        if names and (match.group("sep").strip() or all(name in table_names for name in names)):
            return names
    pair = [part.strip(" ()[]/") for part in re.split(r"\s[-–—ـ]\s|\s*[-–—]\s*(?=\S)", text.strip(" .")) if part.strip(" ()[]/")]
    if len(pair) == 2 and len(words(text)) <= SETTINGS.attribution.bare_max_words and not any(ch.isdigit() for ch in text):
        # a wire's credit line: its name and the place it filed from ('كونا - الكويت', 'عمان - بترا')
        named = [name for part in pair if (name := _wire(part))]
        if len(named) == 1:
            return named
    slashed = [part.strip(" .") for part in text.split("/")]
    if 2 <= len(slashed) <= 4 and all(slashed) and len(words(text)) <= SETTINGS.attribution.bare_max_words and not any(
            ch.isdigit() for ch in text) and all(len(words(part)) <= 3 for part in slashed) and (
            name := _known(slashed[-1]) or _wire(slashed[0])):
        # a wire's slashed line ('أنقرة/ مراسل/ الأناضول', 'وام/ محرر/ محرر'): slashes part its place, reporter, editors
        return [name]
    if (slug := _SLUG.match(text)) and (name := _known(slug.group("bracketed") or slug.group("glued"))):
        return [name]
    if _AGENCY_WORD.match(text.strip()) and len(words(text)) <= SETTINGS.attribution.bare_max_words \
            and (name := _bracketed_agency(text.strip(" ."))) in table_names:
        return [name]  # 'وكالة الأنباء الأردنية (بترا)' alone: the agency's full name and acronym
    bare = _BARE_AGENCY.match(text)
    if bare and len(words(text)) <= SETTINGS.attribution.bare_max_words:
        # '(وكالات)', '- رويترز', 'وكالة الأناضول' alone: only when every name is a known agency
        names = split_agencies(bare.group("paren") or bare.group("dash") or bare.group("bare"))
        if bare.group("bare") and not (_AGENCY_WORD.match(text.strip()) or len(names) > 1):
            return None
        if names and all(name in table_names for name in names):
            return names
        # 'العربية.نت، رويترز': a wire named beside the site's own short name (or a desk's)
        parts = [p.strip(" .") for p in _split_outside_brackets(bare.group("bare") or "") if p.strip(" .")]
        known = [name for p in parts if (name := _wire(p))]
        if known and len(parts) <= SETTINGS.attribution.credit_list_max_names and all(
                len(words(p)) <= 2 and not any(ch.isdigit() for ch in p) for p in parts if canonical_agency(p) is None):
            return known
    return None


_BYLINE_LABEL = re.compile(r"^(?:بقلم|كتب|كتبت|إعداد|اعداد|by)\s*[:：\-–]?\s*", re.IGNORECASE)


def _byline_agency(text: str) -> str | None:
    """A byline that is only an agency's name ('أ ف ب', 'بقلم: رويترز', 'بي بي سي عربي'), above the
    story's first paragraph: the agency wrote it (a masthead such as 'الجزيرة' stays: `_wire`)."""
    name = _BYLINE_LABEL.sub("", text.strip(" .-–—()")).strip(" .-–—()")
    return _wire(name) if name and len(words(name)) <= 3 else None


def _known_all(name: str) -> list[str]:
    """One known agency, or several joined ('رويترز، أ ف ب', 'أ ف ب ورويترز'), each known."""
    names = [one] if (one := _known(name)) else split_agencies(name) if len(words(name)) <= SETTINGS.attribution.bare_max_words else []
    return names if names and all(n in set(agencies().values()) for n in names) else []


def _wire(name: str) -> str | None:
    """A known agency; a name with the article only if the table also writes it as an agency ('الأناضول':
    'وكالة الأناضول'): 'الجزيرة', never so written, is as often a paper's or the site's own masthead."""
    return found if (found := _known(name)) and (not name.startswith("ال") or found in _wires()) else None


@lru_cache(maxsize=None)
def _wires() -> frozenset[str]:
    return frozenset(name for key, name in agencies().items() if key.startswith(("وكاله ", "الوكاله ")))


def _known(name: str) -> str | None:
    """The canonical name of a known agency (a credit in a dateline must be one the table knows:
    an unknown bracketed word at a paragraph's start is too often something else)."""
    canonical = canonical_agency(name) or _bracketed_agency(name)
    return canonical if canonical in set(agencies().values()) else None


def _trailing_agency(head: list[str]) -> str | None:
    """'جدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس': the agency that ends a dateline line whose
    other words carry a date (a digit), the Saudi Press Agency's style."""
    return next((found for n in (3, 2, 1) if len(head) > n and any(ch.isdigit() for ch in " ".join(head[:-n]))
                 and (found := _known(" ".join(head[-n:])))), None)


def dateline_agencies(text: str) -> tuple[list[str], bool]:
    """(agencies a dateline at the start of the line credits, whether the line is only one), remembered."""
    names, whole = _dateline(text)
    return list(names), whole


@lru_cache(maxsize=1 << 16)  # pure in its text; asked by the title, metadata, attribution and comment steps
def _dateline(text: str) -> tuple[tuple[str, ...], bool]:
    names, whole = _find_dateline(text)
    return tuple(names), whole


def _find_dateline(text: str) -> tuple[list[str], bool]:
    """(agencies a dateline at the start of the line credits, whether the line is only a dateline).

    Why it generalizes: agencies sign wire copy the same way everywhere, a place (and a date) then
    the agency's name set off by brackets, slashes or a dash, at the head of the first paragraph or
    alone on the line above it. Only names the agency table knows count."""
    text = _DIACRITICS.sub("", text)
    head = " ".join(words(text)[:SETTINGS.attribution.dateline_head_words])
    found: list[tuple[str, int]] = []  # (agency, where its mention ends in `head`)
    for match in _DATELINE_BRACKETED.finditer(head):
        # a second dateline may follow the first ('عمّان (بترا) - دبي (CNN)-- ...'): its place is
        # counted from where the first ends
        before = words(head[found[-1][1] if found else 0:match.start()])
        # a place and a date stand before the agency, and the story follows ("دبي، الإمارات العربية
        # المتحدة (CNN)-- دعا ...") or the dash that opens it ends the line; a photo caption
        # describes and ends there ("... (رويترز)")
        after = head[match.end():]
        inline = bool(re.search(r"\w", re.sub(r"[\d/.\-–—:،, ]+", "", after))) or bool(re.match(r"\s*(?:--|[–—ـ])", after))
        # a long date ('الرياض 14 رمضان 1440 هـ الموافق 19 مايو 2019 م (واس) -') is the place and its
        # date still: its words that are not numbers or era letters are as few as a place's
        dated = inline and _date_led(before)
        if (len(before) <= SETTINGS.attribution.dateline_place_words or dated) and (
                inline or len(before) <= 3 or any(c.isdigit() for c in head[:match.start()])):
            names = _known_all(match.group("name"))
            # a gloss in a sentence ('وذكرت وكالة الأنباء السعودية (واس) أن') has no dash or colon after
            if names and not (_glossed(head[:match.start()], names[0]) and not re.match(r"\s*[-–—ـ:]", after)):
                found.extend((name, match.end()) for name in names)
    dashed = _DATELINE_DASHED.match(head)
    if dashed and len(words(dashed.group("place"))) <= 3:
        after = head[dashed.end("place"):].lstrip(" -–—ـ/")
        # the paper's own name in quotes may come first, the wires after it ('عواصم ـ «الصحيفة» ووكالات:')
        if (paper := re.match(r"[«\"“]([^«»\"“”]{1,30})[»\"”]\s*[-–—ـ،,]?\s*", after)) and not _known(paper.group(1)):
            after = after[paper.end():]
        offset = len(head) - len(after)
        for n in range(min(6, len(words(after))), 0, -1):  # the commas kept: 'رويترز، أ ف ب:' is two
            if names := _known_all(" ".join(words(re.sub(r"[-–—:]", " ", after))[:n]).strip("،, ")):
                found.extend((name, offset + len(" ".join(words(after)[:n]))) for name in names)
                break
    placed = _PLACE_COMMA_AGENCY.match(head)
    if not found and placed and placed.group("sep") + placed.group("end") != "::" and (name := _known(placed.group("name"))):
        found.append((name, placed.end("name")))
    if not found and (dated_name := _dated_agency(head)):
        found.append(dated_name)
    first = _AGENCY_FIRST.match(head)
    if not found and first and len(words(first.group("name"))) <= 3 and (name := _known(first.group("name"))):
        found.append((name, first.end("name")))
    # counted without its lone slashes or dashes ('25 / 10 / 1436 هـ') and a full stop after the agency
    bare = re.sub(r"(?<!\S)[^\w\s]+(?!\S)", "", text).rstrip(" .")
    whole_line = len(words(bare)) <= SETTINGS.attribution.dateline_line_max_words and not is_prose(bare)
    if whole_line and not found and (name := _trailing_agency(words(text))):
        return [name], True
    names = list(dict.fromkeys(name for name, _ in found))
    rest = text[max((end for _, end in found), default=len(text)):] if len(words(text)) <= SETTINGS.attribution.dateline_head_words else "x"
    return names, bool(names) and whole_line and not re.search(r"\w", rest)


def _date_led(before: list[str]) -> bool:
    """A place and a date: a number among them, no more other words (not 'هـ', 'في') than a place's."""
    return any(any(c.isdigit() for c in w) for w in before) and len(before) <= SETTINGS.attribution.dated_head_max_words and sum(
        1 for w in before if not any(c.isdigit() for c in w) and len(w.strip("ـ-–—،,:.")) > 2) <= SETTINGS.attribution.dateline_place_words


def _dated_agency(head: str) -> tuple[str, int] | None:
    """(agency, its end) of a dateline whose agency follows the date unbracketed: SPA's '... 2019 م واس
    أكد', WAFA's '12-5-2019 وفا- قال'. Why it generalizes: a date ends with its era letter or its year; a
    known wire right after it (then a dash, after a year) is the credit; '500 وات' is no date."""
    hw = words(head)
    for k in range(2, min(len(hw), SETTINGS.attribution.dated_head_max_words + 1)):
        prev = hw[k - 2] if hw[k - 1] in ("-", "–", "—", "ـ") else hw[k - 1]  # 'القاهرة - الأحد 12 مايو 2019 - أ ش أ:'
        era = bool(_ERA.match(prev))
        if not (era or _YEAR_OR_DATE.match(prev)) or not _date_led(hw[:k]):
            continue
        for n in (3, 2, 1):
            cand = " ".join(hw[k:k + n])
            bare = cand.rstrip("-–—ـ:")
            dashed = bare != cand or (k + n < len(hw) and hw[k + n][0] in "-–—ـ:")
            if (era or dashed) and (name := _known(bare)):
                return name, head.find(cand, len(" ".join(hw[:k]))) + len(cand)
    return None


def _signoff_agencies(text: str) -> list[str]:
    """'... الأسبوع المقبل. (رويترز)': known agencies in brackets closing a paragraph."""
    # with no full stop, only past a photo caption's length (a caption ends so: '... الاجتماع (رويترز)')
    if not (match := _SIGNOFF.search(text)) or match.group("tail") and len(words(text)) <= SETTINGS.chrome.caption_max_words:
        return []
    names = _known_all(next(group for group in match.groups() if group))
    return [] if names and (match.group("closing") or match.group("tail")) and _glossed(text[:match.start()], names[0]) else names


def _glossed(before: str, name: str | None) -> bool:
    """A bracket spelling out the acronym of the name right before it ('ذكرت وكالة الأنباء السعودية (واس) أن'): a
    mention. Why it generalizes: a credit sets the agency apart; a gloss follows the name the sentence gave it."""
    tail = [re.sub(r"^(?:[وفلب]|ول|وب)(?=وكال|شبك|قنا|موقع)", "", w) for w in words(before)[-5:]]  # the clitic is the sentence's
    # the full name right before, or the word for a medium ('مع شبكة (سي إن إن)'): the sentence has named it
    return name is not None and bool(tail) and (match_key(tail[-1]) in _affixes()[0] or any(
        _known(" ".join(tail[-n:])) == name for n in range(len(tail), 1, -1)))


@lru_cache(maxsize=1 << 16)  # pure in its text; the comment search asks it of every line it walks
def is_attribution(text: str, labelled: bool = True) -> bool:
    """An attribution line ('المصدر: وام، الأناضول', '(وكالات)'): never a comment, never chrome.
    labelled=False: only a wire's own credit closing its copy ('- واس'), no 'المصدر: ...' line."""
    return _credited(text) is not None and (labelled or not _SOURCE_LINE.match(_BULLET.sub("", text)))


def extract_attribution(doc: Document) -> Document:
    """Attribution lines, wire datelines, sign-offs: each credit is listed in page order (the
    dateline over the story before the attribution line under it)."""
    picks: dict[int, str] = {}
    credits: list[tuple[int, list[str]]] = []  # (line index, agencies), sorted at the end
    source_line = doc.source_line
    for i, line in enumerate(doc.lines):
        credited = _credited(line.text)
        if credited is None:
            continue
        picks[i] = "attribution"
        credits.append((i, credited))
    # down to the story's first paragraph (a long menu line above it is no paragraph), or its
    # second or third when a headline the title step left, a photo caption or a deck stands over it
    # as a sentence; an article of short lines (a poem) has no paragraph: its head is scanned as far as any
    prose = [i for i, line in enumerate(doc.lines) if i not in picks and is_prose(line.text) and not is_menu(line.text)]
    scan_end = prose[min(2, len(prose) - 1)] + 1 if prose else len(doc.lines)
    for i in range(min(len(doc.lines), scan_end, SETTINGS.attribution.dateline_scan)):
        if i in picks:
            continue
        credited, whole = dateline_agencies(doc.lines[i].text)
        if credited:
            credits.append((i, credited))
            if whole:
                picks[i] = "attribution.dateline"
        elif (name := _byline_agency(doc.lines[i].text)):
            credits.append((i, [name]))
            picks[i] = "attribution"
    for i in range(1, len(doc.lines)):
        # a wire's sign-off: its short name alone under a paragraph or a quotation ("رويترز", "واس", "أ ف ب")
        text, above = doc.lines[i].text.strip(" .-–—()«»/"), is_prose(doc.lines[i - 1].text) or is_sentence(doc.lines[i - 1].text)
        if i not in picks and len(words(text)) <= SETTINGS.attribution.bare_max_words and above and (name := _wire(text)):
            picks[i] = "attribution"
            credits.append((i, [name]))
    # the last lines of five words or more, and the last paragraphs: links and a copyright under the story
    closing = [i for i in range(len(doc.lines)) if i not in picks and len(words(doc.lines[i].text)) >= 5]
    prose = [i for i in closing if is_prose(doc.lines[i].text)]
    for i in dict.fromkeys(closing[-SETTINGS.attribution.signoff_scan:] + prose[-SETTINGS.attribution.signoff_scan:]):
        if (names := _signoff_agencies(doc.lines[i].text)):
            credits.append((i, names))
    if not credits:
        return doc
    credits.sort(key=lambda credit: credit[0])
    sources = list(doc.sources) + [name for _, names in credits for name in names]
    source_line = source_line or next((doc.lines[i].text for i in sorted(picks)), None)
    return doc.take(picks, breaks=True, sources=tuple(dict.fromkeys(sources)), source_line=source_line)
