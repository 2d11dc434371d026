//! The content pack is validated before release: every topic and audience is
//! complete in en-GB, every file keeps to the Markdown subset and its required
//! sections, every link resolves, translations keep the source's structure,
//! every shipped language has the core topics, and en-GB is 100% covered.

use std::path::{Path, PathBuf};

use waymark::core::content::{coverage, document_path, index_path, Document, Kind, Pack, PACK_PATH};
use waymark::core::fluent::Bundle;
use waymark::core::i18n::{FALLBACK_LOCALE, FTL_FILES, SHIPPED_LOCALES};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(root().join(path)).ok()
}

fn pack() -> Pack {
    Pack::from_json(&read(PACK_PATH).expect("content/pack.json exists")).expect("content/pack.json parses")
}

fn documents(pack: &Pack) -> Vec<(Kind, String)> {
    let topics = pack.topics.iter().map(|t| (Kind::Topic, t.id.clone()));
    topics.chain(pack.audiences.iter().map(|a| (Kind::Audience, a.id.clone()))).collect()
}

/// Every locale folder under content/.
fn content_locales() -> Vec<String> {
    let mut locales: Vec<String> = std::fs::read_dir(root().join("content"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    locales
}

#[test]
fn the_pack_is_consistent() {
    let pack = pack();
    assert_eq!(pack.problems(), Vec::<String>::new());
    assert_eq!(pack.source_locale, FALLBACK_LOCALE);
    for locale in pack.translations.keys() {
        assert!(SHIPPED_LOCALES.iter().any(|(t, _)| t == locale), "pack.json names unshipped locale {locale}");
    }
    for locale in content_locales() {
        assert!(SHIPPED_LOCALES.iter().any(|(t, _)| *t == locale), "content/{locale} is not a shipped locale");
    }
    // The minimum: 13 topics, 11 audiences.
    assert!(pack.topics.len() >= 13 && pack.audiences.len() >= 11);
}

#[test]
fn every_file_keeps_to_the_format_and_its_links_resolve() {
    let pack = pack();
    let mut failures = Vec::new();
    for locale in content_locales() {
        for (kind, id) in documents(&pack) {
            let path = document_path(&locale, kind, &id);
            let Some(text) = read(&path) else {
                if locale == FALLBACK_LOCALE {
                    failures.push(format!("{path}: missing (en-GB must be complete)"));
                }
                continue;
            };
            let (document, problems) = Document::parse(&text);
            failures.extend(problems.iter().map(|p| format!("{path}: {p}")));
            let source = (locale != FALLBACK_LOCALE)
                .then(|| read(&document_path(FALLBACK_LOCALE, kind, &id)).map(|t| Document::parse(&t).0))
                .flatten();
            failures.extend(document.check(kind, &pack, source.as_ref()).into_iter().map(|p| format!("{path}: {p}")));
        }
        // No stray files a service might think are published.
        for kind in [Kind::Topic, Kind::Audience] {
            let folder = Path::new(&document_path(&locale, kind, "x")).parent().unwrap().to_path_buf();
            for entry in std::fs::read_dir(root().join(&folder)).into_iter().flatten().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".md").unwrap_or(&name);
                let known = match kind {
                    Kind::Topic => pack.topic(id).is_some(),
                    Kind::Audience => pack.audience(id).is_some(),
                };
                if !known {
                    failures.push(format!("{}/{name}: not in pack.json", folder.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_index_names_only_known_ids_and_en_gb_names_all() {
    let pack = pack();
    for locale in content_locales() {
        let Some(text) = read(&index_path(&locale)) else {
            assert_ne!(locale, FALLBACK_LOCALE, "content/en-GB/index.ftl is required");
            continue;
        };
        let mut bundle = Bundle::new(&locale);
        assert_eq!(bundle.add_source(&text), vec![], "{locale}/index.ftl");
        for id in bundle.message_ids() {
            // A plan's step words are plain messages; a plan's title has a summary and no file.
            if pack.plans.iter().flat_map(|p| &p.steps).any(|step| step.text == id) {
                continue;
            }
            if pack.plan(id).is_some() {
                assert!(
                    bundle.format(&format!("{id}.summary"), &[]).is_some(),
                    "{locale}/index.ftl: {id} has no .summary"
                );
                continue;
            }
            assert!(pack.topic(id).is_some() || pack.audience(id).is_some(), "{locale}/index.ftl: unknown id {id}");
            assert!(bundle.format(&format!("{id}.summary"), &[]).is_some(), "{locale}/index.ftl: {id} has no .summary");
            // A translated title without its file would promise what is not there.
            let kind = if pack.topic(id).is_some() { Kind::Topic } else { Kind::Audience };
            assert!(
                read(&document_path(&locale, kind, id)).is_some(),
                "{locale}/index.ftl names {id}, which has no file"
            );
        }
        if locale == FALLBACK_LOCALE {
            for (_, id) in documents(&pack) {
                assert!(bundle.has_message(&id), "en-GB/index.ftl lacks {id}");
            }
        }
    }
}

#[test]
fn every_shipped_language_has_the_core_topics_and_en_gb_is_complete() {
    let pack = pack();
    let mut missing = Vec::new();
    for (locale, _) in SHIPPED_LOCALES {
        let c = coverage(locale, &pack, FTL_FILES, &|p: &str| read(p));
        if *locale == FALLBACK_LOCALE {
            assert_eq!(c.messages.0, c.messages.1, "en-GB interface");
            assert!(c.messages.1 > 500, "the interface has its messages: {:?}", c.messages);
            assert_eq!(c.documents.0, c.documents.1, "en-GB content");
        }
        if !c.missing_core.is_empty() {
            missing.push(format!("{locale}: {}", c.missing_core.join(", ")));
        }
    }
    assert!(missing.is_empty(), "core topics missing:\n{}", missing.join("\n"));
}

/// Every number a content file writes that looks like a number to call or
/// text (written in groups, 5 or more digits, or in bold) must be one of the
/// crisis services' in `src/core/crisis.json`, so a typo or an old number
/// (Papyrus changed in 2023) cannot reach a reader. Names the file and line.
#[test]
fn every_number_to_call_in_content_is_in_the_crisis_data_file() {
    let pack = pack();
    let mut failures = Vec::new();
    let mut checked = 0;
    for locale in content_locales() {
        for (kind, id) in documents(&pack) {
            let path = document_path(&locale, kind, &id);
            let Some(text) = read(&path) else { continue };
            checked += 1;
            for (line, number) in waymark::core::crisis::unknown_numbers_in_content(&text) {
                failures.push(format!("{path}:{line}: `{number}` is not a number in src/core/crisis.json"));
            }
        }
    }
    assert!(checked > 50, "checked only {checked} files");
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

/// The sections of a topic in the source locale, as the content format reads them.
fn source_sections(topic: &str) -> Option<Vec<String>> {
    let text = read(&document_path(FALLBACK_LOCALE, Kind::Topic, topic))?;
    let (document, _) = Document::parse(&text);
    Some(document.section_ids().into_iter().map(|(_, id)| id.to_string()).collect())
}

fn source_index() -> Bundle {
    let mut bundle = Bundle::new(FALLBACK_LOCALE);
    assert_eq!(bundle.add_source(&read(&index_path(FALLBACK_LOCALE)).unwrap()), vec![]);
    bundle
}

#[test]
fn every_plan_step_names_a_real_exercise_and_its_words() {
    let pack = pack();
    assert!(pack.plans.len() >= 3, "low mood, worry and panic plans");
    let index = source_index();
    let problems = pack.plan_problems(&source_sections, &|id| index.has_message(id));
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn a_plan_naming_a_missing_topic_exercise_or_message_fails_the_check() {
    let mut pack = pack();
    let steps = &mut pack.plans[0].steps;
    steps[0].topic = "no-such-topic".into();
    steps[1].section = "exercise-made-up".into();
    steps[2].text = "plan-words-nobody-wrote".into();
    steps[3].week = 0;
    pack.plans[1].checks = vec!["nope".into()];
    pack.plans[2].id = "panic-plan".into();
    let index = source_index();
    let mut problems = pack.problems();
    problems.extend(pack.plan_problems(&source_sections, &|id| index.has_message(id)));
    let all = problems.join("\n");
    for expected in [
        "unknown topic `no-such-topic`",
        "topic `no-such-topic` has no document",
        "has no section `exercise-made-up`",
        "`plan-words-nobody-wrote` is not a message in the index",
        "week 0 is not from 1 to 12",
        "names unknown self-check `nope`",
        "plan `panic-plan` is not a kebab-case id starting `plan-`",
        "plan `panic-plan` has no title in the index",
    ] {
        assert!(all.contains(expected), "missing problem: {expected}\n{all}");
    }
}
