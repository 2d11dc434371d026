### Self-referral form, Somali (so), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl): "referral" = codsi (is-gudbin);
### "GP" = GP (dhakhtarka qoyska); "GP practice" = xarunta GP-ga;
### "Enter" = Qor (write); "Select" = Dooro; "characters" = xaraf;
### "Not sure" = Ma hubo; "Prefer not to say" = Ma rabo inaan sheego.
### Sexual orientation options keep the English words people in the UK use,
### because Somali has no neutral everyday terms for them.

## Error messages: about you

referral-error-given-name-missing = Qor magacaaga koowaad

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = Magaca koowaad waa inuu ahaadaa { $max } xaraf ama ka yar

referral-error-family-name-missing = Qor magacaaga dambe

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = Magaca dambe waa inuu ahaadaa { $max } xaraf ama ka yar

referral-error-date-of-birth-missing = Qor taariikhda dhalashadaada
referral-error-date-of-birth-missing-day = Taariikhda dhalashadu waa inay lahaataa maalinta
referral-error-date-of-birth-missing-month = Taariikhda dhalashadu waa inay lahaataa bisha
referral-error-date-of-birth-missing-year = Taariikhda dhalashadu waa inay lahaataa sannadka
referral-error-date-of-birth-missing-day-and-month = Taariikhda dhalashadu waa inay lahaataa maalinta iyo bisha
referral-error-date-of-birth-missing-day-and-year = Taariikhda dhalashadu waa inay lahaataa maalinta iyo sannadka
referral-error-date-of-birth-missing-month-and-year = Taariikhda dhalashadu waa inay lahaataa bisha iyo sannadka
referral-error-date-of-birth-year-format = Sannadku waa inuu ka koobnaadaa 4 tiro
referral-error-date-of-birth-not-real = Taariikhda dhalashadu waa inay noqotaa taariikh jirta
referral-error-date-of-birth-in-future = Taariikhda dhalashadu waa inay noqotaa maanta ama waqti hore
referral-error-date-of-birth-too-long-ago = Taariikhda dhalashadu waa inay noqotaa 1 Janaayo 1900 ama wixii ka dambeeya

referral-error-nhs-number-missing = Qor lambarkaaga NHS
referral-error-nhs-number-not-digits = Qor lambarkaaga NHS adigoo isticmaalaya tirooyin oo keliya, sida ⁦485 777 3456⁩
referral-error-nhs-number-length = Qor lambarkaaga NHS qaabka saxda ah, sida ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = Hubi lambarkaaga NHS. Lambarka aad qortay ma aha lambar NHS oo sax ah. Lambarkaaga waxaad ka heli kartaa warqadaha NHS ama NHS App

## Error messages: address

referral-error-address-line-1-missing = Qor sadarka koowaad ee cinwaankaaga
referral-error-address-line-2-missing = Qor sadarka labaad ee cinwaankaaga

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Sadar kasta oo cinwaanka ah waa inuu ahaadaa { $max } xaraf ama ka yar

referral-error-town-missing = Qor magaaladaada

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = Magaca magaaladu waa inuu ahaadaa { $max } xaraf ama ka yar

referral-error-postcode-missing = Qor koodhka boostadaada (postcode)
referral-error-postcode-invalid = Qor koodh boosto oo UK ah oo dhammaystiran, sida SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Qor lambar taleefan
referral-error-phone-characters = Qor lambar taleefan adigoo isticmaalaya oo keliya tirooyin, meelo bannaan, qaansooyin, xarriiqyo iyo + bilowga, sida ⁦07700 900 982⁩
referral-error-phone-uk-format = Qor lambar taleefan, sida ⁦01632 960 001⁩ ama ⁦07700 900 982⁩. Lambar ka baxsan UK, ku bilow + iyo koodhka waddanka
referral-error-phone-international-format = Qor lambar taleefan caalami ah oo leh + iyo koodhka waddanka, sida ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = Qor cinwaankaaga iimaylka
referral-error-email-invalid = Qor cinwaan iimayl oo qaab sax ah leh, sida name@example.com
referral-error-contact-route-missing = Qor lambar taleefan ama cinwaan iimayl, si adeeggu kuula soo xiriiro
referral-error-voicemail-missing = Dooro haa haddii adeeggu kuu dhaafi karo fariin cod ah (voicemail)
referral-error-texts-missing = Dooro haa haddii adeeggu kuu soo diri karo fariimo qoraal ah
referral-error-safe-times-missing = Qor maalmaha iyo saacadaha ay ammaan tahay in lagula soo xiriiro

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = Waqtiyada ammaanka ah ee lagula soo xiriiro waa inay ahaadaan { $max } xaraf ama ka yar

referral-error-preferred-language-missing = Qor luqadda aad jeclaan lahayd inaad isticmaasho

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = Luqaddu waa inay ahaataa { $max } xaraf ama ka yar

referral-error-interpreter-missing = Dooro inaad u baahan tahay turjubaan iyo in kale
referral-error-interpreter-language-missing = Qor luqadda aad turjubaanka ugu baahan tahay

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = Luqadda turjubaanku waa inay ahaataa { $max } xaraf ama ka yar

## Error messages: your GP and your referral

referral-error-gp-practice-missing = Qor magaca xarunta GP-gaaga (dhakhtarka qoyska)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = Magaca xarunta GP-ga waa inuu ahaadaa { $max } xaraf ama ka yar

referral-error-secondary-care-missing = Dooro haa haddii koox caafimaadka maskaxda ahi ay hadda ku taageerayso. Haddii aadan hubin, dooro ma hubo
referral-error-help-with-missing = Noo sheeg waxa aad jeclaan lahayd in lagaa caawiyo
referral-error-help-topics-missing = Dooro ugu yaraan hal shay oo aad jeclaan lahayd in lagaa caawiyo

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Dooro jawaab su'aasha { $number } ee ku saabsan sidaad dareemaysay

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Dooro jawaab su'aasha { $number } ee ku saabsan welwelka iyo walaaca

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = Jawaabtani waa inay ahaataa { $max } xaraf ama ka yar

## Error messages: consent

referral-error-consent-share-with-gp-missing = Dooro haa haddii adeeggu GP-gaaga la wadaagi karo macluumaad ku saabsan daryeelkaaga
referral-error-consent-privacy-notice-missing = Xaqiiji inaad akhriday ogeysiiska asturnaanta

## Answer options shared by several questions

referral-option-yes = Haa
referral-option-no = Maya
referral-option-not-sure = Ma hubo
referral-option-prefer-not-to-say = Ma rabo inaan sheego

## Interpreter

referral-interpreter-none = Maya, uma baahni turjubaan
referral-interpreter-spoken = Haa, turjubaan luqad lagu hadlo
referral-interpreter-bsl = Haa, turjubaan Luqadda Calaamadaha ee Ingiriiska (British Sign Language, BSL)

## What would you like help with?

referral-help-topic-low-mood = Niyad-xumo ama niyad-jab
referral-help-topic-worry = Welwel ama walaac
referral-help-topic-panic = Weerarro argagax (panic attacks)
referral-help-topic-social-anxiety = Walaac marka aan dad kale la joogo
referral-help-topic-health-anxiety = Welwel ku saabsan caafimaadkayga
referral-help-topic-phobia = Cabsi ama fobiya (phobia)
referral-help-topic-ocd = Fikrado ama rabitaanno aan la rabin oo ay igu adag tahay inaan iska caabiyo (OCD)
referral-help-topic-trauma = Wax cabsi ama naxdin leh oo igu dhacay
referral-help-topic-stress = Cadaadis (stress)
referral-help-topic-sleep = Dhibaatooyin hurdo
referral-help-topic-long-term-condition = La tacaalidda xanuun muddo dheer socda
referral-help-topic-relationships = Dhibaatooyin xagga xiriirka ah
referral-help-topic-bereavement = Murugo geeri ama wax lumis
referral-help-topic-other = Wax kale

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = Caddaan
referral-ethnic-group-mixed = Isku-dhaf
referral-ethnic-group-asian = Aasiyaan ama Ingiriis Aasiyaan ah
referral-ethnic-group-black = Madow ama Ingiriis Madow ah
referral-ethnic-group-other = Qowmiyado kale

referral-ethnic-category-a = Ingiriis (British)
referral-ethnic-category-b = Ayrlandi (Irish)
referral-ethnic-category-c = Asal kale oo Caddaan ah
referral-ethnic-category-d = Caddaan iyo Madow Kariibiyaan ah
referral-ethnic-category-e = Caddaan iyo Madow Afrikaan ah
referral-ethnic-category-f = Caddaan iyo Aasiyaan
referral-ethnic-category-g = Asal kale oo isku-dhaf ah
referral-ethnic-category-h = Hindi (Indian)
referral-ethnic-category-j = Baakistaani
referral-ethnic-category-k = Bangaaladheeshi
referral-ethnic-category-l = Asal kale oo Aasiyaan ah
referral-ethnic-category-m = Kariibiyaan
referral-ethnic-category-n = Afrikaan
referral-ethnic-category-p = Asal kale oo Madow ah
referral-ethnic-category-r = Shiine
referral-ethnic-category-s = Qowmiyad kale

## Gender

referral-gender-female = Dheddig
referral-gender-male = Lab
referral-gender-non-binary = Non-binary (aan lab ama dheddig midna ahayn)
referral-gender-other = Jinsi kale

## Sexual orientation

referral-sexual-orientation-heterosexual = Heterosexual ama straight
referral-sexual-orientation-gay-or-lesbian = Gay ama lesbian
referral-sexual-orientation-bisexual = Bisexual
referral-sexual-orientation-other = Jihayn galmo oo kale
referral-sexual-orientation-not-sure = Ma hubo

## Religion or belief

referral-religion-none = Diin ma lihi
referral-religion-buddhist = Buddhist
referral-religion-christian = Masiixi
referral-religion-hindu = Hinduu
referral-religion-jewish = Yuhuudi
referral-religion-muslim = Muslim
referral-religion-sikh = Sikh
referral-religion-other = Diin ama caqiido kale

## Employment

referral-employment-employed = Waxaan hayaa shaqo mushahar leh
referral-employment-unemployed = Shaqo mushahar leh ma hayo, waanan raadinayaa shaqo
referral-employment-student = Arday baan ahay, shaqo mushahar leh ma hayo
referral-employment-long-term-sick = Ma shaqeeyo, xanuun muddo dheer ah ama naafonimo awgeed
referral-employment-homemaker = Waxaan daryeelaa qoyskayga ama gurigayga
referral-employment-not-working = Shaqo mushahar leh ma hayo, mana raadinayo shaqo
referral-employment-volunteer = Waxaan qabtaa shaqo mutadawacnimo ah oo aan lacag lahayn
referral-employment-retired = Waan hawlgab ahay

## Pregnancy and babies

referral-perinatal-pregnant = Haa, uur baan leeyahay
referral-perinatal-baby = Haa, waxaan leeyahay ilmo ka yar 12 bilood

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Hel caawimaad hadda
referral-redirect-crisis-lead = Uma baahnid inaad sugto codsi si aad caawimaad u hesho. Adeegyada hoose waa bilaash, hadda ayayna ku caawin karaan. Adeegyada daaweynta hadalku ma aha adeegyo xaaladaha degdegga ah, laakiin waad soo noqon kartaa oo is-gudbin kartaa marka ay xaaladdu kuu degto.

referral-redirect-young-people-title = Waxaa jira taageero loogu talagalay dhallinyarada

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = Adeeggan waxaa loogu talagalay dadka da'doodu tahay { $age } sano ama ka weyn. Adeegyada caafimaadka maskaxda ee carruurta iyo dhallinyarada ayaa ku caawin kara beddelkeeda. GP-gaaga (dhakhtarka qoyska), ama kalkaaliye caafimaad ama lataliye ka tirsan dugsigaaga ama kulliyaddaada, ayaa ku gudbin kara. Sidoo kale waxaad bilaash ku wici kartaa Childline { $childline }, waqti kasta.

referral-redirect-gp-title = La hadal kooxdaada caafimaadka maskaxda ama GP-gaaga
referral-redirect-gp-body = Maadaama koox caafimaadka maskaxda ahi ay hadda ku taageerayso, iyaga ayaa ah dadka ugu fiican ee aad kala hadli karto daaweynta hadalka. La hadal isku-duwahaaga daryeelka (care coordinator) ama kooxda ku daryeelaysa. Haddii aadan hubin cidda ay tahay, GP-gaaga (dhakhtarka qoyska) ayaa ku caawin kara.

referral-redirect-area-title = Hubi adeegga ka shaqeeya aaggaaga
referral-redirect-area-body = Ma aanu xaqiijin karin in adeeggani uu ka shaqeeyo meesha aad ku nooshahay ama xarunta GP-gaaga. La xiriir adeegga, waxayna kuu sheegi doonaan inay ku caawin karaan iyo in kale, ama adeegga daaweynta hadalka ee NHS ee ka shaqeeya aaggaaga.
