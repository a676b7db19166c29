import Dashboard
import ScreenKit
import ScreenKitTestSupport

/// Text forms of rendered frames, for golden tests: the same state always gives the same text.
public enum ScreenText {
    /// Renders `state` at `size` and returns the frame as lines joined by newlines, trailing spaces
    /// removed (so golden strings in tests stay readable).
    public static func render(_ state: DashboardState, size: Size) -> String {
        trimmed(Renderer.render(state, size: size))
    }

    /// A frame's text with trailing spaces removed from every line.
    public static func trimmed(_ screen: Screen) -> String {
        (0..<screen.size.rows).map { row in
            var line = screen.line(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Renders `state` at `size` and returns the roles of its cells (`Screen.rolePlane`).
    public static func roles(_ state: DashboardState, size: Size) -> String {
        Renderer.render(state, size: size).rolePlane
    }
}
