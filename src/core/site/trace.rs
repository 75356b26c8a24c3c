//! Parser for Cloudflare's `/cdn-cgi/trace`: what the site sees of us.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warp {
    Off,
    On,
    Plus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    /// The address the site sees.
    pub ip: IpAddr,
    /// ISO country code; `None` for `XX` (unknown). `T1` is Tor.
    pub loc: Option<String>,
    /// The Cloudflare data centre.
    pub colo: Option<String>,
    pub warp: Option<Warp>,
}

impl Trace {
    pub fn warp_on(&self) -> bool {
        matches!(self.warp, Some(Warp::On | Warp::Plus))
    }
}

fn is_code(v: &str) -> bool {
    v.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// `key=value` lines; unknown keys are ignored (fields were added over the
/// years). Anything else, such as an HTML page, is inconclusive: `None`.
pub fn parse_trace(body: &str) -> Option<Trace> {
    let mut ip = None;
    let (mut loc, mut colo, mut warp) = (None, None, None);
    let mut pairs = 0;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (k, v) = line.split_once('=')?;
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        pairs += 1;
        let v = v.trim();
        match k {
            "ip" => ip = v.parse::<IpAddr>().ok(),
            // Codes only ("DE", "T1", "FRA"): they end up in reports and
            // notifications, so nothing else from the network is kept.
            "loc" if v.len() == 2 && is_code(v) && v != "XX" => loc = Some(v.to_ascii_uppercase()),
            "colo" if (1..=8).contains(&v.len()) && is_code(v) => {
                colo = Some(v.to_ascii_uppercase())
            }
            "warp" => {
                warp = match v {
                    "off" => Some(Warp::Off),
                    "on" => Some(Warp::On),
                    "plus" => Some(Warp::Plus),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    (pairs >= 2).then_some(())?;
    Some(Trace {
        ip: ip?,
        loc,
        colo,
        warp,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "fl=29f1\nh=chatgpt.com\nip=203.0.113.7\nts=1764312000.123\nvisit_scheme=https\nuag=Mozilla/5.0 (X11; Linux x86_64)\ncolo=FRA\nsliver=none\nhttp=http/2\nloc=DE\ntls=TLSv1.3\nsni=plaintext\nwarp=off\ngateway=off\nrbi=off\nkex=X25519MLKEM768\n";

    #[test]
    fn codes_with_control_characters_are_dropped() {
        let t = parse_trace("ip=192.0.2.1\nloc=\u{1b}[\ncolo=\u{1b}]0;x\u{7}\n").unwrap();
        assert_eq!((t.loc, t.colo), (None, None));
    }

    #[test]
    fn parses_the_fields_we_use() {
        let t = parse_trace(SAMPLE).unwrap();
        assert_eq!(t.ip, "203.0.113.7".parse::<IpAddr>().unwrap());
        assert_eq!(t.loc.as_deref(), Some("DE"));
        assert_eq!(t.colo.as_deref(), Some("FRA"));
        assert_eq!(t.warp, Some(Warp::Off));
        assert!(!t.warp_on());
    }

    #[test]
    fn ipv6_warp_and_unknown_location() {
        let t = parse_trace("ip=2001:db8::7\nloc=XX\nwarp=plus\nnewfield=1\n").unwrap();
        assert!(t.ip.is_ipv6());
        assert_eq!(t.loc, None);
        assert!(t.warp_on());
    }

    #[test]
    fn inconclusive_bodies() {
        assert_eq!(
            parse_trace("<html><title>Access denied</title></html>"),
            None
        );
        assert_eq!(parse_trace("error code: 1020"), None);
        assert_eq!(parse_trace(""), None);
        assert_eq!(parse_trace("ip=not-an-ip\nloc=DE"), None);
        assert_eq!(parse_trace("ip=1.2.3.4"), None);
        assert_eq!(parse_trace("ip=1.2.3.4\n<b>x=y</b>"), None);
    }
}
