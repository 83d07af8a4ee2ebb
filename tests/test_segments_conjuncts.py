"""The conjuncts of 各/分别 each carry the predicate said after 分别 (round 13, lead)."""

from rag_assistant.answer.segments import conjuncts
from rag_assistant.answer.understand import read_parts


def test_the_predicate_after_fenbie_is_said_of_every_conjunct():
    assert conjuncts("事故起数和死亡人数同比分别降了多少") == ["事故起数降了多少", "死亡人数同比降了多少"]
    assert conjuncts("市里和区县各出了几个方案") == ["市里出了几个方案", "区县出了几个方案"]


def test_a_list_after_fenbie_is_split_without_a_tail():
    assert conjuncts("分别排查企业和场所多少家") == ["排查企业", "场所多少家"]


def test_every_part_asks_the_change_said_after_fenbie():
    parts = read_parts("今年1到2月全省事故起数和死亡人数同比分别降了多少？", "multi_figure", ())
    assert [p.text for p in parts] == ["今年1到2月全省事故起数降了多少", "死亡人数同比降了多少"]


def test_two_nouns_joined_by_a_dunhao_after_the_question_word_ask_two_figures():
    # 配了多少救生衣、救生圈: two figures, as 多少X和Y already was (round 14, h20); the lead is borrowed later.
    assert conjuncts("码头配了多少救生衣、救生圈") == ["救生衣", "救生圈"]
    assert conjuncts("大丰区有多少养老机构、床位") == ["养老机构", "床位"]
    # A longer list, a 、 before the question word, or a sum stays one part.
    assert conjuncts("检查了多少企业、建筑工地和水利工程") == ["检查了多少企业、建筑工地和水利工程"]
    assert conjuncts("苏州、无锡有多少家企业") == ["苏州、无锡有多少家企业"]
    assert conjuncts("一共配了多少救生衣、救生圈") == ["一共配了多少救生衣、救生圈"]
    # One classifier over the list is the text's joint count (查封不合格灶具、调压阀2915个): one part.
    assert conjuncts("查封了多少个不合格灶具、调压阀") == ["查封了多少个不合格灶具、调压阀"]


def test_two_nouns_before_a_final_shuliang_ask_one_count_each():
    # 生产企业和危化品企业数量: a count asked by the noun 数量, without a question word (round 15, b15)
    assert conjuncts("苏州那篇生产企业和危化品企业数量") == ["苏州那篇生产企业数量", "危化品企业数量"]
    assert conjuncts("苏州基层安全学校和公办体验馆的数量") == ["苏州基层安全学校数量", "公办体验馆数量"]
    # a shared head noun (重点企业和场所) or a sum (总数) stays one part
    assert conjuncts("重点企业和场所数量") == ["重点企业和场所数量"]
    assert conjuncts("生产企业和危化品企业总数") == ["生产企业和危化品企业总数"]
