//! The one application id blockwatch is known by on every desktop: the
//! AppStream id and the launcher's file name (Linux), the AppUserModelID of
//! the toasts (Windows), the bundle identifier and the LaunchAgent's label
//! (macOS). Defined here once, below every layer, so that adapters and
//! presentation read the same constant; `tests/app_id.rs` reads each copy
//! that lives in a file (metainfo, desktop entries, plists, the Debian
//! assets) and asserts they are this one. Imports nothing.

/// Reverse-DNS, as freedesktop and Apple want it; `.desktop`, `.plist` and
/// `.metainfo.xml` files are named after it.
pub const APP_ID: &str = "io.github.blockwatch.Blockwatch";

/// The name macOS shows for the bundle (`Blockwatch.app`).
pub const BUNDLE_NAME: &str = "Blockwatch";
