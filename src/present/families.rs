//! The sentences for IPv4 and IPv6 taken separately: a block on one family,
//! an IPv6 leak around a VPN and its fix. The other present modules
//! delegate here.

use super::Context;
use super::Os;
use crate::core::diagnose::{Cause, Evidence, FixId};
use crate::core::families::Family;

pub fn name(f: Family) -> &'static str {
    match f {
        Family::Ipv4 => "IPv4",
        Family::Ipv6 => "IPv6",
    }
}

/// "ChatGPT refuses your IPv6 address; IPv4 works".
pub fn split(refused: Family, works: Family) -> String {
    format!(
        "ChatGPT refuses your {} address; {} works",
        name(refused),
        name(works)
    )
}

/// The headline when one family is refused and the other works: the
/// block causes say which family; `None` keeps the cause's own headline.
pub fn headline(cause: Cause, ctx: &Context) -> Option<String> {
    let (refused, works) = ctx.split?;
    matches!(
        cause,
        Cause::VpnExitBlocked
            | Cause::ProxyBlocked
            | Cause::PublicIpBlocked
            | Cause::LocationUnsupported
    )
    .then(|| split(refused, works))
}

/// "IPv4 reachable (via wg0), IPv6 blocked (via eth0)" for the text
/// report; `None` unless both families were probed.
pub fn text_line(f: &crate::core::families::Families) -> Option<String> {
    let one = |fam: Family, r: &crate::core::families::FamilyResult| {
        let via = r
            .route_interface
            .as_deref()
            .map(|i| format!(" (via {i})"))
            .unwrap_or_default();
        format!("{} {}{via}", name(fam), r.verdict.kind)
    };
    match (&f.ipv4, &f.ipv6) {
        (Some(a), Some(b)) => Some(format!(
            "{}, {}",
            one(Family::Ipv4, a),
            one(Family::Ipv6, b)
        )),
        _ => None,
    }
}

pub fn evidence(e: &Evidence) -> String {
    match e {
        Evidence::FamilySplit { refused, works } => split(*refused, *works),
        Evidence::Ipv6Leak { ipv4_via, ipv6_via } => {
            let through = |via: &Option<String>| {
                via.as_deref()
                    .map(|i| format!(" (through {i})"))
                    .unwrap_or_default()
            };
            format!(
                "the VPN carries IPv4{} but IPv6 goes out natively{}: over IPv6 the site sees your real address and location (an IPv6 leak)",
                through(ipv4_via),
                through(ipv6_via)
            )
        }
        _ => String::new(),
    }
}

pub fn fix_short(id: FixId) -> String {
    match id {
        FixId::FixIpv6Leak => "turn on your VPN's IPv6 leak protection, or turn off IPv6".into(),
        _ => String::new(),
    }
}

pub fn fix(id: FixId, ctx: &Context, os: Os) -> (String, Vec<String>) {
    if id != FixId::FixIpv6Leak {
        return (String::new(), Vec::new());
    }
    let host = ctx.host();
    let off = match os {
        Os::Linux => "Or turn off IPv6 for this connection: `nmcli connection modify \"<connection>\" ipv6.method disabled`, then reconnect (GNOME: Settings → Network → the connection → IPv6 → Disable). With wg-quick, add `::/0` to the peer's AllowedIPs instead.",
        Os::MacOs => "Or turn off IPv6 for the connection: `networksetup -setv6off Wi-Fi` (or \"Ethernet\"); `networksetup -setv6automatic Wi-Fi` turns it back on.",
        Os::Windows => "Or turn off IPv6 on the adapter: Control Panel → Network Connections → the adapter → Properties → untick \"Internet Protocol Version 6 (TCP/IPv6)\"; or in PowerShell `Disable-NetAdapterBinding -Name \"Wi-Fi\" -ComponentID ms_tcpip6`.",
    };
    (
        "Stop IPv6 from going around your VPN".into(),
        vec![
            format!("Your VPN carries IPv4 only, so {host} sees your real IPv6 address and location. Open the VPN app's settings."),
            "Turn on \"IPv6 leak protection\" / \"Block IPv6\" and the kill switch (NordVPN, Surfshark, Proton VPN, Mullvad, ExpressVPN, PIA and most others have it under Settings → Connection, Advanced or Kill switch), then reconnect.".into(),
            off.into(),
            format!("Reload {host}. blockwatch checks both IPv4 and IPv6 again as soon as the network changes."),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_families() {
        assert_eq!(
            split(Family::Ipv6, Family::Ipv4),
            "ChatGPT refuses your IPv6 address; IPv4 works"
        );
        let ctx = Context {
            host: "chatgpt.com".into(),
            split: Some((Family::Ipv6, Family::Ipv4)),
            ..Default::default()
        };
        assert_eq!(
            headline(Cause::PublicIpBlocked, &ctx).as_deref(),
            Some("ChatGPT refuses your IPv6 address; IPv4 works")
        );
        assert_eq!(headline(Cause::Outage, &ctx), None);
        for os in [Os::Linux, Os::MacOs, Os::Windows] {
            let (title, steps) = fix(FixId::FixIpv6Leak, &ctx, os);
            assert!(!title.is_empty() && (2..=5).contains(&steps.len()));
        }
        let e = evidence(&Evidence::Ipv6Leak {
            ipv4_via: Some("wg0".into()),
            ipv6_via: Some("eth0".into()),
        });
        assert!(
            e.contains("through wg0") && e.contains("through eth0"),
            "{e}"
        );
    }
}
