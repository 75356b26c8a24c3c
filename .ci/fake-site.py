#!/usr/bin/env python3
"""A fake chatgpt.com on 127.0.0.1 for .ci/package: the page answers with a
raw HTTP fixture (tests/fixtures/responses/*.http), the trace, IP echo and
status page with small plain answers. Prints the port, serves until killed.

    fake-site.py FIXTURE PORTFILE
"""
import http.server
import sys

fixture = open(sys.argv[1], "rb").read()
TRACE = b"fl=1\nh=chatgpt.com\nip=203.0.113.7\nts=1795000000.0\nvisit_scheme=https\nuag=x\ncolo=FRA\nhttp=http/1.1\nloc=DE\ntls=off\nsni=off\nwarp=off\n"
STATUS = (b'{"page":{"id":"t","name":"OpenAI"},"status":{"indicator":"none","description":"ok"},'
          b'"components":[{"name":"Conversations","status":"operational"}],"incidents":[]}')


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        plain = {"/cdn-cgi/trace": (TRACE, "text/plain"), "/ip": (b"203.0.113.7\n", "text/plain"),
                 "/summary.json": (STATUS, "application/json")}.get(self.path)
        if plain is None:
            # The fixture as it is, status line and headers included.
            sep = b"\r\n\r\n" if b"\r\n\r\n" in fixture else b"\n\n"
            head, _, body = fixture.partition(sep)
            lines = head.replace(b"\r\n", b"\n").split(b"\n")
            out = lines[0] + b"\r\n"
            for h in lines[1:]:
                if not h.lower().startswith((b"content-length:", b"connection:")):
                    out += h + b"\r\n"
            out += b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
            self.wfile.write(out + body)
            return
        body, ctype = plain
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
