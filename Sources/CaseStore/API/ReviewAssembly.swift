import CaseDomain

extension CaseRepository {
    /// The day's review queue, assembled once for every screen and command: the store's candidate cases
    /// (all of them, or those `user` works on), the domain's `DailyReview.queue` over them, and the items
    /// `viewer` marked reviewed for the day.
    public func reviewQueue(date: CivilDate, user: String?, viewer: String) throws -> [ReviewItem] {
        let candidates = try reviewCandidates(date: date, user: user)
        let reviewed = try reviewedItems(user: viewer, date: date)
        return DailyReview.queue(cases: candidates, date: date, user: user, reviewed: reviewed)
    }
}
