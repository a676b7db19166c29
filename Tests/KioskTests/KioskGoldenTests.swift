import Kiosk
import ScreenKit
import ScreenKitTestSupport
import Testing

/// Golden screens (text and roles) of each kiosk page on the demo store, on 2026-11-30 at 09:41. Record
/// them with `CASEDESK_RECORD_GOLDENS=1 swift test --filter KioskGoldenTests`.
@Suite struct KioskGoldenTests {
    struct Golden: CustomStringConvertible, Sendable {
        var page: KioskPage?
        var columns: Int
        var rows: Int
        var description: String { "kiosk-\(page.map { "\($0)" } ?? "unavailable")-\(columns)x\(rows)" }
    }

    static let goldens: [Golden] = KioskPage.allCases.flatMap { page in
        [(80, 24), (120, 40), (200, 60)].map { Golden(page: page, columns: $0.0, rows: $0.1) }
    } + [Golden(page: nil, columns: 80, rows: 24)]

    static func screen(_ golden: Golden) -> Screen {
        let size = Size(columns: golden.columns, rows: golden.rows)
        let board = golden.page == nil ? nil : KioskDemo.board()
        var state = KioskDemo.state(board, page: golden.page ?? .hearings, size: size)
        if golden.page == nil { _ = state.update(.unavailable) }
        return KioskRenderer.render(state)
    }

    @Test("Golden screens of the kiosk", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let actual = KioskDemo.text(Self.screen(golden))
        let expected = try KioskDemo.expected(golden.description + ".txt", actual: actual)
        #expect(actual == expected, "\(golden) differs; the screen now is:\n\(actual)")
    }

    @Test("Golden roles of the kiosk", arguments: goldens)
    func goldenRoles(_ golden: Golden) throws {
        let actual = Self.screen(golden).rolePlane
        let expected = try KioskDemo.expected(golden.description + ".roles.txt", actual: actual)
        #expect(actual == expected, "\(golden).roles.txt differs")
    }
}
