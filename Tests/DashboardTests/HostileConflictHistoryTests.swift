import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ReliabilitySupport
import ScreenKit
import ScreenKitTestSupport
import Testing

/// RELIABILITY.md §5, on the two views that show another party's values next to yours: the conflict
/// screen (a save meets a case another tool wrote with hostile text) and the history (audit rows
/// holding hostile logins, names, labels and values). Every frame is inert and whole.
@Suite struct HostileConflictHistoryTests {
    static let size = Size(columns: 120, rows: 40)
    static let ivanov = SampleCases.id("2026-0142")
    /// The case form's fields the paralegal changed and the other tool wrote too.
    static let fields: [(key: String, mine: String)] = [
        ("client.name", "Дмитрий Иванов-Мой"), ("client.latinName", "Dmitrii Moi"), ("court", "My Court"), ("judge", "Hon. Mine"),
    ]

    /// A frame's problems, and the payloads found raw in its text.
    static func check(_ state: DashboardState, _ context: String) {
        let screen = Renderer.render(state, size: size)
        let problems = HostileFormTextTests.frameProblems(screen)
        #expect(problems.isEmpty, "\(context): \(problems.prefix(3))")
        let raw = HostilePayload.rawPayloads(in: Array(ScreenText.trimmed(screen).utf8))
        #expect(raw.isEmpty, "\(context): raw \(raw)")
    }

    @Test("The conflict screen shows their hostile values inert, each field selected in turn, and after a choice")
    func conflictScreen() throws {
        var harness = FormHarness(size: Self.size)
        harness.state.focus = .cases
        harness.press(.character("e"))
        for field in Self.fields { harness.fill(field.key, field.mine) }
        let typed = harness.state
        let base = try #require(typed.form?.base)
        var screens = 0
        for payload in HostilePayload.all {
            var state = typed
            _ = state.handle(.ctrl("s"))
            try #require(state.form?.saving != nil, "\(payload.name): the save did not start")
            // Another tool wrote the same fields, with the payload, meanwhile: no check of casedesk's ran.
            var theirs = base
            theirs.client.name = payload.text
            theirs.client.latinName = "Latin " + payload.text
            theirs.court = payload.text + " Court"
            theirs.judge = "Hon. " + payload.text
            _ = state.update(.saveFinished(.conflict(Self.ivanov, theirs: theirs, version: 5)))
            let conflict = try #require(state.form?.conflict, "\(payload.name): no conflict screen")
            #expect(conflict.conflicts.count == Self.fields.count, "\(payload.name): \(conflict.conflicts.map(\.label))")
            #expect(Renderer.render(state, size: Self.size).text.contains("Conflicting changes"))
            for _ in 0..<conflict.conflicts.count {
                Self.check(state, "\(payload.name), conflict")
                screens += 1
                _ = state.handle(.down)
            }
            _ = state.handle(.character("t"))
            Self.check(state, "\(payload.name), theirs chosen")
            screens += 1
        }
        ReliabilityFigures.record("hostile-conflict", "\(HostilePayload.all.count) payloads written by another tool "
                                  + "into \(Self.fields.count) conflicting fields: \(screens) conflict screens inert and whole")
    }

    @Test("The history shows audit rows whose login, staff name, action, labels and values are hostile, inert")
    func history() {
        var screens = 0
        for payload in HostilePayload.all {
            let text = payload.text
            let entries = [
                HistoryEntry(id: 3, at: "2026-11-30T15:10:00Z", login: text, staffName: text, action: text, detail: text, changes: [
                    HistoryChange(label: text, old: text, new: "new " + text),
                    HistoryChange(label: "Judge", old: nil, new: text),
                    HistoryChange(label: "Court", old: text, new: nil),
                ], isDeletion: false, canRestore: true),
                HistoryEntry(id: 2, at: text, login: "mreyes", staffName: nil, action: "edit-case",
                             changes: [HistoryChange(label: "Client name", old: "Дмитрий Иванов", new: text)],
                             isDeletion: false, canRestore: true),
                HistoryEntry(id: 1, at: "2026-11-01T08:00:00Z", login: text, staffName: nil, action: "create-case", changes: [],
                             isDeletion: false, canRestore: false),
            ]
            var (state, _) = sampleState(size: Self.size)
            _ = state.handle(.character("H"))
            _ = state.update(.historyLoaded(CaseHistory(caseID: Self.ivanov, matter: "2026-0142", entries: entries)))
            for key in [Key.down, .down, .up, .up] {
                Self.check(state, "\(payload.name), history")
                screens += 1
                _ = state.handle(key)
            }
            // The restore's question quotes the entry.
            _ = state.handle(.character("u"))
            Self.check(state, "\(payload.name), restore asked")
            screens += 1
        }
        ReliabilityFigures.record("hostile-history", "\(HostilePayload.all.count) payloads in audit rows (login, staff name, detail, "
                                  + "action, time, labels, values): \(screens) history screens inert and whole")
    }
}
