//! A small Fluent runtime: parses and formats the part of Fluent 1.0 that
//! Waymark's `.ftl` files use (messages, terms, attributes, multi-line text,
//! variables, string and number literals, message and term references, and
//! select expressions on plural categories or exact values), with Unicode
//! bidi isolation of placeables as fluent-bundle does.
//!
//! Why not fluent-bundle: measured in this app it adds 31 KB brotli to the
//! WASM (154 KB → 123 KB without it), a fifth of the first-visit budget,
//! mostly CLDR plural rules for every language and a general resolver.
//! The tests keep the real crates as oracles: every shipped file must parse
//! with fluent-syntax and format identically with fluent-bundle.

use std::collections::HashMap;

/// A value passed to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(f64::from(n))
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Number(n as f64)
    }
}

/// Named variables for one formatting call.
pub type Args<'a> = [(&'a str, Value)];

#[derive(Clone, Debug, PartialEq)]
enum Element {
    Text(String),
    Placeable(Expression),
}

#[derive(Clone, Debug, PartialEq)]
enum Expression {
    Variable(String),
    Literal(String),
    Number(String),
    Message(String, Option<String>),
    Term(String, Option<String>),
    Select { selector: Box<Expression>, variants: Vec<(String, Vec<Element>)>, default: usize },
}

#[derive(Clone, Debug, Default)]
struct Entry {
    value: Option<Vec<Element>>,
    attributes: HashMap<String, Vec<Element>>,
}

/// A parse problem, with the 1-based line where its entry starts.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct ParseError {
    pub line: usize,
    pub problem: String,
}

/// The messages and terms of one locale.
#[derive(Clone, Default)]
pub struct Bundle {
    plural: Option<fn(f64) -> &'static str>,
    messages: HashMap<String, Entry>,
    terms: HashMap<String, Entry>,
}

impl Bundle {
    /// An empty bundle for a locale (its plural rules come from the tag).
    pub fn new(locale: &str) -> Self {
        Bundle { plural: Some(plural_rule(locale)), ..Default::default() }
    }

    /// Adds a file's entries. A broken entry is skipped and reported; the rest load.
    /// A later definition of the same id is refused, as in fluent-bundle.
    pub fn add_source(&mut self, source: &str) -> Vec<ParseError> {
        let mut errors = Vec::new();
        for raw in split_entries(source) {
            match parse_entry(&raw.text) {
                Ok((id, entry)) => {
                    let (map, key) = match id.strip_prefix('-') {
                        Some(term) => (&mut self.terms, term.to_string()),
                        None => (&mut self.messages, id),
                    };
                    match map.entry(key) {
                        std::collections::hash_map::Entry::Occupied(taken) => errors.push(ParseError {
                            line: raw.line,
                            problem: format!("`{}` is defined twice", taken.key()),
                        }),
                        std::collections::hash_map::Entry::Vacant(free) => {
                            free.insert(entry);
                        }
                    }
                }
                Err(problem) => errors.push(ParseError { line: raw.line, problem }),
            }
        }
        errors
    }

    /// Whether a message with a value exists.
    pub fn has_message(&self, id: &str) -> bool {
        self.messages.get(id).is_some_and(|e| e.value.is_some())
    }

    /// The ids of every message, for tests and coverage reports.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Formats a message (or `id.attribute`). `None` when it is missing or a
    /// reference inside it cannot be resolved: the caller falls back.
    pub fn format(&self, id: &str, args: &Args) -> Option<String> {
        let (id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let entry = self.messages.get(id)?;
        let pattern = match attribute {
            Some(a) => entry.attributes.get(a)?,
            None => entry.value.as_ref()?,
        };
        let mut out = String::new();
        self.write_pattern(pattern, args, &mut out, 0).then_some(out)
    }

    fn write_pattern(&self, pattern: &[Element], args: &Args, out: &mut String, depth: u8) -> bool {
        if depth > 10 {
            return false; // a reference cycle
        }
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Placeable(expression) => {
                    let isolate = pattern.len() > 1
                        && !matches!(
                            expression,
                            Expression::Message(..) | Expression::Term(..) | Expression::Literal(_)
                        );
                    if isolate {
                        out.push('\u{2068}');
                    }
                    if !self.write_expression(expression, args, out, depth) {
                        return false;
                    }
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
        }
        true
    }

    fn write_expression(&self, expression: &Expression, args: &Args, out: &mut String, depth: u8) -> bool {
        match expression {
            Expression::Literal(s) | Expression::Number(s) => out.push_str(s),
            Expression::Variable(name) => match args.iter().find(|(n, _)| n == name) {
                Some((_, Value::Text(s))) => out.push_str(s),
                Some((_, Value::Number(n))) => out.push_str(&format_number(*n)),
                None => return false,
            },
            Expression::Message(id, attribute) | Expression::Term(id, attribute) => {
                let map = if matches!(expression, Expression::Term(..)) { &self.terms } else { &self.messages };
                let Some(entry) = map.get(id) else { return false };
                let pattern = match attribute {
                    Some(a) => entry.attributes.get(a),
                    None => entry.value.as_ref(),
                };
                let Some(pattern) = pattern else { return false };
                // Terms see no outside variables; messages see the caller's.
                let inner: &Args = if matches!(expression, Expression::Term(..)) { &[] } else { args };
                return self.write_pattern(pattern, inner, out, depth + 1);
            }
            Expression::Select { selector, variants, default } => {
                let chosen = self.select(selector, variants, args).unwrap_or(*default);
                return self.write_pattern(&variants[chosen].1, args, out, depth + 1);
            }
        }
        true
    }

    fn select(&self, selector: &Expression, variants: &[(String, Vec<Element>)], args: &Args) -> Option<usize> {
        let value = match selector {
            Expression::Variable(name) => args.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())?,
            Expression::Literal(s) => Value::Text(s.clone()),
            Expression::Number(s) => Value::Number(s.parse().ok()?),
            reference => {
                let mut text = String::new();
                self.write_expression(reference, args, &mut text, 1).then_some(())?;
                Value::Text(text)
            }
        };
        match value {
            Value::Text(s) => variants.iter().position(|(key, _)| *key == s),
            Value::Number(n) => variants.iter().position(|(key, _)| key.parse::<f64>().ok() == Some(n)).or_else(|| {
                let category = self.plural.map_or("other", |rule| rule(n));
                variants.iter().position(|(key, _)| key == category)
            }),
        }
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// CLDR cardinal plural rules for integers (and "other" for fractions) of the
/// languages Waymark ships or plans (CLDR plural rules, unicode.org).
fn plural_rule(locale: &str) -> fn(f64) -> &'static str {
    let language = locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match language.as_str() {
        "zh" | "ja" | "ko" | "vi" | "th" | "id" | "ms" => |_| "other",
        "pl" => |n| {
            if n.fract() != 0.0 {
                return "other";
            }
            let i = n.abs() as u64;
            match (i, i % 10, i % 100) {
                (1, _, _) => "one",
                (_, 2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            }
        },
        "ro" => |n| {
            if n.fract() != 0.0 {
                return "few";
            }
            let i = n.abs() as u64;
            match (i, i % 100) {
                (1, _) => "one",
                (0, _) | (_, 1..=19) => "few",
                _ => "other",
            }
        },
        "ar" => |n| {
            if n.fract() != 0.0 {
                return "other";
            }
            let i = n.abs() as u64;
            match (i, i % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            }
        },
        // one: i = 0 or n = 1
        "bn" | "gu" | "hi" | "fa" => |n| if n == 0.0 || n == 1.0 || (n > 0.0 && n < 1.0) { "one" } else { "other" },
        // one: n = 0..1
        "pa" => |n| if n == 0.0 || n == 1.0 { "one" } else { "other" },
        // one: i = 0..1 (Portuguese as in Brazil; CLDR's pt)
        "pt" => |n| if n.fract() == 0.0 && (n == 0.0 || n == 1.0) { "one" } else { "other" },
        // one: n = 1 (tr, so, ta) / i = 1 and v = 0 (en, ur): the same on integers
        _ => |n| if n == 1.0 { "one" } else { "other" },
    }
}

struct RawEntry {
    line: usize,
    text: String,
}

/// Splits a file into entries: an entry starts at a line beginning with an
/// identifier or `-`; indented lines and blank lines continue it; comments end it.
fn split_entries(source: &str) -> Vec<RawEntry> {
    let mut entries: Vec<RawEntry> = Vec::new();
    let mut open = false;
    let mut depth = 0;
    for (n, line) in source.lines().enumerate() {
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
        if open && depth > 0 && !starts_entry && !line.starts_with('#') {
            // Inside a placeable (a select), `}`, `[` and `*` may start a line.
            let last = entries.last_mut().expect("open entry");
            last.text.push('\n');
            last.text.push_str(line);
            depth += brace_balance(line);
            continue;
        }
        depth = 0;
        if line.starts_with('#') {
            open = false;
        } else if starts_entry {
            entries.push(RawEntry { line: n + 1, text: line.to_string() });
            open = true;
            depth = brace_balance(line);
        } else if open && (line.starts_with(' ') || line.trim().is_empty()) {
            let last = entries.last_mut().expect("open entry");
            last.text.push('\n');
            last.text.push_str(line);
            depth = brace_balance(&last.text);
        } else if !line.trim().is_empty() {
            entries.push(RawEntry { line: n + 1, text: line.to_string() });
            open = false;
        }
    }
    entries
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn parse_entry(text: &str) -> Result<(String, Entry), String> {
    let (head, rest) = text.split_once('=').ok_or("expected `=` after the id")?;
    let id = head.trim();
    let bare = id.strip_prefix('-').unwrap_or(id);
    if !is_identifier(bare) || head.trim_end() != head.trim_end().trim_start() || head.starts_with(' ') {
        return Err(format!("`{id}` is not a valid id"));
    }
    // Attributes are indented lines starting with `.name =` outside any placeable.
    let mut segments: Vec<(Option<String>, String)> = vec![(None, String::new())];
    let mut depth = 0i32;
    for (i, line) in rest.split('\n').enumerate() {
        let trimmed = line.trim_start();
        let is_attribute = i > 0 && depth == 0 && line.starts_with(' ') && trimmed.starts_with('.');
        if is_attribute {
            let (name, value) = trimmed[1..].split_once('=').ok_or("expected `=` after the attribute name")?;
            let name = name.trim();
            if !is_identifier(name) {
                return Err(format!("`.{name}` is not a valid attribute"));
            }
            segments.push((Some(name.to_string()), value.to_string()));
        } else {
            let current = &mut segments.last_mut().expect("segment").1;
            if i > 0 {
                current.push('\n');
            }
            current.push_str(line);
        }
        depth += brace_balance(line);
    }
    let mut entry = Entry::default();
    for (name, raw) in segments {
        let pattern = parse_pattern_block(&raw)?;
        match name {
            None => entry.value = pattern,
            Some(a) => {
                entry.attributes.insert(a, pattern.ok_or("an attribute needs a value")?);
            }
        }
    }
    if entry.value.is_none() && entry.attributes.is_empty() {
        return Err(format!("`{id}` has no value"));
    }
    if id.starts_with('-') && entry.value.is_none() {
        return Err(format!("term `{id}` needs a value"));
    }
    Ok((id.to_string(), entry))
}

/// Counts `{` minus `}` outside string literals.
fn brace_balance(line: &str) -> i32 {
    let mut balance = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match (in_string, c) {
            (true, '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (true, '"') if !escaped => in_string = false,
            (false, '"') if balance > 0 => in_string = true,
            (false, '{') => balance += 1,
            (false, '}') => balance -= 1,
            _ => {}
        }
        escaped = false;
    }
    balance
}

/// Applies Fluent's block rules: the first line's leading blanks are dropped,
/// continuation lines lose their common indent, blank lines at the ends go.
fn parse_pattern_block(raw: &str) -> Result<Option<Vec<Element>>, String> {
    let mut lines: Vec<&str> = raw.split('\n').collect();
    let first = lines[0].trim_start_matches(' ');
    let indent = lines[1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    lines[0] = first;
    let mut text_lines: Vec<String> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            text_lines.push(line.to_string());
        } else if line.trim().is_empty() {
            text_lines.push(String::new());
        } else {
            text_lines.push(line[indent.min(line.len())..].to_string());
        }
    }
    while text_lines.last().is_some_and(|l| l.trim().is_empty()) {
        text_lines.pop();
    }
    let starts_blank = text_lines.first().is_some_and(|l| l.trim().is_empty());
    if starts_blank {
        text_lines.remove(0);
    }
    if text_lines.is_empty() {
        return Ok(None);
    }
    let mut joined = text_lines.join("\n");
    // Trailing spaces on the last line are not part of the value.
    let end = joined.trim_end_matches(' ').len();
    joined.truncate(end);
    let mut parser = Parser { chars: joined.chars().collect(), pos: 0 };
    let pattern = parser.pattern(false)?;
    if parser.pos != parser.chars.len() {
        return Err("unexpected `}`".into());
    }
    Ok(Some(pattern))
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\n') {
            self.pos += 1;
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(format!("expected `{c}`"))
        }
    }

    /// Text and placeables, until the end, or (inside a variant) until a
    /// line that starts the next variant or closes the select.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Element>, String> {
        let mut elements = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if in_variant && c == '\n' {
                let mut look = self.pos + 1;
                while self.chars.get(look) == Some(&' ') {
                    look += 1;
                }
                match self.chars.get(look) {
                    Some('[') | Some('*') | Some('}') | None => break,
                    _ => {}
                }
            }
            if in_variant && c == '}' {
                break;
            }
            match c {
                '{' => {
                    self.pos += 1;
                    if !text.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut text)));
                    }
                    self.skip_blank();
                    let expression = self.expression()?;
                    self.skip_blank();
                    self.expect('}')?;
                    elements.push(Element::Placeable(expression));
                }
                '}' => return Err("unbalanced `}`".into()),
                _ => {
                    text.push(c);
                    self.pos += 1;
                }
            }
        }
        if in_variant {
            let trimmed = text.trim_end().len();
            text.truncate(trimmed);
        }
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        Ok(elements)
    }

    fn identifier(&mut self) -> Result<String, String> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.pos += 1;
        }
        let id: String = self.chars[start..self.pos].iter().collect();
        if is_identifier(&id) {
            Ok(id)
        } else {
            Err(format!("`{id}` is not a valid identifier"))
        }
    }

    fn attribute(&mut self) -> Result<Option<String>, String> {
        if self.peek() == Some('.') {
            self.pos += 1;
            Ok(Some(self.identifier()?))
        } else {
            Ok(None)
        }
    }

    fn inline(&mut self) -> Result<Expression, String> {
        match self.peek() {
            Some('$') => {
                self.pos += 1;
                Ok(Expression::Variable(self.identifier()?))
            }
            Some('"') => {
                self.pos += 1;
                let mut s = String::new();
                loop {
                    match self.peek() {
                        None | Some('\n') => return Err("unterminated string literal".into()),
                        Some('"') => {
                            self.pos += 1;
                            break;
                        }
                        Some('\\') => {
                            self.pos += 1;
                            match self.peek() {
                                Some('"') => s.push('"'),
                                Some('\\') => s.push('\\'),
                                Some('u') => {
                                    let hex: String = self
                                        .chars
                                        .get(self.pos + 1..self.pos + 5)
                                        .ok_or("bad escape")?
                                        .iter()
                                        .collect();
                                    let c = u32::from_str_radix(&hex, 16)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .ok_or("bad escape")?;
                                    s.push(c);
                                    self.pos += 4;
                                }
                                _ => return Err("unknown escape".into()),
                            }
                            self.pos += 1;
                        }
                        Some(c) => {
                            s.push(c);
                            self.pos += 1;
                        }
                    }
                }
                Ok(Expression::Literal(s))
            }
            Some(c)
                if c.is_ascii_digit()
                    || c == '-' && self.chars.get(self.pos + 1).is_some_and(|d| d.is_ascii_digit()) =>
            {
                let start = self.pos;
                self.pos += 1;
                while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
                    self.pos += 1;
                }
                Ok(Expression::Number(self.chars[start..self.pos].iter().collect()))
            }
            Some('-') => {
                self.pos += 1;
                let id = self.identifier()?;
                let attribute = self.attribute()?;
                if self.peek() == Some('(') {
                    return Err("term arguments are not supported".into());
                }
                if attribute.is_some() && !self.at_select_arrow() {
                    return Err("a term attribute can only be used as a selector".into());
                }
                Ok(Expression::Term(id, attribute))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let id = self.identifier()?;
                if self.peek() == Some('(') {
                    return Err(format!("function `{id}` is not supported by Waymark's Fluent runtime"));
                }
                let attribute = self.attribute()?;
                Ok(Expression::Message(id, attribute))
            }
            _ => Err("expected an expression".into()),
        }
    }

    fn at_select_arrow(&self) -> bool {
        let mut look = self.pos;
        while self.chars.get(look).is_some_and(|c| *c == ' ' || *c == '\n') {
            look += 1;
        }
        self.chars.get(look) == Some(&'-') && self.chars.get(look + 1) == Some(&'>')
    }

    fn expression(&mut self) -> Result<Expression, String> {
        let selector = self.inline()?;
        self.skip_blank();
        if !(self.peek() == Some('-') && self.chars.get(self.pos + 1) == Some(&'>')) {
            return Ok(selector);
        }
        self.pos += 2;
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    self.pos += 1;
                    if default.replace(variants.len()).is_some() {
                        return Err("more than one default variant".into());
                    }
                }
                Some('[') => {}
                _ => return Err("expected a variant".into()),
            }
            self.expect('[')?;
            self.skip_blank();
            let start = self.pos;
            while self.peek().is_some_and(|c| c != ']' && c != ' ' && c != '\n') {
                self.pos += 1;
            }
            let key: String = self.chars[start..self.pos].iter().collect();
            self.skip_blank();
            self.expect(']')?;
            while self.peek() == Some(' ') {
                self.pos += 1;
            }
            let mut value = self.pattern(true)?;
            if let Some(Element::Text(t)) = value.first_mut() {
                // A variant's value may begin on the next line, as a block.
                let trimmed = t.trim_start_matches(['\n', ' ']).to_string();
                *t = trimmed;
                if t.is_empty() {
                    value.remove(0);
                }
            }
            variants.push((key, value));
        }
        let default = default.ok_or("a select expression needs a default variant (*[…])")?;
        Ok(Expression::Select { selector: Box::new(selector), variants, default })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(src: &str) -> Bundle {
        let mut b = Bundle::new("en-GB");
        let errors = b.add_source(src);
        assert!(errors.is_empty(), "{errors:?}");
        b
    }

    #[test]
    fn text_variables_and_isolation() {
        let b = bundle("hello = Hello, { $name }!\nplain = { $x }\n");
        assert_eq!(b.format("hello", &[("name", "Ayesha".into())]).unwrap(), "Hello, \u{2068}Ayesha\u{2069}!");
        assert_eq!(b.format("plain", &[("x", 3u32.into())]).unwrap(), "3", "a lone placeable is not isolated");
        assert_eq!(b.format("hello", &[]), None, "a missing variable is an error, so the caller falls back");
    }

    #[test]
    fn multiline_attributes_terms_and_references() {
        let src = "-brand = Waymark\nabout =\n    Line one\n      indented\n\n    after blank\n    .title = About { -brand }\nref = See { about.title }\n";
        let b = bundle(src);
        assert_eq!(b.format("about", &[]).unwrap(), "Line one\n  indented\n\nafter blank");
        assert_eq!(b.format("about.title", &[]).unwrap(), "About Waymark");
        assert_eq!(b.format("ref", &[]).unwrap(), "See About Waymark");
    }

    #[test]
    fn selects_on_plurals_and_exact_values() {
        let src = "items = { $n ->\n    [0] none\n    [one] one item\n   *[other] { $n } items\n}\n";
        let en = bundle(src);
        assert_eq!(en.format("items", &[("n", 0u32.into())]).unwrap(), "none");
        assert_eq!(en.format("items", &[("n", 1u32.into())]).unwrap(), "one item");
        assert_eq!(en.format("items", &[("n", 5u32.into())]).unwrap(), "\u{2068}5\u{2069} items");
        let mut pl = Bundle::new("pl");
        pl.add_source("x = { $n ->\n [one] jeden\n [few] kilka\n*[many] wiele\n}\n");
        let pick = |n: u32| pl.format("x", &[("n", n.into())]).unwrap();
        assert_eq!(
            (pick(1), pick(3), pick(5), pick(12), pick(22)),
            ("jeden".into(), "kilka".into(), "wiele".into(), "wiele".into(), "kilka".into())
        );
    }

    #[test]
    fn broken_entries_are_reported_and_skipped() {
        let mut b = Bundle::new("en-GB");
        let errors = b.add_source("good = fine\nbad = { $x\nfn = { NUMBER($n) }\nalso-good = yes\ngood = again\n");
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!(b.format("good", &[]).unwrap(), "fine");
        assert_eq!(b.format("also-good", &[]).unwrap(), "yes");
        assert!(!b.has_message("bad"));
    }

    #[test]
    fn literals_escape_braces() {
        let b = bundle("open = Type {\"{\"} here\nquote = { \"say \\\"hi\\\"\" }\n");
        assert_eq!(b.format("open", &[]).unwrap(), "Type { here");
        assert_eq!(b.format("quote", &[]).unwrap(), "say \"hi\"");
    }
}
