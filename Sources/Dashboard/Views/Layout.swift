import ScreenKit

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// Where everything goes for a terminal size: a pure function, re-run on every resize.
///
/// - 120 columns and more: the case list, the timeline, and custody above evidence, side by side.
/// - 80 to 119 columns: the case list beside one tabbed detail pane (timeline, custody or evidence).
/// - below 80×24: nothing but a message saying what is needed.
public struct Layout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case threeColumns, tabbed, tooSmall }

    public static let minimum = Size(columns: 80, rows: 24)

    public var mode: Mode
    public var header: Rect
    public var hintBar: Rect
    /// The open case's one-line summary above the detail panes.
    public var banner: Rect
    /// Each pane's box, border included. In the tabbed mode the three detail panes share one box.
    public var panes: [Pane: Rect]

    public init(size: Size) {
        let w = size.columns, h = size.rows
        header = Rect(x: 0, y: 0, width: w, height: 1)
        hintBar = Rect(x: 0, y: h - 1, width: w, height: 1)
        guard w >= Layout.minimum.columns, h >= Layout.minimum.rows else {
            mode = .tooSmall
            banner = Rect(x: 0, y: 0, width: 0, height: 0)
            panes = [:]
            return
        }
        let bodyHeight = h - 2
        if w >= 120 {
            mode = .threeColumns
            let listWidth = max(34, w * 30 / 100)
            let rightWidth = max(40, w * 30 / 100)
            let middleWidth = w - listWidth - rightWidth
            let detailHeight = bodyHeight - 1
            let custodyHeight = max(7, detailHeight * 2 / 5)
            banner = Rect(x: listWidth, y: 1, width: w - listWidth, height: 1)
            panes = [
                .cases: Rect(x: 0, y: 1, width: listWidth, height: bodyHeight),
                .timeline: Rect(x: listWidth, y: 2, width: middleWidth, height: detailHeight),
                .custody: Rect(x: listWidth + middleWidth, y: 2, width: rightWidth, height: custodyHeight),
                .evidence: Rect(x: listWidth + middleWidth, y: 2 + custodyHeight, width: rightWidth,
                                height: detailHeight - custodyHeight),
            ]
        } else {
            mode = .tabbed
            let listWidth = max(30, w * 38 / 100)
            let detail = Rect(x: listWidth, y: 2, width: w - listWidth, height: bodyHeight - 1)
            banner = Rect(x: listWidth, y: 1, width: w - listWidth, height: 1)
            panes = [
                .cases: Rect(x: 0, y: 1, width: listWidth, height: bodyHeight),
                .timeline: detail, .custody: detail, .evidence: detail,
            ]
        }
    }

    /// Rows of content inside a pane's border (0 when the pane is not shown).
    public func contentRows(of pane: Pane) -> Int {
        max(0, (panes[pane]?.height ?? 2) - 2)
    }
}
