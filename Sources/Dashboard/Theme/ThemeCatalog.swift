import Foundation

/// Where a theme file was found.
public enum ThemeOrigin: String, Sendable, Hashable {
    case environment = "$CASEDESK_THEMES"
    case user = "user config"
    case installation = "installation"
    case repository = "repository"
    case builtIn = "built in"
}

/// One theme the catalog can load.
public struct ThemeListing: Hashable, Sendable {
    public var name: String
    /// The file; nil for the built-in default.
    public var path: String?
    public var origin: ThemeOrigin
}

/// A loaded theme and, when something went wrong, the notice to show (the theme is then the built-in default).
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    public var notice: String?
}

/// Finds themes, in order: `$CASEDESK_THEMES`, `$XDG_CONFIG_HOME/casedesk/themes`
/// (`~/.config/…` when unset), `<exe>/../share/casedesk/themes`, the repository's `Themes/` (walking up
/// from the executable to a folder holding `Package.swift` and `Themes/`), then the built-in default.
/// The first folder holding a name wins.
public struct ThemeCatalog: Sendable {
    public var directories: [(path: String, origin: ThemeOrigin)]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String? = ThemeCatalog.currentExecutablePath()) {
        var directories: [(String, ThemeOrigin)] = []
        if let dir = environment["CASEDESK_THEMES"], !dir.isEmpty { directories.append((dir, .environment)) }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            directories.append((config + "/casedesk/themes", .user))
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append((home + "/.config/casedesk/themes", .user))
        }
        if let exe = executablePath {
            let binDir = (exe as NSString).deletingLastPathComponent
            // An installed binary is PREFIX/bin/casedesk beside PREFIX/share/casedesk/themes (Scripts/install).
            let prefix = (binDir as NSString).deletingLastPathComponent
            directories.append(((prefix as NSString).appendingPathComponent("share/casedesk/themes"), .installation))
            var dir = binDir
            while dir != "/" && !dir.isEmpty {
                let fm = FileManager.default
                if fm.fileExists(atPath: dir + "/Package.swift"), fm.fileExists(atPath: dir + "/Themes") {
                    directories.append((dir + "/Themes", .repository))
                    break
                }
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        self.directories = directories
    }

    /// The running executable, symlinks resolved (`/proc/self/exe`).
    public static func currentExecutablePath() -> String? {
        let path = "/proc/self/exe"
        guard let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        return resolved
    }

    /// Every theme found, first occurrence of each name, sorted by name; the built-in default last
    /// when no file named `default` exists.
    public func list() -> [ThemeListing] {
        var found: [String: ThemeListing] = [:]
        for (dir, origin) in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if found[name] == nil { found[name] = ThemeListing(name: name, path: dir + "/" + file, origin: origin) }
            }
        }
        var result = found.values.sorted { $0.name < $1.name }
        if found[BuiltInTheme.name] == nil { result.append(ThemeListing(name: BuiltInTheme.name, path: nil, origin: .builtIn)) }
        return result
    }

    /// Loads a theme by name or by path (anything containing `/` or ending in `.toml`). Never fails: a
    /// missing or malformed theme gives the built-in default and a notice naming file, line and column.
    public func load(_ nameOrPath: String) -> ThemeLoadResult {
        do {
            let source = try source(named: nameOrPath)
            // The built-in theme has no file to take its name from.
            let name = source.path == BuiltInTheme.sourcePath
                ? BuiltInTheme.name : ((source.path as NSString).lastPathComponent as NSString).deletingPathExtension
            let theme = try ThemeResolver.resolve(source, name: name) { parent throws(ThemeError) in try self.source(named: parent) }
            return ThemeLoadResult(theme: theme, notice: nil)
        } catch {
            return ThemeLoadResult(theme: BuiltInTheme.theme, notice: "\(error.description); using the built-in default theme")
        }
    }

    func source(named nameOrPath: String) throws(ThemeError) -> ThemeSource {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try read(path: nameOrPath)
        }
        for (dir, _) in directories {
            let path = dir + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try read(path: path) }
        }
        if nameOrPath == BuiltInTheme.name { return try ThemeParser.parse(BuiltInTheme.toml, path: BuiltInTheme.sourcePath) }
        throw ThemeError(path: nameOrPath, message: "no theme named \"\(nameOrPath)\" (casedesk themes lists them)")
    }

    private func read(path: String) throws(ThemeError) -> ThemeSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(path: path, message: "not UTF-8 text")
        }
        return try ThemeParser.parse(text, path: path)
    }
}
