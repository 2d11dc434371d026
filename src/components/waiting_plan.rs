//! The waiting plan on the "While you wait" page: chosen with the person
//! (suggested from their kept results, or what they say would help most),
//! ticked off step by step, kept only on this device, never on a shared one.

use std::rc::Rc;

use leptos::prelude::*;

use crate::core::content::{Library, PlanEntry};
use crate::core::instruments::{Instrument, Outcome};
use crate::core::plan::{suggest, SavedPlan};
use crate::core::route::Route;
use crate::core::waiting::CHECK_IN_INSTRUMENTS;
use crate::platform::storage::StoreKey;
use crate::platform::{content, document};
use crate::state::{use_i18n, use_shell, Value};

/// What the page knows about the person's plan.
#[derive(Clone, Debug, PartialEq)]
enum Stored {
    None,
    Plan(SavedPlan),
    /// Kept, untouched, until the person starts a new plan.
    Unreadable,
}

/// The plan section: a chooser, or the plan with its steps.
#[component]
pub fn WaitingPlan() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let (persistent, shared) = shell.store.with_value(|s| (s.is_persistent(), s.is_shared()));
    if shared || !persistent {
        let text = if shared { "waiting-plan-not-shared" } else { "waiting-plan-not-kept" };
        return view! {
            <h2>{i18n.tr("waiting-plan-title")}</h2>
            <p id="waiting-plan-unavailable">{i18n.tr(text)}</p>
        }
        .into_any();
    }
    // None while loading; Some(None) when the pack cannot be read.
    let library = RwSignal::new_local(None::<Option<Rc<Library>>>);
    Effect::new(move |_| {
        let locale = i18n.locale();
        leptos::task::spawn_local(async move {
            library.try_set(Some(content::library(&locale).await));
        });
    });
    view! {
        <h2>{i18n.tr("waiting-plan-title")}</h2>
        {move || match library.get() {
            None => view! { <p role="status">{i18n.tr("learn-loading")}</p> }.into_any(),
            Some(None) => view! { <p>{i18n.tr("learn-pack-failed")}</p> }.into_any(),
            Some(Some(library)) => view! { <PlanOrChooser library=library /> }.into_any(),
        }}
    }
    .into_any()
}

fn read_stored(library: &Library) -> Stored {
    let raw = use_shell().store.with_value(|s| s.get_raw(StoreKey::WaitingPlan));
    match raw.map(|text| SavedPlan::from_json(&text, &library.pack)) {
        None => Stored::None,
        Some(Ok(plan)) => Stored::Plan(plan),
        Some(Err(_)) => Stored::Unreadable,
    }
}

/// The person's latest kept result of each check-in questionnaire.
fn latest_results() -> Vec<(&'static Instrument, Outcome)> {
    let history = use_shell().kept_history();
    CHECK_IN_INSTRUMENTS
        .iter()
        .filter_map(|id| {
            let newest = history.iter().filter(|e| e.instrument == *id).max_by_key(|e| e.taken_at_ms)?;
            let instrument = Instrument::by_id(id)?;
            Some((instrument, newest.score(Instrument::builtin()).ok()?))
        })
        .collect()
}

#[component]
fn PlanOrChooser(
    /// The content pack and its words in the reader's language.
    library: Rc<Library>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let stored = RwSignal::new(read_stored(&library));
    let library = StoredValue::new_local(library);
    let save = move |plan: &SavedPlan| shell.store.with_value(|s| s.set(StoreKey::WaitingPlan, plan));
    let start = move |id: String| {
        library.with_value(|l| {
            if let Some(entry) = l.pack.plan(&id) {
                let plan = SavedPlan::start(entry, document::now_ms() as i64);
                save(&plan);
                stored.set(Stored::Plan(plan));
                request_animation_frame(|| document::focus("waiting-plan-started"));
            }
        });
    };
    let stop = move |_| {
        shell.store.with_value(|s| s.remove(StoreKey::WaitingPlan));
        stored.set(Stored::None);
    };
    let toggle = move |step: String| {
        stored.update(|current| {
            if let Stored::Plan(plan) = current {
                library.with_value(|l| {
                    if let Some(entry) = l.pack.plan(&plan.plan) {
                        plan.toggle(entry, &step);
                    }
                });
                save(plan);
            }
        });
    };
    move || match stored.get() {
        Stored::Plan(plan) => {
            let entry = library.with_value(|l| l.pack.plan(&plan.plan).cloned());
            match entry {
                Some(entry) => {
                    view! { <PlanSteps library=library.get_value() entry=entry plan=stored toggle=toggle stop=stop /> }
                        .into_any()
                }
                None => ().into_any(),
            }
        }
        other => {
            let unreadable = (other == Stored::Unreadable).then(|| {
                view! { <p class="notice notice--warning" id="waiting-plan-unreadable">{i18n.tr("waiting-plan-unreadable")}</p> }
            });
            view! {
                {unreadable}
                <Chooser library=library.get_value() start=start />
            }
            .into_any()
        }
    }
}

/// "What would help most?": the plans, the suggested one chosen first.
#[component]
fn Chooser(
    /// The content pack and its words.
    library: Rc<Library>,
    /// Starts the plan with this id.
    start: impl Fn(String) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let suggested = suggest(&library.pack, &latest_results(), None).map(|p| p.id.clone());
    let first = library.pack.plans.first().map(|p| p.id.clone()).unwrap_or_default();
    let chosen = RwSignal::new(suggested.clone().unwrap_or(first));
    let options = library
        .pack
        .plans
        .iter()
        .map(|plan: &PlanEntry| {
            let id = plan.id.clone();
            let input_id = format!("waiting-plan-{}", plan.id);
            let is_suggested = suggested.as_deref() == Some(plan.id.as_str());
            let value = id.clone();
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" name="waiting-plan" id=input_id.clone() value=id.clone()
                        aria-describedby=format!("{input_id}-summary")
                        prop:checked=move || chosen.get() == value
                        on:change=move |_| chosen.set(id.clone()) />
                    <label class="radios__label" for=input_id.clone()>
                        {library.title(&plan.id)}
                        {is_suggested.then(|| view! { " " <strong class="tag">{i18n.tr("waiting-plan-suggested")}</strong> })}
                    </label>
                    <p class="hint" id=format!("{input_id}-summary")>{library.summary(&plan.id)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <p>{i18n.tr("waiting-plan-body")}</p>
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{i18n.tr("waiting-plan-question")}</legend>
            {suggested.is_some().then(|| view! { <p class="hint">{i18n.tr("waiting-plan-suggested-hint")}</p> })}
            <div class="radios">{options}</div>
        </fieldset>
        <button type="button" class="button" id="waiting-plan-start" on:click=move |_| start(chosen.get_untracked())>
            {i18n.tr("waiting-plan-start")}
        </button>
    }
}

/// A started plan: its steps by week, ticked off on the device.
#[component]
fn PlanSteps(
    /// The content pack and its words.
    library: Rc<Library>,
    /// The plan as the pack defines it.
    entry: PlanEntry,
    /// The person's saved plan (and what they ticked).
    plan: RwSignal<Stored>,
    /// Ticks a step on or off.
    toggle: impl Fn(String) + Copy + 'static,
    /// Stops the plan and deletes it.
    stop: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let saved = move || match plan.get() {
        Stored::Plan(p) => Some(p),
        _ => None,
    };
    let week_now = saved().map_or(1, |p| p.week(document::now_ms() as i64, document::utc_offset_minutes()));
    let last_week = entry.steps.iter().map(|s| u32::from(s.week)).max().unwrap_or(1);
    let total = entry.steps.len();
    let progress_entry = entry.clone();
    let progress = move || {
        let done = saved().map_or(0, |p| p.progress(&progress_entry).0);
        i18n.t_with("waiting-plan-progress", &[("done", done.into()), ("total", total.into())])
    };
    let mut weeks: Vec<u8> = entry.steps.iter().map(|s| s.week).collect();
    weeks.dedup();
    let groups = weeks
        .into_iter()
        .map(|week| {
            let steps = entry
                .steps
                .iter()
                .filter(|s| s.week == week)
                .map(|step| {
                    let input_id = format!("plan-step-{}", step.id);
                    let step_id = step.id.clone();
                    let checked_id = step.id.clone();
                    let href = format!("{}#{}", Route::LearnTopic(step.topic.clone()).href(), step.section);
                    view! {
                        <li class="checkboxes__item">
                            <input class="checkboxes__input" type="checkbox" id=input_id.clone()
                                prop:checked=move || saved().is_some_and(|p| p.is_done(&checked_id))
                                on:change=move |_| toggle(step_id.clone()) />
                            <div>
                                <label class="checkboxes__label" for=input_id>{library.title(&step.text)}</label>
                                <p class="hint"><a href=href class="plan-step-link">{i18n.t_with("waiting-plan-step-how", &[("topic", Value::Text(library.title(&step.topic)))])}</a></p>
                            </div>
                        </li>
                    }
                })
                .collect_view();
            let current = u32::from(week) == week_now.min(last_week);
            view! {
                <h4 data-current=current.to_string()>
                    {i18n.t_with("waiting-plan-week", &[("week", u32::from(week).into())])}
                    {current.then(|| view! { " " <span class="tag">{i18n.tr("waiting-plan-this-week")}</span> })}
                </h4>
                <ul class="checkboxes list">{steps}</ul>
            }
        })
        .collect_view();
    view! {
        <h3 id="waiting-plan-started" tabindex="-1">{library.title(&entry.id)}</h3>
        <p>{library.summary(&entry.id)}</p>
        <p id="waiting-plan-week">{i18n.t_with("waiting-plan-week-now", &[("week", week_now.into())])}</p>
        {(week_now > last_week).then(|| view! { <p>{i18n.tr("waiting-plan-after-end")}</p> })}
        <p id="waiting-plan-progress" aria-live="polite">{progress}</p>
        {groups}
        <p>{i18n.tr("waiting-plan-kept")}</p>
        <button type="button" class="button button--secondary" id="waiting-plan-stop" on:click=stop>
            {i18n.tr("waiting-plan-stop")}
        </button>
    }
}
