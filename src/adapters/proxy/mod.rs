//! The proxy the requests to a target go through, as the user's system sets
//! it: the environment's variables, then the operating system's own setting
//! (Windows' Internet Settings, macOS's network proxies; Linux desktops'
//! settings are not read). Every request blockwatch sends goes through what
//! this says (the HTTP clients ask it per connection), and the report shows
//! the same, so a proxy switched off while the monitor runs is off for both.

use crate::core::local::proxy::{choose, ProxyInUse, SystemProxy};

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as os;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as os;

#[cfg(not(any(windows, target_os = "macos")))]
mod os {
    /// Linux: only the environment (what curl and reqwest read).
    pub fn system() -> crate::core::local::proxy::SystemProxy {
        crate::core::local::proxy::SystemProxy::default()
    }
}

/// The operating system's proxy settings now (no network, a few registry
/// or dynamic-store reads).
pub fn system() -> SystemProxy {
    os::system()
}

/// The proxy for `url` now: the environment's, else the system's.
pub fn for_target(url: &url::Url) -> Option<ProxyInUse> {
    choose(url, |k| std::env::var(k).ok(), &system())
}

/// The proxy a request to `url` goes through (credentials kept); `None`:
/// direct, also when the system names a script (blockwatch runs none).
pub fn for_request(url: &url::Url) -> Option<url::Url> {
    let proxy = for_target(url)?;
    url::Url::parse(proxy.for_requests()?).ok()
}
