### blockwatch: русский перевод. Конвенции — в начале i18n/en/blockwatch.ftl.
### Обращение на «вы» (со строчной буквы), кавычки «ёлочки», названия пунктов меню —
### как в русских версиях Chrome, Firefox, Edge, Safari, Windows, macOS, GNOME и KDE.

## ---------------------------------------------------------------- verdicts

verdict-reachable = доступен
verdict-challenge = доступен (Cloudflare показывает проверку браузера, которую браузеры проходят)
verdict-blocked = заблокирован файрволом Cloudflare
verdict-ip-banned = ваш адрес заблокирован
verdict-country-banned = ваша страна или регион заблокированы
verdict-browser-banned = подпись браузера отклонена
verdict-rate-limited = ограничение частоты запросов
verdict-region-unsupported = недоступен в вашем регионе
verdict-site-down = сайт не работает
verdict-site-error = сайт ответил ошибкой
verdict-captive-portal = вместо сайта ответило что-то в вашей сети
verdict-offline = нет подключения
verdict-dns-failure = не удалось найти адрес по имени
verdict-timeout = нет ответа за отведённое время
verdict-tls-error = не удалось установить защищённое соединение

## ---------------------------------------------------------------- причины

cause-healthy = всё в порядке
cause-vpn-exit-blocked = адрес VPN-сервера заблокирован
cause-proxy-blocked = адрес прокси заблокирован
cause-public-ip-blocked = ваш интернет-адрес заблокирован
cause-location-unsupported = ваше местоположение не поддерживается
cause-rate-limited = слишком много запросов с вашего адреса
cause-probe-refused = отклонена только проверка blockwatch
cause-outage = сбой на стороне OpenAI
cause-captive-portal = сеть требует входа
cause-no-connection = нет подключения
cause-tls-interception = защищённое соединение перехватывается
cause-browser-side = что-то в вашем браузере
cause-browser-extension = расширение в вашем браузере
cause-browser-proxy = прокси или VPN в вашем браузере
cause-dns-filtered = DNS-фильтр
cause-network-filter = фильтр в вашей сети
cause-unknown = не установлена

## ---------------------------------------------------------------- headlines

headline-healthy = ChatGPT доступен
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT не пускает с адреса Cloudflare WARP
   *[other] ChatGPT не пускает с адреса Cloudflare WARP (ошибка { $code })
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT не пускает с адреса вашего VPN
   *[other] ChatGPT не пускает с адреса вашего VPN (ошибка { $code })
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT не пускает с адреса вашего прокси
   *[other] ChatGPT не пускает с адреса вашего прокси (ошибка { $code })
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT не пускает с вашего интернет-адреса
   *[other] ChatGPT не пускает с вашего интернет-адреса (ошибка { $code })
}
headline-location-unsupported = { $location ->
    [none] ChatGPT недоступен там, где вы находитесь
   *[other] ChatGPT недоступен там, где вы находитесь ({ $location })
}
headline-rate-limited = { $code ->
    [none] ChatGPT ограничивает запросы с вашего адреса
   *[other] ChatGPT ограничивает запросы с вашего адреса (ошибка { $code })
}
headline-probe-refused = { $code ->
    [none] Cloudflare отклонил проверку blockwatch
   *[other] Cloudflare отклонил проверку blockwatch (ошибка { $code })
}
headline-outage = ChatGPT не работает
headline-captive-portal = Эта сеть просит сначала войти
headline-no-connection = Нет связи с ChatGPT
headline-tls-interception = Что-то в вашей сети перехватывает соединение с ChatGPT
headline-browser-side = ChatGPT отвечает: блокировка — в вашем браузере
headline-unknown = ChatGPT ответил неожиданной ошибкой

## ---------------------------------------------------------------- explanations

explain-healthy = { $host } отвечает как обычно. Если в браузере появится проверка Cloudflare, она пройдёт сама.
explain-vpn-exit-blocked = Ваше соединение с { $host } идёт через { $vpn }, а файрвол ChatGPT не пускает с адреса этого VPN-сервера. VPN-серверами пользуется много людей сразу, поэтому сайты часто их блокируют. С вашим собственным подключением к интернету всё в порядке.
explain-proxy-blocked = Ваше соединение с { $host } выходит в интернет не с вашего собственного адреса, а через прокси или VPN с раздельным туннелированием, и файрвол ChatGPT не пускает с того адреса, откуда оно выходит.
explain-public-ip-blocked = { $ip ->
    [none] Файрвол ChatGPT не пускает с публичного адреса вашего подключения к интернету. VPN и прокси здесь ни при чём, поэтому помочь может только другой адрес: новый от провайдера или другая сеть.
   *[other] Файрвол ChatGPT не пускает с публичного адреса вашего подключения к интернету ({ $ip }). VPN и прокси здесь ни при чём, поэтому помочь может только другой адрес: новый от провайдера или другая сеть.
}
explain-location-unsupported = { $location ->
    [none] ChatGPT не принимает подключения из страны или региона, к которым он относит ваш адрес. Если вы там, где ChatGPT работает, то местоположение берётся от вашего VPN или из неверной геолокации вашего адреса.
   *[other] ChatGPT не принимает подключения из страны или региона, к которым он относит ваш адрес ({ $location }). Если вы там, где ChatGPT работает, то местоположение берётся от вашего VPN или из неверной геолокации вашего адреса.
}
explain-rate-limited = { $duration ->
    [none] С вашего адреса пришло слишком много запросов, и { $host } просит сбавить темп. Это пройдёт само.
   *[other] С вашего адреса пришло слишком много запросов, и { $host } просит сделать паузу на { $duration }. Это пройдёт само.
}
explain-probe-refused = Cloudflare отклонил то, как представляется проверка blockwatch. О вашем браузере это ничего не говорит: его проверяют иначе. Если браузер показывает ту же ошибку, ему помогут шаги ниже.
explain-outage = Сбой на стороне самого { $host }: проблема у OpenAI, а не у вас.
explain-captive-portal = Вместо { $host } ответило что-то в этой сети — обычно страница входа в сеть гостиницы, аэропорта, кафе или компании.
explain-no-connection = blockwatch вообще не смог связаться с { $host }, поэтому о блокировке пока ничего сказать нельзя.
explain-tls-interception = На защищённое соединение с { $host } пришёл сертификат, выданный не для { $host }. Посередине стоит страница входа в сеть, прокси компании или защитная программа.
explain-browser-side = С этого компьютера { $host } отвечает как обычно, значит, ваш адрес не заблокирован. То, что всё ещё показывает браузер, идёт от самого браузера: сохранённые cookie, расширение или его настройки.
explain-unknown = { $host } ответил так, что это не похоже ни на известную блокировку, ни на сбой, ни на проблему сети.

## ---------------------------------------------------------------- names and durations

vpn-name = { $kind ->
    [vendor-interface] { $vendor } ({ $interface })
    [vendor] { $vendor }
    [interface] VPN ({ $interface })
   *[unknown] ваш VPN
}
# Винительный падеж: «подождите 5 минут», «на 21 минуту».
duration = { $unit ->
    [moment] мгновение
    [seconds] { $count ->
        [one] { $count } секунду
        [few] { $count } секунды
       *[many] { $count } секунд
    }
    [minutes] { $count ->
        [one] { $count } минуту
        [few] { $count } минуты
       *[many] { $count } минут
    }
   *[hours] { $count ->
        [one] { $count } час
        [few] { $count } часа
       *[many] { $count } часов
    }
}

## ---------------------------------------------------------------- Cloudflare error codes

code-1020 = доступ запрещён правилами файрвола сайта
code-1005 = сеть, к которой относится ваш адрес, заблокирована
code-ip-banned = ваш адрес заблокирован
code-1012 = доступ запрещён из-за активности из вашей сети
code-1009 = ваша страна или регион заблокированы
code-1010 = подпись браузера заблокирована
code-1015 = ваши запросы ограничены по частоте
code-dns-tunnel = сбой DNS или туннеля сайта
code-host-not-found = не удалось найти сервер сайта
code-legal = юридическое ограничение
code-1200 = Cloudflare перегружен
code-origin-unreachable = Cloudflare не может связаться с серверами сайта
code-other = ошибка Cloudflare

## ---------------------------------------------------------------- evidence

evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] через Cloudflare (без кода HTTP)
       *[no] (без кода HTTP)
    }
   *[other] { $via ->
        [yes] HTTP { $status } через Cloudflare
       *[no] HTTP { $status }
    }
}
evidence-answer-code = { $host } ответил { $answer } с ошибкой Cloudflare { $code } ({ $meaning }): { $label }
evidence-answer-challenge = { $host } ответил { $answer } с проверкой браузера Cloudflare (это проверка, а не блокировка): { $label }
evidence-answer-block-page = { $host } ответил { $answer } со страницей Cloudflare «Sorry, you have been blocked»: { $label }
evidence-answer-access-denied = { $host } ответил { $answer } со страницей Cloudflare «Access denied» (номер ошибки не читается): { $label }
evidence-answer-cloudflare-page = { $host } ответил { $answer } — страницей, созданной Cloudflare (своя страница без номера ошибки): { $label }
evidence-answer-openai-region = { $host } ответил { $answer } с ошибкой OpenAI «country, region, or territory not supported»: { $label }
evidence-answer-not-cloudflare = { $host } ответил { $answer }, но не через Cloudflare: вместо него ответило что-то по пути: { $label }
evidence-answer-gateway = { $host } ответил { $answer }, но не через Cloudflare: устройство на пути само не смогло связаться с сайтом
evidence-answer-plain = { $host } ответил { $answer }: { $label }
evidence-transport-error = { $host }: { $label } ({ $detail })
evidence-ray = { $colo ->
    [none] Cloudflare Ray ID { $id }
   *[other] Cloudflare Ray ID { $id }, дата-центр { $colo }
}
evidence-retry-after = сайт просит подождать { $duration }, прежде чем пробовать снова
evidence-page-saw-address = страница ошибки называет ваш адрес: { $ip }
evidence-page-address-differs = страница ошибки называет ваш адрес { $page }, но трассировка сайта и другие сайты видят { $others }: страница пришла через прокси или другим путём
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] сайт видит вас как { $ip }
       *[other] сайт видит вас как { $ip }, через Cloudflare { $colo }
    }
   *[other] { $colo ->
        [none] сайт видит вас как { $ip }, { $location }
       *[other] сайт видит вас как { $ip }, { $location }, через Cloudflare { $colo }
    }
}
evidence-others-see = другие сайты видят вас как { $ip }
evidence-address-mismatch = сайт видит вас как { $site }, а другие сайты — как { $others }: путь к { $host } выходит в интернет в другом месте (прокси или VPN с раздельным туннелированием)
evidence-route-tunnel = { $vendor ->
    [none] маршрут к { $host } идёт через { $interface } — VPN-туннель
   *[other] маршрут к { $host } идёт через { $interface } ({ $vendor })
}
evidence-route-direct = маршрут к { $host } идёт через { $interface }, не через VPN
evidence-no-route = у этого компьютера нет маршрута к { $host }: он не подключён к сети
evidence-warp = Cloudflare сообщает, что вы пользуетесь WARP (warp=on)
evidence-unused-tunnel = { $vendor ->
    [none] туннель { $interface } включён, но трафик к { $host } идёт не через него
   *[other] { $interface } ({ $vendor }) включён, но трафик к { $host } идёт не через него
}
evidence-vpn-software = запущены VPN-программы: { $names }
evidence-proxy = для { $host } задан прокси: { $url }
evidence-proxy-script = ваша система берёт прокси для { $host } из скрипта автоконфигурации { $url }; blockwatch такие скрипты не выполняет, поэтому его собственные запросы шли напрямую (ваш браузер может идти через прокси, выбранный скриптом)
evidence-status = { $component ->
    [none] { $incident ->
        [none] страница статуса OpenAI сообщает: { $overall }
       *[other] страница статуса OpenAI сообщает: { $overall }; открытый инцидент: { $incident }
    }
   *[other] { $incident ->
        [none] страница статуса OpenAI сообщает: { $overall }; разговоры ChatGPT: { $component }
       *[other] страница статуса OpenAI сообщает: { $overall }; разговоры ChatGPT: { $component }; открытый инцидент: { $incident }
    }
}
status-overall-none = все системы работают нормально
status-overall-minor = небольшая проблема
status-overall-major = крупный сбой
status-overall-critical = критический сбой
component-status = { $state ->
    [operational] работают
    [degraded_performance] работают медленно
    [partial_outage] частичный сбой
    [major_outage] крупный сбой
    [under_maintenance] техническое обслуживание
   *[other] { $raw }
}
evidence-status-unknown = не удалось прочитать страницу статуса OpenAI (статус неизвестен)
evidence-status-not-needed = страница статуса OpenAI для этого ответа не понадобилась (не читалась)
evidence-tls-wrong-name = предъявленный сертификат выдан не для { $host }, а для другого имени
evidence-tls-untrusted = сертификат, предъявленный для { $host }, выдан не доверенным центром сертификации
evidence-tls-not-valid-now = срок действия сертификата истёк или ещё не начался: проверьте дату и время на этом компьютере
evidence-tls-other = не удалось установить защищённое соединение
evidence-browser-report = вы сообщаете, что браузер всё ещё показывает блокировку
evidence-same-address = соединение прервалось и восстановилось с тем же публичным адресом ({ $ip }): перезагрузка роутера его не меняет

## ---------------------------------------------------------------- notification bodies

notify-fix-disconnect-vpn-warp = Выключите Cloudflare WARP.
notify-fix-disconnect-vpn = Отключите { $vpn }.
notify-fix-switch-vpn-server = Подключитесь к другому VPN-серверу.
notify-fix-disable-proxy = Выключите прокси.
notify-fix-restart-router = Перезагрузите роутер, чтобы получить новый адрес.
notify-fix-use-other-network = Попробуйте другую сеть, например точку доступа на телефоне.
notify-fix-contact-isp = Попросите у интернет-провайдера новый адрес.
notify-fix-clear-browser-data = Удалите в браузере cookie для { $host } и openai.com.
notify-fix-disable-extensions = Отключите расширения браузера.
notify-fix-check-browser-permissions = Разрешите JavaScript и cookie для { $host }.
notify-fix-wait-rate-limit = { $duration ->
    [none] Подождите несколько минут, прежде чем пробовать снова.
   *[other] Подождите { $duration }, прежде чем пробовать снова.
}
notify-fix-wait-outage = Подождите: это должна исправить OpenAI.
notify-fix-check-status-page = Загляните на status.openai.com.
notify-fix-sign-in-network = Войдите в эту сеть.
notify-fix-check-connection = Проверьте подключение к интернету.
notify-fix-update-browser = Обновите браузер.
notify-no-actions-hint = Что делать: выполните `blockwatch fix` или откройте { $page }
notify-same-ip-title = Ваш адрес не изменился
notify-same-ip-body = После восстановления связи адрес по-прежнему { $ip }: он постоянный или общий с другими абонентами (CGNAT). Повторная перезагрузка не поможет — подключитесь к другой сети или попросите у провайдера новый адрес.
notify-resolved-title = ChatGPT снова работает
notify-resolved-vpn-disconnected = { $vpn ->
    [none] Доступ вернулся после отключения VPN.
   *[other] Доступ вернулся после отключения { $vpn }.
}
notify-resolved-vpn-switched = Доступ вернулся после смены VPN-сервера.
notify-resolved-proxy-off = Доступ вернулся после отключения прокси.
notify-resolved-new-address = Доступ вернулся: ваш адрес сменился с { $old } на { $new }.
notify-resolved-other-network = Доступ вернулся после переключения на другую сеть.
notify-resolved-outage-over = Доступ вернулся: OpenAI устранила сбой.
notify-resolved-rate-limit-over = Доступ вернулся: ограничение частоты запросов закончилось.
notify-resolved-outage = Доступ вернулся: сбой закончился.
notify-resolved = Доступ вернулся.
action-show-fix = Как исправить
action-check-again = Проверить снова

## ---------------------------------------------------------------- fix steps

fix-disconnect-vpn-title = Отключите { $vpn }
fix-disconnect-vpn-warp-title = Выключите Cloudflare WARP
fix-disconnect-vpn-warp = Нажмите на значок WARP и выключите его или выполните `warp-cli disconnect`.
fix-disconnect-vpn-tailscale = Перестаньте использовать выходной узел: в меню Tailscale выберите Exit Node → None или выполните `tailscale set --exit-node=`.
fix-disconnect-vpn-wireguard-linux = Выполните `sudo wg-quick down { $interface }` или `nmcli connection down { $interface }`, если им управляет NetworkManager.
fix-disconnect-vpn-mullvad-linux = Нажмите «Отключиться» в приложении Mullvad или выполните `mullvad disconnect`.
fix-disconnect-vpn-nordvpn-linux = Выполните `nordvpn disconnect` или нажмите Disconnect в приложении NordVPN.
fix-disconnect-vpn-expressvpn-linux = Выполните `expressvpn disconnect` или нажмите кнопку питания в приложении ExpressVPN.
fix-disconnect-vpn-anyconnect-linux = Нажмите Disconnect в Cisco Secure Client или выполните `/opt/cisco/anyconnect/bin/vpn disconnect`.
fix-disconnect-vpn-globalprotect-linux = Выполните `globalprotect disconnect` или нажмите Disconnect в приложении GlobalProtect.
fix-disconnect-vpn-other-linux = Нажмите «Отключиться» в приложении VPN; если VPN настроен в системе — `nmcli connection down { $interface }` (или переключатель VPN в меню сети).
fix-disconnect-vpn-macos = { $vendor ->
    [none] Нажмите на значок приложения VPN в строке меню и выберите «Отключить».
   *[other] Нажмите на значок { $vendor } в строке меню и выберите «Отключить».
}
fix-disconnect-vpn-wireguard-windows = Откройте приложение WireGuard и нажмите «Деактивировать».
fix-disconnect-vpn-windows = { $vendor ->
    [none] Щёлкните правой кнопкой мыши по значку приложения VPN в области уведомлений (справа внизу) и выберите «Отключиться».
   *[other] Щёлкните правой кнопкой мыши по значку { $vendor } в области уведомлений (справа внизу) и выберите «Отключиться».
}
fix-disconnect-vpn-system-linux = Или через системное меню: в GNOME — меню в правом верхнем углу → VPN → выключить; в KDE — апплет сети → отключить VPN.
fix-disconnect-vpn-system-macos = Или «Системные настройки» → VPN — и выключите VPN.
fix-disconnect-vpn-system-windows = Или «Параметры» → «Сеть и Интернет» → VPN → ваш VPN → «Отключиться».
fix-disconnect-vpn-kill-switch = Если у VPN есть kill switch (аварийное отключение интернета без VPN), выключите и его.
fix-disconnect-vpn-reload = Обновите страницу { $host }. blockwatch проверит снова, как только изменится сеть, и скажет, помогло ли это.

fix-switch-vpn-server-title = Подключитесь к другому VPN-серверу
fix-switch-vpn-server-pick = Откройте приложение VPN и выберите другой сервер: в другом городе или менее загруженный (многие приложения показывают нагрузку).
fix-switch-vpn-server-avoid = Избегайте особых серверов (P2P, обфусцированные, «Double VPN»): их адреса блокируют чаще.
fix-switch-vpn-server-dedicated = Если ваш VPN предлагает выделенный (личный) IP-адрес, используйте его: вы не делите его с незнакомыми людьми.
fix-switch-vpn-server-reload = Обновите страницу { $host }. blockwatch проверит снова, как только изменится подключение.

fix-disable-proxy-title = Выключите прокси
fix-disable-proxy-in-use = Сейчас используется прокси { $proxy }.
fix-disable-proxy-linux = GNOME: «Настройки» → «Сеть» → «Сетевой прокси» → «Выключено». KDE: «Параметры системы» → «Сеть» → «Прокси» → «Не использовать прокси-сервер».
fix-disable-proxy-linux-env = В терминале прокси берётся из переменных окружения: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (и уберите их из ~/.profile или /etc/environment).
fix-disable-proxy-macos = «Системные настройки» → «Сеть» → ваше подключение → «Подробнее…» → «Прокси»: выключите все прокси и нажмите «ОК».
fix-disable-proxy-windows = «Параметры» → «Сеть и Интернет» → «Прокси-сервер»: выключите «Использовать прокси-сервер» (и «Использовать сценарий настройки», если он не нужен вашей компании).
fix-disable-proxy-extensions = Отключите и расширения браузера для прокси или VPN (их значки видны на панели инструментов браузера).
fix-disable-proxy-reload = Обновите страницу { $host }. В сети компании спросите ИТ-отдел, прежде чем обходить её прокси.

fix-restart-router-title = Перезагрузите роутер, чтобы получить новый адрес
fix-restart-router-unplug = Выньте вилку роутера (и модема, если это отдельное устройство) из розетки. Перезагрузка через веб-страницу или приложение часто оставляет прежний адрес.
fix-restart-router-wait = Подождите не меньше 5 минут: многие провайдеры выдают новый адрес только после того, как истечёт аренда старого. Некоторым нужно 30 минут и больше.
fix-restart-router-order = Сначала включите модем и дождитесь, пока он выйдет в сеть, потом роутер.
fix-restart-router-check = Когда связь вернётся, blockwatch проверит снова и скажет, сменился ли ваш публичный адрес. Если нет, у вас постоянный адрес или общий с другими абонентами (CGNAT): перезагрузка не поможет, подключитесь к другой сети или обратитесь к провайдеру.

fix-use-other-network-title = Попробуйте другую сеть
fix-use-other-network-hotspot = Включите на телефоне точку доступа (а Wi-Fi на телефоне выключите, чтобы он работал через мобильный интернет) и подключите к ней этот компьютер.
fix-use-other-network-open = Откройте { $host }. Если там всё работает, блокировка привязана к адресу вашей обычной сети, а не к этому компьютеру.
fix-use-other-network-keep = Пользуйтесь другой сетью, пока просите у провайдера новый адрес.
fix-use-other-network-open-network = Откройте { $host }. Если там всё работает, мешает что-то в вашей обычной сети, а не на этом компьютере.
fix-use-other-network-keep-network = Пользуйтесь другой сетью, пока { $host } снова не заработает в вашей обычной сети.

fix-contact-isp-title = Попросите у интернет-провайдера новый адрес
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] Сообщите провайдеру, что сайты за Cloudflare (например, { $host }) не пускают с вашего публичного адреса.
       *[other] Сообщите провайдеру, что сайты за Cloudflare (например, { $host }) не пускают с вашего публичного адреса, выдавая ошибку { $code }.
    }
   *[other] { $code ->
        [none] Сообщите провайдеру, что сайты за Cloudflare (например, { $host }) не пускают с вашего публичного адреса { $ip }.
       *[other] Сообщите провайдеру, что сайты за Cloudflare (например, { $host }) не пускают с вашего публичного адреса { $ip }, выдавая ошибку { $code }.
    }
}
fix-contact-isp-ask = Попросите новый динамический адрес или, если вы за CGNAT (общим адресом), перевод на отдельный адрес.
fix-contact-isp-static = Если вы платите за статический адрес, попросите другой: нынешний попал в список блокировок.
fix-contact-isp-geolocation = Если сайт считает, что вы в другой стране, попросите провайдера исправить геолокацию его диапазона адресов.

fix-clear-browser-data-title = Удалите в браузере данные для { $host } и openai.com
fix-clear-browser-data-chrome = Chrome: «Настройки» → «Конфиденциальность и безопасность» → «Сторонние файлы cookie» → «Просмотреть все данные и разрешения сайтов»; найдите «{ $host }» и «openai.com» и удалите оба.
fix-clear-browser-data-firefox = Firefox: «Настройки» → «Приватность и защита» → «Куки и данные сайтов» → «Управление данными…»; найдите «chatgpt» и «openai», нажмите «Удалить выбранное», затем «Сохранить изменения».
fix-clear-browser-data-edge = Edge: «Параметры» → «Файлы cookie и разрешения сайтов» → «Управление файлами cookie и данными сайтов и их удаление» → «Просмотреть все файлы cookie и данные сайтов»; найдите и удалите оба сайта.
fix-clear-browser-data-safari = Safari: «Настройки» → «Конфиденциальность» → «Управлять данными веб-сайтов…»; найдите «chatgpt» и «openai», нажмите «Удалить», затем «Готово».
fix-clear-browser-data-reopen = Закройте все вкладки { $host }, откройте сайт снова и войдите в аккаунт.

fix-disable-extensions-title = Отключите расширения браузера
fix-disable-extensions-private = { $safari ->
    [yes] Откройте { $host } в приватном окне (Ctrl+Shift+N в Chrome и Edge, Ctrl+Shift+P в Firefox, ⌘⇧N в Safari): расширения там выключены.
   *[no] Откройте { $host } в приватном окне (Ctrl+Shift+N в Chrome и Edge, Ctrl+Shift+P в Firefox): расширения там выключены.
}
fix-disable-extensions-list = Если там всё работает, откройте список расширений (chrome://extensions, about:addons, edge://extensions) и отключайте расширения по одному.
fix-disable-extensions-suspects = Начните с подозрительных: расширения для VPN и прокси, блокировщики рекламы и скриптов, подмена user-agent, средства защиты приватности и от отпечатков браузера.
fix-disable-extensions-reload = После каждого обновляйте { $host }; то расширение, из-за которого была блокировка, оставьте выключенным.

fix-check-browser-permissions-title = Разрешите JavaScript и cookie для { $host }
fix-check-browser-permissions-chrome = Chrome и Edge: на { $host } нажмите на значок слева от адреса → «Настройки сайтов»; для JavaScript и файлов cookie выберите «Разрешить».
fix-check-browser-permissions-firefox = Firefox: нажмите на щит слева от адреса и отключите «Улучшенную защиту от отслеживания» для этого сайта; режим «Строгая» может ломать проверки Cloudflare.
fix-check-browser-permissions-challenges = Если вы по умолчанию блокируете скрипты или сторонние cookie, разрешите ещё и challenges.cloudflare.com.
fix-check-browser-permissions-clock = Проверьте, что дата, время и часовой пояс на этом компьютере верны: с неправильными часами проверки безопасности не проходят.

fix-wait-rate-limit-title = { $duration ->
    [none] Подождите несколько минут, прежде чем пробовать снова
   *[other] Подождите { $duration }, прежде чем пробовать снова
}
fix-wait-rate-limit-stop = Не обновляйте страницу: каждое обновление продлевает ограничение.
fix-wait-rate-limit-scripts = Закройте скрипты, расширения и другие вкладки, которые сами отправляют запросы к ChatGPT.
fix-wait-rate-limit-check = После паузы blockwatch проверит снова и скажет, когда доступ вернётся.

fix-wait-outage-title = Дождитесь, пока OpenAI устранит сбой
fix-wait-outage-nothing = С вашей стороны ничего менять не нужно: удаление cookie или смена сети не помогут.
fix-wait-outage-follow = Следите за ходом работ на { $url }.
fix-wait-outage-check = blockwatch продолжает проверять и скажет, когда ChatGPT снова заработает.

fix-check-status-page-title = Загляните на страницу статуса OpenAI
fix-check-status-page-open = Откройте { $url } и посмотрите на пункт «Conversations».
fix-check-status-page-incident = Если там открыт инцидент, дождитесь его решения; blockwatch скажет, когда ChatGPT снова будет отвечать как обычно.

fix-sign-in-network-title = Войдите в эту сеть
fix-sign-in-network-neverssl = Откройте в браузере http://neverssl.com (обычную страницу без https): вместо неё появится страница входа в сеть.
fix-sign-in-network-terms = Примите условия или введите выданный вам код (номер комнаты, билета, ваучер).
fix-sign-in-network-linux = GNOME и KDE, заметив такую страницу, тоже показывают уведомление «Вход в сеть».
fix-sign-in-network-macos = macOS обычно сама открывает окно входа; если нет, выключите и снова включите Wi-Fi.
fix-sign-in-network-windows = Windows обычно сама открывает страницу входа; если нет, нажмите на значок сети и выберите «Открыть браузер и подключиться».
fix-sign-in-network-reload = Обновите страницу { $host }; blockwatch проверит снова, как только сеть изменится.

fix-check-connection-title = Проверьте подключение к интернету
fix-check-connection-wifi = Проверьте, что Wi-Fi включён и подключён или что кабель вставлен.
fix-check-connection-other-site = Откройте любой другой сайт. Если ничего не загружается, перезапустите Wi-Fi на этом компьютере, потом перезагрузите роутер.
fix-check-connection-linux = В терминале `ping -c 3 1.1.1.1` покажет, отвечает ли интернет вообще; `nmcli device` покажет состояние подключения.
fix-check-connection-macos = В программе «Терминал» `ping -c 3 1.1.1.1` покажет, отвечает ли интернет вообще.
fix-check-connection-windows = «Параметры» → «Сеть и Интернет» → «Средство устранения сетевых неполадок» найдёт обычные проблемы.
fix-check-connection-offline = Пока вы не в сети, blockwatch молчит и проверит снова, как только сеть вернётся.

fix-update-browser-title = Обновите браузер
fix-update-browser-about = Chrome: меню → «Справка» → «О браузере Google Chrome»; Edge: «Настройки» → «О программе Microsoft Edge»; Firefox: меню → «Справка» → «О Firefox». Там каждый обновляется сам; затем перезапустите браузер.
fix-update-browser-switchers = Отключите подмену user-agent и защиту от отпечатков браузера: Cloudflare отклоняет браузеры, которые выглядят не так, как о себе заявляют.
fix-update-browser-reload = Обновите страницу { $host }.

## ---------------------------------------------------------------- fix page

page-title = blockwatch: доступ к ChatGPT
page-what-happened = Что происходит
page-what-to-do = Что делать (по порядку)
page-evidence = Что измерил blockwatch
page-next = Что blockwatch сделает дальше
page-browser-heading = Если браузер всё ещё показывает «Access denied»
page-browser-intro = С этого компьютера blockwatch до ChatGPT достучаться может, значит, дело в браузере. Попробуйте по порядку:
page-details = Технические подробности
page-checked = Проверено: { $time }
page-footer = Эту страницу создал blockwatch на вашем компьютере; никуда ничего не отправлялось. Чтобы открыть её снова, выполните `blockwatch fix`.
page-detail-verdict = вердикт
page-detail-cause = причина
page-detail-http-status = статус HTTP
page-detail-cloudflare-error = ошибка Cloudflare
page-detail-ray-id = Ray ID
page-detail-public-ipv4 = публичный IPv4
page-detail-public-ipv6 = публичный IPv6
page-detail-location = местоположение

next-healthy = blockwatch продолжает проверять каждые несколько минут и сразу при смене сети и скажет, если ChatGPT окажется заблокирован.
next-vpn-or-proxy = blockwatch проверит снова, как только изменится сеть, так что вы за секунды узнаете, помогло ли отключение или смена сервера.
next-public-ip-blocked = blockwatch проверит снова, как только изменится сеть, и узнает ваш публичный адрес: вы увидите, дала ли перезагрузка роутера новый адрес и помогло ли это.
next-location-unsupported = blockwatch проверит снова при смене сети и скажет, когда ChatGPT примет ваше подключение.
next-rate-limited = blockwatch подождёт столько, сколько просит сайт, затем проверит снова и скажет, когда доступ вернётся.
next-outage = blockwatch продолжает проверять каждые несколько минут и скажет, когда ChatGPT снова заработает.
next-sign-in = blockwatch проверит снова, как только изменится сеть, например после входа.
next-no-connection = Пока вы не в сети, blockwatch молчит и проверит снова, как только сеть вернётся.
next-other = blockwatch проверит снова через несколько минут и сразу при смене сети.
next-browser-side = blockwatch продолжает следить за соединением; шаги для браузера выше — за вами.

## ---------------------------------------------------------------- tray menu

menu-check-now = Проверить сейчас
menu-browser-blocked = Браузер всё ещё показывает Access denied
menu-pause = Пауза на 1 час
menu-resume = Продолжить
menu-autostart = Запускать при входе в систему
menu-history = Открыть историю
menu-quit = Выход
tray-paused-until = Пауза до { $time }
tray-offline = Нет подключения к сети
tray-checking = Проверяю ChatGPT…
tray-reachable = ChatGPT доступен
tray-vpn-blocked = { $code ->
    [none] ChatGPT блокирует ваш VPN
   *[other] ChatGPT блокирует ваш VPN (ошибка { $code })
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT блокирует ваш прокси
   *[other] ChatGPT блокирует ваш прокси (ошибка { $code })
}
tray-address-blocked = { $code ->
    [none] ChatGPT блокирует ваш адрес
   *[other] ChatGPT блокирует ваш адрес (ошибка { $code })
}
tray-location-unsupported = { $location ->
    [none] ChatGPT отсюда недоступен
   *[other] ChatGPT недоступен из { $location }
}
tray-rate-limited = { $code ->
    [none] ChatGPT ограничивает запросы
   *[other] ChatGPT ограничивает запросы (ошибка { $code })
}
tray-probe-refused = { $code ->
    [none] Cloudflare отклонил проверку
   *[other] Cloudflare отклонил проверку (ошибка { $code })
}
tray-outage = ChatGPT не работает
tray-sign-in = Войдите в эту сеть
tray-unreachable = ChatGPT недоступен
tray-intercepted = Соединение с ChatGPT перехватывается
tray-error = ChatGPT ответил ошибкой
tray-label-paused = Пауза
tray-label-offline = Нет сети
tray-label-blocked = ChatGPT заблокирован
tray-ip = { $location ->
    [none] Публичный IP: { $ips }
   *[other] Публичный IP: { $ips } ({ $location })
}
tray-ip-unknown = Публичный IP: неизвестен
tray-vpn = VPN: { $vpn }
tray-vpn-on = VPN: включён
tray-vpn-unknown = VPN: неизвестно
tray-vpn-off-unused = VPN: выключен ({ $interface } включён, но не используется для ChatGPT)
tray-vpn-off = VPN: выключен
tray-checking-now = Проверяю…
tray-last-check = Последняя проверка: { $time }
tray-last-check-never = Последняя проверка: ещё не было

## ---------------------------------------------------------------- first start, no tray
intro-title = blockwatch теперь следит за ChatGPT
intro-body = Сейчас: { $state }. Значок показывает, как отвечает ChatGPT; если ChatGPT вам откажет, такое же уведомление подскажет, что делать.
no-tray-title = blockwatch работает без значка в трее
no-tray-body = { $remedy ->
    [gnome-enable] Ваш рабочий стол не показывает значки в трее. blockwatch продолжает следить за ChatGPT (сейчас: { $state }) и сообщит здесь, если что-то не так. Чтобы увидеть значок, включите «AppIndicator and KStatusNotifierItem Support» в приложении «Расширения» или выполните `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com`.
    [gnome-install] Ваш рабочий стол не показывает значки в трее. blockwatch продолжает следить за ChatGPT (сейчас: { $state }) и сообщит здесь, если что-то не так. Чтобы увидеть значок, установите расширение AppIndicator (`sudo apt install gnome-shell-extension-appindicator`), выйдите из системы и войдите снова, затем включите его в приложении «Расширения».
   *[other] Ваш рабочий стол не показывает значки в трее. blockwatch продолжает следить за ChatGPT (сейчас: { $state }) и сообщит здесь, если что-то не так. Чтобы увидеть значок, добавьте на панель системный трей (область уведомлений).
}

## ---------------------------------------------------------------- history

history-start = blockwatch запущен
history-stop = blockwatch остановлен
history-check = { $status ->
    [none] { $code ->
        [none] проверка: { $label } ({ $cause })
       *[other] проверка: { $label } ({ $cause }), ошибка { $code }
    }
   *[other] { $code ->
        [none] проверка: { $label } ({ $cause }), HTTP { $status }
       *[other] проверка: { $label } ({ $cause }), HTTP { $status }, ошибка { $code }
    }
}
history-public-ip-changed = публичный адрес изменился: { $old } → { $new }
history-public-ip = публичный адрес: { $new }
history-vpn-on = { $vpn ->
    [none] VPN включён: неизвестно какой
   *[other] VPN включён: { $vpn }
}
history-vpn-off = VPN выключен (трафик к ChatGPT идёт напрямую)
history-notified = уведомление: { $title } — { $body }
history-offline = сеть пропала
history-online = сеть вернулась
history-paused = пауза по просьбе пользователя
history-resumed = работа продолжена
history-config-reloaded = настройки перечитаны
history-config-not-reloaded = настройки не перечитаны, оставлены прежние: { $error }

## ---------------------------------------------------------------- check report

report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }, ошибка { $code }
    }
   *[other] { $code ->
        [none] { $what }, HTTP { $status }
       *[other] { $what }, HTTP { $status }, ошибка { $code }
    }
}
report-label-verdict = Вердикт:
report-label-cause = Причина:
report-label-families = Семейства:
report-label-router = Роутер:
report-what-to-do = Что делать
report-evidence = Факты

## ---------------------------------------------------------------- command line

cli-already-running = { $pid ->
    [none] blockwatch уже запущен и продолжает следить; больше ничего запускать не нужно.
   *[other] blockwatch уже запущен (pid { $pid }) и продолжает следить; больше ничего запускать не нужно.
}
cli-history-unreadable = Историю в { $path } не удалось прочитать: в ней нет ни одной записи blockwatch. Уберите файл (`blockwatch run` начнёт новый).
cli-history-empty = Истории пока нет ({ $path } пуст): её туда записывает `blockwatch run`.
autostart-disabled = выключено: blockwatch не запускается при входе в систему
autostart-enabled = включено: { $ways }
autostart-way = { $method ->
    [xdg] запись автозапуска XDG { $path }
    [systemd] пользовательский юнит systemd { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] общесистемная запись автозапуска XDG { $path }
   *[run-key] ключ Run { $path }
}
autostart-disabled-system = выключено: blockwatch не запускается при входе в систему (общесистемная запись { $path } для вас отключена)
autostart-disabled-startup-apps = выключено: blockwatch не запускается при входе в систему (его запись { $path } отключена в «Автозагрузке» диспетчера задач; `blockwatch autostart enable` или «Запускать при входе в систему» снова включат её)
cli-warning = предупреждение: { $warning }
cli-textfile-unwritable = не удаётся записать файл метрик { $path } ({ $error }): дайте этому пользователю право записи в { $dir } (см. README, раздел Metrics); blockwatch продолжает работать без него
cli-config-error = ошибка в настройках: { $error }
cli-cannot-create = не удаётся создать { $path }: { $error }
cli-cannot-lock = не удаётся взять блокировку { $path }: { $error }
cli-cannot-open-browser = не удаётся открыть браузер ({ $error }); откройте файл, указанный выше
cli-autostart-failed = не удалось изменить запуск при входе в систему: { $error }
cli-cannot-write = не удаётся записать { $path }: { $error }
cli-cannot-set-up-http = не удаётся настроить HTTP: { $error }
cli-cannot-start-monitor = не удаётся запустить наблюдение: { $error }

## ---------------------------------------------------------------- configuration errors
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }, ключ `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }, строка { $line }
       *[other] { $path }, строка { $line }, ключ `{ $key }`
    }
}
config-error-at = { $place }: { $problem }
config-problem-unreadable = { $error }
config-problem-too-large = файл больше 1 МиБ, а настройки занимают несколько строк
config-problem-not-utf8 = файл не в кодировке UTF-8; сохраните его как текст UTF-8
config-problem-nested = ключи или значения вложены слишком глубоко
config-problem-toml = ошибка в записи TOML: { $detail }
config-problem-duration = неверная длительность «{ $value }» ({ $detail }); пишите так: «5m», «90s» или «1h»
config-problem-url = неверный адрес «{ $value }»: { $detail }
config-problem-url-not-http = неверный адрес «{ $value }»: поддерживаются только http:// и https://
config-problem-url-no-host = неверный адрес «{ $value }»: в нём нет имени сервера
config-problem-probe-interval = должно быть не меньше 10s: более частые проверки и приводят к той самой блокировке, за которой следит blockwatch
config-problem-ip-interval = должно быть не меньше 10s
config-problem-timeout = должно быть от 1s до 9s (проверка укладывается в 10 секунд)
config-problem-no-echo-urls = нужен хотя бы один адрес
config-problem-empty-user-agent = не может быть пустым
config-problem-user-agent-control = содержит управляющий символ (например, перевод строки или NUL), который не может быть в заголовке HTTP
config-problem-reminder = должно быть не меньше 10m или "off": более частое напоминание повторяло бы уведомление почти при каждой перепроверке
config-problem-language = допустимые значения: { $choices }
config-problem-budget = должно быть не меньше 2 (блокировка подтверждается второй проверкой)
config-problem-textfile-relative = нужен абсолютный путь
config-problem-textfile-not-prom = имя должно оканчиваться на .prom (сборщик textfile в node_exporter читает только файлы *.prom)
config-problem-client = { $error }
config-header-file = # настройки blockwatch { $version } из { $path }
config-header-defaults = { $path ->
    [none] # настройки blockwatch { $version }: встроенные значения по умолчанию (нет папки настроек)
   *[other] # настройки blockwatch { $version }: встроенные значения по умолчанию (файла { $path } нет)
}
tray-problem-gtk = не удаётся запустить GTK: { $error }
tray-problem-no-appindicator = нет библиотеки AppIndicator (установите libayatana-appindicator3-1)
tray-problem-helper-missing = { $path } не установлен
tray-problem-helper-failed = не удаётся запустить { $path }: { $error }
tray-problem-not-started = не удалось запустить значок в трее
tray-problem-icon = не удаётся показать значок: { $error }
cli-no-tray = значка в трее не будет ({ $why }); работаю без него
start-problem-signals = не удаётся следить за сигналами остановки и перезагрузки настроек: { $error }
cli-unknown-language = неизвестный язык «{ $value }» (допустимо: { $choices })

cli-about = Объясняет, почему ChatGPT пишет «Access denied», и что с этим делать
cli-help-config = Читать настройки из ФАЙЛА, а не из обычного места.
cli-help-verbose = Больше журнала в stderr (-v info, -vv debug); RUST_LOG важнее.
cli-help-lang = Язык сообщений: auto (как у рабочего стола), en, zh-CN, ru, fa, es, tr.
cli-help-run = Следить в фоне и уведомлять о способе исправления (по умолчанию).
cli-help-run-headless = Без значка в трее: каждое событие — строка JSON в stdout.
cli-help-check = Проверить один раз: заблокирован ли ChatGPT, почему и что поможет.
cli-help-check-json = Вывести один объект JSON вместо отчёта.
cli-help-check-browser-blocked = Браузер всё ещё показывает блокировку: проверить и сторону браузера.
cli-help-config-cmd = Показать действующие настройки и откуда они взяты.
cli-help-fix = Открыть в браузере шаги исправления для текущего диагноза или (с --do) выполнить первое исправление, которое blockwatch может сделать сам.
cli-help-fix-browser-blocked = Браузер всё ещё показывает блокировку: показать шаги для браузера.
cli-help-fix-do = Выполнить исправление (отключить VPN, переподключить роутер), сначала сказав, что произойдёт, и спросив; затем проверить снова.
cli-help-fix-yes = Не спрашивать (нужно, когда нет терминала, чтобы спросить).
cli-help-fix-json = Вывести один объект JSON: итог действия и проверку после него.
cli-help-autostart = Запускать blockwatch при входе в систему (или перестать).
cli-help-history = Показать, что blockwatch видел и делал, от старого к новому.
cli-help-history-json = Исходные строки JSON.
cli-help-history-lines = Только последние N записей.
cli-help-autostart-enable = Запускать при входе: запись автозапуска XDG (Linux), LaunchAgent (macOS), ключ Run (Windows).
cli-help-autostart-enable-systemd = Linux: вместо этого пользовательский юнит systemd, привязанный к графическому сеансу.
cli-help-autostart-disable = Не запускать при входе в систему.
cli-help-autostart-status = Сказать, запускается ли blockwatch при входе и каким способом.
cli-help-usage = Использование:
cli-help-commands = Команды
cli-help-options = Параметры
cli-help-arguments = Аргументы
cli-help-flag-help = Показать справку
cli-help-flag-version = Показать версию
cli-help-help-command = Показать эту справку или справку по указанной команде
cli-help-help-command-arg = Команда, справку по которой показать
cli-value-file = ФАЙЛ
cli-value-lang = ЯЗЫК
cli-value-count = N
cli-value-command = КОМАНДА
cli-value-options = ПАРАМЕТРЫ
cli-exit-status = Код выхода: 0 — всё в порядке (или команда выполнена), 1 — найдена проблема (или фоновую службу не удалось запустить, например, она уже работает), 2 — ошибка в использовании или в настройках.

## ---------------------------------------------------------------- browsers
## Что blockwatch находит в браузерах (issue 8): расширения VPN и прокси, встроенный
## VPN или настройка прокси браузера. $browser — название продукта («Chrome», «Firefox»,
## «Opera»), $profile — имя профиля, как его показывает браузер («Default», «Profile 2»),
## $name — имя расширения («Hola VPN»): всё это без изменений и без падежных окончаний.

evidence-browser-extension-proxy = { $proxy ->
    [none] расширение { $name } включено в { $browser } (профиль { $profile }) и управляет его прокси
   *[other] расширение { $name } включено в { $browser } (профиль { $profile }) и управляет его прокси ({ $proxy })
}
evidence-browser-extension-pac = расширение { $name } включено в { $browser } (профиль { $profile }) и управляет его прокси (скрипт { $url })
evidence-browser-extension = расширение { $name } включено в { $browser } (профиль { $profile })
evidence-browser-builtin-vpn = встроенный VPN браузера { $browser } включён в { $browser } (профиль { $profile })
evidence-browser-doh = { $uri ->
    [none] { $browser } (профиль { $profile }) определяет адреса сайтов через DNS over HTTPS
   *[other] { $browser } (профиль { $profile }) определяет адреса сайтов через DNS over HTTPS ({ $uri })
}
evidence-browser-proxy-server = { $browser } (профиль { $profile }) направляет веб-трафик через прокси { $proxy }
evidence-browser-proxy-pac = { $url ->
    [none] { $browser } (профиль { $profile }) берёт прокси из скрипта автоматической настройки прокси
   *[other] { $browser } (профиль { $profile }) берёт прокси из скрипта { $url }
}
evidence-browser-proxy-auto-detect = { $browser } (профиль { $profile }) ищет прокси в сети (автоопределение)
evidence-browser-findings = найдено в ваших браузерах (это меняет путь к сайту только для этого браузера): { $findings }
list-join = { $list }; { $item }
evidence-browser-works = вы сообщаете, что { $host } работает в вашем браузере: отказ относится к собственному запросу blockwatch, а не к вам или вашей сети

headline-browser-extension = { $browser ->
    [none] Расширение браузера меняет ваш адрес для ChatGPT
   *[other] { $name } в { $browser } меняет ваш адрес для ChatGPT
}
headline-browser-proxy = { $browser ->
    [none] Ваш браузер направляет трафик ChatGPT через прокси или VPN
   *[other] { $browser } направляет трафик ChatGPT через прокси или VPN
}
explain-browser-vpn = { $finding ->
    [none] С этого компьютера { $host } отвечает как обычно, значит, ваш собственный адрес не заблокирован. Но браузер этот адрес не использует: его трафик идёт через VPN или прокси внутри браузера, поэтому { $host } видит адрес VPN- или прокси-сервера и отказывает ему.
   *[other] С этого компьютера { $host } отвечает как обычно, значит, ваш собственный адрес не заблокирован. Но браузер этот адрес не использует: { $finding }, поэтому { $host } видит адрес VPN- или прокси-сервера и отказывает ему.
}
tray-browser-vpn-refused = ChatGPT доступен; VPN или прокси вашего браузера отклонён

notify-fix-disable-browser-extension = { $browser ->
    [none] Отключите расширения VPN и прокси в браузере.
   *[other] Отключите { $name } в { $browser } (профиль { $profile }).
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] Отключите прокси или VPN в браузере.
   *[other] Отключите прокси или VPN в { $browser } (профиль { $profile }).
}

fix-disable-browser-extension-title = Отключите { $name } в { $browser } (профиль { $profile })
fix-disable-browser-extension-open = В { $browser }, в профиле { $profile }, откройте { $page } (введите это в адресную строку).
fix-disable-browser-extension-switch = Найдите { $name } и выключите его. Чтобы оставить его для других сайтов, откройте «Подробнее» → «Доступ к сайтам» → «На определенных сайтах» и не добавляйте туда { $host }.
fix-disable-browser-extension-switch-firefox = Найдите { $name } и выключите его. Чтобы оставить его для других сайтов, вместо этого откройте «…» → «Управление» → «Разрешения» и уберите его доступ к { $host }.
fix-disable-browser-extension-proxy = { $name } задаёт прокси браузера { $browser }: приостановить его в его собственном меню на панели инструментов недостаточно, пока оно управляет прокси.
fix-disable-browser-extension-reload = Обновите страницу { $host }. Если доступа всё ещё нет, снова выполните `blockwatch check --browser-blocked`: он поищет в браузерах что-нибудь ещё.

fix-disable-browser-vpn-title = Отключите VPN в { $browser } (профиль { $profile })
fix-disable-browser-vpn-badge = Нажмите на значок VPN слева от адресной строки в { $browser } и выключите VPN.
fix-disable-browser-vpn-settings = Или откройте «Настройки» ({ $shortcut }) → «Конфиденциальность и безопасность» → «VPN» и выключите «Включить VPN».
fix-disable-browser-vpn-reload = Обновите страницу { $host }: теперь сайт видит ваш собственный адрес, а не адрес VPN.
fix-disable-browser-proxy-title = Отключите прокси в { $browser } (профиль { $profile })
fix-disable-browser-proxy-in-use = Сейчас используется прокси { $proxy }.
fix-disable-browser-proxy-firefox = В Firefox, профиль { $profile }: «Настройки» → «Основные» → «Параметры сети» → «Настроить…»
fix-disable-browser-proxy-firefox-choose = Выберите «Использовать системные настройки прокси» (или «Без прокси») и нажмите «ОК».
fix-disable-browser-proxy-chromium = В { $browser }, профиль { $profile }: «Настройки» → «Система» → «Открыть настройки прокси-сервера для компьютера» и выключите прокси там.
fix-disable-browser-proxy-flag = Если { $browser } запущен с параметром прокси (--proxy-server), запустите его без этого параметра.
fix-disable-browser-proxy-reload = Обновите страницу { $host }. В сети компании спросите ИТ-отдел, прежде чем обходить её прокси.
fix-browser-vpn-title = Отключите VPN или прокси внутри браузера
fix-browser-vpn-extensions = Откройте список расширений браузера (chrome://extensions, edge://extensions, about:addons) и выключите расширения VPN и прокси.
fix-browser-vpn-proxy = В сетевых настройках или настройках прокси браузера выберите системные настройки или работу без прокси.
fix-browser-vpn-reload = Обновите страницу { $host }.

action-browser-works = ChatGPT работает в моём браузере
page-works-heading = ChatGPT работает в вашем браузере?
page-works-text = Значит, сайт отклоняет только собственный запрос blockwatch. Сообщите об этом blockwatch: выберите «ChatGPT работает в моём браузере» в меню значка в трее или в уведомлении (или выполните `blockwatch check --browser-works`). Тогда он будет считать эту блокировку нормой и не будет о ней напоминать, пока не изменятся ваш адрес, ваш VPN или ответ сайта.

history-browser-blocked = вы сказали: браузер всё ещё показывает Access denied
history-browser-works = { $code ->
    [none] { $address ->
        [none] вы сказали: ChatGPT работает в моём браузере; эта блокировка ({ $cause }) считается блокировкой только blockwatch, повторных уведомлений не будет
       *[other] вы сказали: ChatGPT работает в моём браузере; эта блокировка ({ $cause }, адрес { $address }) считается блокировкой только blockwatch, повторных уведомлений не будет
    }
   *[other] { $address ->
        [none] вы сказали: ChatGPT работает в моём браузере; эта блокировка ({ $cause }, ошибка { $code }) считается блокировкой только blockwatch, повторных уведомлений не будет
       *[other] вы сказали: ChatGPT работает в моём браузере; эта блокировка ({ $cause }, ошибка { $code }, адрес { $address }) считается блокировкой только blockwatch, повторных уведомлений не будет
    }
}
history-browser-works-no-block = вы сказали: ChatGPT работает в моём браузере (блокировки тогда не было)
history-probe-only-forgotten = { $why ->
    [address] «работает в моём браузере» больше не действует: изменился адрес, который видит сайт
    [vpn] «работает в моём браузере» больше не действует: изменился VPN
   *[verdict] «работает в моём браузере» больше не действует: изменился ответ сайта
}
cli-help-check-browser-works = ChatGPT работает в вашем браузере: отказ относится к собственному запросу blockwatch.

## ---------------------------------------------------------------- фильтры и семейства адресов (IPv4/IPv6)

verdict-dns-blocked = вместо сайта ответил DNS-фильтр
verdict-filtered = вместо сайта ответил сетевой фильтр
verdict-filtered-gateway = вместо сайта ответило что-то по пути

headline-dns-filtered = DNS-фильтр блокирует { $host }
headline-network-filter = { $vendor ->
    [none] Эта сеть блокирует { $host }
   *[other] { $vendor } блокирует { $host } в этой сети
}
headline-network-gateway = Устройство в этой сети не может связаться с { $host }
headline-network-national = { $host } заблокирован по государственному списку блокировок
family-split = ChatGPT отклоняет ваш адрес { $refused }; { $works } работает

explain-dns-filtered = { $detail ->
    [none] DNS-сервер, к которому обращается этот компьютер, вместо адресов ChatGPT дал блокирующий ответ, поэтому браузер так и не доходит до { $host }. Так делает фильтр в вашей сети: Pi-hole, AdGuard Home, NextDNS, родительский контроль роутера или список блокировки компании или учебного заведения. Это не Cloudflare и не ваш адрес.
   *[other] DNS-сервер, к которому обращается этот компьютер, вместо адресов ChatGPT дал блокирующий ответ ({ $detail }), поэтому браузер так и не доходит до { $host }. Так делает фильтр в вашей сети: Pi-hole, AdGuard Home, NextDNS, родительский контроль роутера или список блокировки компании или учебного заведения. Это не Cloudflare и не ваш адрес.
}
explain-network-filter-reset = Соединение с { $host } обрывается в тот момент, когда отправляется имя сайта, хотя другие защищённые сайты работают. Так действует фильтр, читающий имя: файрвол компании или учебного заведения либо блокировка на уровне страны. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
explain-network-filter-legal = Пришёл ответ «451 Unavailable For Legal Reasons» (недоступно по юридическим причинам) от сервера, который не принадлежит { $host }: доступ заблокирован по закону или по предписанию в этой сети или в этой стране. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
explain-network-filter-device = Вместо { $host } ответило что-то в вашей сети (не Cloudflare и не страница входа): файрвол, прокси или роутер с фильтрацией. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
explain-network-filter-gateway = Что-то между этим компьютером и { $host } (прокси, файрвол или роутер) ответило страницей ошибки вместо сайта: само оно не смогло связаться с { $host }. { $host } отвечает через Cloudflare, а этот ответ пришёл не оттуда, поэтому ChatGPT работает; сбой у устройства посередине или у него нет связи с сайтом. Дело не в вашем адресе; вход в аккаунт или очистка cookie не помогут.
explain-network-filter-national = Это страница, которую провайдеры в этой стране обязаны показывать вместо сайтов, заблокированных по закону или по предписанию ведомства, а не страница самого { $host }. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
explain-network-filter-vendor = { $vendor ->
    [none] Веб-фильтр ответил своей страницей блокировки вместо { $host }: владелец этой сети фильтрует этот сайт. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
   *[other] { $vendor } ответил своей страницей блокировки вместо { $host }: владелец этой сети фильтрует этот сайт. Это не Cloudflare и не ваш адрес; вход в аккаунт или очистка cookie не помогут.
}

tray-dns-filtered = ChatGPT заблокирован DNS-фильтром
tray-network-filter = ChatGPT заблокирован этой сетью
tray-network-gateway = ChatGPT недоступен через эту сеть

next-dns-filtered = blockwatch заново опрашивает DNS-серверы при каждой проверке и сразу после смены сети и сообщит, когда имена ChatGPT снова будут разрешаться.
next-network-filter = blockwatch проверяет снова сразу после смены сети, так что вы сразу узнаете, проходит ли доступ через другую сеть.

dns-nxdomain-zone = «такого имени нет» (NXDOMAIN, из зоны политики { $zone })
dns-nxdomain-filtered = «такого имени нет» (NXDOMAIN, помечен как отфильтрованный ответ)
dns-nxdomain = «такого имени нет» (NXDOMAIN)
dns-nodata = нет адреса (NODATA)
dns-refused = отказ (REFUSED)
dns-failed = нет ответа ({ $why })
dns-malformed = некорректный ответ (не принят во внимание)
dns-not-ours = ответ на другой вопрос (не принят во внимание)
dns-truncated = обрезанный ответ (TC)

evidence-dns-answer = { $server ->
    [none] собственный запрос этого компьютера на { $name } дал ответ: { $answer }
   *[other] DNS-сервер { $server } на { $name } отвечает: { $answer }
}
evidence-dns-answer-control = { $server ->
    [none] собственный запрос этого компьютера на { $name } (имя, не связанное с ChatGPT, для сравнения) дал ответ: { $answer }
   *[other] DNS-сервер { $server } на { $name } (имя, не связанное с ChatGPT, для сравнения) отвечает: { $answer }
}
evidence-doh-answer = публичный резолвер через DNS-over-HTTPS на { $name } отвечает: { $answer }
evidence-dns-resolvers = этот компьютер обращается к DNS-серверам { $servers }
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] VPN передаёт IPv4, но IPv6 идёт напрямую: по IPv6 сайт видит ваш настоящий адрес и местоположение (утечка IPv6)
       *[other] VPN передаёт IPv4, но IPv6 идёт напрямую (через { $native }): по IPv6 сайт видит ваш настоящий адрес и местоположение (утечка IPv6)
    }
   *[other] { $native ->
        [none] VPN передаёт IPv4 (через { $tunnel }), но IPv6 идёт напрямую: по IPv6 сайт видит ваш настоящий адрес и местоположение (утечка IPv6)
       *[other] VPN передаёт IPv4 (через { $tunnel }), но IPv6 идёт напрямую (через { $native }): по IPv6 сайт видит ваш настоящий адрес и местоположение (утечка IPv6)
    }
}
evidence-family-sees = по IPv4 { $host } видит адрес { $ipv4 }, по IPv6 — { $ipv6 }

report-verdict-detail = { $line } ({ $detail })
family-results-line = { $first }; { $second }
family-result-line = { $via ->
    [none] { $family }: { $kind }
   *[other] { $family }: { $kind } (через { $via })
}

notify-fix-allow-in-dns-filter = Разрешите { $host } и openai.com в своём DNS-фильтре.
notify-fix-ask-network-admin = Попросите администратора сети разрешить { $host }.
notify-fix-ask-network-admin-gateway = Сообщите администратору сети, что его прокси или файрвол не может связаться с { $host }.
notify-fix-fix-ipv6-leak = Включите в VPN защиту от утечки IPv6 или отключите IPv6.

fix-allow-in-dns-filter-title = Разрешите { $host } в своём DNS-фильтре
fix-allow-in-dns-filter-server-linux = Узнайте, к какому DNS-серверу обращается этот компьютер: `resolvectl status` (systemd-resolved) или `cat /etc/resolv.conf`; с NetworkManager — `nmcli device show | grep DNS`.
fix-allow-in-dns-filter-server-macos = Узнайте, к какому DNS-серверу обращается этот компьютер: `scutil --dns | grep nameserver` или «Системные настройки» → «Сеть» → ваше подключение → «Подробнее…» → «DNS».
fix-allow-in-dns-filter-server-windows = Узнайте, к какому DNS-серверу обращается этот компьютер: `ipconfig /all` («DNS-серверы») или «Параметры» → «Сеть и Интернет» → ваше подключение → «Назначение DNS-сервера».
fix-allow-in-dns-filter-pihole = Pi-hole: откройте его страницу администрирования → Domains (Whitelist в старых версиях) → добавьте как разрешённые { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com и oaiusercontent.com; или в Query Log нажмите Allow рядом с каждой заблокированной записью.
fix-allow-in-dns-filter-adguard = AdGuard Home: Filters → Custom filtering rules → добавьте `@@||chatgpt.com^`, `@@||openai.com^`, `@@||oaistatic.com^` и `@@||oaiusercontent.com^`, затем Apply; Query Log покажет, какой список заблокировал сайт.
fix-allow-in-dns-filter-nextdns = NextDNS: my.nextdns.io → ваша конфигурация → Allowlist → добавьте { $host }, openai.com, oaistatic.com и oaiusercontent.com; проверьте также Parental Control → Websites, Apps & Games.
fix-allow-in-dns-filter-router = Родительский контроль роутера (Fritz!Box, eero, Netgear Armor, TP-Link HomeShield, …): откройте приложение или веб-страницу роутера → «Родительский контроль» / «Фильтры» → профиль этого устройства → уберите категорию «AI» или «Chat» либо добавьте chatgpt.com в разрешённые. В учебном заведении или на работе вместо этого обратитесь к администратору.

fix-ask-network-admin-title = Обратитесь к администратору сети
fix-ask-network-admin-on-purpose = Эта сеть (вашей компании, учебного заведения, библиотеки или кафе) блокирует { $host } намеренно; разрешить доступ может только тот, кто ею управляет.
fix-ask-network-admin-gateway = Устройство между этим компьютером и { $host } (корпоративный прокси, файрвол или роутер) не смогло связаться с сайтом; выяснить причину может только тот, кто им управляет. Если сбой длится всего несколько минут, blockwatch сообщит, когда всё снова заработает.
fix-ask-network-admin-gateway-ask = Попросите проверить, что устройство связывается с { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com и oaiusercontent.com: его подключение к интернету, DNS-сервер и проверку защищённых соединений, если она включена.
fix-ask-network-admin-tell = { $detail ->
    [none] Расскажите, что увидел blockwatch: страница или обрыв соединения исходят от фильтра сети, а не от { $host }.
   *[other] Расскажите, что увидел blockwatch ({ $detail }): страница или обрыв соединения исходят от фильтра сети, а не от { $host }.
}
fix-ask-network-admin-ask = Попросите разрешить { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com и oaiusercontent.com или узнайте, предоставляет ли организация ChatGPT другим способом (корпоративное рабочее пространство).
fix-ask-network-admin-permission = Не пытайтесь обойти фильтр компании или учебного заведения без разрешения: это может нарушать их правила.

fix-ipv6-leak-title = Не пускайте трафик IPv6 в обход VPN
fix-ipv6-leak-open = Ваш VPN передаёт только IPv4, поэтому { $host } видит ваш настоящий IPv6-адрес и местоположение. Откройте настройки приложения VPN.
fix-ipv6-leak-protection = Включите «IPv6 leak protection» / «Block IPv6» (защита от утечки IPv6) и kill switch (NordVPN, Surfshark, Proton VPN, Mullvad, ExpressVPN, PIA и большинство других держат это в Settings → Connection, Advanced или Kill switch), затем переподключитесь.
fix-ipv6-leak-off-linux = Или отключите IPv6 для этого подключения: `nmcli connection modify "<connection>" ipv6.method disabled`, затем переподключитесь (GNOME: «Настройки» → «Сеть» → подключение → «IPv6» → «Отключить»). С wg-quick вместо этого добавьте `::/0` в AllowedIPs пира.
fix-ipv6-leak-off-macos = Или отключите IPv6 для подключения: `networksetup -setv6off Wi-Fi` (или "Ethernet"); `networksetup -setv6automatic Wi-Fi` включает его обратно.
fix-ipv6-leak-off-windows = Или отключите IPv6 на адаптере: «Панель управления» → «Сетевые подключения» → адаптер → «Свойства» → снимите флажок «IP версии 6 (TCP/IPv6)»; или в PowerShell: `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6`.
fix-ipv6-leak-reload = Обновите страницу { $host }. blockwatch снова проверит и IPv4, и IPv6, как только сеть изменится.
detail-unknown-device = вместо ChatGPT ответило неизвестное устройство
detail-sni-reset = соединение сброшено, когда стало видно имя сайта
detail-http-451 = HTTP 451 (недоступно по юридическим причинам)
detail-filter-page = страница блокировки сетевого фильтра
detail-gateway = устройство посередине не смогло связаться с сайтом
detail-national-page = страница государственной блокировки

## ---------------------------------------------------------------- the router

router-called = { $name ->
    [none] ваш роутер
   *[other] ваш роутер ({ $name })
}
evidence-router-own = { $chance ->
    [likely] { $router } сообщает внешний адрес { $wan } — тот же, что видит интернет: перезагрузка может дать новый адрес, и на линии DSL обычно даёт
    [unlikely] { $router } сообщает внешний адрес { $wan } — тот же, что видит интернет: перезагрузка может дать новый адрес, но на кабельной линии адрес обычно сохраняется
   *[other] { $router } сообщает внешний адрес { $wan } — тот же, что видит интернет: перезагрузка может дать новый адрес
}
evidence-router-shared = { $why ->
    [cgnat] { $router }: внешний адрес { $wan } из диапазона, который провайдеры используют для CGNAT (100.64.0.0/10): провайдер делит свой публичный адрес с другими абонентами
    [ds-lite] { $router } сообщает адрес { $wan }: это линия DS-Lite, IPv4 идёт через общий NAT провайдера
    [private] { $router }: на внешней стороне частный адрес { $wan }: перед ним стоит ещё один роутер (двойной NAT)
    [no-public] { $router } сообщает, что своего публичного IPv4-адреса у него нет: адрес, который видит интернет, общий (CGNAT или ещё один роутер перед ним)
   *[different] { $router } сообщает внешний адрес { $wan }, а интернет видит { $public }: адрес общий (CGNAT или ещё один роутер перед ним)
}
evidence-router-unknown = { $wan ->
    [none] { $router } ответил, но не назвал свой внешний адрес
   *[other] { $router } сообщает внешний адрес { $wan }
}
evidence-router-silent = роутер не назвал свой внешний адрес (ни UPnP, ни NAT-PMP не ответили)
evidence-same-range = соединение восстановилось с новым адресом { $new }, но из того же диапазона, что и отклонённый { $old } (та же /24): правила Cloudflare могут блокировать диапазон целиком

explain-shared-address = { $why ->
    [private] Публичный адрес держит другой роутер перед вашим (двойной NAT); перезагрузка вашего роутера его не изменит.
    [different] Адрес, который видит интернет, принадлежит не вашему роутеру, а общий (CGNAT или ещё один роутер перед ним); перезагрузка роутера его не изменит.
   *[other] Провайдер делит этот адрес с другими абонентами; перезагрузка роутера его не изменит.
}
notify-problem-shared = { $why } { $fix }
notify-fix-contact-isp-shared = Попросите у интернет-провайдера собственный публичный IPv4-адрес.

fix-restart-router-likely = Роутер сообщает о линии DSL (PPP): при новом подключении адрес обычно меняется.
fix-restart-router-unlikely = Роутер сообщает о кабельной линии: кабельные провайдеры обычно выдают тот же адрес или адрес из того же диапазона. Оставьте модем выключенным на час или дольше либо подключитесь к другой сети.
fix-restart-router-own = Адрес, который видит интернет, принадлежит вашему роутеру, поэтому перезагрузка может его изменить.
fix-contact-isp-title-shared = Попросите у провайдера публичный IPv4-адрес
fix-contact-isp-ask-public = Попросите собственный публичный IPv4-адрес (его также называют выделенным или статическим) или перевод линии с CGNAT: многие провайдеры делают это по запросу, некоторые за небольшую плату.
fix-contact-isp-router-says = { $wan ->
    [none] Расскажите, что сообщает роутер: своего публичного IPv4-адреса у него нет.
   *[other] Расскажите, что сообщает роутер: его внешний адрес { $wan }, а не тот, что видит интернет.
}
fix-contact-isp-double-nat = Если перед вашим роутером стоит модем провайдера или второй роутер, спросите, как перевести его в режим моста, чтобы публичный адрес получал сам ваш роутер.

tray-address-blocked-shared = { $code ->
    [none] ChatGPT блокирует ваш общий адрес
   *[other] ChatGPT блокирует ваш общий адрес (ошибка { $code })
}

notify-same-range-title = Новый адрес из того же диапазона
notify-same-range-body = Соединение восстановилось с адресом { $new } из того же диапазона, что и отклонённый { $old }, и ChatGPT по-прежнему его отклоняет: правила Cloudflare могут блокировать диапазон целиком. Подключитесь к другой сети или попросите у провайдера адрес из другого диапазона.

report-router = { $state ->
    [own] { $name } ({ $protocol }), внешний адрес { $wan }: собственный
    [shared] { $wan ->
        [none] { $name } ({ $protocol }), своего публичного адреса нет: общий
       *[other] { $name } ({ $protocol }), внешний адрес { $wan }: общий
    }
   *[other] { $wan ->
        [none] { $name } ({ $protocol }), внешний адрес не назван
       *[other] { $name } ({ $protocol }), внешний адрес { $wan }
    }
}
report-router-unnamed = ваш роутер
report-router-silent = не ответил (ни UPnP, ни NAT-PMP)

page-detail-router = роутер
page-detail-router-wan = внешний адрес роутера
page-detail-shared = общий адрес
page-detail-shared-value = { $shared ->
    [yes] да: перезагрузка его не изменит
   *[no] нет: адрес у роутера
}

## ---------------------------------------------------------------- doing the fix

act-button-disconnect = { $vpn ->
    [none] Отключить { $target }
   *[other] Отключить { $vpn } ({ $target })
}
act-button-reconnect-router = Переподключить { $router }
act-button-reconnect = Подключить снова
act-button-confirm = Продолжить
act-will = blockwatch сделает следующее: { $what } (через { $via }), затем снова проверит ChatGPT.
act-will-router = Все в этой сети останутся без интернета до минуты; роутер должен вернуться с новым адресом.
act-warning-kill-switch = { $vpn ->
    [none] Внимание: у VPN включён kill switch. После отключения у компьютера совсем не будет интернета, пока вы снова не подключите VPN или не выключите kill switch.
   *[other] Внимание: у { $vpn } включён kill switch. После отключения у компьютера совсем не будет интернета, пока вы снова не подключите { $vpn } или не выключите kill switch.
}
act-warning-mandatory-vpn = Внимание: похоже, это VPN учебного заведения или компании. Он может быть обязательным: отключайте его, только если вам это разрешено.
act-confirm = Продолжить? [y/N]
act-yes-answers = y, yes, д, да
act-not-confirmed = Ничего не сделано: blockwatch может спросить только в терминале. Добавьте --yes, чтобы продолжить.
act-declined = Ничего не сделано.
act-nothing = Ни одно из этих исправлений blockwatch не может выполнить сам.
act-checking = Снова проверяю ChatGPT…
act-confirm-title = { $what }?
act-why-no-tunnel = Трафик к ChatGPT не идёт через VPN-туннель: отключать нечего.
act-why-needs-root = Этот туннель (wg-quick или ручная настройка) может отключить только администратор: выполните шаги.
act-why-no-controller = Нет ни NetworkManager, ни собственной программы VPN, к которой можно обратиться.
act-why-not-managed = В системном списке VPN нет подключения для этого туннеля.
act-why-asks-password = Система спросит ваш пароль.
act-why-not-permitted = Система не разрешает этому пользователю отключать сетевые подключения.
act-why-reconnect-off = Переподключение роутера выключено: чтобы разрешить его, укажите allow_reconnect = true в разделе [router] конфигурации.
act-why-address-shared = Адрес роутера общий с другими абонентами или неизвестно, что он его собственный: после переподключения вернётся тот же адрес.
act-why-router-cannot = Роутер не предлагает переподключения, о котором blockwatch может попросить.
act-why-unsupported = В этой системе blockwatch так не умеет.
act-result-done = Готово: { $what }.
act-result-not-permitted = Не разрешено: система не даёт этому пользователю отключить { $target }. Отключите его в меню сети или обратитесь к тому, кто управляет этим компьютером.
act-result-auth-failed = Ничего не изменилось: запрос пароля отклонён или не удался. Сам blockwatch больше не спрашивает.
act-result-failed = Не получилось: { $via } сообщил об ошибке.
act-result-router-refused = { $target } отказал в переподключении: действие у него есть, но он его не разрешает. Перезагрузите роутер кнопкой питания.
act-result-no-link-back = Подключение к интернету не вернулось за минуту.
act-result-same-address = Роутер вернулся с тем же адресом ({ $ip }).
act-result-offline = Ничего не сделано: нет подключения к сети.
act-after-works = ChatGPT теперь работает.
act-after-blocked = ChatGPT по-прежнему отказывает этому подключению. Дальше: { $fix }
act-after-unknown = Проверка после этого не дала ясного ответа.
act-still-title = ChatGPT по-прежнему отказывает
act-still-body = «{ $what }» не помогло. Дальше: { $fix }
act-failed-title = Исправление не выполнено
act-resolved-vpn = ChatGPT работает с тех пор, как отключён { $vpn }.
act-resolved-router = ChatGPT работает с тех пор, как роутер переподключился.
history-action = { $undo ->
    [yes] вы попросили снова подключить { $target } ({ $via }): { $result }
   *[no] { $fix ->
        [restart_router] вы попросили переподключить роутер { $target } ({ $via }): { $result }
       *[other] вы попросили отключить { $target } ({ $via }): { $result }
    }
}
history-action-result = { $result ->
    [done] сделано
    [refused] отказано
    [failed] не удалось
   *[other] невозможно
}
report-can-do = blockwatch может сделать это за вас: выполните `blockwatch fix --do` ({ $target }).
