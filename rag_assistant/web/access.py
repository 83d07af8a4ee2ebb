"""Who may do what in the web chat: uploads and the LLM endpoint are for admins only.

With login on (``users``), admins are the users listed in ``admins``. With login off nobody is an
admin unless the operator says so with ``allow_anonymous_admin`` (RAG_ALLOW_ANONYMOUS_ADMIN=1), meant
for a chat that only its own machine can reach.
"""

from __future__ import annotations

from typing import Any

from ..settings import Settings
from .render import esc

HOW_TO_ENABLE = (
    "如需开启：运维人员可设置环境变量 RAG_USERS=\"用户名:密码\" 和 RAG_ADMINS=用户名 开启登录，"
    "管理员登录后即可使用；若仅在本机使用，也可设置 RAG_ALLOW_ANONYMOUS_ADMIN=1"
    "（或在 rag.toml 中写 allow_anonymous_admin = true）后重启服务。"
)


def user_of(request: Any) -> str | None:
    """The logged-in user of a gradio request, None without login."""
    return getattr(request, "username", None) if request is not None else None


def is_admin(settings: Settings, user: str | None) -> bool:
    """Whether ``user`` may upload briefings and point the assistant at another LLM endpoint."""
    if settings.users:
        return user is not None and user in settings.admins
    return bool(settings.allow_anonymous_admin)


def refusal(settings: Settings, user: str | None, what: str) -> str:
    """Why ``what`` (上传简报, 更改大模型接口) is not allowed, in Chinese, with how to allow it."""
    if settings.users:
        return f"只有管理员可以{what}（当前用户：{user or '未登录'}）。"
    return f"{what}需要管理员权限，当前未开启登录，此功能已关闭。{HOW_TO_ENABLE}"


def render_access_note(settings: Settings, user: str | None, what: str) -> str:
    """The hint shown where a non-admin would upload or change the endpoint; empty for admins."""
    if is_admin(settings, user):
        return ""
    return f'<div class="access-note" role="note">🔒 {esc(refusal(settings, user, what))}</div>'


# Gradio serves these without its login check; with login on, only a signed-in user may cancel or reset events.
UNGUARDED_POSTS = ("/gradio_api/cancel", "/gradio_api/reset")


class SignedInOnly:
    """Pure ASGI middleware: with login on, refuses anonymous POSTs to gradio's cancel/reset routes (401)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        path = (scope.get("path") or "").rstrip("/")
        if scope["type"] == "http" and scope.get("method") == "POST" and path in UNGUARDED_POSTS:
            gradio_app = scope.get("app")
            if getattr(gradio_app, "auth", None) and _user(scope, gradio_app) is None:
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json; charset=utf-8")]})
                await send({"type": "http.response.body", "body": '{"detail":"未登录"}'.encode()})
                return
        await self.app(scope, receive, send)


def _user(scope, gradio_app) -> str | None:
    """The signed-in user of a request, from gradio's access-token cookie."""
    from http.cookies import SimpleCookie

    cookie = SimpleCookie()
    for name, value in scope.get("headers") or []:
        if name == b"cookie":
            cookie.load(value.decode("latin-1"))
    cookie_id = getattr(gradio_app, "cookie_id", "")
    for key in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        if key in cookie and cookie[key].value in getattr(gradio_app, "tokens", {}):
            return gradio_app.tokens[cookie[key].value]
    return None
