"""The web app end to end over HTTP: the /ask API, follow-ups, refusals, uploads (admin-only when
login is on, path traversal, unsupported and broken files), feedback, rendering, and `python app.py`."""

from __future__ import annotations

import dataclasses
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from gradio_client import Client, handle_file  # noqa: E402

from rag_assistant import web  # noqa: E402
from rag_assistant.assistant import Assistant  # noqa: E402
from rag_assistant.settings import PROJECT_ROOT  # noqa: E402
from rag_assistant.index.store import open_store  # noqa: E402
from rag_assistant.types import Answer, Citation  # noqa: E402

pytestmark = pytest.mark.timeout(180)

NANTONG_Q = "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？"
NANTONG_SOURCE = "000_c4edaeb9e379b5d7.txt"
SUQIAN_Q = "宿迁市有多少家化工企业建立了事故隐患报告制度？"
ANSWER_KEYS = {"question", "standalone_question", "answer", "refused", "citations", "unsupported_numbers",
               "invalid_markers", "claims", "notice", "backend", "timings_ms", "understood"}

# A small briefing in the shape of the bundled ones, with a figure no bundled briefing has.
NEW_BRIEFING = """江苏应急管理简报

2026 年第 99 期

江苏省应急管理厅办公室

2026 年 4 月 10 日

内 容 要 目

【地方动态】

常州市加快推进应急避难场所建设

【地方动态】

常州市加快推进应急避难场所建设

今年以来，常州市坚持平急两用、就近避险，统筹公园、学校、体育场馆等公共空间，推动应急避难场所规范化建设。

截至目前，常州市新增应急避难场所 4321 处，可容纳避险人员约 56 万人，实现城乡社区全覆盖。

下一步，常州市将完善避难场所标识和物资储备，定期组织群众开展疏散演练。
"""
NEW_Q = "常州市新增应急避难场所多少处？"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(assistant: Assistant, settings) -> tuple[object, str]:
    demo = web.build_app(assistant, settings)
    _, url, _ = web.launch(demo, settings, "127.0.0.1", free_port(), block=False, quiet=True)
    return demo, url


def corpus_files(settings) -> set[str]:
    return {p.name for p in Path(settings.corpus_dir).iterdir()}


def all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


# ---------------------------------------------------------------- the /ask API over the bundled briefings

@pytest.fixture(scope="module")
def chat_app(assistant, built_index, tmp_path_factory):
    """No login; the operator allowed anonymous admin (RAG_ALLOW_ANONYMOUS_ADMIN=1), so the LLM endpoint may be typed."""
    settings = built_index.replace(feedback_path=tmp_path_factory.mktemp("fb") / "feedback.jsonl",
                                   allow_anonymous_admin=True)
    demo, url = start(assistant, settings)
    yield settings, url
    demo.close()


@pytest.fixture(scope="module")
def client(chat_app):
    return Client(chat_app[1], verbose=False)


def test_ask_returns_the_figure_with_its_source(client):
    result = client.predict(NANTONG_Q, [], api_name="/ask")
    assert set(result) == ANSWER_KEYS  # exactly Answer.to_dict()
    assert result["refused"] is False
    assert "31933" in result["answer"]
    cited = [c for c in result["citations"] if c["source"] == NANTONG_SOURCE]
    assert cited and any("31933" in c["quote"] for c in cited)
    assert result["unsupported_numbers"] == []


def test_follow_up_uses_the_history(client):
    first = client.predict(SUQIAN_Q, api_name="/ask")  # history is optional
    assert "54" in first["answer"]
    result = client.predict("那危化品经营企业呢？", [SUQIAN_Q], api_name="/ask")
    assert "374" in result["answer"]
    assert "宿迁" in result["standalone_question"] and "危化品经营企业" in result["standalone_question"]
    assert result["citations"]


def test_question_about_a_place_not_in_the_briefings_is_refused(client):
    result = client.predict("镇江市排查了多少家企业？", [], api_name="/ask")
    assert result["refused"] is True
    assert "31933" not in result["answer"]


@pytest.mark.parametrize("question, history", [
    ("", []),
    ("\x00\x01   ", ["\x00"]),
    ("问" * 5000, []),
    ("南通市累计排查企业多少家？", "不是 JSON 的历史"),
])
def test_malformed_input_gets_a_chinese_message_not_an_error(client, question, history):
    result = client.predict(question, history, api_name="/ask")
    assert set(result) == ANSWER_KEYS
    assert result["answer"] and "Traceback" not in result["answer"]


def test_page_has_no_key_field_and_no_external_assets(chat_app):
    import httpx

    settings, url = chat_app
    page = httpx.get(url).text + httpx.get(url.rstrip("/") + "/config").text
    assert "江苏应急管理简报问答助手" in page
    assert "fonts.googleapis" not in page and "fonts.gstatic" not in page
    assert settings.openai_api_key_env not in page
    assert 'type":"password' not in page.replace(" ", "")


# ---------------------------------------------------------------- the page's own chat handler (/chat)

def text_of(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def chat(client, question, scope="all", backend="extractive", base_url="", model=""):
    """One turn through the UI handler; returns (last assistant message HTML, sources panel HTML)."""
    job = client.submit(question, scope, backend, base_url, model, api_name="/chat")
    messages, sources, box = job.result()
    assert job.outputs()[0][2] == ""  # the question box is cleared when the question is taken,
    assert box == {"__type__": "update"}  # then left alone: the next question can be typed meanwhile
    assert messages[-1]["role"] == "assistant"
    return text_of(messages[-1]), sources


def test_chat_handler_answers_follows_up_and_fills_the_sources_panel(chat_app):
    session = Client(chat_app[1], verbose=False)  # one client = one browser session (its own history)
    message, sources = chat(session, NANTONG_Q)
    assert "31933" in message and 'href="#cite-0-1"' in message
    assert 'id="cite-0-1"' in sources and "<mark>" in sources and "31933" in sources
    chat(session, SUQIAN_Q)
    message, sources = chat(session, "那危化品经营企业呢？")
    assert "374" in message and "理解为：" in message
    assert 'id="cite-2-1"' in sources and "第 3 问" in sources

    other = Client(chat_app[1], verbose=False)  # a second session does not see the first one's history
    message, _ = chat(other, "那危化品经营企业呢？")
    assert "理解为" not in message  # no earlier question to lean on


def test_chat_scope_filter_limits_the_search_and_every_scoped_answer_says_so(chat_app):
    session = Client(chat_app[1], verbose=False)
    message, _ = chat(session, "南通市累计排查企业多少家？", scope="year:2021")
    assert "31933" not in message
    assert "本回答仅检索了：2021年全部简报" in message and "全部简报" in message
    message, _ = chat(session, "南通市累计排查企业多少家？", scope="src:" + NANTONG_SOURCE)
    assert "31933" in message and "本回答仅检索了：2025年第14期" in message
    message, _ = chat(session, "南通市累计排查企业多少家？", scope="all")
    assert "31933" in message and "本回答仅检索了" not in message


def test_over_long_question_is_not_asked_and_stays_in_the_box(chat_app):
    session = Client(chat_app[1], verbose=False)
    limit = chat_app[0].max_question_chars
    question = "南通市累计排查企业多少家？" + "详" * limit
    messages, sources, box = session.predict(question, "all", "extractive", "", "", api_name="/chat")
    assert box == question  # kept, to be shortened, not typed again
    assert messages == [] and "理解为" not in sources and "第 1 问" not in sources
    message, _ = chat(session, question[:limit])  # at the limit it is asked
    assert "问题过长" not in message


def test_unusable_llm_setting_falls_back_to_the_extractive_answer_with_a_notice(chat_app):
    session = Client(chat_app[1], verbose=False)
    for base_url, model, why in (("", "m", "接口地址无效"), ("http://127.0.0.1:1/v1", "", "未填写模型名称")):
        message, _ = chat(session, NANTONG_Q, backend="openai", base_url=base_url, model=model)
        assert "31933" in message and why in message and "已改用离线抽取式回答" in message
        assert "answer-msg error" not in message

def test_dead_llm_server_falls_back_with_a_notice(chat_app):
    session = Client(chat_app[1], verbose=False)
    message, _ = chat(session, NANTONG_Q, backend="openai", base_url=f"http://127.0.0.1:{free_port()}/v1", model="m")
    assert "31933" in message and "已改用离线抽取式回答" in message
    assert "Traceback" not in message
    message, _ = chat(session, NANTONG_Q, backend="openai", base_url="not a url", model="m")
    assert "接口地址" in message and "31933" in message and "Traceback" not in message


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).seen.append((self.server.server_port, self.path, self.headers.get("Authorization", "")))
        body = b'{"error": {"message": "unavailable"}}'
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_the_api_key_only_goes_to_the_configured_endpoint(built_index, monkeypatch):
    secret = "sk-test-secret-0123456789abcdef"
    monkeypatch.setenv("RAG_TEST_OPENAI_KEY", secret)
    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder) for _ in range(2)]
    for srv in servers:
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    configured, typed = (f"http://127.0.0.1:{srv.server_port}/v1" for srv in servers)
    settings = built_index.replace(openai_base_url=configured, openai_model="m", openai_api_key_env="RAG_TEST_OPENAI_KEY",
                                   llm_max_retries=0, llm_timeout_s=5, allow_anonymous_admin=True)
    demo, url = start(Assistant(settings, open_store(settings)), settings)
    try:
        session = Client(url, verbose=False)
        for base in (configured, typed):
            message, _ = chat(session, NANTONG_Q, backend="openai", base_url=base, model="m")
            assert "31933" in message and secret not in message
    finally:
        demo.close()
        for srv in servers:
            srv.shutdown()
    by_port = {}
    for port, _, auth in _Recorder.seen:
        by_port.setdefault(port, []).append(auth)
    assert any(secret in a for a in by_port[servers[0].server_port])  # the configured endpoint gets the key
    assert by_port[servers[1].server_port] and not any(secret in a for a in by_port[servers[1].server_port])


# ---------------------------------------------------------------- rendering

def _answer(text: str, citations=(), unsupported=(), invalid=(), refused=False, standalone=None) -> Answer:
    return Answer(question="问<题>", standalone_question=standalone or "问<题>", answer=text, refused=refused,
                  citations=tuple(citations), unsupported_numbers=tuple(unsupported), invalid_markers=tuple(invalid))


def test_message_links_markers_flags_figures_and_escapes_documents():
    cite = Citation(n=1, source="x.txt", issue=None, date=None, title="标题<b>粗</b>",
                    quote="全市排查企业 100 家。", context="前文<script>alert(1)</script>。全市排查企业 100 家。后文。")
    answer = _answer("全市排查企业 100 家[1]，新增 999 家[2]。<img src=x onerror=alert(1)>", [cite],
                     unsupported=["999 家"], invalid=[2], standalone="南通市全市排查企业多少家？")
    html = web.render_message(answer, turn=3)
    assert '<a class="cite" href="#cite-3-1"' in html
    assert '<mark class="unsupported" title="未在引用原文中找到">999 家</mark>' in html
    assert "无效的引用编号：[2]" in html and 'class="cite invalid"' in html
    assert "理解为：南通市全市排查企业多少家？" in html
    assert "<img" not in html and "&lt;img" in html
    assert "\n\n" not in html  # one HTML block: Markdown never re-interprets it
    card = web.render_sources([{"question": "q<1>", "answer": answer, "html": html}])
    assert 'id="cite-0-1"' in card and "（专刊）" in card and "日期不详" in card
    assert "<mark>全市排查企业 100 家。</mark>" in card
    assert "<script>" not in card and "&lt;script&gt;" in card and "<b>" not in card


def test_only_unsupported_claims_are_marked_in_the_chat(assistant):
    from rag_assistant.types import ClaimCheck
    from rag_assistant.web.history import turns_from_json, turns_json

    answer = assistant.ask("那危化品经营企业呢？", history=["宿迁市有多少家化工企业建立了事故隐患报告制度？"])
    statuses = {c.status for c in answer.claims}
    assert "unverifiable" in statuses and "unsupported" not in statuses  # the 据…简报《…》， lead states no figure
    assert "claim-unsupported" not in web.render_message(answer, 0)
    wrong = dataclasses.replace(answer, claims=(*answer.claims, ClaimCheck(
        "374 家危化品经营企业全面建立事故隐患报告制度[1]。", (1,), ("374 家",), "unsupported", "单位不符")))
    html = web.render_message(wrong, 0)
    assert html.count("claim-unsupported") == 1 and 'title="单位不符"' in html
    (kept,) = turns_from_json(turns_json([{"id": "t1", "question": wrong.question, "answer": wrong, "ratable": True}]))
    assert kept["html"].count("claim-unsupported") == 1  # the mark survives a reload of the kept conversation


def test_quote_is_highlighted_across_layout_whitespace_and_split_sentences():
    assert web.mark_quote("江苏应急管理简报\n2025 年第 14 期", "江苏应急管理简报 2025 年第 14 期") == \
        "<mark>江苏应急管理简报\n2025 年第 14 期</mark>"
    html = web.mark_quote("甲句。乙句。丙句。", "甲句。丙句。")  # non-adjacent sentences of one quote
    assert html == "<mark>甲句。</mark>乙句。<mark>丙句。</mark>"


def test_refused_answer_shows_the_nearest_sources(assistant):
    answer = assistant.ask("镇江市排查了多少家企业？")
    html = web.render_message(answer, 0)
    assert answer.refused and answer.citations
    assert "最接近的资料" in html and 'href="#cite-0-1"' in html
    assert "最接近的资料" in web.render_sources([{"question": answer.question, "answer": answer, "html": html}])


def test_scope_filter_choices_and_resolution(assistant):
    briefings = assistant.briefings()
    values = dict((v, label) for label, v in web.scope_choices(briefings))
    assert values["all"] == "全部简报" and "2026年第13期" in values["latest"]
    assert "src:002_ca7909b6935f5c44.txt" in values and "应急先锋行" in values["src:002_ca7909b6935f5c44.txt"]
    assert {"year:2025", "year:2021", "year:2026"} <= set(values)
    assert web.resolve_scope("all", briefings) is None
    assert web.resolve_scope("latest", briefings) == ["003_07edcc791e64548a.txt"]
    assert sorted(web.resolve_scope("year:2025", briefings)) == ["000_c4edaeb9e379b5d7.txt", "001_9ab1dbcf5bb79156.txt"]
    scoped = assistant.ask("南通市累计排查企业多少家？", scope=web.resolve_scope("year:2021", briefings))
    assert "31933" not in scoped.answer


# ---------------------------------------------------------------- feedback

def test_feedback_appends_one_json_line(client, tmp_path):
    result = client.predict(NANTONG_Q, [], api_name="/ask")
    path = tmp_path / "sub" / "feedback.jsonl"
    for rating, comment in (("up", ""), ("down", "数字要再核对")):
        web.record_feedback(path, user="alice", question=NANTONG_Q, answer=result, rating=rating, comment=comment)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    assert {"timestamp", "user", "question", "answer", "citations", "rating", "comment"} <= set(lines[1])
    assert lines[1]["rating"] == "down" and lines[1]["comment"] == "数字要再核对" and lines[1]["user"] == "alice"
    assert "31933" in lines[1]["answer"] and lines[1]["citations"][0]["source"] == NANTONG_SOURCE


def test_later_feedback_events_supersede_earlier_ones_per_answer(client, tmp_path):
    result = client.predict(NANTONG_Q, [], api_name="/ask")
    path = tmp_path / "feedback.jsonl"
    for answer_id, rating, comment in (("a1", "up", ""), ("a1", "none", ""), ("a2", "up", ""), ("a2", "down", ""),
                                       ("a2", "down", "数字不对"), ("a3", "up", "")):
        web.record_feedback(path, user="bob", question=NANTONG_Q, answer=result, rating=rating, comment=comment,
                            answer_id=answer_id)
    assert len(web.read_feedback(path)) == 6  # the log keeps every event
    current = {r["answer_id"]: (r["rating"], r["comment"]) for r in web.current_feedback(path)}
    assert current == {"a2": ("down", "数字不对"), "a3": ("up", "")}  # a1 was withdrawn


def test_only_real_answers_can_be_rated(tmp_path):
    from rag_assistant.web.chat import new_turn
    from rag_assistant.web.feedback import like_turn

    answer = _answer("全市排查企业 100 家[1]。", [Citation(n=1, source="x.txt", issue=None, date=None, title="t",
                                                          quote="全市排查企业 100 家。")])
    turns = [new_turn("问题", None, 0, None), new_turn("问题", answer, 1, None)]
    assert "no-rate" in turns[0]["html"] and "no-rate" not in turns[1]["html"]
    path = tmp_path / "fb.jsonl"
    _, k, message = like_turn(path, turns, 1, True, None)  # the error message (index 1 = turn 0's answer)
    assert k == -1 and "无需评价" in message and not path.exists()
    turns, k, message = like_turn(path, turns, 3, False, "alice")
    assert k == 1 and turns[1]["rating"] == "down" and "踩" in message
    assert web.read_feedback(path)[-1]["answer_id"] == turns[1]["id"]


def test_a_stopped_answer_is_kept_marked_through_a_reload_and_an_export():
    """停止生成's handler (the browser test stops a real slow stream): the text streamed so far becomes a turn
    marked as stopped, never rated, kept in the browser and exported as what it is, not as an error."""
    import gradio as gr

    from rag_assistant.web.chat import Chat
    from rag_assistant.web.export import conversation_markdown
    from rag_assistant.web.history import turns_from_json, turns_json

    _, _, turns, streaming = Chat.stopped({"question": "南通市累计排查企业多少家？", "text": "据简报，全市"}, [])
    assert streaming is None and len(turns) == 1 and turns[0]["stopped"] == "据简报，全市" and not turns[0]["ratable"]
    assert "已停止生成" in turns[0]["html"] and "据简报，全市" in turns[0]["html"] and "no-rate" in turns[0]["html"]
    (kept,) = turns_from_json(turns_json(turns))
    assert kept["stopped"] == "据简报，全市" and kept["html"] == turns[0]["html"] and not kept["ratable"]
    exported = conversation_markdown(turns)
    assert "据简报，全市" in exported and "（已停止生成）" in exported and "出错" not in exported
    assert Chat.stopped(None, turns)[2:] == (gr.skip(), None)  # nothing was streaming: nothing changes


def test_conversation_exports_to_markdown_and_word_with_its_citations(assistant, tmp_path):
    from docx import Document

    from rag_assistant.web.chat import new_turn
    from rag_assistant.web.export import export_file

    answer = assistant.ask(NANTONG_Q)
    turns = [new_turn(NANTONG_Q, answer, 0, None), new_turn("第二问", None, 1, "最新一期（2026年第13期）")]
    markdown = export_file(turns, "md").read_text(encoding="utf-8")
    cited = answer.citations[0]
    assert f"## 第 1 问：{NANTONG_Q}" in markdown and "31933" in markdown
    assert f"《{cited.title}》" in markdown and cited.quote.strip() in markdown and "2025年第14期" in markdown
    assert "第 2 问：第二问" in markdown and "回答时出错" in markdown
    doc = Document(str(export_file(turns, "docx")))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "31933" in text and f"《{cited.title}》" in text and cited.quote.strip() in text
    assert export_file([], "md") is None


def test_follow_up_suggestions_ask_about_other_counts_of_the_cited_article(assistant):
    from rag_assistant.web.followups import suggest_followups

    answer = assistant.ask(NANTONG_Q)
    suggestions = suggest_followups(answer, assistant.briefings())
    assert 1 <= len(suggestions) <= 3 and all(q.endswith("？") and "多少" in q for q in suggestions)
    assert not any("排查企业" in q for q in suggestions)  # the quoted clause is not suggested again
    for q in suggestions:
        follow = assistant.ask(q, [NANTONG_Q])
        assert not follow.refused and follow.citations[0].source == NANTONG_SOURCE, (q, follow.answer)
    assert suggest_followups(assistant.ask("镇江市排查了多少家企业？"), assistant.briefings()) == []  # refused


# ---------------------------------------------------------------- uploads

@pytest.fixture
def upload_app(fresh_index, tmp_path):
    settings = fresh_index.replace(users={"admin": "pw-admin", "staff": "pw-staff"}, admins=("admin",),
                                   feedback_path=tmp_path / "fb" / "feedback.jsonl", upload_max_mb=1)
    assistant = Assistant(settings, open_store(settings))
    demo, url = start(assistant, settings)
    yield settings, url
    demo.close()


def test_admin_upload_is_indexed_and_answerable_and_others_are_refused(upload_app, tmp_path):
    settings, url = upload_app
    src = tmp_path / "常州 简报.txt"
    src.write_text(NEW_BRIEFING, encoding="utf-8")
    before = corpus_files(settings)

    staff = Client(url, auth=("staff", "pw-staff"), verbose=False)
    refused = staff.predict([handle_file(str(src))], api_name="/upload")[0]
    assert "只有管理员" in refused
    assert corpus_files(settings) == before
    assert "4321" not in staff.predict(NEW_Q, [], api_name="/ask")["answer"]

    admin = Client(url, auth=("admin", "pw-admin"), verbose=False)
    message = admin.predict([handle_file(str(src))], api_name="/upload")[0]
    assert "已加入索引" in message and "2026年第99期" in message
    added = corpus_files(settings) - before
    assert added == {"常州_简报.txt"}  # sanitised, Chinese kept

    result = admin.predict(NEW_Q, [], api_name="/ask")
    assert "4321" in result["answer"] and not result["refused"]
    assert any(c["source"] == "常州_简报.txt" and "4321" in c["quote"] for c in result["citations"])
    latest = admin.predict("最新一期简报是哪一期？", [], api_name="/ask")
    assert "2026年第99期" in latest["answer"]

    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ\x90\x00" * 100)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    msg = admin.predict([handle_file(str(exe)), handle_file(str(broken))], api_name="/upload")[0]
    assert "不支持的文件类型（.exe）" in msg
    assert "broken.pdf" in msg
    assert corpus_files(settings) == before | added


def test_login_required_and_only_admins_may_point_the_llm_elsewhere(upload_app):
    _, url = upload_app
    with pytest.raises(Exception):
        Client(url, auth=("staff", "wrong"), verbose=False).predict(NEW_Q, [], api_name="/ask")
    staff = Client(url, auth=("staff", "pw-staff"), verbose=False)
    message, _ = chat(staff, NANTONG_Q, backend="openai", base_url="http://10.0.0.1:1/v1", model="m")
    assert "只有管理员可以更改大模型接口地址" in message


def test_without_login_upload_and_endpoint_changes_are_off_and_the_page_says_how_to_turn_them_on(fresh_index, tmp_path):
    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl")  # no users, no allow_anonymous_admin
    demo, url = start(Assistant(settings, open_store(settings)), settings)
    try:
        import httpx

        config = httpx.get(url + "config").text
        assert "RAG_ALLOW_ANONYMOUS_ADMIN=1" in config and "RAG_USERS" in config  # the page says how, in Chinese
        src = tmp_path / "常州.txt"
        src.write_text(NEW_BRIEFING, encoding="utf-8")
        before = corpus_files(settings)
        anonymous = Client(url, verbose=False)
        refused = anonymous.predict([handle_file(str(src))], api_name="/upload")[0]
        assert "需要管理员权限" in refused and "RAG_ALLOW_ANONYMOUS_ADMIN" in refused
        assert corpus_files(settings) == before
        message, _ = chat(anonymous, NANTONG_Q, backend="openai", base_url="http://10.0.0.1:1/v1", model="m")
        assert "更改大模型接口地址需要管理员权限" in message and "31933" in message  # answered offline instead
    finally:
        demo.close()


def test_anonymous_admin_setting_turns_upload_on_without_login(fresh_index, tmp_path):
    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl", allow_anonymous_admin=True)
    demo, url = start(Assistant(settings, open_store(settings)), settings)
    try:
        src = tmp_path / "常州.txt"
        src.write_text(NEW_BRIEFING, encoding="utf-8")
        message = Client(url, verbose=False).predict([handle_file(str(src))], api_name="/upload")[0]
        assert "已加入索引" in message
    finally:
        demo.close()


def test_library_search_and_admin_delete_reindexes_without_losing_the_others(fresh_index, tmp_path):
    from rag_assistant.web.library import delete_briefing, search_briefings

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl")
    assistant = Assistant(settings, open_store(settings))
    briefings = assistant.briefings()
    assert [b.source for b in search_briefings(briefings, "31933")] == [NANTONG_SOURCE]  # a word of the text
    assert len(search_briefings(briefings, "2025年")) == 2 and search_briefings(briefings, "") == briefings
    assert search_briefings(briefings, "南通 宿迁 不存在的词") == []

    refused = delete_briefing(assistant, settings, NANTONG_SOURCE, None)  # no login, no anonymous admin
    assert "RAG_ALLOW_ANONYMOUS_ADMIN" in refused and (Path(settings.corpus_dir) / NANTONG_SOURCE).exists()
    admin = settings.replace(allow_anonymous_admin=True)
    assert "请先选择" in delete_briefing(assistant, admin, "../rag.toml", None)
    message = delete_briefing(assistant, admin, NANTONG_SOURCE, None)
    assert "已删除" in message and not (Path(settings.corpus_dir) / NANTONG_SOURCE).exists()
    assert NANTONG_SOURCE not in {b.source for b in assistant.briefings()} and len(assistant.briefings()) == 4
    assert "31933" not in assistant.ask(NANTONG_Q).answer
    assert "374" in assistant.ask("宿迁市有多少家危化品经营企业建立了事故隐患报告制度？").answer  # the others still answer


def test_admin_replaces_a_briefing_by_name_and_the_old_version_is_kept_aside(fresh_index, tmp_path):
    from rag_assistant.web.upload import upload_files

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl")
    assistant = Assistant(settings, open_store(settings))
    corpus = Path(settings.corpus_dir)
    original = (corpus / NANTONG_SOURCE).read_text(encoding="utf-8")
    corrected = tmp_path / NANTONG_SOURCE  # a corrected edition under the same file name
    corrected.write_text(original.replace("31933", "31939"), encoding="utf-8")

    refused, changed = upload_files(assistant, settings, [str(corrected)], None, lambda *a, **k: None, replace=True)
    assert not changed and "RAG_ALLOW_ANONYMOUS_ADMIN" in refused  # admins only
    admin = settings.replace(allow_anonymous_admin=True)
    message, changed = upload_files(assistant, admin, [str(corrected)], None, lambda *a, **k: None, replace=True)
    assert changed and "已加入索引" in message, message
    assert "31939" in assistant.ask(NANTONG_Q).answer  # the new edition answers
    assert [p.name for p in corpus.glob("000_*")] == [NANTONG_SOURCE]  # replaced, not kept beside it
    kept = list(corpus.glob(f".replaced-*-{NANTONG_SOURCE}"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == original  # nothing lost
    assert len(assistant.briefings()) == 5 and NANTONG_SOURCE in {b.source for b in assistant.briefings()}
    assert "374" in assistant.ask("宿迁市有多少家危化品经营企业建立了事故隐患报告制度？").answer


@pytest.mark.parametrize("name", [
    "../../evil.txt", "..\\..\\evil.txt", "/etc/passwd", "/etc/cron.d/evil.txt", "a/../../../evil.md",
    "evil\x00.txt", "evil.txt\x00.exe", "..", ".", "", ".bashrc.txt", "....txt", "~$锁.docx", "con:evil.txt",
])
def test_hostile_names_never_land_outside_the_corpus(fresh_index, tmp_path, name):
    root = Path(fresh_index.index_dir).parent
    corpus = Path(fresh_index.corpus_dir).resolve()
    src = tmp_path / "payload.txt"
    src.write_text(NEW_BRIEFING, encoding="utf-8")
    before = all_files(root)
    try:
        stored = web.save_upload(src, name, fresh_index)
    except web.UploadRejected as exc:
        assert str(exc)
        assert all_files(root) == before
    else:
        assert stored.resolve().parent == corpus
        assert not stored.name.startswith(".") and "/" not in stored.name and "\x00" not in stored.name
        assert all_files(root) - before == {stored}
    assert not (corpus.parent / "evil.txt").exists() and not (corpus.parent.parent / "evil.txt").exists()


def test_safe_filename_keeps_chinese_and_drops_everything_unsafe():
    assert web.safe_filename("江苏简报 第1期.TXT") == "江苏简报_第1期.txt"
    assert web.safe_filename("../../evil.txt") == "evil.txt"
    assert web.safe_filename("evil\x00.txt") == "evil.txt"
    assert web.safe_filename(".hidden.md") == "hidden.md"
    assert web.safe_filename("a<b>|c;rm -rf.pdf") == "a_b_c_rm_-rf.pdf"


def test_oversized_and_duplicate_uploads_are_refused(fresh_index, tmp_path):
    settings = fresh_index.replace(upload_max_mb=0.001)
    big = tmp_path / "big.txt"
    big.write_text(NEW_BRIEFING * 10, encoding="utf-8")
    with pytest.raises(web.UploadRejected, match="文件过大"):
        web.save_upload(big, big.name, settings)
    copy = tmp_path / "copy.txt"
    copy.write_bytes((Path(fresh_index.corpus_dir) / NANTONG_SOURCE).read_bytes())
    with pytest.raises(web.UploadRejected, match="内容相同"):
        web.save_upload(copy, copy.name, fresh_index)
    assert not (Path(fresh_index.corpus_dir) / "copy.txt").exists()


# ---------------------------------------------------------------- python app.py

def test_app_py_builds_a_missing_index_says_so_and_serves(built_index, tmp_path):
    import httpx

    root = tmp_path / "fresh"
    root.mkdir()
    (root / "briefings").mkdir()
    # One briefing keeps the first-start build short.
    (root / "briefings" / NANTONG_SOURCE).write_bytes((Path(built_index.corpus_dir) / NANTONG_SOURCE).read_bytes())
    port = free_port()
    env = {**os.environ, "RAG_CONFIG": str(root / "absent.toml"), "RAG_INDEX_DIR": str(root),
           "RAG_CORPUS_DIR": str(root / "briefings"), "RAG_FEEDBACK_PATH": str(root / "fb.jsonl"),
           "GRADIO_SERVER_NAME": "127.0.0.1", "GRADIO_SERVER_PORT": str(port), "HF_HUB_OFFLINE": "1",
           "PYTHONUNBUFFERED": "1"}
    log = tmp_path / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, str(PROJECT_ROOT / "app.py")], env=env, stdout=out,
                                stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 120
        while time.time() < deadline:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("app.py did not start:\n" + log.read_text())
        assert "未找到索引" in log.read_text()
        assert "首次启动" in httpx.get(url + "config").text  # the visible status line
        assert (root / "CURRENT").is_file()
        result = Client(url, verbose=False).predict(NANTONG_Q, [], api_name="/ask")
        assert "31933" in result["answer"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


# ---------------------------------------------------------------- slow LLM calls never hold up extractive answers

def test_slow_llm_answers_hold_llm_slots_only_and_extractive_answers_are_served_meanwhile(assistant, built_index):
    """Issue 15 case 7: four LLM questions against a server that never answers, then an extractive one."""
    from llm_servers import Hang, LocalServer
    from rag_assistant.web.chat import Backend, Chat

    server = LocalServer(Hang)
    settings = built_index.replace(openai_base_url=server.base_url, openai_model="m", llm_timeout_s=20.0,
                                   llm_max_retries=0, llm_concurrency=1, llm_queue_wait_s=1.0)
    chat = Chat(assistant, settings)
    llm = Backend("openai", {"openai_base_url": server.base_url, "openai_model": "m"})
    finals: dict[int, tuple[float, Answer]] = {}

    def ask_llm(i: int) -> None:
        t0 = time.perf_counter()
        pieces = list(chat.stream(NANTONG_Q, [], llm, None))
        finals[i] = (time.perf_counter() - t0, pieces[-1])

    try:
        threads = [threading.Thread(target=ask_llm, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        time.sleep(0.3)
        t0 = time.perf_counter()
        extractive = list(chat.stream(NANTONG_Q, [], Backend("extractive", {}), None))[-1]
        extractive_s = time.perf_counter() - t0
        assert "31933" in extractive.answer and extractive_s < 5.0, extractive_s  # not behind the 20 s LLM call
        deadline = time.monotonic() + 15
        while len(finals) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        busy = list(finals.values())  # the three without a slot are back, answered offline
        assert len(busy) >= 3 and all("大模型服务正忙" in (a.notice or a.answer) and "31933" in a.answer for _, a in busy)
        assert all(s < 10.0 for s, _ in busy), [s for s, _ in busy]
    finally:
        server.stop()
        for t in threads:
            t.join(30)
