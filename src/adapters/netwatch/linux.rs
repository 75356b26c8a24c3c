//! Linux: a NETLINK_ROUTE socket subscribed to link, address, route and
//! policy-rule changes (wg-quick and VPN apps use rules).

use netlink_sys::{protocols::NETLINK_ROUTE, AsyncSocket, AsyncSocketExt, SocketAddr, TokioSocket};
use tokio::sync::mpsc::UnboundedSender;

const RTMGRP_LINK: u32 = 0x1;
const RTMGRP_IPV4_IFADDR: u32 = 0x10;
const RTMGRP_IPV4_ROUTE: u32 = 0x40;
const RTMGRP_IPV6_IFADDR: u32 = 0x100;
const RTMGRP_IPV6_ROUTE: u32 = 0x400;
const RTNLGRP_IPV4_RULE: u32 = 8;
const RTNLGRP_IPV6_RULE: u32 = 19;

pub fn spawn(tx: UnboundedSender<()>) -> std::io::Result<()> {
    let mut socket = TokioSocket::new(NETLINK_ROUTE)?;
    let groups = RTMGRP_LINK
        | RTMGRP_IPV4_IFADDR
        | RTMGRP_IPV4_ROUTE
        | RTMGRP_IPV6_IFADDR
        | RTMGRP_IPV6_ROUTE;
    socket.socket_mut().bind(&SocketAddr::new(0, groups))?;
    for group in [RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE] {
        let _ = socket.socket_ref().add_membership(group);
    }
    tokio::spawn(async move {
        loop {
            match socket.recv_from_full().await {
                Ok(_) => {
                    if tx.send(()).is_err() {
                        return;
                    }
                }
                // ENOBUFS: events were lost; that is still "something changed".
                Err(e) if e.raw_os_error() == Some(libc::ENOBUFS) => {
                    if tx.send(()).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    tracing::warn!("network watch stopped: {e}");
                    return;
                }
            }
        }
    });
    Ok(())
}
