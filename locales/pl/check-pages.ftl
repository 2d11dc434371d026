# Waymark interface strings for the self-check pages, Polish (pl), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = kwestionariusz;
# "score" = wynik; "diagnosis" = diagnoza; "device" = urządzenie;
# "referral" = zgłoszenie; "refer yourself" = zgłoś się samodzielnie;
# "Get help now" = Uzyskaj pomoc teraz; "keep" (a result) = zachowaj; "delete" = usuń.
# New here: "treatment threshold" = próg leczenia; "range" (band column) = poziom;
# "reliable improvement" = wiarygodna poprawa; "recovery" = wyzdrowienie.
# Plurals use the CLDR categories one/few/many/other.

## Self-check list and questions

check-private = Twoje odpowiedzi zostają na tym urządzeniu. Nic nie jest wysyłane, chyba że zdecydujesz się dołączyć swoje wyniki do zgłoszenia.
check-help-intro = Jeśli martwisz się o swoje bezpieczeństwo, nie czekaj na kwestionariusz.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] 1 pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
check-about-phq9 = Pytania o obniżony nastrój i depresję, na przykład o utratę zainteresowania różnymi sprawami, sen, energię i to, co myślisz o sobie.
check-about-gad7 = Pytania o zamartwianie się i lęk, na przykład o zdenerwowanie, niemożność przestania się martwić i trudności z odprężeniem się.
check-about-wsas = Pytania o to, jak twoje problemy wpływają na pracę, życie domowe, życie towarzyskie i relacje.
check-about-phobia = Pytania o unikanie sytuacji ze strachu, na przykład sytuacji towarzyskich, miejsc, w których może pojawić się panika, albo określonych rzeczy.
check-about-pcl5 = Pytania o reakcje na bardzo stresujące przeżycie, na przykład niechciane wspomnienia, ciągłą czujność i unikanie tego, co o nim przypomina.
check-about-other = Kwestionariusz, którego używa twoja poradnia.
check-back-to-list = Wszystkie kwestionariusze
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = Kwestionariusz ma { $count ->
    [one] 1 pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}. Wybierz odpowiedź, która najlepiej pasuje. Zajmie to kilka minut.
check-continue = Kontynuuj od miejsca przerwania
check-start-again = Zacznij od nowa
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Pytanie { $number } z { $total }
check-error-choose = Wybierz odpowiedź, która najlepiej pasuje
check-translation-official = Ten kwestionariusz jest wyświetlany w oficjalnym tłumaczeniu na ten język.
check-translation-none = Ten kwestionariusz nie został jeszcze przetłumaczony na ten język, więc jest wyświetlany po angielsku.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = Pytania są wyświetlane po angielsku, w takim brzmieniu, w jakim je przebadano. Nie ma jeszcze tłumaczenia na twój język sprawdzonego pod kątem liczenia wyniku. Reszta strony pozostaje w twoim języku.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = Ten kwestionariusz został przetłumaczony dla tej poradni i sprawdzony przez recenzenta, ale nie jest to oficjalne tłumaczenie. Wyniki sprawdzano tylko przy oficjalnym brzmieniu pytań, więc twój wynik może być mniej dokładny niż zwykle.
check-wording-unreviewed-unvalidated = Ten kwestionariusz został przetłumaczony dla tej poradni, ale nikt jeszcze nie sprawdził tłumaczenia. Wyniki sprawdzano tylko przy oficjalnym brzmieniu pytań, więc twój wynik może być mniej dokładny niż zwykle.
check-wording-machine-unvalidated = Ten kwestionariusz został przetłumaczony przez komputer i nikt jeszcze nie sprawdził tłumaczenia. Wyniki sprawdzano tylko przy oficjalnym brzmieniu pytań, więc twój wynik może być mniej dokładny niż zwykle.

## Self-check safety page

check-safety-title = Dziękujemy, że nam o tym mówisz
check-safety-lead = Z twoich odpowiedzi wynika, że miewasz myśli, że lepiej byłoby nie żyć, albo myśli o zrobieniu sobie krzywdy. Nie musisz radzić sobie z tym w pojedynkę.
check-safety-body = Jeśli czujesz, że możesz zrobić to, o czym myślisz, albo nie możesz zadbać o swoje bezpieczeństwo, poszukaj pomocy teraz. Ta pomoc jest bezpłatna i ktoś cię wysłucha.
check-safety-continue-hint = Kiedy poczujesz się na siłach, możesz wrócić do pytań i zobaczyć swoje wyniki.
check-safety-continue = Wróć do pytań

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Twoje wyniki: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = Twój wynik to { $score } na { $max } możliwych.
check-result-risk = Z twoich odpowiedzi wynika, że miewasz myśli, że lepiej byłoby nie żyć, albo myśli o zrobieniu sobie krzywdy. Prosimy, nie czekaj: pomoc jest dostępna już teraz.
check-result-prorated = Na jedno pytanie nie ma odpowiedzi albo nie dotyczyło ono ciebie, więc ten wynik został obliczony na podstawie pozostałych odpowiedzi.
check-result-items-caption = Twoje odpowiedzi, pytanie po pytaniu
check-result-item = Pytanie
check-result-item-score = Twoja odpowiedź (od 0 do 8)
check-result-item-note = Uwaga
check-result-not-title = Czego ten wynik nie oznacza
check-result-not-diagnosis = To nie jest diagnoza. Wynik daje tylko ogólne pojęcie o tym, jak się ostatnio czujesz. Nie może powiedzieć, co ci dolega, ani zdecydować, czy zasługujesz na pomoc.
check-result-any-score = Bez względu na wynik, jeśli jest ci ciężko, możesz poprosić o pomoc. Nie musisz mieć wysokiego wyniku, żeby ktoś potraktował cię poważnie.
check-result-next-title = Co możesz zrobić dalej
check-result-next-learn = Przeczytaj, co może pomóc, i spróbuj samopomocy
check-result-next-refer = Zgłoś się samodzielnie na terapię rozmową
check-result-next-help = Uzyskaj pomoc teraz, jeśli jej potrzebujesz
check-result-print = Wydrukuj lub zapisz te wyniki
check-result-keep = Zachowaj ten wynik na tym urządzeniu
check-result-kept = Zachowano na tym urządzeniu.
check-result-cannot-keep = Ta przeglądarka nie pozwala Waymark niczego zapisać, więc nie można zachować tego wyniku. Możesz go wydrukować albo zapisać jako PDF.
check-result-unavailable = Nie można obliczyć wyniku z tych odpowiedzi

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Twoje zachowane wyniki: { $name }
check-history-link = Zobacz wyniki zachowane na tym urządzeniu
check-history-empty = Na tym urządzeniu nie ma zachowanych wyników tego kwestionariusza.
check-history-unavailable = Ta przeglądarka nie pozwala Waymark niczego zapisać, więc nie można tu zachować wyników.
check-history-unreadable = Niektórych zachowanych wyników nie udało się odczytać, może dlatego, że zapisała je starsza wersja Waymark. Nie są wyświetlane.
check-history-chart-title = Twoje wyniki w czasie. Te same wyniki są w tabeli poniżej.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Próg leczenia: { $score }
check-history-table-caption = Zachowane wyniki
check-history-date = Data
check-history-score = Wynik
check-history-band = Poziom
check-history-actions = Działania
check-history-delete = Usuń
check-history-delete-all = Usuń wszystkie zachowane wyniki
check-history-compare-title = Porównaj dwa wyniki
check-history-compare-from = Wcześniejszy wynik
check-history-compare-to = Późniejszy wynik
check-history-improved = Między tymi dwoma wynikami twój wynik spadł na tyle, że można to uznać za wiarygodną poprawę.
check-history-deteriorated = Między tymi dwoma wynikami twój wynik wzrósł na tyle, że można to uznać za wiarygodną zmianę na gorsze. Rozmowa z kimś może pomóc.
check-history-no-change = Między tymi dwoma wynikami twój wynik nie zmienił się na tyle, żeby mieć pewność, że to coś więcej niż zwykłe wahania z dnia na dzień.
check-history-change-unknown = Dla tego kwestionariusza nie ma ustalonej miary wiarygodnej zmiany, więc nie porównujemy tych dwóch wyników.
check-history-recovered = Biorąc razem twoje kwestionariusze depresji i lęku, w obu twój wynik spadł z poziomu powyżej progu leczenia do poziomu poniżej niego. NHS Talking Therapies nazywa to wyzdrowieniem.
check-history-reliably-recovered = Biorąc razem twoje kwestionariusze depresji i lęku, w obu twój wynik spadł poniżej progu leczenia i wiarygodnie się poprawił. NHS Talking Therapies nazywa to wiarygodnym wyzdrowieniem.
check-history-not-recovered = Biorąc razem twoje kwestionariusze depresji i lęku, twój wynik nie jest jeszcze w obu poniżej progu leczenia.
check-history-not-case = Biorąc razem twoje kwestionariusze depresji i lęku, twoje wcześniejsze wyniki były poniżej progu leczenia, więc pojęcie wyzdrowienia tu nie ma zastosowania.
check-history-reliable-change-explained = NHS Talking Therapies uznaje zmianę za wiarygodną, a nie za zwykłe wahania, gdy wynosi co najmniej 6 punktów w PHQ-9 albo co najmniej 4 punkty w GAD-7.

## Carrying results into a referral

check-result-referral-title = Wysyłanie tych odpowiedzi razem ze zgłoszeniem
check-result-referral-body = Jeśli zgłaszasz się samodzielnie, możesz wysłać te odpowiedzi razem ze zgłoszeniem, żeby poradnia wiedziała, jak się ostatnio czujesz. Zostaną wysłane tylko wtedy, gdy zdecydujesz się wysłać zgłoszenie, a przed wysłaniem możesz je usunąć.
check-result-referral-add = Dołącz te odpowiedzi do mojego zgłoszenia

## Result compared with the person's last kept result

check-result-harder-title = Możliwe, że jest ci teraz trudniej
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = Twój wynik to { $after }, a ostatnio było { $before }. Tak duży wzrost to więcej niż zwykłe wahania.
check-result-harder-highest = Twój wynik jest na najwyższym poziomie dla tego kwestionariusza.
check-result-harder-tell = Jeśli czekasz na kontakt z poradnią, powiedz im, że coś się zmieniło. Zadzwoń:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Podaj numer referencyjny swojego zgłoszenia: { $reference }.
check-result-harder-waiting = Co może pomóc w czasie oczekiwania

## Telling the service online that things have changed

check-result-update-title = Albo daj znać poradni przez internet
check-result-update-words = Co się zmieniło?
check-result-update-words-hint = Na przykład, jak się ostatnio czujesz albo co sprawia, że trudniej ci czekać. Poradnia przeczyta to razem z twoim zgłoszeniem.
check-result-update-error-empty = Napisz w kilku słowach, co się zmieniło
check-result-update-error-long = Opis tego, co się zmieniło, może mieć najwyżej 1000 znaków
check-result-update-error-result = Ten wynik nie jest kompletny, więc nie można go wysłać. Wyślij swoją wiadomość bez niego albo zadzwoń do poradni.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Dołącz ten wynik ({ $name }) i swoje odpowiedzi
check-result-update-what-goes = Poradnia otrzyma twoją wiadomość i numer referencyjny twojego zgłoszenia, a jeśli zaznaczysz pole, także ten wynik i twój ostatni zachowany wynik z tego samego kwestionariusza. Nic więcej nie jest wysyłane.
check-result-update-send = Wyślij do poradni
check-result-update-waiting = Twoja wiadomość jest zapisana na tym urządzeniu i trwa jej wysyłanie. Waymark ponawia próby, dopóki jest otwarty, na dowolnej stronie. Ta strona poinformuje cię, gdy poradnia ją otrzyma.
check-result-update-accepted = Poradnia otrzymała twoją wiadomość.
check-result-update-rejected = Poradnia nie mogła przyjąć twojej wiadomości przez internet. Zadzwoń:
check-result-update-cannot = Przepraszamy, ta przeglądarka nie może bezpiecznie wysłać twojej wiadomości. Zadzwoń do poradni.
