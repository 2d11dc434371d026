### Self-referral form, Romanian (ro), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to fix
### the answer (e.g. "Introduceți ..."). Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl, checks.ftl and check-pages.ftl):
### "referral" = cerere; "refer yourself" = înscrieți-vă direct; "service" = serviciul;
### "GP" = medicul de familie (GP); "GP practice" = cabinetul medicului de familie (GP).
### Answer options avoid gendered forms: ethnic groups agree with "grup",
### orientations with "orientare", religions are named as nouns, employment
### options are in the first person.

## Error messages: about you

referral-error-given-name-missing = Introduceți prenumele

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = Prenumele este prea lung (numărul maxim de caractere: { $max })

referral-error-family-name-missing = Introduceți numele de familie

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = Numele de familie este prea lung (numărul maxim de caractere: { $max })

referral-error-date-of-birth-missing = Introduceți data nașterii
referral-error-date-of-birth-missing-day = Data nașterii trebuie să conțină ziua
referral-error-date-of-birth-missing-month = Data nașterii trebuie să conțină luna
referral-error-date-of-birth-missing-year = Data nașterii trebuie să conțină anul
referral-error-date-of-birth-missing-day-and-month = Data nașterii trebuie să conțină ziua și luna
referral-error-date-of-birth-missing-day-and-year = Data nașterii trebuie să conțină ziua și anul
referral-error-date-of-birth-missing-month-and-year = Data nașterii trebuie să conțină luna și anul
referral-error-date-of-birth-year-format = Anul trebuie să aibă 4 cifre
referral-error-date-of-birth-not-real = Data nașterii trebuie să fie o dată reală
referral-error-date-of-birth-in-future = Data nașterii trebuie să fie azi sau în trecut
referral-error-date-of-birth-too-long-ago = Data nașterii trebuie să fie 1 ianuarie 1900 sau mai târziu

referral-error-nhs-number-missing = Introduceți numărul NHS
referral-error-nhs-number-not-digits = Introduceți numărul NHS folosind doar cifre, de exemplu ⁦485 777 3456⁩
referral-error-nhs-number-length = Introduceți numărul NHS în formatul corect, de exemplu ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = Verificați numărul NHS. Numărul introdus nu este un număr NHS valid. Îl găsiți în scrisorile de la NHS sau în aplicația NHS App

## Error messages: address

referral-error-address-line-1-missing = Introduceți primul rând al adresei
referral-error-address-line-2-missing = Introduceți al doilea rând al adresei

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Rândul de adresă este prea lung (numărul maxim de caractere pe fiecare rând: { $max })

referral-error-town-missing = Introduceți orașul sau localitatea

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = Numele orașului sau al localității este prea lung (numărul maxim de caractere: { $max })

referral-error-postcode-missing = Introduceți codul poștal (postcode)
referral-error-postcode-invalid = Introduceți un cod poștal complet din Regatul Unit, de exemplu SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Introduceți un număr de telefon
referral-error-phone-characters = Introduceți un număr de telefon folosind doar cifre, spații, paranteze, cratime și un + la început, de exemplu ⁦07700 900 982⁩
referral-error-phone-uk-format = Introduceți un număr de telefon, de exemplu ⁦01632 960 001⁩ sau ⁦07700 900 982⁩. Pentru un număr din afara Regatului Unit, începeți cu + și prefixul țării
referral-error-phone-international-format = Introduceți un număr de telefon internațional cu + și prefixul țării, de exemplu ⁦+40 21 123 4567⁩
referral-error-email-missing = Introduceți adresa de e-mail
referral-error-email-invalid = Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com
referral-error-contact-route-missing = Introduceți un număr de telefon sau o adresă de e-mail, ca serviciul să vă poată contacta
referral-error-voicemail-missing = Selectați „Da” dacă serviciul vă poate lăsa un mesaj vocal
referral-error-texts-missing = Selectați „Da” dacă serviciul vă poate trimite mesaje SMS
referral-error-safe-times-missing = Introduceți zilele și orele în care vă putem contacta în siguranță

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = Textul despre orele sigure pentru contact este prea lung (numărul maxim de caractere: { $max })

referral-error-preferred-language-missing = Introduceți limba pe care doriți să o folosiți

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = Numele limbii este prea lung (numărul maxim de caractere: { $max })

referral-error-interpreter-missing = Selectați dacă aveți nevoie de un interpret
referral-error-interpreter-language-missing = Introduceți limba pentru care aveți nevoie de interpret

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = Numele limbii pentru interpret este prea lung (numărul maxim de caractere: { $max })

## Error messages: your GP and your referral

referral-error-gp-practice-missing = Introduceți numele cabinetului medicului de familie (GP)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = Numele cabinetului GP este prea lung (numărul maxim de caractere: { $max })

referral-error-secondary-care-missing = Selectați „Da” dacă vă ajută în prezent o echipă de sănătate mintală. Dacă nu știți sigur, selectați „Nu știu sigur”
referral-error-help-with-missing = Spuneți-ne cu ce ați dori ajutor
referral-error-help-topics-missing = Selectați cel puțin un lucru cu care ați dori ajutor

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Selectați un răspuns la întrebarea { $number } despre cum v-ați simțit

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Selectați un răspuns la întrebarea { $number } despre îngrijorare și anxietate

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = Acest răspuns este prea lung (numărul maxim de caractere: { $max })

## Error messages: consent

referral-error-consent-share-with-gp-missing = Selectați „Da” dacă serviciul poate da medicului de familie (GP) informații despre îngrijirea dumneavoastră
referral-error-consent-privacy-notice-missing = Confirmați că ați citit informarea despre confidențialitate

## Answer options shared by several questions

referral-option-yes = Da
referral-option-no = Nu
referral-option-not-sure = Nu știu sigur
referral-option-prefer-not-to-say = Prefer să nu răspund

## Interpreter

referral-interpreter-none = Nu, nu am nevoie de interpret
referral-interpreter-spoken = Da, un interpret pentru o limbă vorbită
referral-interpreter-bsl = Da, un interpret de limbaj mimico-gestual britanic (BSL)

## What would you like help with?

referral-help-topic-low-mood = Stare de spirit scăzută sau depresie
referral-help-topic-worry = Îngrijorare sau anxietate
referral-help-topic-panic = Atacuri de panică
referral-help-topic-social-anxiety = Anxietate în preajma altor oameni
referral-help-topic-health-anxiety = Îngrijorare legată de sănătatea mea
referral-help-topic-phobia = O frică sau o fobie
referral-help-topic-ocd = Gânduri sau impulsuri nedorite cărora le rezist greu (TOC, tulburare obsesiv-compulsivă)
referral-help-topic-trauma = Ceva înfricoșător sau foarte dureros care mi s-a întâmplat
referral-help-topic-stress = Stres
referral-help-topic-sleep = Probleme cu somnul
referral-help-topic-long-term-condition = Cum să fac față unei boli de lungă durată
referral-help-topic-relationships = Greutăți în relații
referral-help-topic-bereavement = Doliu sau pierdere
referral-help-topic-other = Altceva

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = Alb
referral-ethnic-group-mixed = Mixt
referral-ethnic-group-asian = Asiatic sau britanic asiatic
referral-ethnic-group-black = De culoare sau britanic de culoare
referral-ethnic-group-other = Alte grupuri etnice

referral-ethnic-category-a = Britanic
referral-ethnic-category-b = Irlandez
referral-ethnic-category-c = Alt grup alb
referral-ethnic-category-d = Alb și de culoare din Caraibe
referral-ethnic-category-e = Alb și de culoare african
referral-ethnic-category-f = Alb și asiatic
referral-ethnic-category-g = Alt grup mixt
referral-ethnic-category-h = Indian
referral-ethnic-category-j = Pakistanez
referral-ethnic-category-k = Bangladez
referral-ethnic-category-l = Alt grup asiatic
referral-ethnic-category-m = Din Caraibe
referral-ethnic-category-n = African
referral-ethnic-category-p = Alt grup de culoare
referral-ethnic-category-r = Chinez
referral-ethnic-category-s = Alt grup etnic

## Gender

referral-gender-female = Femeie
referral-gender-male = Bărbat
referral-gender-non-binary = Persoană non-binară
referral-gender-other = Alt gen

## Sexual orientation

referral-sexual-orientation-heterosexual = Heterosexuală
referral-sexual-orientation-gay-or-lesbian = Homosexuală (gay sau lesbiană)
referral-sexual-orientation-bisexual = Bisexuală
referral-sexual-orientation-other = Altă orientare sexuală
referral-sexual-orientation-not-sure = Nu știu sigur

## Religion or belief

referral-religion-none = Fără religie
referral-religion-buddhist = Budism
referral-religion-christian = Creștinism
referral-religion-hindu = Hinduism
referral-religion-jewish = Iudaism
referral-religion-muslim = Islam
referral-religion-sikh = Sikhism
referral-religion-other = Altă religie sau credință

## Employment

referral-employment-employed = Am un loc de muncă plătit
referral-employment-unemployed = Nu am un loc de muncă plătit și caut de lucru
referral-employment-student = Studiez și nu am un loc de muncă plătit
referral-employment-long-term-sick = Nu lucrez din cauza unei boli de lungă durată sau a unei dizabilități
referral-employment-homemaker = Am grijă de familie sau de casă
referral-employment-not-working = Nu am un loc de muncă plătit și nu caut de lucru
referral-employment-volunteer = Fac voluntariat, fără plată
referral-employment-retired = Sunt la pensie

## Pregnancy and babies

referral-perinatal-pregnant = Da, sunt însărcinată
referral-perinatal-baby = Da, am un copil mai mic de 12 luni

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Cereți ajutor acum
referral-redirect-crisis-lead = Nu trebuie să așteptați o cerere ca să primiți ajutor. Serviciile de mai jos sunt gratuite și vă pot ajuta acum. Serviciile de terapie prin discuții nu sunt servicii pentru situații de criză, dar vă puteți întoarce aici și vă puteți înscrie direct când lucrurile se mai liniștesc.

referral-redirect-young-people-title = Există sprijin pentru tineri

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = Acest serviciu este pentru persoane cu vârsta de cel puțin { $age ->
    [one] { $age } an
    [few] { $age } ani
   *[other] { $age } de ani
}. În schimb, vă pot ajuta serviciile de sănătate mintală pentru copii și tineri. Medicul de familie (GP) sau o asistentă ori un consilier de la școală sau de la colegiu vă pot trimite acolo. Puteți suna și gratuit la Childline, la { $childline }, oricând.

referral-redirect-gp-title = Vorbiți cu echipa de sănătate mintală sau cu medicul de familie (GP)
referral-redirect-gp-body = Pentru că în prezent vă ajută o echipă de sănătate mintală, ei sunt cei mai potriviți să vorbească cu dumneavoastră despre terapia prin discuții. Vorbiți cu coordonatorul de îngrijire (care coordinator) sau cu echipa care se ocupă de dumneavoastră. Dacă nu știți cine este, vă poate ajuta medicul de familie (GP).

referral-redirect-area-title = Aflați ce serviciu acoperă zona dumneavoastră
referral-redirect-area-body = Nu am putut confirma că acest serviciu acoperă locul unde locuiți sau cabinetul medicului de familie (GP). Contactați serviciul și vi se va spune dacă vă pot ajuta sau ce serviciu NHS de terapie prin discuții acoperă zona dumneavoastră.
