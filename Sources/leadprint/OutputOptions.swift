import ArgumentParser
import DisplayList
import Foundation
import Render

extension OutputFormat: ExpressibleByArgument {}

/// Where a document goes and in which format.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Output file (default: output/<document>.<format>). Its extension picks the format unless --format is given.")
    var output: String?

    @Option(name: .long, help: "pdf, png or svg (default: from the output file's extension, else pdf).")
    var format: OutputFormat?

    @Option(name: .long, help: "Resolution of PNG output in dots per inch.")
    var dpi: Double?

    @Option(name: .long, help: "PNG and SVG pages drawn at once (default: the number of processor cores); the files are the same for any number.")
    var jobs: Int?

    mutating func validate() throws {
        if let jobs, !(jobs >= 1 && jobs <= 256) { throw ValidationError("--jobs must be between 1 and 256 (got \(jobs))") }
        if let dpi, !(dpi >= 36 && dpi <= 2400) { throw ValidationError("--dpi must be between 36 and 2400 (got \(dpi))") }
        if let output, format == nil, OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension: use .pdf, .png or .svg, or give --format")
        }
    }

    /// The format in use.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        if let output, let f = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) { return f }
        return .pdf
    }

    /// The target file, defaulting to `output/<name>.<ext>`.
    func target(defaultName: String) throws -> URL {
        let format = resolvedFormat
        if let output {
            var url = URL(fileURLWithPath: output)
            if OutputFormat(pathExtension: url.pathExtension) != format { url = url.appendingPathExtension(format.rawValue) }
            return url
        }
        let folder = URL(fileURLWithPath: "output", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("\(defaultName).\(format.rawValue)")
    }

    /// Renders a stream to the target and prints each file written.
    func write(_ pages: PageStream, defaultName: String, title: String, defaultDPI: Double = 300) throws {
        let files = try Renderer().render(pages, to: target(defaultName: defaultName), settings: RenderSettings(format: resolvedFormat, dpi: dpi ?? defaultDPI, title: title, jobs: jobs ?? RenderSettings.coreCount))
        for file in files { print("wrote \(DisplayPath.relative(file))") }
    }
}

/// Paths printed relative to the working folder when they lie inside it.
enum DisplayPath {
    static func relative(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
