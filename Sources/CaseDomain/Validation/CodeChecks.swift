/// Checks for the coded strings of docs/domain.md: nationality and language tags.
public enum CodeChecks {
    /// An assigned ISO 3166-1 alpha-2 code (`RU`, `UA`) or `stateless`: what a form or an import accepts.
    public static func isNationality(_ text: String) -> Bool {
        text == "stateless" || CountryCodes.assigned.contains(text)
    }

    /// Two uppercase ASCII letters or `stateless`: what earlier versions accepted as a nationality, so a
    /// stored `XX` of that shape is still read (with a warning) rather than refused.
    public static func hasNationalityShape(_ text: String) -> Bool {
        if text == "stateless" { return true }
        let bytes = Array(text.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// A BCP 47 primary language subtag: 2 or 3 lowercase ASCII letters.
    public static func isLanguageTag(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return (2...3).contains(bytes.count) && bytes.allSatisfy { $0 >= 97 && $0 <= 122 }
    }

    /// Blank: empty or only white space. Required fields must not be blank.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
