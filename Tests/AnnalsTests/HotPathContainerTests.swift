import Testing
@testable import Annals

/// The small containers of the actor stage's hot path agree with the standard library's on
/// random operations (a fixed seed: the same operations on every run).
struct HotPathContainerTests {
    @Test func smallMapAgreesWithAnOrderedListOfPairs() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            var map = SmallMap()
            var reference: [(key: Int, value: Int)] = []
            // Up to 20 keys: past the inline pairs into the overflow.
            for _ in 0..<60 {
                let key = Int.random(in: 0..<20, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    let value = Int.random(in: -5..<1000, using: &random)
                    map[key] = value
                    if let i = reference.firstIndex(where: { $0.key == key }) { reference[i].value = value } else { reference.append((key, value)) }
                case 1:
                    map.add(3, to: key)
                    if let i = reference.firstIndex(where: { $0.key == key }) { reference[i].value += 3 } else { reference.append((key, 3)) }
                default:
                    map[key] = nil
                    reference.removeAll { $0.key == key }
                }
                #expect(map.count == reference.count)
                #expect(map.map(\.key) == reference.map(\.key))
                #expect(map.map(\.value) == reference.map(\.value))
                #expect(map[key] == reference.first { $0.key == key }?.value)
            }
        }
    }

    @Test func smallMapLeaderAgreesWithASortOfItsPairs() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var map = SmallMap()
            var pairs: [Int: Int] = [:]
            for _ in 0..<Int.random(in: 0..<20, using: &generator) {
                let key = Int.random(in: 0..<12, using: &generator), amount = Int.random(in: 1..<4, using: &generator)
                map.add(amount, to: key)
                pairs[key, default: 0] += amount
            }
            let excluded = Bool.random(using: &generator) ? Int.random(in: 0..<12, using: &generator) : nil
            let sorted = pairs.filter { $0.key != excluded }.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            let leader = map.leader(excluding: excluded)
            #expect(leader?.key == sorted.first?.key && leader?.value == sorted.first?.value)
            #expect(leader.map { $0.second } == (sorted.isEmpty ? nil : sorted.count > 1 ? sorted[1].value : 0))
        }
    }

    @Test func trieEdgesAgreeWithADictionary() {
        var random = SeededGenerator(seed: 11)
        var edges = TrieEdges()
        var reference: [Pair: Int32] = [:]
        // Past several doublings of the table.
        for n in 0..<5_000 {
            let pair = Pair(parent: Int32.random(in: 0..<300, using: &random), key: random.next() | 1)
            edges.insert(parent: pair.parent, key: pair.key, child: Int32(n))
            reference[pair] = Int32(n)
        }
        for (pair, child) in reference { #expect(edges.child(of: pair.parent, key: pair.key) == child) }
        for _ in 0..<1_000 { #expect(edges.child(of: 5, key: random.next() | 1) == nil) }
    }

    @Test func rangeCursorAgreesWithASearchOfEveryRange() {
        var random = SeededGenerator(seed: 13)
        for _ in 0..<200 {
            // Unsorted, sometimes overlapping, sometimes empty ranges.
            let ranges = (0..<Int.random(in: 0..<12, using: &random)).map { _ -> Range<Int> in
                let start = Int.random(in: 0..<100, using: &random)
                return start..<(start + Int.random(in: 0..<8, using: &random))
            }
            var cursor = RangeCursor(ranges)
            var position = 0
            while position < 110 {
                #expect(cursor.contains(position) == ranges.contains { $0.contains(position) }, "\(ranges) at \(position)")
                position += Int.random(in: 0..<3, using: &random)
            }
        }
    }

    struct Pair: Hashable {
        var parent: Int32
        var key: UInt64
    }

    @Test func wordKeyMemoReturnsWhatItComputedAndComputesOnlyOnce() {
        let memo = WordKeyMemo()
        defer { memo.deallocate() }
        var computed = 0
        // More words than the memo keeps: the later ones are computed every time, never mixed up.
        for round in 0..<2 {
            for word in 1...200 {
                let key = memo.key(token: UInt64(word) &* 0x1000_0001, length: word % 7) {
                    computed += 1
                    return UInt64(word) * 31
                }
                #expect(key == UInt64(word) * 31, "round \(round), word \(word)")
            }
        }
        // The first 48 words were kept: computed once; the other 152 twice.
        #expect(computed == 48 + 2 * 152)
        // The same token with another length is another word.
        #expect(memo.key(token: 1 &* 0x1000_0001, length: 3) { 99 } == 99)
    }
}

/// Name keys built on bytes (the resolver's path) equal the keys built on strings (the reference).
struct NameKeyTests {
    let variants = TestSupport.pipeline.knowledge.nameVariants

    func byteKey(_ words: [String]) -> UInt64 {
        let joined = Array(words.joined().utf8)
        var scratch: [UInt8] = []
        return joined.withUnsafeBufferPointer { buffer in
            var pointers: [UnsafeBufferPointer<UInt8>] = []
            var start = 0
            for word in words {
                pointers.append(UnsafeBufferPointer(rebasing: buffer[start..<(start + word.utf8.count)]))
                start += word.utf8.count
            }
            return variants.hashes(words: pointers, scratch: &scratch).full
        }
    }

    func stringKey(_ words: [String]) -> UInt64 {
        NameVariants.hash(Array(variants.key(words: words).utf8)[...])
    }

    @Test func byteAndStringKeysAgree() {
        let names: [[String]] = [
            ["Andrei", "Belousov"], ["Andrey", "Belousov"], ["No", "Kwang-chol"], ["Kwang", "Chol"],
            ["Yevgeny", "Prigozhin"], ["Evgeny", "Prigozhin"], ["Dmitriy"], ["Dmitry"], ["Sergei"], ["Sergey"],
            ["Mohammed", "bin", "Salman"], ["Muhammad"], ["Abdel", "Fattah", "al-Sisi"], ["el-Sisi"],
            ["Élise", "Müller"], ["José", "Núñez"], ["O'Neill"], ["Yegor"], ["Yelena"], ["Ye"], ["Jr."],
            ["Zhou", "Ming"], ["Xi", "Jinping"], ["Kim", "Jong", "Un"], ["Łukasz", "Szczęsny"], ["Y"], ["Iy"],
        ]
        for name in names {
            #expect(byteKey(name) == stringKey(name), "\(name)")
        }
        // A word alone is keyed as a one-word name's surname.
        for word in names.flatMap({ $0 }) {
            var scratch: [UInt8] = []
            let single = Array(word.utf8).withUnsafeBufferPointer { variants.wordHash($0, scratch: &scratch) }
            #expect(single == Array(word.utf8).withUnsafeBufferPointer { variants.hashes(words: [$0], scratch: &scratch).surname }, "\(word)")
        }
        // The variant pairs are one person.
        #expect(byteKey(["Andrei", "Belousov"]) == byteKey(["Andrey", "Belousov"]))
        #expect(byteKey(["Yevgeny"]) == byteKey(["Evgeny"]))
        #expect(byteKey(["Kwang-chol"]) == byteKey(["Kwang", "Chol"]))
    }

    @Test func sentenceKeyFilterNeverRejectsAWordThatIsThere() {
        var random = SeededGenerator(seed: 17)
        for _ in 0..<300 {
            let keys = (0..<Int.random(in: 1..<60, using: &random)).map { _ in UInt64.random(in: 1...UInt64.max, using: &random) }
            let filter = SentenceKeyFilter(keys: keys, 0..<keys.count)
            // Each word in the sentence, alone or among alternatives that are not, passes.
            let absent = (0..<3).map { _ in UInt64.random(in: 1...UInt64.max, using: &random) }
            let masks = keys.map { SentenceKeyFilter.mask(of: [$0] + absent) }
            #expect(filter.mayHoldAll(masks, 0..<Int32(masks.count)))
        }
        // A word of another bit is rejected for certain.
        let filter = SentenceKeyFilter(keys: [0b1_000001], 0..<1)
        #expect(!filter.mayHoldAll([SentenceKeyFilter.mask(of: [0b10_000001])], 0..<1))
        #expect(filter.mayHoldAll([], 0..<0))
    }

    @Test func literalSearchAgreesWithFoundationOnASCII() {
        var random = SeededGenerator(seed: 19)
        let letters = Array("ab c")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0..<12, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let word = String((0..<Int.random(in: 0..<4, using: &random)).map { _ in letters.randomElement(using: &random)! })
            #expect(text.containsLiterally(word) == (word.isEmpty || text.contains(word)), "\(text) / \(word)")
        }
        #expect("foreign minister".containsLiterally("minister"))
        #expect(!"minister".containsLiterally("foreign minister"))
        #expect("président".containsLiterally("sident"))
    }
}
