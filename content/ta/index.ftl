# Titles and one-line summaries of the content pack, Tamil (ta), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the core topics are translated here; the others are offered in English.

## Topics

low-mood = மனம் சோர்வாக இருப்பதும் மனச்சோர்வும் (டிப்ரெஷன்)
    .summary = வாரக்கணக்கில் மனம் சோர்வாக, வெறுமையாக இருப்பது, அல்லது எதிலும் மகிழ்ச்சி இல்லாமல் இருப்பது.
worry = கவலையும் பதற்றமும்
    .summary = நிறுத்தக் கடினமான, உங்கள் நாளின் பெரும்பகுதியை எடுத்துக்கொள்ளும் கவலைகள்.
panic = திடீர் பீதித் தாக்குதல்கள் (panic attacks)
    .summary = இதயம் வேகமாகத் துடிக்கத் திடீரென்று பொங்கும் பயம், அதை எப்படிக் கடந்து வருவது.
sleep = தூக்கப் பிரச்சினைகள்
    .summary = தூக்கம் வருவதில் அல்லது தொடர்ந்து தூங்குவதில் சிரமம், எது உதவக்கூடும்.
stress = மன அழுத்தம் (ஸ்ட்ரெஸ்)
    .summary = அளவுக்கு அதிகமான நெருக்கடியில் இருப்பதாக உணர்வது, அந்தச் சுமையைக் குறைக்கும் வழிகள்.

## Audiences

south-asian = தெற்காசியச் சமூகங்கள்
    .summary = இந்தியா, பாகிஸ்தான், பங்களாதேஷ், இலங்கை, நேபாளம் மற்றும் அருகிலுள்ள நாடுகளைப் பூர்வீகமாகக் கொண்ட குடும்பத்தினருக்கு.
refugees = அகதிகளும் புகலிடம் கோருபவர்களும்
    .summary = சொந்த நாட்டை விட்டு வெளியேற வேண்டியிருந்தவர்களுக்கு, முடிவுக்காகக் காத்திருந்தாலும் சரி, ஏற்கனவே அகதி அந்தஸ்து பெற்றிருந்தாலும் சரி.
