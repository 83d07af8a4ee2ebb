"""Yes/no and issue-metadata questions (有没有/…了吗/哪一期/哪天印发/最新一期/哪年介绍了哪些地方) over the bundled
and extra issues, and the true reason of a 没有 whose quote says only the head of the asked compound.

From the briefing text: 2024年第21期 (2024年9月12日印发) 宿迁市：全链条推进电动自行车安全隐患整治, 连云港石化基地, 国庆
假期安全防范视频会议; 2024年第8期 (二〇二四年四月十八日) 盐城渔业船舶; 2026年第3期 (printed 第三期, 二〇二六年一月二十三日)
无锡“三张清单”, 泰州“四个到位” (TOC: 抓实建筑施工安全; body title: 筑牢建筑施工安全防线), 苏州高层建筑消防;
2026年第13期 泰州靖江市 巡查单元 (小场所巡查单元 785 个); the special feature “应急先锋行 建功新时代” prints no number or
date. No article says 避难 (2025年第24期 names 泰州海陵区建成应急避难场所 only in its 往期推荐 tail, which is dropped)."""

from __future__ import annotations

from rag_assistant.answer.unsaid_claim import unsaid_things
from rag_assistant.answer.unsaid_compound import widen_to_compound


def test_an_unsaid_modifier_is_named_with_its_said_head():
    said = "将全市划分小场所巡查单元 785 个".__contains__
    assert widen_to_compound("泰州海陵区建应急避难场所了吗", "应急", ["场所"], said) == "应急避难场所"
    # twin: no said head closes the term, so the term stays as it is
    assert widen_to_compound("有没有给考注安师的人发补贴", "补贴", [], said) == "补贴"
    # twin: a compound the quote does say is no reason of 没有
    assert widen_to_compound("有没有划分小场所单元", "小", ["场所"], "小场所".__contains__) == "小"


def test_unsaid_things_names_the_compound():
    sentence = "泰州靖江市依托省网格化数智应用系统，将全市共划分小场所巡查单元 785 个。"
    things = unsaid_things("有没有讲泰州海陵区建应急避难场所的？", ("建", "应急", "避难", "场所"), sentence, sentence)
    assert things and all("应急避难场所" in t for t in things), things


def _lead(a: str) -> str:
    return a.split("简报提到")[0].split("。")[0]


def test_yes_no_on_the_extra_issues(extra_assistant):
    for question, lead, issue in (("宿迁搞过电动自行车隐患整治没？", "有", "2024年第21期"),
                                  ("宿迁搞过高层建筑消防治理没？", "没有", "2026年第3期"),  # twin: 苏州's
                                  ("无锡推行三张清单了吗？", "有", "2026年第3期"),
                                  ("泰州推行三张清单了吗？", "没有", "2026年第3期"),  # twin: 无锡's
                                  ("国庆假期安全防范视频会开了吗？", "有", "2024年第21期"),
                                  ("宿迁有没有建集中充电设施？", "有", "2024年第21期")):
        a = extra_assistant.ask(question).answer
        assert a.startswith(lead) and (lead == "没有" or not a.startswith("没有")) and issue in a, (question, a)
    a = extra_assistant.ask("有没有讲泰州海陵区建应急避难场所的？").answer
    assert a.startswith("没有") and "应急避难场所" in _lead(a) and "未提到应急；" not in a, a
    a = extra_assistant.ask("靖江有没有划分小场所巡查单元？").answer  # twin: the compound is said
    assert a.startswith("有") and "2026年第13期" in a, a


def test_issue_metadata(extra_assistant, assistant):
    for question, has in (("第21期简报啥时候印发的？", "2024年9月12日"),
                          ("第8期简报啥时候印发的？", "2024年4月18日"),
                          ("连云港石化基地那篇是哪一期的？", "2024年第21期"),
                          ("盐城渔船安全那篇是哪一期的？", "2024年第8期"),
                          ("2026年第三期是几号出的？", "2026年1月23日"),
                          ("泰州市“四个到位”抓实建筑施工安全 登在哪期？", "2026年第3期")):
        a = extra_assistant.ask(question).answer
        assert has in a.split("\n")[0], (question, a)
    for question, has in (("2026年第13期是几号出的？", "2026年3月26日"),
                          ("安全生产月活动启动那期是第几期？", "2025年第14期"),
                          ("最新一期是哪期？", "2026年第13期"),
                          ("最早一期是哪期？", "2021年第10期"),
                          ("泰州靖江巡查单元划分登在哪期？", "2026年第13期")):
        a = assistant.ask(question).answer
        assert has in a.split("\n")[0], (question, a)
    a = assistant.ask("“应急先锋行 建功新时代”那期是第几期？").answer
    assert "未注明期号" in a and "第1" not in a.split("\n")[0], a
    a = assistant.ask("2025年的简报介绍了哪些地方？").answer
    assert all(p in a for p in ("无锡", "南通", "宿迁", "淮安")) and "苏州" not in a.split("\n")[0], a
    a = assistant.ask("2021年的简报介绍了哪些地方？").answer  # twin: another year
    assert all(p in a for p in ("苏州", "扬州", "盐城")) and "无锡" not in a.split("\n")[0], a


def test_a_stated_day_is_checked_against_the_sentence(extra_assistant):
    from rag_assistant.answer.claim_date import claim_date_check

    sentence = "9月11日，省安委办召开全省国庆假期安全防范工作视频会议，分析当前安全生产形势"
    clause = "省安委办召开全省国庆假期安全防范工作视频会议"
    assert claim_date_check("视频会是9月10日开的吗", clause, sentence) == (False, "9月11日")
    assert claim_date_check("视频会是9月11日开的吗", clause, sentence) == (True, "9月11日")
    assert claim_date_check("2024年视频会开了吗", clause, sentence) is None  # a year is no day: other checks
    assert claim_date_check("视频会是9月10日开的吗", sentence, sentence) is None  # the clause dates it itself
    for question, lead, said in (("国庆假期安全防范视频会是9月10日开的吗？", "不是", "9月11日"),
                                 ("国庆假期安全防范视频会是9月11日开的吗？", "是", "9月11日"),
                                 ("森林防灭火调度会是4月18日开的吗？", "不是", "4月16日"),  # 4月18日: the issue's date
                                 ("春节假期安全防范视频会开了吗？", "没有", "复工复产")):
        a = extra_assistant.ask(question).answer
        assert a.startswith(lead) and said in a.split("。")[0] + a, (question, a)
