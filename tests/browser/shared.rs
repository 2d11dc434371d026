//! Shared-device mode as an outreach worker uses it: nothing personal is
//! written while helping someone, and "Finish and clear", the inactivity
//! timeout and quick exit each leave the device holding nothing of them.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::support::*;

fn shared_config(minutes: f64) -> Value {
    let mut config = example_config();
    config["shared_device"] = json!({ "enabled": true, "inactivity_minutes": minutes });
    config
}

/// The shared-device configuration with quick exit going to the test's neutral page.
fn shared_setup(server: &TestServer, minutes: f64) {
    let mut config = shared_config(minutes);
    config["quick_exit_url"] = json!(server.neutral_url());
    server.set_config(&config);
}

/// Everything the origin keeps: storage keys, IndexedDB databases, cached topic files.
async fn kept(c: &Client) -> Value {
    c.execute_async(
        r#"const done = arguments[arguments.length - 1];
        (async () => {
          const cached = [];
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const r of await cache.keys()) if (/\/content\/[^/]+\/(topics|audiences)\/|\/learn\/(for\/)?[a-z0-9-]+\/$/.test(r.url)) cached.push(r.url);
          }
          const dbs = indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [];
          return { local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage), idb: dbs, cached };
        })().then(done, e => done({ error: String(e) }));"#,
        vec![],
    )
    .await
    .unwrap()
}

/// Only settings that say nothing about a person may remain.
fn assert_nothing_personal(kept: &Value, context: &str) {
    let local: Vec<&str> = kept["local"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
    assert!(
        local.iter().all(|k| ["waymark.language", "waymark.text-size"].contains(k)),
        "{context}: localStorage {local:?}"
    );
    assert_eq!(kept["session"], json!([]), "{context}: sessionStorage");
    assert_eq!(kept["idb"], json!([]), "{context}: IndexedDB");
    assert_eq!(kept["cached"], json!([]), "{context}: cached reading");
}

/// Reads a topic, types into the referral and answers a question: a person's traces.
async fn leave_traces(c: &Client, server: &TestServer) {
    c.goto(&server.app_url("#/learn/trauma")).await.unwrap();
    wait_until(c, "document.querySelector('article') !== null").await;
    go(c, server, "#/refer").await;
    c.wait().for_element(Locator::Css("#refer-start")).await.unwrap().click().await.unwrap();
    wait_until(c, "document.documentElement.dataset.route === '#/refer/eligibility'").await;
    let day = c.wait().for_element(Locator::Id("date-of-birth-day")).await.unwrap();
    day.send_keys("7").await.unwrap();
    c.find(Locator::Id("postcode")).await.unwrap().send_keys("SW1A 1AA").await.unwrap();
    settle(c).await;
    let local = eval(c, "JSON.stringify(localStorage)").await;
    assert!(!local.as_str().unwrap().contains("SW1A"), "typed answers never reach storage: {local}");
}

#[tokio::test]
async fn finish_and_clear_leaves_the_device_as_new() {
    let server = TestServer::start().await;
    shared_setup(&server, 10.0);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        assert_accessible(&c, "home in shared-device mode").await;
        leave_traces(&c, &server).await;
        // The worker scrolls back up to the header (the quick-exit bar stays on top).
        c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
        c.find(Locator::Id("finish-and-clear")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/' && document.querySelector('h1')").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"));
        settle(&c).await;
        assert_nothing_personal(&kept(&c).await, "after Finish and clear");
        // Memory went too: the referral starts afresh.
        go(&c, &server, "#/refer").await;
        c.wait().for_element(Locator::Css("#refer-start")).await.expect("a fresh start, no draft to resume");
    })
    .await;
}

#[tokio::test]
async fn inactivity_warns_first_then_clears_everything() {
    let server = TestServer::start().await;
    // 30 seconds: the warning shows 20 seconds ahead (WCAG 2.2.1's minimum).
    shared_setup(&server, 0.5);
    with_browser(BrowserOptions::default(), move |c| async move {
        leave_traces(&c, &server).await;
        c.wait().at_most(Duration::from_secs(30)).for_element(Locator::Css("[role='alertdialog']")).await.unwrap();
        assert_eq!(eval(&c, "document.activeElement.id").await, json!("timeout-continue"));
        assert_accessible(&c, "the timeout warning").await;
        // "I am still here" keeps everything.
        c.find(Locator::Id("timeout-continue")).await.unwrap().click().await.unwrap();
        wait_until(&c, "!document.querySelector(\"[role='alertdialog']\")").await;
        assert_eq!(eval(&c, "document.getElementById('postcode').value").await, json!("SW1A 1AA"));
        // Then nobody answers: everything goes.
        c.wait().at_most(Duration::from_secs(30)).for_element(Locator::Css("[role='alertdialog']")).await.unwrap();
        for _ in 0..400 {
            if eval(&c, "document.documentElement.dataset.route").await == json!("#/") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"));
        settle(&c).await;
        assert_nothing_personal(&kept(&c).await, "after the timeout");
    })
    .await;
}

#[tokio::test]
async fn quick_exit_on_a_shared_device_keeps_nothing_of_the_person() {
    let server = TestServer::start().await;
    shared_setup(&server, 10.0);
    with_browser(BrowserOptions::default(), move |c| async move {
        leave_traces(&c, &server).await;
        c.find(Locator::Id("quick-exit")).await.unwrap().click().await.unwrap();
        wait_until(&c, "location.pathname === '/neutral-site/'").await;
        // The neutral page here shares the app's origin, so its storage is the app's.
        let kept_now = kept(&c).await;
        let local: Vec<&str> = kept_now["local"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
        assert!(local.iter().all(|k| ["waymark.language", "waymark.text-size"].contains(k)), "localStorage {local:?}");
        assert_eq!(kept_now["session"], json!([]));
        // A topic read may stay in the offline cache until Waymark next opens, which clears it first.
        c.goto(&server.app_url("#/")).await.unwrap();
        wait_for_heading(&c).await;
        settle(&c).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_nothing_personal(&kept(&c).await, "after quick exit and the next start");
    })
    .await;
}

#[tokio::test]
async fn a_worker_switches_the_mode_on_with_a_code_that_only_they_can_undo() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/privacy").await;
        assert_eq!(eval(&c, "document.getElementById('finish-and-clear')").await, json!(null));
        c.find(Locator::Id("shared-switch")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Id("shared-code-error")).await.expect("a code is required");
        assert_accessible(&c, "the shared-device switch with an error").await;
        c.find(Locator::Id("shared-code")).await.unwrap().send_keys("4821").await.unwrap();
        c.find(Locator::Id("shared-switch")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Id("finish-and-clear")).await.expect("on after the reload");

        // The person being helped cannot switch it off: not by deleting, not without the code.
        c.find(Locator::Id("delete-everything")).await.unwrap().click().await.unwrap();
        c.refresh().await.unwrap();
        c.wait().for_element(Locator::Id("finish-and-clear")).await.expect("still on after Delete everything");
        c.find(Locator::Id("shared-code")).await.unwrap().send_keys("1111").await.unwrap();
        c.find(Locator::Id("shared-switch")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Id("shared-code-error")).await.unwrap();
        c.find(Locator::Id("finish-and-clear")).await.expect("a wrong code changes nothing");

        let code = c.find(Locator::Id("shared-code")).await.unwrap();
        code.clear().await.unwrap();
        code.send_keys("4821").await.unwrap();
        c.find(Locator::Id("shared-switch")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('shared-switch') && !document.getElementById('finish-and-clear')")
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(eval(&c, "document.getElementById('finish-and-clear')").await, json!(null));
    })
    .await;
}

/// A referral sealed to the service's key stays on a shared tablet until it
/// is delivered, but the next person sees nothing of it: no notice, no
/// reference. Behind the worker's code, the worker sees that one is waiting
/// (and nothing about whose); it is delivered while the tablet is used.
#[tokio::test]
async fn a_sealed_referral_left_on_a_shared_tablet_is_sent_unseen_and_only_a_worker_sees_it_wait() {
    use waymark_receiver::crypto::PrivateKey;
    let key = PrivateKey::generate();
    let server = TestServer::start().await;
    let mut config = shared_config(10.0);
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    config["referral"]["public_key"] = json!(key.public_key_b64url());
    config["shared_device"]["worker_code"] = json!("4821");
    server.set_config(&config);
    // The service is unavailable for a while.
    server.inject(&[
        Fault::Status(503, Some("5")),
        Fault::Status(503, Some("5")),
        Fault::Status(503, Some("5")),
        Fault::Status(503, Some("5")),
    ]);
    with_browser(BrowserOptions::default(), move |c| async move {
        crate::refer::fill_journey(&c, &server).await;
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('refer-status')?.dataset.state === 'waiting'").await;
        let stored = eval(&c, "localStorage.getItem('waymark.outbox')").await;
        let stored = stored.as_str().expect("a sealed referral stays on the device");
        assert!(stored.contains("application/waymark-hpke+json") && !stored.contains("Ayesha"), "{stored}");

        // The person finishes: nothing would be lost, so no warning.
        c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
        c.find(Locator::Id("finish-and-clear")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/'").await;
        wait_for_heading(&c).await;
        // The next person: no notice, no reference, nothing in the list of what is kept.
        assert_eq!(eval(&c, "document.getElementById('referral-waiting-notice')").await, json!(null));
        go(&c, &server, "#/refer/sent").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-sent-none"));
        go(&c, &server, "#/privacy").await;
        let kept_list = eval(&c, "document.getElementById('privacy-kept').textContent").await;
        assert!(
            !kept_list.as_str().unwrap().contains(&message("en-GB", "privacy-stored-outbox-undelivered")),
            "{kept_list}"
        );
        // The worker, with their code, sees how many wait.
        c.find(Locator::Id("worker-code")).await.unwrap().send_keys("1111").await.unwrap();
        c.find(Locator::Id("worker-check")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('worker-result').textContent.length > 0").await;
        assert_eq!(
            eval(&c, "document.getElementById('worker-result').textContent").await,
            json!(message("en-GB", "privacy-shared-wrong-code"))
        );
        let code = c.find(Locator::Id("worker-code")).await.unwrap();
        code.clear().await.unwrap();
        code.send_keys("4821").await.unwrap();
        c.find(Locator::Id("worker-check")).await.unwrap().click().await.unwrap();
        let text = |t: Value| t.as_str().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "");
        let one = text(eval(&c, "document.getElementById('worker-result').textContent").await);
        assert!(one.starts_with("1 referral is waiting"), "{one}");
        // Delivered unseen, while the tablet stays on this page.
        crate::refer::wait_long(&c, "localStorage.getItem('waymark.outbox') === null", 60).await;
        assert_eq!(server.stored().len(), 1);
        assert_eq!(server.stored()[0].content_type, "application/waymark-hpke+json");
        c.find(Locator::Id("worker-check")).await.unwrap().click().await.unwrap();
        wait_until(
            &c,
            &format!("document.getElementById('worker-result').textContent.includes({})", json!("No referrals")),
        )
        .await;
        assert_eq!(
            eval(&c, "localStorage.getItem('waymark.receipts')").await,
            json!(null),
            "no receipt of someone else's"
        );
    })
    .await;
}

/// Finish and clear with a referral that would be lost (no service key, so
/// it is kept only in this page): the worker is warned, can call, or can
/// wait; waiting, the page clears itself once the service has it.
#[tokio::test]
async fn finish_and_clear_waits_for_a_referral_that_would_be_lost() {
    let server = TestServer::start().await;
    let mut config = shared_config(10.0);
    config["referral"]["endpoint"] = json!(server.endpoint_url());
    server.set_config(&config);
    server.inject(&[Fault::Status(503, Some("8")), Fault::Status(503, Some("8"))]);
    with_browser(BrowserOptions::default(), move |c| async move {
        crate::refer::fill_journey(&c, &server).await;
        // Said truly: in this mode the referral waits in this page only.
        assert_eq!(
            eval(&c, "document.getElementById('refer-send-explained').textContent").await,
            json!(message("en-GB", "refer-check-send-memory"))
        );
        c.find(Locator::Id("refer-send")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('refer-status')?.dataset.state === 'waiting'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-waiting-page-title"));
        assert_eq!(eval(&c, "localStorage.getItem('waymark.outbox')").await, json!(null), "nothing readable is stored");
        c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
        c.find(Locator::Id("finish-and-clear")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Id("shared-unsent")).await.expect("warned first");
        assert!(c.find(Locator::Css("#shared-unsent a[href^='tel:']")).await.is_ok(), "the service's phone is offered");
        assert_accessible(&c, "the unsent warning").await;
        c.find(Locator::Id("finish-when-sent")).await.unwrap().click().await.unwrap();
        c.wait().for_element(Locator::Id("shared-waiting")).await.unwrap();
        // Delivered, then the page clears itself.
        crate::refer::wait_long(&c, "document.documentElement.dataset.route === '#/' && document.documentElement.classList.contains('wm-started')", 40).await;
        assert_eq!(server.stored().len(), 1);
        settle(&c).await;
        assert_nothing_personal(&kept(&c).await, "after waiting, then finishing");
    })
    .await;
}

/// On a shared device no page leaves a trail: every page change replaces
/// the history entry, and titles name no page.
#[tokio::test]
async fn a_shared_device_keeps_no_trail_in_history_or_titles() {
    let server = TestServer::start().await;
    shared_setup(&server, 10.0);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        let length = eval(&c, "history.length").await;
        for link in ["nav a[href$='learn/']", "main a[href$='learn/worry/']", "#help-now-link"] {
            c.find(Locator::Css(link)).await.unwrap().click().await.unwrap();
            settle(&c).await;
            wait_for_heading(&c).await;
            assert_eq!(eval(&c, "history.length").await, length, "{link}: no new history entry");
            assert_eq!(eval(&c, "document.title").await, json!("Anytown Talking Therapies"), "{link}: a neutral title");
        }
        assert_eq!(eval(&c, "document.documentElement.dataset.route").await, json!("#/help"));
    })
    .await;
}
