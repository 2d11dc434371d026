//! Every page has a path of its own under the app's root, with the reader's
//! language before it unless it is the service's default (`learn/worry/`,
//! `pl/learn/worry/`), and a static HTML file there (`…/index.html`), so any
//! plain static host serves deep links, reload and back/forward with no
//! rewrite rules (docs/architecture.md, "Pages and paths"). Inside a
//! service's own page (the script embed) the path is the host's, so routes
//! live in the URL fragment instead (`#/learn/worry`); links written in that
//! older form keep working everywhere.

use std::cell::RefCell;

use crate::core::instruments::BUILTIN_SHAPES;
pub use crate::core::referral::journey::Step;

/// How links to pages are written on this page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkStyle {
    /// `#/learn/worry`: inside a service's page (and in native tests).
    Fragment,
    /// `pl/learn/worry/`, relative to the app's root (the document's
    /// `<base href>`); `prefix` is `""` for the default language or `"pl/"`.
    Path { prefix: String },
}

thread_local! {
    static LINKS: RefCell<LinkStyle> = const { RefCell::new(LinkStyle::Fragment) };
}

/// Sets how this page writes links (once at start, or per rendered page).
pub fn set_link_style(style: LinkStyle) {
    LINKS.with(|l| *l.borrow_mut() = style);
}

/// How this page writes links.
pub fn link_style() -> LinkStyle {
    LINKS.with(|l| l.borrow().clone())
}

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Learn,
    /// A topic of the content pack, e.g. `#/learn/worry`.
    LearnTopic(String),
    /// An audience's adapted material, e.g. `#/learn/for/carers`.
    LearnAudience(String),
    Check,
    /// One step of a self-check, e.g. `#/check/phq9/3`.
    SelfCheck {
        instrument: String,
        step: CheckStep,
    },
    Refer,
    /// A page of the online referral, e.g. `#/refer/contact`.
    ReferStep(Step),
    HelpNow,
    Privacy,
    /// After a referral: what happens next, the wait, check-ins.
    Waiting,
    /// A route-shaped fragment that names no page, kept for the Not found page.
    NotFound(String),
}

/// Where a person is within one self-check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckStep {
    /// What the questionnaire is, before starting.
    Intro,
    /// Question n, counted from 1.
    Question(usize),
    /// Crisis routes, shown as soon as a risk answer is given.
    Safety,
    /// The result, once every required question is answered.
    Result,
    /// Saved results of this questionnaire on this device.
    History,
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
            "waiting" => Route::Waiting,
            other => {
                let learn = other.strip_prefix("learn/").and_then(parse_learn);
                let check = other.strip_prefix("check/").and_then(parse_check);
                let refer = other
                    .strip_prefix("refer/")
                    .and_then(Step::from_path)
                    .filter(|s| *s != Step::Start)
                    .map(Route::ReferStep);
                match learn.or(check).or(refer) {
                    Some(route) => route,
                    None => Route::NotFound(other.to_string()),
                }
            }
        })
    }

    /// The link to this page, in this page's [`LinkStyle`]: `#/help`, or
    /// `help/` (`pl/help/`) relative to the app's root.
    pub fn href(&self) -> String {
        match link_style() {
            LinkStyle::Fragment => self.fragment(),
            LinkStyle::Path { prefix } => {
                let path = self.page_path();
                if prefix.is_empty() && path.is_empty() {
                    "./".to_string()
                } else {
                    format!("{prefix}{path}")
                }
            }
        }
    }

    /// The page's path under its language's root, with a trailing slash:
    /// `""` for Home, `learn/worry/`, `check/phq9/3/`. Its static file is
    /// `<path>index.html`.
    pub fn page_path(&self) -> String {
        let fragment = self.fragment();
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        if path.is_empty() {
            String::new()
        } else {
            format!("{path}/")
        }
    }

    /// Reads a page path (under a language's root), with or without the
    /// trailing slash or `index.html`.
    pub fn from_page_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.trim_matches('/');
        Route::from_fragment(&format!("#/{path}")).unwrap_or(Route::NotFound(path.to_string()))
    }

    /// The fragment form, `#/help`.
    pub fn fragment(&self) -> String {
        match self {
            Route::NotFound(path) => format!("#/{path}"),
            Route::ReferStep(step) => format!("#/refer/{}", step.path()),
            Route::LearnTopic(id) => format!("#/learn/{id}"),
            Route::LearnAudience(id) => format!("#/learn/for/{id}"),
            Route::SelfCheck { instrument, step } => match step {
                CheckStep::Intro => format!("#/check/{instrument}"),
                CheckStep::Question(n) => format!("#/check/{instrument}/{n}"),
                CheckStep::Safety => format!("#/check/{instrument}/safety"),
                CheckStep::Result => format!("#/check/{instrument}/result"),
                CheckStep::History => format!("#/check/{instrument}/history"),
            },
            other => format!("#/{}", other.path()),
        }
    }

    /// A step of a self-check.
    pub fn check(instrument: &str, step: CheckStep) -> Route {
        Route::SelfCheck { instrument: instrument.to_string(), step }
    }

    fn path(&self) -> &str {
        match self {
            Route::SelfCheck { .. } => "check",
            Route::ReferStep(_) => "refer",
            Route::Home => "",
            Route::Learn | Route::LearnTopic(_) | Route::LearnAudience(_) => "learn",
            Route::Check => "check",
            Route::Refer => "refer",
            Route::HelpNow => "help",
            Route::Privacy => "privacy",
            Route::Waiting => "waiting",
            Route::NotFound(path) => path,
        }
    }

    /// Pages that are replaced in the browser's history when left (the
    /// safety page and results): Back from a neutral site never lands on
    /// them and the history list never names them.
    pub fn leaves_no_trail(&self) -> bool {
        matches!(self, Route::SelfCheck { step: CheckStep::Safety | CheckStep::Result, .. })
    }

    /// The Fluent id of the page's title (the `<h1>` and `<title>`).
    pub fn title_id(&self) -> &'static str {
        match self {
            Route::Home => "home-title",
            Route::Learn | Route::LearnTopic(_) | Route::LearnAudience(_) => "learn-title",
            Route::Check | Route::SelfCheck { .. } => "check-title",
            Route::Refer | Route::ReferStep(_) => "refer-title",
            Route::HelpNow => "help-title",
            Route::Privacy => "privacy-title",
            Route::Waiting => "waiting-title",
            Route::NotFound(_) => "not-found-title",
        }
    }
}

/// `worry` or `for/carers`: ids are the content pack's (checked when the
/// page loads it), so only their shape is checked here.
fn parse_learn(path: &str) -> Option<Route> {
    use crate::core::content::is_kebab;
    match path.strip_prefix("for/") {
        Some(id) => is_kebab(id).then(|| Route::LearnAudience(id.to_string())),
        None => is_kebab(path).then(|| Route::LearnTopic(path.to_string())),
    }
}

/// `phq9`, `phq9/3`, `phq9/safety`, `phq9/result`, `phq9/history`. The
/// instrument must exist and a question number must be in its range.
fn parse_check(path: &str) -> Option<Route> {
    let (id, rest) = path.split_once('/').unwrap_or((path, ""));
    let &(_, items) = BUILTIN_SHAPES.iter().find(|(known, _)| *known == id)?;
    let step = match rest {
        "" => CheckStep::Intro,
        "safety" => CheckStep::Safety,
        "result" => CheckStep::Result,
        "history" => CheckStep::History,
        n => {
            let n: usize = n.parse().ok()?;
            if n == 0 || n > items || n.to_string() != rest {
                return None;
            }
            CheckStep::Question(n)
        }
    };
    Some(Route::check(id, step))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_for_every_kind_of_page() {
        let routes = [
            Route::Home,
            Route::Learn,
            Route::LearnTopic("worry".into()),
            Route::LearnAudience("carers".into()),
            Route::check("phq9", CheckStep::Question(3)),
            Route::check("gad7", CheckStep::Safety),
            Route::ReferStep(Step::Contact),
            Route::Refer,
            Route::HelpNow,
            Route::Privacy,
            Route::Waiting,
        ];
        for route in routes {
            assert_eq!(Route::from_page_path(&route.page_path()), route);
            assert_eq!(Route::from_page_path(&format!("{}index.html", route.page_path())), route);
        }
        assert_eq!(Route::HelpNow.page_path(), "help/");
        assert_eq!(Route::Home.page_path(), "");
        assert_eq!(Route::from_page_path("learn/worry"), Route::LearnTopic("worry".into()));
        assert_eq!(Route::from_page_path("nope/"), Route::NotFound("nope".into()));
        set_link_style(LinkStyle::Path { prefix: "pl/".into() });
        assert_eq!(Route::LearnTopic("worry".into()).href(), "pl/learn/worry/");
        assert_eq!(Route::Home.href(), "pl/");
        set_link_style(LinkStyle::Path { prefix: String::new() });
        assert_eq!(Route::Home.href(), "./");
        assert_eq!(Route::HelpNow.href(), "help/");
        set_link_style(LinkStyle::Fragment);
        assert_eq!(Route::HelpNow.href(), "#/help");
    }

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

    #[test]
    fn learn_routes_round_trip() {
        for route in [Route::LearnTopic("low-mood".into()), Route::LearnAudience("older-adults".into())] {
            assert_eq!(Route::from_fragment(&route.href()), Some(route));
        }
        assert!(matches!(Route::from_fragment("#/learn/Bad_Id"), Some(Route::NotFound(_))));
        assert!(matches!(Route::from_fragment("#/learn/for/a/b"), Some(Route::NotFound(_))));
    }

    #[test]
    fn referral_steps_round_trip() {
        for step in [
            Step::Eligibility,
            Step::NotEligible,
            Step::AboutYou,
            Step::Contact,
            Step::More,
            Step::Consent,
            Step::Check,
            Step::Sent,
        ] {
            let route = Route::ReferStep(step);
            assert_eq!(Route::from_fragment(&route.href()), Some(route));
        }
        assert_eq!(Route::from_fragment("#/refer/"), Some(Route::Refer));
        assert!(matches!(Route::from_fragment("#/refer/nope"), Some(Route::NotFound(_))));
    }

    #[test]
    fn self_check_steps_round_trip_and_are_bounded() {
        for step in [
            CheckStep::Intro,
            CheckStep::Question(1),
            CheckStep::Question(7),
            CheckStep::Safety,
            CheckStep::Result,
            CheckStep::History,
        ] {
            let route = Route::check("gad7", step);
            assert_eq!(Route::from_fragment(&route.href()), Some(route));
        }
        for bad in ["#/check/gad7/0", "#/check/gad7/9", "#/check/gad7/01", "#/check/nope", "#/check/gad7/x"] {
            assert!(matches!(Route::from_fragment(bad), Some(Route::NotFound(_))), "{bad}");
        }
    }
}
