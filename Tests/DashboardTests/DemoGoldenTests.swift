import DashboardTestSupport
import Foundation
import ScreenKit
import ScreenKitTestSupport
import Testing
@testable import Dashboard

/// Golden screens of the demo store (`casedesk demo --today 2026-11-30`) as user `mreyes` sees them.
/// Each golden is a text file in `Goldens/` with the roles of its cells beside it (`NAME.roles.txt`); the
/// README's screenshot is the 120×40 one. After a deliberate change to the screen, rewrite them with
/// `CASEDESK_RECORD_GOLDENS=1 swift test --filter 'DemoGoldenTests|GoldenScreenTests'` and read the diff.
@Suite struct DemoGoldenTests {
    struct Golden: CustomStringConvertible, Sendable {
        var file: String
        var columns: Int
        var rows: Int
        var ascii = false
        var keys: [Key] = []
        var description: String { file }
    }

    static let goldens: [Golden] = [
        Golden(file: "demo-80x24", columns: 80, rows: 24),
        Golden(file: "demo-120x40", columns: 120, rows: 40),
        Golden(file: "demo-200x60", columns: 200, rows: 60),
        Golden(file: "demo-too-small-60x20", columns: 60, rows: 20),
        Golden(file: "demo-filter-ivanov-120x40", columns: 120, rows: 40,
               keys: [.character("/")] + typing("ivanov") + [.enter, .enter]),
        Golden(file: "demo-deadline-120x40", columns: 120, rows: 40,
               keys: [.enter, .down, .enter]),
        Golden(file: "demo-help-80x24", columns: 80, rows: 24, keys: [.character("?")]),
        Golden(file: "demo-ascii-evidence-80x24", columns: 80, rows: 24, ascii: true, keys: [.character("4")]),
    ]

    static let directory = GoldenFiles.directory

    static func path(_ name: String) -> URL { GoldenFiles.url(name + ".txt") }

    static func screen(_ golden: Golden) -> Screen {
        let size = Size(columns: golden.columns, rows: golden.rows)
        return Renderer.render(demoState(size: size, ascii: golden.ascii, keys: golden.keys), size: size)
    }

    static func render(_ golden: Golden) -> String {
        ScreenText.trimmed(screen(golden)) + "\n"
    }

    @Test("Golden screens of the demo", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let actual = Self.render(golden)
        let expected = try GoldenFiles.expected(golden.file + ".txt", actual: actual)
        #expect(actual == expected, "\(golden.file) differs; the screen now is:\n\(actual)")
    }

    @Test("Golden roles of the demo screens", arguments: goldens)
    func goldenRoles(_ golden: Golden) throws {
        let actual = Self.screen(golden).rolePlane
        let expected = try GoldenFiles.expected(golden.file + ".roles.txt", actual: actual)
        #expect(actual == expected, "\(golden.file).roles.txt differs at \(GoldenFiles.firstDifference(actual, expected))\n\(actual)")
    }

    @Test("The first demo screen shows the list, the open case and the review count")
    func firstScreen() {
        let text = Self.render(Self.goldens[1])
        #expect(text.contains("Cases 9 by next"))
        #expect(text.contains("▶2025-0402  Коваль С."))
        #expect(text.contains("Сяргей Коваль (Siarhei Kaval)"))
        #expect(text.contains("2026-0142  Иванов Д.    ✗MCH -12d"))
        #expect(text.contains("review 0/11 today"))
    }

    @Test("README's screenshot is the demo's 120×40 golden screen")
    func readmeScreenshot() throws {
        let readme = try String(contentsOf: Self.directory.appendingPathComponent("../../../README.md").standardized,
                                encoding: .utf8)
        let golden = try String(contentsOf: Self.path("demo-120x40"), encoding: .utf8)
        #expect(readme.contains("## The screen\n"))
        #expect(readme.contains("```text\n" + golden + "```\n"))
    }

    @Test("README's keys table is the key table")
    func readmeKeys() throws {
        let url = Self.directory.appendingPathComponent("../../../README.md").standardized
        var readme = try String(contentsOf: url, encoding: .utf8)
        if GoldenFiles.isRecording,
           let start = readme.range(of: "<!-- keys -->\n"), let end = readme.range(of: "<!-- /keys -->") {
            readme.replaceSubrange(start.upperBound..<end.lowerBound, with: Keymap.markdownTable())
            try readme.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(readme.contains("## Keys\n"))
        #expect(readme.contains("<!-- keys -->\n" + Keymap.markdownTable() + "<!-- /keys -->"))
    }
}
