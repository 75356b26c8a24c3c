//! Writes the files the Debian package installs besides the binaries, each
//! made from the crate's own source of truth: man pages from the clap
//! definition (clap_mangen), bash/zsh/fish completions (clap_complete), and
//! the login-start templates of `service/` filled with `/usr/bin/blockwatch`,
//! and the symbolic icons named by the application id. The tray package's
//! man page goes to `man/tray/` (the base package takes `man/*.1`).
//! An example rather than a subcommand, so the shipped binary stays lean.
//!
//!     cargo run --example package-assets -- target/package-assets
//!
//! (`.ci/package` runs it before `cargo deb`.)

use blockwatch::adapters::autostart::{
    desktop_exec_arg, fill, systemd_exec_arg, DESKTOP_TEMPLATE, SYSTEMD_TEMPLATE,
};
use blockwatch::adapters::icons::{symbolic_icons, write_symbolic};
use blockwatch::cli::Cli;
use blockwatch::present::tr::Tr;
use blockwatch::version::APP_ID;
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::{Path, PathBuf};

const BIN: &str = "/usr/bin/blockwatch";

/// The command line with its English help (the summaries and the exit
/// status come from the message files, as `--help` shows them).
fn english_help() -> clap::Command {
    blockwatch::present::cli::localize_help(Cli::command(), Tr::english())
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)?;
    println!("{}", path.display());
    Ok(())
}

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/package-assets".into()),
    );
    let man = out.join("man");
    let man_tray = man.join("tray");
    let completions = out.join("completions");
    let icons = out.join("icons");
    for dir in [&out, &man, &man_tray, &completions] {
        std::fs::create_dir_all(dir)?;
    }

    // One page per subcommand (blockwatch-check.1, ...) and blockwatch.1.
    clap_mangen::generate_to(english_help(), &man)?;
    // The tray helper takes the same command line (`blockwatch run` execs it).
    let tray = english_help()
        .name("blockwatch-tray")
        .about("blockwatch with its tray icon; `blockwatch run` starts it when there is a display");
    let mut page = Vec::new();
    clap_mangen::Man::new(tray).render(&mut page)?;
    write_bytes(&man_tray.join("blockwatch-tray.1"), &page)?;
    for entry in std::fs::read_dir(&man)? {
        let path = entry?.path();
        if path.is_file() {
            println!("{}", path.display());
        }
    }

    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let path =
            clap_complete::generate_to(shell, &mut Cli::command(), "blockwatch", &completions)?;
        println!("{}", path.display());
    }

    // Start at login for every user: the same entry `autostart enable`
    // writes, with the packaged path and the themed icon.
    write(
        &out.join("blockwatch-autostart.desktop"),
        &fill(DESKTOP_TEMPLATE, &desktop_exec_arg(BIN), APP_ID),
    )?;
    // For hicolor/symbolic/apps: the panel finds the tray's state icons by name.
    write_symbolic(&icons)?;
    for (name, _) in symbolic_icons() {
        println!("{}", icons.join(format!("{name}.svg")).display());
    }
    write(
        &out.join("blockwatch.service"),
        &fill(SYSTEMD_TEMPLATE, &systemd_exec_arg(BIN), ""),
    )?;
    Ok(())
}
