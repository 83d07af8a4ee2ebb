"""Multi-part figure questions over the extra issues: every part is answered from its own place and sentence.

- A county named after its city (泰州船舶整治泰兴市排查隐患和已整改分别是多少处) is ONE place: the second part
  (已整改) is 泰兴市's cell of the 2025年第26期 table (590), not 靖江市's (941) of the same city (place_nest.py).
- A step figure whose noun is elided across sentences (2025年第20期 赣榆: 共查出问题隐患2310项，其中重大事故隐患9项。
  二是…，截至7月底已完成整改2185项) counts the 隐患 the paragraph counted before in the same unit
  (paragraph_antecedent.py), so 已整改多少项 after 查出隐患多少项 is answered, not said to be missing."""

from __future__ import annotations

from rag_assistant.answer.place_nest import unnested


def test_a_city_folds_into_its_named_county():
    assert unnested(["泰州", "泰兴"]) == {"泰兴"}
    assert unnested(["靖江", "泰兴"]) == {"靖江", "泰兴"}  # two counties side by side stay two
    assert unnested(["南京", "无锡"]) == {"南京", "无锡"}


def test_every_part_is_answered_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (
            ("泰州船舶整治泰兴市排查隐患和已整改分别是多少处？", ("612", "590"), ("941",)),
            ("泰州船舶整治泰兴市排查隐患多少处？", ("612",), ("941",)),  # twin: one part
            ("泰州船舶修造，靖江市和泰兴市企业各多少家？", ("71", "48"), ()),  # twin: two places
            ("25年第20期赣榆区诊断查出隐患多少项？其中重大隐患几项，已整改多少项？", ("2310", "9项", "2185"), ("未给出",)),
            ("赣榆区诊断查出重大事故隐患几项？", ("9项",), ("2185",)),  # twin
            ("清江浦楼道长选聘了多少名，消防知识轮训培训了多少人次？", ("1.12万", "未给出"), ()),  # a part not given
            ("24年第8期镇江三查一改，园区评估查出多少项问题？整改了多少项？", ("312", "289"), ()),
            ("泰州建筑施工检查发现隐患多少条，整改了多少条，暂扣了几家企业许可证？", ("9650", "9482", "26"), ()),
            ("沭阳电商仓储点有多少家，责令停业整改了几家？", ("1380", "86"), ()),
    ):
        a = extra_assistant.ask(question).answer.replace(" ", "")
        assert all(h in a for h in has) and not any(x in a.split("简报提到")[0] for x in lacks), (question, a)
