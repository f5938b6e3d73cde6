/// One compiled multi-word matcher: a trie over token keys, built once from
/// dictionary forms and run in one left-to-right pass, longest match first.
///
/// Each form is tokenized by the same tokenizer as documents, so "North
/// Korea's" or "U.S." match exactly as they are split in text. Case is
/// checked per token after the key matches: an all-caps form ("US", "WHO")
/// needs an all-caps token, a capitalised form ("Chad") a capitalised one,
/// and a lower-case form (role words) any case.
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// How a token of a form must be written: in any case, capitalised, in capitals, or exactly as the form
    /// has it (a name with capitals inside: "LeT" is not "Let").
    enum CaseRule: UInt8, Sendable { case any, capitalized, allCaps, exact }

    /// A form's payload, its length in tokens and its case rules, two bits a
    /// token, held inline so that a look-up follows no further pointers.
    struct Entry: Sendable {
        var payload: Payload
        var length: Int
        var caseRules: UInt64

        func rule(_ k: Int) -> CaseRule { CaseRule(rawValue: UInt8(truncatingIfNeeded: caseRules >> (2 * k)) & 3) ?? .any }
    }

    /// A trie node: the first form ending here inline (most nodes end one or none), the rest in
    /// `moreEntries` (no reference inside a node: reading one costs no reference counting).
    struct Node: Sendable {
        var hasChildren = false
        var firstEntry: Int32 = -1
        /// Index into `moreEntries`, or -1.
        var more: Int32 = -1
    }

    /// Forms longer than this many tokens are not added (their case rules would not fit).
    static var maximumTokens: Int { 32 }

    private var nodes: [Node] = [Node()]
    /// Every node's children, in one table keyed by (node, token key).
    private var edges = TrieEdges()
    private var entries: [Entry] = []
    /// Per node with several forms ending there: the forms after the first.
    private var moreEntries: [[Int32]] = []
    /// The tokens' bytes of forms with a token to be written exactly, by entry.
    private var exactTokens: [Int32: [[UInt8]]] = [:]
    /// A bit per (first-token key mod 2^20): most tokens start no phrase and
    /// are rejected without a hash-table look-up.
    private var firstTokenFilter: [UInt64] = Array(repeating: 0, count: (1 << 20) / 64)
    /// The same for forms whose first word may be in any case (role words), over
    /// 2^15 bits that stay in the first-level cache: a lower-case token, most of
    /// a text, is only looked up when such a form may start there ("of" is not,
    /// though a town is called "Of").
    private var lowerCaseFilter: [UInt64] = Array(repeating: 0, count: (1 << 15) / 64)

    /// A match: token indices and byte range (a part of a hyphenated token
    /// has the token's index and the part's bytes).
    public struct Match: Sendable {
        public var tokens: Range<Int>
        public var bytes: Range<Int>
        /// The payload of the first form (in the order added) that matched.
        public var payload: Payload
    }

    public init() {}

    /// Adds a form. Returns false when the form has no tokens.
    @discardableResult
    public mutating func add(_ form: String, payload: Payload) -> Bool {
        let document = Document(text: form, metadata: DocumentMetadata(id: "form"))
        var tokens: [Token] = []
        document.utf8.withUnsafeBufferPointer { buf in
            Tokenizer(bytes: buf).tokenize(0..<buf.count, into: &tokens)
        }
        guard !tokens.isEmpty, tokens.count <= Self.maximumTokens else { return false }
        var node = 0
        var rules: UInt64 = 0
        document.utf8.withUnsafeBufferPointer { buf in
            for (n, token) in tokens.enumerated() {
                let key = TokenKey.hash(buf, token.range)
                if n == 0 {
                    firstTokenFilter[Int(key & 0xFFFFF) >> 6] |= 1 << (key & 63)
                    if !token.has(.allCaps) && !token.has(.capitalized) {
                        lowerCaseFilter[Int(key & 0x7FFF) >> 6] |= 1 << (key & 63)
                    }
                }
                if let next = edges.child(of: Int32(node), key: key) {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    edges.insert(parent: Int32(node), key: key, child: Int32(nodes.count - 1))
                    nodes[node].hasChildren = true
                    node = nodes.count - 1
                }
                let rule: CaseRule = token.has(.allCaps) ? .allCaps
                    : token.has(.capitalized) && Self.hasInnerCapital(buf, token.range) ? .exact
                    : token.has(.capitalized) ? .capitalized : .any
                rules |= UInt64(rule.rawValue) << (2 * n)
                if rule == .exact {
                    exactTokens[Int32(entries.count), default: Array(repeating: [], count: tokens.count)][n] = Array(buf[token.range])
                }
            }
        }
        if nodes[node].firstEntry < 0 {
            nodes[node].firstEntry = Int32(entries.count)
        } else if nodes[node].more < 0 {
            nodes[node].more = Int32(moreEntries.count)
            moreEntries.append([Int32(entries.count)])
        } else {
            moreEntries[Int(nodes[node].more)].append(Int32(entries.count))
        }
        entries.append(Entry(payload: payload, length: tokens.count, caseRules: rules))
        return true
    }

    @inline(__always)
    private func passes(_ rule: CaseRule, _ token: Token, entry: Int, at k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized: return token.has(.capitalized)
        case .allCaps: return token.has(.allCaps)
        case .exact:
            guard let written = exactTokens[Int32(entry)]?[k], written.count == Int(token.end - token.start) else { return false }
            return written.withUnsafeBufferPointer { w in (0..<w.count).allSatisfy { w[$0] == bytes[Int(token.start) + $0] } }
        }
    }

    /// Whether a word of ASCII letters only has another capital after its first letter ("LeT", "McCain"; not
    /// "N'Djamena", whose apostrophe text may write otherwise).
    private static func hasInnerCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 1, range.allSatisfy({ (65...90).contains(bytes[$0]) || (97...122).contains(bytes[$0]) }) else { return false }
        return range.dropFirst().contains { (65...90).contains(bytes[$0]) }
    }

    /// All longest matches in the token range, left to right, never
    /// overlapping. Parts of hyphenated tokens are tried when the whole
    /// token starts no match ("Russian-Korean" → Russian, Korean).
    public func matches(in range: Range<Int>, tokens: [Token], keys: [UInt64], bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var result: [Match] = []
        matches(in: range, tokens: tokens, keys: keys, bytes: bytes, appendingTo: &result)
        return result
    }

    /// The same matches, appended to `result`: one buffer serves every sentence of a document.
    public func matches(in range: Range<Int>, tokens: [Token], keys: [UInt64], bytes: UnsafeBufferPointer<UInt8>,
                        appendingTo result: inout [Match]) {
        precondition(range.lowerBound >= 0 && range.upperBound <= min(tokens.count, keys.count), "token range out of bounds")
        // (Every table read through a buffer: the loop runs once per token of every document.)
        tokens.withUnsafeBufferPointer { tokens in
        keys.withUnsafeBufferPointer { keys in
        firstTokenFilter.withUnsafeBufferPointer { capitalFilter in
        lowerCaseFilter.withUnsafeBufferPointer { lowerFilter in
            var i = range.lowerBound
            while i < range.upperBound {
                let token = tokens[i]
                let key = keys[i]
                let mayStart = token.flags.rawValue & (TokenFlags.capitalized.rawValue | TokenFlags.allCaps.rawValue) != 0
                    ? capitalFilter[Int(key & 0xFFFFF) >> 6] & (1 << (key & 63)) != 0
                    : lowerFilter[Int(key & 0x7FFF) >> 6] & (1 << (key & 63)) != 0
                if mayStart, let (entry, end) = longest(from: i, firstKey: key, end: range.upperBound, tokens: tokens, keys: keys,
                                                        bytes: bytes) {
                    result.append(Match(tokens: i..<end, bytes: Int(token.start)..<Int(tokens[end - 1].end),
                                        payload: entries[entry].payload))
                    i = end
                    continue
                }
                if token.has(.hyphenated) { matchParts(of: token, at: i, bytes: bytes, appendingTo: &result) }
                i += 1
            }
        }
        }
        }
        }
    }

    /// One-token forms matching the parts of a hyphenated token ("Russian-Korean").
    private func matchParts(of token: Token, at i: Int, bytes: UnsafeBufferPointer<UInt8>, appendingTo result: inout [Match]) {
        Segmentation.forEachHyphenPart(of: token, in: bytes) { part in
            let k = TokenKey.hash(bytes, part)
            guard let child = edges.child(of: 0, key: k) else { return }
            let partToken = Token(start: part.lowerBound, end: part.upperBound,
                                  flags: Self.caseFlags(bytes, part))
            let node = nodes[Int(child)]
            guard node.firstEntry >= 0 else { return }
            var e = Int(node.firstEntry)
            var more = 0
            while true {
                let entry = entries[e]
                if entry.length == 1 && passes(entry.rule(0), partToken, entry: e, at: 0, bytes) {
                    result.append(Match(tokens: i..<(i + 1), bytes: part, payload: entry.payload))
                    break
                }
                guard node.more >= 0, more < moreEntries[Int(node.more)].count else { break }
                e = Int(moreEntries[Int(node.more)][more])
                more += 1
            }
        }
    }

    /// The longest form from token `start`: its entry and the token after it.
    @inline(__always)
    private func longest(from start: Int, firstKey: UInt64, end: Int, tokens: UnsafeBufferPointer<Token>,
                         keys: UnsafeBufferPointer<UInt64>, bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int, end: Int)? {
        nodes.withUnsafeBufferPointer { nodes in
        entries.withUnsafeBufferPointer { entries in
            var node: Int32 = 0
            var i = start
            var key = firstKey
            var best: (entry: Int, end: Int)?
            while i < end {
                guard let next = edges.child(of: node, key: key) else { break }
                node = next
                i += 1
                let here = nodes[Int(node)]
                if here.firstEntry >= 0 {
                    let length = i - start
                    var e = Int(here.firstEntry)
                    var more = 0
                    search: while true {
                        let entry = entries[e]
                        if entry.length == length {
                            var fits = true
                            for k in 0..<length where !passes(entry.rule(k), tokens[start + k], entry: e, at: k, bytes) { fits = false; break }
                            if fits {
                                best = (e, i)
                                break search
                            }
                        }
                        guard here.more >= 0, more < moreEntries[Int(here.more)].count else { break }
                        e = Int(moreEntries[Int(here.more)][more])
                        more += 1
                    }
                }
                guard i < end, here.hasChildren else { break }
                key = keys[i]
            }
            return best
        }
        }
    }

    /// Case flags of a part of a token, as the tokenizer would set them.
    private static func caseFlags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenFlags {
        // Letters of ASCII only (most parts): read here, without a tokenizer.
        var upper = 0, lower = 0
        for i in range {
            switch bytes[i] {
            case 65...90: upper += 1
            case 97...122: lower += 1
            default: upper = -1
            }
            if upper < 0 { break }
        }
        if upper >= 0, upper + lower > 0 {
            var flags: TokenFlags = [.word]
            flags.insert((65...90).contains(bytes[range.lowerBound]) ? .capitalized : .lowercase)
            if lower == 0, upper >= 2 { flags.insert(.allCaps) }
            return flags
        }
        var tokens: [Token] = []
        Tokenizer(bytes: bytes).tokenize(range, into: &tokens)
        return tokens.first?.flags ?? []
    }
}
