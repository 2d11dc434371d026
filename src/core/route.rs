//! Routes live in the URL fragment (`#/learn`), so deep links, reload and
//! back/forward work from any sub-path of a plain static host with no
//! rewrite rules: the server only ever sees the app's own `index.html`.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Learn,
    Check,
    Refer,
    HelpNow,
    Privacy,
    /// A route-shaped fragment that names no page, kept for the Not found page.
    NotFound(String),
}

impl Route {
    /// Every page with a path, in menu order.
    pub const PAGES: [Route; 6] =
        [Route::Home, Route::Learn, Route::Check, Route::Refer, Route::HelpNow, Route::Privacy];

    /// Reads a `location.hash`. Returns `None` for an in-page anchor such as
    /// `#main-content` or `#field-email`, which must not change the page.
    pub fn from_fragment(fragment: &str) -> Option<Route> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if fragment.is_empty() {
            return Some(Route::Home);
        }
        let path = fragment.strip_prefix('/')?;
        // Ignore a query or trailing slash, so `#/learn/` and `#/learn?x` still work.
        let path = path.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
        Some(match path {
            "" => Route::Home,
            "learn" => Route::Learn,
            "check" => Route::Check,
            "refer" => Route::Refer,
            "help" => Route::HelpNow,
            "privacy" => Route::Privacy,
            other => Route::NotFound(other.to_string()),
        })
    }

    /// The fragment to link to, e.g. `#/help`.
    pub fn href(&self) -> String {
        match self {
            Route::NotFound(path) => format!("#/{path}"),
            other => format!("#/{}", other.path()),
        }
    }

    fn path(&self) -> &str {
        match self {
            Route::Home => "",
            Route::Learn => "learn",
            Route::Check => "check",
            Route::Refer => "refer",
            Route::HelpNow => "help",
            Route::Privacy => "privacy",
            Route::NotFound(path) => path,
        }
    }

    /// The Fluent id of the page's title (the `<h1>` and `<title>`).
    pub fn title_id(&self) -> &'static str {
        match self {
            Route::Home => "home-title",
            Route::Learn => "learn-title",
            Route::Check => "check-title",
            Route::Refer => "refer-title",
            Route::HelpNow => "help-title",
            Route::Privacy => "privacy-title",
            Route::NotFound(_) => "not-found-title",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_round_trips() {
        for page in Route::PAGES {
            assert_eq!(Route::from_fragment(&page.href()), Some(page.clone()));
        }
    }

    #[test]
    fn fragments() {
        assert_eq!(Route::from_fragment(""), Some(Route::Home));
        assert_eq!(Route::from_fragment("#"), Some(Route::Home));
        assert_eq!(Route::from_fragment("#/"), Some(Route::Home));
        assert_eq!(Route::from_fragment("#/learn/"), Some(Route::Learn));
        assert_eq!(Route::from_fragment("#/help?from=x"), Some(Route::HelpNow));
        assert_eq!(Route::from_fragment("#main-content"), None);
        assert_eq!(Route::from_fragment("#/nope"), Some(Route::NotFound("nope".into())));
    }
}
