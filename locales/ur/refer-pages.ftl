# Waymark interface strings for the online referral pages, Urdu (ur),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl, checks.ftl, check-pages.ftl and referral.ftl):
# "referral" = درخواست (ریفرل); "refer yourself" = خود درخواست دیں;
# "GP" = جی پی (فیملی ڈاکٹر); "GP practice" = جی پی کلینک;
# "talking therapies" = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی);
# "device" = ڈیوائس (فون یا کمپیوٹر); "delete" = مٹا دیں; "crisis" = کرائسس;
# "interpreter" = ترجمان (انٹرپریٹر); "optional" = (ضروری نہیں);
# "reference" = ریفرنس نمبر. Examples people type stay in Western digits and
# Latin letters, wrapped in invisible left-to-right isolate marks
# (U+2066 … U+2069) so they keep their order inside right-to-left text.
# The date example names each box (دن، مہینہ، سال), because in right-to-left
# layout the day box is on the right.

## Start

refer-start-lead = اپنے بارے میں ہمیں تھوڑا سا بتائیں۔ پھر سروس آپ سے رابطہ کر کے بات کرے گی کہ آپ کے لیے کیا مددگار ہو سکتا ہے۔
refer-start-time = اس میں تقریباً 10 منٹ لگتے ہیں۔ بھیجنے سے پہلے آپ واپس جا کر اپنے جوابات بدل سکتے ہیں۔
refer-start-saved-device = جیسے جیسے آپ لکھتے ہیں، آپ کے جوابات اس ڈیوائس پر محفوظ ہوتے جاتے ہیں، اس لیے اگر صفحہ بند ہو جائے تو کچھ ضائع نہیں ہوتا۔ جب سروس کو آپ کی درخواست مل جاتی ہے، یا جب آپ انہیں مٹانے کا فیصلہ کرتے ہیں، تو یہ مٹا دیے جاتے ہیں۔
refer-start-saved-page = جیسے جیسے آپ لکھتے ہیں، آپ کے جوابات صرف اسی صفحے پر رکھے جاتے ہیں، اور اس ڈیوائس پر کچھ بھی محفوظ نہیں کیا جاتا۔ اگر آپ کے درخواست بھیجنے سے پہلے صفحہ بند ہو جائے، تو یہ ضائع ہو جاتے ہیں۔
refer-start-draft = اس ڈیوائس پر آپ کے پہلے کے کچھ جوابات محفوظ ہیں۔
refer-start-resume = اپنی درخواست جاری رکھیں
refer-start-delete = میرے جوابات مٹا دیں
refer-start-waiting = آپ کی ایک درخواست بھیجے جانے کے انتظار میں ہے۔ دیکھیں کہ یہ کہاں تک پہنچی ہے۔

## Eligibility

refer-eligibility-title = شروع کرنے سے پہلے
refer-eligibility-why = ہم یہ سوالات سب سے پہلے اس لیے پوچھتے ہیں تاکہ دیکھ سکیں کہ یہ سروس آپ کے لیے صحیح ہے۔ اگر ایسا نہیں ہے، تو ہم آپ کو بتائیں گے کہ آپ کو مدد کہاں سے مل سکتی ہے۔
refer-in-crisis-legend = کیا آپ کو لگتا ہے کہ آپ ابھی خود کو محفوظ نہیں رکھ سکتے؟
refer-in-crisis-shared-hint = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) فوراً مدد نہیں کر سکتا۔ اگر آپ شدید مشکل (کرائسس) میں ہیں، تو ہم آپ کو بتائیں گے کہ ابھی مدد کہاں سے ملے گی۔ اگر آپ اس کے بعد درخواست بھیجتے ہیں، تو سروس آپ کا جواب دیکھے گی، تاکہ وہ یہ یقینی بنا سکیں کہ آپ محفوظ ہیں۔
refer-error-in-crisis-missing = اگر آپ کو لگتا ہے کہ آپ ابھی خود کو محفوظ نہیں رکھ سکتے تو "ہاں" چنیں، ورنہ "نہیں" چنیں
refer-dob-legend = آپ کی تاریخِ پیدائش کیا ہے؟
refer-dob-hint = مثال کے طور پر: دن 27، مہینہ 3، سال 1985۔ ہم یہ اس لیے پوچھتے ہیں کہ یہ سروس صرف ایک خاص عمر کے لوگوں کو دیکھ سکتی ہے۔
refer-dob-day = دن
refer-dob-month = مہینہ
refer-dob-year = سال
refer-postcode-label = آپ کا پوسٹ کوڈ کیا ہے؟
refer-postcode-hint = ہم یہ اس لیے پوچھتے ہیں کہ یہ سروس اپنے علاقے میں رہنے والے لوگوں کے لیے کام کرتی ہے۔
refer-practice-list-label = آپ کس جی پی کلینک میں رجسٹرڈ ہیں؟
refer-practice-list-hint = ہم یہ اس لیے پوچھتے ہیں کیونکہ یہ سروس اپنے علاقے کے جی پی کلینکس کے ساتھ کام کرتی ہے۔ اگر آپ کا کلینک فہرست میں نہیں ہے تو آپ کا پوسٹ کوڈ استعمال کیا جائے گا۔
refer-practice-list-choose = اپنا کلینک چنیں
refer-practice-list-not-listed = میرا کلینک فہرست میں نہیں ہے
refer-secondary-care-legend = کیا اس وقت کمیونٹی مینٹل ہیلتھ ٹیم (علاقے کی ذہنی صحت کی ٹیم) یا کرائسس ٹیم (ہنگامی حالت میں مدد کرنے والی ٹیم) آپ کی مدد کر رہی ہے؟
refer-secondary-care-hint = اگر ایسا ہے، تو وہ ٹیم آپ کے ساتھ مل کر بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کا انتظام کر سکتی ہے۔

## Not eligible

refer-not-eligible-title = ہو سکتا ہے یہ سروس آپ کے لیے صحیح نہ ہو
refer-not-eligible-phone = اگر آپ کو لگتا ہے کہ یہ غلط ہے، یا آپ کو یقین نہیں، تو سروس کو اس نمبر پر فون کریں:
refer-not-eligible-change = واپس جائیں اور اپنے جوابات بدلیں

## About you

refer-about-you-title = آپ کے بارے میں
refer-about-you-why = ہم یہ تفصیلات آپ کا ریکارڈ ڈھونڈنے کے لیے، اور ضرورت پڑنے پر آپ کو خط لکھنے کے لیے استعمال کرتے ہیں۔
refer-given-name-label = پہلا نام
refer-family-name-label = آخری نام (خاندانی نام)
refer-nhs-number-label = NHS نمبر (ضروری نہیں)
refer-nhs-number-hint = یہ 10 ہندسوں کا نمبر ہوتا ہے، جیسے ⁦485 777 3456⁩۔ آپ کو یہ NHS کی طرف سے آنے والے خطوں پر یا NHS App میں مل سکتا ہے۔ آپ یہ خانہ خالی چھوڑ سکتے ہیں۔
refer-address-line-1-label = پتے کی پہلی لائن
refer-address-line-2-label = پتے کی دوسری لائن (ضروری نہیں)
refer-address-hint = آپ کے گھر کا پتا، تاکہ سروس کو معلوم ہو کہ آپ اس کے علاقے میں رہتے ہیں۔
refer-town-label = قصبہ یا شہر

## Contact

refer-contact-title = ہم آپ سے کیسے رابطہ کر سکتے ہیں؟
refer-contact-why = سروس پہلی ملاقات (اپائنٹمنٹ) طے کرنے کے لیے آپ سے رابطہ کرے گی۔ ہمیں بتائیں کہ آپ کے لیے کیا محفوظ ہے۔
refer-phone-label = فون نمبر
refer-phone-hint = برطانیہ (UK) کا موبائل یا لینڈ لائن نمبر۔ بین الاقوامی نمبر کے لیے، شروع میں + لکھیں۔
refer-email-label = ای میل ایڈریس (ضروری نہیں)
refer-email-hint = صرف اُس صورت میں، جب آپ کو سروس کی طرف سے ای میل آنے پر کوئی اعتراض نہ ہو۔
refer-voicemail-legend = کیا ہم آپ کے لیے وائس میل (ریکارڈ کیا ہوا پیغام) چھوڑ سکتے ہیں؟
refer-voicemail-hint = پیغام میں یہ بتایا جائے گا کہ کون فون کر رہا ہے، لیکن یہ نہیں کہ کیوں۔
refer-texts-legend = کیا ہم آپ کو ٹیکسٹ میسج بھیج سکتے ہیں؟
refer-safe-times-label = آپ کو فون کرنا کب محفوظ ہے؟ (ضروری نہیں)
refer-safe-times-hint = مثال کے طور پر، پیر سے جمعہ صبح کے وقت، یا شام 6 بجے کے بعد نہیں۔

## More about you

refer-more-title = آپ کی زبان، آپ کے جی پی، اور آپ کس چیز میں مدد چاہتے ہیں
refer-more-why = اس سے سروس کو آپ کو صحیح زبان میں صحیح مدد دینے میں آسانی ہوتی ہے۔
refer-language-label = آپ کون سی زبان استعمال کرنا چاہیں گے؟ (ضروری نہیں)
refer-language-hint = آپ کو ترجمان (انٹرپریٹر) مفت مل سکتا ہے، برطانوی اشاروں کی زبان (British Sign Language) کا ترجمان بھی۔
refer-interpreter-legend = کیا آپ کو ترجمان (انٹرپریٹر) چاہیے؟
refer-interpreter-language-label = اگر ہاں، تو کون سی زبان؟ (ضروری نہیں)
refer-gp-label = آپ کے جی پی (فیملی ڈاکٹر) کا کلینک
refer-gp-hint = کلینک کا نام اور قصبہ یا شہر، مثلاً ⁦Riverside Medical Centre, Anytown⁩۔
refer-help-with-label = آپ کس چیز میں مدد چاہتے ہیں؟ (ضروری نہیں)
refer-help-with-hint = اپنے الفاظ میں لکھیں۔ جتنا چاہیں لکھیں، کم یا زیادہ۔

refer-help-topics-legend = آپ کس چیز میں مدد چاہتے ہیں؟ (ضروری نہیں)
refer-help-topics-hint = جو باتیں بھی آپ پر لاگو ہوتی ہیں، وہ سب چنیں۔

## Equality questions

refer-equality-title = آپ کے بارے میں: ایسے سوالات جن کا جواب دینا ضروری نہیں
refer-equality-why = ان سوالات کا جواب دینا ضروری نہیں۔ سروسز یہ سوالات اس لیے پوچھتی ہیں تاکہ دیکھ سکیں کہ وہ سب کے ساتھ برابری اور انصاف سے کام کر رہی ہیں، اور یہ جان سکیں کہ وہ کن لوگوں تک نہیں پہنچ پا رہیں۔ آپ کے جوابات سے اس بات پر کوئی فرق نہیں پڑتا کہ آپ کو مدد دی جائے گی یا نہیں۔
refer-ethnic-category-legend = آپ کا نسلی گروہ کیا ہے؟
refer-gender-legend = آپ کی صنف (جینڈر) کیا ہے؟
refer-gender-same-legend = کیا آپ کی صنف (جینڈر) وہی ہے جو پیدائش کے وقت اندراج (رجسٹریشن) میں آپ کی جنس لکھی گئی تھی؟
refer-orientation-legend = آپ کا جنسی رجحان (سیکشوئل اورینٹیشن) کیا ہے؟
refer-religion-legend = آپ کا مذہب یا عقیدہ کیا ہے؟
refer-disability-legend = کیا آپ کے خیال میں آپ کو کوئی معذوری (ڈس ایبلٹی) ہے؟
refer-long-term-legend = کیا آپ کو جسمانی صحت کا کوئی لمبے عرصے کا مسئلہ یا بیماری ہے، جیسے ذیابیطس (شوگر)، دمہ یا دل کی بیماری؟
refer-employment-legend = کام اور روزگار کے لحاظ سے آپ کی صورتحال کیا ہے؟
refer-veteran-legend = کیا آپ نے برطانیہ (UK) کی مسلح افواج (فوج) میں خدمات انجام دی ہیں؟
refer-perinatal-legend = کیا آپ حاملہ ہیں، یا پچھلے 12 مہینوں میں آپ کے ہاں بچے کی پیدائش ہوئی ہے؟

## Consent

refer-consent-title = آپ کی معلومات شیئر کرنا
refer-consent-why = سروس آپ کی معلومات کو محفوظ رکھتی ہے اور انہیں صرف آپ کی مدد کے لیے استعمال کرتی ہے۔
refer-share-gp-legend = کیا سروس آپ کے جی پی کو بتا سکتی ہے کہ آپ نے خود درخواست دی ہے؟
refer-share-gp-hint = اس طرح آپ کے جی پی بھی آپ کی مدد کر سکیں گے۔ اگر آپ "نہیں" کہیں، تب بھی سروس آپ کو دیکھ سکتی ہے۔
refer-privacy-consent-label = میں نے پڑھ لیا ہے کہ سروس میری معلومات کیسے استعمال کرتی ہے، اور میں اپنی درخواست بھیجنے پر راضی ہوں۔

## Check your answers

refer-check-title = بھیجنے سے پہلے اپنے جوابات چیک کریں
refer-change = بدلیں
refer-check-phq9 = آپ کے PHQ-9 کے جوابات (اداسی)
refer-check-gad7 = آپ کے GAD-7 کے جوابات (فکر اور بے چینی)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = سکور { $score }
refer-check-remove = ہٹا دیں
refer-check-send-title = اب اپنی درخواست بھیجیں
refer-check-send-saved = جب آپ اسے بھیجیں گے، تو آپ کی درخواست پہلے اس ڈیوائس پر محفوظ کی جائے گی، پھر سروس کو بھیجی جائے گی۔ اگر کنکشن ٹوٹ جائے، تو Waymark جب بھی اس ڈیوائس پر کھلا ہو، کوشش کرتا رہتا ہے، اور جب سروس کو درخواست مل جائے تو آپ کو بتا دیتا ہے۔
refer-check-send-memory = جب آپ اسے بھیجیں گے، تو آپ کی درخواست اسی صفحے پر رکھی جائے گی، پھر سروس کو بھیجی جائے گی۔ یہ صفحہ تب تک کھلا رکھیں جب تک اس پر یہ نہ لکھا آ جائے کہ سروس کو درخواست مل گئی ہے: اگر صفحہ پہلے بند ہو گیا، تو درخواست ضائع ہو جائے گی۔
refer-check-already-sent = آپ یہ جوابات پہلے ہی بھیج چکے ہیں۔ یہ دو بار نہیں بھیجے جائیں گے۔
refer-check-see-progress = دیکھیں کہ آپ کی درخواست کہاں تک پہنچی ہے
refer-check-cannot-send = معاف کیجیے، یہ براؤزر آپ کی درخواست کے لیے محفوظ ریفرنس نمبر نہیں بنا سکتا۔ براہِ کرم اس کے بجائے سروس کو فون کریں۔
refer-send = درخواست بھیجیں
refer-sending = بھیجی جا رہی ہے…

## After sending

refer-sent-title = درخواست بھیج دی گئی
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = آپ کا ریفرنس نمبر { $reference } ہے۔
refer-sent-next-title = آگے کیا ہو گا
refer-sent-phone = اگر آپ سروس سے بات کرنا چاہتے ہیں، تو اس نمبر پر فون کریں:
refer-sent-none = اس ڈیوائس پر کوئی درخواست نہیں ہے
refer-waiting-title = آپ کی درخواست اس ڈیوائس پر محفوظ ہے
refer-waiting-device-body = یہ ابھی سروس تک نہیں پہنچی۔ Waymark جب بھی اس ڈیوائس پر کھلا ہو، کسی بھی صفحے پر، کوشش کرتا رہتا ہے، اور جیسے ہی سروس کو درخواست ملے، یہاں بتا دیتا ہے۔
refer-waiting-page-title = آپ کی درخواست اس صفحے پر انتظار میں ہے
refer-waiting-page-body = یہ ابھی سروس تک نہیں پہنچی، اور یہ صرف اسی صفحے پر رکھی ہوئی ہے۔ یہ صفحہ کھلا رکھیں: Waymark کوشش کرتا رہتا ہے، اور جیسے ہی سروس کو درخواست ملے، یہاں بتا دیتا ہے۔ اگر صفحہ پہلے بند ہو گیا، تو درخواست ضائع ہو جائے گی۔
refer-waiting-phone = اس میں معمول سے زیادہ وقت لگ رہا ہے۔ ہو سکتا ہے آپ اس کے بجائے سروس کو فون کرنا چاہیں۔
refer-try-again = ابھی دوبارہ کوشش کریں
refer-rejected-title = سروس آپ کی درخواست آن لائن قبول نہیں کر سکی
refer-rejected-kept = آپ کی درخواست ابھی بھی وہیں رکھی ہوئی ہے جہاں سے آپ نے اسے بھیجا تھا، اور سروس کو یہ نہیں ملی۔ براہِ کرم اس کے بجائے خود درخواست دینے کے لیے سروس کو فون کریں، یا بعد میں دوبارہ کوشش کریں۔
refer-receipt-title = اس ڈیوائس پر کیا رکھا جاتا ہے
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = آپ کے جوابات اس ڈیوائس سے مٹا دیے گئے ہیں۔ صرف اوپر دیا گیا ریفرنس نمبر اور وہ تاریخ جب سروس کو درخواست ملی ({ $date })، { $days ->
    [one] { $days } دن
   *[other] { $days } دن
} کے لیے رکھے جاتے ہیں، تاکہ فون کرنے پر آپ یہ نمبر بتا سکیں۔
refer-receipt-delete = اس ڈیوائس سے ریفرنس نمبر مٹا دیں
