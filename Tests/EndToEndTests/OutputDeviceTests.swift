import Foundation
import Glibc
import Testing

/// `--out` naming a pipe or a device (`/dev/null`) writes into it: renaming a temporary file over it, as
/// for a regular file, would replace the device node with a file of client data (as root: /dev/null for
/// every program on the machine).
@Suite("Output into a pipe or device", .serialized)
struct OutputDeviceTests {
    @Test("export and report --out FIFO: the data arrives through the FIFO, which stays a FIFO, with no file left beside it")
    func fifo() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let db = runner.path("s.sqlite")
        #expect(try runner.run(["generate", "--db", db, "--cases", "3", "--today", "2026-11-30"]).status == 0)
        let matter = try #require(try StoreProbe(runner: runner, path: db).rows(#"SELECT matter FROM "case" LIMIT 1"#).first?.first)
        let fifo = runner.path("out.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        for arguments in [["export", "--db", db, "--out", fifo], ["report", "--db", db, "--out", fifo, matter]] {
            // A reader on the other end, as a shell's `cat fifo` would be.
            let reader = Process()
            reader.executableURL = URL(fileURLWithPath: "/bin/cat")
            reader.arguments = [fifo]
            let received = Pipe()
            reader.standardOutput = received
            try reader.run()
            let result = try runner.run(arguments)
            let data = received.fileHandleForReading.readDataToEndOfFile()
            reader.waitUntilExit()
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            #expect(data.count > 100, "\(arguments[0]) sent \(data.count) bytes")
            var info = stat()
            #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "\(arguments[0]) replaced the FIFO")
            #expect(try FileManager.default.contentsOfDirectory(atPath: runner.home.path).filter { $0.contains(".tmp-") } == [])
        }
    }
}
