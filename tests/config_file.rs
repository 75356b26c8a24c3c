//! The configuration: parsing, validation, errors with file, line and key
//! (worded in English by the presentation layer, as `blockwatch` prints them).
use blockwatch::config::*;
use blockwatch::present::cli::config_error_text;
use blockwatch::present::tr::Tr;
use std::path::Path;
use std::time::Duration;

/// The error as the user reads it in English.
fn english(e: &ConfigError) -> String {
    config_error_text(Tr::english(), e)
}

fn parse(t: &str) -> Result<Config, ConfigError> {
    Config::parse(t, Path::new("/x/config.toml"))
}

#[test]
fn empty_file_is_all_defaults() {
    assert_eq!(parse("").unwrap(), Config::default());
    assert!(Config::default().public_ip.echo_urls.len() >= 2);
}

#[test]
fn contract_keys_parse() {
    let c = parse(
        "[target]\nurl = \"http://127.0.0.1:8080/\"\ntrace_url = \"http://127.0.0.1:8080/cdn-cgi/trace\"\nexpect_cloudflare = false\ninterval = \"2m\"\nuser_agent = \"x\"\n\n[public_ip]\necho_urls = [\"http://127.0.0.1:1/\", \"http://127.0.0.1:2/\"]\ninterval = \"90s\"\n\n[status_page]\nurl = \"http://127.0.0.1:3/summary.json\"\ncomponent = \"Conversations\"\n",
    )
    .unwrap();
    assert_eq!(c.target.interval.0, Duration::from_secs(120));
    assert_eq!(c.public_ip.interval.0, Duration::from_secs(90));
    assert!(!c.target.expect_cloudflare);
    assert_eq!(c.target.url.host(), "127.0.0.1");
}

#[test]
fn trace_url_follows_a_custom_target() {
    let c = parse("[target]\nurl = \"http://127.0.0.1:8080/app\"\n").unwrap();
    assert_eq!(
        c.target.trace_url.as_str(),
        "http://127.0.0.1:8080/cdn-cgi/trace"
    );
}

#[test]
fn errors_name_line_and_key() {
    let e = parse("[target]\nurl = \"https://chatgpt.com/\"\ninterval = \"5 fortnights\"\n")
        .unwrap_err();
    assert_eq!(e.line, Some(3));
    assert_eq!(e.key.as_deref(), Some("target.interval"));
    assert!(english(&e).contains("invalid duration"), "{}", english(&e));

    let e = parse("[target]\nurll = \"x\"\n").unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(english(&e).contains("unknown field"), "{}", english(&e));

    let e = parse("[target]\nexpect_cloudflare = \"yes\"\n").unwrap_err();
    assert_eq!(
        (e.line, e.key.as_deref()),
        (Some(2), Some("target.expect_cloudflare"))
    );

    let e = parse("[status_page]\nurl = \"ftp://x/\"\n").unwrap_err();
    assert_eq!(e.key.as_deref(), Some("status_page.url"));

    let e = parse("[target\nurl=").unwrap_err();
    assert_eq!(e.line, Some(1));

    let e = parse("\n\n[target]\ninterval = \"1s\"\n").unwrap_err();
    assert_eq!(
        (e.line, e.key.as_deref()),
        (Some(4), Some("target.interval"))
    );
    let shown = english(&e);
    assert!(
        shown.starts_with("/x/config.toml, line 4, key `target.interval`: "),
        "{shown}"
    );
}

#[test]
fn header_values_are_checked_when_parsed() {
    for bad in [
        "a\\rb",
        "a\\nX-Injected: 1",
        "a\\u0000b",
        "a\\u007fb",
        "a\\u001bb",
    ] {
        let e = parse(&format!("\n[target]\nuser_agent = \"{bad}\"\n")).unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(3), Some("target.user_agent")),
            "{bad}: {e:?}"
        );
        assert!(english(&e).contains("control character"), "{e:?}");
    }
    // Tabs and non-ASCII are valid in a header value.
    parse("[target]\nuser_agent = \"Mozilla/5.0\\t(X11) Ümlaut\"\n").unwrap();
}

#[test]
fn invalid_utf8_names_line_and_key() {
    let e = Config::parse_bytes(
        b"[target]\ninterval = \"5m\"\nuser_agent = \"ab\xff\xfe\"\n",
        Path::new("/x/config.toml"),
    )
    .unwrap_err();
    assert_eq!(
        (e.line, e.key.as_deref()),
        (Some(3), Some("target.user_agent")),
        "{e:?}"
    );
    assert!(english(&e).contains("UTF-8"), "{e:?}");
}

#[test]
fn deep_dotted_header_names_its_line() {
    let deep = vec!["a"; 5000].join(".");
    for text in [
        format!("[target]\ninterval = \"5m\"\n\n[{deep}]\nx = 1\n"),
        format!("[target]\ninterval = \"5m\"\n\n{deep} = 1\n"),
        format!("[target]\ninterval = \"5m\"\n\nx = {}\n", "[".repeat(5000)),
        format!(
            "[target]\ninterval = \"5m\"\n\nx = {}\n",
            "{a=".repeat(5000)
        ),
    ] {
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line, Some(4), "{e:?}");
        assert!(e.key.is_some(), "{e:?}");
        assert!(english(&e).len() < 400, "{e:?}");
    }
}

#[test]
fn dotted_and_inline_keys_name_their_line() {
    for (text, line) in [
        ("# x\ntarget.interval = \"1s\"\n", 2),
        (
            "\ntarget = { url = \"https://chatgpt.com/\", timeout = \"99s\" }\n",
            2,
        ),
        (
            "[target]\nurl = \"https://chatgpt.com/\"\n[monitor]\nmax_probes_per_hour = 1\n",
            4,
        ),
        ("monitor.reminder = \"1s\"\n", 1),
    ] {
        let e = parse(text).unwrap_err();
        assert_eq!(e.line, Some(line), "{text}: {e:?}");
    }
}

#[test]
fn reminder_below_the_minimum_is_refused() {
    for short in ["0s", "1s", "9m"] {
        let e = parse(&format!("[monitor]\nreminder = \"{short}\"\n")).unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(2), Some("monitor.reminder")),
            "{short}"
        );
        assert!(english(&e).contains("at least 10m"), "{e:?}");
    }
    assert!(parse("[monitor]\nreminder = \"10m\"\n").is_ok());
}

#[test]
fn load_caps_the_file_size() {
    let e = load(Some(Path::new("/dev/zero"))).unwrap_err();
    assert!(english(&e).contains("larger than 1\u{a0}MiB"), "{e:?}");
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(300 * 1024 * 1024).unwrap();
    let e = load(Some(&big)).unwrap_err();
    assert!(english(&e).contains("larger than 1\u{a0}MiB"), "{e:?}");
    let ok = dir.path().join("ok.toml");
    std::fs::write(&ok, format!("# {}\n[target]\n", "x".repeat(900 * 1024))).unwrap();
    assert!(load(Some(&ok)).is_ok());
}

#[test]
fn round_trips_through_toml() {
    let c = Config::default();
    assert_eq!(parse(&c.to_toml()).unwrap(), c);
}

#[test]
fn export_textfile_is_off_by_default_and_checked() {
    assert_eq!(Config::default().export.textfile, None);
    let c = parse("[export]\ntextfile = \"/var/lib/prometheus/node-exporter/blockwatch.prom\"\n")
        .unwrap();
    assert_eq!(
        c.export.textfile.as_deref(),
        Some(Path::new(
            "/var/lib/prometheus/node-exporter/blockwatch.prom"
        ))
    );
    assert_eq!(parse(&c.to_toml()).unwrap(), c);
    let e = parse("[export]\ntextfile = \"blockwatch.prom\"\n").unwrap_err();
    assert_eq!(
        (e.line, e.key.as_deref()),
        (Some(2), Some("export.textfile"))
    );
    let e = parse("[export]\ntextfile = \"/tmp/blockwatch.txt\"\n").unwrap_err();
    assert!(english(&e).contains(".prom"), "{}", english(&e));
}

#[test]
fn reminder_off_or_duration() {
    assert_eq!(
        parse("[monitor]\nreminder = \"6h\"\n")
            .unwrap()
            .monitor
            .reminder
            .0,
        Some(Duration::from_secs(6 * 3600))
    );
    assert_eq!(
        parse("[monitor]\nreminder = \"off\"\n")
            .unwrap()
            .monitor
            .reminder
            .0,
        None
    );
}

#[test]
fn tray_icons_auto_colour_or_symbolic() {
    assert_eq!(parse("").unwrap().ui.tray_icons, TrayIcons::Auto);
    for (text, want) in [
        ("colour", TrayIcons::Colour),
        ("color", TrayIcons::Colour),
        ("symbolic", TrayIcons::Symbolic),
        ("auto", TrayIcons::Auto),
    ] {
        let c = parse(&format!("[ui]\ntray_icons = \"{text}\"\n")).unwrap();
        assert_eq!(c.ui.tray_icons, want, "{text}");
    }
    let e = parse("[ui]\ntray_icons = \"mono\"\n").unwrap_err();
    assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("ui.tray_icons")));
    assert!(english(&e).contains("symbolic"), "{}", english(&e));
    assert!(Config::default()
        .to_toml()
        .contains("tray_icons = \"auto\""));
}
