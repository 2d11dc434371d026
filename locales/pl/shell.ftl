# Waymark interface strings for the app shell, Polish (pl), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Register: informal-polite "ty" form, written in lower case, and no gendered
# past-tense verbs addressed to the reader (so the text fits everyone).
# Term choices: "talking therapies" = terapia rozmową; "refer yourself" =
# zgłoś się samodzielnie; "referral" = zgłoszenie; "GP" = GP (lekarz rodzinny);
# "device" = urządzenie; "questionnaire" = kwestionariusz; "score" = wynik;
# "Get help now" = Uzyskaj pomoc teraz; "A&E" = oddział ratunkowy (A&E).

## App shell

app-loading = Wczytywanie…
app-skip-link = Przejdź do treści strony
app-help-now = Uzyskaj pomoc teraz
app-nav-label = Menu główne
app-nav-home = Strona główna
app-nav-learn = Dowiedz się więcej
app-nav-check = Sprawdź swoje samopoczucie
app-nav-refer = Zgłoś się samodzielnie
app-nav-privacy = Prywatność i ustawienia
app-storage-unavailable = Ta przeglądarka nie pozwala Waymark niczego zapisać, więc po zamknięciu tej strony nic nie zostanie zapamiętane. Wszystko inne działa.
app-footer-not-crisis = Terapie rozmową nie są pomocą w nagłych wypadkach.
app-referral-waiting = Na tym urządzeniu jest zapisane zgłoszenie, które jeszcze nie dotarło do poradni.
app-referral-waiting-link = Zobacz je i wyślij
needs-app-body = Ta część strony wymaga nowszej przeglądarki internetowej albo włączonej obsługi JavaScript. Nadal możesz zgłosić się samodzielnie albo zapytać poradnię o cokolwiek:
needs-app-phone = Zadzwoń pod numer
needs-app-email = Napisz e-mail na adres
needs-app-help = Jeśli potrzebujesz pomocy teraz:
app-saved-unreadable = Nie udało się ponownie odczytać niektórych odpowiedzi zapisanych na tym urządzeniu. Zostały odłożone osobno, a nie usunięte. Na stronie prywatności możesz zobaczyć, co jest zapisane, i to usunąć.
feature-failed-title = Nie udało się wczytać tej części strony
feature-failed-body = Sprawdź połączenie z internetem i wczytaj stronę ponownie. Jeśli potrzebujesz pomocy teraz, użyj linku „Uzyskaj pomoc teraz” na górze strony.

## Shared-device mode (outreach tablets)

shared-notice = Wspólne urządzenie: po zakończeniu nic osobistego tu nie zostaje.
shared-finish = Zakończ i wyczyść
shared-unsent-warning = Zgłoszenie nie zostało jeszcze wysłane. Jest zapisane tylko na tej stronie, więc jeśli teraz zakończysz, przepadnie. Poczekaj, aż zostanie wysłane, albo zanotuj dane tej osoby w inny sposób.
shared-finish-anyway = Zakończ mimo to
shared-finish-when-sent = Poczekaj i zakończ, gdy zostanie wysłane
shared-waiting-to-send = Oczekiwanie, aż poradnia otrzyma zgłoszenie. Gdy to nastąpi, ta strona sama się wyczyści.
shared-unsent-call = Albo zadzwoń do poradni, żeby dokonać zgłoszenia przez telefon:
shared-timeout-title = Czy nadal tu jesteś?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = Aby chronić prywatność, wszystko na tej stronie zostanie wyczyszczone za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
shared-timeout-continue = Nadal tu jestem

## Quick exit

quick-exit-label = Szybkie wyjście
quick-exit-button = Opuść tę stronę
quick-exit-hint = Albo naciśnij 3 razy klawisz Shift.

## Language switcher

language-switcher-label = Język
language-switcher-failed = Niestety nie udało się wczytać tego języka. Sprawdź połączenie i spróbuj ponownie.

## Home

home-title = Terapia rozmową: wsparcie, gdy jest ci ciężko
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } oferuje bezpłatną terapię rozmową w ramach NHS dla dorosłych, którzy czują przygnębienie, lęk lub stres. Możesz tu poczytać o częstych problemach, sprawdzić swoje samopoczucie i samodzielnie zgłosić się na terapię.
home-learn-title = Dowiedz się więcej i spróbuj samopomocy
home-learn-body = Przeczytaj o obniżonym nastroju, zamartwianiu się, panice, śnie i innych sprawach. Znajdziesz tu krótkie ćwiczenia, które możesz zrobić już dziś.
home-check-title = Sprawdź, jak się ostatnio czujesz
home-check-body = Odpowiedz na kilka krótkich pytań. Twoje odpowiedzi zostają na tym urządzeniu.
home-refer-title = Zgłoś się samodzielnie
home-refer-body = Nie musisz najpierw iść do GP (lekarza rodzinnego).
home-not-crisis = Jeśli potrzebujesz pomocy teraz, nie czekaj.

## Learn

learn-title = Dowiedz się więcej i spróbuj samopomocy
learn-lead = Informacje o częstych problemach i o tym, co możesz zrobić, żeby poczuć się lepiej.
learn-refer-link = Zgłoś się samodzielnie na terapię rozmową
learn-loading = Wczytywanie…
learn-pack-failed = Nie udało się wczytać tematów samopomocy. Sprawdź połączenie i spróbuj ponownie.
learn-topics-title = Tematy
learn-for-me-title = Materiały dla mnie
learn-for-me-hint = Wybierz grupę, aby zobaczyć materiały napisane z myślą o osobach takich jak ty. Waymark nie zapamiętuje twojego wyboru.
learn-for-me-label = Pokaż materiały dla
learn-for-me-everyone = Wszystkich
learn-for-me-intro = Napisane dla tej grupy:
learn-related-topics = Tematy, które mogą pomóc
learn-all-topics = Wszystkie tematy
learn-not-found = Nie ma tematu o tej nazwie. Możliwe, że został przeniesiony.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = Ta strona nie jest jeszcze dostępna w tym języku ({ $language }).
learn-read-in-english = Przeczytaj po angielsku
learn-in-english-note = Ta strona jest wyświetlana po angielsku, bo nie została jeszcze przetłumaczona.
learn-status-reviewed = Sprawdzone przez specjalistę (terapeutę lub lekarza).
learn-status-draft = Jeszcze niesprawdzone przez specjalistę (terapeutę lub lekarza).
learn-status-machine = Przetłumaczone przez komputer i jeszcze niesprawdzone przez człowieka. Niektóre słowa mogą być błędne.
learn-tools-label = Narzędzia strony
learn-read-aloud = Czytaj na głos
learn-stop-reading = Przestań czytać
learn-text-size = Rozmiar tekstu
learn-text-size-standard = Standardowy
learn-text-size-large = Duży
learn-text-size-largest = Największy
learn-print = Wydrukuj tę stronę
learn-next-title = Co możesz zrobić dalej
learn-next-check = Sprawdź, jak się ostatnio czujesz
learn-next-refer = Zgłoś się samodzielnie na terapię rozmową
learn-next-help = Uzyskaj pomoc teraz, jeśli nie możesz zadbać o swoje bezpieczeństwo

## Check

check-title = Sprawdź, jak się ostatnio czujesz
check-lead = Krótkie kwestionariusze, których używa wiele poradni terapii rozmową NHS.
check-not-a-diagnosis = Twoje odpowiedzi pomagają ci zastanowić się, jak się ostatnio czujesz. Nie są diagnozą.
## Refer

refer-title = Zgłoś się samodzielnie
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = Możesz samodzielnie zgłosić się do: { $service }. Nie musisz najpierw iść do GP (lekarza rodzinnego).
refer-online-coming = Formularz internetowy nie jest jeszcze dostępny w tej wersji Waymark. Możesz zgłosić się telefonicznie.
refer-not-online = Ta poradnia nie przyjmuje zgłoszeń przez internet. Możesz zgłosić się telefonicznie.
refer-by-phone = Zgłoś się telefonicznie
refer-by-email = Albo napisz e-mail:
refer-what-next = Ktoś z poradni porozmawia z tobą o tym, co może ci pomóc i ile możesz czekać.

## Get help now

help-title = Uzyskaj pomoc teraz
help-lead = Jeśli czujesz, że nie możesz zadbać o swoje bezpieczeństwo, albo przeżywasz kryzys, od razu poszukaj pomocy.
help-not-crisis-service = Poradnie terapii rozmową nie udzielają pomocy w kryzysie, ale mogą pomóc, gdy już poczujesz się bezpiecznie.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = Jeśli twoje życie jest teraz zagrożone, zadzwoń pod { $number } lub zgłoś się na oddział ratunkowy (A&E).
crisis-emergency-body = Na przykład, jeśli zrobisz sobie poważną krzywdę albo czujesz, że nie możesz zadbać o swoje bezpieczeństwo.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, opcja { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = Zadzwoń pod { $number } i wybierz opcję { $option }. To całodobowa linia NHS dla osób w kryzysie psychicznym, w każdym wieku. Można poprosić o tłumacza.
crisis-samaritans-body = Zadzwoń za darmo, w dzień lub w nocy, żeby porozmawiać o czymkolwiek.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = Jeśli wolisz pisać niż rozmawiać, wyślij SMS o treści { $keyword } pod numer { $number }, w dzień lub w nocy.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = Dla osób w wieku poniżej { $age } lat, które mają myśli samobójcze, i dla osób, które się o nie martwią. Linia działa w dzień i w nocy: można zadzwonić albo wysłać SMS.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = Dla dzieci i młodzieży w wieku poniżej { $age } lat.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = Wyślij SMS { $keyword } pod numer { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = Wyślij SMS pod numer { $number }

## Privacy and settings

privacy-title = Prywatność i ustawienia
privacy-lead = Waymark działa w twojej przeglądarce. Nie używa plików cookie, nie śledzi cię i nie pokazuje reklam.
privacy-kept-title = Co jest zapisane na tym urządzeniu
privacy-kept-nothing = Nic nie jest zapisane na tym urządzeniu.
privacy-stored-language = Wybrany przez ciebie język.
privacy-stored-check-progress = Odpowiedzi z niedokończonego kwestionariusza (zapisane tylko do zamknięcia tej karty).
privacy-stored-history = Wyniki kwestionariuszy zachowane na twoją prośbę.
privacy-stored-referral-draft = Odpowiedzi ze zgłoszenia, które nie zostało jeszcze wysłane.
privacy-stored-outbox-undelivered = Zgłoszenia, które jeszcze nie dotarły do poradni.
privacy-stored-receipts = Numery referencyjne zgłoszeń, które poradnia otrzymała, wraz z datą. Bez żadnych twoich odpowiedzi.
privacy-stored-unreadable = Zapisane odpowiedzi lub zgłoszenia, których to urządzenie nie mogło ponownie odczytać, odłożone osobno, a nie usunięte.
privacy-stored-text-size = Wybrany przez ciebie rozmiar tekstu do czytania.
privacy-stored-shared-device = Informacja, że to urządzenie działa w trybie wspólnego urządzenia (kod pracownika, zapisany w nieczytelnej postaci).
privacy-delete-all = Usuń wszystko, co jest zapisane na tym urządzeniu
privacy-deleted-everything = Wszystko, co Waymark zapisał na tym urządzeniu, zostało usunięte, w tym strony zachowane do czytania offline.
privacy-delete-unsent-warning = Jedno zgłoszenie jeszcze nie dotarło do poradni. Jeśli teraz usuniesz wszystko, nie zostanie ono wysłane.
privacy-delete-anyway = Usuń wszystko mimo to
privacy-shared-title = Tryb wspólnego urządzenia dla osób pracujących w terenie
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Używaj tego trybu na tablecie, z którego w ciągu dnia korzysta kilka osób. Na urządzeniu nie zostaje nic osobistego, a wszystko jest czyszczone po naciśnięciu „Zakończ i wyczyść” albo po { $minutes ->
    [one] { $minutes } minucie
    [few] { $minutes } minutach
    [many] { $minutes } minutach
   *[other] { $minutes } minuty
} nieużywania.
privacy-worker-title = Dla osób pracujących w terenie: zgłoszenia czekające na tym urządzeniu
privacy-worker-check = Sprawdź
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] Na tym urządzeniu nie czeka żadne zgłoszenie.
    [one] { $count } zgłoszenie czeka na tym urządzeniu, aż dotrze do poradni. Nie zamykaj Waymark i nie odłączaj go od internetu, dopóki zgłoszenie nie zostanie wysłane.
    [few] { $count } zgłoszenia czekają na tym urządzeniu, aż dotrą do poradni. Nie zamykaj Waymark i nie odłączaj go od internetu, dopóki zgłoszenia nie zostaną wysłane.
    [many] { $count } zgłoszeń czeka na tym urządzeniu, aż dotrą do poradni. Nie zamykaj Waymark i nie odłączaj go od internetu, dopóki zgłoszenia nie zostaną wysłane.
   *[other] { $count } zgłoszenia czeka na tym urządzeniu, aż dotrą do poradni. Nie zamykaj Waymark i nie odłączaj go od internetu, dopóki zgłoszenia nie zostaną wysłane.
}
privacy-shared-sealed-kept = Jedynym wyjątkiem jest zgłoszenie, które jeszcze nie dotarło do poradni. Do czasu wysłania jest przechowywane na urządzeniu, zamknięte tak, że tylko poradnia może je otworzyć. Nikt, kto korzysta z urządzenia, nie może zobaczyć ani zgłoszenia, ani tego, od kogo pochodzi.
privacy-shared-by-service = Poradnia włączyła ten tryb na wszystkich urządzeniach.
privacy-shared-is-on = Tryb wspólnego urządzenia jest włączony na tym urządzeniu.
privacy-shared-code-label = Kod pracownika
privacy-shared-code-hint = Co najmniej 4 cyfry. Kod jest potrzebny do wyłączenia tego trybu, więc osoba, której pomagasz, nie może go wyłączyć.
privacy-shared-turn-on = Włącz na tym urządzeniu
privacy-shared-turn-off = Wyłącz
privacy-shared-code-error = Wpisz kod pracownika, który ma co najmniej 4 cyfry.
privacy-shared-wrong-code = To nie jest kod pracownika dla tego urządzenia.
privacy-private-browsing-title = Jeśli z tego urządzenia korzystają inne osoby
privacy-private-browsing-body = Użyj okna prywatnego (incognito). Wtedy po jego zamknięciu nic z tej wizyty nie zostanie w przeglądarce.
privacy-history-body = Żadna strona internetowa nie może usunąć twojej historii przeglądania. Jeśli martwisz się, że ktoś może ją zobaczyć, możesz ją usunąć w ustawieniach przeglądarki.
privacy-sent-title = Co jest wysyłane
privacy-sent-body = Nic nie opuszcza tego urządzenia, dopóki nie wyślesz zgłoszenia. Zgłoszenie trafia tylko do poradni.
privacy-notice-link = Przeczytaj informację poradni o ochronie prywatności
privacy-admin-warnings = Dla administratorów poradni: ostrzeżenia dotyczące konfiguracji

## Not found

not-found-title = Nie znaleziono strony
not-found-body = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli strona została otwarta z linku, mogła zostać przeniesiona.
not-found-home = Przejdź do strony głównej

## Configuration error (for the service's admin)

admin-error-title = Przepraszamy, ta usługa w tej chwili nie działa
admin-error-public = Jeśli potrzebujesz pomocy teraz:
admin-error-for-admins = Dla administratora poradni
admin-error-file = Plik
admin-error-field = Pole
admin-error-problem = Problem
admin-error-docs = Opis wszystkich pól i ich formatu znajdziesz w pliku docs/configuration.md.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = Nie udało się wczytać pliku { $file }: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = Plik { $file } nie jest poprawnym plikiem JSON w wierszu { $line }, kolumnie { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = Brak wartości albo ma ona niewłaściwy typ: { $detail }.
admin-error-empty = Wartość nie może być pusta.
admin-error-not-secure-url = Wartość musi być adresem https://. Adres http:// jest dozwolony tylko dla 127.0.0.1 lub localhost podczas testów.
admin-error-not-email = Wartość nie jest adresem e-mail.
admin-error-no-known-language = Żaden z podanych języków nie jest dostępny w tej wersji Waymark.
admin-error-not-public-key = Wartość nie jest kluczem publicznym wygenerowanym przez „receiver keygen” (43 znaki: litery, cyfry, - lub _).
admin-error-no-parent-origin = Osadzanie jest włączone, ale żadna strona internetowa nie może osadzać Waymark. Wymień każdą z nich w embed.allowed_parent_origins.
admin-error-not-origin = Wartość musi być originem strony internetowej (schemat i domena), np. https://www.example.nhs.uk, bez ścieżki i bez *.
admin-error-out-of-range = Liczba musi być większa od 0 i wynosić najwyżej 120 minut.
admin-error-out-of-range-days = Liczba musi być całkowitą liczbą dni od 1 do 365.
admin-error-not-phone-number = Wartość musi być numerem telefonu, pod który można zadzwonić, np. ⁦0113 496 0000⁩ lub ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = Ta linia ma nazwę krajowej linii kryzysowej, ale jej numer nie jest numerem tej linii. Sprawdź numer albo nadaj tej linii własną nazwę twojej poradni.

## Forms (shared by the self-check and referral pages)

check-back = Wstecz
check-start = Zacznij teraz
check-next = Dalej
check-error-prefix = Błąd:
check-error-summary-title = Wystąpił problem

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = W czasie oczekiwania
waiting-lead = Co się dzieje po samodzielnym zgłoszeniu, ile może to potrwać i co może pomóc w międzyczasie.
waiting-next-title = Co będzie dalej
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = Poradnia skontaktuje się z tobą w ciągu { $days ->
    [one] { $days } dnia roboczego
    [few] { $days } dni roboczych
    [many] { $days } dni roboczych
   *[other] { $days } dnia roboczego
} od otrzymania twojego zgłoszenia, żeby umówić pierwszą rozmowę (wstępną konsultację).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = Obecnie na pierwszą wizytę czeka się potem zwykle { $weeks ->
    [0] krócej niż tydzień
    [one] około { $weeks } tygodnia
    [few] około { $weeks } tygodni
    [many] około { $weeks } tygodni
   *[other] około { $weeks } tygodnia
}.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (Poradnia ostatnio sprawdziła to { $date }.)
waiting-contact-title = Jeśli chcesz zapytać o swoje zgłoszenie albo je anulować
waiting-contact-body = Skontaktuj się z poradnią. Jeśli masz numer referencyjny, podaj go.
waiting-contact-phone = Telefon:
waiting-contact-email = E-mail:
waiting-help-title = Co może pomóc w czasie oczekiwania
waiting-help-learn = Przeczytaj o częstych problemach i spróbuj ćwiczeń
waiting-help-check = Sprawdź swoje samopoczucie i zachowaj wynik na tym urządzeniu, żeby później go porównać
waiting-harder-title = Jeśli w czasie oczekiwania będzie ci trudniej
waiting-harder-body = Powiedz poradni, jeśli czujesz się gorzej albo coś się zmieniło. Zadzwoń:
waiting-harder-crisis = Jeśli czujesz, że nie możesz zadbać o swoje bezpieczeństwo, nie czekaj:
waiting-device-title = Na tym urządzeniu
waiting-no-reference = Na tym urządzeniu nie ma numeru referencyjnego zgłoszenia. Jeśli zgłoszenie wysłano z innego urządzenia albo numer usunięto, poradnia może znaleźć twoje zgłoszenie po imieniu i nazwisku oraz dacie urodzenia.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = Numer referencyjny twojego zgłoszenia to { $reference }. Poradnia otrzymała twoje zgłoszenie { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = Czyli najpóźniej do { $date }, nie licząc świąt państwowych.
waiting-call-calendar = Dodaj tę datę do kalendarza (plik tworzony na tym urządzeniu)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } planuje skontaktować się z tobą najpóźniej dzisiaj
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = Numer referencyjny twojego zgłoszenia to { $reference }.
waiting-calendar-privacy = Pliki kalendarza są tworzone na tym urządzeniu i nie są nigdzie wysyłane. We wpisie jest nazwa poradni: każdy, kto widzi twój kalendarz, może ją zobaczyć.
waiting-check-in-title = Sprawdzaj samopoczucie co 2 tygodnie
waiting-check-in-body = Powtarzanie tego samego kwestionariusza co 2 tygodnie pokazuje, czy coś się zmienia. Jeśli wynik pokaże, że jest ci trudniej, Waymark o tym powie i pokaże, jak dać znać poradni.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: czas na kolejne sprawdzenie
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: następne sprawdzenie { $date }
waiting-check-in-calendar = Dodaj przypomnienie do kalendarza
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Sprawdzenie samopoczucia: { $name }
waiting-check-in-event-body = Powtórz kwestionariusz w Waymark, żeby zobaczyć, czy coś się zmienia.
waiting-check-in-none = Gdy zachowasz wynik PHQ-9 lub GAD-7 na tym urządzeniu, ta strona pokaże, kiedy go powtórzyć.
waiting-check-in-not-kept = To urządzenie nie zachowuje wyników kwestionariuszy, więc nie może przypomnieć ci o kolejnym sprawdzeniu.
waiting-print = Wydrukuj tę stronę albo zapisz ją jako PDF
refer-sent-waiting-link = W czasie oczekiwania: co będzie dalej, ile może to potrwać i co może pomóc

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = Pamięć tego urządzenia jest pełna, więc to, co teraz wpisujesz, jest zachowane tylko na tej stronie: jeśli ją zamkniesz, zniknie. Dokończ to, co robisz, zanim zamkniesz stronę (zgłoszenie nadal zostanie wysłane, dopóki strona jest otwarta), albo zadzwoń do poradni. Gdy zwolnisz miejsce w ustawieniach przeglądarki, Waymark znów będzie mógł zapisywać.
privacy-stored-waiting-plan = Rozpoczęty plan na czas oczekiwania i zaznaczone kroki.
waiting-plan-title = Plan na najbliższe tygodnie
waiting-plan-body = Kilka małych kroków co tydzień, z ćwiczeń w części „Dowiedz się więcej”. Zaznaczasz je tutaj. Plan jest zapisany tylko na tym urządzeniu i możesz go usunąć w każdej chwili.
waiting-plan-question = Co najbardziej pomogłoby ci teraz?
waiting-plan-suggested-hint = Jeden plan jest oznaczony jako proponowany, na podstawie zachowanych wyników kwestionariuszy. Wybierz ten, który wydaje ci się odpowiedni.
waiting-plan-suggested = Proponowany
waiting-plan-start = Zacznij ten plan
waiting-plan-unreadable = Nie udało się odczytać zapisanego planu: może pochodzić ze starszej wersji Waymark albo został zmieniony na tym urządzeniu. Wybierz plan poniżej, żeby zacząć od nowa. Stary plan zostanie zastąpiony dopiero wtedy.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = Tydzień { $week }
waiting-plan-this-week = Ten tydzień
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = To { $week }. tydzień twojego planu.
waiting-plan-after-end = Wszystkie tygodnie planu są już za tobą. Rób dalej to, co pomogło, i wróć do kroków, które zostały pominięte.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = Zrobione kroki: { $done } z { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = Jak to zrobić: { $topic }
waiting-plan-kept = Twój plan i zaznaczone kroki są zapisane tylko na tym urządzeniu. Przycisk „Usuń wszystko” na stronie prywatności też je usuwa.
waiting-plan-stop = Zakończ ten plan i usuń go
waiting-plan-not-shared = Plan można zapisać tylko na własnym urządzeniu, więc na tym wspólnym urządzeniu nie jest on dostępny.
waiting-plan-not-kept = Ta przeglądarka nie pozwala Waymark niczego zapisać, więc nie można tu zachować planu.
