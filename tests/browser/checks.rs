//! Self-checks as a person takes them: one question per screen, risk first,
//! results in plain words, answers surviving a reload, kept results compared.

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::json;

use crate::support::*;

async fn hash(c: &Client) -> String {
    eval(c, "document.documentElement.dataset.route").await.as_str().unwrap().to_string()
}

/// Chooses option `value` on the current question and presses Continue.
async fn answer(c: &Client, value: u8) {
    let before = hash(c).await;
    c.find(Locator::Css(&format!("label[for='answer-{value}']"))).await.unwrap().click().await.unwrap();
    c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
    wait_until(c, &format!("document.documentElement.dataset.route !== '{before}'")).await;
    wait_for_heading(c).await;
}

async fn start(c: &Client, server: &TestServer, id: &str) {
    go(c, server, &format!("#/check/{id}")).await;
    c.find(Locator::Css("#check-start")).await.unwrap().click().await.unwrap();
    wait_until(c, &format!("document.documentElement.dataset.route === '#/check/{id}/1'")).await;
    wait_for_heading(c).await;
}

async fn text_of(c: &Client, css: &str) -> String {
    plain(&c.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("{css} is on the page")).text().await.unwrap())
}

#[tokio::test]
async fn a_risk_answer_on_phq9_reaches_crisis_routes_before_any_score() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/check").await;
        c.find(Locator::Css("a[href$='check/phq9/']")).await.unwrap().click().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "phq9-name"));
        assert_accessible(&c, "PHQ-9 start page").await;
        c.find(Locator::Css("#check-start")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/1'").await;
        assert_eq!(text_of(&c, "#question-progress").await, "Question 1 of 10");
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "phq9-item-1"));
        assert_accessible(&c, "PHQ-9 question 1").await;
        for _ in 1..=8 {
            answer(&c, 1).await;
        }
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "phq9-item-9"));
        answer(&c, 2).await;
        assert_eq!(hash(&c).await, "#/check/phq9/safety", "the safety page comes straight after the risk answer");
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "check-safety-title"));
        assert!(c.find(Locator::Css("#result-score")).await.is_err(), "no score on the safety page");
        c.find(Locator::Css("a[href='tel:111']")).await.expect("NHS 111 is offered");
        c.find(Locator::Css("a[href='tel:116123']")).await.expect("Samaritans is offered");
        c.find(Locator::Css("a[href='tel:08081570000']")).await.expect("the service's own crisis line is offered");
        assert_accessible(&c, "PHQ-9 safety page").await;

        // Jumping to the result is not a way round it.
        c.goto(&server.app_url("#/check/phq9/result")).await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/safety'").await;
        assert!(c.find(Locator::Css("#result-score")).await.is_err());

        c.find(Locator::Css("#check-safety-continue")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/10'").await;
        // The difficulty question is optional: Continue without an answer.
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/result'").await;
        wait_for_heading(&c).await;
        assert_eq!(text_of(&c, "#result-score").await, "Your score is 10 out of 27.");
        assert_eq!(text_of(&c, "#result-band").await, message("en-GB", "phq9-band-moderate"));
        assert!(text_of(&c, "#result-risk").await.contains(&message("en-GB", "check-result-risk")));
        c.find(Locator::Css("#result-caseness")).await.expect("10 or more is explained as the treatment threshold");
        assert!(
            plain(&c.title().await.unwrap()).starts_with("Your results: PHQ-9"),
            "the title names the page, not a score"
        );
        assert_accessible(&c, "PHQ-9 result").await;
    })
    .await;
}

#[tokio::test]
async fn gad7_by_keyboard_with_an_error_summary_surviving_a_reload() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        start(&c, &server, "gad7").await;
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.activeElement && document.activeElement.id === 'error-summary'").await;
        assert!(c.title().await.unwrap().starts_with("Error:"), "the title says there is an error");
        assert_eq!(
            eval(&c, "document.querySelector('fieldset').getAttribute('aria-describedby')").await,
            json!("question-hint question-error")
        );
        assert_accessible(&c, "GAD-7 question with an error").await;

        // Keyboard: focus the first radio, move with the arrow key, submit with Enter.
        eval(&c, "document.getElementById('answer-0').focus() || true").await;
        let radio = c.find(Locator::Css("#answer-0")).await.unwrap();
        radio.send_keys(&char::from(Key::Down).to_string()).await.unwrap();
        assert_eq!(eval(&c, "document.getElementById('answer-1').checked").await, json!(true));
        c.active_element().await.unwrap().send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/gad7/2'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "gad7-item-2"));
        answer(&c, 3).await;

        c.refresh().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "gad7-item-3"), "a reload keeps the place");
        c.find(Locator::Css(".back-link")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/gad7/2'").await;
        wait_until(&c, "document.getElementById('answer-3') && document.getElementById('answer-3').checked").await;
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/gad7/3'").await;
        for value in [2, 2, 1, 1, 0] {
            answer(&c, value).await;
        }
        // The published GAD-7's unscored difficulty question, which may be left.
        assert_eq!(hash(&c).await, "#/check/gad7/8");
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "gad7-item-difficulty"));
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/gad7/result'").await;
        wait_for_heading(&c).await;
        assert_eq!(text_of(&c, "#result-score").await, "Your score is 10 out of 21.");
        assert_eq!(text_of(&c, "#result-band").await, message("en-GB", "gad7-band-moderate"));
        assert!(c.find(Locator::Css("#result-risk")).await.is_err(), "GAD-7 has no risk item");
    })
    .await;
}

async fn take_gad7(c: &Client, server: &TestServer, answers: [u8; 7]) {
    go(c, server, "#/check/gad7").await;
    if c.find(Locator::Css("#check-start-again")).await.is_ok() {
        c.find(Locator::Css("#check-start-again")).await.unwrap().click().await.unwrap();
        wait_until(c, "document.documentElement.dataset.route === '#/check/gad7/1'").await;
    } else {
        c.find(Locator::Css("#check-start")).await.unwrap().click().await.unwrap();
        wait_until(c, "document.documentElement.dataset.route === '#/check/gad7/1'").await;
    }
    wait_for_heading(c).await;
    for value in answers {
        answer(c, value).await;
    }
    // The difficulty question is optional.
    c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
    wait_until(c, "document.documentElement.dataset.route === '#/check/gad7/result'").await;
    wait_for_heading(c).await;
    c.find(Locator::Css("#result-keep")).await.unwrap().click().await.unwrap();
    c.wait().for_element(Locator::Css("#result-kept")).await.unwrap();
}

#[tokio::test]
async fn kept_results_are_charted_compared_and_deleted() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        take_gad7(&c, &server, [3, 3, 2, 2, 2, 2, 1]).await; // 15
        take_gad7(&c, &server, [1, 1, 1, 1, 1, 1, 0]).await; // 6
        go(&c, &server, "#/check/gad7/history").await;
        assert_eq!(c.find_all(Locator::Css("#history-table tbody tr")).await.unwrap().len(), 2);
        c.find(Locator::Css("svg.chart polyline")).await.expect("a chart");
        c.find(Locator::Css("svg.chart .chart__caseness")).await.expect("the caseness line");
        assert_eq!(text_of(&c, "#history-change").await, message("en-GB", "check-history-improved"), "15 → 6 is reliable (≥ 4)");
        assert_accessible(&c, "GAD-7 history").await;

        // A tampered entry is left out with a message, never scored.
        eval(&c, "(() => { const h = JSON.parse(localStorage.getItem('waymark.history')); h.push({format_version: 1, instrument: 'gad7', taken_at_ms: 1, answers: [9,9,9,9,9,9,9]}); h.push({format_version: 0, instrument: 'gad7'}); localStorage.setItem('waymark.history', JSON.stringify(h)); return true; })()").await;
        c.refresh().await.unwrap();
        wait_for_heading(&c).await;
        c.find(Locator::Css("#history-unreadable")).await.expect("unreadable entries are reported");
        assert_eq!(c.find_all(Locator::Css("#history-table tbody tr")).await.unwrap().len(), 2);

        c.find(Locator::Css("#history-table tbody tr button")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.querySelectorAll('#history-table tbody tr').length === 1").await;
        c.find(Locator::Css("#history-delete-all")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Css("#history-empty")).await.unwrap();
        assert_eq!(eval(&c, "localStorage.getItem('waymark.history')").await, json!(null));
    })
    .await;
}

/// The safety page and the result take the place of the page before them
/// and are replaced in turn when left: Back never lands on them, and the
/// browser's history list never keeps them.
#[tokio::test]
async fn the_safety_page_and_the_result_leave_no_trail_in_history() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/check/phq9/1").await;
        let length = eval(&c, "history.length").await.as_i64().unwrap();
        for _ in 1..=8 {
            answer(&c, 0).await;
        }
        answer(&c, 1).await;
        assert_eq!(hash(&c).await, "#/check/phq9/safety");
        assert_eq!(
            eval(&c, "history.length").await.as_i64().unwrap(),
            length + 8,
            "the safety page took question 9's place"
        );
        c.find(Locator::Css("#check-safety-continue")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/10'").await;
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/result'").await;
        wait_for_heading(&c).await;
        assert_eq!(
            eval(&c, "history.length").await.as_i64().unwrap(),
            length + 8,
            "nor do question 10 and the result add entries"
        );
        // Leaving the result replaces it too (the sticky quick-exit bar sits over a scrolled menu).
        c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
        c.find(Locator::Css("nav a[href$='learn/']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/learn'").await;
        c.back().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/8'").await;
        assert_eq!(
            wait_for_heading(&c).await,
            message("en-GB", "phq9-item-8"),
            "Back goes past the safety page and the result"
        );
        c.forward().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/learn'").await;
    })
    .await;
}
