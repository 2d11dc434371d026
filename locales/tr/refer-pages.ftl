# Waymark interface strings for the online referral pages, Turkish (tr),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in the other files): "referral" = başvuru; "refer yourself" =
# kendiniz başvurun; "GP" = aile hekimi (GP); "GP practice" = GP muayenehanesi;
# "optional" = (isteğe bağlı); "interpreter" = tercüman; "reference" = referans numarası.

## Start

refer-start-lead = Bize kendinizden biraz bahsedin. Hizmet, neyin yardımcı olabileceğini konuşmak için sizinle iletişime geçecek.
refer-start-time = Yaklaşık 10 dakika sürer. Göndermeden önce geri dönüp yanıtlarınızı değiştirebilirsiniz.
refer-start-saved-device = Yanıtlarınız siz yazdıkça bu cihaza kaydedilir; böylece sayfa kapanırsa hiçbir şey kaybolmaz. Hizmet başvurunuzu aldığında ya da siz silmeyi seçtiğinizde yanıtlarınız silinir.
refer-start-saved-page = Yanıtlarınız siz yazdıkça yalnızca bu sayfada tutulur ve bu cihaza hiçbir şey kaydedilmez. Başvurunuzu göndermeden önce sayfa kapanırsa yanıtlarınız kaybolur.
refer-start-draft = Bu cihazda daha önceden kaydedilmiş yanıtlarınız var.
refer-start-resume = Başvurunuza devam edin
refer-start-delete = Yanıtlarımı sil
refer-start-waiting = Gönderilmeyi bekleyen bir başvurunuz var. Ne durumda olduğunu görün.

## Eligibility

refer-eligibility-title = Başlamadan önce
refer-eligibility-why = Bu hizmetin sizin için doğru hizmet olup olmadığını anlamak için önce bu soruları soruyoruz. Doğru hizmet değilse, nereden yardım alabileceğinizi size söyleyeceğiz.
refer-in-crisis-legend = Şu anda kendinizi güvende tutamayacağınızı hissediyor musunuz?
refer-in-crisis-shared-hint = Konuşma terapileri hemen yardımcı olamaz. Bir kriz yaşıyorsanız, size hemen nereden yardım alabileceğinizi göstereceğiz. Daha sonra başvuru gönderirseniz, hizmet bu yanıtınızı görecek ve böylece güvende olup olmadığınızı kontrol edebilecek.
refer-error-in-crisis-missing = Şu anda kendinizi güvende tutamayacağınızı hissediyorsanız "Evet" seçeneğini işaretleyin
refer-dob-legend = Doğum tarihiniz nedir?
refer-dob-hint = Örneğin, ⁦27 3 1985⁩. Bunu soruyoruz, çünkü hizmet yalnızca belirli yaştaki kişilere bakabilir.
refer-dob-day = Gün
refer-dob-month = Ay
refer-dob-year = Yıl
refer-postcode-label = Posta kodunuz nedir?
refer-postcode-hint = Bunu soruyoruz, çünkü hizmet kendi bölgesinde yaşayan kişiler için çalışır.
refer-practice-list-label = Hangi aile hekimliği muayenehanesine (GP practice) kayıtlısınız?
refer-practice-list-hint = Bunu soruyoruz, çünkü hizmet kendi bölgesindeki GP muayenehaneleriyle çalışır. Sizinki listede yoksa, bunun yerine posta kodunuz kullanılır.
refer-practice-list-choose = Muayenehanenizi seçin
refer-practice-list-not-listed = Muayenehanem listede yok
refer-secondary-care-legend = Şu anda bir toplum ruh sağlığı ekibinden (community mental health team) ya da kriz ekibinden yardım alıyor musunuz?
refer-secondary-care-hint = Alıyorsanız, o ekip sizinle birlikte konuşma terapisi ayarlayabilir.

## Not eligible

refer-not-eligible-title = Bu hizmet size uygun olmayabilir
refer-not-eligible-phone = Bunun yanlış olduğunu düşünüyorsanız ya da emin değilseniz, hizmeti arayın:
refer-not-eligible-change = Geri dönüp yanıtlarınızı değiştirin

## About you

refer-about-you-title = Hakkınızda
refer-about-you-why = Bu bilgileri kayıtlarınızı bulmak ve gerekirse size yazmak için kullanıyoruz.
refer-given-name-label = Adınız
refer-family-name-label = Soyadınız
refer-nhs-number-label = NHS numarası (isteğe bağlı)
refer-nhs-number-hint = 10 haneli bir numaradır, örneğin ⁦485 777 3456⁩. Numaranızı NHS'ten gelen mektuplarda ya da NHS App'te bulabilirsiniz. Bu alanı boş bırakabilirsiniz.
refer-address-line-1-label = Adres satırı 1
refer-address-line-2-label = Adres satırı 2 (isteğe bağlı)
refer-address-hint = Ev adresiniz. Böylece hizmet, kendi bölgesinde yaşadığınızı bilir.
refer-town-label = Kasaba ya da şehir

## Contact

refer-contact-title = Sizinle nasıl iletişime geçebiliriz?
refer-contact-why = Hizmet, ilk randevunuzu ayarlamak için sizinle iletişime geçecek. Sizin için neyin güvenli olduğunu bize söyleyin.
refer-phone-label = Telefon numarası
refer-phone-hint = Birleşik Krallık'ta bir cep ya da sabit telefon numarası. Uluslararası numaralar için + ile başlayın.
refer-email-label = E-posta adresi (isteğe bağlı)
refer-email-hint = Yalnızca hizmetin size e-posta göndermesini istiyorsanız.
refer-voicemail-legend = Size sesli mesaj bırakabilir miyiz?
refer-voicemail-hint = Mesajda kimin aradığı söylenir, ama neden aradığı söylenmez.
refer-texts-legend = Size kısa mesaj (SMS) gönderebilir miyiz?
refer-safe-times-label = Sizi ne zaman aramak güvenli? (isteğe bağlı)
refer-safe-times-hint = Örneğin, hafta içi sabahları ya da akşam 6'dan sonra değil.

## More about you

refer-more-title = Diliniz, aile hekiminiz (GP) ve ne konuda yardım istediğiniz
refer-more-why = Bu bilgiler, hizmetin size doğru dilde doğru desteği sunmasına yardımcı olur.
refer-language-label = Hangi dili kullanmak istersiniz? (isteğe bağlı)
refer-language-hint = İngiliz İşaret Dili de dahil olmak üzere ücretsiz tercüman alabilirsiniz.
refer-interpreter-legend = Tercüman ister misiniz?
refer-interpreter-language-label = İstiyorsanız, hangi dil için? (isteğe bağlı)
refer-gp-label = GP muayenehaneniz
refer-gp-hint = Muayenehanenin adı ve bulunduğu yer, örneğin Riverside Medical Centre, Anytown.
refer-help-with-label = Ne konuda yardım istersiniz? (isteğe bağlı)
refer-help-with-hint = Kendi sözcüklerinizle yazın. İstediğiniz kadar çok ya da az yazabilirsiniz.

refer-help-topics-legend = Ne konuda yardım istersiniz? (isteğe bağlı)
refer-help-topics-hint = Size uyanların hepsini seçin.

## Equality questions

refer-equality-title = Hakkınızda: isteğe bağlı sorular
refer-equality-why = Bu soruları yanıtlamak zorunda değilsiniz. Hizmetler, herkese adil davrandıklarını kontrol etmek ve kimlere ulaşamadıklarını öğrenmek için bu soruları sorar. Yanıtlarınız, size yardım sunulup sunulmayacağını değiştirmez.
refer-ethnic-category-legend = Etnik grubunuz nedir?
refer-gender-legend = Cinsiyetiniz nedir?
refer-gender-same-legend = Cinsiyetiniz, doğduğunuzda kaydedilen cinsiyetinizle aynı mı?
refer-orientation-legend = Cinsel yöneliminiz nedir?
refer-religion-legend = Dininiz ya da inancınız nedir?
refer-disability-legend = Kendinizi engelli biri olarak görüyor musunuz?
refer-long-term-legend = Şeker hastalığı (diyabet), astım ya da kalp hastalığı gibi uzun süreli bir bedensel sağlık sorununuz var mı?
refer-employment-legend = Çalışma durumunuz nedir?
refer-veteran-legend = Birleşik Krallık silahlı kuvvetlerinde görev yaptınız mı?
refer-perinatal-legend = Hamile misiniz ya da son 12 ay içinde bebeğiniz oldu mu?

## Consent

refer-consent-title = Bilgilerinizin paylaşılması
refer-consent-why = Hizmet bilgilerinizi güvende tutar ve yalnızca size yardım etmek için kullanır.
refer-share-gp-legend = Hizmet, kendiniz başvurduğunuzu aile hekiminize (GP) bildirebilir mi?
refer-share-gp-hint = Böylece aile hekiminiz de size destek olabilir. "Hayır" deseniz de hizmetten yararlanabilirsiniz.
refer-privacy-consent-label = Hizmetin bilgilerimi nasıl kullandığını okudum ve başvurumu göndermeyi kabul ediyorum.

## Check your answers

refer-check-title = Göndermeden önce yanıtlarınızı kontrol edin
refer-change = Değiştir
refer-check-phq9 = PHQ-9 yanıtlarınız (moral bozukluğu)
refer-check-gad7 = GAD-7 yanıtlarınız (endişe ve kaygı)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Puan: { $score }
refer-check-remove = Çıkar
refer-check-send-title = Şimdi başvurunuzu gönderin
refer-check-send-saved = Gönderdiğinizde başvurunuz önce bu cihaza kaydedilir, sonra hizmete gönderilir. Bağlantı kesilirse Waymark, bu cihazda her açık olduğunda yeniden dener ve hizmet başvuruyu aldığında size bildirir.
refer-check-send-memory = Gönderdiğinizde başvurunuz bu sayfada tutulur, sonra hizmete gönderilir. Sayfada hizmetin başvuruyu aldığı yazana kadar bu sayfayı açık tutun: sayfa daha önce kapanırsa başvuru kaybolur.
refer-check-already-sent = Bu yanıtları zaten gönderdiniz. İki kez gönderilmeyecekler.
refer-check-see-progress = Başvurunuzun ne durumda olduğunu görün
refer-check-cannot-send = Üzgünüz, bu tarayıcı başvurunuz için güvenli bir referans numarası oluşturamıyor. Lütfen bunun yerine hizmeti arayın.
refer-send = Başvuruyu gönder
refer-sending = Gönderiliyor…

## After sending

refer-sent-title = Başvuru gönderildi
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = Referans numaranız: { $reference }.
refer-sent-next-title = Bundan sonra ne olacak
refer-sent-phone = Hizmetle konuşmak isterseniz şu numarayı arayın:
refer-sent-none = Bu cihazda hiç başvuru yok
refer-waiting-title = Başvurunuz bu cihaza kaydedildi
refer-waiting-device-body = Henüz hizmete ulaşmadı. Waymark, bu cihazda hangi sayfada olursa olsun her açık olduğunda yeniden dener ve hizmet başvuruyu aldığında bunu burada bildirir.
refer-waiting-page-title = Başvurunuz bu sayfada bekliyor
refer-waiting-page-body = Henüz hizmete ulaşmadı ve yalnızca bu sayfada tutuluyor. Bu sayfayı açık tutun: Waymark yeniden denemeye devam eder ve hizmet başvuruyu aldığında bunu burada bildirir. Sayfa daha önce kapanırsa başvuru kaybolur.
refer-waiting-phone = Bu, her zamankinden uzun sürüyor. Bunun yerine hizmeti aramayı tercih edebilirsiniz.
refer-try-again = Şimdi yeniden dene
refer-rejected-title = Hizmet başvurunuzu çevrimiçi kabul edemedi
refer-rejected-kept = Başvurunuz hâlâ onu gönderdiğiniz yerde tutuluyor ve hizmet onu almadı. Lütfen bunun yerine telefonla başvurmak için hizmeti arayın ya da daha sonra yeniden deneyin.
refer-receipt-title = Bu cihazda neler saklanıyor
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = Yanıtlarınız bu cihazdan silindi. Ararsanız söyleyebilmeniz için yalnızca yukarıdaki referans numarası ve hizmetin başvuruyu aldığı tarih ({ $date }) { $days ->
    [one] { $days } gün
   *[other] { $days } gün
} boyunca saklanır.
refer-receipt-delete = Referans numarasını bu cihazdan sil
