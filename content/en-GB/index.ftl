# Titles and one-line summaries of the content pack (en-GB, the source locale).
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.

## Topics

low-mood = Low mood and depression
    .summary = Feeling down, empty or not enjoying things for weeks at a time.
worry = Worry and anxiety
    .summary = Worries that are hard to stop and take up a lot of your day.
panic = Panic attacks
    .summary = Sudden rushes of fear with a racing heart, and how to ride them out.
social-anxiety = Social anxiety
    .summary = A strong fear of being judged or embarrassed in front of other people.
health-anxiety = Health anxiety
    .summary = Worrying so much about being ill that it takes over your days.
trauma = Trauma and PTSD
    .summary = When something frightening that happened still affects how you feel now.
ocd = Obsessive-compulsive disorder (OCD)
    .summary = Unwanted thoughts that keep coming back, and urges to do things again and again.
phobias = Phobias
    .summary = A very strong fear of something, like spiders, heights or needles, that makes you avoid it.
sleep = Sleep problems
    .summary = Finding it hard to get to sleep or stay asleep, and what can help.
stress = Stress
    .summary = Feeling under too much pressure, and ways to ease the load.
long-term-conditions = Living with a long-term physical condition
    .summary = Looking after your mood and worries when you live with a long-term health problem.
new-parents = Pregnancy and new parents
    .summary = Low mood, worry and other strong feelings during pregnancy and after having a baby.
grief = Grief and loss
    .summary = Coping after losing someone or something important, and help when grief feels stuck.

## Audiences

older-adults = Older adults
    .summary = For people in later life, and the people who care about them.
young-people = Young people (16 to 25)
    .summary = For people aged 16 to 25 who are finding things hard at school, college, university, work or home.
parents = New and expecting parents
    .summary = For mums, dads and partners who are expecting a baby or looking after a baby or young child.
long-term-health = Living with a long-term health condition
    .summary = For people living with a long-term physical condition such as diabetes, heart or lung disease, or long-term pain.
black-african-caribbean = Black African and Caribbean communities
    .summary = For people of Black African, Black Caribbean and Black British heritage, and their families.
south-asian = South Asian communities
    .summary = For people whose families have roots in India, Pakistan, Bangladesh, Sri Lanka, Nepal and nearby countries.
faith = People of faith
    .summary = For people whose faith matters to them, whether Muslim, Christian, Hindu, Sikh, Jewish, Buddhist or another faith.
lgbtq = LGBTQ+ people
    .summary = For lesbian, gay, bisexual, trans, non-binary and queer people, and anyone still working out who they are.
refugees = Refugees and people seeking asylum
    .summary = For people who had to leave their home country, whether they are waiting for a decision or already have refugee status.
veterans = Armed forces veterans
    .summary = For people who have served in the UK armed forces, including reservists, and their families.
carers = Carers
    .summary = For anyone who looks after a family member, partner or friend without being paid.

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = Lifting low mood, one small step at a time
    .summary = Based on behavioural activation: planning small things you value or enjoy, even before you feel like it.
plan-low-mood-understand = Read what low mood is and how it can keep itself going
plan-low-mood-one-small-thing = Plan one small thing for each day this week, and do it
plan-low-mood-activity-diary = Keep an activity diary for a week, and notice what lifts your mood
plan-low-mood-sleep-routine = Get up at the same time each day, whatever the night was like
plan-low-mood-build-up = Add one more activity you value each day, building on what helped
plan-worry = Getting on top of worry
    .summary = Based on worry time: putting worries off to a set time each day, and sorting the ones you can act on from the ones you cannot.
plan-worry-understand = Read what worry is and why it can be hard to stop
plan-worry-worry-time = Set a worry time of 15 to 20 minutes each day, and write worries down until then
plan-worry-worry-tree = Use the worry tree: can I do anything about this now?
plan-worry-problem-solving = Pick one practical problem and work through the problem-solving steps
plan-worry-keep-going = Keep your worry time going, and notice which worries still matter by then
plan-panic = Riding out panic
    .summary = Understanding what happens in your body during panic, and learning that the feelings pass without doing anything to stop them.
plan-panic-understand = Read what happens in your body during a panic attack
plan-panic-paced-breathing = Practise slow breathing for 5 minutes each day, when you are calm
plan-panic-stay-with-it = When panic comes, stay where you are and let the feeling rise and fall
plan-panic-stress-bucket = Draw your stress bucket: what fills it, and what lets some out
plan-panic-keep-going = Keep practising: each time panic comes, stay with it and notice that it passes
