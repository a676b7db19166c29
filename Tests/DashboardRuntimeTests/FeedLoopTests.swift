import CaseDomain
import Dashboard
import DashboardRuntime
import DashboardTestSupport
import Foundation
import ScreenKit
import Testing

/// The loop following the store while nobody types: the change feed, a notification descriptor, midnight.
extension RuntimeTests {
@Suite struct FeedLoopTests {
    @Test("A case changed elsewhere shows in place at the next tick; the selection stays; a removed case goes")
    func changeFeed() throws {
        let run = LoopRun(tickMilliseconds: 50)
        defer { run.finish() }
        let top = try run.waitForOpenCase()
        run.terminal.press(.character("j"))
        let moved = try #require(run.terminal.waitForFrame { $0.selectedMatter.map { $0 != top } ?? false })
        let selected = try #require(moved.selectedMatter)
        // The open case changes: its row and its panes show the new name, and it stays selected.
        var open = try #require(run.store.file(selected))
        open.client.name += "-Смирнов"
        run.store.save(open)
        let renamed = try #require(run.terminal.waitFor(selected + " · " + open.client.name))
        #expect(renamed.selectedMatter == selected)
        // Another case goes: the list shrinks, the selection stays where it was.
        let other = try #require(["2025-0077", "2026-0150"].first { $0 != selected && $0 != top })
        run.store.remove(matter: other)
        let fewer = try #require(run.terminal.waitFor("Cases 4 by next"))
        #expect(!fewer.text.contains(other))
        #expect(fewer.selectedMatter == selected)
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("A store's notification descriptor wakes the loop at once, long before the next tick")
    func notificationDescriptor() throws {
        // A minute between ticks; 10 s leaves room for a loaded machine and is still far from the tick.
        let run = LoopRun(store: MemoryStore(notifying: true), tickMilliseconds: 60_000)
        defer { run.finish() }
        try #require(run.terminal.waitFor("Cases 5 by next") != nil)
        var li = try #require(run.store.file("2025-0077"))
        li.client.name = "李小明"
        let saved = Date()
        run.store.save(li)
        try #require(run.terminal.waitFor("李小明", timeout: 10) != nil)
        #expect(Date().timeIntervalSince(saved) < 10)
        // A second change rings again: the loop listens to the descriptor again after asking the feed.
        run.store.remove(matter: "2026-0150")
        try #require(run.terminal.waitFor("Cases 4 by next", timeout: 10) != nil)
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("Over a store that announces its changes the clock never asks the feed; the date still moves")
    func announcingStoreIsNotAsked() throws {
        let store = MemoryStore(notifying: true, announcing: true)
        let run = LoopRun(store: store, tickMilliseconds: 50, quietTickMilliseconds: 50)
        defer { run.finish() }
        try run.waitForOpenCase()
        // The quiet tick asks what day it is (after the feed, were the feed asked at all).
        run.store.setToday(SampleCases.today.adding(days: 1))
        try #require(run.terminal.waitFor("Tue 1 Dec 2026") != nil)
        #expect(store.feedQuestions == 0)
        // A ring is answered.
        var li = try #require(run.store.file("2025-0077"))
        li.client.name = "李小明"
        run.store.save(li)
        try #require(run.terminal.waitFor("李小明") != nil)
        #expect(store.feedQuestions >= 1)
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("Over a store that announces its changes a ring is answered at once, long before any tick")
    func announcingStoreAnswersRing() throws {
        let store = MemoryStore(notifying: true, announcing: true)
        let run = LoopRun(store: store, tickMilliseconds: 60_000, quietTickMilliseconds: 60_000)
        defer { run.finish() }
        try #require(run.terminal.waitFor("Cases 5 by next") != nil)
        let saved = Date()
        run.store.remove(matter: "2026-0150")
        try #require(run.terminal.waitFor("Cases 4 by next", timeout: 10) != nil)
        #expect(Date().timeIntervalSince(saved) < 10)
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }

    @Test("At midnight in the store's zone the header, the countdowns and the open case move to the new day")
    func midnight() throws {
        let run = LoopRun(tickMilliseconds: 50)
        defer { run.finish() }
        try run.waitForOpenCase()
        let before = run.terminal.lastFrame
        #expect(before.text.contains("Mon 30 Nov 2026"))
        run.store.setToday(SampleCases.today.adding(days: 1))
        let after = try #require(run.terminal.waitFor("Tue 1 Dec 2026"))
        // Not only the header: the countdowns in the list count from the new day.
        #expect(Array(after.dropFirst()) != Array(before.dropFirst()))
        run.terminal.press(.character("q"))
        #expect(run.exitStatus() == 0)
    }
}
}
