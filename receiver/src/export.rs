//! `receiver export`: stored referrals as CSV or JSON, risk first, decrypted
//! when keys are given, and written to the audit log before any is output.

use crate::crypto::{Envelope, KeyRing};
use crate::risk::Risk;
use crate::server::DbLocation;
use crate::store::{postgres, sqlite, AuditEntry, StoredReferral, StoredUpdate};
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

impl ExportFormat {
    /// Reads `--format`.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text {
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => Err(format!("--format must be csv or json, not {other:?}")),
        }
    }
}

/// The CSV header: risk first. `message_type` is `referral` or
/// `referral-update`; for an update, `referral_id` is the referral it is
/// about, and `update_id` and `referral_known` are filled in.
pub const CSV_HEADER: &str =
    "risk_flag,risk_summary,message_type,referral_id,format,received_at,encrypted,decrypted,update_id,referral_known,body";

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

/// One referral as exported and as returned by the read API: risk first.
#[derive(Serialize)]
pub struct RowJson<'a> {
    /// What the referral says about risk, before anything else.
    pub risk: Risk,
    /// `referral`.
    pub message_type: &'static str,
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
    /// Its updates, newest first (in the read API; the export lists updates as rows of their own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<UpdateRowJson<'a>>>,
}

/// One referral update as exported and as returned by the read API: risk first.
#[derive(Serialize)]
pub struct UpdateRowJson<'a> {
    /// What the update says about risk, before anything else.
    pub risk: Risk,
    /// `referral-update`.
    pub message_type: &'static str,
    /// The update's id.
    pub update_id: &'a str,
    /// The referral it is about.
    pub referral_id: &'a str,
    /// Whether that referral is stored here (an update may come before its
    /// referral, or for one sent elsewhere).
    pub referral_known: bool,
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

/// The risk of an update: from its plaintext, or unknown for one still sealed.
pub fn update_risk(row: &StoredUpdate, plaintext: Option<&[u8]>) -> Risk {
    match (row.encrypted, plaintext) {
        (_, Some(plaintext)) => crate::risk::of_update(row.format, plaintext),
        (false, None) => crate::risk::of_update(row.format, &row.body),
        (true, None) => Risk::unknown("the update is encrypted; export it with the private key to read it"),
    }
}

/// Builds the JSON form of an update; `plaintext` replaces the body of an encrypted row.
pub fn update_json<'a>(row: &'a StoredUpdate, plaintext: Option<&[u8]>) -> UpdateRowJson<'a> {
    UpdateRowJson {
        risk: update_risk(row, plaintext),
        message_type: crate::validate::UPDATE_MESSAGE_TYPE,
        update_id: &row.update_id,
        referral_id: &row.referral_id,
        referral_known: row.referral_known,
        format: row.format.as_str(),
        received_at: &row.received_at,
        encrypted: row.encrypted,
        decrypted: plaintext.is_some() && row.encrypted,
        body: body_json(plaintext.unwrap_or(&row.body)),
    }
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

/// The risk of a row: from its plaintext, or unknown for a row still sealed.
pub fn row_risk(row: &StoredReferral, plaintext: Option<&[u8]>) -> Risk {
    match (row.encrypted, plaintext) {
        (_, Some(plaintext)) => crate::risk::of_body(row.format, plaintext),
        (false, None) => crate::risk::of_body(row.format, &row.body),
        (true, None) => Risk::unknown("the referral is encrypted; export it with the private key to read it"),
    }
}

/// Builds the JSON form of a row; `plaintext` replaces the body of an encrypted row.
pub fn row_json<'a>(row: &'a StoredReferral, plaintext: Option<&[u8]>) -> RowJson<'a> {
    RowJson {
        risk: row_risk(row, plaintext),
        message_type: "referral",
        referral_id: &row.referral_id,
        format: row.format.as_str(),
        received_at: &row.received_at,
        encrypted: row.encrypted,
        decrypted: plaintext.is_some() && row.encrypted,
        body: body_json(plaintext.unwrap_or(&row.body)),
        updates: None,
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
    /// Encrypted rows that the given keys could not open (written as stored).
    pub undecryptable: u64,
}

/// Who is exporting, for the audit log: the label given, or the operating-system user.
pub fn exporter(label: Option<&str>) -> (String, String) {
    #[cfg(unix)]
    let uid = format!("uid {}", crate::crypto::effective_uid());
    #[cfg(not(unix))]
    let uid = "uid unknown".to_string();
    let user = whoami::username().unwrap_or_else(|_| "unknown".into());
    let reader = match label {
        Some(label) => format!("cli:{label}"),
        None => format!("cli:{user}"),
    };
    (reader, format!("receiver export, {uid} ({user})"))
}

/// One row of an export.
enum Item {
    Referral(StoredReferral),
    Update(StoredUpdate),
}

/// Writes every referral and referral update with `received_at >= since` to
/// `out`, oldest first (updates among the referrals, by `received_at`).
/// Which ones is decided first and written to the audit log; only then is
/// anything output (so there is no unrecorded export). Blocking (for
/// PostgreSQL it runs its own runtime): call it from sync code.
pub fn run(
    db: &DbLocation,
    format: ExportFormat,
    since: Option<&str>,
    keys: &KeyRing,
    label: Option<&str>,
    out: &mut dyn Write,
) -> Result<Summary, String> {
    let (ids, update_ids) = match db {
        DbLocation::Sqlite(path) => {
            if !path.exists() {
                return Err(format!("no database at {}", path.display()));
            }
            let conn = sqlite::open_for_writing(path).map_err(|e| e.0)?;
            (
                sqlite::ids_since(&conn, since).map_err(|e| e.0)?,
                sqlite::update_ids_since(&conn, since).map_err(|e| e.0)?,
            )
        }
        DbLocation::Postgres(url) => (
            postgres::ids_since(url, since).map_err(|e| e.0)?,
            postgres::update_ids_since(url, since).map_err(|e| e.0)?,
        ),
    };
    // Referrals and updates share one clock: the audit entry names both, in time order.
    let mut given: Vec<&(String, String)> = ids.iter().chain(&update_ids).collect();
    given.sort_by(|a, b| a.1.cmp(&b.1));
    let (reader, via) = exporter(label);
    let entry = AuditEntry {
        at: crate::clock::format_micros(crate::clock::now_micros()),
        reader,
        action: "export".into(),
        via,
        referral_ids: given.iter().map(|(id, _)| id.clone()).collect(),
        first_received_at: given.first().map(|(_, at)| at.clone()),
        last_received_at: given.last().map(|(_, at)| at.clone()),
    };
    let audited = match db {
        DbLocation::Sqlite(path) => sqlite::open_for_audit(path).and_then(|c| sqlite::append_audit(&c, &entry)),
        DbLocation::Postgres(url) => postgres::append_audit_blocking(url, &entry),
    };
    audited.map_err(|e| format!("cannot write the audit log, so nothing was exported: {}", e.0))?;

    let mut summary = Summary::default();
    let io = |e: std::io::Error| format!("cannot write output: {e}");
    match format {
        ExportFormat::Csv => writeln!(out, "{CSV_HEADER}").map_err(io)?,
        ExportFormat::Json => write!(out, "[").map_err(io)?,
    }
    let open = |what: &str, id: &str, body: &[u8], encrypted: bool, summary: &mut Summary| {
        if !encrypted || keys.is_empty() {
            return None;
        }
        let opened = serde_json::from_slice::<Envelope>(body).ok().and_then(|env| keys.open(&env).ok()).map(|o| o.0);
        if opened.is_none() {
            summary.undecryptable += 1;
            eprintln!("warning: {what} {id} could not be decrypted with the given keys");
        }
        opened
    };
    let mut write_item = |item: Item, summary: &mut Summary| -> Result<(), String> {
        match format {
            ExportFormat::Csv => {
                let line = match &item {
                    Item::Referral(row) => {
                        let plaintext = open("referral", &row.referral_id, &row.body, row.encrypted, summary);
                        let risk = row_risk(row, plaintext.as_deref());
                        let body = String::from_utf8_lossy(plaintext.as_deref().unwrap_or(&row.body)).into_owned();
                        format!(
                            "{},{},referral,{},{},{},{},{},,,{}",
                            risk.flag_text(),
                            csv_field(&risk.summary),
                            row.referral_id,
                            row.format.as_str(),
                            row.received_at,
                            row.encrypted,
                            plaintext.is_some(),
                            csv_field(&body)
                        )
                    }
                    Item::Update(row) => {
                        let plaintext = open("update", &row.update_id, &row.body, row.encrypted, summary);
                        let risk = update_risk(row, plaintext.as_deref());
                        let body = String::from_utf8_lossy(plaintext.as_deref().unwrap_or(&row.body)).into_owned();
                        format!(
                            "{},{},referral-update,{},{},{},{},{},{},{},{}",
                            risk.flag_text(),
                            csv_field(&risk.summary),
                            row.referral_id,
                            row.format.as_str(),
                            row.received_at,
                            row.encrypted,
                            plaintext.is_some(),
                            row.update_id,
                            row.referral_known,
                            csv_field(&body)
                        )
                    }
                };
                writeln!(out, "{line}").map_err(io)?;
            }
            ExportFormat::Json => {
                let text = match &item {
                    Item::Referral(row) => {
                        let plaintext = open("referral", &row.referral_id, &row.body, row.encrypted, summary);
                        serde_json::to_string(&row_json(row, plaintext.as_deref()))
                    }
                    Item::Update(row) => {
                        let plaintext = open("update", &row.update_id, &row.body, row.encrypted, summary);
                        serde_json::to_string(&update_json(row, plaintext.as_deref()))
                    }
                }
                .map_err(|e| e.to_string())?;
                write!(out, "{}\n{text}", if summary.rows == 0 { "" } else { "," }).map_err(io)?;
            }
        }
        summary.rows += 1;
        Ok(())
    };
    if let (Some(first), Some(last)) = (&entry.first_received_at, &entry.last_received_at) {
        // Updates are few and small: read them first, then slot them in among the streamed referrals.
        let updates = match db {
            DbLocation::Sqlite(path) => {
                sqlite::updates_between(&sqlite::open_for_reading(path).map_err(|e| e.0)?, first, last)
            }
            DbLocation::Postgres(url) => postgres::updates_between(url, first, last),
        }
        .map_err(|e| e.0)?;
        let mut updates = updates.into_iter().peekable();
        let mut each = |row: StoredReferral| -> Result<(), String> {
            while let Some(update) = updates.next_if(|u| u.received_at < row.received_at) {
                write_item(Item::Update(update), &mut summary)?;
            }
            write_item(Item::Referral(row), &mut summary)
        };
        match db {
            DbLocation::Sqlite(path) => {
                let conn = sqlite::open_for_reading(path).map_err(|e| e.0)?;
                sqlite::for_each_between(&conn, first, last, &mut each)?;
            }
            DbLocation::Postgres(url) => postgres::for_each_between(url, first, last, &mut each)?,
        }
        for update in updates {
            write_item(Item::Update(update), &mut summary)?;
        }
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

    #[test]
    fn rows_put_risk_first() {
        let id = crate::sample::new_referral_id();
        let row = StoredReferral {
            referral_id: id.clone(),
            format: crate::store::Format::Json,
            received_at: "2025-06-15T09:30:05.000000Z".into(),
            body: crate::sample::json_v1(&id),
            encrypted: false,
        };
        let text = serde_json::to_string(&row_json(&row, None)).unwrap();
        assert!(text.starts_with(r#"{"risk":{"flagged":false,"#), "{text}");
        let sealed = StoredReferral { encrypted: true, body: b"{}".to_vec(), ..row };
        let text = serde_json::to_string(&row_json(&sealed, None)).unwrap();
        assert!(text.starts_with(r#"{"risk":{"flagged":null,"summary":"RISK UNKNOWN"#), "{text}");
    }
}
