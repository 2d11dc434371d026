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

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = Küçük adımlarla moralinizi yükseltmek
    .summary = Davranışsal aktivasyona dayanır: canınız istemeden önce bile, sizin için önemli olan ya da keyif aldığınız küçük şeyleri planlamak.
plan-low-mood-understand = Moral bozukluğunun ne olduğunu ve kendi kendini nasıl sürdürebildiğini okuyun
plan-low-mood-one-small-thing = Bu haftanın her günü için küçük bir şey planlayın ve onu yapın
plan-low-mood-activity-diary = Bir hafta boyunca etkinlik günlüğü tutun ve moralinizi neyin yükselttiğine dikkat edin
plan-low-mood-sleep-routine = Gece nasıl geçmiş olursa olsun, her gün aynı saatte kalkın
plan-low-mood-build-up = İşe yarayanlardan yola çıkarak, her gün sizin için önemli olan bir etkinlik daha ekleyin
plan-worry = Endişeyle baş etmek
    .summary = Endişe zamanına dayanır: endişeleri her gün belirli bir saate ertelemek ve bir şey yapabileceğiniz endişeleri yapamayacaklarınızdan ayırmak.
plan-worry-understand = Endişenin ne olduğunu ve durdurmanın neden zor olabileceğini okuyun
plan-worry-worry-time = Her gün 15 ile 20 dakikalık bir endişe zamanı belirleyin ve o zamana kadar endişelerinizi yazın
plan-worry-worry-tree = Endişe ağacını kullanın: Bu konuda şimdi bir şey yapabilir miyim?
plan-worry-problem-solving = Pratik bir sorun seçin ve sorun çözme adımlarını uygulayın
plan-worry-keep-going = Endişe zamanınızı sürdürün ve o saat geldiğinde hangi endişelerin hâlâ önemli olduğuna dikkat edin
plan-panic = Paniği atlatmak
    .summary = Panik sırasında bedeninizde neler olduğunu anlamak ve bu hislerin, durdurmak için hiçbir şey yapmadan geçtiğini öğrenmek.
plan-panic-understand = Panik atak sırasında bedeninizde neler olduğunu okuyun
plan-panic-paced-breathing = Sakinken her gün 5 dakika yavaş ve düzenli nefes alıştırması yapın
plan-panic-stay-with-it = Panik geldiğinde olduğunuz yerde kalın ve hissin yükselip alçalmasına izin verin
plan-panic-stress-bucket = Stres kovanızı çizin: Onu ne dolduruyor, ne biraz boşaltıyor?
plan-panic-keep-going = Alıştırmaya devam edin: Panik her geldiğinde hisle birlikte kalın ve geçip gittiğine dikkat edin
