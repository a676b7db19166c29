import CaseDomain
import ScreenKit

extension DashboardState {
    /// A form's save met someone else's save of the same case: nothing is overwritten. The form stays
    /// open with what was typed, based again on their case.
    mutating func formConflicted(theirs: CaseFile, version: Int) -> [Effect] {
        guard var open = form else { return [] }
        open.saving = nil
        open.changedElsewhere = true
        open.saveProblem = "Someone else saved this case meanwhile: nothing was saved"
        form = open
        return refuse(open.saveProblem ?? "")
    }

    mutating func quickConflicted(_ pending: PendingSave, theirs: CaseFile, version: Int) -> [Effect] {
        quickSave = nil
        message = StatusMessage("Not saved: someone else changed the case meanwhile; look again and retry", isError: true)
        return [.loadCase(id: pending.caseID)]
    }

    mutating func saveResolvedConflict() -> [Effect] { [] }

    mutating func conflictMove(by delta: Int) -> [Effect] { [] }

    mutating func conflictKey(_ key: Key) -> [Effect] { [] }
}
