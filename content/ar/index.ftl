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
