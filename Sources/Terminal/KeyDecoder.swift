import CNcursesw
import ScreenKit

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// A function key (`KEY_CODE_YES`).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        default:
            for n in 1...12 where code == nc_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// A character code (`OK`); in raw mode control characters arrive here too.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 28: return .ctrl("\\")
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }
            return .ctrl(Character(scalar))
        case 0...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
