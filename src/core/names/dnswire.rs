//! The DNS wire format, as far as blockwatch needs it: one A or AAAA
//! question out, the response code, the addresses and the authority's name
//! back. Pure, so the same codec serves the UDP stub and DNS-over-HTTPS
//! (RFC 8484 carries the same message), and it is tested with hostile and
//! mutated answers: a hostile resolver gets an error value, never a panic.
//!
//! A reply is believed only as the answer to the question asked (issue 19):
//! the question echoed (name, type, class), address records of the asked
//! family owned by the asked name or the CNAME chain from it, names within
//! 255 bytes, records whole. Anything else is an error, never an answer with
//! the offending records left out: an emptied answer reads as NODATA, which
//! is a DNS filter's sign.

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
    /// The asked type's records at the end of the CNAME chain from the
    /// asked name.
    pub addrs: Vec<IpAddr>,
    /// The owner name of the authority section's SOA (CleanBrowsing puts
    /// its policy zone there).
    pub authority: Option<String>,
}

/// Why a message is not believed as the answer to our question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WireError {
    /// Cut short: a count promises more than the message holds.
    Short,
    NotAReply,
    WrongId,
    /// The TC bit: the answer did not fit (blockwatch does not retry over TCP).
    Truncated,
    /// A name that breaks the rules: over 255 bytes, a pointer forward or
    /// into a loop, a reserved label type.
    BadName,
    /// The question is not the one asked (another name, type or class, or
    /// none, or several).
    WrongQuestion,
    /// Records the question did not ask for: another owner than the asked
    /// name or its CNAME chain, or the other address type.
    Unasked,
    /// A record whose data does not fit its type (an A record that is not
    /// 4 bytes, an AAAA record that is not 16), an address record of
    /// another class, addresses beside a CNAME, two CNAMEs for one name.
    Malformed,
    /// CNAMEs that lead back to a name of the chain, or more than
    /// [`MAX_CHAIN`] of them.
    CnameLoop,
}

impl WireError {
    /// A datagram for another query (another ID): the UDP stub waits on
    /// for its own. Anything else with our ID came from the server asked.
    pub fn is_stray(self) -> bool {
        self == WireError::WrongId
    }
}

/// CNAMEs followed from the asked name at most.
pub const MAX_CHAIN: usize = 8;

/// The longest name on the wire (RFC 1035 2.3.4), root label included.
const MAX_NAME: usize = 255;

const TYPE_A: u16 = 1;
const TYPE_CNAME: u16 = 5;
const TYPE_SOA: u16 = 6;
const TYPE_AAAA: u16 = 28;
const CLASS_IN: u16 = 1;

/// `name` in wire form, lower-case. Names longer than DNS allows are cut
/// to fit (the names blockwatch asks about are short).
fn encode_name(name: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len() + 2);
    for label in name.trim_end_matches('.').split('.') {
        let l = &label.as_bytes()[..label.len().min(63)];
        if l.is_empty() {
            continue;
        }
        if out.len() + 1 + l.len() + 1 > MAX_NAME {
            break;
        }
        out.push(l.len() as u8);
        out.extend(l.iter().map(u8::to_ascii_lowercase));
    }
    out.push(0);
    out
}

/// A recursive query for `name` (RD set, no EDNS: small and universally
/// understood).
pub fn query(id: u16, name: &str, qtype: QType) -> Vec<u8> {
    let mut m = Vec::with_capacity(32 + name.len());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&[0x01, 0x00]); // RD
    m.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]); // QD=1
    m.extend(encode_name(name));
    m.extend_from_slice(&qtype.code().to_be_bytes());
    m.extend_from_slice(&CLASS_IN.to_be_bytes());
    m
}

struct Reader<'a> {
    msg: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn u8(&mut self) -> Result<u8, WireError> {
        let b = *self.msg.get(self.at).ok_or(WireError::Short)?;
        self.at += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, WireError> {
        Ok(u16::from(self.u8()?) << 8 | u16::from(self.u8()?))
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self.at.checked_add(n).ok_or(WireError::Short)?;
        let b = self.msg.get(self.at..end).ok_or(WireError::Short)?;
        self.at = end;
        Ok(b)
    }

    /// A (possibly compressed) name, lower-case, in presentation form
    /// with every byte that could pass for structure escaped (`\.` for a
    /// dot inside a label, `\DDD` for the rest), so two names compare
    /// equal exactly when their labels do. The reader moves past it.
    fn name(&mut self) -> Result<String, WireError> {
        use std::fmt::Write;
        let mut out = String::new();
        let mut pos = self.at;
        let mut jumped = false;
        let mut wire_len = 1; // the root label
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
                    wire_len += 1 + usize::from(len);
                    if wire_len > MAX_NAME {
                        return Err(WireError::BadName);
                    }
                    let l = self
                        .msg
                        .get(pos + 1..pos + 1 + len as usize)
                        .ok_or(WireError::Short)?;
                    if !out.is_empty() {
                        out.push('.');
                    }
                    for &c in l {
                        match c.to_ascii_lowercase() {
                            b'.' | b'\\' => {
                                out.push('\\');
                                out.push(c as char);
                            }
                            c @ 0x21..=0x7E => out.push(c as char),
                            c => {
                                let _ = write!(out, "\\{c:03}");
                            }
                        }
                    }
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

/// One resource record's fixed part and data.
struct Record<'a> {
    owner: String,
    rtype: u16,
    class: u16,
    /// Where the data starts in the message (a CNAME's name may point
    /// back into the message).
    data_at: usize,
    data: &'a [u8],
}

fn record<'a>(r: &mut Reader<'a>) -> Result<Record<'a>, WireError> {
    let owner = r.name()?;
    let rtype = r.u16()?;
    let class = r.u16()?;
    let _ttl = r.bytes(4)?;
    let len = usize::from(r.u16()?);
    let data_at = r.at;
    let data = r.bytes(len)?;
    Ok(Record {
        owner,
        rtype,
        class,
        data_at,
        data,
    })
}

/// The name a CNAME points to; its data must be that name and nothing else.
fn cname_target(msg: &[u8], rec: &Record) -> Result<String, WireError> {
    let mut r = Reader {
        msg,
        at: rec.data_at,
    };
    let target = r.name().map_err(|e| match e {
        WireError::Short => WireError::Malformed,
        e => e,
    })?;
    if r.at != rec.data_at + rec.data.len() {
        return Err(WireError::Malformed);
    }
    Ok(target)
}

fn address(rtype: u16, data: &[u8]) -> Result<IpAddr, WireError> {
    match (rtype, <[u8; 4]>::try_from(data), <[u8; 16]>::try_from(data)) {
        (TYPE_A, Ok(o), _) => Ok(IpAddr::V4(Ipv4Addr::from(o))),
        (TYPE_AAAA, _, Ok(o)) => Ok(IpAddr::V6(Ipv6Addr::from(o))),
        _ => Err(WireError::Malformed),
    }
}

/// The names from `qname` along the CNAMEs (`(owner, target)`), `qname`
/// first; the last one is where the addresses are.
fn chain(qname: &str, cnames: &[(String, String)]) -> Result<Vec<String>, WireError> {
    let mut names = vec![qname.to_string()];
    loop {
        let last = names.last().map(String::as_str).unwrap_or_default();
        let mut next = cnames.iter().filter(|(o, _)| o == last).map(|(_, t)| t);
        let Some(target) = next.next() else {
            return Ok(names);
        };
        if next.any(|t| t != target) {
            return Err(WireError::Malformed);
        }
        if names.contains(target) || names.len() > MAX_CHAIN {
            return Err(WireError::CnameLoop);
        }
        names.push(target.clone());
    }
}

/// Parse the reply to `query(id, name, qtype)`. Only a well-formed answer
/// to that very question is a `Reply`: the question echoed (name, type,
/// class), and address records only for the asked name or the CNAME chain
/// from it. Anything else is an error value, never a partial answer: an
/// emptied answer would read as NODATA, which is a filter's sign.
pub fn parse(msg: &[u8], id: u16, name: &str, qtype: QType) -> Result<Reply, WireError> {
    let mut r = Reader { msg, at: 0 };
    if r.u16()? != id {
        return Err(WireError::WrongId);
    }
    let flags = r.u16()?;
    if flags & 0x8000 == 0 {
        return Err(WireError::NotAReply);
    }
    if flags & 0x7800 != 0 {
        // Not a standard query's reply (opcode).
        return Err(WireError::WrongQuestion);
    }
    if flags & 0x0200 != 0 {
        return Err(WireError::Truncated);
    }
    let rcode = Rcode::from_bits((flags & 0x000F) as u8);
    let ra = flags & 0x0080 != 0;
    let (qd, an, ns) = (r.u16()?, r.u16()?, r.u16()?);
    let _ar = r.u16()?;
    let malformed = |e: WireError| match e {
        WireError::Short => WireError::Malformed,
        e => e,
    };
    if qd != 1 {
        return Err(WireError::WrongQuestion);
    }
    let asked = encode_name(name);
    let qname = Reader { msg: &asked, at: 0 }.name()?;
    let echoed = r.name().map_err(malformed)?;
    let (t, c) = (r.u16().map_err(malformed)?, r.u16().map_err(malformed)?);
    if echoed != qname || t != qtype.code() || c != CLASS_IN {
        return Err(WireError::WrongQuestion);
    }
    let mut cnames: Vec<(String, String)> = Vec::new();
    let mut found: Vec<(String, u16, IpAddr)> = Vec::new();
    for _ in 0..an {
        let rec = record(&mut r).map_err(malformed)?;
        match rec.rtype {
            TYPE_A | TYPE_AAAA | TYPE_CNAME if rec.class != CLASS_IN => {
                return Err(WireError::Malformed)
            }
            TYPE_A | TYPE_AAAA => {
                let ip = address(rec.rtype, rec.data)?;
                found.push((rec.owner, rec.rtype, ip));
            }
            TYPE_CNAME => {
                let target = cname_target(msg, &rec)?;
                cnames.push((rec.owner, target));
            }
            // Signatures and the like: not ours to judge.
            _ => {}
        }
    }
    let names = chain(&qname, &cnames)?;
    if cnames.iter().any(|(o, _)| !names.contains(o)) {
        return Err(WireError::Unasked);
    }
    let end = names.last().map(String::as_str).unwrap_or_default();
    let mut addrs = Vec::with_capacity(found.len());
    for (owner, rtype, ip) in found {
        if rtype != qtype.code() || !names.contains(&owner) {
            return Err(WireError::Unasked);
        }
        if owner != end {
            // Data beside a CNAME of the same name.
            return Err(WireError::Malformed);
        }
        addrs.push(ip);
    }
    let mut authority = None;
    for _ in 0..ns {
        let rec = record(&mut r).map_err(malformed)?;
        if rec.rtype == TYPE_SOA && authority.is_none() {
            authority = Some(rec.owner);
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
#[path = "dnswire_tests.rs"]
pub(crate) mod tests;
