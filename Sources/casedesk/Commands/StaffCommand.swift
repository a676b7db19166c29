import ArgumentParser
import CaseDomain
import CaseStore

/// `casedesk staff`: the store's staff directory.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "List, add or remove people in the store's staff directory.",
        discussion: """
            Examples:
              casedesk staff
              casedesk staff add mreyes --name "Maria Reyes" --initials MR --role paralegal
              casedesk staff remove mreyes
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "add LOGIN or remove LOGIN; nothing to list.")
    var words: [String] = []

    @Option(help: "The full name (add).")
    var name: String?

    @Option(help: "Initials, as the kiosk shows them (add).")
    var initials: String?

    @Option(help: "paralegal, attorney or admin (add).")
    var role: String?

    func validate() throws {
        switch words.first {
        case nil: return
        case "add":
            guard words.count == 2 else { throw ValidationError("usage: casedesk staff add LOGIN --name N --initials I --role R") }
            guard name != nil, initials != nil, role != nil else {
                throw ValidationError("staff add needs --name, --initials and --role")
            }
        case "remove":
            guard words.count == 2 else { throw ValidationError("usage: casedesk staff remove LOGIN") }
        default:
            throw ValidationError("unknown action \(TextSafety.quoted(words[0])); use add or remove")
        }
    }

    func run() throws {
        let context = try store.context(readOnly: words.isEmpty)
        switch words.first {
        case "add":
            guard let roleText = role, let parsedRole = StaffRole(rawValue: roleText) else {
                throw CLIError("--role: \(TextSafety.quoted(role ?? "")) is not paralegal, attorney or admin")
            }
            try context.store.addStaff(StaffMember(login: words[1], name: name ?? "", initials: initials ?? "",
                                                   role: parsedRole))
            Streams.err("staff: added \(TextSafety.display(words[1]))\n")
        case "remove":
            try context.store.removeStaff(login: words[1])
            Streams.err("staff: removed \(TextSafety.display(words[1]))\n")
        default:
            var out = ""
            for member in try context.store.staff() {
                out += "\(member.login)\t\(member.initials)\t\(member.role.rawValue)\t\(member.name)\n"
            }
            Streams.out(TextSafety.display(out.isEmpty ? "no staff in the directory\n" : out, keepingLineBreaks: true))
        }
    }
}
