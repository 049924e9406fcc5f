import Foundation
import XCTest
@testable import LeadCatalog

final class CatalogTranslationTests: XCTestCase {
    static let languages = ["es", "fr", "de", "zh-Hans", "ar"]

    private func bundled() throws -> Catalog { try Catalog.load(from: Fixtures.catalogURL, palette: Fixtures.palette()) }

    private func overlay(_ language: String) throws -> (url: URL, yaml: String) {
        let url = CatalogTranslation.url(besideCatalog: Fixtures.catalogURL, language: language)
        return (url, try String(contentsOf: url, encoding: .utf8))
    }

    private func problems(_ yaml: String, language: String = "de") throws -> [CatalogProblem] {
        let catalog = try bundled()
        do {
            _ = try CatalogTranslation.load(yaml: yaml, fileName: "flying-leads.\(language).yaml", language: language, for: catalog)
        } catch {
            return error.problems
        }
        XCTFail("the overlay loaded without problems")
        return []
    }

    private func line(of text: String, in yaml: String) throws -> Int {
        try XCTUnwrap(yaml.components(separatedBy: "\n").firstIndex { $0.contains(text) }, "'\(text)' not in the overlay") + 1
    }

    func testEveryShippedOverlayIsCompleteAndTranslatesTextButNotLabelsOrCodes() throws {
        let catalog = try bundled()
        for language in Self.languages {
            let translation = try CatalogTranslation.load(from: overlay(language).url, language: language, for: catalog)
            let translated = translation.apply(to: catalog)
            XCTAssertNotEqual(translated.info.title, catalog.info.title, language)
            XCTAssertEqual(translated.info.revision, catalog.info.revision, language)
            XCTAssertEqual(translated.publisher, catalog.publisher, language)
            for (original, copy) in zip(catalog.series, translated.series) {
                XCTAssertEqual(copy.id, original.id)
                XCTAssertNotEqual(copy.name, original.name, "\(language) \(original.id) name")
                XCTAssertNotEqual(copy.description, original.description, "\(language) \(original.id) description")
                for (lead, translatedLead) in zip(original.leads, copy.leads) {
                    XCTAssertEqual(translatedLead.label, lead.label, "\(language): signal labels never translate")
                    XCTAssertEqual(translatedLead.color.code, lead.color.code, "\(language): IEC codes never change")
                    XCTAssertEqual(translatedLead.position, lead.position)
                    XCTAssertEqual(translatedLead.groupID, lead.groupID)
                    XCTAssertNotEqual(translatedLead.definition, lead.definition, "\(language) \(original.id) lead \(lead.position)")
                }
                XCTAssertEqual(copy.groups.map(\.id), original.groups.map(\.id))
                XCTAssertEqual(copy.footnotes.map(\.mark), original.footnotes.map(\.mark))
                for (note, translatedNote) in zip(original.footnotes, copy.footnotes) { XCTAssertNotEqual(translatedNote.text, note.text, language) }
            }
            XCTAssertEqual(Set(translation.colorNames.keys), Set(catalog.palette.entries.map(\.name) + ["Purple"]), language)
        }
    }

    func testSpanishDefinitionsAndColourNamesReplaceTheEnglish() throws {
        let translated = try CatalogTranslation.load(from: overlay("es").url, language: "es", for: bundled()).apply(to: bundled())
        let pro = try XCTUnwrap(translated.series(id: "PRO"))
        XCTAssertEqual(pro.leads[0].definition, "Entrada de alarma 1")
        XCTAssertEqual(pro.leads[0].colorName, "Marrón")
        XCTAssertEqual(pro.leads[6].colorName, "Morado")
        XCTAssertEqual(pro.leads[6].color.name, "Violeta")
        XCTAssertEqual(pro.leads[16].label, "RS485+")
        XCTAssertEqual(pro.group(id: "mic-in")?.name, "Entrada de micro")
    }

    func testMissingLeadFailsWithFileAndLine() throws {
        let (_, yaml) = try overlay("de")
        let removed = "      7: Alarmausgangskontakt\n"
        XCTAssertTrue(yaml.contains(removed))
        let broken = yaml.replacingOccurrences(of: removed, with: "")
        // The PRO leads mapping starts on the line after `leads:`; the problem points at it.
        let leadsLine = try line(of: "      1: \"Alarmeingang Nr. 1\"", in: broken)
        XCTAssertEqual(try problems(broken), [CatalogProblem(file: "flying-leads.de.yaml", line: leadsLine, series: "PRO", lead: 7,
                                                             field: "leads.7", message: "missing key: no translation")])
        XCTAssertEqual(try problems(broken).first?.description,
                       "flying-leads.de.yaml:\(leadsLine): series PRO, lead 7, leads.7: missing key: no translation")
    }

    func testExtraKeysAndATranslatedLabelFailWithTheirLines() throws {
        let (_, yaml) = try overlay("de")
        var broken = yaml.replacingOccurrences(of: "      17: RS-485-Daten +\n", with: "      17: RS-485-Daten +\n      18: Gibt es nicht\n")
        broken = broken.replacingOccurrences(of: "    name: VALUE-Serie\n", with: "    name: VALUE-Serie\n    label: ALARM_EIN\n")
        broken = broken.replacingOccurrences(of: "  Purple: Lila\n", with: "  Purple: Lila\n  Magenta: Magenta\n")
        let found = try problems(broken)
        XCTAssertEqual(found.map(\.line), [try line(of: "Magenta:", in: broken), try line(of: "18: Gibt", in: broken), try line(of: "label: ALARM_EIN", in: broken)])
        XCTAssertEqual(found.map(\.message), ["extra key: the catalog has no such entry", "extra key: the catalog has no such entry",
                                              "unknown field; expected one of name, description, leads, groups, footnotes"])
        XCTAssertEqual(found[1].context, "series PRO, lead 18")
    }

    func testOverlayDeclaringAnotherLanguageFails() throws {
        let (_, yaml) = try overlay("fr")
        let found = try problems(yaml, language: "de")
        XCTAssertEqual(found.map(\.message), ["declares language 'fr' but was loaded for 'de'"])
        XCTAssertEqual(found.first?.line, try line(of: "language: fr", in: yaml))
    }

    func testOverlaySitsBesideTheCatalog() {
        XCTAssertEqual(CatalogTranslation.url(besideCatalog: URL(fileURLWithPath: "/data/leads.yaml"), language: "zh-Hans").path, "/data/leads.zh-Hans.yaml")
    }
}
