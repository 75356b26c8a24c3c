//! Fuzzing every parser of outside input for a bounded time: the classifier
//! (arbitrary status, headers and bodies), the trace, the status page JSON,
//! the configuration, history lines, the saved state, browser profile
//! files, and DNS replies (UDP datagrams and DoH bodies).
//!
//! A small mutation engine (no crate, no coverage feedback): each target
//! starts from its seeds in `tests/fixtures/fuzz/<target>/` (the classifier
//! from `tests/fixtures/responses/`), runs every seed as it is, then mutated
//! inputs (bit flips, control and bidi characters, splices between seeds,
//! huge numbers, deep nesting, long runs) and checks properties beyond "no
//! panic". In the test suite each target runs for one second; longer:
//!
//!     BLOCKWATCH_FUZZ_SECS=600 cargo test --release --test fuzz_parsers -- --nocapture
//!
//! `BLOCKWATCH_FUZZ_SEED=N` repeats a run's sequence (the seed is printed). A
//! failing input is written to `target/fuzz-failures/`; copy it into the
//! target's seed directory to keep it as a regression test.

mod common;

use blockwatch::adapters::files::{self, Paths};
use blockwatch::config::Config;
use blockwatch::core::site::classify::classify_response;
use blockwatch::core::site::verdict::{HttpResponse, VerdictKind as K};
use blockwatch::present::cli::config_error_text;
use blockwatch::present::tr::Tr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MAX_INPUT: usize = 300 * 1024;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Tokens every parser meets in hostile input.
const COMMON_DICT: &[&[u8]] = &[
    b"\x1b]0;owned\x07",
    b"\x1b[2J",
    b"\x1b[31m",
    b"\xc2\x9b",
    b"\xe2\x80\xae",
    b"\xe2\x81\xa6",
    b"\x00",
    b"\x7f",
    b"\r\n",
    b"\n",
    b"\xff\xfe",
    b"99999999999999999999999",
    b"-1",
    b"NaN",
    b"\"",
    b"\\",
    b"[[[[[[[[[[[[[[[[",
    b"{{{{{{{{",
    b"a.a.a.a.a.a.a.a.a.a",
];

fn mutate(rng: &mut Rng, input: &[u8], pool: &[Vec<u8>], dict: &[&[u8]]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = v.len();
        let at = rng.below(len + 1);
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                v[i] = [
                    0, 0x1b, 0x7f, 0x80, 0xff, b'\n', b'"', b'[', b'{', b'.', b'=', b':',
                ][rng.below(12)];
            }
            2 => {
                let end = (at + 1 + rng.below(64)).min(len);
                v.drain(at..end);
            }
            3 => {
                let end = (at + 1 + rng.below(256)).min(len);
                let chunk = v[at..end].to_vec();
                let to = rng.below(v.len() + 1);
                v.splice(to..to, chunk);
            }
            4 | 5 => {
                let token: &[u8] = if rng.below(2) == 0 && !dict.is_empty() {
                    dict[rng.below(dict.len())]
                } else {
                    COMMON_DICT[rng.below(COMMON_DICT.len())]
                };
                v.splice(at..at, token.iter().copied());
            }
            6 if !pool.is_empty() => {
                let other = &pool[rng.below(pool.len())];
                let from = rng.below(other.len() + 1);
                v.truncate(at);
                v.extend_from_slice(&other[from..]);
            }
            7 => v.truncate(at),
            8 => {
                let end = (at + 1 + rng.below(8)).min(len);
                let chunk = if end > at {
                    v[at..end].to_vec()
                } else {
                    b"[".to_vec()
                };
                let times = 1 + rng.below(4096);
                let run: Vec<u8> = chunk
                    .iter()
                    .copied()
                    .cycle()
                    .take(chunk.len() * times)
                    .collect();
                v.splice(at..at, run);
            }
            _ => {
                let n = rng.next().to_string();
                v.splice(at..at, n.bytes());
            }
        }
    }
    v.truncate(MAX_INPUT);
    v
}

fn seeds(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let out: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(!out.is_empty(), "no seeds in {}", dir.display());
    out
}

fn fuzz_dir(target: &str) -> PathBuf {
    common::fixtures_dir().join("fuzz").join(target)
}

/// Run `check` on every seed, then on mutated inputs until the time is up.
fn fuzz(target: &str, seeds: Vec<Vec<u8>>, dict: &[&[u8]], check: impl Fn(&[u8])) {
    let secs: f64 = std::env::var("BLOCKWATCH_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let seed: u64 = std::env::var("BLOCKWATCH_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    let mut rng = Rng(seed);
    let run_one = |input: &[u8]| {
        if catch_unwind(AssertUnwindSafe(|| check(input))).is_err() {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let path = dir.join(format!("{target}-{seed}-{}.bin", input.len()));
            let _ = std::fs::write(&path, input);
            panic!(
                "fuzz {target}: failed on the input saved as {} (BLOCKWATCH_FUZZ_SEED={seed})",
                path.display()
            );
        }
    };
    for s in &seeds {
        run_one(s);
    }
    let mut pool = seeds;
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let mut n = 0u64;
    while Instant::now() < deadline {
        let base = pool[rng.below(pool.len())].clone();
        let input = mutate(&mut rng, &base, &pool, dict);
        run_one(&input);
        // Mutations compound: some inputs become bases.
        if rng.below(8) == 0 {
            if pool.len() < 256 {
                pool.push(input);
            } else {
                let i = rng.below(pool.len());
                pool[i] = input;
            }
        }
        n += 1;
    }
    eprintln!("fuzz {target}: {n} inputs in {secs}s (BLOCKWATCH_FUZZ_SEED={seed})");
}

fn no_control(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

/// Fixture text as the probe would see it: status line, headers, body.
fn response_from(input: &[u8]) -> HttpResponse {
    let text = String::from_utf8_lossy(input);
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse::<u16>().ok())
        .unwrap_or(200);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    HttpResponse {
        status,
        headers,
        body: body.as_bytes().to_vec(),
        body_truncated: false,
    }
}

#[test]
fn fuzz_classifier() {
    let mut seeds = seeds(&common::fixtures_dir().join("responses"));
    // Block pages, their look-alikes and the 5xx of devices in between.
    seeds.extend(self::seeds(
        &common::fixtures_dir().join("filters/lookalikes"),
    ));
    let dict: &[&[u8]] = &[
        b"cf-mitigated: challenge\n",
        b"server: cloudflare\n",
        b"cf-ray: 8e5a1c2b3d4f5a77-FRA\n",
        b"retry-after: ",
        b"error code: 1020",
        b"<title>Attention Required! | Cloudflare</title>",
        b"---\ntype: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1020/\n",
        b"{\"type\":\"https://developers.cloudflare.com/",
        b"/cdn-cgi/challenge-platform/",
        b"HTTP/1.1 200 OK\n",
        b"HTTP/1.1 403 Forbidden\n",
        b"HTTP/1.1 302 Found\n",
    ];
    fuzz("classifier", seeds, dict, |input| {
        let resp = response_from(input);
        for expect_cf in [true, false] {
            let v = classify_response(&resp, expect_cf);
            if (200..400).contains(&resp.status) {
                // The site's own 2xx/3xx is never a block; only an answer
                // without Cloudflare where it is expected is someone else's.
                let foreign = expect_cf && !v.via_cloudflare;
                let allowed = match v.kind {
                    K::Reachable | K::Challenge => true,
                    K::CaptivePortal | K::Filtered => foreign,
                    _ => false,
                };
                assert!(
                    allowed,
                    "a {} became {:?} (foreign: {foreign})",
                    resp.status, v.kind
                );
            }
            if resp
                .header("cf-mitigated")
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("challenge"))
            {
                assert_eq!(v.kind, K::Challenge);
            }
            serde_json::to_string(&v).unwrap();
        }
    });
}

#[test]
fn fuzz_trace() {
    let dict: &[&[u8]] = &[
        b"ip=",
        b"loc=",
        b"colo=",
        b"warp=",
        b"\nloc=\x1b[\n",
        b"::ffff:",
    ];
    fuzz("trace", seeds(&fuzz_dir("trace")), dict, |input| {
        let text = String::from_utf8_lossy(input);
        if let Some(t) = blockwatch::core::site::trace::parse_trace(&text) {
            // Shown in reports and notifications: never a control character.
            for s in [&t.loc, &t.colo].into_iter().flatten() {
                assert!(no_control(s) && s.len() <= 8, "{s:?}");
            }
        }
    });
}

#[test]
fn fuzz_status_page() {
    let dict: &[&[u8]] = &[
        b"\"indicator\":\"major\"",
        b"\"incidents\":[{\"name\":\"x\"},",
        b"\"components\":[{\"name\":\"Conversations\",\"status\":\"major_outage\"}",
        b"null",
        b"[]",
    ];
    fuzz("status", seeds(&fuzz_dir("status")), dict, |input| {
        let text = String::from_utf8_lossy(input);
        let _ = blockwatch::core::site::status::parse_summary(&text, "Conversations");
    });
}

#[test]
fn fuzz_config() {
    let dict: &[&[u8]] = &[
        b"[target]\n",
        b"[monitor]\n",
        b"user_agent = \"",
        b"reminder = \"",
        b"interval = \"1s\"\n",
        b"target.interval = \"1s\"\n",
        b"target = { timeout = \"99s\" }\n",
        b"\\u0000",
        b"\\r\\n",
        b"\"\"\"",
        b"'''",
    ];
    fuzz("config", seeds(&fuzz_dir("config")), dict, |input| {
        match Config::parse_bytes(input, Path::new("/x/config.toml")) {
            Ok(cfg) => {
                // Whatever passes the parser can be sent.
                let ua = &cfg.target.user_agent;
                assert!(reqwest::header::HeaderValue::from_str(ua).is_ok(), "{ua:?}");
                let r = cfg.monitor.reminder.0;
                assert!(r.is_none_or(|r| r >= blockwatch::config::MIN_REMINDER));
            }
            Err(e) => {
                // Every error names its line, and stays readable in size.
                let shown = config_error_text(Tr::english(), &e);
                assert!(e.line.is_some(), "no line: {shown}");
                assert!(shown.len() < 1000, "{} bytes", shown.len());
            }
        }
    });
}

fn scratch_paths() -> (tempfile::TempDir, Paths) {
    let dir = tempfile::tempdir().unwrap();
    let p = Paths {
        state: dir.path().join("state"),
        runtime: dir.path().join("run"),
    };
    p.ensure().unwrap();
    (dir, p)
}

#[test]
fn fuzz_history() {
    let (_dir, paths) = scratch_paths();
    let dict: &[&[u8]] = &[
        b"{\"ts\":\"2026-11-28T07:00:00Z\",\"event\":\"online\"}\n",
        b"\"event\":",
    ];
    fuzz("history", seeds(&fuzz_dir("history")), dict, |input| {
        std::fs::write(paths.history(), input).unwrap();
        let all = files::read_history(&paths, None);
        let last = files::read_history(&paths, Some(3));
        assert!(last.lines.len() <= 3);
        assert!(all.lines.len() >= last.lines.len());
        assert_eq!(all.lines.iter().rev().take(3).count(), last.lines.len());
        if all.unreadable {
            assert!(all.lines.is_empty());
        }
    });
}

#[test]
fn fuzz_state() {
    let (_dir, paths) = scratch_paths();
    let dict: &[&[u8]] = &[
        b"\"requests_wall_ms\":[1,2,3,",
        b"\"processes\":[\"x\",",
        b"null",
    ];
    fuzz("state", seeds(&fuzz_dir("state")), dict, |input| {
        std::fs::write(paths.state_file(), input).unwrap();
        if let Ok(Some(s)) = files::load_state(&paths) {
            assert!(s.requests_wall_ms.len() <= 4096);
        }
    });
}

/// Browser profile files (issue 8's parsers): Chromium `Preferences` and
/// manifests, Firefox `profiles.ini`, `extensions.json` and `prefs.js`. Each
/// input goes through every parser, so a splice of two formats is tried too.
/// What reaches the words (names, details) carries no control characters.
#[test]
fn fuzz_browser_profiles() {
    use blockwatch::core::browsers::{chromium, firefox, Finding};
    use std::collections::BTreeMap;
    let dict: &[&[u8]] = &[
        b"\"disable_reasons\":[]",
        b"\"disable_reasons\":1",
        b"\"preferences\":{\"proxy\":{\"mode\":\"fixed_servers\",\"server\":\"",
        b"\"__MSG_appName__\"",
        b"\"active\":true",
        b"user_pref(\"network.proxy.type\", 2);",
        b"user_pref(\"network.trr.mode\", 3);",
        b"[Profile9]\nIsRelative=0\nPath=/etc\n",
    ];
    let clean = |f: &[Finding]| {
        for x in f {
            assert!(no_control(&x.name), "control character in {:?}", x.name);
            assert!(x.detail.as_deref().is_none_or(no_control), "{:?}", x.detail);
        }
    };
    fuzz("browsers", seeds(&fuzz_dir("browsers")), dict, |input| {
        let text = String::from_utf8_lossy(input);
        if let Ok(p) = chromium::parse_prefs(input) {
            let names: BTreeMap<String, String> = p
                .needs_name()
                .into_iter()
                .map(|id| (id.to_string(), chromium::clean(&text, 64)))
                .collect();
            clean(&p.findings(&names));
        }
        let _ = chromium::manifest_name(input);
        let _ = chromium::message(input, "appName");
        let _ = firefox::parse_profiles_ini(&text);
        if let Ok(f) = firefox::parse_extensions(input) {
            clean(&f);
        }
        clean(&firefox::pref_findings(
            &firefox::parse_prefs_js(&text),
            "chatgpt.com",
        ));
    });
}

/// The DNS seeds are the hostile servers' repertoire (`common::dnsmsg`)
/// and honest replies, for `chatgpt.com`, one file each (the first
/// datagram of a case); `BLOCKWATCH_WRITE_SEEDS=1` writes them anew.
#[test]
fn dns_seeds_are_the_hostile_cases() {
    use common::dnsmsg::{honest, hostile, A, AAAA};
    let dir = fuzz_dir("dns");
    let mut want: Vec<(String, Vec<u8>)> = Vec::new();
    for (case, mut datagrams) in hostile("chatgpt.com", 0x4f2a, A) {
        want.push((format!("hostile-{case}.bin"), datagrams.swap_remove(0)));
    }
    for (qtype, family) in [(A, "a"), (AAAA, "aaaa")] {
        for (case, m) in honest("chatgpt.com", 0, qtype) {
            want.push((format!("honest-{family}-{case}.bin"), m));
        }
    }
    let write = std::env::var_os("BLOCKWATCH_WRITE_SEEDS").is_some();
    for (file, bytes) in &want {
        if write {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        let have = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(have == *bytes, "{file} differs: BLOCKWATCH_WRITE_SEEDS=1");
    }
}

/// The property every DNS input must keep, asked the way the stub (a UDP
/// datagram read into 1500 bytes) or DoH (a body of at most 64 KiB) asks:
/// an answer is believed for one question only, carries addresses of the
/// asked family only, and a reply not believed never becomes a DNS filter.
fn dns_properties(msg: &[u8]) {
    use blockwatch::core::names::dns::{self, judge, Answer, DnsFacts, NameAnswer, Role};
    use blockwatch::core::names::dnswire::{parse, QType, WireError};
    let id = msg.get(..2).map_or(0, |b| u16::from_be_bytes([b[0], b[1]]));
    let ask = |qtype| parse(msg, id, "chatgpt.com", qtype);
    let (a, aaaa) = (ask(QType::A), ask(QType::Aaaa));
    for (r, qtype, v4) in [(&a, QType::A, true), (&aaaa, QType::Aaaa, false)] {
        let Ok(reply) = r else { continue };
        assert!(reply.addrs.iter().all(|ip| ip.is_ipv4() == v4), "{reply:?}");
        let other = if v4 { QType::Aaaa } else { QType::A };
        assert!(
            parse(msg, id, "chatgpt.com", other).is_err(),
            "two questions"
        );
        assert!(parse(msg, id, "openai.com", qtype).is_err(), "two names");
        let wrong = parse(msg, id.wrapping_add(1), "chatgpt.com", qtype);
        assert_eq!(wrong, Err(WireError::WrongId));
        let zone = reply.authority.as_deref().unwrap_or_default();
        assert!(no_control(zone) && zone.len() <= 4 * 255, "{zone:?}");
    }
    let answer = Answer::from_replies(a.map_err(dns::failure), aaaa.map_err(dns::failure));
    let name = |n: &str, role, answer| NameAnswer {
        name: n.into(),
        role,
        server: None,
        answer,
    };
    let control = Answer::Addresses {
        addrs: vec!["104.16.184.241".parse().unwrap()],
    };
    let facts = DnsFacts {
        answers: vec![
            name("chatgpt.com", Role::Target, answer.clone()),
            name("icanhazip.com", Role::Control, control),
        ],
        ..Default::default()
    };
    if let Answer::Failed { .. } = answer {
        assert_eq!(judge(&facts), None, "a failed lookup judged a filter");
    }
    serde_json::to_string(&facts).unwrap();
}

const DNS_DICT: &[&[u8]] = &[
    b"\x07chatgpt\x03com\x00",
    b"\x00\x01\x00\x01",
    b"\x00\x1c\x00\x01",
    b"\xc0\x0c",
    b"\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\x00\x00\x00\x00",
    b"\xc0\x0c\x00\x05\x00\x01\x00\x00\x00\x3c\x00\x02\xc0\x0c",
    b"\x00\x06\x00\x01\x00\x00\x00\x3c\x00\x00",
    b"\x81\x80",
    b"\x81\x83",
    b"\x3f",
    b"\xff\xff",
];

#[test]
fn fuzz_dns_udp() {
    fuzz("dns-udp", seeds(&fuzz_dir("dns")), DNS_DICT, |input| {
        dns_properties(&input[..input.len().min(1500)]);
    });
}

#[test]
fn fuzz_dns_doh() {
    fuzz("dns-doh", seeds(&fuzz_dir("dns")), DNS_DICT, |input| {
        // A longer body is refused unread by the adapter.
        if input.len() <= 65_535 {
            dns_properties(input);
        }
    });
}
