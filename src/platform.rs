//! Thin adapters over browser APIs, each in one place, so views never touch
//! `web_sys` directly and the core never touches it at all.

pub mod content;
pub mod document;
pub mod embed;
pub mod fetch;
pub mod hpke;
pub mod http;
pub mod locks;
pub mod offline;
pub mod speech;
pub mod storage;
