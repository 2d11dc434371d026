# Waymark interface strings for the self-check pages, Turkish (tr), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = anket; "score" = puan;
# "diagnosis" = tanı; "device" = cihaz; "referral" = başvuru; "keep" (a result) = sakla;
# "treatment threshold" = tedavi eşiği; "range" (band column) = düzey;
# "reliable improvement" = güvenilir düzelme; "recovery" = iyileşme.
# Turkish plural categories: one, other (nouns after numbers stay singular).

## Self-check list and questions

check-private = Yanıtlarınız bu cihazda kalır. Sonuçlarınızı bir başvuruya eklemeyi siz seçmedikçe hiçbir şey gönderilmez.
check-help-intro = Güvenliğiniz konusunda endişeleniyorsanız bir anketi beklemeyin.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] 1 soru
   *[other] { $count } soru
}
check-about-phq9 = Moral bozukluğu ve depresyonla ilgili sorular; örneğin şeylere ilgiyi kaybetme, uyku, enerji ve kendiniz hakkında ne hissettiğiniz.
check-about-gad7 = Endişe ve kaygıyla ilgili sorular; örneğin gergin hissetme, endişelenmeyi durduramama ve gevşemekte zorlanma.
check-about-wsas = Sorunlarınızın işinizi, ev hayatınızı, sosyal hayatınızı ve ilişkilerinizi nasıl etkilediğiyle ilgili sorular.
check-about-phobia = Korku nedeniyle bazı durumlardan kaçınmayla ilgili sorular; örneğin sosyal ortamlar, panik yaşanabilecek yerler ya da belirli şeyler.
check-about-pcl5 = Çok stresli bir yaşantıya verilen tepkilerle ilgili sorular; örneğin istenmeyen anılar, sürekli tetikte olma ve hatırlatan şeylerden kaçınma.
check-about-other = Hizmetinizin kullandığı bir anket.
check-back-to-list = Tüm anketler
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = Bu ankette { $count ->
    [one] 1 soru
   *[other] { $count } soru
} var. Size en uygun yanıtı seçin. Birkaç dakika sürer.
check-continue = Kaldığınız yerden devam edin
check-start-again = Baştan başlayın
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Soru { $number } / { $total }
check-error-choose = Size en uygun yanıtı seçin
check-translation-official = Bu anket, bu dildeki resmî çevirisiyle gösteriliyor.
check-translation-none = Bu anket henüz bu dile çevrilmedi, bu yüzden İngilizce gösteriliyor.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = Sorular, test edildikleri ifadelerle İngilizce olarak gösteriliyor. Dilinizde, puanlama için kontrol edilmiş bir çeviri henüz yok. Sayfanın geri kalanı sizin dilinizde kalır.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = Bu anket bu hizmet için çevrildi ve bir gözden geçiren kişi tarafından kontrol edildi, ancak resmî bir çeviri değildir. Puanlar yalnızca resmî ifadelerle test edildi, bu yüzden sonucunuz her zamankinden daha az doğru olabilir.
check-wording-unreviewed-unvalidated = Bu anket bu hizmet için çevrildi, ama çeviriyi henüz kimse kontrol etmedi. Puanlar yalnızca resmî ifadelerle test edildi, bu yüzden sonucunuz her zamankinden daha az doğru olabilir.
check-wording-machine-unvalidated = Bu anket bilgisayarla çevrildi ve çeviriyi henüz kimse kontrol etmedi. Puanlar yalnızca resmî ifadelerle test edildi, bu yüzden sonucunuz her zamankinden daha az doğru olabilir.

## Self-check safety page

check-safety-title = Bize söylediğiniz için teşekkür ederiz
check-safety-lead = Ölmüş olmanın daha iyi olacağı ya da kendinize zarar verme düşünceleriniz olduğunu söylediniz. Bununla tek başınıza başa çıkmak zorunda değilsiniz.
check-safety-body = Bu düşüncelere göre davranabileceğinizi hissediyorsanız ya da kendinizi güvende tutamıyorsanız, hemen yardım alın. Bu hizmetler ücretsizdir ve sizi dinler.
check-safety-continue-hint = Kendinizi hazır hissettiğinizde sorulara devam edip sonuçlarınızı görebilirsiniz.
check-safety-continue = Devam edin

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Sonuçlarınız: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = Puanınız { $max } üzerinden { $score }.
check-result-risk = Ölmüş olmanın daha iyi olacağı ya da kendinize zarar verme düşünceleriniz olduğunu söylediniz. Lütfen beklemeyin: şu anda yardım alabilirsiniz.
check-result-prorated = Bir soru yanıtlanmadı ya da sizin için geçerli değildi. Bu yüzden bu toplam, diğer yanıtlarınızdan hesaplandı.
check-result-items-caption = Soru soru yanıtlarınız
check-result-item = Soru
check-result-item-score = Yanıtınız (0 ile 8 arası)
check-result-item-note = Not
check-result-not-title = Bu ne anlama gelmez
check-result-not-diagnosis = Bu bir tanı değildir. Puan, son zamanlarda nasıl hissettiğinize dair kabaca bir göstergedir. Neyin yanlış olduğunu söyleyemez, yardımı hak edip etmediğinize de karar veremez.
check-result-any-score = Puanınız ne olursa olsun, zorlanıyorsanız yardım isteyebilirsiniz. Ciddiye alınmak için yüksek puan almanız gerekmez.
check-result-next-title = Bundan sonra neler yapabilirsiniz
check-result-next-learn = Neyin yardımcı olabileceğini okuyun ve kendi kendinize yardım yöntemlerini deneyin
check-result-next-refer = Konuşma terapisi için kendiniz başvurun
check-result-next-help = İhtiyacınız varsa hemen yardım alın
check-result-print = Bu sonuçları yazdırın ya da kaydedin
check-result-keep = Bu sonucu bu cihazda sakla
check-result-kept = Bu cihazda saklandı.
check-result-cannot-keep = Bu tarayıcı Waymark'ın hiçbir şey kaydetmesine izin vermiyor, bu yüzden bu sonuç saklanamıyor. Sonucu yazdırabilir ya da PDF olarak kaydedebilirsiniz.
check-result-unavailable = Bu yanıtlar puanlanamıyor

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Sakladığınız sonuçlar: { $name }
check-history-link = Bu cihazda sakladığınız sonuçları görün
check-history-empty = Bu cihazda bu anket için hiç sonuç saklamadınız.
check-history-unavailable = Bu tarayıcı Waymark'ın hiçbir şey kaydetmesine izin vermiyor, bu yüzden sonuçlar burada saklanamıyor.
check-history-unreadable = Saklanan bazı sonuçlar okunamadı. Belki Waymark'ın daha eski bir sürümüyle kaydedilmişlerdir. Bu sonuçlar gösterilmiyor.
check-history-chart-title = Zaman içindeki puanlarınız. Aynı puanlar aşağıdaki tabloda da var.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Tedavi eşiği: { $score }
check-history-table-caption = Saklanan sonuçlar
check-history-date = Tarih
check-history-score = Puan
check-history-band = Düzey
check-history-actions = İşlemler
check-history-delete = Sil
check-history-delete-all = Saklanan tüm sonuçları sil
check-history-compare-title = İki sonucu karşılaştırın
check-history-compare-from = Önceki sonuç
check-history-compare-to = Sonraki sonuç
check-history-improved = Bu iki sonuç arasında puanınız, güvenilir bir düzelme sayılacak kadar düştü.
check-history-deteriorated = Bu iki sonuç arasında puanınız, güvenilir bir kötüleşme sayılacak kadar yükseldi. Biriyle konuşmak iyi gelebilir.
check-history-no-change = Bu iki sonuç arasında puanınız, günden güne olan iniş çıkışlardan fazlası olduğundan emin olacak kadar değişmedi.
check-history-change-unknown = Bu anket için üzerinde uzlaşılmış bir güvenilir değişim ölçüsü yok, bu yüzden iki puanı karşılaştırmıyoruz.
check-history-recovered = Depresyon ve kaygı anketlerinize birlikte bakıldığında, ikisinde de tedavi eşiğinin üstünden altına indiniz. NHS Talking Therapies buna iyileşme der.
check-history-reliably-recovered = Depresyon ve kaygı anketlerinize birlikte bakıldığında, ikisinde de tedavi eşiğinin altına indiniz ve güvenilir bir düzelme gösterdiniz. NHS Talking Therapies buna güvenilir iyileşme der.
check-history-not-recovered = Depresyon ve kaygı anketlerinize birlikte bakıldığında, henüz ikisinde de tedavi eşiğinin altında değilsiniz.
check-history-not-case = Depresyon ve kaygı anketlerinize birlikte bakıldığında, önceki yanıtlarınız tedavi eşiğinin altındaydı. Bu yüzden iyileşme ölçüsü burada geçerli değil.
check-history-reliable-change-explained = NHS Talking Therapies bir değişimi, PHQ-9'da 6 puan veya daha fazla, GAD-7'de 4 puan veya daha fazla olduğunda olağan iniş çıkışlar olarak değil, güvenilir bir değişim olarak sayar.

## Carrying results into a referral

check-result-referral-title = Bu yanıtları başvuruyla birlikte gönderme
check-result-referral-body = Kendiniz başvurursanız, hizmetin son zamanlarda nasıl hissettiğinizi bilmesi için bu yanıtları başvurunuzla birlikte gönderebilirsiniz. Yanıtlar yalnızca başvurunuzu göndermeyi seçerseniz gönderilir. Göndermeden önce onları çıkarabilirsiniz.
check-result-referral-add = Bu yanıtları başvuruma ekle

## Result compared with the person's last kept result

check-result-harder-title = İşler zorlaşmış olabilir
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = Puanınız { $after }; geçen sefer { $before } idi. Bu kadar büyük bir artış, olağan iniş çıkışlardan fazlasıdır.
check-result-harder-highest = Puanınız bu anketin en yüksek düzeyinde.
check-result-harder-tell = Hizmetten haber bekliyorsanız, onlara bir şeylerin değiştiğini söyleyin. Arayın:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Başvurunuzun referans numarasını söyleyin: { $reference }.
check-result-harder-waiting = Beklerken neler yardımcı olabilir

## Telling the service online that things have changed

check-result-update-title = Ya da hizmete çevrimiçi bildirin
check-result-update-words = Neler değişti?
check-result-update-words-hint = Örneğin, kendinizi nasıl hissettiğiniz ya da beklemeyi zorlaştıran herhangi bir şey. Hizmet bunu başvurunuzla birlikte okur.
check-result-update-error-empty = Neyin değiştiğini birkaç kelimeyle yazın
check-result-update-error-long = Neyin değiştiğini anlatan metin en fazla 1000 karakter olmalıdır
check-result-update-error-result = Bu sonuç tamamlanmamış, bu yüzden gönderilemez. Yazdıklarınızı sonuç olmadan gönderin ya da hizmeti arayın.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Bu sonucu ({ $name }) ve yanıtlarınızı ekle
check-result-update-what-goes = Hizmete yazdıklarınız ve başvurunuzun referans numarası gider; kutuyu işaretlerseniz bu sonuç ve aynı anket için sakladığınız son sonuç da gider. Başka hiçbir şey gönderilmez.
check-result-update-send = Hizmete gönder
check-result-update-waiting = Mesajınız bu cihaza kaydedildi ve gönderiliyor. Waymark açık olduğu sürece, hangi sayfada olursa olsun yeniden dener. Hizmet mesajınızı aldığında bu sayfa bunu bildirir.
check-result-update-accepted = Hizmet mesajınızı aldı.
check-result-update-rejected = Hizmet mesajınızı çevrimiçi kabul edemedi. Lütfen arayın:
check-result-update-cannot = Üzgünüz, bu tarayıcı mesajınızı güvenli bir şekilde gönderemiyor. Lütfen bunun yerine hizmeti arayın.
