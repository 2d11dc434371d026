//! Phone numbers, shown and dialled the same in every script. A number in
//! groups ("0800 068 4141") inside a right-to-left paragraph would otherwise
//! come out with its groups reversed ("4141 068 0800"): each one here is
//! isolated left to right (`dir="ltr"` isolates in every browser's default
//! stylesheet) and kept on one line.

use leptos::prelude::*;

use crate::core::crisis::{number_runs, sms_uri, tel_uri, Run};

/// A number, isolated left to right, as text.
#[component]
pub fn PhoneNumber(
    /// As people write it, e.g. "116 123".
    #[prop(into)]
    number: String,
) -> impl IntoView {
    view! { <span class="phone-number" dir="ltr">{number}</span> }
}

/// A link that calls `number`, showing the number itself.
#[component]
pub fn PhoneLink(
    /// As people write it, e.g. "0800 068 4141" or "+44 (0)20 7946 0000".
    #[prop(into)]
    number: String,
    /// An id for tests and in-page links.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let href = tel_uri(&number);
    view! { <a href=href id=id class="phone-link"><PhoneNumber number=number /></a> }
}

/// A link that opens a text message to `number`, labelled by `label`.
#[component]
pub fn TextLink(
    /// The number to text.
    #[prop(into)]
    number: String,
    /// The word to send, where the service asks for one.
    keyword: Option<&'static str>,
    /// The link's words (a Fluent message with the number as a variable, so it is isolated).
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let href = sms_uri(&number, keyword);
    view! { <a href=href class="phone-link">{label}</a> }
}

/// Text with every number written in groups isolated left to right (for
/// text from content files and the service's configuration).
#[component]
pub fn IsolatedNumbers(
    /// The text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    number_runs(&text)
        .into_iter()
        .map(|run| match run {
            Run::Words(words) => words.to_string().into_any(),
            Run::Number(number) => view! { <PhoneNumber number=number.to_string() /> }.into_any(),
        })
        .collect_view()
}
