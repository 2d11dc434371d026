# Translated for Waymark; not the official translation and not yet reviewed by a clinician.
# Licensed official Polish translations of PHQ-9 and GAD-7 exist (Pfizer /
# phqscreeners.com); a service that needs them should use that wording instead.

### Self-check questionnaires, Polish (pl): names, questions, answers, results and sources.
### Ids are scoped by instrument (phq9-, gad7-, wsas-, phobia-, pcl5-) and are
### referred to from src/core/instruments/builtin.json.
### Item and option wording is translated from the published English wording.
### Result explanations are information, never a verdict: a low score still
### deserves help if the person is struggling.
### Terms: "signs" = objawy; "diagnosis" = diagnoza; "refer yourself" = zgłosić się
### samodzielnie; "GP" = GP (lekarz rodzinny); "depression" = depresja; "anxiety" = lęk.
### Items addressed to the reader avoid gendered past-tense verbs; citations stay in English.

## PHQ-9 (Kroenke, Spitzer & Williams 2001)

phq9-name = Kwestionariusz depresji PHQ-9
phq9-stem = Jak często w ciągu ostatnich 2 tygodni dokuczały ci następujące problemy?
phq9-recall-period = W ciągu ostatnich 2 tygodni

phq9-item-1 = Małe zainteresowanie lub mała przyjemność z robienia różnych rzeczy
phq9-item-2 = Uczucie smutku, przygnębienia lub beznadziei
phq9-item-3 = Kłopoty z zaśnięciem lub przerywany sen, albo zbyt długi sen
phq9-item-4 = Uczucie zmęczenia lub brak energii
phq9-item-5 = Brak apetytu lub objadanie się
phq9-item-6 = Złe myśli o sobie — poczucie, że jest się do niczego albo że zawodzi się siebie lub swoją rodzinę
phq9-item-7 = Kłopoty ze skupieniem się, na przykład przy czytaniu gazety lub oglądaniu telewizji
phq9-item-8 = Poruszanie się lub mówienie tak wolno, że inni mogli to zauważyć? Albo odwrotnie — taki niepokój i nerwowość, że ruszasz się dużo więcej niż zwykle
phq9-item-9 = Myśli, że lepiej byłoby nie żyć, albo myśli o zrobieniu sobie jakiejś krzywdy
phq9-item-difficulty = Jeśli zaznaczone zostały jakieś problemy, jak bardzo utrudniają ci one pracę, zajmowanie się domem lub dogadywanie się z innymi ludźmi?

phq9-option-0 = Wcale
phq9-option-1 = Przez kilka dni
phq9-option-2 = Przez więcej niż połowę dni
phq9-option-3 = Prawie codziennie

phq9-difficulty-option-0 = Wcale nie utrudniają
phq9-difficulty-option-1 = Trochę utrudniają
phq9-difficulty-option-2 = Bardzo utrudniają
phq9-difficulty-option-3 = Ogromnie utrudniają

phq9-band-minimal = Minimalny
phq9-band-minimal-explanation = Twoje odpowiedzi wskazują na niewiele objawów depresji albo ich brak w ciągu ostatnich 2 tygodni. To informacja, która ma ci pomóc, a nie diagnoza. Jeśli jest ci ciężko, nadal zasługujesz na wsparcie i nadal możesz poprosić o pomoc.
phq9-band-mild = Łagodny
phq9-band-mild-explanation = Twoje odpowiedzi wskazują na pewne objawy depresji w ciągu ostatnich 2 tygodni, na poziomie zwykle nazywanym łagodnym. To nie jest diagnoza. Wsparcie może pomóc na każdym poziomie i możesz o nie poprosić, jeśli jest ci ciężko.
phq9-band-moderate = Umiarkowany
phq9-band-moderate-explanation = Twoje odpowiedzi wskazują na objawy depresji w ciągu ostatnich 2 tygodni na poziomie zwykle nazywanym umiarkowanym. To nie jest diagnoza. Wielu osobom z podobnymi odpowiedziami pomaga terapia rozmową. Możesz zgłosić się samodzielnie.
phq9-band-moderately-severe = Średnio ciężki
phq9-band-moderately-severe-explanation = Twoje odpowiedzi wskazują na objawy depresji w ciągu ostatnich 2 tygodni na poziomie zwykle nazywanym średnio ciężkim. To nie jest diagnoza i nic nie mówi o tobie jako człowieku. Leczenie pomaga wielu osobom poczuć się lepiej: możesz zgłosić się samodzielnie albo porozmawiać ze swoim GP (lekarzem rodzinnym).
phq9-band-severe = Ciężki
phq9-band-severe-explanation = Twoje odpowiedzi wskazują na objawy depresji w ciągu ostatnich 2 tygodni na poziomie zwykle nazywanym ciężkim. To nie jest diagnoza i nie musisz radzić sobie z tym w pojedynkę. Leczenie pomaga wielu osobom poczuć się lepiej: możesz zgłosić się samodzielnie albo porozmawiać ze swoim GP (lekarzem rodzinnym) o możliwościach leczenia.

phq9-caseness-explanation = Poradnie NHS Talking Therapies traktują wynik 10 lub więcej w tym kwestionariuszu jako znak, że depresja może wpływać na ciebie na tyle, że leczenie może pomóc. Bez względu na wynik możesz poprosić o pomoc.

phq9-citation = Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of General Internal Medicine. 2001;16(9):606–613.
phq9-licence = Opracowany przez dr. Roberta L. Spitzera, dr Janet B.W. Williams, dr. Kurta Kroenke i współpracowników dzięki grantowi edukacyjnemu firmy Pfizer Inc. Kopiowanie, tłumaczenie, wyświetlanie i rozpowszechnianie nie wymaga zgody.

## GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)

gad7-name = Kwestionariusz lęku GAD-7
gad7-stem = Jak często w ciągu ostatnich 2 tygodni dokuczały ci następujące problemy?
gad7-recall-period = W ciągu ostatnich 2 tygodni

gad7-item-1 = Uczucie zdenerwowania, niepokoju lub napięcia
gad7-item-2 = Niemożność przestania się martwić lub zapanowania nad zamartwianiem się
gad7-item-3 = Zbyt duże zamartwianie się różnymi sprawami
gad7-item-4 = Kłopoty z odprężeniem się
gad7-item-5 = Niepokój tak duży, że trudno usiedzieć w miejscu
gad7-item-6 = Łatwe denerwowanie się lub rozdrażnienie
gad7-item-7 = Uczucie strachu, jakby miało się stać coś okropnego
# The published GAD-7's unscored question on difficulty (Spitzer et al. 2006).
gad7-item-difficulty = Jeśli zaznaczone zostały jakieś problemy, jak bardzo utrudniają ci one pracę, zajmowanie się domem lub dogadywanie się z innymi ludźmi?
gad7-difficulty-option-0 = Wcale nie utrudniają
gad7-difficulty-option-1 = Trochę utrudniają
gad7-difficulty-option-2 = Bardzo utrudniają
gad7-difficulty-option-3 = Ogromnie utrudniają

gad7-option-0 = Wcale
gad7-option-1 = Przez kilka dni
gad7-option-2 = Przez więcej niż połowę dni
gad7-option-3 = Prawie codziennie

gad7-band-minimal = Minimalny
gad7-band-minimal-explanation = Twoje odpowiedzi wskazują na niewiele objawów lęku albo ich brak w ciągu ostatnich 2 tygodni. To informacja, która ma ci pomóc, a nie diagnoza. Jeśli jest ci ciężko, nadal zasługujesz na wsparcie i nadal możesz poprosić o pomoc.
gad7-band-mild = Łagodny
gad7-band-mild-explanation = Twoje odpowiedzi wskazują na pewne objawy lęku w ciągu ostatnich 2 tygodni, na poziomie zwykle nazywanym łagodnym. To nie jest diagnoza. Wsparcie może pomóc na każdym poziomie i możesz o nie poprosić, jeśli jest ci ciężko.
gad7-band-moderate = Umiarkowany
gad7-band-moderate-explanation = Twoje odpowiedzi wskazują na objawy lęku w ciągu ostatnich 2 tygodni na poziomie zwykle nazywanym umiarkowanym. To nie jest diagnoza. Wielu osobom z podobnymi odpowiedziami pomaga terapia rozmową. Możesz zgłosić się samodzielnie.
gad7-band-severe = Ciężki
gad7-band-severe-explanation = Twoje odpowiedzi wskazują na objawy lęku w ciągu ostatnich 2 tygodni na poziomie zwykle nazywanym ciężkim. To nie jest diagnoza i nie musisz radzić sobie z tym w pojedynkę. Leczenie pomaga wielu osobom poczuć się lepiej: możesz zgłosić się samodzielnie albo porozmawiać ze swoim GP (lekarzem rodzinnym) o możliwościach leczenia.

gad7-caseness-explanation = Poradnie NHS Talking Therapies traktują wynik 8 lub więcej w tym kwestionariuszu jako znak, że lęk może wpływać na ciebie na tyle, że leczenie może pomóc. Bez względu na wynik możesz poprosić o pomoc.

gad7-citation = Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Archives of Internal Medicine. 2006;166(10):1092–1097.
gad7-licence = Opracowany przez dr. Roberta L. Spitzera, dr Janet B.W. Williams, dr. Kurta Kroenke i współpracowników dzięki grantowi edukacyjnemu firmy Pfizer Inc. Kopiowanie, tłumaczenie, wyświetlanie i rozpowszechnianie nie wymaga zgody.

## Work and Social Adjustment Scale (Mundt, Marks, Shear & Greist 2002)
## "[problem]" in the published items is written here as "my problem".

wsas-name = Skala funkcjonowania w pracy i życiu społecznym (WSAS)
wsas-stem = Problemy czasem utrudniają ludziom wykonywanie niektórych codziennych czynności. Przy każdym punkcie zaznacz na skali, jak bardzo twój problem utrudnia ci daną czynność.

wsas-item-work = Z powodu mojego problemu moja zdolność do pracy jest ograniczona. „0” oznacza „wcale nie jest ograniczona”, a „8” oznacza „bardzo poważnie ograniczona, do tego stopnia, że nie mogę pracować”.
wsas-item-work-not-applicable = Jestem na emeryturze albo nie mam pracy z wyboru, z powodów niezwiązanych z moim problemem
wsas-item-home-management = Z powodu mojego problemu prowadzenie domu (sprzątanie, porządki, zakupy, gotowanie, opieka nad domem lub dziećmi, płacenie rachunków) jest utrudnione.
wsas-item-social-leisure = Z powodu mojego problemu spędzanie wolnego czasu z innymi ludźmi (np. przyjęcia, wyjścia do baru lub klubu, wycieczki, odwiedziny, randki, przyjmowanie gości w domu) jest utrudnione.
wsas-item-private-leisure = Z powodu mojego problemu spędzanie wolnego czasu w pojedynkę (np. czytanie, praca w ogrodzie, kolekcjonowanie, szycie, samotne spacery) jest utrudnione.
wsas-item-relationships = Z powodu mojego problemu moja zdolność do tworzenia i utrzymywania bliskich relacji z innymi, także z osobami, z którymi mieszkam, jest ograniczona.

wsas-option-0 = 0 – Wcale
wsas-option-1 = 1
wsas-option-2 = 2 – Lekko
wsas-option-3 = 3
wsas-option-4 = 4 – Wyraźnie
wsas-option-5 = 5
wsas-option-6 = 6 – Znacznie
wsas-option-7 = 7
wsas-option-8 = 8 – Bardzo poważnie

wsas-band-subclinical = Poniżej progu klinicznego
wsas-band-subclinical-explanation = Twoje odpowiedzi wskazują, że twoje problemy mają mniejszy wpływ na pracę, życie domowe, czas wolny lub relacje. To nie jest ocena tego, jak ciężko ci jest. Jeśli jest ci ciężko, nadal zasługujesz na wsparcie i nadal możesz poprosić o pomoc.
wsas-band-significant = Znaczne trudności w codziennym funkcjonowaniu
wsas-band-significant-explanation = Twoje odpowiedzi wskazują, że twoje problemy mają znaczny wpływ na pracę, życie domowe, czas wolny lub relacje. To nie jest diagnoza. Wsparcie może pomóc ci wrócić do rzeczy, które są dla ciebie ważne.
wsas-band-moderately-severe = Średnio ciężkie lub większe trudności w funkcjonowaniu
wsas-band-moderately-severe-explanation = Twoje odpowiedzi wskazują, że twoje problemy mają duży wpływ na pracę, życie domowe, czas wolny lub relacje. To nie jest diagnoza i nie musisz radzić sobie z tym w pojedynkę: możesz zgłosić się samodzielnie albo porozmawiać ze swoim GP (lekarzem rodzinnym).

wsas-citation = Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale: a simple measure of impairment in functioning. British Journal of Psychiatry. 2002;180:461–464.
wsas-licence = Prawa autorskie do skali Work and Social Adjustment Scale należą do jej autorów (Mundt, Marks, Shear i Greist). Skala jest powszechnie używana przez poradnie NHS.

## IAPT Phobia Scales (Crown copyright)

phobia-name = Skale fobii
phobia-stem = Wybierz liczbę ze skali poniżej, aby pokazać, jak bardzo unikasz każdej z wymienionych niżej sytuacji lub rzeczy.

phobia-item-social = Sytuacje towarzyskie – z obawy przed wstydem lub ośmieszeniem się
phobia-item-panic = Niektóre sytuacje – z obawy przed atakiem paniki lub innymi przykrymi objawami (takimi jak niemożność utrzymania moczu, wymioty lub zawroty głowy)
phobia-item-specific = Niektóre sytuacje – z obawy przed określonymi rzeczami lub czynnościami (takimi jak zwierzęta, wysokość, widok krwi, przebywanie w ciasnych pomieszczeniach, prowadzenie samochodu lub latanie samolotem)

phobia-option-0 = 0 – Nie unikam
phobia-option-1 = 1
phobia-option-2 = 2 – Unikam trochę
phobia-option-3 = 3
phobia-option-4 = 4 – Wyraźnie unikam
phobia-option-5 = 5
phobia-option-6 = 6 – Znacznie unikam
phobia-option-7 = 7
phobia-option-8 = 8 – Zawsze unikam

phobia-explore-further = Twoja odpowiedź wskazuje, że taki lęk może wpływać na twoje życie. Pomocna może być rozmowa z terapeutą, który sprawdzi, jak bardzo ci to przeszkadza. To nie jest diagnoza.

phobia-citation = IAPT Phobia Scales – skale z programu Improving Access to Psychological Therapies (obecnie NHS Talking Therapies).
phobia-licence = Prawa autorskie do IAPT Phobia Scales należą do Korony Brytyjskiej (Crown copyright). Skale są publikowane na licencji Open Government Licence.

## PCL-5 (Weathers et al. 2013)
## The stem adapts "circle one of the numbers to the right" to "choose one of the answers" for screens.

pcl5-name = Lista objawów stresu pourazowego PCL-5
pcl5-stem = Poniżej jest lista problemów, które ludzie czasem mają w reakcji na bardzo stresujące przeżycie. Przeczytaj uważnie każdy punkt, a potem wybierz odpowiedź, która pokazuje, jak bardzo dany problem dokuczał ci w ostatnim miesiącu.
pcl5-recall-period = W ostatnim miesiącu

pcl5-item-1 = Powracające, przykre i niechciane wspomnienia stresującego przeżycia?
pcl5-item-2 = Powracające, przykre sny o stresującym przeżyciu?
pcl5-item-3 = Nagłe uczucie lub zachowanie, jakby to stresujące przeżycie działo się znowu naprawdę (jakby przeżywać je tam jeszcze raz)?
pcl5-item-4 = Silne zdenerwowanie, gdy coś przypomniało ci o stresującym przeżyciu?
pcl5-item-5 = Silne reakcje ciała, gdy coś przypomniało ci o stresującym przeżyciu (na przykład mocne bicie serca, trudności z oddychaniem, pocenie się)?
pcl5-item-6 = Unikanie wspomnień, myśli lub uczuć związanych ze stresującym przeżyciem?
pcl5-item-7 = Unikanie rzeczy z zewnątrz, które przypominają o stresującym przeżyciu (na przykład ludzi, miejsc, rozmów, czynności, przedmiotów lub sytuacji)?
pcl5-item-8 = Kłopoty z przypomnieniem sobie ważnych części stresującego przeżycia?
pcl5-item-9 = Silne negatywne przekonania o sobie, innych ludziach lub świecie (na przykład myśli takie jak: jestem złym człowiekiem, coś jest ze mną poważnie nie tak, nikomu nie można ufać, świat jest całkowicie niebezpieczny)?
pcl5-item-10 = Obwinianie siebie lub kogoś innego za stresujące przeżycie lub za to, co stało się potem?
pcl5-item-11 = Silne negatywne uczucia, takie jak strach, przerażenie, złość, poczucie winy lub wstyd?
pcl5-item-12 = Utrata zainteresowania czynnościami, które kiedyś sprawiały ci przyjemność?
pcl5-item-13 = Poczucie dystansu lub odcięcia od innych ludzi?
pcl5-item-14 = Kłopoty z odczuwaniem pozytywnych uczuć (na przykład niemożność odczuwania szczęścia lub miłości do bliskich osób)?
pcl5-item-15 = Drażliwość, wybuchy złości lub agresywne zachowanie?
pcl5-item-16 = Podejmowanie zbyt dużego ryzyka lub robienie rzeczy, które mogą ci zaszkodzić?
pcl5-item-17 = Bycie „w stanie nadmiernej gotowości”, czujność lub ciągłe wypatrywanie zagrożenia?
pcl5-item-18 = Nerwowość lub łatwe wpadanie w przestrach?
pcl5-item-19 = Trudności ze skupieniem się?
pcl5-item-20 = Kłopoty z zaśnięciem lub przerywany sen?

pcl5-option-0 = Wcale
pcl5-option-1 = Trochę
pcl5-option-2 = Umiarkowanie
pcl5-option-3 = Dość mocno
pcl5-option-4 = Bardzo mocno

pcl5-caseness-explanation = Wynik 32 lub więcej wskazuje, że możesz zmagać się ze stresem pourazowym i że pomocna może być rozmowa o tym ze specjalistą. To wynik badania przesiewowego, a nie diagnoza. Bez względu na wynik możesz poprosić o pomoc.

pcl5-citation = Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013. Próg 32 mieści się w przedziale od 31 do 33 podawanym dla prawdopodobnego PTSD (Bovin MJ et al. Psychological Assessment. 2016;28(11):1379–1391).
pcl5-licence = PCL-5 jest dziełem rządu Stanów Zjednoczonych (National Center for PTSD) i należy do domeny publicznej.
