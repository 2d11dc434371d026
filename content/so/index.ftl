# Titles and one-line summaries of the content pack, Somali (so), translated from en-GB.
# Translated for Waymark; not yet reviewed by a clinician.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the core topics are translated here; the others are offered in English.

## Topics

low-mood = Niyad-xumo iyo niyad-jab (depression)
    .summary = Dareen murugo, madhnaan, ama inaadan waxba ku farxin, muddo toddobaadyo ah.
worry = Welwel iyo walaac (anxiety)
    .summary = Welwel ay adag tahay in la joojiyo, oo qaata qayb weyn oo maalintaada ka mid ah.
panic = Weerarrada argagaxa (panic attacks)
    .summary = Cabsi lama filaan ah oo wadnuhu si degdeg ah u garaacayo, iyo sida looga gudbo.
sleep = Dhibaatooyinka hurdada
    .summary = Inay kugu adkaato inaad seexato ama hurdada ku sii jirto, iyo waxa caawin kara.
stress = Cadaadis (stress)
    .summary = Dareen ah inaad culays aad u badan hoos joogto, iyo habab lagu fududeeyo culayska.

## Audiences

black-african-caribbean = Bulshooyinka Madow ee Afrikaanka iyo Kariibiyaanka (Black African and Caribbean)
    .summary = Loogu talagalay dadka asalkoodu yahay Madow Afrikaan ah, Madow Kariibiyaan ah iyo Madow Ingiriis ah, iyo qoysaskooda.
refugees = Qaxootiga iyo dadka magangalyo-doonka ah
    .summary = Loogu talagalay dadka ay qasab ku noqotay inay dalkoodii ka tagaan, ha sugayaan go'aan ama ha haystaan sharciga qaxootinimada.

## Waiting plans: a title, a one-sentence summary, and one line per step (ids as in pack.json)

plan-low-mood = Kor u qaadista niyadda, hal tallaabo oo yar markiiba
    .summary = Waxay ku salaysan tahay firfircoonida dabeecadda (behavioural activation): qorsheynta waxyaabo yaryar oo aad qiimayso ama aad ku raaxaysato, xitaa ka hor intaadan dareemin inaad rabto.
plan-low-mood-understand = Akhri waxa ay tahay niyad-xumadu iyo sida ay isu sii wadi karto
plan-low-mood-one-small-thing = Toddobaadkan maalin kasta u qorshee hal shay oo yar, oo samee
plan-low-mood-activity-diary = Toddobaad ku qor buug-maalmeedka hawlaha, oo u fiirso waxa niyaddaada kor u qaada
plan-low-mood-sleep-routine = Kac isla waqtigaas maalin kasta, si kasta oo habeenku ahaa
plan-low-mood-build-up = Maalin kasta ku dar hawl kale oo aad qiimayso, adigoo ka dhisaya waxa ku caawiyey
plan-worry = Ka adkaanshaha welwelka
    .summary = Waxay ku salaysan tahay waqtiga welwelka: welwelka oo dib loogu dhigo waqti go'an maalin kasta, iyo kala saarista kuwa aad wax ka qaban karto iyo kuwa aadan wax ka qaban karin.
plan-worry-understand = Akhri waxa uu yahay welwelku iyo sababta ay u adkaan karto in la joojiyo
plan-worry-worry-time = Maalin kasta u samee waqtiga welwelka 15 ilaa 20 daqiiqo, ilaa inta uu yimaadana welwelkaaga qor
plan-worry-worry-tree = Isticmaal geedka welwelka: Ma jiraa wax aan hadda arrintan ka qaban karo?
plan-worry-problem-solving = Dooro hal dhibaato oo nolosha ah, oo mar tallaabooyinka xallinta dhibaatooyinka
plan-worry-keep-going = Sii wad waqtiga welwelka, oo u fiirso welwelada wali muhiimka ah marka uu waqtigaasi yimaado
plan-panic = Ka gudubka argagaxa
    .summary = Fahamka waxa jirkaaga ka dhaca marka argagaxu ku dhaco, iyo barashada in dareennadu iskood u gudbaan iyadoon wax loo samayn si loo joojiyo.
plan-panic-understand = Akhri waxa jirkaaga ka dhaca inta uu weerarka argagaxu socdo
plan-panic-paced-breathing = Maalin kasta 5 daqiiqo ku tababar neefsasho tartiib ah, marka aad deggan tahay
plan-panic-stay-with-it = Marka argagaxu yimaado, joog meesha aad joogto, oo dareenka u daa inuu kaco oo dejiyo
plan-panic-stress-bucket = Sawir baaldigaaga cadaadiska: maxaa buuxiya, maxaase cadaadis ka saara
plan-panic-keep-going = Sii wad tababarka: mar kasta oo argagaxu yimaado, la joog dareenka oo u fiirso inuu gudbo
