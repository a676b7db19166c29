import ArgumentParser
import CaseDomain
import CaseSamples
import CaseStore
import Foundation

/// `casedesk demo`: a small store of believable cases that shows every feature.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a demo store of realistic cases dated around today.",
        discussion: """
            The demo store is demo.sqlite beside the default store and is rewritten each time. With --db it \
            writes a new file and never overwrites an existing one.

            Examples:
              casedesk demo --no-open
              casedesk demo --cases 500 --seed 3
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Synthetic cases to add to the hand-written ones.")
    var cases: Int = 0

    @Option(help: "The seed for the synthetic cases.")
    var seed: UInt64 = 1

    @Flag(help: "Write the store and print its path and today's review instead of opening the dashboard.")
    var noOpen = false

    @Option(help: "A theme name (see `casedesk themes`) or a path to a .toml file.")
    var theme: String?

    @Flag(help: "ASCII borders and symbols, names by their Latin spelling.")
    var ascii = false

    func validate() throws {
        guard (0...1_000_000).contains(cases) else { throw ValidationError("--cases must be from 0 to 1000000") }
    }

    func run() throws {
        var options = store
        let path: String
        if let named = options.db {
            path = StoreLocation.expand(named)
            if FileManager.default.fileExists(atPath: path) {
                throw CLIError("\(path) exists; demo writes only a new file (or its own demo.sqlite)")
            }
        } else {
            path = StoreLocation.defaultFolder + "/demo.sqlite"
            try Self.removeStore(at: path)
        }
        options.db = path
        let context = try options.context(creating: true)
        let today = context.now.date
        try GenerateCommand.addMissingStaff(DemoCases.staff, to: context.store)
        let demo = DemoCases(today: today).all.map { BulkCase($0.file, lastChange: $0.lastChange) }
        let extra = SyntheticCases(count: cases, seed: seed, today: today).lazy.map { BulkCase($0.file, lastChange: $0.lastChange) }
        try context.store.insertCases(demo, source: .demo)
        if cases > 0 { try context.store.insertCases(extra, source: .generated) }
        guard noOpen else {
            try DashboardCommand.open(context, theme: theme, ascii: ascii)
            return
        }
        Streams.out("demo store: \(path)\n\n")
        let queue = try context.store.reviewQueue(date: today, user: nil, viewer: context.store.currentUser)
        Streams.out(ReviewOutput.text(queue, names: true))
    }

    /// The demo store is ours to rewrite: remove it and its WAL files.
    static func removeStore(at path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            do {
                try FileManager.default.removeItem(atPath: path + suffix)
            } catch {
                throw CLIError("cannot rewrite the demo store \(path): \(error.localizedDescription)")
            }
        }
    }
}
