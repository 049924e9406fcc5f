import Foundation
import TestSupport
import XCTest

/// `--lang` on the document commands and `catalog check --lang`.
final class LanguageCommandTests: XCTestCase {
    private static let resources = Tool.repositoryRoot.appendingPathComponent("Resources")

    /// A copy of the shipped resources to break one file of.
    private func resourcesCopy() throws -> URL {
        let folder = try Tool.temporaryFolder().appendingPathComponent("Resources")
        try FileManager.default.copyItem(at: Self.resources, to: folder)
        return folder
    }

    private func lines(_ url: URL) throws -> [String] { try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") }

    func testCatalogCheckLangPassesForEveryShippedLanguage() throws {
        for lang in ["es", "fr", "de", "zh-Hans", "ar"] {
            let result = try Tool.leadprint(["catalog", "check", "--lang", lang])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.hasPrefix("flying-leads.\(lang).yaml: OK, \(lang) translation of 2 series, 27 leads"), result.stdout)
        }
    }

    func testCatalogCheckLangNamesTheOverlayFileAndLineOfAMissingKey() throws {
        let resources = try resourcesCopy()
        let overlay = resources.appendingPathComponent("catalogs/flying-leads.fr.yaml")
        var text = try lines(overlay)
        let removed = try XCTUnwrap(text.firstIndex { $0.hasPrefix("  Turquoise:") })
        text.remove(at: removed)
        try text.joined(separator: "\n").write(to: overlay, atomically: true, encoding: .utf8)
        // The colours mapping starts at `Black:`, the line after `colors:`.
        let colors = try XCTUnwrap(text.firstIndex { $0.hasPrefix("  Black:") }) + 1
        let result = try Tool.leadprint(["catalog", "check", "--lang", "fr", "--catalog", resources.appendingPathComponent("catalogs/flying-leads.yaml").path],
                                        environment: ["LEADPRINT_RESOURCES": resources.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("flying-leads.fr.yaml:\(colors): colors.Turquoise: missing key: no translation"), result.stderr)
    }

    func testCatalogCheckLangNamesTheStringTableFileAndLineOfAMissingKey() throws {
        let resources = try resourcesCopy()
        let table = resources.appendingPathComponent("strings/de.yaml")
        var text = try lines(table)
        let removed = try XCTUnwrap(text.firstIndex { $0.hasPrefix("compare.leads.heading:") })
        text.remove(at: removed)
        try text.joined(separator: "\n").write(to: table, atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["catalog", "check", "--lang", "de", "--catalog", resources.appendingPathComponent("catalogs/flying-leads.yaml").path],
                                        environment: ["LEADPRINT_RESOURCES": resources.path])
        XCTAssertEqual(result.status, 1)
        // The missing key belongs where the next key now sits: the removed line's number.
        XCTAssertTrue(result.stderr.contains("de.yaml:\(removed + 1): missing key 'compare.leads.heading'"), result.stderr)
    }

    func testUnknownLanguageIsRejectedWithTheKnownOnes() throws {
        let result = try Tool.leadprint(["card", "--series", "PRO", "--lang", "it"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("unknown language 'it'; expected one of en, es, fr, de, zh-Hans, ar"), result.stderr)
    }

    func testAllLangSpanishRendersEveryDocumentInSpanish() throws {
        let folder = try Tool.temporaryFolder()
        let englishRun = try Tool.leadprint(["all", "--output-folder", "en"], in: folder)
        XCTAssertEqual(englishRun.status, 0, englishRun.stderr)
        let result = try Tool.leadprint(["all", "--lang", "es", "--output-folder", "es"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("es").path).sorted()
        // Every English document has its Spanish twin, named with the language so the two never overwrite each other.
        let english = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("en").path).sorted()
        XCTAssertTrue(written.allSatisfy { $0.contains("-es") }, "\(written)")
        XCTAssertEqual(written.map { $0.replacingOccurrences(of: "-es", with: "") }.sorted(), english)
        let expected: [String: [String]] = [
            "card-all-cr80-es.pdf": ["Serie PRO · 17 cables de conexión", "Entrada de alarma 1", "Colores IEC 60757", "ALARMINA"],
            "compare-pro-value-a4-es.pdf": ["COMPARATIVA DE CABLES DE CONEXIÓN", "Todos los cables, uno por uno", "Función", "Página 1 de 2", "Entradas de alarma"],
            "swatches-a4-es.pdf": ["Muestras de colores de cables", "Marrón", "texto negro"],
            "tags-all-avery-5160-es.pdf": ["PRO · Marrón · Entrada de alarma 1", "ALARMINA"],
        ]
        for (file, phrases) in expected {
            let text = try Tool.pdfText(folder.appendingPathComponent("es/\(file)")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for phrase in phrases { XCTAssertTrue(text.contains(phrase), "\(file) lacks '\(phrase)':\n\(text)") }
            for english in ["flying leads", "Lead by lead", "lead by lead", "Wire colour swatches", "Alarm input", "Definition", "Page 1 of"] {
                XCTAssertFalse(text.contains(english), "\(file) still says '\(english)'")
            }
        }
    }

    /// Arabic reads back from pdftotext in logical order, lam-alef ligatures and vowel marks included: on a tag sheet whose designs
    /// repeat (drawn once as form XObjects), on a single tag sheet, on a card and on a comparison sheet.
    func testArabicDocumentsExtractInLogicalOrder() throws {
        let folder = try Tool.temporaryFolder()
        let runs: [(file: String, arguments: [String])] = [
            ("tags-repeated.pdf", ["tags", "--series", "all", "--sets", "4", "--lang", "ar"]),
            ("tags.pdf", ["tags", "--series", "PRO", "--lang", "ar"]),
            ("card.pdf", ["card", "--series", "PRO", "--preset", "a6", "--lang", "ar"]),
            ("compare.pdf", ["compare", "--lang", "ar"]),
        ]
        for (file, arguments) in runs {
            let result = try Tool.leadprint(arguments + ["-o", file], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            let text = try Tool.run("pdftotext", [folder.appendingPathComponent(file).path, "-"]).stdout
            XCTAssertTrue(text.contains("مدخل الإنذار"), "\(file): 'مدخل الإنذار' is not in:\n\(text.prefix(600))")
            // The ligature read back reversed before (اإلنذار), and whole words where the design was a form (راذنإلا لخدم).
            XCTAssertFalse(text.contains("اإلنذار") || text.contains("راذن"), "\(file): reversed Arabic in:\n\(text.prefix(600))")
        }
        let card = try Tool.run("pdftotext", [folder.appendingPathComponent("card.pdf").path, "-"]).stdout
        for phrase in ["الملاحظات", "على الظهر", "يُستخدم"] { XCTAssertTrue(card.contains(phrase), "card: '\(phrase)' missing") }
    }
}
