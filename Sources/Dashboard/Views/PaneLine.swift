import ScreenKit

/// A run of text in one role.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

/// One line of a pane: text on the left (clipped with `…` when the pane is narrow) and an optional
/// status on the right that is never clipped away before the left part is.
public struct PaneLine: Hashable, Sendable {
    public var left: [Span]
    public var right: [Span]

    public init(_ left: [Span], right: [Span] = []) {
        self.left = left
        self.right = right
    }

    public init(_ text: String, _ role: Role = .text) {
        self.init([Span(text, role)])
    }

    /// Draws the line into `width` columns at a position.
    func draw(into screen: inout Screen, row: Int, column: Int, width: Int, ellipsis: String) {
        let rightText = right.map(\.text).joined()
        let rightWidth = min(DisplayWidth.of(rightText), max(0, width - 4))
        let leftRoom = rightWidth > 0 ? width - rightWidth - 1 : width
        var x = column
        var remaining = leftRoom
        for span in left where remaining > 0 {
            // Only the span that overflows gets the ellipsis; the spans after it are dropped.
            let overflows = DisplayWidth.of(span.text) > remaining
            let end = screen.put(span.text, row: row, column: x, width: remaining, role: span.role, ellipsis: ellipsis)
            remaining -= end - x
            x = end
            if overflows { break }
        }
        guard rightWidth > 0 else { return }
        var rx = column + width - rightWidth
        for span in right {
            let end = screen.put(span.text, row: row, column: rx, width: column + width - rx, role: span.role, ellipsis: ellipsis)
            rx = end
        }
    }
}
