//! Waymark: a self-help and self-referral front door for NHS Talking Therapies
//! services, running entirely in the browser.
//!
//! The crate has three layers (see docs/architecture.md):
//! - [`core`]: plain Rust with no browser dependency, tested natively;
//! - [`platform`]: thin adapters over browser APIs (storage, fetch, document);
//! - views: [`app`], [`routes`] and [`components`], Leptos components that
//!   wire the core to the DOM and hold no business rules.

// The static renderer (native, with Leptos' `ssr`) resolves the whole
// page's view type at once: deeper than the default limit.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod core;
pub mod platform;
pub mod routes;
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
pub mod state;

/// Starts the app: in the element `embed.js` prepared on a service's page
/// (docs/embedding.md), else over the page's static HTML. Called by
/// `main.rs` only.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    app::browser::start();
}
