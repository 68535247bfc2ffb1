"""English annotations of the third (fresh) gold set: tests/fresh/articles/en_*.txt.

Annotated by the English helper of the fresh-set session (one annotator, 2026-12-06). The four articles were chosen
from the stored news pages of the `pages` search corpus (queries on license plate readers and Flock, sheriffs'
drones, police face recognition vendors and the Pentagon's cloud contracts), from four outlets (Community Impact,
the Journal & Courier, KAUZ, Nextgov), and prepared by tests/heldout/README.md's rules. The mentions and pairs were
listed by reading each article, before gazegraph's output was looked at; the extractor (`gazegraph eval`) was run
afterwards only to catch mentions the reading had missed, and every disagreement was decided by the conventions of
tests/gold/README.md and tests/heldout/README.md and the text. Format: tests/heldout/annotate.py's (NEW_ENTITIES
id -> type; MENTIONS document -> [(context with {{surface}}, or the bare surface; entity id)] in text order;
PAIRS document -> [(a, relation, b, first words of the evidence, last words[, status])]).

Decisions for cases the earlier sets do not have:
- `Flower Mound Town Council` is the town's council, the entity the `city-council` rule builds for the place
  (`flower-mound-city-council`), though the rule's forms say `City Council`. The bare `Council` is a description.
- `Tippecanoe County Sheriff` (before `Barry Richard`, and alone as the subject `Tippecanoe County Sheriff plans`)
  is the rule-built sheriff's office `tippecanoe-county-sheriff` (a form of the `sheriff-county` rule), as
  `Microsoft CEO Satya Nadella` gives the organisation and the person.
- `Greenfield Police Department`, `Greenfield police`, `Greenfield's`: Greenfield, Indiana (the Lafayette paper
  compares with a nearby department; the text does not give the state).
- `DGI Phantom I`: the store's typo for DJI kept; two mentions by convention 4, `DGI` (`dji`) and `Phantom I`.
- `Lt. (Terry) Ruley`: the span is the surname `Ruley` (brackets are excluded, and the bracketed first name is
  not annotated separately).
- `Vice President U.S. Government, Nonprofit, and Healthcare at AWS`: `U.S.` is annotated as the country (the
  segment is named by the U.S. government it sells to; it is not an entity of our types).
- `Office of the Governor, Homeland Security Program` (KAUZ): an institution named without its place, a
  description, and a grant programme; not annotated.
- The JEDI and JWCC contracts are products in the shipped gazetteer; the Pentagon `owns` them (`its JEDI cloud
  contract`), and the four awardees `supplies` JWCC (they provide the contract's cloud services).
- Not pairs: the Flower Mound council and Flock (`Council` alone is no mention), Greenfield's police and the FAA
  (a registration with a regulator), Manuel Borrego and the WFPD (his title `Police Chief` stands in a paragraph
  that does not name the WFPD), the reporter and his paper (byline only).
"""

NEW_ENTITIES = {
    "dave-levy": "person",
    "ken-glueck": "person",
    "wendell-mitchell": "person",
    "ron-wilkins": "person",
    "barry-richard": "person",
    "journal-courier": "organisation",
    "phantom-i": "product",
    "gopro": "organisation",
    "j-d-fortner": "person",
    "terry-ruley": "person",
    "kauz": "organisation",
    "manuel-borrego": "person",
}

# fmt: off
MENTIONS = {
"en_pentagon-jwcc-cloud-awards": [
    ("{{Pentagon}} Awards", "department-of-defense"),
    ("to {{Amazon}}, Google", "amazon"),
    ("Amazon, {{Google}}, Microsoft", "google"),
    ("Google, {{Microsoft}}, Oracle", "microsoft"),
    ("Microsoft, {{Oracle}}\n", "oracle"),
    ("The {{Pentagon}} has awarded", "department-of-defense"),
    ("its {{JEDI}} cloud", "jedi"),
    ("The {{Pentagon}} on Wednesday", "department-of-defense"),
    ("Joint Warfighting Cloud Capability", "jwcc"),
    ("or {{JWCC}}—contract", "jwcc"),
    ("Amazon Web Services", "aws"),
    ("Services, {{Google}}, Microsoft", "google"),
    ("Google, {{Microsoft}} and Oracle", "microsoft"),
    ("and {{Oracle}} each", "oracle"),
    ("the {{Pentagon}} aims", "department-of-defense"),
    ("to the {{Defense Department}} across", "department-of-defense"),
    ("the {{Defense Department}} had named", "department-of-defense"),
    ("provide the {{Department of Defense}} with", "department-of-defense"),
    ("the {{Defense Department}} said", "department-of-defense"),
    ("as the {{DOD}} conducted", "department-of-defense"),
    ("the {{Joint Warfighting Cloud Capability}} contract and", "jwcc"),
    ("for the {{Department of Defense}},\"", "department-of-defense"),
    ("Dave Levy", "dave-levy"),
    ("Vice President {{U.S.}} Government", "usa"),
    ("at {{AWS}}.", "aws"),
    ("enable the {{DoD}} to", "department-of-defense"),
    ("“{{Oracle}} looks forward", "oracle"),
    ("with the {{Department of Defense}} by", "department-of-defense"),
    ("Ken Glueck", "ken-glueck"),
    ("Vice President, {{Oracle}}, said", "oracle"),
],
"en_flower-mound-flock-license-plate-readers": [
    ("Flower Mound Town Council", "flower-mound-city-council"),
    ("Flock Group Inc", "flock-safety"),
    ("Wendell Mitchell", "wendell-mitchell"),
    ("Flower Mound Police Department", "flower-mound-police"),
    ("{{Flock}} has cameras", "flock-safety"),
    ("{{Mitchell}} said", "wendell-mitchell"),
],
"en_tippecanoe-sheriff-drone": [
    ("Ron Wilkins", "ron-wilkins"),
    ("{{Tippecanoe County Sheriff}} plans", "tippecanoe-county-sheriff"),
    ("LAFAYETTE", "lafayette-indiana"),
    ("{{Ind.}}—", "indiana"),
    ("{{Tippecanoe County Sheriff}} Barry", "tippecanoe-county-sheriff"),
    ("Barry Richard", "barry-richard"),
    ("Journal & Courier", "journal-courier"),
    ("{{Richard}} revised", "barry-richard"),
    ("Greenfield Police Department", "greenfield-indiana-police"),
    ("a {{DGI}} Phantom", "dji"),
    ("DGI {{Phantom I}} model", "phantom-i"),
    ("a {{GoPro}} camera", "gopro"),
    ("J.D. Fortner", "j-d-fortner"),
    ("said {{Greenfield police}} registered", "greenfield-indiana-police"),
    ("with {{FAA}} and", "faa"),
    ("{{Fortner}} said.", "j-d-fortner"),
    ("{{Richard}} said, “That’s", "barry-richard"),
    ("(Terry) {{Ruley}} was", "terry-ruley"),
    ("{{Richard}} said he", "barry-richard"),
    ("compare {{Greenfield's}} drone", "greenfield-indiana"),
    ("{{Richard}} said. \"I want", "barry-richard"),
],
"en_wichita-falls-facial-recognition-app": [
    ("away for {{WFPD}}\n", "wichita-falls-police"),
    ("WICHITA FALLS", "wichita-falls"),
    ("{{TX}} (KAUZ)", "texas"),
    ("({{KAUZ}})", "kauz"),
    ("Wichita Falls City Council", "wichita-falls-city-council"),
    ("for the {{WFPD}}.", "wichita-falls-police"),
    ("\n{{WFPD}} received", "wichita-falls-police"),
    ("company, {{Vigilant Solutions}}.", "vigilant-solutions"),
    ("{{WFPD's}} system", "wichita-falls-police"),
    ("Manuel Borrego", "manuel-borrego"),
    ("Chief {{Borrego}} said", "manuel-borrego"),
    ("\n{{WFPD}} will receive", "wichita-falls-police"),
    ("from {{Vigilant Solutions}} before", "vigilant-solutions"),
    ("system {{Borrego}} said", "manuel-borrego"),
],
}

PAIRS = {
"en_pentagon-jwcc-cloud-awards": [
    ("department-of-defense", "customer_of", "amazon", "Pentagon Awards $9B", "Microsoft, Oracle"),
    ("department-of-defense", "owns", "jedi", "The Pentagon has awarded", "contract replacement."),
    ("department-of-defense", "owns", "jwcc", "The Pentagon on Wednesday", "each receiving an award."),
    ("department-of-defense", "customer_of", "aws", "The Pentagon on Wednesday", "each receiving an award."),
    ("department-of-defense", "customer_of", "google", "The Pentagon on Wednesday", "each receiving an award."),
    ("department-of-defense", "customer_of", "microsoft", "The Pentagon on Wednesday", "each receiving an award."),
    ("department-of-defense", "customer_of", "oracle", "The Pentagon on Wednesday", "each receiving an award."),
    ("aws", "supplies", "jwcc", "The Pentagon on Wednesday", "each receiving an award."),
    ("google", "supplies", "jwcc", "The Pentagon on Wednesday", "each receiving an award."),
    ("microsoft", "supplies", "jwcc", "The Pentagon on Wednesday", "each receiving an award."),
    ("oracle", "supplies", "jwcc", "The Pentagon on Wednesday", "each receiving an award."),
    ("dave-levy", "works_for", "aws", "“We are honored", "Healthcare at AWS."),
    ("ken-glueck", "works_for", "oracle", "“Oracle looks forward", "said in a statement."),
],
"en_flower-mound-flock-license-plate-readers": [
    ("wendell-mitchell", "works_for", "flower-mound-police", "Wendell Mitchell, Flower Mound", "benefit law enforcement."),
],
"en_tippecanoe-sheriff-drone": [
    ("barry-richard", "works_for", "tippecanoe-county-sheriff", "LAFAYETTE, Ind.— Tippecanoe", "for the sheriff's office."),
    ("greenfield-indiana-police", "customer_of", "dji", "By comparison, Greenfield", "said Lt. J.D. Fortner."),
    ("greenfield-indiana-police", "customer_of", "phantom-i", "By comparison, Greenfield", "said Lt. J.D. Fortner."),
    ("greenfield-indiana-police", "customer_of", "gopro", "By comparison, Greenfield", "said Lt. J.D. Fortner."),
    ("dji", "owns", "phantom-i", "By comparison, Greenfield", "said Lt. J.D. Fortner."),
    ("j-d-fortner", "works_for", "greenfield-indiana-police", "By comparison, Greenfield", "said Lt. J.D. Fortner."),
],
"en_wichita-falls-facial-recognition-app": [
    ("wichita-falls-city-council", "supplies", "wichita-falls-police", "WICHITA FALLS, TX (KAUZ)", "for the WFPD."),
    ("vigilant-solutions", "supplies", "wichita-falls-police", "WFPD will receive training", "the system Borrego said.", "planned"),
],
}
# fmt: on
