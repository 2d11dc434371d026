# Titles and one-line summaries of the content pack, Chinese Simplified (zh-Hans),
# translated from en-GB. Message ids are the ids in content/pack.json; the value is
# the title and .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = 情绪低落和抑郁
    .summary = 一连几个星期心情低落、感到空虚，或者对什么都提不起兴趣。
worry = 担忧和焦虑
    .summary = 停不下来的担忧，占据了您一天中的大量时间。
panic = 惊恐发作
    .summary = 突然涌上来的强烈恐惧，伴随心跳加速，以及怎样平稳度过。
sleep = 睡眠问题
    .summary = 难以入睡或睡不安稳，以及什么方法可以帮到您。
stress = 压力
    .summary = 感到压力太大，以及减轻负担的方法。

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = 改善低落的情绪，一次一小步
    .summary = 基于行为激活：即使还没有心情，也先安排一些您看重或喜欢的小事。
plan-low-mood-understand = 读一读什么是情绪低落，以及它为什么会自己持续下去
plan-low-mood-one-small-thing = 这个星期每天安排一件小事，并去做
plan-low-mood-activity-diary = 记一个星期的活动日记，留意哪些事情能让心情好一些
plan-low-mood-sleep-routine = 每天在同一时间起床，不管前一晚睡得怎么样
plan-low-mood-build-up = 在对您有帮助的事情的基础上，每天再多做一件您看重的活动
plan-worry = 管住担忧
    .summary = 基于担忧时间：把担忧推迟到每天固定的时间再去想，并把您能采取行动的担忧和无法控制的担忧区分开来。
plan-worry-understand = 读一读什么是担忧，以及为什么它很难停下来
plan-worry-worry-time = 每天留出 15 到 20 分钟作为担忧时间，在那之前先把担忧写下来
plan-worry-worry-tree = 使用担忧树：对这件事，我现在能做些什么吗？
plan-worry-problem-solving = 挑一个实际问题，按照解决问题的步骤一步一步来
plan-worry-keep-going = 继续坚持担忧时间，留意到了那个时候，哪些担忧仍然重要
plan-panic = 平稳度过惊恐
    .summary = 了解惊恐发作时身体里发生了什么，并明白：即使不做任何事去阻止，这些感觉也会过去。
plan-panic-understand = 读一读惊恐发作时身体里发生了什么
plan-panic-paced-breathing = 在平静的时候，每天练习放慢呼吸 5 分钟
plan-panic-stay-with-it = 惊恐来了的时候，待在原地，让那种感觉涨起来，再落下去
plan-panic-stress-bucket = 画出您的压力水桶：什么在往里倒压力，什么能把一些压力放出去
plan-panic-keep-going = 继续练习：每次惊恐来了，都和那种感觉待在一起，留意它会自己过去
