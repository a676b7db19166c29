import CaseDomain

extension CaseRow {
    /// Days from `today` to the next deadline (negative when it has passed).
    func daysToNextDeadline(from today: CivilDate) -> Int? {
        nextDeadlineDue.map { today.days(until: $0) }
    }
}
