//! Not found: an unknown route, with a way home.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::routes::PageHeading;
use crate::state::use_i18n;

/// The Not found page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text_id="not-found-title" />
        <p>{i18n.tr("not-found-body")}</p>
        <p><a href=Route::Home.href() id="not-found-home">{i18n.tr("not-found-home")}</a></p>
    }
}
