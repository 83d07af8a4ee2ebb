"""The eighth extra issue (eval/extra_briefings/extra_2025_30.pdf, 2025年第30期): a text-layer PDF whose issue line
and running header are in Chinese numerals (二〇二五年第三十期), whose titles are led by ◆, whose tables wrap their
cells over several printed lines, with an annex (附件) after the articles, and figures written as shares in tenths
(近两成, 六成以上)."""

from __future__ import annotations

from support import EXTRA

from rag_assistant.ingest.furniture import strip_furniture
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.wrapped_cells import rebuild_wrapped_tables
from rag_assistant.numbers import contains_figure, extract_figures

PDF = EXTRA / "extra_2025_30.pdf"


def _parsed():
    return parse_briefing(load_file(PDF).text, PDF.name)


def test_wrapped_cells_are_rebuilt_as_rows_under_a_merged_header():
    # pypdf gives each printed line of a cell its own line: 排查隐患（ / 处）, …与监管 / 平台联网. The bare 96 and 74
    # looked like page numbers and were dropped; the row fragments became four articles of their own.
    article = next(a for a in _parsed().articles if "宜兴" in a.title)
    assert "镇（街道）\t燃气窑炉企业（家）\t排查隐患（处）\t主要做法" in article.paragraphs
    assert "丁蜀镇\t312\t2260\t推行“一窑一码”，报警装置与监管平台联网" in article.paragraphs
    assert "周铁镇\t96\t680\t村企共建燃气巡查队，每周夜查一次" in article.paragraphs


def test_a_wrapped_table_needs_a_header_of_its_rows_width():
    lines = ["会议要求：", "南京市", "12", "各地要抓好", "苏州市", "15", "落实"]
    assert rebuild_wrapped_tables(lines) == lines


def test_annex_bullets_and_a_chinese_numeral_running_header():
    briefing = _parsed()
    titles = [a.title for a in briefing.articles]
    assert titles == ["全省岁末年初安全生产暨冬春火灾防控工作部署会召开", "镇江丹阳市：“三进三送”守牢眼镜产业集聚区消防安全",
                      "无锡宜兴市：陶瓷窑炉企业燃气安全专项整治", "徐州沛县：“巡查码”织密农村自建房安全网",
                      "部分设区市岁末年初安全检查情况（截至11月30日）"], titles
    assert briefing.articles[-1].section == "附件"
    assert "苏州市\t5.8万\t7.3万\t6.9万\t工贸企业有限空间、粉尘涉爆和出租厂房" in briefing.articles[-1].paragraphs
    assert "二〇二五年第三十期" not in strip_furniture(load_file(PDF).text).split("印发")[0].split("本期导读")[1]


def test_a_share_in_tenths_is_a_percentage():
    assert [(f.surface, f.value, f.unit) for f in extract_figures("同比下降近两成，占到六成以上")] == [
        ("两成", 20, "%"), ("六成", 60, "%")]
    assert [f.surface for f in extract_figures("一成不变，形成合力，建成12个")] == ["12个"]
    assert contains_figure("较大事故起数同比下降近两成", "近两成")


def test_figures_of_the_new_issue_are_answered(extra_assistant):
    a = extra_assistant.ask("较大事故起数同比降了多少？")
    assert "近两成" in a.answer and "2025年第30期" in a.answer, a.answer
    a = extra_assistant.ask("附件里苏州岁末年初检查了多少家次？")
    assert "5.8万" in a.answer and not a.answer.startswith("简报未给出"), a.answer


def test_going_to_the_place_ends_the_counted_noun():
    # jieba's dictionary tags 上门 as a place: 几个检查小组上门查… counted 小组上门, which no sentence says.
    from rag_assistant.answer.measure import measure_of

    # (round 27: a nominal verb before a noun is the compound's modifier, so 检查 stays, as the text says 检查小组)
    assert measure_of("丹阳组了几个检查小组上门查眼镜企业") == "检查小组"
    assert measure_of("派了几个专家组上门指导企业") == "专家组"
    assert measure_of("多少个镇街开展了检查") == "镇街"


def test_a_count_asked_before_a_going_to_verb_is_answered(extra_assistant):
    a = extra_assistant.ask("丹阳组了几个检查小组上门查眼镜企业？")
    assert "四十六个" in a.answer and not a.answer.startswith("简报未给出"), a.answer


def test_full_width_digits_are_the_same_search_words():
    from rag_assistant.index.store import bm25_tokens

    assert bm25_tokens("安装装置２１５０套，整改率９６．８％") == bm25_tokens("安装装置2150套，整改率96.8%")


def test_a_stated_count_is_not_checked_against_money_for_the_same_thing(extra_assistant):
    # 出资３６５０万元，为…企业安装燃气泄漏报警和自动切断装置２１５０套: the money's next words name the 装置 too.
    a = extra_assistant.ask("宜兴安装了2150套燃气泄漏报警和自动切断装置吗？")
    assert a.answer.startswith("是") and "2150套" in a.answer, a.answer


def test_a_time_said_as_since_answers_when_it_began(extra_assistant):
    # 今年６月以来，宜兴市开展…专项整治: 以来 says the start; the asked 开始 is not a word the sentence must hold.
    a = extra_assistant.ask("宜兴的专项整治几月份开始的？")
    assert "6月以来" in a.answer and not a.answer.startswith("简报未给出"), a.answer
