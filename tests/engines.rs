//! The release build in two more engines beside Chromium: WebKit (WebKitGTK's
//! MiniBrowser through WebKitWebDriver under Xvfb, the engine family of
//! iPhone Safari) and Gecko (Firefox ESR through geckodriver). For each:
//! every readable route at its own path with the app started, one self-check
//! to its result, one referral accepted, and the pages with no JavaScript and
//! with no WebAssembly. Run through `scripts/test` (`scripts/setup --test`
//! installs both engines).

#[path = "engines/support.rs"]
mod support;

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use support::*;

/// The service's phone number in the example configuration.
const SERVICE_TEL: &str = "tel:01632960000";

/// Crisis numbers the help page links as `tel:` (a subset of tests/browser's list).
const CRISIS_TELS: [&str; 4] = ["tel:999", "tel:111", "tel:116123", "tel:08081570000"];

/// a. Every readable route at its own path: the app starts there, draws the
///    page's own h1, and keeps the path.
async fn every_route_renders(engine: Engine) {
    let server = TestServer::start().await;
    with_engine(engine, Options::default(), move |c| async move {
        let pages: [(&str, String, &str); 8] = [
            ("", message("en-GB", "home-title"), "en-GB"),
            ("learn/", message("en-GB", "learn-title"), "en-GB"),
            ("learn/worry/", content_title("en-GB", "worry"), "en-GB"),
            ("help/", message("en-GB", "help-title"), "en-GB"),
            ("privacy/", message("en-GB", "privacy-title"), "en-GB"),
            ("check/", message("en-GB", "check-title"), "en-GB"),
            ("refer/", message("en-GB", "refer-title"), "en-GB"),
            ("ur/help/", message("ur", "help-title"), "ur"),
        ];
        for (path, title, lang) in pages {
            c.goto(&server.page(path)).await.unwrap();
            let h1 = started_heading(&c).await;
            assert_eq!(h1, title, "{}: /{path} has its own h1 once the app has started", engine.name());
            let here = c.current_url().await.unwrap();
            assert_eq!(here.path(), format!("{BASE}{path}"), "{}: the page keeps its own path", engine.name());
            let expected_dir = if lang == "ur" { "rtl" } else { "ltr" };
            assert_eq!(
                eval(&c, "document.documentElement.lang + ' ' + document.documentElement.dir").await,
                json!(format!("{lang} {expected_dir}")),
                "{}: /{path}",
                engine.name()
            );
            assert_eq!(eval(&c, "document.documentElement.classList.contains('wm-failed')").await, json!(false));
        }
    })
    .await;
}

/// Chooses option `value` on the current question and presses Continue.
async fn answer(c: &Client, value: u8) {
    let before = route(c).await;
    click(c, &format!("label[for='answer-{value}']")).await;
    assert_eq!(
        eval(c, &format!("document.getElementById('answer-{value}').checked")).await,
        json!(true),
        "the label chose its radio ({before})"
    );
    click(c, "#check-next").await;
    wait_until(c, &format!("document.documentElement.dataset.route !== {}", json!(before)), 20).await;
    heading(c).await;
}

/// b. GAD-7 from its start page to its result, through the app.
async fn gad7_to_its_result(engine: Engine) {
    let server = TestServer::start().await;
    with_engine(engine, Options::default(), move |c| async move {
        c.goto(&server.page("check/gad7/")).await.unwrap();
        assert_eq!(started_heading(&c).await, message("en-GB", "gad7-name"));
        click(&c, "#check-start").await;
        wait_for_route(&c, "#/check/gad7/1").await;
        assert_eq!(heading(&c).await, message("en-GB", "gad7-item-1"));
        // 2+1+2+1+2+1+1 = 10: moderate.
        for value in [2, 1, 2, 1, 2, 1, 1] {
            answer(&c, value).await;
        }
        assert_eq!(route(&c).await, "#/check/gad7/8");
        assert_eq!(heading(&c).await, message("en-GB", "gad7-item-difficulty"));
        // The difficulty question is optional: Continue without an answer.
        click(&c, "#check-next").await;
        wait_for_route(&c, "#/check/gad7/result").await;
        heading(&c).await;
        let score = c.wait().for_element(Locator::Css("#result-score")).await.unwrap().text().await.unwrap();
        assert_eq!(plain(&score), "Your score is 10 out of 21.", "{}", engine.name());
        let band = c.find(Locator::Css("#result-band")).await.unwrap().text().await.unwrap();
        assert_eq!(plain(&band), message("en-GB", "gad7-band-moderate"));
    })
    .await;
}

async fn fill(c: &Client, id: &str, text: &str) {
    let input = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("#{id} is on the page"));
    input.clear().await.unwrap();
    input.send_keys(text).await.unwrap();
    assert_eq!(
        eval(c, &format!("document.getElementById({}).value", json!(id))).await,
        json!(text),
        "#{id} took the text"
    );
}

async fn choose(c: &Client, input_id: &str) {
    click(c, &format!("label[for='{input_id}']")).await;
}

async fn continue_to(c: &Client, route_name: &str) {
    click(c, "#refer-continue").await;
    wait_for_route(c, route_name).await;
    heading(c).await;
}

/// c. The referral journey as tests/browser/refer.rs fills it, sent and
///    accepted, and stored exactly once.
async fn one_referral_accepted(engine: Engine) {
    let server = TestServer::start().await;
    server.send_referrals_here();
    with_engine(engine, Options::default(), move |c| async move {
        c.goto(&server.page("refer/")).await.unwrap();
        assert_eq!(started_heading(&c).await, message("en-GB", "refer-title"));
        click(&c, "#refer-start, #refer-resume").await;
        wait_for_route(&c, "#/refer/eligibility").await;
        heading(&c).await;
        choose(&c, "in-crisis-no").await;
        fill(&c, "date-of-birth-day", "7").await;
        fill(&c, "date-of-birth-month", "3").await;
        fill(&c, "date-of-birth-year", "1990").await;
        fill(&c, "postcode", "sw1a 1aa").await;
        choose(&c, "secondary-care-no").await;
        continue_to(&c, "#/refer/about-you").await;
        fill(&c, "given-name", "Ayesha").await;
        fill(&c, "family-name", "Khan").await;
        fill(&c, "address-line-1", "1 High Street").await;
        fill(&c, "address-town", "Anytown").await;
        continue_to(&c, "#/refer/contact").await;
        fill(&c, "phone", "07700 900123").await;
        choose(&c, "voicemail-no").await;
        choose(&c, "texts").await;
        continue_to(&c, "#/refer/more").await;
        fill(&c, "gp-practice", "Riverside Medical Centre, Anytown").await;
        fill(&c, "help-with", "Worry & <b>sleep</b>").await;
        choose(&c, "help-topics-sleep").await;
        continue_to(&c, "#/refer/equality").await;
        choose(&c, "gender-prefer-not-to-say").await;
        choose(&c, "disability-no").await;
        continue_to(&c, "#/refer/consent").await;
        choose(&c, "consent-share-with-gp").await;
        choose(&c, "consent-privacy-notice").await;
        continue_to(&c, "#/refer/check").await;
        let answers = c.find(Locator::Id("refer-answers")).await.unwrap().text().await.unwrap();
        // The page shows the postcode as typed; the payload carries it normalised.
        assert!(answers.contains("Ayesha") && answers.contains("sw1a 1aa"), "{}: {answers}", engine.name());

        click(&c, "#refer-send").await;
        wait_for_route(&c, "#/refer/sent").await;
        wait_until(&c, "document.querySelector('#refer-status[data-state=accepted]')", 30).await;
        // Anything still to send would have gone by now.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let stored = server.stored();
        assert_eq!(stored.len(), 1, "{}: exactly one referral stored: {:?}", engine.name(), server.received());
        assert_eq!(stored[0].content_type, "application/json");
        let body: Value = serde_json::from_str(&stored[0].body).unwrap();
        assert_eq!(body["referral_id"], json!(stored[0].idempotency_key));
        assert_eq!(body["person"]["given_name"], json!("Ayesha"));
        assert_eq!(body["person"]["postcode"], json!("SW1A 1AA"));
        assert_eq!(body["referral"]["help_with"], json!("Worry & <b>sleep</b>"), "sent exactly as typed");
        assert_eq!(
            eval(&c, "localStorage.getItem('waymark.referral-draft')").await,
            json!(null),
            "the draft is deleted once accepted"
        );
    })
    .await;
}

/// The crisis page and the referral's start as plain HTML: phone links that
/// work, and the notice with the service's phone where the app cannot run.
async fn html_pages_give_phones(c: &Client, server: &TestServer, engine: Engine, javascript: bool) {
    // With JavaScript, the page shows the notice once the app has failed to start.
    let failed = "document.documentElement.classList.contains('wm-failed')";
    c.goto(&server.page("help/")).await.unwrap();
    if javascript {
        wait_until(c, failed, 30).await;
    }
    assert_eq!(heading(c).await, message("en-GB", "help-title"));
    let tels = hrefs(c, "#crisis-routes a[href^='tel:']").await;
    for number in CRISIS_TELS {
        assert!(tels.iter().any(|t| t == number), "{}: {number} missing from {tels:?}", engine.name());
    }
    c.goto(&server.page("refer/")).await.unwrap();
    if javascript {
        wait_until(c, failed, 30).await;
    }
    assert_eq!(heading(c).await, message("en-GB", "refer-title"));
    assert!(shown(c, ".needs-app__notice").await, "{}: the refer page says it needs the app", engine.name());
    assert!(!shown(c, ".needs-app__loading").await, "{}: no 'loading' that never ends", engine.name());
    let phone = c.find(Locator::Css("#needs-app-phone")).await.expect("the service's phone is offered");
    assert_eq!(phone.attr("href").await.unwrap().as_deref(), Some(SERVICE_TEL));
    assert!(phone.is_displayed().await.unwrap(), "{}: the phone link is visible", engine.name());
}

/// d. With JavaScript off in the engine: the pages are plain HTML.
async fn without_javascript(engine: Engine) {
    let server = TestServer::start().await;
    with_engine(engine, Options { javascript: false }, move |c| async move {
        c.goto(&server.page("")).await.unwrap();
        assert_eq!(heading(&c).await, message("en-GB", "home-title"));
        // The page's inline script marks <html> wm-wasm at once wherever
        // WebAssembly exists (both engines have it): unmarked, no script ran.
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(
            eval(&c, "document.documentElement.className").await,
            json!(""),
            "{}: no page script ran",
            engine.name()
        );
        html_pages_give_phones(&c, &server, engine, false).await;
        assert_eq!(eval(&c, "document.documentElement.className").await, json!(""));
    })
    .await;
}

/// e. With JavaScript but a policy refusing WebAssembly (as a locked-down
///    browser, or iPhone's Lockdown Mode, leaves it out): the static page
///    stays and gives the phone.
async fn without_webassembly(engine: Engine) {
    let server = TestServer::start().await;
    server.block_webassembly();
    with_engine(engine, Options::default(), move |c| async move {
        html_pages_give_phones(&c, &server, engine, true).await;
        assert_eq!(eval(&c, "document.documentElement.classList.contains('wm-started')").await, json!(false));
    })
    .await;
}

macro_rules! engine_tests {
    ($module:ident, $engine:expr) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn every_readable_route_renders_at_its_path_and_the_app_starts() {
                every_route_renders($engine).await;
            }

            #[tokio::test]
            async fn gad7_through_the_app_to_its_result() {
                gad7_to_its_result($engine).await;
            }

            #[tokio::test]
            async fn one_referral_is_accepted_and_stored_once() {
                one_referral_accepted($engine).await;
            }

            #[tokio::test]
            async fn with_no_javascript_the_crisis_phones_and_the_service_phone_are_there() {
                without_javascript($engine).await;
            }

            #[tokio::test]
            async fn when_a_policy_refuses_webassembly_the_pages_give_the_phones() {
                without_webassembly($engine).await;
            }
        }
    };
}

engine_tests!(webkit, Engine::WebKit);
engine_tests!(gecko, Engine::Gecko);
