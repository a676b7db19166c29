import CaseDomain
import Foundation

/// The `/` filter: a case matches when the query is found in its client's name (any script, any common
/// romanisation, case and diacritics ignored), its Latin spelling, its matter number, or its A-number
/// (written any way docs/domain.md accepts, or any run of its digits).
public struct CaseFilter: Sendable, Hashable {
    public let query: String
    private let ownScript: String
    private let skeleton: String
    private let digits: String
    private let matterQuery: String

    public init(_ query: String) {
        self.query = query
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        ownScript = Transliteration.fold(trimmed.precomposedStringWithCanonicalMapping)
        skeleton = Transliteration.skeleton(Transliteration.latin(trimmed))
        matterQuery = trimmed.lowercased()
        // Only a query made of an optional A, digits, spaces and dashes is read as an A-number.
        var scalars = Substring(trimmed)
        if let first = scalars.first, first == "A" || first == "a" { scalars = scalars.dropFirst() }
        let isNumberLike = !scalars.isEmpty && scalars.allSatisfy { $0.isASCII && ($0.isNumber || $0 == " " || $0 == "-") }
        digits = isNumberLike ? String(scalars.filter(\.isNumber)) : ""
    }

    /// Whether the filter shows everything.
    public var isEmpty: Bool { ownScript.isEmpty }

    /// Whether a case matches (folding its names on the spot; the list uses the cached form).
    public func matches(_ row: CaseRow) -> Bool {
        matches(row, keys: NameKeys(row))
    }

    /// Whether a case matches, given its names' folded forms.
    public func matches(_ row: CaseRow, keys: NameKeys) -> Bool {
        if isEmpty { return true }
        if Transliteration.contains(keys.matter, matterQuery) { return true }
        if digits.count >= 3, let number = row.aNumber?.digits, Transliteration.contains(number, digits) { return true }
        if keys.ownScript.contains(where: { Transliteration.contains($0, ownScript) }) { return true }
        if !skeleton.isEmpty, keys.skeletons.contains(where: { Transliteration.contains($0, skeleton) }) { return true }
        return false
    }
}
