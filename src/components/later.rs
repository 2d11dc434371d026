//! A part of the page the running app draws in a later task of its first
//! drawing (see [`crate::state::takeover`]); in a static page, and once the
//! app's first page is drawn, it draws at once.

use leptos::prelude::*;

use crate::state::{is_static, takeover};

/// Draws `children` on their turn during the app's first drawing.
#[component]
pub fn Later(
    /// The part to draw.
    children: ChildrenFn,
) -> impl IntoView {
    if is_static() || takeover::drawn() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    takeover::wait_turn(shown);
    (move || shown.get().then(|| children())).into_any()
}
