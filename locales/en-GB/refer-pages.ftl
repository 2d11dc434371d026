# Waymark interface strings for the online referral pages (en-GB, the source
# locale). Loaded with the referral feature module. Error messages and
# answer labels are in referral.ftl.

## Start

refer-start-lead = Tell us a little about yourself and the service will contact you to talk about what might help.
refer-start-time = It takes about 10 minutes. You can go back and change your answers before you send them.
refer-start-saved-device = Your answers are saved on this device as you type, so nothing is lost if the page closes. They are deleted once the service has your referral, or when you choose to delete them.
refer-start-saved-page = Your answers are kept only in this page as you type, and nothing is saved on this device. If the page closes before you send your referral, they are lost.
refer-start-draft = You have answers saved on this device from before.
refer-start-resume = Continue your referral
refer-start-delete = Delete my answers
refer-start-waiting = You have a referral waiting to be sent. See its progress.

## Eligibility

refer-eligibility-title = Before you start
refer-eligibility-why = We ask these questions first to check this service is the right one for you. If it is not, we will tell you where to get help.
refer-in-crisis-legend = Do you feel you cannot keep yourself safe right now?
refer-in-crisis-shared-hint = Talking therapies cannot help straight away. If you are in crisis, we will show you where to get help now. If you go on to send a referral, the service will see your answer, so they can check you are safe.
refer-error-in-crisis-missing = Select yes if you feel you cannot keep yourself safe right now
refer-dob-legend = What is your date of birth?
refer-dob-hint = For example, ⁦27 3 1985⁩. We ask because the service can only see people of a certain age.
refer-dob-day = Day
refer-dob-month = Month
refer-dob-year = Year
refer-postcode-label = What is your postcode?
refer-postcode-hint = We ask because the service works for people who live in its area.
refer-practice-list-label = Which GP practice are you registered with?
refer-practice-list-hint = We ask because the service works with the GP practices in its area. If yours is not listed, your postcode is used instead.
refer-practice-list-choose = Choose your practice
refer-practice-list-not-listed = My practice is not listed
refer-secondary-care-legend = Are you being helped by a community mental health team or a crisis team at the moment?
refer-secondary-care-hint = If you are, that team can arrange talking therapy with you.

## Not eligible

refer-not-eligible-title = This service may not be right for you
refer-not-eligible-phone = If you think this is wrong, or you are not sure, call the service:
refer-not-eligible-change = Go back and change your answers

## About you

refer-about-you-title = About you
refer-about-you-why = We use these details to find your records and write to you if we need to.
refer-given-name-label = First name
refer-family-name-label = Last name
refer-nhs-number-label = NHS number (optional)
refer-nhs-number-hint = It is 10 digits long, like ⁦485 777 3456⁩. You can find it on letters from the NHS or in the NHS App. You can leave this empty.
refer-address-line-1-label = Address line 1
refer-address-line-2-label = Address line 2 (optional)
refer-address-hint = Your home address, so the service knows you live in its area.
refer-town-label = Town or city

## Contact

refer-contact-title = How can we contact you?
refer-contact-why = The service will contact you to arrange a first appointment. Tell us what is safe for you.
refer-phone-label = Phone number
refer-phone-hint = A UK mobile or landline number. For international numbers, start with +.
refer-email-label = Email address (optional)
refer-email-hint = Only if you are happy for the service to email you.
refer-voicemail-legend = Can we leave a voicemail message?
refer-voicemail-hint = The message would say who is calling but not why.
refer-texts-legend = Can we send you text messages?
refer-safe-times-label = When is it safe to call you? (optional)
refer-safe-times-hint = For example, weekday mornings, or not after 6pm.

## More about you

refer-more-title = Your language, your GP and what you would like help with
refer-more-why = This helps the service offer you the right support in the right language.
refer-language-label = Which language would you like to use? (optional)
refer-language-hint = You can have an interpreter, including British Sign Language, free of charge.
refer-interpreter-legend = Would you like an interpreter?
refer-interpreter-language-label = If yes, which language? (optional)
refer-gp-label = Your GP practice
refer-gp-hint = The name of the surgery and the town, for example Riverside Medical Centre, Anytown.
refer-help-with-label = What would you like help with? (optional)
refer-help-with-hint = In your own words. Write as much or as little as you like.

refer-help-topics-legend = What would you like help with? (optional)
refer-help-topics-hint = Select all that apply.

## Equality questions

refer-equality-title = About you: optional questions
refer-equality-why = These questions are optional. Services ask them to check they are fair to everyone and to find out who they are not reaching. Your answers do not change whether you are offered help.
refer-ethnic-category-legend = What is your ethnic group?
refer-gender-legend = What is your gender?
refer-gender-same-legend = Is your gender the same as the sex you were registered at birth?
refer-orientation-legend = What is your sexual orientation?
refer-religion-legend = What is your religion or belief?
refer-disability-legend = Do you consider yourself to have a disability?
refer-long-term-legend = Do you have a long-term physical health condition, such as diabetes, asthma or heart disease?
refer-employment-legend = What is your employment status?
refer-veteran-legend = Have you served in the UK armed forces?
refer-perinatal-legend = Are you pregnant, or have you had a baby in the last 12 months?

## Consent

refer-consent-title = Sharing your information
refer-consent-why = The service keeps your information safe and only uses it to help you.
refer-share-gp-legend = Can the service tell your GP that you have referred yourself?
refer-share-gp-hint = Your GP can then support you too. You can still be seen if you say no.
refer-privacy-consent-label = I have read how the service uses my information, and I agree to send my referral.

## Check your answers

refer-check-title = Check your answers before sending
refer-change = Change
refer-check-phq9 = Your PHQ-9 answers (low mood)
refer-check-gad7 = Your GAD-7 answers (worry and anxiety)
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = Score { $score }
refer-check-remove = Remove
refer-check-send-title = Now send your referral
refer-check-send-saved = When you send it, your referral is saved on this device first, then sent to the service. If the connection drops, Waymark keeps trying whenever it is open on this device, and tells you when the service has it.
refer-check-send-memory = When you send it, your referral is kept in this page, then sent to the service. Keep this page open until it says the service has it: if the page is closed first, the referral is lost.
refer-check-already-sent = You have already sent these answers. They will not be sent twice.
refer-check-see-progress = See where your referral is
refer-check-cannot-send = Sorry, this browser cannot make a secure reference for your referral. Please call the service instead.
refer-send = Send referral
refer-sending = Sending…

## After sending

refer-sent-title = Referral sent
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = Your reference is { $reference }.
refer-sent-next-title = What happens next
refer-sent-phone = If you want to talk to the service, call:
refer-sent-none = There is no referral on this device
refer-waiting-title = Your referral is saved on this device
refer-waiting-device-body = It has not reached the service yet. Waymark keeps trying whenever it is open on this device, on any page, and says so here once the service has it.
refer-waiting-page-title = Your referral is waiting in this page
refer-waiting-page-body = It has not reached the service yet, and it is kept only in this page. Keep this page open: Waymark keeps trying, and says so here once the service has it. If the page is closed first, the referral is lost.
refer-waiting-phone = It is taking longer than usual. You may prefer to call the service instead.
refer-try-again = Try again now
refer-rejected-title = The service could not accept your referral online
refer-rejected-kept = Your referral is still kept where you sent it from, and the service has not got it. Please call the service to refer yourself instead, or try again later.
refer-receipt-title = What is kept on this device
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = Your answers have been deleted from this device. Only the reference above and the date the service received it ({ $date }) are kept, for { $days ->
    [one] { $days } day
   *[other] { $days } days
}, so you can quote it if you call.
refer-receipt-delete = Delete the reference from this device
