/// Decodes the bytes a paste's bulk read took past its end marker into what ncurses would have made of
/// them: keys (escape sequences through the `KeyTable`, UTF-8 characters), further pastes, and nothing
/// for a sequence no key uses. However many there are, none is lost; pure, so it is tested byte by byte.
struct BacklogDecoder {
    let table: KeyTable
    let pasteCodes: (start: Int32, end: Int32)
    let pasteLimit: Int

    /// What the bytes came to.
    struct Decoded {
        /// The keys and whole pastes, in order.
        var events: [InputEvent] = []
        /// A paste begun among the bytes whose end marker was not: it goes on in what is read next.
        var openPaste: PasteCollector?
        /// The last bytes when they begin a key the next read may complete (an escape sequence or a
        /// character cut by the read's end): handed back to ncurses, which waits for the rest.
        var tail: [UInt8] = []
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> Decoded {
        var decoded = Decoded()
        var rest = bytes
        while !rest.isEmpty {
            switch table.match(rest) {
            case .sequence(let code, let length):
                rest = rest.dropFirst(length)
                if code == pasteCodes.start {
                    var collector = PasteCollector(limit: pasteLimit)
                    rest = collect(rest, into: &collector)
                    guard collector.isFinished else {
                        decoded.openPaste = collector
                        return decoded
                    }
                    decoded.events.append(.paste(collector.text))
                } else if code != pasteCodes.end, let key = KeyDecoder.functionKey(code) {
                    // A stray end marker, and a key the dashboard has no use for, are nothing.
                    decoded.events.append(.key(key))
                }
            case .incomplete:
                decoded.tail = Array(rest)
                return decoded
            case .none:
                switch Self.utf8Start(rest) {
                case .scalar(let value, let length):
                    rest = rest.dropFirst(length)
                    if let key = KeyDecoder.character(value) { decoded.events.append(.key(key)) }
                case .incomplete:
                    decoded.tail = Array(rest)
                    return decoded
                case .invalid:
                    rest = rest.dropFirst()
                }
            }
        }
        return decoded
    }

    /// A paste's bytes up to its end marker; a start marker right behind the end continues the same paste
    /// (as the bulk read does). Returns what follows.
    private func collect(_ bytes: ArraySlice<UInt8>, into collector: inout PasteCollector) -> ArraySlice<UInt8> {
        let start = Array(PasteCollector.startMarker.utf8)
        var rest = bytes
        while true {
            rest = rest[collector.take(rest)...]
            guard collector.isFinished, rest.starts(with: start) else { return rest }
            collector.resume()
            rest = rest.dropFirst(start.count)
        }
    }

    /// What a character's first bytes are.
    enum UTF8Start: Equatable {
        case scalar(UInt32, length: Int)
        /// The bytes are the start of a character whose rest has not arrived.
        case incomplete
        /// Not UTF-8: the first byte is skipped.
        case invalid
    }

    /// The UTF-8 character at the start of `bytes`.
    static func utf8Start(_ bytes: ArraySlice<UInt8>) -> UTF8Start {
        guard let lead = bytes.first else { return .incomplete }
        let length = lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
        guard length > 0 else { return .invalid }
        let present = bytes.prefix(length)
        guard present.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return .invalid }
        guard present.count == length else { return .incomplete }
        var iterator = present.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .invalid }
        return .scalar(scalar.value, length: length)
    }
}
