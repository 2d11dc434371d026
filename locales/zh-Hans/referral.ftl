### Self-referral form: error messages, answer options and redirects.
### Error messages follow the GOV.UK Design System: they say what to do to
### fix the answer. Every id here is used by src/core/referral/.
### Chinese Simplified (zh-Hans), translated from en-GB for Waymark; not yet reviewed.
### "First name" = 名字, "last name" = 姓氏; "characters" = 个字符; options quoted as “是”, “否”.

## Error messages: about you

referral-error-given-name-missing = 请输入您的名字

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-given-name-too-long = 名字不能超过 { $max } 个字符

referral-error-family-name-missing = 请输入您的姓氏

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-family-name-too-long = 姓氏不能超过 { $max } 个字符

referral-error-date-of-birth-missing = 请输入您的出生日期
referral-error-date-of-birth-missing-day = 出生日期必须包括“日”
referral-error-date-of-birth-missing-month = 出生日期必须包括“月”
referral-error-date-of-birth-missing-year = 出生日期必须包括“年”
referral-error-date-of-birth-missing-day-and-month = 出生日期必须包括“日”和“月”
referral-error-date-of-birth-missing-day-and-year = 出生日期必须包括“日”和“年”
referral-error-date-of-birth-missing-month-and-year = 出生日期必须包括“月”和“年”
referral-error-date-of-birth-year-format = 年份必须是 4 位数字
referral-error-date-of-birth-not-real = 出生日期必须是真实存在的日期
referral-error-date-of-birth-in-future = 出生日期必须是今天或今天以前
referral-error-date-of-birth-too-long-ago = 出生日期必须是 1900 年 1 月 1 日或以后

referral-error-nhs-number-missing = 请输入您的 NHS 号码
referral-error-nhs-number-not-digits = 请只用数字输入您的 NHS 号码，例如 ⁦485 777 3456⁩
referral-error-nhs-number-length = 请按正确的格式输入您的 NHS 号码，例如 ⁦485 777 3456⁩
referral-error-nhs-number-check-digit = 请检查您的 NHS 号码。您输入的号码不是有效的 NHS 号码。您可以在 NHS 寄给您的信件上或 NHS App 里找到您的号码

## Error messages: address

referral-error-address-line-1-missing = 请输入地址的第一行
referral-error-address-line-2-missing = 请输入地址的第二行

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-address-line-too-long = 每一行地址都不能超过 { $max } 个字符

referral-error-town-missing = 请输入您所在的城镇或城市

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-town-too-long = 城镇或城市不能超过 { $max } 个字符

referral-error-postcode-missing = 请输入您的邮编
referral-error-postcode-invalid = 请输入完整的英国邮编，例如 SW1A 1AA

## Error messages: contact

referral-error-phone-missing = 请输入电话号码
referral-error-phone-characters = 请输入电话号码，只能使用数字、空格、括号、连字符，以及开头的 +，例如 ⁦07700 900 982⁩
referral-error-phone-uk-format = 请输入电话号码，例如 ⁦01632 960 001⁩ 或 ⁦07700 900 982⁩。如果是英国以外的号码，请以 + 和国家代码开头
referral-error-phone-international-format = 请输入以 + 和国家代码开头的国际电话号码，例如 ⁦+33 1 23 45 67 89⁩
referral-error-email-missing = 请输入您的电子邮件地址
referral-error-email-invalid = 请按正确的格式输入电子邮件地址，例如 name@example.com
referral-error-contact-route-missing = 请输入电话号码或电子邮件地址，以便服务机构联系您
referral-error-voicemail-missing = 如果服务机构可以给您留语音信息，请选择“是”
referral-error-texts-missing = 如果服务机构可以给您发短信，请选择“是”
referral-error-safe-times-missing = 请输入哪些日子、什么时间联系您是安全的

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-safe-times-too-long = 安全联系时间不能超过 { $max } 个字符

referral-error-preferred-language-missing = 请输入您想使用的语言

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-preferred-language-too-long = 语言不能超过 { $max } 个字符

referral-error-interpreter-missing = 请选择您是否需要口译员
referral-error-interpreter-language-missing = 请输入您需要口译员翻译的语言

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-interpreter-language-too-long = 口译语言不能超过 { $max } 个字符

## Error messages: your GP and your referral

referral-error-gp-practice-missing = 请输入您的 GP 诊所（家庭医生诊所）名称

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-gp-practice-too-long = GP 诊所名称不能超过 { $max } 个字符

referral-error-secondary-care-missing = 如果目前有心理健康团队在为您提供支持，请选择“是”。如果您不确定，请选择“不确定”
referral-error-help-with-missing = 请告诉我们您希望在哪方面得到帮助
referral-error-help-topics-missing = 请至少选择一项您希望得到帮助的事情

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-phq9-item-missing = 请为关于您最近感受的第 { $number } 题选择一个答案

# Variables:
#   $number (Number) - the question's number in the questionnaire.
referral-error-gad7-item-missing = 请为关于担忧和焦虑的第 { $number } 题选择一个答案

# Variables:
#   $max (Number) - the most characters the answer can have.
referral-error-answer-too-long = 这个答案不能超过 { $max } 个字符

## Error messages: consent

referral-error-consent-share-with-gp-missing = 如果服务机构可以和您的 GP（家庭医生）分享有关您治疗的信息，请选择“是”
referral-error-consent-privacy-notice-missing = 请确认您已经阅读了隐私声明

## Answer options shared by several questions

referral-option-yes = 是
referral-option-no = 否
referral-option-not-sure = 不确定
referral-option-prefer-not-to-say = 不愿透露

## Interpreter

referral-interpreter-none = 不需要，我不需要口译员
referral-interpreter-spoken = 需要，我需要口语翻译（口译员）
referral-interpreter-bsl = 需要，我需要英国手语（BSL）翻译

## What would you like help with?

referral-help-topic-low-mood = 情绪低落或抑郁
referral-help-topic-worry = 担忧或焦虑
referral-help-topic-panic = 惊恐发作
referral-help-topic-social-anxiety = 和别人在一起时感到焦虑
referral-help-topic-health-anxiety = 担心自己的健康
referral-help-topic-phobia = 某种恐惧或恐惧症
referral-help-topic-ocd = 很难抗拒的、不想要的想法或冲动（强迫症，OCD）
referral-help-topic-trauma = 我经历过的可怕或令人痛苦的事情
referral-help-topic-stress = 压力
referral-help-topic-sleep = 睡眠问题
referral-help-topic-long-term-condition = 应对长期的健康问题
referral-help-topic-relationships = 人际关系或感情上的困难
referral-help-topic-bereavement = 悲伤或失去亲人
referral-help-topic-other = 其他事情

## Ethnic group: NHS Data Dictionary ETHNIC CATEGORY, grouped as published.
## "Prefer not to say" records code Z, "Not stated".

referral-ethnic-group-white = 白人
referral-ethnic-group-mixed = 混血
referral-ethnic-group-asian = 亚裔或亚裔英国人
referral-ethnic-group-black = 黑人或黑人英国人
referral-ethnic-group-other = 其他族裔

referral-ethnic-category-a = 英国人
referral-ethnic-category-b = 爱尔兰人
referral-ethnic-category-c = 任何其他白人背景
referral-ethnic-category-d = 白人和加勒比黑人混血
referral-ethnic-category-e = 白人和非洲黑人混血
referral-ethnic-category-f = 白人和亚裔混血
referral-ethnic-category-g = 任何其他混血背景
referral-ethnic-category-h = 印度裔
referral-ethnic-category-j = 巴基斯坦裔
referral-ethnic-category-k = 孟加拉裔
referral-ethnic-category-l = 任何其他亚裔背景
referral-ethnic-category-m = 加勒比裔
referral-ethnic-category-n = 非洲裔
referral-ethnic-category-p = 任何其他黑人背景
referral-ethnic-category-r = 华人
referral-ethnic-category-s = 任何其他族裔

## Gender

referral-gender-female = 女性
referral-gender-male = 男性
referral-gender-non-binary = 非二元性别
referral-gender-other = 其他性别

## Sexual orientation

referral-sexual-orientation-heterosexual = 异性恋
referral-sexual-orientation-gay-or-lesbian = 男同性恋或女同性恋
referral-sexual-orientation-bisexual = 双性恋
referral-sexual-orientation-other = 其他性取向
referral-sexual-orientation-not-sure = 不确定

## Religion or belief

referral-religion-none = 没有宗教信仰
referral-religion-buddhist = 佛教
referral-religion-christian = 基督教
referral-religion-hindu = 印度教
referral-religion-jewish = 犹太教
referral-religion-muslim = 伊斯兰教
referral-religion-sikh = 锡克教
referral-religion-other = 其他宗教或信仰

## Employment

referral-employment-employed = 有带薪工作
referral-employment-unemployed = 没有带薪工作，正在找工作
referral-employment-student = 学生，没有带薪工作
referral-employment-long-term-sick = 因为长期疾病或残障而没有工作
referral-employment-homemaker = 在家照顾家人或料理家务
referral-employment-not-working = 没有带薪工作，也没有在找工作
referral-employment-volunteer = 做无偿的志愿工作
referral-employment-retired = 已退休

## Pregnancy and babies

referral-perinatal-pregnant = 是，我怀孕了
referral-perinatal-baby = 是，我有一个不满 12 个月的宝宝

## Redirects: where someone the service cannot take is sent instead.
## Each must give a next step; none is a dead end.

referral-redirect-crisis-title = 立即求助
referral-redirect-crisis-lead = 您不必等转介申请处理完才得到帮助。下面这些服务都是免费的，现在就可以帮助您。谈话治疗服务不是危机服务，但等情况平静一些后，您可以再回来自我转介。

referral-redirect-young-people-title = 有专门为年轻人提供的支持

# Variables:
#   $age (Number) - the youngest age this service accepts.
#   $childline (String) - Childline's number, from src/core/crisis.json
referral-redirect-young-people-lead = 这项服务只面向 { $age } 岁及以上的人。儿童和青少年心理健康服务可以为您提供帮助。您的 GP（家庭医生），或者学校、学院里的护士或心理辅导员，可以为您转介。您也可以随时免费拨打 Childline 的电话 { $childline }。

referral-redirect-gp-title = 和您的心理健康团队或 GP（家庭医生）谈一谈
referral-redirect-gp-body = 既然目前有心理健康团队在为您提供支持，他们就是和您商量谈话治疗的最合适人选。请和您的护理协调员（care coordinator）或照顾您的团队谈一谈。如果您不确定是谁，您的 GP（家庭医生）可以帮忙。

referral-redirect-area-title = 查一查哪个服务机构负责您所在的地区
referral-redirect-area-body = 我们无法确认这个服务机构是否覆盖您住的地方或您的 GP 诊所。请联系这个服务机构，他们会告诉您他们能不能帮助您，或者哪个 NHS 谈话治疗服务负责您所在的地区。
