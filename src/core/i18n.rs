//! Languages: which locales this build ships, negotiation, text direction,
//! and a Fluent localizer that falls back to en-GB and never shows a raw id.
//!
//! en-GB is compiled in as the fallback, so only the active locale's strings
//! are downloaded, and a failed download still leaves readable English.

use unic_langid::LanguageIdentifier;

use crate::core::fluent::{Args, Bundle};

/// The locale every message must exist in, and the fallback for all others.
pub const FALLBACK_LOCALE: &str = "en-GB";

/// Every locale this build ships, with its name in its own language (shown
/// in the language switcher so a reader can find their language without
/// reading English).
pub const SHIPPED_LOCALES: &[(&str, &str)] = &[
    ("en-GB", "English"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ur", "اردو"),
    ("bn", "বাংলা"),
    ("gu", "ગુજરાતી"),
    ("ar", "العربية"),
    ("pt", "Português"),
    ("tr", "Türkçe"),
    ("so", "Soomaali"),
    ("ta", "தமிழ்"),
    ("zh-Hans", "简体中文"),
];

/// A part of the interface whose strings are loaded together. The shell
/// needs only its own; a feature module adds its area, so no one downloads
/// (or carries in their WASM) strings for pages they never open. Areas are
/// constants rather than an enum so that each area's compiled-in English is
/// linked only into a binary that names it.
#[derive(Debug, PartialEq, Eq)]
pub struct Area {
    /// The area's Fluent files (the same names in every locale).
    pub files: &'static [&'static str],
    /// Their en-GB sources, compiled in as the fallback.
    pub english: &'static [&'static str],
}

/// The app shell: header, navigation, home, help, privacy.
pub const SHELL: Area = Area { files: &["shell.ftl"], english: &[include_str!("../../locales/en-GB/shell.ftl")] };

/// The self-checks: questionnaires and their pages.
pub const CHECKS: Area = Area {
    files: &["checks.ftl", "check-pages.ftl"],
    english: &[include_str!("../../locales/en-GB/checks.ftl"), include_str!("../../locales/en-GB/check-pages.ftl")],
};

/// The self-referral form.
pub const REFERRAL: Area = Area {
    files: &["referral.ftl", "refer-pages.ftl"],
    english: &[include_str!("../../locales/en-GB/referral.ftl"), include_str!("../../locales/en-GB/refer-pages.ftl")],
};

/// Every area.
pub const ALL_AREAS: &[Area] = &[SHELL, CHECKS, REFERRAL];

/// Every Fluent file of a locale, across all areas.
pub const FTL_FILES: &[&str] = &["shell.ftl", "checks.ftl", "check-pages.ftl", "referral.ftl", "refer-pages.ftl"];

/// What a reader sees if a message is missing even from en-GB: never the id.
/// The tests check every id the code uses exists in en-GB, so this is a last guard.
const MISSING: &str = "…";

/// Writing direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value for the HTML `dir` attribute.
    pub fn as_attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The direction of a language tag: Arabic, Urdu, Persian, Pashto, Sorani,
/// Hebrew, Sindhi, Dhivehi, Yiddish, and anything in Arabic or Hebrew script
/// (e.g. Punjabi in Shahmukhi, `pa-Arab`).
pub fn direction(tag: &str) -> Direction {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else { return Direction::Ltr };
    if let Some(script) = id.script {
        return match script.as_str() {
            "Arab" | "Hebr" | "Thaa" | "Syrc" | "Nkoo" | "Adlm" | "Rohg" => Direction::Rtl,
            _ => Direction::Ltr,
        };
    }
    match id.language.as_str() {
        "ar" | "ur" | "fa" | "ps" | "ckb" | "he" | "sd" | "dv" | "yi" | "ug" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The shipped locale a tag names, matched case-insensitively (`EN-gb` → `en-GB`).
pub fn shipped_locale(tag: &str) -> Option<&'static str> {
    SHIPPED_LOCALES.iter().map(|(t, _)| *t).find(|t| t.eq_ignore_ascii_case(tag.trim()))
}

/// The name of a shipped locale in its own language.
pub fn endonym(tag: &str) -> &'static str {
    SHIPPED_LOCALES.iter().find(|(t, _)| *t == tag).map_or("", |(_, name)| name)
}

/// Chooses a locale: the first of `requested` (a remembered choice first,
/// then the browser's languages) that matches one of `available`, by
/// Fluent's filtering negotiation (`en-US` finds `en-GB`, `ur-PK` finds `ur`);
/// otherwise `default`. Unknown or malformed tags are skipped.
pub fn negotiate(requested: &[String], available: &[String], default: &str) -> String {
    let parse = |tags: &[String]| -> Vec<LanguageIdentifier> { tags.iter().filter_map(|t| t.parse().ok()).collect() };
    let available_ids = parse(available);
    let default_id: LanguageIdentifier = default.parse().unwrap_or_default();
    // One requested language at a time, so the person's order wins over ours.
    for requested_id in parse(requested) {
        let found = fluent_langneg::negotiate_languages(
            &[requested_id],
            &available_ids,
            None,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        if let Some(found) = found.first() {
            let tag = found.to_string();
            if let Some(original) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
                return original.clone();
            }
        }
    }
    default_id.to_string()
}

/// Interface strings for one active locale, with en-GB behind it.
#[derive(Clone)]
pub struct Localizer {
    locale: String,
    areas: &'static [Area],
    active: Option<Bundle>,
    fallback: Bundle,
}

impl Localizer {
    /// A localizer that speaks en-GB only, for the given areas.
    pub fn english(areas: &'static [Area]) -> Self {
        let mut me = Self::english_empty(areas);
        for source in Self::english_sources(areas) {
            me.add_english(source);
        }
        me
    }

    /// An en-GB localizer for `areas` with no strings yet: with
    /// [`Localizer::add_english`] for each of [`Localizer::english_sources`]
    /// it is [`Localizer::english`], parsed a file at a time (the browser
    /// parses each in a task of its own).
    pub fn english_empty(areas: &'static [Area]) -> Self {
        Localizer { locale: FALLBACK_LOCALE.to_string(), areas, active: None, fallback: Bundle::new(FALLBACK_LOCALE) }
    }

    /// The compiled-in en-GB sources of `areas`, in order.
    pub fn english_sources(areas: &'static [Area]) -> impl Iterator<Item = &'static str> {
        areas.iter().flat_map(|a| a.english.iter().copied())
    }

    /// Parses one compiled-in en-GB source into the fallback bundle (its
    /// parse is checked by the tests, so errors are not reported here).
    pub fn add_english(&mut self, source: &str) {
        let _ = self.fallback.add_source(source);
    }

    /// en-GB for every area (tests and tools).
    pub fn fallback_only() -> Self {
        Self::english(ALL_AREAS)
    }

    /// A localizer for `locale` built from its downloaded Fluent sources for
    /// `areas`. Returns the parse errors too: a broken entry loses only its
    /// own message, which then falls back to en-GB.
    pub fn new(locale: &str, sources: &[&str], areas: &'static [Area]) -> (Self, Vec<String>) {
        Self::english(areas).in_locale(locale, sources)
    }

    /// This en-GB localizer made one for `locale` (the same as
    /// [`Localizer::new`]); the two parses can then run in separate tasks.
    pub fn in_locale(mut self, locale: &str, sources: &[&str]) -> (Self, Vec<String>) {
        if locale == FALLBACK_LOCALE {
            return (self, Vec::new());
        }
        let (active, errors) = bundle(locale, sources);
        self.locale = locale.to_string();
        self.active = Some(active);
        (self, errors)
    }

    /// The areas this localizer carries.
    pub fn areas(&self) -> &'static [Area] {
        self.areas
    }

    /// The active locale's tag.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The active locale's writing direction.
    pub fn direction(&self) -> Direction {
        direction(&self.locale)
    }

    /// Whether a message exists in the active locale itself (not by fallback).
    pub fn has_own(&self, id: &str) -> bool {
        match &self.active {
            Some(b) => b.has_message(id),
            None => self.fallback.has_message(id),
        }
    }

    /// The message `id` with no variables.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` in en-GB, whatever the active locale (a questionnaire
    /// shown in its official English wording inside a page in another language).
    pub fn english_text(&self, id: &str) -> String {
        self.fallback.format(id, &[]).unwrap_or_else(|| MISSING.to_string())
    }

    /// The message `id` with variables. A message that is missing, or whose
    /// variables or references fail, comes from en-GB instead: English is
    /// better than a broken sentence.
    pub fn text_with(&self, id: &str, args: &Args) -> String {
        self.active
            .iter()
            .chain(std::iter::once(&self.fallback))
            .find_map(|b| b.format(id, args))
            .unwrap_or_else(|| MISSING.to_string())
    }
}

fn bundle(locale: &str, sources: &[&str]) -> (Bundle, Vec<String>) {
    let mut bundle = Bundle::new(locale);
    let errors =
        sources.iter().flat_map(|source| bundle.add_source(source)).map(|e| format!("{locale}: {e}")).collect();
    (bundle, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn english_parsed_a_file_at_a_time_says_the_same_as_english_at_once() {
        let at_once = Localizer::english(ALL_AREAS);
        let mut in_parts = Localizer::english_empty(ALL_AREAS);
        assert_eq!(in_parts.text("app-help-now"), MISSING, "empty until its sources are added");
        for source in Localizer::english_sources(ALL_AREAS) {
            in_parts.add_english(source);
        }
        let ids = ALL_AREAS
            .iter()
            .flat_map(|a| a.english.iter())
            .flat_map(|source| source.lines())
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && !id.starts_with(['#', '-', ' ', '.']) && !id.contains(' '))
            .collect::<Vec<_>>();
        assert!(ids.len() > 300, "every message id of every area ({})", ids.len());
        for id in ids {
            assert_eq!(in_parts.text(id), at_once.text(id), "{id}");
        }
    }

    #[test]
    fn negotiation_prefers_the_persons_order() {
        let available = tags(&["en-GB", "ur"]);
        assert_eq!(negotiate(&tags(&["ur-PK", "en-GB"]), &available, "en-GB"), "ur");
        let shipped: Vec<String> = SHIPPED_LOCALES.iter().map(|(t, _)| t.to_string()).collect();
        // Browsers say zh-CN; pt-BR and pa-IN readers get what we have.
        for (asked, got) in [("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("pt-BR", "pt"), ("pa-IN", "pa"), ("ar-EG", "ar")]
        {
            assert_eq!(negotiate(&tags(&[asked]), &shipped, "en-GB"), got, "{asked}");
        }
        assert_eq!(negotiate(&tags(&["en-US", "ur"]), &available, "en-GB"), "en-GB");
        assert_eq!(negotiate(&tags(&["fr-FR", "ur"]), &available, "en-GB"), "ur");
        assert_eq!(negotiate(&tags(&["xx", "!!bad"]), &available, "en-GB"), "en-GB");
        assert_eq!(negotiate(&[], &available, "ur"), "ur");
    }

    #[test]
    fn directions() {
        for rtl in ["ar", "ur", "ur-PK", "fa", "he", "pa-Arab", "ckb"] {
            assert_eq!(direction(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en-GB", "pl", "pa", "pa-Guru", "bn", "zh-Hans", "not a tag"] {
            assert_eq!(direction(ltr), Direction::Ltr, "{ltr}");
        }
    }

    #[test]
    fn missing_messages_fall_back_and_never_show_ids() {
        let (l, errors) = Localizer::new("ur", &["only-in-ur = اردو\nbroken = { $x"], ALL_AREAS);
        assert!(!errors.is_empty(), "the broken line is reported");
        assert_eq!(l.text("only-in-ur"), "اردو");
        let english = Localizer::fallback_only().text("app-skip-link");
        assert_eq!(l.text("app-skip-link"), english, "falls back to en-GB");
        assert!(!l.has_own("app-skip-link"));
        assert_eq!(l.text("no-such-message-anywhere"), MISSING);
    }

    #[test]
    fn shipped_locale_matching() {
        assert_eq!(shipped_locale("EN-gb"), Some("en-GB"));
        assert_eq!(shipped_locale("ur"), Some("ur"));
        assert_eq!(shipped_locale("klingon"), None);
    }
}
