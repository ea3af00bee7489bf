"""Read the pinned public sources into one sample of real articles and real comments.

Each source is a public GitHub repository pinned to a commit; `build_sample(mirror_dir)` reads
them from bare git mirrors (`<mirror>/<owner>+<name>/repo[/.git]`, as the look-up tools' `fetch`
leaves them) and returns records:

    {"kind": "article", "source", "site", "country", "split", "id", "title", "paragraphs",
     "byline", "dateline", "date"}
    {"kind": "comment", "source", "site", "split", "id", "author", "date", "place", "subject", "text"}

The split is by site (articles) and by site or collection (comments), fixed in SPLIT below.
E-mail addresses (AOC's `authorEmail`, and any address in a subject) are never read into the
sample; @handles and links are taken out of comment texts (handles become display names).
"""

from __future__ import annotations

import gzip
import html
import json
import random
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Source:
    repo: str
    commit: str
    license: str
    what: str


SOURCES = {
    "aoc": Source("d7miiZ/Dialect-Graduation-Project", "ff1e92111cdac83cface2e45cbffb4c3aa506371",
                  "Educational Community License 2.0 (LICENSE.MD of the repository); AOC by Zaidan & Callison-Burch",
                  "Arabic Online Commentary sample: articles of Al-Ghad, Al-Riyadh, Youm7 and their reader comments"),
    "ant-multi": Source("antcorpus/antcorpus.multisource.data", "f117ce44a9cfad0dcbd341b7d744e4c3cdb4fed8",
                        "Apache-2.0 badge and a citation licence in README.md (no LICENSE file)",
                        "ANT corpus v2.1: Al Arabiya, BBC, CNN, France24, Sky News Arabia articles (2018)"),
    "ant-jawhara": Source("antcorpus/antcorpus.data", "06f6a10e80c7a0e7aee0bba2f0a6372c35c45c83",
                          "Apache-2.0 (LICENSE) and the ANT citation licence",
                          "ANT corpus v1.1: Jawhara FM (Tunisia) articles"),
    "nasreddine": Source("Nasreddine/arabic_news_papers_for_llms", "1032da33d25139f0064718f73fb5273bdec5e13c",
                         "no licence file in the repository (all rights reserved by default; not redistributed)",
                         "Arabic Newspapers Corpus: windows-1256 articles from 19 countries"),
    "arsarcasm": Source("iabufarha/ArSarcasm", "62a114b6082e8ef652203605078de4bb16630380", "MIT (LICENSE)",
                        "ArSarcasm: Arabic tweets (several dialects)"),
    "astd": Source("mahmoudnabil/ASTD", "0eac69a559bbc38a2cf06266411fa8bf47eed042", "GPL-2.0 (LICENSE)",
                   "ASTD: Arabic (mostly Egyptian) tweets"),
    "myc": Source("MouadJb/MYC", "645d51af6dce7bae3f27ffc3005e4d788d5ee2e4",
                  "no licence file (README asks to cite arXiv:2303.15987; not redistributed)",
                  "MYC: Moroccan YouTube comments, UTF-16"),
    "labr-multi": Source("hadyelsahar/large-arabic-sentiment-analysis-resouces", "2a99dc508c0203eb8ef733fa29228fba2aa61682",
                         "no licence file (README asks to cite the CICLing 2015 paper; not redistributed)",
                         "multi-domain Arabic reviews (attractions, products, restaurants)"),
}

# Sealed split by site. The lead writes rules looking only at "dev".
NASREDDINE_COUNTRIES = {
    "AE": "dev", "EG": "dev", "IQ": "dev", "JO": "dev", "KW": "dev", "LB": "dev", "MA": "dev", "SA": "dev", "YE": "dev",
    "BH": "test", "DZ": "test", "LY": "test", "MR": "test", "OM": "test", "PS": "test", "QA": "test", "SD": "test",
    "SY": "test", "TM": "test",
}
SPLIT = {
    # articles
    "alghad": "dev", "youm7": "dev", "alriyadh": "test",
    "alarabiya": "dev", "cnn": "dev", "skynews": "dev", "bbc": "test", "france24": "test",
    "jawharafm": "dev",
    **{f"np-{c.lower()}": s for c, s in NASREDDINE_COUNTRIES.items()},
    # comment collections without a site
    "arsarcasm": "dev", "labr-multi": "dev", "astd": "test", "myc": "test",
}
COUNTRY = {"alghad": "JO", "youm7": "EG", "alriyadh": "SA", "alarabiya": "SA", "cnn": "US", "skynews": "AE",
           "bbc": "GB", "france24": "FR", "jawharafm": "TN"}
ANT_DIRS = {"Alarabia": "alarabiya", "BBC": "bbc", "CNN": "cnn", "France24": "france24", "SkyNews": "skynews"}

PER_ANT_SITE = 120
PER_COUNTRY = 25
PER_COMMENT_COLLECTION = 1500


def split_of(site: str) -> str:
    return SPLIT[site]


# --- reading the mirrors ------------------------------------------------------------------------

class Mirror:
    def __init__(self, mirror_dir: Path, key: str):
        src = SOURCES[key]
        base = Path(mirror_dir) / src.repo.replace("/", "+") / "repo"
        self.git_dir = base / ".git" if (base / ".git").is_dir() else base
        if not self.git_dir.is_dir():
            raise FileNotFoundError(f"{src.repo} is not mirrored at {base} (fetch github:{src.repo})")
        self.commit = src.commit
        have = self._git("cat-file", "-t", self.commit, check=False)
        if have.strip() != b"commit":
            raise RuntimeError(f"{src.repo}: pinned commit {self.commit} is not in the mirror {self.git_dir}")

    def _git(self, *args: str, check: bool = True) -> bytes:
        run = subprocess.run(["git", f"--git-dir={self.git_dir}", *args], capture_output=True, check=False)
        if check and run.returncode != 0:
            raise RuntimeError(run.stderr.decode(errors="replace"))
        return run.stdout

    def files(self, under: str = "") -> list[str]:
        out = self._git("ls-tree", "-r", "-z", "--name-only", self.commit, *([under] if under else []))
        return sorted(p for p in out.decode("utf-8").split("\0") if p)

    def read(self, path: str) -> bytes:
        return self._git("show", f"{self.commit}:{path}")


# --- text helpers ---------------------------------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
URL = re.compile(r"(https?://|www\.)\S+")
HANDLE = re.compile(r"@([A-Za-z][A-Za-z0-9_]{2,19})")
TAG = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    text = html.unescape(TAG.sub(" ", html.unescape(text)))
    text = EMAIL.sub(" ", text)
    return " ".join(text.replace("\u00a0", " ").split())


def comment_text(text: str) -> tuple[str, list[str]]:
    """(text without links, handles and e-mails; the handles it mentioned)."""
    text = clean(text)
    handles = HANDLE.findall(text)
    text = re.sub(r"@\S*", " ", URL.sub(" ", text))
    text = re.sub(r"^RT\s*:?", " ", text.strip())
    text = text.replace("#", " ").replace("_", " ")
    return " ".join(text.split()).strip(" \"'"), handles


def is_arabic(text: str, share: float = 0.5) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) >= share


# --- AOC ---------------------------------------------------------------------------------------------

DOC = re.compile(r"<doc ([^>]*)>(.*?)</doc>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')
SEG_IN = re.compile(r"(?:<(\w+)>\s*)?<seg id=\"\d+\">(.*?)</seg>", re.S)
SITE_PREFIX = {"alghad": "جريدة الغد - ", "alriyadh": "جريدة الرياض : ", "youm7": "اليوم السابع | "}


def aoc(mirror_dir: Path) -> list[dict]:
    m = Mirror(mirror_dir, "aoc")
    base = "code/data/AOC-dialectal-annotations/"
    out = []
    for chunk in DOC.finditer(m.read(base + "AOC_sample_articles.xml").decode("utf-8")):
        attrs = dict(ATTR.findall(chunk.group(1)))
        site = attrs["docid"].split("_")[0]
        title = clean(attrs.get("htmlTitle", ""))
        prefix = SITE_PREFIX[site]
        title = title[len(prefix):] if title.startswith(prefix) else title
        byline = dateline = None
        paragraphs = []
        for tag, seg in SEG_IN.findall(chunk.group(2)):
            text = clean(seg)
            if not text:
                continue
            if tag in ("author", "newsStoryEditor"):
                byline = text
            elif tag == "STRONG" and not paragraphs and len(text) < 40:
                dateline = text
            elif tag in ("h1", "h2") and not paragraphs:
                continue   # the headline, or a kicker above it: not body
            else:
                paragraphs.append(text)
        if title and paragraphs:
            out.append({"kind": "article", "source": "aoc", "site": site, "country": COUNTRY[site],
                        "split": split_of(site), "id": attrs["docid"], "title": title, "paragraphs": paragraphs,
                        "byline": byline, "dateline": dateline, "date": attrs.get("date")})
    for chunk in DOC.finditer(m.read(base + "AOC_sample_comments.xml").decode("utf-8")):
        attrs = dict(ATTR.findall(chunk.group(1)))   # authorEmail is read here and dropped below
        site = attrs["docid"].split("_")[0]
        text = " ".join(clean(seg) for _, seg in SEG_IN.findall(chunk.group(2)))
        text, _ = comment_text(text)
        author = clean(attrs.get("author", ""))
        subject = clean(attrs.get("subtitle", ""))
        if not text or not author or EMAIL.search(attrs.get("author", "")):
            continue
        out.append({"kind": "comment", "source": "aoc", "site": site, "split": split_of(site), "id": attrs["docid"],
                    "author": author, "date": attrs.get("date"), "time": attrs.get("time"),
                    "place": clean(attrs.get("authorLocation", "")) or None,
                    "subject": subject if subject and subject != author else None, "text": text})
    return out


# --- ANT -----------------------------------------------------------------------------------------------

def _field(name: str, doc: str) -> str:
    hit = re.search(rf"<{name}>(.*?)</{name}>", doc, re.S)
    return hit.group(1) if hit else ""


def _ant_article(source: str, site: str, path: str, raw: bytes) -> dict | None:
    doc = raw.decode("utf-8", errors="replace")
    title = clean(_field("TITLE", doc))
    paragraphs = [clean(p) for p in _field("TEXT", doc).split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not title or len(paragraphs) < 2:
        return None
    author = clean(_field("AUTHOR", doc)) or None
    return {"kind": "article", "source": source, "site": site, "country": COUNTRY[site], "split": split_of(site),
            "id": clean(_field("DOCNO", doc)) or path, "title": title, "paragraphs": paragraphs,
            "byline": author, "dateline": None, "date": clean(_field("TIME", doc))}


def ant(mirror_dir: Path, seed: int, per_site: int = PER_ANT_SITE, sites: set[str] | None = None) -> list[dict]:
    out = []
    m = Mirror(mirror_dir, "ant-multi")
    files = m.files()
    for folder, site in ANT_DIRS.items():
        if sites is not None and site not in sites:
            continue
        mine = [f for f in files if f.startswith(folder + "/") and f.endswith(".txt")]
        rng = random.Random(f"{seed}-{site}")
        got = []
        for path in rng.sample(mine, min(len(mine), per_site * 2)):
            rec = _ant_article("ant-multi", site, path, m.read(path))
            if rec:
                got.append(rec)
            if len(got) == per_site:
                break
        out += got
    if sites is not None and "jawharafm" not in sites:
        return out
    m = Mirror(mirror_dir, "ant-jawhara")
    mine = [f for f in m.files() if f.endswith(".txt")]
    rng = random.Random(f"{seed}-jawharafm")
    got = []
    for path in rng.sample(mine, min(len(mine), per_site * 2)):
        rec = _ant_article("ant-jawhara", "jawharafm", path, m.read(path))
        if rec:
            got.append(rec)
        if len(got) == per_site:
            break
    return out + got


# --- Nasreddine (windows-1256) ---------------------------------------------------------------------

def nasreddine(mirror_dir: Path, seed: int, per_country: int = PER_COUNTRY, split: str | None = None) -> list[dict]:
    m = Mirror(mirror_dir, "nasreddine")
    files = [f for f in m.files() if f.startswith("Arabic Newspapers Corpus/") and f.endswith(".txt")]
    out = []
    for country, its_split in sorted(NASREDDINE_COUNTRIES.items()):
        if split is not None and its_split != split:
            continue
        mine = [f for f in files if f.rsplit("/", 1)[-1].startswith(country)]
        rng = random.Random(f"{seed}-np-{country}")
        got = []
        for path in rng.sample(mine, len(mine)):
            lines = [clean(x) for x in m.read(path).decode("cp1256", errors="replace").split("\n")]
            lines = [x for x in lines if x and "\ufffd" not in x]
            if len(lines) < 3 or len(lines[0]) < 8:
                continue
            got.append({"kind": "article", "source": "nasreddine", "site": f"np-{country.lower()}", "country": country,
                        "split": its_split, "id": path.rsplit("/", 1)[-1][:-4], "title": lines[0],
                        "paragraphs": lines[1:], "byline": None, "dateline": None, "date": None})
            if len(got) == per_country:
                break
        out += got
    return out


# --- comment collections ----------------------------------------------------------------------------

def _comments(key: str, site: str, texts: list[str], seed: int) -> list[dict]:
    rng = random.Random(f"{seed}-{site}")
    out, seen = [], set()
    for n, raw in enumerate(rng.sample(texts, len(texts))):
        text, handles = comment_text(raw)
        if len(text.split()) < 2 or not is_arabic(text) or text in seen:
            continue
        seen.add(text)
        out.append({"kind": "comment", "source": key, "site": site, "split": split_of(site), "id": f"{site}-{n}",
                    "author": None, "handles": handles, "date": None, "place": None, "subject": None, "text": text})
        if len(out) == PER_COMMENT_COLLECTION:
            break
    return out


def _csv_column(raw: str, column: str) -> list[str]:
    import csv
    import io
    return [row.get(column) or "" for row in csv.DictReader(io.StringIO(raw))]


def comment_collections(mirror_dir: Path, seed: int) -> list[dict]:
    out = []
    m = Mirror(mirror_dir, "arsarcasm")
    texts = []
    for path in ("dataset/ArSarcasm_train.csv", "dataset/ArSarcasm_test.csv"):
        texts += _csv_column(m.read(path).decode("utf-8"), "tweet")
    out += _comments("arsarcasm", "arsarcasm", texts, seed)
    m = Mirror(mirror_dir, "astd")
    texts = [line.rsplit("\t", 1)[0] for line in m.read("data/Tweets.txt").decode("utf-8").split("\n") if line.strip()]
    out += _comments("astd", "astd", texts, seed)
    m = Mirror(mirror_dir, "myc")
    raw = m.read("DATA_RAW.csv").decode("utf-16")
    texts = [row.rsplit(",", 1)[0] for row in _csv_column(raw, "sentence,polarity")]
    out += _comments("myc", "myc", texts, seed)
    m = Mirror(mirror_dir, "labr-multi")
    texts = []
    for path in m.files("datasets/"):
        if path.endswith(".csv"):
            try:
                data = m.read(path).decode("utf-8")
            except RuntimeError:     # large files absent from the mirror
                continue
            texts += _csv_column(data, "text")
    out += _comments("labr-multi", "labr-multi", texts, seed)
    return out


def build_sample(mirror_dir: Path, seed: int = 12) -> list[dict]:
    records = aoc(mirror_dir) + ant(mirror_dir, seed) + nasreddine(mirror_dir, seed) + comment_collections(mirror_dir, seed)
    return records


WIDE_SEED, WIDE_PER_ANT_SITE, WIDE_PER_COUNTRY = 77, 800, 200


def build_wide_dev(mirror_dir: Path, seed: int = WIDE_SEED) -> list[dict]:
    """The dev split only, with up to 800 articles per news site and 200 per Nasreddine country
    (the sample has 120 and 25): more of the dev sites' own articles, other draws, for reading
    how articles end and what their lists look like. Never a test-split record."""
    dev_sites = {site for site, split in SPLIT.items() if split == "dev"}
    records = (aoc(mirror_dir) + ant(mirror_dir, seed, WIDE_PER_ANT_SITE, dev_sites)
               + nasreddine(mirror_dir, seed, WIDE_PER_COUNTRY, split="dev") + comment_collections(mirror_dir, seed))
    return [r for r in records if r["split"] == "dev"]


def write_sample(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {"kind": "meta", "sources": {k: {"repo": s.repo, "commit": s.commit, "license": s.license}
                                          for k, s in SOURCES.items()}}
    data = "\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in [header, *records]) + "\n"
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data.encode("utf-8"))


def read_sample(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [r for r in (json.loads(line) for line in f if line.strip()) if r.get("kind") != "meta"]


def locate_sample(root: Path | None = None, name: str = "sample.jsonl.gz") -> Path | None:
    """Where the sample is: $ARABIC_NEWS_REAL_SAMPLE (the main sample only), then
    ../shared/real-corpus/NAME beside the repository, then data/real/NAME inside it. None when absent."""
    import os
    root = Path(root) if root else Path(__file__).resolve().parents[2]
    env = os.environ.get("ARABIC_NEWS_REAL_SAMPLE") if name == "sample.jsonl.gz" else None
    candidates = ([Path(env)] if env else []) + [root.parent / "shared" / "real-corpus" / name,
                                                 root / "data" / "real" / name]
    return next((p for p in candidates if p.is_file()), None)


HOW_TO_BUILD = ("the real sample is absent: fetch the sources listed in docs/real-corpus.md (look-up tools' "
                "`fetch github:OWNER/NAME`), then run `python scripts/build_real_corpus.py` (writes "
                "data/real/sample.jsonl.gz), or point ARABIC_NEWS_REAL_SAMPLE at a copy")
