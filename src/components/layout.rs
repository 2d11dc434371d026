//! The app shell around every page: skip link, quick exit, header with the
//! service's name, language switcher and "Get help now", navigation, and the
//! page for the current route.

use leptos::ev;
use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::quick_exit::QuickExit;
use crate::core::route::Route;
use crate::features::FeatureSlot;
use crate::platform::document;
use crate::platform::storage::StoreKey;
use crate::routes;
use crate::state::{use_i18n, use_shell};

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

    let hash_listener = window_event_listener(ev::hashchange, move |_| {
        if let Some(route) = Route::from_fragment(&document::location_hash()) {
            shell.route.set(route);
        }
    });
    on_cleanup(move || hash_listener.remove());

    // Feature modules title and focus their own pages once they have drawn them.
    let title_service = service_name.clone();
    Effect::new(move |_| {
        let route = shell.route.get();
        if route.feature().is_none() {
            document::set_title(&format!("{} – {title_service}", routes::page_title(i18n, &route)));
        }
    });
    // After a page change (not the first load) start keyboard and screen
    // reader users at the new page's heading, as a full page load would.
    Effect::new(move |previous: Option<()>| {
        let in_feature = shell.route.with(|r| r.feature().is_some());
        if previous.is_some() && !in_feature {
            request_animation_frame(|| document::focus(HEADING_ID));
        }
    });
    // Moving between pages of one feature module must not remount it.
    let shown = Memo::new(move |_| {
        let route = shell.route.get();
        match route.feature() {
            Some(feature) => Err(feature),
            None => Ok(route),
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
    // The outbox belongs to the referral module. While a referral is still
    // to be sent and the person is on other pages, the module runs unseen
    // and keeps sending it; a refused one (it needs the person) is shown on
    // every page instead. The outbox's JSON is read as text: parsing it here
    // would add the referral types to the shell's WASM, for two facts.
    // The module announces every change (and, on a shared device, how many
    // wait in its memory only, where the shell cannot read them).
    let announced = crate::components::shared_device::unsent_count();
    // (Still to send, refused), read once per page change or announcement;
    // `None` on the referral pages, where the module itself shows its outbox.
    let outbox = Memo::new(move |_| {
        announced.track();
        shell.route.with(|r| r.feature() != Some("refer")).then(|| {
            let json = shell.store.with_value(|s| s.get_raw(StoreKey::Outbox)).unwrap_or_default();
            let has = |state: &str| json.contains(&format!(r#""state":"{state}""#));
            (["queued", "sending", "waiting"].into_iter().any(has), has("rejected"))
        })
    });
    let send_unseen =
        Memo::new(move |_| outbox.get().is_some_and(|(to_send, _)| to_send || (shared && announced.get() > 0)));
    let waiting_referral = move || outbox.get().is_some_and(|(to_send, refused)| to_send || refused);

    let content = view! {
        {move || waiting_referral().then(|| view! {
            <p class="notice notice--warning" id="referral-waiting-notice">
                {i18n.tr("app-referral-waiting")} " "
                <a href=Route::ReferStep(crate::core::route::Step::Sent).href()>{i18n.tr("app-referral-waiting-link")}</a>
            </p>
        })}
        {(!persistent).then(|| view! {
            <p class="notice notice--info" id="storage-notice">{i18n.tr("app-storage-unavailable")}</p>
        })}
        {move || match shown.get() {
            Ok(route) => routes::page(route),
            Err(feature) => view! { <FeatureSlot feature=feature /> }.into_any(),
        }}
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
            <a href=format!("#{MAIN_ID}") class="skip-link" on:click=|e| {
                e.prevent_default();
                document::focus(MAIN_ID);
            }>{i18n.tr("app-skip-link")}</a>
        })}
        <QuickExit />
        <header class="header">
            <div class="header__inner">
                <a class="header__service" id="waymark-service-name" href=Route::Home.href()><bdi>{service_name}</bdi></a>
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
            {shared.then(|| view! { <crate::components::shared_device::FinishAndClear unsent=announced /> })}
        </header>
        {content}
        {move || send_unseen.get().then(|| view! { <FeatureSlot feature="refer" background=true /> })}
        <footer class="footer">
            <p>{i18n.tr("app-footer-not-crisis")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
            <p><a href=Route::Privacy.href()>{i18n.tr("app-nav-privacy")}</a></p>
        </footer>
    }
}
