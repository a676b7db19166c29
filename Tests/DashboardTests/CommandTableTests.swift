import CaseDomain
import Foundation
import Testing
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// The `:` commands: parsing, errors, completion, and the help and README that list them, all from
/// the one table.
@Suite struct CommandTableTests {
    @Test("Each command parses with its short forms; a wrong or missing argument gives the table's usage")
    func parsing() {
        #expect(CommandTable.parse("goto 2026-0131") == .success(.goto(matter: "2026-0131")))
        #expect(CommandTable.parse("  G   2026-0131 ") == .success(.goto(matter: "2026-0131")))
        #expect(CommandTable.parse("theme high-contrast") == .success(.theme(name: "high-contrast")))
        #expect(CommandTable.parse("sort NAME") == .success(.sort(.name)))
        #expect(CommandTable.parse("q") == .success(.quit))
        #expect(CommandTable.parse("drafts") == .success(.drafts))
        // Every command that takes nothing after its name means something.
        for spec in CommandTable.commands where spec.argument == .none {
            #expect(CommandTable.plainCommands[spec.name] != nil, "\(spec.name)")
        }
        #expect(CommandTable.parse("   ") == nil)
        #expect(CommandTable.parse("sort size") == .failure(CommandError("Usage: :sort next|name|matter")))
        #expect(CommandTable.parse("theme") == .failure(CommandError("Usage: :theme NAME (casedesk themes lists them)")))
        #expect(CommandTable.parse("goto") == .failure(CommandError("Usage: :goto MATTER")))
        #expect(CommandTable.parse("quit now") == .failure(CommandError(":quit takes nothing after it")))
        #expect(CommandTable.parse("open 12") == .failure(CommandError("Unknown command \"open\" (goto, theme, sort, staff, settings, deleted, drafts, quit)")))
    }

    @Test("Tab completes a command's name, then a theme, an order or a matter; several choices are listed")
    func completion() {
        let themes = ["default", "high-contrast", "high-visibility", "monochrome"]
        func complete(_ text: String) -> Completion {
            CommandTable.complete(text) { argument, prefix in
                CommandTable.candidates(argument, prefix: prefix, themes: themes,
                                        matters: { ["2026-0131", "2026-0139", "2025-0077"] })
            }
        }
        #expect(complete("th") == .completed("theme "))
        #expect(complete("q") == .completed("quit"))
        #expect(complete("") == .narrowed("", choices: ["goto", "theme", "sort", "staff", "settings", "deleted", "drafts", "quit"]))
        #expect(complete("theme m") == .completed("theme monochrome"))
        #expect(complete("theme h") == .narrowed("theme high-", choices: ["high-contrast", "high-visibility"]))
        #expect(complete("sort n") == .narrowed("sort n", choices: ["next", "name"]))
        #expect(complete("sort na") == .completed("sort name"))
        #expect(complete("go 2025") == .completed("go 2025-0077"))
        #expect(complete("goto 2026-013") == .narrowed("goto 2026-013", choices: ["2026-0131", "2026-0139"]))
        #expect(complete("theme z") == .failed(CommandError("No theme begins \"z\"")))
        #expect(complete("x") == .failed(CommandError("No command begins \"x\" (goto, theme, sort, staff, settings, deleted, drafts, quit)")))
        #expect(complete("open 1") == .failed(CommandError("Unknown command \"open\" (goto, theme, sort, staff, settings, deleted, drafts, quit)")))
    }

    @Test("Tab on the command line edits it in the state and lists the choices in the hint bar")
    func completionInState() {
        var (state, _) = sampleState(keys: [.character(":")] + typing("so"))
        state.themeNames = ["default", "monochrome"]
        _ = state.handle(.tab)
        #expect(state.input?.text == "sort ")
        _ = state.handle(.character("n"))
        _ = state.handle(.tab)
        #expect(state.message?.text == "next  name")
        let text = ScreenText.render(state, size: Size(columns: 120, rows: 40))
        #expect(text.contains(":sort n  next  name"))
        _ = state.handle(.character("a"))
        #expect(state.message == nil)
        _ = state.handle(.tab)
        #expect(state.input?.text == "sort name")
        // Tab on the filter line completes nothing.
        var (filtering, _) = sampleState(keys: [.character("/")] + typing("iv"))
        _ = filtering.handle(.tab)
        #expect(filtering.input?.text == "iv")
    }

    @Test("The help lists every command's usage and summary from the table")
    func help() {
        var (state, _) = sampleState(size: Size(columns: 120, rows: 80), keys: [.character("?")])
        // The help scrolls when it is longer than the screen: read it page by page.
        var text = ScreenText.render(state, size: Size(columns: 120, rows: 80))
        for _ in 0..<6 {
            _ = state.handle(.pageDown)
            text += ScreenText.render(state, size: Size(columns: 120, rows: 80))
        }
        for spec in CommandTable.commands {
            #expect(text.contains(spec.usage), "\(spec.usage) is not in the help")
            #expect(text.contains(spec.summary), "\(spec.summary) is not in the help")
        }
        #expect(Keymap.bindings.contains { $0.action == .startCommand && $0.summary == "Command: " + CommandTable.synopsis })
    }

    @Test("README's commands table is the command table")
    func readme() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized
        var readme = try String(contentsOf: url, encoding: .utf8)
        if ProcessInfo.processInfo.environment["CASEDESK_RECORD_GOLDENS"] == "1",
           let start = readme.range(of: "<!-- commands -->\n"), let end = readme.range(of: "<!-- /commands -->") {
            readme.replaceSubrange(start.upperBound..<end.lowerBound, with: CommandTable.markdownTable())
            try readme.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(readme.contains("## Commands\n"))
        #expect(readme.contains("<!-- commands -->\n" + CommandTable.markdownTable() + "<!-- /commands -->"))
        #expect(CommandTable.markdownTable().split(separator: "\n").count == CommandTable.commands.count + 2)
    }
}
