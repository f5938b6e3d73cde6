/// A state (or territory) from `countries.tsv`.
public struct Country: Hashable, Sendable {
    /// The CAMEO state code (ISO 3166-1 alpha-3 unless the table notes otherwise).
    public var code: String
    public var iso2: String
    /// The short English name ("North Korea").
    public var name: String
    public var aliases: [String]
    /// Demonym adjectives and singular nouns ("North Korean").
    public var adjectives: [String]
    /// Plural demonyms ("North Koreans").
    public var people: [String]
    public var capital: String?
    /// Other places that stand for the government, and capital spellings.
    public var seats: [String]
    public var latitude: Double?
    public var longitude: Double?
}

/// How a country is named by a matched form.
public enum CountryForm: Hashable, Sendable {
    case name, adjective, people, capital
}

/// The countries table, loaded and validated.
public struct CountryTable: Sendable {
    public private(set) var countries: [Country] = []
    public private(set) var index: [String: Int] = [:]

    static let columns = ["code", "iso2", "name", "aliases", "adjectives", "people", "capital", "seats", "lat", "lon"]

    /// A written form with the countries it may denote (several only for `~` forms).
    struct Form {
        var text: String
        var kind: CountryForm
        var countries: [Int]
    }

    private(set) var forms: [Form] = []

    public subscript(code: String) -> Country? { index[code].map { countries[$0] } }

    init(file: String, text: String) throws {
        let table = try TSVTable(file: file, text: text, columns: Self.columns)
        var plain: [String: (row: Int, country: Int)] = [:]
        var shared: [String: (kind: CountryForm, countries: [Int], firstLine: Int)] = [:]
        for row in table.rows {
            let code = row(0)
            guard code.utf8.count == 3, CAMEOCode.isBlocks(code) else {
                throw table.error(row, "code \"\(code)\" is not three upper-case letters")
            }
            guard index[code] == nil else { throw table.error(row, "duplicate code \(code)") }
            let name = row(2)
            guard !name.isEmpty else { throw table.error(row, "empty name") }
            func coordinate(_ column: Int, _ limit: Double) throws -> Double? {
                let s = row(column)
                if s.isEmpty { return nil }
                guard let v = Double(s), abs(v) <= limit else {
                    throw table.error(row, "\(Self.columns[column]) \"\(s)\" is not a number within ±\(Int(limit))")
                }
                return v
            }
            let countryIndex = countries.count
            let capitalField = row(6)
            var country = Country(
                code: code, iso2: row(1), name: name.strippingTilde, aliases: row.list(3).map(\.strippingTilde),
                adjectives: row.list(4).map(\.strippingTilde), people: row.list(5).map(\.strippingTilde),
                capital: capitalField.isEmpty ? nil : capitalField.strippingTilde,
                seats: row.list(7).map(\.strippingTilde),
                latitude: try coordinate(8, 90), longitude: try coordinate(9, 180))
            if country.latitude == nil { country.longitude = nil }
            countries.append(country)
            index[code] = countryIndex

            var rowForms: [(String, CountryForm)] = [(name, .name)]
            rowForms += row.list(3).map { ($0, .name) }
            rowForms += row.list(4).map { ($0, .adjective) }
            rowForms += row.list(5).map { ($0, .people) }
            if !capitalField.isEmpty { rowForms.append((capitalField, .capital)) }
            rowForms += row.list(7).map { ($0, .capital) }
            var seenInRow: Set<String> = []
            for (form, kind) in rowForms {
                guard seenInRow.insert(form).inserted else { continue }
                if form.hasPrefix("~") {
                    let bare = form.strippingTilde
                    guard !bare.isEmpty else { throw table.error(row, "empty ~ form") }
                    if plain[bare] != nil {
                        throw table.error(row, "\"\(bare)\" is marked ~ here but plain on line \(plain[bare]!.row)")
                    }
                    shared[bare, default: (kind, [], row.line)].countries.append(countryIndex)
                } else {
                    if let other = plain[form] {
                        throw table.error(row, "duplicate form \"\(form)\" (also on line \(other.row)); mark it ~ in every row if it is ambiguous")
                    }
                    if shared[form] != nil {
                        throw table.error(row, "\"\(form)\" is plain here but marked ~ on line \(shared[form]!.firstLine)")
                    }
                    plain[form] = (row.line, countryIndex)
                    forms.append(Form(text: form, kind: kind, countries: [countryIndex]))
                }
            }
        }
        for (form, entry) in shared.sorted(by: { $0.key < $1.key }) {
            guard entry.countries.count >= 2 else {
                throw KnowledgeError(file: file, line: entry.firstLine,
                                     reason: "\"~\(form)\" occurs in one row only; drop the ~")
            }
            guard entry.countries.count <= 4 else {
                throw KnowledgeError(file: file, line: entry.firstLine,
                                     reason: "\"~\(form)\" is shared by \(entry.countries.count) rows; at most 4 states may share a form")
            }
            forms.append(Form(text: form, kind: entry.kind, countries: entry.countries))
        }
    }
}

extension String {
    var strippingTilde: String { hasPrefix("~") ? String(dropFirst()) : self }
}
