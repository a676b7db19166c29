import CNcursesw
import Glibc

/// How text can be shown on this terminal, decided before the screen starts.
public enum LocaleSetup {
    /// Sets the process locale from the environment. When no locale is set, or it is `C`/`POSIX`,
    /// UTF-8 is assumed (`C.UTF-8`): SSH often does not forward `LANG`. A non-UTF-8 locale chosen
    /// explicitly is respected. Returns whether the terminal speaks UTF-8.
    @discardableResult
    public static func configure(environment: [String: String]) -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        let chosen = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        if chosen == nil || chosen == "C" || chosen == "POSIX" {
            if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8 { return true }
        }
        return false
    }

    /// Whether the current locale's codeset is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nc_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
