import CaseDomain
import Foundation

/// One case as a `casedesk/1` case object: how the store keeps a case, so a stored case and an exported
/// one are the same text and there is one codec for both.
public enum CaseJSONDocument {
    /// What the strict reader does with a value only an earlier version accepted.
    public enum FormerlyAccepted: Sendable {
        case read, refused
    }

    /// The case object in docs/formats.md's key order, events and evidence in export order; compact (no whitespace,
    /// nulls and empty lists left out), which the reader takes exactly like the export's form.
    public static func text(for file: CaseFile) -> String {
        var output = JSONOutput()
        output.isCompact = true
        CaseJSONEncoding.write(file, to: &output, indent: 0)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Reads one case object strictly (unknown keys, wrong types and invalid values are errors, as on import).
    /// Store documents are `casedesk/2` objects; `version: .v1` reads those of a store made before ids.
    /// `formerlyAccepted` says whether a value only an earlier version accepted (`ValidationProblem.Severity`)
    /// is read (a store's check and upgrade: such a value is not damage) or fails the read.
    public static func file(from text: String, source: String, version: CaseFormatVersion = .current,
                            formerlyAccepted: FormerlyAccepted = .refused) throws(FormatErrors) -> CaseFile {
        let collector = ProblemCollector(limit: 20)
        let value: JSONValue
        do throws(FormatError) {
            value = try JSONDocument.parse(Data(text.utf8), file: source)
        } catch {
            collector.add(error)
            throw collector.result
        }
        let context = DecodeContext(file: source, collector: collector)
        let converter = CaseJSONConverter(context: context, version: version)
        guard let file = converter.convert(value, path: "case"), collector.errors.isEmpty else {
            throw collector.result
        }
        switch formerlyAccepted {
        case .read: break
        case .refused:
            // The store then reads the case keeping the value, and lists it (`fileKeepingRefusedValues`).
            if let found = context.formerlyAccepted.first { throw FormatErrors(errors: [found]) }
        }
        return file
    }

    /// Reads a stored case whose values may be ones casedesk would not accept now (text with control
    /// characters written by another tool, a code a newer check refuses): the structure is read strictly,
    /// but values `CaseValidation` refuses are kept as they are and listed, so the case still opens,
    /// exports and shows its text inert. Throws only when the document's structure is broken.
    public static func fileKeepingRefusedValues(from text: String, source: String,
                                                version: CaseFormatVersion = .current)
        throws(FormatErrors) -> (file: CaseFile, refused: [FormatError]) {
        let collector = ProblemCollector(limit: 20)
        let value: JSONValue
        do throws(FormatError) {
            value = try JSONDocument.parse(Data(text.utf8), file: source, readingEscapedNUL: true)
        } catch {
            collector.add(error)
            throw collector.result
        }
        let context = DecodeContext(file: source, collector: collector, keepingRefusedValues: true)
        let converter = CaseJSONConverter(context: context, version: version)
        guard let file = converter.convert(value, path: "case"), collector.errors.isEmpty else {
            throw collector.result
        }
        return (file, context.refusedValues ?? [])
    }
}
