import CaseDomain
@testable import KioskProjection
import Testing

/// The opaque codes: HMAC-SHA-256 from swift-crypto, cut to 40 bits in Crockford's base 32.
@Suite struct KioskCodeTests {
    @Test("A case's code is K- and 8 of Crockford's letters, the same each time, and another under another secret")
    func code() throws {
        let id = try #require(CaseID("c0123456789abcdef"))
        let code = KioskCode.code(for: id, secret: Array("s".utf8))
        #expect(code == KioskCode.code(for: id, secret: Array("s".utf8)))
        #expect(code.count == 10 && code.hasPrefix("K-"))
        #expect(code.dropFirst(2).allSatisfy { KioskCode.alphabet.contains($0) })
        #expect(code != KioskCode.code(for: id, secret: Array("t".utf8)))
    }

    @Test("The code agrees with an independent HMAC-SHA-256 (Python's hmac module, computed once)")
    func knownValue() throws {
        // python3: hmac.new(b's', b'c0123456789abcdef', hashlib.sha256).digest()[:5] in Crockford base 32.
        #expect(KioskCode.code(for: try #require(CaseID("c0123456789abcdef")), secret: Array("s".utf8)) == "K-0976PN5B")
    }
}
