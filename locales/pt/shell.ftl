# Waymark interface strings for the app shell, Portuguese (pt), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Written to be read in Portugal and Brazil: European spelling (AO90), the
# polite third person without "você" or "tu", and words shared by both where
# possible (e.g. "telefone", "navegador", "idioma").
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = terapias psicológicas (NHS Talking Therapies
# kept as the programme's name); "refer yourself" = pedir apoio (diretamente);
# "referral" = pedido (de apoio); "GP" = GP (médico de família);
# "device" = dispositivo; "clinician" = profissional de saúde.

## App shell

app-loading = A carregar…
app-skip-link = Ir diretamente para o conteúdo principal
app-help-now = Obter ajuda agora
app-nav-label = Menu principal
app-nav-home = Início
app-nav-learn = Aprender
app-nav-check = Ver como se sente
app-nav-refer = Pedir apoio
app-nav-privacy = Privacidade e definições
app-storage-unavailable = Este navegador não deixa o Waymark guardar nada, por isso nada ficará guardado depois de fechar esta página. Tudo o resto funciona.
app-footer-not-crisis = As terapias psicológicas não são um serviço de urgência.
app-referral-waiting = Tem um pedido guardado neste dispositivo que ainda não chegou ao serviço.
app-referral-waiting-link = Ver e enviar o pedido
needs-app-body = Esta parte do site precisa de um navegador mais recente ou de JavaScript ativado. Mesmo assim, pode pedir apoio diretamente ou perguntar ao serviço o que quiser:
needs-app-phone = Ligue para
needs-app-email = Envie um email para
needs-app-help = Se precisa de ajuda agora:
app-saved-unreadable = Não foi possível voltar a ler algumas respostas guardadas neste dispositivo. Foram postas de parte, não apagadas. Na página de privacidade pode ver o que está guardado e apagá-lo.
feature-failed-title = Não foi possível carregar esta parte do serviço
feature-failed-body = Verifique a sua ligação à internet e volte a carregar a página. Se precisa de ajuda agora, use o link "Obter ajuda agora" no topo da página.

## Shared-device mode (outreach tablets)

shared-notice = Dispositivo de uso comum: nada de pessoal fica guardado depois de terminar.
shared-finish = Terminar e limpar
shared-unsent-warning = Há um pedido que ainda não foi enviado. Está guardado apenas nesta página, por isso, se terminar agora, será perdido. Aguarde até ser enviado, ou registe os dados da pessoa de outra forma.
shared-finish-anyway = Terminar mesmo assim
shared-finish-when-sent = Aguardar e terminar quando for enviado
shared-waiting-to-send = À espera de que o serviço receba o pedido. Esta página será limpa automaticamente assim que o serviço o receber.
shared-unsent-call = Ou ligue para o serviço para fazer o pedido por telefone:
shared-timeout-title = Ainda está aí?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = Para proteger a privacidade, tudo o que está nesta página será apagado dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
shared-timeout-continue = Ainda estou aqui

## Quick exit

quick-exit-label = Saída rápida
quick-exit-button = Sair desta página
quick-exit-hint = Ou pressione a tecla Shift 3 vezes.

## Language switcher

language-switcher-label = Idioma
language-switcher-failed = Lamentamos, não foi possível carregar esse idioma. Verifique a sua ligação e tente novamente.

## Home

home-title = Terapias psicológicas: apoio para o que sente
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = O serviço { $service } oferece terapias psicológicas gratuitas do NHS a adultos que sentem tristeza, ansiedade ou stress. Aqui pode ler sobre problemas comuns, ver como se tem sentido e pedir apoio diretamente.
home-learn-title = Aprender e experimentar a autoajuda
home-learn-body = Leia sobre desânimo, preocupação, pânico, sono e muito mais, com exercícios curtos que pode experimentar hoje.
home-check-title = Ver como se tem sentido
home-check-body = Responda a algumas perguntas curtas. As suas respostas ficam neste dispositivo.
home-refer-title = Pedir apoio
home-refer-body = Não precisa de ir primeiro ao seu GP (médico de família).
home-not-crisis = Se precisa de ajuda agora, não espere.

## Learn

learn-title = Aprender e experimentar a autoajuda
learn-lead = Informação sobre problemas comuns e coisas que pode experimentar para se sentir melhor.
learn-refer-link = Pedir terapia psicológica diretamente
learn-loading = A carregar…
learn-pack-failed = Não foi possível carregar os temas de autoajuda. Verifique a sua ligação e tente novamente.
learn-topics-title = Temas
learn-for-me-title = Materiais para mim
learn-for-me-hint = Escolha um grupo para ver materiais escritos a pensar em pessoas na sua situação. O Waymark não guarda a sua escolha.
learn-for-me-label = Mostrar materiais para
learn-for-me-everyone = Todas as pessoas
learn-for-me-intro = Escrito para este grupo:
learn-related-topics = Temas que podem ajudar
learn-all-topics = Todos os temas
learn-not-found = Não existe nenhum tema com esse nome. Pode ter mudado de lugar.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = Esta página ainda não está disponível em { $language }.
learn-read-in-english = Ler em inglês
learn-in-english-note = Esta página aparece em inglês porque ainda não foi traduzida.
learn-status-reviewed = Revisto por um profissional de saúde.
learn-status-draft = Ainda não foi revisto por um profissional de saúde.
learn-status-machine = Traduzido por computador e ainda não revisto por uma pessoa. Algumas palavras podem estar erradas.
learn-tools-label = Ferramentas da página
learn-read-aloud = Ler em voz alta
learn-stop-reading = Parar a leitura
learn-text-size = Tamanho do texto
learn-text-size-standard = Normal
learn-text-size-large = Grande
learn-text-size-largest = Muito grande
learn-print = Imprimir esta página
learn-next-title = O que pode fazer a seguir
learn-next-check = Ver como se tem sentido
learn-next-refer = Pedir terapia psicológica diretamente
learn-next-help = Obter ajuda agora se não consegue manter-se em segurança

## Check

check-title = Ver como se tem sentido
check-lead = Questionários curtos que muitos serviços de terapias psicológicas do NHS usam.
check-not-a-diagnosis = As suas respostas ajudam a pensar em como se tem sentido. Não são um diagnóstico.
## Refer

refer-title = Pedir apoio
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = Pode pedir apoio diretamente ao serviço { $service }. Não precisa de ir primeiro ao seu GP (médico de família).
refer-online-coming = O formulário online ainda não está disponível nesta versão do Waymark. Pode fazer o pedido por telefone.
refer-not-online = Este serviço não aceita pedidos online. Pode fazer o pedido por telefone.
refer-by-phone = Pedir por telefone
refer-by-email = Ou por email:
refer-what-next = Depois, alguém do serviço vai conversar sobre o que pode ajudar e quanto tempo poderá ter de esperar.

## Get help now

help-title = Obter ajuda agora
help-lead = Se sente que não consegue manter-se em segurança, ou se está em crise, peça ajuda imediatamente.
help-not-crisis-service = Os serviços de terapias psicológicas não são serviços de crise, mas podem ajudar quando já se sentir em segurança.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = Se a sua vida está em risco agora, ligue para o { $number } ou vá às Urgências (A&E).
crisis-emergency-body = Por exemplo, depois de se ferir com gravidade, ou se sente que não consegue manter-se em segurança.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, opção { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = Ligue para o { $number } e escolha a opção { $option } para falar com a linha de crise de saúde mental do NHS, 24 horas por dia, para todas as idades. Há intérpretes disponíveis.
crisis-samaritans-body = Chamada gratuita, de dia ou de noite, para falar sobre qualquer assunto.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = Se prefere escrever em vez de falar, envie uma SMS com a palavra { $keyword } para o { $number }, de dia ou de noite.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = Para pessoas com menos de { $age } anos que têm pensamentos de suicídio, e para quem se preocupa com elas. Funciona de dia e de noite, por telefone ou SMS.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = Para crianças e jovens com menos de { $age } anos.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = Enviar { $keyword } por SMS para o { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = Enviar SMS para o { $number }

## Privacy and settings

privacy-title = Privacidade e definições
privacy-lead = O Waymark funciona no seu navegador. Não usa cookies, não regista o que faz e não tem publicidade.
privacy-kept-title = O que fica guardado neste dispositivo
privacy-kept-nothing = Nada fica guardado neste dispositivo.
privacy-stored-language = O idioma que escolheu.
privacy-stored-check-progress = Respostas a um questionário que não terminou (guardadas apenas até fechar esta página).
privacy-stored-history = Resultados de questionários que escolheu guardar.
privacy-stored-referral-draft = As respostas de um pedido que ainda não enviou.
privacy-stored-outbox-undelivered = Pedidos que ainda não chegaram ao serviço.
privacy-stored-receipts = Referências de pedidos que o serviço recebeu, com a data. Nenhuma das suas respostas.
privacy-stored-unreadable = Respostas ou pedidos guardados que este dispositivo não conseguiu voltar a ler, postos de parte em vez de apagados.
privacy-stored-text-size = O tamanho de letra que escolheu para ler.
privacy-stored-shared-device = Que este dispositivo está no modo de uso comum (o código do profissional, guardado de forma que não pode ser lido).
privacy-delete-all = Apagar tudo o que está guardado neste dispositivo
privacy-deleted-everything = Tudo o que o Waymark guardava neste dispositivo foi apagado, incluindo as páginas guardadas para ler offline.
privacy-delete-unsent-warning = Há um pedido que ainda não chegou ao serviço. Se apagar tudo agora, esse pedido não será enviado.
privacy-delete-anyway = Apagar tudo mesmo assim
privacy-shared-title = Modo de uso comum, para profissionais que trabalham na comunidade
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Use este modo num tablet que várias pessoas usam ao longo do dia. Nada de pessoal fica guardado no dispositivo, e tudo é apagado quando pressionar "Terminar e limpar", ou após { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sem utilização.
privacy-worker-title = Para profissionais que trabalham na comunidade: pedidos à espera neste dispositivo
privacy-worker-check = Verificar
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] Não há pedidos à espera neste dispositivo.
    [one] Há { $count } pedido neste dispositivo à espera de chegar ao serviço. Mantenha o Waymark aberto e ligado à internet até o pedido ser enviado.
   *[other] Há { $count } pedidos neste dispositivo à espera de chegar ao serviço. Mantenha o Waymark aberto e ligado à internet até os pedidos serem enviados.
}
privacy-shared-sealed-kept = A única exceção é um pedido que ainda não chegou ao serviço. Fica guardado no dispositivo até ser enviado, trancado de forma que só o serviço o pode abrir. Ninguém que use o dispositivo o pode ver, nem ver de quem é.
privacy-shared-by-service = O serviço ativou este modo em todos os dispositivos.
privacy-shared-is-on = O modo de uso comum está ativado neste dispositivo.
privacy-shared-code-label = Código do profissional
privacy-shared-code-hint = Pelo menos 4 dígitos. É necessário para desativar o modo; assim, a pessoa que recebe a sua ajuda não o pode desativar.
privacy-shared-turn-on = Ativar neste dispositivo
privacy-shared-turn-off = Desativar
privacy-shared-code-error = Escreva um código do profissional com pelo menos 4 dígitos.
privacy-shared-wrong-code = Este não é o código do profissional para este dispositivo.
privacy-private-browsing-title = Se outras pessoas usam este dispositivo
privacy-private-browsing-body = Use uma janela privada ou anónima. Assim, nada desta visita fica no navegador quando fechar a janela.
privacy-history-body = Nenhum site consegue apagar o seu histórico de navegação. Se tem receio de que alguém o veja, pode apagá-lo nas definições do navegador.
privacy-sent-title = O que é enviado
privacy-sent-body = Nada sai deste dispositivo, a não ser que envie um pedido. O pedido vai apenas para o serviço.
privacy-notice-link = Ler o aviso de privacidade do serviço
privacy-admin-warnings = Para administradores do serviço: avisos de configuração

## Not found

not-found-title = Página não encontrada
not-found-body = Se escreveu o endereço, verifique se está correto. Se seguiu um link, a página pode ter mudado de lugar.
not-found-home = Ir para a página inicial

## Configuration error (for the service's admin)

admin-error-title = Lamentamos, este serviço não está a funcionar neste momento
admin-error-public = Se precisa de ajuda agora:
admin-error-for-admins = Para o administrador do serviço
admin-error-file = Ficheiro
admin-error-field = Campo
admin-error-problem = Problema
admin-error-docs = Consulte docs/configuration.md para ver todos os campos e o respetivo formato.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = Não foi possível carregar { $file }: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } não é JSON válido na linha { $line }, coluna { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = O valor está em falta ou é do tipo errado: { $detail }.
admin-error-empty = O valor não pode estar vazio.
admin-error-not-secure-url = O valor tem de ser um endereço https://. Só é permitido http:// para 127.0.0.1 ou localhost, durante testes.
admin-error-not-email = O valor não é um endereço de email.
admin-error-no-known-language = Nenhum dos idiomas indicados está disponível nesta versão do Waymark.
admin-error-not-public-key = O valor não é uma chave pública gerada por "receiver keygen" (43 letras, dígitos, - ou _).
admin-error-no-parent-origin = A incorporação (embedding) está ativada, mas nenhum site tem permissão para incorporar o Waymark. Indique cada site em embed.allowed_parent_origins.
admin-error-not-origin = O valor tem de ser a origem (origin) de um site, como https://www.example.nhs.uk, sem caminho e sem *.
admin-error-out-of-range = O número tem de ser maior do que 0 e de, no máximo, 120 minutos.
admin-error-out-of-range-days = O número tem de ser um número inteiro de dias, de 1 a 365.
admin-error-not-phone-number = O valor tem de ser um número de telefone para o qual as pessoas possam ligar, como ⁦0113 496 0000⁩ ou ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = Esta linha tem o nome de uma linha de crise nacional, mas o número não é o dessa linha. Verifique o número ou dê à linha o nome próprio do seu serviço.

## Forms (shared by the self-check and referral pages)

check-back = Voltar
check-start = Começar agora
check-next = Continuar
check-error-prefix = Erro:
check-error-summary-title = Há um problema

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = Enquanto espera
waiting-lead = O que acontece depois de pedir apoio diretamente, quanto tempo pode demorar e o que pode ajudar entretanto.
waiting-next-title = O que acontece a seguir
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = O serviço vai entrar em contacto consigo no prazo de { $days ->
    [one] { $days } dia útil
   *[other] { $days } dias úteis
} depois de receber o seu pedido, para marcar uma primeira conversa (uma avaliação).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = Neste momento, depois disso, as pessoas esperam normalmente { $weeks ->
    [0] menos de uma semana
    [one] cerca de { $weeks } semana
   *[other] cerca de { $weeks } semanas
} pela primeira consulta.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (O serviço verificou isto pela última vez em { $date }.)
waiting-contact-title = Para perguntar sobre o seu pedido ou cancelá-lo
waiting-contact-body = Contacte o serviço. Se tiver uma referência, indique-a.
waiting-contact-phone = Telefone:
waiting-contact-email = Email:
waiting-help-title = O que pode ajudar enquanto espera
waiting-help-learn = Ler sobre problemas comuns e experimentar os exercícios
waiting-help-check = Ver como se sente e guardar o resultado neste dispositivo para comparar mais tarde
waiting-harder-title = Se as coisas ficarem mais difíceis enquanto espera
waiting-harder-body = Diga ao serviço se se sentir pior, ou se alguma coisa tiver mudado. Ligue para:
waiting-harder-crisis = Se sente que não consegue manter-se em segurança, não espere:
waiting-device-title = Neste dispositivo
waiting-no-reference = Não há nenhuma referência de pedido neste dispositivo. Se fez o pedido noutro dispositivo, ou apagou a referência, o serviço pode encontrar o seu pedido pelo seu nome e data de nascimento.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = A referência do seu pedido é { $reference }. O serviço recebeu o seu pedido em { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = Ou seja, até { $date }, sem contar os feriados.
waiting-call-calendar = Adicionar esta data ao calendário (um ficheiro criado neste dispositivo)
# Variables:
#   $service (String) - the service's name
waiting-call-event = O serviço { $service } prevê entrar em contacto consigo até hoje
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = A referência do seu pedido é { $reference }.
waiting-calendar-privacy = Os ficheiros de calendário são criados neste dispositivo e não são enviados para lado nenhum. A entrada tem o nome do serviço: qualquer pessoa que possa ver o seu calendário pode vê-lo.
waiting-check-in-title = Verificar como está a cada 2 semanas
waiting-check-in-body = Repetir o mesmo questionário a cada 2 semanas mostra se as coisas estão a mudar. Se uma verificação mostrar que as coisas ficaram mais difíceis, o Waymark diz-lho e mostra como informar o serviço.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: está na altura de uma nova verificação
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: próxima verificação em { $date }
waiting-check-in-calendar = Adicionar um lembrete ao calendário
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Verificação: { $name }
waiting-check-in-event-body = Repita o questionário no Waymark para ver se as coisas estão a mudar.
waiting-check-in-none = Quando guardar um resultado do PHQ-9 ou do GAD-7 neste dispositivo, esta página mostra quando o deve repetir.
waiting-check-in-not-kept = Este dispositivo não guarda resultados de questionários, por isso não pode lembrar quando fazer uma nova verificação.
waiting-print = Imprimir esta página ou guardá-la como PDF
refer-sent-waiting-link = Enquanto espera: o que acontece a seguir, quanto tempo pode demorar e o que pode ajudar

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = O espaço de armazenamento deste dispositivo está cheio, por isso o que escrever agora fica guardado apenas nesta página: se fechar a página, perde-se. Termine o que está a fazer antes de a fechar (um pedido continua a ser enviado enquanto a página estiver aberta) ou ligue para o serviço. Se libertar espaço nas definições do navegador, o Waymark volta a conseguir guardar.
privacy-stored-waiting-plan = O plano para o tempo de espera que começou e os passos que marcou.
waiting-plan-title = Um plano para as próximas semanas
waiting-plan-body = Alguns passos pequenos por semana, a partir dos exercícios de Aprender. Vai marcando-os aqui. O plano fica guardado apenas neste dispositivo e pode apagá-lo a qualquer momento.
waiting-plan-question = O que ajudaria mais neste momento?
waiting-plan-suggested-hint = Um dos planos está marcado como sugerido, com base nos resultados de questionários que guardou. Escolha o que lhe parecer melhor.
waiting-plan-suggested = Sugerido
waiting-plan-start = Começar este plano
waiting-plan-unreadable = Não foi possível ler o plano guardado: pode ser de uma versão mais antiga do Waymark, ou foi alterado neste dispositivo. Escolha um plano abaixo para começar de novo. O plano antigo só é substituído quando o fizer.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = Semana { $week }
waiting-plan-this-week = Esta semana
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = Está na semana { $week } do seu plano.
waiting-plan-after-end = Já passou por todas as semanas do plano. Continue com os passos que ajudaram e volte aos que ficaram por fazer.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = Passos feitos: { $done } de { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = Como fazer: { $topic }
waiting-plan-kept = O seu plano e os passos que marcar ficam guardados apenas neste dispositivo. O botão "Apagar tudo" na página de privacidade também os apaga.
waiting-plan-stop = Parar este plano e apagá-lo
waiting-plan-not-shared = Os planos só ficam guardados num dispositivo que seja seu, por isso este dispositivo de uso comum não oferece um plano.
waiting-plan-not-kept = Este navegador não deixa o Waymark guardar nada, por isso não é possível guardar um plano aqui.
