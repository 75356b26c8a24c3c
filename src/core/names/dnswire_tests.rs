use super::*;
#[path = "../../../tests/common/dnsmsg.rs"]
pub mod dnsmsg;
pub use dnsmsg::{wire, wire_name, Msg, Rec};

/// A reply to a query for `name` of `qtype`, no records.
pub fn msg(id: u16, name: &str, qtype: QType) -> Msg {
    Msg::reply(id, name, qtype.code())
}

fn parse_a(m: &Msg, name: &str) -> Result<Reply, WireError> {
    parse(&m.bytes(), m.id, name, QType::A)
}

fn ips(list: &[&str]) -> Vec<IpAddr> {
    list.iter().map(|s| s.parse().unwrap()).collect()
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
    let m = msg(7, "chatgpt.com", QType::A).addr("chatgpt.com", "0.0.0.0");
    let r = parse_a(&m, "chatgpt.com").unwrap();
    assert_eq!((r.rcode, r.ra), (Rcode::NoError, true));
    assert_eq!(r.addrs, ips(&["0.0.0.0"]));
    let m = msg(7, "chatgpt.com", QType::Aaaa).addr("chatgpt.com", "::ffff:146.112.61.104");
    let r = parse(&m.bytes(), 7, "chatgpt.com", QType::Aaaa).unwrap();
    assert_eq!(r.addrs, ips(&["::ffff:146.112.61.104"]));
    let m = msg(7, "chatgpt.com", QType::A)
        .rcode(3)
        .soa("cleanbrowsing.rpz.noc.org");
    let r = parse_a(&m, "chatgpt.com").unwrap();
    assert_eq!(r.rcode, Rcode::NxDomain);
    assert_eq!(r.authority.as_deref(), Some("cleanbrowsing.rpz.noc.org"));
    let m = msg(7, "x.y", QType::A).rcode(5);
    assert_eq!(parse_a(&m, "x.y").unwrap().rcode, Rcode::Refused);
    assert_eq!(
        parse(&m.bytes(), 8, "x.y", QType::A),
        Err(WireError::WrongId)
    );
    assert_eq!(
        parse(&query(7, "x.y", QType::A), 7, "x.y", QType::A),
        Err(WireError::NotAReply)
    );
    // Names compare without regard to case (a resolver may echo 0x20 case).
    let mut m = msg(7, "chatgpt.com", QType::A).addr("ChatGPT.COM", "104.18.32.47");
    m.questions[0].0 = wire_name("CHATGPT.com");
    assert_eq!(
        parse_a(&m, "chatgpt.com").unwrap().addrs,
        ips(&["104.18.32.47"])
    );
}

#[test]
fn a_cname_chain_is_followed() {
    let m = msg(5, "cdn.oaistatic.com", QType::A)
        .cname("cdn.oaistatic.com", "cdn.oaistatic.com.cdn.cloudflare.net")
        .cname("cdn.oaistatic.com.cdn.cloudflare.net", "edge.example.net")
        .addr("edge.example.net", "104.18.41.158")
        .addr("edge.example.net", "172.64.146.98");
    assert_eq!(
        parse_a(&m, "cdn.oaistatic.com").unwrap().addrs,
        ips(&["104.18.41.158", "172.64.146.98"])
    );
    // A chain to a name without addresses is an honest NODATA.
    let m = msg(5, "chatgpt.com", QType::Aaaa).cname("chatgpt.com", "v4only.example");
    let r = parse(&m.bytes(), 5, "chatgpt.com", QType::Aaaa).unwrap();
    assert_eq!((r.rcode, r.addrs.len()), (Rcode::NoError, 0));
}

/// Issue 19, item 1: a reply with the right ID about another question.
#[test]
fn a_reply_to_another_question_is_not_believed() {
    let sinkhole = |m: Msg| m.addr("chatgpt.com", "0.0.0.0");
    // Another name in the question (records of the asked name or not).
    let m = msg(9, "example.org", QType::A).addr("example.org", "0.0.0.0");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    let m = sinkhole(msg(9, "openai.com", QType::A));
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    // Another type or class.
    let m = sinkhole(msg(9, "chatgpt.com", QType::Aaaa));
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    let mut m = sinkhole(msg(9, "chatgpt.com", QType::A));
    m.questions[0].2 = 3; // CHAOS
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    // No question at all, or two.
    let mut m = sinkhole(msg(9, "chatgpt.com", QType::A));
    m.questions.clear();
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    let mut m = sinkhole(msg(9, "chatgpt.com", QType::A));
    m.questions.push(m.questions[0].clone());
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    // One label holding a dot reads like the name, but is not it.
    let mut m = sinkhole(msg(9, "chatgpt.com", QType::A));
    m.questions[0].0 = wire(&[b"chatgpt.com"]);
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::WrongQuestion));
    // A suffix or a longer name.
    for other in ["com", "chatgpt.com.evil.example", "x.chatgpt.com"] {
        let m = sinkhole(msg(9, other, QType::A));
        assert_eq!(
            parse_a(&m, "chatgpt.com"),
            Err(WireError::WrongQuestion),
            "{other}"
        );
    }
}

/// Issue 19, item 1: address records are believed only for the asked name
/// or the chain of CNAMEs from it.
#[test]
fn records_of_another_owner_are_not_believed() {
    let m = msg(4, "chatgpt.com", QType::A).addr("evil.example", "0.0.0.0");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Unasked));
    // Beside a real answer, too: the reply is not about our name only.
    let m = msg(4, "chatgpt.com", QType::A)
        .addr("chatgpt.com", "104.18.32.47")
        .addr("openai.com", "0.0.0.0");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Unasked));
    // Owned by a name the chain does not lead to.
    let m = msg(4, "chatgpt.com", QType::A)
        .cname("chatgpt.com", "a.example")
        .addr("b.example", "0.0.0.0");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Unasked));
    // An AAAA record in the answer to an A question.
    let m = msg(4, "chatgpt.com", QType::A).addr("chatgpt.com", "::");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Unasked));
    // A CNAME hanging off another name.
    let m = msg(4, "chatgpt.com", QType::A).cname("other.example", "chatgpt.com");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Unasked));
}

/// Issue 19, item 1: no name is longer than 255 bytes on the wire.
#[test]
fn names_over_255_bytes_are_refused() {
    // 4 x (1 + 63) + 1 = 257 bytes.
    let long = [[b'a'; 63].as_slice(); 4];
    let mut m = msg(2, "chatgpt.com", QType::A);
    m.answers.push(Rec {
        owner: wire(&long),
        rtype: 1,
        class: 1,
        data: vec![0, 0, 0, 0],
    });
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::BadName));
    // Also when the length comes from pointers: 3 x 63 labels, then a
    // pointer back to the question's name (13 more bytes), 206 + ... .
    let mut m = msg(2, "chatgpt.com", QType::A).rcode(3);
    let mut owner = Vec::new();
    for _ in 0..3 {
        owner.push(63);
        owner.extend_from_slice(&[b'b'; 63]);
    }
    owner.extend_from_slice(&[50]);
    owner.extend_from_slice(&[b'c'; 50]);
    owner.extend_from_slice(&[0xC0, 12]);
    m.authority.push(Rec {
        owner,
        rtype: 6,
        class: 1,
        data: Vec::new(),
    });
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::BadName));
    // 255 exactly is a name.
    let fits = [
        [b'a'; 63].as_slice(),
        [b'b'; 63].as_slice(),
        [b'c'; 63].as_slice(),
        [b'd'; 61].as_slice(),
    ];
    let mut m = msg(2, "chatgpt.com", QType::A).rcode(3);
    m.authority.push(Rec {
        owner: wire(&fits),
        rtype: 6,
        class: 1,
        data: Vec::new(),
    });
    assert_eq!(wire(&fits).len(), 255);
    assert!(parse_a(&m, "chatgpt.com").is_ok());
}

/// Issue 19, item 2: a malformed record makes the reply malformed, never
/// an empty (NODATA) answer.
#[test]
fn malformed_records_make_the_reply_malformed() {
    for (rtype, len) in [
        (1u16, 0usize),
        (1, 3),
        (1, 5),
        (1, 16),
        (28, 4),
        (28, 15),
        (28, 17),
    ] {
        for qtype in [QType::A, QType::Aaaa] {
            let m = msg(3, "chatgpt.com", qtype).record("chatgpt.com", rtype, &vec![0; len]);
            assert_eq!(
                parse(&m.bytes(), 3, "chatgpt.com", qtype),
                Err(WireError::Malformed),
                "type {rtype}, {len} bytes, {qtype:?}"
            );
        }
    }
    // A CNAME whose data is not exactly one name.
    let mut data = wire_name("a.example");
    data.push(0);
    let m = msg(3, "chatgpt.com", QType::A).record("chatgpt.com", 5, &data);
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Malformed));
    let m = msg(3, "chatgpt.com", QType::A).record("chatgpt.com", 5, &[7, b'x']);
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Malformed));
    // An address record of another class.
    let mut m = msg(3, "chatgpt.com", QType::A).addr("chatgpt.com", "0.0.0.0");
    m.answers[0].class = 3;
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Malformed));
    // Counts promising more records than there are.
    let mut b = msg(3, "chatgpt.com", QType::A)
        .addr("chatgpt.com", "104.18.32.47")
        .bytes();
    b[7] = 2;
    assert_eq!(
        parse(&b, 3, "chatgpt.com", QType::A),
        Err(WireError::Malformed)
    );
    // Cut inside a record.
    let b = msg(3, "chatgpt.com", QType::A)
        .addr("chatgpt.com", "104.18.32.47")
        .bytes();
    for cut in 30..b.len() {
        assert!(
            parse(&b[..cut], 3, "chatgpt.com", QType::A).is_err(),
            "{cut}"
        );
    }
    // Two CNAMEs for one name.
    let m = msg(3, "chatgpt.com", QType::A)
        .cname("chatgpt.com", "a.example")
        .cname("chatgpt.com", "b.example")
        .addr("a.example", "104.18.32.47");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Malformed));
    // Addresses beside a CNAME of the same name.
    let m = msg(3, "chatgpt.com", QType::A)
        .cname("chatgpt.com", "a.example")
        .addr("chatgpt.com", "0.0.0.0");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::Malformed));
}

/// Issue 19, item 2: CNAMEs that loop, or a chain past the bound.
#[test]
fn cname_loops_and_long_chains_fail() {
    let m = msg(6, "chatgpt.com", QType::A).cname("chatgpt.com", "chatgpt.com");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::CnameLoop));
    let m = msg(6, "chatgpt.com", QType::A)
        .cname("chatgpt.com", "a.example")
        .cname("a.example", "b.example")
        .cname("b.example", "chatgpt.com");
    assert_eq!(parse_a(&m, "chatgpt.com"), Err(WireError::CnameLoop));
    let chain = |n: usize| {
        let mut m = msg(6, "chatgpt.com", QType::A).cname("chatgpt.com", "c1.example");
        for i in 1..n {
            m = m.cname(&format!("c{i}.example"), &format!("c{}.example", i + 1));
        }
        m.addr(&format!("c{n}.example"), "104.18.32.47")
    };
    assert_eq!(
        parse_a(&chain(MAX_CHAIN), "chatgpt.com").unwrap().addrs,
        ips(&["104.18.32.47"])
    );
    assert_eq!(
        parse_a(&chain(MAX_CHAIN + 1), "chatgpt.com"),
        Err(WireError::CnameLoop)
    );
}

#[test]
fn hostile_replies_never_panic() {
    let good = msg(9, "cdn.oaistatic.com", QType::A)
        .cname("cdn.oaistatic.com", "edge.example")
        .addr("edge.example", "104.18.32.47")
        .soa("oaistatic.com")
        .bytes();
    // Every cut, and every byte set to values that matter.
    for cut in 0..good.len() {
        let _ = parse(&good[..cut], 9, "cdn.oaistatic.com", QType::A);
    }
    for i in 0..good.len() {
        for v in [0x00, 0x01, 0x3F, 0x40, 0xC0, 0xC1, 0xFF] {
            let mut m = good.clone();
            m[i] = v;
            let _ = parse(&m, 9, "cdn.oaistatic.com", QType::A);
        }
    }
    // A pointer to itself is refused, not followed forever.
    let mut m = good.clone();
    let at = 12 + "cdn.oaistatic.com".len() + 2 + 4;
    m[at] = 0xC0;
    m[at + 1] = at as u8;
    assert!(parse(&m, 9, "cdn.oaistatic.com", QType::A).is_err());
}

/// The hostile servers' repertoire (shared with the namespace tests and
/// the fuzz seeds): not one reply is believed, for either family; the
/// honest ones all are.
#[test]
fn no_hostile_reply_is_believed() {
    for name in ["chatgpt.com", "cdn.oaistatic.com"] {
        for q in [QType::A, QType::Aaaa] {
            for (case, datagrams) in dnsmsg::hostile(name, 77, q.code()) {
                for d in datagrams {
                    // The stub reads 1500 bytes of a datagram.
                    let d = &d[..d.len().min(1500)];
                    let r = parse(d, 77, name, q);
                    assert!(r.is_err(), "{case} {q:?}: {r:?}");
                }
            }
            for (case, m) in dnsmsg::honest(name, 77, q.code()) {
                let r = parse(&m, 77, name, q);
                assert!(r.is_ok(), "{case} {q:?}: {r:?}");
            }
        }
    }
}
