### Self-referral form, Punjabi in Gurmukhi script (pa), translated from en-GB:
### error messages, answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl, checks.ftl and check-pages.ftl):
### "referral" = ਅਰਜ਼ੀ (ਰੈਫ਼ਰਲ); "GP" = GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ);
### "GP practice" = GP ਕਲੀਨਿਕ (not "ਸਰਜਰੀ", which in Punjabi means an operation);
### "interpreter" = ਦੁਭਾਸ਼ੀਆ (ਇੰਟਰਪ੍ਰੈਟਰ).

## Error messages: about you

referral-error-given-name-missing = ਆਪਣਾ ਪਹਿਲਾ ਨਾਂ ਲਿਖੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = ਪਹਿਲਾ ਨਾਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

referral-error-family-name-missing = ਆਪਣਾ ਆਖ਼ਰੀ ਨਾਂ (ਗੋਤ) ਲਿਖੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = ਆਖ਼ਰੀ ਨਾਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

referral-error-date-of-birth-missing = ਆਪਣੀ ਜਨਮ ਤਾਰੀਖ਼ ਲਿਖੋ
referral-error-date-of-birth-missing-day = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-missing-month = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-missing-year = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-missing-day-and-month = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਅਤੇ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-missing-day-and-year = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਅਤੇ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-missing-month-and-year = ਜਨਮ ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
referral-error-date-of-birth-year-format = ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ
referral-error-date-of-birth-not-real = ਜਨਮ ਤਾਰੀਖ਼ ਅਸਲ ਤਾਰੀਖ਼ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
referral-error-date-of-birth-in-future = ਜਨਮ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਬੀਤੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
referral-error-date-of-birth-too-long-ago = ਜਨਮ ਤਾਰੀਖ਼ 1 ਜਨਵਰੀ 1900 ਜਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ

referral-error-nhs-number-missing = ਆਪਣਾ NHS ਨੰਬਰ ਲਿਖੋ
referral-error-nhs-number-not-digits = ਆਪਣਾ NHS ਨੰਬਰ ਸਿਰਫ਼ ਅੰਕਾਂ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ ⁦485 777 3456⁩
referral-error-nhs-number-length = ਆਪਣਾ NHS ਨੰਬਰ ਸਹੀ ਰੂਪ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = ਆਪਣਾ NHS ਨੰਬਰ ਜਾਂਚੋ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਨੰਬਰ ਸਹੀ NHS ਨੰਬਰ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਆਪਣਾ ਨੰਬਰ NHS ਦੀਆਂ ਚਿੱਠੀਆਂ ਵਿੱਚ ਜਾਂ NHS App ਵਿੱਚ ਵੇਖ ਸਕਦੇ ਹੋ

## Error messages: address

referral-error-address-line-1-missing = ਆਪਣੇ ਪਤੇ ਦੀ ਪਹਿਲੀ ਲਾਈਨ ਲਿਖੋ
referral-error-address-line-2-missing = ਆਪਣੇ ਪਤੇ ਦੀ ਦੂਜੀ ਲਾਈਨ ਲਿਖੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = ਪਤੇ ਦੀ ਹਰ ਲਾਈਨ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ

referral-error-town-missing = ਆਪਣਾ ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ ਲਿਖੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

referral-error-postcode-missing = ਆਪਣਾ ਪੋਸਟਕੋਡ ਲਿਖੋ
referral-error-postcode-invalid = ਪੂਰਾ UK ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਿਵੇਂ SW1A 1AA

## Error messages: contact

referral-error-phone-missing = ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ
referral-error-phone-characters = ਫ਼ੋਨ ਨੰਬਰ ਲਿਖਣ ਲਈ ਸਿਰਫ਼ ਅੰਕ, ਖ਼ਾਲੀ ਥਾਂ, ਬਰੈਕਟ, ਡੈਸ਼ (-) ਅਤੇ ਸ਼ੁਰੂ ਵਿੱਚ + ਵਰਤੋ, ਜਿਵੇਂ ⁦07700 900 982⁩
referral-error-phone-uk-format = ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ ⁦01632 960 001⁩ ਜਾਂ ⁦07700 900 982⁩। UK ਤੋਂ ਬਾਹਰ ਦੇ ਨੰਬਰ ਲਈ, ਸ਼ੁਰੂ ਵਿੱਚ + ਅਤੇ ਦੇਸ਼ ਦਾ ਕੋਡ ਲਿਖੋ
referral-error-phone-international-format = ਅੰਤਰਰਾਸ਼ਟਰੀ ਫ਼ੋਨ ਨੰਬਰ + ਅਤੇ ਦੇਸ਼ ਦੇ ਕੋਡ ਨਾਲ ਲਿਖੋ, ਜਿਵੇਂ ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ
referral-error-email-invalid = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
referral-error-contact-route-missing = ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਪਤਾ ਲਿਖੋ, ਤਾਂ ਜੋ ਸਰਵਿਸ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕੇ
referral-error-voicemail-missing = ਜੇ ਸਰਵਿਸ ਤੁਹਾਡੇ ਲਈ ਵੌਇਸਮੇਲ ਸੁਨੇਹਾ ਛੱਡ ਸਕਦੀ ਹੈ ਤਾਂ 'ਹਾਂ' ਚੁਣੋ
referral-error-texts-missing = ਜੇ ਸਰਵਿਸ ਤੁਹਾਨੂੰ ਟੈਕਸਟ ਮੈਸੇਜ ਭੇਜ ਸਕਦੀ ਹੈ ਤਾਂ 'ਹਾਂ' ਚੁਣੋ
referral-error-safe-times-missing = ਉਹ ਦਿਨ ਅਤੇ ਸਮੇਂ ਲਿਖੋ ਜਦੋਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = ਸੰਪਰਕ ਲਈ ਸੁਰੱਖਿਅਤ ਸਮੇਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਵਿੱਚ ਲਿਖੇ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ

referral-error-preferred-language-missing = ਉਹ ਭਾਸ਼ਾ ਲਿਖੋ ਜੋ ਤੁਸੀਂ ਵਰਤਣਾ ਚਾਹੁੰਦੇ ਹੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = ਭਾਸ਼ਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ

referral-error-interpreter-missing = ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਦੁਭਾਸ਼ੀਏ (ਇੰਟਰਪ੍ਰੈਟਰ) ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ
referral-error-interpreter-language-missing = ਉਹ ਭਾਸ਼ਾ ਲਿਖੋ ਜਿਸ ਲਈ ਤੁਹਾਨੂੰ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = ਦੁਭਾਸ਼ੀਏ ਦੀ ਭਾਸ਼ਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ

## Error messages: your GP and your referral

referral-error-gp-practice-missing = ਆਪਣੇ GP ਕਲੀਨਿਕ ਦਾ ਨਾਂ ਲਿਖੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP ਕਲੀਨਿਕ ਦਾ ਨਾਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

referral-error-secondary-care-missing = ਜੇ ਇਸ ਵੇਲੇ ਕੋਈ ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੀ ਹੈ ਤਾਂ 'ਹਾਂ' ਚੁਣੋ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਤਾਂ 'ਪੱਕਾ ਪਤਾ ਨਹੀਂ' ਚੁਣੋ
referral-error-help-with-missing = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ
referral-error-help-topics-missing = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਚੀਜ਼ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਮਦਦ ਚਾਹੁੰਦੇ ਹੋ

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਰਹੇ ਹੋ, ਇਸ ਬਾਰੇ ਸਵਾਲ { $number } ਦਾ ਜਵਾਬ ਚੁਣੋ

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = ਚਿੰਤਾ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ) ਬਾਰੇ ਸਵਾਲ { $number } ਦਾ ਜਵਾਬ ਚੁਣੋ

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = ਇਹ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## Error messages: consent

referral-error-consent-share-with-gp-missing = ਜੇ ਸਰਵਿਸ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਬਾਰੇ ਜਾਣਕਾਰੀ ਤੁਹਾਡੇ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ) ਨਾਲ ਸਾਂਝੀ ਕਰ ਸਕਦੀ ਹੈ ਤਾਂ 'ਹਾਂ' ਚੁਣੋ
referral-error-consent-privacy-notice-missing = ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਤੁਸੀਂ ਪ੍ਰਾਈਵੇਸੀ ਨੋਟਿਸ ਪੜ੍ਹ ਲਿਆ ਹੈ

## Answer options shared by several questions

referral-option-yes = ਹਾਂ
referral-option-no = ਨਹੀਂ
referral-option-not-sure = ਪੱਕਾ ਪਤਾ ਨਹੀਂ
referral-option-prefer-not-to-say = ਦੱਸਣ ਦੀ ਇੱਛਾ ਨਹੀਂ

## Interpreter

referral-interpreter-none = ਨਹੀਂ, ਮੈਨੂੰ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਨਹੀਂ
referral-interpreter-spoken = ਹਾਂ, ਕਿਸੇ ਬੋਲੀ ਜਾਣ ਵਾਲੀ ਭਾਸ਼ਾ ਦਾ ਦੁਭਾਸ਼ੀਆ
referral-interpreter-bsl = ਹਾਂ, British Sign Language (BSL, ਬ੍ਰਿਟਿਸ਼ ਇਸ਼ਾਰਿਆਂ ਦੀ ਭਾਸ਼ਾ) ਦਾ ਦੁਭਾਸ਼ੀਆ

## What would you like help with?

referral-help-topic-low-mood = ਉਦਾਸੀ ਜਾਂ ਡਿਪਰੈਸ਼ਨ
referral-help-topic-worry = ਚਿੰਤਾ ਜਾਂ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ)
referral-help-topic-panic = ਪੈਨਿਕ ਅਟੈਕ (ਅਚਾਨਕ ਤੇਜ਼ ਘਬਰਾਹਟ ਦੇ ਦੌਰੇ)
referral-help-topic-social-anxiety = ਦੂਜੇ ਲੋਕਾਂ ਵਿੱਚ ਘਬਰਾਹਟ ਮਹਿਸੂਸ ਹੋਣਾ
referral-help-topic-health-anxiety = ਆਪਣੀ ਸਿਹਤ ਬਾਰੇ ਚਿੰਤਾ ਕਰਦੇ ਰਹਿਣਾ
referral-help-topic-phobia = ਕੋਈ ਡਰ ਜਾਂ ਫ਼ੋਬੀਆ
referral-help-topic-ocd = ਅਣਚਾਹੇ ਖ਼ਿਆਲ ਜਾਂ ਇੱਛਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਰੋਕਣਾ ਔਖਾ ਲੱਗਦਾ ਹੈ (OCD)
referral-help-topic-trauma = ਮੇਰੇ ਨਾਲ ਹੋਈ ਕੋਈ ਡਰਾਉਣੀ ਜਾਂ ਬਹੁਤ ਦੁਖਦਾਈ ਘਟਨਾ
referral-help-topic-stress = ਤਣਾਅ (ਸਟ੍ਰੈੱਸ)
referral-help-topic-sleep = ਨੀਂਦ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ
referral-help-topic-long-term-condition = ਲੰਮੇ ਸਮੇਂ ਦੀ ਸਿਹਤ ਸਮੱਸਿਆ ਨਾਲ ਨਜਿੱਠਣਾ
referral-help-topic-relationships = ਰਿਸ਼ਤਿਆਂ ਵਿੱਚ ਮੁਸ਼ਕਲਾਂ
referral-help-topic-bereavement = ਕਿਸੇ ਦੇ ਚਲੇ ਜਾਣ ਦਾ ਦੁੱਖ ਜਾਂ ਘਾਟਾ
referral-help-topic-other = ਕੁਝ ਹੋਰ

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = ਵ੍ਹਾਈਟ (ਗੋਰੇ)
referral-ethnic-group-mixed = ਮਿਸ਼ਰਤ
referral-ethnic-group-asian = ਏਸ਼ੀਅਨ ਜਾਂ ਏਸ਼ੀਅਨ ਬ੍ਰਿਟਿਸ਼
referral-ethnic-group-black = ਬਲੈਕ ਜਾਂ ਬਲੈਕ ਬ੍ਰਿਟਿਸ਼
referral-ethnic-group-other = ਹੋਰ ਨਸਲੀ ਸਮੂਹ

referral-ethnic-category-a = ਬ੍ਰਿਟਿਸ਼
referral-ethnic-category-b = ਆਇਰਿਸ਼
referral-ethnic-category-c = ਕੋਈ ਹੋਰ ਵ੍ਹਾਈਟ ਪਿਛੋਕੜ
referral-ethnic-category-d = ਵ੍ਹਾਈਟ ਅਤੇ ਬਲੈਕ ਕੈਰੀਬੀਅਨ
referral-ethnic-category-e = ਵ੍ਹਾਈਟ ਅਤੇ ਬਲੈਕ ਅਫ਼ਰੀਕਨ
referral-ethnic-category-f = ਵ੍ਹਾਈਟ ਅਤੇ ਏਸ਼ੀਅਨ
referral-ethnic-category-g = ਕੋਈ ਹੋਰ ਮਿਸ਼ਰਤ ਪਿਛੋਕੜ
referral-ethnic-category-h = ਭਾਰਤੀ
referral-ethnic-category-j = ਪਾਕਿਸਤਾਨੀ
referral-ethnic-category-k = ਬੰਗਲਾਦੇਸ਼ੀ
referral-ethnic-category-l = ਕੋਈ ਹੋਰ ਏਸ਼ੀਅਨ ਪਿਛੋਕੜ
referral-ethnic-category-m = ਕੈਰੀਬੀਅਨ
referral-ethnic-category-n = ਅਫ਼ਰੀਕਨ
referral-ethnic-category-p = ਕੋਈ ਹੋਰ ਬਲੈਕ ਪਿਛੋਕੜ
referral-ethnic-category-r = ਚੀਨੀ
referral-ethnic-category-s = ਕੋਈ ਹੋਰ ਨਸਲੀ ਸਮੂਹ

## Gender

referral-gender-female = ਔਰਤ
referral-gender-male = ਮਰਦ
referral-gender-non-binary = ਨਾਨ-ਬਾਈਨਰੀ
referral-gender-other = ਕੋਈ ਹੋਰ ਜੈਂਡਰ

## Sexual orientation

referral-sexual-orientation-heterosexual = ਹੈਟਰੋਸੈਕਸ਼ੁਅਲ ਜਾਂ ਸਟ੍ਰੇਟ
referral-sexual-orientation-gay-or-lesbian = ਗੇਅ ਜਾਂ ਲੈਸਬੀਅਨ
referral-sexual-orientation-bisexual = ਬਾਈਸੈਕਸ਼ੁਅਲ
referral-sexual-orientation-other = ਕੋਈ ਹੋਰ ਜਿਨਸੀ ਰੁਝਾਨ
referral-sexual-orientation-not-sure = ਪੱਕਾ ਪਤਾ ਨਹੀਂ

## Religion or belief

referral-religion-none = ਕੋਈ ਧਰਮ ਨਹੀਂ
referral-religion-buddhist = ਬੋਧੀ
referral-religion-christian = ਈਸਾਈ
referral-religion-hindu = ਹਿੰਦੂ
referral-religion-jewish = ਯਹੂਦੀ
referral-religion-muslim = ਮੁਸਲਮਾਨ
referral-religion-sikh = ਸਿੱਖ
referral-religion-other = ਕੋਈ ਹੋਰ ਧਰਮ ਜਾਂ ਵਿਸ਼ਵਾਸ

## Employment

referral-employment-employed = ਤਨਖ਼ਾਹ ਵਾਲਾ ਕੰਮ
referral-employment-unemployed = ਤਨਖ਼ਾਹ ਵਾਲਾ ਕੰਮ ਨਹੀਂ, ਅਤੇ ਕੰਮ ਦੀ ਭਾਲ ਵਿੱਚ
referral-employment-student = ਵਿਦਿਆਰਥੀ, ਅਤੇ ਤਨਖ਼ਾਹ ਵਾਲਾ ਕੰਮ ਨਹੀਂ
referral-employment-long-term-sick = ਲੰਮੀ ਬਿਮਾਰੀ ਜਾਂ ਡਿਸਏਬਿਲਿਟੀ (ਅਪੰਗਤਾ) ਕਰਕੇ ਕੰਮ ਨਹੀਂ
referral-employment-homemaker = ਆਪਣੇ ਪਰਿਵਾਰ ਜਾਂ ਘਰ ਦੀ ਦੇਖਭਾਲ
referral-employment-not-working = ਤਨਖ਼ਾਹ ਵਾਲਾ ਕੰਮ ਨਹੀਂ, ਅਤੇ ਕੰਮ ਦੀ ਭਾਲ ਵੀ ਨਹੀਂ
referral-employment-volunteer = ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਦਾ ਸਵੈ-ਸੇਵੀ (ਵਲੰਟੀਅਰ) ਕੰਮ
referral-employment-retired = ਰਿਟਾਇਰ

## Pregnancy and babies

referral-perinatal-pregnant = ਹਾਂ, ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ
referral-perinatal-baby = ਹਾਂ, ਮੇਰਾ 12 ਮਹੀਨਿਆਂ ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੈ

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = ਹੁਣੇ ਮਦਦ ਲਓ
referral-redirect-crisis-lead = ਮਦਦ ਲੈਣ ਲਈ ਤੁਹਾਨੂੰ ਅਰਜ਼ੀ ਦੀ ਉਡੀਕ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਸਰਵਿਸਾਂ ਮੁਫ਼ਤ ਹਨ ਅਤੇ ਹੁਣੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਸਰਵਿਸਾਂ ਸੰਕਟ (ਕ੍ਰਾਈਸਿਸ) ਸਰਵਿਸਾਂ ਨਹੀਂ ਹਨ, ਪਰ ਜਦੋਂ ਹਾਲਾਤ ਕੁਝ ਸ਼ਾਂਤ ਹੋ ਜਾਣ ਤਾਂ ਤੁਸੀਂ ਵਾਪਸ ਆ ਕੇ ਖ਼ੁਦ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ।

referral-redirect-young-people-title = ਨੌਜਵਾਨਾਂ ਲਈ ਵੀ ਸਹਾਰਾ ਮੌਜੂਦ ਹੈ

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = ਇਹ ਸਰਵਿਸ { $age } ਸਾਲ ਅਤੇ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ ਹੈ। ਇਸ ਦੀ ਥਾਂ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀਆਂ ਮਾਨਸਿਕ ਸਿਹਤ ਸਰਵਿਸਾਂ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਤੁਹਾਡਾ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ), ਜਾਂ ਤੁਹਾਡੇ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਦੀ ਨਰਸ ਜਾਂ ਕਾਊਂਸਲਰ, ਤੁਹਾਡੇ ਲਈ ਅਰਜ਼ੀ ਭੇਜ ਸਕਦੇ ਹਨ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ Childline ਨੂੰ { $childline } 'ਤੇ ਮੁਫ਼ਤ ਫ਼ੋਨ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।

referral-redirect-gp-title = ਆਪਣੀ ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ ਜਾਂ GP ਨਾਲ ਗੱਲ ਕਰੋ
referral-redirect-gp-body = ਕਿਉਂਕਿ ਇਸ ਵੇਲੇ ਇੱਕ ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਹੀ ਹੈ, ਇਸ ਲਈ ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਬਾਰੇ ਗੱਲ ਕਰਨ ਲਈ ਉਹੀ ਸਭ ਤੋਂ ਸਹੀ ਲੋਕ ਹਨ। ਆਪਣੇ ਕੇਅਰ ਕੋਆਰਡੀਨੇਟਰ ਜਾਂ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੀ ਟੀਮ ਨਾਲ ਗੱਲ ਕਰੋ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ ਕਿ ਉਹ ਕੌਣ ਹਨ, ਤਾਂ ਤੁਹਾਡਾ GP (ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ) ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

referral-redirect-area-title = ਪਤਾ ਕਰੋ ਕਿ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਕਿਹੜੀ ਸਰਵਿਸ ਹੈ
referral-redirect-area-body = ਅਸੀਂ ਪੱਕਾ ਨਹੀਂ ਕਰ ਸਕੇ ਕਿ ਇਹ ਸਰਵਿਸ ਤੁਹਾਡੇ ਰਹਿਣ ਵਾਲੇ ਇਲਾਕੇ ਜਾਂ ਤੁਹਾਡੇ GP ਕਲੀਨਿਕ ਨੂੰ ਕਵਰ ਕਰਦੀ ਹੈ। ਸਰਵਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਉਹ ਤੁਹਾਨੂੰ ਦੱਸਣਗੇ ਕਿ ਉਹ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ ਜਾਂ ਨਹੀਂ, ਜਾਂ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਕਿਹੜੀ NHS ਟਾਕਿੰਗ ਥੈਰੇਪੀ ਸਰਵਿਸ ਹੈ।
