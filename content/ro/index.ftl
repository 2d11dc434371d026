# Titles and one-line summaries of the content pack, Romanian (ro), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = Stare de spirit scăzută și depresie
    .summary = Tristețe, senzație de gol sau lipsă de bucurie, săptămâni la rând.
worry = Îngrijorare și anxietate
    .summary = Griji greu de oprit, care vă ocupă o mare parte din zi.
panic = Atacuri de panică
    .summary = Valuri bruște de frică, cu inima care bate tare, și cum să treceți prin ele.
sleep = Probleme cu somnul
    .summary = Greutăți în a adormi sau în a dormi toată noaptea și ce vă poate ajuta.
stress = Stres
    .summary = Senzația de prea multă presiune și moduri de a vă ușura povara.

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = O stare de spirit mai bună, câte un pas mic pe rând
    .summary = Pe baza activării comportamentale: plănuiți lucruri mici care contează pentru dumneavoastră sau care vă plac, chiar înainte să aveți chef de ele.
plan-low-mood-understand = Citiți ce este starea de spirit scăzută și cum se poate întreține singură
plan-low-mood-one-small-thing = Plănuiți un lucru mic pentru fiecare zi din această săptămână și faceți-l
plan-low-mood-activity-diary = Țineți un jurnal al activităților timp de o săptămână și observați ce vă ridică starea de spirit
plan-low-mood-sleep-routine = Treziți-vă la aceeași oră în fiecare zi, oricum ar fi fost noaptea
plan-low-mood-build-up = Adăugați în fiecare zi încă o activitate care contează pentru dumneavoastră, pornind de la ce v-a ajutat
plan-worry = Cum să vă stăpâniți grijile
    .summary = Pe baza timpului pentru griji: amânați grijile până la o oră stabilită în fiecare zi și le deosebiți pe cele cu care puteți face ceva de cele cu care nu puteți.
plan-worry-understand = Citiți ce este îngrijorarea și de ce poate fi greu de oprit
plan-worry-worry-time = Stabiliți un timp pentru griji de 15–20 de minute în fiecare zi și, până atunci, scrieți-vă grijile
plan-worry-worry-tree = Folosiți arborele grijilor: pot face ceva în privința asta acum?
plan-worry-problem-solving = Alegeți o problemă practică și parcurgeți pașii de rezolvare a problemelor
plan-worry-keep-going = Păstrați în continuare timpul pentru griji și observați care griji mai contează când ajungeți la el
plan-panic = Cum să treceți prin panică
    .summary = Înțelegeți ce se întâmplă în corp în timpul panicii și aflați că senzațiile trec fără să faceți nimic ca să le opriți.
plan-panic-understand = Citiți ce se întâmplă în corp în timpul unui atac de panică
plan-panic-paced-breathing = Exersați respirația în ritm lent câte 5 minute pe zi, în momentele de liniște
plan-panic-stay-with-it = Când vine panica, rămâneți unde sunteți și lăsați senzația să crească și să scadă
plan-panic-stress-bucket = Desenați-vă găleata stresului: ce o umple și ce lasă o parte din stres să iasă
plan-panic-keep-going = Continuați să exersați: de fiecare dată când vine panica, rămâneți cu senzația și observați că trece
