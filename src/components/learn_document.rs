//! A topic or an audience's material from the content pack, in the reader's
//! language or, when it is missing or malformed there, offered in English.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::content_blocks::ContentBlocks;
use crate::components::layout::HEADING_ID;
use crate::components::page_tools::PageTools;
use crate::core::content::{Document, Kind, Library};
use crate::core::i18n::{direction, endonym, shipped_locale, FALLBACK_LOCALE};
use crate::core::route::Route;
use crate::platform::{content, document};
use crate::state::{use_i18n, use_shell};

/// The id of the article, for read aloud.
const ARTICLE_ID: &str = "learn-article";

#[derive(Clone)]
enum Loaded {
    Loading,
    /// The pack itself could not be read (offline on a first visit, or broken).
    PackFailed,
    /// No topic or audience with this id.
    NotFound,
    /// Missing or malformed in this language.
    Unavailable(Rc<Library>),
    Ready {
        library: Rc<Library>,
        document: Rc<Document>,
        lang: &'static str,
    },
}

fn is_known(library: &Library, kind: Kind, id: &str) -> bool {
    match kind {
        Kind::Topic => library.pack.topic(id).is_some(),
        Kind::Audience => library.pack.audience(id).is_some(),
    }
}

/// The language to show `id` in: English when asked for, or when the pack
/// has no translation in the reader's language (never a request that ends
/// in "not found").
fn language_of(library: &Library, locale: &str, want_english: bool, id: &str) -> &'static str {
    if want_english {
        return FALLBACK_LOCALE;
    }
    let lang = content::document_locale(library, locale, id);
    shipped_locale(&lang).unwrap_or(FALLBACK_LOCALE)
}

/// The page's state from what is already loaded, if everything is.
fn cached(locale: &str, want_english: bool, kind: Kind, id: &str) -> Option<Loaded> {
    let library = content::cached_library(locale)?;
    if !is_known(&library, kind, id) {
        return Some(Loaded::NotFound);
    }
    let lang = language_of(&library, locale, want_english, id);
    Some(match content::cached_document(lang, kind, id)? {
        Some(document) => Loaded::Ready { library, document, lang },
        None => Loaded::Unavailable(library),
    })
}

/// Loads and shows one document; `footer` adds what follows it (next steps, related topics).
#[component]
pub fn LearnDocument(
    /// A topic or an audience.
    kind: Kind,
    /// Its id in the pack.
    id: String,
    /// Drawn after the document once it has loaded.
    footer: fn(Rc<Library>, String) -> AnyView,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let english = RwSignal::new(false);
    // What was loaded before the page was drawn (the static page's words, or
    // the renderer's) is drawn at once; anything else loads.
    let first = cached(&i18n.locale(), false, kind, &id);
    let drawn_for = StoredValue::new(first.is_some().then(|| (i18n.locale(), false)));
    let loaded = RwSignal::new_local(first.unwrap_or(Loaded::Loading));
    let load_id = id.clone();
    Effect::new(move |_| {
        let locale = i18n.locale();
        let want_english = english.get();
        if drawn_for.get_value().as_ref() == Some(&(locale.clone(), want_english)) {
            return;
        }
        drawn_for.set_value(Some((locale.clone(), want_english)));
        let id = load_id.clone();
        leptos::task::spawn_local(async move {
            let next = match content::library(&locale).await {
                None => Loaded::PackFailed,
                Some(library) => {
                    let lang = language_of(&library, &locale, want_english, &id);
                    if !is_known(&library, kind, &id) {
                        Loaded::NotFound
                    } else {
                        match content::document(lang, kind, &id).await {
                            Some(document) => Loaded::Ready { library, document, lang },
                            None => Loaded::Unavailable(library),
                        }
                    }
                }
            };
            if let Loaded::Ready { library, .. } = &next {
                document::set_title(&format!("{} – {}", library.title(&id), shell.service_name()));
            }
            // The heading was redrawn: focus it again, as Layout does on navigation.
            if loaded.try_set(next).is_none() {
                request_animation_frame(|| document::focus(HEADING_ID));
            }
        });
    });
    let id = StoredValue::new(id);
    let heading = move |text: String, lang: Option<&'static str>| {
        view! { <h1 id=HEADING_ID tabindex="-1" lang=lang dir=lang.map(|l| direction(l).as_attr())>{text}</h1> }
    };
    let back = move || view! { <p class="back-link"><a href=Route::Learn.href()>{i18n.tr("learn-all-topics")}</a></p> };
    move || match loaded.get() {
        Loaded::Loading => view! {
            {back()}
            {heading(i18n.t("learn-title"), None)}
            <p role="status">{i18n.tr("learn-loading")}</p>
        }
        .into_any(),
        Loaded::PackFailed => view! {
            {back()}
            {heading(i18n.t("learn-title"), None)}
            <div class="inset"><p>{i18n.tr("learn-pack-failed")}</p></div>
        }
        .into_any(),
        Loaded::NotFound => view! {
            {back()}
            {heading(i18n.t("learn-title"), None)}
            <p>{i18n.tr("learn-not-found")}</p>
        }
        .into_any(),
        Loaded::Unavailable(library) => {
            let language = endonym(&i18n.locale()).to_string();
            let offer_english = !english.get_untracked() && i18n.locale() != FALLBACK_LOCALE;
            view! {
                {back()}
                {heading(library.title(&id.get_value()), None)}
                <div class="inset">
                    <p>{i18n.t_with("learn-unavailable", &[("language", language.into())])}</p>
                    <Show when=move || offer_english>
                        <button type="button" class="button" on:click=move |_| english.set(true)>{i18n.tr("learn-read-in-english")}</button>
                    </Show>
                </div>
            }
            .into_any()
        }
        Loaded::Ready { library, document, lang } => {
            let status = document.status.unwrap_or_else(|| library.pack.status(lang));
            let in_english = lang != i18n.locale();
            let title_lang = (in_english || !library.is_translated(&id.get_value())).then_some(FALLBACK_LOCALE);
            let title_lang = title_lang.filter(|_| i18n.locale() != FALLBACK_LOCALE);
            view! {
                {back()}
                {heading(library.title(&id.get_value()), title_lang)}
                <p class="translation-status">{i18n.t(status.message_id())}</p>
                <Show when=move || in_english>
                    <p class="translation-status">{i18n.tr("learn-in-english-note")}</p>
                </Show>
                // Read aloud, text size and print need the app.
                {(!crate::state::is_static()).then(|| view! { <PageTools article_id=ARTICLE_ID lang=lang.to_string() /> })}
                <article id=ARTICLE_ID class="content" lang=lang dir=direction(lang).as_attr()>
                    <ContentBlocks document=(*document).clone() />
                </article>
                {footer(library, id.get_value())}
            }
            .into_any()
        }
    }
}
