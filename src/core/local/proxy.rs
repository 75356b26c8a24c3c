//! Which proxy the requests to a target go through: the environment's (as
//! curl reads it) first, then the operating system's own setting (Windows'
//! Internet Settings, macOS's network proxies), which a browser follows.
//! The adapter reads the raw settings; everything decided about them is
//! here, so the Windows and macOS rules are tested on Linux.
//!
//! A proxy auto-config script (PAC) is reported as such: blockwatch does not
//! run scripts, so its own requests then go direct.

/// The prefix that marks a proxy auto-config script's address where a
/// proxy's address is expected (`network.proxy`), as libproxy writes it.
pub const SCRIPT_PREFIX: &str = "pac+";

/// Where a proxy setting comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Environment,
    System,
}

/// The proxy for one target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProxyInUse {
    /// Requests go through this proxy. `connect` keeps credentials (the
    /// request needs them); `shown()` never does.
    Server { connect: String, from: Source },
    /// The system takes its proxy from this auto-config script.
    Script { url: String },
}

impl ProxyInUse {
    /// As reported and shown: the proxy's URL without credentials, or the
    /// script's address after [`SCRIPT_PREFIX`].
    pub fn shown(&self) -> String {
        match self {
            ProxyInUse::Server { connect, .. } => without_credentials(connect),
            ProxyInUse::Script { url } => format!("{SCRIPT_PREFIX}{}", without_credentials(url)),
        }
    }

    /// The proxy blockwatch's own requests go through, if any.
    pub fn for_requests(&self) -> Option<&str> {
        match self {
            ProxyInUse::Server { connect, .. } => Some(connect),
            ProxyInUse::Script { .. } => None,
        }
    }
}

/// Does a reported proxy (`network.proxy`, `Facts::proxy`) carry the
/// requests, or is it a script that blockwatch did not follow?
pub fn carries_requests(shown: &str) -> bool {
    !shown.starts_with(SCRIPT_PREFIX)
}

/// The script's address of a reported proxy, if it is a script.
pub fn script_url(shown: &str) -> Option<&str> {
    shown.strip_prefix(SCRIPT_PREFIX)
}

/// The operating system's proxy settings, as read, before they are applied
/// to a target.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SystemProxy {
    /// `(scheme, server)`: the scheme of the requests it carries ("http",
    /// "https", "socks"; "" for every scheme) and `host:port` or a URL.
    pub servers: Vec<(String, String)>,
    /// Hosts that go direct: names, `*` wildcards, addresses.
    pub bypass: Vec<String>,
    /// Names without a dot go direct (Windows' `<local>`, macOS's
    /// "Exclude simple hostnames").
    pub bypass_simple: bool,
    /// The auto-config script's address.
    pub script: Option<String>,
}

/// Windows' Internet Settings (`HKCU\Software\Microsoft\Windows\
/// CurrentVersion\Internet Settings`), as WinINet and WinHTTP's
/// "IE settings" read them: `ProxyEnable` switches `ProxyServer` on;
/// `ProxyServer` is `host:port` for every scheme or
/// `http=host:port;https=host:port;socks=host:port`; `ProxyOverride` is a
/// `;` list of wildcards and `<local>`; `AutoConfigURL` names a script.
pub fn from_windows(
    enable: Option<u32>,
    server: Option<&str>,
    bypass: Option<&str>,
    auto_config: Option<&str>,
) -> SystemProxy {
    let mut out = SystemProxy {
        script: auto_config
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        ..SystemProxy::default()
    };
    if enable.unwrap_or(0) == 0 {
        return out;
    }
    for entry in server.unwrap_or_default().split(';').map(str::trim) {
        if entry.is_empty() {
            continue;
        }
        // `http=host:port`; a bare `host:port` (or URL) serves every scheme.
        let (scheme, server) = match entry.split_once('=') {
            Some((s, v)) if !s.contains(['/', ':']) => (s.trim().to_ascii_lowercase(), v.trim()),
            _ => (String::new(), entry),
        };
        if !server.is_empty() {
            out.servers.push((scheme, server.to_string()));
        }
    }
    for entry in bypass.unwrap_or_default().split(';').map(str::trim) {
        if entry.eq_ignore_ascii_case("<local>") {
            out.bypass_simple = true;
        } else if !entry.is_empty() {
            out.bypass.push(entry.to_string());
        }
    }
    out
}

/// One proxy of macOS's dynamic store (`HTTPEnable`, `HTTPProxy`,
/// `HTTPPort` and the same for HTTPS and SOCKS).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MacServer {
    pub enabled: bool,
    pub host: Option<String>,
    pub port: Option<u16>,
}

/// macOS's proxies as the dynamic store gives them (`State:/Network/
/// Global/Proxies`, what `scutil --proxy` prints).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MacProxies {
    pub http: MacServer,
    pub https: MacServer,
    pub socks: MacServer,
    pub auto_config_enabled: bool,
    pub auto_config_url: Option<String>,
    pub exceptions: Vec<String>,
    pub exclude_simple: bool,
}

pub fn from_macos(p: &MacProxies) -> SystemProxy {
    let mut servers = Vec::new();
    for (scheme, s) in [("http", &p.http), ("https", &p.https), ("socks", &p.socks)] {
        let Some(host) = s.host.as_deref().map(str::trim).filter(|h| !h.is_empty()) else {
            continue;
        };
        if s.enabled {
            let server = match s.port {
                Some(port) => format!("{host}:{port}"),
                None => host.to_string(),
            };
            servers.push((scheme.to_string(), server));
        }
    }
    SystemProxy {
        servers,
        bypass: p.exceptions.clone(),
        bypass_simple: p.exclude_simple,
        script: p
            .auto_config_url
            .as_deref()
            .map(str::trim)
            .filter(|u| p.auto_config_enabled && !u.is_empty())
            .map(str::to_string),
    }
}

/// The proxy for `url`: the environment's (`var` looks a variable up; the
/// caller reads the real one), else the system's. `NO_PROXY` covering the
/// host means no proxy at all, as in curl and reqwest.
pub fn choose(
    url: &url::Url,
    var: impl Fn(&str) -> Option<String>,
    system: &SystemProxy,
) -> Option<ProxyInUse> {
    let get = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| var(n).filter(|v| !v.trim().is_empty()))
    };
    let host = url
        .host_str()
        .unwrap_or_default()
        .trim_matches(['[', ']'])
        .to_ascii_lowercase();
    if let Some(no) = get(&["NO_PROXY", "no_proxy"]) {
        let excluded = no.split(',').map(str::trim).any(|e| {
            let e = e.trim_start_matches('.').to_ascii_lowercase();
            e == "*" || (!e.is_empty() && (host == e || host.ends_with(&format!(".{e}"))))
        });
        if excluded {
            return None;
        }
    }
    let env = match url.scheme() {
        "https" => get(&["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]),
        _ => get(&["http_proxy", "HTTP_PROXY", "ALL_PROXY", "all_proxy"]),
    };
    if let Some(raw) = env {
        return Some(ProxyInUse::Server {
            connect: with_scheme(raw.trim(), "http"),
            from: Source::Environment,
        });
    }
    if system_bypasses(system, &host) {
        return None;
    }
    // The script wins over fixed servers, as in WinINet and macOS.
    if let Some(script) = &system.script {
        return Some(ProxyInUse::Script {
            url: script.clone(),
        });
    }
    let pick = |scheme: &str| {
        system
            .servers
            .iter()
            .find(|(s, _)| s == scheme)
            .map(|(_, v)| v.clone())
    };
    let (server, default_scheme) = match pick(url.scheme()).or_else(|| pick("")) {
        Some(s) => (s, "http"),
        // Only a SOCKS server: everything goes through it (SOCKS v4 for
        // WinINet, v5 on macOS; the report names it by the host).
        None => (pick("socks")?, "socks5"),
    };
    Some(ProxyInUse::Server {
        connect: with_scheme(&server, default_scheme),
        from: Source::System,
    })
}

/// The system's exception list covers `host` (lowercase, no brackets).
fn system_bypasses(system: &SystemProxy, host: &str) -> bool {
    let is_ip = host.parse::<std::net::IpAddr>().is_ok();
    if system.bypass_simple && !is_ip && !host.contains('.') {
        return true;
    }
    system.bypass.iter().any(|pattern| {
        let p = pattern.trim().to_ascii_lowercase();
        // macOS lists `*.local` and `169.254/16`; Windows `*.corp;10.*`.
        let p = p
            .trim_start_matches("http://")
            .trim_start_matches("https://");
        if let Some((net, bits)) = p.split_once('/') {
            return in_prefix(host, net, bits);
        }
        let p = p.trim_start_matches('[').trim_end_matches(']');
        if p.contains('*') {
            wildcard(p, host)
        } else if let Some(domain) = p.strip_prefix('.') {
            host == domain || host.ends_with(&format!(".{domain}"))
        } else {
            host == p
        }
    })
}

/// `*` matches any run of characters, including dots (as in WinINet).
fn wildcard(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &text[first.len()..];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(at) => rest = &rest[at + mid.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// `host` is an IPv4 address inside `net/bits` (`169.254/16`: missing
/// octets are zero).
fn in_prefix(host: &str, net: &str, bits: &str) -> bool {
    let (Ok(ip), Ok(bits)) = (host.parse::<std::net::Ipv4Addr>(), bits.parse::<u32>()) else {
        return false;
    };
    let mut octets = [0u8; 4];
    for (i, part) in net.split('.').take(4).enumerate() {
        match part.parse() {
            Ok(o) => octets[i] = o,
            Err(_) => return false,
        }
    }
    if bits > 32 {
        return false;
    }
    let mask = if bits == 0 {
        0
    } else {
        u32::MAX << (32 - bits)
    };
    u32::from(ip) & mask == u32::from(std::net::Ipv4Addr::from(octets)) & mask
}

fn with_scheme(raw: &str, default: &str) -> String {
    if raw.contains("://") {
        raw.to_string()
    } else {
        format!("{default}://{raw}")
    }
}

fn without_credentials(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.as_str().trim_end_matches('/').to_string()
        }
        Err(_) => "(unparsable proxy setting)".to_string(),
    }
}

#[cfg(test)]
#[path = "proxy_tests.rs"]
mod tests;
