# Waymark interface strings for the online referral pages, Portuguese (pt),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl and referral.ftl): "referral" = pedido (de apoio);
# "refer yourself" = pedir apoio diretamente; "GP" = GP (médico de família);
# "GP practice" = consultório do GP; "optional" = (opcional);
# "address" = morada (endereço); "last name" = apelido (sobrenome).

## Start

refer-start-lead = Conte-nos um pouco sobre si e o serviço vai contactá-lo/a para falar sobre o que pode ajudar.
refer-start-time = Demora cerca de 10 minutos. Pode voltar atrás e mudar as suas respostas antes de as enviar.
refer-start-saved-device = As suas respostas são guardadas neste dispositivo enquanto escreve, por isso nada se perde se a página fechar. São apagadas assim que o serviço receber o seu pedido, ou quando decidir apagá-las.
refer-start-saved-page = Enquanto escreve, as suas respostas ficam apenas nesta página, e nada é guardado neste dispositivo. Se a página fechar antes de enviar o pedido, as respostas perdem-se.
refer-start-draft = Tem respostas guardadas neste dispositivo de uma vez anterior.
refer-start-resume = Continuar o seu pedido
refer-start-delete = Apagar as minhas respostas
refer-start-waiting = Tem um pedido à espera de ser enviado. Veja como está a correr.

## Eligibility

refer-eligibility-title = Antes de começar
refer-eligibility-why = Fazemos estas perguntas primeiro para verificar se este é o serviço certo para si. Se não for, dizemos-lhe onde pode obter ajuda.
refer-in-crisis-legend = Sente que não consegue manter-se em segurança neste momento?
refer-in-crisis-shared-hint = As terapias psicológicas não podem ajudar de imediato. Se está em crise, vamos mostrar-lhe onde obter ajuda agora. Se depois enviar um pedido de apoio, o serviço verá a sua resposta, para poder confirmar que está em segurança.
refer-error-in-crisis-missing = Selecione sim se sente que não consegue manter-se em segurança neste momento
refer-dob-legend = Qual é a sua data de nascimento?
refer-dob-hint = Por exemplo, ⁦27 3 1985⁩. Perguntamos porque o serviço só pode atender pessoas de certas idades.
refer-dob-day = Dia
refer-dob-month = Mês
refer-dob-year = Ano
refer-postcode-label = Qual é o seu código postal?
refer-postcode-hint = Perguntamos porque o serviço trabalha para as pessoas que vivem na sua zona.
refer-practice-list-label = Em que consultório de GP (médico de família) está inscrito/a?
refer-practice-list-hint = Perguntamos porque o serviço trabalha com os consultórios de GP da sua zona. Se o seu não estiver na lista, usamos o seu código postal.
refer-practice-list-choose = Escolha o seu consultório
refer-practice-list-not-listed = O meu consultório não está na lista
refer-secondary-care-legend = Neste momento, está a receber ajuda de uma equipa comunitária de saúde mental ou de uma equipa de crise?
refer-secondary-care-hint = Se está, essa equipa pode combinar consigo uma terapia psicológica.

## Not eligible

refer-not-eligible-title = Este serviço pode não ser o mais indicado para si
refer-not-eligible-phone = Se acha que isto está errado, ou se não sabe bem, ligue para o serviço:
refer-not-eligible-change = Voltar atrás e mudar as suas respostas

## About you

refer-about-you-title = Sobre si
refer-about-you-why = Usamos estes dados para encontrar os seus registos e para lhe escrever, se for preciso.
refer-given-name-label = Nome próprio
refer-family-name-label = Apelido (sobrenome)
refer-nhs-number-label = Número do NHS (opcional)
refer-nhs-number-hint = Tem 10 algarismos, por exemplo ⁦485 777 3456⁩. Pode encontrá-lo nas cartas do NHS ou na NHS App. Pode deixar este campo em branco.
refer-address-line-1-label = Morada (endereço), linha 1
refer-address-line-2-label = Morada (endereço), linha 2 (opcional)
refer-address-hint = A morada da sua casa, para que o serviço saiba que vive na sua zona.
refer-town-label = Localidade ou cidade

## Contact

refer-contact-title = Como o/a podemos contactar?
refer-contact-why = O serviço vai contactá-lo/a para marcar uma primeira consulta. Diga-nos o que é seguro para si.
refer-phone-label = Número de telefone
refer-phone-hint = Um número do Reino Unido, móvel ou fixo. Para números internacionais, comece com +.
refer-email-label = Endereço de email (opcional)
refer-email-hint = Só se não se importar que o serviço lhe envie emails.
refer-voicemail-legend = Podemos deixar uma mensagem de voz?
refer-voicemail-hint = A mensagem diria quem está a ligar, mas não porquê.
refer-texts-legend = Podemos enviar-lhe mensagens de texto (SMS)?
refer-safe-times-label = Quando é seguro telefonar-lhe? (opcional)
refer-safe-times-hint = Por exemplo, de manhã nos dias úteis, ou não depois das 18h.

## More about you

refer-more-title = O seu idioma, o seu GP e aquilo com que gostaria de ter ajuda
refer-more-why = Isto ajuda o serviço a oferecer-lhe o apoio certo, no idioma certo.
refer-language-label = Que idioma gostaria de usar? (opcional)
refer-language-hint = Pode ter um intérprete, incluindo de Língua Gestual Britânica (BSL), sem pagar nada.
refer-interpreter-legend = Gostaria de ter um intérprete?
refer-interpreter-language-label = Se sim, para que idioma? (opcional)
refer-gp-label = O consultório do seu GP (médico de família)
refer-gp-hint = O nome do consultório e da localidade, por exemplo Riverside Medical Centre, Anytown.
refer-help-with-label = Com o que gostaria de ter ajuda? (opcional)
refer-help-with-hint = Por palavras suas. Escreva o quanto quiser, muito ou pouco.

refer-help-topics-legend = Com o que gostaria de ter ajuda? (opcional)
refer-help-topics-hint = Selecione todas as opções que se aplicam.

## Equality questions

refer-equality-title = Sobre si: perguntas opcionais
refer-equality-why = Estas perguntas são opcionais. Os serviços fazem-nas para verificar se são justos com todas as pessoas e para saber a quem não estão a chegar. As suas respostas não mudam a decisão de lhe oferecer ajuda.
refer-ethnic-category-legend = Qual é o seu grupo étnico?
refer-gender-legend = Qual é o seu género?
refer-gender-same-legend = O seu género é o mesmo que o sexo com que foi registado/a à nascença?
refer-orientation-legend = Qual é a sua orientação sexual?
refer-religion-legend = Qual é a sua religião ou crença?
refer-disability-legend = Considera que tem uma deficiência?
refer-long-term-legend = Tem alguma doença física de longa duração, como diabetes, asma ou doença do coração?
refer-employment-legend = Qual é a sua situação profissional?
refer-veteran-legend = Já serviu nas forças armadas do Reino Unido?
refer-perinatal-legend = Está grávida, ou teve um bebé nos últimos 12 meses?

## Consent

refer-consent-title = Partilhar as suas informações
refer-consent-why = O serviço mantém as suas informações em segurança e só as usa para lhe prestar ajuda.
refer-share-gp-legend = O serviço pode dizer ao seu GP que pediu apoio diretamente?
refer-share-gp-hint = Assim, o seu GP também o/a pode apoiar. Mesmo que diga que não, pode ser atendido/a.
refer-privacy-consent-label = Li como o serviço usa as minhas informações e aceito enviar o meu pedido.

## Check your answers

refer-check-title = Verifique as suas respostas antes de enviar
refer-change = Mudar
refer-check-phq9 = As suas respostas ao PHQ-9 (desânimo)
refer-check-gad7 = As suas respostas ao GAD-7 (preocupação e ansiedade)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Pontuação { $score }
refer-check-remove = Retirar
refer-check-send-title = Agora envie o seu pedido
refer-check-send-saved = Ao enviar, o seu pedido é primeiro guardado neste dispositivo e depois enviado ao serviço. Se a ligação falhar, o Waymark continua a tentar sempre que estiver aberto neste dispositivo, e avisa quando o serviço tiver recebido o pedido.
refer-check-send-memory = Ao enviar, o seu pedido fica nesta página e depois é enviado ao serviço. Mantenha esta página aberta até aparecer que o serviço o recebeu: se a página for fechada antes disso, o pedido perde-se.
refer-check-already-sent = Já enviou estas respostas. Não serão enviadas duas vezes.
refer-check-see-progress = Ver em que ponto está o seu pedido
refer-check-cannot-send = Lamentamos, este navegador não consegue criar uma referência segura para o seu pedido. Por favor, ligue para o serviço.
refer-send = Enviar pedido
refer-sending = A enviar…

## After sending

refer-sent-title = Pedido enviado
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = A sua referência é { $reference }.
refer-sent-next-title = O que acontece a seguir
refer-sent-phone = Se quiser falar com o serviço, ligue para:
refer-sent-none = Não há nenhum pedido neste dispositivo
refer-waiting-title = O seu pedido está guardado neste dispositivo
refer-waiting-device-body = Ainda não chegou ao serviço. O Waymark continua a tentar sempre que estiver aberto neste dispositivo, em qualquer página, e indica aqui quando o serviço o tiver recebido.
refer-waiting-page-title = O seu pedido está à espera nesta página
refer-waiting-page-body = Ainda não chegou ao serviço e está guardado apenas nesta página. Mantenha esta página aberta: o Waymark continua a tentar e indica aqui quando o serviço o tiver recebido. Se a página for fechada antes disso, o pedido perde-se.
refer-waiting-phone = Está a demorar mais do que o habitual. Se preferir, pode ligar para o serviço.
refer-try-again = Tentar novamente agora
refer-rejected-title = O serviço não pôde aceitar o seu pedido online
refer-rejected-kept = O seu pedido continua guardado no lugar de onde o enviou, e o serviço não o recebeu. Por favor, ligue para o serviço para fazer o pedido por telefone, ou tente novamente mais tarde.
refer-receipt-title = O que fica guardado neste dispositivo
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = As suas respostas foram apagadas deste dispositivo. Só ficam guardadas a referência acima e a data em que o serviço recebeu o pedido ({ $date }), durante { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, para que a possa indicar se telefonar.
refer-receipt-delete = Apagar a referência deste dispositivo
