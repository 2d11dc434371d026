# Titles and one-line summaries of the content pack, Urdu (ur), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.
# Term choices as in locales/ur: "anxiety" = بے چینی (اینگزائٹی);
# "stress" = ذہنی دباؤ (سٹریس); "panic" = پینک (اچانک شدید گھبراہٹ).

## Topics

low-mood = اداسی اور ڈپریشن
    .summary = کئی کئی ہفتے اداس رہنا، اندر سے خالی پن محسوس کرنا، یا کسی چیز میں مزہ نہ آنا۔
worry = فکر اور بے چینی (اینگزائٹی)
    .summary = ایسی فکریں جو رکتی نہیں، اور آپ کے دن کا بڑا حصہ لے لیتی ہیں۔
panic = پینک اٹیک (اچانک شدید گھبراہٹ کے دورے)
    .summary = اچانک شدید ڈر اور دل کی تیز دھڑکن، اور ان لمحوں سے کیسے گزریں۔
sleep = نیند کے مسائل
    .summary = نیند آنے میں یا سوئے رہنے میں مشکل، اور کیا چیز مدد کر سکتی ہے۔
stress = ذہنی دباؤ (سٹریس)
    .summary = بہت زیادہ دباؤ محسوس کرنا، اور بوجھ ہلکا کرنے کے طریقے۔

## Audiences

south-asian = جنوبی ایشیائی برادریاں
    .summary = اُن لوگوں کے لیے جن کے خاندانوں کی جڑیں پاکستان، بھارت، بنگلہ دیش، سری لنکا، نیپال اور آس پاس کے ملکوں میں ہیں۔
faith = مذہب اور ایمان والے لوگ
    .summary = اُن لوگوں کے لیے جن کے لیے ان کا مذہب اہم ہے، چاہے وہ مسلمان، مسیحی، ہندو، سکھ، یہودی، بدھ مت کے ماننے والے ہوں یا کسی اور مذہب سے ہوں۔
refugees = پناہ گزین اور پناہ (اسائلم) مانگنے والے لوگ
    .summary = اُن لوگوں کے لیے جنہیں اپنا ملک چھوڑنا پڑا، چاہے وہ فیصلے کا انتظار کر رہے ہوں یا انہیں پناہ گزین کا درجہ (ریفیوجی سٹیٹس) مل چکا ہو۔
