//! Read aloud with the browser's own speech synthesis: nothing leaves the
//! device, and the button only appears where a voice for the language exists.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
const synth = () => (typeof speechSynthesis === "undefined" ? null : speechSynthesis);
const voiceFor = (lang) => {
  const s = synth();
  if (!s) return null;
  const want = lang.toLowerCase(), base = want.split("-")[0];
  const voices = s.getVoices();
  return voices.find((v) => v.lang.toLowerCase().replace("_", "-") === want)
    || voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) || null;
};
export function speech_has_voice(lang) { return voiceFor(lang) !== null; }
export function speech_on_voices_changed(callback) {
  const s = synth();
  if (s) s.addEventListener("voiceschanged", () => callback());
}
export function speech_speak(text, lang, on_end) {
  const s = synth(), voice = voiceFor(lang);
  if (!s || !voice) return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = voice.lang; u.voice = voice;
  u.onend = () => on_end(); u.onerror = () => on_end();
  s.speak(u);
  return true;
}
export function speech_cancel() { const s = synth(); if (s) s.cancel(); }
"#)]
extern "C" {
    fn speech_has_voice(lang: &str) -> bool;
    fn speech_on_voices_changed(callback: &Closure<dyn Fn()>);
    fn speech_speak(text: &str, lang: &str, on_end: &Closure<dyn Fn()>) -> bool;
    fn speech_cancel();
}

/// Whether the browser has a voice for `lang` (voices may arrive later: see [`on_voices_changed`]).
pub fn has_voice(lang: &str) -> bool {
    speech_has_voice(lang)
}

/// Calls `f` whenever the browser's list of voices changes.
pub fn on_voices_changed(f: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(f);
    speech_on_voices_changed(&closure);
    // Lives as long as the page, like the listener it backs.
    closure.forget();
}

/// Speaks `text`; `on_end` runs when it finishes or is stopped. False if no voice.
pub fn speak(text: &str, lang: &str, on_end: impl Fn() + 'static) -> bool {
    let closure = Closure::<dyn Fn()>::new(on_end);
    let started = speech_speak(text, lang, &closure);
    closure.forget();
    started
}

/// Stops speaking.
pub fn cancel() {
    speech_cancel();
}
