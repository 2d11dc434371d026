# Titles and one-line summaries of the content pack, Gujarati (gu), translated from en-GB.
# Message ids are the ids in content/pack.json; the value is the title and
# .summary one sentence shown in lists. See docs/content.md.
# Only the translated topics are listed; the others are offered in English.

## Topics

low-mood = ઉદાસી અને ડિપ્રેશન
    .summary = અઠવાડિયાં સુધી મન ઉદાસ કે ખાલી લાગવું, અથવા કશામાં આનંદ ન આવવો.
worry = ચિંતા અને ગભરાટ (ઍંગ્ઝાયટી)
    .summary = એવી ચિંતાઓ જે રોકવી મુશ્કેલ છે અને તમારા દિવસનો ઘણો સમય લઈ લે છે.
panic = પૅનિક ઍટેક (ગભરાટના હુમલા)
    .summary = ધબકતા હૃદય સાથે અચાનક આવતો તીવ્ર ડર, અને તેને પસાર થવા દેવાની રીતો.
sleep = ઊંઘની તકલીફો
    .summary = ઊંઘ આવવામાં કે ઊંઘ ટકી રહેવામાં મુશ્કેલી, અને શું મદદ કરી શકે.
stress = તણાવ (સ્ટ્રેસ)
    .summary = વધુ પડતા દબાણ હેઠળ હોવાનું લાગવું, અને બોજ હળવો કરવાની રીતો.

## Audiences

south-asian = દક્ષિણ એશિયાઈ સમુદાયો
    .summary = જે લોકોના પરિવારનાં મૂળ ભારત, પાકિસ્તાન, બાંગ્લાદેશ, શ્રીલંકા, નેપાળ અને આસપાસના દેશોમાં છે, તેમના માટે.
