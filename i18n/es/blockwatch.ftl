### blockwatch: traducción al español. Las convenciones están al principio de i18n/en/blockwatch.ftl.
### Se trata al lector de «tú», como hacen Chrome, Firefox y Windows en español; los nombres
### de menú son los de las versiones en español de Chrome, Firefox, Edge, Safari, Windows,
### macOS, GNOME y KDE.

## ---------------------------------------------------------------- verdicts

verdict-reachable = accesible
verdict-challenge = accesible (Cloudflare muestra una comprobación del navegador, que los navegadores superan)
verdict-blocked = bloqueado por el cortafuegos de Cloudflare
verdict-ip-banned = tu dirección está bloqueada
verdict-country-banned = tu país o región está bloqueado
verdict-browser-banned = se rechazó la firma del navegador
verdict-rate-limited = límite de solicitudes alcanzado
verdict-region-unsupported = no disponible en tu región
verdict-site-down = el sitio está caído
verdict-site-error = el sitio respondió con un error
verdict-captive-portal = algo de tu red respondió en lugar del sitio
verdict-offline = sin conexión
verdict-dns-failure = no se pudo resolver el nombre
verdict-timeout = sin respuesta a tiempo
verdict-tls-error = falló la conexión segura

## ---------------------------------------------------------------- causas

cause-healthy = todo está bien
cause-vpn-exit-blocked = la dirección del servidor VPN está bloqueada
cause-proxy-blocked = la dirección del proxy está bloqueada
cause-public-ip-blocked = tu dirección de internet está bloqueada
cause-location-unsupported = tu ubicación no está admitida
cause-rate-limited = demasiadas solicitudes desde tu dirección
cause-probe-refused = solo se rechaza la comprobación de blockwatch
cause-outage = una caída del servicio de OpenAI
cause-captive-portal = la red te pide que inicies sesión
cause-no-connection = sin conexión
cause-tls-interception = la conexión segura está interceptada
cause-browser-side = algo en tu navegador
cause-browser-extension = una extensión de tu navegador
cause-browser-proxy = un proxy o una VPN en tu navegador
cause-dns-filtered = un filtro DNS
cause-network-filter = un filtro en tu red
cause-unknown = desconocida

## ---------------------------------------------------------------- headlines

headline-healthy = ChatGPT está accesible
headline-vpn-exit-blocked-warp = { $code ->
    [none] ChatGPT rechaza la dirección de Cloudflare WARP
   *[other] ChatGPT rechaza la dirección de Cloudflare WARP (error { $code })
}
headline-vpn-exit-blocked = { $code ->
    [none] ChatGPT rechaza la dirección de tu VPN
   *[other] ChatGPT rechaza la dirección de tu VPN (error { $code })
}
headline-proxy-blocked = { $code ->
    [none] ChatGPT rechaza la dirección de tu proxy
   *[other] ChatGPT rechaza la dirección de tu proxy (error { $code })
}
headline-public-ip-blocked = { $code ->
    [none] ChatGPT rechaza tu dirección de internet
   *[other] ChatGPT rechaza tu dirección de internet (error { $code })
}
headline-location-unsupported = { $location ->
    [none] ChatGPT no está disponible desde tu ubicación
   *[other] ChatGPT no está disponible desde tu ubicación ({ $location })
}
headline-rate-limited = { $code ->
    [none] ChatGPT está limitando las solicitudes de tu dirección
   *[other] ChatGPT está limitando las solicitudes de tu dirección (error { $code })
}
headline-probe-refused = { $code ->
    [none] Cloudflare rechazó la comprobación de blockwatch
   *[other] Cloudflare rechazó la comprobación de blockwatch (error { $code })
}
headline-outage = ChatGPT está caído
headline-captive-portal = Esta red te pide que inicies sesión primero
headline-no-connection = No hay conexión con ChatGPT
headline-tls-interception = Algo en tu red intercepta la conexión con ChatGPT
headline-browser-side = ChatGPT responde: el bloqueo está en tu navegador
headline-unknown = ChatGPT respondió con un error inesperado

## ---------------------------------------------------------------- explanations

explain-healthy = { $host } responde con normalidad. Si aparece una comprobación de Cloudflare en tu navegador, se supera sola.
explain-vpn-exit-blocked = Tu conexión con { $host } pasa por { $vpn }, y el cortafuegos de ChatGPT rechaza la dirección de ese servidor VPN. Los servidores VPN los comparte mucha gente, así que los sitios suelen bloquearlos. Tu propia conexión a internet está bien.
explain-proxy-blocked = Tu conexión con { $host } no sale desde tu propia dirección de internet, sino a través de un proxy o de una VPN con túnel dividido, y el cortafuegos de ChatGPT rechaza la dirección desde la que sale.
explain-public-ip-blocked = { $ip ->
    [none] El cortafuegos de ChatGPT rechaza la dirección pública de tu conexión a internet. No hay ninguna VPN ni proxy de por medio, así que la solución es otra dirección: una nueva de tu proveedor, u otra red.
   *[other] El cortafuegos de ChatGPT rechaza la dirección pública de tu conexión a internet ({ $ip }). No hay ninguna VPN ni proxy de por medio, así que la solución es otra dirección: una nueva de tu proveedor, u otra red.
}
explain-location-unsupported = { $location ->
    [none] ChatGPT rechaza las conexiones del país o región en que sitúa tu dirección. Si estás en un lugar donde ChatGPT se ofrece, esa ubicación viene de tu VPN o de una geolocalización errónea de tu dirección.
   *[other] ChatGPT rechaza las conexiones del país o región en que sitúa tu dirección ({ $location }). Si estás en un lugar donde ChatGPT se ofrece, esa ubicación viene de tu VPN o de una geolocalización errónea de tu dirección.
}
explain-rate-limited = { $duration ->
    [none] Llegaron demasiadas solicitudes desde tu dirección, así que { $host } te pide que vayas más despacio. Se resolverá solo.
   *[other] Llegaron demasiadas solicitudes desde tu dirección, así que { $host } te pide que esperes { $duration }. Se resolverá solo.
}
explain-probe-refused = Cloudflare rechazó la forma en que se identifica la comprobación de blockwatch. Eso no dice nada de tu navegador, que se comprueba de otra manera. Si tu navegador muestra el mismo error, los pasos de abajo le sirven.
explain-outage = El propio { $host } está fallando: el problema es de OpenAI, no tuyo.
explain-captive-portal = Algo en esta red respondió en lugar de { $host }: normalmente la página de inicio de sesión de la red de un hotel, aeropuerto, cafetería o empresa.
explain-no-connection = blockwatch no pudo llegar a { $host } en absoluto, así que todavía no se puede decir nada de un bloqueo.
explain-tls-interception = La conexión segura con { $host } recibió un certificado que no es de { $host }. Hay algo en medio: una página de inicio de sesión, un proxy de empresa o un programa de seguridad.
explain-browser-side = Desde este ordenador { $host } responde con normalidad, así que tu dirección no está bloqueada. Lo que tu navegador sigue mostrando viene del propio navegador: cookies guardadas, una extensión o su configuración.
explain-unknown = { $host } respondió de una forma que no encaja con ningún bloqueo, caída o problema de red conocido.

## ---------------------------------------------------------------- names and durations

vpn-name = { $kind ->
    [vendor-interface] { $vendor } ({ $interface })
    [vendor] { $vendor }
    [interface] la VPN ({ $interface })
   *[unknown] tu VPN
}
duration = { $unit ->
    [moment] un momento
    [seconds] { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
    [minutes] { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
   *[hours] { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }
}

## ---------------------------------------------------------------- Cloudflare error codes

code-1020 = acceso denegado por las reglas del cortafuegos del sitio
code-1005 = la red a la que pertenece tu dirección está bloqueada
code-ip-banned = tu dirección está bloqueada
code-1012 = acceso denegado por actividad desde tu red
code-1009 = tu país o región está bloqueado
code-1010 = la firma del navegador está bloqueada
code-1015 = se están limitando tus solicitudes
code-dns-tunnel = falla el DNS o el túnel del sitio
code-host-not-found = no se encontró el servidor del sitio
code-legal = restricción legal
code-1200 = Cloudflare está sobrecargado
code-origin-unreachable = Cloudflare no puede llegar a los servidores del sitio
code-other = error de Cloudflare

## ---------------------------------------------------------------- evidence

evidence-answer-status = { $status ->
    [none] { $via ->
        [yes] a través de Cloudflare
       *[no] sin código HTTP
    }
   *[other] { $via ->
        [yes] HTTP { $status } a través de Cloudflare
       *[no] HTTP { $status }
    }
}
evidence-answer-code = { $host } respondió { $answer } con el error { $code } de Cloudflare ({ $meaning }): { $label }
evidence-answer-challenge = { $host } respondió { $answer } con una comprobación del navegador de Cloudflare (una verificación, no un bloqueo): { $label }
evidence-answer-block-page = { $host } respondió { $answer } con la página «Sorry, you have been blocked» de Cloudflare: { $label }
evidence-answer-access-denied = { $host } respondió { $answer } con la página «Access denied» de Cloudflare (sin número de error legible): { $label }
evidence-answer-cloudflare-page = { $host } respondió { $answer } con una página generada por Cloudflare (personalizada, sin número de error): { $label }
evidence-answer-openai-region = { $host } respondió { $answer } con el error de OpenAI «country, region, or territory not supported»: { $label }
evidence-answer-not-cloudflare = { $host } respondió { $answer }, pero no a través de Cloudflare: algo en el camino respondió en su lugar: { $label }
evidence-answer-gateway = { $host } respondió { $answer }, pero no a través de Cloudflare: un dispositivo del camino no consiguió llegar al sitio
evidence-answer-plain = { $host } respondió { $answer }: { $label }
evidence-transport-error = { $host }: { $label } ({ $detail })
evidence-ray = { $colo ->
    [none] Ray ID de Cloudflare { $id }
   *[other] Ray ID de Cloudflare { $id }, centro de datos { $colo }
}
evidence-retry-after = el sitio pide esperar { $duration } antes de volver a intentarlo
evidence-page-saw-address = la página de error indica que tu dirección es { $ip }
evidence-page-address-differs = la página de error indica que tu dirección es { $page }, pero la traza del sitio y otros sitios ven { $others }: la página llegó a través de un proxy o por otro camino
evidence-site-sees = { $location ->
    [none] { $colo ->
        [none] el sitio te ve como { $ip }
       *[other] el sitio te ve como { $ip }, a través de Cloudflare { $colo }
    }
   *[other] { $colo ->
        [none] el sitio te ve como { $ip }, { $location }
       *[other] el sitio te ve como { $ip }, { $location }, a través de Cloudflare { $colo }
    }
}
evidence-others-see = otros sitios te ven como { $ip }
evidence-address-mismatch = el sitio te ve como { $site }, pero otros sitios te ven como { $others }: el tráfico hacia { $host } sale por otro sitio (un proxy o una VPN con túnel dividido)
evidence-route-tunnel = { $vendor ->
    [none] la ruta hacia { $host } pasa por { $interface }, un túnel VPN
   *[other] la ruta hacia { $host } pasa por { $interface } ({ $vendor })
}
evidence-route-direct = la ruta hacia { $host } pasa por { $interface }, no por una VPN
evidence-no-route = este ordenador no tiene ruta hacia { $host }: no está conectado
evidence-warp = Cloudflare indica que usas WARP (warp=on)
evidence-unused-tunnel = { $vendor ->
    [none] el túnel { $interface } está activo pero no lleva el tráfico hacia { $host }
   *[other] { $interface } ({ $vendor }) está activo pero no lleva el tráfico hacia { $host }
}
evidence-vpn-software = programas de VPN en ejecución: { $names }
evidence-proxy = hay un proxy configurado para { $host }: { $url }
evidence-proxy-script = tu sistema toma el proxy para { $host } del script de configuración automática { $url }; blockwatch no ejecuta esos scripts, así que sus propias peticiones fueron directas (tu navegador puede pasar por el proxy que elija el script)
evidence-status = { $component ->
    [none] { $incident ->
        [none] la página de estado de OpenAI indica { $overall }
       *[other] la página de estado de OpenAI indica { $overall }; incidente abierto: { $incident }
    }
   *[other] { $incident ->
        [none] la página de estado de OpenAI indica { $overall }; conversaciones de ChatGPT: { $component }
       *[other] la página de estado de OpenAI indica { $overall }; conversaciones de ChatGPT: { $component }; incidente abierto: { $incident }
    }
}
status-overall-none = todos los sistemas funcionan con normalidad
status-overall-minor = un problema menor
status-overall-major = una caída importante
status-overall-critical = una caída crítica
component-status = { $state ->
    [operational] operativas
    [degraded_performance] rendimiento degradado
    [partial_outage] caída parcial
    [major_outage] caída importante
    [under_maintenance] en mantenimiento
   *[other] { $raw }
}
evidence-status-unknown = no se pudo leer la página de estado de OpenAI (estado desconocido)
evidence-status-not-needed = no hizo falta la página de estado de OpenAI para esta respuesta (no se leyó)
evidence-tls-wrong-name = el certificado presentado es para un nombre distinto de { $host }
evidence-tls-untrusted = el certificado presentado para { $host } no es de una autoridad de confianza
evidence-tls-not-valid-now = el certificado ha caducado o aún no es válido: comprueba la fecha y la hora de este ordenador
evidence-tls-other = no se pudo establecer la conexión segura
evidence-browser-report = indicas que tu navegador sigue mostrando el bloqueo
evidence-same-address = tu conexión se cortó y volvió con la misma dirección pública ({ $ip }): reiniciar el router no la cambia

## ---------------------------------------------------------------- notification bodies

notify-fix-disconnect-vpn-warp = Desactiva Cloudflare WARP.
notify-fix-disconnect-vpn = Desconecta { $vpn }.
notify-fix-switch-vpn-server = Conéctate a otro servidor VPN.
notify-fix-disable-proxy = Desactiva el proxy.
notify-fix-restart-router = Reinicia el router para obtener una dirección nueva.
notify-fix-use-other-network = Prueba con otra red, como el punto de acceso de tu móvil.
notify-fix-contact-isp = Pide a tu proveedor de internet una dirección nueva.
notify-fix-clear-browser-data = Borra las cookies del navegador de { $host } y openai.com.
notify-fix-disable-extensions = Desactiva las extensiones del navegador.
notify-fix-check-browser-permissions = Permite JavaScript y cookies para { $host }.
notify-fix-wait-rate-limit = { $duration ->
    [none] Espera unos minutos antes de volver a intentarlo.
   *[other] Espera { $duration } antes de volver a intentarlo.
}
notify-fix-wait-outage = Espera: esto lo tiene que arreglar OpenAI.
notify-fix-check-status-page = Consulta status.openai.com.
notify-fix-sign-in-network = Inicia sesión en esta red.
notify-fix-check-connection = Comprueba tu conexión a internet.
notify-fix-update-browser = Actualiza tu navegador.
notify-no-actions-hint = Pasos para solucionarlo: ejecuta `blockwatch fix` o abre { $page }
notify-same-ip-title = Tu dirección no ha cambiado
notify-same-ip-body = Sigue siendo { $ip } después de recuperar la conexión: una dirección fija o compartida (CGNAT). Reiniciar otra vez no servirá; usa otra red o pide a tu proveedor una dirección nueva.
notify-resolved-title = ChatGPT vuelve a funcionar
notify-resolved-vpn-disconnected = { $vpn ->
    [none] Se recuperó el acceso al desconectar la VPN.
   *[other] Se recuperó el acceso al desconectar { $vpn }.
}
notify-resolved-vpn-switched = Se recuperó el acceso al cambiar de servidor VPN.
notify-resolved-proxy-off = Se recuperó el acceso al desactivar el proxy.
notify-resolved-new-address = Se recuperó el acceso al cambiar tu dirección de { $old } a { $new }.
notify-resolved-other-network = Se recuperó el acceso al cambiar de red.
notify-resolved-outage-over = Se recuperó el acceso: OpenAI solucionó la caída.
notify-resolved-rate-limit-over = Se recuperó el acceso: el límite de solicitudes ha terminado.
notify-resolved-outage = Se recuperó el acceso: la caída ha terminado.
notify-resolved = Se recuperó el acceso.
action-show-fix = Ver cómo solucionarlo
action-check-again = Volver a comprobar

## ---------------------------------------------------------------- fix steps

fix-disconnect-vpn-title = Desconecta { $vpn }
fix-disconnect-vpn-warp-title = Desactiva Cloudflare WARP
fix-disconnect-vpn-warp = Haz clic en el icono de WARP y desactívalo, o ejecuta `warp-cli disconnect`.
fix-disconnect-vpn-tailscale = Deja de usar un nodo de salida: en el menú de Tailscale elige Exit Node → None, o ejecuta `tailscale set --exit-node=`.
fix-disconnect-vpn-wireguard-linux = Ejecuta `sudo wg-quick down { $interface }`, o `nmcli connection down { $interface }` si la gestiona NetworkManager.
fix-disconnect-vpn-mullvad-linux = Haz clic en «Desconectar» en la aplicación de Mullvad, o ejecuta `mullvad disconnect`.
fix-disconnect-vpn-nordvpn-linux = Ejecuta `nordvpn disconnect`, o haz clic en Disconnect en la aplicación de NordVPN.
fix-disconnect-vpn-expressvpn-linux = Ejecuta `expressvpn disconnect`, o pulsa el botón de encendido de la aplicación de ExpressVPN.
fix-disconnect-vpn-anyconnect-linux = Haz clic en Disconnect en Cisco Secure Client, o ejecuta `/opt/cisco/anyconnect/bin/vpn disconnect`.
fix-disconnect-vpn-globalprotect-linux = Ejecuta `globalprotect disconnect`, o usa Disconnect en la aplicación de GlobalProtect.
fix-disconnect-vpn-other-linux = Haz clic en «Desconectar» en tu aplicación de VPN; si la VPN está configurada en el sistema, `nmcli connection down { $interface }` (o el interruptor de VPN del menú de red).
fix-disconnect-vpn-macos = { $vendor ->
    [none] Haz clic en el icono de la aplicación de VPN en la barra de menús y elige «Desconectar».
   *[other] Haz clic en el icono de { $vendor } en la barra de menús y elige «Desconectar».
}
fix-disconnect-vpn-wireguard-windows = Abre la aplicación de WireGuard y haz clic en «Desactivar».
fix-disconnect-vpn-windows = { $vendor ->
    [none] Haz clic con el botón derecho en el icono de la aplicación de VPN en el área de notificación (abajo a la derecha) y elige «Desconectar».
   *[other] Haz clic con el botón derecho en el icono de { $vendor } en el área de notificación (abajo a la derecha) y elige «Desconectar».
}
fix-disconnect-vpn-system-linux = O usa el menú del sistema: en GNOME, el menú de arriba a la derecha → VPN → desactivar; en KDE, el applet de red → desconectar la VPN.
fix-disconnect-vpn-system-macos = O Ajustes del Sistema → VPN, y desactiva la VPN.
fix-disconnect-vpn-system-windows = O Configuración → Red e Internet → VPN → tu VPN → Desconectar.
fix-disconnect-vpn-kill-switch = Si la VPN tiene un kill switch (interruptor de emergencia) que corta internet mientras está desconectada, desactívalo también.
fix-disconnect-vpn-reload = Vuelve a cargar { $host }. blockwatch comprueba de nuevo en cuanto cambia la red y te dice si eso lo ha solucionado.

fix-switch-vpn-server-title = Conéctate a otro servidor VPN
fix-switch-vpn-server-pick = Abre tu aplicación de VPN y elige otro servidor: otra ciudad, o uno menos saturado (muchas aplicaciones muestran la carga).
fix-switch-vpn-server-avoid = Evita los servidores especiales (P2P, ofuscados, «Double VPN»): sus direcciones se bloquean más a menudo.
fix-switch-vpn-server-dedicated = Si tu VPN ofrece una dirección IP dedicada (personal), úsala: no la compartes con desconocidos.
fix-switch-vpn-server-reload = Vuelve a cargar { $host }. blockwatch comprueba de nuevo en cuanto cambia la conexión.

fix-disable-proxy-title = Desactiva el proxy
fix-disable-proxy-in-use = El proxy en uso es { $proxy }.
fix-disable-proxy-linux = GNOME: Configuración → Red → Proxy de la red → Desactivado. KDE: Preferencias del sistema → Red → Proxy → Sin proxy.
fix-disable-proxy-linux-env = En una sesión de terminal el proxy viene del entorno: unset HTTPS_PROXY https_proxy ALL_PROXY all_proxy (y quítalas de ~/.profile o /etc/environment).
fix-disable-proxy-macos = Ajustes del Sistema → Red → tu conexión → Detalles… → Proxies: desactiva todos los proxies y pulsa Aceptar.
fix-disable-proxy-windows = Configuración → Red e Internet → Proxy: desactiva «Usar un servidor proxy» (y «Usar script de configuración», salvo que tu empresa lo necesite).
fix-disable-proxy-extensions = Desactiva también las extensiones de proxy o VPN del navegador (aparecen en su barra de herramientas).
fix-disable-proxy-reload = Vuelve a cargar { $host }. En una red de empresa, consulta al departamento de informática antes de saltarte su proxy.

fix-restart-router-title = Reinicia el router para obtener una dirección nueva
fix-restart-router-unplug = Desenchufa el router (y el módem, si es un aparato aparte) de la corriente. Reiniciarlo desde su página web o su aplicación suele mantener la misma dirección.
fix-restart-router-wait = Espera al menos 5 minutos: muchos proveedores solo asignan una dirección nueva cuando ha caducado la concesión de la anterior. Algunos necesitan 30 minutos o más.
fix-restart-router-order = Enchufa primero el módem y espera a que tenga conexión; después, el router.
fix-restart-router-check = blockwatch comprueba de nuevo cuando vuelve la conexión y te dice si tu dirección pública ha cambiado. Si no, tienes una dirección fija o compartida con otros clientes (CGNAT): reiniciar no servirá; usa otra red o contacta con tu proveedor.

fix-use-other-network-title = Prueba con otra red
fix-use-other-network-hotspot = Activa el punto de acceso de tu móvil (con el Wi-Fi del móvil desactivado, para que use los datos móviles) y conecta este ordenador a él.
fix-use-other-network-open = Abre { $host }. Si ahí funciona, el bloqueo es de la dirección de tu red habitual, no de este ordenador.
fix-use-other-network-keep = Sigue usando la otra red mientras pides a tu proveedor una dirección nueva.
fix-use-other-network-open-network = Abre { $host }. Si ahí funciona, lo que lo impide está en tu red habitual, no en este ordenador.
fix-use-other-network-keep-network = Sigue usando la otra red hasta que { $host } vuelva a funcionar en tu red habitual.

fix-contact-isp-title = Pide a tu proveedor de internet una dirección nueva
fix-contact-isp-tell = { $ip ->
    [none] { $code ->
        [none] Dile a tu proveedor que los sitios web protegidos por Cloudflare (como { $host }) rechazan tu dirección pública.
       *[other] Dile a tu proveedor que los sitios web protegidos por Cloudflare (como { $host }) rechazan tu dirección pública con el error { $code }.
    }
   *[other] { $code ->
        [none] Dile a tu proveedor que los sitios web protegidos por Cloudflare (como { $host }) rechazan tu dirección pública { $ip }.
       *[other] Dile a tu proveedor que los sitios web protegidos por Cloudflare (como { $host }) rechazan tu dirección pública { $ip } con el error { $code }.
    }
}
fix-contact-isp-ask = Pide una dirección dinámica nueva, o que te saquen del CGNAT (una dirección compartida) si estás en él.
fix-contact-isp-static = Si pagas por una dirección fija, pide otra distinta: la actual está en una lista de bloqueo.
fix-contact-isp-geolocation = Si el sitio te sitúa en un país equivocado, pide al proveedor que corrija la geolocalización de su rango de direcciones.

fix-clear-browser-data-title = Borra los datos del navegador de { $host } y openai.com
fix-clear-browser-data-chrome = Chrome: Configuración → Privacidad y seguridad → Cookies de terceros → Ver todos los permisos y datos de sitios; busca «{ $host }» y «openai.com» y elimina ambos.
fix-clear-browser-data-firefox = Firefox: Ajustes → Privacidad & Seguridad → Cookies y datos del sitio → Administrar datos…; busca «chatgpt» y «openai», pulsa «Eliminar seleccionados» y luego «Guardar cambios».
fix-clear-browser-data-edge = Edge: Configuración → Cookies y permisos del sitio → Administrar y eliminar cookies y datos del sitio → Ver todas las cookies y los datos del sitio; busca y elimina ambos sitios.
fix-clear-browser-data-safari = Safari: Ajustes → Privacidad → Gestionar datos de sitios web…; busca «chatgpt» y «openai», pulsa «Eliminar» y luego «OK».
fix-clear-browser-data-reopen = Cierra todas las pestañas de { $host }, vuelve a abrirlo e inicia sesión.

fix-disable-extensions-title = Desactiva las extensiones del navegador
fix-disable-extensions-private = { $safari ->
    [yes] Abre { $host } en una ventana privada (Ctrl+Mayús+N en Chrome y Edge, Ctrl+Mayús+P en Firefox, ⌘⇧N en Safari): ahí las extensiones están desactivadas.
   *[no] Abre { $host } en una ventana privada (Ctrl+Mayús+N en Chrome y Edge, Ctrl+Mayús+P en Firefox): ahí las extensiones están desactivadas.
}
fix-disable-extensions-list = Si ahí funciona, abre la lista de extensiones (chrome://extensions, about:addons, edge://extensions) y desactívalas de una en una.
fix-disable-extensions-suspects = Empieza por las sospechosas: extensiones de VPN y proxy, bloqueadores de anuncios y scripts, cambiadores de user-agent, herramientas de privacidad y contra la huella digital.
fix-disable-extensions-reload = Vuelve a cargar { $host } después de cada una; deja desactivada la que causaba el bloqueo.

fix-check-browser-permissions-title = Permite JavaScript y cookies para { $host }
fix-check-browser-permissions-chrome = Chrome y Edge: en { $host }, haz clic en el icono a la izquierda de la dirección → Configuración de sitios; pon JavaScript y Cookies en «Permitir».
fix-check-browser-permissions-firefox = Firefox: haz clic en el escudo a la izquierda de la dirección y desactiva la Protección mejorada contra rastreo para este sitio; el modo «Estricta» puede romper las comprobaciones de Cloudflare.
fix-check-browser-permissions-challenges = Permite también challenges.cloudflare.com si bloqueas los scripts o las cookies de terceros de forma predeterminada.
fix-check-browser-permissions-clock = Comprueba que la fecha, la hora y la zona horaria de este ordenador son correctas: con el reloj mal, las comprobaciones de seguridad fallan.

fix-wait-rate-limit-title = { $duration ->
    [none] Espera unos minutos antes de volver a intentarlo
   *[other] Espera { $duration } antes de volver a intentarlo
}
fix-wait-rate-limit-stop = Deja de recargar la página: cada recarga alarga el límite.
fix-wait-rate-limit-scripts = Cierra los scripts, extensiones u otras pestañas que envían solicitudes a ChatGPT automáticamente.
fix-wait-rate-limit-check = blockwatch comprueba de nuevo tras la espera y te avisa cuando vuelvas a tener acceso.

fix-wait-outage-title = Espera a que OpenAI solucione la caída
fix-wait-outage-nothing = No tienes que cambiar nada por tu parte: borrar cookies o cambiar de red no servirá.
fix-wait-outage-follow = Sigue el avance en { $url }.
fix-wait-outage-check = blockwatch sigue comprobando y te avisa cuando ChatGPT vuelva.

fix-check-status-page-title = Consulta la página de estado de OpenAI
fix-check-status-page-open = Abre { $url } y mira «Conversations».
fix-check-status-page-incident = Si hay un incidente abierto, espera a que se resuelva; blockwatch te avisa cuando ChatGPT vuelva a responder con normalidad.

fix-sign-in-network-title = Inicia sesión en esta red
fix-sign-in-network-neverssl = Abre http://neverssl.com (una página http sencilla) en tu navegador: en su lugar aparece la página de inicio de sesión de la red.
fix-sign-in-network-terms = Acepta las condiciones o escribe el código que te dieron (número de habitación, ticket, bono).
fix-sign-in-network-linux = GNOME y KDE también muestran una notificación «Iniciar sesión en la red» cuando detectan una página así.
fix-sign-in-network-macos = macOS suele abrir la ventana de inicio de sesión por sí solo; si no, apaga y vuelve a encender el Wi-Fi.
fix-sign-in-network-windows = Windows suele abrir la página de inicio de sesión por sí solo; si no, haz clic en el icono de red y elige «Abrir explorador y conectar».
fix-sign-in-network-reload = Vuelve a cargar { $host }; blockwatch comprueba de nuevo en cuanto cambia la red.

fix-check-connection-title = Comprueba tu conexión a internet
fix-check-connection-wifi = Comprueba que el Wi-Fi está activado y conectado, o que el cable está enchufado.
fix-check-connection-other-site = Abre otra web. Si no carga nada, reinicia el Wi-Fi de este ordenador y después el router.
fix-check-connection-linux = En un terminal, `ping -c 3 1.1.1.1` indica si internet responde; `nmcli device` muestra el estado de la conexión.
fix-check-connection-macos = En Terminal, `ping -c 3 1.1.1.1` indica si internet responde.
fix-check-connection-windows = Configuración → Red e Internet → Solucionador de problemas de red encuentra los problemas habituales.
fix-check-connection-offline = blockwatch no dice nada mientras no tienes conexión y comprueba de nuevo en cuanto vuelve la red.

fix-update-browser-title = Actualiza tu navegador
fix-update-browser-about = Chrome: Menú → Ayuda → Información de Google Chrome; Edge: Configuración → Acerca de Microsoft Edge; Firefox: Menú → Ayuda → Acerca de Firefox. Cada uno se actualiza ahí solo; después, reinícialo.
fix-update-browser-switchers = Desactiva los cambiadores de user-agent y los ajustes contra la huella digital: Cloudflare rechaza los navegadores que no parecen lo que dicen ser.
fix-update-browser-reload = Vuelve a cargar { $host }.

## ---------------------------------------------------------------- fix page

page-title = blockwatch: acceso a ChatGPT
page-what-happened = Qué está pasando
page-what-to-do = Qué hacer, en este orden
page-evidence = Lo que midió blockwatch
page-next = Lo que hará blockwatch a continuación
page-browser-heading = Si tu navegador sigue mostrando «Access denied»
page-browser-intro = blockwatch llega a ChatGPT desde este ordenador, así que lo que queda depende del navegador. Prueba esto, en orden:
page-details = Detalles técnicos
page-checked = Comprobado: { $time }
page-footer = Esta página la generó blockwatch en tu ordenador; no se envió nada a ninguna parte. Ejecuta `blockwatch fix` para volver a abrirla.
page-detail-verdict = veredicto
page-detail-cause = causa
page-detail-http-status = estado HTTP
page-detail-cloudflare-error = error de Cloudflare
page-detail-ray-id = Ray ID
page-detail-public-ipv4 = IPv4 pública
page-detail-public-ipv6 = IPv6 pública
page-detail-location = ubicación

next-healthy = blockwatch sigue comprobando cada pocos minutos y en cuanto cambia tu red, y te avisa si ChatGPT se bloquea.
next-vpn-or-proxy = blockwatch comprueba de nuevo en cuanto cambia tu red, así que en segundos sabrás si desconectar o cambiar de servidor ha funcionado.
next-public-ip-blocked = blockwatch comprueba de nuevo en cuanto cambia tu red y consulta tu dirección pública: sabrás si reiniciar el router te dio una dirección nueva y si eso lo solucionó.
next-location-unsupported = blockwatch comprueba de nuevo cuando cambia tu red y te avisa cuando ChatGPT acepte tu conexión.
next-rate-limited = blockwatch espera lo que pide el sitio, luego comprueba de nuevo y te avisa cuando vuelvas a tener acceso.
next-outage = blockwatch sigue comprobando cada pocos minutos y te avisa cuando ChatGPT vuelva.
next-sign-in = blockwatch comprueba de nuevo en cuanto cambia tu red, por ejemplo después de iniciar sesión.
next-no-connection = blockwatch no dice nada mientras no tienes conexión y comprueba de nuevo en cuanto vuelve tu red.
next-other = blockwatch comprueba de nuevo en unos minutos y en cuanto cambia tu red.
next-browser-side = blockwatch sigue vigilando la conexión; los pasos del navegador de arriba te tocan a ti.

## ---------------------------------------------------------------- tray menu

menu-check-now = Comprobar ahora
menu-browser-blocked = Mi navegador sigue mostrando Access denied
menu-pause = Pausar 1 hora
menu-resume = Reanudar
menu-autostart = Abrir al iniciar sesión
menu-history = Abrir historial
menu-quit = Salir
tray-paused-until = En pausa hasta las { $time }
tray-offline = Sin conexión de red
tray-checking = Comprobando ChatGPT…
tray-reachable = ChatGPT accesible
tray-vpn-blocked = { $code ->
    [none] ChatGPT bloquea tu VPN
   *[other] ChatGPT bloquea tu VPN (error { $code })
}
tray-proxy-blocked = { $code ->
    [none] ChatGPT bloquea tu proxy
   *[other] ChatGPT bloquea tu proxy (error { $code })
}
tray-address-blocked = { $code ->
    [none] ChatGPT bloquea tu dirección
   *[other] ChatGPT bloquea tu dirección (error { $code })
}
tray-location-unsupported = { $location ->
    [none] ChatGPT no está disponible desde aquí
   *[other] ChatGPT no está disponible desde { $location }
}
tray-rate-limited = { $code ->
    [none] Límite de solicitudes de ChatGPT
   *[other] Límite de solicitudes de ChatGPT (error { $code })
}
tray-probe-refused = { $code ->
    [none] Cloudflare rechazó la comprobación
   *[other] Cloudflare rechazó la comprobación (error { $code })
}
tray-outage = ChatGPT está caído
tray-sign-in = Inicia sesión en esta red
tray-unreachable = ChatGPT inaccesible
tray-intercepted = Conexión con ChatGPT interceptada
tray-error = ChatGPT respondió con un error
tray-label-paused = En pausa
tray-label-offline = Sin conexión
tray-label-blocked = ChatGPT bloqueado
tray-ip = { $location ->
    [none] IP pública: { $ips }
   *[other] IP pública: { $ips } ({ $location })
}
tray-ip-unknown = IP pública: desconocida
tray-vpn = VPN: { $vpn }
tray-vpn-on = VPN: activada
tray-vpn-unknown = VPN: desconocida
tray-vpn-off-unused = VPN: desactivada ({ $interface } activa, no se usa para ChatGPT)
tray-vpn-off = VPN: desactivada
tray-checking-now = Comprobando…
tray-last-check = Última comprobación: { $time }
tray-last-check-never = Última comprobación: todavía ninguna

## ---------------------------------------------------------------- first start, no tray
intro-title = blockwatch ya vigila ChatGPT
intro-body = Ahora mismo: { $state }. Su icono muestra cómo responde ChatGPT; si ChatGPT te rechaza, una notificación como esta te dirá cómo solucionarlo.
no-tray-title = blockwatch funciona sin icono en la bandeja
no-tray-body = { $remedy ->
    [gnome-enable] Tu escritorio no muestra iconos en la bandeja. blockwatch sigue vigilando ChatGPT (ahora mismo: { $state }) y te avisará aquí si algo va mal. Para ver su icono, activa «AppIndicator and KStatusNotifierItem Support» en Extensiones, o ejecuta `gnome-extensions enable appindicatorsupport@rgcjonas.gmail.com`.
    [gnome-install] Tu escritorio no muestra iconos en la bandeja. blockwatch sigue vigilando ChatGPT (ahora mismo: { $state }) y te avisará aquí si algo va mal. Para ver su icono, instala la extensión AppIndicator (`sudo apt install gnome-shell-extension-appindicator`), cierra la sesión, vuelve a entrar y actívala en Extensiones.
   *[other] Tu escritorio no muestra iconos en la bandeja. blockwatch sigue vigilando ChatGPT (ahora mismo: { $state }) y te avisará aquí si algo va mal. Para ver su icono, añade una bandeja del sistema (área de notificación) a tu panel.
}

## ---------------------------------------------------------------- history

history-start = blockwatch iniciado
history-stop = blockwatch detenido
history-check = { $status ->
    [none] { $code ->
        [none] comprobación: { $label } ({ $cause })
       *[other] comprobación: { $label } ({ $cause }), error { $code }
    }
   *[other] { $code ->
        [none] comprobación: { $label } ({ $cause }), HTTP { $status }
       *[other] comprobación: { $label } ({ $cause }), HTTP { $status }, error { $code }
    }
}
history-public-ip-changed = la dirección pública cambió: { $old } → { $new }
history-public-ip = dirección pública: { $new }
history-vpn-on = { $vpn ->
    [none] VPN activada: desconocida
   *[other] VPN activada: { $vpn }
}
history-vpn-off = VPN desactivada (el tráfico a ChatGPT va directo)
history-notified = notificado: { $title } — { $body }
history-offline = se perdió la red
history-online = volvió la red
history-paused = pausado por el usuario
history-resumed = reanudado
history-config-reloaded = configuración recargada
history-config-not-reloaded = configuración no recargada, se mantiene la anterior: { $error }

## ---------------------------------------------------------------- check report

report-verdict = { $status ->
    [none] { $code ->
        [none] { $what }
       *[other] { $what }, error { $code }
    }
   *[other] { $code ->
        [none] { $what }, HTTP { $status }
       *[other] { $what }, HTTP { $status }, error { $code }
    }
}
report-label-verdict = Veredicto:
report-label-cause = Causa:
report-label-families = Familias:
report-label-router = Router:
report-what-to-do = Qué hacer
report-evidence = Pruebas

## ---------------------------------------------------------------- command line

cli-already-running = { $pid ->
    [none] blockwatch ya está en marcha y sigue vigilando; no hay nada más que iniciar.
   *[other] blockwatch ya está en marcha (pid { $pid }) y sigue vigilando; no hay nada más que iniciar.
}
cli-history-unreadable = No se pudo leer el historial de { $path }: no contiene ningún registro escrito por blockwatch. Aparta el archivo (`blockwatch run` empieza uno nuevo).
cli-history-empty = Todavía no hay historial ({ $path } está vacío): `blockwatch run` anota ahí lo que ve.
autostart-disabled = desactivado: blockwatch no se inicia al iniciar sesión
autostart-enabled = activado: { $ways }
autostart-way = { $method ->
    [xdg] entrada de inicio automático XDG { $path }
    [systemd] unidad de usuario de systemd { $path }
    [launch-agent] LaunchAgent { $path }
    [xdg-system] entrada de inicio automático XDG de todo el sistema { $path }
   *[run-key] clave Run { $path }
}
autostart-disabled-system = desactivado: blockwatch no se inicia al iniciar sesión (la entrada de todo el sistema { $path } está desactivada para ti)
autostart-disabled-startup-apps = desactivado: blockwatch no se inicia al iniciar sesión (su entrada { $path } está desactivada en Aplicaciones de arranque del Administrador de tareas; `blockwatch autostart enable` o «Abrir al iniciar sesión» la vuelve a activar)
cli-warning = aviso: { $warning }
cli-textfile-unwritable = no se puede escribir el archivo de métricas { $path } ({ $error }): da permiso de escritura en { $dir } a este usuario (consulta el README, sección Metrics); blockwatch sigue funcionando sin él
cli-config-error = error de configuración: { $error }
cli-cannot-create = no se puede crear { $path }: { $error }
cli-cannot-lock = no se puede obtener el bloqueo { $path }: { $error }
cli-cannot-open-browser = no se puede abrir un navegador ({ $error }); abre el archivo de arriba
cli-autostart-failed = no se pudo cambiar el inicio al iniciar sesión: { $error }
cli-cannot-write = no se puede escribir { $path }: { $error }
cli-cannot-set-up-http = no se puede configurar HTTP: { $error }
cli-cannot-start-monitor = no se puede iniciar la vigilancia: { $error }

## ---------------------------------------------------------------- configuration errors
config-error-place = { $line ->
    [none] { $key ->
        [none] { $path }
       *[other] { $path }, clave `{ $key }`
    }
   *[other] { $key ->
        [none] { $path }, línea { $line }
       *[other] { $path }, línea { $line }, clave `{ $key }`
    }
}
config-error-at = { $place }: { $problem }
config-problem-unreadable = { $error }
config-problem-too-large = el archivo ocupa más de 1 MiB; una configuración son unas pocas líneas
config-problem-not-utf8 = el archivo no es texto UTF-8 válido; guárdalo como texto UTF-8
config-problem-nested = las claves o los valores están anidados demasiado
config-problem-toml = error de sintaxis TOML: { $detail }
config-problem-duration = duración no válida "{ $value }" ({ $detail }); escríbela como "5m", "90s" o "1h"
config-problem-url = URL no válida "{ $value }": { $detail }
config-problem-url-not-http = URL no válida "{ $value }": solo se admiten http:// y https://
config-problem-url-no-host = URL no válida "{ $value }": no tiene nombre de servidor
config-problem-probe-interval = debe ser al menos 10s: comprobar más a menudo provoca justo el bloqueo que blockwatch vigila
config-problem-ip-interval = debe ser al menos 10s
config-problem-timeout = debe estar entre 1s y 9s (una comprobación termina en 10 s)
config-problem-no-echo-urls = necesita al menos una URL
config-problem-empty-user-agent = no puede estar vacío
config-problem-user-agent-control = contiene un carácter de control (como un salto de línea o NUL) que una cabecera HTTP no puede llevar
config-problem-reminder = debe ser al menos 10m, o "off": un recordatorio más corto repetiría el aviso en casi cada nueva comprobación
config-problem-language = debe ser uno de: { $choices }
config-problem-budget = debe ser al menos 2 (un bloqueo se confirma con una segunda comprobación)
config-problem-textfile-relative = debe ser una ruta absoluta
config-problem-textfile-not-prom = debe terminar en .prom (el recolector textfile de node_exporter solo lee archivos *.prom)
config-problem-client = { $error }
config-header-file = # configuración de blockwatch { $version }, de { $path }
config-header-defaults = { $path ->
    [none] # configuración de blockwatch { $version }, valores predeterminados (no hay carpeta de configuración)
   *[other] # configuración de blockwatch { $version }, valores predeterminados (no hay archivo en { $path })
}
tray-problem-gtk = no se puede iniciar GTK: { $error }
tray-problem-no-appindicator = falta la biblioteca AppIndicator (instala libayatana-appindicator3-1)
tray-problem-helper-missing = { $path } no está instalado
tray-problem-helper-failed = no se puede iniciar { $path }: { $error }
tray-problem-not-started = no se pudo iniciar el icono de la bandeja
tray-problem-icon = no se puede mostrar el icono: { $error }
cli-no-tray = sin icono en la bandeja ({ $why }); sigue funcionando sin él
start-problem-signals = no se pueden vigilar las señales de parada y recarga: { $error }
cli-unknown-language = idioma desconocido "{ $value }" (opciones: { $choices })

cli-about = Te dice por qué ChatGPT muestra «Access denied» y qué lo soluciona
cli-help-config = Leer la configuración de ARCHIVO en lugar de la ubicación predeterminada.
cli-help-verbose = Más registro en stderr (-v info, -vv debug); RUST_LOG tiene prioridad.
cli-help-lang = El idioma de los mensajes: auto (el del escritorio), en, zh-CN, ru, fa, es, tr.
cli-help-run = Vigilar en segundo plano y avisar con la solución (predeterminado).
cli-help-run-headless = Sin icono en la bandeja: cada evento como una línea JSON en stdout.
cli-help-check = Comprobar una vez: si ChatGPT está bloqueado, por qué y qué lo soluciona.
cli-help-check-json = Imprimir un objeto JSON en lugar del informe.
cli-help-check-browser-blocked = Tu navegador sigue mostrando el bloqueo: diagnosticar también el lado del navegador.
cli-help-config-cmd = Mostrar la configuración efectiva y de dónde viene.
cli-help-fix = Abrir en el navegador los pasos para el diagnóstico actual o, con --do, aplicar la primera solución que blockwatch puede hacer por sí mismo.
cli-help-fix-browser-blocked = Tu navegador sigue mostrando el bloqueo: mostrar los pasos del navegador.
cli-help-fix-do = Aplicar la solución (desconectar la VPN, reconectar el router) después de decir qué pasará y preguntar; luego comprobar de nuevo.
cli-help-fix-yes = No preguntar (necesario cuando no hay un terminal donde preguntar).
cli-help-fix-json = Imprimir un objeto JSON: el resultado de la acción y la comprobación posterior.
cli-help-autostart = Iniciar blockwatch al iniciar sesión (o dejar de hacerlo).
cli-help-history = Mostrar lo que blockwatch vio e hizo, de lo más antiguo a lo más reciente.
cli-help-history-json = Las líneas JSON sin procesar.
cli-help-history-lines = Solo las últimas N entradas.
cli-help-autostart-enable = Abrir al iniciar sesión: una entrada de inicio automático XDG (Linux), un LaunchAgent (macOS), la clave Run (Windows).
cli-help-autostart-enable-systemd = Linux: en su lugar, una unidad de usuario de systemd ligada a la sesión gráfica.
cli-help-autostart-disable = No iniciar al iniciar sesión.
cli-help-autostart-status = Decir si blockwatch se inicia al iniciar sesión y cómo.
cli-help-usage = Uso:
cli-help-commands = Comandos
cli-help-options = Opciones
cli-help-arguments = Argumentos
cli-help-flag-help = Mostrar la ayuda
cli-help-flag-version = Mostrar la versión
cli-help-help-command = Mostrar esta ayuda o la del comando indicado
cli-help-help-command-arg = El comando cuya ayuda mostrar
cli-value-file = ARCHIVO
cli-value-lang = IDIOMA
cli-value-count = N
cli-value-command = COMANDO
cli-value-options = OPCIONES
cli-exit-status = Estado de salida: 0 todo bien (o la orden se completó), 1 se encontró un problema (o el servicio no pudo iniciarse, p. ej. porque ya está en marcha), 2 error de uso o de configuración.

## ---------------------------------------------------------------- browsers
## Lo que blockwatch encuentra dentro de los navegadores (issue 8): extensiones de VPN
## y proxy, la VPN integrada o el proxy configurado en un navegador. $browser es el
## nombre del producto («Chrome», «Firefox», «Opera»), $profile el nombre del perfil
## tal como lo muestra el navegador («Default», «Profile 2») y $name el de la extensión
## («Hola VPN»): se copian sin cambios.

evidence-browser-extension-proxy = { $proxy ->
    [none] { $name } está activada en { $browser } (perfil { $profile }) y controla su proxy
   *[other] { $name } está activada en { $browser } (perfil { $profile }) y controla su proxy ({ $proxy })
}
evidence-browser-extension-pac = { $name } está activada en { $browser } (perfil { $profile }) y controla su proxy (script { $url })
evidence-browser-extension = { $name } está activada en { $browser } (perfil { $profile })
evidence-browser-builtin-vpn = la VPN integrada de { $browser } está activada en { $browser } (perfil { $profile })
evidence-browser-doh = { $uri ->
    [none] { $browser } (perfil { $profile }) resuelve los nombres mediante DNS over HTTPS
   *[other] { $browser } (perfil { $profile }) resuelve los nombres mediante DNS over HTTPS ({ $uri })
}
evidence-browser-proxy-server = { $browser } (perfil { $profile }) envía el tráfico web a través del proxy { $proxy }
evidence-browser-proxy-pac = { $url ->
    [none] { $browser } (perfil { $profile }) toma su proxy de un script de configuración automática de proxy
   *[other] { $browser } (perfil { $profile }) toma su proxy del script { $url }
}
evidence-browser-proxy-auto-detect = { $browser } (perfil { $profile }) busca un proxy en la red (detección automática)
evidence-browser-findings = encontrado en tus navegadores (cambia la forma en que solo ese navegador llega al sitio): { $findings }
list-join = { $list }; { $item }
evidence-browser-works = indicas que { $host } funciona en tu navegador: lo que se rechaza es la propia petición de blockwatch, no a ti ni a tu red

headline-browser-extension = { $browser ->
    [none] Una extensión del navegador cambia tu dirección para ChatGPT
   *[other] { $name } en { $browser } cambia tu dirección para ChatGPT
}
headline-browser-proxy = { $browser ->
    [none] Tu navegador envía el tráfico de ChatGPT a través de un proxy o una VPN
   *[other] { $browser } envía el tráfico de ChatGPT a través de un proxy o una VPN
}
explain-browser-vpn = { $finding ->
    [none] Desde este ordenador { $host } responde con normalidad, así que tu propia dirección no está bloqueada. Tu navegador no usa esa dirección: una VPN o un proxy dentro del navegador lleva su tráfico, así que { $host } ve la dirección de un servidor VPN o proxy y la rechaza.
   *[other] Desde este ordenador { $host } responde con normalidad, así que tu propia dirección no está bloqueada. Tu navegador no usa esa dirección: { $finding }, así que { $host } ve la dirección de un servidor VPN o proxy y la rechaza.
}
tray-browser-vpn-refused = ChatGPT accesible; se rechaza la VPN o el proxy de tu navegador

notify-fix-disable-browser-extension = { $browser ->
    [none] Desactiva las extensiones de VPN y proxy de tu navegador.
   *[other] Desactiva { $name } en { $browser } (perfil { $profile }).
}
notify-fix-disable-browser-proxy = { $browser ->
    [none] Desactiva el proxy o la VPN de tu navegador.
   *[other] Desactiva el proxy o la VPN en { $browser } (perfil { $profile }).
}

fix-disable-browser-extension-title = Desactiva { $name } en { $browser } (perfil { $profile })
fix-disable-browser-extension-open = En { $browser }, en el perfil { $profile }, abre { $page } (escríbelo en la barra de direcciones).
fix-disable-browser-extension-switch = Busca { $name } y desactívala. Para conservarla en otros sitios, abre Detalles → Acceso al sitio → «En sitios específicos» y deja { $host } fuera.
fix-disable-browser-extension-switch-firefox = Busca { $name } y desactívala. Para conservarla en otros sitios, abre … → Administrar → Permisos y quítale el acceso a { $host }.
fix-disable-browser-extension-proxy = { $name } configura el proxy de { $browser }: pausarla en su propio menú de la barra de herramientas no basta mientras siga controlando el proxy.
fix-disable-browser-extension-reload = Vuelve a cargar { $host }. Si sigue rechazado, ejecuta de nuevo `blockwatch check --browser-blocked`: busca cualquier otra cosa en tus navegadores.

fix-disable-browser-vpn-title = Desactiva la VPN de { $browser } (perfil { $profile })
fix-disable-browser-vpn-badge = Haz clic en el distintivo VPN a la izquierda de la barra de direcciones de { $browser } y desactiva la VPN.
fix-disable-browser-vpn-settings = O abre Configuración ({ $shortcut }) → Privacidad y seguridad → VPN y desactiva «Habilitar VPN».
fix-disable-browser-vpn-reload = Vuelve a cargar { $host }: ahora ve tu propia dirección en lugar de la de la VPN.
fix-disable-browser-proxy-title = Desactiva el proxy en { $browser } (perfil { $profile })
fix-disable-browser-proxy-in-use = El proxy en uso es { $proxy }.
fix-disable-browser-proxy-firefox = En Firefox, perfil { $profile }: Ajustes → General → Configuración de red → Configuración…
fix-disable-browser-proxy-firefox-choose = Elige «Usar la configuración de proxy del sistema» (o «Sin proxy») y pulsa Aceptar.
fix-disable-browser-proxy-chromium = En { $browser }, perfil { $profile }: Configuración → Sistema → Abrir la configuración de proxy de tu ordenador, y desactiva el proxy allí.
fix-disable-browser-proxy-flag = Si { $browser } se abrió con una opción de proxy (--proxy-server), ábrelo sin ella.
fix-disable-browser-proxy-reload = Vuelve a cargar { $host }. En una red de empresa, consulta al departamento de informática antes de saltarte su proxy.
fix-browser-vpn-title = Desactiva la VPN o el proxy dentro de tu navegador
fix-browser-vpn-extensions = Abre la lista de extensiones del navegador (chrome://extensions, edge://extensions, about:addons) y desactiva las extensiones de VPN y proxy.
fix-browser-vpn-proxy = En la configuración de red o de proxy del navegador, elige la configuración del sistema o sin proxy.
fix-browser-vpn-reload = Vuelve a cargar { $host }.

action-browser-works = ChatGPT funciona en mi navegador
page-works-heading = ¿ChatGPT funciona en tu navegador?
page-works-text = Entonces el sitio solo rechaza la propia petición de blockwatch. Díselo a blockwatch: elige «ChatGPT funciona en mi navegador» en su menú de la bandeja o en la notificación (o ejecuta `blockwatch check --browser-works`). A partir de ahí muestra este bloqueo como correcto y no vuelve a avisar de él hasta que cambien tu dirección, tu VPN o la respuesta.

history-browser-blocked = dijiste: mi navegador sigue mostrando Access denied
history-browser-works = { $code ->
    [none] { $address ->
        [none] dijiste: ChatGPT funciona en mi navegador; este bloqueo ({ $cause }) se toma como propio de blockwatch y no se vuelve a notificar
       *[other] dijiste: ChatGPT funciona en mi navegador; este bloqueo ({ $cause }, dirección { $address }) se toma como propio de blockwatch y no se vuelve a notificar
    }
   *[other] { $address ->
        [none] dijiste: ChatGPT funciona en mi navegador; este bloqueo ({ $cause }, error { $code }) se toma como propio de blockwatch y no se vuelve a notificar
       *[other] dijiste: ChatGPT funciona en mi navegador; este bloqueo ({ $cause }, error { $code }, dirección { $address }) se toma como propio de blockwatch y no se vuelve a notificar
    }
}
history-browser-works-no-block = dijiste: ChatGPT funciona en mi navegador (no había ningún bloqueo entonces)
history-probe-only-forgotten = { $why ->
    [address] «funciona en mi navegador» ya no se aplica: cambió la dirección que ve el sitio
    [vpn] «funciona en mi navegador» ya no se aplica: cambió la VPN
   *[verdict] «funciona en mi navegador» ya no se aplica: cambió la respuesta
}
cli-help-check-browser-works = ChatGPT funciona en tu navegador: lo rechazado es la propia petición de blockwatch.

## ---------------------------------------------------------------- filtros y familias de direcciones (IPv4/IPv6)

verdict-dns-blocked = un filtro DNS respondió en lugar del sitio
verdict-filtered = un filtro de la red respondió en lugar del sitio
verdict-filtered-gateway = algo en el camino respondió en lugar del sitio

headline-dns-filtered = Un filtro DNS bloquea { $host }
headline-network-filter = { $vendor ->
    [none] Esta red bloquea { $host }
   *[other] { $vendor } bloquea { $host } en esta red
}
headline-network-gateway = Un dispositivo de esta red no consigue llegar a { $host }
headline-network-national = { $host } está bloqueado por una lista de bloqueo nacional
family-split = ChatGPT rechaza tu dirección { $refused }; { $works } funciona

explain-dns-filtered = { $detail ->
    [none] El servidor DNS que consulta este ordenador dio una respuesta de bloqueo en lugar de las direcciones de ChatGPT, así que el navegador nunca llega a { $host }. Esto lo hace un filtro de tu red: Pi-hole, AdGuard Home, NextDNS, el control parental de un router o una lista de bloqueo de una empresa o un centro educativo. No es Cloudflare ni tu dirección.
   *[other] El servidor DNS que consulta este ordenador dio una respuesta de bloqueo ({ $detail }) en lugar de las direcciones de ChatGPT, así que el navegador nunca llega a { $host }. Esto lo hace un filtro de tu red: Pi-hole, AdGuard Home, NextDNS, el control parental de un router o una lista de bloqueo de una empresa o un centro educativo. No es Cloudflare ni tu dirección.
}
explain-network-filter-reset = La conexión con { $host } se cortó justo cuando se envió su nombre, mientras que otros sitios seguros funcionan. Eso es un filtro que lee el nombre: el cortafuegos de una empresa o un centro educativo, o un bloqueo nacional. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
explain-network-filter-legal = La respuesta fue «451 Unavailable For Legal Reasons» (no disponible por motivos legales) desde un servidor que no es de { $host }: el acceso está bloqueado por ley o por orden en esta red o en este país. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
explain-network-filter-device = Algo en tu red respondió en lugar de { $host } (no es Cloudflare ni una página de inicio de sesión): un cortafuegos, un proxy o un router con filtrado. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
explain-network-filter-gateway = Algo entre este ordenador y { $host } (un proxy, un cortafuegos o el router) respondió con una página de error en lugar del sitio: no consiguió llegar a { $host }. { $host } responde a través de Cloudflare y esta respuesta no vino de allí, así que ChatGPT no está caído: el dispositivo intermedio falla o ha perdido la conexión con el sitio. No es tu dirección; iniciar sesión o borrar las cookies no servirá.
explain-network-filter-national = La respuesta es la página que los proveedores de internet de este país deben mostrar para los sitios bloqueados por ley o por orden de una autoridad, no la de { $host }. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
explain-network-filter-vendor = { $vendor ->
    [none] Un filtro web respondió con su página de bloqueo en lugar de { $host }: quien gestiona esta red lo filtra. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
   *[other] { $vendor } respondió con su página de bloqueo en lugar de { $host }: quien gestiona esta red lo filtra. No es Cloudflare ni tu dirección; iniciar sesión o borrar las cookies no servirá.
}

tray-dns-filtered = ChatGPT bloqueado por un filtro DNS
tray-network-filter = ChatGPT bloqueado por esta red
tray-network-gateway = ChatGPT inaccesible a través de esta red

next-dns-filtered = blockwatch vuelve a consultar los servidores DNS en cada comprobación y en cuanto cambia tu red, y te avisa cuando los nombres de ChatGPT vuelvan a resolverse.
next-network-filter = blockwatch vuelve a comprobar en cuanto cambia tu red, así sabes enseguida si otra red consigue pasar.

dns-nxdomain-zone = «no existe ese nombre» (NXDOMAIN, de la zona de políticas { $zone })
dns-nxdomain-filtered = «no existe ese nombre» (NXDOMAIN, marcada como respuesta filtrada)
dns-nxdomain = «no existe ese nombre» (NXDOMAIN)
dns-nodata = ninguna dirección (NODATA)
dns-refused = un rechazo (REFUSED)
dns-failed = ninguna respuesta ({ $why })
dns-malformed = una respuesta mal formada (no se tiene en cuenta)
dns-not-ours = una respuesta a otra pregunta (no se tiene en cuenta)
dns-truncated = una respuesta cortada (TC)

evidence-dns-answer = { $server ->
    [none] la consulta propia de este ordenador responde a { $name }: { $answer }
   *[other] el servidor DNS { $server } responde a { $name }: { $answer }
}
evidence-dns-answer-control = { $server ->
    [none] la consulta propia de este ordenador responde a { $name } (un nombre sin relación con ChatGPT, para comparar): { $answer }
   *[other] el servidor DNS { $server } responde a { $name } (un nombre sin relación con ChatGPT, para comparar): { $answer }
}
evidence-doh-answer = un resolvedor público por DNS-over-HTTPS responde a { $name }: { $answer }
evidence-dns-resolvers = este ordenador consulta los servidores DNS { $servers }
evidence-ipv6-leak = { $tunnel ->
    [none] { $native ->
        [none] la VPN lleva IPv4, pero IPv6 sale directamente: por IPv6 el sitio ve tu dirección y tu ubicación reales (una fuga de IPv6)
       *[other] la VPN lleva IPv4, pero IPv6 sale directamente (por { $native }): por IPv6 el sitio ve tu dirección y tu ubicación reales (una fuga de IPv6)
    }
   *[other] { $native ->
        [none] la VPN lleva IPv4 (por { $tunnel }), pero IPv6 sale directamente: por IPv6 el sitio ve tu dirección y tu ubicación reales (una fuga de IPv6)
       *[other] la VPN lleva IPv4 (por { $tunnel }), pero IPv6 sale directamente (por { $native }): por IPv6 el sitio ve tu dirección y tu ubicación reales (una fuga de IPv6)
    }
}
evidence-family-sees = por IPv4, { $host } ve la dirección { $ipv4 }; por IPv6, { $ipv6 }

report-verdict-detail = { $line } ({ $detail })
family-results-line = { $first }; { $second }
family-result-line = { $via ->
    [none] { $family }: { $kind }
   *[other] { $family }: { $kind } (por { $via })
}

notify-fix-allow-in-dns-filter = Permite { $host } y openai.com en tu filtro DNS.
notify-fix-ask-network-admin = Pide al administrador de la red que permita { $host }.
notify-fix-ask-network-admin-gateway = Dile al administrador de la red que su proxy o cortafuegos no consigue llegar a { $host }.
notify-fix-fix-ipv6-leak = Activa la protección contra fugas de IPv6 de tu VPN o desactiva IPv6.

fix-allow-in-dns-filter-title = Permite { $host } en tu filtro DNS
fix-allow-in-dns-filter-server-linux = Mira qué servidor DNS consulta este ordenador: `resolvectl status` (systemd-resolved) o `cat /etc/resolv.conf`; con NetworkManager, `nmcli device show | grep DNS`.
fix-allow-in-dns-filter-server-macos = Mira qué servidor DNS consulta este ordenador: `scutil --dns | grep nameserver`, o Ajustes del Sistema → Red → tu conexión → Detalles… → DNS.
fix-allow-in-dns-filter-server-windows = Mira qué servidor DNS consulta este ordenador: `ipconfig /all` («Servidores DNS»), o Configuración → Red e Internet → tu conexión → Asignación de servidor DNS.
fix-allow-in-dns-filter-pihole = Pi-hole: abre su página de administración → Domains (Whitelist en versiones antiguas) → añade como permitidos { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com y oaiusercontent.com; o en Query Log pulsa Allow junto a cada entrada bloqueada.
fix-allow-in-dns-filter-adguard = AdGuard Home: Filters → Custom filtering rules → añade `@@||chatgpt.com^`, `@@||openai.com^`, `@@||oaistatic.com^` y `@@||oaiusercontent.com^` y pulsa Apply; Query Log muestra qué lista lo bloqueó.
fix-allow-in-dns-filter-nextdns = NextDNS: my.nextdns.io → tu configuración → Allowlist → añade { $host }, openai.com, oaistatic.com y oaiusercontent.com; revisa también Parental Control → Websites, Apps & Games.
fix-allow-in-dns-filter-router = Control parental del router (Fritz!Box, eero, Netgear Armor, TP-Link HomeShield, …): abre la app o la página web del router → Control parental / Filtros → el perfil de este dispositivo → quita la categoría «IA» o «Chat» o añade chatgpt.com como permitido. En el centro educativo o en el trabajo, pregunta al administrador.

fix-ask-network-admin-title = Pregunta al administrador de la red
fix-ask-network-admin-on-purpose = Esta red (la de tu empresa, tu centro educativo, una biblioteca o una cafetería) bloquea { $host } a propósito; solo quien la gestiona puede permitirlo.
fix-ask-network-admin-gateway = El dispositivo entre este ordenador y { $host } (un proxy de la empresa, un cortafuegos o el router) no consiguió llegar al sitio; solo quien lo gestiona puede averiguar por qué. Si falla solo unos minutos, blockwatch te avisa cuando vuelva a funcionar.
fix-ask-network-admin-gateway-ask = Pídeles que comprueben que llega a { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com y oaiusercontent.com: su conexión a internet, su servidor de nombres y cualquier inspección de conexiones seguras.
fix-ask-network-admin-tell = { $detail ->
    [none] Cuéntale lo que vio blockwatch: la página o la conexión cortada vino del filtro de la red, no de { $host }.
   *[other] Cuéntale lo que vio blockwatch ({ $detail }): la página o la conexión cortada vino del filtro de la red, no de { $host }.
}
fix-ask-network-admin-ask = Pide que se permitan { $host }, chat.openai.com, openai.com, auth.openai.com, cdn.oaistatic.com y oaiusercontent.com, o pregunta si la organización ofrece ChatGPT de otra forma (un espacio de trabajo de empresa).
fix-ask-network-admin-permission = No intentes saltarte el filtro de una empresa o un centro educativo sin permiso: puede ir contra sus normas.

fix-ipv6-leak-title = Evita que el tráfico IPv6 se salte tu VPN
fix-ipv6-leak-open = Tu VPN solo lleva IPv4, así que { $host } ve tu dirección IPv6 y tu ubicación reales. Abre los ajustes de la app de la VPN.
fix-ipv6-leak-protection = Activa «IPv6 leak protection» / «Block IPv6» (protección contra fugas de IPv6) y el kill switch (NordVPN, Surfshark, Proton VPN, Mullvad, ExpressVPN, PIA y la mayoría de las demás lo tienen en Settings → Connection, Advanced o Kill switch) y vuelve a conectarte.
fix-ipv6-leak-off-linux = O desactiva IPv6 en esta conexión: `nmcli connection modify "<connection>" ipv6.method disabled` y vuelve a conectarte (GNOME: Configuración → Red → la conexión → IPv6 → Desactivar). Con wg-quick, añade en su lugar `::/0` a AllowedIPs del peer.
fix-ipv6-leak-off-macos = O desactiva IPv6 en la conexión: `networksetup -setv6off Wi-Fi` (o "Ethernet"); `networksetup -setv6automatic Wi-Fi` lo vuelve a activar.
fix-ipv6-leak-off-windows = O desactiva IPv6 en el adaptador: Panel de control → Conexiones de red → el adaptador → Propiedades → desmarca «Protocolo de Internet versión 6 (TCP/IPv6)»; o en PowerShell `Disable-NetAdapterBinding -Name "Wi-Fi" -ComponentID ms_tcpip6`.
fix-ipv6-leak-reload = Vuelve a cargar { $host }. blockwatch comprueba de nuevo IPv4 e IPv6 en cuanto cambia la red.
detail-unknown-device = un dispositivo desconocido respondió en lugar de ChatGPT
detail-sni-reset = conexión cortada al ver el nombre
detail-http-451 = HTTP 451 (no disponible por motivos legales)
detail-filter-page = la página de bloqueo de un filtro de red
detail-gateway = un dispositivo intermedio no consiguió llegar al sitio
detail-national-page = una página de bloqueo nacional

## ---------------------------------------------------------------- the router

router-called = { $name ->
    [none] tu router
   *[other] tu router ({ $name })
}
evidence-router-own = { $chance ->
    [likely] { $router } indica la dirección de internet { $wan }, la misma que ve internet: un reinicio puede traer una nueva, y en una línea DSL suele hacerlo
    [unlikely] { $router } indica la dirección de internet { $wan }, la misma que ve internet: un reinicio puede traer una nueva, pero una línea de cable suele conservar la misma dirección
   *[other] { $router } indica la dirección de internet { $wan }, la misma que ve internet: un reinicio puede traer una nueva
}
evidence-router-shared = { $why ->
    [cgnat] { $router } tiene la dirección externa { $wan }, del rango que los proveedores usan para el CGNAT (100.64.0.0/10): el proveedor comparte una misma dirección pública entre varios clientes
    [ds-lite] { $router } indica { $wan }: una línea DS-Lite, cuyo IPv4 pasa por el NAT compartido del proveedor
    [private] { $router } tiene la dirección privada { $wan } en su lado de internet: hay otro router delante (doble NAT)
    [no-public] { $router } dice que no tiene una dirección IPv4 pública propia: la dirección que ve internet es compartida (CGNAT u otro router delante)
   *[different] { $router } indica la dirección de internet { $wan }, pero internet ve { $public }: la dirección es compartida (CGNAT u otro router delante)
}
evidence-router-unknown = { $wan ->
    [none] { $router } respondió, pero sin indicar la dirección de internet que tiene
   *[other] { $router } indica la dirección de internet { $wan }
}
evidence-router-silent = el router no indicó la dirección de internet que tiene (ninguna respuesta por UPnP ni NAT-PMP)
evidence-same-range = tu conexión volvió con una dirección nueva, { $new }, pero del mismo rango que la rechazada { $old } (el mismo /24): las reglas de Cloudflare pueden bloquear un rango entero

explain-shared-address = { $why ->
    [private] Otro router delante del tuyo tiene la dirección pública (doble NAT); reiniciar tu router no la cambiará.
    [different] La dirección que ve internet no es la de tu router, sino una compartida (CGNAT u otro router delante); reiniciar el router no la cambiará.
   *[other] Tu proveedor comparte esta dirección con otros clientes; reiniciar el router no la cambiará.
}
notify-problem-shared = { $why } { $fix }
notify-fix-contact-isp-shared = Pide a tu proveedor de internet una dirección IPv4 pública propia.

fix-restart-router-likely = Tu router indica una línea DSL (PPP): una conexión nueva suele recibir una dirección nueva.
fix-restart-router-unlikely = Tu router indica una línea de cable: los proveedores de cable suelen devolver la misma dirección, o una del mismo rango. Deja el módem apagado una hora o más, o prueba con otra red.
fix-restart-router-own = Tu router tiene la dirección que ve internet, así que un reinicio puede cambiarla.
fix-contact-isp-title-shared = Pide a tu proveedor una dirección IPv4 pública
fix-contact-isp-ask-public = Pide una dirección IPv4 pública propia (también llamada IPv4 dedicada o fija), o que saquen tu línea del CGNAT: muchos proveedores lo hacen a petición, algunos por una pequeña cuota.
fix-contact-isp-router-says = { $wan ->
    [none] Diles lo que indica tu router: no tiene una dirección IPv4 pública propia.
   *[other] Diles lo que indica tu router: la dirección externa del router es { $wan }, no la dirección que ve internet.
}
fix-contact-isp-double-nat = Si delante del tuyo hay un módem del proveedor u otro router, pregunta cómo ponerlo en modo puente, para que tu router reciba la dirección pública.

tray-address-blocked-shared = { $code ->
    [none] ChatGPT bloquea tu dirección compartida
   *[other] ChatGPT bloquea tu dirección compartida (error { $code })
}

notify-same-range-title = Tu dirección nueva está en el mismo rango
notify-same-range-body = La conexión volvió con { $new }, del mismo rango que la rechazada { $old }, y ChatGPT la sigue rechazando: las reglas de Cloudflare pueden bloquear un rango entero. Usa otra red, o pide a tu proveedor una dirección de otro rango.

report-router = { $state ->
    [own] { $name } ({ $protocol }), dirección de internet { $wan }: propia
    [shared] { $wan ->
        [none] { $name } ({ $protocol }), sin dirección pública propia: compartida
       *[other] { $name } ({ $protocol }), dirección de internet { $wan }: compartida
    }
   *[other] { $wan ->
        [none] { $name } ({ $protocol }), sin decir la dirección de internet
       *[other] { $name } ({ $protocol }), dirección de internet { $wan }
    }
}
report-router-unnamed = tu router
report-router-silent = no respondió (ni UPnP ni NAT-PMP)

page-detail-router = router
page-detail-router-wan = dirección de internet del router
page-detail-shared = dirección compartida
page-detail-shared-value = { $shared ->
    [yes] sí: un reinicio no la cambiará
   *[no] no: la tiene el router
}

## ---------------------------------------------------------------- doing the fix

act-button-disconnect = { $vpn ->
    [none] Desconectar { $target }
   *[other] Desconectar { $vpn } ({ $target })
}
act-button-reconnect-router = Reconectar { $router }
act-button-reconnect = Volver a conectar
act-button-confirm = Continuar
act-will = blockwatch hará esto: { $what } (mediante { $via }) y después volverá a comprobar ChatGPT.
act-will-router = Todos en esta red se quedan sin internet hasta un minuto; el router debería volver con una dirección nueva.
act-warning-kill-switch = { $vpn ->
    [none] Atención: el kill switch de la VPN está activado. Al desconectarla, este equipo se queda sin internet hasta que vuelvas a conectar la VPN o desactives su kill switch.
   *[other] Atención: el kill switch de { $vpn } está activado. Al desconectarla, este equipo se queda sin internet hasta que vuelvas a conectar { $vpn } o desactives su kill switch.
}
act-warning-mandatory-vpn = Atención: parece la VPN de un centro de estudios o de una empresa. Puede ser obligatoria: desconéctala solo si tienes permiso.
act-confirm = ¿Continuar? [y/N]
act-yes-answers = y, yes, s, sí, si
act-not-confirmed = No se hizo nada: blockwatch solo puede preguntar en un terminal. Añade --yes para continuar.
act-declined = No se hizo nada.
act-nothing = blockwatch no puede aplicar por sí mismo ninguna de estas soluciones.
act-checking = Comprobando ChatGPT de nuevo…
act-confirm-title = ¿{ $what }?
act-why-no-tunnel = Ningún túnel VPN lleva el tráfico hacia ChatGPT: no hay nada que desconectar.
act-why-needs-root = Solo un administrador puede desactivar este túnel (wg-quick o una configuración manual): sigue los pasos.
act-why-no-controller = No hay ni NetworkManager ni el programa propio de la VPN al que preguntar.
act-why-not-managed = La lista de VPN del sistema no tiene ninguna conexión para este túnel.
act-why-asks-password = El sistema te pedirá tu contraseña.
act-why-not-permitted = El sistema no permite a este usuario desconectar conexiones de red.
act-why-reconnect-off = La reconexión del router está desactivada: para permitirla, pon allow_reconnect = true en la sección [router] de la configuración.
act-why-address-shared = La dirección del router se comparte con otros clientes, o no se sabe si es suya: una reconexión traería la misma dirección.
act-why-router-cannot = El router no ofrece ninguna reconexión que blockwatch pueda pedir.
act-why-unsupported = blockwatch no puede hacer esto en este sistema.
act-result-done = Hecho: { $what }.
act-result-not-permitted = No permitido: el sistema no deja a este usuario desconectar { $target }. Desconéctala desde el menú de red o pregunta a quien administra este equipo.
act-result-auth-failed = No se cambió nada: la petición de contraseña se rechazó o falló. blockwatch no vuelve a preguntar por sí mismo.
act-result-failed = No funcionó: { $via } informó de un error.
act-result-router-refused = { $target } rechazó la reconexión: ofrece la acción pero no la permite. Reinicia el router con su interruptor.
act-result-no-link-back = La conexión a internet no volvió en un minuto.
act-result-same-address = El router volvió con la misma dirección ({ $ip }).
act-result-offline = No se hizo nada: no hay conexión de red.
act-after-works = ChatGPT ya funciona.
act-after-blocked = ChatGPT sigue rechazando esta conexión. Siguiente paso: { $fix }
act-after-unknown = La comprobación posterior no dio una respuesta clara.
act-still-title = ChatGPT sigue rechazando
act-still-body = «{ $what }» no sirvió. Siguiente paso: { $fix }
act-failed-title = No se aplicó la solución
act-resolved-vpn = ChatGPT funciona desde que se desconectó { $vpn }.
act-resolved-router = ChatGPT funciona desde que el router se reconectó.
history-action = { $undo ->
    [yes] pediste volver a conectar { $target } ({ $via }): { $result }
   *[no] { $fix ->
        [restart_router] pediste reconectar el router { $target } ({ $via }): { $result }
       *[other] pediste desconectar { $target } ({ $via }): { $result }
    }
}
history-action-result = { $result ->
    [done] hecho
    [refused] rechazado
    [failed] falló
   *[other] no es posible
}
report-can-do = blockwatch puede hacerlo por ti: ejecuta `blockwatch fix --do` ({ $target }).
