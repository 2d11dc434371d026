//! One page per route, each in its own file under `routes/`.

use leptos::prelude::*;

use crate::core::route::Route;

pub mod check;
pub mod help_now;
pub mod home;
pub mod learn;
pub mod not_found;
pub mod privacy;
pub mod refer;

/// The page for a route.
pub fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage /> }.into_any(),
        Route::Learn => view! { <learn::LearnPage /> }.into_any(),
        Route::Check => view! { <check::CheckPage /> }.into_any(),
        Route::Refer => view! { <refer::ReferPage /> }.into_any(),
        Route::HelpNow => view! { <help_now::HelpNowPage /> }.into_any(),
        Route::Privacy => view! { <privacy::PrivacyPage /> }.into_any(),
        Route::NotFound(_) => view! { <not_found::NotFoundPage /> }.into_any(),
    }
}

/// A page's `<h1>`: focus moves here when the page changes.
#[component]
pub fn PageHeading(
    /// The Fluent id of the heading text.
    text_id: &'static str,
) -> impl IntoView {
    let i18n = crate::state::use_i18n();
    view! { <h1 id=crate::components::layout::HEADING_ID tabindex="-1">{i18n.tr(text_id)}</h1> }
}
