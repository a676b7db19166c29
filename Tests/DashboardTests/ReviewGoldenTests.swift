import CaseDomain
import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing
@testable import Dashboard

/// Golden screens of the day's review queue on the demo store (as `mreyes`, on 2026-11-30), text and
/// roles. Record them with `CASEDESK_RECORD_GOLDENS=1 swift test --filter ReviewGoldenTests`.
@Suite struct ReviewGoldenTests {
    static let goldens: [DemoGoldenTests.Golden] = [
        .init(file: "review-80x24", columns: 80, rows: 24, keys: [.character("r")]),
        .init(file: "review-120x40", columns: 120, rows: 40, keys: [.character("r")]),
        .init(file: "review-200x60", columns: 200, rows: 60, keys: [.character("r")]),
        .init(file: "review-marked-120x40", columns: 120, rows: 40,
              keys: [.character("r"), .character(" "), .down, .character("x"), .character("n")]),
        .init(file: "review-everyone-120x40", columns: 120, rows: 40, keys: [.character("r"), .character("a")]),
        .init(file: "review-team-80x24", columns: 80, rows: 24, keys: [.character("r"), .character("T")]),
        .init(file: "review-opened-case-120x40", columns: 120, rows: 40,
              keys: [.character("r"), .down, .down, .enter]),
    ]

    @Test("Golden screens of the review queue", arguments: goldens)
    func golden(_ golden: DemoGoldenTests.Golden) throws {
        let actual = DemoGoldenTests.render(golden)
        let expected = try GoldenFiles.expected(golden.file + ".txt", actual: actual)
        #expect(actual == expected, "\(golden.file) differs; the screen now is:\n\(actual)")
    }

    @Test("Golden roles of the review queue", arguments: goldens)
    func goldenRoles(_ golden: DemoGoldenTests.Golden) throws {
        let actual = DemoGoldenTests.screen(golden).rolePlane
        let expected = try GoldenFiles.expected(golden.file + ".roles.txt", actual: actual)
        #expect(actual == expected, "\(golden.file).roles.txt differs at \(GoldenFiles.firstDifference(actual, expected))")
    }
}
