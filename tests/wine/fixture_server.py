#!/usr/bin/env python3
"""Loopback fixture server for the Wine smoke tests: the same answers the Rust
tests' fake site gives (tests/common/mod.rs), from the same fixture files.

Each site lives under /m/<mode>: /m/<mode>/ answers the fixture
tests/fixtures/responses/<mode>.http (or "hang": read the request, never
answer), /m/<mode>/cdn-cgi/trace the trace with the peer's address,
/m/<mode>/ip the peer's address, /m/<mode>/summary.json an operational
status page. It doubles as an HTTP proxy: a request in absolute form
("GET http://127.0.0.1:PORT/m/... HTTP/1.1") is answered the same and its
path appended to the file named by the second argument, so a test sees what
went through the proxy. Listens on 127.0.0.1 only; writes its port to the
file named by the first argument."""

import http.server
import pathlib
import sys
import threading

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "responses"
STATUS = (
    '{"page":{"id":"test","name":"OpenAI"},"status":{"indicator":"none","description":"test"},'
    '"components":[{"name":"APIs","status":"operational"},'
    '{"name":"Conversations","status":"operational"}],"incidents":[]}'
)
TRACE = (
    "fl=29f1\nh=test\nip={ip}\nts=1764312000.1\nvisit_scheme=http\nuag=x\ncolo=FRA\n"
    "sliver=none\nhttp=http/1.1\nloc=DE\ntls=off\nsni=off\nwarp=off\ngateway=off\n"
    "rbi=off\nkex=none\n"
)
stop = threading.Event()


def fixture(name):
    text = (FIXTURES / f"{name}.http").read_text().replace("\r\n", "\n")
    head, _, body = text.partition("\n\n")
    lines = head.split("\n")
    status = lines[0].split(" ", 2)
    headers = [
        (k.strip(), v.strip())
        for k, _, v in (line.partition(":") for line in lines[1:] if ":" in line)
        if k.strip().lower() not in ("content-length", "connection")
    ]
    return int(status[1]), status[2] if len(status) > 2 else "", headers, body.encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, reason, headers, body):
        self.send_response_only(status, reason)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def do_GET(self):
        if self.path.startswith("http://"):
            self.path = "/" + self.path.split("/", 3)[3]
            if len(sys.argv) > 2:
                with open(sys.argv[2], "a") as log:
                    log.write(self.path + "\n")
        parts = self.path.split("/", 3)  # "", "m", mode, rest
        if len(parts) < 3 or parts[1] != "m":
            return self.send(404, "Not Found", [], b"")
        mode, rest = parts[2], "/" + (parts[3] if len(parts) > 3 else "")
        peer = self.client_address[0]
        if rest == "/cdn-cgi/trace":
            return self.send(200, "OK", [("Content-Type", "text/plain")], TRACE.format(ip=peer).encode())
        if rest == "/ip":
            return self.send(200, "OK", [("Content-Type", "text/plain")], f"{peer}\n".encode())
        if rest == "/summary.json":
            return self.send(200, "OK", [("Content-Type", "application/json")], STATUS.encode())
        if mode == "hang":
            stop.wait()
            return
        self.send(*fixture(mode))


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    pathlib.Path(sys.argv[1]).write_text(str(server.server_address[1]))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()


if __name__ == "__main__":
    main()
