import ArgumentParser
import Documents
import Foundation
import LeadCatalog
import LeadprintKit
import Localization

/// `leadprint catalog`: check or show a lead catalog.
struct CatalogCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "catalog",
        abstract: "Check a lead catalog or show it.",
        subcommands: [Check.self, Show.self]))

    /// `leadprint catalog check`.
    struct Check: ParsableCommand {
        // Every command names itself: the name derived from the type's name costs a demangling at every start.
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a catalog and print a summary, or every problem found.",
            discussion: "With --lang, also checks the language's string table and the catalog's translation overlay: every missing or extra key, with its file and line.")

        @OptionGroup var catalogOptions: CatalogOptions
        @Option(name: .customLong("lang"), help: "Also check this language's string table and the catalog's translation overlay (\(Language.allCases.map(\.code).joined(separator: ", "))).")
        var lang: String?

        func run() throws {
            let engine = try catalogOptions.engine()
            let catalog = try engine.catalog()
            if let code = lang {
                let language = try Language(code: code)
                if let translation = try engine.translation(language) {
                    _ = try Strings.bundled(language)
                    let leads = catalog.series.map(\.leadCount).reduce(0, +)
                    print("\(translation.file): OK, \(translation.language) translation of \(catalog.series.count) series, \(leads) leads and \(translation.colorNames.count) colours")
                }
            }
            print("\(try engine.catalogName()): OK, \(catalog.series.count) series, revision \(catalog.info.revision)")
            for series in catalog.series {
                print("  \(series.id) (\(series.name)): \(series.leadCount) leads, \(series.groups.count) groups")
                for group in series.groups {
                    let mark = group.footnoteMark.map { " \($0)" } ?? ""
                    let labels = series.leads(in: group).map(\.label).joined(separator: ", ")
                    print("    \(group.name)\(mark) [\(group.kind.rawValue)]: \(labels)")
                }
            }
        }
    }

    /// `leadprint catalog show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the catalog as a table, or as stable JSON with --json.")

        @Flag(name: .customLong("json"), help: "Print the stable JSON form (documented in the README).")
        var json = false

        @OptionGroup var catalogOptions: CatalogOptions

        func run() throws {
            let catalog = try catalogOptions.loadCatalog()
            if json {
                print(try CatalogJSON.encode(catalog))
                return
            }
            for series in catalog.series {
                print("\(series.name) (\(series.id)), \(series.leadCount) flying leads")
                for lead in series.leads {
                    let group = series.group(of: lead)?.name ?? "?"
                    let cells = [String(lead.position).leftPadded(3), lead.colorName.rightPadded(14), lead.color.code.rightPadded(5),
                                 lead.label.rightPadded(14), lead.definition.rightPadded(26), group]
                    print(cells.joined(separator: " "))
                }
                let counts = GroupKind.allCases.map { "\($0.displayName) \(series.capabilities[$0] ?? 0)" }
                print("  capabilities: " + counts.joined(separator: ", "))
                for note in series.footnotes { print("  \(note.mark) \(note.text)") }
                print("")
            }
        }
    }
}

extension String {
    func rightPadded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
