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
