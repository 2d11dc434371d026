# Waymark interface strings for the self-check pages, Portuguese (pt), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Plurals: CLDR "pt" uses one (0 and 1) and other ("many" only for millions),
# so the [one] variant shows the number instead of a fixed "1".

## Self-check list and questions

check-private = As suas respostas ficam neste dispositivo. Nada é enviado, a não ser que escolha juntar os seus resultados a um pedido de apoio.
check-help-intro = Se está preocupado/a com a sua segurança, não espere por um questionário.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
check-about-phq9 = Perguntas sobre desânimo e depressão, como perder o interesse pelas coisas, o sono, a energia e o que sente sobre si.
check-about-gad7 = Perguntas sobre preocupação e ansiedade, como sentir nervosismo, não conseguir parar de se preocupar e ter dificuldade em relaxar.
check-about-wsas = Perguntas sobre a forma como os seus problemas afetam o trabalho, a vida em casa, a vida social e as relações.
check-about-phobia = Perguntas sobre evitar situações por causa do medo, como situações sociais, lugares onde pode haver pânico, ou certas coisas.
check-about-pcl5 = Perguntas sobre reações a uma experiência muito stressante, como memórias indesejadas, estar sempre de guarda e evitar o que a faz lembrar.
check-about-other = Um questionário que o seu serviço usa.
check-back-to-list = Todos os questionários
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = { $count ->
    [one] Tem { $count } pergunta
   *[other] Tem { $count } perguntas
}. Escolha a resposta que melhor se aplica. Demora alguns minutos.
check-continue = Continuar de onde parou
check-start-again = Começar de novo
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Pergunta { $number } de { $total }
check-error-choose = Escolha a resposta que melhor se aplica
check-translation-official = Este questionário aparece na tradução oficial para este idioma.
check-translation-none = Este questionário ainda não foi traduzido para este idioma, por isso aparece em inglês.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = As perguntas aparecem em inglês, com as palavras com que foram testadas. Ainda não existe uma tradução para o seu idioma verificada para o cálculo das pontuações. O resto da página continua no seu idioma.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = Este questionário foi traduzido para este serviço e revisto por um revisor, mas não é uma tradução oficial. As pontuações só foram testadas com a redação oficial, por isso o seu resultado pode ser menos exato do que o habitual.
check-wording-unreviewed-unvalidated = Este questionário foi traduzido para este serviço, mas ainda ninguém reviu a tradução. As pontuações só foram testadas com a redação oficial, por isso o seu resultado pode ser menos exato do que o habitual.
check-wording-machine-unvalidated = Este questionário foi traduzido por computador e ainda ninguém reviu a tradução. As pontuações só foram testadas com a redação oficial, por isso o seu resultado pode ser menos exato do que o habitual.

## Self-check safety page

check-safety-title = Obrigado por nos dizer
check-safety-lead = Disse que tem tido pensamentos de que seria melhor estar morto/a, ou de fazer mal a si mesmo/a. Não tem de lidar com isto sozinho/a.
check-safety-body = Se sente que pode agir de acordo com estes pensamentos, ou se não consegue manter-se em segurança, peça ajuda agora. Estes serviços são gratuitos e vão ouvi-lo/a.
check-safety-continue-hint = Quando se sentir preparado/a, pode continuar com as perguntas e ver os seus resultados.
check-safety-continue = Continuar

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Os seus resultados: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = A sua pontuação é { $score } em { $max }.
check-result-risk = Disse-nos que tem tido pensamentos de que seria melhor estar morto/a, ou de fazer mal a si mesmo/a. Por favor, não espere: há ajuda disponível agora.
check-result-prorated = Uma pergunta ficou sem resposta ou não se aplicava a si, por isso este total foi calculado a partir das suas outras respostas.
check-result-items-caption = As suas respostas, pergunta a pergunta
check-result-item = Pergunta
check-result-item-score = A sua resposta (de 0 a 8)
check-result-item-note = Nota
check-result-not-title = O que isto não significa
check-result-not-diagnosis = Isto não é um diagnóstico. Uma pontuação é uma indicação aproximada de como se tem sentido nos últimos tempos. Não pode dizer-lhe o que se passa, nem decidir se merece ajuda.
check-result-any-score = Seja qual for a sua pontuação, se está a passar por dificuldades, pode pedir ajuda. Não precisa de ter uma pontuação alta para ser levado/a a sério.
check-result-next-title = O que pode fazer a seguir
check-result-next-learn = Ler sobre o que pode ajudar e experimentar alguma autoajuda
check-result-next-refer = Pedir terapia psicológica diretamente
check-result-next-help = Obter ajuda agora, se precisar
check-result-print = Imprimir ou guardar estes resultados
check-result-keep = Guardar este resultado neste dispositivo
check-result-kept = Guardado neste dispositivo.
check-result-cannot-keep = Este navegador não deixa o Waymark guardar nada, por isso não é possível guardar este resultado. Pode imprimi-lo ou guardá-lo como PDF.
check-result-unavailable = Não é possível calcular a pontuação destas respostas

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Os resultados que guardou: { $name }
check-history-link = Ver os resultados que guardou neste dispositivo
check-history-empty = Não guardou nenhum resultado deste questionário neste dispositivo.
check-history-unavailable = Este navegador não deixa o Waymark guardar nada, por isso não é possível guardar resultados aqui.
check-history-unreadable = Não foi possível ler alguns resultados guardados, talvez porque foram guardados por uma versão mais antiga do Waymark. Esses resultados não aparecem.
check-history-chart-title = As suas pontuações ao longo do tempo. As mesmas pontuações estão na tabela abaixo.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Limiar de tratamento: { $score }
check-history-table-caption = Resultados guardados
check-history-date = Data
check-history-score = Pontuação
check-history-band = Nível
check-history-actions = Ações
check-history-delete = Apagar
check-history-delete-all = Apagar todos os resultados guardados
check-history-compare-title = Comparar dois resultados
check-history-compare-from = Resultado anterior
check-history-compare-to = Resultado mais recente
check-history-improved = Entre estes dois resultados, a sua pontuação desceu o suficiente para contar como uma melhoria fiável.
check-history-deteriorated = Entre estes dois resultados, a sua pontuação subiu o suficiente para contar como uma mudança fiável para pior. Pode ajudar falar com alguém.
check-history-no-change = Entre estes dois resultados, a sua pontuação não mudou o suficiente para se ter a certeza de que é mais do que os altos e baixos do dia a dia.
check-history-change-unknown = Este questionário não tem uma medida acordada de mudança fiável, por isso não comparamos as duas pontuações.
check-history-recovered = Juntando os seus questionários de depressão e de ansiedade, passou de acima do limiar de tratamento para abaixo dele em ambos. O NHS Talking Therapies chama a isto recuperação.
check-history-reliably-recovered = Juntando os seus questionários de depressão e de ansiedade, passou para abaixo do limiar de tratamento em ambos e melhorou de forma fiável. O NHS Talking Therapies chama a isto recuperação fiável.
check-history-not-recovered = Juntando os seus questionários de depressão e de ansiedade, ainda não está abaixo do limiar de tratamento em ambos.
check-history-not-case = Juntando os seus questionários de depressão e de ansiedade, as suas respostas anteriores estavam abaixo do limiar de tratamento, por isso a recuperação não se aplica.
check-history-reliable-change-explained = O NHS Talking Therapies considera uma mudança fiável, e não apenas os altos e baixos habituais, quando é de 6 pontos ou mais no PHQ-9, ou de 4 pontos ou mais no GAD-7.

## Carrying results into a referral

check-result-referral-title = Enviar estas respostas com um pedido de apoio
check-result-referral-body = Se pedir apoio diretamente, pode enviar estas respostas com o seu pedido, para que o serviço saiba como se tem sentido. Só são enviadas se escolher enviar o seu pedido, e pode retirá-las antes disso.
check-result-referral-add = Juntar estas respostas ao meu pedido

## Result compared with the person's last kept result

check-result-harder-title = As coisas podem ter ficado mais difíceis
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = A sua pontuação é { $after }; da última vez era { $before }. Uma subida tão grande é mais do que os altos e baixos habituais.
check-result-harder-highest = A sua pontuação está no nível mais alto deste questionário.
check-result-harder-tell = Se está à espera do serviço, diga-lhes que as coisas mudaram. Ligue para:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Indique a referência do seu pedido: { $reference }.
check-result-harder-waiting = O que pode ajudar enquanto espera

## Telling the service online that things have changed

check-result-update-title = Ou informe o serviço online
check-result-update-words = O que mudou?
check-result-update-words-hint = Por exemplo, como se tem sentido, ou qualquer coisa que torne a espera mais difícil. O serviço lê isto juntamente com o seu pedido.
check-result-update-error-empty = Diga em poucas palavras o que mudou
check-result-update-error-long = O texto sobre o que mudou tem de ter 1000 caracteres ou menos
check-result-update-error-result = Este resultado não está completo, por isso não pode ser enviado. Envie a sua mensagem sem ele, ou ligue para o serviço.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Incluir este resultado ({ $name }) e as suas respostas
check-result-update-what-goes = O serviço recebe a sua mensagem e a referência do seu pedido e, se marcar a caixa, este resultado e o último resultado que guardou do mesmo questionário. Mais nada é enviado.
check-result-update-send = Enviar ao serviço
check-result-update-waiting = A sua mensagem está guardada neste dispositivo e está a ser enviada. O Waymark continua a tentar enquanto estiver aberto, em qualquer página. Esta página avisa quando o serviço a tiver recebido.
check-result-update-accepted = O serviço recebeu a sua mensagem.
check-result-update-rejected = O serviço não pôde aceitar a sua mensagem online. Por favor, ligue para:
check-result-update-cannot = Lamentamos, este navegador não consegue enviar a sua mensagem de forma segura. Por favor, ligue para o serviço.
