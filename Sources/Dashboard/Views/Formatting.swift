import CaseDomain
import Foundation

/// Dates, counts and names as the screen writes them. Every piece of stored text that reaches the
/// screen goes through `safe`, which makes control and bidi characters visible and inert.
enum Formatting {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mon 30 Nov 2026`.
    static func longDate(_ date: CivilDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Tue 15 Dec`.
    static func shortDate(_ date: CivilDate) -> String {
        "\(date.weekday.shortName) \(date.day) \(months[date.month - 1])"
    }

    /// `in 3d`, `today`, `2d ago`.
    static func relative(_ days: Int) -> String {
        if days == 0 { return "today" }
        return days > 0 ? "in \(days)d" : "\(-days)d ago"
    }

    /// Stored text made safe for the terminal; in ASCII mode non-ASCII letters become `?`.
    static func safe(_ text: String, ascii: Bool) -> String {
        let shown = TextSafety.display(text)
        guard ascii else { return shown }
        return String(String.UnicodeScalarView(shown.unicodeScalars.map { $0.isASCII ? $0 : "?" }))
    }

    /// A person's name: in its own script, or its Latin spelling in ASCII mode (transliterated when the
    /// store has none).
    static func name(_ name: String, latin: String?, ascii: Bool) -> String {
        guard ascii else { return safe(name, ascii: false) }
        if let latin, !latin.isEmpty { return safe(Formatting.folded(latin), ascii: true) }
        let words = Formatting.folded(Transliteration.latin(name)).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return safe(words.joined(separator: " "), ascii: true)
    }

    /// Latin letters without their diacritics (`Núñez` → `Nunez`), for ASCII terminals.
    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// `Иванов Д.` from `Дмитрий Иванов`: the family name first, for a narrow list.
    static func shortName(_ full: String) -> String {
        let words = full.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last, let initial = first.first else { return full }
        return "\(last) \(initial)."
    }

    /// Short labels of rules for the case list.
    static func shortLabel(_ rule: RuleID) -> String {
        switch rule {
        case .oneYearFiling: "1-year"
        case .prehearingMaster: "MCH"
        case .prehearingIndividual: "IH"
        case .biaAppeal: "BIA"
        case .pfr: "PFR"
        case .motionReconsider: "MTR-C"
        case .motionReopen: "MTR"
        case .eoir33: "EOIR-33"
        case .ar11: "AR-11"
        case .voluntaryDeparture: "VD"
        case .paroleExpiry: "parole"
        case .eadRenewal: "EAD"
        case .annualAsylumFee: "fee"
        case .eadFile: "EAD file"
        case .eadGrant: "EAD grant"
        case .task: "task"
        }
    }
}
