import CaseDomain
import Foundation

/// Reads docs/formats.md's `casedesk/1` JSON strictly and reports every problem (up to `errorLimit`), each as
/// `FILE:LINE:COL: cases[3].client.aNumber: "A12-34" is not an A-number (7 to 9 digits)`.
///
/// The file is parsed once, and the `cases` list one element at a time: each case is parsed, converted,
/// validated and handed on before the next is read, so memory holds the file's bytes (mapped when read
/// from disk) plus one case's tree, not a tree of the whole file.
public struct CaseJSONDecoder: Sendable {
    public var errorLimit: Int
    public var maxDepth: Int
    /// How many cases are read, converted and validated at once on every core; 1 reads each in turn (the
    /// reference the batched reading must equal, problem for problem).
    public var batchSize = 256
    /// The bytes are mapped from a file (`MappedFile`): the pages behind the reader are given back.
    public var releasesPagesBehind = false

    public init(errorLimit: Int = 100, maxDepth: Int = JSONDocument.defaultMaxDepth) {
        self.errorLimit = errorLimit
        self.maxDepth = maxDepth
    }

    /// Every case of the file, or every problem in it.
    public func decode(_ data: Data, file: String) throws(FormatErrors) -> [CaseFile] {
        var registry = ImportRegistry()
        return try decode(data, file: file, registry: &registry)
    }

    /// Every case of the file, or every problem in it; `registry` carries matters and A-numbers across
    /// the files of one import.
    public func decode(_ data: Data, file: String, registry: inout ImportRegistry) throws(FormatErrors) -> [CaseFile] {
        var cases: [CaseFile] = []
        try decode(data, file: file, registry: &registry) { cases.append($0) }
        return cases
    }

    /// Streams the cases: `body` receives each case in file order as long as no problem has been found
    /// so far. When this throws, cases already handed to `body` must be discarded (the import's
    /// transaction is rolled back): nothing of a file with a problem may be stored.
    public func decode(_ data: Data, file: String, registry: inout ImportRegistry,
                       each body: (CaseFile) -> Void) throws(FormatErrors) {
        try decode(data, file: file, registry: &registry, inspect: { decoded in
            if decoded.isClean { body(decoded.file) }
            return []
        })
    }

    /// Streams every case that converts, even after problems elsewhere in the file, to `inspect`, which
    /// may answer further problems of that case (e.g. "already in the store"); they are reported like the
    /// reader's own, located in the file. Once any problem is known the whole file is an error, so callers
    /// that write must look at `DecodedCase.isClean` and discard what they wrote when this throws.
    public func decode(_ data: Data, file: String, registry: inout ImportRegistry,
                       inspect: (DecodedCase) -> [ValidationProblem]) throws(FormatErrors) {
        let collector = ProblemCollector(limit: errorLimit)
        let fatal: FormatError? = data.withUnsafeBytes { bytes in
            // The encoding check and the walk each go through the file once, each giving its pages back.
            let checkRelease = releasesPagesBehind ? PageRelease(bytes) : nil
            let release = releasesPagesBehind ? PageRelease(bytes) : nil
            switch TextInput.check(bytes, file: file, release: checkRelease.map { pages in { pages.release(upTo: $0) } }) {
            case .failure(let error):
                return error
            case .success(let start):
                var parser = JSONParser(bytes: bytes, start: start, file: file, maxDepth: maxDepth)
                let walk = DocumentWalk(file: file, collector: collector, batchSize: batchSize, release: release)
                do throws(FormatError) {
                    try walk.run(&parser, registry: &registry, body: inspect)
                    return nil
                } catch {
                    return error
                }
            }
        }
        if let fatal { collector.add(fatal) }
        guard collector.errors.isEmpty else { throw collector.result }
    }
}

/// The top level of a `casedesk/1` document: `format` and the `cases` list, walked one case at a time.
struct DocumentWalk {
    let file: String
    let collector: ProblemCollector
    let batchSize: Int
    let release: PageRelease?

    func run(_ parser: inout JSONParser, registry: inout ImportRegistry,
             body: (DecodedCase) -> [ValidationProblem]) throws(FormatError) {
        let context = DecodeContext(file: file, collector: collector)
        var converter = CaseJSONConverter(context: context)
        let documentStart = try parser.beginObject()
        var seen: [String: Int] = [:]
        var formatValue: JSONValue?
        var formatChecked = false
        var first = true
        while let (key, keyPosition) = try parser.nextKey(first: &first) {
            if let line = seen[key] {
                context.report(key, at: keyPosition, "duplicate key (first given on line \(line))")
            }
            seen[key] = seen[key] ?? keyPosition.line
            switch key {
            case "format":
                formatValue = try parser.parseValue(depth: 1)
            case "cases":
                // A known-bad format means the cases cannot be read as casedesk/1: parse them only.
                let version = formatValue.map { knownFormat($0, context: context) }
                let readable = version.map { $0 != nil } ?? true
                converter.version = version ?? nil
                formatChecked = formatValue != nil
                try parser.within(.key("cases")) { (parser) throws(FormatError) in
                    if batchSize > 1 {
                        try walkCasesInBatches(&parser, converter: converter, convert: readable, registry: &registry,
                                               body: body)
                    } else {
                        try walkCases(&parser, converter: converter, convert: readable, registry: &registry, body: body)
                    }
                }
            default:
                context.report("", at: keyPosition,
                               "unknown key \(TextSafety.quoted(key)) (a case file has \"format\" and \"cases\")")
                _ = try parser.parseValue(depth: 1)
            }
            if collector.isFull {
                collector.markTruncated()
                return
            }
        }
        try parser.finish()
        if let formatValue {
            if !formatChecked { _ = knownFormat(formatValue, context: context) }
        } else {
            context.report("format", at: documentStart, "is required (\"\(CaseJSONKeys.formatName)\")")
        }
    }

    /// The format version named, or nil after reporting an unknown or malformed `format`.
    private func knownFormat(_ value: JSONValue, context: DecodeContext) -> CaseFormatVersion? {
        guard case .string(let name) = value.kind else {
            context.report("format", at: value.position, "is \(value.typeName), expected \"\(CaseJSONKeys.formatName)\"")
            return nil
        }
        guard let version = CaseFormatVersion(name: name) else {
            context.report("format", at: value.position,
                           "\(TextSafety.quoted(name)) is not a format this version reads (\(CaseJSONKeys.knownFormats))")
            return nil
        }
        return version
    }

    private func walkCases(_ parser: inout JSONParser, converter: CaseJSONConverter, convert: Bool,
                           registry: inout ImportRegistry, body: (DecodedCase) -> [ValidationProblem]) throws(FormatError) {
        _ = try parser.beginArray()
        var first = true
        var index = 0
        while try parser.nextElement(first: &first) {
            let value = try parser.within(.index(index)) { (parser) throws(FormatError) in try parser.parseValue(depth: 2) }
            defer { index += 1 }
            guard convert, !collector.isFull else { continue }
            let path = "cases[\(index)]"
            let warningsBefore = converter.context.formerlyAccepted.count
            guard let file = converter.convert(value, path: path) else { continue }
            inspectConverted(file, index: index, value: value, endOffset: parser.index, context: converter.context,
                             warningsFrom: warningsBefore, registry: &registry, body: body)
        }
    }

    /// The steps after a case converted without a problem of its own: duplicates within the import, then
    /// `body`, whose problems are reported through the case's context.
    func inspectConverted(_ file: CaseFile, index: Int, value: JSONValue, endOffset: Int, context: DecodeContext,
                          warningsFrom warningsBefore: Int, registry: inout ImportRegistry,
                          body: (DecodedCase) -> [ValidationProblem]) {
        let path = "cases[\(index)]"
        let duplicates = registry.duplicates(in: file) { relative in
            "\(path).\(relative) (\(self.file):\(value.locate(relative).line))"
        }
        context.report(duplicates, casePath: path, caseValue: value)
        var decoded = DecodedCase(file: file, index: index, value: value, endOffset: endOffset,
                                  isClean: collector.errors.isEmpty)
        decoded.warnings = Array(context.formerlyAccepted[warningsBefore...])
        context.report(body(decoded), casePath: path, caseValue: value)
    }
}
