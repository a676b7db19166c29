import CaseDomain

/// The store's last line of defence, worded as a `StoreError`: the domain's `CaseEditor.checked` (NFC text,
/// `CaseValidation`), so nothing is written that the reader would refuse.
enum WriteCheck {
    static func checked(_ file: CaseFile) throws -> CaseFile {
        do {
            return try CaseEditor.checked(file)
        } catch {
            throw StoreError.invalidField(matter: file.matter, field: error.field, problem: error.message)
        }
    }
}
