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
