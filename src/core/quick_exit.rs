//! The keyboard shortcut for "Exit this page": Shift pressed three times on
//! its own (GOV.UK's exit-this-page pattern), never Escape, which people use
//! to close menus. Typing capitals (Shift then a letter) never counts.

/// How close together the three presses must be.
pub const WINDOW_MS: f64 = 5_000.0;

/// Counts bare Shift presses.
#[derive(Debug, Default)]
pub struct ShiftPresses {
    times: Vec<f64>,
}

impl ShiftPresses {
    /// Feeds one keydown. Returns true when the page should be exited.
    pub fn key_down(&mut self, key: &str, repeat: bool, now_ms: f64) -> bool {
        if key != "Shift" {
            self.times.clear();
            return false;
        }
        if repeat {
            return false;
        }
        self.times.retain(|t| now_ms - t <= WINDOW_MS);
        self.times.push(now_ms);
        if self.times.len() >= 3 {
            self.times.clear();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_bare_shifts_exit() {
        let mut p = ShiftPresses::default();
        assert!(!p.key_down("Shift", false, 0.0));
        assert!(!p.key_down("Shift", false, 300.0));
        assert!(p.key_down("Shift", false, 600.0));
    }

    #[test]
    fn typing_capitals_never_exits() {
        let mut p = ShiftPresses::default();
        for (i, letter) in ["A", "B", "C", "D"].iter().enumerate() {
            let t = i as f64 * 200.0;
            assert!(!p.key_down("Shift", false, t));
            assert!(!p.key_down(letter, false, t + 50.0));
        }
    }

    #[test]
    fn held_shift_and_slow_presses_do_not_exit() {
        let mut p = ShiftPresses::default();
        assert!(!p.key_down("Shift", false, 0.0));
        assert!(!p.key_down("Shift", true, 100.0));
        assert!(!p.key_down("Shift", true, 200.0));
        assert!(!p.key_down("Shift", false, 6_000.0));
        assert!(!p.key_down("Shift", false, 12_000.0));
        assert!(!p.key_down("Escape", false, 12_100.0));
    }
}
