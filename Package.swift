// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Annals", targets: ["Annals"]),
        .executable(name: "annals", targets: ["annals"]),
        .executable(name: "annals-bench", targets: ["annals-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // The engine: document model, text segmentation, and (as they land) the
        // recognition, quotation and event stages with their knowledge files.
        .target(
            name: "Annals",
            path: "Sources/Annals",
            resources: [.copy("Resources/knowledge")]
        ),
        // The event store: documents, actors, quotations and events merged
        // across reports, on embedded SQLite (GRDB), with queries and exports.
        .target(
            name: "AnnalsStore",
            dependencies: ["Annals", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/AnnalsStore"
        ),
        // Measurements on reference data: PLOVER gold records, PETRARCH's validation suite.
        .target(
            name: "AnnalsEval",
            dependencies: ["Annals"],
            path: "Sources/AnnalsEval"
        ),
        // The HTTP API and the web page, served by the same binary.
        .target(
            name: "AnnalsServer",
            dependencies: [
                "Annals", "AnnalsStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            path: "Sources/AnnalsServer",
            resources: [.copy("Resources/web")]
        ),
        // The command line: `annals code`, `explain`, `ingest`, `query`, `export`, `serve`, `eval`.
        .executableTarget(
            name: "annals",
            dependencies: [
                "Annals",
                "AnnalsStore",
                "AnnalsServer",
                "AnnalsEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/annals"
        ),
        // Throughput benchmark: `swift run -c release annals-bench`.
        .executableTarget(
            name: "annals-bench",
            dependencies: ["Annals", "AnnalsStore"],
            path: "Sources/annals-bench"
        ),
        .testTarget(
            name: "AnnalsTests",
            dependencies: ["Annals", "AnnalsStore", "AnnalsEval", "annals"],
            path: "Tests/AnnalsTests",
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
