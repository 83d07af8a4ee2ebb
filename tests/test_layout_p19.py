"""The tenth extra issue (eval/extra_briefings/extra_2026_10.pdf, 2026年第10期): a PDF exported from Word/WPS whose
ToUnicode map names common ideographs by Kangxi radicals and compatibility ideographs (工 → ⼯, 日 → ⽇, 理 → 理),
whose 分散对齐 lines extract with a space after every character, and whose digits and punctuation mix full and
half width; plus a question naming another place's campaign (a quoted name of an article title)."""

from __future__ import annotations

import re

from support import EXTRA

from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.pdf import close_spread_lines
from rag_assistant.text import clean_question, fold_glyphs

PDF = EXTRA / "extra_2026_10.pdf"
_VARIANT_RE = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff]")


def test_radical_and_compatibility_forms_fold_and_nothing_else():
    assert fold_glyphs("安全⽣产⼯作2026年3⽉20⽇，应急管理，⻓江⻔⼝") == "安全生产工作2026年3月20日，应急管理，长江门口"
    kept = "（一）【工作动态】：％①㎡２０２６Ａ級"  # full-width marks, circled digits, units and traditional forms stay
    assert fold_glyphs(kept) == kept
    assert clean_question("⾦坛锂电企业有多少家？") == "金坛锂电企业有多少家？"  # a question pasted from such a PDF


def test_spread_lines_are_closed_up_but_not_rows_of_digits():
    text = "全 省 春 季 会 议\n 1 9 家 Ａ 级 景 区 \n1 2 3 4\n目 　 　 录\n新河镇 420 1630"
    assert close_spread_lines(text).split("\n") == ["全省春季会议", "19家Ａ级景区", "1 2 3 4", "目　　录", "新河镇 420 1630"]


def test_the_exported_pdf_reads_as_the_page():
    text = load_file(PDF).text
    assert not _VARIANT_RE.search(text), _VARIANT_RE.findall(text)[:10]
    assert "2026年3月20日" in text and "全省共发生生产安全事故96起" in text
    assert "截至3月15日，句容市已完成19家Ａ级景区安全复查。" in text  # the 分散对齐 paragraph, closed up


def test_the_exported_pdf_parses_into_its_issue_and_four_articles():
    briefing = parse_briefing(load_file(PDF).text, PDF.name)
    assert (briefing.issue, briefing.date, briefing.printed) == ("2026年第10期", "2026-03-20", "2026-03-23")
    assert [a.title for a in briefing.articles] == [
        "全省春季森林防灭火暨清明假期安全防范工作视频会议召开", "南京江北新区:“智慧工地”管住建筑起重机械",
        "镇江句容市：乡村旅游景区节假日安全“四个到位”", "常州市金坛区：锂电新能源企业消防安全“五个一”"]
    assert not briefing.warnings, briefing.warnings


def test_a_txt_file_with_radical_forms_loads_folded(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text("江苏应急管理简报\n2026年第12期\n如东县检查运维船舶86艘，⽣产安全⼯作。\n", encoding="utf-8")
    assert "生产安全工作" in load_file(path).text


def test_the_new_issue_and_another_places_campaign_are_answered(extra_assistant):
    a = extra_assistant.ask("句容景区搞了多少场应急演练？")
    assert "64场次" in a.answer and a.citations[0].source == PDF.name, a.answer
    # “三张清单” is in the title of 无锡's article (2026年第3期) and only in the text of 沭阳's: the question names 沭阳.
    a = extra_assistant.ask("沭阳建立“三张清单”后一共排查出多少处隐患？")
    assert "5270处" in a.answer and not a.refused, a.answer
    # “智慧工地” is in the title of 江北新区's article (this issue) and in the text of 泰州's (2026年第3期).
    a = extra_assistant.ask("泰州智慧工地建设补助已经下拨了多少钱？")
    assert "320万元" in a.answer and not a.refused, a.answer


def test_the_fixture_rebuilds_byte_for_byte(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_extra_2026_10", EXTRA.parent / "make_extra_2026_10.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(tmp_path / "rebuilt.pdf").read_bytes() == PDF.read_bytes()


def test_a_time_built_on_the_asked_event_does_not_answer_when():
    from rag_assistant.answer.times import answer_times

    question = "徐州端午假期安全防范视频调度会是哪天开的？"
    assert not answer_times("会议分析了近期安全形势，部署端午假期前后水上交通安全工作。", question)  # was 端午假期前后
    assert [f.surface for f in answer_times("6月10日，徐州市端午假期安全防范视频调度会召开。", question)] == ["6月10日"]
