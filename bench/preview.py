#!/usr/bin/env python3
"""Edit-to-live latency of the live preview: `site preview` next to `hugo server`.

Both servers run side by side on copies of the same N-page corpus (our site root: input/ and the
corpus as seeds/; Hugo: the minimal site of bench/hugo/). Each server is followed the way an open
browser tab follows it, over its reload WebSocket (ours: /__site-preview/socket; Hugo: the
livereload protocol on /livereload). Then, alternately for the two tools, one page of the corpus
is edited and the clock runs from the write until

  * reload: the server tells the open page to reload (its rebuild is done), and
  * live:   the edited page, fetched over HTTP, shows the edit.

Two kinds of edit: `prose` (a sentence added to a page's first paragraph: the feature facts stay
the same) and `stage` (that plus a feature bullet's stage changed, so feature, release and index
pages change too). Prints the median and maximum per tool and kind and the ratio ours/Hugo.

    python3 bench/preview.py [N] [--edits E] [--tools ours,hugo]     (defaults: N = 1000, E = 10 per kind)

Standard library only. Expects the native program bench/run.sh publishes (bench/work/native/site)
and `hugo` on PATH.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (corpus generation and site layouts are shared with the build benchmark)


class WebSocket:
    """The smallest WebSocket client that can follow a reload channel (RFC 6455, text frames)."""

    def __init__(self, port, path):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           f"Origin: http://127.0.0.1:{port}\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError(f"no WebSocket handshake from port {port}{path}")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"WebSocket refused on port {port}{path}: {head.decode(errors='replace')}")

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("WebSocket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81, 0x80 | len(payload)]) if len(payload) < 126 else bytes([0x81, 0xFE]) + struct.pack(">H", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def receive(self, timeout):
        """The next text message (control frames answered or skipped)."""
        self.sock.settimeout(timeout)
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x1:
                return payload.decode()
            if opcode == 0x8:
                raise ConnectionError("WebSocket closed by the server")
            if opcode == 0x9:
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)


# Every server started, so none outlives the script, whatever fails.
STARTED = []


def start(command, **kwargs):
    process = subprocess.Popen(command, **kwargs)
    STARTED.append(process)
    return process


def get(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8", errors="replace")


def wait_for_http(url, process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before serving {url}")
        try:
            get(url)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} not served within {timeout} s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    """Resident and peak resident memory of one server process (each tool serves from a single process)."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, kb = line.split()[:2]
                values[name.rstrip(":")] = int(kb) / 1024
    return values


class Ours:
    name = "ours"

    def __init__(self, n, corpus, work):
        self.root = os.path.join(work, f"preview-ours-{n}")
        shutil.rmtree(self.root, ignore_errors=True)
        shutil.copytree(os.path.join(bench.REPO, "input"), os.path.join(self.root, "input"))
        shutil.copytree(corpus, os.path.join(self.root, "seeds"))
        self.content = os.path.join(self.root, "seeds")
        self.port = free_port()
        environment = dict(os.environ, CI="true", DOTNET_CLI_TELEMETRY_OPTOUT="1")
        self.log = open(os.path.join(work, f"preview-ours-{n}.log"), "w", encoding="utf-8")
        started = time.monotonic()
        self.process = start(bench.launcher(bench.SITE_DLL) + ["preview", "--root", self.root, "--port", str(self.port)],
                                        stdout=self.log, stderr=subprocess.STDOUT, env=environment)
        wait_for_http(f"http://127.0.0.1:{self.port}/", self.process, 600)
        self.first_build = time.monotonic() - started
        self.socket = WebSocket(self.port, "/__site-preview/socket")
        self.socket.receive(60)  # the status of the site being served

    def url_of(self, page):
        # Source pages are served at docs/<file name>/ by the site settings' rule for plain documents.
        return f"http://127.0.0.1:{self.port}/docs/{page}/"

    def wait_for_reload(self):
        status = json.loads(self.socket.receive(120))
        if status.get("errors"):
            raise RuntimeError("our preview reported build errors:\n" + status["errors"])


class Hugo:
    name = "hugo"

    def __init__(self, n, corpus, work):
        self.root = os.path.join(work, f"preview-hugo-{n}")
        shutil.rmtree(self.root, ignore_errors=True)
        os.makedirs(self.root)
        shutil.copy(os.path.join(bench.HUGO_FILES, "hugo.toml"), self.root)
        shutil.copytree(os.path.join(bench.HUGO_FILES, "layouts"), os.path.join(self.root, "layouts"))
        shutil.copytree(corpus, os.path.join(self.root, "content"))
        self.content = os.path.join(self.root, "content")
        self.port = free_port()
        self.log = open(os.path.join(work, f"preview-hugo-{n}.log"), "w", encoding="utf-8")
        started = time.monotonic()
        # Hugo's defaults, as its users run it: pages rendered to memory, fast render mode.
        self.process = start(["hugo", "server", "--source", self.root, "--bind", "127.0.0.1", "--port", str(self.port),
                                         "--baseURL", f"http://127.0.0.1:{self.port}/"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_http(f"http://127.0.0.1:{self.port}/", self.process, 600)
        self.first_build = time.monotonic() - started
        self.socket = WebSocket(self.port, "/livereload")
        # Hugo looks for the exact bytes "command":"hello", so no spaces.
        self.socket.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}, separators=(",", ":")))
        self.socket.receive(60)  # hello

    def url_of(self, page):
        return f"http://127.0.0.1:{self.port}/{page}/"

    def wait_for_reload(self):
        while json.loads(self.socket.receive(120)).get("command") != "reload":
            pass


def edit(path, marker, change_stage):
    """A sentence with a marker added to the first paragraph; for `stage` also one bullet's stage changed."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    heading = next(i for i, line in enumerate(lines) if line.startswith("# "))
    paragraph = next(i for i in range(heading + 1, len(lines)) if lines[i].strip())
    lines[paragraph] += f" Edited while previewing: {marker}."
    if change_stage:
        bullet = next(i for i, line in enumerate(lines) if line.startswith(("- [alpha]", "- [beta]")))
        lines[bullet] = lines[bullet].replace("- [alpha]", "- [stable]", 1).replace("- [beta]", "- [stable]", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def measure(tool, page, marker, change_stage):
    started = time.monotonic()
    edit(os.path.join(tool.content, page + ".md"), marker, change_stage)
    tool.wait_for_reload()
    reloaded = time.monotonic() - started
    deadline = time.monotonic() + 30
    while marker not in get(tool.url_of(page)):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{tool.name}: {tool.url_of(page)} never showed {marker}")
        time.sleep(0.01)
    return reloaded, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=1000, help="corpus pages (default 1000)")
    parser.add_argument("--edits", type=int, default=10, help="edits per tool and kind (default 10)")
    parser.add_argument("--tools", default="ours,hugo",
                        help="comma-separated tools to run (default ours,hugo; one alone shows its latency without the other's load)")
    args = parser.parse_args()

    os.makedirs(bench.WORK, exist_ok=True)
    corpus = bench.ensure_corpus(args.n)
    pages = sorted(name[:-3] for name in os.listdir(corpus) if name.endswith(".md"))
    tools = []
    try:
        wanted = args.tools.split(",")
        unknown = [name for name in wanted if name not in (Ours.name, Hugo.name)]
        if unknown:
            parser.error(f"--tools: unknown tool {', '.join(unknown)} (known: ours, hugo)")
        for kind in (k for k in (Ours, Hugo) if k.name in wanted):
            bench.log(f"[preview] starting {kind.name} on {args.n} pages")
            tools.append(kind(args.n, corpus, bench.WORK))
        results = {(tool.name, kind): [] for tool in tools for kind in ("prose", "stage")}
        for i in range(args.edits * 2):
            kind = "prose" if i % 2 == 0 else "stage"
            page = pages[(i * 37) % len(pages)]
            # Alternate which tool goes first, so drift in machine load hits both alike.
            for tool in (tools if i % 4 < 2 else tools[::-1]):
                results[(tool.name, kind)].append(measure(tool, page, f"mark{i}x{tool.name}", kind == "stage"))
                time.sleep(0.5)
        machine = bench.machine_name()[1]
        print(f"# preview edit-to-live, N = {args.n}, {args.edits} edits per tool and kind, {os.cpu_count()} cores, {machine}")
        for tool in tools:
            memory = rss_mb(tool.process.pid)
            print(f"{tool.name}: first build served after {tool.first_build:.1f} s; RSS {memory['VmRSS']:.0f} MB, peak {memory['VmHWM']:.0f} MB")
        print("| tool | edit | reload median | reload max | live median | live max |")
        print("| --- | --- | --- | --- | --- | --- |")
        for (name, kind), values in results.items():
            reload_times = [r for r, _ in values]
            live_times = [live for _, live in values]
            print(f"| {name} | {kind} | {statistics.median(reload_times) * 1000:.0f} ms | {max(reload_times) * 1000:.0f} ms "
                  f"| {statistics.median(live_times) * 1000:.0f} ms | {max(live_times) * 1000:.0f} ms |")
        if len(tools) == 2:
            for kind in ("prose", "stage"):
                ours = statistics.median(live for _, live in results[("ours", kind)])
                hugo = statistics.median(live for _, live in results[("hugo", kind)])
                print(f"ours/hugo live median, {kind}: {ours / hugo:.2f}")
    finally:
        for process in STARTED:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    main()
