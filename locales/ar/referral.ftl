### Self-referral form, Arabic (ar), translated from en-GB: error messages,
### answer options and redirects. Every id here is used by src/core/referral/.
### Translated for Waymark; not the official translation and not yet reviewed.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. They use the polite, gender-neutral "يُرجى + verbal noun" form
### and, like GOV.UK errors, have no final full stop.
### Length limits avoid counted nouns ("عدد أحرف ... على { $max }") so that
### Arabic number agreement is right for any number.
### Term choices (as in the other files): "referral" = طلب الإحالة;
### "refer yourself" = تقديم طلب إحالة بنفسك; "GP" = طبيب العائلة (GP);
### "GP practice" = عيادة طبيب العائلة; "interpreter" = مترجم فوري;
### "Not sure" = لا أعرف بالضبط (gender-neutral); "Prefer not to say" = أفضّل عدم الإجابة.
### Examples people type (NHS number, postcode, phone numbers, email) stay in
### Western digits and Latin letters, and are wrapped in invisible left-to-right
### isolate marks (U+2066 … U+2069) so that groups of digits such as
### "07700 900 982" keep their order inside right-to-left Arabic text.

## Error messages: about you

referral-error-given-name-missing = يُرجى إدخال اسمك الأول

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = يجب ألا يزيد عدد أحرف الاسم الأول على { $max }

referral-error-family-name-missing = يُرجى إدخال اسم العائلة

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = يجب ألا يزيد عدد أحرف اسم العائلة على { $max }

referral-error-date-of-birth-missing = يُرجى إدخال تاريخ ميلادك
referral-error-date-of-birth-missing-day = يجب أن يتضمّن تاريخ الميلاد اليوم
referral-error-date-of-birth-missing-month = يجب أن يتضمّن تاريخ الميلاد الشهر
referral-error-date-of-birth-missing-year = يجب أن يتضمّن تاريخ الميلاد السنة
referral-error-date-of-birth-missing-day-and-month = يجب أن يتضمّن تاريخ الميلاد اليوم والشهر
referral-error-date-of-birth-missing-day-and-year = يجب أن يتضمّن تاريخ الميلاد اليوم والسنة
referral-error-date-of-birth-missing-month-and-year = يجب أن يتضمّن تاريخ الميلاد الشهر والسنة
referral-error-date-of-birth-year-format = يجب أن تتكوّن السنة من 4 أرقام
referral-error-date-of-birth-not-real = يجب أن يكون تاريخ الميلاد تاريخًا حقيقيًا
referral-error-date-of-birth-in-future = يجب أن يكون تاريخ الميلاد اليوم أو في الماضي
referral-error-date-of-birth-too-long-ago = يجب أن يكون تاريخ الميلاد في 1 يناير (كانون الثاني) 1900 أو بعده

referral-error-nhs-number-missing = يُرجى إدخال رقم NHS الخاص بك
referral-error-nhs-number-not-digits = يُرجى إدخال رقم NHS باستخدام الأرقام فقط، مثل ⁦485 777 3456⁩
referral-error-nhs-number-length = يُرجى إدخال رقم NHS بالصيغة الصحيحة، مثل ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = يُرجى التحقّق من رقم NHS. الرقم الذي أدخلته ليس رقم NHS صالحًا. يمكنك العثور على رقمك في الرسائل التي تصلك من NHS أو في تطبيق NHS App

## Error messages: address

referral-error-address-line-1-missing = يُرجى إدخال السطر الأول من عنوانك
referral-error-address-line-2-missing = يُرجى إدخال السطر الثاني من عنوانك

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = يجب ألا يزيد عدد أحرف كل سطر من العنوان على { $max }

referral-error-town-missing = يُرجى إدخال اسم البلدة أو المدينة

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = يجب ألا يزيد عدد أحرف اسم البلدة أو المدينة على { $max }

referral-error-postcode-missing = يُرجى إدخال الرمز البريدي (postcode)
referral-error-postcode-invalid = يُرجى إدخال رمز بريدي كامل في المملكة المتحدة، مثل ⁦SW1A 1AA⁩

## Error messages: contact

referral-error-phone-missing = يُرجى إدخال رقم هاتف
referral-error-phone-characters = يُرجى إدخال رقم الهاتف باستخدام الأرقام والمسافات والأقواس والشرطات فقط، مع علامة + في البداية إن لزم، مثل ⁦07700 900 982⁩
referral-error-phone-uk-format = يُرجى إدخال رقم هاتف، مثل ⁦01632 960 001⁩ أو ⁦07700 900 982⁩. إذا كان الرقم من خارج المملكة المتحدة، فابدأ بعلامة + ثم رمز الدولة
referral-error-phone-international-format = يُرجى إدخال رقم الهاتف الدولي مع علامة + ورمز الدولة، مثل ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = يُرجى إدخال عنوان بريدك الإلكتروني
referral-error-email-invalid = يُرجى إدخال عنوان البريد الإلكتروني بالصيغة الصحيحة، مثل ⁦name@example.com⁩
referral-error-contact-route-missing = يُرجى إدخال رقم هاتف أو عنوان بريد إلكتروني، حتى تتمكّن الخدمة من التواصل معك
referral-error-voicemail-missing = يُرجى اختيار «نعم» إذا كان بإمكان الخدمة أن تترك لك رسالة صوتية
referral-error-texts-missing = يُرجى اختيار «نعم» إذا كان بإمكان الخدمة أن ترسل إليك رسائل نصية
referral-error-safe-times-missing = يُرجى إدخال الأيام والأوقات التي يكون فيها التواصل معك آمنًا

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = يجب ألا يزيد عدد أحرف الأوقات الآمنة للتواصل معك على { $max }

referral-error-preferred-language-missing = يُرجى إدخال اللغة التي تفضّل استخدامها

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = يجب ألا يزيد عدد أحرف اسم اللغة على { $max }

referral-error-interpreter-missing = يُرجى تحديد ما إذا كنت بحاجة إلى مترجم فوري
referral-error-interpreter-language-missing = يُرجى إدخال اللغة التي تحتاج إلى مترجم فوري لها

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = يجب ألا يزيد عدد أحرف لغة الترجمة على { $max }

## Error messages: your GP and your referral

referral-error-gp-practice-missing = يُرجى إدخال اسم عيادة طبيب العائلة (GP) المسجَّل فيها

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = يجب ألا يزيد عدد أحرف اسم عيادة طبيب العائلة على { $max }

referral-error-secondary-care-missing = يُرجى اختيار «نعم» إذا كان أحد فرق الصحة النفسية يدعمك حاليًا. إذا لم تكن متأكدًا، فاختر «لا أعرف بالضبط»
referral-error-help-with-missing = يُرجى إخبارنا بما تريد المساعدة فيه
referral-error-help-topics-missing = يُرجى اختيار أمر واحد على الأقل تريد المساعدة فيه

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = يُرجى اختيار إجابة للسؤال { $number } عن شعورك في الفترة الأخيرة

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = يُرجى اختيار إجابة للسؤال { $number } عن الهموم والقلق

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = يجب ألا يزيد عدد أحرف هذه الإجابة على { $max }

## Error messages: consent

referral-error-consent-share-with-gp-missing = يُرجى اختيار «نعم» إذا كان بإمكان الخدمة مشاركة معلومات عن رعايتك مع طبيب العائلة (GP)
referral-error-consent-privacy-notice-missing = يُرجى تأكيد أنك قرأت إشعار الخصوصية

## Answer options shared by several questions

referral-option-yes = نعم
referral-option-no = لا
referral-option-not-sure = لا أعرف بالضبط
referral-option-prefer-not-to-say = أفضّل عدم الإجابة

## Interpreter

referral-interpreter-none = لا، لا أحتاج إلى مترجم فوري
referral-interpreter-spoken = نعم، مترجم فوري للغة منطوقة
referral-interpreter-bsl = نعم، مترجم بلغة الإشارة البريطانية (BSL)

## What would you like help with?

referral-help-topic-low-mood = تدنّي المزاج أو الاكتئاب
referral-help-topic-worry = الهموم أو القلق
referral-help-topic-panic = نوبات الهلع
referral-help-topic-social-anxiety = الشعور بالقلق بين الناس
referral-help-topic-health-anxiety = القلق على صحتي
referral-help-topic-phobia = خوف معيّن أو رهاب (فوبيا)
referral-help-topic-ocd = أفكار أو رغبات ملحّة غير مرغوب فيها يصعب عليّ مقاومتها (الوسواس القهري، OCD)
referral-help-topic-trauma = حدث مخيف أو مؤلم مررتُ به
referral-help-topic-stress = الضغط النفسي
referral-help-topic-sleep = مشكلات في النوم
referral-help-topic-long-term-condition = التعايش مع حالة صحية طويلة الأمد
referral-help-topic-relationships = صعوبات في العلاقات
referral-help-topic-bereavement = الحزن أو الفقد
referral-help-topic-other = أمر آخر

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = أبيض
referral-ethnic-group-mixed = مختلط
referral-ethnic-group-asian = آسيوي أو بريطاني آسيوي
referral-ethnic-group-black = أسود أو بريطاني أسود
referral-ethnic-group-other = مجموعات عرقية أخرى

referral-ethnic-category-a = بريطاني
referral-ethnic-category-b = إيرلندي
referral-ethnic-category-c = أي خلفية بيضاء أخرى
referral-ethnic-category-d = أبيض وأسود كاريبي
referral-ethnic-category-e = أبيض وأسود أفريقي
referral-ethnic-category-f = أبيض وآسيوي
referral-ethnic-category-g = أي خلفية مختلطة أخرى
referral-ethnic-category-h = هندي
referral-ethnic-category-j = باكستاني
referral-ethnic-category-k = بنغلاديشي
referral-ethnic-category-l = أي خلفية آسيوية أخرى
referral-ethnic-category-m = كاريبي
referral-ethnic-category-n = أفريقي
referral-ethnic-category-p = أي خلفية سوداء أخرى
referral-ethnic-category-r = صيني
referral-ethnic-category-s = أي مجموعة عرقية أخرى (مثل العرب)

## Gender

referral-gender-female = أنثى
referral-gender-male = ذكر
referral-gender-non-binary = غير ثنائي (non-binary)
referral-gender-other = هوية جنسية أخرى

## Sexual orientation

referral-sexual-orientation-heterosexual = مغاير الجنس (أميل إلى الجنس الآخر)
referral-sexual-orientation-gay-or-lesbian = مثلي أو مثلية
referral-sexual-orientation-bisexual = مزدوج الميول (أميل إلى الجنسين)
referral-sexual-orientation-other = ميول جنسية أخرى
referral-sexual-orientation-not-sure = لا أعرف بالضبط

## Religion or belief

referral-religion-none = لا أتبع أي دين
referral-religion-buddhist = البوذية
referral-religion-christian = المسيحية
referral-religion-hindu = الهندوسية
referral-religion-jewish = اليهودية
referral-religion-muslim = الإسلام
referral-religion-sikh = السيخية
referral-religion-other = دين أو معتقد آخر

## Employment

referral-employment-employed = أعمل بأجر
referral-employment-unemployed = لا أعمل بأجر، وأبحث عن عمل
referral-employment-student = أدرس، ولا أعمل بأجر
referral-employment-long-term-sick = لا أعمل بسبب مرض طويل الأمد أو إعاقة
referral-employment-homemaker = أعتني بأسرتي أو بمنزلي
referral-employment-not-working = لا أعمل بأجر، ولا أبحث عن عمل
referral-employment-volunteer = أقوم بعمل تطوعي بلا أجر
referral-employment-retired = تقاعدتُ عن العمل

## Pregnancy and babies

referral-perinatal-pregnant = نعم، أنا حامل
referral-perinatal-baby = نعم، لديّ طفل عمره أقل من 12 شهرًا

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = احصل على المساعدة الآن
referral-redirect-crisis-lead = لا داعي لانتظار طلب الإحالة كي تحصل على المساعدة. الخدمات المذكورة أدناه مجانية ويمكنها مساعدتك الآن. خدمات العلاج بالكلام ليست خدمات للأزمات، لكن يمكنك العودة وتقديم طلب إحالة بنفسك عندما تهدأ الأمور.

referral-redirect-young-people-title = هناك دعم للشباب

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = هذه الخدمة للأشخاص الذين تبلغ أعمارهم { $age } عامًا فأكثر. يمكن لخدمات الصحة النفسية للأطفال والشباب أن تساعدك بدلًا منها. يمكن لطبيب العائلة (GP)، أو لممرضة أو مرشد في مدرستك أو كليتك، أن يحيلك إليها. يمكنك أيضًا الاتصال مجانًا بـ Childline على الرقم { $childline } في أي وقت.

referral-redirect-gp-title = تحدّث إلى فريق الصحة النفسية أو إلى طبيب العائلة (GP)
referral-redirect-gp-body = بما أن أحد فرق الصحة النفسية يدعمك حاليًا، فأفضل من تتحدث إليهم عن العلاج بالكلام هم أفراد هذا الفريق. تحدّث إلى منسّق رعايتك أو إلى الفريق الذي يعتني بك. إذا لم تكن متأكدًا من هو، فيمكن لطبيب العائلة (GP) مساعدتك.

referral-redirect-area-title = تحقّق من الخدمة التي تغطي منطقتك
referral-redirect-area-body = لم نتمكّن من التأكد من أن هذه الخدمة تغطي المنطقة التي تعيش فيها أو عيادة طبيب العائلة (GP) المسجَّل فيها. تواصل مع الخدمة، وسيخبرونك إن كان بإمكانهم مساعدتك، أو أي خدمة من خدمات العلاج بالكلام في NHS تغطي منطقتك.
