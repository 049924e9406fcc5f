import Foundation
import Localization

/// Finds the shipped `Resources/` folder: catalogs, presets and the colour palette.
public enum BundledResources {
    /// The resources folder: `$LEADPRINT_RESOURCES`, else `/usr/share/leadprint` for an installed binary, else the clone's `Resources/`.
    public static func folder() throws -> URL { try ResourceFolder.locate() }

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
            // Translation overlays (`flying-leads.de.yaml`) sit beside the catalog; only a file without a language part is a catalog.
            .filter { $0.pathExtension == "yaml" && $0.deletingPathExtension().pathExtension.isEmpty }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard let first = files.first else { throw LeadprintError.resourceMissing(path: folder.appendingPathComponent("*.yaml").path) }
        return first
    }
}
