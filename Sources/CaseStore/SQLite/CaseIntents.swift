import CaseDomain

/// The writes the screens make, each named after what the user means; each is one transaction with its
/// audit row, and fails with `StoreError.conflict` when the case changed since `expectedVersion`.
extension SQLiteCaseStore {
    /// Adds an event to the timeline; it gets the next recording sequence and, unless set, the current user.
    @discardableResult
    public func recordEvent(_ event: TimelineEvent, matter: String, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .recordEvent,
                   detail: "\(event.kind.rawValue) on \(event.date.iso)") { file in
            var event = event
            event.sequence = (file.events.map(\.sequence).max() ?? 0) + 1
            if event.recordedBy == nil { event.recordedBy = currentUser }
            file.events.append(event)
        }
    }

    /// Replaces the event recorded with `sequence` (its sequence is kept).
    @discardableResult
    public func updateEvent(sequence: Int, to event: TimelineEvent, matter: String,
                            expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .updateEvent,
                   detail: "\(event.kind.rawValue) on \(event.date.iso)") { file in
            guard let index = file.events.firstIndex(where: { $0.sequence == sequence }) else {
                throw StoreError.invalidField(matter: matter, field: "events", problem: "has no event \(sequence)")
            }
            var event = event
            event.sequence = sequence
            file.events[index] = event
        }
    }

    /// Removes the event recorded with `sequence` (the audit row keeps it).
    @discardableResult
    public func removeEvent(sequence: Int, matter: String, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .removeEvent) { file in
            guard let index = file.events.firstIndex(where: { $0.sequence == sequence }) else {
                throw StoreError.invalidField(matter: matter, field: "events", problem: "has no event \(sequence)")
            }
            file.events.remove(at: index)
        }
    }

    /// A new custody status from `period.from`: the current period ends that day and `period` becomes current.
    @discardableResult
    public func changeCustody(to period: CustodyPeriod, matter: String, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .changeCustody,
                   detail: "\(period.status.rawValue) from \(period.from.iso)") { file in
            for index in file.custody.indices where file.custody[index].to == nil {
                guard file.custody[index].from < period.from else {
                    throw StoreError.invalidField(matter: matter, field: "custody[\(index)].from",
                                                  problem: "is not before the new status's date \(period.from.iso)")
                }
                file.custody[index].to = period.from
            }
            file.custody.append(period)
        }
    }

    /// Corrects the custody period at `index` (its dates, place, sponsor, …).
    @discardableResult
    public func updateCustody(at index: Int, to period: CustodyPeriod, matter: String,
                              expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .updateCustody) { file in
            guard file.custody.indices.contains(index) else {
                throw StoreError.invalidField(matter: matter, field: "custody[\(index)]", problem: "does not exist")
            }
            file.custody[index] = period
        }
    }

    @discardableResult
    public func addEvidence(_ item: EvidenceItem, matter: String, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .addEvidence,
                   detail: item.category.rawValue) { $0.evidence.append(item) }
    }

    /// Replaces the evidence item at `index` of the stored list (the version guarantees it is the same list).
    @discardableResult
    public func updateEvidence(at index: Int, to item: EvidenceItem, matter: String,
                               expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .updateEvidence,
                   detail: "\(item.category.rawValue): \(item.status.rawValue)") { file in
            guard file.evidence.indices.contains(index) else {
                throw StoreError.invalidField(matter: matter, field: "evidence[\(index)]", problem: "does not exist")
            }
            file.evidence[index] = item
        }
    }

    @discardableResult
    public func closeCase(matter: String, closure: CaseClosure, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .closeCase,
                   detail: "\(closure.reason.rawValue) on \(closure.date.iso)") { $0.closed = closure }
    }

    @discardableResult
    public func reopenCase(matter: String, expectedVersion: Int) throws -> StoredCase {
        try change(matter: matter, expectedVersion: expectedVersion, action: .reopenCase) { $0.closed = nil }
    }
}
