# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Official Portuguese translations of PHQ-9 and GAD-7 exist (Portugal and Brazil);
# a service that needs the official wording should compare against them.

### Self-check questionnaires, Portuguese (pt): names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is translated from the published English wording.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Terms: "signs" = sinais; "diagnosis" = diagnóstico; "refer yourself" = pedir apoio
### diretamente; "GP" = GP (médico de família). Where an adjective must agree
### with the reader's gender, both forms are given (deprimido/a).
### Citations stay in English: they name English-language publications.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = Questionário de depressão PHQ-9
phq9-stem = Nas últimas 2 semanas, com que frequência se sentiu incomodado/a por algum dos seguintes problemas?
phq9-recall-period = Nas últimas 2 semanas

phq9-item-1 = Pouco interesse ou pouco prazer em fazer as coisas
phq9-item-2 = Sentir-se em baixo, deprimido/a ou sem esperança
phq9-item-3 = Dificuldade em adormecer ou em continuar a dormir, ou dormir demasiado
phq9-item-4 = Sentir-se cansado/a ou com pouca energia
phq9-item-5 = Falta de apetite ou comer demasiado
phq9-item-6 = Sentir-se mal consigo mesmo/a — ou sentir que é um fracasso ou que desiludiu a sua família ou a si mesmo/a
phq9-item-7 = Dificuldade em concentrar-se nas coisas, como ler o jornal ou ver televisão
phq9-item-8 = Mover-se ou falar tão devagar que as outras pessoas podem ter notado? Ou o contrário — estar tão agitado/a ou inquieto/a que se tem mexido muito mais do que o habitual
phq9-item-9 = Pensar que seria melhor estar morto/a, ou pensar em fazer mal a si mesmo/a de alguma forma
phq9-item-difficulty = Se assinalou algum problema, até que ponto estes problemas lhe dificultaram fazer o seu trabalho, tratar das coisas em casa ou dar-se bem com outras pessoas?

phq9-option-0 = Nunca
phq9-option-1 = Vários dias
phq9-option-2 = Mais de metade dos dias
phq9-option-3 = Quase todos os dias

phq9-difficulty-option-0 = Nada difícil
phq9-difficulty-option-1 = Um pouco difícil
phq9-difficulty-option-2 = Muito difícil
phq9-difficulty-option-3 = Extremamente difícil

phq9-band-minimal = Mínima
phq9-band-minimal-explanation = As suas respostas mostram poucos sinais de depressão, ou nenhum, nas últimas 2 semanas. Esta informação serve para ajudar; não é um diagnóstico. Se as coisas estão a ser difíceis, continua a merecer apoio e pode pedir ajuda na mesma.
phq9-band-mild = Ligeira
phq9-band-mild-explanation = As suas respostas mostram alguns sinais de depressão nas últimas 2 semanas, num nível que costuma chamar-se ligeiro. Isto não é um diagnóstico. O apoio pode ajudar em qualquer nível, e pode pedi-lo se as coisas estão a ser difíceis.
phq9-band-moderate = Moderada
phq9-band-moderate-explanation = As suas respostas mostram sinais de depressão nas últimas 2 semanas, num nível que costuma chamar-se moderado. Isto não é um diagnóstico. Muitas pessoas com respostas como as suas sentem que as terapias psicológicas ajudam, e pode pedir apoio diretamente.
phq9-band-moderately-severe = Moderadamente grave
phq9-band-moderately-severe-explanation = As suas respostas mostram sinais de depressão nas últimas 2 semanas, num nível que costuma chamar-se moderadamente grave. Isto não é um diagnóstico, e não diz nada sobre quem é como pessoa. O tratamento ajuda muitas pessoas a sentirem-se melhor: pode pedir apoio diretamente ou falar com o seu GP (médico de família).
phq9-band-severe = Grave
phq9-band-severe-explanation = As suas respostas mostram sinais de depressão nas últimas 2 semanas, num nível que costuma chamar-se grave. Isto não é um diagnóstico, e não tem de enfrentar isto sozinho/a. O tratamento ajuda muitas pessoas a sentirem-se melhor: pode pedir apoio diretamente ou falar com o seu GP (médico de família) sobre as opções.

phq9-caseness-explanation = Os serviços NHS Talking Therapies consideram uma pontuação de 10 ou mais neste questionário como um sinal de que a depressão pode estar a afetar a sua vida o suficiente para que o tratamento ajude. Seja qual for a sua pontuação, pode pedir ajuda.

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Desenvolvido pelos Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke e colegas, com uma bolsa educativa da Pfizer Inc. Não é necessária autorização para reproduzir, traduzir, mostrar ou distribuir.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = Questionário de ansiedade GAD-7
gad7-stem = Nas últimas 2 semanas, com que frequência se sentiu incomodado/a por algum dos seguintes problemas?
gad7-recall-period = Nas últimas 2 semanas

gad7-item-1 = Sentir-se nervoso/a, ansioso/a ou com os nervos à flor da pele
gad7-item-2 = Não ser capaz de parar ou de controlar as preocupações
gad7-item-3 = Preocupar-se demasiado com coisas diferentes
gad7-item-4 = Dificuldade em relaxar
gad7-item-5 = Estar tão inquieto/a que é difícil ficar sentado/a e quieto/a
gad7-item-6 = Ficar facilmente aborrecido/a ou irritado/a
gad7-item-7 = Sentir medo, como se alguma coisa terrível pudesse acontecer
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = Se assinalou algum problema, até que ponto estes problemas lhe dificultaram fazer o seu trabalho, tratar das coisas em casa ou dar-se bem com outras pessoas?
gad7-difficulty-option-0 = Nada difícil
gad7-difficulty-option-1 = Um pouco difícil
gad7-difficulty-option-2 = Muito difícil
gad7-difficulty-option-3 = Extremamente difícil

gad7-option-0 = Nunca
gad7-option-1 = Vários dias
gad7-option-2 = Mais de metade dos dias
gad7-option-3 = Quase todos os dias

gad7-band-minimal = Mínima
gad7-band-minimal-explanation = As suas respostas mostram poucos sinais de ansiedade, ou nenhum, nas últimas 2 semanas. Esta informação serve para ajudar; não é um diagnóstico. Se as coisas estão a ser difíceis, continua a merecer apoio e pode pedir ajuda na mesma.
gad7-band-mild = Ligeira
gad7-band-mild-explanation = As suas respostas mostram alguns sinais de ansiedade nas últimas 2 semanas, num nível que costuma chamar-se ligeiro. Isto não é um diagnóstico. O apoio pode ajudar em qualquer nível, e pode pedi-lo se as coisas estão a ser difíceis.
gad7-band-moderate = Moderada
gad7-band-moderate-explanation = As suas respostas mostram sinais de ansiedade nas últimas 2 semanas, num nível que costuma chamar-se moderado. Isto não é um diagnóstico. Muitas pessoas com respostas como as suas sentem que as terapias psicológicas ajudam, e pode pedir apoio diretamente.
gad7-band-severe = Grave
gad7-band-severe-explanation = As suas respostas mostram sinais de ansiedade nas últimas 2 semanas, num nível que costuma chamar-se grave. Isto não é um diagnóstico, e não tem de enfrentar isto sozinho/a. O tratamento ajuda muitas pessoas a sentirem-se melhor: pode pedir apoio diretamente ou falar com o seu GP (médico de família) sobre as opções.

gad7-caseness-explanation = Os serviços NHS Talking Therapies consideram uma pontuação de 8 ou mais neste questionário como um sinal de que a ansiedade pode estar a afetar a sua vida o suficiente para que o tratamento ajude. Seja qual for a sua pontuação, pode pedir ajuda.

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Desenvolvido pelos Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke e colegas, com uma bolsa educativa da Pfizer Inc. Não é necessária autorização para reproduzir, traduzir, mostrar ou distribuir.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem" (o meu problema).

wsas-name = Escala de Adaptação ao Trabalho e à Vida Social (WSAS)
wsas-stem = Por vezes, os problemas das pessoas afetam a sua capacidade de fazer certas tarefas do dia a dia. Para avaliar os seus problemas, veja cada secção e indique na escala até que ponto o seu problema prejudica a sua capacidade de fazer essa atividade.

wsas-item-work = Por causa do meu problema, a minha capacidade de trabalhar está prejudicada. '0' significa 'nada prejudicada' e '8' significa prejudicada de forma muito grave, ao ponto de não conseguir trabalhar.
wsas-item-work-not-applicable = Estou na reforma (aposentadoria), ou escolho não ter emprego por razões que não têm a ver com o meu problema
wsas-item-home-management = Por causa do meu problema, a minha gestão da casa (limpar, arrumar, fazer compras, cozinhar, cuidar da casa ou dos filhos, pagar contas) está prejudicada.
wsas-item-social-leisure = Por causa do meu problema, as minhas atividades de lazer com outras pessoas (por exemplo, festas, bares, saídas à noite, passeios, visitas, encontros amorosos, receber pessoas em casa) estão prejudicadas.
wsas-item-private-leisure = Por causa do meu problema, as minhas atividades de lazer a sós (por exemplo, ler, jardinagem, colecionar coisas, costura, caminhar sozinho/a) estão prejudicadas.
wsas-item-relationships = Por causa do meu problema, a minha capacidade de criar e manter relações próximas com outras pessoas, incluindo as pessoas com quem vivo, está prejudicada.

wsas-option-0 = 0 – Nada
wsas-option-1 = 1
wsas-option-2 = 2 – Ligeiramente
wsas-option-3 = 3
wsas-option-4 = 4 – Claramente
wsas-option-5 = 5
wsas-option-6 = 6 – Muito
wsas-option-7 = 7
wsas-option-8 = 8 – De forma muito grave

wsas-band-subclinical = Subclínico
wsas-band-subclinical-explanation = As suas respostas mostram que os seus problemas estão a ter um efeito menor no seu trabalho, na vida em casa, nos tempos livres ou nas relações. Isto não é um julgamento sobre quanto as coisas lhe custam. Se está a passar por dificuldades, continua a merecer apoio e pode pedir ajuda na mesma.
wsas-band-significant = Prejuízo funcional significativo
wsas-band-significant-explanation = As suas respostas mostram que os seus problemas estão a ter um efeito significativo no seu trabalho, na vida em casa, nos tempos livres ou nas relações. Isto não é um diagnóstico. O apoio pode ajudar a voltar às coisas que são importantes para si.
wsas-band-moderately-severe = Prejuízo moderadamente grave ou pior
wsas-band-moderately-severe-explanation = As suas respostas mostram que os seus problemas estão a ter um grande efeito no seu trabalho, na vida em casa, nos tempos livres ou nas relações. Isto não é um diagnóstico, e não tem de enfrentar isto sozinho/a: pode pedir apoio diretamente ou falar com o seu GP (médico de família).

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = A Work and Social Adjustment Scale tem direitos de autor dos seus autores (Mundt, Marks, Shear e Greist) e é muito usada pelos serviços do NHS.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Escalas de fobia
phobia-stem = Escolha um número da escala abaixo para mostrar até que ponto evitaria cada uma das situações ou coisas indicadas abaixo.

phobia-item-social = Situações sociais, por medo de passar vergonha ou de parecer ridículo/a
phobia-item-panic = Certas situações, por medo de ter um ataque de pânico ou outros sintomas angustiantes (como perder o controlo da bexiga, vomitar ou ter tonturas)
phobia-item-specific = Certas situações, por medo de certas coisas ou atividades (como animais, alturas, ver sangue, estar em espaços fechados, conduzir (dirigir) ou andar de avião)

phobia-option-0 = 0 – Não evitaria
phobia-option-1 = 1
phobia-option-2 = 2 – Evitaria um pouco
phobia-option-3 = 3
phobia-option-4 = 4 – Evitaria claramente
phobia-option-5 = 5
phobia-option-6 = 6 – Evitaria muito
phobia-option-7 = 7
phobia-option-8 = 8 – Evitaria sempre

phobia-explore-further = A sua resposta mostra que este tipo de medo pode estar a afetar a sua vida. Pode ajudar falar sobre isso com um terapeuta, que pode ver até que ponto o medo atrapalha a sua vida. Isto não é um diagnóstico.

phobia-citation = IAPT Phobia Scales, from the Improving Access to Psychological Therapies (now NHS Talking Therapies) programme.
phobia-licence = As IAPT Phobia Scales têm direitos de autor da Coroa britânica (Crown copyright) e são reproduzidas ao abrigo da Open Government Licence.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.
## "the stressful experience" = a experiência muito stressante, used the same way in every item.

pcl5-name = Lista de verificação PCL-5 de stress pós-traumático
pcl5-stem = Abaixo está uma lista de problemas que as pessoas às vezes têm depois de uma experiência muito stressante. Leia cada problema com atenção e depois escolha uma das respostas para indicar até que ponto esse problema o/a incomodou no último mês.
pcl5-recall-period = No último mês

pcl5-item-1 = Memórias repetidas, perturbadoras e indesejadas da experiência stressante?
pcl5-item-2 = Sonhos repetidos e perturbadores sobre a experiência stressante?
pcl5-item-3 = De repente, sentir ou agir como se a experiência stressante estivesse realmente a acontecer outra vez (como se estivesse mesmo lá outra vez, a revivê-la)?
pcl5-item-4 = Sentir-se muito perturbado/a quando alguma coisa lhe fez lembrar a experiência stressante?
pcl5-item-5 = Ter reações físicas fortes quando alguma coisa lhe fez lembrar a experiência stressante (por exemplo, coração acelerado, dificuldade em respirar, suores)?
pcl5-item-6 = Evitar memórias, pensamentos ou sentimentos ligados à experiência stressante?
pcl5-item-7 = Evitar coisas de fora que lhe fazem lembrar a experiência stressante (por exemplo, pessoas, lugares, conversas, atividades, objetos ou situações)?
pcl5-item-8 = Dificuldade em lembrar-se de partes importantes da experiência stressante?
pcl5-item-9 = Ter crenças negativas fortes sobre si mesmo/a, sobre as outras pessoas ou sobre o mundo (por exemplo, ter pensamentos como: sou mau/má, há algo de muito errado comigo, não se pode confiar em ninguém, o mundo é completamente perigoso)?
pcl5-item-10 = Culpar-se a si mesmo/a ou a outra pessoa pela experiência stressante ou pelo que aconteceu depois?
pcl5-item-11 = Ter sentimentos negativos fortes, como medo, horror, raiva, culpa ou vergonha?
pcl5-item-12 = Perder o interesse em atividades de que gostava?
pcl5-item-13 = Sentir-se distante ou afastado/a das outras pessoas?
pcl5-item-14 = Dificuldade em ter sentimentos positivos (por exemplo, não conseguir sentir felicidade ou sentir amor pelas pessoas mais próximas)?
pcl5-item-15 = Comportamento irritável, explosões de raiva ou agir de forma agressiva?
pcl5-item-16 = Correr demasiados riscos ou fazer coisas que lhe podem fazer mal?
pcl5-item-17 = Estar "superalerta", vigilante ou sempre de guarda?
pcl5-item-18 = Sentir-se sobressaltado/a ou assustar-se facilmente?
pcl5-item-19 = Ter dificuldade em concentrar-se?
pcl5-item-20 = Dificuldade em adormecer ou em continuar a dormir?

pcl5-option-0 = Nada
pcl5-option-1 = Um pouco
pcl5-option-2 = Moderadamente
pcl5-option-3 = Bastante
pcl5-option-4 = Extremamente

pcl5-caseness-explanation = Uma pontuação de 32 ou mais indica que pode estar a viver com stress pós-traumático, e que pode ajudar falar sobre isso com um profissional. Este é um resultado de rastreio, não um diagnóstico. Seja qual for a sua pontuação, pode pedir ajuda.

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. O limiar de 32 está dentro do intervalo de 31 a 33 indicado para PTSD provável (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = A PCL-5 é uma obra do Governo dos Estados Unidos (National Center for PTSD) e é do domínio público.
