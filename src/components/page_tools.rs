//! Reading tools for Learn pages: read aloud, text size, print.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::platform::storage::StoreKey;
use crate::platform::{document, speech};
use crate::state::{use_i18n, use_shell};

/// Text sizes people can choose, as a multiple of the standard size.
pub const TEXT_SIZES: [(&str, &str); 3] =
    [("1", "learn-text-size-standard"), ("1.25", "learn-text-size-large"), ("1.5", "learn-text-size-largest")];

/// Applies a remembered text size (called once at start).
pub fn apply_text_size(scale: &str) {
    if TEXT_SIZES.iter().any(|(s, _)| *s == scale) {
        document::set_css_property("--text-scale", scale);
    }
}

/// Read aloud (only where the browser has a voice for the language), text size and print.
#[component]
pub fn PageTools(
    /// The id of the element whose text is read aloud.
    article_id: &'static str,
    /// The language the article is written in (it may be the English fallback).
    #[prop(into)]
    lang: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let voices_changed = RwSignal::new(0u32);
    speech::on_voices_changed(move || voices_changed.try_update(|n| *n += 1).unwrap_or_default());
    let can_speak = move || {
        voices_changed.track();
        speech::has_voice(&lang.get())
    };
    let speaking = RwSignal::new(false);
    on_cleanup(speech::cancel);
    let toggle_speech = move |_| {
        if speaking.get_untracked() {
            speech::cancel();
            speaking.set(false);
            return;
        }
        let text = document::element_by_id(article_id)
            .and_then(|e| e.dyn_ref::<web_sys::HtmlElement>().map(|e| e.inner_text()))
            .unwrap_or_default();
        let started = speech::speak(&text, &lang.get_untracked(), move || {
            speaking.try_set(false);
        });
        speaking.set(started);
    };
    let size = RwSignal::new(shell.store.with_value(|s| s.get::<String>(StoreKey::TextSize)).unwrap_or("1".into()));
    let choose = move |scale: &'static str| {
        size.set(scale.to_string());
        apply_text_size(scale);
        shell.store.with_value(|s| s.set(StoreKey::TextSize, &scale));
    };
    view! {
        <div class="page-tools" role="group" aria-label=i18n.tr("learn-tools-label")>
            <Show when=can_speak>
                <button type="button" class="button button--secondary" aria-pressed=move || speaking.get().to_string() on:click=toggle_speech>
                    {move || i18n.t(if speaking.get() { "learn-stop-reading" } else { "learn-read-aloud" })}
                </button>
            </Show>
            <div class="text-size" role="group" aria-label=i18n.tr("learn-text-size")>
                <span aria-hidden="true">{i18n.tr("learn-text-size")}</span>
                {TEXT_SIZES
                    .iter()
                    .map(|&(scale, label)| {
                        view! {
                            <button type="button" class="button button--secondary" aria-pressed=move || (size.get() == scale).to_string() on:click=move |_| choose(scale)>
                                {i18n.tr(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <button type="button" class="button button--secondary" on:click=|_| document::print()>{i18n.tr("learn-print")}</button>
        </div>
    }
}
