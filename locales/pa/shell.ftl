# Waymark interface strings for the app shell, Punjabi in Gurmukhi script (pa), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = ਗੱਲਬਾਤ ਰਾਹੀਂ ਇਲਾਜ (ਟਾਕਿੰਗ ਥੈਰੇਪੀ);
# "refer yourself" = ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ; "referral" = ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ);
# "GP" = GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ); "device" = ਡਿਵਾਈਸ (ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ);
# "diagnosis" = ਡਾਇਗਨੋਸਿਸ (ਬਿਮਾਰੀ ਦੀ ਪਛਾਣ); "service" = ਸਰਵਿਸ.

## App shell

app-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
app-skip-link = ਸਿੱਧਾ ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
app-help-now = ਹੁਣੇ ਮਦਦ ਲਓ
app-nav-label = ਮੁੱਖ ਮੀਨੂ
app-nav-home = ਮੁੱਖ ਪੰਨਾ
app-nav-learn = ਜਾਣਕਾਰੀ
app-nav-check = ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ
app-nav-refer = ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
app-nav-privacy = ਨਿੱਜਤਾ ਅਤੇ ਸੈਟਿੰਗਾਂ
app-storage-unavailable = ਇਹ ਬ੍ਰਾਊਜ਼ਰ Waymark ਨੂੰ ਕੁਝ ਵੀ ਸੰਭਾਲਣ ਨਹੀਂ ਦੇ ਰਿਹਾ, ਇਸ ਲਈ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰਨ ਤੋਂ ਬਾਅਦ ਕੁਝ ਵੀ ਯਾਦ ਨਹੀਂ ਰਹੇਗਾ। ਬਾਕੀ ਸਭ ਕੁਝ ਠੀਕ ਕੰਮ ਕਰਦਾ ਹੈ।
app-footer-not-crisis = ਗੱਲਬਾਤ ਰਾਹੀਂ ਇਲਾਜ (ਟਾਕਿੰਗ ਥੈਰੇਪੀ) ਕੋਈ ਐਮਰਜੈਂਸੀ ਸਰਵਿਸ ਨਹੀਂ ਹੈ।
app-referral-waiting = ਇਸ ਡਿਵਾਈਸ (ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ) 'ਤੇ ਤੁਹਾਡੀ ਇੱਕ ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ) ਸੰਭਾਲੀ ਹੋਈ ਹੈ ਜੋ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ।
app-referral-waiting-link = ਇਸ ਨੂੰ ਵੇਖੋ ਅਤੇ ਭੇਜੋ
needs-app-body = ਸਾਈਟ ਦੇ ਇਸ ਹਿੱਸੇ ਲਈ ਨਵੇਂ ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਦੀ, ਜਾਂ JavaScript ਚਾਲੂ ਹੋਣ ਦੀ ਲੋੜ ਹੈ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ, ਜਾਂ ਸਰਵਿਸ ਤੋਂ ਕੁਝ ਵੀ ਪੁੱਛ ਸਕਦੇ ਹੋ:
needs-app-phone = ਫ਼ੋਨ ਕਰੋ:
needs-app-email = ਈਮੇਲ ਕਰੋ:
needs-app-help = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ:
app-saved-unreadable = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੇ ਕੁਝ ਜਵਾਬ ਦੁਬਾਰਾ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹਨਾਂ ਨੂੰ ਵੱਖਰਾ ਰੱਖ ਦਿੱਤਾ ਗਿਆ ਹੈ, ਮਿਟਾਇਆ ਨਹੀਂ ਗਿਆ। ਨਿੱਜਤਾ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਤੁਸੀਂ ਵੇਖ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਰੱਖਿਆ ਗਿਆ ਹੈ, ਅਤੇ ਉਸ ਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
feature-failed-title = ਸਰਵਿਸ ਦਾ ਇਹ ਹਿੱਸਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ
feature-failed-body = ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ। ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਪੰਨੇ ਦੇ ਉੱਪਰ "ਹੁਣੇ ਮਦਦ ਲਓ" ਵਾਲਾ ਲਿੰਕ ਵਰਤੋ।

## Shared-device mode (outreach tablets)

shared-notice = ਸਾਂਝੀ ਡਿਵਾਈਸ: ਤੁਹਾਡੇ ਪੂਰਾ ਕਰਨ ਤੋਂ ਬਾਅਦ ਕੋਈ ਵੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਰੱਖੀ ਜਾਂਦੀ।
shared-finish = ਪੂਰਾ ਕਰੋ ਅਤੇ ਸਾਫ਼ ਕਰੋ
shared-unsent-warning = ਇੱਕ ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ) ਅਜੇ ਭੇਜੀ ਨਹੀਂ ਗਈ। ਇਹ ਸਿਰਫ਼ ਇਸ ਪੰਨੇ 'ਤੇ ਰੱਖੀ ਹੋਈ ਹੈ, ਇਸ ਲਈ ਜੇ ਤੁਸੀਂ ਹੁਣ ਪੂਰਾ ਕਰੋਗੇ ਤਾਂ ਇਹ ਗੁੰਮ ਹੋ ਜਾਵੇਗੀ। ਇਸ ਦੇ ਭੇਜੇ ਜਾਣ ਤੱਕ ਉਡੀਕ ਕਰੋ, ਜਾਂ ਉਸ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਲੈ ਲਓ।
shared-finish-anyway = ਫਿਰ ਵੀ ਪੂਰਾ ਕਰੋ
shared-finish-when-sent = ਉਡੀਕ ਕਰੋ, ਅਤੇ ਭੇਜੇ ਜਾਣ 'ਤੇ ਪੂਰਾ ਕਰੋ
shared-waiting-to-send = ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲਣ ਦੀ ਉਡੀਕ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ। ਅਰਜ਼ੀ ਮਿਲ ਜਾਣ 'ਤੇ ਇਹ ਪੰਨਾ ਆਪਣੇ ਆਪ ਸਾਫ਼ ਹੋ ਜਾਵੇਗਾ।
shared-unsent-call = ਜਾਂ ਫ਼ੋਨ ਰਾਹੀਂ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ:
shared-timeout-title = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = ਨਿੱਜਤਾ ਬਣਾਈ ਰੱਖਣ ਲਈ, ਇਸ ਪੰਨੇ 'ਤੇ ਸਭ ਕੁਝ { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ
   *[other] { $seconds } ਸਕਿੰਟਾਂ
} ਵਿੱਚ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ ਜਾਵੇਗਾ।
shared-timeout-continue = ਮੈਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹਾਂ

## Quick exit

quick-exit-label = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-button = ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ
quick-exit-hint = ਜਾਂ Shift ਬਟਨ 3 ਵਾਰ ਦਬਾਓ।

## Language switcher

language-switcher-label = ਭਾਸ਼ਾ
language-switcher-failed = ਮਾਫ਼ ਕਰਨਾ, ਉਹ ਭਾਸ਼ਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Home

home-title = ਗੱਲਬਾਤ ਰਾਹੀਂ ਇਲਾਜ (ਟਾਕਿੰਗ ਥੈਰੇਪੀ): ਤੁਹਾਡੇ ਮਨ ਦੇ ਹਾਲ ਲਈ ਸਹਾਰਾ
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } ਵੱਲੋਂ ਉਹਨਾਂ ਬਾਲਗਾਂ ਨੂੰ ਮੁਫ਼ਤ NHS ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ ਜੋ ਉਦਾਸ, ਘਬਰਾਹਟ ਵਿੱਚ ਜਾਂ ਤਣਾਅ ਵਿੱਚ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ। ਤੁਸੀਂ ਆਮ ਮੁਸ਼ਕਲਾਂ ਬਾਰੇ ਜਾਣ ਸਕਦੇ ਹੋ, ਜਾਂਚ ਸਕਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ, ਅਤੇ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ।
home-learn-title = ਜਾਣੋ ਅਤੇ ਆਪਣੀ ਮਦਦ ਆਪ ਕਰਨ ਦੇ ਤਰੀਕੇ ਅਜ਼ਮਾਓ
home-learn-body = ਉਦਾਸੀ, ਚਿੰਤਾ, ਪੈਨਿਕ (ਅਚਾਨਕ ਤੇਜ਼ ਘਬਰਾਹਟ), ਨੀਂਦ ਅਤੇ ਹੋਰ ਬਹੁਤ ਕੁਝ ਬਾਰੇ ਪੜ੍ਹੋ। ਨਾਲ ਛੋਟੇ ਅਭਿਆਸ ਵੀ ਹਨ ਜੋ ਤੁਸੀਂ ਅੱਜ ਹੀ ਕਰ ਸਕਦੇ ਹੋ।
home-check-title = ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ
home-check-body = ਕੁਝ ਛੋਟੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ। ਤੁਹਾਡੇ ਜਵਾਬ ਇਸੇ ਡਿਵਾਈਸ 'ਤੇ ਰਹਿੰਦੇ ਹਨ।
home-refer-title = ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
home-refer-body = ਤੁਹਾਨੂੰ ਪਹਿਲਾਂ ਆਪਣੇ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ) ਨੂੰ ਮਿਲਣ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
home-not-crisis = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਉਡੀਕ ਨਾ ਕਰੋ।

## Learn

learn-title = ਜਾਣੋ ਅਤੇ ਆਪਣੀ ਮਦਦ ਆਪ ਕਰਨ ਦੇ ਤਰੀਕੇ ਅਜ਼ਮਾਓ
learn-lead = ਆਮ ਮੁਸ਼ਕਲਾਂ ਬਾਰੇ ਜਾਣਕਾਰੀ, ਅਤੇ ਬਿਹਤਰ ਮਹਿਸੂਸ ਕਰਨ ਲਈ ਤੁਸੀਂ ਕੀ ਅਜ਼ਮਾ ਸਕਦੇ ਹੋ।
learn-refer-link = ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਲਈ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
learn-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
learn-pack-failed = ਆਪਣੀ ਮਦਦ ਆਪ ਕਰਨ ਵਾਲੇ ਵਿਸ਼ੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
learn-topics-title = ਵਿਸ਼ੇ
learn-for-me-title = ਮੇਰੇ ਲਈ ਸਮੱਗਰੀ
learn-for-me-hint = ਕੋਈ ਸਮੂਹ ਚੁਣੋ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਉਹ ਸਮੱਗਰੀ ਵੇਖ ਸਕੋ ਜੋ ਤੁਹਾਡੇ ਵਰਗੇ ਲੋਕਾਂ ਨੂੰ ਧਿਆਨ ਵਿੱਚ ਰੱਖ ਕੇ ਲਿਖੀ ਗਈ ਹੈ। Waymark ਤੁਹਾਡੀ ਚੋਣ ਯਾਦ ਨਹੀਂ ਰੱਖਦਾ।
learn-for-me-label = ਕਿਸ ਲਈ ਸਮੱਗਰੀ ਵਿਖਾਈਏ
learn-for-me-everyone = ਸਾਰਿਆਂ ਲਈ
learn-for-me-intro = ਇਸ ਸਮੂਹ ਲਈ ਲਿਖਿਆ ਗਿਆ:
learn-related-topics = ਵਿਸ਼ੇ ਜੋ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ
learn-all-topics = ਸਾਰੇ ਵਿਸ਼ੇ
learn-not-found = ਇਸ ਨਾਂ ਦਾ ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਕਿਸੇ ਹੋਰ ਥਾਂ ਚਲਾ ਗਿਆ ਹੋਵੇ।
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = ਇਹ ਪੰਨਾ ਅਜੇ { $language } ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
learn-read-in-english = ਇਸ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹੋ
learn-in-english-note = ਇਹ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵਿਖਾਇਆ ਗਿਆ ਹੈ ਕਿਉਂਕਿ ਇਸ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ।
learn-status-reviewed = ਕਿਸੇ ਕਲੀਨੀਸ਼ੀਅਨ (ਸਿਹਤ ਮਾਹਰ) ਨੇ ਜਾਂਚਿਆ ਹੈ।
learn-status-draft = ਅਜੇ ਕਿਸੇ ਕਲੀਨੀਸ਼ੀਅਨ (ਸਿਹਤ ਮਾਹਰ) ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ।
learn-status-machine = ਇਹ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਨੇ ਕੀਤਾ ਹੈ ਅਤੇ ਅਜੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਨਹੀਂ ਜਾਂਚਿਆ। ਕੁਝ ਸ਼ਬਦ ਗ਼ਲਤ ਹੋ ਸਕਦੇ ਹਨ।
learn-tools-label = ਪੰਨੇ ਦੇ ਟੂਲ
learn-read-aloud = ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
learn-stop-reading = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ
learn-text-size = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ
learn-text-size-standard = ਆਮ
learn-text-size-large = ਵੱਡਾ
learn-text-size-largest = ਸਭ ਤੋਂ ਵੱਡਾ
learn-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
learn-next-title = ਅੱਗੇ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
learn-next-check = ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ
learn-next-refer = ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਲਈ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
learn-next-help = ਜੇ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ, ਤਾਂ ਹੁਣੇ ਮਦਦ ਲਓ

## Check

check-title = ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ
check-lead = ਛੋਟੇ ਸਵਾਲਨਾਮੇ, ਜੋ ਬਹੁਤ ਸਾਰੀਆਂ NHS ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਸਰਵਿਸਾਂ ਵਰਤਦੀਆਂ ਹਨ।
check-not-a-diagnosis = ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਨੂੰ ਇਹ ਸੋਚਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਰਹੇ ਹੋ। ਇਹ ਡਾਇਗਨੋਸਿਸ (ਬਿਮਾਰੀ ਦੀ ਪਛਾਣ) ਨਹੀਂ ਹਨ।
## Refer

refer-title = ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = ਤੁਸੀਂ { $service } ਨੂੰ ਖ਼ੁਦ ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ) ਦੇ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਪਹਿਲਾਂ ਆਪਣੇ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ) ਨੂੰ ਮਿਲਣ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
refer-online-coming = Waymark ਦੇ ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਔਨਲਾਈਨ ਫ਼ਾਰਮ ਅਜੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਫ਼ੋਨ ਕਰਕੇ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ।
refer-not-online = ਇਹ ਸਰਵਿਸ ਔਨਲਾਈਨ ਅਰਜ਼ੀਆਂ ਨਹੀਂ ਲੈਂਦੀ। ਤੁਸੀਂ ਫ਼ੋਨ ਕਰਕੇ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ।
refer-by-phone = ਫ਼ੋਨ ਰਾਹੀਂ ਅਰਜ਼ੀ ਦਿਓ
refer-by-email = ਜਾਂ ਈਮੇਲ ਕਰੋ:
refer-what-next = ਸਰਵਿਸ ਵੱਲੋਂ ਕੋਈ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰੇਗਾ ਕਿ ਕਿਹੜੀ ਚੀਜ਼ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਕਿੰਨੀ ਦੇਰ ਉਡੀਕ ਕਰਨੀ ਪੈ ਸਕਦੀ ਹੈ।

## Get help now

help-title = ਹੁਣੇ ਮਦਦ ਲਓ
help-lead = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ, ਜਾਂ ਤੁਸੀਂ ਸੰਕਟ ਵਿੱਚ ਹੋ, ਤਾਂ ਤੁਰੰਤ ਮਦਦ ਲਓ।
help-not-crisis-service = ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਸਰਵਿਸਾਂ ਸੰਕਟ (ਕ੍ਰਾਈਸਿਸ) ਸਰਵਿਸਾਂ ਨਹੀਂ ਹਨ, ਪਰ ਜਦੋਂ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰੋ, ਤਾਂ ਉਹ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ।

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = ਜੇ ਤੁਹਾਡੀ ਜਾਨ ਨੂੰ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ { $number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਜਾਂ A&E (ਹਸਪਤਾਲ ਦੀ ਐਮਰਜੈਂਸੀ) ਵਿੱਚ ਜਾਓ।
crisis-emergency-body = ਉਦਾਹਰਨ ਲਈ, ਜੇ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਗੰਭੀਰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ।
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, ਆਪਸ਼ਨ { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਆਪਸ਼ਨ { $option } ਚੁਣੋ। ਇਹ NHS ਦੀ 24 ਘੰਟੇ ਚੱਲਣ ਵਾਲੀ ਮਾਨਸਿਕ ਸਿਹਤ ਸੰਕਟ ਲਾਈਨ ਹੈ, ਹਰ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ। ਦੁਭਾਸ਼ੀਏ (ਇੰਟਰਪ੍ਰੈਟਰ) ਮਿਲ ਸਕਦੇ ਹਨ।
crisis-samaritans-body = ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ, ਕਿਸੇ ਵੀ ਗੱਲ ਬਾਰੇ ਗੱਲ ਕਰਨ ਲਈ ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰੋ।
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = ਜੇ ਤੁਸੀਂ ਗੱਲ ਕਰਨ ਦੀ ਬਜਾਏ ਮੈਸੇਜ ਲਿਖਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ, { $keyword } ਲਿਖ ਕੇ { $number } 'ਤੇ ਟੈਕਸਟ ਕਰੋ।
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = { $age } ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਹਨ, ਅਤੇ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਉਹਨਾਂ ਬਾਰੇ ਫ਼ਿਕਰਮੰਦ ਹਨ। ਇਹ ਲਾਈਨ ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ, ਫ਼ੋਨ ਜਾਂ ਟੈਕਸਟ ਰਾਹੀਂ।
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ।
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $keyword } ਲਿਖ ਕੇ { $number } 'ਤੇ ਟੈਕਸਟ ਕਰੋ
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } 'ਤੇ ਟੈਕਸਟ ਕਰੋ

## Privacy and settings

privacy-title = ਨਿੱਜਤਾ ਅਤੇ ਸੈਟਿੰਗਾਂ
privacy-lead = Waymark ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਚੱਲਦਾ ਹੈ। ਇਸ ਵਿੱਚ ਕੋਈ ਕੁਕੀਜ਼ ਨਹੀਂ, ਕੋਈ ਟ੍ਰੈਕਿੰਗ ਨਹੀਂ ਅਤੇ ਕੋਈ ਇਸ਼ਤਿਹਾਰ ਨਹੀਂ।
privacy-kept-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
privacy-kept-nothing = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੁਝ ਵੀ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ।
privacy-stored-language = ਤੁਹਾਡੀ ਚੁਣੀ ਹੋਈ ਭਾਸ਼ਾ।
privacy-stored-check-progress = ਕਿਸੇ ਸਵਾਲਨਾਮੇ ਦੇ ਜਵਾਬ ਜੋ ਤੁਸੀਂ ਅਜੇ ਪੂਰਾ ਨਹੀਂ ਕੀਤਾ (ਇਹ ਟੈਬ ਬੰਦ ਕਰਨ ਤੱਕ ਹੀ ਰੱਖੇ ਜਾਂਦੇ ਹਨ)।
privacy-stored-history = ਸਵਾਲਨਾਮਿਆਂ ਦੇ ਨਤੀਜੇ ਜੋ ਤੁਸੀਂ ਰੱਖਣ ਲਈ ਚੁਣੇ।
privacy-stored-referral-draft = ਉਸ ਅਰਜ਼ੀ ਦੇ ਜਵਾਬ ਜੋ ਤੁਸੀਂ ਅਜੇ ਨਹੀਂ ਭੇਜੀ।
privacy-stored-outbox-undelivered = ਅਰਜ਼ੀਆਂ ਜੋ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀਆਂ।
privacy-stored-receipts = ਉਹਨਾਂ ਅਰਜ਼ੀਆਂ ਦੇ ਹਵਾਲਾ ਨੰਬਰ ਜੋ ਸਰਵਿਸ ਨੂੰ ਮਿਲ ਚੁੱਕੀਆਂ ਹਨ, ਤਾਰੀਖ਼ ਸਮੇਤ। ਤੁਹਾਡਾ ਕੋਈ ਵੀ ਜਵਾਬ ਨਹੀਂ।
privacy-stored-unreadable = ਸੰਭਾਲੇ ਹੋਏ ਜਵਾਬ ਜਾਂ ਅਰਜ਼ੀਆਂ ਜੋ ਇਹ ਡਿਵਾਈਸ ਦੁਬਾਰਾ ਪੜ੍ਹ ਨਹੀਂ ਸਕੀ, ਮਿਟਾਉਣ ਦੀ ਬਜਾਏ ਵੱਖਰੇ ਰੱਖੇ ਹੋਏ।
privacy-stored-text-size = ਪੜ੍ਹਨ ਲਈ ਤੁਹਾਡਾ ਚੁਣਿਆ ਹੋਇਆ ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ।
privacy-stored-shared-device = ਇਹ ਗੱਲ ਕਿ ਇਹ ਡਿਵਾਈਸ ਸਾਂਝੀ ਡਿਵਾਈਸ ਮੋਡ ਵਿੱਚ ਹੈ (ਵਰਕਰ ਦਾ ਕੋਡ, ਅਜਿਹੇ ਰੂਪ ਵਿੱਚ ਜੋ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ)।
privacy-delete-all = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖਿਆ ਸਭ ਕੁਝ ਮਿਟਾਓ
privacy-deleted-everything = Waymark ਨੇ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਜੋ ਕੁਝ ਰੱਖਿਆ ਸੀ, ਉਹ ਸਭ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ, ਔਫ਼ਲਾਈਨ ਪੜ੍ਹਨ ਲਈ ਰੱਖੇ ਪੰਨਿਆਂ ਸਮੇਤ।
privacy-delete-unsent-warning = ਇੱਕ ਅਰਜ਼ੀ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ। ਜੇ ਤੁਸੀਂ ਹੁਣ ਸਭ ਕੁਝ ਮਿਟਾ ਦਿੰਦੇ ਹੋ, ਤਾਂ ਇਹ ਨਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ।
privacy-delete-anyway = ਫਿਰ ਵੀ ਸਭ ਕੁਝ ਮਿਟਾਓ
privacy-shared-title = ਸਾਂਝੀ ਡਿਵਾਈਸ ਮੋਡ, ਕਮਿਊਨਿਟੀ (ਆਊਟਰੀਚ) ਵਰਕਰਾਂ ਲਈ
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = ਇਸ ਨੂੰ ਅਜਿਹੇ ਟੈਬਲੇਟ 'ਤੇ ਵਰਤੋ ਜਿਸ ਨੂੰ ਇੱਕ ਦਿਨ ਵਿੱਚ ਕਈ ਲੋਕ ਵਰਤਦੇ ਹਨ। ਡਿਵਾਈਸ 'ਤੇ ਕੋਈ ਵੀ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਰੱਖੀ ਜਾਂਦੀ, ਅਤੇ ਜਦੋਂ ਤੁਸੀਂ "ਪੂਰਾ ਕਰੋ ਅਤੇ ਸਾਫ਼ ਕਰੋ" ਦਬਾਉਂਦੇ ਹੋ, ਜਾਂ { $minutes ->
    [one] { $minutes } ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟਾਂ
} ਤੱਕ ਨਾ ਵਰਤੇ ਜਾਣ ਤੋਂ ਬਾਅਦ, ਸਭ ਕੁਝ ਸਾਫ਼ ਕਰ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
privacy-worker-title = ਕਮਿਊਨਿਟੀ (ਆਊਟਰੀਚ) ਵਰਕਰਾਂ ਲਈ: ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਉਡੀਕ ਵਿੱਚ ਅਰਜ਼ੀਆਂ
privacy-worker-check = ਜਾਂਚੋ
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੋਈ ਅਰਜ਼ੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
    [one] { $count } ਅਰਜ਼ੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸਰਵਿਸ ਤੱਕ ਪਹੁੰਚਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਜਦੋਂ ਤੱਕ ਇਹ ਭੇਜੀ ਨਹੀਂ ਜਾਂਦੀ, Waymark ਨੂੰ ਖੁੱਲ੍ਹਾ ਅਤੇ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜਿਆ ਰੱਖੋ।
   *[other] { $count } ਅਰਜ਼ੀਆਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸਰਵਿਸ ਤੱਕ ਪਹੁੰਚਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ। ਜਦੋਂ ਤੱਕ ਇਹ ਭੇਜੀਆਂ ਨਹੀਂ ਜਾਂਦੀਆਂ, Waymark ਨੂੰ ਖੁੱਲ੍ਹਾ ਅਤੇ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜਿਆ ਰੱਖੋ।
}
privacy-shared-sealed-kept = ਇੱਕੋ-ਇੱਕ ਅਪਵਾਦ ਉਹ ਅਰਜ਼ੀ ਹੈ ਜੋ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ। ਉਹ ਭੇਜੇ ਜਾਣ ਤੱਕ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ, ਇਸ ਤਰ੍ਹਾਂ ਲਾਕ ਕਰਕੇ ਕਿ ਸਿਰਫ਼ ਸਰਵਿਸ ਹੀ ਉਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕੇ। ਡਿਵਾਈਸ ਵਰਤਣ ਵਾਲਾ ਕੋਈ ਵੀ ਵਿਅਕਤੀ ਨਾ ਉਸ ਨੂੰ ਵੇਖ ਸਕਦਾ ਹੈ, ਨਾ ਇਹ ਕਿ ਉਹ ਕਿਸ ਵੱਲੋਂ ਹੈ।
privacy-shared-by-service = ਸਰਵਿਸ ਨੇ ਇਹ ਮੋਡ ਹਰ ਡਿਵਾਈਸ ਲਈ ਚਾਲੂ ਕਰ ਦਿੱਤਾ ਹੈ।
privacy-shared-is-on = ਇਸ ਡਿਵਾਈਸ ਲਈ ਸਾਂਝੀ ਡਿਵਾਈਸ ਮੋਡ ਚਾਲੂ ਹੈ।
privacy-shared-code-label = ਵਰਕਰ ਕੋਡ
privacy-shared-code-hint = ਘੱਟੋ-ਘੱਟ 4 ਅੰਕ। ਮੋਡ ਬੰਦ ਕਰਨ ਲਈ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਪਵੇਗੀ, ਤਾਂ ਜੋ ਜਿਸ ਵਿਅਕਤੀ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰ ਰਹੇ ਹੋ, ਉਹ ਇਸ ਨੂੰ ਬੰਦ ਨਾ ਕਰ ਸਕੇ।
privacy-shared-turn-on = ਇਸ ਡਿਵਾਈਸ ਲਈ ਚਾਲੂ ਕਰੋ
privacy-shared-turn-off = ਬੰਦ ਕਰੋ
privacy-shared-code-error = ਘੱਟੋ-ਘੱਟ 4 ਅੰਕਾਂ ਵਾਲਾ ਵਰਕਰ ਕੋਡ ਭਰੋ।
privacy-shared-wrong-code = ਇਹ ਇਸ ਡਿਵਾਈਸ ਦਾ ਵਰਕਰ ਕੋਡ ਨਹੀਂ ਹੈ।
privacy-private-browsing-title = ਜੇ ਹੋਰ ਲੋਕ ਵੀ ਇਹ ਡਿਵਾਈਸ ਵਰਤਦੇ ਹਨ
privacy-private-browsing-body = ਪ੍ਰਾਈਵੇਟ ਜਾਂ ਇਨਕੋਗਨਿਟੋ ਵਿੰਡੋ ਵਰਤੋ। ਫਿਰ ਜਦੋਂ ਤੁਸੀਂ ਉਸ ਨੂੰ ਬੰਦ ਕਰੋਗੇ, ਤਾਂ ਇਸ ਵਾਰ ਦੀ ਕੋਈ ਵੀ ਚੀਜ਼ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਨਹੀਂ ਰਹੇਗੀ।
privacy-history-body = ਕੋਈ ਵੀ ਵੈੱਬਸਾਈਟ ਤੁਹਾਡੀ ਬ੍ਰਾਊਜ਼ਿੰਗ ਹਿਸਟਰੀ ਨਹੀਂ ਮਿਟਾ ਸਕਦੀ। ਜੇ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਹੈ ਕਿ ਕੋਈ ਇਸ ਨੂੰ ਵੇਖ ਸਕਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਮਿਟਾ ਸਕਦੇ ਹੋ।
privacy-sent-title = ਕੀ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ
privacy-sent-body = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਅਰਜ਼ੀ ਨਹੀਂ ਭੇਜਦੇ, ਕੁਝ ਵੀ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ। ਅਰਜ਼ੀ ਸਿਰਫ਼ ਸਰਵਿਸ ਕੋਲ ਜਾਂਦੀ ਹੈ।
privacy-notice-link = ਸਰਵਿਸ ਦਾ ਪ੍ਰਾਈਵੇਸੀ ਨੋਟਿਸ ਪੜ੍ਹੋ
privacy-admin-warnings = ਸਰਵਿਸ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਲਈ: ਕੌਂਫ਼ਿਗਰੇਸ਼ਨ ਬਾਰੇ ਚੇਤਾਵਨੀਆਂ

## Not found

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਖ਼ੁਦ ਟਾਈਪ ਕੀਤਾ ਸੀ, ਤਾਂ ਜਾਂਚੋ ਕਿ ਇਹ ਸਹੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਲਿੰਕ ਰਾਹੀਂ ਆਏ ਹੋ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਥਾਂ ਚਲਾ ਗਿਆ ਹੋਵੇ।
not-found-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

## Configuration error (for the service's admin)

admin-error-title = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਸਰਵਿਸ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ
admin-error-public = ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ:
admin-error-for-admins = ਸਰਵਿਸ ਦੇ ਪ੍ਰਬੰਧਕ (ਐਡਮਿਨ) ਲਈ
admin-error-file = ਫ਼ਾਈਲ
admin-error-field = ਫ਼ੀਲਡ
admin-error-problem = ਸਮੱਸਿਆ
admin-error-docs = ਹਰ ਫ਼ੀਲਡ ਅਤੇ ਉਸ ਦੇ ਫ਼ਾਰਮੈਟ ਲਈ docs/configuration.md ਵੇਖੋ।
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ: { $reason }।
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } ਲਾਈਨ { $line }, ਕਾਲਮ { $column } 'ਤੇ ਸਹੀ JSON ਨਹੀਂ ਹੈ: { $detail }।
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = ਮੁੱਲ (ਵੈਲਿਊ) ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਗ਼ਲਤ ਕਿਸਮ ਦਾ ਹੈ: { $detail }।
admin-error-empty = ਮੁੱਲ ਖ਼ਾਲੀ ਨਹੀਂ ਹੋਣਾ ਚਾਹੀਦਾ।
admin-error-not-secure-url = ਮੁੱਲ https:// ਵਾਲਾ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। http:// ਸਿਰਫ਼ ਟੈਸਟਿੰਗ ਦੌਰਾਨ 127.0.0.1 ਜਾਂ localhost ਲਈ ਮਨਜ਼ੂਰ ਹੈ।
admin-error-not-email = ਮੁੱਲ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਹੈ।
admin-error-no-known-language = ਸੂਚੀ ਵਿੱਚ ਦਿੱਤੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ Waymark ਦੇ ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।
admin-error-not-public-key = ਮੁੱਲ "receiver keygen" ਵੱਲੋਂ ਬਣਾਈ ਗਈ ਪਬਲਿਕ ਕੀ (public key) ਨਹੀਂ ਹੈ (43 ਅੱਖਰ: ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ, ਅੰਕ, - ਜਾਂ _)।
admin-error-no-parent-origin = ਐਂਬੈਡਿੰਗ (embedding) ਚਾਲੂ ਹੈ, ਪਰ ਕਿਸੇ ਵੀ ਵੈੱਬਸਾਈਟ ਨੂੰ Waymark ਐਂਬੈਡ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ। ਹਰ ਵੈੱਬਸਾਈਟ ਨੂੰ embed.allowed_parent_origins ਵਿੱਚ ਦਰਜ ਕਰੋ।
admin-error-not-origin = ਮੁੱਲ ਕਿਸੇ ਵੈੱਬਸਾਈਟ ਦਾ origin ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ https://www.example.nhs.uk, ਜਿਸ ਵਿੱਚ ਕੋਈ ਪਾਥ (path) ਅਤੇ ਕੋਈ * ਨਾ ਹੋਵੇ।
admin-error-out-of-range = ਨੰਬਰ 0 ਤੋਂ ਵੱਧ ਅਤੇ ਵੱਧ ਤੋਂ ਵੱਧ 120 ਮਿੰਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
admin-error-out-of-range-days = ਨੰਬਰ 1 ਤੋਂ 365 ਤੱਕ ਦਿਨਾਂ ਦੀ ਕੋਈ ਪੂਰੀ ਸੰਖਿਆ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
admin-error-not-phone-number = ਮੁੱਲ ਅਜਿਹਾ ਫ਼ੋਨ ਨੰਬਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਜਿਸ 'ਤੇ ਲੋਕ ਫ਼ੋਨ ਕਰ ਸਕਣ, ਜਿਵੇਂ ⁦0113 496 0000⁩ ਜਾਂ ⁦+44 113 496 0000⁩।
admin-error-wrong-crisis-number = ਇਸ ਲਾਈਨ ਦਾ ਨਾਂ ਕਿਸੇ ਰਾਸ਼ਟਰੀ ਸੰਕਟ ਲਾਈਨ ਵਾਲਾ ਹੈ, ਪਰ ਇਸ ਦਾ ਨੰਬਰ ਉਸ ਲਾਈਨ ਦਾ ਆਪਣਾ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਨੰਬਰ ਜਾਂਚੋ, ਜਾਂ ਲਾਈਨ ਨੂੰ ਆਪਣੀ ਸਰਵਿਸ ਦਾ ਆਪਣਾ ਨਾਂ ਦਿਓ।

## Forms (shared by the self-check and referral pages)

check-back = ਪਿੱਛੇ
check-start = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
check-next = ਅੱਗੇ ਵਧੋ
check-error-prefix = ਗ਼ਲਤੀ:
check-error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = ਉਡੀਕ ਦੌਰਾਨ
waiting-lead = ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇਣ ਤੋਂ ਬਾਅਦ ਕੀ ਹੁੰਦਾ ਹੈ, ਇਸ ਵਿੱਚ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ, ਅਤੇ ਇਸ ਦੌਰਾਨ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
waiting-next-title = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਮਿਲਣ ਤੋਂ ਬਾਅਦ { $days ->
    [one] { $days } ਕੰਮ ਵਾਲੇ ਦਿਨ
   *[other] { $days } ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ
} ਦੇ ਅੰਦਰ ਸਰਵਿਸ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ, ਤਾਂ ਜੋ ਪਹਿਲੀ ਗੱਲਬਾਤ (ਅਸੈਸਮੈਂਟ) ਤੈਅ ਕੀਤੀ ਜਾ ਸਕੇ।
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = ਇਸ ਸਮੇਂ, ਉਸ ਤੋਂ ਬਾਅਦ ਲੋਕਾਂ ਨੂੰ ਆਪਣੀ ਪਹਿਲੀ ਮੁਲਾਕਾਤ (ਅਪੌਇੰਟਮੈਂਟ) ਲਈ ਆਮ ਤੌਰ 'ਤੇ { $weeks ->
    [0] ਇੱਕ ਹਫ਼ਤੇ ਤੋਂ ਘੱਟ
    [one] ਲਗਭਗ { $weeks } ਹਫ਼ਤਾ
   *[other] ਲਗਭਗ { $weeks } ਹਫ਼ਤੇ
} ਉਡੀਕ ਕਰਨੀ ਪੈਂਦੀ ਹੈ।
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (ਸਰਵਿਸ ਨੇ ਇਹ ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਜਾਂਚਿਆ ਸੀ।)
waiting-contact-title = ਆਪਣੀ ਅਰਜ਼ੀ ਬਾਰੇ ਪੁੱਛਣ ਜਾਂ ਇਸ ਨੂੰ ਰੱਦ ਕਰਨ ਲਈ
waiting-contact-body = ਸਰਵਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹਵਾਲਾ ਨੰਬਰ ਹੈ, ਤਾਂ ਉਹ ਦੱਸੋ।
waiting-contact-phone = ਫ਼ੋਨ:
waiting-contact-email = ਈਮੇਲ:
waiting-help-title = ਉਡੀਕ ਦੌਰਾਨ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ
waiting-help-learn = ਆਮ ਸਮੱਸਿਆਵਾਂ ਬਾਰੇ ਪੜ੍ਹੋ ਅਤੇ ਅਭਿਆਸ ਅਜ਼ਮਾਓ
waiting-help-check = ਜਾਂਚੋ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਤੁਲਨਾ ਕਰਨ ਲਈ ਨਤੀਜਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੋ
waiting-harder-title = ਜੇ ਉਡੀਕ ਦੌਰਾਨ ਹਾਲਾਤ ਹੋਰ ਔਖੇ ਹੋ ਜਾਣ
waiting-harder-body = ਜੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਨਾਲੋਂ ਬੁਰਾ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ, ਜਾਂ ਕੁਝ ਬਦਲ ਗਿਆ ਹੈ, ਤਾਂ ਸਰਵਿਸ ਨੂੰ ਦੱਸੋ। ਫ਼ੋਨ ਕਰੋ:
waiting-harder-crisis = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ, ਤਾਂ ਉਡੀਕ ਨਾ ਕਰੋ:
waiting-device-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ
waiting-no-reference = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਅਰਜ਼ੀ ਦਾ ਕੋਈ ਹਵਾਲਾ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਤੋਂ ਅਰਜ਼ੀ ਦਿੱਤੀ ਸੀ, ਜਾਂ ਹਵਾਲਾ ਨੰਬਰ ਮਿਟਾ ਦਿੱਤਾ ਸੀ, ਤਾਂ ਸਰਵਿਸ ਤੁਹਾਡੇ ਨਾਮ ਅਤੇ ਜਨਮ ਤਾਰੀਖ਼ ਰਾਹੀਂ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਲੱਭ ਸਕਦੀ ਹੈ।
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ। ਸਰਵਿਸ ਨੂੰ ਤੁਹਾਡੀ ਅਰਜ਼ੀ { $date } ਨੂੰ ਮਿਲੀ ਸੀ।
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = ਇਸ ਦਾ ਮਤਲਬ ਹੈ { $date } ਤੱਕ, ਸਰਕਾਰੀ ਛੁੱਟੀਆਂ (ਬੈਂਕ ਹੌਲੀਡੇ) ਨੂੰ ਗਿਣੇ ਬਿਨਾਂ।
waiting-call-calendar = ਇਹ ਤਾਰੀਖ਼ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ (ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਬਣੀ ਇੱਕ ਫ਼ਾਈਲ)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } ਵੱਲੋਂ ਅੱਜ ਤੱਕ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕੀਤੇ ਜਾਣ ਦੀ ਉਮੀਦ ਹੈ
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ।
waiting-calendar-privacy = ਕੈਲੰਡਰ ਫ਼ਾਈਲਾਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਬਣਦੀਆਂ ਹਨ ਅਤੇ ਕਿਤੇ ਵੀ ਨਹੀਂ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ। ਕੈਲੰਡਰ ਵਿੱਚ ਸਰਵਿਸ ਦਾ ਨਾਮ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ: ਜੋ ਵੀ ਤੁਹਾਡਾ ਕੈਲੰਡਰ ਦੇਖ ਸਕਦਾ ਹੈ, ਉਹ ਇਸ ਨੂੰ ਦੇਖ ਸਕਦਾ ਹੈ।
waiting-check-in-title = ਹਰ 2 ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਜਾਂਚ ਕਰੋ
waiting-check-in-body = ਹਰ 2 ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਉਹੀ ਸਵਾਲਨਾਮਾ ਦੁਬਾਰਾ ਭਰਨ ਨਾਲ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਹਾਲਾਤ ਬਦਲ ਰਹੇ ਹਨ ਜਾਂ ਨਹੀਂ। ਜੇ ਕਿਸੇ ਜਾਂਚ ਤੋਂ ਪਤਾ ਲੱਗੇ ਕਿ ਹਾਲਾਤ ਹੋਰ ਔਖੇ ਹੋ ਗਏ ਹਨ, ਤਾਂ Waymark ਇਹ ਦੱਸਦਾ ਹੈ ਅਤੇ ਦਿਖਾਉਂਦਾ ਹੈ ਕਿ ਸਰਵਿਸ ਨੂੰ ਕਿਵੇਂ ਦੱਸਣਾ ਹੈ।
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: ਹੁਣ ਜਾਂਚ ਦਾ ਸਮਾਂ ਹੈ
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: ਅਗਲੀ ਜਾਂਚ { $date } ਨੂੰ
waiting-check-in-calendar = ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਯਾਦ ਦਿਵਾਉਣ ਵਾਲਾ ਸੁਨੇਹਾ (ਰਿਮਾਈਂਡਰ) ਜੋੜੋ
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = ਜਾਂਚ: { $name }
waiting-check-in-event-body = ਹਾਲਾਤ ਬਦਲ ਰਹੇ ਹਨ ਜਾਂ ਨਹੀਂ, ਇਹ ਦੇਖਣ ਲਈ Waymark ਵਿੱਚ ਆਪਣਾ ਸਵਾਲਨਾਮਾ ਦੁਬਾਰਾ ਭਰੋ।
waiting-check-in-none = ਜਦੋਂ ਤੁਸੀਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ PHQ-9 ਜਾਂ GAD-7 ਦਾ ਨਤੀਜਾ ਰੱਖਦੇ ਹੋ, ਤਾਂ ਇਹ ਪੰਨਾ ਦਿਖਾਉਂਦਾ ਹੈ ਕਿ ਉਸ ਨੂੰ ਦੁਬਾਰਾ ਕਦੋਂ ਭਰਨਾ ਹੈ।
waiting-check-in-not-kept = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸਵਾਲਨਾਮਿਆਂ ਦੇ ਨਤੀਜੇ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ, ਇਸ ਲਈ ਇੱਥੇ ਤੁਹਾਨੂੰ ਜਾਂਚ ਦਾ ਸਮਾਂ ਯਾਦ ਨਹੀਂ ਕਰਵਾਇਆ ਜਾ ਸਕਦਾ।
waiting-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ ਜਾਂ PDF ਵਜੋਂ ਸੰਭਾਲੋ
refer-sent-waiting-link = ਉਡੀਕ ਦੌਰਾਨ: ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ, ਕਿੰਨਾ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ ਅਤੇ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = ਇਸ ਡਿਵਾਈਸ ਦੀ ਸਟੋਰੇਜ ਭਰ ਗਈ ਹੈ, ਇਸ ਲਈ ਜੋ ਕੁਝ ਤੁਸੀਂ ਹੁਣ ਭਰੋਗੇ, ਉਹ ਸਿਰਫ਼ ਇਸ ਪੰਨੇ ਵਿੱਚ ਹੀ ਰਹੇਗਾ: ਜੇ ਤੁਸੀਂ ਪੰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ, ਤਾਂ ਇਹ ਗੁਆਚ ਜਾਵੇਗਾ। ਪੰਨਾ ਬੰਦ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਜੋ ਕਰ ਰਹੇ ਹੋ, ਉਹ ਪੂਰਾ ਕਰ ਲਓ (ਜਦੋਂ ਤੱਕ ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਹੈ, ਅਰਜ਼ੀ ਫਿਰ ਵੀ ਭੇਜੀ ਜਾਂਦੀ ਹੈ), ਜਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਗ੍ਹਾ ਖ਼ਾਲੀ ਕਰਨ ਨਾਲ Waymark ਦੁਬਾਰਾ ਸੰਭਾਲ ਸਕੇਗਾ।
privacy-stored-waiting-plan = ਉਡੀਕ ਦੌਰਾਨ ਦੀ ਯੋਜਨਾ ਜੋ ਤੁਸੀਂ ਸ਼ੁਰੂ ਕੀਤੀ, ਅਤੇ ਉਹ ਕਦਮ ਜਿਨ੍ਹਾਂ 'ਤੇ ਤੁਸੀਂ ਨਿਸ਼ਾਨ ਲਾਇਆ।
waiting-plan-title = ਆਉਣ ਵਾਲੇ ਹਫ਼ਤਿਆਂ ਲਈ ਇੱਕ ਯੋਜਨਾ
waiting-plan-body = ਹਰ ਹਫ਼ਤੇ ਕੁਝ ਛੋਟੇ ਕਦਮ, "ਜਾਣਕਾਰੀ" ਵਾਲੇ ਹਿੱਸੇ ਦੇ ਅਭਿਆਸਾਂ ਵਿੱਚੋਂ। ਜੋ ਕਦਮ ਪੂਰੇ ਹੋ ਜਾਣ, ਉਹਨਾਂ 'ਤੇ ਇੱਥੇ ਨਿਸ਼ਾਨ ਲਾਓ। ਯੋਜਨਾ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਦੇ ਵੀ ਮਿਟਾ ਸਕਦੇ ਹੋ।
waiting-plan-question = ਇਸ ਵੇਲੇ ਤੁਹਾਡੀ ਸਭ ਤੋਂ ਵੱਧ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?
waiting-plan-suggested-hint = ਤੁਹਾਡੇ ਰੱਖੇ ਹੋਏ ਸਵਾਲਨਾਮਿਆਂ ਦੇ ਨਤੀਜਿਆਂ ਦੇ ਆਧਾਰ 'ਤੇ, ਇੱਕ ਯੋਜਨਾ 'ਤੇ "ਸੁਝਾਈ ਗਈ" ਦਾ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੈ। ਜਿਹੜੀ ਤੁਹਾਨੂੰ ਠੀਕ ਲੱਗੇ, ਉਹ ਚੁਣੋ।
waiting-plan-suggested = ਸੁਝਾਈ ਗਈ
waiting-plan-start = ਇਹ ਯੋਜਨਾ ਸ਼ੁਰੂ ਕਰੋ
waiting-plan-unreadable = ਤੁਹਾਡੀ ਸੰਭਾਲੀ ਹੋਈ ਯੋਜਨਾ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: ਹੋ ਸਕਦਾ ਹੈ ਇਹ Waymark ਦੇ ਕਿਸੇ ਪੁਰਾਣੇ ਵਰਜ਼ਨ ਤੋਂ ਹੋਵੇ, ਜਾਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇਸ ਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੋਵੇ। ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਹੇਠਾਂ ਇੱਕ ਯੋਜਨਾ ਚੁਣੋ। ਪੁਰਾਣੀ ਯੋਜਨਾ ਸਿਰਫ਼ ਉਦੋਂ ਹੀ ਬਦਲੀ ਜਾਵੇਗੀ ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਕਰੋਗੇ।
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = ਹਫ਼ਤਾ { $week }
waiting-plan-this-week = ਇਹ ਹਫ਼ਤਾ
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦਾ ਹਫ਼ਤਾ { $week } ਚੱਲ ਰਿਹਾ ਹੈ।
waiting-plan-after-end = ਤੁਸੀਂ ਯੋਜਨਾ ਦੇ ਸਾਰੇ ਹਫ਼ਤੇ ਪੂਰੇ ਕਰ ਲਏ ਹਨ। ਜਿਹੜੇ ਕਦਮਾਂ ਨੇ ਮਦਦ ਕੀਤੀ, ਉਹ ਕਰਦੇ ਰਹੋ, ਅਤੇ ਜਿਹੜੇ ਰਹਿ ਗਏ, ਉਹਨਾਂ ਵੱਲ ਵਾਪਸ ਜਾਓ।
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = ਪੂਰੇ ਹੋਏ ਕਦਮ: { $total } ਵਿੱਚੋਂ { $done }।
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = ਇਹ ਕਿਵੇਂ ਕਰਨਾ ਹੈ: { $topic }
waiting-plan-kept = ਤੁਹਾਡੀ ਯੋਜਨਾ ਅਤੇ ਜਿਨ੍ਹਾਂ ਕਦਮਾਂ 'ਤੇ ਤੁਸੀਂ ਨਿਸ਼ਾਨ ਲਾਉਂਦੇ ਹੋ, ਉਹ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ। ਨਿੱਜਤਾ ਵਾਲੇ ਪੰਨੇ 'ਤੇ "ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖਿਆ ਸਭ ਕੁਝ ਮਿਟਾਓ" ਇਹਨਾਂ ਨੂੰ ਵੀ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
waiting-plan-stop = ਇਹ ਯੋਜਨਾ ਬੰਦ ਕਰੋ ਅਤੇ ਮਿਟਾਓ
waiting-plan-not-shared = ਯੋਜਨਾ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਆਪਣੀ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ, ਇਸ ਲਈ ਇਸ ਸਾਂਝੀ ਡਿਵਾਈਸ 'ਤੇ ਯੋਜਨਾ ਨਹੀਂ ਮਿਲਦੀ।
waiting-plan-not-kept = ਇਹ ਬ੍ਰਾਊਜ਼ਰ Waymark ਨੂੰ ਕੁਝ ਵੀ ਸੰਭਾਲਣ ਨਹੀਂ ਦੇ ਰਿਹਾ, ਇਸ ਲਈ ਇੱਥੇ ਯੋਜਨਾ ਨਹੀਂ ਰੱਖੀ ਜਾ ਸਕਦੀ।
