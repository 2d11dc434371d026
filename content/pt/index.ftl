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

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = Melhorar o humor, um pequeno passo de cada vez
    .summary = Baseado na ativação comportamental: planear pequenas coisas que são importantes para si ou de que gosta, mesmo antes de lhe apetecer.
plan-low-mood-understand = Ler o que é o desânimo e como ele se pode manter por si mesmo
plan-low-mood-one-small-thing = Planear uma coisa pequena para cada dia desta semana, e fazê-la
plan-low-mood-activity-diary = Fazer um diário de atividades durante uma semana, e reparar no que melhora o seu humor
plan-low-mood-sleep-routine = Levantar-se à mesma hora todos os dias, seja qual for a forma como correu a noite
plan-low-mood-build-up = Juntar, em cada dia, mais uma atividade que é importante para si, partindo do que ajudou
plan-worry = Controlar a preocupação
    .summary = Baseado no momento da preocupação: adiar as preocupações para uma hora marcada todos os dias, e separar aquelas em relação às quais pode agir das que não pode.
plan-worry-understand = Ler o que é a preocupação e porque pode ser difícil de parar
plan-worry-worry-time = Marcar um momento da preocupação de 15 a 20 minutos por dia, e até lá ir escrevendo as preocupações
plan-worry-worry-tree = Usar a árvore da preocupação: posso fazer alguma coisa quanto a isto agora?
plan-worry-problem-solving = Escolher um problema prático e seguir os passos para resolver problemas
plan-worry-keep-going = Continuar com o momento da preocupação, e reparar que preocupações ainda têm importância quando ele chega
plan-panic = Deixar passar o pânico
    .summary = Perceber o que acontece no corpo durante o pânico, e aprender que as sensações passam sem ser preciso fazer nada para as parar.
plan-panic-understand = Ler o que acontece no corpo durante um ataque de pânico
plan-panic-paced-breathing = Praticar a respiração compassada 5 minutos por dia, num momento de calma
plan-panic-stay-with-it = Quando o pânico vier, ficar onde está e deixar a sensação subir e descer
plan-panic-stress-bucket = Desenhar o seu balde do stress: o que o enche e o que deixa sair algum stress
plan-panic-keep-going = Continuar a praticar: sempre que o pânico vier, ficar com a sensação e reparar que ela passa
