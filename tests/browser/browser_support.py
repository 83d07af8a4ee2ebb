"""Helpers of the browser tests (tests/browser): the four views, serving the real app, asking a question and
waiting until the answer is kept, opening a citation, and the checks every test ends with (all of the page's own
text has contrast >= 4.5, nothing sticks out sideways)."""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from rag_assistant import web  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
NANTONG_Q = "南通市化工、医药企业“打非治违”专项治理行动累计排查了多少家企业？"
SUQIAN_Q = "宿迁市有多少家化工企业建立了事故隐患报告制度？"

# Every browser test module: ``pytestmark = BROWSER``.
BROWSER = [
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


# Records whether a still-streaming answer was ever on the page. The mutation records are read, not only the page
# at callback time: under load one batch of DOM changes can add a streaming frame and replace it with the final
# answer before the callback runs, and the page then shows no streaming frame although one was rendered.
SEE_STREAMING = """
window.__sawStreaming = false;
// Only the chat renders .answer-msg.streaming (web/render.py); a node added and replaced in one batch is detached
// by now, so it is matched by its class alone, not by where it stands.
const __streaming = n => n.nodeType === 1 &&
  (n.matches('.answer-msg.streaming') || n.querySelector('.answer-msg.streaming') !== null);
new MutationObserver(records => {
  for (const r of records) {
    if ((r.type === 'attributes' && __streaming(r.target)) || [...r.addedNodes].some(__streaming)) {
      window.__sawStreaming = true;
    }
  }
  if (document.querySelector('#chat .answer-msg.streaming')) window.__sawStreaming = true;
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
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


def ask(page, question: str, answers_before: int):
    """Ask a question and wait for its answer, and until the conversation is kept (the answering event's last
    step), so that what a test does next starts from a finished turn."""
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
                           arg=turns, timeout=90_000)  # a bound on a hang; a loaded 2-core CI needs >30 s


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
