//! One psychoeducation topic, with its next steps.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::learn_document::LearnDocument;
use crate::core::content::{Kind, Library};
use crate::core::route::{CheckStep, Route};
use crate::state::use_i18n;

/// A topic page, e.g. `#/learn/worry`.
#[component]
pub fn LearnTopicPage(
    /// The topic's id in the content pack.
    id: String,
) -> impl IntoView {
    view! { <LearnDocument kind=Kind::Topic id=id footer=next_steps /> }
}

/// The topic's self-check, self-referral and crisis help.
fn next_steps(library: Rc<Library>, id: String) -> AnyView {
    let i18n = use_i18n();
    let check = library.pack.topic(&id).and_then(|t| t.check.clone());
    view! {
        <section class="next-steps" aria-labelledby="learn-next-title">
            <h2 id="learn-next-title">{i18n.tr("learn-next-title")}</h2>
            <ul class="list">
                {check.map(|c| view! { <li><a href=Route::check(&c, CheckStep::Intro).href()>{i18n.tr("learn-next-check")}</a></li> })}
                <li><a href=Route::Refer.href()>{i18n.tr("learn-next-refer")}</a></li>
                <li><a href=Route::HelpNow.href()>{i18n.tr("learn-next-help")}</a></li>
            </ul>
        </section>
    }
    .into_any()
}
