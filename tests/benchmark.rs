//! The benchmark: prints the numbers the targets are about. It asserts
//! nothing about speed (a shared machine makes timed assertions flaky); run
//! it on a release build and read the table:
//!
//!     cargo test --release --test benchmark -- --ignored --nocapture --test-threads 1
// Linux only: network namespaces and /proc.
#![cfg(target_os = "linux")]

mod common;

use common::sim::*;
use common::*;
use std::path::Path;
use std::time::{Duration, Instant};

fn status_field(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// CPU time (user + system) of a process, in seconds.
fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks / hz
}

fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

#[test]
#[ignore]
fn bench_check_on_loopback() {
    println!();
    let f = fixture("block_1020_tailwind");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let mut times = Vec::new();
    for _ in 0..20 {
        let run = s.run(
            &["--config", cfg.to_str().unwrap(), "check", "--json"],
            &[],
            Duration::from_secs(30),
        );
        assert_eq!(run.json()["verdict"]["kind"], "blocked");
        times.push(run.elapsed.as_secs_f64() * 1000.0);
    }
    let max = times.iter().cloned().fold(0.0, f64::max);
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    println!(
        "check on loopback: median {:.1} ms, max {:.1} ms over 20 runs",
        median(&mut times),
        max
    );
    println!("check peak RSS (largest child): {} KiB", usage.ru_maxrss);
    for bin in [BIN, env!("CARGO_BIN_EXE_blockwatch-tray")] {
        let size = std::fs::metadata(bin).map(|m| m.len()).unwrap_or(0);
        println!(
            "binary {}: {:.2} MiB",
            bin.rsplit('/').next().unwrap(),
            size as f64 / 1048576.0
        );
    }
}

#[test]
#[ignore]
fn bench_idle_daemon_rss_and_cpu() {
    println!();
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let mut d = s.spawn(
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
    );
    let pid = d.child.id();
    d.expect("first verdict", Duration::from_secs(20), |v| {
        v["event"] == "verdict"
    });
    let started = Instant::now();
    // Past the start-up burst and its trim.
    std::thread::sleep(Duration::from_secs(30));
    let cpu0 = cpu_secs(pid);
    let t0 = Instant::now();
    let mut rss = Vec::new();
    for _ in 0..18 {
        std::thread::sleep(Duration::from_secs(5));
        rss.push(status_field(pid, "VmRSS:") as f64);
    }
    let idle_cpu = cpu_secs(pid) - cpu0;
    let window = t0.elapsed().as_secs_f64();
    let peak = status_field(pid, "VmHWM:");
    let anon = status_field(pid, "RssAnon:");
    let pss = pss_kb(pid);
    println!(
        "headless daemon idle: VmRSS median {:.0} KiB (max {:.0}), RssAnon {anon} KiB, PSS {pss} KiB, VmHWM {peak} KiB",
        median(&mut rss.clone()),
        rss.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "idle CPU: {:.3} s over {:.0} s = {:.2} s per hour (probes: {} in {:.0} s)",
        idle_cpu,
        window,
        idle_cpu * 3600.0 / window,
        site.count("/"),
        started.elapsed().as_secs_f64()
    );
    d.signal(libc::SIGTERM);
    d.wait_exit(Duration::from_secs(10));

    // The CPU a check costs, with the interval at its minimum.
    let cfg = s.config(&site.url(""), "interval = \"10s\"", "");
    std::fs::remove_file(s.path().join("state/blockwatch/state.json")).ok();
    let mut d = s.spawn(
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
    );
    let pid = d.child.id();
    d.expect("first verdict", Duration::from_secs(20), |v| {
        v["event"] == "verdict"
    });
    let cpu0 = cpu_secs(pid);
    let before = site.count("/");
    std::thread::sleep(Duration::from_secs(65));
    let checks = site.count("/") - before;
    let per_check = (cpu_secs(pid) - cpu0) / checks.max(1) as f64;
    println!(
        "CPU per check cycle: {:.1} ms ({checks} checks)",
        per_check * 1000.0
    );
    println!(
        "estimated CPU per idle hour at defaults: {:.2} s (idle {:.2} s + 12 checks)",
        idle_cpu * 3600.0 / window + 12.0 * per_check,
        idle_cpu * 3600.0 / window
    );
}

#[test]
#[ignore]
fn bench_latencies_in_network_namespaces() {
    println!();
    use common::vpnworld::*;
    if !is_root() {
        println!("latencies: skipped (network namespaces need root)");
        return;
    }
    let w = world();
    w.refuse(VPN_EXIT);
    let s = Scratch::new();
    // Ten transitions in a few minutes would exhaust the default budget of
    // 20 requests an hour (by design); the benchmark measures latency.
    let mut d = w.daemon_with(&s, "[monitor]\nmax_probes_per_hour = 500", &[]);
    d.expect("first verdict", SOON, |v| v["event"] == "verdict");
    let (mut verdict_ms, mut notify_ms, mut seen_ms, mut resolved_ms) =
        (vec![], vec![], vec![], vec![]);
    for _ in 0..5 {
        d.forget();
        let t = Instant::now();
        w.vpn_up();
        d.expect("blocked verdict", SOON, |v| {
            v["event"] == "verdict" && v["verdict"]["kind"] == "blocked"
        });
        verdict_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        d.expect("problem", SOON, |v| is_notification(v, "problem"));
        notify_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_secs(6));
        d.forget();
        let t = Instant::now();
        w.vpn_down();
        d.expect("healthy verdict", SOON, |v| {
            v["event"] == "verdict" && v["verdict"]["kind"] == "reachable"
        });
        seen_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        d.expect("resolved", SOON, |v| is_notification(v, "resolved"));
        resolved_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_secs(6));
    }
    let show = |name: &str, v: &mut Vec<f64>| {
        let max = v.iter().cloned().fold(0.0, f64::max);
        println!(
            "{name}: median {:.0} ms, max {:.0} ms (5 runs)",
            median(v),
            max
        );
    };
    show("VPN up -> first verdict (blocked)", &mut verdict_ms);
    show(
        "VPN up -> problem notification (after the confirming probe)",
        &mut notify_ms,
    );
    show(
        "VPN down -> recovery seen (first healthy verdict)",
        &mut seen_ms,
    );
    show(
        "VPN down -> resolved notification (confirmed)",
        &mut resolved_ms,
    );
}

#[test]
#[ignore]
fn bench_probe_counts_in_simulated_time() {
    println!();
    let started = Instant::now();
    let average = |v: &[usize]| v.iter().sum::<usize>() as f64 / v.len() as f64;
    let day = |w: World| {
        let mut sim = Sim::new(w);
        sim.run_until(24 * HOUR);
        sim
    };
    let six_hours = |w: World| {
        let mut sim = Sim::new(w);
        sim.run_until(6 * HOUR);
        sim
    };
    let flapping = |w: World| {
        let mut sim = Sim::new(w);
        sim.flap_for_three_hours();
        sim.target_requests_in_any_hour()
    };

    let sim = day(World::new());
    let hours = sim.per_clock_hour(24);
    println!(
        "steady state, default intervals: {:.1} probes/hour on average, at most {} in any clock hour (23 h)",
        average(&hours),
        hours.iter().max().unwrap()
    );
    // Both address families with a route: one family per scheduled probe.
    let sim = day(World::dual_stack());
    let hours = sim.per_clock_hour(24);
    println!(
        "steady state, IPv4 and IPv6 (alternating): {:.1} requests/hour on average, at most {} in any clock hour, at most {} in any rolling hour (budget 20)",
        average(&hours),
        hours.iter().max().unwrap(),
        sim.target_requests_in_any_hour()
    );
    println!(
        "flapping link, IPv4 and IPv6 (both families after each change): at most {} requests to the site in any hour",
        flapping(World::dual_stack())
    );
    let mut w = World::dual_stack();
    w.blocked.extend([w.home_ip, w.home_ip6]);
    let sim = six_hours(w);
    println!(
        "standing block on both families for 6 h: {} requests in the last hour, at most {} in any rolling hour, {} trace request(s)",
        sim.probes_between(5 * HOUR, 6 * HOUR),
        sim.target_requests_in_any_hour(),
        sim.traces.len()
    );
    let mut w = World::dual_stack();
    w.blocked.insert(w.home_ip);
    let sim = six_hours(w);
    println!(
        "IPv4 refused while IPv6 (the browser's) works, 6 h: {} requests in the last hour, at most {} in any rolling hour, {} notification(s)",
        sim.probes_between(5 * HOUR, 6 * HOUR),
        sim.target_requests_in_any_hour(),
        sim.notices.len()
    );
    println!(
        "flapping link (a change every 10 s for 3 h): at most {} requests to the site in any hour",
        flapping(World::new())
    );
    let mut w = World::new();
    w.blocked.insert(w.home_ip);
    let sim = six_hours(w);
    println!(
        "standing block for 6 h: {} probes in the last hour, {} notification(s)",
        sim.probes_between(5 * HOUR, 6 * HOUR),
        sim.notices.len()
    );
    println!("simulated 33 hours in {:?}", started.elapsed());
}

#[test]
#[ignore]
fn bench_start_up_and_tray_build() {
    use common::desktop::*;
    println!();
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));

    // Headless: from exec to the first verdict on stdout.
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let t = Instant::now();
    let mut d = s.spawn(
        &["--config", cfg.to_str().unwrap(), "run", "--headless"],
        &[],
    );
    d.expect("first verdict", Duration::from_secs(20), |v| {
        v["event"] == "verdict"
    });
    println!(
        "headless start-up to first verdict: {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    drop(d);

    // The tray build: from exec to the menu showing the verdict.
    let s = Scratch::new();
    let mut desk = Desktop::start(s.path());
    let watcher = FakeWatcher::start(&desk.bus);
    desk.start_dunst(Path::new("/bin/true"));
    let cfg = s.config(&site.url(""), "", "");
    let mut c = s.command(BIN);
    c.args(["--config", cfg.to_str().unwrap(), "run"]);
    let env = desk.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let t = Instant::now();
    let d = Daemon::spawn(c, &env);
    let item = watcher
        .wait_for_item(Duration::from_secs(30))
        .expect("tray item");
    let registered = t.elapsed();
    assert!(wait_until(Duration::from_secs(30), || desk
        .menu(&item)
        .iter()
        .any(|e| e.label == "ChatGPT reachable")));
    println!(
        "tray build start-up: icon registered after {:.0} ms, first verdict in the menu after {:.0} ms",
        registered.as_secs_f64() * 1000.0,
        t.elapsed().as_secs_f64() * 1000.0
    );
    let pid = d.child.id();
    std::thread::sleep(Duration::from_secs(45));
    println!(
        "tray build idle: VmRSS {} KiB, RssAnon {} KiB, PSS {} KiB",
        status_field(pid, "VmRSS:"),
        status_field(pid, "RssAnon:"),
        pss_kb(pid)
    );
}

/// A second start while blockwatch runs (the launcher's click): how long
/// until it has asked the running copy and ended, and until the running
/// copy says `activated`.
#[test]
#[ignore]
fn bench_second_start() {
    let f = fixture("reachable_200");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "[monitor]\nnotifications = false\n");
    let c = cfg.to_str().unwrap();
    let mut d = s.spawn(&["--config", c, "run", "--headless"], &[]);
    d.expect("first verdict", Duration::from_secs(20), |v| {
        v["event"] == "verdict"
    });
    let (mut ended, mut seen) = (Vec::new(), Vec::new());
    for _ in 0..10 {
        d.forget();
        let t = Instant::now();
        let r = s.run(
            &["--config", c, "run", "--headless"],
            &[],
            Duration::from_secs(10),
        );
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        ended.push(t.elapsed().as_secs_f64() * 1000.0);
        d.expect("activated", Duration::from_secs(10), |v| {
            v["event"] == "activated"
        });
        seen.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "second start (10 runs): ended with 0 after {:.0} ms median, max {:.0} ms; the running copy logged activated after {:.0} ms median",
        median(&mut ended.clone()),
        ended.iter().cloned().fold(0.0, f64::max),
        median(&mut seen)
    );
    d.signal(libc::SIGINT);
    let _ = d.wait_exit(Duration::from_secs(10));
}

#[test]
#[ignore]
fn bench_translations() {
    use blockwatch::core::lang::Lang;
    use blockwatch::present::tr::{Isolation, Tr, MESSAGES};
    println!();
    for lang in Lang::ALL {
        let t0 = Instant::now();
        let tr = Tr::new(lang, Isolation::Off);
        let load = t0.elapsed();
        let t1 = Instant::now();
        let mut bytes = 0;
        for (id, _) in MESSAGES {
            bytes += tr.render(id, None).len();
        }
        println!(
            "i18n {:5}: bundle built in {:.2} ms; all {} messages rendered in {:.2} ms ({bytes} bytes)",
            lang.folder(),
            load.as_secs_f64() * 1e3,
            MESSAGES.len(),
            t1.elapsed().as_secs_f64() * 1e3
        );
    }
}

/// Ten profiles of realistic size (Chromium `Preferences` of ~400 KiB with
/// 40 extensions, Firefox `extensions.json` and `prefs.js` of a long-used
/// profile): how long one browser scan takes, warm cache.
#[test]
#[ignore]
fn bench_browser_scan_ten_profiles() {
    use blockwatch::adapters::browsers::{roots_in, scan_roots};
    use common::browsers::*;
    use serde_json::json;
    println!();
    let tmp = tempfile::tempdir().unwrap();
    let h = BrowserHome::new(tmp.path());
    let mut settings = serde_json::Map::new();
    for i in 0..40u8 {
        let id: String = (0..32).map(|j| (b'a' + (i + j) % 16) as char).collect();
        let mut e = ext(json!([]), None);
        e["manifest"] = json!({"name": format!("Extension {i}"), "description": "x".repeat(2000),
                               "permissions": ["tabs", "storage", "<all_urls>"]});
        settings.insert(id, e);
    }
    settings.insert(HOLA.into(), ext(json!([]), Some("198.51.100.21:3128")));
    let mut prefs = chromium_prefs(serde_json::Value::Object(settings), false);
    let bulk: Vec<String> = (0..3000)
        .map(|i| format!("https://site{i}.example:443,*"))
        .collect();
    prefs["profile"]["content_settings"]["exceptions"]["site_engagement"] = json!(bulk
        .iter()
        .map(|k| (
            k.clone(),
            json!({"last_modified": "13345678901234567", "setting": {"rawScore": 4.5}})
        ))
        .collect::<serde_json::Map<_, _>>());
    for (root, profile) in [
        ("google-chrome", "Default"),
        ("google-chrome", "Profile 1"),
        ("google-chrome", "Profile 2"),
        ("chromium", "Default"),
        ("BraveSoftware/Brave-Browser", "Default"),
        ("microsoft-edge", "Default"),
    ] {
        h.chromium(
            root,
            profile,
            Some(prefs.clone()),
            Some(json!({"protection": {"macs": {}}})),
        );
    }
    let mut ini = String::new();
    let list: Vec<(String, bool)> = (0..150)
        .map(|i| (format!("addon{i}@example.org"), true))
        .collect();
    let list: Vec<(&str, bool)> = list.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    let prefs_js: String = (0..1500)
        .map(|i| format!("user_pref(\"browser.some.pref{i}\", \"{}\");\n", "v".repeat(40)))
        .collect::<String>()
        + "user_pref(\"network.proxy.type\", 1);\nuser_pref(\"network.proxy.ssl\", \"198.51.100.21\");\n";
    for i in 0..4 {
        ini.push_str(&format!(
            "[Profile{i}]\nName=p{i}\nIsRelative=1\nPath=Profiles/p{i}\n\n"
        ));
        BrowserHome::firefox_profile(
            &h.firefox_dir().join(format!("Profiles/p{i}")),
            Some(addons(&list)),
            Some(&prefs_js),
        );
    }
    h.profiles_ini(&ini);
    let size = |p: &str| {
        std::fs::metadata(h.config.join(p))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    let roots = roots_in(&h.home, &h.config);
    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let found = scan_roots(&roots, "chatgpt.com", Duration::from_secs(10));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(found.len(), 10);
    }
    let max = times.iter().cloned().fold(0.0, f64::max);
    println!(
        "browser scan, ten profiles (Preferences {} KiB each): median {:.1} ms, max {:.1} ms over 20 runs",
        size("google-chrome/Default/Preferences") / 1024,
        median(&mut times),
        max
    );
}

/// Peak RSS of each command with hostile files on disk (target: < 16 MiB):
/// a 100 MB history of junk lines, a 100 MB sparse state, a config from
/// /dev/zero or of 300 MB. Measured per child with wait4 (the daemon: VmHWM
/// after its first verdict).
#[test]
#[ignore]
fn bench_peak_rss_with_hostile_files() {
    println!();
    let f = fixture("block_1020_tailwind");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();
    let cfg = s.config(&site.url(""), "", "");
    let dir = s.path().join("state/blockwatch");
    std::fs::create_dir_all(&dir).unwrap();
    let junk = "not json at all, just noise ".repeat(40) + "\n";
    let block = junk.repeat(1024 * 1024 / junk.len());
    {
        use std::io::Write;
        let mut h = std::fs::File::create(dir.join("history.jsonl")).unwrap();
        for _ in 0..100 {
            h.write_all(block.as_bytes()).unwrap();
        }
    }
    std::fs::File::create(dir.join("history.1.jsonl"))
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    std::fs::File::create(dir.join("state.json"))
        .unwrap()
        .set_len(100 << 20)
        .unwrap();
    let huge = s.path().join("huge.toml");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(300 << 20)
        .unwrap();
    let c = cfg.to_str().unwrap();
    let runs: [(&str, Vec<&str>); 7] = [
        (
            "check (hostile state and history on disk)",
            vec!["--config", c, "check"],
        ),
        ("check --json", vec!["--config", c, "check", "--json"]),
        ("history (100 MB junk + 100 MB rotated)", vec!["history"]),
        ("history -n 5", vec!["history", "-n", "5"]),
        (
            "config --config /dev/zero",
            vec!["--config", "/dev/zero", "config"],
        ),
        (
            "config --config huge.toml (300 MB)",
            vec!["--config", huge.to_str().unwrap(), "config"],
        ),
        ("fix (reads the state)", vec!["--config", c, "fix"]),
    ];
    for (what, args) in runs {
        let mut cmd = s.command(BIN);
        cmd.args(&args).env("BROWSER", "true");
        let (code, _, _, rss) = run_measured(cmd, Duration::from_secs(30));
        println!("peak RSS {what}: {rss} KiB (exit {code:?})");
    }
    // Last: the daemon replaces the state, so it runs after `fix`.
    let mut d = s.spawn(&["--config", c, "run", "--headless"], &[]);
    let pid = d.child.id();
    d.expect("first verdict", Duration::from_secs(20), |v| {
        v["event"] == "verdict"
    });
    println!(
        "peak RSS daemon start (100 MB state and history): {} KiB (VmHWM)",
        status_field(pid, "VmHWM:")
    );
    d.signal(libc::SIGINT);
    let _ = d.wait_exit(Duration::from_secs(10));
}
