"""Round 15 (d15): a fund spent on several listed uses (区财政安排专项资金860万元，为…充电桩6200个，更换…消防器材3.4万具，
…补贴) is not what one of those uses cost; the text gives no cost per use, so 楼道长补贴一共多少钱 is declined."""

from rag_assistant.answer.joint import shared_fund

QINGJIANGPU = ("区财政安排专项资金860万元，为老旧小区增设电动自行车集中充电桩6200个，更换老化消防器材3.4万具，"
               "对表现突出的“楼道长”给予每人每年600元的补贴。")
DONGHAI = "四是推行帮扶清单，县财政安排补助资金320万元，为小作坊免费配发灭火器1.5万具、更换漏电保护器8600个。"
YIXING = "市镇两级财政和企业共同出资３６５０万元，为燃气窑炉企业安装燃气泄漏报警和自动切断装置２１５０套，接入市燃气安全监管平台。"


def _end(sentence, surface):
    return sentence.index(surface) + len(surface)


def test_one_use_of_a_shared_fund_is_not_its_total():
    assert shared_fund(("楼道", "补贴"), "清江浦楼道长补贴一共多少钱", QINGJIANGPU, _end(QINGJIANGPU, "860万元"), "元")
    assert shared_fund(("灭火器",), "东海配发灭火器花了多少钱", DONGHAI, _end(DONGHAI, "320万元"), "元")


def test_the_fund_itself_and_a_single_use_are_still_answered():
    assert not shared_fund(("补助",), "东海县财政补助资金多少", DONGHAI, _end(DONGHAI, "320万元"), "元")
    assert not shared_fund(("报警", "装置"), "宜兴装燃气报警装置花了多少钱", YIXING, _end(YIXING, "３６５０万元"), "元")
    assert not shared_fund(("充电桩",), "清江浦建了多少个充电桩", QINGJIANGPU, _end(QINGJIANGPU, "6200个"), "个")


def test_a_shared_fund_in_the_extra_issues(extra_assistant):
    assert extra_assistant.ask("清江浦给楼道长的补贴一共发了多少钱？").refused
    a = extra_assistant.ask("东海县财政补助资金多少？")
    assert not a.refused and "320万元" in a.answer, a.answer
