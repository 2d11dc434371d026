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
