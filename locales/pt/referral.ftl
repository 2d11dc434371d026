### Self-referral form, Portuguese (pt), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl): "referral" = pedido (de apoio);
### "GP" = GP (médico de família); "GP practice" = consultório do GP;
### "Enter" = Escreva (understood in Portugal and Brazil, unlike Introduza/Digite);
### "Not sure" = Não sei bem; "Prefer not to say" = Prefiro não dizer.
### Options are worded to avoid gendered adjectives where possible.

## Error messages: about you

referral-error-given-name-missing = Escreva o seu nome próprio

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = O nome próprio tem de ter { $max } caracteres ou menos

referral-error-family-name-missing = Escreva o seu apelido (sobrenome)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = O apelido (sobrenome) tem de ter { $max } caracteres ou menos

referral-error-date-of-birth-missing = Escreva a sua data de nascimento
referral-error-date-of-birth-missing-day = A data de nascimento tem de incluir o dia
referral-error-date-of-birth-missing-month = A data de nascimento tem de incluir o mês
referral-error-date-of-birth-missing-year = A data de nascimento tem de incluir o ano
referral-error-date-of-birth-missing-day-and-month = A data de nascimento tem de incluir o dia e o mês
referral-error-date-of-birth-missing-day-and-year = A data de nascimento tem de incluir o dia e o ano
referral-error-date-of-birth-missing-month-and-year = A data de nascimento tem de incluir o mês e o ano
referral-error-date-of-birth-year-format = O ano tem de ter 4 algarismos
referral-error-date-of-birth-not-real = A data de nascimento tem de ser uma data real
referral-error-date-of-birth-in-future = A data de nascimento tem de ser hoje ou no passado
referral-error-date-of-birth-too-long-ago = A data de nascimento tem de ser 1 de janeiro de 1900 ou depois

referral-error-nhs-number-missing = Escreva o seu número do NHS
referral-error-nhs-number-not-digits = Escreva o seu número do NHS só com algarismos, por exemplo ⁦485 777 3456⁩
referral-error-nhs-number-length = Escreva o seu número do NHS no formato correto, por exemplo ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = Verifique o seu número do NHS. O número que escreveu não é um número do NHS válido. Pode encontrar o seu nas cartas do NHS ou na NHS App

## Error messages: address

referral-error-address-line-1-missing = Escreva a primeira linha da sua morada (endereço)
referral-error-address-line-2-missing = Escreva a segunda linha da sua morada (endereço)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Cada linha da morada tem de ter { $max } caracteres ou menos

referral-error-town-missing = Escreva a sua localidade ou cidade

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = A localidade ou cidade tem de ter { $max } caracteres ou menos

referral-error-postcode-missing = Escreva o seu código postal
referral-error-postcode-invalid = Escreva um código postal completo do Reino Unido, por exemplo SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Escreva um número de telefone
referral-error-phone-characters = Escreva um número de telefone usando só algarismos, espaços, parênteses, hífenes e um + no início, por exemplo ⁦07700 900 982⁩
referral-error-phone-uk-format = Escreva um número de telefone, por exemplo ⁦01632 960 001⁩ ou ⁦07700 900 982⁩. Para um número de fora do Reino Unido, comece com + e o indicativo do país
referral-error-phone-international-format = Escreva um número de telefone internacional com + e o indicativo do país, por exemplo ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = Escreva o seu endereço de email
referral-error-email-invalid = Escreva um endereço de email no formato correto, por exemplo nome@example.com
referral-error-contact-route-missing = Escreva um número de telefone ou um endereço de email, para que o serviço possa contactá-lo/a
referral-error-voicemail-missing = Selecione sim se o serviço lhe pode deixar uma mensagem de voz
referral-error-texts-missing = Selecione sim se o serviço lhe pode enviar mensagens de texto (SMS)
referral-error-safe-times-missing = Escreva os dias e as horas em que é seguro contactá-lo/a

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = As horas seguras para o contactar têm de ter { $max } caracteres ou menos

referral-error-preferred-language-missing = Escreva o idioma que gostaria de usar

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = O idioma tem de ter { $max } caracteres ou menos

referral-error-interpreter-missing = Selecione se precisa de um intérprete
referral-error-interpreter-language-missing = Escreva o idioma para o qual precisa de intérprete

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = O idioma do intérprete tem de ter { $max } caracteres ou menos

## Error messages: your GP and your referral

referral-error-gp-practice-missing = Escreva o nome do consultório do seu GP (médico de família)

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = O nome do consultório do GP tem de ter { $max } caracteres ou menos

referral-error-secondary-care-missing = Selecione sim se uma equipa de saúde mental o/a está a apoiar neste momento. Se não sabe bem, selecione não sei bem
referral-error-help-with-missing = Diga-nos com o que gostaria de ter ajuda
referral-error-help-topics-missing = Selecione pelo menos uma coisa com que gostaria de ter ajuda

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Selecione uma resposta para a pergunta { $number } sobre como se tem sentido

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Selecione uma resposta para a pergunta { $number } sobre preocupação e ansiedade

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = Esta resposta tem de ter { $max } caracteres ou menos

## Error messages: consent

referral-error-consent-share-with-gp-missing = Selecione sim se o serviço pode partilhar com o seu GP informações sobre o seu acompanhamento
referral-error-consent-privacy-notice-missing = Confirme que leu o aviso de privacidade

## Answer options shared by several questions

referral-option-yes = Sim
referral-option-no = Não
referral-option-not-sure = Não sei bem
referral-option-prefer-not-to-say = Prefiro não dizer

## Interpreter

referral-interpreter-none = Não, não preciso de intérprete
referral-interpreter-spoken = Sim, um intérprete de uma língua falada
referral-interpreter-bsl = Sim, um intérprete de Língua Gestual Britânica (British Sign Language, BSL)

## What would you like help with?

referral-help-topic-low-mood = Desânimo ou depressão
referral-help-topic-worry = Preocupação ou ansiedade
referral-help-topic-panic = Ataques de pânico
referral-help-topic-social-anxiety = Sentir ansiedade quando estou com outras pessoas
referral-help-topic-health-anxiety = Preocupar-me com a minha saúde
referral-help-topic-phobia = Um medo ou uma fobia
referral-help-topic-ocd = Pensamentos ou impulsos indesejados a que tenho dificuldade em resistir (POC/TOC)
referral-help-topic-trauma = Uma coisa assustadora ou perturbadora que me aconteceu
referral-help-topic-stress = Stress
referral-help-topic-sleep = Problemas de sono
referral-help-topic-long-term-condition = Lidar com uma doença de longa duração
referral-help-topic-relationships = Dificuldades nas relações
referral-help-topic-bereavement = Luto ou perda
referral-help-topic-other = Outra coisa

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = Branca
referral-ethnic-group-mixed = Mista
referral-ethnic-group-asian = Asiática ou britânica asiática
referral-ethnic-group-black = Negra ou britânica negra
referral-ethnic-group-other = Outros grupos étnicos

referral-ethnic-category-a = Britânica
referral-ethnic-category-b = Irlandesa
referral-ethnic-category-c = Qualquer outra origem branca
referral-ethnic-category-d = Branca e negra caribenha
referral-ethnic-category-e = Branca e negra africana
referral-ethnic-category-f = Branca e asiática
referral-ethnic-category-g = Qualquer outra origem mista
referral-ethnic-category-h = Indiana
referral-ethnic-category-j = Paquistanesa
referral-ethnic-category-k = Do Bangladesh
referral-ethnic-category-l = Qualquer outra origem asiática
referral-ethnic-category-m = Caribenha
referral-ethnic-category-n = Africana
referral-ethnic-category-p = Qualquer outra origem negra
referral-ethnic-category-r = Chinesa
referral-ethnic-category-s = Qualquer outro grupo étnico

## Gender

referral-gender-female = Feminino
referral-gender-male = Masculino
referral-gender-non-binary = Não binário
referral-gender-other = Outro género

## Sexual orientation

referral-sexual-orientation-heterosexual = Heterossexual
referral-sexual-orientation-gay-or-lesbian = Gay ou lésbica
referral-sexual-orientation-bisexual = Bissexual
referral-sexual-orientation-other = Outra orientação sexual
referral-sexual-orientation-not-sure = Não sei bem

## Religion or belief

referral-religion-none = Sem religião
referral-religion-buddhist = Budismo
referral-religion-christian = Cristianismo
referral-religion-hindu = Hinduísmo
referral-religion-jewish = Judaísmo
referral-religion-muslim = Islamismo
referral-religion-sikh = Sikhismo
referral-religion-other = Outra religião ou crença

## Employment

referral-employment-employed = Com trabalho pago
referral-employment-unemployed = Sem trabalho pago e à procura de trabalho
referral-employment-student = Estudante, sem trabalho pago
referral-employment-long-term-sick = Sem trabalhar por causa de doença prolongada ou deficiência
referral-employment-homemaker = A cuidar da minha família ou da casa
referral-employment-not-working = Sem trabalho pago e sem procurar trabalho
referral-employment-volunteer = Trabalho voluntário, sem pagamento
referral-employment-retired = Na reforma (aposentadoria)

## Pregnancy and babies

referral-perinatal-pregnant = Sim, estou grávida
referral-perinatal-baby = Sim, tenho um bebé com menos de 12 meses

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Obter ajuda agora
referral-redirect-crisis-lead = Não tem de esperar por um pedido de apoio para receber ajuda. Os serviços abaixo são gratuitos e podem ajudar agora. Os serviços de terapias psicológicas não são serviços de crise, mas pode voltar e pedir apoio diretamente quando as coisas estiverem mais calmas.

referral-redirect-young-people-title = Há apoio para jovens

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = Este serviço é para pessoas com { $age } anos ou mais. Os serviços de saúde mental para crianças e jovens podem ajudar em vez deste. O seu GP (médico de família), ou um enfermeiro ou conselheiro da sua escola ou colégio, pode encaminhá-lo/a. Também pode ligar gratuitamente para a Childline, no { $childline }, a qualquer hora.

referral-redirect-gp-title = Fale com a sua equipa de saúde mental ou com o seu GP
referral-redirect-gp-body = Como uma equipa de saúde mental o/a está a apoiar neste momento, são as melhores pessoas para falar sobre terapias psicológicas. Fale com o seu coordenador de cuidados ou com a equipa que o/a acompanha. Se não sabe bem quem é, o seu GP (médico de família) pode ajudar.

referral-redirect-area-title = Verifique que serviço cobre a sua zona
referral-redirect-area-body = Não conseguimos confirmar que este serviço cobre a zona onde vive ou o consultório do seu GP. Contacte o serviço e ele dirá se pode ajudar, ou que serviço de terapias psicológicas do NHS cobre a sua zona.
