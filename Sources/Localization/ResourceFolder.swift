import Foundation

/// Finds the shipped `Resources/` folder (string tables, catalogs, presets, palette), the one lookup every module shares.
public enum ResourceFolder {
    /// The resources folder: `$LEADPRINT_RESOURCES`, else the nearest `Resources/` above the executable, else above the working folder.
    public static func locate() throws(LocalizationError) -> URL { try located.get() }

    /// Searched once per process: every resource file asks, and neither the environment nor the executable moves.
    private static let located = Result { () throws(LocalizationError) -> URL in try search() }

    private static func search() throws(LocalizationError) -> URL {
        let fm = FileManager.default
        if let override = getenv("LEADPRINT_RESOURCES").map({ String(cString: $0) }), !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard fm.fileExists(atPath: url.appendingPathComponent("presets").path) else {
                throw LocalizationError.resourceMissing(path: url.appendingPathComponent("presets").path)
            }
            return url
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        // Tests run from the build folder too; the source tree is found from this file.
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var folder = start
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("Resources")
                if fm.fileExists(atPath: candidate.appendingPathComponent("presets").path),
                   fm.fileExists(atPath: candidate.appendingPathComponent("palette.yaml").path) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        throw LocalizationError.resourcesNotFound(searched: starts.map(\.path))
    }
}
