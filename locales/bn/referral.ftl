### Self-referral form, Bengali (bn), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Like GOV.UK errors, they have no final full stop (danda).
### Example numbers and postcodes stay as in English (UK formats).

## Error messages: about you

referral-error-given-name-missing = আপনার নামের প্রথম অংশ লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = নামের প্রথম অংশ { $max } অক্ষর বা তার কম হতে হবে

referral-error-family-name-missing = আপনার নামের শেষ অংশ (পারিবারিক নাম) লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = নামের শেষ অংশ { $max } অক্ষর বা তার কম হতে হবে

referral-error-date-of-birth-missing = আপনার জন্মতারিখ লিখুন
referral-error-date-of-birth-missing-day = জন্মতারিখে দিন থাকতে হবে
referral-error-date-of-birth-missing-month = জন্মতারিখে মাস থাকতে হবে
referral-error-date-of-birth-missing-year = জন্মতারিখে বছর থাকতে হবে
referral-error-date-of-birth-missing-day-and-month = জন্মতারিখে দিন ও মাস থাকতে হবে
referral-error-date-of-birth-missing-day-and-year = জন্মতারিখে দিন ও বছর থাকতে হবে
referral-error-date-of-birth-missing-month-and-year = জন্মতারিখে মাস ও বছর থাকতে হবে
referral-error-date-of-birth-year-format = বছরে 4টি সংখ্যা থাকতে হবে
referral-error-date-of-birth-not-real = জন্মতারিখটি অবশ্যই একটি আসল তারিখ হতে হবে
referral-error-date-of-birth-in-future = জন্মতারিখ আজ বা অতীতের কোনো তারিখ হতে হবে
referral-error-date-of-birth-too-long-ago = জন্মতারিখ 1 জানুয়ারি 1900 বা তার পরের হতে হবে

referral-error-nhs-number-missing = আপনার NHS নম্বর লিখুন
referral-error-nhs-number-not-digits = শুধু সংখ্যা দিয়ে আপনার NHS নম্বর লিখুন, যেমন ⁦485 777 3456⁩
referral-error-nhs-number-length = আপনার NHS নম্বর সঠিক ফরম্যাটে লিখুন, যেমন ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = আপনার NHS নম্বরটি আবার দেখুন। আপনি যে নম্বর লিখেছেন তা বৈধ NHS নম্বর নয়। NHS-এর চিঠিতে বা NHS App-এ আপনার নম্বর পাবেন

## Error messages: address

referral-error-address-line-1-missing = আপনার ঠিকানার প্রথম লাইন লিখুন
referral-error-address-line-2-missing = আপনার ঠিকানার দ্বিতীয় লাইন লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = ঠিকানার প্রতিটি লাইন { $max } অক্ষর বা তার কম হতে হবে

referral-error-town-missing = আপনার শহর বা নগরের নাম লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = শহর বা নগরের নাম { $max } অক্ষর বা তার কম হতে হবে

referral-error-postcode-missing = আপনার পোস্টকোড লিখুন
referral-error-postcode-invalid = যুক্তরাজ্যের (UK) পুরো পোস্টকোড লিখুন, যেমন SW1A 1AA

## Error messages: contact

referral-error-phone-missing = একটি ফোন নম্বর লিখুন
referral-error-phone-characters = শুধু সংখ্যা, স্পেস, ব্র্যাকেট, হাইফেন এবং শুরুতে একটি + দিয়ে ফোন নম্বর লিখুন, যেমন ⁦07700 900 982⁩
referral-error-phone-uk-format = একটি ফোন নম্বর লিখুন, যেমন ⁦01632 960 001⁩ বা ⁦07700 900 982⁩। যুক্তরাজ্যের বাইরের নম্বর হলে + এবং দেশের কোড দিয়ে শুরু করুন
referral-error-phone-international-format = + এবং দেশের কোড দিয়ে আন্তর্জাতিক ফোন নম্বর লিখুন, যেমন ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = আপনার ইমেইল ঠিকানা লিখুন
referral-error-email-invalid = সঠিক ফরম্যাটে ইমেইল ঠিকানা লিখুন, যেমন name@example.com
referral-error-contact-route-missing = একটি ফোন নম্বর বা ইমেইল ঠিকানা লিখুন, যাতে সার্ভিস আপনার সঙ্গে যোগাযোগ করতে পারে
referral-error-voicemail-missing = সার্ভিস আপনার জন্য ভয়েসমেইল মেসেজ রেখে যেতে পারলে হ্যাঁ বেছে নিন
referral-error-texts-missing = সার্ভিস আপনাকে টেক্সট মেসেজ পাঠাতে পারলে হ্যাঁ বেছে নিন
referral-error-safe-times-missing = কোন কোন দিন ও সময়ে আপনার সঙ্গে যোগাযোগ করা নিরাপদ, তা লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = যোগাযোগের নিরাপদ সময় { $max } অক্ষর বা তার কম হতে হবে

referral-error-preferred-language-missing = আপনি কোন ভাষা ব্যবহার করতে চান তা লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = ভাষার নাম { $max } অক্ষর বা তার কম হতে হবে

referral-error-interpreter-missing = আপনার দোভাষী দরকার কিনা বেছে নিন
referral-error-interpreter-language-missing = কোন ভাষার দোভাষী দরকার তা লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = দোভাষীর ভাষার নাম { $max } অক্ষর বা তার কম হতে হবে

## Error messages: your GP and your referral

referral-error-gp-practice-missing = আপনার GP প্র্যাকটিসের (সার্জারির) নাম লিখুন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP প্র্যাকটিসের নাম { $max } অক্ষর বা তার কম হতে হবে

referral-error-secondary-care-missing = এখন কোনো মানসিক স্বাস্থ্য টিম আপনাকে সহায়তা করলে হ্যাঁ বেছে নিন। নিশ্চিত না হলে নিশ্চিত নই বেছে নিন
referral-error-help-with-missing = আপনি কী বিষয়ে সাহায্য চান তা আমাদের বলুন
referral-error-help-topics-missing = আপনি সাহায্য চান এমন অন্তত একটি বিষয় বেছে নিন

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = আপনি কেমন বোধ করছেন সে বিষয়ে { $number } নম্বর প্রশ্নের একটি উত্তর বেছে নিন

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = দুশ্চিন্তা ও উদ্বেগ বিষয়ে { $number } নম্বর প্রশ্নের একটি উত্তর বেছে নিন

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = এই উত্তর { $max } অক্ষর বা তার কম হতে হবে

## Error messages: consent

referral-error-consent-share-with-gp-missing = সার্ভিস আপনার চিকিৎসা সম্পর্কে তথ্য আপনার GP-র সঙ্গে শেয়ার করতে পারলে হ্যাঁ বেছে নিন
referral-error-consent-privacy-notice-missing = আপনি গোপনীয়তা নোটিশ পড়েছেন, তা নিশ্চিত করুন

## Answer options shared by several questions

referral-option-yes = হ্যাঁ
referral-option-no = না
referral-option-not-sure = নিশ্চিত নই
referral-option-prefer-not-to-say = বলতে চাই না

## Interpreter

referral-interpreter-none = না, আমার দোভাষী দরকার নেই
referral-interpreter-spoken = হ্যাঁ, মুখের ভাষার একজন দোভাষী
referral-interpreter-bsl = হ্যাঁ, British Sign Language (BSL, ব্রিটিশ ইশারা ভাষা)-এর একজন দোভাষী

## What would you like help with?

referral-help-topic-low-mood = মন খারাপ বা বিষণ্ণতা (ডিপ্রেশন)
referral-help-topic-worry = দুশ্চিন্তা বা উদ্বেগ (অ্যাংজাইটি)
referral-help-topic-panic = প্যানিক অ্যাটাক (হঠাৎ তীব্র আতঙ্ক)
referral-help-topic-social-anxiety = অন্য মানুষের সামনে উদ্বিগ্ন লাগা
referral-help-topic-health-anxiety = নিজের স্বাস্থ্য নিয়ে দুশ্চিন্তা
referral-help-topic-phobia = কোনো ভয় বা ফোবিয়া
referral-help-topic-ocd = অনাকাঙ্ক্ষিত চিন্তা বা তাড়না, যা ঠেকানো কঠিন লাগে (OCD)
referral-help-topic-trauma = আমার সঙ্গে ঘটে যাওয়া ভয়ংকর বা কষ্টদায়ক কোনো ঘটনা
referral-help-topic-stress = মানসিক চাপ (স্ট্রেস)
referral-help-topic-sleep = ঘুমের সমস্যা
referral-help-topic-long-term-condition = দীর্ঘমেয়াদি কোনো শারীরিক অসুখ সামলানো
referral-help-topic-relationships = সম্পর্কের সমস্যা
referral-help-topic-bereavement = শোক বা প্রিয়জন হারানো
referral-help-topic-other = অন্য কিছু

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = শ্বেতাঙ্গ (White)
referral-ethnic-group-mixed = মিশ্র (Mixed)
referral-ethnic-group-asian = এশীয় বা এশীয় ব্রিটিশ
referral-ethnic-group-black = কৃষ্ণাঙ্গ বা কৃষ্ণাঙ্গ ব্রিটিশ
referral-ethnic-group-other = অন্যান্য জাতিগত গোষ্ঠী

referral-ethnic-category-a = ব্রিটিশ
referral-ethnic-category-b = আইরিশ
referral-ethnic-category-c = অন্য যেকোনো শ্বেতাঙ্গ পটভূমি
referral-ethnic-category-d = শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ ক্যারিবিয়ান
referral-ethnic-category-e = শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ আফ্রিকান
referral-ethnic-category-f = শ্বেতাঙ্গ ও এশীয়
referral-ethnic-category-g = অন্য যেকোনো মিশ্র পটভূমি
referral-ethnic-category-h = ভারতীয়
referral-ethnic-category-j = পাকিস্তানি
referral-ethnic-category-k = বাংলাদেশি
referral-ethnic-category-l = অন্য যেকোনো এশীয় পটভূমি
referral-ethnic-category-m = ক্যারিবিয়ান
referral-ethnic-category-n = আফ্রিকান
referral-ethnic-category-p = অন্য যেকোনো কৃষ্ণাঙ্গ পটভূমি
referral-ethnic-category-r = চীনা
referral-ethnic-category-s = অন্য যেকোনো জাতিগত গোষ্ঠী

## Gender

referral-gender-female = নারী
referral-gender-male = পুরুষ
referral-gender-non-binary = নন-বাইনারি
referral-gender-other = অন্য কোনো লিঙ্গ

## Sexual orientation

referral-sexual-orientation-heterosexual = বিপরীতকামী (হেটেরোসেক্সুয়াল বা স্ট্রেইট)
referral-sexual-orientation-gay-or-lesbian = সমকামী (গে বা লেসবিয়ান)
referral-sexual-orientation-bisexual = উভকামী (বাইসেক্সুয়াল)
referral-sexual-orientation-other = অন্য কোনো যৌন অভিমুখিতা
referral-sexual-orientation-not-sure = নিশ্চিত নই

## Religion or belief

referral-religion-none = কোনো ধর্ম নেই
referral-religion-buddhist = বৌদ্ধ
referral-religion-christian = খ্রিস্টান
referral-religion-hindu = হিন্দু
referral-religion-jewish = ইহুদি
referral-religion-muslim = মুসলিম
referral-religion-sikh = শিখ
referral-religion-other = অন্য কোনো ধর্ম বা বিশ্বাস

## Employment

referral-employment-employed = বেতনভুক্ত কাজ করি
referral-employment-unemployed = বেতনভুক্ত কাজ নেই, কাজ খুঁজছি
referral-employment-student = ছাত্র বা ছাত্রী, বেতনভুক্ত কাজ করি না
referral-employment-long-term-sick = দীর্ঘমেয়াদি অসুস্থতা বা প্রতিবন্ধিতার কারণে কাজ করি না
referral-employment-homemaker = পরিবার বা ঘর দেখাশোনা করি
referral-employment-not-working = বেতনভুক্ত কাজ নেই, কাজ খুঁজছিও না
referral-employment-volunteer = বিনা বেতনে স্বেচ্ছাসেবী কাজ করি
referral-employment-retired = অবসরপ্রাপ্ত

## Pregnancy and babies

referral-perinatal-pregnant = হ্যাঁ, আমি গর্ভবতী
referral-perinatal-baby = হ্যাঁ, আমার 12 মাসের কম বয়সী একটি শিশু আছে

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = এখনই সাহায্য নিন
referral-redirect-crisis-lead = সাহায্য পেতে রেফারেলের জন্য অপেক্ষা করতে হবে না। নিচের সেবাগুলো বিনামূল্যে এবং এখনই আপনাকে সাহায্য করতে পারে। টকিং থেরাপি সার্ভিস সংকটকালীন (ক্রাইসিস) সেবা নয়, তবে অবস্থা একটু শান্ত হলে আপনি ফিরে এসে নিজেই রেফার করতে পারেন।

referral-redirect-young-people-title = তরুণদের জন্য সহায়তা আছে

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = এই সার্ভিস { $age } বছর বা তার বেশি বয়সী মানুষদের জন্য। এর বদলে শিশু ও তরুণদের মানসিক স্বাস্থ্য সেবা আপনাকে সাহায্য করতে পারে। আপনার GP, অথবা আপনার স্কুল বা কলেজের নার্স বা কাউন্সেলর আপনাকে রেফার করতে পারেন। আপনি যেকোনো সময় বিনামূল্যে Childline-কে { $childline } নম্বরে ফোনও করতে পারেন।

referral-redirect-gp-title = আপনার মানসিক স্বাস্থ্য টিম বা GP-র সঙ্গে কথা বলুন
referral-redirect-gp-body = যেহেতু এখন একটি মানসিক স্বাস্থ্য টিম আপনাকে সহায়তা করছে, টকিং থেরাপি নিয়ে কথা বলার জন্য তারাই সবচেয়ে উপযুক্ত। আপনার কেয়ার কোঅর্ডিনেটর বা যে টিম আপনার দেখাশোনা করছে, তাদের সঙ্গে কথা বলুন। তারা কে, তা নিশ্চিত না হলে আপনার GP সাহায্য করতে পারেন।

referral-redirect-area-title = কোন সার্ভিস আপনার এলাকায় কাজ করে তা দেখে নিন
referral-redirect-area-body = এই সার্ভিস আপনার বাসস্থান বা আপনার GP প্র্যাকটিসের এলাকায় কাজ করে কিনা, তা আমরা নিশ্চিত হতে পারিনি। সার্ভিসের সঙ্গে যোগাযোগ করুন; তারা জানাবে তারা সাহায্য করতে পারবে কিনা, বা কোন NHS টকিং থেরাপি সার্ভিস আপনার এলাকায় কাজ করে।
