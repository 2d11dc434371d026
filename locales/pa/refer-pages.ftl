# Waymark interface strings for the online referral pages, Punjabi in Gurmukhi script (pa),
# translated from en-GB. Translated for Waymark; not yet reviewed by a clinician.
# Loaded with the referral feature module. Error messages and
# answer labels are in referral.ftl.
# Term choices as in referral.ftl: "referral" = ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ); "GP practice" = GP ਕਲੀਨਿਕ.

## Start

refer-start-lead = ਸਾਨੂੰ ਆਪਣੇ ਬਾਰੇ ਥੋੜ੍ਹਾ ਜਿਹਾ ਦੱਸੋ, ਅਤੇ ਸਰਵਿਸ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਕੇ ਗੱਲ ਕਰੇਗੀ ਕਿ ਕਿਹੜੀ ਚੀਜ਼ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
refer-start-time = ਇਸ ਵਿੱਚ ਲਗਭਗ 10 ਮਿੰਟ ਲੱਗਦੇ ਹਨ। ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਪਿੱਛੇ ਜਾ ਕੇ ਆਪਣੇ ਜਵਾਬ ਬਦਲ ਸਕਦੇ ਹੋ।
refer-start-saved-device = ਜਿਵੇਂ-ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ, ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੇ ਜਾਂਦੇ ਹਨ, ਇਸ ਲਈ ਜੇ ਪੰਨਾ ਬੰਦ ਹੋ ਜਾਵੇ ਤਾਂ ਕੁਝ ਵੀ ਗੁੰਮ ਨਹੀਂ ਹੁੰਦਾ। ਜਦੋਂ ਸਰਵਿਸ ਨੂੰ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਮਿਲ ਜਾਂਦੀ ਹੈ, ਜਾਂ ਜਦੋਂ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਮਿਟਾਉਣਾ ਚੁਣਦੇ ਹੋ, ਤਾਂ ਉਹ ਮਿਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।
refer-start-saved-page = ਜਿਵੇਂ-ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ, ਤੁਹਾਡੇ ਜਵਾਬ ਸਿਰਫ਼ ਇਸ ਪੰਨੇ 'ਤੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਜੇ ਤੁਹਾਡੇ ਅਰਜ਼ੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਪੰਨਾ ਬੰਦ ਹੋ ਜਾਵੇ, ਤਾਂ ਉਹ ਗੁੰਮ ਹੋ ਜਾਂਦੇ ਹਨ।
refer-start-draft = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਤੁਹਾਡੇ ਪਹਿਲਾਂ ਦੇ ਕੁਝ ਜਵਾਬ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
refer-start-resume = ਆਪਣੀ ਅਰਜ਼ੀ ਜਾਰੀ ਰੱਖੋ
refer-start-delete = ਮੇਰੇ ਜਵਾਬ ਮਿਟਾਓ
refer-start-waiting = ਤੁਹਾਡੀ ਇੱਕ ਅਰਜ਼ੀ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਵੇਖੋ ਕਿ ਉਹ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ।

## Eligibility

refer-eligibility-title = ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
refer-eligibility-why = ਅਸੀਂ ਇਹ ਸਵਾਲ ਪਹਿਲਾਂ ਇਹ ਜਾਂਚਣ ਲਈ ਪੁੱਛਦੇ ਹਾਂ ਕਿ ਕੀ ਇਹ ਸਰਵਿਸ ਤੁਹਾਡੇ ਲਈ ਸਹੀ ਹੈ। ਜੇ ਨਹੀਂ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਮਦਦ ਕਿੱਥੋਂ ਮਿਲ ਸਕਦੀ ਹੈ।
refer-in-crisis-legend = ਕੀ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ?
refer-in-crisis-shared-hint = ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਤੁਰੰਤ ਮਦਦ ਨਹੀਂ ਕਰ ਸਕਦੀ। ਜੇ ਤੁਸੀਂ ਸੰਕਟ ਵਿੱਚ ਹੋ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਹੁਣੇ ਮਦਦ ਕਿੱਥੋਂ ਲੈਣੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਅਰਜ਼ੀ ਭੇਜਦੇ ਹੋ, ਤਾਂ ਸਰਵਿਸ ਤੁਹਾਡਾ ਜਵਾਬ ਵੇਖੇਗੀ, ਤਾਂ ਜੋ ਉਹ ਪੱਕਾ ਕਰ ਸਕਣ ਕਿ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਹੋ।
refer-error-in-crisis-missing = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਆਪਣੇ-ਆਪ ਨੂੰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਰੱਖ ਸਕਦੇ ਤਾਂ 'ਹਾਂ' ਚੁਣੋ
refer-dob-legend = ਤੁਹਾਡੀ ਜਨਮ ਤਾਰੀਖ਼ ਕੀ ਹੈ?
refer-dob-hint = ਉਦਾਹਰਨ ਲਈ, ⁦27 3 1985⁩। ਅਸੀਂ ਇਸ ਲਈ ਪੁੱਛਦੇ ਹਾਂ ਕਿਉਂਕਿ ਸਰਵਿਸ ਸਿਰਫ਼ ਇੱਕ ਖ਼ਾਸ ਉਮਰ ਦੇ ਲੋਕਾਂ ਨੂੰ ਵੇਖ ਸਕਦੀ ਹੈ।
refer-dob-day = ਦਿਨ
refer-dob-month = ਮਹੀਨਾ
refer-dob-year = ਸਾਲ
refer-postcode-label = ਤੁਹਾਡਾ ਪੋਸਟਕੋਡ ਕੀ ਹੈ?
refer-postcode-hint = ਅਸੀਂ ਇਸ ਲਈ ਪੁੱਛਦੇ ਹਾਂ ਕਿਉਂਕਿ ਸਰਵਿਸ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਰਹਿਣ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਕੰਮ ਕਰਦੀ ਹੈ।
refer-practice-list-label = ਤੁਸੀਂ ਕਿਸ GP ਕਲੀਨਿਕ ਵਿੱਚ ਰਜਿਸਟਰ ਹੋ?
refer-practice-list-hint = ਅਸੀਂ ਇਸ ਲਈ ਪੁੱਛਦੇ ਹਾਂ ਕਿਉਂਕਿ ਸਰਵਿਸ ਆਪਣੇ ਇਲਾਕੇ ਦੇ GP ਕਲੀਨਿਕਾਂ ਨਾਲ ਕੰਮ ਕਰਦੀ ਹੈ। ਜੇ ਤੁਹਾਡਾ ਕਲੀਨਿਕ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ, ਤਾਂ ਉਸ ਦੀ ਥਾਂ ਤੁਹਾਡਾ ਪੋਸਟਕੋਡ ਵਰਤਿਆ ਜਾਵੇਗਾ।
refer-practice-list-choose = ਆਪਣਾ ਕਲੀਨਿਕ ਚੁਣੋ
refer-practice-list-not-listed = ਮੇਰਾ ਕਲੀਨਿਕ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ
refer-secondary-care-legend = ਕੀ ਇਸ ਵੇਲੇ ਕੋਈ ਕਮਿਊਨਿਟੀ ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ ਜਾਂ ਸੰਕਟ (ਕ੍ਰਾਈਸਿਸ) ਟੀਮ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੀ ਹੈ?
refer-secondary-care-hint = ਜੇ ਹਾਂ, ਤਾਂ ਉਹ ਟੀਮ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਦਾ ਪ੍ਰਬੰਧ ਕਰ ਸਕਦੀ ਹੈ।

## Not eligible

refer-not-eligible-title = ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਸਰਵਿਸ ਤੁਹਾਡੇ ਲਈ ਸਹੀ ਨਾ ਹੋਵੇ
refer-not-eligible-phone = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਗ਼ਲਤ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਤਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ:
refer-not-eligible-change = ਪਿੱਛੇ ਜਾ ਕੇ ਆਪਣੇ ਜਵਾਬ ਬਦਲੋ

## About you

refer-about-you-title = ਤੁਹਾਡੇ ਬਾਰੇ
refer-about-you-why = ਅਸੀਂ ਇਹ ਵੇਰਵੇ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਲੱਭਣ ਲਈ, ਅਤੇ ਲੋੜ ਪੈਣ 'ਤੇ ਤੁਹਾਨੂੰ ਚਿੱਠੀ ਲਿਖਣ ਲਈ ਵਰਤਦੇ ਹਾਂ।
refer-given-name-label = ਪਹਿਲਾ ਨਾਂ
refer-family-name-label = ਆਖ਼ਰੀ ਨਾਂ (ਗੋਤ)
refer-nhs-number-label = NHS ਨੰਬਰ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-nhs-number-hint = ਇਹ 10 ਅੰਕਾਂ ਦਾ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ⁦485 777 3456⁩। ਤੁਸੀਂ ਇਸ ਨੂੰ NHS ਦੀਆਂ ਚਿੱਠੀਆਂ ਵਿੱਚ ਜਾਂ NHS App ਵਿੱਚ ਵੇਖ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
refer-address-line-1-label = ਪਤੇ ਦੀ ਲਾਈਨ 1
refer-address-line-2-label = ਪਤੇ ਦੀ ਲਾਈਨ 2 (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-address-hint = ਤੁਹਾਡੇ ਘਰ ਦਾ ਪਤਾ, ਤਾਂ ਜੋ ਸਰਵਿਸ ਨੂੰ ਪਤਾ ਲੱਗੇ ਕਿ ਤੁਸੀਂ ਉਸ ਦੇ ਇਲਾਕੇ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ।
refer-town-label = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ

## Contact

refer-contact-title = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ?
refer-contact-why = ਪਹਿਲੀ ਮੁਲਾਕਾਤ (ਅਪੌਇੰਟਮੈਂਟ) ਤੈਅ ਕਰਨ ਲਈ ਸਰਵਿਸ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗੀ। ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕੀ ਸੁਰੱਖਿਅਤ ਹੈ।
refer-phone-label = ਫ਼ੋਨ ਨੰਬਰ
refer-phone-hint = UK ਦਾ ਮੋਬਾਈਲ ਜਾਂ ਲੈਂਡਲਾਈਨ ਨੰਬਰ। ਅੰਤਰਰਾਸ਼ਟਰੀ ਨੰਬਰਾਂ ਲਈ ਸ਼ੁਰੂ ਵਿੱਚ + ਲਿਖੋ।
refer-email-label = ਈਮੇਲ ਪਤਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-email-hint = ਸਿਰਫ਼ ਤਾਂ ਹੀ, ਜੇ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸਰਵਿਸ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰੇ।
refer-voicemail-legend = ਕੀ ਅਸੀਂ ਵੌਇਸਮੇਲ ਸੁਨੇਹਾ ਛੱਡ ਸਕਦੇ ਹਾਂ?
refer-voicemail-hint = ਸੁਨੇਹੇ ਵਿੱਚ ਇਹ ਦੱਸਿਆ ਜਾਵੇਗਾ ਕਿ ਕੌਣ ਫ਼ੋਨ ਕਰ ਰਿਹਾ ਹੈ, ਪਰ ਇਹ ਨਹੀਂ ਕਿ ਕਿਉਂ।
refer-texts-legend = ਕੀ ਅਸੀਂ ਤੁਹਾਨੂੰ ਟੈਕਸਟ ਮੈਸੇਜ ਭੇਜ ਸਕਦੇ ਹਾਂ?
refer-safe-times-label = ਤੁਹਾਨੂੰ ਕਦੋਂ ਫ਼ੋਨ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-safe-times-hint = ਉਦਾਹਰਨ ਲਈ, ਹਫ਼ਤੇ ਦੇ ਦਿਨਾਂ ਵਿੱਚ ਸਵੇਰੇ, ਜਾਂ ਸ਼ਾਮ 6 ਵਜੇ ਤੋਂ ਬਾਅਦ ਨਹੀਂ।

## More about you

refer-more-title = ਤੁਹਾਡੀ ਭਾਸ਼ਾ, ਤੁਹਾਡਾ GP ਅਤੇ ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ
refer-more-why = ਇਸ ਨਾਲ ਸਰਵਿਸ ਤੁਹਾਨੂੰ ਸਹੀ ਭਾਸ਼ਾ ਵਿੱਚ ਸਹੀ ਸਹਾਰਾ ਦੇ ਸਕਦੀ ਹੈ।
refer-language-label = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਰਤਣਾ ਚਾਹੋਗੇ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-language-hint = ਤੁਸੀਂ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਆ (ਇੰਟਰਪ੍ਰੈਟਰ) ਲੈ ਸਕਦੇ ਹੋ, British Sign Language (ਬ੍ਰਿਟਿਸ਼ ਇਸ਼ਾਰਿਆਂ ਦੀ ਭਾਸ਼ਾ) ਸਮੇਤ।
refer-interpreter-legend = ਕੀ ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਆ ਚਾਹੁੰਦੇ ਹੋ?
refer-interpreter-language-label = ਜੇ ਹਾਂ, ਤਾਂ ਕਿਹੜੀ ਭਾਸ਼ਾ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-gp-label = ਤੁਹਾਡਾ GP ਕਲੀਨਿਕ
refer-gp-hint = ਕਲੀਨਿਕ (ਸਰਜਰੀ) ਦਾ ਨਾਂ ਅਤੇ ਸ਼ਹਿਰ, ਉਦਾਹਰਨ ਲਈ Riverside Medical Centre, Anytown।
refer-help-with-label = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-help-with-hint = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ। ਜਿੰਨਾ ਚਾਹੋ, ਘੱਟ ਜਾਂ ਵੱਧ, ਲਿਖੋ।

refer-help-topics-legend = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)
refer-help-topics-hint = ਜੋ ਵੀ ਤੁਹਾਡੇ 'ਤੇ ਲਾਗੂ ਹੁੰਦੇ ਹਨ, ਉਹ ਸਾਰੇ ਚੁਣੋ।

## Equality questions

refer-equality-title = ਤੁਹਾਡੇ ਬਾਰੇ: ਮਰਜ਼ੀ ਵਾਲੇ ਸਵਾਲ
refer-equality-why = ਇਹਨਾਂ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦੇਣਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਸਰਵਿਸਾਂ ਇਹ ਸਵਾਲ ਇਹ ਜਾਂਚਣ ਲਈ ਪੁੱਛਦੀਆਂ ਹਨ ਕਿ ਉਹ ਸਾਰਿਆਂ ਨਾਲ ਬਰਾਬਰੀ ਵਾਲਾ ਸਲੂਕ ਕਰਦੀਆਂ ਹਨ, ਅਤੇ ਇਹ ਪਤਾ ਕਰਨ ਲਈ ਕਿ ਉਹ ਕਿਹਨਾਂ ਲੋਕਾਂ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਰਹੀਆਂ। ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਇਹ ਨਹੀਂ ਬਦਲਦਾ ਕਿ ਤੁਹਾਨੂੰ ਮਦਦ ਦਿੱਤੀ ਜਾਵੇਗੀ ਜਾਂ ਨਹੀਂ।
refer-ethnic-category-legend = ਤੁਹਾਡਾ ਨਸਲੀ ਸਮੂਹ ਕੀ ਹੈ?
refer-gender-legend = ਤੁਹਾਡਾ ਜੈਂਡਰ (ਲਿੰਗ) ਕੀ ਹੈ?
refer-gender-same-legend = ਕੀ ਤੁਹਾਡਾ ਜੈਂਡਰ ਉਹੀ ਹੈ ਜੋ ਜਨਮ ਵੇਲੇ ਤੁਹਾਡਾ ਲਿੰਗ ਦਰਜ ਕੀਤਾ ਗਿਆ ਸੀ?
refer-orientation-legend = ਤੁਹਾਡਾ ਜਿਨਸੀ ਰੁਝਾਨ (ਸੈਕਸ਼ੁਅਲ ਓਰੀਐਂਟੇਸ਼ਨ) ਕੀ ਹੈ?
refer-religion-legend = ਤੁਹਾਡਾ ਧਰਮ ਜਾਂ ਵਿਸ਼ਵਾਸ ਕੀ ਹੈ?
refer-disability-legend = ਕੀ ਤੁਸੀਂ ਮੰਨਦੇ ਹੋ ਕਿ ਤੁਹਾਨੂੰ ਕੋਈ ਡਿਸਏਬਿਲਿਟੀ (ਅਪੰਗਤਾ) ਹੈ?
refer-long-term-legend = ਕੀ ਤੁਹਾਨੂੰ ਕੋਈ ਲੰਮੇ ਸਮੇਂ ਦੀ ਸਰੀਰਕ ਸਿਹਤ ਸਮੱਸਿਆ ਹੈ, ਜਿਵੇਂ ਸ਼ੂਗਰ (ਡਾਇਬਟੀਜ਼), ਦਮਾ ਜਾਂ ਦਿਲ ਦੀ ਬਿਮਾਰੀ?
refer-employment-legend = ਤੁਹਾਡੇ ਕੰਮ-ਕਾਰ ਦੀ ਸਥਿਤੀ ਕੀ ਹੈ?
refer-veteran-legend = ਕੀ ਤੁਸੀਂ UK ਦੀਆਂ ਹਥਿਆਰਬੰਦ ਫ਼ੌਜਾਂ ਵਿੱਚ ਸੇਵਾ ਕੀਤੀ ਹੈ?
refer-perinatal-legend = ਕੀ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ, ਜਾਂ ਪਿਛਲੇ 12 ਮਹੀਨਿਆਂ ਵਿੱਚ ਤੁਹਾਡਾ ਬੱਚਾ ਹੋਇਆ ਹੈ?

## Consent

refer-consent-title = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕਰਨਾ
refer-consent-why = ਸਰਵਿਸ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਸੁਰੱਖਿਅਤ ਰੱਖਦੀ ਹੈ ਅਤੇ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਲਈ ਵਰਤਦੀ ਹੈ।
refer-share-gp-legend = ਕੀ ਸਰਵਿਸ ਤੁਹਾਡੇ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ) ਨੂੰ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦਿੱਤੀ ਹੈ?
refer-share-gp-hint = ਫਿਰ ਤੁਹਾਡਾ GP ਵੀ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਜੇ ਤੁਸੀਂ 'ਨਹੀਂ' ਕਹਿੰਦੇ ਹੋ, ਤਾਂ ਵੀ ਤੁਹਾਨੂੰ ਵੇਖਿਆ ਜਾ ਸਕਦਾ ਹੈ।
refer-privacy-consent-label = ਮੈਂ ਪੜ੍ਹ ਲਿਆ ਹੈ ਕਿ ਸਰਵਿਸ ਮੇਰੀ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤਦੀ ਹੈ, ਅਤੇ ਮੈਂ ਆਪਣੀ ਅਰਜ਼ੀ ਭੇਜਣ ਲਈ ਸਹਿਮਤ ਹਾਂ।

## Check your answers

refer-check-title = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ
refer-change = ਬਦਲੋ
refer-check-phq9 = ਤੁਹਾਡੇ PHQ-9 ਜਵਾਬ (ਉਦਾਸੀ)
refer-check-gad7 = ਤੁਹਾਡੇ GAD-7 ਜਵਾਬ (ਚਿੰਤਾ ਅਤੇ ਘਬਰਾਹਟ)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = ਸਕੋਰ { $score }
refer-check-remove = ਹਟਾਓ
refer-check-send-title = ਹੁਣ ਆਪਣੀ ਅਰਜ਼ੀ ਭੇਜੋ
refer-check-send-saved = ਜਦੋਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਭੇਜਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਪਹਿਲਾਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ, ਫਿਰ ਸਰਵਿਸ ਨੂੰ ਭੇਜੀ ਜਾਂਦੀ ਹੈ। ਜੇ ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਜਾਵੇ, ਤਾਂ Waymark ਜਦੋਂ ਵੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਖੁੱਲ੍ਹਾ ਹੁੰਦਾ ਹੈ, ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲਣ 'ਤੇ ਤੁਹਾਨੂੰ ਦੱਸਦਾ ਹੈ।
refer-check-send-memory = ਜਦੋਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਭੇਜਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਇਸ ਪੰਨੇ 'ਤੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ, ਫਿਰ ਸਰਵਿਸ ਨੂੰ ਭੇਜੀ ਜਾਂਦੀ ਹੈ। ਇਹ ਪੰਨਾ ਉਦੋਂ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰੱਖੋ ਜਦੋਂ ਤੱਕ ਇਸ 'ਤੇ ਇਹ ਨਾ ਲਿਖਿਆ ਆਵੇ ਕਿ ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲ ਗਈ ਹੈ: ਜੇ ਪੰਨਾ ਪਹਿਲਾਂ ਬੰਦ ਹੋ ਗਿਆ, ਤਾਂ ਅਰਜ਼ੀ ਗੁੰਮ ਹੋ ਜਾਵੇਗੀ।
refer-check-already-sent = ਤੁਸੀਂ ਇਹ ਜਵਾਬ ਪਹਿਲਾਂ ਹੀ ਭੇਜ ਚੁੱਕੇ ਹੋ। ਇਹ ਦੋ ਵਾਰ ਨਹੀਂ ਭੇਜੇ ਜਾਣਗੇ।
refer-check-see-progress = ਵੇਖੋ ਕਿ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ
refer-check-cannot-send = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਲਈ ਸੁਰੱਖਿਅਤ ਹਵਾਲਾ ਨੰਬਰ ਨਹੀਂ ਬਣਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਦੀ ਥਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
refer-send = ਅਰਜ਼ੀ ਭੇਜੋ
refer-sending = ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…

## After sending

refer-sent-title = ਅਰਜ਼ੀ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ।
refer-sent-next-title = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
refer-sent-phone = ਜੇ ਤੁਸੀਂ ਸਰਵਿਸ ਨਾਲ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਫ਼ੋਨ ਕਰੋ:
refer-sent-none = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੋਈ ਅਰਜ਼ੀ ਨਹੀਂ ਹੈ
refer-waiting-title = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੀ ਹੋਈ ਹੈ
refer-waiting-device-body = ਇਹ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ। Waymark ਜਦੋਂ ਵੀ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਖੁੱਲ੍ਹਾ ਹੁੰਦਾ ਹੈ, ਕਿਸੇ ਵੀ ਪੰਨੇ 'ਤੇ, ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲਦੇ ਹੀ ਇੱਥੇ ਦੱਸ ਦਿੰਦਾ ਹੈ।
refer-waiting-page-title = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਇਸ ਪੰਨੇ 'ਤੇ ਉਡੀਕ ਵਿੱਚ ਹੈ
refer-waiting-page-body = ਇਹ ਅਜੇ ਸਰਵਿਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ, ਅਤੇ ਇਹ ਸਿਰਫ਼ ਇਸ ਪੰਨੇ 'ਤੇ ਰੱਖੀ ਹੋਈ ਹੈ। ਇਹ ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਰੱਖੋ: Waymark ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ, ਅਤੇ ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲਦੇ ਹੀ ਇੱਥੇ ਦੱਸ ਦਿੰਦਾ ਹੈ। ਜੇ ਪੰਨਾ ਪਹਿਲਾਂ ਬੰਦ ਹੋ ਗਿਆ, ਤਾਂ ਅਰਜ਼ੀ ਗੁੰਮ ਹੋ ਜਾਵੇਗੀ।
refer-waiting-phone = ਇਸ ਵਿੱਚ ਆਮ ਨਾਲੋਂ ਵੱਧ ਸਮਾਂ ਲੱਗ ਰਿਹਾ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਇਸ ਦੀ ਥਾਂ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਚਾਹੋ।
refer-try-again = ਹੁਣੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
refer-rejected-title = ਸਰਵਿਸ ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਔਨਲਾਈਨ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰ ਸਕੀ
refer-rejected-kept = ਤੁਹਾਡੀ ਅਰਜ਼ੀ ਅਜੇ ਵੀ ਉੱਥੇ ਹੀ ਰੱਖੀ ਹੋਈ ਹੈ ਜਿੱਥੋਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਭੇਜਿਆ ਸੀ, ਅਤੇ ਸਰਵਿਸ ਨੂੰ ਇਹ ਨਹੀਂ ਮਿਲੀ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਦੀ ਥਾਂ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਸਰਵਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ, ਜਾਂ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
refer-receipt-title = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ। ਸਿਰਫ਼ ਉੱਪਰ ਦਿੱਤਾ ਹਵਾਲਾ ਨੰਬਰ ਅਤੇ ਸਰਵਿਸ ਨੂੰ ਅਰਜ਼ੀ ਮਿਲਣ ਦੀ ਤਾਰੀਖ਼ ({ $date }) { $days ->
    [one] { $days } ਦਿਨ
   *[other] { $days } ਦਿਨਾਂ
} ਲਈ ਰੱਖੇ ਜਾਂਦੇ ਹਨ, ਤਾਂ ਜੋ ਫ਼ੋਨ ਕਰਨ 'ਤੇ ਤੁਸੀਂ ਇਹ ਨੰਬਰ ਦੱਸ ਸਕੋ।
refer-receipt-delete = ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਹਵਾਲਾ ਨੰਬਰ ਮਿਟਾਓ
