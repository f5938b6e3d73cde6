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
    ],
    targets: [
        // The engine: document model, text segmentation, and (as they land) the
        // recognition, quotation and event stages with their knowledge files.
        .target(
            name: "Annals",
            path: "Sources/Annals",
            resources: [.copy("Resources/knowledge")]
        ),
        // The command line: `annals code`, and later `ingest`, `query`, `serve`.
        .executableTarget(
            name: "annals",
            dependencies: [
                "Annals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/annals"
        ),
        // Throughput benchmark: `swift run -c release annals-bench`.
        .executableTarget(
            name: "annals-bench",
            dependencies: ["Annals"],
            path: "Sources/annals-bench"
        ),
        .testTarget(
            name: "AnnalsTests",
            dependencies: ["Annals", "annals"],
            path: "Tests/AnnalsTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
