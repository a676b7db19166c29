import DashboardTestSupport
import ScreenKit
import Testing
import Foundation
@testable import Dashboard

@Suite struct ThemeTests {
    /// The repository's Themes/ folder, found from this file's path.
    static let themesDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Themes/default.toml").path) {
                return url.appendingPathComponent("Themes").path
            }
        }
        return "Themes"
    }()

    static let themeNames: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: themesDirectory)) ?? [])
        .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()

    var catalog: ThemeCatalog { ThemeCatalog(environment: ["CASEDESK_THEMES": Self.themesDirectory], executablePath: nil) }

    @Test("The four required themes ship")
    func shipped() {
        #expect(Set(["default", "high-contrast", "monochrome", "colourblind"]).isSubset(of: Set(Self.themeNames)))
    }

    @Test("Every theme in Themes/ loads and resolves every role", arguments: themeNames)
    func loads(name: String) {
        let result = catalog.load(name)
        #expect(result.notice == nil, "\(result.notice ?? "")")
        #expect(result.theme.name == name)
        for role in Role.allCases {
            // Every role resolves through the dotted fallback to a style the theme states.
            var key: String? = role.rawValue
            var found = false
            while let current = key {
                if result.theme.styles[current] != nil { found = true; break }
                key = current.contains(".") ? String(current[..<(current.lastIndex(of: ".") ?? current.endIndex)]) : (current == "default" ? nil : "default")
            }
            #expect(found, "\(name): \(role.rawValue) resolves to nothing")
        }
    }

    @Test("The monochrome theme has no colour; colourblind resolves its palette to hex colours")
    func specifics() {
        let mono = catalog.load("monochrome").theme
        #expect(mono.styles.values.allSatisfy { $0.foreground == nil || $0.foreground == .terminalDefault })
        let cb = catalog.load("colourblind").theme
        #expect(cb.style(for: .deadlineOverdue).foreground == .rgb(red: 0xd5, green: 0x5e, blue: 0x00))
        #expect(cb.style(for: .deadlineOverdue).modifiers.contains(.bold))
        #expect(cb.style(for: .selection).modifiers == [.reverse])  // inherited from default
    }

    @Test("The built-in theme is Themes/default.toml exactly")
    func builtIn() throws {
        let text = try String(contentsOfFile: Self.themesDirectory + "/default.toml", encoding: .utf8)
        #expect(BuiltInTheme.toml + "\n" == text)
        #expect(BuiltInTheme.theme.style(for: .deadlineOverdue) == catalog.load("default").theme.style(for: .deadlineOverdue))
    }

    @Test("A malformed theme names file, line and column and falls back to the built-in default")
    func malformed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# x\n\n\"default\" = \"default\"\n\"deadline.overdue\" = { fg = \"reddish\" }\n"
            .write(to: dir.appendingPathComponent("x.toml"), atomically: true, encoding: .utf8)
        try "\"default\" = \n".write(to: dir.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"loop\"\n".write(to: dir.appendingPathComponent("loop.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(environment: ["CASEDESK_THEMES": dir.path], executablePath: nil)
        let bad = catalog.load("x")
        #expect(bad.theme == BuiltInTheme.theme)
        #expect(bad.notice?.hasPrefix(dir.path + "/x.toml:4:29: deadline.overdue: \"reddish\" is not a colour") == true, "\(bad.notice ?? "")")
        #expect(catalog.load("broken").notice?.hasPrefix(dir.path + "/broken.toml:1:") == true)
        #expect(catalog.load("loop").notice?.contains("cycle") == true)
        #expect(catalog.load("nonexistent").notice?.contains("no theme named") == true)
    }

    @Test("Hex colours map to the nearest the terminal has")
    func depth() {
        let orange = Color.rgb(red: 0xe6, green: 0x9f, blue: 0x00)
        #expect(orange.number(forColors: 256) == 178)
        #expect(orange.number(forColors: 16) == 3)
        #expect(Color.ansi(9).number(forColors: 8) == 1)
        #expect(Color.terminalDefault.number(forColors: 256) == -1)
    }

    @Test("Themes are listed with where they were found")
    func listing() {
        let listed = catalog.list()
        #expect(listed.map(\.name) == Self.themeNames)
        #expect(listed.allSatisfy { $0.origin == .environment })
        #expect(ThemeCatalog(environment: [:], executablePath: nil).list().map(\.origin) == [.builtIn])
    }

    @Test("Themes/README.md documents every role with its purpose")
    func documented() throws {
        let readme = try String(contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        for role in Role.allCases {
            #expect(readme.contains("| `\(role.rawValue)` |"), "\(role.rawValue)")
            #expect(readme.contains("| `\(role.rawValue)` | \(role.purpose) |\n"), "\(role.rawValue): \(role.purpose)")
        }
    }
}
