import Annals
import AnnalsStore
import Foundation
import Hummingbird
import HummingbirdCore

/// The HTTP API over the store and the web page, served by one binary.
///
/// Routes (documented in `/openapi.json`):
/// `POST /api/code`, `POST /api/documents`, `GET /api/documents`,
/// `GET /api/events`, `GET /api/events/{id}`, `GET /api/quotes`,
/// `GET /api/actors`, `GET /api/series`, and the page at `/`.
public struct AnnalsServer: Sendable {
    let pipeline: Pipeline
    let store: EventStore
    let configuration: ServerConfiguration
    let cameoCodes: Set<String>

    public init(pipeline: Pipeline, store: EventStore, configuration: ServerConfiguration) {
        self.pipeline = pipeline
        self.store = store
        self.configuration = configuration
        self.cameoCodes = Set(pipeline.knowledge.cameo.codes.keys)
    }

    /// Runs until SIGTERM or SIGINT; `onRunning` receives the bound port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: "annals"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }
        )
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(ErrorMiddleware())
        let web = WebResources()
        router.get("/") { _, _ in try web.response("index.html") }
        router.get("/app.js") { _, _ in try web.response("app.js") }
        router.get("/style.css") { _, _ in try web.response("style.css") }
        router.get("/openapi.json") { _, _ in try web.response("openapi.json") }

        router.post("/api/code") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: configuration.maxBodySize)
            let document = try DocumentBody.document(from: Array(buffer: body), defaultID: "posted")
            return Reply.json(pipeline.analyze(document).json)
        }
        router.post("/api/documents") { request, _ in
            try authorizeWrite(request)
            var request = request
            let body = try await request.collectBody(upTo: configuration.maxBodySize)
            return try await ingest(Array(buffer: body))
        }
        router.get("/api/documents") { request, _ in
            let q = request.uri.queryParameters
            let result = try await storeCall { try store.documents(text: q.string("text"), limit: try q.int("limit") ?? 100,
                                                             offset: try q.int("offset") ?? 0) }
            return Reply.json(result.json)
        }
        router.get("/api/events") { request, _ in
            Reply.json(try await storeCall { try store.events(try filter(request.uri.queryParameters)) }.json)
        }
        router.get("/api/events/:id") { _, context in
            guard let id = context.parameters.get("id").flatMap(Int64.init) else {
                throw APIError(.badRequest, "event id must be a number")
            }
            guard let found = try await storeCall({ try store.event(id: id) }), case .array(let rows) = found.event.json,
                  case .object(var fields) = rows.first else {
                throw APIError(.notFound, "no event \(id)")
            }
            fields.append(("mentions", found.mentions.json))
            return Reply.json(.object(fields))
        }
        router.get("/api/quotes") { request, _ in
            let q = request.uri.queryParameters
            return Reply.json(try await storeCall {
                try store.quotes(speaker: q.string("speaker"), country: q.string("country"), text: q.string("text"),
                                 limit: try q.int("limit") ?? 100)
            }.json)
        }
        router.get("/api/actors") { request, _ in
            let limit = try request.uri.queryParameters.int("limit") ?? 100
            return Reply.json(try await storeCall { try store.actors(limit: limit) }.json)
        }
        router.get("/api/series") { request, _ in
            let q = request.uri.queryParameters
            guard let dyad = q.string("dyad"), case let sides = dyad.split(separator: ":").map(String.init), sides.count == 2 else {
                throw APIError(.badRequest, "dyad must be A:B, for example RUS:PRK")
            }
            guard let period = SeriesPeriod(rawValue: q.string("by") ?? "week") else {
                throw APIError(.badRequest, "by must be day, week or month")
            }
            let f = try filter(q)
            return Reply.json(try await storeCall { try store.series(between: sides[0], and: sides[1], by: period, filter: f) }.json)
        }
        return router
    }

    /// Write access: --allow-writes, and the bearer token when one is set.
    func authorizeWrite(_ request: Request) throws {
        guard configuration.allowWrites else {
            throw APIError(.forbidden, "writes are disabled; start the server with --allow-writes")
        }
        if let token = configuration.token {
            guard request.headers[.authorization] == "Bearer \(token)" else {
                throw APIError(.unauthorized, "a bearer token is required")
            }
        }
    }

    func filter(_ q: FlatDictionary<Substring, Substring>) throws -> EventFilter {
        var f = EventFilter()
        f.source = q.string("source"); f.target = q.string("target"); f.actor = q.string("actor")
        f.country = q.string("country"); f.cameo = q.string("cameo"); f.plover = q.string("plover")
        f.place = q.string("place"); f.text = q.string("text")
        f.quadClass = try q.int("quad")
        f.limit = try q.int("limit") ?? 100
        for name in ["from", "to"] {
            guard let value = q.string(name) else { continue }
            guard let date = CalendarDate(iso: value) else { throw APIError(.badRequest, "\(name) must be a date YYYY-MM-DD") }
            if name == "from" { f.from = date } else { f.to = date }
        }
        do {
            try f.validate(cameoCodes: cameoCodes)
        } catch let error as StoreError {
            throw APIError(.badRequest, "\(error)")
        }
        return f
    }

    /// Runs a store call off the event loop (SQLite blocks), turning store
    /// errors into 500 answers.
    func storeCall<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try body())
                } catch let error as StoreError {
                    continuation.resume(throwing: APIError(.internalServerError, "\(error)"))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Ingests a JSON object, a JSON array of objects, or JSON Lines.
    func ingest(_ bytes: [UInt8]) async throws -> Response {
        var documents: [Document] = []
        var failures: [JSON] = []
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.first == UInt8(ascii: "[") {
            guard let array = try? JSONSerialization.jsonObject(with: Data(trimmed)) as? [Any] else {
                throw APIError(.badRequest, "the body is not valid JSON")
            }
            for (n, item) in array.enumerated() {
                do {
                    let data = try JSONSerialization.data(withJSONObject: item)
                    documents.append(try DocumentBody.document(from: Array(data), defaultID: "posted-\(n + 1)"))
                } catch let error as APIError {
                    failures.append(.object([("index", .int(n)), ("error", .string(error.message))]))
                }
            }
        } else {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                do {
                    documents.append(try DocumentBody.document(from: Array(line), defaultID: "posted-\(n + 1)"))
                } catch let error as APIError {
                    if lines.count == 1 { throw error }
                    failures.append(.object([("line", .int(n + 1)), ("error", .string(error.message))]))
                }
            }
        }
        let pipeline = self.pipeline
        let store = self.store
        let batch = documents
        let summary = try await storeCall { try store.ingest(Array(zip(batch, batch.map(pipeline.analyze)))) }
        return Reply.json(.object([
            ("added", .int(summary.added)), ("replaced", .int(summary.replaced)), ("unchanged", .int(summary.unchanged)),
            ("event_mentions", .int(summary.eventMentions)), ("failed", .array(failures)),
        ]), status: failures.isEmpty ? .ok : .init(code: 207))
    }
}

/// Reads the JSON body of a posted document: `text` and optional `id`,
/// `published`, `source`, `title`, `url`.
enum DocumentBody {
    static func document(from bytes: [UInt8], defaultID: String) throws -> Document {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw APIError(.badRequest, "the body must be a JSON object with a \"text\" field")
        }
        guard let text = object["text"] as? String else { throw APIError(.badRequest, "missing \"text\" string field") }
        func string(_ key: String) throws -> String? {
            guard let v = object[key], !(v is NSNull) else { return nil }
            guard let s = v as? String else { throw APIError(.badRequest, "field \"\(key)\" must be a string") }
            return s
        }
        var published: CalendarDate?
        if let p = try string("published"), !p.isEmpty {
            guard let date = CalendarDate(iso: String(p.prefix(10))) else {
                throw APIError(.badRequest, "field \"published\" must be a date YYYY-MM-DD")
            }
            published = date
        }
        return Document(text: text, metadata: DocumentMetadata(
            id: try string("id") ?? defaultID, published: published, source: try string("source"),
            title: try string("title"), url: try string("url")))
    }
}

/// Unknown routes and unexpected errors as JSON.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            if error.status == .notFound, !(error is APIError) { return Reply.error(.notFound, "no such route: \(request.uri.path)") }
            if error.status == .contentTooLarge { return Reply.error(.contentTooLarge, "the request body is too large") }
            throw error
        }
    }
}

/// The page's files, shipped as resources of this module.
struct WebResources: Sendable {
    static let types = ["html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8",
                        "css": "text/css; charset=utf-8", "json": "application/json; charset=utf-8"]

    func response(_ name: String) throws -> Response {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("web").appendingPathComponent(name),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw APIError(.notFound, "no such file: \(name)")
        }
        return Reply.file(Array(data), type: Self.types[(name as NSString).pathExtension] ?? "application/octet-stream")
    }
}

extension FlatDictionary where Key == Substring, Value == Substring {
    func string(_ key: String) -> String? {
        self[Substring(key)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    func int(_ key: String) throws -> Int? {
        guard let s = string(key) else { return nil }
        guard let v = Int(s) else { throw APIError(.badRequest, "\(key) must be a whole number") }
        return v
    }
}
