//! The app's first drawing, in turns. Drawing a whole page over the static
//! one in a single task kept a phone's main thread busy for up to a quarter
//! of a second (README, "Performance"), so parts wrapped in
//! [`crate::components::later::Later`] wait in a queue and are drawn one per
//! task, out of sight, before the finished page takes the static page's
//! place. Once the page is drawn, `Later` draws at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use leptos::prelude::*;

thread_local! {
    static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
    static DRAWN: Cell<bool> = const { Cell::new(false) };
}

/// Whether the first drawing is complete (parts then draw at once).
pub fn drawn() -> bool {
    DRAWN.with(Cell::get)
}

/// Puts a part in the queue: `shown` becomes true on its turn.
pub fn wait_turn(shown: RwSignal<bool>) {
    WAITING.with(|q| q.borrow_mut().push_back(shown));
}

/// Draws the waiting parts, one per task (`next_task` yields to the
/// browser), until none waits. Parts a part draws join the queue behind it.
pub async fn draw_in_turns<F: std::future::Future<Output = ()>>(next_task: impl Fn() -> F) {
    loop {
        // Between turns the browser paints and handles input; the part set
        // shown last turn has drawn in that turn's microtasks.
        next_task().await;
        let Some(shown) = WAITING.with(|q| q.borrow_mut().pop_front()) else { break };
        // A part whose parent went away before its turn has nothing to draw.
        let _ = shown.try_set(true);
    }
    DRAWN.with(|d| d.set(true));
}

/// Draws everything at once from now on (a page inside a service's page,
/// where there is no static page to keep showing meanwhile).
pub fn draw_at_once() {
    DRAWN.with(|d| d.set(true));
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    /// Runs `draw_in_turns` with a `next_task` that records, at each turn,
    /// which parts are shown, and lets `during` act between turns.
    async fn turns(parts: &[RwSignal<bool>], during: impl Fn(usize) + 'static) -> Vec<Vec<bool>> {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let parts = parts.to_vec();
        let log = seen.clone();
        let turn = Rc::new(Cell::new(0));
        draw_in_turns(move || {
            log.borrow_mut().push(parts.iter().map(|p| p.try_get_untracked().unwrap_or(false)).collect());
            during(turn.get());
            turn.set(turn.get() + 1);
            std::future::ready(())
        })
        .await;
        Rc::try_unwrap(seen).unwrap().into_inner()
    }

    #[tokio::test(flavor = "current_thread")]
    async fn parts_are_drawn_one_per_turn_in_order_and_the_drawing_ends_after_the_last() {
        let parts: Vec<RwSignal<bool>> = (0..3).map(|_| RwSignal::new(false)).collect();
        parts.iter().for_each(|p| wait_turn(*p));
        assert!(!drawn());
        let seen = turns(&parts, |_| assert!(!drawn(), "not drawn while parts wait")).await;
        assert_eq!(
            seen,
            vec![vec![false, false, false], vec![true, false, false], vec![true, true, false], vec![true, true, true],]
        );
        assert!(drawn());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_part_drawn_in_a_turn_can_add_parts_which_are_drawn_before_the_end() {
        let outer = RwSignal::new(false);
        let inner = RwSignal::new(false);
        wait_turn(outer);
        // The outer part, once shown, draws an inner part that waits its turn.
        let seen = turns(&[outer, inner], move |turn| {
            if turn == 1 {
                wait_turn(inner);
            }
        })
        .await;
        assert_eq!(seen, vec![vec![false, false], vec![true, false], vec![true, true]]);
        assert!(drawn());
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_part_gone_before_its_turn_is_skipped() {
        let gone = RwSignal::new(false);
        let kept = RwSignal::new(false);
        wait_turn(gone);
        wait_turn(kept);
        gone.dispose();
        turns(&[kept], |_| {}).await;
        assert!(kept.get_untracked());
        assert!(drawn());
    }

    #[test]
    fn drawing_at_once_needs_no_turns() {
        assert!(!drawn());
        draw_at_once();
        assert!(drawn());
    }
}
