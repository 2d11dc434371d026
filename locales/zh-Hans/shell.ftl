# Waymark interface strings for the app shell, Chinese Simplified (zh-Hans), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Ids are scoped by where they appear: app- (shell), home-, learn-, check-,
# refer-, help-, privacy-, not-found-, crisis-, quick-exit-, language-,
# admin-error- (the page a service's admin sees when config.json is broken).
# Term choices (mainland conventions, polite "您"): "talking therapies" = 谈话治疗;
# "refer yourself" = 自我转介 (自己申请); "referral" = 转介申请; "GP" = GP（家庭医生）;
# "device" = 设备; "questionnaire" = 问卷; "diagnosis" = 诊断; "interpreter" = 口译员;
# "A&E" = A&E（医院急诊室）; "crisis" = 危机. Half-width spaces between Chinese and Latin/digits.

## App shell

app-loading = 正在加载…
app-skip-link = 跳到主要内容
app-help-now = 立即求助
app-nav-label = 主菜单
app-nav-home = 首页
app-nav-learn = 了解与自助
app-nav-check = 了解自己的感受
app-nav-refer = 自我转介
app-nav-privacy = 隐私与设置
app-storage-unavailable = 这个浏览器不允许 Waymark 保存任何内容，所以关闭此页面后，什么都不会被记住。其他功能都可以正常使用。
app-footer-not-crisis = 谈话治疗不是紧急服务。
app-referral-waiting = 这台设备上保存着您的一份转介申请，还没有送达服务机构。
app-referral-waiting-link = 查看并发送
needs-app-body = 网站的这一部分需要较新的网页浏览器，或者需要开启 JavaScript。您仍然可以自我转介，或者向服务机构咨询任何问题：
needs-app-phone = 致电
needs-app-email = 发电子邮件至
needs-app-help = 如果您现在就需要帮助：
app-saved-unreadable = 这台设备上保存的一些答案无法重新读取。它们已被单独存放，没有删除。您可以在隐私页面查看保存了什么，并删除这些内容。
feature-failed-title = 这部分服务无法加载
feature-failed-body = 请检查网络连接，然后重新加载页面。如果您现在就需要帮助，请点击页面顶部的“立即求助”链接。

## Shared-device mode (outreach tablets)

shared-notice = 共享设备：您结束使用后，这里不会保留任何个人信息。
shared-finish = 结束并清除
shared-unsent-warning = 有一份转介申请还没有发送。它只保存在这个页面上，如果现在结束，它就会丢失。请等它发送完成，或者用其他方式记下这个人的信息。
shared-finish-anyway = 仍然结束
shared-finish-when-sent = 等待，发送后再结束
shared-waiting-to-send = 正在等待服务机构收到转介申请。收到后，此页面会自动清除。
shared-unsent-call = 或者打电话给服务机构，通过电话转介：
shared-timeout-title = 您还在吗？
# Variables:
#   $seconds (Number) - seconds until everything on this page is cleared
# No plural select: Chinese has only the plural category "other".
shared-timeout-body = 为了保护隐私，此页面上的所有内容将在 { $seconds } 秒后清除。
shared-timeout-continue = 我还在

## Quick exit

quick-exit-label = 快速离开
quick-exit-button = 离开此页面
quick-exit-hint = 或者连按 3 次 Shift 键。

## Language switcher

language-switcher-label = 语言
language-switcher-failed = 抱歉，无法加载这种语言。请检查网络连接后再试一次。

## Home

home-title = 谈话治疗：为您的情绪和感受提供支持
# Variables:
#   $service (String) - the service's name from its configuration
home-lead = { $service } 为感到情绪低落、焦虑或压力大的成年人提供免费的 NHS 谈话治疗。您可以在这里了解常见的问题，看看自己最近的感受，还可以自己申请治疗（自我转介）。
home-learn-title = 了解知识，试试自助方法
home-learn-body = 了解情绪低落、担忧、惊恐发作、睡眠等问题，还有今天就能试试的简短练习。
home-check-title = 了解自己最近的感受
home-check-body = 回答几个简短的问题。您的答案只保存在这台设备上。
home-refer-title = 自我转介
home-refer-body = 您不需要先去看 GP（家庭医生）。
home-not-crisis = 如果您现在就需要帮助，请不要等待。

## Learn

learn-title = 了解知识，试试自助方法
learn-lead = 关于常见问题的信息，以及能帮您感觉好一些的方法。
learn-refer-link = 自我转介，申请谈话治疗
learn-loading = 正在加载…
learn-pack-failed = 无法加载自助主题。请检查网络连接后再试一次。
learn-topics-title = 主题
learn-for-me-title = 适合我的资料
learn-for-me-hint = 选择一个群体，查看专门为和您情况相似的人编写的资料。Waymark 不会记住您的选择。
learn-for-me-label = 显示适合以下人群的资料
learn-for-me-everyone = 所有人
learn-for-me-intro = 为这个群体编写：
learn-related-topics = 可能有帮助的主题
learn-all-topics = 所有主题
learn-not-found = 没有这个名称的主题。它可能已经移到别处了。
# Variables:
#   $language (String) - the name of the reader's language, in that language
learn-unavailable = 这个页面暂时还没有{ $language }版本。
learn-read-in-english = 阅读英文版
learn-in-english-note = 这个页面还没有翻译，所以显示英文版。
learn-status-reviewed = 已经过临床专业人员审核。
learn-status-draft = 尚未经过临床专业人员审核。
learn-status-machine = 由电脑自动翻译，还没有经过人工审核。有些词语可能不准确。
learn-tools-label = 页面工具
learn-read-aloud = 朗读
learn-stop-reading = 停止朗读
learn-text-size = 文字大小
learn-text-size-standard = 标准
learn-text-size-large = 大
learn-text-size-largest = 最大
learn-print = 打印此页
learn-next-title = 接下来您可以做什么
learn-next-check = 了解自己最近的感受
learn-next-refer = 自我转介，申请谈话治疗
learn-next-help = 如果您无法保证自己的安全，请立即求助

## Check

check-title = 了解自己最近的感受
check-lead = 许多 NHS 谈话治疗服务都在使用的简短问卷。
check-not-a-diagnosis = 您的答案可以帮您想一想自己最近的状态。这些答案不是诊断。
## Refer

refer-title = 自我转介
# Variables:
#   $service (String) - the service's name from its configuration
refer-lead = 您可以自己向 { $service } 申请（自我转介）。您不需要先去看 GP（家庭医生）。
refer-online-coming = 这个版本的 Waymark 还不能在线填写申请表。您可以打电话自我转介。
refer-not-online = 这个服务机构不接受在线转介申请。您可以打电话自我转介。
refer-by-phone = 打电话转介
refer-by-email = 或者发电子邮件：
refer-what-next = 服务机构的工作人员会和您谈一谈什么可能对您有帮助，以及您可能需要等多久。

## Get help now

help-title = 立即求助
help-lead = 如果您觉得无法保证自己的安全，或者您正处于危机之中，请马上求助。
help-not-crisis-service = 谈话治疗服务不是危机服务，但等您安全以后，它们可以帮助您。

## Crisis routes (England). Every number is a variable filled from
## src/core/crisis.json: never write a crisis number in a translation.

# Variables:
#   $number (String) - the emergency number, 999
crisis-emergency-title = 如果您现在有生命危险，请拨打 { $number } 或去 A&E（医院急诊室）。
crisis-emergency-body = 例如，您严重伤害了自己，或者您觉得无法保证自己的安全。
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-title = NHS { $number }，选项 { $option }
# Variables:
#   $number (String) - the NHS number to call, 111
#   $option (Number) - the option to choose for mental health, 2
crisis-nhs111-body = 拨打 { $number }，选择选项 { $option }，就可以联系 24 小时 NHS 心理健康危机热线，适用于所有年龄的人。可以提供口译员。
crisis-samaritans-body = 免费电话，白天黑夜都可以打，什么都可以聊。
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text, 85258
crisis-shout-text-body = 如果您更愿意发短信而不是打电话，可以发送短信 { $keyword } 到 { $number }，白天黑夜都可以。
# Variables:
#   $age (Number) - the line is for people younger than this, 35
crisis-papyrus247-body = 为有自杀念头的 { $age } 岁以下人士，以及担心他们的人提供帮助。白天黑夜都开放，可以打电话，也可以发短信。
# Variables:
#   $age (Number) - the line is for people younger than this, 19
crisis-childline-age-body = 为 { $age } 岁以下的儿童和青少年提供帮助。
# A link that opens a text message with the word already written.
# Variables:
#   $keyword (String) - the word to send, SHOUT
#   $number (String) - the number to text
crisis-text-keyword = 发送短信 { $keyword } 到 { $number }
# A link that opens a text message.
# Variables:
#   $number (String) - the number to text
crisis-text-number = 发送短信到 { $number }

## Privacy and settings

privacy-title = 隐私与设置
privacy-lead = Waymark 在您的浏览器里运行。它不使用 Cookie，不跟踪您，也没有广告。
privacy-kept-title = 这台设备上保存了什么
privacy-kept-nothing = 这台设备上没有保存任何内容。
privacy-stored-language = 您选择的语言。
privacy-stored-check-progress = 您还没有做完的问卷答案（只保存到您关闭这个标签页为止）。
privacy-stored-history = 您选择保存的问卷结果。
privacy-stored-referral-draft = 您还没有发送的转介申请答案。
privacy-stored-outbox-undelivered = 还没有送达服务机构的转介申请。
privacy-stored-receipts = 服务机构已收到的转介申请的编号及日期。不包括您的任何答案。
privacy-stored-unreadable = 这台设备无法重新读取的已保存答案或转介申请，已单独存放，没有删除。
privacy-stored-text-size = 您选择的阅读文字大小。
privacy-stored-shared-device = 共享设备模式的设置（包括工作人员代码，已处理成无法读取的形式）。
privacy-delete-all = 删除这台设备上保存的所有内容
privacy-deleted-everything = Waymark 在这台设备上保存的所有内容都已删除，包括为离线阅读而保存的页面。
privacy-delete-unsent-warning = 有一份转介申请还没有送达服务机构。如果现在删除所有内容，它将不会被发送。
privacy-delete-anyway = 仍然删除所有内容
privacy-shared-title = 共享设备模式（供社区外展工作人员使用）
# Variables:
#   $minutes (Number) - minutes without use before everything is cleared
privacy-shared-explained = 请在一天内有多人使用的平板电脑上使用此模式。设备上不会保留任何个人信息；当您按下“结束并清除”，或者 { $minutes } 分钟无人使用后，所有内容都会被清除。
privacy-worker-title = 供社区外展工作人员使用：这台设备上等待送达的转介申请
privacy-worker-check = 检查
# Variables:
#   $count (Number) - referrals on this device the service has not received yet
privacy-worker-waiting = { $count ->
    [0] 这台设备上没有等待送达的转介申请。
   *[other] 这台设备上有 { $count } 份转介申请正在等待送达服务机构。请让 Waymark 保持打开并联网，直到发送完成。
}
privacy-shared-sealed-kept = 唯一的例外是还没有送达服务机构的转介申请。在发送之前，它会保存在设备上，并被锁定，只有服务机构才能打开。使用这台设备的任何人都无法看到它，也无法看到它是谁提交的。
privacy-shared-by-service = 服务机构已为所有设备开启此模式。
privacy-shared-is-on = 这台设备已开启共享设备模式。
privacy-shared-code-label = 工作人员代码
privacy-shared-code-hint = 至少 4 位数字。关闭此模式时需要这个代码，这样您正在帮助的人就无法关闭它。
privacy-shared-turn-on = 在这台设备上开启
privacy-shared-turn-off = 关闭
privacy-shared-code-error = 请输入至少 4 位数字的工作人员代码。
privacy-shared-wrong-code = 这不是这台设备的工作人员代码。
privacy-private-browsing-title = 如果其他人也使用这台设备
privacy-private-browsing-body = 请使用无痕（隐私）浏览窗口。这样关闭窗口后，这次访问的内容都不会留在浏览器里。
privacy-history-body = 任何网站都无法删除您的浏览记录。如果您担心有人会查看，可以在浏览器的设置里删除浏览记录。
privacy-sent-title = 会发送什么
privacy-sent-body = 除非您发送转介申请，否则任何内容都不会离开这台设备。转介申请只会发送给服务机构。
privacy-notice-link = 阅读服务机构的隐私声明
privacy-admin-warnings = 供服务机构管理员查看：配置警告

## Not found

not-found-title = 找不到页面
not-found-body = 如果您是自己输入的网址，请检查是否正确。如果您是点击链接进来的，这个页面可能已经移到别处了。
not-found-home = 返回首页

## Configuration error (for the service's admin)

admin-error-title = 抱歉，这项服务现在无法使用
admin-error-public = 如果您现在就需要帮助：
admin-error-for-admins = 供服务机构管理员查看
admin-error-file = 文件
admin-error-field = 字段
admin-error-problem = 问题
admin-error-docs = 每个字段及其格式，请参阅 docs/configuration.md。
# Variables:
#   $file (String) - the configuration file's name
#   $reason (String) - why it could not be loaded, e.g. "the server answered HTTP 404"
admin-error-unavailable = 无法加载 { $file }：{ $reason }。
# Variables:
#   $file (String) - the configuration file's name
#   $line (Number) - line of the error
#   $column (Number) - column of the error
#   $detail (String) - the JSON parser's description
admin-error-not-json = { $file } 在第 { $line } 行第 { $column } 列不是有效的 JSON：{ $detail }。
# Variables:
#   $detail (String) - what the value should have been, from the parser
admin-error-wrong-shape = 这个值缺失或类型错误：{ $detail }。
admin-error-empty = 这个值不能为空。
admin-error-not-secure-url = 这个值必须是 https:// 地址。只有在测试时，127.0.0.1 或 localhost 才可以使用 http://。
admin-error-not-email = 这个值不是电子邮件地址。
admin-error-no-known-language = 这个版本的 Waymark 不支持列出的任何一种语言。
admin-error-not-public-key = 这个值不是由“receiver keygen”生成的公钥（43 个字符，只能是字母、数字、- 或 _）。
admin-error-no-parent-origin = 已开启嵌入功能，但没有允许任何网站嵌入 Waymark。请在 embed.allowed_parent_origins 中列出每个网站。
admin-error-not-origin = 这个值必须是网站的源（origin），例如 https://www.example.nhs.uk，不能包含路径，也不能包含 *。
admin-error-out-of-range = 这个数字必须大于 0，且不超过 120 分钟。
admin-error-out-of-range-days = 这个数字必须是 1 到 365 之间的整数天数。
admin-error-not-phone-number = 这个值必须是人们可以拨打的电话号码，例如 ⁦0113 496 0000⁩ 或 ⁦+44 113 496 0000⁩。
admin-error-wrong-crisis-number = 这条热线用的是某条全国危机热线的名称，但它的号码不是那条热线自己的号码。请检查号码，或者给这条热线起您服务机构自己的名称。

## Forms (shared by the self-check and referral pages)

check-back = 返回
check-start = 现在开始
check-next = 继续
check-error-prefix = 错误：
check-error-summary-title = 出现了问题

## While you wait (waiting/): after a referral, until the first appointment

waiting-title = 等待期间
waiting-lead = 自我转介之后会发生什么、可能需要多长时间，以及在此期间有什么能帮到您。
waiting-next-title = 接下来会怎样
# Variables:
#   $days (Number) - working days within which the service contacts a new referral
waiting-first-contact = 服务机构会在收到您的转介申请后 { $days } 个工作日内联系您，安排第一次谈话（评估）。
# Variables:
#   $weeks (Number) - how many weeks people usually wait now for a first appointment
waiting-typical-wait = 目前，从那之后到第一次预约，通常需要{ $weeks ->
    [0] 不到一周
   *[other] 大约 { $weeks } 周
}。
# Variables:
#   $date (String) - when the service last checked the wait, written for the reader's language
waiting-typical-updated = （服务机构最近一次核实这一信息是在 { $date }。）
waiting-contact-title = 如需询问或取消您的转介申请
waiting-contact-body = 请联系服务机构。如果您有编号，请提供编号。
waiting-contact-phone = 电话：
waiting-contact-email = 电子邮件：
waiting-help-title = 等待期间有什么能帮到您
waiting-help-learn = 了解常见问题，并试试其中的练习
waiting-help-check = 了解自己的感受，并把结果保存在这台设备上，以便以后比较
waiting-harder-title = 如果等待期间情况变得更困难
waiting-harder-body = 如果您感觉更糟，或者情况有了变化，请告诉服务机构。请拨打：
waiting-harder-crisis = 如果您觉得无法保证自己的安全，请不要等待：
waiting-device-title = 在这台设备上
waiting-no-reference = 这台设备上没有转介申请的编号。如果您是在另一台设备上自我转介的，或者已经删除了编号，服务机构可以通过您的姓名和出生日期找到您的转介申请。
# Variables:
#   $reference (String) - the referral's short reference
#   $date (String) - the date the service received the referral, written for the reader's language
waiting-reference = 您的转介申请编号是 { $reference }。服务机构于 { $date } 收到了您的转介申请。
# Variables:
#   $date (String) - the last day by which the service expects to contact the person, written for the reader's language
waiting-call-by = 也就是说，最迟在 { $date } 之前（不计公共假日）。
waiting-call-calendar = 把这个日期添加到您的日历（在这台设备上生成的文件）
# Variables:
#   $service (String) - the service's name
waiting-call-event = { $service } 预计最迟今天联系您
# Variables:
#   $reference (String) - the referral's short reference
waiting-event-reference = 您的转介申请编号是 { $reference }。
waiting-calendar-privacy = 日历文件在这台设备上生成，不会发送到任何地方。日历条目中会写有服务机构的名称：任何能看到您日历的人都能看到它。
waiting-check-in-title = 每 2 周检查一次自己的状况
waiting-check-in-body = 每 2 周重复做同一份问卷，可以看出情况是否在变化。如果某次检查显示情况变得更困难，Waymark 会告诉您，并说明如何告知服务机构。
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-due = { $name }：现在该做检查了
# Variables:
#   $name (String) - the questionnaire's name
#   $date (String) - the date of the next check-in, written for the reader's language
waiting-check-in-next = { $name }：下次检查在 { $date }
waiting-check-in-calendar = 在日历中添加提醒
# Variables:
#   $name (String) - the questionnaire's name
waiting-check-in-event = 检查：{ $name }
waiting-check-in-event-body = 在 Waymark 中重新做一次问卷，看看情况是否在变化。
waiting-check-in-none = 当您在这台设备上保存 PHQ-9 或 GAD-7 的结果后，此页面会显示什么时候该再做一次。
waiting-check-in-not-kept = 这台设备不保存问卷结果，所以无法提醒您什么时候该做检查。
waiting-print = 打印此页，或保存为 PDF 文件
refer-sent-waiting-link = 等待期间：接下来会怎样、可能需要多长时间，以及有什么能帮到您

## Waiting plans (While you wait), the storage-full notice and the privacy page's plan line

app-storage-full = 这台设备的存储空间已满，所以您现在输入的内容只保存在这个页面里：一旦关闭页面，内容就会丢失。请在关闭页面之前做完手上的事（只要页面还开着，转介申请仍然会发送出去），或者打电话给服务机构。在浏览器设置中腾出空间后，Waymark 就可以重新保存内容。
privacy-stored-waiting-plan = 您开始的等待期计划，以及您勾选的步骤。
waiting-plan-title = 未来几周的计划
waiting-plan-body = 每周几个小步骤，都来自“了解与自助”中的练习。您可以在这里勾选已经完成的步骤。计划只保存在这台设备上，您随时可以删除。
waiting-plan-question = 现在什么对您最有帮助？
waiting-plan-suggested-hint = 根据您保存的问卷结果，其中一个计划标为“推荐”。请选择您觉得合适的那一个。
waiting-plan-suggested = 推荐
waiting-plan-start = 开始这个计划
waiting-plan-unreadable = 无法读取您保存的计划：它可能来自旧版本的 Waymark，或者在这台设备上被改动过。请在下面选择一个计划重新开始。只有在您这样做时，旧计划才会被替换。
# Variables:
#   $week (Number) - the week of the plan, from 1
waiting-plan-week = 第 { $week } 周
waiting-plan-this-week = 本周
# Variables:
#   $week (Number) - the week of the plan it is now, from 1
waiting-plan-week-now = 现在是您计划的第 { $week } 周。
waiting-plan-after-end = 计划的每一周您都已经走完了。请继续做对您有帮助的步骤，也可以回头做之前错过的步骤。
# Variables:
#   $done (Number) - steps ticked off
#   $total (Number) - steps in the plan
waiting-plan-progress = 已完成 { $done } 个步骤，共 { $total } 个。
# Variables:
#   $topic (String) - the title of the Learn topic that explains the step
waiting-plan-step-how = 具体做法：{ $topic }
waiting-plan-kept = 您的计划和勾选的步骤只保存在这台设备上。在隐私页面上“删除这台设备上保存的所有内容”，也会把它们一起删除。
waiting-plan-stop = 停止并删除这个计划
waiting-plan-not-shared = 计划只能保存在您自己的设备上，所以这台共享设备不提供计划。
waiting-plan-not-kept = 这个浏览器不允许 Waymark 保存任何内容，所以无法在这里保存计划。
