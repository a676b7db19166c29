import CaseDomain

/// The `cases` list read a batch at a time: the top-level walk steps over each case object
/// (`JSONSkipper`), then the batch's cases are parsed, converted and validated on every core, each with
/// its own problem list, and then taken in file order on this thread exactly as `walkCases` takes them:
/// the problems added in the order it would find them, the duplicates within the import, `body`. Whatever
/// the skipper or a case's parse cannot follow (a case not closed, a lexical error) is read again from that
/// case's start the ordinary way, so its problem is the one the ordinary reading gives.
extension DocumentWalk {
    /// Where one case of a batch was written.
    struct CaseSpan: Sendable {
        var index: Int
        var start: Int
        var end: JSONSkipper.End
        var line: Int
        var column: Int
    }

    /// A case read ahead: its JSON and conversion, or nil when its strict parse must be redone in turn.
    struct ReadCase {
        var value: JSONValue
        var file: CaseFile?
        var context: DecodeContext
    }

    func walkCasesInBatches(_ parser: inout JSONParser, converter: CaseJSONConverter, convert: Bool,
                            registry: inout ImportRegistry,
                            body: (DecodedCase) -> [ValidationProblem]) throws(FormatError) {
        _ = try parser.beginArray()
        var first = true
        var index = 0
        var batch: [CaseSpan] = []
        batch.reserveCapacity(batchSize)
        while !collector.isFull {
            let more: Bool
            do {
                more = try parser.nextElement(first: &first)
            } catch {
                // The cases before the separator are taken first, as the ordinary reading takes them.
                if let resume = try takeBatch(&batch, parser: &parser, converter: converter, convert: convert,
                                              registry: &registry, body: body) {
                    index = resume
                    continue
                }
                throw error
            }
            guard more else {
                guard let resume = try takeBatch(&batch, parser: &parser, converter: converter, convert: convert,
                                                 registry: &registry, body: body) else { return }
                index = resume
                continue
            }
            let start = parser.index
            let position = parser.position(of: start)
            if let end = JSONSkipper.skipObject(parser.bytes, at: start, line: position.line, column: position.column) {
                batch.append(CaseSpan(index: index, start: start, end: end, line: position.line, column: position.column))
                parser.skip(to: end.offset, line: end.line, column: end.column)
                index += 1
                if batch.count < batchSize { continue }
                if let resume = try takeBatch(&batch, parser: &parser, converter: converter, convert: convert,
                                              registry: &registry, body: body) {
                    index = resume
                }
            } else {
                if let resume = try takeBatch(&batch, parser: &parser, converter: converter, convert: convert,
                                              registry: &registry, body: body) {
                    index = resume
                    continue
                }
                if collector.isFull { return }
                try readInTurn(&parser, index: index, converter: converter, convert: convert, registry: &registry,
                               body: body)
                index += 1
            }
        }
    }

    /// The batch's cases read on every core, then taken in order. A case whose strict parse failed is read
    /// again in turn from its start (which reports its problem); should that reading succeed, the rest of
    /// the batch is dropped and the walk goes on from where it ended, with the index answered.
    private func takeBatch(_ batch: inout [CaseSpan], parser: inout JSONParser, converter: CaseJSONConverter,
                           convert: Bool, registry: inout ImportRegistry,
                           body: (DecodedCase) -> [ValidationProblem]) throws(FormatError) -> Int? {
        defer { batch.removeAll(keepingCapacity: true) }
        guard !batch.isEmpty, !collector.isFull else { return nil }
        let spans = batch
        let read = readAhead(spans, bytes: parser.bytes, file: parser.file, maxDepth: parser.maxDepth,
                             path: parser.currentPath, version: converter.version, convert: convert)
        for (span, found) in zip(spans, read) {
            if collector.isFull { return nil }
            guard let found else {
                parser.skip(to: span.start, line: span.line, column: span.column)
                try readInTurn(&parser, index: span.index, converter: converter, convert: convert,
                               registry: &registry, body: body)
                return span.index + 1
            }
            guard convert else { continue }
            for error in found.context.collector.errors { collector.add(error) }
            found.context.collector = collector
            guard let file = found.file else { continue }
            inspectConverted(file, index: span.index, value: found.value, endOffset: span.end.offset,
                             context: found.context, warningsFrom: 0, registry: &registry, body: body)
        }
        release?.release(upTo: parser.index)
        return nil
    }

    /// One case read, converted and handed on in turn, as `walkCases` does.
    private func readInTurn(_ parser: inout JSONParser, index: Int, converter: CaseJSONConverter, convert: Bool,
                            registry: inout ImportRegistry,
                            body: (DecodedCase) -> [ValidationProblem]) throws(FormatError) {
        let value = try parser.within(.index(index)) { (parser) throws(FormatError) in try parser.parseValue(depth: 2) }
        guard convert, !collector.isFull else { return }
        let warningsBefore = converter.context.formerlyAccepted.count
        guard let file = converter.convert(value, path: "cases[\(index)]") else { return }
        inspectConverted(file, index: index, value: value, endOffset: parser.index, context: converter.context,
                         warningsFrom: warningsBefore, registry: &registry, body: body)
    }

    /// Parses and converts each span on every core, each case with a parser started at its position and
    /// its own problem list; nil for a span whose strict parse does not give one value ending at its end.
    private func readAhead(_ spans: [CaseSpan], bytes: UnsafeRawBufferPointer, file: String, maxDepth: Int,
                           path: [JSONPathStep], version: CaseFormatVersion?, convert: Bool) -> [ReadCase?] {
        nonisolated(unsafe) let bytes = bytes
        let chunks = Parallel.mapChunks(count: spans.count, minimumChunk: 16) { range -> [ReadCase?] in
            range.map { position -> ReadCase? in
                let span = spans[position]
                var parser = JSONParser(bytes: bytes, valueAt: span.start, line: span.line, column: span.column,
                                        file: file, maxDepth: maxDepth, path: path + [.index(span.index)])
                guard let value = try? parser.parseValue(depth: 2), parser.index == span.end.offset else { return nil }
                let context = DecodeContext(file: file, collector: ProblemCollector(limit: .max))
                guard convert else { return ReadCase(value: value, file: nil, context: context) }
                var converter = CaseJSONConverter(context: context)
                converter.version = version
                return ReadCase(value: value, file: converter.convert(value, path: "cases[\(span.index)]"),
                                context: context)
            }
        }
        return chunks.flatMap { $0 }
    }
}
