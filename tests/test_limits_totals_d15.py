"""Round 15 (d15): how long a campaign runs (为期3个月) answers 多长时间/多久; a limit in days written 限期3日内 is
3 days, not the 3rd of a month; 一共/总共 asks a total, which an amount given to each member (每家每年8000元) is not."""

from rag_assistant.answer.measure import asked_class
from rag_assistant.answer.support import opposite_said
from rag_assistant.answer.times import answer_times
from rag_assistant.numbers import contains_figure, extract_figures

SHUYANG = "针对仓储点人员密集、可燃物多、“三合一”现象突出等风险，沭阳县自5月起开展为期3个月的电商仓储物流园区消防隐患集中整治。"
KUNSHAN = "今年4月起，昆山市在全市开展为期8个月的出租厂房安全专项整治。"
WUJIANG = "对私拉乱接的，限期3日内整改到位。"


def test_how_long_a_campaign_runs_is_a_period():
    assert [f.surface for f in answer_times(SHUYANG, "沭阳电商仓储消防整治要搞多长时间？")] == ["为期3个月"]
    assert [f.surface for f in answer_times(KUNSHAN, "昆山出租厂房专项整治为期多久？")] == ["为期8个月"]
    # a point in time is still asked by 啥时候 and answered by the start month, not by the span
    assert "为期8个月" not in [f.surface for f in answer_times(KUNSHAN, "昆山出租厂房整治啥时候开始的？")]


def test_a_limit_in_days_is_a_duration():
    (limit,) = extract_figures(WUJIANG)
    assert (limit.surface, limit.unit) == ("3日", "天")
    assert contains_figure(WUJIANG, "3天") and not contains_figure("3月3日召开", "3天")
    assert [f.unit for f in extract_figures("3月18日召开")] == ["月", "日"]  # a date stays a date
    assert asked_class("吴江私拉乱接几日内要整改") == ("天", "duration")
    assert asked_class("几日召开") != ("天", "duration")


def test_a_total_is_not_an_amount_per_member():
    assert opposite_said(("累计",), "分别给予每家每年8000元", "")
    assert opposite_said(("累计",), "对表现突出的“楼道长”给予每人每年600元的补贴", "")
    assert not opposite_said(("累计",), "累计发放补助资金1860万元", "")  # the total the text calls 累计
    assert not opposite_said(("累计", "平均"), "每家每年8000元", "")  # 一共…每家多少 asks the rate itself
    assert not opposite_said((), "每人每年600元", "")


def test_limits_and_totals_in_the_extra_issues(extra_assistant):
    a = extra_assistant.ask("沭阳仓储园区消防隐患整治为期多久？")
    assert not a.refused and "3个月" in a.answer, a.answer
    b = extra_assistant.ask("吴江区私拉乱接限期多少天？")
    assert not b.refused and "3日" in b.answer, b.answer
    c = extra_assistant.ask("海门区托管补助资金一共多少？")
    assert "1200万元" in c.answer and "8000元" not in c.answer, c.answer
