// swift-tools-version: 6.1
import PackageDescription

/// newsbrowse: a terminal browser for business news.
///
/// Layout (each arrow is a dependency):
/// - `NewsModel`: plain value types and the store/extractor protocols. Foundation only, no I/O.
/// - `NewsResources`: the bundled data files (demo corpus, lexicons, gazetteers) under `Resources/`.
/// - `NewsExtraction` → NewsModel, NewsResources: the rule-based extractor.
/// - `NewsImport` → NewsModel: readers for text, JSON Lines/JSON, RSS/Atom, and the ingest pipeline.
/// - `NewsStoreSQLite` → NewsModel, GRDB: the SQLite/FTS5 store.
/// - `BrowserCore` → NewsModel: the terminal UI as pure state, update and render into a cell grid.
/// - `TerminalUI` → BrowserCore, CNcursesw: the thin ncurses backend.
/// - `newsbrowse` (executable): wires them together behind a command line.
let package = Package(
    name: "newsbrowse",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsbrowse", targets: ["newsbrowse"]),
        .executable(name: "newsbrowse-bench", targets: ["NewsBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "NewsModel"),
        .target(
            name: "NewsResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [.copy("Demo"), .copy("Lexicons")]
        ),
        .target(name: "NewsExtraction", dependencies: ["NewsModel", "NewsResources"]),
        .target(name: "NewsImport", dependencies: ["NewsModel"]),
        .target(
            name: "NewsStoreSQLite",
            dependencies: [
                "NewsModel", .product(name: "GRDB", package: "GRDB.swift"),
                // RawInsert calls the SQLite C API through GRDB's SQLite module.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "NewsEvaluation", dependencies: ["NewsModel"]),
        .target(name: "BrowserCore", dependencies: ["NewsModel"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalUI", dependencies: ["BrowserCore", "CNcursesw"]),
        .executableTarget(
            name: "newsbrowse",
            dependencies: [
                "NewsModel", "NewsResources", "NewsExtraction", "NewsImport", "NewsStoreSQLite",
                "BrowserCore", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "NewsBench",
            dependencies: [
                "NewsModel", "NewsResources", "NewsExtraction", "NewsImport", "NewsStoreSQLite", "NewsEvaluation",
                "BrowserCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/NewsBench"
        ),
        .target(name: "TestSupport", dependencies: ["NewsModel", "BrowserCore"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel", "TestSupport"]),
        .testTarget(
            name: "NewsExtractionTests",
            dependencies: ["NewsExtraction", "NewsModel", "NewsResources", "TestSupport"],
            resources: [.copy("Gold")]
        ),
        .testTarget(name: "NewsEvaluationTests", dependencies: ["NewsEvaluation", "NewsModel"]),
        .testTarget(name: "NewsImportTests", dependencies: ["NewsImport", "NewsModel", "TestSupport"]),
        .testTarget(
            name: "NewsStoreSQLiteTests",
            dependencies: ["NewsStoreSQLite", "NewsModel", "TestSupport"]
        ),
        .testTarget(
            name: "BrowserCoreTests",
            dependencies: ["BrowserCore", "NewsModel", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "DemoScreenTests",
            dependencies: [
                "BrowserCore", "NewsModel", "NewsResources", "NewsExtraction", "NewsImport", "NewsStoreSQLite",
                "TestSupport",
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["newsbrowse", "NewsModel", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
