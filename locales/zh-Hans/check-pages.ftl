# Waymark interface strings for the self-check pages, Chinese Simplified (zh-Hans), translated from en-GB.
# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Loaded with the self-checks feature module, not by the shell.
# Questionnaire wording itself is in checks.ftl.
# Term choices (as in shell.ftl): "questionnaire" = 问卷; "score" = 得分; "diagnosis" = 诊断;
# "referral" = 转介申请; "refer yourself" = 自我转介; "keep" (a result) = 保存;
# "treatment threshold" = 治疗界限; "range" (band column) = 程度; "reliable" = 可靠的;
# "recovery" = 康复. Chinese has only the plural category "other", so no selectors are needed.

## Self-check list and questions

check-private = 您的答案只保存在这台设备上。除非您选择把结果加到转介申请里，否则什么都不会发送出去。
check-help-intro = 如果您担心自己的安全，请不要等着做问卷。
# Variables:
#   $count (Number) - how many questions count towards the score
check-question-count = { $count } 个问题
check-about-phq9 = 关于情绪低落和抑郁的问题，例如对事物失去兴趣、睡眠、精力，以及您怎么看待自己。
check-about-gad7 = 关于担忧和焦虑的问题，例如感到紧张、停不下担心，以及很难放松。
check-about-wsas = 关于您的问题如何影响您的工作、家庭生活、社交生活和人际关系的问题。
check-about-phobia = 关于因为害怕而回避某些情况的问题，例如社交场合、可能会惊恐发作的地方，或者某些特定的事物。
check-about-pcl5 = 关于经历非常有压力的事情之后的反应的问题，例如不想要的记忆、时刻提防，以及回避会让您想起这件事的东西。
check-about-other = 您所在的服务机构使用的一份问卷。
check-back-to-list = 所有问卷
# Variables:
#   $count (Number) - how many questions there are
check-intro-length = 一共有 { $count } 个问题。请选择最符合您情况的答案。只需要几分钟。
check-continue = 从上次停下的地方继续
check-start-again = 重新开始
# Variables:
#   $number (Number) - this question's number
#   $total (Number) - how many questions there are
check-question-progress = 第 { $number } 题，共 { $total } 题
check-error-choose = 请选择最符合您情况的答案
check-translation-official = 这份问卷使用的是这种语言的官方译本。
check-translation-none = 这份问卷还没有翻译成这种语言，所以显示英文版。
# Shown when a translation exists but has not been validated, and the service shows the official English instead.
check-wording-english-validated = 这些问题以英文显示，用的是经过测试的原始措辞。目前还没有经过计分验证的您所用语言的译本。页面的其他部分仍然使用您的语言。
# Shown only when a service has chosen to show translations that are not official.
check-wording-reviewed-unvalidated = 这份问卷是为这个服务机构翻译的，已经过审核人员检查，但它不是官方译本。得分只在官方措辞下经过测试，所以您的结果可能没有平时那么准确。
check-wording-unreviewed-unvalidated = 这份问卷是为这个服务机构翻译的，但还没有人检查过译文。得分只在官方措辞下经过测试，所以您的结果可能没有平时那么准确。
check-wording-machine-unvalidated = 这份问卷由电脑自动翻译，还没有人检查过译文。得分只在官方措辞下经过测试，所以您的结果可能没有平时那么准确。

## Self-check safety page

check-safety-title = 谢谢您告诉我们
check-safety-lead = 您说您曾有过不如死掉的念头，或者伤害自己的念头。您不必独自面对这些。
check-safety-body = 如果您觉得自己可能会按这些念头去做，或者您无法保证自己的安全，请立即求助。这些服务都是免费的，他们会倾听您。
check-safety-continue-hint = 等您准备好了，可以继续回答问题，然后查看结果。
check-safety-continue = 继续

## Self-check results

# Variables:
#   $name (String) - the questionnaire's name
check-result-title = 您的结果：{ $name }
# Variables:
#   $score (String) - the total score, e.g. 12 or 21.25
#   $max (Number) - the highest possible score
check-result-score = 您的得分是 { $score } 分（满分 { $max } 分）。
check-result-risk = 您告诉我们，您曾有过不如死掉的念头，或者伤害自己的念头。请不要等待：现在就可以得到帮助。
check-result-prorated = 有一个问题没有回答，或者不适用于您，所以这个总分是根据您的其他答案推算出来的。
check-result-items-caption = 您每一题的答案
check-result-item = 问题
check-result-item-score = 您的答案（0 到 8）
check-result-item-note = 备注
check-result-not-title = 这个结果不代表什么
check-result-not-diagnosis = 这不是诊断。得分只是大致反映您最近的感受。它不能告诉您哪里出了问题，也不能决定您是否值得得到帮助。
check-result-any-score = 无论您得多少分，只要您觉得日子不好过，都可以寻求帮助。不需要得分很高，别人才会认真对待您。
check-result-next-title = 接下来您可以做什么
check-result-next-learn = 了解有什么方法能帮到您，并试试一些自助方法
check-result-next-refer = 自我转介，申请谈话治疗
check-result-next-help = 如果需要，请立即求助
check-result-print = 打印或保存这些结果
check-result-keep = 把这个结果保存在这台设备上
check-result-kept = 已保存在这台设备上。
check-result-cannot-keep = 这个浏览器不允许 Waymark 保存任何内容，所以无法保存这个结果。您可以把它打印出来，或者保存为 PDF 文件。
check-result-unavailable = 无法为这些答案计分

## Self-check history

# Variables:
#   $name (String) - the questionnaire's name
check-history-title = 您保存的结果：{ $name }
check-history-link = 查看您在这台设备上保存的结果
check-history-empty = 您还没有在这台设备上保存过这份问卷的任何结果。
check-history-unavailable = 这个浏览器不允许 Waymark 保存任何内容，所以无法在这里保存结果。
check-history-unreadable = 有些保存的结果无法读取，可能是因为它们是由旧版本的 Waymark 保存的。这些结果不会显示。
check-history-chart-title = 您的得分随时间的变化。下面的表格里有同样的得分。
# Variables:
#   $score (Number) - the score from which NHS Talking Therapies counts a "case"
check-history-caseness = 治疗界限：{ $score } 分
check-history-table-caption = 保存的结果
check-history-date = 日期
check-history-score = 得分
check-history-band = 程度
check-history-actions = 操作
check-history-delete = 删除
check-history-delete-all = 删除所有保存的结果
check-history-compare-title = 比较两次结果
check-history-compare-from = 较早的结果
check-history-compare-to = 较晚的结果
check-history-improved = 在这两次结果之间，您的得分下降的幅度足够大，可以算作可靠的好转。
check-history-deteriorated = 在这两次结果之间，您的得分上升的幅度足够大，可以算作可靠的变差。找人谈一谈可能会有帮助。
check-history-no-change = 在这两次结果之间，您的得分变化不够大，无法确定这不只是日常的起起伏伏。
check-history-change-unknown = 这份问卷没有公认的“可靠变化”标准，所以我们不比较这两次得分。
check-history-recovered = 把您的抑郁问卷和焦虑问卷放在一起看，您在两份问卷上的得分都已经从治疗界限以上降到了界限以下。NHS 谈话治疗把这称为康复。
check-history-reliably-recovered = 把您的抑郁问卷和焦虑问卷放在一起看，您在两份问卷上的得分都已经降到治疗界限以下，并且有可靠的好转。NHS 谈话治疗把这称为可靠康复。
check-history-not-recovered = 把您的抑郁问卷和焦虑问卷放在一起看，您还没有在两份问卷上都降到治疗界限以下。
check-history-not-case = 把您的抑郁问卷和焦虑问卷放在一起看，您较早的答案已经在治疗界限以下，所以不适用“康复”这个说法。
check-history-reliable-change-explained = 当变化在 PHQ-9 上达到 6 分或以上，或在 GAD-7 上达到 4 分或以上时，NHS 谈话治疗就把它算作可靠的变化，而不是平常的起起伏伏。

## Carrying results into a referral

check-result-referral-title = 把这些答案和转介申请一起发送
check-result-referral-body = 如果您自我转介，可以把这些答案和转介申请一起发送，这样服务机构就能知道您最近的感受。只有在您选择发送转介申请时，这些答案才会被发送；在发送之前，您也可以把它们删掉。
check-result-referral-add = 把这些答案加到我的转介申请里

## Result compared with the person's last kept result

check-result-harder-title = 情况可能变得更困难了
# Variables:
#   $before (String) - the score of the last kept result
#   $after (String) - the score now
check-result-harder-worse = 您的得分是 { $after } 分，上次是 { $before } 分。这么大的上升超出了平常的起起伏伏。
check-result-harder-highest = 您的得分处于这份问卷的最高程度。
check-result-harder-tell = 如果您正在等待服务机构的安排，请告诉他们情况有了变化。请拨打：
# Variables:
#   $reference (String) - the referral's short reference
check-result-harder-reference = 请提供您的转介申请编号：{ $reference }。
check-result-harder-waiting = 等待期间有什么能帮到您

## Telling the service online that things have changed

check-result-update-title = 或者在网上告诉服务机构
check-result-update-words = 有什么变化？
check-result-update-words-hint = 比如，您最近的感受，或者任何让等待变得更难熬的事情。服务机构会把这些内容和您的转介申请一起阅读。
check-result-update-error-empty = 请用几句话说说有什么变化
check-result-update-error-long = 变化的内容不能超过 1000 个字符
check-result-update-error-result = 这个结果不完整，所以无法发送。请只发送您写的内容，或者打电话给服务机构。
# Variables:
#   $name (String) - the questionnaire's name
check-result-update-include = 附上这次 { $name } 的结果和您的答案
check-result-update-what-goes = 服务机构会收到您写的内容和您的转介申请编号；如果您勾选了方框，还会收到这次结果，以及您上次保存的同一份问卷的结果。不会发送任何其他内容。
check-result-update-send = 发送给服务机构
check-result-update-waiting = 您的消息已保存在这台设备上，正在发送。只要 Waymark 开着（无论在哪个页面），它就会继续尝试。服务机构收到后，这个页面会告诉您。
check-result-update-accepted = 服务机构已收到您的消息。
check-result-update-rejected = 服务机构无法在线接收您的消息。请拨打：
check-result-update-cannot = 抱歉，这个浏览器无法安全地发送您的消息。请改为打电话给服务机构。
