/// How `annals serve` runs: where it listens and what it allows.
public struct ServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Ingest over HTTP (`POST /api/documents`) only when allowed.
    public var allowWrites = false
    /// When set, write requests need `Authorization: Bearer <token>`.
    public var token: String?
    /// Request bodies above this size are refused with 413.
    public var maxBodySize: Int = 5 * 1024 * 1024

    public init() {}
}
