/// One record of a CSV file: its fields and the line it starts on.
struct CSVRecord {
    var fields: [String]
    var line: Int
}

/// A strict RFC 4180 reader over bytes already checked by `TextInput`. Syntax problems stop it (after an
/// unterminated quote nothing can be trusted): an unterminated quote names the line where it opened;
/// text after a closing quote, a stray quote, a bare CR and mixed line ends are errors.
/// Line breaks inside quoted fields are returned as LF.
struct CSVParser {
    private enum LineEnd { case lf, crlf }

    let bytes: UnsafeRawBufferPointer
    let file: String
    private var index: Int
    private var line = 1
    private var lineEnd: LineEnd?
    private var firstLineEndLine = 0
    private var lines = LineColumn()

    init(bytes: UnsafeRawBufferPointer, start: Int, file: String) {
        self.bytes = bytes
        self.index = start
        self.file = file
    }

    private mutating func error(at offset: Int, _ message: String) -> FormatError {
        let found = lines.position(of: offset, in: bytes)
        return FormatError(file: file, line: found.line, column: found.column, style: .csvColumn, message: message)
    }

    /// Consumes a line end at `index` (LF or CR LF) and checks it matches the file's first one.
    private mutating func consumeLineEnd() throws(FormatError) {
        let kind: LineEnd
        if bytes[index] == 0x0D {
            guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else {
                throw error(at: index, "a carriage return without a line feed (CR alone is not a line end; re-save with LF or CRLF)")
            }
            kind = .crlf
        } else {
            kind = .lf
        }
        if let lineEnd, lineEnd != kind {
            let (this, other) = kind == .crlf ? ("CRLF", "LF") : ("LF", "CRLF")
            throw error(at: index, "this line ends with \(this) but line \(firstLineEndLine) ends with \(other) (mixed line ends)")
        }
        if lineEnd == nil { firstLineEndLine = line }
        lineEnd = kind
        index += kind == .crlf ? 2 : 1
        line += 1
    }

    /// Every record of the file.
    mutating func records() throws(FormatError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var recordLine = line
        var atFieldStart = true
        var recordStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            recordStarted = true
            if atFieldStart && byte == UInt8(ascii: "\"") {
                try quotedField(into: &field)
                atFieldStart = false
                if index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw error(at: index, "text after a closing quote (a quote inside a quoted field is written \"\")")
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
                atFieldStart = true
                index += 1
            case 0x0A, 0x0D:
                try consumeLineEnd()
                endField()
                records.append(CSVRecord(fields: fields, line: recordLine))
                fields.removeAll()
                recordLine = line
                atFieldStart = true
                recordStarted = false
            case UInt8(ascii: "\""):
                throw error(at: index, "a quote inside an unquoted field (quote the whole field and double the quote)")
            default:
                field.append(byte)
                atFieldStart = false
                index += 1
            }
        }
        if recordStarted {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
        return records
    }

    /// A quoted field; `index` is at the opening quote and ends just after the closing one.
    private mutating func quotedField(into field: inout [UInt8]) throws(FormatError) {
        let open = index
        let openLine = line
        index += 1
        while true {
            guard index < bytes.count else {
                var failure = error(at: open, "unterminated quote: the field opened here never closes")
                failure.line = openLine
                throw failure
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 2
                    continue
                }
                index += 1
                return
            }
            if byte == 0x0A || byte == 0x0D {
                try consumeLineEnd()
                field.append(0x0A)
                continue
            }
            field.append(byte)
            index += 1
        }
    }
}
