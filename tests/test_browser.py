"""The /-/timeline page in a real browser.

Starts `timeline serve` on 127.0.0.1, drives Debian's headless Chromium over
the Chrome DevTools Protocol (a minimal stdlib WebSocket client, no extra
packages), checks that the seed's events are drawn, clicks one with real
mouse events, checks the details panel, and saves a screenshot under the
test's tmp dir. Skipped when Chromium is not installed (.ci/run installs it).
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from timeline_seed import build_seed_db

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "",
                             shutil.which("chromium-browser") or "") if p and os.path.exists(p)),
                None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium not installed (apt-get install -y chromium); .ci/run installs it")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(fn, timeout=15.0, interval=0.1, what="condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = fn()
            if value:
                return value
        except Exception as e:  # not up yet
            last = e
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}: {last!r}")


class CDP:
    """Just enough of a WebSocket client (RFC 6455) to talk to Chromium's DevTools."""

    def __init__(self, ws_url: str):
        u = urllib.parse.urlparse(ws_url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=20)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\n"
             "Upgrade: websocket\r\nConnection: Upgrade\r\n"
             f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        resp = b""
        while b"\r\n\r\n" not in resp:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            resp += chunk
        head, self.buf = resp.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(f"WebSocket handshake refused: {head[:200]!r}")
        self.next_id = 0
        self.events: list[dict] = []

    def _send(self, payload: bytes, opcode: int = 0x1) -> None:
        n = len(payload)
        head = bytearray([0x80 | opcode])
        if n < 126:
            head.append(0x80 | n)
        elif n < 65536:
            head.append(0x80 | 126)
            head += n.to_bytes(2, "big")
        else:
            head.append(0x80 | 127)
            head += n.to_bytes(8, "big")
        mask = os.urandom(4)
        head += mask
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(head) + masked)

    def _exact(self, n: int) -> bytes:
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ConnectionError("DevTools connection closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _message(self) -> str:
        data = b""
        while True:
            b0, b1 = self._exact(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = int.from_bytes(self._exact(2), "big")
            elif n == 127:
                n = int.from_bytes(self._exact(8), "big")
            mask = self._exact(4) if b1 & 0x80 else None
            payload = self._exact(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode == 0x9:
                self._send(payload, 0xA)
                continue
            if opcode == 0xA:
                continue
            data += payload
            if b0 & 0x80:
                return data.decode("utf-8")

    def call(self, method: str, **params):
        self.next_id += 1
        my_id = self.next_id
        self._send(json.dumps({"id": my_id, "method": method, "params": params}).encode())
        while True:
            msg = json.loads(self._message())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def js(self, expression: str):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                      awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"JS error in {expression[:80]!r}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _kill_group(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@pytest.fixture
def server(tmp_path, seed_path):
    db = tmp_path / "news.db"
    build_seed_db(db, seed_path.read_text(encoding="utf-8")).close()
    port = free_port()
    log = open(tmp_path / "serve.log", "w")
    # its own process group: `timeline serve` runs Datasette as a child process
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: urllib.request.urlopen(base + "/-/timeline.json", timeout=2).status == 200,
                 what=f"timeline serve on {base} (log: {tmp_path / 'serve.log'})")
        yield base
    finally:
        _kill_group(proc)
        log.close()


@pytest.fixture
def browser(tmp_path):
    profile = tmp_path / "chromium-profile"
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
         "--window-size=1400,900", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    cdp = None
    try:
        active = profile / "DevToolsActivePort"
        port = wait_for(lambda: active.exists() and active.read_text().split("\n")[0].strip(),
                        what="Chromium's DevTools port")

        def page_target():
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as r:
                targets = json.load(r)
            return next((t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page"), None)

        cdp = CDP(wait_for(page_target, what="a Chromium page"))
        cdp.call("Runtime.enable")
        cdp.call("Page.enable")
        cdp.call("Emulation.setDeviceMetricsOverride", width=1400, height=900,
                 deviceScaleFactor=1, mobile=False)
        yield cdp
    finally:
        if cdp is not None:
            cdp.close()
        _kill_group(proc)


def load(cdp: CDP, url: str) -> None:
    cdp.call("Page.navigate", url=url)
    wait_for(lambda: cdp.js("document.body && document.body.getAttribute('data-timeline-ready')"),
             timeout=15, what=f"the timeline to draw at {url}")


DRAWN = """JSON.stringify(Array.from(document.querySelectorAll('#tl-body .tl-event')).map(g => ({
  id: g.getAttribute('data-id'), type: g.getAttribute('data-type'),
  status: g.getAttribute('data-status'), cls: g.getAttribute('class'),
  label: g.querySelector('text.tl-label').textContent,
  conflict: !!g.querySelector('.tl-conflict-dot'),
  width: g.querySelector('rect').getBoundingClientRect().width})))"""


def test_timeline_page_in_chromium(server, browser, tmp_path):
    cdp = browser
    load(cdp, server + "/-/timeline")
    drawn = json.loads(cdp.js(DRAWN))
    types = sorted(d["type"] for d in drawn)
    # the seed's six dated events are on the axis
    assert types == ["appointment", "defection", "disappearance", "summit", "summit", "term_end"]
    assert any("Thae Yong Ho" in d["label"] for d in drawn)
    planned = [d for d in drawn if d["status"] == "planned"]
    assert len(planned) == 1 and "tl-status-planned" in planned[0]["cls"]
    gone = next(d for d in drawn if d["type"] == "disappearance")
    assert gone["conflict"] is True
    # a year-long bar is much longer than a ten-day one
    thae = next(d for d in drawn if d["type"] == "defection")
    assert thae["width"] > 10 * gone["width"] / 2
    # the undated hypothetical defection is listed apart
    assert cdp.js("document.querySelectorAll('#tl-undated li').length") == 1
    # the per-month chart has bars, the axis has year labels
    assert cdp.js("document.querySelectorAll('#tl-months rect.tl-month-bar').length") == 3
    assert "3 events are dated only to" in cdp.js("document.getElementById('tl-months-note').textContent")
    labels = cdp.js("Array.from(document.querySelectorAll('#tl-axis text')).map(t => t.textContent)")
    assert "2017" in labels and "2018" in labels

    # click the disappearance bar with real mouse events (the bar's place is
    # read again before each try: a page still laying out or scrolling can
    # move it between reading and clicking, and a click that missed is tried again)
    def bar_centre():
        return cdp.js(f"""(() => {{
            const g = document.querySelector('#tl-body .tl-event[data-id="{gone['id']}"]');
            g.scrollIntoView({{block: 'center'}});
            const r = g.querySelector('rect').getBoundingClientRect();
            return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
        }})()""")

    def panel_shows_it():
        return cdp.js("document.getElementById('tl-details').getAttribute('data-event-id')") == gone["id"]

    for _ in range(3):
        box = wait_for(lambda: (b := bar_centre()) == bar_centre() and b, timeout=5, what="the bar to stay put")
        cdp.click(box["x"], box["y"])
        try:
            wait_for(panel_shows_it, timeout=3, what="the details panel")
            break
        except AssertionError:
            continue
    wait_for(panel_shows_it, timeout=2, what="the details panel")
    details = cdp.js("document.getElementById('tl-details').innerText")
    assert "Disappearance: Jo Song Gil" in details
    assert "escaped the diplomatic compound" in details
    assert "early Nov 2018" in details
    assert "reports give disjoint dates" in details
    # the article's <script> is shown as text, never run or parsed as markup
    assert '<script>alert("xss")</script>' in details
    assert cdp.js("document.querySelectorAll('#tl-details script, #tl-details b').length") == 0
    links = cdp.js("Array.from(document.querySelectorAll('#tl-details a')).map(a => a.getAttribute('href'))")
    assert f"/news/events/{gone['id']}" in links
    assert "https://www.rfa.org/english/news/korea/nk-ambassador-italy-01032019.html" in links
    assert cdp.js("document.querySelector('#tl-body .tl-selected').getAttribute('data-id')") == gone["id"]
    assert f"select={gone['id']}" in cdp.js("location.search")

    png = base64.b64decode(cdp.call("Page.captureScreenshot", format="png")["data"])
    shot = tmp_path / "timeline.png"
    shot.write_bytes(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20000
    print(f"screenshot: {shot}")

    # zooming in makes the bars longer
    before = next(d for d in json.loads(cdp.js(DRAWN)) if d["id"] == thae["id"])["width"]
    cdp.js("document.querySelector('[data-zoom=in]').click()")
    after = json.loads(cdp.js(DRAWN))
    thae_after = [d for d in after if d["id"] == thae["id"]]
    assert not thae_after or thae_after[0]["width"] > before * 1.5

    # the mouse wheel zooms (out, here) around the pointer
    cdp.js("document.querySelector('[data-zoom=fit]').click()")
    fitted = next(d for d in json.loads(cdp.js(DRAWN)) if d["id"] == thae["id"])["width"]
    chart = cdp.js("(() => { const r = document.getElementById('tl-chart').getBoundingClientRect();"
                   " window.scrollTo(0, 0); return {x: r.left + r.width / 2, y: r.top + 80}; })()")
    cdp.call("Input.dispatchMouseEvent", type="mouseWheel", x=chart["x"], y=chart["y"],
             deltaX=0, deltaY=400)
    wait_for(lambda: next(d for d in json.loads(cdp.js(DRAWN)) if d["id"] == thae["id"])["width"]
             < fitted * 0.8, timeout=5, what="the wheel to zoom out")
    # dragging pans: the bars move with the pointer
    x_of = ("(() => document.querySelector('#tl-body .tl-event[data-id=\"%s\"] rect')"
            ".getBoundingClientRect().left)()" % thae["id"])
    x0 = cdp.js(x_of)
    cdp.call("Input.dispatchMouseEvent", type="mousePressed", x=chart["x"], y=chart["y"],
             button="left", clickCount=1)
    for step in range(1, 6):
        cdp.call("Input.dispatchMouseEvent", type="mouseMoved", x=chart["x"] + 20 * step,
                 y=chart["y"], button="left", buttons=1)
    cdp.call("Input.dispatchMouseEvent", type="mouseReleased", x=chart["x"] + 100, y=chart["y"],
             button="left", clickCount=1)
    wait_for(lambda: abs(cdp.js(x_of) - (x0 + 100)) < 3, timeout=5, what="the drag to pan")

    errors = [e for e in cdp.events if e.get("method") == "Runtime.exceptionThrown"]
    assert errors == []


def test_select_parameter_and_filters(server, browser):
    cdp = browser
    load(cdp, server + "/-/timeline?entity=Jo&type=summit")
    assert json.loads(cdp.js(DRAWN)) == []
    assert "No events match" in cdp.js("document.getElementById('tl-empty').textContent")
    load(cdp, server + "/-/timeline?type=summit")
    drawn = json.loads(cdp.js(DRAWN))
    assert [d["status"] for d in drawn] == ["occurred", "planned"]
    planned = drawn[1]["id"]
    load(cdp, server + f"/-/timeline?select={planned}")
    assert cdp.js("document.getElementById('tl-details').getAttribute('data-event-id')") == planned
    assert "scheduled to meet Kim" in cdp.js("document.getElementById('tl-details').innerText")
