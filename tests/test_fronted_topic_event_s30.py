"""A topic said before a comma and asked about after it (fronted_topic.py), and the meeting a question names as the
source of a figure (named_event.py), on the extra issues (eval/extra_briefings/): 2024年第8期 盐城 出台渔船安全设备
更新补贴办法，2024 年拟发放补贴资金 1260 万元，目前已发放 845 万元; 2024年第27期 全省城镇燃气安全专项整治工作推进会:
完成老旧燃气管道更新改造3260公里…2025年拟再改造老旧管道2800公里; 2025年第24期 全省城市生命线安全工程建设推进会:
截至8月底，全省已完成燃气老旧管网改造2860公里."""

from __future__ import annotations

from rag_assistant.answer.fronted_topic import glue_fronted_topic
from rag_assistant.answer.named_event import event_words, of_named_event
from rag_assistant.answer.segments import asking_segments


def test_a_questionless_fronted_topic_joins_its_ask():
    assert len(asking_segments("盐城渔船安全设备更新补贴，25年打算发多少钱？")) == 1
    assert len(asking_segments("渔船补贴，盐城目前发了多少")) == 1
    # twins: two asks stay two; an elliptic later clause and a distributed list keep their reading
    assert len(asking_segments("排查了多少家企业，发现隐患多少处？")) == 2
    assert len(asking_segments("东台黄海森林公园护林员队伍多大？高邮湖旅游船一共几艘")) == 2  # ？ ends an ask
    assert glue_fronted_topic("高层建筑有多少幢，超高层呢", ["高层建筑有多少幢", "超高层呢"]) == ["高层建筑有多少幢", "超高层呢"]
    assert glue_fronted_topic("化工企业，医药企业分别多少家", ["化工企业", "医药企业分别多少家"]) == ["化工企业", "医药企业分别多少家"]


def test_the_named_meeting_words():
    assert set(event_words("燃气专项整治推进会上说2025年已经改造了多少公里老旧燃气管道？")) == {"专项", "整治"}
    assert event_words("2025年已经改造了多少公里老旧燃气管道？") == ()  # twin: no meeting named
    q = "燃气专项整治推进会上说老旧管网改了多少公里？"
    assert not of_named_event(q, "全省城市生命线安全工程建设推进会召开", "截至8月底，全省已完成燃气老旧管网改造2860公里")
    assert of_named_event(q, "全省城镇燃气安全专项整治工作推进会召开", "完成老旧燃气管道更新改造3260公里")


def test_answers_on_the_extra_issues(extra_assistant):
    ask = lambda q: extra_assistant.ask(q).answer  # noqa: E731
    # another year than the text's plan: refused, not answered by 2024's figure
    a = ask("盐城渔船安全设备更新补贴，25年打算发多少钱？")
    assert a.startswith("简报"), a
    # twins: the stated year and the paid stage are answered
    assert "1260" in ask("盐城渔船安全设备更新补贴，2024年打算发多少钱？")
    assert "845" in ask("渔船补贴，盐城目前发了多少")
    # the named meeting: its own figure, another meeting's not
    a = ask("燃气专项整治推进会上说2025年已经改造了多少公里老旧燃气管道？")
    assert "2860" not in a and "简报中未找到" in a, a
    assert "3260" in ask("燃气专项整治推进会上说老旧燃气管道改了多少公里？")
    assert "2860" in ask("生命线推进会上说老旧管网改了多少公里")
    assert "2860" in ask("截至8月底全省燃气老旧管网改造了多少公里")
    # the meeting binds the sentence that names it, not a second asked sentence
    a = ask("燃气专项整治推进会上说老旧管网改了多少公里？江阴专家进企业截至9月底已服务多少家")
    assert "1126" in a and "2860" not in a, a
