//! The fix page in Persian as a browser draws it: headless Chromium renders
//! the page `blockwatch --lang fa fix` wrote, and the header's accent bar,
//! which stands at the start of a line, must be on the right; in English on
//! the left. The Persian and English screenshots are kept beside each other
//! in `tests/screenshots/` when BLOCKWATCH_SCREENSHOTS=1.
// Debian's headless Chromium: Linux only.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(60);
const WIDTH: usize = 900;
/// The accent of a blocked address (`#c62828`).
const ACCENT: [u8; 3] = [0xc6, 0x28, 0x28];

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// The page `fix` writes for a 1020 block, in `lang`.
fn page(s: &Scratch, site: &FakeSite, lang: &str) -> (PathBuf, String) {
    let cfg = s.config(&site.url(""), "", "");
    let run = s.run(
        &["--config", cfg.to_str().unwrap(), "--lang", lang, "fix"],
        &[("BROWSER", "true")],
        LIMIT,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let path = PathBuf::from(run.stdout.trim());
    let html = std::fs::read_to_string(&path).unwrap();
    (path, html)
}

fn screenshot(s: &Scratch, page: &Path, png: &Path) {
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            &format!("--user-data-dir={}", s.path().join("chromium").display()),
            &format!("--window-size={WIDTH},1400"),
            &format!("--screenshot={}", png.display()),
            &format!("file://{}", page.display()),
        ])
        .env("HOME", s.path())
        .output()
        .expect("chromium");
    assert!(
        png.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The columns of the image's top 300 rows where the accent colour is.
fn accent_columns(png: &Path) -> Vec<usize> {
    let out = Command::new("convert")
        .arg(png)
        .args([
            "-crop",
            &format!("{WIDTH}x300+0+0"),
            "+repage",
            "-depth",
            "8",
            "rgb:-",
        ])
        .output()
        .expect("convert (imagemagick)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cols: Vec<usize> = out
        .stdout
        .chunks_exact(3)
        .enumerate()
        .filter(|(_, p)| p.iter().zip(ACCENT).all(|(a, b)| a.abs_diff(b) < 12))
        .map(|(i, _)| i % WIDTH)
        .collect();
    cols.sort_unstable();
    cols.dedup();
    cols
}

fn font_installed(family: &str) -> bool {
    Command::new("fc-match")
        .args(["-f", "%{family}", family])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(family))
        .unwrap_or(false)
}

#[test]
fn the_persian_page_reads_right_to_left() {
    assert!(
        have("chromium") && have("convert") && have("fc-match"),
        "run .ci/install-deps test"
    );
    assert!(
        font_installed("Noto Sans Arabic"),
        "fonts-noto-core is missing"
    );
    let f = fixture("block_1020_plain");
    let site = FakeSite::start(site_handler(move |_| Reply::Fixture(f.clone())));
    let s = Scratch::new();

    let (fa_page, fa) = page(&s, &site, "fa");
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"), "{fa}");
    assert!(fa.contains("\"Noto Sans Arabic\""), "{fa}");
    assert!(fa.contains("چه باید کرد، به همین ترتیب"), "{fa}");
    // Addresses and numbers inside Persian sentences are isolated.
    assert!(fa.contains("\u{2068}1020\u{2069}"), "{fa}");
    let fa_png = s.path().join("fix-page-fa.png");
    screenshot(&s, &fa_page, &fa_png);

    let en_dir = Scratch::new();
    let (en_page, en) = page(&en_dir, &site, "en");
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"), "{en}");
    assert!(!en.contains('\u{2068}'), "English needs no isolation marks");
    let en_png = s.path().join("fix-page-en.png");
    screenshot(&s, &en_page, &en_png);

    let fa_bar = accent_columns(&fa_png);
    let en_bar = accent_columns(&en_png);
    assert!(
        !fa_bar.is_empty() && !en_bar.is_empty(),
        "no accent bar drawn"
    );
    assert!(
        fa_bar.iter().all(|c| *c > WIDTH / 2),
        "Persian accent bar not on the right: {fa_bar:?}"
    );
    assert!(
        en_bar.iter().all(|c| *c < WIDTH / 2),
        "English accent bar not on the left: {en_bar:?}"
    );

    if std::env::var_os("BLOCKWATCH_SCREENSHOTS").is_some() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots");
        std::fs::copy(&fa_png, dir.join("fix-page-fa.png")).unwrap();
    }
}
