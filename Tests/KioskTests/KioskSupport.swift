import CaseDomain
import CaseSamples
import Foundation
import Kiosk
import KioskProjection
import ScreenKit
import ScreenKitTestSupport

/// The demo store's cases as `publish-board --today 2026-11-30T09:41` projects them.
enum KioskDemo {
    static let today = DemoCases.anchor
    static let clock = KioskClock(date: BoardDate(dayNumber: today.dayNumber), hour: 9, minute: 41)

    static var files: [(file: CaseFile, lastChange: CivilDate)] {
        DemoCases(today: today).all.map { ($0.file, $0.lastChange) }
    }

    static func input(_ files: [(file: CaseFile, lastChange: CivilDate)], codes: BoardProjection.Codes = .matters)
        -> BoardProjection.Input {
        let engine = DeadlineEngine()
        let summaries = files.map { CaseSummary(file: $0.file, lastChange: $0.lastChange, today: today, engine: engine) }
        return BoardProjection.Input(
            date: today, generatedAt: today.iso + "T09:41", timeZone: "America/Los_Angeles",
            candidates: summaries.map(ReviewCase.init(summary:)),
            openCaseParalegals: files.filter(\.file.isOpen).map(\.file.paralegal),
            initials: Dictionary(DemoCases.staff.map { ($0.login, $0.initials) }) { a, _ in a }, codes: codes)
    }

    static func board(_ files: [(file: CaseFile, lastChange: CivilDate)] = KioskDemo.files) -> KioskBoard {
        BoardProjection.board(input(files))
    }

    static func state(_ board: KioskBoard?, page: KioskPage, size: Size) -> KioskState {
        var state = KioskState(size: size, clock: clock)
        if let board { _ = state.update(.loaded(board, at: clock)) }
        state.page = page
        return state
    }

    /// A frame's text with trailing spaces removed from every line.
    static func text(_ screen: Screen) -> String {
        (0..<screen.size.rows).map { row in
            var line = screen.line(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The golden `file` holds, after writing `actual` to it with `CASEDESK_RECORD_GOLDENS=1`.
    static func expected(_ file: String, actual: String) throws -> String {
        let url = goldens.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["CASEDESK_RECORD_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
