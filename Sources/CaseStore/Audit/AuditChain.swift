import Crypto

/// One audit row as the hash chain sees it: the values a backend stores, with nothing of the backend's own
/// (no SQLite row format, type affinity or internal case row id), so a trail copied to another backend keeps
/// its chain. The encoding is specified in docs/formats.md (The audit trail's hash chain).
public struct AuditRecord: Hashable, Sendable {
    public var id: Int64
    public var at: String
    public var user: String
    public var action: String
    public var subject: String
    /// The stable id of the case concerned (`CaseID`'s text), when any.
    public var caseUID: String?
    public var matter: String?
    public var caseVersion: Int?
    public var detail: String?
    public var before: String?
    public var after: String?

    public init(id: Int64, at: String, user: String, action: String, subject: String, caseUID: String?,
                matter: String?, caseVersion: Int?, detail: String?, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.subject = subject
        self.caseUID = caseUID
        self.matter = matter
        self.caseVersion = caseVersion
        self.detail = detail
        self.before = before
        self.after = after
    }
}

/// The audit trail's hash chain: `hash = SHA-256(prev_hash ‖ canonical row)`, hex in lower case; the first
/// row's `prev_hash` is `genesis`. Pure: the same bytes on every backend and platform.
public enum AuditChain {
    /// The `prev_hash` of the first row: 64 zeros.
    public static let genesis = String(repeating: "0", count: 64)

    /// The tag that starts every canonical row, so a future encoding can never be confused with this one.
    static let formatTag = "casedesk-audit/1"

    /// The canonical bytes of a row: the format tag, then each field in a fixed order (id, at, user, action,
    /// subject, caseUID, matter, caseVersion, detail, before, after), each as one marker byte (0 absent,
    /// 1 present) and, when present, its UTF-8 bytes preceded by their count as 8 bytes big-endian. Integers
    /// are written as their decimal text. Text is taken byte for byte as stored (no normalisation).
    public static func canonicalBytes(_ record: AuditRecord) -> [UInt8] {
        var bytes: [UInt8] = []
        func field(_ text: String?) {
            guard let text else {
                bytes.append(0)
                return
            }
            let utf8 = Array(text.utf8)
            bytes.append(1)
            let count = UInt64(utf8.count)
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: count >> UInt64(shift))) }
            bytes.append(contentsOf: utf8)
        }
        field(formatTag)
        field(String(record.id))
        field(record.at)
        field(record.user)
        field(record.action)
        field(record.subject)
        field(record.caseUID)
        field(record.matter)
        field(record.caseVersion.map { String($0) })
        field(record.detail)
        field(record.before)
        field(record.after)
        return bytes
    }

    /// The row's hash: SHA-256 over the previous row's hash (its 32 bytes, decoded from hex; an unreadable
    /// one is taken as its UTF-8 text, so it still changes the result) followed by the canonical row.
    public static func hash(previous: String, _ record: AuditRecord) -> String {
        var hasher = SHA256()
        hasher.update(data: bytes(ofHex: previous) ?? Array(previous.utf8))
        hasher.update(data: canonicalBytes(record))
        return hex(Array(hasher.finalize()))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return text
    }

    static func bytes(ofHex text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 64 else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(32)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }
}

/// Walks a trail in id order and finds the first row that breaks the chain.
public struct AuditChainVerifier: Sendable {
    /// The hash the next row must name as its `prev_hash`.
    public private(set) var head = AuditChain.genesis
    public private(set) var rows = 0
    private var previousID: Int64?

    public init() {}

    /// Checks the next row with the hashes it stores; returns what is wrong with it, or nil.
    public mutating func check(_ record: AuditRecord, prevHash: String?, hash: String?) -> String? {
        defer {
            previousID = record.id
            rows += 1
            head = hash ?? ""
        }
        let after = previousID.map { "row \($0)" } ?? "the start of the trail"
        guard let prevHash, let hash else {
            return "audit row \(record.id) has no hash (written around the store)"
        }
        if prevHash != head {
            if let previousID, record.id != previousID + 1 {
                return "audit row \(record.id) does not follow \(after): rows between them are missing"
            }
            return "audit row \(record.id) does not follow \(after) (a row was removed, inserted or moved before it)"
        }
        if AuditChain.hash(previous: prevHash, record) != hash {
            return "audit row \(record.id) was altered (its hash does not match its contents)"
        }
        return nil
    }
}
