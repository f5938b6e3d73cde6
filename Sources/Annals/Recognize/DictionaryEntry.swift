/// What a dictionary form found in text stands for.
public enum DictionaryEntry: Hashable, Sendable {
    /// A state's name, demonym or capital; several countries for `~` forms.
    case country(CountryCandidates, CountryForm)
    case organization(Int)
    case role(Int)
    /// A named actor from a user dictionary.
    case named(Int)
    /// A city or town: the index of its form in the places table (several places may share it).
    case place(Int)
    /// A name that contains a state's but names no actor ("South China Sea", `not-actors.tsv`).
    case ignored
    /// A noun that stands for a state named before it when it heads a title: "the country's
    /// president", "the island's defence ministry".
    case stateAnaphor
    /// A noun that stands for the international body named last before it: "the bloc", "the
    /// alliance".
    case organizationAnaphor
    /// "Neighbour" after "its": the other state a story names most ("Kinshasa accused its neighbour").
    case neighbour
}

/// The states a country form may stand for (one, or a few for an ambiguous
/// demonym such as "Korean").
public typealias CountryCandidates = SmallIndexList

/// The roles of a title, in order ("deputy" "foreign minister").
public typealias RoleList = SmallIndexList
