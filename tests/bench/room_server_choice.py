"""How the phones' web server was chosen: Starlette + uvicorn against aiohttp, measured.

For each candidate: the installed size of the server and everything it pulls in
(from the wheels' RECORD files), the memory of a process serving 60 open
Server-Sent-Events streams (RSS above the same process idle), and the latency
of a small JSON request while those streams are open. Only loopback traffic;
every loop is bounded. Run: ``.venv/bin/python -m tests.bench.room_server_choice``
(needs both candidates installed: ``pip install starlette uvicorn aiohttp``).
"""

from __future__ import annotations

import importlib.metadata as md
import socket
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

CANDIDATES = {
    "starlette+uvicorn": ["starlette", "uvicorn"],
    "aiohttp": ["aiohttp"],
}
ALREADY_THERE = {"typing-extensions", "idna"}  # the app needs these anyway (SQLAlchemy, httpx…)

_STARLETTE = """
import asyncio, json, sys
from starlette.applications import Starlette
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route
import uvicorn

async def state(request):
    return JSONResponse({"step": "inputs", "inputs": [{"id": i, "text": "x" * 40} for i in range(20)]})

async def events(request):
    async def stream():
        yield "retry: 1000\\n\\n"
        while True:
            await asyncio.sleep(15)
            yield ": keep-alive\\n\\n"
    return StreamingResponse(stream(), media_type="text/event-stream")

app = Starlette(routes=[Route("/state", state), Route("/events", events)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off")
"""

_AIOHTTP = """
import asyncio, sys
from aiohttp import web

async def state(request):
    return web.json_response({"step": "inputs", "inputs": [{"id": i, "text": "x" * 40} for i in range(20)]})

async def events(request):
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    await resp.write(b"retry: 1000\\n\\n")
    while True:
        await asyncio.sleep(15)
        await resp.write(b": keep-alive\\n\\n")

app = web.Application()
app.router.add_get("/state", state)
app.router.add_get("/events", events)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


def _deps(name: str, seen: set[str]) -> set[str]:
    key = name.lower().replace("_", "-")
    if key in seen:
        return seen
    try:
        md.distribution(name)
    except md.PackageNotFoundError:  # a dependency for older Pythons only
        return seen
    seen.add(key)
    for req in md.requires(name) or []:
        if "extra ==" in req:
            continue
        dep = req.split(";")[0].split("[")[0]
        for stop in "<>=!~ (":
            dep = dep.split(stop)[0]
        _deps(dep.strip(), seen)
    return seen


def installed_size(packages: list[str]) -> tuple[int, list[str]]:
    names: set[str] = set()
    for p in packages:
        _deps(p, names)
    names -= ALREADY_THERE
    total = 0
    for name in names:
        dist = md.distribution(name)
        for f in dist.files or []:
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                total += path.stat().st_size
    return total, sorted(names)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_up(port: int) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def _get(port: int, path: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def measure(name: str, code: str, streams: int = 60, requests: int = 300) -> dict[str, float]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), str(port)], stderr=subprocess.DEVNULL)
    try:
        _wait_up(port)
        for _ in range(20):
            _get(port, "/state")  # warm
        idle = _rss_kb(proc.pid)
        socks = []
        for _ in range(streams):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
            s.recv(4096)
            socks.append(s)
        times = []
        for _ in range(requests):
            t0 = time.perf_counter()
            _get(port, "/state")
            times.append((time.perf_counter() - t0) * 1000)
        loaded = _rss_kb(proc.pid)
        for s in socks:
            s.close()
        times.sort()
        return {"idle_mb": idle / 1024, "with_streams_mb": loaded / 1024, "delta_mb": (loaded - idle) / 1024,
                "median_ms": statistics.median(times), "p95_ms": times[int(len(times) * 0.95)]}
    finally:
        proc.kill()  # aiohttp's graceful shutdown waits for the open streams
        proc.wait(10)


def main() -> None:
    print(f"{'server':<20} {'installed':>10} {'idle RSS':>9} {'60 SSE':>8} {'+':>7} {'median':>8} {'p95':>7}")
    for name, code in (("starlette+uvicorn", _STARLETTE), ("aiohttp", _AIOHTTP)):
        size, deps = installed_size(CANDIDATES[name])
        r = measure(name, code)
        print(f"{name:<20} {size / 1e6:>8.1f}MB {r['idle_mb']:>7.1f}MB {r['with_streams_mb']:>6.1f}MB"
              f" {r['delta_mb']:>5.1f}MB {r['median_ms']:>6.2f}ms {r['p95_ms']:>5.2f}ms   ({', '.join(deps)})")


if __name__ == "__main__":
    main()
