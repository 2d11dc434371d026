//! Localisation checks: every Fluent file parses; en-GB has every message the
//! code uses; other locales are measured against en-GB (ids and variables)
//! and their coverage printed, failing only for en-GB or for a translation
//! that breaks a message's variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use waymark::core::i18n::{FALLBACK_LOCALE, FTL_FILES, SHIPPED_LOCALES};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// id → the set of variables the message (value and attributes) uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
        }
        _ => {}
    }
}

fn parse_file(path: &Path) -> Result<Messages, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str())
        .map_err(|(_, errors)| format!("{}: {} parse error(s): {errors:?}", path.display(), errors.len()))?;
    let mut messages = Messages::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables_in_pattern(value, &mut vars);
            }
            for attribute in &m.attributes {
                variables_in_pattern(&attribute.value, &mut vars);
            }
            if messages.insert(m.id.name.to_string(), vars).is_some() {
                return Err(format!("{}: duplicate id {}", path.display(), m.id.name));
            }
        }
    }
    Ok(messages)
}

fn locale_messages(locale: &str) -> Result<Messages, String> {
    let mut all = Messages::new();
    for file in FTL_FILES {
        let path = root().join("locales").join(locale).join(file);
        if !path.exists() {
            continue;
        }
        for (id, vars) in parse_file(&path)? {
            if all.insert(id.clone(), vars).is_some() {
                return Err(format!("{locale}: id {id} is defined in more than one file"));
            }
        }
    }
    Ok(all)
}

#[test]
fn every_ftl_file_in_the_tree_parses_without_errors() {
    let mut checked = 0;
    for locale_dir in std::fs::read_dir(root().join("locales")).unwrap() {
        for file in std::fs::read_dir(locale_dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                parse_file(&path).unwrap();
                checked += 1;
            }
        }
    }
    assert!(checked >= FTL_FILES.len(), "found only {checked} .ftl files");
}

#[test]
fn every_shipped_locale_has_a_folder_and_every_listed_file_is_shipped_in_english() {
    for (locale, _) in SHIPPED_LOCALES {
        assert!(root().join("locales").join(locale).is_dir(), "locales/{locale} is missing");
    }
    for file in FTL_FILES {
        assert!(root().join("locales").join(FALLBACK_LOCALE).join(file).is_file(), "en-GB/{file} is missing");
    }
}

#[test]
fn translations_cover_english_with_the_same_variables() {
    let english = locale_messages(FALLBACK_LOCALE).unwrap();
    let mut report = Vec::new();
    let mut broken = Vec::new();
    for (locale, _) in SHIPPED_LOCALES.iter().filter(|(l, _)| *l != FALLBACK_LOCALE) {
        let translated = locale_messages(locale).unwrap();
        let present = english.keys().filter(|id| translated.contains_key(*id)).count();
        let missing: Vec<&String> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        for (id, vars) in &translated {
            match english.get(id) {
                None => broken.push(format!("{locale}: {id} is not an en-GB message (renamed or misspelt?)")),
                Some(en_vars) if en_vars != vars => {
                    broken.push(format!("{locale}: {id} uses variables {vars:?}, en-GB uses {en_vars:?}"))
                }
                _ => {}
            }
        }
        report.push(format!(
            "{locale}: {present}/{} interface messages translated ({:.1}%){}",
            english.len(),
            100.0 * present as f64 / english.len() as f64,
            if missing.is_empty() { String::new() } else { format!("; missing: {missing:?}") }
        ));
    }
    println!("Interface translation coverage against en-GB:\n{}", report.join("\n"));
    assert!(broken.is_empty(), "translations that would break at run time:\n{}", broken.join("\n"));
}

/// The scopes message ids start with (Fluent practice: ids scoped by where
/// they appear), which tells an id from another kebab-case string.
const ID_PREFIXES: &[&str] = &[
    "app-",
    "home-",
    "learn-",
    "check-",
    "refer-",
    "referral-",
    "help-title",
    "help-lead",
    "help-not-",
    "privacy-",
    "not-found-",
    "crisis-",
    "quick-exit-",
    "language-",
    "admin-error-",
    "feature-",
];

/// Collects string literals passed where the code names a message id:
/// `.t("…")`, `.tr("…")`, `.t_with("…"`, `text_id="…"`, and ids returned from
/// `*_id()` helpers written as `=> "…"`. Ids are never built at run time, so
/// a literal scan finds them all.
fn ids_used_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in [".t(\"", ".tr(\"", ".t_with(\"", "text_id=\""] {
                for piece in text.split(marker).skip(1) {
                    if let Some(id) = piece.split('"').next() {
                        ids.insert(id.to_string());
                    }
                }
            }
            // Ids handed to components (label="…", hint="…", legend="…") or
            // listed in tables ("…", Step::…), told apart by their scope.
            for marker in ["label=\"", "hint=\"", "legend=\"", "(\""] {
                for piece in text.split(marker).skip(1) {
                    let id = piece.split('"').next().unwrap_or("");
                    if ID_PREFIXES.iter().any(|p| id.starts_with(p))
                        && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    {
                        ids.insert(id.to_string());
                    }
                }
            }
            for line in text.lines() {
                let line = line.trim();
                if let Some(rest) = line.split("=> \"").nth(1) {
                    let id = rest.split('"').next().unwrap_or("");
                    let scoped = ID_PREFIXES.iter().any(|p| id.starts_with(p));
                    if scoped && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let english = locale_messages(FALLBACK_LOCALE).unwrap();
    let used = ids_used_in_source();
    assert!(used.len() > 50, "the scan found only {} ids; has the calling convention changed?", used.len());
    let missing: Vec<&String> = used.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "ids used in src/ but missing from locales/en-GB: {missing:?}");
}

fn text_of(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for v in variants {
                    text_of(&v.value, out);
                    out.push('\n');
                }
            }
            ast::PatternElement::Placeable { .. } => out.push_str(" {} "),
        }
    }
}

/// Crisis numbers come from `src/core/crisis.json` as variables (Fluent
/// isolates them), so no translation can show an old or mistyped one; any
/// other number written in groups is wrapped in U+2066 … U+2069 so its
/// groups keep their order in right-to-left languages. Names file and line.
#[test]
fn messages_write_no_crisis_number_and_isolate_grouped_numbers() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for locale_dir in std::fs::read_dir(root().join("locales")).unwrap() {
        for file in std::fs::read_dir(locale_dir.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else { continue };
                let mut value = String::new();
                if let Some(v) = &m.value {
                    text_of(v, &mut value);
                }
                for a in &m.attributes {
                    text_of(&a.value, &mut value);
                }
                checked += 1;
                if let Some(problem) = waymark::core::crisis::message_number_problem(&value) {
                    let line =
                        text.lines().position(|l| l.starts_with(&format!("{} =", m.id.name))).map_or(0, |n| n + 1);
                    problems.push(format!("{}:{line}: {}: {problem}", path.display(), m.id.name));
                }
            }
        }
    }
    assert!(checked > 1000, "checked only {checked} messages");
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}
