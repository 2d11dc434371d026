//! "Exit this page": always in view; also Shift pressed three times.

use leptos::ev;
use leptos::prelude::*;

use crate::core::quick_exit::ShiftPresses;
use crate::platform::document;
use crate::state::{use_i18n, use_shell, Shell};

/// Hides the page at once, forgets this visit's session data and replaces
/// the history entry with the service's neutral site.
pub fn exit_now(neutral_url: &str, shell: Shell) {
    document::hide_page();
    document::clear_session_storage();
    // On a shared device, the next person must find nothing either.
    shell.store.with_value(|s| {
        if s.is_shared() {
            s.delete_personal();
        }
    });
    // In a service's iframe the whole page leaves, not only the frame.
    if !crate::platform::embed::exit_whole_page(neutral_url) {
        document::replace_location(neutral_url);
    }
}

/// The quick-exit button and its keyboard shortcut.
#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let url = shell.config.with_value(|c| c.quick_exit_url.clone());
    if !crate::state::is_static() {
        let presses = std::cell::RefCell::new(ShiftPresses::default());
        let key_url = url.clone();
        let handle = window_event_listener(ev::keydown, move |e| {
            if presses.borrow_mut().key_down(&e.key(), e.repeat(), js_sys::Date::now()) {
                exit_now(&key_url, shell);
            }
        });
        // Coming back with the Back button may restore the hidden page from the
        // back-forward cache: load it afresh instead, so nothing of the exited
        // visit (or a blank page) is shown.
        let restore = window_event_listener(ev::pageshow, |e| {
            if e.persisted() {
                document::reload();
            }
        });
        on_cleanup(move || {
            handle.remove();
            restore.remove();
        });
    }
    view! {
        <aside class="quick-exit" aria-label=i18n.tr("quick-exit-label")>
            // A link, as GOV.UK's "Exit this page" is: it leaves even where no
            // script runs; the static page's inline script and the app make
            // it replace the page instead, and clear this visit's traces.
            <a href=url.clone() rel="noreferrer" class="quick-exit__button" id="quick-exit" on:click=move |e| {
                e.prevent_default();
                exit_now(&url, shell);
            }>
                {i18n.tr("quick-exit-button")}
            </a>
            <p class="quick-exit__hint">{i18n.tr("quick-exit-hint")}</p>
        </aside>
    }
}
