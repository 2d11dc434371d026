# Waymark interface strings for the app shell, Bengali (bn), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices: "talking therapies" = টকিং থেরাপি; "refer yourself" = নিজেই রেফার করুন;
# "referral" = রেফারেল; "service" = সার্ভিস; "GP" = GP (পারিবারিক ডাক্তার);
# "device" = ডিভাইস; "diagnosis" = রোগনির্ণয়; "questionnaire" = প্রশ্নাবলি.
# Standard (Bangladesh) Bengali, polite "আপনি" form. Digits are kept as 0-9 so that
# phone numbers and scores look the same as on UK letters and keypads.

## App shell

app-loading = লোড হচ্ছে…
app-skip-link = মূল অংশে চলে যান
app-help-now = এখনই সাহায্য নিন
app-nav-label = প্রধান মেনু
app-nav-home = হোম
app-nav-learn = জানুন
app-nav-check = আপনি কেমন আছেন যাচাই করুন
app-nav-refer = নিজেই রেফার করুন
app-nav-privacy = গোপনীয়তা ও সেটিংস
app-storage-unavailable = এই ব্রাউজার Waymark-কে কিছুই সেভ করতে দিচ্ছে না, তাই এই পেজ বন্ধ করার পর কিছুই মনে রাখা হবে না। বাকি সবকিছু কাজ করবে।
app-footer-not-crisis = টকিং থেরাপি কোনো জরুরি সেবা নয়।
app-referral-waiting = এই ডিভাইসে আপনার একটি রেফারেল সেভ করা আছে, যা এখনও সার্ভিসের কাছে পৌঁছায়নি।
app-referral-waiting-link = দেখুন এবং পাঠান
needs-app-body = সাইটের এই অংশের জন্য একটি নতুন ওয়েব ব্রাউজার, অথবা JavaScript চালু থাকা দরকার। আপনি তবুও নিজেই রেফার করতে পারেন, অথবা সার্ভিসকে যেকোনো কিছু জিজ্ঞেস করতে পারেন:
needs-app-phone = ফোন করুন:
needs-app-email = ইমেইল করুন:
needs-app-help = এখনই সাহায্য দরকার হলে:
app-saved-unreadable = এই ডিভাইসে সেভ করা কিছু উত্তর আবার পড়া যায়নি। সেগুলো আলাদা করে রাখা হয়েছে, মুছে ফেলা হয়নি। কী রাখা আছে তা গোপনীয়তার পেজে দেখতে এবং মুছে ফেলতে পারেন।
feature-failed-title = সার্ভিসের এই অংশটি লোড করা যায়নি
feature-failed-body = আপনার ইন্টারনেট সংযোগ দেখে নিন এবং পেজটি আবার লোড করুন। এখনই সাহায্য দরকার হলে পেজের উপরের "এখনই সাহায্য নিন" লিংকটি ব্যবহার করুন।

## Shared-device mode (outreach tablets)

shared-notice = শেয়ার করা ডিভাইস: আপনি শেষ করার পর কোনো ব্যক্তিগত তথ্য রাখা হয় না।
shared-finish = শেষ করুন ও মুছে ফেলুন
shared-unsent-warning = একটি রেফারেল এখনও পাঠানো হয়নি। এটি শুধু এই পেজেই রাখা আছে, তাই এখন শেষ করলে এটি হারিয়ে যাবে। এটি পাঠানো না হওয়া পর্যন্ত অপেক্ষা করুন, অথবা মানুষটির তথ্য অন্য কোনো উপায়ে নিয়ে নিন।
shared-finish-anyway = তবুও শেষ করুন
shared-finish-when-sent = অপেক্ষা করুন, পাঠানো হলে শেষ করুন
shared-waiting-to-send = সার্ভিস রেফারেলটি পাওয়া পর্যন্ত অপেক্ষা করা হচ্ছে। পেয়ে গেলে এই পেজটি নিজে থেকেই মুছে যাবে।
shared-unsent-call = অথবা ফোনে রেফার করতে সার্ভিসে ফোন করুন:
shared-timeout-title = আপনি কি এখনও আছেন?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: Bengali nouns do not change after a number (1 সেকেন্ড, 30 সেকেন্ড).
shared-timeout-body = গোপনীয়তা রক্ষার জন্য, এই পেজের সবকিছু { $seconds } সেকেন্ডের মধ্যে মুছে ফেলা হবে।
shared-timeout-continue = আমি এখনও আছি

## Quick exit

quick-exit-label = দ্রুত বেরিয়ে যান
quick-exit-button = এই পেজ থেকে বেরিয়ে যান
quick-exit-hint = অথবা Shift বোতামটি 3 বার চাপুন।

## Language switcher

language-switcher-label = ভাষা
language-switcher-failed = দুঃখিত, এই ভাষাটি লোড করা যায়নি। আপনার সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।

## Home

home-title = টকিং থেরাপি: আপনার মনের অবস্থার জন্য সহায়তা
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } প্রাপ্তবয়স্কদের জন্য বিনামূল্যে NHS টকিং থেরাপি দেয়, যাদের মন খারাপ থাকে, উদ্বেগ হয় বা মানসিক চাপ লাগে। আপনি সাধারণ সমস্যাগুলো সম্পর্কে জানতে পারেন, সম্প্রতি কেমন বোধ করছেন তা যাচাই করতে পারেন, এবং নিজেই রেফার করতে পারেন।
home-learn-title = জানুন এবং নিজে চেষ্টা করুন
home-learn-body = মন খারাপ, দুশ্চিন্তা, প্যানিক, ঘুম এবং আরও অনেক বিষয়ে পড়ুন, সঙ্গে আছে ছোট ছোট অনুশীলন, যা আপনি আজই করে দেখতে পারেন।
home-check-title = সম্প্রতি কেমন বোধ করছেন যাচাই করুন
home-check-body = কয়েকটি ছোট প্রশ্নের উত্তর দিন। আপনার উত্তর এই ডিভাইসেই থাকে।
home-refer-title = নিজেই রেফার করুন
home-refer-body = আগে আপনার GP (পারিবারিক ডাক্তার)-এর কাছে যাওয়ার দরকার নেই।
home-not-crisis = এখনই সাহায্য দরকার হলে অপেক্ষা করবেন না।

## Learn

learn-title = জানুন এবং নিজে চেষ্টা করুন
learn-lead = সাধারণ সমস্যাগুলো সম্পর্কে তথ্য, এবং ভালো বোধ করার জন্য যা যা চেষ্টা করতে পারেন।
learn-refer-link = টকিং থেরাপির জন্য নিজেই রেফার করুন
learn-loading = লোড হচ্ছে…
learn-pack-failed = সেলফ-হেল্পের (নিজে নিজে সাহায্যের) বিষয়গুলো লোড করা যায়নি। আপনার সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।
learn-topics-title = বিষয়
learn-for-me-title = আমার জন্য লেখা
learn-for-me-hint = একটি গোষ্ঠী বেছে নিন, তাহলে আপনার মতো মানুষদের কথা ভেবে লেখা বিষয়গুলো দেখতে পাবেন। Waymark আপনার বেছে নেওয়া মনে রাখে না।
learn-for-me-label = কাদের জন্য লেখা দেখাবে
learn-for-me-everyone = সবার জন্য
learn-for-me-intro = এই গোষ্ঠীর জন্য লেখা:
learn-related-topics = যে বিষয়গুলো কাজে লাগতে পারে
learn-all-topics = সব বিষয়
learn-not-found = এই নামে কোনো বিষয় নেই। হয়তো এটি অন্য জায়গায় সরানো হয়েছে।
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = এই পেজটি এখনও { $language } ভাষায় পাওয়া যায় না।
learn-read-in-english = ইংরেজিতে পড়ুন
learn-in-english-note = এই পেজটি এখনও অনুবাদ করা হয়নি, তাই ইংরেজিতে দেখানো হচ্ছে।
learn-status-reviewed = একজন ক্লিনিশিয়ান (চিকিৎসা-বিশেষজ্ঞ) যাচাই করেছেন।
learn-status-draft = এখনও কোনো ক্লিনিশিয়ান (চিকিৎসা-বিশেষজ্ঞ) যাচাই করেননি।
learn-status-machine = কম্পিউটার দিয়ে অনুবাদ করা, এখনও কোনো মানুষ যাচাই করেননি। কিছু শব্দ ভুল হতে পারে।
learn-tools-label = পেজের টুল
learn-read-aloud = জোরে পড়ে শোনান
learn-stop-reading = পড়া থামান
learn-text-size = লেখার আকার
learn-text-size-standard = সাধারণ
learn-text-size-large = বড়
learn-text-size-largest = সবচেয়ে বড়
learn-print = এই পেজটি প্রিন্ট করুন
learn-next-title = এরপর আপনি যা করতে পারেন
learn-next-check = সম্প্রতি কেমন বোধ করছেন যাচাই করুন
learn-next-refer = টকিং থেরাপির জন্য নিজেই রেফার করুন
learn-next-help = নিজেকে নিরাপদ রাখতে না পারলে এখনই সাহায্য নিন

## Check

check-title = সম্প্রতি কেমন বোধ করছেন যাচাই করুন
check-lead = ছোট ছোট প্রশ্নাবলি, যা অনেক NHS টকিং থেরাপি সার্ভিস ব্যবহার করে।
check-not-a-diagnosis = আপনার উত্তরগুলো আপনাকে ভেবে দেখতে সাহায্য করে, আপনি কেমন ছিলেন। এগুলো রোগনির্ণয় (ডায়াগনোসিস) নয়।
## Refer

refer-title = নিজেই রেফার করুন
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = আপনি নিজেই { $service }-এ রেফার করতে পারেন। আগে আপনার GP-র কাছে যাওয়ার দরকার নেই।
refer-online-coming = Waymark-এর এই সংস্করণে অনলাইন ফর্ম এখনও নেই। আপনি ফোন করে নিজেই রেফার করতে পারেন।
refer-not-online = এই সার্ভিস অনলাইনে রেফারেল নেয় না। আপনি ফোন করে নিজেই রেফার করতে পারেন।
refer-by-phone = ফোন করে রেফার করুন
refer-by-email = অথবা ইমেইল করুন:
refer-what-next = সার্ভিসের একজন আপনার সঙ্গে কথা বলবেন: কী আপনার কাজে লাগতে পারে, আর আপনাকে কতদিন অপেক্ষা করতে হতে পারে।

## Get help now

help-title = এখনই সাহায্য নিন
help-lead = যদি মনে হয় আপনি নিজেকে নিরাপদ রাখতে পারছেন না, বা আপনি সংকটে আছেন, তাহলে সঙ্গে সঙ্গে সাহায্য নিন।
help-not-crisis-service = টকিং থেরাপি সার্ভিস সংকটকালীন (ক্রাইসিস) সেবা নয়, তবে আপনি নিরাপদ বোধ করলে তারা সাহায্য করতে পারে।

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = আপনার জীবন এখনই ঝুঁকিতে থাকলে { $number } নম্বরে ফোন করুন অথবা A&E-তে (হাসপাতালের জরুরি বিভাগে) যান।
crisis-emergency-body = যেমন, আপনি যদি নিজেকে গুরুতরভাবে আঘাত করে থাকেন, বা মনে হয় নিজেকে নিরাপদ রাখতে পারবেন না।
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, অপশন { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = { $number } নম্বরে ফোন করুন এবং অপশন { $option } বেছে নিন। এটি 24 ঘণ্টার NHS মানসিক স্বাস্থ্য সংকট লাইন, সব বয়সের মানুষের জন্য। দোভাষী পাওয়া যায়।
crisis-samaritans-body = দিনে বা রাতে, যেকোনো সময় বিনামূল্যে ফোন করে যেকোনো বিষয়ে কথা বলুন।
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = কথা বলার চেয়ে টেক্সট করতে চাইলে, দিনে বা রাতে যেকোনো সময় { $number } নম্বরে { $keyword } লিখে পাঠান।
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = { $age } বছরের কম বয়সী যাদের মনে আত্মহত্যার চিন্তা আসে তাদের জন্য, এবং যারা তাদের নিয়ে চিন্তিত তাদের জন্য। এই লাইন দিনরাত খোলা থাকে; ফোন করতে বা টেক্সট পাঠাতে পারেন।
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = { $age } বছরের কম বয়সী শিশু ও তরুণদের জন্য।
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = { $number } নম্বরে { $keyword } লিখে পাঠান
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = { $number } নম্বরে টেক্সট পাঠান

## Privacy and settings

privacy-title = গোপনীয়তা ও সেটিংস
privacy-lead = Waymark আপনার ব্রাউজারেই চলে। এতে কোনো কুকি নেই, কোনো ট্র্যাকিং নেই, কোনো বিজ্ঞাপন নেই।
privacy-kept-title = এই ডিভাইসে যা রাখা হয়
privacy-kept-nothing = এই ডিভাইসে কিছুই রাখা হয় না।
privacy-stored-language = আপনার বেছে নেওয়া ভাষা।
privacy-stored-check-progress = যে প্রশ্নাবলি আপনি শেষ করেননি তার উত্তর (শুধু এই ট্যাব বন্ধ না করা পর্যন্ত রাখা হয়)।
privacy-stored-history = প্রশ্নাবলির যে ফলাফল আপনি রেখে দিতে চেয়েছেন।
privacy-stored-referral-draft = যে রেফারেল আপনি এখনও পাঠাননি তার উত্তর।
privacy-stored-outbox-undelivered = যে রেফারেলগুলো এখনও সার্ভিসের কাছে পৌঁছায়নি।
privacy-stored-receipts = সার্ভিস যে রেফারেলগুলো পেয়েছে সেগুলোর রেফারেন্স নম্বর, তারিখসহ। আপনার কোনো উত্তর নয়।
privacy-stored-unreadable = সেভ করা উত্তর বা রেফারেল, যা এই ডিভাইস আবার পড়তে পারেনি, মুছে না ফেলে আলাদা করে রাখা।
privacy-stored-text-size = পড়ার জন্য আপনার বেছে নেওয়া লেখার আকার।
privacy-stored-shared-device = এই ডিভাইসটি যে শেয়ার করা ডিভাইস মোডে আছে, সেই তথ্য (কর্মীর কোড, এমনভাবে বদলে রাখা যাতে পড়া না যায়)।
privacy-delete-all = এই ডিভাইসে রাখা সবকিছু মুছে ফেলুন
privacy-deleted-everything = Waymark এই ডিভাইসে যা কিছু রেখেছিল, সব মুছে ফেলা হয়েছে, অফলাইনে পড়ার জন্য রাখা পেজগুলোসহ।
privacy-delete-unsent-warning = একটি রেফারেল এখনও সার্ভিসের কাছে পৌঁছায়নি। এখন সবকিছু মুছে ফেললে এটি পাঠানো হবে না।
privacy-delete-anyway = তবুও সবকিছু মুছে ফেলুন
privacy-shared-title = শেয়ার করা ডিভাইস মোড, আউটরিচ কর্মীদের জন্য
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = এমন ট্যাবলেটে এটি ব্যবহার করুন, যা দিনে কয়েকজন মানুষ ব্যবহার করেন। ডিভাইসে ব্যক্তিগত কিছুই রাখা হয় না, এবং আপনি "শেষ করুন ও মুছে ফেলুন" চাপলে, অথবা { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
} ব্যবহার না হওয়ার পরে, সবকিছু মুছে ফেলা হয়।
privacy-worker-title = আউটরিচ কর্মীদের জন্য: এই ডিভাইসে অপেক্ষায় থাকা রেফারেল
privacy-worker-check = যাচাই করুন
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] এই ডিভাইসে কোনো রেফারেল অপেক্ষায় নেই।
    [one] { $count }টি রেফারেল সার্ভিসের কাছে পৌঁছানোর জন্য এই ডিভাইসে অপেক্ষা করছে। এটি পাঠানো না হওয়া পর্যন্ত Waymark খোলা ও ইন্টারনেটে যুক্ত রাখুন।
   *[other] { $count }টি রেফারেল সার্ভিসের কাছে পৌঁছানোর জন্য এই ডিভাইসে অপেক্ষা করছে। সেগুলো পাঠানো না হওয়া পর্যন্ত Waymark খোলা ও ইন্টারনেটে যুক্ত রাখুন।
}
privacy-shared-sealed-kept = একমাত্র ব্যতিক্রম হলো এমন রেফারেল, যা এখনও সার্ভিসের কাছে পৌঁছায়নি। পাঠানো না হওয়া পর্যন্ত এটি ডিভাইসে রাখা হয়, এমনভাবে লক করে যাতে শুধু সার্ভিসই এটি খুলতে পারে। ডিভাইসটি যাঁরা ব্যবহার করেন, তাঁদের কেউই এটি দেখতে পারেন না, এটি কার কাছ থেকে এসেছে তাও না।
privacy-shared-by-service = সার্ভিস প্রতিটি ডিভাইসের জন্য এই মোডটি চালু করে দিয়েছে।
privacy-shared-is-on = এই ডিভাইসে শেয়ার করা ডিভাইস মোড চালু আছে।
privacy-shared-code-label = কর্মীর কোড
privacy-shared-code-hint = অন্তত 4টি সংখ্যা। মোডটি বন্ধ করতে আপনার এটি লাগবে, তাই আপনি যাঁকে সাহায্য করছেন তিনি এটি বন্ধ করতে পারবেন না।
privacy-shared-turn-on = এই ডিভাইসের জন্য চালু করুন
privacy-shared-turn-off = বন্ধ করুন
privacy-shared-code-error = অন্তত 4 সংখ্যার একটি কর্মীর কোড লিখুন।
privacy-shared-wrong-code = এটি এই ডিভাইসের কর্মীর কোড নয়।
privacy-private-browsing-title = অন্য কেউ এই ডিভাইস ব্যবহার করলে
privacy-private-browsing-body = প্রাইভেট বা ইনকগনিটো উইন্ডো ব্যবহার করুন। তাহলে উইন্ডোটি বন্ধ করলে এবারের দেখার কোনো কিছুই ব্রাউজারে থাকবে না।
privacy-history-body = কোনো ওয়েবসাইট আপনার ব্রাউজিং হিস্ট্রি (কোন কোন পেজ দেখেছেন তার তালিকা) মুছতে পারে না। কেউ দেখে ফেলবে বলে চিন্তা হলে, ব্রাউজারের সেটিংসে গিয়ে আপনি নিজেই তা মুছে ফেলতে পারেন।
privacy-sent-title = যা পাঠানো হয়
privacy-sent-body = আপনি রেফারেল না পাঠালে এই ডিভাইস থেকে কিছুই বাইরে যায় না। রেফারেল শুধু সার্ভিসের কাছেই যায়।
privacy-notice-link = সার্ভিসের গোপনীয়তা নোটিশ পড়ুন
privacy-admin-warnings = সার্ভিস অ্যাডমিনিস্ট্রেটরদের জন্য: কনফিগারেশন সতর্কবার্তা

## Not found

not-found-title = পেজটি পাওয়া যায়নি
not-found-body = আপনি নিজে ওয়েব ঠিকানা টাইপ করে থাকলে, সেটি ঠিক আছে কিনা দেখে নিন। কোনো লিংক থেকে এসে থাকলে, পেজটি হয়তো অন্য জায়গায় সরানো হয়েছে।
not-found-home = হোম পেজে যান

## Configuration error (for the service's admin)

admin-error-title = দুঃখিত, এই সার্ভিস এখন কাজ করছে না
admin-error-public = এখনই সাহায্য দরকার হলে:
admin-error-for-admins = সার্ভিসের অ্যাডমিনিস্ট্রেটরের জন্য
admin-error-file = ফাইল
admin-error-field = ফিল্ড
admin-error-problem = সমস্যা
admin-error-docs = প্রতিটি ফিল্ড ও তার ফরম্যাট জানতে docs/configuration.md দেখুন।
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } লোড করা যায়নি: { $reason }।
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } ফাইলের লাইন { $line }, কলাম { $column }-এ বৈধ JSON নেই: { $detail }।
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = মানটি নেই, বা ভুল ধরনের: { $detail }।
admin-error-empty = মানটি খালি রাখা যাবে না।
admin-error-not-secure-url = মানটি অবশ্যই একটি https:// ঠিকানা হতে হবে। http:// শুধু পরীক্ষার সময় 127.0.0.1 বা localhost-এর জন্য চলবে।
admin-error-not-email = মানটি কোনো ইমেইল ঠিকানা নয়।
admin-error-no-known-language = তালিকার কোনো ভাষাই Waymark-এর এই সংস্করণে পাওয়া যায় না।
admin-error-not-public-key = মানটি "receiver keygen"-এর তৈরি কোনো পাবলিক কি (public key) নয় (43টি অক্ষর: ইংরেজি বর্ণ, সংখ্যা, - বা _)।
admin-error-no-parent-origin = এমবেডিং (embedding) চালু আছে, কিন্তু কোনো ওয়েবসাইটকে Waymark এমবেড করার অনুমতি দেওয়া হয়নি। প্রতিটি ওয়েবসাইট embed.allowed_parent_origins-এ তালিকাভুক্ত করুন।
admin-error-not-origin = মানটি অবশ্যই কোনো ওয়েবসাইটের origin হতে হবে, যেমন https://www.example.nhs.uk, কোনো পাথ (path) বা * ছাড়া।
admin-error-out-of-range = সংখ্যাটি 0-এর বেশি এবং সর্বোচ্চ 120 মিনিট হতে হবে।
admin-error-out-of-range-days = সংখ্যাটি 1 থেকে 365-এর মধ্যে দিনের একটি পূর্ণসংখ্যা হতে হবে।
admin-error-not-phone-number = মানটি অবশ্যই এমন একটি ফোন নম্বর হতে হবে যেখানে মানুষ ফোন করতে পারে, যেমন ⁦0113 496 0000⁩ বা ⁦+44 113 496 0000⁩।
admin-error-wrong-crisis-number = এই লাইনের নাম একটি জাতীয় সংকট লাইনের নামে, কিন্তু এর নম্বরটি সেই লাইনের নিজের নম্বর নয়। নম্বরটি যাচাই করুন, অথবা লাইনটিকে আপনার সার্ভিসের নিজের নাম দিন।

## Forms (shared by the self-check and referral pages)

check-back = পেছনে
check-start = এখনই শুরু করুন
check-next = চালিয়ে যান
check-error-prefix = ত্রুটি:
check-error-summary-title = একটি সমস্যা হয়েছে

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = অপেক্ষার সময়
waiting-lead = নিজেই রেফার করার পরে কী হয়, কত সময় লাগতে পারে, আর এর মধ্যে কী সাহায্য করতে পারে।
waiting-next-title = এরপর কী হবে
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = আপনার রেফারেল পাওয়ার পর { $days ->
    [one] { $days } কর্মদিবসের
   *[other] { $days } কর্মদিবসের
} মধ্যে সার্ভিস আপনার সঙ্গে যোগাযোগ করবে, প্রথম কথাবার্তা (অ্যাসেসমেন্ট) ঠিক করার জন্য।
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = এখন এর পরে প্রথম অ্যাপয়েন্টমেন্টের জন্য সাধারণত { $weeks ->
    [0] এক সপ্তাহের কম
    [one] প্রায় { $weeks } সপ্তাহ
   *[other] প্রায় { $weeks } সপ্তাহ
} অপেক্ষা করতে হয়।
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (সার্ভিস শেষবার { $date } তারিখে এটি যাচাই করেছে।)
waiting-contact-title = আপনার রেফারেল নিয়ে জানতে বা সেটি বাতিল করতে
waiting-contact-body = সার্ভিসের সঙ্গে যোগাযোগ করুন। আপনার কাছে রেফারেন্স নম্বর থাকলে সেটি বলুন।
waiting-contact-phone = ফোন:
waiting-contact-email = ইমেইল:
waiting-help-title = অপেক্ষার সময় কী সাহায্য করতে পারে
waiting-help-learn = সাধারণ সমস্যাগুলো নিয়ে পড়ুন এবং অনুশীলনগুলো করে দেখুন
waiting-help-check = আপনি কেমন আছেন যাচাই করুন, এবং পরে তুলনা করার জন্য ফলাফল এই ডিভাইসে রেখে দিন
waiting-harder-title = অপেক্ষার সময় পরিস্থিতি আরও কঠিন হলে
waiting-harder-body = আপনার আরও খারাপ লাগলে, বা কিছু বদলে গেলে, সার্ভিসকে জানান। ফোন করুন:
waiting-harder-crisis = যদি মনে হয় আপনি নিজেকে নিরাপদ রাখতে পারছেন না, তাহলে অপেক্ষা করবেন না:
waiting-device-title = এই ডিভাইসে
waiting-no-reference = এই ডিভাইসে রেফারেলের কোনো রেফারেন্স নম্বর নেই। আপনি যদি অন্য ডিভাইস থেকে রেফার করে থাকেন, বা রেফারেন্স নম্বরটি মুছে ফেলে থাকেন, তাহলে সার্ভিস আপনার নাম ও জন্মতারিখ দিয়ে আপনার রেফারেল খুঁজে পেতে পারে।
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = আপনার রেফারেলের রেফারেন্স নম্বর { $reference }। সার্ভিস { $date } তারিখে আপনার রেফারেল পেয়েছে।
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = অর্থাৎ { $date } তারিখের মধ্যে, সরকারি ছুটির দিন (ব্যাংক হলিডে) বাদ দিয়ে।
waiting-call-calendar = এই তারিখটি আপনার ক্যালেন্ডারে যোগ করুন (এই ডিভাইসে তৈরি একটি ফাইল)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } আজকের মধ্যে আপনার সঙ্গে যোগাযোগ করবে বলে আশা করছে
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = আপনার রেফারেলের রেফারেন্স নম্বর { $reference }।
waiting-calendar-privacy = ক্যালেন্ডার ফাইল এই ডিভাইসেই তৈরি হয় এবং কোথাও পাঠানো হয় না। এন্ট্রিতে সার্ভিসের নাম থাকে: যে কেউ আপনার ক্যালেন্ডার দেখতে পান, তিনি এটিও দেখতে পাবেন।
waiting-check-in-title = প্রতি 2 সপ্তাহে নিজেকে যাচাই করুন
waiting-check-in-body = প্রতি 2 সপ্তাহে একই প্রশ্নাবলি আবার পূরণ করলে বোঝা যায় পরিস্থিতি বদলাচ্ছে কি না। কোনো যাচাইয়ে যদি দেখা যায় পরিস্থিতি আরও কঠিন হয়েছে, Waymark তা জানায় এবং সার্ভিসকে কীভাবে জানাবেন তা দেখায়।
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: এখন যাচাই করার সময়
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: পরের যাচাই { $date } তারিখে
waiting-check-in-calendar = আপনার ক্যালেন্ডারে একটি রিমাইন্ডার যোগ করুন
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = যাচাই: { $name }
waiting-check-in-event-body = পরিস্থিতি বদলাচ্ছে কি না দেখতে Waymark-এ আবার প্রশ্নাবলিটি পূরণ করুন।
waiting-check-in-none = এই ডিভাইসে PHQ-9 বা GAD-7-এর ফলাফল রেখে দিলে, কখন আবার পূরণ করতে হবে তা এই পেজ দেখাবে।
waiting-check-in-not-kept = এই ডিভাইসে প্রশ্নাবলির ফলাফল রাখা হয় না, তাই কখন যাচাই করতে হবে তা এখানে মনে করিয়ে দেওয়া যায় না।
waiting-print = এই পেজটি প্রিন্ট করুন বা PDF হিসেবে সেভ করুন
refer-sent-waiting-link = অপেক্ষার সময়: এরপর কী হবে, কত সময় লাগতে পারে আর কী সাহায্য করতে পারে

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = এই ডিভাইসের স্টোরেজ ভরে গেছে, তাই আপনি এখন যা লিখবেন তা শুধু এই পেজেই থাকবে: পেজটি বন্ধ করলে তা হারিয়ে যাবে। পেজ বন্ধ করার আগে যা করছেন তা শেষ করুন (পেজ খোলা থাকা পর্যন্ত রেফারেল তবুও পাঠানো হয়), অথবা সার্ভিসকে ফোন করুন। ব্রাউজারের সেটিংসে জায়গা খালি করলে Waymark আবার সেভ করতে পারবে।
privacy-stored-waiting-plan = অপেক্ষার সময়ের যে পরিকল্পনা আপনি শুরু করেছেন, আর যে ধাপগুলোতে টিক দিয়েছেন।
waiting-plan-title = সামনের সপ্তাহগুলোর জন্য একটি পরিকল্পনা
waiting-plan-body = প্রতি সপ্তাহে কয়েকটি ছোট ধাপ, "জানুন" অংশের অনুশীলনগুলো থেকে। করা হয়ে গেলে এখানে টিক দিন। পরিকল্পনাটি শুধু এই ডিভাইসেই রাখা হয়, আর আপনি যেকোনো সময় তা মুছে ফেলতে পারেন।
waiting-plan-question = এই মুহূর্তে কোনটি আপনাকে সবচেয়ে বেশি সাহায্য করবে?
waiting-plan-suggested-hint = আপনার রেখে দেওয়া প্রশ্নাবলির ফলাফলের ভিত্তিতে একটি পরিকল্পনায় "প্রস্তাবিত" চিহ্ন দেওয়া আছে। যেটি আপনার ঠিক মনে হয়, সেটিই বেছে নিন।
waiting-plan-suggested = প্রস্তাবিত
waiting-plan-start = এই পরিকল্পনা শুরু করুন
waiting-plan-unreadable = আপনার সেভ করা পরিকল্পনাটি পড়া যায়নি: হয়তো এটি Waymark-এর কোনো পুরোনো সংস্করণের, অথবা এই ডিভাইসে এটি বদলানো হয়েছে। আবার শুরু করতে নিচ থেকে একটি পরিকল্পনা বেছে নিন। আপনি তা করলে তবেই পুরোনোটি বদলানো হবে।
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = সপ্তাহ { $week }
waiting-plan-this-week = এই সপ্তাহ
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = এখন আপনার পরিকল্পনার সপ্তাহ { $week } চলছে।
waiting-plan-after-end = পরিকল্পনার সব সপ্তাহ আপনি পার করে এসেছেন। যে ধাপগুলো সাহায্য করেছে সেগুলো চালিয়ে যান, আর যেগুলো বাদ পড়েছে সেগুলোতে ফিরে যান।
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = শেষ হওয়া ধাপ: { $total }টির মধ্যে { $done }টি।
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = কীভাবে করবেন: { $topic }
waiting-plan-kept = আপনার পরিকল্পনা আর যে ধাপগুলোতে টিক দেন, সেগুলো শুধু এই ডিভাইসেই রাখা হয়। গোপনীয়তার পেজে "এই ডিভাইসে রাখা সবকিছু মুছে ফেলুন" এগুলোও মুছে দেয়।
waiting-plan-stop = এই পরিকল্পনা বন্ধ করে মুছে ফেলুন
waiting-plan-not-shared = পরিকল্পনা শুধু আপনার নিজের ডিভাইসেই রাখা হয়, তাই এই শেয়ার করা ডিভাইসে পরিকল্পনা নেওয়া যায় না।
waiting-plan-not-kept = এই ব্রাউজার Waymark-কে কিছুই সেভ করতে দিচ্ছে না, তাই এখানে পরিকল্পনা রাখা যাবে না।
