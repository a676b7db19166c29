import CaseDomain
import CaseStore

/// The store's intentions, as the tests name them, on top of the one edit primitive (`apply`).
extension CaseRepository {
    func id(of matter: String) throws -> CaseID {
        guard let id = try loadCase(matter: matter)?.file.id else { throw StoreError.caseNotFound(matter: matter) }
        return id
    }

    @discardableResult
    func recordEvent(_ event: TimelineEvent, matter: String, expectedVersion: Int) throws -> StoredCase {
        try apply(.recordEvent(event), to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func changeCustody(to period: CustodyPeriod, matter: String, expectedVersion: Int) throws -> StoredCase {
        try apply(.changeCustody(period), to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func addEvidence(_ item: EvidenceItem, matter: String, expectedVersion: Int) throws -> StoredCase {
        try apply(.addEvidence(item), to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func updateEvidence(_ itemID: ItemID, to item: EvidenceItem, matter: String, expectedVersion: Int) throws -> StoredCase {
        try apply(.updateEvidence(itemID, item), to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func closeCase(matter: String, closure: CaseClosure, expectedVersion: Int) throws -> StoredCase {
        try apply(.close(closure), to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func reopenCase(matter: String, expectedVersion: Int) throws -> StoredCase {
        try apply(.reopen, to: id(of: matter), expectedVersion: expectedVersion)
    }

    @discardableResult
    func replaceCase(matter: String, with file: CaseFile, expectedVersion: Int) throws -> StoredCase {
        try apply(.replace(file), to: id(of: matter), expectedVersion: expectedVersion)
    }

    func auditTrail(matter: String) throws -> [AuditEntry] {
        guard let id = try loadCase(matter: matter)?.file.id else { return [] }
        return try auditTrail(caseID: id)
    }
}

extension ImportTransaction {
    /// Replaces the stored case with the same matter entirely.
    func replace(_ file: CaseFile, source: BulkSource) throws {
        guard let id = try storedCase(matter: file.matter)?.file.id else { throw StoreError.caseNotFound(matter: file.matter) }
        try apply([.replace(file)], to: id, source: source)
    }
}
