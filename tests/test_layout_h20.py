"""The thirteenth extra issue (eval/extra_briefings/extra_2025_12.html, 2025年第12期): the issue's web page saved
from the site as HTML (GB18030 under a gb2312 meta, CRLF), with scripts, styles, a menu, a breadcrumb, the info line,
a footer and a hidden block around a TRS_Editor body whose spans split figures; and fresh pages of other shapes."""

from __future__ import annotations

import sys

import pytest
from support import EXTRA

from rag_assistant.ingest.html_page import html_to_text
from rag_assistant.ingest.load import SUPPORTED_SUFFIXES, discover, load_file
from rag_assistant.ingest.parse import parse_briefing

PAGE = EXTRA / "extra_2025_12.html"


def _briefing(path):
    doc = load_file(path)
    return parse_briefing(doc.text, doc.source)


def _paragraphs(briefing) -> list[str]:
    return [p for a in briefing.articles for p in a.paragraphs]


def test_the_page_is_a_corpus_file_read_by_its_meta_charset():
    assert {".html", ".htm"} <= set(SUPPORTED_SUFFIXES)
    assert PAGE in discover(EXTRA)
    doc = load_file(PAGE)
    assert doc.encoding == "gb18030" and "\r" not in doc.text


def test_the_page_gives_the_issue_its_date_and_four_articles():
    briefing = _briefing(PAGE)
    assert (briefing.issue, briefing.date, briefing.printed) == ("2025年第12期", "2025-04-30", "2025-05-06")
    assert [(a.section, a.title[:3]) for a in briefing.articles] == [
        ("工作动态", "全省“"), ("地方动态", "常熟市"), ("地方动态", "东台市"), ("地方动态", "高邮市")]
    assert not briefing.warnings


def test_scripts_styles_hidden_blocks_and_site_furniture_are_not_text():
    text = load_file(PAGE).text
    body = "\n".join(_paragraphs(_briefing(PAGE)))
    # <script>/<style> strings and a display:none block: never text, not even around the body.
    for unseen in ("doZoom", "睢宁", "12.8万次", "2300万元", "48万元", "SimSun", "line-height", "<", "&ldquo;", "&#"):
        assert unseen not in text, unseen
    # The menu (links only) is dropped whole; the rest of the site's lines are dropped by the parser.
    assert "机构概况" not in text
    for furniture in ("浏览次数", "发布时间", "政务公开", "网站地图", "ICP备", "版权所有", "分享到", "打印本页", "字体"):
        assert furniture not in body, furniture


def test_inline_runs_join_and_blocks_and_breaks_make_paragraphs():
    meeting, changshu, dongtai, gaoyou = _briefing(PAGE).articles
    body = "\n".join(_paragraphs(_briefing(PAGE)))
    # <span>12</span><span>6家</span>, <strong>3.6</strong>亿元, 约<strong>21</strong>万人: one figure each.
    for figure in ("大型商业综合体126家", "防汛物资价值3.6亿元", "加工企业4860余家", "从业人员约21万人", "停航指令63次"):
        assert figure in body, figure
    # <br> inside one <p> ends a line: each 一是…四是 point of 东台 is a paragraph of its own.
    assert [p[:7] for p in dongtai.paragraphs[1:5]] == ["一是建好监测网", "二是建好巡护网", "三是建好阻隔网", "四是建好扑救网"]
    assert meeting.paragraphs[-1] == "省防指拟于5月中旬组织开展全省防汛抢险综合演练。"
    # &#8220;/&#8221; and &#x3000; entities are the characters they name.
    assert changshu.title == "常熟市：“电气体检”防范纺织企业火灾风险"
    assert dongtai.paragraphs[0].startswith("东台市黄海森林公园林地面积约6.8万亩")


def test_a_table_is_one_line_per_row_with_its_two_level_header_folded():
    changshu = _briefing(PAGE).articles[1]
    rows = [p for p in changshu.paragraphs if "\t" in p]
    assert rows == ["镇（街道）\t检测企业（家）\t电气隐患（处）发现\t电气隐患（处）已整改",
                    "海虞镇\t1120\t3046\t2978", "古里镇\t864\t2318\t2260", "支塘镇\t697\t1905\t1871",
                    "合计\t2681\t7269\t7109"]


FRESH = """<html><head><meta charset="{charset}"><script>var t="访问量 99887 次";</script></head><body>
<nav><a href="/">首页</a> | <a href="/a">政务公开</a></nav>
<table width="980"><tr><td class="content">
<h2>江苏应急管理简报（2024年第30期）</h2>
<p align="center"><font size="3">江苏省应急管理厅办公室&nbsp;&nbsp;2024年10月25日</font></p>
<p><b>【地方动态】</b></p>
<p align="center"><b>溧阳市：&ldquo;三查三改&rdquo;推进农家乐燃气安全整治</b></p>
<p>&nbsp;&nbsp;溧阳市现有农家乐<font color="red">1</font><font>382家</font>，共排查燃气
隐患<b>2</b>416处。<o:p></o:p></p>
<ol start="2"><li>查管线。更换老化软管3100余米。</li><li>查报警。安装燃气报警器1290台。</li></ol>
<table border="1"><tr><td><p><span>乡镇</span></p></td><td><p>农家乐（家）</p></td></tr>
<tr><td><p>天目湖镇</p></td><td><p><span>6</span><span>12</span></p></td></tr></table>
<p style="visibility:hidden">投入资金3600万元。</p><div hidden>经费1200万元</div>
</td></tr></table></body></html>"""


@pytest.mark.parametrize("charset,encoding", [("gbk", "gbk"), ("gb2312", "gb18030"), ("utf-8", "utf-8")])
def test_a_fresh_page_in_a_layout_table_with_word_pasted_cells(tmp_path, charset, encoding):
    path = tmp_path / "page.htm"
    path.write_bytes(FRESH.format(charset=charset).encode(encoding))
    briefing = _briefing(path)
    assert (briefing.issue, briefing.date) == ("2024年第30期", "2024-10-25")
    (article,) = briefing.articles
    assert article.title == "溧阳市：“三查三改”推进农家乐燃气安全整治"
    # The layout table is read as blocks; the data table (one <p> per cell) as rows; a source line break between
    # Chinese characters is no space; an <ol> keeps the numbers a browser draws (from start=2).
    assert list(article.paragraphs) == ["溧阳市现有农家乐1382家，共排查燃气隐患2416处。", "2. 查管线。更换老化软管3100余米。",
                                         "3. 查报警。安装燃气报警器1290台。", "乡镇\t农家乐（家）", "天目湖镇\t612"]
    assert "99887" not in load_file(path).text and "万元" not in load_file(path).text


def test_the_declared_charset_yields_to_utf8_bytes_and_detection_covers_a_missing_one(tmp_path):
    page = "<html><body><p>江苏应急管理简报</p><p>全省共排查隐患1.2万处。</p></body></html>"
    wrong = tmp_path / "wrong.html"  # re-encoded as UTF-8 by the browser, the old gb2312 meta kept
    wrong.write_bytes(page.replace("<body>", '<head><meta charset="gb2312"></head><body>').encode("utf-8"))
    bare = tmp_path / "bare.html"  # GBK with no declaration at all
    bare.write_bytes(page.encode("gbk"))
    for path in (wrong, bare):
        assert load_file(path).text == "江苏应急管理简报\n\n全省共排查隐患1.2万处。\n", path.name
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><html><body><p>一</p></body></html>') == "一\n"


def test_the_upload_accepts_a_saved_page(tmp_path):
    from rag_assistant.settings import load_settings
    from rag_assistant.web.upload import UploadRejected, save_upload

    corpus = tmp_path / "briefings"
    corpus.mkdir()
    settings = load_settings().replace(corpus_dir=corpus, index_dir=tmp_path / "index")
    saved = save_upload(PAGE, "简报2025年第12期.html", settings)
    assert saved.parent == corpus and saved.suffix == ".html" and load_file(saved).text == load_file(PAGE).text
    with pytest.raises(UploadRejected, match=r"仅支持 .*\.html"):
        save_upload(PAGE, "page.shtml", settings)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
