# Waymark interface strings for the online referral pages, Chinese Simplified (zh-Hans),
# translated from en-GB. Translated for Waymark; not yet reviewed.
# Loaded with the referral feature module. Error messages and
# answer labels are in referral.ftl.
# Term choices (as in shell.ftl): "referral" = 转介申请; "refer yourself" = 自我转介;
# "GP practice" = GP 诊所（家庭医生诊所）; "service" = 服务机构.

## Start

refer-start-lead = 请简单介绍一下您自己，服务机构会联系您，和您谈一谈什么可能对您有帮助。
refer-start-time = 大约需要 10 分钟。在发送之前，您可以返回修改答案。
refer-start-saved-device = 您输入的答案会随时保存在这台设备上，所以即使页面关闭，也不会丢失任何内容。服务机构收到您的转介申请后，或者您选择删除时，这些答案会被删除。
refer-start-saved-page = 您输入的答案只保留在这个页面中，这台设备上不会保存任何内容。如果在您发送转介申请之前页面关闭，这些答案就会丢失。
refer-start-draft = 这台设备上保存着您以前填写的答案。
refer-start-resume = 继续填写转介申请
refer-start-delete = 删除我的答案
refer-start-waiting = 您有一份转介申请正在等待发送。查看进度。

## Eligibility

refer-eligibility-title = 开始之前
refer-eligibility-why = 我们先问这些问题，是为了确认这个服务机构适合您。如果不适合，我们会告诉您可以去哪里得到帮助。
refer-in-crisis-legend = 您是否觉得自己现在无法保证自己的安全？
refer-in-crisis-shared-hint = 谈话治疗无法马上提供帮助。如果您正处于危机之中，我们会告诉您现在可以去哪里求助。如果您之后提交转介申请，服务机构会看到您的这个回答，以便确认您是否安全。
refer-error-in-crisis-missing = 如果您觉得自己现在无法保证自己的安全，请选择“是”
refer-dob-legend = 您的出生日期是哪天？
refer-dob-hint = 请按“日 月 年”的顺序填写，例如 ⁦27 3 1985⁩。我们询问这个，是因为服务机构只能接待一定年龄范围的人。
refer-dob-day = 日
refer-dob-month = 月
refer-dob-year = 年
refer-postcode-label = 您的邮编是什么？
refer-postcode-hint = 我们询问这个，是因为服务机构为住在本地区的人提供服务。
refer-practice-list-label = 您在哪家 GP 诊所（家庭医生诊所）登记？
refer-practice-list-hint = 我们询问这个，是因为服务机构与本地区的 GP 诊所合作。如果列表里没有您的诊所，就会改用您的邮编。
refer-practice-list-choose = 选择您的诊所
refer-practice-list-not-listed = 列表里没有我的诊所
refer-secondary-care-legend = 您目前是否正在接受社区心理健康团队或危机处理团队的帮助？
refer-secondary-care-hint = 如果是，这个团队可以和您一起安排谈话治疗。

## Not eligible

refer-not-eligible-title = 这个服务机构可能不适合您
refer-not-eligible-phone = 如果您觉得这个结果不对，或者您不确定，请打电话给服务机构：
refer-not-eligible-change = 返回并修改答案

## About you

refer-about-you-title = 关于您
refer-about-you-why = 我们用这些信息查找您的记录，并在需要时给您写信。
refer-given-name-label = 名字
refer-family-name-label = 姓氏
refer-nhs-number-label = NHS 号码（选填）
refer-nhs-number-hint = 它是 10 位数字，例如 ⁦485 777 3456⁩。您可以在 NHS 寄给您的信件上或 NHS App 里找到它。这一项可以不填。
refer-address-line-1-label = 地址第一行
refer-address-line-2-label = 地址第二行（选填）
refer-address-hint = 您的家庭住址，这样服务机构就知道您住在他们的服务地区。
refer-town-label = 城镇或城市

## Contact

refer-contact-title = 我们怎样联系您？
refer-contact-why = 服务机构会联系您，安排第一次见面。请告诉我们什么方式对您来说是安全的。
refer-phone-label = 电话号码
refer-phone-hint = 英国的手机或座机号码。国际号码请以 + 开头。
refer-email-label = 电子邮件地址（选填）
refer-email-hint = 只有在您愿意让服务机构给您发电子邮件时才填写。
refer-voicemail-legend = 我们可以给您留语音信息吗？
refer-voicemail-hint = 留言只会说明是谁打来的电话，不会说明原因。
refer-texts-legend = 我们可以给您发短信吗？
refer-safe-times-label = 什么时候给您打电话是安全的？（选填）
refer-safe-times-hint = 例如：工作日上午，或者晚上 6 点以后不要打。

## More about you

refer-more-title = 您的语言、您的 GP（家庭医生），以及您希望得到哪方面的帮助
refer-more-why = 这能帮助服务机构用合适的语言，为您提供合适的支持。
refer-language-label = 您想使用哪种语言？（选填）
refer-language-hint = 您可以免费使用口译员，包括英国手语翻译。
refer-interpreter-legend = 您需要口译员吗？
refer-interpreter-language-label = 如果需要，是哪种语言？（选填）
refer-gp-label = 您的 GP 诊所
refer-gp-hint = 诊所的名称和所在城镇，例如 Riverside Medical Centre, Anytown。
refer-help-with-label = 您希望在哪方面得到帮助？（选填）
refer-help-with-hint = 请用您自己的话写。想写多少都可以。

refer-help-topics-legend = 您希望在哪方面得到帮助？（选填）
refer-help-topics-hint = 请选择所有符合的选项。

## Equality questions

refer-equality-title = 关于您：选填问题
refer-equality-why = 这些问题是选填的。服务机构提出这些问题，是为了检查自己是否公平对待每一个人，并了解还有哪些人没有得到服务。您的答案不会影响您能否得到帮助。
refer-ethnic-category-legend = 您属于哪个族裔？
refer-gender-legend = 您的性别是什么？
refer-gender-same-legend = 您的性别与您出生时登记的性别相同吗？
refer-orientation-legend = 您的性取向是什么？
refer-religion-legend = 您的宗教或信仰是什么？
refer-disability-legend = 您认为自己有残障吗？
refer-long-term-legend = 您是否有长期的身体健康问题，例如糖尿病、哮喘或心脏病？
refer-employment-legend = 您目前的就业状况是什么？
refer-veteran-legend = 您是否曾在英国武装部队服役？
refer-perinatal-legend = 您是否怀孕了，或者在过去 12 个月内生过孩子？

## Consent

refer-consent-title = 分享您的信息
refer-consent-why = 服务机构会妥善保护您的信息，只会用它来帮助您。
refer-share-gp-legend = 服务机构可以告诉您的 GP（家庭医生）您已经自我转介了吗？
refer-share-gp-hint = 这样您的 GP 也可以为您提供支持。即使您选择“否”，您仍然可以得到服务。
refer-privacy-consent-label = 我已经阅读了服务机构如何使用我的信息，并同意发送我的转介申请。

## Check your answers

refer-check-title = 发送前请检查您的答案
refer-change = 修改
refer-check-phq9 = 您的 PHQ-9 答案（情绪低落）
refer-check-gad7 = 您的 GAD-7 答案（担忧和焦虑）
# Variables:
#   $score (Number) - the questionnaire's total
refer-check-score = 得分 { $score }
refer-check-remove = 移除
refer-check-send-title = 现在发送您的转介申请
refer-check-send-saved = 发送时，您的转介申请会先保存在这台设备上，然后发送给服务机构。如果连接中断，只要 Waymark 在这台设备上打开，它就会继续尝试，并在服务机构收到后告诉您。
refer-check-send-memory = 发送时，您的转介申请会保留在这个页面中，然后发送给服务机构。请保持这个页面打开，直到页面显示服务机构已收到：如果页面提前关闭，转介申请就会丢失。
refer-check-already-sent = 您已经发送过这些答案。它们不会被发送两次。
refer-check-see-progress = 查看您的转介申请进度
refer-check-cannot-send = 抱歉，这个浏览器无法为您的转介申请生成安全的编号。请改为打电话给服务机构。
refer-send = 发送转介申请
refer-sending = 正在发送…

## After sending

refer-sent-title = 转介申请已发送
# Variables:
#   $reference (String) - a short reference for the referral
refer-sent-reference = 您的编号是 { $reference }。
refer-sent-next-title = 接下来会怎样
refer-sent-phone = 如果您想和服务机构通话，请拨打：
refer-sent-none = 这台设备上没有转介申请
refer-waiting-title = 您的转介申请已保存在这台设备上
refer-waiting-device-body = 它还没有送达服务机构。只要 Waymark 在这台设备上打开（无论在哪个页面），它就会继续尝试，并在服务机构收到后在这里告诉您。
refer-waiting-page-title = 您的转介申请正在这个页面中等待
refer-waiting-page-body = 它还没有送达服务机构，而且只保留在这个页面中。请保持这个页面打开：Waymark 会继续尝试，并在服务机构收到后在这里告诉您。如果页面提前关闭，转介申请就会丢失。
refer-waiting-phone = 这次用的时间比平常长。您也可以改为打电话给服务机构。
refer-try-again = 立即重试
refer-rejected-title = 服务机构无法在线接收您的转介申请
refer-rejected-kept = 您的转介申请仍然保留在您发送它的地方，服务机构没有收到。请改为打电话给服务机构进行自我转介，或者稍后再试。
refer-receipt-title = 这台设备上保存了什么
# Variables:
#   $date (String) - the date the service received the referral, written for the reader's language
#   $days (Number) - how many days the receipt is kept
refer-receipt-kept = 您的答案已从这台设备上删除。只有上面的编号和服务机构收到转介申请的日期（{ $date }）会保留 { $days } 天，方便您打电话时提供编号。
refer-receipt-delete = 从这台设备上删除编号
