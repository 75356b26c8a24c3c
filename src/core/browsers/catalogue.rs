//! VPN and proxy extensions by store id, with the names users know them by.
//! Chrome Web Store ids hold in every Chromium browser; Firefox add-on ids
//! are separate. An enabled extension listed here is a finding whether or not
//! it currently sets the proxy (several route traffic through their own
//! request handlers and leave no proxy setting behind).

/// `(display name, Chrome Web Store ids, Firefox add-on ids)`.
const CATALOGUE: &[(&str, &[&str], &[&str])] = &[
    (
        "Hola VPN",
        &["gkojfkhlekighikafcpjkiklfbnlmeio"],
        &["jid1-4P0kohSJxU1qGg@jetpack"],
    ),
    (
        "Urban VPN",
        &["eppiocemhmnlbhjplcgkofciiegomcon"],
        &["urbanvpn@urbanvpn.com"],
    ),
    (
        "Browsec",
        &["omghfjlpggmjjaagoclmmobgdodcjboh"],
        &["browsec@browsec.com"],
    ),
    (
        "Touch VPN",
        &["bihmplhobchoageeokmgbdihknkjbknd"],
        &["touch-vpn@anchorfree.com"],
    ),
    ("Hotspot Shield", &["nlbejmccbhkncgokjcmghpfloaajcffj"], &[]),
    ("Betternet", &["gjknjjomckknofjidppipffbpoekiipm"], &[]),
    (
        "ZenMate",
        &["fdcgdnkidjaadafnichfpabhfomcebme"],
        &["firefox@zenmate.com", "zenmate@zenmate.com"],
    ),
    (
        "Windscribe",
        &["hnmpcagpplmpfojmgmnngilcnanddlhb"],
        &["@windscribeff"],
    ),
    (
        "NordVPN",
        &["fjoaledfpmneenckfbpdfhkmimnjocfa"],
        &["nordvpnproxy@nordvpn.com"],
    ),
    (
        "ExpressVPN",
        &["fgddmllnllkalaagkghckoinaemmogpe"],
        &["expressvpn-browser-extension@expressvpn.com"],
    ),
    (
        "Surfshark",
        &["ailoabdmgclmfmhdagmlohpjlbpffblp"],
        &["{732216ec-0dab-43bb-ac85-4b5e1977599d}"],
    ),
    (
        "Proton VPN",
        &["jplgfhpmjnbigmhklmmbgecoobifkmpa"],
        &["vpn@proton.ch"],
    ),
    (
        "Private Internet Access",
        &["jplnlifepflhkbkgonidnobkakhmpnmh"],
        &["{3e4d2037-d300-4e95-859d-3cba866f46d3}"],
    ),
    ("CyberGhost", &["ffbkglfijbcbgblgflchnbphjdllaogb"], &[]),
    ("TunnelBear", &["omdakjcmkglenbhjadbccaookpfjihpa"], &[]),
    ("AdGuard VPN", &["hhdobjgopfphlmjbmnpglhfcgppchgje"], &[]),
    (
        "SetupVPN",
        &["oofgbpoabipfcfjapgnbbjjaenockbdp"],
        &["@setupvpncom"],
    ),
    ("PureVPN", &["bfidboloedlamgdmenmlbipfnccokknp"], &[]),
    (
        "Proxy SwitchyOmega",
        &["padekgcemlokbadohgkifijomclgjgif"],
        &["switchyomega@feliscatus.addons.mozilla.org"],
    ),
    (
        "Proxy SwitchyOmega 3 (ZeroOmega)",
        &["pfnededegaaopdmhkdmcofjmoldfiped"],
        &[],
    ),
    (
        "FoxyProxy",
        &["gcknhkkoolaabfmlnjonogaaifnjlfnp"],
        &["foxyproxy@eric.h.jung"],
    ),
];

/// More Chrome Web Store VPN and proxy extensions, `(id, name)`: the ids
/// SigmaHQ's detection rule `registry_set_chrome_extension.yml` lists.
const MORE_CHROMIUM: &[(&str, &str)] = &[
    ("fcfhplploccackoneaefokcmbjfbkenj", "1clickVPN"),
    ("jajilbjjinjmgcibalaakngmkilboobh", "Astar VPN"),
    ("nabbmpekekjknlbkgpodfndbodhijjem", "Earth VPN"),
    ("kpiecbcckbofpmkkkdibbllpinceiihk", "DotVPN"),
    ("mjolnodfokkkaichkcjipfgblbfgojpa", "DotVPN"),
    ("bibjcjfmgapbfoljiojpipaooddpkpai", "VPN-free.pro"),
    ("mpcaainmfjjigeicjnlkdfajbioopjko", "VPN Unlimited"),
    ("jljopmgdobloagejpohpldgkiellmfnc", "PP VPN"),
    ("lochiccbgeohimldjooaakjllnafhaid", "IP Unblock"),
    ("nhnfcgpcbfclhfafjlooihdfghaeinfc", "Surf VPN"),
    ("ookhnhpkphagefgdiemllfajmkdkcaim", "iNinja VPN"),
    ("namfblliamklmeodpcelkokjbffgmeoo", "Daily VPN"),
    ("nbcojefnccbanplpoffopkoepjmhgdgh", "Hoxx VPN Proxy"),
    ("majdfhpaihoncoakbjgbdhglocklcgno", "Free VPN"),
    ("jgbaghohigdbgbolncodkdlpenhcmcge", "Free VPN"),
    ("klnkiajpmpkkkgpgbogmcgfjhdoljacg", "Free VPN for Chrome"),
    ("lnfdmdhmfbimhhpaeocncdlhiodoblbd", "VPN Proxy Master"),
    ("cocfojppfigjeefejbpfmedgjbpchcng", "SaferVPN Proxy"),
    ("foiopecknacmiihiocgdjgbjokkpkohc", "VPN Professional"),
    ("inligpkjkhbpifecbdjhmdpcfhnlelja", "Free One Touch VPN"),
    ("higioemojdadgdbhbbbkfbebbdlfjbip", "ibVPN"),
    ("hipncndjamdcmphkgngojegjblibadbe", "RusVPN"),
    ("iolonopooapdagdemdoaihahlfkncfgg", "Azino VPN"),
    ("jpgljfpmoofbmlieejglhonfofmahini", "Free Residential VPN"),
    ("ejkaocphofnobjdedneohbbiilggdlbi", "Hotspot Shield Elite"),
    ("keodbianoliadkoelloecbhllnpiocoi", "Hide My IP VPN"),
    ("hoapmlpnmpaehilehggglehfdlnoegck", "Tunnello VPN"),
    ("poeojclicodamonabcabmapamjkkmnnk", "HMA VPN"),
    ("dfkdflfgjdajbhocmfjolpjbebdkcjog", "Avira Phantom VPN"),
    ("kcdahmgmaagjhocpipbodaokikjkampi", "Hola VPN"),
    ("lneaocagcijjdpkcabeanfpdbmapcjjg", "Hub VPN"),
    ("pgfpignfckbloagkfnamnolkeaecfgfh", "Free Proxy VPN"),
    ("dhadilbmmjiooceioladdphemaliiobo", "Free Proxy VPN"),
    ("jliodmnojccaloajphkingdnpljdhdok", "Turbo VPN"),
    ("kcndmbbelllkmioekdagahekgimemejo", "VPN.AC"),
    ("jdgilggpfmjpbodmhndmhojklgfdlhob", "Browser VPN"),
    ("bihhflimonbpcfagfadcnbbdngpopnjb", "DEEPRISM VPN"),
    ("ppajinakbfocjfnijggfndbdmjggcmde", "My Browser VPN"),
    ("bhnhkdgoefpmekcgnccpnhjfdgicfebm", "Wachee VPN"),
    ("knmmpciebaoojcpjjoeonlcjacjopcpf", "Thunder Proxy"),
    ("jedieiamjmoflcknjdjhpieklepfglin", "FastestVPN Proxy"),
    ("mhngpdlhojliikfknhfaglpnddniijfh", "WorkingVPN"),
    ("npgimkapccfidfkfoklhpkgmhgfejhbj", "BelkaVPN"),
    ("akeehkgglkmpapdnanoochpfmeghfdln", "VPN Master"),
    ("gbmdmipapolaohpinhblmcnpmmlgfgje", "Unblock Websites"),
    ("aigmfoeogfnljhnofglledbhhfegannp", "Lethean Proxy VPN"),
    ("cgojmfochfikphincbhokimmmjenhhgk", "Whoer VPN"),
    ("ficajfeojakddincjafebjmfiefcmanc", "Best VPN USA"),
    ("apcfdffemoinopelidncddjbhkiblecc", "Soul VPN"),
    ("oifjbnnafapeiknapihcmpeodaeblbkn", "rderzh VPN Proxy"),
    ("plpmggfglncceinmilojdkiijhmajkjh", "Red Panda VPN"),
    ("mjnbclmflcpookeapghfhapeffmpodij", "Ultrareach VPN"),
    ("bblcccknbdbplgmdjnnikffefhdlobhp", "FastStunnel VPN"),
    ("aojlhgbkmkahabcmcpifbolnoichfeep", "VirtualShield VPN"),
    (
        "lcmammnjlbmlbcaniggmlejfjpjagiia",
        "Adblock Office VPN Proxy",
    ),
    ("knajdeaocbpmfghhmijicidfcmdgbdpm", "Guru VPN & Proxy"),
    ("bdlcnpceagnkjnjlbbbcepohejbheilk", "Malus VPN"),
    ("edknjdjielmpdlnllkdmaghlbpnmjmgb", "Muscle VPN"),
    ("eidnihaadmmancegllknfbliaijfmkgo", "Push VPN"),
    ("ckiahbcmlmkpfiijecbpflfahoimklke", "Gom VPN"),
    ("macdlemfnignjhclfcfichcdhiomgjjb", "Free Fast VPN"),
    ("chioafkonnhbpajpengbalkececleldf", "BullVPN"),
    ("amnoibeflfphhplmckdbiajkjaoomgnj", "HideAll VPN"),
    ("llbhddikeonkpbhpncnhialfbpnilcnc", "ProxyFlow"),
    ("aakchaleigkohafkfjfjbblobjifikek", "ProxFlow"),
    ("pcienlhnoficegnepejpfiklggkioccm", "Cloud VPN"),
    ("iocnglnmfkgfedpcemdflhkchokkfeii", "sVPN"),
    ("igahhbkcppaollcjeaaoapkijbnphfhb", "Social VPN"),
    ("ggackgngljinccllcmbgnpgpllcjepgc", "WindmillVPN"),
    ("kchocjcihdgkoplngjemhpplmmloanja", "IPBurger Proxy & VPN"),
    ("bnijmipndnicefcdbhgcjoognndbgkep", "Veee"),
    (
        "lklekjodgannjcccdlbicoamibgbdnmi",
        "Anonymous Proxy VPN Browser",
    ),
    ("dbdbnchagbkhknegmhgikkleoogjcfge", "Hideman VPN"),
    ("egblhcjfjmbjajhjhpmnlekffgaemgfh", "Fornex VPN"),
    ("ehbhfpfdkmhcpaehaooegfdflljcnfec", "WeVPN"),
    ("bkkgdjpomdnfemhhkalfkogckjdkcjkg", "VPNMatic"),
    ("almalgbpmcfpdaopimbdchdliminoign", "Urban Shield"),
    ("akkbkhnikoeojlhiiomohpdnkhbkhieh", "Prime VPN"),
    ("lejgfmmlngaigdmmikblappdafcmkndb", "uVPN"),
    ("ffhhkmlgedgcliajaedapkdfigdobcif", "Nucleus VPN"),
    ("pooljnboifbodgifngpppfklhifechoe", "GeoProxy"),
    ("dpplabbmogkhghncfbfdeeokoefdjegm", "Proxy SwitchySharp"),
];

/// The display name of a Chromium extension id, if it is a known VPN or proxy.
pub fn chromium_name(id: &str) -> Option<&'static str> {
    CATALOGUE
        .iter()
        .find(|(_, chrome, _)| chrome.contains(&id))
        .map(|(name, _, _)| *name)
        .or_else(|| {
            MORE_CHROMIUM
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, n)| *n)
        })
}

/// The display name of a Firefox add-on id, if it is a known VPN or proxy.
pub fn firefox_name(id: &str) -> Option<&'static str> {
    CATALOGUE
        .iter()
        .find(|(_, _, firefox)| firefox.contains(&id))
        .map(|(name, _, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_extension_the_issue_names_is_known() {
        for name in [
            "Hola",
            "Urban VPN",
            "Browsec",
            "Touch VPN",
            "Hotspot Shield",
            "Betternet",
            "ZenMate",
            "Windscribe",
            "NordVPN",
            "ExpressVPN",
            "Surfshark",
            "Proton VPN",
            "Private Internet Access",
            "CyberGhost",
            "TunnelBear",
            "AdGuard VPN",
            "SetupVPN",
            "PureVPN",
            "Proxy SwitchyOmega",
            "ZeroOmega",
            "FoxyProxy",
        ] {
            let hits: Vec<_> = CATALOGUE.iter().filter(|e| e.0.contains(name)).collect();
            assert!(!hits.is_empty(), "{name} missing");
            assert!(hits.iter().all(|e| !e.1.is_empty()), "{name}: no Chrome id");
        }
        assert_eq!(
            chromium_name("gkojfkhlekighikafcpjkiklfbnlmeio"),
            Some("Hola VPN")
        );
        assert_eq!(firefox_name("foxyproxy@eric.h.jung"), Some("FoxyProxy"));
        assert_eq!(chromium_name("foxyproxy@eric.h.jung"), None);
        assert_eq!(firefox_name("gkojfkhlekighikafcpjkiklfbnlmeio"), None);
    }

    #[test]
    fn ids_are_well_formed_and_unique() {
        let mut seen = std::collections::HashSet::new();
        let more = MORE_CHROMIUM
            .iter()
            .map(|(id, name)| (*name, std::slice::from_ref(id), &[][..]));
        for (name, chrome, firefox) in CATALOGUE.iter().copied().chain(more) {
            for id in chrome {
                assert!(
                    id.len() == 32 && id.bytes().all(|b| (b'a'..=b'p').contains(&b)),
                    "{name}: {id} is not a Chrome Web Store id"
                );
                assert!(seen.insert(*id), "{id} twice");
            }
            for id in firefox {
                assert!(id.contains('@') || id.starts_with('{'), "{name}: {id}");
                assert!(seen.insert(*id), "{id} twice");
            }
        }
    }
}
