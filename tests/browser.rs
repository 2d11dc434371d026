//! Real-browser tests: the release build served from a sub-path on
//! 127.0.0.1, driven in headless Chromium as a person would use it, with
//! axe-core checking accessibility. Run through `scripts/test`.

#[path = "browser/support.rs"]
mod support;

#[path = "browser/shell.rs"]
mod shell;

#[path = "browser/checks.rs"]
mod checks;

#[path = "browser/refer.rs"]
mod refer;

#[path = "browser/learn.rs"]
mod learn;

#[path = "browser/shared.rs"]
mod shared;

#[path = "browser/embed.rs"]
mod embed;

#[path = "browser/html_first.rs"]
mod html_first;

#[path = "browser/waiting.rs"]
mod waiting;
