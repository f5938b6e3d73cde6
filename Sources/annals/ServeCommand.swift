import Annals
import AnnalsServer
import AnnalsStore
import ArgumentParser
import Foundation

/// `annals serve`: the HTTP API and the web page.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the web page over a store.",
        discussion: """
            Open http://127.0.0.1:8080/ to paste an article and see it coded, browse events and \
            quotations, and chart a relationship. The API is described at /openapi.json.

            Writing (POST /api/documents) needs --allow-writes, and the bearer token when --token \
            is set. SIGTERM or Ctrl-C stops the server after the requests in flight.

            Example: annals serve --db annals.sqlite --port 8080
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var options: PipelineOptions

    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port: Int = 8080
    @Flag(help: "Allow ingesting documents over HTTP (POST /api/documents).") var allowWrites = false
    @Option(help: "Bearer token required for writes.") var token: String?
    @Option(help: "Largest request body in bytes.") var maxBody: Int = 5 * 1024 * 1024

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
        if maxBody < 1 { throw ValidationError("--max-body must be positive") }
    }

    func run() async throws {
        let pipeline = try options.pipeline()
        let eventStore = try store.open(mustExist: false)
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.allowWrites = allowWrites
        configuration.token = token
        configuration.maxBodySize = maxBody
        let server = AnnalsServer(pipeline: pipeline, store: eventStore, configuration: configuration)
        let shownHost = host
        try await server.run { port in
            StandardStreams.warn("listening on http://\(shownHost):\(port)/ (store \(eventStore.path))")
        }
    }
}
