# Waymark interface strings for the app shell, Gujarati (gu), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = વાતચીત દ્વારા સારવાર (ટૉકિંગ થેરાપી);
# "refer yourself" = જાતે અરજી કરો; "referral" = અરજી (રેફરલ);
# "GP" = GP (ફેમિલી ડૉક્ટર); "device" = ડિવાઇસ (ફોન કે કમ્પ્યુટર);
# "diagnosis" = નિદાન; "service" = સેવા.

## App shell

app-loading = લોડ થઈ રહ્યું છે…
app-skip-link = સીધા મુખ્ય સામગ્રી પર જાઓ
app-help-now = હમણાં જ મદદ મેળવો
app-nav-label = મુખ્ય મેનૂ
app-nav-home = મુખ્ય પાનું
app-nav-learn = જાણકારી
app-nav-check = તપાસો કે તમને કેવું લાગે છે
app-nav-refer = જાતે અરજી કરો
app-nav-privacy = ગોપનીયતા અને સેટિંગ્સ
app-storage-unavailable = આ બ્રાઉઝર Waymark ને કંઈ પણ સાચવવા દેતું નથી, તેથી આ પાનું બંધ કર્યા પછી કંઈ યાદ રહેશે નહીં. બાકી બધું બરાબર કામ કરે છે.
app-footer-not-crisis = વાતચીત દ્વારા સારવાર (ટૉકિંગ થેરાપી) એ ઇમરજન્સી સેવા નથી.
app-referral-waiting = આ ડિવાઇસ (ફોન કે કમ્પ્યુટર) પર તમારી એક અરજી (રેફરલ) સાચવેલી છે, જે હજી સેવા સુધી પહોંચી નથી.
app-referral-waiting-link = તે જુઓ અને મોકલો
needs-app-body = સાઇટના આ ભાગ માટે નવા વેબ બ્રાઉઝરની, અથવા JavaScript ચાલુ હોવાની જરૂર છે. તમે તોપણ જાતે અરજી કરી શકો છો, અથવા સેવાને કંઈ પણ પૂછી શકો છો:
needs-app-phone = ફોન કરો:
needs-app-email = ઈમેલ કરો:
needs-app-help = જો તમને હમણાં જ મદદ જોઈતી હોય:
app-saved-unreadable = આ ડિવાઇસ પર સાચવેલા કેટલાક જવાબો ફરી વાંચી શકાયા નથી. તેમને અલગ રાખવામાં આવ્યા છે, કાઢી નાખવામાં આવ્યા નથી. ગોપનીયતાના પાના પર તમે જોઈ શકો છો કે શું સાચવેલું છે, અને તેને કાઢી નાખી શકો છો.
feature-failed-title = સેવાનો આ ભાગ લોડ થઈ શક્યો નથી
feature-failed-body = તમારું ઇન્ટરનેટ કનેક્શન તપાસો અને પાનું ફરી લોડ કરો. જો તમને હમણાં જ મદદ જોઈતી હોય, તો પાનાની ઉપર આપેલી "હમણાં જ મદદ મેળવો" લિંક વાપરો.

## Shared-device mode (outreach tablets)

shared-notice = શેર કરેલું ડિવાઇસ: તમે પૂરું કરો પછી કોઈ અંગત માહિતી રાખવામાં આવતી નથી.
shared-finish = પૂરું કરો અને સાફ કરો
shared-unsent-warning = એક અરજી (રેફરલ) હજી મોકલાઈ નથી. તે ફક્ત આ પાના પર જ રાખેલી છે, તેથી જો તમે હમણાં પૂરું કરશો તો તે ખોવાઈ જશે. તે મોકલાઈ જાય ત્યાં સુધી રાહ જુઓ, અથવા તે વ્યક્તિની વિગતો બીજી કોઈ રીતે લઈ લો.
shared-finish-anyway = તોપણ પૂરું કરો
shared-finish-when-sent = રાહ જુઓ, અને મોકલાઈ જાય ત્યારે પૂરું કરો
shared-waiting-to-send = સેવાને અરજી મળે તેની રાહ જોવાઈ રહી છે. અરજી મળી જશે એટલે આ પાનું આપમેળે સાફ થઈ જશે.
shared-unsent-call = અથવા ફોન દ્વારા અરજી કરવા માટે સેવાને ફોન કરો:
shared-timeout-title = શું તમે હજી અહીં છો?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: Gujarati keeps સેકન્ડ unchanged after a number (1 સેકન્ડમાં, 30 સેકન્ડમાં).
shared-timeout-body = ગોપનીયતા જાળવવા માટે, આ પાના પરનું બધું { $seconds } સેકન્ડમાં સાફ કરી દેવામાં આવશે.
shared-timeout-continue = હું હજી અહીં છું

## Quick exit

quick-exit-label = તરત બહાર નીકળો
quick-exit-button = આ પાનામાંથી બહાર નીકળો
quick-exit-hint = અથવા Shift બટન 3 વાર દબાવો.

## Language switcher

language-switcher-label = ભાષા
language-switcher-failed = માફ કરશો, તે ભાષા લોડ થઈ શકી નથી. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.

## Home

home-title = વાતચીત દ્વારા સારવાર (ટૉકિંગ થેરાપી): તમારા મનની સ્થિતિ માટે સહારો
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } ઉદાસી, ચિંતા કે તણાવ અનુભવતા પુખ્ત વયના લોકો માટે NHS ની મફત ટૉકિંગ થેરાપી આપે છે. તમે સામાન્ય મુશ્કેલીઓ વિશે જાણી શકો છો, તાજેતરમાં તમને કેવું લાગે છે તે તપાસી શકો છો, અને જાતે અરજી કરી શકો છો.
home-learn-title = જાણો અને પોતાની મદદ જાતે કરવાના ઉપાયો અજમાવો
home-learn-body = ઉદાસી, ચિંતા, પૅનિક (અચાનક તીવ્ર ગભરાટ), ઊંઘ અને બીજા ઘણા વિષયો વિશે વાંચો. સાથે ટૂંકી પ્રવૃત્તિઓ પણ છે, જે તમે આજે જ અજમાવી શકો છો.
home-check-title = તપાસો કે તાજેતરમાં તમને કેવું લાગે છે
home-check-body = થોડા ટૂંકા પ્રશ્નોના જવાબ આપો. તમારા જવાબો આ જ ડિવાઇસ પર રહે છે.
home-refer-title = જાતે અરજી કરો
home-refer-body = તમારે પહેલાં તમારા GP (ફેમિલી ડૉક્ટર) ને મળવાની જરૂર નથી.
home-not-crisis = જો તમને હમણાં જ મદદ જોઈતી હોય, તો રાહ ન જુઓ.

## Learn

learn-title = જાણો અને પોતાની મદદ જાતે કરવાના ઉપાયો અજમાવો
learn-lead = સામાન્ય મુશ્કેલીઓ વિશે માહિતી, અને સારું અનુભવવા માટે તમે શું અજમાવી શકો.
learn-refer-link = ટૉકિંગ થેરાપી માટે જાતે અરજી કરો
learn-loading = લોડ થઈ રહ્યું છે…
learn-pack-failed = પોતાની મદદ જાતે કરવાના વિષયો લોડ થઈ શક્યા નથી. તમારું કનેક્શન તપાસો અને ફરી પ્રયાસ કરો.
learn-topics-title = વિષયો
learn-for-me-title = મારા માટેની સામગ્રી
learn-for-me-hint = કોઈ જૂથ પસંદ કરો, જેથી તમારા જેવા લોકોને ધ્યાનમાં રાખીને લખેલી સામગ્રી જોઈ શકો. Waymark તમારી પસંદગી યાદ રાખતું નથી.
learn-for-me-label = કોના માટેની સામગ્રી બતાવવી
learn-for-me-everyone = બધા માટે
learn-for-me-intro = આ જૂથ માટે લખેલું:
learn-related-topics = વિષયો જે મદદરૂપ થઈ શકે
learn-all-topics = બધા વિષયો
learn-not-found = આ નામનો કોઈ વિષય નથી. કદાચ તે બીજી જગ્યાએ ખસેડાયો હોય.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = આ પાનું હજી { $language } માં ઉપલબ્ધ નથી.
learn-read-in-english = તેને અંગ્રેજીમાં વાંચો
learn-in-english-note = આ પાનું અંગ્રેજીમાં બતાવ્યું છે, કારણ કે તેનો હજી અનુવાદ થયો નથી.
learn-status-reviewed = ક્લિનિશિયન (આરોગ્ય નિષ્ણાત) દ્વારા તપાસેલું.
learn-status-draft = હજી ક્લિનિશિયન (આરોગ્ય નિષ્ણાત) દ્વારા તપાસાયેલું નથી.
learn-status-machine = કમ્પ્યુટર દ્વારા અનુવાદિત, અને હજી કોઈ વ્યક્તિએ તપાસ્યું નથી. કેટલાક શબ્દો ખોટા હોઈ શકે છે.
learn-tools-label = પાનાનાં સાધનો
learn-read-aloud = મોટેથી વાંચી સંભળાવો
learn-stop-reading = વાંચવાનું બંધ કરો
learn-text-size = અક્ષરોનું કદ
learn-text-size-standard = સામાન્ય
learn-text-size-large = મોટું
learn-text-size-largest = સૌથી મોટું
learn-print = આ પાનું પ્રિન્ટ કરો
learn-next-title = હવે તમે શું કરી શકો
learn-next-check = તપાસો કે તાજેતરમાં તમને કેવું લાગે છે
learn-next-refer = ટૉકિંગ થેરાપી માટે જાતે અરજી કરો
learn-next-help = જો તમે પોતાને સુરક્ષિત ન રાખી શકો, તો હમણાં જ મદદ મેળવો

## Check

check-title = તપાસો કે તાજેતરમાં તમને કેવું લાગે છે
check-lead = ટૂંકી પ્રશ્નાવલિઓ, જે NHS ની ઘણી ટૉકિંગ થેરાપી સેવાઓ વાપરે છે.
check-not-a-diagnosis = તમારા જવાબો તમને એ વિચારવામાં મદદ કરે છે કે તાજેતરમાં તમારી સ્થિતિ કેવી રહી છે. તે નિદાન નથી.
## Refer

refer-title = જાતે અરજી કરો
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = તમે { $service } ને જાતે અરજી (રેફરલ) કરી શકો છો. તમારે પહેલાં તમારા GP (ફેમિલી ડૉક્ટર) ને મળવાની જરૂર નથી.
refer-online-coming = Waymark ના આ સંસ્કરણમાં ઑનલાઇન ફોર્મ હજી ઉપલબ્ધ નથી. તમે ફોન કરીને જાતે અરજી કરી શકો છો.
refer-not-online = આ સેવા ઑનલાઇન અરજીઓ સ્વીકારતી નથી. તમે ફોન કરીને જાતે અરજી કરી શકો છો.
refer-by-phone = ફોન દ્વારા અરજી કરો
refer-by-email = અથવા ઈમેલ કરો:
refer-what-next = સેવામાંથી કોઈ તમારી સાથે વાત કરશે કે શું મદદરૂપ થઈ શકે, અને તમારે કેટલો સમય રાહ જોવી પડી શકે.

## Get help now

help-title = હમણાં જ મદદ મેળવો
help-lead = જો તમને લાગે કે તમે પોતાને સુરક્ષિત રાખી શકતા નથી, અથવા તમે કટોકટીમાં છો, તો તરત મદદ મેળવો.
help-not-crisis-service = ટૉકિંગ થેરાપી સેવાઓ કટોકટી (ક્રાઇસિસ) સેવાઓ નથી, પરંતુ તમે સુરક્ષિત અનુભવો ત્યારે તેઓ મદદ કરી શકે છે.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = જો તમારો જીવ હમણાં જોખમમાં હોય, તો { $number } પર ફોન કરો અથવા A&E (હૉસ્પિટલનો ઇમરજન્સી વિભાગ) માં જાઓ.
crisis-emergency-body = ઉદાહરણ તરીકે, જો તમે પોતાને ગંભીર નુકસાન પહોંચાડ્યું હોય, અથવા તમને લાગે કે તમે પોતાને સુરક્ષિત રાખી શકતા નથી.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, વિકલ્પ { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } પર ફોન કરો અને વિકલ્પ { $option } પસંદ કરો. આ NHS ની 24 કલાક ચાલતી માનસિક સ્વાસ્થ્ય કટોકટી લાઇન છે, દરેક ઉંમરના લોકો માટે. દુભાષિયા (ઇન્ટરપ્રિટર) ઉપલબ્ધ છે.
crisis-samaritans-body = દિવસ હોય કે રાત, કોઈ પણ વાત કરવા માટે મફત ફોન કરો.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = જો તમે વાત કરવાને બદલે મેસેજ લખવાનું પસંદ કરો, તો દિવસ હોય કે રાત, { $keyword } લખીને { $number } પર ટેક્સ્ટ કરો.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = { $age } વર્ષથી ઓછી ઉંમરના એવા લોકો માટે જેમને આત્મહત્યાના વિચારો આવે છે, અને તેમની ચિંતા કરતા લોકો માટે. આ લાઇન દિવસ-રાત ખુલ્લી રહે છે, ફોન કે ટેક્સ્ટ દ્વારા.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } વર્ષથી ઓછી ઉંમરનાં બાળકો અને યુવાનો માટે.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $keyword } લખીને { $number } પર ટેક્સ્ટ કરો
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } પર ટેક્સ્ટ કરો

## Privacy and settings

privacy-title = ગોપનીયતા અને સેટિંગ્સ
privacy-lead = Waymark તમારા બ્રાઉઝરમાં ચાલે છે. તેમાં કોઈ કૂકીઝ નથી, કોઈ ટ્રૅકિંગ નથી અને કોઈ જાહેરાતો નથી.
privacy-kept-title = આ ડિવાઇસ પર શું સાચવવામાં આવે છે
privacy-kept-nothing = આ ડિવાઇસ પર કંઈ સાચવેલું નથી.
privacy-stored-language = તમે પસંદ કરેલી ભાષા.
privacy-stored-check-progress = જે પ્રશ્નાવલિ તમે હજી પૂરી કરી નથી તેના જવાબો (આ ટૅબ બંધ કરો ત્યાં સુધી જ રાખવામાં આવે છે).
privacy-stored-history = પ્રશ્નાવલિનાં પરિણામો, જે તમે રાખવાનું પસંદ કર્યું.
privacy-stored-referral-draft = જે અરજી તમે હજી મોકલી નથી તેના જવાબો.
privacy-stored-outbox-undelivered = એવી અરજીઓ જે હજી સેવા સુધી પહોંચી નથી.
privacy-stored-receipts = સેવાને મળી ગયેલી અરજીઓના સંદર્ભ નંબર, તારીખ સાથે. તમારો કોઈ જવાબ નહીં.
privacy-stored-unreadable = સાચવેલા જવાબો કે અરજીઓ જે આ ડિવાઇસ ફરી વાંચી શક્યું નથી, કાઢી નાખવાને બદલે અલગ રાખેલાં.
privacy-stored-text-size = વાંચવા માટે તમે પસંદ કરેલું અક્ષરોનું કદ.
privacy-stored-shared-device = આ ડિવાઇસ શેર કરેલા ડિવાઇસના મોડમાં છે તે માહિતી (કાર્યકરનો કોડ, એવા રૂપમાં કે જે વાંચી ન શકાય).
privacy-delete-all = આ ડિવાઇસ પર સાચવેલું બધું કાઢી નાખો
privacy-deleted-everything = Waymark દ્વારા આ ડિવાઇસ પર સાચવેલું બધું કાઢી નાખવામાં આવ્યું છે, ઑફલાઇન વાંચવા માટે રાખેલાં પાનાં સહિત.
privacy-delete-unsent-warning = એક અરજી હજી સેવા સુધી પહોંચી નથી. જો તમે હમણાં બધું કાઢી નાખશો, તો તે મોકલાશે નહીં.
privacy-delete-anyway = તોપણ બધું કાઢી નાખો
privacy-shared-title = શેર કરેલા ડિવાઇસનો મોડ, આઉટરીચ કાર્યકરો માટે
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = આનો ઉપયોગ એવા ટેબ્લેટ પર કરો જે એક દિવસમાં અનેક લોકો વાપરે છે. ડિવાઇસ પર કોઈ અંગત માહિતી રાખવામાં આવતી નથી, અને જ્યારે તમે "પૂરું કરો અને સાફ કરો" દબાવો, અથવા { $minutes ->
    [one] { $minutes } મિનિટ
   *[other] { $minutes } મિનિટ
} સુધી ઉપયોગ ન થાય, ત્યારે બધું સાફ કરી દેવામાં આવે છે.
privacy-worker-title = આઉટરીચ કાર્યકરો માટે: આ ડિવાઇસ પર રાહ જોતી અરજીઓ
privacy-worker-check = તપાસો
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] આ ડિવાઇસ પર કોઈ અરજી રાહ જોઈ રહી નથી.
    [one] { $count } અરજી સેવા સુધી પહોંચવા માટે આ ડિવાઇસ પર રાહ જોઈ રહી છે. તે મોકલાઈ ન જાય ત્યાં સુધી Waymark ખુલ્લું અને ઇન્ટરનેટ સાથે જોડાયેલું રાખો.
   *[other] { $count } અરજીઓ સેવા સુધી પહોંચવા માટે આ ડિવાઇસ પર રાહ જોઈ રહી છે. તે મોકલાઈ ન જાય ત્યાં સુધી Waymark ખુલ્લું અને ઇન્ટરનેટ સાથે જોડાયેલું રાખો.
}
privacy-shared-sealed-kept = એકમાત્ર અપવાદ એવી અરજી છે જે હજી સેવા સુધી પહોંચી નથી. તે મોકલાય ત્યાં સુધી ડિવાઇસ પર રાખવામાં આવે છે, એ રીતે લૉક કરીને કે ફક્ત સેવા જ તેને ખોલી શકે. ડિવાઇસ વાપરનાર કોઈ પણ વ્યક્તિ ન તો તેને જોઈ શકે છે, ન તો એ કે તે કોના તરફથી છે.
privacy-shared-by-service = સેવાએ દરેક ડિવાઇસ માટે આ મોડ ચાલુ કર્યો છે.
privacy-shared-is-on = આ ડિવાઇસ માટે શેર કરેલા ડિવાઇસનો મોડ ચાલુ છે.
privacy-shared-code-label = કાર્યકરનો કોડ
privacy-shared-code-hint = ઓછામાં ઓછા 4 અંક. મોડ બંધ કરવા માટે તમારે તેની જરૂર પડશે, જેથી તમે જે વ્યક્તિને મદદ કરી રહ્યા છો તે તેને બંધ ન કરી શકે.
privacy-shared-turn-on = આ ડિવાઇસ માટે ચાલુ કરો
privacy-shared-turn-off = બંધ કરો
privacy-shared-code-error = ઓછામાં ઓછા 4 અંકનો કાર્યકરનો કોડ લખો.
privacy-shared-wrong-code = આ કોડ આ ડિવાઇસ માટેનો કાર્યકરનો કોડ નથી.
privacy-private-browsing-title = જો બીજા લોકો પણ આ ડિવાઇસ વાપરતા હોય
privacy-private-browsing-body = પ્રાઇવેટ અથવા ઇન્કૉગ્નિટો વિન્ડો વાપરો. પછી તમે તેને બંધ કરશો ત્યારે આ મુલાકાતનું કંઈ પણ બ્રાઉઝરમાં રહેશે નહીં.
privacy-history-body = કોઈ પણ વેબસાઇટ તમારી બ્રાઉઝિંગ હિસ્ટરી કાઢી શકતી નથી. જો તમને ચિંતા હોય કે કોઈ તેને જોઈ શકે છે, તો તમે તેને તમારા બ્રાઉઝરનાં સેટિંગ્સમાં કાઢી શકો છો.
privacy-sent-title = શું મોકલવામાં આવે છે
privacy-sent-body = તમે અરજી ન મોકલો ત્યાં સુધી કંઈ પણ આ ડિવાઇસની બહાર જતું નથી. અરજી ફક્ત સેવાને જ જાય છે.
privacy-notice-link = સેવાની ગોપનીયતા સૂચના (પ્રાઇવસી નોટિસ) વાંચો
privacy-admin-warnings = સેવાના સંચાલકો માટે: કૉન્ફિગરેશન વિશે ચેતવણીઓ

## Not found

not-found-title = પાનું મળ્યું નથી
not-found-body = જો તમે વેબ સરનામું જાતે ટાઇપ કર્યું હોય, તો તે સાચું છે કે નહીં તે તપાસો. જો તમે કોઈ લિંક દ્વારા આવ્યા હો, તો કદાચ પાનું બીજી જગ્યાએ ખસેડાયું હોય.
not-found-home = મુખ્ય પાના પર જાઓ

## Configuration error (for the service's admin)

admin-error-title = માફ કરશો, આ સેવા અત્યારે કામ કરતી નથી
admin-error-public = જો તમને હમણાં જ મદદ જોઈતી હોય:
admin-error-for-admins = સેવાના સંચાલક (ઍડમિન) માટે
admin-error-file = ફાઇલ
admin-error-field = ફીલ્ડ
admin-error-problem = સમસ્યા
admin-error-docs = દરેક ફીલ્ડ અને તેના ફોર્મેટ માટે docs/configuration.md જુઓ.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } લોડ થઈ શકી નથી: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } માં લાઇન { $line }, કૉલમ { $column } પર માન્ય JSON નથી: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = મૂલ્ય (વૅલ્યૂ) ખૂટે છે અથવા ખોટા પ્રકારનું છે: { $detail }.
admin-error-empty = મૂલ્ય ખાલી ન હોવું જોઈએ.
admin-error-not-secure-url = મૂલ્ય https:// વાળું સરનામું હોવું જોઈએ. http:// ફક્ત ટેસ્ટિંગ દરમિયાન 127.0.0.1 અથવા localhost માટે માન્ય છે.
admin-error-not-email = મૂલ્ય ઈમેલ સરનામું નથી.
admin-error-no-known-language = યાદીમાં આપેલી ભાષાઓમાંથી એક પણ Waymark ના આ સંસ્કરણમાં ઉપલબ્ધ નથી.
admin-error-not-public-key = મૂલ્ય "receiver keygen" એ બનાવેલી પબ્લિક કી (public key) નથી (43 અક્ષર: અંગ્રેજી અક્ષરો, અંકો, - અથવા _).
admin-error-no-parent-origin = એમ્બેડિંગ (embedding) ચાલુ છે, પરંતુ કોઈ પણ વેબસાઇટને Waymark એમ્બેડ કરવાની મંજૂરી નથી. દરેક વેબસાઇટને embed.allowed_parent_origins માં ઉમેરો.
admin-error-not-origin = મૂલ્ય કોઈ વેબસાઇટનું origin હોવું જોઈએ, જેમ કે https://www.example.nhs.uk, જેમાં કોઈ પાથ (path) અને કોઈ * ન હોય.
admin-error-out-of-range = સંખ્યા 0 થી વધુ અને વધુમાં વધુ 120 મિનિટ હોવી જોઈએ.
admin-error-out-of-range-days = સંખ્યા 1 થી 365 સુધીના દિવસોની પૂર્ણ સંખ્યા હોવી જોઈએ.
admin-error-not-phone-number = મૂલ્યમાં એવો ફોન નંબર હોવો જોઈએ જેના પર લોકો ફોન કરી શકે, જેમ કે ⁦0113 496 0000⁩ અથવા ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = આ લાઇનનું નામ કોઈ રાષ્ટ્રીય કટોકટી લાઇનના નામ પરથી છે, પરંતુ તેનો નંબર તે લાઇનનો પોતાનો નંબર નથી. નંબર તપાસો, અથવા લાઇનને તમારી સેવાનું પોતાનું નામ આપો.

## Forms (shared by the self-check and referral pages)

check-back = પાછળ
check-start = હમણાં શરૂ કરો
check-next = આગળ વધો
check-error-prefix = ભૂલ:
check-error-summary-title = કોઈ સમસ્યા છે

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = રાહ જોતી વખતે
waiting-lead = જાતે અરજી કર્યા પછી શું થાય છે, તેમાં કેટલો સમય લાગી શકે છે, અને એ દરમિયાન શું મદદરૂપ થઈ શકે.
waiting-next-title = હવે આગળ શું થશે
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = તમારી અરજી મળ્યા પછી { $days ->
    [one] { $days } કામકાજના દિવસની
   *[other] { $days } કામકાજના દિવસોની
} અંદર સેવા તમારો સંપર્ક કરશે, જેથી પહેલી વાતચીત (આકારણી) ગોઠવી શકાય.
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = અત્યારે, એ પછી લોકોને પહેલી મુલાકાત (ઍપોઇન્ટમેન્ટ) માટે સામાન્ય રીતે { $weeks ->
    [0] એક અઠવાડિયા કરતાં ઓછી
    [one] લગભગ { $weeks } અઠવાડિયું
   *[other] લગભગ { $weeks } અઠવાડિયાં
} રાહ જોવી પડે છે.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (સેવાએ છેલ્લે { $date } ના રોજ આ તપાસ્યું હતું.)
waiting-contact-title = તમારી અરજી વિશે પૂછવા કે તેને રદ કરવા માટે
waiting-contact-body = સેવાનો સંપર્ક કરો. જો તમારી પાસે સંદર્ભ નંબર હોય, તો તે જણાવો.
waiting-contact-phone = ફોન:
waiting-contact-email = ઈમેલ:
waiting-help-title = રાહ જોતી વખતે શું મદદરૂપ થઈ શકે
waiting-help-learn = સામાન્ય સમસ્યાઓ વિશે વાંચો અને પ્રવૃત્તિઓ અજમાવો
waiting-help-check = તપાસો કે તમને કેવું લાગે છે, અને પછીથી સરખામણી કરવા માટે પરિણામ આ ડિવાઇસ પર રાખો
waiting-harder-title = રાહ જોતી વખતે પરિસ્થિતિ વધુ મુશ્કેલ બને તો
waiting-harder-body = જો તમને પહેલાં કરતાં વધુ ખરાબ લાગે, અથવા કંઈક બદલાયું હોય, તો સેવાને જણાવો. ફોન કરો:
waiting-harder-crisis = જો તમને લાગે કે તમે પોતાને સુરક્ષિત રાખી શકતા નથી, તો રાહ ન જુઓ:
waiting-device-title = આ ડિવાઇસ પર
waiting-no-reference = આ ડિવાઇસ પર અરજીનો કોઈ સંદર્ભ નંબર નથી. જો તમે બીજા ડિવાઇસ પરથી અરજી કરી હોય, અથવા સંદર્ભ નંબર કાઢી નાખ્યો હોય, તો સેવા તમારા નામ અને જન્મતારીખ પરથી તમારી અરજી શોધી શકે છે.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = તમારી અરજીનો સંદર્ભ નંબર { $reference } છે. સેવાને તમારી અરજી { $date } ના રોજ મળી હતી.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = એટલે કે { $date } સુધીમાં, જાહેર રજાઓ (બૅન્ક હૉલિડે) ગણ્યા વિના.
waiting-call-calendar = આ તારીખ તમારા કૅલેન્ડરમાં ઉમેરો (આ ડિવાઇસ પર બનાવેલી ફાઇલ)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } તરફથી આજ સુધીમાં તમારો સંપર્ક થવાની અપેક્ષા છે
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = તમારી અરજીનો સંદર્ભ નંબર { $reference } છે.
waiting-calendar-privacy = કૅલેન્ડર ફાઇલો આ ડિવાઇસ પર જ બને છે અને ક્યાંય મોકલાતી નથી. કૅલેન્ડરમાં સેવાનું નામ લખેલું હોય છે: જે કોઈ તમારું કૅલેન્ડર જોઈ શકે, તે એ પણ જોઈ શકે છે.
waiting-check-in-title = દર 2 અઠવાડિયે તપાસ કરો
waiting-check-in-body = દર 2 અઠવાડિયે એ જ પ્રશ્નાવલિ ફરી ભરવાથી ખબર પડે છે કે પરિસ્થિતિ બદલાઈ રહી છે કે નહીં. જો કોઈ તપાસમાં દેખાય કે પરિસ્થિતિ વધુ મુશ્કેલ બની છે, તો Waymark એ જણાવે છે અને સેવાને કેવી રીતે જણાવવું તે બતાવે છે.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: હવે તપાસ કરવાનો સમય છે
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: આગલી તપાસ { $date } ના રોજ
waiting-check-in-calendar = તમારા કૅલેન્ડરમાં રિમાઇન્ડર ઉમેરો
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = તપાસ: { $name }
waiting-check-in-event-body = પરિસ્થિતિ બદલાઈ રહી છે કે નહીં તે જોવા માટે Waymark માં તમારી પ્રશ્નાવલિ ફરી ભરો.
waiting-check-in-none = જ્યારે તમે આ ડિવાઇસ પર PHQ-9 કે GAD-7 નું પરિણામ રાખો, ત્યારે આ પાનું બતાવે છે કે તે ફરી ક્યારે ભરવી.
waiting-check-in-not-kept = આ ડિવાઇસ પર પ્રશ્નાવલિનાં પરિણામો રાખવામાં આવતાં નથી, તેથી અહીં તમને તપાસનો સમય યાદ કરાવી શકાતો નથી.
waiting-print = આ પાનું પ્રિન્ટ કરો અથવા PDF તરીકે સાચવો
refer-sent-waiting-link = રાહ જોતી વખતે: હવે આગળ શું થશે, કેટલો સમય લાગી શકે અને શું મદદરૂપ થઈ શકે

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = આ ડિવાઇસનો સ્ટોરેજ ભરાઈ ગયો છે, તેથી તમે હમણાં જે લખશો તે ફક્ત આ પાનામાં જ રહેશે: જો તમે પાનું બંધ કરશો, તો તે ખોવાઈ જશે. પાનું બંધ કરતાં પહેલાં તમે જે કરી રહ્યા છો તે પૂરું કરો (પાનું ખુલ્લું હોય ત્યાં સુધી અરજી તો પણ મોકલાય છે), અથવા સેવાને ફોન કરો. બ્રાઉઝરનાં સેટિંગ્સમાં જગ્યા ખાલી કરવાથી Waymark ફરી સાચવી શકશે.
privacy-stored-waiting-plan = રાહ જોવાના સમય માટેની તમે શરૂ કરેલી યોજના, અને તમે નિશાની કરેલાં પગલાં.
waiting-plan-title = આવતાં અઠવાડિયાં માટે એક યોજના
waiting-plan-body = દર અઠવાડિયે થોડાં નાનાં પગલાં, "જાણકારી" વિભાગની પ્રવૃત્તિઓમાંથી. પગલું પૂરું થાય ત્યારે અહીં તેના પર નિશાની કરો. યોજના ફક્ત આ ડિવાઇસ પર રાખવામાં આવે છે, અને તમે તેને ગમે ત્યારે કાઢી નાખી શકો છો.
waiting-plan-question = અત્યારે તમને સૌથી વધુ શાનાથી મદદ મળશે?
waiting-plan-suggested-hint = તમે રાખેલાં પ્રશ્નાવલિનાં પરિણામોના આધારે, એક યોજના પર "સૂચવેલી" ની નિશાની છે. તમને જે યોગ્ય લાગે તે પસંદ કરો.
waiting-plan-suggested = સૂચવેલી
waiting-plan-start = આ યોજના શરૂ કરો
waiting-plan-unreadable = તમારી સાચવેલી યોજના વાંચી શકાઈ નથી: કદાચ તે Waymark ના કોઈ જૂના વર્ઝનની હોય, અથવા આ ડિવાઇસ પર તેમાં ફેરફાર થયો હોય. ફરી શરૂ કરવા માટે નીચેથી એક યોજના પસંદ કરો. તમે એમ કરશો ત્યારે જ જૂની યોજના બદલાશે.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = અઠવાડિયું { $week }
waiting-plan-this-week = આ અઠવાડિયું
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = અત્યારે તમારી યોજનાનું અઠવાડિયું { $week } ચાલે છે.
waiting-plan-after-end = તમે યોજનાનાં બધાં અઠવાડિયાં પૂરાં કર્યાં છે. જે પગલાંથી મદદ મળી તે કરતા રહો, અને જે રહી ગયાં હોય તેના પર પાછા જાઓ.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = પૂરાં થયેલાં પગલાં: { $total } માંથી { $done }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = કેવી રીતે કરવું: { $topic }
waiting-plan-kept = તમારી યોજના અને તમે નિશાની કરો છો તે પગલાં ફક્ત આ ડિવાઇસ પર રાખવામાં આવે છે. ગોપનીયતાના પાના પર "આ ડિવાઇસ પર સાચવેલું બધું કાઢી નાખો" તેમને પણ કાઢી નાખે છે.
waiting-plan-stop = આ યોજના બંધ કરો અને કાઢી નાખો
waiting-plan-not-shared = યોજના ફક્ત તમારા પોતાના ડિવાઇસ પર રાખવામાં આવે છે, તેથી આ શેર કરેલા ડિવાઇસ પર યોજના મળતી નથી.
waiting-plan-not-kept = આ બ્રાઉઝર Waymark ને કંઈ પણ સાચવવા દેતું નથી, તેથી અહીં યોજના રાખી શકાતી નથી.
