//! Check: questionnaire self-checks scored on this device.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::routes::PageHeading;
use crate::state::use_i18n;

/// The self-checks page.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text_id="check-title" />
        <p class="lead">{i18n.tr("check-lead")}</p>
        <p>{i18n.tr("check-not-a-diagnosis")}</p>
        <p>{i18n.tr("check-not-yet")}</p>
        <p><a href=Route::HelpNow.href()>{i18n.tr("check-help-link")}</a></p>
    }
}
