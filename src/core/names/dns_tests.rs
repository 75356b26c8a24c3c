use super::*;
use crate::core::names::dnswire::{self, QType, Rcode, Reply};

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

fn addrs(list: &[&str]) -> Answer {
    Answer::Addresses {
        addrs: list.iter().map(|s| ip(s)).collect(),
    }
}

fn nx() -> Answer {
    Answer::Nxdomain {
        authority: None,
        recursion_available: true,
    }
}

fn ans(name: &str, role: Role, answer: Answer) -> NameAnswer {
    NameAnswer {
        name: name.into(),
        role,
        server: Some(ip("192.168.1.2")),
        answer,
    }
}

fn facts(target: Answer, control: Answer) -> DnsFacts {
    DnsFacts {
        answers: vec![
            ans("chatgpt.com", Role::Target, target),
            ans("openai.com", Role::Related, addrs(&["104.18.33.45"])),
            ans(
                "cdn.oaistatic.com",
                Role::Related,
                addrs(&["104.18.41.158"]),
            ),
            ans("icanhazip.com", Role::Control, control),
        ],
        ..Default::default()
    }
}

#[test]
fn every_sinkhole_value() {
    let cases = [
        ("0.0.0.0", Sinkhole::Unspecified),
        ("::", Sinkhole::Unspecified),
        ("::ffff:0.0.0.0", Sinkhole::Unspecified),
        ("127.0.0.1", Sinkhole::Loopback),
        ("127.1.2.3", Sinkhole::Loopback),
        ("::1", Sinkhole::Loopback),
        ("::ffff:127.0.0.1", Sinkhole::Loopback),
        ("146.112.61.104", Sinkhole::Umbrella),
        ("146.112.61.105", Sinkhole::Umbrella),
        ("146.112.61.106", Sinkhole::Umbrella),
        ("146.112.61.107", Sinkhole::Umbrella),
        ("146.112.61.108", Sinkhole::Umbrella),
        ("146.112.61.110", Sinkhole::Umbrella),
        ("::ffff:146.112.61.104", Sinkhole::Umbrella),
        ("::ffff:146.112.61.110", Sinkhole::Umbrella),
        ("10.10.34.34", Sinkhole::Private),
        ("10.10.34.36", Sinkhole::Private),
        ("192.168.1.2", Sinkhole::Private),
        ("172.16.0.1", Sinkhole::Private),
        ("172.31.255.1", Sinkhole::Private),
        ("169.254.1.1", Sinkhole::Private),
        ("fd00::1", Sinkhole::Private),
        ("fe80::1", Sinkhole::Private),
        ("::ffff:10.0.0.1", Sinkhole::Private),
    ];
    for (s, want) in cases {
        assert_eq!(sinkhole(ip(s), true), Some(want), "{s}");
    }
}

#[test]
fn look_alikes_are_not_sinkholes() {
    for s in [
        "104.18.32.47",
        "2606:4700::6812:202f",
        "146.112.61.103",
        "146.112.61.111",
        "146.112.62.104",
        "::ffff:146.112.61.111",
        "128.0.0.1",
        "126.255.255.255",
        "0.0.0.1",
        "100.10.0.1",
        "11.0.0.1",
        "172.32.0.1",
        "172.15.255.1",
        "192.169.0.1",
        "2001:db8::1",
        "::2",
    ] {
        assert_eq!(sinkhole(ip(s), true), None, "{s}");
    }
    // A private answer is only a sinkhole for a name known to be public.
    assert_eq!(sinkhole(ip("10.0.0.5"), false), None);
    assert_eq!(sinkhole(ip("fd00::1"), false), None);
    assert_eq!(sinkhole(ip("0.0.0.0"), false), Some(Sinkhole::Unspecified));
}

#[test]
fn public_names() {
    for n in [
        "chatgpt.com",
        "CHATGPT.COM.",
        "chat.openai.com",
        "cdn.oaistatic.com",
        "x.oaiusercontent.com",
    ] {
        assert!(is_public_name(n), "{n}");
    }
    for n in [
        "notchatgpt.com",
        "chatgpt.com.evil.example",
        "site.test",
        "openai.co",
    ] {
        assert!(!is_public_name(n), "{n}");
    }
}

#[test]
fn pihole_sinkhole_of_the_target() {
    let f = facts(addrs(&["0.0.0.0", "::"]), addrs(&["104.16.184.241"]));
    let b = judge(&f).unwrap().first;
    assert_eq!((b.name.as_str(), b.role), ("chatgpt.com", Role::Target));
    assert_eq!(b.detail(), "chatgpt.com: 0.0.0.0");
    let umbrella = facts(addrs(&["146.112.61.106"]), addrs(&["1.2.3.4"]));
    assert_eq!(
        judge(&umbrella).unwrap().first.detail(),
        "chatgpt.com: 146.112.61.106 (Cisco Umbrella)"
    );
    // A sinkhole needs no control: nobody serves a site at 0.0.0.0.
    let f = facts(
        addrs(&["0.0.0.0"]),
        Answer::Failed {
            why: "timeout".into(),
        },
    );
    assert!(judge(&f).is_some());
}

#[test]
fn nxdomain_only_while_the_control_resolves() {
    let f = facts(nx(), addrs(&["104.16.184.241"]));
    assert_eq!(judge(&f).unwrap().first.detail(), "chatgpt.com: NXDOMAIN");
    let f = facts(Answer::Nodata, addrs(&["104.16.184.241"]));
    assert_eq!(judge(&f).unwrap().first.detail(), "chatgpt.com: NODATA");
    let f = facts(Answer::Refused, addrs(&["104.16.184.241"]));
    assert_eq!(judge(&f).unwrap().first.detail(), "chatgpt.com: REFUSED");
    // Everything fails: a broken resolver, not a filter.
    assert_eq!(judge(&facts(nx(), nx())), None);
    let failed = Answer::Failed {
        why: "timeout".into(),
    };
    assert_eq!(judge(&facts(nx(), failed.clone())), None);
    assert_eq!(judge(&facts(failed, addrs(&["1.2.3.4"]))), None);
    // A control that is itself sinkholed proves nothing.
    assert_eq!(judge(&facts(nx(), addrs(&["0.0.0.0"]))), None);
}

#[test]
fn a_custom_target_is_never_judged() {
    // It may live on this computer or a private network, or not exist.
    for answer in [
        nx(),
        addrs(&["127.0.0.1"]),
        addrs(&["0.0.0.0"]),
        addrs(&["10.0.0.5"]),
    ] {
        let mut f = facts(answer, addrs(&["1.2.3.4"]));
        f.answers[0].name = "localhost".into();
        f.system = Some(vec![ip("127.0.0.1")]);
        f.doh = Some(NameAnswer {
            name: "localhost".into(),
            role: Role::Target,
            server: None,
            answer: addrs(&["203.0.113.9"]),
        });
        assert_eq!(judge(&f), None);
    }
}

#[test]
fn doh_second_opinion_stands_in_for_the_control() {
    let mut f = facts(
        nx(),
        Answer::Failed {
            why: "timeout".into(),
        },
    );
    assert_eq!(judge(&f), None);
    f.doh = Some(NameAnswer {
        name: "chatgpt.com".into(),
        role: Role::Target,
        server: None,
        answer: addrs(&["104.18.32.47"]),
    });
    assert!(doh_contradicts(&f));
    assert_eq!(judge(&f).unwrap().first.detail(), "chatgpt.com: NXDOMAIN");
}

#[test]
fn asset_sinkhole_and_system_lookup() {
    let mut f = facts(addrs(&["104.18.32.47"]), addrs(&["1.2.3.4"]));
    assert_eq!(judge(&f), None);
    f.answers[2].answer = addrs(&["0.0.0.0"]);
    let b = judge(&f).unwrap().first;
    assert_eq!(
        (b.name.as_str(), b.role),
        ("cdn.oaistatic.com", Role::Related)
    );
    // A hosts-file entry the resolvers never see.
    let mut f = facts(addrs(&["104.18.32.47"]), addrs(&["1.2.3.4"]));
    f.system = Some(vec![ip("127.0.0.1")]);
    let b = judge(&f).unwrap().first;
    assert_eq!((b.role, b.server), (Role::Target, None));
}

#[test]
fn refine_rules() {
    let block = judge(&facts(addrs(&["0.0.0.0"]), addrs(&["1.2.3.4"]))).unwrap();
    let mut offline = Verdict::new(VerdictKind::Offline);
    offline.detail = Some("Connection refused".into());
    let v = refine(offline.clone(), Some(&block), false);
    assert_eq!(
        (v.kind, v.basis),
        (VerdictKind::DnsBlocked, Basis::DnsAnswer)
    );
    assert_eq!(v.detail.as_deref(), Some("chatgpt.com: 0.0.0.0"));
    // Through a proxy local DNS decides nothing.
    assert_eq!(refine(offline.clone(), Some(&block), true), offline);
    assert_eq!(refine(offline.clone(), None, false), offline);
    // The site itself answered with a Cloudflare block: that stands.
    let mut cf = Verdict::new(VerdictKind::Blocked);
    cf.via_cloudflare = true;
    assert_eq!(refine(cf.clone(), Some(&block), false), cf);
    // The page works, a sinkholed target contradicts it: keep the probe's.
    let ok = Verdict::new(VerdictKind::Reachable);
    assert_eq!(refine(ok.clone(), Some(&block), false), ok);
    // ... but a sinkholed asset host breaks the page.
    let mut f = facts(addrs(&["104.18.32.47"]), addrs(&["1.2.3.4"]));
    f.answers[2].answer = addrs(&["::"]);
    let v = refine(ok, judge(&f).as_ref(), false);
    assert_eq!(v.kind, VerdictKind::DnsBlocked);
    // A stranger's page (Umbrella's block page over HTTP) is explained too.
    let mut portal = Verdict::new(VerdictKind::CaptivePortal);
    portal.http_status = Some(200);
    let v = refine(portal, Some(&block), false);
    assert_eq!(
        (v.kind, v.http_status),
        (VerdictKind::DnsBlocked, Some(200))
    );
}

#[test]
fn answers_from_replies() {
    let r = |rcode, addrs: &[&str]| -> Result<Reply, String> {
        Ok(Reply {
            rcode,
            ra: true,
            addrs: addrs.iter().map(|s| ip(s)).collect(),
            authority: None,
        })
    };
    assert_eq!(
        Answer::from_replies(r(Rcode::NoError, &["0.0.0.0"]), r(Rcode::NoError, &["::"])),
        addrs(&["0.0.0.0", "::"])
    );
    assert_eq!(
        Answer::from_replies(r(Rcode::NoError, &[]), r(Rcode::NoError, &[])),
        Answer::Nodata
    );
    assert_eq!(
        Answer::from_replies(r(Rcode::NxDomain, &[]), r(Rcode::NxDomain, &[])),
        nx()
    );
    assert_eq!(
        Answer::from_replies(r(Rcode::Refused, &[]), Err("timeout".into())),
        Answer::Refused
    );
    // One family answered, the other timed out: not NODATA.
    assert_eq!(
        Answer::from_replies(r(Rcode::NoError, &[]), Err("timeout".into())),
        Answer::Failed {
            why: "timeout".into()
        }
    );
    assert_eq!(
        Answer::from_replies(r(Rcode::ServFail, &[]), r(Rcode::ServFail, &[])),
        Answer::Failed {
            why: "servfail".into()
        }
    );
    // Through the codec: Quad9's NXDOMAIN without recursion available.
    let mut m = dnswire::tests::msg(3, "chatgpt.com", QType::A).rcode(3);
    m.flags &= !0x0080;
    let a = dnswire::parse(&m.bytes(), 3, "chatgpt.com", QType::A).map_err(|e| format!("{e:?}"));
    assert_eq!(
        Answer::from_replies(a.clone(), a),
        Answer::Nxdomain {
            authority: None,
            recursion_available: false
        }
    );
}

#[test]
fn resolver_files() {
    let conf = "# generated\nsearch lan\nnameserver 192.168.1.2\nnameserver fe80::1%eth0\n  nameserver   9.9.9.9  \nnameserver bogus\noptions edns0\n";
    assert_eq!(
        parse_resolv_conf(conf),
        vec![ip("192.168.1.2"), ip("fe80::1"), ip("9.9.9.9")]
    );
    let link = "# This is private data.\nLLMNR=yes\nSERVERS=192.168.1.1 192.0.2.9#dns.example [2001:db8::53]:53%3#x 10.0.0.1:53\nDOMAINS=lan\n";
    assert_eq!(
        parse_resolved_link(link),
        vec![
            ip("192.168.1.1"),
            ip("192.0.2.9"),
            ip("2001:db8::53"),
            ip("10.0.0.1")
        ]
    );
    assert_eq!(parse_resolved_link("DNS=1.1.1.1\n"), vec![ip("1.1.1.1")]);
    assert!(is_resolved_stub(ip("127.0.0.53")));
    assert!(!is_resolved_stub(ip("127.0.0.1")));
}

fn reply(rcode: Rcode, list: &[&str]) -> Result<Reply, String> {
    Ok(Reply {
        rcode,
        ra: true,
        addrs: list.iter().map(|s| ip(s)).collect(),
        authority: None,
    })
}

fn failed(why: &str) -> Answer {
    Answer::Failed { why: why.into() }
}

/// Issue 19, item 2: a malformed reply (or one to another question) is a
/// failed lookup, whatever the other family's reply says, never NODATA.
#[test]
fn malformed_replies_are_failures_never_nodata() {
    let bad = || Err(MALFORMED.to_string());
    let not_ours = || Err(NOT_OURS.to_string());
    assert_eq!(Answer::from_replies(bad(), bad()), failed(MALFORMED));
    assert_eq!(
        Answer::from_replies(reply(Rcode::NoError, &[]), bad()),
        failed(MALFORMED)
    );
    assert_eq!(
        Answer::from_replies(bad(), reply(Rcode::NxDomain, &[])),
        failed(MALFORMED)
    );
    assert_eq!(
        Answer::from_replies(reply(Rcode::Refused, &[]), not_ours()),
        failed(NOT_OURS)
    );
    // Through the codec: A records of 5 bytes, AAAA records of 4.
    use dnswire::tests::msg;
    let a = msg(1, "chatgpt.com", QType::A).record("chatgpt.com", 1, &[0; 5]);
    let aaaa = msg(2, "chatgpt.com", QType::Aaaa).record("chatgpt.com", 28, &[0; 4]);
    let answer = Answer::from_replies(
        dnswire::parse(&a.bytes(), 1, "chatgpt.com", QType::A).map_err(failure),
        dnswire::parse(&aaaa.bytes(), 2, "chatgpt.com", QType::Aaaa).map_err(failure),
    );
    assert_eq!(answer, failed(MALFORMED));
    // ... which is no DNS filter, though the control name resolves.
    assert_eq!(judge(&facts(answer, addrs(&["104.16.184.241"]))), None);
    // A CNAME loop likewise.
    let looped = msg(1, "chatgpt.com", QType::A).cname("chatgpt.com", "chatgpt.com");
    let r = dnswire::parse(&looped.bytes(), 1, "chatgpt.com", QType::A).map_err(failure);
    assert_eq!(Answer::from_replies(r.clone(), r), failed(MALFORMED));
    // The words for each error.
    use dnswire::WireError as W;
    for (e, why) in [
        (W::Short, MALFORMED),
        (W::BadName, MALFORMED),
        (W::Malformed, MALFORMED),
        (W::CnameLoop, MALFORMED),
        (W::WrongQuestion, NOT_OURS),
        (W::Unasked, NOT_OURS),
        (W::WrongId, NOT_OURS),
        (W::NotAReply, NOT_OURS),
        (W::Truncated, TRUNCATED),
    ] {
        assert_eq!(failure(e), why, "{e:?}");
    }
}

/// Issue 19, item 5: the page loads (the target pinned in a hosts file,
/// so the resolver's sinkhole of it does not matter), and an asset host or
/// openai.com is sinkholed: `dns_blocked`, named by the related name.
#[test]
fn a_blocked_target_does_not_hide_blocked_related_names() {
    let ok = Verdict::new(VerdictKind::Reachable);
    for (related, i) in [("openai.com", 1), ("cdn.oaistatic.com", 2)] {
        let mut f = facts(addrs(&["0.0.0.0"]), addrs(&["1.2.3.4"]));
        f.system = Some(vec![ip("104.18.32.47")]);
        f.answers[i].answer = addrs(&["0.0.0.0"]);
        let v = refine(ok.clone(), judge(&f).as_ref(), false);
        assert_eq!(v.kind, VerdictKind::DnsBlocked, "{related}");
        assert_eq!(v.detail, Some(format!("{related}: 0.0.0.0")));
        // Denied instead of sinkholed, while the control resolves.
        f.answers[i].answer = nx();
        let v = refine(ok.clone(), judge(&f).as_ref(), false);
        assert_eq!(v.detail, Some(format!("{related}: NXDOMAIN")));
        // The target's own block still leads when the page fails.
        let offline = Verdict::new(VerdictKind::Offline);
        let v = refine(offline, judge(&f).as_ref(), false);
        assert_eq!(v.detail.as_deref(), Some("chatgpt.com: 0.0.0.0"));
    }
    // Only the target blocked and the page loads: the page is right.
    let mut f = facts(addrs(&["0.0.0.0"]), addrs(&["1.2.3.4"]));
    f.system = Some(vec![ip("104.18.32.47")]);
    assert_eq!(refine(ok.clone(), judge(&f).as_ref(), false), ok);
}

/// The system's own lookup asks the same name servers: when they sent the
/// target a malformed reply, or one to another question, the sinkhole it
/// reports may be that reply taken at its word (glibc believes a reflected
/// query, a status-opcode reply, a record of another class). A hosts-file
/// entry, beside honest answers or a silent server, still counts.
#[test]
fn a_system_sinkhole_beside_hostile_replies_is_not_believed() {
    for why in [MALFORMED, NOT_OURS] {
        let mut f = facts(failed(why), addrs(&["104.16.184.241"]));
        f.system = Some(vec![ip("0.0.0.0")]);
        assert_eq!(judge(&f), None, "{why}");
    }
    for target in [addrs(&["104.18.32.47"]), failed("timeout")] {
        let mut f = facts(target, addrs(&["104.16.184.241"]));
        f.system = Some(vec![ip("127.0.0.1")]);
        assert_eq!(judge(&f).unwrap().first.detail(), "chatgpt.com: 127.0.0.1");
    }
}
