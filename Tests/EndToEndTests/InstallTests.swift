import Foundation
import Testing

/// `Scripts/install` into a temporary prefix, then the installed binary, with no build folder in reach.
@Suite("Install", .serialized)
struct InstallTests {
    @Test("The installed binary lists its themes from the prefix, has a man page and completions, prints its version")
    func installIntoAPrefix() throws {
        let scratch = try CommandRunner()
        defer { scratch.cleanUp() }
        // Outside the checkout, so the themes cannot come from the repository's Themes/ folder.
        let prefix = scratch.home.appendingPathComponent("prefix")
        var environment = ProcessInfo.processInfo.environment
        environment["DESTDIR"] = nil
        // The release build has a build folder of its own, since `swift test` holds the lock on `.build` while
        // the tests run; it is reused when up to date. It runs niced: it shares two cores with the other suites.
        let script = ProgramRun.repositoryRoot.appendingPathComponent("Scripts/install").path
        let buildFolder = ProgramRun.repositoryRoot.appendingPathComponent(".build-install").path
        let install = try ProgramRun.run(URL(fileURLWithPath: "/usr/bin/nice"),
                                         ["-n", "15", script, "--prefix", prefix.path, "--scratch-path", buildFolder],
                                         environment: environment, outputIn: scratch.home, timeout: 2400)
        try #require(install.status == 0, "Scripts/install failed:\n\(install.stdout)\n\(install.stderr)")

        let installed = try CommandRunner(executable: prefix.appendingPathComponent("bin/casedesk"))
        defer { installed.cleanUp() }
        try themes(installed, prefix: prefix)
        let version = try installed.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
        #expect(version.stdout == (try scratch.run(["--version"])).stdout, "the build folder's binary has the same version")
        try manPage(prefix: prefix, version: version.stdout.trimmingCharacters(in: .newlines), scratch: scratch)
        try completions(prefix: prefix, scratch: scratch)
    }

    private func themes(_ installed: CommandRunner, prefix: URL) throws {
        let result = try installed.run(["themes"])
        #expect(result.status == 0, "\(result.stderr)")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: ProgramRun.repositoryRoot.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0.first ?? "" } == shipped, "\(result.stdout)")
        let folder = prefix.appendingPathComponent("share/casedesk/themes").path
        for row in rows {
            #expect(row.count == 3 && row[1] == "\(folder)/\(row[0]).toml" && row[2] == "installation", "\(row)")
        }
    }

    private func manPage(prefix: URL, version: String, scratch: CommandRunner) throws {
        let man = URL(fileURLWithPath: "/usr/bin/man")
        try #require(FileManager.default.isExecutableFile(atPath: man.path), "man is missing: install Debian's man-db (.ci/run does)")
        let page = prefix.appendingPathComponent("share/man/man1/casedesk.1").path
        let shown = try ProgramRun.run(man, ["-l", page], environment: scratch.environment(["MANWIDTH": "100"]),
                                       outputIn: scratch.home)
        #expect(shown.status == 0)
        #expect(shown.stderr.isEmpty, "man's warnings: \(shown.stderr)")
        #expect(shown.stdout.hasPrefix("CASEDESK(1)") && shown.stdout.contains("\nNAME\n     casedesk "),
                "\(shown.stdout.prefix(300))")
        for command in ["dashboard", "review", "deadline", "import", "export", "backup", "check", "upgrade", "themes"] {
            // A command's entry starts a line; a short name has its summary on the same line.
            #expect(shown.stdout.contains("\n     \(command)\n") || shown.stdout.contains("\n     \(command)  "),
                    "the page describes \(command)")
        }
        #expect(shown.stdout.contains("casedesk \(version)"), "the footer carries the version")
    }

    private func completions(prefix: URL, scratch: CommandRunner) throws {
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/casedesk").path
        let syntax = try ProgramRun.run(URL(fileURLWithPath: "/bin/bash"), ["-n", bash], environment: scratch.environment(),
                                        outputIn: scratch.home)
        #expect(syntax.status == 0, "\(syntax.stderr)")
        #expect(try String(contentsOfFile: bash, encoding: .utf8).contains("upgrade"))
        let zsh = try String(contentsOfFile: prefix.appendingPathComponent("share/zsh/site-functions/_casedesk").path, encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef casedesk"))
        let fish = try String(contentsOfFile: prefix.appendingPathComponent("share/fish/vendor_completions.d/casedesk.fish").path,
                              encoding: .utf8)
        #expect(fish.contains("complete -c 'casedesk'"))
    }
}
