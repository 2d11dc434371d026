### Self-check questionnaires: names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is the published English wording: do not edit it.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = PHQ-9 depression questionnaire
phq9-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
phq9-recall-period = Over the last 2 weeks

phq9-item-1 = Little interest or pleasure in doing things
phq9-item-2 = Feeling down, depressed, or hopeless
phq9-item-3 = Trouble falling or staying asleep, or sleeping too much
phq9-item-4 = Feeling tired or having little energy
phq9-item-5 = Poor appetite or overeating
phq9-item-6 = Feeling bad about yourself — or that you are a failure or have let yourself or your family down
phq9-item-7 = Trouble concentrating on things, such as reading the newspaper or watching television
phq9-item-8 = Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual
phq9-item-9 = Thoughts that you would be better off dead, or of hurting yourself in some way
phq9-item-difficulty = If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?

phq9-option-0 = Not at all
phq9-option-1 = Several days
phq9-option-2 = More than half the days
phq9-option-3 = Nearly every day

phq9-difficulty-option-0 = Not difficult at all
phq9-difficulty-option-1 = Somewhat difficult
phq9-difficulty-option-2 = Very difficult
phq9-difficulty-option-3 = Extremely difficult

phq9-band-minimal = Minimal
phq9-band-minimal-explanation = Your answers suggest few or no signs of depression over the last 2 weeks. This is information to help you, not a diagnosis. If you are finding things hard, you still deserve support, and you can still ask for help.
phq9-band-mild = Mild
phq9-band-mild-explanation = Your answers suggest some signs of depression over the last 2 weeks, in the range usually called mild. This is not a diagnosis. Support can help at any level, and you can ask for it if things feel hard.
phq9-band-moderate = Moderate
phq9-band-moderate-explanation = Your answers suggest signs of depression over the last 2 weeks in the range usually called moderate. This is not a diagnosis. Many people with answers like yours find talking therapies helpful, and you can refer yourself.
phq9-band-moderately-severe = Moderately severe
phq9-band-moderately-severe-explanation = Your answers suggest signs of depression over the last 2 weeks in the range usually called moderately severe. This is not a diagnosis, and it says nothing about you as a person. Treatment helps many people feel better: you could refer yourself, or talk to your GP.
phq9-band-severe = Severe
phq9-band-severe-explanation = Your answers suggest signs of depression over the last 2 weeks in the range usually called severe. This is not a diagnosis, and you do not have to manage this on your own. Treatment helps many people feel better: you could refer yourself, or talk to your GP about the options.

phq9-caseness-explanation = NHS Talking Therapies services treat a score of 10 or more on this questionnaire as a sign that depression may be affecting you enough for treatment to help. Whatever your score, you can ask for help.

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = GAD-7 anxiety questionnaire
gad7-stem = Over the last 2 weeks, how often have you been bothered by any of the following problems?
gad7-recall-period = Over the last 2 weeks

gad7-item-1 = Feeling nervous, anxious, or on edge
gad7-item-2 = Not being able to stop or control worrying
gad7-item-3 = Worrying too much about different things
gad7-item-4 = Trouble relaxing
gad7-item-5 = Being so restless that it is hard to sit still
gad7-item-6 = Becoming easily annoyed or irritable
gad7-item-7 = Feeling afraid, as if something awful might happen
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?
gad7-difficulty-option-0 = Not difficult at all
gad7-difficulty-option-1 = Somewhat difficult
gad7-difficulty-option-2 = Very difficult
gad7-difficulty-option-3 = Extremely difficult

gad7-option-0 = Not at all
gad7-option-1 = Several days
gad7-option-2 = More than half the days
gad7-option-3 = Nearly every day

gad7-band-minimal = Minimal
gad7-band-minimal-explanation = Your answers suggest few or no signs of anxiety over the last 2 weeks. This is information to help you, not a diagnosis. If you are finding things hard, you still deserve support, and you can still ask for help.
gad7-band-mild = Mild
gad7-band-mild-explanation = Your answers suggest some signs of anxiety over the last 2 weeks, in the range usually called mild. This is not a diagnosis. Support can help at any level, and you can ask for it if things feel hard.
gad7-band-moderate = Moderate
gad7-band-moderate-explanation = Your answers suggest signs of anxiety over the last 2 weeks in the range usually called moderate. This is not a diagnosis. Many people with answers like yours find talking therapies helpful, and you can refer yourself.
gad7-band-severe = Severe
gad7-band-severe-explanation = Your answers suggest signs of anxiety over the last 2 weeks in the range usually called severe. This is not a diagnosis, and you do not have to manage this on your own. Treatment helps many people feel better: you could refer yourself, or talk to your GP about the options.

gad7-caseness-explanation = NHS Talking Therapies services treat a score of 8 or more on this questionnaire as a sign that anxiety may be affecting you enough for treatment to help. Whatever your score, you can ask for help.

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem".

wsas-name = Work and Social Adjustment Scale (WSAS)
wsas-stem = People's problems sometimes affect their ability to do certain day-to-day tasks in their lives. To rate your problems look at each section and determine on the scale provided how much your problem impairs your ability to carry out the activity.

wsas-item-work = Because of my problem, my ability to work is impaired. '0' means 'not at all impaired' and '8' means very severely impaired to the point I can't work.
wsas-item-work-not-applicable = I am retired, or choose not to have a job for reasons unrelated to my problem
wsas-item-home-management = Because of my problem, my home management (cleaning, tidying, shopping, cooking, looking after home or children, paying bills) is impaired.
wsas-item-social-leisure = Because of my problem, my social leisure activities (with other people e.g. parties, bars, clubs, outings, visits, dating, home entertaining) are impaired.
wsas-item-private-leisure = Because of my problem, my private leisure activities (done alone, such as reading, gardening, collecting, sewing, walking alone) are impaired.
wsas-item-relationships = Because of my problem, my ability to form and maintain close relationships with others, including those I live with, is impaired.

wsas-option-0 = 0 – Not at all
wsas-option-1 = 1
wsas-option-2 = 2 – Slightly
wsas-option-3 = 3
wsas-option-4 = 4 – Definitely
wsas-option-5 = 5
wsas-option-6 = 6 – Markedly
wsas-option-7 = 7
wsas-option-8 = 8 – Very severely

wsas-band-subclinical = Subclinical
wsas-band-subclinical-explanation = Your answers suggest your problems are having a smaller effect on your work, home life, free time or relationships. This is not a judgement of how hard things feel. If you are struggling, you still deserve support, and you can still ask for help.
wsas-band-significant = Significant functional impairment
wsas-band-significant-explanation = Your answers suggest your problems are having a significant effect on your work, home life, free time or relationships. This is not a diagnosis. Support can help you get back to the things that matter to you.
wsas-band-moderately-severe = Moderately severe impairment or worse
wsas-band-moderately-severe-explanation = Your answers suggest your problems are having a large effect on your work, home life, free time or relationships. This is not a diagnosis, and you do not have to manage this on your own: you could refer yourself, or talk to your GP.

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = The Work and Social Adjustment Scale is copyright of its authors (Mundt, Marks, Shear and Greist) and is widely reproduced by NHS services.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Phobia scales
phobia-stem = Choose a number from the scale below to show how much you would avoid each of the situations or objects listed below.

phobia-item-social = Social situations due to a fear of being embarrassed or making a fool of myself
phobia-item-panic = Certain situations because of a fear of having a panic attack or other distressing symptoms (such as loss of bladder control, vomiting or dizziness)
phobia-item-specific = Certain situations because of a fear of particular objects or activities (such as animals, heights, seeing blood, being in confined spaces, driving or flying)

phobia-option-0 = 0 – Would not avoid it
phobia-option-1 = 1
phobia-option-2 = 2 – Slightly avoid it
phobia-option-3 = 3
phobia-option-4 = 4 – Definitely avoid it
phobia-option-5 = 5
phobia-option-6 = 6 – Markedly avoid it
phobia-option-7 = 7
phobia-option-8 = 8 – Always avoid it

phobia-explore-further = Your answer suggests this kind of fear may be affecting your life. It could help to talk it through with a therapist, who can look at how much it gets in your way. This is not a diagnosis.

phobia-citation = IAPT Phobia Scales, from the Improving Access to Psychological Therapies (now NHS Talking Therapies) programme.
phobia-licence = The IAPT Phobia Scales are Crown copyright, reproduced under the Open Government Licence.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.

pcl5-name = PCL-5 post-traumatic stress checklist
pcl5-stem = Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then choose one of the answers to indicate how much you have been bothered by that problem in the past month.
pcl5-recall-period = In the past month

pcl5-item-1 = Repeated, disturbing, and unwanted memories of the stressful experience?
pcl5-item-2 = Repeated, disturbing dreams of the stressful experience?
pcl5-item-3 = Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?
pcl5-item-4 = Feeling very upset when something reminded you of the stressful experience?
pcl5-item-5 = Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?
pcl5-item-6 = Avoiding memories, thoughts, or feelings related to the stressful experience?
pcl5-item-7 = Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?
pcl5-item-8 = Trouble remembering important parts of the stressful experience?
pcl5-item-9 = Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?
pcl5-item-10 = Blaming yourself or someone else for the stressful experience or what happened after it?
pcl5-item-11 = Having strong negative feelings such as fear, horror, anger, guilt, or shame?
pcl5-item-12 = Loss of interest in activities that you used to enjoy?
pcl5-item-13 = Feeling distant or cut off from other people?
pcl5-item-14 = Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?
pcl5-item-15 = Irritable behavior, angry outbursts, or acting aggressively?
pcl5-item-16 = Taking too many risks or doing things that could cause you harm?
pcl5-item-17 = Being "superalert" or watchful or on guard?
pcl5-item-18 = Feeling jumpy or easily startled?
pcl5-item-19 = Having difficulty concentrating?
pcl5-item-20 = Trouble falling or staying asleep?

pcl5-option-0 = Not at all
pcl5-option-1 = A little bit
pcl5-option-2 = Moderately
pcl5-option-3 = Quite a bit
pcl5-option-4 = Extremely

pcl5-caseness-explanation = A score of 32 or more suggests you may be living with post-traumatic stress, and that it could help to talk to a professional about it. This is a screening result, not a diagnosis. Whatever your score, you can ask for help.

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. The threshold of 32 is within the range of 31 to 33 reported for probable PTSD (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = The PCL-5 is a work of the United States Government (National Center for PTSD) and is in the public domain.
