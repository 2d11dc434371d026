//! Waymark: a self-help and self-referral front door for NHS Talking Therapies
//! services, running entirely in the browser.
//!
//! The crate has three layers (see docs/architecture.md):
//! - [`core`]: plain Rust with no browser dependency, tested natively;
//! - [`platform`]: thin adapters over browser APIs (storage, fetch, document);
//! - views: [`app`], [`routes`] and [`components`], Leptos components that
//!   wire the core to the DOM and hold no business rules.

pub mod app;
pub mod components;
pub mod core;
pub mod platform;
pub mod routes;
pub mod state;

/// Mounts the app: in the element `embed.js` prepared on a service's page
/// (docs/embedding.md), else on the page's `<body>`. Called by `main.rs` only.
pub fn start() {
    match platform::document::embedded_mount() {
        Some(element) => leptos::mount::mount_to(element, app::App).forget(),
        None => leptos::mount::mount_to_body(app::App),
    }
}
