import CFontconfig
import Foundation

/// fontconfig, initialised: its configuration, and the paths its answers depend on.
final class FontconfigSession {
    let config: OpaquePointer

    /// fontconfig's version as a number (21400 for 2.14.0), known without initialising it.
    static var version: Int32 { FcGetVersion() }

    /// Initialises fontconfig (parsing its configuration), failing when it cannot.
    init() throws {
        guard FcInit() != 0, let config = FcConfigGetCurrent() else { throw TypesettingError.fontconfigUnavailable }
        FcConfigReference(config)
        self.config = config
    }

    deinit { FcConfigDestroy(config) }

    /// Every path whose change can change an answer: the configuration files and folders read, their folders, the
    /// font folders and subfolders scanned, and the user's configuration places, which may not exist yet.
    func dependencies(environment: [String: String]) -> [String] {
        var paths: [String] = []
        func drain(_ list: OpaquePointer?) {
            guard let list else { return }
            defer { FcStrListDone(list) }
            while let entry = FcStrListNext(list) { paths.append(String(cString: entry)) }
        }
        drain(FcConfigGetConfigFiles(config))
        paths += paths.map { ($0 as NSString).deletingLastPathComponent }
        drain(FcConfigGetConfigDirs(config))
        drain(FcConfigGetFontDirs(config))
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home.map { $0 + "/.config" }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home.map { $0 + "/.local/share" }
        if let configHome { paths += [configHome + "/fontconfig", configHome + "/fontconfig/fonts.conf", configHome + "/fontconfig/conf.d"] }
        if let dataHome { paths.append(dataHome + "/fonts") }
        if let home { paths += [home + "/.fonts.conf", home + "/.fonts.conf.d", home + "/.fonts"] }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
