/// A role word or phrase from `agents.tsv`: "defence minister" → GOV MIL.
public struct AgentRole: Hashable, Sendable {
    /// The first form, as the table writes it ("president").
    public var name: String
    public var forms: [String]
    /// CAMEO role codes in order (["GOV", "MIL"]).
    public var codes: [String]
    /// True when a singular form names one individual (a minister), false
    /// for collectives (the army, the ministry).
    public var isPerson: Bool
}

/// The agents table, loaded and validated.
public struct AgentTable: Sendable {
    public private(set) var roles: [AgentRole] = []
    private(set) var forms: [(text: String, role: Int)] = []
    /// Token keys of the last words of plural forms ("soldiers", "ministers"): a form ending in
    /// -s or -es whose singular is a form of the same row.
    public private(set) var pluralWords: KeySet = []

    /// The role codes of the CAMEO 1.1b3 manual that the table may use.
    static let knownCodes: Set<String> = [
        "GOV", "MIL", "COP", "REB", "UAF", "OPP", "JUD", "LEG", "SPY", "PTY", "MED", "BUS", "CVL", "EDU",
        "LAB", "REF", "HLH", "ELI", "AGR", "ENV", "HRI", "DEV", "CRM", "RAD", "MOD", "REL", "IGO", "NGO",
        "SEP", "INS", "AMN", "IRC", "MNC", "NGM", "SET", "UIS", "MOS", "CHR", "JEW", "BUD", "HIN",
    ]

    /// Loads agents; `strict` checks codes against the CAMEO manual's list
    /// (the shipped file), otherwise any three-letter codes are accepted
    /// (imported dictionaries with codes of their own).
    init(file: String, text: String, strict: Bool = true) throws {
        let table = try TSVTable(file: file, text: text, columns: ["forms", "codes", "kind"])
        var seen: [String: Int] = [:]
        var plural: [UInt64] = []
        defer { pluralWords = KeySet(plural) }
        for row in table.rows {
            let rowForms = row.list(0)
            guard !rowForms.isEmpty else { throw table.error(row, "no forms") }
            let codes = row(1).split(separator: " ").map(String.init)
            for code in codes where strict ? !Self.knownCodes.contains(code) : !(code.count == 3 && CAMEOCode.isBlocks(code)) {
                throw table.error(row, "unknown role code \"\(code)\"")
            }
            let kind = row(2)
            guard kind == "person" || kind == "group" else {
                throw table.error(row, "kind \"\(kind)\" must be person or group")
            }
            let index = roles.count
            roles.append(AgentRole(name: rowForms[0], forms: rowForms, codes: codes, isPerson: kind == "person"))
            let rowSet = Set(rowForms)
            for form in rowForms where form.hasSuffix("s") {
                let singulars = [String(form.dropLast()), String(form.dropLast(2)),
                                 form.hasSuffix("ies") ? String(form.dropLast(3)) + "y" : ""]
                if singulars.contains(where: rowSet.contains), let last = form.split(separator: " ").last {
                    plural.append(TokenKey.of(String(last)))
                }
            }
            // Plurals in -men and -people ("servicemen", "gunmen", "spokespeople") beside their singular.
            for form in rowForms {
                let singular = form.hasSuffix("men") ? String(form.dropLast(3)) + "man"
                    : form.hasSuffix("people") ? String(form.dropLast(6)) + "person" : nil
                if let singular, rowSet.contains(singular), let last = form.split(separator: " ").last {
                    plural.append(TokenKey.of(String(last)))
                }
            }
            for form in rowForms {
                guard form == form.lowercased() else { throw table.error(row, "form \"\(form)\" must be lower case") }
                if let line = seen[form] { throw table.error(row, "duplicate form \"\(form)\" (also on line \(line))") }
                seen[form] = row.line
                self.forms.append((form, index))
            }
        }
    }
}
