//! England's crisis services, from one data file (`crisis.json`). The crisis
//! routes, the safety page, the referral's crisis redirect, the static pages
//! and the content checks all read it, so a number can never differ between
//! places. Interface strings take the numbers as Fluent variables (never
//! written into a `.ftl` file); content files may write them, and the content
//! check holds every number they write to this file.
//!
//! Phone numbers are written in groups ("0800 068 4141"). In a right-to-left
//! paragraph the spaces between groups take the paragraph's direction and the
//! groups come out in reverse order ("4141 068 0800"), so every number shown
//! is isolated left to right: [`number_runs`] finds them in text.

use std::sync::OnceLock;

use serde::Deserialize;

/// The data file, compiled in: crisis routes must never wait for a download.
pub const DATA: &str = include_str!("crisis.json");

/// One service, as the data file describes it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CrisisService {
    /// Stable id, one of [`Line::ALL`]'s.
    pub id: String,
    /// Its own name, not translated ("Samaritans", "Papyrus HOPELINE247").
    pub name: String,
    /// The number to call, grouped as people write it.
    #[serde(default)]
    pub call: Option<String>,
    /// The number to text.
    #[serde(default)]
    pub text: Option<String>,
    /// The word to text, where the service asks for one ("SHOUT").
    #[serde(default)]
    pub text_keyword: Option<String>,
    /// The phone menu option to choose (NHS 111: 2 for mental health).
    #[serde(default)]
    pub option: Option<u8>,
    /// `"always"`: open 24 hours, every day.
    #[serde(default)]
    pub hours: Option<String>,
    /// For people younger than this age.
    #[serde(default)]
    pub under_age: Option<u8>,
    /// Where the facts were checked.
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    #[allow(dead_code)]
    country: String,
    #[allow(dead_code)]
    checked: String,
    services: Vec<CrisisService>,
}

/// The services the app names, in the order the crisis routes show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line {
    /// 999 or A&E: life at risk now.
    Emergency,
    /// NHS 111, option 2: the 24-hour NHS mental health crisis line.
    Nhs111,
    Samaritans,
    Shout,
    Papyrus,
    Childline,
}

impl Line {
    /// Every line, in the data file's order.
    pub const ALL: [Line; 6] =
        [Line::Emergency, Line::Nhs111, Line::Samaritans, Line::Shout, Line::Papyrus, Line::Childline];

    /// Its id in the data file.
    pub fn id(self) -> &'static str {
        match self {
            Line::Emergency => "emergency",
            Line::Nhs111 => "nhs-111",
            Line::Samaritans => "samaritans",
            Line::Shout => "shout",
            Line::Papyrus => "papyrus",
            Line::Childline => "childline",
        }
    }

    /// Its facts from the data file.
    pub fn service(self) -> &'static CrisisService {
        let all = services();
        // `services()` has every line (checked by the tests and on parse).
        all.iter().find(|s| s.id == self.id()).unwrap_or(&all[0])
    }

    /// The number to call, or "" for a text-only line.
    pub fn call(self) -> &'static str {
        self.service().call.as_deref().unwrap_or("")
    }

    /// The number to text, or "" for a line that takes no texts.
    pub fn text(self) -> &'static str {
        self.service().text.as_deref().unwrap_or("")
    }
}

/// Every service in the data file.
pub fn services() -> &'static [CrisisService] {
    static PARSED: OnceLock<Vec<CrisisService>> = OnceLock::new();
    PARSED.get_or_init(|| match parse(DATA) {
        Ok(services) => services,
        // The tests parse the same text, so this cannot ship; an empty list
        // would hide every route, so fail loudly instead.
        Err(e) => panic!("src/core/crisis.json: {e}"),
    })
}

/// Reads a crisis data file: every [`Line`] present once, in order, each
/// with a number to call or text.
pub fn parse(text: &str) -> Result<Vec<CrisisService>, String> {
    let data: Data = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let ids: Vec<&str> = data.services.iter().map(|s| s.id.as_str()).collect();
    let expected: Vec<&str> = Line::ALL.iter().map(|l| l.id()).collect();
    if ids != expected {
        return Err(format!("services must be {expected:?} in that order, found {ids:?}"));
    }
    for s in &data.services {
        if s.call.is_none() && s.text.is_none() {
            return Err(format!("`{}` has neither `call` nor `text`", s.id));
        }
        for number in s.call.iter().chain(&s.text) {
            if !is_grouped_number(number) {
                return Err(format!("`{}`: `{number}` must be digits in groups separated by single spaces", s.id));
            }
        }
        if s.hours.as_deref().is_some_and(|h| h != "always") {
            return Err(format!("`{}`: hours must be \"always\" or left out", s.id));
        }
    }
    Ok(data.services)
}

fn is_grouped_number(text: &str) -> bool {
    !text.is_empty() && text.split(' ').all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Every number the data file lists, digits only ("116123").
pub fn known_numbers() -> Vec<String> {
    services().iter().flat_map(|s| s.call.iter().chain(&s.text)).map(|n| digits(n)).collect()
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A `tel:` link for a number as people write it ("0800 068 4141",
/// "+44 (0)20 7946 0000": the "(0)" is not dialled after +44).
pub fn tel_uri(number: &str) -> String {
    let dialled: String = number.replace("(0)", "").chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{dialled}")
}

/// An `sms:` link to `number`, with the message filled in when the service asks for a word.
pub fn sms_uri(number: &str, body: Option<&str>) -> String {
    let number = digits(number);
    match body {
        Some(word) => format!("sms:{number}?body={word}"),
        None => format!("sms:{number}"),
    }
}

/// A piece of text: words, or a number in groups to keep left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run<'a> {
    Words(&'a str),
    /// Two or more digit groups joined by single spaces, e.g. "116 123".
    Number(&'a str),
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}'
}

/// Splits text so that every number written in groups can be isolated
/// left to right. A single group ("999") needs no isolation: digits keep
/// their order; only the spaces between groups take the paragraph's direction.
pub fn number_runs(text: &str) -> Vec<Run<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut words_from = 0;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        if !c.is_ascii_digit() || after_word {
            i += 1;
            continue;
        }
        // Read groups: digits, then (single space, digits)*.
        let mut j = i;
        let mut groups = 0;
        let mut end = i;
        loop {
            let mut k = j;
            while k < chars.len() && chars[k].1.is_ascii_digit() {
                k += 1;
            }
            if k == j {
                break;
            }
            groups += 1;
            end = k;
            if k + 1 < chars.len() && is_space(chars[k].1) && chars[k + 1].1.is_ascii_digit() {
                j = k + 1;
            } else {
                break;
            }
        }
        let before_word = end < chars.len() && chars[end].1.is_alphanumeric();
        if groups >= 2 && !before_word {
            if start > words_from {
                runs.push(Run::Words(&text[words_from..start]));
            }
            let stop = chars.get(end).map_or(text.len(), |(at, _)| *at);
            runs.push(Run::Number(&text[start..stop]));
            words_from = stop;
        }
        i = end.max(i + 1);
    }
    if words_from < text.len() {
        runs.push(Run::Words(&text[words_from..]));
    }
    runs
}

/// Numbers in a content file that look like phone numbers but are not in
/// the data file: every number written in groups, every run of 5 or more
/// digits, and every number of 3 or more digits in bold (`**999**`), which is
/// how content files write numbers to call. Returns (1-based line, number).
pub fn unknown_numbers_in_content(text: &str) -> Vec<(usize, String)> {
    let known = known_numbers();
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        // Sources cite years and guideline numbers, never phone numbers.
        if line.trim_start().starts_with("- [") && line.contains("](https:") {
            continue;
        }
        let line_no = n + 1;
        let clean: String = line.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect();
        let bold: Vec<&str> = clean.split("**").skip(1).step_by(2).collect();
        for candidate in phone_like(&clean, &bold) {
            if !known.contains(&digits(&candidate)) {
                found.push((line_no, candidate));
            }
        }
    }
    found
}

fn phone_like(line: &str, bold: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for run in number_runs(line) {
        if let Run::Number(number) = run {
            out.push(number.to_string());
        }
    }
    for word in line.split(|c: char| !c.is_ascii_digit()) {
        if word.len() >= 5 && !out.iter().any(|n| digits(n).contains(word)) {
            out.push(word.to_string());
        }
    }
    for span in bold {
        for word in span.split(|c: char| !c.is_ascii_digit()) {
            if word.len() >= 3 && !out.iter().any(|n| digits(n).contains(word)) {
                out.push(word.to_string());
            }
        }
    }
    out
}

/// Why an interface message may not be shipped as written: it names a
/// crisis number itself (they are variables filled from the data file), or
/// it writes a number in groups that is not isolated left to right (wrap
/// examples in U+2066 … U+2069, or make them variables).
pub fn message_number_problem(value: &str) -> Option<String> {
    let known = known_numbers();
    let mut isolated = 0usize;
    let mut outside = String::new();
    for c in value.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => isolated += 1,
            '\u{2069}' => isolated = isolated.saturating_sub(1),
            _ if isolated == 0 => outside.push(c),
            _ => outside.push(' '),
        }
    }
    for word in value.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() >= 3) {
        if known.iter().any(|k| k == word) {
            return Some(format!("writes the crisis number {word}: use the variable from src/core/crisis.json"));
        }
    }
    for run in number_runs(value) {
        if let Run::Number(number) = run {
            if known.contains(&digits(number)) {
                return Some(format!("writes the crisis number {number}: use the variable from src/core/crisis.json"));
            }
        }
    }
    for run in number_runs(&outside) {
        if let Run::Number(number) = run {
            return Some(format!("writes {number} without isolating it left to right (U+2066 … U+2069)"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_names_every_line_in_order_with_papyrus_current() {
        let all = services();
        assert_eq!(all.len(), Line::ALL.len());
        assert_eq!(Line::Papyrus.service().name, "Papyrus HOPELINE247");
        assert_eq!(Line::Papyrus.call(), "0800 068 4141");
        assert_eq!(Line::Papyrus.text(), "88247");
        assert_eq!(Line::Papyrus.service().hours.as_deref(), Some("always"));
        assert_eq!(Line::Samaritans.call(), "116 123");
        assert_eq!(Line::Nhs111.service().option, Some(2));
        assert_eq!(Line::Shout.text(), "85258");
        assert_eq!(Line::Shout.call(), "");
    }

    #[test]
    fn a_broken_data_file_is_refused_with_the_reason() {
        let swapped = DATA.replace("\"samaritans\"", "\"x\"");
        assert!(parse(&swapped).unwrap_err().contains("in that order"));
        let letters = DATA.replace("\"116 123\"", "\"116 12O\"");
        assert!(parse(&letters).unwrap_err().contains("samaritans"));
        let double_space = DATA.replace("\"116 123\"", "\"116  123\"");
        assert!(parse(&double_space).is_err());
    }

    #[test]
    fn links_dial_and_text_the_digits() {
        assert_eq!(tel_uri("0800 068 4141"), "tel:08000684141");
        assert_eq!(tel_uri("+44 (0)20 7946 0000"), "tel:+442079460000");
        assert_eq!(sms_uri("85258", Some("SHOUT")), "sms:85258?body=SHOUT");
        assert_eq!(sms_uri("88 247", None), "sms:88247");
    }

    #[test]
    fn grouped_numbers_are_found_for_isolation_and_single_groups_are_left() {
        assert_eq!(
            number_runs("Call 116 123, or 0800 068 4141."),
            vec![
                Run::Words("Call "),
                Run::Number("116 123"),
                Run::Words(", or "),
                Run::Number("0800 068 4141"),
                Run::Words(".")
            ]
        );
        assert_eq!(number_runs("Call 999 now"), vec![Run::Words("Call 999 now")]);
        assert_eq!(number_runs("116 123"), vec![Run::Number("116 123")]);
        // Part of a word is not a number to isolate; nor are numbers split by two spaces.
        assert_eq!(number_runs("A1 2 and 3  4"), vec![Run::Words("A1 2 and 3  4")]);
        assert_eq!(
            number_runs("سامریٹنز 116 123 پر"),
            vec![Run::Words("سامریٹنز "), Run::Number("116 123"), Run::Words(" پر")]
        );
        assert_eq!(number_runs("116\u{a0}123"), vec![Run::Number("116\u{a0}123")]);
    }

    #[test]
    fn content_numbers_must_be_in_the_data_file() {
        let text = "- call **999**\n- Samaritans on **116 123**\n- Papyrus on **0800 068 4141**\n- typo **116 213**\n- old **0800 068 41 41**\nIn 2022 about 1 in 4.\n- [NICE NG222 (2022)](https://www.nice.org.uk/guidance/ng222)\n- bold **991**\n- text 85285";
        let found = unknown_numbers_in_content(text);
        assert_eq!(found, vec![(4, "116 213".to_string()), (8, "991".to_string()), (9, "85285".to_string())]);
        // The same digits grouped differently still dial the same line (line 5).
        // Arabic files isolate their numbers with U+2066 … U+2069 already.
        assert!(unknown_numbers_in_content("**\u{2066}116 123\u{2069}**").is_empty());
    }

    #[test]
    fn messages_take_crisis_numbers_as_variables_and_isolate_other_numbers() {
        assert!(message_number_problem("Call { $number } free").is_none());
        assert!(message_number_problem("Call 116 123 free").unwrap().contains("crisis number"));
        assert!(message_number_problem("call 999 now").unwrap().contains("crisis number"));
        assert!(message_number_problem("Text SHOUT to 85258").unwrap().contains("crisis number"));
        assert!(message_number_problem("like 485 777 3456").unwrap().contains("isolating"));
        assert!(message_number_problem("like \u{2066}485 777 3456\u{2069}").is_none());
        assert!(message_number_problem("Journal 2001;16(9):606–613.").is_none());
    }
}
