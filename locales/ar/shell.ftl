# Waymark interface strings for the app shell, Arabic (ar, Modern Standard Arabic), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Register: plain Modern Standard Arabic. Buttons and menu items use verbal nouns
# (e.g. "حذف", "متابعة") where Arabic interfaces usually do, and gender-neutral
# wording where it reads naturally; otherwise the usual masculine form addresses everyone.
# Numbers are written in Western digits (as phone numbers and scores appear).
# Term choices: "talking therapies" = العلاج بالكلام; "refer yourself" = تقديم طلب إحالة بنفسك;
# "referral" = طلب الإحالة; "GP" = طبيب العائلة (GP); "GP practice" = عيادة طبيب العائلة;
# "device" = الجهاز; "questionnaire" = استبيان; "score" = الدرجة; "diagnosis" = تشخيص;
# "low mood" = تدنّي المزاج; "anxiety" = القلق; "worry" = الهموم / كثرة القلق;
# "stress" = الضغط النفسي; "panic" = الهلع; "crisis" = أزمة;
# "clinician" = أحد المختصين الصحيين; "A&E" = قسم الطوارئ (A&E).

## App shell

app-loading = جارٍ التحميل…
app-skip-link = الانتقال إلى المحتوى الرئيسي
app-help-now = احصل على المساعدة الآن
app-nav-label = القائمة الرئيسية
app-nav-home = الصفحة الرئيسية
app-nav-learn = معلومات ومساعدة ذاتية
app-nav-check = تحقّق من شعورك
app-nav-refer = الإحالة الذاتية
app-nav-privacy = الخصوصية والإعدادات
app-storage-unavailable = هذا المتصفح لا يسمح لـ Waymark بحفظ أي شيء، لذلك لن يُحفظ أي شيء بعد إغلاق هذه الصفحة. كل شيء آخر يعمل بشكل طبيعي.
app-footer-not-crisis = العلاج بالكلام ليس خدمة طوارئ.
app-referral-waiting = لديك طلب إحالة محفوظ على هذا الجهاز لم يصل إلى الخدمة بعد.
app-referral-waiting-link = عرضه وإرساله
needs-app-body = يحتاج هذا الجزء من الموقع إلى متصفح ويب أحدث، أو إلى تفعيل JavaScript. ولا يزال بإمكانك تقديم طلب إحالة بنفسك، أو سؤال الخدمة عن أي شيء:
needs-app-phone = اتصل بالرقم
needs-app-email = أرسل بريدًا إلكترونيًا إلى
needs-app-help = إذا كنت بحاجة إلى المساعدة الآن:
app-saved-unreadable = تعذّرت قراءة بعض الإجابات المحفوظة على هذا الجهاز. وقد وُضعت جانبًا ولم تُحذف. يمكنك في صفحة الخصوصية أن ترى ما هو محفوظ، وأن تحذفه.
feature-failed-title = تعذّر تحميل هذا الجزء من الخدمة
feature-failed-body = تحقّق من اتصالك بالإنترنت وأعد تحميل الصفحة. إذا كنت بحاجة إلى المساعدة الآن، فاستخدم رابط «احصل على المساعدة الآن» في أعلى الصفحة.

## Shared-device mode (outreach tablets)

shared-notice = جهاز مشترك: لا يُحتفظ بأي معلومات شخصية بعد أن تنتهي.
shared-finish = إنهاء ومسح
shared-unsent-warning = هناك طلب إحالة لم يُرسَل بعد. وهو محفوظ في هذه الصفحة فقط، لذلك إذا أنهيت الآن فسيضيع. انتظر حتى يُرسَل، أو سجّل بيانات الشخص بطريقة أخرى.
shared-finish-anyway = الإنهاء على أي حال
shared-finish-when-sent = الانتظار والإنهاء بعد إرساله
shared-waiting-to-send = في انتظار أن تستلم الخدمة طلب الإحالة. ستُمسح هذه الصفحة تلقائيًا بمجرد استلامه.
shared-unsent-call = أو اتصل بالخدمة لتقديم طلب الإحالة عبر الهاتف:
shared-timeout-title = هل ما زلت هنا؟
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = حفاظًا على الخصوصية، سيُمسح كل ما في هذه الصفحة خلال { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
shared-timeout-continue = ما زلت هنا

## Quick exit

quick-exit-label = خروج سريع
quick-exit-button = الخروج من هذه الصفحة
quick-exit-hint = أو اضغط على مفتاح Shift ثلاث مرات.

## Language switcher

language-switcher-label = اللغة
language-switcher-failed = عذرًا، تعذّر تحميل هذه اللغة. تحقّق من اتصالك وحاول مرة أخرى.

## Home

home-title = العلاج بالكلام: دعم لما تشعر به
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = تقدّم خدمة { $service } علاجًا بالكلام مجانيًا من NHS للبالغين الذين يشعرون بالحزن أو القلق أو الضغط النفسي. يمكنك هنا التعرّف على المشكلات الشائعة، والتحقّق من شعورك في الفترة الأخيرة، وتقديم طلب إحالة بنفسك.
home-learn-title = معلومات ومساعدة ذاتية يمكنك تجربتها
home-learn-body = اقرأ عن تدنّي المزاج، والهموم، ونوبات الهلع، والنوم، وغيرها، مع تمارين قصيرة يمكنك تجربتها اليوم.
home-check-title = تحقّق من شعورك في الفترة الأخيرة
home-check-body = أجب عن بضعة أسئلة قصيرة. تبقى إجاباتك على هذا الجهاز.
home-refer-title = قدّم طلب إحالة بنفسك
home-refer-body = لست بحاجة إلى مراجعة طبيب العائلة (GP) أولًا.
home-not-crisis = إذا كنت بحاجة إلى المساعدة الآن، فلا تنتظر.

## Learn

learn-title = معلومات ومساعدة ذاتية يمكنك تجربتها
learn-lead = معلومات عن المشكلات الشائعة، وأشياء يمكنك تجربتها لتشعر بتحسّن.
learn-refer-link = قدّم طلب إحالة بنفسك للعلاج بالكلام
learn-loading = جارٍ التحميل…
learn-pack-failed = تعذّر تحميل مواضيع المساعدة الذاتية. تحقّق من اتصالك وحاول مرة أخرى.
learn-topics-title = المواضيع
learn-for-me-title = مواد تناسبني
learn-for-me-hint = اختر فئة لترى موادّ كُتبت مع مراعاة أشخاص مثلك. لا يتذكّر Waymark اختيارك.
learn-for-me-label = عرض المواد المخصّصة لـ
learn-for-me-everyone = الجميع
learn-for-me-intro = كُتبت لهذه الفئة:
learn-related-topics = مواضيع قد تساعدك
learn-all-topics = كل المواضيع
learn-not-found = لا يوجد موضوع بهذا الاسم. ربما نُقل إلى مكان آخر.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = هذه الصفحة غير متوفرة باللغة { $language } بعد.
learn-read-in-english = اقرأها بالإنجليزية
learn-in-english-note = تظهر هذه الصفحة بالإنجليزية لأنها لم تُترجم بعد.
learn-status-reviewed = راجعها أحد المختصين الصحيين.
learn-status-draft = لم يراجعها أحد المختصين الصحيين بعد.
learn-status-machine = ترجمها الحاسوب، ولم يراجعها أي شخص بعد. قد تكون بعض الكلمات خاطئة.
learn-tools-label = أدوات الصفحة
learn-read-aloud = القراءة بصوت عالٍ
learn-stop-reading = إيقاف القراءة
learn-text-size = حجم النص
learn-text-size-standard = عادي
learn-text-size-large = كبير
learn-text-size-largest = الأكبر
learn-print = طباعة هذه الصفحة
learn-next-title = ما يمكنك فعله بعد ذلك
learn-next-check = تحقّق من شعورك في الفترة الأخيرة
learn-next-refer = قدّم طلب إحالة بنفسك للعلاج بالكلام
learn-next-help = احصل على المساعدة الآن إذا لم تستطع الحفاظ على سلامتك

## Check

check-title = تحقّق من شعورك في الفترة الأخيرة
check-lead = استبيانات قصيرة تستخدمها كثير من خدمات العلاج بالكلام في NHS.
check-not-a-diagnosis = تساعدك إجاباتك على التفكير في حالك في الفترة الأخيرة. وهي ليست تشخيصًا.
## Refer

refer-title = قدّم طلب إحالة بنفسك
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = يمكنك تقديم طلب إحالة بنفسك إلى خدمة { $service }. لست بحاجة إلى مراجعة طبيب العائلة (GP) أولًا.
refer-online-coming = النموذج الإلكتروني غير متوفر بعد في هذا الإصدار من Waymark. يمكنك تقديم طلب الإحالة بنفسك عبر الهاتف.
refer-not-online = لا تقبل هذه الخدمة طلبات الإحالة عبر الإنترنت. يمكنك تقديم طلب الإحالة بنفسك عبر الهاتف.
refer-by-phone = تقديم الطلب عبر الهاتف
refer-by-email = أو عبر البريد الإلكتروني:
refer-what-next = سيتحدث معك أحد العاملين في الخدمة عمّا قد يساعدك، وعن المدة التي قد تنتظرها.

## Get help now

help-title = احصل على المساعدة الآن
help-lead = إذا شعرت أنك لا تستطيع الحفاظ على سلامتك، أو كنت في أزمة، فاطلب المساعدة فورًا.
help-not-crisis-service = خدمات العلاج بالكلام ليست خدمات للأزمات، لكنها تستطيع مساعدتك عندما تشعر بالأمان.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = إذا كانت حياتك في خطر الآن، فاتصل بالرقم { $number } أو اذهب إلى قسم الطوارئ (A&E).
crisis-emergency-body = مثلًا، إذا آذيت نفسك أذًى خطيرًا، أو شعرت أنك لا تستطيع الحفاظ على سلامتك.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }، الخيار { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = اتصل بالرقم { $number } واختر الخيار { $option } للوصول إلى خط NHS لأزمات الصحة النفسية، المتاح على مدار 24 ساعة ولجميع الأعمار. يتوفر مترجمون فوريون.
crisis-samaritans-body = اتصل مجانًا، ليلًا أو نهارًا، للتحدث عن أي شيء.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = إذا كنت تفضّل الكتابة على الكلام، فأرسل رسالة نصية بكلمة { $keyword } إلى الرقم { $number }، ليلًا أو نهارًا.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = للأشخاص دون سن { $age } الذين تراودهم أفكار انتحارية، وللأشخاص القلقين عليهم. الخط متاح ليلًا ونهارًا، عبر الهاتف أو الرسائل النصية.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = للأطفال والشباب دون سن { $age }.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = أرسل { $keyword } إلى الرقم { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = أرسل رسالة نصية إلى الرقم { $number }

## Privacy and settings

privacy-title = الخصوصية والإعدادات
privacy-lead = يعمل Waymark داخل متصفحك. لا يستخدم ملفات تعريف الارتباط (cookies)، ولا يتتبّعك، ولا يعرض إعلانات.
privacy-kept-title = ما يُحفظ على هذا الجهاز
privacy-kept-nothing = لا يُحفظ أي شيء على هذا الجهاز.
privacy-stored-language = اللغة التي اخترتها.
privacy-stored-check-progress = إجابات استبيان لم تُكمله (تُحفظ فقط إلى أن تغلق علامة التبويب هذه).
privacy-stored-history = نتائج الاستبيانات التي اخترت الاحتفاظ بها.
privacy-stored-referral-draft = إجابات طلب إحالة لم ترسله بعد.
privacy-stored-outbox-undelivered = طلبات الإحالة التي لم تصل إلى الخدمة بعد.
privacy-stored-receipts = الأرقام المرجعية لطلبات الإحالة التي استلمتها الخدمة، مع التاريخ. ولا شيء من إجاباتك.
privacy-stored-unreadable = إجابات أو طلبات إحالة محفوظة تعذّر على هذا الجهاز قراءتها، ووُضعت جانبًا بدلًا من حذفها.
privacy-stored-text-size = حجم النص الذي اخترته للقراءة.
privacy-stored-shared-device = أن هذا الجهاز في وضع الجهاز المشترك (مع رمز العامل محفوظًا بصيغة لا يمكن قراءتها).
privacy-delete-all = حذف كل ما هو محفوظ على هذا الجهاز
privacy-deleted-everything = حُذف كل ما كان Waymark يحفظه على هذا الجهاز، بما في ذلك الصفحات المحفوظة للقراءة دون اتصال بالإنترنت.
privacy-delete-unsent-warning = هناك طلب إحالة لم يصل إلى الخدمة بعد. إذا حذفت كل شيء الآن، فلن يُرسَل.
privacy-delete-anyway = حذف كل شيء على أي حال
privacy-shared-title = وضع الجهاز المشترك، للعاملين في التواصل المجتمعي
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = استخدم هذا الوضع على جهاز لوحي يستخدمه عدة أشخاص في اليوم الواحد. لا يُحفظ أي شيء شخصي على الجهاز، ويُمسح كل شيء عند الضغط على «إنهاء ومسح»، أو بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} دون استخدام.
privacy-worker-title = للعاملين في التواصل المجتمعي: طلبات الإحالة المنتظرة على هذا الجهاز
privacy-worker-check = التحقّق
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] لا توجد طلبات إحالة منتظرة على هذا الجهاز.
    [one] هناك طلب إحالة واحد على هذا الجهاز في انتظار الوصول إلى الخدمة. أبقِ Waymark مفتوحًا ومتصلًا بالإنترنت حتى يتم إرساله.
    [two] هناك طلبا إحالة على هذا الجهاز في انتظار الوصول إلى الخدمة. أبقِ Waymark مفتوحًا ومتصلًا بالإنترنت حتى يتم إرسالهما.
    [few] هناك { $count } طلبات إحالة على هذا الجهاز في انتظار الوصول إلى الخدمة. أبقِ Waymark مفتوحًا ومتصلًا بالإنترنت حتى يتم إرسالها.
    [many] هناك { $count } طلب إحالة على هذا الجهاز في انتظار الوصول إلى الخدمة. أبقِ Waymark مفتوحًا ومتصلًا بالإنترنت حتى يتم إرسالها.
   *[other] هناك { $count } طلب إحالة على هذا الجهاز في انتظار الوصول إلى الخدمة. أبقِ Waymark مفتوحًا ومتصلًا بالإنترنت حتى يتم إرسالها.
}
privacy-shared-sealed-kept = الاستثناء الوحيد هو طلب الإحالة الذي لم يصل إلى الخدمة بعد. فهو يُحفظ على الجهاز إلى أن يُرسَل، مقفلًا بحيث لا يمكن لأحد غير الخدمة فتحه. ولا يستطيع أي شخص يستخدم الجهاز أن يرى الطلب ولا أن يعرف صاحبه.
privacy-shared-by-service = فعّلت الخدمة هذا الوضع على جميع الأجهزة.
privacy-shared-is-on = وضع الجهاز المشترك مُفعَّل على هذا الجهاز.
privacy-shared-code-label = رمز العامل
privacy-shared-code-hint = 4 أرقام على الأقل. ستحتاج إليه لإيقاف هذا الوضع، حتى لا يستطيع الشخص الذي تساعده إيقافه.
privacy-shared-turn-on = التفعيل على هذا الجهاز
privacy-shared-turn-off = الإيقاف
privacy-shared-code-error = أدخل رمز عامل من 4 أرقام على الأقل.
privacy-shared-wrong-code = هذا ليس رمز العامل الخاص بهذا الجهاز.
privacy-private-browsing-title = إذا كان أشخاص آخرون يستخدمون هذا الجهاز
privacy-private-browsing-body = استخدم نافذة خاصة أو نافذة تصفّح متخفٍّ. عندها لن يبقى في المتصفح أي شيء من هذه الزيارة عند إغلاقها.
privacy-history-body = لا يستطيع أي موقع إلكتروني حذف سجل التصفح لديك. إذا كنت تخشى أن يطّلع عليه أحد، فيمكنك حذفه من إعدادات متصفحك.
privacy-sent-title = ما يُرسَل
privacy-sent-body = لا يخرج أي شيء من هذا الجهاز إلا إذا أرسلت طلب إحالة. ويذهب طلب الإحالة إلى الخدمة فقط.
privacy-notice-link = اقرأ إشعار الخصوصية الخاص بالخدمة
privacy-admin-warnings = لمسؤولي الخدمة: تحذيرات الإعدادات

## Not found

not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح. إذا وصلت إليها عبر رابط، فربما نُقلت الصفحة.
not-found-home = الذهاب إلى الصفحة الرئيسية

## Configuration error (for the service's admin)

admin-error-title = عذرًا، هذه الخدمة لا تعمل الآن
admin-error-public = إذا كنت بحاجة إلى المساعدة الآن:
admin-error-for-admins = لمسؤول الخدمة
admin-error-file = الملف
admin-error-field = الحقل
admin-error-problem = المشكلة
admin-error-docs = راجع الملف docs/configuration.md لمعرفة كل حقل وصيغته.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = تعذّر تحميل { $file }: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = الملف { $file } ليس بصيغة JSON صالحة في السطر { $line }، العمود { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = القيمة مفقودة أو من نوع خاطئ: { $detail }.
admin-error-empty = يجب ألا تكون القيمة فارغة.
admin-error-not-secure-url = يجب أن تكون القيمة عنوانًا يبدأ بـ https://. لا يُسمح بـ http:// إلا لـ 127.0.0.1 أو localhost أثناء الاختبار.
admin-error-not-email = القيمة ليست عنوان بريد إلكتروني.
admin-error-no-known-language = لا تتوفر أي لغة من اللغات المدرجة في هذا الإصدار من Waymark.
admin-error-not-public-key = القيمة ليست مفتاحًا عامًا (public key) أنشأه الأمر «receiver keygen» (يتكوّن من 43 رمزًا: حروف أو أرقام أو - أو _).
admin-error-no-parent-origin = التضمين (embedding) مُفعَّل، لكن لا يُسمح لأي موقع إلكتروني بتضمين Waymark. أدرج كل موقع في embed.allowed_parent_origins.
admin-error-not-origin = يجب أن تكون القيمة أصل (origin) موقع إلكتروني، دون مسار (path) ودون *، مثل: https://www.example.nhs.uk
admin-error-out-of-range = يجب أن يكون الرقم أكبر من 0 وألا يزيد على 120 دقيقة.
admin-error-out-of-range-days = يجب أن يكون الرقم عددًا صحيحًا من الأيام، من 1 إلى 365.
admin-error-not-phone-number = يجب أن تكون القيمة رقم هاتف يمكن الاتصال به، مثل ⁦0113 496 0000⁩ أو ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = يحمل هذا الخط اسم أحد خطوط الأزمات الوطنية، لكن رقمه ليس رقم ذلك الخط. تحقّق من الرقم، أو أعطِ الخط اسم خدمتك الخاص بها.

## Forms (shared by the self-check and referral pages)

check-back = رجوع
check-start = ابدأ الآن
check-next = متابعة
check-error-prefix = خطأ:
check-error-summary-title = هناك مشكلة

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = في أثناء الانتظار
waiting-lead = ماذا يحدث بعد أن تقدّم طلب إحالة بنفسك، وكم قد يستغرق ذلك، وما الذي قد يساعدك في هذه الأثناء.
waiting-next-title = ماذا يحدث بعد ذلك
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = ستتواصل معك الخدمة خلال { $days ->
    [zero] { $days } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days } أيام عمل
    [many] { $days } يوم عمل
   *[other] { $days } يوم عمل
} من استلام طلب الإحالة، لترتيب أول محادثة معك (تقييم).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = في الوقت الحالي، ينتظر الناس عادةً بعد ذلك { $weeks ->
    [0] أقل من أسبوع
    [zero] نحو { $weeks } أسبوع
    [one] نحو أسبوع واحد
    [two] نحو أسبوعين
    [few] نحو { $weeks } أسابيع
    [many] نحو { $weeks } أسبوعًا
   *[other] نحو { $weeks } أسبوع
} حتى أول موعد لهم.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (آخر مرة تحقّقت فيها الخدمة من ذلك كانت في { $date }.)
waiting-contact-title = للسؤال عن طلب الإحالة أو إلغائه
waiting-contact-body = تواصل مع الخدمة. وإذا كان لديك رقم مرجعي، فاذكره.
waiting-contact-phone = الهاتف:
waiting-contact-email = البريد الإلكتروني:
waiting-help-title = ما الذي قد يساعدك في أثناء الانتظار
waiting-help-learn = اقرأ عن المشكلات الشائعة وجرّب التمارين
waiting-help-check = تحقّق من شعورك، واحتفظ بالنتيجة على هذا الجهاز لتقارنها لاحقًا
waiting-harder-title = إذا أصبحت الأمور أصعب في أثناء الانتظار
waiting-harder-body = أخبر الخدمة إذا شعرت بأنك أسوأ، أو إذا تغيّر شيء ما. اتصل بالرقم:
waiting-harder-crisis = إذا شعرت أنك لا تستطيع الحفاظ على سلامتك، فلا تنتظر:
waiting-device-title = على هذا الجهاز
waiting-no-reference = لا يوجد على هذا الجهاز رقم مرجعي لطلب إحالة. إذا قدّمت الطلب من جهاز آخر، أو حذفت الرقم المرجعي، فيمكن للخدمة العثور على طلبك من خلال اسمك وتاريخ ميلادك.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = الرقم المرجعي لطلب الإحالة هو { $reference }. استلمت الخدمة طلبك في { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = أي بحلول { $date }، دون احتساب العطلات الرسمية.
waiting-call-calendar = إضافة هذا التاريخ إلى التقويم (ملف يُنشأ على هذا الجهاز)
# Variables:
#   $service (String) - the service's name
waiting-call-event = من المتوقع أن تتواصل معك خدمة { $service } بحلول اليوم
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = الرقم المرجعي لطلب الإحالة هو { $reference }.
waiting-calendar-privacy = تُنشأ ملفات التقويم على هذا الجهاز ولا تُرسل إلى أي مكان. يظهر اسم الخدمة في الموعد المضاف إلى التقويم: أي شخص يستطيع رؤية تقويمك يمكنه رؤيته.
waiting-check-in-title = تابِع حالك كل أسبوعين
waiting-check-in-body = إعادة الاستبيان نفسه كل أسبوعين تُظهر ما إذا كانت الأمور تتغيّر. وإذا أظهرت إحدى المتابعات أن الأمور أصبحت أصعب، يخبرك Waymark بذلك ويوضّح لك كيف تُبلغ الخدمة.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: حان موعد المتابعة
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: المتابعة التالية في { $date }
waiting-check-in-calendar = إضافة تذكير إلى التقويم
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = متابعة: { $name }
waiting-check-in-event-body = أعد الاستبيان في Waymark لترى ما إذا كانت الأمور تتغيّر.
waiting-check-in-none = عندما تحتفظ بنتيجة PHQ-9 أو GAD-7 على هذا الجهاز، تُظهر لك هذه الصفحة متى تعيده.
waiting-check-in-not-kept = لا يحتفظ هذا الجهاز بنتائج الاستبيانات، لذلك لا يمكنه تذكيرك بموعد المتابعة.
waiting-print = طباعة هذه الصفحة أو حفظها كملف PDF
refer-sent-waiting-link = في أثناء الانتظار: ماذا يحدث بعد ذلك، وكم قد يستغرق، وما الذي قد يساعدك

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = مساحة التخزين على هذا الجهاز ممتلئة، لذلك فإن ما تُدخله الآن محفوظ في هذه الصفحة فقط: إذا أغلقت الصفحة، فسيضيع. أكمل ما تقوم به قبل أن تغلقها (يظل طلب الإحالة يُرسَل ما دامت الصفحة مفتوحة)، أو اتصل بالخدمة. إذا أفرغت بعض المساحة من إعدادات المتصفح، فسيتمكّن Waymark من الحفظ مرة أخرى.
privacy-stored-waiting-plan = خطة الانتظار التي بدأتها، والخطوات التي وضعت عليها علامة.
waiting-plan-title = خطة للأسابيع القادمة
waiting-plan-body = بضع خطوات صغيرة كل أسبوع، من التمارين الموجودة في «معلومات ومساعدة ذاتية». تضع هنا علامة على كل خطوة تنجزها. تُحفظ الخطة على هذا الجهاز فقط، ويمكنك حذفها في أي وقت.
waiting-plan-question = ما الذي قد يساعدك أكثر من غيره الآن؟
waiting-plan-suggested-hint = هناك خطة عليها علامة «مقترحة»، بناءً على نتائج الاستبيانات التي احتفظت بها. اختر الخطة التي تشعر أنها مناسبة لك.
waiting-plan-suggested = مقترحة
waiting-plan-start = بدء هذه الخطة
waiting-plan-unreadable = تعذّرت قراءة خطتك المحفوظة: ربما تكون من إصدار أقدم من Waymark، أو تم تغييرها على هذا الجهاز. اختر خطة من الخطط أدناه لتبدأ من جديد. لن تُستبدل الخطة القديمة إلا عندما تفعل ذلك.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = الأسبوع { $week }
waiting-plan-this-week = هذا الأسبوع
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = أنت الآن في الأسبوع { $week } من خطتك.
waiting-plan-after-end = لقد مررت بكل أسابيع الخطة. استمر في الخطوات التي ساعدتك، وعُد إلى أي خطوة فاتتك.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = الخطوات المنجزة: { $done } من { $total }.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = طريقة القيام بها: { $topic }
waiting-plan-kept = خطتك والخطوات التي تضع عليها علامة محفوظة على هذا الجهاز فقط. وزر «حذف كل ما هو محفوظ على هذا الجهاز» في صفحة الخصوصية يحذفها أيضًا.
waiting-plan-stop = إيقاف هذه الخطة وحذفها
waiting-plan-not-shared = لا تُحفظ الخطط إلا على جهاز خاص بك، لذلك لا يقدّم هذا الجهاز المشترك خطة.
waiting-plan-not-kept = هذا المتصفح لا يسمح لـ Waymark بحفظ أي شيء، لذلك لا يمكن الاحتفاظ بخطة هنا.
