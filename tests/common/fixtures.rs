//! Response fixtures: raw HTTP responses from files (tests/fixtures), and
//! the gzip bomb made on demand.
#![allow(dead_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A raw HTTP response file: status line, headers, blank line, body.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

pub fn fixture(name: &str) -> Fixture {
    let path = fixtures_dir()
        .join("responses")
        .join(format!("{name}.http"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_fixture(&text)
}

pub fn parse_fixture(text: &str) -> Fixture {
    let text = text.replace("\r\n", "\n");
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let _version = parts.next();
    let status = parts.next().and_then(|s| s.parse().ok()).expect("status");
    let reason = parts.next().unwrap_or("").to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Fixture {
        status,
        reason,
        headers,
        body: body.as_bytes().to_vec(),
    }
}

impl Fixture {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason).into_bytes();
        for (k, v) in &self.headers {
            if k.eq_ignore_ascii_case("content-length") || k.eq_ignore_ascii_case("connection") {
                continue;
            }
            out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "Content-Length: {}\r\nConnection: close\r\n\r\n",
                self.body.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&self.body);
        out
    }
}

/// "error code: 1020" and then `n` bytes of zeros, gzip-compressed (made
/// once per size: compressing is slow in a debug build).
pub fn gzip_bomb(n: usize) -> Vec<u8> {
    static CACHE: Mutex<Vec<(usize, Vec<u8>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap();
    if let Some((_, b)) = cache.iter().find(|(size, _)| *size == n) {
        return b.clone();
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(b"error code: 1020\n").unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..(n >> 20) {
        enc.write_all(&zeros).unwrap();
    }
    let bomb = enc.finish().unwrap();
    cache.push((n, bomb.clone()));
    bomb
}
