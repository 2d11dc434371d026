//! Dates without a time zone library, and calendar files made on the device.
//!
//! Check-ins and the expected call are counted in the person's own calendar
//! days (a day number from the Unix epoch in local time), so a clock change
//! never moves a check-in to another day. An iCalendar file (RFC 5545) is
//! written here and offered as a `data:` link: nothing is sent anywhere.

/// Milliseconds in a day.
pub const DAY_MS: i64 = 86_400_000;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Days since 1970-01-01 in local time, for a UTC time and the local
/// offset east of UTC in minutes at that time (JavaScript's
/// `-getTimezoneOffset()`).
pub fn local_day(utc_ms: i64, offset_minutes: i32) -> i64 {
    (utc_ms + i64::from(offset_minutes) * 60_000).div_euclid(DAY_MS)
}

impl Date {
    /// The date `days` days after 1970-01-01 (negative before it).
    pub fn from_day_number(days: i64) -> Date {
        // Howard Hinnant's days-from-civil inverse, in 400-year eras.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date { year: year as i32, month, day }
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Reads `YYYY-MM-DD`; `None` for anything else, including 2026-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year) && digits(month) && digits(day)) {
            return None;
        }
        let date = Date { year: year.parse().ok()?, month: month.parse().ok()?, day: day.parse().ok()? };
        (Date::from_day_number(date.day_number()) == date).then_some(date)
    }

    /// Monday is 0, Sunday 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.day_number() + 3).rem_euclid(7) as u32
    }

    /// `20261207`, as iCalendar writes a date.
    pub fn ical(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `2026-12-07`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date `working_days` working days (Monday to Friday) after `day`.
/// Bank holidays are not known here, so a service counting them says
/// "within" a number of days that allows for them.
pub fn add_working_days(day: i64, working_days: u32) -> i64 {
    let mut day = day;
    let mut left = working_days;
    while left > 0 {
        day += 1;
        if Date::from_day_number(day).weekday() < 5 {
            left -= 1;
        }
    }
    day
}

/// One all-day event, with a reminder at 9 in the morning of its day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable for the same event, so saving twice updates it.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

impl Event {
    /// The event as an iCalendar file: CRLF line ends, text escaped and
    /// lines folded at 75 octets as RFC 5545 (sections 3.1 and 3.3.11) asks.
    /// `stamp_ms` is when the file was made (UTC).
    pub fn to_ics(&self, stamp_ms: i64) -> String {
        let stamp_day = stamp_ms.div_euclid(DAY_MS);
        let seconds = stamp_ms.rem_euclid(DAY_MS) / 1000;
        let stamp = format!(
            "{}T{:02}{:02}{:02}Z",
            Date::from_day_number(stamp_day).ical(),
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        );
        let next_day = Date::from_day_number(self.date.day_number() + 1);
        let lines = [
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".to_string(),
            "PRODID:-//Waymark//While you wait//EN".to_string(),
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&self.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", self.date.ical()),
            format!("DTEND;VALUE=DATE:{}", next_day.ical()),
            format!("SUMMARY:{}", escape_text(&self.summary)),
            format!("DESCRIPTION:{}", escape_text(&self.description)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", escape_text(&self.summary)),
            "TRIGGER;RELATED=START:PT9H".to_string(),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
            "END:VCALENDAR".to_string(),
        ];
        lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("")
    }

    /// The file as a `data:` URL for a link with a `download` attribute.
    pub fn data_url(&self, stamp_ms: i64) -> String {
        format!("data:text/calendar;charset=utf-8,{}", percent_encode(&self.to_ics(stamp_ms)))
    }
}

/// RFC 5545 TEXT: backslash, semicolon, comma and new lines escaped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no physical line is longer than 75 octets,
/// never inside a UTF-8 character, and ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            // The folding space counts towards the next line's 75.
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_match_known_dates() {
        assert_eq!(Date::from_day_number(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(Date { year: 2000, month: 3, day: 1 }.day_number(), 11_017);
        assert_eq!(Date { year: 2026, month: 12, day: 7 }.weekday(), 0, "7 December 2026 is a Monday");
        for day in -800_000..800_000 {
            if day % 997 == 0 {
                assert_eq!(Date::from_day_number(day).day_number(), day);
            }
        }
    }

    #[test]
    fn parse_takes_only_real_dates() {
        assert_eq!(Date::parse("2024-02-29"), Some(Date { year: 2024, month: 2, day: 29 }));
        for bad in
            ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00", "", "2026-00-10", "२०२६-01-01"]
        {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn local_days_ignore_the_clock_change() {
        // 25 October 2026, 00:30 BST (UTC+1) is 24 October 23:30 UTC.
        let before_change = Date { year: 2026, month: 10, day: 24 }.day_number() * DAY_MS + 23 * 3_600_000 + 1_800_000;
        assert_eq!(Date::from_day_number(local_day(before_change, 60)), Date { year: 2026, month: 10, day: 25 });
        assert_eq!(Date::from_day_number(local_day(before_change, 0)), Date { year: 2026, month: 10, day: 24 });
    }

    #[test]
    fn working_days_skip_weekends() {
        let friday = Date { year: 2026, month: 12, day: 4 }.day_number();
        assert_eq!(Date::from_day_number(add_working_days(friday, 1)), Date { year: 2026, month: 12, day: 7 });
        assert_eq!(Date::from_day_number(add_working_days(friday, 5)), Date { year: 2026, month: 12, day: 11 });
        let saturday = friday + 1;
        assert_eq!(Date::from_day_number(add_working_days(saturday, 1)), Date { year: 2026, month: 12, day: 7 });
        assert_eq!(add_working_days(friday, 0), friday);
    }

    #[test]
    fn the_calendar_file_is_escaped_folded_and_ends_lines_with_crlf() {
        let event = Event {
            uid: "WM-1234@waymark".into(),
            date: Date { year: 2026, month: 12, day: 14 },
            summary: "Call from Anytown; Talking, Therapies".into(),
            description: format!("Reference WM-1234\nیہ ایک لمبی سطر ہے {}", "x".repeat(120)),
        };
        let ics = event.to_ics(Date { year: 2026, month: 12, day: 7 }.day_number() * DAY_MS + 3_723_000);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTAMP:20261207T010203Z\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261214\r\nDTEND;VALUE=DATE:20261215\r\n"));
        assert!(ics.contains("SUMMARY:Call from Anytown\\; Talking\\, Therapies\r\n"));
        assert!(ics.contains("DESCRIPTION:Reference WM-1234\\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        // Unfolding gives back the escaped description whole.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("یہ ایک لمبی سطر ہے {}\r\n", "x".repeat(120))));
    }

    #[test]
    fn the_data_url_holds_only_unreserved_characters_after_its_comma() {
        let event = Event {
            uid: "a".into(),
            date: Date { year: 2027, month: 1, day: 1 },
            summary: "Ring & check-in #1 / 50%".into(),
            description: "ok".into(),
        };
        let url = event.data_url(0);
        let (head, body) = url.split_once(',').unwrap();
        assert_eq!(head, "data:text/calendar;charset=utf-8");
        assert!(body.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{body}");
        assert!(body.contains("Ring%20%26%20check-in%20%231%20%2F%2050%25"));
    }
}
