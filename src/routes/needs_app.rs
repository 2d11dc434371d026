//! A page that needs the app (a questionnaire, the referral form, the
//! device's settings), as the static page shows it: where WebAssembly or
//! JavaScript cannot run, it says so plainly and gives the service's phone,
//! email and hours instead of controls that would do nothing. Where the app
//! can start, the notice stays hidden (see `.needs-app` in styles.css) and
//! the app draws the page over it.

use leptos::prelude::*;

use crate::components::phone::{IsolatedNumbers, PhoneLink};
use crate::core::route::Route;
use crate::state::{use_i18n, use_shell};

/// The notice and the ways to reach the service.
#[component]
pub fn NeedsApp() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let (phone, email, hours) =
        shell.config.with_value(|c| (c.contact.phone.clone(), c.contact.email.clone(), c.contact.hours.clone()));
    view! {
        <div class="needs-app" id="needs-app">
            <p class="needs-app__loading" role="status">{i18n.tr("app-loading")}</p>
            <div class="needs-app__notice inset">
                <p>{i18n.tr("needs-app-body")}</p>
                <ul class="list">
                    <li>{i18n.tr("needs-app-phone")} " " <PhoneLink number=phone id="needs-app-phone" /></li>
                    {email.map(|e| {
                        let mailto = format!("mailto:{e}");
                        view! { <li>{i18n.tr("needs-app-email")} " " <a href=mailto><bdi>{e}</bdi></a></li> }
                    })}
                    {hours.map(|h| view! { <li><bdi><IsolatedNumbers text=h /></bdi></li> })}
                </ul>
                <p>{i18n.tr("needs-app-help")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
            </div>
        </div>
    }
}

/// A whole page that needs the app: its heading, then [`NeedsApp`].
#[component]
pub fn NeedsAppPage(
    /// The page's own heading.
    title: String,
) -> impl IntoView {
    view! {
        <h1 id=crate::components::layout::HEADING_ID tabindex="-1">{title}</h1>
        <NeedsApp />
    }
}
