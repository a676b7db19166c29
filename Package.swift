// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "casedesk",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // SHA-256 for the audit trail's hash chain (Foundation has none on Linux); used by CaseStore alone.
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // The shared domain: Foundation only.
        .target(name: "CaseDomain"),
        // Hand-written demo cases and the deterministic synthetic generator: data, not logic.
        .target(name: "CaseSamples", dependencies: ["CaseDomain"]),
        // SQLite through GRDB and PostgreSQL through libpq; the only module that knows SQL.
        .target(name: "CaseStore", dependencies: [
            "CaseDomain", "CaseFormats", "CPq",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The public file formats (JSON, CSV, iCalendar, Markdown report): pure, no SQLite.
        .target(name: "CaseFormats", dependencies: ["CaseDomain"]),
        // The screen's vocabulary: cell grid, keys, roles, styles and palettes, display width. Knows no
        // case and no ncurses.
        .target(name: "ScreenKit"),
        // The front end's logic: state, update, render into a cell grid, themes. No ncurses, no SQLite.
        .target(name: "Dashboard", dependencies: [
            "CaseDomain", "ScreenKit",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The dashboard's run loop: the store's calls on a queue of their own, wake-ups, signals as actions, on any terminal
        // backend. No ncurses, no SQLite.
        .target(name: "DashboardRuntime", dependencies: ["Dashboard", "ScreenKit", "CaseDomain", "CTermShim"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // PostgreSQL's own client library, seen by the store's PostgreSQL backend alone.
        .systemLibrary(name: "CPq", providers: [.apt(["libpq-dev"])]),
        // Async-signal-safe flag handlers (the only C besides the ncurses shim).
        .target(name: "CTermShim"),
        // The only module that imports ncurses. It sees the screen kit and nothing of a case: importing
        // CaseDomain or Dashboard here fails the strict build.
        .target(name: "Terminal", dependencies: ["ScreenKit", "CNcursesw", "CTermShim"]),
        // The office display: its board (the only thing it can show), the board's file, its state and
        // screens. It sees the screen kit and nothing of a case: importing CaseDomain here fails the strict
        // build, so no client field can reach the wall.
        .target(name: "Kiosk", dependencies: ["ScreenKit"]),
        // The one crossing from cases to the board (a function, tested).
        .target(name: "KioskProjection", dependencies: [
            "CaseDomain", "Kiosk", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "casedesk", dependencies: [
            "CaseDomain", "CaseSamples", "CaseStore", "CaseFormats", "Dashboard", "DashboardRuntime", "ScreenKit", "Terminal",
            "CTermShim", "Kiosk", "KioskProjection",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // Test code only: runs Python's own parsers on what casedesk writes, with the packages of
        // Scripts/python-requirements.txt installed into the build folder.
        .target(name: "PythonSupport", path: "Tests/PythonSupport"),
        // Test code only: the PostgreSQL server the tests are given (CASEDESK_TEST_POSTGRES_URL) and a fresh
        // database per test, made with psql.
        .target(name: "PostgresTestSupport", path: "Tests/PostgresTestSupport"),
        .testTarget(name: "CaseDomainTests", dependencies: ["CaseDomain"], exclude: ["Fixtures"]),
        .testTarget(name: "CaseSamplesTests", dependencies: ["CaseSamples", "CaseDomain"]),
        // Test code only: one process of the store's no-lost-update test, saving as the dashboard does.
        .executableTarget(name: "StoreStressClient", dependencies: ["CaseStore", "CaseDomain"],
                          path: "Tests/StoreStressClient"),
        // Test code only: the reliability suites' scale (CI-sized or full), where their figures go, and the hostile
        // payloads of RELIABILITY.md §5.
        .target(name: "ReliabilitySupport", path: "Tests/ReliabilitySupport"),
        .testTarget(name: "CaseStoreTests", dependencies: ["CaseStore", "CaseDomain", "CaseFormats", "CaseSamples",
                                                         "StoreStressClient", "PostgresTestSupport", "ReliabilitySupport"],
                    exclude: ["Stores"]),
        // The store's contract, through its protocol alone: every backend must pass it.
        .testTarget(name: "StoreContractTests", dependencies: ["CaseStore", "CaseDomain", "PostgresTestSupport"]),
        .testTarget(name: "CaseFormatsTests", dependencies: ["CaseFormats", "CaseDomain", "PythonSupport"], exclude: ["Fixtures"]),
        // Test code, kept out of the product: text and role forms of a cell grid; the dashboard's sample
        // cases, screen text and README generators.
        .target(name: "ScreenKitTestSupport", dependencies: ["ScreenKit"], path: "Tests/ScreenKitTestSupport"),
        .target(name: "DashboardTestSupport", dependencies: ["Dashboard", "ScreenKit", "ScreenKitTestSupport", "CaseDomain"],
                path: "Tests/DashboardTestSupport"),
        .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit", "ScreenKitTestSupport"]),
        .testTarget(name: "DashboardTests", dependencies: [
            "Dashboard", "DashboardTestSupport", "ScreenKit", "ScreenKitTestSupport", "CaseDomain", "CaseSamples",
            "ReliabilitySupport",
        ], exclude: ["Goldens"]),
        // The real run loop on a scripted terminal: keys in, frames out, slow stores, signals, exit codes.
        .testTarget(name: "DashboardRuntimeTests", dependencies: [
            "DashboardRuntime", "Dashboard", "DashboardTestSupport", "ScreenKit", "ScreenKitTestSupport", "CaseDomain",
            "CTermShim",
        ]),
        // Drives the built `casedesk` binary: the command line and, in a real pseudo-terminal, the dashboard.
        .testTarget(name: "EndToEndTests", dependencies: ["casedesk", "PythonSupport", "PostgresTestSupport",
                                                          "ReliabilitySupport", "StoreStressClient"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "ScreenKit", "CNcursesw"]),
        // The kiosk's screens and board file, the projection, and the marker test of confidentiality.
        .testTarget(name: "KioskTests", dependencies: [
            "Kiosk", "KioskProjection", "CaseDomain", "CaseSamples", "ScreenKit", "ScreenKitTestSupport",
        ], exclude: ["Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
