"""A feed server on 127.0.0.1 for tests: serves what a test puts in `routes` and records every
request (method, path with query, headers, body) so a test can prove what left the machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_length: bool = True  # False: no Content-Length, the body ends when the socket closes
    stall_after: int | None = None  # bytes sent before stalling
    stall_seconds: float = 0.0
    trickle: float = 0.0  # seconds between 64-byte pieces
    drip: float = 0.0  # seconds between single bytes (a hostile server keeping each read alive)


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Recorded] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(Recorded("GET", self.path, dict(self.headers.items()), body))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.end_headers()
                    return
                self.send_response(route.status)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                if route.content_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                try:
                    self._send(route)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, route: Route) -> None:
                data = route.body
                if route.stall_after is not None:
                    self.wfile.write(data[: route.stall_after])
                    self.wfile.flush()
                    time.sleep(route.stall_seconds)
                    data = data[route.stall_after:]
                if route.drip:
                    for i in range(len(data)):
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                        time.sleep(route.drip)
                elif route.trickle:
                    for i in range(0, len(data), 64):
                        self.wfile.write(data[i : i + 64])
                        self.wfile.flush()
                        time.sleep(route.trickle)
                else:
                    self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def running() -> Iterator[FeedServer]:
    server = FeedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()
