import CaseDomain

/// One case as the JSON reader converted it, with where its parts were written in the file.
public struct DecodedCase {
    public var file: CaseFile
    /// Its index in the file's `cases` list.
    public var index: Int
    /// The case's JSON, for locating its fields.
    let value: JSONValue
    /// How far into the file the reader is (bytes), for progress.
    public var endOffset: Int
    /// No problem has been found in the file so far (this case included): the case may be written.
    public var isClean: Bool
    /// Values of this case an earlier version accepted and this one refuses in forms: written as they
    /// are, each reported as a warning.
    public var warnings: [FormatError] = []

    /// `cases[3]`.
    public var path: String { "cases[" + String(index) + "]" }

    /// Where the value at a path relative to the case (`client.aNumber`) was written.
    public func position(of relativePath: String) -> JSONPosition {
        value.locate(relativePath)
    }
}
