import CaseDomain
import CaseStore
import Foundation

// Test code only: one process of the store's no-lost-update test (CaseStoreTests, LostUpdateTests). It saves
// as the dashboard does, through `CaseStores.open` and `apply(_:to:expectedVersion:)`: it reads a hot case,
// adds one to a counter kept in the notes of its first evidence item, and saves at the version it read. A
// conflict is reported, reloaded and retried; every acknowledged save is printed with the version it made.
//
// Usage: StoreStressClient STORE CYCLES MATTER...

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StoreStressClient: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let cycles = Int(arguments[2]) else { fail("usage: StoreStressClient STORE CYCLES MATTER...") }
let matters = Array(arguments[3...])
let store: any CaseRepository
do {
    store = try CaseStores.open(location: arguments[1])
} catch {
    fail("\(error)")
}

var output = ""
var conflicts = 0
var busy = 0
for cycle in 0..<cycles {
    let matter = matters[(cycle + Int(getpid())) % matters.count]
    while true {
        do {
            guard let stored = try store.loadCase(matter: matter), let id = stored.file.id,
                  var item = stored.file.evidence.first, let itemID = item.id else { fail("no hot case \(matter)") }
            let count = Int(item.notes?.split(separator: " ").last ?? "0") ?? 0
            item.notes = "count \(count + 1)"
            let saved = try store.apply(.updateEvidence(itemID, item), to: id, expectedVersion: stored.version)
            output += "ack \(matter) \(saved.version) \(count + 1)\n"
            break
        } catch StoreError.conflict {
            conflicts += 1
        } catch StoreError.busy {
            busy += 1
        } catch {
            fail("\(error)")
        }
    }
}
output += "done conflicts \(conflicts) busy \(busy)\n"
FileHandle.standardOutput.write(Data(output.utf8))
