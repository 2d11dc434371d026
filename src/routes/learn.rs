//! Learn: the content pack's topics, filtered by "materials for me".

use std::rc::Rc;

use leptos::prelude::*;

use crate::core::content::Library;
use crate::core::i18n::FALLBACK_LOCALE;
use crate::core::route::Route;
use crate::platform::content;
use crate::routes::PageHeading;
use crate::state::{use_i18n, use_shell};

/// The Learn page: every topic, or those for the audience a reader chose.
#[component]
pub fn LearnPage() -> impl IntoView {
    let i18n = use_i18n();
    // None while loading; Some(None) when the pack cannot be read.
    let library = RwSignal::new_local(content::cached_library(&i18n.locale()).map(Some));
    Effect::new(move |_| {
        let locale = i18n.locale();
        if library.with_untracked(|l| l.as_ref().and_then(|l| l.as_ref()).is_some_and(|l| l.locale == locale)) {
            return;
        }
        leptos::task::spawn_local(async move {
            library.try_set(Some(content::library(&locale).await));
        });
    });
    view! {
        <PageHeading text_id="learn-title" />
        <p class="lead">{i18n.tr("learn-lead")}</p>
        {move || match library.get() {
            None => view! { <p role="status">{i18n.tr("learn-loading")}</p> }.into_any(),
            Some(None) => view! { <div class="inset"><p>{i18n.tr("learn-pack-failed")}</p></div> }.into_any(),
            Some(Some(library)) => view! { <TopicList library=library /> }.into_any(),
        }}
    }
}

/// The audience chooser and the topics it selects.
#[component]
fn TopicList(
    /// The pack and its titles in the reader's language.
    library: Rc<Library>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Held in memory only: an audience can say something sensitive about a person.
    let chosen = use_shell().learn_for;
    let library = StoredValue::new_local(library);
    let title = move |id: &str| library.with_value(|l| l.title(id));
    let summary = move |id: &str| library.with_value(|l| l.summary(id));
    // Untranslated titles are English: say so, for screen readers' voices.
    let english_title = move |id: &str| {
        (i18n.locale() != FALLBACK_LOCALE && !library.with_value(|l| l.is_translated(id))).then_some(FALLBACK_LOCALE)
    };
    let audiences: Vec<String> = library.with_value(|l| l.pack.audiences.iter().map(|a| a.id.clone()).collect());
    let options = audiences
        .into_iter()
        .map(|id| {
            let value = id.clone();
            let selected = move || chosen.get().as_deref() == Some(value.as_str());
            view! { <option value=id.clone() selected=selected>{title(&id)}</option> }
        })
        .collect_view();
    let chosen_material = move || {
        let id = chosen.get().filter(|id| library.with_value(|l| l.pack.audience(id).is_some()))?;
        Some(view! {
            <div class="inset">
                <p>{i18n.tr("learn-for-me-intro")}</p>
                <p class="card__title">
                    <a href=Route::LearnAudience(id.clone()).href() lang=english_title(&id)>{title(&id)}</a>
                </p>
                <p>{summary(&id)}</p>
            </div>
        })
    };
    let topics = move || {
        let chosen = chosen.get();
        let ids: Vec<String> =
            library.with_value(|l| l.pack.topics_for(chosen.as_deref()).into_iter().map(|t| t.id.clone()).collect());
        ids.into_iter()
            .map(|id| {
                let lang = english_title(&id);
                view! {
                    <li class="card">
                        <h3 class="card__title" lang=lang><a href=Route::LearnTopic(id.clone()).href()>{title(&id)}</a></h3>
                        <p lang=lang>{summary(&id)}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="learn-for-me-title">
            <h2 id="learn-for-me-title">{i18n.tr("learn-for-me-title")}</h2>
            <div class="form-group">
                <label class="label" for="learn-for">{i18n.tr("learn-for-me-label")}</label>
                <p class="hint" id="learn-for-hint">{i18n.tr("learn-for-me-hint")}</p>
                <select
                    class="select"
                    id="learn-for"
                    aria-describedby="learn-for-hint"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        chosen.set((!value.is_empty()).then_some(value));
                    }
                >
                    <option value="" selected=move || chosen.get().is_none()>{i18n.tr("learn-for-me-everyone")}</option>
                    {options}
                </select>
            </div>
            {chosen_material}
        </section>
        <section aria-labelledby="learn-topics-title">
            <h2 id="learn-topics-title">{i18n.tr("learn-topics-title")}</h2>
            <ul class="cards">{topics}</ul>
        </section>
        <p><a href=Route::Refer.href()>{i18n.tr("learn-refer-link")}</a></p>
    }
}
