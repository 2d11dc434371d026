# Waymark interface strings for the self-check pages, Arabic (ar), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = استبيان; "score" = الدرجة;
# "diagnosis" = تشخيص; "device" = الجهاز; "referral" = طلب الإحالة; "keep" (a result) = الاحتفاظ;
# "treatment threshold" = عتبة العلاج; "range" (band column) = المستوى;
# "reliable improvement" = تحسّن موثوق; "recovery" = التعافي.
# Arabic plural categories: zero, one, two, few (3-10), many (11-99), other (100, 101...).

## Self-check list and questions

check-private = تبقى إجاباتك على هذا الجهاز. لا يُرسَل أي شيء إلا إذا اخترت إضافة نتائجك إلى طلب إحالة.
check-help-intro = إذا كنت تخشى على سلامتك، فلا تنتظر أي استبيان.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
check-about-phq9 = أسئلة عن تدنّي المزاج والاكتئاب، مثل فقدان الاهتمام بالأشياء، والنوم، والطاقة، وشعورك تجاه نفسك.
check-about-gad7 = أسئلة عن الهموم والقلق، مثل الشعور بالتوتر، وعدم القدرة على التوقف عن القلق، وصعوبة الاسترخاء.
check-about-wsas = أسئلة عن تأثير مشكلاتك على عملك، وحياتك المنزلية، وحياتك الاجتماعية، وعلاقاتك.
check-about-phobia = أسئلة عن تجنّب بعض المواقف بسبب الخوف، مثل المواقف الاجتماعية، أو الأماكن التي قد تحدث فيها نوبة هلع، أو أشياء معيّنة.
check-about-pcl5 = أسئلة عن ردود الفعل بعد تجربة شديدة الضغط، مثل الذكريات غير المرغوب فيها، والشعور بالحذر الدائم، وتجنّب ما يذكّرك بها.
check-about-other = استبيان تستخدمه الخدمة التي تتعامل معها.
check-back-to-list = كل الاستبيانات
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = { $count ->
    [zero] لا يحتوي هذا الاستبيان على أي سؤال.
    [one] يتكوّن هذا الاستبيان من سؤال واحد.
    [two] يتكوّن هذا الاستبيان من سؤالين.
    [few] يتكوّن هذا الاستبيان من { $count } أسئلة.
    [many] يتكوّن هذا الاستبيان من { $count } سؤالًا.
   *[other] يتكوّن هذا الاستبيان من { $count } سؤال.
} اختر الإجابة الأنسب لك. يستغرق ذلك بضع دقائق.
check-continue = المتابعة من حيث توقفت
check-start-again = البدء من جديد
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = السؤال { $number } من { $total }
check-error-choose = اختر الإجابة الأنسب لك
check-translation-official = يُعرض هذا الاستبيان بترجمته الرسمية لهذه اللغة.
check-translation-none = لم يُترجم هذا الاستبيان إلى هذه اللغة بعد، لذلك يُعرض بالإنجليزية.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = تُعرض الأسئلة بالإنجليزية، بالصياغة التي اختُبرت بها. لا تتوفر بعدُ ترجمة إلى لغتك جرى التحقق منها لحساب الدرجات. تبقى بقية الصفحة بلغتك.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = تُرجم هذا الاستبيان من أجل هذه الخدمة وراجعه أحد المراجعين، لكنه ليس ترجمة رسمية. لم تُختبر الدرجات إلا بالصياغة الرسمية، لذلك قد تكون نتيجتك أقل دقة من المعتاد.
check-wording-unreviewed-unvalidated = تُرجم هذا الاستبيان من أجل هذه الخدمة، لكن لم يراجع أحد الترجمة بعد. لم تُختبر الدرجات إلا بالصياغة الرسمية، لذلك قد تكون نتيجتك أقل دقة من المعتاد.
check-wording-machine-unvalidated = ترجم الحاسوب هذا الاستبيان، ولم يراجع أحد الترجمة بعد. لم تُختبر الدرجات إلا بالصياغة الرسمية، لذلك قد تكون نتيجتك أقل دقة من المعتاد.

## Self-check safety page

check-safety-title = شكرًا لأنك أخبرتنا
check-safety-lead = ذكرتَ أنه راودتك أفكار بأن الموت أفضل لك، أو أفكار بإيذاء نفسك. لا داعي لمواجهة هذا وحدك.
check-safety-body = إذا شعرت أنك قد تتصرف بناءً على هذه الأفكار، أو أنك لا تستطيع الحفاظ على سلامتك، فاطلب المساعدة الآن. هذه الخدمات مجانية، والعاملون فيها سيستمعون إليك.
check-safety-continue-hint = عندما تشعر بالاستعداد، يمكنك متابعة الأسئلة ورؤية نتائجك.
check-safety-continue = المتابعة

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = نتائجك: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = درجتك { $score } من { $max }.
check-result-risk = أخبرتنا أنه راودتك أفكار بأن الموت أفضل لك، أو بإيذاء نفسك. من فضلك لا تنتظر: المساعدة متاحة الآن.
check-result-prorated = لم تتم الإجابة عن أحد الأسئلة، أو لم يكن ينطبق عليك، لذلك حُسب هذا المجموع من إجاباتك الأخرى.
check-result-items-caption = إجاباتك، سؤالًا بسؤال
check-result-item = السؤال
check-result-item-score = إجابتك (من 0 إلى 8)
check-result-item-note = ملاحظة
check-result-not-title = ما لا تعنيه هذه النتيجة
check-result-not-diagnosis = هذا ليس تشخيصًا. الدرجة دليل تقريبي على شعورك في الفترة الأخيرة. لا يمكنها أن تخبرك بما تعاني منه، ولا أن تحدّد إن كنت تستحق المساعدة.
check-result-any-score = مهما كانت درجتك، إذا كنت تعاني، فيمكنك طلب المساعدة. لا يلزم أن تكون درجتك عالية كي يؤخذ وضعك على محمل الجد.
check-result-next-title = ما يمكنك فعله بعد ذلك
check-result-next-learn = اقرأ عمّا قد يساعدك، وجرّب بعض وسائل المساعدة الذاتية
check-result-next-refer = قدّم طلب إحالة بنفسك للعلاج بالكلام
check-result-next-help = احصل على المساعدة الآن إذا كنت بحاجة إليها
check-result-print = طباعة هذه النتائج أو حفظها
check-result-keep = الاحتفاظ بهذه النتيجة على هذا الجهاز
check-result-kept = محفوظة على هذا الجهاز.
check-result-cannot-keep = هذا المتصفح لا يسمح لـ Waymark بحفظ أي شيء، لذلك لا يمكن الاحتفاظ بهذه النتيجة. يمكنك طباعتها أو حفظها كملف PDF.
check-result-unavailable = لا يمكن حساب درجة لهذه الإجابات

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = النتائج التي احتفظت بها: { $name }
check-history-link = عرض النتائج التي احتفظت بها على هذا الجهاز
check-history-empty = لم تحتفظ بأي نتائج لهذا الاستبيان على هذا الجهاز.
check-history-unavailable = هذا المتصفح لا يسمح لـ Waymark بحفظ أي شيء، لذلك لا يمكن الاحتفاظ بالنتائج هنا.
check-history-unreadable = تعذّرت قراءة بعض النتائج المحفوظة، ربما لأنها حُفظت بإصدار أقدم من Waymark. لذلك لا تظهر هنا.
check-history-chart-title = درجاتك مع مرور الوقت. الدرجات نفسها موجودة في الجدول أدناه.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = عتبة العلاج: { $score }
check-history-table-caption = النتائج المحفوظة
check-history-date = التاريخ
check-history-score = الدرجة
check-history-band = المستوى
check-history-actions = الإجراءات
check-history-delete = حذف
check-history-delete-all = حذف كل النتائج المحفوظة
check-history-compare-title = المقارنة بين نتيجتين
check-history-compare-from = النتيجة الأقدم
check-history-compare-to = النتيجة الأحدث
check-history-improved = بين هاتين النتيجتين، انخفضت درجتك بما يكفي لاعتبار ذلك تحسّنًا موثوقًا.
check-history-deteriorated = بين هاتين النتيجتين، ارتفعت درجتك بما يكفي لاعتبار ذلك تغيّرًا موثوقًا نحو الأسوأ. قد يفيدك أن تتحدث إلى أحد.
check-history-no-change = بين هاتين النتيجتين، لم تتغيّر درجتك بما يكفي للتأكد من أن التغيّر أكبر من التقلّبات المعتادة من يوم إلى آخر.
check-history-change-unknown = لا يوجد لهذا الاستبيان مقياس متّفق عليه للتغيّر الموثوق، لذلك لا نقارن بين الدرجتين.
check-history-recovered = عند النظر إلى استبياني الاكتئاب والقلق معًا، انتقلت من فوق عتبة العلاج إلى ما دونها في كليهما. تسمّي NHS Talking Therapies هذا تعافيًا.
check-history-reliably-recovered = عند النظر إلى استبياني الاكتئاب والقلق معًا، أصبحت دون عتبة العلاج في كليهما، وتحسّنت تحسّنًا موثوقًا. تسمّي NHS Talking Therapies هذا تعافيًا موثوقًا.
check-history-not-recovered = عند النظر إلى استبياني الاكتئاب والقلق معًا، لم تصبح بعدُ دون عتبة العلاج في كليهما.
check-history-not-case = عند النظر إلى استبياني الاكتئاب والقلق معًا، كانت إجاباتك السابقة دون عتبة العلاج، لذلك لا ينطبق مفهوم التعافي هنا.
check-history-reliable-change-explained = تَعُدّ NHS Talking Therapies التغيّر موثوقًا، لا مجرد تقلّبات معتادة، عندما يبلغ 6 درجات أو أكثر في PHQ-9، أو 4 درجات أو أكثر في GAD-7.

## Carrying results into a referral

check-result-referral-title = إرسال هذه الإجابات مع طلب إحالة
check-result-referral-body = إذا قدّمت طلب إحالة بنفسك، فيمكنك إرسال هذه الإجابات معه، لتعرف الخدمة كيف كان شعورك. لا تُرسَل إلا إذا اخترت إرسال طلب الإحالة، ويمكنك إزالتها منه قبل الإرسال.
check-result-referral-add = إضافة هذه الإجابات إلى طلب الإحالة

## Result compared with the person's last kept result

check-result-harder-title = ربما أصبحت الأمور أصعب
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = درجتك الآن { $after }، بعد أن كانت { $before } في المرة السابقة. ارتفاع بهذا الحجم أكبر من التقلّبات المعتادة.
check-result-harder-highest = درجتك في أعلى مستوى لهذا الاستبيان.
check-result-harder-tell = إذا كنت تنتظر الخدمة، فأخبرهم أن الأمور تغيّرت. اتصل بالرقم:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = اذكر الرقم المرجعي لطلب الإحالة: { $reference }.
check-result-harder-waiting = ما الذي قد يساعدك في أثناء الانتظار

## Telling the service online that things have changed

check-result-update-title = أو أخبر الخدمة عبر الإنترنت
check-result-update-words = ما الذي تغيّر؟
check-result-update-words-hint = مثلًا، كيف كان شعورك، أو أي شيء يجعل الانتظار أصعب. تقرأ الخدمة هذا مع طلب الإحالة الخاص بك.
check-result-update-error-empty = اكتب في بضع كلمات ما الذي تغيّر
check-result-update-error-long = يجب ألا يزيد ما تكتبه عمّا تغيّر على 1000 حرف
check-result-update-error-result = هذه النتيجة غير مكتملة، لذلك لا يمكن إرسالها. أرسل ما كتبته من دونها، أو اتصل بالخدمة.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = إرفاق هذه النتيجة ({ $name }) وإجاباتك
check-result-update-what-goes = تستلم الخدمة ما كتبته والرقم المرجعي لطلب الإحالة، وإذا وضعت علامة في المربع، فهذه النتيجة وآخر نتيجة احتفظت بها للاستبيان نفسه. لا يُرسَل أي شيء آخر.
check-result-update-send = إرسال إلى الخدمة
check-result-update-waiting = رسالتك محفوظة على هذا الجهاز وجارٍ إرسالها. يواصل Waymark المحاولة ما دام مفتوحًا، في أي صفحة. وستُعلمك هذه الصفحة عندما تستلمها الخدمة.
check-result-update-accepted = استلمت الخدمة رسالتك.
check-result-update-rejected = لم تتمكّن الخدمة من قبول رسالتك عبر الإنترنت. يُرجى الاتصال بالرقم:
check-result-update-cannot = عذرًا، لا يستطيع هذا المتصفح إرسال رسالتك بأمان. يُرجى الاتصال بالخدمة بدلًا من ذلك.
