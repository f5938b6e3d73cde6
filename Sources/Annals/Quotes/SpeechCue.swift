/// A speech or attitude cue from `speech-cues.tsv`: "said", "expressed
/// confidence", "according to".
public struct SpeechCue: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// A speech verb (say, note, underline).
        case verb
        /// A multi-word cue built on a verb (express confidence, point out).
        case phrase
        /// A non-verbal attribution (according to, in a statement).
        case source
        /// A speech noun (statement, remarks).
        case noun
    }

    /// The lemma or phrase head ("say", "express confidence").
    public var cue: String
    public var kind: Kind
    public var forms: [String]
    /// Attributes quotations only, never reported speech ("exclaimed").
    public var quoteOnly = false
    /// Introduces reported speech only with "that" ("added that ...").
    public var thatOnly = false
    /// The cue takes a hearer before its that-clause ("told reporters that", "warned Moscow that"):
    /// its note says "takes a hearer".
    public var takesHearer = false
    /// For sources: the speaker follows the cue ("according to X"); false
    /// for "speaker before" and "frame" sources.
    public var speakerAfter = true
    /// For sources: the speaker is the subject before the cue ("X was quoted as saying").
    public var speakerBefore = false
}

/// The cues table, loaded and validated.
public struct SpeechCueTable: Sendable {
    public private(set) var cues: [SpeechCue] = []
    /// Every form with its cue and whether it is an -ing participle.
    private(set) var forms: [(text: String, cue: Int, participle: Bool)] = []
    /// The cue whose forms are clauses that keep a speaker unnamed ("who asked not to be named").
    static let anonymityCue = "on condition of anonymity"
    /// Those clauses as token keys, for recognizing them around a speaker ("A commander who asked not to be named said").
    private(set) var anonymityClauses: [[UInt64]] = []
    /// The first and the last words of those clauses: most tokens are neither, and are rejected at once.
    private(set) var anonymityFirstWords = KeySet([])
    private(set) var anonymityLastWords = KeySet([])

    init(file: String, text: String) throws {
        let table = try TSVTable(file: file, text: text, columns: ["cue", "kind", "forms", "note"])
        var seen: [String: Int] = [:]
        for row in table.rows {
            let cue = row(0)
            guard !cue.isEmpty, cue == cue.lowercased() else { throw table.error(row, "cue \"\(cue)\" must be lower case") }
            guard let kind = SpeechCue.Kind(rawValue: row(1)) else {
                throw table.error(row, "kind \"\(row(1))\" must be verb, phrase, source or noun")
            }
            let rowForms = row.list(2)
            guard !rowForms.isEmpty else { throw table.error(row, "no forms") }
            let index = cues.count
            let note = row(3)
            var entry = SpeechCue(cue: cue, kind: kind, forms: rowForms)
            entry.quoteOnly = note.hasPrefix("quote only;")
            entry.thatOnly = note.hasPrefix("that only;")
            entry.takesHearer = note.contains("takes a hearer")
            entry.speakerAfter = kind != .source || note.hasPrefix("speaker after")
            entry.speakerBefore = kind == .source && note.hasPrefix("speaker before")
            cues.append(entry)
            if cue == Self.anonymityCue {
                anonymityClauses = rowForms.map { $0.split(separator: " ").map { TokenKey.of(String($0)) } }
                anonymityFirstWords = KeySet(anonymityClauses.compactMap(\.first))
                anonymityLastWords = KeySet(anonymityClauses.compactMap(\.last))
            }
            for form in rowForms {
                guard form == form.lowercased() else { throw table.error(row, "form \"\(form)\" must be lower case") }
                if let line = seen[form] { throw table.error(row, "duplicate form \"\(form)\" (also on line \(line))") }
                seen[form] = row.line
                let head = form.split(separator: " ").first.map(String.init) ?? form
                self.forms.append((form, index, head.hasSuffix("ing") && !cue.hasPrefix(head)))
            }
        }
    }
}

extension SpeechCueTable {
    /// The token after a clause of anonymity that starts at `k` ("who asked not to be named"), or nil.
    func anonymityClauseEnd(startingAt k: Int, keys: [UInt64], limit: Int) -> Int? {
        guard k < limit, anonymityFirstWords.contains(keys[k]) else { return nil }
        for clause in anonymityClauses where k + clause.count <= limit {
            if clause.indices.allSatisfy({ keys[k + $0] == clause[$0] }) { return k + clause.count }
        }
        return nil
    }

    /// The first token of a clause of anonymity that ends right before `end`, not before `floor`, or nil.
    func anonymityClauseStart(endingAt end: Int, keys: [UInt64], floor: Int) -> Int? {
        guard end - 1 >= floor, end - 1 < keys.count, anonymityLastWords.contains(keys[end - 1]) else { return nil }
        for clause in anonymityClauses where end - clause.count >= floor {
            let k = end - clause.count
            if clause.indices.allSatisfy({ keys[k + $0] == clause[$0] }) { return k }
        }
        return nil
    }
}
