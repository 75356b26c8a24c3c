//! The default IPv4 gateway and its interface, from what each system shows:
//! Linux's `/proc/net/route`, macOS's `route -n get default`, and the
//! adapters' gateways on Windows (the shell reads them, this picks).

use std::net::Ipv4Addr;

/// The default route: its gateway and the interface it leaves through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefaultRoute {
    pub interface: String,
    pub gateway: Ipv4Addr,
}

const RTF_UP: u32 = 0x1;
const RTF_GATEWAY: u32 = 0x2;

/// `/proc/net/route` (addresses in the kernel's byte order, hex): the
/// default route with the lowest metric.
pub fn parse_proc_route(text: &str) -> Option<DefaultRoute> {
    let mut best: Option<(u32, DefaultRoute)> = None;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let [iface, dest, gw, flags, _, _, metric, mask, ..] = f.as_slice() else {
            continue;
        };
        let hex = |s: &str| u32::from_str_radix(s, 16).ok();
        let (Some(dest), Some(gw), Some(flags), Some(mask)) =
            (hex(dest), hex(gw), hex(flags), hex(mask))
        else {
            continue;
        };
        let metric: u32 = metric.parse().unwrap_or(u32::MAX);
        if dest != 0 || mask != 0 || flags & (RTF_UP | RTF_GATEWAY) != RTF_UP | RTF_GATEWAY {
            continue;
        }
        // The kernel prints the address as the machine's own u32.
        let gateway = Ipv4Addr::from(gw.to_ne_bytes());
        if best.as_ref().is_none_or(|(m, _)| metric < *m) {
            best = Some((
                metric,
                DefaultRoute {
                    interface: iface.to_string(),
                    gateway,
                },
            ));
        }
    }
    best.map(|(_, r)| r)
}

/// macOS `route -n get default`: its `gateway:` and `interface:` lines.
pub fn parse_route_get(text: &str) -> Option<DefaultRoute> {
    let field = |name: &str| {
        text.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == name).then(|| v.trim().to_string())
        })
    };
    Some(DefaultRoute {
        gateway: field("gateway")?.parse().ok()?,
        interface: field("interface")?,
    })
}

/// Windows: among the adapters that are up with an IPv4 gateway (name,
/// gateway, interface metric), the one Windows prefers.
pub fn pick_adapter(candidates: &[(String, Ipv4Addr, u32)]) -> Option<DefaultRoute> {
    candidates
        .iter()
        .filter(|(_, gw, _)| !gw.is_unspecified())
        .min_by_key(|(_, _, metric)| *metric)
        .map(|(name, gw, _)| DefaultRoute {
            interface: name.clone(),
            gateway: *gw,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proc_net_route_default_with_lowest_metric() {
        let gw = |a: [u8; 4]| format!("{:08X}", u32::from_ne_bytes(a));
        let text = format!(
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n\
             wlan0\t00000000\t{}\t0003\t0\t0\t600\t00000000\t0\t0\t0\n\
             eth0\t00000000\t{}\t0003\t0\t0\t100\t00000000\t0\t0\t0\n\
             eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n\
             wg0\t00000000\t00000000\t0001\t0\t0\t0\t00000080\t0\t0\t0\n",
            gw([10, 0, 0, 1]),
            gw([192, 168, 1, 1])
        );
        assert_eq!(
            parse_proc_route(&text),
            Some(DefaultRoute {
                interface: "eth0".into(),
                gateway: Ipv4Addr::new(192, 168, 1, 1)
            })
        );
        assert_eq!(parse_proc_route("Iface\n"), None);
        assert_eq!(parse_proc_route("junk\nx y z\n\u{0}"), None);
    }

    #[test]
    fn macos_route_get() {
        let text = "   route to: default\ndestination: default\n       mask: default\n    gateway: 192.168.178.1\n  interface: en0\n      flags: <UP,GATEWAY,DONE,STATIC,PRCLONING>\n";
        assert_eq!(
            parse_route_get(text),
            Some(DefaultRoute {
                interface: "en0".into(),
                gateway: Ipv4Addr::new(192, 168, 178, 1)
            })
        );
        assert_eq!(
            parse_route_get("route: writing to routing socket: not in table"),
            None
        );
    }

    #[test]
    fn windows_prefers_the_lowest_metric() {
        let c = vec![
            ("Wi-Fi".to_string(), Ipv4Addr::new(192, 168, 0, 1), 50),
            ("Ethernet".to_string(), Ipv4Addr::new(192, 168, 1, 1), 25),
            ("vEthernet".to_string(), Ipv4Addr::UNSPECIFIED, 5),
        ];
        assert_eq!(pick_adapter(&c).unwrap().interface, "Ethernet");
        assert_eq!(pick_adapter(&[]), None);
    }
}
