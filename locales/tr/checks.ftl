# Translated for Waymark; not the official translation and not yet reviewed by a clinician.

### Self-check questionnaires, Turkish (tr): names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is translated from the published English wording
### (PHQ-9 and GAD-7 follow the usual Turkish wording of these questionnaires).
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Terms: "signs" = belirtiler; "diagnosis" = tanı; "refer yourself" = kendiniz başvurun;
### "GP" = aile hekimi (GP); "impaired" (WSAS) = kısıtlanıyor.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = PHQ-9 depresyon anketi
phq9-stem = Son 2 hafta içinde, aşağıdaki sorunlardan herhangi biri sizi ne sıklıkla rahatsız etti?
phq9-recall-period = Son 2 hafta içinde

phq9-item-1 = Bir şeyler yapmaya karşı az ilgi ya da zevk duyma
phq9-item-2 = Kendini çökkün, depresif ya da umutsuz hissetme
phq9-item-3 = Uykuya dalmada ya da uykuyu sürdürmede güçlük, ya da çok fazla uyuma
phq9-item-4 = Yorgun hissetme ya da enerjinin az olması
phq9-item-5 = İştahsızlık ya da aşırı yeme
phq9-item-6 = Kendiniz hakkında kötü hissetme — ya da başarısız biri olduğunuzu veya kendinizi ya da ailenizi hayal kırıklığına uğrattığınızı düşünme
phq9-item-7 = Gazete okumak ya da televizyon izlemek gibi şeylere odaklanmada güçlük
phq9-item-8 = Başkalarının fark edebileceği kadar yavaş hareket etme ya da konuşma? Ya da tam tersi — her zamankinden çok daha fazla hareket edecek kadar kıpır kıpır ya da huzursuz olma
phq9-item-9 = Ölmüş olmanın daha iyi olacağı ya da kendinize bir şekilde zarar verme düşünceleri
phq9-item-difficulty = Herhangi bir sorunu işaretlediyseniz, bu sorunlar işinizi yapmayı, evdeki işlerle ilgilenmeyi ya da başkalarıyla iyi geçinmeyi sizin için ne kadar zorlaştırdı?

phq9-option-0 = Hiç
phq9-option-1 = Birkaç gün
phq9-option-2 = Günlerin yarısından fazlası
phq9-option-3 = Hemen hemen her gün

phq9-difficulty-option-0 = Hiç zor değil
phq9-difficulty-option-1 = Biraz zor
phq9-difficulty-option-2 = Çok zor
phq9-difficulty-option-3 = Son derece zor

phq9-band-minimal = En az düzeyde
phq9-band-minimal-explanation = Yanıtlarınız, son 2 haftada depresyon belirtilerinin az olduğunu ya da hiç olmadığını gösteriyor. Bu, size yardımcı olmak için verilen bir bilgidir, bir tanı değildir. Zorlanıyorsanız yine de desteği hak ediyorsunuz ve yine de yardım isteyebilirsiniz.
phq9-band-mild = Hafif
phq9-band-mild-explanation = Yanıtlarınız, son 2 haftada genellikle hafif olarak adlandırılan düzeyde bazı depresyon belirtileri olduğunu gösteriyor. Bu bir tanı değildir. Destek her düzeyde yardımcı olabilir. İşler zor geliyorsa destek isteyebilirsiniz.
phq9-band-moderate = Orta
phq9-band-moderate-explanation = Yanıtlarınız, son 2 haftada genellikle orta olarak adlandırılan düzeyde depresyon belirtileri olduğunu gösteriyor. Bu bir tanı değildir. Sizinkine benzer yanıtlar veren birçok kişi konuşma terapilerini yararlı buluyor. Kendiniz başvurabilirsiniz.
phq9-band-moderately-severe = Orta-ağır
phq9-band-moderately-severe-explanation = Yanıtlarınız, son 2 haftada genellikle orta-ağır olarak adlandırılan düzeyde depresyon belirtileri olduğunu gösteriyor. Bu bir tanı değildir ve bir insan olarak sizin hakkınızda hiçbir şey söylemez. Tedavi birçok kişinin daha iyi hissetmesine yardımcı olur: kendiniz başvurabilir ya da aile hekiminizle (GP) konuşabilirsiniz.
phq9-band-severe = Ağır
phq9-band-severe-explanation = Yanıtlarınız, son 2 haftada genellikle ağır olarak adlandırılan düzeyde depresyon belirtileri olduğunu gösteriyor. Bu bir tanı değildir ve bununla tek başınıza başa çıkmak zorunda değilsiniz. Tedavi birçok kişinin daha iyi hissetmesine yardımcı olur: kendiniz başvurabilir ya da seçenekler hakkında aile hekiminizle (GP) konuşabilirsiniz.

phq9-caseness-explanation = NHS Talking Therapies hizmetleri, bu ankette 10 ya da daha yüksek bir puanı, depresyonun sizi tedavinin yardımcı olabileceği kadar etkiliyor olabileceğinin bir işareti olarak kabul eder. Puanınız ne olursa olsun yardım isteyebilirsiniz.

phq9-citation = Kaynak: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Dr. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke ve meslektaşları tarafından, Pfizer Inc.'in bir eğitim bağışıyla geliştirilmiştir. Çoğaltmak, çevirmek, göstermek ya da dağıtmak için izin gerekmez.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = GAD-7 kaygı anketi
gad7-stem = Son 2 hafta içinde, aşağıdaki sorunlardan herhangi biri sizi ne sıklıkla rahatsız etti?
gad7-recall-period = Son 2 hafta içinde

gad7-item-1 = Sinirli, kaygılı ya da gergin hissetme
gad7-item-2 = Endişelenmeyi durduramama ya da kontrol edememe
gad7-item-3 = Farklı şeyler hakkında çok fazla endişelenme
gad7-item-4 = Gevşemekte güçlük çekme
gad7-item-5 = Yerinde duramayacak kadar huzursuz olma
gad7-item-6 = Kolayca canı sıkılma ya da sinirlenme
gad7-item-7 = Sanki korkunç bir şey olacakmış gibi korku duyma
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = Herhangi bir sorunu işaretlediyseniz, bu sorunlar işinizi yapmayı, evdeki işlerle ilgilenmeyi ya da başkalarıyla iyi geçinmeyi sizin için ne kadar zorlaştırdı?
gad7-difficulty-option-0 = Hiç zor değil
gad7-difficulty-option-1 = Biraz zor
gad7-difficulty-option-2 = Çok zor
gad7-difficulty-option-3 = Son derece zor

gad7-option-0 = Hiç
gad7-option-1 = Birkaç gün
gad7-option-2 = Günlerin yarısından fazlası
gad7-option-3 = Hemen hemen her gün

gad7-band-minimal = En az düzeyde
gad7-band-minimal-explanation = Yanıtlarınız, son 2 haftada kaygı belirtilerinin az olduğunu ya da hiç olmadığını gösteriyor. Bu, size yardımcı olmak için verilen bir bilgidir, bir tanı değildir. Zorlanıyorsanız yine de desteği hak ediyorsunuz ve yine de yardım isteyebilirsiniz.
gad7-band-mild = Hafif
gad7-band-mild-explanation = Yanıtlarınız, son 2 haftada genellikle hafif olarak adlandırılan düzeyde bazı kaygı belirtileri olduğunu gösteriyor. Bu bir tanı değildir. Destek her düzeyde yardımcı olabilir. İşler zor geliyorsa destek isteyebilirsiniz.
gad7-band-moderate = Orta
gad7-band-moderate-explanation = Yanıtlarınız, son 2 haftada genellikle orta olarak adlandırılan düzeyde kaygı belirtileri olduğunu gösteriyor. Bu bir tanı değildir. Sizinkine benzer yanıtlar veren birçok kişi konuşma terapilerini yararlı buluyor. Kendiniz başvurabilirsiniz.
gad7-band-severe = Ağır
gad7-band-severe-explanation = Yanıtlarınız, son 2 haftada genellikle ağır olarak adlandırılan düzeyde kaygı belirtileri olduğunu gösteriyor. Bu bir tanı değildir ve bununla tek başınıza başa çıkmak zorunda değilsiniz. Tedavi birçok kişinin daha iyi hissetmesine yardımcı olur: kendiniz başvurabilir ya da seçenekler hakkında aile hekiminizle (GP) konuşabilirsiniz.

gad7-caseness-explanation = NHS Talking Therapies hizmetleri, bu ankette 8 ya da daha yüksek bir puanı, kaygının sizi tedavinin yardımcı olabileceği kadar etkiliyor olabileceğinin bir işareti olarak kabul eder. Puanınız ne olursa olsun yardım isteyebilirsiniz.

gad7-citation = Kaynak: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Dr. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke ve meslektaşları tarafından, Pfizer Inc.'in bir eğitim bağışıyla geliştirilmiştir. Çoğaltmak, çevirmek, göstermek ya da dağıtmak için izin gerekmez.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem".

wsas-name = Çalışma ve Sosyal Uyum Ölçeği (WSAS)
wsas-stem = İnsanların sorunları bazen günlük hayattaki bazı işleri yapabilmelerini etkiler. Sorunlarınızı değerlendirmek için her bölüme bakın ve sorununuzun o etkinliği yapabilmenizi ne kadar kısıtladığını verilen ölçek üzerinde belirleyin.

wsas-item-work = Sorunum nedeniyle çalışma becerim kısıtlanıyor. '0' 'hiç kısıtlanmıyor' demektir, '8' ise çalışamayacak kadar çok ağır kısıtlanıyor demektir.
wsas-item-work-not-applicable = Emekliyim ya da sorunumla ilgisi olmayan nedenlerle çalışmamayı seçiyorum
wsas-item-home-management = Sorunum nedeniyle ev işlerini yürütmem (temizlik, toparlama, alışveriş, yemek yapma, eve ya da çocuklara bakma, faturaları ödeme) kısıtlanıyor.
wsas-item-social-leisure = Sorunum nedeniyle sosyal boş zaman etkinliklerim (başkalarıyla birlikte yapılan; örneğin partiler, bar ve kulüpler, geziler, ziyaretler, flört, evde misafir ağırlama) kısıtlanıyor.
wsas-item-private-leisure = Sorunum nedeniyle kişisel boş zaman etkinliklerim (tek başına yapılan; örneğin okuma, bahçe işleri, koleksiyon yapma, dikiş dikme, tek başına yürüyüş) kısıtlanıyor.
wsas-item-relationships = Sorunum nedeniyle, birlikte yaşadığım kişiler de dahil olmak üzere, başkalarıyla yakın ilişkiler kurma ve sürdürme becerim kısıtlanıyor.

wsas-option-0 = 0 – Hiç
wsas-option-1 = 1
wsas-option-2 = 2 – Biraz
wsas-option-3 = 3
wsas-option-4 = 4 – Kesinlikle
wsas-option-5 = 5
wsas-option-6 = 6 – Belirgin şekilde
wsas-option-7 = 7
wsas-option-8 = 8 – Çok ağır şekilde

wsas-band-subclinical = Klinik düzeyin altında
wsas-band-subclinical-explanation = Yanıtlarınız, sorunlarınızın işinizi, ev hayatınızı, boş zamanınızı ya da ilişkilerinizi daha az etkilediğini gösteriyor. Bu, işlerin size ne kadar zor geldiği hakkında bir yargı değildir. Zorlanıyorsanız yine de desteği hak ediyorsunuz ve yine de yardım isteyebilirsiniz.
wsas-band-significant = Günlük yaşamda belirgin kısıtlanma
wsas-band-significant-explanation = Yanıtlarınız, sorunlarınızın işinizi, ev hayatınızı, boş zamanınızı ya da ilişkilerinizi belirgin şekilde etkilediğini gösteriyor. Bu bir tanı değildir. Destek, sizin için önemli olan şeylere geri dönmenize yardımcı olabilir.
wsas-band-moderately-severe = Orta-ağır ya da daha ağır kısıtlanma
wsas-band-moderately-severe-explanation = Yanıtlarınız, sorunlarınızın işinizi, ev hayatınızı, boş zamanınızı ya da ilişkilerinizi çok etkilediğini gösteriyor. Bu bir tanı değildir ve bununla tek başınıza başa çıkmak zorunda değilsiniz: kendiniz başvurabilir ya da aile hekiminizle (GP) konuşabilirsiniz.

wsas-citation = Kaynak: Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = Çalışma ve Sosyal Uyum Ölçeği'nin telif hakkı yazarlarına (Mundt, Marks, Shear ve Greist) aittir ve NHS hizmetlerinde yaygın olarak kullanılmaktadır.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Fobi ölçekleri
phobia-stem = Aşağıda sıralanan durumların ya da nesnelerin her birinden ne kadar kaçınacağınızı göstermek için aşağıdaki ölçekten bir sayı seçin.

phobia-item-social = Utanma ya da kendimi gülünç duruma düşürme korkusu nedeniyle sosyal durumlar
phobia-item-panic = Panik atak ya da başka rahatsız edici belirtiler (idrarını tutamama, kusma ya da baş dönmesi gibi) yaşama korkusu nedeniyle bazı durumlar
phobia-item-specific = Belirli nesnelerden ya da etkinliklerden (hayvanlar, yükseklik, kan görmek, kapalı yerlerde bulunmak, araba kullanmak ya da uçağa binmek gibi) korkma nedeniyle bazı durumlar

phobia-option-0 = 0 – Kaçınmam
phobia-option-1 = 1
phobia-option-2 = 2 – Biraz kaçınırım
phobia-option-3 = 3
phobia-option-4 = 4 – Kesinlikle kaçınırım
phobia-option-5 = 5
phobia-option-6 = 6 – Belirgin şekilde kaçınırım
phobia-option-7 = 7
phobia-option-8 = 8 – Her zaman kaçınırım

phobia-explore-further = Yanıtınız, bu tür bir korkunun hayatınızı etkiliyor olabileceğini gösteriyor. Bunu, korkunun size ne kadar engel olduğuna birlikte bakabilecek bir terapistle konuşmak yardımcı olabilir. Bu bir tanı değildir.

phobia-citation = IAPT Phobia Scales (IAPT Fobi Ölçekleri): Improving Access to Psychological Therapies (bugünkü adıyla NHS Talking Therapies) programından.
phobia-licence = IAPT Fobi Ölçekleri'nin telif hakkı İngiliz Kraliyeti'ne (Crown copyright) aittir ve Open Government Licence kapsamında yayımlanmaktadır.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.

pcl5-name = PCL-5 travma sonrası stres kontrol listesi
pcl5-stem = Aşağıda, insanların çok stresli bir yaşantıdan sonra bazen yaşadığı sorunların bir listesi var. Lütfen her sorunu dikkatle okuyun. Sonra, son bir ay içinde o sorunun sizi ne kadar rahatsız ettiğini göstermek için yanıtlardan birini seçin.
pcl5-recall-period = Son bir ay içinde

pcl5-item-1 = Stresli yaşantıyla ilgili tekrarlayan, rahatsız edici ve istenmeyen anılar?
pcl5-item-2 = Stresli yaşantıyla ilgili tekrarlayan, rahatsız edici rüyalar?
pcl5-item-3 = Birden, stresli yaşantı gerçekten yeniden oluyormuş gibi hissetme ya da davranma (sanki gerçekten oraya geri dönmüş ve onu yeniden yaşıyormuşsunuz gibi)?
pcl5-item-4 = Bir şey size stresli yaşantıyı hatırlattığında çok üzülme?
pcl5-item-5 = Bir şey size stresli yaşantıyı hatırlattığında güçlü bedensel tepkiler gösterme (örneğin kalbin hızlı çarpması, nefes almada güçlük, terleme)?
pcl5-item-6 = Stresli yaşantıyla ilgili anılardan, düşüncelerden ya da duygulardan kaçınma?
pcl5-item-7 = Stresli yaşantıyı hatırlatan dış şeylerden (örneğin insanlardan, yerlerden, konuşmalardan, etkinliklerden, nesnelerden ya da durumlardan) kaçınma?
pcl5-item-8 = Stresli yaşantının önemli bölümlerini hatırlamada güçlük?
pcl5-item-9 = Kendiniz, başka insanlar ya da dünya hakkında güçlü olumsuz inançlara sahip olma (örneğin şu tür düşünceler: Ben kötüyüm, bende ciddi bir sorun var, kimseye güvenilmez, dünya tamamen tehlikeli)?
pcl5-item-10 = Stresli yaşantı ya da sonrasında olanlar için kendinizi ya da bir başkasını suçlama?
pcl5-item-11 = Korku, dehşet, öfke, suçluluk ya da utanç gibi güçlü olumsuz duygular yaşama?
pcl5-item-12 = Eskiden zevk aldığınız etkinliklere ilginin kaybolması?
pcl5-item-13 = Başka insanlardan uzak ya da kopuk hissetme?
pcl5-item-14 = Olumlu duyguları yaşamada güçlük (örneğin mutluluk hissedememe ya da yakınlarınıza sevgi duyamama)?
pcl5-item-15 = Huysuz davranışlar, öfke patlamaları ya da saldırgan davranma?
pcl5-item-16 = Çok fazla risk alma ya da size zarar verebilecek şeyler yapma?
pcl5-item-17 = "Aşırı tetikte" olma, her şeyi gözetleme ya da diken üstünde olma?
pcl5-item-18 = Ürkek olma ya da kolayca irkilme?
pcl5-item-19 = Dikkatinizi toplamada güçlük?
pcl5-item-20 = Uykuya dalmada ya da uykuyu sürdürmede güçlük?

pcl5-option-0 = Hiç
pcl5-option-1 = Biraz
pcl5-option-2 = Orta derecede
pcl5-option-3 = Oldukça
pcl5-option-4 = Aşırı derecede

pcl5-caseness-explanation = 32 ya da daha yüksek bir puan, travma sonrası stres yaşıyor olabileceğinizi ve bu konuda bir uzmanla konuşmanın yardımcı olabileceğini gösterir. Bu bir tarama sonucudur, tanı değildir. Puanınız ne olursa olsun yardım isteyebilirsiniz.

pcl5-citation = Kaynak: Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. 32 eşiği, olası travma sonrası stres bozukluğu (TSSB, İngilizcede PTSD) için bildirilen 31 ile 33 aralığının içindedir (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = PCL-5, Amerika Birleşik Devletleri Hükümeti'nin (National Center for PTSD) bir çalışmasıdır ve kamu malıdır.
