### Self-referral form, Gujarati (gu), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl, checks.ftl and check-pages.ftl):
### "referral" = અરજી (રેફરલ); "GP" = GP (ફેમિલી ડૉક્ટર);
### "GP practice" = GP ક્લિનિક (not "સર્જરી", which in Gujarati means an operation);
### "interpreter" = દુભાષિયો (ઇન્ટરપ્રિટર).

## Error messages: about you

referral-error-given-name-missing = તમારું પહેલું નામ લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = પહેલું નામ { $max } અક્ષરો કે તેથી ઓછું હોવું જોઈએ

referral-error-family-name-missing = તમારી અટક લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = અટક { $max } અક્ષરો કે તેથી ઓછી હોવી જોઈએ

referral-error-date-of-birth-missing = તમારી જન્મતારીખ લખો
referral-error-date-of-birth-missing-day = જન્મતારીખમાં દિવસ હોવો જોઈએ
referral-error-date-of-birth-missing-month = જન્મતારીખમાં મહિનો હોવો જોઈએ
referral-error-date-of-birth-missing-year = જન્મતારીખમાં વર્ષ હોવું જોઈએ
referral-error-date-of-birth-missing-day-and-month = જન્મતારીખમાં દિવસ અને મહિનો હોવા જોઈએ
referral-error-date-of-birth-missing-day-and-year = જન્મતારીખમાં દિવસ અને વર્ષ હોવાં જોઈએ
referral-error-date-of-birth-missing-month-and-year = જન્મતારીખમાં મહિનો અને વર્ષ હોવાં જોઈએ
referral-error-date-of-birth-year-format = વર્ષમાં 4 અંક હોવા જોઈએ
referral-error-date-of-birth-not-real = જન્મતારીખ સાચી (અસ્તિત્વ ધરાવતી) તારીખ હોવી જોઈએ
referral-error-date-of-birth-in-future = જન્મતારીખ આજની કે ભૂતકાળની હોવી જોઈએ
referral-error-date-of-birth-too-long-ago = જન્મતારીખ 1 જાન્યુઆરી 1900 કે તે પછીની હોવી જોઈએ

referral-error-nhs-number-missing = તમારો NHS નંબર લખો
referral-error-nhs-number-not-digits = તમારો NHS નંબર ફક્ત અંકોમાં લખો, જેમ કે ⁦485 777 3456⁩
referral-error-nhs-number-length = તમારો NHS નંબર સાચા ફોર્મેટમાં લખો, જેમ કે ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = તમારો NHS નંબર તપાસો. તમે લખેલો નંબર માન્ય NHS નંબર નથી. તમારો નંબર તમને NHS ના પત્રોમાં અથવા NHS App માં મળી શકે છે

## Error messages: address

referral-error-address-line-1-missing = તમારા સરનામાની પહેલી લાઇન લખો
referral-error-address-line-2-missing = તમારા સરનામાની બીજી લાઇન લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = સરનામાની દરેક લાઇન { $max } અક્ષરો કે તેથી ઓછી હોવી જોઈએ

referral-error-town-missing = તમારું ગામ કે શહેર લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = ગામ કે શહેર { $max } અક્ષરો કે તેથી ઓછું હોવું જોઈએ

referral-error-postcode-missing = તમારો પોસ્ટકોડ લખો
referral-error-postcode-invalid = પૂરો UK પોસ્ટકોડ લખો, જેમ કે SW1A 1AA

## Error messages: contact

referral-error-phone-missing = ફોન નંબર લખો
referral-error-phone-characters = ફોન નંબરમાં ફક્ત અંકો, ખાલી જગ્યા, કૌંસ, હાઇફન (-) અને શરૂઆતમાં + વાપરો, જેમ કે ⁦07700 900 982⁩
referral-error-phone-uk-format = ફોન નંબર લખો, જેમ કે ⁦01632 960 001⁩ અથવા ⁦07700 900 982⁩. UK બહારના નંબર માટે શરૂઆતમાં + અને દેશનો કોડ લખો
referral-error-phone-international-format = આંતરરાષ્ટ્રીય ફોન નંબર + અને દેશના કોડ સાથે લખો, જેમ કે ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = તમારું ઈમેલ સરનામું લખો
referral-error-email-invalid = ઈમેલ સરનામું સાચા ફોર્મેટમાં લખો, જેમ કે name@example.com
referral-error-contact-route-missing = ફોન નંબર અથવા ઈમેલ સરનામું લખો, જેથી સેવા તમારો સંપર્ક કરી શકે
referral-error-voicemail-missing = જો સેવા તમારા માટે વૉઇસમેઇલ સંદેશ છોડી શકે, તો 'હા' પસંદ કરો
referral-error-texts-missing = જો સેવા તમને ટેક્સ્ટ મેસેજ મોકલી શકે, તો 'હા' પસંદ કરો
referral-error-safe-times-missing = એવા દિવસો અને સમય લખો જ્યારે તમારો સંપર્ક કરવો સલામત હોય

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = સંપર્ક માટેનો સલામત સમય { $max } અક્ષરો કે તેથી ઓછામાં લખવો જોઈએ

referral-error-preferred-language-missing = તમે જે ભાષા વાપરવા માગો છો તે લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = ભાષા { $max } અક્ષરો કે તેથી ઓછામાં હોવી જોઈએ

referral-error-interpreter-missing = તમારે દુભાષિયા (ઇન્ટરપ્રિટર) ની જરૂર છે કે નહીં તે પસંદ કરો
referral-error-interpreter-language-missing = જે ભાષા માટે તમારે દુભાષિયાની જરૂર છે તે લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = દુભાષિયાની ભાષા { $max } અક્ષરો કે તેથી ઓછામાં હોવી જોઈએ

## Error messages: your GP and your referral

referral-error-gp-practice-missing = તમારા GP ક્લિનિકનું નામ લખો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP ક્લિનિકનું નામ { $max } અક્ષરો કે તેથી ઓછું હોવું જોઈએ

referral-error-secondary-care-missing = જો અત્યારે કોઈ માનસિક સ્વાસ્થ્ય ટીમ તમને મદદ કરી રહી હોય, તો 'હા' પસંદ કરો. જો તમને ખાતરી ન હોય, તો 'ખાતરી નથી' પસંદ કરો
referral-error-help-with-missing = અમને જણાવો કે તમે શેમાં મદદ ઇચ્છો છો
referral-error-help-topics-missing = તમે જેમાં મદદ ઇચ્છો છો તેવી ઓછામાં ઓછી એક બાબત પસંદ કરો

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = તમને કેવું લાગતું રહ્યું છે તે વિશેના પ્રશ્ન { $number } નો જવાબ પસંદ કરો

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = ચિંતા અને ગભરાટ (ઍંગ્ઝાયટી) વિશેના પ્રશ્ન { $number } નો જવાબ પસંદ કરો

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = આ જવાબ { $max } અક્ષરો કે તેથી ઓછો હોવો જોઈએ

## Error messages: consent

referral-error-consent-share-with-gp-missing = જો સેવા તમારી સંભાળ વિશેની માહિતી તમારા GP (ફેમિલી ડૉક્ટર) સાથે શેર કરી શકે, તો 'હા' પસંદ કરો
referral-error-consent-privacy-notice-missing = ખાતરી કરો કે તમે ગોપનીયતા સૂચના (પ્રાઇવસી નોટિસ) વાંચી છે

## Answer options shared by several questions

referral-option-yes = હા
referral-option-no = ના
referral-option-not-sure = ખાતરી નથી
referral-option-prefer-not-to-say = જણાવવાની ઇચ્છા નથી

## Interpreter

referral-interpreter-none = ના, મારે દુભાષિયાની જરૂર નથી
referral-interpreter-spoken = હા, બોલાતી ભાષા માટે દુભાષિયો
referral-interpreter-bsl = હા, British Sign Language (BSL, બ્રિટિશ સાંકેતિક ભાષા) નો દુભાષિયો

## What would you like help with?

referral-help-topic-low-mood = ઉદાસી કે ડિપ્રેશન
referral-help-topic-worry = ચિંતા કે ગભરાટ (ઍંગ્ઝાયટી)
referral-help-topic-panic = પૅનિક ઍટેક (અચાનક તીવ્ર ગભરાટના હુમલા)
referral-help-topic-social-anxiety = બીજા લોકોની હાજરીમાં ગભરાટ થવો
referral-help-topic-health-anxiety = મારા સ્વાસ્થ્ય વિશે સતત ચિંતા
referral-help-topic-phobia = કોઈ ડર કે ફોબિયા
referral-help-topic-ocd = અનિચ્છનીય વિચારો કે ઇચ્છાઓ, જેને રોકવાનું મને મુશ્કેલ લાગે છે (OCD)
referral-help-topic-trauma = મારી સાથે બનેલી કોઈ ડરામણી કે ખૂબ દુઃખદાયક ઘટના
referral-help-topic-stress = તણાવ (સ્ટ્રેસ)
referral-help-topic-sleep = ઊંઘની તકલીફો
referral-help-topic-long-term-condition = લાંબા ગાળાની સ્વાસ્થ્ય સમસ્યા સાથે જીવવું
referral-help-topic-relationships = સંબંધોમાં મુશ્કેલીઓ
referral-help-topic-bereavement = કોઈ સ્વજનને ગુમાવવાનું દુઃખ કે ખોટ
referral-help-topic-other = બીજું કંઈક

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = વ્હાઇટ (શ્વેત)
referral-ethnic-group-mixed = મિશ્ર
referral-ethnic-group-asian = એશિયન અથવા એશિયન બ્રિટિશ
referral-ethnic-group-black = બ્લૅક અથવા બ્લૅક બ્રિટિશ
referral-ethnic-group-other = અન્ય વંશીય જૂથો

referral-ethnic-category-a = બ્રિટિશ
referral-ethnic-category-b = આઇરિશ
referral-ethnic-category-c = અન્ય કોઈ વ્હાઇટ પૃષ્ઠભૂમિ
referral-ethnic-category-d = વ્હાઇટ અને બ્લૅક કૅરિબિયન
referral-ethnic-category-e = વ્હાઇટ અને બ્લૅક આફ્રિકન
referral-ethnic-category-f = વ્હાઇટ અને એશિયન
referral-ethnic-category-g = અન્ય કોઈ મિશ્ર પૃષ્ઠભૂમિ
referral-ethnic-category-h = ભારતીય
referral-ethnic-category-j = પાકિસ્તાની
referral-ethnic-category-k = બાંગ્લાદેશી
referral-ethnic-category-l = અન્ય કોઈ એશિયન પૃષ્ઠભૂમિ
referral-ethnic-category-m = કૅરિબિયન
referral-ethnic-category-n = આફ્રિકન
referral-ethnic-category-p = અન્ય કોઈ બ્લૅક પૃષ્ઠભૂમિ
referral-ethnic-category-r = ચીની
referral-ethnic-category-s = અન્ય કોઈ વંશીય જૂથ

## Gender

referral-gender-female = સ્ત્રી
referral-gender-male = પુરુષ
referral-gender-non-binary = નૉન-બાઇનરી
referral-gender-other = અન્ય જેન્ડર

## Sexual orientation

referral-sexual-orientation-heterosexual = હેટરોસેક્સ્યુઅલ અથવા સ્ટ્રેટ
referral-sexual-orientation-gay-or-lesbian = ગે અથવા લેસ્બિયન
referral-sexual-orientation-bisexual = બાયસેક્સ્યુઅલ
referral-sexual-orientation-other = અન્ય જાતીય અભિગમ
referral-sexual-orientation-not-sure = ખાતરી નથી

## Religion or belief

referral-religion-none = કોઈ ધર્મ નહીં
referral-religion-buddhist = બૌદ્ધ
referral-religion-christian = ખ્રિસ્તી
referral-religion-hindu = હિંદુ
referral-religion-jewish = યહૂદી
referral-religion-muslim = મુસ્લિમ
referral-religion-sikh = શીખ
referral-religion-other = અન્ય ધર્મ કે માન્યતા

## Employment

referral-employment-employed = પગારવાળું કામ
referral-employment-unemployed = પગારવાળું કામ નથી, અને કામની શોધમાં
referral-employment-student = વિદ્યાર્થી, અને પગારવાળું કામ નથી
referral-employment-long-term-sick = લાંબી બીમારી કે વિકલાંગતા (ડિસેબિલિટી) ને કારણે કામ નથી
referral-employment-homemaker = મારા પરિવાર કે ઘરની સંભાળ
referral-employment-not-working = પગારવાળું કામ નથી, અને કામની શોધમાં પણ નથી
referral-employment-volunteer = પગાર વિનાનું સ્વૈચ્છિક (વૉલન્ટિયર) કામ
referral-employment-retired = નિવૃત્ત

## Pregnancy and babies

referral-perinatal-pregnant = હા, હું ગર્ભવતી છું
referral-perinatal-baby = હા, મારું બાળક 12 મહિનાથી નાનું છે

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = હમણાં જ મદદ મેળવો
referral-redirect-crisis-lead = મદદ મેળવવા માટે તમારે અરજીની રાહ જોવાની જરૂર નથી. નીચે આપેલી સેવાઓ મફત છે અને તમને હમણાં જ મદદ કરી શકે છે. ટૉકિંગ થેરાપી સેવાઓ કટોકટી (ક્રાઇસિસ) સેવાઓ નથી, પરંતુ પરિસ્થિતિ થોડી શાંત થાય ત્યારે તમે પાછા આવીને જાતે અરજી કરી શકો છો.

referral-redirect-young-people-title = યુવાનો માટે પણ સહારો ઉપલબ્ધ છે

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = આ સેવા { $age } વર્ષ કે તેથી વધુ ઉંમરના લોકો માટે છે. તેના બદલે બાળકો અને યુવાનો માટેની માનસિક સ્વાસ્થ્ય સેવાઓ તમને મદદ કરી શકે છે. તમારા GP (ફેમિલી ડૉક્ટર), અથવા તમારી શાળા કે કૉલેજની નર્સ કે કાઉન્સેલર, તમારા માટે અરજી કરી શકે છે. તમે કોઈ પણ સમયે Childline ને { $childline } પર મફત ફોન પણ કરી શકો છો.

referral-redirect-gp-title = તમારી માનસિક સ્વાસ્થ્ય ટીમ કે GP સાથે વાત કરો
referral-redirect-gp-body = અત્યારે એક માનસિક સ્વાસ્થ્ય ટીમ તમને મદદ કરી રહી છે, તેથી ટૉકિંગ થેરાપી વિશે વાત કરવા માટે તેઓ જ સૌથી યોગ્ય લોકો છે. તમારા કેર કોઑર્ડિનેટર અથવા તમારી સંભાળ રાખતી ટીમ સાથે વાત કરો. જો તમને ખાતરી ન હોય કે તે કોણ છે, તો તમારા GP (ફેમિલી ડૉક્ટર) મદદ કરી શકે છે.

referral-redirect-area-title = તમારા વિસ્તારમાં કઈ સેવા છે તે તપાસો
referral-redirect-area-body = આ સેવા તમે જ્યાં રહો છો તે વિસ્તાર કે તમારા GP ક્લિનિકને આવરી લે છે કે નહીં, તેની અમે ખાતરી કરી શક્યા નથી. સેવાનો સંપર્ક કરો; તેઓ તમને જણાવશે કે તેઓ મદદ કરી શકે છે કે નહીં, અથવા તમારા વિસ્તારમાં કઈ NHS ટૉકિંગ થેરાપી સેવા છે.
