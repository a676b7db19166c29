import CaseDomain
import CaseStore
import Dashboard

/// The dashboard's writes: each one audited change at the version its form was opened on.
extension StoreDataSource {
    func loadVersionedCase(id: CaseID) throws -> VersionedCase? {
        try store.loadCase(id: id).map { VersionedCase(file: $0.file, version: $0.version, refusedValues: $0.refusedValues) }
    }

    /// A version that moved on comes back as their case, for the merge; the store's refusals and a busy
    /// store become messages.
    func save(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> CaseSaveOutcome {
        do {
            return .saved(version: try writing { try store.apply(edits, to: id, expectedVersion: expectedVersion) }.version)
        } catch StoreError.conflict {
            guard let theirs = try writing({ try store.loadCase(id: id) }) else {
                throw DashboardWriteError.refused("Not saved: someone else deleted the case")
            }
            return .conflict(theirs: theirs.file, version: theirs.version)
        }
    }

    func create(_ file: CaseFile) throws -> CaseID {
        let stored = try writing { try store.createCase(file) }
        guard let id = stored.file.id else { throw DashboardWriteError.refused("The store gave the new case no id") }
        return id
    }

    /// The audit trail keeps the whole case; a case changed since it was shown is not deleted.
    func deleteCase(id: CaseID, expectedVersion: Int) throws {
        do {
            try writing { try store.deleteCase(id: id, expectedVersion: expectedVersion) }
        } catch StoreError.conflict {
            throw DashboardWriteError.refused("Not deleted: someone else changed the case meanwhile; look at it again first")
        }
    }

    func possibleDuplicates(of file: CaseFile) throws -> [PossibleDuplicate] {
        try store.possibleDuplicates(of: file).map { found in
            let reason: PossibleDuplicate.Reason
            switch found.reason {
            case .sameANumber: reason = .sameANumber
            case .sameNameAndBirthDate: reason = .sameNameAndBirthDate
            }
            return PossibleDuplicate(caseID: found.caseID, matter: found.matter, clientName: found.clientName, reason: reason)
        }
    }

    /// Runs a write, turning the store's errors into the dashboard's words.
    private func writing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError {
            if case .busy = error {
                throw DashboardWriteError.busy("The store is busy (another user is writing): nothing was saved; try again")
            }
            // A conflict is the caller's to merge.
            if case .conflict = error { throw error }
            throw DashboardWriteError.refused("Not saved: " + error.description)
        }
    }
}
