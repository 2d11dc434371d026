//! Get help now: crisis routes, reachable from every page.

use leptos::prelude::*;

use crate::components::crisis_routes::CrisisRoutes;
use crate::routes::PageHeading;
use crate::state::use_i18n;

/// The "Get help now" page.
#[component]
pub fn HelpNowPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text_id="help-title" />
        <p class="lead">{i18n.tr("help-lead")}</p>
        <CrisisRoutes />
        <p>{i18n.tr("help-not-crisis-service")}</p>
    }
}
