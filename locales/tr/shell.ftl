# Waymark interface strings for the app shell, Turkish (tr), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Register: polite "siz" form, plain words.
# Term choices: "talking therapies" = konuşma terapileri; "refer yourself" = kendiniz başvurun;
# "referral" = başvuru; "GP" = aile hekimi (GP); "GP practice" = GP muayenehanesi;
# "device" = cihaz; "questionnaire" = anket; "score" = puan; "diagnosis" = tanı;
# "low mood" = moral bozukluğu; "worry" = endişe; "anxiety" = kaygı;
# "clinician" = sağlık uzmanı; "A&E" = A&E (acil servis).

## App shell

app-loading = Yükleniyor…
app-skip-link = Ana içeriğe geç
app-help-now = Hemen yardım alın
app-nav-label = Ana menü
app-nav-home = Ana sayfa
app-nav-learn = Bilgi edinin
app-nav-check = Nasıl hissettiğinizi kontrol edin
app-nav-refer = Kendiniz başvurun
app-nav-privacy = Gizlilik ve ayarlar
app-storage-unavailable = Bu tarayıcı Waymark'ın hiçbir şey kaydetmesine izin vermiyor. Bu yüzden bu sayfayı kapattıktan sonra hiçbir şey hatırlanmayacak. Diğer her şey çalışıyor.
app-footer-not-crisis = Konuşma terapileri bir acil durum hizmeti değildir.
app-referral-waiting = Bu cihazda kayıtlı, henüz hizmete ulaşmamış bir başvurunuz var.
app-referral-waiting-link = Başvuruyu görün ve gönderin
needs-app-body = Sitenin bu bölümü için daha yeni bir web tarayıcısı ya da JavaScript'in açık olması gerekiyor. Yine de kendiniz başvurabilir ya da hizmete istediğiniz her şeyi sorabilirsiniz:
needs-app-phone = Arayın:
needs-app-email = E-posta gönderin:
needs-app-help = Hemen yardıma ihtiyacınız varsa:
app-saved-unreadable = Bu cihazda kayıtlı bazı yanıtlar yeniden okunamadı. Bunlar silinmedi, bir kenara ayrıldı. Neyin saklandığını gizlilik sayfasında görebilir ve silebilirsiniz.
feature-failed-title = Hizmetin bu bölümü yüklenemedi
feature-failed-body = İnternet bağlantınızı kontrol edin ve sayfayı yeniden yükleyin. Hemen yardıma ihtiyacınız varsa, sayfanın en üstündeki "Hemen yardım alın" bağlantısını kullanın.

## Shared-device mode (outreach tablets)

shared-notice = Ortak cihaz: işiniz bittiğinde kişisel hiçbir şey saklanmaz.
shared-finish = Bitir ve temizle
shared-unsent-warning = Bir başvuru henüz gönderilmedi. Yalnızca bu sayfada tutuluyor, bu yüzden şimdi bitirirseniz kaybolacak. Gönderilene kadar bekleyin ya da kişinin bilgilerini başka bir yolla alın.
shared-finish-anyway = Yine de bitir
shared-finish-when-sent = Bekle ve gönderilince bitir
shared-waiting-to-send = Hizmetin başvuruyu alması bekleniyor. Başvuru alındığında bu sayfa kendiliğinden temizlenecek.
shared-unsent-call = Ya da telefonla başvurmak için hizmeti arayın:
shared-timeout-title = Hâlâ orada mısınız?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: Turkish nouns stay singular after a number (1 saniye, 30 saniye).
shared-timeout-body = Gizliliği korumak için bu sayfadaki her şey { $seconds } saniye içinde temizlenecek.
shared-timeout-continue = Hâlâ buradayım

## Quick exit

quick-exit-label = Hızlı çıkış
quick-exit-button = Bu sayfadan çıkın
quick-exit-hint = Ya da Shift tuşuna 3 kez basın.

## Language switcher

language-switcher-label = Dil
language-switcher-failed = Üzgünüz, bu dil yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.

## Home

home-title = Konuşma terapileri: kendinizi nasıl hissettiğiniz için destek
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service }, kendini mutsuz, kaygılı ya da stresli hisseden yetişkinlere ücretsiz NHS konuşma terapileri sunar. Burada sık görülen sorunlar hakkında bilgi edinebilir, son zamanlarda nasıl hissettiğinizi kontrol edebilir ve kendiniz başvurabilirsiniz.
home-learn-title = Bilgi edinin ve kendi kendinize yardımı deneyin
home-learn-body = Moral bozukluğu, endişe, panik, uyku ve daha fazlası hakkında okuyun. Bugün deneyebileceğiniz kısa alıştırmalar da var.
home-check-title = Son zamanlarda nasıl hissettiğinizi kontrol edin
home-check-body = Birkaç kısa soruyu yanıtlayın. Yanıtlarınız bu cihazda kalır.
home-refer-title = Kendiniz başvurun
home-refer-body = Önce aile hekiminize (GP) gitmeniz gerekmez.
home-not-crisis = Hemen yardıma ihtiyacınız varsa beklemeyin.

## Learn

learn-title = Bilgi edinin ve kendi kendinize yardımı deneyin
learn-lead = Sık görülen sorunlar ve daha iyi hissetmek için deneyebileceğiniz şeyler hakkında bilgiler.
learn-refer-link = Konuşma terapisi için kendiniz başvurun
learn-loading = Yükleniyor…
learn-pack-failed = Kendi kendine yardım konuları yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
learn-topics-title = Konular
learn-for-me-title = Bana uygun içerikler
learn-for-me-hint = Sizin gibi insanlar düşünülerek yazılmış içerikleri görmek için bir grup seçin. Waymark seçiminizi hatırlamaz.
learn-for-me-label = Şu grup için içerikleri göster
learn-for-me-everyone = Herkes
learn-for-me-intro = Bu grup için yazıldı:
learn-related-topics = Yardımcı olabilecek konular
learn-all-topics = Tüm konular
learn-not-found = Bu adla bir konu yok. Başka bir yere taşınmış olabilir.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = Bu sayfa henüz şu dilde yok: { $language }.
learn-read-in-english = İngilizce okuyun
learn-in-english-note = Bu sayfa henüz çevrilmediği için İngilizce gösteriliyor.
learn-status-reviewed = Bir sağlık uzmanı tarafından kontrol edildi.
learn-status-draft = Henüz bir sağlık uzmanı tarafından kontrol edilmedi.
learn-status-machine = Bilgisayarla çevrildi ve henüz bir kişi tarafından kontrol edilmedi. Bazı sözcükler yanlış olabilir.
learn-tools-label = Sayfa araçları
learn-read-aloud = Sesli oku
learn-stop-reading = Okumayı durdur
learn-text-size = Yazı boyutu
learn-text-size-standard = Normal
learn-text-size-large = Büyük
learn-text-size-largest = En büyük
learn-print = Bu sayfayı yazdır
learn-next-title = Bundan sonra neler yapabilirsiniz
learn-next-check = Son zamanlarda nasıl hissettiğinizi kontrol edin
learn-next-refer = Konuşma terapisi için kendiniz başvurun
learn-next-help = Kendinizi güvende tutamıyorsanız hemen yardım alın

## Check

check-title = Son zamanlarda nasıl hissettiğinizi kontrol edin
check-lead = Birçok NHS konuşma terapisi hizmetinin kullandığı kısa anketler.
check-not-a-diagnosis = Yanıtlarınız, son zamanlarda nasıl olduğunuzu düşünmenize yardımcı olur. Bunlar bir tanı değildir.
## Refer

refer-title = Kendiniz başvurun
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = { $service } hizmetine kendiniz başvurabilirsiniz. Önce aile hekiminize (GP) gitmeniz gerekmez.
refer-online-coming = Çevrimiçi form, Waymark'ın bu sürümünde henüz yok. Telefonla kendiniz başvurabilirsiniz.
refer-not-online = Bu hizmet çevrimiçi başvuru kabul etmiyor. Telefonla kendiniz başvurabilirsiniz.
refer-by-phone = Telefonla başvurun
refer-by-email = Ya da e-posta gönderin:
refer-what-next = Hizmetten biri sizinle neyin yardımcı olabileceğini ve ne kadar beklemeniz gerekebileceğini konuşacak.

## Get help now

help-title = Hemen yardım alın
help-lead = Kendinizi güvende tutamayacağınızı hissediyorsanız ya da bir kriz yaşıyorsanız, hemen yardım alın.
help-not-crisis-service = Konuşma terapisi hizmetleri kriz hizmeti değildir, ama kendinizi güvende hissettiğinizde size yardımcı olabilirler.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = Hayatınız şu anda tehlikedeyse { $number } numarasını arayın ya da A&E'ye (acil servis) gidin.
crisis-emergency-body = Örneğin, kendinize ciddi şekilde zarar verdiyseniz ya da kendinizi güvende tutamayacağınızı hissediyorsanız.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, seçenek { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } numarasını arayın ve { $option } numaralı seçeneği seçin: bu, her yaştan insan için 24 saat açık NHS ruh sağlığı kriz hattıdır. Tercüman sağlanabilir.
crisis-samaritans-body = Her konuda konuşmak için gece gündüz ücretsiz arayın.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = Konuşmak yerine yazışmayı tercih ederseniz, gece gündüz { $number } numarasına { $keyword } yazıp mesaj gönderin.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = İntihar düşünceleri olan { $age } yaşından küçük kişiler ve onlar için endişelenenler için. Hat gece gündüz açıktır; arayabilir ya da mesaj gönderebilirsiniz.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } yaşından küçük çocuklar ve gençler için.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $number } numarasına { $keyword } yazıp gönderin
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } numarasına mesaj gönderin

## Privacy and settings

privacy-title = Gizlilik ve ayarlar
privacy-lead = Waymark tarayıcınızda çalışır. Çerez, izleme ve reklam yoktur.
privacy-kept-title = Bu cihazda neler saklanıyor
privacy-kept-nothing = Bu cihazda hiçbir şey saklanmıyor.
privacy-stored-language = Seçtiğiniz dil.
privacy-stored-check-progress = Bitirmediğiniz bir anketin yanıtları (yalnızca bu sekmeyi kapatana kadar saklanır).
privacy-stored-history = Saklamayı seçtiğiniz anket sonuçları.
privacy-stored-referral-draft = Henüz göndermediğiniz bir başvurunun yanıtları.
privacy-stored-outbox-undelivered = Henüz hizmete ulaşmamış başvurular.
privacy-stored-receipts = Hizmetin aldığı başvuruların referans numaraları ve tarihleri. Yanıtlarınız bunlara dahil değil.
privacy-stored-unreadable = Bu cihazın yeniden okuyamadığı kayıtlı yanıtlar ya da başvurular; silinmek yerine bir kenara ayrıldılar.
privacy-stored-text-size = Okumak için seçtiğiniz yazı boyutu.
privacy-stored-shared-device = Bu cihazın ortak cihaz modunda olduğu bilgisi (çalışan kodu, okunamayacak bir biçimde).
privacy-delete-all = Bu cihazda saklanan her şeyi sil
privacy-deleted-everything = Waymark'ın bu cihazda sakladığı her şey silindi; çevrimdışı okumak için saklanan sayfalar da dahil.
privacy-delete-unsent-warning = Bir başvuru henüz hizmete ulaşmadı. Şimdi her şeyi silerseniz bu başvuru gönderilmeyecek.
privacy-delete-anyway = Yine de her şeyi sil
privacy-shared-title = Ortak cihaz modu, saha çalışanları için
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Bunu, gün içinde birkaç kişinin kullandığı bir tablette kullanın. Cihazda kişisel hiçbir şey saklanmaz; "Bitir ve temizle" düğmesine bastığınızda ya da cihaz { $minutes ->
    [one] { $minutes } dakika
   *[other] { $minutes } dakika
} boyunca kullanılmadığında her şey temizlenir.
privacy-worker-title = Saha çalışanları için: bu cihazda bekleyen başvurular
privacy-worker-check = Kontrol et
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] Bu cihazda bekleyen başvuru yok.
    [one] Bu cihazda hizmete ulaşmayı bekleyen { $count } başvuru var. Başvuru gönderilene kadar Waymark'ı açık ve internete bağlı tutun.
   *[other] Bu cihazda hizmete ulaşmayı bekleyen { $count } başvuru var. Başvurular gönderilene kadar Waymark'ı açık ve internete bağlı tutun.
}
privacy-shared-sealed-kept = Tek istisna, henüz hizmete ulaşmamış bir başvurudur. Bu başvuru gönderilene kadar cihazda, yalnızca hizmetin açabileceği şekilde kilitli olarak saklanır. Cihazı kullanan hiç kimse başvuruyu ya da kimden geldiğini göremez.
privacy-shared-by-service = Hizmet bu modu tüm cihazlarda açtı.
privacy-shared-is-on = Bu cihazda ortak cihaz modu açık.
privacy-shared-code-label = Çalışan kodu
privacy-shared-code-hint = En az 4 rakam. Modu kapatmak için bu koda ihtiyacınız olacak; böylece yardım ettiğiniz kişi modu kapatamaz.
privacy-shared-turn-on = Bu cihazda aç
privacy-shared-turn-off = Kapat
privacy-shared-code-error = En az 4 rakamdan oluşan bir çalışan kodu girin.
privacy-shared-wrong-code = Bu kod, bu cihazın çalışan kodu değil.
privacy-private-browsing-title = Bu cihazı başkaları da kullanıyorsa
privacy-private-browsing-body = Gizli (özel) bir tarayıcı penceresi kullanın. Böylece pencereyi kapattığınızda bu ziyaretten tarayıcıda hiçbir şey kalmaz.
privacy-history-body = Hiçbir web sitesi tarama geçmişinizi silemez. Birinin bakmasından endişeleniyorsanız, geçmişi tarayıcınızın ayarlarından silebilirsiniz.
privacy-sent-title = Neler gönderiliyor
privacy-sent-body = Siz bir başvuru göndermedikçe hiçbir şey bu cihazdan çıkmaz. Başvuru yalnızca hizmete gider.
privacy-notice-link = Hizmetin gizlilik bildirimini okuyun
privacy-admin-warnings = Hizmet yöneticileri için: yapılandırma uyarıları

## Not found

not-found-title = Sayfa bulunamadı
not-found-body = Web adresini kendiniz yazdıysanız doğru olup olmadığını kontrol edin. Bir bağlantıyı izlediyseniz sayfa taşınmış olabilir.
not-found-home = Ana sayfaya git

## Configuration error (for the service's admin)

admin-error-title = Üzgünüz, bu hizmet şu anda çalışmıyor
admin-error-public = Hemen yardıma ihtiyacınız varsa:
admin-error-for-admins = Hizmetin yöneticisi için
admin-error-file = Dosya
admin-error-field = Alan
admin-error-problem = Sorun
admin-error-docs = Tüm alanlar ve biçimleri için docs/configuration.md dosyasına bakın.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } yüklenemedi: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } dosyası geçerli bir JSON değil (satır { $line }, sütun { $column }): { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = Değer eksik ya da yanlış türde: { $detail }.
admin-error-empty = Değer boş olmamalıdır.
admin-error-not-secure-url = Değer bir https:// adresi olmalıdır. http:// yalnızca test sırasında 127.0.0.1 ya da localhost için kullanılabilir.
admin-error-not-email = Değer bir e-posta adresi değil.
admin-error-no-known-language = Listelenen dillerin hiçbiri Waymark'ın bu sürümünde mevcut değil.
admin-error-not-public-key = Değer, "receiver keygen" komutunun ürettiği bir açık anahtar (public key) değil (43 karakter: harf, rakam, - ya da _).
admin-error-no-parent-origin = Yerleştirme (embedding) açık, ancak hiçbir web sitesinin Waymark'ı yerleştirmesine izin verilmiyor. Her birini embed.allowed_parent_origins içinde listeleyin.
admin-error-not-origin = Değer, https://www.example.nhs.uk gibi bir web sitesi kaynağı (origin) olmalıdır; yol ve * içermemelidir.
admin-error-out-of-range = Sayı 0'dan büyük ve en fazla 120 dakika olmalıdır.
admin-error-out-of-range-days = Sayı, 1 ile 365 arasında tam bir gün sayısı olmalıdır.
admin-error-not-phone-number = Değer, insanların arayabileceği bir telefon numarası olmalıdır; örneğin ⁦0113 496 0000⁩ ya da ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = Bu hat ulusal bir kriz hattının adını taşıyor, ancak numarası o hattın kendi numarası değil. Numarayı kontrol edin ya da hatta hizmetinizin kendi adını verin.

## Forms (shared by the self-check and referral pages)

check-back = Geri
check-start = Şimdi başlayın
check-next = Devam
check-error-prefix = Hata:
check-error-summary-title = Bir sorun var

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = Beklerken
waiting-lead = Kendiniz başvurduktan sonra neler olur, bu ne kadar sürebilir ve bu arada neler yardımcı olabilir.
waiting-next-title = Bundan sonra ne olacak
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = Hizmet, başvurunuzu aldıktan sonra { $days ->
    [one] { $days } iş günü
   *[other] { $days } iş günü
} içinde, ilk görüşmeyi (bir değerlendirme) ayarlamak için sizinle iletişime geçecek.
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = Şu anda insanlar bundan sonra ilk randevuları için genellikle { $weeks ->
    [0] bir haftadan az
    [one] yaklaşık { $weeks } hafta
   *[other] yaklaşık { $weeks } hafta
} bekliyor.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (Hizmet bunu en son { $date } tarihinde kontrol etti.)
waiting-contact-title = Başvurunuz hakkında soru sormak ya da başvurunuzu iptal etmek için
waiting-contact-body = Hizmetle iletişime geçin. Referans numaranız varsa onu söyleyin.
waiting-contact-phone = Telefon:
waiting-contact-email = E-posta:
waiting-help-title = Beklerken neler yardımcı olabilir
waiting-help-learn = Sık görülen sorunlar hakkında okuyun ve alıştırmaları deneyin
waiting-help-check = Nasıl hissettiğinizi kontrol edin ve daha sonra karşılaştırmak için sonucu bu cihazda saklayın
waiting-harder-title = Beklerken işler zorlaşırsa
waiting-harder-body = Kendinizi daha kötü hissederseniz ya da bir şey değiştiyse hizmete söyleyin. Arayın:
waiting-harder-crisis = Kendinizi güvende tutamayacağınızı hissediyorsanız beklemeyin:
waiting-device-title = Bu cihazda
waiting-no-reference = Bu cihazda başvuru referans numarası yok. Başka bir cihazdan başvurduysanız ya da referans numarasını sildiyseniz, hizmet başvurunuzu adınız ve doğum tarihinizle bulabilir.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = Başvurunuzun referans numarası: { $reference }. Hizmet başvurunuzu { $date } tarihinde aldı.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = Yani resmî tatiller sayılmadan, en geç { $date } tarihine kadar.
waiting-call-calendar = Bu tarihi takviminize ekleyin (bu cihazda oluşturulan bir dosya)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service }, en geç bugün sizinle iletişime geçmeyi planlıyor
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = Başvurunuzun referans numarası: { $reference }.
waiting-calendar-privacy = Takvim dosyaları bu cihazda oluşturulur ve hiçbir yere gönderilmez. Kayıtta hizmetin adı yazar: takviminizi görebilen herkes bunu görebilir.
waiting-check-in-title = Her 2 haftada bir kendinizi kontrol edin
waiting-check-in-body = Aynı anketi her 2 haftada bir tekrarlamak, işlerin değişip değişmediğini gösterir. Bir kontrol işlerin zorlaştığını gösterirse, Waymark bunu söyler ve hizmete nasıl haber vereceğinizi gösterir.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: kontrol zamanı geldi
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: sonraki kontrol { $date } tarihinde
waiting-check-in-calendar = Takviminize bir hatırlatıcı ekleyin
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Kontrol: { $name }
waiting-check-in-event-body = İşlerin değişip değişmediğini görmek için anketinizi Waymark'ta tekrarlayın.
waiting-check-in-none = Bu cihazda bir PHQ-9 ya da GAD-7 sonucu sakladığınızda, bu sayfa anketi ne zaman tekrarlamanız gerektiğini gösterir.
waiting-check-in-not-kept = Bu cihaz anket sonuçlarını saklamıyor, bu yüzden size kontrol zamanını hatırlatamaz.
waiting-print = Bu sayfayı yazdırın ya da PDF olarak kaydedin
refer-sent-waiting-link = Beklerken: bundan sonra ne olacak, ne kadar sürebilir ve neler yardımcı olabilir

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = Bu cihazın depolama alanı dolu. Bu yüzden şimdi girdiğiniz bilgiler yalnızca bu sayfada tutuluyor: sayfayı kapatırsanız kaybolur. Sayfayı kapatmadan önce yaptığınız işi bitirin (sayfa açık olduğu sürece başvuru yine de gönderilir) ya da hizmeti arayın. Tarayıcı ayarlarından yer açarsanız Waymark yeniden kayıt yapabilir.
privacy-stored-waiting-plan = Başlattığınız bekleme planı ve işaretlediğiniz adımlar.
waiting-plan-title = Önümüzdeki haftalar için bir plan
waiting-plan-body = "Bilgi edinin" bölümündeki alıştırmalardan, her hafta birkaç küçük adım. Adımları burada işaretlersiniz. Plan yalnızca bu cihazda saklanır ve onu istediğiniz zaman silebilirsiniz.
waiting-plan-question = Şu anda size en çok ne yardımcı olur?
waiting-plan-suggested-hint = Sakladığınız anket sonuçlarına göre bir plan "Önerilen" olarak işaretlendi. Size hangisi uygun geliyorsa onu seçin.
waiting-plan-suggested = Önerilen
waiting-plan-start = Bu planı başlat
waiting-plan-unreadable = Kayıtlı planınız okunamadı: Waymark'ın eski bir sürümünden kalmış ya da bu cihazda değiştirilmiş olabilir. Yeniden başlamak için aşağıdan bir plan seçin. Eski plan ancak siz yeni bir plan başlattığınızda değiştirilir.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = { $week }. hafta
waiting-plan-this-week = Bu hafta
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = Planınızın { $week }. haftasındasınız.
waiting-plan-after-end = Planın bütün haftalarını tamamladınız. İşe yarayan adımları yapmaya devam edin, kaçırdıklarınıza da geri dönün.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = Tamamlanan adımlar: { $done } / { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = Nasıl yapılır: { $topic }
waiting-plan-kept = Planınız ve işaretlediğiniz adımlar yalnızca bu cihazda saklanır. Gizlilik sayfasındaki "Her şeyi sil" düğmesi bunları da siler.
waiting-plan-stop = Bu planı durdur ve sil
waiting-plan-not-shared = Planlar yalnızca size ait bir cihazda saklanır. Bu yüzden bu ortak cihazda plan başlatılamaz.
waiting-plan-not-kept = Bu tarayıcı Waymark'ın hiçbir şey kaydetmesine izin vermiyor, bu yüzden plan burada saklanamaz.
