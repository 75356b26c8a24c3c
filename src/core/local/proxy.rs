//! Which proxy the environment sets for the target (as curl and reqwest
//! read it), with credentials removed before it is ever shown.

/// `var` looks an environment variable up (the caller reads the real one).
pub fn proxy_for(url: &url::Url, var: impl Fn(&str) -> Option<String>) -> Option<String> {
    let get = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| var(n).filter(|v| !v.trim().is_empty()))
    };
    let host = url.host_str().unwrap_or_default().trim_matches(['[', ']']);
    if let Some(no) = get(&["NO_PROXY", "no_proxy"]) {
        let excluded = no.split(',').map(str::trim).any(|e| {
            let e = e.trim_start_matches('.');
            e == "*" || (!e.is_empty() && (host == e || host.ends_with(&format!(".{e}"))))
        });
        if excluded {
            return None;
        }
    }
    let raw = match url.scheme() {
        "https" => get(&["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]),
        _ => get(&["http_proxy", "HTTP_PROXY", "ALL_PROXY", "all_proxy"]),
    }?;
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    match url::Url::parse(&with_scheme) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            Some(u.as_str().trim_end_matches('/').to_string())
        }
        Err(_) => Some("(unparsable proxy setting)".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn picks_the_scheme_variable_and_hides_credentials() {
        let u = url::Url::parse("https://chatgpt.com/").unwrap();
        assert_eq!(
            proxy_for(
                &u,
                env(&[("https_proxy", "http://bob:secret@proxy.corp:3128")])
            ),
            Some("http://proxy.corp:3128".into())
        );
        assert_eq!(proxy_for(&u, env(&[("http_proxy", "http://p:1")])), None);
        assert_eq!(
            proxy_for(&u, env(&[("ALL_PROXY", "socks5://p:1080")])),
            Some("socks5://p:1080".into())
        );
        assert_eq!(proxy_for(&u, env(&[])), None);
    }

    #[test]
    fn no_proxy_excludes() {
        let u = url::Url::parse("https://chatgpt.com/").unwrap();
        let e = [
            ("HTTPS_PROXY", "p:1"),
            ("NO_PROXY", "localhost,.chatgpt.com"),
        ];
        assert_eq!(proxy_for(&u, env(&e)), None);
        let e = [("HTTPS_PROXY", "p:1"), ("NO_PROXY", "openai.com")];
        assert_eq!(proxy_for(&u, env(&e)), Some("http://p:1".into()));
    }
}
