import Foundation

/// Finds the shipped `Resources/` folder: catalogs, presets and the colour palette.
public enum BundledResources {
    /// The resources folder: `$LEADPRINT_RESOURCES`, else the nearest `Resources/` above the executable, else above the working folder.
    public static func folder() throws -> URL {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["LEADPRINT_RESOURCES"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard fm.fileExists(atPath: url.appendingPathComponent("presets").path) else {
                throw LeadprintError.resourceMissing(path: url.appendingPathComponent("presets").path)
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
        throw LeadprintError.resourcesNotFound(searched: starts.map(\.path))
    }

    /// The shipped presets folder.
    public static func presetsFolder() throws -> URL { try folder().appendingPathComponent("presets") }
    /// The shipped tag text templates folder.
    public static func templatesFolder() throws -> URL { try folder().appendingPathComponent("templates") }
    /// The shipped palette file.
    public static func paletteFile() throws -> URL { try folder().appendingPathComponent("palette.yaml") }
    /// The job file `leadprint all` runs.
    public static func defaultJobFile() throws -> URL { try folder().appendingPathComponent("jobs/all.yaml") }
    /// The bundled catalog file.
    public static func catalogFile() throws -> URL {
        let folder = try folder().appendingPathComponent("catalogs")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" && !$0.deletingPathExtension().lastPathComponent.contains(".") }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard let first = files.first else { throw LeadprintError.resourceMissing(path: folder.appendingPathComponent("*.yaml").path) }
        return first
    }
}
