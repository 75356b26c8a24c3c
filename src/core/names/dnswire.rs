//! The DNS wire format, as far as blockwatch needs it: one A or AAAA
//! question out, the response code, the addresses and the authority's name
//! back. Pure, so the same codec serves the UDP stub and DNS-over-HTTPS
//! (RFC 8484 carries the same message), and it is tested with mutated
//! answers: a hostile resolver gets an error value, never a panic.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QType {
    A,
    Aaaa,
}

impl QType {
    fn code(self) -> u16 {
        match self {
            QType::A => 1,
            QType::Aaaa => 28,
        }
    }
}

/// RCODE values that mean something here (RFC 1035 4.1.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rcode {
    NoError,
    ServFail,
    NxDomain,
    Refused,
    Other(u8),
}

impl Rcode {
    fn from_bits(b: u8) -> Rcode {
        match b {
            0 => Rcode::NoError,
            2 => Rcode::ServFail,
            3 => Rcode::NxDomain,
            5 => Rcode::Refused,
            n => Rcode::Other(n),
        }
    }
}

/// One parsed response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub rcode: Rcode,
    /// Recursion available (Quad9 clears it on its filtered NXDOMAIN).
    pub ra: bool,
    /// A and AAAA records of the answer section (after any CNAMEs).
    pub addrs: Vec<IpAddr>,
    /// The owner name of the authority section's SOA (CleanBrowsing puts
    /// its policy zone there).
    pub authority: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    Short,
    NotAReply,
    WrongId,
    Truncated,
    BadName,
}

/// A recursive query for `name` (RD set, no EDNS: small and universally
/// understood). Names longer than DNS allows are cut to fit.
pub fn query(id: u16, name: &str, qtype: QType) -> Vec<u8> {
    let mut m = Vec::with_capacity(32 + name.len());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&[0x01, 0x00]); // RD
    m.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]); // QD=1
    for label in name.trim_end_matches('.').split('.').take(127) {
        let l = &label.as_bytes()[..label.len().min(63)];
        if l.is_empty() {
            continue;
        }
        m.push(l.len() as u8);
        m.extend_from_slice(l);
    }
    m.push(0);
    m.extend_from_slice(&qtype.code().to_be_bytes());
    m.extend_from_slice(&[0, 1]); // IN
    m
}

struct Reader<'a> {
    msg: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, WireError> {
        let b = *self.msg.get(self.at).ok_or(WireError::Short)?;
        self.at += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, WireError> {
        Ok(u16::from(self.u8()?) << 8 | u16::from(self.u8()?))
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8], WireError> {
        let end = self.at.checked_add(n).ok_or(WireError::Short)?;
        let b = self.msg.get(self.at..end).ok_or(WireError::Short)?;
        self.at = end;
        Ok(b)
    }

    /// A (possibly compressed) name; the reader moves past it.
    fn name(&mut self) -> Result<String, WireError> {
        let mut out = String::new();
        let mut pos = self.at;
        let mut jumped = false;
        // Each pointer must go backwards: no loops, bounded work.
        let mut limit = pos;
        for _ in 0..128 {
            let len = *self.msg.get(pos).ok_or(WireError::Short)?;
            match len & 0xC0 {
                0x00 if len == 0 => {
                    if !jumped {
                        self.at = pos + 1;
                    }
                    return Ok(out);
                }
                0x00 => {
                    let l = self
                        .msg
                        .get(pos + 1..pos + 1 + len as usize)
                        .ok_or(WireError::Short)?;
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.extend(l.iter().map(|&c| (c as char).to_ascii_lowercase()));
                    pos += 1 + len as usize;
                }
                0xC0 => {
                    let lo = *self.msg.get(pos + 1).ok_or(WireError::Short)?;
                    let target = (usize::from(len & 0x3F) << 8) | usize::from(lo);
                    if target >= limit {
                        return Err(WireError::BadName);
                    }
                    if !jumped {
                        self.at = pos + 2;
                        jumped = true;
                    }
                    limit = target;
                    pos = target;
                }
                _ => return Err(WireError::BadName),
            }
        }
        Err(WireError::BadName)
    }
}

/// Parse the reply to the query with `id`.
pub fn parse(msg: &[u8], id: u16) -> Result<Reply, WireError> {
    let mut r = Reader { msg, at: 0 };
    if r.u16()? != id {
        return Err(WireError::WrongId);
    }
    let flags = r.u16()?;
    if flags & 0x8000 == 0 {
        return Err(WireError::NotAReply);
    }
    if flags & 0x0200 != 0 {
        return Err(WireError::Truncated);
    }
    let rcode = Rcode::from_bits((flags & 0x000F) as u8);
    let ra = flags & 0x0080 != 0;
    let (qd, an, ns) = (r.u16()?, r.u16()?, r.u16()?);
    let _ar = r.u16()?;
    for _ in 0..qd {
        r.name()?;
        r.bytes(4)?;
    }
    let mut addrs = Vec::new();
    let mut authority = None;
    for (section, count) in [(0, an), (1, ns)] {
        for _ in 0..count {
            let owner = r.name()?;
            let rtype = r.u16()?;
            let _class = r.u16()?;
            let _ttl = r.bytes(4)?;
            let len = usize::from(r.u16()?);
            let data = r.bytes(len)?;
            match (section, rtype, len) {
                (0, 1, 4) => addrs.push(IpAddr::V4(Ipv4Addr::new(
                    data[0], data[1], data[2], data[3],
                ))),
                (0, 28, 16) => {
                    let mut o = [0u8; 16];
                    o.copy_from_slice(data);
                    addrs.push(IpAddr::V6(Ipv6Addr::from(o)));
                }
                (1, 6, _) if authority.is_none() => authority = Some(owner),
                _ => {}
            }
        }
    }
    Ok(Reply {
        rcode,
        ra,
        addrs,
        authority,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A reply to `query(id, name, ..)` with these records (test helper,
    /// also used by the adapter's tests).
    pub fn reply(id: u16, name: &str, rcode: u8, addrs: &[IpAddr], soa: Option<&str>) -> Vec<u8> {
        let q = query(id, name, QType::A);
        let mut m = q.clone();
        m[2] = 0x81;
        m[3] = 0x80 | rcode;
        m[6..8].copy_from_slice(&(addrs.len() as u16).to_be_bytes());
        m[8..10].copy_from_slice(&u16::from(soa.is_some()).to_be_bytes());
        for a in addrs {
            m.extend_from_slice(&[0xC0, 12]); // pointer to the question's name
            match a {
                IpAddr::V4(v4) => {
                    m.extend_from_slice(&[0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
                    m.extend_from_slice(&v4.octets());
                }
                IpAddr::V6(v6) => {
                    m.extend_from_slice(&[0, 28, 0, 1, 0, 0, 0, 60, 0, 16]);
                    m.extend_from_slice(&v6.octets());
                }
            }
        }
        if let Some(zone) = soa {
            for label in zone.trim_end_matches('.').split('.') {
                m.push(label.len() as u8);
                m.extend_from_slice(label.as_bytes());
            }
            m.push(0);
            m.extend_from_slice(&[0, 6, 0, 1, 0, 0, 0, 60, 0, 0]);
        }
        m
    }

    #[test]
    fn query_layout() {
        let q = query(0x1234, "chatgpt.com", QType::Aaaa);
        assert_eq!(&q[..4], &[0x12, 0x34, 0x01, 0x00]);
        assert_eq!(&q[12..25], b"\x07chatgpt\x03com\x00");
        assert_eq!(&q[25..], &[0, 28, 0, 1]);
    }

    #[test]
    fn answers_nxdomain_and_authority() {
        let ip: IpAddr = "0.0.0.0".parse().unwrap();
        let six: IpAddr = "::ffff:146.112.61.104".parse().unwrap();
        let r = parse(&reply(7, "chatgpt.com", 0, &[ip, six], None), 7).unwrap();
        assert_eq!((r.rcode, r.ra), (Rcode::NoError, true));
        assert_eq!(r.addrs, vec![ip, six]);
        let r = parse(
            &reply(7, "chatgpt.com", 3, &[], Some("cleanbrowsing.rpz.noc.org")),
            7,
        )
        .unwrap();
        assert_eq!(r.rcode, Rcode::NxDomain);
        assert_eq!(r.authority.as_deref(), Some("cleanbrowsing.rpz.noc.org"));
        assert_eq!(
            parse(&reply(7, "x.y", 5, &[], None), 7).unwrap().rcode,
            Rcode::Refused
        );
        assert_eq!(
            parse(&reply(7, "x.y", 0, &[], None), 8),
            Err(WireError::WrongId)
        );
        assert_eq!(
            parse(&query(7, "x.y", QType::A), 7),
            Err(WireError::NotAReply)
        );
    }

    #[test]
    fn hostile_replies_never_panic() {
        let good = reply(
            9,
            "cdn.oaistatic.com",
            0,
            &[
                "104.18.32.47".parse().unwrap(),
                "2606:4700::1".parse().unwrap(),
            ],
            Some("oaistatic.com"),
        );
        // Every cut, and every byte set to values that matter.
        for cut in 0..good.len() {
            let _ = parse(&good[..cut], 9);
        }
        for i in 0..good.len() {
            for v in [0x00, 0x01, 0x3F, 0x40, 0xC0, 0xC1, 0xFF] {
                let mut m = good.clone();
                m[i] = v;
                let _ = parse(&m, 9);
            }
        }
        // A pointer to itself is refused, not followed forever.
        let mut m = good.clone();
        let at = 12 + "cdn.oaistatic.com".len() + 2 + 4;
        m[at] = 0xC0;
        m[at + 1] = at as u8;
        assert!(parse(&m, 9).is_err());
    }
}
