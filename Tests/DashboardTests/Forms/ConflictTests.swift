import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import Testing

/// Saving over someone else's save of the same case (2026-0142, selected first).
@Suite struct ConflictTests {
    static let ivanov = SampleCases.id("2026-0142")

    static var original: CaseFile {
        CaseIdentity.identified(SampleCases.files.first { $0.matter == "2026-0142" } ?? CaseFile(matter: "", client: Client(name: "")))
    }

    /// Another user's change of the case's details, straight in the store.
    static func theirDetails(_ source: SampleDataSource, _ change: (inout CaseDetails) -> Void) throws {
        var details = CaseDetails(of: original)
        change(&details)
        try source.theirEdit([.updateDetails(details)], to: "2026-0142")
    }

    /// The case form open with the judge typed, after someone else saved `their` change.
    static func judgeTyped(_ judge: String, size: Size = Size(columns: 120, rows: 40),
                           their change: (inout CaseDetails) -> Void) throws -> FormHarness {
        var harness = FormHarness(size: size)
        harness.state.focus = .cases
        harness.press(.character("e"))
        harness.fill("judge", judge)
        try theirDetails(harness.source, change)
        return harness
    }

    @Test func fieldsOnlyOneSideChangedMergeWithoutTheConflictScreen() throws {
        var harness = try Self.judgeTyped("Hon. Mine") { $0.court = "Their Court" }
        harness.press(.ctrl("s"))
        #expect(harness.form == nil)
        #expect(harness.state.message?.text == "Saved")
        let stored = try #require(harness.source.writes.file(Self.ivanov))
        #expect(stored.judge == "Hon. Mine")
        #expect(stored.court == "Their Court")
        #expect(harness.source.writes.log.map(\.edits) == [["update-details"], ["replace-case"]])
        #expect(harness.source.writes.version(Self.ivanov) == 3)
    }

    @Test func aFieldBothChangedGoesToTheConflictScreenAndYoursCanBeKept() throws {
        var harness = try Self.judgeTyped("Hon. Mine") { $0.judge = "Hon. Theirs" }
        harness.press(.ctrl("s"))
        let conflict = try #require(harness.form?.conflict)
        #expect(conflict.conflicts.map(\.label) == ["Judge"])
        #expect(conflict.conflicts.first?.mine == "Hon. Mine")
        #expect(conflict.conflicts.first?.theirs == "Hon. Theirs")
        #expect(conflict.conflicts.first?.base == nil)
        let screen = harness.screen()
        #expect(screen.contains("Conflicting changes"))
        #expect(screen.contains("yours   Hon. Mine") && screen.contains("theirs  Hon. Theirs") && screen.contains("before  (none)"))
        // Nothing is saved before every field has its choice.
        harness.press(.ctrl("s"))
        #expect(harness.state.message?.text == "Not saved: choose yours or theirs for every field (1 left)")
        #expect(harness.source.writes.log.count == 1)
        harness.press(.character("y"), .ctrl("s"))
        #expect(harness.form == nil)
        #expect(harness.source.writes.file(Self.ivanov)?.judge == "Hon. Mine")
        #expect(harness.source.writes.log.count == 2)
    }

    @Test func theirsCanBeTakenAndWhatOnlyYouChangedIsStillSaved() throws {
        var harness = try Self.judgeTyped("Hon. Mine") { $0.judge = "Hon. Theirs" }
        harness.fill("court", "My Court")
        harness.press(.ctrl("s"))
        harness.press(.character("t"), .enter)
        let stored = try #require(harness.source.writes.file(Self.ivanov))
        #expect(stored.judge == "Hon. Theirs")
        #expect(stored.court == "My Court")
    }

    @Test func escOnTheConflictScreenGoesBackToTheFormWithNothingLost() throws {
        var harness = try Self.judgeTyped("Hon. Mine") { $0.judge = "Hon. Theirs" }
        harness.press(.ctrl("s"), .escape)
        #expect(harness.form?.conflict == nil)
        #expect(harness.form?.values["judge"] == "Hon. Mine")
        // Saved again, it merges against their version: the conflict is asked again.
        harness.press(.ctrl("s"))
        #expect(harness.form?.conflict?.conflicts.count == 1)
    }

    @Test func aOneKeyEditOverAnotherItemsChangeIsMerged() throws {
        var harness = FormHarness()
        harness.state.focus = .evidence
        let items = EvidenceView.lineItems(harness.state)
        harness.state.selection[.evidence] = items.firstIndex { $0?.title == "Police detention record" }
        var other = try #require(Self.original.evidence.first { $0.title == "Affidavit of Anna Sokolova" })
        other.status = .requested
        try harness.source.theirEdit([.updateEvidence(try #require(other.id), other)], to: "2026-0142")
        harness.press(.character(" "))
        let stored = try #require(harness.source.writes.file(Self.ivanov))
        #expect(stored.evidence.first { $0.title == "Police detention record" }?.status == .received)
        #expect(stored.evidence.first { $0.title == "Affidavit of Anna Sokolova" }?.status == .requested)
    }

    @Test func aOneKeyEditOfAnItemTheyChangedIsNotSaved() throws {
        var harness = FormHarness()
        harness.state.focus = .evidence
        let items = EvidenceView.lineItems(harness.state)
        harness.state.selection[.evidence] = items.firstIndex { $0?.title == "Police detention record" }
        var same = try #require(Self.original.evidence.first { $0.title == "Police detention record" })
        same.status = .filed
        try harness.source.theirEdit([.updateEvidence(try #require(same.id), same)], to: "2026-0142")
        harness.press(.character(" "))
        #expect(harness.state.message?.text.hasPrefix("Not saved: someone else changed the same thing") == true)
        #expect(harness.source.writes.file(Self.ivanov)?.evidence.first { $0.title == "Police detention record" }?.status == .filed)
    }

    static let goldens = [FormGoldenTests.Golden(file: "form-conflict-80x24", size: Size(columns: 80, rows: 24)),
                          FormGoldenTests.Golden(file: "form-conflict-120x40", size: Size(columns: 120, rows: 40))]

    @Test("The conflict screen", arguments: goldens)
    func conflictScreen(_ golden: FormGoldenTests.Golden) throws {
        var harness = try Self.judgeTyped("Hon. Mine", size: golden.size) {
            $0.judge = "Hon. Theirs"
            $0.court = "Their Court"
        }
        harness.fill("court", "My Court")
        harness.fill("client.latinName", "Dmitry Ivanov")
        harness.press(.ctrl("s"))
        #expect(harness.form?.conflict?.conflicts.count == 2)
        harness.press(.character("y"))
        try FormGoldenTests.check(harness.state, golden)
    }
}
