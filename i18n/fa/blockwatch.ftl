### blockwatch: ترجمهٔ فارسی. قراردادها در آغاز i18n/en/blockwatch.ftl آمده است.
### متن راست‌به‌چپ است: مسیر منوهای فارسی با «←» نوشته می‌شود (ترتیب خواندن از راست)،
### و مسیر منوهای برنامه‌هایی که رابط فارسی ندارند (macOS، Safari، بیشتر برنامه‌های VPN)
### همان‌طور که روی صفحه می‌بینید به انگلیسی و با «→» می‌ماند، کلِ مسیر میان U+2066 و U+2069؛
### مسیری که گامی فارسی دارد با «←» نوشته می‌شود و هر گام انگلیسی‌اش جدا میان U+2066 و U+2069.
### اعداد را لاتین بنویسید: برنامه عددهای متن را فارسی می‌کند و کدها و نشانی‌ها را لاتین نگه می‌دارد. نشانی‌ها، شناسه‌ها و
### فرمان‌ها لاتین می‌مانند؛ Fluent آن‌ها را در رابط گرافیکی و صفحه جدا (isolate) می‌کند.
### پس یک مقدار جداشده نباید بلافاصله پس از واژهٔ لاتین بیاید («HTTP { $status }» در صفحه
### «403 HTTP» دیده می‌شود): پیش از آن واژه‌ای فارسی بگذارید، و فرمانی را که مقداری در خود
### دارد میان U+2066 و U+2069 بگذارید.

## ---------------------------------------------------------------- verdicts

verdict-reachable = در دسترس
verdict-challenge = در دسترس (Cloudflare یک بررسی مرورگر نشان می‌دهد که مرورگرها از آن رد می‌شوند)
verdict-blocked = با دیوار آتش Cloudflare مسدود شده
verdict-ip-banned = نشانی شما مسدود شده است
verdict-country-banned = کشور یا منطقهٔ شما مسدود شده است
verdict-browser-banned = امضای مرورگر پذیرفته نشد
verdict-rate-limited = محدودیت تعداد درخواست
verdict-region-unsupported = در منطقهٔ شما در دسترس نیست
verdict-site-down = سایت از کار افتاده است
verdict-site-error = سایت با خطا پاسخ داد
verdict-captive-portal = چیزی در شبکهٔ شما به‌جای سایت پاسخ داد
verdict-offline = اتصال برقرار نیست
verdict-dns-failure = نام پیدا نشد
verdict-timeout = پاسخی به‌موقع نرسید
verdict-tls-error = اتصال امن برقرار نشد

## ---------------------------------------------------------------- علت‌ها

cause-healthy = مشکلی نیست
cause-vpn-exit-blocked = نشانی سرور VPN مسدود است
cause-proxy-blocked = نشانی پراکسی مسدود است
cause-public-ip-blocked = نشانی اینترنتی شما مسدود است
cause-location-unsupported = مکان شما پشتیبانی نمی‌شود
cause-rate-limited = درخواست‌های بیش از حد از نشانی شما
cause-probe-refused = فقط بررسی خود blockwatch رد می‌شود
cause-outage = قطعی در سمت OpenAI
cause-captive-portal = شبکه می‌خواهد اول وارد شوید
cause-no-connection = اتصال برقرار نیست
cause-tls-interception = اتصال امن رهگیری می‌شود
cause-browser-side = چیزی در مرورگر شما
cause-browser-extension = افزونه‌ای در مرورگر شما
cause-browser-proxy = پراکسی یا VPN در مرورگر شما
cause-dns-filtered = یک فیلتر DNS
cause-network-filter = فیلتری در شبکهٔ شما
cause-unknown = نامعلوم

## ---------------------------------------------------------------- headlines

headline-healthy = ChatGPT در دسترس است
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT نشانی Cloudflare WARP را نمی‌پذیرد
   *[other] ChatGPT نشانی Cloudflare WARP را نمی‌پذیرد (خطای { $code })
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT نشانی VPN شما را نمی‌پذیرد
   *[other] ChatGPT نشانی VPN شما را نمی‌پذیرد (خطای { $code })
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT نشانی پراکسی شما را نمی‌پذیرد
   *[other] ChatGPT نشانی پراکسی شما را نمی‌پذیرد (خطای { $code })
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT نشانی اینترنتی شما را نمی‌پذیرد
   *[other] ChatGPT نشانی اینترنتی شما را نمی‌پذیرد (خطای { $code })
}
headline-location-unsupported = { $location ->
    [none] ChatGPT در جایی که هستید در دسترس نیست
   *[other] ChatGPT در جایی که هستید در دسترس نیست ({ $location })
}
headline-rate-limited = { $code ->
    [none] ChatGPT درخواست‌های نشانی شما را محدود کرده است
   *[other] ChatGPT درخواست‌های نشانی شما را محدود کرده است (خطای { $code })
}
headline-probe-refused = { $code ->
    [none] Cloudflare بررسی blockwatch را نپذیرفت
   *[other] Cloudflare بررسی blockwatch را نپذیرفت (خطای { $code })
}
headline-outage = ChatGPT از کار افتاده است
headline-captive-portal = این شبکه می‌خواهد اول وارد شوید
headline-no-connection = اتصال به ChatGPT برقرار نیست
headline-tls-interception = چیزی در شبکهٔ شما اتصال به ChatGPT را رهگیری می‌کند
headline-browser-side = ChatGPT پاسخ می‌دهد: مانع در مرورگر شماست
headline-unknown = ChatGPT با خطایی غیرمنتظره پاسخ داد

## ---------------------------------------------------------------- explanations

explain-healthy = { $host } عادی پاسخ می‌دهد. اگر در مرورگر بررسی Cloudflare ظاهر شد، خودبه‌خود رد می‌شود.
explain-vpn-exit-blocked = اتصال شما به { $host } از راه { $vpn } می‌رود و دیوار آتش ChatGPT نشانی آن سرور VPN را نمی‌پذیرد. از هر سرور VPN افراد زیادی با هم استفاده می‌کنند، برای همین سایت‌ها اغلب آن‌ها را مسدود می‌کنند. اتصال اینترنت خود شما مشکلی ندارد.
explain-proxy-blocked = اتصال شما به { $host } از نشانی اینترنتی خودتان بیرون نمی‌رود، بلکه از راه یک پراکسی یا VPN با تونل‌زنی تقسیم‌شده (split tunnel) می‌رود، و دیوار آتش ChatGPT نشانی‌ای را که از آن بیرون می‌رود نمی‌پذیرد.
explain-public-ip-blocked = { $ip ->
    [none] دیوار آتش ChatGPT نشانی عمومی اتصال اینترنت شما را نمی‌پذیرد. VPN یا پراکسی در کار نیست، پس راه‌حل یک نشانی دیگر است: نشانی تازه از سرویس‌دهنده‌تان، یا یک شبکهٔ دیگر.
   *[other] دیوار آتش ChatGPT نشانی عمومی اتصال اینترنت شما ({ $ip }) را نمی‌پذیرد. VPN یا پراکسی در کار نیست، پس راه‌حل یک نشانی دیگر است: نشانی تازه از سرویس‌دهنده‌تان، یا یک شبکهٔ دیگر.
}
explain-location-unsupported = { $location ->
    [none] ChatGPT اتصال از کشور یا منطقه‌ای را که نشانی شما را در آن می‌داند نمی‌پذیرد. اگر جایی هستید که ChatGPT در آن ارائه می‌شود، این مکان از VPN شما یا از مکان‌یابی نادرست نشانی‌تان آمده است.
   *[other] ChatGPT اتصال از کشور یا منطقه‌ای را که نشانی شما را در آن می‌داند ({ $location }) نمی‌پذیرد. اگر جایی هستید که ChatGPT در آن ارائه می‌شود، این مکان از VPN شما یا از مکان‌یابی نادرست نشانی‌تان آمده است.
}
explain-rate-limited = { $duration ->
    [none] از نشانی شما درخواست‌های زیادی رسیده است، برای همین { $host } می‌خواهد کمی آهسته‌تر باشد. این خودبه‌خود برطرف می‌شود.
   *[other] از نشانی شما درخواست‌های زیادی رسیده است، برای همین { $host } می‌خواهد { $duration } صبر کنید. این خودبه‌خود برطرف می‌شود.
}
explain-probe-refused = Cloudflare شیوه‌ای را که بررسی blockwatch خودش را معرفی می‌کند نپذیرفت. این چیزی دربارهٔ مرورگر شما نمی‌گوید، چون مرورگر جور دیگری بررسی می‌شود. اگر مرورگرتان هم همین خطا را نشان می‌دهد، مراحل زیر برای آن است.
explain-outage = خود { $host } دچار مشکل است: ایراد از طرف OpenAI است، نه شما.
explain-captive-portal = چیزی در این شبکه به‌جای { $host } پاسخ داد: معمولاً صفحهٔ ورود شبکهٔ هتل، فرودگاه، کافه یا شرکت.
explain-no-connection = blockwatch اصلاً نتوانست به { $host } برسد، پس هنوز نمی‌شود دربارهٔ مسدود بودن چیزی گفت.
explain-tls-interception = در پاسخ به اتصال امن به { $host } گواهی‌ای آمد که مال { $host } نیست. یک صفحهٔ ورود، پراکسی شرکت یا نرم‌افزار امنیتی در میان است.
explain-browser-side = از این رایانه { $host } عادی پاسخ می‌دهد، پس نشانی شما مسدود نیست. آنچه مرورگرتان هنوز نشان می‌دهد از خود مرورگر است: کوکی‌های ذخیره‌شده، یک افزونه، یا تنظیمات آن.
explain-unknown = پاسخ { $host } با هیچ مسدودسازی، قطعی یا مشکل شبکهٔ شناخته‌شده‌ای جور درنمی‌آید.

## ---------------------------------------------------------------- names and durations

vpn-name = { $kind ->
    [vendor-interface] { $vendor } ({ $interface })
    [vendor] { $vendor }
    [interface] VPN ({ $interface })
   *[unknown] VPN شما
}
duration = { $unit ->
    [moment] چند لحظه
    [seconds] { $count } ثانیه
    [minutes] { $count } دقیقه
   *[hours] { $count } ساعت
}

## ---------------------------------------------------------------- Cloudflare error codes

code-1020 = دسترسی با قوانین دیوار آتش سایت رد شد
code-1005 = شبکه‌ای که نشانی شما به آن تعلق دارد مسدود است
code-ip-banned = نشانی شما مسدود است
code-1012 = دسترسی به‌خاطر فعالیت از شبکهٔ شما رد شد
code-1009 = کشور یا منطقهٔ شما مسدود است
code-1010 = امضای مرورگر مسدود است
code-1015 = تعداد درخواست‌های شما محدود شده است
code-dns-tunnel = DNS یا تونل سایت دچار خطاست
code-host-not-found = میزبان سایت پیدا نشد
code-legal = محدودیت قانونی
code-1200 = Cloudflare بیش از حد شلوغ است
code-origin-unreachable = Cloudflare به سرورهای سایت دسترسی ندارد
code-other = خطای Cloudflare

## ---------------------------------------------------------------- evidence

evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] از راه Cloudflare
       *[no] بدون کد HTTP
    }
   *[other] { $via ->
        [yes] از راه Cloudflare با کد وضعیت { $status }
       *[no] با کد وضعیت { $status }
    }
}
evidence-answer-code = { $host } { $answer } و خطای { $code } از Cloudflare ({ $meaning }) پاسخ داد: { $label }
evidence-answer-challenge = { $host } { $answer } و با یک بررسی مرورگر Cloudflare پاسخ داد (بررسی است، نه مسدودسازی): { $label }
evidence-answer-block-page = { $host } { $answer } و با صفحهٔ «Sorry, you have been blocked» از Cloudflare پاسخ داد: { $label }
evidence-answer-access-denied = { $host } { $answer } و با صفحهٔ «Access denied» از Cloudflare پاسخ داد (شمارهٔ خطا خوانا نیست): { $label }
evidence-answer-cloudflare-page = { $host } { $answer } و با صفحه‌ای ساختهٔ Cloudflare پاسخ داد (صفحهٔ سفارشی بدون شمارهٔ خطا): { $label }
evidence-answer-openai-region = { $host } { $answer } و با خطای «country, region, or territory not supported» از OpenAI پاسخ داد: { $label }
evidence-answer-not-cloudflare = { $host } { $answer } پاسخ داد، اما نه از راه Cloudflare: چیزی در مسیر به‌جای آن پاسخ داد: { $label }
evidence-answer-gateway = { $host } { $answer } پاسخ داد، اما نه از راه Cloudflare: دستگاهی در مسیر خودش نتوانست به سایت برسد
evidence-answer-plain = { $host } { $answer } پاسخ داد: { $label }
evidence-transport-error = { $host }: { $label } ({ $detail })
evidence-ray = { $colo ->
    [none] شناسهٔ Ray در Cloudflare: { $id }
   *[other] شناسهٔ Ray در Cloudflare: { $id }، مرکز داده { $colo }
}
evidence-retry-after = سایت می‌خواهد پیش از تلاش دوباره { $duration } صبر کنید
evidence-page-saw-address = صفحهٔ خطا نشانی شما را { $ip } می‌داند
evidence-page-address-differs = صفحهٔ خطا نشانی شما را { $page } می‌داند، اما ردیابی سایت و سایت‌های دیگر نشانی { $others } را می‌بینند: صفحه از راه یک پراکسی یا مسیری جداگانه آمده است
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] سایت شما را با نشانی { $ip } می‌بیند
       *[other] سایت شما را با نشانی { $ip } می‌بیند، از راه مرکز دادهٔ { $colo } در Cloudflare
    }
   *[other] { $colo ->
        [none] سایت شما را با نشانی { $ip } می‌بیند، { $location }
       *[other] سایت شما را با نشانی { $ip } می‌بیند، { $location }، از راه مرکز دادهٔ { $colo } در Cloudflare
    }
}
evidence-others-see = سایت‌های دیگر شما را با نشانی { $ip } می‌بینند
evidence-address-mismatch = سایت شما را با نشانی { $site } می‌بیند، اما سایت‌های دیگر با نشانی { $others }: راه رسیدن به { $host } از جای دیگری بیرون می‌رود (پراکسی یا VPN با تونل‌زنی تقسیم‌شده)
evidence-route-tunnel = { $vendor ->
    [none] مسیر به { $host } از { $interface } می‌گذرد که یک تونل VPN است
   *[other] مسیر به { $host } از { $interface } ({ $vendor }) می‌گذرد
}
evidence-route-direct = مسیر به { $host } از { $interface } می‌گذرد، نه از VPN
evidence-no-route = این رایانه مسیری به { $host } ندارد: به شبکه وصل نیست
evidence-warp = Cloudflare گزارش می‌دهد که از WARP استفاده می‌کنید (warp=on)
evidence-unused-tunnel = { $vendor ->
    [none] تونل { $interface } روشن است اما ترافیک به { $host } از آن نمی‌گذرد
   *[other] { $interface } ({ $vendor }) روشن است اما ترافیک به { $host } از آن نمی‌گذرد
}
evidence-vpn-software = نرم‌افزار VPN در حال اجرا: { $names }
evidence-proxy = برای { $host } پراکسی تنظیم شده است: { $url }
evidence-proxy-script = سیستم شما پراکسیِ { $host } را از اسکریپت پیکربندی خودکار { $url } می‌گیرد؛ blockwatch چنین اسکریپت‌هایی را اجرا نمی‌کند، پس درخواست‌های خودش مستقیم رفتند (مرورگر شما ممکن است از پراکسی‌ای که اسکریپت انتخاب می‌کند عبور کند)
evidence-status = { $component ->
    [none] { $incident ->
        [none] صفحهٔ وضعیت OpenAI گزارش می‌دهد: { $overall }
       *[other] صفحهٔ وضعیت OpenAI گزارش می‌دهد: { $overall }؛ رخداد باز: { $incident }
    }
   *[other] { $incident ->
        [none] صفحهٔ وضعیت OpenAI گزارش می‌دهد: { $overall }؛ گفتگوهای ChatGPT: { $component }
       *[other] صفحهٔ وضعیت OpenAI گزارش می‌دهد: { $overall }؛ گفتگوهای ChatGPT: { $component }؛ رخداد باز: { $incident }
    }
}
status-overall-none = همهٔ سامانه‌ها عادی‌اند
status-overall-minor = یک مشکل جزئی
status-overall-major = یک قطعی بزرگ
status-overall-critical = یک قطعی بحرانی
component-status = { $state ->
    [operational] فعال
    [degraded_performance] کارایی کاهش‌یافته
    [partial_outage] قطعی جزئی
    [major_outage] قطعی بزرگ
    [under_maintenance] در حال نگهداری
   *[other] { $raw }
}
evidence-status-unknown = صفحهٔ وضعیت OpenAI خوانده نشد (وضعیت نامعلوم)
evidence-status-not-needed = برای این پاسخ نیازی به صفحهٔ وضعیت OpenAI نبود (خوانده نشد)
evidence-tls-wrong-name = گواهی ارائه‌شده برای نامی غیر از { $host } است
evidence-tls-untrusted = گواهی ارائه‌شده برای { $host } از مرجعی مورد اعتماد نیست
evidence-tls-not-valid-now = گواهی منقضی شده یا هنوز معتبر نشده است: تاریخ و ساعت این رایانه را بررسی کنید
evidence-tls-other = اتصال امن برقرار نشد
evidence-browser-report = شما گزارش می‌دهید که مرورگرتان هنوز مسدود بودن را نشان می‌دهد
evidence-same-address = اتصال شما قطع و دوباره وصل شد و همان نشانی عمومی ({ $ip }) را گرفت: راه‌اندازی دوبارهٔ روتر آن را عوض نمی‌کند

## ---------------------------------------------------------------- notification bodies

notify-fix-disconnect-vpn-warp = Cloudflare WARP را خاموش کنید.
notify-fix-disconnect-vpn = اتصال { $vpn } را قطع کنید.
notify-fix-switch-vpn-server = به یک سرور VPN دیگر وصل شوید.
notify-fix-disable-proxy = پراکسی را خاموش کنید.
notify-fix-restart-router = روتر را دوباره راه‌اندازی کنید تا نشانی تازه بگیرید.
notify-fix-use-other-network = شبکهٔ دیگری را امتحان کنید، مثلاً هات‌اسپات گوشی.
notify-fix-contact-isp = از سرویس‌دهندهٔ اینترنت نشانی تازه بخواهید.
notify-fix-clear-browser-data = کوکی‌های { $host } و openai.com را در مرورگر پاک کنید.
notify-fix-disable-extensions = افزونه‌های مرورگر را خاموش کنید.
notify-fix-check-browser-permissions = اجازهٔ JavaScript و کوکی را برای { $host } بدهید.
notify-fix-wait-rate-limit = { $duration ->
    [none] چند دقیقه صبر کنید و بعد دوباره امتحان کنید.
   *[other] { $duration } صبر کنید و بعد دوباره امتحان کنید.
}
notify-fix-wait-outage = صبر کنید: این را OpenAI باید درست کند.
notify-fix-check-status-page = status.openai.com را ببینید.
notify-fix-sign-in-network = وارد این شبکه شوید.
notify-fix-check-connection = اتصال اینترنت خود را بررسی کنید.
notify-fix-update-browser = مرورگرتان را به‌روز کنید.
notify-no-actions-hint = مراحل رفع مشکل: `blockwatch fix` را اجرا کنید یا { $page } را باز کنید
notify-same-ip-title = نشانی شما عوض نشد
notify-same-ip-body = پس از برگشتن اتصال هنوز { $ip } است: نشانی ثابت یا مشترک با دیگران (CGNAT). راه‌اندازی دوباره کمکی نمی‌کند؛ از شبکهٔ دیگری استفاده کنید یا از سرویس‌دهنده‌تان نشانی تازه بخواهید.
notify-resolved-title = ChatGPT دوباره کار می‌کند
notify-resolved-vpn-disconnected = { $vpn ->
    [none] پس از قطع VPN دسترسی برگشت.
   *[other] پس از قطع { $vpn } دسترسی برگشت.
}
notify-resolved-vpn-switched = پس از عوض کردن سرور VPN دسترسی برگشت.
notify-resolved-proxy-off = پس از خاموش کردن پراکسی دسترسی برگشت.
notify-resolved-new-address = پس از تغییر نشانی شما از { $old } به { $new } دسترسی برگشت.
notify-resolved-other-network = پس از عوض کردن شبکه دسترسی برگشت.
notify-resolved-outage-over = دسترسی برگشت: OpenAI قطعی را برطرف کرد.
notify-resolved-rate-limit-over = دسترسی برگشت: محدودیت درخواست تمام شد.
notify-resolved-outage = دسترسی برگشت: قطعی تمام شد.
notify-resolved = دسترسی برگشت.
action-show-fix = نمایش راه‌حل
action-check-again = بررسی دوباره

## ---------------------------------------------------------------- fix steps

fix-disconnect-vpn-title = اتصال { $vpn } را قطع کنید
fix-disconnect-vpn-warp-title = Cloudflare WARP را خاموش کنید
fix-disconnect-vpn-warp = روی نماد WARP کلیک کنید و آن را خاموش کنید، یا `warp-cli disconnect` را اجرا کنید.
fix-disconnect-vpn-tailscale = استفاده از exit node را کنار بگذارید: در منوی Tailscale گزینهٔ ⁦Exit Node → None⁩ را بزنید، یا `tailscale set --exit-node=` را اجرا کنید.
fix-disconnect-vpn-wireguard-linux = ⁦`sudo wg-quick down { $interface }`⁩ را اجرا کنید، یا اگر NetworkManager آن را مدیریت می‌کند ⁦`nmcli connection down { $interface }`⁩ را.
fix-disconnect-vpn-mullvad-linux = در برنامهٔ Mullvad روی Disconnect کلیک کنید، یا `mullvad disconnect` را اجرا کنید.
fix-disconnect-vpn-nordvpn-linux = `nordvpn disconnect` را اجرا کنید، یا در برنامهٔ NordVPN روی Disconnect کلیک کنید.
fix-disconnect-vpn-expressvpn-linux = `expressvpn disconnect` را اجرا کنید، یا دکمهٔ روشن/خاموش برنامهٔ ExpressVPN را بزنید.
fix-disconnect-vpn-anyconnect-linux = در Cisco Secure Client روی Disconnect کلیک کنید، یا `/opt/cisco/anyconnect/bin/vpn disconnect` را اجرا کنید.
fix-disconnect-vpn-globalprotect-linux = `globalprotect disconnect` را اجرا کنید، یا در برنامهٔ GlobalProtect گزینهٔ Disconnect را بزنید.
fix-disconnect-vpn-other-linux = در برنامهٔ VPN خود روی Disconnect (قطع اتصال) کلیک کنید؛ برای VPNی که در خود سیستم تنظیم شده، ⁦`nmcli connection down { $interface }`⁩ (یا کلید VPN در منوی شبکه).
fix-disconnect-vpn-macos = { $vendor ->
    [none] در نوار منو روی نماد برنامهٔ VPN کلیک کنید و Disconnect را بزنید.
   *[other] در نوار منو روی نماد { $vendor } کلیک کنید و Disconnect را بزنید.
}
fix-disconnect-vpn-wireguard-windows = برنامهٔ WireGuard را باز کنید و روی Deactivate کلیک کنید.
fix-disconnect-vpn-windows = { $vendor ->
    [none] در ناحیهٔ اعلان‌ها (پایین صفحه، کنار ساعت) روی نماد برنامهٔ VPN راست‌کلیک کنید و Disconnect را بزنید.
   *[other] در ناحیهٔ اعلان‌ها (پایین صفحه، کنار ساعت) روی نماد { $vendor } راست‌کلیک کنید و Disconnect را بزنید.
}
fix-disconnect-vpn-system-linux = یا از منوی سیستم: در GNOME منوی گوشهٔ بالا ← VPN ← خاموش؛ در KDE: اپلت شبکه ← قطع VPN.
fix-disconnect-vpn-system-macos = یا ⁦System Settings → VPN⁩ و VPN را خاموش کنید.
fix-disconnect-vpn-system-windows = یا «تنظیمات» ← «شبکه و اینترنت» ← VPN ← VPN شما ← «قطع اتصال».
fix-disconnect-vpn-kill-switch = اگر VPN «کیل سوییچ» (kill switch) دارد که هنگام قطع بودن، اینترنت را می‌بندد، آن را هم خاموش کنید.
fix-disconnect-vpn-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. blockwatch به‌محض تغییر شبکه دوباره بررسی می‌کند و می‌گوید مشکل حل شد یا نه.

fix-switch-vpn-server-title = به یک سرور VPN دیگر وصل شوید
fix-switch-vpn-server-pick = برنامهٔ VPN را باز کنید و سرور دیگری انتخاب کنید: شهری دیگر، یا سروری کم‌بارتر (بسیاری از برنامه‌ها بار سرور را نشان می‌دهند).
fix-switch-vpn-server-avoid = از سرورهای ویژه (P2P، مبهم‌سازی‌شده یا obfuscated، «Double VPN») دوری کنید: نشانی‌هایشان بیشتر مسدود می‌شود.
fix-switch-vpn-server-dedicated = اگر VPN شما نشانی IP اختصاصی (شخصی) می‌دهد، از آن استفاده کنید: با غریبه‌ها مشترک نیست.
fix-switch-vpn-server-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. blockwatch به‌محض تغییر اتصال دوباره بررسی می‌کند.

fix-disable-proxy-title = پراکسی را خاموش کنید
fix-disable-proxy-in-use = پراکسی در حال استفاده: { $proxy }
fix-disable-proxy-linux = GNOME: «تنظیمات» ← «شبکه» ← «پیشکار شبکه» ← «خاموش». KDE: «تنظیمات سیستم» ← «شبکه» ← «پیشکار» ← «بدون پیشکار».
fix-disable-proxy-linux-env = در پایانه (ترمینال)، پراکسی از متغیرهای محیطی می‌آید: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (و آن‌ها را از ~/.profile یا /etc/environment هم بردارید).
fix-disable-proxy-macos = ⁦System Settings⁩ ← ⁦Network⁩ ← اتصال شما ← ⁦Details…⁩ ← ⁦Proxies⁩: همهٔ پراکسی‌ها را خاموش کنید و OK را بزنید.
fix-disable-proxy-windows = «تنظیمات» ← «شبکه و اینترنت» ← «پروکسی»: گزینهٔ «استفاده از سرور پروکسی» را خاموش کنید (و «استفاده از اسکریپت راه‌اندازی» را هم، مگر اینکه شرکتتان به آن نیاز دارد).
fix-disable-proxy-extensions = افزونه‌های پراکسی یا VPN مرورگر را هم خاموش کنید (در نوار ابزار مرورگر دیده می‌شوند).
fix-disable-proxy-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. در شبکهٔ شرکت، پیش از دور زدن پراکسی با بخش فناوری اطلاعات هماهنگ کنید.

fix-restart-router-title = روتر را دوباره راه‌اندازی کنید تا نشانی تازه بگیرید
fix-restart-router-unplug = دوشاخهٔ روتر (و مودم، اگر جداست) را از برق بکشید. راه‌اندازی دوباره از صفحهٔ وب یا برنامهٔ روتر اغلب همان نشانی را نگه می‌دارد.
fix-restart-router-wait = دست‌کم 5 دقیقه صبر کنید: بسیاری از سرویس‌دهنده‌ها فقط پس از پایان اجارهٔ نشانی قبلی نشانی تازه می‌دهند. برخی 30 دقیقه یا بیشتر لازم دارند.
fix-restart-router-order = اول مودم را به برق بزنید و صبر کنید تا آنلاین شود، بعد روتر را.
fix-restart-router-check = وقتی اتصال برگردد، blockwatch دوباره بررسی می‌کند و می‌گوید نشانی عمومی‌تان عوض شد یا نه. اگر نشد، نشانی شما ثابت است یا با مشترکان دیگر مشترک است (CGNAT): راه‌اندازی دوباره کمکی نمی‌کند؛ از شبکهٔ دیگری استفاده کنید یا با سرویس‌دهنده‌تان تماس بگیرید.

fix-use-other-network-title = شبکهٔ دیگری را امتحان کنید
fix-use-other-network-hotspot = هات‌اسپات گوشی را روشن کنید (با Wi-Fi گوشی خاموش، تا از اینترنت همراه استفاده کند) و این رایانه را به آن وصل کنید.
fix-use-other-network-open = { $host } را باز کنید. اگر آنجا کار کرد، مسدود بودن به نشانی شبکهٔ همیشگی شما مربوط است، نه به این رایانه.
fix-use-other-network-keep = تا وقتی از سرویس‌دهنده‌تان نشانی تازه می‌خواهید، از همان شبکهٔ دیگر استفاده کنید.
fix-use-other-network-open-network = { $host } را باز کنید. اگر آنجا کار کرد، مانع در شبکهٔ همیشگی شماست، نه در این رایانه.
fix-use-other-network-keep-network = تا وقتی { $host } در شبکهٔ همیشگی‌تان دوباره کار کند، از همان شبکهٔ دیگر استفاده کنید.

fix-contact-isp-title = از سرویس‌دهندهٔ اینترنت نشانی تازه بخواهید
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] به سرویس‌دهنده‌تان بگویید سایت‌های پشت Cloudflare (مانند { $host }) نشانی عمومی شما را نمی‌پذیرند.
       *[other] به سرویس‌دهنده‌تان بگویید سایت‌های پشت Cloudflare (مانند { $host }) نشانی عمومی شما را با خطای { $code } نمی‌پذیرند.
    }
   *[other] { $code ->
        [none] به سرویس‌دهنده‌تان بگویید سایت‌های پشت Cloudflare (مانند { $host }) نشانی عمومی شما، { $ip }، را نمی‌پذیرند.
       *[other] به سرویس‌دهنده‌تان بگویید سایت‌های پشت Cloudflare (مانند { $host }) نشانی عمومی شما، { $ip }، را با خطای { $code } نمی‌پذیرند.
    }
}
fix-contact-isp-ask = یک نشانی پویای تازه بخواهید، یا اگر پشت CGNAT (نشانی مشترک) هستید، بخواهید شما را از آن بیرون بیاورند.
fix-contact-isp-static = اگر برای نشانی ثابت پول می‌دهید، نشانی دیگری بخواهید: نشانی فعلی در فهرست مسدودها است.
fix-contact-isp-geolocation = اگر سایت شما را در کشور اشتباهی می‌داند، از سرویس‌دهنده بخواهید مکان‌یابی محدودهٔ نشانی‌هایش را اصلاح کند.

fix-clear-browser-data-title = داده‌های { $host } و openai.com را در مرورگر پاک کنید
fix-clear-browser-data-chrome = Chrome: «تنظیمات» ← «حریم خصوصی و امنیت» ← «کوکی‌های شخص ثالث» ← «دیدن همهٔ داده‌ها و اجازه‌های سایت»؛ «{ $host }» و «openai.com» را جستجو و هر دو را حذف کنید.
fix-clear-browser-data-firefox = Firefox: «تنظیمات» ← «حریم‌خصوصی و امنیت» ← «کوکی‌ها و داده‌های پایگاه» ← «مدیریت داده‌ها…»؛ «chatgpt» و «openai» را جستجو کنید، «حذف انتخاب‌شده‌ها» و سپس «ذخیرهٔ تغییرات».
fix-clear-browser-data-edge = Edge: «تنظیمات» ← «کوکی‌ها و مجوزهای سایت» ← «مدیریت و حذف کوکی‌ها و داده‌های سایت» ← «دیدن همهٔ کوکی‌ها و داده‌های سایت»؛ هر دو سایت را جستجو و حذف کنید.
fix-clear-browser-data-safari = Safari (منوها به انگلیسی): ⁦Settings → Privacy → Manage Website Data…⁩؛ «chatgpt» و «openai» را جستجو کنید، Remove و سپس Done.
fix-clear-browser-data-reopen = همهٔ زبانه‌های { $host } را ببندید، سپس دوباره بازش کنید و وارد حساب شوید.

fix-disable-extensions-title = افزونه‌های مرورگر را خاموش کنید
fix-disable-extensions-private = { $safari ->
    [yes] { $host } را در یک پنجرهٔ خصوصی باز کنید (در Chrome و Edge با Ctrl+Shift+N، در Firefox با Ctrl+Shift+P، در Safari با ⌘⇧N): آنجا افزونه‌ها خاموش‌اند.
   *[no] { $host } را در یک پنجرهٔ خصوصی باز کنید (در Chrome و Edge با Ctrl+Shift+N، در Firefox با Ctrl+Shift+P): آنجا افزونه‌ها خاموش‌اند.
}
fix-disable-extensions-list = اگر آنجا کار کرد، فهرست افزونه‌ها را باز کنید (chrome://extensions، about:addons، edge://extensions) و افزونه‌ها را یکی‌یکی خاموش کنید.
fix-disable-extensions-suspects = اول مظنون‌ها: افزونه‌های VPN و پراکسی، مسدودکننده‌های تبلیغ و اسکریپت، تغییردهنده‌های user-agent، ابزارهای حریم خصوصی و ضد انگشت‌نگاری.
fix-disable-extensions-reload = پس از هر کدام صفحهٔ { $host } را دوباره بارگذاری کنید؛ افزونه‌ای را که باعث مسدود شدن بود خاموش نگه دارید.

fix-check-browser-permissions-title = اجازهٔ JavaScript و کوکی را برای { $host } بدهید
fix-check-browser-permissions-chrome = Chrome و Edge: در { $host } روی نماد کنار نشانی کلیک کنید ← «تنظیمات سایت»؛ JavaScript و کوکی‌ها را روی «مجاز» بگذارید.
fix-check-browser-permissions-firefox = Firefox: روی سپر کنار نشانی کلیک کنید و «محافظت پیشرفته در برابر ردیابی» را برای این سایت خاموش کنید؛ حالت «سخت‌گیرانه» می‌تواند بررسی‌های Cloudflare را خراب کند.
fix-check-browser-permissions-challenges = اگر اسکریپت‌ها یا کوکی‌های شخص ثالث را به‌طور پیش‌فرض مسدود می‌کنید، به challenges.cloudflare.com هم اجازه بدهید.
fix-check-browser-permissions-clock = مطمئن شوید تاریخ، ساعت و منطقهٔ زمانی این رایانه درست است: با ساعت نادرست بررسی‌های امنیتی رد می‌شوند.

fix-wait-rate-limit-title = { $duration ->
    [none] چند دقیقه صبر کنید و بعد دوباره امتحان کنید
   *[other] { $duration } صبر کنید و بعد دوباره امتحان کنید
}
fix-wait-rate-limit-stop = صفحه را پشت سر هم بارگذاری نکنید: هر بار، محدودیت طولانی‌تر می‌شود.
fix-wait-rate-limit-scripts = اسکریپت‌ها، افزونه‌ها یا زبانه‌هایی را که خودکار به ChatGPT درخواست می‌فرستند ببندید.
fix-wait-rate-limit-check = blockwatch پس از این مدت دوباره بررسی می‌کند و وقتی دسترسی برگشت خبرتان می‌کند.

fix-wait-outage-title = صبر کنید تا OpenAI قطعی را برطرف کند
fix-wait-outage-nothing = لازم نیست چیزی را در طرف خودتان عوض کنید: پاک کردن کوکی‌ها یا عوض کردن شبکه کمکی نمی‌کند.
fix-wait-outage-follow = روند رفع مشکل را در { $url } دنبال کنید.
fix-wait-outage-check = blockwatch به بررسی ادامه می‌دهد و وقتی ChatGPT برگشت خبرتان می‌کند.

fix-check-status-page-title = صفحهٔ وضعیت OpenAI را ببینید
fix-check-status-page-open = { $url } را باز کنید و بخش «Conversations» را نگاه کنید.
fix-check-status-page-incident = اگر رخدادی باز است، صبر کنید تا برطرف شود؛ blockwatch وقتی ChatGPT دوباره عادی پاسخ داد خبرتان می‌کند.

fix-sign-in-network-title = وارد این شبکه شوید
fix-sign-in-network-neverssl = در مرورگر http://neverssl.com را باز کنید (یک صفحهٔ http ساده): به‌جای آن صفحهٔ ورود شبکه ظاهر می‌شود.
fix-sign-in-network-terms = شرایط را بپذیرید یا کدی را که به شما داده‌اند وارد کنید (شمارهٔ اتاق، بلیت، کارت شارژ).
fix-sign-in-network-linux = GNOME و KDE هم وقتی چنین صفحه‌ای را تشخیص دهند اعلان «ورود به شبکه» نشان می‌دهند.
fix-sign-in-network-macos = macOS معمولاً پنجرهٔ ورود را خودش باز می‌کند؛ اگر نه، Wi-Fi را خاموش و دوباره روشن کنید.
fix-sign-in-network-windows = ویندوز معمولاً صفحهٔ ورود را خودش باز می‌کند؛ اگر نه، روی نماد شبکه کلیک کنید و «باز کردن مرورگر و اتصال» را بزنید.
fix-sign-in-network-reload = صفحهٔ { $host } را دوباره بارگذاری کنید؛ blockwatch پس از تغییر شبکه دوباره بررسی می‌کند.

fix-check-connection-title = اتصال اینترنت خود را بررسی کنید
fix-check-connection-wifi = ببینید Wi-Fi روشن و وصل است، یا کابل شبکه وصل است.
fix-check-connection-other-site = یک وب‌سایت دیگر را باز کنید. اگر هیچ چیز باز نمی‌شود، Wi-Fi این رایانه و سپس روتر را دوباره راه‌اندازی کنید.
fix-check-connection-linux = در پایانه، `ping -c 3 1.1.1.1` نشان می‌دهد اینترنت اصلاً پاسخ می‌دهد یا نه؛ `nmcli device` وضعیت اتصال را نشان می‌دهد.
fix-check-connection-macos = در Terminal، `ping -c 3 1.1.1.1` نشان می‌دهد اینترنت اصلاً پاسخ می‌دهد یا نه.
fix-check-connection-windows = «تنظیمات» ← «شبکه و اینترنت» ← «عیب‌یاب شبکه» مشکلات معمول را پیدا می‌کند.
fix-check-connection-offline = تا وقتی آفلاین هستید blockwatch ساکت می‌ماند و به‌محض برگشتن شبکه دوباره بررسی می‌کند.

fix-update-browser-title = مرورگرتان را به‌روز کنید
fix-update-browser-about = Chrome: منو ← «راهنما» ← «درباره Google Chrome»؛ Edge: «تنظیمات» ← «درباره Microsoft Edge»؛ Firefox: منو ← «راهنما» ← «درباره Firefox». هر کدام همان‌جا خودش را به‌روز می‌کند؛ سپس مرورگر را دوباره باز کنید.
fix-update-browser-switchers = تغییردهنده‌های user-agent و تنظیمات ضد انگشت‌نگاری را خاموش کنید: Cloudflare مرورگرهایی را که شبیه آنچه ادعا می‌کنند نیستند نمی‌پذیرد.
fix-update-browser-reload = صفحهٔ { $host } را دوباره بارگذاری کنید.

## ---------------------------------------------------------------- fix page

page-title = blockwatch: دسترسی به ChatGPT
page-what-happened = چه خبر است
page-what-to-do = چه باید کرد، به همین ترتیب
page-evidence = آنچه blockwatch اندازه گرفت
page-next = کار بعدی blockwatch
page-browser-heading = اگر مرورگرتان هنوز «Access denied» نشان می‌دهد
page-browser-intro = blockwatch از این رایانه به ChatGPT می‌رسد، پس بقیهٔ مشکل در مرورگر است. این‌ها را به ترتیب امتحان کنید:
page-details = جزئیات فنی
page-checked = زمان بررسی: { $time }
page-footer = این صفحه را blockwatch روی رایانهٔ خودتان نوشته است؛ چیزی به‌جایی فرستاده نشد. برای باز کردن دوباره‌اش `blockwatch fix` را اجرا کنید.
page-detail-verdict = نتیجه
page-detail-cause = علت
page-detail-http-status = وضعیت HTTP
page-detail-cloudflare-error = خطای Cloudflare
page-detail-ray-id = شناسهٔ Ray
page-detail-public-ipv4 = IPv4 عمومی
page-detail-public-ipv6 = IPv6 عمومی
page-detail-location = مکان

next-healthy = blockwatch هر چند دقیقه و به‌محض تغییر شبکه بررسی می‌کند و اگر ChatGPT مسدود شد خبرتان می‌کند.
next-vpn-or-proxy = blockwatch به‌محض تغییر شبکه دوباره بررسی می‌کند، پس در چند ثانیه می‌فهمید قطع کردن یا عوض کردن سرور جواب داد یا نه.
next-public-ip-blocked = blockwatch به‌محض تغییر شبکه دوباره بررسی می‌کند و نشانی عمومی‌تان را می‌پرسد: می‌فهمید راه‌اندازی دوبارهٔ روتر نشانی تازه داد یا نه، و مشکل حل شد یا نه.
next-location-unsupported = blockwatch با تغییر شبکه دوباره بررسی می‌کند و وقتی ChatGPT اتصال شما را پذیرفت خبرتان می‌کند.
next-rate-limited = blockwatch همان‌قدر که سایت می‌خواهد صبر می‌کند، سپس دوباره بررسی می‌کند و وقتی دسترسی برگشت خبرتان می‌کند.
next-outage = blockwatch هر چند دقیقه بررسی می‌کند و وقتی ChatGPT برگشت خبرتان می‌کند.
next-sign-in = blockwatch به‌محض تغییر شبکه دوباره بررسی می‌کند، مثلاً پس از اینکه وارد شدید.
next-no-connection = تا وقتی آفلاین هستید blockwatch ساکت می‌ماند و به‌محض برگشتن شبکه دوباره بررسی می‌کند.
next-other = blockwatch چند دقیقهٔ دیگر و به‌محض تغییر شبکه دوباره بررسی می‌کند.
next-browser-side = blockwatch به زیر نظر گرفتن اتصال ادامه می‌دهد؛ امتحان مراحل مرورگر در بالا با شماست.

## ---------------------------------------------------------------- tray menu

menu-check-now = بررسی همین حالا
menu-browser-blocked = مرورگرم هنوز Access denied نشان می‌دهد
menu-pause = توقف به مدت 1 ساعت
menu-resume = ادامه
menu-autostart = اجرا هنگام ورود به سیستم
menu-history = باز کردن تاریخچه
menu-quit = خروج
tray-paused-until = متوقف تا { $time }
tray-offline = اتصال شبکه برقرار نیست
tray-checking = در حال بررسی ChatGPT…
tray-reachable = ChatGPT در دسترس است
tray-vpn-blocked = { $code ->
    [none] ChatGPT VPN شما را مسدود کرده است
   *[other] ChatGPT VPN شما را مسدود کرده است (خطای { $code })
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT پراکسی شما را مسدود کرده است
   *[other] ChatGPT پراکسی شما را مسدود کرده است (خطای { $code })
}
tray-address-blocked = { $code ->
    [none] ChatGPT نشانی شما را مسدود کرده است
   *[other] ChatGPT نشانی شما را مسدود کرده است (خطای { $code })
}
tray-location-unsupported = { $location ->
    [none] ChatGPT از اینجا در دسترس نیست
   *[other] ChatGPT از { $location } در دسترس نیست
}
tray-rate-limited = { $code ->
    [none] محدودیت درخواست ChatGPT
   *[other] محدودیت درخواست ChatGPT (خطای { $code })
}
tray-probe-refused = { $code ->
    [none] Cloudflare بررسی را نپذیرفت
   *[other] Cloudflare بررسی را نپذیرفت (خطای { $code })
}
tray-outage = ChatGPT از کار افتاده است
tray-sign-in = وارد این شبکه شوید
tray-unreachable = ChatGPT در دسترس نیست
tray-intercepted = اتصال به ChatGPT رهگیری می‌شود
tray-error = ChatGPT با خطا پاسخ داد
tray-label-paused = متوقف
tray-label-offline = آفلاین
tray-label-blocked = ChatGPT مسدود است
tray-ip = { $location ->
    [none] IP عمومی: { $ips }
   *[other] IP عمومی: { $ips } ({ $location })
}
tray-ip-unknown = IP عمومی: نامعلوم
tray-vpn = VPN: { $vpn }
tray-vpn-on = VPN: روشن
tray-vpn-unknown = VPN: نامعلوم
tray-vpn-off-unused = VPN: خاموش ({ $interface } روشن است، اما برای ChatGPT استفاده نمی‌شود)
tray-vpn-off = VPN: خاموش
tray-checking-now = در حال بررسی…
tray-last-check = آخرین بررسی: { $time }
tray-last-check-never = آخرین بررسی: هنوز نه

## ---------------------------------------------------------------- first start, no tray
intro-title = blockwatch اکنون ChatGPT را زیر نظر دارد
intro-body = اکنون: { $state }. نماد آن نشان می‌دهد ChatGPT چگونه پاسخ می‌دهد؛ اگر ChatGPT شما را رد کند، اعلانی مانند همین راه‌حل را می‌گوید.
no-tray-title = blockwatch بدون نماد در سینی سیستم اجرا می‌شود
no-tray-body = { $remedy ->
    [gnome-enable] میز کار شما نمادهای سینی سیستم را نشان نمی‌دهد. blockwatch همچنان ChatGPT را زیر نظر دارد (اکنون: { $state }) و اگر مشکلی پیش بیاید همین‌جا خبر می‌دهد. برای دیدن نماد آن، «AppIndicator and KStatusNotifierItem Support» را در برنامهٔ «افزونه‌ها» روشن کنید، یا `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com` را اجرا کنید.
    [gnome-install] میز کار شما نمادهای سینی سیستم را نشان نمی‌دهد. blockwatch همچنان ChatGPT را زیر نظر دارد (اکنون: { $state }) و اگر مشکلی پیش بیاید همین‌جا خبر می‌دهد. برای دیدن نماد آن، افزونهٔ AppIndicator را نصب کنید (`sudo apt install gnome-shell-extension-appindicator`)، از حساب کاربری خارج شوید و دوباره وارد شوید، سپس آن را در «افزونه‌ها» روشن کنید.
   *[other] میز کار شما نمادهای سینی سیستم را نشان نمی‌دهد. blockwatch همچنان ChatGPT را زیر نظر دارد (اکنون: { $state }) و اگر مشکلی پیش بیاید همین‌جا خبر می‌دهد. برای دیدن نماد آن، یک سینی سیستم (ناحیهٔ اعلان وضعیت) به پنل خود اضافه کنید.
}

## ---------------------------------------------------------------- history

history-start = blockwatch شروع به کار کرد
history-stop = blockwatch متوقف شد
history-check = { $status ->
    [none] { $code ->
        [none] بررسی: { $label } ({ $cause })
       *[other] بررسی: { $label } ({ $cause })، خطای { $code }
    }
   *[other] { $code ->
        [none] بررسی: { $label } ({ $cause })، HTTP { $status }
       *[other] بررسی: { $label } ({ $cause })، HTTP { $status }، خطای { $code }
    }
}
history-public-ip-changed = نشانی عمومی عوض شد: { $old } ← { $new }
history-public-ip = نشانی عمومی: { $new }
history-vpn-on = { $vpn ->
    [none] VPN روشن: نامعلوم
   *[other] VPN روشن: { $vpn }
}
history-vpn-off = VPN خاموش (ترافیک به ChatGPT مستقیم می‌رود)
history-notified = اعلان: { $title } — { $body }
history-offline = شبکه قطع شد
history-online = شبکه برگشت
history-paused = کاربر متوقف کرد
history-resumed = ادامه یافت
history-config-reloaded = پیکربندی دوباره بارگذاری شد
history-config-not-reloaded = پیکربندی دوباره بارگذاری نشد، تنظیمات قبلی ماند: { $error }

## ---------------------------------------------------------------- check report

report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }، خطای { $code }
    }
   *[other] { $code ->
        [none] { $what }، HTTP { $status }
       *[other] { $what }، HTTP { $status }، خطای { $code }
    }
}
report-label-verdict = نتیجه:
report-label-cause = علت:
report-label-families = خانواده‌ها:
report-label-router = روتر:
report-what-to-do = چه باید کرد
report-evidence = شواهد

## ---------------------------------------------------------------- command line

cli-already-running = { $pid ->
    [none] blockwatch از قبل در حال اجراست و به زیر نظر گرفتن ادامه می‌دهد؛ چیز دیگری برای اجرا نیست.
   *[other] blockwatch از قبل در حال اجراست (pid { $pid }) و به زیر نظر گرفتن ادامه می‌دهد؛ چیز دیگری برای اجرا نیست.
}
cli-history-unreadable = تاریخچهٔ { $path } خوانده نشد: هیچ رکوردی که blockwatch نوشته باشد در آن نیست. فایل را جابه‌جا کنید (`blockwatch run` فایل تازه‌ای می‌سازد).
cli-history-empty = هنوز تاریخچه‌ای نیست ({ $path } خالی است): `blockwatch run` آنچه را می‌بیند آنجا ثبت می‌کند.
autostart-disabled = غیرفعال: blockwatch هنگام ورود به سیستم اجرا نمی‌شود
autostart-enabled = فعال: { $ways }
autostart-way = { $method ->
    [xdg] مدخل XDG autostart { $path }
    [systemd] یونیت کاربری systemd { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] مدخل سراسری XDG autostart { $path }
   *[run-key] کلید Run { $path }
}
autostart-disabled-system = غیرفعال: blockwatch هنگام ورود به سیستم اجرا نمی‌شود (مدخل سراسری { $path } برای شما خاموش شده است)
autostart-disabled-startup-apps = غیرفعال: blockwatch هنگام ورود به سیستم اجرا نمی‌شود (مدخل { $path } در «برنامه‌های راه‌اندازی» Task Manager خاموش شده است؛ ‎`blockwatch autostart enable`‎ یا «اجرا هنگام ورود به سیستم» دوباره روشنش می‌کند)
cli-warning = هشدار: { $warning }
cli-textfile-unwritable = فایل سنجه‌ها { $path } نوشته نشد ({ $error }): پوشهٔ { $dir } را برای این کاربر قابل‌نوشتن کنید (README، بخش Metrics)؛ blockwatch بدون آن به کارش ادامه می‌دهد
cli-config-error = خطای پیکربندی: { $error }
cli-cannot-create = ساختن { $path } ممکن نیست: { $error }
cli-cannot-lock = گرفتن قفل { $path } ممکن نیست: { $error }
cli-cannot-open-browser = باز کردن مرورگر ممکن نیست ({ $error })؛ پروندهٔ بالا را خودتان باز کنید
cli-autostart-failed = اجرا هنگام ورود به سیستم تغییر نکرد: { $error }
cli-cannot-write = نوشتن { $path } ممکن نیست: { $error }
cli-cannot-set-up-http = راه‌اندازی HTTP ممکن نیست: { $error }
cli-cannot-start-monitor = شروع پایش ممکن نیست: { $error }

## ---------------------------------------------------------------- configuration errors
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }، کلید `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }، سطر { $line }
       *[other] { $path }، سطر { $line }، کلید `{ $key }`
    }
}
config-error-at = { $place }: { $problem }
config-problem-unreadable = { $error }
config-problem-too-large = پرونده بزرگ‌تر از 1 مبی‌بایت است؛ پیکربندی فقط چند سطر است
config-problem-not-utf8 = پرونده متن UTF-8 معتبر نیست؛ آن را با رمزگذاری UTF-8 ذخیره کنید
config-problem-nested = کلیدها یا مقدارها بیش از حد تودرتو هستند
config-problem-toml = خطا در نگارش TOML: { $detail }
config-problem-duration = مدت نامعتبر «{ $value }» ({ $detail })؛ آن را مانند «5m»، «90s» یا «1h» بنویسید
config-problem-url = نشانی نامعتبر «{ $value }»: { $detail }
config-problem-url-not-http = نشانی نامعتبر «{ $value }»: فقط http:// و https:// پشتیبانی می‌شوند
config-problem-url-no-host = نشانی نامعتبر «{ $value }»: نام میزبان ندارد
config-problem-probe-interval = باید دست‌کم 10s باشد: بررسی پرتکرارتر درست همان مسدودسازی‌ای را به دنبال دارد که blockwatch مراقب آن است
config-problem-ip-interval = باید دست‌کم 10s باشد
config-problem-timeout = باید بین 1s و 9s باشد (هر بررسی در 10 ثانیه تمام می‌شود)
config-problem-no-echo-urls = دست‌کم یک نشانی لازم است
config-problem-empty-user-agent = نباید خالی باشد
config-problem-user-agent-control = یک نویسهٔ کنترلی (مانند شکست سطر یا NUL) دارد که سرآیند HTTP نمی‌تواند آن را حمل کند
config-problem-reminder = باید دست‌کم 10m یا "off" باشد: یادآوری کوتاه‌تر اعلان را تقریباً در هر بررسی دوباره تکرار می‌کند
config-problem-language = باید یکی از این‌ها باشد: { $choices }
config-problem-budget = باید دست‌کم 2 باشد (مسدودسازی با بررسی دوم تأیید می‌شود)
config-problem-textfile-relative = باید یک مسیر مطلق باشد
config-problem-textfile-not-prom = باید به .prom ختم شود (گردآورندهٔ textfile در node_exporter فقط پرونده‌های *.prom را می‌خواند)
config-problem-client = { $error }
config-header-file = # پیکربندی blockwatch { $version }، از { $path }
config-header-defaults = { $path ->
    [none] # پیکربندی blockwatch { $version }، از پیش‌فرض‌های داخلی (پوشهٔ پیکربندی وجود ندارد)
   *[other] # پیکربندی blockwatch { $version }، از پیش‌فرض‌های داخلی (پرونده‌ای در { $path } نیست)
}
tray-problem-gtk = راه‌اندازی GTK ممکن نیست: { $error }
tray-problem-no-appindicator = کتابخانهٔ AppIndicator نیست (libayatana-appindicator3-1 را نصب کنید)
tray-problem-helper-missing = { $path } نصب نشده است
tray-problem-helper-failed = اجرای { $path } ممکن نیست: { $error }
tray-problem-not-started = نماد سینی راه‌اندازی نشد
tray-problem-icon = نمایش نماد ممکن نیست: { $error }
cli-no-tray = نماد سینی در کار نیست ({ $why })؛ بدون آن اجرا می‌شود
start-problem-signals = گوش دادن به سیگنال‌های توقف و بارگذاری دوباره ممکن نیست: { $error }
cli-unknown-language = زبان ناشناخته «{ $value }» (گزینه‌ها: { $choices })

cli-about = می‌گوید چرا ChatGPT پیام «Access denied» می‌دهد و چه چیزی آن را حل می‌کند
cli-help-config = پیکربندی را به‌جای جای پیش‌فرض از «پرونده» بخوانید.
cli-help-verbose = گزارش بیشتر در stderr (‎-v برای info، ‎-vv برای debug)؛ RUST_LOG مقدم است.
cli-help-lang = زبان پیام‌ها: auto (زبان میزکار)، en، zh-CN، ru، fa، es، tr.
cli-help-run = در پس‌زمینه زیر نظر بگیرید و راه‌حل را با اعلان بگویید (پیش‌فرض).
cli-help-run-headless = بدون نماد در سینی سیستم: هر رویداد را یک خط JSON در stdout چاپ کنید.
cli-help-check = یک بار بررسی کنید: آیا ChatGPT مسدود است، چرا، و چه چیزی آن را حل می‌کند.
cli-help-check-json = به‌جای گزارش، یک شیء JSON چاپ کنید.
cli-help-check-browser-blocked = مرورگرتان هنوز مسدود بودن را نشان می‌دهد: سمت مرورگر را هم بررسی کنید.
cli-help-config-cmd = پیکربندی مؤثر و منبع آن را چاپ کنید.
cli-help-fix = مراحل رفع مشکل برای تشخیص فعلی را در مرورگر باز کنید، یا (با --do) نخستین راه‌حلی را که blockwatch خودش می‌تواند انجام دهد اجرا کنید.
cli-help-fix-browser-blocked = مرورگرتان هنوز مسدود بودن را نشان می‌دهد: مراحل سمت مرورگر را ببینید.
cli-help-fix-do = راه‌حل را اجرا کنید (قطع VPN، اتصال دوباره‌ی روتر)، پس از گفتن این‌که چه می‌شود و پرسیدن؛ سپس دوباره بررسی کنید.
cli-help-fix-yes = نپرسید (وقتی پایانه‌ای برای پرسیدن نیست لازم است).
cli-help-fix-json = یک شیء JSON چاپ کنید: نتیجه‌ی کار و بررسی پس از آن.
cli-help-autostart = blockwatch را هنگام ورود به سیستم اجرا کنید (یا دیگر اجرا نکنید).
cli-help-history = آنچه blockwatch دید و کرد را، از قدیمی به جدید، چاپ کنید.
cli-help-history-json = خطوط JSON خام.
cli-help-history-lines = فقط N مورد آخر.
cli-help-autostart-enable = اجرا هنگام ورود: مدخل XDG autostart (لینوکس)، LaunchAgent (macOS)، کلید Run (ویندوز).
cli-help-autostart-enable-systemd = لینوکس: به‌جای آن یک یونیت کاربری systemd وابسته به نشست گرافیکی.
cli-help-autostart-disable = blockwatch را هنگام ورود به سیستم اجرا نکنید.
cli-help-autostart-status = ببینید آیا و چگونه blockwatch هنگام ورود به سیستم اجرا می‌شود.
cli-help-usage = استفاده:
cli-help-commands = فرمان‌ها
cli-help-options = گزینه‌ها
cli-help-arguments = آرگومان‌ها
cli-help-flag-help = راهنما را نشان دهید
cli-help-flag-version = نسخه را نشان دهید
cli-help-help-command = این راهنما یا راهنمای فرمان داده‌شده را نشان دهید
cli-help-help-command-arg = فرمانی که راهنمای آن نشان داده شود
cli-value-file = پرونده
cli-value-lang = زبان
cli-value-count = N
cli-value-command = فرمان
cli-value-options = گزینه‌ها
cli-exit-status = وضعیت خروج: 0 یعنی سالم (یا فرمان انجام شد)، 1 یعنی مشکلی پیدا شد (یا برنامهٔ پس‌زمینه اجرا نشد، مثلاً چون از قبل در حال اجراست)، 2 یعنی خطای نحوهٔ استفاده یا پیکربندی.

## ---------------------------------------------------------------- browsers
## آنچه blockwatch درون مرورگرها پیدا می‌کند (issue 8): افزونه‌های VPN و پراکسی، VPN
## داخلی مرورگر یا تنظیم پراکسی آن. $browser نام محصول است («Chrome»، «Firefox»،
## «Opera»)، $profile نام نمایه همان‌طور که مرورگر نشان می‌دهد («Default»، «Profile 2»)،
## و $name نام افزونه («Hola VPN»): بی‌تغییر بنویسید. Chrome، Firefox و Opera رابط
## فارسی دارند، پس مسیر منوهایشان فارسی و با «←» است.

evidence-browser-extension-proxy = { $proxy ->
    [none] افزونهٔ { $name } در مرورگر { $browser } (نمایهٔ { $profile }) فعال است و پراکسی آن را در دست دارد
   *[other] افزونهٔ { $name } در مرورگر { $browser } (نمایهٔ { $profile }) فعال است و پراکسی آن را در دست دارد ({ $proxy })
}
evidence-browser-extension-pac = افزونهٔ { $name } در مرورگر { $browser } (نمایهٔ { $profile }) فعال است و پراکسی آن را در دست دارد (اسکریپت { $url })
evidence-browser-extension = افزونهٔ { $name } در مرورگر { $browser } (نمایهٔ { $profile }) فعال است
evidence-browser-builtin-vpn = VPN داخلی مرورگر { $browser } در مرورگر { $browser } (نمایهٔ { $profile }) روشن است
evidence-browser-doh = { $uri ->
    [none] مرورگر { $browser } (نمایهٔ { $profile }) نام‌ها را از راه DNS over HTTPS پیدا می‌کند
   *[other] مرورگر { $browser } (نمایهٔ { $profile }) نام‌ها را از راه DNS over HTTPS پیدا می‌کند (با سرور { $uri })
}
evidence-browser-proxy-server = مرورگر { $browser } (نمایهٔ { $profile }) ترافیک وب را از راه پراکسی { $proxy } می‌فرستد
evidence-browser-proxy-pac = { $url ->
    [none] مرورگر { $browser } (نمایهٔ { $profile }) پراکسی‌اش را از یک اسکریپت پیکربندی خودکار پراکسی می‌گیرد
   *[other] مرورگر { $browser } (نمایهٔ { $profile }) پراکسی‌اش را از اسکریپت { $url } می‌گیرد
}
evidence-browser-proxy-auto-detect = مرورگر { $browser } (نمایهٔ { $profile }) در شبکه دنبال پراکسی می‌گردد (شناسایی خودکار)
evidence-browser-findings = در مرورگرهای شما پیدا شد (این‌ها فقط راه رسیدن همان مرورگر به سایت را تغییر می‌دهند): { $findings }
list-join = { $list }؛ { $item }
evidence-browser-works = شما گزارش می‌دهید که { $host } در مرورگرتان کار می‌کند: آنچه رد می‌شود درخواست خود blockwatch است، نه شما یا شبکه‌تان

headline-browser-extension = { $browser ->
    [none] یک افزونهٔ مرورگر نشانی شما را برای ChatGPT تغییر می‌دهد
   *[other] افزونهٔ { $name } در مرورگر { $browser } نشانی شما را برای ChatGPT تغییر می‌دهد
}
headline-browser-proxy = { $browser ->
    [none] مرورگرتان ترافیک ChatGPT را از راه یک پراکسی یا VPN می‌فرستد
   *[other] مرورگر { $browser } ترافیک ChatGPT را از راه یک پراکسی یا VPN می‌فرستد
}
explain-browser-vpn = { $finding ->
    [none] از این رایانه { $host } عادی پاسخ می‌دهد، پس نشانی خود شما مسدود نیست. اما مرورگرتان از این نشانی استفاده نمی‌کند: یک VPN یا پراکسی درون مرورگر ترافیک آن را می‌برد، پس { $host } نشانی یک سرور VPN یا پراکسی را می‌بیند و آن را رد می‌کند.
   *[other] از این رایانه { $host } عادی پاسخ می‌دهد، پس نشانی خود شما مسدود نیست. اما مرورگرتان از این نشانی استفاده نمی‌کند: { $finding }؛ پس { $host } نشانی یک سرور VPN یا پراکسی را می‌بیند و آن را رد می‌کند.
}
tray-browser-vpn-refused = ChatGPT در دسترس است؛ VPN یا پراکسی مرورگرتان رد می‌شود

notify-fix-disable-browser-extension = { $browser ->
    [none] افزونه‌های VPN و پراکسی مرورگرتان را خاموش کنید.
   *[other] افزونهٔ { $name } را در مرورگر { $browser } (نمایهٔ { $profile }) خاموش کنید.
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] پراکسی یا VPN مرورگرتان را خاموش کنید.
   *[other] پراکسی یا VPN را در مرورگر { $browser } (نمایهٔ { $profile }) خاموش کنید.
}

fix-disable-browser-extension-title = افزونهٔ { $name } را در مرورگر { $browser } (نمایهٔ { $profile }) خاموش کنید
fix-disable-browser-extension-open = در مرورگر { $browser }، در نمایهٔ { $profile }، نشانی { $page } را باز کنید (آن را در نوار نشانی تایپ کنید).
fix-disable-browser-extension-switch = افزونهٔ { $name } را پیدا و خاموش کنید. برای نگه داشتن آن در سایت‌های دیگر، «جزئیات» ← «دسترسی به سایت» ← «در سایت‌های خاص» را باز کنید و سایت { $host } را در فهرست نگذارید.
fix-disable-browser-extension-switch-firefox = افزونهٔ { $name } را پیدا و خاموش کنید. برای نگه داشتن آن در سایت‌های دیگر، به‌جای آن «…» ← «مدیریت» ← «اجازه‌ها» را باز کنید و دسترسی‌اش به سایت { $host } را بردارید.
fix-disable-browser-extension-proxy = افزونهٔ { $name } پراکسی مرورگر { $browser } را تعیین می‌کند: تا وقتی پراکسی در دست آن است، مکث دادن آن از منوی خودش در نوار ابزار کافی نیست.
fix-disable-browser-extension-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. اگر باز هم رد شد، `blockwatch check --browser-blocked` را دوباره اجرا کنید: چیزهای دیگر را هم در مرورگرهایتان جستجو می‌کند.

fix-disable-browser-vpn-title = VPN مرورگر { $browser } را خاموش کنید (نمایهٔ { $profile })
fix-disable-browser-vpn-badge = در مرورگر { $browser } روی نشان VPN در کنار نوار نشانی کلیک کنید و VPN را خاموش کنید.
fix-disable-browser-vpn-settings = یا «تنظیمات» (با کلید { $shortcut }) ← «حریم خصوصی و امنیت» ← «VPN» را باز کنید و «فعال کردن VPN» را خاموش کنید.
fix-disable-browser-vpn-reload = صفحهٔ { $host } را دوباره بارگذاری کنید: اکنون نشانی خود شما را می‌بیند، نه نشانی VPN را.
fix-disable-browser-proxy-title = پراکسی را در مرورگر { $browser } (نمایهٔ { $profile }) خاموش کنید
fix-disable-browser-proxy-in-use = پراکسی در حال استفاده: { $proxy }
fix-disable-browser-proxy-firefox = در Firefox، نمایهٔ { $profile }: «تنظیمات» ← «عمومی» ← «تنظیمات شبکه» ← «تنظیمات…»
fix-disable-browser-proxy-firefox-choose = «استفاده از تنظیمات پراکسی سیستم» (یا «بدون پراکسی») را انتخاب کنید و روی «تأیید» کلیک کنید.
fix-disable-browser-proxy-chromium = در مرورگر { $browser }، نمایهٔ { $profile }: «تنظیمات» ← «سیستم» ← «باز کردن تنظیمات پراکسی رایانه»، و پراکسی را همان‌جا خاموش کنید.
fix-disable-browser-proxy-flag = اگر مرورگر { $browser } با گزینهٔ پراکسی (‎--proxy-server) اجرا شده است، آن را بدون این گزینه اجرا کنید.
fix-disable-browser-proxy-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. در شبکهٔ شرکت، پیش از دور زدن پراکسی با بخش فناوری اطلاعات هماهنگ کنید.
fix-browser-vpn-title = VPN یا پراکسی درون مرورگرتان را خاموش کنید
fix-browser-vpn-extensions = فهرست افزونه‌های مرورگر را باز کنید (chrome://extensions، edge://extensions، about:addons) و افزونه‌های VPN و پراکسی را خاموش کنید.
fix-browser-vpn-proxy = در تنظیمات شبکه یا پراکسی مرورگر، تنظیمات سیستم یا «بدون پراکسی» را انتخاب کنید.
fix-browser-vpn-reload = صفحهٔ { $host } را دوباره بارگذاری کنید.

action-browser-works = ChatGPT در مرورگرم کار می‌کند
page-works-heading = ChatGPT در مرورگرتان کار می‌کند؟
page-works-text = پس سایت فقط درخواست خود blockwatch را رد می‌کند. این را به blockwatch بگویید: در منوی نماد سینی سیستم یا در اعلان، «ChatGPT در مرورگرم کار می‌کند» را انتخاب کنید (یا `blockwatch check --browser-works` را اجرا کنید). از آن پس این مسدودی را سالم نشان می‌دهد و تا وقتی نشانی شما، VPN شما یا پاسخ سایت تغییر نکرده، دربارهٔ آن چیزی نمی‌گوید.

history-browser-blocked = شما گفتید: مرورگرم هنوز Access denied نشان می‌دهد
history-browser-works = { $code ->
    [none] { $address ->
        [none] شما گفتید: ChatGPT در مرورگرم کار می‌کند؛ این مسدودی (علت { $cause }) مربوط به خود blockwatch دانسته می‌شود و دوباره اعلان نمی‌شود
       *[other] شما گفتید: ChatGPT در مرورگرم کار می‌کند؛ این مسدودی (علت { $cause }، نشانی { $address }) مربوط به خود blockwatch دانسته می‌شود و دوباره اعلان نمی‌شود
    }
   *[other] { $address ->
        [none] شما گفتید: ChatGPT در مرورگرم کار می‌کند؛ این مسدودی (علت { $cause }، خطای { $code }) مربوط به خود blockwatch دانسته می‌شود و دوباره اعلان نمی‌شود
       *[other] شما گفتید: ChatGPT در مرورگرم کار می‌کند؛ این مسدودی (علت { $cause }، خطای { $code }، نشانی { $address }) مربوط به خود blockwatch دانسته می‌شود و دوباره اعلان نمی‌شود
    }
}
history-browser-works-no-block = شما گفتید: ChatGPT در مرورگرم کار می‌کند (آن موقع مسدودی‌ای در کار نبود)
history-probe-only-forgotten = { $why ->
    [address] «در مرورگرم کار می‌کند» دیگر معتبر نیست: نشانی‌ای که سایت می‌بیند تغییر کرد
    [vpn] «در مرورگرم کار می‌کند» دیگر معتبر نیست: VPN تغییر کرد
   *[verdict] «در مرورگرم کار می‌کند» دیگر معتبر نیست: پاسخ سایت تغییر کرد
}
cli-help-check-browser-works = ChatGPT در مرورگرتان کار می‌کند: آنچه رد می‌شود درخواست خود blockwatch است.

## ---------------------------------------------------------------- فیلترها و خانواده‌های نشانی (IPv4/IPv6)

verdict-dns-blocked = یک فیلتر DNS به‌جای سایت پاسخ داد
verdict-filtered = یک فیلتر شبکه به‌جای سایت پاسخ داد
verdict-filtered-gateway = چیزی در مسیر به‌جای سایت پاسخ داد

headline-dns-filtered = یک فیلتر DNS سایت { $host } را مسدود می‌کند
headline-network-filter = { $vendor ->
    [none] این شبکه سایت { $host } را مسدود می‌کند
   *[other] فیلتر { $vendor } در این شبکه سایت { $host } را مسدود می‌کند
}
headline-network-gateway = دستگاهی در این شبکه نمی‌تواند به { $host } برسد
headline-network-national = { $host } با فهرست مسدودسازی ملی مسدود شده است
family-split = ChatGPT نشانی { $refused } شما را نمی‌پذیرد؛ با { $works } کار می‌کند

explain-dns-filtered = { $detail ->
    [none] سرور نامی که این رایانه از آن می‌پرسد، به‌جای نشانی‌های ChatGPT یک پاسخ مسدودکننده داد، پس مرورگر هیچ‌وقت به { $host } نمی‌رسد. این کار یک فیلتر در شبکهٔ شماست: Pi-hole، AdGuard Home، NextDNS، کنترل والدین روتر، یا فهرست مسدودسازی یک شرکت یا مدرسه. مشکل از Cloudflare یا نشانی شما نیست.
   *[other] سرور نامی که این رایانه از آن می‌پرسد، به‌جای نشانی‌های ChatGPT یک پاسخ مسدودکننده داد (پاسخ: { $detail })، پس مرورگر هیچ‌وقت به { $host } نمی‌رسد. این کار یک فیلتر در شبکهٔ شماست: Pi-hole، AdGuard Home، NextDNS، کنترل والدین روتر، یا فهرست مسدودسازی یک شرکت یا مدرسه. مشکل از Cloudflare یا نشانی شما نیست.
}
explain-network-filter-reset = اتصال به { $host } درست در لحظه‌ای که نام سایت فرستاده شد قطع شد، در حالی که سایت‌های امن دیگر کار می‌کنند. این کار فیلتری است که نام سایت را می‌خواند: دیوار آتش یک شرکت یا مدرسه، یا مسدودسازی سراسری در کشور. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
explain-network-filter-legal = پاسخ «451 Unavailable For Legal Reasons» (به دلایل قانونی در دسترس نیست) بود، از سروری که متعلق به { $host } نیست: دسترسی در این شبکه یا در این کشور به حکم قانون یا دستور مسدود شده است. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
explain-network-filter-device = چیزی در شبکهٔ شما به‌جای { $host } پاسخ داد (نه Cloudflare و نه یک صفحهٔ ورود): یک دیوار آتش، یک پراکسی یا روتری که فیلتر می‌کند. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
explain-network-filter-gateway = چیزی میان این رایانه و { $host } (یک پراکسی، دیوار آتش یا روتر) به‌جای خود سایت با صفحهٔ خطا پاسخ داد: خودش نتوانست به { $host } برسد. { $host } از راه Cloudflare پاسخ می‌دهد و این پاسخ از آنجا نیامده است، پس ChatGPT از کار نیفتاده است؛ دستگاه میانی خطا دارد یا ارتباطش با سایت قطع است. مشکل از نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
explain-network-filter-national = این پاسخ صفحه‌ای است که ارائه‌دهندگان اینترنت در این کشور باید برای سایت‌هایی که به حکم قانون یا دستور یک نهاد مسدود شده‌اند نشان دهند، نه صفحهٔ خود { $host }. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
explain-network-filter-vendor = { $vendor ->
    [none] یک فیلتر وب به‌جای { $host } با صفحهٔ مسدودسازی خودش پاسخ داد: گردانندهٔ این شبکه آن را فیلتر می‌کند. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
   *[other] فیلتر { $vendor } به‌جای { $host } با صفحهٔ مسدودسازی خودش پاسخ داد: گردانندهٔ این شبکه آن را فیلتر می‌کند. مشکل از Cloudflare یا نشانی شما نیست؛ ورود به حساب یا پاک کردن کوکی‌ها کمکی نمی‌کند.
}

tray-dns-filtered = ChatGPT را یک فیلتر DNS مسدود کرده است
tray-network-filter = ChatGPT را این شبکه مسدود کرده است
tray-network-gateway = ChatGPT از راه این شبکه در دسترس نیست

next-dns-filtered = blockwatch در هر بررسی و به‌محض تغییر شبکه دوباره از سرورهای نام می‌پرسد و وقتی نام‌های ChatGPT دوباره پاسخ درست بگیرند به شما خبر می‌دهد.
next-network-filter = blockwatch به‌محض تغییر شبکه دوباره بررسی می‌کند، پس فوراً می‌فهمید که آیا شبکهٔ دیگری راه دارد.

dns-nxdomain-zone = «چنین نامی وجود ندارد» (NXDOMAIN، از ناحیهٔ سیاست { $zone })
dns-nxdomain-filtered = «چنین نامی وجود ندارد» (NXDOMAIN، با نشانهٔ پاسخ فیلترشده)
dns-nxdomain = «چنین نامی وجود ندارد» (NXDOMAIN)
dns-nodata = بدون نشانی (NODATA)
dns-refused = رد درخواست (REFUSED)
dns-failed = بی‌پاسخ (خطا: { $why })
dns-malformed = پاسخی با قالب نادرست (پذیرفته نشد)
dns-not-ours = پاسخ به پرسشی دیگر (پذیرفته نشد)
dns-truncated = پاسخ بریده‌شده و ناقص (TC)

evidence-dns-answer = { $server ->
    [none] جست‌وجوی خود این رایانه برای { $name } پاسخ می‌دهد: { $answer }
   *[other] سرور نام { $server } برای { $name } پاسخ می‌دهد: { $answer }
}
evidence-dns-answer-control = { $server ->
    [none] جست‌وجوی خود این رایانه برای { $name } (نامی بی‌ربط به ChatGPT، برای مقایسه) پاسخ می‌دهد: { $answer }
   *[other] سرور نام { $server } برای { $name } (نامی بی‌ربط به ChatGPT، برای مقایسه) پاسخ می‌دهد: { $answer }
}
evidence-doh-answer = یک سرور نام عمومی از راه DNS-over-HTTPS برای { $name } پاسخ می‌دهد: { $answer }
evidence-dns-resolvers = این رایانه از این سرورهای نام می‌پرسد: { $servers }
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] VPN ترافیک IPv4 را می‌برد اما IPv6 مستقیم بیرون می‌رود: سایت از راه IPv6 نشانی و موقعیت واقعی شما را می‌بیند (نشت IPv6)
       *[other] VPN ترافیک IPv4 را می‌برد اما IPv6 مستقیم بیرون می‌رود (از راه { $native }): سایت از راه IPv6 نشانی و موقعیت واقعی شما را می‌بیند (نشت IPv6)
    }
   *[other] { $native ->
        [none] VPN ترافیک IPv4 را می‌برد (از راه { $tunnel }) اما IPv6 مستقیم بیرون می‌رود: سایت از راه IPv6 نشانی و موقعیت واقعی شما را می‌بیند (نشت IPv6)
       *[other] VPN ترافیک IPv4 را می‌برد (از راه { $tunnel }) اما IPv6 مستقیم بیرون می‌رود (از راه { $native }): سایت از راه IPv6 نشانی و موقعیت واقعی شما را می‌بیند (نشت IPv6)
    }
}
evidence-family-sees = { $host } از راه IPv4 نشانی { $ipv4 } و از راه IPv6 نشانی { $ipv6 } را می‌بیند

report-verdict-detail = { $line } (جزئیات: { $detail })
family-results-line = { $first }؛ { $second }
family-result-line = { $via ->
    [none] { $family }: { $kind }
   *[other] { $family }: { $kind } (از راه { $via })
}

notify-fix-allow-in-dns-filter = در فیلتر DNS خود به { $host } و openai.com اجازه دهید.
notify-fix-ask-network-admin = از مدیر شبکه بخواهید به { $host } اجازه دهد.
notify-fix-ask-network-admin-gateway = به مدیر شبکه بگویید که پراکسی یا دیوار آتش آن نمی‌تواند به { $host } برسد.
notify-fix-fix-ipv6-leak = محافظت در برابر نشت IPv6 را در VPN روشن کنید، یا IPv6 را خاموش کنید.

fix-allow-in-dns-filter-title = در فیلتر DNS خود به { $host } اجازه دهید
fix-allow-in-dns-filter-server-linux = ببینید این رایانه از کدام سرور نام می‌پرسد: `resolvectl status` (systemd-resolved) یا `cat /etc/resolv.conf`؛ در NetworkManager هم `nmcli device show | grep DNS`.
fix-allow-in-dns-filter-server-macos = ببینید این رایانه از کدام سرور نام می‌پرسد: `scutil --dns | grep nameserver`، یا ⁦System Settings⁩ ← ⁦Network⁩ ← اتصال شما ← ⁦Details…⁩ ← ⁦DNS⁩.
fix-allow-in-dns-filter-server-windows = ببینید این رایانه از کدام سرور نام می‌پرسد: `ipconfig /all` (بخش «سرورهای DNS»)، یا «تنظیمات» ← «شبکه و اینترنت» ← اتصال شما ← «تخصیص سرور DNS».
fix-allow-in-dns-filter-pihole = Pi-hole: صفحهٔ مدیریت آن را باز کنید ← ⁦Domains⁩ (در نسخه‌های قدیمی ⁦Whitelist⁩) ← این نام‌ها را مجاز کنید: { $host }، chat.openai.com، openai.com، auth.openai.com، cdn.oaistatic.com و oaiusercontent.com؛ یا در Query Log کنار هر مورد مسدودشده Allow را بزنید.
fix-allow-in-dns-filter-adguard = AdGuard Home: ⁦Filters⁩ ← ⁦Custom filtering rules⁩ ← این قاعده‌ها را بیفزایید: `@@||chatgpt.com^`، `@@||openai.com^`، `@@||oaistatic.com^` و `@@||oaiusercontent.com^`، سپس Apply؛ در Query Log می‌بینید کدام فهرست آن را مسدود کرده است.
fix-allow-in-dns-filter-nextdns = NextDNS: ⁦my.nextdns.io⁩ ← پیکربندی شما ← ⁦Allowlist⁩ ← این نام‌ها را بیفزایید: { $host }، openai.com، oaistatic.com و oaiusercontent.com؛ بخش ⁦Parental Control → Websites, Apps & Games⁩ را هم بررسی کنید.
fix-allow-in-dns-filter-router = کنترل والدین روتر (Fritz!Box، eero، Netgear Armor، TP-Link HomeShield و …): برنامه یا صفحهٔ وب روتر را باز کنید ← «کنترل والدین» / «فیلترها» ← نمایهٔ این دستگاه ← دستهٔ «AI» یا «Chat» را بردارید یا chatgpt.com را مجاز کنید. در مدرسه یا محل کار، به‌جای این کار از مدیر شبکه بپرسید.

fix-ask-network-admin-title = از مدیر شبکه بپرسید
fix-ask-network-admin-on-purpose = این شبکه (شبکهٔ شرکت، مدرسه، کتابخانه یا کافه) سایت { $host } را عمداً مسدود می‌کند؛ فقط کسی که آن را اداره می‌کند می‌تواند اجازه دهد.
fix-ask-network-admin-gateway = دستگاهی که میان این رایانه و { $host } است (پراکسی شرکت، دیوار آتش یا روتر) نتوانست به سایت برسد؛ فقط کسی که آن را اداره می‌کند می‌تواند علتش را پیدا کند. اگر خطا فقط چند دقیقه طول بکشد، blockwatch وقتی دوباره کار کند به شما خبر می‌دهد.
fix-ask-network-admin-gateway-ask = از آن‌ها بخواهید بررسی کنند که این دستگاه به { $host }، chat.openai.com، openai.com، auth.openai.com، cdn.oaistatic.com و oaiusercontent.com می‌رسد: اتصالش به اینترنت، سرور نامش و هر نوع بازرسی اتصال‌های امن.
fix-ask-network-admin-tell = { $detail ->
    [none] بگویید blockwatch چه دید: صفحه یا قطع اتصال از فیلتر شبکه آمده است، نه از { $host }.
   *[other] بگویید blockwatch چه دید (جزئیات: { $detail }): صفحه یا قطع اتصال از فیلتر شبکه آمده است، نه از { $host }.
}
fix-ask-network-admin-ask = بخواهید این نام‌ها مجاز شوند: { $host }، chat.openai.com، openai.com، auth.openai.com، cdn.oaistatic.com و oaiusercontent.com؛ یا بپرسید آیا سازمان راه دیگری برای استفاده از ChatGPT دارد (مثلاً فضای کاری شرکت).
fix-ask-network-admin-permission = بدون اجازه سعی نکنید فیلتر شرکت یا مدرسه را دور بزنید: ممکن است خلاف قوانین آن باشد.

fix-ipv6-leak-title = نگذارید IPv6 از کنار VPN شما بیرون برود
fix-ipv6-leak-open = VPN شما فقط IPv4 را می‌برد، پس { $host } نشانی IPv6 و موقعیت واقعی شما را می‌بیند. تنظیمات برنامهٔ VPN را باز کنید.
fix-ipv6-leak-protection = گزینهٔ «IPv6 leak protection» یا «Block IPv6» (جلوگیری از نشت IPv6) و kill switch را روشن کنید (NordVPN، Surfshark، Proton VPN، Mullvad، ExpressVPN، PIA و بیشتر برنامه‌های دیگر آن را در ⁦Settings → Connection⁩، Advanced یا Kill switch دارند)، سپس دوباره وصل شوید.
fix-ipv6-leak-off-linux = یا IPv6 را برای این اتصال خاموش کنید: `nmcli connection modify "<connection>" ipv6.method disabled` و سپس دوباره وصل شوید (در GNOME: «تنظیمات» ← «شبکه» ← اتصال ← «IPv6» ← «غیرفعال»). با wg-quick، به‌جای آن `::/0` را به AllowedIPs طرف مقابل (peer) بیفزایید.
fix-ipv6-leak-off-macos = یا IPv6 را برای اتصال خاموش کنید: `networksetup -setv6off Wi-Fi` (یا "Ethernet")؛ فرمان `networksetup -setv6automatic Wi-Fi` آن را دوباره روشن می‌کند.
fix-ipv6-leak-off-windows = یا IPv6 را روی آداپتور خاموش کنید: «کنترل پنل» ← «اتصالات شبکه» ← آداپتور ← «ویژگی‌ها» ← تیک «پروتکل اینترنت نسخهٔ 6 (TCP/IPv6)» را بردارید؛ یا در PowerShell فرمان `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6` را اجرا کنید.
fix-ipv6-leak-reload = صفحهٔ { $host } را دوباره بارگذاری کنید. blockwatch به‌محض تغییر شبکه هر دو IPv4 و IPv6 را دوباره بررسی می‌کند.
detail-unknown-device = دستگاهی ناشناس به‌جای ChatGPT پاسخ داد
detail-sni-reset = اتصال هنگام دیده شدن نام سایت قطع شد
detail-http-451 = HTTP 451 (به دلایل قانونی در دسترس نیست)
detail-filter-page = صفحهٔ مسدودسازی یک فیلتر شبکه
detail-gateway = دستگاهی در میانه نتوانست به سایت برسد
detail-national-page = صفحهٔ مسدودسازی ملی

## ---------------------------------------------------------------- the router

router-called = { $name ->
    [none] روتر شما
   *[other] روتر شما ({ $name })
}
evidence-router-own = { $chance ->
    [likely] { $router } نشانی اینترنتی خود را { $wan } گزارش می‌کند، همان نشانی‌ای که اینترنت می‌بیند: راه‌اندازی دوباره می‌تواند نشانی تازه بیاورد و روی خط DSL معمولاً می‌آورد
    [unlikely] { $router } نشانی اینترنتی خود را { $wan } گزارش می‌کند، همان نشانی‌ای که اینترنت می‌بیند: راه‌اندازی دوباره می‌تواند نشانی تازه بیاورد، اما خط کابلی معمولاً نشانی‌اش را نگه می‌دارد
   *[other] { $router } نشانی اینترنتی خود را { $wan } گزارش می‌کند، همان نشانی‌ای که اینترنت می‌بیند: راه‌اندازی دوباره می‌تواند نشانی تازه بیاورد
}
evidence-router-shared = { $why ->
    [cgnat] نشانی سمت اینترنت { $router } { $wan } است، از بازه‌ای که سرویس‌دهنده‌ها برای CGNAT به کار می‌برند (100.64.0.0/10): سرویس‌دهنده نشانی عمومی‌اش را با مشترکان دیگر شریک است
    [ds-lite] { $router } نشانی { $wan } را گزارش می‌کند: این یک خط DS-Lite است که IPv4 آن از NAT مشترک سرویس‌دهنده می‌گذرد
    [private] سمت اینترنت { $router } نشانی خصوصی { $wan } دارد: روتر دیگری جلوی آن است (NAT دوگانه)
    [no-public] { $router } می‌گوید نشانی IPv4 عمومی از آنِ خود ندارد: نشانی‌ای که اینترنت می‌بیند مشترک است (CGNAT یا روتری دیگر در جلو)
   *[different] { $router } نشانی اینترنتی { $wan } را گزارش می‌کند، اما اینترنت { $public } را می‌بیند: نشانی مشترک است (CGNAT یا روتری دیگر در جلو)
}
evidence-router-unknown = { $wan ->
    [none] { $router } پاسخ داد اما نشانی اینترنتی‌اش را نگفت
   *[other] { $router } نشانی اینترنتی { $wan } را گزارش می‌کند
}
evidence-router-silent = روتر نشانی اینترنتی‌اش را نگفت (نه UPnP پاسخ داد و نه NAT-PMP)
evidence-same-range = اتصال شما با نشانی تازهٔ { $new } برگشت، اما در همان بازهٔ نشانی ردشدهٔ { $old } (همان ‎/24): قواعد Cloudflare می‌توانند یک بازهٔ کامل را مسدود کنند

explain-shared-address = { $why ->
    [private] روتر دیگری جلوی روتر شما نشانی عمومی را نگه می‌دارد (NAT دوگانه)؛ راه‌اندازی دوبارهٔ روتر شما آن را عوض نمی‌کند.
    [different] نشانی‌ای که اینترنت می‌بیند از آنِ روتر شما نیست بلکه مشترک است (CGNAT یا روتری دیگر در جلو)؛ راه‌اندازی دوبارهٔ روتر آن را عوض نمی‌کند.
   *[other] سرویس‌دهندهٔ شما این نشانی را با مشترکان دیگر شریک است؛ راه‌اندازی دوبارهٔ روتر آن را عوض نمی‌کند.
}
notify-problem-shared = { $why } { $fix }
notify-fix-contact-isp-shared = از سرویس‌دهندهٔ اینترنت یک نشانی IPv4 عمومی از آنِ خودتان بخواهید.

fix-restart-router-likely = روتر شما خط DSL (PPP) گزارش می‌کند: اتصال تازه معمولاً نشانی تازه می‌گیرد.
fix-restart-router-unlikely = روتر شما خط کابلی گزارش می‌کند: سرویس‌دهنده‌های کابلی معمولاً همان نشانی یا نشانی‌ای از همان بازه را برمی‌گردانند. مودم را یک ساعت یا بیشتر خاموش بگذارید، یا شبکهٔ دیگری را امتحان کنید.
fix-restart-router-own = نشانی‌ای که اینترنت می‌بیند روی روتر شماست، پس راه‌اندازی دوباره می‌تواند آن را عوض کند.
fix-contact-isp-title-shared = از سرویس‌دهنده‌تان نشانی IPv4 عمومی بخواهید
fix-contact-isp-ask-public = یک نشانی IPv4 عمومی از آنِ خودتان (که نشانی IPv4 اختصاصی یا ثابت هم نامیده می‌شود) بخواهید، یا بخواهید خط شما را از CGNAT بیرون بیاورند: بسیاری از سرویس‌دهنده‌ها با درخواست این کار را می‌کنند، برخی با هزینه‌ای اندک.
fix-contact-isp-router-says = { $wan ->
    [none] آنچه روتر گزارش می‌کند را بگویید: نشانی IPv4 عمومی از آنِ خود ندارد.
   *[other] آنچه روتر گزارش می‌کند را بگویید: نشانی سمت اینترنت آن { $wan } است، نه نشانی‌ای که اینترنت می‌بیند.
}
fix-contact-isp-double-nat = اگر مودم سرویس‌دهنده یا روتر دومی جلوی روتر شماست، بپرسید چگونه آن را در حالت پل (bridge) بگذارید تا نشانی عمومی را خود روتر شما بگیرد.

tray-address-blocked-shared = { $code ->
    [none] ChatGPT نشانی مشترک شما را مسدود کرده است
   *[other] ChatGPT نشانی مشترک شما را مسدود کرده است (خطای { $code })
}

notify-same-range-title = نشانی تازهٔ شما در همان بازه است
notify-same-range-body = اتصال با { $new } برگشت، در همان بازهٔ نشانی ردشدهٔ { $old }، و ChatGPT هنوز آن را رد می‌کند: قواعد Cloudflare می‌توانند یک بازهٔ کامل را مسدود کنند. از شبکهٔ دیگری استفاده کنید، یا از سرویس‌دهنده‌تان نشانی‌ای از بازهٔ دیگری بخواهید.

report-router = { $state ->
    [own] { $name } ({ $protocol })، نشانی اینترنتی { $wan }: از آنِ خودش
    [shared] { $wan ->
        [none] { $name } ({ $protocol })، بدون نشانی عمومی از آنِ خود: مشترک
       *[other] { $name } ({ $protocol })، نشانی اینترنتی { $wan }: مشترک
    }
   *[other] { $wan ->
        [none] { $name } ({ $protocol })، نشانی اینترنتی را نگفت
       *[other] { $name } ({ $protocol })، نشانی اینترنتی { $wan }
    }
}
report-router-unnamed = روتر شما
report-router-silent = چیزی نگفت (نه UPnP پاسخ داد و نه NAT-PMP)

page-detail-router = روتر
page-detail-router-wan = نشانی اینترنتی روتر
page-detail-shared = نشانی مشترک
page-detail-shared-value = { $shared ->
    [yes] بله: راه‌اندازی دوباره آن را عوض نمی‌کند
   *[no] نه: نشانی روی روتر است
}

## ---------------------------------------------------------------- doing the fix

act-button-disconnect = { $vpn ->
    [none] قطع { $target }
   *[other] قطع { $vpn } ({ $target })
}
act-button-reconnect-router = اتصال دوباره‌ی { $router }
act-button-reconnect = وصل کردن دوباره
act-button-confirm = ادامه
act-will = blockwatch این کار را می‌کند: { $what } (از راه { $via })، سپس ChatGPT را دوباره بررسی می‌کند.
act-will-router = همه‌ی کسانی که در این شبکه‌اند تا یک دقیقه بی‌اینترنت می‌مانند؛ روتر باید با نشانی تازه‌ای برگردد.
act-warning-kill-switch = { $vpn ->
    [none] هشدار: kill switch این VPN روشن است. پس از قطع، این رایانه هیچ اینترنتی ندارد تا وقتی که VPN را دوباره وصل کنید یا kill switch آن را خاموش کنید.
   *[other] هشدار: kill switch برای { $vpn } روشن است. پس از قطع، این رایانه هیچ اینترنتی ندارد تا وقتی که { $vpn } را دوباره وصل کنید یا kill switch آن را خاموش کنید.
}
act-warning-mandatory-vpn = هشدار: به نظر می‌رسد این VPN یک مدرسه یا شرکت است. ممکن است سازمان شما استفاده از آن را الزامی کرده باشد: فقط اگر اجازه دارید آن را قطع کنید.
act-confirm = ادامه می‌دهید؟ [y/N]
act-yes-answers = y, yes, بله, آره, ب
act-not-confirmed = کاری انجام نشد: blockwatch فقط در پایانه می‌تواند بپرسد. برای ادامه --yes را اضافه کنید.
act-declined = کاری انجام نشد.
act-nothing = blockwatch هیچ‌یک از این راه‌حل‌ها را خودش نمی‌تواند انجام دهد.
act-checking = بررسی دوباره‌ی ChatGPT…
act-confirm-title = { $what }؟
act-why-no-tunnel = ترافیک به ChatGPT از هیچ تونل VPN نمی‌گذرد: چیزی برای قطع کردن نیست.
act-why-needs-root = فقط مدیر سیستم می‌تواند این تونل را ببندد (wg-quick یا پیکربندی دستی): گام‌ها را دنبال کنید.
act-why-no-controller = نه NetworkManager هست و نه برنامه‌ی خود VPN که بشود از آن خواست.
act-why-not-managed = در فهرست VPN سیستم هیچ اتصالی برای این تونل نیست.
act-why-asks-password = سیستم گذرواژه‌ی شما را می‌پرسد.
act-why-not-permitted = سیستم به این کاربر اجازه‌ی قطع اتصال‌های شبکه را نمی‌دهد.
act-why-reconnect-off = اتصال دوباره‌ی روتر خاموش است: برای اجازه دادن، در پیکربندی زیر [router] مقدار allow_reconnect = true را بگذارید.
act-why-address-shared = نشانی روتر با مشترکان دیگر مشترک است، یا معلوم نیست از آن خودش باشد: اتصال دوباره همان نشانی را برمی‌گرداند.
act-why-router-cannot = روتر هیچ اتصال دوباره‌ای که blockwatch بتواند بخواهد پیشنهاد نمی‌کند.
act-why-unsupported = blockwatch این کار را در این سیستم نمی‌تواند انجام دهد.
act-result-done = انجام شد: { $what }.
act-result-not-permitted = اجازه داده نشد: سیستم به این کاربر اجازه‌ی قطع { $target } را نمی‌دهد. آن را از منوی شبکه قطع کنید یا از کسی که این رایانه را اداره می‌کند بپرسید.
act-result-auth-failed = چیزی تغییر نکرد: درخواست گذرواژه رد شد یا ناموفق بود. blockwatch خودش دوباره نمی‌پرسد.
act-result-failed = نشد: { $via } خطا گزارش داد.
act-result-router-refused = { $target } اتصال دوباره را نپذیرفت: این کار را فهرست می‌کند اما اجازه نمی‌دهد. به‌جای آن روتر را با کلید برقش دوباره راه‌اندازی کنید.
act-result-no-link-back = اتصال اینترنت در یک دقیقه برنگشت.
act-result-same-address = روتر با همان نشانی برگشت ({ $ip }).
act-result-offline = کاری انجام نشد: اتصال شبکه‌ای نیست.
act-after-works = ChatGPT اکنون کار می‌کند.
act-after-blocked = ChatGPT هنوز این اتصال را رد می‌کند. گام بعدی: { $fix }
act-after-unknown = بررسی پس از آن پاسخ روشنی نداد.
act-still-title = ChatGPT هنوز رد می‌کند
act-still-body = «{ $what }» کمکی نکرد. گام بعدی: { $fix }
act-failed-title = راه‌حل انجام نشد
act-resolved-vpn = از وقتی { $vpn } قطع شد، ChatGPT کار می‌کند.
act-resolved-router = از وقتی روتر دوباره وصل شد، ChatGPT کار می‌کند.
history-action = { $undo ->
    [yes] خواستید { $target } دوباره وصل شود ({ $via }): { $result }
   *[no] { $fix ->
        [restart_router] خواستید روتر { $target } دوباره وصل شود ({ $via }): { $result }
       *[other] خواستید { $target } قطع شود ({ $via }): { $result }
    }
}
history-action-result = { $result ->
    [done] انجام شد
    [refused] رد شد
    [failed] ناموفق
   *[other] ممکن نیست
}
report-can-do = blockwatch می‌تواند این کار را برایتان انجام دهد: `blockwatch fix --do` را اجرا کنید ({ $target }).
