### blockwatch：简体中文翻译。约定见 i18n/en/blockwatch.ftl 开头。
### 用“你”称呼读者；菜单名称与简体中文版 Chrome、Firefox、Edge、Safari、Windows、
### macOS、GNOME、KDE 中显示的一致；中文与数字、拉丁字母之间加空格。

## ---------------------------------------------------------------- verdicts

verdict-reachable = 可以访问
verdict-challenge = 可以访问（Cloudflare 显示浏览器验证，浏览器会自动通过）
verdict-blocked = 被 Cloudflare 防火墙拦截
verdict-ip-banned = 你的地址被封禁
verdict-country-banned = 你所在的国家或地区被封禁
verdict-browser-banned = 浏览器特征被拒绝
verdict-rate-limited = 请求频率受限
verdict-region-unsupported = 在你所在的地区不可用
verdict-site-down = 网站宕机
verdict-site-error = 网站返回了错误
verdict-captive-portal = 你的网络中有设备代替网站作了应答
verdict-offline = 没有网络连接
verdict-dns-failure = 无法解析域名
verdict-timeout = 超时无应答
verdict-tls-error = 安全连接失败

## ---------------------------------------------------------------- 原因

cause-healthy = 一切正常
cause-vpn-exit-blocked = VPN 服务器的地址被拦截
cause-proxy-blocked = 代理的地址被拦截
cause-public-ip-blocked = 你的公网地址被拦截
cause-location-unsupported = 你所在的地区不受支持
cause-rate-limited = 来自你的地址的请求过多
cause-probe-refused = 只有 blockwatch 自己的检测被拒绝
cause-outage = OpenAI 服务故障
cause-captive-portal = 网络要求你先登录
cause-no-connection = 没有连接
cause-tls-interception = 安全连接被拦截
cause-browser-side = 浏览器中的某些设置
cause-browser-extension = 浏览器中的扩展程序
cause-browser-proxy = 浏览器中的代理或 VPN
cause-dns-filtered = DNS 过滤器
cause-network-filter = 网络上的过滤器
cause-unknown = 未知

## ---------------------------------------------------------------- headlines

headline-healthy = ChatGPT 可以访问
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT 拒绝了 Cloudflare WARP 的地址
   *[other] ChatGPT 拒绝了 Cloudflare WARP 的地址（错误 { $code }）
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT 拒绝了你的 VPN 地址
   *[other] ChatGPT 拒绝了你的 VPN 地址（错误 { $code }）
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT 拒绝了你的代理地址
   *[other] ChatGPT 拒绝了你的代理地址（错误 { $code }）
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT 拒绝了你的公网地址
   *[other] ChatGPT 拒绝了你的公网地址（错误 { $code }）
}
headline-location-unsupported = { $location ->
    [none] ChatGPT 在你所在的位置不可用
   *[other] ChatGPT 在你所在的位置不可用（{ $location }）
}
headline-rate-limited = { $code ->
    [none] ChatGPT 正在限制你的地址的请求频率
   *[other] ChatGPT 正在限制你的地址的请求频率（错误 { $code }）
}
headline-probe-refused = { $code ->
    [none] Cloudflare 拒绝了 blockwatch 的检测
   *[other] Cloudflare 拒绝了 blockwatch 的检测（错误 { $code }）
}
headline-outage = ChatGPT 宕机了
headline-captive-portal = 这个网络要求你先登录
headline-no-connection = 无法连接到 ChatGPT
headline-tls-interception = 你的网络中有设备在拦截 ChatGPT 的连接
headline-browser-side = ChatGPT 可以访问：拦截来自你的浏览器
headline-unknown = ChatGPT 返回了意外的错误

## ---------------------------------------------------------------- explanations

explain-healthy = { $host } 应答正常。如果浏览器里出现 Cloudflare 验证，它会自动通过。
explain-vpn-exit-blocked = 你到 { $host } 的连接经过 { $vpn }，而 ChatGPT 的防火墙拒绝了这个 VPN 服务器的地址。VPN 服务器由很多人共用，所以经常被网站封禁。你自己的网络连接没有问题。
explain-proxy-blocked = 你到 { $host } 的连接不是从你自己的公网地址出去的，而是经过代理或分流（split tunnel）VPN，ChatGPT 的防火墙拒绝了它出去时使用的地址。
explain-public-ip-blocked = { $ip ->
    [none] ChatGPT 的防火墙拒绝了你的网络连接的公网地址。这与 VPN 或代理无关，所以解决办法是换一个地址：向运营商要一个新地址，或换一个网络。
   *[other] ChatGPT 的防火墙拒绝了你的网络连接的公网地址（{ $ip }）。这与 VPN 或代理无关，所以解决办法是换一个地址：向运营商要一个新地址，或换一个网络。
}
explain-location-unsupported = { $location ->
    [none] ChatGPT 拒绝来自你的地址所在国家或地区的连接。如果你其实身处 ChatGPT 提供服务的地方，那么这个位置来自你的 VPN，或者来自对你的地址的错误定位。
   *[other] ChatGPT 拒绝来自你的地址所在国家或地区（{ $location }）的连接。如果你其实身处 ChatGPT 提供服务的地方，那么这个位置来自你的 VPN，或者来自对你的地址的错误定位。
}
explain-rate-limited = { $duration ->
    [none] 来自你的地址的请求太多，{ $host } 要求放慢速度。这会自行恢复。
   *[other] 来自你的地址的请求太多，{ $host } 要求暂停 { $duration }。这会自行恢复。
}
explain-probe-refused = Cloudflare 拒绝了 blockwatch 检测时的身份标识。这并不说明你的浏览器有问题，浏览器的检测方式不同。如果浏览器也显示同样的错误，可以按下面的步骤处理。
explain-outage = { $host } 本身出了故障：问题在 OpenAI 一方，不在你这边。
explain-captive-portal = 这个网络中有设备代替 { $host } 作了应答：通常是酒店、机场、咖啡馆或公司网络的登录页面。
explain-no-connection = blockwatch 完全无法连接到 { $host }，所以暂时无法判断是否被封禁。
explain-tls-interception = 到 { $host } 的安全连接收到的证书不属于 { $host }。中间有登录页面、公司代理或安全软件。
explain-browser-side = 从这台电脑访问 { $host } 一切正常，所以你的地址没有被封禁。浏览器里仍然显示的错误来自浏览器本身：保存的 Cookie、某个扩展程序或浏览器设置。
explain-unknown = { $host } 的应答与已知的封禁、故障或网络问题都不相符。

## ---------------------------------------------------------------- names and durations

vpn-name = { $kind ->
    [vendor-interface] { $vendor }（{ $interface }）
    [vendor] { $vendor }
    [interface] VPN（{ $interface }）
   *[unknown] 你的 VPN
}
duration = { $unit ->
    [moment] 片刻
    [seconds] { $count } 秒
    [minutes] { $count } 分钟
   *[hours] { $count } 小时
}

## ---------------------------------------------------------------- Cloudflare error codes

code-1020 = 被网站的防火墙规则拒绝访问
code-1005 = 你的地址所属的网络被封禁
code-ip-banned = 你的地址被封禁
code-1012 = 因你的网络中的活动而拒绝访问
code-1009 = 你所在的国家或地区被封禁
code-1010 = 浏览器特征被封禁
code-1015 = 你的请求频率受到限制
code-dns-tunnel = 网站的 DNS 或隧道出错
code-host-not-found = 找不到网站的主机
code-legal = 法律限制
code-1200 = Cloudflare 过载
code-origin-unreachable = Cloudflare 无法连接到网站的服务器
code-other = Cloudflare 错误

## ---------------------------------------------------------------- evidence

evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] 经由 Cloudflare 应答
       *[no] 作了应答
    }
   *[other] { $via ->
        [yes] 经由 Cloudflare 返回 HTTP { $status }
       *[no] 返回 HTTP { $status }
    }
}
evidence-answer-code = { $host } { $answer }，Cloudflare 错误 { $code }（{ $meaning }）：{ $label }
evidence-answer-challenge = { $host } { $answer }，是 Cloudflare 的浏览器验证（验证，不是封禁）：{ $label }
evidence-answer-block-page = { $host } { $answer }，是 Cloudflare 的“Sorry, you have been blocked”页面：{ $label }
evidence-answer-access-denied = { $host } { $answer }，是 Cloudflare 的“Access denied”页面（读不到错误编号）：{ $label }
evidence-answer-cloudflare-page = { $host } { $answer }，由 Cloudflare 生成（自定义页面，没有错误编号）：{ $label }
evidence-answer-openai-region = { $host } { $answer }，是 OpenAI 的“country, region, or territory not supported”错误：{ $label }
evidence-answer-not-cloudflare = { $host } { $answer }，但没有经过 Cloudflare：是途中的其他设备作了应答：{ $label }
evidence-answer-gateway = { $host } { $answer }，但没有经过 Cloudflare：途中的某个设备自己无法连接到该网站
evidence-answer-plain = { $host } { $answer }：{ $label }
evidence-transport-error = { $host }：{ $label }（{ $detail }）
evidence-ray = { $colo ->
    [none] Cloudflare Ray ID { $id }
   *[other] Cloudflare Ray ID { $id }，数据中心 { $colo }
}
evidence-retry-after = 网站要求等待 { $duration } 后再试
evidence-page-saw-address = 错误页面显示你的地址是 { $ip }
evidence-page-address-differs = 错误页面显示你的地址是 { $page }，但网站的跟踪信息（/cdn-cgi/trace）和其他网站看到的是 { $others }：这个页面经过了代理或另一条线路
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] 网站看到你的地址是 { $ip }
       *[other] 网站看到你的地址是 { $ip }，经由 Cloudflare { $colo }
    }
   *[other] { $colo ->
        [none] 网站看到你的地址是 { $ip }，位于 { $location }
       *[other] 网站看到你的地址是 { $ip }，位于 { $location }，经由 Cloudflare { $colo }
    }
}
evidence-others-see = 其他网站看到你的地址是 { $ip }
evidence-address-mismatch = 网站看到你的地址是 { $site }，其他网站看到的却是 { $others }：通往 { $host } 的流量从别处出去（代理或分流 VPN）
evidence-route-tunnel = { $vendor ->
    [none] 到 { $host } 的路由经过 { $interface }，这是一个 VPN 隧道
   *[other] 到 { $host } 的路由经过 { $interface }（{ $vendor }）
}
evidence-route-direct = 到 { $host } 的路由经过 { $interface }，没有经过 VPN
evidence-no-route = 这台电脑没有到 { $host } 的路由：它没有联网
evidence-warp = Cloudflare 报告你在使用 WARP（warp=on）
evidence-unused-tunnel = { $vendor ->
    [none] 隧道 { $interface } 已开启，但到 { $host } 的流量没有经过它
   *[other] { $interface }（{ $vendor }）已开启，但到 { $host } 的流量没有经过它
}
evidence-vpn-software = 正在运行的 VPN 软件：{ $names }
evidence-proxy = { $host } 设置了代理：{ $url }
evidence-proxy-script = 你的系统从自动配置脚本 { $url } 获取 { $host } 的代理；blockwatch 不运行这类脚本，因此它自己的请求是直连的（你的浏览器可能会经过脚本选定的代理）
evidence-status = { $component ->
    [none] { $incident ->
        [none] OpenAI 状态页显示{ $overall }
       *[other] OpenAI 状态页显示{ $overall }；未解决的事件：{ $incident }
    }
   *[other] { $incident ->
        [none] OpenAI 状态页显示{ $overall }；ChatGPT 对话：{ $component }
       *[other] OpenAI 状态页显示{ $overall }；ChatGPT 对话：{ $component }；未解决的事件：{ $incident }
    }
}
status-overall-none = 所有系统正常
status-overall-minor = 有小问题
status-overall-major = 重大故障
status-overall-critical = 严重故障
component-status = { $state ->
    [operational] 正常运行
    [degraded_performance] 性能下降
    [partial_outage] 部分中断
    [major_outage] 严重中断
    [under_maintenance] 维护中
   *[other] { $raw }
}
evidence-status-unknown = 无法读取 OpenAI 状态页（状态未知）
evidence-status-not-needed = 这次应答不需要查看 OpenAI 状态页（未读取）
evidence-tls-wrong-name = 对方出示的证书属于其他域名，而不是 { $host }
evidence-tls-untrusted = 为 { $host } 出示的证书并非来自受信任的机构
evidence-tls-not-valid-now = 证书已过期或尚未生效：请检查这台电脑的日期和时间
evidence-tls-other = 无法建立安全连接
evidence-browser-report = 你报告浏览器仍然显示封禁
evidence-same-address = 你的连接断开后恢复，公网地址仍是原来的（{ $ip }）：重启路由器不会改变它

## ---------------------------------------------------------------- notification bodies

notify-fix-disconnect-vpn-warp = 关闭 Cloudflare WARP。
notify-fix-disconnect-vpn = 断开 { $vpn }。
notify-fix-switch-vpn-server = 连接到另一个 VPN 服务器。
notify-fix-disable-proxy = 关闭代理。
notify-fix-restart-router = 重启路由器以获得新地址。
notify-fix-use-other-network = 换一个网络试试，比如手机热点。
notify-fix-contact-isp = 向网络运营商申请新地址。
notify-fix-clear-browser-data = 清除浏览器中 { $host } 和 openai.com 的 Cookie。
notify-fix-disable-extensions = 关闭浏览器扩展程序。
notify-fix-check-browser-permissions = 允许 { $host } 使用 JavaScript 和 Cookie。
notify-fix-wait-rate-limit = { $duration ->
    [none] 等待几分钟后再试。
   *[other] 等待 { $duration }后再试。
}
notify-fix-wait-outage = 请等待：这需要 OpenAI 来修复。
notify-fix-check-status-page = 查看 status.openai.com。
notify-fix-sign-in-network = 登录这个网络。
notify-fix-check-connection = 检查你的网络连接。
notify-fix-update-browser = 更新你的浏览器。
notify-no-actions-hint = 解决步骤：运行 `blockwatch fix` 或打开 { $page }
notify-same-ip-title = 你的地址没有变
notify-same-ip-body = 连接恢复后地址仍是 { $ip }：这是固定地址，或与其他用户共用的地址（运营商级 NAT）。再次重启也没有用；请换一个网络，或向运营商申请新地址。
notify-resolved-title = ChatGPT 恢复正常了
notify-resolved-vpn-disconnected = { $vpn ->
    [none] 断开 VPN 后恢复了访问。
   *[other] 断开 { $vpn } 后恢复了访问。
}
notify-resolved-vpn-switched = 切换 VPN 服务器后恢复了访问。
notify-resolved-proxy-off = 关闭代理后恢复了访问。
notify-resolved-new-address = 你的地址从 { $old } 变为 { $new } 后恢复了访问。
notify-resolved-other-network = 切换网络后恢复了访问。
notify-resolved-outage-over = 已恢复访问：OpenAI 修复了故障。
notify-resolved-rate-limit-over = 已恢复访问：频率限制已过期。
notify-resolved-outage = 已恢复访问：故障已经结束。
notify-resolved = 已恢复访问。
action-show-fix = 查看解决步骤
action-check-again = 重新检测

## ---------------------------------------------------------------- fix steps

fix-disconnect-vpn-title = 断开 { $vpn }
fix-disconnect-vpn-warp-title = 关闭 Cloudflare WARP
fix-disconnect-vpn-warp = 点击 WARP 图标将其关闭，或运行 `warp-cli disconnect`。
fix-disconnect-vpn-tailscale = 停止使用出口节点：在 Tailscale 菜单中选择 Exit Node → None，或运行 `tailscale set --exit-node=`。
fix-disconnect-vpn-wireguard-linux = 运行 `sudo wg-quick down { $interface }`；如果由 NetworkManager 管理，则运行 `nmcli connection down { $interface }`。
fix-disconnect-vpn-mullvad-linux = 在 Mullvad 应用中点击“断开连接”，或运行 `mullvad disconnect`。
fix-disconnect-vpn-nordvpn-linux = 运行 `nordvpn disconnect`，或在 NordVPN 应用中点击 Disconnect。
fix-disconnect-vpn-expressvpn-linux = 运行 `expressvpn disconnect`，或点击 ExpressVPN 应用中的电源按钮。
fix-disconnect-vpn-anyconnect-linux = 在 Cisco Secure Client 中点击 Disconnect，或运行 `/opt/cisco/anyconnect/bin/vpn disconnect`。
fix-disconnect-vpn-globalprotect-linux = 运行 `globalprotect disconnect`，或在 GlobalProtect 应用中使用 Disconnect。
fix-disconnect-vpn-other-linux = 在 VPN 应用中点击“断开连接”；如果 VPN 是在系统中设置的，运行 `nmcli connection down { $interface }`（或使用网络菜单中的 VPN 开关）。
fix-disconnect-vpn-macos = { $vendor ->
    [none] 点击菜单栏中 VPN 应用的图标，选择“断开连接”。
   *[other] 点击菜单栏中的 { $vendor } 图标，选择“断开连接”。
}
fix-disconnect-vpn-wireguard-windows = 打开 WireGuard 应用，点击“停用”。
fix-disconnect-vpn-windows = { $vendor ->
    [none] 右键点击通知区域（右下角）中 VPN 应用的图标，选择“断开连接”。
   *[other] 右键点击通知区域（右下角）中的 { $vendor } 图标，选择“断开连接”。
}
fix-disconnect-vpn-system-linux = 也可以用系统菜单：GNOME 右上角菜单 → VPN → 关闭；KDE：网络小程序 → 断开 VPN。
fix-disconnect-vpn-system-macos = 也可以打开“系统设置”→ VPN，关闭 VPN。
fix-disconnect-vpn-system-windows = 也可以打开“设置”→“网络和 Internet”→ VPN → 你的 VPN →“断开连接”。
fix-disconnect-vpn-kill-switch = 如果 VPN 有终止开关（kill switch），在断开时会阻止上网，请把它也关掉。
fix-disconnect-vpn-reload = 刷新 { $host }。网络一有变化，blockwatch 就会重新检测，并告诉你问题是否已解决。

fix-switch-vpn-server-title = 连接到另一个 VPN 服务器
fix-switch-vpn-server-pick = 打开 VPN 应用，选一个不同的服务器：换个城市，或选一个负载较低的（很多应用会显示负载）。
fix-switch-vpn-server-avoid = 避开特殊服务器（P2P、混淆、“双重 VPN”）：它们的地址更常被封禁。
fix-switch-vpn-server-dedicated = 如果你的 VPN 提供专用（独享）IP 地址，就用它：这个地址不会与陌生人共用。
fix-switch-vpn-server-reload = 刷新 { $host }。连接一有变化，blockwatch 就会重新检测。

fix-disable-proxy-title = 关闭代理
fix-disable-proxy-in-use = 当前使用的代理是 { $proxy }。
fix-disable-proxy-linux = GNOME：“设置”→“网络”→“网络代理”→“关闭”。KDE：“系统设置”→“网络”→“代理”→“无代理”。
fix-disable-proxy-linux-env = 在终端会话中，代理来自环境变量：unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy（并把它们从 ~/.profile 或 /etc/environment 中删除）。
fix-disable-proxy-macos = “系统设置”→“网络”→ 你的连接 →“详细信息…”→“代理”：关闭所有代理，然后点“好”。
fix-disable-proxy-windows = “设置”→“网络和 Internet”→“代理”：关闭“使用代理服务器”（除非公司需要，否则也关闭“使用设置脚本”）。
fix-disable-proxy-extensions = 同时关闭浏览器中的代理或 VPN 扩展程序（它们显示在浏览器工具栏上）。
fix-disable-proxy-reload = 刷新 { $host }。在公司网络中，绕过公司代理之前请先询问 IT 部门。

fix-restart-router-title = 重启路由器以获得新地址
fix-restart-router-unplug = 拔掉路由器（如果光猫或调制解调器是单独的设备，也一起拔掉）的电源。通过网页或应用重启，地址往往不会变。
fix-restart-router-wait = 至少等 5 分钟：很多运营商要等旧地址的租期到期后才会分配新地址。有的需要 30 分钟或更久。
fix-restart-router-order = 先插上光猫（调制解调器）的电源，等它联网后再插路由器。
fix-restart-router-check = 连接恢复后，blockwatch 会重新检测，并告诉你公网地址是否变了。如果没变，说明你用的是固定地址，或与其他用户共用一个地址（运营商级 NAT）：重启没有用，请换一个网络或联系运营商。

fix-use-other-network-title = 换一个网络试试
fix-use-other-network-hotspot = 打开手机热点（同时关闭手机的 Wi-Fi，让它使用移动数据），把这台电脑连上去。
fix-use-other-network-open = 打开 { $host }。如果这样能用，说明封禁针对的是你平时所用网络的地址，而不是这台电脑。
fix-use-other-network-keep = 在向运营商申请新地址期间，先继续使用另一个网络。
fix-use-other-network-open-network = 打开 { $host }。如果这样能用，说明阻碍来自你平时所用的网络，而不是这台电脑。
fix-use-other-network-keep-network = 在 { $host } 在你平时所用的网络上恢复可用之前，先继续使用另一个网络。

fix-contact-isp-title = 向网络运营商申请新地址
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] 告诉运营商：使用 Cloudflare 的网站（例如 { $host }）拒绝了你的公网地址。
       *[other] 告诉运营商：使用 Cloudflare 的网站（例如 { $host }）拒绝了你的公网地址，错误代码 { $code }。
    }
   *[other] { $code ->
        [none] 告诉运营商：使用 Cloudflare 的网站（例如 { $host }）拒绝了你的公网地址 { $ip }。
       *[other] 告诉运营商：使用 Cloudflare 的网站（例如 { $host }）拒绝了你的公网地址 { $ip }，错误代码 { $code }。
    }
}
fix-contact-isp-ask = 申请一个新的动态地址；如果你在运营商级 NAT（共享地址）后面，请求把你移出来。
fix-contact-isp-static = 如果你付费使用固定地址，请求换一个：旧地址已经进了封禁名单。
fix-contact-isp-geolocation = 如果网站把你定位到了错误的国家，请运营商去更正其地址段的地理位置信息。

fix-clear-browser-data-title = 清除浏览器中 { $host } 和 openai.com 的数据
fix-clear-browser-data-chrome = Chrome：“设置”→“隐私和安全”→“第三方 Cookie”→“查看所有网站数据和权限”；搜索“{ $host }”和“openai.com”，把两者都删除。
fix-clear-browser-data-firefox = Firefox：“设置”→“隐私与安全”→“Cookie 和网站数据”→“管理数据…”；搜索“chatgpt”和“openai”，点“删除选中项”，再点“保存更改”。
fix-clear-browser-data-edge = Edge：“设置”→“Cookie 和网站权限”→“管理和删除 Cookie 和站点数据”→“查看所有 Cookie 和站点数据”；搜索并删除这两个网站。
fix-clear-browser-data-safari = Safari：“设置”→“隐私”→“管理网站数据…”；搜索“chatgpt”和“openai”，点“移除”，再点“完成”。
fix-clear-browser-data-reopen = 关闭所有 { $host } 标签页，然后重新打开并登录。

fix-disable-extensions-title = 关闭浏览器扩展程序
fix-disable-extensions-private = { $safari ->
    [yes] 在无痕/隐私窗口中打开 { $host }（Chrome 和 Edge 按 Ctrl+Shift+N，Firefox 按 Ctrl+Shift+P，Safari 按 ⌘⇧N）：那里的扩展程序是关闭的。
   *[no] 在无痕/隐私窗口中打开 { $host }（Chrome 和 Edge 按 Ctrl+Shift+N，Firefox 按 Ctrl+Shift+P）：那里的扩展程序是关闭的。
}
fix-disable-extensions-list = 如果那里可以用，打开扩展程序列表（chrome://extensions、about:addons、edge://extensions），逐个关闭扩展程序。
fix-disable-extensions-suspects = 先查可疑的：VPN 和代理扩展、广告和脚本拦截器、用户代理（User-Agent）切换器、隐私和反指纹工具。
fix-disable-extensions-reload = 每关一个就刷新一次 { $host }；找到导致封禁的那个后，让它保持关闭。

fix-check-browser-permissions-title = 允许 { $host } 使用 JavaScript 和 Cookie
fix-check-browser-permissions-chrome = Chrome 和 Edge：在 { $host } 上点击地址栏左侧的图标 →“网站设置”；把 JavaScript 和 Cookie 设为“允许”。
fix-check-browser-permissions-firefox = Firefox：点击地址栏左侧的盾牌，为此网站关闭“增强型跟踪保护”；“严格”模式可能会破坏 Cloudflare 的验证。
fix-check-browser-permissions-challenges = 如果你默认拦截脚本或第三方 Cookie，也要允许 challenges.cloudflare.com。
fix-check-browser-permissions-clock = 确认这台电脑的日期、时间和时区正确：时钟不对会导致安全验证失败。

fix-wait-rate-limit-title = { $duration ->
    [none] 等待几分钟后再试
   *[other] 等待 { $duration }后再试
}
fix-wait-rate-limit-stop = 不要再刷新页面：每次刷新都会延长限制时间。
fix-wait-rate-limit-scripts = 关闭会自动向 ChatGPT 发送请求的脚本、扩展程序或其他标签页。
fix-wait-rate-limit-check = 等待结束后 blockwatch 会重新检测，并在恢复访问时告诉你。

fix-wait-outage-title = 等待 OpenAI 修复故障
fix-wait-outage-nothing = 你这边什么都不用改：清除 Cookie 或换网络都没有用。
fix-wait-outage-follow = 在 { $url } 上关注修复进展。
fix-wait-outage-check = blockwatch 会持续检测，并在 ChatGPT 恢复时告诉你。

fix-check-status-page-title = 查看 OpenAI 状态页
fix-check-status-page-open = 打开 { $url }，查看“Conversations”一项。
fix-check-status-page-incident = 如果有未解决的事件，请等它解决；ChatGPT 恢复正常应答时，blockwatch 会告诉你。

fix-sign-in-network-title = 登录这个网络
fix-sign-in-network-neverssl = 在浏览器中打开 http://neverssl.com（一个普通的 http 页面）：会改为出现这个网络的登录页面。
fix-sign-in-network-terms = 接受条款，或输入你拿到的代码（房间号、票号、上网券）。
fix-sign-in-network-linux = GNOME 和 KDE 发现这类页面时，也会弹出“登录到网络”的通知。
fix-sign-in-network-macos = macOS 通常会自动打开登录窗口；如果没有，把 Wi-Fi 关掉再打开。
fix-sign-in-network-windows = Windows 通常会自动打开登录页面；如果没有，点击网络图标并选择“打开浏览器并连接”。
fix-sign-in-network-reload = 刷新 { $host }；网络一有变化，blockwatch 就会重新检测。

fix-check-connection-title = 检查你的网络连接
fix-check-connection-wifi = 确认 Wi-Fi 已打开并已连接，或网线已插好。
fix-check-connection-other-site = 打开其他网站。如果什么都打不开，先重启这台电脑的 Wi-Fi，再重启路由器。
fix-check-connection-linux = 在终端中运行 `ping -c 3 1.1.1.1` 可以看出互联网是否有应答；`nmcli device` 显示连接状态。
fix-check-connection-macos = 在“终端”中运行 `ping -c 3 1.1.1.1` 可以看出互联网是否有应答。
fix-check-connection-windows = “设置”→“网络和 Internet”→“网络疑难解答”可以找出常见问题。
fix-check-connection-offline = 你离线时 blockwatch 不会打扰你，网络一恢复就会重新检测。

fix-update-browser-title = 更新你的浏览器
fix-update-browser-about = Chrome：菜单 →“帮助”→“关于 Google Chrome”；Edge：“设置”→“关于 Microsoft Edge”；Firefox：菜单 →“帮助”→“关于 Firefox”。浏览器会在那里自动更新，然后重新启动它。
fix-update-browser-switchers = 关闭用户代理（User-Agent）切换器和反指纹设置：Cloudflare 会拒绝与自称身份不符的浏览器。
fix-update-browser-reload = 刷新 { $host }。

## ---------------------------------------------------------------- fix page

page-title = blockwatch：ChatGPT 访问情况
page-what-happened = 发生了什么
page-what-to-do = 怎么办（按顺序尝试）
page-evidence = blockwatch 测到的情况
page-next = blockwatch 接下来会做什么
page-browser-heading = 如果浏览器仍然显示“Access denied”
page-browser-intro = blockwatch 从这台电脑可以访问 ChatGPT，所以剩下的问题在浏览器。请按顺序尝试：
page-details = 技术细节
page-checked = 检测时间：{ $time }
page-footer = 本页面由你电脑上的 blockwatch 生成，没有向任何地方发送数据。运行 `blockwatch fix` 可以再次打开。
page-detail-verdict = 判定
page-detail-cause = 原因
page-detail-http-status = HTTP 状态
page-detail-cloudflare-error = Cloudflare 错误
page-detail-ray-id = Ray ID
page-detail-public-ipv4 = 公网 IPv4
page-detail-public-ipv6 = 公网 IPv6
page-detail-location = 位置

next-healthy = blockwatch 每隔几分钟、以及网络一有变化时就会检测，一旦 ChatGPT 被封禁就会告诉你。
next-vpn-or-proxy = 网络一有变化，blockwatch 就会重新检测，几秒钟内你就能知道断开或切换是否有效。
next-public-ip-blocked = 网络一有变化，blockwatch 就会重新检测并查询你的公网地址：你会知道重启路由器后是否拿到了新地址，以及问题是否因此解决。
next-location-unsupported = 网络变化时 blockwatch 会重新检测，并在 ChatGPT 接受你的连接时告诉你。
next-rate-limited = blockwatch 会按网站要求的时间等待，然后重新检测，并在恢复访问时告诉你。
next-outage = blockwatch 每隔几分钟检测一次，ChatGPT 恢复时会告诉你。
next-sign-in = 网络一有变化（比如你登录之后），blockwatch 就会重新检测。
next-no-connection = 你离线时 blockwatch 不会打扰你，网络一恢复就会重新检测。
next-other = blockwatch 会在几分钟后、以及网络一有变化时重新检测。
next-browser-side = blockwatch 会继续监视连接；上面的浏览器步骤需要你自己尝试。

## ---------------------------------------------------------------- tray menu

menu-check-now = 立即检测
menu-browser-blocked = 我的浏览器仍显示 Access denied
menu-pause = 暂停 1 小时
menu-resume = 继续
menu-autostart = 登录时启动
menu-history = 打开历史记录
menu-quit = 退出
tray-paused-until = 暂停至 { $time }
tray-offline = 没有网络连接
tray-checking = 正在检测 ChatGPT…
tray-reachable = ChatGPT 可以访问
tray-vpn-blocked = { $code ->
    [none] ChatGPT 封禁了你的 VPN
   *[other] ChatGPT 封禁了你的 VPN（错误 { $code }）
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT 封禁了你的代理
   *[other] ChatGPT 封禁了你的代理（错误 { $code }）
}
tray-address-blocked = { $code ->
    [none] ChatGPT 封禁了你的地址
   *[other] ChatGPT 封禁了你的地址（错误 { $code }）
}
tray-location-unsupported = { $location ->
    [none] ChatGPT 在此处不可用
   *[other] ChatGPT 在 { $location } 不可用
}
tray-rate-limited = { $code ->
    [none] ChatGPT 频率限制
   *[other] ChatGPT 频率限制（错误 { $code }）
}
tray-probe-refused = { $code ->
    [none] 检测被 Cloudflare 拒绝
   *[other] 检测被 Cloudflare 拒绝（错误 { $code }）
}
tray-outage = ChatGPT 宕机了
tray-sign-in = 请登录这个网络
tray-unreachable = 无法访问 ChatGPT
tray-intercepted = 到 ChatGPT 的连接被拦截
tray-error = ChatGPT 返回了错误
tray-label-paused = 已暂停
tray-label-offline = 离线
tray-label-blocked = ChatGPT 被封禁
tray-ip = { $location ->
    [none] 公网 IP：{ $ips }
   *[other] 公网 IP：{ $ips }（{ $location }）
}
tray-ip-unknown = 公网 IP：未知
tray-vpn = VPN：{ $vpn }
tray-vpn-on = VPN：已开启
tray-vpn-unknown = VPN：未知
tray-vpn-off-unused = VPN：未开启（{ $interface } 已启用，但未用于 ChatGPT）
tray-vpn-off = VPN：未开启
tray-checking-now = 正在检测…
tray-last-check = 上次检测：{ $time }
tray-last-check-never = 上次检测：尚未检测

## ---------------------------------------------------------------- first start, no tray
intro-title = blockwatch 已开始监测 ChatGPT
intro-body = 当前：{ $state }。它的图标显示 ChatGPT 的访问情况；ChatGPT 拒绝你时，会像这样弹出通知，告诉你怎么解决。
no-tray-title = blockwatch 正在没有托盘图标的情况下运行
no-tray-body = { $remedy ->
    [gnome-enable] 你的桌面不显示托盘图标。blockwatch 仍在监测 ChatGPT（当前：{ $state }），出现问题时会在这里通知你。要显示它的图标，请在“扩展”中打开“AppIndicator and KStatusNotifierItem Support”，或运行 `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com`。
    [gnome-install] 你的桌面不显示托盘图标。blockwatch 仍在监测 ChatGPT（当前：{ $state }），出现问题时会在这里通知你。要显示它的图标，请安装 AppIndicator 扩展（`sudo apt install gnome-shell-extension-appindicator`），注销后重新登录，再在“扩展”中将其打开。
   *[other] 你的桌面不显示托盘图标。blockwatch 仍在监测 ChatGPT（当前：{ $state }），出现问题时会在这里通知你。要显示它的图标，请在面板中添加系统托盘（状态通知区域）。
}

## ---------------------------------------------------------------- history

history-start = blockwatch 已启动
history-stop = blockwatch 已停止
history-check = { $status ->
    [none] { $code ->
        [none] 检测：{ $label }（{ $cause }）
       *[other] 检测：{ $label }（{ $cause }），错误 { $code }
    }
   *[other] { $code ->
        [none] 检测：{ $label }（{ $cause }），HTTP { $status }
       *[other] 检测：{ $label }（{ $cause }），HTTP { $status }，错误 { $code }
    }
}
history-public-ip-changed = 公网地址变更：{ $old } → { $new }
history-public-ip = 公网地址：{ $new }
history-vpn-on = { $vpn ->
    [none] VPN 已开启：未知
   *[other] VPN 已开启：{ $vpn }
}
history-vpn-off = VPN 已关闭（到 ChatGPT 的流量直接连接）
history-notified = 已通知：{ $title } — { $body }
history-offline = 网络断开
history-online = 网络恢复
history-paused = 用户暂停
history-resumed = 已继续
history-config-reloaded = 已重新加载配置
history-config-not-reloaded = 未重新加载配置，沿用旧设置：{ $error }

## ---------------------------------------------------------------- check report

report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }，错误 { $code }
    }
   *[other] { $code ->
        [none] { $what }，HTTP { $status }
       *[other] { $what }，HTTP { $status }，错误 { $code }
    }
}
report-label-verdict = 判定：
report-label-cause = 原因：
report-label-families = 地址族：
report-label-router = 路由器：
report-what-to-do = 怎么办
report-evidence = 检测依据

## ---------------------------------------------------------------- command line

cli-already-running = { $pid ->
    [none] blockwatch 已在运行，会继续监视，无需再次启动。
   *[other] blockwatch 已在运行（pid { $pid }），会继续监视，无需再次启动。
}
cli-history-unreadable = 无法读取 { $path } 中的历史记录：其中没有 blockwatch 写入的任何记录。请把该文件移走（`blockwatch run` 会新建一个）。
cli-history-empty = 还没有历史记录（{ $path } 是空的）：`blockwatch run` 会把看到的情况记录在那里。
autostart-disabled = 已停用：blockwatch 不会在登录时启动
autostart-enabled = 已启用：{ $ways }
autostart-way = { $method ->
    [xdg] XDG 自启动项 { $path }
    [systemd] systemd 用户单元 { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] 系统级 XDG 自启动项 { $path }
   *[run-key] Run 注册表项 { $path }
}
autostart-disabled-system = 已停用：blockwatch 不会在登录时启动（系统级自启动项 { $path } 已为你关闭）
autostart-disabled-startup-apps = 已停用：blockwatch 不会在登录时启动（它的启动项 { $path } 已在任务管理器的“启动应用”中禁用；`blockwatch autostart enable` 或“登录时启动”可重新启用）
cli-warning = 警告：{ $warning }
cli-textfile-unwritable = 无法写入指标文件 { $path }（{ $error }）：请让当前用户可以写入 { $dir }（见 README 的 Metrics 一节）；没有它 blockwatch 也会继续运行
cli-config-error = 配置错误：{ $error }
cli-cannot-create = 无法创建 { $path }：{ $error }
cli-cannot-lock = 无法获取锁 { $path }：{ $error }
cli-cannot-open-browser = 无法打开浏览器（{ $error }）；请手动打开上面的文件
cli-autostart-failed = 无法更改登录时启动：{ $error }
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-cannot-set-up-http = 无法设置 HTTP：{ $error }
cli-cannot-start-monitor = 无法启动监视：{ $error }

## ---------------------------------------------------------------- configuration errors
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }，键 `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }，第 { $line } 行
       *[other] { $path }，第 { $line } 行，键 `{ $key }`
    }
}
config-error-at = { $place }：{ $problem }
config-problem-unreadable = { $error }
config-problem-too-large = 文件大于 1 MiB；配置文件只应有几行
config-problem-not-utf8 = 文件不是有效的 UTF-8 文本；请以 UTF-8 编码保存
config-problem-nested = 键或值嵌套过深
config-problem-toml = TOML 格式有误：{ $detail }
config-problem-duration = 无效的时长“{ $value }”（{ $detail }）；请写成“5m”“90s”或“1h”这样的形式
config-problem-url = 无效的网址“{ $value }”：{ $detail }
config-problem-url-not-http = 无效的网址“{ $value }”：只支持 http:// 和 https://
config-problem-url-no-host = 无效的网址“{ $value }”：缺少主机名
config-problem-probe-interval = 不能少于 10s：检测过于频繁，正会招致 blockwatch 所监视的封锁
config-problem-ip-interval = 不能少于 10s
config-problem-timeout = 必须在 1s 到 9s 之间（一次检测在 10 秒内结束）
config-problem-no-echo-urls = 至少需要一个网址
config-problem-empty-user-agent = 不能为空
config-problem-user-agent-control = 含有控制字符（如换行或 NUL），HTTP 头无法携带
config-problem-reminder = 不能少于 10m，或写“off”：更短的提醒间隔几乎会在每次复查时重复通知
config-problem-language = 必须是以下之一：{ $choices }
config-problem-budget = 不能少于 2（封锁需由第二次检测确认）
config-problem-textfile-relative = 必须是绝对路径
config-problem-textfile-not-prom = 必须以 .prom 结尾（node_exporter 的 textfile 收集器只读取 *.prom 文件）
config-problem-client = { $error }
config-header-file = # blockwatch { $version } 的配置，来自 { $path }
config-header-defaults = { $path ->
    [none] # blockwatch { $version } 的配置，来自内置默认值（没有配置目录）
   *[other] # blockwatch { $version } 的配置，来自内置默认值（{ $path } 处没有文件）
}
tray-problem-gtk = 无法启动 GTK：{ $error }
tray-problem-no-appindicator = 缺少 AppIndicator 库（请安装 libayatana-appindicator3-1）
tray-problem-helper-missing = 未安装 { $path }
tray-problem-helper-failed = 无法启动 { $path }：{ $error }
tray-problem-not-started = 托盘无法启动
tray-problem-icon = 无法显示图标：{ $error }
cli-no-tray = 没有托盘图标（{ $why }）；以无界面模式运行
start-problem-signals = 无法监听停止和重新加载信号：{ $error }
cli-unknown-language = 未知的语言“{ $value }”（可选：{ $choices }）

cli-about = 告诉你 ChatGPT 为什么显示“Access denied”，以及怎样解决
cli-help-config = 从 <文件> 读取配置，而不是从默认位置读取。
cli-help-verbose = 在 stderr 输出更多日志（-v info，-vv debug）；RUST_LOG 优先。
cli-help-lang = 消息语言：auto（跟随桌面）、en、zh-CN、ru、fa、es、tr。
cli-help-run = 在后台监视，并通过通知告诉你解决办法（默认）。
cli-help-run-headless = 不显示托盘图标：每个事件以一行 JSON 输出到 stdout。
cli-help-check = 检测一次：ChatGPT 是否被封禁、原因以及解决办法。
cli-help-check-json = 输出一个 JSON 对象，而不是报告。
cli-help-check-browser-blocked = 浏览器仍然显示封禁：同时诊断浏览器一侧。
cli-help-config-cmd = 显示当前生效的配置及其来源。
cli-help-fix = 在浏览器中打开当前诊断的解决步骤，或（使用 --do）执行 blockwatch 能自行完成的第一个修复。
cli-help-fix-browser-blocked = 浏览器仍然显示封禁：显示浏览器一侧的步骤。
cli-help-fix-do = 执行修复（断开 VPN、让路由器重新拨号）：先说明将发生什么并询问；然后再次检测。
cli-help-fix-yes = 不询问（没有可询问的终端时需要）。
cli-help-fix-json = 输出一个 JSON 对象：操作的结果和之后的检测。
cli-help-autostart = 在登录时启动 blockwatch（或取消）。
cli-help-history = 显示 blockwatch 看到和做过的事，按时间顺序。
cli-help-history-json = 原始 JSON 行。
cli-help-history-lines = 只显示最后 N 条。
cli-help-autostart-enable = 登录时启动：XDG 自启动项（Linux）、LaunchAgent（macOS）、Run 注册表项（Windows）。
cli-help-autostart-enable-systemd = Linux：改用绑定到图形会话的 systemd 用户单元。
cli-help-autostart-disable = 登录时不启动。
cli-help-autostart-status = 说明 blockwatch 是否以及如何在登录时启动。
cli-help-usage = 用法：
cli-help-commands = 命令
cli-help-options = 选项
cli-help-arguments = 参数
cli-help-flag-help = 显示帮助
cli-help-flag-version = 显示版本
cli-help-help-command = 显示此帮助或指定命令的帮助
cli-help-help-command-arg = 要显示其帮助的命令
cli-value-file = 文件
cli-value-lang = 语言
cli-value-count = N
cli-value-command = 命令
cli-value-options = 选项
cli-exit-status = 退出状态：0 正常（或命令已成功），1 发现了问题（或后台程序无法启动，例如已在运行），2 用法或配置错误。

## ---------------------------------------------------------------- browsers
## 浏览器里发现的东西（issue 8）：VPN 或代理扩展程序、浏览器自带的 VPN 或代理设置。
## $browser 是产品名（“Chrome”“Firefox”“Opera”），$profile 是浏览器显示的用户资料名称
## （“Default”“Profile 2”），$name 是扩展程序名称（“Hola VPN”）：原样保留。

evidence-browser-extension-proxy = { $proxy ->
    [none] { $browser }（用户资料 { $profile }）中启用了 { $name }，它控制着浏览器的代理
   *[other] { $browser }（用户资料 { $profile }）中启用了 { $name }，它控制着浏览器的代理（{ $proxy }）
}
evidence-browser-extension-pac = { $browser }（用户资料 { $profile }）中启用了 { $name }，它控制着浏览器的代理（脚本 { $url }）
evidence-browser-extension = { $browser }（用户资料 { $profile }）中启用了 { $name }
evidence-browser-builtin-vpn = { $browser }（用户资料 { $profile }）中开启了 { $browser } 自带的 VPN
evidence-browser-doh = { $uri ->
    [none] { $browser }（用户资料 { $profile }）通过 DNS over HTTPS 解析域名
   *[other] { $browser }（用户资料 { $profile }）通过 DNS over HTTPS 解析域名（{ $uri }）
}
evidence-browser-proxy-server = { $browser }（用户资料 { $profile }）通过代理 { $proxy } 发送网页流量
evidence-browser-proxy-pac = { $url ->
    [none] { $browser }（用户资料 { $profile }）从代理自动配置脚本获取代理
   *[other] { $browser }（用户资料 { $profile }）从脚本 { $url } 获取代理
}
evidence-browser-proxy-auto-detect = { $browser }（用户资料 { $profile }）会在网络上查找代理（自动检测）
evidence-browser-findings = 在你的浏览器中发现（它们只改变该浏览器访问网站的方式）：{ $findings }
list-join = { $list }；{ $item }
evidence-browser-works = 你报告 { $host } 在浏览器中可以正常使用：被拒绝的只是 blockwatch 自己的请求，而不是你或你的网络

headline-browser-extension = { $browser ->
    [none] 某个浏览器扩展程序改变了你访问 ChatGPT 的地址
   *[other] { $browser } 中的 { $name } 改变了你访问 ChatGPT 的地址
}
headline-browser-proxy = { $browser ->
    [none] 你的浏览器通过代理或 VPN 发送 ChatGPT 的流量
   *[other] { $browser } 通过代理或 VPN 发送 ChatGPT 的流量
}
explain-browser-vpn = { $finding ->
    [none] 从这台电脑访问 { $host } 一切正常，所以你自己的地址没有被封禁。但你的浏览器没有使用这个地址：浏览器内部的 VPN 或代理在转发它的流量，所以 { $host } 看到的是 VPN 或代理服务器的地址，并拒绝了它。
   *[other] 从这台电脑访问 { $host } 一切正常，所以你自己的地址没有被封禁。但你的浏览器没有使用这个地址：{ $finding }，所以 { $host } 看到的是 VPN 或代理服务器的地址，并拒绝了它。
}
tray-browser-vpn-refused = ChatGPT 可以访问；你浏览器的 VPN 或代理被拒绝

notify-fix-disable-browser-extension = { $browser ->
    [none] 关闭浏览器中的 VPN 和代理扩展程序。
   *[other] 在 { $browser }（用户资料 { $profile }）中关闭 { $name }。
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] 关闭浏览器的代理或 VPN。
   *[other] 关闭 { $browser }（用户资料 { $profile }）中的代理或 VPN。
}

fix-disable-browser-extension-title = 在 { $browser }（用户资料 { $profile }）中关闭 { $name }
fix-disable-browser-extension-open = 在 { $browser } 的用户资料 { $profile } 中打开 { $page }（在地址栏中输入）。
fix-disable-browser-extension-switch = 找到 { $name } 并将其关闭。如果想在其他网站上继续使用它，请打开“详情”→“网站访问权限”→“在特定网站上”，不要把 { $host } 加进去。
fix-disable-browser-extension-switch-firefox = 找到 { $name } 并将其关闭。如果想在其他网站上继续使用它，请改为打开“…”→“管理”→“权限”，移除它对 { $host } 的访问权限。
fix-disable-browser-extension-proxy = { $name } 设置了 { $browser } 的代理：只在它自己的工具栏菜单里暂停还不够，只要它仍控制着代理就不行。
fix-disable-browser-extension-reload = 刷新 { $host }。如果仍被拒绝，请再次运行 `blockwatch check --browser-blocked`：它会查找你浏览器中的其他原因。

fix-disable-browser-vpn-title = 关闭 { $browser } 的 VPN（用户资料 { $profile }）
fix-disable-browser-vpn-badge = 点击 { $browser } 地址栏左侧的 VPN 标志，关闭 VPN。
fix-disable-browser-vpn-settings = 或者打开“设置”（{ $shortcut }）→“隐私和安全”→“VPN”，关闭“启用 VPN”。
fix-disable-browser-vpn-reload = 刷新 { $host }：现在它看到的是你自己的地址，而不是 VPN 的地址。
fix-disable-browser-proxy-title = 关闭 { $browser } 中的代理（用户资料 { $profile }）
fix-disable-browser-proxy-in-use = 当前使用的代理是 { $proxy }。
fix-disable-browser-proxy-firefox = 在 Firefox 的用户资料 { $profile } 中：“设置”→“常规”→“网络设置”→“设置…”
fix-disable-browser-proxy-firefox-choose = 选择“使用系统代理设置”（或“不使用代理服务器”），然后点击“确定”。
fix-disable-browser-proxy-chromium = 在 { $browser } 的用户资料 { $profile } 中：“设置”→“系统”→“打开您计算机的代理设置”，在那里关闭代理。
fix-disable-browser-proxy-flag = 如果 { $browser } 是用代理参数（--proxy-server）启动的，请去掉该参数重新启动。
fix-disable-browser-proxy-reload = 刷新 { $host }。在公司网络中，绕过公司代理之前请先询问 IT 部门。
fix-browser-vpn-title = 关闭浏览器内部的 VPN 或代理
fix-browser-vpn-extensions = 打开浏览器的扩展程序列表（chrome://extensions、edge://extensions、about:addons），关闭 VPN 和代理扩展程序。
fix-browser-vpn-proxy = 在浏览器的网络或代理设置中，选择使用系统设置或不使用代理。
fix-browser-vpn-reload = 刷新 { $host }。

action-browser-works = ChatGPT 在我的浏览器中可以用
page-works-heading = ChatGPT 在你的浏览器中可以用？
page-works-text = 那么网站拒绝的只是 blockwatch 自己的请求。请告诉 blockwatch：在托盘菜单或通知中选择“ChatGPT 在我的浏览器中可以用”（或运行 `blockwatch check --browser-works`）。之后它会把这次拦截显示为正常，并且不再提醒，直到你的地址、你的 VPN 或网站的应答发生变化。

history-browser-blocked = 你说：我的浏览器仍显示 Access denied
history-browser-works = { $code ->
    [none] { $address ->
        [none] 你说：ChatGPT 在我的浏览器中可以用；这次拦截（{ $cause }）被视为只针对 blockwatch 自己，不再提醒
       *[other] 你说：ChatGPT 在我的浏览器中可以用；这次拦截（{ $cause }，地址 { $address }）被视为只针对 blockwatch 自己，不再提醒
    }
   *[other] { $address ->
        [none] 你说：ChatGPT 在我的浏览器中可以用；这次拦截（{ $cause }，错误 { $code }）被视为只针对 blockwatch 自己，不再提醒
       *[other] 你说：ChatGPT 在我的浏览器中可以用；这次拦截（{ $cause }，错误 { $code }，地址 { $address }）被视为只针对 blockwatch 自己，不再提醒
    }
}
history-browser-works-no-block = 你说：ChatGPT 在我的浏览器中可以用（当时没有拦截）
history-probe-only-forgotten = { $why ->
    [address] “在我的浏览器中可以用”不再适用：网站看到的地址变了
    [vpn] “在我的浏览器中可以用”不再适用：VPN 变了
   *[verdict] “在我的浏览器中可以用”不再适用：网站的应答变了
}
cli-help-check-browser-works = ChatGPT 在你的浏览器中可以用：被拒绝的只是 blockwatch 自己的请求。

## ---------------------------------------------------------------- 过滤器与地址族（IPv4/IPv6）

verdict-dns-blocked = DNS 过滤器代替网站作了应答
verdict-filtered = 网络过滤器代替网站作了应答
verdict-filtered-gateway = 途中的某个设备代替网站作了应答

headline-dns-filtered = DNS 过滤器屏蔽了 { $host }
headline-network-filter = { $vendor ->
    [none] 这个网络屏蔽了 { $host }
   *[other] 这个网络上的 { $vendor } 屏蔽了 { $host }
}
headline-network-gateway = 此网络中的某台设备无法连接 { $host }
headline-network-national = { $host } 被国家封锁名单屏蔽
family-split = ChatGPT 拒绝你的 { $refused } 地址；{ $works } 可以正常访问

explain-dns-filtered = { $detail ->
    [none] 这台电脑使用的域名服务器没有返回 ChatGPT 的地址，而是给出了屏蔽应答，所以浏览器根本到达不了 { $host }。这是你网络上的过滤器造成的：Pi-hole、AdGuard Home、NextDNS、路由器的家长控制，或者公司、学校的屏蔽列表。这与 Cloudflare 无关，也不是你的地址的问题。
   *[other] 这台电脑使用的域名服务器没有返回 ChatGPT 的地址，而是给出了屏蔽应答（{ $detail }），所以浏览器根本到达不了 { $host }。这是你网络上的过滤器造成的：Pi-hole、AdGuard Home、NextDNS、路由器的家长控制，或者公司、学校的屏蔽列表。这与 Cloudflare 无关，也不是你的地址的问题。
}
explain-network-filter-reset = 到 { $host } 的连接在发送网站名称的那一刻就被切断了，而其他安全网站都能正常访问。这是读取网站名称的过滤器所为：公司或学校的防火墙，或者国家层面的封锁。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
explain-network-filter-legal = 应答是“451 Unavailable For Legal Reasons”（因法律原因不可用），而且来自一台不属于 { $host } 的服务器：在这个网络或这个国家，访问因法律或命令而被封锁。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
explain-network-filter-device = 你网络上的某个设备代替 { $host } 作了应答（不是 Cloudflare，也不是登录页面）：防火墙、代理或带过滤功能的路由器。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
explain-network-filter-gateway = 这台电脑和 { $host } 之间的某个设备（代理、防火墙或路由器）返回了错误页面，而不是网站本身：它自己无法连接到 { $host }。{ $host } 通过 Cloudflare 应答，而这个应答并非来自 Cloudflare，所以 ChatGPT 并没有宕机；是中间的设备出了故障或与网站断开了连接。这不是你的地址的问题；登录或清除 Cookie 都没有用。
explain-network-filter-national = 这个应答是本国网络服务商对依法或依主管部门命令屏蔽的网站必须显示的页面，而不是 { $host } 自己的页面。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
explain-network-filter-vendor = { $vendor ->
    [none] 一个网页过滤器用它的拦截页面代替 { $host } 作了应答：这个网络的管理者过滤了它。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
   *[other] { $vendor } 用它的拦截页面代替 { $host } 作了应答：这个网络的管理者过滤了它。这与 Cloudflare 无关，也不是你的地址的问题；登录或清除 Cookie 都没有用。
}

tray-dns-filtered = ChatGPT 被 DNS 过滤器屏蔽
tray-network-filter = ChatGPT 被这个网络屏蔽
tray-network-gateway = 通过这个网络无法访问 ChatGPT

next-dns-filtered = blockwatch 每次检测时以及网络一变化就会重新询问域名服务器，ChatGPT 的域名能再次解析时会通知你。
next-network-filter = 网络一变化 blockwatch 就会重新检测，你马上就能知道换一个网络是否能访问。

dns-nxdomain-zone = “域名不存在”（NXDOMAIN，来自策略区域 { $zone }）
dns-nxdomain-filtered = “域名不存在”（NXDOMAIN，标记为过滤后的应答）
dns-nxdomain = “域名不存在”（NXDOMAIN）
dns-nodata = 没有地址（NODATA）
dns-refused = 拒绝（REFUSED）
dns-failed = 没有应答（{ $why }）
dns-malformed = 格式错误的应答（不予采信）
dns-not-ours = 针对另一个问题的应答（不予采信）
dns-truncated = 被截断的应答（TC）

evidence-dns-answer = { $server ->
    [none] 这台电脑自己的查询对 { $name } 的应答：{ $answer }
   *[other] 域名服务器 { $server } 对 { $name } 的应答：{ $answer }
}
evidence-dns-answer-control = { $server ->
    [none] 这台电脑自己的查询对 { $name }（一个与 ChatGPT 无关的名称，用于对比）的应答：{ $answer }
   *[other] 域名服务器 { $server } 对 { $name }（一个与 ChatGPT 无关的名称，用于对比）的应答：{ $answer }
}
evidence-doh-answer = 一个通过 DNS-over-HTTPS 访问的公共解析器对 { $name } 的应答：{ $answer }
evidence-dns-resolvers = 这台电脑使用的域名服务器：{ $servers }
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] VPN 承载了 IPv4，但 IPv6 直接从本地网络出去：通过 IPv6，网站能看到你的真实地址和位置（IPv6 泄漏）
       *[other] VPN 承载了 IPv4，但 IPv6 直接从本地网络出去（经由 { $native }）：通过 IPv6，网站能看到你的真实地址和位置（IPv6 泄漏）
    }
   *[other] { $native ->
        [none] VPN 承载了 IPv4（经由 { $tunnel }），但 IPv6 直接从本地网络出去：通过 IPv6，网站能看到你的真实地址和位置（IPv6 泄漏）
       *[other] VPN 承载了 IPv4（经由 { $tunnel }），但 IPv6 直接从本地网络出去（经由 { $native }）：通过 IPv6，网站能看到你的真实地址和位置（IPv6 泄漏）
    }
}
evidence-family-sees = 通过 IPv4，{ $host } 看到的地址是 { $ipv4 }；通过 IPv6 则是 { $ipv6 }

report-verdict-detail = { $line }（{ $detail }）
family-results-line = { $first }；{ $second }
family-result-line = { $via ->
    [none] { $family }：{ $kind }
   *[other] { $family }：{ $kind }（经由 { $via }）
}

notify-fix-allow-in-dns-filter = 在你的 DNS 过滤器中放行 { $host } 和 openai.com。
notify-fix-ask-network-admin = 请网络管理员放行 { $host }。
notify-fix-ask-network-admin-gateway = 告诉网络管理员：它的代理或防火墙无法连接 { $host }。
notify-fix-fix-ipv6-leak = 打开 VPN 的 IPv6 泄漏保护，或者关闭 IPv6。

fix-allow-in-dns-filter-title = 在 DNS 过滤器中放行 { $host }
fix-allow-in-dns-filter-server-linux = 查看这台电脑使用哪个域名服务器：`resolvectl status`（systemd-resolved）或 `cat /etc/resolv.conf`；使用 NetworkManager 时用 `nmcli device show | grep DNS`。
fix-allow-in-dns-filter-server-macos = 查看这台电脑使用哪个域名服务器：`scutil --dns | grep nameserver`，或“系统设置”→“网络”→ 你的连接 →“详细信息…”→“DNS”。
fix-allow-in-dns-filter-server-windows = 查看这台电脑使用哪个域名服务器：`ipconfig /all`（“DNS 服务器”），或“设置”→“网络和 Internet”→ 你的连接 →“DNS 服务器分配”。
fix-allow-in-dns-filter-pihole = Pi-hole：打开它的管理页面 → Domains（旧版本中为 Whitelist）→ 把 { $host }、chat.openai.com、openai.com、auth.openai.com、cdn.oaistatic.com 和 oaiusercontent.com 添加为允许；或者在 Query Log 中点每条被拦截记录旁的 Allow。
fix-allow-in-dns-filter-adguard = AdGuard Home：Filters → Custom filtering rules → 添加 `@@||chatgpt.com^`、`@@||openai.com^`、`@@||oaistatic.com^` 和 `@@||oaiusercontent.com^`，然后点 Apply；Query Log 会显示是哪个列表拦截的。
fix-allow-in-dns-filter-nextdns = NextDNS：my.nextdns.io → 你的配置 → Allowlist → 添加 { $host }、openai.com、oaistatic.com 和 oaiusercontent.com；同时检查 Parental Control → Websites, Apps & Games。
fix-allow-in-dns-filter-router = 路由器的家长控制（Fritz!Box、eero、Netgear Armor、TP-Link HomeShield 等）：打开路由器的 App 或网页 → 家长控制 / 过滤 → 这台设备的配置 → 去掉“AI”或“Chat”类别，或把 chatgpt.com 添加为允许。在学校或单位，请改为询问管理员。

fix-ask-network-admin-title = 询问网络管理员
fix-ask-network-admin-on-purpose = 这个网络（你的公司、学校、图书馆或咖啡馆的网络）有意屏蔽了 { $host }；只有管理它的人才能放行。
fix-ask-network-admin-gateway = 这台电脑和 { $host } 之间的设备（公司代理、防火墙或路由器）无法连接到该网站；只有管理它的人才能查明原因。如果只是几分钟的故障，blockwatch 会在恢复时告诉你。
fix-ask-network-admin-gateway-ask = 请他们检查该设备能否连接 { $host }、chat.openai.com、openai.com、auth.openai.com、cdn.oaistatic.com 和 oaiusercontent.com：它的互联网连接、名称服务器，以及任何对安全连接的检查。
fix-ask-network-admin-tell = { $detail ->
    [none] 告诉他们 blockwatch 看到了什么：拦截页面或被切断的连接来自网络的过滤器，而不是来自 { $host }。
   *[other] 告诉他们 blockwatch 看到了什么（{ $detail }）：拦截页面或被切断的连接来自网络的过滤器，而不是来自 { $host }。
}
fix-ask-network-admin-ask = 请求放行 { $host }、chat.openai.com、openai.com、auth.openai.com、cdn.oaistatic.com 和 oaiusercontent.com，或者问问单位是否通过其他方式提供 ChatGPT（例如公司工作空间）。
fix-ask-network-admin-permission = 未经许可，不要设法绕过公司或学校的过滤器：这可能违反它的规定。

fix-ipv6-leak-title = 不让 IPv6 绕过你的 VPN
fix-ipv6-leak-open = 你的 VPN 只承载 IPv4，所以 { $host } 能看到你真实的 IPv6 地址和位置。打开 VPN 应用的设置。
fix-ipv6-leak-protection = 打开“IPv6 泄漏保护”（IPv6 leak protection）/“阻止 IPv6”（Block IPv6）以及终止开关（NordVPN、Surfshark、Proton VPN、Mullvad、ExpressVPN、PIA 和大多数其他 VPN 都把它放在 Settings → Connection、Advanced 或 Kill switch 下），然后重新连接。
fix-ipv6-leak-off-linux = 或者为这个连接关闭 IPv6：`nmcli connection modify "<connection>" ipv6.method disabled`，然后重新连接（GNOME：“设置”→“网络”→ 这个连接 →“IPv6”→“禁用”）。使用 wg-quick 时，改为把 `::/0` 加到对端的 AllowedIPs 中。
fix-ipv6-leak-off-macos = 或者为这个连接关闭 IPv6：`networksetup -setv6off Wi-Fi`（或 "Ethernet"）；`networksetup -setv6automatic Wi-Fi` 可以重新打开。
fix-ipv6-leak-off-windows = 或者在网络适配器上关闭 IPv6：“控制面板”→“网络连接”→ 该适配器 →“属性”→ 取消勾选“Internet 协议版本 6 (TCP/IPv6)”；或者在 PowerShell 中运行 `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6`。
fix-ipv6-leak-reload = 刷新 { $host }。网络一变化，blockwatch 就会重新检测 IPv4 和 IPv6。
detail-unknown-device = 一个未知设备代替 ChatGPT 作了应答
detail-sni-reset = 看到网站名称时连接被重置
detail-http-451 = HTTP 451（因法律原因不可用）
detail-filter-page = 网络过滤器的拦截页面
detail-gateway = 中间的某个设备无法连接到该网站
detail-national-page = 国家封锁页面

## ---------------------------------------------------------------- the router

router-called = { $name ->
    [none] 你的路由器
   *[other] 你的路由器（{ $name }）
}
evidence-router-own = { $chance ->
    [likely] { $router }报告的外网地址是 { $wan }，正是互联网看到的地址：重启可以换来新地址，DSL 线路通常会换
    [unlikely] { $router }报告的外网地址是 { $wan }，正是互联网看到的地址：重启可以换来新地址，但有线电视（Cable）线路通常保持原地址
   *[other] { $router }报告的外网地址是 { $wan }，正是互联网看到的地址：重启可以换来新地址
}
evidence-router-shared = { $why ->
    [cgnat] { $router }的外网地址是 { $wan }，属于运营商用于运营商级 NAT 的地址段（100.64.0.0/10）：运营商把它的公网地址与其他用户共用
    [ds-lite] { $router }报告的地址是 { $wan }：这是 DS-Lite 线路，IPv4 经由运营商共用的 NAT 出去
    [private] { $router }的外网一侧是私有地址 { $wan }：它前面还有另一台路由器（双重 NAT）
    [no-public] { $router }表示自己没有公网 IPv4 地址：互联网看到的地址是共用的（运营商级 NAT，或前面还有一台路由器）
   *[different] { $router }报告的外网地址是 { $wan }，但互联网看到的是 { $public }：这个地址是共用的（运营商级 NAT，或前面还有一台路由器）
}
evidence-router-unknown = { $wan ->
    [none] { $router }有应答，但没有说出它的外网地址
   *[other] { $router }报告的外网地址是 { $wan }
}
evidence-router-silent = 路由器没有说出它的外网地址（UPnP 和 NAT-PMP 都没有应答）
evidence-same-range = 你的连接恢复后换了新地址 { $new }，但它与被拒绝的 { $old } 在同一地址段（同一个 /24）：Cloudflare 的规则可以封禁整个地址段

explain-shared-address = { $why ->
    [private] 你的路由器前面还有一台路由器持有公网地址（双重 NAT）；重启你的路由器不会改变它。
    [different] 互联网看到的地址不是你的路由器自己的，而是共用的（运营商级 NAT，或前面还有一台路由器）；重启路由器不会改变它。
   *[other] 你的运营商把这个地址与其他用户共用；重启路由器不会改变它。
}
notify-problem-shared = { $why }{ $fix }
notify-fix-contact-isp-shared = 向网络运营商申请一个独享的公网 IPv4 地址。

fix-restart-router-likely = 你的路由器报告这是 DSL（PPP）线路：重新连接通常会得到新地址。
fix-restart-router-unlikely = 你的路由器报告这是有线电视（Cable）线路：这类运营商通常会发回同一个地址，或同一地址段内的地址。让调制解调器断电一小时以上，或者换一个网络。
fix-restart-router-own = 互联网看到的地址就在你的路由器上，所以重启可以改变它。
fix-contact-isp-title-shared = 向运营商申请公网 IPv4 地址
fix-contact-isp-ask-public = 申请一个独享的公网 IPv4 地址（也叫独立或固定 IPv4 地址），或请求把你的线路移出运营商级 NAT（CGNAT）：很多运营商应要求就会办理，有的收取少量费用。
fix-contact-isp-router-says = { $wan ->
    [none] 告诉他们路由器报告的情况：它没有自己的公网 IPv4 地址。
   *[other] 告诉他们路由器报告的情况：它的外网地址是 { $wan }，不是互联网看到的地址。
}
fix-contact-isp-double-nat = 如果你的路由器前面还有运营商的光猫或另一台路由器，问清楚如何把它设为桥接模式，让你的路由器自己拿到公网地址。

tray-address-blocked-shared = { $code ->
    [none] ChatGPT 封禁了你的共用地址
   *[other] ChatGPT 封禁了你的共用地址（错误 { $code }）
}

notify-same-range-title = 你的新地址在同一地址段
notify-same-range-body = 连接恢复后的地址是 { $new }，与被拒绝的 { $old } 在同一地址段，ChatGPT 仍然拒绝它：Cloudflare 的规则可以封禁整个地址段。请换一个网络，或向运营商申请另一个地址段的地址。

report-router = { $state ->
    [own] { $name }（{ $protocol }），外网地址 { $wan }：路由器自己的
    [shared] { $wan ->
        [none] { $name }（{ $protocol }），没有自己的公网地址：共用
       *[other] { $name }（{ $protocol }），外网地址 { $wan }：共用
    }
   *[other] { $wan ->
        [none] { $name }（{ $protocol }），没有说出外网地址
       *[other] { $name }（{ $protocol }），外网地址 { $wan }
    }
}
report-router-unnamed = 你的路由器
report-router-silent = 没有说（UPnP 和 NAT-PMP 都没有应答）

page-detail-router = 路由器
page-detail-router-wan = 路由器的外网地址
page-detail-shared = 地址共用
page-detail-shared-value = { $shared ->
    [yes] 是：重启不会改变它
   *[no] 否：地址在路由器上
}

## ---------------------------------------------------------------- doing the fix

act-button-disconnect = { $vpn ->
    [none] 断开 { $target }
   *[other] 断开 { $vpn }（{ $target }）
}
act-button-reconnect-router = 让 { $router } 重新拨号
act-button-reconnect = 重新连接
act-button-confirm = 继续
act-will = blockwatch 将执行：{ $what }（通过 { $via }），然后再次检测 ChatGPT。
act-will-router = 此网络上的所有人最多会断网一分钟；路由器重新连接后应会获得新地址。
act-warning-kill-switch = { $vpn ->
    [none] 警告：VPN 的终止开关已开启。断开后，在你重新连接 VPN 或关闭终止开关之前，这台电脑将完全无法上网。
   *[other] 警告：{ $vpn } 的终止开关已开启。断开后，在你重新连接 { $vpn } 或关闭终止开关之前，这台电脑将完全无法上网。
}
act-warning-mandatory-vpn = 警告：这看起来是学校或公司的 VPN，你的单位可能要求必须使用它：只有在获得允许时才断开。
act-confirm = 继续吗？[y/N]
act-yes-answers = y, yes, 是, 好
act-not-confirmed = 未执行任何操作：blockwatch 只能在终端中询问。加上 --yes 以继续。
act-declined = 未执行任何操作。
act-nothing = 以上修复 blockwatch 都无法自行执行。
act-checking = 正在再次检测 ChatGPT…
act-confirm-title = { $what }？
act-why-no-tunnel = 前往 ChatGPT 的流量没有经过 VPN 隧道：没有可断开的连接。
act-why-needs-root = 只有管理员才能关闭这个隧道（wg-quick 或手动配置）：请按步骤操作。
act-why-no-controller = 既没有 NetworkManager，也没有 VPN 自带的程序可供调用。
act-why-not-managed = 系统的 VPN 列表中没有对应这个隧道的连接。
act-why-asks-password = 系统会要求你输入密码。
act-why-not-permitted = 系统不允许此用户断开网络连接。
act-why-reconnect-off = 路由器重新拨号已关闭：如需允许，请在配置的 [router] 部分设置 allow_reconnect = true。
act-why-address-shared = 路由器的地址与其他用户共享，或无法确认是它自己的：重新拨号后仍会是同一个地址。
act-why-router-cannot = 路由器没有提供 blockwatch 可以请求的重新拨号功能。
act-why-unsupported = 在此系统上 blockwatch 无法执行此操作。
act-result-done = 已完成：{ $what }。
act-result-not-permitted = 不被允许：系统不允许此用户断开 { $target }。请在网络菜单中自行断开，或询问这台电脑的管理者。
act-result-auth-failed = 未做任何更改：密码请求被拒绝或失败。blockwatch 不会自行再次询问。
act-result-failed = 操作失败：{ $via } 报告了错误。
act-result-router-refused = { $target } 拒绝了重新拨号：它列出了该操作，但不允许执行。请改用电源开关重启路由器。
act-result-no-link-back = 互联网连接在一分钟内没有恢复。
act-result-same-address = 路由器恢复后仍是同一个地址（{ $ip }）。
act-result-offline = 未执行任何操作：没有网络连接。
act-after-works = ChatGPT 现在可以使用了。
act-after-blocked = ChatGPT 仍然拒绝此连接。下一步：{ $fix }
act-after-unknown = 之后的检测没有给出明确结果。
act-still-title = ChatGPT 仍然拒绝访问
act-still-body = “{ $what }”没有解决问题。下一步：{ $fix }
act-failed-title = 修复未执行
act-resolved-vpn = 自从断开 { $vpn } 后，ChatGPT 可以使用了。
act-resolved-router = 自从路由器重新拨号后，ChatGPT 可以使用了。
history-action = { $undo ->
    [yes] 你要求重新连接 { $target }（{ $via }）：{ $result }
   *[no] { $fix ->
        [restart_router] 你要求路由器 { $target } 重新拨号（{ $via }）：{ $result }
       *[other] 你要求断开 { $target }（{ $via }）：{ $result }
    }
}
history-action-result = { $result ->
    [done] 已完成
    [refused] 被拒绝
    [failed] 失败
   *[other] 无法执行
}
report-can-do = blockwatch 可以替你完成：运行 `blockwatch fix --do`（{ $target }）。
