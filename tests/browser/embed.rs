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
            assert_eq!(message["data"]["type"], json!("waymark:height"));
            assert_eq!(message["data"]["version"], json!(1));
        }
        // Once the home page has drawn (heights arrive as the app loads), read both at one moment.
        wait_until(&c, "window.heard.at(-1).data.height > 300").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let both = eval(
            &c,
            "[window.heard.at(-1).data.height, document.querySelector('iframe').getBoundingClientRect().height]",
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
