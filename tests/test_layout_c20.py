"""The thirteenth extra issue (eval/extra_briefings/extra_2025_24.txt, 2025年第24期): the issue as the 「江苏应急管理」
WeChat public account re-posted it, copied into a .txt (post title and info line, 点击上方蓝字关注我们, separators,
emoji, `01 | 工作动态` headings, image captions, zero-width and thin spaces, and the post's tail with 往期推荐)."""

from __future__ import annotations

from support import BUNDLED, EXTRA

from rag_assistant.evaluation.score import quote_in_source
from rag_assistant.ingest.load import load_file
from rag_assistant.ingest.parse import parse_briefing
from rag_assistant.ingest.wechat import looks_like_wechat_post, strip_wechat_furniture
from rag_assistant.text import clean_question, fold_glyphs

POST = EXTRA / "extra_2025_24.txt"


def _briefing(path):
    doc = load_file(path)
    return parse_briefing(doc.text, doc.source)


def test_the_post_gives_the_issue_and_its_masthead_date_not_the_post_time():
    briefing = _briefing(POST)
    assert (briefing.issue, briefing.date) == ("2025年第24期", "2025-09-26")
    assert [(a.section, a.title[:5]) for a in briefing.articles] == [
        ("工作动态", "全省城市生"), ("地方动态", "南京市六合"), ("地方动态", "苏州市吴江"), ("地方动态", "淮安市金湖")]


def test_post_furniture_and_other_issues_are_not_body_text():
    text = "\n".join(p for a in _briefing(POST).articles for p in a.paragraphs)
    for furniture in ("原创", "17:30", "蓝字", "——", "/ 01 /", "▍", "▲", "图片来源", "END", "编辑：", "往期推荐",
                      "8600余家", "46处", "12.8万人", "在看", "阅读原文", "3285", "\u200b", "\u2009", "●"):
        assert furniture not in text, furniture
    assert any(p.startswith("一是风险评估在前。") for p in _briefing(POST).articles[3].paragraphs)


def test_zero_width_and_thin_spaces_fold_at_load_time():
    text = load_file(POST).text
    assert "六合区境内" in text and "吴江区自今年3月起" in text and "改造2860公里" in text
    assert fold_glyphs("约1\u2009200公里，共3\u2009个点\u2003位") == "约1200公里，共3 个点 位"
    assert clean_question("吴\u200b江区有多少家纺织企业？") == "吴江区有多少家纺织企业？"


def test_a_fresh_post_with_its_parts_on_lines_of_their_own(tmp_path):
    post = ("江苏应急管理简报（2024年第30期）\n原创\n江苏应急管理\n江苏应急管理\n2024年12月02日 08:05\n\n"
            "🔥关注「江苏应急管理」，获取更多资讯\n\n━━━━━━━━\n\n江苏应急管理简报\n\n2024年第30期\n\n"
            "江苏省应急管理厅办公室　编　　2024年11月29日\n\nPART 01 工作动态\n\n全省冬季消防安全工作会议召开\n\n"
            "11月27日，全省冬季消防安全工作会议召开。会议通报，全省检查单位2.3万家。\n\n"
            "02丨地方动态\n\n海安市“三个清单”推进小微企业安全托管\n\n海安市有小微企业1\u200b480家，"
            "已托管1\u2009260家。\n\n▲图为海安市托管服务现场（摄影：王明 共3张）\n\n"
            "● 一是建立隐患清单。\n\n—END—\n\n责任编辑：王芳\n\n推荐阅读\n\n▶ 第29期｜某区完成改造1280台\n\n阅读 5621\n")
    path = tmp_path / "post.txt"
    path.write_text(post, encoding="utf-8")
    briefing = _briefing(path)
    assert (briefing.issue, briefing.date) == ("2024年第30期", "2024-11-29")
    assert [(a.section, a.title) for a in briefing.articles] == [
        ("工作动态", "全省冬季消防安全工作会议召开"), ("地方动态", "海安市“三个清单”推进小微企业安全托管")]
    assert briefing.articles[1].paragraphs == ("海安市有小微企业1480家，已托管1260家。", "一是建立隐患清单。")


def test_typed_briefings_are_not_read_as_posts():
    for path in sorted(BUNDLED.glob("*.txt")) + sorted(EXTRA.glob("*.txt")) + sorted(EXTRA.glob("*.md")):
        if path != POST:
            text = load_file(path).text
            assert not looks_like_wechat_post(text.split("\n")) and strip_wechat_furniture(text) == text, path.name


def test_a_masthead_quote_across_the_post_lines_is_verbatim():
    raw = POST.read_text(encoding="utf-8")
    assert quote_in_source("江苏应急管理简报（2025年第24期） 江苏应急管理简报 2025年第24期 "
                           "江苏省应急管理厅办公室　　　　2025年9月26日", raw)
    assert quote_in_source("六合区境内有油气长输管道11条", raw)  # the zero-width space is no character a reader sees
    assert not quote_in_source("江苏应急管理简报（2025年第24期） 2025年09月28日", raw)


def test_an_adverse_event_numbered_zero_is_a_no():
    from rag_assistant.answer.polarity import negates

    topic = ["荷花节", "期间", "安全", "事故", "安全事故"]
    assert negates(topic, "金湖县共举办大型群众性活动42场次，实现“零事故”目标。", None)
    assert negates(["展会", "伤亡"], "展会期间实现零伤亡。", None)
    assert not any(m for m in __import__("rag_assistant.answer.polarity", fromlist=["x"]).ZERO_EVENT_RE.finditer(
        "一百零五起事故"))
