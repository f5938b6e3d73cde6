import Foundation

/// An event pattern from `events/NN-name.tsv`: a verb or noun trigger with
/// source and target slots and the CAMEO code it yields.
///
/// `{S} visit {T}` is a verb pattern (the word after `{S}` is a verb lemma,
/// inflected by the engine; passive voice, negation and modality are read
/// from the verb group). `talks between {S} and {T}` is a noun pattern.
public final class EventPattern: Sendable {
    public enum Element: Sendable, Equatable {
        case source, target, possessive
        /// Alternatives for one token, as lower-case words and their keys.
        case words([String], KeySet)

        public static func == (a: Element, b: Element) -> Bool {
            switch (a, b) {
            case (.source, .source), (.target, .target), (.possessive, .possessive): return true
            case let (.words(x, _), .words(y, _)): return x == y
            default: return false
            }
        }
    }

    public let code: String
    public let elements: [Element]
    /// The event holds in both directions ("talks between X and Y").
    public let symmetric: Bool
    /// Complete without a target ("{S} mobilize troops").
    public let noTarget: Bool
    /// A bare event noun ("the talks", "today's negotiations") that creates no
    /// event: it is one more mention of the latest event of its code family.
    public let anaphoric: Bool
    /// A catch-all ("{S} agree to"): used only when no other event in the
    /// sentence has the same source.
    public let fallback: Bool
    /// Holds only between two sides that are the verb's coordinated subject ("the army and the RSF fought"): one side
    /// alone, or a subject borrowed from another clause, gives no event.
    public let pair: Bool
    public let isVerb: Bool
    /// For verb patterns, the keys of the lemma and -s forms (not participles).
    public let baseFormKeys: KeySet
    /// Where the pattern was written: "events/04-consult.tsv:41".
    public let rule: String
    /// The pattern as written.
    public let text: String

    init(code: String, elements: [Element], symmetric: Bool, noTarget: Bool, anaphoric: Bool = false, fallback: Bool = false,
         pair: Bool = false, isVerb: Bool, baseFormKeys: KeySet = [], rule: String, text: String) {
        self.pair = pair
        self.code = code
        self.elements = elements
        self.symmetric = symmetric
        self.noTarget = noTarget
        self.anaphoric = anaphoric
        self.fallback = fallback
        self.isVerb = isVerb
        self.baseFormKeys = baseFormKeys
        self.rule = rule
        self.text = text
    }
}

/// All event patterns, loaded and validated against the CAMEO table.
public struct EventPatternSet: Sendable {
    public private(set) var patterns: [EventPattern] = []

    /// A participle or past form written out ("killed", "held", "taken").
    static func looksInflected(_ word: String) -> Bool {
        word.hasSuffix("ed") || Inflection.irregularPast.contains(word)
    }

    static let knownOptions: Set<String> = ["symmetric", "no-target", "anaphoric", "fallback", "pair"]

    init(directory: URL, cameo: CAMEOTable) throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".tsv") }.sorted()
        guard !names.isEmpty else {
            throw KnowledgeError(file: "events", line: 0, reason: "no event pattern files (events/NN-name.tsv)")
        }
        for name in names {
            let file = "events/\(name)"
            let root = String(name.prefix(2))
            guard root.count == 2, root.allSatisfy(\.isNumber), cameo[root] != nil else {
                throw KnowledgeError(file: file, line: 0, reason: "file name must start with a CAMEO root 01-20")
            }
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError(file: file, line: 0, reason: "unreadable or not UTF-8")
            }
            let table = try TSVTable(file: file, text: text, columns: ["code", "pattern", "options"])
            for row in table.rows {
                let code = row(0)
                guard cameo[code] != nil else { throw table.error(row, "unknown CAMEO code \"\(code)\"") }
                guard code.hasPrefix(root) else { throw table.error(row, "code \(code) is not of root \(root)") }
                let options = row(2).split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
                for option in options where !Self.knownOptions.contains(option) {
                    throw table.error(row, "unknown option \"\(option)\" (symmetric, no-target, anaphoric, fallback, pair)")
                }
                let patternText = row(1)
                var elements: [EventPattern.Element] = []
                for word in patternText.split(separator: " ").map(String.init) {
                    switch word {
                    case "{S}": elements.append(.source)
                    case "{T}": elements.append(.target)
                    case "'s": elements.append(.possessive)
                    default:
                        let alternatives = word.split(separator: "|").map(String.init)
                        guard !alternatives.isEmpty, alternatives.allSatisfy({ $0 == $0.lowercased() && !$0.contains("{") }) else {
                            throw table.error(row, "element \"\(word)\" must be {S}, {T}, 's or lower-case words joined by |")
                        }
                        elements.append(.words(alternatives, KeySet(alternatives.map(TokenKey.of))))
                    }
                }
                guard elements.filter({ $0 == .source }).count <= 1, elements.filter({ $0 == .target }).count <= 1 else {
                    throw table.error(row, "{S} and {T} may each appear once")
                }
                guard elements.contains(where: { if case .words = $0 { return true } else { return false } }) else {
                    throw table.error(row, "a pattern needs at least one word")
                }
                var isVerb = false
                // "{T} receive aid from {S}": a verb whose subject is the target.
                // ("{T} killed in {S} attack", with a participle written out, stays a noun pattern.)
                if elements.count >= 2, case .words(let lemmas, _) = elements[1],
                   elements[0] == .source || (elements[0] == .target && !lemmas.contains(where: Self.looksInflected)) {
                    isVerb = true
                    let forms = lemmas.flatMap(Inflection.forms(of:))
                    elements[1] = .words(forms, KeySet(forms.map(TokenKey.of)))
                }
                if options.contains("anaphoric") {
                    guard elements.allSatisfy({ if case .words = $0 { return true } else { return false } }),
                          options.count == 1 else {
                        throw table.error(row, "an anaphoric pattern is words only (no {S}, {T}, 's) and has no other option")
                    }
                    patterns.append(EventPattern(code: code, elements: elements, symmetric: false, noTarget: true, anaphoric: true,
                                                 isVerb: false, rule: "\(file):\(row.line)", text: patternText))
                    continue
                }
                let noTarget = options.contains("no-target")
                guard noTarget || elements.contains(.target) else {
                    throw table.error(row, "no {T} slot: add one or the option no-target")
                }
                var baseForms: KeySet = []
                if isVerb, case .words(let forms, _) = elements[1] {
                    baseForms = KeySet(forms.filter { !$0.hasSuffix("ed") && !Inflection.irregularPast.contains($0) }.map(TokenKey.of))
                }
                patterns.append(EventPattern(code: code, elements: elements, symmetric: options.contains("symmetric"),
                                             noTarget: noTarget, fallback: options.contains("fallback"),
                                             pair: options.contains("pair"), isVerb: isVerb,
                                             baseFormKeys: baseForms,
                                             rule: "\(file):\(row.line)", text: patternText))
            }
        }
    }
}
