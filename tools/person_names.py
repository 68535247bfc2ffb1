#!/usr/bin/env python3
"""Writes src/extract/found/first-names.txt and last-names.txt: the given names and surnames by which gazegraph
knows a person's name it has no list for (`Jennifer Granick`, `Herbert Reul`).

`build` takes a first name followed by a surname for a person (see src/extract/found.rs); the surname list
lets a surname that is also an ordinary word (`Koch`, `Young`) stand, where a capitalised ordinary
word after a first name (`Austin Police`) does not. `gazegraph suggest` guesses with the first names too.

The names are the German, Austrian, Swiss, American, British, Dutch and Belgian first names and surnames of the
Faker package (MIT licence, https://github.com/joke2k/faker), which collects the common names of each locale,
and the first names of the 1990 US Census as the `names` package (MIT licence, its data public domain,
https://github.com/treyhunner/names) ships them: Faker's American list has the most frequent names only, and US
local news quotes officers and officials by the others (`Wendell`, `Clint`, `Erick`). Neither has the short forms
English news writes most people by (`Matt`, `Zach`, `Nate`, `Geoff`): the `nicknames` package (Apache 2.0 licence,
https://github.com/carltonnorthern/nicknames) lists them for each given name, and those of the names above that
begin the name, with four letters or more, are taken, but not a word the gazetteer names a place or an adjective by (`Philadelphia`,
`Dutch`). A Census first name or a nickname that is an ordinary word of German, English or Dutch
(src/gazetteer/words/; `June`, `Hope`, `Will`, `Rich`) is left out unless Faker has it. The licences are beside the lists, in src/extract/found/NAMES-LICENSE.md. Run it again to
regenerate the lists (they are deterministic for the given versions):

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install faker==33.1.0 names==0.3.0 nicknames==1.0.1
    /tmp/venv/bin/python tools/person_names.py
"""

import csv
import importlib
import importlib.metadata
import re
from pathlib import Path

LOCALES = ["de_DE", "de_AT", "de_CH", "en_US", "en_GB", "nl_NL", "nl_BE"]
DIR = Path(__file__).resolve().parent.parent / "src" / "extract" / "found"
# Given names that are also words that start other names (`Van Nuys`, `El Monte`, `An der Alster`, `Delphi
# Technologies`).
NOT_FIRST_NAMES = {"An", "El", "Van", "Delphi"}
# Short forms that are ordinary words too, or no beginning of their name, but that English news writes people by
# more than anything else (`Matt Cagle`, `Chuck Schumer`, `Pat Toomey`, `Ed Markey`, `Nate Silver`): taken though
# the word lists have them, as Faker's `Mark` and `Frank` are.
COMMON_NICKNAMES = {"Matt", "Chuck", "Pat", "Ed", "Nate"}
# One word, or two joined by a hyphen (`Hans-Peter`, `Müller-Lüdenscheidt`).
NAME = re.compile(r"^[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)?$")
FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
LAST = ("last_names",)


def collect(attributes):
    names = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attributes:
            values = getattr(provider, attribute, ())
            names.update(values.keys() if isinstance(values, dict) else values)
    return names


def ordinary_words():
    """The ordinary words of the three languages (src/gazetteer/words/), lower-cased."""
    words = set()
    for lang in ("de", "en", "nl"):
        text = (DIR.parent.parent / "gazetteer" / "words" / f"{lang}.txt").read_text(encoding="utf-8")
        words.update(w.lower() for w in text.splitlines() if w and not w.startswith("#"))
    return words


def gazetteer_words():
    """The one-word names, aliases and adjectives of the shipped gazetteer's entities and places, lower-cased:
    a nickname written so is far more often the place (`Philadelphia`, `Cali`) or its adjective (`Dutch`)."""
    words = set()
    for path in sorted((DIR.parent.parent.parent / "gazetteer").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file):
                forms = [row.get("name") or ""] + (row.get("aliases") or "").split("|")
                # (adjectives are written `lang:word`)
                forms += [a.split(":", 1)[-1] for a in (row.get("adjectives") or "").split("|")]
                words.update(f.lower() for f in forms if f and " " not in f)
    return words


def nicknames(given):
    """The English short forms of the names of `given` that the `nicknames` package lists and that begin the name
    (`Matt` of Matthew, `Zach` of Zachary, `Geoff` of Geoffrey: the package's pet names, `Rollo`, `Dob`, `Nanny`,
    are capitalised words of German and Dutch text and products' names as often), four letters or more (`Al`
    begins `Al Jazeera`, `Mur`, `Fal`, `Ced` are other things' short forms), without ordinary words or the gazetteer's words; and [`COMMON_NICKNAMES`]."""
    # (read from its file: the package's API maps one name at a time)
    distribution = importlib.metadata.distribution("nicknames")
    given = {g.lower() for g in given}
    excluded = ordinary_words() | gazetteer_words()
    names = set()
    rows = Path(distribution.locate_file("nicknames/names.csv")).read_text(encoding="utf-8").splitlines()
    for row in rows[1:]:
        name, relationship, nickname = row.split(",")
        if (
            relationship == "has_nickname"
            and name in given
            and name.startswith(nickname)
            and len(nickname) >= 4
            and nickname not in excluded
        ):
            names.add(nickname.capitalize())
    return names | COMMON_NICKNAMES


def census_first_names():
    """The 1990 US Census first names of the `names` package, written as names are (`MARY` -> `Mary`), without
    those that are ordinary words of the three languages."""
    # (read from its files: the package has no API for them)
    distribution = importlib.metadata.distribution("names")
    words = ordinary_words()
    names = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in Path(distribution.locate_file(f"names/{file}")).read_text(encoding="ascii").splitlines():
            name = line.split()[0].capitalize()
            if name.lower() not in words:
                names.add(name)
    return names


def write(path, what, use, names, census=False):
    version = importlib.metadata.version("faker")
    header = (
        f"# {what}: {use}\n"
        f"# Generated by tools/person_names.py (do not edit by hand) from Faker {version} (MIT licence,\n"
        f"# https://github.com/joke2k/faker), locales {', '.join(LOCALES)}"
        + (
            f",\n# the 1990 US Census first names of names {importlib.metadata.version('names')} (MIT licence,\n"
            "# https://github.com/treyhunner/names; the data public domain) and the English nicknames of\n"
            f"# nicknames {importlib.metadata.version('nicknames')} (Apache 2.0 licence, "
            "https://github.com/carltonnorthern/nicknames),\n# without ordinary words.\n"
            if census
            else ".\n"
        )
    )
    path.write_text(header + "".join(n + "\n" for n in names), encoding="utf-8")
    print(f"wrote {len(names)} names to {path}")


def main():
    given = collect(FIRST) | census_first_names()
    first = sorted(
        n
        for n in given | nicknames(given)
        if NAME.match(n) and len(n) > 1 and n not in NOT_FIRST_NAMES
    )
    # Surnames with a particle (`de Vries`) are found by their particle; the list holds the one-word ones.
    last = sorted(n for n in collect(LAST) if NAME.match(n) and len(n) > 1 and n[0].isupper())
    write(DIR / "first-names.txt", "First names", "a capitalised word after one may be a surname.", first, census=True)
    write(DIR / "last-names.txt", "Surnames", "written so after a first name, even an ordinary word is a surname.", last)


if __name__ == "__main__":
    main()
