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
