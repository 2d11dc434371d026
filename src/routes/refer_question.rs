//! The referral's question pages. Each says briefly why it asks; answers
//! are saved on this device as they are typed; Continue checks only this
//! page's answers and shows an error summary that takes focus.

use leptos::prelude::*;

use crate::components::form_fields::{AnswerField, ErrorSummary, HelpTopicsField, RadioField, TextField};
use crate::core::referral::eligibility::Eligibility;
use crate::core::referral::fields::Date;
use crate::core::referral::form::{
    ids, Answer, Employment, EthnicCategory, Gender, Interpreter, Perinatal, ReferralForm, Religion, SecondaryCare,
    SexualOrientation, YesNo,
};
use crate::core::referral::journey::Step;
use crate::core::route::Route;
use crate::platform::document;
use crate::state::referral::use_referral;
use crate::state::{use_i18n, use_shell};

/// Today, for date checks and ages.
pub fn today() -> Date {
    Date::from_unix_ms(document::now_ms() as i64)
}

/// The Fluent id of a step's heading and title.
pub fn title_id(step: Step) -> &'static str {
    match step {
        Step::Start => "refer-title",
        Step::Eligibility => "refer-eligibility-title",
        Step::NotEligible => "refer-not-eligible-title",
        Step::AboutYou => "refer-about-you-title",
        Step::Contact => "refer-contact-title",
        Step::More => "refer-more-title",
        Step::Equality => "refer-equality-title",
        Step::Consent => "refer-consent-title",
        Step::Check => "refer-check-title",
        Step::Sent => "refer-sent-title",
    }
}

/// The link to a step (the start page is plain `#/refer`).
pub fn step_href(step: Step) -> String {
    if step == Step::Start {
        Route::Refer.href()
    } else {
        Route::ReferStep(step).href()
    }
}

/// A yes/no answer as the YesNo choice the radios show.
pub fn yes_no(value: Option<bool>) -> Option<YesNo> {
    value.map(|v| if v { YesNo::Yes } else { YesNo::No })
}

/// One question page.
#[component]
pub fn ReferQuestionPage(
    /// Which page.
    step: Step,
) -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let referral = use_referral();
    let state = referral.form;
    let settings = shell.config.with_value(|c| c.questions.clone());
    let crisis_missing = RwSignal::new(false);
    state.errors.set(Vec::new());

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let settings = shell.config.with_value(|c| c.questions.clone());
        let all = state.form.with_untracked(|f| f.validate(&settings, today()));
        let errors = step.errors(&all);
        let unanswered_crisis = step == Step::Eligibility && state.form.with_untracked(|f| f.in_crisis.is_none());
        crisis_missing.set(unanswered_crisis);
        state.errors.set(errors.clone());
        if !errors.is_empty() || unanswered_crisis {
            document::set_title(&format!("{} {}", i18n.t("check-error-prefix"), i18n.t(title_id(step))));
            request_animation_frame(|| document::focus("error-summary"));
            return;
        }
        let next = if step == Step::Eligibility {
            let rules = shell.config.with_value(|c| c.eligibility.clone());
            match rules.assess(&state.form.with_untracked(|f| f.eligibility_answers(today()))) {
                Eligibility::Eligible => Step::AboutYou,
                Eligibility::NotEligible(_) => Step::NotEligible,
            }
        } else {
            step.next()
        };
        document::navigate(&Route::ReferStep(next).href());
    };

    let fields = match step {
        Step::Eligibility => view! {
            <RadioField state=state id="in-crisis" legend="refer-in-crisis-legend" hint="refer-in-crisis-shared-hint"
                get=|f: &ReferralForm| yes_no(f.in_crisis) set=|f: &mut ReferralForm, v: YesNo| f.answer_in_crisis(v == YesNo::Yes) />
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="date-of-birth-hint">
                    <legend class="fieldset__legend fieldset__legend--m">{i18n.tr("refer-dob-legend")}</legend>
                    <div class="hint" id="date-of-birth-hint">{i18n.tr("refer-dob-hint")}</div>
                    <div class="date-input">
                        <TextField state=state id=ids::DATE_OF_BIRTH_DAY label="refer-dob-day" kind="text" autocomplete="bday-day"
                            get=|f: &ReferralForm| f.date_of_birth.day.clone() set=|f: &mut ReferralForm, v| f.date_of_birth.day = v />
                        <TextField state=state id=ids::DATE_OF_BIRTH_MONTH label="refer-dob-month" kind="text" autocomplete="bday-month"
                            get=|f: &ReferralForm| f.date_of_birth.month.clone() set=|f: &mut ReferralForm, v| f.date_of_birth.month = v />
                        <TextField state=state id=ids::DATE_OF_BIRTH_YEAR label="refer-dob-year" kind="text" autocomplete="bday-year"
                            get=|f: &ReferralForm| f.date_of_birth.year.clone() set=|f: &mut ReferralForm, v| f.date_of_birth.year = v />
                    </div>
                </fieldset>
            </div>
            <TextField state=state id=ids::POSTCODE label="refer-postcode-label" hint="refer-postcode-hint" autocomplete="postal-code"
                get=|f: &ReferralForm| f.postcode.clone() set=|f: &mut ReferralForm, v| f.postcode = v />
            <PracticeList />
            <RadioField state=state id=ids::SECONDARY_CARE legend="refer-secondary-care-legend" hint="refer-secondary-care-hint"
                get=|f: &ReferralForm| f.secondary_care set=|f: &mut ReferralForm, v: SecondaryCare| f.secondary_care = Some(v) />
        }
        .into_any(),
        Step::AboutYou => view! {
            <TextField state=state id=ids::GIVEN_NAME label="refer-given-name-label" autocomplete="given-name"
                get=|f: &ReferralForm| f.given_name.clone() set=|f: &mut ReferralForm, v| f.given_name = v />
            <TextField state=state id=ids::FAMILY_NAME label="refer-family-name-label" autocomplete="family-name"
                get=|f: &ReferralForm| f.family_name.clone() set=|f: &mut ReferralForm, v| f.family_name = v />
            {settings.nhs_number.is_shown().then(|| view! {
                <TextField state=state id=ids::NHS_NUMBER label="refer-nhs-number-label" hint="refer-nhs-number-hint"
                    get=|f: &ReferralForm| f.nhs_number.clone() set=|f: &mut ReferralForm, v| f.nhs_number = v />
            })}
            {settings.address.is_shown().then(|| view! {
                <TextField state=state id=ids::ADDRESS_LINE_1 label="refer-address-line-1-label" hint="refer-address-hint" autocomplete="address-line1"
                    get=|f: &ReferralForm| f.address.line_1.clone() set=|f: &mut ReferralForm, v| f.address.line_1 = v />
                <TextField state=state id=ids::ADDRESS_LINE_2 label="refer-address-line-2-label" autocomplete="address-line2"
                    get=|f: &ReferralForm| f.address.line_2.clone() set=|f: &mut ReferralForm, v| f.address.line_2 = v />
                <TextField state=state id=ids::TOWN label="refer-town-label" autocomplete="address-level2"
                    get=|f: &ReferralForm| f.address.town.clone() set=|f: &mut ReferralForm, v| f.address.town = v />
            })}
        }
        .into_any(),
        Step::Contact => view! {
            <TextField state=state id=ids::PHONE label="refer-phone-label" hint="refer-phone-hint" kind="tel" autocomplete="tel"
                get=|f: &ReferralForm| f.phone.clone() set=|f: &mut ReferralForm, v| f.phone = v />
            <TextField state=state id=ids::EMAIL label="refer-email-label" hint="refer-email-hint" kind="email" autocomplete="email"
                get=|f: &ReferralForm| f.email.clone() set=|f: &mut ReferralForm, v| f.email = v />
            {settings.contact_permissions.is_shown().then(|| view! {
                <RadioField state=state id=ids::VOICEMAIL legend="refer-voicemail-legend" hint="refer-voicemail-hint"
                    get=|f: &ReferralForm| yes_no(f.voicemail_ok) set=|f: &mut ReferralForm, v: YesNo| f.voicemail_ok = Some(v == YesNo::Yes) />
                <RadioField state=state id=ids::TEXTS legend="refer-texts-legend"
                    get=|f: &ReferralForm| yes_no(f.texts_ok) set=|f: &mut ReferralForm, v: YesNo| f.texts_ok = Some(v == YesNo::Yes) />
            })}
            {settings.safe_times.is_shown().then(|| view! {
                <TextField state=state id=ids::SAFE_TIMES label="refer-safe-times-label" hint="refer-safe-times-hint"
                    get=|f: &ReferralForm| f.safe_times.clone() set=|f: &mut ReferralForm, v| f.safe_times = v />
            })}
        }
        .into_any(),
        Step::More => view! {
            {settings.preferred_language.is_shown().then(|| view! {
                <TextField state=state id=ids::PREFERRED_LANGUAGE label="refer-language-label" hint="refer-language-hint"
                    get=|f: &ReferralForm| f.preferred_language.clone() set=|f: &mut ReferralForm, v| f.preferred_language = v />
            })}
            {settings.interpreter.is_shown().then(|| view! {
                <RadioField state=state id=ids::INTERPRETER legend="refer-interpreter-legend"
                    get=|f: &ReferralForm| f.interpreter set=|f: &mut ReferralForm, v: Interpreter| f.interpreter = Some(v) />
                <TextField state=state id=ids::INTERPRETER_LANGUAGE label="refer-interpreter-language-label"
                    get=|f: &ReferralForm| f.interpreter_language.clone() set=|f: &mut ReferralForm, v| f.interpreter_language = v />
            })}
            {settings.gp_practice.is_shown().then(|| view! {
                <TextField state=state id=ids::GP_PRACTICE label="refer-gp-label" hint="refer-gp-hint"
                    get=|f: &ReferralForm| f.gp_practice.clone() set=|f: &mut ReferralForm, v| f.gp_practice = v />
            })}
            {settings.help_with.is_shown().then(|| view! {
                <TextField state=state id=ids::HELP_WITH label="refer-help-with-label" hint="refer-help-with-hint" multiline=true
                    get=|f: &ReferralForm| f.help_with.clone() set=|f: &mut ReferralForm, v| f.help_with = v />
            })}
            {settings.help_topics.is_shown().then(|| view! { <HelpTopicsField state=state /> })}
        }
        .into_any(),
        Step::Equality => {
            let shown = settings.equality;
            view! {
                {shown.ethnic_category.is_shown().then(|| view! {
                    <RadioField state=state id=ids::ETHNIC_CATEGORY legend="refer-ethnic-category-legend"
                        get=|f: &ReferralForm| f.equality.ethnic_category
                        set=|f: &mut ReferralForm, v: EthnicCategory| f.equality.ethnic_category = Some(v) />
                })}
                {shown.gender.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::GENDER legend="refer-gender-legend"
                        get=|f: &ReferralForm| f.equality.gender set={|f: &mut ReferralForm, v: Answer<Gender>| f.equality.gender = Some(v) } />
                })}
                {shown.gender_same_as_birth.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::GENDER_SAME_AS_BIRTH legend="refer-gender-same-legend"
                        get=|f: &ReferralForm| f.equality.gender_same_as_birth
                        set={|f: &mut ReferralForm, v: Answer<YesNo>| f.equality.gender_same_as_birth = Some(v) } />
                })}
                {shown.sexual_orientation.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::SEXUAL_ORIENTATION legend="refer-orientation-legend"
                        get=|f: &ReferralForm| f.equality.sexual_orientation
                        set={|f: &mut ReferralForm, v: Answer<SexualOrientation>| f.equality.sexual_orientation = Some(v) } />
                })}
                {shown.religion.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::RELIGION legend="refer-religion-legend"
                        get=|f: &ReferralForm| f.equality.religion set={|f: &mut ReferralForm, v: Answer<Religion>| f.equality.religion = Some(v) } />
                })}
                {shown.disability.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::DISABILITY legend="refer-disability-legend"
                        get=|f: &ReferralForm| f.equality.disability set={|f: &mut ReferralForm, v: Answer<YesNo>| f.equality.disability = Some(v) } />
                })}
                {shown.long_term_condition.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::LONG_TERM_CONDITION legend="refer-long-term-legend"
                        get=|f: &ReferralForm| f.equality.long_term_condition
                        set={|f: &mut ReferralForm, v: Answer<YesNo>| f.equality.long_term_condition = Some(v) } />
                })}
                {shown.employment.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::EMPLOYMENT legend="refer-employment-legend"
                        get=|f: &ReferralForm| f.equality.employment set={|f: &mut ReferralForm, v: Answer<Employment>| f.equality.employment = Some(v) } />
                })}
                {shown.armed_forces_veteran.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::ARMED_FORCES_VETERAN legend="refer-veteran-legend"
                        get=|f: &ReferralForm| f.equality.armed_forces_veteran
                        set={|f: &mut ReferralForm, v: Answer<YesNo>| f.equality.armed_forces_veteran = Some(v) } />
                })}
                {shown.perinatal.is_shown().then(|| view! {
                    <AnswerField state=state id=ids::PERINATAL legend="refer-perinatal-legend"
                        get=|f: &ReferralForm| f.equality.perinatal set={|f: &mut ReferralForm, v: Answer<Perinatal>| f.equality.perinatal = Some(v) } />
                })}
            }
            .into_any()
        }
        Step::Consent => view! {
            {settings.consent_share_with_gp.is_shown().then(|| view! {
                <RadioField state=state id=ids::CONSENT_SHARE_WITH_GP legend="refer-share-gp-legend" hint="refer-share-gp-hint"
                    get=|f: &ReferralForm| yes_no(f.consent_share_with_gp) set=|f: &mut ReferralForm, v: YesNo| f.consent_share_with_gp = Some(v == YesNo::Yes) />
            })}
            <PrivacyConsent />
        }
        .into_any(),
        _ => ().into_any(),
    };

    view! {
        <a class="back-link" href=step_href(step.previous())>{i18n.tr("check-back")}</a>
        <form novalidate on:submit=submit>
            {move || crisis_missing.get().then(|| view! {
                <div class="error-summary" id="error-summary" tabindex="-1" role="alert">
                    <h2>{i18n.tr("check-error-summary-title")}</h2>
                    <ul><li><a href="#in-crisis">{i18n.tr("refer-error-in-crisis-missing")}</a></li></ul>
                </div>
            })}
            {move || (!crisis_missing.get()).then(|| view! { <ErrorSummary state=state /> })}
            <h1 id="page-heading" tabindex="-1">{i18n.tr(title_id(step))}</h1>
            <p class="lead">{i18n.tr(why_id(step))}</p>
            {fields}
            <button type="submit" class="button" id="refer-continue">{i18n.tr("check-next")}</button>
        </form>
    }
}

fn why_id(step: Step) -> &'static str {
    match step {
        Step::Eligibility => "refer-eligibility-why",
        Step::AboutYou => "refer-about-you-why",
        Step::Contact => "refer-contact-why",
        Step::More => "refer-more-why",
        Step::Equality => "refer-equality-why",
        _ => "refer-consent-why",
    }
}

/// The privacy notice checkbox: required before a referral can be sent.
#[component]
fn PrivacyConsent() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_referral().form;
    let url = shell.config.with_value(|c| c.privacy_notice_url.clone());
    let error = move || state.error_for(ids::CONSENT_PRIVACY_NOTICE);
    view! {
        <div class="form-group" class:form-group--error=move || error().is_some()>
            {url.map(|u| view! { <p><a href=u rel="noopener" target="_blank">{i18n.tr("privacy-notice-link")}</a></p> })}
            {move || error().map(|e| view! {
                <p class="error-message" id="consent-privacy-notice-error">{crate::components::form_fields::error_text(&e)}</p>
            })}
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id=ids::CONSENT_PRIVACY_NOTICE
                    prop:checked=move || state.form.with(|f| f.consent_privacy_notice)
                    on:change=move |e| state.update(|f| f.consent_privacy_notice = event_target_checked(&e)) />
                <label class="checkboxes__label" for=ids::CONSENT_PRIVACY_NOTICE>{i18n.tr("refer-privacy-consent-label")}</label>
            </div>
        </div>
    }
}

/// When the service lists its GP practices: pick yours (or "not listed"),
/// so being registered there counts for the area check.
#[component]
fn PracticeList() -> impl IntoView {
    let i18n = use_i18n();
    let shell = use_shell();
    let state = use_referral().form;
    let practices = shell.config.with_value(|c| c.eligibility.gp_practices.clone());
    if practices.is_empty() {
        return None;
    }
    let options = practices
        .into_iter()
        .map(|p| {
            let code = p.code.clone();
            view! {
                <option value=p.code.clone() selected=move || state.form.with(|f| f.gp_practice_code == code)>{p.name}</option>
            }
        })
        .collect_view();
    let choose = move |e: leptos::ev::Event| {
        let code = event_target_value(&e);
        let name = shell
            .config
            .with_value(|c| c.eligibility.gp_practices.iter().find(|p| p.code == code).map(|p| p.name.clone()));
        state.update(|f| {
            f.gp_practice_code = name.as_ref().map_or(String::new(), |_| code.clone());
            if let Some(name) = name {
                f.gp_practice = name;
            }
        });
    };
    Some(view! {
        <div class="form-group">
            <label class="label" for="gp-practice-code">{i18n.tr("refer-practice-list-label")}</label>
            <div class="hint" id="gp-practice-code-hint">{i18n.tr("refer-practice-list-hint")}</div>
            <select class="select" id="gp-practice-code" aria-describedby="gp-practice-code-hint" on:change=choose>
                <option value="" selected=move || state.form.with(|f| f.gp_practice_code.is_empty())>{i18n.tr("refer-practice-list-choose")}</option>
                {options}
                <option value="not-listed">{i18n.tr("refer-practice-list-not-listed")}</option>
            </select>
        </div>
    })
}
