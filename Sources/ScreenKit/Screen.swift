/// One character cell of a frame: a grapheme cluster, how many columns it takes, and what it means.
/// A wide character's second column is a continuation cell (empty text, width 0).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var role: Role

    public init(text: String, width: Int, role: Role) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell(text: " ", width: 1, role: .text)
}

/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// A whole frame as a grid of cells: what `render` produces and the terminal layer copies out.
public struct Screen: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the (hidden) cursor goes: the selected row, so screen readers and braille displays follow it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set { cursorRow = newValue?.row; cursorColumn = newValue?.column ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0
    /// Whether the terminal shows the cursor at `cursor`: only while text is being typed there (the
    /// filter, the command line, a form's field); otherwise it stays hidden on the selected row.
    public var showsCursor = false

    public init(size: Size) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        cells = Array(repeating: .blank, count: self.size.columns * self.size.rows)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes `text` at a position, clipped to `width` columns (to the screen's edge when nil) and
    /// ended with `…` when cut. Returns the column after the last written cell.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, width: Int? = nil, role: Role,
                             ellipsis: String = "…") -> Int {
        guard row >= 0, row < size.rows, column < size.columns else { return column }
        let limit = min(width ?? size.columns - column, size.columns - column)
        let clipped = DisplayWidth.clip(text, to: limit, ellipsis: ellipsis)
        var x = column
        for character in clipped {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone zero-width cluster (after sanitising, only combining marks) joins nothing: skip it.
                continue
            }
            if x >= 0 {
                set(row: row, column: x, Cell(text: DisplayWidth.capped(character), width: w, role: role))
                if w == 2, x + 1 < size.columns { set(row: row, column: x + 1, Cell(text: "", width: 0, role: role)) }
            }
            x += w
        }
        return x
    }

    /// Fills `count` cells from a position with one character (borders, padding) in a role.
    public mutating func fill(_ character: Character, row: Int, column: Int, count: Int, role: Role) {
        guard row >= 0, row < size.rows else { return }
        let w = max(1, DisplayWidth.of(character))
        var x = max(0, column)
        while x < min(size.columns, column + count) {
            set(row: row, column: x, Cell(text: String(character), width: w, role: role))
            x += w
        }
    }

    /// Changes the role of a run of cells without changing their text (selection highlight).
    public mutating func restyle(row: Int, column: Int, count: Int, role: Role) {
        guard row >= 0, row < size.rows else { return }
        for x in max(0, column)..<max(max(0, column), min(size.columns, column + count)) {
            cells[row * size.columns + x].role = role
        }
    }

    private mutating func set(row: Int, column: Int, _ cell: Cell) {
        let index = row * size.columns + column
        // Overwriting half of a wide character blanks its other half, so no stale glyph stays visible.
        if cells[index].width == 0, column > 0 {
            cells[index - 1] = Cell(text: " ", width: 1, role: cells[index - 1].role)
        } else if cells[index].width == 2, column + 1 < size.columns {
            cells[index + 1] = Cell(text: " ", width: 1, role: cells[index + 1].role)
        }
        cells[index] = cell
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow
            && lhs.cursorColumn == rhs.cursorColumn && lhs.showsCursor == rhs.showsCursor
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}
