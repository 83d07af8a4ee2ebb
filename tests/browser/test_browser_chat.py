"""Asking in a real browser (Debian's chromium, headless, via Playwright): streamed answers with clickable
citations and follow-ups, the search scope and 新对话, over-long questions, suggested follow-ups, ↑, 修改,
重新回答, and 停止生成 on a slow backend. After its steps each test also checks that all of the page's own text
is readable and that nothing sticks out sideways."""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest
from browser_support import (
    BROWSER,
    NANTONG_Q,
    SUQIAN_Q,
    ask,
    assert_readable,
    choose_scope,
    keep_screenshot,
    open_citation,
    use_endpoint,
    wait_until_kept,
)

pytestmark = BROWSER
expect = pytest.importorskip("playwright.sync_api").expect


def test_chat_in_a_real_browser(served, open_page, view, screenshots, tmp_path):
    _, url, own_host = served
    requests: list[str] = []
    page = open_page(url, requests=requests)
    expect(page.locator("#status")).to_contain_text("已索引 5 份简报")

    # A question: the answer streams in, then carries the figure and a clickable [1].
    answer = ask(page, NANTONG_Q, 0)
    expect(answer).to_contain_text("31933")
    assert page.evaluate("window.__sawStreaming") is True
    expect(answer.locator(".answer-text a.cite").first).to_have_text("[1]")

    # Opening the citation shows its card with the quote highlighted in context.
    card = open_citation(page, answer, view)
    expect(card).to_contain_text("2025年第14期")
    expect(card).to_contain_text("南通市扎实推进化工、医药企业“打非治违”专项治理行动")
    expect(card.locator("mark")).to_contain_text("31933")
    expect(card.locator(".src-context")).to_contain_text("打非治违")  # the context around the quote

    # A follow-up uses the conversation: understood as a standalone question, answered with 374.
    ask(page, SUQIAN_Q, 1)
    follow = ask(page, "那危化品经营企业呢？", 2)
    expect(follow).to_contain_text("374")
    expect(follow.locator(".standalone")).to_contain_text("理解为：")
    card = open_citation(page, follow, view)
    expect(card.locator("mark")).to_contain_text("374")
    assert "cite-2-" in card.get_attribute("id")  # the third turn's card, not the first's
    keep_screenshot(page, view, "desktop-light", tmp_path, screenshots, "screenshot.png")
    assert_readable(page, view)

    # Markdown in a question is shown as typed, never rendered (an image link would fetch from outside).
    ask(page, "![图](http://example.com/a.png) **镇江市**排查了多少家企业？", 3)
    expect(page.locator("#chat .user-q").last).to_contain_text("![图](http://example.com/a.png)")
    expect(page.locator("#chat img[src*='example.com']")).to_have_count(0)

    # 新对话 clears the chat and the sources.
    page.locator("#new-chat").click()
    expect(page.locator("#chat .answer-msg")).to_have_count(0)
    expect(page.locator(".src-card")).to_have_count(0)

    assert requests, "no requests recorded"
    outside = [u for u in requests
               if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own_host]
    assert outside == [], f"the page fetched from other hosts: {outside}"


def test_new_chat_resets_the_search_scope_and_an_active_scope_is_shown(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    expect(page.locator("#scope-row")).to_be_hidden()
    choose_scope(page, "最新一期")
    banner = page.locator("#scope-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("最新一期（2026年第13期）")
    scoped = ask(page, "扬州市多部门联动检查发现问题隐患多少条？", 0)
    expect(scoped.locator(".scope-note")).to_contain_text("最新一期（2026年第13期）")
    assert_readable(page, view)

    # 新对话: the scope is back to 全部简报, and the 扬州 example is answered from its briefing.
    page.locator("#new-chat").click()
    expect(page.locator("#scope-row")).to_be_hidden()
    expect(page.locator("#scope input")).to_have_value("全部简报")
    page.locator("#examples button", has_text="扬州").click()
    page.wait_for_function("document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > 0",
                           timeout=60_000)
    answer = page.locator("#chat .answer-msg:not(.streaming)").last
    expect(answer.locator(".answer-text a.cite").first).to_be_visible()
    expect(answer.locator(".answer-text.refused")).to_have_count(0)
    expect(answer.locator(".scope-note")).to_have_count(0)

    # 改为全部简报 in the banner clears a scope too.
    choose_scope(page, "2021年全部简报")
    expect(page.locator("#scope-row")).to_be_visible()
    page.locator("#scope-reset").click()
    expect(page.locator("#scope-row")).to_be_hidden()


# The instant the first answer is on the page, in the same task as the change that showed it (its event is
# still finishing: the conversation is stored by the event's last step), the next question is typed and sent.
SEND_WHEN_ANSWERED = """question => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#chat .answer-msg:not(.streaming)')) return;
    observer.disconnect();
    const id = sessionStorage.getItem('rag-current'), kept = id && localStorage.getItem('rag-conv-' + id);
    window.__keptWhenSent = kept ? JSON.parse(kept).length : 0;
    const box = document.querySelector('#question textarea');
    box.value = question;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    document.getElementById('send').click();
  });
  observer.observe(document, {subtree: true, childList: true, characterData: true});
}"""


def test_a_question_sent_while_the_last_answer_is_finishing_is_answered_after_it(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    page.evaluate(SEND_WHEN_ANSWERED, SUQIAN_Q)
    page.locator("#question textarea").fill(NANTONG_Q)
    page.locator("#send").click()
    page.wait_for_function("window.__keptWhenSent !== undefined", timeout=60_000)
    assert page.evaluate("window.__keptWhenSent") == 0  # sent before the first answer's event had ended
    wait_until_kept(page, 2)
    expect(page.locator("#chat .user-q")).to_have_text([NANTONG_Q, SUQIAN_Q])
    answers = page.locator("#chat .answer-msg")
    expect(answers).to_have_count(2)
    expect(answers.first).to_contain_text("31933")
    expect(answers.last).to_contain_text("54")
    expect(page.locator("#sources-panel details.turn")).to_have_count(2)
    assert_readable(page, view)


def test_over_long_paste_keeps_the_text_and_says_the_limit(served, open_page, view):
    settings, url, _ = served
    limit = settings.max_question_chars
    pasted = "南通市累计排查企业多少家？" + "请详细说明" * (limit // 5 + 1)
    page = open_page(url)
    page.locator("#question textarea").fill(pasted)
    expect(page.locator("#ask-count")).to_contain_text(f"最多 {limit} 字")
    assert_readable(page, view)
    page.locator("#send").click()
    toast = page.locator(".toast-body").last
    expect(toast).to_contain_text(f"最多 {limit} 字")
    expect(toast).not_to_contain_text("Warning")
    time.sleep(1)
    expect(page.locator("#question textarea")).to_have_value(pasted)  # nothing to paste again
    expect(page.locator("#chat .answer-msg")).to_have_count(0)
    expect(page.locator("#sources-panel")).not_to_contain_text("理解为")
    page.locator("#question textarea").fill(pasted[:limit])  # shortened, it is asked
    expect(page.locator("#ask-count")).not_to_contain_text("问题过长")


def test_suggested_follow_ups_come_from_the_cited_article_and_are_asked_on_a_click(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    answer = ask(page, NANTONG_Q, 0)
    suggestion = answer.locator(".followups button.followup").first
    expect(suggestion).to_be_visible()
    assert_readable(page, view)
    asked = suggestion.inner_text()
    assert asked.endswith("？") and "31933" not in asked
    suggestion.click()
    page.wait_for_function("document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > 1",
                           timeout=60_000)
    expect(page.locator("#chat .user-q").last).to_have_text(asked)
    follow = page.locator("#chat .answer-msg:not(.streaming)").last
    expect(follow.locator(".answer-text.refused")).to_have_count(0)  # the article answers it
    expect(follow.locator(".src-list")).to_contain_text("2025年第14期")


def test_arrow_up_recalls_the_last_question(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    ask(page, NANTONG_Q, 0)
    box = page.locator("#question textarea")
    expect(box).to_have_value("")
    box.focus()
    page.keyboard.press("ArrowUp")
    expect(box).to_have_value(NANTONG_Q)


def test_a_question_can_be_edited_and_asked_again_replacing_what_followed(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    ask(page, SUQIAN_Q, 0)
    ask(page, "扬州市多部门联动检查发现问题隐患多少条？", 1)
    ask(page, "镇江市累计排查了多少家企业？", 2)
    edit = page.locator("#chat .edit-q").nth(1)
    page.locator("#chat .user-q").nth(1).hover()
    expect(edit).to_be_visible()
    assert_readable(page, view)
    edit.click()
    box = page.locator("#question textarea")
    # back in the box, to be edited; the question and what followed it are taken back from the chat
    expect(box).to_have_value("扬州市多部门联动检查发现问题隐患多少条？", timeout=30_000)
    expect(page.locator("#chat .user-q")).to_have_count(1, timeout=30_000)
    expect(page.locator("#sources-panel details.turn")).to_have_count(1, timeout=30_000)
    box.fill(NANTONG_Q)
    page.locator("#send").click()
    page.wait_for_function("document.querySelectorAll('#chat .answer-msg:not(.streaming)').length == 2",
                           timeout=60_000)
    expect(page.locator("#chat .user-q")).to_have_count(2, timeout=30_000)
    expect(page.locator("#chat .user-q").last).to_have_text(NANTONG_Q, timeout=30_000)
    expect(page.locator("#chat .answer-msg").last).to_contain_text("31933", timeout=30_000)
    expect(page.locator("#chat")).not_to_contain_text("镇江市累计排查了多少家企业", timeout=30_000)


def test_regenerate_replaces_the_last_answer(served, open_page, view):
    _, url, _ = served
    page = open_page(url)
    ask(page, SUQIAN_Q, 0)
    first = ask(page, NANTONG_Q, 1).inner_text()
    page.evaluate("window.__sawStreaming = false")
    page.locator("#regen").click()
    page.wait_for_function("window.__sawStreaming && !document.querySelector('#chat .answer-msg.streaming')",
                           timeout=60_000)  # answered again, streamed
    expect(page.locator("#chat .user-q")).to_have_count(2)  # replaced, not appended
    expect(page.locator("#chat .user-q").last).to_have_text(NANTONG_Q)
    expect(page.locator("#chat .answer-msg").last).to_contain_text("31933")
    expect(page.locator("#sources-panel details.turn")).to_have_count(2)
    assert page.locator("#chat .answer-msg").last.inner_text() == first  # the same sources, the same answer


class _Watched:
    """Mixed into llm_servers.Trickle: records when a client hangs up on the endless stream."""

    def respond(self, request):
        super().respond(request)
        if not self.server.released.is_set():
            self.server.hung_up.append(time.monotonic())


@pytest.fixture(scope="module")
def slow_llm():
    """An OpenAI-compatible endpoint on 127.0.0.1 that streams "据简报，" every 0.3 s and never ends."""
    from llm_servers import LocalServer, Trickle

    server = LocalServer(type("WatchedTrickle", (_Watched, Trickle), {}))
    server.hung_up = []
    yield server
    server.stop()


def test_stop_ends_a_slow_answer_keeps_what_streamed_and_the_chat_goes_on(served, open_page, view, slow_llm):
    _, url, _ = served
    page = open_page(url)
    use_endpoint(page, slow_llm.base_url, "slow")  # anonymous admin: a typed-in endpoint is allowed
    calls, hung_up = len(slow_llm.requests), len(slow_llm.hung_up)
    page.locator("#question textarea").fill(NANTONG_Q)
    page.locator("#send").click()
    streaming = page.locator("#chat .answer-msg.streaming .answer-text")
    expect(streaming).to_contain_text("据简报，据简报，", timeout=30_000)  # the slow answer is streaming
    page.locator("#stop").click()

    # The streaming stops: what had come is kept, marked as stopped, and nothing more arrives.
    expect(page.locator("#chat .answer-msg.streaming")).to_have_count(0, timeout=10_000)
    stopped = page.locator("#chat .answer-msg.stopped")
    expect(stopped).to_have_count(1)
    expect(stopped.locator(".stopped-note")).to_have_text("（已停止生成）")
    shown = stopped.locator(".answer-text").inner_text()
    assert shown.startswith("据简报，据简报，") and set(shown.split("，")) <= {"据简报", ""}, shown
    expect(page.locator("#chat .message-buttons:visible")).to_have_count(0)  # nothing to rate
    # The server's stream was closed (the answer is not still being generated behind the page).
    deadline = time.monotonic() + 10
    while len(slow_llm.hung_up) == hung_up and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(slow_llm.hung_up) == hung_up + 1 and len(slow_llm.requests) == calls + 1
    time.sleep(1)
    assert stopped.locator(".answer-text").inner_text() == shown
    assert_readable(page, view)

    # The question box works again; the stopped turn stays in the conversation.
    use_endpoint(page, None)
    answer = ask(page, SUQIAN_Q, 1)
    expect(answer).to_contain_text("54")
    expect(page.locator("#chat .user-q")).to_have_count(2)
    expect(page.locator("#chat .answer-msg.stopped")).to_have_count(1)
    expect(page.locator("#sources-panel details.turn")).to_have_count(2)
