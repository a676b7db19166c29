import CaseDomain
import Foundation
import GRDB
import Testing
@testable import CaseStore

@Suite("Stored values casedesk would not accept")
struct RefusedValueTests {
    @Test("A case whose stored text holds control characters still loads, lists and exports, with the values named")
    func controlCharactersStillOpen() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let stored = try store.createCase(Fixtures.simpleCase("M-9"))
        let id = try #require(stored.file.id)
        // Another tool writes a terminal title sequence into the client's name and a BEL into the judge.
        try store.write { db in
            let document = try String.fetchOne(db, sql: "SELECT document FROM case_document") ?? ""
            let hostile = document.replacingOccurrences(of: #""name":""#, with: #""name":"\u001b]0;pwned\u0007"#)
            #expect(hostile != document)
            try db.execute(sql: "UPDATE case_document SET document = ?", arguments: [hostile])
        }
        let loaded = try #require(try store.loadCase(id: id))
        #expect(loaded.file.client.name.hasPrefix("\u{1B}]0;pwned\u{07}"))
        #expect(loaded.refusedValues.count == 1)
        #expect(loaded.refusedValues.first?.hasPrefix("client.name: ") == true, "\(loaded.refusedValues)")
        #expect(try store.caseListRows(sortedBy: .matter).map(\.matter) == ["M-9"])
        var exported: [String] = []
        try store.forEachCase { exported.append($0.file.matter) }
        #expect(exported == ["M-9"])
    }

    @Test("A clean case lists no refused values; a document whose structure is broken is still an error")
    func cleanAndBroken() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let stored = try store.createCase(Fixtures.simpleCase("M-1"))
        let id = try #require(stored.file.id)
        #expect(try store.loadCase(id: id)?.refusedValues == [])
        try store.write { db in try db.execute(sql: #"UPDATE case_document SET document = '{"matter": 7}'"#) }
        #expect(throws: (any Error).self) { try store.loadCase(id: id) }
    }

    @Test("A nationality an earlier version accepted (XX) opens with the field named, and the store passes its check")
    func formerlyAcceptedNationality() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        var file = Fixtures.simpleCase("M-7")
        file.client.nationality = "XX"
        let stored = try store.createCase(file)
        let id = try #require(stored.file.id)
        let loaded = try #require(try store.loadCase(id: id))
        #expect(loaded.file.client.nationality == "XX")
        #expect(loaded.refusedValues == ["client.nationality: \"XX\" is not an assigned ISO 3166-1 country code"])
        try store.integrityCheck()
        var exported: [String?] = []
        try store.forEachCase { exported.append($0.file.client.nationality) }
        #expect(exported == ["XX"])
    }

    @Test("A stored NUL (\\u0000, written by another tool) opens like any control character, the field named")
    func escapedNUL() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCaseStore.open(path: folder.file("s.sqlite"), create: true)
        let stored = try store.createCase(Fixtures.simpleCase("M-3"))
        let id = try #require(stored.file.id)
        try store.write { db in
            let document = try String.fetchOne(db, sql: "SELECT document FROM case_document") ?? ""
            let hostile = document.replacingOccurrences(of: #""name":""#, with: #""name":"nul\u0000"#)
            #expect(hostile != document)
            try db.execute(sql: "UPDATE case_document SET document = ?", arguments: [hostile])
        }
        let loaded = try #require(try store.loadCase(id: id))
        #expect(loaded.file.client.name.hasPrefix("nul\u{0}"))
        #expect(loaded.refusedValues == ["client.name: contains a control character (U+0000)"])
    }
}

