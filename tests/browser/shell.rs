//! The app shell as a person meets it: every route, links, back/forward,
//! deep links, languages, configuration errors, blocked storage, quick exit.

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::json;

use crate::support::*;

/// Every route, with the Fluent id of its heading.
const ROUTES: [(&str, &str); 7] = [
    ("#/", "home-title"),
    ("#/learn", "learn-title"),
    ("#/check", "check-title"),
    ("#/refer", "refer-title"),
    ("#/help", "help-title"),
    ("#/privacy", "privacy-title"),
    ("#/no-such-page", "not-found-title"),
];

async fn switch_language(c: &Client, locale: &str) {
    c.find(Locator::Css("#language-switcher-toggle")).await.unwrap().click().await.unwrap();
    // Each language's page is a link (a button inside a service's page).
    let option = format!("[data-locale='{locale}']");
    c.find(Locator::Css(&option)).await.unwrap().click().await.unwrap();
    wait_until(c, &format!("document.documentElement.lang === '{locale}'")).await;
    wait_for_heading(c).await;
}

async fn check_every_route(c: &Client, server: &TestServer, locale: &str, dir: &str) {
    for (fragment, title_id) in ROUTES {
        let heading = go(c, server, fragment).await;
        assert_eq!(heading, message(locale, title_id), "heading of {fragment} in {locale}");
        assert_eq!(eval(c, "document.documentElement.lang").await, json!(locale));
        assert_eq!(eval(c, "document.documentElement.dir").await, json!(dir));
        let title = c.title().await.unwrap();
        assert!(title.contains("Anytown Talking Therapies"), "title of {fragment}: {title}");
        assert!(title.contains(&message(locale, title_id)), "title of {fragment}: {title}");
        let help = c.find(Locator::Css("#help-now-link")).await.expect("Get help now on every page");
        assert_eq!(help.text().await.unwrap(), message(locale, "app-help-now"));
        c.find(Locator::Css("#quick-exit")).await.expect("quick exit on every page");
        assert_accessible(c, &format!("{fragment} in {locale}")).await;
    }
}

#[tokio::test]
async fn every_route_renders_accessibly_in_english_and_urdu() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        check_every_route(&c, &server, "en-GB", "ltr").await;
        go(&c, &server, "#/").await;
        switch_language(&c, "ur").await;
        check_every_route(&c, &server, "ur", "rtl").await;
    })
    .await;
}

#[tokio::test]
async fn works_at_320_css_pixels_without_sideways_scrolling() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        c.set_window_size(320, 720).await.unwrap();
        for locale in ["en-GB", "ur"] {
            for (fragment, _) in ROUTES {
                go(&c, &server, fragment).await;
                if fragment == "#/" && locale == "ur" {
                    switch_language(&c, "ur").await;
                }
                let width = eval(&c, "window.innerWidth").await.as_i64().unwrap();
                let scroll = eval(&c, "document.documentElement.scrollWidth").await.as_i64().unwrap();
                assert!(scroll <= width, "{fragment} in {locale} scrolls sideways: {scroll} > {width}");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn links_back_forward_reload_and_deep_links_work_from_a_sub_path() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        assert_eq!(go(&c, &server, "").await, message("en-GB", "home-title"));
        c.find(Locator::Css("nav a[href$='learn/']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.getElementById('page-heading').textContent === document.title.split(' – ')[0]").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "learn-title"));
        assert_eq!(
            eval(&c, "document.activeElement && document.activeElement.id").await,
            json!("page-heading"),
            "focus moves to the new page's heading"
        );
        assert_eq!(
            eval(&c, "document.querySelector('nav a[aria-current=page]').getAttribute('href')").await,
            json!("learn/")
        );

        c.find(Locator::Css("main a[href$='refer/']")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-title"));

        c.back().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/learn'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "learn-title"));
        c.forward().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/refer'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-title"));

        c.refresh().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "refer-title"), "reload keeps the page");
        assert!(c.current_url().await.unwrap().path().starts_with(BASE));

        // A deep link opened fresh, as from a bookmark or a shared link.
        c.goto("about:blank").await.unwrap();
        c.goto(&server.app_url("#/help")).await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "help-title"));

        // The skip link moves focus to <main> without leaving the page.
        // Keyboard users reach it first with Tab; it shows when focused.
        eval(&c, "document.querySelector('.skip-link').focus() || true").await;
        let skip = c.find(Locator::Css(".skip-link")).await.unwrap();
        assert!(skip.is_displayed().await.unwrap(), "the skip link is visible when focused");
        skip.send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
        assert_eq!(eval(&c, "document.activeElement.id").await, json!("main-content"));
        assert_eq!(eval(&c, "document.documentElement.dataset.route").await, json!("#/help"));

        // An unknown route offers a way home.
        go(&c, &server, "#/nowhere").await;
        c.find(Locator::Css("#not-found-home")).await.unwrap().click().await.unwrap();
        wait_until(&c, "document.documentElement.dataset.route === '#/'").await;
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"));
    })
    .await;
}

#[tokio::test]
async fn language_is_negotiated_remembered_and_only_the_active_one_downloaded() {
    let server = TestServer::start().await;
    let options = BrowserOptions { languages: "ur-PK,en-GB", ..Default::default() };
    with_browser(options, move |c| async move {
        let heading = go(&c, &server, "").await;
        assert_eq!(heading, message("ur", "home-title"), "the browser's Urdu is negotiated");
        assert_eq!(eval(&c, "document.documentElement.dir").await, json!("rtl"));
        let locale_requests: Vec<String> =
            server.requests().into_iter().filter(|r| r.starts_with("locales/")).collect();
        assert!(locale_requests.contains(&"locales/ur/shell.ftl".to_string()), "{locale_requests:?}");
        assert!(
            locale_requests.iter().all(|r| r.starts_with("locales/ur/")),
            "only the active locale is downloaded: {locale_requests:?}"
        );
        assert_eq!(
            eval(&c, "getComputedStyle(document.querySelector('.header__inner')).direction").await,
            json!("rtl"),
            "layout mirrors"
        );

        switch_language(&c, "en-GB").await;
        assert_eq!(eval(&c, "document.documentElement.dir").await, json!("ltr"));
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"));
        c.refresh().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"), "the choice is remembered");
        assert_eq!(eval(&c, "document.documentElement.lang").await, json!("en-GB"));
    })
    .await;
}

#[tokio::test]
async fn an_unknown_browser_language_falls_back_to_english() {
    let server = TestServer::start().await;
    let options = BrowserOptions { languages: "fr-FR,de", ..Default::default() };
    with_browser(options, move |c| async move {
        assert_eq!(go(&c, &server, "").await, message("en-GB", "home-title"));
        assert_eq!(eval(&c, "document.documentElement.lang").await, json!("en-GB"));
        assert!(server.requests().iter().all(|r| !r.starts_with("locales/")), "English is built in: no download");
        // A stored choice naming a language this service does not offer is ignored too.
        eval(&c, "localStorage.setItem('waymark.language', JSON.stringify('xx-Nope')) || true").await;
        c.refresh().await.unwrap();
        assert_eq!(wait_for_heading(&c).await, message("en-GB", "home-title"));
    })
    .await;
}

/// Puts a broken configuration on the test server.
type Arrange = Box<dyn Fn(&TestServer) + Send + Sync>;

#[tokio::test]
async fn a_broken_configuration_shows_the_admin_which_file_field_and_problem() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        let cases: Vec<(&str, Arrange, Option<&str>, &str)> = vec![
            (
                "missing file",
                Box::new(|s: &TestServer| s.set("config.json", 404, "text/plain", "gone")),
                None,
                "HTTP 404",
            ),
            (
                "not JSON",
                Box::new(|s: &TestServer| s.set("config.json", 200, "application/json", "{\"service_name\": ")),
                None,
                "line 1",
            ),
            (
                "missing phone",
                Box::new(|s: &TestServer| {
                    let mut config = example_config();
                    config["contact"].as_object_mut().unwrap().remove("phone");
                    s.set_config(&config);
                }),
                Some("contact.phone"),
                "missing field",
            ),
            (
                "wrong type",
                Box::new(|s: &TestServer| {
                    let mut config = example_config();
                    config["languages"]["enabled"] = json!("ur");
                    s.set_config(&config);
                }),
                Some("languages.enabled"),
                "expected a sequence",
            ),
            (
                "insecure endpoint",
                Box::new(|s: &TestServer| {
                    let mut config = example_config();
                    config["referral"]["endpoint"] = json!("http://collector.example/referrals");
                    s.set_config(&config);
                }),
                Some("referral.endpoint"),
                "https://",
            ),
        ];
        for (name, arrange, field, problem) in cases {
            arrange(&server);
            c.goto(&server.app_url("")).await.unwrap();
            c.refresh().await.unwrap();
            assert_eq!(wait_for_heading(&c).await, message("en-GB", "admin-error-title"), "{name}");
            assert_eq!(
                c.find(Locator::Css("#admin-error-file")).await.unwrap().text().await.unwrap(),
                "config.json",
                "{name}"
            );
            match field {
                Some(f) => assert_eq!(
                    c.find(Locator::Css("#admin-error-field")).await.unwrap().text().await.unwrap(),
                    f,
                    "{name}"
                ),
                None => assert!(c.find(Locator::Css("#admin-error-field")).await.is_err(), "{name}"),
            }
            let shown = plain(&c.find(Locator::Css("#admin-error-problem")).await.unwrap().text().await.unwrap());
            assert!(shown.contains(problem), "{name}: problem text {shown:?} should mention {problem:?}");
            assert_accessible(&c, name).await;
        }
    })
    .await;
}

#[tokio::test]
async fn unknown_fields_and_unreadable_colours_are_warnings_not_failures() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["colour_scheme"] = json!("dark");
    config["theme"]["brand"] = json!("#99ccff");
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        assert_eq!(go(&c, &server, "#/privacy").await, message("en-GB", "privacy-title"));
        let warnings = c.find(Locator::Css(".admin-warnings")).await.unwrap().text().await.unwrap();
        c.find(Locator::Css(".admin-warnings summary")).await.unwrap().click().await.unwrap();
        let warnings =
            format!("{warnings} {}", c.find(Locator::Css(".admin-warnings ul")).await.unwrap().text().await.unwrap());
        assert!(warnings.contains("colour_scheme"), "{warnings}");
        assert!(warnings.contains("theme.brand"), "{warnings}");
        let brand = eval(&c, "getComputedStyle(document.documentElement).getPropertyValue('--wm-brand').trim()").await;
        assert_eq!(brand, json!("#005eb8"), "a low-contrast brand colour is not applied");
    })
    .await;
}

#[tokio::test]
async fn without_storage_the_app_works_and_says_nothing_is_remembered() {
    let server = TestServer::start().await;
    let options = BrowserOptions { block_storage: true, ..Default::default() };
    with_browser(options, move |c| async move {
        assert_eq!(go(&c, &server, "").await, message("en-GB", "home-title"));
        assert_eq!(
            eval(&c, "(() => { try { localStorage.length; return 'open'; } catch (e) { return 'blocked'; } })()").await,
            json!("blocked")
        );
        let notice = c.find(Locator::Css("#storage-notice")).await.expect("the storage notice is shown");
        assert_eq!(notice.text().await.unwrap(), message("en-GB", "app-storage-unavailable"));
        switch_language(&c, "ur").await;
        assert_eq!(wait_for_heading(&c).await, message("ur", "home-title"), "switching still works, in memory");
        assert_accessible(&c, "home without storage").await;
    })
    .await;
}

#[tokio::test]
async fn privacy_page_lists_and_deletes_what_is_kept() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/privacy").await;
        assert_eq!(
            c.find(Locator::Css("#privacy-kept")).await.unwrap().text().await.unwrap(),
            message("en-GB", "privacy-kept-nothing")
        );
        switch_language(&c, "ur").await;
        switch_language(&c, "en-GB").await;
        go(&c, &server, "#/").await;
        go(&c, &server, "#/privacy").await;
        assert_eq!(
            c.find(Locator::Css("#privacy-kept li")).await.unwrap().text().await.unwrap(),
            message("en-GB", "privacy-stored-language")
        );
        c.find(Locator::Css("#delete-everything")).await.unwrap().click().await.unwrap();
        wait_until(&c, "localStorage.getItem('waymark.language') === null").await;
        assert!(c
            .find(Locator::Css("#privacy-kept"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains(&message("en-GB", "privacy-kept-nothing")));
    })
    .await;
}

#[tokio::test]
async fn quick_exit_leaves_at_once_by_button_and_by_pressing_shift_three_times() {
    let server = TestServer::start().await;
    let mut config = example_config();
    config["quick_exit_url"] = json!(server.neutral_url());
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        go(&c, &server, "#/").await;
        go(&c, &server, "#/help").await;
        eval(&c, "sessionStorage.setItem('waymark.session', 'x') || true").await;
        c.find(Locator::Css("#quick-exit")).await.unwrap().click().await.unwrap();
        wait_until(&c, "location.pathname === '/neutral-site/'").await;
        c.back().await.unwrap();
        wait_for_heading(&c).await;
        assert_ne!(
            eval(&c, "document.documentElement.dataset.route").await,
            json!("#/help"),
            "the exited page was replaced in history"
        );
        assert_eq!(eval(&c, "sessionStorage.getItem('waymark.session')").await, json!(null), "session data cleared");

        go(&c, &server, "#/learn").await;
        // Typing capitals must not exit.
        let body = c.find(Locator::Css("body")).await.unwrap();
        body.send_keys(&format!("{}A{}B", char::from(Key::Shift), char::from(Key::Shift))).await.unwrap();
        assert_eq!(eval(&c, "document.documentElement.dataset.route").await, json!("#/learn"));
        for _ in 0..3 {
            body.send_keys(&char::from(Key::Shift).to_string()).await.unwrap();
        }
        wait_until(&c, "location.pathname === '/neutral-site/'").await;
    })
    .await;
}

#[tokio::test]
async fn the_documented_csp_holds_on_every_route_with_no_violation() {
    let policy =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/csp.txt")).unwrap();
    for forbidden in ["unsafe-inline", "unsafe-eval'", "*"] {
        assert!(
            !policy.replace("'wasm-unsafe-eval'", "").contains(forbidden),
            "the policy allows {forbidden}: {policy}"
        );
    }
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        let pages = ["#/", "#/learn", "#/learn/worry", "#/check", "#/check/phq9/1", "#/refer", "#/refer/about-you", "#/help", "#/privacy"];
        for fragment in pages {
            go(&c, &server, fragment).await;
            settle(&c).await;
        }
        go(&c, &server, "#/learn/sleep").await;
        wait_until(&c, "document.querySelector('article') !== null").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(server.csp_reports(), Vec::<String>::new(), "CSP violations");
        // The policy is enforced and reported: a request to another origin is refused.
        c.execute("const i = document.createElement('img'); i.src = 'https://example.invalid/pixel.png'; document.body.append(i);", vec![])
            .await
            .unwrap();
        for _ in 0..50 {
            if !server.csp_reports().is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let reports = server.csp_reports();
        assert!(reports.len() == 1 && reports[0].contains("img-src"), "one img-src report: {reports:?}");
    })
    .await;
}
