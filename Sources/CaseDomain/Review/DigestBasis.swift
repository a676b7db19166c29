/// The date-independent facts that let a digest be carried forward to a later date without the case:
/// what the stored digest leaves out (the due dates of deadlines already met, of eligibility dates) and the
/// last date up to which the rules give the same items whatever the day.
///
/// A digest computed for `computedFor` and carried to a date up to `rollsThrough` equals the digest the
/// rules compute from the whole case for that date (`CaseDigest.rolled(to:basis:)`): only states, days
/// left, passed hearings and passed appointments change, and each follows from the stored facts. Past
/// `rollsThrough` something the digest cannot know happens (the next annual fee anniversary, an open stop
/// of the asylum clock, the end of a future-dated detention period), and the case is read again.
public struct DigestBasis: Hashable, Sendable {
    /// The last date the digest may be carried to without reading the case again.
    public var rollsThrough: CivilDate
    /// The due dates (the digest's day or later) of the items the digest does not keep (met, late,
    /// eligibility), each with its hearing when it belongs to one: they bound the carried digest's validity.
    public var laterDues: [LaterDue]

    public init(rollsThrough: CivilDate, laterDues: [LaterDue]) {
        self.rollsThrough = rollsThrough
        self.laterDues = laterDues
    }

    /// A due date the digest does not keep, and the hearing whose passing removes it.
    public struct LaterDue: Hashable, Sendable {
        public var due: CivilDate
        public var hearing: CivilDate?

        public init(due: CivilDate, hearing: CivilDate?) {
            self.due = due
            self.hearing = hearing
        }
    }

    /// The compact text the store keeps (`laterDues` as day numbers, `due@hearing` for a hearing's).
    public var laterDuesText: String {
        laterDues.map { due in
            due.hearing.map { "\(due.due.dayNumber)@\($0.dayNumber)" } ?? String(due.due.dayNumber)
        }.joined(separator: ",")
    }

    /// Reads `laterDuesText` back with its `rollsThrough`; nil when the text is not in the store's form.
    public init?(rollsThrough: CivilDate, laterDuesText text: String) {
        var dues: [LaterDue] = []
        for entry in text.split(separator: ",", omittingEmptySubsequences: false) where !text.isEmpty {
            let parts = entry.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count <= 2, let due = Int(parts[0]) else { return nil }
            var hearing: CivilDate?
            if parts.count == 2 {
                guard let day = Int(parts[1]) else { return nil }
                hearing = CivilDate(dayNumber: day)
            }
            dues.append(LaterDue(due: CivilDate(dayNumber: due), hearing: hearing))
        }
        self.init(rollsThrough: rollsThrough, laterDues: dues)
    }
}
