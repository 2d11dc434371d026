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
app-footer-not-crisis = Talking therapies are not an emergency service.

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
learn-not-yet = Self-help topics are not available in this version of Waymark yet.
learn-refer-link = Refer yourself for talking therapy

## Check

check-title = Check how you have been feeling
check-lead = Short questionnaires that many NHS talking therapies services use.
check-not-a-diagnosis = Your answers help you think about how you have been. They are not a diagnosis.
check-not-yet = The questionnaires are not available in this version of Waymark yet.
check-help-link = If you need help now, see where to get it
check-private = Your answers stay on this device. Nothing is sent unless you choose to add your results to a referral.
check-help-intro = If you are worried about your safety, do not wait for a questionnaire.
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
check-about-phq9 = Questions about low mood and depression, such as losing interest in things, sleep, energy and how you feel about yourself.
check-about-gad7 = Questions about worry and anxiety, such as feeling nervous, not being able to stop worrying and finding it hard to relax.
check-about-wsas = Questions about how your problems affect your work, home life, social life and relationships.
check-about-phobia = Questions about avoiding situations because of fear, such as social situations, places where panic might happen, or particular things.
check-about-pcl5 = Questions about reactions to a very stressful experience, such as unwanted memories, feeling on guard and avoiding reminders.
check-about-other = A questionnaire your service uses.
check-back-to-list = All questionnaires
check-back = Back
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = There { $count ->
    [one] is 1 question
   *[other] are { $count } questions
}. Choose the answer that fits best. It takes a few minutes.
check-start = Start now
check-continue = Continue where you left off
check-start-again = Start again
check-next = Continue
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Question { $number } of { $total }
check-error-prefix = Error:
check-error-summary-title = There is a problem
check-error-choose = Choose the answer that fits best
check-translation-official = This questionnaire is shown in the official translation for this language.
check-translation-reviewed = This questionnaire has been translated for Waymark and checked by a reviewer. It is not the official translation.
check-translation-unreviewed = This questionnaire has been translated for Waymark but not yet checked by a clinician. It is not the official translation.
check-translation-none = This questionnaire has not been translated into this language yet, so it is shown in English.

## Self-check safety page

check-safety-title = Thank you for telling us
check-safety-lead = You said you have had thoughts that you would be better off dead, or of hurting yourself. You do not have to cope with this on your own.
check-safety-body = If you feel you might act on these thoughts, or you cannot keep yourself safe, get help now. These services are free and will listen.
check-safety-continue-hint = When you feel ready, you can carry on with the questions and see your results.
check-safety-continue = Carry on

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = Your results: { $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = Your score is { $score } out of { $max }.
check-result-risk = You told us you have had thoughts of being better off dead or of hurting yourself. Please do not wait: help is available now.
check-result-prorated = One question was not answered or did not apply to you, so this total was worked out from your other answers.
check-result-items-caption = Your answers, question by question
check-result-item = Question
check-result-item-score = Your answer (0 to 8)
check-result-item-note = Note
check-result-not-title = What this does not mean
check-result-not-diagnosis = This is not a diagnosis. A score is a rough guide to how you have been feeling lately. It cannot tell you what is wrong, or decide whether you deserve help.
check-result-any-score = Whatever your score, if you are struggling, you can ask for help. You do not have to score highly to be taken seriously.
check-result-next-title = What you can do next
check-result-next-learn = Read about what can help, and try some self-help
check-result-next-refer = Refer yourself for talking therapy
check-result-next-help = Get help now if you need it
check-result-print = Print or save these results
check-result-keep = Keep this result on this device
check-result-kept = Kept on this device.
check-result-cannot-keep = This browser is not letting Waymark save anything, so this result cannot be kept. You can print it or save it as a PDF.
check-result-unavailable = These answers cannot be scored

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = Your kept results: { $name }
check-history-link = See the results you have kept on this device
check-history-empty = You have not kept any results for this questionnaire on this device.
check-history-unavailable = This browser is not letting Waymark save anything, so results cannot be kept here.
check-history-unreadable = Some kept results could not be read, perhaps because they were saved by an older version of Waymark. They are not shown.
check-history-chart-title = Your scores over time. The same scores are in the table below.
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = Treatment threshold: { $score }
check-history-table-caption = Kept results
check-history-date = Date
check-history-score = Score
check-history-band = Range
check-history-actions = Actions
check-history-delete = Delete
check-history-delete-all = Delete all kept results
check-history-compare-title = Compare two results
check-history-compare-from = Earlier result
check-history-compare-to = Later result
check-history-improved = Between these two results, your score went down by enough to count as a reliable improvement.
check-history-deteriorated = Between these two results, your score went up by enough to count as a reliable change for the worse. It may help to talk to someone.
check-history-no-change = Between these two results, your score did not change by enough to be sure it is more than day-to-day ups and downs.
check-history-change-unknown = This questionnaire has no agreed measure of reliable change, so we do not compare the two scores.
check-history-recovered = Taking your depression and anxiety questionnaires together, you have moved from above the treatment threshold to below it on both. NHS Talking Therapies calls this recovery.
check-history-reliably-recovered = Taking your depression and anxiety questionnaires together, you have moved below the treatment threshold on both and improved reliably. NHS Talking Therapies calls this reliable recovery.
check-history-not-recovered = Taking your depression and anxiety questionnaires together, you are not yet below the treatment threshold on both.
check-history-not-case = Taking your depression and anxiety questionnaires together, your earlier answers were below the treatment threshold, so recovery does not apply.
check-history-change-explained = NHS Talking Therapies counts a change as reliable when it is bigger than the usual ups and downs: 6 points on PHQ-9, 4 points on GAD-7.

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

## Crisis routes (England)

crisis-999-title = If your life is at risk now, call 999 or go to A&E.
crisis-999-body = For example, if you have seriously hurt yourself or you feel you cannot keep yourself safe.
crisis-111-title = NHS 111, option 2
crisis-111-body = Call 111 and choose option 2 for the 24-hour NHS mental health crisis line, for all ages. Interpreters are available.
crisis-111-call = Call 111
crisis-samaritans-title = Samaritans
crisis-samaritans-body = Call free, day or night, to talk about anything.
crisis-shout-title = Shout
crisis-shout-body = If you would rather text than talk, text SHOUT to 85258, day or night.
crisis-shout-text = Text SHOUT to 85258
crisis-papyrus-title = Papyrus HOPELINEUK
crisis-papyrus-body = For people under 35 with thoughts of suicide, and people worried about them.
crisis-childline-title = Childline
crisis-childline-body = For children and young people under 19.

## Privacy and settings

privacy-title = Privacy and settings
privacy-lead = Waymark runs in your browser. It has no cookies, no tracking and no adverts.
privacy-kept-title = What is kept on this device
privacy-kept-nothing = Nothing is kept on this device.
privacy-stored-language = The language you chose.
privacy-stored-check-progress = Answers to a questionnaire you have not finished (kept only until you close this tab).
privacy-stored-history = Questionnaire results you chose to keep.
privacy-delete-all = Delete everything kept on this device
privacy-deleted = Everything Waymark kept on this device has been deleted.
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
