import CaseDomain
import CaseSamples
import Testing
@testable import Dashboard

/// The filter finds only names that hold the query's letters, and still finds every spelling variant.
@Suite struct SearchPrecisionTests {
    static func row(_ matter: String, _ name: String, _ latin: String? = nil) -> CaseRow {
        CaseRow(matter: matter, clientName: name, latinName: latin, aNumber: nil, nationality: nil, paralegal: nil,
                isOpen: true, version: 1, nextDeadlineDue: nil, nextDeadlineRule: nil, isDetained: false)
    }

    static let demo: [CaseRow] = DemoCases(today: DemoCases.anchor).all.map(\.file).map { file in
        CaseRow(matter: file.matter, clientName: file.client.name, latinName: file.client.latinName,
                aNumber: file.client.aNumber, nationality: nil, paralegal: nil, isOpen: true, version: 1,
                nextDeadlineDue: nil, nextDeadlineRule: nil, isDetained: false)
    }

    static let names = [
        row("T-1", "Кирилл Смирнов", "Kirill Smirnov"), row("T-2", "Kiril Popov"), row("T-3", "Anna Zhukova"),
        row("T-4", "Ana Lopez"), row("T-5", "Zaza Gogua"), row("T-6", "Аполлинария Ржевская"),
    ]

    func matters(_ query: String, in rows: [CaseRow] = Self.names) -> [String] {
        rows.filter(CaseFilter(query).matches).map(\.matter).sorted()
    }

    @Test("A run of letters finds only names that hold it", arguments: ["zzz", "rrr", "lll", "nnn", "ss", "aa"])
    func noDemoNameLacksTheRun(query: String) {
        let found = matters(query, in: Self.demo)
        for row in Self.demo where found.contains(row.matter) {
            let spelled = [row.clientName, row.latinName].compactMap { $0 }.map { $0.lowercased() }
            #expect(spelled.contains { $0.contains(query) }, "\(query) found \(row.clientName)")
        }
        #expect(matters("zzz", in: Self.demo).isEmpty)
        #expect(matters("rrr", in: Self.demo).isEmpty)
    }

    @Test("A doubled letter needs a doubled one; a single letter finds a doubled one")
    func doubledLetters() {
        #expect(matters("kirill") == ["T-1"])
        #expect(matters("kiril") == ["T-1", "T-2"])
        #expect(matters("anna") == ["T-3"])
        #expect(matters("ana") == ["T-3", "T-4"])
        #expect(matters("аполлин") == ["T-6"])
        #expect(matters("apollin") == ["T-6"])
        #expect(matters("appol").isEmpty)
    }

    @Test("Transliteration variants still find each other", arguments: ["Dmitrii", "Dmitry", "Dmitriy", "Dmitrij", "дмитрий", "Дмитрий"])
    func variants(query: String) {
        let found = matters(query, in: Self.demo)
        #expect(!found.isEmpty)
        for row in Self.demo where found.contains(row.matter) {
            #expect(row.clientName.contains("Дмитрий"), "\(query) found \(row.clientName)")
        }
    }

    @Test("Zh, kh and ya spellings meet, in both directions")
    func spellings() {
        #expect(matters("Жукова") == ["T-3"])
        #expect(matters("Zhukova") == ["T-3"])
        #expect(matters("Rzhevskaya") == ["T-6"])
        #expect(matters("Rzhevskaia") == ["T-6"])
    }
}
