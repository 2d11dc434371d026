//! Timestamps: "now" as Unix microseconds, a fixed-width RFC 3339 UTC form (so
//! text order is time order, which SQLite's `received_at` relies on), and
//! RFC 3339 read back for `--since` and `?since=`. The calendar arithmetic is
//! the `time` crate's.

use std::time::{SystemTime, UNIX_EPOCH};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::OffsetDateTime;

/// Microseconds since the Unix epoch, now.
pub fn now_micros() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_micros()).unwrap_or(i64::MAX),
        // A clock set before 1970 is broken; pin it rather than panic.
        Err(_) => 0,
    }
}

/// Formats Unix microseconds as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (always 27 characters
/// for years 0000–9999, so string comparison orders by time). Instants outside
/// those years are clamped to the nearest end.
pub fn format_micros(micros: i64) -> String {
    const MIN: i64 = -62_167_219_200_000_000; // 0000-01-01T00:00:00Z
    const MAX: i64 = 253_402_300_799_999_999; // 9999-12-31T23:59:59.999999Z
    let format = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros.clamp(MIN, MAX)) * 1000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_else(|| "0000-01-01T00:00:00.000000Z".to_string())
}

/// Reads an RFC 3339 timestamp (`2025-06-15T09:30:05Z`, `…05.5+01:00`) into Unix
/// microseconds. Fractions beyond microseconds are truncated; leap seconds are refused.
pub fn parse_rfc3339(text: &str) -> Result<i64, String> {
    let bad = || format!("not an RFC 3339 timestamp (expected e.g. 2025-06-15T09:30:05Z): {text:?}");
    // The crate reads a leap second (:60) as :59.999999999; refuse it instead.
    if text.get(17..19) == Some("60") {
        return Err(bad());
    }
    let t = OffsetDateTime::parse(text, &Rfc3339).map_err(|_| bad())?;
    i64::try_from(t.unix_timestamp_nanos().div_euclid(1000)).map_err(|_| bad())
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
    fn every_week_of_four_centuries_round_trips_and_keeps_its_width() {
        let start = parse_rfc3339("1900-01-01T00:00:00Z").unwrap();
        let end = parse_rfc3339("2300-01-01T00:00:00Z").unwrap();
        let week = 7 * 86_400 * 1_000_000 + 123_457;
        let mut t = start;
        while t < end {
            let text = format_micros(t);
            assert_eq!(text.len(), 27, "{text}");
            assert_eq!(parse_rfc3339(&text).unwrap(), t, "{text}");
            t += week;
        }
        assert!(format_micros(start) < format_micros(start + 1));
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
            "2016-12-31T23:59:60Z",
        ] {
            assert!(parse_rfc3339(bad).is_err(), "{bad}");
        }
        assert!(parse_rfc3339("2025-06-15T09:30:05.Z").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:05+1:00").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:0\u{e9}Z").is_err());
        assert!(parse_rfc3339("2025-06-15T09:30:05+0\u{e9}:0").is_err());
    }
}
