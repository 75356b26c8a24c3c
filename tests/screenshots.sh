#!/usr/bin/env bash
# Regenerates the README's screenshots, under Xvfb and a private session bus:
# the tray menu in a blocked state, the notification, and the fix page.
# Nothing here touches the internet: a fake Cloudflare site on loopback
# answers "error code: 1020".
#
#   tests/screenshots.sh            writes tests/screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/screenshots
mkdir -p "$out"

need=(xvfb dbus dunst trayer xdotool imagemagick python3 chromium fonts-dejavu-core fonts-noto-core fonts-noto-cjk)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
.ci/install-deps run
cargo build --release --bins

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# A fake site: the 1020 block page, the trace, an IP echo, the status page.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$port" tests/fixtures/responses/block_1020_tailwind.http <<'PY' &
import http.server, sys
port, fixture = int(sys.argv[1]), open(sys.argv[2], encoding="utf-8").read()
head, body = fixture.split("\n\n", 1)
# The page names the address the trace and the echo report (one network).
body = body.replace("198.51.100.44", "203.0.113.7")
lines = head.splitlines()[1:]
class Site(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def send(self, status, headers, body):
        data = body.encode()
        self.send_response(status)
        for k, v in headers: self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def do_GET(self):
        cf = [("Server", "cloudflare"), ("CF-RAY", "8e5a1c2b3d4f5a6b-FRA")]
        if self.path == "/cdn-cgi/trace":
            self.send(200, cf + [("Content-Type", "text/plain")], "fl=1\nh=chatgpt.com\nip=203.0.113.7\ncolo=FRA\nloc=DE\nwarp=off\n")
        elif self.path == "/ip":
            self.send(200, [("Content-Type", "text/plain")], "203.0.113.7\n")
        elif self.path == "/summary.json":
            self.send(200, [("Content-Type", "application/json")], '{"status":{"indicator":"none","description":"All Systems Operational"},"components":[{"name":"Conversations","status":"operational"}],"incidents":[]}')
        else:
            self.send(403, [tuple(l.split(": ", 1)) for l in lines], body)
http.server.ThreadingHTTPServer(("127.0.0.1", port), Site).serve_forever()
PY
pids+=($!)

# A display, a bus, a notification server, a classic system tray.
Xvfb -displayfd 1 -screen 0 1024x640x24 -nolisten tcp > "$work/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/display")"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/bus"
dbus-daemon --session --nofork --address="$DBUS_SESSION_BUS_ADDRESS" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$work/bus" ] && break; sleep 0.1; done
convert -size 1024x640 gradient:'#4b6584-#1e272e' "$work/bg.png"
display -window root "$work/bg.png" 2>/dev/null &
pids+=($!)
cat > "$work/dunstrc" <<'EOF'
[global]
font = DejaVu Sans 11
width = 420
origin = top-right
offset = 12x44
frame_width = 1
frame_color = "#cccccc"
corner_radius = 6
padding = 12
horizontal_padding = 14
icon_position = left
max_icon_size = 48
[urgency_normal]
background = "#2b2b2b"
foreground = "#ffffff"
EOF
dunst -config "$work/dunstrc" >/dev/null 2>&1 &
pids+=($!)
trayer --edge top --align right --widthtype pixel --width 40 --heighttype pixel --height 32 \
  --SetDockType true --transparent true --alpha 0 --tint 0x2b2b2b >/dev/null 2>&1 &
pids+=($!)
sleep 1

# blockwatch, in a home of its own, pointed at the fake site.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_STATE_HOME="$work/home/.local/state"
export XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/run" BROWSER=true
mkdir -p "$XDG_CONFIG_HOME/blockwatch" "$XDG_RUNTIME_DIR" "$XDG_STATE_HOME/blockwatch"
# Not its first start: the picture is of the problem's notification.
echo '{"first_start":true,"no_tray":false}' >"$XDG_STATE_HOME/blockwatch/told.json"
cat > "$XDG_CONFIG_HOME/blockwatch/config.toml" <<EOF
[target]
url = "http://127.0.0.1:$port/"
[public_ip]
echo_urls = ["http://127.0.0.1:$port/ip"]
[status_page]
url = "http://127.0.0.1:$port/summary.json"
EOF
target/release/blockwatch run >"$work/out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ "$(dunstctl count displayed 2>/dev/null)" = "1" ] && break; sleep 0.2; done
sleep 1
import -window root -crop 460x150+552+36 +repage "$out/notification.png"

# Open the tray menu: click the icon in the tray (top right).
dunstctl close-all
win=$(xdotool search --class "tray-icon tray app blockwatch" | head -1)
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
for button in 1 3; do
  xdotool click $button
  sleep 1
  menu=$(xdotool search --onlyvisible --class blockwatch-tray 2>/dev/null | tail -1 || true)
  [ -n "$menu" ] && break
done
import -window root "$work/screen.png"
convert "$work/screen.png" -crop 520x360+504+0 +repage "$out/tray-menu.png"
xdotool key Escape

# The fix page blockwatch wrote, as a browser shows it.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$work/chromium" --window-size=900,1400 \
  --screenshot="$out/fix-page.png" "file://$XDG_STATE_HOME/blockwatch/fix.html" >/dev/null 2>&1

# The same page in Persian (right to left), beside it.
fa_page=$(BROWSER=true target/release/blockwatch --lang fa fix)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$work/chromium" --window-size=900,1400 \
  --screenshot="$out/fix-page-fa.png" "file://$fa_page" >/dev/null 2>&1
ls -l "$out"
