"""Which figure answers: the asked noun's words and unit, short forms, negations and absent measures, on the
real bundled briefings and (for measures only they print) the two extra issues of eval/extra_briefings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import BUNDLED, EXTRA, squash
from rag_assistant.numbers import contains_figure

LATEST = "003_07edcc791e64548a.txt"
JIANGSU_16 = "001_9ab1dbcf5bb79156.txt"
BINHAI = "004_91fdd76356558e47.txt"


def raw(path: Path) -> str:
    return squash(path.read_text(encoding="utf-8"))


def lead(answer) -> str:
    """The answer's first sentence or clause: what it claims as the answer (a partial answer's "简报未给出…")."""
    return squash(re.split(r"[。；]", answer.answer)[0])



def test_sides_naming_two_kinds_get_the_figure_whose_words_name_each_kind(assistant):
    text = raw(BUNDLED / LATEST)
    assert "创建137家省先进级智能工厂，27家企业获评5G工厂" in text  # one sentence, the 工厂 kinds in order
    a = assistant.ask("南通六化建设里，智能工厂和5G工厂哪个多？")
    body = squash(a.answer)
    assert "137家" in body and "27家" in body, a.answer
    assert "智能工厂多于5G工厂" in body, a.answer


def test_a_common_noun_tagged_as_a_place_is_still_the_counted_thing(assistant):
    assert "全市103个镇街全部明确副书记（主任）主管安全" in raw(BUNDLED / LATEST)
    a = assistant.ask("南通多少个镇街明确了副书记（主任）主管安全？")
    assert not a.refused and "未给出" not in a.answer, a.answer
    assert "103个" in lead(a), a.answer


def test_the_texts_short_form_answers_the_full_word(assistant):
    text = raw(BUNDLED / JIANGSU_16)
    assert "抓获嫌疑人8人、刑拘2人" in text and "刑事拘留" not in text
    a = assistant.ask("无锡巡察刑事拘留了几个人？")
    assert "刑拘2人" in lead(a) and "8人" not in lead(a), a.answer


def test_a_count_whose_noun_follows_the_unit_is_answered(assistant):
    assert "聘请省级专家 175 人次开展深度检查" in open(BUNDLED / "000_c4edaeb9e379b5d7.txt", encoding="utf-8").read()
    a = assistant.ask("南通打非治违请了多少人次省级专家？")  # the noun after 人次, its attribute 省级 tagged b
    assert not a.refused and "175人次" in lead(a), a.answer


def test_each_part_of_a_two_question_message_gets_its_own_figure(assistant):
    text = raw(BUNDLED / LATEST)
    assert "配备在编监管人员921人，划分巡查单元6570个" in text and "《职工安全应知应会手册》20万册" in text
    a = assistant.ask("南通多少个镇街明确了副书记主管安全？在编监管人员配了多少？")
    assert "103个" in squash(a.answer) and "921人" in squash(a.answer), a.answer
    b = assistant.ask("南通安全口袋书印了多少本？应知应会手册呢？")
    assert "8万余册" in squash(b.answer) and "20万册" in squash(b.answer), b.answer


def test_two_parts_over_one_sentence_get_two_figures(assistant):
    assert "对全市21021家生产经营单位报告的39777条较大以上风险" in raw(BUNDLED / "002_ca7909b6935f5c44.txt")
    a = assistant.ask("徐州多少家单位报了较大以上风险？一共报了多少条？")
    assert "21021家" in squash(a.answer) and "39777条" in squash(a.answer), a.answer
    assert squash(a.answer).count("生产经营单位报告的") == 1, a.answer  # overlapping windows are one span


def test_fenbie_after_a_plural_answers_a_per_unit_question(assistant):
    assert "13个镇街（园区）分别明确1名分管负责人" in raw(BUNDLED / LATEST)
    a = assistant.ask("靖江每个镇街明确了几名分管负责人当专人？")
    assert not a.refused and "1名" in lead(a), a.answer


def test_yes_no_asking_whether_all_is_done_answers_no_when_less_is_done_than_planned(extra_assistant):
    from rag_assistant.answer.compose import falls_short

    assert "全年计划关闭小散矿山6座，目前已关闭4座" in raw(EXTRA / "extra_2025_09.txt")
    a = extra_assistant.ask("徐州计划关闭的小散矿山都关完了吗？")
    assert a.answer.startswith("没有") and "4座" in squash(a.answer), a.answer
    sentence = "2025 年度，全市已有 343 家企业落实隐患报告奖励机制，共消除事故隐患 1620 条，拟发放奖励金额 175.1 万元，已发放奖励金额 23.47 万元。"
    assert squash(sentence) in raw(BUNDLED / JIANGSU_16)
    assert falls_short("宿迁的奖励都发下去了吗？", sentence)
    assert not falls_short("宿迁的奖励发了吗？", sentence)  # not a question whether all is done


def test_yes_no_answers_no_when_the_text_negates_the_asked_action(assistant):
    assert "半年内不再对已实施“三位一体”执法检查的单位开展常规检查" in raw(BUNDLED / BINHAI)
    a = assistant.ask("扬州查过三位一体的单位，半年内还会再开展常规检查吗？")
    assert a.answer.startswith("不"), a.answer
    b = assistant.ask("扬州的三位一体执法检查有没有专家参与？")  # the text says 执法+专家: still yes
    assert b.answer.startswith("有"), b.answer


def test_a_count_in_qi_of_something_else_is_a_figure_not_a_list_of_issues(extra_assistant):
    assert "平台发布大风预警信息46期" in raw(EXTRA / "extra_2024_08.txt")
    a = extra_assistant.ask("盐城的渔船监控平台发布了多少期大风预警？")
    assert "46期" in lead(a), a.answer
    b = extra_assistant.ask("2024年出了几期简报？")  # 期 of briefings: still the list of issues
    assert "2024年第8期" in b.answer and "2024年第21期" in b.answer, b.answer


def test_who_has_more_with_words_between_shei_and_duo_compares_both_places(extra_assistant):
    assert "组织46名省市专家" in raw(EXTRA / "extra_2024_08.txt")
    assert "聘请35名化工专家" in raw(EXTRA / "extra_2024_21.txt")
    a = extra_assistant.ask("镇江和连云港石化基地，谁聘请的专家多？")
    body = squash(a.answer)
    assert "46名" in body and "35名" in body and "镇江多于连云港" in body, a.answer


@pytest.mark.parametrize("question,total", [
    ("常州粉尘涉爆企业的事故同比下降了多少？", "1342家"),      # a count is not a change
    ("宿迁电动自行车以旧换新每辆车补贴多少钱？", "983万元"),    # a total is not a rate per vehicle
    ("连云港石化产业基地的年产值是多少？", "68家"),            # 产值 asks money; the article has none
])
def test_a_figure_that_is_not_the_asked_measure_is_not_given_as_the_answer(extra_assistant, question, total):
    assert total in raw(EXTRA / "extra_2024_08.txt") + raw(EXTRA / "extra_2024_21.txt")
    a = extra_assistant.ask(question)
    assert total not in lead(a), a.answer
    assert a.refused or "未给出" in lead(a), a.answer


def test_a_common_word_the_title_lacks_does_not_narrow_an_open_answer_to_context_sentences(assistant):
    special = raw(BUNDLED / "002_ca7909b6935f5c44.txt")
    leads = ["筑牢安全根基。", "强整治。", "广宣传。", "夯实基础。", "建队伍。"]  # the 连云港 section's lead phrases
    assert all(lead in special for lead in leads) and "今年9月以来，连云港市97个镇街" in special
    a = assistant.ask("连云港是怎么抓安全生产的？")  # 生产 is in most articles: no part of this one
    lines = [line for line in a.answer.splitlines() if re.search(r"\[\d+\]", line)]
    # each lead phrase heads one cited point (shown as 强整治：… since lead phrases count as points)
    assert len(lines) >= 4 and all(any(squash(lead.rstrip("。")) in squash(line) for line in lines) for lead in leads[:4]), a.answer
    assert "今年9月以来" not in a.answer  # the article's context sentence is not one of its points
    b = assistant.ask("无锡的专项巡察在专业力量上是怎么保障的？")  # a real part of an article still narrows
    assert "专家咨询组" in b.answer and "实地走访" not in b.answer, b.answer


@pytest.mark.parametrize("question,given", [
    ("南通六化建设配了多少辆执法车？", "22处"),          # 执法车 is the counted noun, not its 车 (in 电动自行车)
    ("扬州三位一体执法检查罚款占比多少？", "282.87万元"),  # 罚款占比 asks a ratio, not the 罚款 amount
    ("南通一共有多少物联感知设备？", "2030套"),           # a 新增 figure is not the total asked by 一共
])
def test_a_figure_of_another_measure_in_the_article_is_not_the_answer(assistant, question, given):
    assert given in raw(BUNDLED / LATEST) + raw(BUNDLED / BINHAI)
    a = assistant.ask(question)
    assert given not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer


def test_a_qualified_question_still_gets_its_own_figure(assistant):
    a = assistant.ask("南通新增了多少套物联感知设备？")
    assert "2030套" in lead(a), a.answer
    b = assistant.ask("宿迁计划发放多少奖励金？")  # 计划 = 拟: the 拟发放 figure, not the 已发放 one
    assert "175.1万元" in lead(b) and "23.47" not in lead(b), b.answer


@pytest.mark.parametrize("question,given,source", [
    ("靖江划分了多少个农业巡查单元？", "工业巡查单元268个", LATEST),          # another kind of the same head
    ("宿迁有多少家危化品生产企业建立了事故隐患报告制度？", "374家危化品经营企业", JIANGSU_16),  # 经营, not 生产
    ("南通六化建设装了多少个AI摄像头？", "400多个充电点配备AI摄像头", LATEST),  # the figure counts 充电点
])
def test_a_figure_counting_another_kind_or_thing_does_not_answer(assistant, question, given, source):
    assert given in raw(BUNDLED / source)
    a = assistant.ask(question)
    figure = re.search(r"\d+", given).group(0)
    assert figure not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer


def test_a_figure_of_a_sibling_head_does_not_answer_but_the_named_one_does(extra_assistant):
    assert "配备专职消防队员260人" in raw(EXTRA / "extra_2024_21.txt")
    a = extra_assistant.ask("连云港石化基地有多少名专职安全管理人员？")  # 管理人员 vs 消防队员
    assert "260" not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer
    b = extra_assistant.ask("连云港石化基地配备了多少名专职消防队员？")
    assert "260人" in lead(b), b.answer


@pytest.mark.parametrize("question,given", [
    ("靖江划分了多少个住宅巡查单元？", "942个"),
    ("宿迁有多少家危化品经营企业建立了事故隐患报告制度？", "374家"),
    ("宿迁有多少家化工企业建立了隐患报告制度？", "54家"),
    ("南通打造了多少处电动自行车充电示范点？", "22处"),
])
def test_the_kind_the_text_names_is_still_answered(assistant, question, given):
    a = assistant.ask(question)
    assert given in lead(a), a.answer


def test_a_year_no_briefing_has_must_be_said_by_the_figures_sentence(assistant):
    text = raw(BUNDLED / "000_c4edaeb9e379b5d7.txt")
    assert "全市累计排查企业31933家" in text and "2024年" not in text
    a = assistant.ask("南通2024年累计排查企业多少家？")  # the count is of the 2025 campaign
    assert "31933" not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer
    b = assistant.ask("南通累计排查企业多少家？")
    assert "31933家" in lead(b), b.answer


def test_a_planned_figure_is_not_the_current_total(assistant):
    assert "2021年预计新增和调整80人充实到全县安全监管队伍" in raw(BUNDLED / BINHAI)
    a = assistant.ask("滨海县安全监管队伍现在一共多少人？")  # 现在 asks what is; 预计 is a plan
    assert "80人" not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer
    b = assistant.ask("滨海县2021年预计新增和调整多少人充实安全监管队伍？")
    assert "80人" in lead(b), b.answer
    c = assistant.ask("宿迁现在发了多少奖励金？")  # 现在 = 已: the 已发放 figure, not the 拟发放 one
    assert "23.47万元" in lead(c) and "175.1" not in lead(c), c.answer


def test_a_campaign_named_in_the_question_is_answered_from_its_own_article(assistant):
    other = raw(BUNDLED / JIANGSU_16)  # the 2025年第16期 南通 article names 打非治违 among its themes
    assert "打非治违等4个主题" in other and "累计开展警示教育和安全培训23.7万人次" in other
    campaign = raw(BUNDLED / "000_c4edaeb9e379b5d7.txt")
    assert "聘请省级专家175人次开展深度检查" in campaign and "组织专题培训会9场次" in campaign
    a = assistant.ask("南通打非治违一共培训了多少人次？")  # its own article counts 培训 only in 场次
    assert not re.search(r"23\.7|175|2\.8", lead(a)) and (a.refused or "未给出" in lead(a)), a.answer
    b = assistant.ask("南通打非治违组织了几场专题培训会？")
    assert "9场次" in lead(b), b.answer
    c = assistant.ask("南通危化行业累计开展警示教育和安全培训多少人次？")
    assert "23.7万人次" in lead(c), c.answer


def test_a_compound_measure_with_a_verb_inside_finds_its_total(extra_assistant):
    assert "累计建成充电端口12.6万个" in raw(EXTRA / "extra_2024_21.txt")
    a = extra_assistant.ask("宿迁一共建成多少个电动车充电端口？")  # 电动车充电端口, not 电动车
    assert "12.6万个" in lead(a), a.answer


def test_a_broader_count_does_not_answer_a_narrower_kind(assistant):
    special = raw(BUNDLED / "002_ca7909b6935f5c44.txt")
    assert "548家危化品企业" in special and "危化品生产企业" not in special
    a = assistant.ask("苏州有多少家危化品生产企业？")  # 548 counts every 危化品企业, not only 生产
    assert "548" not in lead(a) and (a.refused or "未给出" in lead(a)), a.answer
    b = assistant.ask("苏州有多少家危化品企业？")
    assert "548家" in lead(b), b.answer


def test_compare_sides_take_two_figures_and_a_clause_shares_the_noun_before_it(assistant):
    m = re.search(r"查处企业(\d+家)，立案(\d+家)", raw(BUNDLED / "002_ca7909b6935f5c44.txt"))
    checked, filed = m.group(1), m.group(2)  # 立案224家 counts the 企业 of 查处企业557家
    a = assistant.ask("连云港查处企业和立案企业，哪个数多？")
    assert contains_figure(a.answer, checked) and contains_figure(a.answer, filed), a.answer
    assert "未给出" not in a.answer and "相同" not in a.answer, a.answer


@pytest.mark.parametrize("question, figure, other", [
    ("一季度全省事故死了多少人？死亡人数同比降了多少？", "9.8%", "12.4%"),
    ("一季度全省死亡人数同比下降了多少？", "9.8%", "12.4%"),
    ("一季度全省事故起数同比下降了多少？", "12.4%", "9.8%"),
])
def test_figures_listed_after_fenbie_answer_for_the_counts_listed_before_them_in_order(extra_assistant, question,
                                                                                      figure, other):
    assert "发生生产安全事故268起、死亡231人，同比分别下降12.4%和9.8%" in raw(EXTRA / "extra_2025_09.txt")
    a = extra_assistant.ask(question)
    assert figure in a.answer and other not in a.answer, a.answer
    # the verifier pairs them the same way: the answer's 同比下降9.8% of the deaths is supported by the quote
    assert a.unsupported_numbers == () and not [c for c in a.claims if c.status == "unsupported"], a.claims


def test_a_year_asked_in_one_part_takes_the_next_years_review_of_that_year(extra_assistant):
    # extra_2026_03 (2026年第3期) reviews 2025: 2025年全省…死亡894人; 2025年第9期 has only 一季度…死亡231人
    assert "2025年全省共发生生产安全事故1036起、死亡894人" in raw(EXTRA / "extra_2026_03.txt")
    a = extra_assistant.ask("2025年全省事故死了多少人？死亡人数同比降了多少？")
    assert contains_figure(a.answer, "894人") and "8.7%" in a.answer, a.answer
    assert not contains_figure(a.answer, "231人"), a.answer  # a quarter's deaths do not answer the year's
