import CaseDomain

/// What a data source that keeps no review answers (the screen says so): sources made for other tests.
public struct ReviewNotKept: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "this data source keeps no daily review" }
}

extension DashboardDataSource {
    public func reviewQueue(user: String, everyone: Bool, team: Bool, today: CivilDate) throws -> ReviewQueue {
        throw ReviewNotKept()
    }

    public func setReviewed(_ marked: Bool, itemID: String, user: String, today: CivilDate) throws {
        throw ReviewNotKept()
    }
}
