//! Material adapted for one audience, with the topics that suit it.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::learn_document::LearnDocument;
use crate::core::content::{Kind, Library};
use crate::core::route::Route;
use crate::state::use_i18n;

/// An audience page, e.g. `#/learn/for/carers`.
#[component]
pub fn LearnAudiencePage(
    /// The audience's id in the content pack.
    id: String,
) -> impl IntoView {
    view! { <LearnDocument kind=Kind::Audience id=id footer=related_topics /> }
}

fn related_topics(library: Rc<Library>, id: String) -> AnyView {
    let i18n = use_i18n();
    let topics = library.pack.topics_for(Some(&id));
    view! {
        <section class="next-steps" aria-labelledby="learn-related-title">
            <h2 id="learn-related-title">{i18n.tr("learn-related-topics")}</h2>
            <ul class="list">
                {topics
                    .into_iter()
                    .map(|t| view! { <li><a href=Route::LearnTopic(t.id.clone()).href()>{library.title(&t.id)}</a></li> })
                    .collect_view()}
            </ul>
        </section>
        <p><a href=Route::Refer.href()>{i18n.tr("learn-next-refer")}</a></p>
    }
    .into_any()
}
