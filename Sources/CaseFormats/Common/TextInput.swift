/// The encoding gate every text input passes: UTF-8 only, one leading BOM allowed, no NUL.
enum TextInput {
    /// Where the text starts after an optional UTF-8 BOM, or the problem with the encoding.
    /// The whole buffer is checked, so later stages can decode slices without failing.
    /// `release`, when given, is told every few megabytes how far the check has read (so the pages behind
    /// can be given back).
    static func check(_ bytes: UnsafeRawBufferPointer, file: String,
                      release: ((Int) -> Void)? = nil) -> Result<Int, FormatError> {
        let count = bytes.count
        func error(at offset: Int, _ message: String) -> Result<Int, FormatError> {
            let position = LineColumn.locate(offset, in: bytes)
            return .failure(FormatError(file: file, line: position.line, column: position.column, message: message))
        }
        let utf32BigEndian = count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF
        let utf32LittleEndian = count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0
        if utf32BigEndian || utf32LittleEndian {
            return .failure(FormatError(file: file, line: 1, column: 1,
                                        message: "the file is UTF-32; re-save it as UTF-8"))
        }
        if count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            return .failure(FormatError(file: file, line: 1, column: 1,
                                        message: "the file is UTF-16; re-save it as UTF-8"))
        }
        let start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var index = start
        var nextRelease = PageRelease.step
        while index < count {
            if index >= nextRelease, let release {
                release(index)
                nextRelease = index + PageRelease.step
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    return error(at: index, "contains a NUL byte (is the file UTF-16? re-save it as UTF-8)")
                }
                index += 1
                continue
            }
            let length = UTF8Check.sequenceLength(bytes, at: index)
            if length == 0 {
                return error(at: index, "is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); re-save the file as UTF-8")
            }
            index += length
        }
        return .success(start)
    }
}

/// UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Check {
    /// The length of the well-formed sequence starting at `index`, or 0 when it is malformed.
    static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && (low...high).contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}

/// Line and column of a byte offset. Columns count Unicode scalars (a byte that is not a UTF-8
/// continuation byte starts one), so they match what an editor shows for most text.
struct LineColumn {
    private var line = 1
    private var scanned = 0
    private var column = 1

    init() {}

    /// The state of a scan that has reached `offset`, at `line` and `column` (a parser started in the middle
    /// of a file, at a place whose position is already known).
    init(line: Int, column: Int, at offset: Int) {
        self.line = line
        self.column = column
        scanned = offset
    }

    /// A one-off lookup (errors only: it scans from the start).
    static func locate(_ offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        var tracker = LineColumn()
        return tracker.position(of: offset, in: bytes)
    }

    /// Positions asked for in increasing order cost amortised O(1): the scan resumes where it stopped.
    mutating func position(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        if offset < scanned { self = LineColumn() }
        var index = scanned
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        scanned = max(scanned, end)
        return (line, column)
    }
}
