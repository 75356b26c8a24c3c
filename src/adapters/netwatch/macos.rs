//! macOS: the SystemConfiguration dynamic store, which configd updates when
//! links, addresses, the primary service or a VPN change. Its callbacks run
//! on a CFRunLoop, so the store lives on a thread of its own.

use std::io;
use system_configuration::core_foundation::array::CFArray;
use system_configuration::core_foundation::runloop::{kCFRunLoopCommonModes, CFRunLoop};
use system_configuration::core_foundation::string::CFString;
use system_configuration::dynamic_store::{
    SCDynamicStore, SCDynamicStoreBuilder, SCDynamicStoreCallBackContext,
};
use tokio::sync::mpsc::UnboundedSender;

const PATTERNS: [&str; 4] = [
    "State:/Network/Global/IPv[46]",
    "State:/Network/Interface/.*/(Link|IPv4|IPv6)",
    "State:/Network/Service/.*/(IPv4|IPv6)",
    "State:/Network/Interface",
];

fn changed(_store: SCDynamicStore, _keys: CFArray<CFString>, tx: &mut UnboundedSender<()>) {
    if tx.send(()).is_err() {
        CFRunLoop::get_current().stop();
    }
}

pub fn spawn(tx: UnboundedSender<()>) -> io::Result<()> {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<()>>();
    std::thread::Builder::new()
        .name("netwatch".into())
        .spawn(move || {
            let store = SCDynamicStoreBuilder::new("blockwatch")
                .callback_context(SCDynamicStoreCallBackContext {
                    callout: changed,
                    info: tx,
                })
                .build();
            let Some(store) = store else {
                let _ = ready_tx.send(Err(io::Error::other("SCDynamicStoreCreate failed")));
                return;
            };
            let keys: CFArray<CFString> = CFArray::from_CFTypes(&[]);
            let patterns: Vec<CFString> = PATTERNS.iter().map(|p| CFString::new(p)).collect();
            let patterns = CFArray::from_CFTypes(&patterns);
            let Some(source) = store
                .set_notification_keys(&keys, &patterns)
                .then(|| store.create_run_loop_source())
                .flatten()
            else {
                let _ = ready_tx.send(Err(io::Error::other("dynamic store notifications refused")));
                return;
            };
            let run_loop = CFRunLoop::get_current();
            // SAFETY: a constant CFString from the framework.
            run_loop.add_source(&source, unsafe { kCFRunLoopCommonModes });
            let _ = ready_tx.send(Ok(()));
            CFRunLoop::run_current();
        })?;
    ready_rx
        .recv()
        .unwrap_or_else(|_| Err(io::Error::other("network watch thread ended")))
}
