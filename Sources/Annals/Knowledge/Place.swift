/// A city or town from `places.tsv` (GeoNames cities of more than 15,000
/// people) or a region from `regions.tsv`, for the places of events.
public struct Place: Hashable, Sendable {
    public var name: String
    /// Alpha-3 code of its country.
    public var country: String
    public var latitude: Double
    public var longitude: Double
    public var population: Int
}

/// The places table, loaded and validated. Several places may share a name
/// ("Tripoli", "Hyderabad"); a form lists them all, most populous first.
public struct PlaceTable: Sendable {
    public private(set) var places: [Place] = []
    /// Per place, the index of its country in the countries table (read on the hot path instead of
    /// looking the code up).
    private(set) var countryIndices: [Int32] = []
    /// Every written form with the places it may name, most populous first.
    private(set) var forms: [(text: String, places: [Int])] = []
    /// Form text → its index in `forms`.
    private(set) var formIndex: [String: Int] = [:]

    public init() {}

    init(file: String, text: String, countries: CountryTable) throws {
        try self.init(files: [(file, text)], countries: countries)
    }

    /// Several files of the same columns read as one table (`places.tsv`, `regions.tsv`).
    init(files: [(name: String, text: String)], countries: CountryTable) throws {
        var byForm: [String: Int] = [:]
        for (file, text) in files {
            let table = try TSVTable(file: file, text: text, columns: ["name", "aliases", "country", "lat", "lon", "population"])
            for row in table.rows {
                let name = row(0)
                guard !name.isEmpty else { throw table.error(row, "empty name") }
                let country = row(2)
                guard let countryIndex = countries.index[country] else { throw table.error(row, "unknown country code \"\(country)\"") }
                guard let lat = Double(row(3)), let lon = Double(row(4)), (-90...90).contains(lat), (-180...180).contains(lon) else {
                    throw table.error(row, "lat/lon \"\(row(3))\", \"\(row(4))\" are not decimal degrees")
                }
                guard let population = Int(row(5)), population >= 0 else {
                    throw table.error(row, "population \"\(row(5))\" is not a whole number")
                }
                let index = places.count
                places.append(Place(name: name, country: country, latitude: lat, longitude: lon, population: population))
                countryIndices.append(Int32(countryIndex))
                for form in Set([name] + row.list(1)) {
                    if let f = byForm[form] {
                        forms[f].places.append(index)
                    } else {
                        byForm[form] = forms.count
                        forms.append((form, [index]))
                    }
                }
            }
        }
        for f in forms.indices { forms[f].places.sort { places[$0].population > places[$1].population } }
        formIndex = byForm
    }
}
