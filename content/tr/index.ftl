# Titles and one-line summaries of the content pack, Turkish (tr), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the five core topics are translated so far; the others are offered in English.

## Topics

low-mood = Moral bozukluğu ve depresyon
    .summary = Haftalarca süren keyifsizlik, içi boşalmış gibi hissetme ya da hiçbir şeyden zevk alamama.
worry = Endişe ve kaygı
    .summary = Durdurması zor olan ve gününüzün büyük bölümünü kaplayan endişeler.
panic = Panik ataklar
    .summary = Hızlı kalp atışıyla gelen ani korku dalgaları ve bunları nasıl atlatabileceğiniz.
sleep = Uyku sorunları
    .summary = Uykuya dalmakta ya da uykuyu sürdürmekte zorlanma ve neyin yardımcı olabileceği.
stress = Stres
    .summary = Çok fazla baskı altında hissetme ve yükü hafifletmenin yolları.
