# Titles and one-line summaries of the content pack, Romanian (ro), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = Stare de spirit scăzută și depresie
    .summary = Tristețe, senzație de gol sau lipsă de bucurie, săptămâni la rând.
worry = Îngrijorare și anxietate
    .summary = Griji greu de oprit, care vă ocupă o mare parte din zi.
panic = Atacuri de panică
    .summary = Valuri bruște de frică, cu inima care bate tare, și cum să treceți prin ele.
sleep = Probleme cu somnul
    .summary = Greutăți în a adormi sau în a dormi toată noaptea și ce vă poate ajuta.
stress = Stres
    .summary = Senzația de prea multă presiune și moduri de a vă ușura povara.
