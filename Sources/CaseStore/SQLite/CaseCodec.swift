import CaseDomain
import Foundation

/// Encodes and decodes the stored JSON (documents and digests). One per transaction: the coders are not
/// shareable between threads.
final class CaseCodec {
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
    }

    func document(_ file: CaseFile) throws -> String {
        String(decoding: try encoder.encode(CaseDocument(file)), as: UTF8.self)
    }

    func file(fromDocument text: String) throws -> CaseFile {
        do {
            return try decoder.decode(CaseDocument.self, from: Data(text.utf8)).file()
        } catch {
            throw DocumentError.malformed("a case document")
        }
    }

    func digest(_ digest: CaseDigest) throws -> String {
        String(decoding: try encoder.encode(digest), as: UTF8.self)
    }

    func digest(fromText text: String) throws -> CaseDigest {
        do {
            return try decoder.decode(CaseDigest.self, from: Data(text.utf8))
        } catch {
            throw DocumentError.malformed("a case digest")
        }
    }

    /// The top-level fields that differ between two documents, as JSON objects `{field: value}` for the
    /// audit row's before and after (nil when nothing is on that side).
    static func changedFields(before: String?, after: String?) -> (before: String?, after: String?) {
        func object(_ text: String?) -> [String: Any]? {
            guard let text, let data = text.data(using: .utf8) else { return nil }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        }
        func canonical(_ value: Any) -> Data? {
            try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed,
                                                                          .withoutEscapingSlashes])
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
        func text(_ object: [String: Any]) -> String? {
            canonical(object).map { String(decoding: $0, as: UTF8.self) }
        }
        return (text(changedOld), text(changedNew))
    }
}
