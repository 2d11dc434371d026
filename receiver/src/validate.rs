//! Checking bodies before they are stored: Waymark JSON against the published
//! JSON Schema of its `schema_version` (1 or 2), FHIR QuestionnaireResponse by
//! structure, with limits on its size and shape.

use crate::error::ApiError;
use serde_json::Value;

/// The JSON schema, version 2 (the current one), compiled in so the receiver
/// and the app's contract cannot drift apart silently.
pub const SCHEMA_TEXT: &str = include_str!("../../docs/referral-payload.schema.json");

/// The JSON schema, version 1: an outbox on someone's phone may still hold
/// version 1 bodies, and they must never be refused.
pub const SCHEMA_V1_TEXT: &str = include_str!("../../docs/referral-payload.v1.schema.json");

/// The referral update's JSON schema, version 1 (`message_type` `referral-update`).
pub const UPDATE_SCHEMA_TEXT: &str = include_str!("../../docs/referral-update.schema.json");

/// The `message_type` of a referral update.
pub const UPDATE_MESSAGE_TYPE: &str = "referral-update";

/// The code system of the FHIR `Communication.category` that marks a referral update.
pub const MESSAGE_TYPE_SYSTEM: &str = "https://waymark.example/fhir/CodeSystem/message-type";

/// Most `payload` entries in one FHIR update (a risk line, the person's words, one per measure).
pub const MAX_FHIR_PAYLOAD: usize = 100;

/// The JSON `schema_version`s this receiver understands.
pub const SCHEMA_VERSIONS: [i64; 2] = [1, 2];

/// Most schema problems listed in one 422 message; the rest are counted.
const MAX_LISTED_ERRORS: usize = 5;

/// Deepest FHIR item nesting accepted (Waymark sends 3 levels).
const MAX_FHIR_DEPTH: usize = 8;

/// Most items in one FHIR response, counting nested ones (Waymark sends under 100).
pub const MAX_FHIR_ITEMS: usize = 1000;

/// Most answers to one FHIR item (Waymark sends at most one per help topic).
pub const MAX_FHIR_ANSWERS: usize = 100;

/// Whether `s` is a lowercase, hyphenated UUID version 4 (the form Waymark sends).
pub fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            14 => *c == b'4',
            19 => matches!(c, b'8' | b'9' | b'a' | b'b'),
            _ => c.is_ascii_digit() || (b'a'..=b'f').contains(c),
        })
}

/// Parses a body as JSON, answering 400 `malformed_json` if it is not.
pub fn parse_json(body: &[u8]) -> Result<Value, ApiError> {
    // serde_json's syntax errors give a position, never the offending text.
    serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request("malformed_json", format!("The body is not valid JSON: {e}.")))
}

/// Validator for Waymark JSON bodies, versions 1 and 2.
pub struct JsonValidator {
    v1: jsonschema::Validator,
    v2: jsonschema::Validator,
    update: jsonschema::Validator,
}

/// The two ids in a referral update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateIds {
    /// The update's own id (its Idempotency-Key).
    pub update_id: String,
    /// The referral it is about.
    pub referral_id: String,
}

/// Whether a parsed JSON body says it is a referral update (`message_type`).
pub fn is_update_json(value: &Value) -> bool {
    value.get("message_type").and_then(Value::as_str) == Some(UPDATE_MESSAGE_TYPE)
}

/// Whether a parsed FHIR body is a `Communication` (a referral update).
pub fn is_update_fhir(value: &Value) -> bool {
    value.get("resourceType").and_then(Value::as_str) == Some("Communication")
}

/// The old name, from when there was one version.
pub type JsonV1Validator = JsonValidator;

fn compile(text: &str, which: &str) -> Result<jsonschema::Validator, String> {
    let schema: Value = serde_json::from_str(text).map_err(|e| format!("embedded {which} schema is not JSON: {e}"))?;
    jsonschema::draft202012::new(&schema).map_err(|e| format!("embedded {which} schema is invalid: {e}"))
}

impl JsonValidator {
    /// Compiles the embedded schemas. Fails only if a schema file itself is broken.
    pub fn new() -> Result<Self, String> {
        Ok(Self {
            v1: compile(SCHEMA_V1_TEXT, "v1")?,
            v2: compile(SCHEMA_TEXT, "v2")?,
            update: compile(UPDATE_SCHEMA_TEXT, "referral-update")?,
        })
    }

    /// Checks a parsed JSON referral update against its schema and returns its ids.
    pub fn check_update(&self, value: &Value) -> Result<UpdateIds, ApiError> {
        let Some(object) = value.as_object() else {
            return Err(ApiError::unprocessable("schema_invalid", "The body must be a JSON object."));
        };
        let accepted = "this receiver accepts referral-update schema_version 1";
        match object.get("schema_version") {
            Some(v) if v.is_i64() && v.as_i64() == Some(1) => {}
            Some(v) => {
                let shown = if v.is_number() { v.to_string() } else { "a non-integer".to_string() };
                return Err(ApiError::unprocessable(
                    "unsupported_schema_version",
                    format!("schema_version {shown} is not supported; {accepted}."),
                ));
            }
            None => {
                return Err(ApiError::unprocessable(
                    "unsupported_schema_version",
                    format!("schema_version is missing; {accepted}."),
                ))
            }
        }
        schema_errors(&self.update, value, "Waymark referral-update v1")?;
        // The schema guarantees UUID-shaped strings here.
        let text = |key: &str| object.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
        Ok(UpdateIds { update_id: text("update_id"), referral_id: text("referral_id") })
    }

    /// Checks a parsed JSON body against the schema of its `schema_version`
    /// and returns its `referral_id`.
    ///
    /// A wrong or missing `schema_version` is reported on its own (422
    /// `unsupported_schema_version`) so a newer app gets a clear answer.
    pub fn check(&self, value: &Value) -> Result<String, ApiError> {
        let Some(object) = value.as_object() else {
            return Err(ApiError::unprocessable("schema_invalid", "The body must be a JSON object."));
        };
        let accepted = "this receiver accepts schema_version 1 or 2";
        let (schema, version) = match object.get("schema_version") {
            Some(v) if v.is_i64() && v.as_i64() == Some(1) => (&self.v1, 1),
            Some(v) if v.is_i64() && v.as_i64() == Some(2) => (&self.v2, 2),
            Some(v) => {
                let shown = if v.is_number() { v.to_string() } else { "a non-integer".to_string() };
                return Err(ApiError::unprocessable(
                    "unsupported_schema_version",
                    format!("schema_version {shown} is not supported; {accepted}."),
                ));
            }
            None => {
                return Err(ApiError::unprocessable(
                    "unsupported_schema_version",
                    format!("schema_version is missing; {accepted}."),
                ))
            }
        };
        schema_errors(schema, value, &format!("Waymark JSON v{version}"))?;
        // The schema guarantees a UUID-shaped string here.
        Ok(object.get("referral_id").and_then(Value::as_str).unwrap_or_default().to_string())
    }
}

/// 422 `schema_invalid` listing up to five problems, if `value` fails `schema`.
fn schema_errors(schema: &jsonschema::Validator, value: &Value, name: &str) -> Result<(), ApiError> {
    let errors: Vec<String> = schema.iter_errors(value).map(|e| describe(&e)).collect();
    if errors.is_empty() {
        return Ok(());
    }
    let mut message = format!(
        "The body does not match the {name} schema ({} problem{}): {}",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
        errors.iter().take(MAX_LISTED_ERRORS).cloned().collect::<Vec<_>>().join("; ")
    );
    if errors.len() > MAX_LISTED_ERRORS {
        message.push_str(&format!("; and {} more", errors.len() - MAX_LISTED_ERRORS));
    }
    message.push('.');
    Err(ApiError::unprocessable("schema_invalid", message))
}

/// A `urn:uuid:` reference (`{"system": "urn:ietf:rfc:3986", "value": "urn:uuid:<id>"}`)'s id.
fn urn_uuid(identifier: &Value) -> Option<&str> {
    if identifier.get("system").is_some_and(|s| s.as_str() != Some("urn:ietf:rfc:3986")) {
        return None;
    }
    identifier.get("value")?.as_str()?.strip_prefix("urn:uuid:").filter(|id| is_uuid_v4(id))
}

/// Checks a FHIR R4 `Communication` that carries a referral update,
/// structurally, and returns its ids: the update's from `identifier`
/// (`urn:uuid:<update_id>`), the referral's from `about[].identifier`.
pub fn check_fhir_update(value: &Value) -> Result<UpdateIds, ApiError> {
    let fail = |path: &str, what: &str| ApiError::unprocessable("fhir_invalid", format!("field `{path}`: {what}."));
    let Some(object) = value.as_object() else {
        return Err(fail("/", "the body must be a JSON object (a FHIR resource)"));
    };
    if object.get("resourceType").and_then(Value::as_str) != Some("Communication") {
        return Err(fail("/resourceType", "must be \"Communication\""));
    }
    if object.get("status").and_then(Value::as_str) != Some("completed") {
        return Err(fail("/status", "must be \"completed\" for a referral update"));
    }
    let update_id = object
        .get("identifier")
        .and_then(Value::as_array)
        .and_then(|ids| ids.iter().find_map(urn_uuid))
        .ok_or_else(|| {
            fail(
                "/identifier",
                "must be an array holding {\"system\": \"urn:ietf:rfc:3986\", \"value\": \"urn:uuid:\" then a lowercase UUID version 4}",
            )
        })?;
    let is_update = |coding: &Value| {
        coding.get("system").and_then(Value::as_str) == Some(MESSAGE_TYPE_SYSTEM)
            && coding.get("code").and_then(Value::as_str) == Some(UPDATE_MESSAGE_TYPE)
    };
    let categorised = object.get("category").and_then(Value::as_array).is_some_and(|categories| {
        categories.iter().any(|c| c.get("coding").and_then(Value::as_array).is_some_and(|cs| cs.iter().any(is_update)))
    });
    if !categorised {
        return Err(fail(
            "/category",
            &format!("must hold a coding with system \"{MESSAGE_TYPE_SYSTEM}\" and code \"{UPDATE_MESSAGE_TYPE}\""),
        ));
    }
    if !matches!(object.get("priority").and_then(Value::as_str), Some("urgent" | "routine")) {
        return Err(fail("/priority", "must be \"urgent\" (risk flagged) or \"routine\""));
    }
    let referral_id = object
        .get("about")
        .and_then(Value::as_array)
        .and_then(|about| about.iter().find_map(|a| a.get("identifier").and_then(urn_uuid)))
        .ok_or_else(|| {
            fail(
                "/about",
                "must hold a reference whose identifier is the referral's \"urn:uuid:\" and its UUID version 4",
            )
        })?;
    if object.get("sent").and_then(Value::as_str).is_none_or(|t| crate::clock::parse_rfc3339(t).is_err()) {
        return Err(fail("/sent", "must be an RFC 3339 date-time (e.g. 2026-12-07T20:05:00Z)"));
    }
    let Some(payload) = object.get("payload").and_then(Value::as_array).filter(|p| !p.is_empty()) else {
        return Err(fail("/payload", "must be a non-empty array"));
    };
    if payload.len() > MAX_FHIR_PAYLOAD {
        return Err(fail("/payload", &format!("an update may have at most {MAX_FHIR_PAYLOAD} entries")));
    }
    for (i, entry) in payload.iter().enumerate() {
        if entry.get("contentString").and_then(Value::as_str).is_none_or(str::is_empty) {
            return Err(fail(&format!("/payload/{i}/contentString"), "must be a non-empty string"));
        }
    }
    Ok(UpdateIds { update_id: update_id.to_string(), referral_id: referral_id.to_string() })
}

/// One schema error as "field `/a/b`: rule", with the offending value masked.
fn describe(error: &jsonschema::ValidationError<'_>) -> String {
    let path = error.instance_path().as_str();
    let path = if path.is_empty() { "/" } else { path };
    format!("field `{path}`: {} (rule `{}`)", error.masked(), error.kind().keyword())
}

/// Checks a FHIR R4 QuestionnaireResponse structurally and returns the referral id
/// from `identifier.value` (`urn:uuid:<id>`).
pub fn check_fhir(value: &Value) -> Result<String, ApiError> {
    let fail = |path: &str, what: &str| ApiError::unprocessable("fhir_invalid", format!("field `{path}`: {what}."));
    let Some(object) = value.as_object() else {
        return Err(fail("/", "the body must be a JSON object (a FHIR resource)"));
    };
    if object.get("resourceType").and_then(Value::as_str) != Some("QuestionnaireResponse") {
        return Err(fail("/resourceType", "must be \"QuestionnaireResponse\""));
    }
    if object.get("status").and_then(Value::as_str) != Some("completed") {
        return Err(fail("/status", "must be \"completed\" for a referral"));
    }
    let Some(identifier) = object.get("identifier").and_then(Value::as_object) else {
        return Err(fail("/identifier", "must be an object (R4 allows one identifier)"));
    };
    if let Some(system) = identifier.get("system") {
        if system.as_str() != Some("urn:ietf:rfc:3986") {
            return Err(fail("/identifier/system", "must be \"urn:ietf:rfc:3986\""));
        }
    }
    let id = identifier
        .get("value")
        .and_then(Value::as_str)
        .and_then(|v| v.strip_prefix("urn:uuid:"))
        .filter(|id| is_uuid_v4(id))
        .ok_or_else(|| fail("/identifier/value", "must be \"urn:uuid:\" then a lowercase UUID version 4"))?;
    if let Some(authored) = object.get("authored") {
        if !authored.as_str().is_some_and(is_fhir_date_time) {
            return Err(fail("/authored", "must be a FHIR dateTime (e.g. 2025-06-15T09:30:05Z)"));
        }
    }
    match object.get("item").and_then(Value::as_array) {
        Some(items) if !items.is_empty() => check_items(items, "/item", 1, &mut 0)?,
        _ => return Err(fail("/item", "must be a non-empty array of answered groups")),
    }
    Ok(id.to_string())
}

/// FHIR `dateTime`: a year, year-month or date, or a full RFC 3339 date-time.
fn is_fhir_date_time(text: &str) -> bool {
    let partial = |len: usize| {
        text.len() == len
            && text.bytes().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == b'-' } else { c.is_ascii_digit() })
    };
    partial(4) || partial(7) || partial(10) || crate::clock::parse_rfc3339(text).is_ok()
}

/// Checks QuestionnaireResponse items (and their answers' nested items)
/// recursively; `seen` counts items across the whole response.
fn check_items(items: &[Value], path: &str, depth: usize, seen: &mut usize) -> Result<(), ApiError> {
    let fail = |path: String, what: &str| ApiError::unprocessable("fhir_invalid", format!("field `{path}`: {what}."));
    if depth > MAX_FHIR_DEPTH {
        return Err(fail(path.to_string(), "items are nested too deeply"));
    }
    for (i, item) in items.iter().enumerate() {
        let here = format!("{path}/{i}");
        *seen += 1;
        if *seen > MAX_FHIR_ITEMS {
            return Err(fail(here, &format!("a response may hold at most {MAX_FHIR_ITEMS} items")));
        }
        let Some(item) = item.as_object() else {
            return Err(fail(here, "each item must be an object"));
        };
        if item.get("linkId").and_then(Value::as_str).is_none_or(str::is_empty) {
            return Err(fail(format!("{here}/linkId"), "must be a non-empty string"));
        }
        if let Some(text) = item.get("text") {
            if !text.is_string() {
                return Err(fail(format!("{here}/text"), "must be a string"));
            }
        }
        if let Some(children) = item.get("item") {
            let Some(children) = children.as_array() else {
                return Err(fail(format!("{here}/item"), "must be an array"));
            };
            check_items(children, &format!("{here}/item"), depth + 1, seen)?;
        }
        if let Some(answers) = item.get("answer") {
            let Some(answers) = answers.as_array() else {
                return Err(fail(format!("{here}/answer"), "must be an array"));
            };
            if answers.len() > MAX_FHIR_ANSWERS {
                return Err(fail(
                    format!("{here}/answer"),
                    &format!("an item may have at most {MAX_FHIR_ANSWERS} answers"),
                ));
            }
            for (j, answer) in answers.iter().enumerate() {
                let at = format!("{here}/answer/{j}");
                let Some(answer) = answer.as_object() else {
                    return Err(fail(at, "each answer must be an object"));
                };
                // R4: value[x] is a choice element, so at most one value* key.
                if answer.keys().filter(|k| k.starts_with("value")).count() > 1 {
                    return Err(fail(at, "an answer has at most one value[x]"));
                }
                if let Some(children) = answer.get("item") {
                    let Some(children) = children.as_array() else {
                        return Err(fail(format!("{at}/item"), "must be an array"));
                    };
                    check_items(children, &format!("{at}/item"), depth + 1, seen)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn uuid_v4_shape() {
        assert!(is_uuid_v4("3f2b8c1e-5d41-4a7c-ae10-d46b8f0395c7"));
        assert!(!is_uuid_v4("3F2B8C1E-5D41-4A7C-AE10-D46B8F0395C7"));
        assert!(!is_uuid_v4("3f2b8c1e-5d41-1a7c-ae10-d46b8f0395c7"));
        assert!(!is_uuid_v4("3f2b8c1e-5d41-4a7c-7e10-d46b8f0395c7"));
        assert!(!is_uuid_v4("3f2b8c1e5d414a7cae10d46b8f0395c7"));
        assert!(!is_uuid_v4(""));
    }

    #[test]
    fn sample_json_passes_and_broken_fields_are_named() {
        let v = JsonV1Validator::new().unwrap();
        let id = sample::new_referral_id();
        let mut body: Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
        assert_eq!(v.check(&body).unwrap(), id);
        body["person"]["given_name"] = Value::String(String::new());
        let e = v.check(&body).unwrap_err();
        assert_eq!(e.code, "schema_invalid");
        assert!(e.message.contains("/person/given_name"), "{}", e.message);
        body["schema_version"] = Value::from(3);
        assert_eq!(v.check(&body).unwrap_err().code, "unsupported_schema_version");
    }

    #[test]
    fn each_version_is_checked_against_its_own_schema() {
        let v = JsonValidator::new().unwrap();
        let id = sample::new_referral_id();
        let v2: Value = serde_json::from_slice(&sample::json_v2(&id)).unwrap();
        assert_eq!(v.check(&v2).unwrap(), id);
        // A version 1 body labelled 2 lacks the risk section; a version 2 body labelled 1 has one too many.
        let mut relabelled: Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
        relabelled["schema_version"] = 2.into();
        let e = v.check(&relabelled).unwrap_err();
        assert_eq!(e.code, "schema_invalid");
        assert!(e.message.contains("JSON v2 schema") && e.message.contains("rule `required`"), "{}", e.message);
        let mut relabelled = v2.clone();
        relabelled["schema_version"] = 1.into();
        let e = v.check(&relabelled).unwrap_err();
        assert!(e.message.contains("JSON v1 schema") && e.message.contains("additionalProperties"), "{}", e.message);
        let mut broken = v2;
        broken["risk"]["flagged"] = "yes".into();
        assert!(v.check(&broken).unwrap_err().message.contains("/risk/flagged"));
    }

    /// The worked example is flagged (PHQ-9 item 9, "Several days"), and the risk summary says so first.
    #[test]
    fn payload_doc_example_has_its_risk_read_first() {
        let doc = include_str!("../../docs/referral-payload.md");
        let after = doc.split("### Example").nth(1).expect("an Example section");
        let block = after.split("```json").nth(1).and_then(|b| b.split("```").next()).expect("a json code block");
        let risk = crate::risk::of_body(crate::store::Format::Json, block.as_bytes());
        assert_eq!((risk.flagged, risk.source), (Some(true), "risk"));
        assert!(risk.summary.starts_with("RISK FLAGGED: PHQ-9 item 9"), "{}", risk.summary);
    }

    #[test]
    fn schema_messages_do_not_echo_values() {
        let v = JsonV1Validator::new().unwrap();
        let id = sample::new_referral_id();
        let mut body: Value = serde_json::from_slice(&sample::json_v1(&id)).unwrap();
        body["contact"]["phone"] = Value::String("07700 SECRET".into());
        let e = v.check(&body).unwrap_err();
        assert!(e.message.contains("/contact/phone"), "{}", e.message);
        assert!(!e.message.contains("SECRET"), "{}", e.message);
    }

    /// The worked example in docs/referral-payload.md must pass: it is what the app sends.
    #[test]
    fn payload_doc_example_is_accepted() {
        let doc = include_str!("../../docs/referral-payload.md");
        let after = doc.split("### Example").nth(1).expect("docs/referral-payload.md has an Example section");
        let block = after.split("```json").nth(1).and_then(|b| b.split("```").next()).expect("a json code block");
        let value: Value = serde_json::from_str(block).expect("the example is JSON");
        let id = JsonV1Validator::new().unwrap().check(&value).expect("the example validates");
        assert!(is_uuid_v4(&id));
    }

    /// The update examples in docs/referral-payload.md (JSON and FHIR) pass and say the same ids and risk.
    #[test]
    fn payload_doc_update_examples_are_accepted_with_risk_first() {
        let doc = include_str!("../../docs/referral-payload.md");
        let after = doc.split("### Update example").nth(1).expect("an Update example section");
        let block = after.split("```json").nth(1).and_then(|b| b.split("```").next()).expect("a json code block");
        let value: Value = serde_json::from_str(block).expect("the example is JSON");
        assert!(is_update_json(&value));
        let ids = JsonValidator::new().unwrap().check_update(&value).expect("the JSON example validates");
        let risk = crate::risk::of_update(crate::store::Format::Json, block.as_bytes());
        assert!(risk.summary.starts_with("RISK FLAGGED: PHQ-9 item 9"), "{}", risk.summary);
        let after = doc.split("### FHIR form: a `Communication`").nth(1).expect("a FHIR form section");
        let block = after.split("```json").nth(1).and_then(|b| b.split("```").next()).expect("a json code block");
        let value: Value = serde_json::from_str(block).expect("the FHIR example is JSON");
        assert!(is_update_fhir(&value));
        assert_eq!(check_fhir_update(&value).expect("the FHIR example passes"), ids);
        let risk = crate::risk::of_update(crate::store::Format::Fhir, block.as_bytes());
        assert_eq!(risk.flagged, Some(true));
        // An update is not a referral: the referral checks refuse it, so dispatch must come first.
        assert!(check_fhir(&value).is_err());
    }

    #[test]
    fn update_versions_and_fhir_shape_are_checked() {
        let v = JsonValidator::new().unwrap();
        let (update, referral) = (sample::new_referral_id(), sample::new_referral_id());
        let mut body: Value = serde_json::from_slice(&sample::update_json(&update, &referral, true)).unwrap();
        body["schema_version"] = 2.into();
        assert_eq!(v.check_update(&body).unwrap_err().code, "unsupported_schema_version");
        body.as_object_mut().unwrap().remove("schema_version");
        assert_eq!(v.check_update(&body).unwrap_err().code, "unsupported_schema_version");
        body["schema_version"] = 1.into();
        body["risk"]["items"][0]["answer"] = 4.into();
        let e = v.check_update(&body).unwrap_err();
        assert!(e.message.contains("/risk/items/0/answer") && e.message.contains("referral-update"), "{}", e.message);
        let mut fhir: Value = serde_json::from_slice(&sample::update_fhir(&update, &referral, true)).unwrap();
        fhir["payload"] = Value::Array(vec![serde_json::json!({ "contentString": "x" }); MAX_FHIR_PAYLOAD + 1]);
        assert!(check_fhir_update(&fhir).unwrap_err().message.contains("at most 100"));
        fhir["payload"] = serde_json::json!([]);
        assert!(check_fhir_update(&fhir).unwrap_err().message.contains("/payload"));
        fhir["resourceType"] = "QuestionnaireResponse".into();
        assert!(check_fhir_update(&fhir).unwrap_err().message.contains("/resourceType"));
    }

    #[test]
    fn fhir_structure() {
        let id = sample::new_referral_id();
        let mut body: Value = serde_json::from_slice(&sample::fhir(&id)).unwrap();
        assert_eq!(check_fhir(&body).unwrap(), id);
        body["item"][0]["item"][0]["linkId"] = Value::String(String::new());
        let e = check_fhir(&body).unwrap_err();
        assert!(e.message.contains("/item/0/item/0/linkId"), "{}", e.message);
        body["identifier"]["value"] = Value::String(id.clone());
        assert!(check_fhir(&body).unwrap_err().message.contains("/identifier/value"));
        body["identifier"]["value"] = Value::String(format!("urn:uuid:{id}"));
        body["item"][0]["item"][0]["linkId"] = Value::String("given-name".into());
        for ok in ["2025", "2025-06", "2025-06-15", "2025-06-15T09:30:05+01:00"] {
            body["authored"] = Value::String(ok.into());
            assert_eq!(check_fhir(&body).unwrap(), id, "{ok}");
        }
        body["authored"] = Value::String("15/06/2025".into());
        assert!(check_fhir(&body).unwrap_err().message.contains("/authored"));
        body["resourceType"] = Value::String("Patient".into());
        assert!(check_fhir(&body).unwrap_err().message.contains("/resourceType"));
    }

    #[test]
    fn fhir_size_and_shape_are_bounded() {
        let id = sample::new_referral_id();
        let mut body: Value = serde_json::from_slice(&sample::fhir(&id)).unwrap();
        let leaf = serde_json::json!({ "linkId": "x", "answer": [{ "valueString": "a" }] });
        body["item"][0]["item"] = Value::Array(vec![leaf.clone(); MAX_FHIR_ITEMS]);
        let e = check_fhir(&body).unwrap_err();
        assert!(e.message.contains(&format!("at most {MAX_FHIR_ITEMS} items")), "{}", e.message);
        body["item"][0]["item"] = Value::Array(vec![leaf; 10]);
        assert_eq!(check_fhir(&body).unwrap(), id);
        body["item"][0]["item"][0]["answer"] = Value::Array(vec![serde_json::json!({ "valueBoolean": true }); 101]);
        let e = check_fhir(&body).unwrap_err();
        assert!(
            e.message.contains("/item/0/item/0/answer") && e.message.contains("at most 100 answers"),
            "{}",
            e.message
        );
    }
}
