"""Single-figure asks over the extra issues (round 34, helper E): four readings of what a figure counts.

- a container asked (储罐区有几个) is not counted by its contents (2024年第15期 张家港 储罐1460座), as the contents asked
  are not counted by the container (液体化工储罐区23个) (container.py);
- a change printed of a count noun (2024年第15期 火灾起数同比下降8.4%) is not of another noun of the same stem the
  question names (火灾隐患同比涨了多少: 督促整改火灾隐患10.3万处，同比增长12.6%) (change_thing.py);
- a room fronted before 整改了多少处 (启东实验室) is where the 隐患 were, not the thing the place classifier counts
  (2024年第27期 已整改1872处) (actor_subject.py, given.py);
- a short form of the asked noun (旧车 of 旧电动自行车, 2024年第21期 宿迁 回收旧车2.15万辆) names it, in any vehicle
  classifier (counted.abbreviates).
"""

from __future__ import annotations

from rag_assistant.answer.actor_subject import actor_not_counted
from rag_assistant.answer.change_thing import other_noun_of_stem
from rag_assistant.answer.container import names_container
from rag_assistant.answer.counted import abbreviates, counts_measure


def test_contents_are_no_count_of_their_container():
    assert names_container("储罐区", "储罐") is True
    assert names_container("储罐", "液体化工储罐区") is True  # the other way, as before
    assert names_container("储罐区", "液体化工储罐区") is False  # twin: the container itself
    assert names_container("工业园区", "工业园") is False  # a stem that ends with a suffix is one thing


def test_another_noun_of_the_count_stem():
    sentence, before = "全省人员密集场所火灾起数同比下降8.4%", "全省人员密集场所火灾起数同比下降"
    assert other_noun_of_stem("全省人员密集场所火灾隐患同比涨了多少", sentence, before) is True
    for same in ("人员密集场所火灾同比降了多少", "火灾起数同比涨了多少", "火灾事故同比降了多少"):
        assert other_noun_of_stem(same, sentence, before) is False, same


def test_a_room_is_not_counted_in_chu():
    assert actor_not_counted("实验室", "处") is True
    assert actor_not_counted("实验室", "间") is False  # twin: its own classifier
    assert actor_not_counted("隐患", "处") is False


def test_short_forms():
    assert abbreviates("旧车", "旧电动自行车") and abbreviates("危化企业", "危险化学品企业")
    assert not abbreviates("专职消防队员", "专职安全管理人员")
    assert counts_measure("旧电动自行车", "旧车") is True
    assert counts_measure("专职安全管理人员", "专职消防队员") is False


def _head(answer: str) -> str:
    return answer.split("简报提到")[0].replace(" ", "")


def test_answers_on_the_extra_issues(extra_assistant):
    for question, has, lacks in (("张家港一共多少座储罐区", "23个", "1460"),
                                 ("张家港储罐多少个", "1460座", "23个"),
                                 ("江阴码头有几个", "26个", "412"),
                                 ("24年全省人员密集场所火灾隐患同比涨了多少", "12.6%", "8.4%"),
                                 ("全省人员密集场所火灾起数同比降了多少", "8.4%", "12.6%"),
                                 ("启东实验室整改了多少处", "1872处", "未给出"),
                                 ("启东红色实验室几间", "37间", "未给出"),
                                 ("宿迁回收了多少台旧电动车", "2.15万辆", "未给出"),
                                 ("宿迁回收了多少辆旧电动车", "2.15万辆", "未给出")):
        answer = extra_assistant.ask(question)
        head = _head(answer.answer)
        assert has in head and lacks not in head and not answer.refused, (question, answer.answer)
