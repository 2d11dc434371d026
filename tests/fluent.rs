//! Waymark's Fluent runtime against the reference implementation: every
//! shipped message must parse and format exactly as fluent-bundle does.

use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use waymark::core::fluent::{Bundle, Value};

fn ftl_files() -> Vec<(String, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for locale in std::fs::read_dir(&root).unwrap() {
        let locale = locale.unwrap();
        for file in std::fs::read_dir(locale.path()).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                files.push((locale.file_name().to_string_lossy().to_string(), path));
            }
        }
    }
    files
}

/// Variable names used anywhere in a message, found with the reference parser.
fn variables(message: &ast::Message<&str>) -> Vec<String> {
    fn walk_pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                walk_expression(expression, out);
            }
        }
    }
    fn walk_expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => out.push(id.name.to_string()),
            ast::Expression::Inline(_) => {}
            ast::Expression::Select { selector, variants } => {
                walk_expression(&ast::Expression::Inline(selector.clone()), out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    if let Some(v) = &message.value {
        walk_pattern(v, &mut out);
    }
    for a in &message.attributes {
        walk_pattern(&a.value, &mut out);
    }
    out
}

fn compare_source(locale: &str, source: &str, label: &str) -> usize {
    let mut ours = Bundle::new(locale);
    let errors = ours.add_source(source);
    assert!(errors.is_empty(), "{label}: Waymark's runtime rejects: {errors:?}");
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|_| panic!("{label}: fluent-syntax rejects it"));
    let parsed = fluent_syntax::parser::parse(source).unwrap();
    let mut reference = FluentBundle::new(vec![locale.parse().unwrap()]);
    reference.add_resource(resource).unwrap();
    let mut compared = 0;
    for entry in &parsed.body {
        let ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        // Two argument sets: texts, and numbers that exercise plural selection.
        for sample in [Value::Text("Ayesha".into()), Value::Number(1.0), Value::Number(4.0)] {
            let names = variables(message);
            let our_args: Vec<(&str, Value)> = names.iter().map(|n| (n.as_str(), sample.clone())).collect();
            let mut their_args = FluentArgs::new();
            for n in &names {
                match &sample {
                    Value::Text(t) => their_args.set(n.clone(), t.clone()),
                    Value::Number(x) => their_args.set(n.clone(), *x),
                }
            }
            let mut patterns: Vec<(Option<&str>, Option<&ast::Pattern<&str>>)> = vec![(None, message.value.as_ref())];
            patterns.extend(message.attributes.iter().map(|a| (Some(a.id.name), Some(&a.value))));
            for (attribute, _) in patterns.into_iter().filter(|(_, p)| p.is_some()) {
                let msg = reference.get_message(id).unwrap();
                let pattern = match attribute {
                    Some(a) => msg.get_attribute(a).unwrap().value(),
                    None => msg.value().unwrap(),
                };
                let mut errs = Vec::new();
                let expected = reference.format_pattern(pattern, Some(&their_args), &mut errs).to_string();
                let key = attribute.map_or(id.to_string(), |a| format!("{id}.{a}"));
                let got = ours.format(&key, &our_args).unwrap_or_else(|| panic!("{label}: {key} did not format"));
                assert_eq!(got, expected, "{label}: {key} with {sample:?}");
                compared += 1;
            }
        }
        assert!(ours.has_message(id) || message.value.is_none(), "{label}: {id} missing");
    }
    compared
}

#[test]
fn every_shipped_message_formats_exactly_as_fluent_bundle_does() {
    let mut total = 0;
    for (locale, path) in ftl_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        total += compare_source(&locale, &source, &path.display().to_string());
    }
    assert!(total > 300, "compared only {total} formatted messages");
}

#[test]
fn the_wider_syntax_matches_fluent_bundle_too() {
    let source = r#"
-service = Anytown Talking Therapies
    .short = Anytown
welcome = Welcome to { -service }, { $name }.
short = { -service.short ->
    [Anytown] Short name
   *[other] Full name
}
items = { $count ->
    [0] No questions left
    [one] One question left
   *[other] { $count } questions left
}
block =
    First line
    second line, { $name }
    .label = A label with { welcome }
literal = Opening brace: {"{"} and a quote {"\""}
nested = { $count ->
   *[other] Outer { $name ->
        [Ayesha] known
       *[other] unknown
    }
}
"#;
    for locale in ["en-GB", "ur", "pl", "ar", "ro", "pt", "pa", "bn", "zh-Hans", "tr"] {
        compare_source(locale, source, &format!("synthetic {locale}"));
    }
}

#[test]
fn what_the_reference_parser_rejects_is_rejected_here_too() {
    // Term attributes are private: usable as selectors only (Fluent syntax guide).
    for (label, source) in [
        ("term attribute as placeable", "-t = T\n    .a = A\nm = { -t.a }\n"),
        ("unclosed placeable", "m = { $x\n"),
        ("select without default", "m = { $x ->\n    [one] a\n    [other] b\n}\n"),
        ("function call", "m = { NUMBER($x) }\n"),
    ] {
        let mut ours = Bundle::new("en-GB");
        let our_errors = ours.add_source(source);
        let theirs = fluent_syntax::parser::parse(source).is_err();
        if label != "function call" {
            assert!(theirs, "{label}: fluent-syntax accepts it; the test is wrong");
        }
        assert!(!our_errors.is_empty() && !ours.has_message("m"), "{label}: accepted");
    }
}
