import CaseDomain
import Crypto

/// The office display's opaque case code (`kioskOpaqueCodes`, docs/configuration.md): an HMAC-SHA-256 of
/// the case's stable id under a secret kept in the store's settings, shown as `K-` and 8 letters and
/// digits. Stable for the case (the id never changes, the matter number may), and not derivable from the
/// matter or the id without the secret.
public enum KioskCode {
    /// Crockford's base 32: no I, L, O or U to misread across a room.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func code(for id: CaseID, secret: [UInt8]) -> String {
        let mac = Array(HMAC<SHA256>.authenticationCode(for: Array(id.rawValue.utf8), using: SymmetricKey(data: secret)))
        // The first 40 bits, 5 at a time.
        var bits: UInt64 = 0
        for byte in mac.prefix(5) { bits = bits << 8 | UInt64(byte) }
        var letters = ""
        for index in (0..<8).reversed() { letters.append(alphabet[Int((bits >> (5 * UInt64(index))) & 31)]) }
        return "K-" + letters
    }
}
