# Titles and one-line summaries of the content pack, Arabic (ar), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the five core topics are translated so far; the others are offered in English.

## Topics

low-mood = تدنّي المزاج والاكتئاب
    .summary = الشعور بالحزن أو الفراغ، أو عدم الاستمتاع بالأشياء، لأسابيع متواصلة.
worry = الهموم والقلق
    .summary = هموم يصعب إيقافها، وتأخذ جزءًا كبيرًا من يومك.
panic = نوبات الهلع
    .summary = موجات مفاجئة من الخوف مع تسارع دقات القلب، وكيف تتجاوزها بهدوء.
sleep = مشكلات النوم
    .summary = صعوبة في الدخول في النوم أو في الاستمرار فيه، وما يمكن أن يساعد.
stress = الضغط النفسي
    .summary = الشعور بضغط أكبر مما تحتمل، وطرق لتخفيف الحِمل.

## Audiences

faith = أصحاب الإيمان
    .summary = لمن يهمّه دينه وإيمانه، سواء كان مسلمًا أو مسيحيًا أو هندوسيًا أو سيخيًا أو يهوديًا أو بوذيًا أو من دين آخر.
refugees = اللاجئون وطالبو اللجوء
    .summary = لمن اضطُرّ إلى مغادرة بلده، سواء كان ينتظر قرارًا أو حصل بالفعل على صفة اللاجئ.

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = تحسين المزاج، خطوة صغيرة في كل مرة
    .summary = تقوم على التنشيط السلوكي: التخطيط لأشياء صغيرة تهمّك أو تستمتع بها، حتى قبل أن تشعر بالرغبة فيها.
plan-low-mood-understand = اقرأ ما هو تدنّي المزاج، وكيف يمكن أن يستمر من تلقاء نفسه
plan-low-mood-one-small-thing = خطّط لشيء صغير واحد لكل يوم من هذا الأسبوع، وافعله
plan-low-mood-activity-diary = دوّن في دفتر الأنشطة اليومية لمدة أسبوع، ولاحظ ما الذي يحسّن مزاجك
plan-low-mood-sleep-routine = استيقظ في الوقت نفسه كل يوم، مهما كانت ليلتك
plan-low-mood-build-up = أضف كل يوم نشاطًا آخر يهمّك، بناءً على ما ساعدك
plan-worry = التغلّب على الهموم
    .summary = تقوم على وقت القلق: تأجيل الهموم إلى وقت محدد كل يوم، والتمييز بين الهموم التي يمكنك أن تفعل شيئًا حيالها والهموم التي لا يمكنك ذلك.
plan-worry-understand = اقرأ ما هو القلق، ولماذا قد يصعب إيقافه
plan-worry-worry-time = حدّد وقتًا للقلق من 15 إلى 20 دقيقة كل يوم، واكتب همومك إلى أن يحين
plan-worry-worry-tree = استخدم شجرة القلق: هل أستطيع أن أفعل شيئًا حيال هذا الآن؟
plan-worry-problem-solving = اختر مشكلة عملية واحدة، واتبع خطوات حلّ المشكلات
plan-worry-keep-going = استمر في وقت القلق، ولاحظ أيّ الهموم ما زالت مهمة عندما يحين
plan-panic = تجاوز الهلع بهدوء
    .summary = فهم ما يحدث في جسمك في أثناء الهلع، وتعلّم أن هذه الأحاسيس تزول من دون أن تفعل شيئًا لإيقافها.
plan-panic-understand = اقرأ ما يحدث في جسمك في أثناء نوبة الهلع
plan-panic-paced-breathing = تمرّن على التنفّس الهادئ المنتظم 5 دقائق كل يوم، وأنت هادئ
plan-panic-stay-with-it = عندما يأتي الهلع، ابقَ حيث أنت، ودع الشعور يرتفع وينخفض
plan-panic-stress-bucket = ارسم دلو الضغط النفسي الخاص بك: ما الذي يملؤه، وما الذي يُخرج بعض الضغط منه
plan-panic-keep-going = استمر في التمرّن: في كل مرة يأتي فيها الهلع، ابقَ مع الشعور ولاحظ أنه يزول
