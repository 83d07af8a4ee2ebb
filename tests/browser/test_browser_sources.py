"""The page in a real browser: the layout at desktop and phone width (sources beside the chat or under the
answer), both themes' contrast and the toggle, Chinese UI in an English browser, 查看全文, conversations kept
across a reload and 历史对话, copying an answer and the Word and Markdown export."""

from __future__ import annotations

import pytest
from browser_support import (
    BROWSER,
    CONTRAST,
    NANTONG_Q,
    SUQIAN_Q,
    ask,
    assert_readable,
    choose_scope,
    download_export,
    english_on_page,
    keep_screenshot,
    open_citation,
    settled,
    thumbs,
    wait_until_kept,
)

pytestmark = BROWSER
expect = pytest.importorskip("playwright.sync_api").expect


# How many lines an element's text takes (distinct tops of its text boxes), and how far it overflows sideways.
TEXT_LINES = """el => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
  return [tops.size, Math.max(0, el.scrollWidth - el.clientWidth)];
}"""


@pytest.mark.all_views
def test_the_question_box_is_on_screen_and_sources_open_beside_or_under_the_answer(served, open_page, view,
                                                                                   screenshots, tmp_path):
    _, url, _ = served
    page = open_page(url)
    box = page.locator("#question textarea").bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= view.height  # on screen, unscrolled
    first_example = page.locator("#examples button").first.bounding_box()
    assert first_example["y"] + first_example["height"] <= view.height
    if view.phone:
        assert page.locator("#chat").bounding_box()["height"] < 0.6 * view.height  # no fixed 560 px
    for button in ("#send", "#new-chat"):  # 提问 and 新对话 each on one line, nothing cut off
        lines, overflow = page.locator(button).evaluate(TEXT_LINES)
        assert (lines, overflow) == (1, 0), f"{view.name}: {button} text on {lines} lines, {overflow} px cut off"
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


def test_gradio_words_are_chinese_in_an_english_browser(served, open_page, view):
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


def test_a_source_card_opens_the_whole_briefing_at_the_quote(served, open_page, view):
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


def test_a_conversation_survives_a_reload_and_past_ones_can_be_reopened(served, open_page, view):
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


def test_an_answer_copies_as_text_and_the_conversation_exports(served, open_page, view, tmp_path):
    from docx import Document

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


def test_the_conversation_exports_to_markdown(served, open_page, view, tmp_path):
    _, url, _ = served
    page = open_page(url)
    answer = ask(page, NANTONG_Q, 0)
    quote = open_citation(page, answer, view).locator("mark").first.inner_text().strip()
    assert "31933" in quote
    saved = download_export(page, view, tmp_path, "md")
    text = saved.read_text(encoding="utf-8")
    assert NANTONG_Q in text and "31933" in text and "2025年第14期" in text, text
    assert quote in text, (quote, text)
