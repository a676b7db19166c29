/// The board as of the kiosk's own day: a board published yesterday still counts down from today, and a
/// hearing that has passed drops off at midnight without a new board.
struct BoardView {
    let board: KioskBoard
    let today: BoardDate

    /// Hearings from today through 7 days on.
    var hearings: [(hearing: KioskBoard.Hearing, date: BoardDate)] {
        board.hearings.compactMap { hearing in
            BoardDate(iso: hearing.date).flatMap { date in
                date >= today && date <= today.adding(days: 7) ? (hearing, date) : nil
            }
        }
    }

    /// Every deadline with its date: overdue ones first, then by date, as the board lists them.
    var deadlines: [(deadline: KioskBoard.Deadline, due: BoardDate)] {
        board.deadlines.compactMap { deadline in
            BoardDate(iso: deadline.due).flatMap { due in due <= today.adding(days: 14) ? (deadline, due) : nil }
        }
    }

    var overdue: [(deadline: KioskBoard.Deadline, due: BoardDate)] { deadlines.filter { $0.due < today } }
    var dueSoon: [(deadline: KioskBoard.Deadline, due: BoardDate)] { deadlines.filter { $0.due >= today } }

    /// `today`, `in 3 days`, `2 days ago`: words, so meaning never rests on colour.
    func countdown(_ date: BoardDate) -> String {
        let days = today.days(until: date)
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case 2...: return "in \(days) days"
        default: return "OVERDUE \(-days) day" + (days == -1 ? "" : "s")
        }
    }
}
