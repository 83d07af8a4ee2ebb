"""The chat in a real browser (Debian's chromium, headless, via Playwright), every test at desktop and
phone width and in the light and dark theme (the ``view`` parameter; see pytest_generate_tests for which
tests run in which views; ``--quick-views`` halves the matrix for a local run): streamed answers, clickable
citations that open the highlighted quote (beside the chat on desktops, under the answer on phones),
follow-ups, feedback per answer, the search scope, both themes' contrast and the toggle, over-long
questions, Chinese UI and login/logout, 停止生成 on a slow backend, an admin's upload, delete and 替换同名简报
on a private index, Markdown and Word export, and no outside requests. After its
steps each test also checks that all of the page's own text is readable (contrast >= 4.5) and that
nothing sticks out sideways."""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from rag_assistant import web  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
NANTONG_Q = "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？"
SUQIAN_Q = "宿迁市有多少家化工企业建立了事故隐患报告制度？"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(240),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's /usr/bin/chromium is not installed (scripts/setup.sh --dev)"),
]


@dataclass(frozen=True)
class View:
    """A browser window: its size and the system's colour scheme."""

    name: str
    width: int
    height: int
    scheme: str

    @property
    def viewport(self) -> dict:
        return {"width": self.width, "height": self.height}

    @property
    def phone(self) -> bool:  # the page's narrow layout (app.css, app.js) starts at 820 px
        return self.width <= 820

    @property
    def dark(self) -> bool:
        return self.scheme == "dark"


VIEWS = [View("desktop-light", 1400, 940, "light"), View("desktop-dark", 1400, 940, "dark"),
         View("phone-light", 390, 844, "light"), View("phone-dark", 390, 844, "dark")]

# Records whether a still-streaming answer was ever on the page.
SEE_STREAMING = """
window.__sawStreaming = false;
new MutationObserver(() => {
  if (document.querySelector('#chat .answer-msg.streaming')) window.__sawStreaming = true;
}).observe(document, {subtree: true, childList: true});
"""

# WCAG contrast ratio of an element's text against the first opaque background behind it.
CONTRAST_FN = """el => {
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
CONTRAST = CONTRAST_FN

# Every visible element of the page's own markup that holds text of its own, with a contrast below 4.5.
LOW_CONTRAST = """sel => {
  const contrast = """ + CONTRAST_FN + """;
  const low = [];
  document.querySelectorAll(sel).forEach(el => {
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) return;
    const r = contrast(el);
    if (r < 4.5) low.push(`${el.tagName.toLowerCase()}.${el.className} ${r.toFixed(2)} «${el.textContent.trim().slice(0, 20)}»`);
  });
  return low;
}"""
OWN_TEXT = ", ".join([
    "#chat .answer-msg", "#chat .answer-msg *", "#chat .user-q", ".edit-q", "#sources-panel *", ".scope-banner",
    "#ask-count", "#ask-count *", ".examples-label", ".feedback-msg", ".access-note", ".status-line",
    ".startup-notice *", ".app-title *", ".panel-title", ".hint", "table.briefings *", ".brief-summary",
    ".upload-msg *", "#full-text *", "#fb-table *"])


def settled(page) -> None:
    """Until no CSS transition runs (after a theme switch, colours pass through in-between values)."""
    page.wait_for_function("document.getAnimations().every(a => !(a instanceof CSSTransition) || "
                           "a.playState !== 'running')", timeout=5_000)


def assert_readable(page, view: View) -> None:
    """All of the page's own visible text has a contrast >= 4.5, and nothing is wider than the window."""
    settled(page)
    low = page.evaluate(LOW_CONTRAST, OWN_TEXT)
    assert low == [], f"{view.name}: text below contrast 4.5: {low}"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= view.width, f"{view.name}: the page is {width} px wide in a {view.width} px window"


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


@pytest.fixture(scope="module")
def browser():
    """One chromium for the module; each test gets fresh contexts (no shared storage or cookies)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def pytest_generate_tests(metafunc):
    """The view of each test: all four (desktop and phone width, light and dark theme) for every test. With
    --quick-views (a quick local run, about half the time) only the layout and theme tests (marked all_views)
    keep all four and the others run in desktop-light and phone-dark (each width and each theme once)."""
    if "view" not in metafunc.fixturenames:
        return
    quick = metafunc.config.getoption("--quick-views")
    every = not quick or metafunc.definition.get_closest_marker("all_views")
    views = VIEWS if every else [VIEWS[0], VIEWS[3]]
    metafunc.parametrize("view", views, ids=[v.name for v in views])


@pytest.fixture
def open_page(browser, view):
    """open_page(url, ...) -> a page in a new context of this test's view, closed after the test."""
    contexts = []

    def open_(url: str, locale: str = "zh-CN", requests: list | None = None, app: bool = True):
        context = browser.new_context(locale=locale, viewport=view.viewport, color_scheme=view.scheme)
        contexts.append(context)
        context.add_init_script(SEE_STREAMING)
        page = context.new_page()
        if requests is not None:  # every request the page makes, from the first one
            page.on("request", lambda r: requests.append(r.url))
        page.goto(url)
        if app:
            page.wait_for_selector("#question textarea")
        return page

    yield open_
    for context in contexts:
        context.close()


def ask(page, question: str, answers_before: int):
    """Ask a question and wait for its answer, and for the answering event to finish (the conversation is
    stored by the event's last step): gradio ignores a click on 提问 while the previous answer's event is still
    pending, as a user's click in that instant would be."""
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .answer-msg:not(.streaming)').length > n", arg=answers_before,
        timeout=60_000)
    wait_until_kept(page, answers_before + 1)
    return page.locator("#chat .answer-msg:not(.streaming)").last


def wait_until_kept(page, turns: int) -> None:
    """Until this tab's conversation, with ``turns`` turns, is kept in the browser's localStorage."""
    page.wait_for_function("""n => { const id = sessionStorage.getItem('rag-current');
        const kept = id && localStorage.getItem('rag-conv-' + id); return kept && JSON.parse(kept).length === n; }""",
                           arg=turns, timeout=30_000)


def choose_scope(page, label: str) -> None:
    page.locator("#scope input").click()
    page.get_by_role("option", name=label).first.click()


def thumbs(page, name: str):
    """The 赞/踩 button under the latest answer (labelled 已赞/已踩 while selected)."""
    return page.locator("#chat .message-buttons").last.locator(
        f'button[aria-label="{name}"], button[aria-label^="已{name}"]')


def feedback_now(settings) -> dict:
    return {r["answer_id"]: r for r in web.current_feedback(settings.feedback_path)}


def open_citation(page, answer, view: View):
    """Click the answer's first [n]: its card opens in the sources panel beside the chat (desktop) or in
    place under the answer (phone); either way it is on screen. Returns the card."""
    answer.locator(".answer-text a.cite").first.click()
    if view.phone:
        card = answer.locator(".src-card.inline.open")
    else:
        card = page.locator("#sources-panel .src-card.active")
    from playwright.sync_api import expect

    expect(card).to_have_count(1)
    expect(card).to_be_visible()
    expect(card).to_be_in_viewport()
    return card


def keep_screenshot(page, view: View, wanted: str, tmp_path: Path, screenshots, name: str) -> None:
    """A picture of the page for README (scripts/screenshots.sh), taken in one view only."""
    if view.name != wanted:
        return
    time.sleep(0.6)  # let the smooth scroll settle before the picture
    shot = page.screenshot(path=str(tmp_path / name))
    assert len(shot) > 10_000  # a real picture of the page, not an empty one
    screenshots.keep(tmp_path / name, name)


def use_endpoint(page, base_url: str | None, model: str = "m") -> None:
    """设置: answer through an OpenAI-compatible endpoint (or, with None, offline again); back to 问答."""
    page.get_by_role("tab", name="设置").click()
    if base_url is None:
        page.get_by_label("抽取式（离线）").check()
    else:
        page.get_by_label("OpenAI 兼容接口").check()
        page.locator("#base-url textarea, #base-url input").first.fill(base_url)
        page.locator("#model textarea, #model input").first.fill(model)
    page.get_by_role("tab", name="问答").click()


def test_chat_in_a_real_browser(served, open_page, view, screenshots, tmp_path):
    from playwright.sync_api import expect

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


def test_feedback_keeps_one_current_rating_per_answer_with_its_own_comment(served, open_page, view):
    from playwright.sync_api import expect

    settings, url, _ = served
    page = open_page(url)
    ask(page, NANTONG_Q, 0)
    ask(page, SUQIAN_Q, 1)
    before = set(feedback_now(settings))

    # 👍 on the second answer opens a comment box bound to that answer, right under the chat.
    thumbs(page, "赞").click()
    box = page.locator("#feedback-msg")
    expect(page.locator("#comment textarea")).to_be_visible()
    expect(box).to_contain_text("第 2 问")
    page.locator("#comment textarea").fill("回答准确")
    page.locator("#comment-send").click()
    expect(box).to_contain_text("已保存您对第 2 问的意见")
    assert_readable(page, view)
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


def test_new_chat_resets_the_search_scope_and_an_active_scope_is_shown(served, open_page, view):
    from playwright.sync_api import expect

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


@pytest.mark.all_views
def test_the_question_box_is_on_screen_and_sources_open_beside_or_under_the_answer(served, open_page, view,
                                                                                   screenshots, tmp_path):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    box = page.locator("#question textarea").bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= view.height  # on screen, unscrolled
    first_example = page.locator("#examples button").first.bounding_box()
    assert first_example["y"] + first_example["height"] <= view.height
    if view.phone:
        assert page.locator("#chat").bounding_box()["height"] < 0.6 * view.height  # no fixed 560 px
    assert_readable(page, view)

    answer = ask(page, NANTONG_Q, 0)
    expect(answer).to_contain_text("31933")
    scrolled = page.evaluate("window.scrollY")
    card = open_citation(page, answer, view)
    expect(card.locator("mark")).to_contain_text("31933")
    if not view.phone:  # the sources panel is a column beside the chat, and the answer holds no card
        chat, panel = page.locator("#chat").bounding_box(), card.bounding_box()
        assert panel["x"] >= chat["x"] + chat["width"]
        expect(answer.locator(".src-card.inline.open")).to_have_count(0)
        return
    expect(page.locator("#sources-panel")).to_be_hidden()
    assert abs(page.evaluate("window.scrollY") - scrolled) < 400  # opened in place, no jump to a panel
    keep_screenshot(page, view, "phone-light", tmp_path, screenshots, "screenshot-phone.png")
    assert_readable(page, view)
    card.locator(".card-close").click()
    expect(answer.locator(".src-card.inline.open")).to_have_count(0)
    box = page.locator("#question textarea").bounding_box()
    assert box["y"] + box["height"] <= view.height + page.evaluate("window.scrollY")


def _contrasts(answer, card) -> dict[str, float]:
    """Contrast of the quote highlight, the [n] link, a source link, the scope note and the answer text."""
    targets = {"quote highlight": card.locator(".src-context mark").first,
               "[n] link": answer.locator(".answer-text a.cite").first,
               "source link": answer.locator(".src-list a.cite").first,
               "scope note": answer.locator(".scope-note").first,
               "answer text": answer.locator(".answer-text").first}
    return {name: round(loc.evaluate(CONTRAST), 2) for name, loc in targets.items()}


@pytest.mark.all_views
def test_both_themes_are_readable_and_the_toggle_switches_them(served, open_page, view, screenshots, tmp_path):
    _, url, _ = served
    page = open_page(url)
    assert page.evaluate("document.body.classList.contains('dark')") == view.dark  # follows the system
    choose_scope(page, "2025年全部简报")
    answer = ask(page, NANTONG_Q, 0)
    card = open_citation(page, answer, view)
    settled(page)
    first = _contrasts(answer, card)
    assert all(v >= 4.5 for v in first.values()), first
    keep_screenshot(page, view, "desktop-dark", tmp_path, screenshots, "screenshot-dark.png")

    page.locator("#theme-toggle").click()
    assert page.evaluate("document.body.classList.contains('dark')") == (not view.dark)
    settled(page)
    other = _contrasts(answer, card)
    assert all(v >= 4.5 for v in other.values()), other
    assert other["quote highlight"] != first["quote highlight"]  # really a different colour pair
    assert_readable(page, view)
    page.reload()  # the choice is kept in this browser
    page.wait_for_selector("#question textarea")
    assert page.evaluate("document.body.classList.contains('dark')") == (not view.dark)


def test_over_long_paste_keeps_the_text_and_says_the_limit(served, open_page, view):
    from playwright.sync_api import expect

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


def test_gradio_words_are_chinese_in_an_english_browser(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url, locale="en-US")
    ask(page, NANTONG_Q, 0)
    thumbs(page, "赞").click()
    expect(page.locator("#feedback-msg")).to_contain_text("已记录")
    assert english_on_page(page) == []
    labels = page.eval_on_selector_all('#chat [data-testid="bot"]', "els => els.map(e => e.getAttribute('aria-label'))")
    assert labels and all(x.startswith("回答：") and "<" not in x and "31933" in x for x in labels)  # no raw HTML
    page.get_by_role("tab", name="简报库").click()
    expect(page.locator("#upload-files")).to_contain_text("拖放")
    assert english_on_page(page) == []
    assert_readable(page, view)


def test_login_page_is_chinese_staff_cannot_upload_and_logout_works(login_served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = login_served
    page = open_page(url, locale="en-US", app=False)
    expect(page.get_by_role("button", name="登录")).to_be_visible()
    assert english_on_page(page) == []
    log_in(page, "staff", "wrong")
    expect(page.locator("body")).to_contain_text("凭据不正确")
    assert english_on_page(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= view.width

    log_in(page, "staff", "pw-staff")
    page.wait_for_selector("#question textarea")
    page.get_by_role("tab", name="简报库").click()
    expect(page.locator("#upload-note")).to_contain_text("只有管理员可以上传简报（当前用户：staff）")
    expect(page.locator("#upload-btn")).to_be_disabled()
    assert_readable(page, view)

    page.locator("#logout").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()
    page.goto(url)  # logged out for real: the app is behind the login page again
    expect(page.get_by_role("button", name="登录")).to_be_visible()
    expect(page.locator("#question textarea")).to_have_count(0)


def test_unusable_llm_setting_is_flagged_answers_offline_and_survives_a_reload(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    page.get_by_role("tab", name="设置").click()
    page.get_by_label("OpenAI 兼容接口").check()
    page.locator("#base-url textarea, #base-url input").first.fill("")
    expect(page.locator("#backend-note")).to_contain_text("接口地址无效")
    assert_readable(page, view)
    page.get_by_role("tab", name="问答").click()
    answer = ask(page, NANTONG_Q, 0)
    expect(answer).to_contain_text("31933")  # answered, offline, with the reason
    expect(answer.locator(".notice")).to_contain_text("已改用离线抽取式回答")
    expect(page.locator("#chat .answer-msg.error")).to_have_count(0)
    assert_readable(page, view)

    page.reload()
    page.wait_for_selector("#question textarea")
    page.get_by_role("tab", name="设置").click()
    expect(page.get_by_label("OpenAI 兼容接口")).to_be_checked()  # the choice was kept in this browser
    expect(page.locator("#backend-note")).to_contain_text("接口地址无效")


def test_arrow_up_recalls_the_last_question(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    ask(page, NANTONG_Q, 0)
    box = page.locator("#question textarea")
    expect(box).to_have_value("")
    box.focus()
    page.keyboard.press("ArrowUp")
    expect(box).to_have_value(NANTONG_Q)


def test_a_question_can_be_edited_and_asked_again_replacing_what_followed(served, open_page, view):
    from playwright.sync_api import expect

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



def download_export(page, view, tmp_path: Path, kind: str) -> Path:
    """Click 导出 <kind>, check the page is readable with the link shown, download the file into tmp_path."""
    from playwright.sync_api import expect

    page.locator(f"#export-{kind}").click()
    link = page.locator(f'#export-file a[download$=".{kind}"]').first
    expect(link).to_be_visible()
    assert_readable(page, view)
    with page.expect_download() as download:
        link.click()
    saved = tmp_path / f"export.{kind}"
    download.value.save_as(saved)
    return saved

def test_an_answer_copies_as_text_and_the_conversation_exports(served, open_page, view, tmp_path):
    from docx import Document
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    answer = ask(page, NANTONG_Q, 0)
    answer.locator(".copy-answer").click()
    expect(answer.locator(".copy-answer")).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "31933" in copied and "来源：" in copied and "2025年第14期" in copied and "<" not in copied

    saved = download_export(page, view, tmp_path, "docx")
    text = "\n".join(p.text for p in Document(str(saved)).paragraphs)
    assert NANTONG_Q in text and "31933" in text and "来源：" in text


def test_regenerate_replaces_the_last_answer(served, open_page, view):
    from playwright.sync_api import expect

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
    from playwright.sync_api import expect

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


def test_admins_see_the_feedback_log_filtered_by_rating_and_staff_do_not(login_served, open_page, view):
    from playwright.sync_api import expect

    settings, url, _ = login_served
    comment = f"数字要再核对（{view.name}）"
    staff = open_page(url, app=False)
    log_in(staff, "staff", "pw-staff")
    staff.wait_for_selector("#question textarea")
    ask(staff, NANTONG_Q, 0)
    thumbs(staff, "踩").click()
    expect(staff.locator("#feedback-msg")).to_contain_text("（踩）")
    staff.locator("#comment textarea").fill(comment)
    staff.locator("#comment-send").click()
    expect(staff.locator("#feedback-msg")).to_contain_text("已保存")
    ask(staff, SUQIAN_Q, 1)
    thumbs(staff, "赞").click()
    expect(staff.locator("#feedback-msg")).to_contain_text("（赞）")
    expect(staff.get_by_role("tab", name="反馈")).to_have_count(0)  # not for staff

    admin = open_page(url, app=False)
    log_in(admin, "admin", "pw-admin")
    admin.wait_for_selector("#question textarea")
    admin.get_by_role("tab", name="反馈").click()
    table = admin.locator("#fb-table")
    expect(table).to_contain_text(comment)
    expect(table).to_contain_text("宿迁市")
    admin.get_by_label("仅看踩").check()
    expect(table).to_contain_text(comment)
    expect(table).not_to_contain_text("宿迁市")
    downs = sum(r["rating"] == "down" for r in web.current_feedback(settings.feedback_path))
    expect(table.locator("tbody tr")).to_have_count(downs)  # the 踩 of every run on this server so far
    assert_readable(admin, view)


def test_library_search_filters_the_briefings(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    page.get_by_role("tab", name="简报库").click()
    rows = page.locator("#briefings tbody tr")
    expect(rows).to_have_count(5)
    assert_readable(page, view)
    page.locator("#lib-query textarea, #lib-query input").first.fill("31933")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("2025年第14期")
    expect(page.locator("#delete-btn")).to_be_enabled()  # anonymous admin is on in this app


def test_a_conversation_survives_a_reload_and_past_ones_can_be_reopened(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    ask(page, NANTONG_Q, 0)
    wait_until_kept(page, 1)  # the conversation is stored after the answer
    page.reload()
    page.wait_for_selector("#question textarea")
    answer = page.locator("#chat .answer-msg").last
    expect(answer).to_contain_text("31933")
    expect(open_citation(page, answer, view).locator("mark")).to_contain_text("31933")
    follow = ask(page, SUQIAN_Q, 1)  # it goes on from there
    expect(follow).to_contain_text("54")

    wait_until_kept(page, 2)
    page.locator("#new-chat").click()
    expect(page.locator("#chat .answer-msg")).to_have_count(0)
    page.locator("#history input").click()
    page.get_by_role("option", name=NANTONG_Q[:20]).first.click()
    expect(page.locator("#chat .user-q")).to_have_count(2)
    expect(page.locator("#chat .answer-msg").first).to_contain_text("31933")
    assert_readable(page, view)


def test_a_source_card_opens_the_whole_briefing_at_the_quote(served, open_page, view):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    answer = ask(page, NANTONG_Q, 0)
    open_citation(page, answer, view).locator(".open-full").click()
    full = page.locator("#full-text")
    expect(full).to_contain_text("2025年第14期")
    assert full.locator(".full-title").count() >= 2  # the whole briefing, every article
    mark = full.locator("mark").first
    expect(mark).to_contain_text("31933")
    expect(mark).to_be_in_viewport()
    assert_readable(page, view)
    page.locator("#full-close").click()
    expect(full).to_be_hidden()

    # Another question's card opens its own briefing, at its own quote.
    other = ask(page, SUQIAN_Q, 1)
    open_citation(page, other, view).locator(".open-full").click()
    mark = full.locator("mark:not(.stale)").first
    expect(mark).to_contain_text("54")
    expect(mark).to_be_in_viewport()


def test_suggested_follow_ups_come_from_the_cited_article_and_are_asked_on_a_click(served, open_page, view):
    from playwright.sync_api import expect

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


NEW_BRIEFING = """江苏应急管理简报

2026 年第 99 期

江苏省应急管理厅办公室

2026 年 4 月 10 日

【地方动态】

常州市加快推进应急避难场所建设

截至目前，常州市新增应急避难场所 4321 处，可容纳避险人员约 56 万人，实现城乡社区全覆盖。
"""


def test_an_admin_uploads_a_briefing_in_the_page_and_can_ask_about_it_at_once(fresh_index, open_page, view, tmp_path):
    from playwright.sync_api import expect

    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl", allow_anonymous_admin=True)
    demo, url, _ = serve(Assistant(settings, open_store(settings)), settings)
    src = tmp_path / "常州 简报.txt"
    src.write_text(NEW_BRIEFING, encoding="utf-8")
    try:
        page = open_page(url)
        page.get_by_role("tab", name="简报库").click()
        page.locator("#upload-files input[type=file]").set_input_files(str(src))
        page.locator("#upload-btn").click()
        expect(page.locator("#upload-msg")).to_contain_text("已加入索引", timeout=60_000)
        expect(page.locator("#upload-msg")).to_contain_text("2026年第99期")
        expect(page.locator("#status")).to_contain_text("已索引 6 份简报")
        assert_readable(page, view)
        page.get_by_role("tab", name="问答").click()
        answer = ask(page, "常州市新增应急避难场所多少处？", 0)
        expect(answer).to_contain_text("4321")
    finally:
        demo.close()


NANTONG_SOURCE = "000_c4edaeb9e379b5d7.txt"  # the bundled 2025年第14期, which holds NANTONG_Q's 31933


def serve_private(fresh_index, tmp_path, **overrides):
    """An app over this test's own copy of the index and briefings (other tests keep the shared one)."""
    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl", **overrides)
    demo, url, _ = serve(Assistant(settings, open_store(settings)), settings)
    return settings, demo, url


def test_an_admin_deletes_a_briefing_in_the_page_and_staff_cannot(fresh_index, open_page, view, tmp_path):
    from playwright.sync_api import expect

    settings, demo, url = serve_private(fresh_index, tmp_path, users={"admin": "pw-admin", "staff": "pw-staff"},
                                        admins=("admin",))
    try:
        staff = open_page(url, app=False)
        log_in(staff, "staff", "pw-staff")
        staff.wait_for_selector("#question textarea")
        staff.get_by_role("tab", name="简报库").click()
        expect(staff.locator("#delete-btn")).to_be_disabled()

        page = open_page(url, app=False)
        log_in(page, "admin", "pw-admin")
        page.wait_for_selector("#question textarea")
        page.get_by_role("tab", name="简报库").click()
        rows = page.locator("#briefings tbody tr")
        expect(rows).to_have_count(5)
        page.locator("#delete-pick input").click()
        page.get_by_role("option", name=NANTONG_SOURCE).click()
        page.locator("#delete-btn").click()
        expect(page.locator("#upload-msg")).to_contain_text(f"已删除 {NANTONG_SOURCE}", timeout=60_000)
        expect(page.locator("#status")).to_contain_text("已索引 4 份简报")
        expect(rows).to_have_count(4)
        expect(page.locator("#briefings")).not_to_contain_text(NANTONG_SOURCE)
        assert not (Path(settings.corpus_dir) / NANTONG_SOURCE).exists()
        assert_readable(page, view)

        page.get_by_role("tab", name="问答").click()
        gone = ask(page, NANTONG_Q, 0)
        expect(gone.locator(".src-list")).not_to_contain_text("2025年第14期")
        expect(gone).not_to_contain_text("31933")
        expect(ask(page, SUQIAN_Q, 1)).to_contain_text("54")  # the other briefings still answer
    finally:
        demo.close()


def test_an_admin_replaces_a_briefing_by_name_in_the_page_and_the_old_one_is_kept(fresh_index, open_page, view,
                                                                                 tmp_path):
    from playwright.sync_api import expect

    settings, demo, url = serve_private(fresh_index, tmp_path, allow_anonymous_admin=True)
    corpus = Path(settings.corpus_dir)
    original = (corpus / NANTONG_SOURCE).read_text(encoding="utf-8")
    corrected = tmp_path / "upload" / NANTONG_SOURCE  # a corrected edition under the same file name
    corrected.parent.mkdir()
    corrected.write_text(original.replace("31933", "31939"), encoding="utf-8")
    try:
        page = open_page(url)
        page.get_by_role("tab", name="简报库").click()
        page.locator("#upload-files input[type=file]").set_input_files(str(corrected))
        page.locator("#replace-btn").click()
        expect(page.locator("#upload-msg")).to_contain_text("已加入索引", timeout=60_000)
        expect(page.locator("#status")).to_contain_text("已索引 5 份简报")  # replaced, not added
        expect(page.locator("#briefings tbody tr")).to_have_count(5)
        assert_readable(page, view)
        kept = list(corpus.glob(f".replaced-*-{NANTONG_SOURCE}"))
        assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == original  # the old version, aside
        assert (corpus / NANTONG_SOURCE).read_text(encoding="utf-8") == corrected.read_text(encoding="utf-8")

        page.get_by_role("tab", name="问答").click()
        answer = ask(page, NANTONG_Q, 0)
        expect(answer).to_contain_text("31939")  # the new edition answers
        expect(answer).not_to_contain_text("31933")
        expect(ask(page, SUQIAN_Q, 1)).to_contain_text("54")
    finally:
        demo.close()


def test_the_conversation_exports_to_markdown(served, open_page, view, tmp_path):
    from playwright.sync_api import expect

    _, url, _ = served
    page = open_page(url)
    answer = ask(page, NANTONG_Q, 0)
    quote = open_citation(page, answer, view).locator("mark").first.inner_text().strip()
    assert "31933" in quote
    saved = download_export(page, view, tmp_path, "md")
    text = saved.read_text(encoding="utf-8")
    assert NANTONG_Q in text and "31933" in text and "2025年第14期" in text, text
    assert quote in text, (quote, text)
