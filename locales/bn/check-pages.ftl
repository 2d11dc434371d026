# Waymark interface strings for the self-check pages, Bengali (bn), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl and checks.ftl): "questionnaire" = প্রশ্নাবলি;
# "result" = ফলাফল; "score" = স্কোর; "treatment threshold" = চিকিৎসার সীমা;
# "keep" (on this device) = রেখে দিন. Bengali plurals (CLDR): one (0 and 1), other.

## Self-check list and questions

check-private = আপনার উত্তর এই ডিভাইসেই থাকে। আপনি নিজে রেফারেলের সঙ্গে ফলাফল যোগ করতে না চাইলে কিছুই পাঠানো হয় না।
check-help-intro = নিজের নিরাপত্তা নিয়ে চিন্তা হলে, কোনো প্রশ্নাবলির জন্য অপেক্ষা করবেন না।
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] { $count }টি প্রশ্ন
   *[other] { $count }টি প্রশ্ন
}
check-about-phq9 = মন খারাপ ও বিষণ্ণতা (ডিপ্রেশন) নিয়ে প্রশ্ন, যেমন কোনো কিছুতে আগ্রহ হারিয়ে ফেলা, ঘুম, শরীরের শক্তি, আর নিজের সম্পর্কে আপনার কেমন লাগে।
check-about-gad7 = দুশ্চিন্তা ও উদ্বেগ (অ্যাংজাইটি) নিয়ে প্রশ্ন, যেমন নার্ভাস লাগা, দুশ্চিন্তা থামাতে না পারা, আর শান্ত হতে কষ্ট হওয়া।
check-about-wsas = আপনার সমস্যাগুলো আপনার কাজ, ঘরের জীবন, সামাজিক জীবন ও সম্পর্কের ওপর কেমন প্রভাব ফেলে, তা নিয়ে প্রশ্ন।
check-about-phobia = ভয়ের কারণে কিছু পরিস্থিতি এড়িয়ে চলা নিয়ে প্রশ্ন, যেমন লোকজনের মধ্যে থাকা, এমন জায়গা যেখানে প্যানিক হতে পারে, বা নির্দিষ্ট কিছু জিনিস।
check-about-pcl5 = খুব কষ্টদায়ক বা ভয়ংকর কোনো অভিজ্ঞতার পরের প্রতিক্রিয়া নিয়ে প্রশ্ন, যেমন অনাকাঙ্ক্ষিত স্মৃতি, সবসময় সতর্ক থাকা, আর মনে করিয়ে দেয় এমন জিনিস এড়িয়ে চলা।
check-about-other = আপনার সার্ভিস ব্যবহার করে এমন একটি প্রশ্নাবলি।
check-back-to-list = সব প্রশ্নাবলি
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = এখানে { $count ->
    [one] { $count }টি প্রশ্ন আছে
   *[other] { $count }টি প্রশ্ন আছে
}। যে উত্তরটি সবচেয়ে ভালো মেলে সেটি বেছে নিন। এতে কয়েক মিনিট লাগে।
check-continue = যেখানে থেমেছিলেন সেখান থেকে চালিয়ে যান
check-start-again = আবার শুরু করুন
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = { $total }টির মধ্যে { $number } নম্বর প্রশ্ন
check-error-choose = যে উত্তরটি সবচেয়ে ভালো মেলে সেটি বেছে নিন
check-translation-official = এই প্রশ্নাবলিটি এই ভাষার সরকারি (অফিশিয়াল) অনুবাদে দেখানো হচ্ছে।
check-translation-none = এই প্রশ্নাবলিটি এখনও এই ভাষায় অনুবাদ করা হয়নি, তাই ইংরেজিতে দেখানো হচ্ছে।
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = প্রশ্নগুলো ইংরেজিতে দেখানো হচ্ছে, ঠিক যে শব্দে সেগুলো পরীক্ষা করা হয়েছিল। আপনার ভাষায় স্কোরের জন্য যাচাই করা কোনো অনুবাদ এখনও পাওয়া যায় না। পেজের বাকি অংশ আপনার ভাষাতেই থাকবে।
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = এই প্রশ্নাবলিটি এই সার্ভিসের জন্য অনুবাদ করা হয়েছে এবং একজন পর্যালোচক যাচাই করেছেন, কিন্তু এটি সরকারি (অফিশিয়াল) অনুবাদ নয়। স্কোরগুলো শুধু সরকারি শব্দচয়নে পরীক্ষা করা হয়েছিল, তাই আপনার ফলাফল স্বাভাবিকের চেয়ে কম নির্ভুল হতে পারে।
check-wording-unreviewed-unvalidated = এই প্রশ্নাবলিটি এই সার্ভিসের জন্য অনুবাদ করা হয়েছে, কিন্তু এখনও কেউ অনুবাদটি যাচাই করেননি। স্কোরগুলো শুধু সরকারি শব্দচয়নে পরীক্ষা করা হয়েছিল, তাই আপনার ফলাফল স্বাভাবিকের চেয়ে কম নির্ভুল হতে পারে।
check-wording-machine-unvalidated = এই প্রশ্নাবলিটি কম্পিউটার দিয়ে অনুবাদ করা হয়েছে এবং এখনও কেউ অনুবাদটি যাচাই করেননি। স্কোরগুলো শুধু সরকারি শব্দচয়নে পরীক্ষা করা হয়েছিল, তাই আপনার ফলাফল স্বাভাবিকের চেয়ে কম নির্ভুল হতে পারে।

## Self-check safety page

check-safety-title = আমাদের জানানোর জন্য ধন্যবাদ
check-safety-lead = আপনি বলেছেন, আপনার মনে এমন চিন্তা এসেছে যে মরে গেলেই ভালো হতো, বা নিজেকে আঘাত করার চিন্তা এসেছে। এটি আপনাকে একা সামলাতে হবে না।
check-safety-body = যদি মনে হয় আপনি এই চিন্তা অনুযায়ী কিছু করে ফেলতে পারেন, বা নিজেকে নিরাপদ রাখতে পারছেন না, তাহলে এখনই সাহায্য নিন। এই সেবাগুলো বিনামূল্যে, এবং তারা আপনার কথা শুনবে।
check-safety-continue-hint = আপনি যখন প্রস্তুত বোধ করবেন, তখন প্রশ্নগুলো চালিয়ে যেতে পারেন এবং আপনার ফলাফল দেখতে পারেন।
check-safety-continue = চালিয়ে যান

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = আপনার ফলাফল: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = আপনার স্কোর { $max }-এর মধ্যে { $score }।
check-result-risk = আপনি আমাদের বলেছেন, আপনার মনে মরে গেলেই ভালো হতো এমন চিন্তা, বা নিজেকে আঘাত করার চিন্তা এসেছে। দয়া করে অপেক্ষা করবেন না: এখনই সাহায্য পাওয়া যায়।
check-result-prorated = একটি প্রশ্নের উত্তর দেওয়া হয়নি বা প্রশ্নটি আপনার ক্ষেত্রে খাটে না, তাই এই মোট স্কোর আপনার অন্য উত্তরগুলো থেকে হিসাব করা হয়েছে।
check-result-items-caption = আপনার উত্তর, প্রতিটি প্রশ্ন ধরে ধরে
check-result-item = প্রশ্ন
check-result-item-score = আপনার উত্তর (0 থেকে 8)
check-result-item-note = টীকা
check-result-not-title = এর অর্থ যা নয়
check-result-not-diagnosis = এটি রোগনির্ণয় নয়। স্কোর শুধু একটি মোটামুটি ধারণা দেয়, সম্প্রতি আপনি কেমন বোধ করছেন। এটি বলতে পারে না আপনার কী সমস্যা, আর আপনি সাহায্য পাওয়ার যোগ্য কিনা তাও ঠিক করতে পারে না।
check-result-any-score = আপনার স্কোর যা-ই হোক, আপনার কষ্ট হলে আপনি সাহায্য চাইতে পারেন। আপনার কথা গুরুত্ব দিয়ে শোনার জন্য বেশি স্কোর হওয়ার দরকার নেই।
check-result-next-title = এরপর আপনি যা করতে পারেন
check-result-next-learn = কী সাহায্য করতে পারে তা পড়ুন, এবং নিজে কিছু উপায় চেষ্টা করে দেখুন
check-result-next-refer = টকিং থেরাপির জন্য নিজেই রেফার করুন
check-result-next-help = দরকার হলে এখনই সাহায্য নিন
check-result-print = এই ফলাফল প্রিন্ট বা সেভ করুন
check-result-keep = এই ফলাফল এই ডিভাইসে রেখে দিন
check-result-kept = এই ডিভাইসে রাখা হয়েছে।
check-result-cannot-keep = এই ব্রাউজার Waymark-কে কিছুই সেভ করতে দিচ্ছে না, তাই এই ফলাফল রাখা যাবে না। আপনি এটি প্রিন্ট করতে পারেন বা PDF হিসেবে সেভ করতে পারেন।
check-result-unavailable = এই উত্তরগুলো থেকে স্কোর হিসাব করা যাচ্ছে না

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = আপনার রেখে দেওয়া ফলাফল: { $name }
check-history-link = এই ডিভাইসে রেখে দেওয়া ফলাফলগুলো দেখুন
check-history-empty = এই ডিভাইসে আপনি এই প্রশ্নাবলির কোনো ফলাফল রেখে দেননি।
check-history-unavailable = এই ব্রাউজার Waymark-কে কিছুই সেভ করতে দিচ্ছে না, তাই এখানে ফলাফল রাখা যাবে না।
check-history-unreadable = রেখে দেওয়া কিছু ফলাফল পড়া যায়নি, হয়তো Waymark-এর পুরোনো কোনো সংস্করণে সেভ করা হয়েছিল বলে। সেগুলো দেখানো হচ্ছে না।
check-history-chart-title = সময়ের সঙ্গে আপনার স্কোর। একই স্কোরগুলো নিচের টেবিলেও আছে।
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = চিকিৎসার সীমা: { $score }
check-history-table-caption = রেখে দেওয়া ফলাফল
check-history-date = তারিখ
check-history-score = স্কোর
check-history-band = মাত্রা
check-history-actions = কাজ
check-history-delete = মুছে ফেলুন
check-history-delete-all = রেখে দেওয়া সব ফলাফল মুছে ফেলুন
check-history-compare-title = দুটি ফলাফল তুলনা করুন
check-history-compare-from = আগের ফলাফল
check-history-compare-to = পরের ফলাফল
check-history-improved = এই দুই ফলাফলের মধ্যে আপনার স্কোর এতটা কমেছে যে তাকে নির্ভরযোগ্য উন্নতি বলা যায়।
check-history-deteriorated = এই দুই ফলাফলের মধ্যে আপনার স্কোর এতটা বেড়েছে যে তাকে খারাপের দিকে নির্ভরযোগ্য পরিবর্তন বলা যায়। কারও সঙ্গে কথা বললে হয়তো সাহায্য হবে।
check-history-no-change = এই দুই ফলাফলের মধ্যে আপনার স্কোর এতটা বদলায়নি যে নিশ্চিত হওয়া যায় এটি দৈনন্দিন ওঠানামার চেয়ে বেশি কিছু।
check-history-change-unknown = এই প্রশ্নাবলির জন্য নির্ভরযোগ্য পরিবর্তন মাপার কোনো স্বীকৃত উপায় নেই, তাই আমরা দুটি স্কোর তুলনা করি না।
check-history-recovered = আপনার বিষণ্ণতা ও উদ্বেগের প্রশ্নাবলি একসঙ্গে ধরলে, আপনি দুটিতেই চিকিৎসার সীমার উপর থেকে নিচে নেমে এসেছেন। NHS Talking Therapies একে সেরে ওঠা (রিকভারি) বলে।
check-history-reliably-recovered = আপনার বিষণ্ণতা ও উদ্বেগের প্রশ্নাবলি একসঙ্গে ধরলে, আপনি দুটিতেই চিকিৎসার সীমার নিচে নেমে এসেছেন এবং নির্ভরযোগ্যভাবে উন্নতি করেছেন। NHS Talking Therapies একে নির্ভরযোগ্যভাবে সেরে ওঠা (রিলায়েবল রিকভারি) বলে।
check-history-not-recovered = আপনার বিষণ্ণতা ও উদ্বেগের প্রশ্নাবলি একসঙ্গে ধরলে, আপনি এখনও দুটিতেই চিকিৎসার সীমার নিচে নামেননি।
check-history-not-case = আপনার বিষণ্ণতা ও উদ্বেগের প্রশ্নাবলি একসঙ্গে ধরলে, আপনার আগের উত্তরগুলো চিকিৎসার সীমার নিচে ছিল, তাই সেরে ওঠার হিসাব এখানে খাটে না।
check-history-reliable-change-explained = NHS Talking Therapies কোনো পরিবর্তনকে সাধারণ ওঠানামা না ধরে নির্ভরযোগ্য বলে ধরে, যখন তা PHQ-9-এ 6 পয়েন্ট বা তার বেশি, অথবা GAD-7-এ 4 পয়েন্ট বা তার বেশি হয়।

## Carrying results into a referral

check-result-referral-title = রেফারেলের সঙ্গে এই উত্তরগুলো পাঠানো
check-result-referral-body = আপনি নিজেই রেফার করলে, রেফারেলের সঙ্গে এই উত্তরগুলোও পাঠাতে পারেন, যাতে সার্ভিস বুঝতে পারে আপনি কেমন বোধ করছেন। আপনি রেফারেল পাঠানো বেছে নিলে তবেই এগুলো পাঠানো হয়, আর পাঠানোর আগে আপনি এগুলো বাদ দিতে পারেন।
check-result-referral-add = এই উত্তরগুলো আমার রেফারেলে যোগ করুন

## Result compared with the person's last kept result

check-result-harder-title = পরিস্থিতি হয়তো আরও কঠিন হয়েছে
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = আপনার স্কোর এখন { $after }, গতবার ছিল { $before }। এত বড় বৃদ্ধি সাধারণ ওঠানামার চেয়ে বেশি।
check-result-harder-highest = আপনার স্কোর এই প্রশ্নাবলির সবচেয়ে উঁচু মাত্রায় আছে।
check-result-harder-tell = আপনি যদি সার্ভিসের জন্য অপেক্ষা করে থাকেন, তাহলে তাদের জানান যে পরিস্থিতি বদলেছে। ফোন করুন:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = আপনার রেফারেলের রেফারেন্স নম্বর বলুন: { $reference }।
check-result-harder-waiting = অপেক্ষার সময় কী সাহায্য করতে পারে

## Telling the service online that things have changed

check-result-update-title = অথবা অনলাইনে সার্ভিসকে জানান
check-result-update-words = কী বদলেছে?
check-result-update-words-hint = যেমন, আপনি কেমন বোধ করছেন, বা এমন কিছু যা অপেক্ষা করাকে আরও কঠিন করে তুলছে। সার্ভিস এটি আপনার রেফারেলের সঙ্গে পড়ে।
check-result-update-error-empty = কয়েকটি কথায় লিখুন কী বদলেছে
check-result-update-error-long = কী বদলেছে, তা 1000 অক্ষর বা তার কম হতে হবে
check-result-update-error-result = এই ফলাফলটি সম্পূর্ণ নয়, তাই এটি পাঠানো যাবে না। এটি ছাড়াই আপনার কথাগুলো পাঠান, অথবা সার্ভিসে ফোন করুন।
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = { $name }-এর এই ফলাফল ও আপনার উত্তরগুলোও যোগ করুন
check-result-update-what-goes = সার্ভিস পায় আপনার কথাগুলো ও আপনার রেফারেলের রেফারেন্স নম্বর, এবং বক্সে টিক দিলে, এই ফলাফল ও একই প্রশ্নাবলির আপনার শেষ রেখে দেওয়া ফলাফল। আর কিছুই পাঠানো হয় না।
check-result-update-send = সার্ভিসে পাঠান
check-result-update-waiting = আপনার আপডেট এই ডিভাইসে সেভ করা হয়েছে এবং পাঠানো হচ্ছে। Waymark যতক্ষণ খোলা থাকে, যেকোনো পেজে, ততক্ষণ চেষ্টা চালিয়ে যায়। সার্ভিস এটি পেলে এই পেজে তা জানানো হবে।
check-result-update-accepted = সার্ভিস আপনার আপডেট পেয়েছে।
check-result-update-rejected = সার্ভিস অনলাইনে আপনার আপডেট গ্রহণ করতে পারেনি। দয়া করে ফোন করুন:
check-result-update-cannot = দুঃখিত, এই ব্রাউজার নিরাপদে আপনার আপডেট পাঠাতে পারছে না। দয়া করে এর বদলে সার্ভিসে ফোন করুন।
