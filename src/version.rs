//! Who this build is: the version shown by `--version`, `config` and the
//! metrics (the crate's version, with the git description when built from
//! a checkout: build.rs), and the one application id of every platform.

/// The application id: Windows' AppUserModelID (the Start menu shortcut
/// the MSI installs, toasts), and the reverse-DNS id elsewhere.
pub const APP_ID: &str = "io.github.blockwatch.Blockwatch";

/// For example `0.1.0 (git 7692ad2)`, or `0.1.0` from a tarball.
pub const VERSION: &str = env!("BLOCKWATCH_VERSION");

#[cfg(test)]
mod tests {
    #[test]
    fn starts_with_the_crate_version() {
        assert!(super::VERSION.starts_with(env!("CARGO_PKG_VERSION")));
        assert!(!super::VERSION.contains('\n'));
    }
}
