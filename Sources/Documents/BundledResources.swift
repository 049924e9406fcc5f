import Foundation

/// Finds the shipped `Resources/` folder: catalogs, presets and the colour palette.
public enum BundledResources {
    /// The resources folder: `$LEADPRINT_RESOURCES`, else the nearest `Resources/` above the executable, else above the working folder.
    public static func folder() throws -> URL {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["LEADPRINT_RESOURCES"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard fm.fileExists(atPath: url.appendingPathComponent("presets").path) else {
                throw DocumentError.resourcesNotFound("LEADPRINT_RESOURCES=\(override) has no presets/ folder")
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
        throw DocumentError.resourcesNotFound("no Resources/ folder with presets/ and palette.yaml above \(starts.map(\.path).joined(separator: " or ")); set LEADPRINT_RESOURCES")
    }

    /// The shipped presets folder.
    public static func presetsFolder() throws -> URL { try folder().appendingPathComponent("presets") }
    /// The shipped palette file.
    public static func paletteFile() throws -> URL { try folder().appendingPathComponent("palette.yaml") }
    /// The bundled catalog file.
    public static func catalogFile() throws -> URL {
        let folder = try folder().appendingPathComponent("catalogs")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            // Translation overlays (`flying-leads.de.yaml`) sit beside the catalog; only a file without a language part is a catalog.
            .filter { $0.pathExtension == "yaml" && $0.deletingPathExtension().pathExtension.isEmpty }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard let first = files.first else { throw DocumentError.resourcesNotFound("no catalog in \(folder.path)") }
        return first
    }
}
