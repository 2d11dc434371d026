//! Who a service can take, and where everyone else is kindly sent instead.
//!
//! Each service sets its own rules in its `config.json` (usually: 18 or over,
//! some 16+ or 17+; registered with a GP in its area; not under secondary
//! mental health care; not in crisis). A person who does not fit is never
//! left at a dead end: every "no" carries a [`Redirect`] saying where to go.

use serde::{Deserialize, Serialize};

use super::fields::{is_postcode_district, Postcode};
use super::form::SecondaryCare;

/// The adult age most NHS Talking Therapies services start at.
pub const DEFAULT_MINIMUM_AGE: u8 = 18;

/// A service's eligibility rules, as written in its configuration:
///
/// ```json
/// { "minimum_age": 16, "postcode_districts": ["LS1", "LS2"], "gp_practice_codes": ["B86001"] }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EligibilityRules {
    /// Youngest age (in whole years) the service accepts.
    pub minimum_age: u8,
    /// Postcode districts (outward codes like `LS1`) the service covers.
    /// With `gp_practice_codes` also empty, the service does not check area.
    pub postcode_districts: Vec<String>,
    /// ODS codes of the GP practices whose patients the service covers.
    pub gp_practice_codes: Vec<String>,
    /// The same, with names, so people can pick their practice from a list.
    pub gp_practices: Vec<GpPractice>,
    /// Whether people under secondary mental health care (a community mental
    /// health team, crisis team or similar) are referred back to that team.
    pub exclude_secondary_care: bool,
}

/// A GP practice the service covers, as people know it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GpPractice {
    /// Its ODS code, e.g. `B86001`.
    pub code: String,
    /// Its name and town, e.g. "Riverside Medical Centre, Anytown".
    pub name: String,
}

impl Default for EligibilityRules {
    fn default() -> Self {
        EligibilityRules {
            minimum_age: DEFAULT_MINIMUM_AGE,
            postcode_districts: Vec::new(),
            gp_practice_codes: Vec::new(),
            gp_practices: Vec::new(),
            exclude_secondary_care: true,
        }
    }
}

/// What the rules are judged on. `None` means "not known yet": an unknown
/// answer never excludes anyone; the service checks it when it calls.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EligibilityAnswers {
    /// Whether the person has said they are in crisis or at risk now.
    pub in_crisis: bool,
    /// Age in whole years today.
    pub age: Option<u32>,
    /// Home postcode.
    pub postcode: Option<Postcode>,
    /// ODS code of the person's GP practice, if picked from a list.
    pub gp_practice_code: Option<String>,
    /// Whether the person is under a mental health team now.
    pub secondary_care: Option<SecondaryCare>,
}

/// The outcome of checking the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eligibility {
    /// The person can refer themselves here.
    Eligible,
    /// The person is better helped elsewhere, and this says where.
    NotEligible(Redirect),
}

/// Where to send someone this service cannot take. Each has a title and a
/// body in referral.ftl written to be kind and to give a next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redirect {
    /// Urgent help now: 999, A&E, NHS 111 option 2, Samaritans, Shout, and
    /// the service's own crisis line (the view adds it from the config).
    Crisis,
    /// Under the service's minimum age: children and young people's mental
    /// health services, through a GP, school or college, or Childline.
    ChildrenAndYoungPeople { minimum_age: u8 },
    /// Already under a mental health team: talk to that team or the GP.
    SeeYourGp,
    /// Outside the listed area, or the area could not be told: the service
    /// can say which talking therapies service covers the person.
    CheckArea,
}

impl Redirect {
    /// Every kind of redirect, for tests and previews (the age is an example).
    pub const ALL: [Redirect; 4] = [
        Redirect::Crisis,
        Redirect::ChildrenAndYoungPeople { minimum_age: DEFAULT_MINIMUM_AGE },
        Redirect::SeeYourGp,
        Redirect::CheckArea,
    ];

    /// The heading of the redirect page.
    pub fn title_id(self) -> &'static str {
        match self {
            Redirect::Crisis => "referral-redirect-crisis-title",
            Redirect::ChildrenAndYoungPeople { .. } => "referral-redirect-young-people-title",
            Redirect::SeeYourGp => "referral-redirect-gp-title",
            Redirect::CheckArea => "referral-redirect-area-title",
        }
    }

    /// The explanation and next steps.
    pub fn body_id(self) -> &'static str {
        match self {
            Redirect::Crisis => "referral-redirect-crisis-lead",
            Redirect::ChildrenAndYoungPeople { .. } => "referral-redirect-young-people-lead",
            Redirect::SeeYourGp => "referral-redirect-gp-body",
            Redirect::CheckArea => "referral-redirect-area-body",
        }
    }

    /// The Fluent variables the title and body use.
    pub fn fluent_args(self) -> Vec<(&'static str, i64)> {
        match self {
            Redirect::ChildrenAndYoungPeople { minimum_age } => vec![("age", i64::from(minimum_age))],
            _ => Vec::new(),
        }
    }
}

fn normalised(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase()
}

impl EligibilityRules {
    /// Whether the service limits its area at all.
    pub fn checks_area(&self) -> bool {
        !self.postcode_districts.is_empty() || !self.gp_practice_codes.is_empty() || !self.gp_practices.is_empty()
    }

    /// Whether a postcode or GP practice places the person in the area. A GP
    /// practice on the list is enough (GP registration is what services go
    /// by); so is a postcode in a listed district.
    pub fn covers(&self, postcode: Option<&Postcode>, gp_practice_code: Option<&str>) -> bool {
        if !self.checks_area() {
            return true;
        }
        let by_postcode =
            postcode.is_some_and(|p| self.postcode_districts.iter().any(|d| normalised(d) == p.district()));
        let by_practice = gp_practice_code
            .map(normalised)
            .is_some_and(|code| !code.is_empty() && self.practice_codes().any(|c| normalised(c) == code));
        by_postcode || by_practice
    }

    /// Every covered practice's code, from either list.
    fn practice_codes(&self) -> impl Iterator<Item = &String> {
        self.gp_practice_codes.iter().chain(self.gp_practices.iter().map(|p| &p.code))
    }

    /// Checks the rules in order of urgency: crisis first, then age, then
    /// current care, then area.
    pub fn assess(&self, answers: &EligibilityAnswers) -> Eligibility {
        if answers.in_crisis {
            return Eligibility::NotEligible(Redirect::Crisis);
        }
        if answers.age.is_some_and(|age| age < u32::from(self.minimum_age)) {
            return Eligibility::NotEligible(Redirect::ChildrenAndYoungPeople { minimum_age: self.minimum_age });
        }
        if self.exclude_secondary_care && answers.secondary_care == Some(SecondaryCare::Yes) {
            return Eligibility::NotEligible(Redirect::SeeYourGp);
        }
        if !self.covers(answers.postcode.as_ref(), answers.gp_practice_code.as_deref()) {
            return Eligibility::NotEligible(Redirect::CheckArea);
        }
        Eligibility::Eligible
    }

    /// Entries in the rules that can never match (a typo in the config), for
    /// the admin's warnings.
    pub fn unmatchable_entries(&self) -> Vec<String> {
        let bad_district = self.postcode_districts.iter().filter(|d| !is_postcode_district(d));
        // ODS codes are letters and digits only.
        let bad_practice = self.practice_codes().filter(|c| {
            let code = normalised(c);
            code.is_empty() || !code.chars().all(|ch| ch.is_ascii_alphanumeric())
        });
        bad_district.chain(bad_practice).cloned().collect()
    }
}

#[cfg(test)]
mod practice_list_tests {
    use super::*;

    #[test]
    fn a_practice_from_the_named_list_places_someone_in_the_area() {
        let rules = EligibilityRules {
            postcode_districts: vec!["LS1".into()],
            gp_practices: vec![GpPractice { code: "B86001".into(), name: "Riverside".into() }],
            ..EligibilityRules::default()
        };
        let outside = Postcode::parse("SW1A 1AA").ok();
        assert!(rules.covers(outside.as_ref(), Some("b86001")));
        assert!(!rules.covers(outside.as_ref(), Some("B99999")));
        assert!(!rules.covers(outside.as_ref(), None));
        let inside = Postcode::parse("LS1 4AP").ok();
        assert!(rules.covers(inside.as_ref(), None));
    }
}
