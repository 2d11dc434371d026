//! The page a service's admin sees when `config.json` cannot be used:
//! which file, which field, what is wrong. The public sees the crisis
//! numbers too, since the app cannot do more for them.

use leptos::prelude::*;

use crate::core::config::{ConfigError, Problem, CONFIG_FILE};
use crate::platform::document;
use crate::state::use_i18n;

/// Explains a configuration error to the service's admin.
#[component]
pub fn AdminErrorPage(
    /// What went wrong.
    error: ConfigError,
) -> impl IntoView {
    let i18n = use_i18n();
    let file = CONFIG_FILE.to_string();
    let field = error.field().map(str::to_string);
    let detail = move || match &error {
        ConfigError::Unavailable(why) => {
            i18n.t_with("admin-error-unavailable", &[("file", file.clone().into()), ("reason", why.clone().into())])
        }
        ConfigError::NotJson { line, column, detail } => i18n.t_with(
            "admin-error-not-json",
            &[
                ("file", file.clone().into()),
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
                ("detail", detail.clone().into()),
            ],
        ),
        ConfigError::WrongShape { detail, .. } => {
            i18n.t_with("admin-error-wrong-shape", &[("detail", detail.clone().into())])
        }
        ConfigError::Invalid { problem, .. } => i18n.t(match problem {
            Problem::Empty => "admin-error-empty",
            Problem::NotSecureUrl => "admin-error-not-secure-url",
            Problem::NotEmail => "admin-error-not-email",
            Problem::NoKnownLanguage => "admin-error-no-known-language",
            Problem::NotPublicKey => "admin-error-not-public-key",
            Problem::NoParentOrigin => "admin-error-no-parent-origin",
            Problem::NotOrigin => "admin-error-not-origin",
            Problem::OutOfRange => "admin-error-out-of-range",
            Problem::NotPhoneNumber => "admin-error-not-phone-number",
            Problem::OutOfRangeDays => "admin-error-out-of-range-days",
            Problem::NotWorkerCode => "privacy-shared-code-error",
            Problem::WrongCrisisNumber => "admin-error-wrong-crisis-number",
        }),
    };
    Effect::new(move |_| document::set_title(&i18n.t("admin-error-title")));
    view! {
        <main id="main-content" class="main admin-error" tabindex="-1">
            <h1 id="page-heading">{i18n.tr("admin-error-title")}</h1>
            <p>{i18n.tr("admin-error-public")}</p>
            <crate::components::crisis_routes::CrisisRoutesCompact />
            <h2>{i18n.tr("admin-error-for-admins")}</h2>
            <dl class="summary-list">
                <div>
                    <dt>{i18n.tr("admin-error-file")}</dt>
                    <dd><code id="admin-error-file">{CONFIG_FILE}</code></dd>
                </div>
                {field.map(|f| view! {
                    <div>
                        <dt>{i18n.tr("admin-error-field")}</dt>
                        <dd><code id="admin-error-field">{f}</code></dd>
                    </div>
                })}
                <div>
                    <dt>{i18n.tr("admin-error-problem")}</dt>
                    <dd id="admin-error-problem">{detail}</dd>
                </div>
            </dl>
            <p>{i18n.tr("admin-error-docs")}</p>
        </main>
    }
}
