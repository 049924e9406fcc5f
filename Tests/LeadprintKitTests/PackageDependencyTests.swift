import Foundation
import TestSupport
import XCTest

/// Every Swift target's `import` lines match the dependencies Package.swift declares for it: nothing imported that is
/// not declared (it builds only by accident of another target's order), nothing declared that nothing imports.
final class PackageDependencyTests: XCTestCase {
    /// Modules every target may import without declaring them: the toolchain's own.
    private static let toolchain: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Dispatch", "XCTest", "Testing",
                                                 "Darwin", "Musl", "os", "Synchronization", "_Concurrency", "Observation",
                                                 "FoundationXML", "FoundationNetworking"]

    /// Modules a package builds but exports through another product: Yams links libyaml as `CYaml` and has no product
    /// for it, and YAMLSupport's input guard drives libyaml's event parser directly.
    private static let reachedThroughAProduct: [String: Set<String>] = ["YAMLSupport": ["CYaml"]]

    struct Target {
        var name: String
        var kind: String
        var path: String?
        var dependencies: Set<String>
    }

    /// The targets of Package.swift, read from its text: `.target(name: "X", dependencies: [...], path: "...")`.
    static func targets(in manifest: String) -> [Target] {
        var targets: [Target] = []
        let kinds = ["target", "executableTarget", "testTarget"]
        var search = manifest.startIndex
        while let open = kinds.compactMap({ manifest.range(of: ".\($0)(", range: search..<manifest.endIndex) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let kind = String(manifest[manifest.index(after: open.lowerBound)..<manifest.index(before: open.upperBound)])
            var depth = 1, index = open.upperBound
            while index < manifest.endIndex, depth > 0 {
                if manifest[index] == "(" { depth += 1 } else if manifest[index] == ")" { depth -= 1 }
                index = manifest.index(after: index)
            }
            let body = String(manifest[open.upperBound..<manifest.index(before: index)])
            search = index
            guard let name = firstQuoted(after: "name:", in: body) else { continue }
            var dependencies: Set<String> = []
            if let list = body.range(of: "dependencies:") {
                var depth = 0, end = list.upperBound
                for i in body[list.upperBound...].indices {
                    if body[i] == "[" { depth += 1 } else if body[i] == "]" { depth -= 1; if depth == 0 { end = i; break } }
                }
                let items = String(body[list.upperBound..<end])
                // Products are imported by their product name; targets by theirs.
                var rest = items[...]
                while let product = rest.range(of: ".product(") {
                    if let named = firstQuoted(after: "name:", in: String(rest[product.upperBound...])) { dependencies.insert(named) }
                    let close = rest[product.upperBound...].firstIndex(of: ")") ?? rest.endIndex
                    rest.removeSubrange(product.lowerBound..<close)
                }
                for (offset, piece) in rest.components(separatedBy: "\"").enumerated() where offset % 2 == 1 { dependencies.insert(piece) }
            }
            targets.append(Target(name: name, kind: kind, path: firstQuoted(after: "path:", in: body), dependencies: dependencies))
        }
        return targets
    }

    private static func firstQuoted(after key: String, in text: String) -> String? {
        guard let key = text.range(of: key), let open = text[key.upperBound...].firstIndex(of: "\""),
              let close = text[text.index(after: open)...].firstIndex(of: "\"") else { return nil }
        return String(text[text.index(after: open)..<close])
    }

    /// The modules a folder's Swift files import (`import X`, `@testable import X`, `@_exported import X`, `import struct X.Y`).
    static func imports(under folder: URL) throws -> Set<String> {
        var modules: Set<String> = []
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        for case let file as URL in files where file.pathExtension == "swift" {
            // Only at the start of a line: an indented `import` is text inside a string literal (a Python test oracle).
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
                var words = line.split(separator: " ").map(String.init)
                while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
                guard words.count >= 2, words[0] == "import" else { continue }
                let target = ["struct", "class", "enum", "protocol", "func", "var", "typealias"].contains(words[1]) && words.count >= 3 ? words[2] : words[1]
                modules.insert(String(target.split(separator: ".")[0]))
            }
        }
        return modules
    }

    func testEveryTargetImportsExactlyWhatItDeclares() throws {
        let root = Tool.repositoryRoot
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let targets = Self.targets(in: manifest)
        XCTAssertGreaterThan(targets.count, 20, "Package.swift's targets were read")
        let systemLibraries = Set(manifest.components(separatedBy: ".systemLibrary(name: \"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        for target in targets {
            let folder = root.appendingPathComponent(target.path ?? (target.kind == "testTarget" ? "Tests/\(target.name)" : "Sources/\(target.name)"))
            let imported = try Self.imports(under: folder).subtracting(Self.toolchain).subtracting([target.name])
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            let cTargets = systemLibraries.union(targets.filter { !FileManager.default.fileExists(atPath: root.appendingPathComponent("Sources/\($0.name)").path)
                || Self.hasNoSwift(root.appendingPathComponent("Sources/\($0.name)")) }.map(\.name))
            let undeclared = imported.subtracting(target.dependencies).subtracting(Self.reachedThroughAProduct[target.name] ?? [])
            XCTAssertEqual(undeclared.sorted(), [], "\(target.name) imports these without declaring them in Package.swift")
            // A C target can be needed only to link; a Swift target declared but never imported is a stale line.
            // Executables are declared so the tests that run them are built first; they are not imported.
            let executables = Set(targets.filter { $0.kind == "executableTarget" }.map(\.name))
            let unused = target.dependencies.subtracting(imported).subtracting(cTargets).subtracting(executables)
            XCTAssertEqual(unused.sorted(), [], "\(target.name) declares these in Package.swift and never imports them")
        }
    }

    func testTheManifestReaderSeesDependenciesAndProducts() {
        let manifest = """
        .target(name: "A", dependencies: ["B", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "ATests", dependencies: ["A"], path: "Tests/X"),
        """
        let targets = Self.targets(in: manifest)
        XCTAssertEqual(targets.map(\.name), ["A", "ATests"])
        XCTAssertEqual(targets[0].dependencies, ["B", "Yams"])
        XCTAssertEqual(targets[1].path, "Tests/X")
    }

    private static func hasNoSwift(_ folder: URL) -> Bool {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return true }
        return !files.contains { ($0 as? URL)?.pathExtension == "swift" }
    }
}
