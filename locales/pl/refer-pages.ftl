# Waymark interface strings for the online referral pages, Polish (pl),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl, checks.ftl, check-pages.ftl and referral.ftl):
# "referral" = zgłoszenie; "refer yourself" = zgłoś się samodzielnie;
# "GP" = GP (lekarz rodzinny); "GP practice" = przychodnia GP; "service" = poradnia;
# "device" = urządzenie; "delete" = usuń; "crisis" = kryzys;
# "interpreter" = tłumacz; "optional" = (nieobowiązkowe).

## Start

refer-start-lead = Napisz nam trochę o sobie, a poradnia skontaktuje się z tobą, żeby porozmawiać o tym, co może ci pomóc.
refer-start-time = Zajmie to około 10 minut. Przed wysłaniem możesz wrócić i zmienić odpowiedzi.
refer-start-saved-device = Twoje odpowiedzi są zapisywane na tym urządzeniu na bieżąco, w trakcie pisania, więc nic nie przepadnie, jeśli strona się zamknie. Są usuwane, gdy poradnia otrzyma twoje zgłoszenie albo gdy postanowisz je usunąć.
refer-start-saved-page = W trakcie pisania twoje odpowiedzi są przechowywane tylko na tej stronie i nic nie jest zapisywane na tym urządzeniu. Jeśli strona się zamknie, zanim wyślesz zgłoszenie, odpowiedzi przepadną.
refer-start-draft = Na tym urządzeniu są zapisane twoje wcześniejsze odpowiedzi.
refer-start-resume = Kontynuuj zgłoszenie
refer-start-delete = Usuń moje odpowiedzi
refer-start-waiting = Masz zgłoszenie, które czeka na wysłanie. Zobacz, na jakim jest etapie.

## Eligibility

refer-eligibility-title = Zanim zaczniesz
refer-eligibility-why = Najpierw zadajemy te pytania, żeby sprawdzić, czy ta poradnia jest dla ciebie odpowiednia. Jeśli nie, powiemy ci, gdzie szukać pomocy.
refer-in-crisis-legend = Czy czujesz, że nie możesz teraz zadbać o swoje bezpieczeństwo?
refer-in-crisis-shared-hint = Terapia rozmową nie może pomóc od razu. Jeśli przeżywasz kryzys, pokażemy ci, gdzie uzyskać pomoc teraz. Jeśli potem wyślesz zgłoszenie, poradnia zobaczy twoją odpowiedź, żeby móc sprawdzić, czy nic ci nie grozi.
refer-error-in-crisis-missing = Wybierz „Tak”, jeśli czujesz, że nie możesz teraz zadbać o swoje bezpieczeństwo
refer-dob-legend = Jaka jest twoja data urodzenia?
refer-dob-hint = Na przykład ⁦27 3 1985⁩. Pytamy, bo poradnia może przyjmować tylko osoby w określonym wieku.
refer-dob-day = Dzień
refer-dob-month = Miesiąc
refer-dob-year = Rok
refer-postcode-label = Jaki jest twój kod pocztowy (postcode)?
refer-postcode-hint = Pytamy, bo poradnia pomaga osobom, które mieszkają na jej terenie.
refer-practice-list-label = Do której przychodni GP (lekarza rodzinnego) należysz?
refer-practice-list-hint = Pytamy, bo poradnia współpracuje z przychodniami GP na swoim terenie. Jeśli twojej przychodni nie ma na liście, zostanie użyty twój kod pocztowy.
refer-practice-list-choose = Wybierz swoją przychodnię
refer-practice-list-not-listed = Mojej przychodni nie ma na liście
refer-secondary-care-legend = Czy obecnie pomaga ci środowiskowy zespół zdrowia psychicznego (community mental health team) albo zespół kryzysowy (crisis team)?
refer-secondary-care-hint = Jeśli tak, ten zespół może razem z tobą zorganizować terapię rozmową.

## Not eligible

refer-not-eligible-title = Ta poradnia może nie być dla ciebie odpowiednia
refer-not-eligible-phone = Jeśli uważasz, że to pomyłka, albo nie masz pewności, zadzwoń do poradni:
refer-not-eligible-change = Wróć i zmień odpowiedzi

## About you

refer-about-you-title = O tobie
refer-about-you-why = Używamy tych danych, żeby znaleźć twoją dokumentację medyczną i w razie potrzeby wysłać ci list.
refer-given-name-label = Imię
refer-family-name-label = Nazwisko
refer-nhs-number-label = Numer NHS (nieobowiązkowe)
refer-nhs-number-hint = Ma 10 cyfr, np. ⁦485 777 3456⁩. Znajdziesz go w listach od NHS albo w aplikacji NHS App. Możesz zostawić to pole puste.
refer-address-line-1-label = Adres, linia 1
refer-address-line-2-label = Adres, linia 2 (nieobowiązkowe)
refer-address-hint = Twój adres domowy, żeby poradnia wiedziała, że mieszkasz na jej terenie.
refer-town-label = Miejscowość

## Contact

refer-contact-title = Jak możemy się z tobą kontaktować?
refer-contact-why = Poradnia skontaktuje się z tobą, żeby umówić pierwszą wizytę. Napisz nam, jaki kontakt jest dla ciebie bezpieczny.
refer-phone-label = Numer telefonu
refer-phone-hint = Brytyjski numer komórkowy lub stacjonarny. Numer zagraniczny zacznij od +.
refer-email-label = Adres e-mail (nieobowiązkowe)
refer-email-hint = Tylko jeśli zgadzasz się, żeby poradnia pisała do ciebie e-maile.
refer-voicemail-legend = Czy możemy zostawić wiadomość na poczcie głosowej?
refer-voicemail-hint = W wiadomości będzie tylko informacja, kto dzwoni, bez podania powodu.
refer-texts-legend = Czy możemy wysyłać ci SMS-y?
refer-safe-times-label = Kiedy można bezpiecznie do ciebie dzwonić? (nieobowiązkowe)
refer-safe-times-hint = Na przykład w dni robocze rano albo nie po 18:00.

## More about you

refer-more-title = Twój język, twój GP i w czym chcesz otrzymać pomoc
refer-more-why = Dzięki temu poradnia może zaproponować ci odpowiednie wsparcie w odpowiednim języku.
refer-language-label = W jakim języku chcesz się porozumiewać? (nieobowiązkowe)
refer-language-hint = Możesz bezpłatnie skorzystać z tłumacza, także tłumacza brytyjskiego języka migowego (BSL).
refer-interpreter-legend = Czy chcesz skorzystać z tłumacza?
refer-interpreter-language-label = Jeśli tak, to jakiego języka? (nieobowiązkowe)
refer-gp-label = Twoja przychodnia GP (lekarza rodzinnego)
refer-gp-hint = Nazwa przychodni i miejscowość, na przykład Riverside Medical Centre, Anytown.
refer-help-with-label = W czym chcesz otrzymać pomoc? (nieobowiązkowe)
refer-help-with-hint = Własnymi słowami. Napisz tyle, ile chcesz.

refer-help-topics-legend = W czym chcesz otrzymać pomoc? (nieobowiązkowe)
refer-help-topics-hint = Zaznacz wszystko, co pasuje.

## Equality questions

refer-equality-title = O tobie: pytania nieobowiązkowe
refer-equality-why = Te pytania są nieobowiązkowe. Poradnie zadają je, żeby sprawdzić, czy traktują wszystkich sprawiedliwie, i dowiedzieć się, do kogo nie docierają. Twoje odpowiedzi nie mają wpływu na to, czy otrzymasz pomoc.
refer-ethnic-category-legend = Jaka jest twoja grupa etniczna?
refer-gender-legend = Jaka jest twoja płeć?
refer-gender-same-legend = Czy twoja płeć jest taka sama jak płeć wpisana przy rejestracji urodzenia?
refer-orientation-legend = Jaka jest twoja orientacja seksualna?
refer-religion-legend = Jaka jest twoja religia lub światopogląd?
refer-disability-legend = Czy uważasz, że masz niepełnosprawność?
refer-long-term-legend = Czy masz przewlekłą chorobę fizyczną, na przykład cukrzycę, astmę lub chorobę serca?
refer-employment-legend = Jaka jest twoja sytuacja zawodowa?
refer-veteran-legend = Czy masz za sobą służbę w brytyjskich siłach zbrojnych?
refer-perinatal-legend = Czy jesteś w ciąży albo czy w ciągu ostatnich 12 miesięcy urodziło ci się dziecko?

## Consent

refer-consent-title = Udostępnianie twoich informacji
refer-consent-why = Poradnia bezpiecznie przechowuje twoje informacje i używa ich tylko po to, żeby ci pomóc.
refer-share-gp-legend = Czy poradnia może poinformować twojego GP (lekarza rodzinnego), że zgłaszasz się na terapię?
refer-share-gp-hint = Wtedy twój GP też może cię wspierać. Nawet jeśli odpowiesz „Nie”, nadal możesz otrzymać pomoc.
refer-privacy-consent-label = Znam informację o tym, jak poradnia wykorzystuje moje dane, i zgadzam się na wysłanie mojego zgłoszenia.

## Check your answers

refer-check-title = Sprawdź odpowiedzi przed wysłaniem
refer-change = Zmień
refer-check-phq9 = Twoje odpowiedzi w PHQ-9 (obniżony nastrój)
refer-check-gad7 = Twoje odpowiedzi w GAD-7 (zamartwianie się i lęk)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Wynik: { $score }
refer-check-remove = Usuń
refer-check-send-title = Teraz wyślij zgłoszenie
refer-check-send-saved = Gdy je wyślesz, twoje zgłoszenie zostanie najpierw zapisane na tym urządzeniu, a potem wysłane do poradni. Jeśli połączenie zostanie przerwane, Waymark ponawia próby zawsze, gdy jest otwarty na tym urządzeniu, i poinformuje cię, gdy poradnia otrzyma zgłoszenie.
refer-check-send-memory = Gdy je wyślesz, twoje zgłoszenie będzie przechowywane na tej stronie, a potem zostanie wysłane do poradni. Nie zamykaj tej strony, dopóki nie pojawi się informacja, że poradnia je otrzymała: jeśli strona zostanie zamknięta wcześniej, zgłoszenie przepadnie.
refer-check-already-sent = Te odpowiedzi zostały już wysłane. Nie zostaną wysłane drugi raz.
refer-check-see-progress = Zobacz, na jakim etapie jest twoje zgłoszenie
refer-check-cannot-send = Przepraszamy, ta przeglądarka nie może utworzyć bezpiecznego numeru referencyjnego dla twojego zgłoszenia. Zadzwoń do poradni.
refer-send = Wyślij zgłoszenie
refer-sending = Wysyłanie…

## After sending

refer-sent-title = Zgłoszenie wysłane
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = Numer referencyjny twojego zgłoszenia to { $reference }.
refer-sent-next-title = Co będzie dalej
refer-sent-phone = Jeśli chcesz porozmawiać z poradnią, zadzwoń:
refer-sent-none = Na tym urządzeniu nie ma żadnego zgłoszenia
refer-waiting-title = Twoje zgłoszenie jest zapisane na tym urządzeniu
refer-waiting-device-body = Jeszcze nie dotarło do poradni. Waymark ponawia próby zawsze, gdy jest otwarty na tym urządzeniu, na dowolnej stronie, i napisze o tym tutaj, gdy poradnia je otrzyma.
refer-waiting-page-title = Twoje zgłoszenie czeka na tej stronie
refer-waiting-page-body = Jeszcze nie dotarło do poradni i jest przechowywane tylko na tej stronie. Nie zamykaj tej strony: Waymark ponawia próby i napisze o tym tutaj, gdy poradnia je otrzyma. Jeśli strona zostanie zamknięta wcześniej, zgłoszenie przepadnie.
refer-waiting-phone = Trwa to dłużej niż zwykle. Możesz zamiast tego zadzwonić do poradni.
refer-try-again = Spróbuj teraz ponownie
refer-rejected-title = Poradnia nie mogła przyjąć twojego zgłoszenia przez internet
refer-rejected-kept = Twoje zgłoszenie jest nadal przechowywane tam, skąd zostało wysłane, a poradnia go nie otrzymała. Zamiast tego zadzwoń do poradni i zgłoś się telefonicznie albo spróbuj ponownie później.
refer-receipt-title = Co jest zapisane na tym urządzeniu
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = Twoje odpowiedzi zostały usunięte z tego urządzenia. Przez { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} przechowywane są tylko numer referencyjny podany wyżej i data otrzymania zgłoszenia przez poradnię ({ $date }), żeby można było podać ten numer, jeśli zadzwonisz.
refer-receipt-delete = Usuń numer referencyjny z tego urządzenia
