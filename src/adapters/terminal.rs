//! The terminal the command line prints to: how wide it is, so that the
//! `check` report wraps at its edge instead of at a fixed 80 columns.

/// The columns to lay text out in: `COLUMNS` when it is set to a number
/// (shells export it; a user or a test can set it), else the width of the
/// terminal standard output is, else `None` (a pipe or a file).
pub fn stdout_columns() -> Option<usize> {
    columns_from(
        std::env::var("COLUMNS").ok().as_deref(),
        terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0)),
    )
}

fn columns_from(env: Option<&str>, terminal: Option<usize>) -> Option<usize> {
    env.and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|w| *w > 0)
        .or(terminal.filter(|w| *w > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_prefers_the_environment_then_the_terminal() {
        assert_eq!(columns_from(Some("120"), Some(90)), Some(120));
        assert_eq!(columns_from(Some("x"), Some(90)), Some(90));
        assert_eq!(columns_from(Some("0"), None), None);
        assert_eq!(columns_from(None, None), None);
    }
}
