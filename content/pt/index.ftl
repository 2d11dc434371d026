# Titles and one-line summaries of the content pack, Portuguese (pt), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the core topics are translated here; the others are offered in English.

## Topics

low-mood = Desânimo e depressão
    .summary = Sentir-se em baixo, vazio ou sem prazer nas coisas durante semanas.
worry = Preocupação e ansiedade
    .summary = Preocupações difíceis de parar, que ocupam grande parte do dia.
panic = Ataques de pânico
    .summary = Ondas súbitas de medo com o coração acelerado, e como deixá-las passar.
sleep = Problemas de sono
    .summary = Dificuldade em adormecer ou em continuar a dormir, e o que pode ajudar.
stress = Stress
    .summary = Sentir-se sob pressão a mais, e formas de aliviar o peso.
