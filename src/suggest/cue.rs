//! The kinds of cue `suggest` reads around a name, the type each speaks for, and how much it says that the
//! words are a name at all.

use super::Kind;

/// Something around or inside a name that says what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// `Dr. …`, `Sheriff …`, `Frau …`.
    Title,
    /// `spokesperson …`, `Polizeisprecher …`.
    Role,
    /// `…, a spokesperson`.
    RoleAfter,
    /// `CEO of …`, `Sprecherin des …`, `… CEO Jane Doe`, `…'s CEO`, `…-Chef`: whose the role is.
    RoleOf,
    /// `… said`, `sagte …`.
    Speech,
    /// `… GmbH`, `… Inc.`.
    Legal,
    /// A head of an agency in the name: `Department`, `Behörde`, `politie`.
    Agency,
    /// `… County`.
    County,
    /// `according to …`, `… reported`, `laut …`, `volgens …`.
    Media,
    /// `the software …`, `die Plattform …`.
    ProductBefore,
    /// `… software`, `…-Software`.
    ProductAfter,
    /// A name in quotation marks: `„Gotham“`.
    Quoted,
    /// `the company …`, `Hersteller …`, `het bedrijf …`.
    OrganisationBefore,
    /// `…-Konzern`, `…, a company`.
    OrganisationAfter,
    /// `the city of …`, `Stadt …`.
    City,
    /// `the state of …`, `Bundesland …`.
    State,
    /// Two or three words starting with a common first name: `Jane Doe`.
    FirstName,
    /// Two words, neither an ordinary word nor an acronym: `Sundar Pichai` (weak).
    PersonShape,
    /// Right after a known organisation's name: `Genetec Stratocast`, `Microsoft Azure`.
    Maker,
    /// `the agency …`, `die US-Behörde …`, `de dienst …`.
    AgencyBefore,
}

impl Cue {
    /// The type the cue speaks for, and how strongly.
    pub fn vote(self) -> (Kind, f64) {
        match self {
            Cue::Title | Cue::Role => (Kind::Person, 3.0),
            Cue::RoleAfter => (Kind::Person, 2.5),
            Cue::FirstName => (Kind::Person, 2.5),
            Cue::PersonShape => (Kind::Person, 1.5),
            Cue::Maker => (Kind::Product, 2.0),
            Cue::AgencyBefore => (Kind::Agency, 3.0),
            Cue::Speech => (Kind::Person, 1.0),
            Cue::RoleOf => (Kind::Organisation, 2.0),
            Cue::Legal => (Kind::Organisation, 4.0),
            Cue::Agency => (Kind::Agency, 3.5),
            Cue::County => (Kind::County, 3.0),
            Cue::Media => (Kind::Organisation, 1.5),
            Cue::ProductBefore => (Kind::Product, 3.0),
            Cue::ProductAfter => (Kind::Product, 1.5),
            Cue::Quoted => (Kind::Product, 1.0),
            Cue::OrganisationBefore => (Kind::Organisation, 3.0),
            Cue::OrganisationAfter => (Kind::Organisation, 2.0),
            Cue::City => (Kind::City, 3.0),
            Cue::State => (Kind::State, 3.0),
        }
    }

    /// How much the cue says that the words are a name at all (for ranking): cues that only a name takes
    /// count most; speech and quotation marks, which anything can take, least.
    pub fn strength(self) -> f64 {
        match self {
            Cue::Legal | Cue::Title | Cue::Role | Cue::RoleAfter => 2.0,
            Cue::OrganisationBefore
            | Cue::AgencyBefore
            | Cue::ProductBefore
            | Cue::Media
            | Cue::RoleOf
            | Cue::City
            | Cue::State => 1.5,
            Cue::Agency | Cue::County | Cue::FirstName | Cue::OrganisationAfter | Cue::Maker => 1.0,
            Cue::ProductAfter | Cue::Speech | Cue::Quoted => 0.5,
            Cue::PersonShape => 0.0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Cue::Title => "title",
            Cue::Role => "role",
            Cue::RoleAfter => "role-after",
            Cue::RoleOf => "role-of",
            Cue::Speech => "speech",
            Cue::Legal => "legal-form",
            Cue::Agency => "agency-head",
            Cue::County => "county",
            Cue::Media => "media",
            Cue::ProductBefore => "product",
            Cue::ProductAfter => "product-after",
            Cue::Quoted => "quoted",
            Cue::OrganisationBefore => "organisation",
            Cue::OrganisationAfter => "organisation-after",
            Cue::City => "city",
            Cue::State => "state",
            Cue::FirstName => "first-name",
            Cue::PersonShape => "person-shape",
            Cue::Maker => "after-maker",
            Cue::AgencyBefore => "agency",
        }
    }

    /// Cues that say the words are a name whatever they look like: a German noun after `Firma` is a name.
    pub(crate) fn strong(self) -> bool {
        matches!(
            self,
            Cue::Legal | Cue::Title | Cue::Role | Cue::RoleAfter | Cue::OrganisationBefore | Cue::City | Cue::State
        )
    }

    /// Cues that let a single German capitalised word (which may be any noun) or an ordinary word count as a
    /// name: the ones a noun does not take.
    pub(crate) fn licenses_word(self) -> bool {
        !matches!(
            self,
            Cue::Speech
                | Cue::ProductAfter
                | Cue::Quoted
                | Cue::Agency
                | Cue::County
                | Cue::FirstName
                | Cue::PersonShape
        )
    }
}
