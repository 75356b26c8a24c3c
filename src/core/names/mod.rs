//! Names: what the name servers answer for the target and its related
//! names (a DNS filter's sinkhole or "no such name"), and the wire format
//! those answers come in.

pub mod dns;
pub mod dnswire;
