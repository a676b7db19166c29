@testable import casedesk
import Dashboard
import Foundation
import Testing

/// The draft files (`docs/configuration.md`, Drafts): their modes, atomic writes, one write a second at
/// most, and a file that is not a draft set aside, not crashed on.
@Suite("Draft files", .serialized)
struct DraftFilesTests {
    let base: String
    let folder: String

    init() {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-drafts-\(UUID().uuidString)").path
        folder = base + "/state/casedesk/drafts"
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: base)
    }

    static func draft(_ text: String, kind: String = "edit-case", caseID: String? = "c1") -> FormDraft {
        FormDraft(store: "ignored", user: "ignored", kind: kind, caseID: caseID, itemID: nil, baseVersion: 4,
                  values: ["notes": text], baseValues: ["notes": ""], savedAt: "2026-12-01T10:00:00Z")
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("The folder is $XDG_STATE_HOME/casedesk/drafts, else ~/.local/state/casedesk/drafts")
    func folderLocation() {
        #expect(DraftDisk.folder(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/m"]) == "/x/state/casedesk/drafts")
        #expect(DraftDisk.folder(environment: ["HOME": "/home/m"]) == "/home/m/.local/state/casedesk/drafts")
        // The XDG rule: a relative path is ignored.
        #expect(DraftDisk.folder(environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/m"]) == "/home/m/.local/state/casedesk/drafts")
        #expect(DraftDisk.folder(environment: [:]) == nil)
    }

    @Test("Files are 0600 and folders 0700 even under a group-shared store's umask; a draft carries its store and user")
    func modes() throws {
        defer { cleanUp() }
        let old = umask(0o007)
        defer { umask(old) }
        let keeper = DraftFiles(folder: folder, store: "/srv/firm.sqlite", user: "mreyes")
        keeper.keep(Self.draft("Иван — 李"))
        keeper.flush()
        let names = files()
        #expect(names.count == 1)
        #expect(mode(folder + "/" + names[0]) == 0o600)
        #expect(mode(folder) == 0o700)
        #expect(mode((folder as NSString).deletingLastPathComponent) == 0o700)
        let listed = keeper.listing(store: "/srv/firm.sqlite", user: "mreyes")
        #expect(listed.problems.isEmpty)
        #expect(listed.drafts.map(\.values) == [["notes": "Иван — 李"]])
        #expect(listed.drafts.first?.store == "/srv/firm.sqlite" && listed.drafts.first?.user == "mreyes")
        let savedAt = try #require(listed.drafts.first?.savedAt)
        #expect(savedAt != "2026-12-01T10:00:00Z" && savedAt.count == 20 && savedAt.hasSuffix("Z"), "stamped when written: \(savedAt)")
        #expect(keeper.drafts(store: "/srv/other.sqlite", user: "mreyes").isEmpty)
        #expect(keeper.drafts(store: "/srv/firm.sqlite", user: "jdoe").isEmpty)
    }

    @Test("A write replaces the file whole by a rename: no temporary file stays, the old draft is never half-written")
    func atomic() throws {
        defer { cleanUp() }
        let keeper = DraftFiles(folder: folder, store: "/s", user: "u", interval: 0)
        keeper.keep(Self.draft("first"))
        keeper.flush()
        let name = try #require(files().first)
        var before = stat()
        stat(folder + "/" + name, &before)
        keeper.keep(Self.draft(String(repeating: "second ", count: 10_000)))
        keeper.flush()
        var after = stat()
        stat(folder + "/" + name, &after)
        #expect(files() == [name], "only the draft itself: no temporary file left behind")
        #expect(before.st_ino != after.st_ino, "a new file renamed over the old one, not rewritten in place")
        #expect(keeper.drafts(store: "/s", user: "u").first?.values["notes"]?.hasPrefix("second") == true)
    }

    @Test("Keystrokes within a second are written once, at most a second after the first; keep never waits for the disk")
    func coalesced() async throws {
        defer { cleanUp() }
        let keeper = DraftFiles(folder: folder, store: "/s", user: "u", interval: 1)
        var slowest: UInt64 = 0
        let began = DispatchTime.now().uptimeNanoseconds
        // Typing for 1.5 s, a key every 10 ms.
        for count in 1...150 {
            let start = DispatchTime.now().uptimeNanoseconds
            keeper.keep(Self.draft(String(repeating: "a", count: count)))
            slowest = max(slowest, DispatchTime.now().uptimeNanoseconds - start)
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(slowest < 20_000_000, "a keep took \(slowest / 1_000_000) ms")
        try await Task.sleep(for: .milliseconds(1300))
        let seconds = Int((DispatchTime.now().uptimeNanoseconds - began) / 1_000_000_000)
        // The first key is written at once (nothing was for a second), then one write a second at most:
        // never one per key.
        #expect((2...seconds + 1).contains(keeper.writeBatches), "\(keeper.writeBatches) writes in \(seconds) s")
        #expect(keeper.drafts(store: "/s", user: "u").first?.values["notes"]?.count == 150, "the last key is written too")
    }

    @Test("Dropping a draft deletes its file, even with a write of it still waiting")
    func drop() throws {
        defer { cleanUp() }
        let keeper = DraftFiles(folder: folder, store: "/s", user: "u", interval: 1)
        keeper.keep(Self.draft("one"))
        keeper.keep(Self.draft("two", kind: "new-case", caseID: nil))
        keeper.keep(Self.draft("one, more"))
        keeper.drop(store: "/s", user: "u", kind: "edit-case", caseID: "c1", itemID: nil)
        keeper.flush()
        let left = keeper.drafts(store: "/s", user: "u")
        #expect(left.map(\.kind) == ["new-case"])
        #expect(files().count == 1)
    }

    @Test("A file that is not a draft is reported and set aside, never deleted; the others still restore")
    func corrupt() throws {
        defer { cleanUp() }
        let keeper = DraftFiles(folder: folder, store: "/s", user: "u")
        keeper.keep(Self.draft("kept"))
        keeper.flush()
        let broken = folder + "/draft-00000000000000ff.json"
        try Data("{\"store\": \"/s\", \"values\": ".utf8).write(to: URL(fileURLWithPath: broken))
        let wrongType = folder + "/draft-00000000000000fe.json"
        try Data("{\"store\": 3}".utf8).write(to: URL(fileURLWithPath: wrongType))
        let listed = keeper.listing(store: "/s", user: "u")
        #expect(listed.drafts.map(\.values) == [["notes": "kept"]])
        #expect(listed.problems.count == 2)
        #expect(listed.problems.contains {
            $0 == "Damaged draft kept aside as draft-00000000000000ff.json.corrupt (not valid JSON) in " + folder
        })
        #expect(listed.problems.contains { $0.contains("wrong type at store") })
        #expect(FileManager.default.fileExists(atPath: broken + ".corrupt"))
        #expect(!FileManager.default.fileExists(atPath: broken))
        #expect(keeper.listing(store: "/s", user: "u").problems.isEmpty, "set aside once, not reported at every start")
    }

    @Test("A folder that cannot be written is a problem to show, not a crash")
    func unwritable() throws {
        defer { cleanUp() }
        let parent = (folder as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: (parent as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("a file where the folder should be".utf8).write(to: URL(fileURLWithPath: parent))
        let keeper = DraftFiles(folder: folder, store: "/s", user: "u")
        keeper.keep(Self.draft("x"))
        keeper.flush()
        let problems = keeper.takeProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("Draft not saved: cannot create") == true)
        #expect(keeper.takeProblems().isEmpty)
    }
}
