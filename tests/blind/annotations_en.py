"""English annotations of the fourth (blind) gold set: tests/blind/articles/en_*.txt.

Annotated by the English helper of the blind-set session (one annotator, 2026-12-06). The four articles were chosen
from the stored news pages of the `pages` search corpus (queries on ICE and spyware vendors, Army drone contracts,
police live face recognition, licence-plate readers, body cameras and real-time crime centres), from four outlets
used in no earlier set (Daily Herald, Defense Daily, Computing, WDTN), and prepared by tests/heldout/README.md's
rules: text as stored, the title first where the stored page has one (Daily Herald, Computing), ending at the last
complete sentence (the Daily Herald, Computing and WDTN pages are cut by the store mid-sentence; Defense Daily's
stored text ends with the article). The mentions and pairs were listed by reading each article, before gazegraph's
output was looked at; the frozen extractor (`gazegraph eval`) was run afterwards only to look for mentions the
reading had missed (it showed none: everything it found but one span is in this gold), and every disagreement was
decided by the conventions of tests/gold/README.md and tests/heldout/README.md and the text (its one false hit,
`Ohio` inside `Ohio Attorney General’s Office`, stays part of that name by convention 4). Format:
tests/heldout/annotate.py's (NEW_ENTITIES id -> type;
MENTIONS document -> [(context with {{surface}}, or the bare surface; entity id)] in text order; PAIRS document ->
[(a, relation, b, first words of the evidence, last words[, status])]).

Decisions for cases the earlier sets do not have:
- Page furniture: Computing's pull quote `Each deployment will have a bespoke ‘watch list', made up of images of
  wanted individuals` (no full stop; it repeats the statement quoted further down) is left out; its subtitle
  (`Met plans to use live facial recognition …`) is kept as the second paragraph, as the held-out set kept teasers.
- `Sen. Ron Wyden (D-Ore.)`: the party abbreviation `D` is the Democratic Party and `Ore.` the state Oregon (the
  gazetteer's own form), by the held-out convention that a party in brackets after a politician is a mention; they
  give no pair (membership of a party and a senator's state are not roles in the sense of `works_for`).
- `Biden-era` → `Biden` (a hyphenated continuation, as `Trump-Regierung`); `U.S.-banned`, `California-based` → `U.S.`,
  `California`. The attributive `U.S.` of `U.S. crackdown`, `U.S. government contracts`, `U.S. drone manufacturer`
  is the country (a noun, as `US-Staaten`); `Americans` and `Italian` are demonyms and not mentions, so `Paragon
  then said it had stopped working with Italian government agencies` gives no pair.
- `Pope Francis`: the span is the name by which he is known, title included (unlike `Sen.` before `Ron Wyden`,
  `Col.` before `Joseph Anderson`, `Assistant commissioner` before `Nick Ephgrave`, which are left out).
- `Army` alone (capitalised, the U.S. Army in a U.S. trade paper) is `us-army`, like `Pentagon`; `Defense
  Department’s` is `department-of-defense`. The `Short Range Reconnaissance (SRR) program` is a programme named as
  a product, like Project Maven and the JWCC (`short-range-reconnaissance`); the lower-case `short range
  reconnaissance provider` in the colonel's quote is a description of the vendor and is not annotated. `X2D` is
  the gazetteer's `skydio-x2` (its alias `Skydio X2D`). `UAS` (defined as `unmanned aircraft system (UAS)`, and in
  `project manager for UAS`) and `Other Transaction Agreement` (a kind of contract) are generic terms.
- `Army Program Executive Office for Aviation, Unmanned Aircraft Systems Project Management Office`: two offices,
  the first's name written with its service (as `US Department of Defense`), and the second a part of the first
  (`peo-aviation` `owns` it, department and agency). The award they managed is Skydio's, but that paragraph does
  not name Skydio, so no pair between them (the paragraph convention).
- Skydio's contract (`won a potential $99.8 million Army contract to provide its backpackable X2D … for the Short
  Range Reconnaissance (SRR) program`) gives the seller/product/buyer triple (`skydio` `sells_to` `us-army`,
  `skydio` `owns` `skydio-x2`, `skydio-x2` `supplies` `us-army`), the maker and the product `supplies` the
  programme (as the JWCC awardees `supplies` JWCC), and the Army `owns` its programme (`Army contract … for the …
  program`). `Col. Joseph Anderson, project manager for UAS` speaks for the Army in the sentence naming it (`for
  the Army, our strategic partners`): `works_for` `us-army`.
- Computing: `The technology behind the scheme will be provided by NEC, …, the statement today from the
  Metropolitan Police added` gives `nec` `supplies` `met-police`, `planned` (`will be provided`): the Met is the
  statement's author but also the user of the scheme (not a mere announcer, unlike the seeds' South African
  police). `Assistant commissioner Nick Ephgrave`'s paragraph does not name the Met (`a modern police force`), so
  there is no `works_for` pair for him.
- WDTN: `Ohio Attorney General’s Office` is one name (a place inside an organisation's name); the `TALEN Project`
  is a programme, a product like `Project Green Light` (`talen`), run (`owns`) by the Attorney General's office;
  the Miamisburg police, `selected by` the office for it, `works_with` the office and is `customer_of` the
  programme, which `runs_on` Fusus (`It is a pilot program using an online platform called Fusus`, the pronoun
  carrying the project from the sentence before). Every `Fusus` is the gazetteer's `fusus` (the text calls the
  platform by the company's name); `Real-Time Crime Center in the Cloud` after it is the company's tagline, not a
  product name, and `Downtown Citizens Patrol Initiative` in Cindi Threlkeld's title is not of our types.
  `Miamisburg PD` is the rule-built `miamisburg-police` (a form of the `police-city` rule).
- Not pairs: ICE and its critic Ron Wyden; the U.S. ban of NSO Group (`U.S.-banned`); Joe Biden's and Donald
  Trump's administrations and ICE or Paragon; the `Italian journalists … and associates of Pope Francis` whose
  devices carried Graphite (targets, not customers); datelines (`MIAMISBURG, Ohio (WDTN)`, `California-based`) and
  the reporters (`told Defense Daily`).
"""

NEW_ENTITIES = {
    "ron-wyden": "person",
    "pope-francis": "person",
    "short-range-reconnaissance": "product",
    "defense-daily": "organisation",
    "peo-aviation": "agency",
    "uas-project-management-office": "agency",
    "joseph-anderson": "person",
    "nick-ephgrave": "person",
    "wdtn": "organisation",
    "cindi-threlkeld": "person",
    "ohio-attorney-general": "agency",
    "talen": "product",
}

# fmt: off
MENTIONS = {
"en_ice-paragon-spyware-reactivated": [
    ("{{ICE}} reactivates", "ice"),
    ("U.S. Immigration and Customs Enforcement", "ice"),
    ("{{Biden}}-era", "joe-biden"),
    ("Paragon Solutions", "paragon-solutions"),
    ("{{ICE}} spokespeople", "ice"),
    ("harsh {{U.S.}} crackdown", "usa"),
    ("“{{ICE}} is already", "ice"),
    ("Ron Wyden", "ron-wyden"),
    ("({{D}}-Ore.)", "democratic-party"),
    ("D-{{Ore.}})", "oregon"),
    ("asked {{ICE}} for", "ice"),
    ("how {{ICE}} will", "ice"),
    ("{{Paragon’s}} spyware", "paragon-solutions"),
    ("Donald Trump", "donald-trump"),
    ("NSO Group", "nso-group"),
    ("the {{U.S.}}-banned", "usa"),
    ("Pegasus", "pegasus"),
    ("spyware, {{Paragon}} drew", "paragon-solutions"),
    ("Graphite", "graphite"),
    ("Pope Francis", "pope-francis"),
    ("{{Paragon}} then said", "paragon-solutions"),
    ("{{Paragon}} had previously", "paragon-solutions"),
    ("won {{U.S.}} government", "usa"),
    ("with {{ICE}}, the front", "ice"),
],
"en_army-skydio-short-range-recon": [
    ("{{U.S.}} drone manufacturer", "usa"),
    ("manufacturer {{Skydio}} on", "skydio"),
    ("million {{Army}} contract", "us-army"),
    ("backpackable {{X2D}}", "skydio-x2"),
    ("Short Range Reconnaissance", "short-range-reconnaissance"),
    ("({{SRR}}) program", "short-range-reconnaissance"),
    ("{{California}}-based", "california"),
    ("California-based {{Skydio}} said", "skydio"),
    ("for the {{SRR}} program out", "short-range-reconnaissance"),
    ("An {{Army}} spokesman", "us-army"),
    ("Defense Daily", "defense-daily"),
    ("The {{Army’s}} solicitation", "us-army"),
    ("said the {{SRR}} “is", "short-range-reconnaissance"),
    ("The {{X2D}} can fly", "skydio-x2"),
    ("with {{Skydio’s}} artificial", "skydio"),
    ("Army Program Executive Office for Aviation", "peo-aviation"),
    ("Unmanned Aircraft Systems Project Management Office", "uas-project-management-office"),
    ("the {{U.S. Army’s}} short", "us-army"),
    ("for the {{Army}}, our", "us-army"),
    ("Joseph Anderson", "joseph-anderson"),
    ("The {{Army}} also partnered", "us-army"),
    ("the {{Defense Department’s}} Defense", "department-of-defense"),
    ("Defense Innovation Unit", "diu"),
    ("the {{SRR}} program.", "short-range-reconnaissance"),
],
"en_met-police-live-facial-recognition-nec": [
    ("Metropolitan Police", "met-police"),
    ("across {{London}}\n", "london"),
    ("\n{{Met}} plans", "met-police"),
    ("in {{London}} to", "london"),
    ("The {{Metropolitan Police}} is to", "met-police"),
    ("across {{London}}. The", "london"),
    ("The {{Met}} claims", "met-police"),
    ("by {{NEC}},", "nec"),
    ("from the {{Metropolitan Police}} added", "met-police"),
    ("Nick Ephgrave", "nick-ephgrave"),
    ("safe in {{London}}…", "london"),
    ("the {{UK}},", "united-kingdom"),
    ("The {{Met}} will begin", "met-police"),
],
"en_miamisburg-police-fusus-doorbell-cameras": [
    ("MIAMISBURG", "miamisburg"),
    ("{{Ohio}} (WDTN)", "ohio"),
    ("({{WDTN}})", "wdtn"),
    ("Cindi Threlkeld", "cindi-threlkeld"),
    ("for the {{Miamisburg Police Department}}, said", "miamisburg-police"),
    ("investigations,” {{Threlkeld}} explained", "cindi-threlkeld"),
    ("The {{Miamisburg Police Department}} was one", "miamisburg-police"),
    ("Ohio Attorney General’s Office", "ohio-attorney-general"),
    ("TALEN Project", "talen"),
    ("called {{Fusus}}.", "fusus"),
    ("The {{Fusus}} Real-Time", "fusus"),
    ("Miamisburg PD", "miamisburg-police"),
    ("with {{Fusus}} to provide", "fusus"),
    ("cameras?” {{Threlkeld}} said", "cindi-threlkeld"),
    ("the {{Fusus}} platform", "fusus"),
    ("{{Threlkeld}} said this", "cindi-threlkeld"),
    ("investigations,” {{Threlkeld}} said.", "cindi-threlkeld"),
],
}

PAIRS = {
"en_ice-paragon-spyware-reactivated": [
    ("nso-group", "owns", "pegasus", "Although it has held itself out", "associates of Pope Francis."),
    ("paragon-solutions", "owns", "graphite", "Although it has held itself out", "associates of Pope Francis."),
    ("paragon-solutions", "sells_to", "usa", "Paragon had previously won", "voided by the administration."),
    ("paragon-solutions", "sells_to", "ice", "Paragon had previously won", "voided by the administration."),
],
"en_army-skydio-short-range-recon": [
    ("skydio", "sells_to", "us-army", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("skydio", "owns", "skydio-x2", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("skydio-x2", "supplies", "us-army", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("skydio", "supplies", "short-range-reconnaissance", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("skydio-x2", "supplies", "short-range-reconnaissance", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("us-army", "owns", "short-range-reconnaissance", "U.S. drone manufacturer Skydio", "(SRR) program."),
    ("peo-aviation", "owns", "uas-project-management-office", "The award was made through", "Project Management Office."),
    ("joseph-anderson", "works_for", "us-army", "“The selection of the U.S. Army’s", "said in a statement."),
    ("us-army", "partners_with", "diu", "The Army also partnered", "on the SRR program."),
    ("department-of-defense", "owns", "diu", "The Army also partnered", "on the SRR program."),
    ("diu", "works_with", "short-range-reconnaissance", "The Army also partnered", "on the SRR program."),
],
"en_met-police-live-facial-recognition-nec": [
    ("nec", "supplies", "met-police", "The technology behind the scheme", "Metropolitan Police added.", "planned"),
],
"en_miamisburg-police-fusus-doorbell-cameras": [
    ("cindi-threlkeld", "works_for", "miamisburg-police", "Cindi Threlkeld, the Downtown", "helping solve investigations."),
    ("miamisburg-police", "works_with", "ohio-attorney-general", "The Miamisburg Police Department was one", "for the TALEN Project."),
    ("ohio-attorney-general", "owns", "talen", "The Miamisburg Police Department was one", "for the TALEN Project."),
    ("miamisburg-police", "customer_of", "talen", "The Miamisburg Police Department was one", "for the TALEN Project."),
    ("talen", "runs_on", "fusus", "The Miamisburg Police Department was one", "online platform called Fusus."),
    ("miamisburg-police", "customer_of", "fusus", "Miamisburg PD is asking", "around the community."),
],
}
# fmt: on
