@testable import casedesk
import Dashboard
import Foundation
import Glibc
import Testing

/// Drafts in a real pseudo-terminal: what an earlier session left is offered at the next start on the
/// same store, with what was typed, to restore or discard.
@Suite(.serialized, .timeLimit(.minutes(3))) struct DashboardDraftTests {
    /// The OS account, as the store names it.
    static var login: String {
        guard let entry = getpwuid(getuid()) else { return "" }
        return String(cString: entry.pointee.pw_name)
    }

    /// A draft as a form gives it (the keeper stamps the store, the user and the time).
    static func draft(kind: String, caseID: String?, values: [String: String]) -> FormDraft {
        FormDraft(store: "", user: "", kind: kind, caseID: caseID, itemID: nil, baseVersion: caseID == nil ? nil : 2,
                  values: values, baseValues: [:], savedAt: "")
    }

    @Test("An earlier session's drafts are offered with what was typed; x discards one, r restores the other")
    func offeredAtTheStart() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = try DashboardEndToEndTests.demoStore(runner)
        let store = URL(fileURLWithPath: arguments[1]).standardizedFileURL.resolvingSymlinksInPath().path
        let folder = runner.path(".local/state/casedesk/drafts")
        let earlier = DraftFiles(folder: folder, store: store, user: Self.login, interval: 0)
        earlier.keep(Self.draft(kind: "new-case", caseID: nil,
                                values: ["client.name": "Олена Коваль", "notes": "typed before the hang-up"]))
        earlier.keep(Self.draft(kind: "edit-case", caseID: "c-deleted-since", values: ["notes": "second draft"]))
        earlier.flush()
        // Another store's draft is not offered on this one.
        let elsewhere = DraftFiles(folder: folder, store: "/elsewhere/firm.sqlite", user: Self.login)
        elsewhere.keep(Self.draft(kind: "new-case", caseID: nil, values: ["notes": "other store"]))
        elsewhere.flush()
        #expect(elsewhere.drafts(store: "/elsewhere/firm.sqlite", user: Self.login).count == 1)

        let terminal = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { terminal.stop() }
        let offer = terminal.waitFor(text: "┌ Drafts")
        #expect(offer.contains("new case Олена Коваль"))
        #expect(offer.contains("typed before the hang-up"))
        #expect(offer.contains("second draft"))
        #expect(!offer.contains("other store"))
        terminal.waitFor(text: "case deleted since: restores as a new case")
        // Written in the same second, they are listed by kind: the edit first.
        try terminal.press("x")
        let discarded = terminal.waitFor(text: "Draft discarded")
        #expect(!discarded.contains("second draft"))
        try terminal.press("q", "q")
        terminal.expectRestored(status: 0)
        #expect(earlier.drafts(store: store, user: Self.login).map(\.kind) == ["new-case"])

        // The next start: its exit status is its own.
        try FileManager.default.removeItem(atPath: runner.path("status"))
        let again = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { again.stop() }
        let left = again.waitFor(text: "┌ Drafts")
        #expect(left.contains("typed before the hang-up") && !left.contains("second draft"))
        try again.press("r")
        let restored = again.waitFor(text: "Draft restored: new case")
        #expect(restored.contains("New case") && restored.contains("Олена Коваль"), "the form opens with what was typed")
        // The restored form holds typed text: Esc asks before discarding it, and y does.
        try again.press("Escape", "y")
        again.waitFor(text: "Discarded")
        try again.press("q")
        again.expectRestored(status: 0)
    }

    @Test("A damaged draft file is named at the start and kept aside; the dashboard runs")
    func damagedFile() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = try DashboardEndToEndTests.demoStore(runner)
        let folder = runner.path(".local/state/casedesk/drafts")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/draft-0123456789abcdef.json"))
        let terminal = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { terminal.stop() }
        terminal.waitFor(text: "Damaged draft kept aside as draft-0123456789abcdef.json.corrupt (not valid JSON)")
        #expect(FileManager.default.fileExists(atPath: folder + "/draft-0123456789abcdef.json.corrupt"))
        try terminal.press("q")
        terminal.expectRestored(status: 0)
    }

    @Test("A form with typed text, then SIGHUP: the next start offers the draft with the text intact; restoring it shows the text in the form")
    func hangUp() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let arguments = try DashboardEndToEndTests.demoStore(runner)
        let terminal = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { terminal.stop() }
        terminal.waitFor(text: "2025-0402 ·")
        try terminal.press("a")
        terminal.waitFor(text: "New case")
        try terminal.type("2026-0777")
        try terminal.press("Tab")
        try terminal.type("Олена Коваль")
        terminal.waitFor(text: "Олена Коваль")
        let pid = try #require(terminal.programPID())
        // At once: what was typed in the last second is written on the way out.
        kill(pid, SIGHUP)
        #expect(terminal.waitForExit().status == 129)

        try FileManager.default.removeItem(atPath: runner.path("status"))
        let again = try DashboardTerminal(runner: runner, arguments: arguments)
        defer { again.stop() }
        let offer = again.waitFor(text: "┌ Drafts")
        #expect(offer.contains("new case Олена Коваль"))
        try again.press("r")
        let form = again.waitFor(text: "New case")
        #expect(form.contains("Олена Коваль") && form.contains("2026-0777"))
        try again.press("Escape")
    }
}
