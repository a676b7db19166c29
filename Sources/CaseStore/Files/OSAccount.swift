import Foundation

/// Who is making a change: the kernel's idea of the user, never `$USER` (which anyone can set).
enum OSAccount {
    /// The login name of the real user id, or `uid:N` when the account has no passwd entry.
    static func currentLogin() -> String {
        let uid = getuid()
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return "uid:\(uid)" }
        let login = String(cString: name)
        return login.isEmpty ? "uid:\(uid)" : login
    }
}
