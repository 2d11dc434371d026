//! Learn as readers meet it: the topic list and "materials for me", a topic
//! in a right-to-left language with its link to the self-check, English
//! offered when a translation is missing or broken, reading tools, and a
//! topic read again offline after a first visit.

use fantoccini::{Client, Locator};
use serde_json::json;

use crate::support::*;

/// The `<h1>` once the topic (not the loading state) is shown.
async fn topic_heading(c: &Client, locale: &str, id: &str) -> String {
    let title = content_title(locale, id);
    // The static page shows it at once; wait for the app too.
    wait_until(c, "document.documentElement.classList.contains('wm-started')").await;
    wait_until(c, &format!("document.querySelector('h1')?.textContent === {}", json!(title))).await;
    title
}

#[tokio::test]
async fn materials_for_me_filter_the_topics_and_a_topic_links_to_its_self_check() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/learn").await;
        wait_until(&c, "document.querySelectorAll('.cards li').length > 0").await;
        assert_eq!(eval(&c, "document.querySelectorAll('.cards li').length").await, json!(13));
        assert_accessible(&c, "Learn, every topic").await;

        c.find(Locator::Css("#learn-for option[value='carers']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.querySelectorAll('.cards li').length === 4").await;
        let shown = eval(&c, "[...document.querySelectorAll('.cards h3')].map(h => h.textContent)").await;
        let expected: Vec<String> =
            ["stress", "low-mood", "sleep", "grief"].iter().map(|id| content_title("en-GB", id)).collect();
        assert_eq!(shown, json!(expected));
        // Nothing about the choice is written to the device.
        assert_eq!(eval(&c, "JSON.stringify(localStorage).includes('carers')").await, json!(false));
        assert_eq!(eval(&c, "JSON.stringify(sessionStorage).includes('carers')").await, json!(false));
        assert_accessible(&c, "Learn, materials for carers").await;

        c.find(Locator::Css(".inset a[href$='learn/for/carers/']")).await.unwrap().click().await.unwrap();
        topic_heading(&c, "en-GB", "carers").await;
        assert!(eval(&c, "document.title").await.as_str().unwrap().starts_with(&content_title("en-GB", "carers")));
        assert_accessible(&c, "carers' material").await;

        // An older link: the page is loaded afresh at its own address (so,
        // as on any page load, focus starts at the top, not the heading).
        c.goto(&server.app_url("#/learn/worry")).await.unwrap();
        topic_heading(&c, "en-GB", "worry").await;
        assert_eq!(eval(&c, "location.pathname.endsWith('/learn/worry/')").await, json!(true));
        assert_eq!(
            eval(&c, "document.querySelector('.translation-status').textContent").await,
            json!(message("en-GB", "learn-status-draft"))
        );
        assert_accessible(&c, "the worry topic").await;
        c.find(Locator::Css(".next-steps a[href$='check/gad7/']")).await.unwrap().click().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "gad7-name"));
    })
    .await;
}

#[tokio::test]
async fn a_topic_in_arabic_is_mirrored_and_its_link_opens_the_self_check() {
    let server = TestServer::start().await;
    let options = BrowserOptions { languages: "ar,en", ..BrowserOptions::default() };
    with_browser(options, move |c| async move {
        c.goto(&server.app_url("#/learn/low-mood")).await.unwrap();
        topic_heading(&c, "ar", "low-mood").await;
        assert_eq!(eval(&c, "document.documentElement.dir").await, json!("rtl"));
        assert_eq!(eval(&c, "document.querySelector('article').lang").await, json!("ar"));
        assert_eq!(eval(&c, "getComputedStyle(document.querySelector('article')).direction").await, json!("rtl"));
        // Mirrored layout: the title's words start at the right edge, the next-steps bar is on the right.
        let words = "(() => { const h = document.querySelector('h1'), r = document.createRange(); r.selectNodeContents(h); \
                     const t = r.getBoundingClientRect(), b = h.getBoundingClientRect(); return [b.right - t.right, t.left - b.left]; })()";
        let gaps = eval(&c, words).await;
        let (right, left) = (gaps[0].as_f64().unwrap(), gaps[1].as_f64().unwrap());
        assert!(right < 2.0 && left > right, "the title starts at the right: gaps {right} (right) and {left} (left)");
        assert_eq!(eval(&c, "getComputedStyle(document.querySelector('.next-steps')).borderRightWidth").await, json!("8px"));
        assert_eq!(
            eval(&c, "document.querySelector('.translation-status').textContent").await,
            json!(message("ar", "learn-status-machine"))
        );
        assert_accessible(&c, "low mood in Arabic").await;
        c.set_window_size(320, 720).await.unwrap();
        let overflow = eval(&c, "document.documentElement.scrollWidth - innerWidth").await;
        assert!(overflow.as_i64().unwrap() <= 0, "320 px scrolls sideways by {overflow}");
        c.set_window_size(1280, 900).await.unwrap();

        // The link inside the text (not only the next steps) opens the self-check.
        c.find(Locator::Css("article a[href$='check/phq9/']")).await.unwrap().click().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("ar", "phq9-name"));
        assert_eq!(eval(&c, "document.documentElement.dir").await, json!("rtl"));
    })
    .await;
}

#[tokio::test]
async fn a_missing_or_broken_translation_says_so_and_offers_english() {
    let server = TestServer::start().await;
    server.set("content/pl/topics/worry.md", 200, "text/markdown", "## Brak {#about}\n<script>alert(1)</script>\n");
    let options = BrowserOptions { languages: "pl,en", ..BrowserOptions::default() };
    with_browser(options, move |c| async move {
        // A topic the pack has not translated into Polish is shown in English
        // at once, saying so, with no request for a Polish file.
        c.goto(&server.app_url("#/learn/grief")).await.unwrap();
        wait_until(&c, "document.documentElement.lang === 'pl' && document.querySelector('article')?.lang === 'en-GB'")
            .await;
        wait_for_text(&c, &message("pl", "learn-in-english-note")).await;
        assert!(
            !server.requests().iter().any(|r| r == "content/pl/topics/grief.md"),
            "no request for a file the pack says is not translated: {:?}",
            server.requests()
        );
        assert_accessible(&c, "grief in English on a Polish page").await;
        // A translated file that is broken is not shown: English is offered.
        for id in ["worry"] {
            c.goto(&server.app_url(&format!("#/learn/{id}"))).await.unwrap();
            let offer = format!("//div[@class='inset']/button[.='{}']", message("pl", "learn-read-in-english"));
            c.wait().for_element(Locator::XPath(&offer)).await.unwrap();
            // "…not available in Polski": the language named in its own words.
            let says = eval(&c, "document.querySelector('.inset p').textContent").await;
            assert!(says.as_str().unwrap().contains("Polski"), "{id}: {says}");
            assert_eq!(eval(&c, "document.querySelector('article')").await, json!(null), "{id}: nothing half-shown");
            assert_accessible(&c, &format!("{id} unavailable in Polish")).await;
            c.find(Locator::XPath(&offer)).await.unwrap().click().await.unwrap();
            wait_until(&c, "document.querySelector('article')?.lang === 'en-GB'").await;
            assert_eq!(eval(&c, "document.querySelector('article').dir").await, json!("ltr"));
            wait_for_text(&c, &message("pl", "learn-in-english-note")).await;
            // The interface stays Polish.
            assert_eq!(eval(&c, "document.documentElement.lang").await, json!("pl"));
        }
        // The broken file's markup never became HTML.
        assert_eq!(eval(&c, "[...document.scripts].some(s => s.textContent.includes('alert(1)'))").await, json!(false));
        // The rest of the app still works.
        assert_eq!(go(&c, &server, "#/help").await, message("pl", "help-title"));
    })
    .await;
}

#[tokio::test]
async fn read_aloud_uses_a_voice_for_the_language_and_text_size_is_remembered() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        // Headless Chromium has no voices: stand in for the browser's speech
        // synthesis, with an English voice only.
        c.execute(
            r#"window.spoken = [];
            const listeners = [];
            Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
              getVoices: () => [{ lang: 'en-GB', name: 'Test' }],
              addEventListener: (_, f) => listeners.push(f),
              speak: (u) => { window.spoken.push({ text: u.text, lang: u.lang }); },
              cancel: () => { window.cancelled = true; },
            }});
            window.SpeechSynthesisUtterance = function (text) { this.text = text; };"#,
            vec![],
        )
        .await
        .unwrap();
        c.goto(&server.app_url("#/learn/sleep")).await.unwrap();
        topic_heading(&c, "en-GB", "sleep").await;
        let read_aloud = c.find(Locator::XPath(&format!("//button[.='{}']", message("en-GB", "learn-read-aloud")))).await;
        read_aloud.expect("read aloud offered for English").click().await.unwrap();
        wait_until(&c, "window.spoken.length === 1").await;
        assert_eq!(eval(&c, "window.spoken[0].lang").await, json!("en-GB"));
        let spoken = eval(&c, "window.spoken[0].text").await;
        assert!(spoken.as_str().unwrap().contains(&content_title("en-GB", "sleep")) || spoken.as_str().unwrap().len() > 500);
        assert_eq!(eval(&c, "document.querySelector('.page-tools button').getAttribute('aria-pressed')").await, json!("true"));

        // Text size: larger, applied to the whole page, and remembered.
        let large = format!("//button[.='{}']", message("en-GB", "learn-text-size-largest"));
        c.find(Locator::XPath(&large)).await.unwrap().click().await.unwrap();
        assert_eq!(eval(&c, "getComputedStyle(document.documentElement).fontSize").await, json!("24px"));
        c.refresh().await.unwrap();
        topic_heading(&c, "en-GB", "sleep").await;
        assert_eq!(eval(&c, "getComputedStyle(document.documentElement).fontSize").await, json!("24px"));
        assert_eq!(eval(&c, &format!("document.evaluate(\"{large}\", document, null, 9, null).singleNodeValue.getAttribute('aria-pressed')")).await, json!("true"));
        go(&c, &server, "#/privacy").await;
        wait_for_text(&c, &message("en-GB", "privacy-stored-text-size")).await;
    })
    .await;
}

#[tokio::test]
async fn a_topic_read_once_opens_again_offline() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        c.goto(&server.app_url("#/learn/panic")).await.unwrap();
        topic_heading(&c, "en-GB", "panic").await;
        // The worker takes over and keeps what this first visit loaded.
        wait_until(&c, "navigator.serviceWorker.controller !== null").await;
        let is_cached = "const done = arguments[arguments.length - 1]; \
            caches.match('content/en-GB/topics/panic.md').then(r => done(!!r), () => done(false));";
        let mut cached = false;
        for _ in 0..100 {
            cached = c.execute_async(is_cached, vec![]).await.unwrap() == json!(true);
            if cached {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        assert!(cached, "the topic was cached");

        server.set_offline(true);
        c.refresh().await.unwrap();
        topic_heading(&c, "en-GB", "panic").await;
        wait_until(&c, "document.querySelectorAll('article h2').length >= 5").await;
        assert_eq!(go(&c, &server, "#/help").await, message("en-GB", "help-title"));
        assert_eq!(go(&c, &server, "#/").await, message("en-GB", "home-title"));
    })
    .await;
}
