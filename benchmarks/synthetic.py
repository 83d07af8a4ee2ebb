"""Synthetic briefings and chunks made by recombining real sentences of the bundled briefings.

Two generators, both deterministic for a seed:

* ``write_briefing_files`` — mutated copies of the bundled briefing *files* (masthead, 内容要目,
  titles, paragraphs kept; figures, dates, issue numbers and places changed; sentences shuffled
  inside paragraphs). They go through the real pipeline: load → parse → chunk → jieba → embed →
  write (``store.build_index``).
* ``synthetic_corpus`` — ``Chunk`` and ``Briefing`` objects at any size (10k, 100k …), each chunk a
  run of real sentences of one real article with some sentences from elsewhere mixed in, sized like
  the real chunks, with its own figures, place (the 13 cities and county-level places of Jiangsu)
  and issue label (``YYYY年第N期``), so BM25 statistics (vocabulary, document frequencies, lengths)
  stay realistic. They are fed to the store-building functions directly.

Embedding 100k chunks with MiniLM on two CPU cores takes hours, so the vectors of synthetic chunks
are *composed*: the L2-normalised mean of the real embeddings of the chunk's base sentences and
its title (``compose_embeddings``); the benchmark reports how close that is to the real embedding
of the same text on a sample.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from rag_assistant.ingest.chunk import chunk_briefing, sentence_spans
from rag_assistant.ingest.load import load_corpus
from rag_assistant.ingest.parse import parse_briefing, read_sidecar
from rag_assistant.settings import PROJECT_ROOT, Settings
from rag_assistant.types import Article, Briefing, Chunk, content_id

BUNDLED = PROJECT_ROOT / "index" / "briefings"
CITIES = ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")
COUNTIES = (
    "江阴", "宜兴", "昆山", "常熟", "张家港", "太仓", "溧阳", "丹阳", "扬中", "句容", "靖江", "泰兴", "兴化",
    "如皋", "海安", "启东", "海门", "如东", "东台", "仪征", "高邮", "宝应", "邳州", "新沂", "沛县", "丰县",
    "睢宁", "东海", "灌云", "灌南", "涟水", "盱眙", "金湖", "响水", "滨海", "阜宁", "射阳", "建湖", "沭阳",
    "泗阳", "泗洪", "江宁", "浦口", "六合", "溧水", "高淳", "吴江", "相城", "姑苏", "武进", "金坛", "新北",
    "清江浦", "淮阴", "洪泽", "盐都", "大丰", "邗江", "江都", "广陵", "京口", "润州", "丹徒", "海陵", "姜堰",
    "宿城", "宿豫", "赣榆", "海州", "连云", "通州", "崇川", "滨湖", "梁溪", "锡山", "惠山", "新吴", "鼓楼",
)
PLACES = CITIES + COUNTIES
_PLACE_RE = re.compile("|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)))
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_FULL_DATE_RE = re.compile(r"(\d{4})(\s*年\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)")
_MONTH_DAY_RE = re.compile(r"(?<![\d年])(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)")
_ISSUE_RE = re.compile(r"(\d{4})(\s*年\s*第\s*)(\d{1,3})(\s*期)")
_BARE_ISSUE_RE = re.compile(r"^(第[ \t]*)\d{1,3}([ \t]*期)(?=[ \t]*$)", re.M)


# ---------------------------------------------------------------- the real material

@dataclass(frozen=True)
class RealArticle:
    title: str
    sentences: tuple[int, ...]  # indexes into Material.sentences


@dataclass(frozen=True)
class Material:
    """Sentences, titles and chunk lengths of the bundled briefings."""

    sentences: tuple[str, ...]
    titles: tuple[str, ...]
    articles: tuple[RealArticle, ...]
    chunk_lengths: tuple[int, ...]  # characters of each real chunk's text
    sections: tuple[str | None, ...]


def parse_bundled(corpus: Path = BUNDLED) -> list[Briefing]:
    docs, _ = load_corpus(corpus)
    return [parse_briefing(d.text, d.source, meta=read_sidecar(d.path), content_hash=d.content_hash) for d in docs]


@lru_cache(maxsize=2)
def material(corpus: Path = BUNDLED) -> Material:
    settings = Settings()
    sentences: list[str] = []
    seen: dict[str, int] = {}
    articles, titles, sections, lengths = [], [], [], []
    for b in parse_bundled(corpus):
        for c in chunk_briefing(b, settings.chunk_tokens, settings.chunk_overlap_tokens, settings.tokenizer):
            lengths.append(len(c.text))
        for a in b.articles:
            ids = []
            for s, e in sentence_spans(a.text):
                sent = a.text[s:e].strip()
                if len(sent) < 4:
                    continue
                if sent not in seen:
                    seen[sent] = len(sentences)
                    sentences.append(sent)
                ids.append(seen[sent])
            if ids:
                articles.append(RealArticle(title=a.title, sentences=tuple(ids)))
                titles.append(a.title)
                sections.append(a.section)
    return Material(tuple(sentences), tuple(titles), tuple(articles), tuple(lengths), tuple(sections))


# ---------------------------------------------------------------- mutation

class Mutator:
    """Consistent replacements of figures and places within one unit (a file or a chunk)."""

    def __init__(self, rng: random.Random, place: str | None = None):
        self.rng = rng
        self.numbers: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.first_place = place

    def number(self, s: str) -> str:
        if s not in self.numbers:
            r = self.rng
            if "." in s:
                whole, frac = s.split(".")
                new = f"{self._digits(len(whole), whole == '0')}.{''.join(r.choice('0123456789') for _ in frac)}"
            elif len(s) == 4 and s[:2] in ("19", "20"):
                new = str(r.randint(2005, 2026))
            else:
                new = self._digits(len(s), False)
            self.numbers[s] = new
        return self.numbers[s]

    def _digits(self, n: int, zero: bool) -> str:
        if zero:
            return "0"
        r = self.rng
        return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def place(self, s: str) -> str:
        if s not in self.places:
            if self.first_place and not self.places:
                self.places[s] = self.first_place
            else:
                self.places[s] = self.rng.choice(PLACES)
        return self.places[s]

    def text(self, text: str) -> str:
        text = _PLACE_RE.sub(lambda m: self.place(m.group(0)), text)
        text = _NUMBER_RE.sub(lambda m: self.number(m.group(0)), text)
        # Month and day after the figure pass, so dates stay valid.
        return _MONTH_DAY_RE.sub(lambda m: f"{self.rng.randint(1, 12)}{m.group(2)}{self.rng.randint(1, 28)}{m.group(4)}", text)


def mutate_briefing_text(text: str, rng: random.Random, year: int, number: int) -> str:
    """A bundled briefing file with another issue, date, figures and places, sentences shuffled."""
    lines = []
    for line in text.split("\n"):
        spans = [line[s:e] for s, e in sentence_spans(line)]
        if len(spans) >= 3:
            head, rest = spans[0], spans[1:]
            rng.shuffle(rest)
            line = head + "".join(rest)
        lines.append(line)
    text = Mutator(rng).text("\n".join(lines))  # consistent per file, so 内容要目 still matches the titles
    # Masthead issue and dates last, so they stay valid.
    text = _ISSUE_RE.sub(lambda m: f"{year}{m.group(2)}{number}{m.group(4)}", text)
    text = _BARE_ISSUE_RE.sub(lambda m: f"{m.group(1)}{number}{m.group(2)}", text)
    return _FULL_DATE_RE.sub(
        lambda m: f"{year}{m.group(2)}{rng.randint(1, 12)}{m.group(4)}{rng.randint(1, 28)}{m.group(6)}", text)


def write_briefing_files(dest: Path, n_files: int, seed: int = 0, corpus: Path = BUNDLED) -> list[Path]:
    """``n_files`` mutated copies of the bundled briefings that have no sidecar, as UTF-8 .txt files."""
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    docs, _ = load_corpus(corpus)
    templates = [d for d in docs if not d.path.with_suffix(".meta.toml").exists()]
    paths = []
    for i in range(n_files):
        doc = templates[i % len(templates)]
        year, number = 2005 + (i // 60) % 21, 1 + i % 60
        path = dest / f"syn_{i:05d}.txt"
        path.write_text(mutate_briefing_text(doc.text, rng, year, number), encoding="utf-8")
        paths.append(path)
    return paths


def append_paragraph(path: Path, seed: int) -> None:
    """Append one new paragraph (real sentences, new figures) to a briefing file's last article."""
    rng = random.Random(seed)
    mat = material()
    sents = [Mutator(rng).text(mat.sentences[rng.randrange(len(mat.sentences))]) for _ in range(3)]
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    path.write_text(text.rstrip("\n") + "\n\n" + "".join(sents) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- synthetic chunks at scale

@dataclass
class SyntheticCorpus:
    chunks: list[Chunk]
    briefings: list[Briefing]
    base: list[tuple[int, ...]]  # real sentence ids each chunk was made from
    title_ids: list[int]  # real title each chunk's title was made from

    def __len__(self) -> int:
        return len(self.chunks)


def synthetic_corpus(n: int, seed: int = 0, mix: float = 0.25) -> SyntheticCorpus:
    """``n`` chunks in briefings of 3–8 articles of 2–8 chunks, with issue labels and places."""
    rng = random.Random(seed)
    mat = material()
    n_sent = len(mat.sentences)
    chunks: list[Chunk] = []
    briefings: list[Briefing] = []
    base: list[tuple[int, ...]] = []
    title_ids: list[int] = []
    per_year = max(1, -(-n // (20 * 21)))  # issues per year so that ~20 chunks/briefing fit in 21 years
    b_index = 0
    while len(chunks) < n:
        year = 2026 - (b_index // per_year) % 22  # newest first, so the eval's 2025/2026 filters match
        number = 1 + b_index % per_year
        day_of_year = int(365 * (number - 0.5) / per_year)
        month, day = 1 + min(11, day_of_year // 31), 1 + day_of_year % 28
        source = f"syn_{b_index:06d}.txt"
        issue = f"{year}年第{number}期"
        date = f"{year}-{month:02d}-{day:02d}"
        articles = []
        for pos in range(rng.randint(3, 8)):
            if len(chunks) >= n:
                break
            t = rng.randrange(len(mat.articles))
            real = mat.articles[t]
            place = rng.choice(PLACES)
            art_mut = Mutator(rng, place)
            title = art_mut.text(real.title)
            article_id = content_id(source, str(pos), title)
            articles.append(Article(id=article_id, source=source, title=title, section=mat.sections[t],
                                    paragraphs=(), position=pos))
            cursor = rng.randrange(len(real.sentences))
            for _ in range(rng.randint(2, 8)):
                if len(chunks) >= n:
                    break
                target = rng.choice(mat.chunk_lengths)
                ids: list[int] = []
                length = 0
                while length < target:
                    sid = rng.randrange(n_sent) if rng.random() < mix else real.sentences[cursor % len(real.sentences)]
                    cursor += 1
                    if ids and length + len(mat.sentences[sid]) > target * 1.15:
                        break
                    ids.append(sid)
                    length += len(mat.sentences[sid])
                mut = Mutator(rng, place)
                mut.places = art_mut.places  # the article's place mapping, so text and title agree
                text = mut.text("".join(mat.sentences[i] for i in ids))
                chunks.append(Chunk(
                    id=content_id(article_id, str(len(chunks)), text), source=source, issue=issue, date=date,
                    title=title, section=mat.sections[t], article_id=article_id, start=0, end=len(text), text=text,
                ))
                base.append(tuple(ids))
                title_ids.append(t)
        briefings.append(Briefing(source=source, publication="江苏应急管理简报", year=year, number=number, date=date,
                                  office="江苏省应急管理厅办公室", headline=None, articles=tuple(articles)))
        b_index += 1
    return SyntheticCorpus(chunks, briefings, base, title_ids)


def material_digest() -> str:
    mat = material()
    return hashlib.sha256("\x1f".join(mat.sentences + mat.titles).encode()).hexdigest()[:12]


def material_vectors(embedder, cache_dir: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Real embeddings of every base sentence and title (cached on disk by content)."""
    from rag_assistant.index.embed import embed

    mat = material()
    path = cache_dir / f"material-{material_digest()}-{embedder.name}.npz" if cache_dir else None
    if path is not None and path.is_file():
        data = np.load(path)
        return data["sentences"], data["titles"]
    sent = embed(embedder, list(mat.sentences), 64)
    titles = embed(embedder, list(mat.titles), 64)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, sentences=sent, titles=titles)
    return sent, titles


def compose_embeddings(corpus: SyntheticCorpus, sentence_vecs: np.ndarray, title_vecs: np.ndarray,
                       title_weight: float = 1.0) -> np.ndarray:
    """Per chunk: L2-normalised mean of its base sentences' and its title's real embeddings."""
    out = np.empty((len(corpus), sentence_vecs.shape[1]), dtype=np.float32)
    for i, (ids, t) in enumerate(zip(corpus.base, corpus.title_ids)):
        v = sentence_vecs[list(ids)].sum(axis=0) + title_weight * title_vecs[t]
        out[i] = v
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def sample(seq: Sequence, k: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    idx = sorted(rng.sample(range(len(seq)), min(k, len(seq))))
    return [seq[i] for i in idx]
