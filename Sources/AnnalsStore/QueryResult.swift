import Annals
import GRDB

/// A table of results: column names and rows of JSON values, which the
/// command line renders as a human table, CSV or JSON.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[JSON]]

    init(columns: [String], rows: [Row]) {
        self.columns = columns
        self.rows = rows.map { row in
            columns.map { column -> JSON in
                let value: DatabaseValue = row[column] ?? .null
                switch value.storage {
                case .null: return .null
                case .int64(let v): return .int(Int(v))
                case .double(let v): return .double(v)
                case .string(let v): return .string(v)
                case .blob: return .null
                }
            }
        }
    }

    /// The rows as JSON objects.
    public var json: JSON {
        .array(rows.map { row in .object(zip(columns, row).map { ($0, $1) }) })
    }
}
