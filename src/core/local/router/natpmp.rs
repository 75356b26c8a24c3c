//! NAT-PMP (RFC 6886) and PCP (RFC 6887) packets, as values: the
//! public-address request and its answer, and PCP's MAP (PCP has no
//! read-only address request; the assigned external address of a short
//! mapping is the answer, and the mapping is deleted at once).

use std::net::{Ipv4Addr, Ipv6Addr};

/// Both protocols listen on the gateway's UDP port 5351.
pub const PORT: u16 = 5351;

/// NAT-PMP version 0, opcode 0: "what is your external address?".
pub const ADDRESS_REQUEST: [u8; 2] = [0, 0];

/// NAT-PMP result codes (RFC 6886 §3.5).
pub const PMP_UNSUPPORTED_VERSION: u16 = 1;
/// "Network failure": the router has no external address of its own.
pub const PMP_NETWORK_FAILURE: u16 = 3;
/// PCP's result for the same (RFC 6887 §7.4).
pub const PCP_NETWORK_FAILURE: u8 = 7;
pub const PCP_UNSUPP_VERSION: u8 = 1;

/// What a router answered to a public-address question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Address(Ipv4Addr),
    /// It says it has no public address (NAT-PMP 3, PCP 7).
    NoPublic,
    /// It only speaks the other version (a PCP-only router answering
    /// NAT-PMP, or the other way round).
    OtherVersion,
    /// Any other refusal, with its result code.
    Refused(u16),
}

/// A NAT-PMP answer to `ADDRESS_REQUEST`; `None` for anything else.
pub fn parse_pmp(p: &[u8]) -> Option<Answer> {
    match p {
        // A PCP server answering a version it does not speak.
        [2, op, _, result, ..] if op & 0x80 != 0 => Some(match *result {
            PCP_UNSUPP_VERSION => Answer::OtherVersion,
            PCP_NETWORK_FAILURE => Answer::NoPublic,
            r => Answer::Refused(u16::from(r)),
        }),
        [0, 128, hi, lo, rest @ ..] => {
            let result = u16::from_be_bytes([*hi, *lo]);
            Some(match result {
                0 => match rest {
                    [_, _, _, _, a, b, c, d, ..] => Answer::Address(Ipv4Addr::new(*a, *b, *c, *d)),
                    _ => return None,
                },
                PMP_UNSUPPORTED_VERSION => Answer::OtherVersion,
                PMP_NETWORK_FAILURE => Answer::NoPublic,
                r => Answer::Refused(r),
            })
        }
        _ => None,
    }
}

/// A PCP MAP request (RFC 6887 §11.1) for UDP `internal_port` of `client`,
/// any external port, for `lifetime` seconds (0 deletes it).
pub fn map_request(
    client: Ipv4Addr,
    internal_port: u16,
    lifetime: u32,
    nonce: [u8; 12],
) -> Vec<u8> {
    let mut p = Vec::with_capacity(60);
    p.extend_from_slice(&[2, 1, 0, 0]);
    p.extend_from_slice(&lifetime.to_be_bytes());
    p.extend_from_slice(&client.to_ipv6_mapped().octets());
    p.extend_from_slice(&nonce);
    p.extend_from_slice(&[17, 0, 0, 0]);
    p.extend_from_slice(&internal_port.to_be_bytes());
    p.extend_from_slice(&[0, 0]);
    p.extend_from_slice(&Ipv4Addr::UNSPECIFIED.to_ipv6_mapped().octets());
    p
}

/// The answer to a MAP request carrying `nonce`; `None` for another
/// packet (someone else's answer, garbage).
pub fn parse_map(p: &[u8], nonce: [u8; 12]) -> Option<Answer> {
    if p.len() < 24 || p[0] != 2 || p[1] & 0x80 == 0 {
        return None;
    }
    let result = p[3];
    match result {
        PCP_UNSUPP_VERSION => return Some(Answer::OtherVersion),
        PCP_NETWORK_FAILURE => return Some(Answer::NoPublic),
        0 => {}
        r => return Some(Answer::Refused(u16::from(r))),
    }
    if p.len() < 60 || p[1] & 0x7f != 1 || p[24..36] != nonce {
        return None;
    }
    let mut ext = [0u8; 16];
    ext.copy_from_slice(&p[44..60]);
    let ext = Ipv6Addr::from(ext).to_ipv4_mapped()?;
    Some(if ext.is_unspecified() {
        Answer::NoPublic
    } else {
        Answer::Address(ext)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nat_pmp_answers() {
        let ok = [0, 128, 0, 0, 0, 0, 1, 0, 81, 2, 3, 4];
        assert_eq!(
            parse_pmp(&ok),
            Some(Answer::Address(Ipv4Addr::new(81, 2, 3, 4)))
        );
        // miniupnpd on a reserved WAN address.
        assert_eq!(
            parse_pmp(&[0, 128, 0, 3, 0, 0, 1, 0, 0, 0, 0, 0]),
            Some(Answer::NoPublic)
        );
        assert_eq!(
            parse_pmp(&[0, 128, 0, 1, 0, 0, 0, 0]),
            Some(Answer::OtherVersion)
        );
        assert_eq!(
            parse_pmp(&[0, 128, 0, 2, 0, 0, 0, 0]),
            Some(Answer::Refused(2))
        );
        // A PCP-only router's answer to version 0.
        let mut pcp = vec![2, 0x80, 0, 1];
        pcp.resize(24, 0);
        assert_eq!(parse_pmp(&pcp), Some(Answer::OtherVersion));
        // Short, a request echoed, junk.
        for junk in [&[0u8, 128, 0, 0, 0, 0][..], &[0, 0], &[], &[9; 40]] {
            assert_eq!(parse_pmp(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn pcp_map_round_trip() {
        let nonce = [7u8; 12];
        let req = map_request(Ipv4Addr::new(192, 168, 1, 20), 40000, 30, nonce);
        assert_eq!(req.len(), 60);
        assert_eq!(&req[..4], &[2, 1, 0, 0]);
        let mut resp = req.clone();
        resp[1] = 0x81;
        resp[44..60].copy_from_slice(&Ipv4Addr::new(81, 2, 3, 4).to_ipv6_mapped().octets());
        assert_eq!(
            parse_map(&resp, nonce),
            Some(Answer::Address(Ipv4Addr::new(81, 2, 3, 4)))
        );
        assert_eq!(parse_map(&resp, [8; 12]), None, "another request's answer");
        assert_eq!(parse_map(&req, nonce), None, "a request, not an answer");
        resp[3] = PCP_NETWORK_FAILURE;
        assert_eq!(parse_map(&resp, nonce), Some(Answer::NoPublic));
        resp[3] = 2;
        assert_eq!(parse_map(&resp, nonce), Some(Answer::Refused(2)));
        assert_eq!(parse_map(&resp[..10], nonce), None);
    }
}
