"""The tenth extra issue (eval/extra_briefings/extra_2025_04.md, 2025年第4期): the issue's web page saved as Markdown,
with the site's breadcrumb, menu, info line (发布时间/浏览次数) and footer around a body in Markdown syntax."""

from __future__ import annotations

from support import BUNDLED, EXTRA

from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.markdown import looks_like_markdown, markdown_to_text
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.webpage import is_web_furniture

MD = EXTRA / "extra_2025_04.md"


def _briefing(path):
    doc = load_file(path)
    return parse_briefing(doc.text, doc.source)


def test_the_page_gives_the_issue_and_its_own_date_not_the_web_publish_date():
    briefing = _briefing(MD)
    assert (briefing.issue, briefing.date) == ("2025年第4期", "2025-02-21")
    assert [a.title[:3] for a in briefing.articles] == ["全省节", "江阴市", "邳州市", "盐城市"]
    assert not briefing.warnings


def test_site_furniture_is_not_body_text():
    text = "\n".join(p for a in _briefing(MD).articles for p in a.paragraphs)
    for furniture in ("浏览次数", "发布时间", "政务公开", "网站地图", "ICP备", "分享到", "打印本页", "字体", "uploadfiles",
                      "](", "&ldquo;", "<br>", "**", "|"):
        assert furniture not in text, furniture


def test_wrapped_lines_join_and_lists_and_table_rows_are_blocks():
    briefing = _briefing(MD)
    meeting, jiangyin, pizhou, dafeng = briefing.articles
    # A soft break is no break: the wrapped 会议通报 paragraph is one paragraph again.
    assert any(p.startswith("会议通报") and p.endswith("重点监管的危险化学品企业已复工1867家。") for p in meeting.paragraphs)
    assert any(p.startswith("2. 联合执法强监管。组建") for p in jiangyin.paragraphs)  # the list number is kept
    assert "• 消防提升。在重点园区组建专职消防队9支、建成微型消防站64个，实现板材集中区“5分钟到场”。" in pizhou.paragraphs
    assert "新河镇木业园\t836\t1572\t1530" in pizhou.paragraphs
    # <br> ends a line; the rest of the 一是…四是 paragraph stays joined.
    assert any(p.startswith("三是人员培训到位") and "四是应急演练到位" in p for p in dafeng.paragraphs)


def test_markdown_rendering_of_a_fresh_page():
    page = ("[首页](/) > [信息公开](/a) > [工作动态](/b)\n\n* [首页](/)\n* [通知公告](/c)\n\n"
            "## 常州市：&ldquo;三个一&rdquo;抓实化工园区安全\n\n**一是摸排。**全市排查\n企业1200家。<br/>二是整改。\n\n"
            "![](/img/1.png)\n\n| 区 | 企业（家） |\n|:--|--:|\n| 武进 | 300 |\n\n点击数：88\n\n网站标识码：3204000001\n")
    assert markdown_to_text(page).split("\n\n") == [
        "常州市：“三个一”抓实化工园区安全", "一是摸排。全市排查企业1200家。", "二是整改。", "区\t企业（家）", "武进\t300",
        "点击数：88", "网站标识码：3204000001\n"]
    assert is_web_furniture("点击数：88") and is_web_furniture("网站标识码：3204000001")
    assert markdown_to_text("Safety first\nfor all\n") == "Safety first for all\n"  # Latin words keep a space


def test_typed_briefings_are_not_read_as_markdown(tmp_path):
    for path in sorted(BUNDLED.glob("*.txt")) + sorted(EXTRA.glob("*.txt")):
        assert not looks_like_markdown(path.read_text(encoding="utf-8-sig"), ".txt"), path.name
    # A .md typed like a .txt (one line per paragraph, no syntax) keeps its lines.
    plain = "江苏应急管理简报\n2025年第5期\n第一段。\n第二段。\n"
    (tmp_path / "plain.md").write_text(plain, encoding="utf-8")
    assert load_file(tmp_path / "plain.md").text == plain
    # The same web page copied into a .txt is rendered as the .md is.
    (tmp_path / "page.txt").write_text(MD.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_file(tmp_path / "page.txt").text == load_file(MD).text


def test_web_furniture_lines_never_match_briefing_lines():
    for path in sorted(BUNDLED.glob("*.txt")) + sorted(EXTRA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert not [line for line in lines if is_web_furniture(line)], path.name


def test_a_bulleted_list_is_an_enumeration():
    # The 邳州 article's points are a Markdown bullet list with bold leads (分级管控。…); without the bullet the
    # leads were not read as points (two of the three name no measure verb) and the open answer lost them.
    from rag_assistant.answer.enumeration import top_run

    pizhou = _briefing(MD).articles[2]
    text = "\n".join(pizhou.paragraphs)
    assert [m.label for m in top_run(text)] == ["•", "•", "•"]
    assert [m.value for m in top_run("引言。\n• 查通道，清理通道。\n• 查电气，更换电线。\n附表如下：\n● 单列一项。")][:2] == [1, 2]


def test_the_eval_scores_a_markdown_file_against_its_rendered_text(tmp_path):
    from rag_assistant.evaluation.corpus import read_source
    from rag_assistant.evaluation.score import quote_in_source

    text = read_source(EXTRA, MD.name, {})
    assert quote_in_source("对26个码头和412座储罐逐一建立“一码头一档案”", text)
    assert quote_in_source("官湖镇板材产业园\t1120\t2486\t2395", text)


def test_an_html_table_left_in_the_page_is_read_row_by_row():
    # Converters keep a complex table as HTML; its cells came out one per block (镇 / 企业（家） / … / 120 / 340).
    page = ("## 海安市：排查整治\n\n<table>\n<tr><th>镇</th><th>企业（家）</th></tr>\n<tr><td>城东镇</td><td>120</td></tr>\n"
            "</table>\n\n<p>点击数：88&nbsp;次</p>\n")
    assert markdown_to_text(page).split("\n\n") == ["海安市：排查整治", "镇\t企业（家）", "城东镇\t120", "点击数：88 次\n"]
