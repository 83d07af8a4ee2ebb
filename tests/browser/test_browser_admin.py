"""Feedback, login, settings and the 简报库 in a real browser: one current 赞/踩 per answer with its comment,
the Chinese login page and 退出登录, the admins' 反馈 tab (not for staff), an unusable LLM setting, 简报库 search,
and an admin's upload, delete (staff cannot) and 替换同名简报 on a private index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_support import (
    BROWSER,
    NANTONG_Q,
    SUQIAN_Q,
    ask,
    assert_readable,
    english_on_page,
    feedback_now,
    serve,
    thumbs,
)

pytestmark = BROWSER
expect = pytest.importorskip("playwright.sync_api").expect


def test_feedback_keeps_one_current_rating_per_answer_with_its_own_comment(served, open_page, view):
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


def test_login_page_is_chinese_staff_cannot_upload_and_logout_works(login_served, open_page, view):
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


def test_admins_see_the_feedback_log_filtered_by_rating_and_staff_do_not(login_served, open_page, view):
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
    downs = sum(r["rating"] == "down" for r in feedback_now(settings).values())
    expect(table.locator("tbody tr")).to_have_count(downs)  # the 踩 of every run on this server so far
    assert_readable(admin, view)


def test_unusable_llm_setting_is_flagged_answers_offline_and_survives_a_reload(served, open_page, view):
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


def test_library_search_filters_the_briefings(served, open_page, view):
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


NEW_BRIEFING = """江苏应急管理简报

2026 年第 99 期

江苏省应急管理厅办公室

2026 年 4 月 10 日

【地方动态】

常州市加快推进应急避难场所建设

截至目前，常州市新增应急避难场所 4321 处，可容纳避险人员约 56 万人，实现城乡社区全覆盖。
"""


NANTONG_SOURCE = "000_c4edaeb9e379b5d7.txt"  # the bundled 2025年第14期, which holds NANTONG_Q's 31933


def serve_private(fresh_index, tmp_path, **overrides):
    """An app over this test's own copy of the index and briefings (other tests keep the shared one)."""
    from rag_assistant.assistant import Assistant
    from rag_assistant.index.store import open_store

    settings = fresh_index.replace(feedback_path=tmp_path / "fb.jsonl", **overrides)
    demo, url, _ = serve(Assistant(settings, open_store(settings)), settings)
    return settings, demo, url


def upload_in_page(page, path: Path, button: str = "#upload-btn") -> None:
    """简报库: choose the file and click ``button`` (上传 or 替换同名简报); until the page says it is indexed."""
    page.get_by_role("tab", name="简报库").click()
    page.locator("#upload-files input[type=file]").set_input_files(str(path))
    page.locator(button).click()
    expect(page.locator("#upload-msg")).to_contain_text("已加入索引", timeout=60_000)


def test_an_admin_uploads_a_briefing_in_the_page_and_can_ask_about_it_at_once(fresh_index, open_page, view, tmp_path):
    _, demo, url = serve_private(fresh_index, tmp_path, allow_anonymous_admin=True)
    src = tmp_path / "常州 简报.txt"
    src.write_text(NEW_BRIEFING, encoding="utf-8")
    try:
        page = open_page(url)
        upload_in_page(page, src)
        expect(page.locator("#upload-msg")).to_contain_text("2026年第99期")
        expect(page.locator("#status")).to_contain_text("已索引 6 份简报")
        assert_readable(page, view)
        page.get_by_role("tab", name="问答").click()
        answer = ask(page, "常州市新增应急避难场所多少处？", 0)
        expect(answer).to_contain_text("4321")
    finally:
        demo.close()


def test_an_admin_deletes_a_briefing_in_the_page_and_staff_cannot(fresh_index, open_page, view, tmp_path):
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
    settings, demo, url = serve_private(fresh_index, tmp_path, allow_anonymous_admin=True)
    corpus = Path(settings.corpus_dir)
    original = (corpus / NANTONG_SOURCE).read_text(encoding="utf-8")
    corrected = tmp_path / "upload" / NANTONG_SOURCE  # a corrected edition under the same file name
    corrected.parent.mkdir()
    corrected.write_text(original.replace("31933", "31939"), encoding="utf-8")
    try:
        page = open_page(url)
        upload_in_page(page, corrected, "#replace-btn")
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
