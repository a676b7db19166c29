import CPq

/// A statement's result, copied out of libpq as text (nil for SQL NULL), read by column name.
struct PQRows: Sequence {
    private let columns: [String: Int]
    private let values: [[String?]]
    /// Rows the statement changed (`UPDATE`, `DELETE`, `INSERT`), from libpq's command status.
    let affected: Int

    init(_ result: OpaquePointer?) {
        let rowCount = Int(PQntuples(result)), columnCount = Int(PQnfields(result))
        var names: [String: Int] = [:]
        for column in 0..<columnCount {
            if let name = PQfname(result, Int32(column)) { names[String(cString: name)] = column }
        }
        columns = names
        values = (0..<rowCount).map { row in
            (0..<columnCount).map { column in
                PQgetisnull(result, Int32(row), Int32(column)) == 1 ? nil
                    : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
            }
        }
        affected = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    var count: Int { values.count }
    var first: PQRow? { values.first.map { PQRow(columns: columns, values: $0) } }

    func makeIterator() -> AnyIterator<PQRow> {
        var index = 0
        return AnyIterator {
            guard index < values.count else { return nil }
            defer { index += 1 }
            return PQRow(columns: columns, values: values[index])
        }
    }
}

/// One row of a result; a column that is not there reads as a malformed row, never a crash.
struct PQRow {
    let columns: [String: Int]
    let values: [String?]

    /// The column's text, nil for NULL.
    func optional(_ name: String) -> String? {
        columns[name].flatMap { values[$0] }
    }

    func text(_ name: String) throws -> String {
        guard let value = optional(name) else { throw DocumentError.malformed("the column \(name)") }
        return value
    }

    func optionalInt(_ name: String) -> Int? { optional(name).flatMap { Int($0) } }

    func int(_ name: String) throws -> Int {
        guard let value = optionalInt(name) else { throw DocumentError.malformed("the column \(name)") }
        return value
    }

    func int64(_ name: String) throws -> Int64 { Int64(try int(name)) }

    /// An integer flag column (0 or 1) or a boolean (`t` / `f`).
    func bool(_ name: String) throws -> Bool {
        switch try text(name) {
        case "1", "t", "true": return true
        default: return false
        }
    }
}
