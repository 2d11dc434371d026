//! The service configuration: what a service sets without writing code.
//!
//! `config.json` is read from the app's own base URL at start-up, never from
//! anything a link can set, so a crafted link cannot redirect referrals.
//! Parsing is strict about what could make the app unsafe (a missing phone
//! number, an endpoint that is not HTTPS) and lenient, with warnings, about
//! what only makes it plainer (an unknown field, a colour that fails contrast).

use serde::Deserialize;

use crate::core::colour::{Rgb, AA_TEXT_CONTRAST, WHITE};
use crate::core::i18n::{self, FALLBACK_LOCALE};
use crate::core::validate;

/// The file name the app loads, relative to its own base URL.
pub const CONFIG_FILE: &str = "config.json";

/// Where "Exit this page" goes when the service sets nothing: GOV.UK's
/// exit-this-page pattern uses BBC Weather as its neutral site.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// A short fingerprint of a `config.json` text (FNV-1a, 64 bits, hex). The
/// static pages record the one they were rendered from, so the app can tell
/// when they are older than the configuration it reads.
pub fn fingerprint(text: &str) -> String {
    let hash =
        text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{hash:016x}")
}

/// What the admin is told when the pages are older than the configuration.
pub const STALE_PAGES_WARNING: &str = "the static pages were rendered from another config.json than the one served now: run `waymark-site render` so people without WebAssembly (and everyone, until the app starts) see the current text";

/// A validated service configuration.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ServiceConfig {
    /// The service's public name, shown in the header and page titles.
    pub service_name: String,
    /// How people reach the service.
    pub contact: Contact,
    /// The service's own crisis or single-point-of-access line, if it has one.
    #[serde(default)]
    pub crisis_line: Option<CrisisLine>,
    /// Where referrals go; none means referrals are not taken online.
    #[serde(default)]
    pub referral: Referral,
    /// Which interface languages this service offers.
    #[serde(default)]
    pub languages: Languages,
    /// The service's own privacy notice.
    #[serde(default)]
    pub privacy_notice_url: Option<String>,
    /// Brand colours; each must keep text readable.
    #[serde(default)]
    pub theme: Theme,
    /// The neutral site that "Exit this page" opens.
    #[serde(default = "default_quick_exit_url")]
    pub quick_exit_url: String,
    /// Which self-checks are offered.
    #[serde(default)]
    pub checks: Checks,
    /// Which referral questions are asked, and which are required.
    #[serde(default)]
    pub questions: crate::core::referral::form::QuestionSettings,
    /// Who the service can take (age, area, current care).
    #[serde(default)]
    pub eligibility: crate::core::referral::eligibility::EligibilityRules,
    /// Outreach tablets: nothing personal kept, "Finish and clear", inactivity timeout.
    #[serde(default)]
    pub shared_device: SharedDevice,
    /// Running inside a service's own page (iframe).
    #[serde(default)]
    pub embed: Embed,
    /// What people waiting for the service are told.
    #[serde(default)]
    pub waiting: Waiting,
}

/// What happens after a referral and how long people wait, as the service
/// knows it today (docs/configuration.md). A value that cannot be a wait is
/// left out with a warning to the admin; the rest of the page still shows.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Waiting {
    /// The service contacts a new referral within this many working days.
    #[serde(default)]
    pub first_contact_working_days: Option<f64>,
    /// How many weeks people usually wait now for a first appointment.
    #[serde(default)]
    pub typical_wait_weeks: Option<f64>,
    /// When `typical_wait_weeks` was last checked, as `YYYY-MM-DD`.
    #[serde(default)]
    pub updated: Option<String>,
}

/// Longest first contact a service can promise, in working days (12 weeks).
pub const MAX_FIRST_CONTACT_WORKING_DAYS: u32 = 60;
/// Longest typical wait a service can state, in weeks (two years).
pub const MAX_TYPICAL_WAIT_WEEKS: u32 = 104;

impl Waiting {
    /// The working days to first contact, when set and possible.
    pub fn first_contact_days(&self) -> Option<u32> {
        self.first_contact_working_days.and_then(|d| whole_in(d, 1, MAX_FIRST_CONTACT_WORKING_DAYS))
    }

    /// The typical wait in weeks, when set and possible.
    pub fn typical_weeks(&self) -> Option<u32> {
        self.typical_wait_weeks.and_then(|w| whole_in(w, 0, MAX_TYPICAL_WAIT_WEEKS))
    }

    /// When the typical wait was checked, when set and a real date.
    pub fn updated_on(&self) -> Option<crate::core::calendar::Date> {
        self.updated.as_deref().and_then(crate::core::calendar::Date::parse)
    }

    /// Leaves out what cannot be a wait, with a warning for each.
    fn drop_impossible(&mut self, warnings: &mut Vec<ConfigWarning>) {
        let mut impossible = |field: &str, value: String| {
            warnings.push(ConfigWarning::ImpossibleWait { field: format!("waiting.{field}"), value })
        };
        if let Some(days) = self.first_contact_working_days.filter(|_| self.first_contact_days().is_none()) {
            impossible("first_contact_working_days", days.to_string());
            self.first_contact_working_days = None;
        }
        if let Some(weeks) = self.typical_wait_weeks.filter(|_| self.typical_weeks().is_none()) {
            impossible("typical_wait_weeks", weeks.to_string());
            self.typical_wait_weeks = None;
        }
        if let Some(updated) = self.updated.clone().filter(|_| self.updated_on().is_none()) {
            impossible("updated", updated);
            self.updated = None;
        }
    }
}

/// `value` as a whole number from `min` to `max`.
fn whole_in(value: f64, min: u32, max: u32) -> Option<u32> {
    (value.fract() == 0.0 && value >= f64::from(min) && value <= f64::from(max)).then_some(value as u32)
}

/// Shared-device mode for outreach workers (docs/configuration.md).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SharedDevice {
    /// On for every visitor; people cannot switch it off.
    #[serde(default)]
    pub enabled: bool,
    /// Minutes without a touch or key before everything personal is wiped.
    #[serde(default = "default_inactivity_minutes")]
    pub inactivity_minutes: f64,
    /// The outreach workers' code (4 or more digits) that shows how many
    /// referrals wait on a device. Not a secret: it keeps the count from the
    /// person being helped, who sees nothing of anyone else's.
    #[serde(default)]
    pub worker_code: Option<String>,
}

fn default_inactivity_minutes() -> f64 {
    10.0
}

impl Default for SharedDevice {
    fn default() -> Self {
        SharedDevice { enabled: false, inactivity_minutes: default_inactivity_minutes(), worker_code: None }
    }
}

/// Embedding in a service's page: which parents may frame Waymark and hear its height.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Embed {
    #[serde(default)]
    pub enabled: bool,
    /// Origins such as `https://www.example-trust.nhs.uk` (no path).
    #[serde(default)]
    pub allowed_parent_origins: Vec<String>,
}

/// Self-check settings.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Checks {
    /// Instrument ids to offer; all built-in ones when absent.
    #[serde(default)]
    pub enabled: Option<Vec<String>>,
    /// Show questionnaires in translations that are not official (Waymark's
    /// own, computer-made or reviewed), telling the person the wording was
    /// not validated for scoring. Off by default: such a questionnaire is
    /// shown in its official English wording instead.
    #[serde(default)]
    pub unvalidated_translations: bool,
}

/// Phone, email and opening hours of the service.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Contact {
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hours: Option<String>,
}

/// A crisis line run by or for the service.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CrisisLine {
    pub name: String,
    pub phone: String,
    #[serde(default)]
    pub hours: Option<String>,
}

/// Where and how referrals are posted.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Referral {
    #[serde(default)]
    pub endpoint: Option<String>,
    #[serde(default)]
    pub format: PayloadFormat,
    /// What happens next and how long it usually takes, shown after sending.
    #[serde(default)]
    pub what_happens_next: Option<String>,
    /// How long one attempt to send may take before it is retried.
    #[serde(default = "default_timeout_seconds")]
    pub timeout_seconds: u32,
    /// The service's HPKE public key (from `receiver keygen`): referrals are
    /// encrypted on the device before they are stored or sent.
    #[serde(default)]
    pub public_key: Option<String>,
    /// Days a receipt (reference and date, nothing the person answered)
    /// stays on the device after the service has a referral.
    #[serde(default = "default_keep_receipt_days")]
    pub keep_receipt_days: u32,
}

fn default_timeout_seconds() -> u32 {
    20
}

fn default_keep_receipt_days() -> u32 {
    30
}

impl Default for Referral {
    fn default() -> Self {
        Referral {
            endpoint: None,
            format: PayloadFormat::default(),
            what_happens_next: None,
            timeout_seconds: default_timeout_seconds(),
            public_key: None,
            keep_receipt_days: default_keep_receipt_days(),
        }
    }
}

/// 32 bytes as unpadded base64url, as `receiver keygen` prints (a trailing `=` is tolerated).
fn is_public_key(key: &str) -> bool {
    let key = key.strip_suffix('=').unwrap_or(key);
    key.len() == 43 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `https://host[:port]` (or http for 127.0.0.1/localhost while testing), nothing after.
fn is_origin(origin: &str) -> bool {
    let Some((_, host)) = origin.split_once("://") else { return false };
    is_secure_url(origin) && !host.is_empty() && !host.contains(['/', '*', '?', '#', '@'])
}

/// The body format of a referral POST (`json` or `fhir`).
pub use crate::core::referral::BodyFormat as PayloadFormat;

/// Enabled interface languages, as BCP 47 tags.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Languages {
    pub enabled: Vec<String>,
    pub default: String,
}

impl Default for Languages {
    fn default() -> Self {
        Languages { enabled: vec![FALLBACK_LOCALE.to_string()], default: FALLBACK_LOCALE.to_string() }
    }
}

/// Brand colours as `#rrggbb`. A colour that fails contrast is dropped.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Theme {
    /// Background of the header and primary buttons, under white text.
    #[serde(default)]
    pub brand: Option<String>,
    /// Link colour, on a white page.
    #[serde(default)]
    pub link: Option<String>,
    /// A font-family list of fonts already on people's devices or the host
    /// page's (Waymark never downloads a font: no third-party requests).
    #[serde(default)]
    pub font: Option<String>,
}

/// Font names, commas, spaces, quotes and hyphens only, so the value cannot
/// escape the CSS property it is written into.
pub fn is_font_family(value: &str) -> bool {
    !value.trim().is_empty()
        && value.len() <= 200
        && value.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '\'' | '"'))
}

fn default_quick_exit_url() -> String {
    DEFAULT_QUICK_EXIT_URL.to_string()
}

/// Why the configuration cannot be used. Each names the field at fault.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ConfigError {
    #[error("{CONFIG_FILE} could not be loaded: {0}")]
    Unavailable(String),
    #[error("{CONFIG_FILE} is not valid JSON (line {line}, column {column}): {detail}")]
    NotJson { line: usize, column: usize, detail: String },
    #[error("{CONFIG_FILE}: field `{field}`: {detail}")]
    WrongShape { field: String, detail: String },
    #[error("{CONFIG_FILE}: field `{field}`: {problem}")]
    Invalid { field: String, problem: Problem },
}

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("must not be empty")]
    Empty,
    #[error("must be an https:// address (http:// is allowed only for 127.0.0.1 or localhost)")]
    NotSecureUrl,
    #[error("is not an email address")]
    NotEmail,
    #[error("lists no language this build of Waymark has")]
    NoKnownLanguage,
    #[error("is not a public key printed by `receiver keygen` (43 base64url characters)")]
    NotPublicKey,
    #[error("embedding is on but no allowed parent origin is listed")]
    NoParentOrigin,
    #[error("is not an origin such as https://www.example.nhs.uk (no path, no *)")]
    NotOrigin,
    #[error("must be more than 0 and at most 120 minutes")]
    OutOfRange,
    #[error("must be 4 or more digits")]
    NotWorkerCode,
    #[error("must be a whole number of days from 1 to 365")]
    OutOfRangeDays,
    #[error("is not a phone number people can dial, such as 0113 496 0000 or +44 113 496 0000")]
    NotPhoneNumber,
    #[error("names a national crisis line but gives another number than its own (src/core/crisis.json)")]
    WrongCrisisNumber,
}

/// Something the app worked around; shown to the service's admin, not the public.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ConfigWarning {
    #[error("unknown field `{0}` was ignored")]
    UnknownField(String),
    #[error("language `{0}` is not in this build and was ignored")]
    UnknownLanguage(String),
    #[error("theme.font may hold only font names, commas, spaces, quotes and hyphens; it was ignored")]
    UnusableFont,
    #[error("default language `{default}` is not enabled; using `{used}`")]
    DefaultNotEnabled { default: String, used: String },
    #[error("self-check `{0}` does not exist and was ignored")]
    UnknownCheck(String),
    #[error("theme colour `{field}` = `{value}` is not a #rrggbb colour and was not applied")]
    NotAColour { field: String, value: String },
    #[error(
        "theme colour `{field}` = `{value}` has contrast {ratio:.2}:1 with white, below 4.5:1, and was not applied"
    )]
    LowContrast { field: String, value: String, ratio: f64 },
    #[error(
        "shared_device.enabled is on but referral.public_key is not set: a referral still waiting to be sent is kept only in this page's memory, so it is lost if the page is closed or someone presses Finish and clear before it is sent"
    )]
    SharedDeviceWithoutKey,
    #[error(
        "`{field}` = {value} cannot be a wait (working days to first contact: a whole number from 1 to 60; typical wait: whole weeks from 0 to 104; updated: a date as YYYY-MM-DD); it was left out"
    )]
    ImpossibleWait { field: String, value: String },
}

impl ConfigError {
    /// The dotted path of the field at fault, if one is known.
    pub fn field(&self) -> Option<&str> {
        match self {
            ConfigError::WrongShape { field, .. } | ConfigError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// A configuration that passed, with what was worked around.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub config: ServiceConfig,
    pub warnings: Vec<ConfigWarning>,
}

impl ServiceConfig {
    /// Parses and validates `config.json`'s text.
    pub fn parse(text: &str) -> Result<Loaded, ConfigError> {
        let mut unknown = Vec::new();
        let mut json = serde_json::Deserializer::from_str(text);
        let parsed: Result<ServiceConfig, _> = {
            let mut note_unknown = |path: serde_ignored::Path| unknown.push(path.to_string());
            let tracked = serde_ignored::Deserializer::new(&mut json, &mut note_unknown);
            serde_path_to_error::deserialize(tracked)
        };
        let mut config = parsed.map_err(shape_error)?;
        json.end().map_err(|e| syntax_error(&e))?;
        let mut warnings: Vec<ConfigWarning> = unknown.into_iter().map(ConfigWarning::UnknownField).collect();
        config.validate(&mut warnings)?;
        Ok(Loaded { config, warnings })
    }

    fn validate(&mut self, warnings: &mut Vec<ConfigWarning>) -> Result<(), ConfigError> {
        let invalid = |field: &str, problem| ConfigError::Invalid { field: field.to_string(), problem };
        require_text("service_name", &self.service_name)?;
        require_text("contact.phone", &self.contact.phone)?;
        if !is_dialable(&self.contact.phone) {
            return Err(invalid("contact.phone", Problem::NotPhoneNumber));
        }
        if let Some(email) = &self.contact.email {
            if !validate::is_email(email) {
                return Err(invalid("contact.email", Problem::NotEmail));
            }
        }
        if let Some(line) = &self.crisis_line {
            require_text("crisis_line.name", &line.name)?;
            require_text("crisis_line.phone", &line.phone)?;
            if !is_dialable(&line.phone) {
                return Err(invalid("crisis_line.phone", Problem::NotPhoneNumber));
            }
            if names_national_line_with_other_number(&line.name, &line.phone) {
                return Err(invalid("crisis_line.phone", Problem::WrongCrisisNumber));
            }
        }
        if let Some(endpoint) = &self.referral.endpoint {
            if !is_secure_url(endpoint) {
                return Err(invalid("referral.endpoint", Problem::NotSecureUrl));
            }
        }
        if let Some(url) = &self.privacy_notice_url {
            if !is_secure_url(url) {
                return Err(invalid("privacy_notice_url", Problem::NotSecureUrl));
            }
        }
        if !is_secure_url(&self.quick_exit_url) {
            return Err(invalid("quick_exit_url", Problem::NotSecureUrl));
        }
        if let Some(key) = &self.referral.public_key {
            if !is_public_key(key) {
                return Err(invalid("referral.public_key", Problem::NotPublicKey));
            }
        }
        if !(1..=365).contains(&self.referral.keep_receipt_days) {
            return Err(invalid("referral.keep_receipt_days", Problem::OutOfRangeDays));
        }
        if self.shared_device.worker_code.as_deref().is_some_and(|c| !crate::core::shared_device::code_is_valid(c)) {
            return Err(invalid("shared_device.worker_code", Problem::NotWorkerCode));
        }
        let minutes = self.shared_device.inactivity_minutes;
        if !(minutes > 0.0 && minutes <= 120.0) {
            return Err(invalid("shared_device.inactivity_minutes", Problem::OutOfRange));
        }
        if self.embed.enabled && self.embed.allowed_parent_origins.is_empty() {
            return Err(invalid("embed.allowed_parent_origins", Problem::NoParentOrigin));
        }
        if let Some(bad) = self.embed.allowed_parent_origins.iter().position(|o| !is_origin(o)) {
            return Err(invalid(&format!("embed.allowed_parent_origins[{bad}]"), Problem::NotOrigin));
        }
        if self.shared_device.enabled && self.referral.endpoint.is_some() && self.referral.public_key.is_none() {
            warnings.push(ConfigWarning::SharedDeviceWithoutKey);
        }
        self.waiting.drop_impossible(warnings);
        self.validate_languages(warnings)?;
        if let Some(enabled) = &mut self.checks.enabled {
            enabled.retain(|id| {
                let known = crate::core::instruments::BUILTIN_SHAPES.iter().any(|(known, _)| known == id);
                if !known {
                    warnings.push(ConfigWarning::UnknownCheck(id.clone()));
                }
                known
            });
        }
        self.theme.brand = checked_colour("theme.brand", self.theme.brand.take(), warnings);
        self.theme.link = checked_colour("theme.link", self.theme.link.take(), warnings);
        if self.theme.font.as_deref().is_some_and(|f| !is_font_family(f)) {
            warnings.push(ConfigWarning::UnusableFont);
            self.theme.font = None;
        }
        Ok(())
    }

    fn validate_languages(&mut self, warnings: &mut Vec<ConfigWarning>) -> Result<(), ConfigError> {
        let mut known = Vec::new();
        for tag in &self.languages.enabled {
            match i18n::shipped_locale(tag) {
                Some(shipped) if !known.contains(&shipped) => known.push(shipped),
                Some(_) => {}
                None => warnings.push(ConfigWarning::UnknownLanguage(tag.clone())),
            }
        }
        if known.is_empty() {
            return Err(ConfigError::Invalid { field: "languages.enabled".into(), problem: Problem::NoKnownLanguage });
        }
        let default = i18n::shipped_locale(&self.languages.default).filter(|d| known.contains(d));
        let default = match default {
            Some(d) => d,
            None => {
                let used = known[0];
                warnings.push(ConfigWarning::DefaultNotEnabled {
                    default: self.languages.default.clone(),
                    used: used.to_string(),
                });
                used
            }
        };
        self.languages =
            Languages { enabled: known.iter().map(|s| s.to_string()).collect(), default: default.to_string() };
        Ok(())
    }

    /// The self-checks this service offers, in the built-in order.
    pub fn checks_offered(&self) -> Vec<&'static crate::core::instruments::Instrument> {
        crate::core::instruments::Instrument::builtin().iter().filter(|i| self.offers_check(&i.id)).collect()
    }

    /// Whether the service offers the self-check `id` (a page for one it does
    /// not offer is "not found", whatever link led there).
    pub fn offers_check(&self, id: &str) -> bool {
        self.checks.enabled.as_ref().is_none_or(|ids| ids.iter().any(|e| e == id))
    }

    /// The wording to show a questionnaire in for a reader of `locale`: the
    /// locale's own when it is official, or when the service has chosen to
    /// show unvalidated translations; otherwise the official English.
    pub fn wording(
        &self,
        instrument: &crate::core::instruments::Instrument,
        locale: &str,
    ) -> (&'static str, crate::core::referral::form::Wording) {
        use crate::core::instruments::TranslationStatus;
        use crate::core::referral::form::Wording;
        let shipped = i18n::shipped_locale(locale).unwrap_or(FALLBACK_LOCALE);
        match instrument.translation_status(shipped) {
            Some(TranslationStatus::Official) => (shipped, Wording::Official),
            Some(status) if self.checks.unvalidated_translations => (shipped, status.into()),
            _ => (FALLBACK_LOCALE, Wording::Official),
        }
    }

    /// Whether referrals can be sent online.
    pub fn takes_online_referrals(&self) -> bool {
        self.referral.endpoint.is_some()
    }
}

/// A number people can dial: a UK or international number, or a national
/// crisis line's own short number (111, 116 123).
fn is_dialable(number: &str) -> bool {
    use crate::core::referral::fields::PhoneNumber;
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    PhoneNumber::parse(number).is_ok() || crate::core::crisis::known_numbers().contains(&digits)
}

/// A service's crisis line named after a national one (say "Samaritans")
/// with another number: a typo that would send a person in crisis nowhere.
fn names_national_line_with_other_number(name: &str, number: &str) -> bool {
    let name = name.to_lowercase();
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    crate::core::crisis::services().iter().filter(|s| s.id != "emergency").any(|s| {
        let national = s.name.to_lowercase();
        let first_word = national.split(' ').next().unwrap_or("");
        let named = name.contains(&national) || (first_word.len() > 3 && name.contains(first_word));
        let theirs: Vec<String> =
            s.call.iter().chain(&s.text).map(|n| n.chars().filter(char::is_ascii_digit).collect()).collect();
        named && !theirs.contains(&digits)
    })
}

fn require_text(field: &str, value: &str) -> Result<(), ConfigError> {
    if value.trim().is_empty() {
        Err(ConfigError::Invalid { field: field.to_string(), problem: Problem::Empty })
    } else {
        Ok(())
    }
}

fn checked_colour(field: &str, value: Option<String>, warnings: &mut Vec<ConfigWarning>) -> Option<String> {
    let value = value?;
    let Some(colour) = Rgb::parse_hex(value.trim()) else {
        warnings.push(ConfigWarning::NotAColour { field: field.into(), value });
        return None;
    };
    let ratio = colour.contrast_with(WHITE);
    if ratio < AA_TEXT_CONTRAST {
        warnings.push(ConfigWarning::LowContrast { field: field.into(), value, ratio });
        return None;
    }
    Some(colour.to_string())
}

/// `https://host…`, or `http://` to a loopback host for local development.
pub fn is_secure_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>') {
        return false;
    }
    let host_of = |rest: &str| rest.split(['/', '?', '#']).next().unwrap_or("").to_string();
    if let Some(rest) = url.strip_prefix("https://") {
        let host = host_of(rest);
        return !host.is_empty() && !host.contains('@');
    }
    if let Some(rest) = url.strip_prefix("http://") {
        let host = host_of(rest);
        let name = host.rsplit_once(':').map_or(host.as_str(), |(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) && !h.ends_with(':') {
                h
            } else {
                host.as_str()
            }
        });
        return matches!(name, "127.0.0.1" | "localhost" | "[::1]");
    }
    false
}

fn syntax_error(e: &serde_json::Error) -> ConfigError {
    ConfigError::NotJson { line: e.line(), column: e.column(), detail: strip_position(&e.to_string()) }
}

fn shape_error(e: serde_path_to_error::Error<serde_json::Error>) -> ConfigError {
    let inner = e.inner();
    if matches!(inner.classify(), serde_json::error::Category::Syntax | serde_json::error::Category::Eof) {
        return syntax_error(inner);
    }
    let detail = strip_position(&inner.to_string());
    let path = e.path().to_string();
    // serde reports a missing field at its parent; name the field itself.
    let field = match detail.strip_prefix("missing field `").and_then(|s| s.strip_suffix('`')) {
        Some(missing) if path == "." => missing.to_string(),
        Some(missing) => format!("{path}.{missing}"),
        None => path,
    };
    ConfigError::WrongShape { field, detail }
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"service_name":"Anytown Talking Therapies","contact":{"phone":"01632 960 000"}}"#;

    #[test]
    fn minimal_config_takes_defaults() {
        let loaded = ServiceConfig::parse(MINIMAL).unwrap();
        assert!(loaded.warnings.is_empty());
        let c = loaded.config;
        assert_eq!(c.languages.default, "en-GB");
        assert_eq!(c.quick_exit_url, DEFAULT_QUICK_EXIT_URL);
        assert!(!c.takes_online_referrals());
        assert_eq!(c.referral.format, PayloadFormat::Json);
    }

    #[test]
    fn secure_urls() {
        assert!(is_secure_url("https://example.org/referrals"));
        assert!(is_secure_url("http://127.0.0.1:8081/referrals"));
        assert!(is_secure_url("http://localhost/x"));
        assert!(!is_secure_url("http://example.org/referrals"));
        assert!(!is_secure_url("http://127.0.0.1.evil.example/"));
        assert!(!is_secure_url("javascript:alert(1)"));
        assert!(!is_secure_url("https://"));
        assert!(!is_secure_url("https://user@evil.example"));
        assert!(!is_secure_url("https://exa mple.org"));
    }

    fn with(extra: &str) -> Result<Loaded, ConfigError> {
        ServiceConfig::parse(&MINIMAL.replacen('}', &format!("}},{extra}"), 1))
    }

    fn field_and_problem(result: Result<Loaded, ConfigError>) -> (String, Problem) {
        match result {
            Err(ConfigError::Invalid { field, problem }) => (field, problem),
            other => panic!("expected an invalid field, got {other:?}"),
        }
    }

    #[test]
    fn numbers_people_cannot_dial_or_that_misname_a_national_line_are_refused() {
        let bad_phone = ServiceConfig::parse(&MINIMAL.replace("01632 960 000", "call us"));
        assert_eq!(field_and_problem(bad_phone), ("contact.phone".into(), Problem::NotPhoneNumber));
        let short = ServiceConfig::parse(&MINIMAL.replace("01632 960 000", "0163"));
        assert_eq!(field_and_problem(short), ("contact.phone".into(), Problem::NotPhoneNumber));
        // A national short number is dialable as the crisis list has it.
        assert!(with(r#""crisis_line":{"name":"Local crisis line","phone":"116 123"}"#).is_ok());
        let misnamed = with(r#""crisis_line":{"name":"Samaritans (local branch)","phone":"0808 157 0000"}"#);
        assert_eq!(field_and_problem(misnamed), ("crisis_line.phone".into(), Problem::WrongCrisisNumber));
        assert!(with(r#""crisis_line":{"name":"Samaritans","phone":"116 123"}"#).is_ok(), "its own number");
        let not_a_number = with(r#""crisis_line":{"name":"Anytown line","phone":"ring the ward"}"#);
        assert_eq!(field_and_problem(not_a_number), ("crisis_line.phone".into(), Problem::NotPhoneNumber));
    }

    #[test]
    fn receipt_days_and_worker_codes_out_of_range_are_refused() {
        for days in [0, 366] {
            let result = with(&format!(r#""referral":{{"keep_receipt_days":{days}}}"#));
            assert_eq!(field_and_problem(result), ("referral.keep_receipt_days".into(), Problem::OutOfRangeDays));
        }
        assert!(with(r#""referral":{"keep_receipt_days":365}"#).is_ok());
        for code in ["123", "12a4", ""] {
            let result = with(&format!(r#""shared_device":{{"enabled":true,"worker_code":"{code}"}}"#));
            assert_eq!(
                field_and_problem(result),
                ("shared_device.worker_code".into(), Problem::NotWorkerCode),
                "{code}"
            );
        }
        assert!(with(r#""shared_device":{"enabled":true,"worker_code":"2468"}"#).is_ok());
    }

    #[test]
    fn a_possible_wait_is_kept() {
        let loaded =
            with(r#""waiting":{"first_contact_working_days":5,"typical_wait_weeks":0,"updated":"2026-12-01"}"#)
                .unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let waiting = loaded.config.waiting;
        assert_eq!(waiting.first_contact_days(), Some(5));
        assert_eq!(waiting.typical_weeks(), Some(0));
        assert_eq!(waiting.updated_on(), crate::core::calendar::Date::parse("2026-12-01"));
        assert_eq!(ServiceConfig::parse(MINIMAL).unwrap().config.waiting, Waiting::default(), "all optional");
    }

    #[test]
    fn an_impossible_wait_is_left_out_with_a_warning_and_the_rest_kept() {
        let loaded = with(
            r#""waiting":{"first_contact_working_days":2.5,"typical_wait_weeks":-3,"updated":"2026-02-30"},"languages":{"enabled":["en-GB","pl"],"default":"en-GB"}"#,
        )
        .unwrap();
        let fields: Vec<String> = loaded
            .warnings
            .iter()
            .map(|w| match w {
                ConfigWarning::ImpossibleWait { field, .. } => field.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            fields,
            ["waiting.first_contact_working_days", "waiting.typical_wait_weeks", "waiting.updated"],
            "one warning per field, naming it"
        );
        assert_eq!(loaded.config.waiting, Waiting::default());
        assert_eq!(loaded.config.languages.enabled, ["en-GB", "pl"], "the rest of the configuration stands");
        for (days, kept) in [(0.0, false), (1.0, true), (60.0, true), (61.0, false)] {
            let w = Waiting { first_contact_working_days: Some(days), ..Waiting::default() };
            assert_eq!(w.first_contact_days().is_some(), kept, "{days}");
        }
        assert!(loaded.warnings[0].to_string().contains("waiting.first_contact_working_days` = 2.5"));
    }

    #[test]
    fn embedding_needs_listed_parent_origins() {
        let none = with(r#""embed":{"enabled":true}"#);
        assert_eq!(field_and_problem(none), ("embed.allowed_parent_origins".into(), Problem::NoParentOrigin));
        let wildcard = with(r#""embed":{"enabled":true,"allowed_parent_origins":["https://ok.nhs.uk","*"]}"#);
        assert_eq!(field_and_problem(wildcard), ("embed.allowed_parent_origins[1]".into(), Problem::NotOrigin));
        let path = with(r#""embed":{"enabled":true,"allowed_parent_origins":["https://ok.nhs.uk/page"]}"#);
        assert_eq!(field_and_problem(path).1, Problem::NotOrigin);
        assert!(with(r#""embed":{"enabled":true,"allowed_parent_origins":["https://ok.nhs.uk"]}"#).is_ok());
    }

    #[test]
    fn public_key_timeout_and_font_are_checked() {
        let key = with(r#""referral":{"public_key":"short"}"#);
        assert_eq!(field_and_problem(key), ("referral.public_key".into(), Problem::NotPublicKey));
        let good_key = format!(r#""referral":{{"public_key":"{}"}}"#, "A".repeat(43));
        assert!(with(&good_key).is_ok());
        for minutes in ["0", "-1", "121"] {
            let bad = with(&format!(r#""shared_device":{{"enabled":true,"inactivity_minutes":{minutes}}}"#));
            assert_eq!(field_and_problem(bad).1, Problem::OutOfRange, "{minutes}");
        }
        assert_eq!(with(r#""shared_device":{"enabled":true}"#).unwrap().config.shared_device.inactivity_minutes, 10.0);
        let font = with(r#""theme":{"font":"x; background: url(https://tracker.example)"}"#).unwrap();
        assert_eq!(font.config.theme.font, None);
        assert!(font.warnings.contains(&ConfigWarning::UnusableFont));
        let font = with(r#""theme":{"font":"'Frutiger', Arial, sans-serif"}"#).unwrap();
        assert_eq!(font.config.theme.font.as_deref(), Some("'Frutiger', Arial, sans-serif"));
    }
}
