//! macOS: the proxies of the current network service from the dynamic
//! store (`State:/Network/Global/Proxies`, what `scutil --proxy` prints and
//! what Safari and Chrome follow). Compiled here, not run: see README.

use crate::core::local::proxy::{from_macos, MacProxies, MacServer, SystemProxy};
use std::ffi::c_void;
use system_configuration::core_foundation::array::CFArray;
use system_configuration::core_foundation::base::{CFType, CFTypeRef, TCFType};
use system_configuration::core_foundation::dictionary::CFDictionary;
use system_configuration::core_foundation::number::CFNumber;
use system_configuration::core_foundation::string::{CFString, CFStringRef};
use system_configuration::dynamic_store::SCDynamicStoreBuilder;
use system_configuration::sys::schema_definitions as keys;

type Dict = CFDictionary<CFString, CFType>;

fn number(d: &Dict, key: CFStringRef) -> Option<i64> {
    d.find(key)?.downcast::<CFNumber>()?.to_i64()
}

fn text(d: &Dict, key: CFStringRef) -> Option<String> {
    Some(d.find(key)?.downcast::<CFString>()?.to_string())
}

fn texts(d: &Dict, key: CFStringRef) -> Vec<String> {
    let Some(array) = d
        .find(key)
        .and_then(|v| v.downcast::<CFArray<*const c_void>>())
    else {
        return Vec::new();
    };
    array
        .iter()
        .filter_map(|item| {
            // SAFETY: an element of a live array, retained by the wrapper.
            let value = unsafe { CFType::wrap_under_get_rule(*item as CFTypeRef) };
            value.downcast::<CFString>().map(|s| s.to_string())
        })
        .collect()
}

fn server(d: &Dict, enable: CFStringRef, host: CFStringRef, port: CFStringRef) -> MacServer {
    MacServer {
        enabled: number(d, enable).unwrap_or(0) == 1,
        host: text(d, host),
        port: number(d, port).and_then(|p| u16::try_from(p).ok()),
    }
}

pub fn system() -> SystemProxy {
    let Some(d) = SCDynamicStoreBuilder::new("blockwatch")
        .build()
        .and_then(|store| store.get_proxies())
    else {
        return SystemProxy::default();
    };
    // SAFETY: constant CFStrings from the framework.
    let p = unsafe {
        MacProxies {
            http: server(
                &d,
                keys::kSCPropNetProxiesHTTPEnable,
                keys::kSCPropNetProxiesHTTPProxy,
                keys::kSCPropNetProxiesHTTPPort,
            ),
            https: server(
                &d,
                keys::kSCPropNetProxiesHTTPSEnable,
                keys::kSCPropNetProxiesHTTPSProxy,
                keys::kSCPropNetProxiesHTTPSPort,
            ),
            socks: server(
                &d,
                keys::kSCPropNetProxiesSOCKSEnable,
                keys::kSCPropNetProxiesSOCKSProxy,
                keys::kSCPropNetProxiesSOCKSPort,
            ),
            auto_config_enabled: number(&d, keys::kSCPropNetProxiesProxyAutoConfigEnable)
                .unwrap_or(0)
                == 1,
            auto_config_url: text(&d, keys::kSCPropNetProxiesProxyAutoConfigURLString),
            exceptions: texts(&d, keys::kSCPropNetProxiesExceptionsList),
            exclude_simple: number(&d, keys::kSCPropNetProxiesExcludeSimpleHostnames).unwrap_or(0)
                == 1,
        }
    };
    from_macos(&p)
}
