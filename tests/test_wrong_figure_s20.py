"""The wrong figure of the right article (round 20 probes, on the synthetic extra issues of eval/extra_briefings/):

- a noun that holds the asked noun names a container of those things (张家港 液体化工储罐区23个 is no count of
  储罐: 储罐1460座 is; 沭阳 电商仓储物流园区46个 is no count of 仓储点: 仓储点1380余家 is);
- a question asking whether the work is finished (都改完了没, 整改完成了吗, 计划完成了没) is answered 没有 by a rate
  of the deed below 100% (整改率89.2%, 完成年度计划的75.1%) and by the result sentence, not by the sentence that
  launches the work (吴江 …开展…专项整治 vs 截至8月底，隐患整改率达96.4%);
- a finish question still reads a table row as a result under its header (新沂 棋盘镇	58	97	97 under 已整改（处）).
"""

from __future__ import annotations

from rag_assistant.answer.container import names_container
from rag_assistant.answer.whole_done import falls_short, rate_short, result_fit


def test_a_container_noun_does_not_count_its_things():
    assert names_container("储罐", "液体化工储罐区")
    assert not names_container("储罐区", "液体化工储罐区")  # the container asked
    assert not names_container("储罐", "储罐")
    assert names_container("仓储点", "电商仓储物流园区")
    assert not names_container("工业园", "工业园区")  # a head ending with a container suffix is one thing
    assert not names_container("景点", "景区") and not names_container("加油点", "加油站")  # one thing, two names


def test_a_rate_below_the_whole_says_not_all_is_done():
    assert rate_short("东海水晶作坊隐患都改完了没", "目前已整改1.07万处，整改率89.2%")
    assert falls_short("东海水晶作坊隐患都改完了没", "目前已整改1.07万处，整改率89.2%")
    assert falls_short("常熟纺织企业电气隐患整改完成了吗", "发现电气隐患8940处，已整改8712处，整改率97.4%")
    assert falls_short("江阴专家进企业活动的年度计划完成了没", "截至9月底已服务1126家，完成年度计划的75.1%")
    assert not rate_short("都整改了吗", "整改率100%")
    assert not rate_short("隐患都整改了吗", "持证上岗率达96%")  # another deed's rate


def test_a_finish_question_prefers_the_result_sentence():
    launch = "吴江区自今年3月起开展纺织企业电气火灾隐患专项整治。"
    result = "截至8月底，隐患整改率达96.4%。"
    assert result_fit("吴江纺织企业电气隐患都整改完了吗", launch) < result_fit("吴江纺织企业电气隐患都整改完了吗", result)
    assert result_fit("吴江开展了纺织企业电气隐患整治吗", launch) == 1.0  # no finish asked
    assert result_fit("棋盘镇隐患是不是全部整改完了", "棋盘镇\t58\t97\t97") == 1.0  # a row's cells are results


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("张家港储罐有多少个", "1460", "23个"),
                                 ("张家港储罐区有几个", "23个", ""),
                                 ("沭阳电商仓储点有多少个", "1380", "46个"),
                                 ("沭阳电商仓储物流园区有几个", "46个", ""),
                                 ("江阴沿江储罐有多少座", "412座", ""),
                                 ("泰州船舶修造整治排查隐患多少处", "2415", "")):
        a = extra_assistant.ask(question).answer.split("\n")[0]
        assert has in a and (not lacks or lacks not in a), (question, a)
    for question, has in (("东海水晶作坊隐患都改完了没", "89.2%"),
                          ("常熟纺织企业电气隐患整改完成了吗", "97.4%"),
                          ("吴江纺织企业电气隐患都整改完了吗", "96.4%"),
                          ("江都九小场所都赋码了吗", "96.7%"),
                          ("江阴专家进企业活动的年度计划完成了没", "75.1%")):
        a = extra_assistant.ask(question).answer.split("\n")[0]
        assert a.startswith("没有") and has in a, (question, a)
    # twins: all done, or nothing asked of finishing
    a = extra_assistant.ask("大丰农村敬老院都装了烟感吗").answer
    assert not a.startswith("没有"), a


def test_the_du_of_a_place_name_asks_no_whole():
    from rag_assistant.answer.whole_done import asks_whole

    assert not asks_whole("江都九小场所已经赋码满1万家了吗？")  # 江都 is a place: a threshold is asked, not all
    assert asks_whole("江都九小场所都赋码了吗")  # the adverb 都 after it still asks about all
    assert asks_whole("扬州江都区的企业都整改完了吗")
