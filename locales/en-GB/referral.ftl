### Self-referral form: error messages, answer options and redirects.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Every id here is used by src/core/referral/.

## Error messages: about you

referral-error-given-name-missing = Enter your first name

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = First name must be { $max } characters or fewer

referral-error-family-name-missing = Enter your last name

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = Last name must be { $max } characters or fewer

referral-error-date-of-birth-missing = Enter your date of birth
referral-error-date-of-birth-missing-day = Date of birth must include a day
referral-error-date-of-birth-missing-month = Date of birth must include a month
referral-error-date-of-birth-missing-year = Date of birth must include a year
referral-error-date-of-birth-missing-day-and-month = Date of birth must include a day and month
referral-error-date-of-birth-missing-day-and-year = Date of birth must include a day and year
referral-error-date-of-birth-missing-month-and-year = Date of birth must include a month and year
referral-error-date-of-birth-year-format = Year must include 4 numbers
referral-error-date-of-birth-not-real = Date of birth must be a real date
referral-error-date-of-birth-in-future = Date of birth must be today or in the past
referral-error-date-of-birth-too-long-ago = Date of birth must be the same as or after 1 January 1900

referral-error-nhs-number-missing = Enter your NHS number
referral-error-nhs-number-not-digits = Enter your NHS number using numbers only, like ⁦485 777 3456⁩
referral-error-nhs-number-length = Enter your NHS number in the correct format, like ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = Check your NHS number. The number you entered is not a valid NHS number. You can find yours on letters from the NHS or in the NHS App

## Error messages: address

referral-error-address-line-1-missing = Enter the first line of your address
referral-error-address-line-2-missing = Enter the second line of your address

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = Each address line must be { $max } characters or fewer

referral-error-town-missing = Enter your town or city

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = Town or city must be { $max } characters or fewer

referral-error-postcode-missing = Enter your postcode
referral-error-postcode-invalid = Enter a full UK postcode, like SW1A 1AA

## Error messages: contact

referral-error-phone-missing = Enter a phone number
referral-error-phone-characters = Enter a phone number using only numbers, spaces, brackets, hyphens and a + at the start, like ⁦07700 900 982⁩
referral-error-phone-uk-format = Enter a phone number, like ⁦01632 960 001⁩ or ⁦07700 900 982⁩. For a number outside the UK, start with + and the country code
referral-error-phone-international-format = Enter an international phone number with + and the country code, like ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = Enter your email address
referral-error-email-invalid = Enter an email address in the correct format, like name@example.com
referral-error-contact-route-missing = Enter a phone number or an email address, so the service can contact you
referral-error-voicemail-missing = Select yes if the service can leave you a voicemail message
referral-error-texts-missing = Select yes if the service can send you text messages
referral-error-safe-times-missing = Enter the days and times when it is safe to contact you

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = Safe times to contact you must be { $max } characters or fewer

referral-error-preferred-language-missing = Enter the language you would like to use

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = Language must be { $max } characters or fewer

referral-error-interpreter-missing = Select whether you need an interpreter
referral-error-interpreter-language-missing = Enter the language you need an interpreter for

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = Interpreter language must be { $max } characters or fewer

## Error messages: your GP and your referral

referral-error-gp-practice-missing = Enter the name of your GP practice

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP practice name must be { $max } characters or fewer

referral-error-secondary-care-missing = Select yes if a mental health team is supporting you at the moment. If you are not sure, select not sure
referral-error-help-with-missing = Tell us what you would like help with
referral-error-help-topics-missing = Select at least one thing you would like help with

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = Select an answer for question { $number } about how you have been feeling

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = Select an answer for question { $number } about worry and anxiety

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = This answer must be { $max } characters or fewer

## Error messages: consent

referral-error-consent-share-with-gp-missing = Select yes if the service can share information about your care with your GP
referral-error-consent-privacy-notice-missing = Confirm that you have read the privacy notice

## Answer options shared by several questions

referral-option-yes = Yes
referral-option-no = No
referral-option-not-sure = Not sure
referral-option-prefer-not-to-say = Prefer not to say

## Interpreter

referral-interpreter-none = No, I do not need an interpreter
referral-interpreter-spoken = Yes, an interpreter for a spoken language
referral-interpreter-bsl = Yes, a British Sign Language (BSL) interpreter

## What would you like help with?

referral-help-topic-low-mood = Low mood or depression
referral-help-topic-worry = Worry or anxiety
referral-help-topic-panic = Panic attacks
referral-help-topic-social-anxiety = Feeling anxious around other people
referral-help-topic-health-anxiety = Worrying about my health
referral-help-topic-phobia = A fear or phobia
referral-help-topic-ocd = Unwanted thoughts or urges I find hard to resist (OCD)
referral-help-topic-trauma = Something frightening or distressing that happened to me
referral-help-topic-stress = Stress
referral-help-topic-sleep = Sleep problems
referral-help-topic-long-term-condition = Coping with a long-term health condition
referral-help-topic-relationships = Relationship difficulties
referral-help-topic-bereavement = Grief or loss
referral-help-topic-other = Something else

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = White
referral-ethnic-group-mixed = Mixed
referral-ethnic-group-asian = Asian or Asian British
referral-ethnic-group-black = Black or Black British
referral-ethnic-group-other = Other ethnic groups

referral-ethnic-category-a = British
referral-ethnic-category-b = Irish
referral-ethnic-category-c = Any other White background
referral-ethnic-category-d = White and Black Caribbean
referral-ethnic-category-e = White and Black African
referral-ethnic-category-f = White and Asian
referral-ethnic-category-g = Any other mixed background
referral-ethnic-category-h = Indian
referral-ethnic-category-j = Pakistani
referral-ethnic-category-k = Bangladeshi
referral-ethnic-category-l = Any other Asian background
referral-ethnic-category-m = Caribbean
referral-ethnic-category-n = African
referral-ethnic-category-p = Any other Black background
referral-ethnic-category-r = Chinese
referral-ethnic-category-s = Any other ethnic group

## Gender

referral-gender-female = Female
referral-gender-male = Male
referral-gender-non-binary = Non-binary
referral-gender-other = Another gender

## Sexual orientation

referral-sexual-orientation-heterosexual = Heterosexual or straight
referral-sexual-orientation-gay-or-lesbian = Gay or lesbian
referral-sexual-orientation-bisexual = Bisexual
referral-sexual-orientation-other = Another sexual orientation
referral-sexual-orientation-not-sure = Not sure

## Religion or belief

referral-religion-none = No religion
referral-religion-buddhist = Buddhist
referral-religion-christian = Christian
referral-religion-hindu = Hindu
referral-religion-jewish = Jewish
referral-religion-muslim = Muslim
referral-religion-sikh = Sikh
referral-religion-other = Another religion or belief

## Employment

referral-employment-employed = In paid work
referral-employment-unemployed = Not in paid work and looking for work
referral-employment-student = A student and not in paid work
referral-employment-long-term-sick = Not working because of long-term illness or disability
referral-employment-homemaker = Looking after my family or home
referral-employment-not-working = Not in paid work and not looking for work
referral-employment-volunteer = Doing unpaid voluntary work
referral-employment-retired = Retired

## Pregnancy and babies

referral-perinatal-pregnant = Yes, I am pregnant
referral-perinatal-baby = Yes, I have a baby under 12 months old

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = Get help now
referral-redirect-crisis-lead = You do not have to wait for a referral to get help. The services below are free and can help you now. Talking therapies services are not crisis services, but you can come back and refer yourself when things feel calmer.

referral-redirect-young-people-title = There is support for young people

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = This service is for people aged { $age } and over. Children and young people's mental health services can help you instead. Your GP, or a nurse or counsellor at your school or college, can refer you. You can also call Childline free on { $childline }, at any time.

referral-redirect-gp-title = Talk to your mental health team or GP
referral-redirect-gp-body = As a mental health team is supporting you at the moment, they are the best people to talk to about talking therapies. Speak to your care coordinator or the team looking after you. If you are not sure who that is, your GP can help.

referral-redirect-area-title = Check which service covers your area
referral-redirect-area-body = We could not confirm that this service covers where you live or your GP practice. Contact the service and they will tell you whether they can help, or which NHS talking therapies service covers your area.
