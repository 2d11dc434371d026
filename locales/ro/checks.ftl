# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Licensed official Romanian translations of PHQ-9 and GAD-7 exist (Pfizer /
# phqscreeners.com); a service that needs them should use that wording instead.

### Self-check questionnaires, Romanian (ro): names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is translated from the published English wording.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Terms: "signs" = semne; "diagnosis" = diagnostic; "refer yourself" = înscrieți-vă direct;
### "GP" = medicul de familie (GP); "depression" = depresie; "anxiety" = anxietate.
### Items addressed to the reader avoid gendered adjectives; citations stay in English.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = Chestionarul PHQ-9 pentru depresie
phq9-stem = În ultimele 2 săptămâni, cât de des v-au supărat următoarele probleme?
phq9-recall-period = În ultimele 2 săptămâni

phq9-item-1 = Interes scăzut sau puțină plăcere în a face lucruri
phq9-item-2 = Senzația de tristețe, deprimare sau lipsă de speranță
phq9-item-3 = Greutăți în a adormi sau în a dormi fără întrerupere, sau somn prea mult
phq9-item-4 = Senzația de oboseală sau lipsă de energie
phq9-item-5 = Poftă de mâncare scăzută sau mâncat peste măsură
phq9-item-6 = Părere proastă despre sine — sau senzația că sunteți un eșec ori că v-ați dezamăgit pe dumneavoastră sau familia
phq9-item-7 = Greutăți în a vă concentra, de exemplu când citiți ziarul sau vă uitați la televizor
phq9-item-8 = Mișcări sau vorbire atât de lente încât alți oameni ar fi putut observa? Sau dimpotrivă — atâta neliniște și agitație încât v-ați mișcat mult mai mult decât de obicei
phq9-item-9 = Gânduri că ar fi mai bine să muriți sau gânduri de a vă face rău într-un fel
phq9-item-difficulty = Dacă ați bifat vreuna dintre probleme, cât de greu v-au făcut aceste probleme să vă faceți treaba, să vă ocupați de casă sau să vă înțelegeți cu alți oameni?

phq9-option-0 = Deloc
phq9-option-1 = Câteva zile
phq9-option-2 = Mai mult de jumătate din zile
phq9-option-3 = Aproape în fiecare zi

phq9-difficulty-option-0 = Deloc greu
phq9-difficulty-option-1 = Oarecum greu
phq9-difficulty-option-2 = Foarte greu
phq9-difficulty-option-3 = Extrem de greu

phq9-band-minimal = Minim
phq9-band-minimal-explanation = Răspunsurile dumneavoastră arată puține semne de depresie sau deloc în ultimele 2 săptămâni. Aceasta este o informație care să vă ajute, nu un diagnostic. Dacă vă este greu, meritați totuși sprijin și puteți cere ajutor.
phq9-band-mild = Ușor
phq9-band-mild-explanation = Răspunsurile dumneavoastră arată câteva semne de depresie în ultimele 2 săptămâni, la un nivel numit de obicei ușor. Acesta nu este un diagnostic. Sprijinul poate ajuta la orice nivel și îl puteți cere dacă vă este greu.
phq9-band-moderate = Moderat
phq9-band-moderate-explanation = Răspunsurile dumneavoastră arată semne de depresie în ultimele 2 săptămâni la un nivel numit de obicei moderat. Acesta nu este un diagnostic. Multor oameni cu răspunsuri ca ale dumneavoastră terapia prin discuții le este de folos, iar dumneavoastră vă puteți înscrie direct.
phq9-band-moderately-severe = Moderat spre sever
phq9-band-moderately-severe-explanation = Răspunsurile dumneavoastră arată semne de depresie în ultimele 2 săptămâni la un nivel numit de obicei moderat spre sever. Acesta nu este un diagnostic și nu spune nimic despre dumneavoastră ca om. Tratamentul îi ajută pe mulți oameni să se simtă mai bine: vă puteți înscrie direct sau puteți vorbi cu medicul de familie (GP).
phq9-band-severe = Sever
phq9-band-severe-explanation = Răspunsurile dumneavoastră arată semne de depresie în ultimele 2 săptămâni la un nivel numit de obicei sever. Acesta nu este un diagnostic și nu trebuie să treceți prin asta fără ajutor. Tratamentul îi ajută pe mulți oameni să se simtă mai bine: vă puteți înscrie direct sau puteți vorbi cu medicul de familie (GP) despre variantele pe care le aveți.

phq9-caseness-explanation = Serviciile NHS Talking Therapies consideră un scor de 10 sau mai mult la acest chestionar un semn că depresia vă poate afecta suficient de mult încât tratamentul să vă ajute. Oricare ar fi scorul, puteți cere ajutor.

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Creat de dr. Robert L. Spitzer, dr. Janet B.W. Williams, dr. Kurt Kroenke și colegii lor, cu o bursă educațională de la Pfizer Inc. Nu este nevoie de permisiune pentru a fi reprodus, tradus, afișat sau distribuit.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = Chestionarul GAD-7 pentru anxietate
gad7-stem = În ultimele 2 săptămâni, cât de des v-au supărat următoarele probleme?
gad7-recall-period = În ultimele 2 săptămâni

gad7-item-1 = Senzația de nervozitate, anxietate sau încordare
gad7-item-2 = Imposibilitatea de a opri sau de a controla îngrijorarea
gad7-item-3 = Îngrijorare prea mare legată de diverse lucruri
gad7-item-4 = Greutăți în a vă relaxa
gad7-item-5 = Neliniște atât de mare încât vă este greu să stați locului
gad7-item-6 = Tendința de a vă enerva sau de a vă irita ușor
gad7-item-7 = Frică, de parcă s-ar putea întâmpla ceva îngrozitor
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = Dacă ați bifat vreuna dintre probleme, cât de greu v-au făcut aceste probleme să vă faceți treaba, să vă ocupați de casă sau să vă înțelegeți cu alți oameni?
gad7-difficulty-option-0 = Deloc greu
gad7-difficulty-option-1 = Oarecum greu
gad7-difficulty-option-2 = Foarte greu
gad7-difficulty-option-3 = Extrem de greu

gad7-option-0 = Deloc
gad7-option-1 = Câteva zile
gad7-option-2 = Mai mult de jumătate din zile
gad7-option-3 = Aproape în fiecare zi

gad7-band-minimal = Minim
gad7-band-minimal-explanation = Răspunsurile dumneavoastră arată puține semne de anxietate sau deloc în ultimele 2 săptămâni. Aceasta este o informație care să vă ajute, nu un diagnostic. Dacă vă este greu, meritați totuși sprijin și puteți cere ajutor.
gad7-band-mild = Ușor
gad7-band-mild-explanation = Răspunsurile dumneavoastră arată câteva semne de anxietate în ultimele 2 săptămâni, la un nivel numit de obicei ușor. Acesta nu este un diagnostic. Sprijinul poate ajuta la orice nivel și îl puteți cere dacă vă este greu.
gad7-band-moderate = Moderat
gad7-band-moderate-explanation = Răspunsurile dumneavoastră arată semne de anxietate în ultimele 2 săptămâni la un nivel numit de obicei moderat. Acesta nu este un diagnostic. Multor oameni cu răspunsuri ca ale dumneavoastră terapia prin discuții le este de folos, iar dumneavoastră vă puteți înscrie direct.
gad7-band-severe = Sever
gad7-band-severe-explanation = Răspunsurile dumneavoastră arată semne de anxietate în ultimele 2 săptămâni la un nivel numit de obicei sever. Acesta nu este un diagnostic și nu trebuie să treceți prin asta fără ajutor. Tratamentul îi ajută pe mulți oameni să se simtă mai bine: vă puteți înscrie direct sau puteți vorbi cu medicul de familie (GP) despre variantele pe care le aveți.

gad7-caseness-explanation = Serviciile NHS Talking Therapies consideră un scor de 8 sau mai mult la acest chestionar un semn că anxietatea vă poate afecta suficient de mult încât tratamentul să vă ajute. Oricare ar fi scorul, puteți cere ajutor.

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Creat de dr. Robert L. Spitzer, dr. Janet B.W. Williams, dr. Kurt Kroenke și colegii lor, cu o bursă educațională de la Pfizer Inc. Nu este nevoie de permisiune pentru a fi reprodus, tradus, afișat sau distribuit.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem".

wsas-name = Scala de adaptare la muncă și în viața socială (WSAS)
wsas-stem = Uneori, problemele oamenilor le afectează capacitatea de a face anumite activități de zi cu zi. Pentru a vă evalua problemele, uitați-vă la fiecare secțiune și alegeți pe scală cât de mult vă afectează problema capacitatea de a face activitatea respectivă.

wsas-item-work = Din cauza problemei mele, capacitatea mea de a munci este afectată. „0” înseamnă „deloc afectată”, iar „8” înseamnă „foarte grav afectată, până acolo încât nu pot munci”.
wsas-item-work-not-applicable = Sunt la pensie sau am ales să nu am un loc de muncă, din motive care nu au legătură cu problema mea
wsas-item-home-management = Din cauza problemei mele, treburile casei (curățenie, ordine, cumpărături, gătit, îngrijirea casei sau a copiilor, plata facturilor) sunt afectate.
wsas-item-social-leisure = Din cauza problemei mele, activitățile de timp liber cu alți oameni (de exemplu petreceri, baruri, cluburi, ieșiri, vizite, întâlniri romantice, primirea de musafiri) sunt afectate.
wsas-item-private-leisure = Din cauza problemei mele, activitățile de timp liber făcute fără alți oameni (de exemplu cititul, grădinăritul, colecționatul, cusutul, plimbările fără companie) sunt afectate.
wsas-item-relationships = Din cauza problemei mele, capacitatea mea de a crea și de a păstra relații apropiate cu ceilalți, inclusiv cu cei cu care locuiesc, este afectată.

wsas-option-0 = 0 – Deloc
wsas-option-1 = 1
wsas-option-2 = 2 – Puțin
wsas-option-3 = 3
wsas-option-4 = 4 – Clar
wsas-option-5 = 5
wsas-option-6 = 6 – Mult
wsas-option-7 = 7
wsas-option-8 = 8 – Foarte grav

wsas-band-subclinical = Sub pragul clinic
wsas-band-subclinical-explanation = Răspunsurile dumneavoastră arată că problemele au un efect mai mic asupra muncii, vieții de acasă, timpului liber sau relațiilor. Aceasta nu este o judecată despre cât de greu vă este. Dacă vă este greu, meritați totuși sprijin și puteți cere ajutor.
wsas-band-significant = Afectare semnificativă a vieții de zi cu zi
wsas-band-significant-explanation = Răspunsurile dumneavoastră arată că problemele au un efect important asupra muncii, vieții de acasă, timpului liber sau relațiilor. Acesta nu este un diagnostic. Sprijinul vă poate ajuta să vă întoarceți la lucrurile care contează pentru dumneavoastră.
wsas-band-moderately-severe = Afectare moderat spre severă sau mai mare
wsas-band-moderately-severe-explanation = Răspunsurile dumneavoastră arată că problemele au un efect mare asupra muncii, vieții de acasă, timpului liber sau relațiilor. Acesta nu este un diagnostic și nu trebuie să treceți prin asta fără ajutor: vă puteți înscrie direct sau puteți vorbi cu medicul de familie (GP).

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = Drepturile de autor pentru Work and Social Adjustment Scale aparțin autorilor ei (Mundt, Marks, Shear și Greist). Scala este folosită pe larg de serviciile NHS.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Scalele pentru fobii
phobia-stem = Alegeți un număr de pe scala de mai jos ca să arătați cât de mult ați evita fiecare dintre situațiile sau lucrurile de mai jos.

phobia-item-social = Situații sociale, de teamă să nu mă fac de rușine sau de râs
phobia-item-panic = Anumite situații, de teama unui atac de panică sau a altor simptome neplăcute (cum ar fi pierderea controlului asupra vezicii, vărsăturile sau amețeala)
phobia-item-specific = Anumite situații, de teama unor lucruri sau activități anume (cum ar fi animalele, înălțimile, vederea sângelui, spațiile închise, condusul mașinii sau zborul cu avionul)

phobia-option-0 = 0 – Nu aș evita
phobia-option-1 = 1
phobia-option-2 = 2 – Aș evita puțin
phobia-option-3 = 3
phobia-option-4 = 4 – Aș evita clar
phobia-option-5 = 5
phobia-option-6 = 6 – Aș evita mult
phobia-option-7 = 7
phobia-option-8 = 8 – Aș evita mereu

phobia-explore-further = Răspunsul dumneavoastră arată că acest fel de frică vă poate afecta viața. V-ar putea ajuta să vorbiți despre asta cu un terapeut, care poate vedea cât de mult vă încurcă. Acesta nu este un diagnostic.

phobia-citation = IAPT Phobia Scales, din programul Improving Access to Psychological Therapies (astăzi NHS Talking Therapies).
phobia-licence = Drepturile de autor pentru IAPT Phobia Scales aparțin Coroanei Britanice (Crown copyright). Scalele sunt reproduse sub licența Open Government Licence.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.

pcl5-name = Lista PCL-5 pentru stresul posttraumatic
pcl5-stem = Mai jos este o listă de probleme pe care oamenii le au uneori ca reacție la o experiență foarte stresantă. Citiți cu atenție fiecare problemă, apoi alegeți unul dintre răspunsuri ca să arătați cât de mult v-a supărat acea problemă în ultima lună.
pcl5-recall-period = În ultima lună

pcl5-item-1 = Amintiri repetate, tulburătoare și nedorite ale experienței stresante?
pcl5-item-2 = Vise repetate și tulburătoare despre experiența stresantă?
pcl5-item-3 = Senzația bruscă sau comportamentul ca și cum experiența stresantă s-ar petrece din nou în realitate (ca și cum ați fi din nou acolo și ați retrăi-o)?
pcl5-item-4 = Supărare puternică atunci când ceva v-a amintit de experiența stresantă?
pcl5-item-5 = Reacții puternice ale corpului atunci când ceva v-a amintit de experiența stresantă (de exemplu, inima care bate tare, greutăți în respirație, transpirație)?
pcl5-item-6 = Evitarea amintirilor, gândurilor sau sentimentelor legate de experiența stresantă?
pcl5-item-7 = Evitarea lucrurilor din jur care vă amintesc de experiența stresantă (de exemplu, oameni, locuri, conversații, activități, obiecte sau situații)?
pcl5-item-8 = Greutăți în a vă aminti părți importante ale experienței stresante?
pcl5-item-9 = Convingeri negative puternice despre dumneavoastră, despre alți oameni sau despre lume (de exemplu, gânduri precum: sunt un om rău, e ceva grav în neregulă cu mine, nu te poți încrede în nimeni, lumea este cu totul periculoasă)?
pcl5-item-10 = Învinovățirea dumneavoastră sau a altcuiva pentru experiența stresantă sau pentru ce s-a întâmplat după ea?
pcl5-item-11 = Sentimente negative puternice, cum ar fi frica, groaza, furia, vinovăția sau rușinea?
pcl5-item-12 = Pierderea interesului pentru activități care înainte vă făceau plăcere?
pcl5-item-13 = Senzația de distanță sau de ruptură față de alți oameni?
pcl5-item-14 = Greutăți în a simți emoții pozitive (de exemplu, nu puteți simți fericire sau dragoste pentru oamenii apropiați)?
pcl5-item-15 = Comportament iritabil, izbucniri de furie sau comportament agresiv?
pcl5-item-16 = Asumarea unor riscuri prea mari sau fapte care v-ar putea face rău?
pcl5-item-17 = Starea de „alertă maximă”, de vigilență sau de pază continuă?
pcl5-item-18 = Tendința de a tresări sau de a vă speria ușor?
pcl5-item-19 = Greutăți de concentrare?
pcl5-item-20 = Greutăți în a adormi sau în a dormi fără întrerupere?

pcl5-option-0 = Deloc
pcl5-option-1 = Puțin
pcl5-option-2 = Moderat
pcl5-option-3 = Destul de mult
pcl5-option-4 = Extrem de mult

pcl5-caseness-explanation = Un scor de 32 sau mai mult arată că s-ar putea să trăiți cu stres posttraumatic și că v-ar putea ajuta să vorbiți despre asta cu un specialist. Acesta este un rezultat de depistare, nu un diagnostic. Oricare ar fi scorul, puteți cere ajutor.

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. Pragul de 32 se încadrează în intervalul de 31–33 raportat pentru PTSD probabil (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = PCL-5 este o lucrare a Guvernului Statelor Unite (National Center for PTSD) și este în domeniul public.
