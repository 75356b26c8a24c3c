### blockwatch: every sentence a user reads, in English (the source and the fallback).
###
### The reader: someone whose ChatGPT page just said "Access denied", often on a VPN,
### often not at ease in English. Say what is wrong and what to do, plainly.
###
### Conventions of this file (every language keeps them):
### - A variable that may be unknown is passed as the word "none" when it is; messages
###   choose a whole sentence for each case with a selector: { $code -> [none] … *[other] … }.
### - Yes/no variables are passed as "yes" or "no".
### - Host names, addresses, interface names, Ray IDs, commands in `backticks`, menu
###   paths of apps that are not translated in your language: copy them as they are.
### - Numbers that count things ($count) select plural forms; error codes, HTTP
###   statuses, addresses and times are passed as ready-made text.
### - Arrows (→) separate the steps of a menu path; keep them.

## ---------------------------------------------------------------- verdicts
## What the answer of chatgpt.com was, in a few lowercase words. Shown after
## "Verdict:" in `blockwatch check`, at the end of evidence lines
## ("chatgpt.com answered HTTP 403: blocked by Cloudflare's firewall"), and in
## the history ("check: blocked by …").

verdict-reachable = reachable
verdict-challenge = reachable (Cloudflare shows a browser check, which browsers pass)
verdict-blocked = blocked by Cloudflare's firewall
verdict-ip-banned = your address is banned
verdict-country-banned = your country or region is banned
verdict-browser-banned = the browser signature was refused
verdict-rate-limited = rate limited
verdict-region-unsupported = not available in your region
verdict-site-down = the site is down
verdict-site-error = the site answered with an error
verdict-captive-portal = something on your network answered instead of the site
verdict-offline = no connection
verdict-dns-failure = the name could not be looked up
verdict-timeout = no answer in time
verdict-tls-error = the secure connection failed

## ---------------------------------------------------------------- causes
## What the diagnosis blames, in a few lowercase words: after "Cause:" in
## `blockwatch check`, in the fix page's technical details and in the history.
## (The JSON keeps the ids: "public_ip_blocked".)

cause-healthy = nothing is wrong
cause-vpn-exit-blocked = the VPN server's address is blocked
cause-proxy-blocked = the proxy's address is blocked
cause-public-ip-blocked = your internet address is blocked
cause-location-unsupported = your location is not supported
cause-rate-limited = too many requests from your address
cause-probe-refused = only blockwatch's own check is refused
cause-outage = an outage at OpenAI
cause-captive-portal = the network wants you to sign in
cause-no-connection = no connection
cause-tls-interception = the secure connection is intercepted
cause-browser-side = something in your browser
cause-browser-extension = an extension in your browser
cause-browser-proxy = a proxy or VPN in your browser
cause-dns-filtered = a DNS filter
cause-network-filter = a filter on your network
cause-unknown = not known

## ---------------------------------------------------------------- headlines
## The problem in a few words: the notification's title, the first line of
## `blockwatch check`, the fix page's heading.
## $code: the Cloudflare error number ("1020"), or "none".

headline-healthy = ChatGPT is reachable
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT refuses Cloudflare WARP's address
   *[other] ChatGPT refuses Cloudflare WARP's address (error { $code })
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT refuses your VPN's address
   *[other] ChatGPT refuses your VPN's address (error { $code })
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT refuses your proxy's address
   *[other] ChatGPT refuses your proxy's address (error { $code })
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT refuses your internet address
   *[other] ChatGPT refuses your internet address (error { $code })
}
# $location: a two-letter country code as Cloudflare reports it ("IR", "RU"), or "none".
headline-location-unsupported = { $location ->
    [none] ChatGPT is not available from your location
   *[other] ChatGPT is not available from your location ({ $location })
}
headline-rate-limited = { $code ->
    [none] ChatGPT is rate limiting your address
   *[other] ChatGPT is rate limiting your address (error { $code })
}
headline-probe-refused = { $code ->
    [none] Cloudflare refused blockwatch's check
   *[other] Cloudflare refused blockwatch's check (error { $code })
}
headline-outage = ChatGPT is down
headline-captive-portal = This network wants you to sign in first
headline-no-connection = No connection to ChatGPT
headline-tls-interception = Something on your network intercepts ChatGPT
headline-browser-side = ChatGPT answers: the block is in your browser
headline-unknown = ChatGPT answered with an unexpected error

## ---------------------------------------------------------------- explanations
## The cause in plain words: under "What is going on" on the fix page and in
## `blockwatch check`. $host: the site watched, usually "chatgpt.com".

explain-healthy = { $host } answers normally. If a Cloudflare check appears in your browser, it passes on its own.
# $vpn: the VPN as named by vpn-name below ("WireGuard (wg0)", "your VPN").
explain-vpn-exit-blocked = Your connection to { $host } goes through { $vpn }, and ChatGPT's firewall refuses the address of that VPN server. VPN servers are shared by many people, so sites often block them. Your own internet connection is fine.
explain-proxy-blocked = Your connection to { $host } does not leave from your own internet address but through a proxy or a split-tunnel VPN, and ChatGPT's firewall refuses the address it leaves from.
# $ip: your public address ("203.0.113.7"), or "none".
explain-public-ip-blocked = { $ip ->
    [none] ChatGPT's firewall refuses the public address of your internet connection. No VPN or proxy is involved, so the fix is a different address: a new one from your provider, or another network.
   *[other] ChatGPT's firewall refuses the public address of your internet connection ({ $ip }). No VPN or proxy is involved, so the fix is a different address: a new one from your provider, or another network.
}
# $location: a two-letter country code ("IR"), or "none".
explain-location-unsupported = { $location ->
    [none] ChatGPT refuses connections from the country or region it places your address in. If you are somewhere ChatGPT is offered, the location comes from your VPN or from a wrong geolocation of your address.
   *[other] ChatGPT refuses connections from the country or region it places your address in ({ $location }). If you are somewhere ChatGPT is offered, the location comes from your VPN or from a wrong geolocation of your address.
}
# $duration: how long the site asks to wait (see duration below, "5 minutes"), or "none".
explain-rate-limited = { $duration ->
    [none] Too many requests came from your address, so { $host } asks it to slow down. This passes by itself.
   *[other] Too many requests came from your address, so { $host } asks it to slow down for { $duration }. This passes by itself.
}
explain-probe-refused = Cloudflare refused the way blockwatch's check identifies itself. That says nothing about your own browser, which is checked differently. If your browser shows the same error, the steps below apply to it.
explain-outage = { $host } itself is failing: the problem is on OpenAI's side, not yours.
explain-captive-portal = Something on this network answered instead of { $host }: usually the sign-in page of a hotel, airport, café or company network.
explain-no-connection = blockwatch could not reach { $host } at all, so nothing can be said about a block yet.
explain-tls-interception = The secure connection to { $host } was answered with a certificate that is not { $host }'s. A sign-in page, a company proxy or security software is in between.
explain-browser-side = From this computer { $host } answers normally, so your address is not blocked. What your browser still shows comes from the browser: stored cookies, an extension, or its settings.
explain-unknown = { $host } answered in a way that does not match a known block, outage or network problem.

## ---------------------------------------------------------------- names and durations
## Short noun phrases put into other sentences (marked where they are used).

# The VPN in use. $kind: "vendor-interface" (both known), "vendor", "interface" or "unknown".
# $vendor: the app ("WireGuard", "NordVPN"); $interface: the network interface ("wg0", "tun0").
vpn-name = { $kind ->
    [vendor-interface] { $vendor } ({ $interface })
    [vendor] { $vendor }
    [interface] the VPN ({ $interface })
   *[unknown] your VPN
}
# A wait, put into "for …" and "wait …" sentences. $unit: "moment", "seconds",
# "minutes" or "hours"; $count: how many (always 2 or more).
duration = { $unit ->
    [moment] a moment
    [seconds] { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
    [minutes] { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
   *[hours] { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }
}

## ---------------------------------------------------------------- Cloudflare error codes
## What a Cloudflare error number means, in brackets after "Cloudflare error 1020".

code-1020 = Access denied by the site's firewall rules
code-1005 = the network your address belongs to is banned
code-ip-banned = your address is banned
code-1012 = access denied for activity from your network
code-1009 = your country or region is banned
code-1010 = the browser signature is banned
code-1015 = you are being rate limited
code-dns-tunnel = the site's DNS or tunnel is failing
code-host-not-found = the site's host could not be found
code-legal = legal restriction
code-1200 = Cloudflare is overloaded
code-origin-unreachable = Cloudflare cannot reach the site's servers
code-other = Cloudflare error

## ---------------------------------------------------------------- evidence
## "What blockwatch measured": one line per fact, lowercase like a list item,
## on the fix page and in `blockwatch check`. $host: usually "chatgpt.com".

# How the site answered, put into the evidence-answer-* lines as $answer.
# $status: the HTTP status ("403") or "none"; $via: "yes" when it came through Cloudflare.
evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] an answer via Cloudflare
       *[no] an answer
    }
   *[other] { $via ->
        [yes] HTTP { $status } via Cloudflare
       *[no] HTTP { $status }
    }
}
# $answer: evidence-answer-status; $label: a verdict-* text; $code: "1020"; $meaning: a code-* text.
evidence-answer-code = { $host } answered { $answer } with Cloudflare error { $code } ({ $meaning }): { $label }
evidence-answer-challenge = { $host } answered { $answer } with a Cloudflare browser check (a challenge, not a block): { $label }
evidence-answer-block-page = { $host } answered { $answer } with Cloudflare's "Sorry, you have been blocked" page: { $label }
evidence-answer-access-denied = { $host } answered { $answer } with Cloudflare's "Access denied" page (no error number readable): { $label }
evidence-answer-cloudflare-page = { $host } answered { $answer } generated by Cloudflare (a custom page without an error number): { $label }
evidence-answer-openai-region = { $host } answered { $answer } with OpenAI's "country, region, or territory not supported" error: { $label }
evidence-answer-not-cloudflare = { $host } answered { $answer }, but not through Cloudflare: something on the way answered instead: { $label }
# Issue 19: a 5xx without Cloudflare, from a proxy, firewall or router that could not reach the site.
evidence-answer-gateway = { $host } answered { $answer }, but not through Cloudflare: a device on the way could not reach the site itself
evidence-answer-plain = { $host } answered { $answer }: { $label }
# $detail: the system's error text (English, not translated), e.g. "no answer within 10s".
evidence-transport-error = { $host }: { $label } ({ $detail })
# $id: Cloudflare's request id; $colo: the Cloudflare data centre code ("FRA"), or "none".
evidence-ray = { $colo ->
    [none] Cloudflare Ray ID { $id }
   *[other] Cloudflare Ray ID { $id }, data centre { $colo }
}
evidence-retry-after = the site asks to wait { $duration } before trying again
evidence-page-saw-address = the error page names your address as { $ip }
# $page: the address the error page names; $others: what the trace and other sites see.
evidence-page-address-differs = the error page names your address as { $page }, but the site's trace and other sites see { $others }: the page came through a proxy or a split path
# $location: country code, "Tor", or "none"; $colo: data centre code or "none".
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] the site sees you as { $ip }
       *[other] the site sees you as { $ip }, via Cloudflare { $colo }
    }
   *[other] { $colo ->
        [none] the site sees you as { $ip }, { $location }
       *[other] the site sees you as { $ip }, { $location }, via Cloudflare { $colo }
    }
}
evidence-others-see = other sites see you as { $ip }
evidence-address-mismatch = the site sees you as { $site }, but other sites see you as { $others }: the way to { $host } leaves elsewhere (a proxy or a split-tunnel VPN)
# $interface: "wg0"; $vendor: "WireGuard", or "none".
evidence-route-tunnel = { $vendor ->
    [none] the route to { $host } goes through { $interface }, a VPN tunnel
   *[other] the route to { $host } goes through { $interface } ({ $vendor })
}
evidence-route-direct = the route to { $host } goes through { $interface }, not through a VPN
evidence-no-route = this computer has no route to { $host }: it is not connected
evidence-warp = Cloudflare reports that you use WARP (warp=on)
evidence-unused-tunnel = { $vendor ->
    [none] the tunnel { $interface } is up but does not carry the traffic to { $host }
   *[other] { $interface } ({ $vendor }) is up but does not carry the traffic to { $host }
}
# $names: app names joined with ", " ("NordVPN, Tailscale").
evidence-vpn-software = VPN software running: { $names }
# $url: the proxy's address as configured ("http://10.0.0.1:3128").
evidence-proxy = a proxy is set for { $host }: { $url }
# $url: the proxy auto-config (PAC) script's address, as the system's proxy settings name it.
evidence-proxy-script = your system takes its proxy for { $host } from the auto-config script { $url }; blockwatch does not run such scripts, so its own requests went direct (your browser may go through the proxy the script picks)
# $overall: one of status-overall-*; $component: a component-status text or "none";
# $incident: the title of an open incident (English, from OpenAI), or "none".
evidence-status = { $component ->
    [none] { $incident ->
        [none] OpenAI's status page reports { $overall }
       *[other] OpenAI's status page reports { $overall }; open incident: { $incident }
    }
   *[other] { $incident ->
        [none] OpenAI's status page reports { $overall }; ChatGPT conversations: { $component }
       *[other] OpenAI's status page reports { $overall }; ChatGPT conversations: { $component }; open incident: { $incident }
    }
}
status-overall-none = all systems normal
status-overall-minor = a minor problem
status-overall-major = a major outage
status-overall-critical = a critical outage
# The state of the "Conversations" component. $raw: the state's name from the status
# page with spaces for underscores, shown as it is for states not listed here.
component-status = { $state ->
    [operational] operational
    [degraded_performance] degraded performance
    [partial_outage] partial outage
    [major_outage] major outage
    [under_maintenance] under maintenance
   *[other] { $raw }
}
evidence-status-unknown = OpenAI's status page could not be read (status unknown)
evidence-status-not-needed = OpenAI's status page was not needed for this answer (not read)
evidence-tls-wrong-name = the certificate presented is for another name than { $host }
evidence-tls-untrusted = the certificate presented for { $host } is not from a trusted authority
evidence-tls-not-valid-now = the certificate is expired or not yet valid: check this computer's date and time
evidence-tls-other = the secure connection could not be set up
evidence-browser-report = you report that your browser still shows the block
evidence-same-address = your connection dropped and came back with the same public address ({ $ip }): restarting the router does not change it

## ---------------------------------------------------------------- notification bodies
## The body of a problem notification: the first fix as one short sentence.

notify-fix-disconnect-vpn-warp = Turn off Cloudflare WARP.
# $vpn: vpn-name ("WireGuard (wg0)", "your VPN").
notify-fix-disconnect-vpn = Disconnect { $vpn }.
notify-fix-switch-vpn-server = Connect to another VPN server.
notify-fix-disable-proxy = Turn off the proxy.
notify-fix-restart-router = Restart your router to get a new address.
notify-fix-use-other-network = Try another network, such as your phone's hotspot.
notify-fix-contact-isp = Ask your internet provider for a new address.
notify-fix-clear-browser-data = Clear the browser's cookies for { $host } and openai.com.
notify-fix-disable-extensions = Turn off browser extensions.
notify-fix-check-browser-permissions = Allow JavaScript and cookies for { $host }.
notify-fix-wait-rate-limit = { $duration ->
    [none] Wait a few minutes before trying again.
   *[other] Wait { $duration } before trying again.
}
notify-fix-wait-outage = Wait: OpenAI has to fix this.
notify-fix-check-status-page = Check status.openai.com.
notify-fix-sign-in-network = Sign in to this network.
notify-fix-check-connection = Check your internet connection.
notify-fix-update-browser = Update your browser.
# Added to the body where the notification server shows no buttons. $page: the file path.
notify-no-actions-hint = Fix steps: run `blockwatch fix` or open { $page }
# After a router restart the public address stayed the same. $ip: that address.
notify-same-ip-title = Your address did not change
notify-same-ip-body = Still { $ip } after the connection came back: a fixed address or a shared one (carrier-grade NAT). Restarting again will not help; use another network or ask your provider for a new address.
notify-resolved-title = ChatGPT works again
# The body of "ChatGPT works again": what changed. $vpn: the app or interface name.
notify-resolved-vpn-disconnected = { $vpn ->
    [none] Access is back after the VPN was disconnected.
   *[other] Access is back after { $vpn } was disconnected.
}
notify-resolved-vpn-switched = Access is back after switching VPN servers.
notify-resolved-proxy-off = Access is back after the proxy was turned off.
notify-resolved-new-address = Access is back after your address changed from { $old } to { $new }.
notify-resolved-other-network = Access is back after switching networks.
notify-resolved-outage-over = Access is back: OpenAI fixed the outage.
notify-resolved-rate-limit-over = Access is back: the rate limit has expired.
notify-resolved-outage = Access is back: the outage is over.
notify-resolved = Access is back.
# The notification's buttons (also the tray's "Show fix steps").
action-show-fix = Show fix steps
action-check-again = Check again

## ---------------------------------------------------------------- fix steps
## Each fix: a title (a heading on the fix page, numbered in `blockwatch check`)
## and 2 to 5 steps. Use the menu names exactly as the apps show them in your
## language (Chrome, Firefox, Edge, Safari, Windows and macOS Settings, GNOME, KDE).

# $vpn: vpn-name.
fix-disconnect-vpn-title = Disconnect { $vpn }
fix-disconnect-vpn-warp-title = Turn off Cloudflare WARP
fix-disconnect-vpn-warp = Click the WARP icon and switch it off, or run `warp-cli disconnect`.
fix-disconnect-vpn-tailscale = Stop using an exit node: in the Tailscale menu choose Exit Node → None, or run `tailscale set --exit-node=`.
# $interface: the WireGuard interface ("wg0").
fix-disconnect-vpn-wireguard-linux = Run `sudo wg-quick down { $interface }`, or `nmcli connection down { $interface }` if NetworkManager manages it.
fix-disconnect-vpn-mullvad-linux = Click Disconnect in the Mullvad app, or run `mullvad disconnect`.
fix-disconnect-vpn-nordvpn-linux = Run `nordvpn disconnect`, or click Disconnect in the NordVPN app.
fix-disconnect-vpn-expressvpn-linux = Run `expressvpn disconnect`, or click the power button in the ExpressVPN app.
fix-disconnect-vpn-anyconnect-linux = Click Disconnect in Cisco Secure Client, or run `/opt/cisco/anyconnect/bin/vpn disconnect`.
fix-disconnect-vpn-globalprotect-linux = Run `globalprotect disconnect`, or use Disconnect in the GlobalProtect app.
fix-disconnect-vpn-other-linux = Click Disconnect in your VPN app; for a VPN set up in the system, `nmcli connection down { $interface }` (or the VPN switch in the network menu).
# $vendor: the VPN app's name, or "none".
fix-disconnect-vpn-macos = { $vendor ->
    [none] Click the VPN app's icon in the menu bar and choose Disconnect.
   *[other] Click the { $vendor } icon in the menu bar and choose Disconnect.
}
fix-disconnect-vpn-wireguard-windows = Open the WireGuard app and click Deactivate.
fix-disconnect-vpn-windows = { $vendor ->
    [none] Right-click the VPN app's icon in the notification area (bottom right) and choose Disconnect.
   *[other] Right-click the { $vendor } icon in the notification area (bottom right) and choose Disconnect.
}
fix-disconnect-vpn-system-linux = Or use the system menu: GNOME top-right menu → VPN → off; KDE: the network applet → Disconnect the VPN.
fix-disconnect-vpn-system-macos = Or System Settings → VPN, and switch the VPN off.
fix-disconnect-vpn-system-windows = Or Settings → Network & internet → VPN → your VPN → Disconnect.
fix-disconnect-vpn-kill-switch = If the VPN has a kill switch that blocks the internet while disconnected, turn that off too.
fix-disconnect-vpn-reload = Reload { $host }. blockwatch checks again as soon as the network changes and tells you whether that fixed it.

fix-switch-vpn-server-title = Connect to another VPN server
fix-switch-vpn-server-pick = Open your VPN app and pick a different server: another city, or a less crowded one (many apps show the load).
fix-switch-vpn-server-avoid = Avoid special servers (P2P, obfuscated, "double VPN"): their addresses are blocked more often.
fix-switch-vpn-server-dedicated = If your VPN offers a dedicated (personal) IP address, use it: it is not shared with strangers.
fix-switch-vpn-server-reload = Reload { $host }. blockwatch checks again as soon as the connection changes.

fix-disable-proxy-title = Turn off the proxy
# $proxy: the proxy's address.
fix-disable-proxy-in-use = The proxy in use is { $proxy }.
fix-disable-proxy-linux = GNOME: Settings → Network → Network Proxy → Off. KDE: System Settings → Network → Proxy → No proxy.
fix-disable-proxy-linux-env = In a terminal session the proxy comes from the environment: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (and remove them from ~/.profile or /etc/environment).
fix-disable-proxy-macos = System Settings → Network → your connection → Details… → Proxies: switch every proxy off, then OK.
fix-disable-proxy-windows = Settings → Network & internet → Proxy: turn off "Use a proxy server" (and "Use setup script" unless your company needs it).
fix-disable-proxy-extensions = Turn off proxy or VPN browser extensions too (they show in the browser's toolbar).
fix-disable-proxy-reload = Reload { $host }. On a company network, ask IT before bypassing its proxy.

fix-restart-router-title = Restart your router to get a new address
fix-restart-router-unplug = Unplug the router (and the modem, if it is a separate box) from power. A restart from the web page or app often keeps the same address.
fix-restart-router-wait = Wait at least 5 minutes: many providers only hand out a new address once the old lease has expired. Some need 30 minutes or more.
fix-restart-router-order = Plug the modem in first and wait until it is online, then the router.
fix-restart-router-check = blockwatch checks again when your connection comes back and tells you whether your public address changed. If it did not, you have a fixed address or share one with other customers (carrier-grade NAT): restarting will not help, use another network or contact your provider.

fix-use-other-network-title = Try another network
fix-use-other-network-hotspot = Turn on your phone's hotspot (with Wi-Fi on the phone switched off, so it uses mobile data) and connect this computer to it.
fix-use-other-network-open = Open { $host }. If it works there, the block belongs to the address of your usual network, not to this computer.
fix-use-other-network-keep = Keep using the other network while you ask your provider for a new address.
# For a cause that is not the address (a filter, a portal, a proxy):
fix-use-other-network-open-network = Open { $host }. If it works there, what stops it is on your usual network, not on this computer.
fix-use-other-network-keep-network = Keep using the other network until { $host } works again on your usual network.

fix-contact-isp-title = Ask your internet provider for a new address
# $ip: your public address, or "none"; $code: the error number, or "none".
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] Tell your provider that websites behind Cloudflare (such as { $host }) refuse your public address.
       *[other] Tell your provider that websites behind Cloudflare (such as { $host }) refuse your public address with error { $code }.
    }
   *[other] { $code ->
        [none] Tell your provider that websites behind Cloudflare (such as { $host }) refuse your public address { $ip }.
       *[other] Tell your provider that websites behind Cloudflare (such as { $host }) refuse your public address { $ip } with error { $code }.
    }
}
fix-contact-isp-ask = Ask for a new dynamic address, or to be taken off carrier-grade NAT (a shared address) if you are on it.
fix-contact-isp-static = If you pay for a static address, ask for a different one: the old one is on a block list.
fix-contact-isp-geolocation = If the site places you in the wrong country, ask the provider to get the geolocation of its address range corrected.

fix-clear-browser-data-title = Clear the browser's data for { $host } and openai.com
fix-clear-browser-data-chrome = Chrome: Settings → Privacy and security → Third-party cookies → See all site data and permissions; search "{ $host }" and "openai.com" and delete both.
fix-clear-browser-data-firefox = Firefox: Settings → Privacy & Security → Cookies and Site Data → Manage Data…; search "chatgpt" and "openai", Remove Selected, Save Changes.
fix-clear-browser-data-edge = Edge: Settings → Cookies and site permissions → Manage and delete cookies and site data → See all cookies and site data; search and delete both sites.
fix-clear-browser-data-safari = Safari: Settings → Privacy → Manage Website Data…; search "chatgpt" and "openai", Remove, Done.
fix-clear-browser-data-reopen = Close every { $host } tab, then open it again and sign in.

fix-disable-extensions-title = Turn off browser extensions
# $safari: "yes" on macOS, where Safari's shortcut is named too.
fix-disable-extensions-private = { $safari ->
    [yes] Open { $host } in a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox, ⌘⇧N in Safari): extensions are off there.
   *[no] Open { $host } in a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox): extensions are off there.
}
fix-disable-extensions-list = If it works there, open the extension list (chrome://extensions, about:addons, edge://extensions) and turn extensions off one at a time.
fix-disable-extensions-suspects = Suspects first: VPN and proxy extensions, ad and script blockers, user-agent switchers, privacy and anti-fingerprinting tools.
fix-disable-extensions-reload = Reload { $host } after each one; keep off the one that caused the block.

fix-check-browser-permissions-title = Allow JavaScript and cookies for { $host }
fix-check-browser-permissions-chrome = Chrome and Edge: click the icon left of the address on { $host } → Site settings; set JavaScript and Cookies to Allow.
fix-check-browser-permissions-firefox = Firefox: click the shield left of the address and turn off Enhanced Tracking Protection for this site; "Strict" mode can break Cloudflare's checks.
fix-check-browser-permissions-challenges = Allow challenges.cloudflare.com too if you block scripts or third-party cookies by default.
fix-check-browser-permissions-clock = Check that this computer's date, time and time zone are right: a wrong clock fails the security checks.

# $duration: how long (see duration), or "none".
fix-wait-rate-limit-title = { $duration ->
    [none] Wait a few minutes before trying again
   *[other] Wait { $duration } before trying again
}
fix-wait-rate-limit-stop = Stop reloading the page: every reload extends the limit.
fix-wait-rate-limit-scripts = Close scripts, extensions or other tabs that send requests to ChatGPT automatically.
fix-wait-rate-limit-check = blockwatch checks again after the wait and tells you when access is back.

fix-wait-outage-title = Wait for OpenAI to fix the outage
fix-wait-outage-nothing = Nothing on your side needs changing: clearing cookies or switching networks will not help.
# $url: the status page ("https://status.openai.com").
fix-wait-outage-follow = Follow the progress on { $url }.
fix-wait-outage-check = blockwatch keeps checking and tells you when ChatGPT is back.

fix-check-status-page-title = Check OpenAI's status page
fix-check-status-page-open = Open { $url } and look at "Conversations".
fix-check-status-page-incident = If an incident is open, wait for it to be resolved; blockwatch tells you when ChatGPT answers normally again.

fix-sign-in-network-title = Sign in to this network
fix-sign-in-network-neverssl = Open http://neverssl.com (a plain http page) in your browser: the network's sign-in page appears instead.
fix-sign-in-network-terms = Accept the terms or enter the code you were given (room number, ticket, voucher).
fix-sign-in-network-linux = GNOME and KDE also offer a "Sign in to network" notification when they detect such a page.
fix-sign-in-network-macos = macOS usually opens the sign-in window by itself; if not, turn Wi-Fi off and on.
fix-sign-in-network-windows = Windows usually opens the sign-in page by itself; if not, click the network icon and choose "Open browser and connect".
fix-sign-in-network-reload = Reload { $host }; blockwatch checks again once the network changes.

fix-check-connection-title = Check your internet connection
fix-check-connection-wifi = Check that Wi-Fi is on and connected, or that the cable is plugged in.
fix-check-connection-other-site = Open another website. If nothing loads, restart Wi-Fi on this computer, then the router.
fix-check-connection-linux = In a terminal, `ping -c 3 1.1.1.1` tells whether the internet answers at all; `nmcli device` shows the connection state.
fix-check-connection-macos = In Terminal, `ping -c 3 1.1.1.1` tells whether the internet answers at all.
fix-check-connection-windows = Settings → Network & internet → Network troubleshooter finds the usual problems.
fix-check-connection-offline = blockwatch stays quiet while you are offline and checks again as soon as the network is back.

fix-update-browser-title = Update your browser
fix-update-browser-about = Chrome: Menu → Help → About Google Chrome; Edge: Settings → About Microsoft Edge; Firefox: Menu → Help → About Firefox. Each updates itself there; then relaunch.
fix-update-browser-switchers = Turn off user-agent switchers and anti-fingerprinting settings: Cloudflare refuses browsers that do not look like what they claim to be.
fix-update-browser-reload = Reload { $host }.

## ---------------------------------------------------------------- fix page
## The page opened from the notification: headings and fixed texts.

page-title = blockwatch: ChatGPT access
page-what-happened = What is going on
page-what-to-do = What to do, in this order
page-evidence = What blockwatch measured
page-next = What blockwatch does next
page-browser-heading = If your browser still shows “Access denied”
page-browser-intro = blockwatch reaches ChatGPT from this computer, so the rest lies with the browser. Try these, in order:
page-details = Technical details
# $time: the local date and time of the check ("2026-11-28 15:54:02").
page-checked = Checked: { $time }
page-footer = This page was written by blockwatch on your computer; nothing was sent anywhere. Run `blockwatch fix` to open it again.
# The rows of the "Technical details" table (the verdict and the cause are shown
# by their verdict-* and cause-* labels; codes and addresses as they are).
page-detail-verdict = verdict
page-detail-cause = cause
page-detail-http-status = HTTP status
page-detail-cloudflare-error = Cloudflare error
page-detail-ray-id = Ray ID
page-detail-public-ipv4 = public IPv4
page-detail-public-ipv6 = public IPv6
page-detail-location = location

## What blockwatch does next, under "What blockwatch does next".
next-healthy = blockwatch keeps checking every few minutes and as soon as your network changes, and tells you if ChatGPT becomes blocked.
next-vpn-or-proxy = blockwatch checks again as soon as your network changes, so you learn within seconds whether disconnecting or switching worked.
next-public-ip-blocked = blockwatch checks again as soon as your network changes and looks up your public address: you learn whether a router restart brought a new address, and whether that fixed it.
next-location-unsupported = blockwatch checks again when your network changes and tells you when ChatGPT accepts your connection.
next-rate-limited = blockwatch waits as long as the site asks, then checks again and tells you when access is back.
next-outage = blockwatch keeps checking every few minutes and tells you when ChatGPT is back.
next-sign-in = blockwatch checks again as soon as your network changes, for example after you sign in.
next-no-connection = blockwatch stays quiet while you are offline and checks again as soon as your network is back.
next-other = blockwatch checks again in a few minutes and as soon as your network changes.
next-browser-side = blockwatch keeps watching the connection; the browser steps above are yours to try.

## ---------------------------------------------------------------- tray menu
## The menu of the tray icon. The first four lines only inform (greyed out).

menu-check-now = Check now
menu-browser-blocked = My browser still shows Access denied
menu-pause = Pause for 1 hour
menu-resume = Resume
menu-autostart = Start at login
menu-history = Open history
menu-quit = Quit
# $time: the local time ("14:05").
tray-paused-until = Paused until { $time }
tray-offline = No network connection
tray-checking = Checking ChatGPT…
tray-reachable = ChatGPT reachable
# $code: the error number, or "none".
tray-vpn-blocked = { $code ->
    [none] ChatGPT blocks your VPN
   *[other] ChatGPT blocks your VPN (error { $code })
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT blocks your proxy
   *[other] ChatGPT blocks your proxy (error { $code })
}
tray-address-blocked = { $code ->
    [none] ChatGPT blocks your address
   *[other] ChatGPT blocks your address (error { $code })
}
tray-location-unsupported = { $location ->
    [none] ChatGPT not available from here
   *[other] ChatGPT not available from { $location }
}
tray-rate-limited = { $code ->
    [none] ChatGPT rate limit
   *[other] ChatGPT rate limit (error { $code })
}
tray-probe-refused = { $code ->
    [none] Check refused by Cloudflare
   *[other] Check refused by Cloudflare (error { $code })
}
tray-outage = ChatGPT is down
tray-sign-in = Sign in to this network
tray-unreachable = ChatGPT unreachable
tray-intercepted = Connection to ChatGPT intercepted
tray-error = ChatGPT answered with an error
# The short label beside the icon.
tray-label-paused = Paused
tray-label-offline = Offline
tray-label-blocked = ChatGPT blocked
# $ips: one or two addresses joined with ", "; $location: country code or "none".
tray-ip = { $location ->
    [none] Public IP: { $ips }
   *[other] Public IP: { $ips } ({ $location })
}
tray-ip-unknown = Public IP: unknown
# $vpn: as vpn-name's first three forms, without "the VPN": "WireGuard (wg0)", "WireGuard", "wg0".
tray-vpn = VPN: { $vpn }
tray-vpn-on = VPN: on
tray-vpn-unknown = VPN: unknown
# $interface: a tunnel that is up but carries nothing to ChatGPT ("wg1").
tray-vpn-off-unused = VPN: off ({ $interface } up, not used for ChatGPT)
tray-vpn-off = VPN: off
tray-checking-now = Checking now…
tray-last-check = Last check: { $time }
tray-last-check-never = Last check: not yet

## ---------------------------------------------------------------- first start, no tray
## Notifications of the tray build, each shown once: on the first start, that
## blockwatch now watches ChatGPT and what it sees; on a desktop that shows no
## tray icons, that it keeps working and how to get the icon.
## $state: the tray menu's first line ("ChatGPT reachable", "ChatGPT blocks
## your address (error 1020)").
intro-title = blockwatch now watches ChatGPT
intro-body = Right now: { $state }. Its icon shows how ChatGPT answers; when ChatGPT refuses you, a notification like this one names the fix.
no-tray-title = blockwatch runs without a tray icon
# $remedy: "gnome-enable" (GNOME with the extension installed but off),
# "gnome-install" (GNOME without it) or "other" (any other desktop).
no-tray-body = { $remedy ->
    [gnome-enable] Your desktop shows no tray icons. blockwatch keeps watching ChatGPT (right now: { $state }) and tells you here when something is wrong. For its icon, turn on "AppIndicator and KStatusNotifierItem Support" in Extensions, or run `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com`.
    [gnome-install] Your desktop shows no tray icons. blockwatch keeps watching ChatGPT (right now: { $state }) and tells you here when something is wrong. For its icon, install the AppIndicator extension (`sudo apt install gnome-shell-extension-appindicator`), log out and back in, and turn it on in Extensions.
   *[other] Your desktop shows no tray icons. blockwatch keeps watching ChatGPT (right now: { $state }) and tells you here when something is wrong. For its icon, add a system tray (status notifier area) to your panel.
}

## ---------------------------------------------------------------- history
## `blockwatch history`: one line per event, after the local date and time.

history-start = blockwatch started
history-stop = blockwatch stopped
# $label: a verdict-* text; $cause: a cause-* text;
# $status: HTTP status or "none"; $code: error number or "none".
history-check = { $status ->
    [none] { $code ->
        [none] check: { $label } ({ $cause })
       *[other] check: { $label } ({ $cause }), error { $code }
    }
   *[other] { $code ->
        [none] check: { $label } ({ $cause }), HTTP { $status }
       *[other] check: { $label } ({ $cause }), HTTP { $status }, error { $code }
    }
}
history-public-ip-changed = public address changed: { $old } → { $new }
history-public-ip = public address: { $new }
# $vpn: "WireGuard (wg0)", "WireGuard", "wg0", or "none" when nothing is known.
history-vpn-on = { $vpn ->
    [none] VPN on: unknown
   *[other] VPN on: { $vpn }
}
history-vpn-off = VPN off (traffic to ChatGPT goes directly)
# $title, $body: the notification as recorded (always English: records are a contract).
history-notified = notified: { $title } — { $body }
history-offline = network lost
history-online = network back
history-paused = paused by the user
history-resumed = resumed
history-config-reloaded = configuration reloaded
# $error: what was wrong with the file (English, with the file, line and key).
history-config-not-reloaded = configuration not reloaded, old settings kept: { $error }

## ---------------------------------------------------------------- check report
## `blockwatch check`: the text report. Labels are padded so the values line up.

# $what: a verdict-* text; $status: HTTP status or "none"; $code: error number or "none".
report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }, error { $code }
    }
   *[other] { $code ->
        [none] { $what }, HTTP { $status }
       *[other] { $what }, HTTP { $status }, error { $code }
    }
}
# The labels before the verdict, the cause and the families' results; the values
# line up after the longest label (or, right to left, go on the line below it).
report-label-verdict = Verdict:
report-label-cause = Cause:
report-label-families = Families:
report-label-router = Router:
report-what-to-do = What to do
report-evidence = Evidence

## ---------------------------------------------------------------- command line
## Messages of the `blockwatch` command. Errors are printed after "blockwatch: ".

# $pid: the running daemon's process id, or "none".
cli-already-running = { $pid ->
    [none] blockwatch is already running; it keeps watching, nothing more to start.
   *[other] blockwatch is already running (pid { $pid }); it keeps watching, nothing more to start.
}
# $path: the history file.
cli-history-unreadable = The history in { $path } could not be read: it holds no record blockwatch wrote. Move the file away (`blockwatch run` starts a new one).
cli-history-empty = No history yet ({ $path } is empty): `blockwatch run` records what it sees there.
autostart-disabled = disabled: blockwatch does not start at login
# $ways: autostart-way entries joined with "; ".
autostart-enabled = enabled: { $ways }
# $method: "xdg", "xdg-system", "systemd", "launch-agent" or "run-key"; $path: the file or registry key.
autostart-way = { $method ->
    [xdg] XDG autostart entry { $path }
    [systemd] systemd user unit { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] system-wide XDG autostart entry { $path }
   *[run-key] Run key { $path }
}
# $error: the problem (English, with the file, line and key).
# $path: the system-wide entry the user switched off for themselves.
autostart-disabled-system = disabled: blockwatch does not start at login (the system-wide entry { $path } is switched off for you)
# $path: the Run key's value ("HKCU\Software\Microsoft\Windows\CurrentVersion\Run\blockwatch").
autostart-disabled-startup-apps = disabled: blockwatch does not start at login (its entry { $path } is turned off in Task Manager's Startup apps; `blockwatch autostart enable` or "Start at login" turns it on again)
# $warning: a warning of `blockwatch config`.
cli-warning = warning: { $warning }
# $path: the metrics file ([export] textfile); $dir: its folder; $error: the system's error text.
cli-textfile-unwritable = cannot write the metrics file { $path } ({ $error }): make { $dir } writable for this user (see README, Metrics); blockwatch runs on without it
cli-config-error = configuration error: { $error }
# $path: a directory or file; $error: the system's error text.
cli-cannot-create = cannot create { $path }: { $error }
cli-cannot-lock = cannot take the lock { $path }: { $error }
cli-cannot-open-browser = cannot open a browser ({ $error }); open the file above
# $error: the system's reason.
cli-autostart-failed = cannot change start at login: { $error }
cli-cannot-write = cannot write { $path }: { $error }
cli-cannot-set-up-http = cannot set up HTTP: { $error }
cli-cannot-start-monitor = cannot start the monitor: { $error }

## ---------------------------------------------------------------- configuration errors
## Where the mistake is: $path the file, $line its line ("none" when unknown),
## $key the dotted key ("none" when unknown). `config-error` puts the place
## and the problem together; `cli-config-error` wraps it.
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }, key `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }, line { $line }
       *[other] { $path }, line { $line }, key `{ $key }`
    }
}
config-error-at = { $place }: { $problem }
# $error: the system's own reason ("Permission denied (os error 13)").
config-problem-unreadable = { $error }
config-problem-too-large = the file is larger than 1 MiB; a configuration is a few lines
config-problem-not-utf8 = the file is not valid UTF-8; save it as UTF-8 text
config-problem-nested = keys or values are nested too deeply
# $detail: the TOML reader's own words (English), e.g. "unknown field `urll`".
config-problem-toml = { $detail }
# $value: what the file says; $detail: the reason, in English.
config-problem-duration = invalid duration "{ $value }" ({ $detail }); write it like "5m", "90s" or "1h"
config-problem-url = invalid URL "{ $value }": { $detail }
config-problem-url-not-http = invalid URL "{ $value }": only http:// and https:// are supported
config-problem-url-no-host = invalid URL "{ $value }": it has no host
config-problem-probe-interval = must be at least 10s: checking more often earns the very block blockwatch watches for
config-problem-ip-interval = must be at least 10s
config-problem-timeout = must be between 1s and 9s (a check ends within 10 s)
config-problem-no-echo-urls = needs at least one URL
config-problem-empty-user-agent = must not be empty
config-problem-user-agent-control = contains a control character (such as a line break or NUL), which an HTTP header cannot carry
config-problem-reminder = must be at least 10m, or "off": a shorter reminder repeats the notification at nearly every re-check
# $choices: the accepted values, comma-separated.
config-problem-language = must be one of { $choices }
config-problem-budget = must be at least 2 (a block is confirmed by a second check)
config-problem-textfile-relative = must be an absolute path
config-problem-textfile-not-prom = must end in .prom (node_exporter's textfile collector reads only *.prom files)
# $error: the HTTP library's reason (English).
config-problem-client = { $error }
## The first line of `blockwatch config` (a TOML comment). $version: "0.1.0 (git …)".
config-header-file = # blockwatch { $version } configuration, from { $path }
config-header-defaults = { $path ->
    [none] # blockwatch { $version } configuration, from built-in defaults (no configuration directory)
   *[other] # blockwatch { $version } configuration, from built-in defaults (no file at { $path })
}
## Why there is no tray icon (then blockwatch runs with notifications only).
## $error: the system's reason; $path: a program's path.
tray-problem-gtk = cannot start GTK: { $error }
tray-problem-no-appindicator = no AppIndicator library (install libayatana-appindicator3-1)
tray-problem-helper-missing = { $path } is not installed
tray-problem-helper-failed = cannot start { $path }: { $error }
tray-problem-not-started = the tray could not start
tray-problem-icon = cannot show the icon: { $error }
# $why: one of the tray-problem sentences.
cli-no-tray = no tray icon ({ $why }); running headless
# $error: the system's reason.
start-problem-signals = cannot watch for stop and reload signals: { $error }
cli-unknown-language = unknown language "{ $value }" ({ $choices })

## The summaries in `blockwatch --help` (one line each, no final full stop in the first).
cli-about = Tells you why ChatGPT says "Access denied" and what fixes it
cli-help-config = Read the configuration from FILE instead of the default location.
cli-help-verbose = More log output on stderr (-v info, -vv debug); RUST_LOG overrides.
cli-help-lang = The language of messages: auto (the desktop's), en, zh-CN, ru, fa, es, tr.
cli-help-run = Watch in the background and notify with the fix (the default).
cli-help-run-headless = No tray icon: print every event as a JSON line on stdout.
cli-help-check = Check once: is ChatGPT blocked, why, and what fixes it.
cli-help-check-json = Print one JSON object instead of the report.
cli-help-check-browser-blocked = Your browser still shows the block: diagnose the browser side too.
cli-help-config-cmd = Print the effective configuration and where it came from.
cli-help-fix = Open the fix steps for the current diagnosis in the browser, or (with --do) carry out the first fix blockwatch can do itself.
cli-help-fix-browser-blocked = Your browser still shows the block: show the browser-side steps.
cli-help-fix-do = Carry out the fix (disconnect the VPN, reconnect the router) after saying what will happen and asking; then check again.
cli-help-fix-yes = Do not ask (needed where there is no terminal to ask on).
cli-help-fix-json = Print one JSON object: the action's outcome and the check afterwards.
cli-help-autostart = Start blockwatch at login (or stop doing so).
cli-help-history = Print what blockwatch saw and did, oldest first.
cli-help-history-json = The raw JSON lines.
cli-help-history-lines = Only the last N entries.
cli-help-autostart-enable = Start at login: an XDG autostart entry (Linux), a LaunchAgent (macOS), the Run key (Windows).
cli-help-autostart-enable-systemd = Linux: a systemd user unit bound to the graphical session instead.
cli-help-autostart-disable = Do not start at login.
cli-help-autostart-status = Say whether and how blockwatch starts at login.
## clap's own words in `--help`: the usage line's heading, the section headings,
## the help and version flags, the `help` command, and the placeholders in the
## usage line and after options (written in capitals, as terminals show them).
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-help-command = Print this message or the help of the given command
cli-help-help-command-arg = The command to print the help of
cli-value-file = FILE
cli-value-lang = LANG
cli-value-count = N
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-exit-status = Exit status: 0 healthy (or the command succeeded), 1 a problem was found (or the daemon could not start, e.g. already running), 2 usage or configuration error.

## ---------------------------------------------------------------- browsers
## What blockwatch finds inside the browsers (issue 8): VPN and proxy
## extensions, a browser's own VPN or proxy setting. $browser is a product
## name ("Chrome", "Firefox", "Opera"); $profile the profile's name as the
## browser shows it ("Default", "Profile 2", "default-release"); $name the
## extension's name ("Hola VPN"). Copy all three unchanged. Menu paths are the
## browser's own, as it shows them in your language.

# Evidence lines (after "Evidence" in `blockwatch check`, on the fix page).
# $proxy: the proxy server the extension sets ("198.51.100.30:3128"), or "none".
evidence-browser-extension-proxy = { $proxy ->
    [none] { $name } is enabled in { $browser } (profile { $profile }) and controls its proxy
   *[other] { $name } is enabled in { $browser } (profile { $profile }) and controls its proxy ({ $proxy })
}
# $url: the proxy auto-config script the extension sets.
evidence-browser-extension-pac = { $name } is enabled in { $browser } (profile { $profile }) and controls its proxy (script { $url })
evidence-browser-extension = { $name } is enabled in { $browser } (profile { $profile })
evidence-browser-builtin-vpn = { $browser }'s built-in VPN is on in { $browser } (profile { $profile })
# $uri: the DNS over HTTPS server's address, or "none".
evidence-browser-doh = { $uri ->
    [none] { $browser } (profile { $profile }) looks names up over DNS over HTTPS
   *[other] { $browser } (profile { $profile }) looks names up over DNS over HTTPS ({ $uri })
}
# $proxy: "198.51.100.21:3128".
evidence-browser-proxy-server = { $browser } (profile { $profile }) sends web traffic through the proxy { $proxy }
# $url: the proxy auto-config script's address, or "none".
evidence-browser-proxy-pac = { $url ->
    [none] { $browser } (profile { $profile }) takes its proxy from a proxy auto-config script
   *[other] { $browser } (profile { $profile }) takes its proxy from the script { $url }
}
evidence-browser-proxy-auto-detect = { $browser } (profile { $profile }) looks for a proxy on the network (auto-detect)
# $findings: evidence-browser-* lines joined with list-join.
evidence-browser-findings = found in your browsers (they change the way only that browser reaches the site): { $findings }
# Adds one more line ($item) to the lines of evidence-browser-findings ($list).
list-join = { $list }; { $item }
evidence-browser-works = you report that { $host } works in your browser: the refusal is of blockwatch's own request, not of you or your network

# Headlines and the explanation. $browser and $name are "none" when no
# finding names them.
headline-browser-extension = { $browser ->
    [none] A browser extension changes your address for ChatGPT
   *[other] { $name } in { $browser } changes your address for ChatGPT
}
headline-browser-proxy = { $browser ->
    [none] Your browser sends ChatGPT's traffic through a proxy or VPN
   *[other] { $browser } sends ChatGPT's traffic through a proxy or VPN
}
# $finding: one evidence-browser-* line, or "none".
explain-browser-vpn = { $finding ->
    [none] From this computer { $host } answers normally, so your own address is not blocked. Your browser does not use that address: a VPN or proxy inside the browser carries its traffic, so { $host } sees a VPN or proxy server's address, and refuses it.
   *[other] From this computer { $host } answers normally, so your own address is not blocked. Your browser does not use that address: { $finding }, so { $host } sees a VPN or proxy server's address, and refuses it.
}
tray-browser-vpn-refused = ChatGPT reachable; your browser's VPN or proxy is refused

# The fix in one sentence (notification body). $browser, $name, $profile: or "none".
notify-fix-disable-browser-extension = { $browser ->
    [none] Turn off VPN and proxy extensions in your browser.
   *[other] Turn off { $name } in { $browser } (profile { $profile }).
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] Turn off your browser's proxy or VPN.
   *[other] Turn off the proxy or VPN in { $browser } (profile { $profile }).
}

# disable_browser_extension. $page: the browser's extension list, typed into
# the address bar ("chrome://extensions", "about:addons").
fix-disable-browser-extension-title = Turn off { $name } in { $browser } (profile { $profile })
fix-disable-browser-extension-open = In { $browser }, in the profile { $profile }, open { $page } (type it into the address bar).
fix-disable-browser-extension-switch = Find { $name } and switch it off. To keep it for other sites, open Details → Site access → “On specific sites” and leave { $host } out.
fix-disable-browser-extension-switch-firefox = Find { $name } and switch it off. To keep it for other sites, open … → Manage → Permissions and remove its access to { $host } instead.
fix-disable-browser-extension-proxy = { $name } sets { $browser }'s proxy: pausing it in its own toolbar menu is not enough while it stays in control of the proxy.
fix-disable-browser-extension-reload = Reload { $host }. If it is still refused, run `blockwatch check --browser-blocked` again: it looks for anything else in your browsers.

# disable_browser_proxy, for a browser's built-in VPN (Opera). $shortcut: "Alt+P" or "⌘,".
fix-disable-browser-vpn-title = Turn off { $browser }'s VPN (profile { $profile })
fix-disable-browser-vpn-badge = Click the VPN badge left of the address bar in { $browser } and switch the VPN off.
fix-disable-browser-vpn-settings = Or open Settings ({ $shortcut }) → Privacy & security → VPN and turn off “Enable VPN”.
fix-disable-browser-vpn-reload = Reload { $host }: it now sees your own address instead of the VPN's.
# disable_browser_proxy, for a proxy setting. $proxy: "198.51.100.21:3128" or a script's address.
fix-disable-browser-proxy-title = Turn off the proxy in { $browser } (profile { $profile })
fix-disable-browser-proxy-in-use = The proxy in use is { $proxy }.
fix-disable-browser-proxy-firefox = In Firefox, profile { $profile }: Settings → General → Network Settings → Settings…
fix-disable-browser-proxy-firefox-choose = Choose “Use system proxy settings” (or “No proxy”) and click OK.
fix-disable-browser-proxy-chromium = In { $browser }, profile { $profile }: Settings → System → Open your computer's proxy settings, and turn the proxy off there.
fix-disable-browser-proxy-flag = If { $browser } was started with a proxy option (--proxy-server), start it without.
fix-disable-browser-proxy-reload = Reload { $host }. On a company network, ask IT before bypassing its proxy.
# Either fix when no finding names the browser.
fix-browser-vpn-title = Turn off the VPN or proxy inside your browser
fix-browser-vpn-extensions = Open the browser's extension list (chrome://extensions, edge://extensions, about:addons) and switch off VPN and proxy extensions.
fix-browser-vpn-proxy = In the browser's network or proxy settings, choose the system's settings or no proxy.
fix-browser-vpn-reload = Reload { $host }.

# The tray item and notification button: the user says only blockwatch's own
# check is refused. page-works-text quotes it: keep both the same.
action-browser-works = ChatGPT works in my browser
page-works-heading = ChatGPT works in your browser?
page-works-text = Then the site refuses only blockwatch's own request. Tell blockwatch so: choose “ChatGPT works in my browser” in its tray menu or in the notification (or run `blockwatch check --browser-works`). It then shows this block as healthy and stays quiet about it until your address, your VPN or the answer changes.

# History lines. $cause: a cause-* text; $code: error number
# or "none"; $address: the address the site saw, or "none".
history-browser-blocked = you said: my browser still shows Access denied
history-browser-works = { $code ->
    [none] { $address ->
        [none] you said: ChatGPT works in my browser; this block ({ $cause }) is taken as blockwatch's own and not notified again
       *[other] you said: ChatGPT works in my browser; this block ({ $cause }, address { $address }) is taken as blockwatch's own and not notified again
    }
   *[other] { $address ->
        [none] you said: ChatGPT works in my browser; this block ({ $cause }, error { $code }) is taken as blockwatch's own and not notified again
       *[other] you said: ChatGPT works in my browser; this block ({ $cause }, error { $code }, address { $address }) is taken as blockwatch's own and not notified again
    }
}
history-browser-works-no-block = you said: ChatGPT works in my browser (no block stood then)
# $why: "address", "vpn" or "verdict".
history-probe-only-forgotten = { $why ->
    [address] "works in my browser" no longer applies: the address the site sees changed
    [vpn] "works in my browser" no longer applies: the VPN changed
   *[verdict] "works in my browser" no longer applies: the answer changed
}
cli-help-check-browser-works = ChatGPT works in your browser: a refusal is of blockwatch's own request.

## ---------------------------------------------------------------- filters and address families
## What sits between the user and ChatGPT (DNS filters, web filters, national
## blocks) and IPv4/IPv6 taken apart. Vendor names (Pi-hole, AdGuard Home,
## NextDNS, FortiGate…) and the names "IPv4", "IPv6", "DNS", "NXDOMAIN" stay as they are.

# Verdict labels, like the verdict-* texts above.
verdict-dns-blocked = a DNS filter answered for the site
verdict-filtered = a network filter answered instead of the site
# Issue 19: the label of a 5xx from a device in between (not a filter).
verdict-filtered-gateway = something on the way answered instead of the site

# $host: the site ("chatgpt.com").
headline-dns-filtered = A DNS filter blocks { $host }
# $vendor: the filter's product as it names itself ("FortiGate"), or "none".
headline-network-filter = { $vendor ->
    [none] This network blocks { $host }
   *[other] { $vendor } blocks { $host } on this network
}
# Issue 19: a device in between (a proxy, a firewall, a router) answered 5xx: it could not reach the site.
headline-network-gateway = A device on this network cannot reach { $host }
# Issue 19: a national block's stub page (OONI's fingerprints).
headline-network-national = { $host } is blocked by a national block list
# $refused, $works: "IPv4" or "IPv6". Also an evidence line.
family-split = ChatGPT refuses your { $refused } address; { $works } works

# $detail: what the name server answered ("chatgpt.com: 0.0.0.0"), or "none".
explain-dns-filtered = { $detail ->
    [none] The name server this computer asks gave a blocking answer instead of ChatGPT's addresses, so the browser never reaches { $host }. A filter on your network does this: Pi-hole, AdGuard Home, NextDNS, a router's parental controls, or a company or school block list. It is not Cloudflare and not your address.
   *[other] The name server this computer asks gave a blocking answer ({ $detail }) instead of ChatGPT's addresses, so the browser never reaches { $host }. A filter on your network does this: Pi-hole, AdGuard Home, NextDNS, a router's parental controls, or a company or school block list. It is not Cloudflare and not your address.
}
explain-network-filter-reset = The connection to { $host } was cut the moment its name was sent, while other secure sites work. That is a filter reading the name: a company or school firewall, or a national block. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
explain-network-filter-legal = The answer was "451 Unavailable For Legal Reasons" from a server that is not { $host }'s: access is blocked by law or by order on this network or in this country. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
explain-network-filter-device = Something on your network answered instead of { $host } (not Cloudflare, and not a sign-in page): a firewall, a proxy or a filtering router. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
explain-network-filter-gateway = Something between this computer and { $host } (a proxy, a firewall or the router) answered with an error page instead of the site: it could not reach { $host } itself. { $host } answers through Cloudflare, and this answer did not come from there, so ChatGPT is not down; the device in between failed or is cut off from it. It is not your address; signing in or clearing cookies will not help.
explain-network-filter-national = The answer is the page that internet providers in this country must show for sites blocked by law or by an authority's order, not { $host }'s own. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
# $vendor: the filter's product ("FortiGate"), or "none" when it does not say.
explain-network-filter-vendor = { $vendor ->
    [none] A web filter answered with its block page instead of { $host }: this network's owner filters it. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
   *[other] { $vendor } answered with its block page instead of { $host }: this network's owner filters it. It is not Cloudflare and not your address; signing in or clearing cookies will not help.
}

tray-dns-filtered = ChatGPT blocked by a DNS filter
tray-network-filter = ChatGPT blocked by this network
tray-network-gateway = ChatGPT unreachable through this network

next-dns-filtered = blockwatch asks the name servers again at every check and as soon as your network changes, and tells you when ChatGPT's names resolve again.
next-network-filter = blockwatch checks again as soon as your network changes, so you learn at once whether another network gets through.

## What a name server answered, inside the evidence lines below ($answer).
# $zone: the name of the filter's policy zone ("rpz.example").
dns-nxdomain-zone = "no such name" (NXDOMAIN, from the policy zone { $zone })
dns-nxdomain-filtered = "no such name" (NXDOMAIN, marked as a filtered answer)
dns-nxdomain = "no such name" (NXDOMAIN)
dns-nodata = no address (NODATA)
dns-refused = a refusal (REFUSED)
# $why: the error, in English from the system ("timed out").
dns-failed = no answer ({ $why })
# A reply that was not believed (issue 19): it broke the DNS format, it
# answered another question (name, type or class), or it was cut short.
dns-malformed = a malformed answer (not believed)
dns-not-ours = an answer to another question (not believed)
dns-truncated = an answer cut short (truncated)

# $server: the name server's address, or "none" (this computer's own lookup);
# $name: the name asked for; $answer: the addresses, or a dns-* text.
evidence-dns-answer = { $server ->
    [none] this computer's lookup answers { $name }: { $answer }
   *[other] the name server { $server } answers { $name }: { $answer }
}
evidence-dns-answer-control = { $server ->
    [none] this computer's lookup answers { $name } (a name unrelated to ChatGPT, for comparison): { $answer }
   *[other] the name server { $server } answers { $name } (a name unrelated to ChatGPT, for comparison): { $answer }
}
evidence-doh-answer = a public resolver over DNS-over-HTTPS answers { $name }: { $answer }
# $servers: addresses, separated by commas.
evidence-dns-resolvers = this computer asks the name servers { $servers }
# $tunnel: the VPN's interface carrying IPv4 ("wg0"), or "none"; $native: the
# interface IPv6 leaves through ("eth0"), or "none".
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] the VPN carries IPv4 but IPv6 goes out natively: over IPv6 the site sees your real address and location (an IPv6 leak)
       *[other] the VPN carries IPv4 but IPv6 goes out natively (through { $native }): over IPv6 the site sees your real address and location (an IPv6 leak)
    }
   *[other] { $native ->
        [none] the VPN carries IPv4 (through { $tunnel }) but IPv6 goes out natively: over IPv6 the site sees your real address and location (an IPv6 leak)
       *[other] the VPN carries IPv4 (through { $tunnel }) but IPv6 goes out natively (through { $native }): over IPv6 the site sees your real address and location (an IPv6 leak)
    }
}
# $ipv4, $ipv6: the addresses the site saw over each family (its trace).
evidence-family-sees = over IPv4 { $host } sees the address { $ipv4 }, over IPv6 { $ipv6 }

## `blockwatch check`: the verdict's detail and each family's result.
# $line: a report-verdict text; $detail: the filter's answer or vendor.
report-verdict-detail = { $line } ({ $detail })
# $first, $second: two family-result-line texts.
family-results-line = { $first }; { $second }
# $family: "IPv4" or "IPv6"; $kind: a verdict-* text; $via: the interface
# of the route, or "none".
family-result-line = { $via ->
    [none] { $family }: { $kind }
   *[other] { $family }: { $kind } (via { $via })
}

## Notification bodies, like the notify-fix-* texts above.
notify-fix-allow-in-dns-filter = Allow { $host } and openai.com in your DNS filter.
notify-fix-ask-network-admin = Ask the network's administrator to allow { $host }.
notify-fix-ask-network-admin-gateway = Tell the network's administrator that its proxy or firewall cannot reach { $host }.
notify-fix-fix-ipv6-leak = Turn on your VPN's IPv6 leak protection, or turn off IPv6.

## Fix pages, like the fix-* texts above.
fix-allow-in-dns-filter-title = Allow { $host } in your DNS filter
fix-allow-in-dns-filter-server-linux = See which name server this computer asks: `resolvectl status` (systemd-resolved) or `cat /etc/resolv.conf`; `nmcli device show | grep DNS` on NetworkManager.
fix-allow-in-dns-filter-server-macos = See which name server this computer asks: `scutil --dns | grep nameserver`, or System Settings → Network → your connection → Details… → DNS.
fix-allow-in-dns-filter-server-windows = See which name server this computer asks: `ipconfig /all` ("DNS Servers"), or Settings → Network & internet → your connection → DNS server assignment.
fix-allow-in-dns-filter-pihole = Pi-hole: open its admin page → Domains (Whitelist in older versions) → add { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com and oaiusercontent.com as allowed; or Query Log → Allow next to each blocked entry.
fix-allow-in-dns-filter-adguard = AdGuard Home: Filters → Custom filtering rules → add `@@||chatgpt.com^`, `@@||openai.com^`, `@@||oaistatic.com^` and `@@||oaiusercontent.com^`, then Apply; Query Log shows which list blocked it.
fix-allow-in-dns-filter-nextdns = NextDNS: my.nextdns.io → your configuration → Allowlist → add { $host }, openai.com, oaistatic.com and oaiusercontent.com; also check Parental Control → Websites, Apps & Games.
fix-allow-in-dns-filter-router = Router parental controls (Fritz!Box, eero, Netgear Armor, TP-Link HomeShield, …): open the router's app or web page → Parental controls / Filters → the profile of this device → remove the "AI" or "Chat" category or add chatgpt.com as allowed. At school or work, ask the administrator instead.

fix-ask-network-admin-title = Ask the network's administrator
fix-ask-network-admin-on-purpose = This network (your company's, school's, a library's or a café's) blocks { $host } on purpose; only whoever runs it can allow it.
fix-ask-network-admin-gateway = The device between this computer and { $host } (a company proxy, a firewall or the router) could not reach the site; only whoever runs it can find out why. If it fails only for a few minutes, blockwatch tells you when it works again.
fix-ask-network-admin-gateway-ask = Ask them to check that it reaches { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com and oaiusercontent.com: its connection to the internet, its name server, and any inspection of secure connections.
# $detail: the filter's answer or vendor ("FortiGate"), or "none".
fix-ask-network-admin-tell = { $detail ->
    [none] Tell them what blockwatch saw: the page or cut connection came from the network's filter, not from { $host }.
   *[other] Tell them what blockwatch saw ({ $detail }): the page or cut connection came from the network's filter, not from { $host }.
}
fix-ask-network-admin-ask = Ask for { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com and oaiusercontent.com to be allowed, or whether the organisation offers ChatGPT another way (a company workspace).
fix-ask-network-admin-permission = Do not try to get around a company's or school's filter without permission: it may break its rules.

fix-ipv6-leak-title = Stop IPv6 from going around your VPN
fix-ipv6-leak-open = Your VPN carries IPv4 only, so { $host } sees your real IPv6 address and location. Open the VPN app's settings.
fix-ipv6-leak-protection = Turn on "IPv6 leak protection" / "Block IPv6" and the kill switch (NordVPN, Surfshark, Proton VPN, Mullvad, ExpressVPN, PIA and most others have it under Settings → Connection, Advanced or Kill switch), then reconnect.
fix-ipv6-leak-off-linux = Or turn off IPv6 for this connection: `nmcli connection modify "<connection>" ipv6.method disabled`, then reconnect (GNOME: Settings → Network → the connection → IPv6 → Disable). With wg-quick, add `::/0` to the peer's AllowedIPs instead.
fix-ipv6-leak-off-macos = Or turn off IPv6 for the connection: `networksetup -setv6off Wi-Fi` (or "Ethernet"); `networksetup -setv6automatic Wi-Fi` turns it back on.
fix-ipv6-leak-off-windows = Or turn off IPv6 on the adapter: Control Panel → Network Connections → the adapter → Properties → untick "Internet Protocol Version 6 (TCP/IPv6)"; or in PowerShell `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6`.
fix-ipv6-leak-reload = Reload { $host }. blockwatch checks both IPv4 and IPv6 again as soon as the network changes.
# A filtered verdict's detail in words, where the JSON keeps the English
# contract value; a vendor name or a DNS fact is shown as it is.
detail-unknown-device = an unknown device answered instead of ChatGPT
detail-sni-reset = connection reset when the name was seen
detail-http-451 = HTTP 451 (unavailable for legal reasons)
detail-filter-page = a network filter's block page
detail-gateway = a device in between could not reach the site
detail-national-page = a national block page

## ---------------------------------------------------------------- the router
## What the router says of its internet-side (WAN) address, and whether a
## restart can bring a new public address.

# How the evidence names the router. $name: its name ("FRITZ!Box 7590"), or "none".
router-called = { $name ->
    [none] your router
   *[other] your router ({ $name })
}
# $router: router-called. $wan: its WAN address.
# $chance: likely (DSL/PPP), unlikely (cable), unknown.
evidence-router-own = { $chance ->
    [likely] { $router } reports the internet address { $wan }, the one the internet sees: a restart can bring a new one, and on a DSL line it usually does
    [unlikely] { $router } reports the internet address { $wan }, the one the internet sees: a restart can bring a new one, but a cable line usually keeps its address
   *[other] { $router } reports the internet address { $wan }, the one the internet sees: a restart can bring a new one
}
# $why: cgnat, ds-lite, private, no-public, different. $wan: the router's
# WAN address, or "none". $public: the address the internet sees, or "none".
evidence-router-shared = { $why ->
    [cgnat] { $router } has the internet-side address { $wan }, from the range providers use for carrier-grade NAT (100.64.0.0/10): the provider shares its public address with other customers
    [ds-lite] { $router } reports { $wan }: a DS-Lite line, whose IPv4 goes through the provider's shared NAT
    [private] { $router } has the private address { $wan } on its internet side: another router sits in front of it (double NAT)
    [no-public] { $router } says it has no public IPv4 address of its own: the address the internet sees is shared (carrier-grade NAT or another router in front)
   *[different] { $router } reports the internet address { $wan }, but the internet sees { $public }: the address is shared (carrier-grade NAT or another router in front)
}
# The router answered; what it said cannot be compared (a VPN in use, no
# public address measured). $wan may be "none".
evidence-router-unknown = { $wan ->
    [none] { $router } answered but did not say its internet address
   *[other] { $router } reports the internet address { $wan }
}
evidence-router-silent = the router did not say its internet address (no answer over UPnP or NAT-PMP)
# After a reconnect the address changed, but only within the same /24.
evidence-same-range = your connection came back with a new address, { $new }, but in the same range as the refused { $old } (the same /24): Cloudflare rules can block a whole range

# One sentence, after the explanation and in the notification. $why as above.
explain-shared-address = { $why ->
    [private] Another router in front of yours holds the public address (double NAT); restarting your router will not change it.
    [different] The address the internet sees is not your router's own but shared (carrier-grade NAT or another router in front); restarting the router will not change it.
   *[other] Your provider shares this address with other customers; restarting the router will not change it.
}
# A problem notification's body for a shared address: $why is
# explain-shared-address, $fix the first fix's sentence.
notify-problem-shared = { $why } { $fix }
notify-fix-contact-isp-shared = Ask your internet provider for a public IPv4 address of your own.

# The first step of "restart the router" when the router holds the address.
fix-restart-router-likely = Your router reports a DSL (PPP) line: a new connection usually gets a new address.
fix-restart-router-unlikely = Your router reports a cable line: cable providers usually hand back the same address, or one in the same range. Leave the modem off for an hour or more, or try another network.
fix-restart-router-own = Your router holds the address the internet sees, so a restart can change it.
# "Contact the provider" when the address is shared.
fix-contact-isp-title-shared = Ask your provider for a public IPv4 address
fix-contact-isp-ask-public = Ask for a public IPv4 address of your own (also called a dedicated or static IPv4 address), or to move your line off carrier-grade NAT (CGNAT): many providers do it on request, some for a small fee.
# $wan: the router's WAN address, or "none".
fix-contact-isp-router-says = { $wan ->
    [none] Tell them what your router reports: it has no public IPv4 address of its own.
   *[other] Tell them what your router reports: its internet-side address is { $wan }, not the address the internet sees.
}
fix-contact-isp-double-nat = If the provider's modem or a second router sits in front of yours, ask how to put it in bridge mode, so that your router gets the public address itself.

tray-address-blocked-shared = { $code ->
    [none] ChatGPT blocks your shared address
   *[other] ChatGPT blocks your shared address (error { $code })
}

# After a restart the address changed, but within the same /24, and it is still refused.
notify-same-range-title = Your new address is in the same range
notify-same-range-body = The connection came back with { $new }, in the same range as the refused { $old }, and ChatGPT still refuses it: Cloudflare rules can block a whole range. Use another network, or ask your provider for an address in another range.

# The check report's router line. $name: the router's name, or "none";
# $protocol: UPnP, NAT-PMP, PCP; $state: own, shared, unknown; $wan: its
# internet address, or "none".
report-router = { $state ->
    [own] { $name } ({ $protocol }), internet address { $wan }: its own
    [shared] { $wan ->
        [none] { $name } ({ $protocol }), no public address of its own: shared
       *[other] { $name } ({ $protocol }), internet address { $wan }: shared
    }
   *[other] { $wan ->
        [none] { $name } ({ $protocol }), internet address not said
       *[other] { $name } ({ $protocol }), internet address { $wan }
    }
}
# The router's name when it gave none.
report-router-unnamed = your router
report-router-silent = did not say (no answer over UPnP or NAT-PMP)

page-detail-router = router
page-detail-router-wan = router's internet address
page-detail-shared = address shared
# $shared: yes or no.
page-detail-shared-value = { $shared ->
    [yes] yes: a restart will not change it
   *[no] no: the router holds it
}

## ---------------------------------------------------------------- doing the fix
## blockwatch carries out a fix itself on the user's click or `fix --do`:
## the buttons, what it says before acting, the warnings, the outcome.

# A button and menu item. $vpn: the VPN's name where known ("WireGuard"), or
# "none"; $target: the connection's name ("wg-home").
act-button-disconnect = { $vpn ->
    [none] Disconnect { $target }
   *[other] Disconnect { $vpn } ({ $target })
}
# A button and menu item: ask the router for a new internet connection. $router: its name.
act-button-reconnect-router = Reconnect { $router }
# A button and menu item after the VPN was disconnected: bring it back.
act-button-reconnect = Reconnect
# The confirmation's button when there is a warning.
act-button-confirm = Go ahead
# Said before acting. $what: the button's words; $via: the program asked ("NetworkManager").
act-will = blockwatch will do this: { $what } (through { $via }), then check ChatGPT again.
act-will-router = Everyone on this network is offline for up to a minute; the router should come back with a new address.
# $vpn: the VPN's name, or "none".
act-warning-kill-switch = { $vpn ->
    [none] Warning: the VPN's kill switch is on. After disconnecting, this computer has no internet at all until you connect the VPN again or turn its kill switch off.
   *[other] Warning: the kill switch of { $vpn } is on. After disconnecting, this computer has no internet at all until you connect { $vpn } again or turn its kill switch off.
}
act-warning-mandatory-vpn = Warning: this looks like a school or company VPN. Your organisation may require it: disconnect it only if you are allowed to.
# The terminal prompt; the answer is y or n.
act-confirm = Go ahead? [y/N]
# What counts as yes at that prompt (comma-separated, any case).
act-yes-answers = y, yes
act-not-confirmed = Nothing was done: blockwatch can ask only on a terminal. Add --yes to go ahead.
act-declined = Nothing was done.
act-nothing = blockwatch cannot carry out any of these fixes itself.
act-checking = Checking ChatGPT again…
# The confirmation notification's title when there is a warning. $what: the button's words.
act-confirm-title = { $what }?

# Why a fix cannot be done (the report, `check --json`'s actions[].detail, `fix --do`).
act-why-no-tunnel = No VPN tunnel carries the traffic to ChatGPT: there is nothing to disconnect.
act-why-needs-root = Only an administrator can take this tunnel down (wg-quick or a manual setup): follow the steps.
act-why-no-controller = Neither NetworkManager nor the VPN's own program is there to ask.
act-why-not-managed = The system's VPN list has no connection for this tunnel.
act-why-asks-password = The system will ask for your password.
act-why-not-permitted = The system does not allow this user to disconnect network connections.
act-why-reconnect-off = The router's reconnect is off: set allow_reconnect = true under [router] in the configuration to allow it.
act-why-address-shared = The router's address is shared with other customers, or not known to be its own: a reconnect would bring back the same address.
act-why-router-cannot = The router offers no reconnect that blockwatch can ask for.
act-why-unsupported = blockwatch cannot do this on this system.

# The outcome. $what: the button's words; $target: the connection or router.
act-result-done = Done: { $what }.
act-result-not-permitted = Not allowed: the system does not let this user disconnect { $target }. Disconnect it from the network menu, or ask whoever runs this computer.
act-result-auth-failed = Nothing was changed: the password prompt was declined or failed. blockwatch does not ask again by itself.
# $via: the program asked.
act-result-failed = That did not work: { $via } reported an error.
act-result-router-refused = { $target } refused the reconnect: it lists the action but does not allow it. Restart the router with its power switch instead.
act-result-no-link-back = The internet connection did not come back within a minute.
# $ip: the address, unchanged.
act-result-same-address = The router came back with the same address ({ $ip }).
act-result-offline = Nothing was done: there is no network connection.
act-after-works = ChatGPT works now.
# $fix: the next fix, one short sentence.
act-after-blocked = ChatGPT still refuses this connection. Next: { $fix }
act-after-unknown = The check afterwards gave no clear answer.
# The notification after the action when the block remains. $what: what was done.
act-still-title = ChatGPT still refuses
act-still-body = { $what } did not help. Next: { $fix }
# The notification's title when the action could not be done (its body says why).
act-failed-title = The fix was not done
# The resolved notification after the action. $vpn: the VPN's name ("WireGuard (wg-home)").
act-resolved-vpn = ChatGPT works since { $vpn } was disconnected.
act-resolved-router = ChatGPT works since the router reconnected.
# A history line: a fix carried out on the user's click. $fix: disconnect_vpn
# or restart_router; $undo: yes when the VPN was brought back; $target: the
# connection or router; $via: the program; $result: history-action-result's words.
history-action = { $undo ->
    [yes] you asked to reconnect { $target } ({ $via }): { $result }
   *[no] { $fix ->
        [restart_router] you asked to reconnect the router { $target } ({ $via }): { $result }
       *[other] you asked to disconnect { $target } ({ $via }): { $result }
    }
}
# $result: done, refused, failed, not-possible.
history-action-result = { $result ->
    [done] done
    [refused] refused
    [failed] failed
   *[other] not possible
}
# The check report, under the steps, when blockwatch can carry out one of them. $target: the connection or router.
report-can-do = blockwatch can do this for you: run `blockwatch fix --do` ({ $target }).
