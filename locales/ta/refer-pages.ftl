# Waymark interface strings for the online referral pages, Tamil (ta),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl, checks.ftl, check-pages.ftl and referral.ftl):
# "referral" = பரிந்துரை; "refer yourself" = நீங்களே பரிந்துரை செய்யுங்கள்; "service" = சேவை;
# "GP practice" = GP மருத்துவ நிலையம் (surgery); "interpreter" = மொழிபெயர்ப்பாளர்.

## Start

refer-start-lead = உங்களைப் பற்றிக் கொஞ்சம் சொல்லுங்கள். எது உதவக்கூடும் என்று பேச, சேவை உங்களைத் தொடர்புகொள்ளும்.
refer-start-time = இதற்குச் சுமார் 10 நிமிடங்கள் ஆகும். அனுப்புவதற்கு முன், பின்சென்று உங்கள் பதில்களை மாற்றலாம்.
refer-start-draft = இந்தச் சாதனத்தில் முன்பு நீங்கள் அளித்த பதில்கள் சேமிக்கப்பட்டுள்ளன.
refer-start-resume = உங்கள் பரிந்துரையைத் தொடருங்கள்
refer-start-delete = என் பதில்களை நீக்குங்கள்
refer-start-waiting = உங்கள் பரிந்துரை ஒன்று அனுப்பப்படக் காத்திருக்கிறது. அதன் நிலையைப் பாருங்கள்.

## Eligibility

refer-eligibility-title = தொடங்குவதற்கு முன்
refer-eligibility-why = இந்தச் சேவை உங்களுக்குச் சரியானதா என்று பார்க்க, முதலில் இந்தக் கேள்விகளைக் கேட்கிறோம். சரியானது இல்லை என்றால், எங்கே உதவி பெறலாம் என்று சொல்வோம்.
refer-in-crisis-legend = இப்போது உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியாது என்று உணர்கிறீர்களா?
refer-in-crisis-shared-hint = பேச்சு சிகிச்சையால் உடனே உதவ முடியாது. நீங்கள் நெருக்கடியில் இருந்தால், இப்போதே எங்கே உதவி பெறலாம் என்று காட்டுவோம். அதன் பிறகு நீங்கள் பரிந்துரையை அனுப்பினால், நீங்கள் பாதுகாப்பாக இருக்கிறீர்களா என்று சரிபார்க்க, சேவை உங்கள் பதிலைப் பார்க்கும்.
refer-error-in-crisis-missing = இப்போது உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியாது என்று உணர்ந்தால், ஆம் என்பதைத் தேர்ந்தெடுங்கள்
refer-dob-legend = உங்கள் பிறந்த தேதி என்ன?
refer-dob-hint = உதாரணமாக, ⁦27 3 1985⁩. குறிப்பிட்ட வயதுடையவர்களை மட்டுமே சேவையால் பார்க்க முடியும் என்பதால் இதைக் கேட்கிறோம்.
refer-dob-day = நாள்
refer-dob-month = மாதம்
refer-dob-year = ஆண்டு
refer-postcode-label = உங்கள் அஞ்சல் குறியீடு (postcode) என்ன?
refer-postcode-hint = சேவை தன் பகுதியில் வசிப்பவர்களுக்காகச் செயல்படுவதால் இதைக் கேட்கிறோம்.
refer-practice-list-label = நீங்கள் எந்த GP மருத்துவ நிலையத்தில் பதிவு செய்துள்ளீர்கள்?
refer-practice-list-hint = சேவை தன் பகுதியில் உள்ள GP மருத்துவ நிலையங்களுடன் சேர்ந்து செயல்படுவதால் இதைக் கேட்கிறோம். உங்களுடையது பட்டியலில் இல்லை என்றால், அதற்குப் பதிலாக உங்கள் அஞ்சல் குறியீடு பயன்படுத்தப்படும்.
refer-practice-list-choose = உங்கள் மருத்துவ நிலையத்தைத் தேர்ந்தெடுங்கள்
refer-practice-list-not-listed = என் மருத்துவ நிலையம் பட்டியலில் இல்லை
refer-secondary-care-legend = இப்போது ஒரு சமூக மனநலக் குழுவோ நெருக்கடி நேரக் குழுவோ (crisis team) உங்களுக்கு உதவி வருகிறதா?
refer-secondary-care-hint = அப்படியென்றால், அந்தக் குழுவே உங்களுடன் சேர்ந்து பேச்சு சிகிச்சைக்கு ஏற்பாடு செய்யலாம்.

## Not eligible

refer-not-eligible-title = இந்தச் சேவை உங்களுக்குச் சரியானதாக இல்லாமல் இருக்கலாம்
refer-not-eligible-phone = இது தவறு என்று நினைத்தால், அல்லது உறுதியாகத் தெரியவில்லை என்றால், சேவையை அழையுங்கள்:
refer-not-eligible-change = பின்சென்று உங்கள் பதில்களை மாற்றுங்கள்

## About you

refer-about-you-title = உங்களைப் பற்றி
refer-about-you-why = உங்கள் பதிவுகளைக் கண்டுபிடிக்கவும், தேவைப்பட்டால் உங்களுக்குக் கடிதம் எழுதவும் இந்த விவரங்களைப் பயன்படுத்துகிறோம்.
refer-given-name-label = முதல் பெயர்
refer-family-name-label = கடைசிப் பெயர் (குடும்பப் பெயர்)
refer-nhs-number-label = NHS எண் (விருப்பத்துக்குரியது)
refer-nhs-number-hint = இது 10 இலக்க எண், உதாரணமாக ⁦485 777 3456⁩. NHS அனுப்பிய கடிதங்களில் அல்லது NHS App-இல் இதைக் காணலாம். இதைக் காலியாக விடலாம்.
refer-address-line-1-label = முகவரி வரி 1
refer-address-line-2-label = முகவரி வரி 2 (விருப்பத்துக்குரியது)
refer-address-hint = உங்கள் வீட்டு முகவரி. நீங்கள் அதன் பகுதியில் வசிக்கிறீர்கள் என்று சேவை தெரிந்துகொள்ள இது உதவும்.
refer-town-label = ஊர் அல்லது நகரம்

## Contact

refer-contact-title = நாங்கள் உங்களை எப்படித் தொடர்புகொள்ளலாம்?
refer-contact-why = முதல் சந்திப்புக்கு (appointment) ஏற்பாடு செய்ய சேவை உங்களைத் தொடர்புகொள்ளும். உங்களுக்கு எது பாதுகாப்பானது என்று சொல்லுங்கள்.
refer-phone-label = தொலைபேசி எண்
refer-phone-hint = UK கைபேசி அல்லது வீட்டுத் தொலைபேசி எண். சர்வதேச எண்கள் என்றால் + உடன் தொடங்குங்கள்.
refer-email-label = மின்னஞ்சல் முகவரி (விருப்பத்துக்குரியது)
refer-email-hint = சேவை உங்களுக்கு மின்னஞ்சல் அனுப்புவது உங்களுக்குச் சம்மதம் என்றால் மட்டும்.
refer-voicemail-legend = நாங்கள் குரல் அஞ்சல் (voicemail) செய்தி விடலாமா?
refer-voicemail-hint = யார் அழைக்கிறார்கள் என்று செய்தியில் இருக்கும், ஆனால் ஏன் என்று இருக்காது.
refer-texts-legend = நாங்கள் உங்களுக்குக் குறுஞ்செய்திகள் அனுப்பலாமா?
refer-safe-times-label = உங்களை எப்போது அழைப்பது பாதுகாப்பானது? (விருப்பத்துக்குரியது)
refer-safe-times-hint = உதாரணமாக, வார நாட்களில் காலை நேரம், அல்லது மாலை 6 மணிக்குப் பிறகு வேண்டாம்.

## More about you

refer-more-title = உங்கள் மொழி, உங்கள் GP, உங்களுக்கு எதில் உதவி வேண்டும்
refer-more-why = சரியான மொழியில் சரியான ஆதரவை உங்களுக்கு வழங்க இது சேவைக்கு உதவும்.
refer-language-label = நீங்கள் எந்த மொழியைப் பயன்படுத்த விரும்புகிறீர்கள்? (விருப்பத்துக்குரியது)
refer-language-hint = British Sign Language (பிரிட்டிஷ் சைகை மொழி) உட்பட, மொழிபெயர்ப்பாளர் உதவியை இலவசமாகப் பெறலாம்.
refer-interpreter-legend = உங்களுக்கு மொழிபெயர்ப்பாளர் வேண்டுமா?
refer-interpreter-language-label = ஆம் என்றால், எந்த மொழி? (விருப்பத்துக்குரியது)
refer-gp-label = உங்கள் GP மருத்துவ நிலையம்
refer-gp-hint = மருத்துவ நிலையத்தின் (surgery) பெயரும் ஊரும், உதாரணமாக Riverside Medical Centre, Anytown.
refer-help-with-label = உங்களுக்கு எதில் உதவி வேண்டும்? (விருப்பத்துக்குரியது)
refer-help-with-hint = உங்கள் சொந்த வார்த்தைகளில் எழுதுங்கள். எவ்வளவு குறைவாகவோ அதிகமாகவோ எழுதலாம்.

refer-help-topics-legend = உங்களுக்கு எதில் உதவி வேண்டும்? (விருப்பத்துக்குரியது)
refer-help-topics-hint = பொருந்தும் எல்லாவற்றையும் தேர்ந்தெடுங்கள்.

## Equality questions

refer-equality-title = உங்களைப் பற்றி: விருப்பத்துக்குரிய கேள்விகள்
refer-equality-why = இந்தக் கேள்விகளுக்குப் பதில் அளிப்பது உங்கள் விருப்பம். சேவைகள் எல்லோருக்கும் நியாயமாக இருக்கின்றனவா என்றும், யாரை அவை சென்றடையவில்லை என்றும் தெரிந்துகொள்ள இவற்றைக் கேட்கின்றன. உங்களுக்கு உதவி வழங்கப்படுமா என்பதை உங்கள் பதில்கள் மாற்றாது.
refer-ethnic-category-legend = உங்கள் இனக் குழு எது?
refer-gender-legend = உங்கள் பாலினம் என்ன?
refer-gender-same-legend = பிறந்தபோது பதிவு செய்யப்பட்ட பாலினமும் உங்கள் பாலினமும் ஒன்றா?
refer-orientation-legend = உங்கள் பாலீர்ப்பு (sexual orientation) என்ன?
refer-religion-legend = உங்கள் மதம் அல்லது நம்பிக்கை என்ன?
refer-disability-legend = உங்களுக்கு ஏதாவது மாற்றுத்திறன் (disability) இருப்பதாக நீங்கள் கருதுகிறீர்களா?
refer-long-term-legend = நீரிழிவு (சர்க்கரை நோய்), ஆஸ்துமா, இதய நோய் போன்ற நீண்டகால உடல்நலப் பிரச்சினை ஏதாவது உங்களுக்கு உள்ளதா?
refer-employment-legend = உங்கள் வேலை நிலை என்ன?
refer-veteran-legend = நீங்கள் UK ஆயுதப் படைகளில் பணியாற்றியிருக்கிறீர்களா?
refer-perinatal-legend = நீங்கள் கர்ப்பமாக இருக்கிறீர்களா, அல்லது கடந்த 12 மாதங்களில் உங்களுக்குக் குழந்தை பிறந்ததா?

## Consent

refer-consent-title = உங்கள் தகவலைப் பகிர்தல்
refer-consent-why = சேவை உங்கள் தகவலைப் பாதுகாப்பாக வைத்திருக்கும், உங்களுக்கு உதவ மட்டுமே அதைப் பயன்படுத்தும்.
refer-share-gp-legend = நீங்களே பரிந்துரை செய்துள்ளீர்கள் என்று சேவை உங்கள் GP-இடம் சொல்லலாமா?
refer-share-gp-hint = அப்போது உங்கள் GP-யும் உங்களுக்கு ஆதரவு அளிக்க முடியும். நீங்கள் வேண்டாம் என்று சொன்னாலும் உங்களைப் பார்ப்பார்கள்.
refer-privacy-consent-label = சேவை என் தகவலை எப்படிப் பயன்படுத்துகிறது என்று படித்துவிட்டேன், என் பரிந்துரையை அனுப்ப ஒப்புக்கொள்கிறேன்.

## Check your answers

refer-check-title = அனுப்புவதற்கு முன் உங்கள் பதில்களைச் சரிபாருங்கள்
refer-change = மாற்றுங்கள்
refer-check-phq9 = உங்கள் PHQ-9 பதில்கள் (மனச்சோர்வு)
refer-check-gad7 = உங்கள் GAD-7 பதில்கள் (கவலை மற்றும் பதற்றம்)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = மதிப்பெண் { $score }
refer-check-remove = நீக்குங்கள்
refer-check-send-title = இப்போது உங்கள் பரிந்துரையை அனுப்புங்கள்
refer-check-cannot-send = மன்னிக்கவும், உங்கள் பரிந்துரைக்குப் பாதுகாப்பான குறிப்பு எண்ணை இந்த பிரவுசரால் உருவாக்க முடியவில்லை. அதற்குப் பதிலாகத் தயவுசெய்து சேவையை அழையுங்கள்.
refer-send = பரிந்துரையை அனுப்புங்கள்

## After sending

refer-sent-title = பரிந்துரை அனுப்பப்பட்டது
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = உங்கள் குறிப்பு எண் { $reference }.
refer-sent-next-title = அடுத்து என்ன நடக்கும்
refer-sent-phone = சேவையுடன் பேச விரும்பினால், அழையுங்கள்:
refer-sent-none = இந்தச் சாதனத்தில் எந்தப் பரிந்துரையும் இல்லை
refer-waiting-title = உங்கள் பரிந்துரை இந்தச் சாதனத்தில் சேமிக்கப்பட்டுள்ளது
refer-waiting-phone = வழக்கத்தை விட அதிக நேரம் ஆகிறது. விரும்பினால், அதற்குப் பதிலாகச் சேவையை அழைக்கலாம்.
refer-rejected-title = சேவையால் உங்கள் பரிந்துரையை ஆன்லைனில் ஏற்க முடியவில்லை
