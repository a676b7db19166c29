import CaseDomain
import CaseFormats
import Foundation
import Testing

@Suite("Case validation: values an earlier version accepted")
struct FormerlyAcceptedTests {
    @Test("A nationality of the right shape but no assigned code is a warning, not a refusal")
    func unassignedNationality() {
        let file = CaseFile(matter: "M", client: Client(name: "X", nationality: "XX"))
        #expect(CaseValidation.problems(in: file) == [])
        let warnings = CaseValidation.formerlyAccepted(in: file)
        #expect(warnings.map(\.path) == ["client.nationality"])
        #expect(warnings.first?.message == "\"XX\" is not an assigned ISO 3166-1 country code")
        let assigned = CaseFile(matter: "M", client: Client(name: "X", nationality: "UA"))
        #expect(CaseValidation.formerlyAccepted(in: assigned) == [])
    }

    @Test("Every assigned code is two capital letters, and there are 249 of them plus XK")
    func codeTable() {
        let letters = (65...90).map { Character(Unicode.Scalar(UInt8($0))) }
        let accepted = letters.flatMap { first in letters.map { String([first, $0]) } }.filter(CodeChecks.isNationality)
        #expect(accepted.count == 250)
        #expect(accepted.allSatisfy(CodeChecks.hasNationalityShape))
        #expect(!CodeChecks.isNationality("ru") && !CodeChecks.isNationality("RUS"))
    }

    @Test("The JSON reader keeps such a case when it imports it, and names the field as a warning")
    func jsonImportWarns() throws {
        let text = #"{"format": "casedesk/1", "cases": [{"matter": "M-1", "client": {"name": "X", "nationality": "XX"}}]}"#
        var registry = ImportRegistry()
        var decoded: [DecodedCase] = []
        try CaseJSONDecoder(errorLimit: 10).decode(Data(text.utf8), file: "c.json", registry: &registry, inspect: { item in
            decoded.append(item)
            return []
        })
        #expect(decoded.count == 1)
        #expect(decoded.first?.isClean == true)
        #expect(decoded.first?.warnings.map(\.description)
                == ["c.json:1:93: cases[0].client.nationality: \"XX\" is not an assigned ISO 3166-1 country code"])
    }
}
