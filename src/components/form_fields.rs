//! Form fields in the GOV.UK / NHS.UK patterns: a label (or legend), a hint
//! saying why the question is asked, an inline error joined to the input
//! by `aria-describedby`, and an error summary that takes focus and links
//! to each field.

use leptos::prelude::*;

use crate::core::referral::form::{Answer, Choice, FieldError, HelpTopic, ReferralForm};
use crate::state::{use_i18n, Value};

/// A form's state: the answers, saved on every change by `save`.
#[derive(Clone, Copy)]
pub struct FormState {
    pub form: RwSignal<ReferralForm>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub save: fn(&ReferralForm),
}

impl FormState {
    /// Changes the answers and saves the draft.
    pub fn update(self, change: impl FnOnce(&mut ReferralForm)) {
        self.form.update(change);
        self.form.with_untracked(|f| (self.save)(f));
    }

    /// The localised message of the first error on `field`, if any.
    pub fn error_for(self, field: &'static str) -> Option<FieldError> {
        self.errors.with(|all| all.iter().find(|e| e.field == field).copied())
    }
}

/// An error's message, with its variables.
pub fn error_text(error: &FieldError) -> String {
    let i18n = use_i18n();
    let args: Vec<(&str, Value)> = error.fluent_args().into_iter().map(|(n, v)| (n, Value::Number(v as f64))).collect();
    i18n.t_with(error.fluent_id(), &args)
}

/// The error summary at the top of a page; focus moves here on a failed submit.
#[component]
pub fn ErrorSummary(
    /// The form whose errors to list.
    state: FormState,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let errors = state.errors.get();
        (!errors.is_empty()).then(|| {
            let items = errors
                .iter()
                .map(|e| view! { <li><a href=format!("#{}", e.field)>{error_text(e)}</a></li> })
                .collect_view();
            view! {
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{i18n.tr("check-error-summary-title")}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// The `aria-describedby` of a field: its hint, and its error when it has one.
fn described_by(
    state: FormState,
    id: &'static str,
    has_hint: bool,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if state.error_for(id).is_some() {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A field's error message, prefixed "Error:" for screen readers.
#[component]
fn InlineError(
    state: FormState,
    /// The field's id; the message's id is `<id>-error`.
    id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        state.error_for(id).map(|e| {
            view! {
                <p class="error-message" id=format!("{id}-error")>
                    <span class="visually-hidden">{i18n.tr("check-error-prefix")} " "</span>{error_text(&e)}
                </p>
            }
        })
    }
}

/// A text input.
#[component]
pub fn TextField(
    state: FormState,
    /// The input's id (also what error links point to).
    id: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    /// Fluent id of the hint (why we ask).
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Reads the answer.
    get: fn(&ReferralForm) -> String,
    /// Writes the answer.
    set: fn(&mut ReferralForm, String),
    /// `text`, `tel`, `email`…
    #[prop(default = "text")]
    kind: &'static str,
    /// The autocomplete token, so browsers and password managers can help.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Show a larger box for free text.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error = move || state.error_for(id);
    let described = described_by(state, id, hint.is_some());
    let value = move || state.form.with(get);
    let input = if multiline {
        view! {
            <textarea class="textarea" id=id name=id rows="5" aria-describedby=described
                on:input=move |e| state.update(|f| set(f, event_target_value(&e)))
                prop:value=value></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="input" id=id name=id type=kind autocomplete=autocomplete spellcheck="false" aria-describedby=described
                on:input=move |e| state.update(|f| set(f, event_target_value(&e)))
                prop:value=value />
        }
        .into_any()
    };
    view! {
        <div class="form-group" class:form-group--error=move || error().is_some()>
            <label class="label" for=id>{i18n.tr(label)}</label>
            {hint.map(|h| view! { <div class="hint" id=hint_id>{i18n.tr(h)}</div> })}
            <InlineError state=state id=id />
            {input}
        </div>
    }
}

/// The radio buttons of one question: `(value, slug, label id)` each. The
/// first carries the field's id, which error links point to.
fn radio_items<V: Copy + PartialEq + Send + Sync + 'static>(
    state: FormState,
    id: &'static str,
    items: Vec<(V, &'static str, &'static str)>,
    get: fn(&ReferralForm) -> Option<V>,
    set: fn(&mut ReferralForm, V),
) -> impl IntoView {
    let i18n = use_i18n();
    items
        .into_iter()
        .enumerate()
        .map(|(n, (value, slug, label))| {
            let input_id = if n == 0 { id.to_string() } else { format!("{id}-{slug}") };
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=input_id.clone() name=id value=slug
                        prop:checked=move || state.form.with(get) == Some(value)
                        on:change=move |_| state.update(|f| set(f, value)) />
                    <label class="radios__label" for=input_id>{i18n.tr(label)}</label>
                </div>
            }
        })
        .collect_view()
}

/// Radios for one choice; the first option carries the id error links use.
#[component]
pub fn RadioField<T: Choice + PartialEq + Send + Sync>(
    state: FormState,
    id: &'static str,
    /// Fluent id of the legend.
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    get: fn(&ReferralForm) -> Option<T>,
    set: fn(&mut ReferralForm, T),
) -> impl IntoView {
    let i18n = use_i18n();
    let error = move || state.error_for(id);
    let hint_id = format!("{id}-hint");
    let options = radio_items(state, id, T::ALL.iter().map(|c| (*c, c.slug(), c.fluent_id())).collect(), get, set);
    let described = described_by(state, id, hint.is_some());
    view! {
        <div class="form-group" class:form-group--error=move || error().is_some()>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend fieldset__legend--m">{i18n.tr(legend)}</legend>
                {hint.map(|h| view! { <div class="hint" id=hint_id>{i18n.tr(h)}</div> })}
                <InlineError state=state id=id />
                <div class="radios">{options}</div>
            </fieldset>
        </div>
    }
}

/// Radios for an optional equality question: the choices, then "Prefer not to say".
#[component]
pub fn AnswerField<T: Choice + PartialEq + Send + Sync>(
    state: FormState,
    id: &'static str,
    /// Fluent id of the legend.
    legend: &'static str,
    get: fn(&ReferralForm) -> Option<Answer<T>>,
    set: fn(&mut ReferralForm, Answer<T>),
) -> impl IntoView {
    let i18n = use_i18n();
    let answers = Answer::<T>::options().into_iter().map(|a| (a, a.slug(), a.fluent_id())).collect();
    let options = radio_items(state, id, answers, get, set);
    view! {
        <div class="form-group">
            <fieldset class="fieldset">
                <legend class="fieldset__legend fieldset__legend--m">{i18n.tr(legend)}</legend>
                <div class="radios radios--small">{options}</div>
            </fieldset>
        </div>
    }
}

/// The optional checklist of what the person would like help with.
#[component]
pub fn HelpTopicsField(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let id = crate::core::referral::form::ids::HELP_TOPICS;
    let boxes = HelpTopic::ALL
        .iter()
        .enumerate()
        .map(|(n, topic)| {
            let topic = *topic;
            let input_id = if n == 0 { id.to_string() } else { format!("{id}-{}", topic.slug()) };
            view! {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id=input_id.clone() name=id value=topic.slug()
                        prop:checked=move || state.form.with(|f| f.help_topics.contains(&topic))
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            state.update(|f| {
                                f.help_topics.retain(|t| *t != topic);
                                if on {
                                    f.help_topics.push(topic);
                                }
                            })
                        } />
                    <label class="checkboxes__label" for=input_id>{i18n.tr(topic.fluent_id())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class:form-group--error=move || state.error_for(id).is_some()>
            <fieldset class="fieldset" aria-describedby=described_by(state, id, true)>
                <legend class="fieldset__legend fieldset__legend--m">{i18n.tr("refer-help-topics-legend")}</legend>
                <div class="hint" id=format!("{id}-hint")>{i18n.tr("refer-help-topics-hint")}</div>
                <InlineError state=state id=id />
                <div class="checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
}
