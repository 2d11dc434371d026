//! Embedding in a service's page: the host page on another origin hears
//! Waymark's height only when it is an allowed parent, and resizes the frame.

use std::time::Duration;

use serde_json::json;

use crate::support::*;

fn embed_config(server: &TestServer, parents: &[String]) -> serde_json::Value {
    let mut config = example_config();
    config["embed"] = json!({ "enabled": true, "allowed_parent_origins": parents });
    server.allow_framing_by(&format!("http://localhost:{}", server.addr.port()));
    config
}

#[tokio::test]
async fn an_allowed_host_page_hears_the_height_and_resizes_the_frame() {
    let server = TestServer::start().await;
    let host_origin = format!("http://localhost:{}", server.addr.port());
    server.set_config(&embed_config(&server, std::slice::from_ref(&host_origin)));
    with_browser(BrowserOptions::default(), move |c| async move {
        c.goto(&server.host_page_url()).await.unwrap();
        wait_until(&c, "window.heard.length > 0 && document.querySelector('iframe').style.height !== ''").await;
        let heard = eval(&c, "window.heard").await;
        let app_origin = format!("http://127.0.0.1:{}", server.addr.port());
        for message in heard.as_array().unwrap() {
            assert_eq!(message["origin"], json!(app_origin), "only Waymark's own origin speaks: {message}");
            assert_eq!(message["data"]["version"], json!(1));
            let kind = message["data"]["type"].as_str().unwrap_or_default();
            assert!(["waymark:height", "waymark:exit-url"].contains(&kind), "{message}");
        }
        // Where quick exit goes, so the host page's Shift×3 goes there too.
        wait_until(&c, "window.heard.some((m) => m.data.type === 'waymark:exit-url')").await;
        assert_eq!(
            eval(&c, "window.heard.find((m) => m.data.type === 'waymark:exit-url').data.url").await,
            json!("https://www.bbc.co.uk/weather")
        );
        // Once the home page has drawn (heights arrive as the app loads), read both at one moment.
        wait_until(&c, "window.heard.filter((m) => m.data.type === 'waymark:height').at(-1).data.height > 300").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let both = eval(
            &c,
            "[window.heard.filter((m) => m.data.type === 'waymark:height').at(-1).data.height, document.querySelector('iframe').getBoundingClientRect().height]",
        )
        .await;
        let (reported, frame) = (both[0].as_f64().unwrap(), both[1].as_f64().unwrap());
        assert!((frame - reported).abs() < 1.0, "the frame takes the reported height: {frame} vs {reported}");

        // A longer page inside: the frame grows with it.
        let topic = format!("{app_origin}{BASE}#/learn/worry");
        c.execute("document.querySelector('iframe').src = arguments[0];", vec![json!(topic)]).await.unwrap();
        let before = frame;
        for _ in 0..100 {
            let now =
                eval(&c, "document.querySelector('iframe').getBoundingClientRect().height").await.as_f64().unwrap();
            if now > before + 400.0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the frame did not grow with a long topic (was {before})");
    })
    .await;
}

#[tokio::test]
async fn a_parent_that_is_not_listed_hears_nothing() {
    let server = TestServer::start().await;
    // The frame may load (frame-ancestors), but the configuration names another site.
    server.set_config(&embed_config(&server, &["https://www.example-trust.nhs.uk".to_string()]));
    with_browser(BrowserOptions::default(), move |c| async move {
        c.goto(&server.host_page_url()).await.unwrap();
        c.enter_frame(0).await.unwrap();
        wait_for_heading(&c).await;
        c.enter_parent_frame().await.unwrap();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(eval(&c, "window.heard.length").await, json!(0));
        assert_eq!(eval(&c, "document.querySelector('iframe').style.height").await, json!(""));
    })
    .await;
}

/// Computed styles of Waymark's elements under `root` (the page, or the embed's shadow root).
const STYLES: &str = r#"
const root = arguments[0] === 'embed' ? document.getElementById('waymark').shadowRoot : document;
const props = ['font-size', 'font-family', 'font-style', 'color', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-align', 'line-height', 'box-sizing', 'margin-block-end', 'padding-inline-start', 'background-color', 'border-top-style'];
const pick = (selector) => {
  const style = getComputedStyle(root.querySelector(selector));
  return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
};
return { heading: pick('h1#page-heading'), lead: pick('.main p'), header: pick('.header'), exit: pick('.quick-exit__button'),
  link: pick('.main a'), main: pick('.main') };
"#;

#[tokio::test]
async fn the_script_embed_keeps_its_styles_and_the_host_page_keeps_its_own() {
    let server = TestServer::start().await;
    // The service's theme: it must reach inside the shadow root as it does on Waymark's own page.
    let mut config = example_config();
    config["theme"] = json!({ "brand": "#7c2855", "link": "#7c2855" });
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        // Waymark as a whole page, for comparison.
        go(&c, &server, "").await;
        let standalone = c.execute(STYLES, vec![json!("page")]).await.unwrap();
        assert_eq!(standalone["header"]["background-color"], json!("rgb(124, 40, 85)"), "the theme is applied");

        c.goto(&server.script_host_url()).await.unwrap();
        let app = "document.getElementById('waymark').shadowRoot";
        wait_until(&c, &format!("{app} && {app}.querySelector('h1#page-heading')")).await;
        settle(&c).await;
        assert_eq!(
            eval(&c, &format!("{app}.querySelector('h1#page-heading').textContent")).await,
            json!(message("en-GB", "home-title")),
            "the home page is drawn inside the service's page"
        );
        let embedded = c.execute(STYLES, vec![json!("embed")]).await.unwrap();
        for (element, styles) in standalone.as_object().unwrap() {
            assert_eq!(&embedded[element], styles, "`{element}` looks as it does on Waymark's own page");
        }

        // Nothing of Waymark's reaches the service's page: not its styles, language, title or variables.
        let host = eval(
            &c,
            "(() => { const s = (q) => getComputedStyle(document.querySelector(q));
               return { title: s('.host-title').fontSize, button: s('main.host > .button').backgroundColor,
                        notice: s('main.host > .notice').borderInlineStartStyle, lang: document.documentElement.lang,
                        dir: document.documentElement.dir, tab: document.title, sheets: document.styleSheets.length,
                        brand: getComputedStyle(document.documentElement).getPropertyValue('--wm-brand') }; })()",
        )
        .await;
        assert_eq!(host["title"], json!("60px"), "the service's heading keeps its size: {host}");
        assert_eq!(host["button"], json!("rgb(0, 0, 0)"), "the service's `.button` is not Waymark's: {host}");
        assert_eq!(host["notice"], json!("dotted"), "the service's `.notice` keeps its border: {host}");
        assert_eq!((&host["lang"], &host["dir"]), (&json!("en"), &json!("")), "the page's language is the service's");
        assert_eq!(host["tab"], json!("A service page"), "the tab title stays the service's");
        assert_eq!(host["sheets"], json!(1), "Waymark's stylesheet is in its shadow root only");
        assert_eq!(host["brand"], json!(""), "Waymark's variables stay inside");

        // Links, focus and the feature modules work inside the shadow root, from Waymark's own origin.
        c.execute(&format!("{app}.querySelector('.nav a[href=\"#/check\"]').click()"), vec![]).await.unwrap();
        wait_until(&c, &format!("{app}.querySelector('h1#page-heading')")).await;
        wait_until(&c, &format!("{app}.activeElement && {app}.activeElement.id === 'page-heading'")).await;

        // Another language: the app's element follows it, the page does not.
        c.execute("location.hash = '#/';", vec![]).await.unwrap();
        wait_until(&c, &format!("{app}.querySelector('.language-switcher__option[lang=\"ur\"]')")).await;
        c.execute(&format!("{app}.querySelector('.language-switcher__option[lang=\"ur\"]').click()"), vec![])
            .await
            .unwrap();
        wait_until(&c, &format!("{app}.getElementById('waymark-app').dir === 'rtl'")).await;
        assert_eq!(eval(&c, &format!("{app}.getElementById('waymark-app').lang")).await, json!("ur"));
        assert_eq!(eval(&c, "document.documentElement.lang").await, json!("en"));

        assert_eq!(server.csp_reports(), Vec::<String>::new(), "the host page's documented policy is enough");
        let requests = server.requests();
        assert!(requests.iter().any(|r| r.starts_with("embed-") && r.ends_with(".css")), "{requests:?}");
        // Last: axe-core adds a <style> of its own, which the host's policy rightly refuses.
        c.execute("location.hash = '#/';", vec![]).await.unwrap();
        wait_until(&c, &format!("{app}.activeElement && {app}.activeElement.id === 'page-heading'")).await;
        assert_accessible_within(&c, "the script embed on a hostile page (Urdu)", Some("#waymark")).await;
    })
    .await;
}

/// Quick exit inside the iframe leaves the whole service page, not just the
/// frame; and Shift pressed three times on the service's own page does too.
#[tokio::test]
async fn quick_exit_inside_the_frame_leaves_the_service_page() {
    let server = TestServer::start().await;
    let host_origin = format!("http://localhost:{}", server.addr.port());
    let mut config = embed_config(&server, std::slice::from_ref(&host_origin));
    config["quick_exit_url"] = json!(server.neutral_url());
    server.set_config(&config);
    with_browser(BrowserOptions::default(), move |c| async move {
        c.goto(&server.host_page_url()).await.unwrap();
        wait_until(&c, "window.heard.some((m) => m.data.type === 'waymark:exit-url')").await;
        let frame = c.find(fantoccini::Locator::Css("iframe")).await.unwrap();
        frame.enter_frame().await.unwrap();
        c.wait().for_element(fantoccini::Locator::Id("quick-exit")).await.unwrap().click().await.unwrap();
        c.enter_parent_frame().await.unwrap();
        wait_until(&c, "window.top.location.pathname === '/neutral-site/'").await;
        assert_eq!(
            eval(&c, "location.host").await,
            json!(server.addr.to_string()),
            "the top page left, to the neutral site"
        );

        // Shift three times with focus on the service's own page.
        c.goto(&server.host_page_url()).await.unwrap();
        wait_until(&c, "window.heard.some((m) => m.data.type === 'waymark:exit-url')").await;
        let body = c.find(fantoccini::Locator::Css("body")).await.unwrap();
        for _ in 0..3 {
            body.send_keys(&char::from(fantoccini::key::Key::Shift).to_string()).await.unwrap();
        }
        wait_until(&c, "location.pathname === '/neutral-site/'").await;
    })
    .await;
}
