# Waymark interface strings for the app shell, Urdu (ur), translated from en-GB.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی);
# "refer yourself" = خود درخواست دیں; "referral" = درخواست (ریفرل);
# "GP" = جی پی (فیملی ڈاکٹر); "device" = ڈیوائس (فون یا کمپیوٹر).

## App shell

app-loading = لوڈ ہو رہا ہے…
app-skip-link = سیدھا اصل مواد پر جائیں
app-help-now = ابھی مدد حاصل کریں
app-nav-label = مرکزی مینیو
app-nav-home = ہوم
app-nav-learn = جانیں
app-nav-check = جانچیں کہ آپ کیسا محسوس کر رہے ہیں
app-nav-refer = خود درخواست دیں
app-nav-privacy = رازداری اور سیٹنگز
app-storage-unavailable = یہ براؤزر Waymark کو کچھ بھی محفوظ کرنے نہیں دے رہا، اس لیے یہ صفحہ بند کرنے کے بعد کچھ بھی یاد نہیں رکھا جائے گا۔ باقی سب کچھ ٹھیک کام کرتا ہے۔
app-footer-not-crisis = بات چیت کے ذریعے علاج (ٹاکنگ تھراپیز) کوئی ایمرجنسی سروس نہیں ہے۔
app-referral-waiting = اس ڈیوائس (فون یا کمپیوٹر) پر آپ کی ایک درخواست (ریفرل) محفوظ ہے جو ابھی سروس تک نہیں پہنچی۔
app-referral-waiting-link = اسے دیکھیں اور بھیجیں
needs-app-body = سائٹ کے اس حصے کے لیے نیا ویب براؤزر، یا JavaScript کا آن ہونا ضروری ہے۔ آپ پھر بھی خود درخواست دے سکتے ہیں، یا سروس سے کچھ بھی پوچھ سکتے ہیں:
needs-app-phone = فون کریں:
needs-app-email = ای میل کریں:
needs-app-help = اگر آپ کو ابھی مدد چاہیے:
app-saved-unreadable = اس ڈیوائس پر محفوظ کچھ جوابات دوبارہ پڑھے نہیں جا سکے۔ انہیں الگ رکھ دیا گیا ہے، مٹایا نہیں گیا۔ رازداری کے صفحے پر آپ دیکھ سکتے ہیں کہ کیا رکھا گیا ہے، اور اسے مٹا سکتے ہیں۔
feature-failed-title = سروس کا یہ حصہ لوڈ نہیں ہو سکا
feature-failed-body = اپنا انٹرنیٹ کنکشن چیک کریں اور صفحہ دوبارہ لوڈ کریں۔ اگر آپ کو ابھی مدد چاہیے، تو صفحے کے اوپر "ابھی مدد حاصل کریں" والا لنک استعمال کریں۔

## Shared-device mode (outreach tablets)

shared-notice = مشترکہ ڈیوائس: آپ کے ختم کرنے کے بعد کوئی ذاتی معلومات نہیں رکھی جاتیں۔
shared-finish = ختم کریں اور صاف کریں
shared-unsent-warning = ایک درخواست (ریفرل) ابھی نہیں بھیجی گئی۔ یہ صرف اسی صفحے پر رکھی ہوئی ہے، اس لیے اگر آپ ابھی ختم کریں گے تو یہ ضائع ہو جائے گی۔ اس کے بھیجے جانے تک انتظار کریں، یا اس شخص کی تفصیلات کسی اور طریقے سے لے لیں۔
shared-finish-anyway = پھر بھی ختم کریں
shared-finish-when-sent = انتظار کریں، اور بھیجے جانے پر ختم کریں
shared-waiting-to-send = سروس کو درخواست ملنے کا انتظار ہے۔ درخواست مل جانے پر یہ صفحہ خود بخود صاف ہو جائے گا۔
shared-unsent-call = یا فون کے ذریعے درخواست دینے کے لیے سروس کو فون کریں:
shared-timeout-title = کیا آپ ابھی یہیں ہیں؟
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: after a number Urdu keeps سیکنڈ unchanged (1 سیکنڈ، 30 سیکنڈ).
shared-timeout-body = رازداری برقرار رکھنے کے لیے، اس صفحے پر موجود ہر چیز { $seconds } سیکنڈ میں صاف کر دی جائے گی۔
shared-timeout-continue = میں ابھی یہیں ہوں

## Quick exit

quick-exit-label = فوراً باہر نکلیں
quick-exit-button = اس صفحے سے نکلیں
quick-exit-hint = یا Shift کا بٹن 3 بار دبائیں۔

## Language switcher

language-switcher-label = زبان
language-switcher-failed = معاف کیجیے، یہ زبان لوڈ نہیں ہو سکی۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔

## Home

home-title = بات چیت کے ذریعے علاج: آپ کے احساسات کے لیے مدد
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } اُن بالغ افراد کو، جو اداس، بے چین یا ذہنی دباؤ میں محسوس کرتے ہیں، NHS کی طرف سے بات چیت کے ذریعے مفت علاج (ٹاکنگ تھراپی) دیتی ہے۔ یہاں آپ عام مشکلات کے بارے میں جان سکتے ہیں، جانچ سکتے ہیں کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں، اور خود درخواست دے سکتے ہیں۔
home-learn-title = جانیں اور خود اپنی مدد کے طریقے آزمائیں
home-learn-body = اداسی، فکر، پینک (اچانک شدید گھبراہٹ)، نیند اور دوسری باتوں کے بارے میں پڑھیں۔ ساتھ میں چھوٹی چھوٹی مشقیں بھی ہیں جو آپ آج ہی آزما سکتے ہیں۔
home-check-title = جانچیں کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں
home-check-body = چند چھوٹے سوالوں کے جواب دیں۔ آپ کے جوابات اسی ڈیوائس (فون یا کمپیوٹر) پر رہتے ہیں۔
home-refer-title = خود درخواست دیں
home-refer-body = آپ کو پہلے اپنے جی پی (فیملی ڈاکٹر) سے ملنے کی ضرورت نہیں۔
home-not-crisis = اگر آپ کو ابھی مدد چاہیے، تو انتظار نہ کریں۔

## Learn

learn-title = جانیں اور خود اپنی مدد کے طریقے آزمائیں
learn-lead = عام مشکلات کے بارے میں معلومات، اور ایسی باتیں جو آپ بہتر محسوس کرنے کے لیے آزما سکتے ہیں۔
learn-refer-link = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کے لیے خود درخواست دیں
learn-loading = لوڈ ہو رہا ہے…
learn-pack-failed = خود اپنی مدد کے موضوعات لوڈ نہیں ہو سکے۔ اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔
learn-topics-title = موضوعات
learn-for-me-title = میرے لیے مواد
learn-for-me-hint = کوئی گروپ چنیں، تاکہ آپ وہ مواد دیکھ سکیں جو آپ جیسے لوگوں کو ذہن میں رکھ کر لکھا گیا ہے۔ Waymark آپ کی پسند یاد نہیں رکھتا۔
learn-for-me-label = کس کے لیے مواد دکھائیں
learn-for-me-everyone = سب لوگ
learn-for-me-intro = اس گروپ کے لیے لکھا گیا:
learn-related-topics = وہ موضوعات جو مدد کر سکتے ہیں
learn-all-topics = سب موضوعات
learn-not-found = اس نام کا کوئی موضوع نہیں ہے۔ ہو سکتا ہے یہ کہیں اور منتقل ہو گیا ہو۔
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = یہ صفحہ ابھی { $language } میں دستیاب نہیں ہے۔
learn-read-in-english = اسے انگریزی میں پڑھیں
learn-in-english-note = یہ صفحہ انگریزی میں دکھایا جا رہا ہے، کیونکہ ابھی اس کا ترجمہ نہیں ہوا۔
learn-status-reviewed = کسی طبی ماہر (کلینیشن) نے اسے چیک کیا ہے۔
learn-status-draft = ابھی کسی طبی ماہر (کلینیشن) نے اسے چیک نہیں کیا۔
learn-status-machine = اس کا ترجمہ کمپیوٹر نے کیا ہے، اور ابھی کسی انسان نے اسے چیک نہیں کیا۔ کچھ الفاظ غلط ہو سکتے ہیں۔
learn-tools-label = صفحے کے ٹولز
learn-read-aloud = پڑھ کر سنائیں
learn-stop-reading = سنانا بند کریں
learn-text-size = لکھائی کا سائز
learn-text-size-standard = عام
learn-text-size-large = بڑا
learn-text-size-largest = سب سے بڑا
learn-print = یہ صفحہ پرنٹ کریں
learn-next-title = آپ آگے کیا کر سکتے ہیں
learn-next-check = جانچیں کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں
learn-next-refer = بات چیت کے ذریعے علاج (ٹاکنگ تھراپی) کے لیے خود درخواست دیں
learn-next-help = اگر آپ خود کو محفوظ نہیں رکھ سکتے، تو ابھی مدد حاصل کریں

## Check

check-title = جانچیں کہ آپ کچھ عرصے سے کیسا محسوس کر رہے ہیں
check-lead = مختصر سوالنامے، جو NHS کی بہت سی ٹاکنگ تھراپیز سروسز استعمال کرتی ہیں۔
check-not-a-diagnosis = آپ کے جوابات آپ کو یہ سوچنے میں مدد دیتے ہیں کہ آپ کا حال کیسا رہا ہے۔ یہ تشخیص نہیں ہیں۔

## Refer

refer-title = خود درخواست دیں
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = آپ { $service } کو خود درخواست دے سکتے ہیں۔ آپ کو پہلے اپنے جی پی (فیملی ڈاکٹر) سے ملنے کی ضرورت نہیں۔
refer-online-coming = Waymark کے اس ورژن میں آن لائن فارم ابھی دستیاب نہیں ہے۔ آپ فون کر کے خود درخواست دے سکتے ہیں۔
refer-not-online = یہ سروس آن لائن درخواستیں نہیں لیتی۔ آپ فون کر کے خود درخواست دے سکتے ہیں۔
refer-by-phone = فون کر کے درخواست دیں
refer-by-email = یا ای میل کریں:
refer-what-next = سروس کی طرف سے کوئی آپ سے بات کرے گا کہ آپ کے لیے کیا مددگار ہو سکتا ہے، اور آپ کو کتنا انتظار کرنا پڑ سکتا ہے۔

## Get help now

help-title = ابھی مدد حاصل کریں
help-lead = اگر آپ کو لگتا ہے کہ آپ خود کو محفوظ نہیں رکھ سکتے، یا آپ شدید مشکل (کرائسس) میں ہیں، تو فوراً مدد حاصل کریں۔
help-not-crisis-service = ٹاکنگ تھراپیز سروسز کرائسس (ہنگامی حالت) کی سروسز نہیں ہیں، لیکن جب آپ محفوظ محسوس کریں تو یہ آپ کی مدد کر سکتی ہیں۔

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = اگر ابھی آپ کی جان خطرے میں ہے، تو { $number } پر کال کریں یا A&E (ہسپتال کا ایمرجنسی شعبہ) جائیں۔
crisis-emergency-body = مثلاً، اگر آپ نے خود کو شدید چوٹ پہنچائی ہے، یا آپ کو لگتا ہے کہ آپ خود کو محفوظ نہیں رکھ سکتے۔
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }، آپشن { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } پر کال کریں اور آپشن { $option } چنیں۔ یہ NHS کی ذہنی صحت کی کرائسس لائن ہے، جو 24 گھنٹے کھلی ہے، ہر عمر کے لوگوں کے لیے۔ ترجمان (انٹرپریٹر) دستیاب ہیں۔
crisis-samaritans-body = دن ہو یا رات، کسی بھی بات پر بات کرنے کے لیے مفت کال کریں۔
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = اگر آپ بات کرنے کے بجائے ٹیکسٹ میسج بھیجنا چاہیں، تو دن ہو یا رات، { $number } پر { $keyword } لکھ کر بھیجیں۔
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = { $age } سال سے کم عمر کے اُن لوگوں کے لیے جنہیں خودکشی کے خیالات آتے ہیں، اور اُن لوگوں کے لیے جو ان کے بارے میں فکر مند ہیں۔ یہ لائن دن رات کھلی ہے، فون یا ٹیکسٹ میسج کے ذریعے۔
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } سال سے کم عمر کے بچوں اور نوجوانوں کے لیے۔
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $number } پر { $keyword } لکھ کر بھیجیں
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } پر ٹیکسٹ میسج بھیجیں

## Privacy and settings

privacy-title = رازداری اور سیٹنگز
privacy-lead = Waymark آپ کے براؤزر میں چلتا ہے۔ اس میں نہ کوکیز ہیں، نہ ٹریکنگ (آپ پر نظر رکھنا)، اور نہ اشتہار۔
privacy-kept-title = اس ڈیوائس (فون یا کمپیوٹر) پر کیا رکھا جاتا ہے
privacy-kept-nothing = اس ڈیوائس پر کچھ بھی محفوظ نہیں ہے۔
privacy-stored-language = آپ کی چنی ہوئی زبان۔
privacy-stored-check-progress = کسی ایسے سوالنامے کے جوابات جو آپ نے ابھی مکمل نہیں کیا (یہ صرف تب تک رکھے جاتے ہیں جب تک آپ یہ ٹیب بند نہ کریں)۔
privacy-stored-history = سوالناموں کے وہ نتائج جو آپ نے رکھنے کا فیصلہ کیا۔
privacy-stored-referral-draft = اُس درخواست (ریفرل) کے جوابات جو آپ نے ابھی نہیں بھیجی۔
privacy-stored-outbox-undelivered = وہ درخواستیں جو ابھی سروس تک نہیں پہنچیں۔
privacy-stored-receipts = اُن درخواستوں کے ریفرنس نمبر جو سروس کو مل چکی ہیں، تاریخ کے ساتھ۔ آپ کا کوئی بھی جواب نہیں۔
privacy-stored-unreadable = محفوظ کیے گئے جوابات یا درخواستیں جنہیں یہ ڈیوائس دوبارہ پڑھ نہیں سکی، مٹانے کے بجائے الگ رکھی گئی ہیں۔
privacy-stored-text-size = پڑھنے کے لیے آپ کا چنا ہوا لکھائی کا سائز۔
privacy-stored-shared-device = یہ بات کہ یہ ڈیوائس مشترکہ ڈیوائس موڈ میں ہے (ورکر کا کوڈ، ایسی شکل میں جسے پڑھا نہیں جا سکتا)۔
privacy-delete-all = اس ڈیوائس پر رکھی گئی ہر چیز مٹا دیں
privacy-deleted-everything = Waymark نے اس ڈیوائس پر جو کچھ رکھا تھا، وہ سب مٹا دیا گیا ہے، آف لائن پڑھنے کے لیے رکھے گئے صفحات سمیت۔
privacy-delete-unsent-warning = ایک درخواست ابھی سروس تک نہیں پہنچی۔ اگر آپ ابھی سب کچھ مٹا دیں گے، تو یہ نہیں بھیجی جائے گی۔
privacy-delete-anyway = پھر بھی سب کچھ مٹا دیں
privacy-shared-title = مشترکہ ڈیوائس موڈ، کمیونٹی (آؤٹ ریچ) ورکرز کے لیے
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = اسے ایسے ٹیبلٹ پر استعمال کریں جسے ایک دن میں کئی لوگ استعمال کرتے ہیں۔ ڈیوائس پر کوئی ذاتی معلومات نہیں رکھی جاتیں، اور جب آپ "ختم کریں اور صاف کریں" دباتے ہیں، یا { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
} تک استعمال نہ ہونے کے بعد، سب کچھ صاف کر دیا جاتا ہے۔
privacy-worker-title = کمیونٹی (آؤٹ ریچ) ورکرز کے لیے: اس ڈیوائس پر انتظار میں درخواستیں
privacy-worker-check = چیک کریں
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] اس ڈیوائس پر کوئی درخواست انتظار میں نہیں ہے۔
    [one] { $count } درخواست اس ڈیوائس پر سروس تک پہنچنے کے انتظار میں ہے۔ جب تک یہ بھیج نہ دی جائے، Waymark کو کھلا اور انٹرنیٹ سے جڑا رکھیں۔
   *[other] { $count } درخواستیں اس ڈیوائس پر سروس تک پہنچنے کے انتظار میں ہیں۔ جب تک یہ بھیج نہ دی جائیں، Waymark کو کھلا اور انٹرنیٹ سے جڑا رکھیں۔
}
privacy-shared-sealed-kept = واحد استثنا وہ درخواست ہے جو ابھی سروس تک نہیں پہنچی۔ اسے بھیجے جانے تک ڈیوائس پر رکھا جاتا ہے، اس طرح لاک کر کے کہ صرف سروس ہی اسے کھول سکے۔ ڈیوائس استعمال کرنے والا کوئی بھی شخص نہ اسے دیکھ سکتا ہے، نہ یہ کہ یہ کس کی طرف سے ہے۔
privacy-shared-by-service = سروس نے یہ موڈ ہر ڈیوائس کے لیے آن کر دیا ہے۔
privacy-shared-is-on = اس ڈیوائس کے لیے مشترکہ ڈیوائس موڈ آن ہے۔
privacy-shared-code-label = ورکر کوڈ
privacy-shared-code-hint = کم از کم 4 ہندسے۔ موڈ بند کرنے کے لیے آپ کو اس کی ضرورت ہوگی، تاکہ جس شخص کی آپ مدد کر رہے ہیں وہ اسے بند نہ کر سکے۔
privacy-shared-turn-on = اس ڈیوائس کے لیے آن کریں
privacy-shared-turn-off = بند کریں
privacy-shared-code-error = کم از کم 4 ہندسوں کا ورکر کوڈ درج کریں۔
privacy-shared-wrong-code = یہ اس ڈیوائس کا ورکر کوڈ نہیں ہے۔
privacy-private-browsing-title = اگر دوسرے لوگ بھی یہ ڈیوائس استعمال کرتے ہیں
privacy-private-browsing-body = پرائیویٹ یا انکوگنیٹو (incognito) ونڈو استعمال کریں۔ پھر جب آپ اسے بند کریں گے، تو اس بار کی کوئی چیز براؤزر میں باقی نہیں رہے گی۔
privacy-history-body = کوئی بھی ویب سائٹ آپ کی براؤزنگ ہسٹری (دیکھے گئے صفحات کی فہرست) نہیں مٹا سکتی۔ اگر آپ کو فکر ہے کہ کوئی اسے دیکھ سکتا ہے، تو آپ اپنے براؤزر کی سیٹنگز میں جا کر اسے مٹا سکتے ہیں۔
privacy-sent-title = کیا بھیجا جاتا ہے
privacy-sent-body = جب تک آپ درخواست (ریفرل) نہ بھیجیں، کوئی بھی چیز اس ڈیوائس سے باہر نہیں جاتی۔ درخواست صرف سروس کو جاتی ہے۔
privacy-notice-link = سروس کا رازداری کا نوٹس (privacy notice) پڑھیں
privacy-admin-warnings = سروس کے ایڈمنسٹریٹرز کے لیے: کنفیگریشن کی وارننگز

## Not found

not-found-title = صفحہ نہیں ملا
not-found-body = اگر آپ نے ویب ایڈریس خود لکھا تھا، تو چیک کریں کہ وہ درست ہے۔ اگر آپ کسی لنک سے یہاں آئے ہیں، تو ہو سکتا ہے یہ صفحہ کہیں اور منتقل ہو گیا ہو۔
not-found-home = ہوم پیج پر جائیں

## Configuration error (for the service's admin)

admin-error-title = معاف کیجیے، یہ سروس اس وقت کام نہیں کر رہی
admin-error-public = اگر آپ کو ابھی مدد چاہیے:
admin-error-for-admins = سروس کے ایڈمنسٹریٹر کے لیے
admin-error-file = فائل
admin-error-field = فیلڈ
admin-error-problem = مسئلہ
admin-error-docs = ہر فیلڈ اور اس کے فارمیٹ کے لیے docs/configuration.md دیکھیں۔
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = فائل { $file } لوڈ نہیں ہو سکی: { $reason }۔
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = فائل { $file } لائن { $line }، کالم { $column } پر درست JSON نہیں ہے: { $detail }۔
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = ویلیو موجود نہیں ہے یا غلط قسم کی ہے: { $detail }۔
admin-error-empty = ویلیو خالی نہیں ہونی چاہیے۔
admin-error-not-secure-url = ویلیو ایک https:// ایڈریس ہونی چاہیے۔ http:// کی اجازت صرف ٹیسٹنگ کے دوران 127.0.0.1 یا localhost کے لیے ہے۔
admin-error-not-email = یہ ویلیو ای میل ایڈریس نہیں ہے۔
admin-error-no-known-language = درج کی گئی زبانوں میں سے کوئی بھی Waymark کے اس ورژن میں دستیاب نہیں ہے۔
admin-error-not-public-key = یہ ویلیو "receiver keygen" کی بنائی ہوئی پبلک کی (public key) نہیں ہے (43 حروف: انگریزی حروف، ہندسے، - یا _)۔
admin-error-no-parent-origin = ایمبیڈنگ (embedding) آن ہے، لیکن کسی بھی ویب سائٹ کو Waymark ایمبیڈ کرنے کی اجازت نہیں ہے۔ ہر ویب سائٹ کو embed.allowed_parent_origins میں درج کریں۔
admin-error-not-origin = ویلیو کسی ویب سائٹ کا origin ہونی چاہیے (مثلاً https://www.example.nhs.uk)، جس میں کوئی پاتھ (path) اور کوئی * نہ ہو۔
admin-error-out-of-range = نمبر 0 سے زیادہ اور زیادہ سے زیادہ 120 منٹ ہونا چاہیے۔
admin-error-out-of-range-days = نمبر 1 سے 365 تک دنوں کی کوئی پوری تعداد ہونا چاہیے۔
admin-error-not-phone-number = ویلیو ایسا فون نمبر ہونی چاہیے جس پر لوگ کال کر سکیں، مثلاً ⁦0113 496 0000⁩ یا ⁦+44 113 496 0000⁩۔
admin-error-wrong-crisis-number = اس لائن کا نام ایک قومی کرائسس لائن کے نام پر ہے، لیکن اس کا نمبر اُس لائن کا اپنا نمبر نہیں ہے۔ نمبر چیک کریں، یا اس لائن کو اپنی سروس کا اپنا نام دیں۔

## Forms (shared by the self-check and referral pages)

check-back = واپس
check-start = ابھی شروع کریں
check-next = آگے بڑھیں
check-error-prefix = خرابی:
check-error-summary-title = ایک مسئلہ ہے

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = انتظار کے دوران
waiting-lead = خود درخواست دینے کے بعد کیا ہوتا ہے، اس میں کتنا وقت لگ سکتا ہے، اور اس دوران کیا چیز مددگار ہو سکتی ہے۔
waiting-next-title = آگے کیا ہو گا
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = آپ کی درخواست ملنے کے بعد سروس { $days ->
    [one] { $days } کام کے دن
   *[other] { $days } کام کے دنوں
} کے اندر آپ سے رابطہ کرے گی، تاکہ پہلی بات چیت (اسیسمنٹ) طے کی جا سکے۔
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = اس وقت لوگوں کو اس کے بعد اپنی پہلی ملاقات (اپائنٹمنٹ) کے لیے عام طور پر { $weeks ->
    [0] ایک ہفتے سے کم
    [one] تقریباً { $weeks } ہفتہ
   *[other] تقریباً { $weeks } ہفتے
} انتظار کرنا پڑتا ہے۔
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (سروس نے آخری بار یہ { $date } کو چیک کیا تھا۔)
waiting-contact-title = اپنی درخواست کے بارے میں پوچھنے یا اسے منسوخ کرنے کے لیے
waiting-contact-body = سروس سے رابطہ کریں۔ اگر آپ کے پاس ریفرنس نمبر ہے، تو وہ بتائیں۔
waiting-contact-phone = فون:
waiting-contact-email = ای میل:
waiting-help-title = انتظار کے دوران کیا چیز مددگار ہو سکتی ہے
waiting-help-learn = عام مسائل کے بارے میں پڑھیں اور مشقیں آزمائیں
waiting-help-check = جانچیں کہ آپ کیسا محسوس کر رہے ہیں، اور بعد میں موازنہ کرنے کے لیے نتیجہ اس ڈیوائس پر رکھیں
waiting-harder-title = اگر انتظار کے دوران حالات زیادہ مشکل ہو جائیں
waiting-harder-body = اگر آپ پہلے سے زیادہ بُرا محسوس کریں، یا کچھ بدل گیا ہو، تو سروس کو بتائیں۔ فون کریں:
waiting-harder-crisis = اگر آپ کو لگتا ہے کہ آپ خود کو محفوظ نہیں رکھ سکتے، تو انتظار نہ کریں:
waiting-device-title = اس ڈیوائس پر
waiting-no-reference = اس ڈیوائس پر درخواست کا کوئی ریفرنس نمبر نہیں ہے۔ اگر آپ نے کسی اور ڈیوائس سے درخواست دی تھی، یا ریفرنس نمبر مٹا دیا تھا، تو سروس آپ کے نام اور تاریخِ پیدائش سے آپ کی درخواست ڈھونڈ سکتی ہے۔
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = آپ کی درخواست کا ریفرنس نمبر { $reference } ہے۔ سروس کو آپ کی درخواست { $date } کو ملی تھی۔
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = یعنی { $date } تک، سرکاری چھٹیوں (بینک ہالیڈے) کو شامل کیے بغیر۔
waiting-call-calendar = یہ تاریخ اپنے کیلنڈر میں شامل کریں (اس ڈیوائس پر بنی ایک فائل)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } کی طرف سے آج تک آپ سے رابطہ کیے جانے کی توقع ہے
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = آپ کی درخواست کا ریفرنس نمبر { $reference } ہے۔
waiting-calendar-privacy = کیلنڈر فائلیں اسی ڈیوائس پر بنتی ہیں اور کہیں نہیں بھیجی جاتیں۔ کیلنڈر میں سروس کا نام لکھا ہوتا ہے: جو بھی آپ کا کیلنڈر دیکھ سکتا ہے، وہ اسے دیکھ سکتا ہے۔
waiting-check-in-title = ہر 2 ہفتے بعد جانچ کریں
waiting-check-in-body = ہر 2 ہفتے بعد وہی سوالنامہ دوبارہ بھرنے سے پتا چلتا ہے کہ حالات بدل رہے ہیں یا نہیں۔ اگر کسی جانچ سے پتا چلے کہ حالات زیادہ مشکل ہو گئے ہیں، تو Waymark یہ بتاتا ہے اور دکھاتا ہے کہ سروس کو کیسے بتانا ہے۔
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: اب جانچ کا وقت ہے
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: اگلی جانچ { $date } کو
waiting-check-in-calendar = اپنے کیلنڈر میں یاد دہانی شامل کریں
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = جانچ: { $name }
waiting-check-in-event-body = حالات بدل رہے ہیں یا نہیں، یہ دیکھنے کے لیے Waymark میں اپنا سوالنامہ دوبارہ بھریں۔
waiting-check-in-none = جب آپ اس ڈیوائس پر PHQ-9 یا GAD-7 کا نتیجہ رکھتے ہیں، تو یہ صفحہ دکھاتا ہے کہ اسے دوبارہ کب بھرنا ہے۔
waiting-check-in-not-kept = اس ڈیوائس پر سوالناموں کے نتائج نہیں رکھے جاتے، اس لیے یہاں آپ کو جانچ کا وقت یاد نہیں دلایا جا سکتا۔
waiting-print = یہ صفحہ پرنٹ کریں یا PDF کے طور پر محفوظ کریں
refer-sent-waiting-link = انتظار کے دوران: آگے کیا ہو گا، کتنا وقت لگ سکتا ہے اور کیا چیز مددگار ہو سکتی ہے

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = اس ڈیوائس کی اسٹوریج بھر گئی ہے، اس لیے آپ ابھی جو کچھ لکھیں گے وہ صرف اسی صفحے میں رہے گا: اگر آپ نے صفحہ بند کر دیا تو یہ ضائع ہو جائے گا۔ صفحہ بند کرنے سے پہلے جو کر رہے ہیں وہ مکمل کر لیں (جب تک صفحہ کھلا ہے، درخواست پھر بھی بھیجی جاتی ہے)، یا سروس کو فون کریں۔ براؤزر کی سیٹنگز میں جگہ خالی کرنے سے Waymark دوبارہ محفوظ کر سکے گا۔
privacy-stored-waiting-plan = انتظار کے دوران کا وہ منصوبہ جو آپ نے شروع کیا، اور وہ قدم جن پر آپ نے نشان لگایا۔
waiting-plan-title = آنے والے ہفتوں کے لیے ایک منصوبہ
waiting-plan-body = ہر ہفتے چند چھوٹے قدم، "جانیں" والے حصے کی مشقوں میں سے۔ جو قدم پورے ہو جائیں، ان پر یہاں نشان لگائیں۔ یہ منصوبہ صرف اسی ڈیوائس پر رکھا جاتا ہے، اور آپ اسے کسی بھی وقت مٹا سکتے ہیں۔
waiting-plan-question = اس وقت آپ کی سب سے زیادہ مدد کس چیز سے ہو گی؟
waiting-plan-suggested-hint = آپ کے رکھے ہوئے سوالناموں کے نتائج کی بنیاد پر، ایک منصوبے پر "تجویز کردہ" کا نشان لگا ہے۔ جو آپ کو ٹھیک لگے، وہ چنیں۔
waiting-plan-suggested = تجویز کردہ
waiting-plan-start = یہ منصوبہ شروع کریں
waiting-plan-unreadable = آپ کا محفوظ کیا ہوا منصوبہ پڑھا نہیں جا سکا: ہو سکتا ہے یہ Waymark کے کسی پرانے ورژن سے ہو، یا اس ڈیوائس پر اسے بدلا گیا ہو۔ دوبارہ شروع کرنے کے لیے نیچے سے کوئی منصوبہ چنیں۔ پرانا منصوبہ صرف تب ہی بدلے گا جب آپ ایسا کریں گے۔
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = ہفتہ { $week }
waiting-plan-this-week = یہ ہفتہ
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = اب آپ کے منصوبے کا ہفتہ { $week } چل رہا ہے۔
waiting-plan-after-end = آپ منصوبے کے سارے ہفتے مکمل کر چکے ہیں۔ جن قدموں سے مدد ملی، وہ کرتے رہیں، اور جو رہ گئے تھے ان کی طرف واپس جائیں۔
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = مکمل ہونے والے قدم: { $total } میں سے { $done }۔
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = یہ کیسے کریں: { $topic }
waiting-plan-kept = آپ کا منصوبہ اور جن قدموں پر آپ نشان لگاتے ہیں، وہ صرف اسی ڈیوائس پر رکھے جاتے ہیں۔ رازداری والے صفحے پر "اس ڈیوائس پر رکھی گئی ہر چیز مٹا دیں" انہیں بھی مٹا دیتا ہے۔
waiting-plan-stop = یہ منصوبہ روکیں اور مٹا دیں
waiting-plan-not-shared = منصوبہ صرف آپ کی اپنی ڈیوائس پر رکھا جاتا ہے، اس لیے اس مشترکہ ڈیوائس پر منصوبہ نہیں ملتا۔
waiting-plan-not-kept = یہ براؤزر Waymark کو کچھ بھی محفوظ کرنے نہیں دے رہا، اس لیے یہاں منصوبہ نہیں رکھا جا سکتا۔
