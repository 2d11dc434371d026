//! The result of one questionnaire, in plain language: what it suggests and
//! what it does not, with next steps. Information, never a verdict.

use leptos::prelude::*;

use crate::components::check_state::CheckState;
use crate::components::phone::PhoneLink;
use crate::components::tell_the_service::TellTheService;
use crate::components::translation_status::TranslationStatusNote;
use crate::core::history::HistoryEntry;
use crate::core::instruments::{Instrument, Outcome};
use crate::core::referral::form::Taken;
use crate::core::route::{CheckStep, Route};
use crate::core::waiting::{assess, previous_entry, Finding, Harder};
use crate::platform::document;
use crate::platform::storage::StoreKey;
use crate::state::referral::{use_referral, Latest};
use crate::state::{use_i18n, use_shell, Value};

/// Before the score, when a result looks harder than the person's last kept
/// one (or is in the highest band): how to tell the service. Risk answers
/// have their own panel, and the crisis routes came before this page.
fn harder_since_last(
    shell: crate::state::Shell,
    state: CheckState,
    instrument: &'static Instrument,
    answers: Vec<Option<u8>>,
    latest: &Outcome,
) -> Option<AnyView> {
    let i18n = use_i18n();
    let history = shell.kept_history();
    let previous_entry = previous_entry(&history, instrument, document::now_ms() as i64);
    let previous = previous_entry.and_then(|e| e.score(Instrument::builtin()).ok());
    let Finding::Harder(reasons) = assess(instrument, previous.as_ref(), latest) else { return None };
    let (phone, online) = shell.config.with_value(|c| (c.contact.phone.clone(), c.takes_online_referrals()));
    let reasons = reasons
        .into_iter()
        .map(|reason| match reason {
            Harder::ReliablyWorse { before, after } => view! {
                <li data-reason="reliably-worse">{i18n.t_with("check-result-harder-worse", &[
                    ("before", before.to_string().into()),
                    ("after", after.to_string().into()),
                ])}</li>
            }
            .into_any(),
            Harder::IntoHighestBand => {
                view! { <li data-reason="highest-band">{i18n.tr("check-result-harder-highest")}</li> }.into_any()
            }
        })
        .collect_view();
    let receipt = match use_referral().latest() {
        Some(Latest::Receipt(receipt)) => Some(receipt),
        _ => None,
    };
    let reference = receipt.as_ref().map(|receipt| {
        view! {
            <p>{i18n.t_with("check-result-harder-reference", &[("reference", Value::Text(receipt.reference()))])}</p>
        }
    });
    // Online only where the service takes referrals online and has this
    // person's referral (its receipt is on the device); the phone always.
    let online_update = receipt.filter(|_| online).map(|receipt| {
        let wording = state.wording(&i18n.locale());
        view! {
            <TellTheService referral_id=receipt.referral_id instrument=instrument answers=answers
                wording=(wording.0.to_string(), wording.1)
                previous=previous_entry.map(|e| (e.answers.clone(), e.taken_at_ms)) />
        }
    });
    Some(
        view! {
            <div class="inset inset--warning" id="result-harder">
                <h2>{i18n.tr("check-result-harder-title")}</h2>
                <ul class="list">{reasons}</ul>
                <p>{i18n.tr("check-result-harder-tell")} " " <PhoneLink number=phone id="result-harder-phone" /></p>
                {reference}
                {online_update}
                <p><a href=Route::Waiting.href()>{i18n.tr("check-result-harder-waiting")}</a></p>
            </div>
        }
        .into_any(),
    )
}

/// The results page.
#[component]
pub fn CheckResultPage(
    /// The questionnaire's progress.
    state: CheckState,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let instrument = state.instrument;
    let progress = state.progress.get_untracked();
    let outcome = match instrument.score(&progress.answers) {
        Ok(outcome) => outcome,
        // Answers that do not fit the questionnaire are never scored.
        Err(_) => {
            return view! {
                <h1 id="page-heading" tabindex="-1">{i18n.tr("check-result-unavailable")}</h1>
                <p><a href=state.route(CheckStep::Intro).href()>{i18n.tr("check-start-again")}</a></p>
            }
            .into_any();
        }
    };
    let persistent = shell.store.with_value(|s| s.is_persistent());
    let saved = RwSignal::new(false);
    let answers = progress.answers.clone();
    let keep = move |_| {
        let Ok(entry) = HistoryEntry::new(instrument, document::now_ms() as i64, answers.clone()) else { return };
        let mut history: Vec<serde_json::Value> =
            shell.store.with_value(|s| s.get(StoreKey::History)).unwrap_or_default();
        if let Ok(value) = serde_json::to_value(&entry) {
            history.push(value);
            shell.store.with_value(|s| s.set(StoreKey::History, &history));
            saved.set(true);
        }
    };
    // PHQ-9 and GAD-7 can go with a self-referral, if the person chooses.
    let offers_referral = matches!(instrument.id.as_str(), "phq9" | "gad7")
        && persistent
        && shell.config.with_value(|c| c.takes_online_referrals());
    let carried = progress.answers.clone();
    let referral = use_referral();
    let add_to_referral = move |_| {
        let scored: Vec<u8> = carried
            .iter()
            .zip(&instrument.items)
            .filter(|(_, item)| item.scored)
            .map(|(a, _)| a.unwrap_or(0))
            .collect();
        let difficulty = carried.iter().zip(&instrument.items).find(|(_, item)| !item.scored).and_then(|(a, _)| *a);
        let (locale, wording) = state.wording(&i18n.locale());
        let taken = Some(Taken { at_ms: document::now_ms() as i64, locale: locale.to_string(), wording });
        // Through the page's one owner of the draft, so no copy overwrites it.
        referral.form.update(|draft| {
            if instrument.id == "phq9" {
                draft.phq9 = scored;
                draft.phq9_difficulty = difficulty;
                draft.phq9_taken = taken;
            } else {
                draft.gad7 = scored;
                draft.gad7_difficulty = difficulty;
                draft.gad7_taken = taken;
            }
        });
        document::navigate(&Route::Refer.href());
    };
    let max = instrument.max_total();
    let score_line = outcome.total.map(|total| {
        view! {
            <p class="result-score" id="result-score">
                {i18n.t_with("check-result-score", &[("score", total.to_string().into()), ("max", max.into())])}
            </p>
        }
    });
    let band = outcome.band.clone().map(|band| {
        view! {
            <h2 id="result-band">{i18n.t(&band.name)}</h2>
            <p id="result-explanation">{i18n.t(&band.explanation)}</p>
        }
    });
    let caseness = (outcome.case == Some(true))
        .then(|| instrument.caseness.as_ref().map(|c| view! { <p id="result-caseness">{i18n.t(&c.explanation)}</p> }))
        .flatten();
    let prorated = outcome.is_prorated().then(|| view! { <p>{i18n.tr("check-result-prorated")}</p> });
    let explore_text = match &instrument.scoring {
        crate::core::instruments::ScoringRule::ItemByItem { explore_text, .. } => Some(explore_text.clone()),
        _ => None,
    };
    let items = (!outcome.item_reports.is_empty()).then(|| {
        let rows = outcome
            .item_reports
            .iter()
            .map(|report| {
                let text = instrument.items[report.item].text.clone();
                let score = report.score.map_or("–".to_string(), |s| s.to_string());
                view! {
                    <tr>
                        <th scope="row">{i18n.t(&text)}</th>
                        <td>{score}</td>
                        <td>{report.explore_further.then(|| explore_text.clone().map(|id| i18n.t(&id))).flatten()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table" id="result-items">
                <caption>{i18n.tr("check-result-items-caption")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.tr("check-result-item")}</th>
                    <th scope="col">{i18n.tr("check-result-item-score")}</th>
                    <th scope="col">{i18n.tr("check-result-item-note")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });

    let harder = harder_since_last(shell, state, instrument, progress.answers.clone(), &outcome);

    view! {
        <h1 id="page-heading" tabindex="-1">{i18n.t_with("check-result-title", &[("name", i18n.t(&instrument.name).into())])}</h1>
        {progress.risk(instrument).then(|| view! {
            <div class="inset inset--urgent" id="result-risk">
                <p>{i18n.tr("check-result-risk")} " " <a href=Route::HelpNow.href()>{i18n.tr("app-help-now")}</a></p>
            </div>
        })}
        {harder}
        {score_line}
        {band}
        {caseness}
        {prorated}
        {items}
        <h2>{i18n.tr("check-result-not-title")}</h2>
        <p>{i18n.tr("check-result-not-diagnosis")}</p>
        <p>{i18n.tr("check-result-any-score")}</p>
        <h2>{i18n.tr("check-result-next-title")}</h2>
        <ul class="list">
            <li><a href=Route::Learn.href()>{i18n.tr("check-result-next-learn")}</a></li>
            <li><a href=Route::Refer.href() id="result-refer">{i18n.tr("check-result-next-refer")}</a></li>
            <li><a href=Route::HelpNow.href()>{i18n.tr("check-result-next-help")}</a></li>
        </ul>
        {offers_referral.then(|| view! {
            <div class="inset">
                <h2>{i18n.tr("check-result-referral-title")}</h2>
                <p>{i18n.tr("check-result-referral-body")}</p>
                <button type="button" class="button" id="result-add-to-referral" on:click=add_to_referral>
                    {i18n.tr("check-result-referral-add")}
                </button>
            </div>
        })}
        <div class="actions">
            <button type="button" class="button button--secondary" on:click=|_| document::print()>{i18n.tr("check-result-print")}</button>
            {if persistent {
                view! {
                    <button type="button" class="button button--secondary" id="result-keep" on:click=keep disabled=move || saved.get()>
                        {i18n.tr("check-result-keep")}
                    </button>
                }.into_any()
            } else {
                view! { <p id="result-cannot-keep">{i18n.tr("check-result-cannot-keep")}</p> }.into_any()
            }}
        </div>
        <p aria-live="polite">
            {move || saved.get().then(|| view! {
                <span id="result-kept">{i18n.tr("check-result-kept")} " "</span>
                <a href=state.route(CheckStep::History).href()>{i18n.tr("check-history-link")}</a>
            })}
        </p>
        <TranslationStatusNote state=state />
        <p class="small-print">{i18n.t(&instrument.licence.note)}</p>
        <p class="small-print">{i18n.t(&instrument.citation)}</p>
    }
    .into_any()
}
