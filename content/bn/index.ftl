# Titles and one-line summaries of the content pack, Bengali (bn), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the core topics are translated here; the others are offered in English.

## Topics

low-mood = মন খারাপ ও বিষণ্ণতা (ডিপ্রেশন)
    .summary = সপ্তাহের পর সপ্তাহ মন খারাপ, ফাঁকা ফাঁকা লাগা, বা কোনো কিছুতে আনন্দ না পাওয়া।
worry = দুশ্চিন্তা ও উদ্বেগ (অ্যাংজাইটি)
    .summary = এমন দুশ্চিন্তা যা থামানো কঠিন, আর দিনের অনেকটা সময় নিয়ে নেয়।
panic = প্যানিক অ্যাটাক (হঠাৎ তীব্র আতঙ্ক)
    .summary = বুক ধড়ফড়ানির সঙ্গে হঠাৎ তীব্র ভয়, আর কীভাবে তা পার করবেন।
sleep = ঘুমের সমস্যা
    .summary = ঘুম আসতে বা ঘুমিয়ে থাকতে কষ্ট হওয়া, আর যা সাহায্য করতে পারে।
stress = মানসিক চাপ (স্ট্রেস)
    .summary = খুব বেশি চাপের মধ্যে আছেন মনে হওয়া, আর সেই বোঝা হালকা করার উপায়।

## Audiences

south-asian = দক্ষিণ এশীয় সম্প্রদায়
    .summary = যাঁদের পরিবারের শিকড় বাংলাদেশ, ভারত, পাকিস্তান, শ্রীলঙ্কা, নেপাল বা কাছাকাছি দেশে, তাঁদের জন্য।
faith = ধর্মবিশ্বাসী মানুষ
    .summary = যাঁদের কাছে তাঁদের ধর্মবিশ্বাস গুরুত্বপূর্ণ, তাঁদের জন্য: মুসলিম, হিন্দু, খ্রিস্টান, বৌদ্ধ, শিখ, ইহুদি বা অন্য যেকোনো ধর্মের মানুষ।
