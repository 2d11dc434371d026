### Self-check questionnaires: names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is the published English wording: do not edit it.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Chinese Simplified (zh-Hans), translated from en-GB for Waymark; not yet reviewed
### by a clinician. PHQ-9 and GAD-7 items and options follow the wording of the
### widely used Simplified Chinese versions as closely as the translator recalls it;
### this is not a verified copy of the official translation. Citations stay in English.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = PHQ-9 抑郁问卷
phq9-stem = 在过去两个星期，有多少时候您受到以下任何问题所困扰？
phq9-recall-period = 在过去两个星期

phq9-item-1 = 做事时提不起劲或没有兴趣
phq9-item-2 = 感到心情低落、沮丧或绝望
phq9-item-3 = 入睡困难、睡不安稳或睡眠过多
phq9-item-4 = 感觉疲倦或没有活力
phq9-item-5 = 食欲不振或吃太多
phq9-item-6 = 觉得自己很糟——或觉得自己很失败，或让自己或家人失望
phq9-item-7 = 对事物专注有困难，例如阅读报纸或看电视时
phq9-item-8 = 动作或说话速度缓慢到别人已经察觉？或正好相反——烦躁或坐立不安、动来动去的情况比平常更多
phq9-item-9 = 有不如死掉或用某种方式伤害自己的念头
phq9-item-difficulty = 如果您勾选了任何问题，这些问题让您在工作、处理家务或与他人相处方面有多大困难？

phq9-option-0 = 完全不会
phq9-option-1 = 好几天
phq9-option-2 = 一半以上的天数
phq9-option-3 = 几乎每天

phq9-difficulty-option-0 = 毫无困难
phq9-difficulty-option-1 = 有点困难
phq9-difficulty-option-2 = 非常困难
phq9-difficulty-option-3 = 极度困难

phq9-band-minimal = 极轻微
phq9-band-minimal-explanation = 您的答案显示，在过去两个星期，您很少或没有抑郁的迹象。这是帮助您的信息，不是诊断。如果您觉得日子不好过，您仍然值得得到支持，仍然可以寻求帮助。
phq9-band-mild = 轻度
phq9-band-mild-explanation = 您的答案显示，在过去两个星期，您有一些抑郁的迹象，处于通常所说的轻度范围。这不是诊断。无论在哪个程度，支持都会有帮助。如果您觉得日子不好过，可以寻求支持。
phq9-band-moderate = 中度
phq9-band-moderate-explanation = 您的答案显示，在过去两个星期，您有抑郁的迹象，处于通常所说的中度范围。这不是诊断。许多答案和您相似的人觉得谈话治疗有帮助，您可以自我转介。
phq9-band-moderately-severe = 中重度
phq9-band-moderately-severe-explanation = 您的答案显示，在过去两个星期，您有抑郁的迹象，处于通常所说的中重度范围。这不是诊断，也完全不代表您是一个怎样的人。治疗帮助了许多人感觉好起来：您可以自我转介，或者和您的 GP（家庭医生）谈一谈。
phq9-band-severe = 重度
phq9-band-severe-explanation = 您的答案显示，在过去两个星期，您有抑郁的迹象，处于通常所说的重度范围。这不是诊断，您也不必独自面对这一切。治疗帮助了许多人感觉好起来：您可以自我转介，或者和您的 GP（家庭医生）谈谈有哪些选择。

phq9-caseness-explanation = NHS 谈话治疗服务把这份问卷得分 10 分或以上，看作抑郁对您的影响可能已经大到治疗会有帮助的迹象。无论您得多少分，都可以寻求帮助。

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = 由 Robert L. Spitzer、Janet B.W. Williams、Kurt Kroenke 博士及其同事编制，得到 Pfizer Inc.（辉瑞公司）的教育资助。复制、翻译、展示或分发均无需许可。

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = GAD-7 焦虑问卷
gad7-stem = 在过去两个星期，有多少时候您受到以下任何问题所困扰？
gad7-recall-period = 在过去两个星期

gad7-item-1 = 感觉紧张、焦虑或急切
gad7-item-2 = 不能够停止或控制担忧
gad7-item-3 = 对各种各样的事情担忧过多
gad7-item-4 = 很难放松下来
gad7-item-5 = 由于不安而无法静坐
gad7-item-6 = 变得容易烦恼或急躁
gad7-item-7 = 感到似乎将有可怕的事情发生而害怕
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = 如果您勾选了任何问题，这些问题让您在工作、处理家务或与他人相处方面有多大困难？
gad7-difficulty-option-0 = 毫无困难
gad7-difficulty-option-1 = 有点困难
gad7-difficulty-option-2 = 非常困难
gad7-difficulty-option-3 = 极度困难

gad7-option-0 = 完全不会
gad7-option-1 = 好几天
gad7-option-2 = 一半以上的天数
gad7-option-3 = 几乎每天

gad7-band-minimal = 极轻微
gad7-band-minimal-explanation = 您的答案显示，在过去两个星期，您很少或没有焦虑的迹象。这是帮助您的信息，不是诊断。如果您觉得日子不好过，您仍然值得得到支持，仍然可以寻求帮助。
gad7-band-mild = 轻度
gad7-band-mild-explanation = 您的答案显示，在过去两个星期，您有一些焦虑的迹象，处于通常所说的轻度范围。这不是诊断。无论在哪个程度，支持都会有帮助。如果您觉得日子不好过，可以寻求支持。
gad7-band-moderate = 中度
gad7-band-moderate-explanation = 您的答案显示，在过去两个星期，您有焦虑的迹象，处于通常所说的中度范围。这不是诊断。许多答案和您相似的人觉得谈话治疗有帮助，您可以自我转介。
gad7-band-severe = 重度
gad7-band-severe-explanation = 您的答案显示，在过去两个星期，您有焦虑的迹象，处于通常所说的重度范围。这不是诊断，您也不必独自面对这一切。治疗帮助了许多人感觉好起来：您可以自我转介，或者和您的 GP（家庭医生）谈谈有哪些选择。

gad7-caseness-explanation = NHS 谈话治疗服务把这份问卷得分 8 分或以上，看作焦虑对您的影响可能已经大到治疗会有帮助的迹象。无论您得多少分，都可以寻求帮助。

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = 由 Robert L. Spitzer、Janet B.W. Williams、Kurt Kroenke 博士及其同事编制，得到 Pfizer Inc.（辉瑞公司）的教育资助。复制、翻译、展示或分发均无需许可。

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem".

wsas-name = 工作与社会适应量表（WSAS）
wsas-stem = 人们的问题有时会影响他们完成日常生活中某些事情的能力。请看每一项，并根据下面的分数，判断您的问题在多大程度上影响了您做这件事的能力。

wsas-item-work = 因为我的问题，我的工作能力受到了影响。“0”表示“完全没有受到影响”，“8”表示受到非常严重的影响，以至于我无法工作。
wsas-item-work-not-applicable = 我已经退休，或者因为与我的问题无关的原因而选择不工作
wsas-item-home-management = 因为我的问题，我料理家务（打扫、整理、购物、做饭、照顾家里或孩子、支付账单）的能力受到了影响。
wsas-item-social-leisure = 因为我的问题，我的社交休闲活动（和其他人一起的活动，例如聚会、去酒吧或俱乐部、外出、探亲访友、约会、在家招待客人）受到了影响。
wsas-item-private-leisure = 因为我的问题，我的个人休闲活动（独自进行的活动，例如阅读、园艺、收藏、缝纫、独自散步）受到了影响。
wsas-item-relationships = 因为我的问题，我与他人（包括和我一起生活的人）建立和保持亲密关系的能力受到了影响。

wsas-option-0 = 0 – 完全没有
wsas-option-1 = 1
wsas-option-2 = 2 – 轻微
wsas-option-3 = 3
wsas-option-4 = 4 – 明确有
wsas-option-5 = 5
wsas-option-6 = 6 – 明显
wsas-option-7 = 7
wsas-option-8 = 8 – 非常严重

wsas-band-subclinical = 亚临床
wsas-band-subclinical-explanation = 您的答案显示，您的问题对您的工作、家庭生活、空闲时间或人际关系的影响较小。这并不是在评判您觉得有多难。如果您正在苦苦支撑，您仍然值得得到支持，仍然可以寻求帮助。
wsas-band-significant = 明显的功能受损
wsas-band-significant-explanation = 您的答案显示，您的问题对您的工作、家庭生活、空闲时间或人际关系有明显的影响。这不是诊断。支持可以帮助您重新去做对您重要的事情。
wsas-band-moderately-severe = 中重度或更严重的功能受损
wsas-band-moderately-severe-explanation = 您的答案显示，您的问题对您的工作、家庭生活、空闲时间或人际关系有很大的影响。这不是诊断，您也不必独自面对这一切：您可以自我转介，或者和您的 GP（家庭医生）谈一谈。

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = 工作与社会适应量表的版权属于其作者（Mundt、Marks、Shear 和 Greist），NHS 服务机构广泛使用这份量表。

## IAPT Phobia Scales (Crown copyright)

phobia-name = 恐惧症量表
phobia-stem = 请从下面的分数中选择一个数字，表示您会在多大程度上回避下列每一种情况或事物。

phobia-item-social = 社交场合，因为害怕难堪或出丑
phobia-item-panic = 某些场合，因为害怕惊恐发作或出现其他令人痛苦的症状（例如小便失禁、呕吐或头晕）
phobia-item-specific = 某些场合，因为害怕特定的事物或活动（例如动物、高处、看到血、待在狭小的空间里、开车或坐飞机）

phobia-option-0 = 0 – 不会回避
phobia-option-1 = 1
phobia-option-2 = 2 – 稍微回避
phobia-option-3 = 3
phobia-option-4 = 4 – 明确会回避
phobia-option-5 = 5
phobia-option-6 = 6 – 明显回避
phobia-option-7 = 7
phobia-option-8 = 8 – 总是回避

phobia-explore-further = 您的答案显示，这种恐惧可能正在影响您的生活。和治疗师谈一谈可能会有帮助，治疗师可以和您一起看看它对您的妨碍有多大。这不是诊断。

phobia-citation = IAPT Phobia Scales，来自 Improving Access to Psychological Therapies（改善心理治疗可及性，现称 NHS Talking Therapies）项目。
phobia-licence = IAPT 恐惧症量表的版权属于英国王室（Crown copyright），根据《开放政府许可》（Open Government Licence）转载。

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.

pcl5-name = PCL-5 创伤后应激检查表
pcl5-stem = 下面列出的是人们在经历非常有压力的事情之后，有时会出现的一些问题。请仔细阅读每一个问题，然后选择一个答案，表示在过去一个月里，这个问题对您的困扰有多大。
pcl5-recall-period = 在过去一个月里

pcl5-item-1 = 反复出现关于这次压力经历的、令人不安的、不想要的记忆？
pcl5-item-2 = 反复做关于这次压力经历的、令人不安的梦？
pcl5-item-3 = 突然觉得或表现得好像这次压力经历真的又在发生（好像您真的回到了当时，重新经历一遍）？
pcl5-item-4 = 当有事情让您想起这次压力经历时，感到非常难过或不安？
pcl5-item-5 = 当有事情让您想起这次压力经历时，身体出现强烈的反应（例如心跳剧烈、呼吸困难、出汗）？
pcl5-item-6 = 回避与这次压力经历有关的记忆、想法或感受？
pcl5-item-7 = 回避外界会让您想起这次压力经历的事物（例如人、地方、谈话、活动、物品或场合）？
pcl5-item-8 = 难以记起这次压力经历中的重要部分？
pcl5-item-9 = 对自己、他人或世界有强烈的负面看法（例如有这样的想法：我很坏、我有严重的问题、谁都不能相信、这个世界非常危险）？
pcl5-item-10 = 为这次压力经历或之后发生的事情责怪自己或别人？
pcl5-item-11 = 有强烈的负面感受，例如恐惧、惊骇、愤怒、内疚或羞耻？
pcl5-item-12 = 对以前喜欢的活动失去兴趣？
pcl5-item-13 = 感觉与他人疏远或隔绝？
pcl5-item-14 = 难以感受到正面的情绪（例如无法感到快乐，或无法对亲近的人产生爱的感觉）？
pcl5-item-15 = 易怒、发脾气，或有攻击性的行为？
pcl5-item-16 = 冒太多险，或做可能伤害自己的事情？
pcl5-item-17 = “高度警觉”、时刻提防或处于戒备状态？
pcl5-item-18 = 感到神经紧绷或容易受惊？
pcl5-item-19 = 难以集中注意力？
pcl5-item-20 = 入睡困难或睡不安稳？

pcl5-option-0 = 完全没有
pcl5-option-1 = 有一点
pcl5-option-2 = 中等程度
pcl5-option-3 = 相当多
pcl5-option-4 = 极度

pcl5-caseness-explanation = 得分 32 分或以上，说明您可能正受到创伤后应激的影响，和专业人员谈一谈可能会有帮助。这是筛查结果，不是诊断。无论您得多少分，都可以寻求帮助。

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. 32 分这个界限值，在研究报告的“可能患有创伤后应激障碍（PTSD）”的 31 至 33 分范围之内（Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391）。
pcl5-licence = PCL-5 是美国政府（国家创伤后应激障碍中心，National Center for PTSD）的作品，属于公有领域。
