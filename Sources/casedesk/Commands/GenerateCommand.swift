import ArgumentParser
import CaseDomain
import CaseSamples
import CaseStore

/// `casedesk generate`: synthetic cases for benchmarks and tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N deterministic synthetic cases into a store (for benchmarks and tests).",
        discussion: """
            The same --seed and --today always give the same cases. A store that already has cases is \
            refused unless --append is given.

            Example:
              casedesk generate --db /tmp/bench.sqlite --cases 100000 --seed 7 --today 2026-11-30
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "How many cases to write.")
    var cases: Int

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Flag(help: "Add to a store that already has cases.")
    var append = false

    @Flag(help: "Give every client a family name no other case shares (the filter then meets a firm's variety of names).")
    var distinctNames = false

    func validate() throws {
        guard (1...10_000_000).contains(cases) else { throw ValidationError("--cases must be from 1 to 10000000") }
        // Synthetic cases must never land in a firm's store by default: the target is always named.
        guard store.db != nil else { throw ValidationError("generate needs --db PATH (the store to write)") }
    }

    func run() throws {
        let context = try store.context(creating: true)
        let existing = try context.store.caseCount()
        if existing > 0, !append {
            throw CLIError("the store \(context.location.path) already has \(existing) cases; add --append to add more")
        }
        try Self.addMissingStaff(SyntheticCases.paralegals.map { login in
            StaffMember(login: login, name: login, initials: String(login.prefix(2)).uppercased(), role: .paralegal)
        } + SyntheticCases.attorneys.map { login in
            StaffMember(login: login, name: login, initials: String(login.prefix(2)).uppercased(), role: .attorney)
        }, to: context.store)
        let generated = SyntheticCases(count: cases, seed: seed, today: context.now.date, firstIndex: existing + 1,
                                       distinctNames: distinctNames)
        var progress = ProgressBar(label: "generate", total: cases)
        let result = try context.store.insertCases(generated.lazy.map { BulkCase($0.file, lastChange: $0.lastChange) },
                                                   source: .generated, mode: .insertOnly) { done in
            progress.update(done)
        }
        progress.finish()
        Streams.err("generate: wrote \(result.inserted) cases to \(context.location.path)\n")
    }

    static func addMissingStaff(_ members: [StaffMember], to store: any CaseRepository) throws {
        let known = Set(try store.staff().map(\.login))
        for member in members where !known.contains(member.login) {
            try store.addStaff(member)
        }
    }
}
