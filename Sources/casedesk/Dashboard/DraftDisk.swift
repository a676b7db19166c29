import Dashboard
import Foundation

/// The drafts folder on disk: where it is, and writing, reading, removing and setting aside its files.
/// Every file is created mode 0600 and its folder 0700 with the modes set explicitly, since a store with
/// `groupShared` leaves the process a umask that would let the group read them.
struct DraftDisk: Sendable {
    let folder: String

    /// `$XDG_STATE_HOME/casedesk/drafts`, else `~/.local/state/casedesk/drafts`; nil with neither
    /// `XDG_STATE_HOME` nor `HOME` (drafts are then not kept).
    static func folder(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/casedesk/drafts"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/casedesk/drafts"
    }

    /// A form's file name: a stable hash of the store, the form's kind, the case and the item (a draft
    /// names its store, so no store's path is spelled in a file name).
    static func fileName(store: String, kind: String, caseID: String?, itemID: String?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in [store, kind, caseID ?? "", itemID ?? ""].joined(separator: "\u{0}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "draft-" + String(repeating: "0", count: 16 - hex.count) + hex + ".json"
    }

    /// Writes a draft atomically: a temporary file (0600) in the folder, written whole, fsynced, renamed
    /// over the old one, the folder fsynced. Returns a one-line problem instead of throwing: drafts are
    /// written off the input path, and a failure is shown, never fatal.
    func write(_ draft: FormDraft, as name: String) -> String? {
        let path = folder + "/" + name
        let data: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            data = try encoder.encode(draft)
        } catch {
            return "Draft not saved: cannot encode it (\(error))"
        }
        if let problem = makeFolder() { return problem }
        let temporary = folder + "/." + name + ".\(getpid()).tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return problem("cannot create", temporary) }
        var failure: String?
        if fchmod(descriptor, 0o600) != 0 { failure = problem("cannot set the mode of", temporary) }
        if failure == nil, !writeAll(data, to: descriptor) { failure = problem("cannot write", temporary) }
        if failure == nil, fsync(descriptor) != 0 { failure = problem("cannot sync", temporary) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = problem("cannot rename into", path) }
        if let failure {
            unlink(temporary)
            return failure
        }
        syncFolder()
        return nil
    }

    /// Removes a form's draft; a draft already gone is no problem.
    func remove(_ name: String) -> String? {
        let path = folder + "/" + name
        guard unlink(path) == 0 || errno == ENOENT else { return problem("cannot remove", path) }
        syncFolder()
        return nil
    }

    /// Every draft in the folder. A file that does not decode as a draft is renamed `NAME.corrupt` (or
    /// `NAME.corrupt-2`, …) and reported; it is never deleted, so what it held can still be read by hand.
    func readAll() -> (drafts: [FormDraft], problems: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return ([], []) }
        var drafts: [FormDraft] = []
        var problems: [String] = []
        for name in names.sorted() where name.hasPrefix("draft-") && name.hasSuffix(".json") {
            let path = folder + "/" + name
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                drafts.append(try JSONDecoder().decode(FormDraft.self, from: data))
            } catch {
                problems.append(setAside(name, because: Self.reason(error)))
            }
        }
        return (drafts, problems)
    }

    private func setAside(_ name: String, because reason: String) -> String {
        let path = folder + "/" + name
        var aside = path + ".corrupt"
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = path + ".corrupt-\(attempt)"
        }
        guard rename(path, aside) == 0 else {
            return "Damaged draft \(name) (\(reason)) could not be set aside: " + Self.lastError() + " (in \(folder))"
        }
        // What it was set aside as comes first: the hint bar may cut the end of a long folder.
        return "Damaged draft kept aside as \((aside as NSString).lastPathComponent) (\(reason)) in \(folder)"
    }

    /// Creates the folder (and the `casedesk` one above it) with mode 0700 when missing; an existing
    /// drafts folder of this account is set back to 0700.
    private func makeFolder() -> String? {
        let parent = (folder as NSString).deletingLastPathComponent
        for path in [parent, folder] {
            var info = stat()
            if stat(path, &info) == 0 {
                if path == folder, info.st_uid == geteuid(), info.st_mode & 0o777 != 0o700, chmod(path, 0o700) != 0 {
                    return problem("cannot set the mode of", path)
                }
                continue
            }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                return problem("cannot create", path)
            }
            guard chmod(path, 0o700) == 0 else { return problem("cannot set the mode of", path) }
        }
        return nil
    }

    private func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// The rename and the removal last only once the folder's entry is on disk.
    private func syncFolder() {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private func problem(_ what: String, _ path: String) -> String {
        "Draft not saved: \(what) \(path): " + Self.lastError()
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: "not valid JSON"
        case DecodingError.keyNotFound(let key, _): "no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at " + (context.codingPath.map(\.stringValue).joined(separator: ".").nilIfEmpty ?? "the top")
        default: "cannot be read"
        }
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
