"""Chinese for gradio's own words (login page, drop zone, 赞/踩 tooltips) in every browser.

Gradio picks its interface language from ``navigator.language``, before any of the app's own
head scripts run, and shows its login page before the app's config (and so before custom
translations) is loaded. This ASGI middleware puts a tiny script at the top of each HTML page that
reports zh-CN as the browser language, so gradio's bundled zh-CN translations are used everywhere.
"""

from __future__ import annotations

LOCALE_SCRIPT = (
    b"<script>(function(){try{var l=function(){return 'zh-CN'},ls=function(){return ['zh-CN','zh']};"
    b"Object.defineProperty(Navigator.prototype,'language',{get:l,configurable:true});"
    b"Object.defineProperty(Navigator.prototype,'languages',{get:ls,configurable:true});}catch(e){}})();</script>"
)


def localize_html(body: bytes) -> bytes:
    """The page with lang="zh-CN" and the locale script first in <head> (unchanged if it has no <head>)."""
    if b"<head>" not in body:
        return body
    body = body.replace(b'lang="en"', b'lang="zh-CN"', 1)
    return body.replace(b"<head>", b"<head>" + LOCALE_SCRIPT, 1)


class ChineseLocale:
    """Pure ASGI middleware applying ``localize_html`` to GET responses of type text/html."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if not headers.get(b"content-type", b"").startswith(b"text/html") or b"content-encoding" in headers:
                    start["pass"] = True
                    await send(message)
                    return
                start["message"] = message
                return
            if start.get("pass") or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = localize_html(b"".join(chunks))
            head = start["message"]
            headers = [(k, v) for k, v in head.get("headers") or [] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**head, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
