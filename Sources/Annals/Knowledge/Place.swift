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
    /// A form's bytes as written (FNV-1a) → its index in `forms`: look-ups without a string.
    private var formKeys = KeyMap([])

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
                var rowForms = [name]
                for alias in row.list(1) where !rowForms.contains(alias) { rowForms.append(alias) }
                for form in rowForms {
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
        formKeys = KeyMap(forms.indices.map { (Self.key(Array(forms[$0].text.utf8)[...]), Int32($0)) })
    }

    /// The state of a place form that may stand for a group's home ("Darfur rebels", "demonstrators in
    /// Basra"): all places of that name lie in one state, and the largest is a city of 100,000 or a
    /// region (small towns share their names with words and surnames: "Federal", "Bush").
    func leadingCountry(ofForm form: Int) -> Int? {
        let places = forms[form].places
        guard let first = places.first, self.places[first].population >= 100_000,
              places.allSatisfy({ countryIndices[$0] == countryIndices[first] }) else { return nil }
        return Int(countryIndices[first])
    }

    /// The form written exactly as `bytes` ("Tripoli"), if any.
    func form(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let f = formKeys[Self.key(bytes)].map(Int.init) else { return nil }
        // (The key only narrows: the bytes themselves must match.)
        return forms[f].text.utf8.elementsEqual(bytes) ? f : nil
    }

    @inline(__always)
    private static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
