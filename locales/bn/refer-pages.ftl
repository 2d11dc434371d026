# Waymark interface strings for the online referral pages, Bengali (bn),
# translated from en-GB. Loaded with the referral feature module. Error
# messages and answer labels are in referral.ftl.
# Translated for Waymark; not the official translation and not yet reviewed.
# Term choices (as in shell.ftl, checks.ftl, check-pages.ftl and referral.ftl):
# "referral" = রেফারেল; "refer yourself" = নিজেই রেফার করুন; "service" = সার্ভিস;
# "GP practice" = GP প্র্যাকটিস (সার্জারি); "interpreter" = দোভাষী.

## Start

refer-start-lead = নিজের সম্পর্কে আমাদের একটু বলুন, তারপর সার্ভিস আপনার সঙ্গে যোগাযোগ করে কথা বলবে, কী আপনার কাজে লাগতে পারে।
refer-start-time = এতে প্রায় 10 মিনিট লাগে। পাঠানোর আগে আপনি পেছনে গিয়ে উত্তর বদলাতে পারেন।
refer-start-saved-device = আপনি লেখার সঙ্গে সঙ্গে আপনার উত্তরগুলো এই ডিভাইসে সেভ হয়, তাই পেজ বন্ধ হয়ে গেলেও কিছু হারায় না। সার্ভিস আপনার রেফারেল পেয়ে গেলে, অথবা আপনি মুছে ফেলতে চাইলে, উত্তরগুলো মুছে ফেলা হয়।
refer-start-saved-page = আপনি লেখার সময় আপনার উত্তরগুলো শুধু এই পেজেই রাখা হয়, এবং এই ডিভাইসে কিছুই সেভ করা হয় না। রেফারেল পাঠানোর আগে পেজটি বন্ধ হয়ে গেলে উত্তরগুলো হারিয়ে যায়।
refer-start-draft = এই ডিভাইসে আগের কিছু উত্তর সেভ করা আছে।
refer-start-resume = আপনার রেফারেল চালিয়ে যান
refer-start-delete = আমার উত্তরগুলো মুছে ফেলুন
refer-start-waiting = আপনার একটি রেফারেল পাঠানোর অপেক্ষায় আছে। এর অবস্থা দেখুন।

## Eligibility

refer-eligibility-title = শুরু করার আগে
refer-eligibility-why = এই সার্ভিস আপনার জন্য ঠিক কিনা দেখতে আমরা প্রথমে এই প্রশ্নগুলো করি। ঠিক না হলে, কোথায় সাহায্য পাবেন তা আমরা জানিয়ে দেব।
refer-in-crisis-legend = আপনার কি মনে হচ্ছে, এই মুহূর্তে আপনি নিজেকে নিরাপদ রাখতে পারছেন না?
refer-in-crisis-shared-hint = টকিং থেরাপি সঙ্গে সঙ্গে সাহায্য করতে পারে না। আপনি সংকটে থাকলে, এখনই কোথায় সাহায্য পাবেন তা আমরা দেখিয়ে দেব। এরপর আপনি রেফারেল পাঠালে সার্ভিস আপনার উত্তরটি দেখতে পাবে, যাতে তারা নিশ্চিত হতে পারে যে আপনি নিরাপদে আছেন।
refer-error-in-crisis-missing = এই মুহূর্তে নিজেকে নিরাপদ রাখতে পারছেন না বলে মনে হলে হ্যাঁ বেছে নিন
refer-dob-legend = আপনার জন্মতারিখ কী?
refer-dob-hint = যেমন, ⁦27 3 1985⁩। আমরা জিজ্ঞেস করি কারণ সার্ভিস শুধু একটি নির্দিষ্ট বয়সের মানুষদের দেখতে পারে।
refer-dob-day = দিন
refer-dob-month = মাস
refer-dob-year = বছর
refer-postcode-label = আপনার পোস্টকোড কী?
refer-postcode-hint = আমরা জিজ্ঞেস করি কারণ সার্ভিস তার নিজের এলাকায় থাকা মানুষদের জন্য কাজ করে।
refer-practice-list-label = আপনি কোন GP প্র্যাকটিসে (সার্জারিতে) রেজিস্টার করা আছেন?
refer-practice-list-hint = আমরা জিজ্ঞেস করি কারণ সার্ভিস তার এলাকার GP প্র্যাকটিসগুলোর সঙ্গে কাজ করে। আপনার প্র্যাকটিস তালিকায় না থাকলে, এর বদলে আপনার পোস্টকোড ব্যবহার করা হবে।
refer-practice-list-choose = আপনার প্র্যাকটিস বেছে নিন
refer-practice-list-not-listed = আমার প্র্যাকটিস তালিকায় নেই
refer-secondary-care-legend = এখন কি কোনো কমিউনিটি মানসিক স্বাস্থ্য টিম বা ক্রাইসিস টিম আপনাকে সাহায্য করছে?
refer-secondary-care-hint = করলে, সেই টিমই আপনার সঙ্গে মিলে টকিং থেরাপির ব্যবস্থা করতে পারে।

## Not eligible

refer-not-eligible-title = এই সার্ভিস হয়তো আপনার জন্য ঠিক নয়
refer-not-eligible-phone = আপনার যদি মনে হয় এটি ভুল, বা আপনি নিশ্চিত না হন, সার্ভিসে ফোন করুন:
refer-not-eligible-change = পেছনে গিয়ে আপনার উত্তর বদলান

## About you

refer-about-you-title = আপনার সম্পর্কে
refer-about-you-why = আপনার রেকর্ড খুঁজে পেতে এবং দরকার হলে আপনাকে চিঠি লিখতে আমরা এই তথ্যগুলো ব্যবহার করি।
refer-given-name-label = নামের প্রথম অংশ
refer-family-name-label = নামের শেষ অংশ (পারিবারিক নাম)
refer-nhs-number-label = NHS নম্বর (ঐচ্ছিক)
refer-nhs-number-hint = এটি 10 অঙ্কের, যেমন ⁦485 777 3456⁩। NHS-এর চিঠিতে বা NHS App-এ এটি পাবেন। এটি খালি রাখতে পারেন।
refer-address-line-1-label = ঠিকানার লাইন 1
refer-address-line-2-label = ঠিকানার লাইন 2 (ঐচ্ছিক)
refer-address-hint = আপনার বাড়ির ঠিকানা, যাতে সার্ভিস জানতে পারে আপনি তাদের এলাকায় থাকেন।
refer-town-label = শহর বা নগর

## Contact

refer-contact-title = আমরা কীভাবে আপনার সঙ্গে যোগাযোগ করব?
refer-contact-why = প্রথম অ্যাপয়েন্টমেন্ট ঠিক করতে সার্ভিস আপনার সঙ্গে যোগাযোগ করবে। আপনার জন্য কোনটা নিরাপদ, তা আমাদের বলুন।
refer-phone-label = ফোন নম্বর
refer-phone-hint = যুক্তরাজ্যের (UK) একটি মোবাইল বা ল্যান্ডলাইন নম্বর। আন্তর্জাতিক নম্বর হলে + দিয়ে শুরু করুন।
refer-email-label = ইমেইল ঠিকানা (ঐচ্ছিক)
refer-email-hint = শুধু তখনই দিন, যদি সার্ভিস আপনাকে ইমেইল করলে আপনার আপত্তি না থাকে।
refer-voicemail-legend = আমরা কি ভয়েসমেইল মেসেজ রেখে যেতে পারি?
refer-voicemail-hint = মেসেজে বলা থাকবে কে ফোন করছে, কিন্তু কেন ফোন করছে তা নয়।
refer-texts-legend = আমরা কি আপনাকে টেক্সট মেসেজ পাঠাতে পারি?
refer-safe-times-label = কখন আপনাকে ফোন করা নিরাপদ? (ঐচ্ছিক)
refer-safe-times-hint = যেমন, সপ্তাহের কাজের দিনগুলোতে সকালে, বা সন্ধ্যা 6টার পরে নয়।

## More about you

refer-more-title = আপনার ভাষা, আপনার GP, এবং আপনি কী বিষয়ে সাহায্য চান
refer-more-why = এতে সার্ভিস আপনাকে সঠিক ভাষায় সঠিক সহায়তা দিতে পারে।
refer-language-label = আপনি কোন ভাষা ব্যবহার করতে চান? (ঐচ্ছিক)
refer-language-hint = আপনি বিনামূল্যে একজন দোভাষী পেতে পারেন, British Sign Language (ব্রিটিশ ইশারা ভাষা)-সহ।
refer-interpreter-legend = আপনি কি একজন দোভাষী চান?
refer-interpreter-language-label = হ্যাঁ হলে, কোন ভাষা? (ঐচ্ছিক)
refer-gp-label = আপনার GP প্র্যাকটিস
refer-gp-hint = সার্জারির নাম ও শহর, যেমন Riverside Medical Centre, Anytown।
refer-help-with-label = আপনি কী বিষয়ে সাহায্য চান? (ঐচ্ছিক)
refer-help-with-hint = নিজের ভাষায় লিখুন। যত কম বা যত বেশি ইচ্ছা লিখতে পারেন।

refer-help-topics-legend = আপনি কী বিষয়ে সাহায্য চান? (ঐচ্ছিক)
refer-help-topics-hint = যতগুলো মেলে সবগুলো বেছে নিন।

## Equality questions

refer-equality-title = আপনার সম্পর্কে: ঐচ্ছিক প্রশ্ন
refer-equality-why = এই প্রশ্নগুলোর উত্তর দেওয়া ঐচ্ছিক। সার্ভিসগুলো সবার প্রতি ন্যায্য কিনা, এবং কারা তাদের কাছে পৌঁছাতে পারছে না, তা জানতে তারা এগুলো জিজ্ঞেস করে। আপনার উত্তরের কারণে আপনি সাহায্য পাবেন কিনা, তা বদলায় না।
refer-ethnic-category-legend = আপনার জাতিগত গোষ্ঠী কী?
refer-gender-legend = আপনার লিঙ্গ কী?
refer-gender-same-legend = জন্মের সময় আপনাকে যে লিঙ্গে নিবন্ধন করা হয়েছিল, আপনার লিঙ্গ কি তার সঙ্গে একই?
refer-orientation-legend = আপনার যৌন অভিমুখিতা কী?
refer-religion-legend = আপনার ধর্ম বা বিশ্বাস কী?
refer-disability-legend = আপনি কি মনে করেন আপনার কোনো প্রতিবন্ধিতা আছে?
refer-long-term-legend = আপনার কি দীর্ঘমেয়াদি কোনো শারীরিক অসুখ আছে, যেমন ডায়াবেটিস, হাঁপানি বা হৃদরোগ?
refer-employment-legend = আপনার কাজের অবস্থা কী?
refer-veteran-legend = আপনি কি কখনও যুক্তরাজ্যের সশস্ত্র বাহিনীতে কাজ করেছেন?
refer-perinatal-legend = আপনি কি গর্ভবতী, বা গত 12 মাসে আপনার কোনো সন্তান হয়েছে?

## Consent

refer-consent-title = আপনার তথ্য শেয়ার করা
refer-consent-why = সার্ভিস আপনার তথ্য নিরাপদে রাখে এবং শুধু আপনাকে সাহায্য করার জন্যই ব্যবহার করে।
refer-share-gp-legend = আপনি নিজেই রেফার করেছেন, এ কথা কি সার্ভিস আপনার GP-কে জানাতে পারে?
refer-share-gp-hint = তাহলে আপনার GP-ও আপনাকে সহায়তা করতে পারবেন। না বললেও আপনি সেবা পাবেন।
refer-privacy-consent-label = সার্ভিস আমার তথ্য কীভাবে ব্যবহার করে তা আমি পড়েছি, এবং আমি আমার রেফারেল পাঠাতে রাজি।

## Check your answers

refer-check-title = পাঠানোর আগে আপনার উত্তরগুলো দেখে নিন
refer-change = বদলান
refer-check-phq9 = আপনার PHQ-9 উত্তর (মন খারাপ)
refer-check-gad7 = আপনার GAD-7 উত্তর (দুশ্চিন্তা ও উদ্বেগ)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = স্কোর { $score }
refer-check-remove = বাদ দিন
refer-check-send-title = এবার আপনার রেফারেল পাঠান
refer-check-send-saved = আপনি পাঠালে, আপনার রেফারেল প্রথমে এই ডিভাইসে সেভ করা হয়, তারপর সার্ভিসে পাঠানো হয়। সংযোগ বিচ্ছিন্ন হলে, এই ডিভাইসে Waymark যখনই খোলা থাকে তখনই চেষ্টা চালিয়ে যায়, এবং সার্ভিস রেফারেলটি পেলে আপনাকে জানায়।
refer-check-send-memory = আপনি পাঠালে, আপনার রেফারেল এই পেজে রাখা হয়, তারপর সার্ভিসে পাঠানো হয়। সার্ভিস রেফারেলটি পেয়েছে বলে এখানে না দেখানো পর্যন্ত এই পেজটি খোলা রাখুন: তার আগে পেজটি বন্ধ হয়ে গেলে রেফারেলটি হারিয়ে যাবে।
refer-check-already-sent = আপনি এই উত্তরগুলো আগেই পাঠিয়েছেন। এগুলো দুবার পাঠানো হবে না।
refer-check-see-progress = আপনার রেফারেল কোন অবস্থায় আছে দেখুন
refer-check-cannot-send = দুঃখিত, এই ব্রাউজার আপনার রেফারেলের জন্য নিরাপদ রেফারেন্স নম্বর তৈরি করতে পারছে না। দয়া করে এর বদলে সার্ভিসে ফোন করুন।
refer-send = রেফারেল পাঠান
refer-sending = পাঠানো হচ্ছে…

## After sending

refer-sent-title = রেফারেল পাঠানো হয়েছে
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = আপনার রেফারেন্স নম্বর { $reference }।
refer-sent-next-title = এরপর কী হবে
refer-sent-phone = সার্ভিসের সঙ্গে কথা বলতে চাইলে ফোন করুন:
refer-sent-none = এই ডিভাইসে কোনো রেফারেল নেই
refer-waiting-title = আপনার রেফারেল এই ডিভাইসে সেভ করা আছে
refer-waiting-device-body = এটি এখনও সার্ভিসের কাছে পৌঁছায়নি। এই ডিভাইসে Waymark যখনই খোলা থাকে, যেকোনো পেজে, তখনই চেষ্টা চালিয়ে যায়, এবং সার্ভিস এটি পেলে এখানে তা জানায়।
refer-waiting-page-title = আপনার রেফারেল এই পেজে অপেক্ষা করছে
refer-waiting-page-body = এটি এখনও সার্ভিসের কাছে পৌঁছায়নি, এবং এটি শুধু এই পেজেই রাখা আছে। এই পেজটি খোলা রাখুন: Waymark চেষ্টা চালিয়ে যায়, এবং সার্ভিস এটি পেলে এখানে তা জানায়। তার আগে পেজটি বন্ধ হয়ে গেলে রেফারেলটি হারিয়ে যাবে।
refer-waiting-phone = স্বাভাবিকের চেয়ে বেশি সময় লাগছে। আপনি চাইলে এর বদলে সার্ভিসে ফোন করতে পারেন।
refer-try-again = এখনই আবার চেষ্টা করুন
refer-rejected-title = সার্ভিস অনলাইনে আপনার রেফারেল গ্রহণ করতে পারেনি
refer-rejected-kept = আপনার রেফারেলটি এখনও সেখানেই রাখা আছে যেখান থেকে আপনি পাঠিয়েছিলেন, এবং সার্ভিস এটি পায়নি। দয়া করে এর বদলে নিজেই রেফার করতে সার্ভিসে ফোন করুন, অথবা পরে আবার চেষ্টা করুন।
refer-receipt-title = এই ডিভাইসে যা রাখা হয়
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = আপনার উত্তরগুলো এই ডিভাইস থেকে মুছে ফেলা হয়েছে। শুধু উপরের রেফারেন্স নম্বর এবং সার্ভিস যে তারিখে রেফারেলটি পেয়েছে ({ $date }), সেটুকু { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
} রাখা হয়, যাতে ফোন করলে আপনি নম্বরটি বলতে পারেন।
refer-receipt-delete = এই ডিভাইস থেকে রেফারেন্স নম্বর মুছে ফেলুন
