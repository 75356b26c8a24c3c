//! Parser for OpenAI's status page (the Statuspage-compatible summary).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    None,
    Minor,
    Major,
    Critical,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusSummary {
    pub indicator: Indicator,
    pub description: Option<String>,
    /// The configured component's status (`operational`, `major_outage`, ...);
    /// `None` when the page has no component of that name.
    pub component_status: Option<String>,
    /// Names of unresolved incidents.
    pub incidents: Vec<String>,
}

impl StatusSummary {
    /// The page reports a problem big enough to explain a failing site.
    pub fn reports_outage(&self) -> bool {
        matches!(self.indicator, Indicator::Major | Indicator::Critical)
            || matches!(
                self.component_status.as_deref(),
                Some("major_outage" | "partial_outage")
            )
    }
}

/// `None` when the page cannot be read: the caller says "status unknown",
/// never "outage".
pub fn parse_summary(body: &str, component: &str) -> Option<StatusSummary> {
    let json: serde_json::Value = serde_json::from_str(body).ok()?;
    let indicator = match json.pointer("/status/indicator")?.as_str()? {
        "none" => Indicator::None,
        "minor" => Indicator::Minor,
        "major" => Indicator::Major,
        "critical" => Indicator::Critical,
        _ => return None,
    };
    let component_status = json
        .get("components")
        .and_then(|c| c.as_array())
        .into_iter()
        .flatten()
        .find(|c| {
            c.get("name")
                .and_then(|n| n.as_str())
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(component.trim()))
        })
        .and_then(|c| c.get("status")?.as_str().map(str::to_string));
    let incidents = json
        .get("incidents")
        .and_then(|i| i.as_array())
        .into_iter()
        .flatten()
        .filter(|i| {
            !matches!(
                i.get("status").and_then(|s| s.as_str()),
                Some("resolved" | "postmortem")
            )
        })
        .filter_map(|i| i.get("name")?.as_str().map(str::to_string))
        .collect();
    Some(StatusSummary {
        indicator,
        description: json
            .pointer("/status/description")
            .and_then(|d| d.as_str())
            .map(str::to_string),
        component_status,
        incidents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(indicator: &str, conv: &str) -> String {
        format!(
            r#"{{"page":{{"id":"x","name":"OpenAI"}},"status":{{"indicator":"{indicator}","description":"d"}},
               "components":[{{"name":"APIs","status":"operational"}},{{"name":"Conversations","status":"{conv}"}}],
               "incidents":[{{"name":"Elevated errors","status":"investigating"}},{{"name":"Old","status":"resolved"}}]}}"#
        )
    }

    #[test]
    fn reads_indicator_component_and_open_incidents() {
        let s = parse_summary(&page("minor", "degraded_performance"), "conversations").unwrap();
        assert_eq!(s.indicator, Indicator::Minor);
        assert_eq!(s.component_status.as_deref(), Some("degraded_performance"));
        assert_eq!(s.incidents, vec!["Elevated errors".to_string()]);
        assert!(!s.reports_outage());
    }

    #[test]
    fn outage_from_indicator_or_component() {
        assert!(
            parse_summary(&page("major", "operational"), "Conversations")
                .unwrap()
                .reports_outage()
        );
        assert!(
            parse_summary(&page("minor", "major_outage"), "Conversations")
                .unwrap()
                .reports_outage()
        );
        assert!(
            !parse_summary(&page("none", "operational"), "Conversations")
                .unwrap()
                .reports_outage()
        );
    }

    #[test]
    fn unreadable_is_none() {
        assert_eq!(parse_summary("<html>", "Conversations"), None);
        assert_eq!(parse_summary("{}", "Conversations"), None);
        assert_eq!(
            parse_summary(r#"{"status":{"indicator":"weird"}}"#, "Conversations"),
            None
        );
        let s = parse_summary(r#"{"status":{"indicator":"none"}}"#, "Conversations").unwrap();
        assert_eq!(s.component_status, None);
    }
}
