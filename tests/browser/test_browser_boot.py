"""A browser left on app.py's loading page (rag_assistant/web/boot.py) reloads by itself into the chat, here
behind gradio's login page, in the light and the dark theme. The app runs as a real process (tests/test_boot.py)."""

from __future__ import annotations

import time

from browser_support import BROWSER, free_port
from test_boot import LOADING, get, printed, start_app, stop

pytestmark = BROWSER


def test_a_browser_on_the_loading_page_reloads_into_the_login_and_the_chat(fresh_index, tmp_path, browser):
    from playwright.sync_api import expect

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = start_app(fresh_index.index_dir, fresh_index.corpus_dir, tmp_path, port, RAG_USERS="staff:pw-staff")
    pages = {}
    try:
        while get(url) is None:  # the loading page is up
            assert proc.poll() is None, printed(tmp_path)
            time.sleep(0.05)
        for scheme, background in (("light", "rgb(255, 255, 255)"), ("dark", "rgb(10, 15, 30)")):
            page = browser.new_context(locale="zh-CN", color_scheme=scheme).new_page()
            page.goto(url)
            expect(page.get_by_role("status")).to_contain_text(LOADING)
            assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
            pages[scheme] = page
        for page in pages.values():  # no reload from here on: the page's own polling brings the login
            expect(page.get_by_role("button", name="登录")).to_be_visible(timeout=180_000)
            assert page.url == url
        page = pages["dark"]
        page.get_by_label("用户名").fill("staff")
        page.get_by_label("密码").fill("pw-staff")
        page.get_by_role("button", name="登录").click()
        page.wait_for_selector("#question textarea")
        assert proc.poll() is None
    finally:
        for page in pages.values():
            page.context.close()
        stop(proc)
