import Kiosk
import KioskProjection
import ScreenKit
import Foundation
import Testing
import CaseDomain

/// The kiosk's behaviour: pages, rotation, the leaving chord, refused keys, midnight, the neutral screen.
@Suite struct KioskStateTests {
    static let size = Size(columns: 120, rows: 40)

    func state() -> KioskState { KioskDemo.state(KioskDemo.board(), page: .hearings, size: Self.size) }

    @Test("No key of the kiosk's table changes data")
    func noMutatingKey() {
        #expect(KioskKeys.bindings.allSatisfy { !$0.mutates })
        #expect(Set(KioskKeys.bindings.map(\.action)) == [.previousPage, .nextPage, .leave])
    }

    @Test("Ctrl-C, Ctrl-Z, Ctrl-\\, q, :, ! and Esc are refused and say so; nothing leaves but the chord")
    func refusedKeys() {
        var kiosk = state()
        for key in [Key.ctrl("c"), .ctrl("z"), .ctrl("\\"), .character("q"), .character(":"), .character("!"), .escape,
                    .enter, .character(" ")] {
            #expect(kiosk.update(.key(key, atMilliseconds: 100)) == false)
            #expect(kiosk.notice?.contains("Read-only") == true)
        }
        #expect(kiosk.page == .hearings)
    }

    @Test("Ctrl-Q twice within 2 s leaves; twice 3 s apart does not")
    func chord() {
        var kiosk = state()
        #expect(kiosk.update(.key(.ctrl("q"), atMilliseconds: 1000)) == false)
        #expect(kiosk.update(.key(.ctrl("q"), atMilliseconds: 4000)) == false)
        #expect(kiosk.update(.key(.ctrl("q"), atMilliseconds: 5500)) == true)
    }

    @Test("Pages turn by themselves every --rotate seconds and with the arrows")
    func rotation() {
        var kiosk = KioskState(size: Self.size, clock: KioskDemo.clock, rotateSeconds: 5)
        _ = kiosk.update(.tick(KioskDemo.clock, atMilliseconds: 4999))
        #expect(kiosk.page == .hearings)
        _ = kiosk.update(.tick(KioskDemo.clock, atMilliseconds: 5000))
        #expect(kiosk.page == .deadlines)
        _ = kiosk.update(.key(.right, atMilliseconds: 6000))
        #expect(kiosk.page == .summary)
        _ = kiosk.update(.key(.right, atMilliseconds: 6100))
        #expect(kiosk.page == .hearings)
        _ = kiosk.update(.key(.left, atMilliseconds: 6200))
        #expect(kiosk.page == .summary)
        _ = kiosk.update(.tick(KioskDemo.clock, atMilliseconds: 11_000))
        #expect(kiosk.page == .summary)
    }

    @Test("At midnight the countdowns move on and a passed hearing leaves, with no new board")
    func midnight() {
        var kiosk = state()
        let before = KioskDemo.text(KioskRenderer.render(kiosk))
        #expect(before.contains("in 3 days"))
        let next = KioskClock(date: KioskDemo.clock.date.adding(days: 4), hour: 0, minute: 0)
        _ = kiosk.update(.tick(next, atMilliseconds: 1000))
        let after = KioskDemo.text(KioskRenderer.render(kiosk))
        #expect(after.contains("Fri 4 Dec"))
        #expect(!after.contains("Thu 3 Dec"))
        #expect(after.contains("today"))
        #expect(after.contains("00:00"))
    }

    @Test("An unreadable source shows the neutral screen with no details, and recovers")
    func unavailable() {
        var kiosk = state()
        _ = kiosk.update(.unavailable)
        let text = KioskDemo.text(KioskRenderer.render(kiosk))
        #expect(text.contains("Data unavailable, retrying"))
        #expect(!text.contains("2026-0142"))
        _ = kiosk.update(.stillCurrent)
        #expect(KioskDemo.text(KioskRenderer.render(kiosk)).contains("2026-0142"))
        _ = kiosk.update(.unavailable)
        var board = KioskDemo.board()
        board.generatedAt = "2026-11-30T09:40"
        _ = kiosk.update(.loaded(board, at: KioskDemo.clock))
        let recovered = KioskDemo.text(KioskRenderer.render(kiosk))
        #expect(recovered.contains("2026-0142"))
        #expect(recovered.contains("Updated 09:40"), "the footer gives the board's own time")
    }

    @Test("Every size from 80x24 is used whole; counts and clock in block digits from 120x40")
    func sizes() {
        for (columns, rows) in [(80, 24), (119, 39), (120, 40), (200, 60)] {
            let kiosk = KioskDemo.state(KioskDemo.board(), page: .summary, size: Size(columns: columns, rows: rows))
            let text = KioskDemo.text(KioskRenderer.render(kiosk))
            #expect(text.contains("█") == (columns >= 120 && rows >= 40), "\(columns)x\(rows)")
            #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == rows + 1)
        }
    }
}

/// The projection and the board file.
@Suite struct BoardProjectionTests {
    @Test("The board's counts are the daily review's: hearings D..D+7, deadlines overdue or within 14 days")
    func counts() {
        let input = KioskDemo.input(KioskDemo.files)
        let board = BoardProjection.board(input)
        let queue = DailyReview.queue(cases: input.candidates, date: KioskDemo.today, user: nil)
        #expect(board.hearings.count == queue.filter { $0.section == .hearings }.count)
        let deadlines = queue.compactMap { item -> DeadlineItem? in
            if case .deadline(let deadline) = item.detail, deadline.daysLeft <= 14 { return deadline }
            return nil
        }
        #expect(board.deadlines.map(\.due) == deadlines.map(\.due.iso))
        #expect(board.summary.detained == queue.filter { $0.section == .detained }.count)
        #expect(board.summary.overdue == deadlines.filter { $0.daysLeft < 0 }.count)
        #expect(board.summary.openCases.map(\.open).reduce(0, +) == KioskDemo.files.filter(\.file.isOpen).count)
        #expect(board.hearings.allSatisfy { ["MR", "TN"].contains($0.staff) })
    }

    @Test("The board file reads back as the same board; another format or a damaged file is refused")
    func roundTrip() throws {
        let board = KioskDemo.board()
        #expect(try KioskBoard(json: try board.jsonData()) == board)
        #expect(try board.jsonData() == (try board.jsonData()))
        var other = board
        other.format = "casedesk-board/9"
        #expect(throws: BoardError.wrongFormat) { try KioskBoard(json: try other.jsonData()) }
        #expect(throws: BoardError.unreadable) { try KioskBoard(json: Data("{\"format\":".utf8)) }
    }

    @Test("Opaque codes: stable per case, K- and 8 letters, not the matter, different under another secret")
    func opaqueCodes() {
        let secret = Array("store secret".utf8)
        let first = BoardProjection.board(KioskDemo.input(KioskDemo.files, codes: .opaque(secret: secret)))
        let again = BoardProjection.board(KioskDemo.input(KioskDemo.files, codes: .opaque(secret: secret)))
        let other = BoardProjection.board(KioskDemo.input(KioskDemo.files, codes: .opaque(secret: Array("x".utf8))))
        #expect(first == again)
        #expect(first.hearings.allSatisfy { $0.code.hasPrefix("K-") && $0.code.count == 10 })
        #expect(Set(first.hearings.map(\.code)).isDisjoint(with: other.hearings.map(\.code)))
        let matters = Set(KioskDemo.files.map(\.file.matter))
        #expect(first.hearings.allSatisfy { !matters.contains($0.code) })
    }
}
