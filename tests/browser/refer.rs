//! Self-referral as a person fills it in: eligibility first, question pages
//! with errors, a draft surviving reload, check answers, and sending through
//! server faults with exactly one referral stored.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::support::*;

async fn fill(c: &Client, id: &str, text: &str) {
    let input = c
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("#{id} is on the page"));
    input.clear().await.unwrap();
    input.send_keys(text).await.unwrap();
}

async fn choose(c: &Client, input_id: &str) {
    let css = format!("label[for='{input_id}']");
    c.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(&css)).await.unwrap().click().await.unwrap();
}

async fn continue_to(c: &Client, hash: &str) {
    c.find(Locator::Id("refer-continue")).await.unwrap().click().await.unwrap();
    wait_until(c, &format!("document.documentElement.dataset.route === '{hash}'")).await;
    settle(c).await;
    wait_for_heading(c).await;
}

pub(crate) async fn wait_long(c: &Client, expression: &str, seconds: u64) {
    let script = format!("return !!({expression});");
    for _ in 0..seconds * 10 {
        if c.execute(&script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out after {seconds} s waiting for: {expression}");
}

/// Points the example configuration's referrals at the test server's endpoint.
fn serve_with_endpoint(server: &TestServer) {
    let mut config = example_config();
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    server.set_config(&config);
}

const HOSTILE: &str = "Khan <script>window.pwned = 1</script>";

pub(crate) async fn fill_journey(c: &Client, server: &TestServer) {
    go(c, server, "#/refer").await;
    // A draft (e.g. questionnaire answers added from a result) offers "Continue" instead of "Start".
    let start = c.wait().for_element(Locator::Css("#refer-start, #refer-resume")).await.unwrap();
    start.click().await.unwrap();
    wait_until(c, "document.documentElement.dataset.route === '#/refer/eligibility'").await;
    settle(c).await;
    wait_for_heading(c).await;
    choose(c, "in-crisis-no").await;
    fill(c, "date-of-birth-day", "7").await;
    fill(c, "date-of-birth-month", "3").await;
    fill(c, "date-of-birth-year", "1990").await;
    fill(c, "postcode", "sw1a 1aa").await;
    choose(c, "secondary-care-no").await;
    continue_to(c, "#/refer/about-you").await;
    fill(c, "given-name", "Ayesha").await;
    fill(c, "family-name", HOSTILE).await;
    fill(c, "address-line-1", "1 High Street").await;
    fill(c, "address-town", "Anytown").await;
    continue_to(c, "#/refer/contact").await;
    fill(c, "phone", "07700 900123").await;
    choose(c, "voicemail-no").await;
    choose(c, "texts").await;
    continue_to(c, "#/refer/more").await;
    fill(c, "gp-practice", "Riverside Medical Centre, Anytown").await;
    fill(c, "help-with", "Worry & <b>sleep</b>").await;
    choose(c, "help-topics-sleep").await;
    continue_to(c, "#/refer/equality").await;
    assert_accessible(c, "equality questions").await;
    choose(c, "gender-prefer-not-to-say").await;
    choose(c, "disability-no").await;
    continue_to(c, "#/refer/consent").await;
    choose(c, "consent-share-with-gp").await;
    choose(c, "consent-privacy-notice").await;
    continue_to(c, "#/refer/check").await;
}

#[tokio::test]
async fn a_referral_sent_through_server_faults_is_stored_exactly_once() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    server.inject(&[Fault::Status(503, Some("1")), Fault::Drop]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        let answers = c.find(Locator::Id("refer-answers")).await.unwrap().text().await.unwrap();
        assert!(answers.contains(HOSTILE), "hostile text is shown as text: {answers}");
        assert_eq!(eval(&c, "document.querySelectorAll('#refer-answers script, #refer-answers b').length").await, json!(0));
        assert_accessible(&c, "check your answers").await;

        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer/sent'").await;
        // Not claimed as sent while the server is failing.
        wait_until(&c, "document.getElementById('refer-status')").await;
        assert_ne!(eval(&c, "document.getElementById('refer-status').dataset.state").await, json!("accepted"));
        assert!(eval(&c, "localStorage.getItem('waymark.outbox')").await.as_str().unwrap().contains("referral_id"), "in the outbox before sending");
        wait_long(&c, "document.getElementById('refer-status').dataset.state === 'accepted'", 30).await;
        assert_accessible(&c, "referral sent").await;

        let received = server.received();
        assert_eq!(server.faults_left(), 0, "the 503 and the dropped connection were both met");
        assert_eq!(received[0].status, 503, "{received:?}");
        assert!(received.len() >= 2, "503, a dropped connection, then accepted: {received:?}");
        assert!(received.iter().all(|r| r.idempotency_key == received[0].idempotency_key), "every retry carries the same key");
        let stored = server.stored();
        assert_eq!(stored.len(), 1, "exactly one referral stored");
        assert_eq!(stored[0].content_type, "application/json");
        let body: Value = serde_json::from_str(&stored[0].body).unwrap();
        assert_eq!(body["referral_id"], json!(stored[0].idempotency_key));
        assert_eq!(body["person"]["given_name"], json!("Ayesha"));
        assert_eq!(body["person"]["family_name"], json!(HOSTILE), "sent exactly as typed");
        assert_eq!(body["person"]["postcode"], json!("SW1A 1AA"));
        assert_eq!(body["referral"]["help_with"], json!("Worry & <b>sleep</b>"));
        assert_eq!(body["referral"]["help_topics"], json!(["sleep"]));
        assert_eq!(body["equality"]["gender"], json!("prefer-not-to-say"));
        assert_eq!(body["equality"]["disability"], json!("no"));
        assert_eq!(body["equality"]["religion"], json!(null), "unanswered optional questions are sent as null");
        assert_eq!(eval(&c, "localStorage.getItem('waymark.referral-draft')").await, json!(null), "the draft is deleted once accepted");
        assert_eq!(eval(&c, "window.pwned === undefined").await, json!(true));

        // A reload after success still says it was sent, and sends nothing more.
        c.refresh().await.unwrap();
        wait_until(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'accepted'").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(server.stored().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_referral_not_yet_sent_is_sent_while_the_person_reads_other_pages() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    // The service is unavailable for a few seconds: the person will have moved on by then.
    server.inject(&[Fault::Status(503, Some("4"))]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('refer-status')").await;
        wait_long(&c, "localStorage.getItem('waymark.outbox').includes('\"state\":\"waiting\"')", 10).await;

        // The person leaves for Learn: the referral pages close, but the referral keeps trying.
        c.find(Locator::Css("nav a[href$='learn/']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/learn'").await;
        let learn = wait_for_heading(&c).await;
        wait_until(&c, "document.getElementById('referral-waiting-notice')").await;
        assert_eq!(server.stored().len(), 0, "not delivered before the person left the referral pages");
        wait_long(&c, "!document.getElementById('referral-waiting-notice')", 30).await;
        assert_eq!(server.stored().len(), 1, "delivered once, from the Learn page");
        assert_eq!(server.faults_left(), 0);
        // Delivered: the outbox has nothing left, and only a receipt (no answers) stays.
        assert_eq!(eval(&c, "localStorage.getItem('waymark.outbox')").await, json!(null));
        let receipts = eval(&c, "localStorage.getItem('waymark.receipts')").await;
        let receipts = receipts.as_str().expect("a receipt is kept");
        assert!(receipts.contains(&server.stored()[0].idempotency_key), "{receipts}");
        assert!(!receipts.contains("Ayesha"), "the receipt holds no answers: {receipts}");
        assert_eq!(
            eval(&c, "localStorage.getItem('waymark.referral-draft')").await,
            json!(null),
            "the draft goes once accepted"
        );

        // Unseen: the person's page, title and focus are theirs throughout.
        assert_eq!(eval(&c, "document.documentElement.dataset.route").await, json!("#/learn"));
        assert_eq!(wait_for_heading(&c).await, learn);
        assert!(eval(&c, "document.title").await.as_str().unwrap().starts_with(&learn), "the tab still names Learn");
        assert_eq!(eval(&c, "document.querySelectorAll('h1').length").await, json!(1), "no referral page drawn");
        assert_eq!(eval(&c, "document.activeElement.id").await, json!("page-heading"));
    })
    .await;
}

#[tokio::test]
async fn errors_are_summarised_and_a_draft_survives_a_reload() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/refer/about-you").await;
        c.find(Locator::Id("refer-continue")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.activeElement && document.activeElement.id === 'error-summary'").await;
        assert!(c.title().await.unwrap().starts_with("Error:"));
        let summary =
            c.find(Locator::Css("#error-summary a[href='#given-name']")).await.expect("the summary links to the field");
        assert_eq!(summary.text().await.unwrap(), message("en-GB", "referral-error-given-name-missing"));
        assert!(eval(&c, "document.getElementById('given-name').getAttribute('aria-describedby')")
            .await
            .as_str()
            .unwrap()
            .contains("given-name-error"));
        assert_accessible(&c, "about you with errors").await;

        fill(&c, "given-name", "Ayesha").await;
        fill(&c, "nhs-number", "485 777 3456").await;
        c.find(Locator::Id("refer-continue")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('nhs-number-error')").await;
        assert!(c
            .find(Locator::Id("nhs-number-error"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains(&message("en-GB", "referral-error-nhs-number-check-digit")));

        c.refresh().await.unwrap();
        wait_for_heading(&c).await;
        wait_until(
            &c,
            "document.getElementById('given-name') && document.getElementById('given-name').value === 'Ayesha'",
        )
        .await;
        assert_eq!(
            eval(&c, "document.getElementById('nhs-number').value").await,
            json!("485 777 3456"),
            "nothing typed is lost"
        );

        go(&c, &server, "#/refer").await;
        c.wait().for_element(Locator::Id("refer-delete-draft")).await.unwrap().click().await.unwrap();
        wait_until(&c, "localStorage.getItem('waymark.referral-draft') === null").await;
        c.wait().for_element(Locator::Id("refer-start")).await.expect("a fresh start once the draft is deleted");
    })
    .await;
}

#[tokio::test]
async fn someone_in_crisis_is_sent_to_crisis_routes_not_a_dead_end() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/refer/eligibility").await;
        choose(&c, "in-crisis").await;
        fill(&c, "date-of-birth-day", "1").await;
        fill(&c, "date-of-birth-month", "1").await;
        fill(&c, "date-of-birth-year", "2000").await;
        fill(&c, "postcode", "LS1 4AP").await;
        choose(&c, "secondary-care-no").await;
        continue_to(&c, "#/refer/not-eligible").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "referral-redirect-crisis-title"));
        c.find(Locator::Css("a[href='tel:111']")).await.expect("crisis routes are offered");
        assert_accessible(&c, "crisis redirect").await;
    })
    .await;
}

#[tokio::test]
async fn without_an_endpoint_the_refer_page_gives_the_phone_number() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"] = json!({});
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        assert_eq!(go(&c, &server, "#/refer").await, message("en-GB", "refer-title"));
        assert_eq!(
            c.find(Locator::Id("refer-online-status")).await.unwrap().text().await.unwrap(),
            message("en-GB", "refer-not-online")
        );
        assert_eq!(c.find(Locator::Id("refer-phone")).await.unwrap().text().await.unwrap(), "01632 960 000");
    })
    .await;
}

#[tokio::test]
async fn questionnaire_answers_go_with_a_referral_only_when_the_person_adds_them() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/check/phq9").await;
        c.wait().for_element(Locator::Id("check-start")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/1'").await;
        for n in 1..=9 {
            settle(&c).await;
            choose(&c, if n == 9 { "answer-0" } else { "answer-1" }).await;
            c.find(Locator::Id("check-next")).await.unwrap().click().await.unwrap();
            wait_until(&c, &format!("document.documentElement.dataset.route !== '#/check/phq9/{n}'")).await;
        }
        settle(&c).await;
        c.wait().for_element(Locator::Id("check-next")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/check/phq9/result'").await;
        c.wait().for_element(Locator::Id("result-add-to-referral")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer'").await;

        fill_journey(&c, &server).await;
        let answers = c.find(Locator::Id("refer-answers")).await.unwrap().text().await.unwrap();
        assert!(answers.contains(&message("en-GB", "refer-check-phq9")), "{answers}");
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'accepted'", 20).await;
        let stored = server.stored();
        assert_eq!(stored.len(), 1);
        let body: Value = serde_json::from_str(&stored[0].body).unwrap();
        assert_eq!(body["measures"]["phq9"]["total"], json!(8), "eight answers of 1 and item 9 at 0");
        assert_eq!(body["measures"]["gad7"], json!(null), "nothing is sent that was not added");
    })
    .await;
}

#[tokio::test]
async fn a_429_is_retried_after_its_wait_and_a_400_is_kept_with_the_phone_offered() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    server.inject(&[Fault::Status(429, Some("1"))]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'accepted'", 20).await;
        let received = server.received();
        assert_eq!(received.iter().map(|r| r.status).collect::<Vec<_>>(), vec![429, 201], "retried once, after Retry-After");
        assert_eq!(server.stored().len(), 1);

        // A second referral that the service refuses outright.
        server.inject(&[Fault::Status(400, None)]);
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'rejected'", 20).await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-rejected-title"));
        let page = c.find(Locator::Id("main-content")).await.unwrap().text().await.unwrap();
        assert!(page.contains("01632 960 000"), "the phone number is offered: {page}");
        assert!(eval(&c, "localStorage.getItem('waymark.outbox')").await.as_str().unwrap().contains("rejected"), "kept on the device");
        tokio::time::sleep(Duration::from_millis(3000)).await;
        assert_eq!(server.received().len(), 3, "a 400 is not retried by itself");
        assert_eq!(server.stored().len(), 1);
        // Elsewhere in the app, the person is reminded it has not reached the service.
        go(&c, &server, "#/").await;
        c.wait().for_element(Locator::Id("referral-waiting-notice")).await.expect("a reminder outside the referral pages");
    })
    .await;
}

#[tokio::test]
async fn a_fhir_service_receives_a_questionnaire_response() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"] = json!({ "endpoint": server.endpoint_url(), "format": "fhir" });
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'accepted'", 20).await;
        let stored = server.stored();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].content_type, "application/fhir+json");
        let body: Value = serde_json::from_str(&stored[0].body).unwrap();
        assert_eq!(body["resourceType"], json!("QuestionnaireResponse"));
        assert_eq!(body["status"], json!("completed"));
        assert_eq!(body["identifier"]["value"], json!(format!("urn:uuid:{}", stored[0].idempotency_key)));
    })
    .await;
}

#[tokio::test]
async fn an_endpoint_that_refuses_cors_never_shows_sent_and_loses_nothing() {
    let app = TestServer::start().await;
    // Another origin whose endpoint answers no CORS preflight: the browser blocks the POST.
    let elsewhere = TestServer::start().await;
    let mut config = example_config();
    config["referral"]["endpoint"] = json!(elsewhere.endpoint_url());
    app.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &app).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('refer-status')").await;
        tokio::time::sleep(Duration::from_millis(2500)).await;
        assert_eq!(eval(&c, "document.getElementById('refer-status').dataset.state").await, json!("waiting"));
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-waiting-title"));
        assert!(elsewhere.stored().is_empty(), "nothing reached the endpoint");
        let outbox = eval(&c, "localStorage.getItem('waymark.outbox')").await;
        assert!(outbox.as_str().unwrap().contains("Ayesha"), "the referral is kept on the device");
    })
    .await;
}

#[tokio::test]
async fn a_request_that_times_out_is_retried_with_the_same_key() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"] = json!({ "endpoint": server.endpoint_url(), "timeout_seconds": 1 });
    server.set_config(&config);
    server.inject(&[Fault::Delay(3000)]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status') && document.getElementById('refer-status').dataset.state === 'accepted'", 20).await;
        // Let the slow first request finish on the server too.
        tokio::time::sleep(Duration::from_millis(3000)).await;
        let received = server.received();
        assert!(received.len() >= 2, "the timed-out attempt and a retry: {received:?}");
        assert!(received.iter().all(|r| r.idempotency_key == received[0].idempotency_key));
        assert_eq!(server.stored().len(), 1, "one referral, however many attempts");
    })
    .await;
}

#[tokio::test]
async fn area_is_checked_by_postcode_district_or_a_listed_gp_practice() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["eligibility"] = json!({
        "postcode_districts": ["LS1"],
        "gp_practices": [{ "code": "B86001", "name": "Riverside Medical Centre, Anytown" }]
    });
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/refer/eligibility").await;
        choose(&c, "in-crisis-no").await;
        fill(&c, "date-of-birth-day", "7").await;
        fill(&c, "date-of-birth-month", "3").await;
        fill(&c, "date-of-birth-year", "1990").await;
        fill(&c, "postcode", "SW1A 1AA").await;
        c.find(Locator::Css("#gp-practice-code option[value='not-listed']")).await.unwrap().click().await.unwrap();
        choose(&c, "secondary-care-no").await;
        continue_to(&c, "#/refer/not-eligible").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "referral-redirect-area-title"));
        c.find(Locator::Css("a[href$='refer/eligibility/']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer/eligibility'").await;
        settle(&c).await;
        c.wait()
            .for_element(Locator::Css("#gp-practice-code option[value='B86001']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        continue_to(&c, "#/refer/about-you").await;
        assert_eq!(
            wait_for_heading(&c).await,
            message("en-GB", "refer-about-you-title"),
            "a listed practice is enough"
        );
    })
    .await;
}

#[tokio::test]
async fn an_encrypted_referral_is_sealed_on_the_device_and_opened_only_with_the_service_key() {
    use waymark_receiver::crypto::{Envelope, PrivateKey};
    let key = PrivateKey::generate();
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    config["referral"]["public_key"] = json!(key.public_key_b64url());
    server.set_config(&config);
    // The first attempt fails, so the sealed referral waits in the outbox.
    server.inject(&[Fault::Status(503, Some("1"))]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer/sent'").await;
        let outbox = eval(&c, "localStorage.getItem('waymark.outbox')").await;
        let outbox = outbox.as_str().expect("queued in the outbox");
        assert!(outbox.contains("application/waymark-hpke+json"), "{outbox}");
        for personal in ["Ayesha", "07700", "SW1A", "Riverside"] {
            assert!(!outbox.contains(personal), "the outbox holds {personal} in plaintext: {outbox}");
        }
        wait_long(&c, "document.getElementById('refer-status').dataset.state === 'accepted'", 30).await;

        let stored = server.stored();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].content_type, "application/waymark-hpke+json");
        assert!(!stored[0].body.contains("Ayesha"), "only ciphertext travels");
        let envelope: Envelope = serde_json::from_str(&stored[0].body).expect("the receiver's envelope shape");
        assert_eq!(envelope.referral_id, stored[0].idempotency_key, "aad is the referral id");
        assert_eq!(envelope.content_type, "application/json");
        let plaintext = key.open(&envelope).expect("the service's key opens it");
        let body: Value = serde_json::from_slice(&plaintext).unwrap();
        assert_eq!(body["person"]["given_name"], json!("Ayesha"));
        assert_eq!(body["referral_id"], json!(stored[0].idempotency_key));
        // Another key cannot.
        assert!(PrivateKey::generate().open(&envelope).is_err());
    })
    .await;
}

/// "A referral is one referral": a double tap on Send, and Send pressed
/// again from the same answers later, make one referral with one id.
#[tokio::test]
async fn a_double_tap_and_a_second_send_make_one_referral() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    // A slow service: the second tap lands while the first request is out.
    server.inject(&[Fault::Delay(1500)]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.execute("const b = document.getElementById('refer-send'); b.click(); b.click(); b.click();", vec![])
            .await
            .unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        assert_eq!(server.stored().len(), 1);
        assert_eq!(server.received().len(), 1, "one request: {:?}", server.received());
        // Back on the answers page and Send again: the answers went with the
        // referral, so nothing is sent again.
        c.back().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer/check'").await;
        wait_for_heading(&c).await;
        if let Ok(send) = c.find(Locator::Id("refer-send")).await {
            send.click().await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(server.received().len(), 1, "{:?}", server.received());
        assert_eq!(server.stored().len(), 1);
    })
    .await;
}

/// While sealing and sending, Send says so and cannot be pressed again.
#[tokio::test]
async fn send_shows_it_is_sending_and_waits() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    server.inject(&[Fault::Delay(3000)]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        // Every state the button goes through after the press, as the page draws it.
        c.execute(
            "window.seen = []; new MutationObserver(() => { const b = document.getElementById('refer-send'); if (b) window.seen.push([b.disabled, b.textContent]); }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }); document.getElementById('refer-send').click();",
            vec![],
        )
        .await
        .unwrap();
        wait_until(&c, "window.seen.length > 0").await;
        let seen = eval(&c, "window.seen").await;
        assert!(
            seen.as_array().unwrap().contains(&json!([true, message("en-GB", "refer-sending")])),
            "the button said it was sending and could not be pressed: {seen}"
        );
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        assert_eq!(server.stored().len(), 1);
    })
    .await;
}

/// Two tabs share one outbox: a referral waiting in both is delivered once,
/// and Send in the second tab for the same answers makes nothing new.
#[tokio::test]
async fn two_tabs_with_one_outbox_deliver_a_referral_once() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    server.inject(&[Fault::Status(503, Some("3"))]);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        let first = c.window().await.unwrap();
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "(localStorage.getItem('waymark.outbox') || '').includes('\"state\":\"waiting\"')", 10).await;
        // A second tab on the same device, on the same answers.
        let second = c.new_window(true).await.unwrap();
        c.switch_to_window(second.handle).await.unwrap();
        c.goto(&format!("{}refer/check/", server.app_url(""))).await.unwrap();
        wait_for_heading(&c).await;
        assert!(c.find(Locator::Id("refer-send")).await.is_err(), "these answers are already on their way");
        wait_long(&c, "document.getElementById('referral-waiting-notice') === null", 1).await;
        // Both tabs keep the outbox going; the service hears the referral once more, then it is done.
        c.goto(&format!("{}refer/sent/", server.app_url(""))).await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        c.switch_to_window(first).await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        tokio::time::sleep(Duration::from_millis(4000)).await;
        assert_eq!(server.stored().len(), 1);
        let attempts = server.received().len();
        assert_eq!(attempts, 2, "the 503, then one delivery: {:?}", server.received());
    })
    .await;
}

/// Once the service has a referral, only a receipt stays: the person can
/// delete it, and it goes by itself after the service's number of days.
#[tokio::test]
async fn a_receipt_replaces_the_answers_and_goes_when_deleted_or_old() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    config["referral"]["keep_receipt_days"] = json!(3);
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        let kept = eval(&c, "document.getElementById('refer-receipt-kept').textContent.replace(/[\\u2068\\u2069]/g, '')").await;
        assert!(kept.as_str().unwrap().contains("3 days"), "{kept}");
        let everything = eval(&c, "JSON.stringify(localStorage)").await;
        for personal in ["Ayesha", "07700", "SW1A", "Riverside", "1990"] {
            assert!(!everything.as_str().unwrap().contains(personal), "{personal} is still on the device: {everything}");
        }
        // An old receipt is gone at the next visit.
        c.execute(
            "const r = JSON.parse(localStorage.getItem('waymark.receipts')); r[0].accepted_at_ms -= 4 * 86400000; localStorage.setItem('waymark.receipts', JSON.stringify(r));",
            vec![],
        )
        .await
        .unwrap();
        c.refresh().await.unwrap();
        wait_for_heading(&c).await;
        assert_eq!(eval(&c, "localStorage.getItem('waymark.receipts')").await, json!(null));
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-sent-none"));

        // A new one, deleted by the person.
        fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        c.find(Locator::Id("refer-delete-receipt")).await.unwrap().click().await.unwrap();
        wait_until(&c, "localStorage.getItem('waymark.receipts') === null").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-sent-none"));
    })
    .await;
}

/// A stored outbox damaged on the device is set aside, not overwritten, the
/// person is told, and the readable referral in it is still delivered.
#[tokio::test]
async fn a_damaged_outbox_is_set_aside_and_the_rest_still_sent() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        let entry = json!({
            "referral_id": "3f2b8c1e-5d41-4a7c-ae10-d46b8f0395c7", "body": "{\"schema_version\":1}",
            "content_type": "application/json", "created_at_ms": 1, "attempts": 0, "state": { "state": "queued" }
        });
        let damaged = format!("[{entry}, {{\"referral_id\": \"not-a-uuid\"}}]");
        c.execute("localStorage.setItem('waymark.outbox', arguments[0]);", vec![json!(damaged)]).await.unwrap();
        c.refresh().await.unwrap();
        wait_for_heading(&c).await;
        wait_until(&c, "document.getElementById('unreadable-notice') !== null").await;
        assert!(eval(&c, "localStorage.getItem('waymark.unreadable')").await.as_str().unwrap().contains("not-a-uuid"));
        wait_long(&c, "localStorage.getItem('waymark.outbox') === null", 20).await;
        assert_eq!(server.stored().len(), 1, "the readable referral was delivered");
        assert_eq!(server.stored()[0].idempotency_key, "3f2b8c1e-5d41-4a7c-ae10-d46b8f0395c7");
    })
    .await;
}

/// Storage that fills up mid-journey: the person is told, in words, that
/// what they enter is kept only in this page, and the referral still goes,
/// once.
#[tokio::test]
async fn when_storage_fills_up_mid_journey_the_person_is_told_and_the_referral_still_goes_once() {
    let server = TestServer::start().await;
    serve_with_endpoint(&server);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        // Fill local storage until even 300 more characters are refused, so
        // the app's start-up probe still fits but a draft does not.
        let left = c
            .execute(
                "let i = 0; for (const size of [1000000, 100000, 10000, 1000, 300]) { for (;;) { try { localStorage.setItem('filler-' + i++, 'x'.repeat(size)); } catch (e) { break; } } } return i;",
                vec![],
            )
            .await
            .unwrap();
        assert!(left.as_i64().unwrap() > 5, "storage filled: {left}");
        fill_journey(&c, &server).await;
        wait_until(&c, "!!document.getElementById('storage-full-notice')").await;
        let notice = c.find(Locator::Id("storage-full-notice")).await.unwrap().text().await.unwrap();
        assert_eq!(plain(&notice), message("en-GB", "app-storage-full"));
        // The answers are still there on check-your-answers, from this page's memory.
        let answers = c.find(Locator::Id("refer-answers")).await.unwrap().text().await.unwrap();
        assert!(answers.contains("Ayesha"), "{answers}");
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_long(&c, "document.getElementById('refer-status')?.dataset.state === 'accepted'", 30).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(server.stored().len(), 1, "sent once: {:?}", server.received());
        assert_accessible(&c, "storage full").await;
    })
    .await;
}
