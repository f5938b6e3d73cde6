import Foundation

/// Everything Annals knows about the world, loaded from the knowledge files
/// (`Resources/knowledge/` in the package, or a folder given by the user).
///
/// Loading validates every file and fails with the file, line and reason of
/// the first problem found.
public struct KnowledgeBase: Sendable {
    public var countries: CountryTable
    public var organizations: OrganizationTable
    public var places: PlaceTable
    public var agents: AgentTable
    public var nameVariants: NameVariants
    /// States whose people's names are written family name first (`name-order.tsv`): their codes.
    public var familyNameFirst: Set<String>
    /// States whose people are named by their given name alone (`name-order.tsv`): their codes.
    public var givenNameAlone: Set<String>
    /// Given names and their gender (`given-names.tsv`), keyed by the lower-cased name.
    public var givenNames: [String: Gender]
    /// Well-known people with dated codes (`people.tsv`), found by name without a title.
    public var people: NamedActorTable
    public var speechCues: SpeechCueTable
    public var cameo: CAMEOTable
    public var eventPatterns: EventPatternSet
    public var intentCodes: IntentCodes
    /// Weapons that make an act of force precise (`weapons.tsv`).
    public var weapons: WeaponTable
    /// Names that contain a state's name but name no actor ("South China Sea", `not-actors.tsv`).
    public var notActors: [String]
    /// Capitals that stand for a body seated there in a document that names the body (`seats.tsv`):
    /// the capital as written → the body's code.
    public var seats: [String: String] = [:]
    /// Land borders (`borders.tsv`): a state's code → the codes of the states it borders.
    public var borders: [String: Set<String>] = [:]
    /// Named actors and extra role words from user dictionaries (`--dictionary`).
    public var namedActors = NamedActorTable()
    public var extraAgents: AgentTable?

    /// Loads the knowledge files from a folder.
    public init(directory: URL) throws {
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw KnowledgeError(file: name, line: 0, reason: "missing knowledge file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError(file: name, line: 0, reason: "not UTF-8")
            }
            return text
        }
        countries = try CountryTable(file: "countries.tsv", text: try read("countries.tsv"))
        organizations = try OrganizationTable(file: "organizations.tsv", text: try read("organizations.tsv"),
                                              countries: countries)
        places = try PlaceTable(files: [("places.tsv", try read("places.tsv")), ("regions.tsv", try read("regions.tsv"))],
                                countries: countries)
        agents = try AgentTable(file: "agents.tsv", text: try read("agents.tsv"))
        nameVariants = try NameVariants(file: "name-variants.tsv", text: try read("name-variants.tsv"))
        let givenNameTable = try TSVTable(file: "given-names.tsv", text: try read("given-names.tsv"), columns: ["name", "gender"])
        givenNames = [:]
        for row in givenNameTable.rows {
            let name = row(0).lowercased()
            guard !name.isEmpty, !name.contains(" ") else { throw givenNameTable.error(row, "a name is one word") }
            guard let gender = Gender(letter: row(1)) else {
                throw givenNameTable.error(row, "gender must be f or m, found \"\(row(1))\"")
            }
            guard givenNames.updateValue(gender, forKey: name) == nil else {
                throw givenNameTable.error(row, "\"\(row(0))\" is listed twice")
            }
        }
        let nameOrder = try TSVTable(file: "name-order.tsv", text: try read("name-order.tsv"), columns: ["country", "order", "note"])
        familyNameFirst = []
        givenNameAlone = []
        for row in nameOrder.rows {
            guard countries.index[row(0)] != nil else { throw nameOrder.error(row, "unknown country code \"\(row(0))\"") }
            guard !familyNameFirst.contains(row(0)), !givenNameAlone.contains(row(0)) else {
                throw nameOrder.error(row, "\"\(row(0))\" is listed twice")
            }
            switch row(1) {
            case "family-first": familyNameFirst.insert(row(0))
            case "given-alone": givenNameAlone.insert(row(0))
            default: throw nameOrder.error(row, "order must be family-first or given-alone, found \"\(row(1))\"")
            }
        }
        let countryCodes = countries.index, organizationCodes = Set(organizations.organizations.map(\.code))
        people = try NamedActorTable(file: "people.tsv", text: try read("people.tsv"), known: { code in
            countryCodes[String(code.prefix(3))] != nil || organizationCodes.contains { code.hasPrefix($0) }
        })
        speechCues = try SpeechCueTable(file: "speech-cues.tsv", text: try read("speech-cues.tsv"))
        cameo = try CAMEOTable(file: "cameo.tsv", text: try read("cameo.tsv"))
        eventPatterns = try EventPatternSet(directory: directory.appendingPathComponent("events"), cameo: cameo)
        intentCodes = try IntentCodes(file: "intent-codes.tsv", text: try read("intent-codes.tsv"), cameo: cameo)
        weapons = try WeaponTable(file: "weapons.tsv", text: try read("weapons.tsv"), cameo: cameo)
        let notActorTable = try TSVTable(file: "not-actors.tsv", text: try read("not-actors.tsv"), columns: ["name", "kind"])
        var seen = Set<String>()
        notActors = try notActorTable.rows.map { row in
            let name = row(0)
            guard !name.isEmpty else { throw notActorTable.error(row, "empty name") }
            guard seen.insert(name).inserted else { throw notActorTable.error(row, "duplicate name \"\(name)\"") }
            return name
        }
        // (Optional: a knowledge folder from an earlier version has no seats.tsv.)
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("seats.tsv").path) {
            let seatTable = try TSVTable(file: "seats.tsv", text: try read("seats.tsv"), columns: ["city", "organization", "note"])
            let capitals = Set(countries.forms.filter { $0.kind == .capital }.map(\.text))
            for row in seatTable.rows {
                guard capitals.contains(row(0)) else { throw seatTable.error(row, "\"\(row(0))\" is not a capital in countries.tsv") }
                guard organizationCodes.contains(row(1)) else {
                    throw seatTable.error(row, "unknown organization code \"\(row(1))\"")
                }
                guard seats.updateValue(row(1), forKey: row(0)) == nil else { throw seatTable.error(row, "\"\(row(0))\" is listed twice") }
            }
        }
        // (Optional as well: a knowledge folder from an earlier version has no borders.tsv.)
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("borders.tsv").path) {
            let borderTable = try TSVTable(file: "borders.tsv", text: try read("borders.tsv"), columns: ["code", "neighbours"])
            for row in borderTable.rows {
                guard countries[row(0)] != nil else { throw borderTable.error(row, "unknown state code \"\(row(0))\"") }
                guard borders[row(0)] == nil else { throw borderTable.error(row, "\"\(row(0))\" is listed twice") }
                var neighbours: Set<String> = []
                for code in row(1).split(separator: "|").map(String.init) {
                    guard countries[code] != nil else { throw borderTable.error(row, "unknown neighbour code \"\(code)\"") }
                    guard code != row(0) else { throw borderTable.error(row, "a state does not border itself") }
                    neighbours.insert(code)
                }
                borders[row(0)] = neighbours
            }
        }
    }

    /// Adds a user dictionary folder: its `actors.tsv` (named actors with
    /// dated codes) and `agents.tsv` (role words, which take precedence over
    /// the shipped ones), either of which may be missing.
    public mutating func add(dictionary directory: URL) throws {
        func read(_ name: String) throws -> String? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError(file: url.path, line: 0, reason: "unreadable or not UTF-8")
            }
            return text
        }
        let actorsText = try read("actors.tsv")
        let agentsText = try read("agents.tsv")
        guard actorsText != nil || agentsText != nil else {
            throw KnowledgeError(file: directory.path, line: 0, reason: "no actors.tsv or agents.tsv in the dictionary folder")
        }
        if let actorsText { namedActors = try NamedActorTable(file: directory.appendingPathComponent("actors.tsv").path, text: actorsText) }
        if let agentsText {
            extraAgents = try AgentTable(file: directory.appendingPathComponent("agents.tsv").path, text: agentsText, strict: false)
        }
    }

    /// The folder of the knowledge files shipped with Annals.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("knowledge")
    }

    /// The shipped knowledge, loaded once. The shipped files are validated
    /// by the test suite, so a failure here is a broken installation.
    public static let bundled: Result<KnowledgeBase, KnowledgeError> = {
        do {
            return .success(try KnowledgeBase(directory: bundledDirectory))
        } catch let error as KnowledgeError {
            return .failure(error)
        } catch {
            return .failure(KnowledgeError(file: "knowledge", line: 0, reason: "\(error)"))
        }
    }()
}
