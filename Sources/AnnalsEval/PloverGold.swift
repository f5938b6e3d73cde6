import Annals
import Foundation

/// PLOVER's gold-standard records (`PLOVER_GSR_CAMEO.jsonl`): one hand-coded
/// sentence per line with its source and target actors and a PLOVER 0.5 event
/// category.
public struct PloverRecord: Sendable {
    public var id: String
    public var text: String
    public var published: CalendarDate?
    /// The states among the record's source and target actors.
    public var countries: Set<String>
    /// PLOVER 0.5 category: AGREE, CONSULT, ... FIGHT.
    public var category: String
}

public enum PloverGold {
    /// Gold codes written in CAMEO's older or mistyped form, read as the ISO codes Annals writes.
    static let sameCountry = ["JAP": "JPN", "TLS": "TMP", "ROM": "ROU", "ITL": "ITA", "VTN": "VNM"]
    /// Code prefixes that are not states (organisations, militant groups, unknown).
    static let notStates: Set<String> = ["IGO", "NGO", "MNC", "IMG", "ISM", "---"]

    /// The CAMEO roots each PLOVER 0.5 category covers (Annals codes CAMEO; the gold uses PLOVER 0.5).
    public static let roots: [String: Set<String>] = [
        "AGREE": ["03", "05"], "CONSULT": ["04"], "SUPPORT": ["05"], "COOPERATE": ["06"], "AID": ["07"],
        "CONCEDE": ["08"], "RETREAT": ["08"], "INVESTIGATE": ["09"], "DEMAND": ["10", "02"], "DISAPPROVE": ["11"],
        "REJECT": ["12"], "THREATEN": ["13"], "PROTEST": ["14"], "MOBILIZE": ["15"], "SANCTION": ["16"],
        "COERCE": ["17"], "ASSAULT": ["18", "20"], "FIGHT": ["19"],
    ]

    public static func country(_ code: String) -> String { sameCountry[code] ?? code }

    /// Reads the JSON lines; documentation lines and lines without text are skipped.
    /// Throws `EvaluationError` naming the line of malformed JSON.
    public static func read(_ text: String, file: String) throws -> [PloverRecord] {
        var records: [PloverRecord] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw EvaluationError(file: file, line: n + 1, reason: "not a JSON object")
            }
            guard let event = object["event"] as? String, event != "DOCUMENT",
                  let sentence = object["text"] as? String, !sentence.isEmpty else { continue }
            var countries = Set<String>()
            for side in ["source", "target"] {
                var actors: [[String: Any]] = []
                if let one = object[side] as? [String: Any] { actors = [one] }
                if let many = object[side] as? [[String: Any]] { actors = many }
                for actor in actors {
                    let code = String(((actor["code"] as? String) ?? "").prefix(3)).uppercased()
                    if code.count == 3, !notStates.contains(code) { countries.insert(country(code)) }
                }
            }
            records.append(PloverRecord(id: object["id"] as? String ?? "line-\(n + 1)", text: sentence,
                                        published: (object["date"] as? String).flatMap(CalendarDate.init(iso:)),
                                        countries: countries, category: event))
        }
        return records
    }

    /// The figures on the gold records.
    public struct Evaluation: Sendable {
        public var records = 0
        /// Countries of every actor Annals lists for the sentence (a tagger plus a country look-up).
        public var actors = CountryScore()
        /// Countries of the sources and targets of Annals' events (when no event is coded, all actors
        /// but the speakers of reported speech: "..., South Korea's defence ministry said").
        public var events = CountryScore()
        /// Records for which one event has a CAMEO root of the record's category.
        public var typed = 0
        /// Records with any event.
        public var coded = 0
        public var typeAccuracy: Double { records == 0 ? 0 : Double(typed) / Double(records) }
        /// Records whose event actors' countries differ from the gold, in file order.
        public var mismatches: [Mismatch] = []
        /// Records without an event of their category, in file order.
        public var untyped: [Mismatch] = []
    }

    /// A gold record whose countries Annals gets wrong, for reading the errors.
    public struct Mismatch: Sendable {
        public var record: PloverRecord
        /// Countries of the sources and targets of Annals' events (all actors when none).
        public var found: Set<String>
        /// Countries of every actor listed.
        public var listed: Set<String>
        /// The CAMEO codes of the events found.
        public var codes: [String]
    }

    public static func evaluate(_ records: [PloverRecord], pipeline: Pipeline) -> Evaluation {
        var result = Evaluation()
        for record in records {
            let analysis = pipeline.analyze(Document(text: record.text,
                                                     metadata: DocumentMetadata(id: record.id, published: record.published)))
            let countryOf = Dictionary(analysis.actors.map { ($0.id, $0.actor.country) }, uniquingKeysWith: { a, _ in a })
            // Every actor listed, the states of the places named included ("arrived in Amman": Jordan).
            let all = Set(analysis.actors.compactMap { $0.actor.country.map(country) })
            // Without events: every actor but the reporters of the sentence ("..., South Korea's defence
            // ministry said"), whom the quotation stage finds as speakers of its reported speech.
            let reporters = Set(analysis.quotes.filter { $0.kind == .indirect }.compactMap(\.speaker))
            var participants = Set(analysis.actors.filter { !reporters.contains($0.id) }.compactMap { $0.actor.country.map(country) })
            if !analysis.events.isEmpty {
                let ids = Set(analysis.events.map(\.source) + analysis.events.compactMap(\.target))
                participants = Set(ids.compactMap { countryOf[$0] ?? nil }.map(country))
                result.coded += 1
            }
            result.records += 1
            result.actors.add(found: all, expected: record.countries)
            result.events.add(found: participants, expected: record.countries)
            if participants != record.countries {
                result.mismatches.append(Mismatch(record: record, found: participants, listed: all,
                                                  codes: analysis.events.map(\.event.code.code)))
            }
            let wanted = roots[record.category] ?? []
            if analysis.events.contains(where: { wanted.contains($0.event.code.root) }) {
                result.typed += 1
            } else {
                result.untyped.append(Mismatch(record: record, found: participants, listed: all,
                                               codes: analysis.events.map(\.event.code.code)))
            }
        }
        return result
    }
}
