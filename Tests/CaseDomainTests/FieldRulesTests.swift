import CaseDomain
import Testing

@Suite("Field rules a form checks as you type")
struct FieldRulesTests {
    @Test("Plain text in any script passes; blank passes unless required")
    func plainText() {
        for text in ["Дмитрий Иванов", "José Núñez", "王秀英", "Ana 👩🏽‍⚖️", ""] {
            #expect(FieldRules.oneLineText(text) == nil, "\(text)")
        }
        #expect(FieldRules.oneLineText("   ", required: true) == "is required")
        #expect(FieldRules.oneLineText("", required: true) == "is required")
        #expect(FieldRules.multiLineText("first line\n\tsecond") == nil)
        #expect(FieldRules.matter("") == "is required")
        #expect(FieldRules.multiLineText("\n\t", required: true) == "is required")
    }

    @Test("White space that may not be stored is named, not taken for blank")
    func unsafeWhiteSpace() {
        #expect(FieldRules.login("\u{85}") == "contains a control character (U+0085)")
        #expect(FieldRules.nationality("\t") == "contains a control character (U+0009)")
        #expect(FieldRules.oneLineText("\t", required: true) == "contains a control character (U+0009)")
        #expect(FieldRules.oneLineText("\n") == "is one line: it contains a line break (U+000A)")
        #expect(FieldRules.date("\u{85}", today: day("2026-12-01"), yearless: .next)
                    == "contains a control character (U+0085)")
    }

    @Test("Control characters are refused, one message each: C0, ESC sequences, DEL, C1", arguments: [
        ("bell\u{07}", "contains a control character (U+0007)"),
        ("\u{1B}[2Jq:quit", "contains a control character (U+001B)"),
        ("nul\u{00}", "contains a control character (U+0000)"),
        ("del\u{7F}", "contains a control character (U+007F)"),
        ("csi\u{9B}31m", "contains a control character (U+009B)"),
        ("nel\u{85}", "contains a control character (U+0085)"),
        ("tab\there", "contains a control character (U+0009)"),
    ])
    func controls(text: String, expected: String) {
        #expect(FieldRules.oneLineText(text) == expected)
        #expect(FieldRules.login(text) == expected)
        #expect(FieldRules.aNumber(text) == expected)
        #expect(FieldRules.closedSet(text, EvidenceStatus.self) == expected)
    }

    @Test("Bidi embedding, override and isolate characters are refused", arguments: [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ])
    func bidi(character: String) {
        let hex = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
        let expected = "contains a bidi control character (U+\(hex))"
        #expect(FieldRules.oneLineText("Ivan" + character + "ovich") == expected)
        #expect(FieldRules.multiLineText("notes" + character) == expected)
    }

    @Test("A line break in a one-line field is named as such; notes take it")
    func lineBreaks() {
        #expect(FieldRules.oneLineText("first\nsecond") == "is one line: it contains a line break (U+000A)")
        #expect(FieldRules.oneLineText("first\r\nsecond") == "is one line: it contains a line break (U+000D)")
        #expect(FieldRules.multiLineText("first\nsecond") == nil)
        #expect(FieldRules.multiLineText("first\r\nsecond") == "contains a control character (U+000D)")
    }

    @Test("Over-long text is refused, counted in characters as people see them")
    func tooLong() {
        #expect(FieldRules.oneLineText(String(repeating: "é", count: 256)) == nil)
        #expect(FieldRules.oneLineText(String(repeating: "e\u{301}", count: 256)) == nil)  // NFC: 256 characters
        #expect(FieldRules.oneLineText(String(repeating: "я", count: 300)) == "is 300 characters long (at most 256)")
        #expect(FieldRules.matter(String(repeating: "9", count: 33)) == "is 33 characters long (at most 32)")
        #expect(FieldRules.oneLineText("abcdef", maxLength: 4) == "is 6 characters long (at most 4)")
        #expect(FieldRules.multiLineText(String(repeating: "x", count: 65_537))
                    == "is 65537 characters long (at most 65536)")
    }

    @Test("A-numbers: every accepted spelling; anything else named")
    func aNumbers() {
        for text in ["A-234-567-890", "a234567890", "A 23 456 789", "2345678", ""] {
            #expect(FieldRules.aNumber(text) == nil, "\(text)")
        }
        #expect(FieldRules.aNumber("A12-34") == "\"A12-34\" is not an A-number (7 to 9 digits)")
        #expect(FieldRules.aNumber("1234567890") == "\"1234567890\" is not an A-number (7 to 9 digits)")
        #expect(FieldRules.aNumber("A٢٣٤٥٦٧٨٩٠")?.hasSuffix("is not an A-number (7 to 9 digits)") == true)
        #expect(FieldRules.aNumber("", required: true) == "is required")
    }

    @Test("Logins as the staff directory allows them")
    func logins() {
        #expect(FieldRules.login("mlopez") == nil)
        #expect(FieldRules.login("j.chen_2-b") == nil)
        #expect(FieldRules.login("MLopez") == "\"MLopez\" is not a login (1 to 32 of a-z 0-9 . _ -)")
        #expect(FieldRules.login("m lopez")?.hasSuffix("is not a login (1 to 32 of a-z 0-9 . _ -)") == true)
        #expect(FieldRules.login("mlópez")?.hasSuffix("is not a login (1 to 32 of a-z 0-9 . _ -)") == true)
        #expect(FieldRules.login(String(repeating: "a", count: 33))?.hasSuffix("is not a login (1 to 32 of a-z 0-9 . _ -)") == true)
        #expect(FieldRules.login("", required: true) == "is required")
    }

    @Test("Closed sets, codes, dates, times and numbers")
    func codes() {
        #expect(FieldRules.closedSet("ice-detained", CustodyStatus.self) == nil)
        #expect(FieldRules.closedSet("jail", Docket.self) == "\"jail\" is not one of the choices (detained, non-detained)")
        #expect(FieldRules.closedSet("", Track.self, required: true) == "is required")
        #expect(FieldRules.closedSet("Needed", EvidenceStatus.self)?.hasPrefix("\"Needed\" is not one of") == true)
        #expect(FieldRules.nationality("RU") == nil && FieldRules.nationality("stateless") == nil)
        #expect(FieldRules.nationality("Russia")?.hasSuffix("or \"stateless\"") == true)
        // The shape is not enough: the code must be assigned (Kosovo's XK is taken as the courts use it).
        #expect(FieldRules.nationality("XX") == "\"XX\" is not an assigned ISO 3166-1 country code")
        #expect(FieldRules.nationality("UK") == "\"UK\" is not an assigned ISO 3166-1 country code")
        #expect(FieldRules.nationality("GB") == nil && FieldRules.nationality("XK") == nil)
        #expect(FieldRules.languages("ru, uk") == nil)
        #expect(FieldRules.languages("ru, RU") == "\"RU\" is not a language tag (2 or 3 lowercase letters, BCP 47)")
        #expect(FieldRules.languages("ru ru") == "\"ru\" is listed twice")
        let today = day("2026-12-01")
        #expect(FieldRules.date("dec 3", today: today, yearless: .next) == nil)
        #expect(FieldRules.date("2026-02-30", today: today, yearless: .next)
                    == "\"2026-02-30\" is not a date: February 2026 has 28 days")
        #expect(FieldRules.date("", today: today, yearless: .next, required: true) == "is required")
        #expect(FieldRules.date("+3\u{1B}", today: today, yearless: .next) == "contains a control character (U+001B)")
        #expect(FieldRules.time("09:30") == nil)
        #expect(FieldRules.time("24:00") == "\"24:00\" is not a time (HH:MM, 00:00 to 23:59)")
        #expect(FieldRules.wholeNumber("1500", in: 1_500...Int.max) == nil)
        #expect(FieldRules.wholeNumber("900", in: 1_500...Int.max) == "900 is below the minimum of 1500")
        #expect(FieldRules.wholeNumber("-5", in: 1...3_650) == "\"-5\" is not a whole number")
        #expect(FieldRules.wholeNumber("99999999999999999999", in: 1...3_650) == "\"99999999999999999999\" is not a whole number")
    }

    @Test("What a form refuses, validation refuses too: the same text rules as import")
    func sameAsImport() {
        for text in ["\u{1B}]0;title\u{07}", "a\u{9B}b", "x\u{202E}y", "two\nlines", String(repeating: "ж", count: 257)] {
            #expect(FieldRules.oneLineText(text) != nil)
            let file = CaseFile(matter: "2026-0001", client: Client(name: "Client"), judge: text)
            #expect(!CaseValidation.problems(in: file).isEmpty)
        }
    }
}
