//! While you wait, as a person meets it after referring: the next steps and
//! the wait from the service's configuration (also as plain HTML), the
//! reference and calendar files from this device, a check-in that falls due
//! "three weeks later", and a check-in showing reliable deterioration that
//! leads to telling the service before the score.

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::refer::{fill_journey, wait_long};
use crate::support::*;

const DAY_MS: i64 = 86_400_000;

/// A kept PHQ-9 result `days_ago` days back, totalling 5 (no risk answer).
fn kept_phq9(days_ago: i64) -> String {
    format!(
        "localStorage.setItem('waymark.history', JSON.stringify([{{format_version: 1, instrument: 'phq9', taken_at_ms: Date.now() - {}, answers: [1,1,1,1,1,0,0,0,0]}}]));",
        days_ago * DAY_MS
    )
}

async fn text(c: &Client, css: &str) -> String {
    let found = c.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("{css} is on the page"));
    plain(&found.text().await.unwrap())
}

/// Answers the PHQ-9 from its first question to its result (the optional
/// difficulty question left unanswered).
async fn answer_phq9(c: &Client, answers: [u8; 9]) {
    wait_until(c, "document.documentElement.dataset.route === '#/check/phq9'").await;
    wait_for_heading(c).await;
    // The same tab still holds the last answers: start again, as a person would.
    c.find(Locator::Css("#check-start, #check-start-again")).await.unwrap().click().await.unwrap();
    wait_until(c, "document.documentElement.dataset.route === '#/check/phq9/1'").await;
    wait_for_heading(c).await;
    for value in answers {
        let before = eval(c, "document.documentElement.dataset.route").await;
        c.find(Locator::Css(&format!("label[for='answer-{value}']"))).await.unwrap().click().await.unwrap();
        c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
        wait_until(c, &format!("document.documentElement.dataset.route !== {before}")).await;
        wait_for_heading(c).await;
    }
    c.find(Locator::Css("#check-next")).await.unwrap().click().await.unwrap();
    wait_until(c, "document.documentElement.dataset.route === '#/check/phq9/result'").await;
    wait_for_heading(c).await;
}

#[tokio::test]
async fn after_a_referral_a_check_in_three_weeks_later_that_is_worse_leads_to_telling_the_service_first() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        // A PHQ-9 taken and kept today: 5, no risk answer.
        go(&c, &server, "#/check/phq9").await;
        answer_phq9(&c, [1, 1, 1, 1, 1, 0, 0, 0, 0]).await;
        c.find(Locator::Id("result-keep")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('result-kept')").await;

        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        let reference = eval(&c, "JSON.parse(localStorage.getItem('waymark.receipts'))[0].referral_id.split('-')[0].toUpperCase()")
            .await
            .as_str()
            .unwrap()
            .to_string();

        c.find(Locator::Id("refer-waiting-link")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/waiting'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "waiting-title"));
        assert!(c.current_url().await.unwrap().path().ends_with("/waiting/"), "a page at its own path");
        assert!(text(&c, "#waiting-first-contact").await.contains("within 5 working days"));
        assert!(text(&c, "#waiting-typical").await.contains("about 6 weeks"));
        assert!(text(&c, "#waiting-reference").await.contains(&reference), "the reference to quote");

        // The expected call as a calendar file made on the device.
        let ics = eval(
            &c,
            "(() => { const href = document.getElementById('waiting-call-calendar').getAttribute('href'); return href.startsWith('data:text/calendar;charset=utf-8,') ? decodeURIComponent(href.split(',')[1]) : href; })()",
        )
        .await;
        // The file keeps Fluent's isolation marks around the reference, as the page does.
        let ics = plain(ics.as_str().unwrap());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("BEGIN:VEVENT\r\n"), "{ics}");
        assert!(ics.contains(&format!("Your referral reference is {reference}")), "{ics}");
        let start = ics.as_str().split("DTSTART;VALUE=DATE:").nth(1).unwrap()[..8].to_string();
        let in_a_week =
            eval(&c, "(() => { const d = new Date(Date.now() + 9 * 86400000); return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate(); })()")
                .await;
        let today = eval(&c, "(() => { const d = new Date(); return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate(); })()").await;
        let start: i64 = start.parse().unwrap();
        assert!(start > today.as_i64().unwrap() && start <= in_a_week.as_i64().unwrap(), "5 working days on: {start}");

        assert!(text(&c, "#waiting-check-ins li[data-instrument='phq9']").await.contains("next check-in on"));
        assert_accessible(&c, "while you wait").await;

        // Three weeks later (the page's clock moved on), the check-in is due.
        shift_clock(&c, 21 * DAY_MS).await;
        c.refresh().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-check-ins')").await;
        let due = text(&c, "#waiting-check-ins li[data-instrument='phq9']").await;
        assert!(due.contains("due now"), "{due}");
        assert!(text(&c, "#waiting-reference").await.contains(&reference), "the receipt is still kept after 21 days");

        // The check-in: 11 now against 5 then is a reliable rise (6 or more).
        c.find(Locator::Css("#waiting-check-ins li[data-instrument='phq9'] a")).await.unwrap().click().await.unwrap();
        answer_phq9(&c, [2, 2, 2, 2, 2, 1, 0, 0, 0]).await;
        assert!(text(&c, "#result-harder li[data-reason='reliably-worse']").await.contains("11, up from 5"));
        assert!(text(&c, "#result-harder").await.contains(&reference), "the reference to quote when calling");
        let phone = c.find(Locator::Id("result-harder-phone")).await.unwrap();
        assert_eq!(phone.attr("href").await.unwrap().as_deref(), Some("tel:01632960000"));
        assert_eq!(
            eval(&c, "!!(document.getElementById('result-harder').compareDocumentPosition(document.getElementById('result-score')) & Node.DOCUMENT_POSITION_FOLLOWING)").await,
            json!(true),
            "telling the service comes before the score"
        );
        assert_accessible(&c, "a check-in that is worse").await;

        // Tell the service online, through a 503 and a dropped connection.
        let referral_id = eval(&c, "JSON.parse(localStorage.getItem('waymark.receipts'))[0].referral_id").await;
        server.inject(&[Fault::Status(503, Some("1")), Fault::Drop]);
        c.find(Locator::Id("update-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('update-words-error')").await;
        assert_eq!(eval(&c, "document.activeElement.id").await, json!("update-words"), "the error takes the person to the field");
        c.find(Locator::Id("update-words")).await.unwrap().send_keys("Worse since I lost my job <b>").await.unwrap();
        c.find(Locator::Css("label[for='update-include-result']")).await.unwrap().click().await.unwrap();
        c.find(Locator::Id("update-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('update-status')").await;
        assert_ne!(eval(&c, "document.getElementById('update-status').dataset.state").await, json!("accepted"), "not while failing");
        wait_long(&c, "document.getElementById('update-status').dataset.state === 'accepted'", 30).await;
        assert_eq!(server.faults_left(), 0, "the 503 and the dropped connection were met");
        let updates: Vec<Received> = server
            .stored()
            .into_iter()
            .filter(|r| r.body.contains("\"message_type\":\"referral-update\""))
            .collect();
        assert_eq!(updates.len(), 1, "one update stored: {:?}", server.received());
        let update: Value = serde_json::from_str(&updates[0].body).unwrap();
        assert_eq!(update["update_id"], json!(updates[0].idempotency_key), "retried with one key");
        assert_eq!(update["referral_id"], referral_id, "about the referral the service has");
        assert_eq!(update["referral_reference"], json!(reference));
        assert_eq!(update["change"]["in_own_words"], json!("Worse since I lost my job <b>"), "as typed");
        assert_eq!(update["change"]["reasons"], json!(["reliable-deterioration"]));
        assert_eq!(update["measures"][0]["total"], json!(11));
        assert_eq!(update["measures"][0]["previous_total"], json!(5));
        assert_eq!(update["measures"][0]["reliable_change"], json!("deteriorated"));
        assert_eq!(update["risk"]["flagged"], json!(false));
        assert_accessible(&c, "an update sent").await;
        // The banner on other pages is about referrals, and there is none waiting.
        go(&c, &server, "#/learn").await;
        assert!(c.find(Locator::Id("referral-waiting-notice")).await.is_err());
        assert_eq!(server.stored().len(), 2, "the referral and the update, once each");
    })
    .await;
}

#[tokio::test]
async fn a_result_no_worse_than_the_last_says_nothing_of_the_kind_and_shared_devices_keep_no_check_ins() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        c.execute(&kept_phq9(3), vec![]).await.unwrap();
        go(&c, &server, "#/waiting").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "waiting-title"));
        assert!(text(&c, "#waiting-check-ins li[data-instrument='phq9']").await.contains("next check-in on"));
        assert!(c.find(Locator::Id("waiting-no-reference")).await.is_ok(), "no referral from this device");

        // 5 again: no reliable change, not the highest band.
        go(&c, &server, "#/check/phq9").await;
        answer_phq9(&c, [1, 1, 1, 1, 1, 0, 0, 0, 0]).await;
        assert!(c.find(Locator::Id("result-score")).await.is_ok());
        assert!(c.find(Locator::Id("result-harder")).await.is_err(), "no warning without a reason");
    })
    .await;

    // Shared-device mode keeps no results, so no check-ins are offered.
    let server = TestServer::start().await;
    let mut config = example_config();
    config["shared_device"] = json!({"enabled": true});
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/waiting").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "waiting-title"));
        assert_eq!(text(&c, "#waiting-check-in-none").await, message("en-GB", "waiting-check-in-not-kept"));
        assert_eq!(text(&c, "#waiting-plan-unavailable").await, message("en-GB", "waiting-plan-not-shared"));
        assert!(c.find(Locator::Id("waiting-plan-start")).await.is_err(), "no plan on a shared device");
    })
    .await;
}

#[tokio::test]
async fn with_no_javascript_the_waiting_page_gives_the_next_steps_and_the_phone() {
    let server = TestServer::start().await;
    let options = BrowserOptions { javascript: false, ..BrowserOptions::default() };
    with_browser(options, move |c| async move {
        for (page, locale) in [("waiting/", "en-GB"), ("ur/waiting/", "ur")] {
            c.goto(&format!("{}{page}", server.app_url(""))).await.unwrap();
            let heading = c.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
            assert_eq!(plain(&heading), message(locale, "waiting-title"), "{page}");
            assert!(c.find(Locator::Id("waiting-first-contact")).await.is_ok(), "{page}: the next steps are HTML");
            let phone = c.find(Locator::Id("waiting-harder-phone")).await.unwrap();
            assert_eq!(phone.attr("href").await.unwrap().as_deref(), Some("tel:01632960000"), "{page}");
            assert!(
                c.find(Locator::Css("#waiting-harder a[href$='help/']")).await.is_ok(),
                "{page}: crisis routes linked"
            );
            assert!(c.find(Locator::Css("button")).await.is_err(), "{page}: no buttons that would do nothing");
        }
    })
    .await;
}

/// Text of the plan's progress line.
async fn progress(c: &Client) -> String {
    text(c, "#waiting-plan-progress").await
}

#[tokio::test]
async fn a_plan_is_chosen_ticked_kept_across_reloads_and_weeks_and_deleted_with_everything() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        // A kept PHQ-9 of 12 (above the threshold of 10): the low mood plan is suggested.
        go(&c, &server, "#/").await;
        c.execute(
            "localStorage.setItem('waymark.history', JSON.stringify([{format_version: 1, instrument: 'phq9', taken_at_ms: Date.now() - 3 * 86400000, answers: [2,2,2,2,2,2,0,0,0]}]));",
            vec![],
        )
        .await
        .unwrap();
        go(&c, &server, "#/waiting").await;
        wait_until(&c, "!!document.getElementById('waiting-plan-start')").await;
        assert!(text(&c, "label[for='waiting-plan-plan-low-mood']").await.contains("Suggested"));
        assert_eq!(eval(&c, "document.getElementById('waiting-plan-plan-low-mood').checked").await, json!(true));
        assert_accessible(&c, "choosing a plan").await;

        // The person chooses another plan.
        c.find(Locator::Css("label[for='waiting-plan-plan-worry']")).await.unwrap().click().await.unwrap();
        c.find(Locator::Id("waiting-plan-start")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-plan-started')").await;
        assert_eq!(text(&c, "#waiting-plan-started").await, "Getting on top of worry");
        assert_eq!(eval(&c, "document.activeElement.id").await, json!("waiting-plan-started"), "focus follows");
        assert!(text(&c, "#waiting-plan-week").await.contains("week 1"));
        for step in ["understand", "worry-time"] {
            c.find(Locator::Css(&format!("label[for='plan-step-{step}']"))).await.unwrap().click().await.unwrap();
        }
        wait_until(&c, "document.getElementById('waiting-plan-progress').textContent.replace(/[\\u2068\\u2069]/g, '').includes('2 of 5')").await;
        assert_accessible(&c, "a plan with steps ticked").await;

        // Kept across a reload.
        c.refresh().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-plan-started')").await;
        assert!(progress(&c).await.contains("2 of 5"));
        assert_eq!(eval(&c, "document.getElementById('plan-step-worry-time').checked").await, json!(true));
        assert_eq!(eval(&c, "document.getElementById('plan-step-worry-tree').checked").await, json!(false));

        // Three weeks later (the page's clock moved on), week 4 is this week.
        shift_clock(&c, 21 * DAY_MS).await;
        c.refresh().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-plan-started')").await;
        assert!(text(&c, "#waiting-plan-week").await.contains("week 4"));
        assert_eq!(
            eval(&c, "[...document.querySelectorAll('h4[data-current=true]')].map(h => h.textContent.replace(/[\\u2068\\u2069]/g, ''))").await,
            json!(["Week 4 This week"])
        );

        // Tampered with: said in words, kept untouched until a new plan starts.
        let tampered = r#"{"format_version":1,"plan":"plan-worry","started_at_ms":0,"done":["not-a-step"]}"#;
        c.execute("localStorage.setItem('waymark.waiting-plan', arguments[0]);", vec![json!(tampered)]).await.unwrap();
        c.refresh().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-plan-unreadable')").await;
        assert_eq!(eval(&c, "localStorage.getItem('waymark.waiting-plan')").await, json!(tampered), "nothing overwritten");
        c.find(Locator::Id("waiting-plan-start")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('waiting-plan-started')").await;
        assert!(progress(&c).await.contains("0 of 5"));

        // Delete everything takes the plan too.
        go(&c, &server, "#/privacy").await;
        c.find(Locator::Id("delete-everything")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!!document.getElementById('privacy-deleted')").await;
        assert_eq!(eval(&c, "localStorage.getItem('waymark.waiting-plan')").await, json!(null));
        go(&c, &server, "#/waiting").await;
        wait_until(&c, "!!document.getElementById('waiting-plan-start')").await;
    })
    .await;
}
