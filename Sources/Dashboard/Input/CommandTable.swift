import CaseDomain

/// What a `:` command takes after its name.
public enum CommandArgument: Hashable, Sendable {
    case none
    /// A case's matter number.
    case matter
    /// A theme's name (or a path to a theme file).
    case theme
    /// One of the list's orders.
    case sort
    /// Nothing (show), or the words of a change (`:staff add …`, `:settings KEY VALUE`).
    case administration(AdminTopic)

    /// How the usage line names it: `MATTER`, `NAME`, `next|name|matter`; nil when there is none.
    public var usage: String? {
        switch self {
        case .none: nil
        case .matter: "MATTER"
        case .theme: "NAME"
        case .sort: CaseSort.allCases.map(\.rawValue).joined(separator: "|")
        case .administration(.staff): "[add|remove …]"
        case .administration(.settings): "[KEY VALUE]"
        }
    }

    /// What one value is called in a message: `No theme begins "x"`.
    public var noun: String {
        switch self {
        case .none: "argument"
        case .matter: "case"
        case .theme: "theme"
        case .sort: "order"
        case .administration(.staff): "action"
        case .administration(.settings): "setting"
        }
    }
}

/// A `:` command, parsed.
public enum Command: Hashable, Sendable {
    case goto(matter: String)
    case theme(name: String)
    case sort(CaseSort)
    /// The drafts found at the start, offered again.
    case drafts
    /// The deleted cases listed, to bring one back from its history.
    case deleted
    /// The staff directory or the settings shown (nil) or changed.
    case administer(AdminTopic, AdminChange?)
    case quit
}

/// One line of the command table: the name and its short forms, what it takes, what it does.
public struct CommandSpec: Hashable, Sendable {
    public var name: String
    public var aliases: [String]
    public var argument: CommandArgument
    /// What the help and the README say it does.
    public var summary: String
    /// Said after the usage when the argument is missing or wrong.
    public var hint: String?

    public init(_ name: String, aliases: [String] = [], argument: CommandArgument, _ summary: String, hint: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.summary = summary
        self.hint = hint
    }

    /// `:goto MATTER`.
    public var usage: String { ":" + name + (argument.usage.map { " " + $0 } ?? "") }

    /// Whether `word` names this command (its name or a short form, in any case).
    public func isNamed(_ word: String) -> Bool {
        let word = word.lowercased()
        return word == name || aliases.contains(word)
    }
}

/// Why a command line could not run, in words for the hint bar.
public struct CommandError: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// THE command table, beside the key table: parsing, the usage and error messages, Tab completion, the
/// `?` help and the README's commands section all read it, so they cannot disagree.
public enum CommandTable {
    public static let commands: [CommandSpec] = [
        CommandSpec("goto", aliases: ["go", "g"], argument: .matter, "Open the case with this matter number"),
        CommandSpec("theme", argument: .theme, "Use another theme for this session", hint: "casedesk themes lists them"),
        CommandSpec("sort", argument: .sort, "Order the list by next deadline, client name or matter"),
        CommandSpec("staff", argument: .administration(.staff),
                    "Staff: add LOGIN ROLE INITIALS NAME, remove LOGIN"),
        CommandSpec("settings", argument: .administration(.settings),
                    "Store settings; KEY VALUE changes one"),
        CommandSpec("deleted", argument: .none, "Deleted cases: Enter shows one's history to restore it"),
        CommandSpec("drafts", argument: .none, "Offer the unsaved drafts found at the start again"),
        CommandSpec("quit", aliases: ["q"], argument: .none, "Quit"),
    ]

    /// What each command that takes nothing after its name means, by name.
    static let plainCommands: [String: Command] = ["deleted": .deleted, "drafts": .drafts, "quit": .quit]

    /// The commands with their arguments, for the `:` key's summary: `goto MATTER, theme NAME, …`.
    public static var synopsis: String {
        commands.map { String($0.usage.dropFirst()) }.joined(separator: ", ")
    }

    /// The command a word names.
    public static func spec(named word: String) -> CommandSpec? {
        commands.first { $0.isNamed(word) }
    }

    /// Parses a command line (without its `:`); nil for a blank line, which does nothing.
    public static func parse(_ text: String) -> Result<Command, CommandError>? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let verb = words.first else { return nil }
        guard let spec = spec(named: verb) else { return .failure(unknown(verb)) }
        let argument = words.dropFirst().joined(separator: " ")
        switch spec.argument {
        case .none:
            guard argument.isEmpty else { return .failure(CommandError(spec.usage + " takes nothing after it")) }
            guard let command = plainCommands[spec.name] else { return .failure(unknown(verb)) }
            return .success(command)
        case .matter:
            guard !argument.isEmpty else { return .failure(usage(spec)) }
            return .success(.goto(matter: argument))
        case .theme:
            guard !argument.isEmpty else { return .failure(usage(spec)) }
            return .success(.theme(name: argument))
        case .sort:
            guard let order = CaseSort(rawValue: argument.lowercased()) else { return .failure(usage(spec)) }
            return .success(.sort(order))
        case .administration(let topic):
            let rest = Array(words.dropFirst())
            let change: Result<AdminChange, CommandError>?
            switch topic {
            case .staff: change = AdminChange.staff(rest)
            case .settings: change = AdminChange.settings(rest)
            }
            switch change {
            case nil: return .success(.administer(topic, nil))
            case .success(let change)?: return .success(.administer(topic, change))
            case .failure(let error)?: return .failure(error)
            }
        }
    }

    static func unknown(_ verb: String) -> CommandError {
        CommandError("Unknown command " + TextSafety.quoted(verb) + " (" + commands.map(\.name).joined(separator: ", ") + ")")
    }

    static func usage(_ spec: CommandSpec) -> CommandError {
        CommandError("Usage: " + spec.usage + (spec.hint.map { " (" + $0 + ")" } ?? ""))
    }
}
