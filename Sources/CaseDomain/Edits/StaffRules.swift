/// The rules of the staff directory: a login is 1 to 32 of `a-z 0-9 . _ -`; a name is required and safe;
/// initials are 1 to 4 safe characters.
public enum StaffRules {
    public static let loginLimit = 32

    public static func isLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= loginLimit && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    /// The member as stored (name and initials NFC), or what is wrong with it.
    public static func checked(_ member: StaffMember) throws(EditProblem) -> StaffMember {
        var member = member
        member.name = TextSafety.normalized(member.name)
        member.initials = TextSafety.normalized(member.initials)
        guard isLogin(member.login) else {
            throw EditProblem(field: "login", message: "a login is 1 to \(loginLimit) of a-z 0-9 . _ -")
        }
        if let problem = TextSafety.problem(in: member.name) {
            throw EditProblem(field: "name", message: "the name \(problem)")
        }
        guard !member.name.isEmpty else { throw EditProblem(field: "name", message: "the name is empty") }
        guard (1...4).contains(member.initials.count), TextSafety.problem(in: member.initials) == nil else {
            throw EditProblem(field: "initials", message: "initials are 1 to 4 characters")
        }
        return member
    }
}
