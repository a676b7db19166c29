import CaseDomain

/// Everything a store holds, as values a backend neither writes nor reads in its own terms: what
/// `casedesk copy-store` carries from one backend to another (docs/commands.md, copy-store). The audit
/// trail travels row for row with its hashes, so the copy's chain is the original's.
public protocol StoreCopying: AnyObject, Sendable {
    /// Reads the whole store in one consistent snapshot and hands it to `sink`: the head first, then every
    /// case in matter order, then every audit row in id order. Memory stays bounded by one case.
    func readWhole(into sink: any StoreCopySink) throws
    /// Fills this store from `fill` in one transaction, all or nothing. The store must hold nothing yet but
    /// its own creation (no case, no staff, no review mark, no audit row but `create-store`): that row gives
    /// way to the copied trail. After the copied rows, one more row records where the copy came from
    /// (`origin`). Throws `StoreError.notEmpty` for a store that holds anything, and
    /// `StoreError.copyMismatch` when what arrived is not what the head announced.
    func receiveWhole(origin: String, _ fill: (any StoreCopySink) throws -> Void) throws
}

/// What a copy is handed to, part by part.
public protocol StoreCopySink: AnyObject {
    func receive(_ head: StoreCopyHead) throws
    func receive(_ copied: CopiedCase) throws
    func receive(_ row: ChainedAuditRow) throws
}

/// The store-wide part of a copy, with the counts and chain head the rest must match.
public struct StoreCopyHead: Hashable, Sendable {
    public var settings: StoreSettings
    /// The office display's code secret, so opaque codes stay the same on the copy.
    public var kioskCodeSecret: [UInt8]?
    public var staff: [StaffMember]
    public var reviewMarks: [ReviewMark]
    public var caseCount: Int
    public var auditRows: Int
    /// The hash of the last audit row (`AuditChain.genesis` for an empty trail).
    public var auditHead: String

    public init(settings: StoreSettings, kioskCodeSecret: [UInt8]?, staff: [StaffMember], reviewMarks: [ReviewMark],
                caseCount: Int, auditRows: Int, auditHead: String) {
        self.settings = settings
        self.kioskCodeSecret = kioskCodeSecret
        self.staff = staff
        self.reviewMarks = reviewMarks
        self.caseCount = caseCount
        self.auditRows = auditRows
        self.auditHead = auditHead
    }
}

/// One review mark: `user` marked `itemID` reviewed on `date`.
public struct ReviewMark: Hashable, Sendable {
    public var user: String
    public var date: CivilDate
    public var itemID: String

    public init(user: String, date: CivilDate, itemID: String) {
        self.user = user
        self.date = date
        self.itemID = itemID
    }
}

/// A case as a copy carries it: the stored case with the moment of its last change.
public struct CopiedCase: Hashable, Sendable {
    public var stored: StoredCase
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var lastChangeAt: String

    public init(stored: StoredCase, lastChangeAt: String) {
        self.stored = stored
        self.lastChangeAt = lastChangeAt
    }
}

/// An audit row with its place in the hash chain, as stored.
public struct ChainedAuditRow: Hashable, Sendable {
    public var record: AuditRecord
    public var prevHash: String?
    public var hash: String?

    public init(record: AuditRecord, prevHash: String?, hash: String?) {
        self.record = record
        self.prevHash = prevHash
        self.hash = hash
    }
}

extension StoreSettings {
    /// The settings as the stores keep them, key by key, in their canonical text (what a copy writes; the
    /// court closures are rows of their own).
    var storedValues: [(SettingKey, String)] {
        [(.timeZone, timeZone), (.meritsFilingLeadDays, String(meritsFilingLeadDays)),
         (.kioskOpaqueCodes, kioskOpaqueCodes ? "true" : "false"), (.groupShared, groupShared ? "true" : "false"),
         (.idleLockMinutes, String(idleLockMinutes))]
    }
}
