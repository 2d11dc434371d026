# Waymark interface strings for the online referral pages, Romanian (ro),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl, checks.ftl, check-pages.ftl and referral.ftl):
# "referral" = cerere; "refer yourself" = înscrieți-vă direct; "service" = serviciul;
# "GP" = medicul de familie (GP); "GP practice" = cabinetul medicului de familie (GP);
# "device" = dispozitiv; "delete" = ștergeți; "crisis" = criză;
# "interpreter" = interpret; "optional" = (opțional).

## Start

refer-start-lead = Spuneți-ne câte ceva despre dumneavoastră, iar serviciul vă va contacta ca să discutați despre ce v-ar putea ajuta.
refer-start-time = Durează aproximativ 10 minute. Înainte să le trimiteți, vă puteți întoarce să schimbați răspunsurile.
refer-start-saved-device = Răspunsurile dumneavoastră sunt salvate pe acest dispozitiv pe măsură ce scrieți, așa că nu se pierde nimic dacă pagina se închide. Ele sunt șterse după ce serviciul primește cererea sau atunci când alegeți să le ștergeți.
refer-start-saved-page = Răspunsurile dumneavoastră sunt păstrate doar pe această pagină pe măsură ce scrieți și nu se salvează nimic pe acest dispozitiv. Dacă pagina se închide înainte să trimiteți cererea, ele se pierd.
refer-start-draft = Aveți pe acest dispozitiv răspunsuri salvate de data trecută.
refer-start-resume = Continuați cererea
refer-start-delete = Ștergeți răspunsurile mele
refer-start-waiting = Aveți o cerere care așteaptă să fie trimisă. Vedeți în ce stadiu este.

## Eligibility

refer-eligibility-title = Înainte să începeți
refer-eligibility-why = Punem mai întâi aceste întrebări ca să verificăm dacă acest serviciu este cel potrivit pentru dumneavoastră. Dacă nu este, vă spunem unde puteți primi ajutor.
refer-in-crisis-legend = Simțiți că nu vă puteți păstra în siguranță chiar acum?
refer-in-crisis-shared-hint = Terapia prin discuții nu poate ajuta imediat. Dacă treceți printr-o criză, vă arătăm unde puteți cere ajutor acum. Dacă trimiteți apoi o cerere, serviciul va vedea răspunsul dumneavoastră, ca să poată verifica dacă sunteți în siguranță.
refer-error-in-crisis-missing = Selectați „Da” dacă simțiți că nu vă puteți păstra în siguranță chiar acum
refer-dob-legend = Care este data nașterii dumneavoastră?
refer-dob-hint = De exemplu, ⁦27 3 1985⁩. Întrebăm pentru că serviciul poate primi doar persoane de o anumită vârstă.
refer-dob-day = Ziua
refer-dob-month = Luna
refer-dob-year = Anul
refer-postcode-label = Care este codul dumneavoastră poștal (postcode)?
refer-postcode-hint = Întrebăm pentru că serviciul lucrează cu persoanele care locuiesc în zona lui.
refer-practice-list-label = La ce cabinet de medicină de familie (GP) aveți fișa?
refer-practice-list-hint = Întrebăm pentru că serviciul lucrează cu cabinetele de medicină de familie din zona lui. Dacă al dumneavoastră nu este pe listă, se folosește codul poștal.
refer-practice-list-choose = Alegeți cabinetul
refer-practice-list-not-listed = Cabinetul meu nu este pe listă
refer-secondary-care-legend = Vă ajută în prezent o echipă comunitară de sănătate mintală (community mental health team) sau o echipă de criză (crisis team)?
refer-secondary-care-hint = Dacă da, acea echipă poate stabili împreună cu dumneavoastră terapia prin discuții.

## Not eligible

refer-not-eligible-title = S-ar putea ca acest serviciu să nu fie potrivit pentru dumneavoastră
refer-not-eligible-phone = Dacă credeți că e o greșeală sau nu știți sigur, sunați la serviciu:
refer-not-eligible-change = Întoarceți-vă și schimbați răspunsurile

## About you

refer-about-you-title = Despre dumneavoastră
refer-about-you-why = Folosim aceste date ca să găsim dosarul dumneavoastră medical și să vă scriem, dacă e nevoie.
refer-given-name-label = Prenume
refer-family-name-label = Nume de familie
refer-nhs-number-label = Numărul NHS (opțional)
refer-nhs-number-hint = Are 10 cifre, de exemplu ⁦485 777 3456⁩. Îl găsiți în scrisorile de la NHS sau în aplicația NHS App. Puteți lăsa câmpul gol.
refer-address-line-1-label = Adresa, rândul 1
refer-address-line-2-label = Adresa, rândul 2 (opțional)
refer-address-hint = Adresa de acasă, ca serviciul să știe că locuiți în zona lui.
refer-town-label = Orașul sau localitatea

## Contact

refer-contact-title = Cum vă putem contacta?
refer-contact-why = Serviciul vă va contacta ca să stabilească o primă programare. Spuneți-ne ce este sigur pentru dumneavoastră.
refer-phone-label = Număr de telefon
refer-phone-hint = Un număr de mobil sau de telefon fix din Regatul Unit. Pentru numere internaționale, începeți cu +.
refer-email-label = Adresa de e-mail (opțional)
refer-email-hint = Doar dacă sunteți de acord ca serviciul să vă scrie pe e-mail.
refer-voicemail-legend = Vă putem lăsa un mesaj vocal?
refer-voicemail-hint = Mesajul ar spune cine sună, dar nu și de ce.
refer-texts-legend = Vă putem trimite mesaje SMS?
refer-safe-times-label = Când este sigur să vă sunăm? (opțional)
refer-safe-times-hint = De exemplu, dimineața în zilele lucrătoare, sau nu după ora 18:00.

## More about you

refer-more-title = Limba, medicul de familie și ajutorul de care aveți nevoie
refer-more-why = Astfel serviciul vă poate oferi sprijinul potrivit, în limba potrivită.
refer-language-label = Ce limbă ați dori să folosiți? (opțional)
refer-language-hint = Puteți avea gratuit un interpret, inclusiv pentru limbajul mimico-gestual britanic (BSL).
refer-interpreter-legend = Doriți un interpret?
refer-interpreter-language-label = Dacă da, pentru ce limbă? (opțional)
refer-gp-label = Cabinetul medicului de familie (GP)
refer-gp-hint = Numele cabinetului și orașul, de exemplu Riverside Medical Centre, Anytown.
refer-help-with-label = Cu ce ați dori ajutor? (opțional)
refer-help-with-hint = Cu propriile cuvinte. Scrieți cât de mult sau cât de puțin doriți.

refer-help-topics-legend = Cu ce ați dori ajutor? (opțional)
refer-help-topics-hint = Selectați tot ce se potrivește.

## Equality questions

refer-equality-title = Despre dumneavoastră: întrebări opționale
refer-equality-why = Aceste întrebări sunt opționale. Serviciile le pun ca să verifice dacă sunt corecte cu toată lumea și ca să afle la cine nu ajung. Răspunsurile nu schimbă nimic în privința ajutorului care vi se oferă.
refer-ethnic-category-legend = Care este grupul dumneavoastră etnic?
refer-gender-legend = Care este genul dumneavoastră?
refer-gender-same-legend = Genul dumneavoastră este același cu sexul înregistrat la naștere?
refer-orientation-legend = Care este orientarea dumneavoastră sexuală?
refer-religion-legend = Care este religia sau credința dumneavoastră?
refer-disability-legend = Considerați că aveți o dizabilitate?
refer-long-term-legend = Aveți o boală fizică de lungă durată, cum ar fi diabetul, astmul sau o boală de inimă?
refer-employment-legend = Care este situația dumneavoastră profesională?
refer-veteran-legend = Ați servit în forțele armate ale Regatului Unit?
refer-perinatal-legend = Sunteți însărcinată sau ați avut un copil în ultimele 12 luni?

## Consent

refer-consent-title = Cum sunt folosite informațiile dumneavoastră
refer-consent-why = Serviciul vă păstrează informațiile în siguranță și le folosește doar ca să vă ajute.
refer-share-gp-legend = Poate serviciul să-i spună medicului de familie (GP) că v-ați înscris direct?
refer-share-gp-hint = Astfel și medicul de familie vă poate sprijini. Serviciul vă poate ajuta și dacă răspundeți „Nu”.
refer-privacy-consent-label = Am citit cum folosește serviciul informațiile mele și sunt de acord să îmi trimit cererea.

## Check your answers

refer-check-title = Verificați răspunsurile înainte de trimitere
refer-change = Schimbați
refer-check-phq9 = Răspunsurile la PHQ-9 (starea de spirit scăzută)
refer-check-gad7 = Răspunsurile la GAD-7 (îngrijorare și anxietate)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Scor: { $score }
refer-check-remove = Scoateți
refer-check-send-title = Acum trimiteți cererea
refer-check-send-saved = Când o trimiteți, cererea este salvată mai întâi pe acest dispozitiv, apoi este trimisă la serviciu. Dacă se întrerupe conexiunea, Waymark încearcă din nou de fiecare dată când este deschis pe acest dispozitiv și vă anunță când serviciul a primit-o.
refer-check-send-memory = Când o trimiteți, cererea este păstrată pe această pagină, apoi este trimisă la serviciu. Țineți această pagină deschisă până când scrie că serviciul a primit-o: dacă pagina este închisă înainte, cererea se pierde.
refer-check-already-sent = Ați trimis deja aceste răspunsuri. Nu vor fi trimise de două ori.
refer-check-see-progress = Vedeți în ce stadiu este cererea
refer-check-cannot-send = Ne pare rău, acest browser nu poate crea un număr de referință sigur pentru cerere. Vă rugăm să sunați la serviciu.
refer-send = Trimiteți cererea
refer-sending = Se trimite…

## After sending

refer-sent-title = Cererea a fost trimisă
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = Numărul de referință este { $reference }.
refer-sent-next-title = Ce urmează
refer-sent-phone = Dacă doriți să vorbiți cu serviciul, sunați la:
refer-sent-none = Pe acest dispozitiv nu există nicio cerere
refer-waiting-title = Cererea este salvată pe acest dispozitiv
refer-waiting-device-body = Nu a ajuns încă la serviciu. Waymark încearcă din nou de fiecare dată când este deschis pe acest dispozitiv, pe orice pagină, și vă anunță aici când serviciul a primit-o.
refer-waiting-page-title = Cererea așteaptă pe această pagină
refer-waiting-page-body = Nu a ajuns încă la serviciu și este păstrată doar pe această pagină. Țineți această pagină deschisă: Waymark încearcă din nou și vă anunță aici când serviciul a primit-o. Dacă pagina este închisă înainte, cererea se pierde.
refer-waiting-phone = Durează mai mult decât de obicei. Poate preferați să sunați la serviciu.
refer-try-again = Încercați din nou acum
refer-rejected-title = Serviciul nu a putut primi cererea online
refer-rejected-kept = Cererea este încă păstrată acolo de unde ați trimis-o, iar serviciul nu a primit-o. Vă rugăm să sunați la serviciu ca să vă înscrieți prin telefon sau să încercați din nou mai târziu.
refer-receipt-title = Ce se păstrează pe acest dispozitiv
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = Răspunsurile dumneavoastră au fost șterse de pe acest dispozitiv. Se păstrează doar numărul de referință de mai sus și data la care serviciul a primit cererea ({ $date }), timp de { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}, ca să îl puteți spune dacă sunați.
refer-receipt-delete = Ștergeți numărul de referință de pe acest dispozitiv
