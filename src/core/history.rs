//! The on-device history of self-check results.
//!
//! An entry stores only the answers; scores are always recomputed from them
//! with the current instrument data, never trusted from storage. Anything
//! read back is checked first: an unknown format version, an unknown
//! instrument, an impossible time or answers that do not fit the instrument
//! is a typed error, never a panic and never a wrong score.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::instruments::{Instrument, Outcome, ScoreError};

/// The history entry format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The latest plausible time, 9999-12-31T23:59:59.999Z; anything later has
/// been tampered with.
const LATEST_PLAUSIBLE_MS: i64 = 253_402_300_799_999;

/// One completed (or partly completed) self-check, as stored on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// The entry format, [`FORMAT_VERSION`] when written by this build.
    pub format_version: u32,
    /// The instrument's id (e.g. `phq9`).
    pub instrument: String,
    /// When it was taken, in milliseconds since the Unix epoch (UTC).
    pub taken_at_ms: i64,
    /// One answer per item, as [`Instrument::score`] takes them.
    pub answers: Vec<Option<u8>>,
}

/// Why a history entry was rejected.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum HistoryError {
    /// Not JSON, or not in the entry format (including unknown fields, such
    /// as a stored score).
    #[error("the history entry is not in the expected format: {0}")]
    Malformed(String),
    /// Written by an older or newer build in a format this one cannot read.
    #[error("the history entry has format version {found}; this build reads version {FORMAT_VERSION}")]
    UnsupportedVersion {
        /// The version found.
        found: u64,
    },
    /// The instrument is not in the catalogue.
    #[error("the history entry names an unknown questionnaire `{0}`")]
    UnknownInstrument(String),
    /// The time is before 1970 or after 9999.
    #[error("the history entry has an impossible time ({0} ms)")]
    ImpossibleTime(i64),
    /// The answers do not fit the instrument.
    #[error("the history entry's answers do not fit the questionnaire: {0}")]
    Answers(#[from] ScoreError),
}

impl HistoryEntry {
    /// A new entry in the current format, checked against its instrument.
    pub fn new(instrument: &Instrument, taken_at_ms: i64, answers: Vec<Option<u8>>) -> Result<Self, HistoryError> {
        let entry =
            HistoryEntry { format_version: FORMAT_VERSION, instrument: instrument.id.clone(), taken_at_ms, answers };
        entry.validate(std::slice::from_ref(instrument))?;
        Ok(entry)
    }

    /// Reads an entry from JSON text. The format version is checked before
    /// the shape, so an entry from another build reports its version rather
    /// than a confusing shape error. Call [`HistoryEntry::validate`] (or
    /// [`HistoryEntry::score`]) before using it.
    pub fn from_json(text: &str) -> Result<Self, HistoryError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| HistoryError::Malformed(e.to_string()))?;
        HistoryEntry::from_value(value)
    }

    /// As [`HistoryEntry::from_json`], from an already parsed value (e.g. one
    /// element of a stored list, so one bad entry does not lose the rest).
    pub fn from_value(value: serde_json::Value) -> Result<Self, HistoryError> {
        let version = value
            .get("format_version")
            .ok_or_else(|| HistoryError::Malformed("missing format_version".into()))?
            .as_u64()
            .ok_or_else(|| HistoryError::Malformed("format_version is not a whole number".into()))?;
        if version != u64::from(FORMAT_VERSION) {
            return Err(HistoryError::UnsupportedVersion { found: version });
        }
        serde_json::from_value(value).map_err(|e| HistoryError::Malformed(e.to_string()))
    }

    /// Checks the entry against a catalogue of instruments (usually
    /// [`Instrument::builtin`]) and returns its instrument. Checks the version
    /// again, as an entry may have been deserialised directly.
    pub fn validate<'a>(&self, catalogue: &'a [Instrument]) -> Result<&'a Instrument, HistoryError> {
        if self.format_version != FORMAT_VERSION {
            return Err(HistoryError::UnsupportedVersion { found: self.format_version.into() });
        }
        if !(0..=LATEST_PLAUSIBLE_MS).contains(&self.taken_at_ms) {
            return Err(HistoryError::ImpossibleTime(self.taken_at_ms));
        }
        let instrument = catalogue
            .iter()
            .find(|instrument| instrument.id == self.instrument)
            .ok_or_else(|| HistoryError::UnknownInstrument(self.instrument.clone()))?;
        instrument.check_answers(&self.answers)?;
        Ok(instrument)
    }

    /// The entries of a stored list that read and validate; the others are
    /// left where they are, never trusted.
    pub fn readable(stored: Vec<serde_json::Value>) -> Vec<HistoryEntry> {
        stored
            .into_iter()
            .filter_map(|value| HistoryEntry::from_value(value).ok())
            .filter(|entry| entry.validate(Instrument::builtin()).is_ok())
            .collect()
    }

    /// Validates the entry and scores its answers afresh.
    pub fn score(&self, catalogue: &[Instrument]) -> Result<Outcome, HistoryError> {
        let instrument = self.validate(catalogue)?;
        Ok(instrument.score(&self.answers)?)
    }
}
