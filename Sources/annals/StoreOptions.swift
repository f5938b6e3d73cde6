import Annals
import AnnalsStore
import ArgumentParser
import Foundation

/// The store file option shared by ingest, query and export.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file (created by `annals ingest`).", valueName: "path"))
    var db: String = "annals.sqlite"

    /// Opens the store; `mustExist` for commands that only read.
    func open(mustExist: Bool) throws -> EventStore {
        if mustExist && !FileManager.default.fileExists(atPath: db) {
            StandardStreams.warn("error: \(db): no store here (create one with `annals ingest FILE... --db \(db)`)")
            throw ExitCode(66)
        }
        do {
            return try EventStore(path: db)
        } catch let error as StoreError {
            StandardStreams.warn("error: \(error)")
            throw ExitCode(74)
        }
    }
}

/// How query results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Prints a query result as a human table, JSON or CSV.
func render(_ result: QueryResult, as format: OutputFormat) {
    switch format {
    case .json:
        print(String(decoding: result.json.serialized(pretty: true), as: UTF8.self))
    case .csv:
        func field(_ v: JSON) -> String {
            let s = plain(v)
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        print(result.columns.joined(separator: ","))
        for row in result.rows { print(row.map(field).joined(separator: ",")) }
    case .table:
        let cells = result.rows.map { $0.map { cell -> String in
            let s = plain(cell).replacingOccurrences(of: "\n", with: " ")
            return s.count > 70 ? String(s.prefix(67)) + "..." : s
        } }
        var widths = result.columns.map(\.count)
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        print(line(result.columns))
        print(line(widths.map { String(repeating: "-", count: $0) }))
        for row in cells { print(line(row)) }
        print("(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))")
    }
}

func plain(_ value: JSON) -> String {
    switch value {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .string(let s): return s
    default: return String(decoding: value.serialized(), as: UTF8.self)
    }
}
