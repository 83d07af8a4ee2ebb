"""Structured briefings for the layout fuzzer: the bundled ones as parsed, and generated ones.

A ``Spec`` is what a briefing says (masthead, sections, titles, paragraphs), independent of layout.
Generated specs take random cities and counties from the gazetteer, random figures and 2–5 articles.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from rag_assistant.ingest.gazetteer import DATA_FILE
from rag_assistant.types import Briefing


@dataclass(frozen=True)
class ArticleSpec:
    title: str
    section: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Spec:
    """What a briefing says, independent of layout."""

    name: str
    publication: str
    year: int | None
    number: int | None
    date: str | None
    office: str | None
    headline: str | None
    articles: tuple[ArticleSpec, ...]
    meta: dict | None = None  # a sidecar the real file has (the feature issue without number or date)

    @property
    def issue(self) -> str | None:
        return f"{self.year}年第{self.number}期" if self.number is not None else None


def spec_from_briefing(b: Briefing, meta: dict | None = None) -> Spec:
    """The structure of a parsed briefing."""
    arts = tuple(ArticleSpec(a.title, a.section, a.paragraphs) for a in b.articles)
    return Spec(b.source, b.publication or "江苏应急管理简报", b.year, b.number, b.date, b.office, b.headline, arts, meta)


# ---------------------------------------------------------------- generated briefings

_TOPICS = ("安全生产专项整治", "危险化学品风险防控", "城镇燃气安全排查", "防汛防台准备", "基层监管队伍建设",
           "企业主体责任落实", "消防安全隐患整治", "道路运输安全管理", "森林防灭火工作", "工贸行业安全检查")
_ACTIONS = ("扎实推进", "全面加强", "持续深化", "创新开展", "多措并举推进", "聚焦重点抓好")
_SECTIONS = ("地方动态", "工作动态", "重要新闻", "地方工作")


def _places() -> dict[str, list[str]]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    counties: dict[str, list[str]] = {c["name"]: [] for c in data["cities"]}
    for c in data["counties"]:
        if "bare_needs_city" not in c:
            counties[c["city"]].append(c["full"])
    return counties


def _paragraph(rng: random.Random, n: int, city: str, county: str) -> str:
    # Every sentence carries a random figure: the parser indexes a sentence repeated in one briefing only once.
    ordinal = "一二三四五六"[n]
    return rng.choice((
        f"{ordinal}是{rng.choice(_ACTIONS)}{rng.choice(_TOPICS)}，出动检查人员 {rng.randint(10, 9000)} 人次。"
        f"全市累计排查企业 {rng.randint(100, 40000)} 家，整改隐患 {rng.randint(10, 9000)} 处，立案查处 {rng.randint(1, 300)} 起。",
        f"{ordinal}是强化{rng.choice(_TOPICS)}，组织培训{rng.randint(2, 400)}场次，覆盖{rng.randint(100, 90000)}人次，"
        f"{county}率先建立“{rng.randint(2, 9)}+{rng.randint(2, 9)}”工作机制，{rng.randint(2, 60)}个镇街实现全覆盖。",
        f"{city}市坚持问题导向，推动{rng.choice(_TOPICS)}取得阶段性成效，投入资金 {rng.randint(1, 900)}.{rng.randint(1, 9)} 亿元，"
        f"新增物联感知设备 {rng.randint(100, 5000)} 套，覆盖 {rng.randint(3, 99)}% 的重点企业。",
    ))


def generated_spec(seed: int) -> Spec:
    """A briefing with random cities and counties from the gazetteer, random figures and 2–5 articles."""
    rng = random.Random(seed)
    places = _places()
    year = rng.randint(2019, 2026)
    articles = []
    count = rng.randint(2, 5)
    first, second = rng.sample(_SECTIONS, 2)
    split = rng.randint(1, count)
    for k in range(count):
        city = rng.choice(list(places))
        county = rng.choice(places[city])
        lead = rng.choice((f"{city}市：", f"{city}{county}：", city))
        title = f"{lead}{rng.choice(_ACTIONS)}{rng.choice(_TOPICS)}"
        paras = tuple(_paragraph(rng, n, city, county) for n in range(rng.randint(2, 5)))
        articles.append(ArticleSpec(title, first if k < split else second, paras))
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Spec(f"gen{seed:03d}", "江苏应急管理简报", year, rng.randint(1, 30), date,
                rng.choice(("江苏省应急管理厅办公室", "江苏省应急管理厅")), None, tuple(articles))
