# Sourced by smoke.sh: Windows' own proxy setting (Internet Settings, as
# Settings → Network & internet → Proxy writes it) in `check --json` and in
# the diagnosis, and the probe really sent through it. The fixture server
# doubles as the proxy and logs what came through it.
# Uses: wine, work, port, proxy_log, use_site, bw, expect, pass, fail.

inet='HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings'
reg_set() { "$wine" reg add "$inet" /v "$1" /t "$2" /d "$3" /f >/dev/null 2>&1 || fail "reg add $1"; }
reg_unset() { "$wine" reg delete "$inet" /v "$1" /f >/dev/null 2>&1 || true; }
through_proxy() { grep -c "^/m/$1/" "$proxy_log" 2>/dev/null || true; }

use_site block_1020_tailwind
: >"$proxy_log"
reg_set ProxyEnable REG_DWORD 1
reg_set ProxyServer REG_SZ "127.0.0.1:$port"
out=$(bw check --json 2>/dev/null) || true
expect "system proxy: network.proxy" "$(jq -r .network.proxy <<<"$out")" "http://127.0.0.1:$port"
expect "system proxy: a block through it is the proxy's" "$(jq -r '[.diagnosis.cause, .diagnosis.fixes[0]] | join(" ")' <<<"$out")" "proxy_blocked disable_proxy"
n=$(through_proxy block_1020_tailwind)
if [ "$n" -gt 0 ]; then pass "system proxy: the probe went through it ($n requests)"; else fail "system proxy: nothing went through it"; fi

# One server per scheme: the http one for an http target.
reg_set ProxyServer REG_SZ "https=127.0.0.1:9;http=127.0.0.1:$port"
out=$(bw check --json 2>/dev/null) || true
expect "per-scheme ProxyServer: the http= one" "$(jq -r .network.proxy <<<"$out")" "http://127.0.0.1:$port"

# An exception: direct, no proxy reported, the home address blamed.
reg_set ProxyServer REG_SZ "127.0.0.1:$port"
reg_set ProxyOverride REG_SZ "<local>;127.0.0.*"
: >"$proxy_log"
out=$(bw check --json 2>/dev/null) || true
expect "ProxyOverride: network.proxy" "$(jq -r .network.proxy <<<"$out")" null
expect "ProxyOverride: cause" "$(jq -r .diagnosis.cause <<<"$out")" public_ip_blocked
expect "ProxyOverride: nothing through the proxy" "$(through_proxy block_1020_tailwind)" 0
reg_unset ProxyOverride

# Switched off (the setting stays, as Windows keeps it): no proxy.
reg_set ProxyEnable REG_DWORD 0
out=$(bw check --json 2>/dev/null) || true
expect "ProxyEnable 0: network.proxy" "$(jq -r .network.proxy <<<"$out")" null

# A setup script (PAC): reported as such; blockwatch runs no scripts, so the
# probe went direct and the address is blamed, with the script in evidence.
pac="http://127.0.0.1:$port/proxy.pac"
reg_set AutoConfigURL REG_SZ "$pac"
out=$(bw check --json 2>/dev/null) || true
expect "AutoConfigURL: network.proxy" "$(jq -r .network.proxy <<<"$out")" "pac+$pac"
expect "AutoConfigURL: the probe went direct" "$(jq -r .diagnosis.cause <<<"$out")" public_ip_blocked
if jq -r '.diagnosis.evidence[]' <<<"$out" | grep -q "auto-config script $pac"; then
  pass "AutoConfigURL: named in the evidence"
else
  fail "AutoConfigURL not in the evidence: $(jq -c .diagnosis.evidence <<<"$out")"
fi
reg_unset AutoConfigURL
reg_unset ProxyServer
reg_unset ProxyEnable
