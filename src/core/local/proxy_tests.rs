use super::*;

fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |k| {
        pairs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.to_string())
    }
}

fn url(s: &str) -> url::Url {
    url::Url::parse(s).unwrap()
}

fn shown(u: &str, e: &[(&str, &str)], system: &SystemProxy) -> Option<String> {
    choose(&url(u), env(e), system).map(|p| p.shown())
}

const CHATGPT: &str = "https://chatgpt.com/";

#[test]
fn picks_the_scheme_variable_and_hides_credentials() {
    let none = SystemProxy::default();
    let p = choose(
        &url(CHATGPT),
        env(&[("https_proxy", "http://bob:secret@proxy.corp:3128")]),
        &none,
    )
    .unwrap();
    assert_eq!(p.shown(), "http://proxy.corp:3128");
    // The request itself needs the credentials.
    assert_eq!(p.for_requests(), Some("http://bob:secret@proxy.corp:3128"));
    assert_eq!(shown(CHATGPT, &[("http_proxy", "http://p:1")], &none), None);
    assert_eq!(
        shown(CHATGPT, &[("ALL_PROXY", "socks5://p:1080")], &none),
        Some("socks5://p:1080".into())
    );
    assert_eq!(
        shown(CHATGPT, &[("HTTPS_PROXY", "p:1")], &none),
        Some("http://p:1".into())
    );
    assert_eq!(shown(CHATGPT, &[], &none), None);
}

#[test]
fn no_proxy_excludes() {
    let none = SystemProxy::default();
    let e = [
        ("HTTPS_PROXY", "p:1"),
        ("NO_PROXY", "localhost,.chatgpt.com"),
    ];
    assert_eq!(shown(CHATGPT, &e, &none), None);
    let e = [("HTTPS_PROXY", "p:1"), ("NO_PROXY", "openai.com")];
    assert_eq!(shown(CHATGPT, &e, &none), Some("http://p:1".into()));
    // NO_PROXY also keeps the system's proxy away, as in reqwest.
    let system = from_windows(Some(1), Some("corp:8080"), None, None);
    assert_eq!(shown(CHATGPT, &[("no_proxy", "*")], &system), None);
}

#[test]
fn windows_one_server_for_every_scheme() {
    let s = from_windows(Some(1), Some("proxy.corp:8080"), None, None);
    let p = choose(&url(CHATGPT), env(&[]), &s).unwrap();
    assert_eq!(p.shown(), "http://proxy.corp:8080");
    assert!(matches!(
        p,
        ProxyInUse::Server {
            from: Source::System,
            ..
        }
    ));
    assert_eq!(
        shown("http://example.com/", &[], &s),
        Some("http://proxy.corp:8080".into())
    );
    // The environment comes first.
    assert_eq!(
        shown(CHATGPT, &[("HTTPS_PROXY", "env:1")], &s),
        Some("http://env:1".into())
    );
}

#[test]
fn windows_switched_off_or_empty_is_no_proxy() {
    for s in [
        from_windows(Some(0), Some("proxy.corp:8080"), None, None),
        from_windows(None, Some("proxy.corp:8080"), None, None),
        from_windows(Some(1), Some(""), None, None),
        from_windows(Some(1), None, None, Some("  ")),
    ] {
        assert_eq!(shown(CHATGPT, &[], &s), None, "{s:?}");
    }
}

#[test]
fn windows_per_scheme_lists() {
    let s = from_windows(
        Some(1),
        Some("http=web.corp:80; https=secure.corp:443;ftp=f:21"),
        None,
        None,
    );
    assert_eq!(
        shown(CHATGPT, &[], &s),
        Some("http://secure.corp:443".into())
    );
    assert_eq!(
        shown("http://chatgpt.com/", &[], &s),
        Some("http://web.corp".into())
    );
    // Only http named: an https target goes direct.
    let s = from_windows(Some(1), Some("http=web.corp:3128"), None, None);
    assert_eq!(shown(CHATGPT, &[], &s), None);
    // Only SOCKS: everything through it.
    let s = from_windows(Some(1), Some("socks=sock.corp:1080"), None, None);
    assert_eq!(
        shown(CHATGPT, &[], &s),
        Some("socks5://sock.corp:1080".into())
    );
    // A URL with a scheme is taken as written.
    let s = from_windows(Some(1), Some("https=https://tls.corp:8443"), None, None);
    assert_eq!(
        shown(CHATGPT, &[], &s),
        Some("https://tls.corp:8443".into())
    );
    let s = from_windows(Some(1), Some("http://all.corp:3128"), None, None);
    assert_eq!(shown(CHATGPT, &[], &s), Some("http://all.corp:3128".into()));
}

#[test]
fn windows_override_list() {
    let s = from_windows(
        Some(1),
        Some("proxy.corp:8080"),
        Some("<local>;*.openai.com;10.*;192.168.1.1;*gpt.com"),
        None,
    );
    assert!(s.bypass_simple);
    for direct in [
        "https://intranet/",
        "https://api.openai.com/",
        "http://10.1.2.3/",
        "http://192.168.1.1:8080/",
        "https://chatgpt.com/",
        "https://CHATGPT.COM/",
    ] {
        assert_eq!(shown(direct, &[], &s), None, "{direct}");
    }
    for proxied in [
        "https://openai.com.evil/",
        "http://192.168.1.10/",
        "http://127.0.0.1:8080/",
    ] {
        assert!(shown(proxied, &[], &s).is_some(), "{proxied}");
    }
    // An address is never a "simple" name, even without dots (IPv6).
    let s = from_windows(Some(1), Some("p:1"), Some("<local>"), None);
    assert!(shown("http://[::1]:8080/", &[], &s).is_some());
}

#[test]
fn a_script_is_reported_as_such_and_carries_nothing() {
    let s = from_windows(Some(0), None, None, Some("http://wpad.corp/proxy.pac"));
    let p = choose(&url(CHATGPT), env(&[]), &s).unwrap();
    assert_eq!(p.shown(), "pac+http://wpad.corp/proxy.pac");
    assert_eq!(p.for_requests(), None);
    assert!(!carries_requests(&p.shown()));
    assert_eq!(script_url(&p.shown()), Some("http://wpad.corp/proxy.pac"));
    assert!(carries_requests("http://proxy.corp:3128"));
    // The script wins over a fixed server, as in WinINet.
    let s = from_windows(Some(1), Some("p:1"), None, Some("http://wpad/x.pac"));
    assert_eq!(
        shown(CHATGPT, &[], &s),
        Some("pac+http://wpad/x.pac".into())
    );
    // An exception still means direct.
    let s = from_windows(
        Some(1),
        Some("p:1"),
        Some("chatgpt.com"),
        Some("http://w/x"),
    );
    assert_eq!(shown(CHATGPT, &[], &s), None);
}

#[test]
fn macos_dynamic_store() {
    let server = |host: &str, port: u16| MacServer {
        enabled: true,
        host: Some(host.into()),
        port: Some(port),
    };
    let p = MacProxies {
        http: server("web.corp", 80),
        https: server("secure.corp", 8443),
        exceptions: vec!["*.local".into(), "169.254/16".into(), "openai.com".into()],
        exclude_simple: true,
        ..MacProxies::default()
    };
    let s = from_macos(&p);
    assert_eq!(
        shown(CHATGPT, &[], &s),
        Some("http://secure.corp:8443".into())
    );
    assert_eq!(
        shown("http://chatgpt.com/", &[], &s),
        Some("http://web.corp".into())
    );
    for direct in [
        "http://printer.local/",
        "http://169.254.3.4/",
        "https://openai.com/",
        "http://router/",
    ] {
        assert_eq!(shown(direct, &[], &s), None, "{direct}");
    }
    // A server that is switched off, or has no host, is no proxy.
    let off = MacProxies {
        https: MacServer {
            enabled: false,
            ..server("secure.corp", 8443)
        },
        http: MacServer {
            enabled: true,
            host: None,
            port: Some(80),
        },
        ..MacProxies::default()
    };
    assert_eq!(shown(CHATGPT, &[], &from_macos(&off)), None);
    // Automatic proxy configuration: only while switched on.
    let pac = MacProxies {
        auto_config_enabled: true,
        auto_config_url: Some("http://wpad.corp/wpad.dat".into()),
        ..MacProxies::default()
    };
    assert_eq!(
        shown(CHATGPT, &[], &from_macos(&pac)),
        Some("pac+http://wpad.corp/wpad.dat".into())
    );
    let pac_off = MacProxies {
        auto_config_enabled: false,
        ..pac
    };
    assert_eq!(shown(CHATGPT, &[], &from_macos(&pac_off)), None);
}

#[test]
fn wildcards() {
    assert!(wildcard("*.corp.com", "a.b.corp.com"));
    assert!(!wildcard("*.corp.com", "corp.com"));
    assert!(wildcard("10.*", "10.0.0.1"));
    assert!(wildcard("a*b*c", "axxbyyc"));
    assert!(!wildcard("a*b*c", "axxbyy"));
    assert!(!wildcard("ab*ba", "aba"));
    assert!(in_prefix("169.254.3.4", "169.254", "16"));
    assert!(!in_prefix("169.253.3.4", "169.254", "16"));
    assert!(!in_prefix("chatgpt.com", "169.254", "16"));
    assert!(!in_prefix("1.2.3.4", "1.2.3.4", "40"));
}
