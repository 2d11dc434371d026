//! Native tests of the referral core (src/core/referral/): validators,
//! eligibility, the form, both payload formats, the outbox, and referral.ftl.

use std::collections::{BTreeSet, HashSet};

use proptest::prelude::*;
use serde_json::{json, Value};

use waymark::core::referral::eligibility::{Eligibility, EligibilityAnswers, EligibilityRules, Redirect};
use waymark::core::referral::fhir::{self, QuestionnaireResponse};
use waymark::core::referral::fields::{
    age_on, days_in_month, is_leap_year, nhs_check_digit, postcode_district, rfc3339_utc, unix_ms, Date, DateError,
    DatePart, NhsNumber, NhsNumberError, PhoneError, PhoneNumber, Postcode, PostcodeError,
};
use waymark::core::referral::form::{
    ids, AddressInput, Answer, Ask, Choice, DateInput, Employment, EqualityAnswers, EthnicCategory, EthnicGroup,
    FieldErrorKind, Gender, HelpTopic, Interpreter, Measure, Offer, Perinatal, Question, QuestionSettings,
    ReferralForm, Religion, SecondaryCare, SexualOrientation, Taken, Wording, YesNo,
};
use waymark::core::referral::outbox::{
    backoff_ceiling_ms, backoff_delay_ms, classify, parse_http_date, parse_retry_after, OutboxEntry, OutboxError,
    OutboxState, Outcome, RetryReason, Verdict, BASE_DELAY_MS, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS,
};
use waymark::core::referral::payload::{Envelope, ReferralPayload};
use waymark::core::referral::{encode, BodyFormat, ReferralId};

// ------------------------------------------------------------------ fixtures

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("a real date")
}

fn today() -> Date {
    date(2025, 6, 15)
}

fn text(s: &str) -> String {
    s.to_string()
}

/// A form that answers every question, valid under the default settings.
fn complete_form() -> ReferralForm {
    ReferralForm {
        given_name: text(" Ayesha "),
        family_name: text("Khan"),
        date_of_birth: DateInput { day: text("29"), month: text("2"), year: text("1988") },
        nhs_number: text("943 476 5919"),
        address: AddressInput { line_1: text("1 High Street"), line_2: text(""), town: text("Leeds") },
        postcode: text("ls1 4ap"),
        phone: text("07700 900982"),
        email: text("ayesha@example.com"),
        voicemail_ok: Some(false),
        texts_ok: Some(true),
        safe_times: text("Weekdays after 6pm"),
        preferred_language: text("Urdu"),
        interpreter: Some(Interpreter::Spoken),
        interpreter_language: text("Urdu"),
        gp_practice: text("Park Surgery"),
        gp_practice_code: text("b86001"),
        in_crisis: Some(false),
        secondary_care: Some(SecondaryCare::No),
        help_with: text("I have been worrying a lot and cannot sleep."),
        help_topics: vec![HelpTopic::Worry, HelpTopic::Sleep],
        phq9: vec![1, 2, 1, 0, 3, 1, 0, 0, 0],
        phq9_difficulty: Some(1),
        gad7: vec![2, 2, 3, 1, 0, 1, 2],
        gad7_difficulty: None,
        crisis_disclosed: false,
        referral_id: None,
        phq9_taken: None,
        gad7_taken: None,
        equality: EqualityAnswers {
            ethnic_category: Some(EthnicCategory::AsianPakistani),
            gender: Some(Answer::Given(Gender::Female)),
            gender_same_as_birth: Some(Answer::Given(YesNo::Yes)),
            sexual_orientation: Some(Answer::PreferNotToSay),
            religion: Some(Answer::Given(Religion::Muslim)),
            disability: Some(Answer::Given(YesNo::No)),
            long_term_condition: Some(Answer::Given(YesNo::Yes)),
            employment: Some(Answer::Given(Employment::Employed)),
            armed_forces_veteran: Some(Answer::Given(YesNo::No)),
            perinatal: Some(Answer::Given(Perinatal::No)),
        },
        consent_share_with_gp: Some(true),
        consent_privacy_notice: true,
    }
}

fn referral_id() -> ReferralId {
    ReferralId::from_random_bytes([7, 200, 13, 99, 1, 2, 3, 4, 250, 6, 7, 8, 9, 10, 11, 12])
}

fn envelope() -> Envelope {
    Envelope {
        referral_id: referral_id(),
        created_at_ms: unix_ms(today(), 9, 30, 5),
        service_name: text("Anytown Talking Therapies"),
        locale: text("en-GB"),
    }
}

fn built(form: &ReferralForm, settings: &QuestionSettings) -> ReferralPayload {
    ReferralPayload::build(form, settings, &envelope(), today()).expect("the form is valid")
}

fn payload_json(form: &ReferralForm, settings: &QuestionSettings) -> Value {
    serde_json::from_str(&built(form, settings).to_json()).expect("the payload is JSON")
}

fn source(relative: &str) -> String {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ---------------------------------------------------------------- NHS number

/// Nine digits and their check digit, as a ten-digit string.
fn with_check_digit(first_nine: [u8; 9]) -> Option<String> {
    let check = nhs_check_digit(first_nine)?;
    Some(first_nine.iter().chain(std::iter::once(&check)).map(|d| char::from(b'0' + d)).collect())
}

#[test]
fn nhs_numbers_with_a_correct_check_digit_pass_in_any_spacing() {
    let cases = [
        ("9434765919", "9434765919"),
        ("943 476 5919", "9434765919"),
        (" 943-476-5919 ", "9434765919"),
        ("401 023 2137", "4010232137"),
        // Typed on an Arabic-script keyboard.
        ("٩٤٣ ٤٧٦ ٥٩١٩", "9434765919"),
    ];
    for (typed, digits) in cases {
        let number = NhsNumber::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!(number.digits(), digits);
    }
    assert_eq!(NhsNumber::parse("9434765919").unwrap().formatted(), "943 476 5919");
}

#[test]
fn nhs_number_errors_are_typed() {
    assert_eq!(NhsNumber::parse("  "), Err(NhsNumberError::Empty));
    assert_eq!(NhsNumber::parse("943 476 591O"), Err(NhsNumberError::NotDigits));
    assert_eq!(NhsNumber::parse("943 476 591"), Err(NhsNumberError::WrongLength));
    assert_eq!(NhsNumber::parse("94347659199"), Err(NhsNumberError::WrongLength));
    assert_eq!(NhsNumber::parse("9434765918"), Err(NhsNumberError::CheckDigit));
}

#[test]
fn a_remainder_giving_check_digit_10_is_never_valid() {
    // 9*10+9*9+9*8+1*7+2*6+3*5+4*4+5*3+6*2 = 320; 320 mod 11 = 1; 11 - 1 = 10.
    assert_eq!(nhs_check_digit([9, 9, 9, 1, 2, 3, 4, 5, 6]), None);
    for last in 0..=9 {
        assert_eq!(NhsNumber::parse(&format!("999123456{last}")), Err(NhsNumberError::CheckDigit));
    }
    // Remainder 0 gives 11, which becomes check digit 0.
    assert_eq!(nhs_check_digit([0; 9]), Some(0));
}

#[test]
fn the_example_in_the_error_messages_is_not_a_real_nhs_number() {
    // "485 777 3456" is the NHS's published format example. Its check digit
    // would be 7, so nobody can submit the example by mistake.
    assert_eq!(nhs_check_digit([4, 8, 5, 7, 7, 7, 3, 4, 5]), Some(7));
    assert_eq!(NhsNumber::parse("485 777 3456"), Err(NhsNumberError::CheckDigit));
}

proptest! {
    #[test]
    fn generated_valid_nhs_numbers_always_pass(first_nine in proptest::array::uniform9(0u8..=9)) {
        if let Some(number) = with_check_digit(first_nine) {
            let spaced = format!("{} {} {}", &number[..3], &number[3..6], &number[6..]);
            prop_assert_eq!(NhsNumber::parse(&number).map(|n| n.digits().to_string()), Ok(number.clone()));
            prop_assert!(NhsNumber::parse(&spaced).is_ok());
        }
    }

    #[test]
    fn changing_any_one_digit_of_a_valid_nhs_number_fails(
        first_nine in proptest::array::uniform9(0u8..=9),
        position in 0usize..10,
        delta in 1u8..=9,
    ) {
        if let Some(number) = with_check_digit(first_nine) {
            let mut digits: Vec<u8> = number.bytes().map(|b| b - b'0').collect();
            digits[position] = (digits[position] + delta) % 10;
            let changed: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
            prop_assert_eq!(NhsNumber::parse(&changed), Err(NhsNumberError::CheckDigit));
        }
    }
}

// ------------------------------------------------------------------ Postcode

#[test]
fn every_uk_postcode_format_is_accepted_and_normalised() {
    let cases = [
        ("M1 1AE", "M1 1AE"),     // A9 9AA
        ("b33 8th", "B33 8TH"),   // A99 9AA
        ("CR26XH", "CR2 6XH"),    // AA9 9AA
        ("dn55 1pt", "DN55 1PT"), // AA99 9AA
        ("W1A 0AX", "W1A 0AX"),   // A9A 9AA
        ("ec1a1bb", "EC1A 1BB"),  // AA9A 9AA
        ("  SW1A   1AA ", "SW1A 1AA"),
        ("gir0aa", "GIR 0AA"),
    ];
    for (typed, normal) in cases {
        let postcode = Postcode::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!(postcode.as_str(), normal);
    }
}

#[test]
fn invalid_postcodes_are_rejected() {
    assert_eq!(Postcode::parse(""), Err(PostcodeError::Empty));
    for bad in [
        "SW1A",      // outward code only
        "1AA",       // inward code only
        "SW1A 1AAA", // too long
        "Q1 1AA",    // Q never first
        "AI1 1AA",   // I never second
        "W1L 1AA",   // L not allowed third in A9A
        "SW1C 1AA",  // C not allowed fourth in AA9A
        "SW1A 1CA",  // C never in the inward code
        "SW1A AAA",  // inward code starts with a digit
        "12345",
        "ÉC1A 1BB",
        "EC1A-1BB",
        "GIR 0AB",
    ] {
        assert_eq!(Postcode::parse(bad), Err(PostcodeError::Invalid), "{bad}");
    }
}

#[test]
fn postcode_district_is_the_outward_code() {
    assert_eq!(postcode_district("SW1A 1AA").as_deref(), Some("SW1A"));
    assert_eq!(postcode_district("m11ae").as_deref(), Some("M1"));
    assert_eq!(postcode_district("dn551pt").as_deref(), Some("DN55"));
    assert_eq!(postcode_district("not a postcode"), None);
    assert_eq!(Postcode::parse("EC1A 1BB").unwrap().inward(), "1BB");
}

const FIRST: &str = "ABCDEFGHIJKLMNOPRSTUWYZ";
const SECOND: &str = "ABCDEFGHKLMNOPQRSTUVWXY";
const THIRD: &str = "ABCDEFGHJKPSTUW";
const FOURTH: &str = "ABEHMNPRVWXY";
const INWARD: &str = "ABDEFGHJLNPQRSTUWXYZ";

fn letter_from(set: &'static str) -> impl Strategy<Value = char> {
    proptest::sample::select(set.chars().collect::<Vec<_>>())
}

fn digit() -> impl Strategy<Value = char> {
    proptest::sample::select(('0'..='9').collect::<Vec<_>>())
}

/// Outward codes built from each published format pattern.
fn outward() -> impl Strategy<Value = String> {
    prop_oneof![
        (letter_from(FIRST), digit()).prop_map(|(a, n)| format!("{a}{n}")),
        (letter_from(FIRST), digit(), digit()).prop_map(|(a, n, m)| format!("{a}{n}{m}")),
        (letter_from(FIRST), letter_from(SECOND), digit()).prop_map(|(a, b, n)| format!("{a}{b}{n}")),
        (letter_from(FIRST), letter_from(SECOND), digit(), digit()).prop_map(|(a, b, n, m)| format!("{a}{b}{n}{m}")),
        (letter_from(FIRST), digit(), letter_from(THIRD)).prop_map(|(a, n, c)| format!("{a}{n}{c}")),
        (letter_from(FIRST), letter_from(SECOND), digit(), letter_from(FOURTH))
            .prop_map(|(a, b, n, c)| format!("{a}{b}{n}{c}")),
    ]
}

fn inward() -> impl Strategy<Value = String> {
    (digit(), letter_from(INWARD), letter_from(INWARD)).prop_map(|(n, x, y)| format!("{n}{x}{y}"))
}

proptest! {
    #[test]
    fn generated_postcodes_pass_in_any_case_and_spacing(outward in outward(), inward in inward(), spaces in 0usize..3, lower in any::<bool>()) {
        let typed = format!("{outward}{}{inward}", " ".repeat(spaces));
        let typed = if lower { typed.to_lowercase() } else { typed };
        let postcode = Postcode::parse(&typed);
        prop_assert!(postcode.is_ok(), "{} rejected", typed);
        let postcode = postcode.unwrap();
        prop_assert_eq!(postcode.as_str(), format!("{outward} {inward}"));
        prop_assert_eq!(postcode.district(), outward.as_str());
    }

    #[test]
    fn a_forbidden_inward_letter_always_fails(outward in outward(), n in digit(), bad in letter_from("CIKMOV"), ok in letter_from(INWARD)) {
        prop_assert_eq!(Postcode::parse(&format!("{outward} {n}{bad}{ok}")), Err(PostcodeError::Invalid));
        prop_assert_eq!(Postcode::parse(&format!("{outward} {n}{ok}{bad}")), Err(PostcodeError::Invalid));
    }
}

// --------------------------------------------------------------------- Phone

#[test]
fn uk_phone_numbers_in_the_forms_people_write() {
    let cases = [
        ("07700 900982", "+447700900982"),
        ("07700-900-982", "+447700900982"),
        ("(01632) 960 001", "+441632960001"),
        ("020 7946 0000", "+442079460000"),
        ("0300 123 1234", "+443001231234"),
        ("0808 157 0192", "+448081570192"),
        ("0800 123 456", "+44800123456"),
        ("016977 3456", "+44169773456"),
        ("+44 7700 900982", "+447700900982"),
        ("+44 (0)20 7946 0000", "+442079460000"),
        ("+44 020 7946 0000", "+442079460000"),
        ("0044 7700 900982", "+447700900982"),
        ("۰۷۷۰۰ ۹۰۰۹۸۲", "+447700900982"),
    ];
    for (typed, e164) in cases {
        let number = PhoneNumber::parse(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
        assert_eq!(number.e164(), e164, "{typed}");
        assert!(number.is_uk());
    }
}

#[test]
fn international_numbers_are_e164() {
    let number = PhoneNumber::parse("+33 1 23 45 67 89").unwrap();
    assert_eq!(number.e164(), "+33123456789");
    assert!(!number.is_uk());
    assert_eq!(PhoneNumber::parse("0033 1 23 45 67 89").unwrap().e164(), "+33123456789");
    assert_eq!(PhoneNumber::parse("+1234567").unwrap_err(), PhoneError::NotInternationalNumber, "7 digits");
    assert!(PhoneNumber::parse("+12345678").is_ok(), "8 digits");
    assert!(PhoneNumber::parse("+123456789012345").is_ok(), "15 digits");
    assert_eq!(PhoneNumber::parse("+1234567890123456").unwrap_err(), PhoneError::NotInternationalNumber, "16 digits");
    assert_eq!(PhoneNumber::parse("+0123456789").unwrap_err(), PhoneError::NotInternationalNumber, "no country code 0");
}

#[test]
fn phone_errors_are_typed() {
    assert_eq!(PhoneNumber::parse(" "), Err(PhoneError::Empty));
    assert_eq!(PhoneNumber::parse("07700 9OO982"), Err(PhoneError::InvalidCharacters));
    assert_eq!(PhoneNumber::parse("07700+900982"), Err(PhoneError::InvalidCharacters));
    assert_eq!(PhoneNumber::parse("<script>"), Err(PhoneError::InvalidCharacters));
    for bad in
        ["0770090098", "077009009821", "09001234567", "05512345678", "7700900982", "020 7946 000", "+44 7700 90098"]
    {
        assert_eq!(PhoneNumber::parse(bad), Err(PhoneError::NotUkNumber), "{bad}");
    }
}

// --------------------------------------------------------------------- Dates

#[test]
fn leap_years_follow_the_gregorian_rules() {
    assert!(is_leap_year(2024) && is_leap_year(2000) && is_leap_year(1600));
    assert!(!is_leap_year(2023) && !is_leap_year(1900) && !is_leap_year(2100));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(1900, 2), 28);
    assert_eq!(days_in_month(2025, 4), 30);
    assert_eq!(days_in_month(2025, 13), 0);
}

#[test]
fn dates_from_parts_must_be_real() {
    assert_eq!(Date::from_parts("29", "2", "2024"), Ok(date(2024, 2, 29)));
    assert_eq!(Date::from_parts("29", "2", "2000"), Ok(date(2000, 2, 29)));
    assert_eq!(Date::from_parts(" 01 ", "jan", "1990"), Ok(date(1990, 1, 1)));
    assert_eq!(Date::from_parts("5", "September", "1970"), Ok(date(1970, 9, 5)));
    assert_eq!(Date::from_parts("٥", "٩", "١٩٧٠"), Ok(date(1970, 9, 5)));
    for (d, m, y) in [
        ("29", "2", "2023"),
        ("29", "2", "1900"),
        ("31", "2", "2024"),
        ("31", "4", "2025"),
        ("0", "1", "2000"),
        ("1", "13", "2000"),
        ("1", "0", "2000"),
        ("x", "1", "2000"),
        ("1", "ja", "2000"),
        ("1.5", "1", "2000"),
        ("1", "1", "20a0"),
    ] {
        assert_eq!(Date::from_parts(d, m, y), Err(DateError::NotReal), "{d}/{m}/{y}");
    }
    assert_eq!(Date::from_parts("1", "1", "90"), Err(DateError::YearNotFourDigits));
    assert_eq!(Date::from_parts("1", "1", "19900"), Err(DateError::YearNotFourDigits));
}

#[test]
fn missing_date_parts_are_named() {
    let cases = [
        (("", "", ""), DateError::Empty),
        (("", "1", "2000"), DateError::MissingDay),
        (("1", "", "2000"), DateError::MissingMonth),
        (("1", "1", ""), DateError::MissingYear),
        (("", "", "2000"), DateError::MissingDayAndMonth),
        (("", "1", ""), DateError::MissingDayAndYear),
        (("1", "", " "), DateError::MissingMonthAndYear),
    ];
    for ((d, m, y), error) in cases {
        assert_eq!(Date::from_parts(d, m, y), Err(error));
    }
    assert_eq!(DateError::MissingMonth.first_part(), DatePart::Month);
    assert_eq!(DateError::YearNotFourDigits.parts(), &[DatePart::Year]);
    assert_eq!(DateError::NotReal.parts().len(), 3);
}

#[test]
fn iso_dates_and_timestamps() {
    assert_eq!(Date::parse_iso("2024-02-29"), Some(date(2024, 2, 29)));
    assert_eq!(Date::parse_iso("2023-02-29"), None);
    assert_eq!(Date::parse_iso("2024-2-29"), None);
    assert_eq!(date(5, 1, 9).to_iso(), "0005-01-09");
    assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
    assert_eq!(rfc3339_utc(951_782_400_000), "2000-02-29T00:00:00Z");
    assert_eq!(rfc3339_utc(1_700_000_000_123), "2023-11-14T22:13:20Z");
    assert_eq!(rfc3339_utc(-1000), "1969-12-31T23:59:59Z");
    assert_eq!(Date::from_unix_ms(1_700_000_000_000), date(2023, 11, 14));
    assert_eq!(unix_ms(date(2000, 2, 29), 0, 0, 0), 951_782_400_000);
}

#[test]
fn age_in_whole_years() {
    let birth = date(1990, 6, 15);
    assert_eq!(age_on(birth, date(2025, 6, 14)), Some(34));
    assert_eq!(age_on(birth, date(2025, 6, 15)), Some(35));
    assert_eq!(age_on(birth, birth), Some(0));
    assert_eq!(age_on(birth, date(1990, 6, 14)), None);
    // Born on 29 February: a year older on 1 March in common years.
    let leap = date(2008, 2, 29);
    assert_eq!(age_on(leap, date(2025, 2, 28)), Some(16));
    assert_eq!(age_on(leap, date(2025, 3, 1)), Some(17));
    assert_eq!(age_on(leap, date(2024, 2, 29)), Some(16));
}

proptest! {
    #[test]
    fn impossible_days_always_fail(year in 1000i32..=9999, month in 1u8..=12, extra in 1u8..=5) {
        let day = days_in_month(year, month) + extra;
        prop_assert_eq!(Date::from_parts(&day.to_string(), &month.to_string(), &year.to_string()), Err(DateError::NotReal));
        prop_assert!(Date::new(year, month, day).is_none());
    }

    #[test]
    fn impossible_months_always_fail(year in 1000i32..=9999, month in 13u8..=99, day in 1u8..=28) {
        prop_assert_eq!(Date::from_parts(&day.to_string(), &month.to_string(), &year.to_string()), Err(DateError::NotReal));
    }

    #[test]
    fn day_counts_round_trip(days in -719_162i64..=2_932_896) {
        let d = Date::from_days_since_unix_epoch(days);
        prop_assert_eq!(d.days_since_unix_epoch(), days);
        prop_assert_eq!(Date::parse_iso(&d.to_iso()), Some(d));
        let next = Date::from_days_since_unix_epoch(days + 1);
        prop_assert!(next > d || days == 2_932_896);
    }

    #[test]
    fn dates_after_today_are_in_the_future(ahead in 1i64..100_000) {
        let later = Date::from_days_since_unix_epoch(today().days_since_unix_epoch() + ahead);
        let form = ReferralForm {
            date_of_birth: DateInput { day: later.day().to_string(), month: later.month().to_string(), year: later.year().to_string() },
            ..complete_form()
        };
        let error = form.date_of_birth(today()).unwrap_err();
        prop_assert!(error == DateError::InFuture || (error == DateError::YearNotFourDigits && later.year() > 9999));
    }
}

// --------------------------------------------------------------- Eligibility

fn answers(age: u32) -> EligibilityAnswers {
    EligibilityAnswers {
        in_crisis: false,
        age: Some(age),
        postcode: Postcode::parse("LS1 4AP").ok(),
        gp_practice_code: None,
        secondary_care: Some(SecondaryCare::No),
    }
}

#[test]
fn default_rules_take_adults_anywhere() {
    let rules = EligibilityRules::default();
    assert_eq!(rules.minimum_age, 18);
    assert!(rules.exclude_secondary_care);
    assert_eq!(rules.assess(&answers(18)), Eligibility::Eligible);
    assert_eq!(rules.assess(&answers(90)), Eligibility::Eligible);
    assert_eq!(rules.assess(&EligibilityAnswers::default()), Eligibility::Eligible, "unknown answers never exclude");
}

#[test]
fn crisis_comes_before_everything() {
    let rules = EligibilityRules { postcode_districts: vec![text("M1")], ..EligibilityRules::default() };
    let in_crisis =
        EligibilityAnswers { in_crisis: true, age: Some(12), secondary_care: Some(SecondaryCare::Yes), ..answers(12) };
    assert_eq!(rules.assess(&in_crisis), Eligibility::NotEligible(Redirect::Crisis));
}

#[test]
fn under_age_is_sent_to_young_peoples_services() {
    let rules: EligibilityRules = serde_json::from_str(r#"{"minimum_age": 16}"#).unwrap();
    assert_eq!(
        rules.assess(&answers(15)),
        Eligibility::NotEligible(Redirect::ChildrenAndYoungPeople { minimum_age: 16 })
    );
    assert_eq!(rules.assess(&answers(16)), Eligibility::Eligible);
    assert_eq!(Redirect::ChildrenAndYoungPeople { minimum_age: 16 }.fluent_args(), vec![("age", 16)]);
}

#[test]
fn secondary_care_is_referred_back_unless_the_service_allows_it() {
    let rules = EligibilityRules::default();
    let under_team = EligibilityAnswers { secondary_care: Some(SecondaryCare::Yes), ..answers(30) };
    assert_eq!(rules.assess(&under_team), Eligibility::NotEligible(Redirect::SeeYourGp));
    let not_sure = EligibilityAnswers { secondary_care: Some(SecondaryCare::NotSure), ..answers(30) };
    assert_eq!(rules.assess(&not_sure), Eligibility::Eligible);
    let allowing = EligibilityRules { exclude_secondary_care: false, ..EligibilityRules::default() };
    assert_eq!(allowing.assess(&under_team), Eligibility::Eligible);
}

#[test]
fn area_by_postcode_district_or_gp_practice() {
    let rules: EligibilityRules =
        serde_json::from_str(r#"{"postcode_districts": ["ls1", " LS2 "], "gp_practice_codes": ["B86001"]}"#).unwrap();
    assert!(rules.checks_area());
    assert_eq!(rules.assess(&answers(30)), Eligibility::Eligible, "LS1 is listed");
    let elsewhere = EligibilityAnswers { postcode: Postcode::parse("M1 1AE").ok(), ..answers(30) };
    assert_eq!(rules.assess(&elsewhere), Eligibility::NotEligible(Redirect::CheckArea));
    let listed_gp = EligibilityAnswers { gp_practice_code: Some(text("b86001")), ..elsewhere.clone() };
    assert_eq!(rules.assess(&listed_gp), Eligibility::Eligible, "a listed GP practice is enough");
    let unknown = EligibilityAnswers { postcode: None, ..answers(30) };
    assert_eq!(rules.assess(&unknown), Eligibility::NotEligible(Redirect::CheckArea), "unknown area: ask the service");
    // LS10 is not LS1: districts match whole, not by prefix.
    let ls10 = EligibilityAnswers { postcode: Postcode::parse("LS10 1AA").ok(), ..answers(30) };
    assert_eq!(rules.assess(&ls10), Eligibility::NotEligible(Redirect::CheckArea));
}

#[test]
fn rules_come_from_config_json_and_typos_are_reported() {
    let rules: EligibilityRules = serde_json::from_str("{}").unwrap();
    assert_eq!(rules, EligibilityRules::default());
    let rules: EligibilityRules = serde_json::from_str(
        r#"{"postcode_districts": ["LS1", "LS 1AA", "Q1"], "gp_practice_codes": ["B86001", "B86-001", ""]}"#,
    )
    .unwrap();
    assert_eq!(rules.unmatchable_entries(), vec![text("LS 1AA"), text("Q1"), text("B86-001"), text("")]);
    assert!(serde_json::from_str::<EligibilityRules>(r#"{"minimum_age": "eighteen"}"#).is_err());
}

#[test]
fn the_form_supplies_eligibility_answers() {
    let form = ReferralForm { in_crisis: Some(true), ..complete_form() };
    let found = form.eligibility_answers(today());
    assert!(found.in_crisis);
    assert_eq!(found.age, Some(37));
    assert_eq!(found.postcode.as_ref().map(|p| p.district()), Some("LS1"));
    assert_eq!(found.gp_practice_code.as_deref(), Some("b86001"));
    assert_eq!(ReferralForm::default().eligibility_answers(today()), EligibilityAnswers::default());
}

// ---------------------------------------------------------------------- Form

#[test]
fn a_complete_form_has_no_errors() {
    assert_eq!(complete_form().validate(&QuestionSettings::default(), today()), vec![]);
}

#[test]
fn an_empty_form_lists_what_to_fix_in_order() {
    let errors = ReferralForm::default().validate(&QuestionSettings::default(), today());
    let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.fluent_id())).collect();
    assert_eq!(
        found,
        vec![
            (ids::GIVEN_NAME, "referral-error-given-name-missing"),
            (ids::FAMILY_NAME, "referral-error-family-name-missing"),
            (ids::DATE_OF_BIRTH_DAY, "referral-error-date-of-birth-missing"),
            (ids::ADDRESS_LINE_1, "referral-error-address-line-1-missing"),
            (ids::TOWN, "referral-error-town-missing"),
            (ids::POSTCODE, "referral-error-postcode-missing"),
            (ids::PHONE, "referral-error-phone-missing"),
            (ids::GP_PRACTICE, "referral-error-gp-practice-missing"),
            (ids::SECONDARY_CARE, "referral-error-secondary-care-missing"),
            (ids::CONSENT_SHARE_WITH_GP, "referral-error-consent-share-with-gp-missing"),
            (ids::CONSENT_PRIVACY_NOTICE, "referral-error-consent-privacy-notice-missing"),
        ]
    );
}

#[test]
fn format_errors_link_to_their_field() {
    let form = ReferralForm {
        nhs_number: text("123"),
        postcode: text("nowhere"),
        phone: text("12345"),
        email: text("not-an-email"),
        date_of_birth: DateInput { day: text("3"), month: text(""), year: text("1990") },
        ..complete_form()
    };
    let found: Vec<_> =
        form.validate(&QuestionSettings::default(), today()).into_iter().map(|e| (e.field, e.kind)).collect();
    assert_eq!(
        found,
        vec![
            (ids::DATE_OF_BIRTH_MONTH, FieldErrorKind::DateOfBirth(DateError::MissingMonth)),
            (ids::NHS_NUMBER, FieldErrorKind::NhsNumber(NhsNumberError::WrongLength)),
            (ids::POSTCODE, FieldErrorKind::Postcode(PostcodeError::Invalid)),
            (ids::PHONE, FieldErrorKind::Phone(PhoneError::NotUkNumber)),
            (ids::EMAIL, FieldErrorKind::EmailInvalid),
        ]
    );
}

#[test]
fn dates_of_birth_must_be_past_and_plausible() {
    let with_dob = |d: &str, m: &str, y: &str| ReferralForm {
        date_of_birth: DateInput { day: text(d), month: text(m), year: text(y) },
        ..complete_form()
    };
    let kinds = |form: ReferralForm| {
        form.validate(&QuestionSettings::default(), today()).into_iter().map(|e| e.kind).collect::<Vec<_>>()
    };
    assert_eq!(kinds(with_dob("16", "6", "2025")), vec![FieldErrorKind::DateOfBirth(DateError::InFuture)]);
    assert_eq!(kinds(with_dob("15", "6", "2025")), vec![], "today is allowed");
    assert_eq!(kinds(with_dob("31", "12", "1899")), vec![FieldErrorKind::DateOfBirth(DateError::TooLongAgo)]);
    assert_eq!(kinds(with_dob("30", "2", "1990")), vec![FieldErrorKind::DateOfBirth(DateError::NotReal)]);
}

#[test]
fn optional_questions_may_be_blank_but_not_wrong() {
    let form = ReferralForm { nhs_number: text(""), email: text(""), ..complete_form() };
    assert_eq!(form.validate(&QuestionSettings::default(), today()), vec![]);
    let form = ReferralForm { nhs_number: text("9434765918"), ..complete_form() };
    let errors = form.validate(&QuestionSettings::default(), today());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].fluent_id(), "referral-error-nhs-number-check-digit");
}

#[test]
fn hidden_questions_are_not_checked() {
    let settings: QuestionSettings = serde_json::from_str(
        r#"{"address": "hidden", "postcode": "hidden", "gp_practice": "hidden", "secondary_care": "hidden",
            "consent_share_with_gp": "hidden", "nhs_number": "hidden"}"#,
    )
    .unwrap();
    let form = ReferralForm { nhs_number: text("rubbish"), secondary_care: None, ..ReferralForm::default() };
    let fields: Vec<&str> = form.validate(&settings, today()).iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec![ids::GIVEN_NAME, ids::FAMILY_NAME, ids::DATE_OF_BIRTH_DAY, ids::PHONE, ids::CONSENT_PRIVACY_NOTICE]
    );
}

#[test]
fn some_way_to_make_contact_is_always_needed() {
    let settings = QuestionSettings { phone: Ask::Optional, email: Ask::Optional, ..QuestionSettings::default() };
    let form = ReferralForm { phone: text(""), email: text(""), ..complete_form() };
    let errors = form.validate(&settings, today());
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].field, errors[0].fluent_id()), (ids::PHONE, "referral-error-contact-route-missing"));
    let email_only = ReferralForm { phone: text(""), ..complete_form() };
    assert_eq!(email_only.validate(&settings, today()), vec![]);
}

#[test]
fn contact_permissions_are_asked_only_with_a_phone_number() {
    let settings = QuestionSettings { phone: Ask::Optional, ..QuestionSettings::default() };
    let form = ReferralForm { voicemail_ok: None, texts_ok: None, ..complete_form() };
    let fields: Vec<&str> = form.validate(&settings, today()).iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![ids::VOICEMAIL, ids::TEXTS]);
    let no_phone = ReferralForm { phone: text(""), ..form };
    assert_eq!(no_phone.validate(&settings, today()), vec![]);
}

#[test]
fn a_spoken_interpreter_needs_a_language() {
    let form = ReferralForm { interpreter_language: text(" "), ..complete_form() };
    let errors = form.validate(&QuestionSettings::default(), today());
    assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), vec![ids::INTERPRETER_LANGUAGE]);
    let bsl = ReferralForm { interpreter: Some(Interpreter::Bsl), interpreter_language: text(""), ..complete_form() };
    assert_eq!(bsl.validate(&QuestionSettings::default(), today()), vec![]);
}

#[test]
fn long_one_line_answers_are_refused_with_the_limit() {
    let form = ReferralForm { given_name: "a".repeat(101), ..complete_form() };
    let errors = form.validate(&QuestionSettings::default(), today());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].kind, FieldErrorKind::TooLong(Question::GivenName));
    assert_eq!(errors[0].fluent_args(), vec![("max", 100)]);
    let exactly = ReferralForm { given_name: "é".repeat(100), ..complete_form() };
    assert_eq!(exactly.validate(&QuestionSettings::default(), today()), vec![], "characters, not bytes");
}

#[test]
fn questionnaires_must_be_finished_once_started() {
    let form = ReferralForm { phq9: vec![1, 2, 3], gad7: vec![], ..complete_form() };
    let errors = form.validate(&QuestionSettings::default(), today());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "phq9-4");
    assert_eq!(errors[0].kind, FieldErrorKind::MeasureItemMissing { measure: Measure::Phq9, item: 4 });
    assert_eq!(errors[0].fluent_args(), vec![("number", 4)]);

    let required = QuestionSettings { gad7: Ask::Required, ..QuestionSettings::default() };
    let errors = ReferralForm { gad7: vec![], ..complete_form() }.validate(&required, today());
    assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["gad7-1"]);

    let out_of_range = ReferralForm { gad7: vec![0, 0, 4, 0, 0, 0, 0], phq9_difficulty: Some(9), ..complete_form() };
    let fields: Vec<&str> =
        out_of_range.validate(&QuestionSettings::default(), today()).iter().map(|e| e.field).collect();
    assert_eq!(fields, vec![ids::PHQ9_DIFFICULTY, "gad7-3"]);
}

#[test]
fn totals_and_the_item_9_safety_flag() {
    let form = complete_form();
    assert_eq!(form.phq9_total(), Some(8));
    assert_eq!(form.gad7_total(), Some(11));
    assert!(!form.needs_safety_response());
    let at_risk = ReferralForm { phq9: vec![0, 0, 0, 0, 0, 0, 0, 0, 1], ..complete_form() };
    assert!(at_risk.needs_safety_response());
    assert_eq!(ReferralForm { phq9: vec![3; 8], ..complete_form() }.phq9_total(), None);
    assert_eq!(Measure::Phq9.total(&[3; 9]), Some(27));
    assert_eq!(Measure::Gad7.total(&[3; 7]), Some(21));
}

#[test]
fn question_settings_have_defaults_and_equality_can_never_be_required() {
    let settings: QuestionSettings = serde_json::from_str("{}").unwrap();
    assert_eq!(settings, QuestionSettings::default());
    let settings: QuestionSettings =
        serde_json::from_str(r#"{"equality": {"religion": "hidden"}, "phq9": "required"}"#).unwrap();
    assert_eq!(settings.equality.religion, Offer::Hidden);
    assert_eq!(settings.equality.gender, Offer::Shown);
    assert_eq!(settings.phq9, Ask::Required);
    assert!(serde_json::from_str::<QuestionSettings>(r#"{"equality": {"religion": "required"}}"#).is_err());
}

#[test]
fn a_draft_survives_a_serde_round_trip() {
    let form = complete_form();
    let saved = serde_json::to_string(&form).unwrap();
    assert_eq!(serde_json::from_str::<ReferralForm>(&saved).unwrap(), form);
    assert_eq!(serde_json::from_str::<ReferralForm>("{}").unwrap(), ReferralForm::default());
}

#[test]
fn choices_have_unique_slugs_and_ethnic_groups_cover_every_category() {
    fn unique<T: Choice>() {
        let slugs: HashSet<&str> = T::ALL.iter().map(|c| c.slug()).collect();
        assert_eq!(slugs.len(), T::ALL.len());
        assert!(!slugs.contains("prefer-not-to-say"));
        for choice in T::ALL {
            assert_eq!(T::from_slug(choice.slug()).map(|c| c.slug()), Some(choice.slug()));
        }
    }
    unique::<YesNo>();
    unique::<SecondaryCare>();
    unique::<Interpreter>();
    unique::<HelpTopic>();
    unique::<Gender>();
    unique::<SexualOrientation>();
    unique::<Religion>();
    unique::<Employment>();
    unique::<Perinatal>();
    let codes: Vec<&str> = EthnicCategory::ALL.iter().map(|c| c.slug()).collect();
    assert_eq!(codes, ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z"]);
    let grouped: usize = EthnicGroup::ALL.iter().map(|g| g.categories().len()).sum();
    assert_eq!(grouped, EthnicCategory::ALL.len());
    assert_eq!(EthnicGroup::Other.categories(), vec![EthnicCategory::Chinese, EthnicCategory::AnyOther]);
    assert_eq!(Answer::<YesNo>::options().last(), Some(&Answer::PreferNotToSay));
    assert_eq!(Employment::Retired.nhs_data_dictionary_code(), "08");
    assert_eq!(SexualOrientation::NotSure.nhs_data_dictionary_code(), "U");
}

// --------------------------------------------------------- JSON payload v1

/// A small JSON Schema checker for the keywords the v1 schema uses. Each
/// `pattern` must be one this test knows, checked by a hand-written rule,
/// so a changed pattern in the schema fails here until it is checked too.
struct Schema {
    root: Value,
}

fn pattern_holds(pattern: &str, s: &str) -> bool {
    let hex = |part: &str, n: usize| {
        part.len() == n && part.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    };
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    match pattern {
        "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" => {
            let parts: Vec<&str> = s.split('-').collect();
            parts.len() == 5
                && [8, 4, 4, 4, 12].iter().zip(&parts).all(|(n, p)| hex(p, *n))
                && parts[2].starts_with('4')
                && parts[3].starts_with(['8', '9', 'a', 'b'])
        }
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" => {
            let Some(body) = s.strip_suffix('Z') else { return false };
            let (main, fraction) = body.split_once('.').unwrap_or((body, "0"));
            let b = main.as_bytes();
            main.len() == 19
                && b[4] == b'-'
                && b[7] == b'-'
                && b[10] == b'T'
                && b[13] == b':'
                && b[16] == b':'
                && main.chars().enumerate().all(|(i, c)| [4, 7, 10, 13, 16].contains(&i) || c.is_ascii_digit())
                && !fraction.is_empty()
                && digits(fraction)
        }
        "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" => {
            let mut parts = s.split('-');
            let first = parts.next().unwrap_or("");
            (2..=3).contains(&first.len())
                && first.chars().all(|c| c.is_ascii_alphabetic())
                && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        }
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => s.len() == 10 && Date::parse_iso(s).is_some(),
        "^[0-9]{10}$" => s.len() == 10 && digits(s),
        "^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$" => Postcode::parse(s).is_ok_and(|p| p.as_str() == s),
        "^[0-9A-F]{8}$" => s.len() == 8 && s.chars().all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)),
        "^[A-Z0-9]+$" => !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
        "^\\+[1-9][0-9]{7,14}$" => {
            s.strip_prefix('+').is_some_and(|d| (8..=15).contains(&d.len()) && digits(d) && !d.starts_with('0'))
        }
        other => panic!("the test does not know the schema pattern {other}"),
    }
}

fn type_matches(name: &str, value: &Value) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        other => panic!("unknown type {other}"),
    }
}

impl Schema {
    fn load() -> Self {
        Schema::load_from("docs/referral-payload.schema.json")
    }

    fn load_from(path: &str) -> Self {
        Schema { root: serde_json::from_str(&source(path)).expect("the schema is JSON") }
    }

    fn errors(&self, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, value, "$", &mut errors);
        errors
    }

    fn check(&self, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
        let schema = schema.as_object().expect("a schema is an object");
        for (keyword, rule) in schema {
            match keyword.as_str() {
                "$schema" | "$id" | "$defs" | "title" | "description" | "format" => {}
                "$ref" => {
                    let name = rule.as_str().and_then(|r| r.strip_prefix("#/$defs/")).expect("local $ref");
                    self.check(&self.root["$defs"][name], value, path, errors);
                }
                "type" => {
                    let names: Vec<&str> = match rule {
                        Value::String(s) => vec![s.as_str()],
                        Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("bad type"),
                    };
                    if !names.iter().any(|n| type_matches(n, value)) {
                        errors.push(format!("{path}: {value} is not {names:?}"));
                    }
                }
                "const" if value != rule => errors.push(format!("{path}: {value} is not {rule}")),
                "enum" if !rule.as_array().unwrap().contains(value) => {
                    errors.push(format!("{path}: {value} not in enum"))
                }
                "oneOf" => {
                    let passing = rule.as_array().unwrap().iter().filter(|s| {
                        let mut inner = Vec::new();
                        self.check(s, value, path, &mut inner);
                        inner.is_empty()
                    });
                    if passing.count() != 1 {
                        errors.push(format!("{path}: not exactly one of oneOf"));
                    }
                }
                "required" => {
                    if let Some(object) = value.as_object() {
                        for key in rule.as_array().unwrap().iter().filter_map(Value::as_str) {
                            if !object.contains_key(key) {
                                errors.push(format!("{path}: missing {key}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Some(object) = value.as_object() {
                        for (key, sub) in rule.as_object().unwrap() {
                            if let Some(v) = object.get(key) {
                                self.check(sub, v, &format!("{path}.{key}"), errors);
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    assert_eq!(rule, &Value::Bool(false), "only additionalProperties: false is used");
                    if let Some(object) = value.as_object() {
                        let known = schema["properties"].as_object().unwrap();
                        for key in object.keys().filter(|k| !known.contains_key(*k)) {
                            errors.push(format!("{path}: unexpected key {key}"));
                        }
                    }
                }
                "items" => {
                    if let Some(items) = value.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            self.check(rule, item, &format!("{path}[{i}]"), errors);
                        }
                    }
                }
                "minItems" | "maxItems" | "uniqueItems" => {
                    if let Some(items) = value.as_array() {
                        let n = rule.as_u64().unwrap_or(0) as usize;
                        let unique = items.iter().map(|v| v.to_string()).collect::<HashSet<_>>().len() == items.len();
                        let ok = match keyword.as_str() {
                            "minItems" => items.len() >= n,
                            "maxItems" => items.len() <= n,
                            _ => rule == &Value::Bool(false) || unique,
                        };
                        if !ok {
                            errors.push(format!("{path}: {keyword} {rule} fails"));
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let Some(n) = value.as_f64() {
                        let limit = rule.as_f64().unwrap();
                        if (keyword == "minimum" && n < limit) || (keyword == "maximum" && n > limit) {
                            errors.push(format!("{path}: {n} breaks {keyword} {limit}"));
                        }
                    }
                }
                "minLength" | "maxLength" => {
                    if let Some(s) = value.as_str() {
                        let n = s.chars().count() as u64;
                        let limit = rule.as_u64().unwrap();
                        if (keyword == "minLength" && n < limit) || (keyword == "maxLength" && n > limit) {
                            errors.push(format!("{path}: length {n} breaks {keyword} {limit}"));
                        }
                    }
                }
                "pattern" => {
                    if let Some(s) = value.as_str() {
                        if !pattern_holds(rule.as_str().unwrap(), s) {
                            errors.push(format!("{path}: {s:?} does not match {rule}"));
                        }
                    }
                }
                "const" | "enum" => {}
                other => panic!("the schema uses {other}, which this checker does not know"),
            }
        }
    }
}

#[test]
fn the_complete_payload_matches_the_schema_and_says_what_was_answered() {
    let json = payload_json(&complete_form(), &QuestionSettings::default());
    assert_eq!(Schema::load().errors(&json), Vec::<String>::new());
    let expected = json!({
        "schema_version": 2,
        "referral_id": referral_id().to_string(),
        "created_at": "2025-06-15T09:30:05Z",
        "service_name": "Anytown Talking Therapies",
        "locale": "en-GB",
        "risk": { "flagged": false, "in_crisis_now": false, "said_in_crisis_earlier": false, "items": [] },
        "person": {
            "given_name": "Ayesha",
            "family_name": "Khan",
            "date_of_birth": "1988-02-29",
            "nhs_number": "9434765919",
            "address": { "line_1": "1 High Street", "line_2": null, "town": "Leeds" },
            "postcode": "LS1 4AP",
            "gp_practice": { "name": "Park Surgery", "ods_code": "B86001" }
        },
        "contact": {
            "phone": "+447700900982",
            "email": "ayesha@example.com",
            "voicemail_ok": false,
            "texts_ok": true,
            "safe_times": "Weekdays after 6pm",
            "preferred_language": "Urdu",
            "interpreter": "spoken",
            "interpreter_language": "Urdu"
        },
        "referral": {
            "help_with": "I have been worrying a lot and cannot sleep.",
            "help_topics": ["worry", "sleep"],
            "secondary_care": "no"
        },
        "measures": {
            "phq9": { "items": [1, 2, 1, 0, 3, 1, 0, 0, 0], "total": 8, "difficulty": 1, "wording": null },
            "gad7": { "items": [2, 2, 3, 1, 0, 1, 2], "total": 11, "difficulty": null, "wording": null }
        },
        "equality": {
            "ethnic_category": "J",
            "gender": "female",
            "gender_same_as_birth": "yes",
            "sexual_orientation": "prefer-not-to-say",
            "religion": "muslim",
            "disability": "no",
            "long_term_condition": "yes",
            "employment": "employed",
            "armed_forces_veteran": "no",
            "perinatal": "no"
        },
        "consent": { "share_with_gp": true, "privacy_notice": true }
    });
    assert_eq!(json, expected);
}

#[test]
fn the_example_in_the_docs_matches_the_schema_and_the_code() {
    let doc = source("docs/referral-payload.md");
    let example = doc
        .split("```json\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.contains("\"schema_version\""))
        .expect("docs/referral-payload.md has a JSON v1 example");
    let example: Value = serde_json::from_str(example).expect("the example is JSON");
    assert_eq!(Schema::load().errors(&example), Vec::<String>::new());
    let payload: ReferralPayload = serde_json::from_value(example.clone()).expect("the example is a payload");
    assert_eq!(serde_json::to_value(&payload).unwrap(), example);
}

#[test]
fn the_schema_checker_catches_wrong_payloads() {
    let schema = Schema::load();
    let good = payload_json(&complete_form(), &QuestionSettings::default());
    let broken = |change: &dyn Fn(&mut Value)| {
        let mut value = good.clone();
        change(&mut value);
        schema.errors(&value)
    };
    assert!(!broken(&|v| v["schema_version"] = json!(1)).is_empty());
    assert!(!broken(&|v| {
        v.as_object_mut().unwrap().remove("risk");
    })
    .is_empty());
    assert!(!broken(&|v| v["risk"]["flagged"] = json!("yes")).is_empty());
    assert!(!broken(&|v| v["risk"]["items"] = json!([{ "instrument": "phq9", "item": 9 }])).is_empty());
    assert!(!broken(&|v| v["measures"]["phq9"]["wording"] = json!({ "locale": "ur", "status": "guessed" })).is_empty());
    assert!(!broken(&|v| v["referral_id"] = json!("7C8D0D63-0102-4304-BA06-0708090A0B0C")).is_empty());
    assert!(!broken(&|v| v["extra"] = json!(1)).is_empty());
    assert!(!broken(&|v| v["person"]["nhs_number"] = json!("943 476 5919")).is_empty());
    assert!(!broken(&|v| v["measures"]["phq9"]["items"] = json!([1, 2])).is_empty());
    assert!(!broken(&|v| v["equality"]["ethnic_category"] = json!("T")).is_empty());
    assert!(!broken(&|v| v["consent"]["privacy_notice"] = json!(false)).is_empty());
    assert!(!broken(&|v| v["created_at"] = json!("2025-06-15 09:30:05")).is_empty());
    assert!(!broken(&|v| {
        v["contact"].as_object_mut().unwrap().remove("email");
    })
    .is_empty());
}

#[test]
fn a_minimal_referral_matches_the_schema_with_nulls() {
    let settings: QuestionSettings = serde_json::from_str(
        r#"{"address": "hidden", "postcode": "optional", "gp_practice": "optional", "secondary_care": "optional",
            "consent_share_with_gp": "optional", "phone": "optional", "email": "optional"}"#,
    )
    .unwrap();
    let form = ReferralForm {
        given_name: text("Sam"),
        family_name: text("Lee"),
        date_of_birth: DateInput { day: text("1"), month: text("1"), year: text("2000") },
        email: text("sam@example.org"),
        consent_privacy_notice: true,
        // Answers to hidden questions in a saved draft are not sent.
        address: AddressInput { line_1: text("should not be sent"), ..AddressInput::default() },
        ..ReferralForm::default()
    };
    let json = payload_json(&form, &settings);
    assert_eq!(Schema::load().errors(&json), Vec::<String>::new());
    assert_eq!(json["person"]["address"], Value::Null);
    assert_eq!(json["contact"]["phone"], Value::Null);
    assert_eq!(json["contact"]["voicemail_ok"], Value::Null);
    assert_eq!(json["measures"], json!({ "phq9": null, "gad7": null }));
    assert!(json["equality"].as_object().unwrap().values().all(Value::is_null));
    assert_eq!(json["referral"]["help_topics"], json!([]));
}

#[test]
fn hidden_equality_questions_are_not_sent() {
    let mut settings = QuestionSettings::default();
    settings.equality.ethnic_category = Offer::Hidden;
    let json = payload_json(&complete_form(), &settings);
    assert_eq!(json["equality"]["ethnic_category"], Value::Null);
    assert_eq!(json["equality"]["religion"], "muslim");
}

#[test]
fn an_invalid_form_builds_no_payload() {
    let errors = ReferralPayload::build(&ReferralForm::default(), &QuestionSettings::default(), &envelope(), today())
        .unwrap_err();
    assert_eq!(errors, ReferralForm::default().validate(&QuestionSettings::default(), today()));
}

#[test]
fn hostile_and_huge_free_text_survives_unchanged() {
    let hostile = format!("<script>alert(\"x\")</script> ' \" \\ \u{0} \u{202e} {} تم", "ü".repeat(50_000));
    assert!(hostile.len() > 100_000);
    let form = ReferralForm { help_with: hostile.clone(), safe_times: text("<b>after 6</b>"), ..complete_form() };
    let payload = built(&form, &QuestionSettings::default());
    let back: ReferralPayload = serde_json::from_str(&payload.to_json()).unwrap();
    assert_eq!(back.referral.help_with.as_deref(), Some(hostile.as_str()));
    assert_eq!(back, payload);
    let fhir: Value = serde_json::from_str(&encode(&payload, BodyFormat::Fhir).0).unwrap();
    let help = fhir["item"].as_array().unwrap().iter().find(|i| i["linkId"] == "referral").unwrap()["item"][0]
        ["answer"][0]["valueString"]
        .clone();
    assert_eq!(help, Value::String(hostile));
}

#[test]
fn payloads_round_trip_and_refuse_unknown_fields() {
    let payload = built(&complete_form(), &QuestionSettings::default());
    let json = payload.to_json();
    assert_eq!(serde_json::from_str::<ReferralPayload>(&json).unwrap(), payload);
    let mut value: Value = serde_json::from_str(&json).unwrap();
    value["person"]["nickname"] = json!("x");
    assert!(serde_json::from_value::<ReferralPayload>(value).is_err());
}

// -------------------------------------------------------------------- FHIR

const VALUE_KEYS: [&str; 12] = [
    "valueBoolean",
    "valueDecimal",
    "valueInteger",
    "valueDate",
    "valueDateTime",
    "valueTime",
    "valueString",
    "valueUri",
    "valueAttachment",
    "valueCoding",
    "valueQuantity",
    "valueReference",
];

/// Checks items against R4 QuestionnaireResponse.item: linkId required and
/// unique, only R4 elements, one value[x] of the right JSON type per answer,
/// and groups (items with children) carrying no answers here.
fn check_items(items: &Value, link_ids: &mut BTreeSet<String>, problems: &mut Vec<String>) {
    for item in items.as_array().expect("item is an array") {
        let object = item.as_object().expect("an item is an object");
        for key in object.keys() {
            if !["linkId", "definition", "text", "answer", "item"].contains(&key.as_str()) {
                problems.push(format!("unknown item element {key}"));
            }
        }
        let link_id = item["linkId"].as_str().unwrap_or_default().to_string();
        if link_id.is_empty() || !link_ids.insert(link_id.clone()) {
            problems.push(format!("linkId {link_id:?} missing or repeated"));
        }
        if !item["text"].is_string() {
            problems.push(format!("{link_id}: text is not a string"));
        }
        let answers = item.get("answer").and_then(Value::as_array);
        let children = item.get("item");
        if answers.is_some() == children.is_some() {
            problems.push(format!("{link_id}: needs answers or child items, not both or neither"));
        }
        for answer in answers.into_iter().flatten() {
            let keys: Vec<&String> = answer.as_object().unwrap().keys().collect();
            if keys.len() != 1 || !VALUE_KEYS.contains(&keys[0].as_str()) {
                problems.push(format!("{link_id}: answer has {keys:?}"));
                continue;
            }
            let value = &answer[keys[0]];
            let typed = match keys[0].as_str() {
                "valueBoolean" => value.is_boolean(),
                "valueInteger" => value.is_i64(),
                "valueDate" => value.as_str().is_some_and(|s| Date::parse_iso(s).is_some()),
                "valueString" => value.as_str().is_some_and(|s| !s.is_empty()),
                "valueCoding" => {
                    value["code"].is_string()
                        && value["display"].is_string()
                        && value.get("system").is_none_or(Value::is_string)
                        && value
                            .as_object()
                            .unwrap()
                            .keys()
                            .all(|k| ["extension", "system", "code", "display"].contains(&k.as_str()))
                }
                _ => false,
            };
            if !typed {
                problems.push(format!("{link_id}: {} has the wrong type: {value}", keys[0]));
            }
        }
        if let Some(children) = children {
            check_items(children, link_ids, problems);
        }
    }
}

fn fhir_json(form: &ReferralForm) -> Value {
    let (body, content_type) = encode(&built(form, &QuestionSettings::default()), BodyFormat::Fhir);
    assert_eq!(content_type, "application/fhir+json");
    serde_json::from_str(&body).unwrap()
}

fn find<'a>(items: &'a Value, link_id: &str) -> Option<&'a Value> {
    items.as_array()?.iter().find_map(|item| {
        if item["linkId"] == link_id {
            Some(item)
        } else {
            item.get("item").and_then(|children| find(children, link_id))
        }
    })
}

#[test]
fn fhir_output_is_a_valid_r4_questionnaire_response() {
    let qr = fhir_json(&complete_form());
    let top: BTreeSet<&str> = qr.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        top,
        BTreeSet::from(["resourceType", "language", "identifier", "status", "subject", "authored", "item"])
    );
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert_eq!(qr["language"], "en-GB");
    assert_eq!(
        qr["identifier"],
        json!({ "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", referral_id()) })
    );
    assert_eq!(qr["authored"], "2025-06-15T09:30:05Z");
    assert_eq!(
        qr["subject"],
        json!({ "identifier": { "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919" }, "display": "Ayesha Khan" })
    );
    let mut link_ids = BTreeSet::new();
    let mut problems = Vec::new();
    check_items(&qr["item"], &mut link_ids, &mut problems);
    assert_eq!(problems, Vec::<String>::new());
    assert!(link_ids.len() > 40);
}

#[test]
fn fhir_measures_are_loinc_coded_with_totals() {
    let qr = fhir_json(&complete_form());
    let phq9 = find(&qr["item"], fhir::PHQ9_PANEL).expect("PHQ-9 group");
    let children = phq9["item"].as_array().unwrap();
    let codes: Vec<&str> = children.iter().map(|i| i["linkId"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        [
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8",
            "44261-6", "69722-7"
        ]
    );
    assert_eq!(
        children[1]["answer"][0]["valueCoding"],
        json!({
            "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 2 }],
            "system": "http://loinc.org",
            "code": "LA6570-1",
            "display": "More than half the days"
        })
    );
    assert_eq!(find(&qr["item"], fhir::PHQ9_TOTAL).unwrap()["answer"][0], json!({ "valueInteger": 8 }));
    let gad7 = find(&qr["item"], fhir::GAD7_PANEL).expect("GAD-7 group");
    assert_eq!(gad7["item"].as_array().unwrap().len(), 8, "7 items and a total; no difficulty answered");
    assert_eq!(find(&qr["item"], fhir::GAD7_TOTAL).unwrap()["answer"][0], json!({ "valueInteger": 11 }));
    let ethnicity = find(&qr["item"], "ethnic-category").unwrap();
    assert_eq!(
        ethnicity["answer"][0]["valueCoding"],
        json!({ "system": fhir::ETHNIC_CATEGORY_SYSTEM, "code": "J", "display": "Asian or Asian British - Pakistani" })
    );
    assert_eq!(find(&qr["item"], "help-topics").unwrap()["answer"].as_array().unwrap().len(), 2);
    assert_eq!(find(&qr["item"], "date-of-birth").unwrap()["answer"][0], json!({ "valueDate": "1988-02-29" }));
    assert_eq!(find(&qr["item"], "voicemail-ok").unwrap()["answer"][0], json!({ "valueBoolean": false }));
}

#[test]
fn fhir_leaves_out_what_was_not_answered() {
    let form = ReferralForm {
        nhs_number: text(""),
        phq9: vec![],
        phq9_difficulty: None,
        gad7: vec![],
        equality: EqualityAnswers::default(),
        ..complete_form()
    };
    let qr = fhir_json(&form);
    assert_eq!(qr["subject"], json!({ "display": "Ayesha Khan" }));
    assert!(find(&qr["item"], fhir::PHQ9_PANEL).is_none());
    assert!(find(&qr["item"], "equality").is_none());
    assert!(find(&qr["item"], "nhs-number").is_none());
    let mut problems = Vec::new();
    check_items(&qr["item"], &mut BTreeSet::new(), &mut problems);
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn both_formats_carry_the_same_referral_id() {
    let payload = built(&complete_form(), &QuestionSettings::default());
    let (json_body, json_type) = encode(&payload, BodyFormat::Json);
    assert_eq!(json_type, "application/json");
    let json: Value = serde_json::from_str(&json_body).unwrap();
    let qr = QuestionnaireResponse::from_payload(&payload);
    assert_eq!(qr.identifier.value, format!("urn:uuid:{}", json["referral_id"].as_str().unwrap()));
}

// ---------------------------------------------------------------- Referral id

#[test]
fn referral_ids_are_version_4_uuids() {
    let id = ReferralId::from_random_bytes([0xff; 16]);
    assert_eq!(id.to_string(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    let id = ReferralId::from_random_bytes([0; 16]);
    assert_eq!(id.to_string(), "00000000-0000-4000-8000-000000000000");
    assert_eq!(ReferralId::parse("00000000-0000-4000-8000-000000000000"), Some(id));
    assert_eq!(
        ReferralId::parse("FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF"),
        Some(ReferralId::from_random_bytes([0xff; 16]))
    );
    assert_eq!(ReferralId::parse("00000000-0000-1000-8000-000000000000"), None, "version 1");
    assert_eq!(ReferralId::parse("00000000-0000-4000-c000-000000000000"), None, "wrong variant");
    assert_eq!(ReferralId::parse("000000000000-4000-8000-000000000000"), None);
    assert_eq!(ReferralId::parse("0000000g-0000-4000-8000-000000000000"), None);
    assert!(serde_json::from_str::<ReferralId>("\"not-a-uuid\"").is_err());
}

proptest! {
    #[test]
    fn any_random_bytes_make_a_valid_id(bytes in proptest::array::uniform16(any::<u8>())) {
        let id = ReferralId::from_random_bytes(bytes);
        let text = id.to_string();
        let uuid_v4 = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
        prop_assert!(pattern_holds(uuid_v4, &text), "{} is not a lowercase v4 UUID", text);
        prop_assert_eq!(ReferralId::parse(&text), Some(id));
        prop_assert_eq!(serde_json::from_str::<ReferralId>(&serde_json::to_string(&id).unwrap()).unwrap(), id);
    }
}

// -------------------------------------------------------------------- Outbox

const NOW: i64 = 1_750_000_000_000;

fn status(code: u16) -> Outcome {
    Outcome::Status { code, retry_after: None }
}

fn entry() -> OutboxEntry {
    let payload = built(&complete_form(), &QuestionSettings::default());
    let (body, content_type) = encode(&payload, BodyFormat::Json);
    OutboxEntry::new(payload.referral_id, body, content_type, NOW)
}

#[test]
fn each_fault_class_is_classified() {
    assert_eq!(classify(&status(201), NOW), Verdict::Accepted { status: 201 });
    assert_eq!(classify(&status(200), NOW), Verdict::Accepted { status: 200 });
    let retry = |reason| Verdict::Retry { reason, retry_after_ms: None };
    assert_eq!(classify(&Outcome::NetworkError, NOW), retry(RetryReason::NetworkError));
    assert_eq!(classify(&Outcome::Timeout, NOW), retry(RetryReason::Timeout));
    for code in [408, 429, 500, 502, 503, 504, 599, 0, 600] {
        assert_eq!(classify(&status(code), NOW), retry(RetryReason::Status { status: code }), "{code}");
    }
    for code in [400, 401, 403, 404, 409, 410, 413, 415, 422, 499, 301, 304, 101] {
        assert_eq!(classify(&status(code), NOW), Verdict::Reject { status: code }, "{code}");
    }
}

#[test]
fn retry_after_is_read_in_both_forms_and_capped() {
    assert_eq!(parse_retry_after("120", NOW), Some(120_000));
    assert_eq!(parse_retry_after(" 0 ", NOW), Some(0));
    assert_eq!(parse_retry_after("86400", NOW), Some(MAX_RETRY_AFTER_MS));
    assert_eq!(parse_retry_after("99999999999999999999999", NOW), Some(MAX_RETRY_AFTER_MS));
    let now = unix_ms(date(1994, 11, 6), 8, 48, 37);
    assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(60_000));
    assert_eq!(parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now), Some(60_000));
    assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", now), Some(60_000));
    assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now), Some(0), "a past date means now");
    assert_eq!(parse_retry_after("Mon, 07 Nov 1994 08:49:37 GMT", now), Some(MAX_RETRY_AFTER_MS));
    for bad in [
        "",
        "-5",
        "1.5",
        "soon",
        "Sun, 06 Nov 1994 08:49:37 BST",
        "Sun, 31 Feb 1994 08:49:37 GMT",
        "Sun, 6 Nov 1994 08:49:37 GMT",
        "Xyz, 06 Nov 1994 08:49:37 GMT",
    ] {
        assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
    }
    assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
    assert_eq!(parse_http_date("Tue, 29 Feb 2000 12:00:00 GMT"), Some(951_825_600_000));
    let outcome = Outcome::Status { code: 503, retry_after: Some(text("30")) };
    assert_eq!(
        classify(&outcome, NOW),
        Verdict::Retry { reason: RetryReason::Status { status: 503 }, retry_after_ms: Some(30_000) }
    );
    let ignored = Outcome::Status { code: 201, retry_after: Some(text("30")) };
    assert_eq!(classify(&ignored, NOW), Verdict::Accepted { status: 201 });
}

#[test]
fn backoff_doubles_from_2_seconds_to_a_5_minute_cap() {
    let ceilings: Vec<u64> = (1..=10).map(backoff_ceiling_ms).collect();
    assert_eq!(ceilings, [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000]);
    assert_eq!(backoff_ceiling_ms(0), BASE_DELAY_MS);
    assert_eq!(backoff_ceiling_ms(u32::MAX), MAX_BACKOFF_MS);
    assert_eq!(backoff_delay_ms(1, 0), 0);
    assert_eq!(backoff_delay_ms(1, u32::MAX), 1_999);
    assert_eq!(backoff_delay_ms(3, 1 << 31), 4_000, "half of 8 s");
}

proptest! {
    #[test]
    fn jittered_backoff_stays_within_bounds(attempt in 0u32..100, random in any::<u32>()) {
        let delay = backoff_delay_ms(attempt, random);
        prop_assert!(delay < backoff_ceiling_ms(attempt));
        prop_assert!(delay < MAX_BACKOFF_MS);
        prop_assert_eq!(delay, backoff_delay_ms(attempt, random), "deterministic");
    }

    #[test]
    fn only_2xx_is_accepted(code in 0u16..1000, retry_after in proptest::option::of("[0-9]{1,4}")) {
        let verdict = classify(&Outcome::Status { code, retry_after }, NOW);
        prop_assert_eq!(matches!(verdict, Verdict::Accepted { .. }), (200..300).contains(&code));
    }

    #[test]
    fn a_retry_waits_at_least_what_the_server_asked(seconds in 0u64..10_000, random in any::<u32>(), attempts in 1u32..20) {
        let mut e = entry();
        e.attempts = attempts - 1;
        e.start_sending(NOW).unwrap();
        let outcome = Outcome::Status { code: 429, retry_after: Some(seconds.to_string()) };
        let OutboxState::Waiting { next_attempt_at_ms, .. } = e.record(&outcome, NOW, random).unwrap().clone() else {
            panic!("429 waits");
        };
        let wait = (next_attempt_at_ms - NOW) as u64;
        prop_assert!(wait >= (seconds * 1000).min(MAX_RETRY_AFTER_MS));
        prop_assert!(wait <= MAX_RETRY_AFTER_MS.max(MAX_BACKOFF_MS));
    }
}

#[test]
fn the_outbox_moves_through_its_states() {
    let mut e = entry();
    assert_eq!(e.state, OutboxState::Queued);
    assert!(e.is_due(NOW));
    assert_eq!(e.record(&status(201), NOW, 0), Err(OutboxError::NotSending));

    e.start_sending(NOW).unwrap();
    assert_eq!(e.attempts, 1);
    assert_eq!(e.start_sending(NOW), Err(OutboxError::NotDue), "one request at a time");
    let state = e.record(&Outcome::NetworkError, NOW, u32::MAX).unwrap().clone();
    assert_eq!(state, OutboxState::Waiting { next_attempt_at_ms: NOW + 1_999, reason: RetryReason::NetworkError });
    assert!(!e.is_due(NOW + 1_998));
    assert!(e.is_due(NOW + 1_999));
    assert_eq!(e.next_attempt_at_ms(), Some(NOW + 1_999));

    e.start_sending(NOW + 2_000).unwrap();
    e.record(&Outcome::Timeout, NOW + 2_000, 0).unwrap();
    e.start_sending(NOW + 2_000).unwrap();
    e.record(&status(503), NOW + 2_000, 0).unwrap();
    assert_eq!(e.attempts, 3);
    assert!(e.offer_phone(), "after 3 failed attempts the phone is offered too");

    e.start_sending(NOW + 2_000).unwrap();
    e.record(&status(200), NOW + 3_000, 0).unwrap();
    assert_eq!(e.state, OutboxState::Accepted { status: 200, at_ms: NOW + 3_000 });
    assert!(e.is_accepted() && !e.offer_phone() && !e.is_due(NOW + 10_000_000));
    e.retry_now();
    assert!(e.is_accepted(), "an accepted referral is never sent again");
}

#[test]
fn a_refused_referral_is_kept_and_not_retried_automatically() {
    let mut e = entry();
    e.start_sending(NOW).unwrap();
    e.record(&status(422), NOW, 0).unwrap();
    assert_eq!(e.state, OutboxState::Rejected { status: 422, at_ms: NOW });
    assert!(e.offer_phone());
    assert!(!e.is_due(NOW + 10_000_000));
    assert_eq!(e.next_attempt_at_ms(), None);
    assert!(!e.body.is_empty(), "nothing is lost");
    e.retry_now();
    assert_eq!(e.state, OutboxState::Queued, "the person may try again");
}

#[test]
fn every_attempt_sends_the_same_body_and_idempotency_key() {
    let mut e = entry();
    let first = (e.body.clone(), e.headers());
    assert_eq!(e.headers()[0], ("Content-Type", text("application/json")));
    assert_eq!(e.headers()[1], ("Idempotency-Key", referral_id().to_string()));
    let body: Value = serde_json::from_str(&e.body).unwrap();
    assert_eq!(body["referral_id"], referral_id().to_string(), "the key is inside the body too");
    for _ in 0..5 {
        e.start_sending(e.next_attempt_at_ms().unwrap()).unwrap();
        e.record(&Outcome::NetworkError, NOW, 12345).unwrap();
        assert_eq!((e.body.clone(), e.headers()), first);
    }
}

#[test]
fn outbox_state_survives_a_serde_round_trip_and_a_reload() {
    let mut waiting = entry();
    waiting.start_sending(NOW).unwrap();
    waiting
        .record(&Outcome::Status { code: 503, retry_after: Some(text("Wed, 18 Jun 2025 12:00:00 GMT")) }, NOW, 7)
        .unwrap();
    let mut rejected = entry();
    rejected.start_sending(NOW).unwrap();
    rejected.record(&status(400), NOW, 7).unwrap();
    let mut sending = entry();
    sending.start_sending(NOW).unwrap();
    let mut accepted = entry();
    accepted.start_sending(NOW).unwrap();
    accepted.record(&status(201), NOW, 7).unwrap();
    for original in [entry(), waiting, rejected, sending.clone(), accepted] {
        let stored = serde_json::to_string(&original).unwrap();
        let restored: OutboxEntry = serde_json::from_str(&stored).unwrap();
        assert_eq!(restored, original, "{stored}");
    }
    let stored: Value = serde_json::to_value(&sending).unwrap();
    assert_eq!(stored["state"], json!({ "state": "sending", "started_at_ms": NOW }));
    let mut reloaded: OutboxEntry = serde_json::from_value(stored).unwrap();
    reloaded.recover_after_reload();
    assert_eq!(reloaded.state, OutboxState::Queued, "an in-flight request's fate is unknown, so it is sent again");
    assert_eq!(reloaded.attempts, 1);
}

// ------------------------------------------------------------------- Fluent

fn ftl() -> String {
    source("locales/en-GB/referral.ftl")
}

fn parsed_ftl() -> fluent_syntax::ast::Resource<String> {
    fluent_syntax::parser::parse(ftl()).unwrap_or_else(|(_, errors)| panic!("referral.ftl has errors: {errors:?}"))
}

fn ftl_ids() -> BTreeSet<String> {
    parsed_ftl()
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect()
}

/// Every `"referral-…"` string literal in the module's Rust source.
fn ids_in_rust_source() -> BTreeSet<String> {
    let files = ["src/core/referral.rs"].into_iter().map(String::from).chain(
        std::fs::read_dir(format!("{}/src/core/referral", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .map(|e| format!("src/core/referral/{}", e.unwrap().file_name().to_string_lossy())),
    );
    let mut found = BTreeSet::new();
    for file in files {
        for piece in source(&file).split('"').skip(1).step_by(2) {
            if piece.starts_with("referral-")
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                found.insert(piece.to_string());
            }
        }
    }
    // A value on the wire, not a message: the update's `message_type`.
    found.remove(waymark::core::referral::update::MESSAGE_TYPE);
    found
}

#[test]
fn referral_ftl_parses_without_errors_or_junk() {
    let resource = parsed_ftl();
    assert!(!resource.body.iter().any(|e| matches!(e, fluent_syntax::ast::Entry::Junk { .. })));
    let ids: Vec<String> = resource
        .body
        .into_iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
    for id in &ids {
        assert!(
            id.starts_with("referral-") && !id.contains("--") && !id.ends_with('-'),
            "{id} is kebab-case and scoped"
        );
    }
}

#[test]
fn every_fluent_id_in_the_rust_source_exists_in_referral_ftl() {
    let in_rust = ids_in_rust_source();
    assert!(in_rust.len() > 100, "the scan found the ids ({})", in_rust.len());
    let in_ftl = ftl_ids();
    let missing: Vec<&String> = in_rust.difference(&in_ftl).collect();
    assert!(missing.is_empty(), "missing from referral.ftl: {missing:?}");
}

#[test]
fn every_id_the_api_hands_out_exists() {
    let ftl = ftl_ids();
    let mut handed_out: Vec<&str> = Vec::new();
    for question in Question::ALL {
        handed_out.extend([question.missing_id(), question.too_long_id()]);
    }
    for error in
        [NhsNumberError::Empty, NhsNumberError::NotDigits, NhsNumberError::WrongLength, NhsNumberError::CheckDigit]
    {
        handed_out.push(FieldErrorKind::NhsNumber(error).fluent_id());
    }
    for error in [PostcodeError::Empty, PostcodeError::Invalid] {
        handed_out.push(FieldErrorKind::Postcode(error).fluent_id());
    }
    for error in
        [PhoneError::Empty, PhoneError::InvalidCharacters, PhoneError::NotUkNumber, PhoneError::NotInternationalNumber]
    {
        handed_out.push(FieldErrorKind::Phone(error).fluent_id());
    }
    for error in [
        DateError::Empty,
        DateError::MissingDay,
        DateError::MissingMonth,
        DateError::MissingYear,
        DateError::MissingDayAndMonth,
        DateError::MissingDayAndYear,
        DateError::MissingMonthAndYear,
        DateError::YearNotFourDigits,
        DateError::NotReal,
        DateError::InFuture,
        DateError::TooLongAgo,
    ] {
        handed_out.push(FieldErrorKind::DateOfBirth(error).fluent_id());
    }
    handed_out.push(FieldErrorKind::EmailInvalid.fluent_id());
    for measure in [Measure::Phq9, Measure::Gad7] {
        handed_out.push(FieldErrorKind::MeasureItemMissing { measure, item: 1 }.fluent_id());
    }
    for redirect in Redirect::ALL {
        handed_out.extend([redirect.title_id(), redirect.body_id()]);
    }
    fn labels<T: Choice>(out: &mut Vec<&'static str>) {
        out.extend(Answer::<T>::options().into_iter().map(Answer::fluent_id));
    }
    labels::<YesNo>(&mut handed_out);
    labels::<SecondaryCare>(&mut handed_out);
    labels::<Interpreter>(&mut handed_out);
    labels::<HelpTopic>(&mut handed_out);
    labels::<EthnicCategory>(&mut handed_out);
    labels::<Gender>(&mut handed_out);
    labels::<SexualOrientation>(&mut handed_out);
    labels::<Religion>(&mut handed_out);
    labels::<Employment>(&mut handed_out);
    labels::<Perinatal>(&mut handed_out);
    handed_out.extend(EthnicGroup::ALL.iter().map(|g| g.fluent_id()));
    for id in handed_out {
        assert!(ftl.contains(id), "{id} is missing from referral.ftl");
    }
}

/// Variables a pattern uses, including inside select expressions.
fn variables(pattern: &fluent_syntax::ast::Pattern<String>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<String>, out: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.clone());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            _ => {}
        }
    }
    fn expr(expression: &Expression<String>, out: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(e) => inline(e, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| variables(&v.value, out));
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

#[test]
fn messages_with_variables_document_them_and_the_rust_supplies_them() {
    let mut documented = 0;
    for entry in parsed_ftl().body {
        let fluent_syntax::ast::Entry::Message(message) = entry else { continue };
        let mut used = BTreeSet::new();
        if let Some(value) = &message.value {
            variables(value, &mut used);
        }
        if used.is_empty() {
            continue;
        }
        let comment = message.comment.map(|c| c.content.join("\n")).unwrap_or_default();
        assert!(comment.starts_with("Variables:"), "{} needs a `# Variables:` comment", message.id.name);
        for variable in &used {
            assert!(comment.contains(&format!("${variable}")), "{}: ${variable} is not documented", message.id.name);
        }
        documented += 1;
    }
    assert!(documented >= 10);
    // The variables the Rust passes are the ones the messages use.
    let too_long =
        waymark::core::referral::form::FieldError { field: ids::TOWN, kind: FieldErrorKind::TooLong(Question::Town) };
    assert_eq!(too_long.fluent_args(), vec![("max", 200)]);
    assert!(ftl().contains("referral-error-town-too-long = Town or city must be { $max }"));
    assert!(ftl().contains("{ $age }") && ftl().contains("{ $number }"));
}

#[test]
fn redirect_texts_always_give_a_next_step() {
    let ftl = ftl();
    let body = |id: &str| {
        ftl.lines()
            .find_map(|line| line.strip_prefix(&format!("{id} = ")))
            .unwrap_or_else(|| panic!("{id}"))
            .to_string()
    };
    // The crisis redirect shows the crisis routes below its lead (numbers from src/core/crisis.json).
    assert!(body("referral-redirect-crisis-lead").contains("services below"));
    assert!(body("referral-redirect-young-people-lead").contains("Childline free on { $childline }"));
    assert!(body("referral-redirect-gp-body").contains("GP"));
    assert!(body("referral-redirect-area-body").contains("Contact the service"));
}

// ------------------------------------------------------------------ risk

fn taken(at_ms: i64, locale: &str, wording: Wording) -> Option<Taken> {
    Some(Taken { at_ms, locale: locale.to_string(), wording })
}

/// A self-harm answer on PHQ-9 item 9 reaches the service at the top of the
/// payload, with the item's wording, the answer and when it was given, in
/// both formats; a service that does not ask for the PHQ-9 still hears of it.
#[test]
fn risk_travels_with_the_referral_first_in_json_and_fhir() {
    let mut form = complete_form();
    form.phq9 = vec![1, 2, 1, 0, 3, 1, 0, 0, 2];
    form.phq9_taken = taken(1_750_000_000_000, "ur", Wording::Machine);
    let json = payload_json(&form, &QuestionSettings::default());
    assert_eq!(Schema::load().errors(&json), Vec::<String>::new());
    assert_eq!(
        json["risk"],
        json!({
            "flagged": true,
            "in_crisis_now": false,
            "said_in_crisis_earlier": false,
            "items": [{
                "instrument": "phq9",
                "item": 9,
                "text": "Thoughts that you would be better off dead, or of hurting yourself in some way",
                "answer": 2,
                "answer_text": "More than half the days",
                "answered_at": "2025-06-15T15:06:40Z"
            }]
        })
    );
    assert_eq!(json["measures"]["phq9"]["wording"], json!({ "locale": "ur", "status": "machine" }));
    // Risk comes right after the envelope in the bytes a receiver reads.
    let text = built(&form, &QuestionSettings::default()).to_json();
    assert!(text.find("\"risk\"").unwrap() < text.find("\"person\"").unwrap(), "{text}");

    let fhir = fhir_json(&form);
    let first = &fhir["item"][0];
    assert_eq!(first["linkId"], "risk");
    assert_eq!(
        first["item"][0],
        json!({ "linkId": "risk.flagged", "text": "Anything here suggests risk: read before anything else", "answer": [{ "valueBoolean": true }] })
    );
    let item9 = first["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "risk.phq9-9")
        .expect("item 9 in the risk group");
    assert_eq!(item9["answer"][0]["valueCoding"]["display"], "More than half the days");
    assert_eq!(item9["item"][0]["answer"][0]["valueDateTime"], "2025-06-15T15:06:40Z");

    // A service that hides the PHQ-9 in referrals still hears about item 9.
    let hidden: QuestionSettings = serde_json::from_str(r#"{"phq9": "hidden"}"#).unwrap();
    let json = payload_json(&form, &hidden);
    assert_eq!(json["measures"]["phq9"], Value::Null);
    assert_eq!(json["risk"]["items"][0]["answer"], 2);
}

/// "Yes" to the crisis question routes the person to crisis help first; if
/// they change it to go on, the service still hears they said yes.
#[test]
fn a_crisis_answer_changed_to_go_on_is_still_flagged() {
    let mut form = complete_form();
    form.answer_in_crisis(true);
    assert!(form.crisis_disclosed);
    form.answer_in_crisis(false);
    let json = payload_json(&form, &QuestionSettings::default());
    assert_eq!(json["risk"]["flagged"], true);
    assert_eq!(json["risk"]["in_crisis_now"], false);
    assert_eq!(json["risk"]["said_in_crisis_earlier"], true);
    // No crisis answer and no item 9 score: nothing flagged.
    let mut calm = complete_form();
    calm.answer_in_crisis(false);
    assert_eq!(payload_json(&calm, &QuestionSettings::default())["risk"]["flagged"], false);
    // A PHQ-9 not finished carries no risk item (the form refuses it anyway).
    let mut partial = complete_form();
    partial.phq9 = vec![0, 0, 0, 0, 0, 0, 0, 3];
    assert!(waymark::core::referral::payload::Risk::of(&partial).items.is_empty());
}

mod updates {
    //! "Tell the service things have changed": the update message against
    //! its schema, its refusals, and its FHIR form.

    use super::*;
    use waymark::core::instruments::Instrument;
    use waymark::core::referral::update::{
        ChangeWord, Reason, SharedResult, UpdateError, UpdatePayload, UpdateRequest, MAX_WORDS,
    };

    fn id(n: u8) -> ReferralId {
        ReferralId::from_random_bytes([n; 16])
    }

    fn phq9(answers: [u8; 9]) -> Vec<Option<u8>> {
        let mut all: Vec<Option<u8>> = answers.iter().map(|a| Some(*a)).collect();
        all.push(None); // the unscored difficulty question
        all
    }

    fn request(words: &str, results: Vec<SharedResult>) -> UpdateRequest {
        UpdateRequest {
            update_id: id(1),
            referral_id: id(2),
            created_at_ms: 1_796_000_000_000,
            service_name: "Anytown Talking Therapies".into(),
            locale: "en-GB".into(),
            words: words.into(),
            results,
        }
    }

    fn worse_phq9(item9: u8) -> SharedResult {
        SharedResult {
            instrument: Instrument::by_id("phq9").unwrap(),
            answers: phq9([2, 2, 2, 2, 2, 1, 0, 0, item9]),
            taken_at_ms: 1_795_999_000_000,
            wording: Some(("en-GB".into(), waymark::core::referral::form::Wording::Official)),
            previous: Some((phq9([1, 1, 1, 1, 1, 0, 0, 0, 0]), 1_794_000_000_000)),
        }
    }

    #[test]
    fn an_update_with_a_worse_result_fits_the_schema_with_risk_first() {
        let schema = Schema::load_from("docs/referral-update.schema.json");
        for item9 in [0, 1] {
            let payload =
                UpdatePayload::build(&request("  I feel worse since my partner left  ", vec![worse_phq9(item9)]))
                    .unwrap();
            let value: Value = serde_json::from_str(&payload.to_json()).unwrap();
            assert_eq!(schema.errors(&value), Vec::<String>::new(), "{value}");
            let text = payload.to_json();
            let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap();
            assert!(at("risk") < at("change") && at("change") < at("measures"), "risk first in the body: {text}");
            assert_eq!(
                value["change"]["in_own_words"],
                json!("I feel worse since my partner left"),
                "trimmed, as typed"
            );
            assert_eq!(value["referral_reference"], json!(id(2).to_string()[..8].to_uppercase()));
            let measure = &payload.measures[0];
            assert_eq!((measure.total, measure.previous_total), (11 + item9, Some(5)));
            assert_eq!(measure.reliable_change, Some(ChangeWord::Deteriorated));
            assert!(payload.change.reasons.contains(&Reason::ReliableDeterioration));
            assert_eq!(payload.risk.flagged, item9 > 0);
            assert_eq!(payload.risk.items.len(), usize::from(item9 > 0));
        }
    }

    #[test]
    fn words_only_is_a_valid_update_and_empty_or_long_words_are_refused() {
        let schema = Schema::load_from("docs/referral-update.schema.json");
        let payload = UpdatePayload::build(&request("I have a new job and can only talk after 5pm", vec![])).unwrap();
        assert_eq!(schema.errors(&serde_json::from_str(&payload.to_json()).unwrap()), Vec::<String>::new());
        assert!(payload.measures.is_empty() && !payload.risk.flagged && payload.change.reasons.is_empty());
        assert_eq!(UpdatePayload::build(&request(" \n ", vec![])), Err(UpdateError::NoWords));
        let long = "a".repeat(MAX_WORDS + 1);
        assert_eq!(UpdatePayload::build(&request(&long, vec![])), Err(UpdateError::TooManyWords));
        assert!(UpdatePayload::build(&request(&"ق".repeat(MAX_WORDS), vec![])).is_ok(), "characters, not bytes");
        let mut incomplete = worse_phq9(0);
        incomplete.answers[3] = None;
        assert_eq!(
            UpdatePayload::build(&request("worse", vec![incomplete])),
            Err(UpdateError::IncompleteResult("phq9".into()))
        );
        let wsas = SharedResult { instrument: Instrument::by_id("wsas").unwrap(), ..worse_phq9(0) };
        assert!(matches!(UpdatePayload::build(&request("worse", vec![wsas])), Err(UpdateError::NotAnUpdateMeasure(_))));
    }

    /// The seam between the app and the reference receiver: the app's own
    /// update bodies, in both formats, are taken and their risk read as the
    /// receiver reads them.
    #[test]
    fn the_reference_receiver_takes_the_apps_own_updates_and_reads_their_risk() {
        use waymark_receiver::risk;
        use waymark_receiver::store::Format;
        use waymark_receiver::validate::{check_fhir_update, is_update_fhir, is_update_json, JsonValidator};
        let validator = JsonValidator::new().unwrap();
        for (item9, results) in [(0, vec![]), (0, vec![worse_phq9(0)]), (1, vec![worse_phq9(1)])] {
            let payload = UpdatePayload::build(&request("Worse, and a new phone: 07700 900123", results)).unwrap();
            let json: Value = serde_json::from_str(&payload.to_json()).unwrap();
            assert!(is_update_json(&json));
            let ids = validator.check_update(&json).unwrap_or_else(|e| panic!("the receiver refused {json}: {e:?}"));
            assert_eq!((ids.update_id, ids.referral_id), (id(1).to_string(), id(2).to_string()));
            let fhir = payload.to_fhir();
            assert!(is_update_fhir(&fhir));
            let ids = check_fhir_update(&fhir).unwrap_or_else(|e| panic!("the receiver refused {fhir}: {e:?}"));
            assert_eq!((ids.update_id, ids.referral_id), (id(1).to_string(), id(2).to_string()));
            for (format, body) in [(Format::Json, payload.to_json()), (Format::Fhir, fhir.to_string())] {
                let read = risk::of_update(format, body.as_bytes());
                assert_eq!(read.flagged, Some(item9 > 0), "{format:?}: {}", read.summary);
            }
        }
    }

    #[test]
    fn the_fhir_update_is_a_communication_about_the_referral_urgent_with_risk_first() {
        let payload = UpdatePayload::build(&request("Worse <b>now</b>", vec![worse_phq9(2)])).unwrap();
        let fhir = payload.to_fhir();
        assert_eq!(fhir["resourceType"], json!("Communication"));
        assert_eq!(fhir["identifier"][0]["value"], json!(id(1).urn()));
        assert_eq!(fhir["about"][0]["identifier"]["value"], json!(id(2).urn()), "the referral's own identifier");
        assert_eq!(fhir["priority"], json!("urgent"));
        let lines: Vec<&str> =
            fhir["payload"].as_array().unwrap().iter().map(|p| p["contentString"].as_str().unwrap()).collect();
        assert!(
            lines[0].starts_with("RISK: PHQ-9 item 9") && lines[0].contains("More than half the days"),
            "{lines:?}"
        );
        assert_eq!(lines[1], "Worse <b>now</b>", "sent as typed, never as HTML");
        assert!(
            lines[2].contains("PHQ-9: total 13")
                && lines[2].contains("before: 5")
                && lines[2].contains("reliable deterioration")
        );
        let calm = UpdatePayload::build(&request("new phone number", vec![])).unwrap().to_fhir();
        assert_eq!(calm["priority"], json!("routine"));
        let (body, content_type) = payload.encode(BodyFormat::Fhir);
        assert_eq!(content_type, "application/fhir+json");
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), fhir);
    }
}
