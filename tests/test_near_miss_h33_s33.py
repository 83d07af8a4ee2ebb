"""Round-33 near misses (area H) on the extra issues, each with its answerable twin.

- A list closed by 等 before a figure whose noun the question names before its question word (盱眙龙虾节大型活动几项:
  县里对龙虾节开幕式、万人龙虾宴等17项大型活动…, 2024年第27期) gives examples of that noun; an item's modifier
  (龙虾节 of 龙虾节开幕式) is its scene, not the item asked.
- A negated act asked (有多少艘渔船没有参保) is answered only by a clause that negates or names a rest; 惠及渔船1176艘
  (2024年第8期, beside 参保率达96.3%) is a count of another act. 对43家未安装燃气泄漏报警装置的餐饮户 answers its own.
- 去年 is read against the issue: 兴化 (2024年第15期) dates its work 今年 in its lead; its note 数据来源：…2023年统计
  dates only its own 94家, not the 1.2万人次 trained. 高邮 去年累计发布停航指令63次 (2025年第12期) says 去年 itself.
- A whole quoted by its figure with bare 里 (716处重点问题里整改到位的有几处, bundled 2025年第16期) is not answered by a
  figure of another kind of its head (突出问题 186 个), while a part of it that repeats or elides its noun is
  (1342家粉尘涉爆企业里 → 推动420家粉尘涉爆企业安装…; 1.2万家九小场所里 → 目前已赋码1.16万家).
- 保额 asks money: 推动承租企业投保安全生产责任保险5260家 (2025年第33期) counts firms.
"""

from __future__ import annotations

import pytest

from rag_assistant.answer.issue_years import ASKED_YEAR_RE, dating_text
from rag_assistant.answer.quoted_whole import quoted_whole_unsaid
from rag_assistant.answer.remainder import asks_rest
from rag_assistant.numbers import contains_figure

_REFUSED = ("未给出", "未找到", "未涉及")


def _refused(answer: str) -> bool:
    return any(w in answer.split("简报提到")[0] for w in _REFUSED)


@pytest.mark.parametrize("question,figure", [
    ("盱眙龙虾节大型活动几项", "17项"),
    ("盱眙龙虾节大型活动有几项", "17项"),
    ("金湖荷花节搞了几场大型活动", "42场次"),
    ("龙虾节提了修改意见的方案几项", "2项"),
    ("盐城渔船参保率多少", "96.3%"),
    ("盐城登记渔船有几艘", "2968"),
    ("盱眙有几家餐饮户没装燃气报警", "43家"),
    ("海门签了托管协议的小微企业几家", "1870家"),
    ("兴化烘干机操作人员培训了多少人次", "1.2万人次"),
    ("高邮去年发了几次停航指令", "63次"),
    ("海门去年清退了几家服务机构", "2家"),
    ("苏州去年排查了多少高层建筑隐患", "3.47万处"),
    ("兴化去年日烘干300吨以上的企业有几家", "94家"),
    ("常州1342家粉尘涉爆企业里装了火花探测的有几家", "420"),
    ("江都1.2万家九小场所里赋码多少家", "1.16万家"),
    ("昆山3142幢出租厂房里发现多少处隐患", "2.47万处"),
    ("金坛企业责任险保额多少", "8.6亿元"),
])
def test_answerable_twins(extra_assistant, question, figure):
    a = extra_assistant.ask(question).answer
    assert contains_figure(a, figure) and not _refused(a), (question, a)


@pytest.mark.parametrize("question,wrong", [
    ("有多少艘渔船没有参保", "1176"),
    ("盐城还有多少渔民没参保", "1176"),
    ("海门没签托管协议的小微企业有多少家", None),
    ("吴江纺织企业电气隐患还有多少没整改", None),
    ("没复工的危化企业有多少家", None),
    ("兴化去年培训了多少人次", None),
    ("去年兴化排查了多少处隐患", None),
    ("如皋去年发现多少涉氨隐患", None),
    ("句容去年春节接待了多少游客", None),
    ("盱眙龙虾节开了几场新闻发布会", "二十四"),
    ("昆山承租企业投保责任险保额多少", None),
])
def test_near_misses_are_refused(extra_assistant, question, wrong):
    a = extra_assistant.ask(question).answer
    assert _refused(a), (question, a)
    assert wrong is None or wrong not in a.split("简报提到")[0], (question, a)


def test_a_quoted_whole_with_bare_li_on_the_bundled_issues(assistant):
    a = assistant.ask("716处重点问题里整改到位的有几处").answer
    assert _refused(a) and "186" not in a, a
    a = assistant.ask("无锡实地复核了多少处重点问题").answer
    assert contains_figure(a, "716处") and not _refused(a), a


def test_readings():
    assert asks_rest("有多少艘渔船没有参保") and asks_rest("还有几处没整改")
    assert not asks_rest("罚没款多少") and not asks_rest("没收非法烟花多少箱") and not asks_rest("未来三年计划改造多少公里")
    s = "向 21 个安委会成员单位通报行业领域突出问题 186 个"
    assert quoted_whole_unsaid("716处重点问题里整改到位的有几处", s, s[:s.find("186")])
    s = "为每家场所生成安全二维码，目前已赋码1.16万家"
    assert not quoted_whole_unsaid("江都1.2万家九小场所里赋码多少家", s, s[:s.find("1.16")])
    assert not quoted_whole_unsaid("386公里管道里有几处隐患", "排查整治管道隐患193处")  # 公里 is no pointer
    assert ASKED_YEAR_RE.findall("2026年第7期2025年死了多少人") == ["2025"]
    article = "今年夏粮收购前，兴化市开展整治。\n注：数据来源：2023年统计，其中…94家。\n（二）培训到位。共培训1.2万人次。"
    assert "2023" not in dating_text(article) and "今年" in dating_text(article)
    assert "2025年" in dating_text("会议召开。\n2025年全省执法情况\n执法检查 8.9万家次")  # a heading's year frames
