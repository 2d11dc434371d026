# Waymark interface strings for the app shell, Romanian (ro), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Register: polite "dumneavoastră" verb forms (2nd person plural), kept plain;
# no gendered adjectives addressed to the reader. Diacritics use comma below (ș, ț).
# Term choices: "talking therapies" = terapie prin discuții; "refer yourself" =
# înscrieți-vă direct; "referral" = cerere (de înscriere); "service" = serviciul;
# "GP" = medicul de familie (GP); "device" = dispozitiv; "questionnaire" = chestionar;
# "score" = scor; "Get help now" = Cereți ajutor acum; "A&E" = Urgențe (A&E).

## App shell

app-loading = Se încarcă…
app-skip-link = Treceți la conținutul principal
app-help-now = Cereți ajutor acum
app-nav-label = Meniu principal
app-nav-home = Acasă
app-nav-learn = Informații
app-nav-check = Verificați cum vă simțiți
app-nav-refer = Înscrieți-vă direct
app-nav-privacy = Confidențialitate și setări
app-storage-unavailable = Acest browser nu îi permite lui Waymark să salveze nimic, așa că nimic nu va fi ținut minte după ce închideți pagina. Restul funcționează normal.
app-footer-not-crisis = Terapia prin discuții nu este un serviciu de urgență.
app-referral-waiting = Pe acest dispozitiv aveți o cerere salvată care nu a ajuns încă la serviciu.
app-referral-waiting-link = Vedeți cererea și trimiteți-o
needs-app-body = Această parte a site-ului are nevoie de un browser mai nou sau de JavaScript activat. Vă puteți totuși înscrie direct sau puteți întreba serviciul orice:
needs-app-phone = Sunați la
needs-app-email = Scrieți un e-mail la
needs-app-help = Dacă aveți nevoie de ajutor acum:
app-saved-unreadable = Unele răspunsuri salvate pe acest dispozitiv nu au mai putut fi citite. Au fost puse deoparte, nu șterse. Pe pagina de confidențialitate puteți vedea ce se păstrează și le puteți șterge.
feature-failed-title = Această parte a serviciului nu a putut fi încărcată
feature-failed-body = Verificați conexiunea la internet și reîncărcați pagina. Dacă aveți nevoie de ajutor acum, folosiți linkul „Cereți ajutor acum” din partea de sus a paginii.

## Shared-device mode (outreach tablets)

shared-notice = Dispozitiv folosit în comun: după ce terminați, nu se păstrează nimic personal.
shared-finish = Terminați și ștergeți
shared-unsent-warning = O cerere nu a fost trimisă încă. Este păstrată doar pe această pagină, așa că, dacă terminați acum, se va pierde. Așteptați până când este trimisă sau notați datele persoanei în alt mod.
shared-finish-anyway = Terminați oricum
shared-finish-when-sent = Așteptați și terminați după ce este trimisă
shared-waiting-to-send = Se așteaptă ca serviciul să primească cererea. Această pagină se va șterge singură după ce cererea a fost primită.
shared-unsent-call = Sau sunați la serviciu pentru înscriere prin telefon:
shared-timeout-title = Mai sunteți aici?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = Pentru a păstra confidențialitatea, tot ce este pe această pagină va fi șters în { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
shared-timeout-continue = Sunt încă aici

## Quick exit

quick-exit-label = Ieșire rapidă
quick-exit-button = Ieșiți de pe această pagină
quick-exit-hint = Sau apăsați de 3 ori tasta Shift.

## Language switcher

language-switcher-label = Limba
language-switcher-failed = Ne pare rău, limba aceasta nu a putut fi încărcată. Verificați conexiunea și încercați din nou.

## Home

home-title = Terapie prin discuții: sprijin pentru cum vă simțiți
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } oferă gratuit terapie prin discuții, prin NHS, pentru adulții care se simt triști, anxioși sau stresați. Puteți afla despre problemele frecvente, puteți verifica cum v-ați simțit în ultima vreme și vă puteți înscrie direct.
home-learn-title = Aflați mai multe și încercați exerciții de autoajutor
home-learn-body = Citiți despre starea de spirit scăzută, îngrijorare, panică, somn și altele, cu exerciții scurte pe care le puteți încerca chiar azi.
home-check-title = Verificați cum v-ați simțit în ultima vreme
home-check-body = Răspundeți la câteva întrebări scurte. Răspunsurile rămân pe acest dispozitiv.
home-refer-title = Înscrieți-vă direct
home-refer-body = Nu trebuie să mergeți mai întâi la medicul de familie (GP).
home-not-crisis = Dacă aveți nevoie de ajutor acum, nu așteptați.

## Learn

learn-title = Aflați mai multe și încercați exerciții de autoajutor
learn-lead = Informații despre problemele frecvente și lucruri pe care le puteți încerca pentru a vă simți mai bine.
learn-refer-link = Înscrieți-vă direct la terapie prin discuții
learn-loading = Se încarcă…
learn-pack-failed = Subiectele de autoajutor nu au putut fi încărcate. Verificați conexiunea și încercați din nou.
learn-topics-title = Subiecte
learn-for-me-title = Materiale pentru mine
learn-for-me-hint = Alegeți un grup ca să vedeți materiale scrise cu gândul la oameni ca dumneavoastră. Waymark nu ține minte alegerea făcută.
learn-for-me-label = Afișați materiale pentru
learn-for-me-everyone = Toată lumea
learn-for-me-intro = Scris pentru acest grup:
learn-related-topics = Subiecte care v-ar putea ajuta
learn-all-topics = Toate subiectele
learn-not-found = Nu există niciun subiect cu acest nume. Poate a fost mutat.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = Această pagină nu este încă disponibilă în limba { $language }.
learn-read-in-english = Citiți-o în engleză
learn-in-english-note = Această pagină este afișată în engleză pentru că nu a fost tradusă încă.
learn-status-reviewed = Text verificat de un specialist (terapeut sau medic).
learn-status-draft = Text neverificat încă de un specialist (terapeut sau medic).
learn-status-machine = Text tradus de un computer și neverificat încă de o persoană. Unele cuvinte pot fi greșite.
learn-tools-label = Instrumente pentru pagină
learn-read-aloud = Citire cu voce tare
learn-stop-reading = Opriți citirea
learn-text-size = Mărimea textului
learn-text-size-standard = Normală
learn-text-size-large = Mare
learn-text-size-largest = Foarte mare
learn-print = Tipăriți această pagină
learn-next-title = Ce puteți face mai departe
learn-next-check = Verificați cum v-ați simțit în ultima vreme
learn-next-refer = Înscrieți-vă direct la terapie prin discuții
learn-next-help = Cereți ajutor acum dacă nu vă puteți păstra în siguranță

## Check

check-title = Verificați cum v-ați simțit în ultima vreme
check-lead = Chestionare scurte pe care le folosesc multe servicii NHS de terapie prin discuții.
check-not-a-diagnosis = Răspunsurile vă ajută să vă gândiți la cum v-ați simțit. Ele nu sunt un diagnostic.
## Refer

refer-title = Înscrieți-vă direct
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = Vă puteți înscrie direct la { $service }. Nu trebuie să mergeți mai întâi la medicul de familie (GP).
refer-online-coming = Formularul online nu este încă disponibil în această versiune Waymark. Vă puteți înscrie prin telefon.
refer-not-online = Acest serviciu nu primește cereri online. Vă puteți înscrie prin telefon.
refer-by-phone = Înscrieți-vă prin telefon
refer-by-email = Sau scrieți un e-mail la:
refer-what-next = Cineva de la serviciu va vorbi cu dumneavoastră despre ce v-ar putea ajuta și cât ar putea dura așteptarea.

## Get help now

help-title = Cereți ajutor acum
help-lead = Dacă simțiți că nu vă puteți păstra în siguranță sau treceți printr-o criză, cereți ajutor imediat.
help-not-crisis-service = Serviciile de terapie prin discuții nu sunt servicii pentru situații de criză, dar vă pot ajuta după ce vă simțiți în siguranță.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = Dacă viața vă este în pericol acum, sunați la { $number } sau mergeți la Urgențe (A&E).
crisis-emergency-body = De exemplu, dacă v-ați rănit grav sau simțiți că nu vă puteți păstra în siguranță.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, opțiunea { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = Sunați la { $number } și alegeți opțiunea { $option } pentru linia NHS de criză în sănătatea mintală, deschisă 24 de ore din 24, pentru toate vârstele. Puteți cere un interpret.
crisis-samaritans-body = Sunați gratuit, zi și noapte, ca să vorbiți despre orice.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = Dacă preferați să scrieți în loc să vorbiți, trimiteți un SMS cu textul { $keyword } la { $number }, zi și noapte.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = Pentru persoanele sub { $age ->
    [one] { $age } an
    [few] { $age } ani
   *[other] { $age } de ani
} care au gânduri de sinucidere și pentru cei care își fac griji pentru ele. Linia este deschisă zi și noapte, prin telefon sau SMS.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = Pentru copiii și tinerii sub { $age ->
    [one] { $age } an
    [few] { $age } ani
   *[other] { $age } de ani
}.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = Trimiteți { $keyword } prin SMS la { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = Trimiteți un SMS la { $number }

## Privacy and settings

privacy-title = Confidențialitate și setări
privacy-lead = Waymark funcționează în browserul dumneavoastră. Nu folosește cookie-uri, nu vă urmărește și nu are reclame.
privacy-kept-title = Ce se păstrează pe acest dispozitiv
privacy-kept-nothing = Nu se păstrează nimic pe acest dispozitiv.
privacy-stored-language = Limba aleasă de dumneavoastră.
privacy-stored-check-progress = Răspunsurile la un chestionar neterminat (păstrate doar până închideți această filă).
privacy-stored-history = Rezultatele chestionarelor pe care ați ales să le păstrați.
privacy-stored-referral-draft = Răspunsurile la o cerere pe care nu ați trimis-o încă.
privacy-stored-outbox-undelivered = Cereri care nu au ajuns încă la serviciu.
privacy-stored-receipts = Numerele de referință ale cererilor primite de serviciu, cu data. Niciunul dintre răspunsurile dumneavoastră.
privacy-stored-unreadable = Răspunsuri sau cereri salvate pe care acest dispozitiv nu le-a mai putut citi, puse deoparte în loc să fie șterse.
privacy-stored-text-size = Mărimea textului aleasă pentru citit.
privacy-stored-shared-device = Faptul că acest dispozitiv este în modul dispozitiv comun (codul lucrătorului, păstrat într-o formă care nu poate fi citită).
privacy-delete-all = Ștergeți tot ce se păstrează pe acest dispozitiv
privacy-deleted-everything = Tot ce păstra Waymark pe acest dispozitiv a fost șters, inclusiv paginile păstrate pentru citire offline.
privacy-delete-unsent-warning = O cerere nu a ajuns încă la serviciu. Dacă ștergeți totul acum, nu va fi trimisă.
privacy-delete-anyway = Ștergeți totul oricum
privacy-shared-title = Modul dispozitiv comun, pentru lucrătorii din comunitate
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Folosiți acest mod pe o tabletă pe care o folosesc mai multe persoane într-o zi. Pe dispozitiv nu se păstrează nimic personal, iar totul este șters când apăsați „Terminați și ștergeți” sau după { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} fără utilizare.
privacy-worker-title = Pentru lucrătorii din comunitate: cereri care așteaptă pe acest dispozitiv
privacy-worker-check = Verificați
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] Nicio cerere nu așteaptă pe acest dispozitiv.
    [one] { $count } cerere așteaptă pe acest dispozitiv să ajungă la serviciu. Țineți Waymark deschis și conectat la internet până când este trimisă.
    [few] { $count } cereri așteaptă pe acest dispozitiv să ajungă la serviciu. Țineți Waymark deschis și conectat la internet până când sunt trimise.
   *[other] { $count } de cereri așteaptă pe acest dispozitiv să ajungă la serviciu. Țineți Waymark deschis și conectat la internet până când sunt trimise.
}
privacy-shared-sealed-kept = Singura excepție este o cerere care nu a ajuns încă la serviciu. Ea este păstrată pe dispozitiv până când este trimisă, încuiată astfel încât doar serviciul să o poată deschide. Nimeni dintre cei care folosesc dispozitivul nu o poate vedea și nici nu poate vedea de la cine este.
privacy-shared-by-service = Serviciul a activat acest mod pe toate dispozitivele.
privacy-shared-is-on = Modul dispozitiv comun este activat pe acest dispozitiv.
privacy-shared-code-label = Codul lucrătorului
privacy-shared-code-hint = Cel puțin 4 cifre. Aveți nevoie de el ca să dezactivați modul, astfel încât persoana pe care o ajutați să nu îl poată dezactiva.
privacy-shared-turn-on = Activați pe acest dispozitiv
privacy-shared-turn-off = Dezactivați
privacy-shared-code-error = Introduceți un cod de lucrător de cel puțin 4 cifre.
privacy-shared-wrong-code = Acesta nu este codul lucrătorului pentru acest dispozitiv.
privacy-private-browsing-title = Dacă și alte persoane folosesc acest dispozitiv
privacy-private-browsing-body = Folosiți o fereastră privată (incognito). Astfel, după ce o închideți, nimic din această vizită nu rămâne în browser.
privacy-history-body = Niciun site nu vă poate șterge istoricul de navigare. Dacă vă temeți că cineva s-ar putea uita, îl puteți șterge din setările browserului.
privacy-sent-title = Ce se trimite
privacy-sent-body = Nimic nu pleacă de pe acest dispozitiv decât dacă trimiteți o cerere. Cererea ajunge doar la serviciu.
privacy-notice-link = Citiți informarea serviciului despre confidențialitate
privacy-admin-warnings = Pentru administratorii serviciului: avertismente de configurare

## Not found

not-found-title = Pagina nu a fost găsită
not-found-body = Dacă ați scris adresa de mână, verificați dacă este corectă. Dacă ați urmat un link, este posibil ca pagina să fi fost mutată.
not-found-home = Mergeți la pagina principală

## Configuration error (for the service's admin)

admin-error-title = Ne pare rău, acest serviciu nu funcționează acum
admin-error-public = Dacă aveți nevoie de ajutor acum:
admin-error-for-admins = Pentru administratorul serviciului
admin-error-file = Fișier
admin-error-field = Câmp
admin-error-problem = Problemă
admin-error-docs = Consultați docs/configuration.md pentru fiecare câmp și formatul lui.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } nu a putut fi încărcat: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } nu este JSON valid la rândul { $line }, coloana { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = Valoarea lipsește sau are un tip greșit: { $detail }.
admin-error-empty = Valoarea nu poate fi goală.
admin-error-not-secure-url = Valoarea trebuie să fie o adresă https://. Adresele http:// sunt permise doar pentru 127.0.0.1 sau localhost, în timpul testării.
admin-error-not-email = Valoarea nu este o adresă de e-mail.
admin-error-no-known-language = Niciuna dintre limbile din listă nu este disponibilă în această versiune Waymark.
admin-error-not-public-key = Valoarea nu este o cheie publică generată de „receiver keygen” (43 de caractere: litere, cifre, - sau _).
admin-error-no-parent-origin = Încorporarea este activată, dar niciun site nu are voie să încorporeze Waymark. Enumerați fiecare site în embed.allowed_parent_origins.
admin-error-not-origin = Valoarea trebuie să fie originea (origin) unui site, de exemplu https://www.example.nhs.uk, fără cale și fără *.
admin-error-out-of-range = Numărul trebuie să fie mai mare decât 0 și să nu depășească 120 de minute.
admin-error-out-of-range-days = Numărul trebuie să fie un număr întreg de zile, de la 1 la 365.
admin-error-not-phone-number = Valoarea trebuie să fie un număr de telefon care poate fi format, de exemplu ⁦0113 496 0000⁩ sau ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = Această linie poartă numele unei linii naționale de criză, dar numărul ei nu este numărul acelei linii. Verificați numărul sau dați liniei numele propriu al serviciului dumneavoastră.

## Forms (shared by the self-check and referral pages)

check-back = Înapoi
check-start = Începeți acum
check-next = Continuați
check-error-prefix = Eroare:
check-error-summary-title = Există o problemă

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = Cât timp așteptați
waiting-lead = Ce se întâmplă după ce vă înscrieți direct, cât poate dura și ce vă poate ajuta între timp.
waiting-next-title = Ce urmează
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = Serviciul vă va contacta în cel mult { $days ->
    [one] { $days } zi lucrătoare
    [few] { $days } zile lucrătoare
   *[other] { $days } de zile lucrătoare
} de la primirea cererii, ca să stabilească o primă discuție (o evaluare).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = În prezent, după aceea, oamenii așteaptă de obicei { $weeks ->
    [0] mai puțin de o săptămână
    [one] aproximativ { $weeks } săptămână
    [few] aproximativ { $weeks } săptămâni
   *[other] aproximativ { $weeks } de săptămâni
} până la prima programare.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (Serviciul a verificat acest lucru ultima dată pe { $date }.)
waiting-contact-title = Ca să întrebați despre cerere sau să o anulați
waiting-contact-body = Contactați serviciul. Dacă aveți un număr de referință, spuneți-l.
waiting-contact-phone = Telefon:
waiting-contact-email = E-mail:
waiting-help-title = Ce vă poate ajuta cât timp așteptați
waiting-help-learn = Citiți despre problemele frecvente și încercați exercițiile
waiting-help-check = Verificați cum vă simțiți și păstrați rezultatul pe acest dispozitiv, ca să îl comparați mai târziu
waiting-harder-title = Dacă vă este mai greu cât timp așteptați
waiting-harder-body = Spuneți serviciului dacă vă simțiți mai rău sau dacă s-a schimbat ceva. Sunați la:
waiting-harder-crisis = Dacă simțiți că nu vă puteți păstra în siguranță, nu așteptați:
waiting-device-title = Pe acest dispozitiv
waiting-no-reference = Pe acest dispozitiv nu există un număr de referință al cererii. Dacă v-ați înscris de pe alt dispozitiv sau ați șters numărul de referință, serviciul vă poate găsi cererea după nume și data nașterii.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = Numărul de referință al cererii este { $reference }. Serviciul a primit cererea pe { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = Adică până pe { $date }, fără a socoti zilele de sărbătoare legală.
waiting-call-calendar = Adăugați această dată în calendar (un fișier creat pe acest dispozitiv)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } urmează să vă contacteze cel târziu astăzi
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = Numărul de referință al cererii este { $reference }.
waiting-calendar-privacy = Fișierele de calendar sunt create pe acest dispozitiv și nu sunt trimise nicăieri. Înregistrarea conține numele serviciului: oricine vă poate vedea calendarul îl poate vedea.
waiting-check-in-title = Verificați-vă starea la fiecare 2 săptămâni
waiting-check-in-body = Dacă repetați același chestionar la fiecare 2 săptămâni, vedeți dacă lucrurile se schimbă. Dacă o verificare arată că vă este mai greu, Waymark vă spune și vă arată cum să anunțați serviciul.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: este momentul unei noi verificări
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: următoarea verificare pe { $date }
waiting-check-in-calendar = Adăugați un memento în calendar
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Verificare: { $name }
waiting-check-in-event-body = Repetați chestionarul în Waymark ca să vedeți dacă lucrurile se schimbă.
waiting-check-in-none = Când păstrați un rezultat PHQ-9 sau GAD-7 pe acest dispozitiv, această pagină vă arată când să îl repetați.
waiting-check-in-not-kept = Acest dispozitiv nu păstrează rezultatele chestionarelor, așa că nu vă poate aminti când să faceți o nouă verificare.
waiting-print = Tipăriți această pagină sau salvați-o ca PDF
refer-sent-waiting-link = Cât timp așteptați: ce urmează, cât poate dura și ce vă poate ajuta

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = Memoria acestui dispozitiv este plină, așa că ce introduceți acum se păstrează doar în această pagină: dacă închideți pagina, se pierde. Terminați ce faceți înainte să o închideți (o cerere se trimite în continuare cât timp pagina este deschisă) sau sunați la serviciu. Dacă eliberați spațiu din setările browserului, Waymark poate salva din nou.
privacy-stored-waiting-plan = Planul pentru perioada de așteptare pe care l-ați început și pașii pe care i-ați bifat.
waiting-plan-title = Un plan pentru săptămânile următoare
waiting-plan-body = Câțiva pași mici în fiecare săptămână, din exercițiile de la Informații. Îi bifați aici. Planul se păstrează doar pe acest dispozitiv și îl puteți șterge oricând.
waiting-plan-question = Ce v-ar ajuta cel mai mult acum?
waiting-plan-suggested-hint = Un plan este marcat ca sugerat, pe baza rezultatelor chestionarelor pe care le-ați păstrat. Alegeți-l pe cel care vi se pare potrivit.
waiting-plan-suggested = Sugerat
waiting-plan-start = Începeți acest plan
waiting-plan-unreadable = Planul salvat nu a putut fi citit: poate fi dintr-o versiune mai veche a Waymark sau a fost schimbat pe acest dispozitiv. Alegeți un plan mai jos ca să începeți din nou. Planul vechi este înlocuit doar atunci când faceți asta.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = Săptămâna { $week }
waiting-plan-this-week = Săptămâna aceasta
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = Sunteți în săptămâna { $week } a planului.
waiting-plan-after-end = Ați trecut prin toate săptămânile planului. Continuați pașii care v-au ajutat și întoarceți-vă la cei pe care i-ați sărit.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = Pași făcuți: { $done } din { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = Cum se face: { $topic }
waiting-plan-kept = Planul și pașii pe care îi bifați se păstrează doar pe acest dispozitiv. Butonul „Ștergeți tot” de pe pagina de confidențialitate îi șterge și pe ei.
waiting-plan-stop = Opriți acest plan și ștergeți-l
waiting-plan-not-shared = Planurile se păstrează doar pe un dispozitiv al dumneavoastră, așa că pe acest dispozitiv comun nu puteți începe un plan.
waiting-plan-not-kept = Acest browser nu îi permite lui Waymark să salveze nimic, așa că un plan nu poate fi păstrat aici.
