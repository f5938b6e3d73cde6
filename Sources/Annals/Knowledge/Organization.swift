/// An international or regional body, or a non-state armed group, from
/// `organizations.tsv`.
public struct Organization: Hashable, Sendable {
    /// CAMEO-style code (IGOUNO, IGOWSTNAT, PSEREBHMS).
    public var code: String
    /// `organization` or `group`.
    public var kind: String
    public var name: String
    public var aliases: [String]
}

/// The organisations table, loaded and validated.
public struct OrganizationTable: Sendable {
    public private(set) var organizations: [Organization] = []
    /// Every written form (name and aliases) with its organisation.
    private(set) var forms: [(text: String, organization: Int)] = []

    init(file: String, text: String, countries: CountryTable) throws {
        let table = try TSVTable(file: file, text: text, columns: ["code", "kind", "name", "aliases"])
        var seen: [String: Int] = [:]
        for row in table.rows {
            let code = row(0)
            guard CAMEOCode.isBlocks(code) else {
                throw table.error(row, "code \"\(code)\" is not blocks of three upper-case letters")
            }
            let kind = row(1)
            guard kind == "organization" || kind == "group" else {
                throw table.error(row, "kind \"\(kind)\" must be organization or group")
            }
            let name = row(2)
            guard !name.isEmpty else { throw table.error(row, "empty name") }
            let index = organizations.count
            organizations.append(Organization(code: code, kind: kind, name: name, aliases: row.list(3)))
            for form in [name] + row.list(3) {
                let key = form.lowercased()
                if let line = seen[key], line != row.line {
                    throw table.error(row, "duplicate form \"\(form)\" (also on line \(line))")
                }
                seen[key] = row.line
                forms.append((form, index))
            }
        }
        // "United Nations Mission in South Sudan" is written "UN Mission in South Sudan" and "U.N. Mission ..." too:
        // forms no line has already.
        for (text, index) in forms where text.hasPrefix(Self.unitedNations) {
            for short in ["UN", "U.N."] {
                let form = short + text.dropFirst(Self.unitedNations.count - 1)
                guard seen[form.lowercased()] == nil else { continue }
                seen[form.lowercased()] = 0
                forms.append((form, index))
            }
        }
    }

    static let unitedNations = "United Nations "
}
