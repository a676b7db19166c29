import CaseDomain
import CaseFormats
import Foundation

/// Encodes and decodes what a case row keeps: the case as its `casedesk/1` case object (the export's own
/// codec, so a stored case and an exported one are the same text) and the digest in its compact form.
struct CaseCodec: Sendable {
    func document(_ file: CaseFile) throws -> String {
        CaseJSONDocument.text(for: file)
    }

    func file(fromDocument text: String) throws -> CaseFile {
        try storedFile(fromDocument: text).file
    }

    /// The case, with the values it holds that casedesk would not accept now (`field: problem`, in the
    /// document's order): such a case still opens, lists and exports, and its text is shown inert. Only a
    /// document whose structure is broken is an error.
    func storedFile(fromDocument text: String) throws -> (file: CaseFile, refused: [String]) {
        if let file = try? CaseJSONDocument.file(from: text, source: "case document") { return (file, []) }
        do {
            let read = try CaseJSONDocument.fileKeepingRefusedValues(from: text, source: "case document")
            return (read.file, read.refused.map { error in
                (error.field.map { $0.hasPrefix("case.") ? String($0.dropFirst(5)) : $0 }.map { $0 + ": " } ?? "")
                    + error.message
            })
        } catch {
            throw DocumentError.malformed("a case document")
        }
    }

    func digest(_ digest: CaseDigest) throws -> String {
        digest.compactText
    }

    func digest(fromText text: String) throws -> CaseDigest {
        guard let digest = CaseDigest(compactText: text) else {
            throw DocumentError.malformed("a case digest")
        }
        return digest
    }

    /// The top-level fields that differ between two documents, as JSON objects `{field: value}` for the
    /// audit row's before and after (nil when nothing is on that side). Only the fields whose texts differ
    /// are parsed (`TopLevelFields`); equal texts are equal values. A document not split plainly is
    /// compared whole, as before.
    static func changedFields(before: String?, after: String?) -> (before: String?, after: String?) {
        guard let before, let after, let old = TopLevelFields.split(before), let new = TopLevelFields.split(after) else {
            return changedFieldsParsingWhole(before: before, after: after)
        }
        var changedOld: [String: Any] = [:]
        var changedNew: [String: Any] = [:]
        for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
            guard let a = parsedValue(old[key]), let b = parsedValue(new[key]) else {
                return changedFieldsParsingWhole(before: before, after: after)
            }
            if canonical(a) != canonical(b) {
                changedOld[key] = a
                changedNew[key] = b
            }
        }
        return (canonicalText(changedOld), canonicalText(changedNew))
    }

    /// A member's value; a missing member is null, as in the whole-document comparison.
    private static func parsedValue(_ text: ArraySlice<UInt8>?) -> Any? {
        guard let text else { return NSNull() }
        return try? JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed])
    }

    private static func canonical(_ value: Any) -> Data? {
        try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed,
                                                                      .withoutEscapingSlashes])
    }

    private static func canonicalText(_ object: [String: Any]) -> String? {
        canonical(object).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Both documents parsed whole and every field compared.
    static func changedFieldsParsingWhole(before: String?, after: String?) -> (before: String?, after: String?) {
        func object(_ text: String?) -> [String: Any]? {
            guard let text, let data = text.data(using: .utf8) else { return nil }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
        guard let old = object(before), let new = object(after) else { return (before, after) }
        var changedOld: [String: Any] = [:]
        var changedNew: [String: Any] = [:]
        for key in Set(old.keys).union(new.keys) {
            let a = old[key] ?? NSNull()
            let b = new[key] ?? NSNull()
            if canonical(a) != canonical(b) {
                changedOld[key] = a
                changedNew[key] = b
            }
        }
        return (canonicalText(changedOld), canonicalText(changedNew))
    }
}
