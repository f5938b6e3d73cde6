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
}

/// The states a country form may stand for (one, or a few for an ambiguous
/// demonym such as "Korean"), held inline so that matches copy no arrays.
public struct CountryCandidates: Hashable, Sendable, RandomAccessCollection {
    private var storage: (Int16, Int16, Int16, Int16) = (-1, -1, -1, -1)
    public private(set) var count = 0

    /// The first four of `countries` (no form is shared by more).
    public init(_ countries: [Int]) {
        for c in countries.prefix(4) {
            switch count {
            case 0: storage.0 = Int16(c)
            case 1: storage.1 = Int16(c)
            case 2: storage.2 = Int16(c)
            default: storage.3 = Int16(c)
            }
            count += 1
        }
    }

    /// No state.
    public static let none = CountryCandidates([])

    /// One state.
    public init(_ country: Int) {
        storage.0 = Int16(country)
        count = 1
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(i: Int) -> Int {
        switch i {
        case 0: return Int(storage.0)
        case 1: return Int(storage.1)
        case 2: return Int(storage.2)
        default: return Int(storage.3)
        }
    }

    public static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }
    public func hash(into hasher: inout Hasher) { for c in self { hasher.combine(c) } }
}
