import CaseDomain
import Foundation
import Testing
@testable import CaseStore

/// The audit row's before and after: comparing only the fields whose texts differ gives exactly what
/// parsing both documents whole gives.
@Suite struct ChangedFieldsTests {
    func document(_ file: CaseFile) throws -> String {
        try CaseCodec().document(CaseIdentity.assigningPositionIDs(file))
    }

    /// The full case and the edits a paralegal makes to it, each with the case before.
    func editedPairs() throws -> [(before: String, after: String)] {
        let base = CaseIdentity.assigningPositionIDs(Fixtures.fullCase())
        var edits: [@Sendable (inout CaseFile) -> Void] = [
            { $0.matter = "B-00000001" },
            { $0.client.name = "Дмитрий \"Дима\" Иванов {x} [y], \\ z" },
            { $0.custody[1].place = "Imperial Regional Detention Facility" },
            { $0.custody[2].notes = nil },
            { $0.family.removeLast() },
            { $0.judge = nil },
            { $0.evidence = [] },
            { $0.events.append(TimelineEvent(kind: .ntaServed, date: CivilDate(iso: "2022-04-20")!)) },
        ]
        let several = Array(edits.prefix(4))
        edits.append { file in for edit in several { edit(&file) } }
        return try edits.map { edit in
            var changed = base
            edit(&changed)
            return (try document(base), try document(changed))
        }
    }

    @Test("The same before and after as parsing both documents whole, for each kind of edit")
    func sameAsWholeParse() throws {
        for (before, after) in try editedPairs() {
            let quick = CaseCodec.changedFields(before: before, after: after)
            let whole = CaseCodec.changedFieldsParsingWhole(before: before, after: after)
            #expect(quick.before == whole.before && quick.after == whole.after)
            #expect(quick.before != "{}")
        }
    }

    @Test("A document of another layout, a missing field and a null, nothing changed, and text that is no object")
    func unusualDocuments() {
        let pairs: [(String?, String?)] = [
            (#"{"a":1,"b":{"c":"}"},"d":[1,2]}"#, #"{ "b" : {"c":"}"}, "a" : 1 , "d":[1, 2] }"#),
            (#"{"a":1,"b":null}"#, #"{"a":2}"#),
            (#"{"a":"x\"y"}"#, #"{"a":"x\"y"}"#),
            (#"{"a\u0062":1}"#, #"{"ab":2}"#),
            (#"{"a":1,"a":2}"#, #"{"a":3}"#),
            ("not json", #"{"a":1}"#),
            (nil, #"{"a":1}"#),
            (#"{}"#, #"{"a":[{"b":"]"}]}"#),
        ]
        for (before, after) in pairs {
            let quick = CaseCodec.changedFields(before: before, after: after)
            let whole = CaseCodec.changedFieldsParsingWhole(before: before, after: after)
            #expect(quick.before == whole.before && quick.after == whole.after, "\(before ?? "nil") → \(after ?? "nil")")
        }
        #expect(CaseCodec.changedFields(before: #"{"a":"x\"y"}"#, after: #"{"a":"x\"y"}"#).before == "{}")
    }

    @Test("Members split as written: strings with brackets and escapes, nested values, spaces")
    func splits() throws {
        let members = try #require(TopLevelFields.split(#" { "a" : "}\\\"{" , "b":[{"c":"]"}], "n": -1.5e3, "t":true } "#))
        #expect(members.mapValues { String(decoding: $0, as: UTF8.self) }
            == ["a": #""}\\\"{""#, "b": #"[{"c":"]"}]"#, "n": "-1.5e3", "t": "true"])
        #expect(TopLevelFields.split(#"{"a":1,}"#) == nil)
        #expect(TopLevelFields.split(#"[1]"#) == nil)
        #expect(TopLevelFields.split(#"{"a":1} x"#) == nil)
        #expect(TopLevelFields.split("{}")?.isEmpty == true)
    }
}
