import CaseDomain
import Foundation

/// The `/` filter: a case matches when the query is found in its client's name (any script, any common
/// romanisation, case and diacritics ignored), its Latin spelling, its matter number, or its A-number
/// (written any way docs/domain.md accepts, or any run of its digits).
///
/// Matches are precise: every letter of the query is in the name it finds (`zzz` finds only names with
/// three z's in a row), while spelling variants meet in their skeleton (Dmitrii, Dmitry and Dmitriy find
/// Дмитрий) and a single letter of the query matches a doubled one (Kiril finds Kirill). The names' folded
/// forms come with each row (`CaseRow.searchKeys`, kept in the store), so a keystroke only compares bytes.
public struct CaseFilter: Sendable, Hashable {
    public let query: String
    /// The query folded in its own script, and its matter form (lower case).
    private let ownScript: [UInt8]
    private let matterQuery: [UInt8]
    /// The skeleton of the query's Latin spelling, as runs of equal bytes.
    private let skeleton: [NameSearch.Run]
    private let digits: String

    public init(_ query: String) {
        self.query = query
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        ownScript = Array(Transliteration.fold(trimmed.precomposedStringWithCanonicalMapping).utf8)
        skeleton = NameSearch.runs(of: Transliteration.skeleton(Transliteration.latin(trimmed)))
        matterQuery = Array(trimmed.lowercased().utf8)
        // Only a query made of an optional A, digits, spaces and dashes is read as an A-number.
        var scalars = Substring(trimmed)
        if let first = scalars.first, first == "A" || first == "a" { scalars = scalars.dropFirst() }
        let isNumberLike = !scalars.isEmpty && scalars.allSatisfy { $0.isASCII && ($0.isNumber || $0 == " " || $0 == "-") }
        digits = isNumberLike ? String(scalars.filter(\.isNumber)) : ""
    }

    /// Whether the filter shows everything.
    public var isEmpty: Bool { ownScript.isEmpty }

    /// Whether a case matches.
    public func matches(_ row: CaseRow) -> Bool {
        matches(searchKeys: row.searchKeys, aNumber: row.aNumber)
    }

    /// Whether a case with these keys and A-number matches: the list passes the two fields of each row
    /// rather than the row, whose copy (a dozen references counted up and down) cost more than the match.
    func matches(searchKeys: String, aNumber: ANumber?) -> Bool {
        if isEmpty { return true }
        if digits.count >= 3, let number = aNumber?.digits, Transliteration.contains(number, digits) { return true }
        var keys = searchKeys
        return keys.withUTF8 { haystack in
            if Self.bytes(haystack, contain: ownScript) || Self.bytes(haystack, contain: matterQuery) { return true }
            return !skeleton.isEmpty && NameSearch.containsRuns(haystack, skeleton)
        }
    }

    private static func bytes(_ haystack: UnsafeBufferPointer<UInt8>, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
