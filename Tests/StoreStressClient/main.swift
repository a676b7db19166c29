import CaseDomain
import CaseStore
import Foundation

// Test code only: one process of the store's multi-process tests (CaseStoreTests: LostUpdateTests,
// ConcurrentWritersTests; EndToEndTests: KillDuringWritesTests). It saves as the dashboard does, through
// `CaseStores.open` and `apply(_:to:expectedVersion:)`: it reads a hot case, adds one to a counter kept in
// the notes of its first evidence item, and saves at the version it read. A conflict is counted, reloaded
// and retried; a busy store is counted (the tests require none). Every acknowledged save is written at
// once, in one write(2), as `ack MATTER VERSION COUNT MICROSECONDS` (the save's own duration), so a parent
// that kills this process knows exactly what was acknowledged.
//
// Usage: StoreStressClient [--seconds S] [--think-ms MS] STORE CYCLES MATTER...
//   CYCLES saves in all (0: no limit), or until S seconds have passed; a random pause of 0 to MS
//   milliseconds between saves.
//        StoreStressClient refresh STORE YYYY-MM-DD   (see DigestRefreshRun.swift)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StoreStressClient: \(message)\n".utf8))
    exit(1)
}

var words = Array(CommandLine.arguments.dropFirst())
if words.first == "refresh" { runDigestRefresh(Array(words.dropFirst())) }
var seconds: Double?
var thinkMilliseconds = 0.0
while let option = words.first, option.hasPrefix("--") {
    guard words.count >= 2, let value = Double(words[1]) else { fail("\(option) needs a number") }
    switch option {
    case "--seconds": seconds = value
    case "--think-ms": thinkMilliseconds = value
    default: fail("unknown option \(option)")
    }
    words.removeFirst(2)
}
guard words.count >= 3, let cycles = Int(words[1]), cycles >= 0 else {
    fail("usage: StoreStressClient [--seconds S] [--think-ms MS] STORE CYCLES MATTER...")
}
let matters = Array(words[2...])
let store: any CaseRepository
do {
    store = try CaseStores.open(location: words[0])
} catch {
    fail("\(error)")
}

/// Writes one line with a single write(2): it is in the file the moment the save is acknowledged.
func emit(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var written = 0
    while written < bytes.count {
        let result = bytes[written...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
        if result <= 0 { fail("stdout: \(String(cString: strerror(errno)))") }
        written += result
    }
}

let clock = ContinuousClock()
let started = clock.now
let deadline = seconds.map { started + .milliseconds(Int($0 * 1000)) }
var conflicts = 0
var busy = 0
var cycle = 0
while cycles == 0 || cycle < cycles {
    if let deadline, clock.now >= deadline { break }
    let matter = matters[(cycle + Int(getpid())) % matters.count]
    cycle += 1
    while true {
        do {
            guard let stored = try store.loadCase(matter: matter), let id = stored.file.id,
                  var item = stored.file.evidence.first, let itemID = item.id else { fail("no hot case \(matter)") }
            let count = Int(item.notes?.split(separator: " ").last ?? "0") ?? 0
            item.notes = "count \(count + 1)"
            let before = clock.now
            let saved = try store.apply(.updateEvidence(itemID, item), to: id, expectedVersion: stored.version)
            let took = clock.now - before
            let micros = took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000
            emit("ack \(matter) \(saved.version) \(count + 1) \(micros)")
            break
        } catch StoreError.conflict {
            conflicts += 1
        } catch StoreError.busy {
            busy += 1
        } catch {
            fail("\(error)")
        }
    }
    if thinkMilliseconds > 0 { usleep(UInt32(Double.random(in: 0...thinkMilliseconds) * 1000)) }
}
emit("done conflicts \(conflicts) busy \(busy)")
