//! Puts the version into the binaries: the crate's version, and the git
//! description when built from a checkout. A tarball, or a machine without
//! git, gets the crate's version alone.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (out.status.success() && !text.is_empty()).then(|| text.to_string())
}

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    println!("cargo:rerun-if-changed=build.rs");
    // Only this crate's own checkout: a crate unpacked inside some other
    // repository must not take that repository's description.
    let described = if root.join(".git").exists() {
        // Rebuild when HEAD moves (commit, checkout, rebase, reset); a
        // worktree keeps its HEAD and log in its own git dir.
        if let Some(dir) = git(root, &["rev-parse", "--absolute-git-dir"]) {
            println!("cargo:rerun-if-changed={dir}/HEAD");
            println!("cargo:rerun-if-changed={dir}/logs/HEAD");
        }
        git(
            root,
            &["describe", "--tags", "--always", "--match", "v[0-9]*"],
        )
    } else {
        None
    };
    let full = match described {
        Some(d) => format!("{version} (git {d})"),
        None => version,
    };
    println!("cargo:rustc-env=BLOCKWATCH_VERSION={full}");
}
