//! NAT-PMP's public-address request to the default gateway, retried as
//! RFC 6886 says (250 ms, doubling) until the step's deadline; PCP's MAP
//! when the router only speaks PCP. A closed port (ICMP unreachable) ends
//! it at once.

use crate::core::local::router::natpmp::{self, Answer, PORT};
use crate::core::local::router::upnp::Link;
use crate::core::local::router::Protocol;
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio::time::{timeout_at, Instant};

/// PCP's mapping lives this long at most (it is deleted at once anyway).
const PCP_LIFETIME: u32 = 30;

pub async fn ask(link: Link, deadline: Instant) -> Option<(Protocol, Answer)> {
    let sock = socket(link).await?;
    let answer = exchange(&sock, &natpmp::ADDRESS_REQUEST, deadline, natpmp::parse_pmp).await?;
    if answer != Answer::OtherVersion {
        return Some((Protocol::NatPmp, answer));
    }
    pcp(link, deadline)
        .await
        .map(|a| (Protocol::Pcp, a))
        .or(Some((Protocol::NatPmp, answer)))
}

/// A UDP socket on the link's address, connected to the gateway's port
/// 5351: only the gateway's datagrams reach it.
async fn socket(link: Link) -> Option<UdpSocket> {
    let sock = UdpSocket::bind((link.local, 0)).await.ok()?;
    sock.connect((link.gateway, PORT)).await.ok()?;
    Some(sock)
}

/// Send `request` until an answer `parse` accepts, or the deadline.
async fn exchange(
    sock: &UdpSocket,
    request: &[u8],
    deadline: Instant,
    parse: impl Fn(&[u8]) -> Option<Answer>,
) -> Option<Answer> {
    let mut wait = Duration::from_millis(250);
    let mut buf = [0u8; 1100];
    loop {
        sock.send(request).await.ok()?;
        let until = (Instant::now() + wait).min(deadline);
        loop {
            match timeout_at(until, sock.recv(&mut buf)).await {
                Ok(Ok(n)) => {
                    if let Some(a) = parse(&buf[..n]) {
                        return Some(a);
                    }
                }
                // Connection refused: nothing listens on the port.
                Ok(Err(_)) => return None,
                Err(_) => break,
            }
        }
        if until >= deadline {
            return None;
        }
        wait *= 2;
    }
}

fn nonce() -> [u8; 12] {
    let mut out = [0u8; 12];
    for chunk in out.chunks_mut(8) {
        let v = crate::adapters::random_u64().to_be_bytes();
        chunk.copy_from_slice(&v[..chunk.len()]);
    }
    out
}

/// PCP has no read-only question: a MAP of this socket's own UDP port
/// answers with the external address, and is deleted right after.
pub async fn pcp(link: Link, deadline: Instant) -> Option<Answer> {
    let sock = socket(link).await?;
    let port = sock.local_addr().ok()?.port();
    let nonce = nonce();
    let request = natpmp::map_request(link.local, port, PCP_LIFETIME, nonce);
    let answer = exchange(&sock, &request, deadline, |p| natpmp::parse_map(p, nonce)).await?;
    if matches!(answer, Answer::Address(_)) {
        // Deleted at once: nothing of blockwatch stays on the router.
        let delete = natpmp::map_request(link.local, port, 0, nonce);
        let until = deadline.min(Instant::now() + Duration::from_millis(600));
        let _ = exchange(&sock, &delete, until, |p| natpmp::parse_map(p, nonce)).await;
    }
    Some(answer)
}
