import CaseDomain
import Testing

@Suite("A-number")
struct ANumberTests {
    @Test("Accepts docs/domain.md's spellings and pads to nine digits", arguments: [
        ("A-012-345-678", "012345678"), ("a012345678", "012345678"), ("A 12 345 678", "012345678"),
        ("12345678", "012345678"), ("1234567", "001234567"), ("A-123456789", "123456789"), ("123-456-789", "123456789"),
    ])
    func accepts(input: String, digits: String) {
        #expect(ANumber(parsing: input)?.digits == digits)
    }

    @Test("Rejects everything else", arguments: [
        "٠١٢٣٤٥٦٧٨", "０１２３４５６７８", "0123456789", "123456", "A--012345678", "012  345 678", "012345678-",
        "012345678 ", "A", "", "-012345678", "A012345678A", "B012345678", "A 0123 4567 8x",
    ])
    func rejects(input: String) {
        #expect(ANumber(parsing: input) == nil)
    }

    @Test("Displays as A 012 345 678")
    func display() {
        #expect(ANumber(parsing: "a012345678")?.display == "A 012 345 678")
        #expect(ANumber(parsing: "12345678")?.description == "A 012 345 678")
    }
}
