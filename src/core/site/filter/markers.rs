//! The words and addresses that name a web filter's or a national block's
//! page, lower-case: from the vendors' own pages
//! (shared/notes/filters-and-browsers.md, section 3) and OONI's blocking
//! fingerprints (issue 19). Data only; `super` reads them.

/// Vendor → markers, lower-case, matched against the body and the
/// redirect target. Order matters only where a page could carry two.
pub(super) const VENDORS: &[(&str, &[&str])] = &[
    (
        "FortiGate",
        &[
            "fortiguard web filtering",
            "web page blocked!",
            "the page you have requested has been blocked",
            "web filter violation",
            "fortigate application control",
            "application blocked!",
            "url.fortinet.net/rate/submit.php",
        ],
    ),
    (
        "Palo Alto Networks",
        &[
            "has been blocked in accordance with company policy",
            "<h1>web page blocked</h1>",
            "application control verification",
        ],
    ),
    (
        "Zscaler",
        &["internet security by zscaler", "reasoncode=category_denied"],
    ),
    (
        "Cisco Umbrella",
        &[
            "blocked because of a cisco umbrella policy",
            "report an incorrect block",
            "block.opendns.com",
            "<title>site blocked</title>",
        ],
    ),
    (
        "SonicWall",
        &["sonicwall - web site blocked", "cfssupport.sonicwall.com"],
    ),
    ("WatchGuard", &["request denied by watchguard http proxy"]),
    (
        "McAfee Web Gateway",
        &["mcafee web gateway - notification - blocked by url filtering"],
    ),
    ("Barracuda", &["barracuda nextgen firewall"]),
    (
        "Cisco WSA",
        &[
            "you are attempting to access a forbidden site.",
            "<title>notification: policy: url filtering</title>",
        ],
    ),
    ("Sophos", &["sophos web appliance", "blocked by sophos"]),
    ("GoGuardian", &["blocked.goguardian.com"]),
    ("Securly", &["securly.com/blocked"]),
    ("Linewize", &[".linewize.net/"]),
    ("BlockSi", &["://block.si/", "://www.block.si/"]),
    ("eero", &["blocked.eero.com"]),
    // Issue 19: home and school filters, open-source gateways, the
    // products OONI's fingerprints name.
    (
        "Pi-hole",
        &["pi.hole/pihole/blockingpage.css", "blocked by pi-hole"],
    ),
    (
        "Squid",
        &["access control configuration prevents your request from being allowed at this time"],
    ),
    (
        "e2guardian",
        &["e2guardian - access denied", "dansguardian - access denied"],
    ),
    ("squidGuard", &["squidguard.cgi"]),
    ("pfBlockerNG", &["pfblockerng"]),
    (
        "Untangle",
        &[
            "this web page is blocked because it violates network policy",
            "this web page was blocked because it is considered inappropriate",
        ],
    ),
    (
        "iboss",
        &[
            "access to the requested site has been restricted due to its contents",
            "/ibreports/ibp/bp.html",
            "/iboss/restricted.html",
            "/block/restricted.html?fn=",
        ],
    ),
    (
        "Netsweeper",
        &["poweredbynetsweeper.com", "/webadmin/deny/"],
    ),
    (
        "Forcepoint",
        &[
            ":15871/cgi-bin/blockpage.cgi",
            ":15871/cgi-bin/block_message.cgi",
        ],
    ),
    (
        "Check Point",
        &["check point usercheck", "/usercheck/portalmain?iid="],
    ),
    (
        "Cisco Meraki",
        &[
            "this website is blocked by your network operator",
            "wired.meraki.com:8090/blocked.cgi",
        ],
    ),
    (
        "Lightspeed Systems",
        &["<title>lightspeed system - web access</title>"],
    ),
    ("ContentKeeper", &["blocked by contentkeeper"]),
    (
        "Kerio Control",
        &["this page has been blocked by kerio control"],
    ),
    ("Blue Coat", &["notify.bluecoat.com"]),
];

/// National block pages and redirects (OONI's blocking fingerprints): the
/// stub page a provider must show for a site blocked by law or order.
/// Matched like the vendors' markers, after lower-casing (Cyrillic too).
pub(super) const NATIONAL: &[&str] = &[
    // Russia: Roskomnadzor's register and its wording.
    "доступ к сайту ограничен в соответствии с федеральными законами",
    "доступ к запрашиваемому ресурсу закрыт",
    "eais.rkn.gov.ru",
    "warning.rt.ru",
    // Iran: the filter's frame to 10.10.34.34-36, peyvandha.ir.
    "iframe src=\"http://10.10.34.3",
    "peyvandha.ir",
    // Turkey: law 5651.
    "based on the law nr. 5651",
    "5651 sayılı kanun",
    // South Korea, Indonesia.
    "warning.or.kr",
    "trustpositif.kominfo.go.id",
    "internet-positif.org",
    "internetpositif",
    // Court and ministry orders (Belgium, Canada, Portugal, Colombia, Denmark, Greece).
    "considered illegal according to belgian legislation",
    "blocked by an order issued by the federal court of canada",
    "bloqueado por ordem judicial",
    "bloqueada por disposición del ministerio de las tic",
    "lagt at blokere for adgang til siden",
    "gamingcommission.gov.gr/index.php/forbidden-access-black-list",
];

/// Wording any filter uses that the site itself would not.
pub(super) const GENERIC_MARKERS: &[&str] = &[
    "blocked by your organization",
    "blocked by your organisation",
    "blocked by your administrator",
    "blocked by your network administrator",
    "blocked by your it administrator",
    "blocked by the network administrator",
    "blocked by the administrator",
    "blocked by your network policy",
    "blocked by network policy",
    "blocked by the network policy",
    "blocked by your school",
    "blocked according to your organization's policy",
];
