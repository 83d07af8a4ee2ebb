"""The chat in a real browser (Debian's chromium, headless, via Playwright): streamed answers,
clickable citations that open the highlighted quote, follow-ups, feedback, and no outside requests."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from rag_assistant import web  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(180),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's /usr/bin/chromium is not installed (scripts/setup.sh --dev)"),
]

# Records whether a still-streaming answer was ever on the page.
SEE_STREAMING = """
window.__sawStreaming = false;
new MutationObserver(() => {
  if (document.querySelector('#chat .answer-msg.streaming')) window.__sawStreaming = true;
}).observe(document, {subtree: true, childList: true});
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(assistant, built_index, tmp_path_factory):
    settings = built_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl")
    demo = web.build_app(assistant, settings)
    port = free_port()
    _, url, _ = web.launch(demo, settings, "127.0.0.1", port, block=False, quiet=True)
    yield settings, url, f"127.0.0.1:{port}"
    demo.close()


def ask(page, question: str, answers_before: int):
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > n", arg=answers_before,
        timeout=30_000)
    return page.locator("#chat .answer-msg:not(.streaming)").last


def test_chat_in_a_real_browser(served, tmp_path, screenshots):
    from playwright.sync_api import expect, sync_playwright

    settings, url, own_host = served
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(locale="zh-CN", viewport={"width": 1400, "height": 940})
            context.add_init_script(SEE_STREAMING)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.goto(url)
            expect(page.locator("#status")).to_contain_text("已索引 5 份简报")

            # A question: the answer streams in, then carries the figure and a clickable [1].
            answer = ask(page, "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？", 0)
            expect(answer).to_contain_text("31933")
            assert page.evaluate("window.__sawStreaming") is True
            marker = answer.locator(".answer-text a.cite").first
            expect(marker).to_have_text("[1]")

            # Opening the citation shows its card with the quote highlighted in its context.
            marker.click()
            card = page.locator(".src-card.active")
            expect(card).to_have_count(1)
            expect(card).to_be_in_viewport()
            expect(card).to_contain_text("2025年第14期")
            expect(card).to_contain_text("南通市扎实推进化工、医药企业“打非治违”专项治理行动")
            expect(card.locator("mark")).to_contain_text("31933")
            expect(card.locator(".src-context")).to_contain_text("打非治违")  # the context around the quote

            # A follow-up uses the conversation: understood as a standalone question, answered with 374.
            ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 1)
            follow = ask(page, "那危化品经营企业呢？", 2)
            expect(follow).to_contain_text("374")
            expect(follow.locator(".standalone")).to_contain_text("理解为：")
            follow.locator(".answer-text a.cite").first.click()
            card = page.locator(".src-card.active")
            expect(card).to_be_in_viewport()
            expect(card.locator("mark")).to_contain_text("374")
            assert card.get_attribute("id").startswith("cite-2-")  # the third turn's card, not the first's

            time.sleep(0.6)  # let the smooth scroll settle before the picture
            shot = tmp_path / "chat.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 10_000  # a real picture of the page, not an empty one
            screenshots.keep(shot, "screenshot.png")

            # Feedback: a comment, then the thumbs-up under the latest answer → one JSON line.
            page.locator("#comment textarea").fill("回答准确")
            page.locator('#chat button[aria-label="赞"], #chat button[aria-label="Like"]').last.click()
            expect(page.locator("#feedback-msg")).to_contain_text("已记录")
            record = json.loads(Path(settings.feedback_path).read_text(encoding="utf-8").splitlines()[-1])
            assert record["rating"] == "up" and record["comment"] == "回答准确"
            assert record["question"] == "那危化品经营企业呢？" and "374" in record["answer"]

            # Markdown in a question is shown as typed, never rendered (an image link would fetch from outside).
            ask(page, "![图](http://example.com/a.png) **镇江市**排查了多少家企业？", 3)
            expect(page.locator("#chat .user-q").last).to_contain_text("![图](http://example.com/a.png)")
            expect(page.locator("#chat img[src*='example.com']")).to_have_count(0)

            # 新对话 clears the chat and the sources panel.
            page.locator("#new-chat").click()
            expect(page.locator("#chat .answer-msg")).to_have_count(0)
            expect(page.locator(".src-card")).to_have_count(0)
        finally:
            browser.close()

    assert requests, "no requests recorded"
    outside = [u for u in requests
               if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own_host]
    assert outside == [], f"the page fetched from other hosts: {outside}"
