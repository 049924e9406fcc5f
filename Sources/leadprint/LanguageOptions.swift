import ArgumentParser
import Documents
import Foundation
import LeadCatalog
import Localization

/// `--lang`: the language a document is printed in, for its fixed text and the catalog's translated text.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the document: \(Language.allCases.map(\.code).joined(separator: ", ")) (default: en). The catalog's translation is read from the overlay beside it, e.g. flying-leads.de.yaml.")
    var lang: String = Language.english.code

    mutating func validate() throws {
        do { _ = try Language(code: lang) } catch { throw ValidationError("--lang: \(error)") }
    }

    /// The language asked for.
    func language() throws -> Language { try Language(code: lang) }

    /// The shipped strings of the language, checked against English.
    func strings() throws -> Strings { try Strings.bundled(language()) }

    /// The overlay file of the language beside the catalog in use.
    func overlayURL(_ catalogOptions: CatalogOptions) throws -> URL {
        guard !catalogOptions.catalogFromStandardInput else {
            throw ValidationError("--lang \(lang) reads the catalog's translation from the overlay beside the catalog file; a catalog read from standard input has none")
        }
        return CatalogTranslation.url(besideCatalog: try catalogOptions.catalogURL(), language: try language().code)
    }

    /// The catalog's translation, or nil for English.
    func translation(of catalog: Catalog, _ catalogOptions: CatalogOptions) throws -> CatalogTranslation? {
        let language = try language()
        guard language != .english else { return nil }
        return try CatalogTranslation.load(from: overlayURL(catalogOptions), language: language.code, for: catalog)
    }

    /// Loads the catalog with its text in the language.
    func loadCatalog(_ catalogOptions: CatalogOptions) throws -> Catalog {
        let catalog = try catalogOptions.loadCatalog()
        return try translation(of: catalog, catalogOptions)?.apply(to: catalog) ?? catalog
    }
}
