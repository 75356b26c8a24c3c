//! The site's answers: what one request to the target (or its trace, or the
//! status page) came back with, and what that answer says: a verdict, a
//! filter's page, the site's view of us, an outage.

pub mod classify;
pub mod filter;
pub mod status;
pub mod trace;
pub mod verdict;
