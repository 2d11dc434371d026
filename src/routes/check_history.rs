//! Results the person chose to keep on this device, for one questionnaire:
//! a chart with the caseness line, the same figures as a table, and a
//! comparison of any two results as NHS Talking Therapies defines change.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::core::history::HistoryEntry;
use crate::core::instruments::{Instrument, Total};
use crate::core::outcomes::{reliable_change, Change, PairedMeasures, Sitting};
use crate::core::route::CheckStep;
use crate::platform::document;
use crate::platform::storage::StoreKey;
use crate::state::{use_i18n, use_shell, Shell};

/// A kept result, scored afresh from its answers.
#[derive(Clone, Debug, PartialEq)]
struct Kept {
    /// Position in the stored list, for deleting.
    index: usize,
    entry: HistoryEntry,
    total: Total,
}

/// Reads every kept result; entries that fail validation are counted, not shown.
fn load(shell: Shell) -> (Vec<Kept>, usize) {
    let stored: Vec<serde_json::Value> = shell.store.with_value(|s| s.get(StoreKey::History)).unwrap_or_default();
    let mut kept = Vec::new();
    let mut unreadable = 0;
    for (index, value) in stored.into_iter().enumerate() {
        let scored = HistoryEntry::from_value(value).ok().and_then(|entry| {
            entry.score(Instrument::builtin()).ok().and_then(|o| o.total).map(|total| (entry, total))
        });
        match scored {
            Some((entry, total)) => kept.push(Kept { index, entry, total }),
            None => unreadable += 1,
        }
    }
    (kept, unreadable)
}

fn delete(shell: Shell, index: Option<usize>) {
    match index {
        Some(i) => {
            let mut stored: Vec<serde_json::Value> =
                shell.store.with_value(|s| s.get(StoreKey::History)).unwrap_or_default();
            if i < stored.len() {
                stored.remove(i);
            }
            shell.store.with_value(|s| s.set(StoreKey::History, &stored));
        }
        None => shell.store.with_value(|s| s.remove(StoreKey::History)),
    }
}

/// The same-day result of the other measure of the PHQ-9/GAD-7 pair.
fn partner(all: &[Kept], of: &Kept, other: &str) -> Option<Total> {
    const DAY_MS: i64 = 24 * 60 * 60 * 1000;
    all.iter()
        .filter(|k| k.entry.instrument == other && (k.entry.taken_at_ms - of.entry.taken_at_ms).abs() <= DAY_MS)
        .min_by_key(|k| (k.entry.taken_at_ms - of.entry.taken_at_ms).abs())
        .map(|k| k.total)
}

/// The history page.
#[component]
pub fn CheckHistoryPage(
    /// The questionnaire.
    state: CheckState,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let instrument = state.instrument;
    let version = RwSignal::new(0u32);
    let data = Memo::new(move |_| {
        version.track();
        load(shell)
    });
    let mine = move || {
        data.with(|(all, _)| all.iter().filter(|k| k.entry.instrument == instrument.id).cloned().collect::<Vec<_>>())
    };
    let earlier = RwSignal::new(0usize);
    let later = RwSignal::new(usize::MAX);
    let persistent = shell.store.with_value(|s| s.is_persistent());

    let table = move || {
        let rows = mine()
            .into_iter()
            .map(|k| {
                let index = k.index;
                let band = instrument.band_for(k.total).map(|b| i18n.t(&b.name)).unwrap_or_default();
                view! {
                    <tr>
                        <td>{document::format_date(k.entry.taken_at_ms, &i18n.locale())}</td>
                        <td>{k.total.to_string()}</td>
                        <td>{band}</td>
                        <td>
                            <button type="button" class="link-button" on:click=move |_| {
                                delete(shell, Some(index));
                                version.update(|v| *v += 1);
                            }>{i18n.tr("check-history-delete")}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table" id="history-table">
                <caption>{i18n.tr("check-history-table-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.tr("check-history-date")}</th>
                    <th scope="col">{i18n.tr("check-history-score")}</th>
                    <th scope="col">{i18n.tr("check-history-band")}</th>
                    <th scope="col"><span class="visually-hidden">{i18n.tr("check-history-actions")}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    let chart = move || {
        let points = mine();
        let (w, h, pad) = (320.0, 160.0, 24.0);
        let max = f64::from(instrument.max_total().max(1));
        let step = if points.len() > 1 { (w - 2.0 * pad) / (points.len() - 1) as f64 } else { 0.0 };
        let y = move |v: f64| h - pad - (v / max) * (h - 2.0 * pad);
        let coords: Vec<(f64, f64)> =
            points.iter().enumerate().map(|(i, k)| (pad + step * i as f64, y(k.total.as_f64()))).collect();
        let line = coords.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
        let caseness = instrument.caseness.as_ref().map(|c| {
            let cy = y(f64::from(c.at_least));
            view! {
                <line class="chart__caseness" x1=pad y1=cy x2=w - pad y2=cy />
                <text class="chart__label" x=pad y=cy - 4.0>{i18n.t_with("check-history-caseness", &[("score", c.at_least.into())])}</text>
            }
        });
        view! {
            <svg class="chart" viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="history-chart-title">
                <title id="history-chart-title">{i18n.tr("check-history-chart-title")}</title>
                <line class="chart__axis" x1=pad y1=h - pad x2=w - pad y2=h - pad />
                {caseness}
                <polyline class="chart__line" points=line />
                {coords.into_iter().map(|(cx, cy)| view! { <circle class="chart__point" cx=cx cy=cy r="4" /> }).collect_view()}
            </svg>
        }
    };

    let comparison = move || {
        let points = mine();
        if points.len() < 2 {
            return None;
        }
        let last = points.len() - 1;
        let a = earlier.get().min(last);
        let b = later.get().min(last);
        let (first, second) = (&points[a.min(b)], &points[a.max(b)]);
        let change_id = match reliable_change(instrument, first.total, second.total) {
            Some(Change::ReliablyImproved) => "check-history-improved",
            Some(Change::ReliablyDeteriorated) => "check-history-deteriorated",
            Some(Change::NoReliableChange) => "check-history-no-change",
            None => "check-history-change-unknown",
        };
        let pair = match instrument.id.as_str() {
            "phq9" => Some("gad7"),
            "gad7" => Some("phq9"),
            _ => None,
        };
        let paired = pair.and_then(|other| {
            let all = data.with(|(all, _)| all.clone());
            let sitting = |k: &Kept| {
                let partner = partner(&all, k, other)?;
                Some(if instrument.id == "phq9" {
                    Sitting { depression: k.total, anxiety: partner }
                } else {
                    Sitting { depression: partner, anxiety: k.total }
                })
            };
            let outcome = PairedMeasures::phq9_gad7()?.compare(&[sitting(first)?, sitting(second)?])?;
            let recovery_id = match (outcome.reliably_recovered, outcome.recovered) {
                (Some(true), _) => "check-history-reliably-recovered",
                (_, Some(true)) => "check-history-recovered",
                (_, Some(false)) => "check-history-not-recovered",
                _ => "check-history-not-case",
            };
            Some(view! { <p id="history-paired">{i18n.t(recovery_id)}</p> })
        });
        let options = move |selected: RwSignal<usize>| {
            mine()
                .into_iter()
                .enumerate()
                .map(|(i, k)| {
                    let label = format!("{} ({})", document::format_date(k.entry.taken_at_ms, &i18n.locale()), k.total);
                    view! { <option value=i.to_string() selected=move || selected.get().min(last) == i>{label}</option> }
                })
                .collect_view()
        };
        Some(view! {
            <h2>{i18n.tr("check-history-compare-title")}</h2>
            <div class="compare">
                <label for="compare-earlier">{i18n.tr("check-history-compare-from")}</label>
                <select id="compare-earlier" on:change=move |e| earlier.set(event_target_value(&e).parse().unwrap_or(0))>{options(earlier)}</select>
                <label for="compare-later">{i18n.tr("check-history-compare-to")}</label>
                <select id="compare-later" on:change=move |e| later.set(event_target_value(&e).parse().unwrap_or(0))>{options(later)}</select>
            </div>
            <p id="history-change" aria-live="polite">{i18n.t(change_id)}</p>
            {paired}
            <p class="hint">{i18n.tr("check-history-reliable-change-explained")}</p>
        })
    };

    view! {
        <a class="back-link" href=state.route(CheckStep::Intro).href()>{i18n.tr("check-back")}</a>
        <h1 id="page-heading" tabindex="-1">{i18n.t_with("check-history-title", &[("name", i18n.t(&instrument.name).into())])}</h1>
        {(!persistent).then(|| view! { <p>{i18n.tr("check-history-unavailable")}</p> })}
        {move || data.with(|(_, unreadable)| *unreadable).gt(&0).then(|| view! {
            <p class="notice notice--warning" id="history-unreadable">{i18n.tr("check-history-unreadable")}</p>
        })}
        {move || if mine().is_empty() {
            view! { <p id="history-empty">{i18n.tr("check-history-empty")}</p> }.into_any()
        } else {
            view! {
                {chart}
                {table}
                {comparison}
                <button type="button" class="button button--warning" id="history-delete-all" on:click=move |_| {
                    delete(shell, None);
                    version.update(|v| *v += 1);
                }>{i18n.tr("check-history-delete-all")}</button>
            }.into_any()
        }}
    }
}
