//! The pure core: no browser APIs, so everything here is tested natively.

pub mod calendar;
pub mod colour;
pub mod config;
pub mod content;
pub mod crisis;
pub mod fluent;
pub mod history;
pub mod i18n;
pub mod instruments;
pub mod outcomes;
pub mod plan;
pub mod quick_exit;
pub mod referral;
pub mod route;
pub mod self_check;
pub mod shared_device;
pub mod validate;
pub mod waiting;
