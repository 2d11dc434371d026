//! The content pack: psychoeducation topics and culturally adapted material
//! kept as data beside the app (`content/`), not compiled in. This module
//! reads `pack.json`, parses the small Markdown subset the files are written
//! in (docs/content.md), and checks a pack the way the tests and the coverage
//! command need. The view layer only draws [`Block`]s.
//!
//! Why not pulldown-cmark: the pack needs a strict subset with section ids and
//! link schemes of its own, reported line by line, and never raw HTML; a full
//! CommonMark parser brings HTML entity tables and rules we would then have to
//! forbid again, into the WASM every reader downloads. Measured the same way
//! (a wasm32 cdylib, `opt-level = "z"`, LTO, wasm-opt -Oz, brotli): a parse
//! with pulldown-cmark 0.13.6 (no default features) costs 55.8 KB, this
//! parser 10.7 KB (README, "Performance").

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::core::instruments::BUILTIN_SHAPES;

/// Where the pack lives, relative to the app's base URL.
pub const PACK_PATH: &str = "content/pack.json";

/// `content/<locale>/index.ftl`: titles and summaries.
pub fn index_path(locale: &str) -> String {
    format!("content/{locale}/index.ftl")
}

/// The file of a topic or an audience's material in a locale.
pub fn document_path(locale: &str, kind: Kind, id: &str) -> String {
    format!("content/{locale}/{}/{id}.md", kind.folder())
}

/// A topic or an audience's adapted material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Topic,
    Audience,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Topic => "topics",
            Kind::Audience => "audiences",
        }
    }

    /// The level-2 section ids every file of this kind has, in order.
    pub fn required_sections(self) -> &'static [&'static str] {
        match self {
            Kind::Topic => &["about", "signs", "help", "self-help", "urgent", "sources"],
            Kind::Audience => &["about", "barriers", "help", "sources"],
        }
    }
}

/// How far a reader can trust the words of a file.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Checked by a clinician.
    Reviewed,
    /// Written or translated, not yet checked by a clinician.
    #[default]
    Draft,
    /// Machine translated, not yet checked by a fluent person.
    Machine,
}

impl Status {
    fn parse(value: &str) -> Option<Status> {
        match value {
            "reviewed" => Some(Status::Reviewed),
            "draft" => Some(Status::Draft),
            "machine" => Some(Status::Machine),
            _ => None,
        }
    }

    /// The Fluent id that tells the reader.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Reviewed => "learn-status-reviewed",
            Status::Draft => "learn-status-draft",
            Status::Machine => "learn-status-machine",
        }
    }
}

/// `content/pack.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub version: u32,
    pub source_locale: String,
    pub topics: Vec<TopicEntry>,
    pub audiences: Vec<AudienceEntry>,
    /// Waiting plans: a few steps a week from the topics' exercises.
    #[serde(default)]
    pub plans: Vec<PlanEntry>,
    #[serde(default)]
    pub translations: BTreeMap<String, Status>,
}

/// A waiting plan (see `crate::core::plan`).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlanEntry {
    /// Kebab-case, starting `plan-`; also the message id of its title.
    pub id: String,
    /// Self-checks whose results suggest this plan (a score at or above
    /// the questionnaire's caseness threshold).
    #[serde(default)]
    pub checks: Vec<String>,
    pub steps: Vec<PlanStep>,
}

/// One step of a plan: something to read or do, from a topic's section.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    /// Unique within the plan; what a saved plan records as done.
    pub id: String,
    /// The week of the plan it belongs to, from 1.
    pub week: u8,
    pub topic: String,
    /// The section id within the topic (`exercise-worry-time`).
    pub section: String,
    /// The message id of the step's words, in the content index.
    pub text: String,
}

/// The longest plan, in weeks.
pub const MAX_PLAN_WEEKS: u8 = 12;

/// A topic in the pack's list.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicEntry {
    pub id: String,
    /// The self-check this topic links to.
    #[serde(default)]
    pub check: Option<String>,
    /// Every shipped language must have it.
    #[serde(default)]
    pub core: bool,
}

/// An audience with adapted material.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AudienceEntry {
    pub id: String,
    /// The topics most relevant to this audience.
    #[serde(default)]
    pub topics: Vec<String>,
}

impl Pack {
    /// Reads `pack.json`.
    pub fn from_json(text: &str) -> Result<Pack, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    pub fn topic(&self, id: &str) -> Option<&TopicEntry> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn audience(&self, id: &str) -> Option<&AudienceEntry> {
        self.audiences.iter().find(|a| a.id == id)
    }

    pub fn plan(&self, id: &str) -> Option<&PlanEntry> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// Problems with the plans that need the topics' documents and the
    /// index's messages: a step's section must exist in its topic (in the
    /// source locale), and every title and step text must be a message.
    pub fn plan_problems(
        &self,
        sections_of: &dyn Fn(&str) -> Option<Vec<String>>,
        has_message: &dyn Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut problems = Vec::new();
        for plan in &self.plans {
            if !has_message(&plan.id) {
                problems.push(format!("pack.json: plan `{}` has no title in the index", plan.id));
            }
            for step in &plan.steps {
                let at = format!("pack.json: plan `{}`, step `{}`", plan.id, step.id);
                match sections_of(&step.topic) {
                    Some(sections) if sections.contains(&step.section) => {}
                    Some(_) => problems.push(format!("{at}: topic `{}` has no section `{}`", step.topic, step.section)),
                    None => problems.push(format!("{at}: topic `{}` has no document", step.topic)),
                }
                if !has_message(&step.text) {
                    problems.push(format!("{at}: `{}` is not a message in the index", step.text));
                }
            }
        }
        problems
    }

    /// The topics to list when a reader has chosen an audience (or all).
    pub fn topics_for(&self, audience: Option<&str>) -> Vec<&TopicEntry> {
        match audience.and_then(|a| self.audience(a)) {
            Some(a) => a.topics.iter().filter_map(|id| self.topic(id)).collect(),
            None => self.topics.iter().collect(),
        }
    }

    /// The status of a locale's words; a file's front matter may override it.
    pub fn status(&self, locale: &str) -> Status {
        self.translations.get(locale).copied().unwrap_or_default()
    }

    /// Problems with the pack itself: ids, references, versions.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.version != 1 {
            problems.push(format!("pack.json: version {} is not 1", self.version));
        }
        let mut seen = BTreeSet::new();
        let ids = self.topics.iter().map(|t| &t.id).chain(self.audiences.iter().map(|a| &a.id));
        for id in ids {
            if !is_kebab(id) {
                problems.push(format!("pack.json: `{id}` is not a kebab-case id"));
            }
            if !seen.insert(id.as_str()) {
                problems.push(format!("pack.json: `{id}` is used twice"));
            }
        }
        for topic in &self.topics {
            if let Some(check) = &topic.check {
                if !is_check(check) {
                    problems.push(format!("pack.json: topic `{}` links to unknown self-check `{check}`", topic.id));
                }
            }
        }
        for audience in &self.audiences {
            for id in &audience.topics {
                if self.topic(id).is_none() {
                    problems.push(format!("pack.json: audience `{}` lists unknown topic `{id}`", audience.id));
                }
            }
        }
        for plan in &self.plans {
            if !is_kebab(&plan.id) || !plan.id.starts_with("plan-") {
                problems.push(format!("pack.json: plan `{}` is not a kebab-case id starting `plan-`", plan.id));
            }
            if !seen.insert(plan.id.as_str()) {
                problems.push(format!("pack.json: `{}` is used twice", plan.id));
            }
            if plan.steps.is_empty() {
                problems.push(format!("pack.json: plan `{}` has no steps", plan.id));
            }
            for check in &plan.checks {
                if !is_check(check) {
                    problems.push(format!("pack.json: plan `{}` names unknown self-check `{check}`", plan.id));
                }
            }
            let mut step_ids = BTreeSet::new();
            for step in &plan.steps {
                let at = format!("pack.json: plan `{}`, step `{}`", plan.id, step.id);
                if !is_kebab(&step.id) || !step_ids.insert(step.id.as_str()) {
                    problems.push(format!("{at}: step ids must be kebab-case and unique in the plan"));
                }
                if self.topic(&step.topic).is_none() {
                    problems.push(format!("{at}: unknown topic `{}`", step.topic));
                }
                if !(1..=MAX_PLAN_WEEKS).contains(&step.week) {
                    problems.push(format!("{at}: week {} is not from 1 to {MAX_PLAN_WEEKS}", step.week));
                }
            }
        }
        problems
    }
}

/// A content id: lowercase letters, digits and inner hyphens.
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_check(id: &str) -> bool {
    BUILTIN_SHAPES.iter().any(|(known, _)| *known == id)
}

/// Where a link goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Topic(String),
    Audience(String),
    Check(String),
    Refer,
    Help,
    /// An outside page (sources only).
    External(String),
}

impl Target {
    fn parse(raw: &str) -> Option<Target> {
        let (scheme, rest) = raw.split_once(':')?;
        Some(match scheme {
            "topic" => Target::Topic(rest.to_string()),
            "audience" => Target::Audience(rest.to_string()),
            "check" => Target::Check(rest.to_string()),
            "refer" if rest.is_empty() => Target::Refer,
            "help" if rest.is_empty() => Target::Help,
            "https" => Target::External(raw.to_string()),
            _ => return None,
        })
    }
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Link { text: String, target: Target },
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// `## Title {#id}` (level 2) or `### Title {#id}` (level 3).
    Heading {
        level: u8,
        id: String,
        text: String,
    },
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    Steps(Vec<Vec<Inline>>),
}

/// A parsed topic or audience file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The front matter's `status`, overriding the locale's.
    pub status: Option<Status>,
    pub blocks: Vec<Block>,
}

/// Something in a file outside the subset, with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl Document {
    /// Parses a file. Never fails: what is outside the subset is kept as
    /// plain text and reported, so a reader still sees the words.
    pub fn parse(text: &str) -> (Document, Vec<Problem>) {
        let mut parser = Parser::default();
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).peekable();
        if lines.peek().is_some_and(|(_, l)| l.trim_end() == "---") {
            lines.next();
            for (n, line) in lines.by_ref() {
                if line.trim_end() == "---" {
                    break;
                }
                parser.front_matter(n, line);
            }
        }
        for (n, line) in lines {
            parser.line(n, line);
        }
        parser.flush();
        (parser.document, parser.problems)
    }

    /// The level-2 and level-3 section ids, in order.
    pub fn section_ids(&self) -> Vec<(u8, &str)> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, id, .. } => Some((*level, id.as_str())),
                _ => None,
            })
            .collect()
    }

    /// Every link target, with the level-2 section it is in.
    pub fn links(&self) -> Vec<(&str, &Target)> {
        let mut section = "";
        let mut out = Vec::new();
        for block in &self.blocks {
            let inlines: Vec<&Vec<Inline>> = match block {
                Block::Heading { level: 2, id, .. } => {
                    section = id;
                    continue;
                }
                Block::Heading { .. } => continue,
                Block::Paragraph(inlines) => vec![inlines],
                Block::Bullets(items) | Block::Steps(items) => items.iter().collect(),
            };
            for inline in inlines.into_iter().flatten() {
                if let Inline::Link { target, .. } = inline {
                    out.push((section, target));
                }
            }
        }
        out
    }

    /// Problems that make the file unfit to publish as `kind`, given the pack;
    /// `source` is the en-GB version when this is a translation.
    pub fn check(&self, kind: Kind, pack: &Pack, source: Option<&Document>) -> Vec<String> {
        let mut problems = Vec::new();
        let sections: Vec<&str> = self.section_ids().into_iter().filter(|(l, _)| *l == 2).map(|(_, id)| id).collect();
        let mut required = kind.required_sections().iter().peekable();
        for id in &sections {
            if required.peek() == Some(&id) {
                required.next();
            }
        }
        if let Some(missing) = required.next() {
            problems.push(format!(
                "section `{missing}` is missing or out of order (required: {:?})",
                kind.required_sections()
            ));
        }
        let mut seen = BTreeSet::new();
        for (_, id) in self.section_ids() {
            if !seen.insert(id) {
                problems.push(format!("section id `{id}` is used twice"));
            }
        }
        if kind == Kind::Topic {
            let exercises = self.exercises();
            if exercises == 0 {
                problems.push("`self-help` has no exercise (### heading, an introduction and numbered steps)".into());
            }
            if !self.links().iter().any(|(s, t)| *s == "urgent" && **t == Target::Help) {
                problems.push("`urgent` does not link to `help:`".into());
            }
        }
        for (section, target) in self.links() {
            let broken = match target {
                Target::Topic(id) => pack.topic(id).is_none().then(|| format!("unknown topic `{id}`")),
                Target::Audience(id) => pack.audience(id).is_none().then(|| format!("unknown audience `{id}`")),
                Target::Check(id) => (!is_check(id)).then(|| format!("unknown self-check `{id}`")),
                Target::External(url) => {
                    (section != "sources").then(|| format!("outside link {url} outside `sources`"))
                }
                Target::Refer | Target::Help => None,
            };
            if let Some(broken) = broken {
                problems.push(format!("link to {broken}"));
            }
        }
        if let Some(source) = source {
            if self.section_ids() != source.section_ids() {
                problems.push(format!(
                    "section ids differ from en-GB: {:?} vs {:?}",
                    self.section_ids(),
                    source.section_ids()
                ));
            }
        }
        problems
    }

    /// Exercises in `self-help`: a level-3 heading, then an introduction, then steps.
    fn exercises(&self) -> usize {
        let mut in_self_help = false;
        let mut count = 0;
        let mut blocks = self.blocks.iter().peekable();
        while let Some(block) = blocks.next() {
            match block {
                Block::Heading { level: 2, id, .. } => in_self_help = id == "self-help",
                Block::Heading { level: 3, .. } if in_self_help => {
                    let intro = matches!(blocks.peek(), Some(Block::Paragraph(_)));
                    if intro {
                        blocks.next();
                    }
                    if intro && matches!(blocks.peek(), Some(Block::Steps(s)) if !s.is_empty()) {
                        count += 1;
                    }
                }
                _ => {}
            }
        }
        count
    }

    /// The document's words, for read-aloud and word counts.
    pub fn plain_text(&self) -> String {
        fn inline_text(inlines: &[Inline], out: &mut String) {
            for inline in inlines {
                match inline {
                    Inline::Text(t) | Inline::Strong(t) | Inline::Link { text: t, .. } => out.push_str(t),
                }
            }
            out.push('\n');
        }
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading { text, .. } => {
                    out.push_str(text);
                    out.push('\n');
                }
                Block::Paragraph(inlines) => inline_text(inlines, &mut out),
                Block::Bullets(items) | Block::Steps(items) => items.iter().for_each(|i| inline_text(i, &mut out)),
            }
        }
        out
    }
}

#[derive(Default)]
struct Parser {
    document: Document,
    problems: Vec<Problem>,
    paragraph: Vec<String>,
    list: Option<(bool, Vec<Vec<Inline>>)>,
}

impl Parser {
    fn problem(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem { line, message: message.into() });
    }

    fn front_matter(&mut self, n: usize, line: &str) {
        match line.split_once(':').map(|(k, v)| (k.trim(), v.trim())) {
            Some(("status", value)) => match Status::parse(value) {
                Some(status) => self.document.status = Some(status),
                None => self.problem(n, format!("status `{value}` is not reviewed, draft or machine")),
            },
            _ if line.trim().is_empty() => {}
            _ => self.problem(n, format!("unknown front matter `{}`", line.trim())),
        }
    }

    fn flush(&mut self) {
        if !self.paragraph.is_empty() {
            let text = self.paragraph.join(" ");
            self.paragraph.clear();
            let inlines = self.inlines(&text, 0);
            self.document.blocks.push(Block::Paragraph(inlines));
        }
        if let Some((numbered, items)) = self.list.take() {
            self.document.blocks.push(if numbered { Block::Steps(items) } else { Block::Bullets(items) });
        }
    }

    fn line(&mut self, n: usize, raw: &str) {
        let line = raw.trim_end();
        if line.trim().is_empty() {
            return self.flush();
        }
        if let Some(rest) =
            line.strip_prefix("## ").map(|r| (2, r)).or_else(|| line.strip_prefix("### ").map(|r| (3, r)))
        {
            self.flush();
            return self.heading(n, rest.0, rest.1);
        }
        if line.starts_with('#') {
            self.problem(n, "only `## ` and `### ` headings are allowed");
        } else if (line.starts_with(' ') || line.starts_with('\t'))
            && (self.list.is_none() || line.trim().starts_with("- ") || numbered_item(line.trim()).is_some())
        {
            // Indenting only continues a list item; nested lists and code are out.
            self.problem(n, "indented lines (nested lists, code) are not allowed");
        } else if line.starts_with('>') || line.starts_with('|') || line.starts_with("```") {
            self.problem(n, "quotes, tables and code blocks are not allowed");
        }
        let line = line.trim();
        let item = line.strip_prefix("- ").map(|r| (false, r)).or_else(|| numbered_item(line).map(|r| (true, r)));
        if let Some((numbered, text)) = item {
            if !self.paragraph.is_empty() || self.list.as_ref().is_some_and(|(k, _)| *k != numbered) {
                self.flush();
            }
            let inlines = self.inlines(text, n);
            self.list.get_or_insert((numbered, Vec::new())).1.push(inlines);
        } else if let Some((_, items)) = self.list.as_mut().filter(|_| self.paragraph.is_empty()) {
            // A wrapped list item continues on the next line.
            let more = Parser::inlines_into(line, n, &mut self.problems);
            if let Some(last) = items.last_mut() {
                last.push(Inline::Text(" ".into()));
                last.extend(more);
            }
        } else {
            self.paragraph.push(line.to_string());
        }
    }

    fn heading(&mut self, n: usize, level: u8, rest: &str) {
        let parsed = rest
            .trim_end()
            .strip_suffix('}')
            .and_then(|r| r.rsplit_once("{#"))
            .map(|(text, id)| (text.trim(), id.trim()))
            .filter(|(text, id)| !text.is_empty() && is_kebab(id));
        match parsed {
            Some((text, id)) => {
                self.document.blocks.push(Block::Heading { level, id: id.to_string(), text: text.to_string() })
            }
            None => {
                self.problem(n, "a heading needs words and a kebab-case `{#id}`");
                let inlines = self.inlines(rest, n);
                self.document.blocks.push(Block::Paragraph(inlines));
            }
        }
    }

    fn inlines(&mut self, text: &str, line: usize) -> Vec<Inline> {
        Parser::inlines_into(text, line, &mut self.problems)
    }

    /// `**strong**` and `[words](target)`; anything else is text.
    fn inlines_into(text: &str, line: usize, problems: &mut Vec<Problem>) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut plain = String::new();
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("**") {
                if let Some(end) = after.find("**").filter(|e| *e > 0) {
                    push_text(&mut out, &mut plain);
                    out.push(Inline::Strong(after[..end].to_string()));
                    rest = &after[end + 2..];
                    continue;
                }
            }
            if let Some(after) = rest.strip_prefix('[') {
                let link = after
                    .split_once("](")
                    .and_then(|(words, tail)| tail.split_once(')').map(|(target, tail)| (words, target, tail)));
                if let Some((words, target, tail)) = link.filter(|(w, _, _)| !w.contains('[')) {
                    match Target::parse(target.trim()) {
                        Some(target) => {
                            push_text(&mut out, &mut plain);
                            out.push(Inline::Link { text: words.to_string(), target });
                        }
                        None => {
                            problems.push(Problem { line, message: format!("unknown link target `{target}`") });
                            plain.push_str(words);
                        }
                    }
                    rest = tail;
                    continue;
                }
            }
            let mut chars = rest.chars();
            let c = chars.next().unwrap_or_default();
            if matches!(c, '*' | '`' | '<') {
                problems.push(Problem { line, message: format!("`{c}` is outside the Markdown subset") });
            }
            plain.push(c);
            rest = chars.as_str();
        }
        push_text(&mut out, &mut plain);
        out
    }
}

fn push_text(out: &mut Vec<Inline>, plain: &mut String) {
    if !plain.is_empty() {
        out.push(Inline::Text(std::mem::take(plain)));
    }
}

/// `1. Step` → `Step`.
fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| line[digits..].strip_prefix(". ")).flatten()
}

/// The pack with one locale's titles, falling back to en-GB's.
pub struct Library {
    pub pack: Pack,
    pub locale: String,
    titles: crate::core::fluent::Bundle,
    english: crate::core::fluent::Bundle,
}

impl Library {
    /// `index` is the locale's `index.ftl`, if it has one.
    pub fn new(pack: Pack, locale: &str, index: Option<&str>, english_index: &str) -> Library {
        let mut english = crate::core::fluent::Bundle::new(&pack.source_locale);
        english.add_source(english_index);
        let mut titles = crate::core::fluent::Bundle::new(locale);
        if let Some(index) = index {
            titles.add_source(index);
        }
        Library { pack, locale: locale.to_string(), titles, english }
    }

    fn text(&self, id: &str) -> String {
        self.titles.format(id, &[]).or_else(|| self.english.format(id, &[])).unwrap_or_default()
    }

    /// A topic's or audience's title in the locale, else in English.
    pub fn title(&self, id: &str) -> String {
        let title = self.text(id);
        if title.is_empty() {
            id.to_string()
        } else {
            title
        }
    }

    /// Its one-line summary.
    pub fn summary(&self, id: &str) -> String {
        self.text(&format!("{id}.summary"))
    }

    /// Whether the locale has its own title (so the file is likely translated).
    pub fn is_translated(&self, id: &str) -> bool {
        self.titles.has_message(id)
    }
}

/// One locale's share of the interface and of the content pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub locale: String,
    /// Interface messages with a translation, of the en-GB total.
    pub messages: (usize, usize),
    /// Topic and audience files present, of the en-GB total.
    pub documents: (usize, usize),
    /// Core topics missing in this locale.
    pub missing_core: Vec<String>,
}

impl Coverage {
    /// Percentages, rounded down so 99.9% never shows as 100%.
    pub fn percent(part: (usize, usize)) -> usize {
        (part.0 * 100).checked_div(part.1).unwrap_or(100)
    }
}

/// Measures a locale: `read` returns a file's text by its path under the
/// repository (for example `content/ur/topics/worry.md`).
pub fn coverage(locale: &str, pack: &Pack, ftl_files: &[&str], read: &dyn Fn(&str) -> Option<String>) -> Coverage {
    let ids = |locale: &str, file: &str| -> BTreeSet<String> {
        let mut bundle = crate::core::fluent::Bundle::new(locale);
        if let Some(text) = read(&format!("locales/{locale}/{file}")) {
            bundle.add_source(&text);
        }
        bundle.message_ids().map(str::to_string).collect()
    };
    let mut messages = (0, 0);
    for file in ftl_files {
        let source = ids(&pack.source_locale, file);
        let translated = ids(locale, file);
        messages.0 += source.intersection(&translated).count();
        messages.1 += source.len();
    }
    let documents: Vec<(Kind, &str)> = pack
        .topics
        .iter()
        .map(|t| (Kind::Topic, t.id.as_str()))
        .chain(pack.audiences.iter().map(|a| (Kind::Audience, a.id.as_str())))
        .collect();
    let present = |kind, id| read(&document_path(locale, kind, id)).is_some();
    let translated = documents.iter().filter(|(kind, id)| present(*kind, id)).count();
    let missing_core =
        pack.topics.iter().filter(|t| t.core && !present(Kind::Topic, &t.id)).map(|t| t.id.clone()).collect();
    Coverage { locale: locale.to_string(), messages, documents: (translated, documents.len()), missing_core }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        Pack::from_json(
            r#"{"version":1,"source_locale":"en-GB",
                "topics":[{"id":"worry","check":"gad7","core":true},{"id":"sleep"}],
                "audiences":[{"id":"carers","topics":["sleep"]}]}"#,
        )
        .unwrap()
    }

    const TOPIC: &str = "---\nstatus: reviewed\n---\n## What it is {#about}\nWorry is a **normal** feeling.\nIt can grow.\n\n\
        ## Signs {#signs}\n- Tense\n- Tired and\n  restless\n\n## Help {#help}\nSee [sleep](topic:sleep) and \
        [refer](refer:).\n\n## Try {#self-help}\n### Worry time {#exercise-worry-time}\nSet a time.\n1. Write it down.\n\
        2. Wait.\n\n## Urgent {#urgent}\n[Get help now](help:)\n\n## Sources {#sources}\n- [NICE](https://www.nice.org.uk/guidance/cg113)\n";

    #[test]
    fn parses_the_subset() {
        let (doc, problems) = Document::parse(TOPIC);
        assert_eq!(problems, vec![]);
        assert_eq!(doc.status, Some(Status::Reviewed));
        assert_eq!(
            doc.blocks[1],
            Block::Paragraph(vec![
                Inline::Text("Worry is a ".into()),
                Inline::Strong("normal".into()),
                Inline::Text(" feeling. It can grow.".into())
            ])
        );
        assert_eq!(
            doc.blocks[3],
            Block::Bullets(vec![
                vec![Inline::Text("Tense".into())],
                vec![Inline::Text("Tired and".into()), Inline::Text(" ".into()), Inline::Text("restless".into())]
            ])
        );
        assert!(doc.blocks.contains(&Block::Steps(vec![
            vec![Inline::Text("Write it down.".into())],
            vec![Inline::Text("Wait.".into())]
        ])));
        assert_eq!(doc.check(Kind::Topic, &pack(), None), Vec::<String>::new());
    }

    #[test]
    fn reports_what_breaks_a_topic() {
        let broken = TOPIC
            .replace("topic:sleep", "topic:nap")
            .replace("## Signs {#signs}", "## Signs")
            .replace("1. Write", "Write")
            .replace("2. Wait.", "")
            .replace("(help:)", "(check:phq10)")
            + "\n<script>x</script> and *this*\n";
        let (doc, problems) = Document::parse(&broken);
        let problems: Vec<String> = problems.into_iter().map(|p| p.message).collect();
        assert!(problems.iter().any(|p| p.contains("kebab-case `{#id}`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`<` is outside")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`*` is outside")), "{problems:?}");
        let checked = doc.check(Kind::Topic, &pack(), None);
        for expected in [
            "section `signs`",
            "no exercise",
            "does not link to `help:`",
            "unknown topic `nap`",
            "unknown self-check `phq10`",
        ] {
            assert!(checked.iter().any(|p| p.contains(expected)), "{expected}: {checked:?}");
        }
    }

    #[test]
    fn raw_html_stays_text() {
        let (doc, _) = Document::parse("<b onclick=x>hi</b>");
        assert_eq!(doc.blocks, vec![Block::Paragraph(vec![Inline::Text("<b onclick=x>hi</b>".into())])]);
    }

    #[test]
    fn translations_keep_the_source_sections() {
        let (source, _) = Document::parse(TOPIC);
        let (translation, _) = Document::parse(&TOPIC.replace("{#exercise-worry-time}", "{#exercise-other}"));
        let problems = translation.check(Kind::Topic, &pack(), Some(&source));
        assert!(problems.iter().any(|p| p.contains("section ids differ")), "{problems:?}");
    }

    #[test]
    fn outside_links_only_in_sources() {
        let (doc, _) = Document::parse(&TOPIC.replace("(refer:)", "(https://example.org)"));
        let problems = doc.check(Kind::Topic, &pack(), None);
        assert!(problems.iter().any(|p| p.contains("outside `sources`")), "{problems:?}");
    }

    #[test]
    fn pack_problems() {
        let mut bad = pack();
        bad.topics.push(TopicEntry { id: "carers".into(), check: Some("nope".into()), core: false });
        bad.audiences[0].topics.push("ghost".into());
        let problems = bad.problems();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(pack().problems().is_empty());
    }

    #[test]
    fn audience_filter() {
        let pack = pack();
        let ids = |a| pack.topics_for(a).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(Some("carers")), ["sleep"]);
        assert_eq!(ids(None), ["worry", "sleep"]);
        assert_eq!(ids(Some("unknown")), ["worry", "sleep"]);
    }

    #[test]
    fn titles_fall_back_to_english() {
        let library =
            Library::new(pack(), "ur", Some("worry = فکر\n"), "worry = Worry\n    .summary = S\nsleep = Sleep\n");
        assert_eq!(library.title("worry"), "فکر");
        assert_eq!(library.title("sleep"), "Sleep");
        assert_eq!(library.summary("worry"), "S");
        assert_eq!(library.title("carers"), "carers");
        assert!(library.is_translated("worry") && !library.is_translated("sleep"));
    }

    #[test]
    fn coverage_counts_messages_and_files() {
        let files = |path: &str| -> Option<String> {
            match path {
                "locales/en-GB/a.ftl" => Some("one = One\ntwo = Two\n".into()),
                "locales/xx/a.ftl" => Some("one = Un\n".into()),
                "content/xx/topics/sleep.md" => Some(String::new()),
                _ => None,
            }
        };
        let c = coverage("xx", &pack(), &["a.ftl"], &files);
        assert_eq!(c.messages, (1, 2));
        assert_eq!(c.documents, (1, 3));
        assert_eq!(c.missing_core, ["worry"]);
        assert_eq!(Coverage::percent(c.messages), 50);
        assert_eq!(Coverage::percent((2, 3)), 66);
    }
}
