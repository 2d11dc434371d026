//! The referral form: the person's answers as typed, which questions a
//! service asks, and the checks that turn answers into errors the GOV.UK
//! error summary can link to.
//!
//! The form keeps raw text (what the person typed) so a saved draft restores
//! exactly; [`super::payload::ReferralPayload::build`] turns a form that
//! passes [`ReferralForm::validate`] into normalised values.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::eligibility::EligibilityAnswers;
use super::fields::{
    age_on, not_in_future, Date, DateError, DatePart, NhsNumber, NhsNumberError, PhoneError, PhoneNumber, Postcode,
    PostcodeError,
};
use crate::core::validate::is_email;

/// A fixed set of answers to a question. Each choice has a stable slug (used
/// in payloads and saved drafts), a Fluent id for its label, and an English
/// display used as the FHIR `Coding.display` (data, never shown as UI).
pub trait Choice: Sized + Copy + 'static {
    /// Every choice, in the order the form shows them.
    const ALL: &'static [Self];
    /// The stable code in payloads.
    fn slug(self) -> &'static str;
    /// The Fluent id of the label.
    fn fluent_id(self) -> &'static str;
    /// The English label for FHIR displays.
    fn english(self) -> &'static str;
    /// The choice with this slug.
    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.slug() == slug)
    }
}

macro_rules! choices {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $slug:literal, $id:literal, $english:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant,)+];
            fn slug(self) -> &'static str { match self { $($name::$variant => $slug,)+ } }
            fn fluent_id(self) -> &'static str { match self { $($name::$variant => $id,)+ } }
            fn english(self) -> &'static str { match self { $($name::$variant => $english,)+ } }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.slug())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let slug = String::deserialize(deserializer)?;
                <$name as Choice>::from_slug(&slug)
                    .ok_or_else(|| serde::de::Error::custom(format!("unknown {} `{slug}`", stringify!($name))))
            }
        }
    };
}

/// The slug of "Prefer not to say" in payloads.
pub const PREFER_NOT_TO_SAY: &str = "prefer-not-to-say";

/// The Fluent id of the "Prefer not to say" label.
pub const PREFER_NOT_TO_SAY_ID: &str = "referral-option-prefer-not-to-say";

/// An answer to an equality question: a choice, or "Prefer not to say".
/// (Not answering at all is `None` around it.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer<T> {
    Given(T),
    PreferNotToSay,
}

impl<T: Choice> Answer<T> {
    /// `prefer-not-to-say` or the choice's slug.
    pub fn slug(self) -> &'static str {
        match self {
            Answer::Given(choice) => choice.slug(),
            Answer::PreferNotToSay => PREFER_NOT_TO_SAY,
        }
    }

    /// The Fluent id of the label.
    pub fn fluent_id(self) -> &'static str {
        match self {
            Answer::Given(choice) => choice.fluent_id(),
            Answer::PreferNotToSay => PREFER_NOT_TO_SAY_ID,
        }
    }

    /// The English label, for FHIR displays.
    pub fn english(self) -> &'static str {
        match self {
            Answer::Given(choice) => choice.english(),
            Answer::PreferNotToSay => "Prefer not to say",
        }
    }

    /// Every answer the form offers: the choices, then "Prefer not to say".
    pub fn options() -> Vec<Answer<T>> {
        T::ALL.iter().copied().map(Answer::Given).chain(std::iter::once(Answer::PreferNotToSay)).collect()
    }
}

impl<T: Choice> Serialize for Answer<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.slug())
    }
}

impl<'de, T: Choice> Deserialize<'de> for Answer<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let slug = String::deserialize(deserializer)?;
        if slug == PREFER_NOT_TO_SAY {
            return Ok(Answer::PreferNotToSay);
        }
        T::from_slug(&slug)
            .map(Answer::Given)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown answer `{slug}`")))
    }
}

choices! {
    /// Yes or no.
    pub enum YesNo {
        Yes = "yes", "referral-option-yes", "Yes";
        No = "no", "referral-option-no", "No";
    }
}

choices! {
    /// Whether the person is under a mental health team now. "Not sure"
    /// never excludes anyone; the service checks.
    pub enum SecondaryCare {
        Yes = "yes", "referral-option-yes", "Yes";
        No = "no", "referral-option-no", "No";
        NotSure = "not-sure", "referral-option-not-sure", "Not sure";
    }
}

choices! {
    /// Whether the person needs an interpreter, and what kind.
    pub enum Interpreter {
        NotNeeded = "none", "referral-interpreter-none", "No interpreter needed";
        Spoken = "spoken", "referral-interpreter-spoken", "Spoken language interpreter";
        /// British Sign Language.
        Bsl = "bsl", "referral-interpreter-bsl", "British Sign Language (BSL) interpreter";
    }
}

choices! {
    /// What the person would like help with (a checklist beside free text).
    pub enum HelpTopic {
        LowMood = "low-mood", "referral-help-topic-low-mood", "Low mood or depression";
        Worry = "worry", "referral-help-topic-worry", "Worry or anxiety";
        Panic = "panic", "referral-help-topic-panic", "Panic attacks";
        SocialAnxiety = "social-anxiety", "referral-help-topic-social-anxiety", "Anxiety in social situations";
        HealthAnxiety = "health-anxiety", "referral-help-topic-health-anxiety", "Worry about health";
        Phobia = "phobia", "referral-help-topic-phobia", "A fear or phobia";
        Ocd = "ocd", "referral-help-topic-ocd", "Obsessions or compulsions (OCD)";
        Trauma = "trauma", "referral-help-topic-trauma", "Something traumatic that happened";
        Stress = "stress", "referral-help-topic-stress", "Stress";
        Sleep = "sleep", "referral-help-topic-sleep", "Sleep problems";
        LongTermCondition = "long-term-condition", "referral-help-topic-long-term-condition", "Living with a long-term health condition";
        Relationships = "relationships", "referral-help-topic-relationships", "Relationship difficulties";
        Bereavement = "bereavement", "referral-help-topic-bereavement", "Grief or loss";
        Other = "other", "referral-help-topic-other", "Something else";
    }
}

choices! {
    /// NHS Data Dictionary ETHNIC CATEGORY (the 2001 census based codes A to
    /// S, and Z "Not stated", which is what "Prefer not to say" records).
    /// The English displays are UK Core's (CodeSystem UKCore-EthnicCategoryEngland).
    pub enum EthnicCategory {
        WhiteBritish = "A", "referral-ethnic-category-a", "White - British";
        WhiteIrish = "B", "referral-ethnic-category-b", "White - Irish";
        WhiteOther = "C", "referral-ethnic-category-c", "White - Any other White background";
        MixedWhiteAndBlackCaribbean = "D", "referral-ethnic-category-d", "Mixed - White and Black Caribbean";
        MixedWhiteAndBlackAfrican = "E", "referral-ethnic-category-e", "Mixed - White and Black African";
        MixedWhiteAndAsian = "F", "referral-ethnic-category-f", "Mixed - White and Asian";
        MixedOther = "G", "referral-ethnic-category-g", "Mixed - Any other mixed background";
        AsianIndian = "H", "referral-ethnic-category-h", "Asian or Asian British - Indian";
        AsianPakistani = "J", "referral-ethnic-category-j", "Asian or Asian British - Pakistani";
        AsianBangladeshi = "K", "referral-ethnic-category-k", "Asian or Asian British - Bangladeshi";
        AsianOther = "L", "referral-ethnic-category-l", "Asian or Asian British - Any other Asian background";
        BlackCaribbean = "M", "referral-ethnic-category-m", "Black or Black British - Caribbean";
        BlackAfrican = "N", "referral-ethnic-category-n", "Black or Black British - African";
        BlackOther = "P", "referral-ethnic-category-p", "Black or Black British - Any other Black background";
        Chinese = "R", "referral-ethnic-category-r", "Other Ethnic Groups - Chinese";
        AnyOther = "S", "referral-ethnic-category-s", "Other Ethnic Groups - Any other ethnic group";
        /// "Prefer not to say": the person was asked and declined.
        NotStated = "Z", "referral-option-prefer-not-to-say", "Not stated";
    }
}

/// The headings the NHS Data Dictionary groups ethnic categories under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EthnicGroup {
    White,
    Mixed,
    AsianOrAsianBritish,
    BlackOrBlackBritish,
    Other,
    /// "Prefer not to say" stands alone.
    NotStated,
}

impl EthnicGroup {
    /// Every group, in the order the form shows them.
    pub const ALL: [EthnicGroup; 6] = [
        EthnicGroup::White,
        EthnicGroup::Mixed,
        EthnicGroup::AsianOrAsianBritish,
        EthnicGroup::BlackOrBlackBritish,
        EthnicGroup::Other,
        EthnicGroup::NotStated,
    ];

    /// The Fluent id of the group heading.
    pub fn fluent_id(self) -> &'static str {
        match self {
            EthnicGroup::White => "referral-ethnic-group-white",
            EthnicGroup::Mixed => "referral-ethnic-group-mixed",
            EthnicGroup::AsianOrAsianBritish => "referral-ethnic-group-asian",
            EthnicGroup::BlackOrBlackBritish => "referral-ethnic-group-black",
            EthnicGroup::Other => "referral-ethnic-group-other",
            EthnicGroup::NotStated => "referral-option-prefer-not-to-say",
        }
    }

    /// The categories under this heading, in code order.
    pub fn categories(self) -> Vec<EthnicCategory> {
        EthnicCategory::ALL.iter().copied().filter(|c| c.group() == self).collect()
    }
}

impl EthnicCategory {
    /// The heading this category sits under.
    pub fn group(self) -> EthnicGroup {
        use EthnicCategory::*;
        match self {
            WhiteBritish | WhiteIrish | WhiteOther => EthnicGroup::White,
            MixedWhiteAndBlackCaribbean | MixedWhiteAndBlackAfrican | MixedWhiteAndAsian | MixedOther => {
                EthnicGroup::Mixed
            }
            AsianIndian | AsianPakistani | AsianBangladeshi | AsianOther => EthnicGroup::AsianOrAsianBritish,
            BlackCaribbean | BlackAfrican | BlackOther => EthnicGroup::BlackOrBlackBritish,
            Chinese | AnyOther => EthnicGroup::Other,
            NotStated => EthnicGroup::NotStated,
        }
    }
}

choices! {
    /// Gender identity, in the categories of the NHS Data Dictionary's
    /// GENDER IDENTITY CODE (male, female, non-binary, other not listed).
    pub enum Gender {
        Female = "female", "referral-gender-female", "Female";
        Male = "male", "referral-gender-male", "Male";
        NonBinary = "non-binary", "referral-gender-non-binary", "Non-binary";
        Other = "other", "referral-gender-other", "Other";
    }
}

choices! {
    /// Sexual orientation (NHS Data Dictionary SEXUAL ORIENTATION CODE,
    /// information standard DCB2094: 1, 2, 3, 4 and U; Z is "Prefer not to say").
    pub enum SexualOrientation {
        Heterosexual = "heterosexual", "referral-sexual-orientation-heterosexual", "Heterosexual or straight";
        GayOrLesbian = "gay-or-lesbian", "referral-sexual-orientation-gay-or-lesbian", "Gay or lesbian";
        Bisexual = "bisexual", "referral-sexual-orientation-bisexual", "Bisexual";
        Other = "other", "referral-sexual-orientation-other", "Other sexual orientation";
        NotSure = "not-sure", "referral-sexual-orientation-not-sure", "Not sure";
    }
}

choices! {
    /// Religion or belief, in the census's headline categories.
    pub enum Religion {
        NoReligion = "no-religion", "referral-religion-none", "No religion";
        Buddhist = "buddhist", "referral-religion-buddhist", "Buddhist";
        Christian = "christian", "referral-religion-christian", "Christian";
        Hindu = "hindu", "referral-religion-hindu", "Hindu";
        Jewish = "jewish", "referral-religion-jewish", "Jewish";
        Muslim = "muslim", "referral-religion-muslim", "Muslim";
        Sikh = "sikh", "referral-religion-sikh", "Sikh";
        Other = "other", "referral-religion-other", "Any other religion or belief";
    }
}

choices! {
    /// Employment status (NHS Data Dictionary EMPLOYMENT STATUS codes 01 to
    /// 08, in order; ZZ is "Prefer not to say").
    pub enum Employment {
        Employed = "employed", "referral-employment-employed", "Employed";
        Unemployed = "unemployed", "referral-employment-unemployed", "Unemployed and looking for work";
        Student = "student", "referral-employment-student", "Student";
        LongTermSick = "long-term-sick", "referral-employment-long-term-sick", "Long-term sick or disabled";
        Homemaker = "homemaker", "referral-employment-homemaker", "Looking after the family or home";
        NotWorking = "not-working", "referral-employment-not-working", "Not working and not looking for work";
        Volunteer = "volunteer", "referral-employment-volunteer", "Unpaid voluntary work";
        Retired = "retired", "referral-employment-retired", "Retired";
    }
}

choices! {
    /// Pregnancy or a baby under 12 months (perinatal services differ).
    pub enum Perinatal {
        Pregnant = "pregnant", "referral-perinatal-pregnant", "Pregnant";
        BabyUnder12Months = "baby-under-12-months", "referral-perinatal-baby", "Has a baby under 12 months old";
        No = "no", "referral-option-no", "No";
    }
}

impl SexualOrientation {
    /// The NHS Data Dictionary SEXUAL ORIENTATION CODE.
    pub fn nhs_data_dictionary_code(self) -> &'static str {
        match self {
            SexualOrientation::Heterosexual => "1",
            SexualOrientation::GayOrLesbian => "2",
            SexualOrientation::Bisexual => "3",
            SexualOrientation::Other => "4",
            SexualOrientation::NotSure => "U",
        }
    }
}

impl Employment {
    /// The NHS Data Dictionary EMPLOYMENT STATUS code.
    pub fn nhs_data_dictionary_code(self) -> &'static str {
        match self {
            Employment::Employed => "01",
            Employment::Unemployed => "02",
            Employment::Student => "03",
            Employment::LongTermSick => "04",
            Employment::Homemaker => "05",
            Employment::NotWorking => "06",
            Employment::Volunteer => "07",
            Employment::Retired => "08",
        }
    }
}

/// The two questionnaires a referral may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// PHQ-9 (depression): 9 items scored 0 to 3.
    Phq9,
    /// GAD-7 (anxiety): 7 items scored 0 to 3.
    Gad7,
}

/// The highest score of one PHQ-9 or GAD-7 item ("Nearly every day").
pub const MAX_ITEM_SCORE: u8 = 3;

impl Measure {
    /// How many scored items it has.
    pub fn item_count(self) -> usize {
        match self {
            Measure::Phq9 => 9,
            Measure::Gad7 => 7,
        }
    }

    /// The HTML id of item `n` (1-based); `n` = item count + 1 is the
    /// difficulty question.
    pub fn item_field_id(self, n: usize) -> &'static str {
        let ids: &[&'static str] = match self {
            Measure::Phq9 => &ids::PHQ9_ITEMS,
            Measure::Gad7 => &ids::GAD7_ITEMS,
        };
        ids.get(n.saturating_sub(1)).copied().unwrap_or(match self {
            Measure::Phq9 => ids::PHQ9_DIFFICULTY,
            Measure::Gad7 => ids::GAD7_DIFFICULTY,
        })
    }

    /// The total score if every item is answered with a valid score.
    pub fn total(self, answers: &[u8]) -> Option<u8> {
        let items = answers.get(..self.item_count())?;
        items.iter().all(|&a| a <= MAX_ITEM_SCORE).then(|| items.iter().sum())
    }

    /// The first item (1-based) that is unanswered or out of range.
    pub fn first_unanswered(self, answers: &[u8]) -> Option<usize> {
        (0..self.item_count()).find(|&i| answers.get(i).is_none_or(|&a| a > MAX_ITEM_SCORE)).map(|i| i + 1)
    }
}

/// The HTML ids the error summary links to. The view must give its inputs
/// these ids (for radios and checkboxes, the first option's input).
pub mod ids {
    pub const GIVEN_NAME: &str = "given-name";
    pub const FAMILY_NAME: &str = "family-name";
    pub const DATE_OF_BIRTH_DAY: &str = "date-of-birth-day";
    pub const DATE_OF_BIRTH_MONTH: &str = "date-of-birth-month";
    pub const DATE_OF_BIRTH_YEAR: &str = "date-of-birth-year";
    pub const NHS_NUMBER: &str = "nhs-number";
    pub const ADDRESS_LINE_1: &str = "address-line-1";
    pub const ADDRESS_LINE_2: &str = "address-line-2";
    pub const TOWN: &str = "address-town";
    pub const POSTCODE: &str = "postcode";
    pub const PHONE: &str = "phone";
    pub const EMAIL: &str = "email";
    pub const VOICEMAIL: &str = "voicemail";
    pub const TEXTS: &str = "texts";
    pub const SAFE_TIMES: &str = "safe-times";
    pub const PREFERRED_LANGUAGE: &str = "preferred-language";
    pub const INTERPRETER: &str = "interpreter";
    pub const INTERPRETER_LANGUAGE: &str = "interpreter-language";
    pub const GP_PRACTICE: &str = "gp-practice";
    pub const SECONDARY_CARE: &str = "secondary-care";
    pub const HELP_WITH: &str = "help-with";
    pub const HELP_TOPICS: &str = "help-topics";
    pub const PHQ9_ITEMS: [&str; 9] =
        ["phq9-1", "phq9-2", "phq9-3", "phq9-4", "phq9-5", "phq9-6", "phq9-7", "phq9-8", "phq9-9"];
    pub const PHQ9_DIFFICULTY: &str = "phq9-difficulty";
    pub const GAD7_ITEMS: [&str; 7] = ["gad7-1", "gad7-2", "gad7-3", "gad7-4", "gad7-5", "gad7-6", "gad7-7"];
    pub const GAD7_DIFFICULTY: &str = "gad7-difficulty";
    pub const ETHNIC_CATEGORY: &str = "ethnic-category";
    pub const GENDER: &str = "gender";
    pub const GENDER_SAME_AS_BIRTH: &str = "gender-same-as-birth";
    pub const SEXUAL_ORIENTATION: &str = "sexual-orientation";
    pub const RELIGION: &str = "religion";
    pub const DISABILITY: &str = "disability";
    pub const LONG_TERM_CONDITION: &str = "long-term-condition";
    pub const EMPLOYMENT: &str = "employment";
    pub const ARMED_FORCES_VETERAN: &str = "armed-forces-veteran";
    pub const PERINATAL: &str = "perinatal";
    pub const CONSENT_SHARE_WITH_GP: &str = "consent-share-with-gp";
    pub const CONSENT_PRIVACY_NOTICE: &str = "consent-privacy-notice";
}

/// How a service asks a question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ask {
    /// Shown, and the form cannot be sent without an answer.
    Required,
    /// Shown; the person may skip it.
    #[default]
    Optional,
    /// Not shown, and not sent even if a saved draft holds an answer.
    Hidden,
}

impl Ask {
    /// Whether the question appears.
    pub fn is_shown(self) -> bool {
        self != Ask::Hidden
    }

    /// Whether an answer is needed.
    pub fn is_required(self) -> bool {
        self == Ask::Required
    }
}

/// How a service offers an equality question: these are never required,
/// so "required" cannot be written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Offer {
    #[default]
    Shown,
    Hidden,
}

impl Offer {
    /// Whether the question appears.
    pub fn is_shown(self) -> bool {
        self == Offer::Shown
    }
}

/// Which questions a service asks, from `config.json` (`"questions"`). Name,
/// date of birth and the privacy notice are always asked; so is at least
/// one way to make contact. Every field may be left out of the config.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionSettings {
    pub nhs_number: Ask,
    /// Address lines and town (line 1 and town are what "required" requires).
    pub address: Ask,
    pub postcode: Ask,
    pub phone: Ask,
    pub email: Ask,
    /// May we leave a voicemail, may we text (asked when a phone number is given).
    pub contact_permissions: Ask,
    pub safe_times: Ask,
    pub preferred_language: Ask,
    pub interpreter: Ask,
    pub gp_practice: Ask,
    pub secondary_care: Ask,
    pub help_with: Ask,
    pub help_topics: Ask,
    pub phq9: Ask,
    pub gad7: Ask,
    pub consent_share_with_gp: Ask,
    pub equality: EqualitySettings,
}

impl Default for QuestionSettings {
    fn default() -> Self {
        QuestionSettings {
            nhs_number: Ask::Optional,
            address: Ask::Required,
            postcode: Ask::Required,
            phone: Ask::Required,
            email: Ask::Optional,
            contact_permissions: Ask::Required,
            safe_times: Ask::Optional,
            preferred_language: Ask::Optional,
            interpreter: Ask::Optional,
            gp_practice: Ask::Required,
            secondary_care: Ask::Required,
            help_with: Ask::Optional,
            help_topics: Ask::Optional,
            phq9: Ask::Optional,
            gad7: Ask::Optional,
            consent_share_with_gp: Ask::Required,
            equality: EqualitySettings::default(),
        }
    }
}

/// Which equality questions a service offers. All are shown unless hidden.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EqualitySettings {
    pub ethnic_category: Offer,
    pub gender: Offer,
    pub gender_same_as_birth: Offer,
    pub sexual_orientation: Offer,
    pub religion: Offer,
    pub disability: Offer,
    pub long_term_condition: Offer,
    pub employment: Offer,
    pub armed_forces_veteran: Offer,
    pub perinatal: Offer,
}

/// Day, month and year as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateInput {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// Address lines as typed (the postcode is its own question).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AddressInput {
    pub line_1: String,
    pub line_2: String,
    pub town: String,
}

/// The optional equality questions; `None` is "not answered".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EqualityAnswers {
    /// `NotStated` is "Prefer not to say".
    pub ethnic_category: Option<EthnicCategory>,
    pub gender: Option<Answer<Gender>>,
    /// Is your gender the same as the sex you were registered at birth?
    pub gender_same_as_birth: Option<Answer<YesNo>>,
    pub sexual_orientation: Option<Answer<SexualOrientation>>,
    pub religion: Option<Answer<Religion>>,
    pub disability: Option<Answer<YesNo>>,
    /// A long-term physical health condition.
    pub long_term_condition: Option<Answer<YesNo>>,
    pub employment: Option<Answer<Employment>>,
    pub armed_forces_veteran: Option<Answer<YesNo>>,
    pub perinatal: Option<Answer<Perinatal>>,
}

/// Everything the person has answered, as typed. Serde (de)serialisable so
/// a draft can be saved and restored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReferralForm {
    /// Made at the first Send and kept with the draft, so every later Send
    /// of these answers (another tap, another tab, after a reload) is the
    /// same referral, never a second one.
    pub referral_id: Option<super::ReferralId>,
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: DateInput,
    pub nhs_number: String,
    pub address: AddressInput,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub voicemail_ok: Option<bool>,
    pub texts_ok: Option<bool>,
    /// When it is safe to call, in the person's words.
    pub safe_times: String,
    /// The language the person would like to be spoken to in.
    pub preferred_language: String,
    pub interpreter: Option<Interpreter>,
    /// Which language, when a spoken interpreter is needed.
    pub interpreter_language: String,
    /// The GP practice's name as typed or chosen.
    pub gp_practice: String,
    /// The practice's ODS code, when chosen from the service's list.
    pub gp_practice_code: String,
    /// The screening answer "Are you in crisis or at risk now?" It routes
    /// the person to urgent help first, and is sent in the referral's risk
    /// section so the service can check on them (the hint says so).
    pub in_crisis: Option<bool>,
    /// Whether the person ever answered "yes" to the crisis question in this
    /// draft. They may change it to go on; the service is still told.
    pub crisis_disclosed: bool,
    pub secondary_care: Option<SecondaryCare>,
    /// What the person would like help with, in their own words. Sent exactly
    /// as written, with no length limit.
    pub help_with: String,
    pub help_topics: Vec<HelpTopic>,
    /// PHQ-9 item scores 0 to 3, in item order; fewer than 9 means unfinished.
    pub phq9: Vec<u8>,
    /// The PHQ-9's unscored difficulty question, 0 (not difficult at all) to 3.
    pub phq9_difficulty: Option<u8>,
    /// When and in which wording the PHQ-9 answers were given (a self-check).
    pub phq9_taken: Option<Taken>,
    /// GAD-7 item scores 0 to 3, in item order.
    pub gad7: Vec<u8>,
    /// The GAD-7's unscored difficulty question, 0 to 3.
    pub gad7_difficulty: Option<u8>,
    /// When and in which wording the GAD-7 answers were given.
    pub gad7_taken: Option<Taken>,
    pub equality: EqualityAnswers,
    pub consent_share_with_gp: Option<bool>,
    /// "I have read the privacy notice": must be ticked to send.
    pub consent_privacy_notice: bool,
}

/// How far the wording a questionnaire was answered in can be trusted for
/// scoring: only the official wordings were validated against the thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Wording {
    /// The source text or a translation published by the instrument's owners.
    Official,
    /// Translated for Waymark and checked by a qualified reviewer.
    Reviewed,
    /// Translated by a person and not yet checked.
    Unreviewed,
    /// Translated by a computer and not yet checked by a person.
    Machine,
}

impl From<crate::core::instruments::TranslationStatus> for Wording {
    fn from(status: crate::core::instruments::TranslationStatus) -> Self {
        use crate::core::instruments::TranslationStatus;
        match status {
            TranslationStatus::Official => Wording::Official,
            TranslationStatus::Reviewed => Wording::Reviewed,
            TranslationStatus::Unreviewed => Wording::Unreviewed,
            TranslationStatus::Machine => Wording::Machine,
        }
    }
}

/// When, and in which language and wording, a questionnaire carried into the
/// referral was answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taken {
    /// When the person finished it, Unix milliseconds.
    pub at_ms: i64,
    /// The language of the wording shown (BCP 47).
    pub locale: String,
    pub wording: Wording,
}

/// A question, for "missing" and "too long" messages and labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    GivenName,
    FamilyName,
    DateOfBirth,
    NhsNumber,
    AddressLine1,
    AddressLine2,
    Town,
    Postcode,
    Phone,
    Email,
    /// "Enter a phone number or an email address".
    ContactRoute,
    Voicemail,
    Texts,
    SafeTimes,
    PreferredLanguage,
    Interpreter,
    InterpreterLanguage,
    GpPractice,
    SecondaryCare,
    HelpWith,
    HelpTopics,
    ConsentShareWithGp,
    ConsentPrivacyNotice,
}

/// The longest answer accepted for a one-line name field.
pub const MAX_NAME_LENGTH: usize = 100;
/// The longest answer accepted for other one-line fields.
pub const MAX_LINE_LENGTH: usize = 200;
/// The longest "safe times to call" answer.
pub const MAX_SAFE_TIMES_LENGTH: usize = 500;
/// The earliest year of birth accepted (catches typed-in-error years).
pub const EARLIEST_BIRTH_YEAR: i32 = 1900;

impl Question {
    /// Every question with a message, in form order.
    pub const ALL: [Question; 23] = [
        Question::GivenName,
        Question::FamilyName,
        Question::DateOfBirth,
        Question::NhsNumber,
        Question::AddressLine1,
        Question::AddressLine2,
        Question::Town,
        Question::Postcode,
        Question::Phone,
        Question::Email,
        Question::ContactRoute,
        Question::Voicemail,
        Question::Texts,
        Question::SafeTimes,
        Question::PreferredLanguage,
        Question::Interpreter,
        Question::InterpreterLanguage,
        Question::GpPractice,
        Question::SecondaryCare,
        Question::HelpWith,
        Question::HelpTopics,
        Question::ConsentShareWithGp,
        Question::ConsentPrivacyNotice,
    ];

    /// The HTML id the error summary links to.
    pub fn field_id(self) -> &'static str {
        match self {
            Question::GivenName => ids::GIVEN_NAME,
            Question::FamilyName => ids::FAMILY_NAME,
            Question::DateOfBirth => ids::DATE_OF_BIRTH_DAY,
            Question::NhsNumber => ids::NHS_NUMBER,
            Question::AddressLine1 => ids::ADDRESS_LINE_1,
            Question::AddressLine2 => ids::ADDRESS_LINE_2,
            Question::Town => ids::TOWN,
            Question::Postcode => ids::POSTCODE,
            Question::Phone | Question::ContactRoute => ids::PHONE,
            Question::Email => ids::EMAIL,
            Question::Voicemail => ids::VOICEMAIL,
            Question::Texts => ids::TEXTS,
            Question::SafeTimes => ids::SAFE_TIMES,
            Question::PreferredLanguage => ids::PREFERRED_LANGUAGE,
            Question::Interpreter => ids::INTERPRETER,
            Question::InterpreterLanguage => ids::INTERPRETER_LANGUAGE,
            Question::GpPractice => ids::GP_PRACTICE,
            Question::SecondaryCare => ids::SECONDARY_CARE,
            Question::HelpWith => ids::HELP_WITH,
            Question::HelpTopics => ids::HELP_TOPICS,
            Question::ConsentShareWithGp => ids::CONSENT_SHARE_WITH_GP,
            Question::ConsentPrivacyNotice => ids::CONSENT_PRIVACY_NOTICE,
        }
    }

    /// The "please answer" message.
    pub fn missing_id(self) -> &'static str {
        match self {
            Question::GivenName => "referral-error-given-name-missing",
            Question::FamilyName => "referral-error-family-name-missing",
            Question::DateOfBirth => "referral-error-date-of-birth-missing",
            Question::NhsNumber => "referral-error-nhs-number-missing",
            Question::AddressLine1 => "referral-error-address-line-1-missing",
            Question::AddressLine2 => "referral-error-address-line-2-missing",
            Question::Town => "referral-error-town-missing",
            Question::Postcode => "referral-error-postcode-missing",
            Question::Phone => "referral-error-phone-missing",
            Question::Email => "referral-error-email-missing",
            Question::ContactRoute => "referral-error-contact-route-missing",
            Question::Voicemail => "referral-error-voicemail-missing",
            Question::Texts => "referral-error-texts-missing",
            Question::SafeTimes => "referral-error-safe-times-missing",
            Question::PreferredLanguage => "referral-error-preferred-language-missing",
            Question::Interpreter => "referral-error-interpreter-missing",
            Question::InterpreterLanguage => "referral-error-interpreter-language-missing",
            Question::GpPractice => "referral-error-gp-practice-missing",
            Question::SecondaryCare => "referral-error-secondary-care-missing",
            Question::HelpWith => "referral-error-help-with-missing",
            Question::HelpTopics => "referral-error-help-topics-missing",
            Question::ConsentShareWithGp => "referral-error-consent-share-with-gp-missing",
            Question::ConsentPrivacyNotice => "referral-error-consent-privacy-notice-missing",
        }
    }

    /// The longest answer accepted, for one-line text questions.
    pub fn max_length(self) -> Option<usize> {
        match self {
            Question::GivenName | Question::FamilyName => Some(MAX_NAME_LENGTH),
            Question::AddressLine1
            | Question::AddressLine2
            | Question::Town
            | Question::PreferredLanguage
            | Question::InterpreterLanguage
            | Question::GpPractice => Some(MAX_LINE_LENGTH),
            Question::SafeTimes => Some(MAX_SAFE_TIMES_LENGTH),
            _ => None,
        }
    }

    /// The "too long" message (with `$max`).
    pub fn too_long_id(self) -> &'static str {
        match self {
            Question::GivenName => "referral-error-given-name-too-long",
            Question::FamilyName => "referral-error-family-name-too-long",
            Question::AddressLine1 | Question::AddressLine2 => "referral-error-address-line-too-long",
            Question::Town => "referral-error-town-too-long",
            Question::SafeTimes => "referral-error-safe-times-too-long",
            Question::PreferredLanguage => "referral-error-preferred-language-too-long",
            Question::InterpreterLanguage => "referral-error-interpreter-language-too-long",
            Question::GpPractice => "referral-error-gp-practice-too-long",
            _ => "referral-error-answer-too-long",
        }
    }
}

/// What is wrong with one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldErrorKind {
    /// A required question was not answered.
    Missing(Question),
    /// A one-line answer is longer than [`Question::max_length`].
    TooLong(Question),
    DateOfBirth(DateError),
    NhsNumber(NhsNumberError),
    Postcode(PostcodeError),
    Phone(PhoneError),
    /// The email address is not in the right shape.
    EmailInvalid,
    /// A questionnaire item (1-based; item count + 1 is the difficulty
    /// question) is unanswered in a questionnaire that must be complete.
    MeasureItemMissing {
        measure: Measure,
        item: u8,
    },
}

impl FieldErrorKind {
    /// The Fluent message for this error.
    pub fn fluent_id(self) -> &'static str {
        match self {
            FieldErrorKind::Missing(question) => question.missing_id(),
            FieldErrorKind::TooLong(question) => question.too_long_id(),
            FieldErrorKind::DateOfBirth(error) => match error {
                DateError::Empty => "referral-error-date-of-birth-missing",
                DateError::MissingDay => "referral-error-date-of-birth-missing-day",
                DateError::MissingMonth => "referral-error-date-of-birth-missing-month",
                DateError::MissingYear => "referral-error-date-of-birth-missing-year",
                DateError::MissingDayAndMonth => "referral-error-date-of-birth-missing-day-and-month",
                DateError::MissingDayAndYear => "referral-error-date-of-birth-missing-day-and-year",
                DateError::MissingMonthAndYear => "referral-error-date-of-birth-missing-month-and-year",
                DateError::YearNotFourDigits => "referral-error-date-of-birth-year-format",
                DateError::NotReal => "referral-error-date-of-birth-not-real",
                DateError::InFuture => "referral-error-date-of-birth-in-future",
                DateError::TooLongAgo => "referral-error-date-of-birth-too-long-ago",
            },
            FieldErrorKind::NhsNumber(error) => error.fluent_id(),
            FieldErrorKind::Postcode(error) => error.fluent_id(),
            FieldErrorKind::Phone(error) => error.fluent_id(),
            FieldErrorKind::EmailInvalid => "referral-error-email-invalid",
            FieldErrorKind::MeasureItemMissing { measure: Measure::Phq9, .. } => "referral-error-phq9-item-missing",
            FieldErrorKind::MeasureItemMissing { measure: Measure::Gad7, .. } => "referral-error-gad7-item-missing",
        }
    }
}

/// One error for the GOV.UK error summary: the HTML id to link to and what is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    /// The id of the input the summary links to (see [`ids`]).
    pub field: &'static str,
    pub kind: FieldErrorKind,
}

impl FieldError {
    /// The Fluent message for this error.
    pub fn fluent_id(&self) -> &'static str {
        self.kind.fluent_id()
    }

    /// The Fluent variables the message uses.
    pub fn fluent_args(&self) -> Vec<(&'static str, i64)> {
        match self.kind {
            FieldErrorKind::TooLong(question) => vec![("max", question.max_length().unwrap_or(0) as i64)],
            FieldErrorKind::MeasureItemMissing { item, .. } => vec![("number", i64::from(item))],
            _ => Vec::new(),
        }
    }

    /// For a date of birth error, which of day, month and year to mark.
    pub fn date_parts(&self) -> &'static [DatePart] {
        match self.kind {
            FieldErrorKind::DateOfBirth(error) => error.parts(),
            _ => &[],
        }
    }
}

fn date_part_id(part: DatePart) -> &'static str {
    match part {
        DatePart::Day => ids::DATE_OF_BIRTH_DAY,
        DatePart::Month => ids::DATE_OF_BIRTH_MONTH,
        DatePart::Year => ids::DATE_OF_BIRTH_YEAR,
    }
}

/// Collects errors in form order.
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, field: &'static str, kind: FieldErrorKind) {
        self.errors.push(FieldError { field, kind });
    }

    /// A one-line text answer: missing when required, too long always.
    fn text(&mut self, question: Question, value: &str, ask: Ask) {
        if !ask.is_shown() {
            return;
        }
        if value.trim().is_empty() {
            if ask.is_required() {
                self.push(question.field_id(), FieldErrorKind::Missing(question));
            }
        } else if question.max_length().is_some_and(|max| value.trim().chars().count() > max) {
            self.push(question.field_id(), FieldErrorKind::TooLong(question));
        }
    }

    /// A choice: missing when required.
    fn chosen(&mut self, question: Question, answered: bool, ask: Ask) {
        if ask.is_required() && !answered {
            self.push(question.field_id(), FieldErrorKind::Missing(question));
        }
    }

    /// A questionnaire: complete when required or started; difficulty in range.
    fn measure(&mut self, measure: Measure, answers: &[u8], difficulty: Option<u8>, ask: Ask) {
        if !ask.is_shown() {
            return;
        }
        let started = !answers.is_empty() || difficulty.is_some();
        if ask.is_required() || started {
            if let Some(item) = measure.first_unanswered(answers) {
                self.push(
                    measure.item_field_id(item),
                    FieldErrorKind::MeasureItemMissing { measure, item: item as u8 },
                );
            }
        }
        if difficulty.is_some_and(|d| d > MAX_ITEM_SCORE) {
            let item = measure.item_count() + 1;
            self.push(measure.item_field_id(item), FieldErrorKind::MeasureItemMissing { measure, item: item as u8 });
        }
    }
}

impl ReferralForm {
    /// Every problem with the answers, in form order, for the error summary.
    /// Empty means the form can be sent. `today` is the person's local date.
    pub fn validate(&self, config: &QuestionSettings, today: Date) -> Vec<FieldError> {
        let mut check = Checker { errors: Vec::new() };
        check.text(Question::GivenName, &self.given_name, Ask::Required);
        check.text(Question::FamilyName, &self.family_name, Ask::Required);

        if let Err(error) = self.date_of_birth(today) {
            check.push(date_part_id(error.first_part()), FieldErrorKind::DateOfBirth(error));
        }

        if config.nhs_number.is_shown() {
            match NhsNumber::parse(&self.nhs_number) {
                Err(NhsNumberError::Empty) if !config.nhs_number.is_required() => {}
                Err(error) => check.push(ids::NHS_NUMBER, FieldErrorKind::NhsNumber(error)),
                Ok(_) => {}
            }
        }

        if config.address.is_shown() {
            check.text(Question::AddressLine1, &self.address.line_1, config.address);
            check.text(Question::AddressLine2, &self.address.line_2, Ask::Optional);
            check.text(Question::Town, &self.address.town, config.address);
        }

        if config.postcode.is_shown() {
            match Postcode::parse(&self.postcode) {
                Err(PostcodeError::Empty) if !config.postcode.is_required() => {}
                Err(error) => check.push(ids::POSTCODE, FieldErrorKind::Postcode(error)),
                Ok(_) => {}
            }
        }

        let phone_given = !self.phone.trim().is_empty();
        let email_given = !self.email.trim().is_empty();
        if config.phone.is_shown() {
            match PhoneNumber::parse(&self.phone) {
                Err(PhoneError::Empty) if !config.phone.is_required() => {}
                Err(error) => check.push(ids::PHONE, FieldErrorKind::Phone(error)),
                Ok(_) => {}
            }
        }
        if config.email.is_shown() {
            if !email_given {
                check.chosen(Question::Email, false, config.email);
            } else if !is_email(&self.email) {
                check.push(ids::EMAIL, FieldErrorKind::EmailInvalid);
            }
        }
        // Whatever the settings, the service needs one way to reach the person.
        let neither_required = !config.phone.is_required() && !config.email.is_required();
        let any_shown = config.phone.is_shown() || config.email.is_shown();
        if neither_required && any_shown && !phone_given && !email_given {
            let field = if config.phone.is_shown() { ids::PHONE } else { ids::EMAIL };
            check.push(field, FieldErrorKind::Missing(Question::ContactRoute));
        }

        if config.contact_permissions.is_shown() && config.phone.is_shown() && phone_given {
            check.chosen(Question::Voicemail, self.voicemail_ok.is_some(), config.contact_permissions);
            check.chosen(Question::Texts, self.texts_ok.is_some(), config.contact_permissions);
        }
        check.text(Question::SafeTimes, &self.safe_times, config.safe_times);
        check.text(Question::PreferredLanguage, &self.preferred_language, config.preferred_language);

        if config.interpreter.is_shown() {
            check.chosen(Question::Interpreter, self.interpreter.is_some(), config.interpreter);
            if self.interpreter == Some(Interpreter::Spoken) {
                check.text(Question::InterpreterLanguage, &self.interpreter_language, Ask::Required);
            }
        }

        check.text(Question::GpPractice, &self.gp_practice, config.gp_practice);
        if config.secondary_care.is_shown() {
            check.chosen(Question::SecondaryCare, self.secondary_care.is_some(), config.secondary_care);
        }
        if config.help_with.is_required() && self.help_with.trim().is_empty() {
            check.push(ids::HELP_WITH, FieldErrorKind::Missing(Question::HelpWith));
        }
        if config.help_topics.is_shown() {
            check.chosen(Question::HelpTopics, !self.help_topics.is_empty(), config.help_topics);
        }

        check.measure(Measure::Phq9, &self.phq9, self.phq9_difficulty, config.phq9);
        check.measure(Measure::Gad7, &self.gad7, self.gad7_difficulty, config.gad7);

        if config.consent_share_with_gp.is_shown() {
            check.chosen(
                Question::ConsentShareWithGp,
                self.consent_share_with_gp.is_some(),
                config.consent_share_with_gp,
            );
        }
        if !self.consent_privacy_notice {
            check.push(ids::CONSENT_PRIVACY_NOTICE, FieldErrorKind::Missing(Question::ConsentPrivacyNotice));
        }
        check.errors
    }

    /// The date of birth if it is a real date, not in the future and not
    /// before [`EARLIEST_BIRTH_YEAR`].
    pub fn date_of_birth(&self, today: Date) -> Result<Date, DateError> {
        let input = &self.date_of_birth;
        let date = not_in_future(Date::from_parts(&input.day, &input.month, &input.year)?, today)?;
        if date.year() < EARLIEST_BIRTH_YEAR {
            return Err(DateError::TooLongAgo);
        }
        Ok(date)
    }

    /// Age in whole years today, if the date of birth is valid.
    pub fn age(&self, today: Date) -> Option<u32> {
        self.date_of_birth(today).ok().and_then(|birth| age_on(birth, today))
    }

    /// PHQ-9 total (0 to 27) when all nine items are answered.
    pub fn phq9_total(&self) -> Option<u8> {
        Measure::Phq9.total(&self.phq9)
    }

    /// GAD-7 total (0 to 21) when all seven items are answered.
    pub fn gad7_total(&self) -> Option<u8> {
        Measure::Gad7.total(&self.gad7)
    }

    /// Whether PHQ-9 item 9 (thoughts of being better off dead or of
    /// self-harm) scored above 0: the view must show crisis routes at once,
    /// whatever the total. It does not stop the referral.
    pub fn needs_safety_response(&self) -> bool {
        self.phq9.get(8).is_some_and(|&score| score > 0)
    }

    /// Records the answer to the crisis question; a "yes" is remembered even
    /// if the person changes it later, so the service hears of it.
    pub fn answer_in_crisis(&mut self, in_crisis: bool) {
        self.in_crisis = Some(in_crisis);
        self.crisis_disclosed |= in_crisis;
    }

    /// The answers eligibility is judged on, as far as they are known.
    pub fn eligibility_answers(&self, today: Date) -> EligibilityAnswers {
        let code = self.gp_practice_code.trim();
        EligibilityAnswers {
            in_crisis: self.in_crisis == Some(true),
            age: self.age(today),
            postcode: Postcode::parse(&self.postcode).ok(),
            gp_practice_code: (!code.is_empty()).then(|| code.to_string()),
            secondary_care: self.secondary_care,
        }
    }
}
