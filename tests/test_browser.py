"""The chat in a real browser (Debian's chromium, headless, via Playwright): streamed answers,
clickable citations that open the highlighted quote, follow-ups, feedback per answer, the search
scope, phone width, both themes' contrast, over-long questions, Chinese UI and login/logout, and no
outside requests."""

from __future__ import annotations

import json
import os
import socket
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from rag_assistant import web  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1400, "height": 940}
PHONE = {"width": 390, "height": 844}
NANTONG_Q = "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(240),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's /usr/bin/chromium is not installed (scripts/setup.sh --dev)"),
]

# Records whether a still-streaming answer was ever on the page.
SEE_STREAMING = """
window.__sawStreaming = false;
new MutationObserver(() => {
  if (document.querySelector('#chat .answer-msg.streaming')) window.__sawStreaming = true;
}).observe(document, {subtree: true, childList: true});
"""

# WCAG contrast ratio of an element's text against the first opaque background behind it.
CONTRAST = """el => {
  const rgb = s => { const m = (s.match(/[\\d.]+/g) || []).map(Number);
                     return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
  const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = c => 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  let bg = null;
  for (let e = el; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.a >= 0.99) { bg = c; break; }
  }
  if (!bg) bg = rgb(getComputedStyle(document.documentElement).backgroundColor || 'rgb(255,255,255)');
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(assistant, settings):
    demo = web.build_app(assistant, settings)
    port = free_port()
    _, url, _ = web.launch(demo, settings, "127.0.0.1", port, block=False, quiet=True)
    return demo, url, f"127.0.0.1:{port}"


@pytest.fixture(scope="module")
def served(assistant, built_index, tmp_path_factory):
    """No login; the operator allowed anonymous admin, so the upload drop zone is on the page."""
    settings = built_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl",
                                   allow_anonymous_admin=True)
    demo, url, host = serve(assistant, settings)
    yield settings, url, host
    demo.close()


@contextmanager
def browser_page(url: str, viewport: dict = DESKTOP, locale: str = "zh-CN", color_scheme: str = "light",
                 requests: list | None = None):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(locale=locale, viewport=viewport, color_scheme=color_scheme)
            context.add_init_script(SEE_STREAMING)
            page = context.new_page()
            if requests is not None:  # every request the page makes, from the first one
                page.on("request", lambda r: requests.append(r.url))
            page.goto(url)
            page.wait_for_selector("#question textarea")
            yield page
        finally:
            browser.close()


def ask(page, question: str, answers_before: int):
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > n", arg=answers_before,
        timeout=60_000)
    return page.locator("#chat .answer-msg:not(.streaming)").last


def choose_scope(page, label: str) -> None:
    page.locator("#scope input").click()
    page.get_by_role("option", name=label).first.click()


def thumbs(page, name: str):
    """The 赞/踩 button under the latest answer (labelled 已赞/已踩 while selected)."""
    return page.locator("#chat .message-buttons").last.locator(
        f'button[aria-label="{name}"], button[aria-label^="已{name}"]')


def feedback_now(settings) -> dict:
    return {r["answer_id"]: r for r in web.current_feedback(settings.feedback_path)}


def test_chat_in_a_real_browser(served, screenshots):
    from playwright.sync_api import expect

    settings, url, own_host = served
    requests: list[str] = []
    with browser_page(url, requests=requests) as page:
        expect(page.locator("#status")).to_contain_text("已索引 5 份简报")

        # A question: the answer streams in, then carries the figure and a clickable [1].
        answer = ask(page, NANTONG_Q, 0)
        expect(answer).to_contain_text("31933")
        assert page.evaluate("window.__sawStreaming") is True
        marker = answer.locator(".answer-text a.cite").first
        expect(marker).to_have_text("[1]")

        # Opening the citation shows its card in the sources panel with the quote highlighted in context.
        marker.click()
        card = page.locator("#sources-panel .src-card.active")
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
        card = page.locator("#sources-panel .src-card.active")
        expect(card).to_be_in_viewport()
        expect(card.locator("mark")).to_contain_text("374")
        assert card.get_attribute("id").startswith("cite-2-")  # the third turn's card, not the first's

        time.sleep(0.6)  # let the smooth scroll settle before the picture
        shot = page.screenshot(path=str(Path(settings.feedback_path).parent / "chat.png"))
        assert len(shot) > 10_000  # a real picture of the page, not an empty one
        screenshots.keep(Path(settings.feedback_path).parent / "chat.png", "screenshot.png")

        # Markdown in a question is shown as typed, never rendered (an image link would fetch from outside).
        ask(page, "![图](http://example.com/a.png) **镇江市**排查了多少家企业？", 3)
        expect(page.locator("#chat .user-q").last).to_contain_text("![图](http://example.com/a.png)")
        expect(page.locator("#chat img[src*='example.com']")).to_have_count(0)

        # 新对话 clears the chat and the sources panel.
        page.locator("#new-chat").click()
        expect(page.locator("#chat .answer-msg")).to_have_count(0)
        expect(page.locator(".src-card")).to_have_count(0)

    assert requests, "no requests recorded"
    outside = [u for u in requests
               if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own_host]
    assert outside == [], f"the page fetched from other hosts: {outside}"


def test_feedback_keeps_one_current_rating_per_answer_with_its_own_comment(served):
    from playwright.sync_api import expect

    settings, url, _ = served
    with browser_page(url) as page:
        ask(page, NANTONG_Q, 0)
        ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 1)
        before = set(feedback_now(settings))

        # 👍 on the second answer opens a comment box bound to that answer, right under the chat.
        thumbs(page, "赞").click()
        box = page.locator("#feedback-msg")
        expect(page.locator("#comment textarea")).to_be_visible()
        expect(box).to_contain_text("第 2 问")
        page.locator("#comment textarea").fill("回答准确")
        page.locator("#comment-send").click()
        expect(box).to_contain_text("已保存您对第 2 问的意见")
        current = {k: v for k, v in feedback_now(settings).items() if k not in before}
        assert len(current) == 1
        (rated,) = current.values()
        assert rated["rating"] == "up" and rated["comment"] == "回答准确" and "宿迁" in rated["question"]

        # 👍 → 👎 replaces the rating (the comment stays with the answer); withdrawing removes it.
        thumbs(page, "踩").click()
        expect(box).to_contain_text("（踩）")
        record = feedback_now(settings)[rated["answer_id"]]
        assert record["rating"] == "down" and record["comment"] == "回答准确"
        thumbs(page, "踩").click()
        expect(box).to_contain_text("已取消对第 2 问的评价")
        assert feedback_now(settings)[rated["answer_id"]]["rating"] == "none"
        lines = Path(settings.feedback_path).read_text(encoding="utf-8").splitlines()
        assert [json.loads(x)["rating"] for x in lines if rated["answer_id"] in x] == ["up", "up", "down", "none"]


def test_new_chat_resets_the_search_scope_and_an_active_scope_is_shown(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        expect(page.locator("#scope-row")).to_be_hidden()
        choose_scope(page, "最新一期")
        banner = page.locator("#scope-banner")
        expect(banner).to_be_visible()
        expect(banner).to_contain_text("最新一期（2026年第13期）")
        scoped = ask(page, "扬州市多部门联动检查发现问题隐患多少条？", 0)
        expect(scoped.locator(".scope-note")).to_contain_text("最新一期（2026年第13期）")

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


def test_phone_width_keeps_the_question_box_on_screen_and_opens_sources_in_place(served, screenshots, tmp_path):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url, viewport=PHONE) as page:
        box = page.locator("#question textarea").bounding_box()
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]  # on screen, unscrolled
        assert page.locator("#chat").bounding_box()["height"] < 0.6 * PHONE["height"]  # no fixed 560 px
        first_example = page.locator("#examples button").first.bounding_box()
        assert first_example["y"] + first_example["height"] <= PHONE["height"]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing off the side

        answer = ask(page, NANTONG_Q, 0)
        expect(answer).to_contain_text("31933")
        scrolled = page.evaluate("window.scrollY")
        answer.locator(".answer-text a.cite").first.click()
        card = answer.locator(".src-card.inline.open")  # opened under the answer, not in a panel far below
        expect(card).to_be_visible()
        expect(card).to_be_in_viewport()
        expect(card.locator("mark")).to_contain_text("31933")
        assert abs(page.evaluate("window.scrollY") - scrolled) < 400
        time.sleep(0.6)
        page.screenshot(path=str(tmp_path / "phone.png"))
        screenshots.keep(tmp_path / "phone.png", "screenshot-phone.png")
        card.locator(".card-close").click()
        expect(answer.locator(".src-card.inline.open")).to_have_count(0)
        box = page.locator("#question textarea").bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"] + page.evaluate("window.scrollY")


def _contrasts(page) -> dict[str, float]:
    """Contrast of the quote highlight, the [n] link, a source link and the scope note of the last answer."""
    answer = page.locator("#chat .answer-msg:not(.streaming)").last
    targets = {"quote highlight": page.locator("#sources-panel .src-context mark").first,
               "[n] link": answer.locator(".answer-text a.cite").first,
               "source link": answer.locator(".src-list a.cite").first,
               "scope note": answer.locator(".scope-note").first,
               "answer text": answer.locator(".answer-text").first}
    return {name: round(loc.evaluate(CONTRAST), 2) for name, loc in targets.items()}


def test_both_themes_are_readable_and_the_toggle_switches_them(served, screenshots, tmp_path):
    _, url, _ = served
    with browser_page(url, color_scheme="dark") as page:
        assert page.evaluate("document.body.classList.contains('dark')")  # follows the system
        choose_scope(page, "2025年全部简报")
        ask(page, NANTONG_Q, 0)
        page.locator(".answer-text a.cite").first.click()
        dark = _contrasts(page)
        assert all(v >= 4.5 for v in dark.values()), dark
        time.sleep(0.6)
        page.screenshot(path=str(tmp_path / "dark.png"))
        screenshots.keep(tmp_path / "dark.png", "screenshot-dark.png")

        page.locator("#theme-toggle").click()
        assert not page.evaluate("document.body.classList.contains('dark')")
        light = _contrasts(page)
        assert all(v >= 4.5 for v in light.values()), light
        assert light["quote highlight"] != dark["quote highlight"]  # really a different colour pair
        page.reload()  # the choice is kept in this browser
        page.wait_for_selector("#question textarea")
        assert not page.evaluate("document.body.classList.contains('dark')")


def test_over_long_paste_keeps_the_text_and_says_the_limit(served):
    from playwright.sync_api import expect

    settings, url, _ = served
    limit = settings.max_question_chars
    pasted = "南通市累计排查企业多少家？" + "请详细说明" * (limit // 5 + 1)
    with browser_page(url) as page:
        page.locator("#question textarea").fill(pasted)
        expect(page.locator("#ask-count")).to_contain_text(f"最多 {limit} 字")
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


ENGLISH_WORDS = ("Drop File Here", "Click to Upload", "Login", "username", "password", "Incorrect Credentials",
                 "Like", "Dislike", "Liked", "Disliked", "Clear", "Copy message", "Warning")


def english_on_page(page) -> list[str]:
    """Gradio's English words anywhere in the page's text, tooltips or accessible labels."""
    found = page.evaluate("""words => {
      const texts = [document.body.innerText];
      document.querySelectorAll('[title], [aria-label], [placeholder]').forEach(e => texts.push(
        e.getAttribute('title') || '', e.getAttribute('aria-label') || '', e.getAttribute('placeholder') || ''));
      const all = texts.join('\\n');
      return words.filter(w => new RegExp('(^|[^A-Za-z])' + w + '([^A-Za-z]|$)').test(all));
    }""", list(ENGLISH_WORDS))
    return found


@pytest.fixture(scope="module")
def login_served(assistant, built_index, tmp_path_factory):
    settings = built_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl",
                                   users={"admin": "pw-admin", "staff": "pw-staff"}, admins=("admin",))
    demo, url, host = serve(assistant, settings)
    yield settings, url, host
    demo.close()


def log_in(page, user: str, password: str) -> None:
    page.get_by_label("用户名").fill(user)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()


def test_gradio_words_are_chinese_in_an_english_browser(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url, locale="en-US") as page:
        ask(page, NANTONG_Q, 0)
        thumbs(page, "赞").click()
        expect(page.locator("#feedback-msg")).to_contain_text("已记录")
        assert english_on_page(page) == []
        labels = page.eval_on_selector_all('#chat [data-testid="bot"]', "els => els.map(e => e.getAttribute('aria-label'))")
        assert labels and all(x.startswith("回答：") and "<" not in x and "31933" in x for x in labels)  # no raw HTML
        page.get_by_role("tab", name="简报库").click()
        expect(page.locator("#upload-files")).to_contain_text("拖放")
        assert english_on_page(page) == []


def test_login_page_is_chinese_staff_cannot_upload_and_logout_works(login_served):
    from playwright.sync_api import expect, sync_playwright

    _, url, _ = login_served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_context(locale="en-US", viewport=DESKTOP).new_page()
            page.goto(url)
            expect(page.get_by_role("button", name="登录")).to_be_visible()
            assert english_on_page(page) == []
            log_in(page, "staff", "wrong")
            expect(page.locator("body")).to_contain_text("凭据不正确")
            assert english_on_page(page) == []

            log_in(page, "staff", "pw-staff")
            page.wait_for_selector("#question textarea")
            page.get_by_role("tab", name="简报库").click()
            expect(page.locator("#upload-note")).to_contain_text("只有管理员可以上传简报（当前用户：staff）")
            expect(page.locator("#upload-btn")).to_be_disabled()

            page.locator("#logout").click()
            expect(page.get_by_role("button", name="登录")).to_be_visible()
            page.goto(url)  # logged out for real: the app is behind the login page again
            expect(page.get_by_role("button", name="登录")).to_be_visible()
            expect(page.locator("#question textarea")).to_have_count(0)
        finally:
            browser.close()


def test_unusable_llm_setting_is_flagged_answers_offline_and_survives_a_reload(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        page.get_by_role("tab", name="设置").click()
        page.get_by_label("OpenAI 兼容接口").check()
        page.locator("#base-url textarea, #base-url input").first.fill("")
        expect(page.locator("#backend-note")).to_contain_text("接口地址无效")
        page.get_by_role("tab", name="问答").click()
        answer = ask(page, NANTONG_Q, 0)
        expect(answer).to_contain_text("31933")  # answered, offline, with the reason
        expect(answer.locator(".notice")).to_contain_text("已改用离线抽取式回答")
        expect(page.locator("#chat .answer-msg.error")).to_have_count(0)

        page.reload()
        page.wait_for_selector("#question textarea")
        page.get_by_role("tab", name="设置").click()
        expect(page.get_by_label("OpenAI 兼容接口")).to_be_checked()  # the choice was kept in this browser
        expect(page.locator("#backend-note")).to_contain_text("接口地址无效")


def test_arrow_up_recalls_the_last_question(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        ask(page, NANTONG_Q, 0)
        box = page.locator("#question textarea")
        expect(box).to_have_value("")
        box.focus()
        page.keyboard.press("ArrowUp")
        expect(box).to_have_value(NANTONG_Q)


def test_a_question_can_be_edited_and_asked_again_replacing_what_followed(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 0)
        ask(page, "扬州市多部门联动检查发现问题隐患多少条？", 1)
        ask(page, "镇江市累计排查了多少家企业？", 2)
        page.locator("#chat .user-q").nth(1).hover()
        page.locator("#chat .edit-q").nth(1).click()
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


def test_an_answer_copies_as_text_and_the_conversation_exports(served, tmp_path):
    from docx import Document
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        answer = ask(page, NANTONG_Q, 0)
        answer.locator(".copy-answer").click()
        expect(answer.locator(".copy-answer")).to_have_text("已复制")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "31933" in copied and "来源：" in copied and "2025年第14期" in copied and "<" not in copied

        page.locator("#export-docx").click()
        link = page.locator('#export-file a[download$=".docx"]').first
        expect(link).to_be_visible()
        with page.expect_download() as download:
            link.click()
        saved = tmp_path / "export.docx"
        download.value.save_as(saved)
        text = "\n".join(p.text for p in Document(str(saved)).paragraphs)
        assert NANTONG_Q in text and "31933" in text and "来源：" in text


def test_regenerate_replaces_the_last_answer_and_the_chat_goes_on_after_stop(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 0)
        ask(page, NANTONG_Q, 1)
        page.locator("#regen").click()
        page.wait_for_function("document.querySelectorAll('#chat .answer-msg.streaming').length == 0", timeout=60_000)
        time.sleep(1)
        expect(page.locator("#chat .user-q")).to_have_count(2)  # replaced, not appended
        expect(page.locator("#chat .answer-msg").last).to_contain_text("31933")
        expect(page.locator("#sources-panel details.turn")).to_have_count(2)

        page.locator("#question textarea").fill("扬州市多部门联动检查发现问题隐患多少条？")
        page.locator("#send").click()
        page.locator("#stop").click()
        page.wait_for_function("!document.querySelector('#chat .answer-msg.streaming') || "
                               "document.querySelectorAll('#chat .answer-msg').length <= 3", timeout=30_000)
        ask(page, "南通市累计排查企业多少家？", len(page.locator("#chat .answer-msg:not(.streaming)").all()))
        expect(page.locator("#chat .answer-msg").last).to_contain_text("31933")


def test_admins_see_the_feedback_log_filtered_by_rating_and_staff_do_not(login_served):
    from playwright.sync_api import expect, sync_playwright

    _, url, _ = login_served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            staff = browser.new_context(locale="zh-CN", viewport=DESKTOP).new_page()
            staff.goto(url)
            log_in(staff, "staff", "pw-staff")
            staff.wait_for_selector("#question textarea")
            ask(staff, NANTONG_Q, 0)
            thumbs(staff, "踩").click()
            expect(staff.locator("#feedback-msg")).to_contain_text("（踩）")
            staff.locator("#comment textarea").fill("数字要再核对")
            staff.locator("#comment-send").click()
            expect(staff.locator("#feedback-msg")).to_contain_text("已保存")
            ask(staff, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 1)
            thumbs(staff, "赞").click()
            expect(staff.locator("#feedback-msg")).to_contain_text("（赞）")
            expect(staff.get_by_role("tab", name="反馈")).to_have_count(0)  # not for staff

            admin = browser.new_context(locale="zh-CN", viewport=DESKTOP).new_page()
            admin.goto(url)
            log_in(admin, "admin", "pw-admin")
            admin.wait_for_selector("#question textarea")
            admin.get_by_role("tab", name="反馈").click()
            table = admin.locator("#fb-table")
            expect(table).to_contain_text("数字要再核对")
            expect(table).to_contain_text("宿迁市")
            admin.get_by_label("仅看踩").check()
            expect(table).to_contain_text("数字要再核对")
            expect(table).not_to_contain_text("宿迁市")
            expect(table.locator("tbody tr")).to_have_count(1)
        finally:
            browser.close()


def test_library_search_filters_the_briefings(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        page.get_by_role("tab", name="简报库").click()
        rows = page.locator("#briefings tbody tr")
        expect(rows).to_have_count(5)
        page.locator("#lib-query textarea, #lib-query input").first.fill("31933")
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("2025年第14期")
        expect(page.locator("#delete-btn")).to_be_enabled()  # anonymous admin is on in this app


def test_a_conversation_survives_a_reload_and_past_ones_can_be_reopened(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        ask(page, NANTONG_Q, 0)
        time.sleep(1.5)  # the conversation is stored after the answer
        page.reload()
        page.wait_for_selector("#question textarea")
        answer = page.locator("#chat .answer-msg").last
        expect(answer).to_contain_text("31933")
        expect(page.locator("#sources-panel .src-card mark")).to_contain_text("31933")
        follow = ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 1)  # it goes on from there
        expect(follow).to_contain_text("54")

        time.sleep(1.5)
        page.locator("#new-chat").click()
        expect(page.locator("#chat .answer-msg")).to_have_count(0)
        page.locator("#history input").click()
        page.get_by_role("option", name=NANTONG_Q[:20]).first.click()
        expect(page.locator("#chat .user-q")).to_have_count(2)
        expect(page.locator("#chat .answer-msg").first).to_contain_text("31933")


def test_a_source_card_opens_the_whole_briefing_at_the_quote(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        answer = ask(page, NANTONG_Q, 0)
        answer.locator(".answer-text a.cite").first.click()
        page.locator("#sources-panel .src-card.active .open-full").click()
        full = page.locator("#full-text")
        expect(full).to_contain_text("2025年第14期")
        assert full.locator(".full-title").count() >= 2  # the whole briefing, every article
        mark = full.locator("mark").first
        expect(mark).to_contain_text("31933")
        expect(mark).to_be_in_viewport()
        page.locator("#full-close").click()
        expect(full).to_be_hidden()

        # Another question's card opens its own briefing, at its own quote.
        other = ask(page, "宿迁市有多少家化工企业建立了事故隐患报告制度？", 1)
        other.locator(".answer-text a.cite").first.click()
        page.locator("#sources-panel .src-card.active .open-full").click()
        mark = full.locator("mark:not(.stale)").first
        expect(mark).to_contain_text("54")
        expect(mark).to_be_in_viewport()


def test_suggested_follow_ups_come_from_the_cited_article_and_are_asked_on_a_click(served):
    from playwright.sync_api import expect

    _, url, _ = served
    with browser_page(url) as page:
        answer = ask(page, NANTONG_Q, 0)
        suggestion = answer.locator(".followups button.followup").first
        expect(suggestion).to_be_visible()
        asked = suggestion.inner_text()
        assert asked.endswith("？") and "31933" not in asked
        suggestion.click()
        page.wait_for_function("document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > 1",
                               timeout=60_000)
        expect(page.locator("#chat .user-q").last).to_have_text(asked)
        follow = page.locator("#chat .answer-msg:not(.streaming)").last
        expect(follow.locator(".answer-text.refused")).to_have_count(0)  # the article answers it
        expect(follow.locator(".src-list")).to_contain_text("2025年第14期")


NEW_BRIEFING = """江苏应急管理简报

2026 年第 99 期

江苏省应急管理厅办公室

2026 年 4 月 10 日

【地方动态】

常州市加快推进应急避难场所建设

截至目前，常州市新增应急避难场所 4321 处，可容纳避险人员约 56 万人，实现城乡社区全覆盖。
"""


def test_an_admin_uploads_a_briefing_in_the_page_and_can_ask_about_it_at_once(fresh_index, tmp_path):
    from playwright.sync_api import expect

    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl", allow_anonymous_admin=True)
    demo, url, _ = serve(Assistant(settings, open_store(settings)), settings)
    src = tmp_path / "常州 简报.txt"
    src.write_text(NEW_BRIEFING, encoding="utf-8")
    try:
        with browser_page(url) as page:
            page.get_by_role("tab", name="简报库").click()
            page.locator("#upload-files input[type=file]").set_input_files(str(src))
            page.locator("#upload-btn").click()
            expect(page.locator("#upload-msg")).to_contain_text("已加入索引", timeout=60_000)
            expect(page.locator("#upload-msg")).to_contain_text("2026年第99期")
            expect(page.locator("#status")).to_contain_text("已索引 6 份简报")
            page.get_by_role("tab", name="问答").click()
            answer = ask(page, "常州市新增应急避难场所多少处？", 0)
            expect(answer).to_contain_text("4321")
    finally:
        demo.close()
