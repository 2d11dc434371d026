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
