import CaseDomain
@testable import CaseFormats
import Foundation
import Testing

/// The `cases` list read a batch at a time on every core must give exactly what reading each case in turn
/// gives: the same problems in the same order at the same places, the same limit and truncation, the same
/// cases handed on with the same cleanliness.
@Suite("JSON import read in batches")
struct BatchedReadingTests {
    /// What one reading of a file gives.
    struct Outcome: Equatable, CustomStringConvertible {
        var problems: [String]
        var truncated: Bool
        /// The cases handed to `inspect`: index, whether clean, matter, end offset.
        var inspected: [String]

        var description: String { (problems + (truncated ? ["(truncated)"] : [])).joined(separator: "\n") }
    }

    /// The export of `count` generated cases, as text.
    static func export(_ count: Int, from first: Int = 0) throws -> String {
        let generator = CaseGenerator(seed: 11)
        let cases = (first..<first + count).map { generator.makeCase($0) }
        return String(decoding: try CaseJSONWriter.data(for: cases), as: UTF8.self)
    }

    /// Reads `texts` as the files of one import; every `storeEvery`-th case gets a problem from `inspect`.
    static func read(_ texts: [String], batchSize: Int, storeEvery: Int = 0) -> Outcome {
        var outcome = Outcome(problems: [], truncated: false, inspected: [])
        var registry = ImportRegistry()
        for (number, text) in texts.enumerated() {
            var decoder = CaseJSONDecoder(errorLimit: 100)
            decoder.batchSize = batchSize
            do {
                try decoder.decode(Data(text.utf8), file: "f\(number).json", registry: &registry) { decoded in
                    outcome.inspected.append("\(decoded.index) \(decoded.isClean) \(decoded.file.matter) \(decoded.endOffset)")
                    guard storeEvery > 0, decoded.index % storeEvery == storeEvery - 1 else { return [] }
                    return [ValidationProblem(path: "client.name", message: "is taken in the store")]
                }
            } catch {
                outcome.problems += error.errors.map(\.description)
                outcome.truncated = outcome.truncated || error.isTruncated
            }
        }
        return outcome
    }

    /// Both readings of `texts`, which must agree.
    static func compare(_ texts: [String], storeEvery: Int = 0,
                        sourceLocation: SourceLocation = #_sourceLocation) -> Outcome {
        let serial = read(texts, batchSize: 1, storeEvery: storeEvery)
        for batchSize in [256, 7] {
            let batched = read(texts, batchSize: batchSize, storeEvery: storeEvery)
            #expect(batched == serial, "batches of \(batchSize)", sourceLocation: sourceLocation)
        }
        return serial
    }

    /// `text` with the first occurrence of `target` after case `index`'s matter replaced.
    static func edit(_ text: String, case index: Int, _ target: String, _ replacement: String) -> String {
        let matter = "\"matter\": \"2026-\(100_000 + index)\""
        let caseStart = text.range(of: matter)!.lowerBound
        let found = text.range(of: target, range: caseStart..<text.endIndex)!
        return text.replacingCharacters(in: found, with: replacement)
    }

    /// The line of the first occurrence of `needle`.
    static func line(of needle: String, in text: String) -> Int {
        text[..<text.range(of: needle)!.lowerBound].filter { $0 == "\n" }.count + 1
    }

    @Test("a problem in case 651 of 700 is the one problem, at the line the ordinary reading gives")
    func problemInCase651() throws {
        let text = Self.edit(try Self.export(700), case: 651, "\"aNumber\": \"", "\"aNumber\": \"A12-")
        let outcome = Self.compare([text])
        #expect(outcome.problems.count == 1)
        let line = Self.line(of: "\"A12-", in: text)
        #expect(outcome.problems.first?.hasPrefix("f0.json:\(line):") == true, "\(outcome)")
        #expect(outcome.problems.first?.contains(": cases[651].client.aNumber: \"A12-") == true, "\(outcome)")
        // Every case before it was handed on clean, the ones after it not.
        #expect(outcome.inspected.filter { $0.contains(" true ") }.count == 651)
        #expect(outcome.inspected.count == 699)
    }

    @Test("problems in many batches come out in file order and stop at the limit, truncated alike")
    func problemsAcrossBatches() throws {
        var text = try Self.export(1_200)
        for index in stride(from: 3, to: 1_200, by: 9) {
            text = Self.edit(text, case: index, "\"grounds\": [", "\"grounds\": [\"flying\", ")
        }
        let outcome = Self.compare([text], storeEvery: 13)
        #expect(outcome.problems.count == 100)
        #expect(outcome.truncated)
        let lines = outcome.problems.map { Int($0.split(separator: ":")[1])! }
        #expect(lines == lines.sorted())
    }

    @Test("problems from the store checks are merged in file order with the reader's")
    func storeProblems() throws {
        let outcome = Self.compare([try Self.export(600)], storeEvery: 50)
        #expect(outcome.problems.count == 12)
        #expect(!outcome.truncated)
    }

    @Test("a case object never closed is reported as the ordinary reading reports it")
    func caseNeverClosed() throws {
        let full = try Self.export(500)
        // Case 400 loses its closing brace: the rest of the file reads as its members.
        let cut = full.range(of: "\n    },\n    {", range: full.range(of: "\"matter\": \"2026-100400\"")!.upperBound..<full.endIndex)!
        let unclosed = full.replacingCharacters(in: cut, with: ",\n    {")
        let outcome = Self.compare([unclosed])
        #expect(!outcome.problems.isEmpty)
        // The file ending inside the last case.
        let truncated = String(full.prefix(full.count * 2 / 3))
        #expect(!Self.compare([truncated]).problems.isEmpty)
        #expect(!Self.compare([String(full.dropLast(8))]).problems.isEmpty)
    }

    @Test("a NUL or a bad escape inside a string of a skipped case gives the ordinary reading's message")
    func lexicalErrorsInSkippedCases() throws {
        let text = try Self.export(400)
        let escapedNUL = Self.compare([Self.edit(text, case: 300, "\"name\": \"", "\"name\": \"\\u0000")])
        #expect(escapedNUL.problems.count == 1)
        #expect(escapedNUL.problems.first?.contains("cases[300].client.name: a NUL character (\\u0000) inside a string") == true,
                "\(escapedNUL)")
        let rawNUL = Self.compare([Self.edit(text, case: 300, "\"name\": \"", "\"name\": \"\u{0}")])
        #expect(rawNUL.problems.first?.contains("NUL") == true, "\(rawNUL)")
        let tab = Self.compare([Self.edit(text, case: 301, "\"name\": \"", "\"name\": \"\t")])
        #expect(tab.problems.first?.contains("cases[301].client.name: a raw control character (0x9)") == true, "\(tab)")
        let escape = Self.compare([Self.edit(text, case: 299, "\"name\": \"", "\"name\": \"\\q")])
        #expect(escape.problems.first?.contains("unknown escape \\q") == true, "\(escape)")
    }

    @Test("broken files read alike whichever way", arguments: [
        ("    },\n    {", "    }\n    {"),            // no comma between two cases
        ("    },\n    {", "    },,\n    {"),          // two commas
        ("\"matter\": \"", "\"matter\": 12, \"x\": \""), // a number, then an unknown key
        ("\"interpreter\": ", "\"interpreter\": tru"),  // an unknown word
        ("\"bondAmount\": ", "\"bondAmount\": 01"),      // a leading zero
        ("    },\n    {", "    },\n    \"a string\",\n    {"), // a list element that is not an object
        ("    },\n    {", "    },\n    [[[[[[[[]]]]]]]],\n    {"), // a nested list as an element
        ("    }\n  ]", "    },\n  ]"),                // a trailing comma
        ("    }\n  ]", "    }\n  ]]"),               // text after the list
        ("\"name\": \"", "\"name\": \"\\ud800"),          // a lone surrogate
        ("\"matter\": \"2026-100003\"", "\"matter\": \"2026-100001\""), // a matter repeated in the file
        ("{\n      \"id\"", "{\n      \"id\": \"x\", \"id\""), // a duplicate key
    ] as [(String, String)])
    func brokenFiles(target: String, replacement: String) throws {
        let text = try Self.export(300)
        for index in [0, 3, 255, 256, 299] {
            let matterStart = text.range(of: "\"matter\": \"2026-\(100_000 + index)\"")!.lowerBound
            let caseStart = text.range(of: "\n    {", options: .backwards, range: text.startIndex..<matterStart)!.lowerBound
            guard let found = text.range(of: target, range: caseStart..<text.endIndex) else { continue }
            let broken = text.replacingCharacters(in: found, with: replacement)
            let outcome = Self.compare([broken])
            #expect(!outcome.problems.isEmpty, "case \(index)")
        }
    }

    @Test("a matter or an A-number repeated across two files of one import")
    func repeatedAcrossFiles() throws {
        let first = try Self.export(400)
        let second = try Self.export(300, from: 399)
        let outcome = Self.compare([first, second])
        #expect(outcome.problems.count == 2, "\(outcome)")
        let earlier = Self.line(of: "\"matter\": \"2026-100399\"", in: first)
        #expect(outcome.problems.first?.contains("cases[0].matter: \"2026-100399\" is already the matter of "
                                                 + "cases[399].matter (f0.json:\(earlier))") == true, "\(outcome)")
        #expect(outcome.problems.last?.contains("cases[0].client.aNumber: the same A-number is already given at") == true,
                "\(outcome)")
    }

    @Test("a clean file hands on every case, clean, in order, with the same offsets")
    func cleanFile() throws {
        let outcome = Self.compare([try Self.export(1_000)])
        #expect(outcome.problems.isEmpty)
        #expect(outcome.inspected.count == 1_000)
        #expect(outcome.inspected.allSatisfy { $0.contains(" true ") })
    }
}
