import CaseDomain
import CaseFormats
import Foundation
import Testing

@Suite("CSV reader and writer")
struct CSVTests {
    func read(_ text: String) throws(FormatErrors) -> [CSVCaseRow] {
        try CaseCSVReader().read(Data(text.utf8), file: "intake.csv")
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("rows know their columns and lines, quoted line breaks included")
    func columns() throws {
        let rows = try read("matter,name,court\n2026-1,\"A, B\",\"X \"\"Y\"\"\"\n2026-2,C,\n")
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[0].columns == [.matter, .name, .court])
        #expect(rows[0].file.client.name == "A, B")
        #expect(rows[0].file.court == "X \"Y\"")
        #expect(rows[1].file.court == nil)
        let problems = errors("matter,name\n2026-1,\"two\nlines\"\n2026-2,\"bad\" x\n")
        #expect(problems == ["intake.csv:4:13: text after a closing quote (a quote inside a quoted field is written \"\")"])
        #expect(errors("matter,name\n2026-1,\"two\nlines\"\n")
            == ["intake.csv:2: field \"name\": contains a control character (U+000A)"])
    }

    @Test("the spec's error message form")
    func message() {
        #expect(errors("matter,name,birthDate\n2026-1,A,1990-02-01\n2026-2,B,1990-02-30\n")
            == ["intake.csv:3: field \"birthDate\": \"1990-02-30\" is not a date (YYYY-MM-DD)"])
        #expect(errors("matter,name\n2026-1,\"open\n2026-2,B\n").first?.hasPrefix("intake.csv:2:8: unterminated quote") == true)
    }

    @Test("An empty item in a list cell is an error, never dropped silently", arguments: ["ru;;uk", "ru;", ";ru", "ru; ;uk"])
    func emptyListItem(cell: String) {
        #expect(errors("matter,name,languages\n2026-1,A,\(cell)\n")
            == ["intake.csv:2: field \"languages\": \"\(cell)\" has an empty item between ';' (write \"ru;uk\")"])
        #expect(errors("matter,name,grounds\n2026-1,A,\(cell.replacingOccurrences(of: "ru", with: "race").replacingOccurrences(of: "uk", with: "religion"))\n")
            .count == 1)
        #expect(errors("matter,name,languages\n2026-1,A,ru; uk\n").isEmpty)
    }

    @Test("export: header, CRLF, quoting and formula neutralisation")
    func export() throws {
        var file = CaseFile(matter: "2026-0142", client: Client(name: "=HYPERLINK(\"x\")", latinName: "Ivanov, D",
                                                                  aNumber: ANumber(parsing: "A 12 345 678"), languages: ["ru", "uk"]))
        file.judge = "@cmd"
        file.court = "-2+3"
        file.custody = [CustodyPeriod(status: .iceDetained, from: CivilDate(year: 2026, month: 1, day: 2)!, place: "\tOtay")]
        let text = try CaseCSVWriter.text(for: [CSVExportRow(file: file, nextDeadline: CivilDate(year: 2026, month: 2, day: 1),
                                                             nextDeadlineRule: .prehearingMaster)])
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == CaseCSVWriter.header.joined(separator: ","))
        #expect(lines[1] == "2026-0142,\"'=HYPERLINK(\"\"x\"\")\",\"Ivanov, D\",012345678,,,ru;uk,,,'-2+3,,'@cmd,,,,ice-detained,'\tOtay,2026-01-02,2026-02-01,prehearing-master,")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(CaseCSVWriter.encode("\rx") == "\"'\rx\"")
    }
}
