"""Round 32 sweep of three extra issues (2025年第12期 html, 第20期 pdf, 第24期 txt): figure questions whose reading was
wrong, each with a twin that must still refuse or keep its figure.

- 投多少钱建X: 钱 names the money class (as 金额 does); the words after it are the money's use, not a counted noun
  (measure.py). Twin: 已经花了多少钱 still refuses the planned 拟投入1500万元.
- A 等-list whose first item the pattern takes in with the clause's verb (现有冶金、有色等工贸企业137家): a question
  naming every member (冶金有色工贸企业) asks the whole (listed_member.py). Twin: 有色工贸企业 alone stays partial.
- A figure whose noun is shared with its sibling (排查整治管道隐患193处，已整改186处): the noun's words are said of it
  (counted.py).
- 今年 asked, 去年 said as the figure's time (去年累计发布停航指令63次), or the other way round (relative_year.py)."""

from __future__ import annotations

from rag_assistant.answer.relative_year import sentence_contradicts_year


def _head(a: str) -> str:
    return a.split("简报提到")[0]


def test_relative_year_reading():
    assert sentence_contradicts_year("高邮今年发布停航指令多少次", "去年累计发布停航指令63次")
    assert not sentence_contradicts_year("高邮去年发布停航指令多少次", "去年累计发布停航指令63次")
    assert not sentence_contradicts_year("高邮发布停航指令多少次", "去年累计发布停航指令63次")  # no year asked
    assert not sentence_contradicts_year("今年火灾起数同比降多少", "今年一季度，较去年同期下降42.5%")  # a comparison base
    assert not sentence_contradicts_year("今年以来检测了多少家", "去年以来，常熟市…共检测企业3215家")  # a span into this year
    assert sentence_contradicts_year("去年五一接待游客多少", "今年“五一”假期，高邮湖水上旅游预计接待游客8.5万人次")


def test_sweep_answers(extra_assistant):
    for question, figures, issue in (
            ("东台打算投多少钱建森林防火智慧指挥平台", ("1500万元",), "第12期"),
            ("赣榆冶金有色工贸企业多少家，其中规上几家", ("137家", "58家"), "第20期"),
            ("六合排查整治管道隐患多少处，已整改多少处", ("193处", "186处"), "第24期"),
            ("清江浦劝导整改飞线充电多少起，更换老化消防器材多少具", ("4600余起", "3.4万具"), "第20期"),
            ("高邮去年发布停航指令多少次", ("63次",), "第12期"),
            ("1至7月全省发生生产安全事故多少起，死亡多少人", ("412起", "367人"), "第20期"),
            ("常熟智慧用电终端装了3千多家吗，具体多少家", ("1280家",), "第12期"),
            ("古里镇电气隐患发现多少处，已整改多少处", ("2318", "2260"), "第12期")):
        a = extra_assistant.ask(question).answer
        assert issue in a and all(f in _head(a) for f in figures) and "未给出" not in a, (question, a)


def test_sweep_twins_refuse(extra_assistant):
    for question in ("东台已经花了多少钱建森林防火智慧指挥平台",  # the sum is only planned (拟投入)
                     "赣榆有色工贸企业有多少家",  # one member of 冶金、有色等: the list's count is not its own
                     "高邮今年已发布停航指令多少次",  # 63次 is last year's
                     "高邮湖去年五一接待游客多少",  # the 8.5万人次 is this year's 五一 forecast
                     "常熟去年一季度纺织企业火灾多少起"):
        a = extra_assistant.ask(question).answer
        assert "未给出" in a, (question, a)
