//! DNS messages built field by field, honest and hostile: the replies a
//! broken home router or an attacker on the path sends. Shared by the
//! codec's unit tests (`core::names::dnswire`, through `#[path]`), the
//! hostile name and DoH servers of `netns_dns_hostile.rs` and the DNS
//! fuzz seeds (`tests/fixtures/fuzz/dns/`). Standard library only.
#![allow(dead_code)]

use std::net::IpAddr;

pub const A: u16 = 1;
pub const CNAME: u16 = 5;
pub const SOA: u16 = 6;
pub const AAAA: u16 = 28;

/// A name in wire form, uncompressed, labels as given (a label may hold a
/// dot, as a hostile server may send).
pub fn wire(labels: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for l in labels {
        out.push(l.len() as u8);
        out.extend_from_slice(l);
    }
    out.push(0);
    out
}

/// `chatgpt.com` -> its wire form.
pub fn wire_name(name: &str) -> Vec<u8> {
    let labels: Vec<&[u8]> = name
        .split('.')
        .filter(|l| !l.is_empty())
        .map(str::as_bytes)
        .collect();
    wire(&labels)
}

/// One resource record: owner (wire form, or any bytes), type, class, data.
#[derive(Clone, Debug)]
pub struct Rec {
    pub owner: Vec<u8>,
    pub rtype: u16,
    pub class: u16,
    pub data: Vec<u8>,
}

#[derive(Clone, Debug)]
pub struct Msg {
    pub id: u16,
    pub flags: u16,
    /// (name in wire form, qtype, qclass); none or several to lie.
    pub questions: Vec<(Vec<u8>, u16, u16)>,
    pub answers: Vec<Rec>,
    pub authority: Vec<Rec>,
    /// Added to the answer count as written (a count that lies).
    pub extra_count: u16,
}

impl Msg {
    /// A NOERROR reply (QR, RD, RA) to a query for `name`, no records.
    pub fn reply(id: u16, name: &str, qtype: u16) -> Msg {
        Msg {
            id,
            flags: 0x8180,
            questions: vec![(wire_name(name), qtype, 1)],
            answers: Vec::new(),
            authority: Vec::new(),
            extra_count: 0,
        }
    }

    pub fn rcode(mut self, rcode: u8) -> Msg {
        self.flags = (self.flags & !0x000F) | u16::from(rcode);
        self
    }

    pub fn record(self, owner: &str, rtype: u16, data: &[u8]) -> Msg {
        self.raw_record(wire_name(owner), rtype, data)
    }

    pub fn raw_record(mut self, owner: Vec<u8>, rtype: u16, data: &[u8]) -> Msg {
        self.answers.push(Rec {
            owner,
            rtype,
            class: 1,
            data: data.to_vec(),
        });
        self
    }

    pub fn addr(self, owner: &str, ip: &str) -> Msg {
        match ip.parse::<IpAddr>().unwrap() {
            IpAddr::V4(v4) => self.record(owner, A, &v4.octets()),
            IpAddr::V6(v6) => self.record(owner, AAAA, &v6.octets()),
        }
    }

    /// The address of the asked family: `v4` for an A question, `v6` else.
    pub fn addr_for(self, owner: &str, qtype: u16, v4: &str, v6: &str) -> Msg {
        self.addr(owner, if qtype == AAAA { v6 } else { v4 })
    }

    pub fn cname(self, owner: &str, target: &str) -> Msg {
        self.record(owner, CNAME, &wire_name(target))
    }

    pub fn soa(mut self, zone: &str) -> Msg {
        let mut data = wire_name(&format!("ns.{zone}"));
        data.extend(wire_name(&format!("hostmaster.{zone}")));
        data.extend_from_slice(&[0; 20]);
        self.authority.push(Rec {
            owner: wire_name(zone),
            rtype: SOA,
            class: 1,
            data,
        });
        self
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut m = Vec::new();
        m.extend_from_slice(&self.id.to_be_bytes());
        m.extend_from_slice(&self.flags.to_be_bytes());
        let an = self.answers.len() as u16 + self.extra_count;
        for n in [
            self.questions.len() as u16,
            an,
            self.authority.len() as u16,
            0,
        ] {
            m.extend_from_slice(&n.to_be_bytes());
        }
        for (name, qtype, qclass) in &self.questions {
            m.extend_from_slice(name);
            m.extend_from_slice(&qtype.to_be_bytes());
            m.extend_from_slice(&qclass.to_be_bytes());
        }
        for r in self.answers.iter().chain(&self.authority) {
            m.extend_from_slice(&r.owner);
            m.extend_from_slice(&r.rtype.to_be_bytes());
            m.extend_from_slice(&r.class.to_be_bytes());
            m.extend_from_slice(&[0, 0, 0, 60]);
            m.extend_from_slice(&(r.data.len() as u16).to_be_bytes());
            m.extend_from_slice(&r.data);
        }
        m
    }
}

/// Honest replies, for the fuzz seeds (the parser must keep accepting them).
pub fn honest(name: &str, id: u16, qtype: u16) -> Vec<(&'static str, Vec<u8>)> {
    let r = || Msg::reply(id, name, qtype);
    vec![
        (
            "addresses",
            r().addr_for(name, qtype, "104.18.41.158", "2606:4700::6812:299e")
                .addr_for(name, qtype, "172.64.146.98", "2606:4700::ac40:9262")
                .bytes(),
        ),
        (
            "cname_chain",
            r().cname(name, "edge.example.net")
                .addr_for("edge.example.net", qtype, "104.18.41.158", "2606:4700::1")
                .bytes(),
        ),
        (
            "nxdomain_policy_zone",
            r().rcode(3).soa("cleanbrowsing.rpz.noc.org").bytes(),
        ),
        ("nodata", r().soa("oaistatic.com").bytes()),
        (
            "sinkhole",
            r().addr_for(name, qtype, "0.0.0.0", "::").bytes(),
        ),
    ]
}

/// Hostile replies to a query for `name` (id, qtype): each case's
/// datagrams, in order (one is a DoH body). None of them may be believed:
/// every one carries a sinkhole address or an empty NOERROR that a
/// credulous parser would read as a DNS filter.
pub fn hostile(name: &str, id: u16, qtype: u16) -> Vec<(&'static str, Vec<Vec<u8>>)> {
    let r = || Msg::reply(id, name, qtype);
    let sink = |m: Msg| m.addr_for(name, qtype, "0.0.0.0", "::");
    let one = |m: Msg| vec![m.bytes()];
    let other_type = if qtype == AAAA { A } else { AAAA };
    let long_owner = wire(&[[b'a'; 63].as_slice(); 4]);
    let mut cases: Vec<(&'static str, Vec<Vec<u8>>)> = Vec::new();
    let mut m = sink(Msg::reply(id, "example.org", qtype));
    m.answers[0].owner = wire_name("example.org");
    cases.push(("other_question", one(m)));
    cases.push((
        "other_question_our_records",
        one(sink(Msg::reply(id, "openai-sinkhole.example", qtype))),
    ));
    // A public address about another name: believed, it would contradict
    // the local resolver (a DoH second opinion) or pass for the name's own.
    let public =
        |m: Msg, owner: &str| m.addr_for(owner, qtype, "93.184.216.34", "2606:2800:21f::1");
    cases.push((
        "other_question_public_address",
        one(public(Msg::reply(id, "example.org", qtype), "example.org")),
    ));
    cases.push((
        "other_owner_public_address",
        one(public(r(), "example.org")),
    ));
    let mut m = sink(r());
    m.questions.clear();
    cases.push(("no_question", one(m)));
    let mut m = r().rcode(3);
    m.questions.clear();
    cases.push(("nxdomain_no_question", one(m)));
    let mut m = sink(r());
    m.questions.push(m.questions[0].clone());
    cases.push(("two_questions", one(m)));
    let mut m = sink(r());
    m.questions[0].1 = other_type;
    cases.push(("other_qtype", one(m)));
    let mut m = sink(r());
    m.questions[0].2 = 3;
    cases.push(("chaos_class", one(m)));
    let mut m = sink(r());
    let dotted: Vec<u8> = name.bytes().collect();
    m.questions[0].0 = wire(&[&dotted]);
    cases.push(("one_label_with_dots", one(m)));
    cases.push((
        "other_owner",
        one(r().addr_for("evil.example", qtype, "0.0.0.0", "::")),
    ));
    cases.push((
        "owner_over_255_bytes",
        one(r().raw_record(long_owner, qtype, &[0; 4]).rcode(0)),
    ));
    cases.push((
        "other_type_record",
        one(r().addr_for(name, other_type, "0.0.0.0", "::")),
    ));
    cases.push(("a_rdlength_5", one(r().record(name, A, &[0; 5]))));
    cases.push(("aaaa_rdlength_4", one(r().record(name, AAAA, &[0; 4]))));
    cases.push((
        "asked_type_wrong_length",
        one(r().record(name, qtype, &[0; 7])),
    ));
    let mut m = sink(r());
    m.extra_count = 1;
    cases.push(("count_past_the_end", one(m)));
    let mut cut = sink(r()).bytes();
    cut.truncate(cut.len() - 2);
    cases.push(("cut_in_record", vec![cut]));
    cases.push(("cname_loop", one(r().cname(name, name))));
    cases.push((
        "cname_loop_of_three",
        one(r()
            .cname(name, "a.example")
            .cname("a.example", "b.example")
            .cname("b.example", name)),
    ));
    let mut m = r().cname(name, "c1.example");
    for i in 1..20 {
        m = m.cname(&format!("c{i}.example"), &format!("c{}.example", i + 1));
    }
    cases.push(("cname_chain_of_20", one(m)));
    cases.push((
        "cname_to_nowhere_records_elsewhere",
        one(r()
            .cname(name, "a.example")
            .addr_for("b.example", qtype, "0.0.0.0", "::")),
    ));
    let mut m = sink(r());
    m.answers[0].class = 3;
    cases.push(("record_of_chaos_class", one(m)));
    // A name that points at itself.
    let mut m = r().rcode(3);
    let at = m.bytes().len();
    m.authority.push(Rec {
        owner: vec![0xC0 | (at >> 8) as u8, at as u8],
        rtype: SOA,
        class: 1,
        data: Vec::new(),
    });
    cases.push(("pointer_loop", one(m)));
    let mut m = sink(r());
    m.flags |= 0x0200;
    cases.push(("truncated_tc", one(m)));
    let mut m = sink(r());
    m.flags |= 2 << 11;
    cases.push(("status_opcode", one(m)));
    // Forged answers with every other ID first: none may be taken.
    let flood: Vec<Vec<u8>> = (1..=64u16)
        .map(|i| {
            let mut m = sink(r());
            m.id = id.wrapping_add(i);
            m.bytes()
        })
        .collect();
    cases.push(("wrong_ids_only", flood));
    let mut m = sink(r());
    m.flags &= !0x8000;
    cases.push(("query_echo", one(m)));
    // Larger than a UDP read of 1500 bytes: what is cut off is missing.
    let mut m = r().addr_for(name, qtype, "104.18.41.158", "2606:4700::1");
    for _ in 0..400 {
        m = m.addr_for("evil.example", qtype, "0.0.0.0", "::");
    }
    cases.push(("oversized", one(m)));
    cases
}
