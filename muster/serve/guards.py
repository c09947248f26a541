"""What every request passes before the app sees it: the Host it names, the token a write needs,
a body cap counted on the bytes as they stream in, and the hardening headers every answer
carries. Plain ASGI, so nothing is read before it is allowed.
"""
from __future__ import annotations

import hmac
import json

# The pages run no inline script and load nothing from elsewhere; SVG charts and a few width
# styles are inline.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
READS = ("GET", "HEAD", "OPTIONS")


def host_name(value: str) -> str:
    """ "example.org:8000" → "example.org"; "[::1]:8000" → "::1"."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


async def _answer(send, status: int, message: str, path: str) -> None:
    if path.startswith("/api/"):
        body = json.dumps({"error": {"status": status, "message": message, "details": []}}).encode()
        kind = b"application/json"
    else:
        body = f"{status}: {message}".encode()
        kind = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class Guards:
    def __init__(self, app, settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        allowed = {h.lower() for h in self.settings.allowed_hosts}
        if "*" not in allowed and host_name(headers.get("host", "")) not in allowed:
            return await _answer(send, 400, "this server does not answer for that Host; see serve.allowed_hosts.", path)
        if scope["method"] not in READS and path.startswith("/api/"):
            refused = self._refused(headers.get("authorization"))
            if refused:
                return await _answer(send, *refused, path)
        too_large = f"the request body is over the {self.settings.max_body_bytes:,}-byte limit."
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.settings.max_body_bytes):
            return await _answer(send, 413, too_large, path)
        if scope["method"] not in READS and length is None:
            body = await self._capped_body(receive)
            if body is None:
                return await _answer(send, 413, too_large, path)
            receive = _replay(body, receive)
        await self.app(scope, receive, self._with_headers(send, path))

    def _refused(self, authorization: str | None) -> tuple[int, str] | None:
        token = self.settings.token
        if not token:
            return 403, "this server is read-only; start it with MUSTER_TOKEN set to accept articles."
        if not hmac.compare_digest((authorization or "").encode(), f"Bearer {token}".encode()):
            return 401, "a write needs the header 'Authorization: Bearer <token>'."
        return None

    async def _capped_body(self, receive) -> bytes | None:
        """A streamed body read up to the cap; None as soon as it goes over."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.settings.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        return b"".join(chunks)

    @staticmethod
    def _with_headers(send, path: str):
        async def sending(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message, headers=list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names])
            await send(message)
        return sending


def _replay(body: bytes, receive):
    """The body read once, handed to the app; after it, the connection's own messages."""
    sent = False

    async def replay():
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return replay
