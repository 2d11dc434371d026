# Waymark interface strings for the self-check pages, Somali (so), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Plurals: CLDR "so" uses one and other. After numbers above one, the feminine
# noun su'aal takes its counting form su'aalood.

## Self-check list and questions

check-private = Jawaabahaagu waxay ku jiraan qalabkan oo keliya. Waxba lama diro, ilaa aad doorato inaad natiijooyinkaaga ku darto codsiga is-gudbinta mooyaane.
check-help-intro = Haddii aad ka walwalsan tahay badbaadadaada, ha sugin su'aalo.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] { $count } su'aal
   *[other] { $count } su'aalood
}
check-about-phq9 = Su'aalo ku saabsan niyad-xumada iyo niyad-jabka, sida xiisaha oo kaa luma, hurdada, tamarta iyo sida aad naftaada u aragto.
check-about-gad7 = Su'aalo ku saabsan welwelka iyo walaaca, sida dareen kacsanaan, inaadan joojin karin welwelka iyo inay kugu adkaato inaad is-dejiso.
check-about-wsas = Su'aalo ku saabsan sida dhibaatooyinkaagu u saameeyaan shaqadaada, nolosha gurigaaga, nolosha bulshada iyo xiriirradaada.
check-about-phobia = Su'aalo ku saabsan ka fogaanshaha xaalado cabsi awgeed, sida xaaladaha bulshada, meelaha uu argagax ka dhici karo, ama waxyaabo gaar ah.
check-about-pcl5 = Su'aalo ku saabsan falcelinta dhacdo aad u culus, sida xusuusyo aan la rabin, inaad had iyo jeer digtoon tahay iyo ka fogaanshaha waxyaabaha ku xusuusiya.
check-about-other = Su'aalo uu adeeggaagu isticmaalo.
check-back-to-list = Dhammaan su'aalaha
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = { $count ->
    [one] Waxaa jirta { $count } su'aal
   *[other] Waxaa jira { $count } su'aalood
}. Dooro jawaabta sida ugu fiican kuugu habboon. Waxay qaadanaysaa dhowr daqiiqo.
check-continue = Ka sii wad meeshii aad ka joojisay
check-start-again = Dib u bilow
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Su'aal { $number } oo ka mid ah { $total }
check-error-choose = Dooro jawaabta sida ugu fiican kuugu habboon
check-translation-official = Su'aalahan waxaa lagu muujiyey turjumaadda rasmiga ah ee luqaddan.
check-translation-none = Su'aalahan weli looma turjumin luqaddan, sidaas darteed waxaa lagu muujiyey Ingiriisi.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = Su'aalaha waxaa lagu muujiyey Ingiriisi, iyadoo la adeegsanayo ereyadii lagu tijaabiyey. Weli lama hayo turjumaad luqaddaada ah oo loo hubiyey xisaabinta dhibcaha. Inta kale ee boggu waxay ku jirtaa luqaddaada.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = Su'aalahan waxaa loo turjumay adeeggan, waxaana hubiyey dib-u-eegiye, laakiin ma aha turjumaad rasmi ah. Dhibcaha waxaa lagu tijaabiyey oo keliya ereyada rasmiga ah, sidaas darteed natiijadaadu waxay noqon kartaa mid ka sax yar sidii caadiga ahayd.
check-wording-unreviewed-unvalidated = Su'aalahan waxaa loo turjumay adeeggan, laakiin weli qofna ma hubin turjumaadda. Dhibcaha waxaa lagu tijaabiyey oo keliya ereyada rasmiga ah, sidaas darteed natiijadaadu waxay noqon kartaa mid ka sax yar sidii caadiga ahayd.
check-wording-machine-unvalidated = Su'aalahan waxaa turjumay kombiyuutar, weli qofna ma hubin turjumaadda. Dhibcaha waxaa lagu tijaabiyey oo keliya ereyada rasmiga ah, sidaas darteed natiijadaadu waxay noqon kartaa mid ka sax yar sidii caadiga ahayd.

## Self-check safety page

check-safety-title = Waad ku mahadsan tahay inaad noo sheegtay
check-safety-lead = Waxaad sheegtay inaad qabtay fikrado ah inay kuu roonaan lahayd inaad dhimato, ama inaad isu waxyeelleyso. Uma baahnid inaad arrintan keligaa la tacaasho.
check-safety-body = Haddii aad dareemayso inaad ku dhaqmi karto fikradahan, ama aadan naftaada ka ilaalin karin waxyeello, hadda caawimaad hel. Adeegyadani waa bilaash, wayna ku dhageysan doonaan.
check-safety-continue-hint = Marka aad diyaar u noqoto, waad sii wadan kartaa su'aalaha oo aad arki kartaa natiijooyinkaaga.
check-safety-continue = Sii wad

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Natiijooyinkaaga: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = Dhibcahaagu waa { $score } oo ka mid ah { $max }.
check-result-risk = Waxaad noo sheegtay inaad qabtay fikrado ah inay kuu roonaan lahayd inaad dhimato, ama inaad isu waxyeelleyso. Fadlan ha sugin: caawimaad ayaa hadda la heli karaa.
check-result-prorated = Hal su'aal looma jawaabin ama kuma khuseyn, sidaas darteed wadartan waxaa laga xisaabiyey jawaabahaaga kale.
check-result-items-caption = Jawaabahaaga, su'aal su'aal
check-result-item = Su'aal
check-result-item-score = Jawaabtaada (0 ilaa 8)
check-result-item-note = Fiiro gaar ah
check-result-not-title = Waxa aysan tani macnaheedu ahayn
check-result-not-diagnosis = Tani ma aha ogaansho xanuun. Dhibcuhu waa tilmaan guud oo ku saabsan sidaad dareemaysay waqtigan dambe. Ma kuu sheegi karaan waxa kaa qaldan, mana go'aamin karaan inaad mudan tahay caawimaad.
check-result-any-score = Dhibcahaagu wax kasta ha ahaadeene, haddii ay wax kugu adag yihiin, waad codsan kartaa caawimaad. Uma baahnid dhibco sare si arrintaada si dhab ah loo qaato.
check-result-next-title = Waxa aad marka xigta samayn karto
check-result-next-learn = Wax ka akhri waxa caawin kara, oo isku day is-caawin
check-result-next-refer = Is-gudbi si aad u hesho daaweynta hadalka
check-result-next-help = Hel caawimaad hadda haddii aad u baahan tahay
check-result-print = Daabac ama kaydi natiijooyinkan
check-result-keep = Natiijadan ku kaydi qalabkan
check-result-kept = Waa lagu kaydiyey qalabkan.
check-result-cannot-keep = Biraawsarkani uma oggola Waymark inuu wax kaydiyo, sidaas darteed natiijadan lama kaydin karo. Waad daabici kartaa, ama waxaad u kaydin kartaa PDF ahaan.
check-result-unavailable = Jawaabahan looma xisaabin karo dhibco

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Natiijooyinka aad kaydisay: { $name }
check-history-link = Eeg natiijooyinka aad ku kaydisay qalabkan
check-history-empty = Qalabkan kuma aadan kaydin wax natiijo ah oo su'aalahan ah.
check-history-unavailable = Biraawsarkani uma oggola Waymark inuu wax kaydiyo, sidaas darteed natiijooyin halkan laguma kaydin karo.
check-history-unreadable = Natiijooyinka la kaydiyey qaarkood lama akhrin karin, waxaana laga yaabaa in uu kaydiyey nooc hore oo Waymark ah. Lama muujinayo.
check-history-chart-title = Dhibcahaaga muddo kadib. Isla dhibcahaas waxay ku jiraan jadwalka hoose.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Heerka daaweynta: { $score }
check-history-table-caption = Natiijooyinka la kaydiyey
check-history-date = Taariikhda
check-history-score = Dhibcaha
check-history-band = Heerka
check-history-actions = Ficillada
check-history-delete = Tirtir
check-history-delete-all = Tirtir dhammaan natiijooyinka la kaydiyey
check-history-compare-title = Isbarbardhig laba natiijo
check-history-compare-from = Natiijadii hore
check-history-compare-to = Natiijada dambe
check-history-improved = Labadan natiijo dhexdooda, dhibcahaagu waxay hoos u dhaceen ilaa heer loo tirin karo horumar la isku halleyn karo.
check-history-deteriorated = Labadan natiijo dhexdooda, dhibcahaagu waxay kor u kaceen ilaa heer loo tirin karo isbeddel la isku halleyn karo oo xagga xumaanta ah. Waxaa ku caawin karta inaad qof la hadasho.
check-history-no-change = Labadan natiijo dhexdooda, dhibcahaagu uma aysan beddelmin si ku filan oo lagu hubin karo inay ka badan tahay kor iyo hoos u dhaca caadiga ah ee maalin kasta.
check-history-change-unknown = Su'aalahan ma laha cabbir la isku raacay oo isbeddel la isku halleyn karo ah, sidaas darteed isma barbardhigno labada dhibcood.
check-history-recovered = Marka la isku daro su'aalahaaga niyad-jabka iyo walaaca, waxaad ka soo gudubtay heerka daaweynta korkiisa ilaa hoostiisa, labadaba. NHS Talking Therapies waxay tan ugu yeeraan soo kabasho.
check-history-reliably-recovered = Marka la isku daro su'aalahaaga niyad-jabka iyo walaaca, waxaad ka hoos martay heerka daaweynta labadaba, waadna si la isku halleyn karo u fiicnaatay. NHS Talking Therapies waxay tan ugu yeeraan soo kabasho la isku halleyn karo.
check-history-not-recovered = Marka la isku daro su'aalahaaga niyad-jabka iyo walaaca, weli kama hoosayn heerka daaweynta labadaba.
check-history-not-case = Marka la isku daro su'aalahaaga niyad-jabka iyo walaaca, jawaabahaagii hore waxay ka hooseeyeen heerka daaweynta, sidaas darteed soo kabashadu kuma khuseyso.
check-history-reliable-change-explained = NHS Talking Therapies waxay isbeddel u tiriyaan mid la isku halleyn karo, halkii uu ka ahaan lahaa kor iyo hoos u dhaca caadiga ah, marka uu yahay 6 dhibcood ama ka badan PHQ-9, ama 4 dhibcood ama ka badan GAD-7.

## Carrying results into a referral

check-result-referral-title = In jawaabahan lala diro codsiga is-gudbinta
check-result-referral-body = Haddii aad is-gudbiso, waxaad jawaabahan la diri kartaa codsigaaga, si adeeggu u ogaado sidaad dareemaysay. Waxaa la diraa oo keliya haddii aad doorato inaad codsigaaga dirto, waadna ka saari kartaa intaadan dirin.
check-result-referral-add = Jawaabahan ku dar codsigayga

## Result compared with the person's last kept result

check-result-harder-title = Waxaa laga yaabaa in xaaladdu kaa sii adkaatay
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = Dhibcahaagu waa { $after }, markii hore waxay ahaayeen { $before }. Koror intan le'eg wuu ka badan yahay kor iyo hoos u dhaca caadiga ah.
check-result-harder-highest = Dhibcahaagu waxay ku jiraan heerka ugu sarreeya ee su'aalahan.
check-result-harder-tell = Haddii aad sugayso adeegga, u sheeg in wax isbeddeleen. Wac:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Sheeg tixraaca codsigaaga: { $reference }.
check-result-harder-waiting = Waxa ku caawin kara inta aad sugayso

## Telling the service online that things have changed

check-result-update-title = Ama u sheeg adeegga onlayn
check-result-update-words = Maxaa isbeddelay?
check-result-update-words-hint = Tusaale ahaan, sidaad dareemaysay, ama wax kasta oo sugitaanka kaa sii adkeeya. Adeeggu wuxuu tan la akhriyaa codsigaaga.
check-result-update-error-empty = Dhowr eray ku sheeg waxa isbeddelay
check-result-update-error-long = Waxa isbeddelay waa inay ahaataa 1000 xaraf ama ka yar
check-result-update-error-result = Natiijadani ma dhammaystirna, sidaas darteed lama diri karo. Fariintaada dir iyada la'aanteed, ama wac adeegga.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Ku dar natiijadan ({ $name }) iyo jawaabahaaga
check-result-update-what-goes = Adeeggu wuxuu helayaa fariintaada iyo tixraaca codsigaaga, iyo, haddii aad sanduuqa calaamadiso, natiijadan iyo natiijadii ugu dambaysay ee aad ka kaydisay isla su'aalahaas. Wax kale lama diro.
check-result-update-send = U dir adeegga
check-result-update-waiting = Fariintaada waxaa lagu kaydiyey qalabkan, waana la dirayaa. Waymark wuu isku dayayaa inta uu furan yahay, bog kasta ha ahaadee. Boggani wuu sheegayaa marka adeeggu helo.
check-result-update-accepted = Adeeggu wuu helay fariintaada.
check-result-update-rejected = Adeeggu ma uusan aqbali karin fariintaada onlaynka ah. Fadlan wac:
check-result-update-cannot = Waan ka xunnahay, biraawsarkani si ammaan ah uma diri karo fariintaada. Fadlan taa beddelkeeda wac adeegga.
