"""Round 18 (h-i18): a per-member figure (每人每年600元, 每户最高5000元, 每个工业园区配备3至5名) answers only a question
asking per the same member; per another member (平均一个充电桩, 每人, 每台设备) the text gives no figure."""

from rag_assistant.answer.respective import per_unit_of_other

QINGJIANGPU = "对表现突出的“楼道长”给予每人每年"
WUJIANG = "对线路老化的企业，由镇（街道）给予每户最高"
HAIMEN = "分别给予每家每年"
YANGZHOU = "每个工业园区配备"


def test_a_figure_per_another_member_does_not_answer():
    assert per_unit_of_other("清江浦老旧小区集中充电桩，平均一个充电桩花多少钱", QINGJIANGPU)
    assert per_unit_of_other("对线路老化的企业，镇街道每人最高给多少改造补助", WUJIANG)
    assert per_unit_of_other("有限空间托管服务，平均每名托管专家每年补助多少", HAIMEN)
    assert per_unit_of_other("有限空间作业应急救援，每台设备配备多少名专业救援人员", YANGZHOU)


def test_a_figure_per_the_asked_member_answers():
    assert not per_unit_of_other("清江浦对表现突出的楼道长，每人每年补贴多少钱", QINGJIANGPU)
    assert not per_unit_of_other("清江浦每个楼道长一年补多少钱", QINGJIANGPU)
    assert not per_unit_of_other("线路老化企业改造，一户补多少钱", WUJIANG)
    assert not per_unit_of_other("有限空间托管服务，A类企业每家每年补助多少", HAIMEN)
    assert not per_unit_of_other("托管服务每个企业每年补助多少", HAIMEN)
    assert not per_unit_of_other("有限空间作业应急救援，每个工业园区配备多少名专业救援人员", YANGZHOU)
    assert not per_unit_of_other("全年一共补了多少钱", QINGJIANGPU)  # no member asked


def test_per_member_questions_in_the_extra_issues(extra_assistant):
    assert extra_assistant.ask("清江浦给老旧小区装的电动车集中充电桩，平均一个充电桩花多少钱？").refused
    assert extra_assistant.ask("对线路老化的企业，镇街道每人最高给多少改造补助？").refused
    a = extra_assistant.ask("对线路老化的企业，镇街道每户最高给多少改造补助？")
    assert not a.refused and "5000元" in a.answer, a.answer
    a = extra_assistant.ask("清江浦对表现突出的楼道长，每人每年补贴多少钱？")
    assert not a.refused and "600元" in a.answer, a.answer
