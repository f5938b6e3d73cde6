/// A named actor from a dictionary (`actors.tsv`): a person, group or
/// place with the codes it carries, each valid between two dates.
///
/// Format (tab-separated, header `name	aliases	codes`): `codes` is a
/// `|`-separated list of `CODE` or `CODE FROM..TO` (either end may be left
/// open: `RUSGOV 2000-05-07..2008-05-07`, `RUSELI ..2000-05-07`).
public struct NamedActor: Hashable, Sendable {
    public struct DatedCode: Hashable, Sendable {
        public var code: String
        public var from: CalendarDate?
        public var to: CalendarDate?
    }

    public var name: String
    public var aliases: [String]
    public var codes: [DatedCode]

    /// The code valid on a date: the first whose range holds it, else the
    /// undated one, else the latest.
    public func code(on date: CalendarDate?) -> String? {
        if let date {
            if let c = codes.first(where: { ($0.from == nil || $0.from! <= date) && ($0.to == nil || date < $0.to!)
                && ($0.from != nil || $0.to != nil) }) {
                return c.code
            }
        }
        return codes.first(where: { $0.from == nil && $0.to == nil })?.code ?? codes.last?.code
    }
}

/// A table of named actors, loaded and validated.
public struct NamedActorTable: Sendable {
    public private(set) var actors: [NamedActor] = []
    private(set) var forms: [(text: String, actor: Int)] = []

    public init() {}

    /// `known` says whether a code's owner exists (a country or organisation code heading it);
    /// a code it rejects is an error naming its line.
    init(file: String, text: String, known: ((String) -> Bool)? = nil) throws {
        let table = try TSVTable(file: file, text: text, columns: ["name", "aliases", "codes"])
        for row in table.rows {
            let name = row(0)
            guard !name.isEmpty else { throw table.error(row, "empty name") }
            var codes: [NamedActor.DatedCode] = []
            for item in row.list(2) {
                let parts = item.split(separator: " ").map(String.init)
                guard let code = parts.first, PetrarchDictionary.isCode(code) else {
                    throw table.error(row, "code \"\(item)\" is not upper-case letters and digits")
                }
                if let known, !known(code) {
                    throw table.error(row, "code \"\(code)\" starts with no known country or organisation code")
                }
                var dated = NamedActor.DatedCode(code: code, from: nil, to: nil)
                if parts.count == 2 {
                    let ends = parts[1].components(separatedBy: "..")
                    guard ends.count == 2 else { throw table.error(row, "date range \"\(parts[1])\" must be FROM..TO") }
                    if !ends[0].isEmpty {
                        guard let d = CalendarDate(iso: ends[0]) else { throw table.error(row, "bad date \"\(ends[0])\"") }
                        dated.from = d
                    }
                    if !ends[1].isEmpty {
                        guard let d = CalendarDate(iso: ends[1]) else { throw table.error(row, "bad date \"\(ends[1])\"") }
                        dated.to = d
                    }
                } else if parts.count > 2 {
                    throw table.error(row, "code \"\(item)\" must be CODE or CODE FROM..TO")
                }
                codes.append(dated)
            }
            guard !codes.isEmpty else { throw table.error(row, "no codes") }
            let index = actors.count
            actors.append(NamedActor(name: name, aliases: row.list(1), codes: codes))
            for form in [name] + row.list(1) { forms.append((form, index)) }
        }
    }
}
