//! One page per route, each in its own file under `routes/`.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::core::instruments::Instrument;
use crate::core::route::{CheckStep, Route};
use crate::platform::document;
use crate::state::{use_shell, I18n};

pub mod check;
pub mod check_history;
pub mod check_intro;
pub mod check_question;
pub mod check_result;
pub mod check_safety;
pub mod help_now;
pub mod home;
pub mod learn;
pub mod learn_audience;
pub mod learn_topic;
pub mod needs_app;
pub mod not_found;
pub mod privacy;
pub mod refer;
pub mod refer_check;
pub mod refer_not_eligible;
pub mod refer_question;
pub mod refer_sent;
pub mod refer_start;
pub mod waiting;

/// The page for a route. In a static page, those that need the app (a
/// questionnaire, the referral form) say so, with the service's phone.
pub fn page(route: Route) -> AnyView {
    use crate::core::referral::journey::Step;
    if crate::state::is_static() && matches!(route, Route::SelfCheck { .. } | Route::ReferStep(_)) {
        let title = page_title(crate::state::use_i18n(), &route);
        return view! { <needs_app::NeedsAppPage title=title /> }.into_any();
    }
    match route {
        Route::Home => on_its_own(move || view! { <home::HomePage /> }),
        Route::Learn => on_its_own(move || view! { <learn::LearnPage /> }),
        Route::LearnTopic(id) => on_its_own(move || view! { <learn_topic::LearnTopicPage id=id /> }),
        Route::LearnAudience(id) => on_its_own(move || view! { <learn_audience::LearnAudiencePage id=id /> }),
        Route::Check => on_its_own(move || view! { <check::CheckPage /> }),
        Route::SelfCheck { instrument, step } => self_check_page(&instrument, step),
        Route::Refer | Route::ReferStep(Step::Start) => on_its_own(move || view! { <refer_start::ReferStartPage /> }),
        Route::ReferStep(Step::NotEligible) => {
            on_its_own(move || view! { <refer_not_eligible::ReferNotEligiblePage /> })
        }
        Route::ReferStep(Step::Check) => on_its_own(move || view! { <refer_check::ReferCheckPage /> }),
        Route::ReferStep(Step::Sent) => on_its_own(move || view! { <refer_sent::ReferSentPage /> }),
        Route::ReferStep(step) => on_its_own(move || view! { <refer_question::ReferQuestionPage step=step /> }),
        Route::HelpNow => on_its_own(move || view! { <help_now::HelpNowPage /> }),
        Route::Privacy => on_its_own(move || view! { <privacy::PrivacyPage /> }),
        Route::Waiting => on_its_own(move || view! { <waiting::WaitingPage /> }),
        Route::NotFound(_) => on_its_own(move || view! { <not_found::NotFoundPage /> }),
    }
}

fn self_check_page(id: &str, step: CheckStep) -> AnyView {
    // A questionnaire the service does not offer is not found, whatever link led here.
    let Some(instrument) = Instrument::by_id(id).filter(|_| use_shell().config.with_value(|c| c.offers_check(id)))
    else {
        return on_its_own(move || view! { <not_found::NotFoundPage /> });
    };
    let state = CheckState::load(use_shell(), instrument);
    match step {
        CheckStep::Intro => on_its_own(move || view! { <check_intro::CheckIntroPage state=state /> }),
        CheckStep::Question(number) => {
            on_its_own(move || view! { <check_question::CheckQuestionPage state=state number=number /> })
        }
        CheckStep::Safety => on_its_own(move || view! { <check_safety::CheckSafetyPage state=state /> }),
        CheckStep::Result => match state.progress.get_untracked().result_or_missing(instrument) {
            CheckStep::Result => on_its_own(move || view! { <check_result::CheckResultPage state=state /> }),
            // No result before every answer, and never before the crisis routes.
            first => {
                let href = state.route(first).href();
                if !crate::state::is_static() {
                    request_animation_frame(move || document::navigate_replacing(&href));
                }
                ().into_any()
            }
        },
        CheckStep::History => on_its_own(move || view! { <check_history::CheckHistoryPage state=state /> }),
    }
}

/// Draws one page's view in a function of its own. Browsers compile
/// WebAssembly lazily, a function at its first call, on the main thread:
/// with every page inlined into one dispatcher, drawing any page first
/// compiled all of them (about 95 KB of code, a long task on a slow
/// phone). `inline(never)` keeps each page's code apart, compiled only when
/// that page is drawn.
#[inline(never)]
fn on_its_own<V: IntoView + 'static>(page: impl FnOnce() -> V) -> AnyView {
    page().into_any()
}

/// The tab title of a page (without the service name). Names pages, never people.
pub fn page_title(i18n: I18n, route: &Route) -> String {
    match route {
        Route::LearnTopic(id) | Route::LearnAudience(id) => {
            match crate::platform::content::cached_library(&i18n.locale()) {
                Some(library) => library.title(id),
                None => i18n.t(route.title_id()),
            }
        }
        Route::ReferStep(step) => i18n.t(refer_question::title_id(*step)),
        Route::SelfCheck { .. } => check_page_title(i18n, route),
        other => i18n.t(other.title_id()),
    }
}

/// The tab title of a self-check page.
fn check_page_title(i18n: I18n, route: &Route) -> String {
    let Route::SelfCheck { instrument, step } = route else { return i18n.t(route.title_id()) };
    let name = Instrument::by_id(instrument).map(|i| i18n.t(&i.name)).unwrap_or_default();
    match step {
        CheckStep::Question(n) => {
            let total = Instrument::by_id(instrument).map_or(0, |i| i.items.len());
            format!(
                "{} – {name}",
                i18n.t_with("check-question-progress", &[("number", (*n).into()), ("total", total.into())])
            )
        }
        CheckStep::Safety => format!("{} – {name}", i18n.t("check-safety-title")),
        CheckStep::Result => i18n.t_with("check-result-title", &[("name", name.into())]),
        CheckStep::History => i18n.t_with("check-history-title", &[("name", name.into())]),
        CheckStep::Intro => name,
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
