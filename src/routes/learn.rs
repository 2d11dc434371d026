//! Learn: psychoeducation and self-help (the content pack arrives with issue 5).

use leptos::prelude::*;

use crate::core::route::Route;
use crate::routes::PageHeading;
use crate::state::use_i18n;

/// The Learn page.
#[component]
pub fn LearnPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text_id="learn-title" />
        <p class="lead">{i18n.tr("learn-lead")}</p>
        <p>{i18n.tr("learn-not-yet")}</p>
        <p><a href=Route::Refer.href()>{i18n.tr("learn-refer-link")}</a></p>
    }
}
