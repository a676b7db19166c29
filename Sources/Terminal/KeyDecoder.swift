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

    /// Escape sequences other terminals send for the keys the dashboard uses, taught to ncurses beside
    /// what terminfo lists (`define_key`), so a key decodes whatever `TERM` says: PuTTY and the Linux
    /// console send `ESC [ 1 ~` and `ESC [ 4 ~` for Home and End, where xterm's entry has `ESC O H` and
    /// `ESC O F`; the console sends `ESC [ [ A` … `ESC [ [ E` for F1–F5; rxvt sends `ESC [ 7 ~` and
    /// `ESC [ 8 ~`; cursor keys come in both normal (`ESC [ A`) and application (`ESC O A`) modes.
    /// Undecoded, their last bytes would arrive as typed keys (the `4` of End opening the Evidence pane).
    static var commonSequences: [(sequence: String, code: Int32)] {
        let escape = "\u{1B}"
        var table: [(String, Int32)] = [
            ("[1~", KEY_HOME), ("[7~", KEY_HOME), ("[H", KEY_HOME), ("OH", KEY_HOME),
            ("[4~", KEY_END), ("[8~", KEY_END), ("[F", KEY_END), ("OF", KEY_END),
            ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE), ("[3~", KEY_DC), ("[Z", KEY_BTAB),
            ("[A", KEY_UP), ("[B", KEY_DOWN), ("[C", KEY_RIGHT), ("[D", KEY_LEFT),
            ("OA", KEY_UP), ("OB", KEY_DOWN), ("OC", KEY_RIGHT), ("OD", KEY_LEFT),
        ]
        // F1–F5 as the Linux console sends them, F1–F4 as xterm does, F1–F12 as the VT220 and PuTTY do.
        for (offset, letter) in ["A", "B", "C", "D", "E"].enumerated() {
            table.append(("[[" + letter, nc_key_f(Int32(offset + 1))))
        }
        for (offset, letter) in ["P", "Q", "R", "S"].enumerated() {
            table.append(("O" + letter, nc_key_f(Int32(offset + 1))))
        }
        for (offset, number) in [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24].enumerated() {
            table.append(("[\(number)~", nc_key_f(Int32(offset + 1))))
        }
        return table.map { (escape + $0.0, $0.1) }
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
