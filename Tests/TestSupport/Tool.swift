import Foundation

/// Runs command-line tools from tests and finds the repository.
public enum Tool {
    /// The repository root, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a program found on PATH and returns its exit status, standard output and standard error.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), [program] + arguments, in: nil, environment: environment)
    }

    /// Runs an executable with arguments, in a working folder, with extra environment variables.
    static func execute(_ executable: URL, _ arguments: [String], in folder: URL?, environment: [String: String], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Standard error goes to a file, so a tool that writes much to both streams cannot block on a full pipe.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errFile = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errFile
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            // Small inputs only: written whole before the output is read.
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errFile.close()
        let errData = try Data(contentsOf: errURL)
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder for one test's files.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The text pdftotext extracts from a PDF, keeping the layout.
    public static func pdfText(_ url: URL, page: Int? = nil) throws -> String {
        var args = ["-layout"]
        if let page { args += ["-f", "\(page)", "-l", "\(page)"] }
        return try run("pdftotext", args + [url.path, "-"]).stdout
    }

    /// Page sizes in points as pdfinfo reports them.
    public static func pdfPageSizes(_ url: URL) throws -> [(width: Double, height: Double)] {
        let info = try run("pdfinfo", ["-f", "1", "-l", "9999", url.path]).stdout
        return info.split(separator: "\n").compactMap { line -> (Double, Double)? in
            guard line.hasPrefix("Page"), line.contains("size:") else { return nil }
            let parts = line.split(separator: " ")
            guard let i = parts.firstIndex(of: "size:"), parts.count > i + 3,
                  let w = Double(parts[i + 1]), let h = Double(parts[i + 3]) else { return nil }
            return (w, h)
        }
    }
}

extension Tool {
    /// The `leadprint` executable built beside the test bundle.
    public static var leadprint: URL {
        // The test runner's own path is inside the build folder, next to the products it was built with.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("leadprint")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue { return candidate }
            folder.deleteLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/leadprint")
    }

    /// Runs `leadprint` with arguments in a working folder.
    @discardableResult
    public static func leadprint(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        var env = ["LEADPRINT_RESOURCES": repositoryRoot.appendingPathComponent("Resources").path]
        for (key, value) in environment { env[key] = value }
        return try execute(leadprint, arguments, in: folder, environment: env, input: input)
    }
}
