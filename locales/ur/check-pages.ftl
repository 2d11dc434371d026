# Waymark interface strings for the self-check pages, Urdu (ur), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = سوالنامہ;
# "score" = سکور; "diagnosis" = تشخیص; "device" = ڈیوائس (فون یا کمپیوٹر);
# "referral" = درخواست (ریفرل); "refer yourself" = خود درخواست دیں;
# "Get help now" = ابھی مدد حاصل کریں (as app-help-now);
# "anxiety" = بے چینی (اینگزائٹی); "keep" (a result) = رکھیں; "delete" = مٹا دیں.
# New here: "treatment threshold" = علاج کی حد; "range" (band column) = درجہ;
# "reliable improvement" = قابلِ اعتماد بہتری; "recovery" = صحت یابی (ریکوری).

## Self-check list and questions

check-private = آپ کے جوابات اسی ڈیوائس (فون یا کمپیوٹر) پر رہتے ہیں۔ جب تک آپ خود اپنے نتائج درخواست (ریفرل) میں شامل کرنے کا فیصلہ نہ کریں، کوئی چیز کہیں نہیں بھیجی جاتی۔
check-help-intro = اگر آپ کو اپنی حفاظت کے بارے میں فکر ہے، تو کسی سوالنامے کا انتظار نہ کریں۔
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] 1 سوال
   *[other] { $count } سوال
}
check-about-phq9 = اداسی اور ڈپریشن کے بارے میں سوالات، جیسے چیزوں میں دلچسپی ختم ہو جانا، نیند، توانائی، اور یہ کہ آپ اپنے بارے میں کیسا محسوس کرتے ہیں۔
check-about-gad7 = فکر اور بے چینی (اینگزائٹی) کے بارے میں سوالات، جیسے گھبراہٹ محسوس کرنا، فکر کرنا بند نہ کر پانا، اور پُرسکون ہونے میں مشکل۔
check-about-wsas = اس بارے میں سوالات کہ آپ کے مسائل آپ کے کام، گھریلو زندگی، سماجی زندگی اور رشتوں پر کیسا اثر ڈالتے ہیں۔
check-about-phobia = ڈر کی وجہ سے کچھ حالات سے بچنے کے بارے میں سوالات، جیسے لوگوں سے ملنے جلنے کے مواقع، ایسی جگہیں جہاں پینک (اچانک شدید گھبراہٹ) ہو سکتا ہو، یا کچھ خاص چیزیں۔
check-about-pcl5 = کسی بہت زیادہ دباؤ والے تجربے پر ردِعمل کے بارے میں سوالات، جیسے ان چاہی یادیں، ہر وقت چوکنا رہنا، اور اس کی یاد دلانے والی چیزوں سے بچنا۔
check-about-other = ایک سوالنامہ جو آپ کی سروس استعمال کرتی ہے۔
check-back-to-list = تمام سوالنامے
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = اس میں { $count ->
    [one] 1 سوال ہے
   *[other] { $count } سوال ہیں
}۔ وہ جواب چنیں جو آپ کے لیے سب سے زیادہ درست ہو۔ اس میں چند منٹ لگتے ہیں۔
check-continue = وہیں سے جاری رکھیں جہاں آپ نے چھوڑا تھا
check-start-again = دوبارہ شروع کریں
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = { $total } میں سے سوال { $number }
check-error-choose = وہ جواب چنیں جو آپ کے لیے سب سے زیادہ درست ہو
check-translation-official = یہ سوالنامہ اس زبان کے سرکاری (آفیشل) ترجمے میں دکھایا گیا ہے۔
check-translation-none = اس سوالنامے کا ابھی اس زبان میں ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں دکھایا گیا ہے۔
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = سوالات انگریزی میں دکھائے گئے ہیں، اُنہی الفاظ میں جن کے ساتھ انہیں جانچا (ٹیسٹ کیا) گیا تھا۔ آپ کی زبان میں ایسا ترجمہ ابھی دستیاب نہیں جسے سکور کے لیے جانچا گیا ہو۔ صفحے کا باقی حصہ آپ کی زبان میں ہی رہتا ہے۔
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = اس سوالنامے کا ترجمہ اس سروس کے لیے کیا گیا ہے اور ایک جائزہ لینے والے (ریویوئر) نے اسے چیک کیا ہے، لیکن یہ سرکاری ترجمہ نہیں ہے۔ سکور صرف سرکاری الفاظ کے ساتھ جانچے گئے تھے، اس لیے آپ کا نتیجہ معمول سے کم درست ہو سکتا ہے۔
check-wording-unreviewed-unvalidated = اس سوالنامے کا ترجمہ اس سروس کے لیے کیا گیا ہے، لیکن ابھی کسی نے ترجمہ چیک نہیں کیا۔ سکور صرف سرکاری الفاظ کے ساتھ جانچے گئے تھے، اس لیے آپ کا نتیجہ معمول سے کم درست ہو سکتا ہے۔
check-wording-machine-unvalidated = اس سوالنامے کا ترجمہ کمپیوٹر نے کیا ہے، اور ابھی کسی نے ترجمہ چیک نہیں کیا۔ سکور صرف سرکاری الفاظ کے ساتھ جانچے گئے تھے، اس لیے آپ کا نتیجہ معمول سے کم درست ہو سکتا ہے۔

## Self-check safety page

check-safety-title = ہمیں بتانے کا شکریہ
check-safety-lead = آپ نے بتایا ہے کہ آپ کو یہ خیالات آئے ہیں کہ آپ کے لیے مر جانا بہتر ہوگا، یا خود کو نقصان پہنچانے کے خیالات آئے ہیں۔ آپ کو اس سے اکیلے نمٹنے کی ضرورت نہیں۔
check-safety-body = اگر آپ کو لگتا ہے کہ آپ ان خیالات پر عمل کر سکتے ہیں، یا آپ خود کو محفوظ نہیں رکھ سکتے، تو ابھی مدد حاصل کریں۔ یہ سروسز مفت ہیں اور آپ کی بات سنیں گی۔
check-safety-continue-hint = جب آپ خود کو تیار محسوس کریں، تو آپ سوالات جاری رکھ سکتے ہیں اور اپنے نتائج دیکھ سکتے ہیں۔
check-safety-continue = جاری رکھیں

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = آپ کے نتائج: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = آپ کا سکور { $max } میں سے { $score } ہے۔
check-result-risk = آپ نے ہمیں بتایا ہے کہ آپ کو یہ خیالات آئے ہیں کہ آپ کے لیے مر جانا بہتر ہوگا، یا خود کو نقصان پہنچانے کے خیالات آئے ہیں۔ براہِ کرم انتظار نہ کریں: مدد ابھی دستیاب ہے۔
check-result-prorated = ایک سوال کا جواب نہیں دیا گیا، یا وہ سوال آپ پر لاگو نہیں ہوتا تھا، اس لیے یہ کُل سکور آپ کے باقی جوابات سے نکالا گیا ہے۔
check-result-items-caption = سوال بہ سوال آپ کے جوابات
check-result-item = سوال
check-result-item-score = آپ کا جواب (0 سے 8)
check-result-item-note = نوٹ
check-result-not-title = اس کا مطلب کیا نہیں ہے
check-result-not-diagnosis = یہ تشخیص نہیں ہے۔ سکور صرف ایک موٹا سا اندازہ ہے کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں۔ یہ آپ کو یہ نہیں بتا سکتا کہ مسئلہ کیا ہے، اور نہ ہی یہ طے کر سکتا ہے کہ آپ مدد کے حق دار ہیں یا نہیں۔
check-result-any-score = آپ کا سکور جو بھی ہو، اگر آپ مشکل میں ہیں تو آپ مدد مانگ سکتے ہیں۔ آپ کی بات کو سنجیدگی سے لیے جانے کے لیے آپ کا سکور زیادہ ہونا ضروری نہیں۔
check-result-next-title = آپ آگے کیا کر سکتے ہیں
check-result-next-learn = پڑھیں کہ کیا چیز مددگار ہو سکتی ہے، اور خود اپنی مدد کے کچھ طریقے آزمائیں
check-result-next-refer = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کے لیے خود درخواست دیں
check-result-next-help = اگر آپ کو ضرورت ہو تو ابھی مدد حاصل کریں
check-result-print = یہ نتائج پرنٹ یا محفوظ کریں
check-result-keep = یہ نتیجہ اس ڈیوائس پر رکھیں
check-result-kept = اس ڈیوائس پر رکھ لیا گیا ہے۔
check-result-cannot-keep = یہ براؤزر Waymark کو کچھ بھی محفوظ کرنے نہیں دے رہا، اس لیے یہ نتیجہ رکھا نہیں جا سکتا۔ آپ اسے پرنٹ کر سکتے ہیں یا PDF کے طور پر محفوظ کر سکتے ہیں۔
check-result-unavailable = ان جوابات کا سکور نہیں نکالا جا سکتا

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = آپ کے رکھے ہوئے نتائج: { $name }
check-history-link = وہ نتائج دیکھیں جو آپ نے اس ڈیوائس پر رکھے ہیں
check-history-empty = آپ نے اس ڈیوائس پر اس سوالنامے کا کوئی نتیجہ نہیں رکھا۔
check-history-unavailable = یہ براؤزر Waymark کو کچھ بھی محفوظ کرنے نہیں دے رہا، اس لیے یہاں نتائج نہیں رکھے جا سکتے۔
check-history-unreadable = رکھے گئے کچھ نتائج پڑھے نہیں جا سکے، شاید اس لیے کہ وہ Waymark کے کسی پرانے ورژن نے محفوظ کیے تھے۔ وہ یہاں نہیں دکھائے گئے۔
check-history-chart-title = وقت کے ساتھ آپ کے سکور۔ یہی سکور نیچے دیے گئے ٹیبل میں بھی ہیں۔
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = علاج کی حد: { $score }
check-history-table-caption = رکھے گئے نتائج
check-history-date = تاریخ
check-history-score = سکور
check-history-band = درجہ
check-history-actions = اختیارات
check-history-delete = مٹا دیں
check-history-delete-all = رکھے گئے تمام نتائج مٹا دیں
check-history-compare-title = دو نتائج کا موازنہ کریں
check-history-compare-from = پہلے والا نتیجہ
check-history-compare-to = بعد والا نتیجہ
check-history-improved = ان دونوں نتائج کے درمیان آپ کا سکور اتنا کم ہوا ہے کہ اسے قابلِ اعتماد بہتری سمجھا جا سکے۔
check-history-deteriorated = ان دونوں نتائج کے درمیان آپ کا سکور اتنا بڑھا ہے کہ اسے بدتر کی طرف ایک قابلِ اعتماد تبدیلی سمجھا جا سکے۔ کسی سے بات کرنا مددگار ہو سکتا ہے۔
check-history-no-change = ان دونوں نتائج کے درمیان آپ کا سکور اتنا نہیں بدلا کہ یقین سے کہا جا سکے کہ یہ روزمرہ کے عام اُتار چڑھاؤ سے زیادہ ہے۔
check-history-change-unknown = اس سوالنامے کے لیے قابلِ اعتماد تبدیلی کا کوئی طے شدہ پیمانہ نہیں ہے، اس لیے ہم دونوں سکور کا موازنہ نہیں کرتے۔
check-history-recovered = ڈپریشن اور بے چینی (اینگزائٹی) کے آپ کے سوالناموں کو ساتھ ملا کر دیکھیں، تو دونوں پر آپ کا سکور علاج کی حد سے اوپر تھا اور اب اس سے نیچے آ گیا ہے۔ NHS Talking Therapies میں اسے صحت یابی (ریکوری) کہا جاتا ہے۔
check-history-reliably-recovered = ڈپریشن اور بے چینی (اینگزائٹی) کے آپ کے سوالناموں کو ساتھ ملا کر دیکھیں، تو دونوں پر آپ کا سکور علاج کی حد سے نیچے آ گیا ہے، اور اس میں قابلِ اعتماد بہتری بھی آئی ہے۔ NHS Talking Therapies میں اسے قابلِ اعتماد صحت یابی (ریلائبل ریکوری) کہا جاتا ہے۔
check-history-not-recovered = ڈپریشن اور بے چینی (اینگزائٹی) کے آپ کے سوالناموں کو ساتھ ملا کر دیکھیں، تو ابھی ایسا نہیں ہوا کہ دونوں پر آپ کا سکور علاج کی حد سے نیچے ہو۔
check-history-not-case = ڈپریشن اور بے چینی (اینگزائٹی) کے آپ کے سوالناموں کو ساتھ ملا کر دیکھیں، تو آپ کے پہلے والے جوابات علاج کی حد سے نیچے تھے، اس لیے یہاں صحت یابی (ریکوری) کی بات لاگو نہیں ہوتی۔
check-history-reliable-change-explained = NHS Talking Therapies میں کسی تبدیلی کو عام اُتار چڑھاؤ کے بجائے قابلِ اعتماد تب مانا جاتا ہے جب وہ PHQ-9 پر 6 یا اس سے زیادہ پوائنٹس ہو، یا GAD-7 پر 4 یا اس سے زیادہ پوائنٹس۔

## Carrying results into a referral

check-result-referral-title = یہ جوابات درخواست (ریفرل) کے ساتھ بھیجنا
check-result-referral-body = اگر آپ خود درخواست دیں، تو آپ یہ جوابات اپنی درخواست کے ساتھ بھیج سکتے ہیں، تاکہ سروس کو معلوم ہو کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں۔ یہ صرف اُسی صورت میں بھیجے جائیں گے جب آپ اپنی درخواست بھیجنے کا فیصلہ کریں، اور بھیجنے سے پہلے آپ انہیں ہٹا بھی سکتے ہیں۔
check-result-referral-add = یہ جوابات میری درخواست میں شامل کریں

## Result compared with the person's last kept result

check-result-harder-title = ہو سکتا ہے حالات زیادہ مشکل ہو گئے ہوں
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = آپ کا سکور { $after } ہے، جو پچھلی بار { $before } تھا۔ اتنا بڑا اضافہ عام اُتار چڑھاؤ سے زیادہ ہے۔
check-result-harder-highest = آپ کا سکور اس سوالنامے کے سب سے اونچے درجے میں ہے۔
check-result-harder-tell = اگر آپ سروس کے انتظار میں ہیں، تو انہیں بتائیں کہ حالات بدل گئے ہیں۔ فون کریں:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = اپنی درخواست کا ریفرنس نمبر بتائیں: { $reference }۔
check-result-harder-waiting = انتظار کے دوران کیا چیز مددگار ہو سکتی ہے

## Telling the service online that things have changed

check-result-update-title = یا سروس کو آن لائن بتائیں
check-result-update-words = کیا بدلا ہے؟
check-result-update-words-hint = مثال کے طور پر، آپ کیسا محسوس کرتے رہے ہیں، یا کوئی بھی بات جو انتظار کو زیادہ مشکل بنا رہی ہے۔ سروس اسے آپ کی درخواست کے ساتھ پڑھتی ہے۔
check-result-update-error-empty = چند الفاظ میں بتائیں کہ کیا بدلا ہے
check-result-update-error-long = کیا بدلا ہے، یہ 1000 یا اس سے کم حروف میں لکھیں
check-result-update-error-result = یہ نتیجہ مکمل نہیں ہے، اس لیے اسے بھیجا نہیں جا سکتا۔ اپنا پیغام اس کے بغیر بھیجیں، یا سروس کو فون کریں۔
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = { $name } کا یہ نتیجہ اور اپنے جوابات بھی شامل کریں
check-result-update-what-goes = سروس کو آپ کا پیغام اور آپ کی درخواست کا ریفرنس نمبر ملتا ہے، اور اگر آپ خانے پر نشان لگائیں، تو یہ نتیجہ اور اسی سوالنامے کا آپ کا پچھلا رکھا ہوا نتیجہ بھی۔ اس کے علاوہ کچھ نہیں بھیجا جاتا۔
check-result-update-send = سروس کو بھیجیں
check-result-update-waiting = آپ کا پیغام اس ڈیوائس پر محفوظ ہے اور بھیجا جا رہا ہے۔ Waymark جب تک کھلا ہے، کسی بھی صفحے پر، کوشش کرتا رہتا ہے۔ جب سروس کو پیغام مل جائے گا تو یہ صفحہ بتا دے گا۔
check-result-update-accepted = سروس کو آپ کا پیغام مل گیا ہے۔
check-result-update-rejected = سروس آپ کا پیغام آن لائن قبول نہیں کر سکی۔ براہِ کرم فون کریں:
check-result-update-cannot = معاف کیجیے، یہ براؤزر آپ کا پیغام محفوظ طریقے سے نہیں بھیج سکتا۔ براہِ کرم اس کے بجائے سروس کو فون کریں۔
