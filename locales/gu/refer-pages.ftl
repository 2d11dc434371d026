# Waymark interface strings for the online referral pages, Gujarati (gu),
# translated from en-GB. Translated for Waymark; not yet reviewed by a clinician.
# Loaded with the referral feature module. Error messages and
# answer labels are in referral.ftl.
# Term choices as in referral.ftl: "referral" = અરજી (રેફરલ); "GP practice" = GP ક્લિનિક.

## Start

refer-start-lead = અમને તમારા વિશે થોડું જણાવો, અને સેવા તમારો સંપર્ક કરીને વાત કરશે કે શું મદદરૂપ થઈ શકે.
refer-start-time = તેમાં લગભગ 10 મિનિટ લાગે છે. મોકલતાં પહેલાં તમે પાછા જઈને તમારા જવાબો બદલી શકો છો.
refer-start-saved-device = તમે લખો તેમ તમારા જવાબો આ ડિવાઇસ પર સચવાતા જાય છે, તેથી જો પાનું બંધ થઈ જાય તો કંઈ ખોવાતું નથી. સેવાને તમારી અરજી મળી જાય ત્યારે, અથવા તમે તેમને કાઢી નાખવાનું પસંદ કરો ત્યારે, તે કાઢી નાખવામાં આવે છે.
refer-start-saved-page = તમે લખો તેમ તમારા જવાબો ફક્ત આ પાના પર જ રાખવામાં આવે છે, અને આ ડિવાઇસ પર કંઈ સાચવવામાં આવતું નથી. જો તમે અરજી મોકલો તે પહેલાં પાનું બંધ થઈ જાય, તો તે ખોવાઈ જાય છે.
refer-start-draft = આ ડિવાઇસ પર તમારા પહેલાંના કેટલાક જવાબો સાચવેલા છે.
refer-start-resume = તમારી અરજી આગળ ચાલુ રાખો
refer-start-delete = મારા જવાબો કાઢી નાખો
refer-start-waiting = તમારી એક અરજી મોકલવાની રાહ જોઈ રહી છે. તે ક્યાં સુધી પહોંચી છે તે જુઓ.

## Eligibility

refer-eligibility-title = શરૂ કરતાં પહેલાં
refer-eligibility-why = આ સેવા તમારા માટે યોગ્ય છે કે નહીં તે તપાસવા માટે અમે પહેલાં આ પ્રશ્નો પૂછીએ છીએ. જો યોગ્ય ન હોય, તો અમે તમને જણાવીશું કે મદદ ક્યાંથી મળી શકે.
refer-in-crisis-legend = શું તમને લાગે છે કે તમે અત્યારે પોતાને સુરક્ષિત રાખી શકતા નથી?
refer-in-crisis-shared-hint = ટૉકિંગ થેરાપી તરત મદદ કરી શકતી નથી. જો તમે કટોકટીમાં હો, તો અમે તમને બતાવીશું કે હમણાં જ મદદ ક્યાંથી મળી શકે. જો તમે પછી અરજી મોકલો, તો સેવા તમારો જવાબ જોશે, જેથી તેઓ ખાતરી કરી શકે કે તમે સુરક્ષિત છો.
refer-error-in-crisis-missing = જો તમને લાગે કે તમે અત્યારે પોતાને સુરક્ષિત રાખી શકતા નથી, તો 'હા' પસંદ કરો
refer-dob-legend = તમારી જન્મતારીખ શું છે?
refer-dob-hint = ઉદાહરણ તરીકે, ⁦27 3 1985⁩. અમે એટલા માટે પૂછીએ છીએ કે સેવા ફક્ત અમુક ઉંમરના લોકોને જ જોઈ શકે છે.
refer-dob-day = દિવસ
refer-dob-month = મહિનો
refer-dob-year = વર્ષ
refer-postcode-label = તમારો પોસ્ટકોડ શું છે?
refer-postcode-hint = અમે એટલા માટે પૂછીએ છીએ કે સેવા પોતાના વિસ્તારમાં રહેતા લોકો માટે કામ કરે છે.
refer-practice-list-label = તમે કયા GP ક્લિનિકમાં નોંધાયેલા છો?
refer-practice-list-hint = અમે એટલા માટે પૂછીએ છીએ કે સેવા પોતાના વિસ્તારનાં GP ક્લિનિક સાથે કામ કરે છે. જો તમારું ક્લિનિક યાદીમાં ન હોય, તો તેના બદલે તમારો પોસ્ટકોડ વાપરવામાં આવશે.
refer-practice-list-choose = તમારું ક્લિનિક પસંદ કરો
refer-practice-list-not-listed = મારું ક્લિનિક યાદીમાં નથી
refer-secondary-care-legend = શું અત્યારે કોઈ કમ્યુનિટી માનસિક સ્વાસ્થ્ય ટીમ કે કટોકટી (ક્રાઇસિસ) ટીમ તમને મદદ કરી રહી છે?
refer-secondary-care-hint = જો હા, તો તે ટીમ તમારી સાથે મળીને ટૉકિંગ થેરાપીની વ્યવસ્થા કરી શકે છે.

## Not eligible

refer-not-eligible-title = કદાચ આ સેવા તમારા માટે યોગ્ય ન હોય
refer-not-eligible-phone = જો તમને લાગે કે આ ખોટું છે, અથવા તમને ખાતરી ન હોય, તો સેવાને ફોન કરો:
refer-not-eligible-change = પાછા જઈને તમારા જવાબો બદલો

## About you

refer-about-you-title = તમારા વિશે
refer-about-you-why = તમારા રેકોર્ડ શોધવા માટે, અને જરૂર પડે તો તમને પત્ર લખવા માટે અમે આ વિગતો વાપરીએ છીએ.
refer-given-name-label = પહેલું નામ
refer-family-name-label = અટક
refer-nhs-number-label = NHS નંબર (વૈકલ્પિક)
refer-nhs-number-hint = તે 10 અંકનો હોય છે, જેમ કે ⁦485 777 3456⁩. તે તમને NHS ના પત્રોમાં અથવા NHS App માં મળી શકે છે. તમે આ ખાલી છોડી શકો છો.
refer-address-line-1-label = સરનામાની લાઇન 1
refer-address-line-2-label = સરનામાની લાઇન 2 (વૈકલ્પિક)
refer-address-hint = તમારા ઘરનું સરનામું, જેથી સેવાને ખબર પડે કે તમે તેના વિસ્તારમાં રહો છો.
refer-town-label = ગામ કે શહેર

## Contact

refer-contact-title = અમે તમારો સંપર્ક કેવી રીતે કરીએ?
refer-contact-why = પહેલી મુલાકાત (ઍપોઇન્ટમેન્ટ) ગોઠવવા માટે સેવા તમારો સંપર્ક કરશે. અમને જણાવો કે તમારા માટે શું સલામત છે.
refer-phone-label = ફોન નંબર
refer-phone-hint = UK નો મોબાઇલ કે લૅન્ડલાઇન નંબર. આંતરરાષ્ટ્રીય નંબરો માટે શરૂઆતમાં + લખો.
refer-email-label = ઈમેલ સરનામું (વૈકલ્પિક)
refer-email-hint = ફક્ત ત્યારે જ, જો તમે ઇચ્છતા હો કે સેવા તમને ઈમેલ કરે.
refer-voicemail-legend = શું અમે વૉઇસમેઇલ સંદેશ છોડી શકીએ?
refer-voicemail-hint = સંદેશમાં એ જણાવાશે કે કોણ ફોન કરી રહ્યું છે, પણ શા માટે તે નહીં.
refer-texts-legend = શું અમે તમને ટેક્સ્ટ મેસેજ મોકલી શકીએ?
refer-safe-times-label = તમને ક્યારે ફોન કરવો સલામત છે? (વૈકલ્પિક)
refer-safe-times-hint = ઉદાહરણ તરીકે, અઠવાડિયાના દિવસોમાં સવારે, અથવા સાંજે 6 વાગ્યા પછી નહીં.

## More about you

refer-more-title = તમારી ભાષા, તમારા GP, અને તમે શેમાં મદદ ઇચ્છો છો
refer-more-why = આનાથી સેવા તમને યોગ્ય ભાષામાં યોગ્ય સહારો આપી શકે છે.
refer-language-label = તમે કઈ ભાષા વાપરવા માગો છો? (વૈકલ્પિક)
refer-language-hint = તમે મફતમાં દુભાષિયો (ઇન્ટરપ્રિટર) મેળવી શકો છો, British Sign Language (બ્રિટિશ સાંકેતિક ભાષા) સહિત.
refer-interpreter-legend = શું તમે દુભાષિયો ઇચ્છો છો?
refer-interpreter-language-label = જો હા, તો કઈ ભાષા? (વૈકલ્પિક)
refer-gp-label = તમારું GP ક્લિનિક
refer-gp-hint = ક્લિનિક (સર્જરી) નું નામ અને શહેર, ઉદાહરણ તરીકે Riverside Medical Centre, Anytown.
refer-help-with-label = તમે શેમાં મદદ ઇચ્છો છો? (વૈકલ્પિક)
refer-help-with-hint = તમારા પોતાના શબ્દોમાં. તમે ઇચ્છો તેટલું ઓછું કે વધારે લખો.

refer-help-topics-legend = તમે શેમાં મદદ ઇચ્છો છો? (વૈકલ્પિક)
refer-help-topics-hint = જે લાગુ પડતું હોય તે બધું પસંદ કરો.

## Equality questions

refer-equality-title = તમારા વિશે: વૈકલ્પિક પ્રશ્નો
refer-equality-why = આ પ્રશ્નોના જવાબ આપવા કે નહીં તે તમારી મરજી છે. સેવાઓ આ પ્રશ્નો એ તપાસવા પૂછે છે કે તેઓ બધા સાથે ન્યાયી છે, અને તેઓ કયા લોકો સુધી પહોંચી રહી નથી તે જાણવા માટે. તમારા જવાબોથી એ નથી બદલાતું કે તમને મદદ આપવામાં આવશે કે નહીં.
refer-ethnic-category-legend = તમારું વંશીય જૂથ કયું છે?
refer-gender-legend = તમારું જેન્ડર (લિંગ) શું છે?
refer-gender-same-legend = શું તમારું જેન્ડર એ જ છે, જે જન્મ સમયે તમારું લિંગ નોંધવામાં આવ્યું હતું?
refer-orientation-legend = તમારો જાતીય અભિગમ (સેક્સ્યુઅલ ઓરિએન્ટેશન) શું છે?
refer-religion-legend = તમારો ધર્મ કે માન્યતા શું છે?
refer-disability-legend = શું તમે માનો છો કે તમને કોઈ વિકલાંગતા (ડિસેબિલિટી) છે?
refer-long-term-legend = શું તમને કોઈ લાંબા ગાળાની શારીરિક સ્વાસ્થ્ય સમસ્યા છે, જેમ કે ડાયાબિટીસ, દમ (અસ્થમા) કે હૃદયરોગ?
refer-employment-legend = તમારી રોજગારની સ્થિતિ શું છે?
refer-veteran-legend = શું તમે UK ની સશસ્ત્ર સેનામાં સેવા આપી છે?
refer-perinatal-legend = શું તમે ગર્ભવતી છો, અથવા છેલ્લા 12 મહિનામાં તમને બાળક થયું છે?

## Consent

refer-consent-title = તમારી માહિતી શેર કરવી
refer-consent-why = સેવા તમારી માહિતી સુરક્ષિત રાખે છે અને તેનો ઉપયોગ ફક્ત તમારી મદદ કરવા માટે જ કરે છે.
refer-share-gp-legend = શું સેવા તમારા GP (ફેમિલી ડૉક્ટર) ને જણાવી શકે કે તમે જાતે અરજી કરી છે?
refer-share-gp-hint = તો પછી તમારા GP પણ તમને મદદ કરી શકે. જો તમે 'ના' કહો, તો પણ તમને જોઈ શકાય છે.
refer-privacy-consent-label = સેવા મારી માહિતી કેવી રીતે વાપરે છે તે મેં વાંચ્યું છે, અને હું મારી અરજી મોકલવા માટે સંમત છું.

## Check your answers

refer-check-title = મોકલતાં પહેલાં તમારા જવાબો તપાસો
refer-change = બદલો
refer-check-phq9 = તમારા PHQ-9 જવાબો (ઉદાસી)
refer-check-gad7 = તમારા GAD-7 જવાબો (ચિંતા અને ગભરાટ)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = સ્કોર { $score }
refer-check-remove = કાઢી નાખો
refer-check-send-title = હવે તમારી અરજી મોકલો
refer-check-send-saved = તમે તેને મોકલો ત્યારે, તમારી અરજી પહેલાં આ ડિવાઇસ પર સાચવવામાં આવે છે, પછી સેવાને મોકલવામાં આવે છે. જો કનેક્શન તૂટી જાય, તો Waymark જ્યારે પણ આ ડિવાઇસ પર ખુલ્લું હોય ત્યારે પ્રયાસ કરતું રહે છે, અને સેવાને અરજી મળે ત્યારે તમને જણાવે છે.
refer-check-send-memory = તમે તેને મોકલો ત્યારે, તમારી અરજી આ પાના પર રાખવામાં આવે છે, પછી સેવાને મોકલવામાં આવે છે. સેવાને અરજી મળી ગઈ છે એવું અહીં ન લખાય ત્યાં સુધી આ પાનું ખુલ્લું રાખો: જો પાનું પહેલાં બંધ થઈ જાય, તો અરજી ખોવાઈ જશે.
refer-check-already-sent = તમે આ જવાબો પહેલેથી મોકલી દીધા છે. તે બે વાર મોકલવામાં નહીં આવે.
refer-check-see-progress = તમારી અરજી ક્યાં સુધી પહોંચી છે તે જુઓ
refer-check-cannot-send = માફ કરશો, આ બ્રાઉઝર તમારી અરજી માટે સુરક્ષિત સંદર્ભ નંબર બનાવી શકતું નથી. કૃપા કરીને તેના બદલે સેવાને ફોન કરો.
refer-send = અરજી મોકલો
refer-sending = મોકલાઈ રહી છે…

## After sending

refer-sent-title = અરજી મોકલાઈ ગઈ છે
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = તમારો સંદર્ભ નંબર { $reference } છે.
refer-sent-next-title = હવે આગળ શું થશે
refer-sent-phone = જો તમે સેવા સાથે વાત કરવા માગતા હો, તો ફોન કરો:
refer-sent-none = આ ડિવાઇસ પર કોઈ અરજી નથી
refer-waiting-title = તમારી અરજી આ ડિવાઇસ પર સાચવેલી છે
refer-waiting-device-body = તે હજી સેવા સુધી પહોંચી નથી. Waymark જ્યારે પણ આ ડિવાઇસ પર ખુલ્લું હોય, કોઈ પણ પાના પર, ત્યારે પ્રયાસ કરતું રહે છે, અને સેવાને અરજી મળતાં જ અહીં જણાવે છે.
refer-waiting-page-title = તમારી અરજી આ પાના પર રાહ જોઈ રહી છે
refer-waiting-page-body = તે હજી સેવા સુધી પહોંચી નથી, અને તે ફક્ત આ પાના પર જ રાખેલી છે. આ પાનું ખુલ્લું રાખો: Waymark પ્રયાસ કરતું રહે છે, અને સેવાને અરજી મળતાં જ અહીં જણાવે છે. જો પાનું પહેલાં બંધ થઈ જાય, તો અરજી ખોવાઈ જશે.
refer-waiting-phone = તેમાં સામાન્ય કરતાં વધુ સમય લાગી રહ્યો છે. કદાચ તમે તેના બદલે સેવાને ફોન કરવાનું પસંદ કરો.
refer-try-again = હમણાં ફરી પ્રયાસ કરો
refer-rejected-title = સેવા તમારી અરજી ઑનલાઇન સ્વીકારી શકી નથી
refer-rejected-kept = તમારી અરજી હજી પણ ત્યાં જ રાખેલી છે જ્યાંથી તમે તેને મોકલી હતી, અને સેવાને તે મળી નથી. કૃપા કરીને તેના બદલે જાતે અરજી કરવા માટે સેવાને ફોન કરો, અથવા પછીથી ફરી પ્રયાસ કરો.
refer-receipt-title = આ ડિવાઇસ પર શું સાચવવામાં આવે છે
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = તમારા જવાબો આ ડિવાઇસ પરથી કાઢી નાખવામાં આવ્યા છે. ફક્ત ઉપરનો સંદર્ભ નંબર અને સેવાને અરજી મળી તે તારીખ ({ $date }) { $days ->
    [one] { $days } દિવસ
   *[other] { $days } દિવસ
} માટે રાખવામાં આવે છે, જેથી તમે ફોન કરો ત્યારે આ નંબર કહી શકો.
refer-receipt-delete = આ ડિવાઇસ પરથી સંદર્ભ નંબર કાઢી નાખો
