import DisplayList
import Documents
import Foundation
import Geometry
import Images
import Yams
import YAMLSupport

/// Reads brand files (YAML) through the shared guarded reader: every unknown key and wrong value reported with its line;
/// the logo read relative to the brand file.
public struct BrandLoader {
    /// The keys a brand file may have.
    public static let keys = ["name", "address", "phone", "email", "web", "logo", "accent", "notes"]

    /// Creates a loader.
    public init() {}

    /// Reads a brand file and its logo.
    public func load(from url: URL) throws -> Brand {
        let name = url.relativePath
        let bytes: [UInt8]
        do { bytes = try YAMLReader.contents(of: url) } catch {
            throw BrandFileError([YAMLProblem(file: name, message: error.message)])
        }
        return try load(bytes: bytes, name: name, folder: url.deletingLastPathComponent())
    }

    /// Reads brand-file text named `name`; a relative logo path is read from `folder`.
    public func load(yaml: String, name: String, folder: URL) throws -> Brand {
        try load(bytes: Array(yaml.utf8), name: name, folder: folder)
    }

    /// Reads brand-file bytes named `name` (size, encoding and nesting checked first); a relative logo path is read from `folder`.
    public func load(bytes: [UInt8], name: String, folder: URL) throws -> Brand {
        let reader = YAMLReader(fileName: name)
        guard let root = reader.parse(bytes) else { throw BrandFileError(reader.sortedProblems) }
        guard let map = reader.mapping(root) else { throw BrandFileError(reader.sortedProblems) }
        reader.checkKeys(map, allowed: Self.keys)

        /// A list of lines, or one line given as plain text.
        func lines(_ key: String) -> [String] {
            if let node = map[key], node.scalar != nil, node.null == nil {
                return reader.text(map, key).map { [$0.value] } ?? []
            }
            return reader.texts(map, key).map { $0.value.trimmingWhitespace() }
        }

        let brandName = reader.text(map, "name")?.value
        let address = lines("address")
        let phone = reader.text(map, "phone", required: false)?.value
        let email = reader.text(map, "email", required: false)?.value
        let web = reader.text(map, "web", required: false)?.value
        let notes = lines("notes")
        var accent: RGBColor?
        if let node = map["accent"] {
            let line = node.mark?.line ?? map.mark?.line
            // A bare #RRGGBB is a YAML comment, so the value arrives empty.
            if node.null != nil || node.string == "" {
                reader.report("expected a colour as \"#RRGGBB\" in quotes (a bare # starts a YAML comment)", line: line, field: "accent")
            } else if let value = node.scalar?.string, Self.isHexColor(value), let color = RGBColor(hex: value) {
                accent = color
            } else if let value = node.scalar?.string {
                reader.report("'\(YAMLProblem.shortened(value))' is not a colour as \"#RRGGBB\" (six hex digits)", line: line, field: "accent")
            } else {
                reader.report("expected a colour as \"#RRGGBB\"", line: line, field: "accent", value: YAMLReader.shown(node))
            }
        }
        var logo: ImageSource?
        if let path = reader.text(map, "logo", required: false) {
            let url = path.value.hasPrefix("/") ? URL(fileURLWithPath: path.value) : folder.appendingPathComponent(path.value)
            do { logo = try Self.logo(at: url) } catch {
                reader.report("'\(YAMLProblem.shortened(path.value))' \(error.message)", line: path.line, field: "logo")
            }
        }
        guard !reader.hasProblems, let brandName else { throw BrandFileError(reader.sortedProblems) }
        return Brand(name: brandName, address: address, phone: phone, email: email, web: web, logo: logo, accent: accent, notes: notes)
    }

    /// Why a logo file is refused, in words that follow its quoted path.
    private struct LogoProblem: Error { let message: String }

    /// Reads and checks a logo; its size is checked before reading, so a huge file is never loaded.
    private static func logo(at url: URL) throws(LogoProblem) -> ImageSource {
        // The shared reader refuses a FIFO or a device before opening it, and stops one byte past the limit.
        let bytes: [UInt8]
        switch YAMLSource.load(path: url.path, limit: ImageLoader.maximumBytes) {
        case .success(let read): bytes = read
        case .failure(.folder): throw LogoProblem(message: "is a folder, not a logo file")
        case .failure(.system(ENOENT)): throw LogoProblem(message: "cannot be read (no such file)")
        case .failure(let failure): throw LogoProblem(message: "cannot be read (\(failure.reason))")
        }
        guard bytes.count <= ImageLoader.maximumBytes else {
            throw LogoProblem(message: ImageError.tooLarge(bytes: fileSize(url) ?? bytes.count, limit: ImageLoader.maximumBytes).description)
        }
        do throws(ImageError) { return try ImageLoader.load(Data(bytes)) } catch { throw LogoProblem(message: error.description) }
    }

    /// The size the system records for a file, for a message about a file too large to read whole.
    private static func fileSize(_ url: URL) -> Int? {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_size) : nil
    }

    static func isHexColor(_ text: String) -> Bool {
        text.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}

/// A brand file with problems, every one listed as `file:line: field: problem`.
public struct BrandFileError: Error, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [YAMLProblem]
    init(_ problems: [YAMLProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
