### blockwatch: Türkçe çeviri. Kurallar i18n/en/blockwatch.ftl dosyasının başında.
### Okura «siz» diye hitap edilir. Değişkenlere ek getirilmez (chatgpt.com'a değil,
### "chatgpt.com sitesine"): değerin son sesini bilemeyiz. Menü adları Chrome, Firefox,
### Edge, Safari, Windows, macOS, GNOME ve KDE'nin Türkçe sürümlerindeki gibidir.

## ---------------------------------------------------------------- verdicts

verdict-reachable = erişilebilir
verdict-challenge = erişilebilir (Cloudflare, tarayıcıların geçtiği bir tarayıcı denetimi gösteriyor)
verdict-blocked = Cloudflare güvenlik duvarı tarafından engellendi
verdict-ip-banned = adresiniz yasaklı
verdict-country-banned = ülkeniz veya bölgeniz yasaklı
verdict-browser-banned = tarayıcı imzası reddedildi
verdict-rate-limited = istek sınırına takıldı
verdict-region-unsupported = bölgenizde kullanılamıyor
verdict-site-down = site çalışmıyor
verdict-site-error = site bir hatayla yanıt verdi
verdict-captive-portal = site yerine ağınızdaki bir şey yanıt verdi
verdict-offline = bağlantı yok
verdict-dns-failure = alan adı çözümlenemedi
verdict-timeout = zamanında yanıt gelmedi
verdict-tls-error = güvenli bağlantı kurulamadı

## ---------------------------------------------------------------- nedenler

cause-healthy = sorun yok
cause-vpn-exit-blocked = VPN sunucusunun adresi engelli
cause-proxy-blocked = proxy'nin adresi engelli
cause-public-ip-blocked = internet adresiniz engelli
cause-location-unsupported = konumunuz desteklenmiyor
cause-rate-limited = adresinizden çok fazla istek
cause-probe-refused = yalnızca blockwatch'un kendi denetimi reddediliyor
cause-outage = OpenAI tarafında kesinti
cause-captive-portal = ağ oturum açmanızı istiyor
cause-no-connection = bağlantı yok
cause-tls-interception = güvenli bağlantıya müdahale ediliyor
cause-browser-side = tarayıcınızdaki bir şey
cause-browser-extension = tarayıcınızdaki bir uzantı
cause-browser-proxy = tarayıcınızdaki bir proxy veya VPN
cause-dns-filtered = bir DNS filtresi
cause-network-filter = ağınızdaki bir filtre
cause-unknown = bilinmiyor

## ---------------------------------------------------------------- headlines

headline-healthy = ChatGPT'ye erişilebiliyor
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT, Cloudflare WARP adresini reddediyor
   *[other] ChatGPT, Cloudflare WARP adresini reddediyor (hata { $code })
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT, VPN'inizin adresini reddediyor
   *[other] ChatGPT, VPN'inizin adresini reddediyor (hata { $code })
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT, proxy sunucunuzun adresini reddediyor
   *[other] ChatGPT, proxy sunucunuzun adresini reddediyor (hata { $code })
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT, internet adresinizi reddediyor
   *[other] ChatGPT, internet adresinizi reddediyor (hata { $code })
}
headline-location-unsupported = { $location ->
    [none] ChatGPT bulunduğunuz yerden kullanılamıyor
   *[other] ChatGPT bulunduğunuz yerden kullanılamıyor ({ $location })
}
headline-rate-limited = { $code ->
    [none] ChatGPT, adresinizden gelen istekleri sınırlıyor
   *[other] ChatGPT, adresinizden gelen istekleri sınırlıyor (hata { $code })
}
headline-probe-refused = { $code ->
    [none] Cloudflare, blockwatch denetimini reddetti
   *[other] Cloudflare, blockwatch denetimini reddetti (hata { $code })
}
headline-outage = ChatGPT çalışmıyor
headline-captive-portal = Bu ağ önce oturum açmanızı istiyor
headline-no-connection = ChatGPT'ye bağlantı yok
headline-tls-interception = Ağınızdaki bir şey ChatGPT bağlantısının arasına giriyor
headline-browser-side = ChatGPT yanıt veriyor: engel tarayıcınızda
headline-unknown = ChatGPT beklenmeyen bir hatayla yanıt verdi

## ---------------------------------------------------------------- explanations

explain-healthy = { $host } normal yanıt veriyor. Tarayıcınızda bir Cloudflare denetimi görünürse kendiliğinden geçer.
explain-vpn-exit-blocked = { $host } sitesine bağlantınız { $vpn } üzerinden gidiyor ve ChatGPT'nin güvenlik duvarı bu VPN sunucusunun adresini reddediyor. VPN sunucularını aynı anda pek çok kişi kullanır, bu yüzden siteler onları sık sık engeller. Kendi internet bağlantınızda sorun yok.
explain-proxy-blocked = { $host } sitesine bağlantınız kendi internet adresinizden değil, bir proxy ya da bölünmüş tünelli (split tunnel) bir VPN üzerinden çıkıyor ve ChatGPT'nin güvenlik duvarı bu çıkış adresini reddediyor.
explain-public-ip-blocked = { $ip ->
    [none] ChatGPT'nin güvenlik duvarı internet bağlantınızın genel adresini reddediyor. Arada VPN ya da proxy yok; çözüm başka bir adres: sağlayıcınızdan yeni bir adres ya da başka bir ağ.
   *[other] ChatGPT'nin güvenlik duvarı internet bağlantınızın genel adresini ({ $ip }) reddediyor. Arada VPN ya da proxy yok; çözüm başka bir adres: sağlayıcınızdan yeni bir adres ya da başka bir ağ.
}
explain-location-unsupported = { $location ->
    [none] ChatGPT, adresinizi yerleştirdiği ülke veya bölgeden gelen bağlantıları reddediyor. ChatGPT'nin sunulduğu bir yerdeyseniz bu konum VPN'inizden ya da adresinizin yanlış coğrafi konumlandırılmasından geliyor.
   *[other] ChatGPT, adresinizi yerleştirdiği ülke veya bölgeden ({ $location }) gelen bağlantıları reddediyor. ChatGPT'nin sunulduğu bir yerdeyseniz bu konum VPN'inizden ya da adresinizin yanlış coğrafi konumlandırılmasından geliyor.
}
explain-rate-limited = { $duration ->
    [none] Adresinizden çok fazla istek geldi, bu yüzden { $host } yavaşlamanızı istiyor. Bu kendiliğinden geçer.
   *[other] Adresinizden çok fazla istek geldi, bu yüzden { $host } şu kadar beklemenizi istiyor: { $duration }. Bu kendiliğinden geçer.
}
explain-probe-refused = Cloudflare, blockwatch denetiminin kendini tanıtma biçimini reddetti. Bu, tarayıcınız hakkında hiçbir şey söylemez; tarayıcılar farklı denetlenir. Tarayıcınız da aynı hatayı gösteriyorsa aşağıdaki adımlar onun için geçerli.
explain-outage = Sorun { $host } sitesinin kendisinde: arıza sizde değil, OpenAI tarafında.
explain-captive-portal = Bu ağda { $host } yerine başka bir şey yanıt verdi: genellikle bir otel, havalimanı, kafe ya da şirket ağının oturum açma sayfası.
explain-no-connection = blockwatch { $host } sitesine hiç ulaşamadı, bu yüzden henüz bir engel hakkında bir şey söylenemez.
explain-tls-interception = { $host } ile güvenli bağlantıya, { $host } için verilmemiş bir sertifikayla yanıt geldi. Araya bir oturum açma sayfası, şirket proxy'si ya da güvenlik yazılımı girmiş.
explain-browser-side = Bu bilgisayardan { $host } normal yanıt veriyor, yani adresiniz engelli değil. Tarayıcınızın hâlâ gösterdiği şey tarayıcının kendisinden geliyor: kayıtlı çerezler, bir uzantı ya da ayarları.
explain-unknown = { $host } bilinen hiçbir engele, kesintiye ya da ağ sorununa uymayan bir şekilde yanıt verdi.

## ---------------------------------------------------------------- names and durations

vpn-name = { $kind ->
    [vendor-interface] { $vendor } ({ $interface })
    [vendor] { $vendor }
    [interface] VPN ({ $interface })
   *[unknown] VPN
}
duration = { $unit ->
    [moment] biraz
    [seconds] { $count } saniye
    [minutes] { $count } dakika
   *[hours] { $count } saat
}

## ---------------------------------------------------------------- Cloudflare error codes

code-1020 = sitenin güvenlik duvarı kuralları erişimi reddetti
code-1005 = adresinizin ait olduğu ağ yasaklı
code-ip-banned = adresiniz yasaklı
code-1012 = ağınızdan gelen etkinlik nedeniyle erişim reddedildi
code-1009 = ülkeniz veya bölgeniz yasaklı
code-1010 = tarayıcı imzası yasaklı
code-1015 = istekleriniz sınırlanıyor
code-dns-tunnel = sitenin DNS'i veya tüneli arızalı
code-host-not-found = sitenin sunucusu bulunamadı
code-legal = yasal kısıtlama
code-1200 = Cloudflare aşırı yüklü
code-origin-unreachable = Cloudflare sitenin sunucularına ulaşamıyor
code-other = Cloudflare hatası

## ---------------------------------------------------------------- evidence

evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] Cloudflare üzerinden, HTTP kodu olmadan
       *[no] HTTP kodu olmadan
    }
   *[other] { $via ->
        [yes] Cloudflare üzerinden HTTP { $status } ile
       *[no] HTTP { $status } ile
    }
}
evidence-answer-code = { $host } { $answer } yanıt verdi, Cloudflare hatası { $code } ({ $meaning }): { $label }
evidence-answer-challenge = { $host } { $answer } bir Cloudflare tarayıcı denetimiyle yanıt verdi (engel değil, doğrulama): { $label }
evidence-answer-block-page = { $host } { $answer } Cloudflare'in "Sorry, you have been blocked" sayfasıyla yanıt verdi: { $label }
evidence-answer-access-denied = { $host } { $answer } Cloudflare'in "Access denied" sayfasıyla yanıt verdi (hata numarası okunamıyor): { $label }
evidence-answer-cloudflare-page = { $host } { $answer } Cloudflare'in ürettiği bir sayfayla yanıt verdi (hata numarası olmayan özel sayfa): { $label }
evidence-answer-openai-region = { $host } { $answer } OpenAI'ın "country, region, or territory not supported" hatasıyla yanıt verdi: { $label }
evidence-answer-not-cloudflare = { $host } { $answer } yanıt verdi, ama Cloudflare üzerinden değil: yoldaki başka bir şey yanıt verdi: { $label }
evidence-answer-gateway = { $host } { $answer } yanıt verdi, ama Cloudflare üzerinden değil: yoldaki bir cihaz siteye kendisi ulaşamadı
evidence-answer-plain = { $host } { $answer } yanıt verdi: { $label }
evidence-transport-error = { $host }: { $label } ({ $detail })
evidence-ray = { $colo ->
    [none] Cloudflare Ray ID { $id }
   *[other] Cloudflare Ray ID { $id }, veri merkezi { $colo }
}
evidence-retry-after = site, yeniden denemeden önce şu kadar beklemenizi istiyor: { $duration }
evidence-page-saw-address = hata sayfası adresinizi { $ip } olarak gösteriyor
evidence-page-address-differs = hata sayfası adresinizi { $page } olarak gösteriyor, ama sitenin izleme kaydı ve diğer siteler { $others } adresini görüyor: sayfa bir proxy üzerinden ya da ayrı bir yoldan geldi
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] site sizi { $ip } olarak görüyor
       *[other] site sizi { $ip } olarak görüyor, Cloudflare { $colo } üzerinden
    }
   *[other] { $colo ->
        [none] site sizi { $ip } olarak görüyor, { $location }
       *[other] site sizi { $ip } olarak görüyor, { $location }, Cloudflare { $colo } üzerinden
    }
}
evidence-others-see = diğer siteler sizi { $ip } olarak görüyor
evidence-address-mismatch = site sizi { $site } olarak, diğer siteler ise { $others } olarak görüyor: { $host } sitesine giden trafik başka bir yerden çıkıyor (bir proxy ya da bölünmüş tünelli VPN)
evidence-route-tunnel = { $vendor ->
    [none] { $host } sitesine giden yol bir VPN tüneli olan { $interface } arayüzünden geçiyor
   *[other] { $host } sitesine giden yol { $interface } ({ $vendor }) arayüzünden geçiyor
}
evidence-route-direct = { $host } sitesine giden yol VPN'den değil, { $interface } arayüzünden geçiyor
evidence-no-route = bu bilgisayarın { $host } sitesine yolu yok: bağlı değil
evidence-warp = Cloudflare, WARP kullandığınızı bildiriyor (warp=on)
evidence-unused-tunnel = { $vendor ->
    [none] { $interface } tüneli açık ama { $host } trafiğini taşımıyor
   *[other] { $interface } ({ $vendor }) açık ama { $host } trafiğini taşımıyor
}
evidence-vpn-software = çalışan VPN yazılımları: { $names }
evidence-proxy = { $host } için bir proxy ayarlı: { $url }
evidence-proxy-script = sisteminiz { $host } için proxy'yi { $url } otomatik yapılandırma betiğinden alıyor; blockwatch bu tür betikleri çalıştırmaz, bu yüzden kendi istekleri doğrudan gitti (tarayıcınız betiğin seçtiği proxy üzerinden gidebilir)
evidence-status = { $component ->
    [none] { $incident ->
        [none] OpenAI durum sayfası: { $overall }
       *[other] OpenAI durum sayfası: { $overall }; açık olay: { $incident }
    }
   *[other] { $incident ->
        [none] OpenAI durum sayfası: { $overall }; ChatGPT sohbetleri: { $component }
       *[other] OpenAI durum sayfası: { $overall }; ChatGPT sohbetleri: { $component }; açık olay: { $incident }
    }
}
status-overall-none = tüm sistemler normal
status-overall-minor = küçük bir sorun
status-overall-major = büyük bir kesinti
status-overall-critical = kritik bir kesinti
component-status = { $state ->
    [operational] çalışıyor
    [degraded_performance] performans düşük
    [partial_outage] kısmi kesinti
    [major_outage] büyük kesinti
    [under_maintenance] bakımda
   *[other] { $raw }
}
evidence-status-unknown = OpenAI durum sayfası okunamadı (durum bilinmiyor)
evidence-status-not-needed = bu yanıt için OpenAI durum sayfasına gerek yoktu (okunmadı)
evidence-tls-wrong-name = sunulan sertifika { $host } için değil, başka bir ad için
evidence-tls-untrusted = { $host } için sunulan sertifika güvenilir bir yetkiliden değil
evidence-tls-not-valid-now = sertifikanın süresi dolmuş ya da henüz geçerli değil: bu bilgisayarın tarih ve saatini kontrol edin
evidence-tls-other = güvenli bağlantı kurulamadı
evidence-browser-report = tarayıcınızın hâlâ engeli gösterdiğini bildiriyorsunuz
evidence-same-address = bağlantınız koptu ve aynı genel adresle ({ $ip }) geri geldi: modemi yeniden başlatmak onu değiştirmiyor

## ---------------------------------------------------------------- notification bodies

notify-fix-disconnect-vpn-warp = Cloudflare WARP'ı kapatın.
notify-fix-disconnect-vpn = { $vpn } bağlantısını kesin.
notify-fix-switch-vpn-server = Başka bir VPN sunucusuna bağlanın.
notify-fix-disable-proxy = Proxy'yi kapatın.
notify-fix-restart-router = Yeni bir adres almak için modemi yeniden başlatın.
notify-fix-use-other-network = Başka bir ağ deneyin, örneğin telefonunuzun kişisel erişim noktası.
notify-fix-contact-isp = İnternet sağlayıcınızdan yeni bir adres isteyin.
notify-fix-clear-browser-data = Tarayıcıda { $host } ve openai.com çerezlerini silin.
notify-fix-disable-extensions = Tarayıcı uzantılarını kapatın.
notify-fix-check-browser-permissions = { $host } için JavaScript'e ve çerezlere izin verin.
notify-fix-wait-rate-limit = { $duration ->
    [none] Yeniden denemeden önce birkaç dakika bekleyin.
   *[other] Yeniden denemeden önce { $duration } bekleyin.
}
notify-fix-wait-outage = Bekleyin: bunu OpenAI düzeltmeli.
notify-fix-check-status-page = status.openai.com adresine bakın.
notify-fix-sign-in-network = Bu ağda oturum açın.
notify-fix-check-connection = İnternet bağlantınızı kontrol edin.
notify-fix-update-browser = Tarayıcınızı güncelleyin.
notify-no-actions-hint = Çözüm adımları: `blockwatch fix` komutunu çalıştırın ya da şu dosyayı açın: { $page }
notify-same-ip-title = Adresiniz değişmedi
notify-same-ip-body = Bağlantı geri geldikten sonra adres hâlâ { $ip }: sabit ya da başkalarıyla paylaşılan bir adres (CGNAT). Yeniden başlatmak işe yaramaz; başka bir ağ kullanın ya da sağlayıcınızdan yeni bir adres isteyin.
notify-resolved-title = ChatGPT yeniden çalışıyor
notify-resolved-vpn-disconnected = { $vpn ->
    [none] VPN bağlantısı kesilince erişim geri geldi.
   *[other] VPN bağlantısı ({ $vpn }) kesilince erişim geri geldi.
}
notify-resolved-vpn-switched = VPN sunucusu değiştirilince erişim geri geldi.
notify-resolved-proxy-off = Proxy kapatılınca erişim geri geldi.
notify-resolved-new-address = Adresiniz { $old } yerine { $new } olunca erişim geri geldi.
notify-resolved-other-network = Ağ değiştirilince erişim geri geldi.
notify-resolved-outage-over = Erişim geri geldi: OpenAI kesintiyi giderdi.
notify-resolved-rate-limit-over = Erişim geri geldi: istek sınırının süresi doldu.
notify-resolved-outage = Erişim geri geldi: kesinti sona erdi.
notify-resolved = Erişim geri geldi.
action-show-fix = Çözüm adımlarını göster
action-check-again = Yeniden denetle

## ---------------------------------------------------------------- fix steps

fix-disconnect-vpn-title = { $vpn } bağlantısını kesin
fix-disconnect-vpn-warp-title = Cloudflare WARP'ı kapatın
fix-disconnect-vpn-warp = WARP simgesine tıklayıp kapatın ya da `warp-cli disconnect` komutunu çalıştırın.
fix-disconnect-vpn-tailscale = Çıkış düğümü kullanmayı bırakın: Tailscale menüsünde Exit Node → None seçin ya da `tailscale set --exit-node=` komutunu çalıştırın.
fix-disconnect-vpn-wireguard-linux = `sudo wg-quick down { $interface }` komutunu çalıştırın; NetworkManager yönetiyorsa `nmcli connection down { $interface }`.
fix-disconnect-vpn-mullvad-linux = Mullvad uygulamasında "Bağlantıyı kes" düğmesine tıklayın ya da `mullvad disconnect` komutunu çalıştırın.
fix-disconnect-vpn-nordvpn-linux = `nordvpn disconnect` komutunu çalıştırın ya da NordVPN uygulamasında Disconnect düğmesine tıklayın.
fix-disconnect-vpn-expressvpn-linux = `expressvpn disconnect` komutunu çalıştırın ya da ExpressVPN uygulamasındaki açma/kapama düğmesine tıklayın.
fix-disconnect-vpn-anyconnect-linux = Cisco Secure Client'ta Disconnect düğmesine tıklayın ya da `/opt/cisco/anyconnect/bin/vpn disconnect` komutunu çalıştırın.
fix-disconnect-vpn-globalprotect-linux = `globalprotect disconnect` komutunu çalıştırın ya da GlobalProtect uygulamasında Disconnect'i kullanın.
fix-disconnect-vpn-other-linux = VPN uygulamanızda bağlantıyı kesin; sistemde kurulu bir VPN için `nmcli connection down { $interface }` (ya da ağ menüsündeki VPN anahtarı).
fix-disconnect-vpn-macos = { $vendor ->
    [none] Menü çubuğundaki VPN uygulaması simgesine tıklayın ve "Bağlantıyı Kes"i seçin.
   *[other] Menü çubuğundaki { $vendor } simgesine tıklayın ve "Bağlantıyı Kes"i seçin.
}
fix-disconnect-vpn-wireguard-windows = WireGuard uygulamasını açın ve "Devre dışı bırak" düğmesine tıklayın.
fix-disconnect-vpn-windows = { $vendor ->
    [none] Bildirim alanındaki (sağ altta) VPN uygulaması simgesine sağ tıklayın ve "Bağlantıyı kes"i seçin.
   *[other] Bildirim alanındaki (sağ altta) { $vendor } simgesine sağ tıklayın ve "Bağlantıyı kes"i seçin.
}
fix-disconnect-vpn-system-linux = Ya da sistem menüsünü kullanın: GNOME'da sağ üstteki menü → VPN → kapalı; KDE'de ağ uygulamacığı → VPN bağlantısını kes.
fix-disconnect-vpn-system-macos = Ya da Sistem Ayarları → VPN'e gidip VPN'i kapatın.
fix-disconnect-vpn-system-windows = Ya da Ayarlar → Ağ ve internet → VPN → VPN'iniz → Bağlantıyı kes.
fix-disconnect-vpn-kill-switch = VPN'de, bağlantı kesikken interneti engelleyen bir "kill switch" varsa onu da kapatın.
fix-disconnect-vpn-reload = { $host } sayfasını yeniden yükleyin. blockwatch ağ değişir değişmez yeniden denetler ve bunun işe yarayıp yaramadığını söyler.

fix-switch-vpn-server-title = Başka bir VPN sunucusuna bağlanın
fix-switch-vpn-server-pick = VPN uygulamanızı açıp başka bir sunucu seçin: başka bir şehir ya da daha az kalabalık bir sunucu (birçok uygulama yükü gösterir).
fix-switch-vpn-server-avoid = Özel sunuculardan (P2P, gizlenmiş/obfuscated, "Double VPN") kaçının: adresleri daha sık engellenir.
fix-switch-vpn-server-dedicated = VPN'iniz özel (kişisel) bir IP adresi sunuyorsa onu kullanın: yabancılarla paylaşılmaz.
fix-switch-vpn-server-reload = { $host } sayfasını yeniden yükleyin. blockwatch bağlantı değişir değişmez yeniden denetler.

fix-disable-proxy-title = Proxy'yi kapatın
fix-disable-proxy-in-use = Kullanılan proxy: { $proxy }.
fix-disable-proxy-linux = GNOME: Ayarlar → Ağ → Ağ Vekili → Kapalı. KDE: Sistem Ayarları → Ağ → Vekil → Vekil yok.
fix-disable-proxy-linux-env = Terminal oturumunda proxy ortam değişkenlerinden gelir: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (ve bunları ~/.profile ya da /etc/environment dosyasından da kaldırın).
fix-disable-proxy-macos = Sistem Ayarları → Ağ → bağlantınız → Ayrıntılar… → Proxy'ler: tüm proxy'leri kapatıp Tamam'a tıklayın.
fix-disable-proxy-windows = Ayarlar → Ağ ve internet → Ara sunucu: "Ara sunucu kullan" seçeneğini kapatın (şirketiniz gerektirmiyorsa "Kurulum betiği kullan" seçeneğini de).
fix-disable-proxy-extensions = Tarayıcıdaki proxy veya VPN uzantılarını da kapatın (tarayıcının araç çubuğunda görünürler).
fix-disable-proxy-reload = { $host } sayfasını yeniden yükleyin. Şirket ağındaysanız proxy'yi atlamadan önce BT bölümüne sorun.

fix-restart-router-title = Yeni bir adres almak için modemi yeniden başlatın
fix-restart-router-unplug = Modemin (internet ayrı bir cihazdan, örneğin bir fiber terminalinden geliyorsa onun da) fişini çekin. Web sayfasından ya da uygulamadan yeniden başlatmak çoğu zaman aynı adresi korur.
fix-restart-router-wait = En az 5 dakika bekleyin: birçok sağlayıcı yeni adresi ancak eski adresin kira süresi dolunca verir. Bazıları 30 dakika ya da daha fazla ister.
fix-restart-router-order = Ayrı bir cihaz varsa önce onu takın ve bağlanmasını bekleyin, sonra modemi.
fix-restart-router-check = blockwatch bağlantınız geri geldiğinde yeniden denetler ve genel adresinizin değişip değişmediğini söyler. Değişmediyse sabit bir adresiniz var ya da adresi başka abonelerle paylaşıyorsunuz (CGNAT): yeniden başlatmak işe yaramaz; başka bir ağ kullanın ya da sağlayıcınıza başvurun.

fix-use-other-network-title = Başka bir ağ deneyin
fix-use-other-network-hotspot = Telefonunuzda kişisel erişim noktasını açın (mobil veri kullansın diye telefonun Wi-Fi'ı kapalıyken) ve bu bilgisayarı ona bağlayın.
fix-use-other-network-open = { $host } sitesini açın. Orada çalışıyorsa engel bu bilgisayarda değil, her zamanki ağınızın adresinde.
fix-use-other-network-keep = Sağlayıcınızdan yeni bir adres isterken diğer ağı kullanmaya devam edin.
fix-use-other-network-open-network = { $host } sitesini açın. Orada çalışıyorsa engel bu bilgisayarda değil, her zamanki ağınızda.
fix-use-other-network-keep-network = { $host } her zamanki ağınızda yeniden çalışana kadar diğer ağı kullanmaya devam edin.

fix-contact-isp-title = İnternet sağlayıcınızdan yeni bir adres isteyin
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] Sağlayıcınıza, Cloudflare arkasındaki sitelerin ({ $host } gibi) genel adresinizi reddettiğini söyleyin.
       *[other] Sağlayıcınıza, Cloudflare arkasındaki sitelerin ({ $host } gibi) genel adresinizi { $code } hatasıyla reddettiğini söyleyin.
    }
   *[other] { $code ->
        [none] Sağlayıcınıza, Cloudflare arkasındaki sitelerin ({ $host } gibi) genel adresinizi ({ $ip }) reddettiğini söyleyin.
       *[other] Sağlayıcınıza, Cloudflare arkasındaki sitelerin ({ $host } gibi) genel adresinizi ({ $ip }) { $code } hatasıyla reddettiğini söyleyin.
    }
}
fix-contact-isp-ask = Yeni bir dinamik adres isteyin; CGNAT (paylaşılan adres) arkasındaysanız oradan çıkarılmayı isteyin.
fix-contact-isp-static = Sabit adres için ödeme yapıyorsanız başka bir adres isteyin: eskisi bir engel listesinde.
fix-contact-isp-geolocation = Site sizi yanlış bir ülkede gösteriyorsa sağlayıcıdan adres aralığının coğrafi konum kaydını düzeltmesini isteyin.

fix-clear-browser-data-title = Tarayıcıda { $host } ve openai.com verilerini silin
fix-clear-browser-data-chrome = Chrome: Ayarlar → Gizlilik ve güvenlik → Üçüncü taraf çerezleri → Tüm site verilerini ve izinleri göster; "{ $host }" ve "openai.com" aratıp ikisini de silin.
fix-clear-browser-data-firefox = Firefox: Ayarlar → Gizlilik ve Güvenlik → Çerezler ve Site Verileri → Verileri yönet…; "chatgpt" ve "openai" aratın, "Seçilenleri kaldır", ardından "Değişiklikleri kaydet".
fix-clear-browser-data-edge = Edge: Ayarlar → Tanımlama bilgileri ve site izinleri → Tanımlama bilgilerini ve site verilerini yönetin ve silin → Tüm tanımlama bilgilerini ve site verilerini görün; iki siteyi de aratıp silin.
fix-clear-browser-data-safari = Safari: Ayarlar → Gizlilik → Web Sitesi Verilerini Yönet…; "chatgpt" ve "openai" aratın, Sil, ardından Bitti.
fix-clear-browser-data-reopen = Tüm { $host } sekmelerini kapatın, sonra yeniden açıp oturum açın.

fix-disable-extensions-title = Tarayıcı uzantılarını kapatın
fix-disable-extensions-private = { $safari ->
    [yes] { $host } sitesini gizli bir pencerede açın (Chrome ve Edge'de Ctrl+Shift+N, Firefox'ta Ctrl+Shift+P, Safari'de ⌘⇧N): orada uzantılar kapalıdır.
   *[no] { $host } sitesini gizli bir pencerede açın (Chrome ve Edge'de Ctrl+Shift+N, Firefox'ta Ctrl+Shift+P): orada uzantılar kapalıdır.
}
fix-disable-extensions-list = Orada çalışıyorsa uzantı listesini açın (chrome://extensions, about:addons, edge://extensions) ve uzantıları tek tek kapatın.
fix-disable-extensions-suspects = Önce şüphelileri deneyin: VPN ve proxy uzantıları, reklam ve betik engelleyiciler, user-agent değiştiriciler, gizlilik ve parmak izi önleme araçları.
fix-disable-extensions-reload = Her birinden sonra { $host } sayfasını yeniden yükleyin; engele neden olanı kapalı tutun.

fix-check-browser-permissions-title = { $host } için JavaScript'e ve çerezlere izin verin
fix-check-browser-permissions-chrome = Chrome ve Edge: { $host } sitesinde adresin solundaki simgeye tıklayın → Site ayarları; JavaScript ve Çerezler için "İzin ver"i seçin.
fix-check-browser-permissions-firefox = Firefox: adresin solundaki kalkana tıklayıp bu site için Gelişmiş İzlenme Koruması'nı kapatın; "Sıkı" mod Cloudflare denetimlerini bozabilir.
fix-check-browser-permissions-challenges = Betikleri ya da üçüncü taraf çerezlerini varsayılan olarak engelliyorsanız challenges.cloudflare.com'a da izin verin.
fix-check-browser-permissions-clock = Bu bilgisayarın tarihinin, saatinin ve saat diliminin doğru olduğunu kontrol edin: yanlış saat güvenlik denetimlerinin başarısız olmasına yol açar.

fix-wait-rate-limit-title = { $duration ->
    [none] Yeniden denemeden önce birkaç dakika bekleyin
   *[other] Yeniden denemeden önce { $duration } bekleyin
}
fix-wait-rate-limit-stop = Sayfayı yenilemeyi bırakın: her yenileme sınırı uzatır.
fix-wait-rate-limit-scripts = ChatGPT'ye kendiliğinden istek gönderen betikleri, uzantıları ya da diğer sekmeleri kapatın.
fix-wait-rate-limit-check = blockwatch bekleme bitince yeniden denetler ve erişim geri geldiğinde size haber verir.

fix-wait-outage-title = OpenAI'ın kesintiyi gidermesini bekleyin
fix-wait-outage-nothing = Sizin tarafınızda değiştirilecek bir şey yok: çerezleri silmek ya da ağ değiştirmek işe yaramaz.
fix-wait-outage-follow = Gelişmeleri şu adresten izleyin: { $url }
fix-wait-outage-check = blockwatch denetlemeye devam eder ve ChatGPT geri geldiğinde size haber verir.

fix-check-status-page-title = OpenAI durum sayfasına bakın
fix-check-status-page-open = { $url } adresini açın ve "Conversations" satırına bakın.
fix-check-status-page-incident = Açık bir olay varsa çözülmesini bekleyin; ChatGPT yeniden normal yanıt verdiğinde blockwatch size haber verir.

fix-sign-in-network-title = Bu ağda oturum açın
fix-sign-in-network-neverssl = Tarayıcınızda http://neverssl.com adresini açın (düz bir http sayfası): onun yerine ağın oturum açma sayfası çıkar.
fix-sign-in-network-terms = Koşulları kabul edin ya da size verilen kodu girin (oda numarası, bilet, kupon).
fix-sign-in-network-linux = GNOME ve KDE de böyle bir sayfa algıladıklarında "Ağda oturum aç" bildirimi gösterir.
fix-sign-in-network-macos = macOS oturum açma penceresini genellikle kendisi açar; açmazsa Wi-Fi'ı kapatıp yeniden açın.
fix-sign-in-network-windows = Windows oturum açma sayfasını genellikle kendisi açar; açmazsa ağ simgesine tıklayıp "Tarayıcıyı aç ve bağlan"ı seçin.
fix-sign-in-network-reload = { $host } sayfasını yeniden yükleyin; ağ değişince blockwatch yeniden denetler.

fix-check-connection-title = İnternet bağlantınızı kontrol edin
fix-check-connection-wifi = Wi-Fi'ın açık ve bağlı olduğunu ya da kablonun takılı olduğunu kontrol edin.
fix-check-connection-other-site = Başka bir web sitesi açın. Hiçbir şey yüklenmiyorsa önce bu bilgisayarda Wi-Fi'ı, sonra modemi yeniden başlatın.
fix-check-connection-linux = Terminalde `ping -c 3 1.1.1.1` internetin yanıt verip vermediğini gösterir; `nmcli device` bağlantı durumunu gösterir.
fix-check-connection-macos = Terminal'de `ping -c 3 1.1.1.1` internetin yanıt verip vermediğini gösterir.
fix-check-connection-windows = Ayarlar → Ağ ve internet → Ağ sorun gidericisi yaygın sorunları bulur.
fix-check-connection-offline = Siz çevrimdışıyken blockwatch sessiz kalır ve ağ geri gelir gelmez yeniden denetler.

fix-update-browser-title = Tarayıcınızı güncelleyin
fix-update-browser-about = Chrome: Menü → Yardım → Google Chrome hakkında; Edge: Ayarlar → Microsoft Edge hakkında; Firefox: Menü → Yardım → Firefox hakkında. Her biri orada kendini günceller; ardından yeniden başlatın.
fix-update-browser-switchers = User-agent değiştiricileri ve parmak izi önleme ayarlarını kapatın: Cloudflare, iddia ettiği gibi görünmeyen tarayıcıları reddeder.
fix-update-browser-reload = { $host } sayfasını yeniden yükleyin.

## ---------------------------------------------------------------- fix page

page-title = blockwatch: ChatGPT erişimi
page-what-happened = Neler oluyor
page-what-to-do = Ne yapmalı, bu sırayla
page-evidence = blockwatch'un ölçtükleri
page-next = blockwatch bundan sonra ne yapacak
page-browser-heading = Tarayıcınız hâlâ “Access denied” gösteriyorsa
page-browser-intro = blockwatch bu bilgisayardan ChatGPT'ye ulaşıyor, yani geri kalanı tarayıcıyla ilgili. Şunları sırayla deneyin:
page-details = Teknik ayrıntılar
page-checked = Denetlendi: { $time }
page-footer = Bu sayfayı blockwatch bilgisayarınızda oluşturdu; hiçbir yere bir şey gönderilmedi. Yeniden açmak için `blockwatch fix` komutunu çalıştırın.
page-detail-verdict = sonuç
page-detail-cause = neden
page-detail-http-status = HTTP durumu
page-detail-cloudflare-error = Cloudflare hatası
page-detail-ray-id = Ray ID
page-detail-public-ipv4 = genel IPv4
page-detail-public-ipv6 = genel IPv6
page-detail-location = konum

next-healthy = blockwatch birkaç dakikada bir ve ağınız değişir değişmez denetlemeyi sürdürür; ChatGPT engellenirse size haber verir.
next-vpn-or-proxy = blockwatch ağınız değişir değişmez yeniden denetler; bağlantıyı kesmenin ya da sunucu değiştirmenin işe yarayıp yaramadığını saniyeler içinde öğrenirsiniz.
next-public-ip-blocked = blockwatch ağınız değişir değişmez yeniden denetler ve genel adresinize bakar: modemi yeniden başlatmanın yeni bir adres getirip getirmediğini ve sorunu çözüp çözmediğini öğrenirsiniz.
next-location-unsupported = blockwatch ağınız değişince yeniden denetler ve ChatGPT bağlantınızı kabul ettiğinde size haber verir.
next-rate-limited = blockwatch sitenin istediği kadar bekler, sonra yeniden denetler ve erişim geri geldiğinde size haber verir.
next-outage = blockwatch birkaç dakikada bir denetlemeyi sürdürür ve ChatGPT geri geldiğinde size haber verir.
next-sign-in = blockwatch ağınız değişir değişmez, örneğin oturum açtıktan sonra, yeniden denetler.
next-no-connection = Siz çevrimdışıyken blockwatch sessiz kalır ve ağınız geri gelir gelmez yeniden denetler.
next-other = blockwatch birkaç dakika içinde ve ağınız değişir değişmez yeniden denetler.
next-browser-side = blockwatch bağlantıyı izlemeyi sürdürür; yukarıdaki tarayıcı adımlarını denemek size kalıyor.

## ---------------------------------------------------------------- tray menu

menu-check-now = Şimdi denetle
menu-browser-blocked = Tarayıcım hâlâ Access denied gösteriyor
menu-pause = 1 saat duraklat
menu-resume = Sürdür
menu-autostart = Oturum açılınca başlat
menu-history = Geçmişi aç
menu-quit = Çık
tray-paused-until = { $time } saatine kadar duraklatıldı
tray-offline = Ağ bağlantısı yok
tray-checking = ChatGPT denetleniyor…
tray-reachable = ChatGPT'ye erişilebiliyor
tray-vpn-blocked = { $code ->
    [none] ChatGPT VPN'inizi engelliyor
   *[other] ChatGPT VPN'inizi engelliyor (hata { $code })
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT proxy'nizi engelliyor
   *[other] ChatGPT proxy'nizi engelliyor (hata { $code })
}
tray-address-blocked = { $code ->
    [none] ChatGPT adresinizi engelliyor
   *[other] ChatGPT adresinizi engelliyor (hata { $code })
}
tray-location-unsupported = { $location ->
    [none] ChatGPT buradan kullanılamıyor
   *[other] ChatGPT şu konumdan kullanılamıyor: { $location }
}
tray-rate-limited = { $code ->
    [none] ChatGPT istek sınırı
   *[other] ChatGPT istek sınırı (hata { $code })
}
tray-probe-refused = { $code ->
    [none] Denetim Cloudflare tarafından reddedildi
   *[other] Denetim Cloudflare tarafından reddedildi (hata { $code })
}
tray-outage = ChatGPT çalışmıyor
tray-sign-in = Bu ağda oturum açın
tray-unreachable = ChatGPT'ye ulaşılamıyor
tray-intercepted = ChatGPT bağlantısına müdahale ediliyor
tray-error = ChatGPT hatayla yanıt verdi
tray-label-paused = Duraklatıldı
tray-label-offline = Çevrimdışı
tray-label-blocked = ChatGPT engelli
tray-ip = { $location ->
    [none] Genel IP: { $ips }
   *[other] Genel IP: { $ips } ({ $location })
}
tray-ip-unknown = Genel IP: bilinmiyor
tray-vpn = VPN: { $vpn }
tray-vpn-on = VPN: açık
tray-vpn-unknown = VPN: bilinmiyor
tray-vpn-off-unused = VPN: kapalı ({ $interface } açık, ChatGPT için kullanılmıyor)
tray-vpn-off = VPN: kapalı
tray-checking-now = Şimdi denetleniyor…
tray-last-check = Son denetim: { $time }
tray-last-check-never = Son denetim: henüz yok

## ---------------------------------------------------------------- first start, no tray
intro-title = blockwatch artık ChatGPT'yi izliyor
intro-body = Şu anda: { $state }. Simgesi ChatGPT'nin nasıl yanıt verdiğini gösterir; ChatGPT sizi reddederse bunun gibi bir bildirim çözümü söyler.
no-tray-title = blockwatch sistem tepsisi simgesi olmadan çalışıyor
no-tray-body = { $remedy ->
    [gnome-enable] Masaüstünüz sistem tepsisinde simge göstermiyor. blockwatch ChatGPT'yi izlemeye devam ediyor (şu anda: { $state }) ve bir sorun olursa size burada haber verir. Simgesini görmek için Uzantılar uygulamasında "AppIndicator and KStatusNotifierItem Support" uzantısını açın ya da `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com` komutunu çalıştırın.
    [gnome-install] Masaüstünüz sistem tepsisinde simge göstermiyor. blockwatch ChatGPT'yi izlemeye devam ediyor (şu anda: { $state }) ve bir sorun olursa size burada haber verir. Simgesini görmek için AppIndicator uzantısını kurun (`sudo apt install gnome-shell-extension-appindicator`), oturumu kapatıp yeniden açın ve uzantıyı Uzantılar uygulamasında açın.
   *[other] Masaüstünüz sistem tepsisinde simge göstermiyor. blockwatch ChatGPT'yi izlemeye devam ediyor (şu anda: { $state }) ve bir sorun olursa size burada haber verir. Simgesini görmek için panelinize bir sistem tepsisi (durum bildirim alanı) ekleyin.
}

## ---------------------------------------------------------------- history

history-start = blockwatch başladı
history-stop = blockwatch durdu
history-check = { $status ->
    [none] { $code ->
        [none] denetim: { $label } ({ $cause })
       *[other] denetim: { $label } ({ $cause }), hata { $code }
    }
   *[other] { $code ->
        [none] denetim: { $label } ({ $cause }), HTTP { $status }
       *[other] denetim: { $label } ({ $cause }), HTTP { $status }, hata { $code }
    }
}
history-public-ip-changed = genel adres değişti: { $old } → { $new }
history-public-ip = genel adres: { $new }
history-vpn-on = { $vpn ->
    [none] VPN açık: bilinmiyor
   *[other] VPN açık: { $vpn }
}
history-vpn-off = VPN kapalı (ChatGPT trafiği doğrudan gidiyor)
history-notified = bildirildi: { $title } — { $body }
history-offline = ağ kesildi
history-online = ağ geri geldi
history-paused = kullanıcı duraklattı
history-resumed = sürdürüldü
history-config-reloaded = yapılandırma yeniden yüklendi
history-config-not-reloaded = yapılandırma yeniden yüklenmedi, eski ayarlar korundu: { $error }

## ---------------------------------------------------------------- check report

report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }, hata { $code }
    }
   *[other] { $code ->
        [none] { $what }, HTTP { $status }
       *[other] { $what }, HTTP { $status }, hata { $code }
    }
}
report-label-verdict = Sonuç:
report-label-cause = Neden:
report-label-families = Aileler:
report-label-router = Modem:
report-what-to-do = Ne yapmalı
report-evidence = Kanıtlar

## ---------------------------------------------------------------- command line

cli-already-running = { $pid ->
    [none] blockwatch zaten çalışıyor ve izlemeyi sürdürüyor; başlatılacak başka bir şey yok.
   *[other] blockwatch zaten çalışıyor (pid { $pid }) ve izlemeyi sürdürüyor; başlatılacak başka bir şey yok.
}
cli-history-unreadable = { $path } içindeki geçmiş okunamadı: blockwatch'un yazdığı hiçbir kayıt içermiyor. Dosyayı başka yere taşıyın (`blockwatch run` yenisini başlatır).
cli-history-empty = Henüz geçmiş yok ({ $path } boş): `blockwatch run` gördüklerini oraya kaydeder.
autostart-disabled = kapalı: blockwatch oturum açılınca başlamıyor
autostart-enabled = açık: { $ways }
autostart-way = { $method ->
    [xdg] XDG otomatik başlatma girdisi { $path }
    [systemd] systemd kullanıcı birimi { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] sistem genelindeki XDG otomatik başlatma girdisi { $path }
   *[run-key] Run anahtarı { $path }
}
autostart-disabled-system = kapalı: blockwatch oturum açılınca başlamıyor (sistem genelindeki { $path } girdisi sizin için kapatıldı)
autostart-disabled-startup-apps = kapalı: blockwatch oturum açılınca başlamıyor ({ $path } girdisi Görev Yöneticisi'nin Başlangıç uygulamalarında kapatılmış; `blockwatch autostart enable` ya da "Oturum açılınca başlat" yeniden açar)
cli-warning = uyarı: { $warning }
cli-textfile-unwritable = ölçüm dosyası { $path } yazılamıyor ({ $error }): { $dir } klasörünü bu kullanıcı için yazılabilir yapın (README, Metrics bölümü); blockwatch onsuz çalışmayı sürdürür
cli-config-error = yapılandırma hatası: { $error }
cli-cannot-create = oluşturulamıyor: { $path }: { $error }
cli-cannot-lock = kilit alınamıyor: { $path }: { $error }
cli-cannot-open-browser = tarayıcı açılamıyor ({ $error }); yukarıdaki dosyayı kendiniz açın
cli-autostart-failed = oturum açılınca başlatma değiştirilemedi: { $error }
cli-cannot-write = yazılamıyor: { $path }: { $error }
cli-cannot-set-up-http = HTTP kurulamıyor: { $error }
cli-cannot-start-monitor = izleme başlatılamıyor: { $error }

## ---------------------------------------------------------------- configuration errors
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }, anahtar `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }, satır { $line }
       *[other] { $path }, satır { $line }, anahtar `{ $key }`
    }
}
config-error-at = { $place }: { $problem }
config-problem-unreadable = { $error }
config-problem-too-large = dosya 1 MiB'tan büyük; bir yapılandırma birkaç satırdır
config-problem-not-utf8 = dosya geçerli UTF-8 metin değil; UTF-8 olarak kaydedin
config-problem-nested = anahtarlar veya değerler çok derin iç içe
config-problem-toml = TOML yazım hatası: { $detail }
config-problem-duration = geçersiz süre "{ $value }" ({ $detail }); "5m", "90s" veya "1h" gibi yazın
config-problem-url = geçersiz adres "{ $value }": { $detail }
config-problem-url-not-http = geçersiz adres "{ $value }": yalnızca http:// ve https:// desteklenir
config-problem-url-no-host = geçersiz adres "{ $value }": sunucu adı yok
config-problem-probe-interval = en az 10s olmalı: daha sık denetim, blockwatch'un izlediği engelin ta kendisine yol açar
config-problem-ip-interval = en az 10s olmalı
config-problem-timeout = 1s ile 9s arasında olmalı (bir denetim 10 saniyede biter)
config-problem-no-echo-urls = en az bir adres gerekir
config-problem-empty-user-agent = boş olamaz
config-problem-user-agent-control = bir HTTP başlığının taşıyamayacağı bir denetim karakteri (satır sonu veya NUL gibi) içeriyor
config-problem-reminder = en az 10m ya da "off" olmalı: daha kısa bir hatırlatma, bildirimi neredeyse her yeniden denetimde tekrarlar
config-problem-language = şunlardan biri olmalı: { $choices }
config-problem-budget = en az 2 olmalı (bir engel ikinci bir denetimle doğrulanır)
config-problem-textfile-relative = mutlak bir yol olmalı
config-problem-textfile-not-prom = .prom ile bitmeli (node_exporter'ın textfile toplayıcısı yalnızca *.prom dosyalarını okur)
config-problem-client = { $error }
config-header-file = # blockwatch { $version } yapılandırması, kaynak: { $path }
config-header-defaults = { $path ->
    [none] # blockwatch { $version } yapılandırması, kaynak: yerleşik varsayılanlar (yapılandırma klasörü yok)
   *[other] # blockwatch { $version } yapılandırması, kaynak: yerleşik varsayılanlar ({ $path } konumunda dosya yok)
}
tray-problem-gtk = GTK başlatılamıyor: { $error }
tray-problem-no-appindicator = AppIndicator kitaplığı yok (libayatana-appindicator3-1 paketini kurun)
tray-problem-helper-missing = { $path } kurulu değil
tray-problem-helper-failed = { $path } başlatılamıyor: { $error }
tray-problem-not-started = tepsi simgesi başlatılamadı
tray-problem-icon = simge gösterilemiyor: { $error }
cli-no-tray = tepsi simgesi yok ({ $why }); simgesiz çalışıyor
start-problem-signals = durdurma ve yeniden yükleme sinyalleri izlenemiyor: { $error }
cli-unknown-language = bilinmeyen dil "{ $value }" (seçenekler: { $choices })

cli-about = ChatGPT'nin neden "Access denied" dediğini ve neyin düzelteceğini söyler
cli-help-config = Yapılandırmayı varsayılan yer yerine DOSYA dosyasından oku.
cli-help-verbose = stderr'e daha fazla günlük (-v info, -vv debug); RUST_LOG önceliklidir.
cli-help-lang = İletilerin dili: auto (masaüstününki), en, zh-CN, ru, fa, es, tr.
cli-help-run = Arka planda izle ve çözümü bildirimle söyle (varsayılan).
cli-help-run-headless = Tepsi simgesi yok: her olay stdout'a bir JSON satırı olarak yazılır.
cli-help-check = Bir kez denetle: ChatGPT engelli mi, neden ve ne düzeltir.
cli-help-check-json = Rapor yerine tek bir JSON nesnesi yazdır.
cli-help-check-browser-blocked = Tarayıcınız hâlâ engeli gösteriyor: tarayıcı tarafını da incele.
cli-help-config-cmd = Geçerli yapılandırmayı ve nereden geldiğini yazdır.
cli-help-fix = Geçerli tanının çözüm adımlarını tarayıcıda aç ya da (--do ile) blockwatch'un kendisinin yapabileceği ilk çözümü uygula.
cli-help-fix-browser-blocked = Tarayıcınız hâlâ engeli gösteriyor: tarayıcı tarafı adımlarını göster.
cli-help-fix-do = Çözümü uygula (VPN bağlantısını kes, modemi yeniden bağla): önce ne olacağını söyle ve sor; sonra yeniden denetle.
cli-help-fix-yes = Sorma (sorulacak bir terminal olmadığında gerekir).
cli-help-fix-json = Tek bir JSON nesnesi yazdır: eylemin sonucu ve ardından yapılan denetim.
cli-help-autostart = blockwatch'u oturum açılınca başlat (ya da başlatmayı bırak).
cli-help-history = blockwatch'un gördüklerini ve yaptıklarını, eskiden yeniye yazdır.
cli-help-history-json = Ham JSON satırları.
cli-help-history-lines = Yalnızca son N kayıt.
cli-help-autostart-enable = Oturum açılınca başlat: XDG otomatik başlatma girdisi (Linux), LaunchAgent (macOS), Run anahtarı (Windows).
cli-help-autostart-enable-systemd = Linux: bunun yerine grafik oturuma bağlı bir systemd kullanıcı birimi.
cli-help-autostart-disable = Oturum açılınca başlatma.
cli-help-autostart-status = blockwatch'un oturum açılınca başlayıp başlamadığını ve nasıl başladığını söyle.
cli-help-usage = Kullanım:
cli-help-commands = Komutlar
cli-help-options = Seçenekler
cli-help-arguments = Argümanlar
cli-help-flag-help = Yardımı göster
cli-help-flag-version = Sürümü göster
cli-help-help-command = Bu yardımı ya da verilen komutun yardımını göster
cli-help-help-command-arg = Yardımı gösterilecek komut
cli-value-file = DOSYA
cli-value-lang = DİL
cli-value-count = N
cli-value-command = KOMUT
cli-value-options = SEÇENEKLER
cli-exit-status = Çıkış durumu: 0 sorun yok (ya da komut başarılı), 1 bir sorun bulundu (ya da arka plan hizmeti başlatılamadı, örneğin zaten çalışıyor), 2 kullanım veya yapılandırma hatası.

## ---------------------------------------------------------------- browsers
## blockwatch'un tarayıcıların içinde bulduğu şeyler (issue 8): VPN ve proxy uzantıları,
## tarayıcının yerleşik VPN'i ya da proxy ayarı. $browser ürün adıdır ("Chrome",
## "Firefox", "Opera"), $profile tarayıcının gösterdiği profil adı ("Default",
## "Profile 2"), $name uzantının adı ("Hola VPN"): değiştirmeden ve ek getirmeden yazın
## ("{ $browser } tarayıcısında", "{ $name } uzantısını").

evidence-browser-extension-proxy = { $proxy ->
    [none] { $name } uzantısı { $browser } tarayıcısında ({ $profile } profili) etkin ve tarayıcının proxy ayarını yönetiyor
   *[other] { $name } uzantısı { $browser } tarayıcısında ({ $profile } profili) etkin ve tarayıcının proxy ayarını yönetiyor ({ $proxy })
}
evidence-browser-extension-pac = { $name } uzantısı { $browser } tarayıcısında ({ $profile } profili) etkin ve tarayıcının proxy ayarını yönetiyor (betik { $url })
evidence-browser-extension = { $name } uzantısı { $browser } tarayıcısında ({ $profile } profili) etkin
evidence-browser-builtin-vpn = { $browser } tarayıcısının yerleşik VPN'i { $browser } tarayıcısında ({ $profile } profili) açık
evidence-browser-doh = { $uri ->
    [none] { $browser } ({ $profile } profili) alan adlarını DNS over HTTPS ile çözüyor
   *[other] { $browser } ({ $profile } profili) alan adlarını DNS over HTTPS ile çözüyor ({ $uri })
}
evidence-browser-proxy-server = { $browser } ({ $profile } profili) web trafiğini { $proxy } proxy sunucusu üzerinden gönderiyor
evidence-browser-proxy-pac = { $url ->
    [none] { $browser } ({ $profile } profili) proxy ayarını bir otomatik proxy yapılandırma betiğinden alıyor
   *[other] { $browser } ({ $profile } profili) proxy ayarını { $url } betiğinden alıyor
}
evidence-browser-proxy-auto-detect = { $browser } ({ $profile } profili) ağda proxy arıyor (otomatik algılama)
evidence-browser-findings = tarayıcılarınızda bulunanlar (yalnızca o tarayıcının siteye ulaşma yolunu değiştirirler): { $findings }
list-join = { $list }; { $item }
evidence-browser-works = { $host } sitesinin tarayıcınızda çalıştığını bildiriyorsunuz: reddedilen sizin ya da ağınız değil, blockwatch'un kendi isteği

headline-browser-extension = { $browser ->
    [none] Bir tarayıcı uzantısı ChatGPT için adresinizi değiştiriyor
   *[other] { $browser } tarayıcısındaki { $name } uzantısı ChatGPT için adresinizi değiştiriyor
}
headline-browser-proxy = { $browser ->
    [none] Tarayıcınız ChatGPT trafiğini bir proxy ya da VPN üzerinden gönderiyor
   *[other] { $browser } ChatGPT trafiğini bir proxy ya da VPN üzerinden gönderiyor
}
explain-browser-vpn = { $finding ->
    [none] Bu bilgisayardan { $host } normal yanıt veriyor, yani kendi adresiniz engelli değil. Tarayıcınız bu adresi kullanmıyor: trafiğini tarayıcının içindeki bir VPN ya da proxy taşıyor, bu yüzden { $host } bir VPN ya da proxy sunucusunun adresini görüyor ve onu reddediyor.
   *[other] Bu bilgisayardan { $host } normal yanıt veriyor, yani kendi adresiniz engelli değil. Tarayıcınız bu adresi kullanmıyor: { $finding }; bu yüzden { $host } bir VPN ya da proxy sunucusunun adresini görüyor ve onu reddediyor.
}
tray-browser-vpn-refused = ChatGPT'ye erişilebiliyor; tarayıcınızın VPN'i ya da proxy'si reddediliyor

notify-fix-disable-browser-extension = { $browser ->
    [none] Tarayıcınızdaki VPN ve proxy uzantılarını kapatın.
   *[other] { $browser } tarayıcısında ({ $profile } profili) { $name } uzantısını kapatın.
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] Tarayıcınızın proxy'sini ya da VPN'ini kapatın.
   *[other] { $browser } tarayıcısında ({ $profile } profili) proxy'yi ya da VPN'i kapatın.
}

fix-disable-browser-extension-title = { $browser } tarayıcısında ({ $profile } profili) { $name } uzantısını kapatın
fix-disable-browser-extension-open = { $browser } tarayıcısında, { $profile } profilinde { $page } adresini açın (adres çubuğuna yazın).
fix-disable-browser-extension-switch = { $name } uzantısını bulun ve kapatın. Başka sitelerde kullanmaya devam etmek için Ayrıntılar → Site erişimi → "Belirli sitelerde" seçeneğini açın ve { $host } sitesini listeye eklemeyin.
fix-disable-browser-extension-switch-firefox = { $name } uzantısını bulun ve kapatın. Başka sitelerde kullanmaya devam etmek için bunun yerine … → Yönet → İzinler bölümünü açın ve { $host } sitesine erişimini kaldırın.
fix-disable-browser-extension-proxy = { $name } uzantısı { $browser } tarayıcısının proxy ayarını belirliyor: proxy'nin denetimi onda kaldıkça kendi araç çubuğu menüsünden duraklatmak yetmez.
fix-disable-browser-extension-reload = { $host } sayfasını yeniden yükleyin. Hâlâ reddediliyorsa `blockwatch check --browser-blocked` komutunu yeniden çalıştırın: tarayıcılarınızda başka bir şey var mı diye bakar.

fix-disable-browser-vpn-title = { $browser } tarayıcısının VPN'ini kapatın ({ $profile } profili)
fix-disable-browser-vpn-badge = { $browser } tarayıcısında adres çubuğunun solundaki VPN rozetine tıklayın ve VPN'i kapatın.
fix-disable-browser-vpn-settings = Ya da Ayarlar ({ $shortcut }) → Gizlilik ve güvenlik → VPN bölümünü açın ve "VPN'i etkinleştir" seçeneğini kapatın.
fix-disable-browser-vpn-reload = { $host } sayfasını yeniden yükleyin: artık VPN'in adresini değil, kendi adresinizi görür.
fix-disable-browser-proxy-title = { $browser } tarayıcısında proxy'yi kapatın ({ $profile } profili)
fix-disable-browser-proxy-in-use = Kullanılan proxy: { $proxy }.
fix-disable-browser-proxy-firefox = Firefox'ta, { $profile } profilinde: Ayarlar → Genel → Ağ Ayarları → Ayarlar…
fix-disable-browser-proxy-firefox-choose = "Sistem vekil sunucu ayarlarını kullan" (ya da "Vekil sunucu yok") seçeneğini seçin ve Tamam'a tıklayın.
fix-disable-browser-proxy-chromium = { $browser } tarayıcısında, { $profile } profilinde: Ayarlar → Sistem → Bilgisayarınızın proxy ayarlarını açın; proxy'yi orada kapatın.
fix-disable-browser-proxy-flag = { $browser } bir proxy seçeneğiyle (--proxy-server) başlatıldıysa, onu bu seçenek olmadan başlatın.
fix-disable-browser-proxy-reload = { $host } sayfasını yeniden yükleyin. Şirket ağındaysanız proxy'yi atlamadan önce BT bölümüne sorun.
fix-browser-vpn-title = Tarayıcınızın içindeki VPN'i ya da proxy'yi kapatın
fix-browser-vpn-extensions = Tarayıcının uzantı listesini açın (chrome://extensions, edge://extensions, about:addons) ve VPN ile proxy uzantılarını kapatın.
fix-browser-vpn-proxy = Tarayıcının ağ ya da proxy ayarlarında sistem ayarlarını kullanmayı ya da proxy kullanmamayı seçin.
fix-browser-vpn-reload = { $host } sayfasını yeniden yükleyin.

action-browser-works = ChatGPT tarayıcımda çalışıyor
page-works-heading = ChatGPT tarayıcınızda çalışıyor mu?
page-works-text = O zaman site yalnızca blockwatch'un kendi isteğini reddediyor. Bunu blockwatch'a bildirin: sistem tepsisi menüsünde ya da bildirimde "ChatGPT tarayıcımda çalışıyor" seçeneğini seçin (ya da `blockwatch check --browser-works` komutunu çalıştırın). Bundan sonra bu engeli sorunsuz olarak gösterir ve adresiniz, VPN'iniz ya da sitenin yanıtı değişene kadar bu konuda sessiz kalır.

history-browser-blocked = dediniz ki: tarayıcım hâlâ Access denied gösteriyor
history-browser-works = { $code ->
    [none] { $address ->
        [none] dediniz ki: ChatGPT tarayıcımda çalışıyor; bu engel ({ $cause }) blockwatch'un kendisine ait sayılıyor ve yeniden bildirilmeyecek
       *[other] dediniz ki: ChatGPT tarayıcımda çalışıyor; bu engel ({ $cause }, adres { $address }) blockwatch'un kendisine ait sayılıyor ve yeniden bildirilmeyecek
    }
   *[other] { $address ->
        [none] dediniz ki: ChatGPT tarayıcımda çalışıyor; bu engel ({ $cause }, hata { $code }) blockwatch'un kendisine ait sayılıyor ve yeniden bildirilmeyecek
       *[other] dediniz ki: ChatGPT tarayıcımda çalışıyor; bu engel ({ $cause }, hata { $code }, adres { $address }) blockwatch'un kendisine ait sayılıyor ve yeniden bildirilmeyecek
    }
}
history-browser-works-no-block = dediniz ki: ChatGPT tarayıcımda çalışıyor (o sırada bir engel yoktu)
history-probe-only-forgotten = { $why ->
    [address] "tarayıcımda çalışıyor" artık geçerli değil: sitenin gördüğü adres değişti
    [vpn] "tarayıcımda çalışıyor" artık geçerli değil: VPN değişti
   *[verdict] "tarayıcımda çalışıyor" artık geçerli değil: sitenin yanıtı değişti
}
cli-help-check-browser-works = ChatGPT tarayıcınızda çalışıyor: reddedilen blockwatch'un kendi isteği.

## ---------------------------------------------------------------- filtreler ve adres aileleri (IPv4/IPv6)

verdict-dns-blocked = site yerine bir DNS filtresi yanıt verdi
verdict-filtered = site yerine bir ağ filtresi yanıt verdi
verdict-filtered-gateway = site yerine yoldaki bir şey yanıt verdi

headline-dns-filtered = Bir DNS filtresi { $host } adresini engelliyor
headline-network-filter = { $vendor ->
    [none] Bu ağ { $host } adresini engelliyor
   *[other] { $vendor }, bu ağda { $host } adresini engelliyor
}
headline-network-gateway = Bu ağdaki bir cihaz { $host } adresine ulaşamıyor
headline-network-national = { $host } ulusal bir engelleme listesiyle engellenmiş
family-split = ChatGPT { $refused } adresinizi reddediyor; { $works } çalışıyor

explain-dns-filtered = { $detail ->
    [none] Bu bilgisayarın sorduğu ad sunucusu, ChatGPT'nin adresleri yerine bir engelleme yanıtı verdi; bu yüzden tarayıcı { $host } sitesine hiç ulaşamıyor. Bunu ağınızdaki bir filtre yapar: Pi-hole, AdGuard Home, NextDNS, bir modemin ebeveyn denetimi ya da bir şirketin veya okulun engelleme listesi. Sorun Cloudflare'de ya da adresinizde değil.
   *[other] Bu bilgisayarın sorduğu ad sunucusu, ChatGPT'nin adresleri yerine bir engelleme yanıtı verdi ({ $detail }); bu yüzden tarayıcı { $host } sitesine hiç ulaşamıyor. Bunu ağınızdaki bir filtre yapar: Pi-hole, AdGuard Home, NextDNS, bir modemin ebeveyn denetimi ya da bir şirketin veya okulun engelleme listesi. Sorun Cloudflare'de ya da adresinizde değil.
}
explain-network-filter-reset = { $host } bağlantısı, sitenin adı gönderildiği anda kesildi; oysa diğer güvenli siteler çalışıyor. Bu, adı okuyan bir filtredir: bir şirketin veya okulun güvenlik duvarı ya da ülke çapında bir engelleme. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
explain-network-filter-legal = Yanıt, { $host } sitesine ait olmayan bir sunucudan gelen "451 Unavailable For Legal Reasons" (yasal nedenlerle kullanılamıyor) oldu: erişim bu ağda ya da bu ülkede yasa veya kararla engellenmiş. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
explain-network-filter-device = { $host } yerine ağınızdaki bir şey yanıt verdi (Cloudflare değil, bir oturum açma sayfası da değil): bir güvenlik duvarı, bir proxy ya da filtreleme yapan bir modem. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
explain-network-filter-gateway = Bu bilgisayar ile { $host } arasındaki bir şey (bir proxy, bir güvenlik duvarı ya da modem) sitenin yerine bir hata sayfasıyla yanıt verdi: kendisi { $host } adresine ulaşamadı. { $host } Cloudflare üzerinden yanıt verir ve bu yanıt oradan gelmedi; yani ChatGPT çökmüş değil, aradaki cihaz arızalı ya da siteyle bağlantısı kopmuş. Sorun adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
explain-network-filter-national = Bu yanıt { $host } sitesinin kendi sayfası değil; bu ülkedeki internet sağlayıcılarının yasayla ya da bir kurumun kararıyla engellenen siteler için göstermek zorunda olduğu sayfa. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
explain-network-filter-vendor = { $vendor ->
    [none] Bir web filtresi { $host } yerine kendi engelleme sayfasıyla yanıt verdi: bu ağın sahibi siteyi filtreliyor. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
   *[other] { $vendor }, { $host } yerine kendi engelleme sayfasıyla yanıt verdi: bu ağın sahibi siteyi filtreliyor. Sorun Cloudflare'de ya da adresinizde değil; oturum açmak veya çerezleri temizlemek işe yaramaz.
}

tray-dns-filtered = ChatGPT bir DNS filtresince engellendi
tray-network-filter = ChatGPT bu ağ tarafından engellendi
tray-network-gateway = ChatGPT bu ağ üzerinden erişilemiyor

next-dns-filtered = blockwatch her denetimde ve ağınız değişir değişmez ad sunucularına yeniden sorar; ChatGPT'nin adları yeniden çözümlendiğinde size haber verir.
next-network-filter = blockwatch ağınız değişir değişmez yeniden denetler; böylece başka bir ağın engeli aşıp aşmadığını hemen öğrenirsiniz.

dns-nxdomain-zone = "böyle bir ad yok" (NXDOMAIN, { $zone } politika bölgesinden)
dns-nxdomain-filtered = "böyle bir ad yok" (NXDOMAIN, filtrelenmiş yanıt olarak işaretli)
dns-nxdomain = "böyle bir ad yok" (NXDOMAIN)
dns-nodata = adres yok (NODATA)
dns-refused = ret (REFUSED)
dns-failed = yanıt yok ({ $why })
dns-malformed = bozuk biçimli bir yanıt (dikkate alınmadı)
dns-not-ours = başka bir soruya verilmiş yanıt (dikkate alınmadı)
dns-truncated = kesilmiş bir yanıt (TC)

evidence-dns-answer = { $server ->
    [none] bu bilgisayarın kendi sorgusu { $name } için şu yanıtı veriyor: { $answer }
   *[other] { $server } ad sunucusu { $name } için şu yanıtı veriyor: { $answer }
}
evidence-dns-answer-control = { $server ->
    [none] bu bilgisayarın kendi sorgusu { $name } (karşılaştırma için ChatGPT ile ilgisiz bir ad) için şu yanıtı veriyor: { $answer }
   *[other] { $server } ad sunucusu { $name } (karşılaştırma için ChatGPT ile ilgisiz bir ad) için şu yanıtı veriyor: { $answer }
}
evidence-doh-answer = DNS-over-HTTPS üzerinden herkese açık bir çözümleyici { $name } için şu yanıtı veriyor: { $answer }
evidence-dns-resolvers = bu bilgisayar şu ad sunucularına soruyor: { $servers }
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] VPN IPv4'ü taşıyor ama IPv6 doğrudan çıkıyor: site IPv6 üzerinden gerçek adresinizi ve konumunuzu görüyor (IPv6 sızıntısı)
       *[other] VPN IPv4'ü taşıyor ama IPv6 doğrudan çıkıyor ({ $native } üzerinden): site IPv6 üzerinden gerçek adresinizi ve konumunuzu görüyor (IPv6 sızıntısı)
    }
   *[other] { $native ->
        [none] VPN IPv4'ü taşıyor ({ $tunnel } üzerinden) ama IPv6 doğrudan çıkıyor: site IPv6 üzerinden gerçek adresinizi ve konumunuzu görüyor (IPv6 sızıntısı)
       *[other] VPN IPv4'ü taşıyor ({ $tunnel } üzerinden) ama IPv6 doğrudan çıkıyor ({ $native } üzerinden): site IPv6 üzerinden gerçek adresinizi ve konumunuzu görüyor (IPv6 sızıntısı)
    }
}
evidence-family-sees = { $host } IPv4 üzerinden { $ipv4 } adresini, IPv6 üzerinden { $ipv6 } adresini görüyor

report-verdict-detail = { $line } ({ $detail })
family-results-line = { $first }; { $second }
family-result-line = { $via ->
    [none] { $family }: { $kind }
   *[other] { $family }: { $kind } ({ $via } üzerinden)
}

notify-fix-allow-in-dns-filter = DNS filtrenizde { $host } ve openai.com adreslerine izin verin.
notify-fix-ask-network-admin = Ağ yöneticisinden { $host } adresine izin vermesini isteyin.
notify-fix-ask-network-admin-gateway = Ağ yöneticisine, proxy'sinin ya da güvenlik duvarının { $host } adresine ulaşamadığını bildirin.
notify-fix-fix-ipv6-leak = VPN'inizin IPv6 sızıntı korumasını açın ya da IPv6'yı kapatın.

fix-allow-in-dns-filter-title = DNS filtrenizde { $host } adresine izin verin
fix-allow-in-dns-filter-server-linux = Bu bilgisayarın hangi ad sunucusuna sorduğuna bakın: `resolvectl status` (systemd-resolved) ya da `cat /etc/resolv.conf`; NetworkManager kullanıyorsanız `nmcli device show | grep DNS`.
fix-allow-in-dns-filter-server-macos = Bu bilgisayarın hangi ad sunucusuna sorduğuna bakın: `scutil --dns | grep nameserver` ya da Sistem Ayarları → Ağ → bağlantınız → Ayrıntılar… → DNS.
fix-allow-in-dns-filter-server-windows = Bu bilgisayarın hangi ad sunucusuna sorduğuna bakın: `ipconfig /all` ("DNS Sunucuları") ya da Ayarlar → Ağ ve internet → bağlantınız → DNS sunucusu ataması.
fix-allow-in-dns-filter-pihole = Pi-hole: yönetim sayfasını açın → Domains (eski sürümlerde Whitelist) → { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com ve oaiusercontent.com adreslerini izinli olarak ekleyin; ya da Query Log'da engellenen her kaydın yanındaki Allow'a tıklayın.
fix-allow-in-dns-filter-adguard = AdGuard Home: Filters → Custom filtering rules → `@@||chatgpt.com^`, `@@||openai.com^`, `@@||oaistatic.com^` ve `@@||oaiusercontent.com^` kurallarını ekleyip Apply'a tıklayın; hangi listenin engellediğini Query Log gösterir.
fix-allow-in-dns-filter-nextdns = NextDNS: my.nextdns.io → yapılandırmanız → Allowlist → { $host }, openai.com, oaistatic.com ve oaiusercontent.com adreslerini ekleyin; Parental Control → Websites, Apps & Games bölümüne de bakın.
fix-allow-in-dns-filter-router = Modemin ebeveyn denetimi (Fritz!Box, eero, Netgear Armor, TP-Link HomeShield, …): modemin uygulamasını veya web sayfasını açın → Ebeveyn denetimi / Filtreler → bu cihazın profili → "AI" ya da "Chat" kategorisini kaldırın veya chatgpt.com'u izinli olarak ekleyin. Okulda ya da işte bunun yerine yöneticiye sorun.

fix-ask-network-admin-title = Ağ yöneticisine sorun
fix-ask-network-admin-on-purpose = Bu ağ (şirketinizin, okulunuzun, bir kütüphanenin ya da bir kafenin ağı) { $host } adresini bilerek engelliyor; izin verebilecek olan yalnızca ağı yöneten kişidir.
fix-ask-network-admin-gateway = Bu bilgisayar ile { $host } arasındaki cihaz (şirket proxy'si, güvenlik duvarı ya da modem) siteye ulaşamadı; nedenini yalnızca onu yöneten kişi bulabilir. Arıza yalnızca birkaç dakika sürerse, blockwatch yeniden çalıştığında size haber verir.
fix-ask-network-admin-gateway-ask = Cihazın { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com ve oaiusercontent.com adreslerine ulaşıp ulaşmadığını kontrol etmelerini isteyin: internet bağlantısını, ad sunucusunu ve güvenli bağlantıları inceleyen bir özellik varsa onu.
fix-ask-network-admin-tell = { $detail ->
    [none] blockwatch'un ne gördüğünü anlatın: sayfa ya da kesilen bağlantı { $host } sitesinden değil, ağın filtresinden geldi.
   *[other] blockwatch'un ne gördüğünü anlatın ({ $detail }): sayfa ya da kesilen bağlantı { $host } sitesinden değil, ağın filtresinden geldi.
}
fix-ask-network-admin-ask = { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com ve oaiusercontent.com adreslerine izin verilmesini isteyin ya da kurumun ChatGPT'yi başka bir yolla (bir şirket çalışma alanı) sunup sunmadığını sorun.
fix-ask-network-admin-permission = Bir şirketin ya da okulun filtresini izinsiz aşmaya çalışmayın: kurallarına aykırı olabilir.

fix-ipv6-leak-title = IPv6'nın VPN'inizin dışından gitmesini önleyin
fix-ipv6-leak-open = VPN'iniz yalnızca IPv4'ü taşıyor, bu yüzden { $host } gerçek IPv6 adresinizi ve konumunuzu görüyor. VPN uygulamasının ayarlarını açın.
fix-ipv6-leak-protection = "IPv6 leak protection" / "Block IPv6" (IPv6 sızıntı koruması) ayarını ve kill switch'i açın (NordVPN, Surfshark, Proton VPN, Mullvad, ExpressVPN, PIA ve diğerlerinin çoğunda Settings → Connection, Advanced ya da Kill switch altındadır), sonra yeniden bağlanın.
fix-ipv6-leak-off-linux = Ya da bu bağlantı için IPv6'yı kapatın: `nmcli connection modify "<connection>" ipv6.method disabled`, sonra yeniden bağlanın (GNOME: Ayarlar → Ağ → bağlantı → IPv6 → Devre dışı). wg-quick kullanıyorsanız bunun yerine eşin AllowedIPs satırına `::/0` ekleyin.
fix-ipv6-leak-off-macos = Ya da bağlantı için IPv6'yı kapatın: `networksetup -setv6off Wi-Fi` (ya da "Ethernet"); `networksetup -setv6automatic Wi-Fi` yeniden açar.
fix-ipv6-leak-off-windows = Ya da bağdaştırıcıda IPv6'yı kapatın: Denetim Masası → Ağ Bağlantıları → bağdaştırıcı → Özellikler → "İnternet Protokolü Sürüm 6 (TCP/IPv6)" işaretini kaldırın; ya da PowerShell'de `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6`.
fix-ipv6-leak-reload = { $host } sayfasını yeniden yükleyin. blockwatch ağ değişir değişmez IPv4 ve IPv6'yı yeniden denetler.
detail-unknown-device = ChatGPT yerine bilinmeyen bir cihaz yanıt verdi
detail-sni-reset = ad görüldüğünde bağlantı kesildi
detail-http-451 = HTTP 451 (yasal nedenlerle erişilemiyor)
detail-filter-page = bir ağ filtresinin engelleme sayfası
detail-gateway = aradaki bir cihaz siteye ulaşamadı
detail-national-page = ulusal bir engelleme sayfası

## ---------------------------------------------------------------- the router

router-called = { $name ->
    [none] modeminiz
   *[other] modeminiz ({ $name })
}
evidence-router-own = { $chance ->
    [likely] { $router } internet adresi olarak { $wan } bildiriyor, internetin gördüğü adresin ta kendisi: yeniden başlatma yeni bir adres getirebilir ve DSL hattında genellikle getirir
    [unlikely] { $router } internet adresi olarak { $wan } bildiriyor, internetin gördüğü adresin ta kendisi: yeniden başlatma yeni bir adres getirebilir, ama kablo hattı adresini genellikle korur
   *[other] { $router } internet adresi olarak { $wan } bildiriyor, internetin gördüğü adresin ta kendisi: yeniden başlatma yeni bir adres getirebilir
}
evidence-router-shared = { $why ->
    [cgnat] { $router } dış tarafta { $wan } adresine sahip; bu, sağlayıcıların taşıyıcı sınıfı NAT (CGNAT) için kullandığı aralıktan (100.64.0.0/10): sağlayıcı genel adresini başka abonelerle paylaşıyor
    [ds-lite] { $router } { $wan } bildiriyor: bu bir DS-Lite hattı, IPv4 trafiği sağlayıcının paylaşılan NAT'ından geçiyor
    [private] { $router } dış tarafta { $wan } özel adresine sahip: önünde başka bir modem var (çift NAT)
    [no-public] { $router } kendine ait genel bir IPv4 adresi olmadığını söylüyor: internetin gördüğü adres paylaşılıyor (CGNAT ya da önünde başka bir modem)
   *[different] { $router } internet adresi olarak { $wan } bildiriyor, ama internet { $public } görüyor: adres paylaşılıyor (CGNAT ya da önünde başka bir modem)
}
evidence-router-unknown = { $wan ->
    [none] { $router } yanıt verdi ama internet adresini söylemedi
   *[other] { $router } internet adresi olarak { $wan } bildiriyor
}
evidence-router-silent = modem internet adresini söylemedi (UPnP ya da NAT-PMP üzerinden yanıt yok)
evidence-same-range = bağlantınız yeni bir adresle, { $new }, geri geldi ama reddedilen { $old } ile aynı aralıkta (aynı /24): Cloudflare kuralları bütün bir aralığı engelleyebilir

explain-shared-address = { $why ->
    [private] Sizinkinin önündeki başka bir modem genel adresi tutuyor (çift NAT); kendi modeminizi yeniden başlatmak onu değiştirmez.
    [different] İnternetin gördüğü adres modeminizin kendi adresi değil, paylaşılan bir adres (CGNAT ya da önünde başka bir modem); modemi yeniden başlatmak onu değiştirmez.
   *[other] Sağlayıcınız bu adresi başka abonelerle paylaşıyor; modemi yeniden başlatmak onu değiştirmez.
}
notify-problem-shared = { $why } { $fix }
notify-fix-contact-isp-shared = İnternet sağlayıcınızdan size ait genel bir IPv4 adresi isteyin.

fix-restart-router-likely = Modeminiz bir DSL (PPP) hattı bildiriyor: yeni bir bağlantı genellikle yeni bir adres alır.
fix-restart-router-unlikely = Modeminiz bir kablo hattı bildiriyor: kablo sağlayıcıları genellikle aynı adresi ya da aynı aralıktan bir adresi geri verir. Modemi bir saat ya da daha uzun süre kapalı bırakın veya başka bir ağ deneyin.
fix-restart-router-own = İnternetin gördüğü adres modeminizde, bu yüzden yeniden başlatma onu değiştirebilir.
fix-contact-isp-title-shared = Sağlayıcınızdan genel bir IPv4 adresi isteyin
fix-contact-isp-ask-public = Size ait genel bir IPv4 adresi (özel ya da sabit IPv4 adresi de denir) veya hattınızın CGNAT'tan çıkarılmasını isteyin: birçok sağlayıcı bunu istek üzerine yapar, bazıları küçük bir ücret karşılığında.
fix-contact-isp-router-says = { $wan ->
    [none] Modeminizin bildirdiğini söyleyin: kendine ait genel bir IPv4 adresi yok.
   *[other] Modeminizin bildirdiğini söyleyin: dış adresi { $wan }, internetin gördüğü adres değil.
}
fix-contact-isp-double-nat = Sizinkinin önünde sağlayıcının modemi ya da ikinci bir modem varsa, onu köprü (bridge) moduna nasıl alacağınızı sorun; böylece genel adresi doğrudan kendi modeminiz alır.

tray-address-blocked-shared = { $code ->
    [none] ChatGPT paylaşılan adresinizi engelliyor
   *[other] ChatGPT paylaşılan adresinizi engelliyor (hata { $code })
}

notify-same-range-title = Yeni adresiniz aynı aralıkta
notify-same-range-body = Bağlantı { $new } adresiyle geri geldi; bu, reddedilen { $old } ile aynı aralıkta ve ChatGPT onu da reddediyor: Cloudflare kuralları bütün bir aralığı engelleyebilir. Başka bir ağ kullanın ya da sağlayıcınızdan başka bir aralıktan adres isteyin.

report-router = { $state ->
    [own] { $name } ({ $protocol }), internet adresi { $wan }: kendisinin
    [shared] { $wan ->
        [none] { $name } ({ $protocol }), kendine ait genel adresi yok: paylaşılıyor
       *[other] { $name } ({ $protocol }), internet adresi { $wan }: paylaşılıyor
    }
   *[other] { $wan ->
        [none] { $name } ({ $protocol }), internet adresini söylemedi
       *[other] { $name } ({ $protocol }), internet adresi { $wan }
    }
}
report-router-unnamed = modeminiz
report-router-silent = söylemedi (UPnP ya da NAT-PMP yanıtı yok)

page-detail-router = modem
page-detail-router-wan = modemin internet adresi
page-detail-shared = paylaşılan adres
page-detail-shared-value = { $shared ->
    [yes] evet: yeniden başlatma onu değiştirmez
   *[no] hayır: adres modemde
}

## ---------------------------------------------------------------- doing the fix

act-button-disconnect = { $vpn ->
    [none] { $target } bağlantısını kes
   *[other] { $vpn } ({ $target }) bağlantısını kes
}
act-button-reconnect-router = { $router } yeniden bağlansın
act-button-reconnect = Yeniden bağlan
act-button-confirm = Devam et
act-will = blockwatch şunu yapacak: { $what } ({ $via } aracılığıyla), ardından ChatGPT'yi yeniden denetleyecek.
act-will-router = Bu ağdaki herkes bir dakikaya kadar internetsiz kalır; modem yeni bir adresle geri gelmeli.
act-warning-kill-switch = { $vpn ->
    [none] Uyarı: VPN'in kill switch özelliği açık. Bağlantı kesildikten sonra VPN'e yeniden bağlanana ya da kill switch'i kapatana kadar bu bilgisayarın hiç interneti olmaz.
   *[other] Uyarı: { $vpn } için kill switch açık. Bağlantı kesildikten sonra { $vpn } ile yeniden bağlanana ya da kill switch'i kapatana kadar bu bilgisayarın hiç interneti olmaz.
}
act-warning-mandatory-vpn = Uyarı: bu bir okul ya da şirket VPN'ine benziyor. Kurumunuz bunu zorunlu tutuyor olabilir: yalnızca izniniz varsa bağlantıyı kesin.
act-confirm = Devam edilsin mi? [y/N]
act-yes-answers = y, yes, e, evet
act-not-confirmed = Hiçbir şey yapılmadı: blockwatch yalnızca bir terminalde sorabilir. Devam etmek için --yes ekleyin.
act-declined = Hiçbir şey yapılmadı.
act-nothing = blockwatch bu çözümlerin hiçbirini kendisi uygulayamaz.
act-checking = ChatGPT yeniden denetleniyor…
act-confirm-title = { $what }?
act-why-no-tunnel = ChatGPT'ye giden trafik bir VPN tünelinden geçmiyor: kesilecek bir şey yok.
act-why-needs-root = Bu tüneli (wg-quick ya da elle kurulum) yalnızca bir yönetici kapatabilir: adımları izleyin.
act-why-no-controller = Sorulabilecek ne NetworkManager ne de VPN'in kendi programı var.
act-why-not-managed = Sistemin VPN listesinde bu tünel için bir bağlantı yok.
act-why-asks-password = Sistem parolanızı soracak.
act-why-not-permitted = Sistem bu kullanıcının ağ bağlantılarını kesmesine izin vermiyor.
act-why-reconnect-off = Modemin yeniden bağlanması kapalı: izin vermek için yapılandırmada [router] altında allow_reconnect = true ayarlayın.
act-why-address-shared = Modemin adresi başka abonelerle paylaşılıyor ya da kendisine ait olduğu bilinmiyor: yeniden bağlanma aynı adresi geri getirir.
act-why-router-cannot = Modem, blockwatch'un isteyebileceği bir yeniden bağlanma sunmuyor.
act-why-unsupported = blockwatch bunu bu sistemde yapamaz.
act-result-done = Tamam: { $what }.
act-result-not-permitted = İzin verilmedi: sistem bu kullanıcının { $target } bağlantısını kesmesine izin vermiyor. Bağlantıyı ağ menüsünden kesin ya da bu bilgisayarı yöneten kişiye sorun.
act-result-auth-failed = Hiçbir şey değişmedi: parola isteği reddedildi ya da başarısız oldu. blockwatch kendiliğinden yeniden sormaz.
act-result-failed = Olmadı: { $via } bir hata bildirdi.
act-result-router-refused = { $target } yeniden bağlanmayı reddetti: eylemi listeliyor ama izin vermiyor. Bunun yerine modemi güç düğmesiyle yeniden başlatın.
act-result-no-link-back = İnternet bağlantısı bir dakika içinde geri gelmedi.
act-result-same-address = Modem aynı adresle geri geldi ({ $ip }).
act-result-offline = Hiçbir şey yapılmadı: ağ bağlantısı yok.
act-after-works = ChatGPT artık çalışıyor.
act-after-blocked = ChatGPT bu bağlantıyı hâlâ reddediyor. Sıradaki: { $fix }
act-after-unknown = Sonraki denetim net bir yanıt vermedi.
act-still-title = ChatGPT hâlâ reddediyor
act-still-body = “{ $what }” işe yaramadı. Sıradaki: { $fix }
act-failed-title = Çözüm uygulanmadı
act-resolved-vpn = { $vpn } bağlantısı kesildiğinden beri ChatGPT çalışıyor.
act-resolved-router = Modem yeniden bağlandığından beri ChatGPT çalışıyor.
history-action = { $undo ->
    [yes] { $target } için yeniden bağlanmayı istediniz ({ $via }): { $result }
   *[no] { $fix ->
        [restart_router] { $target } modeminin yeniden bağlanmasını istediniz ({ $via }): { $result }
       *[other] { $target } bağlantısının kesilmesini istediniz ({ $via }): { $result }
    }
}
history-action-result = { $result ->
    [done] yapıldı
    [refused] reddedildi
    [failed] başarısız
   *[other] mümkün değil
}
report-can-do = blockwatch bunu sizin yerinize yapabilir: `blockwatch fix --do` komutunu çalıştırın ({ $target }).
