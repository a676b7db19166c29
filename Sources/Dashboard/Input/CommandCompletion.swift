import CaseDomain

/// What Tab did to a command line.
public enum Completion: Hashable, Sendable {
    /// One name matched: the line completed with it.
    case completed(String)
    /// Several matched: the line extended to what they share, and the ones left to choose from.
    case narrowed(String, choices: [String])
    /// Nothing matched.
    case failed(CommandError)
}

extension CommandTable {
    /// Completes the command line `text`: the command's name while it is the only word, else its
    /// argument from `choices(argument, prefix)` (the themes, the orders, the matters that begin so).
    public static func complete(_ text: String, choices: (CommandArgument, String) -> [String]) -> Completion {
        let leading = String(text.prefix { $0 == " " })
        let rest = text.dropFirst(leading.count)
        guard let space = rest.firstIndex(of: " ") else {
            let typed = String(rest)
            let names = commands.filter { $0.name.hasPrefix(typed.lowercased()) || $0.isNamed(typed) }
            switch names.count {
            case 0: return .failed(CommandError("No command begins " + TextSafety.quoted(typed)
                                                + " (" + commands.map(\.name).joined(separator: ", ") + ")"))
            case 1:
                let spec = names[0]
                return .completed(leading + spec.name + (spec.argument == .none ? "" : " "))
            default:
                let shared = commonPrefix(names.map(\.name))
                return .narrowed(leading + (shared.count > typed.count ? shared : typed), choices: names.map(\.name))
            }
        }
        let verb = String(rest[..<space])
        guard let spec = spec(named: verb) else { return .failed(unknown(verb)) }
        let typed = String(rest[rest.index(after: space)...].drop { $0 == " " })
        let matches = spec.argument == .none ? [] : choices(spec.argument, typed)
        let head = leading + verb + " "
        switch matches.count {
        case 0:
            if spec.argument == .none { return .failed(CommandError(spec.usage + " takes nothing after it")) }
            return .failed(CommandError("No " + spec.argument.noun + " begins " + TextSafety.quoted(typed)))
        case 1: return .completed(head + matches[0])
        default:
            let shared = commonPrefix(matches)
            return .narrowed(head + (shared.count > typed.count ? shared : typed), choices: matches)
        }
    }

    /// The longest beginning every one of `words` shares.
    static func commonPrefix(_ words: [String]) -> String {
        guard var shared = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(shared) { shared.removeLast() }
        }
        return shared
    }

    /// The candidates of an argument that begin with `prefix` (ignoring case), for `complete`.
    public static func candidates(_ argument: CommandArgument, prefix: String, themes: [String],
                                  matters: () -> [String]) -> [String] {
        let folded = prefix.lowercased()
        let all: [String]
        switch argument {
        case .none: all = []
        case .matter: all = matters()
        case .theme: all = themes
        case .sort: all = CaseSort.allCases.map(\.rawValue)
        case .administration(.staff): all = prefix.contains(" ") ? [] : ["add", "remove"]
        case .administration(.settings): all = []
        }
        return all.filter { $0.lowercased().hasPrefix(folded) }
    }
}
