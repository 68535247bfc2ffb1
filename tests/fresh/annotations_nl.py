"""Dutch annotations of the third (fresh) gold set: tests/fresh/articles/nl_*.txt.

Annotated by a helper session (the Dutch helper of the fresh-set round), working alone on the four Dutch
articles: the articles were chosen from the stored pages of the `pages` search corpus (queries in Dutch on police,
Defence, Schiphol and government technology: bodycams, drones, face recognition, cloud) and prepared by
tests/heldout/README.md's rules ("How the articles were chosen"). Every mention and pair was listed by reading
each article, following tests/gold/README.md's conventions and tests/heldout/README.md's additions, before
gazegraph's output was looked at; the prebuilt binary's eval was run afterwards only to look for mentions the
reading might have missed, and every disagreement was decided by the conventions and the text.

Format: tests/heldout/annotate.py's. NEW_ENTITIES (id -> type) lists entities the shipped gazetteer lacks;
MENTIONS (document -> [(context with {{surface}} or the bare surface, entity id)], in text order); PAIRS
(document -> [(a, relation, b, first words of the evidence, last words[, status])]).

Decisions worth knowing:
- `De Nederlandse overheid` (nl_overheid-cloud-werkplekken) is not a mention: the adjective `Nederlandse` before
  the generic `overheid` (like `Amerikaanse politie`); so that article's clouds have no named customer and it has
  no pair. `Staatssecretaris Szabo voor Digitalisering` is a bare title: Szabo is a mention, no ministry is.
- `Ivanti` (listed with Windows 10 as a component of the workplace) is the company's name used for its software,
  annotated as the organisation, like the seeds' `Ring`.
- `Defensie` in Het Nieuwsblad's article is Belgian Defence (`belgian-defence`): a Belgian paper, the vendor in
  Wilrijk (Antwerp); the bare `Defensie` is how Belgian and Dutch texts name the defence ministry and forces.
  Defence and Aerialsolutions are never named in one paragraph (`een Antwerps bedrijf`, `dit contract`), so by
  the paragraph convention there is no pair between them.
- `T2+` (Zepcam's bodycam, `T2+-bodycams`, `T2+-camera's`) is a product, `zepcam-t2`. The paragraph that names
  it says the body cameras are already used by `NS-veiligheidsmedewerkers`: `ns` `customer_of` `zepcam-t2`.
  `de politie` / `schrijft de politie` are descriptions, so the T2+ paragraph gives no pair with the police.
"""

NEW_ENTITIES = {
    "zepcam-t2": "product",
    "ivanti": "organisation",
    "netskope": "organisation",
    "aerialsolutions": "organisation",
    "tim-ketels": "person",
}

# fmt: off
MENTIONS = {
"nl_politie-bodycams-zepcam": [
    ("De {{Nederlandse politie}} heeft", "politie"),
    ("leverancier {{Zepcam}} besteld", "zepcam"),
    ("de {{T2+}}-bodycams", "zepcam-t2"),
    ("van {{Zepcam}} is via", "zepcam"),
    ("{{Zepcam}} levert", "zepcam"),
    ("in heel {{Nederland}}.", "netherlands"),
    ("BOA's in {{Nederland}}", "netherlands"),
    ("door {{NS}}-veiligheidsmedewerkers", "ns"),
    ("De {{T2+}}-camera's", "zepcam-t2"),
    ("een {{Zepcam}}-dockingstation", "zepcam"),
    ("kondigde de {{Nederlandse politie}} al", "politie"),
],
"nl_overheid-cloud-werkplekken": [
    ("Staatssecretaris {{Szabo}} voor", "zsolt-szabo"),
    ("Windows 10", "windows"),
    ("en {{Ivanti}}, binnenkort", "ivanti"),
    ("leveranciers {{Microsoft}} en", "microsoft"),
    ("en {{Netskope}}. Deze", "netskope"),
    ("de {{Microsoft}} cloud", "microsoft"),
    ("Bij {{Netskope}} betreft", "netskope"),
],
"nl_belgische-defensie-drones-aerialsolutions": [
    ("{{Defensie}} heeft bij", "belgian-defence"),
    ("bedrijf {{Aerialsolutions}} uit", "aerialsolutions"),
    ("uit {{Wilrijk}},", "wilrijk"),
    ("Tim Ketels", "tim-ketels"),
    ("{{Aerialsolutions}} haalde", "aerialsolutions"),
    ("{{Defensie}} bestelde", "belgian-defence"),
],
"nl_schiphol-gezichtsherkenning-proef": [
    ("{{Schiphol}} gaat volgend", "schiphol"),
    ("{{Schiphol}} maakt al", "schiphol"),
    ("aan de {{Telegraaf}}.", "de-telegraaf"),
    ("tussen {{Schiphol}} en", "schiphol"),
    ("het {{Ministerie van Defensie}}.", "dutch-mod"),
    ("de {{Verenigde Staten}} experimenteren", "usa"),
],
}

PAIRS = {
"nl_politie-bodycams-zepcam": [
    ("politie", "customer_of", "zepcam", "De Nederlandse politie heeft", "leverancier Zepcam besteld."),
    ("zepcam", "owns", "zepcam-t2", "De keuze voor de T2+-bodycams", "aanbesteding gemaakt."),
    ("ns", "customer_of", "zepcam-t2", "De keuze voor de T2+-bodycams", "door NS-veiligheidsmedewerkers."),
],
"nl_overheid-cloud-werkplekken": [
],
"nl_belgische-defensie-drones-aerialsolutions": [
    ("tim-ketels", "works_for", "aerialsolutions", "Leverancier van dit contract", "bedrijfsleider Tim Ketels."),
],
"nl_schiphol-gezichtsherkenning-proef": [
    ("schiphol", "works_with", "dutch-mod", "De proef is een samenwerking", "Ministerie van Defensie."),
],
}
# fmt: on
