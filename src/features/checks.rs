//! The self-checks feature module: every `#/check…` page, as its own app.
//! Built into `checks.wasm` by `src/bin/checks.rs`; the shell never links it.

use leptos::prelude::*;

use crate::core::i18n::{self, Area};
use crate::features::FeatureApp;
use crate::routes;

/// The strings the self-check pages use.
const AREAS: &[Area] = &[i18n::SHELL, i18n::CHECKS];

/// The self-check pages for the current route.
#[component]
pub fn ChecksFeature() -> impl IntoView {
    view! { <FeatureApp areas=AREAS page=routes::feature_page title=routes::check_page_title init=|_| {} /> }
}
