"""What a measure is of: money by what it is spent on, and a share asked by another ratio word than the text's.

A money question that names a purpose (消防宣传花了多少钱, 安全培训经费多少) is not answered by a sum the text gives
for another use (投入改造资金2.35亿元, 发放补贴983万元); one that names the sum's own use is. A share asked as 占比 /
比例 / 百分之多少 is answered by the text's named rate of the asked thing (按期完成率98.4%, 覆盖率95.9%, 整改率达
92.6%). Sentences of the synthetic extra issues (eval/extra_briefings/): 2026年第3期 苏州 投入改造资金2.35亿元, 无锡
…企业按期完成率98.4% and 5870家企业完成清单编制，覆盖率95.9%; 2024年第8期 镇江 …整改率达 92.6% and 企业累计投入
改造资金 2.36 亿元; 2024年第21期 宿迁 发放补贴983万元; 2025年第4期 江阴 投入资金2860万元; 2025年第24期 吴江
累计发放补助资金1860万元."""

from __future__ import annotations

from rag_assistant.answer.measure import measure_of
from rag_assistant.answer.purpose import asked_purposes, own_purpose, purpose_unsaid
from rag_assistant.answer.support import asked_steps, patient_noun


def test_the_purpose_a_money_question_names():
    assert asked_purposes("苏州高层住宅消防宣传花了多少钱") == ("宣传",)
    assert asked_purposes("宿迁电动车以旧换新发了多少补贴") == ()  # no activity word: any of its sums
    assert asked_purposes("三张清单奖补资金安排了多少") == ()  # paying and money words name no use
    # a plan word, a relative clause on the payee, money taken in: no purpose
    assert asked_purposes("宿迁25年打算发多少隐患报告奖金") == ()
    assert asked_purposes("海安对考下中级注安师的人一次性补多少钱") == ()
    assert asked_purposes("25年全省执法的罚没款是多少亿") == ()


def test_a_fund_that_names_its_own_use():
    assert own_purpose("企业累计投入改造资金 2.36 亿元") == "改造"
    assert own_purpose("市级财政拟安排智慧工地建设补助资金800万元") == "建设"
    assert own_purpose("累计发放补助资金1860万元") == ""
    sentence = "聚焦运行 15 年以上的老旧装置，逐套开展安全评估，…企业累计投入改造资金 2.36 亿元。"
    assert purpose_unsaid("money", "镇江化工园区体检式评估花了多少钱", sentence, "", "企业累计投入改造资金 2.36 亿元")
    assert not purpose_unsaid("money", "镇江老旧装置改造投了多少钱", sentence, "", "企业累计投入改造资金 2.36 亿元")
    assert not purpose_unsaid("count", "镇江化工园区体检式评估查出多少问题", sentence, "", "查找问题 312 项")


def test_a_ratio_word_is_the_measure_not_a_step_or_a_noun():
    assert asked_steps("无锡企业按期完成任务的占比多少")[0] == ""  # 占比 (tagged a verb) is no later step
    assert measure_of("镇江化工园区评估发现的问题整改了百分之多少") == ""
    assert patient_noun("镇江化工园区评估发现的问题整改了百分之多少") == ""
    assert patient_noun("无锡完成清单编制的企业占比多少") == ""


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (
            # money for another use: refused, the twin naming the sum's own use answered
            ("苏州高层住宅消防宣传花了多少钱", "未给出", "2.35亿元"),
            ("苏州高层住宅消防设施改造投了多少钱", "2.35亿元", "未给出"),
            ("镇江化工园区体检式评估花了多少钱", "未给出", "2.36"),
            ("镇江老旧装置改造投了多少钱", "2.36", "未给出"),
            ("宿迁电动车安全培训花了多少钱", "未给出", "983万元"),
            ("宿迁电动车以旧换新发了多少补贴", "983万元", "未给出"),
            ("江阴港口安全培训投了多少钱", "未给出", "2860万元"),
            ("江阴码头新增视频监控投入了多少资金", "2860万元", "未给出"),
            ("吴江纺织企业线路改造补助发了多少钱", "1860万元", "未给出"),
            ("淮安燃气安全宣传花了多少钱", "未给出", "1.12亿元"),
            ("淮安燃气管网更新改造花了多少钱", "1.12亿元", "未给出"),
            ("盐城24年渔船安全设备更新补贴打算发多少钱", "1260", "未给出"),
            # a share asked by another ratio word than the text's rate of the same thing
            ("无锡企业按期完成任务的占比多少", "98.4%", "未给出"),
            ("无锡企业按期完成率是多少", "98.4%", "未给出"),
            ("无锡完成清单编制的企业占比多少", "95.9%", "未给出"),
            ("镇江化工园区评估发现的问题整改了百分之多少", "92.6%", "未给出"),
            ("淮安燃气用户端隐患整改的比例是多少", "97.3%", "未给出"),
            # a rate the text does not give: refused
            ("淮安燃气报警装置安装率是多少", "未给出", "")):
        a = extra_assistant.ask(question).answer
        assert has in a and (not lacks or lacks not in a.split("简报提到")[0]), (question, a)
