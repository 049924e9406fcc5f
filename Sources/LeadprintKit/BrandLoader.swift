import DisplayList
import Documents
import Foundation
import Geometry
import Images
import Yams

/// Reads brand files (YAML): every unknown key and wrong value reported with its line; the logo read relative to the brand file.
public struct BrandLoader {
    /// The keys a brand file may have.
    public static let keys = ["name", "address", "phone", "email", "web", "logo", "accent", "notes"]

    /// Creates a loader.
    public init() {}

    /// Reads a brand file and its logo.
    public func load(from url: URL) throws -> Brand {
        let name = url.relativePath
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw BrandFileError([JobFileProblem(file: name, line: nil, field: nil, message: "cannot read the brand file (\(Self.reason(error)))")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BrandFileError([JobFileProblem(file: name, line: nil, field: nil, message: "the file is not UTF-8 text")])
        }
        return try load(yaml: text, name: name, folder: url.deletingLastPathComponent())
    }

    /// Reads brand-file text named `name`; a relative logo path is read from `folder`.
    public func load(yaml: String, name: String, folder: URL) throws -> Brand {
        var problems: [JobFileProblem] = []
        func report(_ node: Node?, _ field: String?, _ message: String) {
            problems.append(JobFileProblem(file: name, line: node?.mark?.line, field: field, message: message))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw BrandFileError([JobFileProblem(file: name, line: nil, field: nil, message: "the file is empty")]) }
            root = composed
        } catch let error as YamlError {
            throw BrandFileError([JobFileProblem(file: name, line: Self.line(of: error), field: nil, message: "YAML syntax error")])
        }
        guard let map = root.mapping else { throw BrandFileError([JobFileProblem(file: name, line: root.mark?.line, field: nil, message: "expected a mapping with name:")]) }
        KeyCheck.check(map, allowed: Self.keys, path: nil, report: report)

        func text(_ key: String) -> String? {
            guard let node = map[key], node.null == nil else { return nil }
            guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                report(node, key, "expected text"); return nil
            }
            return value.trimmingCharacters(in: .whitespaces)
        }
        func lines(_ key: String) -> [String] {
            guard let node = map[key], node.null == nil else { return [] }
            if let one = node.scalar?.string { return [one] }
            guard let list = node.sequence else { report(node, key, "expected a list of lines"); return [] }
            return list.enumerated().compactMap { index, item in
                guard let line = item.scalar?.string, !line.trimmingCharacters(in: .whitespaces).isEmpty else {
                    report(item, "\(key)[\(index + 1)]", "expected a line of text"); return nil
                }
                return line.trimmingCharacters(in: .whitespaces)
            }
        }

        let brandName = text("name")
        if map["name"] == nil { report(root, "name", "missing required field") }
        let address = lines("address")
        let phone = text("phone"), email = text("email"), web = text("web")
        let notes = lines("notes")
        var accent: RGBColor?
        if let node = map["accent"] {
            // A bare #RRGGBB is a YAML comment, so the value arrives empty.
            if node.null != nil {
                report(node, "accent", "expected a colour as \"#RRGGBB\" in quotes (a bare # starts a YAML comment)")
            } else if let value = node.scalar?.string, Self.isHexColor(value), let color = RGBColor(hex: value) {
                accent = color
            } else {
                report(node, "accent", "'\(node.scalar?.string ?? "\(node)")' is not a colour as \"#RRGGBB\" (six hex digits)")
            }
        }
        var logo: ImageSource?
        if let node = map["logo"], let path = text("logo") {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            do { logo = try Self.logo(at: url) } catch let error as LogoProblem {
                report(node, "logo", "'\(path)' \(error.message)")
            }
        }
        guard problems.isEmpty, let brandName else { throw BrandFileError(problems) }
        return Brand(name: brandName, address: address, phone: phone, email: email, web: web, logo: logo, accent: accent, notes: notes)
    }

    private struct LogoProblem: Error { let message: String }

    /// Reads and checks a logo; its size is checked before reading, so a huge file is never loaded.
    private static func logo(at url: URL) throws -> ImageSource {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType != .typeDirectory else { throw LogoProblem(message: "is a folder, not a logo file") }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let problem as LogoProblem { throw problem } catch {
            throw LogoProblem(message: "cannot be read (\(reason(error)))")
        }
        guard size <= ImageLoader.maximumBytes else { throw LogoProblem(message: ImageError.tooLarge(bytes: size, limit: ImageLoader.maximumBytes).description) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw LogoProblem(message: "cannot be read (\(reason(error)))") }
        do throws(ImageError) { return try ImageLoader.load(data) } catch { throw LogoProblem(message: error.description) }
    }

    static func isHexColor(_ text: String) -> Bool {
        text.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError || nsError.code == NSFileNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}

/// A brand file with problems, every one listed as `file:line: field: problem`.
public struct BrandFileError: Error, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [JobFileProblem]
    init(_ problems: [JobFileProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
