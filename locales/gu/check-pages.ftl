# Waymark interface strings for the self-check pages, Gujarati (gu), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = પ્રશ્નાવલિ;
# "score" = સ્કોર; "diagnosis" = નિદાન; "device" = ડિવાઇસ;
# "referral" = અરજી (રેફરલ); "treatment threshold" = સારવારની મર્યાદા;
# "range" (band column) = સ્તર; "recovery" = સાજા થવું (રિકવરી).
# Plurals: Gujarati uses CLDR one (0 and 1) and other.

## Self-check list and questions

check-private = તમારા જવાબો આ જ ડિવાઇસ (ફોન કે કમ્પ્યુટર) પર રહે છે. તમે તમારાં પરિણામો અરજી (રેફરલ) માં ઉમેરવાનું પસંદ ન કરો ત્યાં સુધી કંઈ મોકલવામાં આવતું નથી.
check-help-intro = જો તમને તમારી સલામતીની ચિંતા હોય, તો કોઈ પ્રશ્નાવલિની રાહ ન જુઓ.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] { $count } પ્રશ્ન
   *[other] { $count } પ્રશ્નો
}
check-about-phq9 = ઉદાસી અને ડિપ્રેશન વિશેના પ્રશ્નો, જેમ કે વસ્તુઓમાં રસ ન રહેવો, ઊંઘ, શક્તિ, અને તમને પોતાના વિશે કેવું લાગે છે.
check-about-gad7 = ચિંતા અને ગભરાટ (ઍંગ્ઝાયટી) વિશેના પ્રશ્નો, જેમ કે નર્વસ લાગવું, ચિંતા કરવાનું બંધ ન કરી શકવું, અને આરામ કરવો મુશ્કેલ લાગવો.
check-about-wsas = તમારી તકલીફો તમારા કામ, ઘરના જીવન, સામાજિક જીવન અને સંબંધો પર કેવી અસર કરે છે તે વિશેના પ્રશ્નો.
check-about-phobia = ડરને કારણે અમુક પરિસ્થિતિઓ ટાળવા વિશેના પ્રશ્નો, જેમ કે લોકો વચ્ચે જવું, એવી જગ્યાઓ જ્યાં પૅનિક (અચાનક તીવ્ર ગભરાટ) થઈ શકે, અથવા અમુક ખાસ વસ્તુઓ.
check-about-pcl5 = કોઈ ખૂબ જ તણાવભર્યા અનુભવ પછીની પ્રતિક્રિયાઓ વિશેના પ્રશ્નો, જેમ કે અનિચ્છનીય યાદો, સતત સાવધ રહેવું, અને તેની યાદ અપાવતી બાબતોને ટાળવી.
check-about-other = તમારી સેવા વાપરે છે તે એક પ્રશ્નાવલિ.
check-back-to-list = બધી પ્રશ્નાવલિઓ
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = આમાં { $count ->
    [one] { $count } પ્રશ્ન છે
   *[other] { $count } પ્રશ્નો છે
}. જે જવાબ તમને સૌથી વધુ બંધબેસતો લાગે તે પસંદ કરો. તેમાં થોડી મિનિટો લાગે છે.
check-continue = જ્યાંથી છોડ્યું હતું ત્યાંથી આગળ વધો
check-start-again = ફરીથી શરૂ કરો
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = { $total } માંથી પ્રશ્ન { $number }
check-error-choose = જે જવાબ તમને સૌથી વધુ બંધબેસતો લાગે તે પસંદ કરો
check-translation-official = આ પ્રશ્નાવલિ આ ભાષાના સત્તાવાર અનુવાદમાં બતાવી છે.
check-translation-none = આ પ્રશ્નાવલિનો હજી આ ભાષામાં અનુવાદ થયો નથી, તેથી તે અંગ્રેજીમાં બતાવી છે.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = પ્રશ્નો અંગ્રેજીમાં બતાવ્યા છે, એ જ શબ્દોમાં જેમાં તેમની ચકાસણી (ટેસ્ટ) કરવામાં આવી હતી. તમારી ભાષામાં સ્કોર માટે ચકાસાયેલો અનુવાદ હજી ઉપલબ્ધ નથી. પાનાનો બાકીનો ભાગ તમારી ભાષામાં જ રહે છે.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = આ પ્રશ્નાવલિનો અનુવાદ આ સેવા માટે કરવામાં આવ્યો છે અને એક સમીક્ષકે તે તપાસ્યો છે, પરંતુ તે સત્તાવાર અનુવાદ નથી. સ્કોરની ચકાસણી ફક્ત સત્તાવાર શબ્દો સાથે જ કરવામાં આવી હતી, તેથી તમારું પરિણામ સામાન્ય કરતાં ઓછું ચોક્કસ હોઈ શકે.
check-wording-unreviewed-unvalidated = આ પ્રશ્નાવલિનો અનુવાદ આ સેવા માટે કરવામાં આવ્યો છે, પરંતુ હજી કોઈએ અનુવાદ તપાસ્યો નથી. સ્કોરની ચકાસણી ફક્ત સત્તાવાર શબ્દો સાથે જ કરવામાં આવી હતી, તેથી તમારું પરિણામ સામાન્ય કરતાં ઓછું ચોક્કસ હોઈ શકે.
check-wording-machine-unvalidated = આ પ્રશ્નાવલિનો અનુવાદ કમ્પ્યુટરે કર્યો છે અને હજી કોઈએ અનુવાદ તપાસ્યો નથી. સ્કોરની ચકાસણી ફક્ત સત્તાવાર શબ્દો સાથે જ કરવામાં આવી હતી, તેથી તમારું પરિણામ સામાન્ય કરતાં ઓછું ચોક્કસ હોઈ શકે.

## Self-check safety page

check-safety-title = અમને જણાવવા બદલ આભાર
check-safety-lead = તમે જણાવ્યું કે તમને એવા વિચારો આવ્યા છે કે તમારા માટે મરી જવું વધુ સારું રહેશે, અથવા પોતાને નુકસાન પહોંચાડવાના વિચારો આવ્યા છે. તમારે આ બધું એકલા હાથે સહન કરવાની જરૂર નથી.
check-safety-body = જો તમને લાગે કે તમે આ વિચારો પ્રમાણે કંઈ કરી બેસશો, અથવા તમે પોતાને સુરક્ષિત રાખી શકતા નથી, તો હમણાં જ મદદ મેળવો. આ સેવાઓ મફત છે અને તમારી વાત સાંભળશે.
check-safety-continue-hint = જ્યારે તમે તૈયાર હો, ત્યારે પ્રશ્નો આગળ ચાલુ રાખીને તમારાં પરિણામો જોઈ શકો છો.
check-safety-continue = આગળ ચાલુ રાખો

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = તમારાં પરિણામો: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = તમારો સ્કોર { $max } માંથી { $score } છે.
check-result-risk = તમે અમને જણાવ્યું કે તમને મરી જવું વધુ સારું હોવાના, અથવા પોતાને નુકસાન પહોંચાડવાના વિચારો આવ્યા છે. કૃપા કરીને રાહ ન જુઓ: મદદ હમણાં જ ઉપલબ્ધ છે.
check-result-prorated = એક પ્રશ્નનો જવાબ અપાયો ન હતો અથવા તે તમને લાગુ પડતો ન હતો, તેથી આ કુલ સ્કોર તમારા બાકીના જવાબો પરથી ગણવામાં આવ્યો છે.
check-result-items-caption = તમારા જવાબો, એક પછી એક પ્રશ્ન
check-result-item = પ્રશ્ન
check-result-item-score = તમારો જવાબ (0 થી 8)
check-result-item-note = નોંધ
check-result-not-title = આનો અર્થ શું નથી
check-result-not-diagnosis = આ નિદાન નથી. સ્કોર ફક્ત એક અંદાજ છે કે તાજેતરમાં તમને કેવું લાગતું રહ્યું છે. તે કહી શકતો નથી કે તમને શું તકલીફ છે, અને એ પણ નક્કી કરી શકતો નથી કે તમે મદદના હકદાર છો કે નહીં.
check-result-any-score = તમારો સ્કોર ગમે તે હોય, જો તમે મુશ્કેલીમાં હો તો તમે મદદ માગી શકો છો. તમારી વાતને ગંભીરતાથી લેવામાં આવે તે માટે ઊંચો સ્કોર હોવો જરૂરી નથી.
check-result-next-title = હવે તમે શું કરી શકો
check-result-next-learn = શું મદદરૂપ થઈ શકે તે વિશે વાંચો, અને પોતાની મદદ જાતે કરવાના કેટલાક ઉપાયો અજમાવો
check-result-next-refer = ટૉકિંગ થેરાપી માટે જાતે અરજી કરો
check-result-next-help = જો જરૂર હોય તો હમણાં જ મદદ મેળવો
check-result-print = આ પરિણામો પ્રિન્ટ કરો અથવા સાચવો
check-result-keep = આ પરિણામ આ ડિવાઇસ પર રાખો
check-result-kept = આ ડિવાઇસ પર રાખી લીધું છે.
check-result-cannot-keep = આ બ્રાઉઝર Waymark ને કંઈ પણ સાચવવા દેતું નથી, તેથી આ પરિણામ રાખી શકાતું નથી. તમે તેને પ્રિન્ટ કરી શકો છો અથવા PDF તરીકે સાચવી શકો છો.
check-result-unavailable = આ જવાબોનો સ્કોર ગણી શકાતો નથી

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = તમે રાખેલાં પરિણામો: { $name }
check-history-link = તમે આ ડિવાઇસ પર રાખેલાં પરિણામો જુઓ
check-history-empty = તમે આ ડિવાઇસ પર આ પ્રશ્નાવલિનું કોઈ પરિણામ રાખ્યું નથી.
check-history-unavailable = આ બ્રાઉઝર Waymark ને કંઈ પણ સાચવવા દેતું નથી, તેથી પરિણામો અહીં રાખી શકાતાં નથી.
check-history-unreadable = રાખેલાં કેટલાંક પરિણામો વાંચી શકાયાં નથી, કદાચ એટલા માટે કે તે Waymark ના કોઈ જૂના સંસ્કરણે સાચવ્યાં હતાં. તે બતાવવામાં આવ્યાં નથી.
check-history-chart-title = સમય સાથે તમારા સ્કોર. આ જ સ્કોર નીચેના કોષ્ટકમાં પણ છે.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = સારવારની મર્યાદા: { $score }
check-history-table-caption = રાખેલાં પરિણામો
check-history-date = તારીખ
check-history-score = સ્કોર
check-history-band = સ્તર
check-history-actions = ક્રિયાઓ
check-history-delete = કાઢી નાખો
check-history-delete-all = રાખેલાં બધાં પરિણામો કાઢી નાખો
check-history-compare-title = બે પરિણામોની સરખામણી કરો
check-history-compare-from = પહેલાંનું પરિણામ
check-history-compare-to = પછીનું પરિણામ
check-history-improved = આ બે પરિણામો વચ્ચે તમારો સ્કોર એટલો ઘટ્યો છે કે તેને ભરોસાપાત્ર સુધારો ગણી શકાય.
check-history-deteriorated = આ બે પરિણામો વચ્ચે તમારો સ્કોર એટલો વધ્યો છે કે તેને સ્થિતિ બગડવાનો ભરોસાપાત્ર ફેરફાર ગણી શકાય. કોઈની સાથે વાત કરવી મદદરૂપ થઈ શકે.
check-history-no-change = આ બે પરિણામો વચ્ચે તમારો સ્કોર એટલો બદલાયો નથી કે ખાતરીથી કહી શકાય કે તે રોજના સામાન્ય ચડાવ-ઉતાર કરતાં વધારે છે.
check-history-change-unknown = આ પ્રશ્નાવલિ માટે ભરોસાપાત્ર ફેરફારનું કોઈ સ્વીકૃત માપ નથી, તેથી અમે બંને સ્કોરની સરખામણી કરતા નથી.
check-history-recovered = તમારી ડિપ્રેશન અને ગભરાટ (ઍંગ્ઝાયટી) ની પ્રશ્નાવલિઓને સાથે જોતાં, તમે બંનેમાં સારવારની મર્યાદાથી ઉપરથી નીચે આવી ગયા છો. NHS Talking Therapies આને સાજા થવું (રિકવરી) કહે છે.
check-history-reliably-recovered = તમારી ડિપ્રેશન અને ગભરાટ (ઍંગ્ઝાયટી) ની પ્રશ્નાવલિઓને સાથે જોતાં, તમે બંનેમાં સારવારની મર્યાદાથી નીચે આવી ગયા છો અને તમારામાં ભરોસાપાત્ર સુધારો થયો છે. NHS Talking Therapies આને ભરોસાપાત્ર રીતે સાજા થવું (રિલાયેબલ રિકવરી) કહે છે.
check-history-not-recovered = તમારી ડિપ્રેશન અને ગભરાટ (ઍંગ્ઝાયટી) ની પ્રશ્નાવલિઓને સાથે જોતાં, તમે હજી બંનેમાં સારવારની મર્યાદાથી નીચે નથી.
check-history-not-case = તમારી ડિપ્રેશન અને ગભરાટ (ઍંગ્ઝાયટી) ની પ્રશ્નાવલિઓને સાથે જોતાં, તમારા પહેલાંના જવાબો સારવારની મર્યાદાથી નીચે હતા, તેથી સાજા થવાની (રિકવરીની) વાત અહીં લાગુ પડતી નથી.
check-history-reliable-change-explained = NHS Talking Therapies કોઈ ફેરફારને સામાન્ય ચડાવ-ઉતાર નહીં પણ ભરોસાપાત્ર ત્યારે ગણે છે, જ્યારે તે PHQ-9 પર 6 કે તેથી વધુ પૉઇન્ટ હોય, અથવા GAD-7 પર 4 કે તેથી વધુ પૉઇન્ટ હોય.

## Carrying results into a referral

check-result-referral-title = આ જવાબો અરજી સાથે મોકલવા
check-result-referral-body = જો તમે જાતે અરજી કરો, તો તમે આ જવાબો તમારી અરજી સાથે મોકલી શકો છો, જેથી સેવાને ખબર પડે કે તમને કેવું લાગતું રહ્યું છે. તમે તમારી અરજી મોકલવાનું પસંદ કરો તો જ તે મોકલાય છે, અને મોકલતાં પહેલાં તમે તેને કાઢી શકો છો.
check-result-referral-add = આ જવાબો મારી અરજીમાં ઉમેરો

## Result compared with the person's last kept result

check-result-harder-title = કદાચ પરિસ્થિતિ વધુ મુશ્કેલ બની છે
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = તમારો સ્કોર હવે { $after } છે, ગયા વખતે { $before } હતો. આટલો મોટો વધારો સામાન્ય ચડાવ-ઉતાર કરતાં વધારે છે.
check-result-harder-highest = તમારો સ્કોર આ પ્રશ્નાવલિના સૌથી ઊંચા સ્તરમાં છે.
check-result-harder-tell = જો તમે સેવાની રાહ જોઈ રહ્યા હો, તો તેમને જણાવો કે પરિસ્થિતિ બદલાઈ છે. ફોન કરો:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = તમારી અરજીનો સંદર્ભ નંબર જણાવો: { $reference }.
check-result-harder-waiting = રાહ જોતી વખતે શું મદદરૂપ થઈ શકે

## Telling the service online that things have changed

check-result-update-title = અથવા સેવાને ઑનલાઇન જણાવો
check-result-update-words = શું બદલાયું છે?
check-result-update-words-hint = જેમ કે, તમને કેવું લાગતું રહ્યું છે, અથવા કોઈ પણ વાત જે રાહ જોવાનું વધુ મુશ્કેલ બનાવે છે. સેવા આ તમારી અરજી સાથે વાંચે છે.
check-result-update-error-empty = થોડા શબ્દોમાં જણાવો કે શું બદલાયું છે
check-result-update-error-long = શું બદલાયું છે તે 1000 અક્ષરો કે તેથી ઓછું હોવું જોઈએ
check-result-update-error-result = આ પરિણામ પૂરું નથી, એટલે તે મોકલી શકાતું નથી. તેના વગર તમારો સંદેશ મોકલો, અથવા સેવાને ફોન કરો.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = { $name } નું આ પરિણામ અને તમારા જવાબો પણ સામેલ કરો
check-result-update-what-goes = સેવાને તમારો સંદેશ અને તમારી અરજીનો સંદર્ભ નંબર મળે છે, અને જો તમે ખાનામાં ટિક કરો, તો આ પરિણામ અને આ જ પ્રશ્નાવલિનું તમે છેલ્લે રાખેલું પરિણામ પણ. બીજું કંઈ મોકલવામાં આવતું નથી.
check-result-update-send = સેવાને મોકલો
check-result-update-waiting = તમારો સંદેશ આ ડિવાઇસ પર સાચવવામાં આવ્યો છે અને મોકલાઈ રહ્યો છે. Waymark ખુલ્લું હોય ત્યાં સુધી, કોઈ પણ પાના પર, પ્રયાસ કરતું રહે છે. સેવાને સંદેશ મળે ત્યારે આ પાનું જણાવશે.
check-result-update-accepted = સેવાને તમારો સંદેશ મળી ગયો છે.
check-result-update-rejected = સેવા તમારો સંદેશ ઑનલાઇન સ્વીકારી શકી નથી. કૃપા કરીને ફોન કરો:
check-result-update-cannot = માફ કરશો, આ બ્રાઉઝર તમારો સંદેશ સુરક્ષિત રીતે મોકલી શકતું નથી. કૃપા કરીને તેના બદલે સેવાને ફોન કરો.
