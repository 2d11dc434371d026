# Titles and one-line summaries of the content pack, Polish (pl), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = Obniżony nastrój i depresja
    .summary = Smutek, pustka albo brak radości z czegokolwiek przez wiele tygodni.
worry = Zamartwianie się i lęk
    .summary = Zmartwienia, które trudno zatrzymać i które zajmują dużą część dnia.
panic = Ataki paniki
    .summary = Nagłe fale strachu z kołataniem serca i sposoby, żeby je przetrwać.
sleep = Problemy ze snem
    .summary = Trudności z zaśnięciem albo z przespaniem nocy i to, co może pomóc.
stress = Stres
    .summary = Poczucie zbyt dużej presji i sposoby, żeby zmniejszyć obciążenie.

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = Lepszy nastrój, małymi krokami
    .summary = Na podstawie aktywacji behawioralnej: planowanie małych rzeczy, które są dla ciebie ważne albo sprawiają ci przyjemność, zanim jeszcze przyjdzie na nie ochota.
plan-low-mood-understand = Przeczytaj, czym jest obniżony nastrój i jak może sam się podtrzymywać
plan-low-mood-one-small-thing = Zaplanuj jedną małą rzecz na każdy dzień tego tygodnia i zrób ją
plan-low-mood-activity-diary = Przez tydzień prowadź dziennik zajęć i zauważ, co poprawia ci nastrój
plan-low-mood-sleep-routine = Wstawaj codziennie o tej samej porze, bez względu na to, jaka była noc
plan-low-mood-build-up = Każdego dnia dodaj jeszcze jedno zajęcie, które jest dla ciebie ważne, w oparciu o to, co pomogło
plan-worry = Jak zapanować nad zmartwieniami
    .summary = Na podstawie czasu na zmartwienia: odkładanie zmartwień do stałej pory każdego dnia i oddzielanie tych, z którymi możesz coś zrobić, od tych, na które nie masz wpływu.
plan-worry-understand = Przeczytaj, czym jest zamartwianie się i dlaczego tak trudno je zatrzymać
plan-worry-worry-time = Wyznacz codzienny czas na zmartwienia, 15–20 minut, a do tego czasu zapisuj zmartwienia
plan-worry-worry-tree = Skorzystaj z drzewa zmartwień: czy mogę coś z tym zrobić teraz?
plan-worry-problem-solving = Wybierz jeden praktyczny problem i przejdź przez kroki rozwiązywania problemów
plan-worry-keep-going = Dalej codziennie wyznaczaj czas na zmartwienia i zauważ, które zmartwienia są jeszcze ważne, kiedy ten czas nadejdzie
plan-panic = Jak przetrwać panikę
    .summary = Zrozumienie, co dzieje się w ciele podczas paniki, i przekonanie się, że te odczucia mijają, nawet jeśli nic nie robisz, żeby je zatrzymać.
plan-panic-understand = Przeczytaj, co dzieje się w ciele podczas ataku paniki
plan-panic-paced-breathing = Ćwicz spokojny, odmierzony oddech przez 5 minut dziennie, w chwilach spokoju
plan-panic-stay-with-it = Kiedy przyjdzie panika, zostań tam, gdzie jesteś, i pozwól, żeby to uczucie rosło i opadało
plan-panic-stress-bucket = Narysuj swoje wiadro stresu: co je napełnia, a co pozwala wypuścić trochę stresu
plan-panic-keep-going = Ćwicz dalej: za każdym razem, gdy przyjdzie panika, zostań z tym uczuciem i zauważ, że mija
