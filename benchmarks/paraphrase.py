"""Metamorphic rewording test: ask DEV gold items in mechanically reworded forms that keep their meaning, score
every variant with the eval's own scorer against the item's gold, and count per transformation how many items that
are right in their original wording turn wrong (flips).

    python -m benchmarks.paraphrase                       # all transformations, dev items of the six kinds
    python -m benchmarks.paraphrase --only year_short,qword_ji --out /tmp/para --show 20

Only the dev split is read (``load_all(split="dev")``): the test split stays unseen. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Callable

KINDS = ("figure", "multi_figure", "compare", "yesno", "when", "followup")
CITIES = "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁".split()
# Unit words a question word can carry (多少家 / 几家); a unit-less 多少 is left alone by the unit swaps.
UNITS = "人次|场次|家次|万人次|万元|亿元|万人|万|个|家|项|件|条|处|起|套|份|支|篇|块|辆|台|座|所|户|批|类|种|轮|组|名|位|人|次|场|亩|吨|天"
Q_UNIT_RE = re.compile(rf"(多少|几)({UNITS})")
SCOPE_RE = re.compile(r"((?:20)?\d{2}年(?:度)?)?(第\d+期)(简报)?(里|中|上)?的?")
COMPARE_RE = re.compile(r"哪个|哪类|哪一|谁|哪.{0,4}[多少高低大小]")
END_RE = re.compile(r"[？?！!。]*$")
# Pairs of words the briefings themselves use for the same thing (both forms occur in the corpus).
SYNONYMS = (("危险化学品", "危化品"), ("电动自行车", "电动车"), ("应急管理局", "应急局"), ("共计", "一共"),
            ("截至目前", "到现在"), ("开展了", "搞了"), ("组织了", "搞了"), ("举办了", "办了"))
COLLOQUIAL = (("什么时候", "啥时候"), ("什么", "啥"), ("怎么", "咋"), ("是否", "有没有"), ("哪一天", "哪天"))


def _body(q: str) -> tuple[str, str]:
    """(question without its final punctuation, that punctuation or ？)."""
    m = END_RE.search(q)
    return q[: m.start()], (m.group(0) or "？")


def _swap_unit(q: str, word: str, unit: Callable[[str], str] | None = None) -> str | None:
    if not (m := Q_UNIT_RE.search(q)):
        return None
    new = word + (unit(m.group(2)) if unit else m.group(2))
    return None if new == m.group(0) else q[: m.start()] + new + q[m.end():]


def qword_ji(q):
    """多少家 → 几家."""
    return _swap_unit(q, "几")


def qword_duoshao(q):
    """几家 → 多少家 (and 多少家 → 有多少家 when there is no 几)."""
    m = Q_UNIT_RE.search(q)
    if m and m.group(1) == "几":
        return _swap_unit(q, "多少")
    if not m or "有多少" in q or q[m.start() - 1: m.start()] in ("了", "有"):
        return None
    return q[: m.start()] + "有" + q[m.start():]


def qword_total(q):
    """多少家 → 一共多少家 (共多少 when 一共 is there already is left alone)."""
    m = Q_UNIT_RE.search(q)
    if not m or "共" in q or "累计" in q:
        return None
    at = m.start() - (q[m.start() - 1: m.start()] == "有")
    return q[:at] + "一共" + q[at:]


def qword_ge(q):
    """多少名 / 多少家 → 多少个 (the everyday counter for anything counted)."""
    return _swap_unit(q, "多少", lambda u: "个" if len(u) == 1 and u not in "人次场亩吨天万批类种轮组套" else u)


def measure_first(q):
    """南通累计排查了多少家企业？ → 南通累计排查的企业有多少家？ (the counted noun before the question word)."""
    m = re.match(rf"^(.{{1,}}?[\u4e00-\u9fff])了?(多少|几)({UNITS})([\u4e00-\u9fff]{{2,8}})([？?]?)$", q)
    if not m or m.group(1)[-1] in "的有是在为被" or re.search(r"和|与|及|、|，|来着|参加|上|播", m.group(1) + m.group(4)):
        return None
    return f"{m.group(1)}的{m.group(4)}有{m.group(2)}{m.group(3)}{m.group(5) or '？'}"


def scope_end(q):
    """25年第16期南通… → 南通…，是2025年第16期的？ (the issue scope at the end; not in a comparison, where a
    scope may belong to one side only)."""
    m = SCOPE_RE.search(q)
    if COMPARE_RE.search(q):
        return None
    if not m or not m.group(2):
        return None
    body, end = _body(q[: m.start()] + q[m.end():])
    if len(body.strip("，, ")) < 6 or body.startswith("是"):
        return None
    return f"{body.strip('，, ')}，是{m.group(1) or ''}{m.group(2)}的{end}"


def place_end(q):
    """常州腾退了多少亩地？ → 腾退了多少亩地，常州的？ (the place after the measure; not in a comparison)."""
    if COMPARE_RE.search(q):
        return None
    for city in CITIES:
        for form in (city + "市", city):
            if q.startswith(form) and len(q) > len(form) + 4 and len(re.findall(r"[？?]", q)) <= 1:
                body, end = _body(q[len(form):])
                return f"{body.lstrip('的，, ')}，{city}的{end}"
    return None


def frame(prefix: str) -> Callable[[str], str]:
    """A transformation that puts a request frame in front (请问…, 帮我查下，…)."""
    return lambda q: prefix + q


def particle(q):
    """…呀？ (a sentence-final particle)."""
    body, end = _body(q)
    return None if body[-1:] in ("吗", "呢", "吧", "啊", "呀") else body + "呀" + end


def colloquial(q):
    """什么时候 → 啥时候, 什么 → 啥, 怎么 → 咋, 是否 → 有没有."""
    for a, b in COLLOQUIAL:
        if a in q:
            return q.replace(a, b, 1)
    return None


def year_short(q):
    """2025年 → 25年 (not inside a date)."""
    return re.sub(r"20(\d{2})(?=年(?!\d))", r"\1", q)


def issue_short(q):
    """第14期 → 14期."""
    return re.sub(r"第(\d+)期", r"\1期", q)


def punct(q):
    """No final question mark, ASCII commas, and spaces around figures."""
    body, _ = _body(q)
    new = re.sub(r"(\d+)", r" \1 ", body.replace("，", ", ")).strip()
    return re.sub(r"\s+", " ", new)


def fullwidth(q):
    """Digits in full width (２０２５年第１４期)."""
    return q.translate({ord(str(i)): 0xFF10 + i for i in range(10)})


def yesno_form(q):
    """有没有X → 是否有X, 是不是 → 是否, 是否 → 是不是, X吗 → 是否X (another way to ask the same yes/no)."""
    for a, b in (("有没有", "是否有"), ("是不是", "是否"), ("是否", "是不是")):
        if a in q:
            return q.replace(a, b, 1)
    body, end = _body(q)
    if body.endswith("吗") and not re.search(r"哪|谁|多少|几|什么|啥", body):
        return "是否" + body[:-1].removesuffix("了") + end
    return None


def synonym(q):
    """A word the corpus also writes another way (危险化学品 ↔ 危化品, 电动自行车 ↔ 电动车, 开展了 → 搞了)."""
    for a, b in SYNONYMS:
        if a in q:
            return q.replace(a, b, 1)
        if b in q and not b.endswith("了") and b not in ("一共", "到现在"):
            return q.replace(b, a, 1)
    return None


def _gold_issue(item) -> str | None:
    """The one issue that holds the item's answer, when the question names none (else None)."""
    issues = {i for _, i in item.sources} if item is not None else set()
    if len(issues) != 1 or None in issues or item.history or re.search(r"期|专刊|\d{2}年", item.question):
        return None
    return issues.pop()


def scope_added(q, item=None):
    """2025年第14期里，… : the issue that holds the answer named in front (the answer does not change)."""
    issue = _gold_issue(item)
    return f"{issue}里，{q}" if issue else None


def scope_added_short(q, item=None):
    """…，25年14期的 : the same issue typed short, as an afterthought."""
    issue = _gold_issue(item)
    if not issue:
        return None
    body, end = _body(q)
    short = re.sub(r"20(\d{2})年第(\d+)期", r"\1年\2期", issue)
    return f"{body}，{short}的{end}"


TRANSFORMS = {f.__name__: f for f in (qword_ji, qword_duoshao, qword_total, qword_ge, measure_first, scope_end,
                                      place_end, particle, colloquial, year_short, issue_short, punct, fullwidth,
                                      synonym, yesno_form, scope_added, scope_added_short)}
TRANSFORMS |= {"polite": frame("请问"), "ask_me": frame("帮我查下，")}
ITEM_TRANSFORMS = ("scope_added", "scope_added_short")  # these read the item's gold issue too


def variants(question: str, names, item=None) -> list[tuple[str, str]]:
    """(transformation, reworded question) for every transformation that applies and changes the question."""
    made = ((n, TRANSFORMS[n](question, item) if n in ITEM_TRANSFORMS else TRANSFORMS[n](question)) for n in names)
    return [(name, new) for name, new in made if new and new != question]


def correct(item, answer, facts, texts) -> bool:
    """The eval's own verdict (ItemRecord.correct) on ``answer`` to ``item``."""
    from rag_assistant.evaluation.record import ItemRecord, score_item

    scores = score_item(item, answer.answer, answer.refused, answer.citations, texts, facts)
    record = ItemRecord(id=item.id, kind=item.kind, question=item.question, answer=answer.answer,
                        refused=answer.refused, should_refuse=item.should_refuse, **scores)
    return record.correct


def run(names, kinds=KINDS, ids=None) -> list[dict]:
    """One row per (item, transformation) — the original wording as transformation "original"."""
    from rag_assistant.assistant import load_assistant
    from rag_assistant.evaluation.claims import corpus_facts
    from rag_assistant.evaluation.corpus import corpus_assistant, read_source
    from rag_assistant.evaluation.items import CORPORA, load_all

    items = [i for i in load_all(split="dev") if i.kind in kinds and (not ids or i.id in ids)]
    assistant = load_assistant()
    rows = []
    for corpus in CORPORA:
        group = [i for i in items if i.corpus == corpus]
        if not group:
            continue
        with corpus_assistant(assistant, corpus) as (answering, corpus_dir):
            facts, cache = corpus_facts(answering.store.briefings), {}
            for item in group:
                texts = {name: read_source(corpus_dir, name, cache) for name, _ in item.sources}
                for name, question in [("original", item.question)] + variants(item.question, names, item):
                    answer = answering.ask(question, history=list(item.history))
                    ok = correct(replace(item, question=question), answer, facts, texts)
                    rows.append({"id": item.id, "kind": item.kind, "transform": name, "question": question,
                                 "correct": ok, "answer": answer.answer[:160]})
    return rows


def tabulate(rows: list[dict]) -> tuple[str, dict[str, int]]:
    """Markdown table per transformation: applicable variants, of items right originally, flipped to wrong,
    and variants of originally wrong items that became right."""
    right = {r["id"]: r["correct"] for r in rows if r["transform"] == "original"}
    stats: dict[str, Counter] = defaultdict(Counter)
    for r in (r for r in rows if r["transform"] != "original"):
        s = stats[r["transform"]]
        s["variants"] += 1
        s["base_right"] += right[r["id"]]
        s["flipped" if right[r["id"]] else "fixed"] += r["correct"] != right[r["id"]]
    lines = [f"dev items: {len(right)}, right in original wording: {sum(right.values())}", "",
             "| transformation | variants | of right items | flipped to wrong | wrong → right |",
             "|---|---:|---:|---:|---:|"]
    for name in sorted(stats, key=lambda n: -stats[n]["flipped"]):
        s = stats[name]
        lines.append(f"| {name} | {s['variants']} | {s['base_right']} | {s['flipped']} | {s['fixed']} |")
    t = sum(stats.values(), Counter())
    lines.append(f"| **total** | {t['variants']} | {t['base_right']} | **{t['flipped']}** | {t['fixed']} |")
    return "\n".join(lines), {n: s["flipped"] for n, s in stats.items()}


def main(argv=None) -> None:
    """Run, print the table and (``--show N``) the first N flips; ``--out DIR`` keeps rows.json and table.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated transformations (default: all)")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--ids", help="comma-separated dev item ids (default: all of the kinds)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many flips")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    unknown = set(names) - set(TRANSFORMS)
    if unknown:
        parser.error(f"unknown transformation(s): {', '.join(sorted(unknown))}; known: {', '.join(TRANSFORMS)}")
    started = time.perf_counter()
    rows = run(names, tuple(args.kinds.split(",")), set(args.ids.split(",")) if args.ids else None)
    table, _ = tabulate(rows)
    print(table)
    print(f"\n{len(rows)} asks in {time.perf_counter() - started:.0f} s")
    right = {r["id"]: r["correct"] for r in rows if r["transform"] == "original"}
    flips = [r for r in rows if r["transform"] != "original" and right[r["id"]] and not r["correct"]]
    for r in flips[: args.show]:
        print(f"{r['id']} {r['kind']} {r['transform']}: {r['question']}\n    → {r['answer']}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "rows.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        (args.out / "table.md").write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
