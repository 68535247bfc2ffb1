"""Dutch annotations of the fifth (blind2) gold set: tests/blind2/articles/nl_*.txt.

Annotated by a helper session (the Dutch annotator of the blind2 round), working alone on the four Dutch articles.

How the articles were chosen: from the stored pages of the `pages` search corpus, with queries in Dutch on police,
Defence and border technology (tap systems and interception, police cloud data, Defence contracts with arms
companies, police apps and smart cameras, drones, ANPR, face recognition), one article per outlet and story, none
in /tmp/excluded-urls.txt or claimed by another helper, and none on the story of an article of `seeds/`,
`tests/heldout/`, `tests/fresh/` or `tests/blind/`. Chosen for naming a buyer and a seller or partner: a security
trade site on the Dutch police's tap system (Elbit, Fox-IT), a tech site on Microsoft's Azure and the Scottish
police, a Dutch Jewish news site on Defence's contracts with Elbit Systems, and a Belgian paper on the Antwerp
police's app built with Digipolis. Left out: pages under 250 words once prepared (an Omroep Brabant item on
Defence's Robin Radar radars, a NU.nl item on Damen and Thales), blogs, and rewrites of the same tap-system story.

How they were prepared (tests/heldout/README.md, "How the articles were chosen"): text as stored, no word changed
(the typo `Software Defines Radio` and `ondeugelijke` kept), title on the first line where the stored page has one,
paragraphs separated by blank lines, each file ending at the last complete sentence. Per article:
- Beveiligingnieuws (nl_politie-tapsysteem-elbit): the crosshead `Nooit goed gewerkt` was separated from its
  paragraph by a single line break; it is a paragraph of its own here. The last crosshead `Componenten uit Afrika`
  heads a paragraph the store cuts after its first words (`Zolang het systeem van Elbit niet goed werkt,`); both
  are left out, so the file does not end with a heading.
- Techzine (nl_schotse-politie-azure-microsoft): the stored page begins without the headline (the address spells
  it), so the file begins with the first paragraph and the title in the sources is empty. The cut last sentence
  (`Tegen Computer Weekly zegt hij dat ... niet vold`) is left out.
- Jonet.nl (nl_defensie-elbit-tactische-computers): the line `Elbit Systems` between the headline and the first
  paragraph is page furniture (the image's caption or tag) and left out. The cut sentence `Uiteindelijk kwamen de
  mortiergranaten in Mali` is left out.
- HLN (nl_antwerpse-politie-focus-digipolis): after the headline the store has `ADN` (the photo credit), the date
  and time lines (`31 januari 2018`, `18u19`) and `Bron: Belga 0` glued to the first sentence (`0` is the comment
  counter). The credit, the date lines and the counter are furniture and left out; the source line `Bron: Belga`,
  printed with the article like a byline, is kept as a paragraph of its own. The cut quotation `"Dat is goed voor de
  compatib` is left out.

Every mention and pair was listed by reading each article, following tests/gold/README.md's conventions and
tests/heldout/README.md's additions, before any gazegraph output was looked at. Afterwards the frozen binary was run
once (`/tmp/gg-frozen build`) only to look for mentions the reading might have missed; every disagreement was
decided by the conventions and the text (what that check changed is stated at the end of this docstring).

Format: tests/heldout/annotate.py's. NEW_ENTITIES (id -> type) lists entities the frozen gazetteer lacks;
MENTIONS (document -> [(context with {{surface}} or the bare surface, entity id)], in text order); PAIRS
(document -> [(a, relation, b, first words of the evidence, last words[, status])]).

Ids: the gazetteer's where it lists the entity (`Nationale Politie` -> `politie`, `Elbit`/`Elbit Systems` ->
`elbit-systems`, `Landmacht` -> `koninklijke-landmacht`, `Defensie` -> `dutch-mod` in the Dutch site's article,
`Schotse politie`/`politie van Schotland` -> `police-scotland`, `VK` -> `united-kingdom`, `Justitie` ->
`fod-justitie`); ids rules build: `Antwerpse politie`/`Antwerpse lokale politie` -> `antwerp-police` (police-city,
`{city:adj} politie`), `Nederlandse krijgsmacht` -> `armed-forces-of-netherlands` (armed-forces-country). The
Antwerp app Focus is `focus-antwerp-police`, since the gazetteer's `focus` is the German magazine.

Decisions worth knowing:
- nl_politie-tapsysteem-elbit: `Interceptie & Sensing` (`De afdeling Interceptie & Sensing van de Nationale
  Politie`) is the proper name of a police department, annotated as an agency (`interception-and-sensing`, as the
  gazetteer lists named sub-units such as the FBI's CJIS); `afdeling` is a descriptor, and the Nationale Politie,
  after `van`, is a mention of its own, which `owns` the department. The first sentence gives the department and
  the Nationale Politie `customer_of` Elbit (the tap system of Elbit with which the department struggles). The
  second sentence (`Een wel goed functionerend systeem van Fox-IT moest ... worden afgedankt`) carries the same
  user by ellipsis: both `customer_of` Fox-IT, `ended`. `de Belgische minister van Justitie` names Belgium's justice
  ministry by the portfolio convention (`Justitie` -> `fod-justitie`; `Belgische` is an adjective); it gives no
  pair. `België had het systeem ook aangeschaft, maar heeft er inmiddels afscheid van genomen`: the country as the
  buyer of Elbit's system (named in the sentence before, within the paragraph), `ended`. `de politie`, `de
  ‘tapkamer’` and `de media` are descriptions.
- nl_schotse-politie-azure-microsoft: `de Schotse politie` and `de politie van Schotland` are Police Scotland, the
  one national police service of Scotland (as the seeds' `südafrikanische Polizei`); `de Britse politie` is not a
  mention (the UK has many forces, like `Amerikaanse politie`); `De politiediensten in Schotland` is the place alone
  (`scotland`, as the seeds' `Polizeibehörden in … Oregon`), which is then the user of DESC and Azure. The first
  paragraph says the British police's data is kept in Azure and that this comes from correspondence between
  Microsoft and Police Scotland about that data: read as Police Scotland `customer_of` Microsoft and Azure (the
  correspondence is a provider's with its customer, not a report). `Digital Evidence Sharing Capability (DESC)` is
  two mentions of one product (acronym in brackets), and `DESC-data` -> `DESC`; DESC `runs_on` Azure (`Die data
  wordt in Azure opgeslagen`); `Overigens heeft Microsoft wel aanpassingen gemaakt die ervoor zorgen dat de
  DESC-data het land niet verlaat` is Microsoft `supplies` DESC. `zijn publieke hyperscaler-platform` ... `de
  architectuur van Azure, meldt Microsoft` gives Microsoft `owns` Azure. The Freedom of Information Act and the Data
  Protection Act are laws (not of our types); Computer Weekly is a reporter; Owen Sayers supplies `de politie van
  zijn land`, which names nobody, so he has no pair.
- nl_defensie-elbit-tactische-computers: `Defensie` is the Dutch Ministry of Defence (`dutch-mod`), as Dutch texts
  name it. `Elbit Systems ISTAR` (after `algemeen directeur Elad Aharonson`) is one mention of `elbit-systems`, a
  division named with its parent's name (as `Ring Deutschland` -> `ring`); it gives `elad-aharonson` `works_for`
  `elbit-systems`. `de Nederlandse krijgsmacht` is the Netherlands' armed forces (a nation's one national service
  named by adjective). The product names are written with the trade mark glued on (`TORCH-XTM`, `E-LynXTM`): the
  spans are these tokens; the capitalised class words after them (`Dismounted Command and Control-systemen`,
  `Software Defines Radio-systemen`) are common nouns after a name, not part of it (`Azure Government Cloud
  Center` -> `Azure Government Cloud`). `Enhanced Tactical Computers` is Elbit's product (`zijn zevende generatie`
  after `Het concern`), id from its singular English name. The first paragraph gives the seeds' triple: Defensie
  `customer_of` Elbit (`heeft een contract gesloten met`), Elbit `owns` the Enhanced Tactical Computer, and the
  product `supplies` Defensie, `planned` (`gaat ... uitrusten`); Elbit `supplies` the Landmacht is `planned` (`zal
  voorzien`). `We zien Nederland als een belangrijke markt voor Elbit Systems` makes the country Elbit's buyer
  (`sells_to`). The third paragraph calls the seller `het bedrijf` only (Elbit is named in the paragraphs before),
  so by the paragraph convention its TORCH-X and E-LynX give no Elbit pair; they give Defensie `customer_of` both
  (its contract). `De te bieden oplossingen voldoen aan de eisen van de Landmacht` says the systems meet the Army's
  requirements, not that they are supplied to it: no Landmacht pair there. `VN-missie` -> `VN` (the United
  Nations, as the seeds' `US-Staaten` -> `US`); the mortar shells bought from the United States have no named
  buyer in that paragraph, so no pair; Mali and Afghanistan are places.
- nl_antwerpse-politie-focus-digipolis: `'combi 3.0'` is the quoted name of the Antwerp police's digital van, a
  product like the seeds' `Streifenwagen der Zukunft` (`combi-3-0`); `haar 'combi 3.0'` gives `owns`. `De Antwerpse
  politie werkte de app zelf uit in samenwerking met Digipolis` gives the police `owns` Focus (it made it; the
  sentence before names Focus), the police `works_with` Digipolis, and Digipolis `works_with` Focus (it worked on
  the app; the text calls it a collaboration, not a partnership: `de IT-partner van de stad` is the city's partner,
  and the city is not named). `Ons systeem zal ook de bovenlaag vormen voor het systeem van 'iPolice'` is Focus
  (`het systeem`, named at the paragraph's start) `supplies` iPolice, `planned`. Bart De Wever is `burgemeester`
  of a city the text does not name, so he has no pair; `(N-VA)` is a party in brackets (a mention, no pair);
  `Belga` in the source line is a reporter. The crosshead `Focus?` holds a mention.

Check with the frozen tool (after the reading was complete): `/tmp/gg-frozen build` was run once and its
mentions.csv read for these four files. It changed nothing: 0 mentions added, 0 changed. Of its 6 readings that
differ from this gold, 5 are shorter spans inside a name the gold takes whole (a surname without its particle, a
parent's name inside its division's name, a place inside a police service's name) and 1 is a headline's generic
word; all were kept out by the conventions above.
"""

NEW_ENTITIES = {
    "interception-and-sensing": "agency",
    "digital-evidence-sharing-capability": "product",
    "owen-sayers": "person",
    "enhanced-tactical-computer": "product",
    "elad-aharonson": "person",
    "torch-x": "product",
    "e-lynx": "product",
    "combi-3-0": "product",
    "focus-antwerp-police": "product",
    "digipolis": "organisation",
    "ipolice": "product",
}

# fmt: off
MENTIONS = {
"nl_politie-tapsysteem-elbit": [
    ("afdeling {{Interceptie & Sensing}} van", "interception-and-sensing"),
    ("de {{Nationale Politie}} kampt", "politie"),
    ("fabrikant {{Elbit}}.", "elbit-systems"),
    ("systeem van {{Fox-IT}} moest", "fox-it"),
    ("van {{Nederland}} naar", "netherlands"),
    ("minister van {{Justitie}}.", "fod-justitie"),
    ("Het systeem van {{Elbit}} werd", "elbit-systems"),
    ("medewerkers van {{Elbit}} al", "elbit-systems"),
    ("{{België}} had", "belgium"),
],
"nl_schotse-politie-azure-microsoft": [
    ("{{Microsoft}} kan niet", "microsoft"),
    ("in {{Azure}}-omgevingen", "azure"),
    ("binnen het {{Verenigd Koninkrijk}} blijft", "united-kingdom"),
    ("de {{Schotse politie}}.", "police-scotland"),
    ("politiediensten in {{Schotland}} testen", "scotland"),
    ("de {{Digital Evidence Sharing Capability}} (", "digital-evidence-sharing-capability"),
    ("({{DESC}})", "digital-evidence-sharing-capability"),
    ("wordt in {{Azure}} opgeslagen", "azure"),
    ("grenzen van het {{VK}} blijven", "united-kingdom"),
    ("{{Microsoft}} verstuurt", "microsoft"),
    ("buiten het {{Verenigd Koninkrijk}} (", "united-kingdom"),
    ("({{VK}}).", "united-kingdom"),
    ("architectuur van {{Azure}},", "azure"),
    ("meldt {{Microsoft}} in", "microsoft"),
    ("met de {{politie van Schotland}}.", "police-scotland"),
    ("IT-magazine {{Computer Weekly}} berichtte", "computer-weekly"),
    ("buiten het {{VK}} ‘reist’", "united-kingdom"),
    ("heeft {{Microsoft}} wel", "microsoft"),
    ("de {{DESC}}-data", "digital-evidence-sharing-capability"),
    ("{{Owen Sayers}}", "owen-sayers"),
],
"nl_defensie-elbit-tactische-computers": [
    ("deal met {{Defensie}} ter", "dutch-mod"),
    ("{{Defensie}} heeft een contract", "dutch-mod"),
    ("gesloten met {{Elbit Systems}},", "elbit-systems"),
    ("de {{Landmacht}} zal", "koninklijke-landmacht"),
    ("generatie {{Enhanced Tactical Computers}}.", "enhanced-tactical-computer"),
    ("aldus {{Elbit Systems}}.", "elbit-systems"),
    ("We zien {{Nederland}} als", "netherlands"),
    ("markt voor {{Elbit Systems}} en", "elbit-systems"),
    ("investeringen in {{Nederland}} de", "netherlands"),
    ("directeur {{Elad Aharonson}}", "elad-aharonson"),
    ("Aharonson {{Elbit Systems ISTAR}}.", "elbit-systems"),
    ("de {{Nederlandse krijgsmacht}},", "armed-forces-of-netherlands"),
    ("contract met {{Defensie}} ‘digitale", "dutch-mod"),
    ("om {{TORCH-XTM}} Dismounted", "torch-x"),
    ("en {{E-LynXTM}} Software", "e-lynx"),
    ("eisen van de {{Landmacht}} en", "koninklijke-landmacht"),
    ("troepen van {{Defensie}}.", "dutch-mod"),
    ("de {{VN}}-missie", "united-nations"),
    ("in {{Mali}} werd", "mali"),
    ("van de {{Verenigde Staten}} aangekocht", "usa"),
    ("missie in {{Afghanistan}} en", "afghanistan"),
],
"nl_antwerpse-politie-focus-digipolis": [
    ("{{Antwerpse politie}} gaat voor", "antwerp-police"),
    ("met '{{combi 3.0}}', De Wever", "combi-3-0"),
    ("', {{De Wever}} droomt", "bart-de-wever"),
    ("Bron: {{Belga}}", "belga"),
    ("De {{Antwerpse lokale politie}} heeft", "antwerp-police"),
    ("haar '{{combi 3.0}}' en", "combi-3-0"),
    ("de toepassing {{Focus}} gepresenteerd", "focus-antwerp-police"),
    ("burgemeester {{Bart De Wever}} (", "bart-de-wever"),
    ("({{N-VA}})", "n-va"),
    ("{{De Wever}} droomt ook", "bart-de-wever"),
    ("{{Focus}}?", "focus-antwerp-police"),
    ("{{Focus}} is een op laptops", "focus-antwerp-police"),
    ("De {{Antwerpse politie}} werkte", "antwerp-police"),
    ("met {{Digipolis}}, de IT-partner", "digipolis"),
    ("{{Focus}} laat toe", "focus-antwerp-police"),
    ("kunnen {{Focus}} ook thuis", "focus-antwerp-police"),
    ("{{De Wever}} is erg trots", "bart-de-wever"),
    ("'{{iPolice}}'", "ipolice"),
],
}

PAIRS = {
"nl_politie-tapsysteem-elbit": [
    ("politie", "owns", "interception-and-sensing", "De afdeling Interceptie & Sensing", "fabrikant Elbit."),
    ("interception-and-sensing", "customer_of", "elbit-systems", "De afdeling Interceptie & Sensing", "fabrikant Elbit."),
    ("politie", "customer_of", "elbit-systems", "De afdeling Interceptie & Sensing", "fabrikant Elbit."),
    ("interception-and-sensing", "customer_of", "fox-it", "De afdeling Interceptie & Sensing", "worden afgedankt.", "ended"),
    ("politie", "customer_of", "fox-it", "De afdeling Interceptie & Sensing", "worden afgedankt.", "ended"),
    ("belgium", "customer_of", "elbit-systems", "Intussen zijn medewerkers van Elbit", "afscheid van genomen.", "ended"),
],
"nl_schotse-politie-azure-microsoft": [
    ("police-scotland", "customer_of", "microsoft", "Microsoft kan niet garanderen", "de Schotse politie."),
    ("police-scotland", "customer_of", "azure", "Microsoft kan niet garanderen", "de Schotse politie."),
    ("scotland", "customer_of", "digital-evidence-sharing-capability", "De politiediensten in Schotland", "moet vereenvoudigen."),
    ("digital-evidence-sharing-capability", "runs_on", "azure", "De politiediensten in Schotland", "het VK blijven."),
    ("scotland", "customer_of", "azure", "De politiediensten in Schotland", "het VK blijven."),
    ("microsoft", "owns", "azure", "Microsoft verstuurt data", "met de politie van Schotland."),
    ("microsoft", "supplies", "digital-evidence-sharing-capability", "Overigens heeft Microsoft", "niet om was gevraagd’."),
],
"nl_defensie-elbit-tactische-computers": [
    ("dutch-mod", "customer_of", "elbit-systems", "Defensie heeft een contract", "mobiele militaire software."),
    ("elbit-systems", "supplies", "koninklijke-landmacht", "Defensie heeft een contract", "mobiele militaire software.", "planned"),
    ("elbit-systems", "owns", "enhanced-tactical-computer", "Defensie heeft een contract", "Enhanced Tactical Computers."),
    ("enhanced-tactical-computer", "supplies", "dutch-mod", "Defensie heeft een contract", "Enhanced Tactical Computers.", "planned"),
    ("elbit-systems", "sells_to", "netherlands", "“We zien Nederland als", "Elbit Systems ISTAR."),
    ("elad-aharonson", "works_for", "elbit-systems", "“We zien Nederland als", "Elbit Systems ISTAR."),
    ("elbit-systems", "supplies", "armed-forces-of-netherlands", "“We zien Nederland als", "apparaten voor voertuigen."),
    ("dutch-mod", "customer_of", "torch-x", "In december 2020 sloot", "Radio-systemen."),
    ("dutch-mod", "customer_of", "e-lynx", "In december 2020 sloot", "Radio-systemen."),
],
"nl_antwerpse-politie-focus-digipolis": [
    ("antwerp-police", "owns", "combi-3-0", "De Antwerpse lokale politie heeft", "voor digitalisering kiest."),
    ("antwerp-police", "owns", "focus-antwerp-police", "Focus is een op laptops", "de IT-partner van de stad."),
    ("antwerp-police", "works_with", "digipolis", "De Antwerpse politie werkte", "de IT-partner van de stad."),
    ("digipolis", "works_with", "focus-antwerp-police", "Focus is een op laptops", "de IT-partner van de stad."),
    ("focus-antwerp-police", "supplies", "ipolice", "Politiemedewerkers kunnen Focus ook", "zegt hij.", "planned"),
],
}
# fmt: on
