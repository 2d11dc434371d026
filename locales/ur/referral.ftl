### Self-referral form, Urdu (ur), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to fix
### the answer (e.g. "اپنا ... درج کریں"). Like GOV.UK errors, they have no final full stop.
### Term choices (as in shell.ftl, checks.ftl and check-pages.ftl):
### "referral" = درخواست (ریفرل); "refer yourself" = خود درخواست دیں;
### "GP" = جی پی (فیملی ڈاکٹر); "talking therapies" = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی);
### "anxiety" = بے چینی (اینگزائٹی); "interpreter" = ترجمان (انٹرپریٹر);
### "GP practice" = جی پی کلینک (not "سرجری", which in Urdu means an operation);
### "Not sure" = یقین نہیں ہے; "Prefer not to say" = بتانا نہیں چاہتے.
### Examples people type (NHS number, postcode, phone numbers, email) stay in
### Western digits and Latin letters, and are wrapped in invisible left-to-right
### isolate marks (U+2066 … U+2069) so that groups of digits such as
### "07700 900 982" keep their order inside right-to-left Urdu text.

## Error messages: about you

referral-error-given-name-missing = اپنا پہلا نام درج کریں

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = پہلا نام { $max } یا اس سے کم حروف میں لکھیں

referral-error-family-name-missing = اپنا آخری نام (خاندانی نام) درج کریں

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = آخری نام { $max } یا اس سے کم حروف میں لکھیں

referral-error-date-of-birth-missing = اپنی تاریخِ پیدائش درج کریں
referral-error-date-of-birth-missing-day = تاریخِ پیدائش میں دن بھی درج کریں
referral-error-date-of-birth-missing-month = تاریخِ پیدائش میں مہینہ بھی درج کریں
referral-error-date-of-birth-missing-year = تاریخِ پیدائش میں سال بھی درج کریں
referral-error-date-of-birth-missing-day-and-month = تاریخِ پیدائش میں دن اور مہینہ بھی درج کریں
referral-error-date-of-birth-missing-day-and-year = تاریخِ پیدائش میں دن اور سال بھی درج کریں
referral-error-date-of-birth-missing-month-and-year = تاریخِ پیدائش میں مہینہ اور سال بھی درج کریں
referral-error-date-of-birth-year-format = سال پورے 4 ہندسوں میں درج کریں
referral-error-date-of-birth-not-real = ایسی تاریخِ پیدائش درج کریں جو کیلنڈر میں واقعی موجود ہو
referral-error-date-of-birth-in-future = تاریخِ پیدائش آج کی یا آج سے پہلے کی ہونی چاہیے
referral-error-date-of-birth-too-long-ago = تاریخِ پیدائش 1 جنوری 1900 یا اس کے بعد کی ہونی چاہیے

referral-error-nhs-number-missing = اپنا NHS نمبر درج کریں
referral-error-nhs-number-not-digits = اپنا NHS نمبر صرف ہندسوں میں درج کریں، جیسے ⁦485 777 3456⁩
referral-error-nhs-number-length = اپنا NHS نمبر درست طریقے سے درج کریں، جیسے ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = اپنا NHS نمبر چیک کریں۔ آپ نے جو نمبر درج کیا ہے، وہ درست NHS نمبر نہیں ہے۔ آپ کو اپنا نمبر NHS کی طرف سے آنے والے خطوں پر یا NHS App میں مل سکتا ہے

## Error messages: address

referral-error-address-line-1-missing = اپنے پتے کی پہلی لائن درج کریں
referral-error-address-line-2-missing = اپنے پتے کی دوسری لائن درج کریں

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = پتے کی ہر لائن { $max } یا اس سے کم حروف میں لکھیں

referral-error-town-missing = اپنا قصبہ یا شہر درج کریں

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = قصبہ یا شہر { $max } یا اس سے کم حروف میں لکھیں

referral-error-postcode-missing = اپنا پوسٹ کوڈ درج کریں
referral-error-postcode-invalid = برطانیہ (UK) کا پورا پوسٹ کوڈ درج کریں، جیسے ⁦SW1A 1AA⁩

## Error messages: contact

referral-error-phone-missing = فون نمبر درج کریں
referral-error-phone-characters = فون نمبر درج کریں اور اس میں صرف ہندسے، خالی جگہ (اسپیس)، بریکٹ، ہائفن (-) اور شروع میں + استعمال کریں، جیسے ⁦07700 900 982⁩
referral-error-phone-uk-format = فون نمبر درج کریں، جیسے ⁦01632 960 001⁩ یا ⁦07700 900 982⁩۔ برطانیہ (UK) سے باہر کے نمبر کے لیے، شروع میں + اور ملک کا کوڈ لکھیں
referral-error-phone-international-format = بین الاقوامی فون نمبر شروع میں + اور ملک کے کوڈ کے ساتھ درج کریں، جیسے ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = اپنا ای میل ایڈریس درج کریں
referral-error-email-invalid = ای میل ایڈریس درست طریقے سے درج کریں، جیسے ⁦name@example.com⁩
referral-error-contact-route-missing = فون نمبر یا ای میل ایڈریس درج کریں، تاکہ سروس آپ سے رابطہ کر سکے
referral-error-voicemail-missing = اگر سروس آپ کے لیے وائس میل (ریکارڈ کیا ہوا پیغام) چھوڑ سکتی ہے تو "ہاں" چنیں، ورنہ "نہیں" چنیں
referral-error-texts-missing = اگر سروس آپ کو ٹیکسٹ میسج بھیج سکتی ہے تو "ہاں" چنیں، ورنہ "نہیں" چنیں
referral-error-safe-times-missing = وہ دن اور وقت درج کریں جب آپ سے رابطہ کرنا محفوظ ہو

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = رابطے کے محفوظ اوقات { $max } یا اس سے کم حروف میں لکھیں

referral-error-preferred-language-missing = وہ زبان درج کریں جو آپ استعمال کرنا چاہیں گے

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = زبان کا نام { $max } یا اس سے کم حروف میں لکھیں

referral-error-interpreter-missing = چنیں کہ کیا آپ کو ترجمان (انٹرپریٹر) کی ضرورت ہے
referral-error-interpreter-language-missing = وہ زبان درج کریں جس کے لیے آپ کو ترجمان (انٹرپریٹر) چاہیے

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = ترجمان کی زبان { $max } یا اس سے کم حروف میں لکھیں

## Error messages: your GP and your referral

referral-error-gp-practice-missing = اپنے جی پی (فیملی ڈاکٹر) کے کلینک کا نام درج کریں

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = جی پی کلینک کا نام { $max } یا اس سے کم حروف میں لکھیں

referral-error-secondary-care-missing = اگر اس وقت ذہنی صحت کی کوئی ٹیم آپ کی مدد کر رہی ہے تو "ہاں" چنیں۔ اگر آپ کو پکا پتا نہیں، تو "یقین نہیں ہے" چنیں
referral-error-help-with-missing = ہمیں بتائیں کہ آپ کس چیز میں مدد چاہتے ہیں
referral-error-help-topics-missing = کم از کم ایک ایسی چیز چنیں جس میں آپ مدد چاہتے ہیں

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = سوال { $number } کا جواب چنیں، جو اس بارے میں ہے کہ آپ کیسا محسوس کرتے رہے ہیں

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = سوال { $number } کا جواب چنیں، جو فکر اور بے چینی (اینگزائٹی) کے بارے میں ہے

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = یہ جواب { $max } یا اس سے کم حروف میں لکھیں

## Error messages: consent

referral-error-consent-share-with-gp-missing = اگر سروس آپ کے علاج اور دیکھ بھال کے بارے میں معلومات آپ کے جی پی کو دے سکتی ہے تو "ہاں" چنیں، ورنہ "نہیں" چنیں
referral-error-consent-privacy-notice-missing = خانے پر نشان لگا کر تصدیق کریں کہ آپ نے رازداری کا نوٹس (privacy notice) پڑھ لیا ہے

## Answer options shared by several questions

referral-option-yes = ہاں
referral-option-no = نہیں
referral-option-not-sure = یقین نہیں ہے
referral-option-prefer-not-to-say = بتانا نہیں چاہتے

## Interpreter

referral-interpreter-none = نہیں، مجھے ترجمان (انٹرپریٹر) کی ضرورت نہیں
referral-interpreter-spoken = ہاں، کسی بولی جانے والی زبان کا ترجمان
referral-interpreter-bsl = ہاں، برطانوی اشاروں کی زبان (British Sign Language یا BSL) کا ترجمان

## What would you like help with?

referral-help-topic-low-mood = اداسی یا ڈپریشن
referral-help-topic-worry = فکر یا بے چینی (اینگزائٹی)
referral-help-topic-panic = پینک اٹیک (اچانک شدید گھبراہٹ کے دورے)
referral-help-topic-social-anxiety = دوسرے لوگوں کے درمیان گھبراہٹ یا بے چینی محسوس کرنا
referral-help-topic-health-anxiety = اپنی صحت کے بارے میں فکر کرتے رہنا
referral-help-topic-phobia = کوئی ڈر یا فوبیا (شدید ڈر)
referral-help-topic-ocd = ان چاہے خیالات، یا کچھ کرنے کی ایسی شدید خواہش جسے روکنا مجھے مشکل لگتا ہے (OCD)
referral-help-topic-trauma = کوئی ڈراؤنی یا تکلیف دہ بات جو میرے ساتھ ہوئی
referral-help-topic-stress = ذہنی دباؤ (سٹریس)
referral-help-topic-sleep = نیند کے مسائل
referral-help-topic-long-term-condition = لمبے عرصے کی کسی بیماری یا صحت کے مسئلے کے ساتھ زندگی سنبھالنا
referral-help-topic-relationships = رشتوں میں مشکلات
referral-help-topic-bereavement = غم، یا کسی اپنے کو کھو دینا
referral-help-topic-other = کچھ اور

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = سفید فام
referral-ethnic-group-mixed = مخلوط (ملا جلا) نسلی پس منظر
referral-ethnic-group-asian = ایشیائی یا ایشیائی برطانوی
referral-ethnic-group-black = سیاہ فام یا سیاہ فام برطانوی
referral-ethnic-group-other = دوسرے نسلی گروہ

referral-ethnic-category-a = برطانوی
referral-ethnic-category-b = آئرش
referral-ethnic-category-c = کوئی اور سفید فام پس منظر
referral-ethnic-category-d = سفید فام اور سیاہ فام کیریبین
referral-ethnic-category-e = سفید فام اور سیاہ فام افریقی
referral-ethnic-category-f = سفید فام اور ایشیائی
referral-ethnic-category-g = کوئی اور مخلوط پس منظر
referral-ethnic-category-h = بھارتی (انڈین)
referral-ethnic-category-j = پاکستانی
referral-ethnic-category-k = بنگلہ دیشی
referral-ethnic-category-l = کوئی اور ایشیائی پس منظر
referral-ethnic-category-m = کیریبین
referral-ethnic-category-n = افریقی
referral-ethnic-category-p = کوئی اور سیاہ فام پس منظر
referral-ethnic-category-r = چینی
referral-ethnic-category-s = کوئی اور نسلی گروہ

## Gender

referral-gender-female = عورت
referral-gender-male = مرد
referral-gender-non-binary = نان بائنری (non-binary)
referral-gender-other = کوئی اور صنف

## Sexual orientation

referral-sexual-orientation-heterosexual = ہیٹروسیکشوئل یا سٹریٹ (مخالف جنس کی طرف کشش)
referral-sexual-orientation-gay-or-lesbian = گے یا لیزبین (اپنی ہی جنس کی طرف کشش)
referral-sexual-orientation-bisexual = بائی سیکشوئل (ایک سے زیادہ جنس کی طرف کشش)
referral-sexual-orientation-other = کوئی اور جنسی رجحان
referral-sexual-orientation-not-sure = یقین نہیں ہے

## Religion or belief

referral-religion-none = کوئی مذہب نہیں
referral-religion-buddhist = بدھ مت
referral-religion-christian = مسیحی (عیسائی)
referral-religion-hindu = ہندو
referral-religion-jewish = یہودی
referral-religion-muslim = مسلمان
referral-religion-sikh = سکھ
referral-religion-other = کوئی اور مذہب یا عقیدہ

## Employment
## Written as activities ("... کرنا") so that no option has a gendered verb form.

referral-employment-employed = آمدنی والا کام کرنا
referral-employment-unemployed = آمدنی والا کام نہ کرنا، اور کام ڈھونڈنا
referral-employment-student = طالب علم ہونا، اور آمدنی والا کام نہ کرنا
referral-employment-long-term-sick = لمبے عرصے کی بیماری یا معذوری کی وجہ سے کام نہ کرنا
referral-employment-homemaker = اپنے گھر والوں یا گھر کی دیکھ بھال کرنا
referral-employment-not-working = آمدنی والا کام نہ کرنا، اور کام نہ ڈھونڈنا
referral-employment-volunteer = بغیر پیسوں کے رضاکارانہ کام کرنا
referral-employment-retired = ریٹائرڈ ہونا

## Pregnancy and babies

referral-perinatal-pregnant = ہاں، میں حاملہ ہوں
referral-perinatal-baby = ہاں، میرا ایک بچہ ہے جس کی عمر 12 مہینے سے کم ہے

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = ابھی مدد حاصل کریں
referral-redirect-crisis-lead = مدد حاصل کرنے کے لیے آپ کو درخواست (ریفرل) کا انتظار کرنے کی ضرورت نہیں۔ نیچے دی گئی سروسز مفت ہیں اور ابھی آپ کی مدد کر سکتی ہیں۔ بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کی سروسز کرائسس (ہنگامی حالت) کی سروسز نہیں ہیں، لیکن جب آپ کو حالات کچھ پُرسکون محسوس ہوں، تو آپ واپس آ کر خود درخواست دے سکتے ہیں۔

referral-redirect-young-people-title = نوجوانوں کے لیے بھی مدد موجود ہے

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = یہ سروس { $age } سال اور اس سے زیادہ عمر کے لوگوں کے لیے ہے۔ اس کی جگہ، بچوں اور نوجوانوں کی ذہنی صحت کی سروسز آپ کی مدد کر سکتی ہیں۔ آپ کے جی پی (فیملی ڈاکٹر)، یا آپ کے اسکول یا کالج کی نرس یا کاؤنسلر (مشیر)، آپ کو ان سروسز کے پاس بھیج (ریفر کر) سکتے ہیں۔ آپ Childline کو بھی کسی بھی وقت { $childline } پر مفت کال کر سکتے ہیں۔

referral-redirect-gp-title = اپنی ذہنی صحت کی ٹیم یا اپنے جی پی سے بات کریں
referral-redirect-gp-body = چونکہ اس وقت ذہنی صحت کی ایک ٹیم آپ کی مدد کر رہی ہے، اس لیے بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کے بارے میں بات کرنے کے لیے وہی سب سے بہتر لوگ ہیں۔ اپنے کیئر کوآرڈینیٹر (آپ کی دیکھ بھال کے ذمہ دار شخص) سے، یا اُس ٹیم سے بات کریں جو آپ کی دیکھ بھال کر رہی ہے۔ اگر آپ کو یقین نہیں کہ وہ کون ہیں، تو آپ کے جی پی (فیملی ڈاکٹر) مدد کر سکتے ہیں۔

referral-redirect-area-title = پتا کریں کہ آپ کے علاقے کے لیے کون سی سروس ہے
referral-redirect-area-body = ہم یہ پکا نہیں کر سکے کہ یہ سروس اُس جگہ کے لیے کام کرتی ہے جہاں آپ رہتے ہیں، یا جہاں آپ کا جی پی کلینک ہے۔ سروس سے رابطہ کریں۔ وہ آپ کو بتائیں گے کہ کیا وہ آپ کی مدد کر سکتے ہیں، یا آپ کے علاقے کے لیے NHS کی بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کی کون سی سروس ہے۔
