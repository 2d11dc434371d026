# Waymark interface strings for the online referral pages, Somali (so),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl and referral.ftl): "referral" = codsi (is-gudbin);
# "refer yourself" = is-gudbi; "GP" = GP (dhakhtarka qoyska);
# "GP practice" = xarunta GP-ga; "optional" = (ikhtiyaari);
# "reference" = tixraac; "interpreter" = turjubaan.

## Start

refer-start-lead = Wax yar naftaada naga sii sheeg, adeeggana wuu kula soo xiriiri doonaa si uu kaala hadlo waxa ku caawin kara.
refer-start-time = Waxay qaadanaysaa qiyaastii 10 daqiiqo. Waad dib u noqon kartaa oo beddeli kartaa jawaabahaaga intaadan dirin.
refer-start-saved-device = Jawaabahaaga waxaa lagu kaydiyaa qalabkan inta aad qorayso, sidaas darteed waxba ma lumaan haddii boggu xirmo. Waa la tirtiraa marka adeeggu helo codsigaaga, ama marka aad doorato inaad tirtirto.
refer-start-saved-page = Inta aad qorayso, jawaabahaaga waxaa lagu hayaa boggan oo keliya, waxbana laguma kaydiyo qalabkan. Haddii boggu xirmo intaadan dirin codsigaaga, way lumayaan.
refer-start-draft = Qalabkan waxaa ku kaydsan jawaabo aad hore u qortay.
refer-start-resume = Sii wad codsigaaga
refer-start-delete = Tirtir jawaabahayga
refer-start-waiting = Waxaad leedahay codsi sugaya in la diro. Eeg sida uu u socdo.

## Eligibility

refer-eligibility-title = Intaadan bilaabin
refer-eligibility-why = Su'aalahan ayaan marka hore ku weydiinaynaa si aan u hubinno in adeeggani kuu habboon yahay. Haddii uusan kuu habboonayn, waxaan kuu sheegi doonnaa meesha aad caawimaad ka heli karto.
refer-in-crisis-legend = Ma dareemaysaa inaadan hadda naftaada ka ilaalin karin waxyeello?
refer-in-crisis-shared-hint = Daaweynta hadalku isla markiiba kuma caawin karto. Haddii aad ku jirto xaalad degdeg ah, waxaan ku tusi doonnaa meesha aad hadda caawimaad ka heli karto. Haddii aad markaas kadib codsi dirto, adeeggu wuu arki doonaa jawaabtaada, si ay u hubiyaan inaad ammaan tahay.
refer-error-in-crisis-missing = Dooro haa haddii aad dareemayso inaadan hadda naftaada ka ilaalin karin waxyeello
refer-dob-legend = Waa maxay taariikhda dhalashadaadu?
refer-dob-hint = Tusaale ahaan, ⁦27 3 1985⁩. Waxaan weydiinaynaa sababtoo ah adeeggu wuxuu arki karaa dadka da' gaar ah oo keliya.
refer-dob-day = Maalin
refer-dob-month = Bil
refer-dob-year = Sannad
refer-postcode-label = Waa maxay koodhka boostadaadu (postcode)?
refer-postcode-hint = Waxaan weydiinaynaa sababtoo ah adeeggu wuxuu u shaqeeyaa dadka ku nool aaggiisa.
refer-practice-list-label = Xaruntee GP ayaad ku diiwaangashan tahay?
refer-practice-list-hint = Waxaan weydiinaynaa sababtoo ah adeeggu wuxuu la shaqeeyaa xarumaha GP-ga ee aaggiisa. Haddii taadu aysan liiska ku jirin, waxaa la isticmaalayaa koodhka boostadaada.
refer-practice-list-choose = Dooro xaruntaada
refer-practice-list-not-listed = Xaruntaydu liiska kuma jirto
refer-secondary-care-legend = Hadda ma ku caawinaysaa koox caafimaadka maskaxda ee bulshada ama koox xaaladaha degdegga ah?
refer-secondary-care-hint = Haddii ay sidaas tahay, kooxdaas ayaa kula diyaarin karta daaweynta hadalka.

## Not eligible

refer-not-eligible-title = Waxaa laga yaabaa in adeeggani uusan kuu habboonayn
refer-not-eligible-phone = Haddii aad u malaynayso in tani khalad tahay, ama aadan hubin, wac adeegga:
refer-not-eligible-change = Dib u noqo oo beddel jawaabahaaga

## About you

refer-about-you-title = Wax adiga kugu saabsan
refer-about-you-why = Faahfaahintan waxaan u isticmaalnaa inaan helno diiwaannadaada oo aan kuu qorno haddii aan u baahanno.
refer-given-name-label = Magaca koowaad
refer-family-name-label = Magaca dambe
refer-nhs-number-label = Lambarka NHS (ikhtiyaari)
refer-nhs-number-hint = Waa 10 tiro, sida ⁦485 777 3456⁩. Waxaad ka heli kartaa warqadaha NHS ama NHS App. Meeshan waad iska dhaafi kartaa iyadoo bannaan.
refer-address-line-1-label = Cinwaanka, sadarka 1
refer-address-line-2-label = Cinwaanka, sadarka 2 (ikhtiyaari)
refer-address-hint = Cinwaanka gurigaaga, si adeeggu u ogaado inaad ku nooshahay aaggiisa.
refer-town-label = Magaalada

## Contact

refer-contact-title = Sideen kuula soo xiriiri karnaa?
refer-contact-why = Adeeggu wuxuu kula soo xiriiri doonaa si loo qabsado ballantaada koowaad. Noo sheeg waxa kuu ammaan ah.
refer-phone-label = Lambarka taleefanka
refer-phone-hint = Lambar mobayl ama taleefan guri oo UK ah. Lambarrada caalamiga ah, ku bilow +.
refer-email-label = Cinwaanka iimaylka (ikhtiyaari)
refer-email-hint = Keliya haddii aad raalli ka tahay in adeeggu kuu soo diro iimayl.
refer-voicemail-legend = Ma kuu dhaafi karnaa fariin cod ah (voicemail)?
refer-voicemail-hint = Fariintu waxay sheegi lahayd cidda soo wacaysa, laakiin ma sheegi lahayn sababta.
refer-texts-legend = Ma kuu soo diri karnaa fariimo qoraal ah?
refer-safe-times-label = Goorma ayay ammaan tahay in lagu soo waco? (ikhtiyaari)
refer-safe-times-hint = Tusaale ahaan, subaxda maalmaha shaqada, ama ha la ii soo wicin 6-da fiidnimo kadib.

## More about you

refer-more-title = Luqaddaada, GP-gaaga iyo waxa aad jeclaan lahayd in lagaa caawiyo
refer-more-why = Tani waxay ka caawinaysaa adeegga inuu ku siiyo taageerada saxda ah, luqadda saxda ah.
refer-language-label = Luqaddee ayaad jeclaan lahayd inaad isticmaasho? (ikhtiyaari)
refer-language-hint = Waxaad heli kartaa turjubaan bilaash ah, oo ay ku jirto Luqadda Calaamadaha ee Ingiriiska (BSL).
refer-interpreter-legend = Ma jeclaan lahayd turjubaan?
refer-interpreter-language-label = Haddii haa, luqaddee? (ikhtiyaari)
refer-gp-label = Xarunta GP-gaaga (dhakhtarka qoyska)
refer-gp-hint = Magaca xarunta iyo magaalada, tusaale ahaan Riverside Medical Centre, Anytown.
refer-help-with-label = Maxaad jeclaan lahayd in lagaa caawiyo? (ikhtiyaari)
refer-help-with-hint = Erayadaada ku qor. Qor inta aad rabto, badan ama yar.

refer-help-topics-legend = Maxaad jeclaan lahayd in lagaa caawiyo? (ikhtiyaari)
refer-help-topics-hint = Dooro dhammaan kuwa ku khuseeya.

## Equality questions

refer-equality-title = Wax adiga kugu saabsan: su'aalo ikhtiyaari ah
refer-equality-why = Su'aalahan waa ikhtiyaari. Adeegyadu waxay u weydiiyaan si ay u hubiyaan inay qof walba si cadaalad ah ula dhaqmaan, iyo si ay u ogaadaan dadka aysan weli gaarin. Jawaabahaagu ma beddelaan in caawimaad laguu fidiyo iyo in kale.
refer-ethnic-category-legend = Waa maxay kooxdaada qowmiyadeed?
refer-gender-legend = Waa maxay jinsigaagu?
refer-gender-same-legend = Jinsigaagu ma la mid yahay jinsiga laguu diiwaangeliyey markii aad dhalatay?
refer-orientation-legend = Waa maxay jihaynta galmadaadu (sexual orientation)?
refer-religion-legend = Waa maxay diintaadu ama caqiidadaadu?
refer-disability-legend = Ma u aragtaa inaad leedahay naafonimo?
refer-long-term-legend = Ma qabtaa xanuun jireed oo muddo dheer socda, sida sonkorowga, neefta ama cudurka wadnaha?
refer-employment-legend = Waa maxay xaaladdaada shaqo?
refer-veteran-legend = Ma ka soo shaqaysay ciidamada qalabka sida ee UK?
refer-perinatal-legend = Uur ma leedahay, mise ilmo ayaad dhashay 12-kii bilood ee la soo dhaafay?

## Consent

refer-consent-title = La wadaagista macluumaadkaaga
refer-consent-why = Adeeggu macluumaadkaaga si ammaan ah ayuu u hayaa, wuxuuna u isticmaalaa oo keliya si uu kuu caawiyo.
refer-share-gp-legend = Adeeggu ma u sheegi karaa GP-gaaga inaad is-gudbisay?
refer-share-gp-hint = Markaas GP-gaaguna wuu ku taageeri karaa. Haddii aad maya tiraahdo, weli waa lagu arki karaa.
refer-privacy-consent-label = Waxaan akhriyey sida adeeggu u isticmaalo macluumaadkayga, waxaanan oggolahay inaan diro codsigayga.

## Check your answers

refer-check-title = Hubi jawaabahaaga intaadan dirin
refer-change = Beddel
refer-check-phq9 = Jawaabahaaga PHQ-9 (niyad-xumo)
refer-check-gad7 = Jawaabahaaga GAD-7 (welwel iyo walaac)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Dhibcaha { $score }
refer-check-remove = Ka saar
refer-check-send-title = Hadda dir codsigaaga
refer-check-send-saved = Marka aad dirto, codsigaaga marka hore waxaa lagu kaydiyaa qalabkan, kadibna waxaa loo diraa adeegga. Haddii xiriirku go'o, Waymark wuu isku dayayaa mar kasta oo uu ka furan yahay qalabkan, wuxuuna kuu sheegayaa marka adeeggu helo.
refer-check-send-memory = Marka aad dirto, codsigaaga waxaa lagu hayaa boggan, kadibna waxaa loo diraa adeegga. Boggan u daa isagoo furan ilaa uu ku qoran yahay in adeeggu helay: haddii boggu xirmo ka hor, codsigu wuu lumayaa.
refer-check-already-sent = Jawaabahan horay ayaad u dirtay. Laba jeer lama diri doono.
refer-check-see-progress = Eeg meesha uu codsigaagu marayo
refer-check-cannot-send = Waan ka xunnahay, biraawsarkani ma samayn karo tixraac ammaan ah oo codsigaaga ah. Fadlan taa beddelkeeda wac adeegga.
refer-send = Dir codsiga
refer-sending = Waa la dirayaa…

## After sending

refer-sent-title = Codsiga waa la diray
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = Tixraacaagu waa { $reference }.
refer-sent-next-title = Waxa xiga
refer-sent-phone = Haddii aad rabto inaad la hadasho adeegga, wac:
refer-sent-none = Qalabkan kuma jiro wax codsi ah
refer-waiting-title = Codsigaaga waxaa lagu kaydiyey qalabkan
refer-waiting-device-body = Weli ma gaarin adeegga. Waymark wuu isku dayayaa mar kasta oo uu ka furan yahay qalabkan, bog kasta ha ahaadee, wuxuuna halkan ku sheegayaa marka adeeggu helo.
refer-waiting-page-title = Codsigaagu wuxuu ku sugayaa boggan
refer-waiting-page-body = Weli ma gaarin adeegga, waxaana lagu hayaa boggan oo keliya. Boggan u daa isagoo furan: Waymark wuu isku dayayaa, wuxuuna halkan ku sheegayaa marka adeeggu helo. Haddii boggu xirmo ka hor, codsigu wuu lumayaa.
refer-waiting-phone = Wuxuu qaadanayaa waqti ka badan sidii caadiga ahayd. Waxaa laga yaabaa inaad door bidayso inaad taa beddelkeeda wacdo adeegga.
refer-try-again = Hadda isku day mar kale
refer-rejected-title = Adeeggu ma uusan aqbali karin codsigaaga onlaynka ah
refer-rejected-kept = Codsigaagu weli wuxuu ku jiraa meeshii aad ka dirtay, adeeggana ma helin. Fadlan taa beddelkeeda wac adeegga si aad taleefan ugu is-gudbiso, ama mar dambe isku day.
refer-receipt-title = Waxa lagu kaydiyo qalabkan
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = Jawaabahaaga waa laga tirtiray qalabkan. Waxaa keliya oo la hayaa tixraaca kor ku qoran iyo taariikhda uu adeeggu helay codsiga ({ $date }), muddo { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}, si aad u sheegi karto haddii aad wacdo.
refer-receipt-delete = Ka tirtir tixraaca qalabkan
