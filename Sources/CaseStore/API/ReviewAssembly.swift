import CaseDomain

extension CaseRepository {
    /// The day's review queue, assembled once for every screen and command: the store's candidate cases
    /// (all of them, or those `user` works on as paralegal or attorney), the domain's `DailyReview.queue`
    /// over them, and the marks that count (`user`'s own; in everyone's queue each case's paralegal's;
    /// in the firm's queue the viewer's).
    /// With `firmWhenNoCases`, a `user` with no open case of their own gets the firm's queue (scope
    /// `.firm`). `team` adds each paralegal's progress (it reads everyone's queue).
    public func reviewQueue(date: CivilDate, user: String?, viewer: String, firmWhenNoCases: Bool = false,
                            team: Bool = false) throws -> ReviewQueue {
        let scope = try reviewScope(user: user, firmWhenNoCases: firmWhenNoCases)
        let marks = try reviewMarks(date: date)
        let subject = Self.subject(of: scope)
        let candidates = try reviewCandidates(date: date, user: subject)
        let items = ReviewQueue.counting(DailyReview.queue(cases: candidates, date: date, user: subject),
                                         scope: scope, marks: marks, viewer: viewer)
        var progress: [TeamProgress] = []
        if team {
            let everyone = subject == nil ? items
                : DailyReview.queue(cases: try reviewCandidates(date: date, user: nil), date: date, user: nil)
            let paralegals = try staff().filter { $0.role == .paralegal }.map(\.login)
            progress = ReviewQueue.team(everyone, paralegals: paralegals, marks: marks)
        }
        return ReviewQueue(date: date, scope: scope, items: items, viewerMarks: marks[viewer] ?? [], team: progress)
    }

    /// The counts of `reviewQueue(date:user:viewer:firmWhenNoCases:)`'s queue (items, those its scope
    /// counts as reviewed) and its scope, without building the queue: what a header shows.
    public func reviewCounts(date: CivilDate, user: String?, viewer: String,
                             firmWhenNoCases: Bool = false) throws -> (reviewed: Int, total: Int, scope: ReviewQueue.Scope) {
        let scope = try reviewScope(user: user, firmWhenNoCases: firmWhenNoCases)
        let subject = Self.subject(of: scope)
        let isReviewed = ReviewQueue.reviewedTest(scope: scope, marks: try reviewMarks(date: date), viewer: viewer)
        let counts = DailyReview.counts(cases: try reviewCandidates(date: date, user: subject), date: date,
                                        user: subject, isReviewed: isReviewed)
        return (counts.reviewed, counts.total, scope)
    }

    /// `user`'s queue, everyone's when nil; with `firmWhenNoCases`, the firm's for a user with no open case.
    private func reviewScope(user: String?, firmWhenNoCases: Bool) throws -> ReviewQueue.Scope {
        guard let user else { return .everyone }
        if firmWhenNoCases, try !hasOpenCases(user: user) { return .firm }
        return .user(user)
    }

    /// The login whose cases a scope's queue holds; nil for every open case.
    private static func subject(of scope: ReviewQueue.Scope) -> String? {
        switch scope {
        case .user(let login): login
        case .everyone, .firm: nil
        }
    }
}
