//! HTML first, as people meet it: every readable page works with no
//! JavaScript at all, and with JavaScript but no WebAssembly (left out of
//! the browser, or refused by a locked-down policy): words, crisis routes
//! with working phone links, the service's contact details, languages and
//! quick exit. Where the app runs, it draws the same words over the static
//! page without a jump, takes the static page's place only once its own page
//! is complete, and crisis numbers read left to right in Arabic and Urdu.

use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use crate::support::*;

/// The static page's own words (no script has touched a static page here).
async fn heading_now(c: &Client) -> String {
    c.find(Locator::Css("h1#page-heading")).await.expect("the page has its h1").text().await.unwrap()
}

/// Whether the element is shown (not `display: none` anywhere above it).
async fn shown(c: &Client, css: &str) -> bool {
    match c.find(Locator::Css(css)).await {
        Ok(element) => element.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Follows a link by its CSS selector: its `href` as the page writes it,
/// resolved against the page's `<base>` as a browser does (WebDriver clicks
/// need scripts, which these pages may not have), and waits for the page.
async fn follow(c: &Client, css: &str) {
    let link = c.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("a link {css}"));
    let href = link.attr("href").await.unwrap().expect("the link has an href");
    let here = c.current_url().await.unwrap();
    let base = match c.find(Locator::Css("base")).await {
        Ok(base) => here.join(&base.attr("href").await.unwrap().unwrap_or_default()).unwrap(),
        Err(_) => here,
    };
    c.goto(base.join(&href).unwrap().as_str()).await.unwrap();
    c.wait().for_element(Locator::Css("h1#page-heading")).await.unwrap();
}

/// The page a person needs in a crisis, read with nothing but HTML.
async fn crisis_routes_work_as_html(c: &Client, locale: &str) {
    assert_eq!(heading_now(c).await, message(locale, "help-title"));
    let tel: Vec<String> = futures_links(c, "#crisis-routes a[href^='tel:']").await;
    for number in ["tel:999", "tel:111", "tel:116123", "tel:08000684141", "tel:08001111", "tel:08081570000"] {
        assert!(tel.contains(&number.to_string()), "{locale}: {number} missing from {tel:?}");
    }
    let sms: Vec<String> = futures_links(c, "#crisis-routes a[href^='sms:']").await;
    assert!(sms.contains(&"sms:85258?body=SHOUT".to_string()), "{locale}: {sms:?}");
    assert!(sms.contains(&"sms:88247".to_string()), "{locale}: Papyrus HOPELINE247 takes texts: {sms:?}");
    assert!(shown(c, "#crisis-papyrus").await);
    let papyrus = c.find(Locator::Css("#crisis-papyrus h2")).await.unwrap().text().await.unwrap();
    assert_eq!(papyrus, "Papyrus HOPELINE247");
}

async fn futures_links(c: &Client, css: &str) -> Vec<String> {
    let mut hrefs = Vec::new();
    for link in c.find_all(Locator::Css(css)).await.unwrap() {
        hrefs.push(link.attr("href").await.unwrap().unwrap_or_default());
    }
    hrefs
}

#[tokio::test]
async fn with_no_javascript_every_reading_page_crisis_routes_and_languages_work() {
    let server = TestServer::start().await;
    let options = BrowserOptions { javascript: false, ..BrowserOptions::default() };
    with_browser(options, move |c| async move {
        c.goto(&server.app_url("")).await.unwrap();
        assert_eq!(heading_now(&c).await, message("en-GB", "home-title"));
        assert_eq!(eval(&c, "document.documentElement.classList.contains('wm-started')").await, json!(false));
        // Quick exit is a link to the neutral site: it leaves even with no script.
        let exit = c.find(Locator::Id("quick-exit")).await.unwrap();
        assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some("https://www.bbc.co.uk/weather"));

        follow(&c, "#help-now-link").await;
        assert!(c.current_url().await.unwrap().path().ends_with("/help/"), "a real page at its own path");
        crisis_routes_work_as_html(&c, "en-GB").await;

        // Reading: a topic at its own address, with its next steps as plain links.
        follow(&c, "nav a[href$='learn/']").await;
        assert_eq!(heading_now(&c).await, message("en-GB", "learn-title"));
        c.goto(&format!("{}learn/worry/", server.app_url(""))).await.unwrap();
        assert_eq!(heading_now(&c).await, content_title("en-GB", "worry"));
        assert!(c.find(Locator::Css("article#learn-article h2")).await.is_ok(), "the topic's words are in the page");
        assert!(c.find(Locator::Css(".page-tools")).await.is_err(), "no tools that need the app");

        // The self-check and the referral need the app: they say so, with the service's phone.
        for page in ["check/phq9/1/", "refer/", "refer/contact/"] {
            c.goto(&format!("{}{page}", server.app_url(""))).await.unwrap();
            assert!(shown(&c, ".needs-app__notice").await, "{page}: the notice shows");
            assert!(!shown(&c, ".needs-app__loading").await, "{page}: no 'loading' that never ends");
            let phone = c.find(Locator::Css("#needs-app-phone")).await.unwrap();
            assert_eq!(phone.attr("href").await.unwrap().as_deref(), Some("tel:01632960000"), "{page}");
            assert!(c.find(Locator::Css("input[type=radio], #refer-start")).await.is_err(), "{page}: no dead controls");
        }

        // Another language is a link too: Arabic, right to left.
        c.goto(&format!("{}help/", server.app_url(""))).await.unwrap();
        follow(&c, "a[data-locale='ar']").await;
        assert_eq!(
            eval(&c, "document.documentElement.lang + ' ' + document.documentElement.dir").await,
            json!("ar rtl")
        );
        assert!(c.current_url().await.unwrap().path().ends_with("/ar/help/"));
        crisis_routes_work_as_html(&c, "ar").await;
    })
    .await;
}

#[tokio::test]
async fn with_javascript_but_no_webassembly_the_pages_say_so_and_quick_exit_still_works() {
    let server = TestServer::start().await;
    let options = BrowserOptions { webassembly: false, ..BrowserOptions::default() };
    with_browser(options, move |c| async move {
        c.goto(&format!("{}ur/refer/", server.app_url(""))).await.unwrap();
        assert_eq!(eval(&c, "typeof WebAssembly").await, json!("undefined"));
        assert_eq!(heading_now(&c).await, message("ur", "refer-title"));
        assert!(shown(&c, ".needs-app__notice").await, "the notice shows at once, in Urdu");
        let notice = c.find(Locator::Css(".needs-app__notice")).await.unwrap().text().await.unwrap();
        assert!(notice.contains(&message("ur", "needs-app-body")), "{notice}");
        assert_accessible(&c, "the referral's start, in Urdu, without WebAssembly").await;
        // The static page of crisis routes, right to left, as people without the app read it.
        c.goto(&format!("{}ar/help/", server.app_url(""))).await.unwrap();
        crisis_routes_work_as_html(&c, "ar").await;
        assert_accessible(&c, "Get help now in Arabic, as static HTML").await;

        // An older link still reaches its page.
        c.goto(&server.app_url("#/learn/panic")).await.unwrap();
        wait_until(&c, "location.pathname.endsWith('/learn/panic/')").await;
        assert_eq!(heading_now(&c).await, content_title("en-GB", "panic"));

        // Quick exit without the app: Shift three times leaves, in place of this page.
        let neutral = server.neutral_url();
        c.execute("document.getElementById('quick-exit').href = arguments[0];", vec![json!(neutral)]).await.unwrap();
        let length = eval(&c, "history.length").await;
        let body = c.find(Locator::Css("body")).await.unwrap();
        for _ in 0..3 {
            body.send_keys(&char::from(Key::Shift).to_string()).await.unwrap();
        }
        wait_until(&c, "location.pathname === '/neutral-site/'").await;
        assert_eq!(eval(&c, "history.length").await, length, "the page was replaced, not added to");
    })
    .await;
}

#[tokio::test]
async fn when_a_policy_refuses_webassembly_the_page_keeps_its_html_and_gives_the_phone() {
    let server = TestServer::start().await;
    server.block_webassembly();
    with_browser(BrowserOptions::default(), move |c| async move {
        c.goto(&format!("{}check/phq9/", server.app_url(""))).await.unwrap();
        // The app cannot start: the static page stays, and says what to do instead.
        wait_until(&c, "document.documentElement.classList.contains('wm-failed')").await;
        assert!(shown(&c, ".needs-app__notice").await);
        assert!(!shown(&c, ".needs-app__loading").await);
        assert_eq!(heading_now(&c).await, message("en-GB", "phq9-name"), "never a blank page");
        follow(&c, "#help-now-link").await;
        crisis_routes_work_as_html(&c, "en-GB").await;
    })
    .await;
}

/// The words of `<main>` with their whitespace folded, leaving out the
/// reading tools, which only the app draws (they need it to work).
const MAIN_TEXT: &str = "(() => { const m = document.querySelector('main').cloneNode(true); m.querySelectorAll('.page-tools').forEach(e => e.remove()); return m.textContent.replace(/\\s+/g, ' ').trim(); })()";

#[tokio::test]
async fn the_app_draws_the_same_words_as_the_static_page_without_a_jump() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        let pages = ["", "learn/", "learn/worry/", "learn/for/carers/", "help/", "check/", "ur/", "ur/learn/sleep/", "ur/help/"];
        for page in pages {
            // Layout shifts from the first paint on, the app's takeover included.
            c.goto(&format!("{}{page}", server.app_url(""))).await.unwrap();
            c.execute(
                "window.shifts = 0; window.moved = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) { window.shifts += e.value; window.moved.push(e.sources.map((s) => (s.node && (s.node.id || s.node.className || s.node.nodeName)) + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y]))); } }).observe({ type: 'layout-shift', buffered: true });",
                vec![],
            )
            .await
            .unwrap();
            wait_until(&c, "document.documentElement.classList.contains('wm-started')").await;
            settle(&c).await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            let drawn = eval(&c, MAIN_TEXT).await;
            // The same page as the server sends it, parsed without running anything.
            let script = "const done = arguments[arguments.length - 1]; fetch(location.href).then(r => r.text()).then(t => { const d = new DOMParser().parseFromString(t, 'text/html'); const m = d.querySelector('main'); m.querySelectorAll('.page-tools').forEach(e => e.remove()); done(m.textContent.replace(/\\s+/g, ' ').trim()); });";
            let rendered = c.execute_async(script, vec![]).await.unwrap();
            let normal = |v: &Value| v.as_str().unwrap_or_default().replace(' ', "");
            assert_eq!(normal(&drawn), normal(&rendered), "{page}: the app and the static page show the same words");
            let shifts = eval(&c, "window.shifts").await.as_f64().unwrap();
            let moved = eval(&c, "window.moved").await;
            assert!(shifts <= 0.02, "{page}: the takeover moved the layout (CLS {shifts}): {moved}");
        }
    })
    .await;
}

/// Watches a page load: the static `<main>` once parsed; any element that
/// shows while the static page is still there (a part of the app's page
/// drawn in view too early); and, when the static `<main>` goes, what the
/// page then holds.
const WATCH_THE_TAKEOVER: &str = r#"
window.__takeover = { early: [], atSwap: null };
const count = () => document.querySelectorAll('main p, main li, main h2, main input, main footer, footer.footer').length;
new MutationObserver((records) => {
  const staticMain = window.__staticMain;
  if (!staticMain) return;
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.tagName !== 'SCRIPT' && n.isConnected && document.contains(staticMain) && !n.closest('[hidden]')) {
        window.__takeover.early.push(n.tagName + '#' + n.id + '.' + n.className);
      }
    }
    for (const n of r.removedNodes) {
      if (n === staticMain) {
        const main = document.querySelector('main');
        const heading = document.querySelector('h1#page-heading');
        window.__takeover.atSwap = {
          shown: !!main && !main.closest('[hidden]'),
          heading: heading ? heading.textContent.trim() : null,
          header: !!document.querySelector('header.header'),
          parts: count(),
          stageLeft: !!document.querySelector('body > div[hidden]'),
        };
      }
    }
  }
}).observe(document, { childList: true, subtree: true });
document.addEventListener('DOMContentLoaded', () => { window.__staticMain = document.querySelector('main'); });
"#;

#[tokio::test]
async fn the_app_takes_the_static_pages_place_in_one_step_once_its_page_is_complete() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        run_at_every_load(&c, WATCH_THE_TAKEOVER).await;
        // A long topic drawn over many turns, in a right-to-left language; a
        // page only the app can draw; a short reading page.
        for page in ["ur/learn/worry/", "check/phq9/1/", "learn/"] {
            c.goto(&server.app_url(page)).await.unwrap();
            let heading = wait_for_heading(&c).await;
            settle(&c).await;
            let watched = eval(&c, "window.__takeover").await;
            assert_eq!(watched["early"], json!([]), "{page}: parts of the app's page showed over the static page");
            let at_swap = &watched["atSwap"];
            assert_eq!(
                at_swap["shown"],
                json!(true),
                "{page}: the app's page is in view when the static one goes: {at_swap}"
            );
            assert_eq!(at_swap["heading"], json!(heading), "{page}: {at_swap}");
            assert_eq!(at_swap["header"], json!(true), "{page}: {at_swap}");
            assert_eq!(at_swap["stageLeft"], json!(false), "{page}: {at_swap}");
            let parts_now = eval(
                &c,
                "document.querySelectorAll('main p, main li, main h2, main input, main footer, footer.footer').length",
            )
            .await;
            assert_eq!(
                at_swap["parts"], parts_now,
                "{page}: the whole page was drawn before it took the static page's place"
            );
            assert!(parts_now.as_u64().unwrap_or(0) > 3, "{page}: a page with content ({parts_now} parts)");
        }
    })
    .await;
}

/// For each isolated number on the page: whether its first digit group is
/// drawn to the left of its last (read left to right), with the number.
const DIGIT_ORDER: &str = r#"
return [...document.querySelectorAll(arguments[0])].filter(e => e.textContent.trim().includes(' ')).map(e => {
  const node = [...e.childNodes].find(n => n.nodeType === 3) || e.firstChild;
  const text = node.textContent;
  const first = document.createRange(); first.setStart(node, 0); first.setEnd(node, text.indexOf(' '));
  const last = document.createRange(); last.setStart(node, text.lastIndexOf(' ') + 1); last.setEnd(node, text.length);
  return [text, first.getBoundingClientRect().left < last.getBoundingClientRect().left];
});"#;

#[tokio::test]
async fn every_crisis_number_reads_left_to_right_in_arabic_and_urdu() {
    let server = TestServer::start().await;
    with_browser(BrowserOptions::default(), move |c| async move {
        for locale in ["ar", "ur"] {
            c.goto(&format!("{}{locale}/help/", server.app_url(""))).await.unwrap();
            wait_until(&c, "document.documentElement.classList.contains('wm-started')").await;
            assert_eq!(eval(&c, "document.documentElement.dir").await, json!("rtl"));
            let order = c.execute(DIGIT_ORDER, vec![json!("#crisis-routes .phone-number")]).await.unwrap();
            let order = order.as_array().unwrap();
            let numbers: Vec<&str> = order.iter().map(|o| o[0].as_str().unwrap()).collect();
            for number in ["116 123", "0800 068 4141", "0800 1111", "0808 157 0000"] {
                assert!(numbers.contains(&number), "{locale}: {number} is on the page: {numbers:?}");
            }
            for o in order {
                assert_eq!(o[1], json!(true), "{locale}: {} is drawn right to left", o[0]);
            }
            // The measure can fail: a number written bare in right-to-left text comes out reversed.
            c.execute(
                "const p = document.createElement('p'); p.id = 'bare'; p.innerHTML = '<span class=\"bare\">116 123</span>'; p.firstChild.style.unicodeBidi = 'normal'; document.querySelector('main').append(p);",
                vec![],
            )
            .await
            .unwrap();
            let bare = c.execute(DIGIT_ORDER, vec![json!("#bare .bare")]).await.unwrap();
            assert_eq!(bare[0][1], json!(false), "{locale}: without isolation the groups are reversed");
        }
        // Numbers inside a topic written in Urdu are isolated too.
        c.goto(&format!("{}ur/learn/low-mood/", server.app_url(""))).await.unwrap();
        wait_until(&c, "document.documentElement.classList.contains('wm-started')").await;
        let order = c.execute(DIGIT_ORDER, vec![json!("article .phone-number")]).await.unwrap();
        let order = order.as_array().unwrap();
        assert!(order.iter().any(|o| o[0] == json!("116 123")), "{order:?}");
        assert!(order.iter().all(|o| o[1] == json!(true)), "{order:?}");
    })
    .await;
}
