import Foundation

/// Finds the shipped `Resources/` folder (string tables, catalogs, presets, palette), the one lookup every module shares.
public enum ResourceFolder {
    /// The resources folder: `$LEADPRINT_RESOURCES`, else `../share/leadprint` beside the executable's folder (installed),
    /// else the nearest `Resources/` above the executable, else above the working folder.
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
        let executableFolder = executable().deletingLastPathComponent()
        // An installed binary (/usr/bin/leadprint) reads /usr/share/leadprint, found from its own location.
        let installed = executableFolder.deletingLastPathComponent().appendingPathComponent("share/leadprint")
        if isResources(installed) { return installed }
        // A build in a clone (.build/debug/leadprint, the test bundle) or a run from inside one: the nearest Resources/ above.
        // Never a path compiled into the binary: a copied or installed binary must not read the folder it was built in.
        let starts = [executableFolder, URL(fileURLWithPath: fm.currentDirectoryPath)]
        for start in starts {
            var folder = start
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("Resources")
                if isResources(candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        throw LocalizationError.resourcesNotFound(searched: [installed.path] + starts.map(\.path))
    }

    /// The running program's file: `/proc/self/exe` names it even when it was started through a symlink or a relative path.
    private static func executable() -> URL {
        // No /proc (not Linux, or a chroot without it) is the question asked here; the fallbacks below answer then.
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        // Not Linux (or no /proc): Foundation's answer, symlinks resolved.
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// Whether `folder` holds the files every run needs.
    private static func isResources(_ folder: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: folder.appendingPathComponent("presets").path)
            && fm.fileExists(atPath: folder.appendingPathComponent("palette.yaml").path)
    }
}
