//! Windows: IP Helper change notifications (interfaces, routes, unicast
//! addresses). The OS calls back on its own threads; each call is one event.

use std::ffi::c_void;
use std::io;
use tokio::sync::mpsc::UnboundedSender;
use windows_sys::Win32::Foundation::{HANDLE, NO_ERROR};
use windows_sys::Win32::NetworkManagement::IpHelper::{
    CancelMibChangeNotify2, NotifyIpInterfaceChange, NotifyRouteChange2,
    NotifyUnicastIpAddressChange, MIB_IPFORWARD_ROW2, MIB_IPINTERFACE_ROW, MIB_NOTIFICATION_TYPE,
    MIB_UNICASTIPADDRESS_ROW,
};
use windows_sys::Win32::Networking::WinSock::AF_UNSPEC;

/// # Safety
/// `context` is the `UnboundedSender` leaked in `spawn`.
unsafe extern "system" fn changed<Row>(
    context: *const c_void,
    _row: *const Row,
    _kind: MIB_NOTIFICATION_TYPE,
) {
    let tx = &*(context as *const UnboundedSender<()>);
    let _ = tx.send(());
}

/// A registration that gives no handle did not happen: Wine's stubs report
/// success that way.
fn registered(what: &str, result: u32, handle: HANDLE) -> io::Result<()> {
    if result != NO_ERROR {
        return Err(io::Error::other(format!("{what}: error {result}")));
    }
    if handle.is_null() {
        return Err(io::Error::other(format!("{what}: not supported")));
    }
    Ok(())
}

pub fn spawn(tx: UnboundedSender<()>) -> io::Result<()> {
    // The OS may call back until the registrations are cancelled; they last
    // as long as the process (the daemon), so the sender does too.
    let context = Box::into_raw(Box::new(tx)) as *const c_void;
    let mut handles: [HANDLE; 3] = [std::ptr::null_mut(); 3];
    // SAFETY: `context` outlives the registrations; the callbacks match the
    // row type of each registration.
    let result = unsafe {
        registered(
            "NotifyIpInterfaceChange",
            NotifyIpInterfaceChange(
                AF_UNSPEC,
                Some(changed::<MIB_IPINTERFACE_ROW>),
                context,
                false,
                &mut handles[0],
            ),
            handles[0],
        )
        .and_then(|()| {
            registered(
                "NotifyRouteChange2",
                NotifyRouteChange2(
                    AF_UNSPEC,
                    Some(changed::<MIB_IPFORWARD_ROW2>),
                    context,
                    false,
                    &mut handles[1],
                ),
                handles[1],
            )
        })
        .and_then(|()| {
            registered(
                "NotifyUnicastIpAddressChange",
                NotifyUnicastIpAddressChange(
                    AF_UNSPEC,
                    Some(changed::<MIB_UNICASTIPADDRESS_ROW>),
                    context,
                    false,
                    &mut handles[2],
                ),
                handles[2],
            )
        })
    };
    if result.is_err() {
        // SAFETY: cancel what was registered, then no callback can run and
        // the sender can be freed.
        unsafe {
            for h in handles.into_iter().filter(|h| !h.is_null()) {
                CancelMibChangeNotify2(h);
            }
            drop(Box::from_raw(context as *mut UnboundedSender<()>));
        }
    }
    result
}
