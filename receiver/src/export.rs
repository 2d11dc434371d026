//! `receiver export`: stored referrals as CSV or JSON, decrypted when a key is given.

use crate::crypto::{Envelope, PrivateKey};
use crate::server::DbLocation;
use crate::store::StoredReferral;
use crate::store::{postgres, sqlite};
use serde::Serialize;
use serde_json::value::RawValue;
use std::io::Write;

/// Output format of `receiver export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
}

/// A body in JSON output: embedded verbatim when it is JSON (it always is once
/// validated), otherwise as a string.
#[derive(Serialize)]
#[serde(untagged)]
pub enum BodyJson {
    /// The exact stored JSON text.
    Raw(Box<RawValue>),
    /// Anything else, as text.
    Text(String),
}

/// One referral as exported and as returned by the read API.
#[derive(Serialize)]
pub struct RowJson<'a> {
    /// The referral id.
    pub referral_id: &'a str,
    /// `json` or `fhir`.
    pub format: &'a str,
    /// When it was stored.
    pub received_at: &'a str,
    /// Whether it is stored encrypted (an HPKE envelope).
    pub encrypted: bool,
    /// Whether `body` below is the decrypted plaintext of an encrypted row.
    pub decrypted: bool,
    /// The body.
    pub body: BodyJson,
}

fn body_json(bytes: &[u8]) -> BodyJson {
    match String::from_utf8(bytes.to_vec()) {
        Ok(text) => match RawValue::from_string(text) {
            Ok(raw) => BodyJson::Raw(raw),
            Err(_) => BodyJson::Text(String::from_utf8_lossy(bytes).into_owned()),
        },
        Err(_) => BodyJson::Text(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Builds the JSON form of a row; `plaintext` replaces the body of an encrypted row.
pub fn row_json<'a>(row: &'a StoredReferral, plaintext: Option<&[u8]>) -> RowJson<'a> {
    RowJson {
        referral_id: &row.referral_id,
        format: row.format.as_str(),
        received_at: &row.received_at,
        encrypted: row.encrypted,
        decrypted: plaintext.is_some(),
        body: body_json(plaintext.unwrap_or(&row.body)),
    }
}

fn csv_field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Counts from one export.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Rows written.
    pub rows: u64,
    /// Encrypted rows that the given key could not open (written as stored).
    pub undecryptable: u64,
}

/// Writes every referral with `received_at >= since` to `out`, oldest first.
/// Blocking (for PostgreSQL it runs its own runtime): call it from sync code.
pub fn run(
    db: &DbLocation,
    format: ExportFormat,
    since: Option<&str>,
    key: Option<&PrivateKey>,
    out: &mut dyn Write,
) -> Result<Summary, String> {
    let mut summary = Summary::default();
    let io = |e: std::io::Error| format!("cannot write output: {e}");
    match format {
        ExportFormat::Csv => writeln!(out, "referral_id,format,received_at,encrypted,decrypted,body").map_err(io)?,
        ExportFormat::Json => write!(out, "[").map_err(io)?,
    }
    let write_row = |row: StoredReferral| {
        let plaintext = match (row.encrypted, key) {
            (true, Some(key)) => {
                let opened = serde_json::from_slice::<Envelope>(&row.body).ok().and_then(|env| key.open(&env).ok());
                if opened.is_none() {
                    summary.undecryptable += 1;
                    eprintln!("warning: referral {} could not be decrypted with the given key", row.referral_id);
                }
                opened
            }
            _ => None,
        };
        match format {
            ExportFormat::Csv => {
                let body = String::from_utf8_lossy(plaintext.as_deref().unwrap_or(&row.body)).into_owned();
                writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    row.referral_id,
                    row.format.as_str(),
                    row.received_at,
                    row.encrypted,
                    plaintext.is_some(),
                    csv_field(&body)
                )
                .map_err(io)?;
            }
            ExportFormat::Json => {
                let text = serde_json::to_string(&row_json(&row, plaintext.as_deref())).map_err(|e| e.to_string())?;
                write!(out, "{}\n{text}", if summary.rows == 0 { "" } else { "," }).map_err(io)?;
            }
        }
        summary.rows += 1;
        Ok(())
    };
    match db {
        DbLocation::Sqlite(path) => {
            let conn = sqlite::open_for_reading(path).map_err(|e| e.0)?;
            sqlite::for_each_since(&conn, since, write_row)?;
        }
        DbLocation::Postgres(url) => postgres::for_each_since(url, since, write_row)?,
    }
    if format == ExportFormat::Json {
        writeln!(out, "{}]", if summary.rows == 0 { "" } else { "\n" }).map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_everything_that_needs_it() {
        assert_eq!(csv_field("a\"b,c\nd"), "\"a\"\"b,c\nd\"");
    }

    #[test]
    fn json_bodies_are_embedded_verbatim() {
        let text = r#"{"b": 1.50, "a":[ ]}"#;
        let s = serde_json::to_string(&body_json(text.as_bytes())).unwrap();
        assert_eq!(s, text);
        let s = serde_json::to_string(&body_json(b"not json")).unwrap();
        assert_eq!(s, "\"not json\"");
    }
}
