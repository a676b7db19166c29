/// An alien registration number: exactly nine ASCII digits once normalised.
public struct ANumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The nine digits.
    public let digits: String

    /// Parses every spelling docs/domain.md accepts: an optional `A`/`a`, optionally followed by a space or
    /// dash, then 7 to 9 ASCII digits, optionally grouped by single spaces or dashes. 7 and 8 digits are
    /// zero-padded. Everything else (non-ASCII digits, 10 digits, doubled separators) is rejected.
    public init?(parsing text: some StringProtocol) {
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == "A" || first == "a" {
            scalars.removeFirst()
            if let next = scalars.first, next == " " || next == "-" { scalars.removeFirst() }
        }
        var digits = ""
        var previousWasSeparator = true  // no leading separator after the prefix's own one
        for scalar in scalars {
            if scalar.isASCIIDigit {
                digits.unicodeScalars.append(scalar)
                previousWasSeparator = false
            } else if scalar == " " || scalar == "-" {
                if previousWasSeparator { return nil }
                previousWasSeparator = true
            } else {
                return nil
            }
        }
        guard !previousWasSeparator, (7...9).contains(digits.count) else { return nil }
        self.digits = String(repeating: "0", count: 9 - digits.count) + digits
    }

    /// `A 012 345 678`.
    public var display: String {
        let chars = Array(digits)
        return "A " + String(chars[0..<3]) + " " + String(chars[3..<6]) + " " + String(chars[6..<9])
    }

    public var description: String { display }

    public static func < (lhs: ANumber, rhs: ANumber) -> Bool { lhs.digits < rhs.digits }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }
}
