# Waymark interface strings for the app shell (en-GB, the source locale).
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).

## App shell

app-loading = Loading…
app-skip-link = Skip to main content
app-help-now = Get help now
app-nav-label = Main menu
app-nav-home = Home
app-nav-learn = Learn
app-nav-check = Check how you feel
app-nav-refer = Refer yourself
app-nav-privacy = Privacy and settings
app-storage-unavailable = This browser is not letting Waymark save anything, so nothing will be remembered after you close this page. Everything else works.
app-storage-full = This device's storage is full, so what you enter now is kept only in this page: if you close the page, it is lost. Finish what you are doing before you close it (a referral is still sent while the page is open), or call the service. Freeing space in the browser's settings lets Waymark save again.
app-footer-not-crisis = Talking therapies are not an emergency service.
app-referral-waiting = You have a referral saved on this device that has not reached the service yet.
app-referral-waiting-link = See it and send it
needs-app-body = This part of the site needs a newer web browser, or JavaScript switched on. You can still refer yourself, or ask the service anything:
needs-app-phone = Call
needs-app-email = Email
needs-app-help = If you need help now:
app-saved-unreadable = Some answers saved on this device could not be read back. They have been kept aside, not deleted. You can see what is kept, and delete it, on the privacy page.
feature-failed-title = This part of the service could not be loaded
feature-failed-body = Check your internet connection and reload the page. If you need help now, use the "Get help now" link at the top of the page.

## Shared-device mode (outreach tablets)

shared-notice = Shared device: nothing personal is kept after you finish.
shared-finish = Finish and clear
shared-unsent-warning = A referral has not been sent yet. It is kept only on this page, so if you finish now it will be lost. Wait until it is sent, or take the person's details another way.
shared-finish-anyway = Finish anyway
shared-finish-when-sent = Wait, and finish when it is sent
shared-waiting-to-send = Waiting for the service to receive the referral. This page will clear itself once it has.
shared-unsent-call = Or call the service to refer by phone:
shared-timeout-title = Are you still there?
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
shared-timeout-body = To keep things private, everything on this page will be cleared in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
shared-timeout-continue = I am still here

## Quick exit

quick-exit-label = Quick exit
quick-exit-button = Exit this page
quick-exit-hint = Or press Shift 3 times.

## Language switcher

language-switcher-label = Language
language-switcher-failed = Sorry, that language could not be loaded. Check your connection and try again.

## Home

home-title = Talking therapies: support for how you feel
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } offers free NHS talking therapies for adults who feel low, anxious or stressed. You can learn about common problems, check how you have been feeling, and refer yourself.
home-learn-title = Learn and try self-help
home-learn-body = Read about low mood, worry, panic, sleep and more, with short exercises you can try today.
home-check-title = Check how you have been feeling
home-check-body = Answer a few short questions. Your answers stay on this device.
home-refer-title = Refer yourself
home-refer-body = You do not need to see your GP first.
home-not-crisis = If you need help now, do not wait.

## Learn

learn-title = Learn and try self-help
learn-lead = Information about common problems and things you can try to feel better.
learn-refer-link = Refer yourself for talking therapy
learn-loading = Loading…
learn-pack-failed = Self-help topics could not be loaded. Check your connection and try again.
learn-topics-title = Topics
learn-for-me-title = Materials for me
learn-for-me-hint = Choose a group to see material written with people like you in mind. Waymark does not remember your choice.
learn-for-me-label = Show materials for
learn-for-me-everyone = Everyone
learn-for-me-intro = Written for this group:
learn-related-topics = Topics that may help
learn-all-topics = All topics
learn-not-found = There is no topic with that name. It may have moved.
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = This page is not available in { $language } yet.
learn-read-in-english = Read it in English
learn-in-english-note = This page is shown in English because it has not been translated yet.
learn-status-reviewed = Checked by a clinician.
learn-status-draft = Not yet checked by a clinician.
learn-status-machine = Translated by a computer and not yet checked by a person. Some words may be wrong.
learn-tools-label = Page tools
learn-read-aloud = Read aloud
learn-stop-reading = Stop reading
learn-text-size = Text size
learn-text-size-standard = Standard
learn-text-size-large = Large
learn-text-size-largest = Largest
learn-print = Print this page
learn-next-title = What you can do next
learn-next-check = Check how you have been feeling
learn-next-refer = Refer yourself for talking therapy
learn-next-help = Get help now if you cannot keep yourself safe

## Check

check-title = Check how you have been feeling
check-lead = Short questionnaires that many NHS talking therapies services use.
check-not-a-diagnosis = Your answers help you think about how you have been. They are not a diagnosis.
## Refer

refer-title = Refer yourself
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = You can refer yourself to { $service }. You do not need to see your GP first.
refer-online-coming = The online form is not available in this version of Waymark yet. You can refer yourself by phone.
refer-not-online = This service does not take referrals online. You can refer yourself by phone.
refer-by-phone = Refer by phone
refer-by-email = Or email:
refer-what-next = Someone from the service will talk to you about what might help and how long you may wait.

## Get help now

help-title = Get help now
help-lead = If you feel you cannot keep yourself safe, or you are in crisis, get help straight away.
help-not-crisis-service = Talking therapies services are not crisis services, but they can help once you feel safe.

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = If your life is at risk now, call { $number } or go to A&E.
crisis-emergency-body = For example, if you have seriously hurt yourself or you feel you cannot keep yourself safe.
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }, option { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = Call { $number } and choose option { $option } for the 24-hour NHS mental health crisis line, for all ages. Interpreters are available.
crisis-samaritans-body = Call free, day or night, to talk about anything.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = If you would rather text than talk, text { $keyword } to { $number }, day or night.
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = For people under { $age } with thoughts of suicide, and people worried about them. Open day and night, by phone or text.
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = For children and young people under { $age }.
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = Text { $keyword } to { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = Text { $number }

## Privacy and settings

privacy-title = Privacy and settings
privacy-lead = Waymark runs in your browser. It has no cookies, no tracking and no adverts.
privacy-kept-title = What is kept on this device
privacy-kept-nothing = Nothing is kept on this device.
privacy-stored-language = The language you chose.
privacy-stored-check-progress = Answers to a questionnaire you have not finished (kept only until you close this tab).
privacy-stored-history = Questionnaire results you chose to keep.
privacy-stored-referral-draft = The answers to a referral you have not sent yet.
privacy-stored-outbox-undelivered = Referrals that have not reached the service yet.
privacy-stored-receipts = References of referrals the service has received, with the date. None of your answers.
privacy-stored-unreadable = Saved answers or referrals this device could not read back, kept aside rather than deleted.
privacy-stored-text-size = The text size you chose for reading.
privacy-stored-shared-device = That this device is in shared device mode (the worker's code, scrambled).
privacy-stored-waiting-plan = The waiting plan you started, and the steps you ticked.
privacy-delete-all = Delete everything kept on this device
privacy-deleted-everything = Everything Waymark kept on this device has been deleted, including pages kept for reading offline.
privacy-delete-unsent-warning = A referral has not reached the service yet. If you delete everything now, it will not be sent.
privacy-delete-anyway = Delete everything anyway
privacy-shared-title = Shared device mode, for outreach workers
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = Use this on a tablet that several people use in a day. Nothing personal is kept on the device, and everything is cleared when you press "Finish and clear", or after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without use.
privacy-worker-title = For outreach workers: referrals waiting on this device
privacy-worker-check = Check
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] No referrals are waiting on this device.
    [one] { $count } referral is waiting on this device to reach the service. Keep Waymark open and online until it has gone.
   *[other] { $count } referrals are waiting on this device to reach the service. Keep Waymark open and online until they have gone.
}
privacy-shared-sealed-kept = The one exception is a referral that has not reached the service yet. It is kept on the device, locked so that only the service can open it, until it is sent. Nobody using the device can see it or who it is from.
privacy-shared-by-service = The service has switched this on for every device.
privacy-shared-is-on = Shared device mode is on for this device.
privacy-shared-code-label = Worker code
privacy-shared-code-hint = At least 4 digits. You need it to switch the mode off, so the person you are helping cannot.
privacy-shared-turn-on = Switch on for this device
privacy-shared-turn-off = Switch off
privacy-shared-code-error = Enter a worker code of at least 4 digits.
privacy-shared-wrong-code = That is not the worker code for this device.
privacy-private-browsing-title = If other people use this device
privacy-private-browsing-body = Use a private or incognito window. Then nothing from this visit stays in the browser when you close it.
privacy-history-body = No website can delete your browsing history. If you are worried someone may look, you can delete it in your browser's settings.
privacy-sent-title = What is sent
privacy-sent-body = Nothing leaves this device unless you send a referral. A referral goes only to the service.
privacy-notice-link = Read the service's privacy notice
privacy-admin-warnings = For service administrators: configuration warnings

## Not found

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you followed a link, the page may have moved.
not-found-home = Go to the home page

## Configuration error (for the service's admin)

admin-error-title = Sorry, this service is not working right now
admin-error-public = If you need help now:
admin-error-for-admins = For the service's administrator
admin-error-file = File
admin-error-field = Field
admin-error-problem = Problem
admin-error-docs = See docs/configuration.md for every field and its format.
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = { $file } could not be loaded: { $reason }.
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } is not valid JSON at line { $line }, column { $column }: { $detail }.
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = The value is missing or of the wrong type: { $detail }.
admin-error-empty = The value must not be empty.
admin-error-not-secure-url = The value must be an https:// address. http:// is allowed only for 127.0.0.1 or localhost while testing.
admin-error-not-email = The value is not an email address.
admin-error-no-known-language = None of the listed languages is available in this version of Waymark.
admin-error-not-public-key = The value is not a public key printed by "receiver keygen" (43 letters, digits, - or _).
admin-error-no-parent-origin = Embedding is switched on, but no website is allowed to embed Waymark. List each one in embed.allowed_parent_origins.
admin-error-not-origin = The value must be a website's origin such as https://www.example.nhs.uk, with no path and no *.
admin-error-out-of-range = The number must be more than 0 and at most 120 minutes.
admin-error-out-of-range-days = The number must be a whole number of days from 1 to 365.
admin-error-not-phone-number = The value must be a phone number people can dial, such as ⁦0113 496 0000⁩ or ⁦+44 113 496 0000⁩.
admin-error-wrong-crisis-number = This line is named after a national crisis line, but its number is not that line's own. Check the number, or give the line your service's own name.

## Forms (shared by the self-check and referral pages)

check-back = Back
check-start = Start now
check-next = Continue
check-error-prefix = Error:
check-error-summary-title = There is a problem

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = While you wait
waiting-lead = What happens after you refer yourself, how long it may take, and what can help in the meantime.
waiting-next-title = What happens next
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = The service will contact you within { $days ->
    [one] { $days } working day
   *[other] { $days } working days
} of getting your referral, to arrange a first conversation (an assessment).
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = At the moment, people usually wait { $weeks ->
    [0] less than a week
    [one] about { $weeks } week
   *[other] about { $weeks } weeks
} after that for their first appointment.
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = (The service last checked this on { $date }.)
waiting-contact-title = To ask about your referral or cancel it
waiting-contact-body = Contact the service. If you have a reference, quote it.
waiting-contact-phone = Phone:
waiting-contact-email = Email:
waiting-help-title = What can help while you wait
waiting-help-learn = Read about common problems and try the exercises
waiting-help-check = Check how you feel, and keep the result on this device to compare later
waiting-harder-title = If things get harder while you wait
waiting-harder-body = Tell the service if you feel worse, or if something has changed. Call:
waiting-harder-crisis = If you feel you cannot keep yourself safe, do not wait:
waiting-device-title = On this device
waiting-no-reference = There is no referral reference on this device. If you referred yourself on another device, or deleted the reference, the service can find your referral by your name and date of birth.
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = Your referral reference is { $reference }. The service received your referral on { $date }.
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = That means by { $date }, not counting bank holidays.
waiting-call-calendar = Add this date to your calendar (a file made on this device)
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } expects to contact you by today
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = Your referral reference is { $reference }.
waiting-calendar-privacy = Calendar files are made on this device and are not sent anywhere. The entry names the service: anyone who can see your calendar could see it.
waiting-check-in-title = Check in every 2 weeks
waiting-check-in-body = Repeating the same self-check every 2 weeks shows whether things are changing. If a check-in shows things have got harder, Waymark says so and shows how to tell the service.
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }: a check-in is due now
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }: next check-in on { $date }
waiting-check-in-calendar = Add a reminder to your calendar
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = Check in: { $name }
waiting-check-in-event-body = Repeat your self-check in Waymark to see whether things are changing.
waiting-check-in-none = When you keep a PHQ-9 or GAD-7 result on this device, this page shows when to repeat it.
waiting-check-in-not-kept = This device does not keep self-check results, so it cannot remind you when to check in.
waiting-print = Print this page or save it as a PDF
refer-sent-waiting-link = While you wait: what happens next, how long it may take and what can help
waiting-plan-title = A plan for the coming weeks
waiting-plan-body = A few small steps each week, from the exercises in Learn. You tick them off here. It is kept only on this device, and you can delete it at any time.
waiting-plan-question = What would help most right now?
waiting-plan-suggested-hint = One plan is marked as suggested, from the self-check results you kept. Choose whichever feels right.
waiting-plan-suggested = Suggested
waiting-plan-start = Start this plan
waiting-plan-unreadable = Your saved plan could not be read: it may be from an older version of Waymark, or it was changed on this device. Choose a plan below to start again. The old one is replaced only when you do.
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = Week { $week }
waiting-plan-this-week = This week
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = You are in week { $week } of your plan.
waiting-plan-after-end = You have been through every week of the plan. Keep doing the steps that helped, and go back to any you missed.
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = { $done } of { $total } steps done.
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = How to do it: { $topic }
waiting-plan-kept = Your plan and the steps you tick are kept only on this device. Delete everything on the privacy page removes them too.
waiting-plan-stop = Stop this plan and delete it
waiting-plan-not-shared = Plans are kept only on a device of your own, so this shared device does not offer one.
waiting-plan-not-kept = This browser is not letting Waymark save anything, so a plan cannot be kept here.
