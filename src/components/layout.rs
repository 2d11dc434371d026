//! The app shell around every page: skip link, quick exit, header with the
//! service's name, language switcher and "Get help now", navigation, and the
//! page for the current route.

use leptos::ev;
use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::later::Later;
use crate::components::quick_exit::QuickExit;
use crate::core::route::Route;
use crate::platform::document;
use crate::routes;
use crate::state::referral::use_referral;
use crate::state::{is_static, use_i18n, use_shell};

/// Ids of landmarks that focus moves to.
pub const MAIN_ID: &str = "main-content";
pub const HEADING_ID: &str = "page-heading";

/// The shell, with the current page inside `<main>`.
#[component]
pub fn Layout() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let shared = shell.store.with_value(|s| s.is_shared());
    let service_name = shell.service_name();

    if !is_static() {
        follow_the_address(shell, shared.then(|| service_name.clone()));
    }

    let title_service = service_name.clone();
    Effect::new(move |_| {
        let route = shell.route.get();
        document::set_title(&format!("{} – {title_service}", routes::page_title(i18n, &route)));
        // The page shown, in one form whatever the address style (tests and tools read it).
        document::set_route_attribute(&route.fragment());
        if !document::is_embedded() && !shell.store.with_value(|s| s.is_shared()) {
            crate::platform::offline::keep_current_page();
        }
    });
    // After a page change (not the first load) start keyboard and screen
    // reader users at the new page's heading, as a full page load would.
    Effect::new(move |previous: Option<()>| {
        shell.route.track();
        if previous.is_some() {
            request_animation_frame(|| document::focus(HEADING_ID));
        }
    });

    let nav_link = move |route: Route, label: &'static str| {
        let href = route.href();
        let here = route.clone();
        view! {
            <li>
                <a href=href aria-current=move || (shell.route.get() == here).then_some("page")>{i18n.tr(label)}</a>
            </li>
        }
    };
    let persistent = shell.store.with_value(|s| s.is_persistent());
    // The outbox keeps sending from every page (it has one owner, started
    // with the app); a referral still to send, or refused (it needs the
    // person), is named on every page but the referral's own.
    let referral = use_referral();
    let waiting_referral = move || {
        let on_referral_pages = shell.route.with(|r| matches!(r, Route::Refer | Route::ReferStep(_)));
        let (to_send, refused) = referral.waiting_shown();
        !on_referral_pages && to_send + refused > 0
    };
    let unreadable = referral.unreadable;

    let content = view! {
        <Later>
            {move || waiting_referral().then(|| view! {
                <p class="notice notice--warning" id="referral-waiting-notice">
                    {i18n.tr("app-referral-waiting")} " "
                    <a href=Route::ReferStep(crate::core::route::Step::Sent).href()>{i18n.tr("app-referral-waiting-link")}</a>
                </p>
            })}
            {(!persistent && !is_static()).then(|| view! {
                <p class="notice notice--info" id="storage-notice">{i18n.tr("app-storage-unavailable")}</p>
            })}
            {move || shell.storage_full.get().then(|| view! {
                <p class="notice notice--warning" id="storage-full-notice" role="status">{i18n.tr("app-storage-full")}</p>
            })}
            {move || unreadable.get().then(|| view! {
                <p class="notice notice--warning" id="unreadable-notice">{i18n.tr("app-saved-unreadable")} " "
                    <a href=Route::Privacy.href()>{i18n.tr("app-nav-privacy")}</a>
                </p>
            })}
        </Later>
        <Later>{move || routes::page(shell.route.get())}</Later>
    };
    // Inside a service's page (a region named by the service's name, made by
    // embed.js) the page's landmarks and skip links are the service's.
    let embedded = document::is_embedded();
    let content = if embedded {
        view! { <div id=MAIN_ID class="main" tabindex="-1">{content}</div> }.into_any()
    } else {
        view! { <main id=MAIN_ID class="main" tabindex="-1">{content}</main> }.into_any()
    };

    view! {
        {(!embedded).then(|| view! {
            // With paths, `#…` alone would resolve against the app's root.
            <a href=move || format!("{}#{MAIN_ID}", shell.route.with(|r| r.href())) class="skip-link" on:click=|e| {
                e.prevent_default();
                document::focus(MAIN_ID);
            }>{i18n.tr("app-skip-link")}</a>
        })}
        <Later><QuickExit /></Later>
        <Later>
            <header class="header">
                <div class="header__inner">
                    <a class="header__service" id="waymark-service-name" href=Route::Home.href()><bdi>{service_name.clone()}</bdi></a>
                    <div class="header__tools">
                        <LanguageSwitcher />
                        <a class="header__help" id="help-now-link" href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a>
                    </div>
                </div>
                <nav class="nav" aria-label=i18n.tr("app-nav-label")>
                    <ul>
                        {nav_link(Route::Home, "app-nav-home")}
                        {nav_link(Route::Learn, "app-nav-learn")}
                        {nav_link(Route::Check, "app-nav-check")}
                        {nav_link(Route::Refer, "app-nav-refer")}
                        {nav_link(Route::Privacy, "app-nav-privacy")}
                    </ul>
                </nav>
                {(shared && !is_static()).then(|| view! { <crate::components::shared_device::FinishAndClear /> })}
            </header>
        </Later>
        {content}
        <Later>
            <footer class="footer">
                <p>{i18n.tr("app-footer-not-crisis")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
                <p><a href=Route::Privacy.href()>{i18n.tr("app-nav-privacy")}</a></p>
            </footer>
        </Later>
    }
}

/// The running app follows the address (Back and Forward, a typed fragment,
/// its own navigation) and turns clicks on its own links into page changes.
fn follow_the_address(shell: crate::state::Shell, discreet_title: Option<String>) {
    // The page follows the address: Back and Forward (popstate), a typed
    // fragment (hashchange) and the app's own navigation.
    let follow = move || {
        let route = document::current_route();
        // An older `#/…` link followed within the page takes the page's path.
        document::legacy_fragment_to_path(&route);
        if shell.route.with_untracked(|r| *r != route) {
            shell.route.set(route);
        }
    };
    let listeners = [
        window_event_listener_untyped("hashchange", move |_| follow()),
        window_event_listener_untyped("popstate", move |_| follow()),
        window_event_listener_untyped(document::ROUTE_EVENT, move |_| follow()),
    ];
    // On a shared device no page leaves a trail in the browser's history,
    // and titles name no page; elsewhere only the safety page and results
    // are replaced when left (Back keeps working through the journeys).
    document::set_discreet(discreet_title);
    let link_listener = window_event_listener(ev::click, move |e| {
        if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        let Some((element, written, resolved)) = document::clicked_link(&e) else { return };
        if element.has_attribute("download") || element.get_attribute("target").is_some_and(|t| t != "_self") {
            return;
        }
        let replacing = document::is_discreet() || shell.route.with_untracked(Route::leaves_no_trail);
        let paths = matches!(crate::core::route::link_style(), crate::core::route::LinkStyle::Path { .. });
        if written.starts_with('#') && !written.starts_with("#/") {
            // An in-page link (skip link, error summary): with paths, the
            // document's base would make it another page, so move focus here.
            if paths {
                e.prevent_default();
                document::focus(written.trim_start_matches('#'));
            }
            return;
        }
        if let Some(locale) = element.get_attribute("hreflang") {
            // The language switcher: remember the choice, then load that page.
            shell.store.with_value(|s| s.set(crate::platform::storage::StoreKey::Language, &locale));
            if replacing {
                e.prevent_default();
                document::replace_location(&resolved);
            }
            return;
        }
        let target = if paths {
            document::route_of_link(&resolved).map(|r| r.href())
        } else {
            written.starts_with("#/").then_some(written)
        };
        if let Some(href) = target {
            e.prevent_default();
            if replacing {
                document::navigate_replacing(&href);
            } else {
                document::navigate(&href);
            }
        }
    });
    on_cleanup(move || {
        listeners.into_iter().for_each(|l| l.remove());
        link_listener.remove();
    });
}
