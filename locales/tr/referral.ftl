### Self-referral form, Turkish (tr), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Term choices (as in the other files): "referral" = başvuru; "refer yourself" =
### kendiniz başvurun; "GP" = aile hekimi (GP); "GP practice" = GP muayenehanesi;
### "interpreter" = tercüman; "Not sure" = Emin değilim; "Prefer not to say" =
### Belirtmek istemiyorum. "Select yes" names the option label: "Evet" seçeneğini işaretleyin.
### Examples people type (NHS number, postcode, phone numbers, email) stay as in English.

## Error messages: about you

referral-error-given-name-missing = Adınızı girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = Adınız en fazla { $max } karakter olmalıdır

referral-error-family-name-missing = Soyadınızı girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = Soyadınız en fazla { $max } karakter olmalıdır

referral-error-date-of-birth-missing = Doğum tarihinizi girin
referral-error-date-of-birth-missing-day = Doğum tarihinde gün de olmalıdır
referral-error-date-of-birth-missing-month = Doğum tarihinde ay da olmalıdır
referral-error-date-of-birth-missing-year = Doğum tarihinde yıl da olmalıdır
referral-error-date-of-birth-missing-day-and-month = Doğum tarihinde gün ve ay da olmalıdır
referral-error-date-of-birth-missing-day-and-year = Doğum tarihinde gün ve yıl da olmalıdır
referral-error-date-of-birth-missing-month-and-year = Doğum tarihinde ay ve yıl da olmalıdır
referral-error-date-of-birth-year-format = Yıl 4 rakamdan oluşmalıdır
referral-error-date-of-birth-not-real = Doğum tarihi gerçek bir tarih olmalıdır
referral-error-date-of-birth-in-future = Doğum tarihi bugün ya da geçmişte bir tarih olmalıdır
referral-error-date-of-birth-too-long-ago = Doğum tarihi 1 Ocak 1900 ya da sonrası olmalıdır

referral-error-nhs-number-missing = NHS numaranızı girin
referral-error-nhs-number-not-digits = NHS numaranızı yalnızca rakam kullanarak girin, örneğin ⁦485 777 3456⁩
referral-error-nhs-number-length = NHS numaranızı doğru biçimde girin, örneğin ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = NHS numaranızı kontrol edin. Girdiğiniz numara geçerli bir NHS numarası değil. Numaranızı NHS'ten gelen mektuplarda ya da NHS App'te bulabilirsiniz

## Error messages: address

referral-error-address-line-1-missing = Adresinizin ilk satırını girin
referral-error-address-line-2-missing = Adresinizin ikinci satırını girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Her adres satırı en fazla { $max } karakter olmalıdır

referral-error-town-missing = Yaşadığınız kasabayı ya da şehri girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = Kasaba ya da şehir en fazla { $max } karakter olmalıdır

referral-error-postcode-missing = Posta kodunuzu girin
referral-error-postcode-invalid = Birleşik Krallık'taki tam posta kodunuzu girin, örneğin SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Bir telefon numarası girin
referral-error-phone-characters = Telefon numarasını yalnızca rakam, boşluk, parantez, kısa çizgi ve başta + kullanarak girin, örneğin ⁦07700 900 982⁩
referral-error-phone-uk-format = Bir telefon numarası girin, örneğin ⁦01632 960 001⁩ ya da ⁦07700 900 982⁩. Birleşik Krallık dışındaki bir numara için + ve ülke koduyla başlayın
referral-error-phone-international-format = Uluslararası telefon numarasını + ve ülke koduyla girin, örneğin ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = E-posta adresinizi girin
referral-error-email-invalid = E-posta adresini doğru biçimde girin, örneğin name@example.com
referral-error-contact-route-missing = Hizmetin sizinle iletişime geçebilmesi için bir telefon numarası ya da e-posta adresi girin
referral-error-voicemail-missing = Hizmet size sesli mesaj bırakabilirse "Evet" seçeneğini işaretleyin
referral-error-texts-missing = Hizmet size kısa mesaj (SMS) gönderebilirse "Evet" seçeneğini işaretleyin
referral-error-safe-times-missing = Sizinle iletişime geçmenin güvenli olduğu günleri ve saatleri girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = Güvenli iletişim zamanları en fazla { $max } karakter olmalıdır

referral-error-preferred-language-missing = Kullanmak istediğiniz dili girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = Dil en fazla { $max } karakter olmalıdır

referral-error-interpreter-missing = Tercümana ihtiyacınız olup olmadığını seçin
referral-error-interpreter-language-missing = Tercüman istediğiniz dili girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = Tercüman dili en fazla { $max } karakter olmalıdır

## Error messages: your GP and your referral

referral-error-gp-practice-missing = GP muayenehanenizin adını girin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP muayenehanesinin adı en fazla { $max } karakter olmalıdır

referral-error-secondary-care-missing = Şu anda bir ruh sağlığı ekibi size destek oluyorsa "Evet" seçeneğini işaretleyin. Emin değilseniz "Emin değilim" seçeneğini işaretleyin
referral-error-help-with-missing = Ne konuda yardım istediğinizi bize yazın
referral-error-help-topics-missing = Yardım istediğiniz en az bir konuyu seçin

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Nasıl hissettiğinizle ilgili { $number }. soru için bir yanıt seçin

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Endişe ve kaygıyla ilgili { $number }. soru için bir yanıt seçin

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = Bu yanıt en fazla { $max } karakter olmalıdır

## Error messages: consent

referral-error-consent-share-with-gp-missing = Hizmet, aldığınız bakımla ilgili bilgileri aile hekiminizle (GP) paylaşabilirse "Evet" seçeneğini işaretleyin
referral-error-consent-privacy-notice-missing = Gizlilik bildirimini okuduğunuzu onaylayın

## Answer options shared by several questions

referral-option-yes = Evet
referral-option-no = Hayır
referral-option-not-sure = Emin değilim
referral-option-prefer-not-to-say = Belirtmek istemiyorum

## Interpreter

referral-interpreter-none = Hayır, tercümana ihtiyacım yok
referral-interpreter-spoken = Evet, konuşulan bir dil için tercüman
referral-interpreter-bsl = Evet, İngiliz İşaret Dili (BSL) tercümanı

## What would you like help with?

referral-help-topic-low-mood = Moral bozukluğu ya da depresyon
referral-help-topic-worry = Endişe ya da kaygı
referral-help-topic-panic = Panik ataklar
referral-help-topic-social-anxiety = Başka insanların yanında kaygılı hissetme
referral-help-topic-health-anxiety = Sağlığım hakkında endişelenme
referral-help-topic-phobia = Bir korku ya da fobi
referral-help-topic-ocd = Karşı koymakta zorlandığım istenmeyen düşünceler ya da dürtüler (OKB)
referral-help-topic-trauma = Başıma gelen korkutucu ya da çok sarsıcı bir olay
referral-help-topic-stress = Stres
referral-help-topic-sleep = Uyku sorunları
referral-help-topic-long-term-condition = Uzun süreli bir sağlık sorunuyla başa çıkma
referral-help-topic-relationships = İlişki sorunları
referral-help-topic-bereavement = Yas ya da kayıp
referral-help-topic-other = Başka bir şey

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = Beyaz
referral-ethnic-group-mixed = Karma
referral-ethnic-group-asian = Asyalı ya da Asya kökenli Britanyalı
referral-ethnic-group-black = Siyah ya da Siyah Britanyalı
referral-ethnic-group-other = Diğer etnik gruplar

referral-ethnic-category-a = Britanyalı
referral-ethnic-category-b = İrlandalı
referral-ethnic-category-c = Diğer herhangi bir Beyaz köken
referral-ethnic-category-d = Beyaz ve Siyah Karayipli
referral-ethnic-category-e = Beyaz ve Siyah Afrikalı
referral-ethnic-category-f = Beyaz ve Asyalı
referral-ethnic-category-g = Diğer herhangi bir karma köken
referral-ethnic-category-h = Hintli
referral-ethnic-category-j = Pakistanlı
referral-ethnic-category-k = Bangladeşli
referral-ethnic-category-l = Diğer herhangi bir Asyalı köken
referral-ethnic-category-m = Karayipli
referral-ethnic-category-n = Afrikalı
referral-ethnic-category-p = Diğer herhangi bir Siyah köken
referral-ethnic-category-r = Çinli
referral-ethnic-category-s = Diğer herhangi bir etnik grup

## Gender

referral-gender-female = Kadın
referral-gender-male = Erkek
referral-gender-non-binary = Non-binary (ikili olmayan)
referral-gender-other = Başka bir cinsiyet

## Sexual orientation

referral-sexual-orientation-heterosexual = Heteroseksüel
referral-sexual-orientation-gay-or-lesbian = Gey ya da lezbiyen
referral-sexual-orientation-bisexual = Biseksüel
referral-sexual-orientation-other = Başka bir cinsel yönelim
referral-sexual-orientation-not-sure = Emin değilim

## Religion or belief

referral-religion-none = Dinim yok
referral-religion-buddhist = Budist
referral-religion-christian = Hristiyan
referral-religion-hindu = Hindu
referral-religion-jewish = Yahudi
referral-religion-muslim = Müslüman
referral-religion-sikh = Sih
referral-religion-other = Başka bir din ya da inanç

## Employment

referral-employment-employed = Ücretli bir işte çalışıyorum
referral-employment-unemployed = Ücretli bir işte çalışmıyorum ve iş arıyorum
referral-employment-student = Öğrenciyim ve ücretli bir işte çalışmıyorum
referral-employment-long-term-sick = Uzun süreli hastalık ya da engellilik nedeniyle çalışmıyorum
referral-employment-homemaker = Aileme ya da evime bakıyorum
referral-employment-not-working = Ücretli bir işte çalışmıyorum ve iş aramıyorum
referral-employment-volunteer = Ücretsiz gönüllü iş yapıyorum
referral-employment-retired = Emekliyim

## Pregnancy and babies

referral-perinatal-pregnant = Evet, hamileyim
referral-perinatal-baby = Evet, 12 aydan küçük bir bebeğim var

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Hemen yardım alın
referral-redirect-crisis-lead = Yardım almak için bir başvuruyu beklemek zorunda değilsiniz. Aşağıdaki hizmetler ücretsizdir ve size hemen şimdi yardımcı olabilir. Konuşma terapisi hizmetleri kriz hizmeti değildir, ama durum biraz sakinleştiğinde geri dönüp kendiniz başvurabilirsiniz.

referral-redirect-young-people-title = Gençler için de destek var

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = Bu hizmet { $age } yaş ve üzerindeki kişiler içindir. Bunun yerine çocuk ve gençlerin ruh sağlığı hizmetleri size yardımcı olabilir. Aile hekiminiz (GP) ya da okulunuzdaki veya kolejinizdeki bir hemşire ya da danışman sizi bu hizmetlere yönlendirebilir. Childline'ı da istediğiniz zaman { $childline } numarasından ücretsiz arayabilirsiniz.

referral-redirect-gp-title = Ruh sağlığı ekibinizle ya da aile hekiminizle (GP) konuşun
referral-redirect-gp-body = Şu anda bir ruh sağlığı ekibi size destek olduğu için, konuşma terapileri hakkında konuşabileceğiniz en doğru kişiler onlardır. Bakım koordinatörünüzle ya da sizinle ilgilenen ekiple konuşun. Bunun kim olduğundan emin değilseniz aile hekiminiz (GP) yardımcı olabilir.

referral-redirect-area-title = Bölgenize hangi hizmetin baktığını öğrenin
referral-redirect-area-body = Bu hizmetin yaşadığınız yere ya da GP muayenehanenize baktığını doğrulayamadık. Hizmetle iletişime geçin. Size yardım edip edemeyeceklerini ya da bölgenize hangi NHS konuşma terapisi hizmetinin baktığını söyleyeceklerdir.
