import Foundation
import Localization
import XCTest

final class StringsTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/strings")

    func english() throws -> String { try String(contentsOf: Self.folder.appendingPathComponent("en.yaml"), encoding: .utf8) }

    func testEveryShippedTableLoadsCompleteAndFillsEveryKey() throws {
        for language in Language.allCases {
            let strings = try Strings.load(language, from: Self.folder)
            XCTAssertEqual(strings.language, language)
            let seriesKey = try strings.text(.seriesLeadCount, ["series": "PRO", "count": 17])
            XCTAssertTrue(seriesKey.contains("PRO") && seriesKey.contains("17"), "\(language): \(seriesKey)")
            XCTAssertFalse(seriesKey.contains("{"), "\(language): \(seriesKey)")
        }
    }

    func testTranslationsDifferFromEnglishForHeadings() throws {
        let english = try Strings.load(.english, from: Self.folder)
        for language in Language.allCases where language != .english {
            let strings = try Strings.load(language, from: Self.folder)
            for key in [StringKey.compareKicker, .leadsHeading, .headWire, .headLabel, .headDefinition, .compareNotes, .cardCodesOnBack, .swatchTitle] {
                XCTAssertNotEqual(try strings.text(key), try english.text(key), "\(language) \(key.rawValue) is still English")
            }
        }
    }

    func testEnglishPluralsOneAndOther() throws {
        let strings = try Strings.load(.english, from: Self.folder)
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO Series", "count": 1]), "PRO Series · 1 flying lead")
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO Series", "count": 17]), "PRO Series · 17 flying leads")
        XCTAssertEqual(strings.pluralCategories, ["one", "other"])
    }

    func testArabicUsesAllSixCategories() throws {
        let strings = try Strings.load(.arabic, from: Self.folder)
        XCTAssertEqual(strings.pluralCategories, ["zero", "one", "two", "few", "many", "other"])
        let expected = [0: "zero", 1: "one", 2: "two", 3: "few", 11: "many", 100: "other"]
        for (count, category) in expected { XCTAssertEqual(try strings.pluralCategory(of: count), category, "\(count)") }
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO", "count": 2]), "PRO · سلكا توصيل")
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO", "count": 3]), "PRO · 3 أسلاك توصيل")
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO", "count": 11]), "PRO · 11 سلك توصيل")
        XCTAssertTrue(strings.isRightToLeft)
    }

    func testChineseHasOnlyOther() throws {
        let strings = try Strings.load(.simplifiedChinese, from: Self.folder)
        XCTAssertEqual(strings.pluralCategories, ["other"])
        XCTAssertEqual(try strings.text(.seriesLeadCount, ["series": "PRO 系列", "count": 1]), "PRO 系列 · 1 根引出线")
    }

    func testMissingKeyFailsWithFileAndLine() throws {
        let german = try String(contentsOf: Self.folder.appendingPathComponent("de.yaml"), encoding: .utf8)
        let lines = german.components(separatedBy: "\n")
        let removed = lines.firstIndex { $0.hasPrefix("compare.kicker:") }!
        let broken = lines.enumerated().filter { $0.offset != removed }.map(\.element).joined(separator: "\n")
        XCTAssertThrowsError(try Strings(language: .german, yaml: broken, fileName: "de.yaml", englishYAML: try english())) { error in
            // The key belongs where the next key (compare.versus) now sits: the line the removed one had.
            XCTAssertEqual(error as? LocalizationError, .invalidTable([.missingKey(file: "de.yaml", line: removed + 1, key: "compare.kicker")]))
            XCTAssertEqual("\(error)", "de.yaml:\(removed + 1): missing key 'compare.kicker' (every key of en.yaml needs a translation)")
        }
    }

    func testExtraKeyPlaceholderAndCategoryProblemsAreLocated() throws {
        var french = try String(contentsOf: Self.folder.appendingPathComponent("fr.yaml"), encoding: .utf8)
        french = french.replacingOccurrences(of: "compare.footer.page: \"Page {page} sur {total}\"", with: "compare.footer.page: \"Page {page} sur {totl}\"")
        french = french.replacingOccurrences(of: "  many: \"{series} · {count} de fils volants\"\n", with: "")
        french += "compare.footer.extra: \"Texte en trop\"\n"
        let lineOf = { (prefix: String) in french.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) }! + 1 }
        XCTAssertThrowsError(try Strings(language: .french, yaml: french, fileName: "fr.yaml", englishYAML: try english())) { error in
            guard case .invalidTable(let problems)? = error as? LocalizationError else { return XCTFail("\(error)") }
            XCTAssertEqual(problems, [
                .pluralCategories(file: "fr.yaml", line: lineOf("series.lead-count:"), key: "series.lead-count",
                                  expected: ["one", "many", "other"], found: ["one", "other"]),
                .placeholders(file: "fr.yaml", line: lineOf("compare.footer.page:"), key: "compare.footer.page",
                              expected: ["page", "total"], found: ["page", "totl"]),
                .extraKey(file: "fr.yaml", line: lineOf("compare.footer.extra:"), key: "compare.footer.extra"),
            ])
        }
    }

    func testMissingArgumentIsAnError() throws {
        let strings = try Strings.load(.english, from: Self.folder)
        XCTAssertThrowsError(try strings.text(.comparePage, ["page": 1])) { error in
            XCTAssertEqual(error as? LocalizationError, .missingArgument(key: "compare.footer.page", placeholder: "total"))
        }
        XCTAssertThrowsError(try strings.text(.seriesLeadCount, ["series": "PRO"])) { error in
            XCTAssertEqual(error as? LocalizationError, .missingCount(key: "series.lead-count"))
        }
    }

    func testDatesAndNumbersInEachLanguagesForm() throws {
        let expected: [Language: (date: String, number: String, decimal: String)] = [
            .english: ("2014-06-13", "1,234", "4.5"),
            .spanish: ("13 de junio de 2014", "1234", "4,5"),
            .german: ("13. Juni 2014", "1.234", "4,5"),
            .simplifiedChinese: ("2014年6月13日", "1,234", "4.5"),
        ]
        for (language, form) in expected {
            let strings = try Strings.load(language, from: Self.folder)
            XCTAssertEqual(strings.localizingDates(in: "2.0 (2014-06-13)"), "2.0 (\(form.date))", "\(language)")
            XCTAssertEqual(strings.number(1234), form.number, "\(language)")
            XCTAssertEqual(strings.decimal(4.54, fractionDigits: 1), form.decimal, "\(language)")
        }
        XCTAssertEqual(try Strings.load(.english, from: Self.folder).date(Date(timeIntervalSince1970: 1_402_617_600)), "June 13, 2014")
        let french = try Strings.load(.french, from: Self.folder)
        XCTAssertEqual(french.localizingDates(in: "2014-06-13"), "13 juin 2014")
        // Not a real date: left as written.
        XCTAssertEqual(french.localizingDates(in: "2014-02-30"), "2014-02-30")
        XCTAssertEqual(try Strings.load(.arabic, from: Self.folder).localizingDates(in: "2014-06-13"), "13 يونيو، 2014")
    }

    func testUnknownLanguageNamesTheKnownOnes() {
        XCTAssertThrowsError(try Language(code: "it")) { error in
            XCTAssertEqual("\(error)", "unknown language 'it'; expected one of en, es, fr, de, zh-Hans, ar")
        }
        XCTAssertEqual(try Language(code: "ZH-hans"), .simplifiedChinese)
    }
}
