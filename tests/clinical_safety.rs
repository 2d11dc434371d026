//! The clinical safety hazard log (`docs/clinical-safety/hazard-log.md`) is
//! checked like code. Every problem names the file and line:
//!
//! - a `- Verified by:` test whose file does not exist, has no `fn <name>`,
//!   or whose function is not a test;
//! - a hazard with neither a `- Verified by:` nor a `- Not yet verified:`
//!   line, or a mitigation with neither under it;
//! - a hazard missing a required field, or with an empty one;
//! - a risk rating that does not match the DCB0129 matrix for its severity
//!   and likelihood, or a residual rating above the initial one;
//! - a repeated hazard id; a summary row that disagrees with its section.
//!
//! The other clinical safety documents may cite tests as `path::name` too;
//! those citations are checked the same way. The checker's own tests run it
//! on small inline logs that break each rule, so it is shown able to fail.
//!
//! Nothing here uses the crate's code: it reads files relative to the
//! repository root.

use std::collections::BTreeMap;
use std::path::Path;

const LOG: &str = "docs/clinical-safety/hazard-log.md";

/// Documents whose `path::name` citations must name real tests.
const CITING_DOCS: [&str; 5] = [
    "docs/clinical-safety/hazard-log.md",
    "docs/clinical-safety/safety-case.md",
    "docs/clinical-safety/dcb0160-deployment.md",
    "docs/clinical-sources.md",
    "docs/accessibility-statement.md",
];

const SEVERITIES: [&str; 5] = ["minor", "significant", "considerable", "major", "catastrophic"];
const LIKELIHOODS: [&str; 5] = ["very low", "low", "medium", "high", "very high"];

/// The DCB0129 clinical risk matrix: `MATRIX[likelihood][severity]`, both
/// in the order of `LIKELIHOODS` and `SEVERITIES`.
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3], // very low
    [1, 2, 2, 3, 4], // low
    [2, 2, 3, 3, 4], // medium
    [2, 3, 3, 4, 5], // high
    [3, 4, 4, 5, 5], // very high
];

/// Fields every hazard must have, in the form `**Field:**` at the start of a line.
const REQUIRED: [&str; 6] = ["Causes", "Effect", "Harm", "Initial risk", "Mitigations", "Residual risk"];
/// Fields a hazard may also have.
const OPTIONAL: [&str; 1] = ["Status"];

const VERIFIED: &str = "- Verified by:";
const NOT_YET: &str = "- Not yet verified:";

// ------------------------------------------------------------------ reading

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Reads a file of the repository by its path from the root.
fn repo_file(path: &str) -> Option<String> {
    if path.contains("..") || path.starts_with('/') {
        return None;
    }
    std::fs::read_to_string(root().join(path)).ok()
}

// ------------------------------------------------------------------ helpers

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn is_ident(text: &str) -> bool {
    !text.is_empty() && text.chars().all(is_ident_char) && !text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `word` occurs in `hay` with no identifier character either side.
fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(at, _)| {
        let before = hay[..at].chars().next_back().is_none_or(|c| !is_ident_char(c));
        let after = hay[at + word.len()..].chars().next().is_none_or(|c| !is_ident_char(c));
        before && after
    })
}

/// The clinical risk rating of a severity and likelihood, by their indices.
fn matrix_rating(severity: usize, likelihood: usize) -> u8 {
    MATRIX[likelihood][severity]
}

// ------------------------------------------------------------------ tests named in the log

/// Checks that `source` defines `fn name` as a test: with a test attribute
/// (`#[test]`, `#[tokio::test(…)]`, also inside `proptest!`), or listed in a
/// `both_backends!(…)` invocation (the receiver's tests run on both stores).
fn find_test(source: &str, name: &str) -> Result<(), String> {
    let lines: Vec<&str> = source.lines().collect();
    let needle = format!("fn {name}");
    let definitions: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| {
            line.match_indices(&needle).any(|(at, _)| {
                let before = line[..at].chars().next_back().is_none_or(|c| !is_ident_char(c));
                let rest = line[at + needle.len()..].trim_start();
                before && (rest.starts_with('(') || rest.starts_with('<'))
            })
        })
        .map(|(i, _)| i)
        .collect();
    if definitions.is_empty() {
        return Err(format!("has no `fn {name}`"));
    }
    for &at in &definitions {
        let mut above = at;
        while above > 0 {
            above -= 1;
            let line = lines[above].trim();
            if line.starts_with("#[") {
                let attribute = line.split(['(', ']']).next().unwrap_or("");
                if attribute.ends_with("test") {
                    return Ok(());
                }
            } else if !(line.starts_with("//") || line.ends_with(")]")) {
                break;
            }
        }
    }
    let mut rest = source;
    while let Some(at) = rest.find("both_backends!(") {
        let after = &rest[at + "both_backends!(".len()..];
        let args = after.split(')').next().unwrap_or("");
        if args.split(|c: char| !is_ident_char(c)).any(|arg| arg == name) {
            return Ok(());
        }
        rest = after;
    }
    Err(format!(
        "has `fn {name}`, but it is not a test (no #[test] or #[tokio::test], not in proptest! or both_backends!)"
    ))
}

/// Checks one citation `path::name` against the files `read` can see.
fn check_citation(citation: &str, read: &dyn Fn(&str) -> Option<String>) -> Result<(), String> {
    let Some((path, name)) = citation.rsplit_once("::") else {
        return Err(format!("`{citation}` is not `path::function`"));
    };
    if path.is_empty() || !path.ends_with(".rs") || !is_ident(name) {
        return Err(format!("`{citation}` is not `path/to/file.rs::function_name`"));
    }
    let Some(source) = read(path) else {
        return Err(format!("cites `{citation}`, but `{path}` does not exist"));
    };
    find_test(&source, name).map_err(|why| format!("cites `{citation}`, but `{path}` {why}"))
}

// ------------------------------------------------------------------ the hazard log

#[derive(Clone, Copy, Debug, PartialEq)]
struct Risk {
    severity: usize,
    likelihood: usize,
    rating: u8,
}

/// Parses `severity <s>; likelihood <l>; rating <n>` and checks it against the matrix.
fn parse_risk(value: &str) -> Result<Risk, String> {
    let form = "write it as `severity <minor…catastrophic>; likelihood <very low…very high>; rating <1–5>`";
    let parts: Vec<&str> = value.split(';').map(str::trim).collect();
    let [severity, likelihood, rating] = parts.as_slice() else {
        return Err(format!("`{value}`: {form}"));
    };
    let severity = severity.strip_prefix("severity ").map(|s| s.trim().to_lowercase());
    let likelihood = likelihood.strip_prefix("likelihood ").map(|s| s.trim().to_lowercase());
    let rating = rating.strip_prefix("rating ").map(str::trim);
    let (Some(severity), Some(likelihood), Some(rating)) = (severity, likelihood, rating) else {
        return Err(format!("`{value}`: {form}"));
    };
    let s = SEVERITIES
        .iter()
        .position(|x| *x == severity)
        .ok_or_else(|| format!("unknown severity `{severity}` (one of: {})", SEVERITIES.join(", ")))?;
    let l = LIKELIHOODS
        .iter()
        .position(|x| *x == likelihood)
        .ok_or_else(|| format!("unknown likelihood `{likelihood}` (one of: {})", LIKELIHOODS.join(", ")))?;
    let n: u8 = rating.parse().map_err(|_| format!("rating `{rating}` is not a number from 1 to 5"))?;
    let expected = matrix_rating(s, l);
    if n != expected {
        return Err(format!(
            "severity {severity} with likelihood {likelihood} is rated {expected} in the matrix, not {n}"
        ));
    }
    Ok(Risk { severity: s, likelihood: l, rating: n })
}

/// A hazard id from a section heading `## H01: Title`, with the title.
fn hazard_heading(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("## ")?;
    let (id, title) = rest.split_once(':')?;
    let digits = id.strip_prefix('H')?;
    (digits.len() >= 2 && digits.chars().all(|c| c.is_ascii_digit())).then_some((id, title.trim()))
}

/// A hazard as read from its section.
#[derive(Debug, Default)]
struct Hazard {
    id: String,
    title: String,
    line: usize,
    /// Field name → (line, text, including the lines that follow it).
    fields: BTreeMap<String, (usize, String)>,
    initial: Option<Risk>,
    residual: Option<Risk>,
    mitigations: usize,
    /// (line, `path::name`)
    verified: Vec<(usize, String)>,
    not_yet: usize,
}

/// What a log holds, for the tests' summaries.
#[derive(Debug, Default)]
struct Log {
    hazards: Vec<Hazard>,
    problems: Vec<String>,
}

/// One mitigation bullet being read: its line, text, and whether a
/// verification line followed it.
struct Mitigation {
    line: usize,
    text: String,
    checked: bool,
}

struct Reader<'a> {
    file: &'a str,
    read: &'a dyn Fn(&str) -> Option<String>,
    log: Log,
    current: Option<Hazard>,
    field: Option<String>,
    mitigation: Option<Mitigation>,
    seen: BTreeMap<String, usize>,
    /// Inside a fenced code block, whose lines are examples, not entries.
    in_code: bool,
}

impl Reader<'_> {
    fn problem(&mut self, line: usize, message: impl AsRef<str>) {
        let id = self.current.as_ref().map(|h| format!("{}: ", h.id)).unwrap_or_default();
        self.log.problems.push(format!("{}:{line}: {id}{}", self.file, message.as_ref()));
    }

    fn close_mitigation(&mut self) {
        if let Some(m) = self.mitigation.take() {
            if !m.checked {
                self.problem(m.line, "this mitigation has no `- Verified by:` or `- Not yet verified:` line under it");
            }
            let names_a_file = m
                .text
                .split('`')
                .skip(1)
                .step_by(2)
                .any(|token| token.contains('/') && !token.contains("://") && !token.contains(' '));
            if !names_a_file {
                self.problem(m.line, "this mitigation names no file (give its path in backticks)");
            }
        }
    }

    fn close_hazard(&mut self) {
        self.close_mitigation();
        self.field = None;
        let Some(hazard) = self.current.take() else { return };
        self.current = Some(Hazard { id: hazard.id.clone(), line: hazard.line, ..Hazard::default() });
        for name in REQUIRED {
            match hazard.fields.get(name) {
                None => self.problem(hazard.line, format!("no **{name}:** field")),
                Some((line, text)) if text.trim().is_empty() && name != "Mitigations" => {
                    self.problem(*line, format!("**{name}:** is empty"))
                }
                _ => {}
            }
        }
        if hazard.fields.contains_key("Mitigations") && hazard.mitigations == 0 {
            let line = hazard.fields["Mitigations"].0;
            self.problem(line, "**Mitigations:** lists no mitigation");
        }
        if hazard.verified.is_empty() && hazard.not_yet == 0 {
            self.problem(hazard.line, "neither a `- Verified by:` nor a `- Not yet verified:` line");
        }
        if let (Some(initial), Some(residual)) = (hazard.initial, hazard.residual) {
            if residual.rating > initial.rating {
                let line = hazard.fields["Residual risk"].0;
                self.problem(
                    line,
                    format!("residual rating {} is above the initial rating {}", residual.rating, initial.rating),
                );
            }
        }
        for (line, citation) in &hazard.verified {
            if let Err(why) = check_citation(citation, self.read) {
                self.problem(*line, why);
            }
        }
        self.current = None;
        self.log.hazards.push(hazard);
    }

    fn line(&mut self, number: usize, line: &str) {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            self.in_code = !self.in_code;
            return;
        }
        if self.in_code {
            return;
        }
        if line.starts_with('#') {
            self.close_hazard();
            if let Some((id, title)) = hazard_heading(line.trim_end()) {
                if let Some(first) = self.seen.get(id) {
                    let first = *first;
                    self.log
                        .problems
                        .push(format!("{}:{number}: {id}: the id is used again (first at line {first})", self.file));
                } else {
                    self.seen.insert(id.to_string(), number);
                }
                self.current =
                    Some(Hazard { id: id.to_string(), title: title.to_string(), line: number, ..Hazard::default() });
            } else if line.starts_with("## H") && line[4..].starts_with(|c: char| c.is_ascii_digit()) {
                self.log.problems.push(format!(
                    "{}:{number}: a hazard heading must read `## H<two or more digits>: <title>`",
                    self.file
                ));
            }
            return;
        }
        let lower = trimmed.to_lowercase();
        let verification_like = lower.starts_with("- verified") || lower.starts_with("- not yet verified");
        if self.current.is_none() {
            if verification_like {
                self.log
                    .problems
                    .push(format!("{}:{number}: a verification line outside any hazard section", self.file));
            }
            return;
        }
        if let Some(rest) = line.strip_prefix("**") {
            if let Some((name, value)) = rest.split_once(":**") {
                self.close_mitigation();
                let known = REQUIRED.contains(&name) || OPTIONAL.contains(&name);
                if !known {
                    self.problem(number, format!("unknown field **{name}:**"));
                }
                let hazard = self.current.as_mut().unwrap();
                if hazard.fields.contains_key(name) {
                    self.problem(number, format!("**{name}:** appears twice"));
                } else if known {
                    hazard.fields.insert(name.to_string(), (number, value.trim().to_string()));
                }
                if name == "Initial risk" || name == "Residual risk" {
                    match parse_risk(value.trim()) {
                        Ok(risk) => {
                            let hazard = self.current.as_mut().unwrap();
                            if name == "Initial risk" {
                                hazard.initial = Some(risk);
                            } else {
                                hazard.residual = Some(risk);
                            }
                        }
                        Err(why) => self.problem(number, format!("**{name}:** {why}")),
                    }
                }
                self.field = known.then(|| name.to_string());
                return;
            }
        }
        let in_mitigations = self.field.as_deref() == Some("Mitigations");
        if verification_like {
            if !in_mitigations {
                self.problem(number, "a verification line outside **Mitigations:**");
                return;
            }
            if self.mitigation.is_none() {
                self.problem(number, "a verification line before any mitigation bullet");
            }
            if let Some(rest) = trimmed.strip_prefix(VERIFIED) {
                let rest = rest.trim();
                let citation = rest.strip_prefix('`').and_then(|r| r.strip_suffix('`'));
                match citation {
                    Some(c) if !c.contains('`') => {
                        self.current.as_mut().unwrap().verified.push((number, c.to_string()));
                    }
                    _ => self.problem(
                        number,
                        format!("write it exactly as {VERIFIED} `path/to/file.rs::test_name`, not `{trimmed}`"),
                    ),
                }
            } else if let Some(rest) = trimmed.strip_prefix(NOT_YET) {
                if rest.trim().len() < 10 {
                    self.problem(number, "say which test is missing after `- Not yet verified:`");
                }
                self.current.as_mut().unwrap().not_yet += 1;
            } else {
                self.problem(
                    number,
                    format!("write `{VERIFIED} `path::test`` or `{NOT_YET} <the missing test>`, not `{trimmed}`"),
                );
            }
            if let Some(m) = self.mitigation.as_mut() {
                m.checked = true;
            }
            return;
        }
        if in_mitigations && trimmed.starts_with("- ") {
            self.close_mitigation();
            self.current.as_mut().unwrap().mitigations += 1;
            self.mitigation = Some(Mitigation { line: number, text: trimmed.to_string(), checked: false });
            return;
        }
        if !trimmed.is_empty() {
            if let Some(m) = self.mitigation.as_mut() {
                m.text.push(' ');
                m.text.push_str(trimmed);
            } else if let Some(name) = self.field.clone() {
                let field = self.current.as_mut().unwrap().fields.get_mut(&name).unwrap();
                field.1.push(' ');
                field.1.push_str(trimmed);
            }
        }
    }
}

/// Reads a hazard log, reporting every problem as `file:line: message`.
/// `read` returns a repository file by its path, for checking citations.
fn check_log(file: &str, text: &str, read: &dyn Fn(&str) -> Option<String>) -> Log {
    let mut reader = Reader {
        file,
        read,
        log: Log::default(),
        current: None,
        field: None,
        mitigation: None,
        seen: BTreeMap::new(),
        in_code: false,
    };
    for (i, line) in text.lines().enumerate() {
        reader.line(i + 1, line);
    }
    reader.close_hazard();
    if reader.log.hazards.is_empty() {
        reader.log.problems.push(format!("{file}:1: no hazard sections (`## H01: …`)"));
    }
    check_summary(file, text, &mut reader.log);
    reader.log
}

/// Summary rows `| H01 | title | initial | residual |` must agree with the sections.
fn check_summary(file: &str, text: &str, log: &mut Log) {
    let mut rows: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let cells: Vec<String> = line.trim().trim_matches('|').split('|').map(|c| c.trim().to_string()).collect();
        if line.trim_start().starts_with('|')
            && cells[0].len() >= 3
            && hazard_heading(&format!("## {}: x", cells[0])).is_some()
        {
            rows.insert(cells[0].clone(), (i + 1, cells));
        }
    }
    if rows.is_empty() {
        return;
    }
    for hazard in &log.hazards {
        match rows.get(&hazard.id) {
            None => log.problems.push(format!("{file}:{}: {}: no row in the summary table", hazard.line, hazard.id)),
            Some((line, cells)) => {
                // A risk line that did not parse is reported already; its column is not compared.
                let found = [cells.get(2).cloned().unwrap_or_default(), cells.get(3).cloned().unwrap_or_default()];
                let expected = [hazard.initial, hazard.residual].map(|risk| risk.map(|r| r.rating.to_string()));
                let expected: Vec<String> =
                    expected.iter().zip(&found).map(|(e, f)| e.clone().unwrap_or_else(|| f.clone())).collect();
                if expected != found {
                    log.problems.push(format!(
                        "{file}:{line}: {}: the summary says initial {} and residual {}, the section {} and {}",
                        hazard.id, found[0], found[1], expected[0], expected[1]
                    ));
                }
            }
        }
    }
    for (id, (line, _)) in &rows {
        if !log.hazards.iter().any(|h| &h.id == id) {
            log.problems.push(format!("{file}:{line}: {id}: a summary row with no hazard section"));
        }
    }
}

/// The matrix table in the log (`| Very high | 3 | 4 | 4 | 5 | 5 |` …) must be `MATRIX`.
fn check_matrix_table(file: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (l, likelihood) in LIKELIHOODS.iter().enumerate() {
        let row = text.lines().enumerate().find(|(_, line)| {
            line.trim_start().starts_with('|')
                && line
                    .trim()
                    .trim_matches('|')
                    .split('|')
                    .next()
                    .is_some_and(|c| c.trim().eq_ignore_ascii_case(likelihood))
        });
        let Some((i, line)) = row else {
            problems.push(format!("{file}:1: the risk matrix has no `| {likelihood} |` row"));
            continue;
        };
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').skip(1).map(str::trim).collect();
        let expected: Vec<String> = MATRIX[l].iter().map(u8::to_string).collect();
        if cells != expected {
            problems.push(format!(
                "{file}:{}: the `{likelihood}` row of the risk matrix is {cells:?}, the checker's is {expected:?}",
                i + 1
            ));
        }
    }
    problems
}

/// Every backticked `path.rs::name` in a document, with its line.
fn citations_in(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for token in line.split('`').skip(1).step_by(2) {
            if let Some((path, name)) = token.rsplit_once("::") {
                if path.ends_with(".rs") && path.contains('/') && !path.contains("://") && is_ident(name) {
                    found.push((i + 1, token.to_string()));
                }
            }
        }
    }
    found
}

// ------------------------------------------------------------------ the real documents

fn read_log() -> String {
    repo_file(LOG).unwrap_or_else(|| panic!("{LOG} is missing"))
}

#[test]
fn the_hazard_log_cites_only_tests_that_exist_and_every_hazard_is_complete() {
    let log = check_log(LOG, &read_log(), &repo_file);
    assert!(
        log.problems.is_empty(),
        "{} problem(s) in the hazard log:\n{}",
        log.problems.len(),
        log.problems.join("\n")
    );
    let verified: usize = log.hazards.iter().map(|h| h.verified.len()).sum();
    let gaps: usize = log.hazards.iter().map(|h| h.not_yet).sum();
    let open: Vec<&str> = log.hazards.iter().filter(|h| h.not_yet > 0).map(|h| h.id.as_str()).collect();
    println!(
        "{} hazards; {verified} Verified by lines; {gaps} Not yet verified lines, in {}",
        log.hazards.len(),
        open.join(" ")
    );
}

#[test]
fn the_hazard_log_states_the_matrix_the_checker_uses() {
    let problems = check_matrix_table(LOG, &read_log());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_hazards_the_issue_requires_are_all_in_the_log() {
    let log = check_log(LOG, &read_log(), &repo_file);
    let required = [
        ("H01", "score"),
        ("H02", "risk routing"),
        ("H03", "crisis number"),
        ("H04", "referral lost, duplicated or sent to the wrong place"),
        ("H05", "shared device"),
        ("H06", "mistranslation"),
        ("H07", "content advice unsafe"),
        ("H08", "unreachable"),
    ];
    for (id, words) in required {
        let hazard = log.hazards.iter().find(|h| h.id == id).unwrap_or_else(|| panic!("{LOG}: no {id}"));
        assert!(
            hazard.title.to_lowercase().contains(words),
            "{LOG}:{}: {id} should be the hazard about `{words}`, not `{}`",
            hazard.line,
            hazard.title
        );
    }
    assert!(log.hazards.len() > required.len(), "the log should hold hazards beyond the eight required");
}

#[test]
fn every_test_the_clinical_safety_documents_cite_exists() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for doc in CITING_DOCS {
        let text = repo_file(doc).unwrap_or_else(|| panic!("{doc} is missing"));
        for (line, citation) in citations_in(&text) {
            checked += 1;
            if let Err(why) = check_citation(&citation, &repo_file) {
                problems.push(format!("{doc}:{line}: {why}"));
            }
        }
    }
    assert!(checked > 100, "only {checked} citations found");
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

// ------------------------------------------------------------------ the checker, on bad logs

/// A small fake repository for the inline examples.
fn fake_repo(path: &str) -> Option<String> {
    let text = match path {
        "tests/fake.rs" => {
            "/// A real test.\n#[test]\nfn real_test() {}\n\nfn helper() {}\n\n#[tokio::test(flavor = \"multi_thread\", worker_threads = 2)]\nasync fn an_async_test() {}\n\nproptest! {\n    #[test]\n    fn a_property(x in 0u8..3) {}\n}\n"
        }
        "receiver/tests/backends.rs" => {
            "common::both_backends!(\n    on_both_stores,\n    another\n);\n\nasync fn on_both_stores(backend: Backend) {}\n\nasync fn not_listed(backend: Backend) {}\n"
        }
        _ => return None,
    };
    Some(text.to_string())
}

const GOOD: &str = "\
# A hazard log

| Likelihood | Minor | Significant | Considerable | Major | Catastrophic |
| --- | --- | --- | --- | --- | --- |
| Very high | 3 | 4 | 4 | 5 | 5 |
| High | 2 | 3 | 3 | 4 | 5 |
| Medium | 2 | 2 | 3 | 3 | 4 |
| Low | 1 | 2 | 2 | 3 | 4 |
| Very low | 1 | 1 | 2 | 2 | 3 |

| Id | Hazard | Initial | Residual |
| --- | --- | --- | --- |
| H01 | Wrong score | 4 | 3 |
| H02 | Lost referral | 3 | 2 |

## H01: Wrong score

**Causes:**
- a typo in the data

**Effect:** a wrong band.

**Harm:** false reassurance.

**Initial risk:** severity catastrophic; likelihood medium; rating 4

**Mitigations:**

- **M1.** Thresholds are data (`src/data.json`).
- Verified by: `tests/fake.rs::real_test`
- Verified by: `tests/fake.rs::a_property`
- **M2.** A review (`docs/review.md`).
- Not yet verified: a test that the review happened.

**Residual risk:** severity catastrophic; likelihood very low; rating 3

**Status:** open.

## H02: Lost referral

**Causes:** no network.

**Effect:** nothing arrives.

**Harm:** delayed care.

**Initial risk:** severity major; likelihood medium; rating 3

**Mitigations:**

- **M1.** An outbox (`src/outbox.rs`) that
  retries.
- Verified by: `tests/fake.rs::an_async_test`
- Verified by: `receiver/tests/backends.rs::on_both_stores`

**Residual risk:** severity major; likelihood very low; rating 2
";

fn problems_of(text: &str) -> Vec<String> {
    check_log("log.md", text, &fake_repo).problems
}

/// The 1-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in the example")) + 1
}

/// Asserts exactly one problem, at `line`, mentioning every one of `words`.
fn assert_one_problem(problems: &[String], line: usize, words: &[&str]) {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    let at = format!("log.md:{line}: ");
    assert!(problems[0].starts_with(&at), "{:?} should start with {at:?}", problems[0]);
    for word in words {
        assert!(problems[0].contains(word), "{:?} should mention {word:?}", problems[0]);
    }
}

#[test]
fn a_good_log_passes_and_is_read_fully() {
    let log = check_log("log.md", GOOD, &fake_repo);
    assert_eq!(log.problems, Vec::<String>::new());
    assert_eq!(log.hazards.len(), 2);
    let h01 = &log.hazards[0];
    assert_eq!((h01.id.as_str(), h01.title.as_str(), h01.line), ("H01", "Wrong score", line_of(GOOD, "## H01")));
    assert_eq!((h01.mitigations, h01.verified.len(), h01.not_yet), (2, 2, 1));
    assert_eq!(h01.initial, Some(Risk { severity: 4, likelihood: 2, rating: 4 }));
    assert_eq!(h01.residual, Some(Risk { severity: 4, likelihood: 0, rating: 3 }));
    assert!(h01.fields["Causes"].1.contains("a typo in the data"), "a field's text continues on the next lines");
    assert_eq!(check_matrix_table("log.md", GOOD), Vec::<String>::new());
}

#[test]
fn a_test_file_that_does_not_exist_is_named_with_its_line() {
    let bad = GOOD.replace("`tests/fake.rs::real_test`", "`tests/nowhere.rs::real_test`");
    let line = line_of(&bad, "tests/nowhere.rs");
    assert_one_problem(&problems_of(&bad), line, &["H01", "tests/nowhere.rs", "does not exist"]);
}

#[test]
fn a_test_function_that_does_not_exist_is_named_with_its_line() {
    let bad = GOOD.replace("fake.rs::real_test", "fake.rs::imaginary_test");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "imaginary_test"), &["has no `fn imaginary_test`"]);
    // A prefix of a real name is not the real name.
    let bad = GOOD.replace("fake.rs::real_test", "fake.rs::real");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "fake.rs::real`"), &["has no `fn real`"]);
}

#[test]
fn a_helper_function_is_not_a_test() {
    let bad = GOOD.replace("fake.rs::real_test", "fake.rs::helper");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "fake.rs::helper"), &["not a test"]);
    let bad = GOOD.replace("backends.rs::on_both_stores", "backends.rs::not_listed");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "not_listed"), &["not a test"]);
}

#[test]
fn a_verification_line_must_keep_its_exact_form() {
    for (from, to) in [
        ("- Verified by: `tests/fake.rs::real_test`", "- Verified by: tests/fake.rs::real_test"),
        ("- Verified by: `tests/fake.rs::real_test`", "- verified by: `tests/fake.rs::real_test`"),
        ("- Verified by: `tests/fake.rs::real_test`", "- Verified by: `tests/fake.rs`"),
        ("- Not yet verified: a test that the review happened.", "- Not yet verified:"),
    ] {
        let bad = GOOD.replace(from, to);
        let problems = problems_of(&bad);
        assert_eq!(problems.len(), 1, "{to}: {problems:#?}");
        assert!(problems[0].starts_with(&format!("log.md:{}: H01: ", line_of(&bad, to))), "{to}: {problems:?}");
    }
}

#[test]
fn a_hazard_with_no_verification_line_at_all_fails() {
    let bad = GOOD
        .replace("- Verified by: `tests/fake.rs::an_async_test`\n", "")
        .replace("- Verified by: `receiver/tests/backends.rs::on_both_stores`\n", "");
    let problems = problems_of(&bad);
    assert_eq!(
        problems,
        [
            format!(
                "log.md:{}: H02: this mitigation has no `- Verified by:` or `- Not yet verified:` line under it",
                line_of(&bad, "An outbox")
            ),
            format!(
                "log.md:{}: H02: neither a `- Verified by:` nor a `- Not yet verified:` line",
                line_of(&bad, "## H02")
            ),
        ]
    );
}

#[test]
fn a_mitigation_without_a_verification_line_fails() {
    let bad = GOOD.replace("- Not yet verified: a test that the review happened.\n", "");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "**M2.**"), &["H01", "no `- Verified by:`"]);
}

#[test]
fn a_mitigation_must_name_a_file() {
    let bad = GOOD.replace("A review (`docs/review.md`).", "A review.");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "**M2.**"), &["names no file"]);
}

#[test]
fn each_missing_or_empty_field_is_named() {
    for field in ["Causes", "Effect", "Harm", "Initial risk", "Mitigations", "Residual risk"] {
        let bad: String = GOOD
            .lines()
            .scan(false, |in_h02, line| {
                if line.starts_with("## H02") {
                    *in_h02 = true;
                }
                let drop = *in_h02 && line.starts_with(&format!("**{field}:**"));
                Some(if drop { String::new() } else { format!("{line}\n") })
            })
            .collect();
        let problems = problems_of(&bad);
        let heading = line_of(&bad, "## H02");
        assert!(
            problems.iter().any(|p| p == &format!("log.md:{heading}: H02: no **{field}:** field")),
            "{field}: {problems:#?}"
        );
    }
    let bad = GOOD.replace("**Harm:** delayed care.", "**Harm:**");
    let line = bad.lines().position(|l| l == "**Harm:**").unwrap() + 1;
    assert_one_problem(&problems_of(&bad), line, &["H02", "**Harm:** is empty"]);
}

#[test]
fn a_rating_that_does_not_match_the_matrix_fails() {
    let bad = GOOD.replace("likelihood medium; rating 4", "likelihood medium; rating 3");
    assert_one_problem(
        &problems_of(&bad),
        line_of(&bad, "severity catastrophic; likelihood medium"),
        &["H01", "**Initial risk:**", "rated 4 in the matrix, not 3"],
    );
    let bad =
        GOOD.replace("severity major; likelihood very low; rating 2", "severity major; likelihood very low; rating 1");
    let problems = problems_of(&bad);
    assert_one_problem(&problems, line_of(&bad, "likelihood very low; rating 1"), &["H02", "**Residual risk:**"]);
}

#[test]
fn unknown_words_and_a_malformed_risk_fail() {
    let bad = GOOD.replace("severity major; likelihood medium", "severity serious; likelihood medium");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "serious"), &["unknown severity `serious`"]);
    let bad = GOOD.replace("severity major; likelihood medium; rating 3", "major, medium, 3");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "major, medium, 3"), &["write it as"]);
}

#[test]
fn a_residual_risk_above_the_initial_one_fails() {
    let bad = GOOD
        .replace("severity major; likelihood very low; rating 2", "severity major; likelihood high; rating 4")
        .replace("| H02 | Lost referral | 3 | 2 |", "| H02 | Lost referral | 3 | 4 |");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "likelihood high; rating 4"), &["H02", "above the initial"]);
}

#[test]
fn a_repeated_id_names_both_lines() {
    let bad = GOOD.replace("## H02: Lost referral", "## H01: Lost referral");
    let problems = problems_of(&bad);
    let second = line_of(&bad, "## H01: Lost referral");
    let first = line_of(&bad, "## H01: Wrong score");
    assert!(
        problems.contains(&format!("log.md:{second}: H01: the id is used again (first at line {first})")),
        "{problems:#?}"
    );
}

#[test]
fn a_malformed_hazard_heading_fails() {
    let bad = GOOD.replace("## H02: Lost referral", "## H2 Lost referral");
    let problems = problems_of(&bad);
    assert!(
        problems.iter().any(|p| p.starts_with(&format!("log.md:{}: a hazard heading", line_of(&bad, "## H2 ")))),
        "{problems:#?}"
    );
}

#[test]
fn verification_lines_out_of_place_fail() {
    let bad = GOOD
        .replace("**Effect:** a wrong band.", "**Effect:** a wrong band.\n- Verified by: `tests/fake.rs::real_test`");
    let line = line_of(&bad, "**Effect:**") + 1;
    assert_one_problem(&problems_of(&bad), line, &["outside **Mitigations:**"]);
    let bad = format!("- Verified by: `tests/fake.rs::real_test`\n{GOOD}");
    assert_one_problem(&problems_of(&bad), 1, &["outside any hazard section"]);
}

#[test]
fn examples_in_fenced_code_are_not_entries() {
    let doc = format!("```\n- Verified by: `tests/nowhere.rs::x`\n## H01: an example heading\n```\n{GOOD}");
    assert_eq!(problems_of(&doc), Vec::<String>::new());
}

#[test]
fn unknown_and_repeated_fields_fail() {
    let bad = GOOD.replace("**Effect:** a wrong band.", "**Efect:** a wrong band.");
    let problems = problems_of(&bad);
    assert!(problems.iter().any(|p| p.contains("unknown field **Efect:**")), "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("no **Effect:** field")), "{problems:#?}");
    let bad = GOOD.replace("**Status:** open.", "**Harm:** twice.");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "twice"), &["**Harm:** appears twice"]);
}

#[test]
fn a_summary_row_that_disagrees_with_its_section_fails() {
    let bad = GOOD.replace("| H01 | Wrong score | 4 | 3 |", "| H01 | Wrong score | 4 | 2 |");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "| H01 |"), &["H01", "residual 2", "3"]);
    let bad = GOOD.replace("| H02 | Lost referral | 3 | 2 |\n", "");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "## H02"), &["no row in the summary"]);
    let bad =
        GOOD.replace("| H02 | Lost referral | 3 | 2 |", "| H02 | Lost referral | 3 | 2 |\n| H09 | Ghost | 1 | 1 |");
    assert_one_problem(&problems_of(&bad), line_of(&bad, "| H09 |"), &["no hazard section"]);
}

#[test]
fn an_empty_log_fails() {
    assert_eq!(problems_of("# Nothing here\n"), vec!["log.md:1: no hazard sections (`## H01: …`)".to_string()]);
}

#[test]
fn a_matrix_table_that_differs_from_the_checker_fails() {
    let bad = GOOD.replace("| Low | 1 | 2 | 2 | 3 | 4 |", "| Low | 1 | 2 | 3 | 3 | 4 |");
    let problems = check_matrix_table("log.md", &bad);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with(&format!("log.md:{}: the `low` row", line_of(&bad, "| Low |"))), "{problems:?}");
    let bad = GOOD.replace("| Very low | 1 | 1 | 2 | 2 | 3 |\n", "");
    assert_eq!(check_matrix_table("log.md", &bad), vec!["log.md:1: the risk matrix has no `| very low |` row"]);
}

#[test]
fn citations_in_other_documents_are_found_and_checked() {
    let doc = "Run `tests/fake.rs::real_test` and `tests/fake.rs::gone`; not `a::b` or `https://x/y.rs::z`.\n";
    let found = citations_in(doc);
    assert_eq!(
        found.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(),
        ["tests/fake.rs::real_test", "tests/fake.rs::gone"]
    );
    assert_eq!(check_citation("tests/fake.rs::real_test", &fake_repo), Ok(()));
    assert!(check_citation("tests/fake.rs::gone", &fake_repo).unwrap_err().contains("has no `fn gone`"));
}

#[test]
fn the_matrix_rises_with_severity_and_likelihood() {
    for l in 0..5 {
        for s in 0..5 {
            let r = matrix_rating(s, l);
            assert!((1..=5).contains(&r));
            if s > 0 {
                assert!(r >= matrix_rating(s - 1, l), "severity {s}, likelihood {l}");
            }
            if l > 0 {
                assert!(r >= matrix_rating(s, l - 1), "severity {s}, likelihood {l}");
            }
        }
    }
    assert_eq!((matrix_rating(0, 0), matrix_rating(4, 4)), (1, 5));
    assert_eq!(parse_risk("severity catastrophic; likelihood very low; rating 3").map(|r| r.rating), Ok(3));
    assert_eq!(parse_risk("severity minor; likelihood very high; rating 3").map(|r| r.rating), Ok(3));
}

#[test]
fn contains_word_respects_identifier_boundaries() {
    assert!(contains_word("a(real_test)", "real_test"));
    assert!(!contains_word("a(real_tests)", "real_test"));
    assert!(!contains_word("unreal_test", "real_test"));
}
