import Foundation
import CaseDomain

/// What a date typed without a year means: the next such date (hearings, deadlines) or the last one
/// that has passed (arrivals, birth dates).
enum FormYearless: Hashable, Sendable {
    case next, lastPast
}

/// Reads the dates a form accepts: `2026-12-03`, `12/3/2026`, `today`, `tomorrow`, `yesterday`, `+30`,
/// `-7`, `dec 3`, `3 dec`, `Dec 3 2026`.
enum FormDates {
    static func parse(_ text: String, today: CivilDate, yearless: FormYearless) -> Result<CivilDate, FieldMessage> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "today": return .success(today)
        case "tomorrow": return .success(today.adding(days: 1))
        case "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let first = trimmed.first, first == "+" || first == "-", let days = Int(trimmed.dropFirst()), days < 100_000 {
            return .success(today.adding(days: first == "+" ? days : -days))
        }
        if trimmed.count == 10, trimmed.dropFirst(4).first == "-" {
            guard let date = CivilDate(iso: trimmed) else { return .failure(FieldMessage("\(trimmed) is not a date in the calendar")) }
            return .success(date)
        }
        let slashed = trimmed.split(separator: "/")
        if slashed.count == 3, let month = Int(slashed[0]), let day = Int(slashed[1]), let year = Int(slashed[2]),
           slashed[2].count == 4 {
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return .failure(FieldMessage("\(trimmed) is not a date in the calendar"))
            }
            return .success(date)
        }
        return named(trimmed, today: today, yearless: yearless)
    }

    /// `dec 3`, `3 dec`, `december 3`, `Dec 3 2026`.
    private static func named(_ text: String, today: CivilDate, yearless: FormYearless) -> Result<CivilDate, FieldMessage> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        var month: Int?, day: Int?, year: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4 { year = number } else if day == nil { day = number } else { return .failure(unreadable(text)) }
            } else if let found = months.firstIndex(where: { word.count >= 3 && $0.hasPrefix(word) }) {
                month = found + 1
            } else {
                return .failure(unreadable(text))
            }
        }
        guard let month, let day, words.count <= 3 else { return .failure(unreadable(text)) }
        if let year {
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return .failure(FieldMessage("\(text) is not a date in the calendar"))
            }
            return .success(date)
        }
        let years = yearless == .next ? Array(today.year...(today.year + 4)) : Array((today.year - 4)...today.year).reversed()
        for candidateYear in years {
            guard let date = CivilDate(year: candidateYear, month: month, day: day) else { continue }
            if yearless == .next ? date >= today : date <= today { return .success(date) }
        }
        return .failure(FieldMessage("\(text) is not a date in the calendar"))
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    private static func unreadable(_ text: String) -> FieldMessage {
        FieldMessage("\(TextSafety.quoted(text)) is not a date: try 2026-12-03, +30, tomorrow or dec 3")
    }
}

/// A one-line message shown beside a field.
struct FieldMessage: Error, Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }
}
