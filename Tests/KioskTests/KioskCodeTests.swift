@testable import CaseDomain
import Testing

/// The opaque codes' primitive against the published test vectors.
@Suite struct KioskCodeTests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    @Test("SHA-256 of \"abc\" and of the empty string (FIPS 180-4)")
    func sha256() {
        #expect(Self.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(Self.hex(SHA256.hash(long)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("HMAC-SHA-256 (RFC 4231 test cases 2 and 6)")
    func hmac() {
        #expect(Self.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let key = [UInt8](repeating: 0xaa, count: 131)
        let message = Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
        #expect(Self.hex(SHA256.hmac(key: key, message: message))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("A case's code is K- and 8 of Crockford's letters, the same each time")
    func code() throws {
        let id = try #require(CaseID("c0123456789abcdef"))
        let code = KioskCode.code(for: id, secret: Array("s".utf8))
        #expect(code == KioskCode.code(for: id, secret: Array("s".utf8)))
        #expect(code.count == 10 && code.hasPrefix("K-"))
        #expect(code.dropFirst(2).allSatisfy { KioskCode.alphabet.contains($0) })
    }
}
