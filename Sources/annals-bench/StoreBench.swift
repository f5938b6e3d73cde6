import Annals
import AnnalsStore
import Foundation

/// The store benchmark: ingest throughput (documents per second, coding
/// included) and query latency on a store of many events, built from
/// generated wire sentences between random pairs of states on random days.
enum StoreBench {
    static let verbs = ["criticised", "praised", "held talks with", "accused", "threatened", "hosted", "condemned",
                        "signed an agreement with", "imposed sanctions on", "attacked", "met", "urged", "rejected",
                        "visited", "thanked", "warned"]

    static func run(events target: Int, path: String, pipeline: Pipeline) throws {
        try? FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try EventStore(path: path)
        let states = pipeline.knowledge.countries.countries.filter { $0.latitude != nil }.map(\.name)
        var rng = SystemRandomNumberGenerator()
        let start = CalendarDate(iso: "2021-01-01")!
        var documents = 0
        var stored = 0
        let clock = Date()
        var batch: [Document] = []
        while stored < target {
            var text = ""
            for _ in 0..<10 {
                let a = states.randomElement(using: &rng)!, b = states.randomElement(using: &rng)!
                text += "\(a) \(verbs.randomElement(using: &rng)!) \(b) on Monday. "
            }
            let day = start.adding(days: Int.random(in: 0..<1460, using: &rng))
            batch.append(Document(text: text, metadata: DocumentMetadata(id: "gen-\(documents)", published: day,
                                                                         source: "S\(documents % 50)")))
            documents += 1
            if batch.count == 500 {
                let analyses = batch.map(pipeline.analyze)
                try store.ingest(Array(zip(batch, analyses)))
                batch.removeAll()
                stored = try store.counts().events
                let rate = Double(documents) / Date().timeIntervalSince(clock)
                FileHandle.standardError.write(Data("\rstore: \(documents) documents, \(stored) events, \(Int(rate)) docs/s".utf8))
            }
        }
        let seconds = Date().timeIntervalSince(clock)
        print("\nstore ingest: \(documents) documents, \(stored) events in \(String(format: "%.1f", seconds)) s: "
              + "\(String(format: "%.0f", Double(documents) / seconds)) documents/s on one core, coding included")

        func time(_ label: String, _ body: () throws -> Int) rethrows {
            var best = Double.infinity
            var rows = 0
            for _ in 0..<5 {
                let t = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            print("query \(label): \(String(format: "%.1f", best)) ms (\(rows) rows, best of 5)")
        }
        var dyad = EventFilter()
        dyad.source = "RUS"; dyad.target = "PRK"
        try time("events --source RUS --target PRK") { try store.events(dyad).rows.count }
        var month = EventFilter()
        month.from = CalendarDate(iso: "2023-03-01"); month.to = CalendarDate(iso: "2023-03-31"); month.cameo = "04"
        try time("events --cameo 04 in one month") { try store.events(month).rows.count }
        var country = EventFilter()
        country.country = "FRA"; country.from = CalendarDate(iso: "2022-01-01"); country.to = CalendarDate(iso: "2022-12-31")
        try time("events --country FRA in one year") { try store.events(country).rows.count }
        try time("series --dyad USA:CHN --by month") {
            try store.series(between: "USA", and: "CHN", by: .month, filter: EventFilter()).rows.count
        }
    }
}
