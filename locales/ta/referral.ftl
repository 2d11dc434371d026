### Self-referral form, Tamil (ta), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop.
### Example numbers and postcodes stay as in English (UK formats).

## Error messages: about you

referral-error-given-name-missing = உங்கள் முதல் பெயரை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = முதல் பெயர் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-family-name-missing = உங்கள் கடைசிப் பெயரை (குடும்பப் பெயரை) உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = கடைசிப் பெயர் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-date-of-birth-missing = உங்கள் பிறந்த தேதியை உள்ளிடுங்கள்
referral-error-date-of-birth-missing-day = பிறந்த தேதியில் நாள் இருக்க வேண்டும்
referral-error-date-of-birth-missing-month = பிறந்த தேதியில் மாதம் இருக்க வேண்டும்
referral-error-date-of-birth-missing-year = பிறந்த தேதியில் ஆண்டு இருக்க வேண்டும்
referral-error-date-of-birth-missing-day-and-month = பிறந்த தேதியில் நாளும் மாதமும் இருக்க வேண்டும்
referral-error-date-of-birth-missing-day-and-year = பிறந்த தேதியில் நாளும் ஆண்டும் இருக்க வேண்டும்
referral-error-date-of-birth-missing-month-and-year = பிறந்த தேதியில் மாதமும் ஆண்டும் இருக்க வேண்டும்
referral-error-date-of-birth-year-format = ஆண்டில் 4 இலக்கங்கள் இருக்க வேண்டும்
referral-error-date-of-birth-not-real = பிறந்த தேதி உண்மையான ஒரு தேதியாக இருக்க வேண்டும்
referral-error-date-of-birth-in-future = பிறந்த தேதி இன்றோ அல்லது கடந்த காலத்திலோ இருக்க வேண்டும்
referral-error-date-of-birth-too-long-ago = பிறந்த தேதி 1 ஜனவரி 1900 அல்லது அதற்குப் பிறகு இருக்க வேண்டும்

referral-error-nhs-number-missing = உங்கள் NHS எண்ணை உள்ளிடுங்கள்
referral-error-nhs-number-not-digits = உங்கள் NHS எண்ணை இலக்கங்களை மட்டும் பயன்படுத்தி உள்ளிடுங்கள், உதாரணமாக ⁦485 777 3456⁩
referral-error-nhs-number-length = உங்கள் NHS எண்ணைச் சரியான வடிவத்தில் உள்ளிடுங்கள், உதாரணமாக ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = உங்கள் NHS எண்ணைச் சரிபாருங்கள். நீங்கள் உள்ளிட்ட எண் சரியான NHS எண் அல்ல. NHS அனுப்பிய கடிதங்களில் அல்லது NHS App-இல் உங்கள் எண்ணைக் காணலாம்

## Error messages: address

referral-error-address-line-1-missing = உங்கள் முகவரியின் முதல் வரியை உள்ளிடுங்கள்
referral-error-address-line-2-missing = உங்கள் முகவரியின் இரண்டாவது வரியை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = முகவரியின் ஒவ்வொரு வரியும் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-town-missing = உங்கள் ஊர் அல்லது நகரத்தை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = ஊர் அல்லது நகரத்தின் பெயர் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-postcode-missing = உங்கள் அஞ்சல் குறியீட்டை (postcode) உள்ளிடுங்கள்
referral-error-postcode-invalid = முழுமையான UK அஞ்சல் குறியீட்டை உள்ளிடுங்கள், உதாரணமாக SW1A 1AA

## Error messages: contact

referral-error-phone-missing = ஒரு தொலைபேசி எண்ணை உள்ளிடுங்கள்
referral-error-phone-characters = இலக்கங்கள், இடைவெளிகள், அடைப்புக்குறிகள், இணைப்புக்குறிகள் (-), தொடக்கத்தில் ஒரு + ஆகியவற்றை மட்டும் பயன்படுத்தித் தொலைபேசி எண்ணை உள்ளிடுங்கள், உதாரணமாக ⁦07700 900 982⁩
referral-error-phone-uk-format = ஒரு தொலைபேசி எண்ணை உள்ளிடுங்கள், உதாரணமாக ⁦01632 960 001⁩ அல்லது ⁦07700 900 982⁩. UK-க்கு வெளியே உள்ள எண் என்றால், + மற்றும் நாட்டுக் குறியீட்டுடன் தொடங்குங்கள்
referral-error-phone-international-format = + மற்றும் நாட்டுக் குறியீட்டுடன் சர்வதேசத் தொலைபேசி எண்ணை உள்ளிடுங்கள், உதாரணமாக ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = உங்கள் மின்னஞ்சல் முகவரியை உள்ளிடுங்கள்
referral-error-email-invalid = சரியான வடிவத்தில் மின்னஞ்சல் முகவரியை உள்ளிடுங்கள், உதாரணமாக name@example.com
referral-error-contact-route-missing = சேவை உங்களைத் தொடர்புகொள்ள, ஒரு தொலைபேசி எண்ணையோ மின்னஞ்சல் முகவரியையோ உள்ளிடுங்கள்
referral-error-voicemail-missing = சேவை உங்களுக்குக் குரல் அஞ்சல் (voicemail) செய்தி விடலாம் என்றால், ஆம் என்பதைத் தேர்ந்தெடுங்கள்
referral-error-texts-missing = சேவை உங்களுக்குக் குறுஞ்செய்திகள் அனுப்பலாம் என்றால், ஆம் என்பதைத் தேர்ந்தெடுங்கள்
referral-error-safe-times-missing = உங்களைத் தொடர்புகொள்வது பாதுகாப்பான நாட்களையும் நேரங்களையும் உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = உங்களைத் தொடர்புகொள்ளப் பாதுகாப்பான நேரங்கள் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-preferred-language-missing = நீங்கள் பயன்படுத்த விரும்பும் மொழியை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = மொழி { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-interpreter-missing = உங்களுக்கு மொழிபெயர்ப்பாளர் தேவையா என்பதைத் தேர்ந்தெடுங்கள்
referral-error-interpreter-language-missing = எந்த மொழிக்கு மொழிபெயர்ப்பாளர் தேவை என்பதை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = மொழிபெயர்ப்பாளருக்கான மொழி { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

## Error messages: your GP and your referral

referral-error-gp-practice-missing = உங்கள் GP மருத்துவ நிலையத்தின் (surgery) பெயரை உள்ளிடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP மருத்துவ நிலையத்தின் பெயர் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

referral-error-secondary-care-missing = இப்போது ஒரு மனநலக் குழு உங்களுக்கு ஆதரவு அளித்துக்கொண்டிருந்தால், ஆம் என்பதைத் தேர்ந்தெடுங்கள். உறுதியாகத் தெரியவில்லை என்றால், உறுதியாகத் தெரியவில்லை என்பதைத் தேர்ந்தெடுங்கள்
referral-error-help-with-missing = உங்களுக்கு எதில் உதவி வேண்டும் என்று எங்களிடம் சொல்லுங்கள்
referral-error-help-topics-missing = உங்களுக்கு உதவி வேண்டிய குறைந்தது ஒரு விஷயத்தைத் தேர்ந்தெடுங்கள்

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = நீங்கள் எப்படி உணர்ந்து வருகிறீர்கள் என்பது பற்றிய கேள்வி { $number }-க்கு ஒரு பதிலைத் தேர்ந்தெடுங்கள்

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = கவலை மற்றும் பதற்றம் பற்றிய கேள்வி { $number }-க்கு ஒரு பதிலைத் தேர்ந்தெடுங்கள்

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = இந்தப் பதில் { $max } எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்

## Error messages: consent

referral-error-consent-share-with-gp-missing = உங்கள் சிகிச்சை பற்றிய தகவலை உங்கள் GP-உடன் சேவை பகிர்ந்துகொள்ளலாம் என்றால், ஆம் என்பதைத் தேர்ந்தெடுங்கள்
referral-error-consent-privacy-notice-missing = தனியுரிமை அறிவிப்பைப் படித்துவிட்டீர்கள் என்பதை உறுதிப்படுத்துங்கள்

## Answer options shared by several questions

referral-option-yes = ஆம்
referral-option-no = இல்லை
referral-option-not-sure = உறுதியாகத் தெரியவில்லை
referral-option-prefer-not-to-say = சொல்ல விரும்பவில்லை

## Interpreter

referral-interpreter-none = இல்லை, எனக்கு மொழிபெயர்ப்பாளர் தேவையில்லை
referral-interpreter-spoken = ஆம், பேசும் மொழிக்கு ஒரு மொழிபெயர்ப்பாளர்
referral-interpreter-bsl = ஆம், British Sign Language (BSL, பிரிட்டிஷ் சைகை மொழி) மொழிபெயர்ப்பாளர்

## What would you like help with?

referral-help-topic-low-mood = மனம் சோர்வாக இருப்பது அல்லது மனச்சோர்வு
referral-help-topic-worry = கவலை அல்லது பதற்றம்
referral-help-topic-panic = திடீர் பீதித் தாக்குதல்கள் (panic attacks)
referral-help-topic-social-anxiety = மற்றவர்களுடன் இருக்கும்போது பதற்றமாக உணர்வது
referral-help-topic-health-anxiety = என் உடல்நலம் பற்றிய கவலை
referral-help-topic-phobia = ஏதாவது ஒரு பயம் அல்லது ஃபோபியா
referral-help-topic-ocd = தடுக்கக் கடினமாக இருக்கும் விரும்பாத எண்ணங்கள் அல்லது உந்துதல்கள் (OCD)
referral-help-topic-trauma = எனக்கு நடந்த பயமுறுத்தும் அல்லது மனதை உலுக்கும் ஒரு சம்பவம்
referral-help-topic-stress = மன அழுத்தம் (ஸ்ட்ரெஸ்)
referral-help-topic-sleep = தூக்கப் பிரச்சினைகள்
referral-help-topic-long-term-condition = நீண்டகால உடல்நலப் பிரச்சினையைச் சமாளிப்பது
referral-help-topic-relationships = உறவுகளில் உள்ள சிரமங்கள்
referral-help-topic-bereavement = துக்கம் அல்லது இழப்பு
referral-help-topic-other = வேறு ஏதாவது

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = வெள்ளையினத்தவர் (White)
referral-ethnic-group-mixed = கலப்பினத்தவர் (Mixed)
referral-ethnic-group-asian = ஆசியர் அல்லது ஆசிய பிரிட்டிஷ்
referral-ethnic-group-black = கறுப்பினத்தவர் அல்லது கறுப்பின பிரிட்டிஷ்
referral-ethnic-group-other = பிற இனக் குழுக்கள்

referral-ethnic-category-a = பிரிட்டிஷ்
referral-ethnic-category-b = ஐரிஷ்
referral-ethnic-category-c = வேறு ஏதாவது வெள்ளையினப் பின்னணி
referral-ethnic-category-d = வெள்ளையினம் மற்றும் கறுப்பினக் கரீபியன்
referral-ethnic-category-e = வெள்ளையினம் மற்றும் கறுப்பின ஆப்பிரிக்கர்
referral-ethnic-category-f = வெள்ளையினம் மற்றும் ஆசியர்
referral-ethnic-category-g = வேறு ஏதாவது கலப்பினப் பின்னணி
referral-ethnic-category-h = இந்தியர்
referral-ethnic-category-j = பாகிஸ்தானியர்
referral-ethnic-category-k = வங்காளதேசத்தவர்
referral-ethnic-category-l = வேறு ஏதாவது ஆசியப் பின்னணி
referral-ethnic-category-m = கரீபியன்
referral-ethnic-category-n = ஆப்பிரிக்கர்
referral-ethnic-category-p = வேறு ஏதாவது கறுப்பினப் பின்னணி
referral-ethnic-category-r = சீனர்
referral-ethnic-category-s = வேறு ஏதாவது இனக் குழு

## Gender

referral-gender-female = பெண்
referral-gender-male = ஆண்
referral-gender-non-binary = பாலினம் சாராதவர் (non-binary)
referral-gender-other = வேறு பாலினம்

## Sexual orientation

referral-sexual-orientation-heterosexual = எதிர்பாலீர்ப்பு உள்ளவர் (heterosexual அல்லது straight)
referral-sexual-orientation-gay-or-lesbian = தன்பாலீர்ப்பு உள்ளவர் (gay அல்லது lesbian)
referral-sexual-orientation-bisexual = இருபாலீர்ப்பு உள்ளவர் (bisexual)
referral-sexual-orientation-other = வேறு பாலீர்ப்பு
referral-sexual-orientation-not-sure = உறுதியாகத் தெரியவில்லை

## Religion or belief

referral-religion-none = மதம் இல்லை
referral-religion-buddhist = பௌத்தர்
referral-religion-christian = கிறிஸ்தவர்
referral-religion-hindu = இந்து
referral-religion-jewish = யூதர்
referral-religion-muslim = முஸ்லிம்
referral-religion-sikh = சீக்கியர்
referral-religion-other = வேறு மதம் அல்லது நம்பிக்கை

## Employment

referral-employment-employed = ஊதியம் பெறும் வேலையில் இருக்கிறேன்
referral-employment-unemployed = ஊதியம் பெறும் வேலையில் இல்லை, வேலை தேடுகிறேன்
referral-employment-student = மாணவர், ஊதியம் பெறும் வேலையில் இல்லை
referral-employment-long-term-sick = நீண்டகால நோய் அல்லது மாற்றுத்திறன் காரணமாக வேலை செய்யவில்லை
referral-employment-homemaker = என் குடும்பத்தை அல்லது வீட்டைக் கவனித்துக்கொள்கிறேன்
referral-employment-not-working = ஊதியம் பெறும் வேலையில் இல்லை, வேலையும் தேடவில்லை
referral-employment-volunteer = ஊதியம் இல்லாத தன்னார்வ வேலை செய்கிறேன்
referral-employment-retired = ஓய்வு பெற்றவர்

## Pregnancy and babies

referral-perinatal-pregnant = ஆம், நான் கர்ப்பமாக இருக்கிறேன்
referral-perinatal-baby = ஆம், எனக்கு 12 மாதத்துக்கும் குறைவான வயதுடைய குழந்தை உள்ளது

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = இப்போதே உதவி பெறுங்கள்
referral-redirect-crisis-lead = உதவி பெற நீங்கள் பரிந்துரைக்காகக் காத்திருக்க வேண்டியதில்லை. கீழே உள்ள சேவைகள் இலவசமானவை, இப்போதே உங்களுக்கு உதவ முடியும். பேச்சு சிகிச்சை சேவைகள் நெருக்கடி நேர (அவசர) சேவைகள் அல்ல. ஆனால் நிலைமை கொஞ்சம் அமைதியானதும், நீங்கள் திரும்பி வந்து நீங்களே பரிந்துரை செய்யலாம்.

referral-redirect-young-people-title = இளைஞர்களுக்கு ஆதரவு உள்ளது

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = இந்தச் சேவை { $age } வயதும் அதற்கு மேற்பட்டவர்களுக்கும் உரியது. அதற்குப் பதிலாக, குழந்தைகள் மற்றும் இளைஞர்களுக்கான மனநலச் சேவைகள் உங்களுக்கு உதவ முடியும். உங்கள் GP, அல்லது உங்கள் பள்ளி அல்லது கல்லூரியில் உள்ள செவிலியர் அல்லது ஆலோசகர் உங்களைப் பரிந்துரை செய்யலாம். Childline-ஐ { $childline } என்ற எண்ணில் எந்த நேரத்திலும் இலவசமாக அழைக்கவும் செய்யலாம்.

referral-redirect-gp-title = உங்கள் மனநலக் குழுவிடம் அல்லது GP-இடம் பேசுங்கள்
referral-redirect-gp-body = இப்போது ஒரு மனநலக் குழு உங்களுக்கு ஆதரவு அளித்துக்கொண்டிருப்பதால், பேச்சு சிகிச்சை பற்றிப் பேச அவர்களே மிகவும் பொருத்தமானவர்கள். உங்கள் பராமரிப்பு ஒருங்கிணைப்பாளரிடம் (care coordinator), அல்லது உங்களைக் கவனித்துக்கொள்ளும் குழுவிடம் பேசுங்கள். அது யார் என்று உறுதியாகத் தெரியவில்லை என்றால், உங்கள் GP உதவ முடியும்.

referral-redirect-area-title = உங்கள் பகுதிக்கு எந்தச் சேவை என்று சரிபாருங்கள்
referral-redirect-area-body = நீங்கள் வசிக்கும் இடத்துக்கோ உங்கள் GP மருத்துவ நிலையத்துக்கோ இந்தச் சேவை பொறுப்பானதா என்பதை எங்களால் உறுதிப்படுத்த முடியவில்லை. சேவையைத் தொடர்புகொள்ளுங்கள். அவர்களால் உதவ முடியுமா, அல்லது உங்கள் பகுதிக்கு எந்த NHS பேச்சு சிகிச்சை சேவை உள்ளது என்று அவர்கள் சொல்வார்கள்.
