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
        var scope: ReviewQueue.Scope = user.map { .user($0) } ?? .everyone
        if let user, firmWhenNoCases, try !hasOpenCases(user: user) { scope = .firm }
        let marks = try reviewMarks(date: date)
        let subject: String?
        switch scope {
        case .user(let login): subject = login
        case .everyone, .firm: subject = nil
        }
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
}
