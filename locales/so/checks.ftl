# Translated for Waymark; not the official translation and not yet reviewed by a clinician.

### Self-check questionnaires, Somali (so): names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is translated from the published English wording.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Terms: "signs" = calaamado; "diagnosis" = ogaansho xanuun (diagnosis);
### "depression" = niyad-jab; "anxiety" = walaac; "worry" = welwel;
### "refer yourself" = is-gudbi; "GP" = GP (dhakhtarka qoyska); "score" = dhibcaha.
### "Over the last 2 weeks" = Labadii toddobaad ee la soo dhaafay.
### Citations stay in English: they name English-language publications.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = Su'aalaha niyad-jabka PHQ-9
phq9-stem = Labadii toddobaad ee la soo dhaafay, intee jeer ayaa ay ku dhibtay mid ka mid ah dhibaatooyinkan soo socda?
phq9-recall-period = Labadii toddobaad ee la soo dhaafay

phq9-item-1 = Xiise yar ama farxad yar oo aad ka hesho samaynta waxyaabaha
phq9-item-2 = Dareen niyad-xumo, niyad-jab, ama rajo-beel
phq9-item-3 = Inay kugu adkaato inaad hurdo qabato ama aad hurdada ku sii jirto, ama hurdo aad u badan
phq9-item-4 = Dareen daal ama tamar yar
phq9-item-5 = Cunto rabitaan yar, ama cunid xad-dhaaf ah
phq9-item-6 = Dareen xun oo aad naftaada ka qabto — ama inaad dareento inaad tahay qof fashilmay, ama inaad niyad-jabisay naftaada ama qoyskaaga
phq9-item-7 = Inay kugu adkaato inaad diiradda saarto waxyaabaha, sida akhrinta wargeyska ama daawashada telefishanka
phq9-item-8 = Inaad u dhaqaaqdo ama u hadasho si aad u gaabis ah oo dadka kale ay dareemi karaan? Ama taas lid ku ah — inaad aad u kacsanaato ama u degganaan weydo oo aad u dhaqdhaqaaqdo si ka badan sidii caadiga ahayd
phq9-item-9 = Fikrado ah inay kuu roonaan lahayd inaad dhimato, ama inaad si uun isu waxyeelleyso
phq9-item-difficulty = Haddii aad calaamadisay dhibaato kasta, intee in le'eg ayay dhibaatooyinkani kuugu adkeeyeen inaad shaqadaada qabato, arrimaha guriga maamusho, ama aad dadka kale si fiican ula dhaqanto?

phq9-option-0 = Marnaba
phq9-option-1 = Dhowr maalmood
phq9-option-2 = In ka badan kala badh maalmaha
phq9-option-3 = Ku dhawaad maalin kasta

phq9-difficulty-option-0 = Haba yaraatee ma adkayn
phq9-difficulty-option-1 = Xoogaa way adkayd
phq9-difficulty-option-2 = Aad bay u adkayd
phq9-difficulty-option-3 = Si xad-dhaaf ah bay u adkayd

phq9-band-minimal = Aad u yar
phq9-band-minimal-explanation = Jawaabahaagu waxay muujinayaan calaamado niyad-jab oo yar ama aan jirin labadii toddobaad ee la soo dhaafay. Tani waa macluumaad kaa caawinaya, ma aha ogaansho xanuun. Haddii ay wax kugu adag yihiin, weli waxaad mudan tahay taageero, weli waadna codsan kartaa caawimaad.
phq9-band-mild = Fudud
phq9-band-mild-explanation = Jawaabahaagu waxay muujinayaan calaamado niyad-jab ah oo qaar ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero fudud. Tani ma aha ogaansho xanuun. Taageeradu heer kasta way caawin kartaa, waadna codsan kartaa haddii ay wax kugu adag yihiin.
phq9-band-moderate = Dhexdhexaad
phq9-band-moderate-explanation = Jawaabahaagu waxay muujinayaan calaamado niyad-jab ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero dhexdhexaad. Tani ma aha ogaansho xanuun. Dad badan oo jawaabahoodu kuwaaga la mid yihiin waxay ogaadaan in daaweynta hadalku caawiso, waadna is-gudbin kartaa.
phq9-band-moderately-severe = Dhexdhexaad ilaa daran
phq9-band-moderately-severe-explanation = Jawaabahaagu waxay muujinayaan calaamado niyad-jab ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero dhexdhexaad ilaa daran. Tani ma aha ogaansho xanuun, waxna kama sheegayso adiga qof ahaan. Daaweyntu waxay dad badan ka caawisaa inay fiicnaadaan: waad is-gudbin kartaa, ama la hadal GP-gaaga (dhakhtarka qoyska).
phq9-band-severe = Daran
phq9-band-severe-explanation = Jawaabahaagu waxay muujinayaan calaamado niyad-jab ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero daran. Tani ma aha ogaansho xanuun, uma baahnidna inaad arrintan keligaa la tacaasho. Daaweyntu waxay dad badan ka caawisaa inay fiicnaadaan: waad is-gudbin kartaa, ama GP-gaaga (dhakhtarka qoyska) kala hadal doorashooyinka jira.

phq9-caseness-explanation = Adeegyada NHS Talking Therapies waxay dhibcaha 10 ama ka badan ee su'aalahan u arkaan calaamad muujinaysa in niyad-jabku kuu saameyn karo ilaa heer ay daaweyn ku caawin karto. Dhibcahaagu wax kasta ha ahaadeene, waad codsan kartaa caawimaad.

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Waxaa sameeyey Dr. Robert L. Spitzer, Dr. Janet B.W. Williams, Dr. Kurt Kroenke iyo asxaabtooda, iyadoo ay deeq waxbarasho bixisay Pfizer Inc. Looma baahna oggolaansho si loo soo saaro, loo turjumo, loo muujiyo ama loo qaybiyo.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = Su'aalaha walaaca GAD-7
gad7-stem = Labadii toddobaad ee la soo dhaafay, intee jeer ayaa ay ku dhibtay mid ka mid ah dhibaatooyinkan soo socda?
gad7-recall-period = Labadii toddobaad ee la soo dhaafay

gad7-item-1 = Dareen kacsanaan, walaac, ama xiisad
gad7-item-2 = Inaadan awoodin inaad joojiso ama xakamayso welwelka
gad7-item-3 = Welwel aad u badan oo ku saabsan waxyaabo kala duwan
gad7-item-4 = Inay kugu adkaato inaad is-dejiso
gad7-item-5 = Inaad u degganaan weydo ilaa ay kugu adkaato inaad meel iska fadhiisato
gad7-item-6 = Inaad si fudud u carooto ama u xanaaqdo
gad7-item-7 = Dareen cabsi, sidii in wax aad u xun ay dhici karaan
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = Haddii aad calaamadisay dhibaato kasta, intee in le'eg ayay dhibaatooyinkani kuugu adkeeyeen inaad shaqadaada qabato, arrimaha guriga maamusho, ama aad dadka kale si fiican ula dhaqanto?
gad7-difficulty-option-0 = Haba yaraatee ma adkayn
gad7-difficulty-option-1 = Xoogaa way adkayd
gad7-difficulty-option-2 = Aad bay u adkayd
gad7-difficulty-option-3 = Si xad-dhaaf ah bay u adkayd

gad7-option-0 = Marnaba
gad7-option-1 = Dhowr maalmood
gad7-option-2 = In ka badan kala badh maalmaha
gad7-option-3 = Ku dhawaad maalin kasta

gad7-band-minimal = Aad u yar
gad7-band-minimal-explanation = Jawaabahaagu waxay muujinayaan calaamado walaac oo yar ama aan jirin labadii toddobaad ee la soo dhaafay. Tani waa macluumaad kaa caawinaya, ma aha ogaansho xanuun. Haddii ay wax kugu adag yihiin, weli waxaad mudan tahay taageero, weli waadna codsan kartaa caawimaad.
gad7-band-mild = Fudud
gad7-band-mild-explanation = Jawaabahaagu waxay muujinayaan calaamado walaac ah oo qaar ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero fudud. Tani ma aha ogaansho xanuun. Taageeradu heer kasta way caawin kartaa, waadna codsan kartaa haddii ay wax kugu adag yihiin.
gad7-band-moderate = Dhexdhexaad
gad7-band-moderate-explanation = Jawaabahaagu waxay muujinayaan calaamado walaac ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero dhexdhexaad. Tani ma aha ogaansho xanuun. Dad badan oo jawaabahoodu kuwaaga la mid yihiin waxay ogaadaan in daaweynta hadalku caawiso, waadna is-gudbin kartaa.
gad7-band-severe = Daran
gad7-band-severe-explanation = Jawaabahaagu waxay muujinayaan calaamado walaac ah labadii toddobaad ee la soo dhaafay, oo ku jira heerka inta badan loogu yeero daran. Tani ma aha ogaansho xanuun, uma baahnidna inaad arrintan keligaa la tacaasho. Daaweyntu waxay dad badan ka caawisaa inay fiicnaadaan: waad is-gudbin kartaa, ama GP-gaaga (dhakhtarka qoyska) kala hadal doorashooyinka jira.

gad7-caseness-explanation = Adeegyada NHS Talking Therapies waxay dhibcaha 8 ama ka badan ee su'aalahan u arkaan calaamad muujinaysa in walaacu kuu saameyn karo ilaa heer ay daaweyn ku caawin karto. Dhibcahaagu wax kasta ha ahaadeene, waad codsan kartaa caawimaad.

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Waxaa sameeyey Dr. Robert L. Spitzer, Dr. Janet B.W. Williams, Dr. Kurt Kroenke iyo asxaabtooda, iyadoo ay deeq waxbarasho bixisay Pfizer Inc. Looma baahna oggolaansho si loo soo saaro, loo turjumo, loo muujiyo ama loo qaybiyo.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem" (dhibaatadayda).
## "impaired" = way liidataa (is weakened/poor), used the same way in every item.

wsas-name = Cabbirka La-qabsiga Shaqada iyo Bulshada (WSAS)
wsas-stem = Dhibaatooyinka dadka mararka qaarkood waxay saameeyaan awoodda ay u leeyihiin inay qabtaan hawlo gaar ah oo nolol maalmeedka ah. Si aad u qiimayso dhibaatooyinkaaga, eeg qayb kasta, kadibna cabbirka hoose ku muuji inta ay dhibaatadaadu wax u dhimayso awooddaada aad ku qabato hawshaas.

wsas-item-work = Dhibaatadayda awgeed, awooddayda inaan shaqeeyo way liidataa. '0' macnaheedu waa 'haba yaraatee ma liidato', '8' macnaheeduna waa aad iyo aad ayay u liidataa, ilaa heer aanan shaqayn karin.
wsas-item-work-not-applicable = Waan hawlgab ahay, ama waxaan doortay inaanan shaqo lahaan sababo aan la xiriirin dhibaatadayda
wsas-item-home-management = Dhibaatadayda awgeed, maaraynta gurigaygu (nadiifinta, habaynta, wax iibsiga, cunto karinta, daryeelka guriga ama carruurta, bixinta biilasha) way liidataa.
wsas-item-social-leisure = Dhibaatadayda awgeed, hawlaha madadaalada ee aan dadka kale la wadaago (tusaale ahaan xafladaha, kulamada, meelaha la isugu yimaado, bixitaannada, booqashooyinka, shukaansiga, martiqaadka guriga) way liidaan.
wsas-item-private-leisure = Dhibaatadayda awgeed, hawlaha madadaalada ee aan keligay sameeyo (sida akhriska, beerta, ururinta waxyaabaha, tolidda, socodka keligay) way liidaan.
wsas-item-relationships = Dhibaatadayda awgeed, awooddayda inaan sameysto oo aan sii hayo xiriir dhow oo aan la leeyahay dadka kale, oo ay ku jiraan kuwa aan la noolahay, way liidataa.

wsas-option-0 = 0 – Haba yaraatee
wsas-option-1 = 1
wsas-option-2 = 2 – Wax yar
wsas-option-3 = 3
wsas-option-4 = 4 – Si cad
wsas-option-5 = 5
wsas-option-6 = 6 – Si weyn
wsas-option-7 = 7
wsas-option-8 = 8 – Aad iyo aad u daran

wsas-band-subclinical = Ka hooseeya heerka daaweynta
wsas-band-subclinical-explanation = Jawaabahaagu waxay muujinayaan in dhibaatooyinkaagu ay saameyn yar ku leeyihiin shaqadaada, nolosha gurigaaga, waqtigaaga firaaqada ama xiriirradaada. Tani go'aan kama aha sida ay wax kuugu adag yihiin. Haddii ay wax kugu adag yihiin, weli waxaad mudan tahay taageero, weli waadna codsan kartaa caawimaad.
wsas-band-significant = Hoos u dhac muuqda oo ku yimid hawl-maalmeedka
wsas-band-significant-explanation = Jawaabahaagu waxay muujinayaan in dhibaatooyinkaagu ay saameyn muuqata ku leeyihiin shaqadaada, nolosha gurigaaga, waqtigaaga firaaqada ama xiriirradaada. Tani ma aha ogaansho xanuun. Taageeradu waxay kaa caawin kartaa inaad dib ugu noqoto waxyaabaha kuu muhiimka ah.
wsas-band-moderately-severe = Hoos u dhac dhexdhexaad ilaa daran, ama ka sii daran
wsas-band-moderately-severe-explanation = Jawaabahaagu waxay muujinayaan in dhibaatooyinkaagu ay saameyn weyn ku leeyihiin shaqadaada, nolosha gurigaaga, waqtigaaga firaaqada ama xiriirradaada. Tani ma aha ogaansho xanuun, uma baahnidna inaad arrintan keligaa la tacaasho: waad is-gudbin kartaa, ama la hadal GP-gaaga (dhakhtarka qoyska).

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = Xuquuqda daabacaadda ee Work and Social Adjustment Scale waxaa leh qorayaasheeda (Mundt, Marks, Shear iyo Greist), waxaana si ballaaran u isticmaala adeegyada NHS.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Cabbirrada cabsida (phobia)
phobia-stem = Ka dooro lambar cabbirka hoose si aad u muujiso inta aad ka fogaan lahayd mid kasta oo ka mid ah xaaladaha ama waxyaabaha hoos ku qoran.

phobia-item-social = Xaaladaha bulshada, cabsi aan ka qabo inaan ceeboobo ama aan u muuqdo qof nacas ah awgeed
phobia-item-panic = Xaalado gaar ah, cabsi aan ka qabo inuu igu dhaco weerar argagax ah ama calaamado kale oo dhib badan (sida kaadi-hayn la'aan, matag ama dawakh) awgeed
phobia-item-specific = Xaalado gaar ah, cabsi aan ka qabo waxyaabo ama hawlo gaar ah (sida xayawaanka, meelaha dhaadheer, arkidda dhiigga, joogitaanka meelo cidhiidhi ah, baabuur wadidda ama diyaarad raacidda) awgeed

phobia-option-0 = 0 – Kama fogaan lahaa
phobia-option-1 = 1
phobia-option-2 = 2 – Wax yar ayaan ka fogaan lahaa
phobia-option-3 = 3
phobia-option-4 = 4 – Hubaal waan ka fogaan lahaa
phobia-option-5 = 5
phobia-option-6 = 6 – Aad ayaan uga fogaan lahaa
phobia-option-7 = 7
phobia-option-8 = 8 – Had iyo jeer waan ka fogaan lahaa

phobia-explore-further = Jawaabtaadu waxay muujinaysaa in cabsida noocan ahi ay saameyn karto noloshaada. Waxaa ku caawin kara inaad kala hadasho daaweeye (therapist), kaas oo eegi kara inta ay kaa hor istaagto noloshaada. Tani ma aha ogaansho xanuun.

phobia-citation = IAPT Phobia Scales, from the Improving Access to Psychological Therapies (now NHS Talking Therapies) programme.
phobia-licence = Xuquuqda daabacaadda ee IAPT Phobia Scales waxaa leh Boqortooyada Ingiriiska (Crown copyright), waxaana lagu soo saaray Open Government Licence.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.
## "the stressful experience" = dhacdadii culusayd, used the same way in every item.

pcl5-name = Liiska hubinta PCL-5 ee cadaadiska ka dambeeya dhacdo naxdin leh
pcl5-stem = Hoos waxaa ku qoran liis dhibaatooyin ah oo dadku mararka qaarkood yeeshaan kadib dhacdo aad u culus. Fadlan si taxaddar leh u akhri dhibaato kasta, kadibna dooro mid ka mid ah jawaabaha si aad u muujiso inta ay dhibaatadaasi ku dhibtay bishii la soo dhaafay.
pcl5-recall-period = Bishii la soo dhaafay

pcl5-item-1 = Xusuusyo soo noqnoqda, qalqal geliya, oo aan la rabin oo ku saabsan dhacdadii culusayd?
pcl5-item-2 = Riyooyin soo noqnoqda oo qalqal geliya oo ku saabsan dhacdadii culusayd?
pcl5-item-3 = Si lama filaan ah inaad dareento ama u dhaqanto sidii in dhacdadii culusayd ay mar kale dhacayso (sidii adigoo mar kale halkaas jooga oo dib u noolaanaya)?
pcl5-item-4 = Inaad aad u qalqasho marka ay wax kuu xusuusiyaan dhacdadii culusayd?
pcl5-item-5 = Inaad yeelato falcelin jireed oo xoog leh marka ay wax kuu xusuusiyaan dhacdadii culusayd (tusaale ahaan, wadne garaac xoog leh, neefsasho ku adkaata, dhidid)?
pcl5-item-6 = Inaad iska ilaaliso xusuusyada, fikradaha, ama dareennada la xiriira dhacdadii culusayd?
pcl5-item-7 = Inaad iska ilaaliso waxyaabaha dibadda ah ee ku xusuusiya dhacdadii culusayd (tusaale ahaan, dad, meelo, wadahadallo, hawlo, alaab, ama xaalado)?
pcl5-item-8 = Inay kugu adkaato inaad xusuusato qaybo muhiim ah oo ka mid ah dhacdadii culusayd?
pcl5-item-9 = Inaad qabto aaminaad xun oo xoog leh oo ku saabsan naftaada, dadka kale, ama adduunka (tusaale ahaan, fikrado sida: qof xun baan ahay, wax aad u khaldan ayaa igu jira, qofna lama aamini karo, adduunku gebi ahaanba waa khatar)?
pcl5-item-10 = Inaad eedayso naftaada ama qof kale dhacdadii culusayd ama wixii dhacay kadib?
pcl5-item-11 = Inaad yeelato dareenno xun oo xoog leh sida cabsi, naxdin, cadho, dembi, ama ceeb?
pcl5-item-12 = Inaad xiisihii ka lumiso hawlihii aad ku raaxaysan jirtay?
pcl5-item-13 = Inaad dareento inaad ka fog tahay ama ka go'an tahay dadka kale?
pcl5-item-14 = Inay kugu adkaato inaad dareento dareenno wanaagsan (tusaale ahaan, inaadan awoodin inaad dareento farxad ama jacayl aad u qabto dadka kuu dhow)?
pcl5-item-15 = Dabeecad xanaaq badan, cadho qarxda, ama inaad si gardarro ah u dhaqanto?
pcl5-item-16 = Inaad qaadato khataro aad u badan ama aad samayso waxyaabo waxyeello kuu geysan kara?
pcl5-item-17 = Inaad noqoto qof "aad u feejigan", wax walba ilaalinaya, ama had iyo jeer digtoon?
pcl5-item-18 = Inaad dareento kacsanaan ama aad si fudud u naxdo?
pcl5-item-19 = Inay kugu adkaato inaad diiradda saarto?
pcl5-item-20 = Inay kugu adkaato inaad hurdo qabato ama aad hurdada ku sii jirto?

pcl5-option-0 = Haba yaraatee
pcl5-option-1 = Wax yar
pcl5-option-2 = Dhexdhexaad
pcl5-option-3 = Si badan
pcl5-option-4 = Aad iyo aad

pcl5-caseness-explanation = Dhibcaha 32 ama ka badani waxay muujinayaan inaad la noolaan karto cadaadis ka dambeeya dhacdo naxdin leh (post-traumatic stress), iyo inay ku caawin karto inaad arrintaas kala hadasho xirfadle. Tani waa natiijo baaritaan hordhac ah (screening), ma aha ogaansho xanuun. Dhibcahaagu wax kasta ha ahaadeene, waad codsan kartaa caawimaad.

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. Heerka 32 wuxuu ku jiraa inta u dhexeysa 31 ilaa 33 ee loo sheegay PTSD suurtagal ah (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = PCL-5 waa shaqo ay samaysay Dowladda Maraykanka (National Center for PTSD), waana hanti dadweyne (public domain).
