import DashboardTestSupport
import Foundation
import ScreenKit
import ScreenKitTestSupport
import Testing
@testable import Dashboard

/// The roles goldens can fail: each role has its own letter, the goldens hold the roles that carry
/// meaning, and a role changed in one cell with the text unchanged no longer matches.
@Suite struct RoleGoldenTests {
    @Test("Every role has a letter of its own in the roles goldens")
    func distinctLetters() {
        #expect(Set(Role.allCases.map(RoleLetter.of)).count == Role.allCases.count)
    }

    @Test("The demo's roles goldens pin the selection, the overdue and soon deadlines, and the warnings")
    func pinsMeaning() throws {
        let list = try String(contentsOf: GoldenFiles.url("demo-120x40.roles.txt"), encoding: .utf8)
        for role in [Role.selection, .deadlineOverdue, .deadlineSoon, .custodyDetained, .evidenceMissing,
                     .headerBadge, .borderFocused] {
            #expect(list.contains("\n\(RoleLetter.of(role)) \(role.rawValue)\n"), "\(role.rawValue)")
        }
        let goldens: [(file: String, roles: [Role])] = [
            ("demo-deadline-120x40", [.overlay, .overlayBorder, .selectionUnfocused, .evidenceTranslation]),
            ("demo-filter-ivanov-120x40", [.selection, .deadlineOverdue, .eventHearing]),
            ("demo-too-small-60x20", [.error]),
        ]
        for (file, roles) in goldens {
            let text = try String(contentsOf: GoldenFiles.url(file + ".roles.txt"), encoding: .utf8)
            for role in roles {
                #expect(text.contains("\n\(RoleLetter.of(role)) \(role.rawValue)\n"), "\(file): \(role.rawValue)")
            }
        }
    }

    @Test("A role changed in one cell, the text unchanged, fails the roles golden")
    func detectsOneCell() throws {
        let golden = DemoGoldenTests.goldens[1]
        var screen = DemoGoldenTests.screen(golden)
        let cell = try #require((0..<screen.size.rows).lazy.flatMap { row in
            (0..<screen.size.columns).lazy.map { (row, $0) }
        }.first { screen[$0.0, $0.1].role == .deadlineOverdue })
        screen.restyle(row: cell.0, column: cell.1, count: 1, role: .deadlineSoon)
        let text = try String(contentsOf: DemoGoldenTests.path(golden.file), encoding: .utf8)
        let roles = try String(contentsOf: GoldenFiles.url(golden.file + ".roles.txt"), encoding: .utf8)
        #expect(ScreenText.trimmed(screen) + "\n" == text)
        #expect(screen.rolePlane != roles)
        #expect(DemoGoldenTests.screen(golden).rolePlane == roles)
    }
}
