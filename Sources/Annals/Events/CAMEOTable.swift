/// One CAMEO event code with its scales: quad class, Goldstein value
/// (GDELT's table) and PLOVER type and mode.
public struct CAMEOCodeInfo: Hashable, Sendable {
    public var code: String
    public var name: String
    public var root: String
    public var quadClass: Int
    public var goldstein: Double
    public var ploverType: String?
    public var ploverMode: String?
}

/// The CAMEO table (`cameo.tsv`), loaded and validated.
public struct CAMEOTable: Sendable {
    public private(set) var codes: [String: CAMEOCodeInfo] = [:]

    public subscript(code: String) -> CAMEOCodeInfo? { codes[code] }

    init(file: String, text: String) throws {
        let table = try TSVTable(file: file, text: text,
                                 columns: ["code", "name", "root", "quad_class", "goldstein", "plover_type", "plover_mode"])
        for row in table.rows {
            let code = row(0)
            guard (2...4).contains(code.count), code.allSatisfy(\.isNumber) else {
                throw table.error(row, "code \"\(code)\" is not 2 to 4 digits")
            }
            guard codes[code] == nil else { throw table.error(row, "duplicate code \(code)") }
            let root = row(2)
            guard root == String(code.prefix(2)) else { throw table.error(row, "root \(root) does not match code \(code)") }
            guard let quad = Int(row(3)), (1...4).contains(quad) else { throw table.error(row, "quad_class must be 1 to 4") }
            guard let goldstein = Double(row(4)), abs(goldstein) <= 10 else {
                throw table.error(row, "goldstein \"\(row(4))\" is not a number from -10 to 10")
            }
            codes[code] = CAMEOCodeInfo(code: code, name: row(1), root: root, quadClass: quad, goldstein: goldstein,
                                        ploverType: row(5).isEmpty ? nil : row(5),
                                        ploverMode: row(6).isEmpty ? nil : row(6))
        }
    }
}

/// The "express intent" code of a promised action and the "reject" code of a
/// refused one (`intent-codes.tsv`): "agreed to withdraw" is 0356, not 087;
/// "refused to withdraw" is 1246.
public struct IntentCodes: Sendable {
    private var byPrefix: [String: String] = [:]
    private var refusalByPrefix: [String: String] = [:]

    init(file: String, text: String, cameo: CAMEOTable) throws {
        // (A file written before the refusal column still loads, without refusals.)
        let table = try (try? TSVTable(file: file, text: text, columns: ["code", "intent", "refusal"]))
            ?? TSVTable(file: file, text: text, columns: ["code", "intent"])
        for row in table.rows {
            guard cameo[row(0)] != nil else { throw table.error(row, "unknown CAMEO code \"\(row(0))\"") }
            // Cooperation promised is an intent (03); conflict forecast is a threat (13).
            let conflict = Self.conflictRoots.contains(String(row(0).prefix(2)))
            let expected = conflict ? "13" : "03"
            guard cameo[row(1)] != nil, row(1).hasPrefix(expected) else {
                throw table.error(row, "intent \"\(row(1))\" must be a CAMEO code of root \(expected)")
            }
            byPrefix[row(0)] = row(1)
            // Cooperation refused is a rejection (12); conflict refused is no event of its own.
            let refusal = row(2)
            guard !refusal.isEmpty, refusal != "-" else { continue }
            guard !conflict else { throw table.error(row, "a conflictual act has no refusal code (write -)") }
            guard cameo[refusal] != nil, refusal.hasPrefix("12") else {
                throw table.error(row, "refusal \"\(refusal)\" must be a CAMEO code of root 12")
            }
            refusalByPrefix[row(0)] = refusal
        }
    }

    /// The rejection code for a refused action code ("refused to release" 084 → 1243), by its
    /// longest listed prefix.
    public func refusal(for code: String) -> String? { Self.longestPrefix(of: code, in: refusalByPrefix) }

    /// The value of the longest prefix of `code` that `table` lists.
    private static func longestPrefix(of code: String, in table: [String: String]) -> String? {
        var prefix = code
        while !prefix.isEmpty {
            if let value = table[prefix] { return value }
            prefix.removeLast()
        }
        return nil
    }

    /// Roots of conflictual acts: forecast, they are threats ("will attack" is "threaten to attack").
    /// Force posture (15) is not among them: "will step up joint patrols" threatens no one.
    public static let conflictRoots: Set<String> = ["14", "16", "17", "18", "19", "20"]

    /// The intent code for an action code, by its longest listed prefix.
    public func intent(for code: String) -> String? { Self.longestPrefix(of: code, in: byPrefix) }
}
