import DashboardRuntime
import ScreenKit

/// The one crash trigger in the product, for the reliability suite (RELIABILITY.md §7; docs/configuration.md,
/// Test hooks): with `CASEDESK_TEST_CRASH=after-first-frame` the dashboard fails a Swift runtime check
/// right after its first frame is drawn, as a programming error would. What a user must see then — the
/// terminal restored, no memory or data printed, no core file — is what the test checks. Any other value
/// is ignored, so a stray setting never crashes anyone's dashboard by accident of spelling.
enum CrashTestHook {
    static let variable = "CASEDESK_TEST_CRASH"
    static let afterFirstFrame = "after-first-frame"

    /// `backend`, or a wrapper that crashes after its first draw when the environment asks for it.
    static func backend(_ backend: any TerminalBackend, environment: [String: String]) -> any TerminalBackend {
        environment[variable] == afterFirstFrame ? CrashingBackend(backend) : backend
    }
}

/// Passes everything through to the real terminal, then fails an array bounds check after the first draw.
private final class CrashingBackend: TerminalBackend {
    private let wrapped: any TerminalBackend
    /// Always empty: the index below is out of range, found out at run time.
    private let nothing: [Int] = []

    init(_ wrapped: any TerminalBackend) { self.wrapped = wrapped }

    var size: Size { wrapped.size }
    var isASCII: Bool { wrapped.isASCII }
    var maySuspend: Bool { wrapped.maySuspend }
    func setPalette(_ palette: Palette) { wrapped.setPalette(palette) }
    func nextEvent(timeoutMilliseconds: Int, wakingOn descriptors: [Int32]) -> TerminalEvent {
        wrapped.nextEvent(timeoutMilliseconds: timeoutMilliseconds, wakingOn: descriptors)
    }
    func suspend() { wrapped.suspend() }

    func draw(_ screen: Screen) {
        wrapped.draw(screen)
        _ = nothing[screen.size.columns]
    }
}
