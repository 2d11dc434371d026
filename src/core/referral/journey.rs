//! The pages of the referral journey, which fields each asks, and the order.
//! Eligibility first; then the person's details, a check-your-answers page,
//! and the page that reports the honest state of sending.

use crate::core::referral::form::{ids, FieldError, QuestionSettings};

/// One page of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What to expect; resume or delete a saved draft.
    Start,
    /// Crisis, age, area and current care, before anything else.
    Eligibility,
    /// A kind redirect for someone this service cannot take.
    NotEligible,
    /// Name, NHS number and address.
    AboutYou,
    /// Phone, email and what may be left or sent.
    Contact,
    /// Language, GP practice and what the person would like help with.
    More,
    /// Optional equality questions, each with "Prefer not to say".
    Equality,
    /// Consent and the privacy notice.
    Consent,
    /// Check your answers, then send.
    Check,
    /// Sent, or saved on this device and waiting to be sent.
    Sent,
}

impl Step {
    /// The question pages, in order.
    pub const QUESTIONS: [Step; 6] =
        [Step::Eligibility, Step::AboutYou, Step::Contact, Step::More, Step::Equality, Step::Consent];

    /// The path after `#/refer`.
    pub fn path(self) -> &'static str {
        match self {
            Step::Start => "",
            Step::Eligibility => "eligibility",
            Step::NotEligible => "not-eligible",
            Step::AboutYou => "about-you",
            Step::Contact => "contact",
            Step::More => "more",
            Step::Equality => "equality",
            Step::Consent => "consent",
            Step::Check => "check",
            Step::Sent => "sent",
        }
    }

    /// Every step, in journey order.
    pub const ALL: [Step; 10] = [
        Step::Start,
        Step::Eligibility,
        Step::NotEligible,
        Step::AboutYou,
        Step::Contact,
        Step::More,
        Step::Equality,
        Step::Consent,
        Step::Check,
        Step::Sent,
    ];

    /// The step a path names.
    pub fn from_path(path: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.path() == path)
    }

    /// The fields (HTML ids) whose errors belong on this page.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Step::Eligibility => &[
                ids::DATE_OF_BIRTH_DAY,
                ids::DATE_OF_BIRTH_MONTH,
                ids::DATE_OF_BIRTH_YEAR,
                ids::POSTCODE,
                ids::SECONDARY_CARE,
            ],
            Step::AboutYou => &[
                ids::GIVEN_NAME,
                ids::FAMILY_NAME,
                ids::NHS_NUMBER,
                ids::ADDRESS_LINE_1,
                ids::ADDRESS_LINE_2,
                ids::TOWN,
            ],
            Step::Contact => &[ids::PHONE, ids::EMAIL, ids::VOICEMAIL, ids::TEXTS, ids::SAFE_TIMES],
            Step::More => &[
                ids::PREFERRED_LANGUAGE,
                ids::INTERPRETER,
                ids::INTERPRETER_LANGUAGE,
                ids::GP_PRACTICE,
                ids::HELP_WITH,
                ids::HELP_TOPICS,
            ],
            Step::Consent => &[ids::CONSENT_SHARE_WITH_GP, ids::CONSENT_PRIVACY_NOTICE],
            _ => &[],
        }
    }

    /// This page's errors, in the order the fields appear.
    pub fn errors(self, all: &[FieldError]) -> Vec<FieldError> {
        let fields = self.fields();
        let mut mine: Vec<FieldError> = all.iter().filter(|e| fields.contains(&e.field)).cloned().collect();
        mine.sort_by_key(|e| fields.iter().position(|f| *f == e.field));
        mine
    }

    /// The page after this one.
    pub fn next(self) -> Step {
        match self {
            Step::Start => Step::Eligibility,
            Step::Eligibility => Step::AboutYou,
            Step::AboutYou => Step::Contact,
            Step::Contact => Step::More,
            Step::More => Step::Equality,
            Step::Equality => Step::Consent,
            Step::Consent | Step::Check => Step::Check,
            Step::NotEligible | Step::Sent => Step::Start,
        }
    }

    /// The page before this one, for the back link.
    pub fn previous(self) -> Step {
        match self {
            Step::Eligibility | Step::NotEligible | Step::Start | Step::Sent => Step::Start,
            Step::AboutYou => Step::Eligibility,
            Step::Contact => Step::AboutYou,
            Step::More => Step::Contact,
            Step::Equality => Step::More,
            Step::Consent => Step::Equality,
            Step::Check => Step::Consent,
        }
    }

    /// The first question page with an error, so "Send" can send the person
    /// back to fix it.
    pub fn first_with_errors(all: &[FieldError]) -> Option<Step> {
        Step::QUESTIONS.into_iter().find(|s| !s.errors(all).is_empty())
    }

    /// Whether a question page has anything to ask under these settings.
    pub fn is_asked(self, settings: &QuestionSettings) -> bool {
        match self {
            Step::More => {
                settings.preferred_language.is_shown()
                    || settings.interpreter.is_shown()
                    || settings.gp_practice.is_shown()
                    || settings.help_with.is_shown()
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_and_pages_chain() {
        let mut step = Step::Start;
        let mut seen = vec![step];
        while step != Step::Check {
            step = step.next();
            seen.push(step);
            assert_eq!(Step::from_path(step.path()), Some(step));
            assert_eq!(step.next().previous(), if step == Step::Check { Step::Consent } else { step });
        }
        assert_eq!(
            seen,
            [
                Step::Start,
                Step::Eligibility,
                Step::AboutYou,
                Step::Contact,
                Step::More,
                Step::Equality,
                Step::Consent,
                Step::Check
            ]
        );
    }

    #[test]
    fn every_field_belongs_to_exactly_one_page() {
        let mut all: Vec<&str> = Step::QUESTIONS.iter().flat_map(|s| s.fields().iter().copied()).collect();
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count, "a field is on two pages");
    }
}
