//! Validators for single referral fields. Each returns a typed value or a
//! typed error; each error names the Fluent message that tells the person how
//! to fix it (GOV.UK style). Email addresses use [`crate::core::validate::is_email`].
//!
//! Digits typed in other scripts that people filling this form use (Arabic,
//! Persian/Urdu, Devanagari, Bengali, Gurmukhi, Gujarati, full-width) are read
//! as the same digits, so a number typed on an Urdu or Bengali keyboard works.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Reads one decimal digit in any of the scripts named in the module docs.
fn digit_value(c: char) -> Option<u8> {
    // Each block holds its script's digits 0 to 9 contiguously.
    const ZEROS: [u32; 8] = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xFF10];
    let code = c as u32;
    ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&code)).map(|zero| (code - zero) as u8)
}

/// The text with every digit rewritten as an ASCII digit; other characters kept.
fn ascii_digits(text: &str) -> String {
    text.chars().map(|c| digit_value(c).map_or(c, |d| (b'0' + d) as char)).collect()
}

// ---------------------------------------------------------------- NHS number

/// A valid NHS number (NHS Data Dictionary, "NHS NUMBER"): ten digits whose
/// last is a modulus 11 check digit over the first nine.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NhsNumber(String);

/// Why text is not an NHS number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
pub enum NhsNumberError {
    #[error("no NHS number was entered")]
    Empty,
    #[error("an NHS number holds only digits and spaces")]
    NotDigits,
    #[error("an NHS number has 10 digits")]
    WrongLength,
    #[error("the check digit does not match the other nine digits")]
    CheckDigit,
}

impl NhsNumberError {
    /// The Fluent message telling the person how to fix this.
    pub fn fluent_id(self) -> &'static str {
        match self {
            NhsNumberError::Empty => "referral-error-nhs-number-missing",
            NhsNumberError::NotDigits => "referral-error-nhs-number-not-digits",
            NhsNumberError::WrongLength => "referral-error-nhs-number-length",
            NhsNumberError::CheckDigit => "referral-error-nhs-number-check-digit",
        }
    }
}

/// The modulus 11 check digit for the first nine digits of an NHS number:
/// weights 10 down to 2, remainder of the sum by 11, check = 11 − remainder,
/// where 11 becomes 0 and 10 means no valid number starts with these nine.
pub fn nhs_check_digit(first_nine: [u8; 9]) -> Option<u8> {
    let sum: u32 = first_nine.iter().zip((2..=10u32).rev()).map(|(&digit, weight)| u32::from(digit) * weight).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => Some(check as u8),
    }
}

impl NhsNumber {
    /// Reads an NHS number typed with or without spaces (or hyphens, which
    /// some letters print).
    pub fn parse(text: &str) -> Result<Self, NhsNumberError> {
        let compact: String = ascii_digits(text).chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if compact.is_empty() {
            return Err(NhsNumberError::Empty);
        }
        if !compact.chars().all(|c| c.is_ascii_digit()) {
            return Err(NhsNumberError::NotDigits);
        }
        if compact.len() != 10 {
            return Err(NhsNumberError::WrongLength);
        }
        let digits: Vec<u8> = compact.bytes().map(|b| b - b'0').collect();
        let mut first_nine = [0u8; 9];
        first_nine.copy_from_slice(&digits[..9]);
        match nhs_check_digit(first_nine) {
            Some(check) if check == digits[9] => Ok(NhsNumber(compact)),
            _ => Err(NhsNumberError::CheckDigit),
        }
    }

    /// The ten digits with no spaces, as payloads carry it.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The way the NHS prints it: `485 777 3457` (3, 3 and 4 digits).
    pub fn formatted(&self) -> String {
        format!("{} {} {}", &self.0[..3], &self.0[3..6], &self.0[6..])
    }
}

impl fmt::Debug for NhsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NhsNumber({})", self.0)
    }
}

impl TryFrom<String> for NhsNumber {
    type Error = NhsNumberError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        NhsNumber::parse(&text)
    }
}

impl From<NhsNumber> for String {
    fn from(number: NhsNumber) -> String {
        number.0
    }
}

// ------------------------------------------------------------------ Postcode

/// A UK postcode in its normal form: capitals, one space before the inward
/// code (`SW1A 1AA`, `M1 1AE`, `GIR 0AA`).
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

/// Why text is not a UK postcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PostcodeError {
    #[error("no postcode was entered")]
    Empty,
    #[error("not a UK postcode")]
    Invalid,
}

impl PostcodeError {
    /// The Fluent message telling the person how to fix this.
    pub fn fluent_id(self) -> &'static str {
        match self {
            PostcodeError::Empty => "referral-error-postcode-missing",
            PostcodeError::Invalid => "referral-error-postcode-invalid",
        }
    }
}

// The letters each position may hold, per the UK postcode format rules
// published by Royal Mail and the Office for National Statistics.
const NOT_FIRST: &[u8] = b"QVX";
const NOT_SECOND: &[u8] = b"IJZ";
const THIRD_IN_A9A: &[u8] = b"ABCDEFGHJKPSTUW";
const FOURTH_IN_AA9A: &[u8] = b"ABEHMNPRVWXY";
const NOT_IN_INWARD: &[u8] = b"CIKMOV";

fn is_valid_outward(outward: &[u8]) -> bool {
    let letter = |b: u8| b.is_ascii_uppercase();
    let digit = |b: u8| b.is_ascii_digit();
    let first = |b: u8| letter(b) && !NOT_FIRST.contains(&b);
    let second = |b: u8| letter(b) && !NOT_SECOND.contains(&b);
    match *outward {
        // A9, A99, A9A
        [a, n] => first(a) && digit(n),
        [a, n, m] if digit(n) => first(a) && (digit(m) || THIRD_IN_A9A.contains(&m)),
        // AA9
        [a, b, n] => first(a) && second(b) && digit(n),
        // AA99, AA9A
        [a, b, n, m] => first(a) && second(b) && digit(n) && (digit(m) || FOURTH_IN_AA9A.contains(&m)),
        _ => false,
    }
}

fn is_valid_inward(inward: &[u8]) -> bool {
    let letter = |b: u8| b.is_ascii_uppercase() && !NOT_IN_INWARD.contains(&b);
    matches!(*inward, [n, x, y] if n.is_ascii_digit() && letter(x) && letter(y))
}

impl Postcode {
    /// Reads a postcode typed in any case, with any spacing.
    pub fn parse(text: &str) -> Result<Self, PostcodeError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
        if compact.is_empty() {
            return Err(PostcodeError::Empty);
        }
        if !compact.is_ascii() || !(5..=7).contains(&compact.len()) {
            return Err(PostcodeError::Invalid);
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        // GIR 0AA (Girobank) predates the rules and is still valid.
        let valid = (outward == "GIR" && inward == "0AA")
            || (is_valid_outward(outward.as_bytes()) && is_valid_inward(inward.as_bytes()));
        if valid {
            Ok(Postcode(format!("{outward} {inward}")))
        } else {
            Err(PostcodeError::Invalid)
        }
    }

    /// The whole postcode in normal form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The outward code, which is the postcode district: `SW1A 1AA` → `SW1A`.
    pub fn district(&self) -> &str {
        self.0.split_once(' ').map_or(&self.0, |(outward, _)| outward)
    }

    /// The inward code: `SW1A 1AA` → `1AA`.
    pub fn inward(&self) -> &str {
        self.0.split_once(' ').map_or("", |(_, inward)| inward)
    }
}

/// The postcode district of typed text, if it is a valid postcode.
pub fn postcode_district(text: &str) -> Option<String> {
    Postcode::parse(text).ok().map(|p| p.district().to_string())
}

/// Whether text is a postcode district on its own (`SW1A`, `M1`, `GIR`), as
/// a service lists them in its eligibility rules.
pub fn is_postcode_district(text: &str) -> bool {
    let text = text.trim().to_ascii_uppercase();
    text == "GIR" || is_valid_outward(text.as_bytes())
}

impl fmt::Debug for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Postcode({})", self.0)
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Postcode::parse(&text)
    }
}

impl From<Postcode> for String {
    fn from(postcode: Postcode) -> String {
        postcode.0
    }
}

// --------------------------------------------------------------------- Phone

/// A telephone number in E.164 form (`+447700900982`): a UK number checked
/// against the UK numbering plan's 01, 02, 03, 07 and 08 ranges, or an
/// international one with its country code.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

/// Why text is not a telephone number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PhoneError {
    #[error("no phone number was entered")]
    Empty,
    #[error("a phone number holds digits, spaces, brackets, hyphens and a leading +")]
    InvalidCharacters,
    #[error("not a UK phone number (01, 02, 03, 07 or 08, with 10 or 11 digits)")]
    NotUkNumber,
    #[error("an international number is + then 8 to 15 digits, starting with the country code")]
    NotInternationalNumber,
}

impl PhoneError {
    /// The Fluent message telling the person how to fix this.
    pub fn fluent_id(self) -> &'static str {
        match self {
            PhoneError::Empty => "referral-error-phone-missing",
            PhoneError::InvalidCharacters => "referral-error-phone-characters",
            PhoneError::NotUkNumber => "referral-error-phone-uk-format",
            PhoneError::NotInternationalNumber => "referral-error-phone-international-format",
        }
    }
}

/// Checks a UK number written nationally (leading 0) and returns its E.164 form.
fn uk_national(digits: &str) -> Result<String, PhoneError> {
    let lengths: &[usize] = match digits.get(..2) {
        // Most 01 numbers have 11 digits; a few areas (016977) still have 10.
        Some("01") => &[10, 11],
        Some("02" | "03" | "07") => &[11],
        // 0800 freephone numbers can have 10 digits.
        Some("08") => &[10, 11],
        _ => return Err(PhoneError::NotUkNumber),
    };
    if lengths.contains(&digits.len()) {
        Ok(format!("+44{}", &digits[1..]))
    } else {
        Err(PhoneError::NotUkNumber)
    }
}

/// Checks the digits after `+` (country code first).
fn international(digits: &str) -> Result<String, PhoneError> {
    if let Some(national) = digits.strip_prefix("44") {
        // People often keep the trunk 0 after +44 ("+44 020 …").
        let national = national.strip_prefix('0').unwrap_or(national);
        return uk_national(&format!("0{national}"));
    }
    if (8..=15).contains(&digits.len()) && !digits.starts_with('0') {
        Ok(format!("+{digits}"))
    } else {
        Err(PhoneError::NotInternationalNumber)
    }
}

impl PhoneNumber {
    /// Reads a phone number as people write it: `07700 900982`,
    /// `(01632) 960 001`, `+44 (0)20 7946 0000`, `0044 7700 900982`,
    /// `+33 1 23 45 67 89`.
    pub fn parse(text: &str) -> Result<Self, PhoneError> {
        let text = ascii_digits(text.trim());
        if text.is_empty() {
            return Err(PhoneError::Empty);
        }
        let (plus, rest) = match text.strip_prefix('+') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text.as_str()),
        };
        // "+44 (0)20…": the bracketed 0 is the trunk prefix, not a digit to dial.
        let rest = if plus { rest.replacen("(0)", "", 1) } else { rest.to_string() };
        if !rest.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')' | '-' | '.')) {
            return Err(PhoneError::InvalidCharacters);
        }
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        let e164 = if plus {
            international(&digits)?
        } else if let Some(after) = digits.strip_prefix("00") {
            international(after)?
        } else if digits.starts_with('0') {
            uk_national(&digits)?
        } else {
            return Err(PhoneError::NotUkNumber);
        };
        Ok(PhoneNumber(e164))
    }

    /// The E.164 form, `+` and digits only.
    pub fn e164(&self) -> &str {
        &self.0
    }

    /// Whether this is a UK (+44) number.
    pub fn is_uk(&self) -> bool {
        self.0.starts_with("+44")
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.0)
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        PhoneNumber::parse(&text)
    }
}

impl From<PhoneNumber> for String {
    fn from(number: PhoneNumber) -> String {
        number.0
    }
}

// --------------------------------------------------------------------- Dates

/// A real calendar date (proleptic Gregorian, years 1 to 9999). Ordering is
/// chronological.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    // Field order makes the derived ordering chronological.
    year: i32,
    month: u8,
    day: u8,
}

/// Why day, month and year parts do not make an acceptable date. The
/// messages follow the GOV.UK date input pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
pub enum DateError {
    #[error("no date was entered")]
    Empty,
    #[error("the day is missing")]
    MissingDay,
    #[error("the month is missing")]
    MissingMonth,
    #[error("the year is missing")]
    MissingYear,
    #[error("the day and month are missing")]
    MissingDayAndMonth,
    #[error("the day and year are missing")]
    MissingDayAndYear,
    #[error("the month and year are missing")]
    MissingMonthAndYear,
    #[error("the year must have 4 digits")]
    YearNotFourDigits,
    #[error("not a real date")]
    NotReal,
    #[error("the date is in the future")]
    InFuture,
    #[error("the date is before the earliest date allowed")]
    TooLongAgo,
}

/// One input of a day/month/year date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DateError {
    /// The first input to link to from the error summary.
    pub fn first_part(self) -> DatePart {
        match self {
            DateError::MissingMonth | DateError::MissingMonthAndYear => DatePart::Month,
            DateError::MissingYear | DateError::YearNotFourDigits => DatePart::Year,
            _ => DatePart::Day,
        }
    }

    /// The inputs to mark as wrong (GOV.UK: only the ones at fault, or all
    /// three when the date as a whole is wrong).
    pub fn parts(self) -> &'static [DatePart] {
        match self {
            DateError::MissingDay => &[DatePart::Day],
            DateError::MissingMonth => &[DatePart::Month],
            DateError::MissingYear | DateError::YearNotFourDigits => &[DatePart::Year],
            DateError::MissingDayAndMonth => &[DatePart::Day, DatePart::Month],
            DateError::MissingDayAndYear => &[DatePart::Day, DatePart::Year],
            DateError::MissingMonthAndYear => &[DatePart::Month, DatePart::Year],
            DateError::Empty | DateError::NotReal | DateError::InFuture | DateError::TooLongAgo => {
                &[DatePart::Day, DatePart::Month, DatePart::Year]
            }
        }
    }
}

/// Whether `year` is a leap year in the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month (1 to 12) of a year; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from 1 January of year 1 to 1 January of `year`.
fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month typed as a number, an English name or its first three letters
/// (GOV.UK's date input accepts "jan" and "January").
fn parse_month(text: &str) -> Option<u8> {
    if text.chars().all(|c| c.is_ascii_digit()) {
        return if text.len() <= 2 { text.parse().ok() } else { None };
    }
    let lower = text.to_lowercase();
    let position =
        MONTH_NAMES.iter().position(|name| *name == lower || (lower.len() >= 3 && name.starts_with(&lower)))?;
    Some(position as u8 + 1)
}

impl Date {
    /// The date if it exists (no 31 February; 29 February only in leap years).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let exists =
            (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        exists.then_some(Date { year, month, day })
    }

    /// Reads the three inputs of a GOV.UK date pattern. The year must have
    /// four digits; the month may be a number or an English month name.
    pub fn from_parts(day: &str, month: &str, year: &str) -> Result<Self, DateError> {
        let (day, month, year) = (ascii_digits(day.trim()), ascii_digits(month.trim()), ascii_digits(year.trim()));
        let missing = (day.is_empty(), month.is_empty(), year.is_empty());
        match missing {
            (true, true, true) => return Err(DateError::Empty),
            (true, true, false) => return Err(DateError::MissingDayAndMonth),
            (true, false, true) => return Err(DateError::MissingDayAndYear),
            (false, true, true) => return Err(DateError::MissingMonthAndYear),
            (true, false, false) => return Err(DateError::MissingDay),
            (false, true, false) => return Err(DateError::MissingMonth),
            (false, false, true) => return Err(DateError::MissingYear),
            (false, false, false) => {}
        }
        if !year.chars().all(|c| c.is_ascii_digit()) {
            return Err(DateError::NotReal);
        }
        if year.len() != 4 {
            return Err(DateError::YearNotFourDigits);
        }
        let day_number: u8 = match day.len() {
            1 | 2 if day.chars().all(|c| c.is_ascii_digit()) => day.parse().map_err(|_| DateError::NotReal)?,
            _ => return Err(DateError::NotReal),
        };
        let month_number = parse_month(&month).ok_or(DateError::NotReal)?;
        let year_number: i32 = year.parse().map_err(|_| DateError::NotReal)?;
        Date::new(year_number, month_number, day_number).ok_or(DateError::NotReal)
    }

    /// Reads `YYYY-MM-DD` (ISO 8601 calendar date, as FHIR `date` and JSON
    /// Schema `date` use).
    pub fn parse_iso(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<i32> {
            let part = &text[range];
            part.chars().all(|c| c.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        Date::new(number(0..4)?, number(5..7)? as u8, number(8..10)? as u8)
    }

    /// The UTC calendar date of a Unix time in milliseconds.
    pub fn from_unix_ms(ms: i64) -> Self {
        Date::from_days_since_unix_epoch(ms.div_euclid(86_400_000))
    }

    /// The date `days` after 1 January 1970 (negative for earlier), clamped
    /// to years 1 to 9999.
    pub fn from_days_since_unix_epoch(days: i64) -> Self {
        let min = days_before_year(1) - days_before_year(1970);
        let max = days_before_year(10_000) - days_before_year(1970) - 1;
        let target = days.clamp(min, max) + days_before_year(1970);
        // Average Gregorian year length to get close, then step to the year.
        let mut year = (target * 400 / 146_097 + 1).clamp(1, 9999);
        while year < 9999 && days_before_year(year + 1) <= target {
            year += 1;
        }
        while year > 1 && days_before_year(year) > target {
            year -= 1;
        }
        let mut day_of_year = target - days_before_year(year);
        let mut month = 1u8;
        while day_of_year >= i64::from(days_in_month(year as i32, month)) {
            day_of_year -= i64::from(days_in_month(year as i32, month));
            month += 1;
        }
        Date { year: year as i32, month, day: day_of_year as u8 + 1 }
    }

    /// Days since 1 January 1970 (negative before it).
    pub fn days_since_unix_epoch(self) -> i64 {
        let before_month: i64 = (1..self.month).map(|m| i64::from(days_in_month(self.year, m))).sum();
        days_before_year(i64::from(self.year)) + before_month + i64::from(self.day) - 1 - days_before_year(1970)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({})", self.to_iso())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl TryFrom<String> for Date {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Date::parse_iso(&text).ok_or("not a real date in YYYY-MM-DD form")
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_iso()
    }
}

/// Checks a date is not after `today`.
pub fn not_in_future(date: Date, today: Date) -> Result<Date, DateError> {
    if date > today {
        Err(DateError::InFuture)
    } else {
        Ok(date)
    }
}

/// Age in whole years on `on`, or `None` if `on` is before `birth`. Someone
/// born on 29 February turns a year older on 1 March in common years.
pub fn age_on(birth: Date, on: Date) -> Option<u32> {
    if on < birth {
        return None;
    }
    let had_birthday = (on.month, on.day) >= (birth.month, birth.day);
    Some((on.year - birth.year - i32::from(!had_birthday)) as u32)
}

/// An RFC 3339 UTC timestamp, to the second: `2025-03-01T09:05:07Z`.
pub fn rfc3339_utc(unix_ms: i64) -> String {
    let date = Date::from_unix_ms(unix_ms);
    let seconds_of_day = unix_ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date.to_iso(),
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60,
        seconds_of_day % 60
    )
}

/// Unix time in milliseconds of a UTC date and time of day.
pub fn unix_ms(date: Date, hour: u8, minute: u8, second: u8) -> i64 {
    (date.days_since_unix_epoch() * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second)) * 1000
}
