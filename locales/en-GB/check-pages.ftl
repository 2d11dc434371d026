# Waymark interface strings for the self-check pages (en-GB, the source locale).
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.

## Self-check list and questions

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
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = There { $count ->
    [one] is 1 question
   *[other] are { $count } questions
}. Choose the answer that fits best. It takes a few minutes.
check-continue = Continue where you left off
check-start-again = Start again
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = Question { $number } of { $total }
check-error-choose = Choose the answer that fits best
check-translation-official = This questionnaire is shown in the official translation for this language.
check-translation-none = This questionnaire has not been translated into this language yet, so it is shown in English.
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = The questions are shown in English, in the words they were tested in. A translation into your language that has been checked for scoring is not available yet. The rest of the page stays in your language.
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = This questionnaire was translated for this service and checked by a reviewer, but it is not an official translation. Scores were only tested with the official wording, so your result may be less accurate than usual.
check-wording-unreviewed-unvalidated = This questionnaire was translated for this service, but nobody has checked the translation yet. Scores were only tested with the official wording, so your result may be less accurate than usual.
check-wording-machine-unvalidated = This questionnaire was translated by a computer and nobody has checked the translation yet. Scores were only tested with the official wording, so your result may be less accurate than usual.

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
check-history-reliable-change-explained = NHS Talking Therapies counts a change as reliable, rather than the usual ups and downs, when it is 6 points or more on PHQ-9, or 4 points or more on GAD-7.

## Carrying results into a referral

check-result-referral-title = Sending these answers with a referral
check-result-referral-body = If you refer yourself, you can send these answers with your referral, so the service knows how you have been feeling. They are only sent if you choose to send your referral, and you can take them out before you do.
check-result-referral-add = Add these answers to my referral

## Result compared with the person's last kept result

check-result-harder-title = Things may have got harder
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = Your score is { $after }, up from { $before } last time. A rise this big is more than the usual ups and downs.
check-result-harder-highest = Your score is in the highest range for this questionnaire.
check-result-harder-tell = If you are waiting for the service, tell them things have changed. Call:
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = Quote your referral reference, { $reference }.
check-result-harder-waiting = What can help while you wait
check-result-update-title = Or tell the service online
check-result-update-words = What has changed?
check-result-update-words-hint = For example, how you have been feeling, or anything that makes waiting harder. The service reads this with your referral.
check-result-update-error-empty = Say in a few words what has changed
check-result-update-error-long = What has changed must be 1,000 characters or fewer
check-result-update-error-result = This result is not complete, so it cannot be sent. Send your words without it, or call the service.
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = Include this { $name } result and your answers
check-result-update-what-goes = The service gets your words and your referral reference and, if you tick the box, this result and your last kept result of the same questionnaire. Nothing else is sent.
check-result-update-send = Send to the service
check-result-update-waiting = Your update is saved on this device and is being sent. Waymark keeps trying while it is open, on any page. This page says so when the service has it.
check-result-update-accepted = The service has your update.
check-result-update-rejected = The service could not accept your update online. Please call:
check-result-update-cannot = Sorry, this browser cannot send your update securely. Please call the service instead.
