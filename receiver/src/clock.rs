//! Timestamps without a date library: the receiver only needs "now" as RFC 3339
//! UTC with a fixed width (so text order is time order) and to read RFC 3339
//! back for `--since`.

use std::time::{SystemTime, UNIX_EPOCH};

/// Microseconds since the Unix epoch, now.
pub fn now_micros() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_micros()).unwrap_or(i64::MAX),
        // A clock set before 1970 is broken; pin it rather than panic.
        Err(_) => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    // Count years from March so the leap day is the last day of the "year".
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Formats Unix microseconds as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (always 27 characters
/// for years 0000–9999, so string comparison orders by time).
pub fn format_micros(micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let frac = micros.rem_euclid(1_000_000);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let sod = secs.rem_euclid(86_400);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{frac:06}Z", sod / 3600, (sod / 60) % 60, sod % 60)
}

/// Reads an RFC 3339 timestamp (`2025-06-15T09:30:05Z`, `…05.5+01:00`) into Unix
/// microseconds. Fractions beyond microseconds are truncated; leap seconds are refused.
pub fn parse_rfc3339(text: &str) -> Result<i64, String> {
    let bad = || format!("not an RFC 3339 timestamp (expected e.g. 2025-06-15T09:30:05Z): {text:?}");
    let b = text.as_bytes();
    // ASCII only, so every byte index below is a char boundary.
    if !text.is_ascii()
        || b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(bad());
    }
    let num = |range: std::ops::Range<usize>| -> Result<i64, String> {
        let part = &text[range];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse::<i64>().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let (year, month, day) = (num(0..4)?, num(5..7)? as u32, num(8..10)? as u32);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(bad());
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(bad());
    }
    let mut rest = &text[19..];
    let mut frac_micros = 0i64;
    if let Some(after_dot) = rest.strip_prefix('.') {
        let digits = after_dot.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(bad());
        }
        let kept = &after_dot[..digits.min(6)];
        frac_micros = kept.parse::<i64>().map_err(|_| bad())? * 10i64.pow(6 - kept.len() as u32);
        rest = &after_dot[digits..];
    }
    let offset_secs = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && &rest[3..4] == ":" => {
            let oh = num(text.len() - 5..text.len() - 3)?;
            let om = num(text.len() - 2..text.len())?;
            if oh > 23 || om > 59 {
                return Err(bad());
            }
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return Err(bad()),
    };
    let secs = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset_secs;
    Ok(secs * 1_000_000 + frac_micros)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates_round_trip() {
        assert_eq!(format_micros(0), "1970-01-01T00:00:00.000000Z");
        let t = parse_rfc3339("2025-06-15T09:30:05Z").unwrap();
        assert_eq!(t, 1_749_979_805_000_000);
        assert_eq!(format_micros(t), "2025-06-15T09:30:05.000000Z");
        let leap = parse_rfc3339("2024-02-29T23:59:59.1234567Z").unwrap();
        assert_eq!(format_micros(leap), "2024-02-29T23:59:59.123456Z");
    }

    #[test]
    fn offsets_are_normalised_to_utc() {
        let a = parse_rfc3339("2025-06-15T10:30:05+01:00").unwrap();
        let b = parse_rfc3339("2025-06-15T09:30:05Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(parse_rfc3339("2025-06-15T04:00:00-05:30").unwrap(), parse_rfc3339("2025-06-15T09:30:00Z").unwrap());
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        for days in (days_from_civil(1900, 1, 1)..days_from_civil(2300, 1, 1)).step_by(7) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in [
            "",
            "2025-06-15",
            "2025-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2025-06-15T24:00:00Z",
            "2025-06-15T09:30:05",
        ] {
            assert!(parse_rfc3339(bad).is_err(), "{bad}");
        }
        assert!(parse_rfc3339("2025-06-15T09:30:05.Z").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:05+1:00").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:0\u{e9}Z").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:05+0\u{e9}:0").is_err());
    }
}
