//! Check: the questionnaires this service offers in the reader's language.

use leptos::prelude::*;

use crate::core::route::{CheckStep, Route};
use crate::routes::PageHeading;
use crate::state::{use_i18n, use_shell};

/// The self-checks page.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let list = move || {
        shell
            .config
            .with_value(|c| c.checks_offered())
            .into_iter()
            .map(|instrument| {
                let href = Route::check(&instrument.id, CheckStep::Intro).href();
                let questions = instrument.items.iter().filter(|i| i.scored).count();
                view! {
                    <li class="card">
                        <h2 class="card__title"><a href=href>{i18n.t(&instrument.name)}</a></h2>
                        <p>{i18n.t(about_id(&instrument.id))}</p>
                        <p class="hint">{i18n.t_with("check-question-count", &[("count", questions.into())])}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <PageHeading text_id="check-title" />
        <p class="lead">{i18n.tr("check-lead")}</p>
        <p>{i18n.tr("check-not-a-diagnosis")}</p>
        <p>{i18n.tr("check-private")}</p>
        <ul class="cards cards--list">{list}</ul>
        <div class="inset">
            <p>{i18n.tr("check-help-intro")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
        </div>
    }
}

/// What each questionnaire asks about, in a sentence. A measure a service
/// adds as data gets the general sentence.
pub fn about_id(instrument: &str) -> &'static str {
    match instrument {
        "phq9" => "check-about-phq9",
        "gad7" => "check-about-gad7",
        "wsas" => "check-about-wsas",
        "phobia" => "check-about-phobia",
        "pcl5" => "check-about-pcl5",
        _ => "check-about-other",
    }
}
