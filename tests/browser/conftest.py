"""Fixtures of the browser tests: one chromium and one served app for the session, and a page per test in
its view. Every test runs at desktop and phone width in the light and dark theme (the ``view`` parameter; see
pytest_generate_tests for which tests run in which views; ``--quick-views`` halves the matrix for a local run)."""

from __future__ import annotations

import pytest
from browser_support import ARGS, CHROMIUM, SEE_STREAMING, VIEWS, serve


@pytest.fixture(scope="session")
def served(assistant, built_index, tmp_path_factory):
    """No login; the operator allowed anonymous admin, so the upload drop zone is on the page."""
    settings = built_index.replace(feedback_path=tmp_path_factory.mktemp("feedback") / "feedback.jsonl",
                                   allow_anonymous_admin=True)
    demo, url, host = serve(assistant, settings)
    yield settings, url, host
    demo.close()


@pytest.fixture(scope="session")
def browser():
    """One chromium for the session; each test gets fresh contexts (no shared storage or cookies)."""
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
