//! Self-check questionnaires as data, and their scoring.
//!
//! Every clinical fact (items, options, bands, thresholds, reliable change,
//! licences, LOINC codes) lives in `instruments/builtin.json`, taken from the
//! project's clinical reference. Adding a measure is adding data in the same
//! format, so a service can also supply one as JSON through
//! [`Instrument::from_json`], which checks it as strictly as the built-ins.
//!
//! The data names texts only by Fluent id (`locales/<lang>/checks.ftl`), never
//! by English words, so every text can be translated and reviewed.
//!
//! Built-in measures and their sources:
//! - PHQ-9: Kroenke, Spitzer & Williams 2001;
//! - GAD-7: Spitzer, Kroenke, Williams & Löwe 2006;
//! - WSAS: Mundt, Marks, Shear & Greist 2002, with the NHS Data Dictionary's
//!   rule for a missing item;
//! - IAPT Phobia Scales (Crown copyright, Open Government Licence);
//! - PCL-5: Weathers et al. 2013 (threshold 32 from the 31–33 range reported
//!   in the literature; no reliable change index, as none is verified for
//!   NHS Talking Therapies).
//!
//! An answer is the position of the chosen option in the item's option list
//! (0 = first), or [`NOT_APPLICABLE`] on an item that allows it. Scores are
//! always computed from answers here, never read from storage.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

/// The answer meaning "not applicable" (e.g. WSAS work: "I am retired…").
/// Only valid on an item whose [`Item::not_applicable`] is set; for scoring it
/// counts as a missing answer.
pub const NOT_APPLICABLE: u8 = u8::MAX;

/// The built-in instruments, compiled in.
const BUILTIN_JSON: &str = include_str!("instruments/builtin.json");

/// Limits that keep validating a service-supplied instrument cheap.
const MAX_ITEMS: usize = 100;
const MAX_OPTIONS: usize = 50;
const MAX_BAND_CHECKS: usize = 200_000;

/// One questionnaire: its texts, items, options and scoring rules.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable id, lowercase kebab-case (e.g. `phq9`); stored in history.
    pub id: String,
    /// Fluent id of the instrument's name.
    pub name: String,
    /// Fluent id of the question stem shown above the items.
    pub stem: String,
    /// Fluent id of the recall period (e.g. "Over the last 2 weeks"), if the
    /// instrument asks about one.
    #[serde(default)]
    pub recall_period: Option<String>,
    /// Response options shared by every item that does not bring its own.
    #[serde(default)]
    pub options: Vec<ResponseOption>,
    /// The items, in the order they are asked and stored.
    pub items: Vec<Item>,
    /// How answers become a total (or item-by-item reports).
    pub scoring: ScoringRule,
    /// Severity bands, ascending; empty when the instrument has none.
    #[serde(default)]
    pub bands: Vec<Band>,
    /// The threshold NHS Talking Therapies uses for "a case", if any.
    #[serde(default)]
    pub caseness: Option<Caseness>,
    /// A change of at least this many points is reliable; `None` when no
    /// index is verified for this instrument.
    #[serde(default)]
    pub reliable_change: Option<u32>,
    /// Fluent id of the source citation.
    pub citation: String,
    /// Who owns the instrument and what we may do with it.
    pub licence: Licence,
    /// LOINC codes for the panel and total, where verified.
    #[serde(default)]
    pub loinc: Option<LoincCodes>,
    /// Translation status per locale; en-GB is the source.
    pub translations: BTreeMap<String, TranslationStatus>,
}

/// One question.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Fluent id of the item's wording.
    pub text: String,
    /// Whether the item counts towards the total. The PHQ-9's closing
    /// question on difficulty is asked but not scored.
    #[serde(default = "scored_by_default")]
    pub scored: bool,
    /// Options for this item only, replacing the instrument's.
    #[serde(default)]
    pub options: Option<Vec<ResponseOption>>,
    /// Fluent id of a "not applicable" choice, if the item offers one.
    #[serde(default)]
    pub not_applicable: Option<String>,
    /// When an answer to this item needs a safety response first.
    #[serde(default)]
    pub risk: Option<RiskRule>,
    /// The item's LOINC code, where verified.
    #[serde(default)]
    pub loinc: Option<String>,
}

fn scored_by_default() -> bool {
    true
}

impl Item {
    /// Whether the item offers a "not applicable" answer ([`NOT_APPLICABLE`]).
    pub fn allows_not_applicable(&self) -> bool {
        self.not_applicable.is_some()
    }
}

/// One choice in a list of response options.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ResponseOption {
    /// Points the choice adds to the total.
    pub score: u8,
    /// Fluent id of the choice's wording.
    pub text: String,
}

/// Flags an item for an immediate safety response, whatever the total
/// (PHQ-9 item 9 above 0).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RiskRule {
    /// The item is flagged when its score is above this.
    pub above: u8,
}

/// How an instrument's answers are combined.
// Read through a flat record rather than serde's internally tagged enums:
// those buffer through serde's generic `Content` type, which measured as the
// largest single cost in the WASM bundle. The JSON format is unchanged.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(try_from = "ScoringRecord")]
pub enum ScoringRule {
    /// The total is the sum of the scored items; no total until every scored
    /// item is answered.
    Sum,
    /// As `Sum`, but up to `max_missing` scored items may be unanswered or
    /// "not applicable": each is replaced by the mean of the answered ones, so
    /// the total is `sum × items ÷ answered` (NHS Data Dictionary, WSAS).
    SumWithProration {
        /// How many scored items may be missing and still give a total.
        max_missing: usize,
    },
    /// No total: each item is reported on its own, and one scoring at least
    /// `explore_at_least` suggests exploring further (IAPT Phobia Scales).
    ItemByItem {
        /// The item score from which to suggest exploring further.
        explore_at_least: u8,
        /// Fluent id of the text saying so.
        explore_text: String,
    },
}

/// `{"kind": "sum" | "sum_with_proration" | "item_by_item", …}` as written in the data.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringRecord {
    kind: String,
    #[serde(default)]
    max_missing: Option<usize>,
    #[serde(default)]
    explore_at_least: Option<u8>,
    #[serde(default)]
    explore_text: Option<String>,
}

impl TryFrom<ScoringRecord> for ScoringRule {
    type Error = String;

    fn try_from(r: ScoringRecord) -> Result<Self, String> {
        let extra = |present: bool, field: &str| {
            if present {
                Err(format!("`{field}` does not belong to scoring kind `{}`", r.kind))
            } else {
                Ok(())
            }
        };
        match r.kind.as_str() {
            "sum" => {
                extra(r.max_missing.is_some() || r.explore_at_least.is_some() || r.explore_text.is_some(), "fields")?;
                Ok(ScoringRule::Sum)
            }
            "sum_with_proration" => {
                extra(r.explore_at_least.is_some() || r.explore_text.is_some(), "explore_*")?;
                Ok(ScoringRule::SumWithProration { max_missing: r.max_missing.ok_or("missing field `max_missing`")? })
            }
            "item_by_item" => {
                extra(r.max_missing.is_some(), "max_missing")?;
                Ok(ScoringRule::ItemByItem {
                    explore_at_least: r.explore_at_least.ok_or("missing field `explore_at_least`")?,
                    explore_text: r.explore_text.ok_or("missing field `explore_text`")?,
                })
            }
            other => Err(format!("unknown scoring kind `{other}`")),
        }
    }
}

/// A severity band. Bounds are in points; each side is inclusive (`min`,
/// `max`) or exclusive (`above`, `below`), so bands stay exact for prorated
/// totals that are not whole numbers (WSAS: below 10, 10–20, above 20). A side
/// left out is unbounded.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Stable id within the instrument (e.g. `moderate`).
    pub id: String,
    /// Totals at least this are in the band.
    #[serde(default)]
    pub min: Option<u32>,
    /// Totals greater than this are in the band.
    #[serde(default)]
    pub above: Option<u32>,
    /// Totals at most this are in the band.
    #[serde(default)]
    pub max: Option<u32>,
    /// Totals less than this are in the band.
    #[serde(default)]
    pub below: Option<u32>,
    /// Fluent id of the band's name.
    pub name: String,
    /// Fluent id of a plain-language explanation: information, not a verdict.
    pub explanation: String,
}

impl Band {
    /// Whether a total falls in this band.
    pub fn contains(&self, total: Total) -> bool {
        let lower_ok = match (self.min, self.above) {
            (Some(min), _) => total >= Total::whole(min),
            (None, Some(above)) => total > Total::whole(above),
            (None, None) => true,
        };
        let upper_ok = match (self.max, self.below) {
            (Some(max), _) => total <= Total::whole(max),
            (None, Some(below)) => total < Total::whole(below),
            (None, None) => true,
        };
        lower_ok && upper_ok
    }
}

/// The NHS Talking Therapies caseness threshold: a total at or above it is
/// "a case" (above the clinical threshold).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Caseness {
    /// The lowest total that counts as a case.
    pub at_least: u32,
    /// Fluent id of a kind explanation of what the threshold means.
    pub explanation: String,
}

/// Who owns an instrument and on what terms it is shown.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// The kind of permission.
    pub kind: LicenceKind,
    /// Fluent id of the copyright or licence line to show with it.
    pub note: String,
}

/// The kinds of permission the built-in instruments come with.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum LicenceKind {
    /// Free to reproduce, translate, display and distribute (PHQ-9, GAD-7).
    NoPermissionNeeded,
    /// Crown copyright under the Open Government Licence (phobia scales).
    OpenGovernmentLicence,
    /// Public domain (PCL-5, a US Government work).
    PublicDomain,
    /// Copyright held by the authors; widely reproduced by NHS services, and a
    /// service may switch it off (WSAS).
    AuthorsCopyright,
}

/// LOINC codes for an instrument as a whole.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LoincCodes {
    /// The panel (questionnaire) code.
    pub panel: String,
    /// The total score code, if one exists.
    #[serde(default)]
    pub total: Option<String>,
}

/// How far a locale's texts for an instrument can be trusted.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// The source text or a translation published by the instrument's owners.
    Official,
    /// Translated and checked by a qualified reviewer.
    Reviewed,
    /// Translated by a person, not yet checked.
    Unreviewed,
    /// Translated by a computer, not yet checked by a person.
    Machine,
}

/// A total score, kept exact as a fraction because a prorated WSAS total is
/// the sum times 5/4 (e.g. 21¼), and in general `sum × items ÷ answered`.
/// A float would misplace totals at band edges; a fraction never does.
/// Always stored in lowest terms, so `==` compares values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Total {
    numerator: u32,
    denominator: u32,
}

impl Total {
    /// A whole number of points.
    pub const fn whole(points: u32) -> Self {
        Total { numerator: points, denominator: 1 }
    }

    /// `numerator / denominator` points in lowest terms; `None` for a zero
    /// denominator.
    pub fn ratio(numerator: u32, denominator: u32) -> Option<Self> {
        if denominator == 0 {
            return None;
        }
        let divisor = gcd(numerator, denominator);
        Some(Total { numerator: numerator / divisor, denominator: denominator / divisor })
    }

    /// The numerator in lowest terms.
    pub fn numerator(self) -> u32 {
        self.numerator
    }

    /// The denominator in lowest terms (1 for a whole number).
    pub fn denominator(self) -> u32 {
        self.denominator
    }

    /// The total as whole points, if it is a whole number.
    pub fn whole_points(self) -> Option<u32> {
        (self.denominator == 1).then_some(self.numerator)
    }

    /// The total as a float, for display or charts only.
    pub fn as_f64(self) -> f64 {
        f64::from(self.numerator) / f64::from(self.denominator)
    }

    /// The size of the difference between two totals.
    pub fn abs_diff(self, other: Total) -> Total {
        let (a, b) = (self.scaled_numerator(other), other.scaled_numerator(self));
        let denominator = u64::from(self.denominator) * u64::from(other.denominator);
        reduce_u64(a.abs_diff(b), denominator)
    }

    /// This numerator over the common denominator with `other`.
    fn scaled_numerator(self, other: Total) -> u64 {
        u64::from(self.numerator) * u64::from(other.denominator)
    }
}

/// Reduces a fraction built from two `u32` fractions. The result never
/// exceeds the larger operand, so it fits back in `u32`; saturate regardless.
fn reduce_u64(numerator: u64, denominator: u64) -> Total {
    let divisor = gcd_u64(numerator, denominator).max(1);
    let narrow = |n: u64| u32::try_from(n / divisor).unwrap_or(u32::MAX);
    Total { numerator: narrow(numerator), denominator: narrow(denominator).max(1) }
}

fn gcd(a: u32, b: u32) -> u32 {
    // gcd(0, d) = d, so a zero total reduces to 0/1.
    u32::try_from(gcd_u64(a.into(), b.into())).unwrap_or(1).max(1)
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl From<u32> for Total {
    fn from(points: u32) -> Self {
        Total::whole(points)
    }
}

impl Ord for Total {
    fn cmp(&self, other: &Self) -> Ordering {
        self.scaled_numerator(*other).cmp(&other.scaled_numerator(*self))
    }
}

impl PartialOrd for Total {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Total {
    /// Whole numbers as integers; fractions to at most two decimals
    /// (WSAS quarters are exact). Locale formatting is the view's job.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.whole_points() {
            Some(points) => write!(f, "{points}"),
            None => {
                let text = format!("{:.2}", self.as_f64());
                f.write_str(text.trim_end_matches('0').trim_end_matches('.'))
            }
        }
    }
}

/// The result of scoring one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The total, or `None` until enough items are answered (and always for
    /// item-by-item instruments).
    pub total: Option<Total>,
    /// Scored items (0-based) unanswered or "not applicable". Under proration
    /// these were replaced by the mean of the others.
    pub missing_items: Vec<usize>,
    /// The severity band of the total, if there is a total and bands.
    pub band: Option<Band>,
    /// Whether the total is at or above the caseness threshold; `None`
    /// without a total or a threshold.
    pub case: Option<bool>,
    /// Items (0-based) whose answer needs a safety response first.
    pub risk_items: Vec<usize>,
    /// Per-item reports, for item-by-item instruments only (empty otherwise).
    pub item_reports: Vec<ItemReport>,
}

impl Outcome {
    /// Whether the total includes replaced (prorated) items.
    pub fn is_prorated(&self) -> bool {
        self.total.is_some() && !self.missing_items.is_empty()
    }
}

/// One item of an item-by-item instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemReport {
    /// The item (0-based).
    pub item: usize,
    /// Its score, if answered.
    pub score: Option<u8>,
    /// Whether the score suggests exploring further.
    pub explore_further: bool,
}

/// Why a set of answers cannot be scored. Items are 0-based.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum ScoreError {
    /// There must be one answer (or `None`) per item.
    #[error("expected {expected} answers, found {found}")]
    WrongLength {
        /// The number of items.
        expected: usize,
        /// The number of answers given.
        found: usize,
    },
    /// The answer is not one of the item's options.
    #[error("answer {value} is not an option for item {item}")]
    AnswerOutOfRange {
        /// The item (0-based).
        item: usize,
        /// The answer given.
        value: u8,
    },
}

/// Why instrument data was rejected; the messages are for the service's
/// administrator.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum InstrumentError {
    /// Not JSON, or not in the instrument format.
    #[error("instrument data is not in the expected format: {0}")]
    Parse(String),
    /// In the format, but inconsistent.
    #[error("instrument `{instrument}`: {problem}")]
    Invalid {
        /// The instrument's id.
        instrument: String,
        /// What is wrong.
        problem: String,
    },
    /// Two instruments in one list share an id.
    #[error("more than one instrument has the id `{0}`")]
    DuplicateId(String),
}

/// How one item was answered, once checked against its options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Response {
    Unanswered,
    NotApplicable,
    Score(u8),
}

impl Response {
    fn score(self) -> Option<u8> {
        match self {
            Response::Score(score) => Some(score),
            Response::Unanswered | Response::NotApplicable => None,
        }
    }
}

/// The built-in instruments' ids and item counts, so routes and the
/// configuration can be checked without parsing the questionnaires (which
/// would put the parser in the shell's WASM). A test keeps this in step
/// with `builtin.json`.
pub const BUILTIN_SHAPES: &[(&str, usize)] = &[("phq9", 10), ("gad7", 8), ("wsas", 5), ("phobia", 3), ("pcl5", 20)];

impl Instrument {
    /// The five built-in instruments (PHQ-9, GAD-7, WSAS, phobia scales,
    /// PCL-5), parsed and checked once.
    pub fn builtin() -> &'static [Instrument] {
        static BUILTIN: OnceLock<Vec<Instrument>> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The data is compiled in and checked by the tests, so failing
            // here is a build defect, not a runtime condition.
            // The checks run natively in the tests; phones skip re-running them.
            #[cfg(not(target_arch = "wasm32"))]
            let parsed = Instrument::list_from_json(BUILTIN_JSON);
            #[cfg(target_arch = "wasm32")]
            let parsed = serde_json::from_str(BUILTIN_JSON).map_err(|e| InstrumentError::Parse(e.to_string()));
            parsed.expect("built-in instruments are valid")
        })
    }

    /// A built-in instrument by id.
    pub fn by_id(id: &str) -> Option<&'static Instrument> {
        Instrument::builtin().iter().find(|instrument| instrument.id == id)
    }

    /// Parses and checks one instrument (e.g. supplied by a service).
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        let instrument: Instrument = serde_json::from_str(text).map_err(|e| InstrumentError::Parse(e.to_string()))?;
        instrument.validate()?;
        Ok(instrument)
    }

    /// Parses and checks a JSON array of instruments with distinct ids.
    pub fn list_from_json(text: &str) -> Result<Vec<Instrument>, InstrumentError> {
        let instruments: Vec<Instrument> =
            serde_json::from_str(text).map_err(|e| InstrumentError::Parse(e.to_string()))?;
        for (index, instrument) in instruments.iter().enumerate() {
            instrument.validate()?;
            if instruments[..index].iter().any(|earlier| earlier.id == instrument.id) {
                return Err(InstrumentError::DuplicateId(instrument.id.clone()));
            }
        }
        Ok(instruments)
    }

    /// The response options of an item (its own, or the instrument's); empty
    /// for an item index out of range.
    pub fn options_for(&self, item: usize) -> &[ResponseOption] {
        match self.items.get(item) {
            Some(Item { options: Some(own), .. }) => own,
            Some(_) => &self.options,
            None => &[],
        }
    }

    /// The lowest possible total of the scored items.
    pub fn min_total(&self) -> u32 {
        self.scored_items().map(|i| self.option_scores(i).min().unwrap_or(0)).sum()
    }

    /// The highest possible total of the scored items.
    pub fn max_total(&self) -> u32 {
        self.scored_items().map(|i| self.option_scores(i).max().unwrap_or(0)).sum()
    }

    /// Checks every answer against its item without scoring: the right
    /// number of answers, each an option of its item (or "not applicable"
    /// where allowed).
    pub fn check_answers(&self, answers: &[Option<u8>]) -> Result<(), ScoreError> {
        self.responses(answers).map(|_| ())
    }

    /// Scores a complete or partial set of answers (one per item, `None` for
    /// unanswered). Unanswered items give no total, except where the scoring
    /// rule allows proration.
    pub fn score(&self, answers: &[Option<u8>]) -> Result<Outcome, ScoreError> {
        let responses = self.responses(answers)?;
        let scored: Vec<(usize, Response)> = self.scored_items().map(|i| (i, responses[i])).collect();
        let missing_items: Vec<usize> =
            scored.iter().filter(|(_, response)| response.score().is_none()).map(|(i, _)| *i).collect();
        let sum: u32 = scored.iter().filter_map(|(_, response)| response.score()).map(u32::from).sum();

        let total = match &self.scoring {
            ScoringRule::Sum => missing_items.is_empty().then(|| Total::whole(sum)),
            ScoringRule::SumWithProration { max_missing } => {
                let answered = scored.len() - missing_items.len();
                if missing_items.len() > *max_missing || answered == 0 {
                    None
                } else {
                    // Replacing each missing item by the mean of the answered
                    // ones gives sum × items ÷ answered.
                    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                    Total::ratio(sum.saturating_mul(count(scored.len())), count(answered))
                }
            }
            ScoringRule::ItemByItem { .. } => None,
        };

        let item_reports = match &self.scoring {
            ScoringRule::ItemByItem { explore_at_least, .. } => scored
                .iter()
                .map(|&(item, response)| ItemReport {
                    item,
                    score: response.score(),
                    explore_further: response.score().is_some_and(|score| score >= *explore_at_least),
                })
                .collect(),
            _ => Vec::new(),
        };

        Ok(Outcome {
            total,
            missing_items,
            band: total.and_then(|t| self.band_for(t)).cloned(),
            case: total.and_then(|t| self.is_case(t)),
            risk_items: self.risk_items(answers),
            item_reports,
        })
    }

    /// Items (0-based) whose answer needs a safety response first. Works on
    /// partial answers, and on a slice shorter than the item list, so risk
    /// can be routed the moment it is disclosed. Answers that are not an
    /// option of their item are ignored here; [`Instrument::score`] rejects them.
    pub fn risk_items(&self, answers: &[Option<u8>]) -> Vec<usize> {
        self.items
            .iter()
            .zip(answers)
            .enumerate()
            .filter_map(|(index, (item, answer))| {
                let rule = item.risk?;
                let score = self.options_for(index).get(usize::from((*answer)?))?.score;
                (score > rule.above).then_some(index)
            })
            .collect()
    }

    /// Whether any answer so far needs a safety response first.
    pub fn risk_flagged(&self, answers: &[Option<u8>]) -> bool {
        !self.risk_items(answers).is_empty()
    }

    /// The band a total falls in, if the instrument has bands.
    pub fn band_for(&self, total: Total) -> Option<&Band> {
        self.bands.iter().find(|band| band.contains(total))
    }

    /// Whether a total is at or above the caseness threshold; `None` if the
    /// instrument has no threshold.
    pub fn is_case(&self, total: Total) -> Option<bool> {
        self.caseness.as_ref().map(|caseness| total >= Total::whole(caseness.at_least))
    }

    /// The translation status of a locale's texts, if recorded.
    pub fn translation_status(&self, locale: &str) -> Option<TranslationStatus> {
        self.translations.get(locale).copied()
    }

    /// Every Fluent id the instrument refers to, in a stable order, so a test
    /// (or a service's tooling) can check each exists in every locale.
    pub fn text_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.name.as_str(), self.stem.as_str()];
        ids.extend(self.recall_period.as_deref());
        ids.extend(self.options.iter().map(|option| option.text.as_str()));
        for item in &self.items {
            ids.push(&item.text);
            ids.extend(item.not_applicable.as_deref());
            ids.extend(item.options.iter().flatten().map(|option| option.text.as_str()));
        }
        if let ScoringRule::ItemByItem { explore_text, .. } = &self.scoring {
            ids.push(explore_text);
        }
        for band in &self.bands {
            ids.push(&band.name);
            ids.push(&band.explanation);
        }
        ids.extend(self.caseness.as_ref().map(|caseness| caseness.explanation.as_str()));
        ids.push(&self.citation);
        ids.push(&self.licence.note);
        ids
    }

    /// Checks the data is consistent: ids well formed, every item with
    /// options, thresholds within range, and bands covering every total the
    /// scoring rule can produce exactly once, in ascending order.
    pub fn validate(&self) -> Result<(), InstrumentError> {
        let invalid = |problem: String| InstrumentError::Invalid { instrument: self.id.clone(), problem };

        if self.id.is_empty() || !self.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(invalid("the id must be lowercase letters, digits and hyphens".into()));
        }
        if let Some(bad) = self.text_ids().into_iter().find(|id| !is_fluent_id(id)) {
            return Err(invalid(format!("`{bad}` is not a Fluent message id")));
        }
        if !self.translations.contains_key("en-GB") {
            return Err(invalid("the translation status must include en-GB, the source locale".into()));
        }
        if self.items.is_empty() || self.items.len() > MAX_ITEMS {
            return Err(invalid(format!("an instrument needs 1 to {MAX_ITEMS} items")));
        }
        for (index, item) in self.items.iter().enumerate() {
            let options = self.options_for(index);
            if options.is_empty() || options.len() > MAX_OPTIONS {
                return Err(invalid(format!("item {index} needs 1 to {MAX_OPTIONS} options")));
            }
            if let Some(rule) = item.risk {
                if !options.iter().any(|option| option.score > rule.above) {
                    return Err(invalid(format!("item {index}'s risk rule can never be met")));
                }
            }
        }
        let scored = self.scored_items().count();
        if scored == 0 {
            return Err(invalid("at least one item must be scored".into()));
        }

        match &self.scoring {
            ScoringRule::Sum => {}
            ScoringRule::SumWithProration { max_missing } => {
                if *max_missing >= scored {
                    return Err(invalid("proration must leave at least one answered item".into()));
                }
            }
            ScoringRule::ItemByItem { explore_at_least, .. } => {
                if !self.bands.is_empty() || self.caseness.is_some() || self.reliable_change.is_some() {
                    return Err(invalid("an item-by-item instrument has no total, so no bands or thresholds".into()));
                }
                if !self
                    .scored_items()
                    .any(|i| self.option_scores(i).any(|score| score >= u32::from(*explore_at_least)))
                {
                    return Err(invalid("the explore-further score is above every option".into()));
                }
            }
        }

        let (min, max) = (self.min_total(), self.max_total());
        if let Some(caseness) = &self.caseness {
            if caseness.at_least <= min || caseness.at_least > max {
                return Err(invalid(format!("the caseness threshold must be above {min} and at most {max}")));
            }
        }
        if let Some(index) = self.reliable_change {
            if index == 0 || index > max - min {
                return Err(invalid(format!("the reliable change index must be 1 to {}", max - min)));
            }
        }
        self.validate_bands().map_err(invalid)
    }

    /// Bands must be well formed, and every total the scoring rule can
    /// produce must fall in exactly one band, with bands in ascending order.
    /// Under proration that means no gap between whole numbers (so WSAS uses
    /// `below: 10` and `above: 20` rather than 0–9 and 21–40).
    fn validate_bands(&self) -> Result<(), String> {
        if self.bands.is_empty() {
            return Ok(());
        }
        for (index, band) in self.bands.iter().enumerate() {
            if band.min.is_some() && band.above.is_some() || band.max.is_some() && band.below.is_some() {
                return Err(format!("band `{}` has two lower or two upper bounds", band.id));
            }
            if self.bands[..index].iter().any(|earlier| earlier.id == band.id) {
                return Err(format!("two bands have the id `{}`", band.id));
            }
        }
        let mut previous_band = 0;
        for total in self.possible_totals()? {
            let mut matching = self.bands.iter().enumerate().filter(|(_, band)| band.contains(total));
            let Some((band_index, _)) = matching.next() else {
                return Err(format!("a total of {total} falls in no band"));
            };
            if matching.next().is_some() {
                return Err(format!("a total of {total} falls in more than one band"));
            }
            if band_index < previous_band {
                return Err("bands must be listed in ascending order".into());
            }
            previous_band = band_index;
        }
        Ok(())
    }

    /// Every total the scoring rule could produce (a superset for
    /// proration: every multiple of 1/answered in range), ascending.
    fn possible_totals(&self) -> Result<Vec<Total>, String> {
        let (min, max) = (self.min_total(), self.max_total());
        let scored = u32::try_from(self.scored_items().count()).unwrap_or(u32::MAX);
        let denominators = match &self.scoring {
            ScoringRule::SumWithProration { max_missing } => {
                let fewest_answered = scored.saturating_sub(u32::try_from(*max_missing).unwrap_or(u32::MAX)).max(1);
                fewest_answered..=scored
            }
            _ => 1..=1,
        };
        let checks: u64 = denominators.clone().map(|d| u64::from(max - min) * u64::from(d) + 1).sum();
        if checks > MAX_BAND_CHECKS as u64 {
            return Err("too many possible totals to check the bands".into());
        }
        let mut totals: Vec<Total> = denominators
            .flat_map(|d| (min * d..=max * d).filter_map(move |numerator| Total::ratio(numerator, d)))
            .collect();
        totals.sort();
        totals.dedup();
        Ok(totals)
    }

    /// Indexes of the items that count towards the total.
    fn scored_items(&self) -> impl Iterator<Item = usize> + '_ {
        self.items.iter().enumerate().filter(|(_, item)| item.scored).map(|(index, _)| index)
    }

    fn option_scores(&self, item: usize) -> impl Iterator<Item = u32> + '_ {
        self.options_for(item).iter().map(|option| u32::from(option.score))
    }

    /// Checks each answer against its item's options. Answers saved before
    /// unscored questions were added at the end (the GAD-7's difficulty
    /// question, December 2026) read those as unanswered, so no kept result
    /// is lost to the change.
    fn responses(&self, answers: &[Option<u8>]) -> Result<Vec<Response>, ScoreError> {
        let trailing_unscored = self.items.iter().rev().take_while(|item| !item.scored).count();
        let fits = answers.len() <= self.items.len() && answers.len() + trailing_unscored >= self.items.len();
        if !fits {
            return Err(ScoreError::WrongLength { expected: self.items.len(), found: answers.len() });
        }
        self.items
            .iter()
            .zip(answers.iter().chain(std::iter::repeat(&None)))
            .enumerate()
            .map(|(index, (item, answer))| match *answer {
                None => Ok(Response::Unanswered),
                Some(NOT_APPLICABLE) if item.allows_not_applicable() => Ok(Response::NotApplicable),
                Some(value) => self
                    .options_for(index)
                    .get(usize::from(value))
                    .map(|option| Response::Score(option.score))
                    .ok_or(ScoreError::AnswerOutOfRange { item: index, value }),
            })
            .collect()
    }
}

/// A Fluent message id: a letter, then letters, digits, `-` or `_`.
fn is_fluent_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn builtin_shapes_match_the_data() {
        let shapes: Vec<(&str, usize)> = Instrument::builtin().iter().map(|i| (i.id.as_str(), i.items.len())).collect();
        assert_eq!(shapes, BUILTIN_SHAPES);
    }
}
