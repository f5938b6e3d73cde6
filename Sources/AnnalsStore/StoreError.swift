/// Why the store could not do what was asked, in words a user can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is corrupt).
    case notADatabase(path: String)
    /// An SQLite database, but not one Annals made.
    case foreignDatabase(path: String)
    /// Made by a newer Annals than this one.
    case newerSchema(path: String, version: Int)
    /// A query filter that makes no sense.
    case invalidFilter(String)
    case sqlite(String)

    public var description: String {
        switch self {
        case .notADatabase(let path): return "\(path): not an SQLite database (or the file is corrupt)"
        case .foreignDatabase(let path): return "\(path): an SQLite database, but not an Annals store"
        case let .newerSchema(path, version): return "\(path): store schema \(version) is newer than this annals understands"
        case .invalidFilter(let reason): return "invalid filter: \(reason)"
        case .sqlite(let message): return "database error: \(message)"
        }
    }
}
