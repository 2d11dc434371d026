//! The self-referral feature module (see `waymark::features`). The shell loads
//! it with `import()` and calls `mount`/`unmount`; it starts nothing itself.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

thread_local! {
    static MOUNTED: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

/// Draws the referral pages into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement) {
    let handle = leptos::mount::mount_to(root, waymark::features::refer::ReferFeature);
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(handle)));
}

/// Removes them again (dropping the handle unmounts the view).
#[wasm_bindgen]
pub fn unmount() {
    MOUNTED.with(|m| m.borrow_mut().take());
}

fn main() {}
