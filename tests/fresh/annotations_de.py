"""German annotations of the third gold set (tests/fresh): four articles in tests/fresh/articles/de_*.txt.

Annotated by a helper session of the lead (the German annotator of this round; English and Dutch were done by two
other helpers at the same time). The articles were chosen from the stored news pages of the `pages` search corpus
(queries such as `Polizei Bodycams Hersteller Auftrag`, `Hessendata Palantir Polizei Vertrag`, `Bundeswehr Vertrag
Rüstungsfirma Software Drohnen`, `Polizei Gesichtserkennung System Firma Auftrag Landeskriminalamt`) from four
outlets (DER SPIEGEL, Süddeutsche Zeitung, heise online, nd), none of them a story of seeds/ or tests/heldout/,
and their text prepared by tests/heldout/README.md's rules. The mentions and pairs were listed by reading each
article first, with the conventions of tests/gold/README.md and tests/heldout/README.md; the ids are the shipped
gazetteer's (or a rule's of gazetteer/rules.csv), else the new slugs below. Only after the JSON was written was
the prebuilt gazegraph's eval consulted, and only to catch mentions the reading had missed; disagreements were
decided by the conventions and the text.

Format as tests/heldout/annotate.py: MENTIONS[doc] = [(context with {{surface}}, or the bare surface; entity id)]
in text order; PAIRS[doc] = [(a, relation, b, first words of the evidence, last words[, status])].
"""

# Entities the shipped gazetteer lacks (neither listed nor built by a rule): id -> type.
NEW_ENTITIES = {
    "england": "country",  # `Reveal-Kamera aus England` (Spiegel); a constituent country of the UK
    "amt-fuer-heeresentwicklung": "agency",  # Amt für Heeresentwicklung (Bundeswehr's Army Development Office)
    "cdu-csu": "organisation",  # `der Union` (CDU/CSU)
    "beagle": "product",  # part of the Palantir software in Hesse
    "sirrix": "organisation",  # Sirrix AG
    "bitbox": "product",  # Bitbox (Browser in the Box), Sirrix's virtual browsing environment
    "gewerkschaft-der-polizei": "organisation",  # Gewerkschaft der Polizei (GdP), German police union
    "red-army-faction": "organisation",  # RAF (Rote Armee Fraktion)
    "daniela-klette": "person",
    "ges": "product",  # Gesichtserkennungssystem (GES) of the BKA
}

# fmt: off
MENTIONS = {
"de_bundespolizei-bodycams-reveal": [
    ("Firma {{Reveal}} geschafft", "reveal-media"),
    ("{{Deutschlands}} Bundespolizisten", "germany"),
    ("bei der {{Bundespolizei}} ein Alltagstest", "bundespolizei"),
    ("in {{Berlin}}, Hamburg", "berlin"),
    ("{{Hamburg}}, München", "hamburg"),
    ("{{München}}, Stuttgart", "munich"),
    ("{{Stuttgart}}, in", "stuttgart"),
    ("in {{Nordrhein-Westfalen}}.", "north-rhine-westphalia"),
    ("die {{Reveal}}-Kamera", "reveal-media"),
    ("aus {{England}} sehr", "england"),
    ("Hätte die {{Bundespolizei}} den", "bundespolizei"),
    ("deutschen {{Reveal}}-Vertreter", "reveal-media"),
    ("in {{Plettenberg}},", "plettenberg"),
],
"de_bundeswehr-drohnentest-helsing-stark": [
    ("des {{Amts für Heeresentwicklung}} der", "amt-fuer-heeresentwicklung"),
    ("der {{Bundeswehr}} ist eigentlich", "bundeswehr"),
    ("Tageszeitung {{Financial Times}} :", "financial-times"),
    ("von {{Peter Thiel}} unterstützten", "peter-thiel"),
    ("Die {{Bundeswehr}} will", "bundeswehr"),
    ("primär die {{SPD}} blockierte", "spd"),
    ("mit der {{Union}} unter", "cdu-csu"),
    ("Angela Merkel", "angela-merkel"),
    ("({{CDU}})", "cdu"),
    ("Unternehmen {{Helsing}} und", "helsing"),
    ("und {{Stark}} –", "stark-defence"),
    ("am {{Bundeswehr}}-Standort", "bundeswehr"),
    ("niedersächsischen {{Munster}} dabei", "munster-germany"),
    ("Bei {{Stark}} mit Sitz", "stark-defence"),
    ("Sitz in {{Berlin}} ist", "berlin"),
    ("Investoren {{Peter Thiel}},", "peter-thiel"),
    ("{{US}}-Milliardär", "usa"),
    ("Präsident {{Donald Trump}}", "donald-trump"),
    ("der {{Süddeutschen Zeitung}} bei", "sueddeutsche-zeitung"),
    ("Bedienern der {{Bundeswehr}}.", "bundeswehr"),
    ("Zeitung {{Bild}} soll", "bild"),
    ("Drohne von {{Stark}} ihr", "stark-defence"),
    ("Laut {{Financial Times}} habe", "financial-times"),
    ("dem {{britischen Militär}} Probleme", "british-army"),
],
"de_hessendata-untersuchungsausschuss": [
    ("{{Hessendata}}, die auf", "hessendata"),
    ("der {{Palantir}}-Antiterror", "palantir"),
    ("\"{{Gotham}}\"", "gotham"),
    ("von {{CDU}} und", "cdu"),
    ("den {{Grünen}} verabschiedet", "gruene"),
    ("Oppositionsparteien {{SPD}}, FDP", "spd"),
    ("{{FDP}} und die", "fdp"),
    ("die {{Linke}} nicht", "die-linke"),
    ("Software {{Hessendata}} habe", "hessendata"),
    ("das {{hessische Innenministerium}} gesetzeswidrig", "hesse-interior-ministry"),
    ("Firmen {{IBM}}, SAP", "ibm"),
    ("{{SAP}} und SAS", "sap"),
    ("und {{SAS}} keine", "sas-institute"),
    ("der {{Palantir}}-Software vergleichbare", "palantir"),
    ("wie {{Facebook}} und", "facebook"),
    ("und {{Twitter}} abgleichen", "twitter"),
    ("besonders {{Hessens}} Innenminister", "hesse"),
    ("Peter Beuth", "peter-beuth"),
    ("({{CDU}}) entlastet", "cdu"),
    ("dem {{Palantir}}-Chef", "palantir"),
    ("Alex Karp", "alex-karp"),
    ("der {{Palantir}}-Software namens", "palantir"),
    ("\"{{Beagle}}\"", "beagle"),
    ("der {{Sirrix AG}} für", "sirrix"),
    ("das {{BSI}} entwickelte", "bsi"),
    ("Surfumgebung {{Bitbox}}für", "bitbox"),
    ("Dies hatte Die {{Linke}} bereits", "die-linke"),
],
"de_ges-gesichtserkennung-bka": [
    ("der {{Gewerkschaft der Polizei}} (GdP)", "gewerkschaft-der-polizei"),
    ("({{GdP}})", "gewerkschaft-der-polizei"),
    ("der {{RAF}}-Gesuchten", "red-army-faction"),
    ("Daniela Klette", "daniela-klette"),
    ("Kürzel {{GES}} ein", "ges"),
    ("beim {{Bundeskriminalamt}} (BKA)", "bka"),
    ("({{BKA}})", "bka"),
    ("der {{Bundespolizei}} sowie", "bundespolizei"),
    ("Polizeidatenbank {{Inpol}} gespeichert", "inpol"),
    ("das {{Bundesinnenministerium}} in", "bmi-de"),
    ("der {{BSW}}-Gruppe", "bsw"),
    ("im {{Bundestag}}.", "bundestag"),
    ("das {{BKA}} im GES", "bka"),
    ("im {{GES}} rund", "ges"),
    ("der {{BKA}}-Datei", "bka"),
],
}

PAIRS = {
"de_bundespolizei-bodycams-reveal": [
    ("bundespolizei", "customer_of", "reveal-media", "Dazu lief 2016 bei der Bundespolizei", "im Test dagegen nicht."),
],
"de_bundeswehr-drohnentest-helsing-stark": [
    ("bundeswehr", "owns", "amt-fuer-heeresentwicklung", "Der Drohnen -Test auf Einladung", "einiges durchgesickert."),
    ("bundeswehr", "customer_of", "helsing", "Darunter sind die deutschen Unternehmen", "Munster dabei."),
    ("bundeswehr", "customer_of", "stark-defence", "Darunter sind die deutschen Unternehmen", "Munster dabei."),
    ("peter-thiel", "owns", "stark-defence", "Bei Stark mit Sitz in Berlin", "Präsident Donald Trump."),
    ("british-army", "customer_of", "stark-defence", "Laut einem Bericht der Zeitung Bild", "Probleme gegeben."),
],
"de_hessendata-untersuchungsausschuss": [
    ("palantir", "owns", "hessendata", "Hessendata, die auf deutsche", "rechtmäßig im Einsatz."),
    ("palantir", "owns", "gotham", "Hessendata, die auf deutsche", "rechtmäßig im Einsatz."),
    ("hesse-interior-ministry", "customer_of", "hessendata", "Weder bei dem Vergabeverfahren", "Untersuchungsausschuss fest."),
    ("peter-beuth", "works_for", "hesse", "So heißt es in dem Zwischenbericht", "entlastet."),
    ("alex-karp", "works_for", "palantir", "Dessen Kontakte mit dem Palantir-Chef", "gewesen."),
    ("palantir", "owns", "beagle", "So musste für einen Teil", "angeschafft werden."),
    ("beagle", "runs_on", "bitbox", "So musste für einen Teil", "angeschafft werden."),
    ("sirrix", "owns", "bitbox", "So musste für einen Teil", "angeschafft werden."),
    ("sirrix", "supplies", "bsi", "So musste für einen Teil", "angeschafft werden."),
    ("bitbox", "supplies", "bsi", "So musste für einen Teil", "angeschafft werden."),
],
"de_ges-gesichtserkennung-bka": [
    ("bka", "owns", "ges", "Was der Funktionär verschweigt", "genutzt wird."),
    ("bundespolizei", "customer_of", "ges", "Was der Funktionär verschweigt", "genutzt wird."),
],
}
# fmt: on
