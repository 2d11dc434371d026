# Titles and one-line summaries of the content pack, Punjabi in Gurmukhi script (pa), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = ਉਦਾਸੀ ਅਤੇ ਡਿਪਰੈਸ਼ਨ
    .summary = ਕਈ-ਕਈ ਹਫ਼ਤੇ ਮਨ ਉਦਾਸ ਜਾਂ ਖ਼ਾਲੀ ਰਹਿਣਾ, ਜਾਂ ਕਿਸੇ ਚੀਜ਼ ਵਿੱਚ ਖ਼ੁਸ਼ੀ ਨਾ ਮਿਲਣਾ।
worry = ਚਿੰਤਾ ਅਤੇ ਘਬਰਾਹਟ (ਐਂਗਜ਼ਾਇਟੀ)
    .summary = ਅਜਿਹੀਆਂ ਚਿੰਤਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਰੋਕਣਾ ਔਖਾ ਹੈ ਅਤੇ ਜੋ ਤੁਹਾਡੇ ਦਿਨ ਦਾ ਬਹੁਤ ਸਾਰਾ ਸਮਾਂ ਲੈ ਲੈਂਦੀਆਂ ਹਨ।
panic = ਪੈਨਿਕ ਅਟੈਕ (ਘਬਰਾਹਟ ਦੇ ਦੌਰੇ)
    .summary = ਤੇਜ਼ ਧੜਕਦੇ ਦਿਲ ਨਾਲ ਅਚਾਨਕ ਆਉਣ ਵਾਲਾ ਤੇਜ਼ ਡਰ, ਅਤੇ ਇਸ ਨੂੰ ਲੰਘਣ ਦੇਣ ਦੇ ਤਰੀਕੇ।
sleep = ਨੀਂਦ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ
    .summary = ਨੀਂਦ ਆਉਣ ਜਾਂ ਸੁੱਤੇ ਰਹਿਣ ਵਿੱਚ ਮੁਸ਼ਕਲ, ਅਤੇ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
stress = ਤਣਾਅ (ਸਟ੍ਰੈੱਸ)
    .summary = ਬਹੁਤ ਜ਼ਿਆਦਾ ਦਬਾਅ ਹੇਠ ਮਹਿਸੂਸ ਕਰਨਾ, ਅਤੇ ਬੋਝ ਹਲਕਾ ਕਰਨ ਦੇ ਤਰੀਕੇ।

## Audiences

south-asian = ਦੱਖਣੀ ਏਸ਼ੀਆਈ ਭਾਈਚਾਰੇ
    .summary = ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜਿਨ੍ਹਾਂ ਦੇ ਪਰਿਵਾਰਾਂ ਦੀਆਂ ਜੜ੍ਹਾਂ ਭਾਰਤ, ਪਾਕਿਸਤਾਨ, ਬੰਗਲਾਦੇਸ਼, ਸ੍ਰੀਲੰਕਾ, ਨੇਪਾਲ ਅਤੇ ਨੇੜਲੇ ਦੇਸ਼ਾਂ ਵਿੱਚ ਹਨ।
