//! macOS: which VPN app owns a `utunN`. macOS names every tunnel `utunN`;
//! the system VPN framework knows the service behind it. `scutil --nc list`
//! lists the services with their state and app (bundle id), and
//! `scutil --nc status NAME` shows the interface a connected one uses. Both
//! are parsed here from their text; the shell runs the commands.

/// One line of `scutil --nc list`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NcService {
    pub connected: bool,
    pub id: String,
    /// "VPN", "IPSec", "PPP --> L2TP", ...
    pub kind: String,
    /// The app's bundle id for app VPNs (`com.wireguard.macos`).
    pub bundle: Option<String>,
    /// The name the user sees in System Settings.
    pub name: String,
}

/// `* (Connected)      UUID VPN (com.example.app) "Name"   [VPN:com.example.app]`
pub fn parse_nc_list(text: &str) -> Vec<NcService> {
    text.lines().filter_map(parse_list_line).collect()
}

fn parse_list_line(line: &str) -> Option<NcService> {
    let rest = line.trim_start().trim_start_matches('*').trim_start();
    let rest = rest.strip_prefix('(')?;
    let (state, rest) = rest.split_once(')')?;
    let mut words = rest.trim_start().splitn(2, char::is_whitespace);
    let id = words.next()?.to_string();
    let rest = words.next()?.trim_start();
    let (before_name, after) = rest.split_once('"')?;
    let (name, tail) = after.rsplit_once('"')?;
    let mut kind = before_name.trim().to_string();
    let mut bundle = None;
    // "VPN (com.example.app)": the app in parentheses after the kind.
    if let Some((k, b)) = kind.split_once(" (") {
        bundle = b.strip_suffix(')').map(str::to_string);
        kind = k.trim().to_string();
    }
    // "[VPN:com.example.app]" repeats it.
    if bundle.is_none() {
        bundle = tail
            .trim()
            .strip_prefix("[VPN:")
            .and_then(|b| b.strip_suffix(']'))
            .map(str::to_string);
    }
    if id.is_empty() || kind.is_empty() {
        return None;
    }
    Some(NcService {
        connected: state.trim() == "Connected",
        id,
        kind,
        bundle,
        name: name.to_string(),
    })
}

/// What `scutil --nc status NAME` says: the first line is the state; the
/// extended status names the interface (`InterfaceName : utun4`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NcStatus {
    pub connected: bool,
    pub interface: Option<String>,
}

pub fn parse_nc_status(text: &str) -> NcStatus {
    let connected = text.lines().next().map(str::trim) == Some("Connected");
    let interface = text.lines().find_map(|l| {
        let (key, value) = l.split_once(':')?;
        (key.trim() == "InterfaceName")
            .then(|| value.trim().to_string())
            .filter(|v| !v.is_empty())
    });
    NcStatus {
        connected,
        interface,
    }
}

/// The vendor of a service: by its app's bundle id when known, else the
/// name the user gave it (which is what they see in System Settings).
pub fn service_vendor(service: &NcService) -> String {
    const BUNDLES: [(&str, &str); 14] = [
        ("com.wireguard.", "WireGuard"),
        ("com.nordvpn.", "NordVPN"),
        ("com.cloudflare.", "Cloudflare WARP"),
        ("com.expressvpn.", "ExpressVPN"),
        ("ch.protonvpn.", "Proton VPN"),
        ("com.protonvpn.", "Proton VPN"),
        ("net.mullvad.", "Mullvad"),
        ("com.surfshark.", "Surfshark"),
        ("com.privateinternetaccess.", "Private Internet Access"),
        ("com.windscribe.", "Windscribe"),
        ("com.tunnelbear.", "TunnelBear"),
        ("io.tailscale.", "Tailscale"),
        ("com.cisco.anyconnect", "Cisco AnyConnect"),
        ("com.paloaltonetworks.", "GlobalProtect"),
    ];
    service
        .bundle
        .as_deref()
        .and_then(|b| {
            let b = b.to_ascii_lowercase();
            BUNDLES.iter().find(|(p, _)| b.starts_with(p))
        })
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| service.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    // The shape of macOS 14's output (header line, padding, enabled mark).
    const LIST: &str = r#"Available network connection services in the current set (*=enabled):
* (Connected)      6F8A5F33-1D9B-4A05-8C2D-2B3E3C1B1B2A VPN (com.wireguard.macos) "wg-home"                        [VPN:com.wireguard.macos]
* (Disconnected)   1C2B3A4D-5E6F-4701-8293-A4B5C6D7E8F9 VPN (com.nordvpn.NordVPN) "NordVPN NordLynx"              [VPN:com.nordvpn.NordVPN]
* (Connected)      0A1B2C3D-4E5F-4061-8728-394A5B6C7D8E VPN (com.cloudflare.1dot1dot1dot1.macos) "Cloudflare WARP" [VPN:com.cloudflare.1dot1dot1dot1.macos]
  (Disconnected)   99887766-5544-4332-8110-FFEEDDCCBBAA IPSec              "Office"                              [IPSec]
* (Disconnected)   12345678-90AB-4CDE-8F01-234567890ABC PPP --> L2TP       "L2TP VPN"                            [PPP:L2TP]
"#;

    const STATUS: &str = "Connected
Extended Status <dictionary> {
  IPv4 : <dictionary> {
    Addresses : <array> {
      0 : 10.64.0.2
    }
    InterfaceName : utun4
    Router : 10.64.0.2
    ServerAddress : 185.65.135.10
  }
  Status : 2
  VPN : <dictionary> {
    ConnectTime : 824913
  }
}
";

    #[test]
    fn list_lines_give_state_app_and_name() {
        let s = parse_nc_list(LIST);
        assert_eq!(s.len(), 5);
        assert!(s[0].connected);
        assert_eq!(s[0].kind, "VPN");
        assert_eq!(s[0].bundle.as_deref(), Some("com.wireguard.macos"));
        assert_eq!(s[0].name, "wg-home");
        assert!(!s[1].connected);
        assert_eq!(s[1].name, "NordVPN NordLynx");
        assert_eq!(
            s[2].bundle.as_deref(),
            Some("com.cloudflare.1dot1dot1dot1.macos")
        );
        assert_eq!(s[3].kind, "IPSec");
        assert_eq!(s[3].bundle, None);
        assert_eq!(s[4].kind, "PPP --> L2TP");
        assert_eq!(s[4].name, "L2TP VPN");
        assert_eq!(s[4].id, "12345678-90AB-4CDE-8F01-234567890ABC");
    }

    #[test]
    fn vendors_from_bundle_or_name() {
        let s = parse_nc_list(LIST);
        assert_eq!(service_vendor(&s[0]), "WireGuard");
        assert_eq!(service_vendor(&s[1]), "NordVPN");
        assert_eq!(service_vendor(&s[2]), "Cloudflare WARP");
        assert_eq!(service_vendor(&s[3]), "Office");
    }

    #[test]
    fn status_gives_the_interface() {
        let st = parse_nc_status(STATUS);
        assert!(st.connected);
        assert_eq!(st.interface.as_deref(), Some("utun4"));
        let off = parse_nc_status("Disconnected\n");
        assert!(!off.connected);
        assert_eq!(off.interface, None);
    }

    #[test]
    fn the_service_names_the_utun_carrying_the_route() {
        use crate::core::local::vpn::{assess, LinkType, NetInterface, RouteUse};
        let utun = |n: &str, a: &str, service: Option<&str>| NetInterface {
            name: n.into(),
            addrs: vec![a.parse().unwrap()],
            up: true,
            point_to_point: true,
            link: LinkType::Unknown,
            wireguard: false,
            description: None,
            vpn_service: service.map(str::to_string),
        };
        let route = RouteUse {
            target: "104.18.32.47".parse().unwrap(),
            source: "10.64.0.2".parse().unwrap(),
            interface: Some("utun4".into()),
        };
        let ifs = [
            utun("utun0", "fe80::1", None),
            utun("utun4", "10.64.0.2", Some("WireGuard")),
        ];
        let f = assess(std::slice::from_ref(&route), &ifs, &[], false);
        assert_eq!(f.vendor.as_deref(), Some("WireGuard"));
        // Outside the VPN framework (wireguard-go, OpenVPN): the route's
        // utun still counts, vendor from the one client running.
        let ifs = [utun("utun4", "10.64.0.2", None)];
        let f = assess(&[route], &ifs, &["openvpn".into()], false);
        assert!(f.active);
        assert_eq!(f.interface.as_deref(), Some("utun4"));
        assert_eq!(f.vendor.as_deref(), Some("OpenVPN"));
    }

    #[test]
    fn nothing_from_other_text() {
        assert!(parse_nc_list("").is_empty());
        assert!(parse_nc_list("No network connection services\n").is_empty());
        assert_eq!(parse_nc_status("No service\n"), NcStatus::default());
    }
}
