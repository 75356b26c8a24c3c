//! Bodies that are data, not pages: Cloudflare's RFC 9457 problem details
//! (JSON or Markdown front matter) and OpenAI's own region refusal.

use super::parse_cf_ray;

pub(super) struct Problem {
    pub code: u16,
    pub ray_id: Option<String>,
    pub retry_after: Option<u64>,
}

/// Trusted only with `cloudflare_error: true` and an integer code.
pub(super) fn problem_details(text: &str) -> Option<Problem> {
    let t = text.trim_start_matches('\u{feff}').trim();
    if t.starts_with('{') {
        let json: serde_json::Value = serde_json::from_str(t).ok()?;
        let obj = json.as_object()?;
        if obj.get("cloudflare_error")?.as_bool() != Some(true) {
            return None;
        }
        let code = u16::try_from(obj.get("error_code")?.as_u64()?).ok()?;
        return Some(Problem {
            code,
            ray_id: obj
                .get("ray_id")
                .and_then(|r| r.as_str())
                .and_then(|r| parse_cf_ray(r).map(|(id, _)| id)),
            retry_after: obj.get("retry_after").and_then(|r| r.as_u64()),
        });
    }
    let rest = t.strip_prefix("---")?;
    let end = rest.find("\n---")?;
    let mut cloudflare_error = false;
    let (mut code, mut ray_id, mut retry_after) = (None, None, None);
    for line in rest[..end].lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
        match k.trim() {
            "cloudflare_error" => cloudflare_error = v == "true",
            "error_code" => code = v.parse::<u16>().ok(),
            "ray_id" => ray_id = parse_cf_ray(v).map(|(id, _)| id),
            "retry_after" => retry_after = v.parse::<u64>().ok(),
            _ => {}
        }
    }
    (cloudflare_error && code.is_some()).then(|| Problem {
        code: code.unwrap_or_default(),
        ray_id,
        retry_after,
    })
}

pub(super) fn is_openai_region_refusal(text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with('{') {
        return false;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(t) else {
        return false;
    };
    json.pointer("/error/code")
        .and_then(|c| c.as_str())
        .is_some_and(|c| c.starts_with("unsupported_country"))
}
