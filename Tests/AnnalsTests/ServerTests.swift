import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A running `annals serve` on a free loopback port with a real store.
final class RunningServer {
    let process = Process()
    let base: URL
    let folder: URL
    private let errors = Pipe()

    init(arguments extra: [String] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        process.executableURL = try #require(CommandLineTests.binary)
        process.arguments = ["serve", "--db", folder.appendingPathComponent("store.sqlite").path, "--port", "0"] + extra
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The server prints its address once it listens.
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !text.contains("listening on http://") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { Thread.sleep(forTimeInterval: 0.05); continue }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) else {
            process.terminate()
            throw CancellationError()
        }
        base = URL(string: String(text[range]))!
    }

    func request(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:])
        throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, Data) = (0, Data())
        URLSession.shared.dataTask(with: request) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data())
            done.signal()
        }.resume()
        done.wait()
        return result
    }

    func json(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) throws -> (Int, Any) {
        let (status, data) = try request(method, path, body: body, headers: headers)
        return (status, try JSONSerialization.jsonObject(with: data))
    }

    func stop() -> Int32 {
        if process.isRunning {
            process.interrupt()
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
        return process.terminationStatus
    }
}

/// Checks JSON values against the schemas of the OpenAPI file the server serves.
struct OpenAPIChecker {
    let schemas: [String: Any]

    init(_ spec: Any) throws {
        let components = try #require((spec as? [String: Any])?["components"] as? [String: Any])
        schemas = try #require(components["schemas"] as? [String: Any])
    }

    func check(_ value: Any, against schema: [String: Any], path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last!)
            guard let resolved = schemas[name] as? [String: Any] else { return ["\(path): unknown schema \(name)"] }
            return check(value, against: resolved, path: path)
        }
        if value is NSNull { return schema["nullable"] as? Bool == true || schema["type"] == nil ? [] : ["\(path): null"] }
        var problems: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path).\(key): missing") }
            for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let v = object[key] { problems += check(v, against: sub, path: "\(path).\(key)") }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (n, item) in array.enumerated() { problems += check(item, against: items, path: "\(path)[\(n)]") }
            }
        case "string":
            if !(value is String) { problems.append("\(path): not a string") }
            if let allowed = schema["enum"] as? [String], let s = value as? String, !allowed.contains(s) {
                problems.append("\(path): \(s) not in \(allowed)")
            }
        case "integer":
            if !(value is NSNumber) || (value as? Double).map({ $0 != $0.rounded() }) == true { problems.append("\(path): not an integer") }
        case "number":
            if !(value is NSNumber) { problems.append("\(path): not a number") }
        case "boolean":
            if !(value is NSNumber) { problems.append("\(path): not a boolean") }
        default: break
        }
        return problems
    }

    func check(_ value: Any, schema name: String, array: Bool = false) -> [String] {
        let ref: [String: Any] = ["$ref": "#/components/schemas/\(name)"]
        return check(value, against: array ? ["type": "array", "items": ref] : ref)
    }
}

@Suite(.serialized)
struct ServerTests {
    let article = #"{"id": "t1", "published": "2024-11-29", "source": "Wire", "text": "Japan criticised China on Monday. \"We will respond,\" Chinese Foreign Minister Wang Lei said. Turkey held talks with Syria in Damascus on Tuesday."}"#

    @Test func apiAnswersAsItsOpenAPIFileSays() throws {
        let server = try RunningServer(arguments: ["--allow-writes", "--token", "s3cret"])
        defer { #expect(server.stop() == 0) }
        let (specStatus, spec) = try server.json("GET", "/openapi.json")
        #expect(specStatus == 200)
        let checker = try OpenAPIChecker(spec)

        // Writes need the token.
        #expect(try server.request("POST", "/api/documents", body: article).status == 401)
        let (ingestStatus, ingest) = try server.json("POST", "/api/documents", body: article,
                                                     headers: ["Authorization": "Bearer s3cret"])
        #expect(ingestStatus == 200)
        #expect(checker.check(ingest, schema: "IngestResult").isEmpty)
        #expect((ingest as? [String: Any])?["added"] as? Int == 1)

        let (codeStatus, coded) = try server.json("POST", "/api/code", body: article)
        #expect(codeStatus == 200)
        #expect(checker.check(coded, schema: "Analysis") == [])

        let (_, events) = try server.json("GET", "/api/events?source=JPN")
        #expect(checker.check(events, schema: "EventRow", array: true) == [])
        let eventList = try #require(events as? [[String: Any]])
        #expect(!eventList.isEmpty)
        let id = try #require(eventList.first?["id"] as? Int)
        let (_, detail) = try server.json("GET", "/api/events/\(id)")
        #expect(checker.check(detail, schema: "EventDetail") == [])

        let (_, quotes) = try server.json("GET", "/api/quotes?country=CHN")
        #expect(checker.check(quotes, schema: "QuoteRow", array: true) == [])
        #expect((quotes as? [Any])?.count == 1)
        let (_, actors) = try server.json("GET", "/api/actors")
        #expect(checker.check(actors, schema: "ActorRow", array: true) == [])
        let (_, documents) = try server.json("GET", "/api/documents")
        #expect(checker.check(documents, schema: "DocumentRow", array: true) == [])
        let (_, series) = try server.json("GET", "/api/series?dyad=TUR:SYR&by=week")
        #expect(checker.check(series, schema: "SeriesRow", array: true) == [])
        #expect((series as? [Any])?.isEmpty == false)
    }

    @Test func badRequestsGetClearAnswers() throws {
        let server = try RunningServer(arguments: ["--max-body", "10000"])
        defer { #expect(server.stop() == 0) }
        #expect(try server.request("POST", "/api/code", body: "{not json").status == 400)
        #expect(try server.request("POST", "/api/code", body: #"{"title": "no text"}"#).status == 400)
        #expect(try server.request("GET", "/no/such/route").status == 404)
        #expect(try server.request("GET", "/api/events/424242").status == 404)
        #expect(try server.request("GET", "/api/events?cameo=999").status == 400)
        #expect(try server.request("GET", "/api/events?from=2024-12-01&to=2024-11-01").status == 400)
        #expect(try server.request("POST", "/api/code", body: String(repeating: "a", count: 20000)).status == 413)
        // Writes are off unless allowed.
        #expect(try server.request("POST", "/api/documents", body: article).status == 403)
    }

    @Test func pageIsServedWithoutExternalFetches() throws {
        let server = try RunningServer()
        defer { #expect(server.stop() == 0) }
        for path in ["/", "/app.js", "/style.css"] {
            let (status, body) = try server.request("GET", path)
            #expect(status == 200)
            let text = String(decoding: body, as: UTF8.self)
            #expect(!text.contains("http://") && !text.contains("https://") || path == "/app.js" && !text.contains("https://"))
        }
    }

    /// Headless Chromium loads the page, which codes an article containing
    /// markup and charts a dyad; the marks, the escaped text and the chart
    /// must be in the DOM. A screenshot goes to artifacts/.
    @Test(.enabled(if: ServerTests.chromium != nil)) func browserShowsMarksAndChart() throws {
        let server = try RunningServer(arguments: ["--allow-writes"])
        defer { #expect(server.stop() == 0) }
        _ = try server.request("POST", "/api/documents", body: article)
        let text = "Japan criticised China on Monday. <script>document.title='owned'</script> Egypt hosted Sudan."
        var components = URLComponents(url: server.base, resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "demo", value: "1"), URLQueryItem(name: "text", value: text),
                                 URLQueryItem(name: "published", value: "2024-11-29"),
                                 URLQueryItem(name: "dyad", value: "TUR:SYR"), URLQueryItem(name: "by", value: "day")]
        let url = components.url!.absoluteString
        let artifacts = TestSupport.repositoryRoot.appendingPathComponent("artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let dom = try Self.runChromium(["--dump-dom", url])
        #expect(dom.contains("class=\"mark actor"))
        #expect(dom.contains("mark trigger") || dom.contains("trigger\""))
        // The markup in the article is shown as text, never run.
        #expect(dom.contains("&lt;script&gt;document.title="))
        #expect(!dom.contains("<script>document.title"))
        #expect(!dom.contains("<title>owned</title>"))
        #expect(dom.contains("<svg") && dom.contains("class=\"bar q"))
        _ = try Self.runChromium(["--window-size=1280,1400", "--screenshot=" + artifacts.appendingPathComponent("web-page.png").path, url])
        #expect(FileManager.default.fileExists(atPath: artifacts.appendingPathComponent("web-page.png").path))
    }

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func runChromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--virtual-time-budget=10000"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
