# Waymark interface strings for the self-check pages, Romanian (ro), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = chestionar;
# "score" = scor; "diagnosis" = diagnostic; "device" = dispozitiv;
# "referral" = cerere; "refer yourself" = înscrieți-vă direct;
# "Get help now" = Cereți ajutor acum; "keep" (a result) = păstrați; "delete" = ștergeți.
# New here: "treatment threshold" = pragul de tratament; "range" (band column) = nivel;
# "reliable improvement" = îmbunătățire sigură; "recovery" = recuperare.
# Plurals use the CLDR categories one/few/other ("20 de întrebări" in other).

## Self-check list and questions

check-private = Răspunsurile rămân pe acest dispozitiv. Nu se trimite nimic decât dacă alegeți să adăugați rezultatele la o cerere.
check-help-intro = Dacă vă temeți pentru siguranța dumneavoastră, nu așteptați un chestionar.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] 1 întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
check-about-phq9 = Întrebări despre starea de spirit scăzută și depresie, de exemplu despre pierderea interesului pentru lucruri, somn, energie și ce credeți despre dumneavoastră.
check-about-gad7 = Întrebări despre îngrijorare și anxietate, de exemplu despre nervozitate, imposibilitatea de a vă opri din îngrijorare și greutatea de a vă relaxa.
check-about-wsas = Întrebări despre cum vă afectează problemele munca, viața de acasă, viața socială și relațiile.
check-about-phobia = Întrebări despre evitarea unor situații din cauza fricii, de exemplu situații sociale, locuri unde ar putea apărea panica sau anumite lucruri.
check-about-pcl5 = Întrebări despre reacțiile la o experiență foarte stresantă, de exemplu amintiri nedorite, starea de alertă continuă și evitarea lucrurilor care vă amintesc de ea.
check-about-other = Un chestionar pe care îl folosește serviciul dumneavoastră.
check-back-to-list = Toate chestionarele
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = Chestionarul are { $count ->
    [one] 1 întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}. Alegeți răspunsul care se potrivește cel mai bine. Durează câteva minute.
check-continue = Continuați de unde ați rămas
check-start-again = Începeți din nou
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Întrebarea { $number } din { $total }
check-error-choose = Alegeți răspunsul care se potrivește cel mai bine
check-translation-official = Acest chestionar este afișat în traducerea oficială pentru această limbă.
check-translation-none = Acest chestionar nu a fost tradus încă în această limbă, așa că este afișat în engleză.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = Întrebările sunt afișate în engleză, cu formularea cu care au fost testate. O traducere în limba dumneavoastră verificată pentru calcularea scorului nu este încă disponibilă. Restul paginii rămâne în limba dumneavoastră.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = Acest chestionar a fost tradus pentru acest serviciu și verificat de un evaluator, dar nu este o traducere oficială. Scorurile au fost testate doar cu formularea oficială, așa că rezultatul dumneavoastră poate fi mai puțin exact decât de obicei.
check-wording-unreviewed-unvalidated = Acest chestionar a fost tradus pentru acest serviciu, dar nimeni nu a verificat încă traducerea. Scorurile au fost testate doar cu formularea oficială, așa că rezultatul dumneavoastră poate fi mai puțin exact decât de obicei.
check-wording-machine-unvalidated = Acest chestionar a fost tradus de un computer și nimeni nu a verificat încă traducerea. Scorurile au fost testate doar cu formularea oficială, așa că rezultatul dumneavoastră poate fi mai puțin exact decât de obicei.

## Self-check safety page

check-safety-title = Vă mulțumim că ne-ați spus
check-safety-lead = Ne-ați spus că ați avut gânduri că ar fi mai bine să muriți sau gânduri de a vă face rău. Nu trebuie să treceți prin asta fără ajutor.
check-safety-body = Dacă simțiți că ați putea face ce vă trece prin minte sau nu vă puteți păstra în siguranță, cereți ajutor acum. Aceste servicii sunt gratuite și vă vor asculta.
check-safety-continue-hint = Când vă simțiți în stare, puteți continua cu întrebările și vă puteți vedea rezultatele.
check-safety-continue = Continuați

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Rezultatele dumneavoastră: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = Scorul dumneavoastră este { $score } din { $max }.
check-result-risk = Ne-ați spus că ați avut gânduri că ar fi mai bine să muriți sau gânduri de a vă face rău. Vă rugăm, nu așteptați: puteți primi ajutor chiar acum.
check-result-prorated = La o întrebare nu s-a răspuns sau întrebarea nu era potrivită pentru dumneavoastră, așa că totalul a fost calculat din celelalte răspunsuri.
check-result-items-caption = Răspunsurile dumneavoastră, întrebare cu întrebare
check-result-item = Întrebarea
check-result-item-score = Răspunsul dumneavoastră (de la 0 la 8)
check-result-item-note = Observație
check-result-not-title = Ce nu înseamnă acest rezultat
check-result-not-diagnosis = Acesta nu este un diagnostic. Un scor este doar o idee aproximativă despre cum v-ați simțit în ultima vreme. Nu vă poate spune ce problemă aveți și nu poate decide dacă meritați ajutor.
check-result-any-score = Oricare ar fi scorul, dacă vă este greu, puteți cere ajutor. Nu e nevoie de un scor mare ca oamenii să vă ia în serios.
check-result-next-title = Ce puteți face mai departe
check-result-next-learn = Citiți despre ce vă poate ajuta și încercați exerciții de autoajutor
check-result-next-refer = Înscrieți-vă direct la terapie prin discuții
check-result-next-help = Cereți ajutor acum dacă aveți nevoie
check-result-print = Tipăriți sau salvați aceste rezultate
check-result-keep = Păstrați acest rezultat pe acest dispozitiv
check-result-kept = Păstrat pe acest dispozitiv.
check-result-cannot-keep = Acest browser nu îi permite lui Waymark să salveze nimic, așa că acest rezultat nu poate fi păstrat. Îl puteți tipări sau salva ca PDF.
check-result-unavailable = Pentru aceste răspunsuri nu se poate calcula un scor

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Rezultatele păstrate: { $name }
check-history-link = Vedeți rezultatele păstrate pe acest dispozitiv
check-history-empty = Pe acest dispozitiv nu sunt păstrate rezultate pentru acest chestionar.
check-history-unavailable = Acest browser nu îi permite lui Waymark să salveze nimic, așa că rezultatele nu pot fi păstrate aici.
check-history-unreadable = Unele rezultate păstrate nu au putut fi citite, poate pentru că au fost salvate de o versiune mai veche a Waymark. Ele nu sunt afișate.
check-history-chart-title = Scorurile dumneavoastră în timp. Aceleași scoruri sunt în tabelul de mai jos.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Pragul de tratament: { $score }
check-history-table-caption = Rezultate păstrate
check-history-date = Data
check-history-score = Scor
check-history-band = Nivel
check-history-actions = Acțiuni
check-history-delete = Ștergeți
check-history-delete-all = Ștergeți toate rezultatele păstrate
check-history-compare-title = Comparați două rezultate
check-history-compare-from = Rezultatul mai vechi
check-history-compare-to = Rezultatul mai nou
check-history-improved = Între aceste două rezultate, scorul a scăzut suficient cât să fie considerat o îmbunătățire sigură.
check-history-deteriorated = Între aceste două rezultate, scorul a crescut suficient cât să fie considerat o schimbare sigură în rău. V-ar putea ajuta să vorbiți cu cineva.
check-history-no-change = Între aceste două rezultate, scorul nu s-a schimbat suficient cât să se poată spune cu siguranță că e mai mult decât urcușurile și coborâșurile obișnuite de la o zi la alta.
check-history-change-unknown = Pentru acest chestionar nu există o măsură stabilită a schimbării sigure, așa că nu comparăm cele două scoruri.
check-history-recovered = Luând împreună chestionarele pentru depresie și anxietate, la amândouă ați trecut de la un scor peste pragul de tratament la un scor sub prag. NHS Talking Therapies numește asta recuperare.
check-history-reliably-recovered = Luând împreună chestionarele pentru depresie și anxietate, ați ajuns sub pragul de tratament la amândouă și v-ați îmbunătățit în mod sigur. NHS Talking Therapies numește asta recuperare sigură.
check-history-not-recovered = Luând împreună chestionarele pentru depresie și anxietate, încă nu sunteți sub pragul de tratament la amândouă.
check-history-not-case = Luând împreună chestionarele pentru depresie și anxietate, răspunsurile mai vechi erau sub pragul de tratament, așa că nu se poate vorbi de recuperare.
check-history-reliable-change-explained = NHS Talking Therapies consideră o schimbare sigură, și nu doar urcușurile și coborâșurile obișnuite, atunci când este de cel puțin 6 puncte la PHQ-9 sau de cel puțin 4 puncte la GAD-7.

## Carrying results into a referral

check-result-referral-title = Trimiterea acestor răspunsuri împreună cu cererea
check-result-referral-body = Dacă vă înscrieți direct, puteți trimite aceste răspunsuri împreună cu cererea, ca serviciul să știe cum v-ați simțit. Ele se trimit doar dacă alegeți să trimiteți cererea și le puteți scoate înainte de asta.
check-result-referral-add = Adăugați aceste răspunsuri la cererea mea

## Result compared with the person's last kept result

check-result-harder-title = S-ar putea să vă fie mai greu acum
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = Scorul dumneavoastră este { $after }, față de { $before } data trecută. O creștere atât de mare este mai mult decât urcușurile și coborâșurile obișnuite.
check-result-harder-highest = Scorul dumneavoastră este la cel mai ridicat nivel pentru acest chestionar.
check-result-harder-tell = Dacă sunteți pe lista de așteptare a serviciului, spuneți-le că s-a schimbat ceva. Sunați la:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Spuneți numărul de referință al cererii: { $reference }.
check-result-harder-waiting = Ce vă poate ajuta cât timp așteptați

## Telling the service online that things have changed

check-result-update-title = Sau anunțați serviciul online
check-result-update-words = Ce s-a schimbat?
check-result-update-words-hint = De exemplu, cum v-ați simțit sau orice vă face așteptarea mai grea. Serviciul citește acest mesaj împreună cu cererea dumneavoastră.
check-result-update-error-empty = Spuneți în câteva cuvinte ce s-a schimbat
check-result-update-error-long = Textul despre ce s-a schimbat trebuie să aibă cel mult 1000 de caractere
check-result-update-error-result = Acest rezultat nu este complet, așa că nu poate fi trimis. Trimiteți mesajul fără el sau sunați la serviciu.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Includeți acest rezultat ({ $name }) și răspunsurile dumneavoastră
check-result-update-what-goes = Serviciul primește mesajul dumneavoastră și numărul de referință al cererii și, dacă bifați căsuța, acest rezultat și ultimul rezultat păstrat pentru același chestionar. Nu se trimite nimic altceva.
check-result-update-send = Trimiteți la serviciu
check-result-update-waiting = Mesajul dumneavoastră este salvat pe acest dispozitiv și se trimite. Waymark încearcă din nou cât timp este deschis, pe orice pagină. Această pagină vă anunță când serviciul l-a primit.
check-result-update-accepted = Serviciul a primit mesajul dumneavoastră.
check-result-update-rejected = Serviciul nu a putut primi mesajul dumneavoastră online. Vă rugăm să sunați la:
check-result-update-cannot = Ne pare rău, acest browser nu poate trimite mesajul dumneavoastră în siguranță. Vă rugăm să sunați la serviciu.
