# Waymark interface strings for the app shell, Somali (so), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician or a second Somali reader.
# Standard Somali in Latin orthography (apostrophe for the glottal stop: su'aal).
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = daaweynta hadalka (NHS Talking Therapies kept
# as the programme's name); "refer yourself" = is-gudbi; "referral" = codsi
# (is-gudbin); "GP" = GP (dhakhtarka qoyska); "device" = qalabkan;
# "browser" = biraawsar; "diagnosis" = ogaansho xanuun (diagnosis);
# "low mood" = niyad-xumo; "depression" = niyad-jab; "anxiety" = walaac;
# "worry" = welwel; "stress" = cadaadis (stress); "clinician" = xirfadle caafimaad.

## App shell

app-loading = Waa la soo rarayaa…
app-skip-link = Toos ugu gudub qaybta ugu muhiimsan
app-help-now = Hel caawimaad hadda
app-nav-label = Liiska ugu weyn
app-nav-home = Bogga hore
app-nav-learn = Wax baro
app-nav-check = Hubi sida aad dareemayso
app-nav-refer = Is-gudbi
app-nav-privacy = Asturnaanta iyo dejinta
app-storage-unavailable = Biraawsarkani uma oggola Waymark inuu wax kaydiyo, sidaas darteed waxba lama xusuusan doono marka aad xirto boggan. Wax kasta oo kale way shaqaynayaan.
app-footer-not-crisis = Daaweynta hadalku ma aha adeeg xaaladaha degdegga ah.
app-referral-waiting = Qalabkan waxaa ku kaydsan codsi aan weli gaarin adeegga.
app-referral-waiting-link = Eeg oo dir
needs-app-body = Qaybtan ka mid ah bogga internetka waxay u baahan tahay biraawsar ka cusub, ama JavaScript oo shidan. Weli waad is-gudbin kartaa, ama adeegga wax kasta waad weydiin kartaa:
needs-app-phone = Wac
needs-app-email = Iimayl u dir
needs-app-help = Haddii aad hadda caawimaad u baahan tahay:
app-saved-unreadable = Jawaabo qaar oo qalabkan ku kaydsan dib looma akhriyi karin. Meel gaar ah ayaa la dhigay, lama tirtirin. Bogga asturnaanta waxaad ka arki kartaa waxa la hayo, waadna tirtiri kartaa.
feature-failed-title = Qaybtan adeegga lama soo rari karin
feature-failed-body = Hubi xiriirka internetkaaga, kadibna bogga dib u soo rar. Haddii aad hadda caawimaad u baahan tahay, isticmaal xiriiriyaha "Hel caawimaad hadda" ee ku yaal korka bogga.

## Shared-device mode (outreach tablets)

shared-notice = Qalab la wadaago: kadib markaad dhammayso, wax shakhsi ah laguma hayo.
shared-finish = Dhammee oo tirtir
shared-unsent-warning = Codsi weli lama dirin. Wuxuu ku jiraa boggan oo keliya, sidaas darteed haddii aad hadda dhammayso wuu lumi doonaa. Sug ilaa la diro, ama macluumaadka qofka si kale u qaado.
shared-finish-anyway = Si kastaba dhammee
shared-finish-when-sent = Sug, oo dhammee marka la diro
shared-waiting-to-send = Waxaa la sugayaa in adeeggu helo codsiga. Boggani si toos ah ayuu isu tirtiri doonaa marka uu helo.
shared-unsent-call = Ama wac adeegga si codsiga taleefan loogu gudbiyo:
shared-timeout-title = Weli ma joogtaa?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: the masculine noun ilbiriqsi keeps one form after a number (1 ilbiriqsi, 30 ilbiriqsi).
shared-timeout-body = Si loo ilaaliyo asturnaanta, wax kasta oo boggan ku jira waa la tirtiri doonaa { $seconds } ilbiriqsi gudahood.
shared-timeout-continue = Weli waan joogaa

## Quick exit

quick-exit-label = Ka bax si degdeg ah
quick-exit-button = Ka bax boggan
quick-exit-hint = Ama riix furaha Shift 3 jeer.

## Language switcher

language-switcher-label = Luqadda
language-switcher-failed = Waan ka xunnahay, luqaddaas lama soo rari karin. Hubi xiriirkaaga oo mar kale isku day.

## Home

home-title = Daaweynta hadalka: taageero ku saabsan sida aad dareemayso
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = Adeegga { $service } wuxuu bixiyaa daaweynta hadalka ee NHS oo bilaash ah, loogu talagalay dadka waaweyn ee dareema niyad-xumo, walaac ama cadaadis (stress). Halkan waxaad wax ka baran kartaa dhibaatooyinka caadiga ah, waad hubin kartaa sidaad dareemaysay, waadna is-gudbin kartaa.
home-learn-title = Wax baro oo isku day is-caawin
home-learn-body = Wax ka akhri niyad-xumada, welwelka, argagaxa, hurdada iyo wax kale, oo ay la socdaan layliyo gaagaaban oo aad maanta isku dayi karto.
home-check-title = Hubi sidaad dareemaysay
home-check-body = Ka jawaab dhowr su'aalood oo gaagaaban. Jawaabahaagu waxay ku jiraan qalabkan oo keliya.
home-refer-title = Is-gudbi
home-refer-body = Uma baahnid inaad marka hore aragto GP-gaaga (dhakhtarka qoyska).
home-not-crisis = Haddii aad hadda caawimaad u baahan tahay, ha sugin.

## Learn

learn-title = Wax baro oo isku day is-caawin
learn-lead = Macluumaad ku saabsan dhibaatooyinka caadiga ah iyo waxyaabo aad isku dayi karto si aad u dareento fiicnaan.
learn-refer-link = Is-gudbi si aad u hesho daaweynta hadalka
learn-loading = Waa la soo rarayaa…
learn-pack-failed = Mawduucyada is-caawinta lama soo rari karin. Hubi xiriirkaaga oo mar kale isku day.
learn-topics-title = Mawduucyada
learn-for-me-title = Qoraallo aniga igu habboon
learn-for-me-hint = Dooro koox si aad u aragto qoraallo loo qoray iyadoo laga fikirayo dad adiga kula mid ah. Waymark ma xusuusto doorashadaada.
learn-for-me-label = Tus qoraallada loogu talagalay
learn-for-me-everyone = Qof kasta
learn-for-me-intro = Waxaa loo qoray kooxdan:
learn-related-topics = Mawduucyo ku caawin kara
learn-all-topics = Dhammaan mawduucyada
learn-not-found = Ma jiro mawduuc magacaas leh. Waxaa laga yaabaa in meel kale loo raray.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = Boggan weli laguma heli karo { $language }.
learn-read-in-english = Ku akhri Ingiriisi
learn-in-english-note = Boggan wuxuu ku qoran yahay Ingiriisi sababtoo ah weli lama turjumin.
learn-status-reviewed = Waxaa hubiyey xirfadle caafimaad.
learn-status-draft = Weli ma uusan hubin xirfadle caafimaad.
learn-status-machine = Waxaa turjumay kombiyuutar, weli qof ma hubin. Erayada qaarkood waxay noqon karaan khalad.
learn-tools-label = Qalabka bogga
learn-read-aloud = Cod dheer ku akhri
learn-stop-reading = Jooji akhriska
learn-text-size = Cabbirka qoraalka
learn-text-size-standard = Caadi
learn-text-size-large = Weyn
learn-text-size-largest = Aad u weyn
learn-print = Daabac boggan
learn-next-title = Waxa aad marka xigta samayn karto
learn-next-check = Hubi sidaad dareemaysay
learn-next-refer = Is-gudbi si aad u hesho daaweynta hadalka
learn-next-help = Hel caawimaad hadda haddii aadan naftaada ka ilaalin karin waxyeello

## Check

check-title = Hubi sidaad dareemaysay
check-lead = Su'aalo gaagaaban oo ay isticmaalaan adeegyo badan oo NHS Talking Therapies ah.
check-not-a-diagnosis = Jawaabahaagu waxay kaa caawinayaan inaad ka fikirto sidaad ahayd. Ma aha ogaansho xanuun (diagnosis).
## Refer

refer-title = Is-gudbi
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = Waxaad si toos ah isugu gudbin kartaa adeegga { $service }. Uma baahnid inaad marka hore aragto GP-gaaga (dhakhtarka qoyska).
refer-online-coming = Foomka onlaynka ah weli kuma jiro noocan Waymark. Waxaad ku is-gudbin kartaa taleefan.
refer-not-online = Adeeggani ma aqbalo codsiyo onlayn ah. Waxaad ku is-gudbin kartaa taleefan.
refer-by-phone = Taleefan ku is-gudbi
refer-by-email = Ama iimayl u dir:
refer-what-next = Qof ka tirsan adeegga ayaa kala hadli doona waxa ku caawin kara iyo inta laga yaabo inaad sugto.

## Get help now

help-title = Hel caawimaad hadda
help-lead = Haddii aad dareemayso inaadan naftaada ka ilaalin karin waxyeello, ama aad ku jirto xaalad degdeg ah, isla markiiba caawimaad raadso.
help-not-crisis-service = Adeegyada daaweynta hadalku ma aha adeegyo xaaladaha degdegga ah, laakiin way ku caawin karaan marka aad dareento inaad ammaan tahay.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = Haddii naftaadu hadda khatar ku jirto, wac { $number } ama tag qaybta gurmadka degdegga ah ee isbitaalka (A&E).
crisis-emergency-body = Tusaale ahaan, haddii aad si halis ah isu dhaawacday, ama aad dareemayso inaadan naftaada ka ilaalin karin waxyeello.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, doorashada { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = Wac { $number } oo dooro doorashada { $option } si aad u hesho khadka xaaladaha degdegga ah ee caafimaadka maskaxda ee NHS. Wuxuu furan yahay 24 saac, waana u da' kasta. Turjubaanno waa la heli karaa.
crisis-samaritans-body = Wac bilaash, habeen iyo maalin, si aad uga hadasho wax kasta.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = Haddii aad door bidayso inaad qorto halkii aad ka hadli lahayd, u dir fariin qoraal ah oo ah { $keyword } lambarka { $number }, habeen iyo maalin.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = Loogu talagalay dadka ka yar { $age } sano ee qaba fikrado ah inay is-dilaan, iyo dadka iyaga ka walwalsan. Khadku wuxuu furan yahay habeen iyo maalin; waad wici kartaa ama fariin qoraal ah u diri kartaa.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = Loogu talagalay carruurta iyo dhallinyarada ka yar { $age } sano.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = U dir { $keyword } lambarka { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = Fariin qoraal ah u dir lambarka { $number }

## Privacy and settings

privacy-title = Asturnaanta iyo dejinta
privacy-lead = Waymark wuxuu ku shaqeeyaa biraawsarkaaga. Ma isticmaalo cookies, ma raadraaco waxaad samaynayso, xayeysiisna ma laha.
privacy-kept-title = Waxa lagu kaydiyo qalabkan
privacy-kept-nothing = Waxba laguma kaydiyo qalabkan.
privacy-stored-language = Luqadda aad dooratay.
privacy-stored-check-progress = Jawaabaha su'aalo aadan dhammaystirin (waxaa la hayaa oo keliya ilaa aad xirto boggan).
privacy-stored-history = Natiijooyinka su'aalaha ee aad dooratay inaad kaydiso.
privacy-stored-referral-draft = Jawaabaha codsi aadan weli dirin.
privacy-stored-outbox-undelivered = Codsiyo aan weli gaarin adeegga.
privacy-stored-receipts = Tixraacyada codsiyada uu adeeggu helay, iyo taariikhda. Jawaabahaaga midna kuma jiro.
privacy-stored-unreadable = Jawaabo ama codsiyo la kaydiyey oo qalabkani dib u akhriyi kari waayey, oo meel gaar ah la dhigay halkii la tirtiri lahaa.
privacy-stored-text-size = Cabbirka qoraalka ee aad u dooratay akhriska.
privacy-stored-shared-device = In qalabkani ku jiro habka qalabka la wadaago (koodka shaqaalaha, oo loo kaydiyey qaab aan la akhrin karin).
privacy-delete-all = Tirtir wax kasta oo lagu kaydiyey qalabkan
privacy-deleted-everything = Wax kasta oo Waymark ku kaydiyey qalabkan waa la tirtiray, oo ay ku jiraan boggaga loo kaydiyey in la akhriyo iyadoo aan internet la haysan.
privacy-delete-unsent-warning = Codsi weli ma gaarin adeegga. Haddii aad hadda wax walba tirtirto, lama diri doono.
privacy-delete-anyway = Si kastaba wax walba tirtir
privacy-shared-title = Habka qalabka la wadaago, loogu talagalay shaqaalaha bulshada
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Habkan ku isticmaal tablet ay dad dhowr ah isticmaalaan maalintii. Wax shakhsi ah laguma hayo qalabka, wax walbana waa la tirtiraa marka aad riixdo "Dhammee oo tirtir", ama kadib { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
} oo aan la isticmaalin.
privacy-worker-title = Loogu talagalay shaqaalaha bulshada: codsiyada ku sugaya qalabkan
privacy-worker-check = Hubi
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] Qalabkan kuma jiro codsi sugaya.
    [one] { $count } codsi ayaa qalabkan ku sugaya inuu gaaro adeegga. Waymark u daa isagoo furan oo internetka ku xiran ilaa codsiga la diro.
   *[other] { $count } codsi ayaa qalabkan ku sugaya inay gaaraan adeegga. Waymark u daa isagoo furan oo internetka ku xiran ilaa codsiyada la diro.
}
privacy-shared-sealed-kept = Waxa keliya ee ka reeban waa codsi aan weli gaarin adeegga. Waxaa lagu hayaa qalabka ilaa laga diro, iyadoo loo xiray si adeegga oo keliya uu u furi karo. Qofna oo isticmaala qalabka ma arki karo codsiga iyo cidda uu ka yimid midna.
privacy-shared-by-service = Adeeggu habkan wuxuu ka daaray qalab kasta.
privacy-shared-is-on = Habka qalabka la wadaago wuu ka daaran yahay qalabkan.
privacy-shared-code-label = Koodka shaqaalaha
privacy-shared-code-hint = Ugu yaraan 4 lambar. Waxaad u baahan tahay si aad habka u damiso, si uusan qofka aad caawinayso u dami karin.
privacy-shared-turn-on = Ka daar qalabkan
privacy-shared-turn-off = Dami
privacy-shared-code-error = Qor kood shaqaale oo ah ugu yaraan 4 lambar.
privacy-shared-wrong-code = Kani ma aha koodka shaqaalaha ee qalabkan.
privacy-private-browsing-title = Haddii dad kale isticmaalaan qalabkan
privacy-private-browsing-body = Isticmaal daaqad gaar ah ama qarsoon (private ama incognito). Markaas waxba oo booqashadan ka mid ah kuma haraan biraawsarka marka aad xirto.
privacy-history-body = Ma jiro bog internet oo tirtiri kara taariikhda boggaga aad booqatay (browsing history). Haddii aad ka walwalsan tahay in qof eegi karo, waxaad ka tirtiri kartaa dejinta biraawsarkaaga.
privacy-sent-title = Waxa la diro
privacy-sent-body = Waxba kama baxaan qalabkan ilaa aad codsi dirto mooyaane. Codsigu wuxuu aadaa adeegga oo keliya.
privacy-notice-link = Akhri ogeysiiska asturnaanta ee adeegga
privacy-admin-warnings = Maamulayaasha adeegga: digniinaha habaynta

## Not found

not-found-title = Bogga lama helin
not-found-body = Haddii aad qortay cinwaanka bogga, hubi inuu sax yahay. Haddii aad raacday xiriiriye, waxaa laga yaabaa in boggii meel kale loo raray.
not-found-home = Tag bogga hore

## Configuration error (for the service's admin)

admin-error-title = Waan ka xunnahay, adeeggani hadda ma shaqaynayo
admin-error-public = Haddii aad hadda caawimaad u baahan tahay:
admin-error-for-admins = Maamulaha adeegga
admin-error-file = Faylka
admin-error-field = Goobta
admin-error-problem = Dhibaatada
admin-error-docs = Eeg docs/configuration.md si aad u aragto goob kasta iyo qaabkeeda.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } lama soo rari karin: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } ma aha JSON sax ah, sadarka { $line }, tiirka { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = Qiimuhu wuu maqan yahay ama noociisu waa khalad: { $detail }.
admin-error-empty = Qiimuhu waa inuusan madhnaan.
admin-error-not-secure-url = Qiimuhu waa inuu noqdaa cinwaan https:// ah. http:// waxaa loo oggol yahay oo keliya 127.0.0.1 ama localhost marka la tijaabinayo.
admin-error-not-email = Qiimuhu ma aha cinwaan iimayl.
admin-error-no-known-language = Luqadaha liiska ku jira midkoodna kuma jiro noocan Waymark.
admin-error-not-public-key = Qiimuhu ma aha fure guud (public key) oo uu soo saaray "receiver keygen" (43 xaraf, lambar, - ama _).
admin-error-no-parent-origin = Ku-darista bogag kale (embedding) waa daaran tahay, laakiin ma jiro bog internet oo loo oggol yahay inuu Waymark ku daro. Mid kasta ku qor embed.allowed_parent_origins.
admin-error-not-origin = Qiimuhu waa inuu noqdaa asalka (origin) bog internet, sida https://www.example.nhs.uk, iyadoo aan lahayn waddo (path) iyo * midna.
admin-error-out-of-range = Tiradu waa inay ka weyn tahay 0, aanayna ka badnayn 120 daqiiqo.
admin-error-out-of-range-days = Tiradu waa inay noqotaa tiro dhan oo maalmo ah, laga bilaabo 1 ilaa 365.
admin-error-not-phone-number = Qiimuhu waa inuu noqdaa lambar telefoon oo dadku wici karaan, sida ⁦0113 496 0000⁩ ama ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = Khadkan waxaa loogu magac daray khad qaran oo xaaladaha degdegga ah, laakiin lambarkiisu ma aha lambarka khadkaas. Hubi lambarka, ama khadka u bixi magaca gaarka ah ee adeeggaaga.

## Forms (shared by the self-check and referral pages)

check-back = Dib u noqo
check-start = Hadda bilow
check-next = Sii wad
check-error-prefix = Khalad:
check-error-summary-title = Waxaa jirta dhibaato

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = Inta aad sugayso
waiting-lead = Waxa dhaca kadib marka aad is-gudbiso, inta ay qaadan karto, iyo waxa ku caawin kara inta lagu jiro.
waiting-next-title = Waxa xiga
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = Adeeggu wuxuu kula soo xiriiri doonaa { $days ->
    [one] { $days } maalin shaqo
   *[other] { $days } maalmood oo shaqo ah
} gudahood marka uu helo codsigaaga, si loo qabsado wadahadal koowaad (qiimayn).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = Hadda, intaas kadib dadku badanaa waxay ballantooda koowaad sugaan { $weeks ->
    [0] wax ka yar hal toddobaad
    [one] qiyaastii { $weeks } toddobaad
   *[other] qiyaastii { $weeks } toddobaad
}.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (Adeeggu wuxuu tan ugu dambeysay hubiyey { $date }.)
waiting-contact-title = Si aad wax uga weydiiso codsigaaga ama aad u joojiso
waiting-contact-body = La xiriir adeegga. Haddii aad haysato tixraac, sheeg.
waiting-contact-phone = Taleefan:
waiting-contact-email = Iimayl:
waiting-help-title = Waxa ku caawin kara inta aad sugayso
waiting-help-learn = Wax ka akhri dhibaatooyinka caadiga ah oo isku day layliyada
waiting-help-check = Hubi sida aad dareemayso, oo natiijada ku kaydi qalabkan si aad mar dambe isu barbardhigto
waiting-harder-title = Haddii ay xaaladdu kaa sii adkaato inta aad sugayso
waiting-harder-body = U sheeg adeegga haddii aad dareemayso inaad ka sii dartay, ama haddii wax isbeddeleen. Wac:
waiting-harder-crisis = Haddii aad dareemayso inaadan naftaada ka ilaalin karin waxyeello, ha sugin:
waiting-device-title = Qalabkan
waiting-no-reference = Qalabkan kuma jiro tixraac codsi. Haddii aad ka is-gudbisay qalab kale, ama aad tirtirtay tixraaca, adeeggu wuxuu codsigaaga ku heli karaa magacaaga iyo taariikhda dhalashadaada.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = Tixraaca codsigaagu waa { $reference }. Adeeggu wuxuu helay codsigaaga { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = Taas macnaheedu waa ugu dambeyn { $date }, iyadoo aan la tirin fasaxyada dowladda (bank holidays).
waiting-call-calendar = Taariikhdan ku dar kalandarkaaga (fayl lagu sameeyey qalabkan)
# Variables:
#   $service (String) - the service's name
waiting-call-event = Adeegga { $service } wuxuu filayaa inuu kula soo xiriiro ugu dambeyn maanta
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = Tixraaca codsigaagu waa { $reference }.
waiting-calendar-privacy = Faylasha kalandarka waxaa lagu sameeyaa qalabkan, meelna looma diro. Qoraalka kalandarka waxaa ku jira magaca adeegga: qof kasta oo arki kara kalandarkaaga wuu arki karaa.
waiting-check-in-title = Is-hubi 2-dii toddobaadba mar
waiting-check-in-body = Haddii aad isla su'aalaha ku celiso 2-dii toddobaadba mar, waxaad arki kartaa in wax isbeddelayaan iyo in kale. Haddii hubin ay muujiso in xaaladdu kaa sii adkaatay, Waymark wuu kuu sheegayaa, wuxuuna ku tusayaa sida aad ugu sheegi karto adeegga.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: waa waqtigii hubinta
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: hubinta xigta waa { $date }
waiting-check-in-calendar = Xusuusin ku dar kalandarkaaga
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Hubin: { $name }
waiting-check-in-event-body = Ku celi su'aalahaaga Waymark si aad u aragto in wax isbeddelayaan iyo in kale.
waiting-check-in-none = Marka aad natiijada PHQ-9 ama GAD-7 ku kaydiso qalabkan, boggani wuxuu ku tusi doonaa goorta aad ku celinayso.
waiting-check-in-not-kept = Qalabkani ma kaydiyo natiijooyinka su'aalaha, sidaas darteed kuma xusuusin karo goorta hubintu tahay.
waiting-print = Daabac boggan ama u kaydi PDF ahaan
refer-sent-waiting-link = Inta aad sugayso: waxa xiga, inta ay qaadan karto iyo waxa ku caawin kara

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = Kaydka qalabkani waa buuxaa, sidaas darteed waxa aad hadda geliso waxaa lagu hayaa boggan oo keliya: haddii aad xirto bogga, way lumayaan. Dhammee waxa aad samaynayso ka hor intaadan xirin (codsigu wali waa la dirayaa inta boggu furan yahay), ama wac adeegga. Haddii aad meel bannaan ka samayso dejinta biraawsarka, Waymark mar kale ayuu wax kaydin karaa.
privacy-stored-waiting-plan = Qorshaha sugitaanka ee aad bilowday, iyo tallaabooyinka aad calaamadeysay.
waiting-plan-title = Qorshe loogu talagalay toddobaadyada soo socda
waiting-plan-body = Toddobaad kasta dhowr tallaabo oo yaryar, oo laga soo qaaday layliyada qaybta "Wax baro". Halkan ayaad ku calaamadeynaysaa marka aad samayso. Waxaa lagu kaydiyaa qalabkan oo keliya, waadna tirtiri kartaa waqti kasta.
waiting-plan-question = Maxaa hadda sida ugu badan ku caawin lahaa?
waiting-plan-suggested-hint = Hal qorshe waxaa lagu calaamadeeyey "La soo jeediyey", iyadoo lagu salaynayo natiijooyinka su'aalaha ee aad kaydisay. Dooro kan aad dareemayso inuu kuu habboon yahay.
waiting-plan-suggested = La soo jeediyey
waiting-plan-start = Bilow qorshahan
waiting-plan-unreadable = Qorshahaaga la kaydiyey lama akhriyi karo: waxaa laga yaabaa inuu ka yimid nooc hore oo Waymark ah, ama waa la beddelay qalabkan dushiisa. Hoos ka dooro qorshe si aad dib ugu bilowdo. Kii hore waxaa la beddelayaa oo keliya marka aad sidaas samayso.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = Toddobaadka { $week }
waiting-plan-this-week = Toddobaadkan
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = Waxaad joogtaa toddobaadka { $week } ee qorshahaaga.
waiting-plan-after-end = Waxaad soo martay dhammaan toddobaadyada qorshaha. Sii wad tallaabooyinka ku caawiyey, oo dib ugu noqo kuwii kaa dhaafay.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = Tallaabooyinka la sameeyey: { $done } ka mid ah { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = Sida loo sameeyo: { $topic }
waiting-plan-kept = Qorshahaaga iyo tallaabooyinka aad calaamadeyso waxaa lagu kaydiyaa qalabkan oo keliya. "Tirtir wax kasta" ee bogga asturnaanta iyagana way tirtiraysaa.
waiting-plan-stop = Jooji qorshahan oo tirtir
waiting-plan-not-shared = Qorshayaasha waxaa lagu kaydiyaa oo keliya qalab adiga kuu gaar ah, sidaas darteed qalabkan la wadaago qorshe ma bixiyo.
waiting-plan-not-kept = Biraawsarkani uma oggola Waymark inuu wax kaydiyo, sidaas darteed qorshe halkan laguma kaydin karo.
