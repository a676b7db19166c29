/// One field of a value of type `Root`, as diffs and merges see it: how to compare it, copy it from
/// another value and show it to people. Built from a key path so each table of fields says each field once.
struct FieldLens<Root> {
    /// The JSON keys from `Root` to the field (`["client", "name"]`).
    let keys: [String]
    /// What people call it ("Client name", "birth date").
    let label: String
    let render: (Root) -> String?
    let same: (Root, Root) -> Bool
    let copy: (inout Root, Root) -> Void

    init<Value: Equatable>(_ keys: [String], _ label: String, _ path: WritableKeyPath<Root, Value>,
                           render: @escaping (Value) -> String?) {
        self.keys = keys
        self.label = label
        self.render = { render($0[keyPath: path]) }
        same = { $0[keyPath: path] == $1[keyPath: path] }
        copy = { $0[keyPath: path] = $1[keyPath: path] }
    }

    init<Value: Equatable>(_ key: String, _ label: String, _ path: WritableKeyPath<Root, Value>,
                           render: @escaping (Value) -> String?) {
        self.init([key], label, path, render: render)
    }

    func path(under base: FieldPath) -> FieldPath {
        keys.reduce(base) { $0.appending($1) }
    }
}

extension Array {
    /// Whether every field of `fields` is the same in `a` and `b`: item equality that ignores what no
    /// person edits (ids, the recording sequence the store renumbers).
    func allSame<Root>(_ a: Root, _ b: Root) -> Bool where Element == FieldLens<Root> {
        allSatisfy { $0.same(a, b) }
    }
}

/// How values read in a diff or on the conflict screen: short, one line, codes as they are written in a
/// file (dates ISO, closed sets by raw value, lists joined by commas). Text is as stored: whoever shows it
/// passes it through `TextSafety.display`.
enum ValueText {
    static func text(_ value: String) -> String? { value }
    static func text(_ value: String?) -> String? { value }
    static func date(_ value: CivilDate?) -> String? { value?.iso }
    static func time(_ value: TimeOfDay?) -> String? { value?.text }
    static func aNumber(_ value: ANumber?) -> String? { value?.display }
    static func flag(_ value: Bool) -> String? { value ? "yes" : "no" }
    static func flag(_ value: Bool?) -> String? { value.flatMap(flag) }
    static func number(_ value: Int?) -> String? { value.map { String($0) } }
    static func code<Code: RawRepresentable>(_ value: Code) -> String? where Code.RawValue == String { value.rawValue }
    static func code<Code: RawRepresentable>(_ value: Code?) -> String? where Code.RawValue == String { value?.rawValue }

    static func list(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }
    static func codes<Code: RawRepresentable>(_ values: [Code]) -> String? where Code.RawValue == String {
        list(values.map(\.rawValue))
    }

    static func closure(_ value: CaseClosure?) -> String? {
        value.map { "\($0.reason.rawValue) on \($0.date.iso)" }
    }

    static func sponsor(_ value: Sponsor?) -> String? {
        guard let value else { return nil }
        var text = value.name
        if let relation = value.relation { text += " (" + relation + ")" }
        return ([text] + [value.phone, value.address].compactMap { $0 }).joined(separator: ", ")
    }

    /// A name for a label: display-safe, cut to 40 characters, in typographic quotes.
    static func quotedName(_ text: String) -> String {
        let safe = TextSafety.display(text)
        let cut = safe.count > 40 ? String(safe.prefix(39)) + "…" : safe
        return "“" + cut + "”"
    }
}
