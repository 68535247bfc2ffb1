//! US state and county offices and cities' fire departments, named through their place as the press names
//! them (`gazetteer/rules.csv`): the agencies of US coverage beyond the police and sheriffs; and police forces
//! abroad that no rule builds.

use crate::field::builds_to;

/// A US state's attorney general, investigators, prisons, roads, motor vehicles and public safety, named
/// through the state; the attorney general also as the title before its holder, whose office it is.
const STATE_OFFICES: &[(&str, &[(&str, &str)])] = &[
    (
        "The Ohio Attorney General's Office runs the program, Michigan Attorney General Dana Nessel said.",
        &[
            ("Ohio Attorney General's Office", "ohio-attorney-general"),
            ("Michigan Attorney General", "michigan-attorney-general"),
            ("Dana Nessel", "dana-nessel"),
        ],
    ),
    (
        "Der Generalstaatsanwalt von Texas klagte; de procureur-generaal van Texas ook.",
        &[
            ("Generalstaatsanwalt von Texas", "texas-attorney-general"),
            ("procureur-generaal van Texas", "texas-attorney-general"),
        ],
    ),
    (
        "The Tennessee Bureau of Investigation and the Arizona Department of Public Safety use the tool.",
        &[
            ("Tennessee Bureau of Investigation", "tennessee-bureau-of-investigation"),
            (
                "Arizona Department of Public Safety",
                "arizona-department-of-public-safety",
            ),
        ],
    ),
    (
        "The California Department of Corrections and Rehabilitation and the Virginia DOT bought cameras.",
        &[
            (
                "California Department of Corrections and Rehabilitation",
                "california-department-of-corrections",
            ),
            ("Virginia DOT", "virginia-department-of-transportation"),
        ],
    ),
    (
        "The Maryland Motor Vehicle Administration and the Illinois DMV shared photos with the FBI.",
        &[
            (
                "Maryland Motor Vehicle Administration",
                "maryland-department-of-motor-vehicles",
            ),
            ("Illinois DMV", "illinois-department-of-motor-vehicles"),
            ("FBI", "fbi"),
        ],
    ),
    // the states whose bare names the place files give to another place are listed by hand
    (
        "The Georgia Bureau of Investigation and the New York Attorney General's Office.",
        &[
            ("Georgia Bureau of Investigation", "georgia-bureau-of-investigation"),
            ("New York Attorney General's Office", "new-york-attorney-general"),
        ],
    ),
    (
        "Georgia Attorney General Chris Carr and Washington Attorney General Bob Ferguson sued.",
        &[
            ("Georgia Attorney General", "georgia-attorney-general"),
            ("Chris Carr", "chris-carr"),
            ("Washington Attorney General", "washington-attorney-general"),
            ("Bob Ferguson", "bob-ferguson"),
        ],
    ),
    // a country's attorney general is no US state's, and the Texas DPS is the listed one
    (
        "Texas DPS troopers and the Mexican attorney general met.",
        &[("Texas DPS", "texas-dps")],
    ),
];

/// A US county's prosecutor under its three titles, a city's fire department in the three languages, and a US
/// city's housing authority.
const COUNTY_AND_CITY_OFFICES: &[(&str, &[(&str, &str)])] = &[
    (
        "The Maricopa County Attorney's Office and the DuPage County State's Attorney's Office charged them.",
        &[
            ("Maricopa County Attorney's Office", "maricopa-county-attorney"),
            (
                "DuPage County State's Attorney's Office",
                "dupage-county-states-attorney",
            ),
        ],
    ),
    (
        "The Cuyahoga County Prosecutor's Office declined.",
        &[("Cuyahoga County Prosecutor's Office", "cuyahoga-county-prosecutor")],
    ),
    (
        "The Austin Fire Department and the Phoenix Fire Department fly drones.",
        &[
            ("Austin Fire Department", "austin-fire-department"),
            ("Phoenix Fire Department", "phoenix-fire-department"),
        ],
    ),
    (
        "Die Feuerwehr Köln und die Münchner Berufsfeuerwehr setzen Drohnen ein.",
        &[
            ("Feuerwehr Köln", "cologne-fire-department"),
            ("Münchner Berufsfeuerwehr", "munich-fire-department"),
        ],
    ),
    (
        "De Amsterdamse brandweer en de brandweer van Rotterdam gebruiken drones.",
        &[
            ("Amsterdamse brandweer", "amsterdam-fire-department"),
            ("brandweer van Rotterdam", "rotterdam-fire-department"),
        ],
    ),
    (
        "The Houston Housing Authority installed cameras.",
        &[("Houston Housing Authority", "houston-housing-authority")],
    ),
];

#[test]
fn us_state_offices_are_named_through_their_state() {
    builds_to(STATE_OFFICES);
}

#[test]
fn county_prosecutors_and_city_fire_departments_are_named_through_their_place() {
    builds_to(COUNTY_AND_CITY_OFFICES);
}

/// Police forces named for what no place file lists (a UK county, an Australian state) or under a name no rule
/// builds (a Swiss canton's `Kantonspolizei`, `Kapo`, and the adjective before it), listed in `agencies.csv`;
/// the police of a US city of a name the UK shares stay the city's.
const POLICE_ABROAD: &[(&str, &[(&str, &str)])] = &[
    (
        "Die Kantonspolizei St. Gallen und die Kapo Zürich testen Software, die Aargauer Polizei nicht.",
        &[
            ("Kantonspolizei St. Gallen", "st-gallen-cantonal-police"),
            ("Kapo Zürich", "zurich-cantonal-police"),
            ("Aargauer Polizei", "aargau-cantonal-police"),
        ],
    ),
    (
        "Kent Police, Victoria Police and the NSW Police Force bought body cameras.",
        &[
            ("Kent Police", "kent-police"),
            ("Victoria Police", "victoria-police"),
            ("NSW Police Force", "nsw-police-force"),
        ],
    ),
    (
        "The Cleveland Police Department in Ohio bought drones.",
        &[
            ("Cleveland Police Department", "cleveland-ohio-police"),
            ("Ohio", "ohio"),
        ],
    ),
];

#[test]
fn police_forces_abroad() {
    builds_to(POLICE_ABROAD);
}

/// A force listed with its country is what a rule builds only for a place of that country: the canton's police
/// is the one rule `police-state` builds for Aargau, and Victoria Police the one it builds for the Australian
/// state, but the UK's Kent Police is not what rule `police-city` builds for Kent, Washington, and so is located
/// in no American city.
#[test]
fn a_listed_force_is_the_rules_only_in_its_own_country() {
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer");
    let gazetteer = gazegraph::Gazetteer::load(&[shipped]).expect("the shipped gazetteer loads");
    let index = |id: &str| gazetteer.index_of(id).unwrap_or_else(|| panic!("{id} is known"));
    assert_eq!(
        gazetteer.located_in(index("aargau-cantonal-police")),
        Some(index("aargau"))
    );
    // (Australia's Victoria Police is what rule `police-state` builds for the state, not what `police-city`
    // builds for Victoria, British Columbia)
    assert_eq!(gazetteer.located_in(index("victoria-police")), Some(index("victoria")));
    for force in ["kent-police", "surrey-police-uk", "essex-police-uk"] {
        assert_eq!(gazetteer.located_in(index(force)), None, "{force}");
    }
}
