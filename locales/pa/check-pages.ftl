# Waymark interface strings for the self-check pages, Punjabi in Gurmukhi script (pa), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = ਸਵਾਲਨਾਮਾ;
# "score" = ਸਕੋਰ; "diagnosis" = ਡਾਇਗਨੋਸਿਸ (ਬਿਮਾਰੀ ਦੀ ਪਛਾਣ); "device" = ਡਿਵਾਈਸ;
# "referral" = ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ); "treatment threshold" = ਇਲਾਜ ਦੀ ਹੱਦ;
# "range" (band column) = ਦਰਜਾ; "recovery" = ਸਿਹਤਯਾਬੀ (ਰਿਕਵਰੀ).
# Plurals: Punjabi uses CLDR one (0 and 1) and other.

## Self-check list and questions

check-private = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸੇ ਡਿਵਾਈਸ (ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ) 'ਤੇ ਰਹਿੰਦੇ ਹਨ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪਣੇ ਨਤੀਜੇ ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ) ਵਿੱਚ ਜੋੜਨਾ ਨਹੀਂ ਚੁਣਦੇ, ਕੁਝ ਵੀ ਭੇਜਿਆ ਨਹੀਂ ਜਾਂਦਾ।
check-help-intro = ਜੇ ਤੁਹਾਨੂੰ ਆਪਣੀ ਸੁਰੱਖਿਆ ਬਾਰੇ ਫ਼ਿਕਰ ਹੈ, ਤਾਂ ਕਿਸੇ ਸਵਾਲਨਾਮੇ ਦੀ ਉਡੀਕ ਨਾ ਕਰੋ।
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] { $count } ਸਵਾਲ
   *[other] { $count } ਸਵਾਲ
}
check-about-phq9 = ਉਦਾਸੀ ਅਤੇ ਡਿਪਰੈਸ਼ਨ ਬਾਰੇ ਸਵਾਲ, ਜਿਵੇਂ ਚੀਜ਼ਾਂ ਵਿੱਚ ਦਿਲਚਸਪੀ ਖ਼ਤਮ ਹੋ ਜਾਣਾ, ਨੀਂਦ, ਸਰੀਰ ਦੀ ਤਾਕਤ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੇ ਬਾਰੇ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ।
check-about-gad7 = ਚਿੰਤਾ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਬਾਰੇ ਸਵਾਲ, ਜਿਵੇਂ ਬੇਚੈਨੀ ਮਹਿਸੂਸ ਕਰਨਾ, ਚਿੰਤਾ ਕਰਨਾ ਬੰਦ ਨਾ ਕਰ ਸਕਣਾ, ਅਤੇ ਆਰਾਮ ਕਰਨਾ ਔਖਾ ਲੱਗਣਾ।
check-about-wsas = ਇਸ ਬਾਰੇ ਸਵਾਲ ਕਿ ਤੁਹਾਡੀਆਂ ਮੁਸ਼ਕਲਾਂ ਤੁਹਾਡੇ ਕੰਮ, ਘਰੇਲੂ ਜ਼ਿੰਦਗੀ, ਮੇਲ-ਜੋਲ ਅਤੇ ਰਿਸ਼ਤਿਆਂ 'ਤੇ ਕਿਵੇਂ ਅਸਰ ਪਾਉਂਦੀਆਂ ਹਨ।
check-about-phobia = ਡਰ ਕਰਕੇ ਕੁਝ ਸਥਿਤੀਆਂ ਤੋਂ ਬਚਣ ਬਾਰੇ ਸਵਾਲ, ਜਿਵੇਂ ਲੋਕਾਂ ਵਿੱਚ ਜਾਣਾ, ਉਹ ਥਾਵਾਂ ਜਿੱਥੇ ਪੈਨਿਕ (ਅਚਾਨਕ ਤੇਜ਼ ਘਬਰਾਹਟ) ਹੋ ਸਕਦਾ ਹੈ, ਜਾਂ ਕੁਝ ਖ਼ਾਸ ਚੀਜ਼ਾਂ।
check-about-pcl5 = ਕਿਸੇ ਬਹੁਤ ਜ਼ਿਆਦਾ ਤਣਾਅ ਵਾਲੇ ਤਜਰਬੇ ਤੋਂ ਬਾਅਦ ਦੀਆਂ ਪ੍ਰਤੀਕਿਰਿਆਵਾਂ ਬਾਰੇ ਸਵਾਲ, ਜਿਵੇਂ ਅਣਚਾਹੀਆਂ ਯਾਦਾਂ, ਹਰ ਵੇਲੇ ਚੌਕਸ ਰਹਿਣਾ, ਅਤੇ ਉਸ ਦੀ ਯਾਦ ਦਿਵਾਉਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਤੋਂ ਬਚਣਾ।
check-about-other = ਇੱਕ ਸਵਾਲਨਾਮਾ ਜੋ ਤੁਹਾਡੀ ਸਰਵਿਸ ਵਰਤਦੀ ਹੈ।
check-back-to-list = ਸਾਰੇ ਸਵਾਲਨਾਮੇ
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = ਇਸ ਵਿੱਚ { $count ->
    [one] { $count } ਸਵਾਲ ਹੈ
   *[other] { $count } ਸਵਾਲ ਹਨ
}। ਉਹ ਜਵਾਬ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ 'ਤੇ ਸਭ ਤੋਂ ਵੱਧ ਢੁੱਕਦਾ ਹੈ। ਇਸ ਵਿੱਚ ਕੁਝ ਮਿੰਟ ਲੱਗਦੇ ਹਨ।
check-continue = ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ ਜਿੱਥੇ ਤੁਸੀਂ ਛੱਡਿਆ ਸੀ
check-start-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = ਸਵਾਲ { $number } (ਕੁੱਲ { $total } ਵਿੱਚੋਂ)
check-error-choose = ਉਹ ਜਵਾਬ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ 'ਤੇ ਸਭ ਤੋਂ ਵੱਧ ਢੁੱਕਦਾ ਹੈ
check-translation-official = ਇਹ ਸਵਾਲਨਾਮਾ ਇਸ ਭਾਸ਼ਾ ਦੇ ਅਧਿਕਾਰਤ ਅਨੁਵਾਦ ਵਿੱਚ ਵਿਖਾਇਆ ਗਿਆ ਹੈ।
check-translation-none = ਇਸ ਸਵਾਲਨਾਮੇ ਦਾ ਅਜੇ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵਿਖਾਇਆ ਗਿਆ ਹੈ।
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = ਸਵਾਲ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵਿਖਾਏ ਗਏ ਹਨ, ਉਹਨਾਂ ਹੀ ਸ਼ਬਦਾਂ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਨਾਲ ਇਹਨਾਂ ਦੀ ਜਾਂਚ (ਟੈਸਟ) ਕੀਤੀ ਗਈ ਸੀ। ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਜਿਹਾ ਅਨੁਵਾਦ ਅਜੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ ਜਿਸ ਦੀ ਸਕੋਰ ਗਿਣਨ ਲਈ ਜਾਂਚ ਕੀਤੀ ਗਈ ਹੋਵੇ। ਬਾਕੀ ਪੰਨਾ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੀ ਰਹਿੰਦਾ ਹੈ।
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = ਇਸ ਸਵਾਲਨਾਮੇ ਦਾ ਅਨੁਵਾਦ ਇਸ ਸਰਵਿਸ ਲਈ ਕੀਤਾ ਗਿਆ ਸੀ ਅਤੇ ਇੱਕ ਸਮੀਖਿਅਕ ਨੇ ਇਸ ਨੂੰ ਜਾਂਚਿਆ ਹੈ, ਪਰ ਇਹ ਅਧਿਕਾਰਤ ਅਨੁਵਾਦ ਨਹੀਂ ਹੈ। ਸਕੋਰਾਂ ਦੀ ਜਾਂਚ ਸਿਰਫ਼ ਅਧਿਕਾਰਤ ਸ਼ਬਦਾਂ ਨਾਲ ਕੀਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਤੁਹਾਡਾ ਨਤੀਜਾ ਆਮ ਨਾਲੋਂ ਘੱਟ ਸਹੀ ਹੋ ਸਕਦਾ ਹੈ।
check-wording-unreviewed-unvalidated = ਇਸ ਸਵਾਲਨਾਮੇ ਦਾ ਅਨੁਵਾਦ ਇਸ ਸਰਵਿਸ ਲਈ ਕੀਤਾ ਗਿਆ ਸੀ, ਪਰ ਅਜੇ ਕਿਸੇ ਨੇ ਵੀ ਅਨੁਵਾਦ ਨੂੰ ਨਹੀਂ ਜਾਂਚਿਆ। ਸਕੋਰਾਂ ਦੀ ਜਾਂਚ ਸਿਰਫ਼ ਅਧਿਕਾਰਤ ਸ਼ਬਦਾਂ ਨਾਲ ਕੀਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਤੁਹਾਡਾ ਨਤੀਜਾ ਆਮ ਨਾਲੋਂ ਘੱਟ ਸਹੀ ਹੋ ਸਕਦਾ ਹੈ।
check-wording-machine-unvalidated = ਇਸ ਸਵਾਲਨਾਮੇ ਦਾ ਅਨੁਵਾਦ ਕੰਪਿਊਟਰ ਨੇ ਕੀਤਾ ਸੀ ਅਤੇ ਅਜੇ ਕਿਸੇ ਨੇ ਵੀ ਅਨੁਵਾਦ ਨੂੰ ਨਹੀਂ ਜਾਂਚਿਆ। ਸਕੋਰਾਂ ਦੀ ਜਾਂਚ ਸਿਰਫ਼ ਅਧਿਕਾਰਤ ਸ਼ਬਦਾਂ ਨਾਲ ਕੀਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਤੁਹਾਡਾ ਨਤੀਜਾ ਆਮ ਨਾਲੋਂ ਘੱਟ ਸਹੀ ਹੋ ਸਕਦਾ ਹੈ।

## Self-check safety page

check-safety-title = ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ
check-safety-lead = ਤੁਸੀਂ ਦੱਸਿਆ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਇਹ ਖ਼ਿਆਲ ਆਏ ਹਨ ਕਿ ਤੁਹਾਡੇ ਲਈ ਮਰ ਜਾਣਾ ਬਿਹਤਰ ਹੋਵੇਗਾ, ਜਾਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੇ ਖ਼ਿਆਲ ਆਏ ਹਨ। ਤੁਹਾਨੂੰ ਇਹ ਸਭ ਇਕੱਲਿਆਂ ਨਹੀਂ ਸਹਿਣਾ ਪਵੇਗਾ।
check-safety-body = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਇਹਨਾਂ ਖ਼ਿਆਲਾਂ 'ਤੇ ਅਮਲ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਤੁਸੀਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ, ਤਾਂ ਹੁਣੇ ਮਦਦ ਲਓ। ਇਹ ਸਰਵਿਸਾਂ ਮੁਫ਼ਤ ਹਨ ਅਤੇ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨਗੀਆਂ।
check-safety-continue-hint = ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਮਹਿਸੂਸ ਕਰੋ, ਤਾਂ ਤੁਸੀਂ ਸਵਾਲਾਂ ਨੂੰ ਜਾਰੀ ਰੱਖ ਕੇ ਆਪਣੇ ਨਤੀਜੇ ਵੇਖ ਸਕਦੇ ਹੋ।
check-safety-continue = ਜਾਰੀ ਰੱਖੋ

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = ਤੁਹਾਡੇ ਨਤੀਜੇ: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = ਤੁਹਾਡਾ ਸਕੋਰ { $max } ਵਿੱਚੋਂ { $score } ਹੈ।
check-result-risk = ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸਿਆ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਮਰ ਜਾਣਾ ਬਿਹਤਰ ਹੋਣ ਦੇ, ਜਾਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੇ ਖ਼ਿਆਲ ਆਏ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਨਾ ਕਰੋ: ਮਦਦ ਹੁਣੇ ਮਿਲ ਸਕਦੀ ਹੈ।
check-result-prorated = ਇੱਕ ਸਵਾਲ ਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ ਜਾਂ ਉਹ ਤੁਹਾਡੇ 'ਤੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ ਸੀ, ਇਸ ਲਈ ਇਹ ਕੁੱਲ ਸਕੋਰ ਤੁਹਾਡੇ ਬਾਕੀ ਜਵਾਬਾਂ ਤੋਂ ਕੱਢਿਆ ਗਿਆ ਹੈ।
check-result-items-caption = ਤੁਹਾਡੇ ਜਵਾਬ, ਇੱਕ-ਇੱਕ ਸਵਾਲ ਕਰਕੇ
check-result-item = ਸਵਾਲ
check-result-item-score = ਤੁਹਾਡਾ ਜਵਾਬ (0 ਤੋਂ 8)
check-result-item-note = ਨੋਟ
check-result-not-title = ਇਸ ਦਾ ਕੀ ਮਤਲਬ ਨਹੀਂ ਹੈ
check-result-not-diagnosis = ਇਹ ਡਾਇਗਨੋਸਿਸ (ਬਿਮਾਰੀ ਦੀ ਪਛਾਣ) ਨਹੀਂ ਹੈ। ਸਕੋਰ ਸਿਰਫ਼ ਇੱਕ ਮੋਟਾ ਜਿਹਾ ਅੰਦਾਜ਼ਾ ਹੈ ਕਿ ਤੁਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ। ਇਹ ਨਹੀਂ ਦੱਸ ਸਕਦਾ ਕਿ ਤੁਹਾਨੂੰ ਕੀ ਤਕਲੀਫ਼ ਹੈ, ਅਤੇ ਨਾ ਹੀ ਇਹ ਤੈਅ ਕਰ ਸਕਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਮਦਦ ਦੇ ਹੱਕਦਾਰ ਹੋ ਜਾਂ ਨਹੀਂ।
check-result-any-score = ਤੁਹਾਡਾ ਸਕੋਰ ਜੋ ਵੀ ਹੋਵੇ, ਜੇ ਤੁਸੀਂ ਮੁਸ਼ਕਲ ਵਿੱਚ ਹੋ ਤਾਂ ਤੁਸੀਂ ਮਦਦ ਮੰਗ ਸਕਦੇ ਹੋ। ਤੁਹਾਡੀ ਗੱਲ ਨੂੰ ਗੰਭੀਰਤਾ ਨਾਲ ਲਏ ਜਾਣ ਲਈ ਉੱਚਾ ਸਕੋਰ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
check-result-next-title = ਅੱਗੇ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
check-result-next-learn = ਪੜ੍ਹੋ ਕਿ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਅਤੇ ਆਪਣੀ ਮਦਦ ਆਪ ਕਰਨ ਦੇ ਕੁਝ ਤਰੀਕੇ ਅਜ਼ਮਾਓ
check-result-next-refer = ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਲਈ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿਓ
check-result-next-help = ਜੇ ਤੁਹਾਨੂੰ ਲੋੜ ਹੈ ਤਾਂ ਹੁਣੇ ਮਦਦ ਲਓ
check-result-print = ਇਹ ਨਤੀਜੇ ਪ੍ਰਿੰਟ ਕਰੋ ਜਾਂ ਸੰਭਾਲੋ
check-result-keep = ਇਹ ਨਤੀਜਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੋ
check-result-kept = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖ ਲਿਆ ਗਿਆ ਹੈ।
check-result-cannot-keep = ਇਹ ਬ੍ਰਾਊਜ਼ਰ Waymark ਨੂੰ ਕੁਝ ਵੀ ਸੰਭਾਲਣ ਨਹੀਂ ਦੇ ਰਿਹਾ, ਇਸ ਲਈ ਇਹ ਨਤੀਜਾ ਰੱਖਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰ ਸਕਦੇ ਹੋ ਜਾਂ PDF ਵਜੋਂ ਸੰਭਾਲ ਸਕਦੇ ਹੋ।
check-result-unavailable = ਇਹਨਾਂ ਜਵਾਬਾਂ ਦਾ ਸਕੋਰ ਨਹੀਂ ਕੱਢਿਆ ਜਾ ਸਕਦਾ

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = ਤੁਹਾਡੇ ਰੱਖੇ ਹੋਏ ਨਤੀਜੇ: { $name }
check-history-link = ਉਹ ਨਤੀਜੇ ਵੇਖੋ ਜੋ ਤੁਸੀਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖੇ ਹਨ
check-history-empty = ਤੁਸੀਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਇਸ ਸਵਾਲਨਾਮੇ ਦਾ ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ ਰੱਖਿਆ।
check-history-unavailable = ਇਹ ਬ੍ਰਾਊਜ਼ਰ Waymark ਨੂੰ ਕੁਝ ਵੀ ਸੰਭਾਲਣ ਨਹੀਂ ਦੇ ਰਿਹਾ, ਇਸ ਲਈ ਨਤੀਜੇ ਇੱਥੇ ਰੱਖੇ ਨਹੀਂ ਜਾ ਸਕਦੇ।
check-history-unreadable = ਕੁਝ ਰੱਖੇ ਹੋਏ ਨਤੀਜੇ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ, ਸ਼ਾਇਦ ਇਸ ਲਈ ਕਿ ਉਹ Waymark ਦੇ ਕਿਸੇ ਪੁਰਾਣੇ ਸੰਸਕਰਣ ਨੇ ਸੰਭਾਲੇ ਸਨ। ਉਹ ਵਿਖਾਏ ਨਹੀਂ ਗਏ।
check-history-chart-title = ਸਮੇਂ ਦੇ ਨਾਲ ਤੁਹਾਡੇ ਸਕੋਰ। ਇਹੀ ਸਕੋਰ ਹੇਠਾਂ ਦਿੱਤੀ ਸਾਰਣੀ ਵਿੱਚ ਵੀ ਹਨ।
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = ਇਲਾਜ ਦੀ ਹੱਦ: { $score }
check-history-table-caption = ਰੱਖੇ ਹੋਏ ਨਤੀਜੇ
check-history-date = ਤਾਰੀਖ਼
check-history-score = ਸਕੋਰ
check-history-band = ਦਰਜਾ
check-history-actions = ਕਾਰਵਾਈਆਂ
check-history-delete = ਮਿਟਾਓ
check-history-delete-all = ਸਾਰੇ ਰੱਖੇ ਹੋਏ ਨਤੀਜੇ ਮਿਟਾਓ
check-history-compare-title = ਦੋ ਨਤੀਜਿਆਂ ਦੀ ਤੁਲਨਾ ਕਰੋ
check-history-compare-from = ਪਹਿਲਾਂ ਵਾਲਾ ਨਤੀਜਾ
check-history-compare-to = ਬਾਅਦ ਵਾਲਾ ਨਤੀਜਾ
check-history-improved = ਇਹਨਾਂ ਦੋ ਨਤੀਜਿਆਂ ਵਿਚਕਾਰ ਤੁਹਾਡਾ ਸਕੋਰ ਇੰਨਾ ਘਟਿਆ ਹੈ ਕਿ ਇਸ ਨੂੰ ਭਰੋਸੇਯੋਗ ਸੁਧਾਰ ਮੰਨਿਆ ਜਾ ਸਕਦਾ ਹੈ।
check-history-deteriorated = ਇਹਨਾਂ ਦੋ ਨਤੀਜਿਆਂ ਵਿਚਕਾਰ ਤੁਹਾਡਾ ਸਕੋਰ ਇੰਨਾ ਵਧਿਆ ਹੈ ਕਿ ਇਸ ਨੂੰ ਭਰੋਸੇਯੋਗ ਤੌਰ 'ਤੇ ਹਾਲਤ ਵਿਗੜਨਾ ਮੰਨਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨਾ ਮਦਦਗਾਰ ਹੋ ਸਕਦਾ ਹੈ।
check-history-no-change = ਇਹਨਾਂ ਦੋ ਨਤੀਜਿਆਂ ਵਿਚਕਾਰ ਤੁਹਾਡਾ ਸਕੋਰ ਇੰਨਾ ਨਹੀਂ ਬਦਲਿਆ ਕਿ ਪੱਕਾ ਕਿਹਾ ਜਾ ਸਕੇ ਕਿ ਇਹ ਰੋਜ਼ ਦੇ ਆਮ ਉਤਰਾਅ-ਚੜ੍ਹਾਅ ਤੋਂ ਵੱਧ ਹੈ।
check-history-change-unknown = ਇਸ ਸਵਾਲਨਾਮੇ ਲਈ ਭਰੋਸੇਯੋਗ ਬਦਲਾਅ ਦਾ ਕੋਈ ਤੈਅ ਪੈਮਾਨਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਦੋਵਾਂ ਸਕੋਰਾਂ ਦੀ ਤੁਲਨਾ ਨਹੀਂ ਕਰਦੇ।
check-history-recovered = ਤੁਹਾਡੇ ਡਿਪਰੈਸ਼ਨ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਵਾਲੇ ਸਵਾਲਨਾਮਿਆਂ ਨੂੰ ਇਕੱਠੇ ਵੇਖੀਏ ਤਾਂ ਤੁਸੀਂ ਦੋਵਾਂ ਵਿੱਚ ਇਲਾਜ ਦੀ ਹੱਦ ਤੋਂ ਉੱਪਰ ਤੋਂ ਹੇਠਾਂ ਆ ਗਏ ਹੋ। NHS Talking Therapies ਇਸ ਨੂੰ ਸਿਹਤਯਾਬੀ (ਰਿਕਵਰੀ) ਕਹਿੰਦੀ ਹੈ।
check-history-reliably-recovered = ਤੁਹਾਡੇ ਡਿਪਰੈਸ਼ਨ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਵਾਲੇ ਸਵਾਲਨਾਮਿਆਂ ਨੂੰ ਇਕੱਠੇ ਵੇਖੀਏ ਤਾਂ ਤੁਸੀਂ ਦੋਵਾਂ ਵਿੱਚ ਇਲਾਜ ਦੀ ਹੱਦ ਤੋਂ ਹੇਠਾਂ ਆ ਗਏ ਹੋ ਅਤੇ ਤੁਹਾਡੇ ਵਿੱਚ ਭਰੋਸੇਯੋਗ ਸੁਧਾਰ ਹੋਇਆ ਹੈ। NHS Talking Therapies ਇਸ ਨੂੰ ਭਰੋਸੇਯੋਗ ਸਿਹਤਯਾਬੀ (ਰਿਕਵਰੀ) ਕਹਿੰਦੀ ਹੈ।
check-history-not-recovered = ਤੁਹਾਡੇ ਡਿਪਰੈਸ਼ਨ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਵਾਲੇ ਸਵਾਲਨਾਮਿਆਂ ਨੂੰ ਇਕੱਠੇ ਵੇਖੀਏ ਤਾਂ ਤੁਸੀਂ ਅਜੇ ਦੋਵਾਂ ਵਿੱਚ ਇਲਾਜ ਦੀ ਹੱਦ ਤੋਂ ਹੇਠਾਂ ਨਹੀਂ ਹੋ।
check-history-not-case = ਤੁਹਾਡੇ ਡਿਪਰੈਸ਼ਨ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਵਾਲੇ ਸਵਾਲਨਾਮਿਆਂ ਨੂੰ ਇਕੱਠੇ ਵੇਖੀਏ ਤਾਂ ਤੁਹਾਡੇ ਪਹਿਲਾਂ ਵਾਲੇ ਜਵਾਬ ਇਲਾਜ ਦੀ ਹੱਦ ਤੋਂ ਹੇਠਾਂ ਸਨ, ਇਸ ਲਈ ਸਿਹਤਯਾਬੀ (ਰਿਕਵਰੀ) ਦੀ ਗੱਲ ਇੱਥੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦੀ।
check-history-reliable-change-explained = NHS Talking Therapies ਕਿਸੇ ਬਦਲਾਅ ਨੂੰ ਆਮ ਉਤਰਾਅ-ਚੜ੍ਹਾਅ ਦੀ ਬਜਾਏ ਭਰੋਸੇਯੋਗ ਉਦੋਂ ਮੰਨਦੀ ਹੈ ਜਦੋਂ ਉਹ PHQ-9 'ਤੇ 6 ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਅੰਕਾਂ ਦਾ ਹੋਵੇ, ਜਾਂ GAD-7 'ਤੇ 4 ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਅੰਕਾਂ ਦਾ।

## Carrying results into a referral

check-result-referral-title = ਇਹ ਜਵਾਬ ਅਰਜ਼ੀ ਦੇ ਨਾਲ ਭੇਜਣਾ
check-result-referral-body = ਜੇ ਤੁਸੀਂ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿੰਦੇ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਇਹ ਜਵਾਬ ਆਪਣੀ ਅਰਜ਼ੀ ਦੇ ਨਾਲ ਭੇਜ ਸਕਦੇ ਹੋ, ਤਾਂ ਜੋ ਸਰਵਿਸ ਨੂੰ ਪਤਾ ਲੱਗੇ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ। ਇਹ ਸਿਰਫ਼ ਤਾਂ ਹੀ ਭੇਜੇ ਜਾਂਦੇ ਹਨ ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਅਰਜ਼ੀ ਭੇਜਣਾ ਚੁਣਦੇ ਹੋ, ਅਤੇ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਹਟਾ ਸਕਦੇ ਹੋ।
check-result-referral-add = ਇਹ ਜਵਾਬ ਮੇਰੀ ਅਰਜ਼ੀ ਵਿੱਚ ਜੋੜੋ

## Result compared with the person's last kept result

check-result-harder-title = ਹੋ ਸਕਦਾ ਹੈ ਹਾਲਾਤ ਹੋਰ ਔਖੇ ਹੋ ਗਏ ਹੋਣ
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = ਤੁਹਾਡਾ ਸਕੋਰ { $after } ਹੈ, ਜੋ ਪਿਛਲੀ ਵਾਰ { $before } ਸੀ। ਇੰਨਾ ਵੱਡਾ ਵਾਧਾ ਆਮ ਉਤਰਾਅ-ਚੜ੍ਹਾਅ ਤੋਂ ਵੱਧ ਹੈ।
check-result-harder-highest = ਤੁਹਾਡਾ ਸਕੋਰ ਇਸ ਸਵਾਲਨਾਮੇ ਦੇ ਸਭ ਤੋਂ ਉੱਚੇ ਦਰਜੇ ਵਿੱਚ ਹੈ।
check-result-harder-tell = ਜੇ ਤੁਸੀਂ ਸਰਵਿਸ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਹੋ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਹਾਲਾਤ ਬਦਲ ਗਏ ਹਨ। ਫ਼ੋਨ ਕਰੋ:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = ਆਪਣੀ ਅਰਜ਼ੀ ਦਾ ਹਵਾਲਾ ਨੰਬਰ ਦੱਸੋ: { $reference }।
check-result-harder-waiting = ਉਡੀਕ ਦੌਰਾਨ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ

## Telling the service online that things have changed

check-result-update-title = ਜਾਂ ਸਰਵਿਸ ਨੂੰ ਔਨਲਾਈਨ ਦੱਸੋ
check-result-update-words = ਕੀ ਬਦਲਿਆ ਹੈ?
check-result-update-words-hint = ਜਿਵੇਂ ਕਿ, ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ, ਜਾਂ ਕੋਈ ਵੀ ਗੱਲ ਜੋ ਉਡੀਕ ਨੂੰ ਹੋਰ ਔਖਾ ਬਣਾਉਂਦੀ ਹੈ। ਸਰਵਿਸ ਇਸ ਨੂੰ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦੇ ਨਾਲ ਪੜ੍ਹਦੀ ਹੈ।
check-result-update-error-empty = ਕੁਝ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ ਕਿ ਕੀ ਬਦਲਿਆ ਹੈ
check-result-update-error-long = ਕੀ ਬਦਲਿਆ ਹੈ, ਇਹ 1000 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
check-result-update-error-result = ਇਹ ਨਤੀਜਾ ਪੂਰਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਆਪਣਾ ਸੁਨੇਹਾ ਇਸ ਤੋਂ ਬਿਨਾਂ ਭੇਜੋ, ਜਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = { $name } ਦਾ ਇਹ ਨਤੀਜਾ ਅਤੇ ਆਪਣੇ ਜਵਾਬ ਵੀ ਸ਼ਾਮਲ ਕਰੋ
check-result-update-what-goes = ਸਰਵਿਸ ਨੂੰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਅਤੇ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦਾ ਹਵਾਲਾ ਨੰਬਰ ਮਿਲਦਾ ਹੈ, ਅਤੇ ਜੇ ਤੁਸੀਂ ਡੱਬੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਉਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਨਤੀਜਾ ਅਤੇ ਇਸੇ ਸਵਾਲਨਾਮੇ ਦਾ ਤੁਹਾਡਾ ਪਿਛਲਾ ਰੱਖਿਆ ਹੋਇਆ ਨਤੀਜਾ ਵੀ। ਹੋਰ ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
check-result-update-send = ਸਰਵਿਸ ਨੂੰ ਭੇਜੋ
check-result-update-waiting = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ ਅਤੇ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ। Waymark ਜਦੋਂ ਤੱਕ ਖੁੱਲ੍ਹਾ ਹੈ, ਕਿਸੇ ਵੀ ਪੰਨੇ 'ਤੇ, ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ। ਸਰਵਿਸ ਨੂੰ ਸੁਨੇਹਾ ਮਿਲਣ 'ਤੇ ਇਹ ਪੰਨਾ ਦੱਸ ਦੇਵੇਗਾ।
check-result-update-accepted = ਸਰਵਿਸ ਨੂੰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਮਿਲ ਗਿਆ ਹੈ।
check-result-update-rejected = ਸਰਵਿਸ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਔਨਲਾਈਨ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਨ ਕਰੋ:
check-result-update-cannot = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਨਹੀਂ ਭੇਜ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਦੀ ਥਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
