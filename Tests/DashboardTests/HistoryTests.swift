import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing

/// The `H` overlay: a case's history, newest first, field by field; `u` then `y` restores.
@Suite struct HistoryTests {
    static let id = SampleCases.id("2026-0142")

    static func entry(_ id: Int64, at: String, login: String = "mreyes", staff: String? = "Maria Reyes",
                      action: String = "edit-case", changes: [HistoryChange] = [], deletion: Bool = false,
                      canRestore: Bool = true) -> HistoryEntry {
        HistoryEntry(id: id, at: at, login: login, staffName: staff, action: action, changes: changes,
                     isDeletion: deletion, canRestore: canRestore)
    }

    static let entries = [
        entry(9, at: "2026-11-30T15:10:00Z", login: "jdoe", staff: nil, changes: [
            HistoryChange(label: "Client name", old: "Дмитрий Иванов", new: "Дмитрий Иванoв"),
            HistoryChange(label: "Evidence “Birth certificate”: status", old: "needed", new: "requested"),
        ]),
        entry(7, at: "2026-11-29T09:00:00Z", changes: [HistoryChange(label: "Event “Hearing” of 2026-12-03", old: nil, new: "added")]),
        entry(1, at: "2026-11-01T08:00:00Z", action: "create-case", canRestore: false),
    ]

    /// The sample state with the first case's history open, after `keys`.
    static func opened(_ entries: [HistoryEntry] = entries, rows: Int = 40, keys: [Key] = []) -> (DashboardState, [Effect]) {
        var (state, _) = sampleState(size: Size(columns: 120, rows: rows))
        var effects = state.handle(.character("H"))
        #expect(effects == [.loadHistory(id: id)])
        _ = state.update(.historyLoaded(CaseHistory(caseID: id, matter: "2026-0142", entries: entries)))
        for key in keys { effects = state.handle(key) }
        return (state, effects)
    }

    @Test("H opens the selected case's history and asks for it; until it comes the overlay says so")
    func opens() {
        var (state, _) = sampleState()
        let effects = state.handle(.character("H"))
        #expect(effects == [.loadHistory(id: Self.id)])
        #expect(state.overlay == .history)
        #expect(Renderer.render(state).text.contains("Reading the history…"))
        #expect(Renderer.render(state).text.contains("History · 2026-0142"))
    }

    @Test("Each change shows when, who with the staff name, and each field old → new, newest first")
    func showsChanges() {
        let text = Renderer.render(Self.opened().0).text
        #expect(text.contains("▸ 2026-11-30 15:10:00 UTC  jdoe"))
        #expect(text.contains("2026-11-29 09:00:00 UTC  mreyes (Maria Reyes)"))
        #expect(text.contains("Client name: Дмитрий Иванов → Дмитрий Иванoв"))
        #expect(text.contains("Evidence “Birth certificate”: status: needed → requested"))
        #expect(text.contains("+ Event “Hearing” of 2026-12-03: added"))
        #expect(text.contains("create-case"))
        #expect(text.contains("the case was created") && !text.contains("no field changed"), "a creation says what it was")
        let lines = text.split(separator: "\n")
        let newer = lines.firstIndex { $0.contains("15:10:00") }, older = lines.firstIndex { $0.contains("09:00:00") }
        #expect(newer != nil && older != nil && newer! < older!)
    }

    @Test("u asks first; y restores the case as it was before the selected change, a new change")
    func restore() {
        let (asked, none) = Self.opened(keys: [.character("j"), .character("u")])
        #expect(none.isEmpty)
        #expect(asked.history?.isConfirming == true)
        #expect(Renderer.render(asked).text.contains("Put the case back as it was before this change? y restores"))
        var state = asked
        #expect(state.handle(.character("y")) == [.restoreFromAudit(entryID: 7)])
        let after = state.update(.restoredFromAudit(caseID: Self.id, entryID: 7))
        #expect(after.contains(.loadHistory(id: Self.id)) && after.contains(.reloadList) && after.contains(.loadCase(id: Self.id)))
        #expect(state.message?.text == "Restored 2026-0142 as it was before that change")
    }

    @Test("Any key but y after u restores nothing")
    func declined() {
        let (state, effects) = Self.opened(keys: [.character("u"), .character("n")])
        #expect(effects.isEmpty)
        #expect(state.history?.isConfirming == false)
        #expect(state.overlay == .history)
        #expect(state.message?.text == "Not restored")
        var escaped = Self.opened(keys: [.character("u")]).0
        #expect(escaped.handle(.escape).isEmpty)
        #expect(escaped.overlay == .history, "Esc answers the question before it closes the overlay")
    }

    @Test("A creation cannot be undone from the history; a deletion can, and says so")
    func whatCanBeRestored() {
        let (creation, effects) = Self.opened(keys: [.character("G"), .character("j"), .character("j"), .character("u")])
        #expect(effects.isEmpty)
        #expect(creation.history?.isConfirming == false)
        #expect(creation.message?.text == "Nothing to restore: there was no case before this change")
        let deleted = [Self.entry(12, at: "2026-12-01T10:00:00Z", action: "delete-case", deletion: true)] + Self.entries
        let (asked, _) = Self.opened(deleted, keys: [.character("u")])
        let text = Renderer.render(asked).text
        #expect(text.contains("the case was deleted"))
        #expect(text.contains("Bring the deleted case back? y restores"))
    }

    @Test("u and y are refused in a read-only session")
    func readOnly() {
        var (state, _) = Self.opened()
        state.isReadOnly = true
        #expect(state.handle(.character("u")).isEmpty)
        #expect(state.history?.isConfirming == false)
        #expect(state.message?.isError == true)
    }

    @Test("A long history scrolls entry by entry, keeping the selected one on screen")
    func scrolls() {
        let many = (0..<30).map { Self.entry(Int64(100 - $0), at: "2026-11-\(String(format: "%02d", 30 - $0 % 28))T10:00:00Z",
                                             changes: [HistoryChange(label: "Notes \($0)", old: "a", new: "b")]) }
        let (state, _) = Self.opened(many, rows: 24, keys: Array(repeating: .character("j"), count: 25))
        #expect(state.history?.selected == 25)
        #expect(Renderer.render(state).text.contains("Notes 25: a → b"))
        #expect(Renderer.render(state).text.contains("▸ "))
    }

    @Test("A history that cannot be read says why in the overlay; Esc closes it")
    func failure() {
        var (state, _) = sampleState()
        _ = state.handle(.character("H"))
        _ = state.update(.historyFailed(Self.id, "Could not read the history: this store keeps no history of its cases"))
        #expect(Renderer.render(state).text.contains("this store keeps no history of its cases"))
        _ = state.handle(.escape)
        #expect(state.overlay == nil && state.history == nil)
    }

    @Test(":deleted lists deleted cases; Enter opens one's history, where u then y brings it back")
    func deletedCases() {
        var (state, _) = sampleState()
        _ = state.handle(.character(":"))
        for key in typing("deleted") { _ = state.handle(key) }
        #expect(state.handle(.enter) == [.loadDeleted])
        #expect(state.overlay == .deleted)
        let gone = CaseID("c-gone-1")!
        _ = state.update(.deletedLoaded([
            DeletedCase(caseID: CaseID("c-gone-2")!, matter: "2026-0200", clientName: "Олена Коваль", at: "2026-12-01T10:00:00Z", login: "jdoe"),
            DeletedCase(caseID: gone, matter: "2025-0100", clientName: nil, at: "2026-11-30T10:00:00Z", login: "mreyes"),
        ]))
        let text = Renderer.render(state).text
        #expect(text.contains("▸ 2026-0200  Олена Коваль"))
        #expect(text.contains("deleted 2026-12-01 10:00:00 UTC by jdoe"))
        _ = state.handle(.character("j"))
        #expect(state.handle(.enter) == [.loadHistory(id: gone)])
        #expect(state.overlay == .history && state.history?.matter == "2025-0100")
        _ = state.update(.historyLoaded(CaseHistory(caseID: gone, matter: "2025-0100", entries: [
            Self.entry(40, at: "2026-11-30T10:00:00Z", action: "delete-case", deletion: true),
        ])))
        _ = state.handle(.character("u"))
        #expect(state.handle(.character("y")) == [.restoreFromAudit(entryID: 40)])
    }

    @Test(":deleted with none says so")
    func noneDeleted() {
        var (state, _) = sampleState()
        _ = state.update(.deletedLoaded([]))
        _ = state.handle(.character(":"))
        for key in typing("deleted") { _ = state.handle(key) }
        _ = state.handle(.enter)
        _ = state.update(.deletedLoaded([]))
        #expect(Renderer.render(state).text.contains("No deleted cases"))
    }
}
