//! Home: what the service is and the three ways in.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::routes::PageHeading;
use crate::state::{use_i18n, use_shell};

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let name = shell.service_name();
    let card = move |route: Route, title: &'static str, body: &'static str| {
        view! {
            <li class="card">
                <h2 class="card__title"><a href=route.href()>{i18n.tr(title)}</a></h2>
                <p>{i18n.tr(body)}</p>
            </li>
        }
    };
    view! {
        <PageHeading text_id="home-title" />
        <p class="lead">{move || i18n.t_with("home-lead", &[("service", name.clone().into())])}</p>
        <ul class="cards">
            {card(Route::Learn, "home-learn-title", "home-learn-body")}
            {card(Route::Check, "home-check-title", "home-check-body")}
            {card(Route::Refer, "home-refer-title", "home-refer-body")}
        </ul>
        <div class="inset">
            <p>{i18n.tr("home-not-crisis")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
        </div>
    }
}
