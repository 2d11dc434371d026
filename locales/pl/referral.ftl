### Self-referral form, Polish (pl), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to fix
### the answer (e.g. "Wpisz ..."). Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl, checks.ftl and check-pages.ftl):
### "referral" = zgłoszenie; "refer yourself" = zgłoś się samodzielnie;
### "GP" = GP (lekarz rodzinny); "GP practice" = przychodnia GP; "service" = poradnia.
### Answer options avoid gendered forms: ethnic groups agree with "grupa etniczna",
### orientations with "orientacja", religions are named as nouns, employment
### options are first-person present tense.

## Error messages: about you

referral-error-given-name-missing = Wpisz swoje imię

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = Imię jest za długie (maksymalna liczba znaków: { $max })

referral-error-family-name-missing = Wpisz swoje nazwisko

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = Nazwisko jest za długie (maksymalna liczba znaków: { $max })

referral-error-date-of-birth-missing = Wpisz swoją datę urodzenia
referral-error-date-of-birth-missing-day = Data urodzenia musi zawierać dzień
referral-error-date-of-birth-missing-month = Data urodzenia musi zawierać miesiąc
referral-error-date-of-birth-missing-year = Data urodzenia musi zawierać rok
referral-error-date-of-birth-missing-day-and-month = Data urodzenia musi zawierać dzień i miesiąc
referral-error-date-of-birth-missing-day-and-year = Data urodzenia musi zawierać dzień i rok
referral-error-date-of-birth-missing-month-and-year = Data urodzenia musi zawierać miesiąc i rok
referral-error-date-of-birth-year-format = Rok musi mieć 4 cyfry
referral-error-date-of-birth-not-real = Data urodzenia musi być prawdziwą datą
referral-error-date-of-birth-in-future = Data urodzenia nie może być późniejsza niż dzisiaj
referral-error-date-of-birth-too-long-ago = Data urodzenia nie może być wcześniejsza niż 1 stycznia 1900

referral-error-nhs-number-missing = Wpisz swój numer NHS
referral-error-nhs-number-not-digits = Wpisz numer NHS, używając tylko cyfr, np. ⁦485 777 3456⁩
referral-error-nhs-number-length = Wpisz numer NHS w poprawnym formacie, np. ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = Sprawdź swój numer NHS. Wpisany numer nie jest prawidłowym numerem NHS. Swój numer znajdziesz w listach od NHS albo w aplikacji NHS App

## Error messages: address

referral-error-address-line-1-missing = Wpisz pierwszą linię adresu
referral-error-address-line-2-missing = Wpisz drugą linię adresu

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Linia adresu jest za długa (maksymalna liczba znaków w każdej linii: { $max })

referral-error-town-missing = Wpisz swoją miejscowość

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = Nazwa miejscowości jest za długa (maksymalna liczba znaków: { $max })

referral-error-postcode-missing = Wpisz swój kod pocztowy (postcode)
referral-error-postcode-invalid = Wpisz pełny brytyjski kod pocztowy, np. SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Wpisz numer telefonu
referral-error-phone-characters = Wpisz numer telefonu, używając tylko cyfr, spacji, nawiasów, łączników i znaku + na początku, np. ⁦07700 900 982⁩
referral-error-phone-uk-format = Wpisz numer telefonu, np. ⁦01632 960 001⁩ lub ⁦07700 900 982⁩. Numer spoza Wielkiej Brytanii zacznij od + i kodu kraju
referral-error-phone-international-format = Wpisz zagraniczny numer telefonu z + i kodem kraju, np. ⁦+48 12 345 67 89⁩
referral-error-email-missing = Wpisz swój adres e-mail
referral-error-email-invalid = Wpisz adres e-mail w poprawnym formacie, np. imie@example.com
referral-error-contact-route-missing = Wpisz numer telefonu lub adres e-mail, żeby poradnia mogła się z tobą skontaktować
referral-error-voicemail-missing = Wybierz „Tak”, jeśli poradnia może zostawić ci wiadomość głosową
referral-error-texts-missing = Wybierz „Tak”, jeśli poradnia może wysyłać ci SMS-y
referral-error-safe-times-missing = Wpisz dni i godziny, w których można bezpiecznie się z tobą kontaktować

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = Opis bezpiecznych pór kontaktu jest za długi (maksymalna liczba znaków: { $max })

referral-error-preferred-language-missing = Wpisz język, którego chcesz używać

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = Nazwa języka jest za długa (maksymalna liczba znaków: { $max })

referral-error-interpreter-missing = Wybierz, czy potrzebujesz tłumacza
referral-error-interpreter-language-missing = Wpisz język, w którym potrzebujesz tłumacza

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = Nazwa języka tłumacza jest za długa (maksymalna liczba znaków: { $max })

## Error messages: your GP and your referral

referral-error-gp-practice-missing = Wpisz nazwę swojej przychodni GP (lekarza rodzinnego)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = Nazwa przychodni GP jest za długa (maksymalna liczba znaków: { $max })

referral-error-secondary-care-missing = Wybierz „Tak”, jeśli obecnie pomaga ci zespół zdrowia psychicznego. Jeśli nie wiesz, wybierz „Nie wiem”
referral-error-help-with-missing = Napisz, w czym chcesz otrzymać pomoc
referral-error-help-topics-missing = Wybierz co najmniej jedną rzecz, w której chcesz otrzymać pomoc

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Wybierz odpowiedź na pytanie { $number } o twoje samopoczucie

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Wybierz odpowiedź na pytanie { $number } o zamartwianie się i lęk

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = Ta odpowiedź jest za długa (maksymalna liczba znaków: { $max })

## Error messages: consent

referral-error-consent-share-with-gp-missing = Wybierz „Tak”, jeśli poradnia może przekazywać twojemu GP (lekarzowi rodzinnemu) informacje o twoim leczeniu
referral-error-consent-privacy-notice-missing = Potwierdź, że znasz informację poradni o ochronie prywatności

## Answer options shared by several questions

referral-option-yes = Tak
referral-option-no = Nie
referral-option-not-sure = Nie wiem
referral-option-prefer-not-to-say = Wolę nie odpowiadać

## Interpreter

referral-interpreter-none = Nie, nie potrzebuję tłumacza
referral-interpreter-spoken = Tak, tłumacza języka mówionego
referral-interpreter-bsl = Tak, tłumacza brytyjskiego języka migowego (BSL)

## What would you like help with?

referral-help-topic-low-mood = Obniżony nastrój lub depresja
referral-help-topic-worry = Zamartwianie się lub lęk
referral-help-topic-panic = Ataki paniki
referral-help-topic-social-anxiety = Lęk w kontaktach z innymi ludźmi
referral-help-topic-health-anxiety = Zamartwianie się o swoje zdrowie
referral-help-topic-phobia = Strach lub fobia
referral-help-topic-ocd = Natrętne myśli lub przymus robienia czegoś, któremu trudno się oprzeć (OCD, zaburzenie obsesyjno-kompulsyjne)
referral-help-topic-trauma = Coś przerażającego lub bardzo przykrego, co mi się przydarzyło
referral-help-topic-stress = Stres
referral-help-topic-sleep = Problemy ze snem
referral-help-topic-long-term-condition = Radzenie sobie z przewlekłą chorobą
referral-help-topic-relationships = Trudności w związku lub w relacjach
referral-help-topic-bereavement = Żałoba lub strata
referral-help-topic-other = Coś innego

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = Biała
referral-ethnic-group-mixed = Mieszana
referral-ethnic-group-asian = Azjatycka lub azjatycka brytyjska
referral-ethnic-group-black = Czarna lub czarna brytyjska
referral-ethnic-group-other = Inne grupy etniczne

referral-ethnic-category-a = Brytyjska
referral-ethnic-category-b = Irlandzka
referral-ethnic-category-c = Inna biała grupa
referral-ethnic-category-d = Biała i czarna karaibska
referral-ethnic-category-e = Biała i czarna afrykańska
referral-ethnic-category-f = Biała i azjatycka
referral-ethnic-category-g = Inna mieszana grupa
referral-ethnic-category-h = Indyjska
referral-ethnic-category-j = Pakistańska
referral-ethnic-category-k = Bangladeska
referral-ethnic-category-l = Inna azjatycka grupa
referral-ethnic-category-m = Karaibska
referral-ethnic-category-n = Afrykańska
referral-ethnic-category-p = Inna czarna grupa
referral-ethnic-category-r = Chińska
referral-ethnic-category-s = Inna grupa etniczna

## Gender

referral-gender-female = Kobieta
referral-gender-male = Mężczyzna
referral-gender-non-binary = Osoba niebinarna
referral-gender-other = Inna płeć

## Sexual orientation

referral-sexual-orientation-heterosexual = Heteroseksualna
referral-sexual-orientation-gay-or-lesbian = Homoseksualna (gej lub lesbijka)
referral-sexual-orientation-bisexual = Biseksualna
referral-sexual-orientation-other = Inna orientacja seksualna
referral-sexual-orientation-not-sure = Nie wiem

## Religion or belief

referral-religion-none = Bez religii
referral-religion-buddhist = Buddyzm
referral-religion-christian = Chrześcijaństwo
referral-religion-hindu = Hinduizm
referral-religion-jewish = Judaizm
referral-religion-muslim = Islam
referral-religion-sikh = Sikhizm
referral-religion-other = Inna religia lub światopogląd

## Employment

referral-employment-employed = Pracuję zarobkowo
referral-employment-unemployed = Nie pracuję zarobkowo i szukam pracy
referral-employment-student = Uczę się lub studiuję i nie pracuję zarobkowo
referral-employment-long-term-sick = Nie pracuję z powodu długotrwałej choroby lub niepełnosprawności
referral-employment-homemaker = Zajmuję się rodziną lub domem
referral-employment-not-working = Nie pracuję zarobkowo i nie szukam pracy
referral-employment-volunteer = Wykonuję nieodpłatną pracę w wolontariacie
referral-employment-retired = Jestem na emeryturze

## Pregnancy and babies

referral-perinatal-pregnant = Tak, jestem w ciąży
referral-perinatal-baby = Tak, mam dziecko w wieku poniżej 12 miesięcy

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Uzyskaj pomoc teraz
referral-redirect-crisis-lead = Nie musisz czekać na zgłoszenie, żeby dostać pomoc. Wymienione niżej miejsca są bezpłatne i mogą ci pomóc już teraz. Poradnie terapii rozmową nie udzielają pomocy w kryzysie, ale możesz tu wrócić i zgłosić się samodzielnie, gdy poczujesz się spokojniej.

referral-redirect-young-people-title = Jest wsparcie dla młodych ludzi

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = Ta poradnia jest dla osób w wieku { $age } lat i starszych. Zamiast niej może ci pomóc poradnia zdrowia psychicznego dla dzieci i młodzieży. Może cię tam skierować GP (lekarz rodzinny) albo pielęgniarka lub pedagog w twojej szkole czy college'u. Możesz też o każdej porze zadzwonić bezpłatnie do Childline pod numer { $childline }.

referral-redirect-gp-title = Porozmawiaj ze swoim zespołem zdrowia psychicznego albo GP
referral-redirect-gp-body = Ponieważ obecnie pomaga ci zespół zdrowia psychicznego, to z nim najlepiej porozmawiać o terapii rozmową. Porozmawiaj ze swoim koordynatorem opieki (care coordinator) albo z zespołem, który się tobą opiekuje. Jeśli nie wiesz, kto to jest, pomoże ci GP (lekarz rodzinny).

referral-redirect-area-title = Sprawdź, która poradnia obejmuje twoją okolicę
referral-redirect-area-body = Nie udało się potwierdzić, że ta poradnia obejmuje miejsce twojego zamieszkania lub twoją przychodnię GP. Skontaktuj się z poradnią, a jej pracownicy powiedzą ci, czy mogą pomóc albo która poradnia terapii rozmową NHS obejmuje twoją okolicę.
