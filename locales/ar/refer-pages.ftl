# Waymark interface strings for the online referral pages, Arabic (ar),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in the other files): "referral" = طلب الإحالة;
# "refer yourself" = تقديم طلب إحالة بنفسك; "GP" = طبيب العائلة (GP);
# "GP practice" = عيادة طبيب العائلة; "optional" = (اختياري);
# "interpreter" = مترجم فوري; "reference" = الرقم المرجعي.
# Examples people type stay in Western digits and Latin letters, wrapped in
# invisible left-to-right isolate marks (U+2066 … U+2069), as in referral.ftl.

## Start

refer-start-lead = أخبرنا قليلًا عن نفسك، وستتواصل معك الخدمة للتحدث عمّا قد يساعدك.
refer-start-time = يستغرق ذلك نحو 10 دقائق. يمكنك الرجوع وتغيير إجاباتك قبل إرسالها.
refer-start-saved-device = تُحفظ إجاباتك على هذا الجهاز أثناء الكتابة، فلا يضيع شيء إذا أُغلقت الصفحة. وتُحذف بمجرد أن تستلم الخدمة طلب الإحالة، أو عندما تختار حذفها.
refer-start-saved-page = تبقى إجاباتك في هذه الصفحة فقط أثناء الكتابة، ولا يُحفظ أي شيء على هذا الجهاز. وإذا أُغلقت الصفحة قبل أن ترسل طلب الإحالة، تضيع إجاباتك.
refer-start-draft = لديك إجابات محفوظة على هذا الجهاز من قبل.
refer-start-resume = متابعة طلب الإحالة
refer-start-delete = حذف إجاباتي
refer-start-waiting = لديك طلب إحالة ينتظر الإرسال. اطّلع على حالته.

## Eligibility

refer-eligibility-title = قبل أن تبدأ
refer-eligibility-why = نطرح هذه الأسئلة أولًا لنتأكد من أن هذه الخدمة هي المناسبة لك. إذا لم تكن كذلك، فسنخبرك أين يمكنك الحصول على المساعدة.
refer-in-crisis-legend = هل تشعر الآن أنك لا تستطيع الحفاظ على سلامتك؟
refer-in-crisis-shared-hint = لا يستطيع العلاج بالكلام أن يساعدك على الفور. إذا كنت في أزمة، فسنبيّن لك أين تحصل على المساعدة الآن. إذا أرسلت طلب الإحالة بعد ذلك، فستطّلع الخدمة على إجابتك، لكي تتأكد من أنك في أمان.
refer-error-in-crisis-missing = يُرجى اختيار «نعم» إذا كنت تشعر الآن أنك لا تستطيع الحفاظ على سلامتك
refer-dob-legend = ما تاريخ ميلادك؟
refer-dob-hint = مثلًا: ⁦27 3 1985⁩. نسأل عن ذلك لأن الخدمة لا تستقبل إلا أشخاصًا من أعمار معيّنة.
refer-dob-day = اليوم
refer-dob-month = الشهر
refer-dob-year = السنة
refer-postcode-label = ما رمزك البريدي (postcode)؟
refer-postcode-hint = نسأل عن ذلك لأن الخدمة تعمل لسكان منطقتها.
refer-practice-list-label = ما عيادة طبيب العائلة (GP practice) التي سجّلت فيها؟
refer-practice-list-hint = نسأل عن ذلك لأن الخدمة تعمل مع عيادات أطباء العائلة في منطقتها. إذا لم تكن عيادتك في القائمة، فسنستخدم رمزك البريدي بدلًا من ذلك.
refer-practice-list-choose = اختر عيادتك
refer-practice-list-not-listed = عيادتي ليست في القائمة
refer-secondary-care-legend = هل يساعدك حاليًا فريق مجتمعي للصحة النفسية (community mental health team) أو فريق للأزمات (crisis team)؟
refer-secondary-care-hint = إذا كان الأمر كذلك، فيمكن لهذا الفريق أن يرتّب معك العلاج بالكلام.

## Not eligible

refer-not-eligible-title = قد لا تكون هذه الخدمة مناسبة لك
refer-not-eligible-phone = إذا كنت تظن أن هذا خطأ، أو لم تكن متأكدًا، فاتصل بالخدمة:
refer-not-eligible-change = الرجوع وتغيير إجاباتك

## About you

refer-about-you-title = معلومات عنك
refer-about-you-why = نستخدم هذه التفاصيل للعثور على سجلاتك، ولمراسلتك إذا احتجنا إلى ذلك.
refer-given-name-label = الاسم الأول
refer-family-name-label = اسم العائلة
refer-nhs-number-label = رقم NHS (اختياري)
refer-nhs-number-hint = يتكوّن من 10 أرقام، مثل ⁦485 777 3456⁩. يمكنك العثور عليه في الرسائل التي تصلك من NHS أو في تطبيق NHS App. يمكنك ترك هذا الحقل فارغًا.
refer-address-line-1-label = العنوان، السطر 1
refer-address-line-2-label = العنوان، السطر 2 (اختياري)
refer-address-hint = عنوان منزلك، لتعرف الخدمة أنك تعيش في منطقتها.
refer-town-label = البلدة أو المدينة

## Contact

refer-contact-title = كيف يمكننا التواصل معك؟
refer-contact-why = ستتواصل معك الخدمة لترتيب أول موعد. أخبرنا بما هو آمن لك.
refer-phone-label = رقم الهاتف
refer-phone-hint = رقم هاتف محمول أو أرضي في المملكة المتحدة. للأرقام الدولية، ابدأ بعلامة +.
refer-email-label = عنوان البريد الإلكتروني (اختياري)
refer-email-hint = فقط إذا لم يكن لديك مانع من أن تراسلك الخدمة بالبريد الإلكتروني.
refer-voicemail-legend = هل يمكننا أن نترك لك رسالة صوتية؟
refer-voicemail-hint = ستذكر الرسالة من المتصل، لكنها لن تذكر سبب الاتصال.
refer-texts-legend = هل يمكننا أن نرسل إليك رسائل نصية؟
refer-safe-times-label = متى يكون الاتصال بك آمنًا؟ (اختياري)
refer-safe-times-hint = مثلًا: صباح أيام الأسبوع، أو ليس بعد الساعة 6 مساءً.

## More about you

refer-more-title = لغتك، وطبيب العائلة (GP)، وما تريد المساعدة فيه
refer-more-why = يساعد هذا الخدمة على تقديم الدعم المناسب لك، باللغة المناسبة.
refer-language-label = ما اللغة التي تفضّل استخدامها؟ (اختياري)
refer-language-hint = يمكنك الحصول على مترجم فوري مجانًا، بما في ذلك مترجم لغة الإشارة البريطانية.
refer-interpreter-legend = هل تريد مترجمًا فوريًا؟
refer-interpreter-language-label = إذا كان الجواب نعم، فبأي لغة؟ (اختياري)
refer-gp-label = عيادة طبيب العائلة (GP) التي تتبع لها
refer-gp-hint = اسم العيادة والبلدة، مثل ⁦Riverside Medical Centre, Anytown⁩.
refer-help-with-label = ما الذي تريد المساعدة فيه؟ (اختياري)
refer-help-with-hint = بكلماتك الخاصة. اكتب كثيرًا أو قليلًا، كما تشاء.

refer-help-topics-legend = ما الذي تريد المساعدة فيه؟ (اختياري)
refer-help-topics-hint = اختر كل ما ينطبق عليك.

## Equality questions

refer-equality-title = معلومات عنك: أسئلة اختيارية
refer-equality-why = هذه الأسئلة اختيارية. تطرحها الخدمات لتتأكد من أنها عادلة مع الجميع، ولتعرف من لا تصل إليهم. لا تغيّر إجاباتك شيئًا في حصولك على المساعدة.
refer-ethnic-category-legend = ما مجموعتك العرقية؟
refer-gender-legend = ما جنسك؟
refer-gender-same-legend = هل جنسك هو نفسه الجنس الذي سُجّلت به عند الولادة؟
refer-orientation-legend = ما ميولك الجنسية؟
refer-religion-legend = ما دينك أو معتقدك؟
refer-disability-legend = هل تعتبر نفسك من ذوي الإعاقة؟
refer-long-term-legend = هل لديك حالة صحية جسدية طويلة الأمد، مثل السكري أو الربو أو أمراض القلب؟
refer-employment-legend = ما وضعك الوظيفي؟
refer-veteran-legend = هل سبق أن خدمت في القوات المسلحة البريطانية؟
refer-perinatal-legend = هل أنتِ حامل، أو هل أنجبتِ طفلًا خلال آخر 12 شهرًا؟

## Consent

refer-consent-title = مشاركة معلوماتك
refer-consent-why = تحافظ الخدمة على أمان معلوماتك، ولا تستخدمها إلا لمساعدتك.
refer-share-gp-legend = هل يمكن للخدمة أن تخبر طبيب العائلة (GP) أنك قدّمت طلب إحالة بنفسك؟
refer-share-gp-hint = عندها يمكن لطبيب العائلة أن يدعمك أيضًا. يمكنك الحصول على الخدمة حتى لو أجبت بـ«لا».
refer-privacy-consent-label = قرأتُ كيف تستخدم الخدمة معلوماتي، وأوافق على إرسال طلب الإحالة.

## Check your answers

refer-check-title = راجع إجاباتك قبل الإرسال
refer-change = تغيير
refer-check-phq9 = إجاباتك على PHQ-9 (تدنّي المزاج)
refer-check-gad7 = إجاباتك على GAD-7 (الهموم والقلق)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = الدرجة: { $score }
refer-check-remove = إزالة
refer-check-send-title = أرسل طلب الإحالة الآن
refer-check-send-saved = عند الإرسال، يُحفظ طلب الإحالة على هذا الجهاز أولًا، ثم يُرسَل إلى الخدمة. وإذا انقطع الاتصال، يواصل Waymark المحاولة كلما كان مفتوحًا على هذا الجهاز، ويُعلمك عندما تستلم الخدمة الطلب.
refer-check-send-memory = عند الإرسال، يبقى طلب الإحالة في هذه الصفحة، ثم يُرسَل إلى الخدمة. أبقِ هذه الصفحة مفتوحة إلى أن يظهر فيها أن الخدمة استلمته: فإذا أُغلقت الصفحة قبل ذلك، يضيع طلب الإحالة.
refer-check-already-sent = لقد أرسلت هذه الإجابات من قبل. ولن تُرسَل مرتين.
refer-check-see-progress = عرض حالة طلب الإحالة
refer-check-cannot-send = عذرًا، لا يستطيع هذا المتصفح إنشاء رقم مرجعي آمن لطلب الإحالة. يُرجى الاتصال بالخدمة بدلًا من ذلك.
refer-send = إرسال طلب الإحالة
refer-sending = جارٍ الإرسال…

## After sending

refer-sent-title = أُرسل طلب الإحالة
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = رقمك المرجعي هو { $reference }.
refer-sent-next-title = ماذا يحدث بعد ذلك
refer-sent-phone = إذا أردت التحدث إلى الخدمة، فاتصل بالرقم:
refer-sent-none = لا يوجد طلب إحالة على هذا الجهاز
refer-waiting-title = طلب الإحالة محفوظ على هذا الجهاز
refer-waiting-device-body = لم يصل إلى الخدمة بعد. يواصل Waymark المحاولة كلما كان مفتوحًا على هذا الجهاز، في أي صفحة، ويُعلمك هنا بمجرد أن تستلمه الخدمة.
refer-waiting-page-title = طلب الإحالة ينتظر في هذه الصفحة
refer-waiting-page-body = لم يصل إلى الخدمة بعد، وهو محفوظ في هذه الصفحة فقط. أبقِ هذه الصفحة مفتوحة: يواصل Waymark المحاولة، ويُعلمك هنا بمجرد أن تستلمه الخدمة. وإذا أُغلقت الصفحة قبل ذلك، يضيع طلب الإحالة.
refer-waiting-phone = يستغرق الأمر وقتًا أطول من المعتاد. قد تفضّل الاتصال بالخدمة بدلًا من ذلك.
refer-try-again = إعادة المحاولة الآن
refer-rejected-title = لم تتمكّن الخدمة من قبول طلب الإحالة عبر الإنترنت
refer-rejected-kept = لا يزال طلب الإحالة محفوظًا في المكان الذي أرسلته منه، ولم تستلمه الخدمة. يُرجى الاتصال بالخدمة لتقديم طلب الإحالة بنفسك بدلًا من ذلك، أو المحاولة مرة أخرى لاحقًا.
refer-receipt-title = ما يُحفظ على هذا الجهاز
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = حُذفت إجاباتك من هذا الجهاز. ولا يُحفظ إلا الرقم المرجعي أعلاه وتاريخ استلام الخدمة للطلب ({ $date })، لمدة { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، حتى تتمكّن من ذكره إذا اتصلت.
refer-receipt-delete = حذف الرقم المرجعي من هذا الجهاز
