//! DNS evidence and the rules that read a DNS filter from it.
//!
//! A filtering resolver (Pi-hole, AdGuard Home, NextDNS, a router's parental
//! control, Cisco Umbrella, a national block list) answers a blocked name with
//! a sinkhole address or with "no such name" while everything else resolves.
//! Without this the probe only sees "connection refused" or "name not found"
//! and the user is told to check a connection that works. The adapter asks the
//! system's resolvers and hands the answers here as values.

use crate::core::names::dnswire::{Rcode, Reply, WireError};
use crate::core::site::verdict::{Basis, Verdict, VerdictKind};
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr};

/// Names known to be public and served by Cloudflare: a private-range answer
/// for one of them is a filter's, never the site's.
pub const PUBLIC_DOMAINS: [&str; 4] = [
    "chatgpt.com",
    "openai.com",
    "oaistatic.com",
    "oaiusercontent.com",
];

/// `Answer::Failed` reasons the words know (contracts, like the verdict
/// details of `core::site::filter`): a reply that breaks the format, one
/// that answers another question, and one cut short (TC).
pub const MALFORMED: &str = "malformed answer";
pub const NOT_OURS: &str = "not an answer to the question asked";
pub const TRUNCATED: &str = "truncated answer";

/// Why a reply was not believed, as an `Answer::Failed` reason.
pub fn failure(e: WireError) -> String {
    use WireError as W;
    match e {
        W::Short | W::BadName | W::Malformed | W::CnameLoop => MALFORMED,
        W::WrongQuestion | W::Unasked | W::WrongId | W::NotAReply => NOT_OURS,
        W::Truncated => TRUNCATED,
    }
    .into()
}

/// Resolved besides the target: the site's main domain and its assets (a
/// sinkholed asset host leaves the page blank).
pub const RELATED_NAMES: [&str; 2] = ["openai.com", "cdn.oaistatic.com"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Target,
    Related,
    /// A name with nothing to do with ChatGPT (an IP echo service's): it
    /// resolving shows the resolver works.
    Control,
}

/// What a resolver said for one name (A and AAAA together).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Answer {
    Addresses {
        addrs: Vec<IpAddr>,
    },
    /// The name does not exist (or so the resolver says).
    Nxdomain {
        /// The SOA owner in the authority section (a filter's policy zone).
        authority: Option<String>,
        /// Recursion available; Quad9 clears it on a filtered answer.
        recursion_available: bool,
    },
    /// The name exists but has no address.
    Nodata,
    Refused,
    /// No usable answer: timeout, SERVFAIL, no resolver, garbage.
    Failed {
        why: String,
    },
}

impl Answer {
    /// Combine the A and AAAA replies for one name.
    pub fn from_replies(a: Result<Reply, String>, aaaa: Result<Reply, String>) -> Answer {
        let replies: Vec<&Reply> = [&a, &aaaa].into_iter().flatten().collect();
        let addrs: Vec<IpAddr> = replies.iter().flat_map(|r| r.addrs.clone()).collect();
        if !addrs.is_empty() {
            return Answer::Addresses { addrs };
        }
        // A server that garbles one reply, or answers another question,
        // is not believed about "no such name" or "no address" either.
        if let Some(why) = [&a, &aaaa].into_iter().find_map(|r| {
            r.as_ref()
                .err()
                .filter(|e| *e == MALFORMED || *e == NOT_OURS)
        }) {
            return Answer::Failed { why: why.clone() };
        }
        if let Some(r) = replies.iter().find(|r| r.rcode == Rcode::NxDomain) {
            return Answer::Nxdomain {
                authority: r.authority.clone(),
                recursion_available: r.ra,
            };
        }
        if replies.iter().any(|r| r.rcode == Rcode::Refused) {
            return Answer::Refused;
        }
        if replies.len() == 2 && replies.iter().all(|r| r.rcode == Rcode::NoError) {
            return Answer::Nodata;
        }
        let why = match (a, aaaa) {
            (Err(e), _) | (_, Err(e)) => e,
            (Ok(r), _) => format!("{:?}", r.rcode).to_ascii_lowercase(),
        };
        Answer::Failed { why }
    }

    fn no_answer(&self) -> Option<NoAnswer> {
        match self {
            Answer::Nxdomain { .. } => Some(NoAnswer::Nxdomain),
            Answer::Nodata => Some(NoAnswer::Nodata),
            Answer::Refused => Some(NoAnswer::Refused),
            _ => None,
        }
    }

    /// The server sent a malformed reply, or one to another question.
    fn is_hostile(&self) -> bool {
        matches!(self, Answer::Failed { why } if why == MALFORMED || why == NOT_OURS)
    }

    fn addrs(&self) -> &[IpAddr] {
        match self {
            Answer::Addresses { addrs } => addrs,
            _ => &[],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameAnswer {
    pub name: String,
    pub role: Role,
    /// The resolver that gave this answer (`None`: the system's lookup, or
    /// DNS-over-HTTPS).
    pub server: Option<IpAddr>,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolver {
    pub addr: IpAddr,
    /// The link a systemd-resolved server belongs to; `None` for
    /// /etc/resolv.conf and global servers.
    pub link: Option<String>,
}

/// Everything DNS said in one check. Serialized as `network.dns`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsFacts {
    pub resolvers: Vec<Resolver>,
    pub answers: Vec<NameAnswer>,
    /// The target's addresses from the system's own lookup (hosts file
    /// included), which the probe connects to.
    pub system: Option<Vec<IpAddr>>,
    /// The target through DNS-over-HTTPS, when `[dns] doh_url` is set.
    pub doh: Option<NameAnswer>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sinkhole {
    /// `0.0.0.0`, `::`, `::ffff:0.0.0.0`: Pi-hole's and AdGuard's default.
    Unspecified,
    /// `127.0.0.0/8`, `::1`.
    Loopback,
    /// Cisco Umbrella / OpenDNS block pages, `146.112.61.104`-`110`.
    Umbrella,
    /// A private or link-local address for a public name.
    Private,
}

/// Is `ip` a filter's answer rather than the site's?
pub fn sinkhole(ip: IpAddr, public_name: bool) -> Option<Sinkhole> {
    let v4 = match ip {
        IpAddr::V4(v4) => v4,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4,
            None if v6.is_unspecified() => return Some(Sinkhole::Unspecified),
            None if v6.is_loopback() => return Some(Sinkhole::Loopback),
            None => {
                let first = v6.segments()[0];
                let private = (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80;
                return (public_name && private).then_some(Sinkhole::Private);
            }
        },
    };
    let o = v4.octets();
    if v4 == Ipv4Addr::UNSPECIFIED {
        Some(Sinkhole::Unspecified)
    } else if o[0] == 127 {
        Some(Sinkhole::Loopback)
    } else if o[..3] == [146, 112, 61] && (104..=110).contains(&o[3]) {
        Some(Sinkhole::Umbrella)
    } else if public_name && (v4.is_private() || v4.is_link_local()) {
        Some(Sinkhole::Private)
    } else {
        None
    }
}

/// `chatgpt.com`, `cdn.oaistatic.com`, ... (not `notchatgpt.com`).
pub fn is_public_name(name: &str) -> bool {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    PUBLIC_DOMAINS
        .iter()
        .any(|d| n == *d || n.strip_suffix(d).is_some_and(|p| p.ends_with('.')))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoAnswer {
    Nxdomain,
    Nodata,
    Refused,
}

impl NoAnswer {
    pub fn as_str(self) -> &'static str {
        match self {
            NoAnswer::Nxdomain => "NXDOMAIN",
            NoAnswer::Nodata => "NODATA",
            NoAnswer::Refused => "REFUSED",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum How {
    Sinkhole { addr: IpAddr, kind: Sinkhole },
    NoAnswer { answer: NoAnswer },
}

/// The DNS filter found: which name, and what it answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsBlock {
    pub name: String,
    pub role: Role,
    pub server: Option<IpAddr>,
    #[serde(flatten)]
    pub how: How,
}

impl DnsBlock {
    /// The fact for `verdict.detail`: "chatgpt.com: 0.0.0.0",
    /// "chatgpt.com: 146.112.61.106 (Cisco Umbrella)", "chatgpt.com: NXDOMAIN".
    pub fn detail(&self) -> String {
        match &self.how {
            How::Sinkhole {
                addr,
                kind: Sinkhole::Umbrella,
            } => format!("{}: {addr} (Cisco Umbrella)", self.name),
            How::Sinkhole { addr, .. } => format!("{}: {addr}", self.name),
            How::NoAnswer { answer } => format!("{}: {}", self.name, answer.as_str()),
        }
    }
}

/// Only ChatGPT's own names are judged: a custom target may well live on
/// this computer or a private network.
fn sinkholed(a: &NameAnswer) -> Option<DnsBlock> {
    if !is_public_name(&a.name) {
        return None;
    }
    a.answer.addrs().iter().find_map(|&addr| {
        sinkhole(addr, true).map(|kind| DnsBlock {
            name: a.name.clone(),
            role: a.role,
            server: a.server,
            how: How::Sinkhole { addr, kind },
        })
    })
}

/// Some name unrelated to ChatGPT resolved to a real address: the resolver
/// works, so "no such name" for ChatGPT is a choice.
fn control_resolves(f: &DnsFacts) -> bool {
    f.answers.iter().any(|a| {
        a.role == Role::Control
            && a.answer
                .addrs()
                .iter()
                .any(|&ip| sinkhole(ip, false).is_none())
    })
}

/// A public resolver has addresses for the name the local one denies.
pub fn doh_contradicts(f: &DnsFacts) -> bool {
    f.doh.as_ref().is_some_and(|d| {
        d.answer
            .addrs()
            .iter()
            .any(|&ip| sinkhole(ip, is_public_name(&d.name)).is_none())
    })
}

/// The DNS filters the answers show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsBlocks {
    /// The one that explains a failing page: the target's before the
    /// related names'.
    pub first: DnsBlock,
    /// The first related name's: it decides when the page itself loads
    /// (the target pinned in a hosts file, its assets still sinkholed).
    pub related: Option<DnsBlock>,
}

/// The DNS filter the answers show, if any; the target first.
pub fn judge(f: &DnsFacts) -> Option<DnsBlocks> {
    let target = f.answers.iter().filter(|a| a.role == Role::Target);
    let related = f.answers.iter().filter(|a| a.role == Role::Related);
    // The system's lookup asks the same servers: beside a hostile reply for
    // the target its answer may be that reply, taken at its word.
    let hostile = target.clone().any(|a| a.answer.is_hostile());
    let system = f.system.as_ref().filter(|_| !hostile).and_then(|addrs| {
        let name = f
            .answers
            .iter()
            .find(|a| a.role == Role::Target)
            .map(|a| a.name.clone())?;
        sinkholed(&NameAnswer {
            name,
            role: Role::Target,
            server: None,
            answer: Answer::Addresses {
                addrs: addrs.clone(),
            },
        })
    });
    let denied = |a: &NameAnswer| -> Option<DnsBlock> {
        let answer = a.answer.no_answer()?;
        // A known public name denied while the resolver works (or while a
        // public resolver knows it) is a filter's choice.
        let believable = is_public_name(&a.name);
        (believable && (control_resolves(f) || doh_contradicts(f))).then(|| DnsBlock {
            name: a.name.clone(),
            role: a.role,
            server: a.server,
            how: How::NoAnswer { answer },
        })
    };
    let related = related
        .clone()
        .find_map(sinkholed)
        .or_else(|| related.clone().find_map(denied));
    let first = target
        .clone()
        .find_map(sinkholed)
        .or(system)
        .or_else(|| target.clone().find_map(denied))
        .or_else(|| related.clone())?;
    Some(DnsBlocks { first, related })
}

/// The probe's verdict in the light of the DNS answers. The site's own
/// answer through Cloudflare is kept (it reached the site); a failure or a
/// stranger's answer becomes `dns_blocked` when DNS explains it; a working
/// page with a sinkholed (or denied) related name is `dns_blocked` too (it
/// loads blank), whatever the target's own answer. Through a proxy, local
/// DNS decides nothing.
pub fn refine(v: Verdict, blocks: Option<&DnsBlocks>, proxy: bool) -> Verdict {
    let Some(blocks) = blocks else { return v };
    if proxy || (v.via_cloudflare && !v.kind.is_ok()) {
        return v;
    }
    let block = if v.kind.is_ok() {
        match &blocks.related {
            Some(b) => b,
            None => return v,
        }
    } else {
        &blocks.first
    };
    let mut out = Verdict::new(VerdictKind::DnsBlocked);
    out.basis = Basis::DnsAnswer;
    out.http_status = v.http_status.filter(|_| !v.kind.is_ok());
    out.detail = Some(block.detail());
    out
}

/// `nameserver` lines of a resolv.conf (scope ids dropped).
pub fn parse_resolv_conf(text: &str) -> Vec<IpAddr> {
    text.lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            (w.next()? == "nameserver").then_some(())?;
            w.next()?.split('%').next()?.parse().ok()
        })
        .collect()
}

/// The servers of a systemd-resolved link state file
/// (`/run/systemd/resolve/netif/<ifindex>`: `SERVERS=` or `DNS=`, entries
/// like `192.0.2.1`, `192.0.2.1#dns.example`, `[2001:db8::1]:53%3`).
pub fn parse_resolved_link(text: &str) -> Vec<IpAddr> {
    text.lines()
        .filter_map(|l| l.strip_prefix("SERVERS=").or(l.strip_prefix("DNS=")))
        .flat_map(|v| v.split_whitespace())
        .filter_map(|e| {
            let e = e.split('#').next()?.split('%').next()?;
            let e = e.trim_start_matches('[');
            let e = match e.split_once(']') {
                Some((inside, _)) => inside,
                None => e,
            };
            e.parse::<IpAddr>().ok().or_else(|| {
                e.rsplit_once(':')
                    .and_then(|(h, _)| h.parse::<Ipv4Addr>().ok().map(IpAddr::V4))
            })
        })
        .collect()
}

/// The local stub of systemd-resolved, which forwards to the link servers.
pub fn is_resolved_stub(ip: IpAddr) -> bool {
    ip == IpAddr::V4(Ipv4Addr::new(127, 0, 0, 53)) || ip == IpAddr::V4(Ipv4Addr::new(127, 0, 0, 54))
}

#[cfg(test)]
#[path = "dns_tests.rs"]
mod tests;
