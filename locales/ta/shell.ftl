# Waymark interface strings for the app shell, Tamil (ta), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = பேச்சு சிகிச்சை; "refer yourself" = நீங்களே பரிந்துரை செய்யுங்கள்;
# "referral" = பரிந்துரை; "service" = சேவை; "GP" = GP (குடும்ப மருத்துவர்);
# "device" = சாதனம்; "diagnosis" = நோயறிதல்; "questionnaire" = கேள்வித்தாள்.
# Common written Tamil usable by Sri Lankan and Indian Tamil readers; polite "நீங்கள்" form.

## App shell

app-loading = ஏற்றப்படுகிறது…
app-skip-link = முக்கியப் பகுதிக்குச் செல்லுங்கள்
app-help-now = இப்போதே உதவி பெறுங்கள்
app-nav-label = முதன்மை மெனு
app-nav-home = முகப்பு
app-nav-learn = தெரிந்துகொள்ளுங்கள்
app-nav-check = நீங்கள் எப்படி இருக்கிறீர்கள் என்று சரிபாருங்கள்
app-nav-refer = நீங்களே பரிந்துரை செய்யுங்கள்
app-nav-privacy = தனியுரிமையும் அமைப்புகளும்
app-storage-unavailable = இந்த பிரவுசர் Waymark-ஐ எதையும் சேமிக்க விடவில்லை. அதனால் இந்தப் பக்கத்தை மூடிய பிறகு எதுவும் நினைவில் வைக்கப்படாது. மற்ற எல்லாமே வேலை செய்யும்.
app-footer-not-crisis = பேச்சு சிகிச்சை ஓர் அவசர சேவை அல்ல.
app-referral-waiting = இந்தச் சாதனத்தில் உங்கள் பரிந்துரை ஒன்று சேமிக்கப்பட்டுள்ளது. அது இன்னும் சேவையைச் சென்றடையவில்லை.
app-referral-waiting-link = அதைப் பார்த்து அனுப்புங்கள்
needs-app-body = தளத்தின் இந்தப் பகுதிக்குப் புதிய இணைய பிரவுசர் தேவை, அல்லது JavaScript இயக்கப்பட்டிருக்க வேண்டும். இருந்தாலும் நீங்களே பரிந்துரை செய்யலாம், அல்லது சேவையிடம் எதையும் கேட்கலாம்:
needs-app-phone = அழையுங்கள்:
needs-app-email = மின்னஞ்சல் அனுப்புங்கள்:
needs-app-help = உங்களுக்கு இப்போதே உதவி தேவை என்றால்:
app-saved-unreadable = இந்தச் சாதனத்தில் சேமிக்கப்பட்ட சில பதில்களை மீண்டும் படிக்க முடியவில்லை. அவை தனியாக வைக்கப்பட்டுள்ளன, நீக்கப்படவில்லை. என்ன வைக்கப்பட்டுள்ளது என்பதைத் தனியுரிமைப் பக்கத்தில் பார்க்கலாம், அதை நீக்கவும் செய்யலாம்.
feature-failed-title = சேவையின் இந்தப் பகுதியை ஏற்ற முடியவில்லை
feature-failed-body = உங்கள் இணைய இணைப்பைச் சரிபார்த்து, பக்கத்தை மீண்டும் ஏற்றுங்கள். உங்களுக்கு இப்போதே உதவி தேவை என்றால், பக்கத்தின் மேலே உள்ள "இப்போதே உதவி பெறுங்கள்" இணைப்பைப் பயன்படுத்துங்கள்.

## Shared-device mode (outreach tablets)

shared-notice = பகிரப்படும் சாதனம்: நீங்கள் முடித்த பிறகு தனிப்பட்ட எதுவும் இதில் வைக்கப்படாது.
shared-finish = முடித்து நீக்குங்கள்
shared-unsent-warning = ஒரு பரிந்துரை இன்னும் அனுப்பப்படவில்லை. அது இந்தப் பக்கத்தில் மட்டுமே வைக்கப்பட்டுள்ளது. அதனால் இப்போது முடித்தால் அது இழக்கப்படும். அது அனுப்பப்படும் வரை காத்திருங்கள், அல்லது அந்த நபரின் விவரங்களை வேறு வழியில் பெற்றுக்கொள்ளுங்கள்.
shared-finish-anyway = இருந்தாலும் முடியுங்கள்
shared-finish-when-sent = காத்திருந்து, அனுப்பப்பட்டதும் முடியுங்கள்
shared-waiting-to-send = சேவை பரிந்துரையைப் பெறும் வரை காத்திருக்கிறது. சேவை அதைப் பெற்றதும் இந்தப் பக்கம் தானாகவே நீக்கப்படும்.
shared-unsent-call = அல்லது தொலைபேசி மூலம் பரிந்துரை செய்யச் சேவையை அழையுங்கள்:
shared-timeout-title = நீங்கள் இன்னும் இங்கே இருக்கிறீர்களா?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = தனியுரிமையைக் காக்க, இந்தப் பக்கத்தில் உள்ள அனைத்தும் { $seconds ->
    [one] { $seconds } வினாடியில்
   *[other] { $seconds } வினாடிகளில்
} நீக்கப்படும்.
shared-timeout-continue = நான் இன்னும் இங்கே இருக்கிறேன்

## Quick exit

quick-exit-label = உடனே வெளியேறுங்கள்
quick-exit-button = இந்தப் பக்கத்தை விட்டு வெளியேறுங்கள்
quick-exit-hint = அல்லது Shift பொத்தானை 3 முறை அழுத்துங்கள்.

## Language switcher

language-switcher-label = மொழி
language-switcher-failed = மன்னிக்கவும், அந்த மொழியை ஏற்ற முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலுங்கள்.

## Home

home-title = பேச்சு சிகிச்சை: உங்கள் மனநிலைக்கு ஆதரவு
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = மனம் சோர்வாக, பதற்றமாக அல்லது மன அழுத்தமாக உணரும் பெரியவர்களுக்கு { $service } இலவச NHS பேச்சு சிகிச்சையை வழங்குகிறது. பொதுவான பிரச்சினைகளைப் பற்றித் தெரிந்துகொள்ளலாம், சமீபத்தில் நீங்கள் எப்படி உணர்கிறீர்கள் என்று சரிபார்க்கலாம், நீங்களே பரிந்துரையும் செய்யலாம்.
home-learn-title = தெரிந்துகொண்டு, நீங்களே முயன்று பாருங்கள்
home-learn-body = மனச்சோர்வு, கவலை, திடீர் பீதி, தூக்கம் மற்றும் பலவற்றைப் பற்றிப் படியுங்கள். இன்றே செய்து பார்க்கக்கூடிய சிறு பயிற்சிகளும் உள்ளன.
home-check-title = சமீபத்தில் எப்படி உணர்கிறீர்கள் என்று சரிபாருங்கள்
home-check-body = சில சிறிய கேள்விகளுக்குப் பதில் சொல்லுங்கள். உங்கள் பதில்கள் இந்தச் சாதனத்திலேயே இருக்கும்.
home-refer-title = நீங்களே பரிந்துரை செய்யுங்கள்
home-refer-body = முதலில் உங்கள் GP (குடும்ப மருத்துவர்)-ஐப் பார்க்க வேண்டியதில்லை.
home-not-crisis = உங்களுக்கு இப்போதே உதவி தேவை என்றால், காத்திருக்க வேண்டாம்.

## Learn

learn-title = தெரிந்துகொண்டு, நீங்களே முயன்று பாருங்கள்
learn-lead = பொதுவான பிரச்சினைகள் பற்றிய தகவலும், நன்றாக உணர நீங்கள் முயன்று பார்க்கக்கூடியவையும்.
learn-refer-link = பேச்சு சிகிச்சைக்கு நீங்களே பரிந்துரை செய்யுங்கள்
learn-loading = ஏற்றப்படுகிறது…
learn-pack-failed = சுய உதவித் தலைப்புகளை ஏற்ற முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலுங்கள்.
learn-topics-title = தலைப்புகள்
learn-for-me-title = எனக்கான தகவல்கள்
learn-for-me-hint = ஒரு குழுவைத் தேர்ந்தெடுங்கள். உங்களைப் போன்றவர்களை மனதில் வைத்து எழுதப்பட்ட தகவல்களைப் பார்க்கலாம். நீங்கள் தேர்ந்தெடுத்ததை Waymark நினைவில் வைப்பதில்லை.
learn-for-me-label = யாருக்கான தகவல்களைக் காட்ட வேண்டும்
learn-for-me-everyone = அனைவருக்கும்
learn-for-me-intro = இந்தக் குழுவுக்காக எழுதப்பட்டது:
learn-related-topics = உதவக்கூடிய தலைப்புகள்
learn-all-topics = எல்லாத் தலைப்புகளும்
learn-not-found = அந்தப் பெயரில் எந்தத் தலைப்பும் இல்லை. அது வேறு இடத்துக்கு மாற்றப்பட்டிருக்கலாம்.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = இந்தப் பக்கம் இன்னும் { $language } மொழியில் கிடைக்கவில்லை.
learn-read-in-english = ஆங்கிலத்தில் படியுங்கள்
learn-in-english-note = இந்தப் பக்கம் இன்னும் மொழிபெயர்க்கப்படவில்லை, அதனால் ஆங்கிலத்தில் காட்டப்படுகிறது.
learn-status-reviewed = ஒரு மருத்துவ நிபுணர் சரிபார்த்துள்ளார்.
learn-status-draft = இன்னும் எந்த மருத்துவ நிபுணரும் சரிபார்க்கவில்லை.
learn-status-machine = கணினியால் மொழிபெயர்க்கப்பட்டது, இன்னும் யாரும் சரிபார்க்கவில்லை. சில சொற்கள் தவறாக இருக்கலாம்.
learn-tools-label = பக்கக் கருவிகள்
learn-read-aloud = சத்தமாக வாசிக்கவும்
learn-stop-reading = வாசிப்பதை நிறுத்தவும்
learn-text-size = எழுத்தின் அளவு
learn-text-size-standard = வழக்கமான அளவு
learn-text-size-large = பெரியது
learn-text-size-largest = மிகப் பெரியது
learn-print = இந்தப் பக்கத்தை அச்சிடுங்கள்
learn-next-title = அடுத்து நீங்கள் செய்யக்கூடியவை
learn-next-check = சமீபத்தில் எப்படி உணர்கிறீர்கள் என்று சரிபாருங்கள்
learn-next-refer = பேச்சு சிகிச்சைக்கு நீங்களே பரிந்துரை செய்யுங்கள்
learn-next-help = உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியவில்லை என்றால், இப்போதே உதவி பெறுங்கள்

## Check

check-title = சமீபத்தில் எப்படி உணர்கிறீர்கள் என்று சரிபாருங்கள்
check-lead = பல NHS பேச்சு சிகிச்சை சேவைகள் பயன்படுத்தும் சிறிய கேள்வித்தாள்கள்.
check-not-a-diagnosis = நீங்கள் எப்படி இருந்தீர்கள் என்று யோசிக்க உங்கள் பதில்கள் உதவுகின்றன. அவை நோயறிதல் (diagnosis) அல்ல.
## Refer

refer-title = நீங்களே பரிந்துரை செய்யுங்கள்
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = { $service }-க்கு நீங்களே பரிந்துரை செய்யலாம். முதலில் உங்கள் GP-ஐப் பார்க்க வேண்டியதில்லை.
refer-online-coming = Waymark-இன் இந்தப் பதிப்பில் ஆன்லைன் படிவம் இன்னும் இல்லை. தொலைபேசி மூலம் நீங்களே பரிந்துரை செய்யலாம்.
refer-not-online = இந்தச் சேவை ஆன்லைனில் பரிந்துரைகளை ஏற்பதில்லை. தொலைபேசி மூலம் நீங்களே பரிந்துரை செய்யலாம்.
refer-by-phone = தொலைபேசி மூலம் பரிந்துரை செய்யுங்கள்
refer-by-email = அல்லது மின்னஞ்சல் அனுப்புங்கள்:
refer-what-next = சேவையைச் சேர்ந்த ஒருவர் உங்களுடன் பேசுவார்: உங்களுக்கு எது உதவக்கூடும், நீங்கள் எவ்வளவு காலம் காத்திருக்க வேண்டியிருக்கலாம் என்று.

## Get help now

help-title = இப்போதே உதவி பெறுங்கள்
help-lead = உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியாது என்று உணர்ந்தால், அல்லது நீங்கள் நெருக்கடியில் இருந்தால், உடனே உதவி பெறுங்கள்.
help-not-crisis-service = பேச்சு சிகிச்சை சேவைகள் நெருக்கடி நேர (அவசர) சேவைகள் அல்ல. ஆனால் நீங்கள் பாதுகாப்பாக உணர்ந்த பிறகு அவை உதவ முடியும்.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = உங்கள் உயிருக்கு இப்போது ஆபத்து இருந்தால், { $number } என்ற எண்ணை அழையுங்கள் அல்லது A&E-க்கு (மருத்துவமனை அவசர சிகிச்சைப் பிரிவுக்கு) செல்லுங்கள்.
crisis-emergency-body = உதாரணமாக, நீங்கள் உங்களைக் கடுமையாகக் காயப்படுத்திக்கொண்டிருந்தால், அல்லது உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியாது என்று உணர்ந்தால்.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, தேர்வு { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } என்ற எண்ணை அழைத்து, தேர்வு { $option }-ஐத் தேர்ந்தெடுங்கள். இது எல்லா வயதினருக்குமான, 24 மணி நேர NHS மனநல நெருக்கடி உதவி எண். மொழிபெயர்ப்பாளர்கள் கிடைப்பார்கள்.
crisis-samaritans-body = இரவு பகல் எந்த நேரத்திலும் இலவசமாக அழைத்து, எதைப் பற்றியும் பேசலாம்.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = பேசுவதை விட குறுஞ்செய்தி அனுப்புவது உங்களுக்கு எளிது என்றால், இரவு பகல் எந்த நேரத்திலும் { $number } என்ற எண்ணுக்கு { $keyword } என்று குறுஞ்செய்தி அனுப்புங்கள்.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = தற்கொலை எண்ணங்கள் உள்ள { $age } வயதுக்குட்பட்டவர்களுக்கும், அவர்களைப் பற்றிக் கவலைப்படுபவர்களுக்கும். இரவு பகல் எந்த நேரத்திலும் தொலைபேசியில் அழைக்கலாம் அல்லது குறுஞ்செய்தி அனுப்பலாம்.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } வயதுக்குட்பட்ட குழந்தைகளுக்கும் இளைஞர்களுக்கும்.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $number } என்ற எண்ணுக்கு { $keyword } என்று குறுஞ்செய்தி அனுப்புங்கள்
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } என்ற எண்ணுக்குக் குறுஞ்செய்தி அனுப்புங்கள்

## Privacy and settings

privacy-title = தனியுரிமையும் அமைப்புகளும்
privacy-lead = Waymark உங்கள் பிரவுசரிலேயே இயங்குகிறது. இதில் குக்கீகள் இல்லை, உங்களைக் கண்காணிப்பது இல்லை, விளம்பரங்கள் இல்லை.
privacy-kept-title = இந்தச் சாதனத்தில் வைக்கப்படுபவை
privacy-kept-nothing = இந்தச் சாதனத்தில் எதுவும் வைக்கப்படுவதில்லை.
privacy-stored-language = நீங்கள் தேர்ந்தெடுத்த மொழி.
privacy-stored-check-progress = நீங்கள் முடிக்காத கேள்வித்தாளுக்கான பதில்கள் (இந்த டேபை மூடும் வரை மட்டுமே வைக்கப்படும்).
privacy-stored-history = நீங்கள் வைத்துக்கொள்ளத் தேர்ந்தெடுத்த கேள்வித்தாள் முடிவுகள்.
privacy-stored-referral-draft = நீங்கள் இன்னும் அனுப்பாத பரிந்துரைக்கான பதில்கள்.
privacy-stored-outbox-undelivered = இன்னும் சேவையைச் சென்றடையாத பரிந்துரைகள்.
privacy-stored-receipts = சேவை பெற்ற பரிந்துரைகளின் குறிப்பு எண்கள், தேதியுடன். உங்கள் பதில்கள் எதுவும் இல்லை.
privacy-stored-unreadable = இந்தச் சாதனத்தால் மீண்டும் படிக்க முடியாத, சேமிக்கப்பட்ட பதில்கள் அல்லது பரிந்துரைகள்; நீக்கப்படாமல் தனியாக வைக்கப்பட்டவை.
privacy-stored-text-size = படிப்பதற்காக நீங்கள் தேர்ந்தெடுத்த எழுத்தின் அளவு.
privacy-stored-shared-device = இந்தச் சாதனம் பகிரப்படும் சாதன முறையில் உள்ளது என்ற தகவல் (பணியாளரின் குறியீடு, படிக்க முடியாத வடிவில்).
privacy-delete-all = இந்தச் சாதனத்தில் வைக்கப்பட்ட அனைத்தையும் நீக்குங்கள்
privacy-deleted-everything = இந்தச் சாதனத்தில் Waymark வைத்திருந்த அனைத்தும் நீக்கப்பட்டன, ஆஃப்லைனில் படிக்க வைக்கப்பட்ட பக்கங்கள் உட்பட.
privacy-delete-unsent-warning = ஒரு பரிந்துரை இன்னும் சேவையைச் சென்றடையவில்லை. இப்போது அனைத்தையும் நீக்கினால், அது அனுப்பப்படாது.
privacy-delete-anyway = இருந்தாலும் அனைத்தையும் நீக்குங்கள்
privacy-shared-title = பகிரப்படும் சாதன முறை, சமூகப் பணியாளர்களுக்கு
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = ஒரு நாளில் பலர் பயன்படுத்தும் டேப்லெட்டில் இதைப் பயன்படுத்துங்கள். சாதனத்தில் தனிப்பட்ட எதுவும் வைக்கப்படாது. "முடித்து நீக்குங்கள்" என்பதை அழுத்தும்போது, அல்லது { $minutes ->
    [one] { $minutes } நிமிடம்
   *[other] { $minutes } நிமிடங்கள்
} பயன்படுத்தப்படாமல் இருந்தால், அனைத்தும் நீக்கப்படும்.
privacy-worker-title = சமூகப் பணியாளர்களுக்கு: இந்தச் சாதனத்தில் காத்திருக்கும் பரிந்துரைகள்
privacy-worker-check = சரிபாருங்கள்
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] இந்தச் சாதனத்தில் எந்தப் பரிந்துரையும் காத்திருக்கவில்லை.
    [one] { $count } பரிந்துரை சேவையைச் சென்றடைய இந்தச் சாதனத்தில் காத்திருக்கிறது. அது அனுப்பப்படும் வரை Waymark-ஐத் திறந்தும் இணையத்துடன் இணைத்தும் வைத்திருங்கள்.
   *[other] { $count } பரிந்துரைகள் சேவையைச் சென்றடைய இந்தச் சாதனத்தில் காத்திருக்கின்றன. அவை அனுப்பப்படும் வரை Waymark-ஐத் திறந்தும் இணையத்துடன் இணைத்தும் வைத்திருங்கள்.
}
privacy-shared-sealed-kept = ஒரே விதிவிலக்கு, இன்னும் சேவையைச் சென்றடையாத பரிந்துரை. அது அனுப்பப்படும் வரை, சேவையால் மட்டுமே திறக்க முடியும்படி பூட்டப்பட்டு, சாதனத்தில் வைக்கப்படும். சாதனத்தைப் பயன்படுத்தும் யாராலும் அதையோ, அது யாரிடமிருந்து வந்தது என்பதையோ பார்க்க முடியாது.
privacy-shared-by-service = சேவை இந்த முறையை எல்லாச் சாதனங்களிலும் இயக்கியுள்ளது.
privacy-shared-is-on = இந்தச் சாதனத்தில் பகிரப்படும் சாதன முறை இயக்கத்தில் உள்ளது.
privacy-shared-code-label = பணியாளர் குறியீடு
privacy-shared-code-hint = குறைந்தது 4 இலக்கங்கள். இந்த முறையை நிறுத்த உங்களுக்கு இது தேவை. அதனால் நீங்கள் உதவும் நபரால் இதை நிறுத்த முடியாது.
privacy-shared-turn-on = இந்தச் சாதனத்தில் இயக்குங்கள்
privacy-shared-turn-off = நிறுத்துங்கள்
privacy-shared-code-error = குறைந்தது 4 இலக்கங்கள் உள்ள பணியாளர் குறியீட்டை உள்ளிடுங்கள்.
privacy-shared-wrong-code = இது இந்தச் சாதனத்துக்கான பணியாளர் குறியீடு அல்ல.
privacy-private-browsing-title = இந்தச் சாதனத்தை மற்றவர்களும் பயன்படுத்தினால்
privacy-private-browsing-body = தனிப்பட்ட (private அல்லது incognito) சாளரத்தைப் பயன்படுத்துங்கள். அப்போது சாளரத்தை மூடியதும், இந்த வருகையின் எதுவும் பிரவுசரில் இருக்காது.
privacy-history-body = எந்த இணையதளத்தாலும் உங்கள் பிரவுசிங் வரலாற்றை (நீங்கள் பார்த்த பக்கங்களின் பட்டியலை) நீக்க முடியாது. யாராவது பார்த்துவிடுவார்கள் என்று கவலைப்பட்டால், உங்கள் பிரவுசரின் அமைப்புகளில் நீங்களே அதை நீக்கலாம்.
privacy-sent-title = அனுப்பப்படுபவை
privacy-sent-body = நீங்கள் பரிந்துரை அனுப்பினால் மட்டுமே இந்தச் சாதனத்திலிருந்து ஏதாவது வெளியே போகும். பரிந்துரை சேவைக்கு மட்டுமே போகும்.
privacy-notice-link = சேவையின் தனியுரிமை அறிவிப்பைப் படியுங்கள்
privacy-admin-warnings = சேவை நிர்வாகிகளுக்கு: அமைப்பு (configuration) எச்சரிக்கைகள்

## Not found

not-found-title = பக்கம் கிடைக்கவில்லை
not-found-body = இணைய முகவரியை நீங்களே தட்டச்சு செய்திருந்தால், அது சரியாக உள்ளதா என்று பாருங்கள். ஓர் இணைப்பைப் பின்தொடர்ந்து வந்திருந்தால், அந்தப் பக்கம் வேறு இடத்துக்கு மாற்றப்பட்டிருக்கலாம்.
not-found-home = முகப்புப் பக்கத்துக்குச் செல்லுங்கள்

## Configuration error (for the service's admin)

admin-error-title = மன்னிக்கவும், இந்தச் சேவை இப்போது வேலை செய்யவில்லை
admin-error-public = உங்களுக்கு இப்போதே உதவி தேவை என்றால்:
admin-error-for-admins = சேவையின் நிர்வாகிக்கு
admin-error-file = கோப்பு
admin-error-field = புலம்
admin-error-problem = பிரச்சினை
admin-error-docs = ஒவ்வொரு புலத்தையும் அதன் வடிவத்தையும் அறிய docs/configuration.md-ஐப் பாருங்கள்.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file }-ஐ ஏற்ற முடியவில்லை: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } கோப்பில் வரி { $line }, நெடுவரிசை { $column }-இல் சரியான JSON இல்லை: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = மதிப்பு இல்லை, அல்லது தவறான வகையில் உள்ளது: { $detail }.
admin-error-empty = மதிப்பு காலியாக இருக்கக் கூடாது.
admin-error-not-secure-url = மதிப்பு ஒரு https:// முகவரியாக இருக்க வேண்டும். சோதிக்கும்போது 127.0.0.1 அல்லது localhost-க்கு மட்டுமே http:// அனுமதிக்கப்படும்.
admin-error-not-email = மதிப்பு ஒரு மின்னஞ்சல் முகவரி அல்ல.
admin-error-no-known-language = பட்டியலில் உள்ள எந்த மொழியும் Waymark-இன் இந்தப் பதிப்பில் கிடைக்கவில்லை.
admin-error-not-public-key = மதிப்பு "receiver keygen" உருவாக்கிய பொது விசை (public key) அல்ல (43 குறிகள்: எழுத்துகள், இலக்கங்கள், - அல்லது _).
admin-error-no-parent-origin = உட்பொதித்தல் (embedding) இயக்கத்தில் உள்ளது, ஆனால் எந்த இணையதளத்துக்கும் Waymark-ஐ உட்பொதிக்க அனுமதி இல்லை. ஒவ்வொரு இணையதளத்தையும் embed.allowed_parent_origins-இல் பட்டியலிடுங்கள்.
admin-error-not-origin = மதிப்பு ஓர் இணையதளத்தின் origin ஆக இருக்க வேண்டும், எடுத்துக்காட்டாக https://www.example.nhs.uk. அதில் பாதை (path) அல்லது * இருக்கக் கூடாது.
admin-error-out-of-range = எண் 0-ஐ விட அதிகமாகவும், அதிகபட்சம் 120 நிமிடங்களாகவும் இருக்க வேண்டும்.
admin-error-out-of-range-days = எண், 1 முதல் 365 வரையிலான முழு எண்ணிக்கையிலான நாட்களாக இருக்க வேண்டும்.
admin-error-not-phone-number = மதிப்பு, மக்கள் அழைக்கக்கூடிய ஒரு தொலைபேசி எண்ணாக இருக்க வேண்டும், எடுத்துக்காட்டாக ⁦0113 496 0000⁩ அல்லது ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = இந்த உதவி எண்ணுக்கு ஒரு தேசிய நெருக்கடி உதவி எண்ணின் பெயர் உள்ளது, ஆனால் இதன் எண் அந்த உதவி எண்ணுக்குரியது அல்ல. எண்ணைச் சரிபாருங்கள், அல்லது இந்த உதவி எண்ணுக்கு உங்கள் சேவையின் சொந்தப் பெயரைக் கொடுங்கள்.

## Forms (shared by the self-check and referral pages)

check-back = பின்செல்லுங்கள்
check-start = இப்போதே தொடங்குங்கள்
check-next = தொடருங்கள்
check-error-prefix = பிழை:
check-error-summary-title = ஒரு பிரச்சினை உள்ளது

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = காத்திருக்கும்போது
waiting-lead = நீங்களே பரிந்துரை செய்த பிறகு என்ன நடக்கும், அதற்கு எவ்வளவு காலம் ஆகலாம், இடைப்பட்ட நேரத்தில் எது உதவக்கூடும்.
waiting-next-title = அடுத்து என்ன நடக்கும்
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = உங்கள் பரிந்துரையைப் பெற்ற { $days ->
    [one] { $days } வேலை நாளுக்குள்
   *[other] { $days } வேலை நாட்களுக்குள்
} சேவை உங்களைத் தொடர்புகொண்டு, முதல் உரையாடலுக்கு (மதிப்பீடு) ஏற்பாடு செய்யும்.
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = இப்போது, அதன் பிறகு முதல் சந்திப்புக்காக (appointment) மக்கள் பொதுவாக { $weeks ->
    [0] ஒரு வாரத்துக்கும் குறைவாக
    [one] சுமார் { $weeks } வாரம்
   *[other] சுமார் { $weeks } வாரங்கள்
} காத்திருக்கிறார்கள்.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (சேவை கடைசியாக { $date } அன்று இதைச் சரிபார்த்தது.)
waiting-contact-title = உங்கள் பரிந்துரை பற்றிக் கேட்க அல்லது அதை ரத்து செய்ய
waiting-contact-body = சேவையைத் தொடர்புகொள்ளுங்கள். உங்களிடம் குறிப்பு எண் இருந்தால், அதைச் சொல்லுங்கள்.
waiting-contact-phone = தொலைபேசி:
waiting-contact-email = மின்னஞ்சல்:
waiting-help-title = காத்திருக்கும்போது எது உதவக்கூடும்
waiting-help-learn = பொதுவான பிரச்சினைகளைப் பற்றிப் படியுங்கள், பயிற்சிகளைச் செய்து பாருங்கள்
waiting-help-check = நீங்கள் எப்படி உணர்கிறீர்கள் என்று சரிபாருங்கள், பிறகு ஒப்பிட்டுப் பார்க்க முடிவை இந்தச் சாதனத்தில் வைத்துக்கொள்ளுங்கள்
waiting-harder-title = காத்திருக்கும்போது நிலைமை இன்னும் கடினமானால்
waiting-harder-body = நீங்கள் முன்பைவிட மோசமாக உணர்ந்தால், அல்லது ஏதாவது மாறியிருந்தால், சேவையிடம் சொல்லுங்கள். அழையுங்கள்:
waiting-harder-crisis = உங்களைப் பாதுகாப்பாக வைத்திருக்க முடியாது என்று உணர்ந்தால், காத்திருக்க வேண்டாம்:
waiting-device-title = இந்தச் சாதனத்தில்
waiting-no-reference = இந்தச் சாதனத்தில் பரிந்துரைக்கான குறிப்பு எண் எதுவும் இல்லை. நீங்கள் வேறொரு சாதனத்திலிருந்து பரிந்துரை செய்திருந்தால், அல்லது குறிப்பு எண்ணை நீக்கியிருந்தால், உங்கள் பெயரையும் பிறந்த தேதியையும் வைத்து சேவை உங்கள் பரிந்துரையைக் கண்டுபிடிக்க முடியும்.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = உங்கள் பரிந்துரையின் குறிப்பு எண் { $reference }. சேவை உங்கள் பரிந்துரையை { $date } அன்று பெற்றது.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = அதாவது, அரசு விடுமுறை நாட்களை (bank holidays) கணக்கில் கொள்ளாமல், { $date } அன்றுக்குள்.
waiting-call-calendar = இந்தத் தேதியை உங்கள் நாட்காட்டியில் சேருங்கள் (இந்தச் சாதனத்தில் உருவாக்கப்படும் ஒரு கோப்பு)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } இன்றைக்குள் உங்களைத் தொடர்புகொள்ளும் என்று எதிர்பார்க்கப்படுகிறது
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = உங்கள் பரிந்துரையின் குறிப்பு எண் { $reference }.
waiting-calendar-privacy = நாட்காட்டிக் கோப்புகள் இந்தச் சாதனத்திலேயே உருவாக்கப்படுகின்றன, எங்கும் அனுப்பப்படுவதில்லை. அந்தப் பதிவில் சேவையின் பெயர் இருக்கும்: உங்கள் நாட்காட்டியைப் பார்க்கக்கூடிய எவரும் அதைப் பார்க்க முடியும்.
waiting-check-in-title = 2 வாரங்களுக்கு ஒருமுறை சரிபாருங்கள்
waiting-check-in-body = அதே கேள்வித்தாளை 2 வாரங்களுக்கு ஒருமுறை மீண்டும் நிரப்பினால், நிலைமை மாறுகிறதா என்று தெரியும். நிலைமை இன்னும் கடினமாகியுள்ளது என்று ஒரு சரிபார்ப்பு காட்டினால், Waymark அதைச் சொல்லி, சேவைக்கு எப்படித் தெரிவிப்பது என்றும் காட்டும்.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: இப்போது சரிபார்க்க வேண்டிய நேரம்
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: அடுத்த சரிபார்ப்பு { $date } அன்று
waiting-check-in-calendar = உங்கள் நாட்காட்டியில் நினைவூட்டலைச் சேருங்கள்
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = சரிபார்ப்பு: { $name }
waiting-check-in-event-body = நிலைமை மாறுகிறதா என்று பார்க்க, Waymark-இல் உங்கள் கேள்வித்தாளை மீண்டும் நிரப்புங்கள்.
waiting-check-in-none = PHQ-9 அல்லது GAD-7 முடிவை இந்தச் சாதனத்தில் வைத்துக்கொண்டால், அதை எப்போது மீண்டும் செய்ய வேண்டும் என்று இந்தப் பக்கம் காட்டும்.
waiting-check-in-not-kept = இந்தச் சாதனம் கேள்வித்தாள் முடிவுகளை வைத்துக்கொள்வதில்லை, அதனால் எப்போது சரிபார்க்க வேண்டும் என்று உங்களுக்கு நினைவூட்ட முடியாது.
waiting-print = இந்தப் பக்கத்தை அச்சிடுங்கள் அல்லது PDF ஆகச் சேமியுங்கள்
refer-sent-waiting-link = காத்திருக்கும்போது: அடுத்து என்ன நடக்கும், எவ்வளவு காலம் ஆகலாம், எது உதவக்கூடும்

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = இந்தச் சாதனத்தின் சேமிப்பிடம் நிரம்பிவிட்டது. அதனால் நீங்கள் இப்போது உள்ளிடுவது இந்தப் பக்கத்தில் மட்டுமே இருக்கும்: பக்கத்தை மூடினால், அது இழக்கப்படும். பக்கத்தை மூடுவதற்கு முன் நீங்கள் செய்வதை முடித்துவிடுங்கள் (பக்கம் திறந்திருக்கும் வரை பரிந்துரை அனுப்பப்படும்), அல்லது சேவையை அழையுங்கள். பிரவுசர் அமைப்புகளில் இடத்தை விடுவித்தால், Waymark மீண்டும் சேமிக்க முடியும்.
privacy-stored-waiting-plan = நீங்கள் தொடங்கிய காத்திருப்புக் காலத் திட்டமும், நீங்கள் குறித்த படிகளும்.
waiting-plan-title = வரும் வாரங்களுக்கான ஒரு திட்டம்
waiting-plan-body = "தெரிந்துகொள்ளுங்கள்" பகுதியில் உள்ள பயிற்சிகளிலிருந்து, ஒவ்வொரு வாரமும் சில சிறிய படிகள். செய்து முடித்தவற்றை இங்கே குறித்துக்கொள்ளுங்கள். திட்டம் இந்தச் சாதனத்தில் மட்டுமே வைக்கப்படும், எப்போது வேண்டுமானாலும் அதை நீக்கலாம்.
waiting-plan-question = இப்போது உங்களுக்கு எது அதிகம் உதவும்?
waiting-plan-suggested-hint = நீங்கள் வைத்துக்கொண்ட கேள்வித்தாள் முடிவுகளின் அடிப்படையில், ஒரு திட்டம் "உங்களுக்குப் பொருந்தலாம்" என்று குறிக்கப்பட்டுள்ளது. உங்களுக்குச் சரியெனத் தோன்றுவதைத் தேர்ந்தெடுங்கள்.
waiting-plan-suggested = உங்களுக்குப் பொருந்தலாம்
waiting-plan-start = இந்தத் திட்டத்தைத் தொடங்குங்கள்
waiting-plan-unreadable = நீங்கள் சேமித்த திட்டத்தைப் படிக்க முடியவில்லை: அது Waymark-இன் பழைய பதிப்பிலிருந்து வந்ததாக இருக்கலாம், அல்லது இந்தச் சாதனத்தில் மாற்றப்பட்டிருக்கலாம். மீண்டும் தொடங்க, கீழே ஒரு திட்டத்தைத் தேர்ந்தெடுங்கள். நீங்கள் அப்படிச் செய்யும்போது மட்டுமே பழைய திட்டம் மாற்றப்படும்.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = வாரம் { $week }
waiting-plan-this-week = இந்த வாரம்
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = இப்போது உங்கள் திட்டத்தின் வாரம் { $week }.
waiting-plan-after-end = திட்டத்தின் எல்லா வாரங்களையும் நீங்கள் கடந்துவிட்டீர்கள். உதவிய படிகளைத் தொடர்ந்து செய்யுங்கள், விடுபட்டவற்றுக்குத் திரும்பிச் செல்லுங்கள்.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = முடிந்த படிகள்: { $done } / { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = எப்படிச் செய்வது: { $topic }
waiting-plan-kept = உங்கள் திட்டமும் நீங்கள் குறிக்கும் படிகளும் இந்தச் சாதனத்தில் மட்டுமே வைக்கப்படும். தனியுரிமைப் பக்கத்தில் உள்ள "இந்தச் சாதனத்தில் வைக்கப்பட்ட அனைத்தையும் நீக்குங்கள்" அவற்றையும் நீக்கும்.
waiting-plan-stop = இந்தத் திட்டத்தை நிறுத்தி நீக்குங்கள்
waiting-plan-not-shared = திட்டங்கள் உங்களுடைய சொந்தச் சாதனத்தில் மட்டுமே வைக்கப்படும், அதனால் பகிரப்படும் இந்தச் சாதனத்தில் திட்டம் கிடைக்காது.
waiting-plan-not-kept = இந்த பிரவுசர் Waymark-ஐ எதையும் சேமிக்க விடவில்லை, அதனால் இங்கே திட்டத்தை வைத்துக்கொள்ள முடியாது.
