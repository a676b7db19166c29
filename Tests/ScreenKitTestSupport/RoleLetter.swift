import ScreenKit

/// The letter each role is written as in a roles golden. A switch without `default`, so a new role
/// cannot be added without a letter; a test keeps the letters distinct.
public enum RoleLetter {
    public static func of(_ role: Role) -> Character {
        switch role {
        case .text: "."
        case .dim: ","
        case .header: "H"
        case .headerBadge: "B"
        case .headerReadOnly: "R"
        case .border: "|"
        case .borderFocused: "#"
        case .title: "t"
        case .titleFocused: "T"
        case .selection: "s"
        case .selectionUnfocused: "S"
        case .hint: "_"
        case .hintKey: "k"
        case .hintDisabled: "x"
        case .input: "i"
        case .notice: "n"
        case .error: "E"
        case .overlay: "o"
        case .overlayBorder: "O"
        case .privacy: "p"
        case .banner: "c"
        case .bannerMatter: "C"
        case .eventPast: "e"
        case .eventFuture: "f"
        case .eventHearing: "a"
        case .deadline: "D"
        case .deadlineOverdue: "!"
        case .deadlineSoon: "^"
        case .deadlineUpcoming: "u"
        case .deadlineMet: "m"
        case .deadlineLapsed: "l"
        case .deadlineEligibility: "y"
        case .custodyDetained: "K"
        case .custodyReleased: "r"
        case .custodyRemoved: "v"
        case .evidenceDone: "V"
        case .evidenceMissing: "M"
        case .evidenceProgress: "P"
        case .evidenceTranslation: "L"
        case .meterFilled: "="
        case .meterEmpty: "-"
        }
    }
}
