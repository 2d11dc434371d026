//! The size report and its budgets (`waymark-site size-report DIST
//! [--check]`): what a reader downloads before the first meaningful paint,
//! and for the whole journey from the home page through a self-check to a
//! sent referral, measured as a CDN would serve it (brotli, quality 11).
//!
//! Budgets (issue 15; README, "Performance"): first paint 20 KB for the
//! home page and 25 KB for a topic (HTML and stylesheets only: the app's
//! script and WebAssembly are not needed to read the page); the journey
//! 450 KB (goal 300 KB).

use std::io::Write;
use std::path::Path;

/// 1 KB = 1024 bytes.
pub const KB: usize = 1024;
/// Bytes before the first meaningful paint of the home page.
pub const FIRST_PAINT_HOME: usize = 20 * KB;
/// Bytes before the first meaningful paint of a topic.
pub const FIRST_PAINT_TOPIC: usize = 25 * KB;
/// Bytes for home → PHQ-9 result → referral sent.
pub const JOURNEY: usize = 450 * KB;

/// Raw, gzip (level 9) and brotli (quality 11) sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl std::ops::Add for Sizes {
    type Output = Sizes;
    fn add(self, other: Sizes) -> Sizes {
        Sizes { raw: self.raw + other.raw, gzip: self.gzip + other.gzip, brotli: self.brotli + other.brotli }
    }
}

/// The sizes of some bytes as served.
pub fn sizes_of(bytes: &[u8]) -> Sizes {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gzip.write_all(bytes);
    let gzip = gzip.finish().map(|v| v.len()).unwrap_or(0);
    let mut brotli = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params);
    Sizes { raw: bytes.len(), gzip, brotli: brotli.len() }
}

/// A page's files, in the order a browser asks for them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PageFiles {
    /// Stylesheets: needed before anything is painted.
    pub stylesheets: Vec<String>,
    /// The app's script and its snippets (modulepreload), and its WASM.
    pub app: Vec<String>,
    /// The manifest and icon.
    pub other: Vec<String>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

/// Reads the files a rendered page makes the browser download.
pub fn page_files(html: &str) -> PageFiles {
    let mut files = PageFiles::default();
    for tag in html.split('<').filter(|t| t.starts_with("link ")) {
        let (Some(rel), Some(href)) = (attribute(tag, "rel"), attribute(tag, "href")) else { continue };
        match rel.as_str() {
            "stylesheet" => files.stylesheets.push(href),
            "modulepreload" => files.app.push(href),
            "manifest" | "icon" => files.other.push(href),
            _ => {}
        }
    }
    // The loader names the WASM.
    if let Some(at) = html.find("module_or_path: \"./") {
        let rest = &html[at + "module_or_path: \"./".len()..];
        if let Some(end) = rest.find('"') {
            files.app.push(rest[..end].to_string());
        }
    }
    files
}

/// One line of the report.
pub struct Line {
    pub what: String,
    pub sizes: Sizes,
}

/// The report.
pub struct Report {
    pub first_paint_home: Vec<Line>,
    pub first_paint_topic: Vec<Line>,
    pub journey: Vec<Line>,
    /// Per locale: (locale, journey brotli).
    pub journeys_by_locale: Vec<(String, usize)>,
    /// Learn: the list's files and one topic's file, brotli.
    pub topic_file: Sizes,
}

fn total(lines: &[Line]) -> Sizes {
    lines.iter().fold(Sizes::default(), |a, l| a + l.sizes)
}

fn line(dist: &Path, file: &str) -> Line {
    let bytes = std::fs::read(dist.join(file)).unwrap_or_default();
    Line { what: file.to_string(), sizes: sizes_of(&bytes) }
}

/// Measures a build.
pub fn measure(dist: &Path) -> Result<Report, String> {
    let home = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let topic_path = "learn/worry/index.html";
    let topic = std::fs::read_to_string(dist.join(topic_path)).map_err(|e| format!("{topic_path}: {e}"))?;
    let home_files = page_files(&home);
    let topic_files = page_files(&topic);
    let first_paint = |page: &str, files: &PageFiles| {
        std::iter::once(line(dist, page)).chain(files.stylesheets.iter().map(|f| line(dist, f))).collect::<Vec<_>>()
    };
    let first_paint_home = first_paint("index.html", &home_files);
    let first_paint_topic = first_paint(topic_path, &topic_files);
    // Home, then (drawn by the app, no page loads) PHQ-9 to its result and
    // the referral to "sent": one page, the app and what it fetches.
    let mut journey = first_paint("index.html", &home_files);
    journey.extend(home_files.app.iter().chain(&home_files.other).map(|f| line(dist, f)));
    journey.extend(["config.json", "sw.js"].into_iter().map(|f| line(dist, f)));
    let english: usize = total(&journey).brotli;
    let mut journeys_by_locale = vec![("en-GB".to_string(), english)];
    if let Ok(entries) = std::fs::read_dir(dist.join("locales")) {
        let mut locales: Vec<String> =
            entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|l| l != "en-GB").collect();
        locales.sort();
        for locale in locales {
            let strings: usize = crate::core::i18n::FTL_FILES
                .iter()
                .map(|f| line(dist, &format!("locales/{locale}/{f}")).sizes.brotli)
                .sum();
            journeys_by_locale.push((locale, english + strings));
        }
    }
    let topic_file = line(dist, "content/en-GB/topics/worry.md").sizes;
    Ok(Report { first_paint_home, first_paint_topic, journey, journeys_by_locale, topic_file })
}

fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / KB as f64)
}

impl Report {
    /// The report as text, and the budgets broken (empty when all hold).
    pub fn render(&self) -> (String, Vec<String>) {
        let mut out = String::new();
        let mut broken = Vec::new();
        let mut table = |title: &str, lines: &[Line], budget: usize| {
            out.push_str(&format!(
                "\n{title} (KB = 1024 bytes)\n{:<52} {:>8} {:>8} {:>8}\n",
                "file", "raw", "gzip", "brotli"
            ));
            for l in lines {
                out.push_str(&format!(
                    "{:<52} {:>8} {:>8} {:>8}\n",
                    l.what,
                    kb(l.sizes.raw),
                    kb(l.sizes.gzip),
                    kb(l.sizes.brotli)
                ));
            }
            let sum = total(lines);
            out.push_str(&format!(
                "{:<52} {:>8} {:>8} {:>8}   budget {} KB\n",
                "total",
                kb(sum.raw),
                kb(sum.gzip),
                kb(sum.brotli),
                budget / KB
            ));
            if sum.brotli > budget {
                broken.push(format!("{title}: {} KB brotli, over the budget of {} KB", kb(sum.brotli), budget / KB));
            }
        };
        table("First meaningful paint, home page (HTML and stylesheets)", &self.first_paint_home, FIRST_PAINT_HOME);
        table("First meaningful paint, a topic (learn/worry/)", &self.first_paint_topic, FIRST_PAINT_TOPIC);
        table("Whole journey: home → PHQ-9 result → referral sent, English", &self.journey, JOURNEY);
        out.push_str("\nWhole journey by language (adds the language's strings), brotli KB:\n");
        for (locale, bytes) in &self.journeys_by_locale {
            out.push_str(&format!("  {locale:8} {}\n", kb(*bytes)));
            if *bytes > JOURNEY {
                broken.push(format!("journey in {locale}: {} KB brotli, over {} KB", kb(*bytes), JOURNEY / KB));
            }
        }
        out.push_str(&format!(
            "\nA topic's words (content/en-GB/topics/worry.md): {} KB brotli, fetched by the app when it opens a topic without a page load\n",
            kb(self.topic_file.brotli)
        ));
        (out, broken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_files_are_read_from_its_tags() {
        let html = r#"<link rel="stylesheet" href="styles-1.css" integrity="x"><link rel="stylesheet" href="theme-2.css">
<link rel="manifest" href="manifest.webmanifest"><script type="module">import init from "./w-3.js";
init({ module_or_path: "./w-3_bg.wasm" })</script><link rel="modulepreload" href="w-3.js" integrity="y" crossorigin>"#;
        let files = page_files(html);
        assert_eq!(files.stylesheets, ["styles-1.css", "theme-2.css"]);
        assert_eq!(files.app, ["w-3.js", "w-3_bg.wasm"]);
        assert_eq!(files.other, ["manifest.webmanifest"]);
    }

    #[test]
    fn compression_is_measured() {
        let text = "crisis routes ".repeat(200);
        let sizes = sizes_of(text.as_bytes());
        assert_eq!(sizes.raw, 2800);
        assert!(sizes.brotli < 100 && sizes.gzip < 100, "{sizes:?}");
    }
}
