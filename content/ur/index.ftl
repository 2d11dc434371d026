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
