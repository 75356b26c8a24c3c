//! Windows: the current user's Internet Settings, the values WinINet (and
//! WinHTTP's "IE settings", which browsers follow) read. Tested under Wine
//! by writing them with `wine reg add` (`tests/wine/smoke.sh`).

use crate::adapters::registry::{get_dword, get_string};
use crate::core::local::proxy::{from_windows, SystemProxy};

const KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings";

pub fn system() -> SystemProxy {
    from_windows(
        get_dword(KEY, "ProxyEnable"),
        get_string(KEY, "ProxyServer").as_deref(),
        get_string(KEY, "ProxyOverride").as_deref(),
        get_string(KEY, "AutoConfigURL").as_deref(),
    )
}
