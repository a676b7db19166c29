import CaseDomain
import ScreenKit

extension DashboardState {
    /// A form's save met someone else's save of the same case: the form's edits are merged with theirs
    /// field by field (`CaseMerge`). Without conflicts the merged case is saved over their version; with
    /// conflicts the conflict screen asks, per field. Nothing typed is lost, nothing of theirs is
    /// overwritten without a choice.
    mutating func formConflicted(theirs: CaseFile, version: Int) -> [Effect] {
        guard var open = form, let pending = open.saving else { return [] }
        open.saving = nil
        open.changedElsewhere = true
        guard let result = merge(pending, theirs: theirs, version: version) else {
            open.saveProblem = "Not saved: someone else's change leaves these edits nothing to apply to; Esc closes the form"
            form = open
            return refuse(open.saveProblem ?? "")
        }
        if result.conflicts.isEmpty { return resave(result.merged, over: theirs, version: version, form: &open) }
        open.conflict = ConflictState(result: result, theirs: theirs, version: version)
        form = open
        message = StatusMessage("Someone else saved this case meanwhile: choose per field, then Ctrl-S")
        return []
    }

    /// Ctrl-S on the conflict screen: saves the case with the choices made, once every field has one.
    mutating func saveResolvedConflict() -> [Effect] {
        guard var open = form, let conflict = open.conflict else { return [] }
        let left = conflict.conflicts.filter { conflict.choices[$0.path] == nil }.count
        guard left == 0 else { return refuse("Not saved: choose yours or theirs for every field (\(left) left)") }
        open.conflict = nil
        return resave(conflict.result.resolved(conflict.choices), over: conflict.theirs, version: conflict.version, form: &open)
    }

    /// Saves `file` whole over their version; a further conflict merges again from theirs.
    private mutating func resave(_ file: CaseFile, over theirs: CaseFile, version: Int, form open: inout FormState) -> [Effect] {
        guard let id = open.caseID else { return [] }
        let edits: [CaseEdit] = [.replace(file)]
        open.base = theirs
        open.baseVersion = version
        open.saving = PendingSave(caseID: id, base: theirs, edits: edits, version: version)
        form = open
        message = StatusMessage("Merged with their changes: saving…")
        return [.save(edits: edits, caseID: id, expectedVersion: version)]
    }

    /// A one-key edit met someone else's save: merged the same way; if both changed the same thing,
    /// nothing is saved and the case is shown as it now is.
    mutating func quickConflicted(_ pending: PendingSave, theirs: CaseFile, version: Int) -> [Effect] {
        quickSave = nil
        guard let result = merge(pending, theirs: theirs, version: version), result.conflicts.isEmpty else {
            message = StatusMessage("Not saved: someone else changed the same thing meanwhile; look again and retry", isError: true)
            return [.loadCase(id: pending.caseID)]
        }
        let edits: [CaseEdit] = [.replace(result.merged)]
        quickSave = PendingSave(caseID: pending.caseID, base: theirs, edits: edits, version: version)
        return [.save(edits: edits, caseID: pending.caseID, expectedVersion: version)]
    }

    /// The pending edits applied to the case they were made on, merged with theirs; nil when the edits no
    /// longer apply. New items get ids of the version the save will make, so they cannot meet theirs'.
    private func merge(_ pending: PendingSave, theirs: CaseFile, version: Int) -> CaseMergeResult? {
        let context = EditContext(user: user, newVersion: version + 1)
        guard let mine = try? CaseEditor.apply(pending.edits, to: pending.base, context: context) else { return nil }
        return CaseMerge.merge(base: pending.base, mine: mine, theirs: theirs)
    }

    /// ↑/↓ (and Tab) on the conflict screen: the next or previous field.
    mutating func conflictMove(by delta: Int) -> [Effect] {
        guard var conflict = form?.conflict, !conflict.conflicts.isEmpty else { return [] }
        conflict.selected = max(0, min(conflict.conflicts.count - 1, conflict.selected + delta))
        form?.conflict = conflict
        return []
    }

    /// `y`/← keeps yours, `t`/→ takes theirs, ↑/↓ move.
    mutating func conflictKey(_ key: Key) -> [Effect] {
        guard var conflict = form?.conflict else { return [] }
        if key == .up { return conflictMove(by: -1) }
        if key == .down { return conflictMove(by: 1) }
        if key == .character("y") || key == .left {
            conflict.choose(.mine)
        } else if key == .character("t") || key == .right {
            conflict.choose(.theirs)
        } else {
            return []
        }
        // After a choice, on to the next field still to choose.
        let next = conflict.conflicts.indices.first { $0 > conflict.selected && conflict.choices[conflict.conflicts[$0].path] == nil }
        if let next { conflict.selected = next }
        form?.conflict = conflict
        return []
    }
}
