/// Well-known people (`people.tsv`) found by their written names: a bare
/// "Putin" or "Zelenskyy said" gets the person's code on the document's date,
/// and "President Vladimir Putin" gets his country.
///
/// Names are compared as `NameVariants` keys (Andrei = Andrey, hyphens and
/// diacritics folded); a raw token-key filter on first and last words rejects
/// almost every capitalised word before any key is built.
struct PersonDirectory: Sendable {
    let people: [NamedActor]
    /// Whole-name key → people with that written form (several forms per person).
    private var byName: [UInt64: [Int]] = [:]
    /// Surname hash → people with that surname (for a title's state only, never to name a person).
    private var bySurname: [UInt64: [Int]] = [:]
    /// Token keys of the first and last words of every form.
    private(set) var firstWords: KeySet = []
    private(set) var lastWords: KeySet = []

    init(people table: NamedActorTable, variants: NameVariants) {
        people = table.actors
        var first: [UInt64] = [], last: [UInt64] = []
        var scratch: [UInt8] = []
        for (n, person) in people.enumerated() {
            for form in [person.name] + person.aliases {
                let words = form.split(separator: " ").map(String.init)
                    .filter { !NameChain.particles.contains($0) && !$0.hasSuffix(".") }
                guard let head = words.first, let tail = words.last else { continue }
                first.append(TokenKey.of(head))
                last.append(TokenKey.of(tail))
                let joined = Array(words.joined().utf8)
                let key: UInt64 = joined.withUnsafeBufferPointer { buffer in
                    var pointers: [UnsafeBufferPointer<UInt8>] = []
                    var start = 0
                    for word in words {
                        let end = start + word.utf8.count
                        pointers.append(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                        start = end
                    }
                    return variants.hashes(words: pointers, scratch: &scratch).full
                }
                if !(byName[key]?.contains(n) ?? false) { byName[key, default: []].append(n) }
                if words.count > 1 {
                    let surname = Array(tail.utf8).withUnsafeBufferPointer { variants.hashes(words: [$0], scratch: &scratch).full }
                    if !(bySurname[surname]?.contains(n) ?? false) { bySurname[surname, default: []].append(n) }
                }
            }
        }
        firstWords = KeySet(first)
        lastWords = KeySet(last)
    }

    /// A person's code on a date: the period's code holding it; outside every period only the
    /// country (Zelenskyy before his presidency is Ukrainian, not Ukraine's government); the
    /// latest code when the date is unknown.
    func code(of n: Int, on date: CalendarDate?) -> String? {
        let person = people[n]
        guard let date else { return person.codes.last?.code }
        if let held = person.codes.first(where: { ($0.from.map { $0 <= date } ?? true) && ($0.to.map { date < $0 } ?? true) }) {
            return held.code
        }
        let nearest = person.codes.min { a, b in
            func distance(_ c: NamedActor.DatedCode) -> Int {
                if let from = c.from, date < from { return from.daysSinceEpoch - date.daysSinceEpoch }
                if let to = c.to, to <= date { return date.daysSinceEpoch - to.daysSinceEpoch }
                return 0
            }
            return distance(a) < distance(b)
        }
        return nearest.map { String($0.code.prefix(3)) }
    }

    /// Could a name whose first and last tokens have these keys be in the directory?
    func mayContain(first: UInt64, last: UInt64) -> Bool { firstWords.contains(first) && lastWords.contains(last) }

    /// The one person written with this whole-name key, if exactly one.
    func person(named key: UInt64) -> Int? {
        guard let found = byName[key], found.count == 1 else { return nil }
        return found[0]
    }

    /// The state shared by every person of that name or surname ("President Bush": either Bush is
    /// American), when the name is not one person's.
    func sharedState(named key: UInt64) -> String? {
        guard let found = byName[key].flatMap({ $0.count > 1 ? $0 : nil }) ?? bySurname[key], !found.isEmpty else { return nil }
        let states = Set(found.compactMap { people[$0].codes.last.map { String($0.code.prefix(3)) } })
        return states.count == 1 ? states.first : nil
    }
}
